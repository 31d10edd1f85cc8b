#!/usr/bin/env python3
"""Generate round2.jsonl: a labelled held-out evaluation corpus for Guardline.

Deterministic and stdlib-only: running this script rewrites round2.jsonl (next to
this file) byte for byte. Items are written from scratch: search URLs, typed chat,
window titles and DNS names in every supported log format, with positives across the
safeguarding categories and hard negatives (coursework, idioms, place names, IT,
gaming, medical/sport, news and ordinary college traffic).
"""
import json
import os
import random
import sys
from urllib.parse import quote, quote_plus

SEED = 20261122
rng = random.Random(SEED)

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]

# ----------------------------------------------------------------------------
# disguise helpers (character-level obfuscation)
# ----------------------------------------------------------------------------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}
ZW = "\u200b"


def cyr(s, letters="aeo"):
    return "".join(CYR[ch] if ch in letters and ch in CYR else ch for ch in s)


def zw(word):
    return ZW.join(word)


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


# ----------------------------------------------------------------------------
# identities
# ----------------------------------------------------------------------------
USERS = ["k.adeyemi", "mwright", "s2419087", "EDU\\l.brown", "apprentice22", "r.hussain",
         "t.nguyen@northvale.ac.uk", "gbailey", "learner1187", "j.obrien", "fpatel",
         "EDU\\c.kowalski", "s2503341", "d.mensah", "hollie.w", "apprentice09",
         "m.ali", "EDU\\b.evans", "learner2240", "z.begum"]
DEVICES = ["LRC-PC-14", "B204-PC-03", "CB-STU-0412", "MEDIA-PC-09", "ENG-WS-11",
           "HSC-LT-06", "CATER-TAB-01", "IT-LAB-PC-22", "LIB-LT-31", "CB-STU-0977",
           "SCI-PC-17", "ART-PC-02", "CB-STU-1203", "BUS-LT-08"]
SITES = ["north", "south", "city", "riverside"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# 2026-10-12 00:00:00 UTC .. 2026-11-20 (epoch seconds)
T0 = 1791763200


def rand_ts(evening=False):
    day = rng.randrange(0, 39)
    if evening:
        secs = rng.randrange(17 * 3600, 23 * 3600 + 3000)
    else:
        secs = rng.randrange(8 * 3600 + 600, 16 * 3600 + 1800)
    return T0 + day * 86400 + secs + rng.randrange(0, 1000) / 1000.0


def gm(ts):
    import time
    return time.gmtime(int(ts))


def ip():
    return "10.%d.%d.%d" % (rng.randrange(1, 41), rng.randrange(0, 255), rng.randrange(2, 254))


def upstream_ip():
    return "%d.%d.%d.%d" % (rng.choice([142, 172, 104, 151, 185, 13, 20, 52]), rng.randrange(0, 255),
                            rng.randrange(0, 255), rng.randrange(1, 254))


# ----------------------------------------------------------------------------
# search URLs
# ----------------------------------------------------------------------------
def search_url(engine, q):
    qp = quote_plus(q, safe="")
    qs = quote(q, safe="")
    if engine == "google":
        v = rng.randrange(3)
        if v == 0:
            return "www.google.com", "/search?q=%s&hl=en-GB&source=hp" % qp
        if v == 1:
            return "www.google.co.uk", "/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (qp, qp)
        return "www.google.com", "/search?q=%s&sca_esv=%x&source=hp&ei=Yk5%dQ" % (qp, rng.randrange(1 << 40), rng.randrange(1000))
    if engine == "bing":
        return "www.bing.com", "/search?q=%s&form=%s" % (qp, rng.choice(["QBLH", "QBRE", "ANNTH1"]))
    if engine == "ddg":
        return "duckduckgo.com", "/?q=%s&ia=web" % (qp if rng.random() < 0.5 else qs)
    if engine == "youtube":
        return "www.youtube.com", "/results?search_query=%s" % qp
    if engine == "tiktok":
        return "www.tiktok.com", "/search?q=%s&t=%d" % (qs, 1791763200000 + rng.randrange(10 ** 9))
    if engine == "reddit":
        return "www.reddit.com", "/search/?q=%s" % qs
    if engine == "yahoo":
        return "uk.search.yahoo.com", "/search?p=%s&fr=yfp-t" % qp
    if engine == "ecosia":
        return "www.ecosia.org", "/search?method=index&q=%s" % qp
    if engine == "insta":
        return "www.instagram.com", "/explore/search/keyword/?q=%s" % qs
    raise ValueError(engine)


def search_title(engine, q, browser):
    b = {"chrome.exe": "Google Chrome", "msedge.exe": "Microsoft Edge", "firefox.exe": "Mozilla Firefox",
         "chrome": "Google Chrome"}[browser]
    sep = " \u2014 " if browser == "firefox.exe" else " - "
    if engine == "google":
        return "%s - Google Search%s%s" % (q, sep, b)
    if engine == "bing":
        return "%s - Search%s%s" % (q, sep, b)
    if engine == "ddg":
        return "%s at DuckDuckGo%s%s" % (q, sep, b)
    if engine == "youtube":
        return "%s - YouTube%s%s" % (q, sep, b)
    if engine == "tiktok":
        return "Find '%s' on TikTok | TikTok Search%s%s" % (q, sep, b)
    if engine == "reddit":
        return "Reddit - %s%s%s" % (q, sep, b)
    if engine == "yahoo":
        return "%s - Yahoo Search Results%s%s" % (q, sep, b)
    if engine == "ecosia":
        return "%s - Ecosia%s%s" % (q, sep, b)
    if engine == "insta":
        return "Instagram%s%s" % (sep, b)
    raise ValueError(engine)


# ----------------------------------------------------------------------------
# proxy formats
# ----------------------------------------------------------------------------
def squid_native(ts, url, user, method="GET", status="TCP_MISS/200", mime="text/html"):
    up = upstream_ip()
    return "%.3f %6d %s %s %d %s %s %s HIER_DIRECT/%s %s" % (
        ts, rng.randrange(3, 900), ip(), status, rng.randrange(2000, 95000), method, url, user, up, mime)


def squid_ukfull(ts, url, user, host):
    up = upstream_ip()
    ua = rng.choice(UAS)
    return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
        ts, rng.randrange(3, 900), ip(), user, rng.randrange(2000, 95000), url, up, ua, host, host)


def squid_connect(ts, host, user):
    """ssl_bump peek+splice: two lines (peek, then tunnel) like the real sample."""
    up = upstream_ip()
    cip = ip()
    ua = rng.choice(UAS)
    l1 = '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
        ts, rng.randrange(0, 3), cip, user, host, ua, host, host)
    l2 = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        ts + rng.randrange(5, 60) / 1000.0, rng.randrange(40, 30000), cip, user, rng.randrange(3000, 900000),
        host, up, host, host)
    return [l1, l2]


