#!/usr/bin/env python3
"""Held-out evaluation corpus h31 for Guardline (written by hand, independent of the detector).

PERSPECTIVE
-----------
A further-education college in Northern Ireland (two campuses, "lagan-main" in Belfast and
"foyle-campus" in Derry/Londonderry), two Scottish secondary schools (S1-S6, ages 11-18,
"braeview-hs" and "castlehill-hs") and a Glasgow FE college ("clyde-fe").  Learners write in
Ulster English, Scots and Glasgow slang ("greetin", "heid", "wean", "dead" as an intensifier,
"am gonnae", "wee", "bampot", "steamin", "scundered", "gurnin", "bout ye", "dead on").
The risks are written the way those learners would write them: sectarian hate and threats
(loyalist and republican paramilitaries, some proscribed: UVF, UDA, YCV, New IRA), punishment
beatings, "exiling", pipe and petrol bombs, drug debt owed to paramilitaries, suicide and
self-harm said indirectly, knives and "young team" gang fights, grooming, sextortion and
county-lines exploitation, bullying, disguised sectarian / racist / homophobic slurs, gambling
on football, filter bypass and adult content.

About half the items are hard negatives built from the same words used innocently: Troubles
and Good Friday Agreement coursework, Modern Studies essays on terrorism and drugs policy,
marching season and bonfire news, the Irish language and Ulster Scots, GAA, Rangers and Celtic
chat in its harmless form, "dead good", "I'm deid" as laughter, Burns, Bannockburn and the
Highland Clearances, set texts (Macbeth, The Cone Gatherers, An Inspector Calls), vocational
work (catering knives, hairdressing razors, lambing, cyber-security labs), health information,
news, music (Kneecap the band), games and staff safeguarding training.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
------------------------------------------------------
suicide         5 = a method, a plan, a time, gathered means or goodbye messages
                    ("how many paracetamol tae no wake up", "tablets saved up under ma bed");
                4 = ideation without a plan, said plainly or indirectly ("naebody wid notice
                    if a wisnae here", "unalive", "sewer slide", "kms fr this time");
                3 = visiting a suicide-support community page (a risk signal, not a disclosure).
self_harm       4 = acts, urges, concealment, methods, relapse, eating-disorder behaviour
                    ("told ma mum it was the cat again", "barcode arms", "pro ana tips");
                5 = an injury in progress that endangers life ("cut deeper than I meant,
                    lots of blood").  suicide allowed where the two genuinely overlap.
radicalisation  4 = seeking to join, be sworn into, or obtain propaganda of a proscribed
                    or terrorist group (UVF, UDA/YCV, New IRA, National Action, ISIS,
                    attacker manifestos); 3 = interest in symbols, chants and ideology
                    ("up the ra", "UVF simply the best", great replacement);
                    discrimination allowed where the material is sectarian or racist.
violence        5 = a threat against a named or present person, an arranged fight with
                    weapons, bomb/petrol-bomb making, an exiling or kneecapping threat
                    received; 4 = acquiring or hiding weapons, punishment-beating fear,
                    weapons in the home, being threatened with a beating; 3 = seeking
                    violent footage.  radicalisation allowed for paramilitary violence.
grooming        5 = a meeting, pick-up or overnight stay arranged by an older person;
                4 = grooming signs: secrecy, gifts, age gap, image requests, moving
                    platform, sextortion, county-lines recruitment (criminal exploitation
                    is filed under grooming; drugs allowed).
bullying        3 = messages or plans to humiliate, exclude or threaten a peer, and a
                    victim describing it; "go kill yerself" to a peer allows suicide.
discrimination  3 = sectarian, racist, antisemitic, homophobic, transphobic, ableist or
                    anti-Traveller slurs and generalisations, often disguised
                    (KAT, "huns", "p4ki", "f@ggot").
adult_content   3 = pornography sites, searches and leaks.
drugs           3 = buying, selling, using, dosing, plugs, debts; violence added (4) when
                    the debt comes with a threat.
gambling        2 = betting sites, odds, accas, underage betting, case-opening.
filter_bypass   2 = VPNs, proxies, Tor, Psiphon, "unblocked" sites, removing the filter.
hacking         3 = getting into someone else's account, school systems, DDoS, keyloggers;
                2 = attack tools on their own.
illegal_content 5 = seeking sexual images of children; 4 = sharing intimate images of a
                    peer (a minor); 3 = fake IDs, counterfeit money, fullz, money-mule offers.
piracy / gaming / social_media 1 = policy information only.

Hard negatives never contain a real level-2+ concern.  Level-1 noise (games, social media) may
appear in them.  "allow" is used only for a genuinely ambiguous second category.

GENERATION
----------
Every text below was written for this file.  Each entry has a kind:
  s  a search query, rendered into a search URL of some engine (or its window title)
  t  typed text (endpoint text_capture; some items split into 2-3 fragments of one stream)
  w  a literal window title          u  a literal URL visited
  d  a domain looked up or tunnelled p  a process started
Every variable choice (format, engine, URL encoding, user, device, site, timestamp, IP,
wrapping, fragment split, item order) is derived from SHA-256 of the item number (or the
entry text for the order) and a purpose tag.  No random module is used.

Markup inside texts: {hg:x} look-alike Cyrillic letters, {zw:x} zero-width characters between
letters, {fw:x} full-width letters, {sp:x} spaced letters, {dot:x} dotted letters.  A "‖"
marks an explicit fragment boundary in typed text.

Usage: python3 build_heldout31.py [--out PATH] [--stats]
"""

import argparse
import datetime
import hashlib
import json
import os
import re
import sys
import urllib.parse

# ---------------------------------------------------------------------------------------
# deterministic choice helpers


def H(n, tag):
    return int.from_bytes(hashlib.sha256(("%s|%s" % (n, tag)).encode("utf-8")).digest()[:8], "big")


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


def hexs(n, tag, k):
    return hashlib.sha256(("%s|%s" % (n, tag)).encode("utf-8")).hexdigest()[:k]


# ---------------------------------------------------------------------------------------
# disguise markup

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]


def _hg(w, n):
    out = []
    for k, ch in enumerate(w):
        if ch in HOMO and (H(n, "hg%d" % k) % 3 != 0):
            out.append(HOMO[ch])
        else:
            out.append(ch)
    if out == list(w):  # make sure at least one letter is swapped
        for k, ch in enumerate(w):
            if ch in HOMO:
                out[k] = HOMO[ch]
                break
    return "".join(out)


def _zw(w, n):
    z = pick(n, "zwchar", ZW)
    return z.join(w)


def _fw(w, n):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in w)


def _sp(w, n):
    return " ".join(" ".join(part) for part in w.split(" "))


def _dot(w, n):
    return " ".join(".".join(part) for part in w.split(" "))


MARK = re.compile(r"\{(hg|zw|fw|sp|dot):([^}]*)\}")
FUNCS = {"hg": _hg, "zw": _zw, "fw": _fw, "sp": _sp, "dot": _dot}


def render(text, n):
    return MARK.sub(lambda m: FUNCS[m.group(1)](m.group(2), n), text)


# ---------------------------------------------------------------------------------------
# people, places, time

SITES = {
    "lagan-main": {"region": "ni", "net": "10.21", "dns": "10.21.0.53",
                   "devices": ["LGN-LIB-PC14", "LGN-LIB-PC22", "LGN-ENG-WS03", "LGN-CAT-KIOSK1",
                               "LGN-ICT3-PC09", "LGN-BUS-LT117", "LGN-HAIR-TAB2"],
                   "users": ["b00614327", "b00598812", "ciara.mcgrath", "ryan.odoherty",
                             "jordan.mccann", "aoife.k", "conor.devlin3", "b00633105",
                             "LAGAN\\shannon.irvine", "dean.mckeown"],
                   "staff": ["LAGAN\\r.fergus", "m.quinn", "dsl.lagan", "LAGAN\\p.mcilroy"]},
    "foyle-campus": {"region": "ni", "net": "10.22", "dns": "10.22.0.53",
                     "devices": ["FOY-LRC-PC03", "FOY-AGRI-LT05", "FOY-HAIR-TAB1", "FOY-CONS-PC11",
                                 "FOY-CB-0231"],
                     "users": ["b00602271", "niamh.doherty", "eoin.mclaughlin", "kyle.moore7",
                               "FOYLE\\caolan.b", "b00619940", "jade.wilson"],
                     "staff": ["FOYLE\\s.mcgonagle", "t.harkin", "dsl.foyle"]},
    "braeview-hs": {"region": "sc", "net": "10.41", "dns": "10.41.0.53",
                    "devices": ["BRV-S3-CB-0417", "BRV-S4-CB-0522", "BRV-LIB-PC07", "BRV-ICT1-PC12",
                                "BRV-CB-1190"],
                    "users": ["gw19mcdonaldkayla", "gw18obrienliam", "gw20campbellerin",
                              "gw17reillyjack", "gw21khanayesha", "gw19frasercallum",
                              "gw20docherty.lewis"],
                    "staff": ["gw08macleodtom", "mrs.baird", "dhtpastoral.braeview"]},
    "castlehill-hs": {"region": "sc", "net": "10.42", "dns": "10.42.0.53",
                      "devices": ["CSH-ICT2-PC09", "CSH-LIB-PC01", "CSH-CB-0788", "CSH-S5-LT14",
                                  "CSH-TECH-PC04"],
                      "users": ["gw18kellyaiden", "gw19watsonlily", "gw17brownmarcus",
                                "gw20nowakzofia", "gw18hamiltonrory", "gw21robertsonamy"],
                      "staff": ["gw05stewartanne", "mr.gillespie", "gw09guidance.csh"]},
    "clyde-fe": {"region": "sc", "net": "10.61", "dns": "10.61.0.53",
                 "devices": ["CFE-LRC-LT22", "CFE-CAT-KIOSK1", "CFE-CYBER-PC03", "CFE-MV-WS02",
                             "CFE-HAIR-TAB4", "CFE-CARE-PC17"],
                 "users": ["20241187@clydefe.ac.uk", "20239954@clydefe.ac.uk", "r.mcintyre",
                           "s.gallacher", "CLYDEFE\\jamie.boyle", "20250312@clydefe.ac.uk",
                           "t.ferguson24"],
                 "staff": ["CLYDEFE\\l.mckenzie", "k.morrison", "safeguarding.cfe"]},
}
SITE_NAMES = sorted(SITES)
REGION_SITES = {"ni": [s for s in SITE_NAMES if SITES[s]["region"] == "ni"],
                "sc": [s for s in SITE_NAMES if SITES[s]["region"] == "sc"]}

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EPOCH0 = datetime.datetime(2026, 10, 5, tzinfo=datetime.timezone.utc)


