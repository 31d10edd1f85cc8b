#!/usr/bin/env python3
"""Generate round4.jsonl: an independent, hand-written labelled evaluation corpus
for the Guardline detector (UK safeguarding web monitoring).

Deterministic and stdlib-only: every "random" choice (IPs, ports, users, times,
sizes, log sub-format) is derived from a SHA-256 hash of the item number, so
running this script always regenerates the same file byte for byte.

    python3 build_round4.py            # writes round4.jsonl beside this script
    python3 build_round4.py --stats    # also prints counts to stderr

Wordings were written for this corpus (not copied from any rule pack or other corpus).
Each positive carries private tags used only for the statistics printed here:
  dis = disguised (leetspeak, spaced/dotted/stretched letters, look-alike Unicode,
        zero-width characters, full-width letters)
  ind = indirect (euphemism, algospeak, questions, third person, quoting, long
        message with the risk in the middle, terse two-word searches)
"""
import calendar
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
        "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
        "piracy", "gaming", "social_media", "illegal_content"]

ZW = "\u200b"  # zero-width space
ZWJ = "\u200d"  # zero-width joiner


def H(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def pick(seq, *k):
    return seq[H(*k) % len(seq)]


def rint(lo, hi, *k):
    return lo + H(*k) % (hi - lo + 1)


def cyr(s):
    """Swap Latin letters for Cyrillic look-alikes."""
    table = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "o": "\u043e",
             "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443", "j": "\u0458"}
    return "".join(table.get(ch, ch) for ch in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in s)


# ---------------------------------------------------------------------------
# identities and time
# ---------------------------------------------------------------------------
USERS = ["student042", "j.ahmed", "ekowalski", "tyler.b", "24bsmith", "EDU\\m.hughes",
         "a.begum", "lnowak", "c.oconnor", "k.mensah", "r.patel22", "guest-0311",
         "s.evans", "o.adeyemi", "b.wright", "z.hussain", "apprentice09", "d.mcgregor",
         "f.ali@student.riverside.ac.uk", "h.taylor", "m.lewandowska", "p.singh",
         "t.greaves", "y.osei", "n.campbell", "ce23-jones", "l.kerr", "i.rahman"]
STAFF = ["t.wilkinson", "s.barker", "EDU\\j.dunmore", "r.holloway"]
DEVICES = ["LAB-PC-07", "LAB-PC-19", "LIB-LT-22", "LIB-LT-31", "CHROMEBOOK-118",
           "CHROMEBOOK-204", "SITE2-PC-41", "ENG-WS-03", "SIXTHFORM-PC-12", "ART-PC-05",
           "CYBER-LAB-14", "HAIR-SALON-TAB-2", "MEDIA-PC-09", "LRC-PC-27", "SCI-LT-08"]
SITES = ["north", "south", "city", "riverside"]
PEERS = ["jxyy", "lil_kay07", "deano.x", "ghostie", "marcus_22", "mia.rose", "benji",
         "zaraaa", "t0mmy", "callum.w", "soph_", "ry4n", "kaci_b", "xavier.m"]
UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
UA_CROS = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/130.0.0.0 Safari/537.36")
UA_IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")
UAS = [UA_CHROME, UA_CHROME, UA_EDGE, UA_FF, UA_CROS, UA_IPHONE]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

BASE = calendar.timegm((2026, 10, 5, 0, 0, 0))  # Mon 5 Oct 2026 00:00 UTC


def when(n):
    """A time for item n: mostly school hours on weekdays, some evenings."""
    day = rint(0, 52, n, "day")
    hour = pick([8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 16, 17, 19, 21, 22], n, "h")
    sec = rint(0, 3599, n, "s")
    ms = rint(0, 999, n, "ms")
    return BASE + day * 86400 + hour * 3600 + sec, ms


def tm(t):
    import time
    return time.gmtime(t)


def ip(n, tag="c"):
    return "10.%d.%d.%d" % (rint(1, 40, n, tag, 1), rint(0, 254, n, tag, 2), rint(2, 250, n, tag, 3))


def pubip(n):
    return "%d.%d.%d.%d" % (pick([142, 151, 104, 172, 185, 23, 13, 52], n, "p0"),
                            rint(1, 250, n, "p1"), rint(1, 250, n, "p2"), rint(1, 250, n, "p3"))


# ---------------------------------------------------------------------------
# URL building
# ---------------------------------------------------------------------------
def search_url(engine, q, n):
    qp = quote_plus(q)
    q20 = quote(q, safe="")
    if engine == "google":
        return "https://www.google.com/search?q=%s&hl=en-GB" % qp
    if engine == "googleuk":
        return ("https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQ1"
                "MjFqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8" % (qp, qp))
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1" % qp
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % qp
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fp=1" % qp
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % qp
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (q20, 1793000000000 + rint(0, 10**9, n, "tt"))
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % q20
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % qp
    if engine == "wiki":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % qp
    if engine == "x":
        return "https://x.com/search?q=%s&src=typed_query" % q20
    if engine == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % qp
    raise ValueError(engine)


ENGINE_TITLES = {
    "google": "%s - Google Search - Google Chrome",
    "bing": "%s - Search - Microsoft Edge",
    "youtube": "%s - YouTube - Google Chrome",
    "tiktok": "%s | TikTok - Google Chrome",
    "ddg": "%s at DuckDuckGo - Mozilla Firefox",
}


def split_url(url):
    rest = url.split("://", 1)[1]
    if "/" in rest:
        host, path = rest.split("/", 1)
        return host, "/" + path
    return rest, "/"


# ---------------------------------------------------------------------------
# raw line builders, one per log format
# ---------------------------------------------------------------------------
def squid_line(n, url, user, method="GET", denied=False, variant=None):
    t, ms = when(n)
    ts = "%d.%03d" % (t, ms)
    dur = rint(3, 1900, n, "dur")
    size = rint(900, 160000, n, "size")
    cip = ip(n)
    up = pubip(n)
    variant = variant or pick(["native", "native", "native", "ukfull"], n, "sqv")
    if method == "CONNECT":
        host = url
        if variant == "ukfull":
            # peek line then tunnel line: we log the tunnel line (the one with bytes)
            return ("%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - \"-\" \"%s\" %s sni=%s bump=splice"
                    % (ts, dur, cip, user, size, host, up, pick(UAS, n, "ua"), host, host))
        return "%s %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            ts, dur, cip, size, host, user, up)
    status = "TCP_DENIED/403" if denied else pick(["TCP_MISS/200", "TCP_MISS/200", "TCP_MISS/200",
                                                  "TCP_REFRESH_MODIFIED/200", "TCP_MISS/304"], n, "st")
    if denied:
        size = rint(3400, 4100, n, "dsize")
    hier = "HIER_NONE/-" if denied else "HIER_DIRECT/%s" % up
    if variant == "ukfull":
        host, _ = split_url(url)
        return ("%s %6d %s %s %s %d %s %s %s text/html \"-\" \"%s\" %s sni=%s bump=bump"
                % (ts, dur, cip, user, status, size, method, url, "-" if denied else up,
                   pick(UAS, n, "ua"), host, host))
    return "%s %6d %s %s %d %s %s %s %s text/html" % (ts, dur, cip, status, size, method, url, user, hier)


