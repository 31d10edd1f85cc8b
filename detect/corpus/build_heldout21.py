#!/usr/bin/env python3
"""Build heldout21.jsonl: a hand-labelled held-out corpus for Guardline (adult and vocational provider).

Perspective
-----------
Written from the chair of the safeguarding team of an adult and vocational provider: an adult
community learning service plus an apprenticeship training provider.  Learners are 16-65:
apprentices in construction, hair and beauty / barbering, health and social care, early years,
hospitality and butchery, engineering, IT and cyber, security guarding, warehouse and logistics;
adult ESOL, Access to HE, English and maths resits; and staff.  Their coursework and jobs are full
of risk vocabulary used innocently (care workers reading about ligatures, overdose and restraint;
early-years students on grooming signs, intimate care and the age of consent; chefs and butchers on
knives and killing shellfish; barbers on cut-throat razors; pharmacy technicians on toxic doses;
vet nurses on euthanasia; funeral apprentices on embalming; door supervisors on weapons searches and
reasonable force; cyber apprentices on Metasploit, hashcat and TryHackMe).  The real risks are
those of adults and older teenagers: debt, redundancy and divorce driving suicidal thinking,
self-harm, domestic abuse, labour and criminal exploitation of ESOL learners and young apprentices,
sextortion, staff grooming a 16-17 year old apprentice, radicalisation of older men online, hate and
bullying at work, threats against managers.  About half the items are hard negatives.

Every line, query, message and label here was written by hand for this file.  The generator only
dresses each item in a log format.

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3; min_level is the lowest level a safeguarding lead would
  accept for the item.
* suicide: 5 for a method, means, plan, timing or a note/farewell tied to means ("got the pills",
  "rope ... tonight", "how many paracetamol to die"); 4 for ideation without method ("whats the
  point", "better off without me", a farewell with no means stated, visiting r/SuicideWatch).
* self_harm: 4; 5 only for an injury happening now ("bleeding ... wont stop").  Eating-disorder
  (pro-ana, thinspo, starving myself) content is filed under self_harm.
* grooming covers sexual grooming, staff/position-of-trust grooming of 16-17 year olds,
  sextortion, and criminal or labour exploitation (county lines, debt bondage, passport taken):
  4 for grooming signs; 5 when a meeting is being arranged with secrecy from a parent.
* violence covers domestic abuse as well as threats and attacks: victim disclosures and coercive /
  financial control 4; strangulation with a threat to kill 5; threats with a weapon, a target and a
  time 5; attack methods (bombs, poison, vehicle ramming, chloroform) 5; weapon buying 3-4.
* radicalisation: conspiracy narratives 3; propaganda, proscribed groups, recruitment 4; travel to
  join a terrorist group 5.  An incitement to burn an asylum hotel expects both radicalisation and
  violence.
* bullying and discrimination: 3.  "kys" aimed at someone else is bullying (suicide allowed).
* illegal_content: seeking child sexual abuse material 5; forged documents, counterfeit money,
  stolen card data, dark-web markets 3.
* drugs 3 (buying, use); gambling 2 (including Gamstop evasion; a gambling-debt suicide
  message is suicide with gambling allowed); filter_bypass 2; hacking 3 for someone else's
  account, stalkerware or malware and 2 for tools, cracking and grade tampering;
  piracy, gaming, social_media 1.
* Negatives: coursework, professional practice and staff safeguarding work (a care worker logging
  that a resident "wants to die", a DSL asking about a logged self-harm disclosure, Prevent and
  Channel admin), support organisations (GamCare, Mind, NSPCC), hyperbole ("this rota is killing
  me"), Scunthorpe-style domains, and filter over-blocking of innocent pages.  Training and lab
  use of security tools by cyber apprentices is a negative.
* "allow" names a second category only where it is genuinely arguable (e.g. sextortion may also
  read as adult_content; a groomer's drug-running request may read as drugs).

Formats
-------
squid (native, and the custom sni=/bump= logformat), clf (common and combined), e2guardian
(formats 2, 4, 6), unbound (ASCII and epoch prefix), dnsmasq (plain, extra, Pi-hole), bind (query
and RPZ), zeek-dns and zeek-http (JSON and TSV with headers), endpoint (text_capture incl.
fragment streams, window_title, url_visit, process_start) and auto.  Some lines are wrapped in
RFC 3164 / RFC 5424 syslog or an rsyslog JSON envelope.

Determinism
-----------
Standard library only.  Items are ordered by SHA-256 of their content; every other choice for
item n (format, user, device, site, IPs, ports, time stamps, engine, URL encoding, homoglyph
positions, wrapping) comes from SHA-256("heldout21/<n>/<k>").  Reruns are byte-identical.

Usage:  python3 build_heldout21.py [--out PATH] [--stats]
"""

import argparse
import datetime
import hashlib
import json
import os
import re
import urllib.parse

# ---------------------------------------------------------------------------
# Deterministic "randomness": every choice for item number n comes from
# SHA-256("heldout21/<n>/<k>") for k = 0, 1, 2, ...  No random module, no clock.
# ---------------------------------------------------------------------------

class H:
    def __init__(self, n):
        self.n = n
        self.k = 0

    def u(self):
        d = hashlib.sha256(("heldout21/%d/%d" % (self.n, self.k)).encode()).digest()
        self.k += 1
        return int.from_bytes(d[:8], "big")

    def below(self, m):
        return self.u() % m

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def wpick(self, pairs):
        total = sum(w for _, w in pairs)
        r = self.below(total)
        for v, w in pairs:
            if r < w:
                return v
            r -= w
        return pairs[-1][0]

    def chance(self, p):
        return self.below(10000) < int(p * 10000)


CATEGORIES = {"suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"}

# ---------------------------------------------------------------------------
# People, devices, network
# ---------------------------------------------------------------------------

LEARNERS = ["d.mensah", "a.kowalska", "j.obrien", "m.begum", "t.nguyen", "r.hussain",
            "k.adeyemi", "s.mcallister", "l.fernandes", "p.wozniak", "b.ali", "c.robinson",
            "g.thompson", "f.osei", "w.jones", "n.patel", "o.murphy", "y.khan", "i.kaur",
            "e.popescu", "j.higgins", "r.doherty", "s.begum", "c.wright", "m.lewandowski"]
APPRENTICES = ["app24-0317", "app25-1182", "app25-0409", "app24-2210", "kyle.dawson",
               "chloe.b", "app25-0771", "tyler.m", "app24-1903", "jade.r"]
ESOL = ["h.ahmadi", "z.haidari", "n.tesfaye", "m.rahimi", "a.abdi", "o.kovalenko",
        "s.haile", "r.ionescu", "f.nouri", "t.mekonnen"]
STAFF = ["g.hughes", "s.okoro", "p.lindqvist", "m.ferreira", "d.walsh", "r.chaudhry",
         "j.pemberton", "a.sutcliffe", "k.brennan"]

DOMAIN_NT = "WVALE"
EMAIL_DOM = {"learner": "learner.wealdvale.ac.uk", "apprentice": "learner.wealdvale.ac.uk",
             "esol": "learner.wealdvale.ac.uk", "staff": "wealdvale.ac.uk"}

DEVICES = {
    "hsc": ["HSC-LAB-PC03", "HSC-LAB-PC11", "HSC-CB-207"],
    "ey": ["EY-CB-014", "EY-LAB-PC06"],
    "constr": ["CONSTR-TAB-03", "CONSTR-WS-02", "PLUMB-PC-05"],
    "hair": ["SALON-TAB-2", "SALON-PC-01", "BARBER-TAB-1"],
    "cyber": ["CYBER-WS-11", "CYBER-WS-04", "IT-LAB-PC19"],
    "esol": ["ESOL-CB-031", "ESOL-CB-044", "ESOL-CB-052"],
    "kitchen": ["KITCHEN-TAB-1", "HOSP-PC-02"],
    "staff": ["STAFF-LT-204", "STAFF-LT-117", "STAFF-PC-SAFEG1", "STAFF-LT-088"],
    "sec": ["SEC-TRN-PC05", "SEC-TRN-PC02"],
    "whse": ["WHSE-KIOSK-02", "LOGI-PC-07"],
    "eng": ["ENG-WS-09", "ENG-WS-14"],
    "pharm": ["PHARM-PC-03"],
    "vet": ["ANIMAL-PC-02"],
    "access": ["ACCESS-LT-45", "ACCESS-LT-12", "ACCESS-LT-30"],
    "gen": ["LIB-PC-18", "LIB-PC-22", "LRC-CB-119", "LRC-CB-088", "DROPIN-PC-04",
            "OUTREACH-LT-07", "LRC-CB-140", "LIB-PC-31"],
}
SITES = ["main", "riverside", "eastgate-tc", "north-acl"]
SITE_NET = {"main": 20, "riverside": 31, "eastgate-tc": 44, "north-acl": 57}

