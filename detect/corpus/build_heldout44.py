#!/usr/bin/env python3
"""Build heldout44.jsonl: an independent, hand-written evaluation corpus for Guardline.

PERSPECTIVE
-----------
Coastal and seaside towns: an FE college with campuses and an alternative-provision
centre in towns like Blackpool, Skegness, Great Yarmouth, Margate, Hastings and Rhyl.
Learners are 14-19 plus adult apprentices in hospitality and catering, fishing and marine
engineering, holiday-park and leisure work, and health and social care. Many are
care-experienced, young carers, living in HMOs or B&Bs, or seasonal workers.

The positives are written the way these learners (or the adults exploiting them) really
type and search: county lines into the towns from the big cities (runners on trains,
cuckooed flats, drug debts), child sexual exploitation around arcades, takeaways and
taxis, older "boyfriends", nude-sharing and sextortion, self-harm and suicide (including
the cliffs, piers and the sea), eating disorders, ket/spice/crack/nitrous, drink,
fruit machines and online slots, domestic abuse at home and in young relationships,
seafront fights and knives, hostility to migrants and asylum hotels, far-right groups and
small-boats anger, hacking and scams, adult content, filter bypass, piracy, games and
social media.

The hard negatives (about half the set, expect []) use the same words and topics
innocently, as the same people write them: RNLI and water-safety coursework, lifeguard
and first-aid courses, fishing and boat work (filleting knives, gutting, hooks, "shooting"
nets and pots), catering ("kill the heat", boning, knife rolls, cream chargers), bar
work training (licensing law, Challenge 25, proxy sales), arcade and holiday-park jobs,
health and social care assignments on safeguarding, cuckooing, substance misuse and
mental health, GCSE/A-level set texts, local history (smugglers, wrecks, mods and
rockers), regeneration essays, local news about crime and Channel crossings, staff
safeguarding research, sport, music, games, jokes and hyperbole. A negative never
contains a real level-2+ concern; level-1 noise (games, social media) may appear.

LABELLING DECISIONS (CONTRACTS section 3 level table)
----------------------------------------------------
suicide        5 = a method, plan, goodbye/final act, or method-seeking search
                   (overdose amounts, jumping from a named pier/cliff, notes, rope).
               4 = ideation/intent without a method ("i dont want to be alive",
                   "unaliving myself", "nobody would notice if i went into the sea").
self_harm      4 = current self-harm, hiding injuries, seeking methods or tools, and
                   pro-eating-disorder behaviour (purging, laxatives, pro-ana tips,
                   ana coaches).  3 = softer ED signals (restriction talk, "thinspo")
                   and learner help-seeking about own urges.
radicalisation 5 is not used alone; attack planning is labelled violence 5 with
                   radicalisation 4.  4 = seeking proscribed/terrorist groups, manifestos,
                   attack videos, recruitment (Active Clubs, National Action, PA),
                   calls to sink boats.  3 = interest in far-right/manosphere figures,
                   stickers, channels.  discrimination is allowed where the text is
                   also plainly hateful.
grooming       5 = a meeting being arranged by an adult (pick-ups, trains, "come
                   alone").  4 = grooming/CSE signs: secrecy, gifts, age-gap
                   "boyfriends", image requests, sextortion (illegal_content allowed).
bullying       3 = bullying messages sent or received, exclusion, humiliation, doxxing.
               A direct threat to jump/beat someone is labelled violence 4 with
               bullying allowed.
discrimination 3 = racist, religious, homophobic, transphobic, disablist hostility
                   and slurs (often about migrants / asylum hotels).  2 = milder
                   prejudiced remarks (sexist "girls cant do engineering").
adult_content  3 = porn searches, porn/cam/OnlyFans domains and titles.
drugs          4 = county-lines exploitation of the young person (running, holding,
                   cuckooing, debt bondage, plugging); grooming/violence allowed.
               3 = buying, selling, using, dosing questions; alcohol misuse by a
                   learner is also put here (no alcohol category exists).
gambling       2 = betting/casino/slot sites and searches, fruit-machine cheats,
                   chasing losses, loans for betting, getting round GamStop.
violence       5 = specific threat or plan to seriously hurt someone, an acid attack,
                   bomb making, a child in immediate danger at home.  4 = weapons
                   acquisition or carrying, assault threats, domestic abuse
                   disclosures.  3 = fight videos, knockout questions, gore, pepper
                   spray, coercive control.
filter_bypass  2 = VPNs, proxies, Tor, disabling the monitoring, DNS/translate tricks.
hacking        3 = account takeover, phishing kits, keyloggers, SIM swap, DDoS, fullz.
               2 = IP loggers, generic hacking-tool searches, refund "methods", mimikatz.
piracy         1; gaming 1; social_media 1 (policy information only).
illegal_content 4 = indecent images of under-18s (sharing, seeking, "cp"), terrorist
                   beheading videos.  3 = fake IDs/licences and counterfeit money,
                   dark-web markets.
allow          lists only a genuinely ambiguous second category (for example
               discrimination beside far-right recruitment, illegal_content beside
               sextortion, gaming beside skin-gambling); it is never used to excuse noise.
One Rhyl learner's ideation message is written in North Walian Welsh ("dwi isio marw").
Disguised positives (leetspeak, spaced/dotted letters, Cyrillic look-alikes, zero-width
characters, full-width letters, emoji, stretched letters) keep the label of the plain text.

DETERMINISM
-----------
No random module. The shuffle order is from SHA-256 of each item's text; every other
variable choice (format, engine, URL encoding, user, device, site, timestamp, IP,
wrapping, fragment split, look-alike positions) comes from SHA-256 of the item number
and a purpose tag.

Usage: python3 build_heldout44.py [--out PATH] [--stats]
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

# --------------------------------------------------------------------------------------
# deterministic choice helpers
# --------------------------------------------------------------------------------------


def H(n, tag):
    return int(hashlib.sha256(("h44|%s|%s" % (n, tag)).encode("utf-8")).hexdigest(), 16)


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def wpick(n, tag, pairs):
    total = sum(w for _, w in pairs)
    r = H(n, tag) % total
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    return pairs[-1][0]


def rng(n, tag, lo, hi):
    """inclusive integer range"""
    return lo + H(n, tag) % (hi - lo + 1)


# --------------------------------------------------------------------------------------
# sites, devices, users
# --------------------------------------------------------------------------------------
SITES = [
    # site id, device code, client prefix, proxy host
    ("blackpool", "BPL", "10.41", "gl-px-bpl01"),
    ("skegness", "SKG", "10.42", "gl-px-skg01"),
    ("yarmouth", "GYM", "10.43", "gl-px-gym01"),
    ("margate", "MGT", "10.44", "gl-px-mgt01"),
    ("hastings", "HST", "10.45", "gl-px-hst01"),
    ("rhyl", "RHL", "10.46", "gl-px-rhl01"),
    ("ap-thanet", "APT", "10.47", "gl-px-apt01"),
]
ROOMS = ["LRC", "HOSP", "CAT", "MARENG", "HSC", "LEIS", "IT", "ENG", "AP", "LIB"]
DEVKINDS = ["PC", "PC", "LT", "CB", "TAB"]
LEARNERS = [
    "j.mcgrath", "k.wood", "t.okonkwo", "l.pereira", "m.nowicka", "r.sharples", "a.begum",
    "c.doherty", "s.lewandowski", "d.hughes", "e.owen", "b.tasker", "z.ahmed", "n.clegg",
    "h.kaur", "p.jones", "o.wright", "f.mensah", "g.ellis", "v.popescu", "s2604417",
    "s2611093", "appr-0421", "appr-0388", "EDU\\r.bates", "EDU\\k.flynn",
    "ap.learner07", "ap.learner12", "k.fox@coastfe.ac.uk", "j.rowe@coastfe.ac.uk",
    "guest-wifi-0448", "l.ward", "c.price", "m.evans2", "t.byrne",
]
STAFF = [
    "staff.r.hale", "EDU\\p.moran", "l.fairclough@coastfe.ac.uk", "dsl.s.akhtar",
    "t.greenwood", "EDU\\h.pryce", "staff.m.oduya",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]
PUBLIC_NETS = ["142.250", "172.217", "13.107", "104.18", "151.101", "185.199", "52.84", "3.162", "34.117", "216.58"]


class Ctx:
    """All per-item context: site, device, user, time, IPs."""

    def __init__(self, n, who):
        self.n = n
        site = pick(n, "site", SITES)
        self.site, self.code, self.net, self.pxhost = site
        self.device = "%s-%s-%s-%02d" % (self.code, pick(n, "room", ROOMS), pick(n, "devkind", DEVKINDS), rng(n, "devno", 1, 48))
        self.user = pick(n, "user", STAFF if who == "staff" else LEARNERS)
        self.cip = "%s.%d.%d" % (self.net, rng(n, "ip3", 1, 60), rng(n, "ip4", 2, 250))
        self.sip = "%s.%d.%d" % (pick(n, "snet", PUBLIC_NETS), rng(n, "s3", 0, 255), rng(n, "s4", 1, 254))
        self.dns = "%s.0.53" % self.net
        self.ua = pick(n, "ua", UAS)
        day = rng(n, "day", 0, 191)
        band = rng(n, "band", 0, 99)
        if band < 70:
            secs = 8 * 3600 + 40 * 60 + H(n, "sec") % (8 * 3600)
        elif band < 92:
            secs = 16 * 3600 + 30 * 60 + H(n, "sec") % (6 * 3600)
        else:
            secs = 22 * 3600 + 30 * 60 + H(n, "sec") % (4 * 3600)
        base = _dt.datetime(2026, 9, 7, tzinfo=_dt.timezone.utc)
        self.t0 = base + _dt.timedelta(days=day, seconds=secs, milliseconds=H(n, "ms") % 1000)
        self.pid = rng(n, "pid", 900, 29999)


def ts_epoch(t):
    return "%d.%03d" % (int(t.timestamp()), t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_syslog(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def ts_e2g(t):
    return t.strftime("%Y.%m.%d %H:%M:%S")


def ts_bind(t):
    return t.strftime("%d-%b-%Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


# --------------------------------------------------------------------------------------
# disguises (applied only where an item asks for one)
# --------------------------------------------------------------------------------------
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
        "i": "\u0456", "s": "\u0455", "y": "\u0443"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def disguise(n, text, kind):
    if not kind:
        return text
    out = []
    if kind == "homo":
        for i, ch in enumerate(text):
            if ch in HOMO and H(n, "homo%d" % i) % 100 < 60:
                out.append(HOMO[ch])
            else:
                out.append(ch)
        return "".join(out)
    if kind == "zw":
        for i, ch in enumerate(text):
            out.append(ch)
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if ch.isalpha() and nxt.isalpha() and H(n, "zw%d" % i) % 100 < 35:
                out.append(pick(n, "zwc%d" % i, ZW))
        return "".join(out)
    if kind == "full":
        for ch in text:
            if "!" <= ch <= "~":
                out.append(chr(ord(ch) + 0xFEE0))
            else:
                out.append(ch)
        return "".join(out)
    raise ValueError(kind)


# --------------------------------------------------------------------------------------
# search engines
# --------------------------------------------------------------------------------------
ENGINE_HOST = {
    "google": "www.google.com", "google_uk": "www.google.co.uk", "google_ac": "www.google.com",
    "bing": "www.bing.com", "bing_ac": "www.bing.com", "ddg": "duckduckgo.com", "ddg_ac": "duckduckgo.com",
    "yahoo": "uk.search.yahoo.com", "ecosia": "www.ecosia.org", "youtube": "www.youtube.com",
    "yt_ac": "suggestqueries-clients6.youtube.com", "tiktok": "www.tiktok.com", "reddit": "www.reddit.com",
    "wiki": "en.wikipedia.org", "amazon": "www.amazon.co.uk",
}
DEFAULT_ENGINES = ["google", "google", "google", "google_uk", "google_uk", "google_ac", "bing", "bing",
                   "bing_ac", "ddg", "ddg_ac", "yahoo", "ecosia", "youtube", "youtube", "yt_ac", "tiktok",
                   "reddit"]
ENGINE_SETS = {
    "vid": ["youtube", "youtube", "yt_ac", "tiktok", "tiktok", "google"],
    "wiki": ["wiki", "wiki", "google", "google_uk", "bing", "ddg", "ecosia"],
    "amazon": ["amazon", "amazon", "google", "bing"],
    "reddit": ["reddit", "reddit", "google", "ddg"],
    "ac": ["google_ac", "bing_ac", "ddg_ac", "yt_ac"],
}


def hexid(n, tag, k):
    return hashlib.sha256(("%s|%s" % (n, tag)).encode()).hexdigest()[:k]


def search_url(n, eng, q, ctx):
    plus = H(n, "plus") % 2 == 0
    enc = quote_plus(q, safe="") if plus else quote(q, safe="")
    host = ENGINE_HOST[eng]
    sch = "https"
    if eng == "google":
        v = H(n, "gvar") % 3
        if v == 0:
            path = "/search?q=%s&hl=en-GB&source=hp" % enc
        elif v == 1:
            path = "/search?q=%s&sca_esv=%s&source=hp&ei=%s" % (enc, hexid(n, "esv", 16), hexid(n, "ei", 20))
        else:
            path = "/search?client=firefox-b-d&q=%s" % enc
    elif eng == "google_uk":
        path = "/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8" % (enc, enc)
    elif eng == "google_ac":
        path = "/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB&authuser=0" % (enc, len(q))
    elif eng == "bing":
        path = "/search?q=%s&form=QBLH&sp=-1&pq=%s&cvid=%s" % (enc, enc, hexid(n, "cvid", 32).upper())
    elif eng == "bing_ac":
        path = "/AS/Suggestions?pt=page.serp&mkt=en-GB&qry=%s&cp=%d&csr=1&cvid=%s" % (enc, len(q), hexid(n, "cvid", 32).upper())
    elif eng == "ddg":
        path = "/?q=%s&ia=web" % enc if H(n, "ddgv") % 2 else "/?t=h_&q=%s&ia=web" % enc
    elif eng == "ddg_ac":
        path = "/ac/?q=%s&kl=uk-en" % enc
    elif eng == "yahoo":
        path = "/search?p=%s&fr=yfp-t&fr2=sb-top" % enc
    elif eng == "ecosia":
        path = "/search?method=index&q=%s" % enc
    elif eng == "youtube":
        path = "/results?search_query=%s" % enc
    elif eng == "yt_ac":
        path = "/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s&callback=google.sbox.p50" % enc
    elif eng == "tiktok":
        path = "/search?q=%s&t=%d" % (quote(q, safe=""), int(ctx.t0.timestamp()) * 1000 - 4321)
    elif eng == "reddit":
        path = "/search/?q=%s&type=link" % enc
    elif eng == "wiki":
        path = "/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % enc
    elif eng == "amazon":
        path = "/s?k=%s&crid=%s&ref=nb_sb_noss" % (enc, hexid(n, "crid", 13).upper())
    else:
        raise ValueError(eng)
    return "%s://%s%s" % (sch, host, path)


BROWSERS = [("chrome.exe", " - Google Chrome"), ("chrome.exe", " - Google Chrome"),
            ("msedge.exe", " - Personal - Microsoft\u200b Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]


def search_title(eng, q):
    base = eng.replace("_ac", "").replace("_uk", "").replace("yt", "youtube")
    if base == "google":
        return "%s - Google Search" % q
    if base == "bing":
        return "%s - Search" % q
    if base == "ddg":
        return "%s at DuckDuckGo" % q
    if base == "yahoo":
        return "%s - Yahoo Search Results" % q
    if base == "ecosia":
        return "%s - Ecosia" % q
    if base == "youtube":
        return "%s - YouTube" % q
    if base == "tiktok":
        return "Find '%s' on TikTok | TikTok Search" % q
    if base == "reddit":
        return "%s - Reddit Search" % q
    if base == "wiki":
        return "Search results for \u201c%s\u201d - Wikipedia" % q
    if base == "amazon":
        return "Amazon.co.uk : %s" % q
    raise ValueError(eng)


# --------------------------------------------------------------------------------------
# line builders: proxies
# --------------------------------------------------------------------------------------

def squid_native(ctx, n, method, url, status="TCP_MISS/200", mime="text/html", size=None, user=None):
    size = size if size is not None else rng(n, "size", 1200, 96000)
    user = user if user is not None else ctx.user
    hier = "HIER_DIRECT/%s" % ctx.sip if not status.startswith("TCP_DENIED") else "HIER_NONE/-"
    return "%s %6d %s %s %d %s %s %s %s %s" % (ts_epoch(ctx.t0), rng(n, "el", 3, 1900), ctx.cip, status, size,
                                                method, url, user, hier, mime)


def squid_ukfull_get(ctx, n, url, host, mime="text/html"):
    return '%s %6d %s %s TCP_MISS/200 %d GET %s %s %s "-" "%s" %s sni=%s bump=bump' % (
        ts_epoch(ctx.t0), rng(n, "el", 3, 1900), ctx.cip, ctx.user, rng(n, "size", 1200, 96000), url, ctx.sip,
        mime, ctx.ua, host, host)


def squid_ukfull_connect(ctx, n, host):
    """transparent interception: CONNECT to the IP, name only in SNI; peek line then tunnel line"""
    t1 = ctx.t0 + _dt.timedelta(milliseconds=rng(n, "tun", 4, 60))
    l1 = '%s %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - "-" "-" %s sni=%s bump=splice' % (
        ts_epoch(ctx.t0), rng(n, "el0", 0, 3), ctx.cip, ctx.sip, ctx.sip, host)
    l2 = '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        ts_epoch(t1), rng(n, "el", 40, 90000), ctx.cip, ctx.user, rng(n, "size", 3000, 400000), ctx.sip, ctx.sip,
        ctx.sip, host)
    return [l1, l2]


def clf_line(ctx, n, method, url, combined, status=200):
    ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "-"])
    size = rng(n, "size", 1200, 96000) if status == 200 else 0
    sq = "TCP_MISS:HIER_DIRECT" if method != "CONNECT" else "TCP_TUNNEL:HIER_DIRECT"
    if combined:
        return '%s - %s [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" %s' % (ctx.cip, ctx.user, ts_clf(ctx.t0), method, url,
                                                                    status, size, ref, ctx.ua, sq)
    return '%s - %s [%s] "%s %s HTTP/1.1" %d %d %s' % (ctx.cip, ctx.user, ts_clf(ctx.t0), method, url, status, size, sq)


def e2g_fields(ctx, n, url, method, terms, reason="-", status=200, weight=0, cat="-"):
    group = "staff" if ctx.user in STAFF else pick(n, "grp", ["learners", "learners", "no_name_group"])
    size = rng(n, "size", 900, 90000) if status == 200 else 0
    return [ts_e2g(ctx.t0), ctx.user, ctx.cip, url, reason, method, str(size), str(weight), cat,
            "2" if group == "staff" else "1", str(status), "text/html" if method == "GET" else "-", ctx.cip, group,
            ctx.ua, ("0=%s;" % terms) if terms else "-", "-", "-", "-"]


def e2g_line(ctx, n, fmt, url, method, terms, reason="-", status=200, weight=0, cat="-"):
    f = e2g_fields(ctx, n, url, method, terms, reason, status, weight, cat)
    if fmt == "2":
        return ",".join('"%s"' % x for x in f)
    if fmt == "4":
        return "\t".join(f)
    # format 6
    code = "0" if status == 200 else pick(n, "e2code", ["454", "560"])
    return "\t".join([ts_epoch(ctx.t0), "", ctx.user, ctx.cip, ctx.cip, url, method, str(status), f[6], "-",
                      ctx.ua, "-", str(rng(n, "el", 0, 40)), "-", code, reason, str(weight), cat, f[13],
                      f[9]])


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
                    "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames",
                    "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
                   "string", "string", "string", "count", "count", "count", "string", "count", "string",
                   "set[enum]", "string", "string", "set[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt",
                   "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD",
                   "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
                  "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
                  "vector[string]", "vector[interval]", "bool"]


def zeek_header(ctx, path, fields, types):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % ctx.t0.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_uid(n):
    return "C" + hexid(n, "uid", 17)


def zeek_ts(ctx, n):
    return "%d.%06d" % (int(ctx.t0.timestamp()), (ctx.t0.microsecond // 1000) * 1000 + rng(n, "us", 0, 999))


def zeek_http(ctx, n, host, uri, tsv):
    vals = {
        "ts": zeek_ts(ctx, n), "uid": zeek_uid(n), "id.orig_h": ctx.cip, "id.orig_p": rng(n, "sport", 49152, 65000),
        "id.resp_h": ctx.sip, "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
        "version": "1.1", "user_agent": ctx.ua, "request_body_len": 0,
        "response_body_len": rng(n, "size", 1200, 96000), "status_code": 200, "status_msg": "OK", "tags": [],
    }
    if not tsv:
        d = dict(vals)
        d["ts"] = float(d["ts"])
        return [json.dumps(d, ensure_ascii=False)]
    row = []
    for f in ZEEK_HTTP_FIELDS:
        v = vals.get(f)
        if f == "tags":
            row.append("(empty)")
        elif v is None:
            row.append("-")
        else:
            row.append(str(v))
    hdr = zeek_header(ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES)
    return hdr + ["\t".join(row)]


def zeek_dns(ctx, n, domain, qtype, tsv):
    qt = {"A": 1, "AAAA": 28, "HTTPS": 65}[qtype]
    answers = [ctx.sip] if qtype == "A" else []
    vals = {
        "ts": zeek_ts(ctx, n), "uid": zeek_uid(n), "id.orig_h": ctx.cip, "id.orig_p": rng(n, "sport", 1024, 65000),
        "id.resp_h": ctx.dns, "id.resp_p": 53, "proto": "udp", "trans_id": rng(n, "tid", 1, 65535),
        "rtt": "0.%06d" % rng(n, "rtt", 300, 90000), "query": domain, "qclass": 1, "qclass_name": "C_INTERNET",
        "qtype": qt, "qtype_name": qtype, "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
        "RD": True, "RA": True, "Z": 0, "answers": answers, "TTLs": [float(rng(n, "ttl", 30, 300))] if answers else [],
        "rejected": False,
    }
    if not tsv:
        d = dict(vals)
        d["ts"] = float(d["ts"])
        d["rtt"] = float(d["rtt"])
        if not answers:
            del d["answers"]
            del d["TTLs"]
        return [json.dumps(d)]
    row = []
    for f in ZEEK_DNS_FIELDS:
        v = vals[f]
        if isinstance(v, bool):
            row.append("T" if v else "F")
        elif isinstance(v, list):
            row.append(",".join(str(x) for x in v) if v else "-")
        else:
            row.append(str(v))
    return zeek_header(ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


# --------------------------------------------------------------------------------------
# line builders: DNS servers
# --------------------------------------------------------------------------------------
BLOCKABLE = ("adult_content", "gambling", "filter_bypass", "piracy")


def unbound_lines(ctx, n, domain, qtype, blocked, wrap_syslog=False):
    if pick(n, "ubpfx", ["ascii", "ascii", "epoch"]) == "ascii" or wrap_syslog:
        pfx = ts_syslog(ctx.t0)
    else:
        pfx = "[%d]" % int(ctx.t0.timestamp())
    head = "%s unbound[%d:0] info: " % (pfx, ctx.pid)
    if wrap_syslog:
        head = "<30>%s %s unbound: [%d:0] info: " % (ts_syslog(ctx.t0), "gl-dns-%s" % ctx.code.lower(), ctx.pid)
    q = "%s%s %s. %s IN" % (head, ctx.cip, domain, qtype)
    if blocked and H(n, "ubblk") % 2 == 0:
        zone = ".".join(domain.split(".")[-2:]) if not domain.endswith(".co.uk") else ".".join(domain.split(".")[-3:])
        la = "%s%s. always_nxdomain %s@%d %s. %s IN" % (head, zone, ctx.cip, rng(n, "sport", 1024, 65000), domain, qtype)
        rep = "%s%s %s. %s IN NXDOMAIN 0.000000 1 %d" % (head, ctx.cip, domain, qtype, 17 + len(domain))
        return [q, la, rep]
    rc = "NOERROR"
    rep = "%s%s %s. %s IN %s 0.%06d %d %d" % (head, ctx.cip, domain, qtype, rc, rng(n, "rt", 0, 90000),
                                              H(n, "cached") % 2, rng(n, "rsz", 40, 300))
    v = pick(n, "ubv", ["q", "r", "qr"])
    return {"q": [q], "r": [rep], "qr": [q, rep]}[v]


def dnsmasq_lines(ctx, n, domain, qtype, blocked, wrap_syslog=False):
    pid = 9000 + ctx.pid % 900
    if wrap_syslog:
        head = "<30>%s gl-dns-%s dnsmasq[%d]: " % (ts_syslog(ctx.t0), ctx.code.lower(), pid)
    else:
        head = "%s dnsmasq[%d]: " % (ts_syslog(ctx.t0), pid)
    extra = H(n, "dmx") % 3 != 0
    serial = rng(n, "serial", 1, 99999)
    port = rng(n, "sport", 1024, 65000)
    pre = "%d %s/%d " % (serial, ctx.cip, port) if extra else ""
    q = "%s%squery[%s] %s from %s" % (head, pre, qtype, domain, ctx.cip)
    v = pick(n, "dmv", ["q", "q", "full"])
    if v == "q":
        return [q]
    if blocked:
        if extra:
            return [q, "%s%sconfig %s is 0.0.0.0" % (head, pre, domain)]
        return [q, "%sgravity blocked %s is 0.0.0.0" % (head, domain)]
    ans = ctx.sip if qtype == "A" else "NODATA-IPv6"
    return [q, "%s%sforwarded %s to %s" % (head, pre, domain, pick(n, "upstream", ["1.1.1.1", "9.9.9.9", "8.8.8.8"])),
            "%s%sreply %s is %s" % (head, pre, domain, ans)]


def bind_lines(ctx, n, domain, qtype, blocked):
    addr = "0x7f%s" % hexid(n, "bindaddr", 10)
    port = rng(n, "sport", 1024, 65000)
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)DCK", "-E(0)K"])
    q = "%s queries: info: client @%s %s#%d (%s): query: %s IN %s %s (%s)" % (
        ts_bind(ctx.t0), addr, ctx.cip, port, domain, domain, qtype, flags, ctx.dns)
    if blocked and H(n, "rpz") % 2 == 0:
        r = "%s rpz: info: client @%s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            ts_bind(ctx.t0), addr, ctx.cip, port, domain, domain, qtype, domain)
        return [q, r] if H(n, "rpzq") % 2 else [r]
    return [q]


# --------------------------------------------------------------------------------------
# endpoint events
# --------------------------------------------------------------------------------------
CHAT_APPS = [
    ("Discord.exe", "#general - Discord"), ("Discord.exe", "@%s - Discord"),
    ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Snapchat - Google Chrome"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"), ("Teams.exe", "Chat | Microsoft Teams"),
    ("msedge.exe", "(1) WhatsApp - Personal - Microsoft\u200b Edge"), ("firefox.exe", "Messenger | Facebook \u2014 Mozilla Firefox"),
    ("Snapchat.exe", "Snapchat"), ("chrome.exe", "WhatsApp - Google Chrome"),
]
HANDLES = ["kay.b", "jxdee", "lils_x", "rhys.07", "tayy", "mxrcus", "bex", "deano", "shan", "cal_m"]
DOC_APPS = [
    ("WINWORD.EXE", "Assignment 1 draft.docx - Word"), ("WINWORD.EXE", "Document1 - Word"),
    ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
    ("chrome.exe", "Coursework - Google Docs - Google Chrome"), ("POWERPNT.EXE", "Presentation1 - PowerPoint"),
    ("ONENOTE.EXE", "Class Notebook - OneNote"),
]
NOTE_APPS = [("notepad.exe", "notes.txt - Notepad"), ("chrome.exe", "Google Keep - Google Chrome"),
             ("ONENOTE.EXE", "Quick Notes - OneNote")]
SEARCHBOX = [("chrome.exe", "Google - Google Chrome"), ("msedge.exe", "New tab - Personal - Microsoft\u200b Edge"),
             ("chrome.exe", "YouTube - Google Chrome"), ("firefox.exe", "Mozilla Firefox")]


def endpoint_obj(ctx, n, t, event, process, title=None, text=None, url=None, keys="full"):
    d = {"ts": ts_iso(t)}
    if keys != "nosite":
        d["site"] = ctx.site
    d["device"] = ctx.device
    d["user"] = ctx.user
    d["event"] = event
    if process is not None:
        d["process"] = process
    if event != "process_start" or title is not None:
        d["window_title"] = title
    if event == "text_capture":
        d["text"] = text
        if keys == "full":
            d["url"] = None
    elif event == "url_visit":
        d["url"] = url
    return d


def dump_ep(n, d):
    return json.dumps(d, ensure_ascii=(H(n, "epascii") % 3 == 0))


def split_points(n, text):
    L = len(text)
    if L < 14:
        return [text]
    k = wpick(n, "nfrag", [(1, 62), (2, 27), (3, 11)])
    if k == 1:
        return [text]
    if k == 2:
        p = rng(n, "sp1", 3, L - 3)
        return [text[:p], text[p:]]
    a = rng(n, "sp1", 3, L // 2)
    b = rng(n, "sp2", a + 2, L - 2)
    return [text[:a], text[a:b], text[b:]]


# --------------------------------------------------------------------------------------
# wrapping (syslog 3164 / 5424 / rsyslog JSON envelope)
# --------------------------------------------------------------------------------------

def envelope(ctx, n, host, source, fpath, msg):
    rec = ctx.t0 + _dt.timedelta(seconds=rng(n, "recv", 0, 3), microseconds=rng(n, "recvus", 0, 999999))
    m = json.dumps(msg, ensure_ascii=False).replace("/", "\\/")
    fp = json.dumps(fpath).replace("/", "\\/")
    return '{"ts_received":"%s", "host":"%s", "source":"%s", "file":%s, "message":%s}' % (
        rec.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", host, source, fp, m)


def wrap(ctx, n, line, family):
    """family: squid/clf/e2guardian/endpoint/bind/zeek"""
    how = pick(n, "wrap", ["3164", "5424", "env"])
    host = ctx.device if family == "endpoint" else ctx.pxhost
    if family == "bind":
        host = "gl-dns-%s" % ctx.code.lower()
    tag = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "endpoint": "guardline-agent",
           "bind": "named", "zeek": "zeek"}[family]
    if how == "3164":
        pri = pick(n, "pri", [134, 142, 14, 30])
        return "<%d>%s %s %s[%d]: %s" % (pri, ts_syslog(ctx.t0), host, tag, ctx.pid, line)
    if how == "5424":
        pri = pick(n, "pri", [134, 142, 14, 30])
        return "<%d>1 %s %s %s %d - - %s" % (pri, ts_iso(ctx.t0), host, tag, ctx.pid, line)
    fpath = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
             "e2guardian": "/var/log/e2guardian/access.log", "endpoint": "/var/log/guardline/endpoint.jsonl",
             "bind": "/var/log/named/queries.log", "zeek": "/opt/zeek/logs/current/http.log"}[family]
    src = {"squid": "squid-access", "clf": "squid-access"}.get(family, tag)
    return envelope(ctx, n, host, src, fpath, line)


# --------------------------------------------------------------------------------------
# item realisation
# --------------------------------------------------------------------------------------
CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy",
              "gaming", "social_media", "illegal_content"]


def engine_for(n, opts):
    e = opts.get("eng")
    if e is None:
        return pick(n, "eng", DEFAULT_ENGINES)
    if e in ENGINE_SETS:
        return pick(n, "eng", ENGINE_SETS[e])
    return e


def browser_for(n):
    return pick(n, "browser", BROWSERS)


def typed_stream(ctx, n, text, app):
    proc, title = app
    if "%s" in title:
        title = title % pick(n, "handle", HANDLES)
    frags = split_points(n, text)
    keys = pick(n, "epkeys", ["full", "full", "notext_url", "nosite"])
    lines = []
    t = ctx.t0
    for i, fr in enumerate(frags):
        if i:
            t = t + _dt.timedelta(seconds=rng(n, "gap%d" % i, 1, 9), milliseconds=rng(n, "gapms%d" % i, 0, 999))
        lines.append(dump_ep(n, endpoint_obj(ctx, n, t, "text_capture", proc, title, fr, keys=keys)))
    return lines


def realise(n, it):
    kind, opts = it["kind"], it["opts"]
    ctx = Ctx(n, opts.get("who"))
    text = disguise(n, it["text"], opts.get("disg"))
    cats = [c for c, _ in it["expect"]]
    blocked = any(c in BLOCKABLE for c in cats)

    if kind == "s":
        fam = opts.get("fmt") or wpick(n, "sfmt", [("squid", 16), ("squidfull", 6), ("clf", 14), ("e2guardian", 13),
                                                  ("zeek-http", 12), ("ep_title", 10), ("ep_url", 6),
                                                  ("ep_typed", 6), ("auto", 13)])
        eng = engine_for(n, opts)
        url = search_url(n, eng, text, ctx)
        host = ENGINE_HOST[eng]
        ac = eng.endswith("_ac")
        mime = "application/json" if ac else "text/html"
        inner = fam
        if fam == "auto":
            inner = pick(n, "autoinner", ["squid", "clf", "e2guardian", "ep_title", "squid"])
        if inner == "squid":
            line = squid_native(ctx, n, "GET", url, mime=mime)
        elif inner == "squidfull":
            line = squid_ukfull_get(ctx, n, url, host, mime)
        elif inner == "clf":
            line = clf_line(ctx, n, "GET", url, H(n, "comb") % 3 != 0)
        elif inner == "e2guardian":
            efmt = pick(n, "e2fmt", ["2", "4", "6"] if fam != "auto" else ["2", "4"])
            if H(n, "e2deny") % 100 < 7:
                line = e2g_line(ctx, n, efmt, url, "GET", None if ac else text,
                                "*DENIED-PARAMS* Weighted search term limit of 30 : %d" % rng(n, "wt", 31, 80),
                                403, rng(n, "wt", 31, 80), "-")
            else:
                line = e2g_line(ctx, n, efmt, url, "GET", None if ac else text)
        elif inner == "zeek-http":
            uri = url.split(host, 1)[1]
            lines = zeek_http(ctx, n, host, uri, H(n, "ztsv") % 4 == 0)
            return "zeek-http", lines
        elif inner in ("ep_title", "ep_url"):
            proc, suf = browser_for(n)
            title = search_title(eng, text) + suf
            if inner == "ep_title":
                d = endpoint_obj(ctx, n, ctx.t0, "window_title", proc, title)
            else:
                d = endpoint_obj(ctx, n, ctx.t0, "url_visit", proc, title, url=url)
            line = dump_ep(n, d)
            if fam == "auto":
                return "auto", [wrap(ctx, n, line, "endpoint")]
            return "endpoint", [line]
        elif inner == "ep_typed":
            return "endpoint", typed_stream(ctx, n, text, pick(n, "sbox", SEARCHBOX))
        else:
            raise ValueError(inner)
        if fam == "auto":
            return "auto", [wrap(ctx, n, line, {"squidfull": "squid"}.get(inner, inner))]
        fmt = {"squidfull": "squid"}.get(inner, inner)
        if H(n, "lonewrap") % 100 < 6:
            line = wrap(ctx, n, line, fmt)
        return fmt, [line]

    if kind == "t":
        c = opts.get("ctx", "chat")
        app = pick(n, "app", {"chat": CHAT_APPS, "doc": DOC_APPS, "note": NOTE_APPS, "search": SEARCHBOX}[c])
        lines = typed_stream(ctx, n, text, app)
        if len(lines) == 1 and H(n, "tauto") % 100 < 12:
            return "auto", [wrap(ctx, n, lines[0], "endpoint")]
        return "endpoint", lines

    if kind == "hb":
        c = opts.get("ctx", "chat")
        app = pick(n, "app", {"chat": CHAT_APPS, "doc": DOC_APPS, "note": NOTE_APPS}[c])
        hb = {"ts": ts_iso(ctx.t0 - _dt.timedelta(seconds=rng(n, "hbgap", 20, 50))), "site": ctx.site,
              "device": ctx.device, "user": ctx.user, "event": "heartbeat", "agent_version": "2.7.%d" % rng(n, "av", 0, 9)}
        return "endpoint", [json.dumps(hb)] + typed_stream(ctx, n, text, app)

    if kind == "w":
        title = text
        proc = opts.get("proc")
        if opts.get("browser"):
            p, suf = browser_for(n)
            title = title + suf
            proc = proc or p
        if proc is None:
            for suf, p in ((" - Google Chrome", "chrome.exe"), ("Microsoft\u200b Edge", "msedge.exe"),
                           ("Mozilla Firefox", "firefox.exe"), (" - Word", "WINWORD.EXE"),
                           (" - Excel", "EXCEL.EXE"), (" - PowerPoint", "POWERPNT.EXE")):
                if title.endswith(suf):
                    proc = p
        d = endpoint_obj(ctx, n, ctx.t0, "window_title", proc or "explorer.exe", title)
        line = dump_ep(n, d)
        if H(n, "wauto") % 100 < 15:
            return "auto", [wrap(ctx, n, line, "endpoint")]
        return "endpoint", [line]

    if kind == "p":
        d = endpoint_obj(ctx, n, ctx.t0, "process_start", text)
        line = dump_ep(n, d)
        if H(n, "pauto") % 100 < 12:
            return "auto", [wrap(ctx, n, line, "endpoint")]
        return "endpoint", [line]

    if kind == "u":
        fam = opts.get("fmt") or wpick(n, "ufmt", [("squid", 18), ("squidfull", 8), ("clf", 14), ("e2guardian", 12),
                                                  ("zeek-http", 10), ("ep_url", 22), ("auto", 12)])
        host = text.split("/")[2]
        inner = fam if fam != "auto" else pick(n, "autoinner", ["squid", "clf", "e2guardian", "ep_url"])
        if inner == "squid":
            line = squid_native(ctx, n, "GET", text)
        elif inner == "squidfull":
            line = squid_ukfull_get(ctx, n, text, host)
        elif inner == "clf":
            line = clf_line(ctx, n, "GET", text, H(n, "comb") % 2 == 0)
        elif inner == "e2guardian":
            line = e2g_line(ctx, n, pick(n, "e2fmt", ["2", "4", "6"] if fam != "auto" else ["2", "4"]), text, "GET", None)
        elif inner == "zeek-http":
            return "zeek-http", zeek_http(ctx, n, host, text.split(host, 1)[1], H(n, "ztsv") % 4 == 0)
        elif inner == "ep_url":
            proc, suf = browser_for(n)
            title = opts.get("title")
            d = endpoint_obj(ctx, n, ctx.t0, "url_visit", proc, (title + suf) if title else None, url=text)
            line = dump_ep(n, d)
            if fam == "auto":
                return "auto", [wrap(ctx, n, line, "endpoint")]
            return "endpoint", [line]
        if fam == "auto":
            return "auto", [wrap(ctx, n, line, {"squidfull": "squid"}.get(inner, inner))]
        return {"squidfull": "squid"}.get(inner, inner), [line]

    if kind == "d":
        dom = text
        qtype = wpick(n, "qtype", [("A", 70), ("AAAA", 20), ("HTTPS", 10)])
        fam = opts.get("fmt") or wpick(n, "dfmt", [("unbound", 19), ("dnsmasq", 18), ("bind", 19), ("zeek-dns", 14),
                                                  ("squid_connect", 5), ("squidfull_connect", 6),
                                                  ("e2g_connect", 5), ("auto", 14)])
        if fam == "unbound":
            return "unbound", unbound_lines(ctx, n, dom, qtype, blocked)
        if fam == "dnsmasq":
            return "dnsmasq", dnsmasq_lines(ctx, n, dom, qtype, blocked)
        if fam == "bind":
            return "bind", bind_lines(ctx, n, dom, qtype, blocked)
        if fam == "zeek-dns":
            return "zeek-dns", zeek_dns(ctx, n, dom, qtype, H(n, "ztsv") % 4 == 0)
        if fam == "squid_connect":
            if blocked and H(n, "deny") % 2 == 0:
                return "squid", [squid_native(ctx, n, "CONNECT", "%s:443" % dom, "TCP_DENIED/403", "text/html", 3454)]
            return "squid", [squid_native(ctx, n, "CONNECT", "%s:443" % dom, "TCP_TUNNEL/200", "-")]
        if fam == "squidfull_connect":
            return "squid", squid_ukfull_connect(ctx, n, dom)
        if fam == "e2g_connect":
            efmt = pick(n, "e2fmt", ["2", "4", "6"])
            if blocked and H(n, "deny") % 2 == 0:
                return "e2guardian", [e2g_line(ctx, n, efmt, "https://%s:443" % dom, "CONNECT", None,
                                               "*DENIED* Blocked site (local): %s" % dom, 403)]
            return "e2guardian", [e2g_line(ctx, n, efmt, "https://%s:443" % dom, "CONNECT", None)]
        # auto: wrapped DNS lines
        how = pick(n, "dauto", ["unbound_sys", "dnsmasq_sys", "bind_wrap", "unbound_env", "squid_wrap"])
        if how == "unbound_sys":
            return "auto", unbound_lines(ctx, n, dom, qtype, blocked, wrap_syslog=True)
        if how == "dnsmasq_sys":
            return "auto", dnsmasq_lines(ctx, n, dom, qtype, blocked, wrap_syslog=True)
        if how == "bind_wrap":
            return "auto", [wrap(ctx, n, l, "bind") for l in bind_lines(ctx, n, dom, qtype, blocked)]
        if how == "unbound_env":
            ls = unbound_lines(ctx, n, dom, qtype, blocked)
            return "auto", [envelope(ctx, n, "gl-dns-%s" % ctx.code.lower(), "unbound", "/var/log/unbound/unbound.log", l)
                            for l in ls]
        return "auto", [wrap(ctx, n, squid_native(ctx, n, "CONNECT", "%s:443" % dom, "TCP_TUNNEL/200", "-"), "squid")]

    raise ValueError(kind)


# --------------------------------------------------------------------------------------
# the hand-written items
# --------------------------------------------------------------------------------------
ITEMS = []


def _exp(s):
    out = []
    for part in s.split(","):
        c, l = part.strip().split(":")
        assert c in CATEGORIES, c
        out.append((c, int(l)))
    return out


def P(kind, text, expect, allow="", **opts):
    al = [a.strip() for a in allow.split(",") if a.strip()]
    for a in al:
        assert a in CATEGORIES, a
    ITEMS.append({"kind": kind, "text": text, "expect": _exp(expect), "allow": al, "opts": opts})


def N(kind, text, **opts):
    ITEMS.append({"kind": kind, "text": text, "expect": [], "allow": [], "opts": opts})


# ======================================================================================
# POSITIVES
# ======================================================================================

# ---- suicide -------------------------------------------------------------------------
P("s", "how many paracetamol does it take to not wake up", "suicide:5")
P("s", "is north pier high enough to die if you jump at low tide", "suicide:5")
P("t", "i keep looking at the sea and thinking how easy it would be to just walk in and not come back", "suicide:4")
P("t", "tonights the night. ive written letters for mum and our kid, theyre in my bag", "suicide:5")
P("s", "best time to go to beachy head so nobody stops you", "suicide:5")
P("t", "honestly ready to kms, nothing left for me in this town", "suicide:4")
P("t", "i dont want to be alive anymore", "suicide:4")
P("s", "h0w t0 k1ll mys3lf w1th0ut p41n", "suicide:5")
P("s", "how much insulin to overdose and die", "suicide:5", disg="homo")
P("t", "if i jumped off the cliffs at hastings country park would it be quick", "suicide:5")
P("t", "been thinking about unaliving myself a lot lately tbh", "suicide:4")
P("s", "unalive methods that actually work", "suicide:5", eng="vid")
P("t", "everyone would be better off without me. ive sorted out how im going to do it", "suicide:5")
P("t", "gonna take all my nans tablets tonight and just go to sleep for good", "suicide:5")
P("t", "said bye to my dog this morning. wont be in tomorrow, or ever", "suicide:5")
P("t", "i just want to disappear for good and not wake up", "suicide:4", disg="zw")
P("s", "how to write a suicide note to your family", "suicide:5")
P("s", "e.a.s.i.e.s.t way to d.i.e", "suicide:5")
P("t", "i cant do this anymoreeee i want everything to stopppp forever", "suicide:4")
P("t", "whats the quickest way to end it, asking for real not a joke", "suicide:5")
P("t", "dwi isio marw, dim pwynt i ddim byd", "suicide:4")
P("d", "sanctioned-suicide.net", "suicide:4")
P("s", "how long does it take to drown if you go in on purpose", "suicide:5")
P("t", "bought a rope from b&m today. dont worry about me anymore x", "suicide:5")

# ---- self harm and eating disorders -------------------------------------------------
P("t", "cut again last night, deeper than before. wearing my hoodie so no one sees", "self_harm:4")
P("s", "how to hide self harm scars from parents", "self_harm:4")
P("s", "how to hide cuts on arms when catering uniform is short sleeves", "self_harm:4")
P("t", "ive been burning myself with my lighter when it gets bad", "self_harm:4")
P("s", "where to get sh blades", "self_harm:4")
P("t", "relapsed after 40 days clean \U0001f614 sh", "self_harm:4")
P("s", "how to stop eating without anyone noticing", "self_harm:4")
P("s", "pro ana tips to stay under 500 calories", "self_harm:4")
P("s", "thinspo", "self_harm:3", eng="vid")
P("t", "had nothing but black coffee and chewing gum for 3 days, need to drop another stone before summer season starts", "self_harm:3")
P("s", "how to make yourself sick after eating quietly", "self_harm:4")
P("s", "how many laxatives to lose weight fast", "self_harm:4")
P("t", "i deserve the pain honestly, its the only thing that helps", "self_harm:4")
P("t", "my arms are a mess again, told chef i caught them on the fryer", "self_harm:4")
P("s", "cat scratch excuse for cuts on wrist", "self_harm:4")
P("s", "self-h@rm without leaving scars", "self_harm:4")
P("s", "how to stop s/h urges at night", "self_harm:3")
P("s", "ana coach snapchat", "self_harm:4", "grooming")
P("t", "i want to hurt myself so bad right now", "self_harm:4", disg="homo")
P("t", "scratched my arm till it bled with the compass in maths lol no one even noticed", "self_harm:4")
P("t", "been snapping my bobble on my wrist till it bruises, better than the other thing", "self_harm:4")
P("t", "\U0001fa79\U0001fa79 new ones on my thighs, nobody checks there", "self_harm:4")

# ---- radicalisation -----------------------------------------------------------------
P("s", "patriotic alternative how to join", "radicalisation:4", "discrimination")
P("s", "homeland party uk young members", "radicalisation:3", "discrimination")
P("t", "the hotel on the seafront wants burning down with them still in it. whos coming saturday, bring petrol", "violence:5,radicalisation:4", "discrimination")
P("s", "great replacement theory proof white britain", "radicalisation:4", "discrimination")
P("s", "tommy robinson telegram channel link", "radicalisation:3")
P("s", "remigration now stickers where to buy", "radicalisation:3", "discrimination")
P("t", "join the active club lads, gym and boxing every sunday, proper brotherhood. whites only obviously", "radicalisation:4", "discrimination")
P("s", "christchurch shooter manifesto pdf", "radicalisation:4", "illegal_content,violence")
P("s", "buffalo shooting livestream full video", "radicalisation:4", "violence,illegal_content")
P("s", "h0w t0 j01n n4t10n4l 4ct10n", "radicalisation:4")
P("t", "the small boats should be rammed and sunk before they reach the beach, do it once and watch how quick they stop coming", "radicalisation:4", "violence,discrimination")
P("s", "islamic state nasheeds download", "radicalisation:4")
P("s", "how to make a pressure cooker bomb", "violence:5", "radicalisation")
P("t", "saw the its ok to be white stickers by the bus station, who do i message to get involved", "radicalisation:3", "discrimination")
P("s", "14 words meaning and where to get it tattooed", "radicalisation:3", "discrimination")
P("d", "www.stormfront.org", "radicalisation:4", "discrimination")
P("s", "how to get into the war room tate", "radicalisation:3", "discrimination")
P("s", "siege culture reading list pdf", "radicalisation:4", disg="homo")
P("t", "we should start our own patrols on the beach at night and stop the boats ourselves, bring bats", "radicalisation:4,violence:3", "discrimination")
P("t", "sent u the telegram link, proper race war stuff, watch the videos before u decide", "radicalisation:4", "discrimination,violence")

# ---- grooming / CSE / sextortion ----------------------------------------------------
P("t", "hes 24 but he says age is just a number and im really mature for 15", "grooming:4")
P("t", "the taxi driver from outside the arcade said i can have free rides home if i dont tell my social worker", "grooming:4")
P("t", "dont tell anyone about us yeah, and delete this chat after x", "grooming:4")
P("t", "ill pick you up from the amusements at 9, wear the dress i got you and dont bring your mate", "grooming:5")
P("t", "u got snap? send me a pic in ur uniform babe", "grooming:4")
P("t", "the lads at the takeaway give us free chips and vodka and let us chill upstairs after closing", "grooming:4")
P("t", "he said if i really loved him id do stuff with his mates as well", "grooming:4")
P("s", "my boyfriend is 26 and im 15 is that illegal", "grooming:4")
P("t", "meet me round the back of the pleasure beach car park tonight 10pm, ill be in the silver merc. come on your own", "grooming:5")
P("t", "he pays for my phone and my nails so i kind of owe him", "grooming:4")
P("t", "hes got my nudes and says hell send them to my whole college unless i pay him \u00a3200 by tonight", "grooming:4", "illegal_content,adult_content")
P("s", "someone is threatening to post my nudes what do i do im 16", "grooming:4", "illegal_content")
P("t", "send me one more pic or im sending the first ones to your mum. you have 10 mins", "grooming:4", "bullying,illegal_content")
P("t", "s3nd n00dz or ur fr13nds s33 3v3ryth1ng", "grooming:4", "bullying,illegal_content")
P("t", "how old are u? ur bio says 19 but u look younger ;) i like that", "grooming:4")
P("t", "hes 30 and i stay at his flat some weekends, he gets me weed and lets me drink", "grooming:4", "drugs")
P("t", "come round mine after your shift \U0001f618 wifes away. dont mention it to anyone at work", "grooming:4")
P("t", "if u send a vid ill put \u00a350 on ur card", "grooming:4", "adult_content,illegal_content")
P("t", "my mates uncle says he can get me modelling work, just need to send some pics in my underwear first", "grooming:4")
P("t", "our little secret okay? nobody else would understand us", "grooming:4", disg="zw")
P("s", "how to get a 14 year old to trust you", "grooming:4")
P("t", "the man in the b&b room next door keeps giving me vapes and asking me in for a drink", "grooming:4")
P("t", "save my number as chloe so ur foster carer doesnt ask who im", "grooming:4")
P("t", "my manager at the holiday park keeps messaging me at night saying im his favourite and not to tell the others", "grooming:4")
P("t", "get the 10:40 train to the coast, ill meet u off it and u can stay at mine. dont tell ur mum where ur going", "grooming:5")

# ---- bullying -----------------------------------------------------------------------
P("t", "everyone in the gc agrees ur a fat tramp, just leave college already", "bullying:3")
P("t", "kys nobody would miss u", "bullying:3", "suicide")
P("t", "post the vid of her crying in the toilets on the story lmaooo", "bullying:3")
P("t", "we all voted and ur officially the ugliest in hospitality level 2 \U0001f602\U0001f602", "bullying:3")
P("t", "they keep putting my pic on the rate the tramps page and i cant get it taken down", "bullying:3")
P("t", "if you come to college tomorrow were all gonna jump you at the bus stop", "violence:4", "bullying")
P("t", "made a fake insta of him with all his mums pics, sending it round tonight", "bullying:3")
P("t", "lmao ur dad left cos ur a freak, even ur carers only put up with u cos they get paid", "bullying:3")
P("t", "nobody sit with the smelly b&b kid tomorrow", "bullying:3")
P("t", "ur such a f r e a k, everyone laughs at u behind ur back", "bullying:3")
P("t", "leaked her address in the group chat so everyone knows she lives at the hostel", "bullying:3")
P("t", "i cant go in tomorrow, they keep calling me names and throwing chips at me in the canteen", "bullying:3")
P("t", "\U0001f921\U0001f921\U0001f921 look at his trainers, cant even afford real ones, charity shop boy", "bullying:3")
P("t", "ur sooooo pathetic, cry moreeee", "bullying:3")
P("t", "shes been getting hundreds of anon messages calling her a slag every night since the party", "bullying:3")
P("t", "add everyone except him to the new gc, let him find out on monday", "bullying:3")

# ---- discrimination -----------------------------------------------------------------
P("t", "the asylum hotel lot are all rapists, every single one of them", "discrimination:3", "radicalisation")
P("t", "cant even walk down the high street anymore without hearing foreign, this isnt england", "discrimination:3")
P("t", "hes polish so hell work for nothing lol, proper pikey", "discrimination:3")
P("t", "no muslims at my sisters wedding, theyre all terrorists", "discrimination:3")
P("t", "dont let the gay lad in the changing rooms, hell be looking", "discrimination:3")
P("s", "why are romanians all thieves", "discrimination:3")
P("t", "girls cant do marine engineering, stick to hair and beauty", "discrimination:2")
P("t", "send them back on the boats, p4k1s and all", "discrimination:3", "radicalisation")
P("t", "trans people are mentally ill and shouldnt be allowed near kids", "discrimination:3")
P("t", "we were doing monkey noises at the new lad in football, he was fuming \U0001f602", "discrimination:3", "bullying")
P("t", "jews own all the banks thats why were all skint", "discrimination:3", "radicalisation")
P("t", "hes a f@g everyone knows it", "discrimination:3", "bullying")
P("t", "fill the dinghies with holes and push them back out, not our problem", "discrimination:3", "radicalisation,violence")
P("t", "disabled kids shouldnt be in normal college, they slow everyone down, bunch of retards", "discrimination:3")
P("t", "all the foreigners at the fish factory are on benefits and nicking our jobs", "discrimination:3")
P("s", "chinese virus jokes", "discrimination:3")
P("t", "go back to ur caravan gyppo", "discrimination:3", "bullying")

# ---- adult content ------------------------------------------------------------------
P("s", "free porn no sign up", "adult_content:3")
P("d", "www.xnxx.com", "adult_content:3")
P("d", "onlyfans.com", "adult_content:3")
P("s", "onlyfans leaks blackpool", "adult_content:3")
P("s", "p0rnhub", "adult_content:3")
P("s", "xhamster", "adult_content:3", eng="ac")
P("s", "leaked snapchat nudes", "adult_content:3", "illegal_content")
P("d", "chaturbate.com", "adult_content:3")
P("s", "hentai", "adult_content:3")
P("w", "Free Porn Videos & Sex Movies - Porno, XXX, Porn Tube | Pornhub - Google Chrome", "adult_content:3")
P("s", "s e x videos hd", "adult_content:3")
P("s", "gonewild", "adult_content:3", eng="reddit")
P("d", "spankbang.com", "adult_content:3")
P("d", "www.redtube.com", "adult_content:3")
P("t", "send me the link to that onlyfans vid everyones watching", "adult_content:3")
P("u", "https://www.redgifs.com/watch/fluffyhollowbluebird", "adult_content:3")
P("s", "nude pics of girls", "adult_content:3", disg="full")

# ---- drugs, county lines, alcohol ---------------------------------------------------
P("t", "need 2 runners for skeg this weekend, train from nottingham, \u00a3300 each, phones provided", "drugs:4", "grooming")
P("t", "lost the bag on the train and now theyre saying i owe them 2 grand, they know where my nan lives", "drugs:4", "violence,grooming")
P("t", "were using pauls flat on the estate now, hes too out of it to argue lol", "drugs:4", "grooming,violence")
P("t", "got ket, bags of white and 2s, dm me on snap, yarmouth drop offs only", "drugs:3")
P("s", "where to buy ket in margate", "drugs:3")
P("s", "how much is a g of coke in blackpool", "drugs:3")
P("s", "how long does spice stay in your system", "drugs:3")
P("t", "got any nos? want a couple of chargers for the beach tonight", "drugs:3")
P("t", "lines been busy all day, text the new number for a tenner bag", "drugs:3")
P("t", "c0k3 4 s4l3 dm m3", "drugs:3")
P("t", "\U0001f343\u2744\ufe0f\U0001f48a menu out now, delivering rhyl prestatyn kinmel bay", "drugs:3")
P("t", "holding the line phone this week, they put me in a b&b in hastings with a pack to shift", "drugs:4", "grooming")
P("s", "how to plug drugs so police cant find them", "drugs:4")
P("t", "been smoking crack with the lads from the flat, its not even that bad honestly", "drugs:3")
P("s", "mamba spice buy online uk", "drugs:3")
P("s", "how to pass a drug test for weed in 3 days", "drugs:3")
P("t", "can you sort me some bud for tonight, meet at the slots", "drugs:3")
P("t", "took 3 pills at the caravan party and i cant feel my face, is that normal??", "drugs:3")
P("s", "mandy price per gram uk", "drugs:3", disg="homo")
P("t", "if you dont do the run saturday were coming to the hostel. you know what happens", "drugs:4", "violence,grooming")
P("t", "the youngers from liverpool are running the flats by the tower now, they need someone local to hold", "drugs:4", "grooming")
P("s", "county lines how much do runners get paid", "drugs:3")
P("t", "dabs and carts in stock, thc vapes \u00a330, college drop at dinner", "drugs:3")
P("t", "drank a full bottle of vodka before college again, hands wont stop shaking", "drugs:3")
P("t", "wanna go halves on a 3.5 for the weekend", "drugs:3")

# ---- gambling -----------------------------------------------------------------------
P("d", "stake.com", "gambling:2")
P("s", "free spins no deposit 2027", "gambling:2")
P("s", "how to win on fruit machines every time", "gambling:2")
P("t", "lost my whole first wage on the slots in the arcade, need to win it back before rents due", "gambling:2")
P("s", "payday loan instant decision to pay off betting debts", "gambling:2")
P("s", "betting sites that dont check id", "gambling:2")
P("d", "www.skybet.com", "gambling:2")
P("d", "www.paddypower.com", "gambling:2")
P("d", "www.betfred.com", "gambling:2")
P("d", "www.coral.co.uk", "gambling:2")
P("s", "acca tips tonight", "gambling:2")
P("t", "put my nans birthday money on a 10 fold, if it comes in im getting a ps5", "gambling:2")
P("s", "how to get round gamstop", "gambling:2", "filter_bypass")
P("s", "sl0ts 4 r34l m0n3y", "gambling:2")
P("t", "borrowed off a loan app to chase my losses on sky vegas, owe 900 now", "gambling:2")
P("s", "fruit machine cheats hold and nudge", "gambling:2")
P("s", "csgo case opening sites free coins", "gambling:2", "gaming")
P("w", "Sky Vegas | Online Casino | Slots & Live Casino Games", "gambling:2", browser=True)

# ---- violence, weapons, domestic abuse ----------------------------------------------
P("t", "bringing the blade to the seafront saturday, if hes there hes getting shanked", "violence:5")
P("s", "zombie knife for sale uk", "violence:4")
P("s", "where can i buy a machete without id", "violence:4")
P("t", "gonna batter him outside the chippy after college, someone film it", "violence:4")
P("s", "how to make a knuckle duster at home", "violence:4")
P("t", "theres a ting stashed in the bushes by the bandstand if it kicks off", "violence:4")
P("s", "seafront fight blackpool video", "violence:3", eng="vid")
P("t", "were gonna do him with a bat when he comes out the gym", "violence:5")
P("s", "how hard do you have to hit someone to knock them out", "violence:3")
P("t", "my step dad threw mum down the stairs again last night, she said not to tell anyone", "violence:4")
P("t", "he grabs my neck when we argue but he always says sorry after", "violence:4")
P("t", "my boyfriend checks my phone every night and says hell kill himself if i leave him", "violence:3", "suicide")
P("s", "how to throw acid on someone without getting caught", "violence:5")
P("t", "im gonna stab him in his neck when i see him", "violence:5")
P("s", "b3st kn1f3 t0 c4rry f0r pr0t3ct10n", "violence:4")
P("t", "mums fella came back drunk and is smashing the place up, me and my little brother are hiding in the bedroom", "violence:5")
P("t", "bring the hammers, were doing his windows tonight for what he said about my sister", "violence:4")
P("t", "\U0001f52a\U0001f52a ur dead when i see u \U0001f52a", "violence:4", "bullying")
P("s", "gun for sale manchester snapchat", "violence:4", "illegal_content")
P("t", "if she talks to him again im gonna smash her face in", "violence:4", "bullying")

# ---- filter bypass ------------------------------------------------------------------
P("s", "how to get past the college wifi block", "filter_bypass:2")
P("d", "protonvpn.com", "filter_bypass:2")
P("d", "www.hotspotshield.com", "filter_bypass:2")
P("d", "www.croxyproxy.com", "filter_bypass:2")
P("d", "psiphon.ca", "filter_bypass:2")
P("d", "windscribe.com", "filter_bypass:2")
P("p", "tor.exe", "filter_bypass:2")
P("p", "psiphon3.exe", "filter_bypass:2")
P("p", "ProtonVPN.exe", "filter_bypass:2")
P("s", "unblocked games 66 ez", "filter_bypass:2", "gaming")
P("s", "how to use a vpn on a school chromebook without admin", "filter_bypass:2")
P("t", "just hotspot off ur phone or use the google translate trick, gets past the filter every time", "filter_bypass:2")
P("s", "how to turn off guardline on college laptop", "filter_bypass:2")
P("s", "kill securly extension chromebook", "filter_bypass:2")
P("s", "p r o x y sites that still work 2027", "filter_bypass:2")
P("u", "https://www.blockaway.net/", "filter_bypass:2")
P("w", "Hotspot Shield - Fast & Secure VPN", "filter_bypass:2", proc="HSSCP.exe")

# ---- hacking and scams --------------------------------------------------------------
P("s", "how to hack someones snapchat without them knowing", "hacking:3")
P("s", "phishing kit santander download", "hacking:3", "illegal_content")
P("t", "selling og fortnite accounts, got renegade raider, all cracked from a combo list, \u00a340 each", "hacking:3", "gaming")
P("s", "how to ddos someone on xbox", "hacking:3", "gaming")
P("s", "grabify ip logger", "hacking:2")
P("d", "grabify.link", "hacking:2")
P("s", "sim swap tutorial", "hacking:3", eng="vid")
P("t", "anyone got the sauce for the amazon refund method, need it for a ps5", "hacking:2", "illegal_content")
P("s", "crack college wifi password aircrack", "hacking:3", "filter_bypass")
P("s", "usb keylogger to put on teachers computer", "hacking:3")
P("p", "mimikatz.exe", "hacking:2")
P("s", "buy fullz uk", "hacking:3", "illegal_content")
P("t", "this link gives u free vbucks, send it to ur whole friends list \U0001f602 (its my phishing page)", "hacking:3")
P("s", "how to get into my exs instagram i know her email", "hacking:3")

# ---- piracy -------------------------------------------------------------------------
P("s", "watch euphoria season 3 free online", "piracy:1")
P("d", "1337x.to", "piracy:1")
P("d", "thepiratebay.org", "piracy:1")
P("d", "yts.mx", "piracy:1")
P("s", "fmovies alternatives that still work", "piracy:1", eng="reddit")
P("s", "premier league streams free reddit", "piracy:1")
P("s", "fitgirl repacks gta", "piracy:1", "gaming")
P("p", "qbittorrent.exe", "piracy:1")
P("s", "spotify premium apk cracked", "piracy:1", "hacking")
P("s", "fire stick jailbreak sky sports", "piracy:1", eng="vid")
P("s", "z library alternative free textbooks pdf", "piracy:1")

# ---- gaming -------------------------------------------------------------------------
P("d", "www.roblox.com", "gaming:1")
P("d", "store.steampowered.com", "gaming:1")
P("d", "poki.com", "gaming:1")
P("s", "fortnite item shop today", "gaming:1")
P("p", "RobloxPlayerBeta.exe", "gaming:1")
P("w", "Minecraft 1.21.4 - Multiplayer (3rd-party Server)", "gaming:1", proc="javaw.exe")
P("s", "cool math games", "gaming:1")
P("u", "https://www.epicgames.com/fortnite/en-US/home", "gaming:1")

# ---- social media -------------------------------------------------------------------
P("d", "www.instagram.com", "social_media:1")
P("d", "web.snapchat.com", "social_media:1")
P("d", "www.tiktok.com", "social_media:1")
P("d", "discord.com", "social_media:1", "gaming")
P("w", "Instagram \u2022 Chats", "social_media:1", browser=True)
P("u", "https://www.tiktok.com/foryou", "social_media:1")
P("u", "https://x.com/home", "social_media:1")

# ---- illegal content ----------------------------------------------------------------
P("s", "fake id uk that passes challenge 25", "illegal_content:3")
P("s", "where to buy counterfeit \u00a320 notes", "illegal_content:3")
P("t", "anyone got the vid of the year 11 girl from hastings, the one with her top off", "illegal_content:4", "adult_content,bullying")
P("t", "add me on tele ill send the folder, theyre all under 16 no cap", "illegal_content:4", "adult_content")
P("s", "cp links telegram", "illegal_content:4", "adult_content")
P("s", "teen nudes leaked snapchat 15", "illegal_content:4", "adult_content")
P("s", "dark web market link working", "illegal_content:3", "drugs")
P("t", "my mate can do you a fake provisional for \u00a380, looks proper legit", "illegal_content:3")
P("s", "how to print fake \u00a310 notes at home", "illegal_content:3")
P("t", "saw the beheading vid on telegram, want the link?", "illegal_content:4", "violence,radicalisation")

# ---- mixed --------------------------------------------------------------------------
P("t", "sold my nans tramadol to get money for the bookies", "drugs:3,gambling:2")
P("t", "he gives me free credit on the slots if i hold stuff for him at my flat", "drugs:4,gambling:2", "grooming")

# ======================================================================================
# HARD NEGATIVES (expect [])
# ======================================================================================

# ---- water safety, RNLI, coastguard -------------------------------------------------
N("s", "rnli float to live campaign")
N("s", "cold water shock how long do you have")
N("s", "how to escape a rip current swim parallel")
N("s", "uk coastal drowning statistics rnli", eng="wiki")
N("t", "Task 3: Explain how the RNLI Respect the Water campaign aims to reduce coastal deaths among young men aged 16-24.", ctx="doc")
N("s", "why is tombstoning off harbour walls dangerous")
N("d", "rnli.org")
N("t", "lifeboat got called out to a kitesurfer off skeg, half the class ran to the window", ctx="chat")
N("w", "Beach Safety Quiz - RNLI - Google Forms - Google Chrome")

# ---- lifeguard and first aid --------------------------------------------------------
N("s", "nplq theory questions pool lifeguard")
N("s", "spinal injury rescue in shallow water technique", eng="vid")
N("t", "remember to bring your rescue tube for the beach lifeguard assessment on saturday")
N("s", "first aid for stab wounds catastrophic bleeding tourniquet")
N("t", "Apply direct pressure to the wound. If there is an embedded object such as a knife, do not remove it; pad around it.", ctx="doc")
N("s", "naloxone training for hostel staff", who="staff")
N("s", "first aid at work recognising drug and alcohol poisoning")
N("d", "www.sja.org.uk")
N("s", "fish hook removal first aid")

# ---- fishing, boats, marine engineering ---------------------------------------------
N("s", "how to gut and fillet a mackerel", eng="vid")
N("s", "best fillet knife for sea fishing uk", eng="amazon")
N("s", "how to kill a fish humanely with a priest")
N("t", "skipper says were shooting the nets at 4am so be at the harbour for half 3")
N("s", "how to bleed a marine diesel fuel system")
N("t", "can you gut the bass while i ice the crates, buyers here at 7")
N("s", "seafish sea survival course dates")
N("s", "how to dispatch a lobster humanely")
N("s", "cock crab vs hen crab which has more meat")
N("s", "how to tell the sex of a lobster")
N("s", "stripping antifouling paint off a boat hull")
N("d", "www.seafish.org")
N("d", "www.rya.org.uk")
N("t", "tides turning at 2, well launch off the slipway after dinner")
N("w", "Marine Engineering L2 - Unit 7 Diesel Fuel Systems.pptx - PowerPoint")

# ---- catering and kitchens ----------------------------------------------------------
N("s", "boning knife vs filleting knife")
N("s", "how to bone a leg of lamb", eng="vid")
N("s", "sauce split kill the heat and whisk in cold butter")
N("s", "how to sharpen a chef knife on a whetstone")
N("s", "how to use a cream whipper with chargers for chantilly", eng="amazon")
N("t", "chef said slice the beef thin, bash it out, rest it, then kill the heat under the jus")
N("s", "deep fat fryer burn first aid")
N("s", "jagerbomb and shots list for bar training")
N("s", "spice bag recipe chinese takeaway")
N("t", "put your knives back in the roll before you leave the kitchen or chef will go mental")
N("w", "Knife skills assessment checklist.xlsx - Excel")
N("t", "who nicked my santoku, it had my name on the handle")
N("s", "how to crack crab claws without a cracker")

# ---- pub and bar work ---------------------------------------------------------------
N("s", "challenge 25 how to spot a fake id")
N("s", "licensing act 2003 selling alcohol to a drunk person offence")
N("t", "If they look under 25, ask for ID. No ID, no sale. Accepted: passport, photocard driving licence, PASS card.", ctx="doc")
N("s", "proxy sales of alcohol meaning")
N("s", "drink spiking signs bar staff training")
N("t", "can u swap my friday bar shift, got my cousins 18th")

# ---- arcades, amusements, holiday parks ---------------------------------------------
N("s", "category d gaming machines age limit")
N("s", "butlins skegness redcoat audition tips", eng="vid")
N("t", "shift at the arcade tomorrow 10 till 6, on the change booth then the grabbers")
N("t", "my grandad fixed the fruit machines on the golden mile in the 70s, hes got loads of stories")
N("d", "www.blackpoolpleasurebeach.com")
N("d", "www.butlins.com")
N("d", "www.haven.com")

# ---- health and social care coursework ----------------------------------------------
N("s", "cuckooing definition safeguarding adults")
N("s", "county lines signs for care workers")
N("s", "nice guidelines self harm young people")
N("t", "P3: Describe signs that an adult at risk may be experiencing financial abuse, for example a family member taking their pension.", ctx="doc")
N("s", "eating disorder warning signs for youth workers")
N("s", "criminal exploitation unit 10 health and social care")
N("t", "Young carers may miss college because they are looking after a parent with a disability or an addiction.", ctx="doc")
N("s", "domestic abuse act 2021 coercive control definition")
N("t", "Case study: Mrs P, 78, has people staying in her flat who she does not know and her money keeps going missing. Identify the type of abuse.", ctx="doc")
N("w", "Unit 12 Safeguarding Adults assignment.docx - Word")
N("s", "what does talk to frank do health and social care")

# ---- set texts and humanities -------------------------------------------------------
N("s", "an inspector calls eva smith death quotes")
N("s", "lady macbeth death act 5 analysis")
N("s", "romeo and juliet poison scene analysis", eng="vid")
N("s", "why does george shoot lennie")
N("s", "lord of the flies piggy death symbolism")
N("t", "In Act 4 Macbeth orders the murder of Macduff's wife and children, showing how far he has fallen into tyranny.", ctx="doc")
N("s", "ophelia drowning millais painting analysis", eng="wiki")
N("w", "Eva Smith essay draft - Google Docs - Google Chrome")
N("s", "history of the british union of fascists a level essay")
N("s", "windrush generation history", eng="wiki")

# ---- sport --------------------------------------------------------------------------
N("s", "how to shoot a free kick with power", eng="vid")
N("t", "we absolutely murdered them 6-0 on saturday \U0001f602")
N("s", "knockout of the year boxing highlights", eng="vid")
N("s", "how do junior boxers make weight safely")
N("d", "www.skysports.com")

# ---- jokes, hyperbole, everyday chat ------------------------------------------------
N("t", "this unit 4 assignment is actually killing me")
N("t", "im gonna kill my brother if he eats my chips again lol")
N("t", "chef is gonna murder me, i burnt the whole tray of yorkshires")
N("t", "dying \U0001f480\U0001f480 that seagull just nicked his whole pasty")
N("t", "id literally die for a greggs rn")
N("t", "kill me now, double maths then a 5 hour shift")
N("t", "that set at the club was sick, proper killer tunes")
N("t", "shoot me a text when ur at the station")
N("t", "my nan drives like shes trying to kill us all")
N("t", "this heat is murder, the chippy is like a furnace")
N("t", "bros cooked \U0001f480 forgot his ID for the bar")
N("t", "im dead meat if my mum finds out i missed the bus again")
N("t", "i could murder a kebab")
N("t", "the waltzer nearly killed me, never again lol")
N("t", "my feet are killing me after that shift")
N("t", "these roast potatoes are to die for")
N("t", "im so done with this essay, going for a walk on the pier to clear my head")
N("t", "the sea was freezing today, only lasted 2 mins in the water lol")
N("t", "sooooo bored in this lesson, is it home time yet")
N("t", "omg the sunset off the pier tonight \U0001f60d\U0001f305")

# ---- music --------------------------------------------------------------------------
N("s", "suicideboys uk tour 2027")
N("s", "killing in the name guitar tab")
N("s", "kill bill sza lyrics", eng="vid")
N("s", "tears dont fall bullet for my valentine lyrics")
N("s", "knife talk drake lyrics")
N("s", "everybody hurts rem lyrics meaning")

# ---- games (level-1 noise at most) --------------------------------------------------
N("s", "hitman silent assassin guide")
N("s", "dead by daylight killer tier list")
N("s", "minecraft tnt cannon tutorial", eng="vid")
N("s", "among us how to kill as impostor without being seen")

# ---- news and current affairs -------------------------------------------------------
N("s", "skegness stabbing court case")
N("s", "asylum hotel protest great yarmouth bbc")
N("s", "small boat crossings figures this year")
N("s", "channel migrant deaths latest")
N("s", "county lines gang jailed blackpool")
N("s", "margate teenager charged stabbing")
N("s", "southport riots sentences")
N("s", "knife amnesty bins lincolnshire police")
N("t", "did u see on the news they found a massive cannabis farm above the shop on the high street")
N("s", "man jailed for sextortion of teenagers bbc news")
N("s", "why do people cross the channel in small boats")
N("u", "https://www.bbc.co.uk/news/articles/c9w2x7kq3p1o", title="Great Yarmouth: Protest and counter-protest outside asylum hotel - BBC News")

# ---- local history ------------------------------------------------------------------
N("s", "hastings smugglers caves history")
N("s", "great yarmouth herring industry history", eng="wiki")
N("s", "shipwrecks off skegness coast")
N("s", "battle of hastings 1066 facts")
N("s", "mods and rockers margate 1964 fights", eng="wiki")

# ---- regeneration and geography -----------------------------------------------------
N("s", "seaside town deprivation essay")
N("s", "blackpool life expectancy gap")
N("s", "houses in multiple occupation blackpool selective licensing")
N("t", "Seasonal work in Skegness means many residents are out of work from November to March, which affects", ctx="doc")
N("s", "cliff erosion holderness case study")

# ---- staff safeguarding research ----------------------------------------------------
N("s", "contextual safeguarding county lines coastal towns", who="staff")
N("s", "nspcc sextortion guidance for schools", who="staff")
N("s", "keeping children safe in education 2026 changes", who="staff")
N("s", "how to respond when a student discloses self harm", who="staff")
N("s", "sharing nudes and semi nudes ukcis guidance", who="staff")
N("s", "prevent training far right symbols to recognise", who="staff")
N("s", "gamcare resources for colleges", who="staff")
N("s", "lincolnshire police county lines referral form", who="staff")
N("s", "world suicide prevention day assembly ideas", who="staff")
N("w", "County lines awareness - staff INSET.pptx - PowerPoint", who="staff")
N("s", "channel panel referral process prevent", who="staff")
N("u", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2", who="staff")
N("s", "zero suicide alliance training certificate", who="staff")

# ---- vocational and everyday searches -----------------------------------------------
N("s", "chainsaw ticket course cost")
N("s", "how to bleed brakes on your own", eng="vid")
N("s", "safe isolation procedure kill power to a circuit")
N("s", "door supervisor course physical intervention")
N("s", "stab vest for sia security guards")
N("s", "dying hair purple without bleach", eng="vid")
N("s", "cutting layers into long hair tutorial")
N("s", "how to hang a hanging basket bracket")
N("s", "hanging indent in word")
N("s", "bomb calorimeter experiment a level")
N("s", "killer whale facts")
N("s", "murder mystery party ideas for 18th")
N("s", "axe throwing blackpool")
N("s", "weed killer for patio")
N("s", "free condoms c card blackpool")
N("s", "strip the willow dance steps")
N("s", "probability of winning the lottery maths")
N("s", "connect to eduroam android")
N("s", "proxy vote how to apply")
N("s", "what is a ddos attack gcse computer science")
N("s", "cyber security phishing awareness poster")
N("s", "shooting stars meteor shower tonight")
N("s", "self defence class for women hastings")
N("s", "nitrous oxide at the dentist for anxious patients")
N("p", "Wireshark.exe")
N("p", "WINWORD.EXE")
N("p", "Teams.exe")

# ---- everyday chat ------------------------------------------------------------------
N("t", "meet you by the tower at 6, bring chips")
N("t", "whos got the notes from monday, i was off looking after my little sister")
N("t", "can anyone cover my saturday shift at the pleasure beach")
N("t", "my foster carer says i can go to the match if im back by 10")
N("t", "cant make first lesson, taking mum to her hospital appointment")
N("t", "ha he just fell off his bike on the prom")
N("t", "keep it a secret from mum, were doing a surprise party for her 40th")
N("t", "my boyfriend picked me up from work with a mcdonalds, hes so sweet")
N("t", "send me a pic of the rota please cant find it")
N("t", "can u send a photo of the bakewell tart recipe card")
N("t", "dont tell anyone yet but i got the apprenticeship at the marina!!")
N("t", "taxi to the station is booked for 7, college is paying for it")
N("t", "my key worker is picking me up after college to sort my housing benefit")
N("t", "can you pick me up from the arcade at 9, dads car is broken")
N("t", "send me a selfie of your new hair!!")
N("t", "collecting embarrassing baby pics of jake for his 18th slideshow, his mum sent loads \U0001f602")
N("t", "ur such a muppet haha love u")
N("t", "lets get a big bag of chips and sit on the sea wall")
N("t", "bring ur own knives for practical tomorrow, chefs checking rolls")
N("t", "my carer said the new placement is near the beach, cant wait")

# ---- more everyday typing: same words, innocent ---------------------------------------
N("t", "gutted the whole box of mackerel before 8, my hands stink of fish lol")
N("t", "chef wants the boning knives sharpened and back in the block by 3")
N("t", "shooting the pots off the breakwater tomorrow if the swell drops")
N("t", "my little brother wants to be a lifeboat volunteer when hes older, its all he talks about")
N("t", "the drowning prevention talk was actually good, didnt know cold water shock was a thing")
N("t", "Unit 5 P2: Explain why county lines gangs target vulnerable adults in coastal towns, using the example of cuckooing.", ctx="doc")
N("t", "Lady Macbeth's suicide happens offstage, which suggests Shakespeare wanted the focus to stay on Macbeth's reaction.", ctx="doc")
N("t", "In An Inspector Calls, Eva Smith dies after drinking disinfectant, and every Birling shares some responsibility.", ctx="doc")
N("t", "smashed my mock, got a 6 in english!!!")
N("t", "im starving, whos coming to the chippy at dinner")
N("t", "the kebab shop guy gave us the leftover chips cos he was closing lol")
N("t", "my manager at the holiday park said i can do extra hours over easter if i want")
N("t", "the waves were massive on the prom today, got absolutely soaked \U0001f602")
N("t", "ur gonna kill it at the interview tomorrow, good luck!!")
N("t", "dad took me fishing off the pier, caught 3 dabs and a whiting")
N("t", "the bar manager said card anyone who looks under 25 and refuse if theyve got no id")
N("t", "knife skills assessment tomorrow, julienne and chiffonade, wish me luck")
N("t", "can someone explain the gambling act bit for the leisure unit, i dont get the licensing")
N("t", "my nan used to gut herring at the fish factory, she said it was freezing")
N("t", "im gonna smash this exam")
N("t", "i swear this bus driver is trying to kill us")
N("t", "lifeguard course was brutal, 400m in under 8 mins then towing a dummy")
N("t", "the seagulls on the seafront are actual criminals, one just mugged a toddler for his ice cream")
N("t", "my foster carer is teaching me to drive in the retail park car park on sundays")
N("t", "pls dont tell anyone i cried at the end of the film, ill never live it down")
N("t", "Reflective log: today I observed my mentor supporting a service user with a history of self-neglect and alcohol misuse.", ctx="doc")
N("t", "Risk assessment: boat handling session. Hazards: cold water immersion, slips on the pontoon, propeller strike.", ctx="doc")
N("t", "mum says if i pass my functional skills shell take me to alton towers")
N("t", "ok who ate my pot noodle from the fridge, this means war")
N("t", "ngl that haircut is a crime against humanity \U0001f602 jk it looks good")
N("t", "Plan for Thursday: gut and pin-bone the sea bass, then portion and vac-pack for service.", ctx="note")
N("t", "remember: hooks, weights, feathers, bait, flask, head torch")

# ---- DNS and sites that look alarming but are not -----------------------------------
N("d", "www.metoffice.gov.uk")
N("d", "www.nhs.uk")
N("d", "classroom.google.com")
N("d", "login.microsoftonline.com")
N("d", "www.tidetimes.org.uk")
N("d", "www.ucas.com")
N("d", "www.cityandguilds.com")
N("d", "www.rlss.org.uk")
N("d", "www.bbcgoodfood.com")
N("d", "www.gamcare.org.uk")
N("d", "www.talktofrank.com")
N("d", "www.begambleaware.org")
N("d", "www.scunthorpe-united.co.uk")
N("d", "www.sussexexpress.co.uk")
N("d", "www.essex.ac.uk")
N("d", "www.middlesex.ac.uk")
N("d", "www.blackpool.gov.uk")
N("d", "www.thanet.gov.uk")
N("d", "www.skillsforcare.org.uk")
N("d", "www.nationalrail.co.uk")
N("d", "www.therapists.co.uk")
N("d", "www.cocktail-bar-training.co.uk")
N("d", "www.shootinguk.co.uk")
N("d", "www.brook.org.uk")
N("d", "www.anglingtimes.co.uk")
N("d", "teams.microsoft.com")
N("d", "www.visitblackpool.com")

# ---- URLs and windows ---------------------------------------------------------------
N("u", "https://rnli.org/safety/respect-the-water")
N("u", "https://www.nhs.uk/conditions/paracetamol-overdose/", who="staff")
N("u", "https://www.bbcgoodfood.com/howto/guide/how-fillet-fish")
N("w", "Lifeguard NPLQ Pool Rescue Assessment - YouTube", browser=True)
N("w", "First Aid - Severe Bleeding and Knife Wounds - St John Ambulance", browser=True)
N("w", "The Arcade Game Machine Technician (Level 2) - Apprenticeship - GOV.UK", browser=True)
N("w", "Week 9 - Substance Misuse and Young People.pdf - Adobe Acrobat Reader", proc="Acrobat.exe")
N("hb", "meeting at the harbour at 8 for the boat handling session")
N("hb", "Chapter 3: The decline of the British seaside holiday after 1970", ctx="doc")
N("hb", "does anyone know if we need steel toe caps for the engine room tomorrow")


# --------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------

def build():
    texts = [it["kind"] + "|" + it["text"] for it in ITEMS]
    dup = [t for t in texts if texts.count(t) > 1]
    if dup:
        raise SystemExit("duplicate items: %r" % sorted(set(dup)))
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(("order|%s|%s" % (it["kind"], it["text"])).encode()).hexdigest())
    out = []
    for i, it in enumerate(order, 1):
        fmt, lines = realise(i, it)
        rec = {"id": "h44-%04d" % i, "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = [{"category": c, "min_level": l} for c, l in it["expect"]]
        if it["allow"]:
            rec["allow"] = list(it["allow"])
        out.append((rec, it))
    return out


def stats(out):
    from collections import Counter
    pos = sum(1 for r, _ in out if r["expect"])
    neg = len(out) - pos
    print("items: %d  positive: %d  negative: %d" % (len(out), pos, neg))
    cat = Counter()
    for r, _ in out:
        for e in r["expect"]:
            cat[e["category"]] += 1
    print("\nexpected category counts:")
    for c in CATEGORIES:
        print("  %-16s %d" % (c, cat[c]))
    fmt = Counter(r["format"] for r, _ in out)
    fmtpos = Counter(r["format"] for r, _ in out if r["expect"])
    print("\nformat counts (total / positive / negative):")
    for f in sorted(fmt):
        print("  %-12s %4d %4d %4d" % (f, fmt[f], fmtpos[f], fmt[f] - fmtpos[f]))
    kinds = Counter(it["kind"] for _, it in out)
    print("\nsource kinds:", dict(sorted(kinds.items())))
    multi = sum(1 for r, _ in out if "lines" in r)
    frag = sum(1 for r, it in out if "lines" in r and r["format"] == "endpoint" and
               sum(1 for l in r["lines"] if '"text_capture"' in l) > 1)
    print("multi-line items: %d (split text_capture streams: %d)" % (multi, frag))
    ev = Counter()
    for r, _ in out:
        for l in r.get("lines", [r.get("line")]):
            m = re_event(l)
            if m:
                ev[m] += 1
    print("endpoint events:", dict(sorted(ev.items())))
    disg = Counter(it["opts"].get("disg") for _, it in out if it["opts"].get("disg"))
    print("code-applied disguises:", dict(sorted(disg.items())))


def re_event(line):
    for e in ("text_capture", "window_title", "url_visit", "process_start", "heartbeat"):
        if ('"event": "%s"' % e) in line or ('\\"event\\": \\"%s\\"' % e) in line:
            return e
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout44.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    out = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.stats:
        stats(out)


if __name__ == "__main__":
    main()