def clf_line(n, url, user, variant=None, method="GET"):
    t, _ = when(n)
    g = tm(t)
    stamp = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g.tm_mday, MONTHS[g.tm_mon - 1], g.tm_year,
                                                   g.tm_hour, g.tm_min, g.tm_sec)
    size = rint(900, 160000, n, "size")
    variant = variant or pick(["common", "combined", "combined"], n, "clfv")
    if method == "CONNECT":
        req = "CONNECT %s:443 HTTP/1.1" % url
        tail = "TCP_TUNNEL:HIER_DIRECT"
    else:
        req = "%s %s HTTP/1.1" % (method, url)
        tail = pick(["TCP_MISS:HIER_DIRECT", "TCP_MISS:HIER_DIRECT", "TCP_REFRESH_MODIFIED:HIER_DIRECT"], n, "clft")
    if variant == "common":
        return '%s - %s [%s] "%s" 200 %d %s' % (ip(n), user, stamp, req, size, tail)
    if variant == "apache":
        # a college web server's own access log (path only, no squid status)
        ref = pick(["-", "https://moodle.riverside.ac.uk/my/"], n, "ref")
        return '%s - - [%s] "%s" 200 %d "%s" "%s"' % (ip(n), stamp, req, size, ref, pick(UAS, n, "ua"))
    ref = pick(["-", "-", "https://www.google.com/", "https://www.bing.com/"], n, "ref")
    return '%s - %s [%s] "%s" 200 %d "%s" "%s" %s' % (ip(n), user, stamp, req, size, ref,
                                                    pick(UAS, n, "ua"), tail)


def e2g_terms(url, q):
    if q is None:
        return "-"
    return "0=%s;" % q.lower()


def e2g_line(n, url, user, q=None, denied=None, variant=None, method="GET"):
    t, ms = when(n)
    g = tm(t)
    stamp = "%04d.%02d.%02d %02d:%02d:%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
    variant = variant or pick(["2", "4", "6"], n, "e2v")
    cip = ip(n)
    size = rint(900, 160000, n, "size")
    ua = pick(UAS, n, "ua")
    group = pick(["students", "students", "no_name_group", "sixthform"], n, "grp")
    gnum = {"students": "1", "no_name_group": "1", "sixthform": "2"}[group]
    if method == "CONNECT":
        url = "https://%s:443" % url
    what, weight, cat, code = "-", str(rint(0, 20, n, "w")), "-", "200"
    if denied:
        what, weight, cat, code = denied[0], denied[1], denied[2], "403"
        size = 0
    if variant == "6":
        dur = str(rint(1, 900, n, "dur"))
        f = ["%d.%03d" % (t, ms), "", user, cip, cip, url, method, code, str(size), "-", ua, "-",
             dur, "-", "454" if denied else "0", what, weight, cat, group, gnum]
        return "\t".join(f)
    f = [stamp, user, cip, url, what, method, str(size), weight, cat, gnum, code,
         "text/html" if method == "GET" else "-", cip, group, ua,
         e2g_terms(url, q), "-", "-", "-"]
    if variant == "2":
        return ",".join('"%s"' % x.replace('"', '""') for x in f)
    return "\t".join(f)


def zeek_http_json(n, url, method="GET"):
    t, ms = when(n)
    host, uri = split_url(url)
    d = {"ts": float("%d.%03d" % (t, ms)), "uid": "C%016x" % (H(n, "uid") % (1 << 64)),
         "id.orig_h": ip(n), "id.orig_p": rint(49152, 65000, n, "sp"), "id.resp_h": pubip(n),
         "id.resp_p": 80, "trans_depth": 1, "method": method, "host": host, "uri": uri}
    if H(n, "zref") % 3 == 0:
        d["referrer"] = "http://%s/" % host
    d.update({"version": "1.1", "user_agent": pick(UAS, n, "ua"), "request_body_len": 0,
              "response_body_len": rint(900, 90000, n, "size"), "status_code": 200,
              "status_msg": "OK", "tags": [], "resp_mime_types": ["text/html"]})
    if uri.endswith("generate_204"):
        d.update({"response_body_len": 0, "status_code": 204, "status_msg": "No Content"})
        del d["resp_mime_types"]
    return json.dumps(d)


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
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool", "bool",
                  "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(path, fields, types, n):
    t, _ = when(n)
    g = tm(t - 1800)
    opened = "%04d-%02d-%02d-%02d-%02d-%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types)]


def zeek_http_tsv(n, url):
    t, ms = when(n)
    host, uri = split_url(url)
    row = ["%d.%06d" % (t, ms * 1000), "C%016x" % (H(n, "uid") % (1 << 64)), ip(n),
           str(rint(49152, 65000, n, "sp")), pubip(n), "80", "1", "GET", host, uri, "-", "1.1",
           pick(UAS, n, "ua"), "-", "0", str(rint(900, 90000, n, "size")), "200", "OK", "-", "-",
           "(empty)", "-", "-", "-", "-", "-", "-", "F%016x" % (H(n, "fuid") % (1 << 64)), "-",
           "text/html"]
    if uri.endswith("generate_204"):
        row[15:18] = ["0", "204", "No Content"]
        row[27] = "-"
        row[29] = "-"
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, n) + ["\t".join(row)]


def dns_answer(n):
    return "%d.%d.%d.%d" % (pick([104, 151, 172, 185, 34, 52], n, "a0"), rint(1, 250, n, "a1"),
                            rint(1, 250, n, "a2"), rint(1, 250, n, "a3"))


def zeek_dns_json(n, name, qtype="A"):
    t, ms = when(n)
    d = {"ts": float("%d.%03d" % (t, ms)), "uid": "C%016x" % (H(n, "uid") % (1 << 64)),
         "id.orig_h": ip(n), "id.orig_p": rint(1024, 65000, n, "sp"), "id.resp_h": "10.0.0.53",
         "id.resp_p": 53, "proto": "udp", "trans_id": rint(1, 65535, n, "tid"),
         "rtt": round(rint(200, 40000, n, "rtt") / 1e6, 6), "query": name, "qclass": 1,
         "qclass_name": "C_INTERNET", "qtype": 1 if qtype == "A" else 28, "qtype_name": qtype,
         "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
         "Z": 0, "answers": [dns_answer(n)], "TTLs": [float(rint(30, 3600, n, "ttl"))], "rejected": False}
    return json.dumps(d)


def zeek_dns_tsv(n, name):
    t, ms = when(n)
    row = ["%d.%06d" % (t, ms * 1000), "C%016x" % (H(n, "uid") % (1 << 64)), ip(n),
           str(rint(1024, 65000, n, "sp")), "10.0.0.53", "53", "udp", str(rint(1, 65535, n, "tid")),
           "0.%06d" % rint(200, 40000, n, "rtt"), name, "1", "C_INTERNET", "1", "A", "0", "NOERROR",
           "F", "F", "T", "T", "0", dns_answer(n), "%d.000000" % rint(30, 3600, n, "ttl"), "F"]
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, n) + ["\t".join(row)]


