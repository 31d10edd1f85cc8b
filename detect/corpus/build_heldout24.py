#!/usr/bin/env python3
"""Build heldout24.jsonl: a hand-written, labelled held-out corpus for Guardline.

Perspective
-----------
A multi-academy trust ("Northgate Learning Trust": three 11-16 academies and a sixth-form
centre, learners aged 11-18).  Every learner laptop is managed and runs the Guardline
endpoint agent, which captures typed text and window titles; the trust also has an
authenticating, TLS-inspecting web proxy (Squid, some sites behind e2guardian), BIND /
Unbound / dnsmasq resolvers and a Zeek sensor.  So roughly half of the items are endpoint
records (what a learner types into Discord, Instagram / Snapchat / WhatsApp web, Teams
chat, essays, notes and search boxes, plus the window titles around them) and the rest are
network records in the other section-2 formats (squid, clf, e2guardian 2/4/6, unbound,
dnsmasq, bind incl. RPZ, zeek-dns and zeek-http as JSON or TSV, and `auto`), some of them
wrapped in RFC 3164 / RFC 5424 syslog or in an rsyslog JSON envelope.

Every text, search query, domain and window title below was written by hand for this file,
in the way teenagers actually type: lower case, no punctuation, abbreviations, emoji,
deliberate filter dodging (s*icide, s3lf h4rm, "sewer slide", "unalive", "grape", "seggs",
le$bean, spaced or dotted letters, Cyrillic look-alikes, zero-width characters, full-width
letters, ALL CAPS), sarcasm, hyperbole, and messages split across two typed records.

Labelling decisions (what a designated safeguarding lead would want)
--------------------------------------------------------------------
* Levels follow CONTRACTS section 3.  5 is used only for imminent risk to life or of
  serious harm: a suicide plan, method, timing, final messages or a recent attempt;
  heavy bleeding after self-harm; a groomer arranging to meet, or a sextortion threat;
  planned or armed attacks; ongoing physical abuse of the child at home;
  joining a terrorist group abroad.
* Suicidal ideation without plan or method is suicide 4.  Searches for methods are 5.
* Self-harm (cutting, burning, hitting, hiding it, relapse) is self_harm 4.  Eating
  disorders have no category of their own, so pro-ana / thinspo / meanspo / "safe foods" /
  fasting challenges / purging are labelled self_harm 4.
* Grooming signs (age gap, secrecy, "delete this chat", gifts, moving to a private app,
  requests for images) are grooming 4.  Child criminal exploitation (county lines,
  "you owe me") is also labelled grooming 4, with drugs allowed.  A sextortion threat is
  grooming 5 (a search for help about being blackmailed is 4), with illegal_content allowed.
* Nudes of under-18s shared among peers, and AI "nudify" fakes of classmates, are
  illegal_content 4 (bullying and adult_content allowed).  Fake IDs, counterfeit money,
  dark-web markets and stolen-card accounts are illegal_content 3.
* Disclosures of physical or domestic abuse and of sexual assault ("grape") are violence
  (4, or 5 when the child is being hurt at home now).  Concrete threats with a weapon and a
  time or place, shooting threats and arranged group attacks are violence 5; conditional or
  general threats 3-4; fight videos and gore 3.
* Hostile messages aimed at a peer are bullying 3 ("kys" at someone is bullying 4 with
  suicide allowed).  Slurs and hateful generalisations about a protected group are
  discrimination 3 (bullying allowed when aimed at a person).  Manosphere / incel content
  is radicalisation 3; extremist propaganda, symbols, manifestos and proscribed groups 4;
  travel to join a group or attack planning 5.
* Adult content 3.  Buying drugs 3 (vapes 2, a possibly spiked vape with symptoms 4).
  Gambling 2, filter bypass 2, hacking tools 2 and breaking into someone's account 3.
  Piracy, gaming and social media sites are level 1.
* "allow" is used only for a genuinely ambiguous second category (for example
  discrimination beside white-power radicalisation, or adult_content beside a request for
  images).  When two harms are unmistakably both present, both are expected.
* Hard negatives (about half the corpus) are things a safeguarding lead would not want to
  be called about: hyperbole and sarcasm ("kms this homework", "i'm dead 💀"), gaming trash
  talk, song lyrics, fan fiction, English essays on Of Mice and Men / An Inspector Calls /
  Macbeth, history of the Holocaust, debate on capital punishment, biology of drugs, PSHE
  and computing notes on grooming, consent, sextortion, VPNs and DDoS, friends supporting
  each other, helpline numbers, help-seeking and charity sites, Scunthorpe-style domains,
  LGBT+ teens using "le$bean" about themselves, German homework ("die ..."), and fragments
  that only look risky when joined across two different windows or more than 30 seconds
  apart.  A few innocent requests are logged as blocked by an over-eager filter (TCP_DENIED,
  NXDOMAIN); they stay negative, so "the filter blocked it" is not a label.

Determinism
-----------
The order of items is fixed by the SHA-256 of each item's definition, and every "random"
choice (format, wrapper, user, device, timestamps, IPs, ports, engine, URL encoding,
JSON escaping) is taken from SHA-256 of the item number and a purpose string, so reruns
are byte-identical.  Standard library only.

Usage: python3 build_heldout24.py [--out PATH] [--stats]
"""

import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

# --------------------------------------------------------------------------------------
# deterministic choices


class R:
    """All choices for one item, from SHA-256 of the item number and a purpose string."""

    def __init__(self, n):
        self.n = n

    def u(self, key):
        h = hashlib.sha256(("heldout24/%d/%s" % (self.n, key)).encode("utf-8")).digest()
        return int.from_bytes(h[:8], "big")

    def pick(self, key, seq):
        return seq[self.u(key) % len(seq)]

    def wpick(self, key, pairs):
        total = sum(w for _, w in pairs)
        x = self.u(key) % total
        for v, w in pairs:
            if x < w:
                return v
            x -= w
        raise AssertionError

    def rng(self, key, lo, hi):
        return lo + self.u(key) % (hi - lo + 1)

    def chance(self, key, pct):
        return self.u(key) % 100 < pct

    def hexs(self, key, n):
        return hashlib.sha256(("heldout24/%d/%s" % (self.n, key)).encode()).hexdigest()[:n]


# --------------------------------------------------------------------------------------
# the trust: sites, people, devices

SITES = [
    # name, code, second octet, e-mail domain
    ("oakfield", "OAK", 21),
    ("riverside", "RIV", 22),
    ("st-aidans", "STA", 23),
    ("sixthform", "SFC", 24),
]
MAIL = "ngltrust.org.uk"
FIRST = ["amelia", "jayden", "zara", "oliver", "maya", "kacper", "leah", "tyler", "aisha",
         "harvey", "poppy", "ibrahim", "ella", "connor", "jasmine", "mason", "freya",
         "kofi", "lily", "reece", "hannah", "yusuf", "evie", "callum", "sofia", "dylan",
         "amira", "finley", "grace", "tomasz", "niamh", "kai", "imogen", "rhys", "chloe",
         "ayaan", "millie", "jack", "priya", "alfie", "ruby", "deji", "holly", "luca"]
LAST = ["hughes", "begum", "kowalski", "osei", "wright", "patel", "murphy", "ahmed",
        "clarke", "nguyen", "evans", "walsh", "okafor", "taylor", "hussain", "jones",
        "nowak", "campbell", "ali", "robinson", "khan", "fletcher", "mensah", "price",
        "davies", "singh", "oconnor", "bailey", "moore", "szabo", "reid", "ward"]
UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/%s Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/%s Safari/537.36 Edg/%s")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Firefox/%s"
CHROME_VERS = ["129.0.0.0", "130.0.0.0", "131.0.0.0", "132.0.0.0"]
FF_VERS = ["131.0", "132.0", "133.0"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TERM_START = _dt.datetime(2026, 9, 7, tzinfo=_dt.timezone.utc)


class Ctx:
    """Per-item actor and time, all from R."""

    def __init__(self, r):
        self.r = r
        s = r.pick("site", SITES)
        self.site, self.code, self.oct2 = s
        first = r.pick("first", FIRST)
        last = r.pick("last", LAST)
        yy = r.pick("yy", ["20", "21", "22", "23", "24", "25", "26"])
        style = r.pick("ustyle", ["yy", "dot", "dom", "mail", "yy", "dot"])
        if style == "yy":
            self.user = "%s%s%s" % (yy, first[0], last)
        elif style == "dot":
            self.user = "%s.%s" % (first[0], last)
        elif style == "dom":
            self.user = "NGLT\\%s%s%s" % (yy, first[0], last)
        else:
            self.user = "%s%s%s@%s" % (yy, first[0], last, MAIL)
        kind = r.pick("devkind", ["LT", "LT", "LT", "LT", "LIB-PC", "PC"])
        if kind == "LT":
            self.device = "%s-LT-%04d" % (self.code, r.rng("devno", 1, 1400))
        elif kind == "LIB-PC":
            self.device = "%s-LIB-PC-%02d" % (self.code, r.rng("devno", 1, 40))
        else:
            self.device = "%s-%s-PC-%02d" % (self.code, r.pick("room", ["S12", "C04", "IT2", "E07", "H11"]),
                                            r.rng("devno", 1, 32))
        self.ip = "10.%d.%d.%d" % (self.oct2, r.rng("vlan", 8, 63), r.rng("host", 2, 250))
        self.resolver = r.pick("resolver", ["10.0.0.53", "10.%d.0.53" % self.oct2])
        # time: autumn term 2026, mostly school hours, some evenings and late nights
        day = r.rng("day", 0, 101)
        d = TERM_START + _dt.timedelta(days=day)
        if d.weekday() >= 5 and not r.chance("wkend", 25):
            d = d - _dt.timedelta(days=d.weekday() - 4)
        hour = r.wpick("hour", [(8, 6), (9, 9), (10, 9), (11, 9), (12, 10), (13, 9), (14, 9),
                                (15, 7), (16, 5), (17, 4), (18, 4), (19, 5), (20, 5), (21, 5),
                                (22, 4), (23, 3), (0, 2), (1, 2), (2, 1)])
        self.t = d.replace(hour=hour, minute=r.rng("min", 0, 59), second=r.rng("sec", 0, 59),
                           microsecond=r.rng("ms", 0, 999) * 1000)
        cv = r.pick("cv", CHROME_VERS)
        fv = r.pick("fv", FF_VERS)
        self.browser = r.wpick("browser", [("chrome", 6), ("edge", 3), ("firefox", 1)])
        self.ua = {"chrome": UA_CHROME % cv, "edge": UA_EDGE % (cv, cv),
                   "firefox": UA_FF % (fv, fv)}[self.browser]

    def epoch(self, t=None):
        t = t or self.t
        return t.timestamp()


def syslog_date(t):
    return "%s %2d %02d:%02d:%02d" % (MONTHS[t.month - 1], t.day, t.hour, t.minute, t.second)


def clf_date(t):
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.day, MONTHS[t.month - 1], t.year, t.hour,
                                                 t.minute, t.second)


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


# --------------------------------------------------------------------------------------
# browsers and apps (endpoint)

BROWSER = {
    "chrome": ("chrome.exe", " - Google Chrome"),
    "edge": ("msedge.exe", " - Microsoft\u200b Edge"),
    "firefox": ("firefox.exe", " \u2014 Mozilla Firefox"),
}
DISCORD_CHANNELS = ["#general | yr10 lot", "#off-topic | bedwars gang", "#memes | the boys",
                    "#general | 11G2 revision", "#chat | lads 🐐", "#vent | safe space 💜",
                    "#general | kpop stans uk", "#gaming | fortnite squad",
                    "#general | art club", "#random | year 9 girlies 💅"]
