#!/usr/bin/env python3
"""build_heldout34.py - deterministic generator for the h34 held-out Guardline corpus.

Writes heldout34.jsonl beside this script (or --out PATH); --stats prints counts per
category, per format and per source kind, and the positive/negative split.
Standard library only.  There is no random module: every variable choice (log format,
search engine, URL encoding, user, device, site, timestamp, client IP, syslog/JSON
wrapping, DNS line variant, the point where typed text is split into fragments, the
order of items) is taken from SHA-256 of the item number and a purpose tag (H()).
Two runs write byte-identical files.

PERSPECTIVE
-----------
An inner-London FE college (Stockwell/Vauxhall) and three 11-19 academies in Lambeth,
Hackney and Newham.  Many learners live in or near youth violence and write in
Multicultural London English and road slang (opps, wet, shank, splash, poked, bora,
ching, zoots, gas, bando, trap, line, cunch/OT, olders, 'on sight', 'the 9', E5, E13).
The positives are written the way these learners actually type and search: mostly
plain lower-case, unpunctuated, misspelt (wiv, dont, ur, tmrw), indirect ("wrote letters
for my mum ... for when they find me"), algospeak (unalive, sewerslide, seggs, corn hub,
barcode), and a minority disguised: leetspeak (h0w t0 k1ll mys3lf), spaced or dotted
letters, Cyrillic look-alike letters, fullwidth letters, zero-width characters inside a
word, emoji (knife, leaf, snowflake, monkey) and stretched letters (diiieeee).
The hard negatives come from the same world: drill and grime as music-tech coursework
and news, catering students' knife skills and butchery, lamb shanks, boxing gyms,
barbering (razor line-ups, clipper blades), knife-crime awareness and youth-work
projects (Ben Kinsella Trust, Red Thread, St Giles, knifefree), Black history (Windrush,
Stephen Lawrence, New Cross fire, Olive Morris), Ramadan, Eid, jummah and GCSE RS on
jihad and martyrdom, set texts full of death (Macbeth, An Inspector Calls, Blood
Brothers, The Hate U Give, Remains, Kamikaze), Sociology/Criminology essays on gangs,
staff contextual-safeguarding and Prevent training (staff accounts and staff devices),
slang used for good or bad ('that's sick', 'peak', 'mans dead', 'murdered it', 'I'm
weak'), hyperbole ('my mum will kill me'), health information, vocational work
(plumbing, electrics, SFX make-up, stage combat), help and council sites in DNS, and
Scunthorpe-type domains (analytics, sussexexpress, hackney.gov.uk).  No negative
contains a real level-2+ concern; a few carry harmless level-1 noise (YouTube, games).

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is the least level a
safeguarding lead would accept for the item)
---------------------------------------------------------------------------------------
suicide         5 when there is a method, means, place, time or goodbye (paracetamol
                counts, "how high ... to die", stockpiled tablets, letters left, platform
                edge, "tonight im ending it"); 4 for ideation said flatly with no plan
                ("everyone would be better off", "kms fr", "i wanna unalive myself",
                "wont be alive for results day", religious "will allah forgive me").
self_harm       4 for every disclosure, concealment or method-seeking (cuts, burns,
                hitting, scratching, barcode, sharpener blades, hiding scars) and for
                restriction/purging (pro-ana, "3 days no food", making myself sick).
radicalisation  5 for joining a proscribed group / travelling to IS / attack intent
                (national action, hijrah, "do what they did in christchurch");
                4 for seeking or praising terrorist propaganda, manifestos, nasheeds,
                Amaq, Siege, Awlaki, Atomwaffen, "race war is coming", recruitment to a
                closed "white race needs soldiers" server; 3 for concerning interest in
                extremist ideas without propaganda (great replacement, remigration,
                14/88 symbols, khilafah-only rhetoric, Patriotic Alternative).
                discrimination is allowed where the text is also hate.
grooming        4 for grooming signs: older partner, gifts and "you owe me", secrecy,
                moving to private apps, age questions, uniform photos, sextortion,
                gang-associated sexual exploitation ("link his bredrin to clear the
                debt", "the olders say im their wifey"); 5 when a meeting is being
                arranged by the adult (school gate pick-up, hotel, Westfield "come
                alone", Uber from school, train ticket to Luton "dont bring ur phone").
bullying        3 for bullying messages, exclusion, exposure pages, fake accounts,
                filming and sharing fights, "kys" aimed at someone; violence allowed
                where a fight is described.
discrimination  3 for racist, anti-Muslim, antisemitic, anti-Traveller, homophobic,
                transphobic and colourist abuse, slurs (also leet/dotted/Cyrillic),
                racist emoji abuse; bullying/radicalisation allowed where they overlap.
drugs           3 for buying, selling, prices, dealing adverts and drug-test evasion;
                4 for criminal exploitation: county lines ("going OT", "cunch", holding
                the line, burner phone, plugging), debt bondage, cuckooing; grooming
                and violence are allowed second categories there.
gambling        2 for betting, casino and slots sites or searches, betting without ID,
                skin gambling, chasing losses, crypto/forex "get rich" schemes.
violence        5 for a planned attack with target, time or weapon (bringing the shank
                tomorrow, sliding tonight, "whos got the addy ... were pulling up",
                gun for Saturday, where to stab so they don't die, petrol bomb);
                4 for threats, weapon carrying and weapon buying (zombie knife,
                machete, converted gun, "rambo in my bag", hiding a knife from stop and
                search, stab vest because "they're coming for me"); 3 for glorifying
                drill verses and seeking real stabbing footage.
filter_bypass   2 for VPNs, proxies, Tor, Psiphon, unblocked sites, removing Securly/
                Lightspeed/Smoothwall/Fortiguard.
hacking         2 for tools and forums (hackforums, mimikatz, booters, wifi crackers);
                3 when aimed at a person's account or the school's systems.
illegal_content 3 for fake ID, counterfeit notes, dark-web markets, stolen-ID "fullz",
                fencing stolen phones and money muling; 4 for indecent images of
                under-18s being shared or sought ("shes in year 10", leaked snaps of
                girls from school).
adult_content   3 for porn sites, searches, algospeak and disguised spellings.
piracy, gaming, social_media   1 (policy information only).
allow lists name only a genuinely ambiguous second category for that text.
"""

# ---------------------------------------------------------------------------
# Deterministic choice helpers (no random module: everything is SHA-256 of the
# item number and a purpose tag).
# ---------------------------------------------------------------------------
import argparse
import calendar
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus


def H(n, tag):
    return int(hashlib.sha256(("h34|%d|%s" % (n, tag)).encode("utf-8")).hexdigest(), 16)


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def wpick(n, tag, weighted):
    total = sum(w for _, w in weighted)
    x = H(n, tag) % total
    for v, w in weighted:
        if x < w:
            return v
        x -= w
    return weighted[-1][0]


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


# ---------------------------------------------------------------------------
# Item constructors
# ---------------------------------------------------------------------------
def _exp(spec):
    out = []
    if spec:
        for part in spec.split(","):
            cat, lvl = part.strip().split(":")
            out.append({"category": cat, "min_level": int(lvl)})
    return out


def _mk(kind, payload, exp, allow, **kw):
    d = {"kind": kind, "payload": payload, "expect": _exp(exp), "allow": list(allow or [])}
    d.update(kw)
    return d


def S(q, exp="", allow=None, eng=None, dis=None, who=None):
    """A search typed into an engine (rendered as a proxy/zeek line, a browser window title or a url_visit)."""
    return _mk("search", q, exp, allow, eng=eng, dis=dis, who=who)


def T(text, exp="", allow=None, ctx="chat", frag=1, dis=None, who=None):
    """Typed text captured by the endpoint agent (optionally split across fragments)."""
    return _mk("typed", text, exp, allow, ctx=ctx, frag=frag, dis=dis, who=who)


def W(title, exp="", allow=None, proc=None, who=None):
    """A window title written out in full."""
    return _mk("title", title, exp, allow, proc=proc, who=who)


def D(domain, exp="", allow=None):
    """A bare domain (rendered as a DNS log line or a CONNECT)."""
    return _mk("domain", domain, exp, allow)


def U(url, exp="", allow=None, title=None, who=None):
    """A full URL (rendered as a proxy/zeek line or an endpoint url_visit)."""
    return _mk("url", url, exp, allow, title=title, who=who)


def P(proc, exp="", allow=None, who=None, title=None):
    """An endpoint process_start."""
    return _mk("proc", proc, exp, allow, who=who, title=title)


# ---------------------------------------------------------------------------
# Disguises: the segment in {braces} is transformed, the braces removed.
# ---------------------------------------------------------------------------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb"}


def _disguise(seg, how):
    if how == "zw":
        return "\u200b".join(seg)
    if how == "zwj":
        return "\u200d".join(seg)
    if how == "sp":
        return "  ".join(" ".join(w) for w in seg.split(" "))
    if how == "dot":
        return " ".join(".".join(w) for w in seg.split(" "))
    if how == "cyr":
        return "".join(CYR.get(ch, ch) for ch in seg)
    if how == "fw":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in seg)
    raise ValueError(how)