def unbound_line(n, name, variant=None, qtype="A"):
    t, _ = when(n)
    g = tm(t)
    variant = variant or pick(["query", "reply", "epoch"], n, "ubv")
    pid = "unbound[%d:%d]" % (rint(700, 9000, "ubpid"), rint(0, 3, n, "thr"))
    prefix = ("[%d] %s" % (t, pid) if variant == "epoch" else
              "%s %02d %02d:%02d:%02d %s" % (MONTHS[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, pid))
    if variant == "reply":
        return "%s info: %s %s. %s IN NOERROR %0.6f 0 %d" % (prefix, ip(n), name, qtype,
                                                          rint(0, 90000, n, "rt") / 1e6, rint(40, 300, n, "sz"))
    return "%s info: %s %s. %s IN" % (prefix, ip(n), name, qtype)


def dnsmasq_line(n, name, variant=None, qtype="A"):
    t, _ = when(n)
    g = tm(t)
    stamp = "%s %2d %02d:%02d:%02d" % (MONTHS[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
    variant = variant or pick(["extra", "extra", "plain"], n, "dmv")
    cip = ip(n)
    pid = rint(900, 30000, "dmpid")
    if variant == "plain":
        return "%s dnsmasq[%d]: query[%s] %s from %s" % (stamp, pid, qtype, name, cip)
    return "%s dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (
        stamp, pid, rint(1, 99999, n, "serial"), cip, rint(1024, 65000, n, "sp"), qtype, name, cip)


def bind_line(n, name, variant=None):
    t, ms = when(n)
    g = tm(t)
    stamp = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (g.tm_mday, MONTHS[g.tm_mon - 1], g.tm_year,
                                                 g.tm_hour, g.tm_min, g.tm_sec, ms)
    variant = variant or "query"
    cl = "client @0x7f%010x %s#%d (%s)" % (H(n, "cl") % (1 << 40), ip(n), rint(1024, 65000, n, "sp"), name)
    if variant == "rpz":
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.riverside.local" % (
            stamp, cl, name, name)
    return "%s queries: info: %s: query: %s IN %s +E(0)K (10.0.0.53)" % (
        stamp, cl, name, pick(["A", "A", "AAAA", "HTTPS"], n, "qt"))


def endpoint_event(n, event, process, title, text=None, url=None, t_off=0, device=None, user=None):
    t, ms = when(n)
    t = t + t_off
    g = tm(t)
    d = {"ts": "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour,
                                                       g.tm_min, g.tm_sec, (ms + 37 * t_off) % 1000),
         "site": pick(SITES, n, "site"), "device": device or pick(DEVICES, n, "dev"),
         "user": user or pick(USERS, n, "user"), "event": event, "process": process,
         "window_title": title, "text": text, "url": url}
    return json.dumps(d, ensure_ascii=False)


def wrap(n, line, how, source):
    """Wrap a raw line as a shipper would deliver it."""
    t, ms = when(n)
    g = tm(t)
    if how == "rfc3164":
        return "%s %2d %02d:%02d:%02d proxy01 %s[%d]: %s" % (
            MONTHS[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, source,
            rint(1000, 9000, source), line)
    if how == "rfc5424":
        return "<134>1 %04d-%02d-%02dT%02d:%02d:%02d.%03dZ proxy01 %s %d - - %s" % (
            g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, ms, source,
            rint(1000, 9000, source), line)
    if how == "envelope":
        env = {"ts_received": "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (
            g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec + 1 if g.tm_sec < 59 else 59,
            rint(0, 999999, n, "env")), "host": "proxy01", "source": source,
            "file": "/var/log/%s" % {"squid": "squid/access.log", "dnsmasq": "dnsmasq.log",
                                     "e2guardian": "e2guardian/access.log"}[source],
            "message": line}
        return json.dumps(env).replace("/", "\\/")
    raise ValueError(how)


# ---------------------------------------------------------------------------
# item specifications
# ---------------------------------------------------------------------------
APPS = {
    "discord": ("Discord.exe", "#general | yr10 lot - Discord"),
    "dm": ("Discord.exe", "@%s - Discord"),
    "whatsapp": ("WhatsApp.exe", "WhatsApp"),
    "insta": ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    "snap": ("chrome.exe", "Snapchat - Google Chrome"),
    "teams": ("ms-teams.exe", "Chat | Microsoft Teams"),
    "telegram": ("Telegram.exe", "Telegram"),
    "messenger": ("msedge.exe", "Messenger | Facebook - Microsoft Edge"),
    "roblox": ("RobloxPlayerBeta.exe", "Roblox"),
    "google": ("chrome.exe", "Google - Google Chrome"),
    "edge": ("msedge.exe", "New tab - Microsoft Edge"),
    "word": ("WINWORD.EXE", "%s - Word"),
    "gdocs": ("chrome.exe", "%s - Google Docs - Google Chrome"),
    "terminal": ("WindowsTerminal.exe", "student@cyber-lab-vm: ~"),
    "notepad": ("notepad.exe", "Untitled - Notepad"),
}
DOCS = ["English Lit coursework", "RS essay draft", "Sociology - crime and deviance",
        "History NEA", "German Hausaufgaben", "Psychology notes", "PSHE reflection"]

URL_FORMATS = ["squid", "clf", "e2guardian", "zeek-http", "squid", "e2guardian", "clf", "zeek-http", "squid"]
DNS_FORMATS = ["unbound", "dnsmasq", "bind", "zeek-dns", "squid", "unbound", "dnsmasq", "zeek-dns", "bind"]

ITEMS = []


def S(q, engine="google", fmt=None, **kw):
    return dict(kind="search", q=q, engine=engine, fmt=fmt, **kw)


def U(url, fmt=None, **kw):
    return dict(kind="url", url=url, fmt=fmt, **kw)


def D(name, fmt=None, **kw):
    return dict(kind="domain", name=name, fmt=fmt, **kw)


def T(text, app="whatsapp", **kw):
    return dict(kind="text", text=text, app=app, **kw)


def W(title, process="chrome.exe"):
    return dict(kind="title", title=title, process=process)


def WS(q, engine="google"):
    """window_title of a search results tab"""
    return dict(kind="title", title=ENGINE_TITLES[engine] % q,
                process={"bing": "msedge.exe", "ddg": "firefox.exe"}.get(engine, "chrome.exe"))


def V(url, process="chrome.exe", title=None):
    return dict(kind="visit", url=url, process=process, title=title)


def X(frags, app="whatsapp", gaps=None):
    return dict(kind="split", frags=frags, app=app, gaps=gaps)


def XW(parts):
    """fragments in different windows: must NOT be joined"""
    return dict(kind="multiwin", parts=parts)


def Z(spec):
    """mark a URL/domain spec for Zeek TSV (with #fields header)"""
    spec["tsv"] = True
    return spec


def pos(cat, lvl, spec, allow=(), dis=False, ind=False, ed=False):
    allow = list(allow)
    # labelling rule: suicide and self-harm are neighbours, so a detector that files a
    # suicide item under self_harm (or a cutting/burning item under suicide) is not wrong.
    # Eating-disorder items (ed=True) are not given the suicide neighbour.
    if cat == "suicide" and "self_harm" not in allow:
        allow.append("self_harm")
    if cat == "self_harm" and not ed and "suicide" not in allow:
        allow.append("suicide")
    ITEMS.append(dict(spec=spec, expect=[{"category": cat, "min_level": lvl}],
                      allow=allow, dis=dis, ind=ind))