def clf_time(ts):
    t = gm(ts)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)


def clf(ts, url, user, combined=True):
    ref = rng.choice(["-", "-", "-", "https://www.google.com/", "https://www.bing.com/"])
    base = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d' % (ip(), user, clf_time(ts), url, rng.randrange(2000, 95000))
    if combined:
        return '%s "%s" "%s" TCP_MISS:HIER_DIRECT' % (base, ref, rng.choice(UAS))
    return "%s TCP_MISS:HIER_DIRECT" % base


def e2_time(ts):
    t = gm(ts)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def e2g(ts, url, user, terms, variant):
    cip = ip()
    ua = rng.choice(UAS[:4])
    grp = rng.choice(["students", "students", "apprentices", "no_name_group"])
    termf = ("0=%s;" % terms) if terms else "-"
    size = str(rng.randrange(1500, 90000))
    if variant == 6:
        return "\t".join(["%.3f" % ts, "", user, cip, cip, url, "GET", "200", size, "-", ua, "-",
                          str(rng.randrange(2, 700)), "-", "0", "-", "0", "-", grp, "1"])
    fields = [e2_time(ts), user, cip, url, "-", "GET", size, "0", "-", "1", "200", "-", cip, grp, ua,
              termf, "-", "-", "-"]
    if variant == 2:
        return ",".join('"%s"' % f.replace('"', '""') for f in fields)
    return "\t".join(fields)


def zeek_http(ts, host, uri):
    rec = {"ts": round(ts, 6), "uid": "C" + "".join(rng.choice("0123456789abcdefABCDEFghijkLMNOPqrstuvWXYZ") for _ in range(17)),
           "id.orig_h": ip(), "id.orig_p": rng.randrange(1025, 65535), "id.resp_h": upstream_ip(), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
           "user_agent": rng.choice(UAS), "request_body_len": 0, "response_body_len": rng.randrange(1500, 95000),
           "status_code": 200, "status_msg": "OK", "tags": []}
    return json.dumps(rec, ensure_ascii=False)


ZEEK_HTTP_HEADER = [
    "#separator \\x09",
    "#set_separator\t,",
    "#empty_field\t(empty)",
    "#unset_field\t-",
    "#path\thttp",
    "#open\t2026-11-03-09-00-00",
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types",
    "#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[string]\tstring\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]",
]


def zeek_http_tsv(ts, host, uri):
    uid = "C" + "".join(rng.choice("0123456789abcdefABCDEFghijk") for _ in range(17))
    row = ["%.6f" % ts, uid, ip(), str(rng.randrange(1025, 65535)), upstream_ip(), "80", "1", "GET", host, uri,
           "-", "1.1", rng.choice(UAS), "-", "0", str(rng.randrange(1500, 90000)), "200", "OK", "-", "-",
           "(empty)", "-", "-", "-", "-", "-", "-", "F" + uid[1:], "-", "text/html"]
    return ZEEK_HTTP_HEADER + ["\t".join(row)]


# ----------------------------------------------------------------------------
# dns formats
# ----------------------------------------------------------------------------
def syslog_time(ts):
    t = gm(ts)
    return "%s %2d %02d:%02d:%02d" % (MONTHS[t.tm_mon - 1], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def unbound(ts, dom, variant):
    c = ip()
    qt = rng.choice(["A", "A", "A", "AAAA", "HTTPS"])
    pre = ("[%d]" % int(ts)) if variant == "epoch" else syslog_time(ts)
    q = "%s unbound[7862:0] info: %s %s. %s IN" % (pre, c, dom, qt)
    if variant == "reply":
        return "%s NOERROR %.6f 0 %d" % (q, rng.randrange(0, 90000) / 1e6, rng.randrange(40, 400))
    return q


def dnsmasq(ts, dom, variant):
    c = ip()
    if variant == "extra":
        return "%s dnsmasq[9987]: %d %s/%d query[A] %s from %s" % (
            syslog_time(ts), rng.randrange(1, 99999), c, rng.randrange(1025, 65535), dom, c)
    return "%s dnsmasq[9987]: query[A] %s from %s" % (syslog_time(ts), dom, c)


def dnsmasq_blocked(ts, dom):
    c = ip()
    n = rng.randrange(1, 99999)
    p = rng.randrange(1025, 65535)
    st = syslog_time(ts)
    return ["%s dnsmasq[9987]: %d %s/%d query[A] %s from %s" % (st, n, c, p, dom, c),
            "%s dnsmasq[9987]: %d %s/%d config %s is 0.0.0.0" % (st, n, c, p, dom)]


def bind_time(ts):
    t = gm(ts)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min,
                                                  t.tm_sec, int((ts % 1) * 1000))


def bind(ts, dom, variant):
    c = "%s#%d" % (ip(), rng.randrange(1025, 65535))
    cl = "client @0x7f%010x" % rng.randrange(1 << 36)
    if variant == "rpz":
        return "%s rpz: info: %s %s (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            bind_time(ts), cl, c, dom, dom, dom)
    return "%s queries: info: %s %s (%s): query: %s IN %s +E(0)K (10.0.0.53)" % (
        bind_time(ts), cl, c, dom, dom, rng.choice(["A", "A", "AAAA"]))