DISCORD_DMS = ["@kaiii_", "@ruby.exe", "@zaraa.x", "@mxson", "@tobyplays", "@lil.dee",
               "@aishaaa", "@ghostyyy", "@jaydenn", "@frey.a"]
TEAMS_STAFF = ["Sarah Hughes", "David Kowalczyk", "Rachel Osei", "Mark Evans", "Joanne Price",
               "Imran Siddiqui", "Claire Fletcher"]
TEAMS_NAMES = ["Amelia Hughes", "Jayden Osei", "Zara Begum", "Oliver Walsh", "Maya Patel",
               "Leah Murphy", "Tyler Clarke", "10X/Ge1", "11Y English set 2", "Kofi Mensah",
               "Ella Davies", "12 Psychology", "Poppy Reid"]


def chat_window(r, app, ctx):
    """Return (process, window_title) for an app family."""
    exe, suffix = BROWSER[ctx.browser]
    if app == "chat":
        app = r.wpick("chatapp", [("discord", 5), ("insta", 4), ("snap", 3), ("whatsapp", 3),
                                  ("teams", 2)])
    elif app == "dm":
        app = r.wpick("dmapp", [("insta", 5), ("snap", 4), ("whatsapp", 3), ("discord_dm", 3)])
    elif app == "game":
        app = r.wpick("gameapp", [("discord", 4), ("roblox", 2), ("minecraft", 2)])
    if app == "discord":
        return "Discord.exe", "%s - Discord" % r.pick("chan", DISCORD_CHANNELS)
    if app == "discord_dm":
        return "Discord.exe", "%s - Discord" % r.pick("dmname", DISCORD_DMS)
    if app == "insta":
        n = r.rng("unread", 0, 9)
        return exe, ("(%d) " % n if n else "") + "Instagram \u2022 Chats" + suffix
    if app == "snap":
        return exe, "Snapchat" + suffix
    if app == "whatsapp":
        if r.chance("wadesk", 40):
            return "WhatsApp.exe", "WhatsApp"
        n = r.rng("unread", 0, 6)
        return exe, ("(%d) " % n if n else "") + "WhatsApp" + suffix
    if app == "teams":
        return r.pick("teamsexe", ["ms-teams.exe", "Teams.exe"]), \
            "Chat | %s | Microsoft Teams" % r.pick("tname", TEAMS_NAMES)
    if app == "teams_staff":
        return r.pick("teamsexe", ["ms-teams.exe", "Teams.exe"]), \
            "Chat | %s | Microsoft Teams" % r.pick("tstaff", TEAMS_STAFF)
    if app.startswith("teams:"):
        return r.pick("teamsexe", ["ms-teams.exe", "Teams.exe"]), \
            "Chat | %s | Microsoft Teams" % app[6:]
    if app == "roblox":
        return "RobloxPlayerBeta.exe", "Roblox"
    if app == "minecraft":
        return "javaw.exe", "Minecraft* 1.21.1 - Multiplayer (3rd-party Server)"
    if app == "tiktok":
        return exe, "TikTok - Make Your Day" + suffix
    if app == "search":
        return exe, r.pick("searchwin", ["Google", "New Tab", "Google", "YouTube", "Bing"]) + suffix
    raise ValueError(app)


def doc_window(r, app, doc, ctx):
    exe, suffix = BROWSER[ctx.browser]
    if app == "doc":
        app = r.pick("docapp", ["word", "gdocs", "word"])
    elif app == "notes":
        app = r.pick("notesapp", ["onenote", "word", "gdocs", "notepad"])
    if app == "word":
        return "WINWORD.EXE", "%s.docx - Word" % doc
    if app == "gdocs":
        return exe, "%s - Google Docs%s" % (doc, suffix)
    if app == "onenote":
        return "ONENOTE.EXE", "%s - OneNote" % doc
    if app == "notepad":
        return "notepad.exe", "*%s.txt - Notepad" % doc.lower().replace(" - ", "_").replace(" ", "_")
    raise ValueError(app)


def endpoint_line(r, ctx, t, event, process, title, text=None, url=None):
    rec = {"ts": iso_ms(t)}
    if r.chance("hassite", 70):
        rec["site"] = ctx.site
    rec["device"] = ctx.device
    rec["user"] = ctx.user
    rec["event"] = event
    if process is not None:
        rec["process"] = process
    if title is not None:
        rec["window_title"] = title
    if text is not None:
        rec["text"] = text
    elif event == "text_capture" or r.chance("textnull", 30):
        rec["text"] = None
    if url is not None:
        rec["url"] = url
    elif r.chance("urlnull", 50):
        rec["url"] = None
    return json.dumps(rec, ensure_ascii=r.chance("asciijson", 35))


# --------------------------------------------------------------------------------------
# search engines and URL encoding

def enc(r, q, style):
    if style == "plus":
        return quote_plus(q, safe="")
    return quote(q, safe="")


def search_url(r, q, engine, browser="chrome"):
    plus = r.chance("plus", 65)
    e = lambda s: enc(r, q, "plus" if s else "pct")  # noqa: E731
    if engine == "google":
        host = r.pick("ghost", ["www.google.com", "www.google.co.uk", "www.google.co.uk"])
        v = r.rng("gvar", 0, 3)
        if v == 2 and browser != "firefox":
            v = 1
        if v == 0:
            return "https://%s/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQ1MTJqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8" % (
                host, e(True), e(True))
        if v == 1:
            return "https://%s/search?q=%s&hl=en-GB&source=hp" % (host, e(True))
        if v == 2:
            return "https://%s/search?client=firefox-b-d&q=%s" % (host, e(True))
        return "https://%s/search?q=%s&sca_esv=%s&source=hp&ei=%s" % (
            host, e(True), r.hexs("sca", 16), r.hexs("ei", 22))
    if engine == "bing":
        v = r.rng("bvar", 0, 2)
        tail = ["&form=QBLH", "&qs=n&form=QBRE&sp=-1&ghc=1&lq=0", "&FORM=ANAB01&PC=U531"][v]
        return "https://www.bing.com/search?q=%s%s" % (e(True), tail)
    if engine == "ddg":
        return "https://duckduckgo.com/?%sq=%s&ia=web" % (r.pick("ddgt", ["", "t=h_&"]), e(plus))
    if engine == "yahoo":
        return "https://%s/search?p=%s&fr=yfp-t&fr2=p%%3As%%2Cv%%3Aw%%2Cm%%3Ars-top" % (
            r.pick("yhost", ["uk.search.yahoo.com", "search.yahoo.com"]), e(True))
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e(plus)
    if engine == "brave":
        return "https://search.brave.com/search?q=%s&source=web" % e(True)
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e(True)
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e(False), 1795000000000 + r.rng("tt", 0, 9999999))
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s" % e(plus)
    if engine == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % e(False)
    if engine == "x":
        return "https://x.com/search?q=%s&src=typed_query" % e(False)
    raise ValueError(engine)


GENERAL_ENGINES = [("google", 14), ("bing", 4), ("ddg", 3), ("yahoo", 1), ("ecosia", 2),
                   ("brave", 1), ("youtube", 4), ("tiktok", 2), ("reddit", 1)]

PEERS = {
    "www.google.com": "142.250.%d.%d", "www.google.co.uk": "142.250.%d.%d",
    "www.youtube.com": "172.217.%d.%d", "www.bing.com": "13.107.%d.%d",
    "duckduckgo.com": "40.114.%d.%d", "www.reddit.com": "151.101.%d.%d",
    "www.tiktok.com": "23.55.%d.%d",
}


def peer_ip(r, host):
    pat = PEERS.get(host, r.pick("peerpat", ["104.18.%d.%d", "172.64.%d.%d", "185.%d.44.%d",
                                            "52.%d.12.%d", "151.101.%d.%d"]))
    return pat % (r.rng("p1", 1, 254), r.rng("p2", 1, 254))


def url_host(url):
    rest = url.split("://", 1)[1]
    return rest.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]


def search_terms_of(url):
    """Decoded query terms as e2guardian prints them (0=terms;)."""
    from urllib.parse import urlsplit, parse_qs
    qs = parse_qs(urlsplit(url).query)
    for k in ("q", "p", "search_query", "query"):
        if k in qs:
            return qs[k][0]
    return None

# --------------------------------------------------------------------------------------
# network renderers

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def zeek_uid(r, key="uid"):
    x = r.u(key) * (r.u(key + "2") | 1)
    s = ""
    for _ in range(17):
        s += B62[x % 62]
        x //= 62
    return "C" + s


BLOCK_CATS = {"adult_content": "Pornography", "gambling": "Gambling",
              "filter_bypass": "Proxies", "radicalisation": "Extremism",
              "illegal_content": "Illegal", "hacking": "Hacking"}


def blocked_cat(item):
    if item.get("overblock"):
        return item["overblock"]  # an innocent request caught by an over-eager filter
    for e in item["exp"]:
        if e[0] in BLOCK_CATS and e[1] >= 2:
            return BLOCK_CATS[e[0]]
    return None


def proxy_fields(r, ctx, url, method):
    host = url_host(url) if method != "CONNECT" else url.split(":")[0]
    return host, peer_ip(r, host)


def squid_native(r, ctx, url, method, denied):
    host, peer = proxy_fields(r, ctx, url, method)
    el = r.rng("el", 2, 1900)
    if denied:
        return "%.3f %6d %s TCP_DENIED/403 %d %s %s %s HIER_NONE/- text/html" % (
            ctx.epoch(), el, ctx.ip, r.rng("sz", 3500, 4200), method, url, ctx.user)
    if method == "CONNECT":
        return "%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s %s HIER_DIRECT/%s -" % (
            ctx.epoch(), el, ctx.ip, r.rng("sz", 1800, 90000), url, ctx.user, peer)
    code = r.wpick("scode", [("TCP_MISS", 8), ("TCP_MISS_ABORTED", 1), ("TCP_REFRESH_MODIFIED", 1)])
    return "%.3f %6d %s %s/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
        ctx.epoch(), el, ctx.ip, code, r.rng("sz", 900, 98000), url, ctx.user, peer)


def squid_custom(r, ctx, url, method, denied, sni_tokens):
    host, peer = proxy_fields(r, ctx, url, method)
    el = r.rng("el", 2, 1900)
    ref = r.pick("ref", ["-", "-", "https://www.google.com/", "-"])
    if method == "CONNECT":
        target = url
        if sni_tokens and r.chance("transparent", 50):
            target = "%s:443" % peer
        mode = "splice"
        line = "%.3f %6d %s %s %s %d CONNECT %s %s - \"-\" \"%s\" %s" % (
            ctx.epoch(), el, ctx.ip, ctx.user,
            "TCP_DENIED/403" if denied else "TCP_TUNNEL/200",
            0 if denied else r.rng("sz", 1800, 90000), target, "-" if denied else peer,
            ctx.ua, host)
        if sni_tokens:
            line += " sni=%s bump=%s" % (host, "terminate" if denied else mode)
        return line
    line = "%.3f %6d %s %s %s %d GET %s %s text/html \"%s\" \"%s\" %s" % (
        ctx.epoch(), el, ctx.ip, ctx.user, "TCP_DENIED/403" if denied else "TCP_MISS/200",
        r.rng("sz", 900, 98000), url, "-" if denied else peer, ref, ctx.ua, host)
    if sni_tokens:
        line += " sni=%s bump=bump" % host
    return line