def neg(spec, allow=()):
    ITEMS.append(dict(spec=spec, expect=[], allow=list(allow), dis=False, ind=False))


# ============================== SUICIDE ====================================
pos("suicide", 5, S("how many paracetamol does it take to die", "googleuk"), ["self_harm"])
pos("suicide", 5, S("most painless way to end it all", "bing"), ["self_harm"], ind=True)
pos("suicide", 5, S("how to unalive myself quick", "tiktok"), ["self_harm"], ind=True)
pos("suicide", 4, T("honestly i cant do this anymore im done. everyone would be better off without me", "dm", ind=True))
pos("suicide", 4, T("sorry ive been quiet, rough week w mocks and mum n dad kicking off again. tbh ive been "
                    "thinking about killing myself a lot lately but dont worry about it lol. anyway did u "
                    "finish the geog homework", "insta"), ind=True)
pos("suicide", 4, D("sanctioned-suicide.net", "zeek-dns"), ["self_harm"], ind=True)
pos("suicide", 4, S("s u i c i d e  n o t e  w h a t  t o  w r i t e", "ddg"), dis=True)
pos("suicide", 4, S("w4nt t0 k1ll mys3lf", "google"), ["self_harm"], dis=True)
pos("suicide", 5, X(["im gonna end it to", "night once every1s asleep"], "dm"), ["self_harm"], ind=True)
pos("suicide", 5, S("how long does it take to die from hanging", "google"))
pos("suicide", 4, S("sewer slide thoughts every night", "tiktok"), ind=True, dis=True)
pos("suicide", 4, T("if i wasnt here tmrw would anyone even notice", "snap"), ind=True)
pos("suicide", 4, U("https://www.reddit.com/r/SuicideWatch/submit/?type=TEXT"), ind=True)
pos("suicide", 5, X(["wrote letters for my fam", "ily and put them in my dr", "awer. its easier for everyone this way"],
                    "discord"), ind=True)
pos("suicide", 5, S("does it hurt to jump off a bridge", "bing"))
pos("suicide", 5, T("ctb soon. got everything i need saved up", "telegram"), ["self_harm"], ind=True)
pos("suicide", 4, T("thinking about ending my l" + ZW + "ife tbh", "messenger"), dis=True)
pos("suicide", 4, T(cyr("i'm going to kill myself") + " and no one can stop me", "dm"), dis=True)
pos("suicide", 3, T("my mate keeps saying she wants to die and now shes giving all her stuff away, what do i do??",
                    "teams"), ["self_harm"], ind=True)
pos("suicide", 5, X(["tonight im taking all of mums sle", "eping pills, im not waking up"], "snap"), ["self_harm"], ind=True)

# ============================== SELF HARM (incl. eating disorders) =========
pos("self_harm", 4, S("how to hide cuts on your wrist for pe", "googleuk"))
pos("self_harm", 4, S("sh relapse day 1 again", "tiktok"), ind=True)
pos("self_harm", 4, S("pro ana tips to stop eating", "bing"), ed=True)
pos("self_harm", 3, S("thinspo", "pinterest"), ind=True, ed=True)
pos("self_harm", 4, T("i did it again last night, deeper this time. wearing my hoodie so no one sees", "dm"), ind=True)
pos("self_harm", 4, S("what can i use instead of a blade to hurt myself", "youtube"), ["suicide"])
pos("self_harm", 4, T("lol yeah the trip was fine coach was freezing. been eating like 300 cals a day so i can be "
                      "under 7 stone by christmas dont tell anyone. what time r we meeting for cinema", "whatsapp"),
    ind=True, ed=True)
pos("self_harm", 4, WS("how to make yourself throw up after eating"), ed=True)
pos("self_harm", 4, S("edtwt meanspo", "x"), ind=True, ed=True)
pos("self_harm", 3, S("skinnytok 500 cal a day challenge", "tiktok"), ind=True, ed=True)
pos("self_harm", 4, S("how deep is too deep cut do i need stitches", "googleuk"), ["suicide"], ind=True)
pos("self_harm", 4, X(["need to feel some", "thing so im gonna burn my arm w a lig", "hter again"], "snap"))
pos("self_harm", 4, T("i wanna cuuuuuut so baaaad rn", "discord"), dis=True)
pos("self_harm", 4, T("been s.h.ing again dont tell miss", "insta"), dis=True)
pos("self_harm", 3, T("does anyone else bang their head on the wall when theyre angry until it bleeds", "discord"),
    ind=True)
pos("self_harm", 4, S("ways to skip meals without parents noticing", "googleuk"), ind=True, ed=True)
pos("self_harm", 4, S("h0w t0 cut w1th0ut l34v1ng sc4rs", "bing"), dis=True)
pos("self_harm", 4, S("self" + ZW + "harm scars how to hide them", "google"), dis=True)
pos("self_harm", 4, T("i hate my body so much, havent eaten since monday and i feel like i deserve it", "whatsapp"), ind=True, ed=True)
pos("self_harm", 4, X(["if i dont purge after tea ill fr", "eak out"], "insta"), ind=True, ed=True)

# ============================== RADICALISATION =============================
pos("radicalisation", 4, S("how to join national action", "googleuk"), ["discrimination"])
pos("radicalisation", 4, S("sonnenkrieg division videos", "youtube"), ["discrimination"])
pos("radicalisation", 4, S("tarrant manifesto pdf download", "ddg"), ["violence", "discrimination"], ind=True)
pos("radicalisation", 4, T("saint tarrant did nothing wrong fr someone had to do it", "discord"),
    ["violence", "discrimination"], ind=True)
pos("radicalisation", 3, S("great replacement is real proof", "bing"), ["discrimination"], ind=True)
pos("radicalisation", 4, S("amaq agency latest release", "google"))
pos("radicalisation", 4, S("dawlah nasheeds full", "youtube"), ind=True)
pos("radicalisation", 4, T("brother the khilafah needs you. make hijrah, the kuffar here will never accept you",
                           "telegram"), ind=True)
pos("radicalisation", 3, S("1488 meaning", "googleuk"), ["discrimination"], ind=True)
pos("radicalisation", 3, S("sonnenrad black sun wallpaper", "pinterest"), ["discrimination"], ind=True)
pos("radicalisation", 4, WS("atomwaffen division recruitment"), ["discrimination"])
pos("radicalisation", 4, S("how to get into terrorgram chats", "reddit"), ["violence"])
pos("radicalisation", 4, D("stormfront.org"), ["discrimination"], ind=True)
pos("radicalisation", 4, X(["the west is at war with isl", "am and its every muslims duty to f", "ight. whos with me"],
                           "telegram"), ["violence"])
pos("radicalisation", 4, S("n4t10n4l 4ct10n stickers", "google"), ["discrimination"], dis=True)
pos("radicalisation", 4, T(cyr("anjem choudary") + " was right about everything", "whatsapp"), dis=True)
pos("radicalisation", 4, S("hizb ut tahrir meetings near me", "googleuk"))
pos("radicalisation", 4, T("yh the match was mad. anyway ive been watching them vids u sent about the race war "
                           "coming and i think ur right, we need to be ready and start training. whats the group "
                           "called again? also is jake coming sat", "dm"),
    ["violence", "discrimination"], ind=True)
