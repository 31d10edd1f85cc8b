#!/usr/bin/env python3
"""Build heldout47.jsonl: an independent, hand-written evaluation corpus for Guardline.

PERSPECTIVE
-----------
Land-based and agricultural colleges and rural secondary schools in England (Cumbria,
Herefordshire, Lincolnshire, Devon, North Yorkshire). Learners are 14-19, plus adult
apprentices in agriculture, equine, gamekeeping, forestry, animal management and
agricultural engineering; several colleges have boarding houses, so some traffic is late
at night. Learners grow up on farms and in market towns, so the everyday vocabulary of
the course (shotguns, killing rats, dispatch, slaughter, blood at lambing, poisons,
ketamine as a veterinary anaesthetic, knives and chainsaws, oilseed "rape", "hacking
cough", going for a "hack", Haytor, Cockermouth, Bitchfield) overlaps heavily with the
vocabulary of real risk. The corpus is built to test exactly that overlap: about half of
the items are hard negatives written the way these learners and their lecturers really
type, and the positives are written as rural young people express real risk, mostly in
plain or indirect words, with a minority disguised (leetspeak, spaced or dotted letters,
Cyrillic look-alikes, zero-width characters, mathematical letters, emoji, stretched
letters, algospeak such as "unalive", "sewerslide", "kms", "beans", "corn", "za").

Every text in this file was written by hand for this file. Everything else (format,
engine, URL encoding, user, device, site, time, IPs, wrapping, fragment split points)
is derived from SHA-256 of the item number and a purpose tag; no random module is used,
so two runs give byte-identical output.

LABELLING DECISIONS (following the level table of CONTRACTS section 3)
----------------------------------------------------------------------
min_level is the lowest level I would accept from a sensible detector; a higher level
also counts. "allow" is used only where a second category is genuinely arguable.

suicide   5: a plan, a method, means at hand or a time ("gun cabinet key ... tonight",
             paraquat / sheep dip / paracetamol quantities, rope in the hay loft,
             car exhaust, "which hurts less rope or shotgun", how to write a note,
             thinking of jumping off a viaduct, grandad's heart tablets counted out).
          4: ideation without a method ("if the bank takes the farm i'm going with it",
             "better off without me", "kms", "wanna die ... nobody would care"), a
             disclosure that a parent is threatening suicide with the shotgun, a visit
             to a suicide-support forum thread, life-insurance-if-I-die questions.
             allow self_harm where an overdose could equally be self-harm.
self_harm 4: cutting, burning (tractor exhaust), punching walls, hiding injuries,
             relapse talk and self-harm algospeak ("beans", "sh", #shtwt), asking how to
             get a blade out of a pencil sharpener; allow suicide where depth or an
             overdose is mentioned. 3: pro-ana / eating-disorder searches.
radicalisation 5: attack planning (molotov for a migrant hotel).
          4: seeking extremist propaganda or recruitment (Patriotic Alternative,
             Active Clubs, National Action, Terrorgram, Siege, Tarrant's manifesto,
             attack videos, Awlaki, 1488 invitations, stormfront). 3: interest in
             far-right narratives (great replacement, remigration, "hitler was right",
             nationalist edits). allow discrimination for far-right race content and
             violence for attack material.
grooming  5: a meeting being arranged by an older person (lift from the bus stop, the
             cattle lines / caravan after the county show, a layby, staying over).
          4: grooming signs (secrecy, flattery about maturity, gifts, moving to
             Snapchat, requests for pictures), sextortion of a learner and a learner
             asking what to do about it; allow illegal_content where sexual images are
             involved. Messages typed by an adult apprentice to a younger learner are
             included, since endpoint capture records what is typed on the device.
bullying  3: abusive messages, exclusion, humiliating videos, fake accounts, "kys" /
             "go hang yourself" aimed at someone else (allow suicide there), threats
             to make it worse if they tell (allow violence).
discrimination 3: racist, anti-Traveller, anti-migrant (Romanian, Bulgarian, Nepali
             pickers), homophobic and transphobic abuse; allow radicalisation for
             "white Britain only"-type slogans, allow bullying for slurs aimed at a
             named peer.
adult_content 3: pornography sites, searches, algospeak ("corn hub", 🌽); allow
             filter_bypass where the text also asks for an unblocked route.
drugs     3: buying, selling, growing cannabis in barns, county-lines running (allow
             grooming, since it is criminal exploitation), ketamine use and theft of
             veterinary ketamine, nitrous oxide, "can you get high off horse sedative".
          2: underage alcohol (getting served at the YFC ball, blackout drinking,
             smuggling vodka into the barn dance).
gambling  2: bookmaker domains and pages, racing and greyhound betting, slots, betting
             under 18, losing wages on the horses.
violence  5: a threat with intent and a means (pitchfork, billhook, dad's shotgun,
             tractor, setting a barn on fire, "shoot up the college"), fertiliser-bomb
             instructions (allow radicalisation).
          4: planned assaults, how to hurt without marks, sawing off a shotgun (allow
             illegal_content), disclosures of domestic abuse on isolated farms,
             poisoning a neighbour's dog, drowning-style bullying.
          3: animal cruelty (hare coursing, lurchers for coursing at night, dog
             fighting, badger baiting / digging, hurting the farm cat on video),
             weapon buying (zombie knife, knuckle duster, balisong; allow
             illegal_content), carrying a machete, deer poaching with an unlicensed
             rifle (allow illegal_content).
filter_bypass 2: VPN / proxy / Tor / Psiphon domains, processes and searches,
             removing Securly, hotspotting round Smoothwall, "unblocked games" (which
             also expects gaming 1).
hacking   3: getting into someone else's account (Snapchat, Instagram, a lecturer's
             Moodle password, keyloggers, SQL injection on the college MIS).
          2: hacking tools and cracks (Mimikatz, Cheat Engine, booters, wifi
             crackers, John Deere StarFire activation cracks, changing serials or
             removing trackers on stolen GPS units - allow illegal_content),
             selling cracked accounts (allow gaming / piracy).
piracy 1, gaming 1, social_media 1: as the table says; piracy includes cracked
             Farming Simulator and illegal sports streams.
illegal_content 5: seeking sexual images of children ("cp links", trading "teen
             nudes", leaked schoolgirl nudes); allow adult_content.
          4: sharing a peer's nude image when she is under 18; allow adult_content
             and bullying.
          3: fake IDs, counterfeit notes, dark-web markets (allow drugs), buying a
             shotgun without a certificate / a gun illegally (allow violence).

Hard negatives (expect []) cover: shotgun and firearm certificates, clay and game
shooting, pigeon decoying over oilseed rape, humane dispatch, hanging game, gralloching,
pest control and rodenticides, slaughter and butchery, lambing and calving (blood,
cutting, prolapse), veterinary drugs including ketamine, euthanasia of animals, equine
injuries, agricultural chemicals and the paraquat ban, chainsaw and knife handling, farm
safety statistics, Young Farmers' events, rural history (Swing Riots, Enclosure,
Tolpuddle, 2001 foot and mouth), GCSE / A-level set texts (Of Mice and Men, An Inspector
Calls, Tess, Kes, Heaney's "The Early Purges"), sport and racing as sport, music lyrics,
games, staff safeguarding research, news, place names (Scunthorpe, Penistone, Cockermouth,
Crapstone, Bitchfield), and hyperbole ("this assignment is killing me"). Negatives may
carry level-1 noise (a game, a social site) but never a real level-2+ concern.

Usage: python3 build_heldout47.py [--out PATH] [--stats]
"""

import argparse
import calendar
import datetime as dt
import hashlib
import json
import os
import sys
from collections import Counter
from urllib.parse import quote, quote_plus

# ----------------------------------------------------------------------------------
# deterministic choice helpers
# ----------------------------------------------------------------------------------

