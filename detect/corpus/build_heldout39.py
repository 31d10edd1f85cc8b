#!/usr/bin/env python3
"""Guardline held-out evaluation corpus 39 (heldout39.jsonl) -- hand-written generator.

PERSPECTIVE
    An elite sports academy programme: football academies and an athletics, boxing and
    gymnastics college for ages 14-19 (some boarding with host families), plus the coaching,
    physio, performance-analysis and welfare staff who work with them.  The risks are written
    the way these young athletes and the adults around them actually type and search them:
    body image and eating disorders (weight-making for boxing and gymnastics taken too far,
    RED-S), doping and SARMs, coaches / agents / scouts grooming or controlling athletes,
    sextortion, gambling (including on their own league and spot-fixing approaches), racist
    and homophobic abuse, suicidal thinking after release from an academy or injury,
    self-harm, changing-room bullying and initiations, violence, drugs and alcohol, filter
    bypass and adult content.  About half the items are hard negatives: sports-science and
    nutrition coursework, training plans, weight classes and SAFE weight-making guidance,
    injury rehab and concussion protocols, sporting hyperbole ("smashed the session",
    "I'm dead after that", "killed it"), boxing and MMA technique, athletics throws, the
    "suicides" conditioning drill, fantasy football, betting-sponsor news, anti-doping
    education, set texts, music, games, and staff safeguarding / welfare training.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is the lowest level that a
correct detector should report; an "allow" is given only where a second category is
genuinely arguable)
    suicide         5 = method, plan, means, timing, farewell notes, method searches (how many
                      tablets, noose, bridge to jump from, algospeak "sewerslide methods");
                    4 = ideation without method ("no point being here", "want to go to sleep
                      and not wake up", "unaliving myself", "want to kill myself").
    self_harm       4 = self-harm acts, disclosures, concealment and method seeking; eating-
                      disorder BEHAVIOUR: purging, laxative / diuretic misuse, starving for
                      days, hiding not eating, pro-ana method seeking, chew-and-spit.
                    3 = dangerous weight-making and body-image exposure short of that:
                      extreme dehydration / spitting / sauna-suit cuts, thinspo / bonespo /
                      skinnytok, calorie restriction disclosures, compulsive exercise.
                    (Eating disorders are filed under self_harm: there is no separate id.
                      Laxatives / diuretics / suppressant pills allow "drugs".)
    grooming        5 = a meeting or being alone arranged by an adult in a position of trust
                      or a stranger (hotel room, his flat, stop at mine, the services);
                    4 = grooming signs: secrecy, gifts and debt, isolation from parents,
                      requests for images, coercive control by a coach, age-gap "dating",
                      sextortion (allow illegal_content, since images of a minor are
                      involved), and victims' help-seeking searches about these.
    bullying        3 = bullying messages, exclusion, humiliating filming, initiations.
                      "kys"/"go kill yourself" sent at someone is bullying and allows suicide.
    discrimination  3 = racist, homophobic, transphobic, misogynistic, disability, religious
                      and anti-Traveller abuse or jokes sought; allow bullying when aimed at a
                      teammate.
    adult_content   3 = pornography searches and sites, OnlyFans, hentai, rule 34.
    drugs           3 = buying, sourcing or using drugs, SARMs, steroids, EPO, masking a
                      test, nitrous, drug emoji code; 2 = under-age alcohol (policy breach).
    gambling        2 = betting sites and searches, under-age accounts, betting on their own
                      league or team; spot-fixing approaches by an adult allow grooming.
    violence        5 = attack planning or weapon threats against a named / present person;
                    4 = weapon buying, how-to-hurt searches, threats of serious injury,
                      disclosures of physical abuse at home or in a host family.
    filter_bypass   2 = VPN / proxy / Tor / Psiphon, unblock tricks, disabling monitoring.
    hacking         3 = taking over someone's account or a staff system; 2 = tools.
    piracy          1 = illegal streams, torrents, cracks.
    gaming          1 = game sites and clients.   social_media 1 = social sites.
    illegal_content 4 = sexual images of under-18s (seeking, sharing a teammate's images);
                    3 = dark-web markets, fake ID / passport, cloned cards.
    radicalisation  5 = joining a proscribed group; 4 = extremist propaganda sought or
                      attacks glorified, militia-style "training"; 3 = conspiracy and
                      incel / far-right exposure (allow discrimination).
    Negatives (expect []) never contain a real level-2+ concern; level-1 noise such as a game
    or social site may appear in them.  Staff research and training searches are negatives
    and come from staff accounts and devices.

DETERMINISM
    No random module.  Every variable choice (format, engine, URL encoding, user, device,
    site, timestamp, IP, ports, wrapping, fragment split) comes from SHA-256 of the item
    number and a purpose tag.  Item order is fixed by SHA-256 of the item content.
Standard library only.  Usage: build_heldout39.py [--out PATH] [--stats]
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

# ---------------------------------------------------------------------------------------
# deterministic choice helpers
# ---------------------------------------------------------------------------------------
_N = [0]  # current item number while rendering


def H(tag, n=None):
    n = _N[0] if n is None else n
    return int.from_bytes(hashlib.sha256(("h39|%d|%s" % (n, tag)).encode()).digest()[:8], "big")


def pick(tag, seq):
    return seq[H(tag) % len(seq)]


def wpick(tag, pairs):
    total = sum(w for _, w in pairs)
    r = H(tag) % total
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    return pairs[-1][0]


def rng(tag, lo, hi):
    return lo + H(tag) % (hi - lo + 1)


# ---------------------------------------------------------------------------------------
# people, places, devices
# ---------------------------------------------------------------------------------------
STUDENTS = ["j.okoro", "m.kowalski", "a.hussain", "t.mensah", "s.oconnor", "k.baptiste",
            "l.ferreira", "r.adeyemi", "c.walsh", "d.nwosu", "e.grant", "z.iqbal",
            "b.lewis", "h.osei", "n.price", "o.bennett", "f.murphy", "y.chen",
            "schol24.mjames", "u18.tcole", "ACAD\\p.singh", "ACAD\\g.harris",
            "boxing.u17.kray", "gym.ellie.w", "ath.rhys.d", "apprentice.sc07"]
STAFF = ["coach.davies", "coach.m.ahmed", "s.patterson", "welfare.lead", "physio.jgreen",
         "pa.analyst2", "ACAD\\dsl.roberts", "h.okafor@academy-sport.ac.uk",
         "boxing.coach.bryn", "gym.coach.nadia"]
STUDENT_DEVICES = ["ACAD-LAB-PC-03", "ACAD-LAB-PC-11", "CLASSRM-B2-PC-14", "LIB-LT-07",
                   "CHROMEBOOK-2217", "CHROMEBOOK-2240", "BOARD-HOUSE-LT-11",
                   "HOSTFAM-CB-09", "HOSTFAM-CB-15", "GYM-IPAD-04", "PERF-LAB-PC-02",
                   "STUDENT-LT-0381", "STUDENT-LT-0412"]
STAFF_DEVICES = ["STAFF-LT-DAVIES", "STAFF-LT-0117", "PHYSIO-PC-01", "PERF-ANALYSIS-02",
                 "WELFARE-PC-01", "COACH-SURFACE-06", "BOXING-OFFICE-PC"]
SITES = ["football-north", "football-south", "athletics-centre", "boxing-gym",
         "gymnastics-hall", "college-main"]
SITE_NET = {"football-north": 11, "football-south": 12, "athletics-centre": 21,
            "boxing-gym": 24, "gymnastics-hall": 27, "college-main": 30}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EPOCH0 = int(_dt.datetime(2026, 9, 7, tzinfo=_dt.timezone.utc).timestamp())
BST_END = int(_dt.datetime(2026, 10, 25, 1, 0, tzinfo=_dt.timezone.utc).timestamp())


def pick_ts(tag="ts"):
    day = H(tag + ":d") % 75
    hour = wpick(tag + ":h", [(7, 3), (8, 5), (9, 6), (10, 6), (11, 6), (12, 6), (13, 6),
                              (14, 6), (15, 6), (16, 6), (17, 6), (18, 5), (19, 5), (20, 5),
                              (21, 5), (22, 4), (23, 3), (0, 2), (1, 2), (2, 1), (6, 2)])
    sec = EPOCH0 + day * 86400 + hour * 3600 + H(tag + ":m") % 3600
    ms = H(tag + ":ms") % 1000
    return sec, ms


def utc(sec):
    return _dt.datetime.fromtimestamp(sec, _dt.timezone.utc)


def local(sec):
    """UK local time as the log writers on the academy servers see it."""
    off = 1 if sec < BST_END else 0
    return utc(sec + off * 3600).replace(tzinfo=None), ("+0100" if off else "+0000")


def iso_z(sec, ms):
    return utc(sec).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms


def clf_date(sec):
    d, off = local(sec)
    return "%02d/%s/%d:%s %s" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"), off)


def sys_date(sec, pad="space"):
    d, _ = local(sec)
    day = ("%2d" % d.day) if pad == "space" else ("%02d" % d.day)
    return "%s %s %s" % (MONTHS[d.month - 1], day, d.strftime("%H:%M:%S"))


def ip_for(site, tag):
    return "10.%d.%d.%d" % (SITE_NET[site], rng(tag + ":c", 1, 60), rng(tag + ":d", 2, 250))


def ext_ip(tag):
    return "%d.%d.%d.%d" % (pick(tag + ":a", [142, 151, 104, 172, 185, 13, 20, 31, 52]),
                            rng(tag + ":b", 1, 254), rng(tag + ":c", 1, 254), rng(tag + ":d", 1, 254))


# ---------------------------------------------------------------------------------------
# disguise transforms (applied only to items marked by hand below)
# ---------------------------------------------------------------------------------------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458"}
ZW = ["\u200b", "\u200c", "\u2060"]


def _cyr(s):
    return "".join(CYR.get(ch, ch) for ch in s)


def _zw(s):
    z = pick("zwchar", ZW)
    return z.join(s)


def _fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def apply_tr(text, tr):
    if not tr:
        return text
    kind, target = tr
    f = {"cyr": _cyr, "zw": _zw, "fw": _fw}[kind]
    if target is None:
        return f(text)
    i = text.index(target)
    return text[:i] + f(target) + text[i + len(target):]


# ---------------------------------------------------------------------------------------
# item specification (content is hand-written further down)
# ---------------------------------------------------------------------------------------
ITEMS = []


def _exp(s):
    out = []
    for tok in s.split():
        c, l = tok.split(":")
        out.append({"category": c, "min_level": int(l)})
    return out


def _add(kind, content, exp="", allow="", who="s", eng="any", ctx="chat", tr=None, frag=None,
         title=None):
    ITEMS.append({"kind": kind, "content": content, "expect": _exp(exp),
                  "allow": allow.split() if allow else [], "who": who, "eng": eng,
                  "ctx": ctx, "tr": tr, "frag": frag, "title": title})


def S(q, exp="", allow="", who="s", eng="any", tr=None):
    """a search typed into an engine / site search box"""
    _add("S", q, exp, allow, who, eng=eng, tr=tr)


def T(text, exp="", allow="", who="s", ctx="chat", tr=None, frag=None, title=None):
    """text typed or pasted on an endpoint (chat, document, notes)"""
    _add("T", text, exp, allow, who, ctx=ctx, tr=tr, frag=frag, title=title)


def W(title, exp="", allow="", who="s"):
    """a browser window title (page title; the browser suffix is added)"""
    _add("W", title, exp, allow, who)


def U(url, exp="", allow="", who="s"):
    """a page visited (proxy request or endpoint url_visit)"""
    _add("U", url, exp, allow, who)


def D(domain, exp="", allow="", who="s"):
    """a domain looked up / connected to (DNS logs, CONNECT, SNI)"""
    _add("D", domain, exp, allow, who)


def P(process, exp="", allow="", who="s", title=None):
    """a process started on an endpoint"""
    _add("P", process, exp, allow, who, title=title)


# ---------------------------------------------------------------------------------------
# search URL construction
# ---------------------------------------------------------------------------------------
ENGINES = {
    "web": ["google", "google_uk", "bing", "ddg", "yahoo", "ecosia", "g_ac", "ddg_ac",
            "bing_ac", "ff_ac"],
    "video": ["youtube", "tiktok", "yt_ac", "youtube"],
    "social": ["reddit", "tiktok", "reddit"],
    "shop": ["amazon"],
    "wiki": ["wikipedia"],
}
ENGINES["any"] = (["google", "google_uk", "google", "bing", "ddg", "yahoo", "ecosia",
                   "youtube", "tiktok", "reddit", "g_ac", "ddg_ac", "bing_ac", "ff_ac",
                   "yt_ac", "google_uk", "bing", "ddg"])
AC_ENGINES = {"g_ac", "ddg_ac", "bing_ac", "ff_ac", "yt_ac"}


def enc(q, style):
    if style == "plus":
        return quote_plus(q, safe="")
    if style == "pct":
        return quote(q, safe="")
    # lower-case hex, as some clients send it
    s = quote_plus(q, safe="")
    out, i = [], 0
    while i < len(s):
        if s[i] == "%":
            out.append(s[i:i + 3].lower())
            i += 3
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def hexid(tag, n=32):
    return hashlib.sha256(("%d|%s" % (_N[0], tag)).encode()).hexdigest()[:n].upper()


def search_url(engine, q, sec):
    default = {"tiktok": "pct", "reddit": "pct"}.get(engine, "plus")
    style = wpick("encstyle", [(default, 7), ("pct" if default == "plus" else "plus", 2),
                               ("lowerhex", 1)])
    e = enc(q, style)
    if engine in ("google", "google_uk"):
        host = "www.google.com" if engine == "google" else "www.google.co.uk"
        tail = pick("gtail", [
            "&oq=%s&sourceid=chrome&ie=UTF-8" % e,
            "&hl=en-GB&source=hp",
            "&client=firefox-b-d",
            "&sca_esv=%s&source=hp&ei=%s" % (hexid("sca", 16).lower(), hexid("ei", 22)),
            "&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQyMTlqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8" % e,
        ])
        return "https://%s/search?q=%s%s" % (host, e, tail)
    if engine == "bing":
        tail = pick("btail", ["&form=QBLH", "&qs=n&form=QBRE&sp=-1&cvid=%s" % hexid("cvid"),
                              "&form=ANNTH1&PC=U531"])
        return "https://www.bing.com/search?q=%s%s" % (e, tail)
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s%s" % (e, pick("dtail", ["&ia=web", "&t=h_&ia=web",
                                                                      "&t=ffab&ia=web"]))
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d%03d" % (e, sec, H("tkms") % 1000)
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s%s" % (e, pick("rtail", ["", "&type=link",
                                                                              "&sort=relevance"]))
    if engine == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e
    if engine == "amazon":
        pre = enc(q[:max(3, len(q) // 2)], "plus")
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss" % (
            e, hexid("crid", 13), pre, rng("spx", 60, 140))
    if engine == "g_ac":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0" % (e, len(q))
    if engine == "ff_ac":
        return "https://www.google.com/complete/search?client=firefox&channel=fen&q=%s" % e
    if engine == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    if engine == "bing_ac":
        return "https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&cvid=%s" % (
            e, len(q), hexid("ascvid"))
    if engine == "yt_ac":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s&xhr=t" % e
    raise ValueError(engine)


def page_title(engine, q):
    return {
        "google": "%s - Google Search", "google_uk": "%s - Google Search",
        "bing": "%s - Search", "ddg": "%s at DuckDuckGo", "yahoo": "%s - Yahoo Search Results",
        "ecosia": "%s - Ecosia", "youtube": "%s - YouTube",
        "tiktok": "Find '%s' on TikTok | TikTok Search", "reddit": "reddit.com: search results - %s",
        "wikipedia": "%s - Search results - Wikipedia", "amazon": "Amazon.co.uk : %s",
    }[engine] % q


BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox"), ("chrome.exe", " - Google Chrome")]


# ---------------------------------------------------------------------------------------
# log line writers, shaped on /work/shared/samples
# ---------------------------------------------------------------------------------------
def split_url(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def squid_line(c, url, method="GET", user=None, status="TCP_MISS/200", mime="text/html",
               variant="native"):
    user = user if user is not None else c["user"]
    size = rng("size", 900, 98000)
    el = rng("elapsed", 3, 950)
    ts = "%d.%03d" % (c["sec"], c["ms"])
    srv = ext_ip("srv")
    if variant == "native":
        hier = "HIER_DIRECT/%s" % srv
        return "%s %6d %s %s %d %s %s %s %s %s" % (ts, el, c["ip"], status, size, method, url,
                                                  user, hier, mime)
    host = split_url(url)[0] if "://" in url else url.split(":")[0]
    ref = pick("ref", ["-", "https://www.google.com/", "-", "-"])
    base = '%s %6d %s %s %s %d %s %s %s %s "%s" "%s" %s' % (ts, el, c["ip"], user, status, size,
                                                        method, url, srv, mime, ref, c["ua"], host)
    if variant == "custom":
        return base
    return base + " sni=%s bump=bump" % host


def squid_connect(c, domain, user="-"):
    """transparent interception: a CONNECT to an address, the name only in SNI"""
    v = wpick("sqconn", [("native", 5), ("sni", 5)])
    ts = "%d.%03d" % (c["sec"], c["ms"])
    if v == "native":
        el = rng("elapsed", 40, 90000)
        return "%s %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            ts, el, c["ip"], rng("size", 2000, 900000), domain, user, ext_ip("srv"))
    dst = ext_ip("dst")
    ts2 = "%d.%03d" % (c["sec"], (c["ms"] + rng("gap", 3, 60)) % 1000)
    l1 = '%s %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
        ts, 0, c["ip"], user, dst, c["ua"], dst, domain)
    l2 = '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
        ts2, rng("el2", 30, 60000), c["ip"], user, rng("size", 3000, 400000), dst, dst,
        c["ua"], dst, domain)
    return [l1, l2]


def clf_line(c, url, method="GET"):
    req = "%s %s HTTP/1.1" % (method, url)
    status = 200
    size = rng("size", 900, 98000)
    sq = "TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT"
    if wpick("clfkind", [("combined", 6), ("common", 4)]) == "common":
        return '%s - %s [%s] "%s" %d %d %s' % (c["ip"], c["user"], clf_date(c["sec"]), req,
                                              status, size, sq)
    ref = pick("ref", ["-", "https://www.google.com/", "-", "-"])
    return '%s - %s [%s] "%s" %d %d "%s" "%s" %s' % (c["ip"], c["user"], clf_date(c["sec"]), req,
                                                    status, size, ref, c["ua"], sq)


def e2g_line(c, url, method="GET", terms=None):
    d, _ = local(c["sec"])
    when = d.strftime("%Y.%m.%d %H:%M:%S")
    size = str(rng("size", 900, 98000)) if method != "CONNECT" else str(rng("size", 2000, 60000))
    group = pick("group", ["no_name_group", "students", "students"]) if c["who"] == "s" else \
        pick("group", ["staff", "no_name_group"])
    st = "-" if not terms else "0=%s;" % terms
    fmt = wpick("e2gfmt", [("2", 4), ("4", 3), ("6", 3)])
    if fmt == "6":
        ts = "%d.%03d" % (c["sec"], c["ms"])
        f = [ts, "", c["user"], c["ip"], c["ip"], url, method, "200", size, "-", c["ua"], "-",
             str(rng("elapsed", 1, 400)), "-", "0", "-", "0", "-", group, "1"]
        return "\t".join(f)
    f = [when, c["user"], c["ip"], url, "-", method, size, "0", "-", "1", "200", "-", c["ip"],
         group, c["ua"], st, "-", "-", "-"]
    if fmt == "4":
        return "\t".join(f)
    return ",".join('"%s"' % x.replace('"', '""') for x in f)


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


def zeek_header(path, fields, types, sec):
    d = utc(sec)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", "#path\t%s" % path, "#open\t%s" % d.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_uid():
    return "C" + hashlib.sha256(("uid|%d" % _N[0]).encode()).hexdigest()[:17]


def zeek_http(c, url, force_json=False):
    host, uri = split_url(url)
    resp = ext_ip("zresp")
    rec = {"ts": float("%d.%06d" % (c["sec"], c["ms"] * 1000 + rng("us", 0, 999))),
           "uid": zeek_uid(), "id.orig_h": c["ip"], "id.orig_p": rng("oport", 32768, 60999),
           "id.resp_h": resp, "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host,
           "uri": uri, "version": "1.1", "user_agent": c["ua"], "request_body_len": 0,
           "response_body_len": rng("size", 900, 98000), "status_code": 200, "status_msg": "OK",
           "tags": []}
    if force_json or wpick("zform", [("json", 7), ("tsv", 3)]) == "json":
        return json.dumps(rec, ensure_ascii=False)
    row = []
    for f in ZEEK_HTTP_FIELDS:
        v = rec.get(f)
        if f == "ts":
            row.append("%.6f" % v)
        elif f == "tags":
            row.append("(empty)")
        elif v is None:
            row.append("-")
        else:
            row.append(str(v))
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, c["sec"]) + ["\t".join(row)]


def zeek_dns(c, domain, force_json=False):
    qt = wpick("qtype", [("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    qn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    ans = ext_ip("ans") if qt == "A" else None
    rec = {"ts": float("%d.%06d" % (c["sec"], c["ms"] * 1000 + rng("us", 0, 999))),
           "uid": zeek_uid(), "id.orig_h": c["ip"], "id.orig_p": rng("oport", 32768, 60999),
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp",
           "trans_id": rng("tid", 1, 65535), "rtt": round(rng("rtt", 200, 90000) / 1e6, 6),
           "query": domain, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qn,
           "qtype_name": qt, "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
           "RD": True, "RA": True, "Z": 0}
    if ans:
        rec["answers"] = [ans]
        rec["TTLs"] = [float(rng("ttl", 30, 300))]
    rec["rejected"] = False
    if force_json or wpick("zform", [("json", 7), ("tsv", 3)]) == "json":
        return json.dumps(rec, ensure_ascii=False)
    row = []
    for f in ZEEK_DNS_FIELDS:
        v = rec.get(f)
        if f == "ts":
            row.append("%.6f" % v)
        elif isinstance(v, bool):
            row.append("T" if v else "F")
        elif isinstance(v, list):
            row.append(",".join(("%.6f" % x) if isinstance(x, float) else str(x) for x in v))
        elif v is None:
            row.append("-")
        else:
            row.append(str(v))
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, c["sec"]) + ["\t".join(row)]


def unbound_lines(c, domain):
    pid = "%d:%d" % (rng("ubpid", 700, 9000), rng("ubthr", 0, 3))
    if wpick("ubtime", [("ascii", 6), ("epoch", 4)]) == "ascii":
        pre = "%s unbound[%s]" % (sys_date(c["sec"], pad="zero"), pid)
    else:
        pre = "[%d] unbound[%s]" % (c["sec"], pid)
    qt = wpick("qtype", [("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    q = "%s info: %s %s. %s IN" % (pre, c["ip"], domain, qt)
    shape = wpick("ubshape", [("q", 4), ("qr", 4), ("r", 2)])
    r = "%s info: %s %s. %s IN NOERROR %.6f %d %d" % (pre, c["ip"], domain, qt,
                                                    rng("ubt", 0, 90000) / 1e6,
                                                    pick("ubc", [0, 1]), rng("ubsz", 31, 140))
    if shape == "q":
        return q
    if shape == "r":
        return r
    return [q, r]


def dnsmasq_lines(c, domain, blockable):
    pid = rng("dmpid", 400, 30000)
    pre = "%s dnsmasq[%d]:" % (sys_date(c["sec"], pad="space"), pid)
    port = rng("oport", 1024, 60999)
    serial = rng("serial", 1, 99999)
    qt = wpick("qtype", [("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    if wpick("dmextra", [("extra", 6), ("plain", 4)]) == "plain":
        q = "%s query[%s] %s from %s" % (pre, qt, domain, c["ip"])
        if wpick("dmshape", [("q", 5), ("qfr", 5)]) == "q":
            return q
        if blockable and H("dmblock") % 3 == 0:
            return [q, "%s config %s is 0.0.0.0" % (pre, domain)]
        return [q, "%s forwarded %s to 10.0.0.1" % (pre, domain),
                "%s reply %s is %s" % (pre, domain, ext_ip("ans"))]
    q = "%s %d %s/%d query[%s] %s from %s" % (pre, serial, c["ip"], port, qt, domain, c["ip"])
    if wpick("dmshape", [("q", 5), ("qfr", 5)]) == "q":
        return q
    if blockable and H("dmblock") % 3 == 0:
        return [q, "%s %d %s/%d config %s is 0.0.0.0" % (pre, serial, c["ip"], port, domain)]
    return [q, "%s %d %s/%d forwarded %s to 10.0.0.1" % (pre, serial, c["ip"], port, domain),
            "%s %d %s/%d reply %s is %s" % (pre, serial, c["ip"], port, domain, ext_ip("ans"))]


def bind_line(c, domain, blockable):
    d, _ = local(c["sec"])
    date = "%02d-%s-%d %s.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"), c["ms"])
    client = "@0x7f%s" % hashlib.sha256(("cl|%d" % _N[0]).encode()).hexdigest()[:10]
    port = rng("oport", 1024, 65000)
    if blockable and H("rpz") % 3 == 0:
        return "%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            date, client, c["ip"], port, domain, domain, domain)
    qt = wpick("qtype", [("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    flags = pick("bflags", ["+E(0)K", "+E(0)K", "+E(0)DK", "+E(0)"])
    return "%s queries: info: client %s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (
        date, client, c["ip"], port, domain, domain, qt, flags)


def endpoint_rec(c, event, process, title=None, text=None, url=None, sec=None, ms=None):
    rec = {"ts": iso_z(c["sec"] if sec is None else sec, c["ms"] if ms is None else ms)}
    if c["with_site"]:
        rec["site"] = c["site"]
    rec["device"] = c["device"]
    rec["user"] = c["user"]
    rec["event"] = event
    rec["process"] = process
    rec["window_title"] = title
    if event == "text_capture" or c["full_keys"]:
        rec["text"] = text
        rec["url"] = url
    elif url is not None:
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# wrappers (format "auto")
# ---------------------------------------------------------------------------------------
def wrap(c, line, app):
    kind = wpick("wrap", [("3164", 4), ("5424", 3), ("rsyslog", 3), ("beat", 2)])
    host = {"squid": "proxy-%s" % c["site"].split("-")[0], "e2guardian": "filter01",
            "named": "dns01", "zeek": "nsm01", "unbound": "dns02",
            "guardline-agent": c["device"]}[app]
    pid = rng("wpid", 300, 32000)
    d, _ = local(c["sec"])
    if app == "unbound" and kind in ("3164", "5424"):
        kind = "rsyslog"
    if kind == "3164":
        pri = pick("pri", [134, 142, 150, 30, 14])
        return "<%d>%s %s %s[%d]: %s" % (pri, sys_date(c["sec"]), host, app, pid, line)
    if kind == "5424":
        pri = pick("pri", [134, 142, 150, 30, 14])
        return "<%d>1 %s %s %s %d - - %s" % (pri, iso_z(c["sec"], c["ms"]), host, app, pid, line)
    path = {"squid": "/var/log/squid/access.log", "e2guardian": "/var/log/e2guardian/access.log",
            "named": "/var/log/named/queries.log", "zeek": "/opt/zeek/logs/current/http.log",
            "unbound": "/var/log/unbound/unbound.log",
            "guardline-agent": "C:/ProgramData/Guardline/events.jsonl"}[app]
    rx = utc(c["sec"] + rng("lag", 0, 3)).strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % rng("lagus", 0, 999999)
    if kind == "rsyslog":
        env = {"ts_received": rx, "host": host, "source": app, "file": path, "message": line}
        return json.dumps(env, ensure_ascii=False, separators=(", ", ":")).replace("/", "\\/")
    env = {"@timestamp": rx[:23] + "Z", "message": line, "host": {"name": host},
           "log": {"file": {"path": path}}, "input": {"type": "filestream"}}
    return json.dumps(env, ensure_ascii=False)


def wrap_all(c, lines, app):
    if isinstance(lines, list):
        return [wrap(c, l, app) for l in lines]
    return wrap(c, lines, app)


# ---------------------------------------------------------------------------------------
# rendering of one item
# ---------------------------------------------------------------------------------------
CHAT_CTX = [("WhatsApp.exe", "WhatsApp"),
            ("Discord.exe", "#u18-lads | Academy Squad - Discord"),
            ("Discord.exe", "@%s - Discord"),
            ("Teams.exe", "Chat | %s | Microsoft Teams"),
            ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
            ("chrome.exe", "Snapchat - Google Chrome"),
            ("msedge.exe", "WhatsApp - Microsoft\u200b Edge"),
            ("Messenger.exe", "Messenger")]
DOC_CTX = [("WINWORD.EXE", "%s - Word"), ("chrome.exe", "%s - Google Docs - Google Chrome"),
           ("ONENOTE.EXE", "%s - OneNote")]
DOC_NAMES = ["BTEC Sport Unit 3 assignment", "Sports nutrition essay draft", "Document1",
             "Coursework final v3", "Notes", "EPQ draft"]
STAFF_DOC_NAMES = ["Welfare meeting agenda", "Coach CPD notes", "Squad report Oct",
                   "Safeguarding log - draft"]
NOTE_CTX = [("notepad.exe", "Untitled - Notepad"), ("Notepad.exe", "*diary.txt - Notepad"),
            ("chrome.exe", "Google Keep - Google Chrome"), ("StickyNotes.exe", "Sticky Notes")]
NICKS = ["jay", "tomo", "kaz", "Mo", "ellie", "big dan", "ria", "coach"]


def context(it, n):
    _N[0] = n
    who = it["who"]
    site = pick("site", SITES)
    c = {"who": who, "site": site}
    c["user"] = pick("user", STUDENTS if who == "s" else STAFF)
    c["device"] = pick("device", STUDENT_DEVICES if who == "s" else STAFF_DEVICES)
    c["ip"] = ip_for(site, "ip")
    c["sec"], c["ms"] = pick_ts()
    c["ua"] = pick("ua", UAS)
    c["with_site"] = H("withsite") % 3 != 0
    c["full_keys"] = H("fullkeys") % 2 == 0
    return c


def text_window(it, c):
    if it["title"]:
        proc = "WINWORD.EXE" if it["title"].endswith("- Word") else "chrome.exe"
        return proc, it["title"]
    if it["ctx"] == "doc":
        proc, t = pick("docctx", DOC_CTX)
        return proc, t % pick("docname", DOC_NAMES if c["who"] == "s" else STAFF_DOC_NAMES)
    if it["ctx"] == "note":
        return pick("notectx", NOTE_CTX)
    proc, t = pick("chatctx", CHAT_CTX)
    if "%s" in t:
        t = t % pick("nick", NICKS if c["who"] == "s" else ["Academy Coaches", "Welfare team", "U16 staff"])
    return proc, t


def fragments(text, frag):
    n = len(text)
    if frag is None:
        if n < 22:
            frag = 1
        else:
            r = H("fragdecide") % 100
            frag = 2 if r < 16 else (3 if r < 24 else 1)
    if frag == 1 or n < 6:
        return [text]
    if frag == 2:
        p = rng("fp1", max(2, n * 3 // 10), max(3, n * 8 // 10))
        return [text[:p], text[p:]]
    p1 = rng("fp1", max(2, n // 5), max(3, n * 2 // 5))
    p2 = rng("fp2", max(p1 + 1, n // 2), max(p1 + 2, n * 4 // 5))
    return [text[:p1], text[p1:p2], text[p2:]]


def render(it, n):
    c = context(it, n)
    kind = it["kind"]
    content = apply_tr(it["content"], it["tr"])
    blockable = any(e["category"] in ("adult_content", "gambling", "filter_bypass")
                    for e in it["expect"])

    if kind in ("S", "U"):
        if kind == "S":
            engine = pick("engine", ENGINES[it["eng"]])
            url = search_url(engine, content, c["sec"])
            terms = content
        else:
            engine, url, terms = None, content, None
        fmt = wpick("fmt", [("squid", 17), ("clf", 14), ("e2guardian", 14), ("zeek-http", 12),
                            ("endpoint", 31), ("auto", 12)])
        if fmt == "endpoint":
            proc, suffix = pick("browser", BROWSERS)
            if kind == "S":
                if engine in AC_ENGINES:
                    engine = {"yt_ac": "youtube"}.get(engine, "google")
                    url = search_url(engine, content, c["sec"])
                title = page_title(engine, content) + suffix
            else:
                title = split_url(url)[0] + suffix
            if kind == "S" and H("epev") % 2 == 0:
                return "endpoint", endpoint_rec(c, "window_title", proc, title=title)
            return "endpoint", endpoint_rec(c, "url_visit", proc, title=title, url=url)
        if fmt == "squid":
            v = wpick("sqvar", [("native", 7), ("custom", 1), ("sni", 2)])
            return "squid", squid_line(c, url, variant=v)
        if fmt == "clf":
            return "clf", clf_line(c, url)
        if fmt == "e2guardian":
            return "e2guardian", e2g_line(c, url, terms=terms)
        if fmt == "zeek-http":
            return "zeek-http", zeek_http(c, url)
        inner = wpick("autoinner", [("squid", 4), ("clf", 2), ("e2guardian", 2), ("zeek", 2)])
        if inner == "squid":
            return "auto", wrap_all(c, squid_line(c, url), "squid")
        if inner == "clf":
            return "auto", wrap_all(c, clf_line(c, url), "squid")
        if inner == "e2guardian":
            return "auto", wrap_all(c, e2g_line(c, url, terms=terms), "e2guardian")
        return "auto", wrap(c, zeek_http(c, url, force_json=True), "zeek")

    if kind == "D":
        fmt = wpick("fmt", [("unbound", 18), ("dnsmasq", 18), ("bind", 18), ("zeek-dns", 16),
                            ("squid", 9), ("clf", 3), ("e2guardian", 4), ("endpoint", 3),
                            ("auto", 9)])
        if fmt == "unbound":
            return "unbound", unbound_lines(c, content)
        if fmt == "dnsmasq":
            return "dnsmasq", dnsmasq_lines(c, content, blockable)
        if fmt == "bind":
            return "bind", bind_line(c, content, blockable)
        if fmt == "zeek-dns":
            return "zeek-dns", zeek_dns(c, content)
        if fmt == "squid":
            return "squid", squid_connect(c, content, user=pick("cuser", ["-", c["user"]]))
        if fmt == "clf":
            return "clf", clf_line(c, "%s:443" % content, method="CONNECT")
        if fmt == "e2guardian":
            return "e2guardian", e2g_line(c, "https://%s:443" % content, method="CONNECT")
        if fmt == "endpoint":
            proc, suffix = pick("browser", BROWSERS)
            return "endpoint", endpoint_rec(c, "url_visit", proc, title=content + suffix,
                                            url="https://%s/" % content)
        inner = wpick("autoinner", [("unbound", 3), ("bind", 3), ("squid", 2), ("zeek", 2)])
        if inner == "unbound":
            ub = unbound_lines(c, content)
            return "auto", wrap_all(c, ub, "unbound")
        if inner == "bind":
            return "auto", wrap_all(c, bind_line(c, content, blockable), "named")
        if inner == "squid":
            return "auto", wrap_all(c, squid_connect(c, content, user="-"), "squid")
        return "auto", wrap(c, zeek_dns(c, content, force_json=True), "zeek")

    # endpoint-native kinds
    autowrap = wpick("epwrap", [(False, 9), (True, 1)])
    if kind == "T":
        proc, title = text_window(it, c)
        parts = fragments(content, it["frag"])
        lines, sec, ms = [], c["sec"], c["ms"]
        for i, p in enumerate(parts):
            if i:
                sec += rng("fgap%d" % i, 2, 11)
                ms = rng("fms%d" % i, 0, 999)
            line = endpoint_rec(c, "text_capture", proc, title=title, text=p, sec=sec, ms=ms)
            if autowrap:
                cc = dict(c, sec=sec, ms=ms)
                line = wrap(cc, line, "guardline-agent")
            lines.append(line)
        out = lines if len(lines) > 1 else lines[0]
        return ("auto" if autowrap else "endpoint"), out
    if kind == "W":
        proc, suffix = pick("browser", BROWSERS)
        line = endpoint_rec(c, "window_title", proc, title=content + suffix)
    elif kind == "P":
        line = endpoint_rec(c, "process_start", content, title=it["title"])
    elif kind == "B":
        line = endpoint_rec(c, "heartbeat", content)
    else:
        raise ValueError(kind)
    if autowrap:
        return "auto", wrap(c, line, "guardline-agent")
    return "endpoint", line


# =======================================================================================
# HAND-WRITTEN CONTENT
# =======================================================================================

# ---------------------------------------------------------------- POSITIVES: suicide
T("since they released me i honestly dont see the point of anything anymore", "suicide:4")
T("football was literally my whole life. without it what's the point of me even being here", "suicide:4")
T("everyone would be better off without me tbh. dad hasn't said a word to me since i got let go", "suicide:4")
T("i just want to go to sleep and not wake up", "suicide:4", ctx="note")
T("third op on the same knee and the physio reckons i might never run properly again. i cant do this anymore, i want it all to stop", "suicide:4")
T("been thinking about unaliving myself ngl", "suicide:4")
T("sometimes i think about stepping in front of the train on the way back from training", "suicide:5")
S("how many paracetamol does it take to die", "suicide:5")
S("painless way to end it all", "suicide:5")
S("i want to die after being released from academy", "suicide:4")
T("writing letters to mum and my little brother tonight. tell coach im sorry for wasting his time", "suicide:5", ctx="note")
T("got the pills saved up from the physio room. doing it after the weigh in friday", "suicide:5", frag=2)
T("im going to kill myself on sunday when everyone's at the match", "suicide:5")
S("ways to commit suicide without your family finding out", "suicide:5")
S("how to write a suicide note to your parents", "suicide:5")
S("sewerslide methods", "suicide:5", eng="video")
S("how to unalive yourself quick", "suicide:5", eng="video")
T("keep thinking about driving into a wall on the bypass. would just look like an accident", "suicide:5")
U("https://www.reddit.com/r/SuicideWatch/comments/1q7x2ka/released_from_my_academy_today_and_i_dont_want_to/", "suicide:4")
T("nobody would even miss me if i was gone", "suicide:4", tr=("cyr", None))
T("going to end it all tonight", "suicide:5", tr=("zw", "end it all"))
S("how to tie a noose step by step", "suicide:5")
T("looked up how many of my sleeping tablets it would take", "suicide:5")
T("i wanna dieeeee. proper, not joking. everything's gone since the injury", "suicide:4")
S("highest bridge near me to jump off", "suicide:5")
T("gonna walk into the sea tonight, tell the lads i'm sorry", "suicide:5")
S("k1ll mys3lf painless", "suicide:5")
T("i dont want to be here anymore. i've let everyone down, mum gave up everything for this", "suicide:4")
W("I got cut from the academy and I want to die : r/depression", "suicide:4")

# ---------------------------------------------------------------- POSITIVES: self-harm
T("cut again last night after the session. only on my thigh so the shorts cover it", "self_harm:4")
T("does anyone know how to hide cuts when we have to wear shorts for training", "self_harm:4")
S("how to hide self harm scars from the physio", "self_harm:4")
S("burning myself with a lighter to stop feeling things", "self_harm:4")
T("punched the wall till my knuckles bled after we lost. it's the only thing that helps", "self_harm:4")
S("how to hide sh under a leotard", "self_harm:4")
T("relapsed \U0001fa79 was 3 months clean and now this", "self_harm:4")
T("got a new pencil sharpener and took the blade out. u know why", "self_harm:4")
T("s3lf h4rm is the only thing that helps me cope tbh", "self_harm:4")
S("s.e.l.f h.a.r.m tips that dont scar", "self_harm:4")
T("i hit myself with the skipping rope handle every time i mess up the routine", "self_harm:4")
# eating disorders / weight-making taken too far
S("how to make yourself sick after eating quietly", "self_harm:4")
T("been throwing up after tea at my host family's so they dont notice", "self_harm:4")
S("laxatives to make weight boxing", "self_harm:4", allow="drugs")
S("pro ana tips to stop feeling hungry", "self_harm:4")
S("thinspo gymnasts", "self_harm:3", eng="social")
T("looking for an ana coach who'll be really strict with me, dm me", "self_harm:4", allow="grooming")
T("had 500 cals today and coach still says i look heavy on beam", "self_harm:3")
T("skipped breakfast and lunch again. if i eat before weigh in i'll be over. havent had a period since june", "self_harm:3")
S("how long can you go without water before a weigh in", "self_harm:3")
S("how much weight can you spit out before weigh in", "self_harm:3")
S("diuretics to cut weight fast boxing", "self_harm:4", allow="drugs")
T("weighed myself 6 times today. 200g over. not eating till friday", "self_harm:4")
S("how to hide not eating from your host family", "self_harm:4")
S("appetite suppressant pills uk no prescription", "self_harm:4", allow="drugs", eng="shop")
W("#skinnycheck | TikTok", "self_harm:3")
T("ate a whole pack of biscuits then made myself sick in the shower again", "self_harm:4")
T("chew and spit is the only way i get through the cut", "self_harm:4")
T("if i purge after dinner no one at the house will hear cos the telly's always on", "self_harm:4", frag=3)
S("how to pvrge quietly", "self_harm:4")
S("b0nespo", "self_harm:3", eng="social")
T("i don't deserve to eat after that routine", "self_harm:3", ctx="note")
U("https://www.tiktok.com/tag/skinnytok", "self_harm:3")
U("https://www.reddit.com/r/EDAnonymous/comments/1pz3c8d/making_weight_for_gymnastics_and_i_cant_stop/", "self_harm:3")
T("i'll just run it off. 10k after every meal until i'm under 57", "self_harm:3")

# ---------------------------------------------------------------- POSITIVES: grooming / sextortion
T("coach says i can stay at his flat the night before the comp, just dont mention it to my mum", "grooming:5")
T("he says our sessions are special and the other girls wouldnt understand so keep it between us", "grooming:4")
T("an agent messaged me on insta saying he can get me a trial at a prem club if i send pics in my boxers so he can see my physique", "grooming:4", allow="illegal_content adult_content")
T("you're so mature for 15, the lads your age would never appreciate you like i do", "grooming:4")
T("delete these after you read them ok? coach-player stuff only \U0001f609", "grooming:4", who="t")
T("he keeps buying me boots and topping up my phone and now he says i owe him", "grooming:4")
T("the physio said come to his house sunday at 3 for a private massage, his wife's out and the club doesnt need to know", "grooming:5")
S("is it normal for my coach to message me at 1am", "grooming:4")
S("coach wants me to send photos of my body in my underwear for weight checks", "grooming:4", allow="illegal_content")
T("he's threatening to send my nudes to the whole team unless i pay him \u00a3200 by tonight", "grooming:4", allow="illegal_content")
T("someone i added on snap has my pics and says he'll post them on the academy page if i dont send more", "grooming:4", allow="illegal_content")
S("someone is blackmailing me with my pictures what do i do", "grooming:4", allow="illegal_content")
T("he says he'll send the pics to my mum at 9 unless i pay. i'd rather die than let her see them", "grooming:4 suicide:4", allow="illegal_content", frag=3)
T("he's 24 and says age is just a number. we're meeting at the services after my away game", "grooming:5")
T("meet me behind the sports hall after everyone's gone. wear the kit i got you", "grooming:5", who="t")
T("don't tell your parents about the extra sessions, they'll only stop you getting picked", "grooming:4", who="t")
T("send me one without the top on, it's just for tracking your body comp", "grooming:4", allow="illegal_content", who="t")
T("turn your location off on snap, i dont want your mum seeing where we go", "grooming:4")
T("i'll drive you home after the tournament, we can stop at mine first", "grooming:5", who="t")
S("my coach kissed me is that allowed im 16", "grooming:4")
S("can a 23 year old date a 15 year old uk", "grooming:4")
T("he said he'd drop me from the squad if i stopped replying to him", "grooming:4")
T("he said if i want the scholarship i have to be nice to him when we're on our own", "grooming:4", frag=2)
T("this stays between you and me ok? the other coaches wouldnt get it", "grooming:4", tr=("cyr", None))
T("ur so fit in that leotard, send me a pic", "grooming:4", allow="illegal_content", tr=("zw", "send me a pic"))
T("\U0001f92b\U0001f92b our secret yeah? i'll get you in the first team", "grooming:4")
T("s3nd m3 a p1c 1n ur und3rw34r", "grooming:4", allow="illegal_content adult_content")
T("the scout said i need to come to his hotel room on my own for a private assessment", "grooming:5")
T("a man on fifa keeps asking what school i go to and if i've got a girlfriend, he sent me 50 quid of points", "grooming:4")

# ---------------------------------------------------------------- POSITIVES: bullying
T("nobody wants you in the changing room, you stink and you're shit, just quit", "bullying:3")
T("lol we put his boots in the ice bath again and filmed him crying", "bullying:3")
T("everyone's watching the vid of you falling over in the shower, it's in the group chat \U0001f602\U0001f602", "bullying:3")
T("ur a fat waste of a scholarship, they should kick u out of the gym", "bullying:3")
T("make a new gc without tom, he's a snitch", "bullying:3")
T("tell coach about the initiation and you'll get it worse next time", "bullying:3", allow="violence")
T("initiation tonight. new u16s have to drink the bucket \U0001f37a\U0001f92e", "bullying:3", allow="drugs")
T("go kill yourself nobody rates you", "bullying:3", allow="suicide")
T("kys you fat c*nt", "bullying:3", allow="suicide")
T("we're gonna make your life hell until you leave the academy", "bullying:3")
T("you'll never make it, your dad's the only reason you're here. nepo baby", "bullying:3")
S("how to get back at people bullying me in my squad", "bullying:3")
T("they keep hiding my kit and calling me names every day, i dont want to go back", "bullying:3")
T("u r such a l0s3r n0 1 l1k3s u", "bullying:3")
T("everyone unfollow him and spam \U0001f921 on every post", "bullying:3")
T("rate her body out of 10 in the chat lmao she's a 2", "bullying:3", allow="adult_content")
T("\U0001f480 look at his running form, screenshot it and put it on the story with 'special needs'", "bullying:3", allow="discrimination")
T("n o b o d y   l i k e s   y o u", "bullying:3")
T("pretend he's not there at dinner, nobody sit with him", "bullying:3")

# ---------------------------------------------------------------- POSITIVES: discrimination
T("go back to your own country you p*ki, nobody wants you in this team", "discrimination:3", allow="bullying")
T("\U0001f412\U0001f412\U0001f34c missed another pen lol", "discrimination:3", allow="bullying")
T("lads don't shower next to him he's a batty boy", "discrimination:3", allow="bullying")
T("only f*gs do gymnastics", "discrimination:3", allow="bullying")
T("nobody wants a gay in the dressing room", "discrimination:3", allow="bullying")
T("typical gyppo, he'll nick your boots", "discrimination:3", allow="bullying")
T("women shouldnt be coaching men, get back in the kitchen love", "discrimination:3")
T("he's only in the squad cos they needed a token black lad for the photos", "discrimination:3", allow="bullying")
T("muzzies are useless in ramadan they shouldnt be picked", "discrimination:3")
S("racist jokes about black footballers", "discrimination:3")
S("funny gay jokes to send in the group chat", "discrimination:3")
T("ur such a f4gg0t", "discrimination:3", allow="bullying")
T("retard can't even count his reps", "discrimination:3", allow="bullying")
T("trans athletes are freaks, ban them all", "discrimination:3")
T("jews run all the agencies, that's why none of us get signed", "discrimination:3", allow="radicalisation")
T("go back to your own country", "discrimination:3", tr=("cyr", None))
S("chinese virus jokes", "discrimination:3")

# ---------------------------------------------------------------- POSITIVES: adult content
D("www.pornhub.com", "adult_content:3")
D("xhamster.com", "adult_content:3")
D("onlyfans.com", "adult_content:3")
D("www.redtube.com", "adult_content:3")
D("chaturbate.com", "adult_content:3")
D("www.xnxx.com", "adult_content:3")
S("free porn no sign up", "adult_content:3")
S("onlyfans leaks free", "adult_content:3")
S("p0rnhub", "adult_content:3")
S("naked snapchat usernames", "adult_content:3")
T("anyone got the link to that nsfw discord with all the hentai", "adult_content:3")
S("best hentai sites 2026", "adult_content:3")
W("OnlyFans", "adult_content:3")
S("p o r n videos", "adult_content:3")
S("porn videos", "adult_content:3", tr=("cyr", "porn"))
S("rule 34 fifa", "adult_content:3")

# ---------------------------------------------------------------- POSITIVES: drugs, doping, alcohol
S("where to buy sarms uk", "drugs:3")
S("rad 140 cycle for beginners", "drugs:3", eng="social")
S("will ostarine show up in a drugs test before trials", "drugs:3")
S("buy anavar online no prescription uk", "drugs:3")
S("how long does clen stay in your system", "drugs:3")
S("first test e cycle at 17", "drugs:3", eng="social")
T("my mate at the gym sells tren, 80 quid a vial if anyone wants", "drugs:3")
T("coach's mate gives us vitamin injections before comps, says everyone does it and not to tell the doctor", "drugs:3", allow="grooming")
S("how to mask a positive drugs test", "drugs:3")
S("microdosing epo how to avoid detection", "drugs:3")
T("bring the gas for after the game, got a whole tank \U0001f602\U0001f388", "drugs:3")
T("who's got a bag of ket for saturday", "drugs:3")
T("can someone sort me some bud, stressed out my head about the release meeting", "drugs:3")
S("buy weed birmingham snapchat", "drugs:3")
T("got 2 grams of white for the night out, who wants in", "drugs:3")
S("mixing ket and alcohol how much is safe", "drugs:3")
T("pregame at mine, my brother's getting us a bottle of vodka, none of us are 18 lol", "drugs:2")
S("how to buy alcohol at 16 without id", "drugs:2")
S("w33d d3al3rs near me", "drugs:3")
S("cocaine before a football match will it show", "drugs:3")
T("anyone selling thc vapes? need one for the coach trip", "drugs:3", frag=2)
W("Buy SARMs UK | Next Day Delivery | LGD-4033 Ligandrol", "drugs:3")
S("how to make lean with promethazine", "drugs:3", eng="video")
T("\u2744\ufe0f\u2744\ufe0f anyone? \U0001f92b", "drugs:3")
T("\U0001f343\U0001f343 link after training?", "drugs:3")
S("steroids for 16 year olds to get bigger quick", "drugs:3")
U("https://www.reddit.com/r/steroids/comments/1qa8h2e/first_cycle_at_17_advice/", "drugs:3")

# ---------------------------------------------------------------- POSITIVES: gambling / spot-fixing
D("www.bet365.com", "gambling:2")
D("www.skybet.com", "gambling:2")
D("www.paddypower.com", "gambling:2")
D("stake.com", "gambling:2")
D("www.betfair.com", "gambling:2")
D("www.betway.com", "gambling:2")
D("www.oddschecker.com", "gambling:2")
S("acca tips saturday premier league", "gambling:2")
S("can you bet on u18 premier league games", "gambling:2")
T("put a tenner on us to lose saturday lol easy money", "gambling:2")
T("bloke on insta offered me 500 quid to get a yellow in the first 10 mins saturday", "gambling:2", allow="grooming")
T("he said just give away a corner in the first half, nobody will ever know, and he'll sort me \u00a3300", "gambling:2", allow="grooming", frag=2)
S("betting apps that dont need id under 18", "gambling:2")
S("how to use my brothers bet365 account", "gambling:2")
T("lost 400 on roulette this week, need to win it back before my host mum sees the bank app", "gambling:2")
S("stake casino no kyc crypto", "gambling:2")
T("lads who's doing the ufc parlay tonight, i'll stick it on my cousin's account", "gambling:2")
S("free bet no deposit uk", "gambling:2")
W("Sky Bet | Football Betting Odds | In-Play Betting", "gambling:2")
S("b3tting sites no 1d", "gambling:2")
T("up 200 on the slots \U0001f3b0\U0001f3b0 going again", "gambling:2")
T("the lads have a book on who gets released first, 20 quid in", "gambling:2")

# ---------------------------------------------------------------- POSITIVES: violence
T("bringing a blade to the game saturday, if their lot start again someone's getting shanked", "violence:5")
T("after training we're jumping him by the bike sheds, bring the lads", "violence:5")
S("where to buy a zombie knife uk", "violence:4")
S("how to hurt someone without leaving marks", "violence:4")
T("swear down i'll break his legs next time he goes in on me like that", "violence:4")
T("gonna batter the ref in the car park after", "violence:4")
T("my stepdad hit me again, i'm not going home tonight", "violence:4")
T("bring the knuckle dusters to the away game", "violence:4")
S("how to make a shank out of a toothbrush", "violence:4")
T("we'll catch him after the derby and do him properly, 6 of us", "violence:5")
S("how to spike someone's drink", "violence:4", allow="drugs")
T("if he touches my sister again i'm getting my cousin's machete", "violence:5")
S("how to make a molotov cocktail", "violence:4", allow="radicalisation")
T("g0nna st4b h1m wh3n h3 l34v3s tr41n1ng", "violence:5")
T("bringing a knife in tomorrow", "violence:5", tr=("cyr", "knife"))
T("sent the lads his address, we're running through his door tonight", "violence:5")
T("host dad grabbed me by the neck last night and said i'm ungrateful", "violence:4")

# ---------------------------------------------------------------- POSITIVES: filter bypass
D("nordvpn.com", "filter_bypass:2")
D("protonvpn.com", "filter_bypass:2")
D("www.torproject.org", "filter_bypass:2")
D("psiphon.ca", "filter_bypass:2")
D("www.croxyproxy.com", "filter_bypass:2")
D("www.hidemyass.com", "filter_bypass:2")
S("how to get round the academy wifi block on tiktok", "filter_bypass:2")
S("unblocked games at school 76", "filter_bypass:2")
P("tor.exe", "filter_bypass:2")
P("psiphon3.exe", "filter_bypass:2")
S("free vpn extension school chromebook", "filter_bypass:2")
T("use the google translate trick to get on insta, paste the link in", "filter_bypass:2")
S("how to turn off guardline monitoring on my laptop", "filter_bypass:2", allow="hacking")
S("change dns to 1.1.1.1 to bypass school filter", "filter_bypass:2")
S("proxy sites that still work 2026", "filter_bypass:2")

# ---------------------------------------------------------------- POSITIVES: hacking
S("how to hack someones snapchat", "hacking:3")
S("wifi password cracker android", "hacking:2")
S("how to log into a teachers teams account", "hacking:3")
P("nmap.exe", "hacking:2")
S("how to ddos someone on fifa ps5", "hacking:2")
T("got his insta login off the keylogger lol, posting as him tonight", "hacking:3", allow="bullying")
S("grabify ip logger link", "hacking:2")
S("how to change my grades on the college system", "hacking:3")

# ---------------------------------------------------------------- POSITIVES: piracy, gaming, social media
D("1337x.to", "piracy:1")
D("thepiratebay.org", "piracy:1")
S("crackstreams boxing tonight", "piracy:1")
S("free prem football stream reddit", "piracy:1")
S("fc 26 crack download pc", "piracy:1")
T("firestick with all the sky sports channels, 40 quid off my cousin", "piracy:1")
D("www.roblox.com", "gaming:1")
D("store.steampowered.com", "gaming:1")
D("www.epicgames.com", "gaming:1")
P("FortniteClient-Win64-Shipping.exe", "gaming:1")
P("RobloxPlayerBeta.exe", "gaming:1")
S("fc 26 ultimate team cheap meta cb", "gaming:1")
D("www.instagram.com", "social_media:1")
D("www.tiktok.com", "social_media:1")
D("web.snapchat.com", "social_media:1")
W("Instagram", "social_media:1")
D("www.threads.net", "social_media:1")

# ---------------------------------------------------------------- POSITIVES: illegal content
T("anyone got the vid of the year 11 girl? apparently it's going round", "illegal_content:4", allow="adult_content bullying")
T("i'll airdrop you the nudes of her from the u16s, she's 15 lol", "illegal_content:4", allow="adult_content bullying")
S("dark web link to buy a fake passport", "illegal_content:3")
S("fake id uk that works in clubs", "illegal_content:3")
S("how to get on dark web markets", "illegal_content:3", allow="filter_bypass")
T("put the video of him in the shower on the story \U0001f602", "illegal_content:4", allow="bullying adult_content")
S("teen nudes telegram", "illegal_content:4", allow="adult_content")
S("buy cloned cards uk telegram", "illegal_content:3", allow="hacking")

# ---------------------------------------------------------------- POSITIVES: radicalisation
S("how to join national action", "radicalisation:5")
S("great replacement is real proof", "radicalisation:3", allow="discrimination")
T("watched the christchurch video, he was a hero tbh", "radicalisation:4", allow="violence")
S("atomwaffen telegram invite", "radicalisation:4")
D("incels.is", "radicalisation:3", allow="discrimination")
S("anwar al awlaki lectures download", "radicalisation:4")
T("the lads from the firm are starting a patriot group, proper fight for england stuff, training in the woods on sundays", "radicalisation:4", allow="violence")
S("isis nasheed mp3", "radicalisation:4")
T("we need to take the country back by force before it's too late", "radicalisation:4", allow="violence discrimination")

# =======================================================================================
# HARD NEGATIVES (expect [])
# =======================================================================================
# ---- sports science and nutrition coursework
S("relative energy deficiency in sport symptoms")
S("RED-S vs female athlete triad essay")
S("Relative energy deficiency in sport", eng="wiki")
T("Low energy availability can lead to reduced bone density, missed periods and a higher risk of stress fractures in endurance athletes.", ctx="doc")
S("energy availability calculation kcal per kg fat free mass")
T("Boxers often try to make weight by dehydrating, but research shows this reduces power and increases the risk of injury, so gradual weight management is safer.", ctx="doc")
S("carbohydrate loading before a 10k race")
S("how much protein does a 16 year old footballer need")
S("pre competition meal gymnastics morning session")
T("My chosen athlete skipped meals to stay light for competitions. In this essay I will explain why that approach damaged her performance and her health.", ctx="doc")
S("eating disorders in elite athletes journal article")
S("sports nutrition level 3 assignment example")
S("bone density in adolescent gymnasts study")
S("iron deficiency in female runners symptoms")
S("creatine for under 18s is it safe")
S("caffeine before a race how much mg per kg")
S("beetroot juice nitrate performance study")
T("conclusion: athletes in weight category sports need support from a registered dietitian rather than crash diets", ctx="doc")
# ---- weight classes and safe weight-making
S("england boxing weight categories juniors")
S("how to make weight safely for junior boxing")
S("judo weight classes u18 men")
U("https://www.englandboxing.org/safeguarding/weight-making-policy/")
T("weigh in is at 8, eat a proper breakfast after and bring your gum shield", who="t")
T("coach said don't even think about cutting water, just eat clean this week and you'll be fine for 57")
S("same day weigh in vs day before amateur boxing")
S("rehydration after weigh in electrolytes")
T("made weight!! 56.8 \U0001f624 now pasta")
S("weight cutting dangers research paper")
S("british gymnastics nutrition guidance for coaches", who="t")
# ---- injury rehab and concussion
S("acl rehab timeline return to play")
S("concussion graduated return to play fa guidelines")
U("https://www.nhs.uk/conditions/concussion/")
T("physio says 6 weeks with the ankle, gutted, but at least it's not broken")
S("shin splints taping technique", eng="video")
T("Following a suspected concussion the player must complete each stage of the return to play protocol with at least 24 hours between stages.", ctx="doc")
S("cortisone injection in knee side effects")
S("how to treat blisters from new spikes")
T("cut my knee on the astro again \U0001f644 anyone got a plaster")
S("acl surgery scar healing cream")
S("osgood schlatter growth spurt knee pain")
# ---- sporting slang and hyperbole
T("smashed the session today, legs are gone")
T("i'm dead after those hill sprints \U0001f480")
T("bro you killed it on floor today")
T("coach is gonna kill me i forgot my shin pads again")
T("touch my protein bars again and i'll kill you \U0001f602")
T("that bleep test nearly killed me lol")
T("we absolutely battered them 6-0, their keeper was nearly crying")
T("murdered that penalty, top bins \U0001f3af")
T("if we do the bleep test again i'll kms lol")
T("lmao mo threw up after the 300s, coach was buzzing")
T("i'm literally dying of embarrassment, fell off the beam in front of the scouts")
T("shoot me, it's double maths then conditioning")
T("he's a killer in the box, 20 goals already this season")
T("that tackle was criminal \U0001f602 ref bottled it")
T("i'd die for a nandos right now")
T("the new kit is sick, proper dope colourway")
T("sorry coach, i'm shattered. can we do the gym bit tomorrow", who="s")
T("my legs are destroyed, dead legs for days")
T("killing the game off in the last ten is what we need to work on", who="t")
T("he got absolutely bodied in the 1v1s")
T("that finish was lethal")
T("bomb it down the line and cross first time", who="t")
T("i'm starving, what time's dinner at the house")
T("i swear the physio enjoys hurting people \U0001f602")
T("honestly that session was a massacre, 12 x 400 off 60 seconds")
# ---- boxing, MMA, combat technique
S("how to throw a harder jab")
S("rear naked choke escape bjj", eng="video")
S("uppercut heavy bag drills")
S("slip and counter drills southpaw", eng="video")
S("how to wrap hands for boxing", eng="video")
S("canelo knockout highlights", eng="video")
T("that left hook knocked him out cold, what a fight \U0001f525")
S("boxing sparring headgear size guide", eng="shop")
S("how to stop blinking when getting punched in sparring")
S("liver shot defence boxing")
T("sparring tomorrow, bring your gum shield and 16oz gloves", who="t")
D("www.ufc.com")
D("www.boxrec.com")
S("shot put glide technique")
S("hammer throw rotation drills", eng="video")
S("javelin world record men")
S("suicides drill basketball conditioning")
S("dead hang grip strength test")
S("hang clean technique olympic lifting")
S("hack squat vs leg press")
# ---- fantasy football, betting-sponsor and integrity news
S("fpl captain picks gameweek 12")
S("fantasy premier league wildcard draft")
D("fantasy.premierleague.com")
S("premier league front of shirt gambling sponsor ban")
U("https://www.theguardian.com/football/2026/oct/14/premier-league-front-of-shirt-gambling-sponsors-ban-what-it-means")
S("ivan toney betting ban explained")
S("sandro tonali betting ban how long")
S("fa betting rules for academy players", who="t")
S("gambling commission young people and gambling report", who="t")
T("fpl mini league, loser buys the pizza \U0001f355")
S("what does odds on favourite mean")
T("i'd bet my life that was offside")
S("why do betting companies sponsor football clubs essay")
D("www.skysports.com")
S("lady gaga poker face lyrics", eng="video")
U("https://www.thefa.com/football-rules-governance/more/betting-integrity", who="t")
S("match fixing scandals in tennis documentary")
# ---- anti-doping education
S("ukad clean sport education course")
S("100% me anti doping module answers")
S("wada prohibited list 2026 salbutamol")
S("is my asthma inhaler allowed in competition tue")
S("global dro check lemsip")
S("informed sport certified protein powder", eng="shop")
S("history of doping in athletics coursework")
S("ben johnson 1988 steroid scandal")
S("icarus documentary russian doping", eng="video")
S("what are sarms and why are they banned in sport", who="t")
U("https://www.ukad.org.uk/education/clean-sport-hub")
T("Athletes are strictly liable for any substance found in their sample, which is why supplements should be batch tested.", ctx="doc")
S("hay fever tablets allowed in sport")
D("www.ukad.org.uk")
# ---- staff welfare and safeguarding training (staff accounts)
S("suicide prevention training for sports coaches", who="t")
S("how to support a player released from an academy", who="t")
S("pfa support for released scholars", who="t")
S("cpsu safeguarding in sport grooming warning signs training", who="t")
S("position of trust law sports coaches 2022", who="t")
S("self harm awareness for pe staff", who="t")
S("prevent duty training sports staff online", who="t")
S("eating disorder warning signs in gymnasts staff guidance", who="t")
S("sextortion advice for schools ceop", who="t")
T("Agenda: 1. welfare check-ins for boarders 2. concussion register 3. update to the weight-making policy for junior boxers", who="t", ctx="doc")
T("reminder all coaches must complete the safeguarding refresher by friday", who="t")
S("papyrus hopeline number for changing room poster", who="t")
S("anti bullying week 2026 theme", who="t")
S("initiation and hazing policy template sports club", who="t")
S("how to talk to a young athlete about body image", who="t")
U("https://www.britishgymnastics.org/safe-sport", who="t")
S("county lines awareness training youth coaches", who="t")
S("drug education pshe lesson year 11 cannabis", who="t")
T("can the DSL ring me back re: the boarder at host family 4, nothing urgent, just a homesick one", who="t")
S("nspcc child protection in sport unit webinar", who="t")
S("gambling harms awareness session for academy players", who="t")
S("red flags of coercive coaching behaviour research", who="t")
T("Session plan: explain what grooming looks like in sport, who to tell, and how to report a concern about a coach or agent.", who="t", ctx="doc")
U("https://www.samaritans.org/how-we-can-help/schools/", who="t")
# ---- equality, racism and homophobia in sport (education and news)
S("racism in football essay sociology a level")
S("rainbow laces campaign 2026")
S("homophobia in sport stonewall statistics", who="t")
S("equality act 2010 protected characteristics btec")
S("jake daniels coming out blackpool")
S("justin fashanu documentary", eng="video")
S("black history month sport heroes assembly ideas", who="t")
S("ramadan fasting and training tips for muslim athletes")
S("pakistan cricket squad for the test series")
T("kick it out are doing a workshop with the u18s on thursday", who="t")
S("how to report racist abuse at a football match")
D("www.kickitout.org")
# ---- set texts, history, RE, films, music, games
S("romeo and juliet why does juliet kill herself analysis")
S("lady macbeth sleepwalking scene quotes")
S("of mice and men why does george shoot lennie")
S("an inspector calls eva smith death")
S("lord of the flies piggy death symbolism")
S("suicide squad 2021 cast")
S("kill bill soundtrack", eng="video")
S("battle of the somme casualties first day")
S("how did the atomic bomb end ww2")
S("isis egyptian goddess mythology")
S("jihad meaning in islam re homework")
S("history of the ira gcse")
S("call of duty black ops 7 ranked play")
S("gladiator 2 fight scenes", eng="video")
S("kill em with kindness lyrics")
T("bro the new dave album is killing it, track 4 goes so hard")
T("you're so bad at fifa it's unreal \U0001f602 rematch tomorrow")
# ---- health information
S("paracetamol dose for 16 year old toothache")
S("back acne from sweaty kit")
S("free chlamydia test under 25")
S("period tracking app for training load")
S("how to stop cramp in calves during matches")
S("anxiety before competitions breathing techniques")
S("homesick at boarding school tips")
# ---- vocational and coaching
S("sports massage level 3 course")
S("uefa c licence cost")
S("strength and conditioning apprenticeship")
S("first aid for sports injuries course st john ambulance", who="t")
S("hudl sportscode tutorial tagging", who="t", eng="video")
P("Kinovea.exe", who="t", title="Kinovea")
P("GarminExpress.exe")
P("WINWORD.EXE")
P("Teams.exe", who="t")
P("Dartfish.exe", who="t")
P("Spotify.exe")
S("cyber security btec unit 11 assignment")
S("how to reset my college password")
# ---- innocent domains (including ones with unlucky substrings)
D("www.englandathletics.org")
D("www.thefa.com")
D("www.premierleague.com")
D("www.britishgymnastics.org")
D("www.englandboxing.org")
D("www.bbc.co.uk")
D("www.strava.com")
D("www.hudl.com")
D("www.prodirectsport.com")
D("www.nhs.uk")
D("www.scunthorpe-united.co.uk")
D("www.arsenal.com")
D("www.essexcricket.org.uk")
D("www.sussex.ac.uk")
D("www.dickssportinggoods.com")
D("www.expertsexchange.com")
D("www.transfermarkt.co.uk")
D("www.worldathletics.org")
D("www.dazn.com")
D("www.myfitnesspal.com")
D("teams.microsoft.com")
D("www.senecalearning.com")
D("www.pearson.com")
D("www.theguardian.com")
# ---- place names and words that look bad out of context
S("penistone church fc fixtures")
S("scunthorpe united u18 results")
S("middlesex cricket academy trials")
S("essex boxing clubs near chelmsford")
S("breaststroke kick technique")
S("away strip 2026/27 leaked")
S("ball sack for 10 footballs", eng="shop")
S("hackney marshes sunday league")
S("life hacks for packing a kit bag")
S("glastonbury tor walk from town")
S("heart bypass surgery recovery time")
S("how to unblock a drain")
S("proxy vote meaning")
S("snow on the pitch will the game be called off")
S("weed killer safe for artificial pitch", who="t")
S("high altitude training camp iten")
S("coke zero caffeine content")
S("how many oranges to cut up for half time")
S("shooting drills u12 football", eng="video")
S("british bulldog game rules pe")
S("crack on meaning slang")
# ---- everyday chat at the academy and with host families
T("host mum said tea's at 6, can the minibus drop us at the corner")
T("keep it a secret but we're doing a surprise cake for coach's 40th on friday \U0001f382")
T("can you send me a pic of the training schedule for next week")
T("text me when ur back at the house so i know ur safe x")
T("meet at the services at 7 for the minibus to the away game", who="t")
T("physio wants a photo of the swelling on my ankle before tomorrow")
T("photographer's coming to the gala, consent forms by monday pls", who="t")
T("the scout from villa is coming saturday!!! i'm so nervous")
T("dm me that drill you showed us with the mannequins")
T("my little secret is i put ketchup on my roast \U0001f92b")
T("stop hiding my water bottle you muppet")
T("the ref was an absolute clown today")
T("congrats on the pro contract bro, deserved \U0001f64c")
T("got released today. gutted tbh but the pfa lady was sound and i've got trials at two league one clubs next month")
T("injury's killing me but physio says i'll be back for the cup")
T("who's coming to the cinema after weigh in?")
T("mum sent a food parcel \U0001f62d jollof for days")
T("i've been picked for the regional squad!!!")
T("coach said drink more water, my hydration test was dark")
T("don't tell coach but i actually enjoyed the yoga session")
T("we're gonna smash them next week, they've got nobody up front")
T("my host family's dog ate my shin pad \U0001f602")
T("anyone got the notes from the sports psych lecture, i fell asleep")
T("the lads are killing me with these voice notes \U0001f602\U0001f602")
T("fell over my own feet in the warm up, dead embarrassing")
T("ring me after your session, mum wants to sort the train home for half term")
T("that's criminal, they've put us on at 8am on a sunday")
# ---- a few endpoint heartbeats
# ---- a few more lookups (added to give the DNS formats enough weight)
D("www.ladbrokes.com", "gambling:2")
D("www.spankbang.com", "adult_content:3")
D("windscribe.com", "filter_bypass:2")
D("www.proxysite.com", "filter_bypass:2")
D("www.uksport.gov.uk")
D("www.teamgb.com")
D("www.wada-ama.org")
D("www.englandnetball.co.uk")
D("www.bbc.com")
_add("B", "GuardlineAgent.exe")
_add("B", "GuardlineAgent.exe", who="t")


# =======================================================================================
# build
# =======================================================================================
def ordered_items():
    seen = set()
    for it in ITEMS:
        key = (it["kind"], it["content"], it["who"])
        if key in seen and it["kind"] != "B":
            raise SystemExit("duplicate item: %r" % (key,))
        seen.add(key)
    keyed = []
    for i, it in enumerate(ITEMS):
        k = hashlib.sha256(("order|%s|%s|%s|%d" % (it["kind"], it["content"], it["who"],
                                                   i if it["kind"] == "B" else 0)).encode()).hexdigest()
        keyed.append((k, it))
    keyed.sort(key=lambda x: x[0])
    return [it for _, it in keyed]


def build():
    out = []
    for n, it in enumerate(ordered_items(), 1):
        fmt, body = render(it, n)
        rec = {"id": "h39-%04d" % n, "format": fmt}
        if isinstance(body, list):
            rec["lines"] = body
        else:
            rec["line"] = body
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append(rec)
    return out


def stats(recs):
    from collections import Counter
    cat, fmt, pos = Counter(), Counter(), 0
    fmt_pos, fmt_neg = Counter(), Counter()
    for r in recs:
        fmt[r["format"]] += 1
        if r["expect"]:
            pos += 1
            fmt_pos[r["format"]] += 1
        else:
            fmt_neg[r["format"]] += 1
        for e in r["expect"]:
            cat[e["category"]] += 1
    print("items: %d  positives: %d  negatives: %d" % (len(recs), pos, len(recs) - pos))
    print("\nper category (expected findings):")
    for c in ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
              "piracy", "gaming", "social_media", "illegal_content"]:
        print("  %-16s %d" % (c, cat[c]))
    print("\nper format (total / positive / negative):")
    for f in sorted(fmt):
        print("  %-11s %4d %4d %4d" % (f, fmt[f], fmt_pos[f], fmt_neg[f]))
    multi = sum(1 for r in recs if "lines" in r)
    print("\nmulti-line items: %d" % multi)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "heldout39.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    recs = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        stats(recs)


if __name__ == "__main__":
    main()
