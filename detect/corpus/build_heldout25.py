#!/usr/bin/env python3
"""Build heldout25.jsonl: an independent, hand-written held-out evaluation corpus for Guardline.

PERSPECTIVE
-----------
A multi-academy trust ("Dales & Coast Learning Trust", dclt.org.uk) of eleven 11-16 secondary
schools in the North East and Yorkshire (Wearside, Teesbank, Bishop Moor, Tyne East, Whitby
Coast, Calder Vale, Airedale, Don Valley, Holderness, Wharfe, Barnsdale). Pupils are 11 to 16,
on Chromebooks and Windows laptops, using Google Classroom, Teams, Sparx, Seneca; at break and
at home on take-home devices they use Discord, Snapchat web, Instagram, WhatsApp web, Roblox and
TikTok. Risk is written the way younger teenagers really write it: lower case, no apostrophes,
"u"/"ur", "fr", "ngl", "tbh", "kms", algospeak ("unalive", "sewer slide", "corn", "sh"),
emoji (🔌🍃🔪🌽🦋), leetspeak, spaced or dotted letters, Cyrillic look-alike letters,
zero-width characters, stretched letters. Text comes from search URLs of many engines and
sites (proxy logs), domains (DNS logs), and the Guardline endpoint agent (typed text, sometimes
split across two or three fragments of one stream, window titles, URL visits, process starts).
About half the items are hard negatives: the same words used for KS3/KS4 coursework (WW2 and
the Holocaust, RE units on peace and conflict, PSHE on consent, drugs and online safety,
biology reproduction, set texts such as Lord of the Flies, Macbeth, Of Mice and Men, An
Inspector Calls, Blood Brothers, Noughts and Crosses), sport, games, music, banter and hyperbole
("im dead", "kms this homework"), health questions, and staff safeguarding research.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
suicide        5: a method or plan sought or stated (lethal doses, "painless ways", jumping,
                  noose, stockpiled tablets, goodbye letters, a set time); 4: ideation said
                  directly or indirectly ("nobody would notice if i wasnt here", "sleep and never
                  wake up", "kms for real"), or a pro-suicide forum reached by DNS only.
self_harm      4: current or planned self-harm, hiding or treating wounds, methods (sharpener
                  blades, burning), relapse talk, and eating-disorder content: thinspo, meanspo,
                  bonespo, pro-ana, skipping meals unnoticed, purging, very low calorie goals.
                  3: a dangerous "challenge" sought, or body-goal searches short of pro-ana.
radicalisation 5: a stated intent to copy an attack, or travel to join a terrorist group;
                  4: propaganda or terrorist material sought (attack videos, manifestos, nasheeds,
                  Awlaki, Inspire), support for attackers, joining extremist groups;
                  3: gateway content met through memes, gaming and influencers (Great
                  Replacement, "remigration", Tate-style "women as property", incel forums).
                  Misogynist/influencer items allow discrimination.
grooming       5: a meeting arranged with an older person or stranger, especially with secrecy;
                  4: signs (an adult "boyfriend", secrecy, gifts and debts, requests for images,
                  moving chat off-platform, sextortion, county-lines exploitation);
                  3: random video chat with strangers. Sextortion allows illegal_content and
                  adult_content; criminal exploitation allows drugs.
bullying       3: insults, exclusion from group chats, threats to expose, hate pages, rumours,
                  "kys" aimed at someone (allows suicide).
discrimination 3: racist, homophobic, transphobic, ableist, antisemitic, anti-Traveller and
                  misogynist slurs or statements, including asterisked, spaced, leet or
                  look-alike spellings. Aimed at a person: allows bullying (one item expects both).
adult_content  3: pornography sites and searches, hentai/rule 34, "corn" algospeak, pressure
                  among peers to send nudes (allows grooming and illegal_content).
illegal_content 4: indecent images of children sought or shared (including nudes of classmates
                  and "nudify" apps); 3: dark-web markets; 2: fake ID.
drugs          3: buying, sourcing or using illegal drugs (weed, carts, ket, pingers, lean,
                  nitrous, spice, xanax, coke), slang and emoji included; 2: under-age vapes.
gambling       2: betting and casino sites, skin gambling and case-opening sites, bets placed for
                  a minor, real money spent chasing packs.
violence       5: a stated intent to stab/shoot/attack a named or present target, weapons to
                  school, bomb or acid-attack instructions; 4: knives or guns sought or carried,
                  organised group fights; 3: fight videos, school-shooting games, threats that may
                  be hyperbole but name an act.
filter_bypass  2: VPNs, proxies, Tor, DoH resolvers, unblocked-game mirrors, hotspots, unenrolling
                  or disabling classroom monitoring (allows hacking).
hacking        3: getting into someone else's (often a teacher's) account, phishing, DDoS,
                  token grabbers; 2: tools (keyloggers, nmap, IP loggers, doxbin).
piracy 1, gaming 1, social_media 1: streaming/torrent sites, games, social platforms.
Negatives (expect []) never contain a real level-2+ concern; any level-1 noise they carry
(a game, a social site) is harmless because unexpected level-1 findings are ignored.
"allow" lists only genuinely ambiguous second categories.

DETERMINISM
-----------
No random module. Every variable choice (order, format, engine, URL encoding, user, device,
site, timestamp, IP, ports, wrapping, fragment split points) is derived from SHA-256 of the item
number and a purpose tag (the item order itself from SHA-256 of the item text).

Usage: python3 build_heldout25.py [--out PATH] [--stats]
"""
import argparse
import calendar
import datetime
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from urllib.parse import quote, quote_plus

# ---------------------------------------------------------------- deterministic choice helpers

def H(n, tag):
    return int.from_bytes(hashlib.sha256(("h25|%s|%s" % (n, tag)).encode("utf-8")).digest()[:8], "big")


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


# ---------------------------------------------------------------- trust, people, devices

SITES = [("wearside", "WSA"), ("teesbank", "TBA"), ("bishopmoor", "BMA"), ("tyneeast", "TEA"),
         ("whitbycoast", "WCA"), ("caldervale", "CVA"), ("airedale", "ADA"), ("donvalley", "DVA"),
         ("holderness", "HCA"), ("wharfe", "WHA"), ("barnsdale", "BDA")]
PUPILS = ["22ahmedz", "22atkinsonj", "22bellk", "22clarkel", "22dawsonr", "22hussainm",
          "23brownk", "23carrt", "23dixonp", "23fenwickj", "23iqbala", "23kowalskam",
          "23nicholsons", "23robsone", "24armstrongc", "24bakert", "24chowdhurys", "24grahame",
          "24milburnl", "24okaforc", "24thompsonb", "24walkerh", "25appleyardf", "25begumn",
          "25hirstd", "25morrisa", "25patelr", "25sutcliffej", "26ellisg", "26khano",
          "26lowesr", "26marshallt", "24nowakz", "23oyelaranf", "25wrightl", "22scottd"]
STAFF = ["s.hughes", "d.metcalfe", "k.iqbal", "r.fairbairn", "l.oconnor", "m.whitfield",
         "j.coates", "a.bhatti"]
DISCORD_SERVERS = ["year 9 lot", "the mandem", "fortnite squad", "BMA yr10", "frog gang 🐸",
                   "minecraft smp", "8C chat", "no teachers allowed", "ksi fans uk"]
TEAMS_PEOPLE = ["Ellie Robson", "Jayden Carr", "Amira Hussain", "Lewis Milburn", "Maya Patel",
                "Tyler Dixon", "Grace Sutcliffe", "Kacper Nowak"]
DOC_NAMES = ["Untitled document", "English homework", "Macbeth essay", "History - Nazi Germany",
             "RE - peace and conflict", "PSHE notes", "Science revision", "Lord of the Flies essay",
             "Of Mice and Men - Curley's wife", "notes"]


def school_dt(n):
    days = []
    d = datetime.date(2026, 11, 2)
    while d <= datetime.date(2026, 12, 18):
        if d.weekday() < 5:
            days.append(d)
        d += datetime.timedelta(days=1)
    day = pick(n, "day", days)
    if H(n, "evening") % 10 < 8:
        secs = rng(n, "tod", 8 * 3600 + 35 * 60, 15 * 3600 + 20 * 60)
    else:
        secs = rng(n, "tod", 16 * 3600, 22 * 3600 + 30 * 60)
    ms = rng(n, "ms", 0, 999)
    return datetime.datetime(day.year, day.month, day.day) + datetime.timedelta(seconds=secs, milliseconds=ms)


def epoch(dt):
    return calendar.timegm(dt.timetuple()) + dt.microsecond / 1e6


