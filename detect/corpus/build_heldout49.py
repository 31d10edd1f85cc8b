#!/usr/bin/env python3
"""Held-out evaluation corpus h49 for Guardline (hand-written, deterministic).

PERSPECTIVE
-----------
A specialist further-education college and supported-internship provider for young
people aged 16-25 with special educational needs and disabilities: learning
disabilities, autism, Down syndrome, ADHD, speech and language needs; some learners
live in supported-living houses and use college or house devices in the evening.
Learners write very simply and literally: phonetic spelling ("agen", "nite",
"learnd"), voice-to-text output (no punctuation, spoken "full stop", wrong
homophones such as "to" for "too"), repeated words, phrases copied from YouTube
and TV, and over-sharing.  The risks are the ones seen in this population: "mate
crime" (so-called friends taking bank cards, PINs, phones, benefits, using the
learner's flat), romance and dating scams, grooming and sexual exploitation by
adults who befriend them online or in town, sextortion, flattery-led
radicalisation (extreme-right and Islamist), blunt statements of self-harm and
suicidal thoughts, eating problems, disability hate bullying (filming, "retard",
"spaz", "mong"), being made to hold or carry drugs, gambling apps and loot boxes
paid with a parent's card, adult content, filter bypass, account misuse, piracy.

About half the items are hard negatives from the same world: life-skills lessons
(money, PINs, cooking with knives, travel training), staying-safe-online and
simple RSE lessons (which name grooming, sextortion, consent), job-coach notes and
internship tasks in hospitals and supermarkets (sharps bins, box cutters,
specimen bags, bleach, wine), health information (epilepsy rescue medication,
paracetamol doses, periods), soaps and wrestling, literal retellings of films,
books and news, hyperbole and copied catchphrases, Special Olympics sport, and
staff EHCP / support-plan / DSL language and staff research on risks.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is a floor)
-----------------------------------------------------------------------------
suicide        4  wish to die / not be alive, farewell or giving-away messages,
                  visiting a pro-suicide forum.
               5  a method, means or plan (tablets tonight, rope in wardrobe,
                  bridge/train, "how many X to die", "is hanging painful").
                  Overdose wording where self-harm vs suicide is unclear gets
                  allow self_harm.
self_harm      4  disclosed cutting, burning, scratching, head-banging to bleed,
                  hiding cuts, methods; eating-disorder behaviour (not eating
                  for days, making self sick, pro-ana/thinspo, ana coaches).
               3  milder diet-restriction content (very low calorie "tok" diets).
radicalisation 4  seeking propaganda (manifestos, nasheeds, Awlaki, Siege),
                  proscribed groups (National Action, Atomwaffen, IS, Hizb ut-
                  Tahrir), an online "friend" flattering the learner into an
                  extremist cause.  5 when travel or an attack is intended.
               3  interest in far-right slogans, "great replacement", non-
                  proscribed far-right groups.  allow discrimination where the
                  text is also hateful about a group.
grooming       5  a meeting arranged by an adult met online or in town (pick-up,
                  "come on your own", party at his house tonight, trip to London).
               4  secrecy, age gap, sexual requests, gifts for videos,
                  sextortion, boundary breaches by staff, touching disclosures.
               3  mate crime (friends taking card/PIN/phone/benefits, using the
                  flat) and romance/dating-scam money requests: exploitation by
                  befriending, with allow bullying for the coercive-peer reading.
                  County-lines style carrying/holding for older males is
                  grooming 4 with allow drugs where drugs are only implied.
bullying       3  insults, threats, exclusion, filming and sharing; disability
                  slurs aimed at a person are bullying with allow discrimination.
discrimination 3  hateful statements or jokes about a protected group
                  (race, religion, disability, sexuality, gender identity,
                  Gypsy/Traveller, nationality) not aimed at one person.
adult_content  3  pornography searches, porn sites, asking for "the rude website".
drugs          3  buying, using, asking effects of illegal drugs, holding or
                  selling; 4 for swallowing packages (body packing).
gambling       2  betting/casino/slots sites and apps, loot boxes and packs with
                  a parent's card, skin/Robux gambling (allow gaming).
violence       5  stated intent to stab/shoot/bring a knife; 4 intent to cause
                  serious injury; 3 weapons interest, gore sites, fight videos,
                  disclosed violence at home.
filter_bypass  2  VPN/proxy/Tor/hotspot to get round the college filter.
hacking        3  getting into a named person's account or staff credentials;
               2  tools, IP loggers, phishing peers for passwords, account
                  misuse reported by the victim (allow bullying/gaming).
piracy         1  illegal streams, torrents, cracked apps.
gaming         1  game sites/launchers.      social_media 1  social sites/apps.
illegal_content 4 child sexual abuse material or sharing intimate images of
                  under-18s; 3 asking about holding such images; 2 fake ID /
                  counterfeit notes.
Negatives (expect []) never contain a real level-2+ concern; they may contain
level-1 noise (a game, a social network).  Staff text that documents a known
need (e.g. "self-injurious behaviour has reduced", PBS plans) and staff research
on risks ("county lines warning signs") are negatives: they are professional
records, not a new concern about a young person.

Everything variable (format, engine, encoding, user, device, site, time, IP,
wrapping, fragment split, disguise letters) comes from SHA-256 of the item number
and a purpose tag.  No random module.
"""
import argparse
import datetime
import hashlib
import json
import os
import sys
import urllib.parse

BASE_EPOCH = 1791158400  # 2026-10-05T00:00:00Z


# ----------------------------------------------------------------------------
# deterministic choice helpers
# ----------------------------------------------------------------------------
def H(n, tag):
    return int.from_bytes(hashlib.sha256(f"h49|{n}|{tag}".encode()).digest()[:8], "big")


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


def hexid(n, tag, k):
    return hashlib.sha256(f"h49|{n}|{tag}".encode()).hexdigest()[:k]


# ----------------------------------------------------------------------------
# people, devices, places
# ----------------------------------------------------------------------------
LEARNERS = ["l.hughes", "t.begum", "j.oconnor", "intern.ps04", "intern.ps11",
            "m.kowalski", "k.singh22", "r.adeyemi", "c.murphy", "learner.0417",
            "learner.0932", "s.fraser", "d.nowicki", "a.campbell", "b.thompson",
            "e.whitfield", "ESC\\h.price", "z.ali@learners.escol.ac.uk", "o.grant",
            "n.patel03"]
STAFF = ["jobcoach.rwalsh", "s.morris.staff", "dsl.pkaur", "ESC\\tutor.gbrown",
         "slt.jholloway", "lsa.mdonnelly"]
L_DEVICES = ["LS-FLAT-PC1", "LS-FLAT-PC2", "IT-SUITE-PC-14", "IT-SUITE-PC-22",
             "LIB-CHR-07", "LIB-CHR-19", "IPAD-ROOM4-03", "INTERN-HOSP-TAB-2",
             "INTERN-SUPERMKT-LT1", "SENSORY-RM-PC", "FARM-CAMPUS-LT-05",
             "SL-HOUSE3-LOUNGE-PC", "SL-HOUSE1-LT-02"]