def render_text(text, how):
    out, i = [], 0
    while i < len(text):
        if text[i] == "{":
            j = text.index("}", i)
            seg = text[i + 1:j]
            out.append(_disguise(seg, how) if how else seg)
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Sites, people, devices
# ---------------------------------------------------------------------------
SITES = {
    "college": {"net": 40, "students": ["kmensah24", "aosei23", "dcampbell24", "rbegum25", "tnwosu24", "jali23",
                                         "mkowalski24", "sadeyemi25", "bkoroma24", "lfernandes25"],
                "staff": ["j.okoro", "l.fairweather", "m.henry", "s.adeyinka"],
                "devices": ["COL-LRC-PC-031", "COL-B204-PC-11", "COL-LRC-PC-046", "COL-CB-0318", "COL-ENG-WS-07"],
                "staffdev": ["COL-STAFF-LT-05", "COL-SAFEG-PC-01"], "proxy": "col-proxy-01"},
    "lambeth": {"net": 41, "students": ["24ogunleyet", "23thomasr", "25johnsonm", "24silvaj", "26okonkwoa",
                                         "24browneb", "25ahmeda", "23daviesk"],
                "staff": ["r.whyte", "p.sharma", "e.quansah"],
                "devices": ["LAM-LIB-PC-12", "LAM-CB-0447", "LAM-ICT2-PC-19", "LAM-CB-0912", "LAM-6F-LT-03"],
                "staffdev": ["LAM-STAFF-PC-02", "LAM-STAFF-LT-09"], "proxy": "lam-fw-01"},
    "hackney": {"net": 42, "students": ["hk.yilmaz.e", "hk.rahman.n", "hk.clarke.j", "hk.osei.p", "hk.levy.s",
                                         "hk.nguyen.t", "hk.kaya.d", "hk.bello.f"],
                "staff": ["d.obi", "c.murray", "a.goldberg"],
                "devices": ["HAC-CB-1130", "HAC-IT1-PC-04", "HAC-SIXTH-LT-22", "HAC-LIB-PC-03", "HAC-CB-1471"],
                "staffdev": ["HAC-STAFF-LT-11"], "proxy": "hac-proxy"},
    "newham": {"net": 43, "students": ["NWM\\22hussainz", "NWM\\23patelr", "NWM\\24islams", "NWM\\22mensahj",
                                        "NWM\\25khanh", "NWM\\23uddinm", "NWM\\24chowdhurya", "NWM\\22adebayoo"],
               "staff": ["NWM\\f.begum", "NWM\\t.ashworth", "NWM\\k.lindqvist"],
               "devices": ["NEW-CB-2208", "NEW-ICT3-PC-15", "NEW-LRC-PC-07", "NEW-CB-2391", "NEW-6F-LT-10"],
               "staffdev": ["NEW-STAFF-PC-04", "NEW-DSL-LT-01"], "proxy": "nwm-proxy-02"},
}
SITE_KEYS = ["college", "lambeth", "hackney", "newham"]
CTX_DEVICES = {
    "cater": ("college", ["COL-CATERING-TAB-03", "COL-CATERING-PC-02"]),
    "barber": ("college", ["COL-BARB-LT-02", "COL-BARB-TAB-01"]),
    "music": ("college", ["COL-MUSIC-MAC-06", "COL-MUSIC-PC-09"]),
    "media": ("college", ["COL-MEDIA-MAC-14", "COL-MEDIA-MAC-03"]),
    "care": ("college", ["COL-HSC-PC-21"]),
    "sport": ("college", ["COL-SPORT-LT-04"]),
    "build": ("college", ["COL-CONST-PC-08", "COL-ELEC-PC-12"]),
}


def identity(n, who):
    """Return (site, device, user, is_staff)."""
    if who in CTX_DEVICES:
        site, devs = CTX_DEVICES[who]
        s = SITES[site]
        return site, pick(n, "dev", devs), pick(n, "user", s["students"]), False
    if who == "staff":
        site = pick(n, "site", SITE_KEYS)
        s = SITES[site]
        return site, pick(n, "dev", s["staffdev"]), pick(n, "user", s["staff"]), True
    if who in SITES:
        site = who
    else:
        site = pick(n, "site", SITE_KEYS)
    s = SITES[site]
    return site, pick(n, "dev", s["devices"]), pick(n, "user", s["students"]), False


def client_ip(n, site):
    return "10.%d.%d.%d" % (SITES[site]["net"], rng(n, "ip3", 1, 60), rng(n, "ip4", 2, 250))


def dns_server(site):
    return "10.%d.0.53" % SITES[site]["net"]


def server_ip(n):
    return pick(n, "srv", ["142.250.180.4", "142.250.187.196", "13.107.21.200", "52.142.124.215", "104.18.32.7",
                           "151.101.1.140", "23.55.120.94", "172.217.16.238", "185.199.110.153", "13.224.81.3",
                           "31.13.72.36", "104.244.42.65", "18.66.196.88", "208.80.154.224"])


# ---------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------
BASE = calendar.timegm((2026, 11, 2, 0, 0, 0))  # Monday 2 November 2026, UTC = UK time in November
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(n):
    day = rng(n, "day", 0, 19)
    week, wd = divmod(day, 5)
    if H(n, "evening") % 6 == 0:
        sec = rng(n, "tod", 17 * 3600, 22 * 3600 + 3599)
    else:
        sec = rng(n, "tod", 8 * 3600 + 20 * 60, 16 * 3600 + 40 * 60)
    ms = rng(n, "ms", 0, 999)
    return BASE + (week * 7 + wd) * 86400 + sec + ms / 1000.0


def t_struct(ts):
    import time
    return time.gmtime(int(ts))


def iso(ts):
    t = t_struct(ts)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                                                  int(round((ts - int(ts)) * 1000)) % 1000)


def clf_time(ts):
    t = t_struct(ts)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min,
                                                 t.tm_sec)


def syslog_time(ts, pad="space"):
    t = t_struct(ts)
    d = ("%2d" % t.tm_mday) if pad == "space" else ("%02d" % t.tm_mday)
    return "%s %s %02d:%02d:%02d" % (MONTHS[t.tm_mon - 1], d, t.tm_hour, t.tm_min, t.tm_sec)


def e2g_time(ts):
    t = t_struct(ts)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def bind_time(ts):
    t = t_struct(ts)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min,
                                                t.tm_sec, int(round((ts - int(ts)) * 1000)) % 1000)


# ---------------------------------------------------------------------------
# Search engines
# ---------------------------------------------------------------------------
def enc(n, q, style=None):
    style = style or pick(n, "enc", ["plus", "plus", "pct", "plus_keepq"])
    if style == "plus":
        return quote_plus(q, safe="")
    if style == "plus_keepq":
        return quote_plus(q, safe="'!*()")
    return quote(q, safe="")


def engine_url(n, eng, q):
    e = enc(n, q)
    hexid = "%032X" % (H(n, "cvid") % (1 << 128))
    if eng == "google":
        v = H(n, "gv") % 3
        if v == 0:
            return "https://www.google.com/search?q=%s&hl=en-GB" % e
        if v == 1:
            return "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)
        return "https://www.google.com/search?q=%s&sca_esv=%x&source=hp&ei=%s" % (e, H(n, "sca") % (1 << 40), hexid[:22])
    if eng == "bing":
        if H(n, "bv") % 2:
            return "https://www.bing.com/search?q=%s&form=QBLH" % e
        return "https://www.bing.com/search?q=%s&qs=n&form=QBRE&sp=-1&pq=%s&cvid=%s" % (e, e, hexid)
    if eng == "ddg":
        if H(n, "dv") % 3 == 0:
            return "https://html.duckduckgo.com/html/?q=%s" % e
        return "https://duckduckgo.com/?q=%s&ia=web" % e
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb" % e
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1793000000000 + H(n, "tt") % 1000000000)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s" % e
    if eng == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch" % e
    if eng == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&ref=nb_sb_noss" % (e, hexid[:13])
    if eng == "google_ac":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB" % (e, len(q))
    if eng == "youtube_ac":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s" % e
    if eng == "bing_ac":
        return "https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&cvid=%s" % (e, len(q), hexid)
    if eng == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % e
    if eng == "x":
        return "https://x.com/search?q=%s&src=typed_query" % e
    if eng == "genius":
        return "https://genius.com/search?q=%s" % e
    if eng == "spotify":
        return "https://open.spotify.com/search/%s" % quote(q, safe="")
    raise ValueError(eng)


GENERAL_ENGINES = [("google", 30), ("bing", 10), ("ddg", 7), ("yahoo", 4), ("ecosia", 5), ("youtube", 10),
                   ("tiktok", 8), ("reddit", 5), ("google_ac", 6), ("bing_ac", 3), ("ddg_ac", 2),
                   ("youtube_ac", 3), ("x", 2)]


def engine_title(n, eng, q):
    br = pick(n, "browser", ["chrome", "chrome", "chrome", "edge", "firefox"])
    suffix = {"chrome": " - Google Chrome", "edge": " - Personal - Microsoft\u200b Edge",
              "firefox": " \u2014 Mozilla Firefox"}[br]
    proc = {"chrome": "chrome.exe", "edge": "msedge.exe", "firefox": "firefox.exe"}[br]
    base = {
        "google": "%s - Google Search", "google_ac": "%s - Google Search", "bing": "%s - Search",
        "bing_ac": "%s - Search", "ddg": "%s at DuckDuckGo", "ddg_ac": "%s at DuckDuckGo",
        "yahoo": "%s - Yahoo Search Results", "ecosia": "%s - Ecosia", "youtube": "%s - YouTube",
        "youtube_ac": "%s - YouTube", "tiktok": "Find '%s' on TikTok | TikTok Search",
        "reddit": "%s - Reddit Search", "wikipedia": "%s - Search results - Wikipedia",
        "amazon": "Amazon.co.uk : %s", "x": "%s - Search / X", "genius": "Search results for \u201c%s\u201d | Genius",
        "spotify": "Spotify \u2013 Search: %s",
    }[eng]
    return (base % q) + suffix, proc


# ---------------------------------------------------------------------------
# Line renderers
# ---------------------------------------------------------------------------
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 16328.65.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A156B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36",
]


def host_of(url):
    rest = url.split("://", 1)[1]
    return rest.split("/", 1)[0].split("?", 1)[0]


def proxy_user(n, user):
    return "-" if H(n, "nouser") % 7 == 0 else user


def squid_line(n, ts, ip, user, url, method="GET"):
    status = 200
    code = "TCP_MISS"
    if method == "CONNECT":
        code = "TCP_TUNNEL"
    elif H(n, "deny") % 13 == 0:
        code, status = "TCP_DENIED", 403
    size = 0 if status == 403 else rng(n, "size", 1800, 96000)
    hier = "HIER_NONE/-" if status == 403 else "HIER_DIRECT/%s" % server_ip(n)
    mime = "-" if method == "CONNECT" else "text/html"
    return "%.3f %6d %s %s/%d %d %s %s %s %s %s" % (ts, rng(n, "elapsed", 3, 1400), ip, code, status, size, method,
                                                     url, proxy_user(n, user), hier, mime)


def squid_custom_line(n, ts, ip, user, url, sni=True, method="GET"):
    host = host_of(url) if "://" in url else url.split(":")[0]
    ua = pick(n, "ua", UAS)
    ref = "-"
    if sni:
        return "%.3f %6d %s %s TCP_MISS/200 %d %s %s %s text/html \"%s\" \"%s\" %s sni=%s bump=bump" % (
            ts, rng(n, "elapsed", 3, 1400), ip, proxy_user(n, user), rng(n, "size", 1800, 96000), method, url,
            server_ip(n), ref, ua, host, host)
    return "%.3f %6d %s %s TCP_MISS/200 %d %s %s %s text/html \"%s\" \"%s\" %s" % (
        ts, rng(n, "elapsed", 3, 1400), ip, proxy_user(n, user), rng(n, "size", 1800, 96000), method, url,
        server_ip(n), ref, ua, host)


def clf_line(n, ts, ip, user, url, method="GET"):
    status = 403 if H(n, "deny") % 13 == 0 else 200
    size = 3520 if status == 403 else rng(n, "size", 1800, 96000)
    tail = "TCP_DENIED:HIER_NONE" if status == 403 else "TCP_MISS:HIER_DIRECT"
    head = '%s - %s [%s] "%s %s HTTP/1.1" %d %d' % (ip, proxy_user(n, user), clf_time(ts), method, url, status, size)
    if H(n, "clfkind") % 3 == 0:
        return head + " " + tail
    ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://www.bing.com/", "-"])
    return head + ' "%s" "%s" %s' % (ref, pick(n, "ua", UAS), tail)