def zeek_dns(ts, dom):
    rec = {"ts": round(ts, 6), "uid": "C" + "".join(rng.choice("0123456789abcdefABCDEFghijkLMNOPqrstuvWXYZ") for _ in range(17)),
           "id.orig_h": ip(), "id.orig_p": rng.randrange(1025, 65535), "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": rng.randrange(1, 65535), "rtt": round(rng.randrange(200, 40000) / 1e6, 6),
           "query": dom, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A",
           "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "answers": [upstream_ip()], "TTLs": [float(rng.choice([60, 300, 3600]))], "rejected": False}
    return json.dumps(rec)


ZEEK_DNS_HEADER = [
    "#separator \\x09",
    "#set_separator\t,",
    "#empty_field\t(empty)",
    "#unset_field\t-",
    "#path\tdns",
    "#open\t2026-11-03-09-00-00",
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\trtt\tquery\tqclass\tqclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\tRD\tRA\tZ\tanswers\tTTLs\trejected",
    "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tcount\tinterval\tstring\tcount\tstring\tcount\tstring\tcount\tstring\tbool\tbool\tbool\tbool\tcount\tvector[string]\tvector[interval]\tbool",
]


def zeek_dns_tsv(ts, dom):
    uid = "C" + "".join(rng.choice("0123456789abcdefABCDEFghijk") for _ in range(17))
    row = ["%.6f" % ts, uid, ip(), str(rng.randrange(1025, 65535)), "10.0.0.53", "53", "udp",
           str(rng.randrange(1, 65535)), "%.6f" % (rng.randrange(200, 40000) / 1e6), dom, "1", "C_INTERNET", "1", "A",
           "0", "NOERROR", "F", "F", "T", "T", "0", upstream_ip(), "300.000000", "F"]
    return ZEEK_DNS_HEADER + ["\t".join(row)]


# ----------------------------------------------------------------------------
# wrappers
# ----------------------------------------------------------------------------
def wrap_syslog(ts, line, prog):
    return "<134>%s proxy01 %s: %s" % (syslog_time(ts), prog, line)


def wrap_rsyslog(ts, line, source, path):
    t = gm(ts)
    rec = '{"ts_received":"%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00", "host":"%s", "source":"%s", "file":"%s", "message":%s}' % (
        t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, rng.randrange(10 ** 6),
        {"squid": "proxy02", "unbound": "dns01"}.get(source, "edge-north"), source, path.replace("/", "\\/"),
        json.dumps(line, ensure_ascii=False).replace("/", "\\/"))
    return rec


# ----------------------------------------------------------------------------
# endpoint
# ----------------------------------------------------------------------------
APPS = {
    "discord": ("Discord.exe", ["Discord | #general | yr12 lot", "Discord | @jayden.xo", "Discord | #off-topic | the squad",
                                "Discord | Friends", "Discord | @kaysvibes_"]),
    "discord_dm": ("Discord.exe", ["Discord | @ry4n_22", "Discord | @dan.mcr", "Discord | @lukeyy", "Discord | @mike_gaming"]),
    "whatsapp": ("WhatsApp.exe", ["WhatsApp"]),
    "snap": ("chrome.exe", ["Snapchat - Google Chrome"]),
    "insta": ("chrome.exe", ["Inbox \u2022 Direct - Instagram - Google Chrome", "Instagram - Google Chrome"]),
    "teams": ("ms-teams.exe", ["Chat | Microsoft Teams", "Chat | Computing L3 group | Microsoft Teams"]),
    "roblox": ("RobloxPlayerBeta.exe", ["Roblox"]),
    "messenger": ("msedge.exe", ["Messenger | Facebook - Microsoft Edge"]),
    "tiktok": ("chrome.exe", ["Messages | TikTok - Google Chrome"]),
    "xbox": ("XboxPcApp.exe", ["Xbox"]),
    "notepad": ("notepad.exe", ["Untitled - Notepad", "*notes.txt - Notepad"]),
    "word": ("WINWORD.EXE", ["Document1 - Word", "letter.docx - Word"]),
    "whatsweb": ("msedge.exe", ["WhatsApp - Microsoft Edge", "(2) WhatsApp - Microsoft Edge"]),
    "chromebook_chat": ("chrome", ["Google Chat - Google Chrome"]),
}
CAT_APPS = {
    "suicide": ["whatsapp", "discord", "snap", "teams", "insta", "whatsweb", "notepad"],
    "self_harm": ["whatsapp", "discord", "snap", "insta", "whatsweb", "notepad"],
    "radicalisation": ["discord", "whatsapp", "snap", "discord"],
    "grooming": ["discord_dm", "snap", "insta", "roblox", "tiktok", "xbox", "messenger"],
    "bullying": ["whatsapp", "snap", "insta", "discord", "whatsweb", "tiktok"],
    "discrimination": ["whatsapp", "snap", "discord", "insta", "chromebook_chat"],
    "violence": ["whatsapp", "snap", "discord", "insta", "whatsweb"],
    "neg": ["whatsapp", "snap", "discord", "insta", "teams", "whatsweb", "chromebook_chat"],
}


def iso(ts):
    t = gm(ts)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                                                    int(round((ts % 1) * 1000)) % 1000)


def endpoint(ts, device, user, site, event, process, title, text=None, url=None):
    rec = {"ts": iso(ts), "site": site, "device": device, "user": user, "event": event, "process": process,
           "window_title": title, "text": text, "url": url}
    return json.dumps(rec, ensure_ascii=False)


# ----------------------------------------------------------------------------
# item builders
# ----------------------------------------------------------------------------
SEARCH_FORMATS = ["squid", "clf", "e2guardian", "zeek-http", "endpoint", "squid", "clf", "e2guardian", "endpoint"]
DNS_FORMATS = ["unbound", "dnsmasq", "bind", "zeek-dns"]
URL_FORMATS = ["squid", "clf", "e2guardian", "zeek-http", "endpoint"]
counters = {"search": 0, "dns": 0, "url": 0, "e2": 0, "unb": 0, "dnsm": 0, "bind": 0, "sq": 0, "clf": 0}


def nxt(key, n):
    v = counters[key] % n
    counters[key] += 1
    return v


def proxy_line(ts, host, uri, user, fmt, terms=None):
    url = "https://%s%s" % (host, uri)
    if fmt == "squid":
        if nxt("sq", 10) < 7:
            return [squid_native(ts, url, user)]
        return [squid_ukfull(ts, url, user, host)]
    if fmt == "clf":
        return [clf(ts, url, user, combined=nxt("clf", 10) < 7)]
    if fmt == "e2guardian":
        return [e2g(ts, url, user, terms, [2, 4, 6][nxt("e2", 3)])]
    if fmt == "zeek-http":
        return [zeek_http(ts, host, uri)]
    if fmt == "zeek-http-tsv":
        return zeek_http_tsv(ts, host, uri)
    raise ValueError(fmt)


def dns_lines(ts, dom, fmt, blocked=False):
    if fmt == "unbound":
        return [unbound(ts, dom, ["ascii", "reply", "epoch", "ascii"][nxt("unb", 4)])]
    if fmt == "dnsmasq":
        if blocked:
            return dnsmasq_blocked(ts, dom)
        return [dnsmasq(ts, dom, ["extra", "extra", "plain"][nxt("dnsm", 3)])]
    if fmt == "bind":
        return [bind(ts, dom, "rpz" if blocked else "query")]
    if fmt == "zeek-dns":
        return [zeek_dns(ts, dom)]
    if fmt == "zeek-dns-tsv":
        return zeek_dns_tsv(ts, dom)
    raise ValueError(fmt)


ITEMS = []
STATS = {"disguised": 0, "split": 0, "wrapped": 0}


def add(fmt, lines, expect, allow=(), disguised=False, split=False, wrapped=False):
    item = {"format": fmt}
    if len(lines) == 1:
        item["line"] = lines[0]
    else:
        item["lines"] = lines
    item["expect"] = expect
    if allow:
        item["allow"] = list(allow)
    ITEMS.append(item)
    if disguised:
        STATS["disguised"] += 1
    if split:
        STATS["split"] += 1
    if wrapped:
        STATS["wrapped"] += 1