S_DEVICES = ["STAFF-LT-014", "STAFF-LT-031", "JOBCOACH-TAB-06", "OFFICE-PC-02"]
SITES = ["main", "riverside", "hospital-hub", "farm", "supported-living"]
UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_CROS = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/130.0.0.0 Safari/537.36")
UA_IPAD = ("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "Version/17.6 Mobile/15E148 Safari/604.1")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
UAS = [UA_CHROME, UA_CHROME, UA_CROS, UA_IPAD, UA_FF]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def epoch_for(n, tag="ts"):
    day = H(n, tag + "d") % 46
    evening = H(n, tag + "e") % 5 == 0
    if evening:
        sec = 17 * 3600 + H(n, tag + "s") % (5 * 3600)
    else:
        sec = 8 * 3600 + 30 * 60 + H(n, tag + "s") % (8 * 3600)
    return BASE_EPOCH + day * 86400 + sec


def ms(n, tag="ms"):
    return H(n, tag) % 1000


def iso(ep, milli):
    d = datetime.datetime.fromtimestamp(ep, datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % milli


def syslog_time(ep):
    d = datetime.datetime.fromtimestamp(ep, datetime.timezone.utc)
    return "%s %2d %s" % (MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def clf_time(ep):
    d = datetime.datetime.fromtimestamp(ep, datetime.timezone.utc)
    return "%02d/%s/%d:%s +0000" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def bind_time(ep, milli):
    d = datetime.datetime.fromtimestamp(ep, datetime.timezone.utc)
    return "%02d-%s-%d %s.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"), milli)


def e2g_time(ep):
    d = datetime.datetime.fromtimestamp(ep, datetime.timezone.utc)
    return d.strftime("%Y.%m.%d %H:%M:%S")


def client_ip(n):
    return "10.%d.%d.%d" % (H(n, "ip1") % 40 + 1, H(n, "ip2") % 250 + 1, H(n, "ip3") % 250 + 2)


def server_ip(n):
    return pick(n, "sip", ["142.250.180.4", "13.107.21.200", "52.142.124.215", "104.18.32.47",
                           "151.101.1.140", "172.217.16.238", "185.60.216.35", "20.112.52.29",
                           "40.89.244.232", "216.58.204.68"])


# ----------------------------------------------------------------------------
# disguises (applied to hand-written text where an entry asks for one)
# ----------------------------------------------------------------------------
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def disguise(n, text, spec):
    if not spec:
        return text
    kind, _, target = spec.partition(":")
    if target:
        start = text.find(target)
        if start < 0:
            raise ValueError(f"disguise target {target!r} not in {text!r}")
        end = start + len(target)
    else:
        start, end = 0, len(text)
    seg = text[start:end]
    if kind == "homo":
        out, swapped = [], 0
        for i, ch in enumerate(seg):
            if ch in HOMO and (H(n, f"homo{i}") % 3 != 0 or swapped < 2):
                out.append(HOMO[ch])
                swapped += 1
            else:
                out.append(ch)
        seg = "".join(out)
    elif kind == "zw":
        z = pick(n, "zwc", ZW)
        cut = 1 + H(n, "zwpos") % max(1, len(seg) - 1)
        seg = seg[:cut] + z + seg[cut:]
    elif kind == "full":
        seg = "".join(chr(ord(c) + 0xFEE0) if ("a" <= c <= "z" or "0" <= c <= "9") else c
                      for c in seg)
    else:
        raise ValueError(kind)
    return text[:start] + seg + text[end:]


# ----------------------------------------------------------------------------
# search engines
# ----------------------------------------------------------------------------
def enc(n, q):
    if H(n, "enc") % 3 == 0:
        return urllib.parse.quote(q, safe="")
    return urllib.parse.quote_plus(q)


def search_url(n, q, engine):
    e = enc(n, q)
    t = epoch_for(n)
    if engine == "google":
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e
    if engine == "google_uk":
        return "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)
    if engine == "google_ac":
        return ("https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB"
                % (e, len(q)))
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH" % e
    if engine == "bing_ac":
        return ("https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-GB&qry=%s&cp=%d&cvid=%s"
                % (e, len(q), hexid(n, "cvid", 32).upper()))
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % e
    if engine == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if engine == "yt_ac":
        return ("https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb"
                "&gl=gb&ds=yt&q=%s" % e)
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, t * 1000 + ms(n))
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s" % e
    if engine == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e
    if engine == "amazon":
        return ("https://www.amazon.co.uk/s?k=%s&crid=%s&ref=nb_sb_noss"
                % (e, hexid(n, "crid", 13).upper()))
    raise ValueError(engine)


ENGINES = [("google", 18), ("google_uk", 12), ("bing", 10), ("ddg", 8), ("yahoo", 6),
           ("ecosia", 6), ("youtube", 14), ("tiktok", 8), ("reddit", 5), ("google_ac", 4),
           ("bing_ac", 3), ("ddg_ac", 2), ("yt_ac", 2), ("wikipedia", 2)]


def search_title(n, q, engine):
    if engine in ("bing", "bing_ac"):
        return "%s - Search - Microsoft\u200b Edge" % q
    if engine in ("youtube", "yt_ac"):
        return "%s - YouTube - Google Chrome" % q
    if engine in ("ddg", "ddg_ac"):
        return "%s at DuckDuckGo - Mozilla Firefox" % q
    if engine == "tiktok":
        return "Find '%s' on TikTok | TikTok Search - Google Chrome" % q
    if engine == "reddit":
        return "reddit.com: search results - %s - Google Chrome" % q
    if engine == "ecosia":
        return "%s - Ecosia - Google Chrome" % q
    if engine == "yahoo":
        return "%s - Yahoo Search Results - Google Chrome" % q
    if engine == "amazon":
        return "Amazon.co.uk : %s - Google Chrome" % q
    if engine == "wikipedia":
        return "Search results for \"%s\" - Wikipedia - Google Chrome" % q
    return "%s - Google Search - Google Chrome" % q


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


# ----------------------------------------------------------------------------
# proxy line renderers
# ----------------------------------------------------------------------------
def squid_line(n, url, user, connect=False, denied=False):
    ep = epoch_for(n)
    el = H(n, "el") % 900 + 3
    ip = client_ip(n)
    size = H(n, "size") % 90000 + 900
    if connect:
        host = host_of(url) if "://" in url else url
        if denied:
            return "%d.%03d %6d %s TCP_DENIED/403 3454 CONNECT %s:443 %s HIER_NONE/- text/html" % (
                ep, ms(n), el, ip, host, user)
        return "%d.%03d %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            ep, ms(n), el, ip, size, host, user, server_ip(n))
    if H(n, "squidcustom") % 4 == 0:
        # the ukfull custom format of the samples, with an ssl-bumped request
        host = host_of(url)
        return ('%d.%03d %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump'
                % (ep, ms(n), el, ip, user, size, url, server_ip(n), pick(n, "ua", UAS), host, host))
    return "%d.%03d %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
        ep, ms(n), el, ip, size, url, user, server_ip(n))


def squid_sni_pair(n, host, user):
    ep = epoch_for(n)
    ip = client_ip(n)
    a = ('%d.%03d %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice'
         % (ep, ms(n), 0, ip, user, server_ip(n), pick(n, "ua", UAS), server_ip(n), host))
    b = ('%d.%03d %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice'
         % (ep, (ms(n) + 9) % 1000, H(n, "el") % 300 + 4, ip, user, H(n, "size") % 9000 + 1800,
            server_ip(n), server_ip(n), server_ip(n), host))
    return [a, b]


def clf_line(n, url, user, connect=False):
    ep = epoch_for(n)
    ip = client_ip(n)
    size = H(n, "size") % 90000 + 900
    if connect:
        req = "CONNECT %s:443 HTTP/1.1" % (host_of(url) if "://" in url else url)
        status, tail = 200, "TCP_TUNNEL:HIER_DIRECT"
    else:
        req = "GET %s HTTP/1.1" % url
        status, tail = 200, "TCP_MISS:HIER_DIRECT"
    if H(n, "clfkind") % 3 == 0:
        return '%s - %s [%s] "%s" %d %d %s' % (ip, user, clf_time(ep), req, status, size, tail)
    ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://www.bing.com/"])
    return '%s - %s [%s] "%s" %d %d "%s" "%s" %s' % (ip, user, clf_time(ep), req, status, size,
                                                    ref, pick(n, "ua", UAS), tail)


def e2g_line(n, url, user, terms=None, connect=False):
    ep = epoch_for(n)
    ip = client_ip(n)
    group = pick(n, "grp", ["no_name_group", "no_name_group", "learners", "interns"])
    ua = pick(n, "ua", UAS)
    method = "CONNECT" if connect else "GET"
    if connect:
        url = "https://%s:443" % (host_of(url) if "://" in url else url)
    size = H(n, "size") % 90000 + 900
    st = "0=%s;" % terms if terms else "-"
    fmt = wpick(n, "e2gfmt", [(2, 4), (4, 3), (6, 3)])
    if fmt == 6:
        return "\t".join(["%d.%03d" % (ep, ms(n)), "", user, ip, ip, url, method, "200", str(size),
                          "-", ua, "-", str(H(n, "el") % 40), "-", "0", "-", "0", "-", group, "1"])
    fields = [e2g_time(ep), user, ip, url, "-", method, str(size), "0", "-", "1", "200", "-",
              ip, group, ua, st, "-", "-", "-"]
    if fmt == 2:
        return ",".join('"%s"' % f.replace('"', '""') for f in fields)
    return "\t".join(fields)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth",
                    "method", "host", "uri", "referrer", "version", "user_agent", "origin",
                    "request_body_len", "response_body_len", "status_code", "status_msg",
                    "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids",
                    "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
                   "string", "string", "string", "string", "string", "count", "count", "count",
                   "string", "count", "string", "set[enum]", "string", "string", "set[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs",
                   "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool",
                  "bool", "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(n, path, fields, types):
    ep = epoch_for(n)
    d = datetime.datetime.fromtimestamp(ep - 3600, datetime.timezone.utc)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % d.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_uid(n):
    return "C" + hexid(n, "uid", 17)


def zeek_http(n, url):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    ep = epoch_for(n)
    ua = pick(n, "ua", UAS)
    size = H(n, "size") % 90000 + 900
    if H(n, "zeektsv") % 4 == 0:
        row = ["%d.%06d" % (ep, H(n, "us") % 1000000), zeek_uid(n), client_ip(n),
               str(H(n, "port") % 30000 + 33000), server_ip(n), "80", "1", "GET", sp.hostname,
               uri, "-", "1.1", ua, "-", "0", str(size), "200", "OK", "-", "-", "(empty)", "-",
               "-", "-", "-", "-", "-", "F" + hexid(n, "fuid", 17), "-", "text/html"]
        return {"lines": zeek_header(n, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]}
    obj = {"ts": float(ep), "uid": zeek_uid(n), "id.orig_h": client_ip(n),
           "id.orig_p": H(n, "port") % 30000 + 33000, "id.resp_h": server_ip(n), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": sp.hostname, "uri": uri, "version": "1.1",
           "user_agent": ua, "request_body_len": 0, "response_body_len": size,
           "status_code": 200, "status_msg": "OK", "tags": []}
    return {"line": json.dumps(obj)}