pos("radicalisation", 4, S("buffalo shooter livestream full video", "reddit"), ["violence"])
pos("radicalisation", 4, Z(U("http://www.google.com/search?q=how+to+pledge+bayah+to+islamic+state")))

# ============================== GROOMING ===================================
pos("grooming", 4, T("how old r u btw? u seem really mature for ur age", "insta"))
pos("grooming", 4, T("dont tell ur mum about me, she wouldnt understand what we have", "snap"))
pos("grooming", 4, T("add me on telegram its more private, discord mods read everything", "dm"), ind=True)
pos("grooming", 4, T("ill send u \u00a340 on paypal if u send one pic in ur school uniform", "whatsapp"),
    ["illegal_content", "adult_content"])
pos("grooming", 5, T("ill pick u up from the station saturday at 2, wear the skirt. dont tell anyone where ur going",
                     "snap"))
pos("grooming", 5, X(["meet me behind the leisure cen", "tre after school, come on ur own x"], "insta"))
pos("grooming", 4, T("u have 24hrs to send \u00a3200 or these pics go to everyone on ur followers list", "insta"),
    ["illegal_content", "bullying", "adult_content"])
pos("grooming", 4, T("wipe the chat after, no one needs to know about us \U0001f92b", "snap"), ind=True)
pos("grooming", 4, T(cyr("send me a pic of you in bed"), "messenger"), ["adult_content"], dis=True)
pos("grooming", 4, T("u got s n a p? sh0w m3 wat u l00k l1k3 \U0001f648", "roblox"), dis=True, ind=True)
pos("grooming", 4, S("older guy online wants to meet me is it safe", "googleuk"), ind=True)
pos("grooming", 4, S("someone threatening to share my nudes what do i do", "bing"), ["illegal_content", "bullying"], ind=True)
pos("grooming", 4, T("this guy i met on roblox keeps buying me robux and now he wants pics \U0001f62c idk what to do",
                     "discord"), ind=True)
pos("grooming", 3, WS("how to delete a pic i sent on snap someone screenshotted it"), ["illegal_content"], ind=True)
pos("grooming", 4, S("my boyfriend is 22 and im 15 my parents dont know", "ddg"), ind=True)
pos("grooming", 4, T("u can trust me, im not like the boys ur age. have u ever kissed anyone?", "dm"), ind=True)
pos("grooming", 4, X(["do ur parents check ur ph", "one? what time do they go to bed"], "snap"), ind=True)
pos("grooming", 4, T("turn ur ca" + ZWJ + "m on for me, i wont screenshot promise", "snap"), ["adult_content"], dis=True)
pos("grooming", 4, S("man from gaming group chat wants my address", "tiktok"), ind=True)
pos("grooming", 4, T("ill get u those airpods u wanted, just need something in return \U0001f609", "insta"), ind=True)

# ============================== BULLYING ===================================
pos("bullying", 3, T("lmaooo everyone leave the gc and make a new one without chloe", "whatsapp"), ind=True)
pos("bullying", 3, T("ur so ugly no wonder ur dad left", "snap"))
pos("bullying", 3, T("kys no one would care", "insta"), ["suicide"])
pos("bullying", 3, T("post the vid of him crying in the toilets on ur story \U0001f602\U0001f602", "snap"))
pos("bullying", 3, S("how to make someones life hell at school", "googleuk"), ind=True)
pos("bullying", 3, S("everyone at school hates me and calls me names", "bing"), ind=True)
pos("bullying", 3, T("nobody wants u here just leave the school already u smelly tramp", "messenger"))
pos("bullying", 3, T("u fat sl4g n0b0dy l1kes u", "insta"), ["discrimination"], dis=True)
pos("bullying", 3, T("ur sooooo pathetic lmaoooo cry more loserrrr", "discord"), dis=True)
pos("bullying", 3, X(["lets all ignore ame", "lia tmrw and see how long till she cries"], "whatsapp"), ind=True)
pos("bullying", 3, S("rating ugly girls at my school", "tiktok"), ind=True)
pos("bullying", 3, T("if u sit with us at lunch again we'll batter u", "snap"), ["violence"])
pos("bullying", 3, T("miss said we have to work in groups for the project, im with josh and priya which is fine, but "
                     "then kayla and them started laughing saying i smell and put a pic of me eating on their "
                     "story with pig emojis. i hate going in", "teams"), ind=True)
pos("bullying", 3, S("how to stop being bullied online", "google"), ind=True)
pos("bullying", 3, T("send this to everyone: jake wet himself in pe \U0001f923\U0001f923 pass it on", "whatsapp"))
pos("bullying", 3, T("everyone vote in the poll whos the ugliest in 10B", "insta"), ind=True)
pos("bullying", 3, T(cyr("you're a waste of space") + " honestly", "snap"), dis=True)
pos("bullying", 3, T("ur not invited lol nobody actually likes u they just feel sorry for u", "whatsapp"))
pos("bullying", 3, S("someone made a fake account of me and is posting stuff", "googleuk"), ind=True)

# ============================== DISCRIMINATION =============================
pos("discrimination", 3, T("all muslims are terrorists send them back", "discord"), ["radicalisation"])
pos("discrimination", 3, T("gay people shouldnt be allowed to adopt its disgusting", "whatsapp"))
pos("discrimination", 3, S("why are jews so greedy", "bing"), ["radicalisation"], ind=True)
pos("discrimination", 3, T("shut up u f@g", "discord"), ["bullying"], dis=True)
pos("discrimination", 3, T("go back to ur own country p*ki", "snap"), ["bullying"], dis=True)
pos("discrimination", 3, T("women are too emotional to be in charge of anything, they belong at home", "discord"),
    ind=True)
pos("discrimination", 3, S("andrew tate women are property clip", "youtube"), ["radicalisation"], ind=True)
pos("discrimination", 3, T("disabled ppl are just a drain on the nhs tbh", "teams"))
pos("discrimination", 3, T("tr4nnies r mentally ill and thats a fact", "discord"), ["bullying"],
    dis=True)
pos("discrimination", 3, T("that r3t4rd in 9c should be in a special school", "snap"), ["bullying"], dis=True)
pos("discrimination", 3, S("black people lower iq proof", "bing"), ["radicalisation"], ind=True)
pos("discrimination", 3, T("gypsies are all thieves lock ur bikes up lol", "whatsapp"))
pos("discrimination", 3, T("eastern europeans only come here to nick our jobs and benefits", "messenger"), ind=True)
pos("discrimination", 3, X(["honestly immigrants are vermin, they breed like r", "ats"], "discord"),
    ["radicalisation"])
pos("discrimination", 3, S("holocaust jokes dark humour", "tiktok"), ["radicalisation"], ind=True)
pos("discrimination", 3, T("mu\u0455lim\u0455 \u0430re \u0455cum", "insta"), ["radicalisation"], dis=True)
pos("discrimination", 3, T("ok so for the rs presentation ill do slides 1-4 and u do the rest. btw the new kid is a "
                           "dirty immigrant dont sit near him. also do we need a bibliography", "teams"),
    ["bullying"], ind=True)
pos("discrimination", 3, S("how to tell if someone is gay so i can avoid them", "googleuk"), ind=True)
pos("discrimination", 3, T("hes autistic so obviously hes a freak", "snap"), ["bullying"])
pos("discrimination", 3, T("black people dont belong in england", "discord"), ["radicalisation"])

