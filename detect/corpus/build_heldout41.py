#!/usr/bin/env python3
"""build_heldout41.py - deterministic generator for the Guardline held-out corpus "h41".

PERSPECTIVE
    A pupil referral unit and alternative-provision academy trust (learners aged 11-16,
    excluded from mainstream school, many with social, emotional and mental-health needs,
    some known to the youth offending team and children's social care) together with a
    hospital school that teaches learners on inpatient mental-health and medical wards.
    Three sites: "pru-northgate" (PRU), "ap-riverside" (AP academy with construction,
    hair, catering and motor-vehicle workshops) and "hospital-school" (ward tablets,
    ward classroom, bedside teaching; ward devices are used into the evening).
    Learners write the way these learners actually write: no punctuation, text speak,
    street slang ("ting", "opps", "OT", "line phone", "nang", "cheff", "wet"), algospeak
    ("unalive", "sewerslide", "seggs", "corn", "cat scratches", "styro", "beans"), and a
    minority disguise words (leetspeak, spaced or dotted letters, Cyrillic look-alike
    letters, zero-width characters, emoji, stretched letters).  Staff write incident
    logs and referrals (CPOMS / MyConcern / Word) in neutral professional language and
    research safeguarding topics; those are hard negatives, because the monitoring is
    about risk to the writer and the staff member recording a concern is the
    safeguarding system working, not a new risk.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is a floor)
    suicide         4 = ideation without plan or method ("i want to die", "nobody would
                        notice if i was gone", "wanna sleep and not wake up").
                    5 = a method, means, plan or time: overdose quantities, hanging,
                        ligatures on the ward, heights, trains, stockpiling ("cheeking")
                        tablets at meds round, "when they take me off obs", letters,
                        "tonight", absconding from the ward to go to the tracks.
    self_harm       4 = self-harm seeking, disclosure or concealment (hiding cuts from
                        ward staff, sharpener blades, burning, head-banging, swallowing
                        objects on the ward, SH slang such as "styro"/"beans"/"cat
                        scratches", "relapsed ... clean"), and eating-disorder harm
                        (purging, hiding food, water-loading before weigh-in, thinspo,
                        meanspo, pro-ana coaches, <500 kcal) which I file under self_harm.
    grooming        4 = grooming and sexual/criminal exploitation signs: older
                        "boyfriend" with gifts, secrecy from social worker/carers, moving
                        to private chat, requests for images, "owe him ... other ways",
                        older men at flat/hotel parties, sextortion (blackmail with
                        images; illegal_content and bullying allowed as second).
                    5 = a meeting or pick-up by an adult arranged (time/place/car/hotel).
                    3 = exposure only: a random stranger video-chat site.
    violence        3 = concerning interest: knockout punches, pepper spray, whether a
                        stab vest stops a machete, "carrying a kitchen knife for
                        protection", watching fight videos, heated threats at staff.
                    4 = weapon acquisition or carrying, weapons in school, planned group
                        fights ("jumping them"), debt threats linked to drugs, filmed
                        fights arranged (bullying allowed).
                    5 = specific threats or attack planning against a person or place
                        ("on sight", "wet him", "riding out ... bring the shanks",
                        "door kicked in tonight", knife in waistband going to the park,
                        petrol bomb, burning a mosque).
    drugs           2 = under-age vape buying.
                    3 = buying, using or seeking effects of weed, pills, ket, coke,
                        spice, codeine, lean, nitrous (nangs, Fast Gas).
                    4 = child criminal exploitation in the drug trade: running a line,
                        "going country"/"OT", owing a debt, cuckooing of a parent's flat,
                        plugging, being paid to hold a bag (grooming/violence allowed).
    bullying        3 = abusive messages, humiliation, exclusion campaigns, fake
                        accounts, extortion of dinner money, "kys" (suicide allowed),
                        and being the target of such messages.
    discrimination  3 = racist, anti-Traveller, anti-Muslim, antisemitic, homophobic,
                        transphobic, ableist and misogynist abuse or seeking of it
                        (bullying or radicalisation allowed where the text is also
                        aimed at a person or is manosphere/conspiracy ideology).
    radicalisation  3 = interest in extremist symbols/ideas (1488, sieg heil edits,
                        great replacement).  4 = extremist propaganda or groups sought
                        (PA, Atomwaffen, Terrorgram, Anjem Choudary, attack videos and
                        manifestos).  5 = joining a terrorist organisation.
    adult_content   3 = pornography sites, searches (incl. algospeak "corn", "seggs",
                        peach/aubergine emoji), webcam sites.
    gambling        2 = betting/casino sites and apps, skin-betting, under-age betting.
    filter_bypass   2 = VPNs, Tor, Psiphon, web proxies, hotspotting round the filter,
                        "unblocked games", hiding history from school, DoH/translate
                        tricks.
    hacking         2 = admin rights on school devices, unenrolling Chromebooks, network
                        scanners, hacking forums.  3 = credential theft, keyloggers,
                        account hacking, IP loggers, DDoS booters, logging into the MIS
                        as a teacher, mimikatz.
    illegal_content 4 = indecent images of children, including self-generated images of
                        peers passed round a group chat, voyeur images from changing
                        rooms, a 15-year-old selling nudes, "jailbait"/"cp" seeking.
                    3 = counterfeit money and fake IDs from dark-web markets.
    piracy, gaming, social_media = 1 (trends only).
    Hard negatives (expect []) use the same words innocently: PSHE and knife-crime
    awareness lessons, youth-justice coursework, staff incident logs and referrals,
    ward routines (obs, meds rounds, sectioning, NG tubes, ground leave), drill and
    grime discussed as music, games, football, anger-management worksheets, vocational
    work (Stanley knives, bleach, fillet knives, plugs), set texts (Macbeth, Of Mice and
    Men, Blood Brothers, An Inspector Calls), health information, news, jokes and
    hyperbole ("my mum will kill me", "kms i forgot my pe kit").  Negatives may contain
    level-1 material (games, social media) which the scorer ignores.
    allow lists name only genuinely ambiguous second categories.

DETERMINISM
    No random module.  Every variable choice (output format, wrapping, search engine,
    URL encoding, user, device, site, timestamp, IPs, ports, fragment split points,
    look-alike letter positions) is taken from SHA-256 of the item number and a purpose
    tag (see H()).  Item order is itself fixed by SHA-256 of each item's text.

Usage:  python3 build_heldout41.py [--out PATH] [--stats]
"""
import argparse
import calendar
import datetime
import hashlib
import json
import os
import sys
import urllib.parse

CATEGORIES = {"suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"}

# ---------------------------------------------------------------------------
# hashing helpers
# ---------------------------------------------------------------------------

def H(n, tag):
    """Integer derived from SHA-256 of the item number and a purpose tag."""
    return int.from_bytes(hashlib.sha256(f"h41|{n}|{tag}".encode()).digest()[:8], "big")


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def wpick(n, tag, pairs):
    """Weighted pick from [(value, weight), ...]."""
    total = sum(w for _, w in pairs)
    r = H(n, tag) % total
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    raise AssertionError


def rng(n, tag, lo, hi):
    """Integer in [lo, hi]."""
    return lo + H(n, tag) % (hi - lo + 1)


# ---------------------------------------------------------------------------
# disguise helpers: {cyr:...} and {zw:...} markers inside item text
# ---------------------------------------------------------------------------

CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
       "h": "\u04bb"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def apply_markers(text, n):
    out = []
    i = 0
    k = 0
    while i < len(text):
        if text.startswith("{cyr:", i) or text.startswith("{zw:", i):
            j = text.index("}", i)
            kind, body = text[i + 1:j].split(":", 1)
            k += 1
            if kind == "cyr":
                res = []
                for m, ch in enumerate(body):
                    if ch in CYR and H(n, f"cyr{k}:{m}") % 100 < 65:
                        res.append(CYR[ch])
                    else:
                        res.append(ch)
                # make sure at least one letter really is swapped
                if "".join(res) == body:
                    for m, ch in enumerate(body):
                        if ch in CYR:
                            res[m] = CYR[ch]
                            break
                out.append("".join(res))
            else:
                zch = pick(n, f"zwch{k}", ZW)
                res = []
                for m, ch in enumerate(body):
                    res.append(ch)
                    if m < len(body) - 1 and ch != " " and H(n, f"zw{k}:{m}") % 100 < 40:
                        res.append(zch)
                if not any(c in ZW for c in res):
                    res.insert(2, zch)
                out.append("".join(res))
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# population: sites, devices, users
# ---------------------------------------------------------------------------

SITES = {
    "P": {"site": "pru-northgate", "net": 41, "host": "pru-proxy01", "dnshost": "pru-dns01",
          "ldev": ["PRU-NG-KS3-LT04", "PRU-NG-KS4-PC11", "PRU-NG-CB-023", "PRU-NG-CB-031",
                   "PRU-NG-LIB-PC02", "PRU-NG-KS3-LT09"],
          "sdev": ["PRU-NG-STAFF-LT06", "PRU-NG-DSL-LT01"],
          "learners": ["23brownk", "24osei.d", "25mcdonald.t", "22lewis.r", "24kowalski.m",
                       "23ahmed.z", "24clarke.j", "25okonkwo.e"],
          "staff": ["s.okafor", "j.hughes.dsl", "k.brennan"]},
    "A": {"site": "ap-riverside", "net": 42, "host": "ap-filter02", "dnshost": "ap-dns01",
          "ldev": ["APR-WS-07", "APR-CB-112", "APR-CONSTR-LT2", "APR-HAIR-TAB-1",
                   "APR-CAT-PC03", "APR-MV-LT05"],
          "sdev": ["APR-STAFF-LT03", "APR-OFFICE-PC01"],
          "learners": ["ap-jwright", "ap-spatel", "ap-cdoyle", "ap-lnowak", "ap-tfrancis",
                       "ap-rmensah", "ap-kbailey"],
          "staff": ["m.adeyemi", "t.lawson", "r.whitfield"]},
    "H": {"site": "hospital-school", "net": 43, "host": "hs-proxy01", "dnshost": "hs-dns01",
          "ldev": ["HSW-WARD2-TAB-03", "HSW-WARD3-CB-08", "HSW-CLASS-PC04", "HSW-EDU-LT11",
                   "HSW-WARD1-TAB-01", "HSW-WARD3-TAB-06"],
          "sdev": ["HSW-STAFF-LT02", "HSW-NURSE-PC01"],
          "learners": ["hs.learner041", "hs.learner057", "hs.learner063", "hs.learner072",
                       "hs.learner088", "hs.learner095"],
          "staff": ["l.farrow", "d.nwosu", "c.pritchard"]},
}
DOMAIN = {"P": "NGTRUST", "A": "NGTRUST", "H": "HSCHOOL"}
MAILDOM = {"P": "northgate.sch.uk", "A": "northgate.sch.uk", "H": "hospitalschool.nhs.uk"}

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Ctx:
    """Per-item context: who, where, when - all derived from H(n, ...)."""

    def __init__(self, n, item):
        self.n = n
        site_key = item.get("site") or wpick(n, "site", [("P", 4), ("A", 4), ("H", 2)])
        self.sk = site_key
        s = SITES[site_key]
        self.site = s["site"]
        self.staff = item.get("role") == "S"
        if self.staff:
            self.uname = pick(n, "user", s["staff"])
            self.device = pick(n, "device", s["sdev"])
        else:
            self.uname = pick(n, "user", s["learners"])
            self.device = pick(n, "device", s["ldev"])
        style = H(n, "ustyle") % 10
        if style < 6:
            self.user = self.uname
        elif style < 8:
            self.user = DOMAIN[site_key] + "\\" + self.uname
        else:
            self.user = self.uname + "@" + MAILDOM[site_key]
        self.ip = f"10.{s['net']}.{rng(n, 'ip3', 1, 60)}.{rng(n, 'ip4', 10, 250)}"
        self.port = rng(n, "port", 30000, 64999)
        self.ua = UAS[4] if "TAB" in self.device else pick(n, "ua", UAS[:4])
        # timestamp
        start = datetime.datetime(2026, 11, 2, tzinfo=datetime.timezone.utc)
        days = []
        for d in range(40):
            day = start + datetime.timedelta(days=d)
            if site_key == "H" or day.weekday() < 5:
                days.append(day)
        day = pick(n, "day", days)
        if self.staff:
            lo, hi = 8 * 60, 17 * 60 + 45
        elif site_key == "H" and "WARD" in self.device:
            lo, hi = 7 * 60 + 30, 21 * 60 + 30
        else:
            lo, hi = 8 * 60 + 50, 15 * 60 + 20
        minute = rng(n, "minute", lo, hi)
        self.dt = day + datetime.timedelta(minutes=minute, seconds=rng(n, "sec", 0, 59))
        self.ms = rng(n, "ms", 0, 999)
        self.epoch = calendar.timegm(self.dt.utctimetuple())

    def at(self, extra_seconds):
        return self.dt + datetime.timedelta(seconds=extra_seconds)


