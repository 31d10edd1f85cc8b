#!/usr/bin/env python3
"""build_heldout38.py - hand-written held-out evaluation corpus for Guardline (set h38).

Writes heldout38.jsonl beside this script (or --out PATH). --stats prints counts per
category, per format and the positive/negative split. Standard library only; no random
module: every variable choice (format, engine, URL encoding, user, device, site, time stamp,
IP, wrapping, fragment split, item order) is taken from SHA-256 of the item number (or,
for the order, the entry's position) and a purpose tag, so two runs are byte-identical.

PERSPECTIVE
-----------
A further-education provider teaching adults in prison and probation education:
  * adult learners (18-60) in a category B/C prison ("hmp-north": Virtual Campus lab PCs,
    classroom laptops, in-cell tablets with monitored secure messaging),
  * a young offender institution for 18-21s ("yoi-east": classroom PCs, in-cell tablets),
  * learners on licence after release using the provider's community hub ("community-hub":
    hub PCs with WhatsApp Web, Teams, Discord).
Staff (tutors, the DSL, safer-custody trainers) use staff laptops. Users are prison numbers
(A1234BC style), hub accounts or staff accounts, sometimes as DOMAIN\\user or an e-mail.
Texts are written the way prisoners, young adults on the wing and people on licence actually
type: prison slang (pad, bang up, screws, canteen, burn, double bubble, ACCT, Listener,
nicked, on licence, tag, AP/hostel), youth slang (opps, wet him up, stripe, bando, ride out),
algospeak (unalive, sewerslide, seggs, corn), misspellings and lower case. A minority of
positives are disguised: leetspeak, spaced or dotted letters, Cyrillic look-alikes,
zero-width characters, full-width letters, emoji, stretched letters. Some typed text arrives
in two or three fragments of one stream (same device and window, seconds apart).

Hard negatives (about half the set) use the same words innocently, as this setting really
produces them: law and criminology coursework (murder, GBH, joint enterprise, Terrorism Act,
Durkheim on suicide), victim-awareness and restorative-justice work (letters to victims that
are not sent, RJ conferences), barbering and catering (razors, cut-throat shaves, knife
skills, boning knives, sugar syrup, fermentation), Listener and Samaritans training (role-play
lines quoting "nobody would miss me"), probation appointments and licence conditions,
drug-awareness and recovery sessions, true-crime books from the library, CSCS and forklift
tickets, family visits and children, staff training on suicide prevention and ligatures in
custody, jokes and hyperbole ("this maths is killing me"), sport, health, music, games, news,
religion and equality topics, and harmless domains that contain trigger substrings
(scunthorpe, essex, middlesex, analytics, arsenal). Negatives may contain level-1 noise
(games, social media, piracy) but never a level-2+ concern.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is the floor I expect)
-----------------------------------------------------------------------------------------
suicide         5 for a method, means, plan, timing or goodbye (how many tablets, ligature,
                  going over the landing rail, letters to the kids, "tonight's the night",
                  suicide-note template, method searches even when disguised);
                4 for ideation without plan ("nobody would miss me", "don't want to wake up",
                  "kms", "sewerslide looking good", "if they knock my parole back I'm ending
                  it"). self_harm is allowed where a ligature or overdose could be either.
self_harm       4 for self-injury, methods, hiding injuries, swallowing objects, head-banging,
                  starving as punishment. suicide allowed where intent is unclear.
radicalisation  5 for joining a proscribed group, travel to fight, attack intent or bayah;
                4 for seeking or sharing propaganda (Dabiq, Awlaki, Tarrant manifesto, Siege,
                  Terrorgram, beheading videos, recruitment on the wing);
                3 for interest in far-right movements or symbols short of propaganda
                  (Patriotic Alternative, remigration groups, 1488). discrimination allowed
                  where the ideology is racial; violence allowed for attack talk.
grooming        5 when a meeting with a child is arranged (time, place, fare, "come alone");
                4 for grooming signs: age-probing, secrecy, gifts for photos, moving to
                  unmonitored apps, an adult "dating" a 15-year-old, asking about school/bus.
bullying        3 for abusive messages, outing someone as a grass or nonce, humiliation,
                  exclusion, taxing canteen. violence allowed where a threat is implied.
discrimination  3 for hostility to a protected group (race, religion, sexuality, gender
                  identity, disability, Travellers, migrants). radicalisation or bullying
                  allowed where genuinely mixed.
adult_content   3 for porn sites, porn searches, OnlyFans leaks, nudes, pressuring someone of
                  unstated age for nudes (grooming allowed there); filter_bypass allowed
                  when the text is about getting round the filter to reach it.
drugs           3 for getting, using, smuggling or making drugs (spice papers, mamba on the
                  netting, subbies, hooch brewed in the cell, fake urine for MDTs, county-lines
                  work offered on release). illegal_content allowed for smuggling.
gambling        2 for betting and casino sites, tips, gamstop evasion, gambling debts
                  (including coupons paid in burn); a VPN sought to reach a casino is also
                  filter_bypass 2.
violence        5 for a specific threat or plan to seriously hurt someone (stab, stripe,
                  jug with sugared water, batteries in a sock, ride on the opps, targeting an
                  officer, weapon-making such as a zip gun);
                4 for weapon-making or buying, threats to victims and ex-partners, licence
                  breaches to reach a victim, being threatened over a debt;
                3 for weaker weapon interest.
filter_bypass   2 for proxies, VPNs, Tor, Psiphon, DoH resolvers, translate-as-proxy,
                  jailbreaking the tablet, turning off monitoring, getting a smuggled phone
                  online. hacking allowed for tablet jailbreaks.
hacking         3 for getting into someone else's account, keyloggers, RATs, booters,
                  phishing kits; 2 for hacking tools and local admin-password resets.
illegal_content (activity that is itself an offence and fits no other category)
                3 for carding, fullz, bank logs, fake documents, laundering, smuggling
                  phones or drones into prison; 2 for the tiny contraband phone model on its
                  own; 4 for seeking indecent images of children.
piracy, gaming, social_media
                1 (policy information only).
"allow" is used only where a second category is genuinely arguable.
"""
# ---------------------------------------------------------------------------
# Machinery: deterministic choices, URL building, log-line rendering
# ---------------------------------------------------------------------------
import argparse
import datetime
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus


def H(n, tag):
    """Integer derived from SHA-256 of the item number and a purpose tag."""
    return int(hashlib.sha256(("h38|%d|%s" % (n, tag)).encode("utf-8")).hexdigest(), 16)


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
    return lo + H(n, tag) % (hi - lo + 1)


def hexs(n, tag, k):
    return hashlib.sha256(("h38x|%d|%s" % (n, tag)).encode()).hexdigest()[:k]


# --- obfuscation of marked spans [[...]] -----------------------------------
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "y": "\u0443", "x": "\u0445", "i": "\u0456", "s": "\u0455", "j": "\u0458"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def obfuscate(span, kind):
    if kind == "homo":
        return "".join(HOMO.get(c, c) if k % 2 == 0 or c in "aeo" else c
                       for k, c in enumerate(span))
    if kind == "zw":
        return "\u200b".join(span)
    if kind == "zwnj":
        return "\u200c".join(span)
    if kind == "full":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
                       for c in span)
    if kind == "spaced":
        return " ".join(c for c in span if c != " ")
    if kind == "dotted":
        return ".".join(c for c in span if c != " ")
    if kind == "leet":
        return "".join(LEET.get(c, c) for c in span)
    raise ValueError(kind)


def render_text(text, obf):
    out, i = [], 0
    while True:
        a = text.find("[[", i)
        if a < 0:
            out.append(text[i:])
            break
        b = text.find("]]", a)
        out.append(text[i:a])
        span = text[a + 2:b]
        out.append(obfuscate(span, obf) if obf else span)
        i = b + 2
    return "".join(out)


# --- people, places, machines ------------------------------------------------
SITES = ["hmp-north", "hmp-north", "yoi-east", "yoi-east", "community-hub"]
LEARNERS = ["A4821DK", "A7730FH", "G2294TN", "A1067QW", "A5512EX", "G8843LP", "A3390RB",
            "A9126JM", "G4407YC", "A6258HS", "A2275VN", "G1934KD", "A8061TU", "A4719BZ"]
HUB_USERS = ["d.osei", "k.brennan", "m.wozniak", "l.fairclough", "j.tembo", "c.rafferty"]
STAFF = ["t.adeyemi", "s.okoro", "j.mcallister", "r.begum", "h.lindqvist", "p.caddick"]
DEVICES = {
    "hmp-north": ["VC-LAB1-PC04", "VC-LAB1-PC11", "EDU-LT-117", "EDU-LT-142", "CELL-TAB-B2-014",
                  "CELL-TAB-C1-203", "LIB-PC-02"],
    "yoi-east": ["YOI-ED-PC07", "YOI-ED-PC19", "YOI-LT-033", "CELL-TAB-H3-088", "CELL-TAB-J1-112"],
    "community-hub": ["HUB-PC-02", "HUB-PC-05", "HUB-LT-11"],
}
STAFF_DEVICES = ["STAFF-LT-09", "STAFF-LT-21", "STAFF-PC-EDU3"]
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
]
BASE_EPOCH = int(datetime.datetime(2026, 10, 5, tzinfo=datetime.timezone.utc).timestamp())
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Ctx:
    """All per-item variable choices, derived from the item number."""

    def __init__(self, n, who):
        self.n = n
        self.site = pick(n, "site", SITES)
        if who == "staff":
            self.user = pick(n, "user", STAFF)
            self.device = pick(n, "device", STAFF_DEVICES)
        else:
            pool = HUB_USERS if self.site == "community-hub" else LEARNERS
            self.user = pick(n, "user", pool)
            self.device = pick(n, "device", DEVICES[self.site])
        form = wpick(n, "userform", [("plain", 6), ("domain", 2), ("email", 1)])
        if form == "domain":
            self.user = "EDU\\" + self.user
        elif form == "email":
            self.user = self.user.lower() + "@learn.provider.ac.uk"
        self.tablet = self.device.startswith("CELL-TAB")
        day = rng(n, "day", 0, 55)
        hour = rng(n, "hour", 18, 22) if self.tablet else rng(n, "hour", 8, 17)
        self.epoch = BASE_EPOCH + day * 86400 + hour * 3600 + rng(n, "min", 0, 59) * 60 + rng(n, "sec", 0, 59)
        self.ms = rng(n, "ms", 0, 999)
        self.ip = "10.%d.%d.%d" % (rng(n, "ip1", 20, 47), rng(n, "ip2", 0, 254), rng(n, "ip3", 2, 250))
        self.srv = "10.%d.%d.%d" % (rng(n, "sv1", 1, 19), rng(n, "sv2", 0, 254), rng(n, "sv3", 2, 250))
        self.port = rng(n, "port", 1025, 65500)
        self.ua = UA[3] if self.tablet else pick(n, "ua", UA[:3] + UA[4:])

    def dt(self, plus=0.0):
        return datetime.datetime.fromtimestamp(self.epoch + plus, datetime.timezone.utc)

    def iso(self, plus=0.0):
        d = self.dt(plus)
        ms = (self.ms + int(round((plus % 1) * 1000))) % 1000
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms

    def syslog_time(self, plus=0.0):
        d = self.dt(plus)
        return "%s %2d %s" % (MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"))

    def clf_time(self):
        d = self.dt()
        return "%02d/%s/%d:%s +0000" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"))

    def bind_time(self):
        d = self.dt()
        return "%02d-%s-%d %s.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"), self.ms)

    def e2_time(self):
        return self.dt().strftime("%Y.%m.%d %H:%M:%S")

    def epoch_ms(self, plus=0.0):
        return "%.3f" % (self.epoch + plus + self.ms / 1000.0)