class Ctx:
    """All per-item choices, derived from the item number."""

    def __init__(self, n, region=None, staff=False):
        self.n = n
        pool = REGION_SITES[region] if region in REGION_SITES else SITE_NAMES
        self.site = pick(n, "site", pool)
        S = SITES[self.site]
        self.device = pick(n, "device", S["devices"])
        self.user = pick(n, "staffuser", S["staff"]) if staff else pick(n, "user", S["users"])
        self.ip = "%s.%d.%d" % (S["net"], H(n, "ip3") % 60 + 1, H(n, "ip4") % 250 + 2)
        self.dns = S["dns"]
        self.srv = "%d.%d.%d.%d" % (pick(n, "srvA", [142, 172, 104, 151, 185, 13]),
                                    H(n, "srvB") % 250 + 1, H(n, "srvC") % 250 + 1, H(n, "srvD") % 250 + 1)
        day = H(n, "day") % 47
        hour = wpick(n, "hour", [(8, 3), (9, 6), (10, 6), (11, 6), (12, 7), (13, 7), (14, 6), (15, 5),
                                 (16, 4), (17, 2), (18, 2), (19, 2), (20, 2), (21, 2), (22, 2), (23, 1)])
        sec = H(n, "sec") % 3600
        ms = H(n, "ms") % 1000
        self.t = EPOCH0 + datetime.timedelta(days=day, hours=hour, seconds=sec, milliseconds=ms)
        self.ua = pick(n, "ua", UAS)
        self.port = 1024 + H(n, "port") % 64000
        self.bytes = 800 + H(n, "bytes") % 98000
        self.elapsed = H(n, "elapsed") % 900 + 3

    def at(self, plus_s=0.0):
        return self.t + datetime.timedelta(seconds=plus_s)

    def epoch(self, plus_s=0.0):
        return self.at(plus_s).timestamp()


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def clf_time(t):
    return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def sys_time(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def e2_time(t):
    return t.strftime("%Y.%m.%d %H:%M:%S")


def bind_time(t):
    return "%02d-%s-%d %s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000)


# ---------------------------------------------------------------------------------------
# search engines


def q_enc(q, n, plus):
    s = urllib.parse.quote(q, safe="")
    return s.replace("%20", "+") if plus else s


ENGINES = {
    # name: (browser-title template or None, parent engine for titles)
    "google": "{q} - Google Search",
    "google_uk": "{q} - Google Search",
    "bing": "{q} - Search",
    "ddg": "{q} at DuckDuckGo",
    "yahoo": "{q} - Yahoo Search Results",
    "ecosia": "{q} - Ecosia",
    "youtube": "{q} - YouTube",
    "tiktok": "Find '{q}' on TikTok | TikTok Search",
    "reddit": "reddit.com: search results - {q}",
    "wikipedia": "{q} - Search results - Wikipedia",
    "amazon": "Amazon.co.uk : {q}",
    "google_ac": None, "bing_ac": None, "ddg_ac": None, "yt_ac": None,
}
POOLS = {
    "web": [("google", 9), ("google_uk", 6), ("bing", 6), ("ddg", 4), ("yahoo", 3), ("ecosia", 3),
            ("youtube", 4), ("tiktok", 4), ("reddit", 3), ("google_ac", 3), ("bing_ac", 2),
            ("ddg_ac", 2), ("yt_ac", 1)],
    "vid": [("youtube", 5), ("tiktok", 5), ("yt_ac", 2)],
    "wiki": [("wikipedia", 3), ("google", 2), ("bing", 1)],
    "amz": [("amazon", 4), ("google_uk", 1)],
    "red": [("reddit", 3), ("google", 1)],
}


def search_url(engine, q, n):
    plus = H(n, "plus") % 2 == 0
    e = q_enc(q, n, plus)
    if engine == "google":
        tail = pick(n, "gtail", ["&hl=en-GB&source=hp", "&client=firefox-b-d", "&sca_esv=%s&source=hp" % hexs(n, "sca", 16),
                                 "&rlz=1C1GCEA_enGB1120GB1120&oq=%s" % e])
        return "https://www.google.com/search?q=" + e + tail
    if engine == "google_uk":
        return "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)
    if engine == "bing":
        return "https://www.bing.com/search?q=" + e + pick(n, "btail", ["&form=QBLH", "&qs=n&form=QBRE&sp=-1&ghc=1", "&FORM=HDRSC1"])
    if engine == "ddg":
        return "https://duckduckgo.com/?q=" + e + pick(n, "dtail", ["&ia=web", "&t=h_&ia=web", "&t=ffab&ia=web"])
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fp=1&toggle=1&cop=mss&ei=UTF-8" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=" + e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=" + e
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1791000000000 + H(n, "tkt") % 5000000000)
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=" + e + pick(n, "rtail", ["", "&type=link", "&type=comment"])
    if engine == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % q_enc(q, n, True)
    if engine == "amazon":
        crid = hexs(n, "crid", 13).upper()
        pre = q_enc(q[: max(3, len(q) // 2)], n, True)
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2" % (
            q_enc(q, n, True), crid, pre, 60 + H(n, "amzms") % 140)
    if engine == "google_ac":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&psi=%s" % (
            e, len(q), hexs(n, "psi", 16))
    if engine == "bing_ac":
        return "https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&csr=1&cvid=%s" % (
            e, len(q), hexs(n, "cvid", 32).upper())
    if engine == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % e
    if engine == "yt_ac":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&cp=%d&q=%s&xhr=t" % (
            len(q), e)
    raise ValueError(engine)


BROWSERS = [("chrome.exe", " - Google Chrome", 6), ("msedge.exe", " - Microsoft\u200b Edge", 3),
            ("firefox.exe", " - Mozilla Firefox", 2)]


def browser(n):
    b = wpick(n, "browser", [((p, s), w) for p, s, w in BROWSERS])
    return b


# ---------------------------------------------------------------------------------------
# log line builders (shapes copied from /work/shared/samples)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def squid_native(c, url, method="GET", status="TCP_MISS/200", mime="text/html"):
    return "%.3f %6d %s %s %d %s %s %s HIER_DIRECT/%s %s" % (
        c.epoch(), c.elapsed, c.ip, status, c.bytes, method, url, c.user, c.srv, mime)


def squid_custom(c, url):
    ref = pick(c.n, "ref", ['"-"', '"https://www.google.com/"', '"-"'])
    return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html %s "%s" %s' % (
        c.epoch(), c.elapsed, c.ip, c.user, c.bytes, url, c.srv, ref, c.ua, host_of(url))


def squid_sni_pair(c, domain):
    to_ip = H(c.n, "sni_ip") % 2 == 0
    target = (c.srv if to_ip else domain) + ":443"
    rd = c.srv if to_ip else domain
    l1 = '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s - - "-" "%s" %s sni=%s bump=splice' % (
        c.epoch(), 0, c.ip, c.user, target, c.ua, rd, domain)
    l2 = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s %s - "-" "-" %s sni=%s bump=splice' % (
        c.epoch(0.012), c.elapsed, c.ip, c.user, c.bytes, target, c.srv, rd, domain)
    return [l1, l2] if H(c.n, "sni_two") % 3 else [l2]


def clf(c, url, method="GET"):
    req = "%s %s HTTP/1.1" % (method, url)
    if H(c.n, "clfkind") % 3 == 0:
        return '%s - %s [%s] "%s" 200 %d TCP_MISS:HIER_DIRECT' % (c.ip, c.user, clf_time(c.at()), req, c.bytes)
    ref = pick(c.n, "cref", ["-", "-", "https://www.google.com/", "https://www.bing.com/"])
    return '%s - %s [%s] "%s" 200 %d "%s" "%s" TCP_MISS:HIER_DIRECT' % (
        c.ip, c.user, clf_time(c.at()), req, c.bytes, ref, c.ua)


def e2g(c, url, terms=None, method="GET"):
    fmt = pick(c.n, "e2fmt", [2, 4, 6])
    code = "200"
    size = str(c.bytes)
    params = ("0=%s;" % terms) if terms else "-"
    if fmt == 6:
        return "\t".join(["%.3f" % c.epoch(), "", c.user, c.ip, c.ip, url, method, code, size, "-", c.ua, "-",
                          str(H(c.n, "e2ms") % 40), "-", "0", "-", "0", "-", "no_name_group", "1"])
    fields = [e2_time(c.at()), c.user, c.ip, url, "-", method, size, "0", "-", "1", code, "-", c.ip,
              "no_name_group", c.ua, params, "-", "-", "-"]
    if fmt == 4:
        return "\t".join(fields)
    return ",".join('"%s"' % f.replace('"', "'") for f in fields)


def zeek_uid(c):
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = H(c.n, "uid")
    s = ""
    for _ in range(17):
        s += alph[v % 62]
        v //= 62
        if v == 0:
            v = H(c.n, "uid2" + s)
    return "C" + s


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
                    "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
                   "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
                   "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt", "query",
                   "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z",
                   "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
                  "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
                  "vector[string]", "vector[interval]", "bool"]


def zeek_header(c, path, fields, types):
    opened = (c.at() - datetime.timedelta(minutes=H(c.n, "zopen") % 50 + 1)).strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(c, url):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + (("?" + sp.query) if sp.query else "")
    if H(c.n, "zfmt") % 3 == 0:
        row = ["%.6f" % c.epoch(), zeek_uid(c), c.ip, str(c.port), c.srv, "80", "1", "GET", sp.hostname, uri, "-", "1.1",
               c.ua, "-", "0", str(c.bytes), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
               "F" + hexs(c.n, "fuid", 17), "-", "text/html"]
        return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]
    d = {"ts": round(c.epoch(), 6), "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.srv,
         "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": sp.hostname, "uri": uri, "version": "1.1",
         "user_agent": c.ua, "request_body_len": 0, "response_body_len": c.bytes, "status_code": 200,
         "status_msg": "OK", "tags": []}
    return json.dumps(d, ensure_ascii=False)