def clf(r, ctx, url, method, denied, style):
    status = 403 if denied else 200
    size = r.rng("sz", 3500, 4200) if denied else r.rng("sz", 900, 98000)
    if method == "CONNECT":
        req = "CONNECT %s HTTP/1.1" % url
        suffix = "TCP_DENIED:HIER_NONE" if denied else "TCP_TUNNEL:HIER_DIRECT"
    else:
        req = "GET %s HTTP/1.1" % url
        suffix = "TCP_DENIED:HIER_NONE" if denied else "TCP_MISS:HIER_DIRECT"
    user = ctx.user if r.chance("clfuser", 90) else "-"
    head = '%s - %s [%s] "%s" %d %d' % (ctx.ip, user, clf_date(ctx.t), req, status, size)
    ref = r.pick("ref", ["-", "-", "-", "https://www.google.com/"])
    if style == "common":
        return "%s %s" % (head, suffix)
    if style == "combined":
        return '%s "%s" "%s" %s' % (head, ref, ctx.ua, suffix)
    return '%s "%s" "%s"' % (head, ref, ctx.ua)  # apache / nginx style


def e2g(r, ctx, url, method, denied_cat, fmt):
    t = ctx.t
    date = "%04d.%02d.%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)
    host = url_host(url) if method != "CONNECT" else url.split(":")[0]
    terms = search_terms_of(url) if method != "CONNECT" else None
    if method == "CONNECT":
        url = "https://%s" % url
    group = r.pick("egroup", ["no_name_group", "students", "students", "sixthform"])
    fgn = {"no_name_group": "1", "students": "2", "sixthform": "3"}[group]
    if denied_cat:
        reason = "*DENIED* Banned site: %s" % host
        size, weight, cat, status = "0", "0", denied_cat, "403"
    else:
        reason, size, weight, cat, status = "-", str(r.rng("sz", 900, 98000)), str(r.rng("wt", 0, 20)), "-", "200"
    st = ("0=%s;" % terms) if terms else "-"
    if fmt in ("2", "4"):
        fields = [date, ctx.user, ctx.ip, url, reason, method, size, weight, cat, fgn, status,
                  "text/html" if status == "200" and method != "CONNECT" else "-", ctx.ip, group,
                  ctx.ua, st, "-", "-", "-"]
        if fmt == "2":
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    fields = ["%.3f" % ctx.epoch(), "", ctx.user, ctx.ip, ctx.ip, url, method, status, size, "-",
              ctx.ua, "-", str(r.rng("dur", 0, 40)), "-", "560" if denied_cat else "0",
              reason, weight, cat, group, fgn]
    return "\t".join(fields)


ZEEK_HTTP_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri "
                    "referrer version user_agent origin request_body_len response_body_len "
                    "status_code status_msg info_code info_msg tags username password proxied "
                    "orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames "
                    "resp_mime_types").split()
ZEEK_HTTP_TYPES = ("time string addr port addr port count string string string string string "
                   "string string count count count string count string set[enum] string string "
                   "set[string] vector[string] vector[string] vector[string] vector[string] "
                   "vector[string] vector[string]").split()
ZEEK_DNS_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass "
                   "qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers TTLs "
                   "rejected").split()
ZEEK_DNS_TYPES = ("time string addr port addr port enum count interval string count string count "
                  "string count string bool bool bool bool count vector[string] vector[interval] "
                  "bool").split()


def zeek_header(r, ctx, path, fields, types):
    t = ctx.t
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path,
            "#open\t%04d-%02d-%02d-%02d-00-00" % (t.year, t.month, t.day, t.hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(r, ctx, url, tsv):
    host = url_host(url)
    uri = "/" + url.split("://", 1)[1].split("/", 1)[1] if "/" in url.split("://", 1)[1] else "/"
    peer = peer_ip(r, host)
    rec = {"ts": round(ctx.epoch(), 6), "uid": zeek_uid(r), "id.orig_h": ctx.ip,
           "id.orig_p": r.rng("sport", 49152, 65500), "id.resp_h": peer, "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
           "user_agent": ctx.ua, "request_body_len": 0,
           "response_body_len": r.rng("sz", 900, 98000), "status_code": 200,
           "status_msg": "OK", "tags": []}
    if not tsv:
        return json.dumps(rec, ensure_ascii=r.chance("zascii", 50))
    vals = ["%.6f" % ctx.epoch(), rec["uid"], ctx.ip, str(rec["id.orig_p"]), peer, "80", "1",
            "GET", host, uri, "-", "1.1", ctx.ua, "-", "0", str(rec["response_body_len"]), "200",
            "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", "F" + r.hexs("fuid", 17),
            "-", "text/html"]
    return zeek_header(r, ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(vals)]


def qtype_of(r):
    return r.wpick("qtype", [((1, "A"), 7), ((28, "AAAA"), 2), ((65, "HTTPS"), 2)])


def zeek_dns(r, ctx, dom, blocked, tsv):
    qt, qn = qtype_of(r)
    rcode, rname = (3, "NXDOMAIN") if blocked else (0, "NOERROR")
    ans = []
    ttls = []
    if not blocked and qt == "A":
        ans = [peer_ip(r, dom)]
        ttls = [float(r.rng("ttl", 30, 300))]
    rtt = r.rng("rtt", 200, 40000) / 1e6
    rec = {"ts": round(ctx.epoch(), 6), "uid": zeek_uid(r), "id.orig_h": ctx.ip,
           "id.orig_p": r.rng("sport", 1024, 65500), "id.resp_h": ctx.resolver, "id.resp_p": 53,
           "proto": "udp", "trans_id": r.rng("tid", 1, 65535), "rtt": rtt, "query": dom,
           "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qt, "qtype_name": qn,
           "rcode": rcode, "rcode_name": rname, "AA": False, "TC": False, "RD": True, "RA": True,
           "Z": 0}
    if ans:
        rec["answers"] = ans
        rec["TTLs"] = ttls
    rec["rejected"] = False
    if not tsv:
        return json.dumps(rec)
    vals = ["%.6f" % ctx.epoch(), rec["uid"], ctx.ip, str(rec["id.orig_p"]), ctx.resolver, "53",
            "udp", str(rec["trans_id"]), "%.6f" % rtt, dom, "1", "C_INTERNET", str(qt), qn,
            str(rcode), rname, "F", "F", "T", "T", "0", ",".join(ans) if ans else "-",
            ",".join("%.6f" % x for x in ttls) if ttls else "-", "F"]
    return zeek_header(r, ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(vals)]


def bind_line(r, ctx, dom, rpz):
    t = ctx.t
    stamp = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.hour,
                                                  t.minute, t.second, t.microsecond // 1000)
    client = "client @0x7f%s %s#%d (%s)" % (r.hexs("bptr", 10), ctx.ip, r.rng("sport", 1024, 65500), dom)
    qt, qn = qtype_of(r)
    if rpz:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            stamp, client, dom, qn, dom)
    flags = r.pick("bflags", ["+E(0)K", "+E(0)K", "+E(0)DK", "+E(0)K", "-E(0)K"])
    return "%s queries: info: %s: query: %s IN %s %s (%s)" % (stamp, client, dom, qn, flags, ctx.resolver)


def dnsmasq_lines(r, ctx, dom, blocked, extra, full):
    head = "%s dnsmasq[%d]: " % (syslog_date(ctx.t), r.pick("dpid", [812, 9987, 1142, 23311]))
    qt, qn = qtype_of(r)
    qn = qn if qn != "HTTPS" else "type=65"
    port = r.rng("sport", 1024, 65500)
    pre = "%d %s/%d " % (r.rng("serial", 1, 99999), ctx.ip, port) if extra else ""
    lines = [head + pre + "query[%s] %s from %s" % (qn, dom, ctx.ip)]
    if full:
        if blocked:
            lines.append(head + pre + "config %s is %s" % (dom, "0.0.0.0" if qn == "A" else "NXDOMAIN"))
        else:
            lines.append(head + pre + "forwarded %s to %s" % (dom, r.pick("upstream", ["1.1.1.1", "8.8.8.8", "9.9.9.9"])))
            lines.append(head + pre + "reply %s is %s" % (dom, peer_ip(r, dom) if qn == "A" else "<CNAME>"))
    return lines


def unbound_lines(r, ctx, dom, blocked, epoch, reply):
    if epoch:
        head = "[%d] unbound[%d:0] " % (int(ctx.epoch()), r.pick("upid", [7862, 1021, 655]))
    else:
        head = "%s unbound[%d:0] " % (syslog_date(ctx.t), r.pick("upid", [7862, 1021, 655]))
    qt, qn = qtype_of(r)
    lines = [head + "info: %s %s. %s IN" % (ctx.ip, dom, qn)]
    if reply:
        if blocked:
            zone = ".".join(dom.split(".")[-2:])
            lines.append(head + "info: %s. always_nxdomain %s@%d %s. %s IN" % (
                zone, ctx.ip, r.rng("sport", 1024, 65500), dom, qn))
            lines.append(head + "info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (ctx.ip, dom, qn, 30 + len(dom)))
        else:
            lines.append(head + "info: %s %s. %s IN NOERROR %.6f 0 %d" % (
                ctx.ip, dom, qn, r.rng("rt", 1000, 90000) / 1e6, 40 + len(dom) + r.rng("rl", 0, 60)))
    return lines


# --------------------------------------------------------------------------------------
# wrappers (syslog, rsyslog JSON envelope)

SYSLOG_TAG = {"squid": ("squid", 134), "clf": ("squid", 134), "e2guardian": ("e2guardian", 134),
              "dnsmasq": ("dnsmasq", 30), "unbound": ("unbound", 30), "bind": ("named", 30)}
FILES = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
         "e2guardian": "/var/log/e2guardian/access.log", "dnsmasq": "/var/log/dnsmasq.log",
         "unbound": "/var/log/unbound/unbound.log", "bind": "/var/log/named/query.log"}


def wrap(r, ctx, fmt, line):
    kind = r.wpick("wrapkind", [("none", 78), ("3164", 8), ("5424", 6), ("env", 8)])
    host = "%s-%s01" % (ctx.code.lower(), {"squid": "proxy", "clf": "proxy", "e2guardian": "e2g",
                                           "dnsmasq": "dns", "unbound": "dns", "bind": "ns"}[fmt])
    tag, pri = SYSLOG_TAG[fmt]
    own_header = fmt in ("dnsmasq", "unbound") and not line.startswith("[")
    if line.startswith("[") and kind != "none":
        kind = "env"  # epoch-stamped unbound lines come from a file, shipped by imfile
    if kind == "none":
        return line
    if kind == "env" or (fmt == "bind" and kind != "none"):
        t = ctx.t + _dt.timedelta(seconds=r.rng("lag", 0, 4), microseconds=r.rng("lagus", 0, 999999))
        env = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "host": host,
               "source": tag if fmt != "clf" else "squid-access", "file": FILES[fmt],
               "message": line}
        return json.dumps(env, ensure_ascii=False).replace("/", "\\/")
    if own_header:
        # the daemon's own "Mon dd hh:mm:ss prog[pid]: msg" line, sent on by syslog
        if kind == "3164":
            stamp, rest = line[:15], line[16:]
            return "<%d>%s %s %s" % (pri, stamp, host, rest)
        prog, msg = line[16:].split(": ", 1)
        name, pid = prog.rstrip("]").split("[")
        return "<%d>1 %s %s %s %s - - %s" % (pri, iso_ms(ctx.t).replace(".000Z", "Z"), host, name,
                                            pid.split(":")[0], msg)
    pid = r.pick("spid", [1873, 2240, 3318, 40211])
    if kind == "3164":
        return "<%d>%s %s %s[%d]: %s" % (pri, syslog_date(ctx.t), host, tag, pid, line)
    return "<%d>1 %s %s %s %d - - %s" % (pri, iso_ms(ctx.t), host, tag, pid, line)