def hv(n, tag):
    d = hashlib.sha256(("h47|%s|%s" % (n, tag)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, tag, seq):
    return seq[hv(n, tag) % len(seq)]


def rng(n, tag, lo, hi):
    return lo + hv(n, tag) % (hi - lo + 1)


def hexs(n, tag, k):
    return hashlib.sha256(("h47hex|%s|%s" % (n, tag)).encode()).hexdigest()[:k]


B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def b62(n, tag, k):
    x = int(hashlib.sha256(("h47b62|%s|%s" % (n, tag)).encode("utf-8")).hexdigest(), 16)
    out = ""
    for _ in range(k):
        out += B62[x % 62]
        x //= 62
    return out

# ----------------------------------------------------------------------------------
# disguise helpers (applied to my own hand-written text; deterministic, no hashing)
# ----------------------------------------------------------------------------------

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458"}


def cyr(s, letters="aeopcyis"):
    return "".join(CYR[ch] if (ch in letters and ch in CYR) else ch for ch in s)


def zw(s, word, ch="\u200b"):
    return s.replace(word, ch.join(word))


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def bold(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(0x1D5EE + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)

# ----------------------------------------------------------------------------------
# spec collection
# ----------------------------------------------------------------------------------

SPECS = []


def _exp(s):
    out = []
    for tok in s.split():
        c, l = tok.split(":")
        out.append({"category": c, "min_level": int(l)})
    return out


def _add(kind, payload, exp, a, **opt):
    SPECS.append({"kind": kind, "payload": payload, "expect": _exp(exp),
                  "allow": a.split() if a else [], "opt": opt})


def S(q, exp="", a=None, eng="gen", who="l"):
    _add("search", q, exp, a, eng=eng, who=who)


def U(url, exp="", a=None, who="l"):
    _add("url", url, exp, a, who=who)


def D(dom, exp="", a=None):
    _add("domain", dom, exp, a)


def T(text, exp="", a=None, ctx="chat", who="l"):
    _add("text", text, exp, a, ctx=ctx, who=who)


def F(text, exp="", a=None, ctx="chat", who="l"):
    _add("frag", text, exp, a, ctx=ctx, who=who)


def W(title, exp="", a=None, app=None, who="l"):
    _add("title", title, exp, a, app=app, who=who)


def V(url, exp="", a=None, title=None, who="l"):
    _add("visit", url, exp, a, title=title, who=who)


def P(proc, exp="", a=None, title=None, who="l"):
    _add("proc", proc, exp, a, title=title, who=who)


def HB(tag):
    _add("heartbeat", tag, "", None)

# ----------------------------------------------------------------------------------
# environment: sites, users, devices, times, addresses
# ----------------------------------------------------------------------------------

SITES = [  # site id, code, second octet, syslog host prefix
    ("fellside", "FS", 21), ("wyeside", "WY", 34), ("fenby", "FB", 47),
    ("tamar", "TM", 58), ("swaledale", "SW", 63),
]
LEARNERS = ["t.hodgson", "ellie.bainbridge", "s2519044", "s2608731", "jm.pritchard",
            "k.nicholson", "o.brewer", "FELLSIDE\\f.armstrong", "lilymay.wood", "b.dent",
            "j.penhale", "a.popescu", "s.gurung", "h.winstanley",
            "m.ashworth@student.fellside.ac.uk", "georgia.ridley", "24LB0317", "24LB0402",
            "r.metcalfe", "c.tregear", "d.bulmer", "amelia.skelton", "WYE\\t.powell",
            "harvey.clegg", "i.ionescu"]
APPRENTICES = ["app.jwatson", "apprentice.rbell", "n.kowalski", "w.ogden", "l.thwaite",
               "app.dprice", "FELLSIDE\\app.mcrosby"]
STAFF = ["FELLSIDE\\p.metcalfe", "d.oakley", "dsl.hartley", "s.frankland@fellside.ac.uk",
         "r.nuttall", "WYE\\g.probert", "k.jeffery"]
ROOMS = ["LIB", "EQU", "AGE", "GK", "FOR", "ANM", "BH", "CR", "WKSHP"]
BROWSERS = [("chrome.exe", " - Google Chrome"), ("chrome.exe", " - Google Chrome"),
            ("msedge.exe", " - Microsoft Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36",
]
CHAT_CTX = [("WhatsApp.exe", "WhatsApp"), ("Discord.exe", "#general | YFC Lads - Discord"),
            ("Discord.exe", "Discord"), ("Teams.exe", "Chat | Microsoft Teams"),
            ("chrome.exe", "Snapchat - Google Chrome"),
            ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
            ("msedge.exe", "Messenger | Facebook - Microsoft Edge"),
            ("firefox.exe", "(1) WhatsApp \u2014 Mozilla Firefox"),
            ("WhatsApp.exe", "WhatsApp"), ("Telegram.exe", "Telegram")]
STAFF_CTX = [("Teams.exe", "Chat | Microsoft Teams"), ("OUTLOOK.EXE", "Untitled - Message (HTML) "),
             ("WINWORD.EXE", "Document1 - Word")]
SEARCH_CTX = [("chrome.exe", "Google - Google Chrome"), ("msedge.exe", "New tab - Microsoft Edge"),
              ("firefox.exe", "New Tab \u2014 Mozilla Firefox"), ("chrome.exe", "New Tab - Google Chrome")]
NOTES_CTX = [("notepad.exe", "Untitled - Notepad"), ("ONENOTE.EXE", "Quick Notes - OneNote")]

BST_END = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.timezone.utc)
BASE = dt.datetime(2026, 10, 5, tzinfo=dt.timezone.utc)
HOURS = [8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 20,
         21, 22, 23, 0, 1]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(n):
    day = rng(n, "day", 0, 62)
    t = BASE + dt.timedelta(days=day, hours=pick(n, "hour", HOURS),
                            minutes=rng(n, "min", 0, 59), seconds=rng(n, "sec", 0, 59),
                            milliseconds=rng(n, "ms", 0, 999))
    return t


def local(t):
    """UK local time and offset string."""
    if t < BST_END:
        return t + dt.timedelta(hours=1), "+0100"
    return t, "+0000"


def epoch(t):
    return calendar.timegm(t.utctimetuple()) + t.microsecond / 1e6


def ep3(t):
    return "%.3f" % epoch(t)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def syslog_ts(t):
    lt, _ = local(t)
    return "%s %2d %s" % (MONTHS[lt.month - 1], lt.day, lt.strftime("%H:%M:%S"))


class Ctx:
    """Everything about one item's environment, all hashed from the item number."""

    def __init__(self, n, who="l"):
        self.n = n
        self.t = when(n)
        self.site, self.code, self.oct2 = pick(n, "site", SITES)
        self.who = who
        pool = {"l": LEARNERS, "a": APPRENTICES, "s": STAFF}[who]
        self.user = pick(n, "user", pool)
        self.ip = "10.%d.%d.%d" % (self.oct2, rng(n, "ip3", 1, 60), rng(n, "ip4", 2, 250))
        self.resolver = pick(n, "resolver", ["10.%d.0.53" % self.oct2, "10.0.0.53", "10.%d.0.2" % self.oct2])
        self.dst = "%s.%d.%d" % (pick(n, "dstp", ["142.250", "151.101", "104.18", "172.64", "13.107",
                                                  "52.97", "185.199", "31.13", "157.240", "18.66"]),
                                 rng(n, "dst3", 0, 255), rng(n, "dst4", 1, 254))
        self.ua = pick(n, "ua", UAS)
        self.port = rng(n, "sport", 32768, 60999)
        if who == "s":
            self.device = "%s-STAFF-LT-%02d" % (self.code, rng(n, "dev", 1, 40))
        else:
            self.device = "%s-%s-%s-%02d" % (self.code, pick(n, "room", ROOMS),
                                             pick(n, "kind", ["PC", "PC", "LT"]), rng(n, "dev", 1, 48))
        self.host_proxy = "%s-proxy01" % self.code.lower()
        self.host_dns = "%s-dns01" % self.code.lower()

# ----------------------------------------------------------------------------------
# search engines
# ----------------------------------------------------------------------------------

ENGINE_POOLS = {
    "gen": ["google"] * 3 + ["google_uk"] * 2 + ["bing"] * 2 + ["ddg"] * 2 +
           ["yahoo", "ecosia", "youtube", "tiktok", "reddit", "g_ac", "ddg_ac", "bing_ac",
            "yt_ac", "ecosia_ac"],
    "vid": ["youtube", "youtube", "tiktok", "yt_ac"],
    "tiktok": ["tiktok"],
    "reddit": ["reddit"],
    "wiki": ["wiki"],
    "amazon": ["amazon", "amazon", "amazon_ac"],
    "google": ["google", "google_uk", "g_ac"],
}
E2G_TERMS = {"google", "google_uk", "bing", "ddg", "yahoo", "ecosia", "youtube"}


def search_url(n, q, engine):
    """Return (scheme, host, path_and_query, e2guardian_terms_or_None)."""
    plus = pick(n, "enc", [True, True, False])

    def e(s):
        return quote_plus(s, safe="") if plus else quote(s, safe="")

    E = e(q)
    L = len(q)
    ms = int(epoch(when(n)) * 1000)
    if engine == "google":
        suf = pick(n, "gsuf", ["&hl=en-GB&source=hp", "&sca_esv=%s&source=hp&ei=%s" % (hexs(n, "sca", 16), b62(n, "ei", 22)),
                               "&client=firefox-b-d", "&hl=en-GB&sxsrf=%s" % b62(n, "sx", 24)])
        return "https", "www.google.com", "/search?q=%s%s" % (E, suf), q
    if engine == "google_uk":
        return "https", "www.google.co.uk", "/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8" % (E, E), q
    if engine == "bing":
        suf = pick(n, "bsuf", ["&form=QBLH", "&qs=n&form=QBRE&sp=-1&lq=0&pq=%s&sc=10-%d&sk=&cvid=%s" % (E, L, hexs(n, "cv", 32).upper()),
                               "&FORM=HDRSC1"])
        return "https", "www.bing.com", "/search?q=%s%s" % (E, suf), q
    if engine == "ddg":
        pq = pick(n, "dsuf", ["/?q=%s&t=h_&ia=web", "/?t=ffab&q=%s&ia=web", "/?q=%s&ia=web"]) % E
        return "https", "duckduckgo.com", pq, q
    if engine == "yahoo":
        return "https", "uk.search.yahoo.com", "/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8" % E, q
    if engine == "ecosia":
        return "https", "www.ecosia.org", "/search?method=index&q=%s" % E, q
    if engine == "youtube":
        return "https", "www.youtube.com", "/results?search_query=%s" % E, q
    if engine == "tiktok":
        return "https", "www.tiktok.com", "/search?q=%s&t=%d" % (E, ms), None
    if engine == "reddit":
        return "https", "www.reddit.com", pick(n, "rsuf", ["/search/?q=%s", "/search/?q=%s&type=link"]) % E, None
    if engine == "wiki":
        return "https", "en.wikipedia.org", pick(n, "wsuf", ["/w/index.php?search=%s&title=Special%%3ASearch&ns0=1",
                                                             "/w/index.php?go=Go&search=%s&title=Special%%3ASearch"]) % E, None
    if engine == "amazon":
        pre = e(q[: max(3, L // 2)])
        return "https", "www.amazon.co.uk", "/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2" % (
            E, b62(n, "crid", 13).upper(), pre, rng(n, "apsms", 60, 190)), None
    if engine == "amazon_ac":
        return "https", "completion.amazon.co.uk", ("/api/2017/suggestions?limit=11&prefix=%s&suggestion-type=KEYWORD"
                                                     "&page-type=Gateway&alias=aps&site-variant=desktop&version=3&lop=en_GB"
                                                     "&mid=A1F83G8C2ARO7P") % E, None
    if engine == "g_ac":
        return "https", "www.google.com", "/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0" % (E, L), None
    if engine == "ddg_ac":
        return "https", "duckduckgo.com", "/ac/?q=%s&kl=wt-wt" % E, None
    if engine == "bing_ac":
        return "https", "www.bing.com", "/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&csr=1&cvid=%s" % (
            E, L, hexs(n, "cvid", 32).upper()), None
    if engine == "yt_ac":
        return "https", "suggestqueries-clients6.youtube.com", (
            "/complete/search?client=youtube&hl=en-gb&gl=gb&gs_rn=64&gs_ri=youtube&ds=yt&cp=%d&gs_id=%s&q=%s&xhr=t" % (
                L, hexs(n, "gsid", 2), E)), None
    if engine == "ecosia_ac":
        return "https", "ac.ecosia.org", "/autocomplete?q=%s&type=list&mkt=en-gb" % E, None
    raise ValueError(engine)

# ----------------------------------------------------------------------------------
# line builders, one per format
# ----------------------------------------------------------------------------------


def squid_native(c, method, url, status="TCP_MISS/200", mime="text/html", size=None):
    size = size if size is not None else rng(c.n, "size", 900, 95000)
    user = c.user if pick(c.n, "sq_user", [1, 1, 1, 1, 0]) else "-"
    hier = "HIER_DIRECT/%s" % c.dst
    return "%s %6d %s %s %d %s %s %s %s %s" % (ep3(c.t), rng(c.n, "elapsed", 3, 1400), c.ip, status, size,
                                                method, url, user, hier, mime)


def squid_custom(c, method, url, host, status="TCP_MISS/200", mime="text/html", bump="bump", size=None):
    size = size if size is not None else rng(c.n, "size", 900, 95000)
    ref = pick(c.n, "ref", ['"-"', '"-"', '"https://%s/"' % host])
    return '%s %6d %s %s %s %d %s %s %s %s %s "%s" %s sni=%s bump=%s' % (
        ep3(c.t), rng(c.n, "elapsed", 3, 1400), c.ip, c.user, status, size, method, url, c.dst, mime,
        ref, c.ua, host, host, bump)


def clf_line(c, method, target, status=200, tag="TCP_MISS:HIER_DIRECT", combined=True, size=None):
    lt, off = local(c.t)
    size = size if size is not None else rng(c.n, "size", 900, 95000)
    stamp = "%02d/%s/%d:%s %s" % (lt.day, MONTHS[lt.month - 1], lt.year, lt.strftime("%H:%M:%S"), off)
    proto = pick(c.n, "proto", ["HTTP/1.1", "HTTP/1.1", "HTTP/2.0"]) if method != "CONNECT" else "HTTP/1.1"
    base = '%s - %s [%s] "%s %s %s" %d %d' % (c.ip, c.user, stamp, method, target, proto, status, size)
    if combined:
        ref = pick(c.n, "ref", ["-", "-", "-", "https://www.google.com/"])
        base += ' "%s" "%s"' % (ref, c.ua)
    return base + " " + tag


def e2g_fields(c, url, method, terms, denied=None, cat="-"):
    lt, _ = local(c.t)
    group, gnum = ("staff", "2") if c.who == "s" else ("students", "1")
    status = "403" if denied else "200"
    size = "0" if denied else str(rng(c.n, "size", 900, 95000))
    weight = str(rng(c.n, "weight", 0, 25)) if not denied else "0"
    termf = "0=%s;" % terms if terms else "-"
    return dict(date=lt.strftime("%Y.%m.%d %H:%M:%S"), user=c.user, ip=c.ip, url=url,
                action=denied or "-", method=method, size=size, weight=weight, cat=cat,
                gnum=gnum, status=status, group=group, ua=c.ua, terms=termf)


def e2g_line(c, fmt, f):
    if fmt in (2, 4):
        vals = [f["date"], f["user"], f["ip"], f["url"], f["action"], f["method"], f["size"], f["weight"],
                f["cat"], f["gnum"], f["status"], "-", f["ip"], f["group"], f["ua"], f["terms"], "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % v for v in vals)
        return "\t".join(vals)
    # format 6
    code = "0" if f["action"] == "-" else pick(c.n, "e2gcode", ["560", "454"])
    vals = [ep3(c.t), "", f["user"], f["ip"], f["ip"], f["url"], f["method"], f["status"], f["size"], "-",
            f["ua"], "-", str(rng(c.n, "dur", 0, 40)), "-", code, f["action"], f["weight"], f["cat"],
            f["group"], f["gnum"]]
    return "\t".join(vals)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method",
                    "host", "uri", "referrer", "version", "user_agent", "origin", "request_body_len",
                    "response_body_len", "status_code", "status_msg", "info_code", "info_msg", "tags", "username",
                    "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids",
                    "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string",
                   "string", "string", "string", "string", "count", "count", "count", "string", "count", "string",
                   "set[enum]", "string", "string", "set[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt",
                   "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD",
                   "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
                  "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
                  "vector[string]", "vector[interval]", "bool"]


def zeek_header(c, path, fields, types):
    lt = c.t - dt.timedelta(minutes=rng(c.n, "zopen", 1, 50))
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % lt.strftime("%Y-%m-%d-%H-%M-%S"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_uid(c):
    return "C" + b62(c.n, "uid", 17)


def zeek_http(c, host, uri, tsv):
    ts = float("%.6f" % epoch(c.t))
    status = 200
    if not tsv:
        d = {"ts": ts, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.dst,
             "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri}
        if pick(c.n, "zref", [0, 0, 1]):
            d["referrer"] = "http://%s/" % host
        d.update({"version": "1.1", "user_agent": c.ua, "request_body_len": 0,
             "response_body_len": rng(c.n, "size", 900, 95000), "status_code": status, "status_msg": "OK",
             "tags": []})
        return [json.dumps(d)]
    row = ["%.6f" % ts, zeek_uid(c), c.ip, str(c.port), c.dst, "80", "1", "GET", host, uri, "-", "1.1", c.ua,
           "-", "0", str(rng(c.n, "size", 900, 95000)), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-",
           "-", "F" + b62(c.n, "fuid", 17), "-", "text/html"]
    return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]


def zeek_dns(c, name, qtype, tsv):
    ts = float("%.6f" % epoch(c.t))
    qt = {"A": 1, "AAAA": 28, "HTTPS": 65}[qtype]
    ans = ["%s" % c.dst] if qtype == "A" else []
    if not tsv:
        d = {"ts": ts, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.resolver,
             "id.resp_p": 53, "proto": "udp", "trans_id": rng(c.n, "tid", 1, 65535),
             "rtt": float("%.6f" % (rng(c.n, "rtt", 200, 90000) / 1e6)), "query": name, "qclass": 1,
             "qclass_name": "C_INTERNET", "qtype": qt, "qtype_name": qtype, "rcode": 0, "rcode_name": "NOERROR",
             "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0}
        if ans:
            d["answers"] = ans
            d["TTLs"] = [float(rng(c.n, "ttl", 30, 300))]
        d["rejected"] = False
        return [json.dumps(d)]
    row = ["%.6f" % ts, zeek_uid(c), c.ip, str(c.port), c.resolver, "53", "udp", str(rng(c.n, "tid", 1, 65535)),
           "%.6f" % (rng(c.n, "rtt", 200, 90000) / 1e6), name, "1", "C_INTERNET", str(qt), qtype, "0", "NOERROR",
           "F", "F", "T", "T", "0", ",".join(ans) if ans else "-",
           "%d.000000" % rng(c.n, "ttl", 30, 300) if ans else "-", "F"]
    return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


def unbound_lines(c, name, qtype, mode, syslog_native=False):
    pid = "[%d:0]" % rng(c.n, "ubpid", 700, 29000)
    if mode == "epoch":
        pre = "[%d] unbound%s " % (int(epoch(c.t)), pid)
    elif syslog_native:
        pre = "unbound: %s " % pid
    else:
        pre = "%s unbound%s " % (syslog_ts(c.t), pid)
    q = "%sinfo: %s %s. %s IN" % (pre, c.ip, name, qtype)
    if mode == "pair":
        r = "%sinfo: %s %s. %s IN NOERROR %.6f 0 %d" % (pre, c.ip, name, qtype, rng(c.n, "rt", 1000, 90000) / 1e6,
                                                       rng(c.n, "rsz", 40, 220))
        return [q, r]
    return [q]


def dnsmasq_lines(c, name, qtype, extra, with_reply):
    pid = rng(c.n, "dmpid", 400, 30000)
    pre = "%s dnsmasq[%d]: " % (syslog_ts(c.t), pid)
    if extra:
        idn = rng(c.n, "dmid", 1, 99999)
        mid = "%d %s/%d " % (idn, c.ip, c.port)
    else:
        mid = ""
    out = ["%s%squery[%s] %s from %s" % (pre, mid, qtype, name, c.ip)]
    if with_reply:
        up = pick(c.n, "upstream", ["1.1.1.1", "8.8.8.8", "9.9.9.9", "208.67.222.123"])
        out.append("%s%sforwarded %s to %s" % (pre, mid, name, up))
        out.append("%s%sreply %s is %s" % (pre, mid, name, c.dst))
    return out


def bind_line(c, name, qtype, rpz, syslog=False):
    lt, _ = local(c.t)
    stamp = "%02d-%s-%d %s.%03d" % (lt.day, MONTHS[lt.month - 1], lt.year, lt.strftime("%H:%M:%S"),
                                    lt.microsecond // 1000)
    client = "client @0x7f%s %s#%d (%s):" % (hexs(c.n, "bptr", 10), c.ip, c.port, name)
    if rpz:
        body = "rpz: info: %s rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (client, name, qtype, name)
    else:
        flags = pick(c.n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)", "-E(0)DC", "+ET(0)K"])
        body = "queries: info: %s query: %s IN %s %s (%s)" % (client, name, qtype, flags, c.resolver)
    if syslog:
        return body
    return "%s %s" % (stamp, body)

# ----------------------------------------------------------------------------------
# wrappers (syslog RFC 3164 / 5424, JSON envelopes)
# ----------------------------------------------------------------------------------


def _jv(v):
    return json.dumps(v, ensure_ascii=False).replace("/", "\\/")


def wrap(c, msg, tag, path, kind, host):
    lt, _ = local(c.t)
    if kind == "3164":
        pri = pick(c.n, "pri", [134, 166, 30, 14])
        return "<%d>%s %s %s: %s" % (pri, syslog_ts(c.t), host, tag, msg)
    if kind == "5424":
        pri = pick(c.n, "pri", [134, 166, 30, 14])
        app = tag.split("[")[0]
        procid = tag.split("[")[1].rstrip("]") if "[" in tag else "-"
        return "<%d>1 %s %s %s %s - - %s" % (pri, iso_z(c.t), host, app, procid, msg)
    if kind == "json_rsyslog":
        rec = c.t + dt.timedelta(seconds=rng(c.n, "lag", 1, 40))
        ts = rec.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % rec.microsecond
        parts = [("ts_received", ts), ("host", host), ("source", tag.split("[")[0]), ("file", path), ("message", msg)]
        return "{" + ", ".join('"%s":%s' % (k, _jv(v)) for k, v in parts) + "}"
    if kind == "json_simple":
        d = {"@timestamp": iso_z(c.t), "host": {"name": host}, "log": {"file": {"path": path}}, "message": msg}
        return json.dumps(d, ensure_ascii=False)
    raise ValueError(kind)

# ----------------------------------------------------------------------------------
# per-kind rendering
# ----------------------------------------------------------------------------------

# Formats are dealt out per source group: items of a group are ranked by SHA-256 of
# (item number, "fmtrank") and take the pool below in turn, so proportions are exact.
PROXY_FMTS = ["squid", "clf", "e2guardian", "zeek-http", "squid", "e2guardian", "clf", "squid", "zeek-http",
              "e2guardian", "squid", "clf", "auto"]
DNS_FMTS = ["unbound", "dnsmasq", "bind", "zeek-dns", "squid", "unbound", "dnsmasq", "bind", "zeek-dns", "auto",
            "unbound", "dnsmasq", "bind", "zeek-dns", "clf", "unbound", "dnsmasq", "bind", "zeek-dns",
            "e2guardian", "auto"]
END_FMTS = ["endpoint"] * 11 + ["auto"]
GROUP = {"search": "proxy", "url": "proxy", "domain": "dns", "text": "end", "frag": "end", "title": "end",
         "visit": "end", "proc": "end", "heartbeat": "end"}
POOLS = {"proxy": PROXY_FMTS, "dns": DNS_FMTS, "end": END_FMTS}


def render_http(c, scheme, host, pq, terms, fmt, blocked=False):
    """Render one HTTP(S) request in a proxy format. Returns (fmt, lines)."""
    url = "%s://%s%s" % (scheme, host, pq)
    n = c.n
    if fmt == "auto":
        inner = pick(n, "auto_inner", ["squid", "squid", "clf", "e2guardian", "zeek-http"])
        if inner == "zeek-http":
            lines = zeek_http(c, host, pq, False)
            kind = pick(n, "wrapk", ["json_simple", "json_rsyslog", "none"])
            if kind == "none":
                return "auto", lines
            return "auto", [wrap(c, lines[0], "zeek-http", "/opt/zeek/logs/current/http.log", kind, "%s-zeek01" % c.code.lower())]
        _, lines = render_http(c, scheme, host, pq, terms, inner)
        kind = pick(n, "wrapk", ["3164", "3164", "5424", "json_rsyslog", "none"])
        if kind == "none":
            return "auto", lines
        tag, path = {"squid": ("squid-access", "/var/log/squid/access.log"),
                     "clf": ("squid-access", "/var/log/squid/access.log"),
                     "e2guardian": ("e2guardian[%d]" % rng(n, "e2pid", 300, 9000), "/var/log/e2guardian/access.log")}[inner]
        return "auto", [wrap(c, l, tag, path, kind, c.host_proxy) for l in lines]
    if fmt == "squid":
        if pick(n, "sqv", [0, 0, 0, 1]):
            return fmt, [squid_custom(c, "GET", url, host)]
        return fmt, [squid_native(c, "GET", url)]
    if fmt == "clf":
        return fmt, [clf_line(c, "GET", url, combined=pick(n, "comb", [True, True, False]))]
    if fmt == "e2guardian":
        f = e2g_fields(c, url, "GET", terms)
        return fmt, [e2g_line(c, pick(n, "e2fmt", [2, 4, 6]), f)]
    if fmt == "zeek-http":
        return fmt, zeek_http(c, host, pq, pick(n, "tsv", [False] * 5 + [True]))
    raise ValueError(fmt)


def render_domain(c, name, fmt, positive):
    n = c.n
    qtype = pick(n, "qtype", ["A", "A", "A", "AAAA", "HTTPS"])
    if fmt == "auto":
        inner = pick(n, "auto_inner", ["unbound", "dnsmasq", "bind", "zeek-dns", "squid"])
        if inner == "unbound" and pick(n, "ubsys", [0, 1]):
            line = unbound_lines(c, name, qtype, "single", syslog_native=True)[0]
            return "auto", ["<30>%s %s %s" % (syslog_ts(c.t), c.host_dns, line)]
        if inner == "bind" and pick(n, "bsys", [0, 1]):
            body = bind_line(c, name, qtype, False, syslog=True)
            return "auto", ["<30>%s %s named[%d]: %s" % (syslog_ts(c.t), c.host_dns, rng(n, "npid", 400, 9000), body)]
        _, lines = render_domain(c, name, inner, positive)
        if inner == "zeek-dns":
            lines = lines[-1:] if lines[0].startswith("{") else lines
            kind = pick(n, "wrapk", ["json_simple", "json_rsyslog", "none"])
            if kind == "none" or not lines[0].startswith("{"):
                return "auto", lines
            return "auto", [wrap(c, lines[0], "zeek-dns", "/opt/zeek/logs/current/dns.log", kind, "%s-zeek01" % c.code.lower())]
        kind = pick(n, "wrapk", ["3164", "5424", "json_rsyslog", "json_rsyslog", "none"])
        if kind == "none":
            return "auto", lines
        tag, path, host = {"unbound": ("unbound", "/var/log/unbound/unbound.log", c.host_dns),
                           "dnsmasq": ("dnsmasq-log", "/var/log/pihole/pihole.log", c.host_dns),
                           "bind": ("named-queries", "/var/log/named/queries.log", c.host_dns),
                           "squid": ("squid-access", "/var/log/squid/access.log", c.host_proxy)}[inner]
        return "auto", [wrap(c, l, tag, path, kind, host) for l in lines]
    if fmt == "unbound":
        return fmt, unbound_lines(c, name, qtype, pick(n, "ubmode", ["single", "single", "pair", "epoch"]))
    if fmt == "dnsmasq":
        return fmt, dnsmasq_lines(c, name, qtype, pick(n, "dmx", [True, True, False]), pick(n, "dmr", [False, False, True]))
    if fmt == "bind":
        rpz = positive and pick(n, "rpz", [False, False, True])
        return fmt, [bind_line(c, name, qtype, rpz)]
    if fmt == "zeek-dns":
        return fmt, zeek_dns(c, name, qtype, pick(n, "tsv", [False] * 5 + [True]))
    if fmt == "squid":
        if pick(n, "sqv", [0, 1]):
            size0 = 0
            l1 = '%s %6d %s - NONE_NONE/200 %d CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
                ep3(c.t), rng(n, "el1", 0, 3), c.ip, size0, c.dst, c.ua, c.dst, name)
            c2 = c.t + dt.timedelta(milliseconds=rng(n, "tun", 200, 90000))
            l2 = '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
                ep3(c2), rng(n, "el2", 200, 90000), c.ip, c.user, rng(n, "size", 2000, 900000), c.dst, c.dst,
                c.ua, c.dst, name)
            return fmt, [l1, l2]
        return fmt, [squid_native(c, "CONNECT", "%s:443" % name, status="TCP_TUNNEL/200", mime="-",
                                  size=rng(n, "size", 2000, 900000))]
    if fmt == "clf":
        return fmt, [clf_line(c, "CONNECT", "%s:443" % name, tag="TCP_TUNNEL:HIER_DIRECT",
                              combined=pick(n, "comb", [True, False]), size=rng(n, "size", 2000, 900000))]
    if fmt == "e2guardian":
        denied = None
        if positive and pick(n, "deny", [0, 1]):
            denied = "*DENIED* Banned site: %s" % name
        f = e2g_fields(c, "https://%s:443" % name, "CONNECT", None, denied=denied)
        return fmt, [e2g_line(c, pick(n, "e2fmt", [2, 4, 6]), f)]
    raise ValueError(fmt)


def ep_json(c, t, event, process, title, text=None, url=None, device=None):
    n = c.n
    d = {"ts": iso_z(t)}
    if pick(n, "epsite", [1, 1, 1, 0]):
        d["site"] = c.site
    d["device"] = device or c.device
    d["user"] = c.user
    d["event"] = event
    if process is not None:
        d["process"] = process
    if title is not None or event in ("text_capture", "window_title"):
        d["window_title"] = title
    if event == "text_capture":
        d["text"] = text
        if pick(n, "epurl", [0, 1]):
            d["url"] = None
    if event == "url_visit":
        d["url"] = url
    return json.dumps(d, ensure_ascii=bool(pick(n, "epascii", [0, 0, 1])))


def maybe_wrap_endpoint(c, fmt, lines):
    if fmt != "auto":
        return lines
    kind = pick(c.n, "wrapk", ["json_simple", "json_rsyslog", "5424", "3164", "none"])
    if kind == "none":
        return lines
    tag = "guardline-agent[%d]" % rng(c.n, "gpid", 1000, 9000)
    return [wrap(c, l, tag, "C:\\ProgramData\\Guardline\\events.jsonl", kind, c.device) for l in lines]


def chat_ctx(c, ctx):
    n = c.n
    if isinstance(ctx, tuple):
        return ctx
    if ctx == "chat":
        if c.who == "s":
            return pick(n, "ctx", STAFF_CTX)
        return pick(n, "ctx", CHAT_CTX)
    if ctx == "search":
        return pick(n, "ctx", SEARCH_CTX)
    if ctx == "notes":
        return pick(n, "ctx", NOTES_CTX)
    raise ValueError(ctx)


def split_points(n, text):
    L = len(text)
    pieces = pick(n, "npieces", [2, 2, 3]) if L >= 24 else 2
    cuts = set()
    k = 0
    while len(cuts) < pieces - 1:
        p = rng(n, "cut%d" % k, 3, L - 3)
        k += 1
        if all(abs(p - q) >= 4 for q in cuts):
            cuts.add(p)
    cuts = sorted(cuts)
    out, prev = [], 0
    for p in cuts:
        out.append(text[prev:p])
        prev = p
    out.append(text[prev:])
    assert "".join(out) == text
    return out


def render(n, spec, fmt):
    kind, payload, opt = spec["kind"], spec["payload"], spec["opt"]
    c = Ctx(n, opt.get("who", "l"))
    positive = bool(spec["expect"])
    if kind == "search":
        eng = pick(n, "engine", ENGINE_POOLS[opt["eng"]])
        scheme, host, pq, terms = search_url(n, payload, eng)
        if eng not in E2G_TERMS:
            terms = None
        return render_http(c, scheme, host, pq, terms, fmt)
    if kind == "url":
        scheme, rest = payload.split("://", 1)
        host = rest.split("/", 1)[0]
        pq = rest[len(host):] or "/"
        return render_http(c, scheme, host, pq, None, fmt)
    if kind == "domain":
        return render_domain(c, payload, fmt, positive)
    if kind in ("text", "frag"):
        proc, title = chat_ctx(c, opt["ctx"])
        if kind == "text":
            lines = [ep_json(c, c.t, "text_capture", proc, title, text=payload)]
        else:
            parts = split_points(n, payload)
            t, lines = c.t, []
            for i, p in enumerate(parts):
                if i:
                    t = t + dt.timedelta(seconds=rng(n, "gap%d" % i, 2, 12), milliseconds=rng(n, "gapms%d" % i, 0, 999))
                lines.append(ep_json(c, t, "text_capture", proc, title, text=p))
        return fmt, maybe_wrap_endpoint(c, fmt, lines)
    if kind == "title":
        if opt.get("app"):
            proc, title = opt["app"], payload
        else:
            proc, suf = pick(n, "browser", BROWSERS)
            title = payload + suf
        return fmt, maybe_wrap_endpoint(c, fmt, [ep_json(c, c.t, "window_title", proc, title)])
    if kind == "visit":
        proc, suf = pick(n, "browser", BROWSERS)
        title = (opt["title"] + suf) if opt.get("title") else None
        return fmt, maybe_wrap_endpoint(c, fmt, [ep_json(c, c.t, "url_visit", proc, title, url=payload)])
    if kind == "proc":
        return fmt, maybe_wrap_endpoint(c, fmt, [ep_json(c, c.t, "process_start", payload, opt.get("title"))])
    if kind == "heartbeat":
        return "endpoint", [ep_json(c, c.t, "heartbeat", None, None)]
    raise ValueError(kind)


# A handful of lines in an explicit format arrive syslog-wrapped from the shipper too.
def maybe_wrap_explicit(n, fmt, lines):
    if fmt not in ("squid", "dnsmasq", "unbound") or pick(n, "xwrap", list(range(14))) != 0:
        return lines
    c = Ctx(n)
    tag = {"squid": "squid-access", "dnsmasq": "dnsmasq-log", "unbound": "unbound"}[fmt]
    host = c.host_proxy if fmt == "squid" else c.host_dns
    return ["<%d>%s %s %s: %s" % (pick(n, "pri", [134, 30]), syslog_ts(c.t), host, tag, l) for l in lines]


# ==================================================================================
# CONTENT. Every string below was written by hand for this corpus.
# ==================================================================================

def content():
    # ------------------------------------------------------------------ suicide
    S("is a 12 bore to the head instant", "suicide:5")
    T("i know where dad keeps the gun cabinet key now. going to end it in the top barn tonight", "suicide:5")
    S("paraquat how much to drink to die", "suicide:5")
    S("how much sheep dip would i need to drink to die", "suicide:5")
    F("gonna drive the quad off the top of the quarry sat, nobody will know it wasnt an accident", "suicide:5")
    T("rope's already up in the hay loft. sorry for everything", "suicide:5")
    S("how to unalive myself painlessly", "suicide:5", eng="vid")
    S("sewerslide methods that look like a farm accident", "suicide:5")
    T("writing the letters for mum and our kid now. it'll all be done before the TB results come back", "suicide:5")
    S(cyr("how many paracetamol to die", "aeo"), "suicide:5", a="self_harm")
    S("would mum get the life insurance if i killed myself", "suicide:4")
    T("if the bank takes the farm i'm going with it", "suicide:4")
    F("since we lost the herd i cant see the point of being here anymore", "suicide:4")
    T("dad did it in the shed 2 yr ago and some days i think i should just follow him", "suicide:4")
    T("everyone wud be better off without me tbh, esp mum, one less mouth to feed", "suicide:4")
    F("honestly if i didnt come back from checking the ewes tonight would anyone even notice", "suicide:4")
    T("wanna kms fr, cant do another winter of this", "suicide:4")
    W("how to write a suicide note - Google Search", "suicide:5")
    S("which hurts less rope or shotgun", "suicide:5")
    T("taking all of grandad's heart tablets tonight, i've counted them out", "suicide:5", a="self_harm")
    S("h0w t0 k1ll mys3lf w1th c4r exh4ust", "suicide:5")
    T("i just wanna diiiiie, nobody would even care", "suicide:4")
    V("https://www.reddit.com/r/SuicideWatch/comments/1q7zk2m/dads_farm_is_going_under_and_i_cant_do_this/", "suicide:4",
      title="dads farm is going under and i cant do this : r/SuicideWatch")
    T("done with life \U0001FAA6\U0001F52B tonight", "suicide:5")
    T("my dad keeps saying he'll take the shotgun to himself if the herd fails the TB test again", "suicide:4")
    T("i keep thinking about jumping off the viaduct on the way home from college", "suicide:5")
    S(zw("suicide quickest way", "suicide"), "suicide:5")
    T(bold("i want to die"), "suicide:4")

    # ---------------------------------------------------------------- self harm
    T("cut again last night with a stanley blade from the workshop", "self_harm:4")
    S("how to hide cuts from your mum", "self_harm:4")
    T("burnt my arm on the tractor exhaust on purpose, felt better for a bit", "self_harm:4")
    S("how deep is too deep when cutting", "self_harm:4", a="suicide")
    T("relapsed after 4 months clean \U0001F614 at least it didnt go to beans", "self_harm:4")
    S("sh scars healing fast tips", "self_harm:4", eng="vid")
    T("i punch the barn wall till my knuckles bleed, only thing that helps", "self_harm:4")
    S("s3lf h4rm w1th0ut sc4rs", "self_harm:4")
    T(cyr("i can't stop cutting myself"), "self_harm:4")
    T("wearing long sleeves at the show again cos of my arms \U0001F614 boiling", "self_harm:4")
    S("pro ana tips to stop eating before the ball", "self_harm:3")
    F("i deserve the pain, thats why i keep doing it to myself", "self_harm:4")
    S("how to get the blade out of a pencil sharpener", "self_harm:4")
    T("i h u r t myself again last night", "self_harm:4")
    W("#shtwt - Search / X", "self_harm:4")
    S("hitting myself so it bruises instead of cutting", "self_harm:4")
    T("took 8 ibuprofen to see what would happen", "self_harm:4", a="suicide")
    S("cat scratch excuse for cuts on arm", "self_harm:4")
    S(zw("self harm to feel something", "self harm", "\u200d"), "self_harm:4", eng="tiktok")
    T("used the castrating knife on my leg, its not deep, dont tell anyone", "self_harm:4")
    T("sh again. 3 this time", "self_harm:4")

    # ----------------------------------------------------------- radicalisation
    S("patriotic alternative how to join", "radicalisation:4", a="discrimination")
    S("active club uk near me join", "radicalisation:4")
    S("great replacement is it real", "radicalisation:3", a="discrimination")
    T("our lad's handing out patriotic alternative stickers at the mart, wants me to go to a meeting in kendal",
      "radicalisation:4", a="discrimination")
    S("remigration now speech", "radicalisation:3", a="discrimination", eng="vid")
    D("www.stormfront.org", "radicalisation:4", a="discrimination")
    S("brenton tarrant manifesto pdf", "radicalisation:4", a="violence")
    S("christchurch mosque shooting full video uncut", "radicalisation:4", a="violence")
    T("theyre filling the hotel in town with migrants, time someone sorted it like they did in rotherham",
      "radicalisation:4", a="violence discrimination")
    S("how to make a molotov for the migrant hotel", "radicalisation:5", a="violence")
    S("h1tl3r w4s r1ght", "radicalisation:3", a="discrimination")
    T("1488 brother, check the telegram link i sent", "radicalisation:4")
    S("anwar al awlaki lectures download", "radicalisation:4")
    S("national action still active uk how to join", "radicalisation:4")
    S("white lives matter banner drop ideas", "radicalisation:3", a="discrimination")
    W("Patriotic Alternative Hiking Group \u2013 Telegram", "radicalisation:4", app="Telegram.exe")
    S("siege james mason pdf", "radicalisation:4")
    T(cyr("join the race war before its too late"), "radicalisation:4", a="violence")
    S("how to get into terrorgram channels", "radicalisation:4")
    S("based british nationalist edits", "radicalisation:3", eng="tiktok")
    S("isis nasheed download mp3", "radicalisation:4")

    # ---------------------------------------------------------------- grooming
    T("this bloke from the facebook sheep group says he'll give me a job on his farm if i go up on my own and dont tell mum",
      "grooming:4")
    T("you're really mature for 14, not like the other girls at the yard", "grooming:4", who="a")
    T("delete our messages after u read them yeah, your dad wouldnt understand", "grooming:4", who="a")
    T("meet me behind the cattle lines after 6, come on your own and i'll bring the vodka", "grooming:5", who="a")
    F("i'll pick you up from the bus stop by the mart saturday, dont tell anyone where youre going", "grooming:5", who="a")
    T("he's 27 and wants me to stay in his caravan after the county show, should i?", "grooming:5")
    T("he keeps asking for pics of me in my jods", "grooming:4")
    T("just one pic, no one will ever see it i promise x", "grooming:4", who="a")
    T("someone on insta says he'll send my pics to everyone in my contacts if i dont pay him \u00a3300 by tonight",
      "grooming:4", a="illegal_content")
    S("what to do if someone is blackmailing you with nudes", "grooming:4", a="illegal_content")
    T("i'll buy you that new bridle if you're nice to me \U0001F609", "grooming:4", who="a")
    T("our little secret ok? come to the lambing shed any time, just you", "grooming:4", who="a")
    T("how old r u? u look older in ur pics. got snap?", "grooming:4", who="a")
    T("a man from the young farmers whatsapp keeps messaging me at night asking if i'm alone", "grooming:4")
    F("i'll be parked in the layby on the b road at 9, get in the back and keep your head down", "grooming:5", who="a")
    W("he asked me to send nudes what do i do - Google Search", "grooming:4", a="illegal_content")
    T(cyr("don't tell your mum about us, she wouldn't get it", "aeo"), "grooming:4", who="a")
    T(zw("send me a pic in your uniform", "send me a pic"), "grooming:4", a="illegal_content", who="a")
    T("he says he's 16 but he sounded like a grown man on the call and he wants to meet at the show on sunday", "grooming:5")
    T("no one has to know, you can stay at mine after the ball, i'll tell your mum you're at jess's", "grooming:5", who="a")

    # ---------------------------------------------------------------- bullying
    T("nobody wants you at yfc, you stink of slurry, just stop coming", "bullying:3")
    T("kys you inbred tractor boy", "bullying:3", a="suicide")
    T("made a new gc without her lol she's so desperate", "bullying:3")
    T("everyone's seen the vid of you falling in the muck heap, its gone round every school in the county \U0001F602",
      "bullying:3")
    T("fat cow, even your heifers are prettier than you", "bullying:3")
    T("post the pic of him crying at the sale again, lets get it to 1k", "bullying:3")
    S("how to make a fake instagram of someone to embarrass them", "bullying:3")
    T("u r a w4st3 0f sp4c3 n0 1 l1k3s u", "bullying:3")
    T("if you tell sir we'll make it ten times worse on the bus", "bullying:3", a="violence")
    T("no one likes you, not even your own dad", "bullying:3")
    T("everyone spam his dms till he deletes his account", "bullying:3")
    T("you're such a l o s e r, go cry to your sheep", "bullying:3")
    T("get him in the changing room after rugby, take his phone and film it", "bullying:3", a="violence")
    W("rate the ugliest girl in year 10 \U0001F447 - Instagram", "bullying:3")
    T("she's such a sket, everyone knows what she did after the ball", "bullying:3")
    T("go hang yourself nobody would care", "bullying:3", a="suicide")

    # ---------------------------------------------------------- discrimination
    T("them romanian pickers are all thieves, lock your sheds", "discrimination:3")
    T("send the bulgarians home, taking all the farm jobs", "discrimination:3")
    T("fucking gyppos at appleby again, town stinks for a week after", "discrimination:3")
    T("p1key scum camped in the lay-by again", "discrimination:3")
    T("the nepalis in the caravans stink of curry lol", "discrimination:3")
    S("why are eastern europeans so dirty", "discrimination:3")
    T("goin to the p@ki shop for fags want owt", "discrimination:3")
    T("we dont want no polish rats in our club", "discrimination:3")
    T(cyr("go back to your own country"), "discrimination:3")
    T("he's such a f*g, bet he's never even kissed a girl", "discrimination:3", a="bullying")
    T("that tranny in year 11 shouldnt be allowed in the girls changing", "discrimination:3", a="bullying")
    S("jokes about gypsies and travellers", "discrimination:3")
    T("white britain only, no more immigrants in our villages", "discrimination:3", a="radicalisation")
    T("the romanians get paid cash in hand and still claim benefits, parasites the lot of them", "discrimination:3")
    T("we don't want a n1gg3r on the team", "discrimination:3")
    S("muslims out of britain petition", "discrimination:3", a="radicalisation")

    # ----------------------------------------------------------- adult content
    D("www.pornhub.com", "adult_content:3")
    D("xhamster.com", "adult_content:3")
    S("onlyfans leaks free", "adult_content:3")
    S("farmers daughter porn", "adult_content:3")
    S("p0rnhub unblocked", "adult_content:3 filter_bypass:2")
    D("chaturbate.com", "adult_content:3")
    S("snapchat premium nudes accounts", "adult_content:3")
    W("Free Porn Videos - XVIDEOS.COM", "adult_content:3")
    U("https://www.reddit.com/r/gonewild/", "adult_content:3")
    S("n.u.d.e.s leaked", "adult_content:3")
    T("anyone got the link for that hentai site", "adult_content:3")
    S("sex videos free no sign up", "adult_content:3")
    V("https://www.xnxx.com/search/stepsister", "adult_content:3")
    S("corn hub link that works", "adult_content:3", a="filter_bypass")
    T("\U0001F33D sites that arent blocked on college wifi?", "adult_content:3 filter_bypass:2")
    D("onlyfans.com", "adult_content:3")

    # ------------------------------------------------------------------- drugs
    T("any1 got ket for saturday", "drugs:3")
    T("the fridge at the practice isnt even locked, could easy take a bottle of ketaset and no one would know", "drugs:3")
    S("how many lines in a 10ml bottle of vet ketamine", "drugs:3")
    S("how to cook liquid ket into powder", "drugs:3")
    T("k hole at the ball was unreal \U0001F635\u200d\U0001F4AB", "drugs:3")
    S("autoflower seeds next day delivery uk discreet", "drugs:3")
    S("how to hide grow tent smell in a barn", "drugs:3")
    T("lads have got 40 plants going in the old pig shed, need someone to water them weekends, 200 quid", "drugs:3")
    T("need a runner for the kendal line, cash every day, no questions", "drugs:3", a="grooming")
    T("got a plug in grantham, does bags of ching, dm me", "drugs:3")
    T("who's got sniff for tonight", "drugs:3")
    T("\U0001F343\u2744\uFE0F\U0001F48A dm for menu, dropping to all the villages round sleaford", "drugs:3")
    S("wh3r3 t0 buy w33d 1n h3r3f0rd", "drugs:3")
    T("bring the gas and balloons to the field after the show", "drugs:3")
    S("can you get high off horse sedative", "drugs:3")
    S("how to get served at the yfc ball if you're 16", "drugs:2")
    S("how much vodka to get blackout drunk", "drugs:2")
    T("smuggle a bottle of vodka into the barn dance in your wellies lol", "drugs:2")
    F("i'll drop the bag at the bus shelter by the church, leave the money under the bin", "drugs:3")
    S(cyr("buy weed online uk", "eo"), "drugs:3")
    S("what happens if you mix ket and alcohol", "drugs:3")
    T("where can i get c.o.k.e in barnstaple tonight", "drugs:3")
    T("anyone selling za round penrith", "drugs:3")
    T("county lines pay good, my cousin makes 500 a week running to workington, said he can get me in", "drugs:3",
      a="grooming")

    # ---------------------------------------------------------------- gambling
    D("www.bet365.com", "gambling:2")
    D("www.paddypower.com", "gambling:2")
    S("each way treble tips cheltenham tomorrow", "gambling:2")
    S("how to bet under 18 uk without id", "gambling:2")
    T("put my whole wage on the 3:15 at uttoxeter, if it comes in i'm buying a quad", "gambling:2")
    T("lend us 50 quid til friday, i'll win it back on the dogs", "gambling:2")
    S("romford greyhounds trap stats betting tips", "gambling:2")
    U("https://m.skybet.com/horse-racing/meetings", "gambling:2")
    S("betfair exchange lay betting explained", "gambling:2")
    S("fr33 b3ts n0 d3p0s1t", "gambling:2")
    D("sports.williamhill.com", "gambling:2")
    S("stake.com vpn uk", "gambling:2 filter_bypass:2")
    W("Live Roulette | Paddy Power Games", "gambling:2")
    T("lost all my apprentice wages on the horses again and mum doesnt know", "gambling:2")
    S("online slots that take paysafecard", "gambling:2")
    S("acca tips saturday racing naps", "gambling:2")
    S("how to win on fruit machines in the pub", "gambling:2")

    # ---------------------------------------------------------------- violence
    T("next time he opens his mouth i'm putting the pitchfork through him", "violence:5")
    T("bringing dad's shotgun in on monday, they'll all be sorry", "violence:5")
    T("we're battering him with fence posts after the ball, bring the lads", "violence:5")
    F("i'll be waiting for him by the cattle grid with the billhook", "violence:5")
    S("how to saw off a shotgun barrel", "violence:4", a="illegal_content")
    S("how to make a bomb with fertiliser", "violence:5", a="radicalisation")
    T("g0nn4 sh00t up th3 c0ll3g3 fr1d4y", "violence:5")
    S("how to hurt someone without leaving marks", "violence:4")
    T("dad hit mum again last night when he got back from the pub, i hid in the lambing shed", "violence:4")
    T("he locks us in when he's drunk and says no one will hear us out here", "violence:4")
    S("what to do if your dad hits your mum and you live miles from anyone", "violence:4")
    S("hare coursing lincolnshire whatsapp group", "violence:3")
    S("best lurcher for coursing hares at night", "violence:3")
    S("how to get into dog fighting uk", "violence:3")
    S("badger baiting videos", "violence:3", eng="vid")
    T("getting the terriers out to the sett saturday, bring a spade and a camera", "violence:3")
    T("kicked the farm cat in the slurry pit for a laugh, got it on video", "violence:3")
    S("where to buy a zombie knife uk", "violence:3", a="illegal_content")
    S("knuckle duster", "violence:3", eng="amazon")
    T("carrying a machete now since they started coming round the village", "violence:3")
    T("lamping deer on the estate next door tonight, bring the .22, no one has a ticket for it", "violence:3",
      a="illegal_content")
    T("gonna torch his dad's barn with the hay in it", "violence:5")
    S("how to poison a neighbours dog without getting caught", "violence:4")
    T("i swear i'll run him over with the tractor if he touches my sister again", "violence:5")
    T("hold his head in the water trough till he says sorry", "violence:4", a="bullying")
    T(cyr("i'm going to kill him, i've got the knife in my bag", "aeo"), "violence:5")
    S("balisong butterfly knife buy uk", "violence:3", a="illegal_content", eng="amazon")

    # ----------------------------------------------------------- filter bypass
    S("how to get round smoothwall on college wifi", "filter_bypass:2")
    D("psiphon.ca", "filter_bypass:2")
    P("tor.exe", "filter_bypass:2")
    D("www.croxyproxy.com", "filter_bypass:2")
    S("unblocked games 76", "filter_bypass:2 gaming:1")
    T("use your phone hotspot, the college filter can't see it then", "filter_bypass:2")
    S("free vpn that works on school chromebook", "filter_bypass:2")
    S("pr0xy s1t3s n0t bl0ck3d", "filter_bypass:2")
    V("https://www.hidemyass.com/en-gb/proxy", "filter_bypass:2", title="Free Web Proxy | Hide My Ass!")
    S("how to remove securly extension from chromebook", "filter_bypass:2")
    P("ProtonVPN.exe", "filter_bypass:2")
    S("use google translate as a proxy to open blocked sites", "filter_bypass:2")
    D("www.torproject.org", "filter_bypass:2")
    D("nordvpn.com", "filter_bypass:2")
    S("how to find admin password on college laptop to turn off the filter", "filter_bypass:2", a="hacking")
    P("psiphon3.exe", "filter_bypass:2")

    # ----------------------------------------------------------------- hacking
    S("how to hack someones snapchat 2026", "hacking:3")
    S("john deere starfire 6000 activation crack", "hacking:2")
    S("how to remove the tracker from a stolen trimble gps", "hacking:2", a="illegal_content")
    T("selling cracked fortnite accounts, og skins, cheap, dm", "hacking:2", a="gaming")
    S("wifi password cracker apk", "hacking:2")
    P("mimikatz.exe", "hacking:2")
    S("ip booter to ddos someone on xbox", "hacking:2")
    T("got mr hughes's moodle password off the sticky note on his monitor, gonna change my grade", "hacking:3")
    S("usb keylogger to get teacher passwords", "hacking:3")
    S("h4ck 1nst4gr4m p4ssw0rd", "hacking:3")
    D("hackforums.net", "hacking:2")
    S("how to change the serial number on a john deere gps receiver", "hacking:2", a="illegal_content")
    S("buy cheap netflix accounts cracked", "hacking:2", a="piracy")
    P("cheatengine-x86_64.exe", "hacking:2", a="gaming")
    S("sql injection to get into the college mis", "hacking:3")

    # ------------------------------------------------------------------ piracy
    S("farming simulator 25 free download full version crack", "piracy:1")
    D("1337x.to", "piracy:1")
    S("watch cheltenham festival free stream", "piracy:1")
    P("qbittorrent.exe", "piracy:1")
    D("thepiratebay.org", "piracy:1")
    S("clarksons farm season 4 free online 123movies", "piracy:1")
    T("anyone got a firestick link for the rugby, not paying sky", "piracy:1")
    U("https://yts.mx/browse-movies", "piracy:1")
    S("premier league free stream reddit", "piracy:1")

    # --------------------------------------------------- gaming / social media
    D("www.roblox.com", "gaming:1")
    P("FarmingSimulator2025.exe", "gaming:1", title="Farming Simulator 25")
    S("fs25 best mods lincolnshire map", "gaming:1")
    D("store.steampowered.com", "gaming:1")
    W("Fortnite", "gaming:1", app="FortniteClient-Win64-Shipping.exe")
    S("roblox farm tycoon codes", "gaming:1")
    U("https://www.twitch.tv/directory/category/farming-simulator-25", "gaming:1")
    D("www.snapchat.com", "social_media:1")
    D("www.instagram.com", "social_media:1")
    W("TikTok - Make Your Day", "social_media:1")
    U("https://www.facebook.com/groups/ukfarminglads/", "social_media:1")
    D("www.tiktok.com", "social_media:1")
    W("(2) Instagram \u2022 Direct", "social_media:1")
    U("https://x.com/home", "social_media:1")

    # --------------------------------------------------------- illegal content
    S("cp links telegram", "illegal_content:5", a="adult_content")
    T("got nudes of that year 10 girl from the ball, want them?", "illegal_content:4", a="adult_content bullying")
    S("where to buy a fake id uk", "illegal_content:3")
    S("buy shotgun without certificate uk", "illegal_content:3", a="violence")
    S("dark web market links 2026 onion", "illegal_content:3", a="drugs")
    T("airdrop the vid of her at the ball to everyone lol she's only 15", "illegal_content:4", a="adult_content bullying")
    S("leaked nudes of schoolgirls discord", "illegal_content:5", a="adult_content")
    S("counterfeit 20s for sale", "illegal_content:3")
    S("how to get a gun illegally in the uk", "illegal_content:3", a="violence")
    S("t33n nud3s tr4d3", "illegal_content:5", a="adult_content")

    # more DNS-visible positives
    D("www.xvideos.com", "adult_content:3")
    D("www.ladbrokes.com", "gambling:2")
    D("m.coral.co.uk", "gambling:2")
    D("stake.com", "gambling:2")
    D("protonvpn.com", "filter_bypass:2")
    D("fmovies24.to", "piracy:1")
    D("www.twitch.tv", "gaming:1")
    D("www.facebook.com", "social_media:1")
    D("www.patrioticalternative.org.uk", "radicalisation:4", a="discrimination")
    D("cracked.io", "hacking:2", a="piracy")

    # ==============================================================================
    # HARD NEGATIVES
    # ==============================================================================
    # shooting, game management, pest control
    S("shotgun certificate application cumbria constabulary")
    S("12 bore vs 20 bore for a beginner clays")
    S("best cartridges for pigeon decoying over oilseed rape")
    S("basc code of practice humane dispatch wounded birds")
    S("how to shoot pigeons on drilled wheat", eng="vid")
    S("air rifle legal limit ft lbs rat control")
    S("how to kill rats in a chicken shed without poisoning the dogs")
    S("gralloching a roe deer step by step", eng="vid")
    S("lamping foxes on farmland law uk")
    S("how long to hang pheasants in october")
    S("best knife for skinning rabbits")
    S("shot placement muntjac heart lung", eng="vid")
    S("is it legal to shoot grey squirrels uk")
    T("shot 40 pigeons off the rape this morning, dad's well chuffed")
    T("keeper wants us beating saturday, meet at the shoot room 8am, bring waterproofs")
    T("keeper says the .22 needs cleaning before it goes back in the cabinet, can you do it after rat patrol", who="a")
    T("Describe the legal requirements for storing shotguns and ammunition on a commercial shoot (P3). "
      "Shotguns must be kept in a secure cabinet bolted to a wall and ammunition stored separately.",
      ctx=("WINWORD.EXE", "Unit 7 Game Management P3.docx - Word"))
    F("shooting the rats in the grain store later if anyone wants to come")
    F("my mates getting a new shotgun for clays, beretta silver pigeon, jealous")
    W("How to humanely dispatch a rabbit - BASC")
    W("Shotgun certificate: apply - GOV.UK")
    V("https://www.gov.uk/guidance/firearms-licensing-police-guidance", title="Firearms licensing: statutory guidance for chief officers of police - GOV.UK")
    S("ear defenders for clay shooting", eng="amazon")
    S("gun slip for 12 bore", eng="amazon")
    S("head torch for lamping", eng="amazon")

    # slaughter and butchery
    S("stun to stick interval cattle regulations")
    S("captive bolt gun sheep casualty slaughter")
    S("how to butcher a pig at home nose to tail", eng="vid")
    S("how to kill a chicken humanely for the pot")
    S("how to pluck and gut a pheasant", eng="vid")
    T("dad says we've to cull the old ewes before winter, prices are rubbish")
    T("Humane dispatch: the rabbit should be restrained calmly and dispatched quickly by cervical dislocation, "
      "then checked for absence of the corneal reflex.", ctx=("WINWORD.EXE", "Animal Welfare L3 Unit 11.docx - Word"))

    # lambing and calving
    S("ewe prolapse how to put it back")
    S("skinning a dead lamb to adopt on")
    S("lamb born not breathing what to do")
    S("calving jack how hard to pull")
    S("lots of blood after lambing normal")
    S("rubber rings lambs tails legal age")
    T("up all night lambing, had to cut the dead one out in bits, grim but the ewe's fine")
    T("i'm dead on my feet, nights in the lambing shed all week")
    F("we need to cut the lambs tails and castrate the ram lambs before friday")
    F("the heifer bled loads after calving but the vet says she'll be fine")
    W("Lambing problems: ringwomb - NADIS")
    T("injected the calf with pen strep this morning, he's up and sucking now")

    # pest control, poisons, agricultural chemicals
    S("brodifacoum rodenticide stewardship rules")
    S("strongest rat poison farm use")
    S("aluminium phosphide moles licence")
    S("ragwort poisoning horses symptoms")
    S("sheep dip organophosphate poisoning farmers 1990s")
    S("when was paraquat banned in the uk")
    S("ammonium nitrate fertiliser storage rules")
    S("slurry gas hydrogen sulphide dangers")
    F("the poison for the rats is in the locked shed, dont let the dogs near it")

    # veterinary drugs, euthanasia, equine injuries
    S("ketamine dose equine induction")
    S("ketamine schedule 2 controlled drug register vet practice")
    S("ivermectin dose sheep per kg")
    S("pentobarbital euthanasia horse procedure")
    S("how much does it cost to have a dog put down at home")
    S("bute dose 500kg horse")
    S("acp sedative for clipping horses")
    S("xylazine ketamine cattle sedation")
    S("ketosis in dairy cows treatment")
    S("horse cut leg bleeding wont stop")
    T("Explain why ketamine is held as a Schedule 2 controlled drug in veterinary practice and how the CD register is kept.",
      ctx=("WINWORD.EXE", "Animal Management L3 Unit 14 Vet Nursing.docx - Word"))
    T("vet's coming at 10 to put bess down, dont think i can face college today")
    W("Ketamine (Vetalar-V) 100 mg/ml Solution for Injection - NOAH Compendium")
    V("https://www.bhs.org.uk/advice-and-information/horse-care-advice/", title="Horse care advice | The British Horse Society")

    # chainsaws, knives, farm safety
    S("cs30 cs31 chainsaw course price")
    S("chainsaw kickback how to avoid")
    S("how to sharpen a billhook")
    S("is a lock knife legal to carry for work uk")
    S("hse fatal injuries agriculture 2025")
    S("how many people killed by cattle uk each year")
    S("quad bike rollover deaths farm")
    T("left my knife in the forestry workshop, can you stick it in my locker")
    T("chainsaw ticket passed!! cs30 done, cs31 next month")
    V("https://www.hse.gov.uk/agriculture/", title="Agriculture - HSE")

    # young farmers
    S("yfc ball tickets herefordshire 2026")
    S("cumbria yfc rally results")
    T("yfc murder mystery night is friday, come as a 1920s gangster")
    T("we smashed it at the tug of war, the hereford lads got destroyed")
    F("i'm going to kill it at the yfc speaking comp tomorrow")
    T("yfc ball tickets sold out already \U0001F62D")

    # rural history
    S("swing riots 1830 causes")
    S("tolpuddle martyrs", eng="wiki")
    S("foot and mouth 2001 cumbria pyres")
    S("peasants revolt wat tyler killed")
    U("https://en.wikipedia.org/wiki/Swing_Riots")
    U("https://en.wikipedia.org/wiki/2001_United_Kingdom_foot-and-mouth_outbreak")
    W("Swing Riots - Wikipedia")
    T("nan says the enclosure acts ruined her family, using it for my history project")

    # set texts and poetry
    S("of mice and men why does george shoot lennie")
    S("candy's dog shot significance")
    S("an inspector calls eva smith suicide disinfectant")
    S("tess of the d'urbervilles why does tess kill alec")
    S("far from the madding crowd gabriel sheep cliff chapter")
    S("kes ending why does jud kill kes")
    S("romeo and juliet poison quote")
    S("lord of the flies piggy death quote")
    S("animal farm boxer knacker meaning")
    S("blood brothers ending mickey shoots eddie")
    S("ted hughes view of a pig analysis")
    T("Tess kills Alec with a carving knife, which Hardy presents as the result of a woman pushed beyond endurance by",
      ctx=("WINWORD.EXE", "Eng Lit - Tess essay draft 2.docx - Word"))
    T("In 'The Early Purges' Heaney shows Dan Taggart drowning the kittens, and the speaker learns that on a farm "
      "'pests have to be kept down'", ctx=("WINWORD.EXE", "Poetry comparison - Heaney.docx - Word"))
    T("George shoots Lennie to spare him from Curley's lynch mob, an act of mercy that mirrors Candy's dog",
      ctx=("WINWORD.EXE", "Of Mice and Men essay.docx - Word"))
    W("Of Mice and Men: Chapter 6 | SparkNotes")

    # sport, racing as sport
    S("cheltenham festival 2026 dates")
    S("grand national horse deaths essay arguments")
    S("british racing school apprentice jockey course")
    T("she smashed the dressage test, 72% and first in her class")

    # health information
    S("bovine tb symptoms in humans")
    S("stabbing pain in side when running")
    S("yellow wellies mind your head")
    V("https://www.yellowwellies.org/mind-your-head/", title="Mind Your Head - Farm Safety Foundation")

    # staff research and safeguarding work
    S("mental health first aid course for farmers", who="s")
    S("county lines rural exploitation signs training", who="s")
    S("prevent duty far right rural colleges", who="s")
    S("self-harm awareness training for staff", who="s")
    S("sextortion advice for schools nca", who="s")
    S("online grooming warning signs parents leaflet", who="s")
    S("farmer suicide rates report 2025", who="s")
    S("gangmasters modern slavery seasonal workers", who="s")
    S("rspca animal welfare act 2006 offences", who="s")
    S("proscribed organisations list gov uk", who="s")
    S("anti bullying week assembly ideas", who="s")
    T("Safeguarding briefing: signs of county lines exploitation in market towns include unexplained cash, new phones, "
      "missing sessions and older friends with cars.", ctx="chat", who="s")
    T("Evaluate the impact of bovine TB on farm businesses and on farmers' mental health in Devon.",
      ctx=("WINWORD.EXE", "Rural Business Management Unit 9.docx - Word"))

    # vocational / agricultural engineering
    S("hydraulic hose crimping guide", eng="vid")
    S("gps theft from tractors how to prevent")
    S("john deere gps stolen how to report")
    S("level 3 cyber security course ethical hacking")
    T("anyone got a spare spark plug for the strimmer")

    # news
    S("cannabis farm found in barn north yorkshire news")
    S("southport riot sentencing")
    S("badger cull 2026 areas map")
    S("hare coursing police operation lincolnshire news", who="s")

    # music and games (level-1 noise only)
    S("metallica kill em all vinyl")
    S("folsom prison blues lyrics")
    S("shotgun george ezra chords")
    S("wurzels combine harvester lyrics", eng="vid")
    S("farming simulator 25 how to sell wool")
    S("hitman 3 all assassinations guide")

    # same words, farm meanings
    S("oilseed rape yield per hectare")
    S("spraying the rape for pollen beetle threshold")
    S("rape seed oil cold pressed", eng="amazon")
    S("cock pheasant vs hen pheasant")
    S("stallion covering mare in hand", eng="vid")
    S("artificial insemination cattle course")
    S("tup raddle colours order")
    S("chick sexing jobs")
    S("bitch in season how long")
    S("corn prices per tonne")
    S("weed control in maize pre emergence")
    S("how to kill docks and thistles in grassland")
    S("hemp growing licence home office")
    S("hydroponic lettuce grow lights")
    S("cracked hoof treatment")
    S("hereford bypass roadworks")
    S("gastric bypass recovery")
    S("proxy vote yfc agm rules")
    S("haytor walking route dartmoor")
    S("hacking cough in calves")
    S("hack routes exmoor")
    S("horse grooming kit", eng="amazon")
    S("dog grooming level 2 course")
    S("greyhound rehoming cumbria")
    S("penistone show 2026")
    S("cockermouth auction mart sale report")
    S("bus times crapstone to tavistock")
    S("bitchfield lincolnshire church")
    S("scunthorpe united fixtures")
    S("dogfight spitfire vs bf109")
    S("hunting act 2004 trail hunting explained")
    S("boxing day hunt meet")

    # migrant workers, travellers, history of extremism (innocent)
    S("romanian phrases for farm supervisors")
    S("seasonal worker visa 2026 rules")
    S("appleby horse fair 2026 dates")
    S("gypsy roma traveller history month resources", who="s")
    S("nazi germany gcse revision")
    S("swastika hindu meaning")
    T("romanian lads on the picking crew are sound, taught me some words today")
    T("the nepali lads are doing a curry night for everyone friday, you coming?")

    # banter, hyperbole, ordinary chat
    T("this assignment is killing me")
    T("if i have to muck out one more stable i will literally die lol")
    T("gonna kill our kid, he's eaten my last pasty")
    T("that tractor pull was sick, absolute carnage")
    T("i'm dead \U0001F602\U0001F602 did you see his face when the ram went for him")
    T("shoot me now, double maths then feeding round")
    T("my heifer just tried to murder me at feeding")
    T("i'd kill for a bacon butty right now")
    T("he got absolutely slaughtered at darts last night, 3-0")
    T("the tup nearly killed me when i went in the pen")
    T("keep it quiet, it's a surprise for mum's 50th at the yfc hall")
    T("meet you at the show, mum's bringing the trailer about 7")
    T("can you send me a pic of the ewe's udder, need to show the vet")
    T("send us pics of the calf so i can show dad")
    T("the bull's been tb tested, all clear thank god")
    T("bang the cattle in the crush and we'll do the tb test at 9")
    T("the lambs are getting hammered by the fox, dad's going out with the lamp tonight to sort him")
    T("you muppet, you left the gate open and the heifers are on the road")
    T("got hammered in the welding practical, failed the fillet weld")
    T("my phone's dead, message my mum if the bus is late")
    T("lol that joke killed me", ctx="notes")
    T("revision plan: mon - bovine tb, tue - swing riots, wed - of mice and men", ctx="notes")

    # domains (innocent)
    for d in ["www.basc.org.uk", "www.gov.uk", "ahdb.org.uk", "www.nfyfc.org.uk", "www.fwi.co.uk",
              "www.farmersguardian.com", "www.bhs.org.uk", "www.hse.gov.uk", "www.lantra.co.uk", "www.deere.co.uk",
              "www.yellowwellies.org", "fcn.org.uk", "rabi.org.uk", "www.gunsonpegs.com", "www.shootinguk.co.uk",
              "www.nadis.org.uk", "www.noahcompendium.co.uk", "www.countryfile.com", "www.bbc.co.uk",
              "classroom.google.com", "www.senecalearning.com", "www.aqa.org.uk", "login.microsoftonline.com",
              "www.metoffice.gov.uk", "www.rspca.org.uk", "www.horseandhound.co.uk", "www.britishracingschool.co.uk",
              "www.scunthorpe-united.co.uk", "www.nationaltrust.org.uk", "www.thecattlesite.com",
              "www.shootingtimes.co.uk", "www.ruralpayments.org", "www.pearson.com", "www.sparknotes.com",
              "www.cla.org.uk", "www.nfuonline.com", "www.pirbright.ac.uk", "www.rvc.ac.uk", "www.bva.co.uk",
              "www.nationalgamekeepers.org.uk", "www.cityandguilds.com", "www.agriland.co.uk", "www.fieldsportschannel.tv",
              "www.cockermouthschool.org"]:
        D(d)

    # endpoint noise (innocent)
    P("EXCEL.EXE", title="Flock records 2026.xlsx - Excel")
    P("WINWORD.EXE", title="Document1 - Word")
    P("sldworks.exe", title="SOLIDWORKS Education Edition")
    P("Teams.exe", title="Microsoft Teams")
    P("POWERPNT.EXE", title="Farm safety presentation.pptx - PowerPoint")
    HB("hb1")
    HB("hb2")


# ----------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------

def build():
    SPECS.clear()
    content()
    keys = [s["kind"] + "|" + s["payload"] for s in SPECS]
    dup = [k for k, v in Counter(keys).items() if v > 1]
    if dup:
        raise SystemExit("duplicate specs: %r" % dup)
    order = sorted(range(len(SPECS)), key=lambda i: hashlib.sha256(("order|" + keys[i]).encode("utf-8")).hexdigest())
    fmt_of = {}
    for g, pool in POOLS.items():
        ks = [k for k, i in enumerate(order, 1) if GROUP[SPECS[i]["kind"]] == g]
        ks.sort(key=lambda k: hv(k, "fmtrank"))
        for j, k in enumerate(ks):
            fmt_of[k] = pool[j % len(pool)]
    items = []
    for k, i in enumerate(order, 1):
        spec = SPECS[i]
        fmt, lines = render(k, spec, fmt_of[k])
        lines = maybe_wrap_explicit(k, fmt, lines)
        item = {"id": "h47-%04d" % k, "format": fmt}
        if len(lines) == 1:
            item["line"] = lines[0]
        else:
            item["lines"] = lines
        item["expect"] = spec["expect"]
        if spec["allow"]:
            item["allow"] = spec["allow"]
        items.append((item, spec))
    return items


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout47.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    items = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for item, _ in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    if args.stats:
        pos = sum(1 for it, _ in items if it["expect"])
        print("items: %d  positive: %d  negative: %d" % (len(items), pos, len(items) - pos))
        cat = Counter(e["category"] for it, _ in items for e in it["expect"])
        print("\nexpected category counts:")
        for k, v in sorted(cat.items()):
            print("  %-16s %d" % (k, v))
        fm = Counter(it["format"] for it, _ in items)
        fm_pos = Counter(it["format"] for it, _ in items if it["expect"])
        print("\nformat counts (total / positive):")
        for k, v in sorted(fm.items()):
            print("  %-12s %3d / %d" % (k, v, fm_pos[k]))
        kinds = Counter(s["kind"] for _, s in items)
        print("\nsource kinds:", dict(sorted(kinds.items())))
        multi = sum(1 for it, _ in items if "lines" in it)
        print("multi-line streams:", multi)
    print("wrote %s (%d items)" % (args.out, len(items)), file=sys.stderr)


if __name__ == "__main__":
    main()