def zeek_dns(c, domain):
    qtype, qn = pick(c.n, "zqt", [("A", 1), ("A", 1), ("AAAA", 28), ("HTTPS", 65)])
    tid = H(c.n, "tid") % 65535
    if H(c.n, "zfmt") % 3 == 0:
        row = ["%.6f" % c.epoch(), zeek_uid(c), c.ip, str(c.port), c.dns, "53", "udp", str(tid),
               "0.%06d" % (H(c.n, "rtt") % 90000), domain, "1", "C_INTERNET", str(qn), qtype, "0", "NOERROR",
               "F", "F", "T", "T", "0", c.srv if qtype == "A" else "-", "300.000000" if qtype == "A" else "-", "F"]
        return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]
    d = {"ts": round(c.epoch(), 6), "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.dns,
         "id.resp_p": 53, "proto": "udp", "trans_id": tid, "query": domain, "qclass": 1, "qclass_name": "C_INTERNET",
         "qtype": qn, "qtype_name": qtype, "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
         "RD": True, "RA": True, "Z": 0, "rejected": False}
    return json.dumps(d, ensure_ascii=False)


def reg_zone(domain):
    labels = domain.split(".")
    k = 3 if len(labels) >= 3 and labels[-2] in ("co", "ac", "gov", "org", "police", "sch") else 2
    return ".".join(labels[-k:]) + "."


def unbound(c, domain, blockable=False):
    pid = 7000 + H(c.n, "upid") % 2000
    epoch_prefix = H(c.n, "uepoch") % 3 == 0
    qt = pick(c.n, "uqt", ["A", "A", "AAAA", "HTTPS"])

    def pre(dt):
        if epoch_prefix:
            return "[%d] unbound[%d:0]" % (int(c.epoch(dt)), pid)
        return "%s unbound[%d:0]" % (sys_time(c.at(dt)), pid)

    q = "%s info: %s %s. %s IN" % (pre(0), c.ip, domain, qt)
    shape = H(c.n, "ushape") % 4
    if shape == 0:
        return [q]
    zone = reg_zone(domain)
    if shape == 1 and blockable:
        return [q, "%s info: %s always_nxdomain %s@%d %s. %s IN" % (pre(0), zone, c.ip, c.port, domain, qt),
                "%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre(0), c.ip, domain, qt, 30 + len(domain))]
    return [q, "%s info: . transparent %s@%d %s. %s IN" % (pre(0), c.ip, c.port, domain, qt),
            "%s info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (pre(0.04), c.ip, domain, qt, H(c.n, "urtt") % 90000,
                                                         40 + len(domain))]


def dnsmasq(c, domain, blockable=False):
    pid = 9000 + H(c.n, "dpid") % 900
    serial = H(c.n, "dser") % 90000 + 1
    qt = pick(c.n, "dqt", ["A", "A", "AAAA"])
    pre = "%s dnsmasq[%d]: %d %s/%d" % (sys_time(c.at()), pid, serial, c.ip, c.port)
    q = "%s query[%s] %s from %s" % (pre, qt, domain, c.ip)
    shape = H(c.n, "dshape") % 4
    if shape == 0:
        return [q]
    if shape == 1 and blockable:
        return [q, "%s config %s is %s" % (pre, domain, "0.0.0.0" if qt == "A" else "::")]
    return [q, "%s forwarded %s to %s" % (pre, domain, pick(c.n, "fwd", ["1.1.1.1", "8.8.8.8", "9.9.9.9"])),
            "%s reply %s is %s" % (pre, domain, c.srv if qt == "A" else "NODATA-IPv6")]


def bind(c, domain, blockable=False):
    cli = "client @0x7f%s %s#%d (%s)" % (hexs(c.n, "bptr", 10), c.ip, c.port, domain)
    qt = pick(c.n, "bqt", ["A", "A", "AAAA", "HTTPS"])
    q = "%s queries: info: %s: query: %s IN %s +E(0)K (%s)" % (bind_time(c.at()), cli, domain, qt, c.dns)
    shape = H(c.n, "bshape") % 3
    if shape == 0 or not blockable:
        return [q]
    if shape == 1:
        return [q, "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            bind_time(c.at(0.001)), cli, domain, qt, domain)]
    return ["%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
        bind_time(c.at()), cli, domain, qt, domain)]


def endpoint(c, event, process=None, title=None, text=None, url=None, plus_s=0.0):
    d = {"ts": iso_z(c.at(plus_s))}
    if H(c.n, "epsite") % 10 < 7:
        d["site"] = c.site
    d["device"] = c.device
    d["user"] = c.user
    d["event"] = event
    if process is not None:
        d["process"] = process
    full = H(c.n, "epnull") % 2 == 0
    if title is not None or full:
        d["window_title"] = title
    if text is not None or full:
        d["text"] = text
    if url is not None or full:
        d["url"] = url
    return json.dumps(d, ensure_ascii=False)


# wrapping for "auto" items ------------------------------------------------------------------

SYSLOG_TAGS = {"squid": ("squid-access", "/var/log/squid/access.log", "proxy"),
               "clf": ("squid-access", "/var/log/squid/access.log", "proxy"),
               "e2guardian": ("e2guardian", "/var/log/e2guardian/access.log", "filter"),
               "unbound": ("unbound", "/var/log/unbound/unbound.log", "dns"),
               "dnsmasq": ("dnsmasq", "/var/log/pihole/pihole.log", "dns"),
               "bind": ("named", "/var/log/named/query.log", "dns"),
               "zeek-dns": ("zeek", "/opt/zeek/logs/current/dns.log", "sensor"),
               "zeek-http": ("zeek", "/opt/zeek/logs/current/http.log", "sensor"),
               "endpoint": ("guardline-agent", "/var/log/guardline/endpoint.jsonl", "collector")}


def wrap(c, fmt, lines, k):
    style = wpick(c.n, "wrap", [("none", 3), ("rfc3164", 3), ("rfc5424", 3), ("json", 3)])
    if style == "none":
        return lines
    tag, path, role = SYSLOG_TAGS[fmt]
    host = "%s-%s" % (role, c.site.split("-")[0])
    out = []
    for i, ln in enumerate(lines):
        t = c.at(0.2 + i * 0.001 + k)
        if style == "rfc3164":
            out.append("<%d>%s %s %s: %s" % (pick(c.n, "pri", [134, 142, 14, 190]), sys_time(t), host, tag, ln))
        elif style == "rfc5424":
            out.append("<%d>1 %s %s %s %d - - %s" % (pick(c.n, "pri", [134, 142, 14, 190]), iso_z(t), host, tag,
                                                     1000 + H(c.n, "procid") % 30000, ln))
        else:
            pairs = [("ts_received", t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond),
                     ("host", host), ("source", tag), ("file", path), ("message", ln)]
            s = "{" + ", ".join('"%s":%s' % (kk, json.dumps(v, ensure_ascii=False)) for kk, v in pairs) + "}"
            out.append(s.replace("/", "\\/"))
    return out


# ---------------------------------------------------------------------------------------
# rendering of each kind


CHAT_APPS = [
    ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome"),
    ("Discord.exe", "#general | the lads - Discord"), ("Discord.exe", "@{friend} - Discord"),
    ("chrome.exe", "Inbox \u2022 Direct - Instagram - Google Chrome"), ("chrome.exe", "Snapchat - Google Chrome"),
    ("Teams.exe", "Chat | {friend} | Microsoft Teams"), ("msedge.exe", "Messenger | Facebook - Microsoft\u200b Edge"),
    ("Discord.exe", "#off-topic | S5 chill - Discord"), ("chrome.exe", "(3) WhatsApp - Google Chrome"),
    ("Telegram.exe", "Telegram"),
]
DOC_APPS = [
    ("WINWORD.EXE", "{doc}.docx - Word"), ("chrome.exe", "{doc} - Google Docs - Google Chrome"),
    ("msedge.exe", "{doc}.docx - Microsoft Word Online - Microsoft\u200b Edge"), ("ONENOTE.EXE", "{doc} - OneNote"),
]
MAIL_APPS = [("OUTLOOK.EXE", "Inbox - {user} - Outlook"), ("Teams.exe", "Chat | Safeguarding team | Microsoft Teams"),
             ("WINWORD.EXE", "{doc}.docx - Word")]
SEARCHBOX_APPS = [("chrome.exe", "New Tab - Google Chrome"), ("msedge.exe", "New tab - Microsoft\u200b Edge"),
                  ("chrome.exe", "Google - Google Chrome"), ("firefox.exe", "Mozilla Firefox")]
FRIENDS = ["Caoimhe", "Jay", "Ellie", "Kai", "Rhys", "Orla", "Connor", "Mia", "Lewis", "Cara", "Dylan", "Zara"]
DOCS = ["History coursework draft", "Modern Studies essay", "English folio piece 2", "Unit 3 assignment",
        "Notes", "Document1", "Higher English critical essay", "Safeguarding notes", "RMPS essay plan"]


def typed_app(c, sub):
    pool = {"chat": CHAT_APPS, "doc": DOC_APPS, "mail": MAIL_APPS, "box": SEARCHBOX_APPS}[sub]
    proc, title = pick(c.n, "app", pool)
    title = title.replace("{friend}", pick(c.n, "friend", FRIENDS)).replace("{doc}", pick(c.n, "doc", DOCS))
    title = title.replace("{user}", c.user.split("\\")[-1])
    return proc, title


def split_text(c, text):
    if "\u2016" in text:
        return text.split("\u2016")
    if H(c.n, "split?") % 100 >= 22 or len(text) < 12:
        return [text]
    k = 2 + (H(c.n, "nfrag") % 4 == 0)
    cuts = set()
    i = 0
    while len(cuts) < k - 1 and i < 20:
        cuts.add(4 + H(c.n, "cut%d" % i) % (len(text) - 7))
        i += 1
    cuts = sorted(cuts)
    parts, prev = [], 0
    for x in cuts:
        parts.append(text[prev:x])
        prev = x
    parts.append(text[prev:])
    return [p for p in parts if p]