def build(kind, payload, expect, allow=(), d=False, fmt=None, cat=None, app=None, evening=None, wrap=None, user=None):
    if evening is None:
        evening = rng.random() < 0.3
    ts = rand_ts(evening)
    user = user or rng.choice(USERS)
    device = rng.choice(DEVICES)
    site = rng.choice(SITES)
    appkey = app or rng.choice(CAT_APPS.get(cat, CAT_APPS["neg"]))
    desktop_proc = (APPS[appkey][0] if appkey in APPS else appkey)
    if kind in ("chat", "split", "title") and desktop_proc not in ("chrome.exe", "msedge.exe", "chrome") and device.startswith("CB-"):
        device = rng.choice([d for d in DEVICES if not d.startswith("CB-")])
    if kind.startswith("q:"):
        engine = kind[2:]
        host, uri = search_url(engine, payload)
        f = fmt or SEARCH_FORMATS[nxt("search", len(SEARCH_FORMATS))]
        if f == "endpoint":
            browser = "chrome" if device.startswith("CB-") else rng.choice(["chrome.exe", "msedge.exe", "firefox.exe"])
            if rng.random() < 0.5:
                lines = [endpoint(ts, device, user, site, "window_title", browser, search_title(engine, payload, browser))]
            else:
                start = {"google": "Google", "bing": "Bing", "ddg": "DuckDuckGo \u2014 Privacy, simplified.",
                         "youtube": "YouTube", "tiktok": "TikTok - Make Your Day", "reddit": "Reddit - Dive into anything",
                         "yahoo": "Yahoo Search", "ecosia": "Ecosia - the search engine that plants trees",
                         "insta": "Instagram"}[engine]
                b = {"chrome.exe": "Google Chrome", "msedge.exe": "Microsoft Edge", "firefox.exe": "Mozilla Firefox",
                     "chrome": "Google Chrome"}[browser]
                sep = " \u2014 " if browser == "firefox.exe" else " - "
                lines = [endpoint(ts, device, user, site, "text_capture", browser, start + sep + b, text=payload)]
        else:
            lines = proxy_line(ts, host, uri, user, f, terms=payload)
            if f == "zeek-http-tsv":
                f = "zeek-http"
        if wrap == "syslog" and f == "squid":
            lines = [wrap_syslog(ts, lines[0], "squid[1187]")]
        add(f, lines, expect, allow, d, wrapped=bool(wrap))
        return
    if kind == "chat":
        proc, titles = APPS[appkey]
        if device.startswith("CB-"):
            proc = "chrome"
        add("endpoint", [endpoint(ts, device, user, site, "text_capture", proc, rng.choice(titles), text=payload)],
            expect, allow, d)
        return
    if kind == "split":
        proc, titles = APPS[appkey]
        if device.startswith("CB-"):
            proc = "chrome"
        title = rng.choice(titles)
        lines = []
        t = ts
        for frag in payload:
            lines.append(endpoint(t, device, user, site, "text_capture", proc, title, text=frag))
            t += rng.randrange(1500, 9000) / 1000.0
        add("endpoint", lines, expect, allow, d, split=True)
        return
    if kind == "title":
        proc = "chrome" if device.startswith("CB-") else (app or "chrome.exe")
        add("endpoint", [endpoint(ts, device, user, site, "window_title", proc, payload)], expect, allow, d)
        return
    if kind == "visit":
        proc = "chrome" if device.startswith("CB-") else rng.choice(["chrome.exe", "msedge.exe"])
        title, url = payload
        add("endpoint", [endpoint(ts, device, user, site, "url_visit", proc, title, url=url)], expect, allow, d)
        return
    if kind == "dns":
        f = fmt or DNS_FORMATS[nxt("dns", len(DNS_FORMATS))]
        blocked = wrap == "blocked"
        lines = dns_lines(ts, payload, f, blocked=blocked)
        if f.endswith("-tsv"):
            f = f[:-4]
        wrapped = False
        if wrap == "rsyslog" and f == "unbound":
            lines = [wrap_rsyslog(ts, lines[0], "unbound", "/var/log/unbound/unbound.log")]
            wrapped = True
        if wrap == "syslog" and f == "dnsmasq":
            lines = ["<30>" + lines[0]]
            wrapped = True
        add(f, lines, expect, allow, d, wrapped=wrapped)
        return
    if kind == "url":
        url = payload
        host = url.split("/")[2]
        uri = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
        f = fmt or URL_FORMATS[nxt("url", len(URL_FORMATS))]
        if f == "endpoint":
            proc = "chrome" if device.startswith("CB-") else rng.choice(["chrome.exe", "msedge.exe"])
            add("endpoint", [endpoint(ts, device, user, site, "url_visit", proc, host + " - Google Chrome", url=url)],
                expect, allow, d)
            return
        lines = proxy_line(ts, host, uri, user, f, terms=None)
        if f == "zeek-http-tsv":
            f = "zeek-http"
        wrapped = False
        if wrap == "syslog" and f == "squid":
            lines = [wrap_syslog(ts, lines[0], "squid[1187]")]
            wrapped = True
        if wrap == "rsyslog" and f == "squid":
            lines = [wrap_rsyslog(ts, lines[0], "squid", "/var/log/squid/access.log")]
            wrapped = True
        add(f, lines, expect, allow, d, wrapped=wrapped)
        return
    if kind == "sni":
        add("squid", squid_connect(ts, payload, user), expect, allow, d)
        return
    raise ValueError(kind)


def P(cat, lvl, kind, payload, allow=(), d=False, **kw):
    build(kind, payload, [{"category": cat, "min_level": lvl}], allow, d, cat=cat, **kw)


def N(kind, payload, **kw):
    build(kind, payload, [], (), False, cat="neg", **kw)


# ============================================================================
# POSITIVES
# ============================================================================
SH = ("self_harm",)
SU = ("suicide",)

# ---- suicide ---------------------------------------------------------------
P("suicide", 5, "q:google", "most painless way to die in ur sleep", SH)
P("suicide", 5, "q:bing", "how many paracetamol would it take to not wake up", SH)
P("suicide", 5, "chat", "ive been saving my mums tablets for weeks, im taking them all tonight", SH)
P("suicide", 4, "chat", "honestly everyone would be better off if i just wasnt around anymore")
P("suicide", 5, "q:tiktok", "sewerslide methods that actually work", SH)
P("suicide", 5, "q:google", "quickest way to unalive urself", SH)
P("suicide", 5, "chat", "wrote letters for my mum and my little brother. tonights the night", app="snap")
P("suicide", 5, "q:ddg", "would jumping off a multi storey car park definitely kill u")
P("suicide", 4, "q:youtube", "i dont want to exist anymore")
P("suicide", 5, "title", "how long does it take to die from hanging - Google Search - Google Chrome")
P("suicide", 4, "chat", "my best mate just told me shes gonna kill herself tonight what do i do", SH)
P("suicide", 5, "chat", "if im not in tomorrow its cos i finally did it. sorry for everything x")
P("suicide", 5, "chat", "mum and dad im so sorry, none of this is ur fault, i just cant keep going anymore", app="word")
P("suicide", 5, "q:bing", "clifton suspension bridge how high is it would u survive the jump")
P("suicide", 4, "dns", "sanctioned-suicide.net", SH, fmt="zeek-dns")
# disguised
P("suicide", 5, "q:google", "h0w t0 k1ll mys3lf", SH, d=True)
P("suicide", 4, "chat", "i wanna dieeeeee nobody would even notice im gone", SH, d=True)
P("suicide", 5, "q:bing", cyr("how to write a suicide note"), SH, d=True, fmt="squid")
P("suicide", 5, "chat", "im going to " + zw("kill") + " myself after school", SH, d=True)
# split streams
P("suicide", 5, "split", ["i cant do this anymore im gonna end it to", "night before mum gets home"], SH)
P("suicide", 5, "split", ["how much insu", "lin would it take to not wake up"], SH, app="notepad")
P("suicide", 5, "split", ["ive decided im going to kill my", "self on friday ", "its all sorted"], SH)