def search_terms_of(url, query):
    return "0=%s;" % query if query is not None else "-"


def e2g_line(n, ts, ip, user, url, query=None, method="GET"):
    fmt = pick(n, "e2gfmt", [2, 4, 6])
    ua = pick(n, "ua", UAS)
    group = pick(n, "e2ggrp", [("1", "learners"), ("1", "learners"), ("2", "sixthform")])
    size = rng(n, "size", 1800, 96000)
    st = search_terms_of(url, query)
    user = proxy_user(n, user)
    if fmt in (2, 4):
        fields = [e2g_time(ts), user, ip, url, "-", method, str(size), "0", "-", group[0], "200", "text/html",
                  server_ip(n), group[1], ua, st, "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    fields = ["%.3f" % ts, "", user, ip, server_ip(n), url, method, "200", str(size), "-", ua, "-",
              str(rng(n, "elapsed", 3, 900)), "-", "0", "-", "0", "-", group[1], group[0]]
    return "\t".join(fields)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
                    "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames",
                    "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
                   "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
                   "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt",
                   "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD",
                   "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
                  "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
                  "vector[string]", "vector[interval]", "bool"]


def zeek_uid(n):
    return "C" + ("%x" % H(n, "uid"))[:17]


def zeek_header(path, fields, types, ts):
    t = t_struct(ts)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\t%s" % path,
            "#open\t%04d-%02d-%02d-%02d-00-00" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(n, ts, ip, url, method="GET"):
    host = host_of(url)
    uri = "/" + url.split("://", 1)[1].split("/", 1)[1] if "/" in url.split("://", 1)[1] else "/"
    ua = pick(n, "ua", UAS)
    rec = {"ts": round(ts, 6), "uid": zeek_uid(n), "id.orig_h": ip, "id.orig_p": rng(n, "sport", 49152, 65000),
           "id.resp_h": server_ip(n), "id.resp_p": 80, "trans_depth": 1, "method": method, "host": host,
           "uri": uri, "version": "1.1", "user_agent": ua, "request_body_len": 0,
           "response_body_len": rng(n, "size", 1800, 96000), "status_code": 200, "status_msg": "OK", "tags": []}
    if H(n, "zeektsv") % 3 == 0:
        row = ["%.6f" % ts, rec["uid"], ip, str(rec["id.orig_p"]), rec["id.resp_h"], "80", "1", method, host, uri,
               "-", "1.1", ua, "-", "0", str(rec["response_body_len"]), "200", "OK", "-", "-", "(empty)", "-", "-",
               "-", "-", "-", "-", "F%s" % ("%x" % H(n, "fuid"))[:17], "-", "text/html"]
        return None, zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, ts) + ["\t".join(row)]
    return json.dumps(rec, ensure_ascii=False), None


def zeek_dns(n, ts, ip, site, domain, qtype="A", blk=False):
    qt = {"A": 1, "AAAA": 28, "HTTPS": 65}[qtype]
    blocked = blk and H(n, "dnsblock") % 3 == 0
    rcode, rname = (3, "NXDOMAIN") if blocked else (0, "NOERROR")
    rec = {"ts": round(ts, 6), "uid": zeek_uid(n), "id.orig_h": ip, "id.orig_p": rng(n, "sport", 1024, 65000),
           "id.resp_h": dns_server(site), "id.resp_p": 53, "proto": "udp", "trans_id": rng(n, "txid", 1, 65535),
           "rtt": round(rng(n, "rtt", 200, 40000) / 1e6, 6), "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": qt, "qtype_name": qtype, "rcode": rcode, "rcode_name": rname,
           "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0, "rejected": False}
    if not blocked and qtype == "A":
        rec["answers"] = [server_ip(n)]
        rec["TTLs"] = [float(rng(n, "ttl", 30, 300))]
    if H(n, "zeektsv") % 3 == 0:
        row = ["%.6f" % ts, rec["uid"], ip, str(rec["id.orig_p"]), rec["id.resp_h"], "53", "udp",
               str(rec["trans_id"]), "%.6f" % rec["rtt"], domain, "1", "C_INTERNET", str(qt), qtype, str(rcode),
               rname, "F", "F", "T", "T", "0", ",".join(rec.get("answers", [])) or "-",
               ",".join("%.6f" % x for x in rec.get("TTLs", [])) or "-", "F"]
        return None, zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, ts) + ["\t".join(row)]
    return json.dumps(rec, ensure_ascii=False), None


MULTI_SUFFIX = (".co.uk", ".org.uk", ".gov.uk", ".ac.uk", ".police.uk", ".nhs.uk", ".sch.uk")


def zone_of(domain):
    parts = domain.split(".")
    if any(domain.endswith(s) for s in MULTI_SUFFIX):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def unbound_lines(n, ts, ip, domain, qtype, blk=False):
    pid = "[%d:%d]" % (rng(n, "upid", 700, 9000), H(n, "uthr") % 2)
    v = H(n, "ubv") % 6
    if v == 1 and not blk:
        v = 2
    head = syslog_time(ts, pad="zero") + " unbound" + pid + " info: "
    if v == 0:
        return ["[%d] unbound%s info: %s %s. %s IN" % (int(ts), pid, ip, domain, qtype)]
    if v == 1:
        port = rng(n, "sport", 1024, 65000)
        return [head + "%s %s. %s IN" % (ip, domain, qtype),
                head + "%s. always_nxdomain %s@%d %s. %s IN" % (zone_of(domain), ip, port, domain, qtype),
                head + "%s %s. %s IN NXDOMAIN 0.000000 1 %d" % (ip, domain, qtype, 30 + len(domain))]
    if v == 2:
        return [head + "%s %s. %s IN" % (ip, domain, qtype),
                head + "%s %s. %s IN NOERROR %.6f 0 %d" % (ip, domain, qtype, rng(n, "rtt", 900, 90000) / 1e6,
                                                          40 + len(domain))]
    return [head + "%s %s. %s IN" % (ip, domain, qtype)]


def dnsmasq_lines(n, ts, ip, domain, qtype, resolver, blk=False):
    pre = syslog_time(ts) + " dnsmasq[%d]: " % rng(n, "dpid", 800, 30000)
    serial = rng(n, "serial", 1, 99999)
    port = rng(n, "sport", 1024, 65000)
    v = H(n, "dmv") % 6
    if v in (1, 3) and not blk:
        v = 2
    if v == 0:
        return [pre + "query[%s] %s from %s" % (qtype, domain, ip)]
    x = "%d %s/%d " % (serial, ip, port)
    q = pre + x + "query[%s] %s from %s" % (qtype, domain, ip)
    if v == 1:
        return [q, pre + x + "config %s is %s" % (domain, "0.0.0.0" if qtype == "A" else "::")]
    if v == 2:
        return [q, pre + x + "forwarded %s to %s" % (domain, resolver),
                pre + x + "reply %s is %s" % (domain, server_ip(n) if qtype == "A" else "<HTTPS>")]
    if v == 3:
        return [q, pre + x + "gravity blocked %s is 0.0.0.0" % domain]
    return [q]