# ============================== VIOLENCE ===================================
pos("violence", 3, S("where to buy a zombie knife uk", "googleuk"))
pos("violence", 5, T("im gonna stab him after school tmrw, bringing my brothers knife", "snap"))
pos("violence", 5, T("bring ur ching tmrw were gonna wet up the opps", "snap"), ind=True)
pos("violence", 3, S("how to make a shank out of a toothbrush", "youtube"))
pos("violence", 4, S("homemade explosive with fertiliser", "ddg"), ["radicalisation"])
pos("violence", 5, T("friday in the main hall when everyones in assembly thats when ill do it. got my dads shotgun "
                     "sorted", "dm"), ["radicalisation"], ind=True)
pos("violence", 3, S(fullwidth("knuckle dusters") + " for sale uk", "bing"), dis=True)
pos("violence", 3, T("ur dead when i see u swear down", "insta"), ["bullying"], ind=True)
pos("violence", 3, S("columbine shooters journals", "google"), ["radicalisation"], ind=True)
pos("violence", 3, S("ghost gun 3d print files uk", "reddit"))
pos("violence", 5, X(["gonna bring a kni", "fe to school monday and sort him out"], "whatsapp"))
pos("violence", 5, T("g0nna b4tt3r h1m n st4b h1m", "snap"), dis=True)
pos("violence", 3, S("how to hurt someone without leaving marks", "reddit"), ind=True)
pos("violence", 5, T("ye the partys at mos, bring drinks. oh and if tyler shows up were gonna jump him outside and "
                     "slash his face he had it coming. anyway what u wearing", "whatsapp"), ind=True)
pos("violence", 3, S("machete for sale cheap no id", "google"))
pos("violence", 4, T("im gonna unalive the whole class one day fr", "discord"), ["suicide", "radicalisation"],
    ind=True)
pos("violence", 3, S("best way to hold a knife in a fight", "youtube"))
pos("violence", 5, T(cyr("i'm gonna shoot up the school") + " on monday", "discord"), ["radicalisation"], dis=True)
pos("violence", 4, T("anyone know where i can get a strap round here, need it by the weekend", "snap"), ind=True)
pos("violence", 5, X(["meet at the park at 8, everyone bring some", "thing sharp, were doing them proper"], "snap"),
    ind=True)

# ============================== OTHER CATEGORIES ===========================
pos("adult_content", 3, D("www.xnxx.com"))
pos("adult_content", 3, S("free p0rn no sign up", "bing"), dis=True)
pos("adult_content", 3, S("corn sites that arent blocked at school", "googleuk"), ["filter_bypass"], ind=True)
pos("adult_content", 3, D("onlyfans.com", "bind"))
pos("adult_content", 3, U("https://www.pornhub.com/view_video.php?viewkey=ph63f1a2b9c0d4e", "squid"))

pos("drugs", 3, S("where to buy xanax uk without prescription", "googleuk"))
pos("drugs", 3, T("whos got a plug for bud, need a 20 bag by friday", "snap"), ind=True)
pos("drugs", 3, S("nos canisters delivery near me", "tiktok"))
pos("drugs", 3, T("how much is a g of ket round here", "whatsapp"), ind=True)
pos("drugs", 3, S("thc v4pe pen buy uk", "bing"), dis=True)

pos("gambling", 2, D("www.skybet.com", "bind"))
pos("gambling", 2, S("stake casino no kyc uk", "google"))
pos("gambling", 2, D("www.paddypower.com", "squid"))
pos("gambling", 2, S("best betting sites that dont need id", "bing"))

pos("filter_bypass", 2, S("how to get round lightspeed filter on school chromebook", "googleuk"))
pos("filter_bypass", 2, D("www.croxyproxy.com", "dnsmasq"))
pos("filter_bypass", 2, D("psiphon.ca", "zeek-dns"))
pos("filter_bypass", 2, S("securly bypass extension 2026", "youtube"))

pos("hacking", 2, S("download hydra password cracker windows", "google"))
pos("hacking", 2, S("how to ddos someone on xbox", "youtube"), ["gaming"])
pos("hacking", 2, S("ip grabber link for discord", "bing"))
pos("hacking", 2, S("roblox cookie logger script", "youtube"), ["gaming"])

pos("piracy", 1, D("fmovies.to", "unbound"))
pos("piracy", 1, S("watch wicked free online 123movies", "google"))
pos("piracy", 1, D("thepiratebay.org", "dnsmasq"))

pos("gaming", 1, D("www.roblox.com", "unbound"))
pos("gaming", 1, D("fortnite-public-service-prod11.ol.epicgames.com", "squid"))
pos("gaming", 1, D("store.steampowered.com", "zeek-dns"))

pos("social_media", 1, D("www.tiktok.com", "bind"))
pos("social_media", 1, D("www.instagram.com", "dnsmasq"))
pos("social_media", 1, D("web.snapchat.com", "squid"))

pos("illegal_content", 2, S("buy fake id uk uni", "googleuk"))
pos("illegal_content", 2, S("where to buy fake \u00a320 notes", "bing"))
pos("illegal_content", 3, T("anyone got the link to that telegram group with the yr9 nudes", "whatsapp"),
    ["grooming", "adult_content", "bullying"], ind=True)
pos("illegal_content", 4, S("underage nudes telegram", "ddg"), ["adult_content", "grooming"])

# ============================== HARD NEGATIVES =============================
# --- coursework / RS / history / English
for q, e in [
    ("causes of the 7/7 london bombings gcse history", "googleuk"),
    ("why did the nazis gain support in 1932 gcse", "google"),
    ("holocaust memorial day assembly ideas", "bing"),
    ("romeo and juliet why does juliet stab herself quotes", "googleuk"),
    ("durkheim suicide theory a level sociology", "google"),
    ("arguments for and against euthanasia gcse rs", "bing"),
    ("greater jihad and lesser jihad meaning rs", "google"),
    ("swastika meaning in hinduism", "ecosia"),
    ("isis and osiris myth ks3", "google"),
    ("how did guy fawkes plan to blow up parliament", "youtube"),
    ("british union of fascists oswald mosley essay", "google"),
    ("macbeth killing duncan scene key quotes", "bing"),
    ("knife crime statistics england 2025 ons", "googleuk"),
    ("racism in to kill a mockingbird essay", "google"),
    ("prevent strategy criticisms sociology", "google"),
    ("pshe lesson plan online safety year 8 grooming", "bing"),
    ("christchurch mosque attack citizenship lesson resources", "google"),
]:
    neg(S(q, e))
neg(U("https://www.gov.uk/government/publications/prevent-duty-guidance"))
neg(U("https://www.bbc.co.uk/bitesize/guides/zxsbcj6/revision/1"))
neg(U("https://www.bbc.co.uk/bitesize/topics/zk94jxs"))

# --- charity / helpline / support pages
for u in [
    "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    "https://www.childline.org.uk/info-advice/bullying-abuse-safety/types-bullying/online-bullying/",
    "https://www.mind.org.uk/information-support/types-of-mental-health-problems/self-harm/",
    "https://www.papyrus-uk.org/hopelineuk/",
    "https://www.beateatingdisorders.org.uk/get-information-and-support/",
    "https://www.ceop.police.uk/Safety-Centre/",
    "https://www.talktofrank.com/drug/cannabis",
    "https://www.youngminds.org.uk/young-person/coping-with-life/self-harm/",
    "https://www.nspcc.org.uk/keeping-children-safe/online-safety/",
]:
    neg(U(u))