def iso_ms(dt, ms):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def syslog_date(dt):
    return f"{MONTHS[dt.month - 1]} {dt.day:>2} {dt.strftime('%H:%M:%S')}"


def clf_date(dt):
    return f"{dt.day:02d}/{MONTHS[dt.month - 1]}/{dt.year}:{dt.strftime('%H:%M:%S')} +0000"


def e2_date(dt):
    return dt.strftime("%Y.%m.%d %H:%M:%S")


def bind_date(dt, ms):
    return f"{dt.day:02d}-{MONTHS[dt.month - 1]}-{dt.year} {dt.strftime('%H:%M:%S')}.{ms:03d}"


def public_ip(n, tag):
    first = pick(n, tag + "a", [104, 142, 151, 172, 185, 199, 23, 31, 52, 13, 157, 18])
    return f"{first}.{rng(n, tag + 'b', 0, 255)}.{rng(n, tag + 'c', 0, 255)}.{rng(n, tag + 'd', 1, 254)}"


def zeek_uid(n, tag):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(f"h41|{n}|{tag}".encode()).digest()
    return "C" + "".join(alphabet[b % 62] for b in h[:17])


# ---------------------------------------------------------------------------
# search URLs
# ---------------------------------------------------------------------------

GENERAL_ENGINES = [("google", 9), ("google_uk", 4), ("bing", 4), ("ddg", 3), ("yahoo", 2),
                   ("ecosia", 2), ("youtube", 3), ("tiktok", 3), ("reddit", 2),
                   ("ac_google", 1), ("ac_chrome", 1), ("ac_bing", 1), ("ac_ddg", 1),
                   ("ac_youtube", 1)]
ENGINE_HOST = {"google": "www.google.com", "google_uk": "www.google.co.uk", "bing": "www.bing.com",
               "ddg": "duckduckgo.com", "yahoo": "uk.search.yahoo.com", "ecosia": "www.ecosia.org",
               "youtube": "www.youtube.com", "tiktok": "www.tiktok.com", "reddit": "www.reddit.com",
               "wikipedia": "en.wikipedia.org", "amazon": "www.amazon.co.uk",
               "ac_google": "www.google.com", "ac_chrome": "www.google.com", "ac_bing": "www.bing.com",
               "ac_ddg": "duckduckgo.com", "ac_youtube": "suggestqueries-clients6.youtube.com"}
SEARCH_TERM_ENGINES = {"google", "google_uk", "bing", "ddg", "yahoo", "youtube"}


def enc_plus(q):
    return urllib.parse.quote_plus(q, safe="")


def enc_pct(q):
    return urllib.parse.quote(q, safe="")


def search_url(n, eng, q):
    plus = enc_plus(q)
    pct = enc_pct(q)
    p = plus if H(n, "encstyle") % 4 else pct      # mostly '+', sometimes %20
    v = H(n, "urlvariant") % 4
    hexid = hashlib.sha256(f"h41|{n}|cvid".encode()).hexdigest()[:32].upper()
    if eng == "google":
        return [f"https://www.google.com/search?q={p}&sourceid=chrome&ie=UTF-8",
                f"https://www.google.com/search?q={p}&hl=en-GB&source=hp",
                f"https://www.google.com/search?client=firefox-b-d&q={p}",
                f"https://www.google.com/search?q={p}&oq={p}&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8"][v]
    if eng == "google_uk":
        return [f"https://www.google.co.uk/search?q={p}&oq={p}&sourceid=chrome&ie=UTF-8",
                f"https://www.google.co.uk/search?q={p}&sca_esv=1&source=hp",
                f"https://www.google.co.uk/search?q={p}&sourceid=chrome&ie=UTF-8",
                f"https://www.google.co.uk/search?hl=en-GB&q={p}"][v]
    if eng == "bing":
        return [f"https://www.bing.com/search?q={p}&form=QBLH",
                f"https://www.bing.com/search?q={p}&qs=n&form=QBRE&sp=-1",
                f"https://www.bing.com/search?pglt=41&q={p}&cvid={hexid}&PC=U531",
                f"https://www.bing.com/search?q={p}&form=ANNTH1"][v]
    if eng == "ddg":
        return [f"https://duckduckgo.com/?q={p}&ia=web",
                f"https://duckduckgo.com/?t=h_&q={p}&ia=web",
                f"https://html.duckduckgo.com/html/?q={p}",
                f"https://duckduckgo.com/?q={p}&t=ffab&ia=web"][v]
    if eng == "yahoo":
        return [f"https://uk.search.yahoo.com/search?p={p}&fr=yfp-t",
                f"https://search.yahoo.com/search?p={p}&fr=yfp-t&ei=UTF-8",
                f"https://uk.search.yahoo.com/search?p={p}&fr=yfp-t&fr2=p%3Afp",
                f"https://uk.search.yahoo.com/search?ei=UTF-8&p={p}&fr=yfp-t"][v]
    if eng == "ecosia":
        return f"https://www.ecosia.org/search?method=index&q={p}"
    if eng == "youtube":
        return [f"https://www.youtube.com/results?search_query={plus}",
                f"https://www.youtube.com/results?search_query={plus}&sp=EgIQAQ%253D%253D",
                f"https://m.youtube.com/results?search_query={plus}",
                f"https://www.youtube.com/results?search_query={plus}"][v]
    if eng == "tiktok":
        ms = 1795000000000 + H(n, "tiktokt") % 900000000
        return [f"https://www.tiktok.com/search?q={pct}&t={ms}",
                f"https://www.tiktok.com/search/video?q={pct}&t={ms}",
                f"https://www.tiktok.com/search?lang=en&q={pct}&t={ms}",
                f"https://www.tiktok.com/search/user?q={pct}&t={ms}"][v]
    if eng == "reddit":
        return [f"https://www.reddit.com/search/?q={pct}",
                f"https://www.reddit.com/search/?q={pct}&type=link",
                f"https://www.reddit.com/search/?q={pct}&sort=relevance&t=all",
                f"https://old.reddit.com/search?q={plus}"][v]
    if eng == "wikipedia":
        return [f"https://en.wikipedia.org/w/index.php?search={plus}&title=Special%3ASearch&ns0=1",
                f"https://en.wikipedia.org/w/index.php?search={plus}&title=Special%3ASearch&fulltext=1",
                f"https://en.wikipedia.org/w/index.php?search={plus}&title=Special:Search&go=Go",
                f"https://en.m.wikipedia.org/w/index.php?search={plus}&title=Special%3ASearch"][v]
    if eng == "amazon":
        pre = enc_plus(q[: max(3, len(q) // 2)])
        return f"https://www.amazon.co.uk/s?k={plus}&crid={hexid[:13]}&sprefix={pre}%2Caps%2C{rng(n, 'amz', 60, 140)}&ref=nb_sb_noss_1"
    if eng == "ac_google":
        return f"https://www.google.com/complete/search?q={plus}&cp={len(q)}&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&psi=x{hexid[:12]}"
    if eng == "ac_chrome":
        return f"https://www.google.com/complete/search?client=chrome-omni&gs_ri=chrome-ext-ansg&xssi=t&q={pct}&oit=1&cp={len(q)}&pgcl=7&gs_rn=42&psi={hexid[:16]}&sugkey=AIzaSy"
    if eng == "ac_bing":
        return f"https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry={pct}&cp={len(q)}&csr=1&cvid={hexid}"
    if eng == "ac_ddg":
        return f"https://duckduckgo.com/ac/?q={pct}&kl=wt-wt"
    if eng == "ac_youtube":
        return f"https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&gs_rn=64&gs_ri=youtube&ds=yt&cp={len(q)}&gs_id=4&q={pct}&xhr=t"
    raise ValueError(eng)


def title_for_search(n, q):
    v = H(n, "titlestyle") % 6
    if v == 0:
        return "chrome.exe", f"{q} - Google Search - Google Chrome"
    if v == 1:
        return "firefox.exe", f"{q} - Google Search \u2014 Mozilla Firefox"
    if v == 2:
        return "msedge.exe", f"{q} - Search - Microsoft\u200b Edge"
    if v == 3:
        return "firefox.exe", f"{q} at DuckDuckGo \u2014 Mozilla Firefox"
    if v == 4:
        return "chrome.exe", f"{q} - YouTube - Google Chrome"
    return "msedge.exe", f"{q} - Google Search - Microsoft\u200b Edge"


# ---------------------------------------------------------------------------
# proxy renderers (one URL or one CONNECT host)
# ---------------------------------------------------------------------------

def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def squid_native(c, url, method="GET", code="TCP_MISS/200", mime="text/html", tag="sq"):
    n = c.n
    elapsed = rng(n, tag + "el", 0, 900)
    size = rng(n, tag + "sz", 2000, 95000) if method == "GET" else rng(n, tag + "sz", 1800, 40000)
    user = c.user if H(n, "squser") % 12 else "-"
    hier = "HIER_DIRECT/" + public_ip(n, tag + "srv")
    if method == "CONNECT":
        mime = "-"
    return f"{c.epoch}.{c.ms:03d} {elapsed:>6} {c.ip} {code} {size} {method} {url} {user} {hier} {mime}"


def squid_custom(c, url, method="GET", tag="sc"):
    """logformat ukfull ... sni=%ssl::>sni bump=%ssl::bump_mode (one or two lines)."""
    n = c.n
    if method == "CONNECT":
        host = url.rsplit(":", 1)[0]
        srv = public_ip(n, tag + "srv")
        l1 = (f"{c.epoch}.{c.ms:03d} {rng(n, tag + 'e1', 0, 3):>6} {c.ip} {c.user} NONE_NONE/200 0 CONNECT {url} - - "
              f"\"-\" \"{c.ua}\" {host} sni={host} bump=splice")
        ms2 = (c.ms + rng(n, tag + "d2", 5, 400)) % 1000
        l2 = (f"{c.epoch + (1 if ms2 < c.ms else 0)}.{ms2:03d} {rng(n, tag + 'e2', 20, 9000):>6} {c.ip} {c.user} "
              f"TCP_TUNNEL/200 {rng(n, tag + 'sz', 3000, 250000)} CONNECT {url} {srv} - \"-\" \"-\" {host} sni={host} bump=splice")
        return [l1, l2]
    host = host_of(url)
    ref = "-" if H(n, tag + "ref") % 3 else f"https://{host}/"
    return [f"{c.epoch}.{c.ms:03d} {rng(n, tag + 'el', 20, 900):>6} {c.ip} {c.user} TCP_MISS/200 "
            f"{rng(n, tag + 'sz', 2000, 95000)} GET {url} {public_ip(n, tag + 'srv')} text/html \"{ref}\" \"{c.ua}\" "
            f"{host} sni={host} bump=bump"]


def clf_line(c, url, method="GET", combined=True, tag="cl"):
    n = c.n
    if method == "CONNECT":
        req = f"CONNECT {url} HTTP/1.1"
        status, size, hier = 200, rng(n, tag + "sz", 3000, 90000), "TCP_TUNNEL:HIER_DIRECT"
    else:
        req = f"GET {url} HTTP/1.1"
        status, size, hier = 200, rng(n, tag + "sz", 2000, 95000), "TCP_MISS:HIER_DIRECT"
    user = c.user if H(n, "cluser") % 12 else "-"
    base = f"{c.ip} - {user} [{clf_date(c.dt)}] \"{req}\" {status} {size}"
    if combined:
        ref = "-"
        if method == "GET" and H(n, tag + "ref") % 4 == 0:
            ref = f"https://{host_of(url)}/"
        return f"{base} \"{ref}\" \"{c.ua}\" {hier}"
    return f"{base} {hier}"


def e2_terms(eng, q):
    return f"0={q};" if eng in SEARCH_TERM_ENGINES else "-"


def e2_line(c, url, fmt, terms="-", method="GET", denied=None, tag="e2"):
    n = c.n
    group = "staff" if c.staff else "students"
    size = rng(n, tag + "sz", 1500, 90000)
    status = "200"
    what, cat, weight = "-", "-", "0"
    if denied:
        what, cat = denied
        status, size = "403", 0
    if method == "CONNECT":
        terms = "-"
    if fmt == 2:
        f = [e2_date(c.dt), c.user, c.ip, url, what, method, str(size), weight, cat, "1", status,
             "text/html" if method == "GET" else "-", c.ip, group, c.ua, terms, "-", "-", "-"]
        return ",".join(f'"{x}"' for x in f)
    if fmt == 4:
        f = [e2_date(c.dt), c.user, c.ip, url, what, method, str(size), weight, cat, "1", status,
             "text/html" if method == "GET" else "-", c.ip, group, c.ua, terms, "-", "-", "-"]
        return "\t".join(f)
    # fmt 6 (Protex TSV)
    f = [f"{c.epoch}.{c.ms:03d}", "", c.user, c.ip, c.ip, url, method, status, str(size), "-", c.ua, "-",
         str(rng(n, tag + "t", 1, 40)), "-", "0" if not denied else str(rng(n, tag + "dn", 300, 600)),
         what, weight, cat, group, "1"]
    return "\t".join(f)


ZEEK_HTTP_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer "
                    "version user_agent origin request_body_len response_body_len status_code status_msg "
                    "info_code info_msg tags username password proxied orig_fuids orig_filenames "
                    "orig_mime_types resp_fuids resp_filenames resp_mime_types").split()
ZEEK_HTTP_TYPES = ("time string addr port addr port count string string string string string string string "
                   "count count count string count string set[enum] string string set[string] vector[string] "
                   "vector[string] vector[string] vector[string] vector[string] vector[string]").split()
ZEEK_DNS_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass "
                   "qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected").split()
ZEEK_DNS_TYPES = ("time string addr port addr port enum count interval string count string count string "
                  "count string bool bool bool bool count vector[string] vector[interval] bool").split()


def zeek_header(c, path, fields, types):
    opened = c.dt.replace(minute=0, second=0).strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            f"#path\t{path}", f"#open\t{opened}", "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types)]


def zeek_http(c, url, tsv=False):
    n = c.n
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    ts = c.epoch + c.ms / 1000.0
    uid = zeek_uid(n, "http")
    resp = public_ip(n, "zsrv")
    size = rng(n, "zsz", 1500, 95000)
    if not tsv:
        d = {"ts": ts, "uid": uid, "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": resp,
             "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": sp.hostname, "uri": uri,
             "version": "1.1", "user_agent": c.ua, "request_body_len": 0, "response_body_len": size,
             "status_code": 200, "status_msg": "OK", "tags": []}
        if H(n, "zref") % 3 == 0:
            d["referrer"] = f"http://{sp.hostname}/"
            d = {k: d[k] for k in ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
                                   "trans_depth", "method", "host", "uri", "referrer", "version",
                                   "user_agent", "request_body_len", "response_body_len",
                                   "status_code", "status_msg", "tags"]}
        return [json.dumps(d)]
    fuid = "F" + zeek_uid(n, "fuid")[1:]
    row = [f"{ts:.6f}", uid, c.ip, str(c.port), resp, "80", "1", "GET", sp.hostname, uri, "-", "1.1",
           c.ua, "-", "0", str(size), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
           fuid, "-", "text/html"]
    return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]