# ---- self harm -------------------------------------------------------------
P("self_harm", 4, "q:google", "how to hide cuts on my wrist from my mum")
P("self_harm", 4, "q:tiktok", "cat scratches on arm how to hide them for school")
P("self_harm", 4, "chat", "relapsed last night after 2 months clean, my thighs are a mess", ("drugs",))
P("self_harm", 4, "q:youtube", "pro ana tips to stop feeling hungry")
P("self_harm", 4, "q:reddit", "thinspo and meanspo accounts to follow")
P("self_harm", 4, "q:google", "how to throw up after eating without anyone hearing")
P("self_harm", 3, "chat", "only had an apple today, going for under 300 cals tmrw", app="snap")
P("self_harm", 4, "q:ddg", "how many laxatives to lose weight fast at 15", ("drugs",))
P("self_harm", 4, "chat", "burnt myself with a lighter again i cant stop doing it")
P("self_harm", 4, "q:ecosia", "best razor to cut with that doesnt leave scars", SU)
P("self_harm", 4, "title", "sh scars on legs - TikTok - Google Chrome")
P("self_harm", 4, "chat", "my friend showed me her arms and theyre covered in cuts what do i do")
P("self_harm", 4, "chat", "gonna scratch my arms till they bleed again its the only thing that helps")
P("self_harm", 4, "q:tiktok", "how to get a thigh gap in 2 weeks starving")
# disguised
P("self_harm", 4, "chat", "been s3lf h4rming again dont tell anyone pls", d=True)
P("self_harm", 4, "q:google", "how to c.u.t without it showing", SU, d=True, fmt="squid")
P("self_harm", 4, "q:bing", cyr("pro ana coach"), d=True, fmt="e2guardian")
P("self_harm", 4, "chat", "i want to " + zw("hurt") + " myself so bad rn", SU, d=True)
P("self_harm", 4, "q:youtube", fullwidth("how to hide self harm"), d=True, fmt="zeek-http")
# split
P("self_harm", 4, "split", ["been cut", "ting again since sunday"], SU)
P("self_harm", 4, "split", ["how do u hide not eat", "ing from ur parents"], app="notepad")
P("self_harm", 4, "split", ["i keep hitting myself when", " i get angry and ", "it leaves bruises everywhere"])

# ---- radicalisation --------------------------------------------------------
DV = ("discrimination", "violence")
P("radicalisation", 4, "q:google", "national action membership how to join", DV)
P("radicalisation", 4, "q:ddg", "sonnenkrieg division telegram channel link", DV)
P("radicalisation", 4, "q:google", "siege james mason pdf free download", DV)
P("radicalisation", 4, "q:reddit", "the base rinaldo nazzaro how to get in", DV)
P("radicalisation", 4, "q:youtube", "dawlatul islam qamat nasheed", ("violence",))
P("radicalisation", 4, "q:google", "dabiq magazine all issues pdf", ("violence",))
P("radicalisation", 4, "q:youtube", "anjem choudary lectures al muhajiroun", ("discrimination",))
P("radicalisation", 4, "chat", "bro the great replacement is literally happening in our town we need to do something before its too late", DV)
P("radicalisation", 3, "q:google", "sonnenrad flag buy uk", ("discrimination",))
P("radicalisation", 4, "chat", "tarrant is a saint fr, someone needs to do the same thing over here", DV)
P("radicalisation", 4, "q:google", "how to get to syria to join the brothers", ("violence",))
P("radicalisation", 4, "q:ddg", "how to donate to al qassam brigades from uk", ("violence",))
P("radicalisation", 4, "title", "Saints Tier List (Breivik, Tarrant, Roof) - Telegram Web - Google Chrome", DV)
P("radicalisation", 4, "dns", "www.stormfront.org", ("discrimination",), fmt="bind")
P("radicalisation", 4, "q:reddit", "is it halal to kill kuffar living in britain", DV)
# disguised
P("radicalisation", 4, "q:youtube", "1s1s recru1tment v1de0", ("violence",), d=True, fmt="squid")
P("radicalisation", 4, "chat", "anyone got n a t i o n a l  a c t i o n stickers for round college", DV, d=True)
P("radicalisation", 4, "q:google", cyr("atomwaffen division videos"), DV, d=True, fmt="clf")
P("radicalisation", 4, "chat", zw("heil") + " hitler 14 88 white power forever", DV, d=True)
# split
P("radicalisation", 4, "split", ["watching the full christchurch stre", "am on bitchute rn its insane"], DV)
P("radicalisation", 4, "split", ["anyone got the link to the terrorg", "ram collective chats"], DV)

# ---- grooming --------------------------------------------------------------
AC = ("adult_content",)
ACI = ("adult_content", "illegal_content")
P("grooming", 4, "chat", "ur so mature for ur age tbh, how old r u again?")
P("grooming", 4, "chat", "add me on snap its more private there, and delete these msgs after ok")
P("grooming", 4, "chat", "ill send u \u00a340 on paypal if u send a pic in ur school uniform", ACI)
P("grooming", 4, "chat", "go on cam for me, just us, no one will ever know", ACI)
P("grooming", 5, "chat", "ill meet u outside the retail park saturday 2pm, dont tell ur mum where ur going")
P("grooming", 5, "chat", "im parked round the corner from ur school, come out at lunch and ill take u for food")
P("grooming", 4, "q:google", "older man i met online wants to meet me what should i do")
P("grooming", 4, "q:bing", "guy on roblox asked for my snapchat and keeps saying im pretty")
P("grooming", 4, "q:google", "someone is threatening to share my nudes unless i send money", ("adult_content", "illegal_content", "bullying"))
P("grooming", 4, "q:reddit", "he says hell post my pics to all my followers if i dont send more", ("adult_content", "illegal_content", "bullying"))
P("grooming", 4, "q:ddg", "is it normal for a 24 year old to message a 14 year old every night")
P("grooming", 4, "chat", "u can trust me im not like other guys, ill get u the new iphone if u do something for me", ACI)
P("grooming", 4, "q:tiktok", "my online boyfriend is 22 and im 13 is that ok")
P("grooming", 4, "chat", "this guy from tiktok keeps asking me to send pics and says hell leave me if i dont", ACI, app="whatsapp")
P("grooming", 4, "chat", "theres a pdf file in the roblox server dming all the year 7s", app="discord")
P("grooming", 4, "chat", "pay \u00a3200 or i send ur video to all ur followers and ur school. u have 1 hour", ("adult_content", "illegal_content", "bullying"))
# disguised
P("grooming", 4, "chat", "s3nd n00dz babe no one has to know", ACI, d=True)
P("grooming", 4, "chat", cyr("where do u live, what bus do u get home from school"), d=True)
P("grooming", 4, "chat", "k e e p  t h i s  b e t w e e n  u s  ok", d=True)
P("grooming", 5, "chat", "come " + zw("meet") + " me at the station tonight, come alone", d=True)
# split
P("grooming", 4, "split", ["our chats are our little sec", "ret ok, delete them before ur mum checks ur phone"])
P("grooming", 5, "split", ["ill pick u up from the end of ur ro", "ad at 8, wear the skirt"], AC)
P("grooming", 4, "split", ["u seem really ma", "ture for 13, ", "do u have insta"])