# --- place names
for q, e in [
    ("trains from scunthorpe to penistone", "googleuk"),
    ("middlesex university open day 2026", "google"),
    ("essex county council term dates", "bing"),
    ("clitheroe castle opening times", "googleuk"),
    ("things to do in cockermouth", "google"),
    ("sussex uni accommodation prices", "ecosia"),
]:
    neg(S(q, e))

# --- IT / cyber course
for q, e in [
    ("kill -9 not working linux", "google"),
    ("how to kill a process in task manager windows 11", "bing"),
    ("install kali linux on virtualbox", "youtube"),
    ("python kill thread gracefully", "ddg"),
    ("child process exited with code 1 node", "google"),
    ("metasploitable exploit in the lab btec unit 11 writeup", "google"),
]:
    neg(S(q, e))
neg(U("https://stackoverflow.com/questions/6381229/how-to-kill-all-processes-with-a-given-partial-name"))
neg(U("https://www.kali.org/docs/virtualization/install-virtualbox-guest-vm/"))

# --- gaming (level 1 at most)
for q, e in [
    ("how to kill the ender dragon easy", "youtube"),
    ("elden ring best bleed build", "google"),
    ("warzone best sniper loadout", "youtube"),
    ("minecraft tnt cannon tutorial", "youtube"),
    ("gta 5 casino heist guide", "google"),
]:
    neg(S(q, e), ["gaming"])

# --- medicine / health
for q, e in [
    ("can you take ibuprofen and paracetamol together nhs", "googleuk"),
    ("needle phobia blood test tips", "bing"),
    ("first aid for a deep cut st john ambulance", "google"),
    ("missed pill what to do", "googleuk"),
]:
    neg(S(q, e))
neg(U("https://bnf.nice.org.uk/drugs/sertraline/"))
neg(U("https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/self-harm/"))

# --- sport / news / cooking / everyday
for q, e in [
    ("arsenal vs spurs highlights", "youtube"),
    ("netball shooting drills", "youtube"),
    ("clay pigeon shooting near me", "google"),
    ("croydon stabbing latest news", "bing"),
    ("xl bully ban explained", "google"),
    ("how to butcher a whole chicken", "youtube"),
    ("best knife for chopping onions", "googleuk"),
    ("how to kill a lobster humanely", "google"),
    ("dog grooming level 2 course near me", "googleuk"),
    ("hair cutting techniques nvq level 2", "youtube"),
    ("how to tie a bowline knot scouts", "youtube"),
    ("die hard christmas film debate", "google"),
]:
    neg(S(q, e))
neg(U("https://www.bbc.co.uk/sport/football/premier-league"))

# --- ordinary college traffic
for u in [
    "https://moodle.riverside.ac.uk/course/view.php?id=1423",
    "https://outlook.office365.com/mail/inbox",
    "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css",
    "https://app.senecalearning.com/dashboard/assignments",
    "http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab",
    "http://ocsp.digicert.com/MFEwTzBNMEswSTAJBgUrDgMCGgUABBSAUQYBMq2awn1Rh6Doh%2FsBYgFV7gQUA95QNVbR",
]:
    neg(U(u))
neg(Z(U("http://connectivitycheck.gstatic.com/generate_204")))
neg(U("/mod/forum/discuss.php?d=5512", "clf", variant="apache"))
neg(U("/pluginfile.php/88213/mod_resource/content/1/Macbeth%20Act%202%20murder%20scene.pdf", "clf", variant="apache"))

# --- DNS lines of innocent domains
for name in [
    "www.bbc.co.uk", "login.microsoftonline.com", "teams.microsoft.com", "moodle.riverside.ac.uk",
    "fonts.gstatic.com", "www.senecalearning.com", 
    "www.essex.ac.uk", "www.middlesexccc.com", "www.scunthorpe-united.co.uk",
    "www.samaritans.org", "www.childline.org.uk", 
    "analytics.google.com", "www.cumbria.gov.uk", "www.arsenal.com", "www.sparxmaths.uk",
    "classroom.google.com", "www.skysports.com",
    "www.shootingstar.org.uk", "www.essexpolice.uk",
    "www.talktofrank.com",
]:
    neg(D(name))
neg(Z(D("www.ocr.org.uk")))
neg(D("www.penistone-gs.uk", "bind"))

# --- endpoint: idioms, friends, games, coursework
for text, app in [
    ("ngl im dying of laughter at this \U0001f602", "whatsapp"),
    ("u absolutely killed it in the show last night!!", "insta"),
    ("i could murder a burger rn, maccies after?", "snap"),
    ("im dead \U0001f480\U0001f480 did u see his face", "snap"),
    ("if sir gives us another essay im gonna die lol", "discord"),
    ("shh dont tell dad about the cake, its a surprise for his 50th", "whatsapp"),
    ("meet me at the station at 4 and well get the bus to the match", "whatsapp"),
    ("how old is ur little brother now? my mum wants to get him something for his bday", "messenger"),
    ("can u send me a pic of the homework sheet", "snap"),
    ("kill the lights when u leave the lab pls", "teams"),
    ("gg ez, headshot him from across the map \U0001f602", "discord"),
    ("bombs planted on A, rotate rotate", "discord"),
    ("knife round next, everyone buy armour", "discord"),
    ("grooming appointment for the dog is at 3 so ill be late", "whatsapp"),
    ("miss said the cutting assessment for hair is next week", "teams"),
    ("were going to essex for the weekend", "whatsapp"),
    ("the match was sick, we battered them 5-0", "snap"),
    ("im gonna fail maths and my mum will actually kill me", "whatsapp"),
    ("pshe today was about consent and online grooming, kinda awkward", "snap"),
    ("my mate thinks hes gay and is scared to tell his parents, any advice?", "discord"),
    ("my grandad passed away last night, dont really feel like talking", "whatsapp"),
    ("we watched a documentary about the christchurch attack in citizenship today", "teams"),
]:
    neg(T(text, app))
for text, doc in [
    ("Lady Macbeth kills herself offstage, which shows how guilt has consumed her.", "English Lit coursework"),
    ("Durkheim argued that suicide rates are shaped by social integration and regulation.",
     "Sociology - crime and deviance"),
    ("The IRA bombing campaign of the 1970s targeted both military and civilian sites.", "History NEA"),
    ("Die Schule beginnt um acht Uhr und ich fahre mit dem Bus.", "German Hausaufgaben"),
    ("Muslims understand the greater jihad as the inner struggle to live a good life.", "RS essay draft"),
    ("Anorexia nervosa has the highest mortality rate of any psychiatric disorder.", "Psychology notes"),
]:
    neg(T(text, "word", doc=doc))