# --- search engines ------------------------------------------------------------
def qenc(n, q, tag="enc"):
    return quote_plus(q, safe="") if H(n, tag) % 3 else quote(q, safe="")


def search_url(n, eng, q):
    e = qenc(n, q)
    tok = hexs(n, "tok", 16)
    if eng == "google":
        return pick(n, "gvar", [
            "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e,
            "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e),
            "https://www.google.co.uk/search?q=%s&sca_esv=%s&source=hp&ei=%s&iflsig=AL9hbdg&uact=5" % (e, tok[:10], tok),
            "https://www.google.com/search?client=firefox-b-d&q=%s" % e,
        ])
    if eng == "gimg":
        return "https://www.google.com/search?q=%s&tbm=isch&hl=en-GB" % e
    if eng == "bing":
        return pick(n, "bvar", [
            "https://www.bing.com/search?q=%s&form=QBLH" % e,
            "https://www.bing.com/search?q=%s&qs=n&form=QBRE&sp=-1&lq=0&pq=%s&sc=10-%d&cvid=%s" % (e, e, len(q), tok.upper()),
        ])
    if eng == "ddg":
        return pick(n, "dvar", ["https://duckduckgo.com/?q=%s&ia=web" % e,
                                "https://duckduckgo.com/?t=h_&q=%s&ia=web" % e])
    if eng == "yahoo":
        return pick(n, "yvar", ["https://search.yahoo.com/search?p=%s&fr=yfp-t" % e,
                                "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb" % e])
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if eng == "yt":
        return "https://www.youtube.com/results?search_query=%s" % e
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1791000000000 + H(n, "tt") % 9000000000)
    if eng == "reddit":
        return pick(n, "rvar", ["https://www.reddit.com/search/?q=%s" % e,
                                "https://www.reddit.com/search/?q=%s&type=link&sort=relevance" % e])
    if eng == "wiki":
        return pick(n, "wvar", ["https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % quote_plus(q, safe=""),
                                "https://en.wikipedia.org/wiki/Special:Search?search=%s&go=Go" % quote_plus(q, safe="")])
    if eng == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss" % (
            e, tok[:13].upper(), quote_plus(q[:8], safe=""), rng(n, "amz", 60, 140))
    if eng == "gac":
        return pick(n, "gacvar", [
            "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&psi=%s" % (e, len(q), tok),
            "https://suggestqueries.google.com/complete/search?client=firefox&q=%s" % e,
        ])
    if eng == "bac":
        return "https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&csr=1&cvid=%s" % (e, len(q), tok.upper())
    if eng == "dac":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    if eng == "ytac":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&gs_ri=youtube&ds=yt&q=%s&xhr=t" % e
    if eng == "amzac":
        return ("https://completion.amazon.co.uk/api/2017/suggestions?limit=11&prefix=%s&suggestion-type=KEYWORD"
                "&page-type=Gateway&lop=en_GB&site-variant=desktop&client-info=amazon-search-ui&mid=A1F83G8C2ARO7P&alias=aps" % e)
    if eng == "vle":
        return "https://vc.learn.provider.ac.uk/course/search.php?search=%s" % e
    raise ValueError(eng)


ENGINES = [("google", 18), ("bing", 7), ("ddg", 6), ("yahoo", 4), ("ecosia", 3), ("yt", 9),
           ("tiktok", 6), ("reddit", 5), ("wiki", 2), ("gac", 4), ("bac", 2), ("dac", 2), ("ytac", 2)]
AC_ENGINES = ["gac", "bac", "dac", "ytac"]
MAIN_OF = {"gac": "google", "bac": "bing", "dac": "ddg", "ytac": "yt", "amzac": "amazon", "gimg": "google"}


def search_title(eng, q):
    eng = MAIN_OF.get(eng, eng)
    return {
        "google": "%s - Google Search" % q, "bing": "%s - Search" % q, "ddg": "%s at DuckDuckGo" % q,
        "yahoo": "%s - Yahoo Search Results" % q, "ecosia": "%s - Ecosia" % q, "yt": "%s - YouTube" % q,
        "tiktok": "Find '%s' on TikTok | TikTok Search" % q, "reddit": "%s - Reddit Search" % q,
        "wiki": "Search results for \"%s\" - Wikipedia" % q, "amazon": "Amazon.co.uk : %s" % q,
        "vle": "Search: %s | Virtual Campus" % q,
    }[eng]


BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft\u200b Edge"),
            ("msedge.exe", " - Personal - Microsoft Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]


def browser(c):
    if c.tablet:
        return ("com.android.chrome", "")
    return pick(c.n, "browser", BROWSERS)


def host_of(url):
    rest = url.split("://", 1)[1]
    return rest.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]


# --- proxy renderers --------------------------------------------------------------
def squid_line(c, url, method="GET", denied=False):
    if method == "CONNECT":
        code = "TCP_DENIED/403" if denied else pick(c.n, "sqc", ["TCP_TUNNEL/200", "TCP_TUNNEL/200", "NONE_NONE/200"])
        hier = "HIER_NONE/-" if denied or code.startswith("NONE") else "HIER_DIRECT/" + c.srv
        size = 0 if denied else rng(c.n, "size", 900, 48000)
        return "%s %6d %s %s %d CONNECT %s %s %s -" % (c.epoch_ms(), rng(c.n, "el", 0, 900), c.ip, code, size,
                                                      url, c.user, hier)
    code = "TCP_DENIED/403" if denied else pick(c.n, "sqc", ["TCP_MISS/200", "TCP_MISS/200", "TCP_MISS/200", "TCP_REFRESH_MODIFIED/200"])
    hier = "HIER_NONE/-" if denied else "HIER_DIRECT/" + c.srv
    size = rng(c.n, "dsize", 3400, 3700) if denied else rng(c.n, "size", 2000, 95000)
    return "%s %6d %s %s %d %s %s %s %s text/html" % (c.epoch_ms(), rng(c.n, "el", 0, 900), c.ip, code, size,
                                                     method, url, c.user, hier)


def squid_sni_lines(c, host):
    """ukfull custom Squid format with peek+splice: two lines per tunnel."""
    dst = c.srv
    direct = H(c.n, "snidirect") % 2 == 0
    ru = ("%s:443" % host) if direct else ("%s:443" % dst)
    rd = host if direct else dst
    t1 = "%s %6d %s %s NONE_NONE/200 0 CONNECT %s - - \"-\" \"%s\" %s sni=%s bump=splice" % (
        c.epoch_ms(), rng(c.n, "el0", 0, 3), c.ip, "-", ru, c.ua, rd, host)
    t2 = "%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s %s - \"-\" \"-\" %s sni=%s bump=splice" % (
        c.epoch_ms(0.01 + rng(c.n, "el1", 1, 900) / 1000.0), rng(c.n, "el2", 4, 9000), c.ip, c.user.split("\\")[-1] if H(c.n, "sniuser") % 2 else "-",
        rng(c.n, "size", 1500, 60000), ru, dst, rd, host)
    return [t1, t2]


def clf_line(c, url, method="GET", denied=False):
    status = 403 if denied else 200
    size = rng(c.n, "size", 2000, 95000) if not denied else rng(c.n, "dsize", 3400, 3700)
    tail = "TCP_DENIED:HIER_NONE" if denied else ("TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT")
    proto = "HTTP/1.1"
    user = c.user
    base = "%s - %s [%s] \"%s %s %s\" %d %d" % (c.ip, user, c.clf_time(), method, url, proto, status, size)
    if H(c.n, "clfkind") % 3 == 0:
        return base + " " + tail
    ref = "-"
    if method != "CONNECT" and H(c.n, "ref") % 3 == 0:
        ref = "https://%s/" % host_of(url)
    return base + " \"%s\" \"%s\" %s" % (ref, c.ua, tail)


def e2_fields(c, url, method, denied, terms):
    user = c.user.split("\\")[-1]
    group = "staff" if user in STAFF else pick(c.n, "e2grp", ["no_name_group", "learners", "learners"])
    what = "-"
    status = 200
    if denied:
        what = pick(c.n, "e2why", ["*DENIED* Blocked site (local): %s" % host_of(url),
                                    "*DENIED* Banned site: %s" % host_of(url)])
        status = 403
    size = 0 if denied else rng(c.n, "size", 2000, 95000)
    return user, group, what, status, size, (("0=%s;" % terms) if terms else "-")


def e2_line(c, url, method="GET", denied=False, terms=None):
    user, group, what, status, size, st = e2_fields(c, url, method, denied, terms)
    fmt = pick(c.n, "e2fmt", ["2", "4", "6"])
    if fmt == "2":
        vals = [c.e2_time(), user, c.ip, url, what, method, str(size), "0", "-", "1", str(status), "-",
                c.ip, group, c.ua, st, "-", "-", "-"]
        return ",".join('"%s"' % v.replace('"', '""') for v in vals)
    if fmt == "4":
        vals = [c.e2_time(), user, c.ip, url, what, method, str(size), "0", "-", "1", str(status), "-",
                c.ip, group, c.ua, st, "-", "-", "-"]
        return "\t".join(vals)
    # format 6 (Protex TSV)
    if denied:
        tail = ["-", "0", "-", str(rng(c.n, "e2ms", 300, 700)), what, "0", "-", group, "1"]
    else:
        tail = ["-", str(rng(c.n, "e2ms", 1, 12)), "-", "0", "-", "0", "-", group, "1"]
    vals = [c.epoch_ms(), "", user, c.ip, c.ip, url, method, str(status), str(size), "-", c.ua] + tail
    return "\t".join(vals)


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
    d = c.dt()
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % d.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_uid(c):
    return "C" + hexs(c.n, "uid", 17)


def zeek_http(c, url):
    rest = url.split("://", 1)[1]
    host = rest.split("/", 1)[0]
    uri = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
    ts = float("%d.%06d" % (c.epoch, H(c.n, "zus") % 1000000))
    size = rng(c.n, "size", 2000, 95000)
    if H(c.n, "zeektsv") % 5 == 0:
        vals = ["%.6f" % ts, zeek_uid(c), c.ip, str(c.port), c.srv, "80", "1", "GET", host, uri, "-", "1.1", c.ua,
                "-", "0", str(size), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
                "F" + hexs(c.n, "fuid", 17), "-", "text/html"]
        return "lines", zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(vals)]
    obj = {"ts": ts, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.srv,
           "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
           "user_agent": c.ua, "request_body_len": 0, "response_body_len": size, "status_code": 200,
           "status_msg": "OK", "tags": []}
    if H(c.n, "zref") % 4 == 0:
        obj["referrer"] = "https://%s/" % host
    return "line", json.dumps(obj, ensure_ascii=False)