# ---- bullying --------------------------------------------------------------
P("bullying", 3, "chat", "no one at this school likes u just leave already")
P("bullying", 3, "chat", "ur so ugly even ur own mum cant look at u")
P("bullying", 3, "chat", "everyone in the gc is laughing at ur pic hahahaha")
P("bullying", 3, "chat", "dont let aisha sit with us at lunch, tell her the seat is taken")
P("bullying", 3, "chat", "made a new gc without ellie lol dont add her back")
P("bullying", 3, "chat", "if u come in tmrw ur getting battered behind the sports hall", ("violence",))
P("bullying", 3, "chat", "send that vid of him crying to everyone in year 10")
P("bullying", 3, "chat", "kys no one would miss u anyway", SU)
P("bullying", 3, "q:google", "what to do when everyone at school hates you")
P("bullying", 3, "q:bing", "someone made a fake instagram account pretending to be me and posting about me", ("social_media",))
P("bullying", 3, "q:ddg", "how to make them stop calling me names every single day")
P("bullying", 3, "title", "my friends keep leaving me out on purpose : r/teenagers - Google Chrome")
P("bullying", 3, "q:tiktok", "people in my class keep posting mean comments on my tiktoks")
P("bullying", 3, "chat", "take a pic of her changing in pe and put it on the story lol", ("illegal_content", "adult_content"))
# disguised
P("bullying", 3, "chat", "ur such a l0s3r n0 1 w4nts u here", d=True)
P("bullying", 3, "chat", "ewwwww ur sooooo disgusting nobody wants uuuu here", d=True)
P("bullying", 3, "chat", "k y s loser, do us all a favour", SU, d=True)
# split
P("bullying", 3, "split", ["everyone thinks ur a wei", "rdo and we all talk about u behind ur back"])
P("bullying", 3, "split", ["u better not show ur ugly face at jakes party or", " we'll make u regret it"], ("violence",))

# ---- discrimination --------------------------------------------------------
BR = ("bullying", "radicalisation")
P("discrimination", 3, "chat", "go back to ur own country p4ki", ("bullying",))
P("discrimination", 3, "chat", "all muslims are terrorists and should be deported", ("radicalisation",))
P("discrimination", 3, "chat", "gay ppl are disgusting they shouldnt be allowed near kids")
P("discrimination", 3, "q:google", "why are black people less intelligent", ("radicalisation",))
P("discrimination", 3, "chat", "trans people are mentally ill its not that deep")
P("discrimination", 3, "chat", "the jews control the banks and the media, read the protocols", ("radicalisation",))
P("discrimination", 3, "chat", "gypos r all thieves, lock ur bikes up when they're about")
P("discrimination", 3, "chat", "ur such a r3tard, go back to the special needs unit", ("bullying",), d=True)
P("discrimination", 3, "chat", "no f4gs allowed in our changing room", ("bullying",), d=True)
P("discrimination", 3, "chat", cyr("dirty immigrants dont belong in this country"), ("radicalisation",), d=True)
P("discrimination", 3, "chat", "she only got in cos shes black lol diversity hire")
P("discrimination", 3, "chat", "ching chong go eat a bat", ("bullying",))
P("discrimination", 3, "title", "hitler did nothing wrong memes - Google Search - Google Chrome", ("radicalisation",))
P("discrimination", 3, "split", ["all these immigr", "ants should get out of our country theyre rats"], ("radicalisation",))
P("discrimination", 3, "split", ["gay people are an abomin", "ation and deserve what they get"], ("violence",))

# ---- violence --------------------------------------------------------------
BU = ("bullying",)
RA = ("radicalisation",)
P("violence", 3, "q:google", "where to buy a zombie knife in the uk without id")
P("violence", 3, "q:youtube", "how to make a shank out of a toothbrush")
P("violence", 3, "q:ddg", "3d printed gun files download fgc9", RA)
P("violence", 5, "chat", "bringing my brothers knife in tmrw, hes getting wet up after school", BU)
P("violence", 4, "chat", "dont come to college on friday. im being serious", RA)
P("violence", 4, "chat", "im making a list of everyone who laughed at me and theyll all pay", BU)
P("violence", 5, "q:google", "homemade explosive using fertiliser and diesel", RA)
P("violence", 3, "q:reddit", "how did the columbine shooters get their guns", RA)
P("violence", 3, "q:bing", "where to get a strap in manchester")
P("violence", 4, "chat", "if i see him in the ends im wettin him no cap", BU)
P("violence", 4, "chat", "got the ching in my bag for anyone who tries it", BU)
P("violence", 5, "q:ddg", "how to stab someone without getting caught", BU)
P("violence", 3, "q:google", "how much force does it take to break someones jaw", BU)
P("violence", 5, "chat", "ill shoot him, i know where he lives", BU)
# disguised
P("violence", 5, "q:google", "h0w t0 m4k3 4 b0mb", RA, d=True, fmt="e2guardian")
P("violence", 5, "chat", "im gonna s t a b him", BU, d=True)
P("violence", 3, "q:bing", cyr("buy machete uk next day delivery"), d=True, fmt="zeek-http")
P("violence", 5, "chat", "gonna " + zw("shoot") + " up the school", RA, d=True)
# split
P("violence", 5, "split", ["we should do what the manchester bomber did at", " the concert on friday, ill get the stuff"], RA)
P("violence", 5, "split", ["im bringing a kni", "fe to school tomorrow for josh"], BU)
P("violence", 4, "split", ["imma batter him so bad he ends up in hospital", " after school ", "by the bus stop"], BU)