# --------------------------------------------------------------------------------------
# item kinds -> (format, line | lines)

def pick_proxy_format(r, endpoint_ok=True):
    opts = [("squid", 16), ("squid-sni", 6), ("squid-custom", 2), ("clf-common", 6),
            ("clf-combined", 8), ("clf-apache", 3), ("e2g-2", 5), ("e2g-4", 5), ("e2g-6", 5),
            ("zeek-http", 8), ("zeek-http-tsv", 3)]
    if endpoint_ok:
        opts += [("ep-url", 2), ("ep-title", 2), ("ep-text", 2)]
    return r.wpick("pfmt", opts)


def render_proxy(r, ctx, item, url, fmt, method="GET"):
    bcat = blocked_cat(item)
    denied = bool(bcat) and (bool(item.get("overblock")) or r.chance("denied", 35))
    if item["kind"] == "search" and fmt.startswith("e2g-"):
        denied = False  # e2guardian bans sites; search phrases only add weight here
    if fmt == "squid":
        return "squid", wrap(r, ctx, "squid", squid_native(r, ctx, url, method, denied))
    if fmt == "squid-sni":
        return "squid", wrap(r, ctx, "squid", squid_custom(r, ctx, url, method, denied, True))
    if fmt == "squid-custom":
        return "squid", wrap(r, ctx, "squid", squid_custom(r, ctx, url, method, denied, False))
    if fmt.startswith("clf-"):
        return "clf", wrap(r, ctx, "clf", clf(r, ctx, url, method, denied, fmt[4:]))
    if fmt.startswith("e2g-"):
        line = e2g(r, ctx, url, method, bcat if denied else None, fmt[4:])
        if fmt != "e2g-6":
            line = wrap(r, ctx, "e2guardian", line)
        return "e2guardian", line
    if fmt == "zeek-http":
        return "zeek-http", zeek_http(r, ctx, url, False)
    if fmt == "zeek-http-tsv":
        return "zeek-http", zeek_http(r, ctx, url, True)
    raise ValueError(fmt)


def endpoint_search(r, ctx, q, engine, url, mode):
    exe, suffix = BROWSER[ctx.browser]
    if mode == "ep-title":
        if engine == "youtube":
            title = "%s - YouTube%s" % (q, suffix)
        elif engine == "bing":
            title = "%s - Search%s" % (q, suffix)
        elif engine == "ddg":
            title = "%s at DuckDuckGo%s" % (q, suffix)
        else:
            title = "%s - Google Search%s" % (q, suffix)
        return endpoint_line(r, ctx, ctx.t, "window_title", exe, title)
    if mode == "ep-text":
        box = {"youtube": "YouTube", "bing": "Bing", "tiktok": "TikTok - Make Your Day",
               "ddg": "DuckDuckGo \u2014 Privacy, simplified.", "pinterest": "Pinterest"}.get(engine, r.pick("box", ["Google", "New Tab"]))
        return endpoint_line(r, ctx, ctx.t, "text_capture", exe, box + suffix, text=q)
    title = {"youtube": "%s - YouTube" % q, "tiktok": "Find '%s' on TikTok | TikTok Search" % q,
             "reddit": "reddit.com: search results - %s" % q,
             "pinterest": "%s - Pinterest" % q}.get(engine, "%s - Google Search" % q)
    return endpoint_line(r, ctx, ctx.t, "url_visit", exe, title + suffix, url=url)


def render(item, n):
    r = R(n)
    ctx = Ctx(r)
    k = item["kind"]
    fmt, out = None, None
    if k == "chat":
        texts = item["text"] if isinstance(item["text"], list) else [item["text"]]
        if item.get("doc"):
            proc, title = doc_window(r, item["app"], item["doc"], ctx)
        else:
            proc, title = chat_window(r, item["app"], ctx)
        lines = []
        t = ctx.t
        for i, tx in enumerate(texts):
            lines.append(endpoint_line(r, ctx, t, "text_capture", proc, title, text=tx))
            t = t + _dt.timedelta(seconds=r.rng("gap%d" % i, 2, 17), milliseconds=r.rng("gapms%d" % i, 0, 999))
        fmt, out = "endpoint", (lines if len(lines) > 1 else lines[0])
    elif k == "streams":
        # fragments in different windows / far apart: must not be joined
        lines = []
        t = ctx.t
        windows = {}
        for tx, app, doc, gap in item["parts"]:
            if (app, doc) not in windows:
                if doc:
                    windows[(app, doc)] = doc_window(r, app, doc, ctx)
                else:
                    windows[(app, doc)] = chat_window(R(n * 1000 + len(windows)), app, ctx)
            proc, title = windows[(app, doc)]
            t = t + _dt.timedelta(seconds=gap)
            lines.append(endpoint_line(r, ctx, t, "text_capture", proc, title, text=tx))
        fmt, out = "endpoint", lines
    elif k == "title":
        exe, suffix = BROWSER[ctx.browser]
        title = item["title"].replace("{B}", suffix)
        proc = item.get("proc") or exe
        fmt, out = "endpoint", endpoint_line(r, ctx, ctx.t, "window_title", proc, title)
    elif k == "proc":
        fmt, out = "endpoint", endpoint_line(r, ctx, ctx.t, "process_start", item["proc"],
                                             item.get("title"))
    elif k == "heartbeat":
        rec = {"ts": iso_ms(ctx.t), "site": ctx.site, "device": ctx.device, "event": "heartbeat"}
        fmt, out = "endpoint", json.dumps(rec)
    elif k == "search":
        engine = item.get("engine") or r.wpick("engine", GENERAL_ENGINES)
        if isinstance(engine, tuple):
            engine = r.pick("engine", list(engine))
        url = search_url(r, item["q"], engine, ctx.browser)
        pf = pick_proxy_format(r)
        if pf == "ep-title" and engine not in ("google", "youtube", "bing", "ddg", "ecosia", "brave"):
            pf = "ep-url"
        if pf.startswith("ep-"):
            fmt, out = "endpoint", endpoint_search(r, ctx, item["q"], engine, url, pf)
        else:
            fmt, out = render_proxy(r, ctx, item, url, pf)
    elif k == "url":
        url = item["url"]
        pf = pick_proxy_format(r)
        if pf in ("ep-title", "ep-text", "ep-url"):
            exe, suffix = BROWSER[ctx.browser]
            fmt, out = "endpoint", endpoint_line(r, ctx, ctx.t, "url_visit", exe,
                                                 item.get("title", url_host(url)) + suffix, url=url)
        else:
            fmt, out = render_proxy(r, ctx, item, url, pf)
    elif k == "stripped":
        host = item["host"]
        line = "%.3f %6d %s TCP_MISS/200 %d GET https://%s%s %s HIER_DIRECT/%s text/html" % (
            ctx.epoch(), r.rng("el", 2, 900), ctx.ip, r.rng("sz", 900, 90000), host, item["path"],
            ctx.user, peer_ip(r, host))
        fmt, out = "squid", line
    elif k == "domain":
        dom = item["dom"]
        blocked = bool(blocked_cat(item))
        ob = bool(item.get("overblock"))
        df = r.wpick("dfmt", [("bind", 13), ("bind-rpz", 5 if blocked else 0), ("dnsmasq", 6),
                              ("dnsmasq-extra", 7), ("dnsmasq-full", 3), ("unbound", 8),
                              ("unbound-epoch", 4), ("unbound-pair", 4), ("zeek-dns", 9),
                              ("zeek-dns-tsv", 3), ("squid-connect", 4), ("squid-sni", 4),
                              ("clf-connect", 2), ("e2g-connect", 2), ("ep-url", 2)])
        if df == "bind":
            fmt, out = "bind", wrap(r, ctx, "bind", bind_line(r, ctx, dom, False))
        elif df == "bind-rpz":
            fmt, out = "bind", [bind_line(r, ctx, dom, False), bind_line(r, ctx, dom, True)]
        elif df.startswith("dnsmasq"):
            ls = dnsmasq_lines(r, ctx, dom, blocked and (ob or r.chance("dblk", 60)), df != "dnsmasq", df == "dnsmasq-full")
            fmt, out = "dnsmasq", (wrap(r, ctx, "dnsmasq", ls[0]) if len(ls) == 1 else ls)
        elif df.startswith("unbound"):
            ls = unbound_lines(r, ctx, dom, blocked and (ob or r.chance("ublk", 60)), df == "unbound-epoch",
                               df == "unbound-pair")
            fmt, out = "unbound", (wrap(r, ctx, "unbound", ls[0]) if len(ls) == 1 else ls)
        elif df == "zeek-dns":
            fmt, out = "zeek-dns", zeek_dns(r, ctx, dom, blocked and (ob or r.chance("zblk", 40)), False)
        elif df == "zeek-dns-tsv":
            fmt, out = "zeek-dns", zeek_dns(r, ctx, dom, blocked and (ob or r.chance("zblk", 40)), True)
        elif df == "squid-connect":
            fmt, out = render_proxy(r, ctx, item, "%s:443" % dom, "squid", "CONNECT")
        elif df == "squid-sni":
            fmt, out = render_proxy(r, ctx, item, "%s:443" % dom, "squid-sni", "CONNECT")
        elif df == "clf-connect":
            fmt, out = render_proxy(r, ctx, item, "%s:443" % dom,
                                    r.pick("cstyle", ["clf-common", "clf-combined"]), "CONNECT")
        elif df == "e2g-connect":
            fmt, out = render_proxy(r, ctx, item, "%s:443" % dom,
                                    r.pick("estyle", ["e2g-2", "e2g-4", "e2g-6"]), "CONNECT")
        else:
            exe, suffix = BROWSER[ctx.browser]
            fmt, out = "endpoint", endpoint_line(r, ctx, ctx.t, "url_visit", exe,
                                                 item.get("title", dom) + suffix, url="https://%s/" % dom)
    else:
        raise ValueError(k)
    # a share of single-line records is labelled `auto` (the reader must sniff the format)
    if isinstance(out, str) and r.chance("auto", 12 if fmt != "endpoint" else 3):
        fmt = "auto"
    return fmt, out

# --------------------------------------------------------------------------------------
# item definitions (hand-written)

def _parse(s):
    out = []
    for tok in s.split():
        c, lvl = tok.split(":")
        out.append((c, int(lvl)))
    return out


def C(text, e="", a="", app="chat", doc=None):
    """Typed text (text_capture); a list = fragments of one stream, a few seconds apart."""
    return {"kind": "chat", "text": text, "exp": _parse(e), "allow": a.split(), "app": app,
            "doc": doc}


def Q(q, e="", a="", engine=None, ob=None):
    """A search on a real engine; rendered as a proxy / zeek line or an endpoint record.
    ob: an innocent request the filter wrongly blocks (logged as denied, still negative)."""
    it = {"kind": "search", "q": q, "exp": _parse(e), "allow": a.split(), "engine": engine}
    if ob:
        it["overblock"] = ob
    return it


def D(dom, e="", a="", title=None, ob=None):
    """A domain: DNS query / reply, proxy CONNECT, or a visit."""
    it = {"kind": "domain", "dom": dom, "exp": _parse(e), "allow": a.split()}
    if ob:
        it["overblock"] = ob
    if title:
        it["title"] = title
    return it