def build_item(n, e):
    kind, pool, region, staff, sub = e["kind"], e["pool"], e["region"], e["staff"], e["sub"]
    c = Ctx(n, region, staff)
    text = render(e["text"], n)
    lines = None
    if kind == "s":
        engine = wpick(n, "engine", POOLS[pool or "web"])
        url = search_url(engine, text, n)
        opts = [("squid", 16), ("squidc", 5), ("clf", 14), ("e2guardian", 12), ("zeek-http", 10), ("auto", 15)]
        if ENGINES[engine]:
            opts += [("ep-title", 16), ("ep-url", 8)]
        f = wpick(n, "fmt", opts)
        proc, suffix = browser(n)
        if f == "squid":
            fmt, lines = "squid", [squid_native(c, url)]
        elif f == "squidc":
            fmt, lines = "squid", [squid_custom(c, url)]
        elif f == "clf":
            fmt, lines = "clf", [clf(c, url)]
        elif f == "e2guardian":
            fmt, lines = "e2guardian", [e2g(c, url, terms=text)]
        elif f == "zeek-http":
            z = zeek_http(c, url)
            fmt, lines = "zeek-http", (z if isinstance(z, list) else [z])
        elif f == "ep-title":
            fmt, lines = "endpoint", [endpoint(c, "window_title", proc, ENGINES[engine].format(q=text) + suffix)]
        elif f == "ep-url":
            fmt, lines = "endpoint", [endpoint(c, "url_visit", proc, None, None, url)]
        else:
            inner = pick(n, "autoinner", ["squid", "clf", "e2guardian", "zeek-http", "squid"])
            if inner == "squid":
                ls = [squid_native(c, url)]
            elif inner == "clf":
                ls = [clf(c, url)]
            elif inner == "e2guardian":
                ls = [e2g(c, url, terms=text)]
            else:
                z = zeek_http(c, url)
                ls = z if isinstance(z, list) else [z]
            fmt, lines = "auto", wrap(c, inner, ls, 0)
    elif kind == "t":
        proc, title = typed_app(c, sub or "chat")
        frags = split_text(c, text)
        evs, t = [], 0.0
        for i, fr in enumerate(frags):
            evs.append(endpoint(c, "text_capture", proc, title, fr, None, plus_s=t))
            t += 1.5 + (H(n, "gap%d" % i) % 900) / 100.0
        if H(n, "tfmt") % 100 < 14:
            fmt, lines = "auto", wrap(c, "endpoint", evs, 0)
        else:
            fmt, lines = "endpoint", evs
    elif kind == "w":
        proc = "chrome.exe"
        if text.endswith("Mozilla Firefox"):
            proc = "firefox.exe"
        elif text.endswith("Edge"):
            proc = "msedge.exe"
        elif text.endswith(" - Word"):
            proc = "WINWORD.EXE"
        elif text.endswith("PowerPoint"):
            proc = "POWERPNT.EXE"
        elif text.endswith("Microsoft Teams") or text.endswith("| Teams"):
            proc = "Teams.exe"
        elif text.endswith("Adobe Acrobat Reader"):
            proc = "Acrobat.exe"
        elif text.endswith("- Discord"):
            proc = "Discord.exe"
        ev = [endpoint(c, "window_title", proc, text)]
        fmt, lines = ("auto", wrap(c, "endpoint", ev, 0)) if H(n, "wfmt") % 100 < 15 else ("endpoint", ev)
    elif kind == "p":
        proc = text
        ev = [endpoint(c, "process_start", proc, None)]
        fmt, lines = ("auto", wrap(c, "endpoint", ev, 0)) if H(n, "pfmt") % 100 < 15 else ("endpoint", ev)
    elif kind == "u":
        url = text
        f = wpick(n, "ufmt", [("squid", 18), ("clf", 14), ("e2guardian", 12), ("zeek-http", 12), ("ep-url", 26),
                              ("auto", 14)])
        proc, suffix = browser(n)
        if f == "squid":
            fmt, lines = "squid", [squid_native(c, url)]
        elif f == "clf":
            fmt, lines = "clf", [clf(c, url)]
        elif f == "e2guardian":
            fmt, lines = "e2guardian", [e2g(c, url)]
        elif f == "zeek-http":
            z = zeek_http(c, url)
            fmt, lines = "zeek-http", (z if isinstance(z, list) else [z])
        elif f == "ep-url":
            fmt, lines = "endpoint", [endpoint(c, "url_visit", proc, None, None, url)]
        else:
            fmt, lines = "auto", wrap(c, "squid", [squid_native(c, url)], 0)
    elif kind == "d":
        dom = text
        blk = any(x["min_level"] >= 2 for x in e["expect"])
        f = wpick(n, "dfmt", [("unbound", 14), ("dnsmasq", 14), ("bind", 12), ("zeek-dns", 12), ("squid-connect", 9),
                              ("squid-sni", 8), ("e2-connect", 6), ("clf-connect", 5), ("ep-url", 7), ("auto", 13)])
        if f == "unbound":
            fmt, lines = "unbound", unbound(c, dom, blk)
        elif f == "dnsmasq":
            fmt, lines = "dnsmasq", dnsmasq(c, dom, blk)
        elif f == "bind":
            fmt, lines = "bind", bind(c, dom, blk)
        elif f == "zeek-dns":
            z = zeek_dns(c, dom)
            fmt, lines = "zeek-dns", (z if isinstance(z, list) else [z])
        elif f == "squid-connect":
            fmt, lines = "squid", [squid_native(c, dom + ":443", "CONNECT", "TCP_TUNNEL/200", "-")]
        elif f == "squid-sni":
            fmt, lines = "squid", squid_sni_pair(c, dom)
        elif f == "e2-connect":
            fmt, lines = "e2guardian", [e2g(c, "https://%s:443" % dom, method="CONNECT")]
        elif f == "clf-connect":
            fmt, lines = "clf", [clf(c, dom + ":443", "CONNECT")]
        elif f == "ep-url":
            proc, suffix = browser(n)
            fmt, lines = "endpoint", [endpoint(c, "url_visit", proc, None, None, "https://%s/" % dom)]
        else:
            inner = pick(n, "dauto", ["unbound", "dnsmasq", "bind", "zeek-dns", "squid"])
            if inner == "unbound":
                ls = unbound(c, dom, blk)
            elif inner == "dnsmasq":
                ls = dnsmasq(c, dom, blk)
            elif inner == "bind":
                ls = bind(c, dom, blk)
            elif inner == "zeek-dns":
                z = zeek_dns(c, dom)
                ls = z if isinstance(z, list) else [z]
            else:
                ls = [squid_native(c, dom + ":443", "CONNECT", "TCP_TUNNEL/200", "-")]
            fmt, lines = "auto", wrap(c, inner, ls, 0)
    else:
        raise ValueError(kind)

    item = {"id": "h31-%04d" % n, "format": fmt}
    if len(lines) == 1:
        item["line"] = lines[0]
    else:
        item["lines"] = lines
    item["expect"] = e["expect"]
    if e["allow"]:
        item["allow"] = e["allow"]
    return item


# ---------------------------------------------------------------------------------------
# the corpus text.  KIND :: EXPECT :: ALLOW :: TEXT
# KIND = s|t|w|u|d|p, optionally /pool (web vid wiki amz red) or /sub (chat doc mail box),
#        @ni or @sc for region, +staff for a staff account.