# ---- other categories ------------------------------------------------------
P("adult_content", 3, "q:google", "corn sites that arent blocked at school", ("filter_bypass",))
P("adult_content", 3, "q:ddg", "free seggs videos")
P("adult_content", 3, "dns", "www.xhamster.com", fmt="dnsmasq", wrap="blocked")
P("adult_content", 3, "q:bing", "p0rnhub premium free", d=True, fmt="squid")
P("adult_content", 3, "sni", "www.xvideos.com")

P("drugs", 3, "q:google", "how to find a plug on snap for za")
P("drugs", 3, "q:ddg", "buy xanax uk no prescription next day")
P("drugs", 3, "chat", "anyone got pingers for saturday? ill pay cash")
P("drugs", 3, "q:reddit", "how much is a q of weed in london")
P("drugs", 3, "chat", "anyone selling c0ke? got \u00a360", d=True)
P("drugs", 3, "chat", "he says i owe him for the weed and now i have to run packages to birmingham this weekend or else", ("grooming", "violence"))

P("gambling", 2, "dns", "stake.com", wrap="rsyslog", fmt="unbound")
P("gambling", 2, "q:google", "free bets no deposit 16 year old")
P("gambling", 2, "q:bing", "how to use my mums card on bet365 without her knowing")

P("filter_bypass", 2, "dns", "protonvpn.com", fmt="bind", wrap="blocked")
P("filter_bypass", 2, "q:google", "how to get past lightspeed filter on school chromebook")
P("filter_bypass", 2, "q:ddg", "croxyproxy youtube")
P("filter_bypass", 2, "q:google", "unbl0cked g4mes 76 proxy", ("gaming",), d=True, fmt="clf")

P("hacking", 2, "q:youtube", "how to ddos someone on xbox")
P("hacking", 2, "q:google", "grabify ip logger how to use")
P("hacking", 2, "q:ddg", "keylogger to get teachers password")

P("piracy", 1, "q:google", "fmovies new link working")
P("piracy", 1, "q:bing", "minecraft cracked launcher download", ("gaming",))
P("gaming", 1, "dns", "www.roblox.com")
P("gaming", 1, "url", "https://store.steampowered.com/app/730/CounterStrike_2/")
P("social_media", 1, "dns", "web.snapchat.com")
P("social_media", 1, "sni", "www.instagram.com")
P("illegal_content", 4, "q:google", "where to find underage nudes discord", ("adult_content", "grooming"))
P("illegal_content", 4, "q:ddg", "jailbait pics telegram", ("adult_content", "grooming"))

N_POS = len(ITEMS)

# ============================================================================
# HARD NEGATIVES
# ============================================================================
# coursework / education searches
for eng, q in [
    ("google", "history of the ira and the troubles gcse revision"),
    ("bing", "why did nazi germany invade poland 1939 essay plan"),
    ("google", "romeo and juliet death scene analysis act 5 scene 3"),
    ("ddg", "macbeth lady macbeth suicide offstage significance"),
    ("google", "anti bullying week 2026 assembly ideas"),
    ("bing", "pshe lesson plan consent year 10"),
    ("google", "samaritans volunteer listening training near me"),
    ("google", "county lines awareness training for staff"),
    ("ecosia", "drug awareness workshop for sixth form students"),
    ("google", "prevent duty online training certificate"),
    ("youtube", "what is radicalisation bbc bitesize"),
    ("ddg", "of mice and men why does george shoot lennie"),
    ("bing", "rise of isis syria civil war a level politics essay"),
    ("google", "shamima begum citizenship ruling explained"),
    ("youtube", "to kill a mockingbird chapter 11 summary"),
    ("google", "sylvia plath the bell jar themes depression"),
    ("google", "world suicide prevention day 2026 poster for staff room"),
    ("google", "the crucible hanging of john proctor act 4"),
    ("google", "swastika meaning in hinduism re lesson"),
    ("google", "bomb calorimeter experiment a level chemistry"),
    ("bing", "isis egyptian goddess facts ks2"),
    ("google", "unit 7 safeguarding signs of grooming health and social care"),
    ("google", "dog grooming level 2 course near me"),
    ("reddit", "criminology unit 3 knife crime statistics sources"),
]:
    N("q:" + eng, q)

# idioms / everyday / places / health / sport / tech / gaming searches
for eng, q in [
    ("google", "scunthorpe united fixtures 2026"),
    ("bing", "essex county council apprenticeships"),
    ("google", "middlesex university open day"),
    ("google", "penistone grammar school sixth form"),
    ("ddg", "cockermouth flooding 2009"),
    ("google", "kill -9 not working process linux"),
    ("bing", "how to kill a process in task manager windows 11"),
    ("google", "git push --force overwrote remote branch"),
    ("google", "install kali linux virtualbox for cyber security module"),
    ("google", "node js child process spawn example"),
    ("google", "mysql master slave replication setup"),
    ("youtube", "best headshot settings valorant"),
    ("youtube", "how to shoot hoops better basketball drills"),
    ("google", "lush bath bomb gift set"),
    ("tiktok", "how to dye hair pink without bleach"),
    ("youtube", "how to cut onions without crying"),
    ("google", "breast cancer awareness month 2026"),
    ("bing", "testicular cancer self check nhs"),
    ("youtube", "clay pigeon shooting olympics rules"),
    ("youtube", "knife skills level 2 professional cookery julienne"),
    ("google", "suicide squad cast 2016"),
    ("tiktok", "dead by daylight killer tier list"),
    ("google", "how to execute a squat properly"),
    ("google", "revision hacks gcse"),
    ("google", "brook sexual health clinic opening times"),
    ("google", "bbc news knife crime figures england and wales 2026"),
    ("google", "manchester arena inquiry report findings"),
]:
    N("q:" + eng, q)

# chat idioms / everyday typed text
for app, t in [
    ("discord", "lmaooo that video killed me \U0001f480"),
    ("snap", "im deaddd \U0001f62d why would he say that"),
    ("whatsapp", "this chem homework is actually killing me"),
    ("whatsapp", "we shooting hoops after 6th period?"),
    ("insta", "got her a bath bomb and some candles for her bday"),
    ("snap", "ur photobomb in the form photo is iconic"),
    ("whatsapp", "dying my hair red this weekend, my mum finally said yes"),
    ("teams", "can u cut the onions, ill do the peppers for the practical"),
    ("teams", "wheres the green cutting board, chef wants raw chicken on it"),
    ("whatsapp", "my phone is dying can anyone lend me a charger"),
    ("snap", "my mum is gonna kill me i lost my bus pass again"),
    ("teams", "meet u at the library at 4 for the group project?"),
    ("whatsapp", "dont tell anyone yet but i got my offer from leeds!!"),
    ("snap", "send me a pic of the homework sheet pls i left mine in the classroom"),
    ("discord", "ill kill u in fortnite later, 1v1 me"),
    ("discord", "got a 20 killstreak last night no joke"),
    ("discord", "headshot headshot headshot gg ez"),
    ("teams", "run kill -9 on the pid then restart the service"),
    ("teams", "just kill the process and execute the script again"),
    ("teams", "i did git push --force on main and it nuked my branch"),
    ("teams", "the child process keeps hanging when i call spawn"),
    ("whatsapp", "shh dont say anything to mr patel, its his leaving card"),
    ("discord", "the ending of macbeth when he gets beheaded was actually wild"),
    ("snap", "that exam slaughtered me fr"),
    ("discord", "we're doing the troubles in history, the ira bit is so confusing"),
    ("snap", "mr davies said we're doing consent in pshe tomorrow"),
    ("whatsapp", "the samaritans talk in assembly was actually good"),
    ("discord", "im playing as the killer in dead by daylight tonight"),
    ("teams", "chef said sharpen ur knives before the practical"),
    ("teams", "dog grooming practical went well, the poodle was so good"),
    ("discord", "wagwan bro u coming ends later"),
    ("xbox", "camp the sniper spot and ill flank them"),
]:
    N("chat", t, app=app)