def iso_z(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def client_ip(n):
    return "10.%d.%d.%d" % (rng(n, "ip1", 20, 42), rng(n, "ip2", 0, 255), rng(n, "ip3", 2, 250))


def pub_ip(n, tag="up"):
    first = pick(n, tag + "a", [142, 172, 151, 104, 13, 20, 31, 185, 199])
    return "%d.%d.%d.%d" % (first, rng(n, tag + "b", 0, 255), rng(n, tag + "c", 0, 255), rng(n, tag + "d", 1, 254))


def site_of(n):
    return pick(n, "site", SITES)


def pupil(n):
    return pick(n, "user", PUPILS)


def staff(n):
    return pick(n, "user", STAFF)


UA_CHROME_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
UA_CHROME_OS = "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
UA_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"


def ua(n):
    return pick(n, "ua", [UA_CHROME_OS, UA_CHROME_OS, UA_CHROME_WIN, UA_CHROME_WIN, UA_EDGE, UA_FF])


# ---------------------------------------------------------------- search URLs

def enc(n, q, engine):
    style = H(n, "enc") % 3
    if engine in ("tiktok", "reddit", "x"):
        style = 1 if style else 0
    if style == 0:
        return quote_plus(q, safe="")
    return quote(q, safe="")


def search_url(n, q, engine):
    e = enc(n, q, engine)
    if engine == "google":
        return pick(n, "gv", [
            "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e,
            "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e),
            "https://www.google.co.uk/search?q=%s&sca_esv=%x&source=hp&ei=%x" % (e, H(n, "sca") % 16**6, H(n, "ei") % 16**8),
            "https://www.google.com/search?client=ms-google-coop&q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)])
    if engine == "bing":
        return pick(n, "bv", ["https://www.bing.com/search?q=%s&form=QBLH" % e,
                              "https://www.bing.com/search?q=%s&qs=n&form=QBRE&sp=-1&cvid=%X" % (e, H(n, "cvid") % 16**12)])
    if engine == "ddg":
        return pick(n, "dv", ["https://duckduckgo.com/?q=%s&ia=web" % e, "https://duckduckgo.com/?t=h_&q=%s&ia=web" % e])
    if engine == "yahoo":
        return pick(n, "yv", ["https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % e,
                              "https://search.yahoo.com/search?p=%s&fr=yfp-t&fp=1" % e])
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1794000000000 + H(n, "tt") % 10**9)
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s" % e
    if engine == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch" % e
    if engine == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%X&sprefix=%s" % (e, H(n, "crid") % 16**12, quote_plus(q[:6], safe=""))
    if engine == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % e
    if engine == "x":
        return "https://x.com/search?q=%s&src=typed_query" % e
    if engine == "gac":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB" % (e, len(q))
    if engine == "chromeac":
        return "https://www.google.com/complete/search?client=chrome-omni&gs_ri=chrome-ext-ansg&xssi=t&q=%s&oit=1&cp=%d" % (e, len(q))
    if engine == "ddgac":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    if engine == "bingac":
        return "https://www.bing.com/AS/Suggest?qry=%s&cvid=%X&csr=1" % (e, H(n, "cvid") % 16**12)
    if engine == "ytac":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&q=%s&callback=google.sbox.p50" % e
    raise ValueError(engine)


POOLS = {
    "W": ["google", "google", "google", "google", "bing", "bing", "ddg", "ddg", "yahoo", "ecosia",
          "gac", "chromeac", "ddgac", "bingac"],
    "V": ["youtube", "youtube", "tiktok", "ytac"],
    "R": ["reddit"], "P": ["pinterest"], "A": ["amazon"], "K": ["wikipedia"], "X": ["x"],
}
AUTOCOMPLETE = {"gac", "chromeac", "ddgac", "bingac", "ytac"}


def engine_for(n, pool):
    seq = []
    for c in pool:
        seq.extend(POOLS[c])
    return pick(n, "engine", seq)


# ---------------------------------------------------------------- proxy line writers

def split_url(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def squid_native(n, dt, url, user, method="GET", status=None):
    st = status or pick(n, "st", ["TCP_MISS/200"] * 8 + ["TCP_DENIED/403", "TCP_MISS/304"])
    size = rng(n, "size", 900, 95000) if not st.endswith("403") else rng(n, "size", 3400, 3600)
    ctype = "text/html" if method == "GET" else "-"
    hier = "HIER_DIRECT/%s" % pub_ip(n) if not st.endswith("403") else "HIER_NONE/-"
    return "%.3f %6d %s %s %d %s %s %s %s %s" % (epoch(dt), rng(n, "el", 3, 900), client_ip(n), st, size,
                                               method, url, user, hier, ctype)


def squid_custom(n, dt, url, user):
    host, _ = split_url(url)
    return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s' % (
        epoch(dt), rng(n, "el", 3, 900), client_ip(n), user, rng(n, "size", 900, 95000), url, pub_ip(n), ua(n), host)


def clf_line(n, dt, url, user, method="GET"):
    t = dt.strftime("%d/%b/%Y:%H:%M:%S +0000")
    proto = "HTTP/1.1"
    size = rng(n, "size", 900, 95000) if method == "GET" else 0
    if H(n, "clfvar") % 2 == 0:
        return '%s - %s [%s] "%s %s %s" 200 %d TCP_MISS:HIER_DIRECT' % (client_ip(n), user, t, method, url, proto, size)
    ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://classroom.google.com/"])
    return '%s - %s [%s] "%s %s %s" 200 %d "%s" "%s" TCP_MISS:HIER_DIRECT' % (
        client_ip(n), user, t, method, url, proto, size, ref, ua(n))


def e2g_line(n, dt, url, user, terms, method="GET"):
    ip = client_ip(n)
    group = pick(n, "grp", ["students", "students", "no_name_group", "ks3", "ks4"])
    size = str(rng(n, "size", 900, 95000)) if method == "GET" else str(rng(n, "size", 1800, 6000))
    t = terms + ";" if terms else "-"
    fmt = pick(n, "e2fmt", [2, 4, 6])
    if fmt == 6:
        return "\t".join(["%.3f" % epoch(dt), "", user, ip, ip, url, method, "200", size, "-", ua(n), "-",
                          str(rng(n, "el", 1, 40)), "-", "0", "-", "0", "-", group, "1"])
    fields = [dt.strftime("%Y.%m.%d %H:%M:%S"), user, ip, url, "-", method, size, "0", "-", "1", "200", "-",
              ip, group, ua(n), ("0=" + t) if terms else "-", "-", "-", "-"]
    if fmt == 4:
        return "\t".join(fields)
    return ",".join('"%s"' % f.replace('"', '""') for f in fields)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method",
                    "host", "uri", "referrer", "version", "user_agent", "origin", "request_body_len",
                    "response_body_len", "status_code", "status_msg", "info_code", "info_msg", "tags",
                    "username", "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types",
                    "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string",
                   "string", "string", "string", "string", "count", "count", "count", "string", "count",
                   "string", "set[enum]", "string", "string", "set[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt",
                   "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC",
                   "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string",
                  "count", "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool",
                  "count", "vector[string]", "vector[interval]", "bool"]


def zeek_uid(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = int.from_bytes(hashlib.sha256(("h25|%s|uid" % n).encode("utf-8")).digest(), "big")
    s = "C"
    for _ in range(17):
        s += alphabet[v % 62]
        v //= 62
    return s


def zeek_header(path, fields, types, dt):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % dt.strftime("%Y-%m-%d-%H-%M-%S"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(n, dt, url):
    host, uri = split_url(url)
    d = {"ts": round(epoch(dt), 6), "uid": zeek_uid(n), "id.orig_h": client_ip(n), "id.orig_p": rng(n, "sport", 49152, 65535),
         "id.resp_h": pub_ip(n), "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
         "version": "1.1", "user_agent": ua(n), "request_body_len": 0,
         "response_body_len": rng(n, "size", 900, 95000), "status_code": 200, "status_msg": "OK", "tags": []}
    if H(n, "zt") % 5 == 0:
        vals = ["%.6f" % d["ts"], d["uid"], d["id.orig_h"], str(d["id.orig_p"]), d["id.resp_h"], "80", "1", "GET",
                host, uri, "-", "1.1", d["user_agent"], "-", "0", str(d["response_body_len"]), "200", "OK", "-", "-",
                "(empty)", "-", "-", "-", "-", "-", "-", "F" + zeek_uid(n)[1:], "-", "text/html"]
        return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, dt) + ["\t".join(vals)]
    if H(n, "zr") % 3 == 0:
        d["referrer"] = "https://%s/" % host
        d["resp_mime_types"] = ["text/html"]
    return json.dumps(d, ensure_ascii=False)


# ---------------------------------------------------------------- DNS line writers

def qtype(n):
    return pick(n, "qt", ["A", "A", "A", "A", "AAAA", "HTTPS"])


def unbound_lines(n, dt, dom):
    ip = client_ip(n)
    qt = qtype(n)
    if H(n, "ubt") % 4 == 0:
        pre = "[%d] unbound[%d:%d]" % (int(epoch(dt)), rng(n, "pid", 700, 9000), rng(n, "thr", 0, 3))
    else:
        pre = "%s unbound[%d:%d]" % (dt.strftime("%b %d %H:%M:%S"), rng(n, "pid", 700, 9000), rng(n, "thr", 0, 3))
    q = "%s info: %s %s. %s IN" % (pre, ip, dom, qt)
    r = "%s info: %s %s. %s IN NOERROR %.6f %d %d" % (pre, ip, dom, qt, rng(n, "rtt", 0, 90000) / 1e6,
                                                      H(n, "cache") % 2, rng(n, "rsz", 40, 220))
    v = H(n, "ubv") % 10
    if v < 5:
        return q
    if v < 7:
        return r
    return [q, r]


def dnsmasq_lines(n, dt, dom):
    ip = client_ip(n)
    serial = rng(n, "serial", 100, 99999)
    port = rng(n, "sport", 1024, 65535)
    day = dt.strftime("%b ") + ("%2d" % dt.day) + dt.strftime(" %H:%M:%S")
    pre = "%s dnsmasq[%d]: %d %s/%d " % (day, rng(n, "pid", 400, 9999), serial, ip, port)
    qt = qtype(n) if H(n, "dmqt") % 2 else "A"
    q = pre + "query[%s] %s from %s" % (qt, dom, ip)
    if H(n, "dmv") % 2 == 0:
        return q
    if H(n, "dmblk") % 3 == 0:
        return [q, pre + "config %s is 0.0.0.0" % dom]
    return [q, pre + "forwarded %s to 10.0.0.1" % dom, pre + "reply %s is %s" % (dom, pub_ip(n))]


def bind_lines(n, dt, dom):
    ip = client_ip(n)
    port = rng(n, "sport", 1024, 65535)
    ptr = "@0x7f%010x" % (H(n, "ptr") % 16**10)
    t = dt.strftime("%d-%b-%Y %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)
    q = "%s queries: info: client %s %s#%d (%s): query: %s IN %s +E(0)K (10.0.0.53)" % (t, ptr, ip, port, dom, dom, qtype(n))
    if H(n, "rpz") % 4 == 0:
        r = "%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            t, ptr, ip, port, dom, dom, dom)
        return [q, r]
    return q


def zeek_dns(n, dt, dom):
    qt = pick(n, "zqt", ["A", "A", "A", "AAAA", "HTTPS"])
    qn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    ans_ip = pub_ip(n, "ans")
    d = {"ts": round(epoch(dt), 6), "uid": zeek_uid(n), "id.orig_h": client_ip(n), "id.orig_p": rng(n, "sport", 1024, 65535),
         "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": rng(n, "tid", 1, 65535),
         "rtt": rng(n, "rtt", 200, 60000) / 1e6, "query": dom, "qclass": 1, "qclass_name": "C_INTERNET",
         "qtype": qn, "qtype_name": qt, "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
         "RD": True, "RA": True, "Z": 0}
    if qt == "A":
        d["answers"] = [ans_ip]
        d["TTLs"] = [float(rng(n, "ttl", 30, 300))]
    d["rejected"] = False
    if H(n, "zt") % 5 == 0:
        vals = ["%.6f" % d["ts"], d["uid"], d["id.orig_h"], str(d["id.orig_p"]), "10.0.0.53", "53", "udp",
                str(d["trans_id"]), "%.6f" % d["rtt"], dom, "1", "C_INTERNET", str(qn), qt, "0", "NOERROR",
                "F", "F", "T", "T", "0", ans_ip if qt == "A" else "-",
                "%.6f" % d["TTLs"][0] if qt == "A" else "-", "F"]
        return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, dt) + ["\t".join(vals)]
    return json.dumps(d, ensure_ascii=False)


def connect_line(n, dt, dom, user, fam):
    if fam == "squid":
        if H(n, "sni") % 2 == 0:
            ip = pub_ip(n)
            cip = client_ip(n)
            el = rng(n, "el", 1, 60)
            a = '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
                epoch(dt), 0, cip, user, ip, ua(n), ip, dom)
            b = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
                epoch(dt) + el / 1000.0, el, cip, user, rng(n, "size", 900, 95000), ip, ip, ip, dom)
            return [a, b]
        return "%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            epoch(dt), rng(n, "el", 20, 60000), client_ip(n), rng(n, "size", 900, 95000), dom, user, pub_ip(n))
    if fam == "clf":
        t = dt.strftime("%d/%b/%Y:%H:%M:%S +0000")
        return '%s - %s [%s] "CONNECT %s:443 HTTP/1.1" 200 %d TCP_TUNNEL:HIER_DIRECT' % (
            client_ip(n), user, t, dom, rng(n, "size", 900, 95000))
    return e2g_line(n, dt, "https://%s:443" % dom, user, None, method="CONNECT")