# ----------------------------------------------------------------------------
# DNS line renderers
# ----------------------------------------------------------------------------
def zone_of(host):
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "org", "ac", "gov", "police") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def unbound_lines(n, host, may_block=True):
    ep = epoch_for(n)
    ip = client_ip(n)
    qt = wpick(n, "qt", [("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    if H(n, "ubtime") % 3 == 0:
        pre = "[%d] unbound[%d:0] info: " % (ep, 7862)
    else:
        pre = "%s unbound[%d:0] info: " % (syslog_time(ep), 7862)
    kind = wpick(n, "ubkind", [("q", 4), ("r", 3), ("blocked", 2), ("full", 1)])
    if kind == "blocked" and not may_block:
        kind = "full"
    q = "%s%s %s. %s IN" % (pre, ip, host, qt)
    r = "%s%s %s. %s IN NOERROR 0.%06d 0 %d" % (pre, ip, host, qt, H(n, "rtt") % 90000,
                                                H(n, "rsz") % 80 + 40)
    if kind == "q":
        return [q]
    if kind == "r":
        return [r]
    if kind == "blocked":
        return [q, "%s%s. always_nxdomain %s@%d %s. %s IN" % (pre, zone_of(host), ip,
                                                            H(n, "port") % 30000 + 33000, host, qt),
                "%s%s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre, ip, host, qt, H(n, "rsz") % 40 + 30)]
    return [q, "%s. transparent %s@%d %s. %s IN" % (pre, ip, H(n, "port") % 30000 + 33000, host, qt), r]


def dnsmasq_lines(n, host, may_block=True):
    ep = epoch_for(n)
    ip = client_ip(n)
    pre = "%s dnsmasq[%d]: " % (syslog_time(ep), 9987)
    qt = wpick(n, "qt", [("A", 7), ("AAAA", 3)])
    extra = H(n, "dmextra") % 3 != 0
    serial = H(n, "serial") % 90000 + 1
    port = H(n, "port") % 60000 + 1024
    mid = "%d %s/%d " % (serial, ip, port) if extra else ""
    q = "%s%squery[%s] %s from %s" % (pre, mid, qt, host, ip)
    kind = wpick(n, "dmkind", [("q", 5), ("fwd", 3), ("blocked", 2)])
    if kind == "blocked" and not may_block:
        kind = "fwd"
    if kind == "q":
        return [q]
    if kind == "fwd":
        return [q, "%s%sforwarded %s to 10.0.0.1" % (pre, mid, host),
                "%s%sreply %s is %s" % (pre, mid, host, server_ip(n))]
    if H(n, "pihole") % 2:
        return [q, "%s%sgravity blocked %s is 0.0.0.0" % (pre, mid, host)]
    return [q, "%s%sconfig %s is 0.0.0.0" % (pre, mid, host)]


def bind_lines(n, host):
    ep = epoch_for(n)
    ip = client_ip(n)
    port = H(n, "port") % 60000 + 1024
    t = bind_time(ep, ms(n))
    flag = pick(n, "bflag", ["+E(0)K", "+E(0)K", "+E(0)", "-E(0)DC", "+"])
    qt = wpick(n, "qt", [("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    q = ("%s queries: info: client @0x7fe0230fa098 %s#%d (%s): query: %s IN %s %s (10.0.0.53)"
         % (t, ip, port, host, host, qt, flag))
    if H(n, "rpz") % 3 == 0:
        return [q, ("%s rpz: info: client @0x7fe0230fa098 %s#%d (%s): rpz QNAME NXDOMAIN rewrite "
                    "%s/%s/IN via %s.rpz.local" % (t, ip, port, host, host, qt, host))]
    return [q]


def zeek_dns(n, host):
    ep = epoch_for(n)
    if H(n, "zeektsv") % 4 == 0:
        row = ["%d.%06d" % (ep, H(n, "us") % 1000000), zeek_uid(n), client_ip(n),
               str(H(n, "port") % 30000 + 33000), "10.0.0.53", "53", "udp",
               str(H(n, "tid") % 65000), "0.%06d" % (H(n, "rtt") % 90000), host, "1", "C_INTERNET",
               "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0", server_ip(n), "300.000000", "F"]
        return {"lines": zeek_header(n, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]}
    obj = {"ts": float(ep), "uid": zeek_uid(n), "id.orig_h": client_ip(n),
           "id.orig_p": H(n, "port") % 30000 + 33000, "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": H(n, "tid") % 65000, "query": host, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "rejected": False}
    return {"line": json.dumps(obj)}


# ----------------------------------------------------------------------------
# endpoint events
# ----------------------------------------------------------------------------
L_APPS = [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome"),
          ("Discord.exe", "#general | Chill Zone - Discord"),
          ("chrome.exe", "Messenger | Facebook - Google Chrome"),
          ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
          ("msedge.exe", "Snapchat - Microsoft\u200b Edge"),
          ("Teams.exe", "Chat | Microsoft Teams"), ("WINWORD.EXE", "My Diary.docx - Word"),
          ("notepad.exe", "Untitled - Notepad"), ("chrome", "Diary - Google Docs"),
          ("chrome", "Messages for web - Google Chrome")]
S_APPS = [("WINWORD.EXE", "Support Plan Review.docx - Word"),
          ("Teams.exe", "Chat | Microsoft Teams"),
          ("OUTLOOK.EXE", "Untitled - Message (HTML)"),
          ("chrome.exe", "Job Coach Log - Google Sheets - Google Chrome"),
          ("WINWORD.EXE", "EHCP Annual Review draft.docx - Word")]
NAMED_APPS = {
    "tinder": ("chrome.exe", "Tinder | Dating, Make Friends & Meet New People - Google Chrome"),
    "roblox": ("RobloxPlayerBeta.exe", "Roblox"),
    "discord": ("Discord.exe", "@kai_x - Discord"),
    "snap": ("msedge.exe", "Snapchat - Microsoft\u200b Edge"),
    "word": ("WINWORD.EXE", "College Work.docx - Word"),
    "clicker": ("Clicker8.exe", "Clicker 8 - My Week"),
    "search": ("chrome.exe", "New Tab - Google Chrome"),
    "whatsapp": ("WhatsApp.exe", "WhatsApp"),
    "telegram": ("Telegram.exe", "Telegram"),
    "xbox": ("XboxApp.exe", "Xbox"),
}


def who(n, staff):
    if staff:
        return pick(n, "user", STAFF), pick(n, "dev", S_DEVICES)
    return pick(n, "user", LEARNERS), pick(n, "dev", L_DEVICES)


def endpoint_event(n, ep, milli, event, staff, process, window, text=None, url=None, k=0):
    user, dev = who(n, staff)
    obj = {"ts": iso(ep, milli)}
    if H(n, "hassite") % 2:
        site = pick(n, "site", ["main", "riverside"])
        for prefix, s in (("SL-", "supported-living"), ("INTERN-HOSP", "hospital-hub"),
                          ("FARM", "farm")):
            if dev.startswith(prefix):
                site = s
        obj["site"] = site
    obj["device"] = dev
    obj["user"] = user
    obj["event"] = event
    obj["process"] = process
    obj["window_title"] = window
    if text is not None:
        obj["text"] = text
    if url is not None or event in ("url_visit",) or H(n, "urlnull") % 3 == 0:
        obj["url"] = url
    return json.dumps(obj, ensure_ascii=bool(H(n, "ascii") % 4 == 0))


def split_text(n, text):
    if "|" in text:
        return text.split("|")
    words = text.split(" ")
    if len(words) >= 5 and H(n, "split") % 7 == 0:
        if H(n, "split3") % 3 == 0 and len(words) >= 9:
            a = 2 + H(n, "sa") % (len(words) // 2 - 1)
            b = a + 2 + H(n, "sb") % (len(words) - a - 3)
            return [" ".join(words[:a]) + " ", " ".join(words[a:b]) + " ", " ".join(words[b:])]
        if H(n, "midword") % 3 == 0:
            pos = 3 + H(n, "mw") % (len(text) - 5)
            return [text[:pos], text[pos:]]
        a = 2 + H(n, "sa") % (len(words) - 3)
        return [" ".join(words[:a]) + " ", " ".join(words[a:])]
    return [text]


# ----------------------------------------------------------------------------
# wrapping for format "auto"
# ----------------------------------------------------------------------------
def wrap(n, line, source):
    ep = epoch_for(n)
    kind = wpick(n, "wrap", [("3164", 3), ("5424", 2), ("env", 3), ("none", 1)])
    host = {"squid": "proxy01", "clf": "proxy02", "unbound": "dns01", "dnsmasq": "pihole",
            "endpoint": "gl-collector", "bind": "ns1"}[source]
    tag = {"squid": "squid", "clf": "squid", "unbound": "unbound", "dnsmasq": "dnsmasq",
           "endpoint": "guardline-agent", "bind": "named"}[source]
    pid = H(n, "pid") % 30000 + 400
    pri = pick(n, "pri", [134, 150, 30, 14])
    if kind == "none":
        return line
    if kind == "3164":
        return "<%d>%s %s %s[%d]: %s" % (pri, syslog_time(ep + 1), host, tag, pid, line)
    if kind == "5424":
        return "<%d>1 %s %s %s %d - - %s" % (pri, iso(ep + 1, ms(n, "wms")), host, tag, pid, line)
    files = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
             "unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/pihole/pihole.log",
             "endpoint": "/var/log/guardline/events.jsonl", "bind": "/var/log/named/query.log"}
    src = {"squid": "squid-access", "clf": "squid-access"}.get(source, tag)
    d = datetime.datetime.fromtimestamp(ep + 2, datetime.timezone.utc)
    env = {"ts_received": d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % (H(n, "us2") % 1000000),
           "host": host, "source": src, "file": files[source], "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


# ----------------------------------------------------------------------------
# the hand-written entries
# ----------------------------------------------------------------------------
ENTRIES = []


def _add(kind, payload, exp, allow, opts):
    ENTRIES.append((kind, payload, exp, allow, opts))


def T(text, exp="", allow="", **o):   # typed / pasted text
    _add("t", text, exp, allow, o)


def Q(text, exp="", allow="", **o):   # a search query
    _add("q", text, exp, allow, o)


def D(host, exp="", allow="", **o):   # a domain name
    _add("d", host, exp, allow, o)


def U(url, exp="", allow="", **o):    # a full URL
    _add("u", url, exp, allow, o)


def W(title, exp="", allow="", **o):  # a window title
    _add("w", title, exp, allow, o)


def P(proc, exp="", allow="", **o):   # a process start
    _add("p", proc, exp, allow, o)


def load(T, Q, D, U, W, P):
    # ======================= POSITIVES =======================
    # ---- suicide ----
    T("i dont want to be alive no more i want to go to heaven with my nan", "suicide:4")
    T("i am going to jump off the bridge by the big tesco tonight after college", "suicide:5")
    T("i wish i was dead then everyone would be happy", "suicide:4")
    T("nobody would even miss me if i died would they", "suicide:4")
    T("I keep thinking about killing my self my head is to loud and I can't make it stop", "suicide:4")
    T("im going to take all my tablets tonight the ones in the blister pack not just the morning ones", "suicide:5", "self_harm")
    T("I want to kill myself full stop I really mean it full stop I am not joking", "suicide:4")
    T("i got the rope from the shed and hid it in my wardrobe for tonight", "suicide:5")
    T("tell mum im sorry i wont be here tomorrow i love her", "suicide:4")
    T("i am going to end it |tonight i wrote a note for my carer", "suicide:5")
    T("ive been going to the train tracks after work and thinking about it again", "suicide:4")
    T("i wont be around much longer so you can have my xbox and my wrestling figures", "suicide:4")
    T("i actually want to kms no joke this time", "suicide:4")
    T("i want to unalive myself fr", "suicide:4")
    T("i just want to die", "suicide:4", disg="zw:die")
    T("i w a n t t o d i e", "suicide:4")
    T("i dont want to live anymore noooo one cares about meeeee", "suicide:4")
    Q("how many paracetamol does it take to die", "suicide:5", "self_harm")
    Q("how to die in my sleep painless", "suicide:5")
    Q("what happens if you jump in front of a train do you die straight away", "suicide:5")
    Q("is it painful to hang yourself", "suicide:5")
    Q("how to kil my self with out it hurting", "suicide:5")
    Q("how to k1ll mys3lf", "suicide:5")
    Q("ways to commit suicide", "suicide:5", disg="homo")
    W("how many co codamol is an overdose - Google Search - Google Chrome", "suicide:4", "self_harm")
    D("sanctioned-suicide.net", "suicide:4")

    # ---- self_harm (incl. eating problems) ----
    T("i cut my arm again last nite with the blade out the pencil sharpener", "self_harm:4")
    T("when i get angry i bang my head on the wall till it bleeds and i like it", "self_harm:4")
    T("i scratch my legs till they bleed so the bad feeling goes away", "self_harm:4")
    T("i put my hand on the hob on purpose to see if it would hurt", "self_harm:4")
    T("please dont tell staff about my arms", "self_harm:4")
    T("i have not eaten anything for 3 days i want to be thin like the girls on tiktok", "self_harm:4")
    T("i made my self sick after lunch again so i dont get fat", "self_harm:4")
    T("i did it agen |with the razor from my dads shaver |its on my leg so no one sees", "self_harm:4")
    T("my ana coach says i have to send her pics of my body every morning and only eat 300 calories", "self_harm:4", "grooming,adult_content")
    T("i hit myself in the face with my fist when i get it wrong at work", "self_harm:4")
    T("the cuts on my wrist are going yellow is that bad", "self_harm:4")
    Q("how to hide cuts from my support worker", "self_harm:4")
    Q("best way to cut without it hurting", "self_harm:4")
    Q("how to make my self sick after eating", "self_harm:4")
    Q("how to stop eating so i get skinny fast", "self_harm:4")
    Q("pro ana tips", "self_harm:4")
    Q("thinspo", "self_harm:4")
    Q("h0w t0 cvt deeper", "self_harm:4")
    Q("self harm tips", "self_harm:4", disg="homo")
    Q("how to burn yourself with a lighter without leaving a mark", "self_harm:4")
    Q("skinny tok 500 calories a day", "self_harm:3")
    D("myproana.com", "self_harm:4")

    # ---- radicalisation ----
    T("a man on discord said im a warrior for the white race and i should join his group", "radicalisation:4", "grooming")
    T("my new mate on telegram says the muslims are taking over and we need to fight back before its to late", "radicalisation:4", "discrimination")
    T("the brother online says if i do jihad i go straight to jannah and he will help me get there", "radicalisation:4", "grooming")
    T("he sent me the christchurch video and said the man is a hero and a saint", "radicalisation:4", "violence")
    T("the lads in the group chat say im clever and the only one who sees the truth about the jews running everything", "radicalisation:4", "discrimination")
    T("sister aisha says i am special and she will pay for my ticket to go to syria and marry a brother", "radicalisation:5", "grooming")
    T("i want to do what the man in new zealand did at the mosque", "radicalisation:4;violence:5")
    T("they gave me stickers that say white lives matter to put up round the town centre", "radicalisation:3", "discrimination")
    Q("brenton tarrant manifesto pdf", "radicalisation:4")
    Q("is the great replacement real", "radicalisation:3", "discrimination")
    Q("patriotic alternative how to join", "radicalisation:3", "discrimination")
    Q("how to join the islamic state", "radicalisation:4")
    Q("anwar al awlaki lectures", "radicalisation:4")
    Q("dawla nasheed", "radicalisation:4")
    Q("atomwaffen division join uk", "radicalisation:4")
    Q("national action uk join", "radicalisation:4")
    Q("hizb ut tahrir meetings near me", "radicalisation:4")
    Q("siege james mason pdf", "radicalisation:4", disg="homo")
    D("stormfront.org", "radicalisation:4", "discrimination")
    D("www.patrioticalternative.org.uk", "radicalisation:3", "discrimination")

    # ---- grooming, sexual exploitation, mate crime, romance scams, sextortion ----
    T("he is 34 and says i am mature for my age and not to tell my mum about us", "grooming:4")
    T("the man from the bus stop gave me a phone so we can talk in private", "grooming:4")
    T("my online boyfriend wants to meet me at the train station on saturday and he said come on my own", "grooming:5")
    T("he says if i love him i will send a pic with no clothes on", "grooming:4", "adult_content")
    T("my girlfriend on facebook lives in ghana she needs \u00a3300 for her visa so she can come and marry me", "grooming:3")
    T("my friend jake said i have to give him my bank card because we are best mates and he will look after my money", "grooming:3", "bullying")
    T("they come round my flat every night and eat all my food and now i have no money left from my pip", "grooming:3", "bullying")
    T("shaun keeps my phone and only gives it back when i give him my benefits money", "grooming:3", "bullying")
    T("ok i deleted all our chats like you said so staff dont see them", "grooming:4")
    T("the girl on roblox said she is 16 like me but on the call her voice was a mans voice", "grooming:4", app="roblox")
    T("he said he will put my pics on facebook and send them to my mum if i dont pay him \u00a3100 in amazon vouchers", "grooming:4", "illegal_content,adult_content")
    T("i met a man in town he bought me mcdonalds and cigs and now he wants me to come to a party at his house tonight", "grooming:5")
    T("my friend off snap is picking me up from college in his car at 3 and i must not tell anyone", "grooming:5")
    T("why do you keep asking what colour my underwear is", "grooming:4", "adult_content")
    T("he said i am his special girl and |its our secret", "grooming:4")
    T("the man at the park says i can stay at his house if i do some jobs for him and his mates", "grooming:4")
    T("He said come to his hotel room for a massage full stop he is a friend of my dads full stop", "grooming:4")
    T("i gave my pin number to lee he said he is my best mate and he will get me stuff from the shop", "grooming:3", "bullying")
    T("they use my flat for parties every weekend and i have to sleep in the bath", "grooming:3", "bullying,drugs")
    T("he wants me to go on video call in my bedroom with the door shut and no one else there", "grooming:4", "adult_content")
    T("why do you want a pic of me in my bed, ok but only one", "grooming:4", "adult_content", disg="homo:pic of me in my bed")
    T("our little secret ok i wont tell my carer", "grooming:4", disg="zw:secret")
    T("my support worker said i can go to her house at the weekend but not to write it in the diary", "grooming:4")
    T("the taxi man keeps touching my leg and says it is a game", "grooming:4")
    T("my boyfriend is 29 he says i have to be nice to his friends to make money for him", "grooming:4", "adult_content")
    T("what time are you picking me up from the bottom of my road, i wont tell anyone", "grooming:4")
    T("he asked me to send pics of my little sister", "grooming:4", "illegal_content")
    T("me and jake went to the shop and he said i have to pay for all his stuff because he is my friend full stop i have no money left now", "grooming:3", "bullying")
    T("please please please help me he has got my phone my phone and he wont give it back till i get him money", "grooming:3", "bullying")
    T("my friend logged into my bank app on my phone and took \u00a3200 he said i owed him", "grooming:3", "hacking,bullying")
    T("i love him he sends me money for the bus and he is taking me to london this weekend to meet his friends", "grooming:5")
    T("hi babe i am 17 and i live on my own how old are you", "grooming:4", app="tinder")
    Q("is it ok to have a boyfriend who is 38 when im 17", "grooming:4")
    Q("my tinder match needs money for his flight to come see me is this normal", "grooming:3")
    Q("he has my nudes and wants money what do i do", "grooming:4", "illegal_content,adult_content")
    Q("how to get a sugar daddy uk", "grooming:3", "adult_content")

    # ---- bullying (incl. disability hate aimed at a person) ----
    T("they called me a retard and filmed me on snapchat and everyone laughed", "bullying:3", "discrimination")
    T("ur a spaz nobody wants u at the party", "bullying:3", "discrimination")
    T("look at the mong dancing lol send it to everyone", "bullying:3", "discrimination")
    T("they put my video on tiktok and wrote special needs clown on it", "bullying:3", "discrimination")
    T("everyone in the group chat said i smell and i should go die", "bullying:3")
    T("kys weirdo", "bullying:3")
    T("nobody likes you, you're so annoying, just leave the group", "bullying:3")
    T("the boys at the bus stop take my hat and push me over every day", "bullying:3", "violence")
    T("they made me eat cat food for a dare and filmed it and put it on the story", "bullying:3")
    T("jamie said he will tell everyone i wet myself if i dont give him my dinner money", "bullying:3")
    T("u r such a r3tard lmao", "bullying:3", "discrimination")
    T("dumb autist go back to your special school", "bullying:3", "discrimination")
    T("ur so thick |even ur mum thinks ur a waste of space", "bullying:3")
    T("ur a r e t a r d", "bullying:3", "discrimination")
    T("they locked me in the toilet at work and took pictures under the door", "bullying:3")
    T("i will share the video of you falling over with the whole college unless you do my work", "bullying:3")
    T("haha look at him walk like a sp4z", "bullying:3", "discrimination")
    T("the people at my placement call me slow and hide my stuff every day and i dont want to go back", "bullying:3")
    T("why does everyone in the chat keep calling me a mongggg", "bullying:3", "discrimination")
    Q("what to do if people at college call me names because i have down syndrome", "bullying:3", "discrimination")
    Q("how to make someone cry with words", "bullying:3")

    # ---- discrimination ----
    T("disabled people should be put down like dogs", "discrimination:3")
    T("all muslims are terrorists", "discrimination:3", "radicalisation")
    T("send them all back on the boats", "discrimination:3", "radicalisation")
    T("gay people are disgusting", "discrimination:3")
    T("trannys are freaks", "discrimination:3")
    T("the polish lot at work are scum they should go home", "discrimination:3")
    T("no gypsies allowed in here", "discrimination:3")
    T("get out of my country you p.a.k.i", "discrimination:3", "bullying")
    T("people in wheelchairs are just lazy and scrounging off us", "discrimination:3")
    T("kill all the gays", "discrimination:3", "violence,radicalisation")
    T("shut up you n1gg3r", "discrimination:3", "bullying")
    Q("jokes about black people", "discrimination:3")
    Q("p4ki jokes", "discrimination:3")
    Q("why are jews so greedy", "discrimination:3", "radicalisation")
    Q("why are romanians all thieves", "discrimination:3")

    # ---- adult content ----
    Q("porn", "adult_content:3")
    Q("naked ladies", "adult_content:3")
    Q("free sex videos", "adult_content:3")
    Q("onlyfans leaks free", "adult_content:3")
    Q("hot girls with no clothes on", "adult_content:3")
    Q("pr0nhub", "adult_content:3")
    Q("xxx vidios", "adult_content:3")
    Q("hentai", "adult_content:3")
    Q("rule 34 sonic", "adult_content:3")
    Q("porn videos", "adult_content:3", disg="full")
    Q("how to watch porn on college wifi", "adult_content:3;filter_bypass:2")
    T("can u send me the link to the rude website with the naked ladies", "adult_content:3")
    D("www.pornhub.com", "adult_content:3")
    D("www.xvideos.com", "adult_content:3")
    D("xhamster.com", "adult_content:3")
    D("onlyfans.com", "adult_content:3")

    # ---- drugs / criminal exploitation ----
    T("can u get me some weed for friday ive got 20 quid", "drugs:3")
    T("the older lads want me to keep the stuff in my flat and sell it to the people who knock on the door", "drugs:3", "grooming")
    T("he gave me a package to take on the train to stoke and i get 50 quid and a new phone, dont tell my job coach", "grooming:4", "drugs")
    T("tommy says i have to keep the bag under my bed and if i tell anyone hes gonna batter me", "grooming:4", "drugs,violence")
    T("got any gear bro need it bad", "drugs:3")
    T("i smoked some spice at the park and my legs went all funny and i was sick", "drugs:3")
    T("need \U0001F343 and \U0001F48A for the weekend who has got some", "drugs:3")
    T("my mate said if i swallow the little bags nobody will find them on the train", "drugs:4", "grooming")
    Q("buy weed uk snapchat", "drugs:3")
    Q("how long does ket stay in your system", "drugs:3")
    Q("what does mandy feel like first time", "drugs:3")
    Q("how to make lean with cough syrup and sprite", "drugs:3")
    Q("can you take xanax with epilepsy tablets", "drugs:3")
    Q("thc vape uk next day delivery", "drugs:3")
    Q("w33d plug near me", "drugs:3")
    Q("where to buy nos balloons near me", "drugs:3")
    Q("how much coke should you do your first time", "drugs:3")

    # ---- gambling ----
    T("i used my mums card to buy fifa points again i spent 200 pound on packs and she doesnt know", "gambling:2", "gaming")
    T("i lost all my money on the slots app i need to win it back before my support worker checks my bank", "gambling:2")
    T("put a tenner on arsenal for me on your bet365 ill give you it friday", "gambling:2")
    Q("coin master free spins link today", "gambling:2", "gaming")
    Q("best slots app uk real money", "gambling:2")
    Q("how to bet on football under 18", "gambling:2")
    Q("csgo case opening sites free money", "gambling:2", "gaming")
    Q("sky bet login", "gambling:2")
    Q("roblox gambling sites robux", "gambling:2", "gaming")
    Q("how to hide gambling from my appointee", "gambling:2")
    D("www.bet365.com", "gambling:2")
    D("m.skybet.com", "gambling:2")
    D("www.paddypower.com", "gambling:2")
    D("stake.com", "gambling:2")
    D("csgoempire.com", "gambling:2", "gaming")

    # ---- violence ----
    T("im going to stab him if he takes my phone again", "violence:5")
    T("i am bringing my dads knife to college tomorrow to get them back", "violence:5")
    T("i want to smash his head in with a brick", "violence:4")
    T("if kyle says that again i will punch his face till it bleeds", "violence:3")
    T("gonna sh00t up the college tomorrow watch", "violence:5")
    T("i hit my mum yesterday and she cried and i broke the door", "violence:3")
    T("i want to \U0001F52A him when he gets off the bus", "violence:4")
    T("me and my brother are going to jump him after football and batter him", "violence:4")
    Q("how to make a knife out of a toothbrush", "violence:3")
    Q("zombie knife", "violence:3", engine="amazon")
    Q("real street fight videos knocked out", "violence:3")
    Q("how to hurt someone and not leave marks", "violence:4")
    Q("can i carry a knife for protection if people pick on me", "violence:3")
    Q("how to make a pipe bomb at home", "violence:5", "radicalisation")
    D("kaotic.com", "violence:3")

    # ---- filter bypass ----
    T("use the hotspot on my phone so college cant see what we look at", "filter_bypass:2")
    T("whats the website that unblocks tiktok on the college computers", "filter_bypass:2")
    Q("how to get on youtube when college has blocked it", "filter_bypass:2")
    Q("free vpn for school chromebook", "filter_bypass:2")
    Q("unblocked games 66", "filter_bypass:2", "gaming")
    Q("croxy proxy", "filter_bypass:2")
    Q("how to turn off guardline on my laptop", "filter_bypass:2")
    D("nordvpn.com", "filter_bypass:2")
    D("www.croxyproxy.com", "filter_bypass:2")
    D("www.torproject.org", "filter_bypass:2")
    P("tor.exe", "filter_bypass:2")
    P("psiphon3.exe", "filter_bypass:2")
    P("ProtonVPN.exe", "filter_bypass:2")
    U("https://www.croxyproxy.com/_public/servlet/ProxyServlet?url=https%3A%2F%2Fwww.tiktok.com%2F", "filter_bypass:2", title="CroxyProxy")

    # ---- hacking / account misuse ----
    T("lewis has got my password and keeps going on my roblox and spending all my robux", "hacking:2", "bullying,gaming")
    T("i know miss taylors password i saw her type it we can change our marks", "hacking:3")
    T("give me your password and ill get you free vbucks", "hacking:2", "gaming")
    T("i changed kierans facebook password so he cant get in now lol", "hacking:3", "bullying")
    Q("how to hack wifi password on phone", "hacking:2")
    Q("how to get into someones instagram without the password", "hacking:3")
    Q("how to see someones snapchat messages without them knowing", "hacking:3")
    Q("grabify ip logger", "hacking:2")
    Q("roblox account stealer script", "hacking:2", "gaming")
    Q("how to ddos someone on xbox", "hacking:2", "gaming")
    Q("keylogger download free", "hacking:2")
    D("grabify.link", "hacking:2")
    D("iplogger.org", "hacking:2")
    P("mimikatz.exe", "hacking:2")

    # ---- piracy ----
    Q("watch wicked full movie free online", "piracy:1")
    Q("fmovies", "piracy:1")
    Q("lilo and stitch 2025 full movie free no sign up", "piracy:1")
    Q("minecraft cracked download free", "piracy:1", "gaming")
    Q("spotify premium apk free", "piracy:1")
    Q("wwe raw free stream reddit", "piracy:1")
    D("1337x.to", "piracy:1")
    D("thepiratebay.org", "piracy:1")
    D("yts.mx", "piracy:1")
    D("soap2day.to", "piracy:1")
    P("uTorrent.exe", "piracy:1")

    # ---- gaming ----
    Q("brookhaven codes roblox", "gaming:1")
    Q("how to get free robux", "gaming:1")
    Q("poki games", "gaming:1")
    Q("free vbucks generator no human verification", "gaming:1", "hacking")
    D("www.roblox.com", "gaming:1")
    D("fortnite.com", "gaming:1")
    D("store.steampowered.com", "gaming:1")
    P("RobloxPlayerBeta.exe", "gaming:1")
    P("FortniteClient-Win64-Shipping.exe", "gaming:1")
    P("steam.exe", "gaming:1")
    W("Roblox", "gaming:1", proc="RobloxPlayerBeta.exe")

    # ---- social media ----
    D("www.snapchat.com", "social_media:1")
    D("www.instagram.com", "social_media:1")
    D("www.tiktok.com", "social_media:1")
    D("www.facebook.com", "social_media:1")
    D("ngl.link", "social_media:1", "bullying")
    D("ome.tv", "social_media:1", "adult_content,grooming")
    W("Instagram - Google Chrome", "social_media:1")
    W("TikTok - Make Your Day - Google Chrome", "social_media:1")
    U("https://www.tiktok.com/@wwe/video/7431298765432109876", "social_media:1", title="WWE on TikTok")
    U("https://www.instagram.com/direct/inbox/", "social_media:1", title="Instagram \u2022 Chats")
    U("https://www.snapchat.com/web", "social_media:1", title="Snapchat")

    # ---- illegal content ----
    T("the man on telegram sent me a video of a little girl with no clothes on and said i have to watch it", "illegal_content:4;grooming:4")
    T("everyone in the group chat is sharing the video of chloe from year 10 in the shower", "illegal_content:4", "bullying,adult_content")
    T("i saved the nudes my ex sent me she is 15 can i get in trouble", "illegal_content:3", "adult_content")
    T("someone airdropped a video of a kid being hurt and touched to everyone on the bus", "illegal_content:4", "violence")
    Q("cp links telegram", "illegal_content:4", "adult_content")
    Q("pthc", "illegal_content:4")
    Q("loli hentai", "illegal_content:4", "adult_content")
    Q("young teen nudes snapchat", "illegal_content:4", "adult_content")
    Q("is it illegal to look at naked pictures of under 18s", "illegal_content:3", "adult_content")
    Q("where to get a fake id uk", "illegal_content:2")
    Q("buy fake 20 pound notes", "illegal_content:2")

    # ======================= HARD NEGATIVES =======================
    # ---- life skills: money ----
    Q("how to use a cash machine easy read")
    Q("how much is a bus ticket from harrogate to leeds")
    T("today we learnd about keeping our pin number secret and not telling it to friends")
    T("miss said never give your bank card to anyone not even your friends or your boyfriend")
    Q("what is mate crime easy read")
    Q("budgeting for young people with learning disabilities")
    T("i paid my gas bill on the app with my support worker and i did it all by myself")
    Q("how to claim pip easy read")
    Q("universal credit how much for a 19 year old")
    T("my appointee is my mum she does my money and gives me 30 pound a week")
    T("my friend lent me \u00a35 for the bus i will pay him back on friday")
    T("mum looks after my bank card cos i keep losing it")
    T("can sam come to my flat for tea on saturday staff said its ok")
    T("my support worker took me to the bank to get my new card and i did the pin on my own")
    Q("how to save money on food shopping")
    Q("how to top up my electric key")
    T("can u lend me 2 quid for a drink ill give it u back tomorrow")

    # ---- life skills: cooking and knives ----
    Q("how to chop onions safely for beginners")
    Q("easy grip knife for cooking", engine="amazon")
    T("we made spag bol today i cut the mushrooms with the big knife and i was really careful")
    Q("claw grip and bridge hold knife skills")
    T("chef said keep your fingers away from the blade and always cut away from you")
    Q("how long to cook chicken so its not pink inside")
    Q("how to sharpen a kitchen knife")
    T("i burnt the toast again the smoke alarm went off lol")
    Q("chopping board colours food hygiene")
    T("we are doing knife safety in the training flat tomorrow bring your apron", staff=True)

    # ---- travel training ----
    Q("bus times 36 harrogate to leeds")
    Q("what to do if i miss my bus")
    T("i got the train to york on my own today i was scared but i did it")
    Q("disabled persons railcard")
    T("if i get lost i ring my keyworker and show my travel card to the driver")
    Q("sunflower lanyard trains")
    T("the bus was late and i was stressed but i waited like we practised")

    # ---- staying safe online lessons ----
    Q("staying safe online easy read")
    Q("what is grooming easy read")
    Q("how to block someone on snapchat")
    T("never meet up with people you only know online that was the lesson today")
    Q("thinkuknow 16 plus")
    T("we learnt that if someone online asks you for pics you tell a trusted adult straight away")
    Q("what is sextortion easy read")
    Q("how to report a fake account on facebook")
    T("in staying safe we watched a video about a girl who met a man from the internet and it was scary but she told her mum")
    Q("catfish meaning")
    Q("romance scams easy read")
    W("Staying Safe Online - Easy Read.pdf - Adobe Acrobat Reader")

    # ---- simple RSE ----
    Q("what is consent easy read")
    Q("periods for people with learning disabilities")
    Q("how to use a condom easy read")
    T("in relationships class we talked about good touch and bad touch and saying no")
    Q("what is a healthy relationship")
    Q("how do i know if i am gay")
    Q("what does lgbtq mean")
    T("my boyfriend is called liam he is in my class he is 19 and we went bowling")
    T("me and my girlfriend are going to the cinema to see wicked on saturday")
    Q("sexual health clinic leeds")
    Q("how to check your boobs for lumps")

    # ---- job coach notes and internship tasks ----
    T("Job coach note: A completed the portering route with minimal prompts today, needs support with the lifts", staff=True)
    T("intern restocked the sharps bins and gloves on ward 12 and followed infection control", staff=True)
    T("M cut down cardboard with the safety box cutter under supervision, followed safe blade procedure", staff=True)
    T("task list: take the specimen bags to pathology, collect the linen trolley, wipe down the beds")
    Q("supported internship job roles in hospitals", staff=True)
    T("put the kitchen knives and scissors on aisle 7 and face up the shelves")
    T("supermarket shift today i priced the bleach and the wine and did the yellow stickers")
    Q("dfn project search")
    Q("how to do a good interview autism")
    T("today i worked in the laundry and folded 40 towels my boss said well done")
    T("i have to wear gloves when i empty the bins in the hospital because of needles")
    T("job coach note: J was upset after a customer shouted, used her break card and returned to the till after 10 minutes", staff=True)
    T("i stacked the beer and the cider in the warehouse today its heavy")
    T("can i have my shift on tuesday instead of wednesday because of my hospital appointment")
    T("job coach note: learner used the meat slicer safely with the guard on, signed off competency", staff=True)
    T("i put the dead flowers in the compost at the garden centre and watered the plants")

    # ---- health information ----
    Q("what to do when someone has a seizure")
    Q("buccal midazolam how to give", staff=True)
    Q("epilepsy and alcohol")
    T("i have to take my tablets at 8 oclock in the morning and 8 oclock at night")
    Q("how to take sertraline")
    Q("period pain what helps")
    Q("can you take ibuprofen and paracetamol together")
    Q("how many paracetamol can i take in a day")
    Q("down syndrome heart problems")
    Q("adhd medication side effects not hungry")
    Q("makaton sign for toilet")
    Q("autism meltdown vs shutdown")
    T("i have my period and my tummy really hurts can i go to the quiet room")
    T("i had a seizure in the night and i am tired so i am late")
    Q("blood test needle scared tips")
    U("https://www.nhs.uk/conditions/self-harm/", staff=True, title="Self-harm - NHS")
    Q("why do i feel sad in winter")

    # ---- soaps, TV and wrestling ----
    Q("eastenders spoilers who dies")
    Q("emmerdale stabbing storyline")
    Q("wwe raw results")
    Q("undertaker tombstone piledriver compilation")
    Q("roman reigns vs cody rhodes full match")
    T("did u see rhea ripley smash her with the chair last night it was sick")
    Q("hollyoaks who killed")
    T("the wrestling was mint last night john cena got slammed through the table")
    Q("wwe action figures", engine="amazon")
    Q("the traitors who got murdered")
    Q("line of duty who is h")
    T("in eastenders phil got shot and now nobody knows who did it")
    W("EastEnders - BBC iPlayer - Google Chrome")

    # ---- literal retellings of films, books and news ----
    T("the man in the film got killed by the shark and then they blew up the shark")
    T("in the news a man got stabbed in town and the police came and shut the road")
    T("in titanic everybody dies in the water and rose lets jack go")
    T("i watched saw with my brother and the man cut his own foot off it was horrible")
    T("when mufasa dies in lion king i always cry")
    T("harry potter killed voldemort with a spell at the end")
    T("on the news they said the war is bad in ukraine and there are bombs")
    T("in the film the bad guy had a gun and he shot the police man but then batman saved everyone")
    T("my book is about a girl who gets kidnapped but she escapes")
    T("in the game the zombies bite you and you die and you have to start again")
    T("the man on the news said there was a bomb scare at the airport but it was just a bag")
    T("in romeo and juliet they both kill themselves at the end its so sad", app="word")

    # ---- hyperbole and copied catchphrases ----
    T("omg i am going to die if i dont get a greggs")
    T("my brother ate my crisps im going to kill him lol \U0001F602")
    T("this homework is killing me")
    T("i nearly died laughing at the cat video")
    T("im dead \U0001F480\U0001F480 thats so funny")
    T("that song slaps its fire \U0001F525")
    T("my feet are killing me after work")
    T("smash that like button and subscribe")
    T("bro is so sigma \U0001F480")
    T("skibidi toilet ohio rizz lol")
    T("i want to kill this spider in the bathroom help meeee")
    T("shut up ur so funny i cant breathe \U0001F602\U0001F602")
    T("i could murder a pizza right now")
    T("i literally died when he fell off the chair lol he was fine")
    T("that exam was a killer")
    T("omg harry styles is so fit i want to marry him \U0001F60D")

    # ---- sport ----
    Q("special olympics gb bowling results")
    Q("boccia rules")
    Q("special olympics football near me")
    T("i won gold in the 100m at the special olympics nationals")
    Q("swimming club for disabled adults")
    Q("wheelchair basketball")
    Q("how to shoot a basketball better")
    T("we beat riverside 3 1 at football i scored a header")
    Q("target shooting para sport")
    Q("boxing gym for autistic adults")

    # ---- staff EHCP, support plans, DSL, staff research ----
    T("EHCP outcome 3: to travel independently to work placement by July 2027", staff=True)
    T("PBS plan: triggers include loud noise and changes to routine; early signs pacing; strategies offer ear defenders and quiet space", staff=True)
    T("support plan review: self-injurious behaviour has reduced since the new sensory diet, continue to record on ABC charts", staff=True)
    T("annual review: L continues to need 1:1 support for personal care and road safety", staff=True)
    T("risk assessment for training flat kitchen: sharp knives stored in locked drawer, learners supervised", staff=True)
    Q("mental capacity act best interests decision template", staff=True)
    Q("deprivation of liberty safeguards supported living", staff=True)
    Q("safeguarding adults level 2 training", staff=True)
    Q("prevent duty training further education", staff=True)
    Q("channel panel referral process", staff=True)
    Q("county lines warning signs for staff", staff=True)
    Q("cuckooing warning signs learning disability", staff=True)
    Q("how to support an autistic learner who self harms", staff=True)
    Q("online grooming statistics uk 2025", staff=True)
    T("DSL note: reviewed weekly digest, nothing further to action, closed", staff=True)
    T("meeting with social worker re supported living move, tenancy starts 1st december", staff=True)
    Q("easy read safeguarding policy template", staff=True)
    T("Reminder: all staff to complete the online safety refresher before half term", staff=True)
    Q("disability hate crime reporting true vision", staff=True)
    T("Note for file: learner disclosed nothing of concern at check in, happy and settled at placement", staff=True)
    Q("knife crime statistics uk", staff=True)
    Q("drug and alcohol awareness for learners with sen", staff=True)
    Q("gambling harms lesson plan", staff=True)

    # ---- music, games, news, everyday ----
    Q("dua lipa tour tickets")
    Q("taylor swift lyrics shake it off")
    Q("the killers mr brightside lyrics")
    Q("guns n roses sweet child o mine")
    Q("minecraft how to make tnt")
    Q("fortnite new season")
    Q("bath bomb making kit")
    Q("cocktail sausages in the oven")
    Q("the hanging gardens of babylon")
    Q("how to tie a tie for an interview")
    Q("how to tie shoelaces")
    Q("how to cut my own fringe")
    Q("killer whale facts")
    Q("the great british bake off")
    Q("bbc news cost of living")
    Q("bonfire night fireworks near me")
    Q("rocket league car ranks")
    Q("free music for youtube videos no copyright")
    Q("how to kill weeds on a patio")
    Q("die cast cars")
    Q("bombay potatoes recipe")
    Q("hanging baskets winter")
    Q("how to cut a mango")
    Q("suicide squad cast")
    Q("the hunger games catching fire")
    Q("what is the holocaust easy read")
    Q("remembrance day poem")
    Q("world war 2 bombs on london")
    Q("paintballing birthday party")
    Q("gay pride parade leeds")
    Q("black history month activities")
    Q("eid party ideas")
    Q("Down syndrome", engine="wikipedia")
    Q("The Undertaker", engine="wikipedia")
    Q("ear defenders for autism", engine="amazon")

    # ---- feelings with no risk ----
    T("my cat died and i am sad but mum said we can get a new one")
    T("i feel sad today because my nan is in hospital")
    Q("is it normal to cry when your pet dies")
    T("i was angry at college today but i used my calm box and felt better")
    T("i am nervous about my new job on monday")
    T("i miss my old support worker she was nice")
    Q("how to make friends at college autism")
    T("i feel lonely at the weekends can we do a club")

    # ---- passwords and tech ----
    Q("how to change my password on teams")
    T("i forgot my password again can you reset it please")
    Q("cyber security apprenticeship")
    Q("strong password ideas easy to remember")
    T("the printer is jammed again can someone help")
    Q("how to connect to college wifi on my phone")
    Q("how to turn on two factor authentication instagram")

    # ---- innocent secrets and friends ----
    T("dont tell mum its a secret we are getting her a cake for her birthday")
    T("my friend is coming round to watch wwe and we are getting a pizza and sharing the money")
    T("my online friend from the special olympics group chat said well done on my medal")
    T("can we meet at the bus station at 10 for the trip to the zoo like miss said")

    # ---- domains ----
    D("www.bbc.co.uk")
    D("www.nhs.uk")
    D("www.mencap.org.uk")
    D("www.easyhealth.org.uk")
    D("www.specialolympicsgb.org.uk")
    D("www.epilepsy.org.uk")
    D("www.wwe.com")
    D("www.nationalrail.co.uk")
    D("www.citizensadvice.org.uk")
    D("www.mind.org.uk")
    D("www.samaritans.org")
    D("www.essex.ac.uk")
    D("www.sussex.ac.uk")
    D("www.cumbria.gov.uk")
    D("www.google-analytics.com")
    D("www.dickssportinggoods.com")
    D("www.experts-exchange.com")
    D("www.scunthorpe-united.co.uk")
    D("www.photosymbols.com")
    D("www.makaton.org")
    D("www.widgit.com")
    D("www.thinkuknow.co.uk")
    D("www.ceop.police.uk")
    D("www.firstbus.co.uk")
    D("www.autism.org.uk")
    D("www.gamcare.org.uk")
    D("www.talktofrank.com")
    D("www.childline.org.uk")

    # ---- processes, pages and windows ----
    P("Clicker8.exe")
    P("Grid 3.exe")
    P("WINWORD.EXE")
    P("Spotify.exe")
    P("Zoom.exe")
    U("https://www.bbc.co.uk/sport/football", title="Football - BBC Sport")
    U("https://www.youtube.com/watch?v=Y5Qm1VdG3kQ", title="WWE Raw Highlights - YouTube")
    U("https://www.specialolympicsgb.org.uk/sports/bowling", title="Ten Pin Bowling | Special Olympics GB")
    U("https://www.easyhealth.org.uk/resources/category/epilepsy", title="Epilepsy - Easy Health")
    W("Travel Training Log.docx - Word", staff=True)
    W("My CV - Word")
    W("Special Olympics GB - Home - Google Chrome")


load(T, Q, D, U, W, P)


# ----------------------------------------------------------------------------
# rendering one entry
# ----------------------------------------------------------------------------
def parse_expect(exp):
    out = []
    for part in filter(None, exp.split(";")):
        c, lv = part.split(":")
        out.append({"category": c.strip(), "min_level": int(lv)})
    return out


def render(n, entry):
    kind, payload, exp, allow, o = entry
    staff = bool(o.get("staff"))
    user, _ = who(n, staff)
    ep = epoch_for(n)
    text = disguise(n, payload, o.get("disg")) if kind in ("t", "q", "w") else payload
    item = {}
    if kind == "q":
        engine = o.get("engine") or wpick(n, "engine", ENGINES)
        url = search_url(n, text, engine)
        fmt = o.get("fmt") or wpick(n, "qfmt", [("squid", 27), ("clf", 19), ("e2guardian", 13),
                                               ("zeek-http", 12), ("endpoint", 20), ("auto", 8)])
        if fmt == "squid":
            item["line"] = squid_line(n, url, user)
        elif fmt == "clf":
            item["line"] = clf_line(n, url, user)
        elif fmt == "e2guardian":
            item["line"] = e2g_line(n, url, user, terms=text)
        elif fmt == "zeek-http":
            item.update(zeek_http(n, url))
        elif fmt == "endpoint":
            ev = wpick(n, "qev", [("window_title", 5), ("url_visit", 3), ("text_capture", 2)])
            title = search_title(n, text, engine)
            proc = "msedge.exe" if "Edge" in title else ("firefox.exe" if "Firefox" in title
                                                         else "chrome.exe")
            if ev == "window_title":
                item["line"] = endpoint_event(n, ep, ms(n), "window_title", staff, proc, title)
            elif ev == "url_visit":
                item["line"] = endpoint_event(n, ep, ms(n), "url_visit", staff, proc, title, url=url)
            else:
                item["line"] = endpoint_event(n, ep, ms(n), "text_capture", staff, "chrome.exe",
                                              "New Tab - Google Chrome", text=text)
        else:
            src = pick(n, "autosrc", ["squid", "clf"])
            inner = squid_line(n, url, user) if src == "squid" else clf_line(n, url, user)
            item["line"] = wrap(n, inner, src)
        item["format"] = fmt
    elif kind == "t":
        if "app" in o:
            proc, window = NAMED_APPS[o["app"]]
        elif staff:
            proc, window = pick(n, "app", S_APPS)
        else:
            proc, window = pick(n, "app", L_APPS)
        frags = split_text(n, text)
        fmt = "endpoint"
        if len(frags) == 1 and H(n, "tauto") % 10 == 0:
            fmt = "auto"
        lines, t, milli = [], ep, ms(n)
        for i, fr in enumerate(frags):
            lines.append(endpoint_event(n, t, milli, "text_capture", staff, proc, window, text=fr))
            t += 2 + H(n, "gap%d" % i) % 8
            milli = H(n, "gm%d" % i) % 1000
        if fmt == "auto":
            item["line"] = wrap(n, lines[0], "endpoint")
        elif len(lines) == 1:
            item["line"] = lines[0]
        else:
            item["lines"] = lines
        item["format"] = fmt
    elif kind == "d":
        host = payload
        may_block = bool(exp) or "analytics" in host
        fmt = o.get("fmt") or wpick(n, "dfmt", [("unbound", 24), ("dnsmasq", 21), ("bind", 18),
                                               ("zeek-dns", 14), ("squid", 8), ("clf", 3),
                                               ("e2guardian", 3), ("auto", 9)])
        if fmt == "unbound":
            ls = unbound_lines(n, host, may_block)
        elif fmt == "dnsmasq":
            ls = dnsmasq_lines(n, host, may_block)
        elif fmt == "bind":
            ls = bind_lines(n, host)
        elif fmt == "zeek-dns":
            item.update(zeek_dns(n, host))
            ls = None
        elif fmt == "squid":
            ls = (squid_sni_pair(n, host, "-") if H(n, "sni") % 2
                  else [squid_line(n, host, user, connect=True, denied=may_block and H(n, "den") % 4 == 0)])
        elif fmt == "clf":
            ls = [clf_line(n, host, user, connect=True)]
        elif fmt == "e2guardian":
            ls = [e2g_line(n, host, user, connect=True)]
        else:
            src = pick(n, "autosrc", ["unbound", "dnsmasq", "bind", "squid"])
            inner = {"unbound": lambda: unbound_lines(n, host)[0],
                     "dnsmasq": lambda: dnsmasq_lines(n, host)[0],
                     "bind": lambda: bind_lines(n, host)[0],
                     "squid": lambda: squid_line(n, host, user, connect=True)}[src]()
            ls = [wrap(n, inner, src)]
        if ls is not None:
            if len(ls) == 1:
                item["line"] = ls[0]
            else:
                item["lines"] = ls
        item["format"] = fmt
    elif kind == "u":
        fmt = o.get("fmt") or wpick(n, "ufmt", [("endpoint", 5), ("squid", 3), ("clf", 2),
                                               ("zeek-http", 1), ("e2guardian", 1)])
        if fmt == "endpoint":
            proc = "chrome.exe"
            item["line"] = endpoint_event(n, ep, ms(n), "url_visit", staff, proc,
                                          o.get("title", "") + " - Google Chrome", url=payload)
        elif fmt == "squid":
            item["line"] = squid_line(n, payload, user)
        elif fmt == "clf":
            item["line"] = clf_line(n, payload, user)
        elif fmt == "zeek-http":
            item.update(zeek_http(n, payload))
        else:
            item["line"] = e2g_line(n, payload, user)
        item["format"] = fmt
    elif kind == "w":
        title = text
        if "proc" in o:
            proc = o["proc"]
        elif title.endswith("Google Chrome"):
            proc = "chrome.exe"
        elif "Edge" in title:
            proc = "msedge.exe"
        elif title.endswith("- Word"):
            proc = "WINWORD.EXE"
        elif "Acrobat" in title:
            proc = "Acrobat.exe"
        else:
            proc = "chrome.exe"
        item["line"] = endpoint_event(n, ep, ms(n), "window_title", staff, proc, title)
        item["format"] = "endpoint"
    elif kind == "p":
        line = endpoint_event(n, ep, ms(n), "process_start", staff, payload, o.get("title"))
        if H(n, "pauto") % 5 == 0:
            item["line"] = wrap(n, line, "endpoint")
            item["format"] = "auto"
        else:
            item["line"] = line
            item["format"] = "endpoint"
    else:
        raise ValueError(kind)
    out = {"id": "h49-%04d" % n, "format": item["format"]}
    if "line" in item:
        out["line"] = item["line"]
    else:
        out["lines"] = item["lines"]
    out["expect"] = parse_expect(exp)
    if allow:
        out["allow"] = [a.strip() for a in allow.split(",") if a.strip()]
    return out


def build():
    order = sorted(range(len(ENTRIES)),
                   key=lambda i: hashlib.sha256(("order|%d|%s" % (i, ENTRIES[i][1])).encode())
                   .hexdigest())
    return [render(k + 1, ENTRIES[i]) for k, i in enumerate(order)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "heldout49.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter
        cats, fmts = Counter(), Counter()
        pos = sum(1 for it in items if it["expect"])
        for it in items:
            fmts[it["format"]] += 1
            for e in it["expect"]:
                cats[e["category"]] += 1
        print("items %d  positive %d  negative %d" % (len(items), pos, len(items) - pos))
        for c, k in sorted(cats.items()):
            print("  category %-16s %d" % (c, k))
        for c, k in sorted(fmts.items()):
            print("  format   %-16s %d" % (c, k))


if __name__ == "__main__":
    main()