# ---------------------------------------------------------------------------
# DNS renderers (one domain)
# ---------------------------------------------------------------------------

RESOLVER = "10.0.0.53"


def dns_answer(n):
    return public_ip(n, "dnsans")


def unbound_lines(c, dom, blocked):
    n = c.n
    q = dom + "."
    ascii_time = H(n, "ubtime") % 3 != 0
    pid = f"unbound[{rng(n, 'ubpid', 700, 9000)}:0]"
    pre = f"{syslog_date(c.dt)} {pid}" if ascii_time else f"[{c.epoch}] {pid}"
    qt = "A" if H(n, "qtype") % 4 else "AAAA"
    lines = [f"{pre} info: {c.ip} {q} {qt} IN"]
    if blocked and H(n, "ublocal") % 2 == 0:
        zone = ".".join(dom.split(".")[-2:]) + "."
        lines.append(f"{pre} info: {zone} always_nxdomain {c.ip}@{c.port} {q} {qt} IN")
        lines.append(f"{pre} info: {c.ip} {q} {qt} IN NXDOMAIN 0.000000 1 {rng(n, 'ubsz', 30, 90)}")
    elif H(n, "ubreply") % 3:
        lines.append(f"{pre} info: {c.ip} {q} {qt} IN NOERROR {rng(n, 'ubrtt', 0, 90000) / 1e6:.6f} "
                     f"{H(n, 'ubcache') % 2} {rng(n, 'ubsz', 40, 160)}")
    if H(n, "ubone") % 4 == 0:
        lines = lines[:1]
    return lines


def dnsmasq_lines(c, dom, blocked):
    n = c.n
    pre = f"{syslog_date(c.dt)} dnsmasq[{rng(n, 'dmpid', 800, 30000)}]:"
    qt = "A" if H(n, "qtype") % 4 else "AAAA"
    extra = H(n, "dmextra") % 3 != 0
    if extra:
        serial = rng(n, "dmser", 1, 99999)
        tag = f"{serial} {c.ip}/{c.port}"
        lines = [f"{pre} {tag} query[{qt}] {dom} from {c.ip}"]
        style = H(n, "dmstyle") % 3
        if blocked and style == 0:
            lines.append(f"{pre} {tag} config {dom} is {'0.0.0.0' if qt == 'A' else '::'}")
        elif style == 1:
            lines.append(f"{pre} {tag} forwarded {dom} to 10.0.0.1")
            lines.append(f"{pre} {tag} reply {dom} is {dns_answer(n)}")
        return lines
    lines = [f"{pre} query[{qt}] {dom} from {c.ip}"]
    if blocked and H(n, "dmstyle") % 2 == 0:
        lines.append(f"{pre} gravity blocked {dom} is {'0.0.0.0' if qt == 'A' else '::'}")
    elif H(n, "dmstyle") % 2 == 1:
        lines.append(f"{pre} forwarded {dom} to 10.0.0.1")
        lines.append(f"{pre} reply {dom} is {dns_answer(n)}")
    return lines


def bind_lines(c, dom, blocked):
    n = c.n
    client = f"@0x7f{hashlib.sha256(f'h41|{n}|bindc'.encode()).hexdigest()[:10]}"
    qt = "A" if H(n, "qtype") % 4 else "AAAA"
    flags = pick(n, "bindflags", ["+E(0)K", "+E(0)K", "+E(0)", "-E(0)DC", "+ET(0)K"])
    d = bind_date(c.dt, c.ms)
    lines = [f"{d} queries: info: client {client} {c.ip}#{c.port} ({dom}): query: {dom} IN {qt} {flags} ({RESOLVER})"]
    if blocked and H(n, "bindrpz") % 2 == 0:
        lines.append(f"{d} rpz: info: client {client} {c.ip}#{c.port} ({dom}): rpz QNAME NXDOMAIN rewrite "
                     f"{dom}/{qt}/IN via {dom}.rpz.local")
    return lines


def zeek_dns(c, dom, blocked, tsv=False):
    n = c.n
    qt = "A" if H(n, "qtype") % 4 else "AAAA"
    uid = zeek_uid(n, "dns")
    ts = c.epoch + c.ms / 1000.0
    trans = rng(n, "ztrans", 1, 65000)
    rcode, rname = (3, "NXDOMAIN") if blocked and H(n, "zblk") % 2 == 0 else (0, "NOERROR")
    answers = [dns_answer(n)] if rcode == 0 and qt == "A" else []
    if not tsv:
        d = {"ts": ts, "uid": uid, "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": RESOLVER,
             "id.resp_p": 53, "proto": "udp", "trans_id": trans, "query": dom, "qclass": 1,
             "qclass_name": "C_INTERNET", "qtype": 1 if qt == "A" else 28, "qtype_name": qt,
             "rcode": rcode, "rcode_name": rname, "AA": False, "TC": False, "RD": True, "RA": True,
             "Z": 0, "rejected": False}
        if answers:
            d["rtt"] = rng(n, "zrtt", 200, 40000) / 1e6
            d["answers"] = answers
            d["TTLs"] = [float(rng(n, "zttl", 30, 300))]
        return [json.dumps(d)]
    row = [f"{ts:.6f}", uid, c.ip, str(c.port), RESOLVER, "53", "udp", str(trans),
           f"{rng(n, 'zrtt', 200, 40000) / 1e6:.6f}" if answers else "-", dom, "1", "C_INTERNET",
           "1" if qt == "A" else "28", qt, str(rcode), rname, "F", "F", "T", "T", "0",
           ",".join(answers) if answers else "-", f"{float(rng(n, 'zttl', 30, 300)):.6f}" if answers else "-", "F"]
    return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