# ---------------------------------------------------------------- endpoint events

def device_for(n, windows_only=False, is_staff=False):
    sname, code = site_of(n)
    if is_staff:
        return sname, "%s-STF-%03d" % (code, rng(n, "dev", 1, 140)), "win"
    kinds = ["cb", "cb", "cb", "lt", "ict", "lib"]
    if windows_only:
        kinds = ["lt", "ict", "lib"]
    if H(n, "evening") % 10 >= 8:  # after school: take-home devices only
        kinds = ["lt"] if windows_only else ["cb", "cb", "lt"]
    k = pick(n, "devkind", kinds)
    if k == "cb":
        return sname, "CB-%s-%04d" % (code, rng(n, "dev", 1, 1400)), "cros"
    if k == "lt":
        return sname, "%s-LT-Y%d-%02d" % (code, rng(n, "yr", 7, 11), rng(n, "dev", 1, 32)), "win"
    if k == "ict":
        return sname, "%s-ICT%d-PC%02d" % (code, rng(n, "room", 1, 3), rng(n, "dev", 1, 30)), "win"
    return sname, "%s-LIB-%02d" % (code, rng(n, "dev", 1, 12)), "win"


def endpoint_user(n, is_staff=False):
    sname, _ = site_of(n)
    u = staff(n) if is_staff else pupil(n)
    v = H(n, "uform") % 4
    if v == 0:
        return "%s@%s.dclt.org.uk" % (u, sname)
    if v == 1:
        return "DCLT\\" + u
    return u


def browser(n, os_):
    if os_ == "cros":
        return "chrome", ""
    b = pick(n, "browser", ["chrome", "chrome", "chrome", "edge", "firefox"])
    if b == "chrome":
        return "chrome.exe", " - Google Chrome"
    if b == "edge":
        return "msedge.exe", pick(n, "edgep", [" - Microsoft\u200b Edge", " - Personal - Microsoft\u200b Edge",
                                                " and 2 more pages - Work - Microsoft\u200b Edge"])
    return "firefox.exe", " \u2014 Mozilla Firefox"


def app_context(n, ctx, os_, title_hint=None):
    """Return (process, window_title) for typed text in a context class."""
    proc_b, suf = browser(n, os_)
    if ctx == "chat":
        app = pick(n, "app", ["discord", "discord", "snap", "insta", "whatsapp", "teams", "teams", "gchat"])
        if app == "discord":
            srv = pick(n, "srv", DISCORD_SERVERS)
            if os_ == "win" and H(n, "dapp") % 2 == 0:
                return "Discord.exe", "#general | %s - Discord" % srv
            return proc_b, "Discord | #general | %s%s" % (srv, suf)
        if app == "snap":
            return proc_b, "Snapchat" + suf
        if app == "insta":
            return proc_b, pick(n, "ig", ["Instagram \u2022 Chats", "(1) Instagram", "Inbox \u2022 Chats"]) + suf
        if app == "whatsapp":
            if os_ == "win" and H(n, "wapp") % 2 == 0:
                return "WhatsApp.exe", "WhatsApp"
            return proc_b, pick(n, "wa", ["WhatsApp", "(2) WhatsApp"]) + suf
        if app == "teams":
            who = pick(n, "tp", TEAMS_PEOPLE)
            if os_ == "win":
                return "ms-teams.exe", "Chat | %s | Microsoft Teams" % who
            return proc_b, "Chat | %s | Microsoft Teams%s" % (who, suf)
        return proc_b, "Google Chat" + suf
    if ctx == "game":
        g = pick(n, "game", ["roblox", "roblox", "minecraft"])
        if g == "roblox":
            return "RobloxPlayerBeta.exe", "Roblox"
        return "javaw.exe", "Minecraft 1.21.4 - Multiplayer (3rd-party Server)"
    if ctx == "doc":
        name = title_hint or pick(n, "doc", DOC_NAMES)
        if os_ == "win" and H(n, "word") % 3 == 0:
            return "WINWORD.EXE", "%s - Word" % name
        return proc_b, "%s - Google Docs%s" % (name, suf)
    if ctx == "search":
        return proc_b, pick(n, "sb", ["Google", "Google", "YouTube", "New Tab"]) + suf
    raise ValueError(ctx)


def ep_json(ts, site, device, user, event, process, title, text=None, url=None, has_text=False):
    d = {"ts": ts, "site": site, "device": device, "user": user, "event": event, "process": process}
    if title is not None:
        d["window_title"] = title
    if has_text:
        d["text"] = text
    d["url"] = url
    return json.dumps(d, ensure_ascii=False)


def split_points(n, text, k):
    L = len(text)
    pts = set()
    i = 0
    while len(pts) < k - 1:
        p = rng(n, "cut%d" % i, 2, max(3, L - 3))
        if 1 < p < L - 1:
            pts.add(p)
        i += 1
    pts = sorted(pts)
    out, prev = [], 0
    for p in pts:
        out.append(text[prev:p])
        prev = p
    out.append(text[prev:])
    return out