def U(url, e="", a="", title=None):
    it = {"kind": "url", "url": url, "exp": _parse(e), "allow": a.split()}
    if title:
        it["title"] = title
    return it


def T(title, e="", a="", proc=None):
    """A window title; {B} is replaced by the browser's suffix."""
    return {"kind": "title", "title": title, "exp": _parse(e), "allow": a.split(), "proc": proc}


def P(proc, e="", a="", title=None):
    return {"kind": "proc", "proc": proc, "title": title, "exp": _parse(e), "allow": a.split()}


def S(parts, e="", a=""):
    """Fragments in different windows or far apart in time: (text, app, doc, gap_seconds)."""
    return {"kind": "streams", "parts": parts, "exp": _parse(e), "allow": a.split()}


def HB(tag):
    return {"kind": "heartbeat", "tag": tag, "exp": [], "allow": []}


def X(host, path):
    """Squid with strip_query_terms on: nothing left to judge."""
    return {"kind": "stripped", "host": host, "path": path, "exp": [], "allow": []}


def fw(s):
    """Full-width letters (a common filter dodge)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZW = "\u200b"

ITEMS = [
    # ================================================================== suicide
    C("i cant do this anymore. wrote letters for mum and ellie, theyre in my desk drawer. its tonight", "suicide:5", app="dm"),
    C("been saving up nans tablets for like 2 weeks. think ive got enough now", "suicide:5"),
    C(["ngl ive been thinking about", "ending it all lately"], "suicide:4"),
    C("wanna unalive myself fr not even joking this time", "suicide:4"),
    C("feeling s*icidal again lol dont tell miss h", "suicide:4"),
    C("thinking abt the sewer slide again \U0001f636 its so loud today", "suicide:4"),
    C("goodbye everyone. im sorry. none of this is your fault. love you all x", "suicide:5"),
    C("wont be in on monday. or ever tbh. sorry for everything", "suicide:5", app="teams"),
    C("the bridge over the ring road. tonight after everyones asleep. dont try and stop me", "suicide:5"),
    C("I JUST WANT TO DIE I CANT DO THIS ANYMORE", "suicide:4"),
    C("i w.a.n.t t.o d.i.e", "suicide:4"),
    C("i w\u0430nt to k\u0456ll mys\u0435lf", "suicide:4"),
    C("thinking about s u i c i d e again tbh, every single night", "suicide:4"),
    C("sometimes i think about just not being here anymore and", "suicide:4", app="dm"),
    C("to mum and dad, im sorry. by the time you read this ill be gone. please look after biscuit for me", "suicide:5", app="doc", doc="for mum"),
    C(["i have the rope", "in my wardrobe. checked it holds"], "suicide:5"),
    C("pls dont tell anyone but i tried on saturday. took a load of pills and just woke up sick. didnt even work", "suicide:5", app="dm"),
    C("miss i dont feel safe with myself tonight", "suicide:4", "self_harm", app="teams_staff"),
    C("nobody would even notice if i was dead", "suicide:4"),
    C("genuinely want to k.m.s and i mean the real way not the joke way", "suicide:4"),
    C("su" + ZW + "ic" + ZW + "idal every night this week and i keep working out how", "suicide:4"),
    C("gave my xbox to my brother and my hoodies to jas. wont need them where im going", "suicide:5", app="dm"),
    Q("how many paracetamol does it take to die", "suicide:5"),
    Q("painless ways to die in your sleep", "suicide:5"),
    Q("how long does it take to die from hanging", "suicide:5"),
    Q("does it hurt to jump off a multi storey car park", "suicide:5"),
    Q("i want to disappear forever", "suicide:4", engine=("google", "tiktok", "youtube")),
    Q("how many sertraline to overdose", "suicide:5"),
    Q("how to tie a noose step by step", "suicide:5"),
    Q("is it selfish to kill yourself", "suicide:4"),
    Q("how to write a goodbye letter to your family before you die", "suicide:5"),
    T("how to write a suicide note - Google Search{B}", "suicide:5"),
    U("https://www.reddit.com/r/SuicideWatch/comments/1gk3x9p/i_dont_see_the_point_anymore/", "suicide:4",
      title="i dont see the point anymore : r/SuicideWatch"),
    Q("sewer slide methods", "suicide:5", engine=("tiktok", "google")),
    Q("quotes about wanting to die aesthetic", "suicide:4", engine=("pinterest", "tiktok", "google")),
    Q("can you die from drinking bleach", "suicide:5"),
    Q("how high does a bridge have to be to die", "suicide:5"),
    Q(fw("i want to die"), "suicide:4"),

    # ================================================================== self-harm
    C("cut again last night, deeper than before", "self_harm:4"),
    C("\u0441ut \u0430g\u0430in t\u043ed\u0430y, n\u043eb\u043edy n\u043eticed", "self_harm:4"),
    Q("how to hide cuts on thighs for pe", "self_harm:4"),
    C("relapsed after 3 months clean \U0001f614 back to day 0", "self_harm:4"),
    C("ngl the s3lf h4rm is getting worse again", "self_harm:4"),
    C("i burn myself with a lighter when my head gets too loud", "self_harm:4", app="dm"),
    C("wearing my hoodie in june so nobody sees my arms lol", "self_harm:4"),
    C("do u think the nurse will believe me if i say the cat scratched me", "self_harm:4", app="dm"),
    Q("how to make cuts heal faster so no one notices", "self_harm:4"),
    Q("sh vent art tw", "self_harm:4", engine=("pinterest", "tiktok")),
    C("took the blade out of my sharpener in maths. not for anything bad dw", "self_harm:4"),
    C("cut too deep and it wont stop bleeding what do i do", "self_harm:5", "suicide", app="dm"),
    C("went to beans last night and im kinda scared ngl", "self_harm:4"),
    C(["i did it again", "the cutting i mean. pls dont be mad at me"], "self_harm:4", app="dm"),
    C("pls dont tell mr k about my arms he'll ring my mum", "self_harm:4", app="dm"),
    Q("does hand sanitiser sting on fresh cuts", "self_harm:4"),
    U("https://www.reddit.com/r/selfharm/", "self_harm:4", title="r/selfharm"),
    # eating disorders (no own category: labelled self_harm, see docstring)
    C("need meanspo rn someone tell me im fat so i dont eat lunch", "self_harm:4"),
    C("day 3 of the water fast \U0001f4aa 1200 was too much anyway", "self_harm:4"),
    C("safe foods today: 1 rice cake, half an apple, diet coke. still feel so gross", "self_harm:4"),
    Q("thinspo aesthetic", "self_harm:4", engine=("pinterest", "tiktok", "google")),
    Q("how to throw up after eating quietly", "self_harm:4"),
    Q("pro ana tips to ignore hunger", "self_harm:4"),
    Q("b0nespo collarbones", "self_harm:4", engine=("tiktok", "pinterest")),
    C("if i hit my gw before christmas ill finally let myself eat", "self_harm:4"),
    C("the chewing gum and ice trick actually works lol only 400 today", "self_harm:4"),
    Q("how to hide not eating from your parents", "self_harm:4"),
    U("https://www.tiktok.com/tag/thinspo", "self_harm:4", title="#thinspo | TikTok"),
    C("skipped breakfast and lunch again. if i eat at dinner ill just get rid of it after", "self_harm:4"),

    # ================================================================== grooming / exploitation
    C("hes 24 but he says age is just a number and im really mature for my age", "grooming:4"),
    C("he told me to delete our chats every night so my mum doesnt see \U0001f648", "grooming:4"),
    C("meeting him at the train station saturday. he said come alone and not to tell anyone", "grooming:5"),
    C("the guy from insta is picking me up from school tmrw, told mum im at jess's \U0001f92b", "grooming:5"),
    C("he said if i dont send another one he'll post the first one on my story", "grooming:5", "illegal_content", app="dm"),
    C("some guy has my pics and wants \u00a3200 by tonight or he sends them to everyone i follow. please help idk what to do", "grooming:5", "illegal_content", app="dm"),
    Q("is it ok to date a 19 year old when your 13", "grooming:4"),
    C("he wants me to move to snap cause he says insta reads ur messages", "grooming:4"),
    C("a guy from roblox asked for my address so he can post me robux cards", "grooming:4", app="dm"),
    C("they said i just have to take the bag to brighton on the train and theyll give me 300", "grooming:4", "drugs"),
    C("he gave me free vapes and lifts home and now he says i owe him and have to hold stuff for him", "grooming:4", "drugs"),
    Q("what to do if someone is blackmailing you with nudes", "grooming:4", "illegal_content"),
    C("this man literally said 'send a pic in ur school uniform' \U0001f62d like what", "grooming:4"),
    C("coach said im his favourite and gave me his personal snap, says dont tell the others or theyll get jealous", "grooming:4"),
    C("were meeting at the maccies in town on sat, hes getting the train down from birmingham \U0001f970 first time irl", "grooming:5"),
    C(["he asked for one without", "my top on. should i"], "grooming:4", "adult_content"),
    C("hes a mod on the server and said hell make me admin if i vc with him alone after 11", "grooming:4", app="discord_dm"),
    C("a guy on wizz asked for my snap and my age and when i said 14 he said 'perfect' \U0001f480", "grooming:4"),
    C("dont tell ur mum about us ok \U0001f92b our little secret. ill get u that north face", "grooming:4", app="dm"),
    C("he paid for my uber to his flat last night and wants me to come back tonight", "grooming:5"),
    Q("older guy online wants to meet me what do i do", "grooming:4"),
    C("he sent me a pic of his thing and said its my turn now", "grooming:4", "adult_content", app="dm"),
    C("hes not a stranger hes my friend from fortnite, weve talked for 8 months and hes posting me a phone so my parents cant check it", "grooming:4", app="dm"),
    Q("my boyfriend is 22 and im 15 is that illegal", "grooming:4"),

    # ================================================================== bullying
    C("nobody wants u here just leave the gc", "bullying:3"),
    C("everyone screenshot her msg and put it in the other chat \U0001f602\U0001f602", "bullying:3"),
    C("kys no one would even care", "bullying:4", "suicide"),
    C("k" + ZW + "y" + ZW + "s fr do us all a favour", "bullying:4", "suicide"),
    C("made a new gc without jake lol dont add him back", "bullying:3"),
    C("post the vid of him crying in the toilets its so funny", "bullying:3"),
    C("\U0001f437\U0001f437\U0001f437 oink oink fatty", "bullying:3"),
    C("hope u get hit by a bus tbh", "bullying:3", "violence"),
    C("they made a tiktok about me and my whole year has seen it. i cant go back in there", "bullying:3", app="dm"),
    C("every day they chuck my bag in the bin and call me a tramp. i hate this school", "bullying:3", app="teams_staff"),
    C(["imagine being so much of a loser", "that even the teachers feel sorry for u \U0001f480"], "bullying:3"),
    C("NOBODY LIKES YOU WEIRDO STOP MESSAGING US", "bullying:3"),
    C("im making a fake acc pretending to be her and posting cringe stuff \U0001f62d watch", "bullying:3"),
    C("rate her 1-10 in the chat, ill start: 2 \U0001f62d", "bullying:3"),
    C("stop crying snitch, ur the reason we got detention. ur dead at break", "bullying:3", "violence"),
    Q("how to make bullies leave you alone at school", "bullying:3"),
    C("we should start a hate page for her lol ill make the acc", "bullying:3"),
    C("she tried to sit with us at lunch \U0001f480 we literally got up and moved", "bullying:3"),
    C("im sick of it, they follow me home every day shouting stuff and filming me", "bullying:3", app="dm"),
    C("ratio + ur irrelevant + no one asked + ur dad left for a reason", "bullying:3"),

    # ================================================================== discrimination
    C("go back to ur own country u stink of curry", "discrimination:3", "bullying"),
    C("f4gs shouldnt be allowed in the boys changing rooms", "discrimination:3"),
    C("all muslims are terrorists my dad says so and hes right", "discrimination:3", "radicalisation"),
    C("tr@nnies arent real women end of discussion", "discrimination:3"),
    C("dont let the p*ki sit with us", "discrimination:3", "bullying"),
    C("lock ur bikes up the gyppos are back on the field", "discrimination:3"),
    C("ew shes a le$bean dont get changed next to her", "discrimination:3", "bullying"),
    C("ur such a r3tard omg", "discrimination:3", "bullying"),
    Q("jokes about black people", "discrimination:3"),
    Q("holocaust didnt happen proof", "discrimination:3", "radicalisation"),
    C("women belong in the kitchen not on the pitch lmao", "discrimination:3"),
    C("the muzzies at the mosque on station road are taking over", "discrimination:3", "radicalisation"),
    C("ching chong \U0001f923 do the eyes", "discrimination:3", "bullying"),
    Q("racist jokes that are actually funny", "discrimination:3"),
    C("ur black so u probably nicked it", "discrimination:3", "bullying"),
    Q("why are muslims so violent", "discrimination:3"),
    Q("why are jews so greedy", "discrimination:3", "radicalisation"),
    C("disabled kids shouldnt even be in our lessons they slow everyone down", "discrimination:3"),

    # ================================================================== radicalisation
    Q("andrew tate women are property clip", "radicalisation:3", "discrimination", engine=("youtube", "tiktok", "google")),
    C("ngl tate is right females are just bodies, once im 18 im moving to dubai", "radicalisation:3", "discrimination"),
    Q("blackpill explained why looks are everything", "radicalisation:3"),
    C("elliot rodger was a hero fr. supreme gentleman \U0001f64f", "radicalisation:4", "violence"),
    Q("great replacement theory proof", "radicalisation:4", "discrimination"),
    C("join the telegram for patriotic lads \U0001f1ec\U0001f1e7\u2694\ufe0f remigration now", "radicalisation:4", "discrimination"),
    C("1488 brothers \U0001f64f white lives first", "radicalisation:4", "discrimination"),
    Q("brenton tarrant manifesto pdf", "radicalisation:4", "violence"),
    Q("christchurch mosque shooting full video", "radicalisation:4", "violence"),
    Q("how do i get to syria to join the brothers", "radicalisation:5"),
    C("the kuffar will burn, the khilafah is coming inshallah", "radicalisation:4", "discrimination"),
    Q("anwar al awlaki lectures mp3 download", "radicalisation:4"),
    C("we should do what he did in christchurch but at the mosque on kings road. friday prayers, everyones there", "radicalisation:5 violence:5", "discrimination"),
    C("based and redpilled. reading siege rn and it makes so much sense", "radicalisation:4"),
    C("got the sonnenrad as my pfp now \U0001f60e the normies dont even know what it is", "radicalisation:3", "discrimination"),
    Q("patriotic alternative youth join", "radicalisation:3", "discrimination"),
    Q("national action uk how to join", "radicalisation:4"),
    C("brother sent me the nasheed vids, says real muslims make hijrah and fight", "radicalisation:4"),
    C("isis edits go so hard ngl \U0001f525\U0001f525", "radicalisation:4"),
    D("www.stormfront.org", "radicalisation:4", "discrimination"),
    C(["the jews are behind", "all of it. read the protocols its all there"], "radicalisation:4", "discrimination"),
    Q("incels forum that isnt banned", "radicalisation:3"),
    U("https://www.bitchute.com/search/?query=great%20replacement&kind=video", "radicalisation:4", "discrimination",
      title="Search - BitChute"),
    C("thinking of going over to fight for the cause. brother abu said hed sort the flights", "radicalisation:5"),
    Q("how to join the kkk uk", "radicalisation:4", "discrimination"),

    # ================================================================== violence
    C("bringing my brothers knife tmrw, hes getting shanked after school", "violence:5"),
    C("ong im bringing the blade tmrw he aint walking away this time", "violence:5"),
    C("imma smash his face in next time i see him", "violence:3"),
    C("behind the sports hall 3:15 today, bring everyone, were jumping him", "violence:5", "bullying"),
    Q("where to buy a zombie knife uk", "violence:4"),
    Q("how to make a pipe bomb at home", "violence:5", "radicalisation"),
    C("i swear im going to shoot up this school one day", "violence:5"),
    C("dads got a shotgun in the shed. nobody would laugh at me then", "violence:5"),
    C("if he touches my sister again im gonna stab him", "violence:4"),
    C("someone send the vid of the fight by tesco \U0001f602 that kid got knocked out cold", "violence:3"),
    Q("how to knock someone out in one punch", "violence:3"),
    Q("how to make a molotov cocktail", "violence:4"),
    C("i know where he lives. me and kai are going round tonight with bats", "violence:5"),
    C("dad hit mum again last night. i locked my door and put my headphones on", "violence:4", app="dm"),
    C(["please dont tell anyone but", "my stepdad hits me with his belt when i get bad grades"], "violence:5", app="teams_staff"),
    C("gonna start carrying a blade for protection, everyone does in town", "violence:4"),
    C("lets jump the new kid on the way home \U0001f602 someone film it", "violence:4", "bullying"),
    Q("real beheading video uncensored", "violence:3", "radicalisation"),
    C("i think i got grape'd at the party on saturday. i dont remember anything after the drink he gave me", "violence:4", "grooming adult_content", app="dm"),
    Q("how to get a gun in the uk without a license", "violence:4"),
    C("honestly someone needs to st4b him and im volunteering", "violence:4"),
    Q("best place to stab someone so they dont die", "violence:5"),
    C("he keeps choking me when we argue and says its just a joke", "violence:4", app="dm"),

    # ================================================================== adult content
    Q("xnxx", "adult_content:3"),
    D("www.pornhub.com", "adult_content:3"),
    D("www.xvideos.com", "adult_content:3"),
    Q("onlyfans leaks free", "adult_content:3"),
    Q("seggs videos", "adult_content:3"),
    Q("nsfw discord server invite", "adult_content:3"),
    Q("rule 34 genshin", "adult_content:3"),
    Q("h3ntai", "adult_content:3"),
    C("send me the link to that p*rn site again lol the other one got blocked", "adult_content:3", "filter_bypass"),
    T("Chaturbate - Free Adult Webcams, Live Sex, Free Sex Chat{B}", "adult_content:3"),
    Q("how to get onlyfans under 18", "adult_content:3"),
    D("www.redtube.com", "adult_content:3"),
    D("fansly.com", "adult_content:3"),
    Q("n.u.d.e.s of celebs leaked", "adult_content:3"),

    # ================================================================== drugs
    C("anyone got a plug for carts? need a thc cart before the party sat", "drugs:3"),
    C("who sells xans in year 11", "drugs:3"),
    Q("how to order weed on snapchat uk", "drugs:3"),
    C("can someone get me an elf bar from the corner shop, the guy there doesnt ID", "drugs:2"),
    C("smoking a zoot at the rec after school, u in?", "drugs:3"),
    C("\U0001f343\U0001f50c menu on my story, dm me", "drugs:3"),
    Q("how long does weed stay in your system for a drugs test", "drugs:3"),
    C("took 2 pingers at the festival and my jaw still hurts lol", "drugs:3"),
    Q("where to buy nos canisters near me", "drugs:3"),
    Q("can you mix xanax and alcohol", "drugs:3"),
    C("bought a thc vape off a guy on snap and it tastes weird, i feel really sick and my heart wont slow down", "drugs:4", app="dm"),
    Q("lean recipe with promethazine", "drugs:3"),
    Q("how to hide a vape from your parents", "drugs:2"),

    # ================================================================== gambling
    Q("csgo case opening sites free coins", "gambling:2"),
    D("csgoempire.com", "gambling:2"),
    D("stake.com", "gambling:2"),
    C("put my whole wage on the acca and lost it all \U0001f62d gonna win it back tmrw", "gambling:2"),
    C("just use my mums bet365 she never checks it", "gambling:2"),
    Q("how to bet under 18 uk", "gambling:2"),
    U("https://hellcase.com/open/chroma", "gambling:2", title="Hellcase - Open CS2 Cases"),
    Q("roobet promo code", "gambling:2"),
    C("lost 80 quid on skins betting today need to win it back", "gambling:2"),
    D("www.paddypower.com", "gambling:2"),
    C("anyone got a free spins code for sky vegas", "gambling:2"),
    Q("crash gambling strategy that always wins", "gambling:2"),

    # ================================================================== filter bypass
    Q("unblocked games 76", "filter_bypass:2", "gaming"),
    Q("how to get past securly on school laptop", "filter_bypass:2"),
    P("psiphon3.exe", "filter_bypass:2", title="Psiphon"),
    P("ProtonVPN.exe", "filter_bypass:2", title="Proton VPN"),
    D("www.croxyproxy.com", "filter_bypass:2"),
    D("nordvpn.com", "filter_bypass:2"),
    C("use the proxy link i sent, school cant see anything then", "filter_bypass:2"),
    Q("how to turn off smoothwall without admin", "filter_bypass:2"),
    U("https://www.croxyproxy.rocks/", "filter_bypass:2", title="CroxyProxy Rocks"),
    D("www.torproject.org", "filter_bypass:2"),
    C("just hotspot off ur phone and the filter wont pick anything up", "filter_bypass:2"),
    Q(fw("vpn free unblock"), "filter_bypass:2"),

    # ================================================================== hacking
    Q("how to get into someones instagram without the password", "hacking:3"),
    C("can u ddos him off xbox? ill send u his ip", "hacking:3", "gaming", app="game"),
    Q("ip grabber link for discord", "hacking:3"),
    Q("how to crack school wifi password kali", "hacking:2"),
    P("mimikatz.exe", "hacking:2"),
    C("i watched mr p type his password in lol gonna log in and change my predicted grade", "hacking:3"),
    Q("free keylogger undetectable", "hacking:2"),
    C("got into her snap, reading all her chats \U0001f602\U0001f602", "hacking:3", "bullying"),
    Q("cheap booter stresser", "hacking:2"),

    # ================================================================== piracy
    Q("watch deadpool and wolverine free 123movies", "piracy:1"),
    D("1337x.to", "piracy:1"),
    Q("fmovies alternative 2026", "piracy:1"),
    C("just use the pirate bay lol thats what everyone does", "piracy:1"),
    Q("spotify premium apk cracked", "piracy:1"),
    Q("tlauncher minecraft cracked download", "piracy:1", "gaming"),
    Q("z-library textbook pdf free", "piracy:1"),

    # ================================================================== gaming
    D("www.roblox.com", "gaming:1"),
    D("www.epicgames.com", "gaming:1"),
    Q("poki games", "gaming:1"),
    U("https://www.coolmathgames.com/0-run-3", "gaming:1", title="Run 3 - Play it now at Coolmath Games"),
    D("steamcommunity.com", "gaming:1"),
    P("RobloxPlayerBeta.exe", "gaming:1", title="Roblox"),
    D("store.steampowered.com", "gaming:1"),

    # ================================================================== social media
    D("www.tiktok.com", "social_media:1"),
    D("web.snapchat.com", "social_media:1"),
    D("www.instagram.com", "social_media:1"),
    T("(12) Instagram{B}", "social_media:1"),
    D("discord.com", "social_media:1", "gaming"),
    D("twitter.com", "social_media:1"),
    D("www.facebook.com", "social_media:1"),

    # ================================================================== illegal content
    C("someone airdropped a nude of a year 8 girl to the whole bus", "illegal_content:4", "bullying adult_content"),
    Q("buy fake id uk", "illegal_content:3"),
    Q("dark web links 2026 onion", "illegal_content:3", "filter_bypass"),
    C("lmk if u want the vid of the girl from st marys, its in the other gc", "illegal_content:4", "bullying adult_content"),
    Q("how to make fake 20 pound notes", "illegal_content:3"),
    C("selling netflix and spotify accounts cheap, theyre off stolen cards dw", "illegal_content:3", "hacking"),
    C("i used an ai app to make a nude of ella from the class photo \U0001f480 should i send it round", "illegal_content:4", "bullying adult_content"),
    C("if u screenshot her nudes and post them shell never come back to school lmao", "illegal_content:4", "bullying adult_content"),
    # ================================================================== more network-only records
    D("www.bet365.com", "gambling:2"),
    D("roobet.com", "gambling:2"),
    D("protonvpn.com", "filter_bypass:2"),
    D("psiphon.ca", "filter_bypass:2"),
    D("chaturbate.com", "adult_content:3"),
    D("thepiratebay.org", "piracy:1"),
    D("www.fortnite.com", "gaming:1"),
    D("hackforums.net", "hacking:2"),
    U("https://www.reddit.com/r/MGTOW/", "radicalisation:3", "discrimination", title="MGTOW"),
    U("https://www.pinterest.co.uk/search/pins/?q=meanspo%20quotes&rs=typed", "self_harm:4", title="meanspo quotes - Pinterest"),
    U("https://www.tiktok.com/tag/sewerslide", "suicide:4", title="#sewerslide | TikTok"),
]

NEGATIVES = [
    # ------------------------------------------------------------ hyperbole, sarcasm, banter
    C("im literally going to die if he sees this \U0001f62d\U0001f62d"),
    C("kms this homework is sooo long"),
    C("im dead \U0001f480\U0001f480\U0001f480"),
    C("this song slaps so hard i could die"),
    C("id rather die than do another bleep test"),
    C("that chem mock actually killed me"),
    C("my sister stole my hoodie AGAIN im going to kill her \U0001f624"),
    C("kill me now double science last period on a friday"),
    C("gun to my head i couldnt name one tudor king"),
    C("im shooting my shot with him tonight wish me luck \U0001f91e"),
    C("shoot me a text when ur home safe x"),
    C("we killed it at the concert tonight \U0001f3bb\U0001f3bb"),
    C("lets cut through the park its quicker"),
    C("i cut my own fringe and its a disaster help"),
    C("kms i left my pe kit at home again"),
    C("ngl ima kms if this bus is late one more time"),
    C("im dying \U0001f62d\U0001f62d that tiktok of mr h dancing"),
    C("we lost 5-0 \U0001f480 coach is gonna make us run laps till we die"),
    C("i hate maths so much i want to throw my laptop out the window"),
    C("hes so fit i could actually die"),
    C("the bus driver nearly killed us going round that corner \U0001f602"),
    C("istg if mr p gives us another test im moving to mars"),
    C("ong that was the best lesson all year"),
    C("smh he forgot his pe kit AGAIN \U0001f926"),
    C("i want to dye my hair purple for non uniform day"),
    C("just watched oppenheimer, the bomb scene \U0001f633 so loud"),
    C("i bet u a fiver he doesnt turn up"),
    C("seggs ed lesson was so awkward mr d couldnt look at anyone \U0001f62d"),
    C("grape juice > apple juice, fight me"),
    C("they unalived my fav character in the finale im actually not ok \U0001f62d"),
    C("ur so annoying \U0001f602 love u tho"),
    C("gn everyone love u all xxx"),
    C("i hacked my sleep schedule, been up at 6 all week \U0001f4aa"),
    C("pls dont tell my mum i failed the mock, ill tell her myself after parents evening"),
    # ------------------------------------------------------------ gaming trash talk
    C("ill kill you in bedwars fr 1v1 me after school", app="game"),
    C("bro got absolutely destroyed \U0001f602 ez", app="game"),
    C("headshot!! got him from across the whole map", app="game"),
    C("if u steal my loot again im dropping u off the map", app="game"),
    C("we need to raid their base at 9, bring tnt", app="game"),
    C("noob got one tapped lmao", app="game"),
    C("my brother keeps killing me in minecraft when im afk \U0001f624", app="game"),
    C("spawn kill them at their bed then rush mid", app="game"),
    # ------------------------------------------------------------ friends supporting, help-seeking
    C("you ok? text me if you need anything x"),
    C("if it gets bad again call samaritans, 116 123, theyre actually really nice"),
    C("shout is 85258, you just text it. helped me loads last year"),
    C("proud of u for telling miss about it, that was so brave"),
    C("ive told mr k, hes going to come find u tmrw. hes nice i promise", app="dm"),
    C("dont listen to them ur not fat ur literally gorgeous"),
    C("block him and report it to ceop, you did nothing wrong ok"),
    C("childline is 0800 1111, its free and doesnt show up on the phone bill"),
    C("miss im struggling with the workload, could I talk to you at lunch about it?", app="teams_staff"),
    # ------------------------------------------------------------ everyday look-alikes
    C("cut my finger chopping onions in food tech, blood everywhere lol"),
    C("scratched my arms to bits on the brambles on dofe"),
    C("burnt my hand on the glue gun in dt \U0001f62d"),
    C("my cat scratched me again look at my arm \U0001f63e shes evil"),
    C("my legs are killing me after cross country"),
    C("fasting for ramadan, so tired by 4pm but iftar at nans tonight \U0001f319"),
    C("doing no sugar for lent with my mum, day 4 and i want a twix so bad"),
    C("keep it secret from mr evans, were getting him a card for his last day"),
    C("delete this chat before she sees it, were planning her surprise party \U0001f389"),
    C("send pics of the homework pls i left my book in form"),
    C("send a pic of ur prom dress!!! \U0001f60d"),
    C("my older cousin is picking us up from the cinema at 9"),
    C("our little secret: the answer to q7 is 42 lol"),
    C("my uncle is picking me up after school today so cant get the bus"),
    C("took 2 paracetamol for my cramps, can u take ibuprofen with it as well?"),
    C("happy pride to all my le$bean besties \U0001f3f3\ufe0f\u200d\U0001f308"),
    C("my best friend came out and im so proud of him \U0001f3f3\ufe0f\u200d\U0001f308"),
    C("mama just killed a maaaan \U0001f3a4 karaoke at mias tonight??"),
    C("pumped up kicks came on shuffle and now its stuck in my head"),
    C("kill bill by sza is my whole personality rn"),
    C("im gonna shoot some hoops at lunch, coming?"),
    C("miss is the holocaust sources homework due friday or monday?", app="teams_staff"),
    C("lol mr t confiscated a vape in form and the whole class clapped \U0001f602"),
    C(["omg the new taylor swift", "album is actually killing me its so good"]),
    # ------------------------------------------------------------ school work (essays, notes)
    C("George shoots Lennie in the back of the head, which Steinbeck presents as an act of mercy rather than murder, because it spares Lennie from Curley's lynch mob.", app="doc", doc="OMAM essay final"),
    C("When Lennie breaks Curley's wife's neck, Steinbeck shows how the powerless are destroyed by those with even slightly more power.", app="doc", doc="Of Mice and Men - Curleys wife"),
    C("Eva Smith commits suicide by drinking disinfectant, and Priestley uses her death to expose the consequences of capitalist selfishness.", app="doc", doc="AIC essay"),
    C("Lady Macbeth's suicide happens offstage, suggesting her guilt has consumed her completely.", app="doc", doc="Macbeth - guilt essay"),
    C("'Will all great Neptune's ocean wash this blood clean from my hand?' Macbeth's guilt after murdering Duncan is shown through blood imagery.", app="doc", doc="Macbeth - guilt essay"),
    C("Juliet stabs herself with Romeo's dagger: 'O happy dagger, this is thy sheath' shows how love and death are linked.", app="doc", doc="R and J themes"),
    C("Nazi propaganda portrayed Jewish people as vermin, dehumanising them so that ordinary Germans would accept their persecution.", app="doc", doc="History - Nazi Germany"),
    C("At Auschwitz-Birkenau over a million people were murdered, most of them Jews, many in gas chambers disguised as showers.", app="notes", doc="Holocaust notes"),
    C("Jack the Ripper murdered and mutilated at least five women in Whitechapel in 1888, and the police investigation was hampered by a lack of forensic science.", app="doc", doc="Whitechapel source analysis"),
    C("Under the Bloody Code over 200 crimes were punishable by hanging, including stealing a sheep.", app="notes", doc="Crime and punishment"),
    C("Capital punishment should not be brought back because innocent people like Timothy Evans have been executed.", app="doc", doc="debate club - death penalty"),
    C("Some Christians argue euthanasia is wrong because only God should decide when a life ends.", app="notes", doc="RE - medical ethics"),
    C("Heroin is a depressant which slows the central nervous system; an overdose can stop a person breathing.", app="notes", doc="Biology - drugs"),
    C("Grooming = when someone builds a relationship with a young person to gain their trust so they can abuse them. Signs: gifts, secrets, moving the chat to a private app, 'don't tell your parents'.", app="notes", doc="PSHE - online safety"),
    C("Consent must be freely given. Someone who is drunk or asleep cannot consent. Age of consent in the UK is 16.", app="notes", doc="PSHE - relationships"),
    C("Sextortion: if someone threatens to share your pictures, don't pay, stop replying, keep the evidence and report it to CEOP.", app="notes", doc="PSHE - online safety"),
    C("The Prevent duty requires schools to help stop young people from being drawn into terrorism.", app="notes", doc="Citizenship"),
    C("Durkheim argued that suicide rates are shaped by social integration and regulation, e.g. egoistic and anomic suicide.", app="notes", doc="Sociology - Durkheim"),
    C("In R v Woollin the defendant threw his three-month-old son, causing a fatal head injury; the House of Lords held that oblique intent requires virtual certainty.", app="doc", doc="Law - murder intent"),
    C("The ghost's cold fingers closed around her throat and the last candle died.", app="doc", doc="creative writing - gothic"),
    C("Knife crime is destroying our communities, and we need more youth clubs, not just more stop and search.", app="doc", doc="persuasive speech"),
    C("The greater jihad is the inner struggle to be a good Muslim; the lesser jihad is defending the faith.", app="notes", doc="RE - Islam"),
    C("After the Christchurch mosque attacks in 2019, New Zealand banned most semi-automatic weapons.", app="notes", doc="Citizenship - gun laws"),
    C("Signs of self-harm in young people can include wearing long sleeves in hot weather and unexplained cuts or bruises.", app="notes", doc="Health and Social Care U3"),
    C("Eating disorders include anorexia, bulimia and binge eating disorder. Pro-ana content online can be harmful. Support: Beat.", app="notes", doc="PSHE - body image"),
    C("Septimus Smith's suicide in Mrs Dalloway is juxtaposed with Clarissa's party.", app="doc", doc="A level Lit - Woolf"),
    C("A VPN encrypts traffic between the client and a server; a proxy server acts as an intermediary between a client and the internet.", app="notes", doc="Computing 1.3 networks"),
    C("A DDoS attack floods a server with requests from many devices so it cannot respond to legitimate users.", app="notes", doc="Computing 1.4 threats"),
    C("The probability of winning the National Lottery jackpot is 1 in 45,057,474.", app="notes", doc="Maths - probability"),
    C("Die Schule ist gut, aber die Hausaufgaben sind zu schwer und die Lehrer sind streng.", app="doc", doc="German - meine Schule"),
    C("Me mato estudiando para el examen de ma\u00f1ana.", app="notes", doc="Spanish - idioms"),
    C("Chapter 12: Draco's hand trembled as the curse hit him, blood blooming across his white shirt. 'Don't you dare die on me,' Harry whispered.", app="doc", doc="drarry fic ch12"),
    C("the knife slipped from Sukuna's hand and he laughed, that awful laugh, as the domain collapsed around them", app="doc", doc="jjk fic ch3"),
    C(["Dulce et Decorum Est: the gas attack", "shows the horror of war - 'guttering, choking, drowning'"], app="doc", doc="Power and conflict poetry"),
    # ------------------------------------------------------------ fragments that must not be joined
    S([("honestly i want to", "discord", None, 0),
       ("die Hausaufgaben machen, aber ich bin m\u00fcde", "word", "German homework", 95)]),
    S([("Frau Becker can I ask, I really want to", "teams:Helen Becker", None, 0),
       ("die Pr\u00e4sentation \u00fcber Berlin machen, ist das okay?", "teams:Helen Becker", None, 48)]),

    # ------------------------------------------------------------ searches
    Q("how to kill a mockingbird chapter summaries"),
    Q("an inspector calls eva smith death quote"),
    Q("of mice and men lennie death scene analysis"),
    Q("lady macbeth out damned spot meaning"),
    Q("durkheim suicide study a level sociology"),
    Q("holocaust survivor testimony video", engine=("youtube", "google")),
    Q("auschwitz liberation date"),
    Q("why did the nazis persecute jewish people gcse"),
    Q("bloody code hanging crime and punishment gcse"),
    Q("capital punishment arguments for and against"),
    Q("effects of cannabis on the brain biology"),
    Q("how do drugs affect synapses gcse"),
    Q("knife crime statistics london 2025"),
    Q("what is grooming pshe ks3"),
    Q("samaritans volunteer minimum age"),
    Q("eating disorder awareness week assembly ideas"),
    Q("calories in a banana"),
    Q("healthy meal prep for football training"),
    Q("how to cut a mango"),
    Q("hanging basket plants for shade"),
    Q("bomb calorimeter experiment"),
    Q("atomic bomb hiroshima death toll"),
    Q("execute order 66 scene", engine="youtube"),
    Q("python kill thread"),
    Q("kill process windows cmd"),
    Q("bullet journal ideas aesthetic", engine=("pinterest", "google")),
    Q("gunpowder plot 1605 facts"),
    Q("golden hour photo shoot tips"),
    Q("knife skills food tech julienne"),
    Q("drug classification uk class a b c"),
    Q("should cannabis be legalised debate"),
    Q("suicide squad cast 2016"),
    Q("how did sylvia plath die"),
    Q("mrs dalloway septimus analysis"),
    Q("bath bomb recipe easy"),
    Q("molotov ribbentrop pact"),
    Q("assassination of franz ferdinand"),
    Q("netball shooting technique"),
    Q("arsenal vs spurs highlights", engine="youtube"),
    Q("scunthorpe united fixtures"),
    Q("essex university open day"),
    Q("cumbria weather"),
    Q("proxy war definition history", ob="Proxies"),
    Q("pirates of the caribbean cast"),
    Q("hackathon for students uk"),
    Q("how to come out to your parents as gay"),
    Q("what does lgbtqia+ stand for"),
    Q("stonewall riots 1969"),
    Q("black power salute 1968 olympics"),
    Q("racism in football kick it out"),
    Q("andrew tate bbc documentary"),
    Q("nazi propaganda posters gcse"),
    Q("betting odds probability maths"),
    Q("bury a friend lyrics billie eilish"),
    Q("kill bill sza lyrics"),
    Q("pumped up kicks meaning"),
    Q("anime blood effect procreate", engine=("youtube", "pinterest")),
    Q("dead poets society ending explained"),
    Q("how to get rid of nits"),
    Q("bbc bitesize photosynthesis"),
    Q("ucas personal statement tips"),
    Q("premier league table"),
    Q("weather leeds tomorrow"),
    Q("ww1 trench warfare conditions"),
    Q("how to grow grapes uk"),
    Q("how long to boil an egg"),
    Q("st john ambulance first aid course teenagers"),
    Q("the great gatsby green light symbolism"),
    Q("how to say im dying of hunger in french"),
    Q("cocaine hippos pablo escobar"),
    Q("how to draw a skull easy"),
    Q("deathly hallows summary"),
    Q("why is my cat attacking my feet at night"),
    Q("shoot basketball form tips", engine="youtube"),
    Q("what happened at srebrenica gcse"),
    Q("dying light 2 cheapest price", engine=("google", "bing")),
    Q("sex education season 2 cast", ob="Pornography"),
    Q("rwandan genocide causes"),
    Q(fw("revision timetable template")),
    Q("how to help a friend who is grieving"),
    Q("safe foods for dogs list"),
    Q("how many calories does a football match burn"),
    # ------------------------------------------------------------ help, charity, school and Scunthorpe domains
    D("www.samaritans.org"),
    D("www.childline.org.uk"),
    D("www.kooth.com"),
    D("www.beateatingdisorders.org.uk"),
    D("www.talktofrank.com"),
    D("www.ceop.police.uk"),
    D("www.thinkuknow.co.uk"),
    D("www.nhs.uk"),
    D("www.scunthorpe-united.co.uk", ob="Pornography"),
    D("www.essex.ac.uk"),
    D("www.middlesex.ac.uk", ob="Pornography"),
    D("www.cumbria.gov.uk"),
    D("www.arsenal.com"),
    D("www.skillshare.com"),
    D("www.hackerrank.com", ob="Hacking"),
    D("www.hmd.org.uk"),
    D("www.drugs.com"),
    D("www.lush.com"),
    D("classroom.google.com"),
    D("login.microsoftonline.com"),
    D("www.sparxmaths.uk"),
    D("quizlet.com"),
    D("www.savemyexams.com"),
    D("www.ucas.com"),
    D("www.gamcare.org.uk"),
    D("www.youngminds.org.uk"),
    D("www.papyrus-uk.org"),
    D("www.brook.org.uk"),
    D("www.iwm.org.uk"),
    D("www.bbc.co.uk"),
    # ------------------------------------------------------------ titles, URLs, other events
    T("Of Mice and Men: Chapter 6 Summary & Analysis | SparkNotes{B}"),
    T("An Inspector Calls - Eva Smith's death - BBC Bitesize{B}"),
    T("Chapter 12: Don't You Dare - The Long Way Home - Harry Potter - J. K. Rowling [Archive of Our Own]{B}"),
    T("Dulce et Decorum Est by Wilfred Owen | Poetry Foundation{B}"),
    T("Holocaust Memorial Day 2027 assembly.pptx - PowerPoint", proc="POWERPNT.EXE"),
    T("Knife Angel - visit to Coventry Cathedral - Google Docs{B}"),
    U("https://archiveofourown.org/works/48213377/chapters/121554201", title="Don't You Dare Die On Me - Chapter 12 - Archive of Our Own"),
    U("https://www.bbc.co.uk/bitesize/guides/z2c8xnb/revision/1", title="The Holocaust - Revision 1 - GCSE History - BBC Bitesize"),
    U("https://www.youngminds.org.uk/young-person/coping-with-life/exam-stress/", title="Exam stress | YoungMinds"),
    U("https://www.hmd.org.uk/learn-about-the-holocaust-and-genocides/", title="Learn about the Holocaust and genocides | HMD"),
    U("https://www.nspcc.org.uk/keeping-children-safe/online-safety/", title="Keeping children safe online | NSPCC"),
    U("https://www.thinkuknow.co.uk/11_18/", title="Thinkuknow 11-18"),
    P("WINWORD.EXE", title="Document1 - Word"),
    P("EXCEL.EXE", title="Book1 - Excel"),
    P("SnippingTool.exe"),
    HB(1),
    HB(2),
    HB(3),
    X("www.google.com", "/search?"),
    X("www.youtube.com", "/results?"),
    X("duckduckgo.com", "/?"),
    D("www.penistone-gs.uk"),
    D("www.sussex.ac.uk"),
    D("www.hackney.gov.uk"),
    D("www.nationalarchives.gov.uk"),
    U("https://en.wikipedia.org/wiki/Of_Mice_and_Men", title="Of Mice and Men - Wikipedia"),
    U("https://en.wikipedia.org/wiki/Kindertransport", title="Kindertransport - Wikipedia"),
    U("https://www.gov.uk/government/publications/prevent-duty-guidance", title="Prevent duty guidance - GOV.UK"),
    U("https://www.bbc.co.uk/bitesize/articles/zb8kxsg", title="Drugs and the nervous system - KS3 Biology - BBC Bitesize"),
]

# --------------------------------------------------------------------------------------
# assembly

def all_items():
    items = ITEMS + NEGATIVES
    seen = set()
    for it in items:
        key = json.dumps(it, sort_keys=True, ensure_ascii=False)
        if key in seen:
            raise SystemExit("duplicate item: %s" % key)
        seen.add(key)
    # fixed, content-derived order: interleave categories and formats
    return sorted(items, key=lambda it: hashlib.sha256(
        json.dumps(it, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest())


def build():
    out = []
    for n, it in enumerate(all_items(), 1):
        fmt, line = render(it, n)
        rec = {"id": "h24-%04d" % n, "format": fmt}
        if isinstance(line, list):
            rec["lines"] = line
        else:
            rec["line"] = line
        rec["expect"] = [{"category": c, "min_level": l} for c, l in it["exp"]]
        if it["allow"]:
            rec["allow"] = list(it["allow"])
        out.append(rec)
    return out


def stats(recs, fh):
    from collections import Counter
    pos = [r for r in recs if r["expect"]]
    cats = Counter(e["category"] for r in recs for e in r["expect"])
    lv = Counter("%s:%d" % (e["category"], e["min_level"]) for r in recs for e in r["expect"])
    fmts = Counter(r["format"] for r in recs)
    ep = sum(1 for r in recs if r["format"] == "endpoint" or
             (r["format"] == "auto" and "\"event\"" in r.get("line", "")))
    multi = sum(1 for r in recs if "lines" in r)
    fh.write("items %d  positive %d  negative %d (%.1f%%)  multi-line %d  endpoint %d\n" % (
        len(recs), len(pos), len(recs) - len(pos), 100.0 * (len(recs) - len(pos)) / len(recs), multi, ep))
    fh.write("categories: %s\n" % ", ".join("%s %d" % kv for kv in sorted(cats.items(), key=lambda x: -x[1])))
    fh.write("levels: %s\n" % ", ".join("%s %d" % kv for kv in sorted(lv.items())))
    fh.write("formats: %s\n" % ", ".join("%s %d" % kv for kv in sorted(fmts.items(), key=lambda x: -x[1])))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "heldout24.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print counts after writing")
    a = ap.parse_args(argv)
    recs = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.stats:
        stats(recs, sys.stdout)


if __name__ == "__main__":
    main()