def zeek_dns(c, host, blocked=False):
    ts = float("%d.%06d" % (c.epoch, H(c.n, "zus") % 1000000))
    qt = wpick(c.n, "qtype", [("A", 4), ("AAAA", 2), ("HTTPS", 1)])
    qn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    tid = rng(c.n, "tid", 1, 65000)
    rtt = rng(c.n, "rtt", 300, 40000) / 1000000.0
    answers = ["0.0.0.0"] if blocked else ["%d.%d.%d.%d" % (rng(c.n, "a1", 13, 210), rng(c.n, "a2", 0, 254),
                                                             rng(c.n, "a3", 0, 254), rng(c.n, "a4", 1, 254))]
    if H(c.n, "zeektsv") % 5 == 0:
        vals = ["%.6f" % ts, zeek_uid(c), c.ip, str(c.port), "10.0.0.53", "53", "udp", str(tid), "%.6f" % rtt, host,
                "1", "C_INTERNET", str(qn), qt, "0", "NOERROR", "F", "F", "T", "T", "0",
                ",".join(answers) if qt == "A" else "-", "300.000000" if qt == "A" else "-", "F"]
        return "lines", zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(vals)]
    obj = {"ts": ts, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": "10.0.0.53",
           "id.resp_p": 53, "proto": "udp", "trans_id": tid}
    if H(c.n, "zrtt") % 2:
        obj["rtt"] = rtt
    obj.update({"query": host, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qn, "qtype_name": qt, "rcode": 0,
                "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0})
    if "rtt" in obj and qt == "A":
        obj["answers"] = answers
        obj["TTLs"] = [60.0 if blocked else 300.0]
    obj["rejected"] = False
    return "line", json.dumps(obj)


# --- DNS renderers -----------------------------------------------------------------
def unbound_lines(c, host, blocked=False):
    qt = wpick(c.n, "qtype", [("A", 4), ("AAAA", 2), ("HTTPS", 1)])
    pid = "unbound[%d:0]" % rng(c.n, "upid", 700, 9999)
    pre = ("[%d] " % c.epoch) if H(c.n, "uepoch") % 3 == 0 else (c.syslog_time() + " ")
    if blocked:
        zone = ".".join(host.split(".")[-2:]) + "."
        act = pick(c.n, "uact", ["always_nxdomain", "static", "always_null", "redirect"])
        l1 = "%s%s info: %s %s %s@%d %s. %s IN" % (pre, pid, zone, act, c.ip, c.port, host, qt)
        if H(c.n, "ustream") % 2:
            return "lines", [l1, "%s%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre, pid, c.ip, host, qt, rng(c.n, "ub", 40, 90))]
        return "line", l1
    kind = H(c.n, "ukind") % 4
    q = "%s%s info: %s %s. %s IN" % (pre, pid, c.ip, host, qt)
    r = "%s%s info: %s %s. %s IN NOERROR %.6f 0 %d" % (pre, pid, c.ip, host, qt, rng(c.n, "urtt", 0, 90000) / 1000000.0,
                                                         rng(c.n, "ub", 40, 320))
    if kind == 0:
        return "lines", [q, r]
    if kind == 1:
        return "line", r
    return "line", q


def dnsmasq_lines(c, host, blocked=False):
    pid = rng(c.n, "dpid", 400, 29999)
    pre = "%s dnsmasq[%d]: " % (c.syslog_time(), pid)
    extra = H(c.n, "dextra") % 3 != 0
    qt = wpick(c.n, "qtype", [("A", 4), ("AAAA", 2), ("HTTPS", 1)])
    serial = rng(c.n, "dser", 1, 99999)
    tag = ("%d %s/%d " % (serial, c.ip, c.port)) if extra else ""
    q = "%s%squery[%s] %s from %s" % (pre, tag, qt, host, c.ip)
    if blocked:
        how = pick(c.n, "dblk", ["config %s is 0.0.0.0" % host, "gravity blocked %s is 0.0.0.0" % host,
                                 "config %s is NXDOMAIN" % host])
        if H(c.n, "dstream") % 2:
            return "lines", [q, pre + tag + how]
        return "line", q
    if H(c.n, "dstream") % 3 == 0:
        ans = "%d.%d.%d.%d" % (rng(c.n, "a1", 13, 210), rng(c.n, "a2", 0, 254), rng(c.n, "a3", 0, 254), rng(c.n, "a4", 1, 254))
        return "lines", [q, pre + tag + "forwarded %s to 10.0.0.1" % host,
                         pre + tag + ("reply %s is %s" % (host, ans) if qt == "A" else "reply %s is NODATA-IPv6" % host if qt == "AAAA" else "reply %s is <HTTPS>" % host)]
    return "line", q


def bind_lines(c, host, blocked=False):
    qt = wpick(c.n, "qtype", [("A", 4), ("AAAA", 2), ("HTTPS", 1)])
    cl = "@0x7f%s" % hexs(c.n, "bcl", 10)
    flags = pick(c.n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)DC", "-E(0)K"])
    q = "%s queries: info: client %s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (
        c.bind_time(), cl, c.ip, c.port, host, host, qt, flags)
    if blocked and H(c.n, "brpz") % 2:
        rp = "%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            c.bind_time(), cl, c.ip, c.port, host, host, qt, host)
        if H(c.n, "bstream") % 2:
            return "lines", [q, rp]
        return "line", rp
    return "line", q


# --- wrapping --------------------------------------------------------------------------
def wrap(c, line, source):
    how = wpick(c.n, "wrap", [("3164", 3), ("5424", 2), ("env", 3), ("beat", 1)])
    if source in ("squid", "clf", "e2guardian", "zeek-http"):
        hostn = pick(c.n, "wraphost", ["edu-proxy01", "edu-proxy02", "hmpn-edu-fw"])
    elif source == "endpoint":
        hostn = pick(c.n, "wraphost", ["gl-collector", "gl-collector-02"])
    else:
        hostn = pick(c.n, "wraphost", ["edu-dns01", "edu-dns02", "pihole-yoi"])
    prog = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "zeek-http": "zeek", "zeek-dns": "zeek",
            "unbound": "unbound", "dnsmasq": "dnsmasq", "bind": "named", "endpoint": "guardline-agent"}[source]
    pid = rng(c.n, "wpid", 300, 32000)
    if how == "3164":
        pri = pick(c.n, "pri", ["<134>", "<30>", "<14>", "<190>"])
        return "%s%s %s %s[%d]: %s" % (pri, c.syslog_time(), hostn, prog, pid, line)
    if how == "5424":
        pri = pick(c.n, "pri", ["<134>", "<30>", "<14>", "<190>"])
        return "%s1 %s %s %s %d - - %s" % (pri, c.iso(), hostn, prog, pid, line)
    if how == "env":
        files = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
                 "e2guardian": "/var/log/e2guardian/access.log", "zeek-http": "/opt/zeek/logs/current/http.log",
                 "zeek-dns": "/opt/zeek/logs/current/dns.log", "unbound": "/var/log/unbound/unbound.log",
                 "dnsmasq": "/var/log/pihole/pihole.log", "bind": "/var/log/named/query.log",
                 "endpoint": "/var/lib/guardline/events.jsonl"}
        d = c.dt()
        env = {"ts_received": d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % (H(c.n, "envus") % 1000000),
               "host": hostn, "source": prog if source != "squid" else "squid-access", "file": files[source],
               "message": line}
        return json.dumps(env, ensure_ascii=False, separators=(", ", ":")).replace("/", "\\/")
    env = {"@timestamp": c.iso(), "message": line, "log": {"file": {"path": "/var/log/%s.log" % prog}},
           "host": {"name": hostn}}
    return json.dumps(env, ensure_ascii=False)


# --- endpoint events ------------------------------------------------------------------------
def endpoint_event(c, event, process, title, text=None, url=None, plus=0.0):
    ev = {"ts": c.iso(plus)}
    if H(c.n, "epsite") % 5:
        ev["site"] = c.site
    ev.update({"device": c.device, "user": c.user, "event": event, "process": process, "window_title": title})
    if event == "text_capture":
        ev["text"] = text
    if event == "url_visit":
        ev["url"] = url
    elif H(c.n, "epurl") % 2:
        ev["url"] = None
    return json.dumps(ev, ensure_ascii=bool(H(c.n, "asc") % 4 == 0))


CHAT_WINDOWS_TABLET = [("MessagingApp", "Messages - Secure Messaging"),
                       ("MessagingApp", "Family Contact - Secure Messaging"),
                       ("com.android.chrome", "Learning Hub")]
CHAT_WINDOWS_PC = [("notepad.exe", "Untitled - Notepad"), ("WINWORD.EXE", "Document1 - Word"),
                   ("Teams.exe", "Chat | Microsoft Teams"), ("chrome.exe", "Messages - Secure Messaging - Google Chrome"),
                   ("msedge.exe", "Messages - Secure Messaging - Microsoft\u200b Edge"),
                   ("chrome.exe", "Learner Forum - Virtual Campus - Google Chrome")]
DOC_WINDOWS = [("WINWORD.EXE", "%s.docx - Word"), ("notepad.exe", "%s.txt - Notepad"),
               ("chrome.exe", "%s - Virtual Campus - Google Chrome"), ("WINWORD.EXE", "%s - Compatibility Mode - Word")]
DOC_NAMES = ["Assignment 2", "notes", "Unit 4 draft", "Coursework final", "Worksheet", "Reflective log"]
SEARCH_BOX = [("chrome.exe", "New Tab - Google Chrome"), ("msedge.exe", "New tab - Microsoft\u200b Edge"),
              ("firefox.exe", "Mozilla Firefox"), ("com.android.chrome", "New tab")]


def text_window(c, ctx):
    if ctx == "doc":
        p, t = pick(c.n, "docwin", DOC_WINDOWS)
        return p, t % pick(c.n, "docname", DOC_NAMES)
    if ctx == "search":
        return SEARCH_BOX[3] if c.tablet else pick(c.n, "sbox", SEARCH_BOX[:3])
    if ctx == "hub" or c.site == "community-hub":
        return pick(c.n, "hubwin", [("chrome.exe", "WhatsApp - Google Chrome"), ("Discord.exe", "#general - Discord"),
                                     ("Teams.exe", "Chat | Microsoft Teams"), ("msedge.exe", "Messenger - Microsoft\u200b Edge")])
    if c.tablet:
        return pick(c.n, "tabwin", CHAT_WINDOWS_TABLET)
    return pick(c.n, "pcwin", CHAT_WINDOWS_PC)