# ---------------------------------------------------------------- wrapping (format "auto")

def wrap(n, line, fam, how):
    dt = school_dt(n)
    host = {"squid": "dclt-proxy01", "clf": "dclt-proxy02", "e2guardian": "dclt-filter01",
            "zeek-http": "dclt-sensor01", "zeek-dns": "dclt-sensor01", "bind": "dclt-dns01",
            "unbound": "dclt-dns02", "dnsmasq": "dclt-pihole", "endpoint": "dclt-collector"}[fam]
    tag = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "zeek-http": "zeek",
           "zeek-dns": "zeek", "bind": "named", "unbound": "unbound", "dnsmasq": "dnsmasq",
           "endpoint": "guardline-agent"}[fam]
    pid = rng(n, "wpid", 300, 30000)
    if how == "rfc3164":
        return "<%d>%s %s %s[%d]: %s" % (pick(n, "pri", [134, 166, 30, 14]),
                                         dt.strftime("%b ") + ("%2d" % dt.day) + dt.strftime(" %H:%M:%S"),
                                         host, tag, pid, line)
    if how == "rfc5424":
        return "<%d>1 %s %s %s %d - - %s" % (pick(n, "pri", [134, 166, 30, 14]), iso_z(dt), host, tag, pid, line)
    if how == "json":
        files = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
                 "e2guardian": "/var/log/e2guardian/access.log", "zeek-http": "/opt/zeek/logs/current/http.log",
                 "zeek-dns": "/opt/zeek/logs/current/dns.log", "bind": "/var/log/named/queries.log",
                 "unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/pihole/pihole.log",
                 "endpoint": "/var/log/guardline/events.jsonl"}
        ts = dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % rng(n, "us", 0, 999999)

        def js(s):
            return json.dumps(s, ensure_ascii=False).replace("/", "\\/")
        return '{"ts_received":%s, "host":%s, "source":%s, "file":%s, "message":%s}' % (
            js(ts), js(host), js(tag if fam != "clf" else "squid-access"), js(files[fam]), js(line))
    return line


# ---------------------------------------------------------------- text disguises

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def cyr(text):
    out = []
    for i, ch in enumerate(text):
        if ch in CYR and hashlib.sha256(("cyr|%s|%d" % (text, i)).encode()).digest()[0] < 170:
            out.append(CYR[ch])
        else:
            out.append(ch)
    return "".join(out)