CORPUS = r"""
# ============================ POSITIVES ============================
# ---- suicide
t@sc :: suicide5 :: self_harm :: am gonnae end it the night. cannae dae this anymore
t@sc :: suicide4 :: - :: naebody wid even notice if a wisnae here
s@sc :: suicide5 :: self_harm :: how many paracetamol does it take tae no wake up
t@sc :: suicide5 :: - :: wrote letters for ma mum n wee brother so they understand after am gone
t :: suicide4 :: - :: been thinking about unaliving myself again, please dont tell anyone
s :: suicide4 :: - :: why do i keep thinking about {hg:suicide} every night
t@sc :: suicide5 :: - :: ive got the tablets saved up in a sock under ma bed, just waitin on the right night
s :: suicide5 :: - :: how long does it take to die from hanging
s@ni :: suicide5 :: - :: highest bridge in belfast to jump off
s@sc :: suicide5 :: - :: can ye survive jumpin aff the erskine bridge
t@ni :: suicide5 :: - :: takin the whole box of ma das tablets after school. sorry for everything x
s :: suicide4 :: - :: sewer slide thoughts what do i do
s :: suicide5 :: - :: k1ll mys3lf quick way
s :: suicide5 :: - :: how much insulin is a lethal dose
t@sc :: suicide5 :: - :: goin doon the clyde the night n no comin back
t :: suicide4 :: - :: kms fr this time not even joking, whats the point of any of it
s :: suicide5 :: - :: {sp:suicide} methods without pain
t :: suicide4 :: - :: 🪦 soon hopefully. genuinely done wi life
t@ni :: suicide5 :: - :: said ma goodbyes on snap. this is it. love yous all
s :: suicide4 :: - :: is it normal to want to die at 15
t :: suicide5 :: - :: i've decided. tomorrow after my exam i'm going to kill myself
t@ni :: suicide4 :: - :: am wrecked, cannae stop gurnin, i just want tae be dead so i do
u :: suicide3 :: - :: https://www.reddit.com/r/SuicideWatch/
s :: suicide5 :: - :: how many {zw:sleeping} pills to die
t@ni :: suicide5 :: - :: ah'm done. left ma phone n a note on the bed for ma ma. headin tae the bridge
t :: suicide5 :: violence :: found ma grandas old shotgun cartridges in the shed, i know where the key for the cabinet is. tonight
# ---- self_harm
s@sc :: self_harm4 :: - :: how tae hide cuts fae yer maw when its roastin n ye cannae wear a hoodie
s :: self_harm4 :: - :: how to hide self harm scars for pe
t@sc :: self_harm4 :: - :: been scratchin ma arms wi a compass in maths again
s :: self_harm4 :: - :: does burning yourself with a lighter leave a scar
t@sc :: self_harm4 :: - :: told ma mum the marks were fae the cat again 🙃
t :: self_harm4 :: - :: 6 months clean and i relapsed last night. sh is the only thing that works
s :: self_harm4 :: suicide :: how deep is too deep when cutting
s/vid :: self_harm4 :: - :: barcode arms
t@ni :: self_harm4 :: - :: punched the wall till ma knuckles split open, felt better honestly
s :: self_harm4 :: - :: how to get the blade out of a pencil sharpener
s :: self_harm4 :: - :: pro ana tips to not feel hungry at school
t :: self_harm4 :: - :: havent eaten in 3 days, i deserve it after what i did
s :: self_harm4 :: - :: {dot:self harm} without leaving marks
t@sc :: self_harm4 :: - :: i bang ma heid aff the wall when it gets bad, only thing that shuts it up
t :: self_harm4 :: - :: covered in wee lines up my thigh and nobody knows
s/vid :: self_harm4 :: - :: sh beans vent
s :: self_harm4 :: - :: s3lf h4rm ideas that dont scar
t :: self_harm4 :: - :: tried the ice and the elastic band like the nurse said but it doesnt work, i need the real thing
t@sc :: self_harm5 :: suicide :: cut deeper than ah meant tae the night, there's a lot of blood n it willnae stop
t@ni :: self_harm4 :: - :: bringin ma sharpener blade tae school tomorrow just in case
s/vid :: self_harm4 :: - :: {zw:cutting} to cope
t@ni :: self_harm4 :: - :: cat scratches again lol 🐈‍⬛ dinnae ask
u :: self_harm3 :: - :: https://www.reddit.com/r/selfharm/
# ---- radicalisation
s@ni :: radicalisation4 :: violence :: how to join the uvf
s@ni :: radicalisation4 :: - :: new ira recruitment telegram
t@ni :: radicalisation4 :: violence :: ma cousin says he can get me in wi the boys, gettin sworn in next week
s@ni :: radicalisation4 :: - :: ycv young citizen volunteers how to get in
s@ni :: radicalisation3 :: discrimination :: uda flags buy online
s@ni :: radicalisation4 :: - :: green book ira training manual pdf download
t@ni :: radicalisation3 :: discrimination :: ooh ah up the ra 🇮🇪🇮🇪 tiocfaidh ar la ya dancer
t@ni :: radicalisation3 :: discrimination :: for god n ulster, no surrender, uvf simply the best 🇬🇧🔴
s :: radicalisation3 :: discrimination :: great replacement is it actually true
s :: radicalisation4 :: illegal_content :: christchurch shooter manifesto pdf
s/vid :: radicalisation4 :: violence,illegal_content :: tarrant livestream full uncut
t@ni :: radicalisation4 :: - :: the older lads fae the band are takin a few of us tae meet the uda brigadier on friday, he wants young ones
t@ni :: radicalisation4 :: - :: read that channel i sent ye, it explains why the brits are still occupyin us and why armed struggle is the only way left
s :: radicalisation3 :: discrimination :: 1488 meaning and where to get the patch
s :: radicalisation4 :: - :: isis nasheed download mp3
t@ni :: radicalisation4 :: - :: dinnae tell yer da but am joinin the uvf, ma uncle's gettin me in
s@ni :: radicalisation4 :: - :: how to join the 1r@ as a teenager
s :: radicalisation4 :: - :: national action uk how to get involved
t@ni :: radicalisation3 :: grooming :: they're lookin young lads for the flags n the bonfire, ye get a few quid n the commander notices ye
s/vid :: radicalisation4 :: - :: {hg:new ira} statement video full
s@ni :: radicalisation4 :: - :: where can i buy a {fw:uvf} balaclava and beret for a show of strength
# ---- violence
t@sc :: violence5 :: - :: am gonnae chib him the morra when he comes oot the gates
t@sc :: violence5 :: - :: square go at 4 behind the co-op, bring yer blade just in case
s :: violence4 :: - :: where to buy a zombie knife uk
t@ni :: violence5 :: radicalisation :: the boys are comin for him the night, he's gettin done in both knees
t@ni :: violence5 :: radicalisation :: there was a note through the door sayin i've 48 hours tae get oot the country or am gettin shot
s@ni :: violence4 :: radicalisation :: what happens at a punishment beating do they break your legs
t@sc :: violence5 :: - :: who's comin tooled up on sat, the young team fae the scheme are gonnae be there
s@ni :: violence5 :: radicalisation :: how tae make a pipe bomb
s@ni :: violence5 :: radicalisation :: petrol bomb how to make for the bonfire
s/amz :: violence4 :: - :: knuckle duster brass
t@sc :: violence5 :: - :: ah've got ma da's hammer in ma bag, he's no gettin away wi it this time
t@sc :: violence5 :: - :: when she walks hame the night we'll jump her at the underpass
t@ni :: violence4 :: radicalisation :: ma brother's got a gun hid in the roofspace, says it's for protection fae the other crowd
s :: violence5 :: radicalisation :: h0w t0 m4ke a b0mb at h0me
s :: violence3 :: - :: belfast gang fight videos uncut
t@sc :: violence4 :: - :: ah swear tae god ah'll kill ye if ye tell anyone. watch yer back
s :: violence4 :: - :: how to get a knife past the metal detector wand at school
t :: violence5 :: radicalisation :: there's gonna be a shooting at the college on friday, dont come in
t@ni :: violence5 :: radicalisation :: they're puttin a pipe bomb under his car the night for what he did
t@ni :: violence4 :: radicalisation :: paramilitaries left a bullet in an envelope for my da, we're terrified
t@sc :: violence5 :: - :: am gonnae slash his face, he'll have a glasgow smile fae ear tae ear
t@sc :: violence4 :: bullying :: he says he's gonnae batter me after school n his pals are gonnae film it
t@sc :: violence5 :: discrimination :: ah'm bringin a blade tae the game, any hun that looks at me is gettin it
t@ni :: violence5 :: radicalisation,discrimination :: we're doin the chapel on the twelfth, ah've got the petrol n the lads are bringin the rest
t :: violence5 :: - :: gonna {hg:stab} him at break tomorrow, hes been asking for it
t@ni :: violence4 :: radicalisation :: my wee brother got a punishment beatin aff the paramilitaries last night, they broke both his arms wi a bat
s/vid :: violence3 :: - :: real knife fight caught on camera glasgow
# ---- drugs
t@sc :: drugs3 :: - :: anybody got bud for the weekend? willin tae go halfers
t@ni :: drugs3,violence4 :: radicalisation :: owe the boys 3 grand for the gear n they said they'll break ma legs if am no payin by friday
s@sc :: drugs3 :: - :: vallies price glasgow
s :: drugs3 :: - :: street blues benzos what strength
s@ni :: drugs3 :: - :: how much is a bag of coke in belfast
t@sc :: drugs3 :: - :: who's the plug roond here? need a q fir sat
t :: drugs3 :: - :: 🍃🍃💨 anyone sellin? dm me
t@sc :: drugs3 :: - :: we were pure steamin on vallies n buckie at the swing park lol
s :: drugs3 :: - :: how to pass a drug test for weed in 3 days
t :: drugs3 :: - :: any1 got ket for saturday 🐴🐴
t@sc :: drugs3 :: grooming,violence :: they said if ah hold a package at mine for a week it clears the debt
s@ni :: drugs3 :: - :: c0ke delivery belfast telegram
t@sc :: drugs3 :: - :: ma dealer's got pink champagnes, a fiver a pill
t@ni :: drugs3 :: - :: been smokin every day before college, cannae function without it now
s :: drugs3 :: - :: thc vape carts snapchat uk
t@sc :: drugs3 :: - :: sell us a henry n ah'll pay ye back friday
s@ni :: drugs3 :: violence,radicalisation :: drug debt to paramilitaries what can i do
t :: drugs3 :: - :: dropped 2 pills at the party n felt nothing, gonna take a third
s :: drugs3 :: - :: wh3r3 to buy w33d near me
t@ni :: drugs3 :: - :: yer man at the garages does 20 bags, text him fae a different phone
# ---- grooming
t@sc :: grooming4 :: - :: he says am mature for my age n no tae tell ma mum aboot him
t@sc :: grooming5 :: - :: a guy fae snap wants tae meet me at buchanan bus station on saturday, he's 24 but says age is just a number
t :: grooming4 :: - :: delete these messages after ok? our wee secret 😘
t@sc :: grooming4 :: adult_content :: send us a pic in yer uniform, just for me
t@sc :: grooming5 :: - :: ah'll pick ye up at the school gates at 3, dinnae tell anyone, get in the back
t@ni :: grooming4 :: - :: he bought me a new phone so ma mum cant see our chats
t :: grooming4 :: adult_content :: are you home alone? put your camera on for me
t@sc :: grooming4 :: illegal_content,bullying :: he's got ma pics n says he'll send them tae everyone unless ah pay him £200
t@sc :: grooming4 :: drugs :: easy money wee man, just run a few parcels up tae dundee for us, we'll sort ye a phone n trainers
s :: grooming4 :: - :: older guy online says he loves me is that normal
t :: grooming4 :: - :: what school are you at? you look way older than 14 in your pics
t@ni :: grooming5 :: - :: meet me at the hotel in town after college, i've booked a room, don't bring your phone
t :: grooming4 :: adult_content,illegal_content :: ur so fit for 13, send a vid? i'll delete it after promise
t@ni :: grooming4 :: - :: ma boyfriend's 26 n ma mum would go mental so we keep it quiet
t@sc :: grooming4 :: drugs :: he gives us vapes n drink at his flat, his mates are there too
t@ni :: grooming5 :: - :: he's takin me tae a party in derry the weekend wi his mates, says ah can stay over at his
s :: grooming4 :: illegal_content :: what to do if a man online asked for nudes and i sent them
t :: grooming4 :: - :: {hg:dont tell anyone} bout us ok, they wouldnt get it
t@sc :: grooming4 :: - :: ah've put £50 on yer apple account, ye owe me a favour now 😉
s/vid :: grooming4 :: - :: man on roblox asking for my snap
t@ni :: grooming5 :: - :: i'll be parked round the corner from the chippy at 10, come out the back way so your ma doesnt see
# ---- bullying
t@sc :: bullying3 :: - :: naebody likes ye, ye smelly wee tramp, just leave the school
t :: bullying3 :: - :: everyone in the gc agreed ur a minger lol
t@sc :: bullying3 :: - :: we should aw block her n post the vid of her greetin in the toilets
t@sc :: bullying3 :: - :: ye fat bampot nae wonder yer da left
t@sc :: bullying3 :: hacking :: make a fake insta pretendin tae be him n post weird stuff
s :: bullying3 :: - :: how to stop people bullying me on snapchat
t@sc :: bullying3 :: - :: they call me names on the bus every single day n ah cannae take much more
t@sc :: bullying3 :: suicide :: go kill yerself naebody wants ye here
t@ni :: bullying3 :: - :: ur an absolute reject, even yer own mates slag ye when yer not there
t@sc :: bullying3 :: - :: naebody sit wi him at lunch, pass it on
t@ni :: bullying3 :: - :: they keep puttin ma stuff in the bin n laughin, the teachers never see it
t@sc :: bullying3 :: discrimination :: gaylord dinnae come near the changin rooms
t :: bullying3 :: - :: ur {sp:ugly} and everyone knows it
t@sc :: bullying3 :: violence :: wait till ye see whit we dae tae ye at the bus stop ya wee rat
t@ni :: bullying3 :: - :: made a group chat called 'we hate shannon' n added her tae it lmao
# ---- discrimination
t@ni :: discrimination3 :: - :: fenian scum the lot of them
t@ni :: discrimination3 :: - :: dirty orange b@stards marchin past our street again
t@ni :: discrimination3 :: radicalisation :: KAT 🇬🇧 get them oot
t@sc :: discrimination3 :: - :: f*ckin huns think they own the place
t@sc :: discrimination3 :: bullying :: go back tae poland ya scroungin tramp
t@sc :: discrimination3 :: bullying :: p4ki shop boy thinks he's hard
t@sc :: discrimination3 :: - :: travellers are aw thievin p*keys, keep them oot the park
t@sc :: discrimination3 :: bullying :: ye f@ggot get away fae me
t@ni :: discrimination3 :: - :: taigs oot
t@sc :: discrimination3 :: radicalisation,violence :: up to our knees in fenian blood 🎶
t@ni :: discrimination3 :: radicalisation,violence :: the only good taig is a deid taig
s :: discrimination3 :: radicalisation :: why are all muslims terrorists
t :: discrimination3 :: bullying :: shut up ya n1gg3r
t@sc :: discrimination3 :: - :: trannies shouldnae be allowed in our toilets, its disgustin
t :: discrimination3 :: radicalisation :: jews control the banks, everyone knows it
t@sc :: discrimination3 :: bullying :: ye absolute sp@stic cannae even catch a ball
t@ni :: discrimination3 :: violence,radicalisation :: {hg:croppies} lie down 🎶 let them burn
# ---- adult_content
s :: adult_content3 :: piracy :: onlyfans leaks free
d :: adult_content3 :: - :: www.xhamster.com
s :: adult_content3 :: - :: hentai
d :: adult_content3 :: - :: www.xvideos.com
d :: adult_content3 :: - :: xnxx.com
d :: adult_content3 :: - :: chaturbate.com
s :: adult_content3 :: - :: rule34 fortnite
s :: adult_content3 :: - :: nsfw discord servers 18+
s :: adult_content3 :: - :: {fw:xxx videos}
u :: adult_content3 :: - :: https://www.reddit.com/r/gonewild/
s :: adult_content3 :: hacking,piracy :: pornhub premium free account
w :: adult_content3 :: - :: Free Porn Videos & Sex Movies - Porno, XXX, Porn Tube | Pornhub - Google Chrome
d :: adult_content3 :: - :: spankbang.com
# ---- gambling
s@sc :: gambling2 :: - :: rangers v celtic odds
s@sc :: gambling2 :: - :: best acca tips for saturday spfl
s@ni :: gambling2 :: - :: paddy power free bet no deposit
d :: gambling2 :: - :: www.bet365.com
d@ni :: gambling2 :: - :: www.boylesports.com
d :: gambling2 :: - :: stake.com
s :: gambling2 :: - :: how to bet online under 18 without id
t@sc :: gambling2 :: - :: lumped ma ema on a 5 fold n lost the lot, gonnae win it back the morra
s :: gambling2 :: gaming :: csgo case opening sites free coins
t@sc :: gambling2 :: - :: lend us 20 quid, ah've got a sure thing on the celtic game
s :: gambling2 :: - :: {dot:sky bet} login
t@ni :: gambling2 :: - :: the bookies in the town dont id ye if ye use the machine up the back
w :: gambling2 :: - :: Stake.com - Online Casino & Sportsbook - Google Chrome
# ---- filter_bypass
s@sc :: filter_bypass2 :: - :: how tae get roond the school wifi block
s :: filter_bypass2 :: - :: unblocked games 66
d :: filter_bypass2 :: - :: www.croxyproxy.com
p :: filter_bypass2 :: - :: tor.exe
p :: filter_bypass2 :: - :: psiphon3.exe
d :: filter_bypass2 :: - :: protonvpn.com
d :: filter_bypass2 :: - :: www.proxysite.com
s :: filter_bypass2 :: - :: how to remove securly extension on school chromebook
t@sc :: filter_bypass2 :: - :: use the vpn ah sent ye, the college filter cannae see it
s :: filter_bypass2 :: - :: 8ypass g0guardian
w :: filter_bypass2 :: - :: CroxyProxy - The free and secure web proxy - Google Chrome
d :: filter_bypass2 :: - :: www.torproject.org
p :: filter_bypass2 :: - :: ProtonVPN.exe
# ---- hacking
s :: hacking3 :: - :: how to get someones snapchat password
s :: hacking3 :: - :: keylogger to put on a school computer
s :: hacking3 :: - :: ip booter free ddos xbox
s@sc :: hacking3 :: - :: how to hack seemis and change attendance
s :: hacking3 :: - :: crack my neighbours wifi password
s :: hacking3 :: - :: roblox account stealer script
t@sc :: hacking3 :: - :: ah got the teacher's password aff the post-it on her desk, we can get intae the exam folder
s :: hacking2 :: - :: loic download
p :: hacking2 :: - :: mimikatz.exe
s :: hacking3 :: - :: how to log into someones instagram without them knowing
# ---- illegal_content
s@ni :: illegal_content3 :: - :: where tae get a fake id in belfast
s :: illegal_content5 :: adult_content :: telegram groups young teen nudes
t@sc :: illegal_content4 :: adult_content,bullying :: someone sent me nudes of a lassie in 4th year, will ah send them on?
s :: illegal_content3 :: - :: buy counterfeit £20 notes uk
s :: illegal_content3 :: hacking :: fullz uk cheap
t@sc :: illegal_content3 :: grooming :: earn £500 a week just let us use yer bank account, nae risk
s :: illegal_content3 :: - :: fake driving licence uk next day delivery
t@sc :: illegal_content4 :: bullying,adult_content :: ah've got the vid of her fae the party, gonnae airdrop it roond the whole year
s :: illegal_content5 :: adult_content,filter_bypass :: cp links dark web
s :: illegal_content3 :: drugs,filter_bypass :: dark web market link 2026
t@ni :: illegal_content4,suicide4 :: bullying,grooming,adult_content :: everyone's seen the pics i sent him, its all over the year group, i want tae die
# ---- piracy
s@sc :: piracy1 :: - :: watch rangers v celtic free stream
d :: piracy1 :: - :: thepiratebay.org
d :: piracy1 :: - :: 1337x.to
s :: piracy1 :: - :: fc 26 crack download pc
s :: piracy1 :: - :: 123movies wicked full movie
p :: piracy1 :: - :: uTorrent.exe
s :: piracy1 :: - :: spotify premium apk free download
# ---- gaming
d :: gaming1 :: - :: www.roblox.com
s :: gaming1 :: - :: fortnite item shop today
p :: gaming1 :: - :: RobloxPlayerBeta.exe
p :: gaming1 :: - :: steam.exe
d :: gaming1 :: - :: www.epicgames.com
s :: gaming1 :: - :: minecraft servers uk survival
# ---- social_media
d :: social_media1 :: - :: www.instagram.com
d :: social_media1 :: - :: web.snapchat.com
s :: social_media1 :: - :: instagram login
u :: social_media1 :: - :: https://www.instagram.com/direct/inbox/
w :: social_media1 :: - :: (2) Instagram - Google Chrome
d :: social_media1 :: - :: www.tiktok.com
# ---- more domains (positives)
d :: adult_content3 :: - :: www.pornhub.com
d :: adult_content3 :: - :: www.redtube.com
d :: adult_content3 :: - :: onlyfans.com
d :: adult_content3 :: - :: rule34.xxx
d@ni :: gambling2 :: - :: www.paddypower.com
d :: gambling2 :: - :: www.betfair.com
d :: gambling2 :: - :: sports.coral.co.uk
d :: gambling2 :: gaming :: csgoempire.com
d :: filter_bypass2 :: - :: nordvpn.com
d :: filter_bypass2 :: - :: windscribe.com
d :: filter_bypass2 :: - :: psiphon.ca
d :: filter_bypass2 :: - :: www.hidemyass.com
d :: piracy1 :: - :: yts.mx
d :: gaming1 :: - :: www.twitch.tv
d :: social_media1 :: gaming :: discord.com
d :: social_media1 :: - :: www.facebook.com
d :: radicalisation4 :: discrimination :: www.stormfront.org
d :: hacking2 :: - :: hackforums.net
# ============================ HARD NEGATIVES ============================
# ---- Troubles / Good Friday Agreement coursework
s/wiki@ni :: - :: - :: good friday agreement 1998 summary for gcse history
s@ni :: - :: - :: causes of the troubles northern ireland revision notes
s :: - :: - :: bloody sunday 1972 saville inquiry findings
s@ni :: - :: - :: uvf 1912 ulster covenant home rule crisis
s/wiki :: - :: - :: history of the ira from 1919 to the provisional split
w@ni :: - :: - :: Ulster Volunteer Force - Wikipedia - Google Chrome
t/doc@ni :: - :: - :: The Provisional IRA's bombing campaign in England, such as the 1996 Manchester bomb, put pressure on the British government to negotiate.
t/doc@ni :: - :: - :: Loyalist paramilitaries such as the UDA and UVF carried out sectarian murders, and both announced a ceasefire in October 1994.
s :: - :: - :: omagh bomb 1998 victims memorial garden
s@ni :: - :: - :: enniskillen poppy day bombing 1987 gordon wilson interview
s :: - :: - :: 1981 hunger strikes bobby sands essay
s@ni :: - :: - :: why did power sharing at stormont collapse in 2022
t/doc@ni :: - :: - :: Punishment beatings were used by paramilitaries on both sides to control their areas, which is one reason the Patten reforms to policing mattered so much.
t/doc@ni :: - :: - :: My granda told me about the night they were burnt out of their house in 1969, which is why I picked this for my oral history project.
s@ni :: - :: - :: ccea gcse history troubles past paper 2024 mark scheme
s@ni :: - :: - :: peace walls belfast black taxi tour price
s@ni :: - :: - :: bloody friday 1972 timeline of the bombs
s@ni :: - :: - :: how did the troubles end essay plan
u@ni :: - :: - :: https://en.wikipedia.org/wiki/Provisional_Irish_Republican_Army
u@ni :: - :: - :: https://www.bbc.co.uk/bitesize/guides/zt4mn39/revision/3
t/doc@ni :: - :: - :: Source B shows a mural of masked gunmen, which suggests that paramilitaries wanted to appear as defenders of their community.
w@ni :: - :: - :: The Troubles: 1969-1998 - GCSE History Revision - CCEA - BBC Bitesize - Google Chrome
s/vid :: - :: - :: the troubles explained in 10 minutes
# ---- marching season, bonfires, parades
s@ni :: - :: - :: eleventh night bonfire height record news
s@ni :: - :: - :: twelfth of july parade route belfast road closures
s@ni :: - :: - :: parades commission determination ardoyne
s@ni :: - :: - :: apprentice boys parade derry august
d@ni :: - :: - :: www.paradescommission.org
w@ni :: - :: - :: Bonfire builders told to remove tyres ahead of Eleventh Night - BBC News NI - Google Chrome
t@ni :: - :: - :: are ye goin tae the field on the twelfth? ma granda's walkin wi his lodge again
s@ni :: - :: - :: battle of the boyne 1690 william of orange for kids
s@ni :: - :: - :: scarva sham fight 13th july
t@ni :: - :: - :: the bonfire at the end of our street is massive this year, the fire brigade were round checkin it
s@sc :: - :: - :: orange walk glasgow road closures saturday
# ---- Irish language, Ulster Scots, Scots
s@ni :: - :: - :: gaeilge gcse oral exam phrases
s@ni :: - :: - :: dia duit meaning
s@ni :: - :: - :: identity and language act 2022 irish language explained
t@ni :: - :: - :: go raibh maith agat for the notes a chara!
s@ni :: - :: - :: ulster scots words wee dander
s@ni :: - :: - :: what does thran mean ulster scots
s@ni :: - :: - :: tiocfaidh ar la meaning
s@sc :: - :: - :: scots language words for higher english talk
# ---- GAA and other sport
s@ni :: - :: - :: antrim gaa fixtures
s@ni :: - :: - :: how to solo in gaelic football
s :: - :: - :: all ireland hurling final highlights 2026
d@ni :: - :: - :: www.gaa.ie
t@ni :: - :: - :: hurlin trainin's moved tae thursday, bring yer helmet n a hurl
s/amz@ni :: - :: - :: hurling helmet mycro
s@ni :: - :: - :: junior boxing club belfast
s@sc :: - :: - :: kickboxing classes for kids glasgow
t@sc :: - :: - :: we got hammered 5-0, the keeper was honestly shockin
t :: - :: - :: the ref got absolutely slaughtered by the fans lol, worst decision ever
# ---- Rangers, Celtic, Old Firm (harmless)
s@sc :: - :: - :: rangers v celtic highlights
s@sc :: - :: - :: old firm derby result
s@sc :: - :: - :: ibrox disaster 1971 memorial
t@sc :: - :: - :: we absolutely murdered them 3-0, best derby in years 😂
t@sc :: - :: - :: see that last minute winner? am deid 💀💀
t@sc :: - :: - :: follow follow, we will follow rangers 🔴⚪🔵
t@sc :: - :: - :: hail hail the celts are here, what a night at parkhead
t@sc :: - :: - :: the fields of athenry at the end gave me chills
d@sc :: - :: - :: www.rangers.co.uk
d@sc :: - :: - :: www.celticfc.com
s@sc :: - :: - :: nil by mouth anti sectarian workshop for schools
w@sc :: - :: - :: Celtic 2-2 Rangers: Old Firm derby ends all square at Parkhead - BBC Sport - Google Chrome
s@sc :: - :: - :: why is the old firm rivalry so intense modern studies
# ---- Scots / Ulster slang, jokes and hyperbole
t@sc :: - :: - :: am deid 😂😂 did ye see his face
t@sc :: - :: - :: that's pure dead brilliant so it is
t@sc :: - :: - :: the wean's greetin cos she dropped her piece in a puddle
t@sc :: - :: - :: ma heid's burstin wi this maths homework
t@sc :: - :: - :: haha ye bampot ye forgot yer keys again
t@sc :: - :: - :: ma da was steamin at the weddin, up dancin on the tables
t :: - :: - :: i'm dying 😂 that video of the dog with the hat
t@sc :: - :: - :: ah could murder a munchie box right now
t@sc :: - :: - :: ma maw's gonnae kill me, ah've lost ma bus pass again
t@sc :: - :: - :: this essay is killin me, how many words is it meant tae be
t@sc :: - :: - :: ye absolute weapon 😂 ye walked intae the door
t@sc :: - :: - :: that exam wis a massacre, ah got slaughtered on the last question
t :: - :: - :: i'll batter ye at fifa later, mark my words
t :: - :: - :: i want to die of embarrassment, tripped up the stairs in front of the whole class
t@ni :: - :: - :: dead good chippy on the lisburn road, ye have tae try it
t@sc :: - :: - :: stop yer greetin ye big wean, it's only a paper cut lol
t :: - :: - :: i'll kill my brother if he eats my leftover pizza again 😤
t@sc :: - :: - :: ah could kill‖ for a chippy right now
t@ni :: - :: - :: catch yerself on, it's only a wee test
t@ni :: - :: - :: that film was wick so it was, i nearly boked
t@ni :: - :: - :: i was scundered when my ma turned up at the school gates in her dressing gown
t :: - :: - :: i want to d‖ye my hair pink for the charity day
t@sc :: - :: - :: am gonnae‖ end up failin this if ah don't start revisin
t :: - :: - :: how do i hang‖ the bunting for the bake sale without a ladder
t@sc :: - :: - :: ah'm gonnae jump‖ aff the high board at the baths the morra, finally
t :: - :: - :: they're gonna shoot‖ the music video in the school hall on friday
t@ni :: - :: - :: kill me now, double maths and then pe in the rain
t@ni :: - :: - :: bout ye, are ye coming to the bonfire night fireworks at the park?
# ---- Burns, Scottish history, set texts
s@sc :: - :: - :: to a mouse robert burns analysis
s@sc :: - :: - :: burns night address to a haggis words
s@sc :: - :: - :: tam o shanter summary higher english
s@sc :: - :: - :: scots wha hae lyrics meaning
t/doc@sc :: - :: - :: In "Scots Wha Hae", Burns imagines Robert the Bruce urging his men to "lay the proud usurpers low", linking bloody sacrifice with freedom.
s/wiki@sc :: - :: - :: battle of bannockburn 1314 how many died
s@sc :: - :: - :: highland clearances sutherland evictions burning houses
s@sc :: - :: - :: how was william wallace executed
s@sc :: - :: - :: why does duror kill himself the cone gatherers
s :: - :: - :: of mice and men why does george shoot lennie
s :: - :: - :: lady macbeth suicide quotes act 5
s :: - :: - :: romeo and juliet why do they kill themselves
s :: - :: - :: an inspector calls eva smith drank disinfectant theme of responsibility
t/doc@sc :: - :: - :: Duror's suicide at the end of the novel shows how his hatred of Calum has destroyed him from the inside.
u@sc :: - :: - :: https://en.wikipedia.org/wiki/Battle_of_Bannockburn
w@sc :: - :: - :: Robert Burns - To a Mouse.pptx - PowerPoint
# ---- Modern Studies, RMPS, essays on terrorism, drugs, crime
s@sc :: - :: - :: modern studies essay terrorism causes and responses
s@sc :: - :: - :: drugs policy scotland decriminalisation debate
s@sc :: - :: - :: glasgow safer drug consumption facility thistle evaluation
s@sc :: - :: - :: scotland drug deaths statistics nrs
t/doc@sc :: - :: - :: Scotland has the highest rate of drug deaths in Europe, and many argue that treating addiction as a health issue rather than a crime would save lives.
t/doc@sc :: - :: - :: The UK government proscribes organisations such as the New IRA and National Action under the Terrorism Act 2000, which makes membership a criminal offence.
s@sc :: - :: - :: prevent strategy criticism modern studies
s@sc :: - :: - :: county lines exploitation essay modern studies
s@sc :: - :: - :: knife crime scotland violence reduction unit success
s :: - :: - :: gambling adverts on football shirts ban debate
t/doc@sc :: - :: - :: One argument against the death penalty is that innocent people have been executed, so it cannot be reversed.
s@ni :: - :: - :: paramilitary style attacks statistics psni 2025
t/doc :: - :: - :: Cyberbullying can include sending abusive messages, sharing embarrassing images and excluding someone from group chats.
s@sc :: - :: - :: rmps euthanasia arguments for and against
# ---- staff safeguarding training and practice
s+staff :: - :: - :: safeguarding training spotting the signs of grooming
s+staff :: - :: - :: nspcc responding to a disclosure of self harm
t/mail+staff@ni :: - :: - :: If a learner tells you they are under threat from a paramilitary group, do not promise confidentiality; record it and pass it to the Designated Safeguarding Lead the same day.
s+staff@ni :: - :: - :: prevent duty training northern ireland paramilitary influence young people
s+staff :: - :: - :: safetalk suicide prevention training for teachers
s+staff@ni :: - :: - :: asist applied suicide intervention skills training belfast
s+staff :: - :: - :: county lines warning signs for school staff
t/doc+staff :: - :: - :: Warning signs of child sexual exploitation include older boyfriends, unexplained gifts, and going missing from home.
s+staff :: - :: - :: how to talk to a student about self harm scars
s+staff :: - :: - :: ceop sextortion guidance for schools
s+staff@ni :: - :: - :: lifeline northern ireland crisis number poster for classrooms
t/mail+staff@ni :: - :: - :: Agenda: 1. Drug debt and intimidation in the community 2. Referral routes to PSNI and Youth Justice 3. AOB
s+staff :: - :: - :: samaritans media guidelines reporting suicide
w+staff :: - :: - :: Safeguarding CPD: Contextual safeguarding and paramilitary-style attacks | Microsoft Teams
t/mail+staff@sc :: - :: - :: Reminder that the online safety assembly on sextortion and sharing nudes is period 2 on Thursday for S3 and S4.
t/doc+staff :: - :: - :: Learners who are being bullied may become withdrawn, avoid certain places and lose interest in their work.
s+staff :: - :: - :: internet watch foundation report images of children
s+staff :: - :: - :: how do students bypass web filters staff guide
s+staff@ni :: - :: - :: sectarianism education resources for further education
# ---- health information
s :: - :: - :: how much paracetamol can you take in a day for toothache
s :: - :: - :: difference between ibuprofen and paracetamol
s :: - :: - :: how to treat a burn from the oven
s :: - :: - :: st john ambulance first aid deep cut bleeding
s :: - :: - :: symptoms of anxiety in teenagers nhs inform
s :: - :: - :: type 1 diabetes insulin dose calculator carbs
s@ni :: - :: - :: sexual health clinic belfast opening times
s :: - :: - :: naked mole rat facts
s :: - :: - :: my dog ate chocolate what do i do
# ---- vocational work
s :: - :: - :: how to sharpen a chefs knife on a whetstone
s :: - :: - :: butchery boning knife technique for a leg of lamb
s :: - :: - :: how to cut a skin fade with clippers
s :: - :: - :: razor cutting techniques for hairdressing level 2
s :: - :: - :: how to strip down a car engine level 2 motor vehicle
s :: - :: - :: nursing overdose awareness module nmc
s :: - :: - :: nail gun safety on site
s/vid@sc :: - :: - :: hnc cyber security kali linux lab setup virtualbox
s :: - :: - :: comptia security plus penetration testing ethics
s@ni :: - :: - :: how to castrate lambs with rubber rings cafre
s :: - :: - :: childcare level 3 safeguarding unit assessment criteria
s/amz :: - :: - :: kitchen knife set professional chef
s :: - :: - :: how to kill a python process in windows
s :: - :: - :: execute sql query from python
s@ni :: - :: - :: how to shoot a fox that's attacking lambs firearms certificate ni
t/doc :: - :: - :: Hazard: cutting yourself on the mandoline slicer. Control: use the finger guard and cut-resistant gloves.
s/vid :: - :: - :: stage combat tutorial drama slap and punch safely
# ---- news, politics, society
s@ni :: - :: - :: psni appeal after pipe bomb found in north belfast
w@ni :: - :: - :: Man forced from home by paramilitaries speaks out - BBC News NI - Google Chrome
s@sc :: - :: - :: glasgow stabbing news today
s@ni :: - :: - :: stormont budget 2026 education cuts
s@ni :: - :: - :: lyra mckee documentary
s :: - :: - :: fake news lesson how to spot misinformation
s :: - :: - :: counterfeit goods trading standards essay
d@ni :: - :: - :: www.belfasttelegraph.co.uk
d@sc :: - :: - :: www.dailyrecord.co.uk
d@ni :: - :: - :: www.irishnews.com
u :: - :: - :: https://www.bbc.co.uk/news/uk-northern-ireland
s :: - :: - :: proxy vote scotland how to apply
s :: - :: - :: how to unblock a kitchen sink without a plunger
# ---- music, film, games (level-1 noise allowed)
s@ni :: - :: - :: kneecap band tour dates
s@sc :: - :: - :: world pipe band championships glasgow green
s :: - :: - :: how to get more kills in warzone
t :: - :: - :: i killed him with a headshot from across the map 😂
s :: - :: - :: minecraft how to make a tnt cannon
t :: - :: - :: get the squad on, we're gonna destroy them in ranked
s :: - :: - :: cocaine bear film cast
s :: - :: - :: suicide squad cast
s :: - :: - :: the virgin suicides book themes
s :: - :: - :: bath bomb recipe without citric acid
s :: - :: - :: seed bombs for wildflowers school project
s :: - :: - :: hamlet to be or not to be analysis
w :: - :: - :: Kneecap - Irish language hip hop trio live at the Ulster Hall - YouTube - Google Chrome
s :: - :: - :: how to shoot a basketball properly
s :: - :: - :: bomb cyclone meaning weather
s :: - :: - :: hanging baskets autumn planting
s :: - :: - :: punch recipe for a christmas party non alcoholic
# ---- words that look like slurs, but are not
s :: - :: - :: fenian cycle irish mythology fionn mac cumhaill
s :: - :: - :: fenian rising 1867
s :: - :: - :: attila the hun invasion of the roman empire
s :: - :: - :: tadhg name pronunciation
s@ni :: - :: - :: the croppy boy song 1798 rebellion history
s@ni :: - :: - :: orange order museum belfast
s :: - :: - :: black history month ideas for school
s :: - :: - :: show racism the red card workshop
s :: - :: - :: sectarianism in scotland modern studies essay
s :: - :: - :: what was the transatlantic slave trade gcse
# ---- grooming-like, drugs-like, gambling-like, bypass-like, hacking-like but innocent
t :: - :: - :: keep it a secret, it's a surprise party for mum
t@sc :: - :: - :: meet me at the library at 3 for the group project
t :: - :: - :: send us a pic of the homework sheet please
t :: - :: - :: our wee secret, don't tell dad about his present
t@ni :: - :: - :: my tutor said to come to the office at lunch to go over my essay
t :: - :: - :: what school do you go to? my cousin might be starting there in august
t@sc :: - :: - :: ah'll pick ye up fae trainin at 8, yer da's workin late
t :: - :: - :: can you send me a photo of the timetable
s :: - :: - :: weed killer safe for pets
s :: - :: - :: probability of winning the lottery gcse maths
s :: - :: - :: expected value betting odds maths lesson
t :: - :: - :: bet you cant do 10 keepy uppies
s+staff :: - :: - :: college vpn for staff remote access how to connect
s@sc :: - :: - :: hackathon glasgow students
s :: - :: - :: drug driving law scotland
s :: - :: - :: drugs in sport essay pe
s :: - :: - :: pharmacology revision beta blockers names
s@ni :: - :: - :: rse curriculum northern ireland relationships and sexuality
s :: - :: - :: bleach to clean mould in the bathroom
t@sc :: - :: - :: see when ye get a minute can ye send us the notes fae chemistry
t :: - :: - :: pls dont tell anyone i failed the driving test again 😭
# ---- plain browsing, domains, processes, documents
d :: - :: - :: www.bbc.co.uk
d :: - :: - :: outlook.office365.com
d@ni :: - :: - :: www.nidirect.gov.uk
d@ni :: - :: - :: www.ccea.org.uk
d@sc :: - :: - :: www.sqa.org.uk
d@sc :: - :: - :: glow.rmunify.com
d :: - :: - :: classroom.google.com
d@sc :: - :: - :: www.youngscot.net
p :: - :: - :: WINWORD.EXE
p :: - :: - :: Teams.exe
p :: - :: - :: acad.exe
p :: - :: - :: VirtualBox.exe
w :: - :: - :: Macbeth_essay_draft2.docx - Word
w@ni :: - :: - :: Lambing 2026 - CAFRE handbook.pdf - Adobe Acrobat Reader
w :: - :: - :: Good Friday Agreement - Wikipedia - Mozilla Firefox
w@ni :: - :: - :: Twelfth of July parades: Road closures in Belfast - BBC News NI - Microsoft Edge
u@ni :: - :: - :: https://www.nidirect.gov.uk/articles/parades-and-protests
u@sc :: - :: - :: https://www.sqa.org.uk/sqa/47452.html
u@sc :: - :: - :: https://en.wikipedia.org/wiki/Highland_Clearances
t/box@sc :: - :: - :: train times glasgow central to paisley
# ---- more domains (negatives)
d@sc :: - :: - :: www.nhsinform.scot
d@ni :: - :: - :: www.psni.police.uk
d@sc :: - :: - :: www.scotland.police.uk
d@ni :: - :: - :: www.translink.co.uk
d@sc :: - :: - :: www.scotrail.co.uk
d :: - :: - :: www.essex.ac.uk
d :: - :: - :: www.sussex.ac.uk
d :: - :: - :: www.middlesex.ac.uk
d :: - :: - :: www.arsenal.com
d :: - :: - :: www.ucas.com
d@ni :: - :: - :: www.irishfa.com
d@sc :: - :: - :: spfl.co.uk
d+staff :: - :: - :: www.nspcc.org.uk
d :: - :: - :: quizlet.com
d :: - :: - :: www.khanacademy.org
d :: - :: - :: www.canva.com
d :: - :: - :: login.microsoftonline.com
d@ni :: - :: - :: visitbelfast.com
"""