# ---------------------------------------------------------------------------
# endpoint renderer
# ---------------------------------------------------------------------------

CHAT_APPS = [("chrome.exe", "Snapchat - Google Chrome"), ("chrome.exe", "WhatsApp - Google Chrome"),
             ("msedge.exe", "Instagram \u2022 Chats - Microsoft\u200b Edge"),
             ("Discord.exe", "#general | mandem - Discord"), ("Discord.exe", "@jxy_07 - Discord"),
             ("Teams.exe", "Chat | Microsoft Teams"), ("chrome.exe", "(2) Instagram \u2022 Chats - Google Chrome"),
             ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Messages for web - Google Chrome")]
DOC_APPS = [("WINWORD.EXE", "PSHE homework.docx - Word"),
            ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
            ("WINWORD.EXE", "Document1 - Word"), ("chrome.exe", "Citizenship essay - Google Docs - Google Chrome"),
            ("notepad.exe", "*Untitled - Notepad")]
STAFF_APPS = [("chrome.exe", "CPOMS - Add Incident - Google Chrome"),
              ("msedge.exe", "MyConcern - Record a Concern - Microsoft\u200b Edge"),
              ("WINWORD.EXE", "Incident log Nov 2026.docx - Word"),
              ("OUTLOOK.EXE", "Untitled - Message (HTML) "),
              ("chrome.exe", "CPOMS - Chronology - Google Chrome")]
SEARCHBOX_APPS = [("chrome.exe", "Google - Google Chrome"), ("msedge.exe", "New tab - Microsoft\u200b Edge"),
                  ("chrome.exe", "YouTube - Google Chrome"), ("chrome.exe", "TikTok - Make Your Day - Google Chrome")]
GAME_APPS = [("RobloxPlayerBeta.exe", "Roblox")]


def endpoint_event(c, event, ts_dt, ms, process=None, title=None, text=None, url=None, ascii_=False,
                   with_site=True):
    d = {"ts": iso_ms(ts_dt, ms)}
    if with_site:
        d["site"] = c.site
    d["device"] = c.device
    d["user"] = c.user
    d["event"] = event
    if event != "heartbeat":
        d["process"] = process
        d["window_title"] = title
        d["text"] = text
        d["url"] = url
    return json.dumps(d, ensure_ascii=ascii_)


def split_text(n, text):
    """Split typed text into 2 or 3 contiguous fragments (concatenation restores it)."""
    parts = 2 if H(n, "nfrag") % 3 else 3
    L = len(text)
    cuts = set()
    k = 0
    while len(cuts) < parts - 1 and k < 50:
        cut = rng(n, f"cut{k}", 3, L - 3)
        if all(abs(cut - x) > 2 for x in cuts):
            cuts.add(cut)
        k += 1
    cuts = sorted(cuts)
    frags, prev = [], 0
    for cut in cuts:
        frags.append(text[prev:cut])
        prev = cut
    frags.append(text[prev:])
    return frags


# ---------------------------------------------------------------------------
# wrapping for "auto"
# ---------------------------------------------------------------------------

def wrap(c, line, kind, style):
    n = c.n
    host = SITES[c.sk]["host"]
    if kind == "endpoint":
        tag, path, host = "guardline-agent", "/var/log/guardline/endpoint.jsonl", c.device.lower()
    elif kind == "dns":
        host = SITES[c.sk]["dnshost"]
        tag, path = ("unbound" if "unbound" in line else "dnsmasq" if "dnsmasq" in line else "named"), \
            "/var/log/dns/query.log"
    else:
        tag, path = "squid-access", "/var/log/squid/access.log"
    pid = rng(n, "wpid", 300, 32000)
    if style == "rfc3164":
        return f"<{pick(n, 'pri', [134, 190, 14, 30])}>{syslog_date(c.dt)} {host} {tag}[{pid}]: {line}"
    if style == "rfc5424":
        return (f"<{pick(n, 'pri', [134, 190, 14, 30])}>1 {iso_ms(c.dt, c.ms)} {host} {tag} {pid} - - {line}")
    env = {"ts_received": c.at(rng(n, "envdelay", 1, 4)).strftime("%Y-%m-%dT%H:%M:%S") + f".{rng(n, 'envus', 0, 999999):06d}+00:00",
           "host": host, "source": tag, "file": path, "message": line}
    return json.dumps(env, ensure_ascii=bool(H(n, "envascii") % 2)).replace("/", "\\/")


# ---------------------------------------------------------------------------
# item kinds -> (format, lines)
# ---------------------------------------------------------------------------

PROXY_FORMATS = [("squid", 18), ("squid_custom", 6), ("clf_combined", 10), ("clf_common", 5),
                 ("e2g2", 5), ("e2g4", 4), ("e2g6", 4), ("zeek_http", 7), ("zeek_http_tsv", 3)]


def render_proxy_get(c, url, eng=None, q=None, fmt=None):
    n = c.n
    fmt = fmt or wpick(n, "pfmt", PROXY_FORMATS)
    terms = e2_terms(eng, q) if q is not None else "-"
    if fmt == "squid":
        lines = [squid_native(c, url)]
        if H(n, "preconnect") % 6 == 0:
            host = host_of(url)
            pre = squid_native(c, f"{host}:443", method="CONNECT", code="TCP_TUNNEL/200", tag="pc")
            lines = [pre, lines[0]]
        return "squid", lines
    if fmt == "squid_strip":
        sp = urllib.parse.urlsplit(url)
        return "squid", [squid_native(c, f"{sp.scheme}://{sp.netloc}{sp.path}?")]
    if fmt == "squid_custom":
        return "squid", squid_custom(c, url)
    if fmt == "clf_combined":
        return "clf", [clf_line(c, url, combined=True)]
    if fmt == "clf_common":
        return "clf", [clf_line(c, url, combined=False)]
    if fmt in ("e2g2", "e2g4", "e2g6"):
        return "e2guardian", [e2_line(c, url, int(fmt[-1]), terms)]
    if fmt == "zeek_http":
        return "zeek-http", zeek_http(c, url)
    if fmt == "zeek_http_tsv":
        return "zeek-http", zeek_http(c, url, tsv=True)
    raise ValueError(fmt)


DNS_FORMATS = [("unbound", 10), ("dnsmasq", 10), ("bind", 10), ("zeek_dns", 6), ("zeek_dns_tsv", 2),
               ("squid_connect", 2), ("squid_custom_connect", 2), ("clf_connect", 1), ("e2g_connect", 1)]
DENY_REASON = {"adult_content": "Pornography", "gambling": "Gambling", "filter_bypass": "Proxies",
               "hacking": "Hacking", "piracy": "Piracy"}


def render_domain(c, dom, cats):
    n = c.n
    fmt = wpick(n, "dfmt", DNS_FORMATS)
    blocked = bool(cats) and H(n, "blocked") % 2 == 0 and any(k in DENY_REASON for k in cats)
    if fmt == "unbound":
        return "unbound", unbound_lines(c, dom, blocked)
    if fmt == "dnsmasq":
        return "dnsmasq", dnsmasq_lines(c, dom, blocked)
    if fmt == "bind":
        return "bind", bind_lines(c, dom, blocked)
    if fmt == "zeek_dns":
        return "zeek-dns", zeek_dns(c, dom, blocked)
    if fmt == "zeek_dns_tsv":
        return "zeek-dns", zeek_dns(c, dom, blocked, tsv=True)
    if fmt == "squid_connect":
        code = "TCP_DENIED/403" if blocked else "TCP_TUNNEL/200"
        return "squid", [squid_native(c, f"{dom}:443", method="CONNECT", code=code)]
    if fmt == "squid_custom_connect":
        return "squid", squid_custom(c, f"{dom}:443", method="CONNECT")
    if fmt == "clf_connect":
        return "clf", [clf_line(c, f"{dom}:443", method="CONNECT", combined=bool(H(n, "clfc") % 2))]
    denied = None
    if blocked:
        cat = next(k for k in cats if k in DENY_REASON)
        denied = (f"*DENIED* Banned site: {dom}", DENY_REASON[cat])
    return "e2guardian", [e2_line(c, f"https://{dom}:443", pick(n, "e2cfmt", [2, 4, 6]), method="CONNECT",
                                  denied=denied)]


def build_lines(n, item):
    """Return (format, [lines]) for one item."""
    c = Ctx(n, item)
    kind = item["kind"]
    cats = [e["category"] for e in item["expect"]]
    ascii_ = H(n, "ascii") % 4 == 0
    with_site = H(n, "withsite") % 10 < 7
    text = apply_markers(item["text"], n)
    src = "proxy"
    if kind == "search":
        eng = item.get("eng")
        eng = pick(n, "engpin", eng) if eng else wpick(n, "eng", GENERAL_ENGINES)
        route = wpick(n, "sroute", [("proxy", 85), ("url_visit", 8), ("title", 7)])
        if item.get("fmt"):
            route = "proxy"
        if route == "proxy":
            url = search_url(n, eng, text)
            fmt, lines = render_proxy_get(c, url, eng, text, item.get("fmt"))
        elif route == "url_visit":
            e2 = eng if not eng.startswith("ac_") else "google"
            url = search_url(n, e2, text)
            proc = pick(n, "vproc", ["chrome.exe", "msedge.exe", "firefox.exe"])
            if "client=firefox" in url or "t=ffab" in url:
                proc = "firefox.exe"
            elif "PC=U531" in url and proc == "firefox.exe":
                proc = "msedge.exe"
            fmt, lines = "endpoint", [endpoint_event(c, "url_visit", c.dt, c.ms, proc, None, None, url, ascii_, with_site)]
            src = "endpoint"
        else:
            proc, title = title_for_search(n, text)
            fmt, lines = "endpoint", [endpoint_event(c, "window_title", c.dt, c.ms, proc, title, None, None, ascii_, with_site)]
            src = "endpoint"
    elif kind == "url":
        fmt, lines = render_proxy_get(c, text, None, None, item.get("fmt"))
    elif kind == "domain":
        fmt, lines = render_domain(c, text, cats)
        src = "dns" if fmt in ("unbound", "dnsmasq", "bind", "zeek-dns") else "proxy"
    elif kind == "typed":
        src = "endpoint"
        app = item.get("app") or ("staff" if c.staff else "chat")
        pool = {"chat": CHAT_APPS, "doc": DOC_APPS, "staff": STAFF_APPS, "search": SEARCHBOX_APPS,
                "game": GAME_APPS}[app]
        proc, title = pick(n, "app", pool)
        split = item.get("split")
        if split is None:
            split = len(text) >= 16 and H(n, "dosplit") % 100 < 35
        frags = split_text(n, text) if split else [text]
        lines = []
        off = 0
        for i, fr in enumerate(frags):
            if i:
                off += rng(n, f"gap{i}", 1, 12)
                if H(n, f"hb{i}") % 10 == 0:
                    lines.append(endpoint_event(c, "heartbeat", c.at(off - 1), (c.ms + 317 * i) % 1000,
                                                ascii_=ascii_, with_site=with_site))
            lines.append(endpoint_event(c, "text_capture", c.at(off), (c.ms + 131 * i) % 1000, proc, title, fr,
                                        None, ascii_, with_site))
        fmt = "endpoint"
    elif kind == "title":
        src = "endpoint"
        if item.get("raw"):
            proc = item.get("proc") or pick(n, "tproc", ["chrome.exe", "msedge.exe"])
            title = text
        else:
            proc, title = title_for_search(n, text)
        fmt, lines = "endpoint", [endpoint_event(c, "window_title", c.dt, c.ms, proc, title, None, None, ascii_, with_site)]
    elif kind == "visit":
        src = "endpoint"
        proc = pick(n, "vproc", ["chrome.exe", "msedge.exe", "firefox.exe"])
        fmt, lines = "endpoint", [endpoint_event(c, "url_visit", c.dt, c.ms, proc, item.get("title"), None, text,
                                                 ascii_, with_site)]
    elif kind == "proc":
        src = "endpoint"
        fmt, lines = "endpoint", [endpoint_event(c, "process_start", c.dt, c.ms, text, None, None, None, ascii_, with_site)]
    else:
        raise ValueError(kind)

    # wrapping / auto
    if not item.get("fmt"):
        r = H(n, "wrap") % 100
        if src == "proxy" and fmt in ("squid", "clf", "e2guardian") and len(lines) == 1:
            if r < 9:
                style = pick(n, "wstyle", ["rfc3164", "rfc5424", "envelope"])
                return "auto", [wrap(c, lines[0], "proxy", style)]
            if r < 12:
                return "auto", lines
        if src == "dns" and fmt in ("unbound", "dnsmasq", "bind"):
            if r < 14:
                return "auto", [wrap(c, ln, "dns", "envelope") for ln in lines]
            if r < 18:
                return "auto", lines
        if src == "endpoint" and len(lines) == 1:
            if r < 7:
                style = pick(n, "wstyle", ["rfc5424", "envelope", "envelope"])
                return "auto", [wrap(c, lines[0], "endpoint", style)]
            if r < 9:
                return "auto", lines
    return fmt, lines


# ---------------------------------------------------------------------------
# item constructors
# ---------------------------------------------------------------------------

ITEMS = []


def _exp(spec):
    out = []
    for tok in spec.split():
        cat, lvl = tok.split(":")
        assert cat in CATEGORIES, cat
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def _add(kind, text, exp, allow, **kw):
    allow_l = allow.split() if allow else []
    for a in allow_l:
        assert a in CATEGORIES, a
    it = {"kind": kind, "text": text, "expect": _exp(exp), "allow": allow_l}
    it.update(kw)
    ITEMS.append(it)


def S(q, exp="", allow="", **kw):      # search query
    _add("search", q, exp, allow, **kw)


def U(url, exp="", allow="", **kw):    # page URL through the proxy
    _add("url", url, exp, allow, **kw)


def D(dom, exp="", allow="", **kw):    # domain lookup
    _add("domain", dom, exp, allow, **kw)


def T(text, exp="", allow="", **kw):   # typed text (text_capture, maybe fragmented)
    _add("typed", text, exp, allow, **kw)


def W(title, exp="", allow="", **kw):  # window title (query or raw title)
    _add("title", title, exp, allow, **kw)


def V(url, exp="", allow="", **kw):    # endpoint url_visit
    _add("visit", url, exp, allow, **kw)


def P(proc, exp="", allow="", **kw):   # endpoint process_start
    _add("proc", proc, exp, allow, **kw)


def define_items():
    """Every text below was written by hand for this corpus."""
    GEN = ["google", "google_uk", "bing", "ddg", "yahoo", "ecosia"]
    VID = ["youtube", "tiktok"]

    # =====================================================================
    # POSITIVES
    # =====================================================================

    # ---- suicide --------------------------------------------------------
    S("how many paracetamol does it take to die", "suicide:5", "self_harm")
    S("painless way to go to sleep and never wake up", "suicide:5")
    S("how long does it take to die from hanging", "suicide:5")
    S("does it hurt getting hit by a train", "suicide:4")
    S("is 28 sertraline enough to overdose", "suicide:5", "self_harm", site="H")
    S("sewerslide methods that actually work", "suicide:5", eng=VID)
    S("how to unalive urself quick", "suicide:5", eng=["tiktok"])
    S("h0w 2 k1ll mys3lf w1thout it hurt1ng", "suicide:5")
    S("what happens if u take a whole box of co codamol", "suicide:5", "self_harm drugs")
    S("i dont want to be alive anymore what do i do", "suicide:4")
    S("reasons not to kill yourself when everyone hates you", "suicide:4")
    S("h o w  t o  d i e  i n  y o u r  s l e e p", "suicide:5")
    S("how to kill yourself painlessly", "suicide:5", eng=["ac_google", "ac_chrome", "ac_bing", "ac_ddg"])
    S("how high does a building have to be to not survive the fall", "suicide:5")
    S("how to write a goodbye letter to your mum before you die", "suicide:5")
    S("suicide by hanging", "suicide:5", eng=["wikipedia"], site="H")
    T("im saving up my meds for when im ready", "suicide:5", site="H")
    T("been cheeking my tablets at meds round for 2 weeks, got about 20 hid in my pillowcase",
      "suicide:5", "self_harm", site="H")
    T("when they take me off 15 min obs im doing it properly this time", "suicide:5", "self_harm", site="H")
    T("wrote letters for my mum n my nan. tonights the night dont try and stop me", "suicide:5")
    T("nobody would even notice if i was gone tbh", "suicide:4")
    T("i just wanna go to sleep and not wake up man", "suicide:4")
    T("kms fr this time not even joking im done with everything", "suicide:4")
    T("i wanna dieeeeee everyone would be better off without me", "suicide:4")
    T("i want to {zw:kill myself}", "suicide:4", split=False)
    T("{cyr:gonna jump off the bridge} after school", "suicide:5")
    T("if i get out on leave im going straight to the train tracks, not coming back", "suicide:5", site="H")
    T("ready to \U0001faa6 tonight, said bye to everyone already", "suicide:5")
    T("whats even the point anymore ive been thinking about ending it all week", "suicide:4")
    T("cant do this no more. got the rope in my wardrobe", "suicide:5")
    W("most effective way to overdose", "suicide:5", "self_harm drugs")
    W("how to tie a ligature with a hoodie sleeve", "suicide:5", "self_harm", site="H")
    V("https://www.reddit.com/r/SuicideWatch/submit", "suicide:4")

    # ---- self harm (incl. eating-disorder harm) --------------------------
    S("how to hide cuts from staff on the ward", "self_harm:4", site="H")
    S("what can you cut with if they took your sharpener blades", "self_harm:4")
    S("how deep do u have to cut to need stitches", "self_harm:4")
    S("burning myself with a lighter to feel something", "self_harm:4")
    S("s3lf h4rm t1ps n0 sc4rs", "self_harm:4")
    S("styro vs beans cuts", "self_harm:4", eng=["tiktok", "google", "reddit"])
    T("how to purge quietly so nobody hears", "self_harm:4", app="search")
    S("thinspo", "self_harm:4", eng=["tiktok"])
    S("pro ana coach discord server", "self_harm:4", "grooming")
    S("how to get out of finishing meals on an eating disorder unit", "self_harm:4", site="H")
    S("water loading before weigh in so they dont up my meal plan", "self_harm:4", site="H")
    S("how to stay under 500 calories a day without fainting", "self_harm:4")
    S("what happens if you swallow a battery on purpose", "self_harm:4", "suicide", site="H")
    S("meanspo to stop me eating", "self_harm:4", eng=VID)
    S("ways to self harm that dont leave marks", "self_harm:4")
    U("https://www.reddit.com/r/selfharm/", "self_harm:4")
    V("https://x.com/search?q=%23edtwt&src=typed_query", "self_harm:4")
    T("relapsed last night after 40 days clean \U0001f614", "self_harm:4", "drugs")
    T("took the blade out of my pencil sharpener in english lol dont tell", "self_harm:4")
    T("i only do it on my thighs so no one sees", "self_harm:4")
    T("banging my head on the wall again til it bleeds its the only thing that shuts my brain up",
      "self_harm:4")
    T("got more cat scratches last night \U0001f431\U0001f643 iykyk", "self_harm:4")
    T("hid my toast in my sleeve again, staff didnt notice. 2 days no tea", "self_harm:4", site="H")
    T("{cyr:self harm} helps me cope idc what anyone says", "self_harm:4")
    T("s.h. is the only thing i have control over rn", "self_harm:4")
    T("ima hurt myself when i get home i cant do this", "self_harm:4", "suicide")
    T("need to burn off everything i ate, doing 500 star jumps in my room after obs", "self_harm:4", site="H")
    W("how to make cuts heal faster so staff dont see", "self_harm:4")

    # ---- grooming, CSE, sextortion --------------------------------------
    T("hes 23 but he says age is just a number and hes getting me the new iphone", "grooming:4")
    T("he said dont tell ur social worker about us or theyll move u to another placement", "grooming:4")
    T("hes picking me up from the bus stop by the unit at half 3 in his black audi dont tell miss",
      "grooming:5")
    T("sent him the pic he wanted now hes asking for a vid", "grooming:4", "illegal_content adult_content")
    T("this guy on roblox keeps saying add him on snap so we can talk private", "grooming:4", app="game")
    T("someone on roblox said hed give me 10k robux if i send a pic of me", "grooming:4", "illegal_content")
    S("my boyfriend is 19 and im 14 is that illegal", "grooming:4")
    S("older guy keeps buying me stuff and wants me to stay at his flat", "grooming:4")
    S("meeting a guy from snap tomorrow hes 21 is it safe", "grooming:5")
    S("someone is blackmailing me with pictures what do i do", "grooming:4", "illegal_content")
    S("paid the sextortion guy on instagram and he still wants more", "grooming:4", "illegal_content")
    S("can a 25 year old date a 15 year old if the parents say yes", "grooming:4")
    S("he says he loves me but hes 30 and im 13", "grooming:4")
    T("someone got my nudes and says theyll send them to all my followers unless i pay 200",
      "grooming:4", "illegal_content bullying")
    T("he said if i dont send more hes posting the first one on my old school page",
      "grooming:4", "illegal_content bullying")
    T("my older bf said i owe him for all the weed and i can pay him back other ways", "grooming:4", "drugs")
    T("we're going to his mates flat party tonight, he said there'll be older guys and i can stay over",
      "grooming:4")
    T("he told me to say im 18 if anyone asks and to delete the chat after", "grooming:4")
    T("hes taking me to a hotel in brum this weekend, told mum im at kayleighs", "grooming:5")
    T("he said hes gonna give me a lift \U0001f697 and get me a new phone \U0001f4f1 if i come round his \U0001f92b",
      "grooming:4")
    T("he wants me on cam tonight when mums asleep, says if i loved him i would", "grooming:4", "adult_content")
    T("the man from the chicken shop gives me free food and cigs and says i can chill at his whenever",
      "grooming:4", "drugs")
    T("{zw:he said hes a model scout} and wants pics in my underwear for my portfolio", "grooming:4",
      "illegal_content adult_content")
    T("me n jade are getting picked up by his cousins at 9, theyre bringing drink, its a party in a hotel",
      "grooming:5", "drugs")
    W("OmeTV \u2013 Video Chat Alternative - Google Chrome", "grooming:3", "adult_content", raw=True,
      proc="chrome.exe")

    # ---- violence, weapons, gang conflict -------------------------------
    S("where to buy a zombie knife uk", "violence:4", "illegal_content")
    S("best place to hide a shank in school", "violence:4")
    S("how to stab someone without killing them", "violence:5")
    S("does a stab vest stop a machete", "violence:3")
    T("how to make a shank out of a toothbrush", "violence:4", app="search", split=False)
    S("can u get arrested for carrying a kitchen knife if its for protection", "violence:3")
    S("knuckle duster buy uk", "violence:4", "illegal_content")
    S("where to get a strap in london", "violence:4", "illegal_content")
    S("how hard do you have to punch someone to knock them out", "violence:3")
    S("pepper spray buy uk delivery", "violence:3", "illegal_content")
    S("pru fights 2026 snapchat", "violence:3", "bullying", eng=VID + ["google"])
    S("w.h.e.r.e t.o b.u.y a f.l.i.c.k k.n.i.f.e", "violence:4", "illegal_content")
    S("butterfly knife real sharp", "violence:4", "illegal_content", eng=["amazon"])
    S("how to make a petrol bomb", "violence:5", "radicalisation")
    T("if i see him on the estate im wetting him no joke", "violence:5")
    T("brought my ting in today its in my bag dont say nothing", "violence:4", "drugs")
    T("we're riding out on the 9 side tonight, bring the shanks", "violence:5")
    T("owe them 600 now cos the bits got robbed off me, they said theyll stab me if i dont pay",
      "violence:4", "drugs grooming")
    T("free my bro, opps got him, we sliding back tonight", "violence:5")
    T("gonna batter that kid at dinner, someone film it", "violence:4", "bullying")
    T("ima cheff him up on sight", "violence:5")
    T("g0nn4 st4b h1m 2moz wen he comes out the gates", "violence:5")
    T("\U0001f52a\U0001f52a on sight when i see that yute", "violence:4")
    T("send me his addy, hes getting his door kicked in tonight", "violence:5")
    T("theres gonna be a mad ting at the park after school bring everyone we're jumping them", "violence:4")
    T("if he snitches hes getting shanked", "violence:4")
    T("fight at 3:15 behind the londis, make sure someone records it for the page", "violence:4", "bullying")
    T("gonna put my mums kitchen knife in my waistband for when we go up the park later", "violence:5")
    T("i swear down if sir touches my phone again im gonna smash his face in", "violence:3")

    # ---- drugs, vapes, child criminal exploitation ----------------------
    S("where to buy weed in luton snapchat", "drugs:3")
    S("how to get nos canisters under 18", "drugs:3")
    S("fast gas 640g", "drugs:3", eng=["amazon"])
    S("how many pills do you need to roll properly first time", "drugs:3")
    S("can you mix xans and lean", "drugs:3", "self_harm")
    S("what does ket feel like", "drugs:3", eng=["reddit", "google", "tiktok"])
    S("how to pass a drug test for weed in 3 days", "drugs:3")
    S("how to plug so police cant find it", "drugs:4", "grooming")
    S("buy elf bar without id", "drugs:2")
    S("vape shops that dont id near me", "drugs:2")
    S("w33d d34l3r n34r m3", "drugs:3")
    S("how much spice to get high first time", "drugs:3")
    S("c.o.k.e price per g uk", "drugs:3")
    S("codeine high how many mg", "drugs:3", "self_harm")
    S("lean recipe with promethazine", "drugs:3", eng=VID + ["google"])
    T("u got any \U0001f343? need a 20 bag for after school", "drugs:3")
    T("link me a nang man, want a tank for the weekend", "drugs:3")
    T("got a bag of bud and my dab pen in my coat dont let them search it", "drugs:3")
    T("they want me to go country again next week, 2 weeks in some trap in norfolk", "drugs:4",
      "grooming violence")
    T("my line phone keeps ringing in lessons man they gonna take it off me", "drugs:4", "grooming")
    T("got sent OT to shot and now theyre saying i owe them", "drugs:4", "grooming violence")
    T("theyre using my mums flat to bag up and she cant say no to them", "drugs:4", "grooming violence")
    T("\u2744\ufe0f and \U0001f48a tonight at tylers whos in", "drugs:3")
    T("some man offered me 200 a week just to hold a bag for him", "drugs:4", "grooming")

    # ---- bullying -------------------------------------------------------
    T("ur actually so ugly no wonder ur dad left", "bullying:3")
    T("everyone unadd her shes a snake, lets make her life hell", "bullying:3")
    T("post the vid of him crying in the toilets on the story lol", "bullying:3")
    T("kys no one wants u here", "bullying:3", "suicide")
    T("make a fake acc of her and post her pics with fat captions", "bullying:3")
    T("we're making a new gc without weird jake, dont add him back", "bullying:3")
    T("nobody likes u freak go back to ur special school", "bullying:3", "discrimination")
    T("loooool look at his creps \U0001f602\U0001f602 tramp, his mum shops at poundland", "bullying:3")
    T("hes a grass, everyone spit on his bag tomorrow", "bullying:3")
    T("u r s0 f4t n ugly l0l n0 1 w0uld ever g0 0ut w1th u", "bullying:3")
    T("rate her 1-10 then screenshot it and send it her \U0001f602", "bullying:3")
    T("ill tell everyone ur in care if u dont give me ur dinner money", "bullying:3")
    T("ur so thick ur literally in the bottom set for everything lmao retard", "bullying:3", "discrimination")
    T("they keep posting my pics with clown emojis and i cant go back in tomorrow", "bullying:3")
    T("{cyr:everyone hates you} just leave already", "bullying:3")
    S("how to make someones life miserable at school so they leave", "bullying:3")

    # ---- discrimination -------------------------------------------------
    T("oi paki go back to where u came from", "discrimination:3", "bullying")
    T("dirty gyppo stinks of caravan lol", "discrimination:3", "bullying")
    T("all muslims are terrorists look at him with his bomb bag", "discrimination:3", "bullying radicalisation")
    T("women should just shut up and make the sandwiches, tate was right", "discrimination:3", "radicalisation")
    T("monkey noises every time he walks in \U0001f412\U0001f412\U0001f412", "discrimination:3", "bullying")
    T("ch1nky g0 b4ck 2 wuh4n", "discrimination:3", "bullying")
    T("gay people are disgusting they shouldnt be allowed near kids", "discrimination:3")
    T("trannies are mentally ill end of", "discrimination:3")
    T("girls who wear skirts like that are asking for it tbh", "discrimination:3")
    T("{cyr:jews control the media} wake up", "discrimination:3", "radicalisation")
    T("spaz cant even walk properly lmao look at him", "discrimination:3", "bullying")
    S("andrew tate how to make women obey you", "discrimination:3", "radicalisation", eng=VID + ["google"])
    S("why are black people more criminal", "discrimination:3", "radicalisation")
    S("blackpill females only want chads explained", "discrimination:3", "radicalisation")

    # ---- adult content --------------------------------------------------
    D("www.pornhub.com", "adult_content:3")
    D("www.xvideos.com", "adult_content:3")
    D("xhamster.com", "adult_content:3")
    D("www.xnxx.com", "adult_content:3")
    D("onlyfans.com", "adult_content:3")
    S("onlyfans leaks free", "adult_content:3", "illegal_content piracy")
    S("corn hub", "adult_content:3")
    S("seggs videos free", "adult_content:3")
    S("\U0001f351\U0001f346 vids no sign up", "adult_content:3")
    S("p0rn", "adult_content:3")
    S("n.u.d.e girls snap add", "adult_content:3", "illegal_content")
    S("hentai", "adult_content:3")
    S("rule 34 fortnite", "adult_content:3")
    U("https://www.pornhub.com/view_video.php?viewkey=ph63f2a91c0d4e7", "adult_content:3")
    V("https://www.redtube.com/", "adult_content:3")
    W("Chaturbate - Free Adult Webcams, Live Sex, Free Sex Chat - Google Chrome", "adult_content:3", raw=True,
      proc="chrome.exe")

    # ---- gambling -------------------------------------------------------
    D("www.bet365.com", "gambling:2")
    D("stake.com", "gambling:2")
    D("m.skybet.com", "gambling:2")
    D("www.paddypower.com", "gambling:2")
    S("how to bet on football under 18", "gambling:2")
    S("stake casino no kyc crypto", "gambling:2")
    S("csgo case opening sites free", "gambling:2")
    S("roobet promo code", "gambling:2")
    S("how to use my mums card on bet365 without her knowing", "gambling:2")
    T("put all my birthday money on an acca and lost it \U0001f62d gonna chase it tonight", "gambling:2")
    U("https://stake.com/casino/games/plinko", "gambling:2")
    V("https://www.tombola.co.uk/bingo", "gambling:2")
    W("Sky Bet | Football Betting Odds | Bet on Football Online - Google Chrome", "gambling:2", raw=True,
      proc="chrome.exe")

    # ---- filter bypass --------------------------------------------------
    D("nordvpn.com", "filter_bypass:2")
    D("protonvpn.com", "filter_bypass:2")
    D("windscribe.com", "filter_bypass:2")
    D("www.torproject.org", "filter_bypass:2")
    D("www.hidester.com", "filter_bypass:2")
    P("tor.exe", "filter_bypass:2")
    P("psiphon3.exe", "filter_bypass:2")
    P("ProtonVPN.exe", "filter_bypass:2")
    S("how to get past securly on school chromebook", "filter_bypass:2")
    S("how to get round the school wifi block with hotspot", "filter_bypass:2")
    S("unblocked games 76", "filter_bypass:2")
    S("proxy that works on lightspeed filter", "filter_bypass:2")
    S("how to delete history so the school cant see it", "filter_bypass:2")
    S("vpn that w0rks 0n sch00l w1f1", "filter_bypass:2")
    S("use google translate as a proxy to unblock youtube", "filter_bypass:2")
    S("how to turn off the monitoring software on school laptop", "filter_bypass:2", "hacking")
    T("just hotspot off ur phone the wifi blocks everything", "filter_bypass:2")
    V("https://www.croxyproxy.com/", "filter_bypass:2")

    # ---- hacking --------------------------------------------------------
    S("how to get admin on a school laptop", "hacking:2", "filter_bypass")
    S("how to find teachers password on the school network", "hacking:3")
    S("keylogger usb download free", "hacking:3")
    S("how to hack someones snapchat", "hacking:3")
    S("booter ddos someone off xbox", "hacking:3")
    S("cmd trick to see other peoples files on school network", "hacking:2")
    S("chromebook unenroll from school powerwash", "hacking:2", "filter_bypass")
    S("h4ck 1nst4 p4ssw0rd 0f s0me0ne", "hacking:3")
    S("grabify link ip logger", "hacking:3")
    D("hackforums.net", "hacking:2")
    P("nmap.exe", "hacking:2")
    P("mimikatz.exe", "hacking:3")
    T("i got into miss's sims login, wanna see everyones behaviour points? \U0001f602", "hacking:3")

    # ---- radicalisation -------------------------------------------------
    S("patriotic alternative how to join", "radicalisation:4", "discrimination")
    S("christchurch shooting full video", "radicalisation:4", "violence")
    S("great replacement is real proof", "radicalisation:3", "discrimination")
    S("atomwaffen division recruitment", "radicalisation:4")
    S("anjem choudary lectures full", "radicalisation:4", eng=VID + ["google"])
    S("how to join isis as a teenager", "radicalisation:5", "violence")
    S("terrorgram collective telegram", "radicalisation:4")
    S("1488 merch", "radicalisation:3", "discrimination")
    S("{cyr:sieg heil} edits", "radicalisation:3", "discrimination", eng=VID)
    W("breivik manifesto pdf", "radicalisation:4", "violence")
    T("that mosque down the road needs burning, whos coming friday night", "violence:5 radicalisation:4",
      "discrimination")

    # ---- illegal content ------------------------------------------------
    T("whoever has the vid of that yr 10 girl send it me", "illegal_content:4", "adult_content bullying")
    T("selling my nudes on twitter \u00a320 a set, yeah im 15 so what", "illegal_content:4",
      "grooming adult_content")
    T("screenshot her nudes before she deletes them and drop them in the gc", "illegal_content:4",
      "bullying adult_content")
    T("send that pic of her getting changed in pe to the year 9 gc", "illegal_content:4", "bullying")
    S("jailbait pics", "illegal_content:4", "adult_content")
    S("cp links telegram", "illegal_content:4", "adult_content")
    S("t.e.e.n nudes 14", "illegal_content:4", "adult_content")
    S("dark web fake id uk", "illegal_content:3", "filter_bypass")
    S("buy counterfeit notes uk", "illegal_content:3")

    # ---- piracy ---------------------------------------------------------
    D("thepiratebay.org", "piracy:1")
    D("1337x.to", "piracy:1")
    S("fmovies", "piracy:1")
    S("watch wicked full movie free 123movies", "piracy:1")
    S("fc 26 crack download pc", "piracy:1")
    S("spotify premium apk free download", "piracy:1")
    T("whos got a dodgy firestick link for the arsenal game", "piracy:1")
    V("https://ww4.123moviesfree.net/", "piracy:1")

    # ---- gaming ---------------------------------------------------------
    D("www.roblox.com", "gaming:1")
    D("store.steampowered.com", "gaming:1")
    D("www.epicgames.com", "gaming:1")
    P("RobloxPlayerBeta.exe", "gaming:1")
    W("Fortnite", "gaming:1", raw=True, proc="FortniteClient-Win64-Shipping.exe")
    S("bedwars servers minecraft", "gaming:1")
    V("https://poki.com/en/g/subway-surfers", "gaming:1")

    # ---- social media ---------------------------------------------------
    D("www.snapchat.com", "social_media:1")
    D("www.tiktok.com", "social_media:1")
    D("www.instagram.com", "social_media:1")
    D("discord.com", "social_media:1")
    U("https://www.tiktok.com/foryou", "social_media:1")
    V("https://web.whatsapp.com/", "social_media:1")
    W("(3) Instagram \u2022 Chats - Google Chrome", "social_media:1", raw=True, proc="chrome.exe")
    W("Snapchat - Google Chrome", "social_media:1", raw=True, proc="chrome.exe")

    # ---- more domain lookups (positives) ----------------------------------
    D("www.888casino.com", "gambling:2")
    D("csgoempire.com", "gambling:2")
    D("chaturbate.com", "adult_content:3")
    D("spankbang.com", "adult_content:3")
    D("www.hotspotshield.com", "filter_bypass:2")
    D("www.vpnbook.com", "filter_bypass:2")
    D("fmovies.to", "piracy:1")
    D("www.twitch.tv", "gaming:1")
    D("ome.tv", "grooming:3", "adult_content")
    D("www.reddit.com", "social_media:1")

    # =====================================================================
    # HARD NEGATIVES
    # =====================================================================

    # ---- PSHE and knife-crime awareness ---------------------------------
    S("knife crime awareness week resources ks3", role="S")
    S("how many teenagers were stabbed in london in 2025")
    S("pshe lesson consequences of carrying a knife", role="S")
    S("ben kinsella trust exhibition school visit", role="S")
    S("lives not knives workshop booking", role="S")
    S("sentence for carrying a knife uk pshe quiz answers")
    S("knife amnesty bins near me")
    S("st giles trust sos project county lines", role="S")
    T("carrying a knife makes you more likely to get stabbed yourself because people see you as a threat",
      app="doc")
    T("we watched a video in pshe about a boy who got stabbed over a postcode and honestly it was so sad")
    U("https://www.gov.uk/government/publications/criminal-exploitation-of-children-and-vulnerable-adults-county-lines",
      role="S")

    # ---- youth-justice coursework ----------------------------------------
    S("what is a youth conditional caution")
    S("age of criminal responsibility uk vs scotland")
    S("referral order panel meeting what to expect")
    S("joint enterprise explained bbc")
    S("aqa citizenship youth justice system revision")
    S("what does a yot worker actually do")
    S("joint enterprise", eng=["wikipedia"])
    T("the youth justice system is different from adults because it focuses on rehabilitation not punishment",
      app="doc")

    # ---- staff incident logs and referrals (professional language) ------
    T("Learner became dysregulated in maths after being asked to put phone away, left the room and returned "
      "after 10 mins with key worker. No further incidents.", role="S")
    T("At 11:20 two learners were involved in a physical altercation in the yard. Staff intervened using "
      "approved de-escalation techniques; no injuries sustained. Parents of both learners contacted.", role="S")
    T("DSL informed of concerns re possible criminal exploitation (new phone, unexplained cash). MASH referral "
      "submitted and YOT worker updated.", role="S")
    T("Body map completed following disclosure of self-harm (superficial scratches to left forearm). First aid "
      "given by school nurse, parent informed, CAMHS duty worker contacted.", role="S", site="H")
    T("Learner disclosed historic bullying at previous mainstream school. Logged for information only; no "
      "current risk identified.", role="S")
    T("Phone confiscated in line with policy and returned to learner at end of day.", role="S")
    T("Restorative meeting held between learners following name-calling incident on Tuesday. Both agreed a "
      "plan going forward.", role="S")
    T("Learner on 15-minute observations on ward; education delivered at bedside, engaged well with English "
      "reading task.", role="S", site="H")
    T("Racist language used by learner A towards learner B recorded as a prejudice-related incident. Sanction "
      "applied and both families informed.", role="S")
    T("Missing from education for 3 days. Home visit completed this morning, learner seen and safe, attendance "
      "plan agreed.", role="S")
    T("Learner reported feeling unsafe travelling home through the estate; travel plan agreed with parent and "
      "taxi arranged for this week.", role="S")
    T("Strategy meeting minutes: attendees police, social care, YOT, school DSL. Actions agreed and safety plan "
      "to be reviewed in 2 weeks.", role="S")
    T("Reminder: search policy applies from Monday, two members of staff present for any bag search and outcome "
      "logged on CPOMS.", role="S")
    T("Section 17 leave cancelled today due to ward staffing so lesson moved to the ward classroom.",
      role="S", site="H")
    T("Online safety concern logged: learner shown how to block and report an account on Snapchat, parent "
      "informed, no further action needed.", role="S")

    # ---- staff research --------------------------------------------------
    S("ligature risk assessment checklist for ward bedrooms", role="S", site="H")
    S("prevent duty training for staff", role="S")
    S("sharing nudes and semi-nudes advice for education settings", role="S")
    S("contextual safeguarding county lines training", role="S")
    S("cse indicators checklist for schools", role="S")
    S("signs of grooming pshe lesson ks3", role="S")
    S("suicide prevention training for school staff zero suicide alliance", role="S")
    S("self harm policy template hospital school", role="S", site="H")
    S("gambling harms lesson plans ks4", role="S")
    S("what is cuckooing", role="S")
    S("nitrous oxide law change 2023 explained", role="S")
    S("vaping statistics young people ash survey", role="S")
    S("misogyny lesson plan andrew tate influence", role="S")
    S("restorative justice conversation script schools", role="S")
    U("https://www.nhs.uk/mental-health/conditions/self-harm/", role="S")

    # ---- ward routines (hospital school) ----------------------------------
    T("can we do english after my meds round at 10", site="H")
    T("im on 1:1 obs today so miss has to come to my room for lessons", site="H")
    S("what does being sectioned under section 2 mean", site="H")
    S("can you do your gcses in a hospital school", site="H")
    T("got ground leave today!!! going to costa with staff \U0001f973", site="H")
    S("what is a cpa meeting camhs", site="H")
    S("how long does an ng tube stay in for", site="H")
    S("olanzapine side effects weight gain", site="H")
    T("nurse said i might get discharged before christmas \U0001f64f\U0001f64f", site="H")
    S("what is a tier 4 camhs bed", site="H")
    T("staff did room checks again and took my phone charger cos of the lead, so annoying", site="H")
    S("mental health tribunal what happens young person", site="H")
    T("whats for tea on the ward tonight i heard its pizza", site="H")
    S("night obs nurse torch every hour why", site="H")
    S("what does 1 to 1 obs mean on a mental health ward", site="H")
    S("eating disorder ward visiting hours", site="H")
    T("what time is meds round i need my inhaler before pe", site="H")
    S("phone charger 2m", eng=["amazon"], site="H")

    # ---- drill, grime and music -------------------------------------------
    S("central cee doja lyrics")
    S("dave black lyrics meaning")
    S("what does opp mean in uk drill")
    S("is uk drill music censored by the police research essay")
    S("digga d court order lyrics banned explained")
    S("skepta shutdown instrumental", eng=VID)
    S("how to make a drill beat fl studio", eng=VID)
    T("that new headie one tape is hard bro the beat switch on track 3 \U0001f62e\u200d\U0001f4a8")
    T("that tune is a banger, he went crazy on the beat, absolute murder \U0001f525")

    # ---- games --------------------------------------------------------------
    S("fortnite new season release time")
    S("minecraft redstone door tutorial", eng=VID)
    S("gta 5 cheats ps5 invincibility")
    S("roblox doors how to beat figure")
    T("im gonna destroy u in a 1v1 after school on fortnite \U0001f624")
    T("we killed the ender dragon finally lets goooo")
    T("ur dead meat in fifa tonight")

    # ---- football and sport -------------------------------------------------
    S("arsenal vs tottenham highlights", eng=VID)
    S("why do i keep shanking my irons golf")
    S("boxing gym near me for 14 year olds")
    T("we smashed them 4-1 at the cage today i scored twice")
    T("we battered them 6-0 on saturday")

    # ---- anger management -----------------------------------------------------
    S("anger iceberg worksheet pdf")
    S("zones of regulation ks3 printable")
    S("calm down box ideas semh", role="S")
    S("box breathing for anger", eng=VID)
    T("anger thermometer worksheet", app="search")
    S("what to do when you feel like hitting someone calm down strategies")
    T("my trigger is when people chat about my family, i go red and want to smash something so i use my "
      "time out card", app="doc")
    T("when i feel angry i can go to the quiet room, squeeze the stress ball or ask for a walk with staff",
      app="doc")

    # ---- health information ---------------------------------------------------
    S("how long does a broken wrist take to heal")
    S("epilepsy seizure first aid")
    S("hay fever tablets dose for 12 year old")
    S("paracetamol and ibuprofen together for toothache")
    S("how many energy drinks a day is safe")
    S("flu nasal spray for kids")

    # ---- jokes and hyperbole --------------------------------------------------
    T("my mum is gonna kill me when she sees my report lol")
    T("this lesson is actually killing me \U0001f480")
    T("im dead \U0001f62d\U0001f62d that video")
    T("bruh i nearly died laughing when he fell off the chair")
    T("kill me now its double maths")
    T("kms \U0001f602 i forgot my pe kit again")
    T("i swear if she gives us homework again im gonna scream")
    T("ill murder a maccies rn im starving")
    T("sir is gonna kill me if im late again")
    T("i could literally die of embarrassment he saw me trip over")
    T("im so high on sugar rn i ate a whole bag of haribo")

    # ---- vocational work ------------------------------------------------------
    S("how to change a stanley knife blade safely", site="A")
    S("cutting plasterboard with a utility knife", site="A")
    S("how to use a nail gun safely", site="A")
    S("clipper over comb technique", site="A", eng=VID)
    S("how to bleach hair safely level 2", site="A")
    S("how to fillet a mackerel", site="A")
    S("claw grip and bridge hold knife skills", site="A")
    S("dog grooming course near me", site="A")
    S("hair bleach chemical burn first aid", site="A")
    S("how to wire a 3 pin plug")
    S("stanley knife blades 100 pack", site="A", eng=["amazon"])
    S("how to treat a burn from the oven", site="A")
    S("first aid for a deep cut from a kitchen knife", site="A")
    S("cutting board colours catering", site="A")

    # ---- news -----------------------------------------------------------------
    S("bbc news stabbing high street luton")
    S("israel gaza news today")
    S("grooming gangs inquiry news", role="S")

    # ---- coursework and set texts ---------------------------------------------
    S("an inspector calls eva smith suicide theme quotes")
    S("macbeth act 2 scene 1 is this a dagger analysis")
    S("of mice and men ending why does george shoot lennie")
    S("blood brothers ending mickey shoots eddie")
    S("lord of the flies simon death symbolism")
    S("romeo and juliet act 3 scene 1 fight tybalt mercutio")
    S("bayonet charge poem analysis")
    S("crime and punishment gcse whitechapel")
    S("the holocaust ks3 history")
    S("why did juliet kill herself")
    S("to kill a mockingbird tom robinson trial")
    S("cumulative frequency graph gcse")
    S("the knife of never letting go summary")
    S("lord of the flies piggy bullying analysis")
    S("dead poets society why did neil die")
    T("we learnt about the civil rights movement today rosa parks was so brave", app="doc")
    S("county lines gcse sociology essay")

    # ---- equality, extremism education ------------------------------------
    S("windrush scandal explained")
    S("what is islamophobia pshe")
    S("stephen lawrence day resources ks3", role="S")
    S("of mice and men crooks racism quotes")
    S("pakistan cricket squad")
    S("gypsy tart recipe")
    S("prevent what is extremism pshe lesson")
    S("jihad meaning in islam re gcse")
    S("ww2 hitler youth gcse history")
    S("suffragettes bombing campaign")
    S("isis egyptian goddess")
    S("the troubles northern ireland ira history")
    S("the wave film radicalisation lesson", role="S")
    S("anti bullying week 2026 theme", role="S")
    S("what is cyberbullying bbc bitesize")

    # ---- innocent words that look risky ----------------------------------------
    S("rse curriculum ks4 relationships", role="S")
    S("puberty changes boys rse lesson")
    S("badminton shuttlecock plastic vs feather")
    S("dick whittington panto tickets")
    S("nude lipstick shades")
    S("blue tits nesting box")
    S("cocktail sausages recipe")
    S("talk to frank cannabis effects")
    S("breaking bad season 5 episodes")
    S("coke zero vs diet coke")
    S("weed killer for patio slabs")
    S("butter knife vs table knife")
    S("how to sharpen a kitchen knife with a whetstone")
    S("fight club film age rating")
    S("bath bomb recipe")
    S("suicide squad cast")
    S("hanging baskets winter plants")
    S("how to hang a shelf on plasterboard", site="A")
    S("bungee jump off a bridge uk price")
    S("the last of us part 2 ending who dies")
    S("overdose awareness day", role="S")
    S("hanging indent word")
    S("computer science hacking ethics gcse")
    S("life hacks for revision")
    S("hack squat form")
    S("proxy war definition history")
    S("earthquake hotspots geography")
    S("glastonbury tor walk")
    S("how to kill a process in task manager")
    S("vpn for staff remote access setup", role="S")
    S("probability tree diagrams gcse")
    S("casino royale age rating")
    S("booking slots for parents evening", role="S")
    S("calories in a meal deal")
    S("anorexia nervosa symptoms gcse food")
    S("age of consent uk law citizenship gcse")
    S("how to report a fake account on instagram")
    S("grooming kit for men beard")
    S("vaping harms video for ks3 pshe", role="S")

    # ---- everyday life --------------------------------------------------------
    S("nandos menu prices")
    S("how to make slime without borax", eng=VID)
    S("taylor swift tour 2026 uk")
    S("how to tie a tie", eng=VID)
    S("line of best fit gcse")
    S("how to fix a cracked phone screen")

    # ---- everyday chat ----------------------------------------------------------
    T("my boyfriend is taking me to nandos for my birthday \U0001f970")
    T("keep it a secret from miss we're doing a leaving card for her")
    T("mum can you pick me up at half 3 from the unit")
    T("meeting my cousin at the bus station after school")
    T("ur so dumb \U0001f602 love u tho see u tmrw")
    T("roast me for my birthday i can take it")
    T("lol my brother is such a clown he fell off his bike into a hedge")
    T("i cut my finger on the tin lid in food tech lol it wont stop bleeding", site="A")
    T("she cut her fringe herself \U0001f62d it looks so bad")
    T("30 day plank challenge day 12 \U0001f4aa")
    T("bet see u at 4 by the shop")

    # ---- negative page URLs, domains, titles and processes ----------------------
    U("https://www.bbc.co.uk/bitesize/topics/zpwmxnb")
    U("https://en.wikipedia.org/wiki/County_lines_drug_trafficking", role="S")
    U("https://www.talktofrank.com/drug/nitrous-oxide", role="S")
    U("https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/sexting/")
    U("https://www.google.com/search?q=", fmt="squid_strip")
    U("https://www.youtube.com/results?search_query=", fmt="squid_strip")
    D("www.bbc.co.uk")
    D("www.middlesex.ac.uk")
    D("www.essex.gov.uk")
    D("www.sparxmaths.uk")
    D("classroom.google.com")
    D("www.senecalearning.com")
    D("www.cpoms.net", role="S")
    D("www.myconcern.co.uk", role="S")
    D("www.scunthorpe-united.co.uk")
    D("www.therapistaid.com", role="S")
    D("www.sussex.ac.uk")
    D("www.hackney.gov.uk")
    D("www.talktofrank.com")
    D("www.benkinsella.org.uk", role="S")
    D("www.gamcare.org.uk", role="S")
    D("www.nhs.uk")
    D("www.youngminds.org.uk", role="S")
    D("www.oaknational.academy")
    D("www.mathsgenie.co.uk")
    D("www.ceop.police.uk", role="S")
    D("www.nspcc.org.uk", role="S")
    D("www.premierleague.com")
    D("www.gov.uk", role="S")
    D("www.skysports.com")
    D("www.sussexcricket.co.uk")
    D("www.better.org.uk")
    W("Macbeth Act 1 Scene 7 - BBC Bitesize - Google Chrome", raw=True, proc="chrome.exe")
    W("Knife crime lesson KS3.pptx - PowerPoint", raw=True, proc="POWERPNT.EXE")
    W("Safeguarding referral - J.B. - Word", raw=True, proc="WINWORD.EXE", role="S")
    W("Anger management worksheet.pdf - Adobe Acrobat Reader", raw=True, proc="Acrobat.exe")
    W("The Knife of Never Letting Go - Chapter 4 - Kindle", raw=True, proc="Kindle.exe")
    P("WINWORD.EXE")
    P("Teams.exe", role="S")



# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def build():
    ITEMS.clear()
    define_items()
    keys = set()
    for it in ITEMS:
        k = (it["kind"], it["text"])
        assert k not in keys, f"duplicate item: {k}"
        keys.add(k)
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(
        f"h41-order|{it['kind']}|{it['text']}".encode()).hexdigest())
    out = []
    for i, it in enumerate(order, start=1):
        fmt, lines = build_lines(i, it)
        rec = {"id": f"h41-{i:04d}", "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append(rec)
    return out


def stats(records):
    from collections import Counter
    pos = sum(1 for r in records if r["expect"])
    print(f"items: {len(records)}  positive: {pos}  negative: {len(records) - pos}")
    cat = Counter(e["category"] for r in records for e in r["expect"])
    print("per category (expected):")
    for k in sorted(CATEGORIES):
        lv = Counter(e["min_level"] for r in records for e in r["expect"] if e["category"] == k)
        print(f"  {k:16s} {cat.get(k, 0):4d}   levels {dict(sorted(lv.items()))}")
    fmts = Counter(r["format"] for r in records)
    fpos = Counter(r["format"] for r in records if r["expect"])
    print("per format (total / positive / negative):")
    for k, v in sorted(fmts.items()):
        print(f"  {k:12s} {v:4d} {fpos.get(k, 0):4d} {v - fpos.get(k, 0):4d}")
    multi = sum(1 for r in records if "lines" in r)
    print(f"multi-line streams: {multi}")
    frag = sum(1 for r in records if "lines" in r and r["format"] == "endpoint")
    print(f"fragmented endpoint streams: {frag}")
    print(f"items with allow: {sum(1 for r in records if 'allow' in r)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout41.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    records = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        stats(records)


if __name__ == "__main__":
    main()