def fw(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


# ---------------------------------------------------------------- item constructors

ITEMS = []


def E(spec):
    out = []
    for tok in spec.split():
        c, l = tok.split(":")
        out.append({"category": c, "min_level": int(l)})
    return out


def _add(kind, t, e, a, **kw):
    it = {"k": kind, "t": t, "e": E(e), "a": a.split() if a else []}
    it.update(kw)
    ITEMS.append(it)


def S(q, e="", a="", pool="W", dz=None, staff=False):
    _add("search", q, e, a, pool=pool, dz=dz, staff=staff)


def D(dom, e="", a=""):
    _add("dns", dom, e, a)


def T(text, e="", a="", ctx="chat", frags=1, dz=None, staff=False, title=None):
    _add("typed", text, e, a, ctx=ctx, frags=frags, dz=dz, staff=staff, title=title)


def W(title, e="", a="", staff=False, proc=None):
    _add("title", title, e, a, staff=staff, proc=proc)


def V(url, title, e="", a="", staff=False):
    _add("visit", url, e, a, title=title, staff=staff)


def P(proc, e="", a="", title=None):
    _add("proc", proc, e, a, title=title)


def U(url, e="", a="", staff=False):
    _add("url", url, e, a, staff=staff)


# ================================================================ POSITIVES (hand-written)

# --- suicide
S("how many paracetamol does it take to die", "suicide:5")
S("painless ways to go to sleep and not wake up", "suicide:5")
S("how to unalive yourself", "suicide:5", pool="WV")
S("sewer slide methods that actually work", "suicide:5", pool="V")
S("what dose of sertraline is lethal", "suicide:5")
S("will it hurt if i jump off a bridge", "suicide:5")
S("how to k1ll mys3lf without it hurting", "suicide:5")
S("reasons to stay alive when ur 14 and everything is rubbish", "suicide:4", pool="WR")
S("how to tell my mum i feel suicidal", "suicide:4")
S("how long does it take to bleed out from your wrist", "suicide:5", "self_harm")
S("noose knot step by step", "suicide:5", pool="WV")
S("how to commit sui\u200bcide quietly", "suicide:5")
S("ways to kill yourself at home", "suicide:5", dz="cyr")
S("suicide methods list", "suicide:5", pool="K")
T("nobody would even notice if i wasnt here tbh", "suicide:4")
T("i just want to go to sleep and never wake up", "suicide:4")
T("ive been saving up my mums tablets for weeks. i think i have enough now", "suicide:5")
T("wrote letters for everyone, theyre in my bottom drawer. tell my sister im sorry x", "suicide:5")
T("tonight after everyones asleep im doing it. im done with all of it", "suicide:5", "self_harm")
T("i keep thinking about ending it all", "suicide:4", frags=2)
T("im gonna kms for real, not even joking this time", "suicide:4")
T("everyone would be happier if i was 6 feet under \U0001f643", "suicide:4")
T("ive decided. im not gonna be here after this weekend so dont bother replying", "suicide:5", frags=3)
T("i want to diiiie, everyone at school hates me", "suicide:4", "bullying self_harm")
T("cant wait till im dead honestly, not long now", "suicide:4", ctx="game")
W("ways to end your life painlessly - Google Search", "suicide:5")
V("https://sanctioned-suicide.net/forums/suicide-discussion.2/", "Suicide Discussion | Sanctioned Suicide", "suicide:5")
D("sanctioned-suicide.net", "suicide:4")

# --- self harm and eating disorders
S("how to hide cuts from parents", "self_harm:4")
S("sh scars on thighs how long do they take to fade", "self_harm:4", pool="WR")
S("thinspo", "self_harm:4", pool="P")
S("meanspo quotes to stop eating", "self_harm:4", pool="PX")
S("how to skip lunch at school without teachers noticing", "self_harm:4")
S("how to throw up after eating without anyone hearing", "self_harm:4")
S("eating 500 calories a day how fast will i lose weight", "self_harm:4")
S("pro ana tips and tricks", "self_harm:4")
S("how to get the blade out of a pencil sharpener", "self_harm:4", pool="WV")
S("how deep is too deep when cutting", "self_harm:4", "suicide")
S("best places to cut where no1 can see", "self_harm:4")
S("self harm without leaving scars", "self_harm:4", dz="cyr")
S("thin\u200bspiration body goals", "self_harm:4", pool="P")
S("bonespo collarbones", "self_harm:4", pool="PX")
S("thigh gap motivation", "self_harm:3", pool="P")
S("blackout challenge how long do you hold it", "self_harm:3", "suicide violence", pool="WV")
T("anyone want to be my ana buddy? we can keep each other on track \U0001f98b", "self_harm:4")
T("i relapsed last night. 23 days clean and now my arm is a mess again", "self_harm:4")
T("dont tell miss but i did it again on my arm", "self_harm:4")
T("my 'cat' scratched me again lol \U0001f643 (i dont have a cat)", "self_harm:4")
T("i used the sharpener blade again", "self_harm:4", frags=2)
T("burning myself with a lighter is the only thing that helps rn", "self_harm:4")
T("havent sh'd in 2 weeks but i really want to tonight", "self_harm:4")
T("had 200 cals today, proud of myself. tomorrow im aiming for 0", "self_harm:4")
W("r/selfharm - Reddit", "self_harm:4")
W("#edtwt - Search / X", "self_harm:4")
V("https://www.tumblr.com/tagged/thinspo", "#thinspo on Tumblr", "self_harm:4")

# --- radicalisation
S("christchurch shooting full video uncut", "radicalisation:4", "violence")
S("great replacement is it actually happening", "radicalisation:3", "discrimination")
S("patriotic alternative how to join under 18", "radicalisation:4", "discrimination")
S("national action stickers download", "radicalisation:4", "discrimination")
S("dawla nasheeds mp3", "radicalisation:4", pool="WV")
S("inspire magazine make a bomb in the kitchen of your mom pdf", "radicalisation:4", "violence")
S("j.i.h.a.d how to get to syria from uk", "radicalisation:5")
S("andrew tate real world how to join", "radicalisation:3", "discrimination", pool="WV")
S("tate speech women are property", "radicalisation:3", "discrimination", pool="V")
S("incel forums", "radicalisation:3", "discrimination")
S("white genocide proof", "radicalisation:3", "discrimination", dz="cyr")
S("kebab removal remix", "radicalisation:3", "discrimination", pool="V")
S("tommy robinson rally how to get there from leeds", "radicalisation:3", "discrimination")
T("tarrant did nothing wrong tbh, watch the stream", "radicalisation:4", "violence")
T("join the telegram, they post the real stuff about the race war thats coming", "radicalisation:4", "discrimination violence")
T("brother the kuffar will get what they deserve, watch the video i sent u, this is the real deen", "radicalisation:4", "discrimination")
T("remigration now. send them all back \U0001f1ec\U0001f1e7\U0001f1ec\U0001f1e7", "radicalisation:3", "discrimination")
T("ima do what he did at the mosque, stream it and everything", "radicalisation:5", "violence discrimination", frags=2)
T("1488 gang, we must secure the existence of our people lol", "radicalisation:4", "discrimination", ctx="game")
D("www.stormfront.org", "radicalisation:4", "discrimination")
W("Brenton Tarrant manifesto pdf at DuckDuckGo", "radicalisation:4", "violence")

# --- grooming and exploitation
T("hes 19 but he says age is just a number and he actually gets me", "grooming:4")
T("he said not to tell my mum about us cos she wouldnt understand", "grooming:4")
T("he wants me to get the train to his on saturday, hes paying for the ticket", "grooming:5")
T("ok ill meet u behind the retail park at 4. ill say im at ellies so mum doesnt ask how old u are", "grooming:5")
T("he sends me money for top ups and now he keeps asking for pics back", "grooming:4", "adult_content")
S("is it illegal for a 20 year old to date a 14 year old", "grooming:4")
S("my online boyfriend is 23 is that ok", "grooming:4", pool="WR")
T("he makes me delete our chats every night so my dad doesnt see", "grooming:4")
T("he asked what colour underwear i have on, is that weird??", "grooming:4", "adult_content")
W("older guy on snap keeps asking for pics - Google Search", "grooming:4", "adult_content")
T("we met on roblox, hes moving our chat to snap so the mods cant see", "grooming:4", ctx="game")
T("he said if i really loved him id send one without my top on", "grooming:4", "adult_content illegal_content")
T("someone has my pics and says hell send them to everyone at school unless i pay him \u00a3200", "grooming:4", "illegal_content adult_content bullying")
S("sextortion what to do if someone has my nudes and im 15", "grooming:4", "illegal_content adult_content")
T("he gave me a vape and some weed and now he says i owe him", "grooming:4", "drugs")
T("the older lads said if i take the package to middlesbrough theyll give me 300", "grooming:4", "drugs")
T("he told me hes 15 but on call his voice sounded like a grown man", "grooming:4")
T("my bf (24 \U0001f64a) is picking me up from school tmrw, dont tell anyone", "grooming:5")
T("he told me to come alone and not bring my phone", "grooming:5", "violence", frags=2)
T("he wants to me\u200bet up and said dont tell anyone", "grooming:5")
S("random video chat with strangers 13+", "grooming:3", "adult_content")
T("he says hes a model scout and wants to see pics of me in a bikini", "grooming:4", "adult_content")

# --- bullying
T("everyone in the gc agreed ur not invited so dont bother coming", "bullying:3")
T("lets make a new gc without her and screenshot all her stuff", "bullying:3")
T("ur so ugly even ur mum regrets having u", "bullying:3")
T("nobody likes u. just move schools already", "bullying:3")
T("were posting ur voice note on tiktok unless u do what we say", "bullying:3")
T("kys nobody would care", "bullying:3", "suicide")
T("look at her in pe \U0001f437\U0001f437 fat cow", "bullying:3")
T("make a burner and spam his ig with the edit \U0001f602", "bullying:3")
T("if u tell a teacher well make it 10x worse for u", "bullying:3", "violence")
T("u r s0 w31rd n0 1 w4nts u h3r3", "bullying:3")
T("ur a l o s e r and everyone knows it", "bullying:3")
T("start a rumour that shes pregnant, everyone will believe it", "bullying:3")
T("stop being a tramp and wash ur blazer, u stink", "bullying:3")
T("hes such a freak lmao lets all ignore him tmrw", "bullying:3", frags=3)
W("kayleigh exposed \U0001f92e (@kayleigh.exposed) \u2022 Instagram photos and videos", "bullying:3")
S("how to make someones life hell at school", "bullying:3")
T("soooo cringe, literally nobody wants u here \U0001f921\U0001f921", "bullying:3")
T("photoshop his face onto something gross and send it round year 8", "bullying:3")
T("everyone unadd her on snap at the same time at 8", "bullying:3")
T("rate her out of 10 lmaooo \U0001f480 i give her a 2 and thats generous", "bullying:3")

# --- discrimination
T("go back to ur own country p*ki no one wants u here", "discrimination:3 bullying:3")
T("stop being such a f@g and just hit him", "discrimination:3", "bullying")
T("lmao hes such a f a g g o t", "discrimination:3", "bullying")
T("the gypos from the site nicked it obviously", "discrimination:3")
T("get off my team n1gg3r", "discrimination:3", "bullying", ctx="game")
T("all muslims are terr0rists tbh", "discrimination:3", "radicalisation")
T("ew is she a lesbo, keep her away from the changing rooms", "discrimination:3", "bullying")
T("trannies shouldnt be allowed in our school", "discrimination:3")
T("ching chong lol \U0001f602 look at his eyes", "discrimination:3", "bullying")
T("his family are dirty immigrants they stink of curry", "discrimination:3", "bullying")
T("shut up u stinky paki", "discrimination:3", "bullying", dz="cyr")
T("women are too thick to vote, men should decide everything", "discrimination:3", "radicalisation")
T("jews control all the banks everyone knows it", "discrimination:3", "radicalisation")
T("ur actually r3tarded, get on the special bus", "discrimination:3", "bullying")
S("racist jokes about black people", "discrimination:3")
T("no homo but gays are disgusting tbh", "discrimination:3")

# --- adult content
S("p0rnhub", "adult_content:3")
D("www.xvideos.com", "adult_content:3")
D("xhamster.com", "adult_content:3")
D("onlyfans.com", "adult_content:3")
S("onlyfans leaks free no survey", "adult_content:3", "piracy")
S("hentai", "adult_content:3")
S("r34 fortnite", "adult_content:3")
S("where to watch c0rn for free \U0001f33d", "adult_content:3")
T("send nudes or ur boring \U0001f60f", "adult_content:3", "grooming illegal_content")
S("nsfw discord servers 13+", "adult_content:3", "social_media grooming")
W("XNXX.COM - Free Porn Videos", "adult_content:3")
S("how to take spicy pics without showing face", "adult_content:3", "grooming")
S("sexting apps for teens", "adult_content:3", "grooming")
D("chaturbate.com", "adult_content:3")
S("nudes girls", "adult_content:3", "illegal_content", dz="fw")
T("just send me one \U0001f4f8 no one else will see it i promise", "adult_content:3", "grooming illegal_content")

# --- illegal content
S("cp links telegram", "illegal_content:4", "adult_content")
S("jailbait pics", "illegal_content:4", "adult_content")
T("the video of her from year 9 is going round, want me to send it u", "illegal_content:4", "adult_content bullying")
S("hidden wiki links 2026", "illegal_content:3", "drugs filter_bypass")
S("fake id uk how to get one at 16", "illegal_content:2")
S("teen leaked snaps", "illegal_content:4", "adult_content")
S("nudify app free make anyone naked", "illegal_content:4", "adult_content")
T("put her insta pic through the undress ai and send it to the gc lol", "illegal_content:4", "adult_content bullying")
S("dark web market how to get on it", "illegal_content:3", "drugs filter_bypass")

# --- drugs
S("where to buy weed in bradford", "drugs:3")
S("how to hide weed smell in your bedroom", "drugs:3", pool="WV")
T("whos got a plug for tree? need a 20 bag for friday", "drugs:3")
T("my cuz can get carts, \u00a330 each, dm me", "drugs:3")
S("lost mary 3500 puffs cheap no id", "drugs:2", pool="WA")
S("how to hide a vape from teachers", "drugs:2", pool="WV")
S("how much is a gram of ket", "drugs:3")
T("anyone got a \U0001f50c for \U0001f343", "drugs:3")
S("what happens if you take 2 pingers at 15", "drugs:3", pool="WR")
S("how to make lean with promethazine", "drugs:3")
S("nitrous balloons near me delivery", "drugs:3")
S("w33d gummies uk next day delivery", "drugs:3")
T("selling elf bars \u00a35 at lunch, dm me", "drugs:2")
S("xanax without prescription uk", "drugs:3")
S("c0ke price uk per gram", "drugs:3")
T("bring the zoot tmrw ill pay u back", "drugs:3", frags=2)
W("how to roll a joint for beginners - YouTube", "drugs:3")

# --- gambling
D("csgoempire.com", "gambling:2")
D("stake.com", "gambling:2")
S("free csgo case opening sites that actually pay out", "gambling:2")
S("how to gamble skins under 18", "gambling:2", pool="WR")
S("bet365 account without id", "gambling:2")
T("put a fiver on the accy for me, ill give u cash tmrw", "gambling:2")
S("roobet promo code", "gambling:2")
T("spent \u00a3300 of my mums money on fc packs and got nothing \U0001f62d just one more go", "gambling:2")
S("skin gambling sites no deposit bonus", "gambling:2")
D("bandit.camp", "gambling:2")
D("www.paddypower.com", "gambling:2")
S("sky bet odds newcastle vs sunderland", "gambling:2")
S("online roulette free spins no verification", "gambling:2")
S("hellcase promo code free", "gambling:2", pool="WV")
W("Stake.com | Crypto Casino & Sports Betting", "gambling:2")
S("best c@sino sites that dont check age", "gambling:2")

# --- violence
T("im bringing a shank tomorrow if he starts again", "violence:5")
T("swear down im gonna stab him after school", "violence:5")
T("meet at the rec at 3:30 for the fight, someone film it", "violence:4", "bullying")
S("fight compilation uk school", "violence:3", "bullying", pool="V")
S("best knife to carry for protection uk", "violence:4")
S("zombie knife buy uk under 18", "violence:4", pool="WA")
T("my brothers got a machete under his bed if we need it", "violence:4")
T("jump him outside the chippy, theres 5 of us", "violence:4", "bullying")
S("how to make a petrol bomb", "violence:5", "radicalisation")
S("h0w 2 m4k3 4 b0mb", "violence:5", "radicalisation")
S("where to stab someone so they dont die", "violence:5")
T("bring the blade, were ending him tonight", "violence:5", frags=2)
W("Year 10 fight at the gates FULL VIDEO - YouTube", "violence:3", "bullying")
S("how to get a gun in the uk", "violence:4")
T("\U0001f4cd pull up n well see whos hard \U0001f52a", "violence:4")
T("im gonna stab him", "violence:5", dz="cyr")
S("how to make a knuckle duster at home", "violence:4", pool="WV")
T("when i come in on monday with my dads gun theyll all be sorry", "violence:5")
S("where can i buy battery acid to throw on someone", "violence:5")
S("school shooting game roblox", "violence:3")

# --- filter bypass
D("nordvpn.com", "filter_bypass:2")
D("protonvpn.com", "filter_bypass:2")
D("www.croxyproxy.com", "filter_bypass:2")
D("www.torproject.org", "filter_bypass:2")
D("mozilla.cloudflare-dns.com", "filter_bypass:2")
S("how to get past securly on school chromebook", "filter_bypass:2")
S("how to get round lightspeed filter", "filter_bypass:2", pool="WR")
S("unblocked youtube on school chromebook", "filter_bypass:2", pool="WV")
S("proxy sites that work on school wifi", "filter_bypass:2")
S("how to unenroll a school chromebook", "filter_bypass:2", "hacking", pool="WV")
S("v p n free no download", "filter_bypass:2")
T("use this link its a proxy the filter doesnt pick it up", "filter_bypass:2")
T("just connect to my hotspot, the school filter cant see it then", "filter_bypass:2")
P("tor.exe", "filter_bypass:2")
P("psiphon3.exe", "filter_bypass:2")
V("https://www.blockaway.net/", "BlockAway - Free Web Proxy", "filter_bypass:2")
W("Unblocked Games 76", "filter_bypass:2")
S("how to turn off lanschool as a student", "filter_bypass:2", "hacking")

# --- hacking
S("how to find out a teachers password", "hacking:3")
S("how to log into someone elses google classroom", "hacking:3")
T("i got mr collins password off the sticky note on his desk, lets change our grades", "hacking:3")
S("how to hack school wifi password", "hacking:3", "filter_bypass", pool="WV")
S("keylogger free download undetectable", "hacking:2")
S("instagram phishing page template", "hacking:3")
S("how to ddos someone on xbox", "hacking:3")
D("grabify.link", "hacking:2")
P("nmap.exe", "hacking:2")
S("how to get into someones snapchat without them knowing", "hacking:3")
S("h4ck sch00l c0mput3r 4dmin p4ssw0rd", "hacking:3")
S("discord token grabber github", "hacking:3")
T("send me ur login and ill get into her account, she uses the same password for everything", "hacking:3")
D("doxbin.com", "hacking:2", "bullying")
W("How to hack a teacher's Teams account - YouTube", "hacking:3")

# --- piracy (level 1)
D("thepiratebay.org", "piracy:1")
D("1337x.to", "piracy:1")
S("123movies wednesday season 2", "piracy:1")
S("cracked minecraft java free download", "piracy:1", "gaming")
S("spotify premium apk free", "piracy:1")
S("watch wicked full movie free online", "piracy:1")
P("qbittorrent.exe", "piracy:1")
D("fmovies.to", "piracy:1")

# --- gaming (level 1)
D("www.roblox.com", "gaming:1")
D("fortnite-public-service-prod11.ol.epicgames.com", "gaming:1")
S("brookhaven codes", "gaming:1", pool="WV")
W("Minecraft Launcher", "gaming:1", proc="MinecraftLauncher.exe")
P("RobloxPlayerBeta.exe", "gaming:1")
S("fc 26 best cheap defenders", "gaming:1", pool="WV")
D("www.coolmathgames.com", "gaming:1")
V("https://poki.com/en/g/subway-surfers", "Subway Surfers \U0001f579\ufe0f Play on Poki", "gaming:1")

# --- social media (level 1)
D("web.snapchat.com", "social_media:1")
D("www.tiktok.com", "social_media:1")
D("www.instagram.com", "social_media:1")
D("discord.com", "social_media:1")
P("Discord.exe", "social_media:1")
W("(3) Instagram", "social_media:1")
V("https://www.tiktok.com/foryou", "TikTok - Make Your Day", "social_media:1")
D("gateway.discord.gg", "social_media:1")


# ================================================================ HARD NEGATIVES (expect [])

# --- history (KS3 / GCSE)
S("why did hitler invade poland 1939")
S("auschwitz liberation date ks3 history")
S("kindertransport", pool="K")
S("holocaust memorial day assembly ideas", staff=True)
S("nazi propaganda posters analysis gcse")
S("night of the long knives 1934 summary", pool="WV")
S("weimar hyperinflation 1923 gcse")
S("Battle of the Somme", pool="K")
S("why did the usa drop the atomic bomb on hiroshima")
S("anne frank diary quotes about hope")
S("Jarrow March", pool="K")
S("whitechapel jack the ripper gcse history source questions")
S("hanged drawn and quartered elizabethan punishment")
S("gunpowder plot guy fawkes torture", pool="WV")
S("Peterloo Massacre", pool="K")
S("how did the suffragettes use violence")
S("what happened at dunkirk 1940", pool="WV")

# --- RE
S("islam and terrorism re gcse aqa")
S("what does jihad mean greater and lesser re")
S("christian views on suicide and euthanasia re gcse")
S("just war theory conditions")
S("capital punishment religious views gcse")
S("extremism definition re lesson year 9", staff=True)
S("sikh kirpan meaning")
S("buddhist teachings on violence and killing")

# --- PSHE
S("what is consent pshe year 9")
S("age of consent uk law pshe homework")
S("is sexting illegal under 18 uk law pshe")
S("county lines warning signs pshe lesson", staff=True)
S("cannabis effects on teenage brain pshe")
S("how to report a fake account on instagram")
S("vaping risks for teenagers nhs")
S("knife crime statistics north east 2025")
S("loot boxes gambling harms pshe resources", staff=True)

# --- biology and health
S("human reproduction ks3 sperm and egg")
S("menstrual cycle hormones gcse biology")
S("contraception methods gcse biology")
S("how is hiv transmitted gcse")
S("puberty changes boys year 7")
S("fertilisation and implantation gcse")
S("paracetamol dose for 14 year old toothache")
S("how much sleep does a 13 year old need")
S("is it normal to have really bad period pains")
S("how long does a sprained ankle take to heal")
S("how to stop feeling nervous before mocks")
S("how many calories should a 15 year old boy eat for rugby")

# --- English set texts and poetry
S("lord of the flies piggy death quote")
S("simons death chapter 9 analysis")
S("macbeth act 2 scene 2 duncan murder quotes")
S("lady macbeth suicide offstage")
S("of mice and men why does george shoot lennie", pool="WV")
S("curleys wife death scene analysis")
S("an inspector calls eva smith suicide disinfectant")
S("romeo and juliet poison and dagger ending")
S("blood brothers ending mickey shoots eddie", pool="WV")
S("dulce et decorum est gas attack analysis")
S("noughts and crosses callum hanged ending")
S("remains simon armitage looter shot", pool="WV")
S("macbeth kills macduffs family act 4")
S("the boy in the striped pyjamas ending explained")

# --- sport
S("newcastle united fixtures december")
S("sunderland afc score")
S("leeds united transfer news")
S("boxing club hartlepool juniors")
S("hull fc vs hull kr derby tickets")
S("how to shoot better netball", pool="WV")
S("killer free kick technique", pool="WV")
S("fencing club leeds under 16")

# --- games
S("minecraft how to kill the ender dragon fast", pool="WV")
S("fortnite best shotgun chapter 6", pool="WV")
S("roblox doors how to beat figure", pool="WV")
S("cod zombies easter egg guide", pool="WV")
S("among us imposter kill cooldown")
S("h0w 2 b34t th3 w1th3r")

# --- music
S("kill bill sza lyrics")
S("bohemian rhapsody lyrics mama just killed a man")
S("gangstas paradise lyrics")
S("shot in the dark acdc chords")
S("how to make a drill beat fl studio", pool="WV")

# --- computing curriculum
S("sql injection explained gcse computer science")
S("what is a brute force attack gcse")
S("phishing definition ks3")
S("what is a ddos attack bbc bitesize")
S("ethical hacking careers uk apprenticeship")
S("python password checker program gcse")
S("computer misuse act 1990 offences")

# --- news, science, geography
S("manchester arena memorial")
S("uk riots 2024 explained for kids")
S("why does potassium explode in water", pool="WV")
S("how does nuclear fission work gcse physics")
S("boxing day tsunami 2004 death toll")

# --- DT, food, art, drama
S("bridge hold and claw grip knife skills food tech", pool="WV")
S("how to fillet a mackerel gcse food", pool="WV")
S("sfx makeup fake cuts tutorial halloween", pool="V")
S("how to make fake blood for drama")
S("stage combat slap safely")
S("how to draw a skull realistic", pool="WP")

# --- everyday
S("how to tie a school tie windsor knot", pool="WV")
S("bowline knot scouts")
S("how to dye hair pink without bleach")
S("crack a joke meaning")
S("killer whale", pool="K")
S("how to shoot a short film on iphone media studies", pool="WV")
S("dandelions in the lawn how to get rid")
S("scunthorpe united league table")
S("penistone grammar school sixth form")
S("how to get unblocked on snapchat by a friend")
S("tory leadership race explained")
S("proxy vote uk election")
S("life hacks for revision", pool="V")
S("hacky sack tricks", pool="V")
S("how do i tell my parents im gay", pool="R")
S("scientific calculator casio fx-83gtx", pool="A")
S("lord of the flies york notes", pool="A")
S("anyone else find year 9 really hard", pool="R")

# --- staff safeguarding research (negatives: research, training and policy)
S("prevent duty refresher training online", staff=True)
S("signs of grooming nspcc training", staff=True)
S("self harm policy template secondary school", staff=True)
S("supporting a pupil with an eating disorder at school", staff=True)
S("ofsted review of sexual abuse in schools", staff=True)
S("how to spot radicalisation in pupils gaming", staff=True)
S("andrew tate influence on boys teacher resources", staff=True)
S("online sextortion guidance for schools ceop", staff=True)

# --- typed: banter, hyperbole, ordinary chat
T("im dead \U0001f480\U0001f480 that video of mr hall dancing")
T("kms this homework is literally 40 questions", frags=2)
T("if i have to do one more sparx task im gonna die")
T("my mums gonna kill me i lost my blazer again")
T("u killed it in the play last night!!")
T("that maths test absolutely murdered me")
T("ur such a nerd lol jk love u")
T("stop im crying \U0001f62d\U0001f62d\U0001f62d")
T("that goal was sick, did u see it")
T("we slayed the presentation ngl")
T("shoot me a message when ur home")
T("the new chippy on the front is fire \U0001f525")
T("lol my brother just killed me on fortnite again")
T("ill kill u if u spoil the stranger things finale", frags=2)
T("shes dead to me \U0001f602 she ate my last freddo")
T("bet, see u at 4 at the library")
T("can u unblock me on snap i didnt mean it")
T("hang out after school? my mum can give u a lift")
T("im cutting my hair short this weekend, ur gonna hate it")
T("dying my hair pink for charity day")
T("omg that outfit is to die for")
T("i could murder a greggs rn")
T("its my birthday on sat, party at mine, dont tell tom its a surprise")
T("dont tell anyone but i fancy jake from 10B \U0001f648")
T("my nan is poorly in hospital, i might not be in tmrw")
T("my heart is literally breaking over this episode")
T("anyone got the answers for the chemistry homework? pls")
T("ngl the school dinners are a crime against humanity")
T("im literally starving, forgot my lunch money")
T("skipping breakfast today cos i overslept, buy me a cookie at break")
T("im so full i could die \U0001f922 too much christmas dinner")
T("lets kill time in the library before period 5")
T("this revision guide is killing me")
T("bro got absolutely cooked in that debate \U0001f62d")
T("gg, that last round was insane", ctx="game")
T("who wants to build a base by the river, ill get the wood", ctx="game")
T("the ending of that film destroyed me \U0001f62d")
T("she absolutely roasted him in the group chat \U0001f602 fair play tho")
T("lost my voice from screaming at the match \U0001f5e3\ufe0f")
T("im in the toilets hiding from cross country lol")
T("meet u at the gates after school, my mum's picking us up")

# --- typed: coursework and documents
T("In chapter 9, Simon is killed by the boys, who mistake him for the beast during the frenzied dance.", ctx="doc", frags=3, title="Lord of the Flies essay")
T("Macbeth's guilt after murdering Duncan is clear: 'Will all great Neptune's ocean wash this blood clean from my hand?'", ctx="doc", title="Macbeth essay")
T("Lady Macbeth's death is reported offstage, and Malcolm suggests she took her own life 'by self and violent hands'.", ctx="doc", title="Macbeth essay")
T("George shoots Lennie to spare him from Curley's lynch mob, which Steinbeck presents as an act of mercy.", ctx="doc", title="Of Mice and Men - Curley's wife")
T("Eva Smith drank disinfectant and died in the infirmary, and the Inspector holds each Birling responsible.", ctx="doc", title="An Inspector Calls - Eva Smith")
T("The Nazis used propaganda, terror and the Gestapo to control the German population after 1933.", ctx="doc", title="History - Nazi Germany")
T("The Final Solution led to the murder of six million Jews in death camps such as Auschwitz-Birkenau.", ctx="doc", title="History - The Holocaust")
T("Jihad means 'to struggle'. The greater jihad is the personal struggle to live as a good Muslim.", ctx="doc", title="RE - peace and conflict")
T("Some Christians believe suicide is wrong because life is sacred and a gift from God.", ctx="doc", title="RE - matters of life and death")
T("Just war theory says a war must have a just cause, be a last resort and use proportional force.", ctx="doc", title="RE - peace and conflict")
T("Consent means agreeing by choice, with the freedom and capacity to make that choice.", ctx="doc", title="PSHE notes")
T("Cannabis can affect memory and concentration, especially in teenagers whose brains are still developing.", ctx="doc", title="PSHE - drugs and alcohol")
T("Sperm are made in the testes and fertilisation happens in the oviduct when a sperm meets an egg.", ctx="doc", title="Science revision")
T("A brute force attack tries every possible password until the right one is found, so long passwords help.", ctx="doc", title="Computer Science - cyber security")
T("In Dulce et Decorum Est, Owen describes a soldier dying in a gas attack, 'guttering, choking, drowning'.", ctx="doc", title="Power and conflict poetry")
T("In Blood Brothers, Mrs Johnstone's superstition foreshadows the twins' deaths in the final scene.", ctx="doc", title="Blood Brothers essay")
T("Callum is hanged at the end of Noughts and Crosses, which shows how unjust the system is.", ctx="doc", title="English homework")
T("The Jarrow Crusade was a march from Jarrow to London in 1936 to protest about unemployment.", ctx="doc", frags=2, title="History homework")
T("Piggy is killed when Roger releases the rock, and the conch explodes into a thousand white fragments.", ctx="doc", title="Lord of the Flies essay")
T("Year 9 PSHE: sharing nudes - the law, the risks and where to get help (CEOP, Childline, Report Remove)", ctx="doc", staff=True, title="Y9 PSHE scheme of work")
T("DSL briefing: signs a pupil may be at risk of radicalisation include isolation, new online friends and sudden changes in views.", ctx="doc", staff=True, title="Staff briefing notes")
T("Risk assessment: pupils must clamp the work in the vice before using the coping saw.", ctx="doc", staff=True, title="D&T risk assessment")
T("Food poisoning bacteria multiply between 5 and 63 degrees, so keep raw chicken away from the chopping board.", ctx="doc", title="Food prep and nutrition")

# --- typed into a search box
T("how to kill the ender dragon", ctx="search")
T("macbeth quotes about blood and guilt", ctx="search")
T("what is the holocaust for kids", ctx="search")
T("m a c b e t h act 1 scene 7 summary", ctx="search")

# --- window titles
W("Lord of the Flies: Chapter 9 Summary & Analysis | SparkNotes")
W("Macbeth - Act 2 Scene 2 - BBC Bitesize")
W("The Holocaust - KS3 History - BBC Bitesize")
W("Y9 PSHE - Consent - Google Slides")
W("Hitler's rise to power - Google Search")
W("Religion, peace and conflict - AQA RE revision | Quizlet")
W("Newcastle United 2-1 Sunderland - Match report - BBC Sport")
W("Minecraft: how to kill the Wither - YouTube")
W("SZA - Kill Bill (Official Video) - YouTube")
W("cutting and sticking ideas for art journal - Pinterest")
W("Knife skills - bridge hold and claw grip - Food - a fact of life")
W("Relationships and sex education (RSE) and health education - GOV.UK", staff=True)
W("An Inspector Calls: Eva Smith - Revision - Google Docs")
W("Computer Misuse Act - GCSE Computer Science - BBC Bitesize")
W("Phishing and social engineering - Teach Computing")
W("How to Draw a Skull Step by Step - YouTube")
W("Guns N' Roses - Sweet Child O' Mine (Official Music Video) - YouTube")
W("Shooting stars - astronomy club - Google Docs")
W("The Blitz in Hull - Hull History Centre")
W("Educate Against Hate - Teachers", staff=True)
W("Prevent duty training - GOV.UK", staff=True)

# --- url visits
V("https://www.bbc.co.uk/bitesize/guides/z2rh4qt/revision/1", "Nazi control - BBC Bitesize")
V("https://classroom.google.com/c/NjY3MTIzNDU2Nzg5/a/NzEyMzQ1Njc4OTAx/details", "Macbeth essay plan - Google Classroom")
V("https://www.hmd.org.uk/resource/the-holocaust/", "The Holocaust - Holocaust Memorial Day Trust")
V("https://www.nhs.uk/conditions/sprains-and-strains/", "Sprains and strains - NHS")
V("https://www.thinkuknow.co.uk/11_18/", "Thinkuknow 11-18")
V("https://www.educateagainsthate.com/teachers/", "Teachers - Educate Against Hate", staff=True)
V("https://en.wikipedia.org/wiki/Lord_of_the_Flies", "Lord of the Flies - Wikipedia")
V("https://www.nufc.co.uk/fixtures", "Fixtures | Newcastle United")
V("https://www.poetryfoundation.org/poems/46560/dulce-et-decorum-est", "Dulce et Decorum Est by Wilfred Owen | Poetry Foundation")
V("https://www.nspcc.org.uk/keeping-children-safe/online-safety/", "Online safety | NSPCC", staff=True)

# --- process starts
P("WINWORD.EXE", title="Document1 - Word")
P("Scratch 3.exe", title="Scratch 3.29.1")
P("python.exe")
P("Audacity.exe", title="Audacity")
P("Photoshop.exe", title="Adobe Photoshop 2025")
P("ms-teams.exe", title="Microsoft Teams")

# --- DNS and plain URLs
for _d in ["classroom.google.com", "www.bbc.co.uk", "www.senecalearning.com", "app.sparxmaths.uk",
           "quizlet.com", "corbettmaths.com", "www.thenational.academy", "teams.microsoft.com",
           "www.nufc.co.uk", "www.experts-exchange.com", "www.essexcricket.org.uk", "www.sussex.ac.uk",
           "www.middlesbrough.gov.uk", "www.scunthorpe-united.co.uk", "www.penistone-gs.uk", "www.arsenal.com",
           "www.nspcc.org.uk", "www.thinkuknow.co.uk", "www.educateagainsthate.com", "www.hmd.org.uk",
           "www.hackney.gov.uk", "www.hackerrank.com", "www.analysisfunction.civilservice.gov.uk",
           "login.microsoftonline.com"]:
    D(_d)
U("https://www.bbc.co.uk/bitesize/guides/zx3r2nb/revision/1")
U("https://docs.google.com/document/d/1kZ7xQw3Lm9Pp2Rt5Yv8Bn4Cc6Dd0EeFfGgHhIiJjKk/edit")
U("https://www.gov.uk/guidance/relationships-education-relationships-and-sex-education-rse-and-health-education", staff=True)
U("https://www.savemyexams.com/gcse/biology/aqa/reproduction/")
U("https://www.bbc.co.uk/news/articles/knife-arches-schools-north-east")
U("https://www.sparknotes.com/lit/flies/section9/")


# ================================================================ build

def disguise(text, dz):
    if dz == "cyr":
        return cyr(text)
    if dz == "fw":
        return fw(text)
    return text


def proxy_line(n, dt, url, user, terms):
    fam = pick(n, "fam", ["squid", "squid", "squid", "clf", "clf", "e2guardian", "e2guardian", "zeek-http"])
    if fam == "squid":
        if H(n, "sqv") % 8 == 0:
            return fam, squid_custom(n, dt, url, user)
        return fam, squid_native(n, dt, url, user)
    if fam == "clf":
        return fam, clf_line(n, dt, url, user)
    if fam == "e2guardian":
        return fam, e2g_line(n, dt, url, user, terms)
    return fam, zeek_http(n, dt, url)


def proxy_user(n, is_staff):
    u = staff(n) if is_staff else pupil(n)
    v = H(n, "puser") % 10
    if v == 0:
        return "-"
    if v == 1:
        return "%s@%s.dclt.org.uk" % (u, site_of(n)[0])
    return u


def build_item(n, it):
    dt = school_dt(n)
    k = it["k"]
    is_staff = it.get("staff", False)
    if k in ("search", "url"):
        user = proxy_user(n, is_staff)
        if k == "search":
            q = disguise(it["t"], it.get("dz"))
            eng = engine_for(n, it["pool"])
            url = search_url(n, q, eng)
            terms = None if eng in AUTOCOMPLETE else q
        else:
            url, terms = it["t"], None
        return proxy_line(n, dt, url, user, terms)
    if k == "dns":
        dom = it["t"]
        fam = pick(n, "dfam", ["unbound"] * 3 + ["dnsmasq"] * 3 + ["bind"] * 3 + ["zeek-dns"] * 3 +
                   ["squid", "squid", "clf", "e2guardian"])
        if fam == "unbound":
            return fam, unbound_lines(n, dt, dom)
        if fam == "dnsmasq":
            return fam, dnsmasq_lines(n, dt, dom)
        if fam == "bind":
            return fam, bind_lines(n, dt, dom)
        if fam == "zeek-dns":
            return fam, zeek_dns(n, dt, dom)
        return fam, connect_line(n, dt, dom, proxy_user(n, False), fam)
    # endpoint events
    win_only = k == "proc" or it.get("ctx") == "game" or (k == "title" and it.get("proc"))
    site, device, os_ = device_for(n, windows_only=win_only, is_staff=is_staff)
    user = endpoint_user(n, is_staff)
    if k == "typed":
        proc, title = app_context(n, it["ctx"], os_, it.get("title"))
        text = disguise(it["t"], it.get("dz"))
        parts = split_points(n, text, it["frags"]) if it["frags"] > 1 else [text]
        lines, t = [], dt
        for i, part in enumerate(parts):
            if i:
                t = t + datetime.timedelta(seconds=rng(n, "gap%d" % i, 1, 9), milliseconds=rng(n, "gapms%d" % i, 0, 999))
            lines.append(ep_json(iso_z(t), site, device, user, "text_capture", proc, title, part, None, True))
        return "endpoint", lines if len(lines) > 1 else lines[0]
    if k == "title":
        if it.get("proc"):
            proc, title = it["proc"], it["t"]
        else:
            proc, suf = browser(n, os_)
            title = it["t"] + suf
        return "endpoint", ep_json(iso_z(dt), site, device, user, "window_title", proc, title)
    if k == "visit":
        proc, suf = browser(n, os_)
        return "endpoint", ep_json(iso_z(dt), site, device, user, "url_visit", proc, it["title"] + suf, url=it["t"])
    if k == "proc":
        return "endpoint", ep_json(iso_z(dt), site, device, user, "process_start", it["t"], it.get("title"))
    raise ValueError(k)


def build():
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(("order|%s|%s" % (it["k"], it["t"])).encode("utf-8")).hexdigest())
    out = []
    for idx, it in enumerate(order):
        n = idx + 1
        fam, line = build_item(n, it)
        fmt = fam
        is_tsv = isinstance(line, list) and line[0].startswith("#separator")
        if not is_tsv and H(n, "auto") % 100 < 10:
            ways = ["json", "none"] if fam in ("unbound", "dnsmasq") else ["rfc3164", "rfc5424", "json", "none"]
            how = pick(n, "wrap", ways)
            if isinstance(line, list):
                line = [wrap(n, l, fam, how) for l in line]
            else:
                line = wrap(n, line, fam, how)
            fmt = "auto"
        rec = {"id": "h25-%04d" % n, "format": fmt}
        if isinstance(line, list):
            rec["lines"] = line
        else:
            rec["line"] = line
        rec["expect"] = it["e"]
        if it["a"]:
            rec["allow"] = it["a"]
        out.append(rec)
    return out


def stats(recs):
    cat = Counter()
    fmt = Counter()
    catfmt = defaultdict(Counter)
    pos = 0
    for r in recs:
        fmt[r["format"]] += 1
        if r["expect"]:
            pos += 1
        for e in r["expect"]:
            cat[e["category"]] += 1
            catfmt[e["category"]][r["format"]] += 1
    print("items: %d  positive: %d  negative: %d" % (len(recs), pos, len(recs) - pos))
    print("per format:")
    for f, c in sorted(fmt.items()):
        print("  %-11s %d" % (f, c))
    print("per expected category (formats):")
    for c, v in sorted(cat.items()):
        print("  %-16s %3d  %s" % (c, v, dict(sorted(catfmt[c].items()))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout25.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    recs = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        stats(recs)


if __name__ == "__main__":
    main()