def split_points(n, text):
    k = 3 if H(n, "nfrag") % 3 == 0 and len(text) > 24 else 2
    L = len(text)
    if k == 2:
        a = rng(n, "cut1", max(1, L // 4), max(1, (3 * L) // 4))
        return [text[:a], text[a:]]
    a = rng(n, "cut1", max(1, L // 5), max(2, L // 2))
    b = rng(n, "cut2", a + 1, max(a + 1, L - 2))
    return [text[:a], text[a:b], text[b:]]
# ---------------------------------------------------------------------------
# Item builder
# ---------------------------------------------------------------------------
import copy

BLOCKABLE = {"adult_content", "gambling", "filter_bypass", "piracy"}


def E(kind, text, exp="", allow=None, **kw):
    d = {"kind": kind, "text": text, "exp": exp, "allow": allow}
    d.update(kw)
    return d


def parse_exp(exp):
    out = []
    for tok in exp.split():
        cat, lvl = tok.split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def shifted(c, dt):
    c2 = copy.copy(c)
    c2.epoch = c.epoch + int(dt)
    return c2


def proxy_render(c, fmt, url, terms=None, denied=False):
    """Returns (format, 'line'|'lines', payload) for a proxied GET of url."""
    if fmt == "squid":
        return fmt, "line", squid_line(c, url, denied=denied)
    if fmt == "clf":
        return fmt, "line", clf_line(c, url, denied=denied)
    if fmt == "e2guardian":
        return fmt, "line", e2_line(c, url, denied=denied, terms=terms)
    if fmt == "zeek-http":
        k, p = zeek_http(c, url)
        return fmt, k, p
    raise ValueError(fmt)


def domain_render(c, fmt, host, blocked):
    if fmt == "unbound":
        return (fmt,) + unbound_lines(c, host, blocked)
    if fmt == "dnsmasq":
        return (fmt,) + dnsmasq_lines(c, host, blocked)
    if fmt == "bind":
        return (fmt,) + bind_lines(c, host, blocked)
    if fmt == "zeek-dns":
        return (fmt,) + zeek_dns(c, host, blocked)
    if fmt == "squid":
        if H(c.n, "sqsni") % 2:
            return fmt, "lines", squid_sni_lines(c, host)
        return fmt, "line", squid_line(c, "%s:443" % host, method="CONNECT", denied=blocked)
    if fmt == "clf":
        return fmt, "line", clf_line(c, "%s:443" % host, method="CONNECT", denied=blocked)
    if fmt == "e2guardian":
        return fmt, "line", e2_line(c, "https://%s:443" % host, method="CONNECT", denied=blocked)
    raise ValueError(fmt)


def maybe_wrap(c, src, kind, payload, force=False):
    if not force and H(c.n, "wrapfmt") % 20 != 0:
        return kind, payload
    if kind == "line":
        return kind, wrap(c, payload, src)
    return kind, [wrap(c, l, src) for l in payload]


def title_process(title, c):
    for suf, proc in ((" - Google Chrome", "chrome.exe"), ("Microsoft\u200b Edge", "msedge.exe"),
                      ("Microsoft Edge", "msedge.exe"), ("Mozilla Firefox", "firefox.exe"), (" - Word", "WINWORD.EXE"),
                      (" - PowerPoint", "POWERPNT.EXE"), (" - Excel", "EXCEL.EXE"), (" - Outlook", "OUTLOOK.EXE"),
                      (" - Adobe Acrobat Reader", "Acrobat.exe"), (" - Notepad", "notepad.exe"),
                      (" - Discord", "Discord.exe"), ("Microsoft Teams", "Teams.exe"), (" - VLC media player", "vlc.exe")):
        if title.endswith(suf) or suf in title:
            return proc
    return "com.android.chrome" if c.tablet else "chrome.exe"


def endpoint_item(c, e, text):
    k = e["kind"]
    if k == "t":
        p, w = text_window(c, e.get("ctx", "chat"))
        return "line", endpoint_event(c, "text_capture", p, w, text=text)
    if k == "s":
        p, w = text_window(c, e.get("ctx", "chat"))
        frags = split_points(c.n, text)
        out, t = [], 0.0
        for i, f in enumerate(frags):
            if i:
                t += rng(c.n, "gap%d" % i, 1, 12) + rng(c.n, "gapms%d" % i, 0, 999) / 1000.0
            out.append(endpoint_event(c, "text_capture", p, w, text=f, plus=t))
        return "lines", out
    if k == "w":
        return "line", endpoint_event(c, "window_title", e.get("proc") or title_process(text, c), text)
    if k == "u":
        p, suf = browser(c)
        title = (e.get("title") or host_of(text)) + suf
        return "line", endpoint_event(c, "url_visit", p, title, url=text)
    if k == "p":
        return "line", endpoint_event(c, "process_start", text, e.get("title"))
    raise ValueError(k)


def build_item(n, e):
    c = Ctx(n, e.get("who", "learner"))
    text = render_text(e["text"], e.get("obf"))
    expect = parse_exp(e["exp"])
    cats = {x["category"] for x in expect}
    k = e["kind"]
    fmt = e.get("fmt")
    if k in ("q", "h"):
        ch = fmt or wpick(n, "chan", [("squid", 18), ("clf", 14), ("e2guardian", 12), ("zeek-http", 9),
                                       ("auto", 10), ("endpoint", 11)])
        if k == "q":
            eng = e.get("eng") or wpick(n, "eng", ENGINES)
        if ch == "endpoint":
            p, suf = browser(c)
            if k == "h":
                kind, payload = "line", endpoint_event(c, "url_visit", p, (e.get("title") or host_of(text)) + suf, url=text)
            else:
                eng2 = MAIN_OF.get(eng, eng)
                mode = pick(n, "epmode", ["title", "title", "url", "typed"])
                if mode == "title":
                    kind, payload = "line", endpoint_event(c, "window_title", p, search_title(eng2, text) + suf)
                elif mode == "url":
                    kind, payload = "line", endpoint_event(c, "url_visit", p, search_title(eng2, text) + suf,
                                                           url=search_url(n, eng2, text))
                else:
                    bp, bw = text_window(c, "search")
                    kind, payload = "line", endpoint_event(c, "text_capture", bp, bw, text=text)
            return "endpoint", kind, payload, expect
        url = text if k == "h" else search_url(n, eng, text)
        terms = None if (k == "h" or eng in AC_ENGINES or eng == "amzac") else text
        denied = bool(e.get("denied")) or (k == "h" and bool(cats & BLOCKABLE) and H(n, "blk") % 3 == 0)
        if ch == "auto":
            src = wpick(n, "autosrc", [("squid", 4), ("clf", 3), ("e2guardian", 2), ("zeek-http", 1)])
            if src == "zeek-http":
                kind, payload = zeek_http_json(c, url)
            else:
                _, kind, payload = proxy_render(c, src, url, terms, denied)
            raw = H(n, "autoraw") % 4 == 0
            kind, payload = maybe_wrap(c, src, kind, payload, force=not raw)
            return "auto", kind, payload, expect
        f, kind, payload = proxy_render(c, ch, url, terms, denied)
        kind, payload = maybe_wrap(c, ch, kind, payload)
        return f, kind, payload, expect
    if k == "ac":
        eng = e.get("eng") or pick(n, "aceng", AC_ENGINES)
        ch = fmt or wpick(n, "acchan", [("squid", 4), ("clf", 3), ("e2guardian", 2), ("zeek-http", 2)])
        words = text.split(" ")
        cuts = []
        nlines = 3 if len(words) >= 4 else 2
        for j in range(nlines - 1):
            w = max(1, (len(words) * (j + 1)) // nlines)
            pref = " ".join(words[:w])
            extra = words[w][: max(1, len(words[w]) // 2)] if w < len(words) else ""
            cuts.append(pref + (" " + extra if extra else ""))
        cuts.append(text)
        lines, t = [], 0
        for j, q in enumerate(cuts):
            cj = shifted(c, t)
            url = search_url(n, eng, q)
            if ch == "zeek-http":
                obj_kind, pl = zeek_http_json(cj, url)
            else:
                _, obj_kind, pl = proxy_render(cj, ch, url, None)
            lines.append(pl)
            t += rng(n, "acgap%d" % j, 1, 3)
        return ch, "lines", lines, expect
    if k == "d":
        host = text
        blocked = bool(e.get("denied")) or (bool(cats & BLOCKABLE) and H(n, "blk") % 2 == 0)
        ch = fmt or wpick(n, "dchan", [("unbound", 16), ("dnsmasq", 14), ("bind", 14), ("zeek-dns", 20),
                                        ("squid", 8), ("e2guardian", 3), ("clf", 2), ("auto", 7)])
        if ch == "auto":
            src = pick(n, "dautosrc", ["unbound", "dnsmasq", "bind", "squid", "zeek-dns"])
            if src == "zeek-dns":
                kind, payload = "line", zeek_dns_json(c, host, blocked)
            else:
                _, kind, payload = domain_render(c, src, host, blocked)
                if kind == "lines":
                    kind, payload = "line", payload[0]
            raw = H(n, "autoraw") % 4 == 0
            kind, payload = maybe_wrap(c, src, kind, payload, force=not raw)
            return "auto", kind, payload, expect
        f, kind, payload = domain_render(c, ch, host, blocked)
        kind, payload = maybe_wrap(c, ch, kind, payload)
        return f, kind, payload, expect
    # endpoint kinds
    kind, payload = endpoint_item(c, e, text)
    if kind == "line" and (fmt == "auto" or (fmt is None and H(n, "epwrap") % 11 == 0)):
        return "auto", "line", wrap(c, payload, "endpoint"), expect
    return "endpoint", kind, payload, expect


def zeek_http_json(c, url):
    rest = url.split("://", 1)[1]
    host = rest.split("/", 1)[0]
    uri = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
    obj = {"ts": float("%d.%06d" % (c.epoch, H(c.n, "zus") % 1000000)), "uid": zeek_uid(c), "id.orig_h": c.ip,
           "id.orig_p": c.port, "id.resp_h": c.srv, "id.resp_p": 80, "trans_depth": 1, "method": "GET",
           "host": host, "uri": uri, "version": "1.1", "user_agent": c.ua, "request_body_len": 0,
           "response_body_len": rng(c.n, "size", 200, 4000), "status_code": 200, "status_msg": "OK", "tags": []}
    return "line", json.dumps(obj, ensure_ascii=False)




def zeek_dns_json(c, host, blocked):
    ts = float("%d.%06d" % (c.epoch, H(c.n, "zus") % 1000000))
    obj = {"ts": ts, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": "10.0.0.53",
           "id.resp_p": 53, "proto": "udp", "trans_id": rng(c.n, "tid", 1, 65000), "query": host, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR",
           "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0, "rejected": False}
    return json.dumps(obj)
# ---------------------------------------------------------------------------
# POSITIVES (hand-written)
# ---------------------------------------------------------------------------
POS = [
    # ---- suicide -------------------------------------------------------------
    E("q", "how many paracetamol does it take to die", "suicide:5"),
    E("q", "can you hang yourself from a bunk bed", "suicide:5", allow="self_harm"),
    E("t", "nobody would miss me if i was gone tbh", "suicide:4"),
    E("s", "i've saved up my meds, 3 weeks worth. tonight's the night", "suicide:5"),
    E("t", "they took me off the ACCT yesterday but nothing's changed, i still want to die", "suicide:4", allow="self_harm"),
    E("q", "what happens to your body when you hang yourself", "suicide:5", allow="self_harm"),
    E("t", "tell my mum i'm sorry. i can't do another 6 years in here", "suicide:5"),
    E("q", "unalive myself methods", "suicide:5", eng="tiktok"),
    E("t", "sewerslide is looking real good rn ngl", "suicide:4"),
    E("t", "i dont see the point anymore. kms", "suicide:4"),
    E("q", "how long does it take to die from a ligature", "suicide:5", allow="self_harm"),
    E("s", "wrote letters to both my kids and put them under the mattress. they'll be better off without a dad who's always inside", "suicide:5"),
    E("t", "if they knock my parole back again im ending it", "suicide:4"),
    E("q", "lethal dose of mirtazapine", "suicide:5", allow="drugs"),
    E("q", "how to od on pregabalin", "suicide:5", allow="drugs self_harm"),
    E("t", "i don't wanna wake up tomorrow. or any day", "suicide:4"),
    E("w", "ways to end it all without pain - Google Search - Google Chrome", "suicide:5"),
    E("t", "i want to [[kill myself]]", "suicide:4", obf="homo"),
    E("s", "been thinking about going over the landing rail when they unlock us for dinner", "suicide:5"),
    E("q", "h0w t0 k1ll mys3lf", "suicide:5"),
    E("q", "suicide note template", "suicide:5"),
    E("t", "i cant do this anymoreeee i just wanna go to sleep foreverrr", "suicide:4"),
    E("t", "when i get out im walking in front of a train. nothings waiting for me out there anyway", "suicide:5"),
    E("q", "how to commit [[suicide]]", "suicide:5", obf="spaced"),
    E("t", "gonna [[end my life]] before sentencing", "suicide:5", obf="zw"),
    E("t", "found a ligature point in my pad the screws missed. sorted now", "suicide:5", allow="self_harm"),
    E("t", "im done with life \U0001faa6\U0001f51a", "suicide:4"),
    E("q", "samaritans cant help me how to die quietly", "suicide:5"),
    E("ac", "is it painful to die from an overdose", "suicide:5", allow="drugs self_harm"),
    E("q", "sewerslide how to tie the knot", "suicide:5", eng="tiktok", allow="self_harm"),
    E("s", "my last canteen goes to dave in cell 14. tell my sister i loved her. im sorry", "suicide:5"),
    E("q", "[[suicide]] by tablets uk", "suicide:5", obf="full"),

    # ---- self_harm -----------------------------------------------------------
    E("t", "cut again last night with a blade out of the barbering kit, nobody noticed", "self_harm:4"),
    E("q", "how to hide cuts from officers", "self_harm:4"),
    E("q", "how deep is too deep when cutting", "self_harm:4"),
    E("t", "been banging my head on the wall til it bleeds. only thing that shuts my brain up", "self_harm:4"),
    E("t", "im on an ACCT again cos they found the marks on my arms at search", "self_harm:4", allow="suicide"),
    E("q", "burning myself with a lighter scars", "self_harm:4"),
    E("t", "my arms look like a barcode lol. did another 10 last night", "self_harm:4"),
    E("q", "what happens if you swallow batteries", "self_harm:4"),
    E("s", "swallowed a razor blade last time and ended up in outside hospital. tempted to do it again just to get off the wing", "self_harm:4", allow="suicide"),
    E("q", "s3lf h4rm t1ps", "self_harm:4"),
    E("q", "best way to cut without leaving scars", "self_harm:4"),
    E("t", "i scratch my skin off when it gets bad at night after bang up", "self_harm:4"),
    E("s", "need to feel something so i keep picking the wounds open til they bleed", "self_harm:4"),
    E("t", "tied my t-shirt round my neck till i went dizzy. wasn't trying to die just wanted the noise to stop", "self_harm:4", allow="suicide"),
    E("q", "[[cutting myself]] again", "self_harm:4", obf="homo"),
    E("t", "punched the wall til my knuckles cracked. deserved it", "self_harm:4"),
    E("t", "sh relapse. 2 years clean and i just threw it away", "self_harm:4"),
    E("t", "i've been [[cutting]] again", "self_harm:4", obf="zw"),
    E("t", "not eating again, i dont deserve food. third day now", "self_harm:4"),
    E("q", "overdose on purpose not to die just to get moved to healthcare", "self_harm:4", allow="suicide drugs"),
    E("w", "how to hide self harm scars from family at visits - Google Search - Google Chrome", "self_harm:4"),
    E("q", "\U0001f52a\U0001fa78 tw sh", "self_harm:4", eng="tiktok"),
    E("t", "took the plastic off the kettle and did my leg with it, the nurse didnt even ask", "self_harm:4"),

    # ---- radicalisation ------------------------------------------------------
    E("q", "dabiq magazine pdf download", "radicalisation:4"),
    E("s", "brother the kuffar system locked you up, only the khilafah will free you. come to the halaqa after association and bring the new lad", "radicalisation:4"),
    E("q", "anwar al awlaki lectures full series", "radicalisation:4", eng="yt"),
    E("q", "how to travel to join the mujahideen from uk", "radicalisation:5"),
    E("t", "the great replacement is happening and nobody's doing anything. someone has to act", "radicalisation:4", allow="discrimination"),
    E("q", "brenton tarrant manifesto", "radicalisation:4"),
    E("q", "siege james mason pdf", "radicalisation:4"),
    E("q", "terrorgram collective telegram link", "radicalisation:4"),
    E("q", "patriotic alternative how to join", "radicalisation:3", allow="discrimination"),
    E("t", "when im out im linking with the lads and we're hitting a mosque. make it count", "radicalisation:5", allow="violence discrimination"),
    E("q", "[[isis nasheed]] download", "radicalisation:4", obf="homo"),
    E("q", "inspire magazine make a bomb in the kitchen of your mom", "radicalisation:5", allow="violence"),
    E("t", "the brother on B wing showed me the beheading videos on his phone, said that's what real men do", "radicalisation:4", allow="violence"),
    E("q", "anjem choudary speeches", "radicalisation:4", eng="yt"),
    E("t", "14 words. we must secure the existence of our people and a future for white children", "radicalisation:4", allow="discrimination"),
    E("q", "how to join national action", "radicalisation:5"),
    E("q", "how to join [[jihad]] online", "radicalisation:5", obf="dotted"),
    E("t", "the unbelievers are animals, spilling their blood is halal. the sheikh said so", "radicalisation:4", allow="violence discrimination"),
    E("q", "remigration now telegram group uk", "radicalisation:3", allow="discrimination"),
    E("s", "i've been reading the stuff the akhi gave me, i'm ready to give bayah. tell me who to speak to on the out", "radicalisation:5"),
    E("q", "1488 tattoo meaning and where to get one", "radicalisation:3", allow="discrimination"),
    E("q", "accelerationism saint tarrant", "radicalisation:4", eng="reddit"),

    # ---- grooming ------------------------------------------------------------
    E("t", "how old are you again? 15 is fine, age is just a number. dont tell your mum about me", "grooming:4"),
    E("t", "ill pick you up from the bus stop near your school friday after 3, come on your own x", "grooming:5"),
    E("s", "send me a pic of you in your uniform, just for me yeah. and delete our chats after", "grooming:4", allow="adult_content"),
    E("t", "you're so mature for your age, not like the other girls in year 10", "grooming:4"),
    E("q", "how to talk to a 14 year old girl online", "grooming:4"),
    E("t", "got a 16 yr old writing to me, when i'm out on licence she's coming to see me at the hostel", "grooming:5"),
    E("t", "i'll top up your phone if you send another one of them photos", "grooming:4", allow="adult_content"),
    E("t", "our secret ok? your mum wouldn't understand what we've got", "grooming:4"),
    E("t", "add me on snap babe, you're 15 so we have to keep it off here, my probation officer reads this", "grooming:4"),
    E("t", "[[what school do you go to]]? and which bus do you get home", "grooming:4", obf="homo"),
    E("t", "meet me at the park tomorrow at 4. don't bring your mates and don't tell anyone", "grooming:5"),
    E("q", "how to get a girl to send nudes", "adult_content:3", allow="grooming"),
    E("t", "are you home alone? turn your camera on for me", "grooming:4", allow="adult_content"),
    E("t", "i know you're only 13 but i really like you", "grooming:4"),
    E("t", "ur sooo mature for 14, cant stop thinking about u", "grooming:4"),
    E("s", "i'll send you the train fare, get the 10:15 to birmingham and i'll meet you at new street. tell your mum you're at a mate's", "grooming:5"),
    E("t", "i can get you vapes and weed if you come and see me, just don't tell your carers", "grooming:4", allow="drugs"),
    E("t", "my girlfriend is 15 but she's well mature, her mum doesn't know we're together", "grooming:4"),
    E("t", "tell them im your cousin if anyone asks. how old did you say you were, 14?", "grooming:4"),

    # ---- bullying ------------------------------------------------------------
    E("t", "everyone on the wing knows ur a grass. watch ur back", "bullying:3", allow="violence"),
    E("t", "ur a dirty nonce and by friday the whole jail will know", "bullying:3"),
    E("t", "kys nobody wants you in this class", "bullying:3", allow="suicide"),
    E("t", "lol look at his teeth, no wonder his mrs left him. smelly tramp", "bullying:3"),
    E("t", "you're thick as shit, why do you even come to education, you can't even read", "bullying:3"),
    E("t", "passing this round: the new lad crying in his pad \U0001f602\U0001f602\U0001f602", "bullying:3"),
    E("t", "nobody sit next to the freak in maths, he stinks", "bullying:3"),
    E("t", "hand over your canteen every week or everyone finds out what you're in for", "bullying:3", allow="violence"),
    E("t", "u r a [[waste of space]]", "bullying:3", obf="spaced"),
    E("t", "fat rat. even the screws laugh at you behind your back", "bullying:3"),
    E("s", "made a group chat about how weird she is, adding everyone from the course except her", "bullying:3"),
    E("t", "go cry to your listener you snake, nobody else cares", "bullying:3"),
    E("t", "ugly inbred muppet, your mum should've kept you in the cupboard", "bullying:3"),
    E("t", "ur so pathetic, bet ur own kids are ashamed of u", "bullying:3"),

    # ---- discrimination ------------------------------------------------------
    E("t", "send them all back on the boats, this country is full", "discrimination:3", allow="radicalisation"),
    E("t", "muslims shouldn't be allowed to work in the kitchen, they're dirty", "discrimination:3"),
    E("t", "gay lads should go on the VP wing with the rest of the nonces", "discrimination:3", allow="bullying"),
    E("t", "go back to your own country you p4ki", "discrimination:3", allow="bullying"),
    E("t", "the jews run the banks and the media, look it up", "discrimination:3", allow="radicalisation"),
    E("t", "travellers are all thieves, lock your pad door when they're on the landing", "discrimination:3"),
    E("t", "women shouldn't be officers, they're useless when it kicks off", "discrimination:3"),
    E("t", "trannies are mentally ill simple as", "discrimination:3"),
    E("q", "why are black people more criminal", "discrimination:3"),
    E("t", "the polish lads take all the jobs on release, disgusting", "discrimination:3"),
    E("t", "im not sharing a workbench with a gyppo", "discrimination:3", allow="bullying"),
    E("t", "the r3tard in my group slows everyone down", "discrimination:3", allow="bullying"),
    E("t", "no blacks in our cell, tell the landing officer", "discrimination:3"),

    # ---- adult_content -------------------------------------------------------
    E("d", "www.pornhub.com", "adult_content:3"),
    E("q", "onlyfans leaks free", "adult_content:3", allow="piracy"),
    E("d", "xhamster.com", "adult_content:3"),
    E("q", "naked girls snapchat", "adult_content:3"),
    E("q", "corn \U0001f33d sites that work on college wifi", "adult_content:3", allow="filter_bypass"),
    E("q", "seggs videos", "adult_content:3"),
    E("h", "https://www.reddit.com/r/gonewild/", "adult_content:3"),
    E("q", "free porn no sign up", "adult_content:3"),
    E("t", "anyone know a porn site the tablet doesnt block", "adult_content:3", allow="filter_bypass"),
    E("q", "p0rn hub", "adult_content:3"),
    E("d", "chaturbate.com", "adult_content:3"),
    E("d", "www.xnxx.com", "adult_content:3"),
    E("q", "[[xxx videos]]", "adult_content:3", obf="homo"),
    E("h", "https://www.xvideos.com/video.ohkbid3e7/stepsister", "adult_content:3"),
    E("u", "https://onlyfans.com/explore", "adult_content:3", title="OnlyFans"),
    E("q", "hentai", "adult_content:3", eng="gimg"),
    E("d", "www.youporn.com", "adult_content:3"),

    # ---- drugs ---------------------------------------------------------------
    E("q", "how to make hooch in a cell", "drugs:3"),
    E("q", "spice paper how to smoke it", "drugs:3"),
    E("t", "my missus is sending a letter soaked in spice, should land tuesday", "drugs:3", allow="illegal_content"),
    E("q", "buy weed uk snapchat", "drugs:3"),
    E("t", "got 2 bags of mamba coming up on the netting tonight", "drugs:3", allow="illegal_content"),
    E("q", "how to pass a mandatory drug test in prison", "drugs:3"),
    E("q", "does spice show up on an mdt", "drugs:3"),
    E("t", "who's got subbies on the landing, i'll pay double bubble", "drugs:3"),
    E("q", "c0k3 d3l1v3ry london", "drugs:3"),
    E("t", "county lines work on the out, 400 a week just holding the phone. you in?", "drugs:3", allow="violence"),
    E("t", "ket and xans for the weekend when im released, who's sorting", "drugs:3"),
    E("q", "fake urine kit for probation drug test", "drugs:3"),
    E("q", "how to get subutex into prison", "drugs:3", allow="illegal_content"),
    E("t", "anyone got \U0001f343 or \u2744\ufe0f for tonight", "drugs:3"),
    E("q", "how long does a spice high last", "drugs:3"),
    E("s", "brew the oranges and sugar from canteen in a bin bag and leave it behind the pipe 5 days, proper hooch", "drugs:3"),
    E("t", "need someone to run a bando in ipswich when u get out, i got u", "drugs:3", allow="violence"),
    E("q", "weeeed dealers near me", "drugs:3"),
    E("q", "tramadol for sale next day", "drugs:3", eng="amazon"),
    E("w", "dark web drug market links 2026 - Google Search - Google Chrome", "drugs:3", allow="illegal_content"),
    E("ac", "how to smoke spice on paper without a lighter", "drugs:3"),
    E("t", "bring a bit of [[ket]] in on the visit, put it in a balloon", "drugs:3", allow="illegal_content", obf="dotted"),

    # ---- gambling ------------------------------------------------------------
    E("d", "www.bet365.com", "gambling:2"),
    E("q", "casinos not on gamstop", "gambling:2"),
    E("q", "paddy power acca tips saturday", "gambling:2"),
    E("t", "put the whole discharge grant on black, double or nothing lads", "gambling:2"),
    E("q", "online slots free spins no deposit uk", "gambling:2"),
    E("d", "m.skybet.com", "gambling:2"),
    E("t", "owe 3 packs of burn on the football coupon and hes doubling it every week", "gambling:2"),
    E("d", "www.paddypower.com", "gambling:2"),
    E("h", "https://sports.williamhill.com/betting/en-gb/football", "gambling:2"),
    E("q", "crypto casino no kyc", "gambling:2"),
    E("q", "stake.com vpn uk", "gambling:2 filter_bypass:2"),
    E("u", "https://www.888casino.com/live-casino/", "gambling:2", title="Live Casino | 888casino"),
    E("q", "loan to pay off gambling debt bad credit same day", "gambling:2"),
    E("t", "lost all my discharge grant on the machines in ladbrokes. need to win it back", "gambling:2"),
    E("d", "www.coral.co.uk", "gambling:2"),

    # ---- violence ------------------------------------------------------------
    E("t", "when he gets out im gonna stripe him. he knows what he did", "violence:5"),
    E("t", "if i dont have the vapes by friday they said they'll boil the kettle with sugar in for me", "violence:4"),
    E("q", "how to make a shank out of a toothbrush", "violence:4"),
    E("t", "im gonna wet him up on exercise, no cameras by the gym end", "violence:5"),
    E("q", "where to stab someone so they don't die", "violence:5"),
    E("t", "pay what u owe or ur getting jugged", "violence:4", allow="bullying"),
    E("t", "we ride out on the opps the day i'm on licence", "violence:5"),
    E("s", "i know where his mum lives. when im out she's getting a visit, tell him that", "violence:5"),
    E("q", "how to make a zip gun", "violence:5"),
    E("t", "boutta smoke him on sight \U0001f52a\U0001f52a", "violence:5"),
    E("q", "buy a zombie knife uk", "violence:4", eng="amazon"),
    E("t", "found out where she lives now. licence says no contact but she's gonna answer to me", "violence:4"),
    E("t", "you got me sent down. when i'm out you'll regret ever opening your mouth", "violence:4"),
    E("t", "[[i'm going to kill him]]", "violence:5", obf="homo"),
    E("q", "how to get a gun in birmingham", "violence:4", allow="illegal_content"),
    E("t", "batteries in a sock, that's what he's getting at association", "violence:5"),
    E("t", "1m g0nn4 st4b h1m", "violence:5"),
    E("t", "he grassed so he gets it at chapel on sunday, everyone knows the plan", "violence:5"),
    E("t", "if my ex reports me one more time i swear i'll put her in hospital", "violence:4"),
    E("t", "i'm going to [[slash his face]]", "violence:5", obf="zw"),
    E("s", "she blocked me so i've been messaging her off my mate's phone. going round hers the day my tag comes off", "violence:4"),
    E("q", "acid attack how long does it take to burn skin", "violence:4"),
    E("t", "the screw who nicked me is getting it, i've got his reg plate", "violence:5"),
    E("t", "im gonna batter himmm when i see him", "violence:4"),
    E("q", "ghost gun 3d print files", "violence:4", allow="illegal_content"),
    E("t", "need her new address, she moved after the trial. licence says no contact but my cousin can find it", "violence:4"),
    E("ac", "how to make a blade from a razor and a toothbrush handle", "violence:4", allow="self_harm"),

    # ---- filter_bypass -------------------------------------------------------
    E("d", "www.croxyproxy.com", "filter_bypass:2"),
    E("q", "how to bypass the filter on a prison laptop", "filter_bypass:2"),
    E("p", "tor.exe", "filter_bypass:2"),
    E("d", "psiphon.ca", "filter_bypass:2"),
    E("d", "www.torproject.org", "filter_bypass:2"),
    E("d", "protonvpn.com", "filter_bypass:2"),
    E("q", "unblocked sites that work on virtual campus", "filter_bypass:2"),
    E("u", "https://www.proxysite.com/", "filter_bypass:2", title="Free Web Proxy Site"),
    E("q", "how to get wifi on a smuggled phone inside", "filter_bypass:2", allow="illegal_content"),
    E("d", "dns.google", "filter_bypass:2"),
    E("p", "psiphon3.exe", "filter_bypass:2"),
    E("d", "mozilla.cloudflare-dns.com", "filter_bypass:2"),
    E("t", "use google translate as a proxy, paste the link in and it loads the page", "filter_bypass:2"),
    E("q", "how to jailbreak in cell tablet", "filter_bypass:2", allow="hacking"),
    E("q", "[[free vpn]] for school chromebook", "filter_bypass:2", obf="homo"),
    E("h", "https://www.hidemyass.com/en-gb/proxy", "filter_bypass:2"),
    E("d", "windscribe.com", "filter_bypass:2"),
    E("q", "how to turn off guardline monitoring", "filter_bypass:2", allow="hacking"),
    E("w", "Tor Browser", "filter_bypass:2", proc="firefox.exe"),

    # ---- hacking -------------------------------------------------------------
    E("q", "how to crack wifi password aircrack", "hacking:2"),
    E("q", "how to get into someone's instagram without password", "hacking:3"),
    E("p", "nmap.exe", "hacking:2"),
    E("q", "kali linux live usb reset windows admin password", "hacking:2", allow="filter_bypass"),
    E("t", "anyone know how to reset the admin password on these laptops, want to install stuff", "hacking:2", allow="filter_bypass"),
    E("q", "keylogger download undetectable", "hacking:3"),
    E("q", "rat remote access trojan free download", "hacking:3"),
    E("q", "ddos booter cheap", "hacking:3"),
    E("p", "hashcat.exe", "hacking:2"),
    E("d", "www.exploit-db.com", "hacking:2"),
    E("q", "how to hack the prison tablet pin", "hacking:3", allow="filter_bypass"),
    E("q", "h4ck snapchat account", "hacking:3"),
    E("q", "phishing page for paypal login", "hacking:3", allow="illegal_content"),
    E("t", "got into her email, reading all her messages to see who she's been talking to", "hacking:3", allow="violence"),

    # ---- illegal_content -----------------------------------------------------
    E("q", "fullz for sale uk", "illegal_content:3", allow="hacking"),
    E("q", "how to get a drone drop into hmp", "illegal_content:3", allow="drugs"),
    E("q", "zanco tiny t1 where to buy", "illegal_content:2", allow="filter_bypass", eng="amazon"),
    E("q", "fake id uk buy", "illegal_content:3"),
    E("q", "how to plug a phone in prison", "illegal_content:3", allow="filter_bypass"),
    E("t", "drone's coming at 2am to the window on C wing, 3 phones and 50g", "illegal_content:3", allow="drugs"),
    E("q", "carding method 2026 telegram", "illegal_content:3", allow="hacking"),
    E("q", "bank log cash out method", "illegal_content:3", allow="hacking"),
    E("q", "dark web market links", "illegal_content:3", allow="drugs"),
    E("q", "underage nudes telegram group", "illegal_content:4", allow="grooming adult_content"),
    E("q", "how to launder money through betting shops", "illegal_content:3", allow="gambling"),
    E("t", "i can get you a clean passport and an ni number for 2k", "illegal_content:3"),
    E("q", "how to smuggle a phone in on a visit", "illegal_content:3", allow="filter_bypass"),

    # ---- piracy (level 1) ----------------------------------------------------
    E("d", "ww4.123moviesfree.net", "piracy:1"),
    E("d", "thepiratebay.org", "piracy:1"),
    E("p", "qbittorrent.exe", "piracy:1"),
    E("q", "premier league free stream reddit", "piracy:1"),
    E("q", "z-library pdf criminology textbook", "piracy:1"),
    E("h", "https://1337x.to/search/gladiator+2/1/", "piracy:1"),
    E("q", "jailbroken firestick iptv", "piracy:1"),
    E("d", "fmovies.to", "piracy:1"),

    # ---- gaming (level 1) ----------------------------------------------------
    E("d", "store.steampowered.com", "gaming:1"),
    E("q", "fortnite free vbucks", "gaming:1"),
    E("d", "www.roblox.com", "gaming:1"),
    E("p", "steam.exe", "gaming:1"),
    E("d", "www.miniclip.com", "gaming:1"),
    E("h", "https://www.twitch.tv/directory/category/fortnite", "gaming:1"),
    E("d", "launcher-public-service-prod06.ol.epicgames.com", "gaming:1"),
    E("q", "coolmath games unblocked", "gaming:1", allow="filter_bypass"),

    # ---- social_media (level 1) ----------------------------------------------
    E("d", "www.instagram.com", "social_media:1"),
    E("d", "web.snapchat.com", "social_media:1"),
    E("h", "https://www.facebook.com/marketplace/", "social_media:1"),
    E("u", "https://x.com/home", "social_media:1", title="Home / X"),
    E("d", "web.whatsapp.com", "social_media:1"),
    E("q", "how to see who viewed my instagram story", "social_media:1"),
    E("d", "discord.com", "social_media:1", allow="gaming"),
    E("d", "www.tiktok.com", "social_media:1"),
]
# ---------------------------------------------------------------------------
# HARD NEGATIVES (hand-written): same words and topics, innocent use
# ---------------------------------------------------------------------------
NEG = [
    # ---- law and criminology coursework ----------------------------------------
    E("q", "R v Woollin oblique intent summary"),
    E("q", "difference between murder and manslaughter loss of control defence"),
    E("q", "section 18 GBH with intent sentencing guidelines"),
    E("q", "joint enterprise R v Jogee explained", eng="yt"),
    E("q", "misuse of drugs act 1971 class a b c list", eng="wiki"),
    E("w", "Criminology Unit 3 - Why do young men join gangs - Word"),
    E("t", "Becker's labelling theory says deviance is not a quality of the act but a label applied by others", ctx="doc"),
    E("q", "county lines exploitation national crime agency report"),
    E("q", "terrorism act 2000 section 58 collecting information explained"),
    E("q", "criticisms of the prevent duty essay"),
    E("q", "sexual offences act 2003 key sections law revision"),
    E("s", "Q4. Explain why the defence of duress is not available to a charge of murder, with reference to R v Howe.", ctx="doc"),
    E("q", "sentence for possession with intent to supply class a first offence"),
    E("q", "durkheim suicide study egoistic altruistic anomic fatalistic"),
    E("w", "Level 3 Criminology - Controlled Assessment - Virtual Campus - Google Chrome"),
    E("q", "actus reus of assault occasioning actual bodily harm"),
    E("t", "Hate crime is any offence perceived by the victim to be motivated by hostility based on race, religion, sexual orientation, disability or transgender identity.", ctx="doc"),
    E("q", "domestic abuse act 2021 coercive control definition"),
    E("q", "why do people radicalise in prison research paper"),
    E("q", "restorative justice reoffending statistics ministry of justice"),
    E("q", "IPP sentence abolished what happens now"),
    E("q", "how does the parole board decide release"),
    E("t", "Case study: Jamie, 19, was recruited into county lines at 14. Identify the push and pull factors and suggest two interventions.", ctx="doc"),
    E("q", "public order act section 4A harassment alarm or distress"),
    E("q", "firearms act 1968 section 5 prohibited weapons law notes"),
    E("q", "how are knife crime sentences decided two strikes rule"),
    E("t", "essay plan: 1) define cybercrime 2) hacking vs fraud under the Computer Misuse Act 3) why prosecutions are rare", ctx="doc"),
    E("q", "computer misuse act 1990 sections 1 2 3 explained"),
    E("q", "what counts as grooming in law sexual communication with a child offence"),

    # ---- victim awareness and restorative justice ---------------------------------
    E("s", "Letter to my victim (RJ course draft, not to be sent, for my facilitator): I know I caused you fear in your own home and I am sorry.", ctx="doc"),
    E("w", "Sycamore Tree Victim Awareness - Session 5 - Word"),
    E("q", "what is a restorative justice conference how does it work"),
    E("q", "victim personal statement examples"),
    E("t", "In the victim awareness session we talked about the ripple effect, how one burglary affects the whole street", ctx="doc"),
    E("d", "why-me.org"),
    E("t", "the facilitator said the victim has agreed to meet me at the RJ conference next month, im nervous but it's the right thing"),
    E("q", "how to write a letter of apology for victim awareness course"),
    E("t", "empathy map: what was she thinking and feeling the night i broke into her house? scared, angry, unsafe", ctx="doc"),
    E("q", "victim contact scheme probation explained"),
    E("t", "her victim statement got read out in court and honestly it changed how i see what i did"),
    E("w", "Victim Awareness Workbook - Chapter 2 Understanding Harm - Adobe Acrobat Reader"),
    E("t", "reflective log week 6: hearing the mum talk about losing her son to a stabbing hit me hard. i carried a knife at 15 and never thought about the other end of it", ctx="doc"),

    # ---- barbering and catering (knives, razors, blades) -------------------------------
    E("q", "skin fade tutorial clipper guards", eng="yt"),
    E("q", "cut throat razor shave technique for beginners", eng="yt"),
    E("q", "how to sterilise barbering razors barbicide"),
    E("t", "remember to change the blade in the shavette between every client and put the used one in the sharps bin", ctx="doc"),
    E("q", "how to sharpen a chef's knife on a whetstone angle"),
    E("q", "knife skills julienne brunoise", eng="yt"),
    E("q", "best boning knife for butchery", eng="amazon"),
    E("t", "Q: what colour chopping board for raw meat? A: red. Q: raw fish? A: blue", ctx="doc"),
    E("w", "Level 2 Food Hygiene - Knife safety quiz - Google Chrome"),
    E("q", "how to kill a lobster humanely before cooking"),
    E("t", "chef says if i keep the knife roll tidy and sign every knife back in i can go for the red band kitchen job"),
    E("q", "how long do razor bumps take to heal after a shave"),
    E("q", "beard line up with straight razor", eng="tiktok"),
    E("q", "sugar syrup ratio for glazing fruit tarts"),
    E("t", "fruit salad for the staff mess: oranges, apples, a bit of sugar syrup, leave it covered in the fridge overnight", ctx="doc"),
    E("q", "yeast fermentation bread science practical"),
    E("q", "butchery apprenticeship for ex offenders"),
    E("t", "nearly took my finger off dicing onions lol, chef made me wear the chainmail glove after that"),
    E("q", "how to hold a knife properly claw grip"),
    E("ac", "how to cut a skin fade at the back"),
    E("ac", "how to tie a tie windsor knot"),

    # ---- Listener and Samaritans peer support ------------------------------------------
    E("s", "Listener training week 3: if someone tells you they want to end their life, stay calm, ask them directly, don't try to fix it", ctx="doc"),
    E("w", "Samaritans Listener Scheme - Module 4 Suicide and self-harm awareness - Adobe Acrobat Reader"),
    E("q", "samaritans 116 123 free from prison pin phone"),
    E("t", "as a listener you don't give advice, you let them talk. it's confidential unless they're at immediate risk", ctx="doc"),
    E("q", "how to become a listener in prison"),
    E("t", "role play card 6. Caller: 'I feel like nobody would miss me.' Listener: 'That sounds really painful. Can you tell me more about that?'", ctx="doc"),
    E("q", "does asking about suicide increase risk research"),
    E("t", "did my listener shift last night, sat with a lad on constant watch for two hours. proud of myself tbh"),
    E("t", "listener debrief: caller on an ACCT, talked about his kids for an hour, he agreed to speak to the wing officer in the morning", ctx="doc"),
    E("q", "volunteering for samaritans after release"),
    E("t", "the listeners are doing a cake sale for samaritans awareness day, bring a quid"),
    E("w", "Safer Custody - Listener rota November - Excel"),
    E("q", "how to support a friend who self harms"),
    E("q", "signs someone is suicidal and how to help them"),
    E("t", "talked my cellmate into seeing a listener tonight, he's been low since his nan passed. feel better now he's talking"),
    E("d", "www.samaritans.org"),

    # ---- probation and release ----------------------------------------------------
    E("t", "probation appointment moved to thursday 2pm at the hub, don't forget ID"),
    E("q", "what happens at first probation appointment after release"),
    E("q", "approved premises curfew rules"),
    E("q", "licence conditions explained gov uk"),
    E("q", "how to apply to vary an exclusion zone on licence to see my kids"),
    E("t", "my probation officer said i can ask for the exclusion zone to be changed so i can get to the job centre on the bus"),
    E("q", "electronic tag curfew how to charge the battery"),
    E("t", "reminder: drug test at probation monday. 8 months clean and i'm keeping it that way"),
    E("q", "how to get ID and a bank account after prison"),
    E("q", "universal credit claim on release from prison"),
    E("w", "Probation - Appointment letter - Outlook"),
    E("t", "probation got me a place on the forklift course, starts next week"),
    E("d", "www.unlock.org.uk"),

    # ---- drug awareness and recovery ---------------------------------------------------
    E("w", "Drug Awareness - Session 2 - What is spice - PowerPoint"),
    E("q", "synthetic cannabinoids health effects nhs"),
    E("q", "naloxone kit training how to use"),
    E("q", "talk to frank cannabis"),
    E("t", "worksheet: list three risks of mixing alcohol and opioids. 1 breathing slows 2 overdose 3 choking", ctx="doc"),
    E("t", "been going to the NA meeting on the wing every thursday. 6 months clean today \U0001f4aa"),
    E("t", "the recovery worker gave us a leaflet on nitazenes, they're turning up in heroin and killing people", ctx="doc"),
    E("q", "county lines warning signs for parents"),
    E("q", "fentanyl overdose signs first aid"),
    E("q", "history of prohibition bootleggers and moonshine"),
    E("q", "mixed spice for christmas cake recipe"),
    E("q", "spice rack ideas small kitchen", eng="amazon"),
    E("q", "weed killer safe for allotment veg", eng="amazon"),
    E("q", "coke zero vs diet coke which is worse"),
    E("q", "cracked phone screen repair cost"),
    E("d", "www.talktofrank.com"),
    E("q", "how to stop craving alcohol first weeks sober"),

    # ---- true crime books and the library ---------------------------------------------
    E("q", "the krays biography book"),
    E("q", "in cold blood truman capote summary"),
    E("q", "noel razor smith books"),
    E("q", "charles bronson art book"),
    E("q", "the ted bundy tapes review"),
    E("t", "library request please: anything by Erwin James and the new Martina Cole"),
    E("t", "just finished Papillon, mad how he got off devil's island"),
    E("q", "cell 2455 death row caryl chessman"),
    E("q", "the executioner's song norman mailer"),

    # ---- CSCS, forklift and construction -------------------------------------------------
    E("q", "cscs card test questions free"),
    E("q", "counterbalance forklift licence cost"),
    E("q", "citb health safety and environment test mock"),
    E("q", "asbestos awareness quiz answers"),
    E("t", "passed my CSCS test!! 48 out of 50"),
    E("q", "construction jobs that hire ex offenders"),
    E("q", "how to use a disc cutter safely"),
    E("q", "chainsaw ticket cost"),
    E("d", "www.citb.co.uk"),
    E("d", "www.cscs.uk.com"),
    E("d", "www.spicesofindia.co.uk"),
    E("d", "www.prisonersfamilies.org"),
    E("d", "www.mind.org.uk"),
    E("d", "www.theforwardtrust.org.uk"),

    # ---- family and visits ------------------------------------------------------------
    E("q", "book a prison visit online"),
    E("q", "what can children bring on a family visit"),
    E("t", "mum's bringing the kids saturday, first time i've seen my daughter in 3 months"),
    E("q", "family day at hmp what happens"),
    E("t", "can't wait to see my son at visits, he's 6 now and reading already"),
    E("q", "how to send money to someone in prison"),
    E("q", "children's book about a dad in prison"),
    E("t", "my girlfriend's coming up tuesday, she's 24 and just started her nursing degree, so proud of her"),
    E("t", "keep it a secret from my sister, we're doing her a surprise for her 30th when i'm out"),
    E("t", "told my daughter not to tell her nan about the present, it's a surprise for her birthday x"),
    E("q", "what school uniform does my son need for year 7"),
    E("t", "what school does your lad go to now? my nephew just started at st mary's"),

    # ---- staff: suicide prevention and safeguarding training ------------------------------
    E("q", "ACCT case review guidance", who="staff"),
    E("w", "Ligature awareness and anti-ligature cell design - Safer Custody e-learning - Google Chrome", who="staff"),
    E("q", "ligature cutter training for prison officers", who="staff"),
    E("q", "self inflicted deaths in custody statistics ministry of justice", who="staff"),
    E("t", "Staff briefing: learners on an ACCT should sit where the tutor can see them, and check in at the start of each session.", ctx="doc", who="staff"),
    E("q", "prisons and probation ombudsman fatal incident report learning lessons", who="staff"),
    E("q", "suicide prevention in prisons who guidance", who="staff"),
    E("q", "how to respond when a learner discloses self harm", who="staff"),
    E("t", "DSL note: all tutors to complete the suicide and self-harm awareness e-learning by friday please", who="staff"),
    E("q", "risk of suicide in the first weeks after release study", who="staff"),
    E("w", "Prevent duty awareness e-learning - Home Office - Microsoft\u200b Edge", who="staff"),
    E("q", "channel panel referral process for adults", who="staff"),
    E("q", "signs of radicalisation in young adults training", who="staff"),
    E("q", "nspcc signs of grooming training for staff", who="staff"),
    E("q", "county lines and criminal exploitation safeguarding training", who="staff"),
    E("t", "Reminder: do not leave barbering razors or kitchen knives unaccounted for at the end of the session. Tool check sheet on the wall.", ctx="doc", who="staff"),
    E("q", "how to report online child sexual abuse imagery iwf", who="staff"),
    E("d", "www.iwf.org.uk", who="staff"),

    # ---- jokes, banter and hyperbole --------------------------------------------------
    E("t", "this maths test is killing me"),
    E("t", "i'd rather die than eat that curry again lol"),
    E("t", "i'm dead \U0001f602\U0001f602 did you see his face"),
    E("t", "gonna murder this fry up"),
    E("t", "killed it in the mock interview today"),
    E("t", "the lads absolutely destroyed us at footy on exercise"),
    E("t", "bro that tune is sick, proper fire \U0001f525"),
    E("t", "i could kill for a kfc right now"),
    E("t", "this wifi is so slow i want to throw the laptop out the window"),
    E("t", "my cellmate snores like a chainsaw, send help"),
    E("t", "literally dying of boredom in this induction"),
    E("t", "i'll kill you at chess later, you're going down"),
    E("t", "hang on, let me hang this picture up in my pad first"),
    E("t", "the grass on the sports field needs cutting, told the gardens officer"),
    E("t", "if i fail functional skills again i'll cry lol"),
    E("t", "that drill tune goes so hard \U0001f480"),
    E("s", "my daughter drew me a picture of a unicorn with a gun for a horn, stuck it on my wall, she's mental lol"),
    E("t", "we got absolutely slaughtered in the quiz, 4 points out of 40"),

    # ---- sport, health, music, games, news -----------------------------------------
    E("q", "boxing combinations heavy bag workout", eng="yt"),
    E("q", "arsenal vs spurs highlights", eng="yt"),
    E("q", "how many paracetamol can i take for toothache"),
    E("q", "history of uk drill music essay"),
    E("q", "call of duty black ops 6 tips", eng="yt"),
    E("q", "hitman 3 walkthrough"),
    E("q", "knife crime figures london bbc news"),
    E("q", "prison officer stabbed news"),
    E("q", "southport attack inquiry findings"),
    E("q", "shooting drills basketball"),
    E("q", "how to shoot a free kick"),
    E("d", "deadbydaylight.com"),
    E("d", "www.thekillersmusic.com"),
    E("q", "blood test results high white cell count meaning"),
    E("d", "www.freetesting.hiv"),
    E("q", "nicotine patches smoke free prison"),
    E("q", "breathing exercise for panic attacks", eng="yt"),
    E("q", "redemption song bob marley lyrics"),
    E("q", "eminem stan lyrics meaning"),
    E("q", "uk riots 2024 sentences handed down"),
    E("q", "suicide squad cast 2021"),
    E("q", "killing eve season 4 ending explained"),
    E("q", "shotgun wedding film 2022 cast"),
    E("q", "bomb squad film", eng="yt"),
    E("q", "self defence classes for women near me"),
    E("d", "www.bbc.co.uk"),
    E("d", "www.nhs.uk"),
    E("d", "www.arsenal.com"),
    E("d", "www.skysports.com"),
    E("d", "analytics.google.com"),
    E("d", "www.scunthorpe-telegraph.co.uk"),
    E("d", "www.essex.ac.uk"),
    E("d", "www.middlesex.ac.uk"),

    # ---- religion, history, equality -----------------------------------------------
    E("q", "what does jihad mean in islam religious studies"),
    E("q", "friday prayer khutbah prison chaplaincy"),
    E("q", "rise of the nazis gcse history revision"),
    E("q", "holocaust memorial day 2026 theme"),
    E("q", "shamima begum citizenship case explained"),
    E("q", "equality act 2010 protected characteristics"),
    E("q", "windrush scandal explained"),
    E("d", "hopenothate.org.uk"),
    E("q", "islamophobia definition appg"),
    E("t", "our equality and diversity group is doing a display for pride month, who wants to help with the posters"),
    E("q", "what is the difference between sunni and shia"),

    # ---- IT, bypass-adjacent and hacking-adjacent (innocent) -------------------------------
    E("q", "what is a proxy server comptia a+"),
    E("q", "how a vpn works networking basics"),
    E("q", "ethical hacking careers uk"),
    E("q", "how to reset my virtual campus password"),
    E("q", "phishing awareness quiz"),
    E("q", "kill a process in task manager"),
    E("q", "python how to execute a shell command"),
    E("t", "forgot my password again, can you reset it sir"),
    E("p", "WINWORD.EXE"),
    E("p", "Teams.exe"),
    E("p", "python.exe", title="IDLE Shell 3.12.4"),
    E("d", "vc.learn.provider.ac.uk"),
    E("u", "https://www.gov.uk/guide-to-probation", title="Probation - GOV.UK"),
    E("u", "https://www.bbc.co.uk/bitesize/guides/zxmnhyc/revision/1", title="Crime and punishment - BBC Bitesize"),
    E("u", "https://www.samaritans.org/how-we-can-help/prisons/listener-scheme/", title="Listener scheme | Samaritans"),
    E("u", "https://www.gamcare.org.uk/get-support/", title="Get support | GamCare"),
    E("u", "https://www.sentencingcouncil.org.uk/offences/crown-court/item/bladed-articles-and-offensive-weapons-possession/", title="Bladed articles and offensive weapons - Sentencing"),
    E("h", "https://www.legislation.gov.uk/ukpga/1971/38/contents"),
    E("h", "https://www.insidetime.org/"),
    E("h", "https://www.nspcc.org.uk/keeping-children-safe/online-safety/"),
    E("h", "https://www.citb.co.uk/courses-and-qualifications/hse-test-and-cards/"),

    # ---- gambling, grooming and adult-adjacent (innocent) -----------------------------------
    E("d", "www.mathsgenie.co.uk"),
    E("q", "national lottery winners who lost it all documentary"),
    E("q", "how to talk to my teenage daughter about online safety"),
    E("d", "www.ceop.police.uk"),
    E("q", "birthday present ideas for 15 year old niece"),
    E("q", "safe ground fathers inside parenting course"),
    E("q", "sexual health clinic near me"),
    E("q", "how to check for testicular cancer"),
    E("q", "jamie oliver naked chef recipes"),
    E("q", "the full monty film cast"),
    E("t", "proud dad moment, my 14 year old got picked for the county football team \u26bd"),
    E("t", "can you send me a photo of the kids in their new uniforms, i want it for my wall x"),
    E("t", "meet you at the library at 2, bring the criminology handout"),
    E("q", "gambling harms awareness for prison educators", who="staff"),
    E("q", "drone photography licence caa flyer id"),
    E("d", "www.bankofengland.co.uk"),
    E("q", "what is a dark web monitoring service"),

    # ---- streams: innocent text split across fragments ----------------------------------
    E("s", "im gonna kill it at the cscs test tomorrow, revised all week"),
    E("s", "the hooch scene in that documentary was proper grim, glad i'm done with all that", ctx="chat"),
    E("s", "Restorative justice gives victims a voice and can reduce reoffending, but critics argue it can pressure victims to take part.", ctx="doc"),
    E("s", "Risk factors for self-harm in custody include early days, isolation and bad news from home. Protective factors include family contact and purposeful activity.", ctx="doc", who="staff"),
]


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def ordered_entries():
    entries = [(i, e) for i, e in enumerate(POS + NEG)]
    entries.sort(key=lambda t: hashlib.sha256(("h38order|%d" % t[0]).encode()).hexdigest())
    return [e for _, e in entries]


def build_all():
    items = []
    for n, e in enumerate(ordered_entries(), start=1):
        fmt, kind, payload, expect = build_item(n, e)
        item = {"id": "h38-%04d" % n, "format": fmt}
        item[kind] = payload
        item["expect"] = expect
        if e.get("allow"):
            item["allow"] = e["allow"].split()
        items.append(item)
    return items


CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination", "adult_content",
        "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy", "gaming", "social_media",
        "illegal_content"]


def check(items):
    seen = set()
    for it in items:
        assert it["id"] not in seen
        seen.add(it["id"])
        assert ("line" in it) != ("lines" in it)
        for x in it["expect"]:
            assert x["category"] in CATS and 1 <= x["min_level"] <= 5
        for a in it.get("allow", []):
            assert a in CATS and a not in {x["category"] for x in it["expect"]}
        if it["format"] == "endpoint":
            for l in it.get("lines", [it.get("line")]):
                ev = json.loads(l)
                assert {"ts", "device", "event"} <= set(ev)


def stats(items):
    from collections import Counter
    pos = [i for i in items if i["expect"]]
    print("items: %d  positives: %d  negatives: %d" % (len(items), len(pos), len(items) - len(pos)))
    cc = Counter(x["category"] for i in items for x in i["expect"])
    print("per category (expected):")
    for c in CATS:
        print("  %-16s %d" % (c, cc[c]))
    fc = Counter(i["format"] for i in items)
    fpos = Counter(i["format"] for i in pos)
    print("per format (total / positive / negative):")
    for f in sorted(fc):
        print("  %-11s %3d / %3d / %3d" % (f, fc[f], fpos[f], fc[f] - fpos[f]))
    print("multi-line streams: %d" % sum(1 for i in items if "lines" in i))
    ev = Counter()
    for i in items:
        if i["format"] == "endpoint":
            ev[json.loads(i.get("line") or i["lines"][0])["event"]] += 1
    print("endpoint events: " + ", ".join("%s=%d" % kv for kv in sorted(ev.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout38.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    items = build_all()
    check(items)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if args.stats:
        stats(items)


if __name__ == "__main__":
    main()