def bind_lines(n, ts, ip, domain, qtype, site, blk=False):
    port = rng(n, "sport", 1024, 65000)
    cl = "client @0x7f%010x %s#%d (%s)" % (H(n, "bptr") % (1 << 40), ip, port, domain)
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+", "+E(0)DCK", "+ET(0)K"])
    q = "%s queries: info: %s: query: %s IN %s %s (%s)" % (bind_time(ts), cl, domain, qtype, flags, dns_server(site))
    if blk and H(n, "bv") % 3 == 0:
        return [q, "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            bind_time(ts), cl, domain, qtype, domain)]
    return [q]


# ---------------------------------------------------------------------------
# Wrappers (syslog RFC 3164 / RFC 5424 / rsyslog JSON envelope)
# ---------------------------------------------------------------------------
def wrap_kind(n):
    return H(n, "wrapkind") % 3


def wrap(n, ts, line, app, host, file_line=None, pid=None):
    """Syslog-wrap line; for the JSON envelope (a file shipped by imfile) use file_line if given."""
    v = wrap_kind(n)
    pid = pid or rng(n, "wpid", 300, 40000)
    if v == 0:
        return "<%d>%s %s %s[%d]: %s" % (pick(n, "pri", [134, 166, 190, 30]), syslog_time(ts), host, app, pid, line)
    if v == 1:
        return "<%d>1 %s %s %s %d - - %s" % (pick(n, "pri", [134, 166, 190, 30]), iso(ts), host, app, pid, line)
    env = {"ts_received": iso(ts + 1.5).replace("Z", "+00:00"), "host": host, "source": app,
           "file": {"squid": "/var/log/squid/access.log", "unbound": "/var/log/unbound/unbound.log",
                    "dnsmasq": "/var/log/dnsmasq.log", "e2guardian": "/var/log/e2guardian/access.log",
                    "guardline-agent": "/var/lib/guardline/spool/events.jsonl"}.get(app, "/var/log/%s.log" % app),
           "message": file_line if file_line is not None else line}
    return json.dumps(env, ensure_ascii=False, separators=(", ", ":")).replace("/", "\\/")


# ---------------------------------------------------------------------------
# Endpoint events
# ---------------------------------------------------------------------------
DISCORD_SERVERS = ["the yard", "yr11 revision", "FIFA mandem", "music ting", "6th form", "the gc"]
CHAT_WINDOWS = [
    ("WhatsApp.exe", "WhatsApp"),
    ("WhatsApp.exe", "WhatsApp"),
    ("Discord.exe", "#general | %s - Discord"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    ("chrome.exe", "Snapchat - Google Chrome"),
    ("msedge.exe", "WhatsApp Web - Personal - Microsoft\u200b Edge"),
    ("Teams.exe", "Chat | Microsoft Teams"),
    ("chrome.exe", "(2) Messenger | Facebook - Google Chrome"),
    ("Telegram.exe", "Telegram"),
]
DOC_WINDOWS = [
    ("WINWORD.EXE", "Document1 - Word"),
    ("WINWORD.EXE", "%s.docx - Word"),
    ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
    ("chrome.exe", "%s - Google Docs - Google Chrome"),
    ("ONENOTE.EXE", "Class notes - OneNote"),
    ("notepad.exe", "Untitled - Notepad"),
]
DOC_NAMES = ["essay draft", "coursework v2", "Unit 4 assignment", "notes", "PSHE project", "final draft"]
SEARCHBOX_WINDOWS = [("chrome.exe", "New Tab - Google Chrome"), ("chrome.exe", "Google - Google Chrome"),
                     ("msedge.exe", "New tab - Personal - Microsoft\u200b Edge"),
                     ("chrome.exe", "YouTube - Google Chrome"), ("chrome.exe", "TikTok - Make Your Day - Google Chrome")]


def typed_window(n, ctx):
    if ctx == "doc":
        proc, title = pick(n, "win", DOC_WINDOWS)
        if "%s" in title:
            title = title % pick(n, "docname", DOC_NAMES)
    elif ctx == "search":
        proc, title = pick(n, "win", SEARCHBOX_WINDOWS)
    else:
        proc, title = pick(n, "win", CHAT_WINDOWS)
        if "%s" in title:
            title = title % pick(n, "server", DISCORD_SERVERS)
    return proc, title


def endpoint(ts, site, device, user, event, process, title, text=None, url=None):
    rec = {"ts": iso(ts), "site": site, "device": device, "user": user, "event": event, "process": process,
           "window_title": title, "text": text, "url": url}
    return json.dumps(rec, ensure_ascii=False)


def split_points(n, text, parts):
    L = len(text)
    if parts == 2:
        c = rng(n, "cut1", max(1, int(L * 0.3)), max(1, int(L * 0.7)))
        return [text[:c], text[c:]]
    c1 = rng(n, "cut1", max(1, int(L * 0.2)), max(2, int(L * 0.4)))
    c2 = rng(n, "cut2", max(c1 + 1, int(L * 0.55)), max(c1 + 2, int(L * 0.8)))
    return [text[:c1], text[c1:c2], text[c2:]]


# ---------------------------------------------------------------------------
# THE ITEMS.  Every text below was written by hand for this file.
# exp is "category:min_level[,category:min_level]"; "" means a hard negative.
# ---------------------------------------------------------------------------
def positives():
    return [
        # ---- suicide ------------------------------------------------------
        S("how many paracetamol does it take to die", "suicide:5"),
        S("painless way to go in my sleep", "suicide:5"),
        T("im not gonna be here by friday. already decided so dont try talk me out of it", "suicide:5"),
        T("honestly everyone would be better off if i wasnt around", "suicide:4"),
        T("wrote letters for my mum and my little sister. theyre in my drawer for when they find me", "suicide:5",
          frag=2),
        T("idk i just dont see the point in waking up anymore", "suicide:4"),
        S("does the tube kill you straight away if you jump", "suicide:5"),
        S("how high does a building have to be to die from the fall", "suicide:5"),
        T("keep thinking bout the bridge by the canal. would be so easy, nobody walks there at night", "suicide:5",
          frag=3),
        T("tired of being a burden on everyone. tonight im ending it for real", "suicide:5", frag=3),
        S("h0w t0 k1ll mys3lf w1th0ut it hurt1ng", "suicide:5"),
        T("kms fr this time not even joking", "suicide:4"),
        T("i wanna {unalive} myself tbh", "suicide:4", dis="zw"),
        S("best way to unalive urself painless", "suicide:5", eng=["tiktok", "youtube", "google"]),
        S("sewerslide methods that actually work", "suicide:5", eng=["tiktok", "google", "reddit"]),
        T("swear down im done wiv life bro, im just gonna end it", "suicide:4"),
        S("how long does it take to die from hanging", "suicide:5"),
        T("been saving my mums sleeping tablets, got like 30 now. enough i think", "suicide:5", allow=["self_harm"]),
        S("how to write a goodbye letter before you die", "suicide:5"),
        T("i want to {die}, i cant do this no more", "suicide:4", dis="cyr"),
        S("will allah forgive me if i kill myself", "suicide:4"),
        T("im gonna {end my life}", "suicide:4", dis="sp"),
        T("i just wanna diiieeee everything is so shit", "suicide:4"),
        T("every morning at stockwell i stand by the platform edge and think just one step", "suicide:5"),
        W("Painless ways to die? : r/SuicideWatch - Google Chrome", "suicide:5"),
        T("whats the point revising for mocks when i wont even be alive for results day", "suicide:4"),

        # ---- self_harm ----------------------------------------------------
        T("cut again last night, deeper than before", "self_harm:4"),
        S("how to hide cuts on wrist from pe teacher", "self_harm:4"),
        S("how to clean self harm cuts so they dont scar", "self_harm:4"),
        T("burnt myself with the lighter again. its the only thing that helps when my head is loud", "self_harm:4",
          frag=2),
        T("got a new barcode on my arm lol dont tell anyone", "self_harm:4"),
        S("best blades for sh", "self_harm:4", eng=["tiktok", "reddit", "google"]),
        T("i hit myself till it bruises when im angry, is that weird", "self_harm:4"),
        S("s3lf h4rm t1ps", "self_harm:4"),
        T("relapsed after 3 months clean of {self harm}", "self_harm:4", dis="zw"),
        S("how to get the blade out of a pencil sharpener", "self_harm:4"),
        T("3 days no food now, want to see my hip bones before christmas", "self_harm:4"),
        S("pro ana tips to not feel hungry at school", "self_harm:4"),
        T("my arm looks like a cat attacked it haha but it wasnt a cat", "self_harm:4"),
        T("scratching till it bleeds is the only way i can calm down", "self_harm:4", frag=2),
        S("sh vent tiktok relapse", "self_harm:4", eng=["tiktok"]),
        T("i {cut} myself in the toilets at lunch", "self_harm:4", dis="cyr"),
        S("how to make a cut look like a cat scratch", "self_harm:4"),
        T("i deserve the pain tbh thats why i keep doing it to myself", "self_harm:4"),
        W("how to hide self harm scars from parents in summer : r/selfharm - Google Chrome", "self_harm:4"),
        S("wearing long sleeves in summer to hide sh", "self_harm:4", eng=["tiktok", "google"]),
        T("made myself sick after lunch again, 3rd time today", "self_harm:4"),

        # ---- radicalisation -----------------------------------------------
        S("anwar al awlaki lectures full download", "radicalisation:4"),
        S("how to make hijrah to the islamic state", "radicalisation:5"),
        T("the kuffar deserve whats coming, the brothers over here need to rise up", "radicalisation:4",
          allow=["discrimination", "violence"]),
        S("dawlat al islam qad qamat nasheed", "radicalisation:4", eng=["youtube", "youtube_ac", "google"]),
        T("bro check this telegram channel, real dawah not the watered down stuff the masjid teaches. they post "
          "the mujahideen videos", "radicalisation:4", frag=2),
        S("is it halal to fight the kuffar in the uk", "radicalisation:4"),
        S("amaq agency latest release", "radicalisation:4"),
        S("great replacement theory proof", "radicalisation:3", allow=["discrimination"]),
        S("tarrant livestream full video", "radicalisation:4", allow=["violence", "illegal_content"]),
        S("patriotic alternative how to join", "radicalisation:3", allow=["discrimination"]),
        T("only answer is remigration. send them all back, england for the english", "radicalisation:3",
          allow=["discrimination"]),
        S("how to join national action", "radicalisation:5"),
        T("reading siege by james mason rn, ngl it actually makes sense", "radicalisation:4"),
        S("14 words 88 tattoo ideas", "radicalisation:3", allow=["discrimination"]),
        S("{atomwaffen} recruitment", "radicalisation:4", dis="cyr"),
        T("saint tarrant did nothing wrong", "radicalisation:4", allow=["violence", "discrimination"]),
        S("elliot rodger manifesto pdf", "radicalisation:4", allow=["violence"], eng=["google", "wikipedia", "reddit"]),
        T("race war is coming, get ready, stock up and train", "radicalisation:4",
          allow=["violence", "discrimination"]),
        T("join the server, were building something. no normies. the white race needs soldiers",
          "radicalisation:4", allow=["discrimination"], frag=3),
        S("islamic state execution videos telegram", "radicalisation:4", allow=["violence", "illegal_content"]),
        T("we should do what they did in christchurch but at the mosque on the high street", "radicalisation:5",
          allow=["violence", "discrimination"]),
        W("Join the Movement | Patriotic Alternative - Google Chrome", "radicalisation:3",
          allow=["discrimination"]),
        T("khilafah is the only solution, voting is shirk akhi", "radicalisation:3"),

        # ---- discrimination -----------------------------------------------
        T("go back to your own country you dirty paki", "discrimination:3", allow=["bullying"]),
        T("why do all the somalis smell, i aint sitting next to her in science", "discrimination:3",
          allow=["bullying"]),
        T("muzzies are all terrorists, ban them from the school", "discrimination:3", allow=["radicalisation"]),
        T("shes too dark to be pretty ngl, burnt toast lookin ahh", "discrimination:3", allow=["bullying"]),
        T("send him the \U0001F412 and \U0001F34C every time he posts lmao", "discrimination:3", allow=["bullying"]),
        S("jokes about black people dark humour", "discrimination:3"),
        T("no n1gg3rs in our squad lol", "discrimination:3"),
        T("pakis stink of curry, shut ur mouth", "discrimination:3", allow=["bullying"]),
        T("jews control the media, look who owns everything", "discrimination:3", allow=["radicalisation"]),
        T("that teacher's a batty man, its disgusting", "discrimination:3", allow=["bullying"]),
        T("gyppos nicked my bike again, pikeys the lot of them", "discrimination:3"),
        S("why are muslims so violent", "discrimination:3", allow=["radicalisation"]),
        T("her hijab looks like a tea towel, rip it off her head at lunch", "discrimination:3",
          allow=["bullying", "violence"]),
        T("trannies shouldnt be allowed in the girls toilets, someone needs to beat it out of them",
          "discrimination:3", allow=["violence", "bullying"]),
        T("all them africans come here on boats to rob and rape", "discrimination:3", allow=["radicalisation"]),
        T("shut up {coon}", "discrimination:3", dis="dot", allow=["bullying"]),
        T("chinks brought covid innit", "discrimination:3"),
        T("muslims are invaders and the only thing they understand is force", "discrimination:3",
          allow=["radicalisation", "violence"]),
        T("no fobs at our table, go sit with the other freshies", "discrimination:3", allow=["bullying"]),
        T("ur {gay} ass better not come in the changing rooms", "discrimination:3", dis="cyr",
          allow=["bullying", "violence"]),

        # ---- bullying ------------------------------------------------------
        T("everyone in the gc unadd her, shes a snake and a sket", "bullying:3"),
        T("post the fight vid from outside the chicken shop, the year 9 got bodied lmao", "bullying:3",
          allow=["violence"]),
        S("newham school girl fight tiktok full video", "bullying:3", allow=["violence"],
          eng=["tiktok", "google", "youtube"]),
        T("kill urself no one likes you", "bullying:3", allow=["suicide"]),
        T("if you snitch about the video everyone sees ur pics", "bullying:3",
          allow=["illegal_content", "grooming"]),
        T("make a fake acc of her and post all her ugly pics", "bullying:3"),
        T("ur so fat no wonder ur dad left", "bullying:3"),
        T("nobody sit with the tramp tomorrow, he smells like damp", "bullying:3"),
        T("screenshot what she said and send it to the whole year", "bullying:3"),
        T("dutty yute dont ever chat to me again or ur getting banged", "bullying:3", allow=["violence"]),
        T("rate her 1-10 lmaooo 2 at best \U0001F62D\U0001F62D ugly ahh", "bullying:3"),
        T("leave the gc if ur not with us. emma ur not welcome, everyone block her", "bullying:3", frag=2),
        T("hes such a neek, dash his bag in the bin again tmrw", "bullying:3"),
        T("lets all say she smells tomorrow and see if she cries again", "bullying:3"),
        T("ur such a looooser no wonder ur mum dont want u", "bullying:3"),
        S("how to make someones life hell at school without getting caught", "bullying:3"),
        T("expose page is back, send me anything u got on the year 11 girls", "bullying:3",
          allow=["illegal_content", "adult_content"]),
        T("ur so retarded even ur own mum chats bout u", "bullying:3", allow=["discrimination"]),
        T("{kys} loser", "bullying:3", dis="zw", allow=["suicide"]),
        T("we made a page rating the ugliest girls in year 8, ur number 1 congrats \U0001F602", "bullying:3"),

        # ---- grooming (incl. gang-associated sexual exploitation) ----------
        T("hes 23 but he says age is just a number and im mature for my age", "grooming:4"),
        T("he bought me the new iphone and now he says i owe him", "grooming:4"),
        T("dont tell ur mum about me, she wouldnt understand what we have", "grooming:4"),
        T("ill pick u up from the school gate at 3:30, wear the dress i bought u and dont tell no one",
          "grooming:5", frag=2),
        T("he wants me to come to a party at his mates flat in plaistow, says therell be older guys and free drinks",
          "grooming:4"),
        T("they said if i link his bredrin it clears what my brother owes", "grooming:4",
          allow=["drugs", "violence"]),
        S("is it illegal for a 22 year old to date a 15 year old uk", "grooming:4"),
        T("send me a pic in ur school uniform, just for me", "grooming:4", allow=["adult_content"]),
        T("my boyfriend is 19 and wants me to stay at his this weekend, im 14 is that ok", "grooming:4"),
        T("u can come to the hotel on saturday, ill book it. just say ur staying at a friends", "grooming:5"),
        T("snap me instead, this app isnt safe. add bigman_e13", "grooming:4"),
        T("ur not like the other girls in ur year, ur proper mature", "grooming:4"),
        T("he said if i dont send more pics hell show everyone the ones i already sent", "grooming:4",
          allow=["bullying", "illegal_content"], frag=3),
        S("how do i know if my older boyfriend is grooming me", "grooming:4"),
        T("our little {secret} ok? no one needs to know about us", "grooming:4", dis="cyr"),
        T("meet me behind westfield at 7, come alone, ill get u food and that", "grooming:5"),
        T("he gives me weed and money for ubers home, hes like 25", "grooming:4", allow=["drugs"]),
        S("can a 30 year old man be friends with a 13 year old girl", "grooming:4"),
        T("ur dad wont let u see me but i can get u an uber from school, just block his number after",
          "grooming:5"),
        T("how old r u? u look older in ur pics. whats ur snap", "grooming:4"),
        T("s3nd m3 n00dz b4by", "grooming:4", allow=["adult_content", "illegal_content"]),
        T("the olders at the trap say im their wifey now, i have to go when they call", "grooming:4",
          allow=["drugs"]),
        T("been staying at his flat in stratford when my mum thinks im at mayas", "grooming:4"),
        T("ill send u money for the train to luton, u can stay with me and my friends. dont bring ur phone",
          "grooming:5"),

        # ---- drugs (incl. county lines, cuckooing, debt bondage) -----------
        T("whos got zoots, tryna get 2 for the weekend", "drugs:3"),
        T("im going OT next week, they said 1.5k for 10 days in bournemouth", "drugs:4", allow=["grooming"]),
        T("lost the pack, now i owe the olders 800 and they said i gotta work it off", "drugs:4",
          allow=["violence", "grooming"], frag=2),
        T("ching on tap \U0001F4DE \u00a350 a g, DM me", "drugs:3"),
        S("how long does ket stay in your system for a drug test", "drugs:3"),
        T("the line aint stopped ringing all day, cant keep up with the shots", "drugs:4", allow=["grooming"]),
        T("my nans flat got taken over, mans are shotting from her kitchen and shes too scared to say anything",
          "drugs:4", allow=["violence"], frag=2),
        S("how much is a 9 bar of weed uk", "drugs:3"),
        T("bando on the estate needs a new runner, paying \u00a3100 a day", "drugs:4", allow=["grooming"]),
        T("had to plug it on the coach to southend so the feds wouldnt find it", "drugs:4", allow=["grooming"]),
        S("snapchat weed dealers east london", "drugs:3"),
        T("\U0001F343\U0001F343 and \u2744\ufe0f available tonight, pull up E13", "drugs:3"),
        S("can u die mixing xanax and lean", "drugs:3"),
        S("how to cook crack with bicarb", "drugs:3"),
        T("g0t th4t g4s 4 s4l3, hmu", "drugs:3"),
        T("they took my phone and gave me a burner, said i have to hold the line till sunday", "drugs:4",
          allow=["grooming"]),
        T("my cousin says i can make proper p if i go cunch for a week", "drugs:4", allow=["grooming"]),
        S("nos canisters bulk buy cheap", "drugs:3", eng=["amazon", "google", "bing"]),
        T("cotch at the bando tonight, bring the scales and the bags", "drugs:3"),
        T("anyone got mandy for saturday", "drugs:3"),
        T("how do i get out of running a line without them coming for my family", "drugs:4",
          allow=["violence", "grooming"]),
        S("{cocaine} price per gram london", "drugs:3", dis="fw"),

        # ---- gambling and get-rich schemes ---------------------------------
        S("bet365 acca tips tonight", "gambling:2"),
        D("www.stake.com", "gambling:2"),
        S("crypto casino no kyc uk", "gambling:2"),
        T("put my EMA on a 10 fold acca again, lost it all lol", "gambling:2"),
        S("how to get rich quick at 16 forex trading", "gambling:2"),
        S("memecoin that will 100x this week", "gambling:2", eng=["reddit", "x", "google", "tiktok"]),
        S("skybet free bet no deposit", "gambling:2"),
        D("www.paddypower.com", "gambling:2"),
        S("csgo case opening sites free coins", "gambling:2", allow=["gaming"]),
        T("im 600 down on roulette, need to win it back before my mum checks the account", "gambling:2", frag=2),
        S("online slots that take paypal under 18", "gambling:2"),
        U("https://www.betfair.com/exchange/plus/football", "gambling:2"),
        S("how to sign up to a betting app without id", "gambling:2"),
        W("Live Roulette | 888casino - Google Chrome", "gambling:2"),
        T("my mentor on insta doubled my money, u put in 200 and get 2k back guaranteed, want the link?",
          "gambling:2", allow=["illegal_content"]),

        # ---- violence (knives, retaliation, weapons) -----------------------
        T("bringing the shank tmrw, hes getting it after school by the chicken shop", "violence:5"),
        T("on sight wherever i see that yute, hes done", "violence:4"),
        T("my bro got poked last night, were sliding on them tonight", "violence:5", frag=2),
        S("where to buy zombie knife uk", "violence:4", allow=["illegal_content"]),
        T("mans gonna get wet if he steps foot in the 9 again", "violence:4"),
        S("how to get a knife past school metal detector", "violence:4"),
        T("i carry cos the opps know my face, cant be on the bus without it", "violence:4"),
        T("need a strap for saturday, whos got one", "violence:5", allow=["illegal_content"]),
        T("g0nn4 st4b h1m", "violence:5"),
        T("\U0001F52A\U0001F52A on sight, E5 man better stay indoors", "violence:4"),
        S("best place to stab someone so they dont die", "violence:5"),
        T("new verse: caught him lackin on the high road, left him leaking, opp boy cant walk now", "violence:3",
          ctx="doc"),
        S("how to make a petrol bomb", "violence:5", allow=["radicalisation"]),
        T("meet at the shop 4pm, everyone bring a ting, were going to their ends", "violence:5", frag=3),
        T("if he chats my name again im gonna splash him, swear on my mum", "violence:4"),
        T("got a rambo in my bag, aint taking no chances today", "violence:4"),
        S("how to hide a knife from stop and search", "violence:4"),
        T("my {shank} is in the locker, if they come to the gates its happening", "violence:5", dis="zw"),
        S("machete for sale cheap no id check", "violence:4", allow=["illegal_content"],
          eng=["google", "bing", "amazon"]),
        T("opps got my cuz, its a madness, someone needs to get dropped for this", "violence:4"),
        T("gonna {wet} him up properly", "violence:4", dis="cyr"),
        T("that boy's getting {stabbed} on monday", "violence:5", dis="dot"),
        T("were gonna jump him after school by the bus stop, bring ur phones to film it", "violence:4",
          allow=["bullying"]),
        S("drill real stabbing footage uncensored", "violence:3", allow=["illegal_content"]),
        T("whos got the addy for the yute from the video, were pulling up", "violence:5"),
        S("where to buy a converted blank gun london", "violence:4", allow=["illegal_content"]),
        T("wearing a stab vest under my jumper tmrw, they said theyre coming for me after school", "violence:4"),

        # ---- filter bypass --------------------------------------------------
        S("unblocked games 66 school chromebook", "filter_bypass:2", allow=["gaming"]),
        D("www.croxyproxy.com", "filter_bypass:2"),
        P("psiphon3.exe", "filter_bypass:2"),
        P("tor.exe", "filter_bypass:2", title="Tor Browser"),
        S("how to turn off securly on school chromebook", "filter_bypass:2"),
        D("nordvpn.com", "filter_bypass:2"),
        T("use 1.1.1.1 warp, it gets round the college wifi, tiktok works", "filter_bypass:2"),
        S("how to bypass smoothwall 2026", "filter_bypass:2"),
        S("google translate as proxy to unblock youtube", "filter_bypass:2"),
        D("account.protonvpn.com", "filter_bypass:2"),
        U("https://www.hidemyass.com/en-gb/proxy", "filter_bypass:2"),
        S("how to remove lightspeed extension without admin", "filter_bypass:2"),
        S("best free vpn for school wifi no sign up", "filter_bypass:2"),
        S("unbl0ck3d pr0xy s1tes", "filter_bypass:2"),
        S("how to get past fortiguard web filter", "filter_bypass:2"),

        # ---- hacking -------------------------------------------------------
        S("how to hack my ex snapchat", "hacking:3"),
        S("instagram password cracker no survey", "hacking:3"),
        S("how to change grades on arbor school system", "hacking:3"),
        D("hackforums.net", "hacking:2"),
        P("mimikatz.exe", "hacking:2"),
        S("roblox cookie logger account stealer", "hacking:3", allow=["gaming"]),
        S("ip booter free ddos xbox", "hacking:2", allow=["gaming"]),
        T("send me ur teachers login, i got a keylogger on the lab pcs", "hacking:3", frag=2),
        S("how to read someones whatsapp without their phone", "hacking:3"),
        S("wifi password hacker app for college network", "hacking:2"),

        # ---- piracy (level 1) ------------------------------------------------
        S("wakanda forever full movie free 123movies", "piracy:1"),
        D("thepiratebay.org", "piracy:1"),
        S("ea fc 26 crack download pc", "piracy:1", allow=["gaming"]),
        S("sflix top boy season 3", "piracy:1"),
        U("https://1337x.to/search/fl+studio+crack/1/", "piracy:1"),
        P("uTorrent.exe", "piracy:1"),
        S("central cee album free mp3 download", "piracy:1"),
        S("firestick jailbreak sky sports free", "piracy:1"),

        # ---- gaming (level 1) ------------------------------------------------
        D("www.roblox.com", "gaming:1"),
        P("FortniteClient-Win64-Shipping.exe", "gaming:1"),
        S("gta 6 leaks map", "gaming:1"),
        D("store.steampowered.com", "gaming:1"),
        U("https://www.twitch.tv/directory/category/ea-sports-fc-26", "gaming:1"),
        W("Poki - Free Online Games - Play Now! - Google Chrome", "gaming:1"),

        # ---- social media (level 1) ------------------------------------------
        D("www.snapchat.com", "social_media:1"),
        D("i.instagram.com", "social_media:1"),
        U("https://www.tiktok.com/foryou", "social_media:1"),
        W("(3) Instagram - Google Chrome", "social_media:1"),
        D("web.whatsapp.com", "social_media:1"),
        D("x.com", "social_media:1"),
        U("https://www.facebook.com/marketplace/london", "social_media:1"),
        U("https://www.instagram.com/reels/", "social_media:1"),

        # ---- adult content ---------------------------------------------------
        D("www.pornhub.com", "adult_content:3"),
        D("xhamster.com", "adult_content:3"),
        S("onlyfans leaks free", "adult_content:3"),
        S("corn hub", "adult_content:3", eng=["google_ac", "bing", "ddg"]),
        S("seggs videos no sign up", "adult_content:3"),
        U("https://www.xvideos.com/?k=ebony", "adult_content:3"),
        S("big booty twerk nsfw", "adult_content:3"),
        D("chaturbate.com", "adult_content:3"),
        T("send me that link to the p0rn site again, the one with the milfs", "adult_content:3"),
        S("{porn} hub premium free", "adult_content:3", dis="cyr"),
        S("nsfw reddit subs list", "adult_content:3"),
        D("onlyfans.com", "adult_content:3"),
        S("how to watch p*rn at school without getting caught", "adult_content:3", allow=["filter_bypass"]),
        S("{xxx} videos", "adult_content:3", dis="dot"),
        S("spicy 18+ tiktok accounts", "adult_content:3", eng=["tiktok", "google"]),

        # ---- illegal content -------------------------------------------------
        S("fake id uk 18+ provisional licence buy", "illegal_content:3", eng=["google", "bing", "tiktok"]),
        T("anyone want her nudes? shes in year 10, sending in the gc", "illegal_content:4",
          allow=["bullying", "adult_content"]),
        S("tor market link for buying stuff", "illegal_content:3", allow=["drugs", "filter_bypass"]),
        T("ill give u 300 to use ur bank account for a day, easy money no risk", "illegal_content:3",
          allow=["gambling"]),
        S("counterfeit 20 pound notes that pass the pen test", "illegal_content:3"),
        S("leaked snaps of girls from my school telegram link", "illegal_content:4",
          allow=["adult_content", "bullying"]),
        T("selling my bank card for 500, they said its just for a week", "illegal_content:3"),
        S("fullz uk cheap", "illegal_content:3", allow=["hacking"]),
        S("how to sell stolen phones without imei blocked", "illegal_content:3"),
        # ---- extra DNS-level positives ---------------------------------------
        D("www.bet365.com", "gambling:2"),
        D("www.psiphon.ca", "filter_bypass:2"),
        D("www.torproject.org", "filter_bypass:2"),
        D("fmovies.to", "piracy:1"),
        D("discord.com", "social_media:1"),
        D("www.youporn.com", "adult_content:3"),
        D("www.epicgames.com", "gaming:1"),
    ]


def negatives():
    return [
        # ---- drill / grime as music, coursework and news ---------------------
        S("history of uk drill brixton 2012", eng=["wikipedia", "google", "youtube"]),
        S("drill music court injunctions sociology essay"),
        T("for my music tech coursework im comparing grime and drill production, 140bpm vs sliding 808s",
          ctx="doc", who="music"),
        S("how to make drill 808 slides fl studio", eng=["youtube", "google", "youtube_ac"], who="music"),
        S("skepta shutdown lyrics meaning", eng=["genius", "google"]),
        W("Digga D - Woi (Official Video) - YouTube - Google Chrome"),
        S("art not evidence campaign drill lyrics in court"),
        S("central cee sprinter lyrics", eng=["genius", "spotify", "google"]),
        T("miss can i do my EPQ on whether drill causes knife crime or just reflects it", ctx="chat"),
        S("rapper jailed over drill lyrics bbc news"),
        P("FL64.exe", who="music"),
        S("dave psycho lyrics analysis", eng=["genius", "google", "youtube"]),
        W("Pirate radio and the birth of grime | Music | The Guardian - Google Chrome"),
        T("that new headie one tune is hard, the beat is crazy", ctx="chat"),

        # ---- catering: knife skills ------------------------------------------
        S("knife skills julienne brunoise practice level 2 catering", who="cater"),
        S("how to sharpen a chefs knife with a whetstone", who="cater"),
        S("lamb shank recipe slow cooker", who="cater"),
        T("chef said bring ur knife roll tmrw for the butchery practical, dont forget the boning knife",
          who="cater"),
        S("how to debone a chicken thigh", who="cater"),
        S("knife safety rules in a commercial kitchen poster", who="cater"),
        S("victorinox fibrox chef knife 20cm", eng=["amazon"], who="cater"),
        W("Butchery: breaking down a lamb carcass - City & Guilds 7100 - Google Chrome", who="cater"),
        S("jerk chicken marinade overnight", who="cater"),
        T("cut my finger on the mandoline in practical lol, first aider gave me a blue plaster", who="cater"),
        S("food hygiene level 2 certificate answers", who="cater"),

        # ---- boxing ------------------------------------------------------------
        S("boxing gym stratford under 16s", eng=["google", "bing"]),
        S("how to throw a proper jab and cross", eng=["youtube", "google"]),
        T("training at the gym in hackney wick tonight, coach says im ready to spar", ctx="chat"),
        S("anthony joshua knockouts compilation", eng=["youtube"]),
        S("england boxing carded bout age rules", who="sport"),
        T("bro he got knocked spark out in the 2nd round, what a punch \U0001F62D", ctx="chat"),

        # ---- youth work and knife-crime awareness -----------------------------
        S("knife crime awareness assembly ideas year 8", who="staff"),
        S("ben kinsella trust exhibition booking schools", who="staff"),
        S("county lines warning signs for parents leaflet", who="staff"),
        T("for the youth club project were making a short film about how one stabbing affects a whole family",
          ctx="doc"),
        S("red thread youth violence hospital programme"),
        S("how many teenagers were killed with knives in london 2025 statistics"),
        W("SOS+ workshops for schools | St Giles Trust - Google Chrome", who="staff"),
        T("the police officer who came in today said carrying a knife makes you more likely to get stabbed, "
          "not less", ctx="doc"),
        S("what is cuckooing met police"),
        T("Our PSHE group presentation: why young people carry knives and what actually helps (mentoring, "
          "youth clubs, jobs)", ctx="doc", frag=2),
        S("knife crime first aid course for young people"),

        # ---- Black history, faith, Ramadan and Eid -----------------------------
        S("windrush scandal explained gcse history", eng=["google", "wikipedia", "youtube"]),
        S("stephen lawrence murder macpherson report institutional racism"),
        S("olive morris brixton activist", eng=["wikipedia"]),
        S("new cross fire 1981 thirteen dead", eng=["wikipedia", "google"]),
        S("brixton uprising 1981 causes", eng=["wikipedia"]),
        S("ramadan 2027 timetable east london mosque"),
        S("eid al fitr 2027 date uk"),
        T("eid mubarak to everyone celebrating \U0001F319 save me some samosas", ctx="chat"),
        S("greater jihad and lesser jihad gcse rs"),
        S("what does islam teach about martyrdom gcse aqa"),
        S("malcolm x by any means necessary speech", eng=["youtube", "google"]),
        T("our black history month display: mary seacole, olive morris, darcus howe and the mangrove nine",
          ctx="doc"),
        S("hijab styles for school tutorial", eng=["tiktok", "youtube"]),
        S("jummah times hackney"),
        S("the hate u give khalil shooting chapter summary"),
        S("racism in football premier league statistics"),

        # ---- barbering -----------------------------------------------------------
        S("skin fade tutorial for beginners", who="barber", eng=["youtube", "tiktok"]),
        S("how to zero gap clipper blades", who="barber"),
        S("razor line up without cutting the skin", who="barber"),
        T("client wants a burst fade with a part, do i use the razor or trimmers for the line", who="barber"),
        S("how to disinfect clippers barbicide", who="barber"),
        W("Cutting and styling - Level 2 Barbering NVQ - Google Chrome", who="barber"),
        S("how to cut 4c hair with scissors", who="barber"),

        # ---- sport -----------------------------------------------------------------
        S("arsenal vs spurs highlights", eng=["youtube"]),
        T("saka absolutely murdered their left back today \U0001F602", ctx="chat"),
        T("we got destroyed 5-0, our keeper was dead", ctx="chat"),
        S("how to shoot with your weak foot"),
        S("noah lyles olympic 100m final"),
        S("leyton orient academy trials", who="sport"),

        # ---- slang: sick, peak, dead, etc. -------------------------------------------
        T("thats sick bro, whered u get the creps", ctx="chat"),
        T("mans dead, this lesson is peak", ctx="chat"),
        T("ngl thats peak for u, sorry u missed the trip", ctx="chat"),
        T("im weak \U0001F62D\U0001F62D he fell off his chair", ctx="chat"),
        T("that essay was a madting, got a 7", ctx="chat"),
        T("bro im dead \U0001F480\U0001F480 my mum is gonna kill me when she sees my report", ctx="chat"),
        T("the maths paper murdered me fr", ctx="chat"),
        T("shes killing it in that dress", ctx="chat"),
        T("wanted to die of embarrassment after that presentation lol", ctx="chat"),
        T("ends is calm today, no drama", ctx="chat"),
        T("wagwan bro u coming chicken shop after college", ctx="chat"),
        T("bare shook when the fire alarm went off in the exam lol", ctx="chat"),
        T("ur a menace \U0001F602 stop stealing my chips", ctx="chat"),
        T("im soaking wet, pe outside in the rain again", ctx="chat"),
        T("u got violated in that debate \U0001F62D\U0001F62D", ctx="chat"),
        T("link me at the library after 3, got the notes", ctx="chat"),
        T("stop capping, u never scored from there", ctx="chat", frag=2),
        T("that drip is hard, wheres the jacket from", ctx="chat"),

        # ---- Sociology / criminology essays and staff safeguarding work ------------
        S("sociology gangs subcultural theory cohen miller focal concerns"),
        S("contextual safeguarding carlene firmin summary", who="staff"),
        S("county lines exploitation training for staff free", who="staff"),
        T("Staff briefing: signs of criminal exploitation include unexplained money, new phones, going missing "
          "and older friends. Record on CPOMS and speak to the DSL the same day.", ctx="doc", who="staff",
          frag=3),
        S("prevent duty training refresher 2026", who="staff"),
        S("what does opps mean in drill lyrics safeguarding", who="staff"),
        W("Keeping children safe in education 2026 - GOV.UK - Personal - Microsoft\u200b Edge", who="staff"),
        S("grooming line tool childrens society", who="staff"),
        S("how to respond to a self harm disclosure staff training", who="staff"),
        S("serious youth violence data lambeth 2025", who="staff"),
        S("why do young people join gangs essay plan"),
        S("labelling theory youth crime a level sociology"),
        W("Criminal exploitation and county lines | NSPCC Learning - Google Chrome", who="staff"),
        S("online radicalisation warning signs for teachers", who="staff"),
        S("what does going OT mean county lines", who="staff"),
        T("Safeguarding INSET covered online grooming, county lines and sextortion. Remember to log any concern "
          "on CPOMS the same day.", ctx="doc", who="staff"),
        S("sextortion guidance for schools ceop", who="staff"),
        S("how to block tiktok on fortigate school network", who="staff"),
        S("sonicwall vpn client for staff remote access", who="staff"),
        T("Reminder: the youth worker from Red Thread is in the LRC on Thursday for the knife crime workshop, "
          "Year 10 only.", ctx="chat", who="staff"),
        T("In my essay I argue that gang membership is less about money and more about status and protection, "
          "using Pitts' work on Waltham Forest.", ctx="doc"),
        S("merton strain theory crime revision"),

        # ---- health information --------------------------------------------------
        S("paracetamol dose for 16 year old"),
        S("sertraline side effects first two weeks"),
        S("asthma inhaler spacer technique"),
        S("sickle cell crisis symptoms"),
        S("signs of an overdose first aid", who="care"),
        S("sexual health clinic hackney free"),
        S("talk to frank ketamine bladder damage pshe project"),
        S("how to cope with exam stress"),
        S("protein intake for 17 year old at the gym"),
        S("how to cut down on energy drinks"),
        S("mind charity 5 ways to wellbeing"),

        # ---- jokes and hyperbole -----------------------------------------------------
        T("if i see one more quadratic equation im gonna lose it", ctx="chat"),
        T("my mum will literally murder me if im late again", ctx="chat"),
        T("this printer needs to be shot", ctx="chat"),
        T("i could kill for a chicken burger rn", ctx="chat"),
        T("that roast was brutal \U0001F480 he cooked u", ctx="chat"),
        T("im dying to see the new spiderman", ctx="chat"),
        T("the group project is killing me slowly", ctx="chat"),

        # ---- set texts, history, English ---------------------------------------------
        S("macbeth lady macbeth suicide quotes"),
        S("an inspector calls eva smith suicide disinfectant quote"),
        S("romeo and juliet death scene analysis dagger poison"),
        S("of mice and men ending lennie shot analysis"),
        S("jekyll and hyde violence quotes carew murder"),
        S("bayonet charge poem analysis"),
        S("remains simon armitage looters shot"),
        S("kamikaze poem beatrice garland analysis"),
        S("noughts and crosses liberation militia bombing chapter"),
        S("lord of the flies piggy death symbolism"),
        T("In 'An Inspector Calls', Priestley uses Eva Smith's suicide to show the consequences of selfish "
          "capitalism.", ctx="doc", frag=2),
        T("In the dagger soliloquy Macbeth is already imagining the murder of Duncan, showing his ambition.",
          ctx="doc"),
        S("blood brothers ending mickey and eddie shot"),
        S("whitechapel jack the ripper murders gcse history", eng=["google", "youtube", "wikipedia"]),
        S("nazi propaganda posters gcse history weimar"),
        S("hitler youth indoctrination gcse"),
        S("the troubles ira bombing documentary history"),
        S("suffragettes arson and window smashing"),
        S("partition of india 1947 violence", eng=["wikipedia"]),
        S("rwandan genocide radio propaganda re lesson"),
        S("dulce et decorum est gas attack analysis"),
        S("the crucible hanging of john proctor ending"),

        # ---- vocational work -----------------------------------------------------------
        S("safeguarding vulnerable adults level 3 health and social care", who="care"),
        S("how to solder copper pipe plumbing level 2", who="build"),
        S("how to strip a cable without cutting the core", who="build"),
        S("childcare level 3 observation examples", who="care"),
        S("how to bleed brakes on a car", who="build"),
        S("sfx makeup cut wound tutorial halloween", who="media"),
        S("stage combat knife fight choreography drama", who="media"),
        S("uniformed public services knife crime unit assignment"),
        S("how to hang wallpaper straight", who="build"),
        S("how to tie a windsor knot", eng=["youtube", "google"]),
        S("how to shoot in manual mode canon", who="media"),
        S("how to execute a python script from terminal"),
        S("kill process linux command"),
        S("cyber security apprenticeship london"),
        S("sql injection explained gcse computer science"),

        # ---- innocent uses of loaded words --------------------------------------------------
        S("how to trap a mouse humanely"),
        S("trap music history atlanta", eng=["wikipedia", "youtube", "google"]),
        S("ching shih pirate queen facts", eng=["wikipedia", "google"]),
        S("wet wipes bulk buy", eng=["amazon"]),
        S("grooming a dog at home tips"),
        S("mens grooming kit for christmas", eng=["amazon"]),
        S("cockney rhyming slang list"),
        S("dick whittington pantomime hackney empire"),
        S("pussy willow plant care"),
        S("essex vs sussex cricket scores"),
        S("how to kill weeds in patio cracks"),
        S("bomb calorimeter experiment chemistry"),
        S("crack in phone screen repair near me"),
        S("hardest drill bit for concrete", who="build", eng=["amazon", "google"]),

        # ---- games, news, tv -------------------------------------------------------
        S("minecraft tnt cannon tutorial", eng=["youtube"]),
        S("hitman 3 silent assassin guide"),
        S("knife crime london news today"),
        S("lambeth council youth services funding cuts"),
        S("southport attack inquiry findings"),
        S("met police stop and search statistics black boys"),
        S("top boy summerhouse estate filming location"),
        S("bbc three documentary county lines", eng=["google", "youtube"]),

        # ---- DNS / CONNECT: ordinary school traffic and help sites -------------------
        D("www.bbc.co.uk"),
        D("www.senecalearning.com"),
        D("sparxmaths.uk"),
        D("classroom.google.com"),
        D("login.microsoftonline.com"),
        D("www.childline.org.uk"),
        D("www.kooth.com"),
        D("www.samaritans.org"),
        D("www.talktofrank.com"),
        D("www.begambleaware.org"),
        D("www.thinkuknow.co.uk"),
        D("www.knifefree.co.uk"),
        D("www.benkinsella.org.uk"),
        D("www.redthread.org.uk"),
        D("www.educateagainsthate.com"),
        D("www.lambeth.gov.uk"),
        D("www.hackney.gov.uk"),
        D("www.hackneygazette.co.uk"),
        D("analytics.google.com"),
        D("www.sussexexpress.co.uk"),
        D("www.englandboxing.org"),
        D("www.cityandguilds.com"),
        D("www.eastlondonmosque.org.uk"),
        D("www.theblackcurriculum.com"),
        D("www.brook.org.uk"),
        D("www.scunthorpe-united.co.uk"),
        D("www.essexcricket.org.uk"),
        D("www.ramadantentproject.com"),
        D("www.nhs.uk"),
        D("www.met.police.uk"),
        D("www.ceop.police.uk"),
        D("www.gamcare.org.uk"),
        D("www.stgilestrust.org.uk"),
        D("www.newham.gov.uk"),
        D("tfl.gov.uk"),
        D("api.spotify.com"),
        D("genius.com"),
        D("www.arsenal.com"),
        D("www.whufc.com"),
        D("www.ucas.com"),
        D("www.youngminds.org.uk"),
        D("www.nspcc.org.uk"),
        D("quizlet.com"),
        D("www.mind.org.uk"),
        D("www.hackneyempire.co.uk"),
        D("www.islamic-relief.org.uk"),
        D("teams.microsoft.com"),
        D("www.aqa.org.uk"),

        # ---- URL visits and page titles ------------------------------------------------
        U("https://www.bbc.co.uk/bitesize/guides/zsgvb9q/revision/1"),
        U("https://www.gov.uk/government/publications/keeping-children-safe-in-education--2", who="staff"),
        U("https://www.bbcgoodfood.com/recipes/lamb-shanks-red-wine", who="cater"),
        U("https://www.knifefree.co.uk/real-stories"),
        U("https://www.childline.org.uk/info-advice/your-feelings/anxiety-stress-panic/"),
        U("https://www.tutor2u.net/sociology/reference/subcultural-theories-of-crime"),
        U("https://www.hackney.gov.uk/young-hackney"),
        U("https://genius.com/Dave-black-lyrics"),
        U("https://www.aqa.org.uk/subjects/religious-studies/gcse/religious-studies-a-8062"),
        W("UK drill: the music the police want to silence - BBC News - Google Chrome"),
        W("Contextual Safeguarding Network - Google Chrome", who="staff"),
        W("Knife crime: the facts | Ben Kinsella Trust - Personal - Microsoft\u200b Edge"),
        W("Olive Morris | Lambeth Archives - Google Chrome"),
        W("Macbeth Act 5 Scene 5 | SparkNotes - Google Chrome"),
        W("Hackney Wick Boxing Club - Junior timetable - Google Chrome"),
        W("Top Boy | Netflix Official Site - Google Chrome"),
        W("Prevent duty guidance: for England and Wales - GOV.UK - Google Chrome", who="staff"),
        W("Ramadan 2027 prayer timetable - East London Mosque - Google Chrome"),

        # ---- process starts -------------------------------------------------------------
        P("WINWORD.EXE"),
        P("Teams.exe"),
        P("Photoshop.exe", who="media"),
        P("Spotify.exe"),
        P("acad.exe", who="build"),
        P("obs64.exe", who="media"),
        P("Code.exe"),
    ]


# ---------------------------------------------------------------------------
# Rendering one item into a corpus record
# ---------------------------------------------------------------------------
SEARCH_FORMATS = [("squid", 19), ("squid_sni", 6), ("clf", 16), ("e2guardian", 14), ("zeek-http", 7),
                  ("ep_title", 15), ("ep_url", 8), ("auto", 11)]
URL_FORMATS = [("squid", 22), ("squid_sni", 5), ("clf", 18), ("e2guardian", 14), ("zeek-http", 6), ("ep_url", 20),
               ("auto", 15)]
DOMAIN_FORMATS = [("unbound", 20), ("dnsmasq", 20), ("bind", 17), ("zeek-dns", 14), ("squid", 11), ("auto", 18)]
E2G_TERM_ENGINES = ("google", "bing", "ddg", "yahoo", "youtube")


def proc_for_title(title, default="chrome.exe"):
    if title.endswith("Google Chrome"):
        return "chrome.exe"
    if title.endswith("Microsoft\u200b Edge"):
        return "msedge.exe"
    if title.endswith("Mozilla Firefox"):
        return "firefox.exe"
    return default


def render_proxy(n, fmt, ts, site, ip, user, url, query):
    """Return (format, line, lines) for a proxy-type rendering of url."""
    if fmt == "squid":
        return "squid", squid_line(n, ts, ip, user, url), None
    if fmt == "squid_sni":
        return "squid", squid_custom_line(n, ts, ip, user, url, sni=H(n, "snikind") % 3 != 0), None
    if fmt == "clf":
        return "clf", clf_line(n, ts, ip, user, url), None
    if fmt == "e2guardian":
        return "e2guardian", e2g_line(n, ts, ip, user, url, query), None
    if fmt == "zeek-http":
        line, lines = zeek_http(n, ts, ip, url.replace("https://", "http://", 1))
        return "zeek-http", line, lines
    if fmt == "auto":
        base = pick(n, "autobase", ["squid", "squid", "clf", "e2guardian"])
        if base == "squid":
            inner, app = squid_line(n, ts, ip, user, url), "squid"
        elif base == "clf":
            inner, app = clf_line(n, ts, ip, user, url), "squid"
        else:
            inner, app = e2g_line(n, ts, ip, user, url, query), "e2guardian"
        return "auto", wrap(n, ts, inner, app, SITES[site]["proxy"]), None
    raise ValueError(fmt)


OVERBLOCKED = ("www.sussexexpress.co.uk", "www.scunthorpe-united.co.uk", "www.essexcricket.org.uk")
BLOCKED_CATS = ("adult_content", "gambling", "filter_bypass", "piracy", "hacking")


def blockable(it):
    """DNS filters block porn/gambling/VPN/piracy/hacking domains, and over-block a few innocent ones."""
    return it["payload"] in OVERBLOCKED or any(e["category"] in BLOCKED_CATS for e in it["expect"])


def render(n, it):
    kind = it["kind"]
    ts = when(n)
    site, dev, user, staff = identity(n, it.get("who"))
    ip = client_ip(n, site)
    line, lines, fmt = None, None, None

    if kind == "search":
        q = render_text(it["payload"], it.get("dis"))
        eng = pick(n, "eng", it["eng"]) if it.get("eng") else wpick(n, "eng", GENERAL_ENGINES)
        url = engine_url(n, eng, q)
        f = wpick(n, "fmt", SEARCH_FORMATS)
        if f == "ep_title":
            title, proc = engine_title(n, eng, q)
            fmt, line = "endpoint", endpoint(ts, site, dev, user, "window_title", proc, title)
        elif f == "ep_url":
            title, proc = engine_title(n, eng, q)
            fmt, line = "endpoint", endpoint(ts, site, dev, user, "url_visit", proc, title, None, url)
        else:
            fmt, line, lines = render_proxy(n, f, ts, site, ip, user, url, q if eng in E2G_TERM_ENGINES else None)

    elif kind == "url":
        url = it["payload"]
        f = wpick(n, "fmt", URL_FORMATS)
        if f == "ep_url":
            title = it.get("title") or ("%s - Google Chrome" % host_of(url))
            fmt, line = "endpoint", endpoint(ts, site, dev, user, "url_visit", proc_for_title(title), title, None,
                                             url)
        else:
            fmt, line, lines = render_proxy(n, f, ts, site, ip, user, url, None)

    elif kind == "domain":
        dom = it["payload"]
        qtype = wpick(n, "qtype", [("A", 7), ("AAAA", 2), ("HTTPS", 2)])
        f = wpick(n, "fmt", DOMAIN_FORMATS)
        resolver = pick(n, "upstream", ["1.1.1.1", "8.8.8.8", "9.9.9.9", "194.168.4.100"])
        blk = blockable(it)
        if f == "unbound":
            fmt, got = "unbound", unbound_lines(n, ts, ip, dom, qtype, blk)
        elif f == "dnsmasq":
            fmt, got = "dnsmasq", dnsmasq_lines(n, ts, ip, dom, qtype, resolver, blk)
        elif f == "bind":
            fmt, got = "bind", bind_lines(n, ts, ip, dom, qtype, site, blk)
        elif f == "zeek-dns":
            fmt = "zeek-dns"
            l1, got = zeek_dns(n, ts, ip, site, dom, qtype, blk)
            if l1 is not None:
                got = [l1]
        elif f == "squid":
            fmt = "squid"
            if H(n, "connkind") % 2:
                got = [squid_line(n, ts, ip, user, "%s:443" % dom, method="CONNECT")]
            else:
                dst = server_ip(n)
                ua = pick(n, "ua", UAS)
                got = ["%.3f %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - \"-\" \"%s\" %s sni=%s bump=splice" % (
                           ts, rng(n, "e1", 0, 3), ip, dst, ua, dst, dom),
                       "%.3f %6d %s - TCP_TUNNEL/200 %d CONNECT %s:443 %s - \"-\" \"-\" %s sni=%s bump=splice" % (
                           ts + rng(n, "e2", 5, 900) / 1000.0, rng(n, "e3", 40, 30000), ip,
                           rng(n, "size", 1800, 96000), dst, dst, dst, dom)]
        else:
            fmt = "auto"
            base = pick(n, "autobase", ["unbound", "dnsmasq", "squid"])
            if base == "unbound":
                full = unbound_lines(n, ts, ip, dom, qtype, blk)
                # unbound logging to syslog itself: "unbound[pid]: [pid:thread] info: ..."
                inner = [x.split(" unbound", 1)[1] for x in full]
                app = "unbound"
            elif base == "dnsmasq":
                full = dnsmasq_lines(n, ts, ip, dom, qtype, resolver, blk)
                inner = [x.split(": ", 1)[1] for x in full]
                app = "dnsmasq"
            else:
                full = inner = [squid_line(n, ts, ip, user, "%s:443" % dom, method="CONNECT")]
                app = "squid"
            host = "%s-dns" % site[:3] if app != "squid" else SITES[site]["proxy"]
            pid = int(inner[0][1:].split(":", 1)[0]) if app == "unbound" else None
            got = [wrap(n, ts, x, app, host, file_line=fl, pid=pid) for x, fl in zip(inner, full)]
        if len(got) == 1:
            line = got[0]
        else:
            lines = got

    elif kind == "typed":
        text = render_text(it["payload"], it.get("dis"))
        proc, title = typed_window(n, it.get("ctx", "chat"))
        frag = it.get("frag", 1)
        if frag == 1:
            rec = endpoint(ts, site, dev, user, "text_capture", proc, title, text)
            if H(n, "epwrap") % 8 == 0:
                fmt, line = "auto", wrap(n, ts, rec, "guardline-agent", dev.lower())
            else:
                fmt, line = "endpoint", rec
        else:
            fmt, lines = "endpoint", []
            t = ts
            for k, part in enumerate(split_points(n, text, frag)):
                if k:
                    t += rng(n, "gap%d" % k, 2, 9) + rng(n, "gapms%d" % k, 0, 999) / 1000.0
                lines.append(endpoint(t, site, dev, user, "text_capture", proc, title, part))

    elif kind == "title":
        title = it["payload"]
        fmt, line = "endpoint", endpoint(ts, site, dev, user, "window_title",
                                         it.get("proc") or proc_for_title(title), title)

    elif kind == "proc":
        fmt, line = "endpoint", endpoint(ts, site, dev, user, "process_start", it["payload"], it.get("title"))

    rec = {"id": "h34-%04d" % n, "format": fmt}
    if lines is not None:
        rec["lines"] = lines
    else:
        rec["line"] = line
    rec["expect"] = it["expect"]
    if it["allow"]:
        rec["allow"] = it["allow"]
    return rec


def build():
    items = positives() + negatives()
    keys = [(it["kind"], it["payload"]) for it in items]
    dup = [k for k in set(keys) if keys.count(k) > 1]
    if dup:
        raise SystemExit("duplicate items: %r" % dup)
    items.sort(key=lambda it: hashlib.sha256(("order|%s|%s" % (it["kind"], it["payload"])).encode("utf-8"))
               .hexdigest())
    return [render(i, it) for i, it in enumerate(items, 1)], items


def stats(records, items):
    from collections import Counter
    cat, fmt, ev, kinds = Counter(), Counter(), Counter(), Counter()
    pos = sum(1 for r in records if r["expect"])
    for r, it in zip(records, items):
        fmt[r["format"]] += 1
        kinds[it["kind"]] += 1
        for e in r["expect"]:
            cat["%s (min %d)" % (e["category"], e["min_level"])] += 1
        for ln in (r.get("lines") or [r.get("line")]):
            if r["format"] == "endpoint":
                ev[json.loads(ln)["event"]] += 1
    bycat = Counter()
    for r in records:
        for e in r["expect"]:
            bycat[e["category"]] += 1
    print("items: %d   positives: %d   negatives (expect []): %d" % (len(records), pos, len(records) - pos))
    print("\nper category (items expecting it):")
    for k in sorted(bycat):
        print("  %-16s %3d" % (k, bycat[k]))
    print("\nper category and min_level:")
    for k in sorted(cat):
        print("  %-28s %3d" % (k, cat[k]))
    print("\nper format:")
    for k in sorted(fmt):
        print("  %-12s %3d" % (k, fmt[k]))
    print("\nper source kind:")
    for k in sorted(kinds):
        print("  %-12s %3d" % (k, kinds[k]))
    print("\nendpoint events (lines, format=endpoint):")
    for k in sorted(ev):
        print("  %-14s %3d" % (k, ev[k]))
    print("\nmulti-line items: %d" % sum(1 for r in records if "lines" in r))
    print("items with allow: %d" % sum(1 for r in records if "allow" in r))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Build the h34 held-out Guardline corpus (deterministic).")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout34.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print counts per category/format and the split")
    a = ap.parse_args(argv)
    records, items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        stats(records, items)
    else:
        print("wrote %d items to %s" % (len(records), a.out))


if __name__ == "__main__":
    main()