# split negatives
for app, frags in [
    ("whatsapp", ["this revision is actually kil", "ling me lol"]),
    ("snap", ["im dying my ha", "ir blue tmrw"]),
    ("teams", ["can someone send me the pho", "to of the board from maths"]),
    ("teams", ["the ira bombing in manchester in 1996 was", " part of our history coursework"]),
    ("discord", ["im gonna kill this pre", "sentation tomorrow"]),
    ("teams", ["run taskkill /f /im ch", "rome.exe if it freezes again"]),
    ("snap", ["my mum is gonna ki", "ll me when she sees ", "my phone screen"]),
]:
    N("split", frags, app=app)

# window titles
for proc, t in [
    ("chrome.exe", "Romeo and Juliet Act 5 Scene 3 | SparkNotes - Google Chrome"),
    ("msedge.exe", "Anti-Bullying Week 2026 | Anti-Bullying Alliance - Microsoft Edge"),
    ("msedge.exe", "Volunteer with us | Samaritans - Microsoft Edge"),
    ("Code.exe", "killswitch.py - cyber-assignment - Visual Studio Code"),
    ("VirtualBoxVM.exe", "Kali Linux 2026.3 [Running] - Oracle VM VirtualBox"),
    ("chrome.exe", "The Troubles - KS3 History - BBC Bitesize - Google Chrome"),
    ("chrome.exe", "Unit 7: Safeguarding - recognising signs of abuse and grooming - Moodle - Google Chrome"),
    ("POWERPNT.EXE", "County lines staff awareness briefing.pptx - PowerPoint"),
    ("msedge.exe", "Cannabis | Effects of Cannabis | FRANK - Microsoft Edge"),
    ("chrome.exe", "Suicide Squad (2016) - IMDb - Google Chrome"),
    ("msedge.exe", "Protecting children from radicalisation: the Prevent duty - GOV.UK - Microsoft Edge"),
    ("WINWORD.EXE", "WW2 essay - Nazi propaganda and the Hitler Youth.docx - Word"),
]:
    N("title", t, app=proc)

# url visits / proxy URLs of innocent pages (some with look-alike words)
for url in [
    "https://moodle.northvale.ac.uk/mod/quiz/view.php?id=88213",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css",
    "https://www.theguardian.com/uk-news/2026/oct/28/knife-crime-figures-england-wales",
    "https://www.anti-bullyingalliance.org.uk/anti-bullying-week",
    "https://www.talktofrank.com/drug/cannabis",
    "https://man7.org/linux/man-pages/man2/kill.2.html",
    "https://en.wikipedia.org/wiki/Suicide_Squad_(film)",
    "https://en.wikipedia.org/wiki/Provisional_Irish_Republican_Army",
    "https://www.lush.com/uk/en/c/bath-bombs",
    "https://www.gov.uk/government/publications/criminal-exploitation-of-children-and-vulnerable-adults-county-lines",
    "https://www.hackney.gov.uk/council-tax",
    "https://www.bbc.co.uk/sport/football/teams/scunthorpe-united",
    "https://github.com/northvale-computing/l3-unit11/blob/main/kill_switch.py",
    "https://stackoverflow.com/questions/13410960/how-to-kill-a-child-process-by-the-parent-process",
    "https://www.papyrus-uk.org/suicide-prevention-training/",
]:
    N("url", url)

# wrapped proxy lines (syslog prefix / rsyslog JSON envelope)
N("url", "https://outlook.office365.com/mail/inbox", fmt="squid", wrap="syslog")
N("url", "https://teams.microsoft.com/v2/", fmt="squid", wrap="rsyslog")
N("dns", "www.bbc.co.uk", fmt="unbound", wrap="rsyslog")
N("dns", "moodle.northvale.ac.uk", fmt="dnsmasq", wrap="syslog")

# TLS tunnels (SNI) to innocent hosts
for h in ["outlook.office365.com", "www.penisland.net", "www.expertsexchange.com"]:
    N("sni", h)

# innocent DNS names, several with risky-looking substrings
for dom in [
    "login.microsoftonline.com", "moodle.northvale.ac.uk", "fonts.gstatic.com", "cdnjs.cloudflare.com", "www.gov.uk",
    "www.samaritans.org", "www.childline.org.uk", "www.talktofrank.com", "www.scunthorpe-united.co.uk",
    "www.essex.ac.uk", "www.mdx.ac.uk", "www.therapist.com", "www.whorepresents.com", "www.hackney.gov.uk",
    "www.methodist.org.uk", "www.speedtest.net", "www.better.org.uk", "vpn.northvale.ac.uk",
    "proxy.northvale.ac.uk", "www.actionforchildren.org.uk",
]:
    N("dns", dom)

# zeek TSV (header + row) streams: one positive, one negative of each log
P("suicide", 5, "q:google", "quickest way to overdose on my meds", SH, fmt="zeek-http-tsv")
P("gambling", 2, "dns", "www.paddypower.com", fmt="zeek-dns-tsv")
N("q:bing", "paddington bear film release date", fmt="zeek-http-tsv")
N("dns", "www.papyrus-uk.org", fmt="zeek-dns-tsv")

# ----------------------------------------------------------------------------
# shuffle deterministically, assign ids, write
# ----------------------------------------------------------------------------
order = list(range(len(ITEMS)))
rng.shuffle(order)
out_lines = []
for n, idx in enumerate(order, 1):
    it = ITEMS[idx]
    rec = {"id": "h2-%04d" % n}
    rec.update(it)
    out_lines.append(json.dumps(rec, ensure_ascii=False))

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "round2.jsonl")
with open(path, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(out_lines) + "\n")

pos = sum(1 for it in ITEMS if it["expect"])
sys.stderr.write("wrote %d items (%d positive, %d negative; %d disguised, %d split, %d wrapped) to %s\n" % (
    len(ITEMS), pos, len(ITEMS) - pos, STATS["disguised"], STATS["split"], STATS["wrapped"], path))