def parse_corpus(src):
    entries = []
    for raw in src.splitlines():
        ln = raw.strip()
        if not ln or ln.startswith("#"):
            continue
        parts = [p.strip() for p in ln.split(" :: ")]
        if len(parts) != 4:
            raise SystemExit("bad corpus line: %r" % raw)
        k, ex, al, text = parts
        m = re.match(r"^([stwudp])(?:/(\w+))?((?:@(?:ni|sc)|\+staff)*)$", k)
        if not m:
            raise SystemExit("bad kind: %r" % raw)
        kind, pool = m.group(1), m.group(2)
        rm = re.search(r"@(ni|sc)", m.group(3))
        region, staff = (rm.group(1) if rm else None), ("+staff" in m.group(3))
        expect = []
        if ex != "-":
            for tok in ex.split(","):
                mm = re.match(r"^([a-z_]+)([1-5])$", tok.strip())
                if not mm:
                    raise SystemExit("bad expect %r in %r" % (tok, raw))
                expect.append({"category": mm.group(1), "min_level": int(mm.group(2))})
        allow = [] if al == "-" else [a.strip() for a in al.split(",")]
        entries.append({"kind": kind, "pool": pool if kind == "s" else None,
                        "sub": pool if kind == "t" else None, "region": region, "staff": staff,
                        "expect": expect, "allow": allow, "text": text})
    return entries


CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination", "adult_content", "drugs",
        "gambling", "violence", "filter_bypass", "hacking", "piracy", "gaming", "social_media", "illegal_content"]


def build():
    entries = parse_corpus(CORPUS)
    for e in entries:
        for x in e["expect"]:
            assert x["category"] in CATS, x
        for a in e["allow"]:
            assert a in CATS, a
    order = sorted(range(len(entries)), key=lambda i: hashlib.sha256(
        ("order|%s|%s" % (entries[i]["kind"], entries[i]["text"])).encode("utf-8")).hexdigest())
    return [build_item(k + 1, entries[i]) for k, i in enumerate(order)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout31.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter
        cat, lvl, fmt = Counter(), Counter(), Counter()
        pos = sum(1 for it in items if it["expect"])
        for it in items:
            fmt[it["format"]] += 1
            for x in it["expect"]:
                cat[x["category"]] += 1
                lvl["%s>=%d" % (x["category"], x["min_level"])] += 1
        print("items %d  positive %d  negative %d" % (len(items), pos, len(items) - pos))
        print("multi-line items %d" % sum(1 for it in items if "lines" in it))
        print("per category:")
        for k in CATS:
            print("  %-16s %3d" % (k, cat[k]))
        print("per format:")
        for k, v in sorted(fmt.items()):
            print("  %-12s %3d" % (k, v))
        print("per category/min_level:")
        for k, v in sorted(lvl.items()):
            print("  %-22s %3d" % (k, v))


if __name__ == "__main__":
    main()