UAS = [
    ("chrome", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"),
    ("chrome", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
    ("edge", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"),
    ("firefox", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"),
    ("chrome", "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"),
    ("safari", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"),
    ("chrome", "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36"),
]

BROWSERS = {
    "chrome": ("chrome.exe", "Google Chrome"),
    "edge": ("msedge.exe", "Microsoft\u200b Edge"),
    "firefox": ("firefox.exe", "Mozilla Firefox"),
}

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EPOCH0 = datetime.datetime(2026, 9, 7, 0, 0, 0, tzinfo=datetime.timezone.utc)
BST_END = datetime.datetime(2026, 10, 25, 1, 0, 0, tzinfo=datetime.timezone.utc)


class Ctx:
    """Everything about one item's surroundings, drawn from the item's hash."""

    def __init__(self, h, who, area):
        self.h = h
        if who is None:
            who = h.wpick([("learner", 60), ("apprentice", 25), ("esol", 8), ("staff", 7)])
        self.who = who
        pool = {"learner": LEARNERS, "apprentice": APPRENTICES, "esol": ESOL, "staff": STAFF}[who]
        self.uname = h.pick(pool)
        if area is None:
            area = "staff" if who == "staff" else ("esol" if who == "esol" else "gen")
        self.device = h.pick(DEVICES[area])
        self.site = h.pick(SITES)
        net = SITE_NET[self.site]
        self.ip = "10.%d.%d.%d" % (net, h.below(64) + 1, h.below(250) + 4)
        self.port = 49152 + h.below(16000)
        day = h.below(102)
        hour = h.wpick([(8, 8), (9, 12), (10, 12), (11, 12), (12, 10), (13, 11), (14, 11),
                        (15, 10), (16, 8), (17, 5), (18, 4), (19, 4), (20, 3), (21, 3),
                        (22, 2), (23, 2), (0, 1), (1, 1), (6, 1), (7, 3)])
        self.t = EPOCH0 + datetime.timedelta(days=day, hours=hour, minutes=h.below(60),
                                             seconds=h.below(60), milliseconds=h.below(1000))
        bkey = h.wpick([("chrome", 60), ("edge", 25), ("firefox", 15)])
        self.browser = bkey
        ua_choices = [u for b, u in UAS if b == bkey or (bkey == "chrome" and b in ("chrome", "safari"))]
        self.ua = h.pick(ua_choices)
        self.upstream = "%d.%d.%d.%d" % (h.pick([142, 172, 104, 151, 185, 13, 52, 23]),
                                         h.below(250) + 1, h.below(250) + 1, h.below(250) + 1)
        self.resolver = h.pick(["10.0.0.53", "10.0.0.54"])
        self.with_site = h.chance(0.6)     # agent config: same for every event of the item
        self.with_url = h.chance(0.3)

    # user name as seen by the proxy (authenticated) and by the endpoint agent
    def proxy_user(self):
        r = self.h.below(100)
        if r < 7:
            return "-"
        if r < 25:
            return "%s@%s" % (self.uname, EMAIL_DOM[self.who])
        return self.uname

    def endpoint_user(self):
        r = self.h.below(100)
        if r < 35:
            return "%s\\%s" % (DOMAIN_NT, self.uname)
        if r < 55:
            return "%s@%s" % (self.uname, EMAIL_DOM[self.who])
        return self.uname

    # time renderings
    def at(self, plus=0.0):
        return self.t + datetime.timedelta(seconds=plus)

    def local(self, plus=0.0):
        t = self.at(plus)
        if t < BST_END:
            return t + datetime.timedelta(hours=1), "+0100"
        return t, "+0000"

    def epoch(self, plus=0.0):
        return self.at(plus).timestamp()

    def iso(self, plus=0.0):
        t = self.at(plus)
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)

    def syslog_ts(self, plus=0.0):
        t, _ = self.local(plus)
        return "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))

    def clf_ts(self, plus=0.0):
        t, off = self.local(plus)
        return "%02d/%s/%d:%s %s" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), off)


# ---------------------------------------------------------------------------
# Obfuscation helpers (applied only where an item asks for them)
# ---------------------------------------------------------------------------

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def homoglyph(text, h):
    out, done = [], False
    for ch in text:
        if ch in HOMO and h.chance(0.5):
            out.append(HOMO[ch])
            done = True
        else:
            out.append(ch)
    if not done:
        for i, ch in enumerate(out):
            if ch in HOMO:
                out[i] = HOMO[ch]
                break
    return "".join(out)


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in text)


def obfuscate(text, obf, h):
    if obf is None:
        return text
    if obf == "homoglyph":
        return homoglyph(text, h)
    if obf == "fullwidth":
        return fullwidth(text)
    raise ValueError(obf)


# ---------------------------------------------------------------------------
# Search engines
# ---------------------------------------------------------------------------

def b64ish(h, n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(al[h.below(64)] for _ in range(n))


def enc_plus(s):
    return urllib.parse.quote_plus(s, safe="")


def enc_pct(s):
    return urllib.parse.quote(s, safe="")


def search_url(engine, q, h, ctx):
    plus = h.chance(0.8)
    e = enc_plus(q) if plus else enc_pct(q)
    if engine == "google":
        host = h.pick(["www.google.com", "www.google.co.uk", "www.google.co.uk"])
        tail = h.pick(["&hl=en-GB&source=hp",
                       "&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQ1MTJqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8" % e,
                       "&sca_esv=%08x&source=hp&ei=%s" % (h.u() & 0xffffffff, b64ish(h, 22)),
                       "&client=firefox-b-d",
                       ""])
        return "https://%s/search?q=%s%s" % (host, e, tail)
    if engine == "bing":
        return "https://www.bing.com/search?q=%s%s" % (e, h.pick(["&form=QBLH", "&qs=n&form=QBRE&sp=-1&lq=0", "&FORM=ANNTA1&PC=U531"]))
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s%s" % (e, h.pick(["&t=h_&ia=web", "&ia=web", "&t=ffab&atb=v412-1&ia=web"]))
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % enc_plus(q)
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (enc_pct(q), int(ctx.epoch() * 1000))
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s%s" % (enc_pct(q), h.pick(["", "&type=link", "&type=comment&sort=new"]))
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&fp=1" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "brave":
        return "https://search.brave.com/search?q=%s&source=web" % e
    if engine == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%X&ref=nb_sb_noss_2" % (enc_plus(q), h.u() & 0xffffffffff)
    if engine == "ebay":
        return "https://www.ebay.co.uk/sch/i.html?_from=R40&_trksid=p2380057.m570.l1313&_nkw=%s&_sacat=0" % enc_plus(q)
    if engine == "x":
        return "https://x.com/search?q=%s&src=typed_query" % enc_pct(q)
    if engine == "pinterest":
        return "https://uk.pinterest.com/search/pins/?q=%s&rs=typed" % enc_pct(q)
    if engine == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % enc_plus(q)
    if engine == "facebook":
        return "https://www.facebook.com/search/top/?q=%s" % enc_pct(q)
    raise ValueError(engine)


def search_title(engine, q, bname):
    t = {
        "google": "%s - Google Search",
        "bing": "%s - Search",
        "ddg": "%s at DuckDuckGo",
        "youtube": "%s - YouTube",
        "tiktok": "Find '%s' on TikTok | TikTok Search",
        "reddit": "%s - Reddit Search!",
        "yahoo": "%s - Yahoo Search Results",
        "ecosia": "%s - Ecosia",
        "brave": "%s - Brave Search",
        "amazon": "Amazon.co.uk : %s",
        "ebay": "%s | eBay",
        "x": "%s - Search / X",
        "pinterest": "%s - Pinterest",
        "wikipedia": "%s - Search results - Wikipedia",
        "facebook": "%s - Search | Facebook",
    }[engine]
    return (t % q) + " - " + bname


ENGINE_W = [("google", 44), ("bing", 12), ("ddg", 7), ("youtube", 9), ("tiktok", 7),
            ("reddit", 5), ("yahoo", 4), ("ecosia", 4), ("brave", 3), ("x", 2),
            ("pinterest", 2), ("facebook", 1)]


# ---------------------------------------------------------------------------
# Log line renderers (one request -> one or more raw lines)
# ---------------------------------------------------------------------------

def split_url(url):
    p = urllib.parse.urlsplit(url)
    host = p.hostname
    uri = p.path or "/"
    if p.query:
        uri += "?" + p.query
    return host, uri


def r_squid(ctx, url, denied=None, method="GET"):
    h = ctx.h
    elapsed = h.below(900) + 3
    size = 0 if denied else h.below(90000) + 800
    code = "TCP_DENIED/403" if denied else h.pick(["TCP_MISS/200", "TCP_MISS/200", "TCP_TUNNEL/200" if method == "CONNECT" else "TCP_MISS/200", "TCP_REFRESH_MODIFIED/200"])
    hier = "HIER_NONE/-" if denied else "HIER_DIRECT/%s" % ctx.upstream
    mime = "-" if (denied or method == "CONNECT") else "text/html"
    return "%.3f %6d %s %s %d %s %s %s %s %s" % (ctx.epoch(), elapsed, ctx.ip, code, size, method, url,
                                                ctx.proxy_user(), hier, mime)


def r_squid_sni(ctx, domain):
    """Custom logformat with sni=/bump= tokens: transparent interception, peek then splice."""
    h = ctx.h
    user = ctx.proxy_user()
    e = ctx.epoch()
    peek = '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=peek' % (
        e, h.below(3), ctx.ip, user, ctx.upstream, ctx.ua, ctx.upstream, domain)
    tun = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        e + 0.4 + h.below(40) / 10.0, h.below(60000) + 20, ctx.ip, user, h.below(400000) + 3000,
        ctx.upstream, ctx.upstream, ctx.upstream, domain)
    if h.chance(0.5):
        return [peek, tun]
    return [tun]


def r_clf(ctx, url, denied=None, method="GET"):
    h = ctx.h
    status = 403 if denied else 200
    size = h.below(4000) + 300 if denied else h.below(90000) + 800
    tag = "TCP_DENIED:HIER_NONE" if denied else ("TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT")
    req = "%s %s HTTP/1.1" % (method, url)
    if h.chance(0.55):
        ref = h.pick(["-", "-", "https://www.google.com/", "https://www.bing.com/", "https://www.google.co.uk/"])
        return '%s - %s [%s] "%s" %d %d "%s" "%s" %s' % (ctx.ip, ctx.proxy_user(), ctx.clf_ts(), req, status, size, ref, ctx.ua, tag)
    return '%s - %s [%s] "%s" %d %d %s' % (ctx.ip, ctx.proxy_user(), ctx.clf_ts(), req, status, size, tag)


def e2g_terms(url):
    q = urllib.parse.urlsplit(url).query
    for k, v in urllib.parse.parse_qsl(q, keep_blank_values=True):
        if k in ("q", "p", "search_query", "k", "_nkw", "search"):
            return "0=%s;" % v
    return "-"


def r_e2g(ctx, url, denied=None, method="GET"):
    h = ctx.h
    fmt = h.pick([2, 4, 6])
    t, _ = ctx.local()
    dt = t.strftime("%Y.%m.%d %H:%M:%S")
    user = ctx.proxy_user()
    action = denied if denied else "-"
    status = "403" if denied else "200"
    size = "0" if denied else str(h.below(90000) + 800)
    naughty = str(h.below(60) + 40) if denied else str(h.pick([0, 0, 0, 5, 10, 15]))
    cat = h.pick(["Banned", "Adult", "Gambling", "Proxies"]) if denied else "-"
    terms = e2g_terms(url) if method == "GET" else "-"
    if fmt in (2, 4):
        fields = [dt, user, ctx.ip, url, action, method, size, naughty, cat, "1", status, "-" if denied or method == "CONNECT" else "text/html",
                  ctx.ip, "no_name_group", ctx.ua, terms, "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    fields = ["%.3f" % ctx.epoch(), "", user, ctx.ip, ctx.ip, url, method, status, size, "-", ctx.ua, "-",
              str(h.below(900) + 1), "-", str(h.below(600)) if denied else "0", action, naughty, cat,
              "no_name_group", "1"]
    return "\t".join(fields)


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


def zeek_uid(h):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "C" + "".join(alphabet[h.below(len(alphabet))] for _ in range(17))


def zeek_header(path, fields, types, ctx):
    t = ctx.at(-3600 * 2)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % t.strftime("%Y-%m-%d-%H-%M-%S"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def r_zeek_http(ctx, url, denied=None, method="GET"):
    h = ctx.h
    host, uri = split_url(url)
    status = 403 if denied else 200
    rec = {"ts": round(ctx.epoch(), 6), "uid": zeek_uid(h), "id.orig_h": ctx.ip, "id.orig_p": ctx.port,
           "id.resp_h": ctx.upstream, "id.resp_p": 80, "trans_depth": 1, "method": method, "host": host,
           "uri": uri, "version": "1.1", "user_agent": ctx.ua, "request_body_len": 0,
           "response_body_len": h.below(90000) + 500, "status_code": status,
           "status_msg": "Forbidden" if denied else "OK", "tags": []}
    if h.chance(0.7):
        return [json.dumps(rec, ensure_ascii=False)]
    vals = {"referrer": "-", "origin": "-", "info_code": "-", "info_msg": "-", "tags": "(empty)",
            "username": "-", "password": "-", "proxied": "-", "orig_fuids": "-", "orig_filenames": "-",
            "orig_mime_types": "-", "resp_fuids": "F" + zeek_uid(h)[1:], "resp_filenames": "-",
            "resp_mime_types": "text/html"}
    row = []
    for f in ZEEK_HTTP_FIELDS:
        if f in rec:
            v = rec[f]
            if f == "ts":
                v = "%.6f" % v
            elif f == "tags":
                v = "(empty)"
            row.append(str(v))
        else:
            row.append(vals[f])
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, ctx) + ["\t".join(row)]


def r_zeek_dns(ctx, domain, denied=None):
    h = ctx.h
    qt = h.wpick([("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    qtn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    if denied:
        rcode, rname, answers, ttls = 3, "NXDOMAIN", None, None
    else:
        rcode, rname = 0, "NOERROR"
        answers = [ctx.upstream] if qt == "A" else None
        ttls = [float(h.pick([60, 300, 3600]))] if answers else None
    rec = {"ts": round(ctx.epoch(), 6), "uid": zeek_uid(h), "id.orig_h": ctx.ip, "id.orig_p": ctx.port,
           "id.resp_h": ctx.resolver, "id.resp_p": 53, "proto": "udp", "trans_id": h.below(65535),
           "rtt": round(h.below(40000) / 1e6 + 0.0002, 6), "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": qtn, "qtype_name": qt, "rcode": rcode, "rcode_name": rname,
           "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0}
    if answers:
        rec["answers"] = answers
        rec["TTLs"] = ttls
    rec["rejected"] = False
    if h.chance(0.7):
        return [json.dumps(rec, ensure_ascii=False)]
    row = []
    for f in ZEEK_DNS_FIELDS:
        if f not in rec:
            row.append("-")
            continue
        v = rec[f]
        if isinstance(v, bool):
            v = "T" if v else "F"
        elif f == "ts":
            v = "%.6f" % v
        elif isinstance(v, list):
            v = ",".join(("%.6f" % x) if isinstance(x, float) else str(x) for x in v)
        row.append(str(v))
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, ctx) + ["\t".join(row)]


def r_unbound(ctx, domain, denied=None):
    h = ctx.h
    pid = "unbound[%d:%d]" % (h.pick([7862, 1043, 655]), h.below(2))
    qt = h.wpick([("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    if h.chance(0.6):
        pre = lambda plus: ctx.syslog_ts(plus)
    else:
        pre = lambda plus: "[%d]" % int(ctx.epoch(plus))
    lines = ["%s %s info: %s %s. %s IN" % (pre(0), pid, ctx.ip, domain, qt)]
    if denied:
        zone = ".".join(domain.split(".")[-2:])
        lines.append("%s %s info: %s. always_nxdomain %s@%d %s. %s IN" % (pre(0), pid, zone, ctx.ip, ctx.port, domain, qt))
        lines.append("%s %s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre(0), pid, ctx.ip, domain, qt, 40 + len(domain)))
    else:
        lines.append("%s %s info: %s %s. %s IN NOERROR %.6f 0 %d" % (pre(0.05), pid, ctx.ip, domain, qt,
                                                                       h.below(90000) / 1e6, 60 + h.below(200)))
    mode = h.below(3)
    if mode == 0:
        return [lines[0]]
    if mode == 1:
        return [lines[-1]]
    return lines


def r_dnsmasq(ctx, domain, denied=None):
    h = ctx.h
    pid = h.pick(["dnsmasq[9987]", "dnsmasq[812]", "pihole-FTL[1204]"])
    ts = ctx.syslog_ts()
    qt = h.wpick([("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    extra = h.chance(0.6)
    pre = "%s %s: " % (ts, pid)
    if extra:
        serial = h.below(90000) + 1
        pre += "%d %s/%d " % (serial, ctx.ip, ctx.port)
    lines = [pre + "query[%s] %s from %s" % (qt, domain, ctx.ip)]
    if denied:
        lines.append(pre + ("gravity blocked %s is 0.0.0.0" % domain if "pihole" in pid else "config %s is 0.0.0.0" % domain))
    else:
        lines.append(pre + "forwarded %s to 1.1.1.1" % domain)
        lines.append(pre + "reply %s is %s" % (domain, ctx.upstream if qt == "A" else "<HTTPS>" if qt == "HTTPS" else "NODATA-IPv6"))
    if h.chance(0.5):
        return [lines[0]]
    return lines


def r_bind(ctx, domain, denied=None):
    h = ctx.h
    t, _ = ctx.local()
    ts = "%02d-%s-%d %s.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000)
    client = "client @0x7f%010x %s#%d (%s)" % (h.u() & 0xffffffffff, ctx.ip, ctx.port, domain)
    qt = h.wpick([("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    flags = h.pick(["+E(0)K", "+E(0)DCK", "+E(0)", "+ET"])
    q = "%s %s: query: %s IN %s %s (%s)" % (ts, client, domain, qt, flags, ctx.resolver)
    q = q.replace(ts + " ", ts + " queries: info: ", 1) if h.chance(0.7) else q
    if denied:
        rpz = "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (ts, client, domain, qt, domain)
        return [q, rpz] if h.chance(0.5) else [rpz]
    return [q]


def endpoint_event(ctx, event, process=None, title=None, text=None, url=None, plus=0.0, user=None):
    ev = {"ts": ctx.iso(plus)}
    if ctx.with_site:
        ev["site"] = ctx.site
    ev["device"] = ctx.device
    ev["user"] = user
    ev["event"] = event
    ev["process"] = process
    ev["window_title"] = title
    if event == "text_capture":
        ev["text"] = text
    if url is not None or ctx.with_url:
        ev["url"] = url
    return json.dumps(ev, ensure_ascii=False)


# ---------------------------------------------------------------------------
# Wrapping: syslog (RFC 3164 / 5424) or an rsyslog JSON envelope
# ---------------------------------------------------------------------------

def wrap(ctx, line, prog, path):
    h = ctx.h
    style = h.pick(["3164", "5424", "json"])
    host = h.pick({"squid": ["proxy01", "proxy02"], "e2guardian": ["filter01", "filter02"],
                   "named": ["ns1", "ns2"], "zeek": ["zeek-sensor01"]}[prog])
    pid = h.below(30000) + 300
    if prog == "named" and style in ("3164", "5424"):
        # named logging to syslog prints no time stamp of its own
        line = re.sub(r"^\d\d-[A-Z][a-z]{2}-\d{4} [0-9:.]+ (queries: info: )?", "", line)
    if style == "3164" and prog in ("squid", "e2guardian", "named"):
        return "<%d>%s %s %s[%d]: %s" % (h.pick([134, 150, 166, 30]), ctx.syslog_ts(), host, prog, pid, line)
    if style == "5424" and prog in ("squid", "e2guardian", "named"):
        t = ctx.at()
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond
        return "<%d>1 %s %s %s %d - - %s" % (h.pick([134, 150, 166]), ts, host, prog, pid, line)
    t = ctx.at(2.5)
    env = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond,
           "host": host, "source": prog, "file": path, "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")

# ---------------------------------------------------------------------------
# Item specifications
# ---------------------------------------------------------------------------

class Spec:
    def __init__(self, kind, content, labels="", **kw):
        self.kind = kind
        self.content = content
        exp, _, allow = labels.partition("|")
        self.expect = []
        for tok in exp.split():
            cat, _, lvl = tok.partition(":")
            assert cat in CATEGORIES, cat
            self.expect.append({"category": cat, "min_level": int(lvl)})
        self.allow = allow.split()
        for a in self.allow:
            assert a in CATEGORIES, a
        self.kw = kw

    def key(self):
        c = self.content if isinstance(self.content, str) else "\n".join(self.content)
        return hashlib.sha256(("%s|%s" % (self.kind, c)).encode()).hexdigest()


def Q(text, labels="", **kw):
    """A search typed into an engine (rendered as a proxy/zeek line or a browser window title)."""
    return Spec("Q", text, labels, **kw)


def T(text, labels="", **kw):
    """Typed or pasted text on an endpoint (a list = fragments of one stream)."""
    return Spec("T", text, labels, **kw)


def W(title, labels="", **kw):
    """A window title seen by the endpoint agent."""
    return Spec("W", title, labels, **kw)


def D(domain, labels="", **kw):
    """A bare host name (DNS query, TLS SNI, CONNECT)."""
    return Spec("D", domain, labels, **kw)


def U(url, labels="", **kw):
    """A full URL visited (no search box involved)."""
    return Spec("U", url, labels, **kw)


def P(process, labels="", **kw):
    """An endpoint process_start event."""
    return Spec("P", process, labels, **kw)


PEERS = ["Dan", "Shaz", "Kayleigh", "Mo", "Becca", "Tom", "Aisha", "Craig", "Jodie", "Liam", "Nat",
         "Priya", "Gaz", "Emma", "Reece", "Marta", "Sam", "Hollie"]
SERVERS = ["Site Lads", "L2 Plumbing 25", "Cyber Cohort", "ESOL Thursday", "Barbering Level 2",
           "the group", "Warehouse B shift"]
SUBJECTS = ["Rota next week", "Placement hours", "Timesheet", "Monday", "Your meeting request",
            "Portfolio evidence", "Tomorrow"]
DOCS = ["Unit 4 assignment", "Portfolio notes", "Reflective account", "CV draft", "Assignment 2 final",
        "Document1", "Notes"]

APPS = {
    "whatsapp": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome"),
                 ("msedge.exe", "WhatsApp - Personal - Microsoft\u200b Edge")],
    "teams": [("ms-teams.exe", "Chat | {peer} | Microsoft Teams"), ("ms-teams.exe", "{peer} | Microsoft Teams")],
    "snap": [("chrome.exe", "Snapchat - Google Chrome"), ("msedge.exe", "Snapchat - Microsoft\u200b Edge")],
    "instagram": [("chrome.exe", "Instagram \u2022 Chats - Google Chrome"), ("chrome.exe", "Inbox \u2022 Direct - Google Chrome")],
    "discord": [("Discord.exe", "#general | {server} - Discord"), ("Discord.exe", "@{peer} - Discord")],
    "telegram": [("Telegram.exe", "Telegram"), ("Telegram.exe", "{peer} \u2013 (2) Telegram")],
    "messenger": [("chrome.exe", "Messenger | Facebook - Google Chrome"), ("Messenger.exe", "Messenger")],
    "facebook": [("chrome.exe", "(4) Facebook - Google Chrome"), ("msedge.exe", "Facebook - Microsoft\u200b Edge")],
    "signal": [("Signal.exe", "Signal")],
    "mail": [("OUTLOOK.EXE", "RE: {subject} - Message (HTML)"), ("olk.exe", "Mail - {peer} - Outlook"),
             ("OUTLOOK.EXE", "Untitled - Message (HTML)")],
    "doc": [("WINWORD.EXE", "{doc}.docx - Word"), ("chrome.exe", "{doc} - Google Docs - Google Chrome"),
            ("WINWORD.EXE", "{doc}.docx  -  Compatibility Mode - Word")],
    "notepad": [("notepad.exe", "Untitled - Notepad"), ("notepad.exe", "*notes.txt - Notepad")],
    "search": [("chrome.exe", "Google - Google Chrome"), ("msedge.exe", "New tab - Personal - Microsoft\u200b Edge")],
}
CHAT_W = [("whatsapp", 30), ("snap", 12), ("discord", 10), ("messenger", 10), ("instagram", 8),
          ("telegram", 5), ("signal", 3), ("teams", 12)]


def pick_app(h, spec, ctx):
    app = spec.kw.get("app", "chat")
    if app == "chat":
        app = h.wpick(CHAT_W)
    proc, title = h.pick(APPS[app])
    title = title.format(peer=h.pick(PEERS), server=h.pick(SERVERS), subject=h.pick(SUBJECTS),
                         doc=spec.kw.get("doc") or h.pick(DOCS))
    return proc, title


def browser_for_title(title):
    if title.endswith("Google Chrome"):
        return "chrome.exe"
    if title.endswith("Edge"):
        return "msedge.exe"
    if title.endswith("Mozilla Firefox"):
        return "firefox.exe"
    if title.endswith("Brave"):
        return "brave.exe"
    return "chrome.exe"


def maybe_wrap(ctx, lines, fmt):
    """Wrap single proxy/DNS lines some of the time, as a shipper or syslog would."""
    h = ctx.h
    if len(lines) != 1:
        return lines
    line = lines[0]
    if fmt in ("squid", "clf") and h.chance(0.10):
        return [wrap(ctx, line, "squid", "/var/log/squid/access.log")]
    if fmt == "e2guardian" and h.chance(0.10):
        return [wrap(ctx, line, "e2guardian", "/var/log/e2guardian/access.log")]
    if fmt == "bind" and h.chance(0.10):
        return [wrap(ctx, line, "named", "/var/log/named/query.log")]
    if fmt in ("unbound", "dnsmasq") and h.chance(0.08):
        env_h = H(ctx.h.n + 100000)
        t = ctx.at(1.7)
        env = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond,
               "host": env_h.pick(["dns01", "dns02"]), "source": fmt,
               "file": "/var/log/%s/%s.log" % (fmt, fmt), "message": line}
        return [json.dumps(env, ensure_ascii=False).replace("/", "\\/")]
    if fmt == "zeek-http" and line.startswith("{") and h.chance(0.06):
        return [wrap(ctx, line, "zeek", "/opt/zeek/logs/current/http.log")]
    if fmt == "zeek-dns" and line.startswith("{") and h.chance(0.06):
        return [wrap(ctx, line, "zeek", "/opt/zeek/logs/current/dns.log")]
    if fmt == "endpoint" and h.chance(0.03):
        t = ctx.at(4.2)
        env = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond,
               "host": "guardline-collector", "source": "guardline-agent",
               "file": "/var/log/guardline/endpoint.jsonl", "message": line}
        return [json.dumps(env, ensure_ascii=False).replace("/", "\\/")]
    return lines


def render_url(ctx, fmt, url, denied, title=None):
    if fmt == "squid":
        return [r_squid(ctx, url, denied)]
    if fmt == "clf":
        return [r_clf(ctx, url, denied)]
    if fmt == "e2guardian":
        return [r_e2g(ctx, url, denied)]
    if fmt == "zeek-http":
        return r_zeek_http(ctx, url, denied)
    if fmt == "ep-url":
        proc, bname = BROWSERS[ctx.browser]
        return [endpoint_event(ctx, "url_visit", proc, title, url=url, user=ctx.endpoint_user())]
    raise ValueError(fmt)


def render_domain(ctx, fmt, domain, denied):
    if fmt == "unbound":
        return r_unbound(ctx, domain, denied)
    if fmt == "dnsmasq":
        return r_dnsmasq(ctx, domain, denied)
    if fmt == "bind":
        return r_bind(ctx, domain, denied)
    if fmt == "zeek-dns":
        return r_zeek_dns(ctx, domain, denied)
    if fmt == "squid-sni":
        return r_squid_sni(ctx, domain)
    if fmt == "squid":
        return [r_squid(ctx, "%s:443" % domain, denied, method="CONNECT")]
    if fmt == "clf":
        return [r_clf(ctx, "%s:443" % domain, denied, method="CONNECT")]
    if fmt == "e2guardian":
        return [r_e2g(ctx, "https://%s:443" % domain, denied, method="CONNECT")]
    if fmt == "ep-url":
        proc, _ = BROWSERS[ctx.browser]
        return [endpoint_event(ctx, "url_visit", proc, None, url="https://%s/" % domain, user=ctx.endpoint_user())]
    raise ValueError(fmt)


OUT_FMT = {"squid": "squid", "squid-sni": "squid", "clf": "clf", "e2guardian": "e2guardian",
           "zeek-http": "zeek-http", "zeek-dns": "zeek-dns", "unbound": "unbound", "dnsmasq": "dnsmasq",
           "bind": "bind", "ep-url": "endpoint", "ep-title": "endpoint", "endpoint": "endpoint"}

FMT_W = {
    "Q": [("squid", 25), ("clf", 19), ("e2guardian", 12), ("zeek-http", 12), ("ep-title", 15),
          ("ep-url", 4), ("auto", 9)],
    "U": [("squid", 24), ("clf", 18), ("e2guardian", 12), ("zeek-http", 14), ("ep-url", 22), ("auto", 10)],
    "D": [("unbound", 20), ("dnsmasq", 18), ("bind", 18), ("zeek-dns", 18), ("squid-sni", 9),
          ("squid", 3), ("clf", 3), ("e2guardian", 3), ("ep-url", 3), ("auto", 6)],
    "T": [("endpoint", 91), ("auto", 9)],
    "W": [("endpoint", 88), ("auto", 12)],
    "P": [("endpoint", 85), ("auto", 15)],
}


def render(n, spec):
    h = H(n)
    ctx = Ctx(h, spec.kw.get("who"), spec.kw.get("area"))
    kind = spec.kind
    weights = FMT_W[kind]
    if "fmt" in spec.kw:
        allowed = spec.kw["fmt"].split()
        weights = [(f, w) for f, w in weights if f in allowed]
    fmt = h.wpick(weights)
    auto = fmt == "auto"
    if auto:
        fmt = h.wpick([(f, w) for f, w in FMT_W[kind] if f != "auto"])
    denied = spec.kw.get("denied")

    if kind == "Q":
        engine = spec.kw.get("eng") or h.wpick(ENGINE_W)
        q = obfuscate(spec.content, spec.kw.get("obf"), h)
        url = search_url(engine, q, h, ctx)
        if fmt == "ep-title":
            proc, bname = BROWSERS[ctx.browser]
            title = search_title(engine, q, bname)
            lines = [endpoint_event(ctx, "window_title", proc, title, user=ctx.endpoint_user())]
        elif fmt == "ep-url":
            proc, bname = BROWSERS[ctx.browser]
            lines = [endpoint_event(ctx, "url_visit", proc, search_title(engine, q, bname), url=url,
                                    user=ctx.endpoint_user())]
        else:
            lines = render_url(ctx, fmt, url, denied)
    elif kind == "U":
        lines = render_url(ctx, fmt, spec.content, denied, title=spec.kw.get("title"))
    elif kind == "D":
        lines = render_domain(ctx, fmt, spec.content, denied)
    elif kind == "T":
        frags = [spec.content] if isinstance(spec.content, str) else list(spec.content)
        frags = [obfuscate(f, spec.kw.get("obf"), h) for f in frags]
        user = ctx.endpoint_user()
        proc, title = pick_app(h, spec, ctx)
        gaps = spec.kw.get("gaps")
        lines, plus = [], 0.0
        for i, f in enumerate(frags):
            if i:
                plus += gaps[i - 1] if gaps else 2 + h.below(18) + h.below(1000) / 1000.0
            if spec.kw.get("windows") and i:
                proc, title = spec.kw["windows"][i - 1]
            lines.append(endpoint_event(ctx, "text_capture", proc, title, text=f, plus=plus, user=user))
    elif kind == "W":
        title = obfuscate(spec.content, spec.kw.get("obf"), h)
        lines = [endpoint_event(ctx, "window_title", spec.kw.get("proc") or browser_for_title(title), title,
                                user=ctx.endpoint_user())]
    elif kind == "P":
        lines = [endpoint_event(ctx, "process_start", spec.content, spec.kw.get("title"),
                                user=ctx.endpoint_user())]
    else:
        raise ValueError(kind)

    out_fmt = OUT_FMT[fmt]
    lines = maybe_wrap(ctx, lines, out_fmt)
    item = {"id": "h21-%04d" % n, "format": "auto" if auto else out_fmt}
    if len(lines) == 1:
        item["line"] = lines[0]
    else:
        item["lines"] = lines
    item["expect"] = spec.expect
    if spec.allow:
        item["allow"] = spec.allow
    return item


def build():
    specs = sorted(ITEMS, key=lambda s: s.key())
    keys = [s.key() for s in specs]
    assert len(set(keys)) == len(keys), "duplicate item"
    return [render(i + 1, s) for i, s in enumerate(specs)]


def stats(items):
    pos = [it for it in items if it["expect"]]
    print("items: %d  positives: %d  negatives: %d (%.1f%% negative)" % (
        len(items), len(pos), len(items) - len(pos), 100.0 * (len(items) - len(pos)) / len(items)))
    cats, fmts, levels = {}, {}, {}
    for it in items:
        fmts[it["format"]] = fmts.get(it["format"], 0) + 1
        for e in it["expect"]:
            cats[e["category"]] = cats.get(e["category"], 0) + 1
            k = (e["category"], e["min_level"])
            levels[k] = levels.get(k, 0) + 1
    print("positives per category (an item may expect two):")
    for c in sorted(CATEGORIES, key=lambda c: -cats.get(c, 0)):
        lv = " ".join("L%d=%d" % (l, levels[(c, l)]) for l in range(1, 6) if (c, l) in levels)
        print("  %-15s %3d   %s" % (c, cats.get(c, 0), lv))
    print("formats:")
    for f in sorted(fmts, key=lambda f: -fmts[f]):
        print("  %-11s %3d" % (f, fmts[f]))
    multi = sum(1 for it in items if "lines" in it)
    allow = sum(1 for it in items if it.get("allow"))
    print("multi-line items: %d   items with allow: %d" % (multi, allow))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout21.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print counts after writing")
    a = ap.parse_args()
    items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        stats(items)


# ===========================================================================
# POSITIVES
# ===========================================================================

ITEMS = [
    # ---------------- suicide: 5 = method / plan / timing / farewell with means; 4 = ideation
    Q("how many paracetamol to die in your sleep", "suicide:5"),
    Q("how much insulin to take so i dont wake up", "suicide:5", area="hsc"),
    T("ive written letters for the kids and put them in the drawer. tell them i loved them. im sorry for all of it",
      "suicide:5", app="whatsapp"),
    T(["picked up rope from screwfix on my dinner ", "break. doing it tonight while shes at her mums, cant face another day"],
      "suicide:5|self_harm", app="notepad", area="constr"),
    Q("how high does a bridge have to be to die if you jump", "suicide:5"),
    Q("painless way to go when you cant pay your debts", "suicide:5", eng="bing"),
    T("trains come through the crossing every 10 mins. ill just walk out in front of one after work and thats it sorted",
      "suicide:5", app="whatsapp"),
    Q("h0w t0 k1ll mys3lf qu1ck", "suicide:5"),
    Q("how to unalive myself without it hurting", "suicide:5", eng="tiktok"),
    T("sorry for everything mate. wont be in tomorrow or any day after that. look after the lads for me",
      "suicide:4", app="whatsapp", who="apprentice", area="constr"),
    W("how long does it take to die from carbon monoxide in a car - Google Search - Google Chrome", "suicide:5"),
    Q("sanctioned suicide methods megathread", "suicide:5", eng="reddit"),
    D("sanctioned-suicide.net", "suicide:4", fmt="unbound"),
    Q("lethal dose amitriptyline to end it", "suicide:5", obf="homoglyph"),
    T("cant do this anymore. been saving my mums tramadol and i think ive got enough now. tonight", "suicide:5", app="snap"),
    Q("s u i c i d e by hanging how long does it take", "suicide:5"),
    T("booked a travelodge for friday so the kids dont find me. got the pills sorted. its the only way out of this debt",
      "suicide:5", app="notepad"),
    T("23 years at that place and a redundancy letter on a tuesday. whats the point. sharon and the kids would be better off with the life insurance",
      "suicide:4", app="whatsapp", who="learner"),
    Q("does life insurance pay out if you kill yourself uk", "suicide:4"),
    T("i just want to go to sleep and not wake up tbh", "suicide:4", app="whatsapp"),
    T("i am very tired of this life, i think my family is better without me", "suicide:4", who="esol", app="whatsapp"),
    Q("i dont want to be alive anymore what do i do", "suicide:4"),
    Q("sewerslide thoughts every night", "suicide:4", eng="tiktok"),
    T("honestly everyone would be better off if i just wasnt here", "suicide:4", app="discord"),
    W("I can't see a way out after the divorce : r/SuicideWatch - Google Chrome", "suicide:4"),
    U("https://www.reddit.com/r/SuicideWatch/new/", "suicide:4"),
    Q("thinking about ending it all because of gambling debts", "suicide:4|gambling"),
    T(["keep thinking about k", "illing myself, every single night now"], "suicide:4", app="notepad"),
    T("nobody would even notice if i disappeared for good", "suicide:4", app="messenger"),
    Q("is it selfish to kill yourself if you have no kids", "suicide:4", eng="ddg"),
    T("im just so tired of being alive", "suicide:4", obf="homoglyph", app="discord"),
    Q("how to write a suicide note to my children", "suicide:5"),
    T("dad kicked me out again, sleeping in the work van. genuinely dont want to wake up tomorrow",
      "suicide:4", who="apprentice"),
    Q("i feel like a burden to everyone and want to disappear forever", "suicide:4"),
    T("thinking of using the loft hatch and a belt tonight", "suicide:5", app="notepad"),
    Q("su\u200bicide methods least painful", "suicide:5"),
    W("exit bag helium how much - Google Search - Google Chrome", "suicide:5"),
    Q("best bridge in bristol to jump from", "suicide:5"),
    T("I've put everything in order, the passwords for the bank are in the blue folder. Please don't be angry with me",
      "suicide:4", app="mail"),
    T(["wrote my note", " last night, just need to pick a day now"], "suicide:5", app="signal"),

    # ---------------- self_harm: 4; 5 only for uncontrolled bleeding now
    T("cut again last night, deeper than before. wearing long sleeves on placement so nobody asks", "self_harm:4", area="hsc"),
    Q("how to hide cuts on arms at work in summer", "self_harm:4"),
    Q("how to cut deeper without hitting a vein", "self_harm:4|suicide"),
    T("its bleeding loads and wont stop, i used the stanley blade from site. dont tell anyone",
      "self_harm:5|suicide", app="snap", area="constr"),
    Q("sh relapse after 6 months clean", "self_harm:4", eng="reddit"),
    Q("beans vs styro cuts", "self_harm:4", eng="tiktok"),
    T("when it gets too much i press the straighteners on my wrist till it blisters", "self_harm:4", area="hair"),
    Q("punching walls till my knuckles bleed is that self harm", "self_harm:4"),
    Q("how to clean self harm cuts so they dont scar", "self_harm:4"),
    Q("starving myself to feel in control again", "self_harm:4"),
    Q("pro ana tips to stop eating", "self_harm:4"),
    W("thinspo - Pinterest - Google Chrome", "self_harm:4"),
    T("1 c4nt st0p cutt1ng mys3lf", "self_harm:4", app="discord"),
    Q("scratching myself till it bleeds when stressed", "self_harm:4"),
    T(["got the razor out of my kit ", "again. just need to feel something"], "self_harm:4", area="hair"),
    Q("ways to hurt yourself without anyone knowing", "self_harm:4", obf="homoglyph"),
    Q("how many ibuprofen to make yourself ill but not die", "self_harm:4|suicide"),
    T("i keep hitting my head against the wall when i mess up at work, got bruises all over my forehead", "self_harm:4"),
    Q("self harm vent art", "self_harm:4", eng="youtube"),
    U("https://www.tumblr.com/tagged/selfharm", "self_harm:4"),
    U("https://www.reddit.com/r/selfharm/comments/1fq8z2k/relapsed_after_8_months_clean/", "self_harm:4"),
    T("started cutting my legs now where no one will look", "self_harm:4"),
    Q("how to stop c.u.t.t.i.n.g urges at night", "self_harm:4"),
    Q("drinking bleach to punish myself", "self_harm:4|suicide"),
    T("my thighs are a mess from the blade, dont know how to stop", "self_harm:4"),
    Q("burning myself with a lighter helps", "self_harm:4", obf="fullwidth"),

    # ---------------- grooming (incl. staff -> 16/17 apprentice, sextortion, labour / criminal exploitation)
    T("youre really mature for 16, not like the others in your group. best not mention our chats to your assessor ok",
      "grooming:4", who="staff", app="teams"),
    T("delete these messages after you read them, people wouldnt understand us", "grooming:4", who="staff", app="whatsapp"),
    T("ill pick you up round the corner from college at 4, dont tell your mum youre with me", "grooming:5", app="snap"),
    T(["send me a pic of you in your salon uniform ", "just for me x"], "grooming:4", app="snap"),
    T("how old r u? 16? thats fine age is just a number", "grooming:4", app="discord"),
    T("i can sign off your placement hours if you come for a drink with me after, just us", "grooming:4", who="staff", app="whatsapp"),
    T("sat still on? told the wife im working late. your mum thinks your at jades yeah", "grooming:5", app="snap"),
    Q("my manager keeps messaging me at night im 17 is that normal", "grooming:4", who="apprentice"),
    Q("older guy at work wants me to keep our relationship secret im 16", "grooming:4", who="apprentice"),
    T("this guy i met on insta just sent me this 'i have your pics. pay \u00a3500 in steam cards or i send them to all your followers and your college' what do i do",
      "grooming:4|adult_content illegal_content", app="whatsapp", who="apprentice"),
    Q("someone has my nudes and is blackmailing me what do i do", "grooming:4|adult_content"),
    Q("he says he'll share my n00dz if i dont send more", "grooming:4|adult_content"),
    T("boss has my passport. says i owe him 4000 for travel and the room, i work 7 days no pay",
      "grooming:4|violence illegal_content", who="esol"),
    T("the man take my documents and say if i go to police he hurt my family. i sleep in the car wash",
      "grooming:4|violence", who="esol"),
    T("need you to take a package to stoke saturday, \u00a3300 cash, ill sort your train ticket. say nothing to no one",
      "grooming:4|drugs", app="snap", who="apprentice"),
    T("you owe me now for the trainers and the phone, time to work it off", "grooming:4|drugs", app="snap"),
    T("ur so pretty, way prettier than the girls ur age. does ur boyfriend know how lucky he is", "grooming:4", app="instagram"),
    T("add me on snap instead, teams gets checked by IT", "grooming:4", who="staff", app="teams"),
    T("don't tell anyone about us, they'll get me sacked", "grooming:4", obf="homoglyph", who="staff", app="whatsapp"),
    Q("how to get a 16 year old apprentice to trust you", "grooming:4", who="staff"),
    T("u can trust me, im not like the others. turn ur cam on for me", "grooming:4", app="discord"),
    Q("can i date my apprentice when she turns 17", "grooming:4", who="staff"),
    T(["after your shift come to the travelodge by the retail park, room 112 ", "tell your mum your on a late x"],
      "grooming:5", app="whatsapp"),
    T("send me a pic of what ur wearing rn", "grooming:4", app="snap"),
    Q("sc4mmer threatening to leak my pics on insta", "grooming:4|adult_content"),
    T("i know youre only 16 but you get me more than anyone at work does", "grooming:4", who="staff", app="whatsapp"),

    # ---------------- radicalisation
    Q("great replacement proof statistics uk", "radicalisation:3|discrimination"),
    Q("patriotic alternative how to join", "radicalisation:4|discrimination"),
    T("the muzzies are taking over our towns. time we took it back by force, the lads are ready",
      "radicalisation:4|discrimination violence", app="telegram"),
    Q("anwar al awlaki lectures mp3", "radicalisation:4"),
    Q("how to travel to join the mujahideen", "radicalisation:5|violence"),
    T("brother the kuffar will never accept you here. make hijrah, i can put you in touch with the right people",
      "radicalisation:4", app="telegram"),
    Q("siege james mason pdf", "radicalisation:4"),
    Q("christchurch shooter manifesto download", "radicalisation:4|violence illegal_content"),
    Q("blackpill incel forum", "radicalisation:4|discrimination"),
    T("women are the problem. ER had the right idea", "radicalisation:4|violence discrimination", app="discord"),
    Q("white genocide is real videos", "radicalisation:4|discrimination", eng="youtube"),
    Q("national action uk how to get involved", "radicalisation:4"),
    Q("hitler was right speech", "radicalisation:4|discrimination", eng="youtube"),
    D("stormfront.org", "radicalisation:4|discrimination"),
    Q("isis nasheed download", "radicalisation:4"),
    T("had enough of this government putting them in hotels. someone needs to burn the place down, ill drive if anyones up for it sat",
      "radicalisation:4 violence:4|discrimination", app="facebook"),
    Q("atomwaffen division recruitment", "radicalisation:4"),
    Q("i s i s join online", "radicalisation:4"),
    T("sent you the link to the channel. watch the beheading ones, thats real justice",
      "radicalisation:4|violence illegal_content", app="telegram"),
    Q("zog explained", "radicalisation:3|discrimination"),
    T("saint tarrant did nothing wrong", "radicalisation:4|violence discrimination", app="discord"),
    Q("how to donate to hamas from uk", "radicalisation:4"),
    Q("proud boys uk chapter", "radicalisation:3"),
    T("been reading about the kalergi plan, they want to breed us out. proper eye opener, ill send you the vids",
      "radicalisation:3|discrimination", app="whatsapp"),
    Q("islamic state official telegram channel", "radicalisation:4", obf="fullwidth"),

    # ---------------- violence (incl. domestic abuse, threats to managers, weapons, attack methods)
    T("swear down if that manager says one more word to me tomorrow im putting him through the window", "violence:4", app="whatsapp"),
    T("im bringing my hammer in tomorrow and hes getting it when he walks in the site cabin", "violence:5", area="constr"),
    Q("how to make a nail bomb", "violence:5|radicalisation"),
    Q("where to buy a zombie knife uk after the ban", "violence:4|illegal_content"),
    T("he grabbed me by the throat again last night. says if i leave him he'll kill me", "violence:5"),
    T("he checks my phone every night and takes my wages off me. im scared to go home", "violence:4"),
    Q("how to get away with hitting your wife", "violence:4"),
    Q("what happens if you strangle someone for 30 seconds", "violence:4"),
    T("my husband hit me and lock me in the house, i cannot come to class this week", "violence:4", who="esol"),
    Q("how to poison someone slowly without getting caught", "violence:5"),
    T("im going to find out where she lives and make her pay for what she did", "violence:4"),
    Q("best way to hurt someone without leaving marks", "violence:4"),
    T(["gonna wait for him by his car after the shift ", "got the bat in my boot"], "violence:5", area="whse"),
    T("if i see him in the spoons friday hes getting glassed", "violence:4"),
    Q("how to 3d print a gun uk", "violence:4|illegal_content radicalisation"),
    Q("h0w t0 st4b s0me0ne", "violence:4"),
    Q("how many people can you hit with a van in a crowd", "violence:5|radicalisation"),
    T("You will regret sacking me. I know where you live and I know what car your wife drives.", "violence:4", app="mail"),
    Q("buy knuckle duster", "violence:3|illegal_content", obf="homoglyph", eng="ebay"),
    T("he has my bank card and gives me 20 quid a week, if i complain he throws stuff at me", "violence:4"),
    Q("how to make chloroform at home to knock someone out", "violence:5"),
    T("the lads are gonna jump him after college, you coming?", "violence:4", app="snap"),
    Q("how to set fire to a car without getting caught", "violence:4"),
    T("next time that doorman disrespects me im coming back with a blade", "violence:4"),
    Q("hitman for hire uk", "violence:4"),
    Q("acid attack how much damage to face", "violence:4"),

    # ---------------- bullying (3)
    T("nobody wants you on this team. just quit already you useless waste of space", "bullying:3", app="teams"),
    T("lol look at the state of her in the salon pics, fat cow. pass it round", "bullying:3", app="whatsapp", area="hair"),
    T("new lad cried again haha. lets lock him in the portaloo tmrw", "bullying:3|violence", app="whatsapp", area="constr"),
    Q("my supervisor humiliates me in front of everyone every day", "bullying:3"),
    T("ur literally the thickest person in the class how did u even get on the course", "bullying:3", app="snap"),
    T("everyone at placement talks about you behind your back. they all think youre a joke", "bullying:3", app="messenger"),
    T("if you tell the assessor we'll make your life hell", "bullying:3|violence", app="snap"),
    Q("being bullied at work by older women in care home", "bullying:3"),
    T("made a group chat just to rate how ugly you are \U0001F602", "bullying:3", app="snap"),
    T("go kys nobody at work likes you", "bullying:3|suicide", obf="homoglyph", app="instagram"),
    T("posting the video of him crying in the canteen on tiktok, tag his missus", "bullying:3", app="whatsapp"),
    Q("fake instagram account posting about me at work what can i do", "bullying:3"),
    T("shut up you smelly tramp, go back to your hostel", "bullying:3", app="discord"),
    T("no1 invited u cos ur a proper weirdo, get the hint", "bullying:3", app="snap"),
    Q("my apprenticeship employer keeps calling me stupid and threatening to sack me", "bullying:3", who="apprentice"),
    T("Honestly you are a disgrace. I will make sure every manager here knows how incompetent you are.", "bullying:3", app="mail"),
    T("ur s0 f4t n ugly n0 w0nder ur bf l3ft", "bullying:3", app="instagram"),
    T("we've all swapped the rota so you get every weekend. enjoy being on your own loser", "bullying:3", app="whatsapp"),
    Q("how to make someone quit their job by ignoring them", "bullying:3"),
    T("spread it round that she's got something, nobody will sit next to her", "bullying:3", app="snap"),

    # ---------------- discrimination (3)
    T("not having a paki on my team, tell the agency to send someone english", "discrimination:3", area="whse"),
    T("bloody foreigners taking all the jobs on site and cant even speak english", "discrimination:3", area="constr"),
    T("hes gay so keep him away from the lads changing room", "discrimination:3"),
    T("women shouldnt be on building sites. go back to doing nails love", "discrimination:3", area="constr"),
    Q("why are black people more violent", "discrimination:3|radicalisation"),
    T("that tranny on reception gives me the creeps using the ladies", "discrimination:3"),
    T("go back to ur own c0untry u r4ghead", "discrimination:3"),
    T("the jews run the banks and the media, do your own research mate", "discrimination:3|radicalisation", app="facebook"),
    T("dont hire her, shes pregnant. we'll just say she wasnt the right fit", "discrimination:3", who="staff", app="teams"),
    T("the polish lot on nights are all thieves, watch your tools", "discrimination:3", area="whse"),
    T("that mong in esol slows the whole class down", "discrimination:3"),
    Q("jokes about gypsies", "discrimination:3"),
    T("muslims shouldnt be allowed to pray at work, this is england", "discrimination:3"),
    T("no wonder he cant do the maths, hes from africa lol", "discrimination:3"),
    T("too many n1gg3rs round the bus station now", "discrimination:3|radicalisation"),
    Q("why are muslims all terrorists", "discrimination:3|radicalisation"),
    T("that lesbo in level 2 keeps staring at me in the changing room", "discrimination:3|bullying"),
    T("chinky or kebab tonight lads", "discrimination:3"),

    # ---------------- drugs (3)
    Q("where to buy ket in manchester", "drugs:3"),
    T("u got any sniff for sat? need a half", "drugs:3", app="snap"),
    T("whos the \U0001F50C round here, need \u2744\ufe0f for the weekend", "drugs:3", app="snap"),
    Q("buy xanax online no prescription uk", "drugs:3"),
    Q("how long does coke stay in your system for a work drug test", "drugs:3"),
    T("got 2 oz of the good stuff, 250 each, drop off at the car wash", "drugs:3", app="telegram"),
    Q("spice how much to smoke first time", "drugs:3"),
    Q("nos canisters bulk cheap next day", "drugs:3"),
    Q("how to grow weed in a cupboard uk", "drugs:3"),
    T("mixing my tramadol with vodka tonight to take the edge off", "drugs:3|self_harm suicide"),
    Q("buy c0k3 t3l3gr4m", "drugs:3"),
    Q("magic mushrooms uk where to get microdose", "drugs:3"),
    T("need some p.i.l.l.s for the rave sat", "drugs:3"),
    Q("mandy comedown tips", "drugs:3", eng="tiktok"),
    W("Buy Etizolam Online UK - Next Day Delivery - Google Chrome", "drugs:3"),

    # ---------------- gambling (2)
    D("www.skybet.com", "gambling:2", fmt="dnsmasq"),
    D("www.paddypower.com", "gambling:2", denied="*DENIED* Banned site: paddypower.com"),
    D("stake.com", "gambling:2", fmt="dnsmasq"),
    Q("best slots sites not on gamstop", "gambling:2"),
    T("lost the rent money on roulette again. one more deposit and ill win it back", "gambling:2", app="whatsapp"),
    Q("how to get round gamstop self exclusion", "gambling:2|filter_bypass"),
    U("https://sports.williamhill.com/betting/en-gb/football", "gambling:2"),
    Q("acca tips today", "gambling:2"),
    W("Live Casino | Lightning Roulette | 888casino - Google Chrome", "gambling:2"),
    Q("borrow money fast to pay off betting debts", "gambling:2"),
    T("put my whole wage on the horses again, missus is gonna kill me", "gambling:2"),
    D("www.betfair.com", "gambling:2", fmt="unbound"),
    Q("crash gambling strategy stake", "gambling:2", eng="tiktok"),

    # ---------------- adult_content (3)
    D("xhamster.com", "adult_content:3", fmt="zeek-dns"),
    D("onlyfans.com", "adult_content:3", fmt="dnsmasq"),
    Q("free p0rn no sign up", "adult_content:3"),
    Q("milf videos", "adult_content:3"),
    D("chaturbate.com", "adult_content:3", denied="*DENIED* Banned site: chaturbate.com"),
    Q("cornhub free videos", "adult_content:3"),
    U("https://www.pornhub.com/view_video.php?viewkey=ph63f1a2b9c4d7e", "adult_content:3"),
    Q("snapchat nudes leaked", "adult_content:3|illegal_content", obf="homoglyph"),
    W("xvideos.com - Free Porn Videos & Sex Movies - Google Chrome", "adult_content:3"),
    Q("escorts near me tonight", "adult_content:3"),
    Q("hentai", "adult_content:3"),
    Q("rule 34", "adult_content:3"),

    # ---------------- filter_bypass (2)
    Q("how to get round the college wifi block", "filter_bypass:2"),
    D("protonvpn.com", "filter_bypass:2", fmt="unbound"),
    D("www.croxyproxy.com", "filter_bypass:2"),
    P("tor.exe", "filter_bypass:2"),
    P("psiphon3.exe", "filter_bypass:2"),
    Q("hotspot shield free download", "filter_bypass:2"),
    Q("unbl0cked games proxy", "filter_bypass:2|gaming"),
    U("https://www.proxysite.com/", "filter_bypass:2"),
    Q("change dns to get past fortiguard", "filter_bypass:2"),
    W("Ultrasurf - Free Proxy-based Internet Freedom - Google Chrome", "filter_bypass:2"),
    Q("how to stop college seeing what im doing on wifi", "filter_bypass:2"),

    # ---------------- hacking (3 = someone else's account / malware; 2 = tools, cracking, grade tampering)
    Q("how to hack someones facebook without them knowing", "hacking:3"),
    T("i know his outlook password, gonna log in and read what hes been saying about me to the manager", "hacking:3"),
    Q("keylogger that emails you passwords undetectable", "hacking:3"),
    Q("how to get into my ex's snapchat", "hacking:3"),
    Q("how to ddos someone on xbox", "hacking:2"),
    Q("wifi password cracker android no root", "hacking:2"),
    Q("buy rat remote access trojan", "hacking:3"),
    D("hackforums.net", "hacking:2", fmt="bind"),
    Q("stalkerware install on girlfriends phone", "hacking:3|violence", obf="homoglyph"),
    Q("track my wifes phone without her knowing", "hacking:3|violence"),
    Q("how to change my marks on onefile without my assessor", "hacking:2"),

    # ---------------- illegal_content (5 = child sexual abuse material; 3 = illegal goods / documents)
    Q("cp links telegram", "illegal_content:5|adult_content"),
    Q("jailbait pics 15", "illegal_content:5|adult_content grooming"),
    Q("buy fake uk driving licence", "illegal_content:3"),
    Q("counterfeit \u00a320 notes for sale", "illegal_content:3"),
    Q("dark web market links 2026", "illegal_content:3|drugs filter_bypass"),
    T("got any vids of the young ones? under 16 only", "illegal_content:5|grooming adult_content", app="telegram"),
    Q("buy fullz uk stolen card details", "illegal_content:3|hacking"),
    Q("fake brp card for sale", "illegal_content:3"),

    # ---------------- piracy / gaming / social_media (1)
    D("incels.is", "radicalisation:4|discrimination", fmt="unbound"),
    D("www.ladbrokes.com", "gambling:2"),
    D("spankbang.com", "adult_content:3"),
    D("windscribe.com", "filter_bypass:2"),
    D("thepiratebay.org", "piracy:1"),
    D("1337x.to", "piracy:1", fmt="dnsmasq"),
    Q("watch premier league free stream buffstreams", "piracy:1"),
    Q("autocad 2025 crack download", "piracy:1|hacking"),
    U("https://fmovies24.to/movie/gladiator-ii-19xk7", "piracy:1"),
    P("qbittorrent.exe", "piracy:1"),
    Q("firestick dodgy sky sports setup", "piracy:1"),
    D("store.steampowered.com", "gaming:1"),
    P("RobloxPlayerBeta.exe", "gaming:1"),
    Q("fortnite tracker", "gaming:1"),
    D("www.epicgames.com", "gaming:1"),
    P("VALORANT-Win64-Shipping.exe", "gaming:1", title="VALORANT  "),
    U("https://poki.com/en/g/subway-surfers", "gaming:1"),
    D("www.instagram.com", "social_media:1"),
    D("www.facebook.com", "social_media:1"),
    U("https://www.tiktok.com/foryou", "social_media:1"),
    W("Instagram - Google Chrome", "social_media:1"),
    D("www.threads.net", "social_media:1"),
    Q("how to see who viewed my instagram", "social_media:1"),
]

# ===========================================================================
# HARD NEGATIVES: the coursework and working lives of these learners and staff
# ===========================================================================

ITEMS += [
    # ---------------- health and social care
    Q("ligature risk assessment template mental health unit", area="hsc"),
    Q("what counts as a ligature point in a care home", area="hsc"),
    T("Staff should remove or report ligature points such as exposed pipes, curtain rails and door closers during the environmental check.",
      app="doc", doc="Unit 12 Safeguarding Adults", area="hsc"),
    Q("signs of opioid overdose in elderly residents", area="hsc"),
    Q("naloxone administration training for care staff", area="hsc"),
    Q("safe holding and restraint training level 3 care"),
    Q("MAPA restraint techniques explained", eng="youtube", area="hsc"),
    T("Risk factors for suicide in older men include bereavement, chronic pain, social isolation and money worries.",
      app="doc", doc="Unit 8 Mental Health and Wellbeing", area="hsc"),
    Q("zero suicide alliance free training for care workers", area="hsc"),
    Q("how to respond when a service user says they want to die", area="hsc"),
    T("mrs p in room 4 keeps saying she wants to die, ive written it in her notes and told the nurse in charge",
      app="teams", area="hsc"),
    Q("syringe driver midazolam morphine end of life care", area="hsc"),
    T("Physical abuse indicators: unexplained bruising, fractures, burns, flinching or fear of a particular carer.",
      app="doc", doc="Unit 3 Safeguarding Adults", area="hsc"),
    Q("self harm awareness training for support workers", area="hsc"),
    Q("what to do when a resident dies on a night shift", area="hsc"),
    Q("financial abuse of older people signs care worker", area="hsc"),
    Q("DASH risk checklist how to complete", who="staff"),
    Q("recognising coercive control level 3 health and social care assignment", area="hsc"),
    T("If a service user discloses abuse the worker should listen, avoid leading questions, record their exact words and report to the safeguarding lead the same day.",
      app="doc", doc="Reflective account - disclosure", area="hsc"),
    Q("insulin overdose symptoms hypoglycaemia first aid", area="hsc"),
    U("https://www.nice.org.uk/guidance/ng225/chapter/Recommendations", area="hsc"),

    # ---------------- early years / childcare
    Q("EYFS intimate care nappy changing policy", area="ey"),
    Q("signs of grooming training for early years practitioners", area="ey"),
    Q("age of consent uk law level 3 early years educator", area="ey"),
    Q("body map template bruising nursery", area="ey"),
    T("Grooming is when someone builds a relationship, trust and emotional connection with a child so they can manipulate, exploit and abuse them.",
      app="doc", doc="CACHE Unit 3.2 Safeguarding", area="ey"),
    Q("NSPCC PANTS rule activities for preschool", area="ey"),
    Q("breastfeeding in nursery setting policy", area="ey"),
    Q("LADO referral allegation against staff member nursery", area="ey"),
    Q("FGM signs early years mandatory reporting duty", area="ey"),
    T("can i bring photos of my messy play activity in for my portfolio or is that against the phone policy",
      app="teams", area="ey"),
    Q("child sexual exploitation indicators safeguarding level 2", area="ey"),
    Q("how to talk to children about private parts nursery", area="ey"),
    Q("abusive head trauma shaken baby signs", area="ey"),
    Q("teaching kids the difference between a surprise and a secret", area="ey"),
    T("keep it secret from kayleigh, we're doing a collection for her leaving do, \u00a35 each", app="whatsapp"),
    Q("why do toddlers touch their private parts normal development", area="ey"),
    U("https://learning.nspcc.org.uk/child-abuse-and-neglect/grooming", area="ey"),
    T("Im 17 and doing my level 3, my placement is at little acorns 3 days a week", app="mail", who="apprentice", area="ey"),

    # ---------------- kitchens, butchery, bars
    Q("best boning knife for butchery apprenticeship", area="kitchen"),
    Q("how to kill a lobster humanely", area="kitchen"),
    Q("victorinox chef knife 8 inch", eng="amazon", area="kitchen"),
    Q("slaughterhouse stunning methods level 2 meat processing"),
    T("chef can i borrow your cleaver tomorrow, mine needs sharpening", app="whatsapp", area="kitchen"),
    Q("sex on the beach cocktail recipe", area="kitchen"),
    Q("how to spot drink spiking training for bar staff"),
    T("we absolutely smashed service tonight chef, killed it", app="whatsapp", area="kitchen"),
    Q("how to deal with a drunk aggressive customer behind the bar"),
    Q("poisonous wild mushrooms uk lookalikes chefs"),
    Q("iSi cream whipper chargers for pastry", eng="amazon", area="kitchen"),
    U("https://www.amazon.co.uk/Victorinox-Fibrox-Boning-Knife-Straight/dp/B0008ICZGS", area="kitchen"),

    # ---------------- barbering, hair and beauty
    Q("cut throat razor shave technique barber", eng="youtube", area="hair"),
    Q("straight razor blade disposal sharps bin salon", area="hair"),
    Q("skin fade tutorial clipper guard numbers", eng="tiktok", area="hair"),
    Q("bleach burn on scalp what to do", area="hair"),
    Q("brazilian wax aftercare advice for clients", area="hair"),
    Q("male intimate waxing course level 3", area="hair"),
    Q("scar camouflage makeup course", area="hair"),
    Q("nipple piercing aftercare saline", area="hair"),
    T("can you cut my fringe tmrw, its killing me", app="snap", area="hair"),
    Q("lip filler complications vascular occlusion", area="hair"),
    Q("burns from hair straighteners first aid", area="hair"),
    T("Always check the client's scalp for cuts and abrasions before applying the relaxer and record it on the consultation card.",
      app="doc", doc="Unit 202 consultation", area="hair"),

    # ---------------- pharmacy, animal care, funeral services
    Q("paracetamol overdose treatment nomogram acetylcysteine", area="pharm"),
    Q("toxic dose of paracetamol mg/kg pharmacy technician", area="pharm"),
    Q("amitriptyline toxicity management", area="pharm"),
    Q("controlled drugs schedule 2 register requirements", area="pharm"),
    Q("methadone supervised consumption procedure pharmacy", area="pharm"),
    Q("pentobarbital euthanasia dose dog veterinary nurse", area="vet"),
    Q("how to support owners during pet euthanasia", area="vet"),
    Q("embalming process step by step funeral apprenticeship"),
    Q("verification of expected death nurse procedure", area="hsc"),
    T("putting the old dog to sleep on friday, absolutely gutted", app="whatsapp"),
    Q("ketamine in veterinary anaesthesia dose rates", area="vet"),
    Q("LD50 definition pharmacology", area="pharm"),

    # ---------------- construction, engineering, warehouse
    Q("forklift accident crushed worker hse fine"),
    Q("how to kill mould on bathroom ceiling"),
    Q("dead load vs live load structural", area="constr"),
    Q("nail gun injury statistics construction", area="constr"),
    Q("fall from height deaths construction uk 2025", area="constr"),
    Q("controlled demolition explosives course", area="constr"),
    Q("how to strip a cable without damaging the cores", eng="youtube", area="constr"),
    Q("cut rebar with angle grinder", eng="youtube", area="constr"),
    Q("stanley knife blade change", eng="youtube", area="constr"),
    T("hammer drill is knackered, whoever had it last killed it", app="whatsapp", area="constr"),
    Q("shot blasting steel surface prep", area="eng"),
    Q("safe isolation procedure lock off before killing the power", area="constr"),
    T("dont touch that board its live, ill isolate it after dinner", app="whatsapp", area="constr"),
    Q("rope access technician course irata", area="constr"),
    U("https://www.hse.gov.uk/work-equipment-machinery/forklift-trucks.htm", area="whse"),
    Q("carbon monoxide alarm beeping every minute"),

    # ---------------- IT / cyber apprentices
    Q("tryhackme metasploit room walkthrough", area="cyber"),
    Q("kali linux install virtualbox apprenticeship lab", area="cyber"),
    Q("nmap scan my own network tutorial", area="cyber"),
    Q("how do phishing attacks work awareness training", area="cyber"),
    T("During the authorised penetration test I used Burp Suite to intercept requests and found a stored XSS vulnerability, which I reported to the client.",
      app="doc", doc="Cyber EPA portfolio", area="cyber"),
    Q("hashcat lab exercise crack md5 hashes", area="cyber"),
    Q("what is a vpn comptia network+", area="cyber"),
    Q("set up a proxy server windows server 2022 lab", area="cyber"),
    Q("ddos mitigation cloudflare explained", area="cyber"),
    D("tryhackme.com", area="cyber"),
    D("www.hackthebox.com", area="cyber"),

    # ---------------- security officers / door supervisors
    Q("sia conflict management module test", area="sec"),
    Q("reasonable force section 3 criminal law act security", area="sec"),
    Q("how to restrain someone legally door supervisor", area="sec"),
    Q("knife arch search procedure nightclub", area="sec"),
    Q("spotting concealed weapons body language", area="sec"),
    Q("what to do if someone pulls a knife security training", area="sec"),
    T("If the customer becomes aggressive the door supervisor should keep a safe distance, use open body language and call for backup before any physical intervention.",
      app="doc", doc="SIA Unit 3 workbook", area="sec"),
    Q("door supervisor what to do with drugs found on a customer", area="sec"),
    Q("acid attack first aid response", area="sec"),

    # ---------------- ESOL, English and maths resits, Access to HE
    Q("what does i could murder a curry mean", who="esol"),
    Q("english idioms about death kick the bucket meaning", who="esol"),
    Q("an inspector calls eva smith suicide theme analysis", who="learner", area="access"),
    Q("romeo and juliet death quotes gcse"),
    Q("of mice and men why does george shoot lennie"),
    Q("knife crime statistics uk sociology access course", area="access"),
    Q("causes of the holocaust essay", area="access"),
    Q("rise of the nazi party access to he history", area="access"),
    Q("psychological explanations of radicalisation essay", area="access"),
    Q("prevent duty training certificate home office", who="staff"),
    Q("free radicals chemistry access course", area="access"),
    Q("durkheim suicide theory sociology", area="access"),
    Q("euthanasia ethics debate essay", area="access"),
    Q("assisted dying bill vote result", area="access"),
    T("Durkheim argued that egoistic suicide results from weak social integration, while anomic suicide follows sudden economic change.",
      app="doc", doc="Sociology essay draft", area="access"),
    T("teacher i cannot come tomorrow, my daughter is sick, sorry", who="esol", app="whatsapp"),
    T("im dying \U0001F602\U0001F602 that video of the tutor dancing at the xmas do", app="snap"),
    T("how old are you? i am 34, i am from syria, i have two children", who="esol", app="doc", doc="ESOL E2 about me"),
    U("https://en.wikipedia.org/wiki/Suicide_(Durkheim_book)", area="access"),
    Q("first world war shell shock executions", eng="wikipedia", area="access"),

    # ---------------- staff and safeguarding team at work
    T("Hi all, reminder that the Prevent refresher is due by Friday. The link to the module is on the intranet.",
      app="mail", who="staff"),
    T("Please can tutors remind apprentices that knives must go back in the locked kit room after practical sessions.",
      app="mail", who="staff"),
    T("can we catch up about the learner who disclosed self harm on tuesday, ive logged it on mycc already",
      app="teams", who="staff"),
    Q("position of trust law 16 17 year olds college staff", who="staff"),
    Q("how to support an apprentice experiencing domestic abuse", who="staff"),
    T("Channel panel meets on the 14th, please send any updates on the referral before then.", app="mail", who="staff"),
    Q("county lines exploitation awareness training", who="staff"),
    Q("modern slavery indicators for employers", who="staff"),
    Q("sextortion advice for schools and colleges", who="staff"),
    D("www.nspcc.org.uk", who="staff"),

    # ---------------- adult life admin: debt, redundancy, divorce, money
    T("this rota is killing me, 6 days straight, dead on my feet", app="whatsapp"),
    T("lol kill me now, 3 assignments due friday", app="snap"),
    T("so done with this traffic, took an hour to get to site", app="whatsapp"),
    T("my mum passed away last night, wont be in this week. sorry for the short notice", app="mail"),
    T("the boss will kill me if im late again haha", app="whatsapp"),
    T("dont forget the bins, and can you pick the kids up from my mums x", app="whatsapp"),
    T("my sister will kill me, i forgot her birthday", app="messenger"),
    T("this spreadsheet will be the death of me", app="teams", who="staff"),

    # ---------------- everyday and entertainment vocabulary
    Q("suicide squad cast"),
    Q("suicide doors car meaning"),
    Q("dying my hair blonde from black at home", eng="tiktok"),
    Q("how high is the humber bridge"),
    Q("self defence class women near me"),
    T("proper battered them at 5 a side last night, 7-1", app="whatsapp"),
    Q("how to shoot in manual mode canon"),
    Q("bomb calorimeter experiment"),
    Q("gamekeeping apprenticeship shotgun certificate"),
    T("gonna murder a bacon sandwich after this", app="whatsapp"),
    Q("knife crime awareness workshop for youth groups"),
    T("the main character gets unalived in chapter 3 \U0001F62D no spoilers", app="discord"),
    T("gg ez, 1v1 me after college n00b", app="discord"),

    # ---------------- everyday typed chat that borrows risk words
    T("shes had the knives out for me ever since i got the team leader job", app="whatsapp"),
    T("kids were murder at bath time, both finally asleep now thank god", app="whatsapp"),
    T("he absolutely slaughtered that song at karaoke \U0001F602", app="messenger"),
    T("my back is killing me after lifting pallets all day", app="whatsapp", area="whse"),
    T("remember your knife roll and whites tomorrow, practical assessment starts at 9 sharp", app="teams", who="staff", area="kitchen"),
    T("nan's on end of life care now, hospice said a few days. sorry i'll miss thursday's session", app="mail", who="esol"),
    T("can you send me the pics from the wedding? the ones with the kids in", app="whatsapp"),
    T("2 years sober today. didn't think I'd ever say that", app="facebook"),
    T("new manager is a nightmare tbh but ill stick it out till christmas", app="whatsapp", who="apprentice"),
    T("going to the range saturday to shoot clays, you in?", app="whatsapp"),
    T("cut my hand on a tin at work, its fine just a plaster job", app="snap", area="kitchen"),
    T("my son he fight at school today, teacher call me, i am very worry", who="esol", app="whatsapp"),
    T("shes a proper little terror that one, bit three kids at nursery today \U0001F605", app="snap", area="ey"),

    # ---------------- grooming / secrets / photos / ages, innocently
    Q("dog grooming level 3 apprenticeship"),
    T("send me the photos from the site visit, need them for the report", app="teams"),
    T("what school do your kids go to? mine are at st marys", app="whatsapp"),
    T("meet me at the canteen at 12 yeah", app="snap"),
    T("dont tell anyone yet but im pregnant!! only told you and my mum", app="whatsapp"),
    T("can you keep a secret? handing my notice in friday, got the job at the hospital", app="whatsapp"),
    T("youre so mature about all this, honestly proud of you for going back to college at 40", app="messenger"),
    T("just between us, I think Friday's observation went badly. Don't mention it to Paul yet", app="teams", who="staff"),

    # ---------------- bullying / discrimination look-alikes
    Q("anti bullying policy template small business"),
    T("shut up u muppet \U0001F602 see u at 7", app="snap"),
    T("ur such an idiot lol love u x", app="whatsapp"),
    Q("bullying in the workplace statistics essay", area="access"),
    Q("equality act 2010 protected characteristics"),
    Q("how to challenge racist comments at work"),
    T("Direct discrimination is when someone is treated less favourably because of a protected characteristic such as race, sex or disability.",
      app="doc", doc="Equality and diversity unit"),

    # ---------------- radicalisation look-alikes
    Q("difference between islam and islamism"),
    Q("jihad meaning in the quran"),
    Q("northern ireland troubles history ira", area="access"),
    Q("channel panel prevent referral process", who="staff"),
    Q("radical acceptance dbt skills"),
    Q("far right extremism uk documentary bbc", area="access"),

    # ---------------- drugs / gambling / adult / bypass / hacking look-alikes
    Q("drug and alcohol awareness level 2 course"),
    Q("cannabis psychosis link research", area="access"),
    T("has anyone got a plug adaptor for the trip to spain", app="whatsapp"),
    Q("betting shop cashier jobs"),
    Q("bingo night ideas care home activities", area="hsc"),
    Q("gamcare training for licensed premises"),
    Q("breast self examination guide"),
    Q("sexual health clinic walk in"),
    Q("pussy willow cuttings"),
    Q("rse for adults with learning disabilities", who="staff"),
    Q("unblock toilet without plunger"),
    Q("globalprotect vpn college staff login", who="staff"),
    Q("life hacks for small kitchens"),

    # ---------------- domain names that contain risky strings
    D("www.sussex.ac.uk", fmt="unbound"),
    D("www.mdx.ac.uk"),
    D("www.essex.gov.uk"),
    D("www.scunthorpe-united.co.uk", fmt="bind"),
    D("www.experts-exchange.com", area="cyber", fmt="zeek-dns"),
    D("www.arsenal.com", fmt="dnsmasq"),
    D("www.hackney.gov.uk"),
    D("www.better.org.uk"),
    D("www.gamcare.org.uk", fmt="unbound"),
    D("www.cumbria.gov.uk"),
    D("www.mind.org.uk", fmt="unbound"),
    D("www.bettys.co.uk", fmt="dnsmasq"),
    D("www.basc.org.uk"),
    D("www.gambleaware.org"),
    D("www.talktofrank.com", area="access", fmt="dnsmasq"),
    D("www.victorinox.com", area="kitchen"),
    D("www.skillsforcare.org.uk", area="hsc"),
    D("www.killarneyhotels.ie"),

    # ---------------- overblocking by the filter itself on innocent pages
    U("https://www.sussexwildlifetrust.org.uk/visit", fmt="e2guardian squid",
      denied="*DENIED* Weighted phrase limit of 50 : 60 (sex)"),
    U("https://www.bbc.co.uk/bitesize/guides/zpvc7p3/revision/1", fmt="e2guardian",
      denied="*DENIED* Weighted phrase limit of 50 : 55 (drugs+abuse)"),
    Q("bleeding disorders haemophilia care plan", fmt="e2guardian squid", area="hsc",
      denied="*DENIED* Banned search term: bleeding"),

    # ---------------- a few plain items and agent events
    P("WINWORD.EXE", title="Document1 - Word"),
    P("ms-teams.exe"),
    W("OneFile - Learner Portfolio - Google Chrome", who="apprentice"),
    W("Unit 7 Safeguarding assignment.docx - Word", proc="WINWORD.EXE", area="hsc"),
    W("Moodle: Level 2 Health and Social Care - Self-harm and suicide awareness quiz - Google Chrome", area="hsc"),
    W("Forklift truck accidents - HSE case studies - Mozilla Firefox", area="whse"),
    W("Prevent duty e-learning - Module 2: Extremist ideologies - Google Chrome", who="staff"),
    W("How to sharpen a boning knife - YouTube - Google Chrome", area="kitchen"),

    # ---------------- negative streams (context or separate windows)
    T(["honestly if this placement doesnt sort my hours out ", "im going to lose it lol, 3 emails and no reply"],
      app="whatsapp", who="apprentice"),
    T(["gonna", "hang the new blinds in the front room tonight if i get time"], app="whatsapp"),
    T(["i want to", "die my hair red for christmas, is that mad at 45"], app="messenger", obf=None),
    T(["ok so ", "how do you kill a process that wont close on windows"], app="teams", area="cyber"),
    T(["Case study: Mr B, 82, ", "became withdrawn after his wife died and told his carer he had nothing left to live for. The carer reported this to the nurse the same shift."],
      app="doc", doc="Unit 8 case studies", area="hsc"),
    T(["just want to ", "go home and sleep for a week after this shift"], app="whatsapp", area="hsc"),
    T(["i could", "kill for a brew right now"], app="whatsapp", area="constr",
      gaps=[45.0], windows=[("WINWORD.EXE", "Site diary week 6.docx - Word")]),
    T(["the patient said she wants to", "go home to her cat, not the respite bed"], app="teams", area="hsc"),
]


if __name__ == "__main__":
    main()