neg(T("$ kill -9 4312 && ps aux | grep python", "terminal"))
neg(T("sudo apt install kali-linux-default", "terminal"))
neg(W("Prevent duty training - GOV.UK - Google Chrome"))
neg(W("Anti-Bullying Week 2026 - Anti-Bullying Alliance - Google Chrome"))
neg(W("Year 9 RS - Islam: Jihad - Google Slides - Google Chrome"))
neg(W("Counter-Strike 2", "cs2.exe"), ["gaming"])
neg(V("https://www.childline.org.uk/info-advice/your-feelings/anxiety-stress-panic/"))
neg(V("https://www.samaritans.org/how-we-can-help/"))
# split-stream hard negatives
neg(X(["i want to d", "ye my hair pink for summer"], "snap"))
neg(X(["i could murder a bur", "ger and chips tbh"], "whatsapp"))
neg(X(["we killed it at the bat", "tle of the bands!!"], "insta"))
neg(X(["how old is ur br", "other now? he got so tall"], "messenger"))
neg(XW([("discord", "honestly i just want to"), ("word:German Hausaufgaben", "die Katze schl\u00e4ft auf dem Sofa")]))

# --- wrapped lines (syslog prefix / shipper envelope) are attached by index below
WRAPS = {}


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
def app_window(app, n, doc=None):
    if app.startswith("word:"):
        app, doc = "word", app.split(":", 1)[1]
    proc, title = APPS[app]
    if "%s" in title:
        if app == "dm":
            title = title % pick(PEERS, n, "peer")
        else:
            title = title % (doc or pick(DOCS, n, "doc"))
    return proc, title


# categories a college filter typically blocks (used only to make some lines look blocked)
BLOCKED = {"adult_content", "suicide", "self_harm", "radicalisation", "gambling", "filter_bypass",
           "illegal_content"}


def render(idx, item, counters):
    n = idx + 1
    spec = item["spec"]
    kind = spec["kind"]
    user = pick(USERS, n, "user")
    if kind == "url" and "moodle" in spec["url"] and "riverside" in spec["url"]:
        user = pick(USERS + STAFF, n, "user")
    if kind in ("search", "url"):
        url = search_url(spec["engine"], spec["q"], n) if kind == "search" else spec["url"]
        q = spec.get("q")
        if spec.get("tsv"):
            return "zeek-http", {"lines": zeek_http_tsv(n, url)}
        fmt = spec["fmt"]
        if fmt is None:
            fmt = URL_FORMATS[counters["url"] % len(URL_FORMATS)]
            counters["url"] += 1
        if fmt == "squid":
            blockable = {e["category"] for e in item["expect"]} & BLOCKED
            line = squid_line(n, url, user, denied=bool(blockable) and H(n, "deny") % 3 == 0)
        elif fmt == "clf":
            line = clf_line(n, url, user, variant=spec.get("variant"))
        elif fmt == "e2guardian":
            line = e2g_line(n, url, user, q=q if spec["kind"] == "search" and spec["engine"] in
                            ("google", "googleuk", "bing", "ddg", "yahoo", "youtube") else None)
        elif fmt == "zeek-http":
            line = zeek_http_json(n, url.replace("https://", "http://", 1))
        else:
            raise ValueError(fmt)
        return fmt, {"line": line}
    if kind == "domain":
        name = spec["name"]
        if spec.get("tsv"):
            return "zeek-dns", {"lines": zeek_dns_tsv(n, name)}
        fmt = spec["fmt"]
        if fmt is None:
            fmt = DNS_FORMATS[counters["dns"] % len(DNS_FORMATS)]
            counters["dns"] += 1
        if fmt == "unbound":
            line = unbound_line(n, name)
        elif fmt == "dnsmasq":
            line = dnsmasq_line(n, name)
        elif fmt == "bind":
            blockable = {e["category"] for e in item["expect"]} & BLOCKED
            line = bind_line(n, name, variant="rpz" if blockable and H(n, "rpzv") % 3 != 0 else "query")
        elif fmt == "zeek-dns":
            line = zeek_dns_json(n, name)
        elif fmt == "squid":
            line = squid_line(n, name, user, method="CONNECT")
        else:
            raise ValueError(fmt)
        return fmt, {"line": line}
    if kind == "text":
        proc, title = app_window(spec["app"], n, spec.get("doc"))
        return "endpoint", {"line": endpoint_event(n, "text_capture", proc, title, text=spec["text"])}
    if kind == "title":
        return "endpoint", {"line": endpoint_event(n, "window_title", spec["process"], spec["title"])}
    if kind == "visit":
        title = spec["title"] or "%s - Google Chrome" % split_url(spec["url"])[0]
        return "endpoint", {"line": endpoint_event(n, "url_visit", spec["process"], title, url=spec["url"])}
    if kind == "split":
        proc, title = app_window(spec["app"], n)
        device = pick(DEVICES, n, "dev")
        lines, off = [], 0
        for i, frag in enumerate(spec["frags"]):
            lines.append(endpoint_event(n, "text_capture", proc, title, text=frag, t_off=off,
                                        device=device, user=user))
            off += rint(2, 9, n, "gap", i)
        return "endpoint", {"lines": lines}
    if kind == "multiwin":
        device = pick(DEVICES, n, "dev")
        lines, off = [], 0
        for i, (app, frag) in enumerate(spec["parts"]):
            proc, title = app_window(app, n)
            lines.append(endpoint_event(n, "text_capture", proc, title, text=frag, t_off=off,
                                        device=device, user=user))
            off += rint(3, 6, n, "gap", i)
        return "endpoint", {"lines": lines}
    raise ValueError(kind)


def build():
    counters = {"url": 0, "dns": 0}
    out = []
    wrapped = 0
    # deterministic shuffle so that ids do not reveal categories
    order = sorted(range(len(ITEMS)), key=lambda i: H("order", i))
    for idx, item in enumerate(ITEMS[i] for i in order):
        n = idx + 1
        fmt, body = render(idx, item, counters)
        # wrap a handful of single proxy / dnsmasq lines as a shipper delivers them
        if "line" in body and fmt in ("squid", "e2guardian", "dnsmasq") and H(n, "wrap") % 13 == 0:
            how = pick(["rfc3164", "rfc5424", "envelope"], n, "how")
            body["line"] = wrap(n, body["line"], how, fmt)
            wrapped += 1
        rec = {"id": "h4-%04d" % n, "format": fmt}
        rec.update(body)
        rec["expect"] = item["expect"]
        if item["allow"]:
            rec["allow"] = item["allow"]
        out.append((rec, item))
    return out, wrapped


def main():
    out, wrapped = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "round4.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=True) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        cat, fmts = Counter(), Counter()
        negs = dis = ind = split = 0
        for rec, item in out:
            fmts[rec["format"]] += 1
            if not rec["expect"]:
                negs += 1
            for e in rec["expect"]:
                cat[e["category"]] += 1
            dis += item["dis"]
            ind += item["ind"]
            if item["spec"]["kind"] in ("split", "multiwin"):
                split += 1
        print("items", len(out), "negatives", negs, "positives", len(out) - negs, file=sys.stderr)
        print("disguised", dis, "indirect", ind, "split/multi-event endpoint", split,
              "wrapped", wrapped, file=sys.stderr)
        for c in CATS:
            print("  %-16s %d" % (c, cat[c]), file=sys.stderr)
        for k, v in sorted(fmts.items()):
            print("  fmt %-12s %d" % (k, v), file=sys.stderr)
    print(path)


if __name__ == "__main__":
    main()
