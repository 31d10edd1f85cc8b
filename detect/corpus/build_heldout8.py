#!/usr/bin/env python3
"""Build heldout8.jsonl: an independent, hand-written evaluation corpus for Guardline.

Purpose
    A one-shot, labelled held-out corpus for `guardline eval --corpus`, written from the
    point of view of a Designated Safeguarding Lead at a UK further-education college and
    training provider (learners 16-24, apprentices, adult and ESOL learners). It measures
    how the detector copes with phrasing nobody tuned it for: all 16 categories of
    CONTRACTS.md section 3, with depth for suicide, self_harm, radicalisation, grooming,
    bullying, discrimination and violence, and at least 40% hard negatives (innocent text
    that shares vocabulary with risk). Every log format of CONTRACTS.md section 2 appears,
    some lines wrapped in an RFC 3164 or RFC 5424 syslog prefix, and a few items are
    multi-line streams (two endpoint text_capture fragments a few seconds apart, a Squid
    peek/splice pair, or a Zeek TSV file with its header). Time stamps are in November 2026.
    The wording of every item is written by hand in ITEMS below; the code only wraps that
    wording in real log-line shapes (copied from ../../../shared/samples/).

Determinism
    Standard library only. Every "random" choice (item order, search engine, log format,
    time stamp, user, device, addresses, obfuscation details) is derived from a SHA-256
    hash of the item number, so a rerun writes heldout8.jsonl byte for byte the same.
    The output file is written beside this script.

Private tags
    Each item carries a private wording tag that is NOT written to the jsonl:
      dir  direct wording of the risk,
      ind  indirect (euphemism, algospeak, slang, questions, third person, coded terms,
           long messages with the risk buried in the middle),
      dis  disguised (leetspeak, spaced/dotted/stretched letters, asterisks, Cyrillic or
           Greek look-alikes, full-width letters, zero-width characters),
      neg  hard negative ("expect": []).

Usage
    python3 build_heldout8.py            write heldout8.jsonl
    python3 build_heldout8.py --stats    write it and print counts to stderr
"""

import calendar
import hashlib
import json
import os
import re
import sys
from collections import Counter
from urllib.parse import quote, quote_plus, urlsplit

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout8.jsonl")

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]


# --------------------------------------------------------------------------- hashing
def H(n, salt):
    """Deterministic integer from the item number and a salt."""
    d = hashlib.sha256(("h8|%d|%s" % (n, salt)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, salt, seq):
    return seq[H(n, salt) % len(seq)]


def wpick(n, salt, weighted):
    total = sum(w for _, w in weighted)
    r = H(n, salt) % total
    for v, w in weighted:
        if r < w:
            return v
        r -= w
    return weighted[-1][0]


# --------------------------------------------------------------------------- obfuscation
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
       "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421",
       "X": "\u0425", "H": "\u041d", "K": "\u041a", "M": "\u041c", "T": "\u0422",
       "B": "\u0412"}
GRK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "u": "\u03c5", "v": "\u03bd",
       "k": "\u03ba", "p": "\u03c1", "x": "\u03c7", "A": "\u0391", "B": "\u0392",
       "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
       "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
       "Y": "\u03a5", "Z": "\u0396"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _lookalike(word, table, n, salt):
    idx = [i for i, c in enumerate(word) if c in table]
    if not idx:
        return word
    if H(n, salt + "all") % 2 == 0:
        chosen = set(idx)
    else:
        start = H(n, salt + "st") % len(idx)
        chosen = set(idx[start::2]) or {idx[0]}
    return "".join(table[c] if i in chosen else c for i, c in enumerate(word))


def _fullwidth(text, n, salt):
    ideo = H(n, salt + "sp") % 2 == 0
    out = []
    for c in text:
        if c == " ":
            out.append("\u3000" if ideo else " ")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def _zerowidth(word, n, salt):
    z = pick(n, salt + "ch", ZW)
    if len(word) < 2:
        return word
    if H(n, salt + "every") % 2 == 0:
        return z.join(word)
    cut = 1 + H(n, salt + "pos") % (len(word) - 1)
    return word[:cut] + z + word[cut:]


MARK = re.compile(r"\{(cyr|gr|fw|zw):([^}]*)\}")


def disguise(text, n):
    """Expand {cyr:..} {gr:..} {fw:..} {zw:..} markers written in ITEMS."""
    count = [0]

    def rep(m):
        count[0] += 1
        kind, body = m.group(1), m.group(2)
        salt = "mk%d" % count[0]
        if kind == "cyr":
            return " ".join(_lookalike(w, CYR, n, salt + w) for w in body.split(" "))
        if kind == "gr":
            return " ".join(_lookalike(w, GRK, n, salt + w) for w in body.split(" "))
        if kind == "fw":
            return _fullwidth(body, n, salt)
        return " ".join(_zerowidth(w, n, salt + w) for w in body.split(" "))

    return MARK.sub(rep, text)


# --------------------------------------------------------------------------- people, places
SURNAMES = ["hussain", "kowalski", "oconnor", "mensah", "bennett", "ahmed", "nowicka",
            "clarke", "popescu", "mahmood", "evans", "adeyemi", "walsh", "fernandes",
            "robinson", "iqbal", "hughes", "murphy", "osei", "singh", "taylor",
            "lewandowski", "brown", "yilmaz", "dhillon", "price", "campbell", "haddad",
            "rahman", "williams", "doyle", "begum", "grant", "novak", "okonkwo", "shaw"]
INITIALS = "abcdefghjklmnprstwz"

CTX = {
    # ctx: (sites, device patterns, user style, late-night share out of 10)
    "gen": (["main", "northgate"], ["LIB-PC-%02d", "LRC-LT-%02d", "CHROMEBOOK-%04d",
                                    "B-BLOCK-PC-%02d"], "learner", 2),
    "mv": (["riverside"], ["MV-WORKSHOP-PC-%02d", "MV-DIAG-LT-%02d"], "appr", 1),
    "hair": (["main", "salon"], ["HAIR-SALON-TAB-%d", "SALON-RECEP-PC-%d"], "appr", 1),
    "hsc": (["northgate"], ["HSC-LAB-LT-%02d", "CARE-SUITE-PC-%02d"], "learner", 1),
    "con": (["riverside", "employer-site"], ["CONSTR-SITE-TAB-%02d", "TRADES-PC-%02d"],
            "appr", 1),
    "it": (["main"], ["IT-LAB-PC-%02d", "DIGITAL-LT-%02d"], "learner", 1),
    "esol": (["community"], ["ESOL-RM4-PC-%02d", "COMMUNITY-HUB-LT-%02d"], "adult", 1),
    "staff": (["main", "northgate"], ["STAFF-LT-%03d", "SG-TEAM-PC-%02d"], "staff", 0),
    "home": (["loan"], ["LOAN-LT-%04d", "LOAN-CB-%04d"], "learner", 7),
    "care": (["loan"], ["LOAN-LT-%04d"], "learner", 6),
}


def person(n, ctx):
    sites, devs, style, _ = CTX[ctx]
    site = pick(n, "site", sites)
    pat = pick(n, "dev", devs)
    num = 1 + H(n, "devnum") % (9999 if "%04d" in pat else 999 if "%03d" in pat else 40)
    device = pat % num
    sn = pick(n, "sn", SURNAMES)
    ini = pick(n, "ini", INITIALS)
    if style == "staff":
        user = "%s.%s" % (ini, sn)
    elif style == "appr":
        user = pick(n, "us", ["appr.%s%s" % (ini, sn), "%s.%s" % (ini, sn),
                              "A%07d" % (H(n, "sid") % 10000000)])
    elif style == "adult":
        user = pick(n, "us", ["%s.%s" % (ini, sn), "esol%04d" % (H(n, "sid") % 10000)])
    else:
        user = pick(n, "us", ["%s.%s" % (ini, sn), "L%08d" % (H(n, "sid") % 100000000),
                              "%s%s%02d" % (ini, sn, H(n, "yy") % 100)])
    return site, device, user


SITE_OCTET = {"main": 10, "northgate": 20, "riverside": 30, "salon": 12,
              "employer-site": 44, "community": 52, "loan": 60}


def client_ip(n, site):
    return "10.%d.%d.%d" % (SITE_OCTET[site] + H(n, "ip1") % 4, H(n, "ip2") % 250 + 1,
                            H(n, "ip3") % 253 + 2)


def server_ip(n, salt="srv"):
    return "%d.%d.%d.%d" % (pick(n, salt + "a", [142, 172, 104, 151, 185, 13, 52, 34, 23,
                                                 216, 157, 199]),
                            H(n, salt + "b") % 256, H(n, salt + "c") % 256,
                            H(n, salt + "d") % 254 + 1)


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def when(n, ctx, late=False):
    """(epoch seconds float) in November 2026; UK is on GMT so local == UTC."""
    day = 1 + H(n, "day") % 30
    share = CTX[ctx][3]
    if late or H(n, "late") % 10 < share:
        hour = pick(n, "hl", [18, 19, 20, 21, 22, 23, 23, 0, 1, 2, 3])
    else:
        hour = pick(n, "hd", [8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17])
    mi, se, ms = H(n, "mi") % 60, H(n, "se") % 60, H(n, "ms") % 1000
    return calendar.timegm((2026, 11, day, hour, mi, se, 0, 0, 0)) + ms / 1000.0


def tparts(t):
    import time as _t
    st = _t.gmtime(int(t))
    return st, int(round((t - int(t)) * 1000)) % 1000


def iso(t):
    st, ms = tparts(t)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (st.tm_year, st.tm_mon, st.tm_mday,
                                                   st.tm_hour, st.tm_min, st.tm_sec, ms)


def syslog_time(t, pad_zero=False):
    st, _ = tparts(t)
    day = ("%02d" if pad_zero else "%2d") % st.tm_mday
    return "%s %s %02d:%02d:%02d" % (MONTHS[st.tm_mon - 1], day, st.tm_hour, st.tm_min,
                                     st.tm_sec)


def clf_time(t):
    st, _ = tparts(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (st.tm_mday, MONTHS[st.tm_mon - 1],
                                                  st.tm_year, st.tm_hour, st.tm_min,
                                                  st.tm_sec)


def e2g_time(t):
    st, _ = tparts(t)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (st.tm_year, st.tm_mon, st.tm_mday,
                                              st.tm_hour, st.tm_min, st.tm_sec)


def bind_time(t):
    st, ms = tparts(t)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (st.tm_mday, MONTHS[st.tm_mon - 1],
                                                 st.tm_year, st.tm_hour, st.tm_min,
                                                 st.tm_sec, ms)


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 16093.68.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.6778.39 Mobile Safari/537.36",
]


# --------------------------------------------------------------------------- search URLs
def search(n, eng, q):
    """Return (url, page_title) for a search of q on engine eng."""
    qp = quote_plus(q)
    q20 = quote(q, safe="")
    if eng == "g":
        host = pick(n, "ghost", ["www.google.com", "www.google.co.uk", "www.google.co.uk"])
        tail = pick(n, "gtail", ["", "&hl=en-GB", "&source=hp", "&client=firefox-b-d",
                                 "&oq=%s&sourceid=chrome&ie=UTF-8" % qp,
                                 "&sca_esv=%x&source=hp" % (H(n, "sca") % 0xffffffff)])
        return "https://%s/search?q=%s%s" % (host, qp, tail), "%s - Google Search" % q
    if eng == "b":
        tail = pick(n, "btail", ["&form=QBLH", "&form=QBRE", "&qs=n&form=QBRE&sp=-1",
                                 "&form=ANNTH1&refig=%x" % (H(n, "ref") % 0xffffffff)])
        return "https://www.bing.com/search?q=%s%s" % (qp, tail), "%s - Search" % q
    if eng == "ddg":
        tail = pick(n, "dtail", ["&ia=web", "&t=h_&ia=web", "&t=ffab&ia=web"])
        return "https://duckduckgo.com/?q=%s%s" % (qp, tail), "%s at DuckDuckGo" % q
    if eng == "y":
        tail = pick(n, "ytail", ["&fr=yfp-t", "&fr=yfp-t&fr2=sb-top", "&fr=sfp"])
        return ("https://uk.search.yahoo.com/search?p=%s%s" % (qp, tail),
                "%s - Yahoo Search Results" % q)
    if eng == "eco":
        return ("https://www.ecosia.org/search?method=index&q=%s" % qp, "%s - Ecosia" % q)
    if eng == "yt":
        return ("https://www.youtube.com/results?search_query=%s" % qp, "%s - YouTube" % q)
    if eng == "tt":
        ms = int(when(n, "gen")) * 1000 + H(n, "ttms") % 1000
        return ("https://www.tiktok.com/search?q=%s&t=%d" % (q20, ms),
                "Find '%s' on TikTok | TikTok Search" % q)
    if eng == "rd":
        tail = pick(n, "rtail", ["", "&type=link", "&type=comment"])
        return ("https://www.reddit.com/search/?q=%s%s" % (q20, tail),
                "reddit.com: search results - %s" % q)
    if eng == "wiki":
        if H(n, "wform") % 2 == 0:
            return ("https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch"
                    "&ns0=1" % qp, "Search results for \"%s\" - Wikipedia" % q)
        page = quote(q.replace(" ", "_"), safe="_(),'")
        return "https://en.wikipedia.org/wiki/%s" % page, "%s - Wikipedia" % q
    if eng == "amz":
        pre = quote_plus(q[:max(3, len(q) // 2)])
        return ("https://www.amazon.co.uk/s?k=%s&crid=%X&sprefix=%s%%2Caps%%2C%d"
                "&ref=nb_sb_noss_1" % (qp, H(n, "crid") % (1 << 40), pre, 60 + H(n, "sp") % 200),
                "Amazon.co.uk : %s" % q)
    raise ValueError(eng)


ENGINES_DEFAULT = [("g", 9), ("b", 3), ("ddg", 2), ("y", 1), ("eco", 1), ("yt", 1)]

BROWSERS = [("chrome.exe", "Google Chrome"), ("msedge.exe", "Microsoft\u200b Edge"),
            ("msedge.exe", "Microsoft Edge"), ("firefox.exe", "Mozilla Firefox")]


# --------------------------------------------------------------------------- apps for typed text
def app_window(n, app):
    who = pick(n, "who", ["Kayleigh", "Jay", "Mo", "Nat", "Kai", "Zara", "Dev", "Liv",
                          "Ash", "Reece", "Amira", "Tomasz", "Chloe", "Ellie", "Sami"])
    grp = pick(n, "grp", ["L2 Plumbing \U0001F527", "Hair L3 girls", "The Lads",
                          "MV Level 2 2026", "HSC cohort B", "squad", "Bricklaying lot",
                          "fam \u2764\ufe0f", "IT L3 group chat"])
    br = pick(n, "br", BROWSERS)
    table = {
        "wa": pick(n, "wa", [("WhatsApp.exe", "WhatsApp"),
                             (br[0], "WhatsApp - " + br[1]),
                             ("WhatsApp.exe", grp)]),
        "dc": ("Discord.exe", pick(n, "dcw", ["#general | %s - Discord" % grp,
                                               "@%s - Discord" % who.lower(),
                                               "Friends - Discord", "#ranked | squad - Discord"])),
        "teams": ("ms-teams.exe", pick(n, "tw", ["Chat | %s | Microsoft Teams" % who,
                                                  "Chat | %s | Microsoft Teams" % grp])),
        "ig": (br[0], "Inbox \u2022 Chats - " + br[1]),
        "snap": (br[0], pick(n, "sn2", ["Snapchat - ", "(1) Snapchat - ",
                                        "Snapchat Web - "]) + br[1]),
        "word": ("WINWORD.EXE", pick(n, "doc", ["Unit 2 assignment", "Document1",
                                                 "Assignment brief v3", "Reflective log"])
                 + ".docx - Word"),
        "docs": (br[0], pick(n, "gdoc", ["Unit 5 draft", "Untitled document",
                                          "Criminology Unit 3", "Essay plan"])
                 + " - Google Docs - " + br[1]),
        "forms": ("msedge.exe", "Weekly check-in - Microsoft Forms - Microsoft\u200b Edge"),
        "notes": ("notepad.exe", pick(n, "np", ["*Untitled - Notepad", "*notes.txt - Notepad"])),
        "outlook": ("olk.exe", pick(n, "ol", ["Mail - Outlook", "Untitled - Message (HTML)"])),
        "gpt": (br[0], "ChatGPT - " + br[1]),
        "tiktok": (br[0], "TikTok LIVE - " + br[1]),
        "indeed": (br[0], "Apply - Indeed.com - " + br[1]),
        "steam": ("steamwebhelper.exe", "Steam - Chat"),
    }
    return table[app]


# --------------------------------------------------------------------------- line renderers
def ep_event(n, item, ev, t, extra):
    site, device, user = person(n, item["ctx"])
    if item["ctx"] not in ("staff", "esol") and H(n, "dom") % 3 == 0:
        user = "EDU\\" + user
    obj = {"ts": iso(t), "site": site, "device": device, "user": user, "event": ev}
    obj.update(extra)
    compact = H(n, "epc") % 4 == 0
    ascii_only = H(n, "epa") % 5 == 0
    if compact:
        return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=ascii_only)


def wrap_syslog(n, line, tag, pid, t):
    host = pick(n, "slh", ["proxy01", "fw-core", "dns01", "sensor-b", "logsrv"])
    if H(n, "slk") % 2 == 0:
        pri = pick(n, "pri", [134, 166, 30, 142])
        return "<%d>%s %s %s[%d]: %s" % (pri, syslog_time(t), host, tag, pid, line)
    pri = pick(n, "pri5", [134, 166, 190])
    return "<%d>1 %s %s %s %d - - %s" % (pri, iso(t), host, tag, pid, line)


def uid(n, salt):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = H(n, salt)
    s = "C"
    for i in range(17):
        s += al[(v >> (i * 3)) % 62 if i < 20 else 0]
        v = v ^ (H(n, salt + str(i)) & 0xffff)
    return s


def proxy_line(n, item, url, title, variant):
    """Render one web request (GET url) in a proxy format. Returns (fmt, line|[lines])."""
    t = when(n, item["ctx"], item.get("late", False))
    site, device, user = person(n, item["ctx"])
    ip = client_ip(n, site)
    ua = pick(n, "ua", UAS)
    size = 9000 + H(n, "sz") % 90000
    el = 20 + H(n, "el") % 1400
    srv = server_ip(n)
    host = urlsplit(url).hostname
    deny = item.get("deny")
    if variant == "squid":
        auth = user if H(n, "squ") % 6 else "-"
        return "squid", "%.3f %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
            t, el, ip, size, url, auth, srv)
    if variant == "squid-bump":
        return "squid", ('%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s '
                         'sni=%s bump=bump' % (t, el, ip, user, size, url, srv, ua, host, host))
    if variant in ("clf-common", "clf-combined"):
        core = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d' % (ip, user, clf_time(t), url, size)
        if variant == "clf-combined":
            ref = pick(n, "ref", ["-", "-", "https://%s/" % host,
                                  "https://www.google.co.uk/"])
            core += ' "%s" "%s"' % (ref, ua)
        if H(n, "clfsq") % 5:
            core += " TCP_MISS:HIER_DIRECT"
        return "clf", core
    if variant in ("e2g2", "e2g4", "e2g6"):
        q = item["content"] if item["kind"] == "q" else None
        terms = ("0=%s;" % disguise(q, n)) if q else "-"
        group = "learners" if item["ctx"] != "staff" else "staff"
        gnum = "1" if group == "learners" else "2"
        what, status, weight, cat, sz = "-", "200", "0", "-", str(size)
        if deny:
            what, weight, cat = deny
            status, sz = "403", "0"
        dt = e2g_time(t)
        if variant == "e2g6":
            f = ["%.3f" % t, "", user, ip, ip, url, "GET", status, sz, "-", ua, "-",
                 str(H(n, "dur") % 900), "-", "454" if deny else "0",
                 what, weight, cat if deny else "-", group, gnum]
            return "e2guardian", "\t".join(f)
        f = [dt, user, ip, url, what, "GET", sz, weight, cat, gnum, status, "-", ip, group,
             ua, terms, "-", "-", "-"]
        if variant == "e2g4":
            return "e2guardian", "\t".join(f)
        return "e2guardian", ",".join('"%s"' % x.replace('"', '""') for x in f)
    if variant == "zeek-http":
        sp = urlsplit(url)
        uri = sp.path + (("?" + sp.query) if sp.query else "")
        obj = {"ts": round(t, 6), "uid": uid(n, "zh"), "id.orig_h": ip,
               "id.orig_p": 49152 + H(n, "op") % 16000, "id.resp_h": srv, "id.resp_p": 443,
               "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
               "version": "1.1", "user_agent": ua, "request_body_len": 0,
               "response_body_len": size, "status_code": 200, "status_msg": "OK",
               "tags": [], "resp_mime_types": ["text/html"]}
        if H(n, "zc") % 2:
            return "zeek-http", json.dumps(obj, separators=(",", ":"))
        return "zeek-http", json.dumps(obj)
    if variant == "zeek-http-tsv":
        sp = urlsplit(url)
        uri = sp.path + (("?" + sp.query) if sp.query else "")
        fields = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host "
                  "uri referrer version user_agent origin request_body_len "
                  "response_body_len status_code status_msg info_code info_msg tags "
                  "username password proxied orig_fuids orig_filenames orig_mime_types "
                  "resp_fuids resp_filenames resp_mime_types").split()
        types = ("time string addr port addr port count string string string string string "
                 "string string count count count string count string set[enum] string "
                 "string set[string] vector[string] vector[string] vector[string] "
                 "vector[string] vector[string] vector[string]").split()
        vals = ["%.6f" % t, uid(n, "zht"), ip, str(49152 + H(n, "op") % 16000), srv, "80",
                "1", "GET", host, uri, "-", "1.1", ua, "-", "0", str(size), "200", "OK",
                "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
                "F%s" % uid(n, "fu")[1:], "-", "text/html"]
        st, _ = tparts(t - 3600)
        head = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
                "#unset_field\t-", "#path\thttp",
                "#open\t%04d-%02d-%02d-%02d-00-00" % (st.tm_year, st.tm_mon, st.tm_mday,
                                                     st.tm_hour),
                "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]
        return "zeek-http", head + ["\t".join(vals)]
    if variant == "ep-url":
        proc, bname = pick(n, "br", BROWSERS)
        wt = ("%s - %s" % (title, bname)) if title else None
        return "endpoint", ep_event(n, item, "url_visit", t,
                                    {"process": proc, "window_title": wt, "url": url})
    if variant == "ep-title":
        proc, bname = pick(n, "br", BROWSERS)
        return "endpoint", ep_event(n, item, "window_title", t,
                                    {"process": proc, "window_title": "%s - %s" % (title, bname)})
    raise ValueError(variant)


BLOCKED_CATS = {"adult_content", "gambling", "filter_bypass", "radicalisation", "suicide",
                "violence", "piracy", "hacking", "illegal_content"}


def dns_line(n, item, dom, variant):
    t = when(n, item["ctx"], item.get("late", False))
    site, device, user = person(n, item["ctx"])
    ip = client_ip(n, site)
    cats = {e[0] for e in item["expect"]}
    blocked = bool(cats & BLOCKED_CATS) and H(n, "blk") % 5 < 2
    if "blocked" in item:
        blocked = item["blocked"]
    qtype = wpick(n, "qt", [("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    if variant == "unbound":
        st = syslog_time(t, pad_zero=True)
        pfx = ("[%d] unbound[%d:0]" % (int(t), 700 + H(n, "pid") % 9000)
               if H(n, "ubep") % 3 == 0 else "%s unbound[%d:0]" % (st, 700 + H(n, "pid") % 9000))
        if blocked and H(n, "ubb") % 2 == 0:
            zone = ".".join(dom.split(".")[-2:])
            return "unbound", "%s info: %s. always_nxdomain %s@%d %s. %s IN" % (
                pfx, zone, ip, 1024 + H(n, "port") % 60000, dom, qtype)
        if H(n, "ubr") % 2:
            rc = "NXDOMAIN" if blocked else "NOERROR"
            return "unbound", "%s info: %s %s. %s IN %s %.6f %d %d" % (
                pfx, ip, dom, qtype, rc, (H(n, "rtt") % 90000) / 1e6, H(n, "cc") % 2,
                40 + H(n, "rs") % 400)
        return "unbound", "%s info: %s %s. %s IN" % (pfx, ip, dom, qtype)
    if variant == "dnsmasq":
        pid = pick(n, "dmpid", [9987, 812, 1544, 20311])
        st = syslog_time(t)
        if H(n, "dmx") % 3 or blocked:
            ser, port = 1 + H(n, "dmser") % 99999, 1024 + H(n, "port") % 60000
            q = "%s dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (st, pid, ser, ip, port,
                                                                  qtype, dom, ip)
            if blocked:
                return "dnsmasq", [q, "%s dnsmasq[%d]: %d %s/%d config %s is %s" % (
                    st, pid, ser, ip, port, dom, "0.0.0.0" if qtype == "A" else
                    "NODATA" if qtype == "HTTPS" else "::")]
            return "dnsmasq", q
        return "dnsmasq", "%s dnsmasq[%d]: query[%s] %s from %s" % (st, pid, qtype, dom, ip)
    if variant == "bind":
        ptr = "@0x7f%010x" % (H(n, "ptr") % (1 << 40))
        port = 1024 + H(n, "port") % 60000
        if blocked:
            return "bind", ("%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite "
                            "%s/%s/IN via %s.rpz.local" % (bind_time(t), ptr, ip, port, dom,
                                                            dom, qtype, dom))
        flags = pick(n, "bflag", ["+E(0)K", "+E(0)K", "+E(0)DC", "+"])
        line = "%s queries: info: client %s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (
            bind_time(t), ptr, ip, port, dom, dom, qtype, flags)
        if H(n, "bsl") % 4 == 0:
            return "bind", wrap_syslog(n, line.split(" ", 2)[2], "named", 1201, t)
        return "bind", line
    if variant == "zeek-dns":
        obj = {"ts": round(t, 6), "uid": uid(n, "zd"), "id.orig_h": ip,
               "id.orig_p": 1024 + H(n, "port") % 60000, "id.resp_h": "10.0.0.53",
               "id.resp_p": 53, "proto": "udp", "trans_id": H(n, "tid") % 65536,
               "rtt": round((H(n, "rtt") % 90000) / 1e6, 6),
               "query": dom, "qclass": 1, "qclass_name": "C_INTERNET",
               "qtype": {"A": 1, "AAAA": 28, "HTTPS": 65}[qtype], "qtype_name": qtype,
               "rcode": 3 if blocked else 0, "rcode_name": "NXDOMAIN" if blocked else "NOERROR",
               "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0, "rejected": False}
        if not blocked and qtype == "A" and H(n, "zans") % 2:
            obj["answers"] = [server_ip(n, "ans")]
            obj["TTLs"] = [float(60 + H(n, "ttl") % 3000)]
        if H(n, "zc") % 2:
            return "zeek-dns", json.dumps(obj, separators=(",", ":"))
        return "zeek-dns", json.dumps(obj)
    if variant == "zeek-dns-tsv":
        fields = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query "
                  "qclass qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z "
                  "answers TTLs rejected").split()
        types = ("time string addr port addr port enum count interval string count string "
                 "count string count string bool bool bool bool count vector[string] "
                 "vector[interval] bool").split()
        vals = ["%.6f" % t, uid(n, "zdt"), ip, str(1024 + H(n, "port") % 60000), "10.0.0.53",
                "53", "udp", str(H(n, "tid") % 65536), "%.6f" % ((H(n, "rtt") % 90000) / 1e6),
                dom, "1", "C_INTERNET", "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0",
                server_ip(n, "ans"), "%.6f" % float(60 + H(n, "ttl") % 3000), "F"]
        st, _ = tparts(t - 1800)
        head = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
                "#unset_field\t-", "#path\tdns",
                "#open\t%04d-%02d-%02d-%02d-00-00" % (st.tm_year, st.tm_mon, st.tm_mday,
                                                     st.tm_hour),
                "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]
        return "zeek-dns", head + ["\t".join(vals)]
    # CONNECT-style proxy views of a bare domain
    ua = pick(n, "ua", UAS)
    srv = server_ip(n)
    el = 50 + H(n, "el") % 90000
    size = 3000 + H(n, "sz") % 400000
    if variant == "squid-sni":
        target = srv if H(n, "byip") % 3 == 0 else dom
        peek = ('%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s '
                'bump=splice' % (t, 1 + H(n, "pk") % 3, ip, user, target, ua, target, dom))
        tun = ('%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s '
               'bump=splice' % (t + el / 1000.0, el, ip, user, size, target, srv, ua, target, dom))
        if H(n, "pair") % 2:
            return "squid", [peek, tun]
        return "squid", tun
    if variant == "squid-connect":
        return "squid", "%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            t, el, ip, size, dom, user, srv)
    if variant == "clf-connect":
        return "clf", '%s - %s [%s] "CONNECT %s:443 HTTP/1.1" 200 %d TCP_TUNNEL:HIER_DIRECT' % (
            ip, user, clf_time(t), dom, size)
    if variant == "e2g-connect":
        f = [e2g_time(t), user, ip, "https://%s:443" % dom, "-", "CONNECT", str(size), "0",
             "-", "1", "200", "-", ip, "learners", ua, "-", "-", "-", "-"]
        return "e2guardian", "\t".join(f)
    raise ValueError(variant)


Q_VARIANTS = [("squid", 22), ("squid-bump", 7), ("clf-common", 8), ("clf-combined", 10),
              ("e2g2", 6), ("e2g4", 5), ("e2g6", 6), ("zeek-http", 11), ("zeek-http-tsv", 1),
              ("ep-url", 9), ("ep-title", 9)]
U_VARIANTS = [v for v in Q_VARIANTS if v[0] != "ep-title"]
D_VARIANTS = [("unbound", 14), ("dnsmasq", 12), ("bind", 11), ("zeek-dns", 10),
              ("zeek-dns-tsv", 1), ("squid-sni", 8), ("squid-connect", 3), ("clf-connect", 3),
              ("e2g-connect", 2)]


def render(n, item):
    """Return (format_id, line or list of lines, variant name)."""
    kind = item["kind"]
    if kind == "t":
        t = when(n, item["ctx"], item.get("late", False))
        proc, wt = app_window(n, item["app"])
        text = item["content"]
        if "^^" in text:
            a, b = text.split("^^", 1)
            a, b = disguise(a, n), disguise(b, n)
            gap = 2 + H(n, "gap") % 8
            l1 = ep_event(n, item, "text_capture", t,
                          {"process": proc, "window_title": wt, "text": a})
            l2 = ep_event(n, item, "text_capture", t + gap + (H(n, "gms") % 900) / 1000.0,
                          {"process": proc, "window_title": wt, "text": b})
            return "endpoint", [l1, l2], "ep-text-split"
        extra = {"process": proc, "window_title": wt, "text": disguise(text, n)}
        if H(n, "urlnull") % 3 == 0:
            extra["url"] = None
        line = ep_event(n, item, "text_capture", t, extra)
        if H(n, "epsl") % 25 == 0:
            return "endpoint", wrap_syslog(n, line, "guardline-agent", 4411, t), "ep-text+syslog"
        return "endpoint", line, "ep-text"
    if kind == "w":
        t = when(n, item["ctx"], item.get("late", False))
        proc = pick(n, "wproc", ["chrome.exe", "msedge.exe", "firefox.exe", "steam.exe"])
        if "Steam" in item["content"]:
            proc = "steamwebhelper.exe"
        line = ep_event(n, item, "window_title", t,
                        {"process": proc, "window_title": disguise(item["content"], n)})
        return "endpoint", line, "ep-title"
    if kind in ("q", "u"):
        if kind == "q":
            eng = item.get("eng") or wpick(n, "eng", ENGINES_DEFAULT)
            url, title = search(n, eng, disguise(item["content"], n))
        else:
            url, title = item["content"], item.get("title")
        variants = Q_VARIANTS if kind == "q" else U_VARIANTS
        variant = item.get("fmt") or wpick(n, "var", variants)
        if item.get("deny"):
            variant = pick(n, "dv", ["e2g2", "e2g4", "e2g6"])
        fmt, line = proxy_line(n, item, url, title, variant)
    elif kind == "d":
        variant = item.get("fmt") or wpick(n, "var", D_VARIANTS)
        fmt, line = dns_line(n, item, item["content"], variant)
    else:
        raise ValueError(kind)
    if (isinstance(line, str) and fmt != "endpoint" and variant not in ("bind",)
            and H(n, "wrap") % 9 == 0):
        tag = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian",
               "zeek-http": "zeek", "zeek-dns": "zeek", "unbound": "unbound",
               "dnsmasq": "dnsmasq"}[fmt]
        if fmt in ("unbound", "dnsmasq"):
            pass  # these already carry their own syslog-style header
        else:
            t = when(n, item["ctx"], item.get("late", False))
            line = wrap_syslog(n, line, tag, 1000 + H(n, "wpid") % 30000, t)
            variant += "+syslog"
    elif isinstance(line, str) and line.startswith("<"):
        variant += "+syslog"
    return fmt, line, variant


# --------------------------------------------------------------------------- the items
def X(tag, kind, content, expect="", allow="", **o):
    exp = []
    for tok in expect.split():
        c, lv = tok.split(":")
        exp.append((c, int(lv)))
    d = {"tag": tag, "kind": kind, "content": content, "expect": exp,
         "allow": allow.split() if allow else [], "ctx": o.pop("ctx", "gen")}
    if kind == "t":
        d["app"] = o.pop("app", "wa")
    d.update(o)
    return d


ITEMS = [
    # ================================================================ suicide
    X("dir", "q", "how many paracetamol does it take to die", "suicide:5", "self_harm"),
    X("dir", "t", "ive written letters for mum and my nan. doing it tonight after my shift, "
      "ive saved up enough tablets", "suicide:5", "self_harm", app="wa", late=True),
    X("dir", "q", "most painless way to end my life", "suicide:5", eng="ddg", ctx="home"),
    X("dir", "q", "how high does a bridge have to be to die if you jump", "suicide:5"),
    X("dir", "t", "i dont want to be alive anymore and i dont know who to tell", "suicide:4",
      app="gpt", ctx="home"),
    X("ind", "t", "logging off for good after tonight. been real lads, someone look after "
      "biscuit for me", "suicide:5", app="dc", ctx="home"),
    X("ind", "t", "Q3 How has your week been (1-10)? 1. Honestly everyone would be better off "
      "without me. My leaving care money stops in March and I cant see a way through any of it.",
      "suicide:4", app="forms", ctx="care"),
    X("ind", "q", "unalive myself quickest way", "suicide:5", ctx="home"),
    X("ind", "q", "sewerslide methods that actually work", "suicide:5", eng="tt", ctx="home"),
    X("ind", "t", "my cousin keeps saying shes going to take all her sertraline at once, shes 16 "
      "and home alone tonight what do i do", "suicide:4", "self_harm drugs", app="wa"),
    X("ind", "t", "Hi Sarah, sorry unit 3 is late again. Landlord has served notice and work have "
      "cut my hours. Honestly I have been looking up ways to end it and I bought rope at the "
      "weekend. I will try to send it over by Friday. Thanks, Dan", "suicide:5",
      app="outlook", ctx="mv"),
    X("dir", "q", "i want die what is way no pain", "suicide:5", ctx="esol"),
    X("dir", "q", "how long does it take to die from carbon monoxide in a car", "suicide:5",
      eng="b"),
    X("dis", "q", "h0w t0 k1ll mys3lf", "suicide:5", ctx="home"),
    X("dis", "t", "i just want to {cyr:die}, im so tired of all of it", "suicide:4", app="snap"),
    X("dis", "t", "kms fr this time. got the p i l l s lined up on my desk", "suicide:5",
      "self_harm drugs", app="dc", ctx="home"),
    X("dis", "q", "{fw:lethal dose of sertraline}", "suicide:5", "self_harm drugs"),
    X("dis", "t", "going to {zw:hang} myself from the loft hatch when theyre all out",
      "suicide:5", app="notes", ctx="home"),
    X("ind", "t", "i just want to go to sleep and ^^not wake up. ever.", "suicide:4", app="wa",
      ctx="home"),
    X("ind", "w", "best way to end it all without feeling anything - Google Search - Google Chrome",
      "suicide:5", ctx="home"),
    X("dir", "q", "what happens to your body if you jump in front of a train", "suicide:5", eng="y"),
    X("dir", "d", "sanctioned-suicide.net", "suicide:4", ctx="home", fmt="unbound"),
    X("ind", "t", "after this match im done with everything, not just the game. nobody would even "
      "notice im gone", "suicide:4", app="dc", ctx="home"),

    # ================================================================ self-harm / eating disorders
    X("dir", "q", "how to hide cuts from my mum", "self_harm:4"),
    X("dir", "q", "how deep is too deep cutting arm", "self_harm:4", "suicide"),
    X("dir", "t", "did it again last night, took the blade out of my pencil sharpener. long "
      "sleeves all week now", "self_harm:4", app="wa"),
    X("ind", "t", "i keep a pair of the old thinning scissors in my bag. not for clients if u "
      "get me", "self_harm:4", app="snap", ctx="hair"),
    X("ind", "q", "best way to clean cat scratches that werent from a cat", "self_harm:4"),
    X("ind", "q", "is it normal to feel calm after hurting yourself", "self_harm:4",
      eng="rd"),
    X("dir", "q", "pro ana tips to stop feeling hungry", "self_harm:4"),
    X("ind", "q", "thinspo body check", "self_harm:4", "social_media", eng="tt"),
    X("dir", "q", "how to make yourself sick after eating without anyone hearing",
      "self_harm:4"),
    X("ind", "q", "eating 500 calories a day for a month how much will i lose", "self_harm:3"),
    X("ind", "t", "meanspo pls. tell me how disgusting i am so i dont eat tomorrow",
      "self_harm:4", app="dc", ctx="home"),
    X("dir", "q", "pro ana coach snapchat", "self_harm:4", "grooming social_media"),
    X("dis", "q", "s3lf h@rm without sc@rs", "self_harm:4"),
    X("dis", "t", "i {fw:burn} myself with the lighter when it gets too loud in my head",
      "self_harm:4", app="wa", ctx="home"),
    X("dis", "q", "how to c u t without anyone knowing", "self_harm:4"),
    X("dis", "t", "my thighs are covered in {zw:cuts} again and its only tuesday",
      "self_harm:4", app="notes"),
    X("ind", "t", "has anyone else seen mias wrists? she wears long sleeves even in the salon "
      "when its boiling", "self_harm:4", app="wa", ctx="hair"),
    X("dir", "q", "how to stop bleeding from a deep cut without going to a&e so my parents dont "
      "find out", "self_harm:4"),
    X("dis", "t", "need an {gr:ana} buddy, {gr:fasting} 72 hours starting tonight",
      "self_harm:4", app="dc"),
    X("ind", "q", "ways to punish myself when i mess up", "self_harm:4", eng="b"),
    X("dir", "t", "where on your body can you cut so it doesnt show when youre in uniform on "
      "placement", "self_harm:4", app="gpt", ctx="hsc"),
    X("ind", "t", "ngl the only thing that ^^helps is when i scratch till it bleeds",
      "self_harm:4", app="snap"),

    # ================================================================ radicalisation
    X("dir", "q", "how to travel to join the mujahideen from uk", "radicalisation:4"),
    X("dir", "q", "anwar al awlaki lectures mp3 download", "radicalisation:4"),
    X("ind", "t", "the brothers in the telegram said the kuffar governments deserve whats coming "
      "and tbh i agree with them", "radicalisation:4", "discrimination", app="dc"),
    X("dis", "q", "is1s nash33d dawah channel", "radicalisation:4", eng="yt"),
    X("dir", "q", "dabiq magazine pdf all issues", "radicalisation:4", "illegal_content"),
    X("dis", "t", "{cyr:jihad} is the only answer to what they are doing to us, who is with me",
      "radicalisation:4", app="wa"),
    X("ind", "q", "brother how i can go to sham for help muslim fighters", "radicalisation:4",
      ctx="esol"),
    X("ind", "t", "he said if i really cared about the ummah i would leave college and make "
      "hijrah. hes adding me to a private group tonight", "radicalisation:4", "grooming",
      app="snap"),
    X("dir", "q", "great replacement theory evidence uk", "radicalisation:3", "discrimination"),
    X("dir", "q", "christchurch shooter manifesto pdf", "radicalisation:4",
      "violence illegal_content discrimination"),
    X("ind", "t", "1488 brother. time we started a proper active club round here",
      "radicalisation:4", "discrimination", app="dc"),
    X("ind", "t", "join the active club lads, training saturdays on the rec, white lads only, "
      "message me for the telegram", "radicalisation:4", "discrimination", app="wa", ctx="con"),
    X("dis", "q", "p a t r i o t i c  a l t e r n a t i v e how to join", "radicalisation:3",
      "discrimination"),
    X("dir", "q", "national action still active how to join", "radicalisation:4"),
    X("dir", "t", "going to do what tarrant did but at the mosque on station road, friday "
      "prayers, livestream it", "radicalisation:5", "violence discrimination", app="notes",
      ctx="home"),
    X("dir", "q", "terrorgram collective telegram link", "radicalisation:4"),
    X("ind", "q", "siege james mason audiobook", "radicalisation:4"),
    X("dis", "q", "{fw:atomwaffen division}", "radicalisation:4"),
    X("ind", "t", "cant make footy tonight. been reading the stuff kyle sent about the hotel "
      "migrants being an invasion and tbh we should all go down there and burn them out. anyway "
      "see u sat", "radicalisation:4", "violence discrimination", app="wa", ctx="con"),
    X("dir", "q", "isis execution videos uncut", "radicalisation:4", "violence"),
    X("dis", "t", "death to the {zw:kuffar}", "radicalisation:4", "discrimination", app="dc"),
    X("dir", "q", "how to join hizb ut tahrir uk", "radicalisation:4"),
    X("dir", "d", "www.stormfront.org", "radicalisation:4", "discrimination", fmt="zeek-dns"),

    # ================================================================ grooming / exploitation
    X("dir", "t", "he keeps saying im mature for my age and to delete our chats after. hes 27 and "
      "im 16. is that normal", "grooming:4", app="gpt", ctx="home"),
    X("ind", "t", "ok ill come to your flat saturday, ill tell mum im staying at kayleighs like "
      "you said and delete this chat", "grooming:5", app="snap", ctx="home"),
    X("ind", "t", "bro the olders said if i run a line up to norwich for the weekend i get 500 "
      "and a new phone, they sort the train ticket", "grooming:4", "drugs", app="wa"),
    X("ind", "t", "he keeps giving me free weed and now says i owe him 300 and i have to drop "
      "some bits off to pay it back", "grooming:4", "drugs", app="snap"),
    X("dir", "t", "someone on here has my pics and says theyll send them to all my followers "
      "unless i pay \u00a3200 by 10 tonight", "grooming:5", "bullying", app="ig", ctx="home"),
    X("dir", "q", "what to do if someone is blackmailing you with nudes", "grooming:4"),
    X("ind", "q", "my boyfriend is 29 and im 16 is that ok", "grooming:4", eng="rd"),
    X("ind", "t", "my manager at the salon keeps messaging me late asking for pics in my uniform "
      "and says itll help me pass my apprenticeship", "grooming:4", "bullying", app="wa",
      ctx="hair"),
    X("dir", "q", "sextortion help uk i am 17", "grooming:4"),
    X("dis", "t", "he wants me to send {cyr:nudes} before he gives me the money back",
      "grooming:4", app="snap"),
    X("ind", "t", "the guy from the car wash says i can stay at his whenever i get kicked out of "
      "the placement. he gives me vapes and lifts everywhere", "grooming:4", app="wa",
      ctx="care"),
    X("ind", "t", "he says hell pay for my driving lessons if i send a few pics, hes 35, met him "
      "on the fifa server", "grooming:4", "gaming", app="dc"),
    X("dis", "t", "he said k e e p  i t  o u r  s e c r e t and not to tell my keyworker",
      "grooming:4", app="snap", ctx="care"),
    X("dir", "q", "sugar daddy for 17 year olds uk", "grooming:4", "adult_content"),
    X("ind", "t", "quick cash for 16-18s \U0001F4B8 drive or travel, no questions asked, dm me on "
      "snap", "grooming:4", "drugs illegal_content", app="snap"),
    X("dis", "q", "0nlyf4ns under 18 loophole", "grooming:4", "adult_content illegal_content"),
    X("dis", "t", "{fw:send more} or i post the ones i already have", "grooming:4", "bullying",
      app="ig"),
    X("ind", "t", "he told me not to tell anyone about the hotel ^^and that i owe him now",
      "grooming:4", app="wa", ctx="care"),
    X("dir", "q", "report to ceop i am 16 and a man sent me sexual messages", "grooming:4",
      eng="b"),
    X("ind", "q", "man at work keeps touching me im an apprentice what can i do", "grooming:4",
      "bullying", ctx="con"),
    X("dir", "t", "the man say i work in his nail shop, no money only a room to sleep, he keep my "
      "passport", "grooming:4", app="wa", ctx="esol"),
    X("dis", "t", "he wants me to go on c.a.m with him tonight and says hell send 50 quid",
      "grooming:4", "adult_content", app="dc", ctx="home"),

    # ================================================================ bullying
    X("dir", "t", "everyone leave the group when she joins lol, no one wants the smelly esol girl "
      "in here", "bullying:3", "discrimination", app="wa"),
    X("dir", "t", "ur actually so ugly no wonder ur dad left", "bullying:3", app="snap"),
    X("ind", "t", "make a fake acc and post the vid of him crying in the toilets, tag the whole "
      "course", "bullying:3", app="snap"),
    X("dir", "t", "new apprentice is a waste of space. hide his tools again and lock him in the "
      "portaloo lol", "bullying:3", app="wa", ctx="con"),
    X("ind", "q", "supervisor calls me thick in front of everyone apprentice rights",
      "bullying:3", ctx="mv"),
    X("dis", "t", "ur a f a t  c o w and everyone knows it", "bullying:3", app="ig"),
    X("dis", "t", "k1ll yours3lf n0 0ne l1kes u", "bullying:3", "suicide violence", app="snap"),
    X("ind", "t", "mass report his account till it gets banned then spam his insta with the clip",
      "bullying:3", app="dc"),
    X("dir", "t", "if you come in tomorrow we're gonna batter you", "bullying:3", "violence",
      app="snap"),
    X("ind", "t", "they call me terrorist every day in the workshop because of my hijab, i dont "
      "want to come back", "bullying:3", "discrimination", app="teams", ctx="esol"),
    X("dis", "t", "{cyr:loser} {cyr:freak} nobody at college wants you here", "bullying:3",
      app="ig"),
    X("ind", "t", "the seniors keep putting me on all the hoists alone and laugh when i cry, they "
      "said apprentices are basically slaves", "bullying:3", app="wa", ctx="hsc"),
    X("dir", "q", "how to make someone's life hell at work without getting caught",
      "bullying:3"),
    X("dis", "t", "ur such a sl*g, whole college knows what u did", "bullying:3", app="wa"),
    X("ind", "t", "lads in MV keep taking the mick out of jays stammer and filming him on the ramp "
      "for the story", "bullying:3", "discrimination", app="wa", ctx="mv"),
    X("dir", "t", "post her address in the live chat, lets see how hard she is then",
      "bullying:3", "violence", app="tiktok", ctx="home"),
    X("dis", "t", "go cryyyy to ur mummy u fat looooser", "bullying:3", app="snap"),
    X("dis", "t", "everyone {zw:hates} you {zw:loser}", "bullying:3", app="dc"),
    X("ind", "t", "new poll \U0001F602 ugliest person on level 2 plumbing, vote now, winner gets "
      "roasted on friday", "bullying:3", app="wa", ctx="con"),
    X("dir", "q", "anonymous app to send hate messages to someone", "bullying:3"),
    X("dir", "q", "how to make someone cry online", "bullying:3"),
    X("ind", "t", "screenshot everything she sends ^^and well put it on the story with her face",
      "bullying:3", app="snap"),

    # ================================================================ discrimination
    X("dir", "t", "all muslims are terrorists and should be deported, end of",
      "discrimination:3", "radicalisation", app="wa"),
    X("dir", "t", "no way am i working with another polish lad, they nick all the jobs on site",
      "discrimination:3", app="wa", ctx="con"),
    X("dis", "t", "that p@ki from the shop gave me the wrong change again", "discrimination:3",
      app="snap"),
    X("dis", "t", "tr@nnies shouldnt be allowed in our changing rooms", "discrimination:3",
      app="dc"),
    X("dir", "t", "gay people are disgusting, hope he gets battered", "discrimination:3",
      "violence bullying", app="wa"),
    X("dis", "t", "only f.a.g.s play support", "discrimination:3", "bullying gaming", app="dc"),
    X("dir", "q", "why are black people less intelligent", "discrimination:3"),
    X("ind", "q", "jokes about gypsies", "discrimination:3", eng="y"),
    X("dir", "q", "retard memes", "discrimination:3", "bullying"),
    X("dir", "t", "we dont take girls in the workshop, they cant handle a spanner",
      "discrimination:3", app="teams", ctx="mv"),
    X("ind", "t", "the jews control the banks and the media, do your own research",
      "discrimination:3", "radicalisation", app="wa"),
    X("dir", "t", "immigrants are vermin, every last one of them", "discrimination:3",
      "radicalisation", app="wa"),
    X("ind", "t", "they told me in the interview they dont want girls with hijab on the salon "
      "floor", "discrimination:3", app="teams", ctx="esol"),
    X("dis", "t", "go back to africa n1gg3r", "discrimination:3", "bullying", app="snap"),
    X("ind", "t", "(((they))) own everything, look who runs the banks", "discrimination:3",
      "radicalisation", app="dc"),
    X("ind", "t", "another muzzie family moved onto our estate, need to get them out",
      "discrimination:3", "radicalisation", app="wa"),
    X("dis", "t", "shut up you l*sbo", "discrimination:3", "bullying", app="ig"),
    X("dis", "q", "{fw:paki bashing}", "discrimination:3", "violence radicalisation"),
    X("dir", "t", "disabled people are a drain, they should just be put down",
      "discrimination:3", app="wa"),
    X("ind", "q", "why trans people are mentally ill", "discrimination:3", eng="rd"),
    X("dis", "t", "{zw:gypos} nicked the copper off site again", "discrimination:3", app="wa",
      ctx="con"),
    X("ind", "t", "reckon she only got the apprenticeship cos she ticks the diversity box, "
      "typical", "discrimination:3", app="teams"),

    # ================================================================ violence / weapons
    X("dir", "q", "where to buy a zombie knife uk", "violence:4", "illegal_content"),
    X("dir", "t", "bringing my blade tomorrow, if he steps to me at the bus station hes getting "
      "shanked", "violence:5", app="snap"),
    X("ind", "t", "we ride out on them tonight, grab the ting from marcus first", "violence:5",
      app="snap", ctx="home"),
    X("dir", "q", "how to make a petrol bomb", "violence:4", "radicalisation"),
    X("dis", "q", "h0w t0 m4ke a n41l b0mb", "violence:4", "radicalisation"),
    X("ind", "q", "where to stab someone so they dont die", "violence:4"),
    X("dir", "t", "swear down if the site manager docks my pay again im taking the nail gun to his "
      "cabin", "violence:4", app="wa", ctx="con"),
    X("dis", "t", "gonna st@b him after college", "violence:5", app="snap"),
    X("dir", "q", "knuckle duster buy uk", "violence:3", "illegal_content"),
    X("ind", "t", "need a strap for the weekend, anyone know someone", "violence:5",
      "illegal_content", app="snap", ctx="home"),
    X("ind", "q", "3d printed gun files uk", "violence:4", "illegal_content"),
    X("ind", "t", "next time she answers back ill put her through the wall", "violence:4",
      app="wa", ctx="home"),
    X("dis", "t", "im going to {cyr:shoot} up the college", "violence:5", "radicalisation",
      app="dc"),
    X("dir", "q", "school shooting compilation uncensored", "violence:3", "radicalisation",
      eng="yt"),
    X("ind", "d", "www.kaotic.com", "violence:3", fmt="zeek-dns"),
    X("dis", "q", "{fw:machete for protection uk}", "violence:4"),
    X("ind", "t", "my brother says i have to carry now because of what happened with the opps",
      "violence:4", app="snap"),
    X("dir", "t", "I know where you live and im coming round with the lads to finish you",
      "violence:4", "bullying", app="ig"),
    X("dis", "q", "how to make a {zw:taser} from a disposable camera", "violence:3"),
    X("ind", "q", "butterfly knife balisong sharp", "violence:3", "illegal_content", eng="amz"),
    X("dis", "q", "b.e.s.t w.a.y t.o h.u.r.t s.o.m.e.o.n.e", "violence:4", "bullying"),
    X("ind", "t", "bring the thing wrapped in the towel ^^hes outside the gates at 3",
      "violence:5", app="wa"),

    # ================================================================ adult content
    X("dir", "q", "free porn no sign up", "adult_content:3"),
    X("dir", "d", "xhamster.com", "adult_content:3", fmt="dnsmasq", blocked=True),
    X("dis", "q", "p0rnhub premium free", "adult_content:3", "piracy"),
    X("ind", "q", "nsfw onlyfans leaks", "adult_content:3", "piracy", eng="rd"),
    X("ind", "q", "hot girls near me snap nudes", "adult_content:3"),
    X("dir", "d", "chaturbate.com", "adult_content:3", fmt="squid-sni"),
    X("dis", "q", "{fw:naked milf videos}", "adult_content:3"),

    # ================================================================ drugs
    X("dir", "q", "buy ket uk snapchat", "drugs:3"),
    X("ind", "t", "anyone got a plug for bars, need some xans for the weekend", "drugs:3",
      app="snap"),
    X("dis", "q", "c0ke delivery leeds", "drugs:3"),
    X("ind", "t", "whos got \U0001F343 and \u2744\ufe0f for tonight, cash ready", "drugs:3",
      app="wa"),
    X("dir", "q", "how much mdma to take first time", "drugs:3"),
    X("dis", "q", "{cyr:weed delivery} near me", "drugs:3"),
    X("ind", "q", "nos canisters bulk cheap next day", "drugs:3", eng="amz"),

    # ================================================================ gambling
    X("dir", "d", "www.skybet.com", "gambling:2", fmt="bind", blocked=True),
    X("dir", "q", "casino sites not on gamstop", "gambling:2",
      deny=("*DENIED* Banned search words: casino", "0", "Gambling")),
    X("ind", "t", "put my whole wage on the acca again, gonna win it back saturday",
      "gambling:2", app="wa", ctx="con"),
    X("dis", "q", "fr33 sp1ns n0 d3posit", "gambling:2"),
    X("ind", "q", "payday loan to cover betting losses", "gambling:2"),
    X("dir", "q", "stake casino big win", "gambling:2", eng="tt"),
    X("dis", "q", "{fw:crash gambling site}", "gambling:2"),

    # ================================================================ filter bypass
    X("dir", "d", "psiphon.ca", "filter_bypass:2", fmt="dnsmasq"),
    X("dir", "q", "how to get past fortinet on college wifi", "filter_bypass:2"),
    X("ind", "q", "use google translate as a proxy to open blocked sites", "filter_bypass:2"),
    X("dis", "q", "vpn for chr0mebook that sch00ls cant detect", "filter_bypass:2"),
    X("dir", "q", "tor browser portable usb", "filter_bypass:2"),
    X("ind", "t", "use the 1.1.1.1 app it gets round the college filter", "filter_bypass:2",
      app="dc"),
    X("dir", "d", "www.croxyproxy.com", "filter_bypass:2", fmt="unbound", blocked=True),

    # ================================================================ hacking
    X("dir", "q", "how to hack someones snapchat account", "hacking:2"),
    X("ind", "q", "kali crack wifi handshake college network", "hacking:2", ctx="it"),
    X("dis", "q", "d0wnl0ad k3yl0gg3r undetectable", "hacking:2"),
    X("dir", "q", "xbox ip booter to ddos someone", "hacking:2", "gaming"),
    X("ind", "t", "got the tutors moodle password off the sticky note, gonna change my grades lol",
      "hacking:2", app="dc"),
    X("dir", "d", "hackforums.net", "hacking:2", fmt="zeek-dns"),
    X("dis", "q", "{fw:discord token grabber}", "hacking:2"),

    # ================================================================ piracy
    X("dir", "q", "wicked for good full movie free online 123movies", "piracy:1"),
    X("dir", "d", "thepiratebay.org", "piracy:1", fmt="bind", blocked=False),
    X("ind", "q", "fitgirl repack gta 5", "piracy:1", "gaming"),
    X("dis", "q", "sp0rt str3ams premier league free", "piracy:1"),
    X("dir", "q", "photoshop 2026 crack download", "piracy:1", "hacking"),
    X("ind", "t", "anyone got a firestick with a dodgy kodi build on it", "piracy:1",
      app="wa"),
    X("dis", "q", "{cyr:torrent movies}", "piracy:1"),

    # ================================================================ gaming
    X("dir", "d", "www.epicgames.com", "gaming:1", fmt="squid-connect"),
    X("dir", "q", "roblox unblocked", "gaming:1", "filter_bypass"),
    X("ind", "t", "hop on fn after 4th period need a duo for ranked", "gaming:1", app="dc"),
    X("dis", "q", "m1necraft servers", "gaming:1"),
    X("dir", "q", "valorant montage", "gaming:1", eng="yt"),
    X("dir", "d", "www.roblox.com", "gaming:1", fmt="dnsmasq"),
    X("ind", "w", "Counter-Strike 2 - Steam", "gaming:1"),

    # ================================================================ social media
    X("dir", "d", "www.tiktok.com", "social_media:1", fmt="e2g-connect"),
    X("dir", "d", "instagram.com", "social_media:1", fmt="unbound"),
    X("ind", "w", "(3) Snapchat - Google Chrome", "social_media:1"),
    X("dir", "q", "how to get more followers", "social_media:1", eng="tt"),
    X("dis", "q", "{fw:instagram} login", "social_media:1"),
    X("dir", "d", "www.snapchat.com", "social_media:1", fmt="squid-sni"),
    X("ind", "u", "https://www.instagram.com/reels/", "social_media:1", title="Instagram"),

    # ================================================================ illegal content
    X("dir", "q", "buy fake uk driving licence", "illegal_content:3"),
    X("ind", "t", "anyone selling fullz or cloned cards, need it for amazon",
      "illegal_content:3", "hacking", app="dc"),
    X("dis", "q", "d4rk w3b m4rk3t l1nks 2026", "illegal_content:3", "drugs"),
    X("dir", "q", "leaked nudes of under 18 girls", "illegal_content:4",
      "grooming adult_content"),
    X("ind", "q", "counterfeit \u00a320 notes for sale", "illegal_content:3"),
    X("ind", "t", "easy money, lend us your bank account for a day and get 500 quid",
      "illegal_content:3", "grooming", app="snap"),
    X("dir", "q", "stolen phones cheap no questions", "illegal_content:3"),

    # ================================================================ hard negatives
    # -- health and social care
    X("neg", "q", "unit 5 safeguarding adults recognising signs of self-harm in residents",
      ctx="hsc", eng="b"),
    X("neg", "t", "P3: Explain why a care worker must report a self-harm disclosure to their "
      "manager and must not promise to keep it confidential.", ctx="hsc", app="word"),
    X("neg", "q", "NICE guideline NG225 self-harm assessment management", ctx="staff"),
    X("neg", "q", "ligature risk assessment template mental health ward", ctx="staff"),
    X("neg", "t", "Case study: Mrs D is 82, has vascular dementia and has told staff she wants "
      "to die. Discuss how the team should respond under the Mental Capacity Act 2005.",
      ctx="hsc", app="docs"),
    X("neg", "q", "how to dress a skin tear on an elderly patient", ctx="hsc"),
    X("neg", "t", "Resident fell at 03:10, no visible injury, obs every 30 mins, daughter "
      "informed by phone.", ctx="hsc", app="notes"),
    X("neg", "q", "how to give an epipen to someone in anaphylaxis", ctx="hsc"),
    X("neg", "q", "suicide prevention training for care workers zero suicide alliance",
      ctx="hsc"),
    X("neg", "w", "Unit 7 - Safeguarding in health and social care.pptx - PowerPoint",
      ctx="hsc"),
    # -- motor vehicle
    X("neg", "t", "Step 4: kill the engine, remove the key, disconnect the negative battery "
      "terminal first.", ctx="mv", app="notes"),
    X("neg", "q", "engine dies when idling corsa d 1.2", ctx="mv"),
    X("neg", "q", "how to bleed brakes on your own one man kit", ctx="mv", eng="yt"),
    X("neg", "q", "dead short in wiring loom how to trace", ctx="mv"),
    X("neg", "q", "focus misfire cylinder 3 killing power uphill", ctx="mv", eng="rd"),
    X("neg", "q", "slam panel replacement cost", ctx="mv"),
    X("neg", "t", "the transits battery is completely dead, can someone bring the jump pack to "
      "bay 2", ctx="mv", app="teams"),
    X("neg", "t", "the engine keeps cutting out so i kill ^^it at the lights and restart it",
      ctx="mv", app="teams"),
    # -- hair and beauty
    X("neg", "q", "how to cut a skin fade step by step", ctx="hair", eng="yt"),
    X("neg", "t", "client wants a razor cut bob at 2, can u cover her? im stuck on a colour "
      "correction", ctx="hair", app="wa"),
    X("neg", "q", "blunt cut vs point cut fringe", ctx="hair"),
    X("neg", "q", "cut my finger with thinning scissors how to stop the bleeding", ctx="hair"),
    X("neg", "q", "professional hairdressing scissors 6 inch", ctx="hair", eng="amz"),
    X("neg", "t", "Assessment criteria: demonstrate a one-length cut, a uniform layer cut and a "
      "graduated bob on a live model.", ctx="hair", app="word"),
    X("neg", "q", "cutting edge hairdressing awards 2026", ctx="hair"),
    X("neg", "w", "Hairdressing Level 2 - Cutting techniques - Moodle - Microsoft\u200b Edge",
      ctx="hair"),
    X("neg", "t", "this fade is so clean, you murdered it bro", ctx="hair", app="snap"),
    # -- construction
    X("neg", "t", "demolition starts monday, the whole east wall is coming out with the breaker",
      ctx="con", app="wa"),
    X("neg", "q", "nail gun safety toolbox talk", ctx="con"),
    X("neg", "q", "how to kill the power to a ring main safely", ctx="con"),
    X("neg", "q", "hanging a fire door with a jig", ctx="con", eng="yt"),
    X("neg", "t", "scaffolders are shooting off at 2 so get the skip loaded before then",
      ctx="con", app="wa"),
    # -- IT
    X("neg", "q", "python kill process by pid windows", ctx="it"),
    X("neg", "q", "kill all child processes bash", ctx="it", eng="ddg"),
    X("neg", "q", "ethical hacking apprenticeship level 4 cyber security", ctx="it"),
    X("neg", "q", "comptia security+ penetration testing objectives", ctx="it"),
    X("neg", "t", "the hyper-v host is dead again, can someone reboot it before the exam at 10",
      ctx="it", app="teams"),
    X("neg", "q", "how to execute a powershell script at startup", ctx="it"),
    X("neg", "q", "sql injection explained for btec unit 11", ctx="it"),
    # -- first aid and medical
    X("neg", "q", "first aid course catastrophic bleeding stab wound tourniquet st john"),
    X("neg", "q", "can you take paracetamol and ibuprofen together for toothache"),
    X("neg", "q", "first aid for burns cling film"),
    X("neg", "q", "gp appointment blood test results how long", eng="eco"),
    # -- history, politics, literature, criminology
    X("neg", "q", "causes of the rise of the nazi party gcse history"),
    X("neg", "q", "The Troubles", eng="wiki"),
    X("neg", "q", "why was 7/7 significant a level politics"),
    X("neg", "q", "suffragettes hunger strike force feeding"),
    X("neg", "t", "The Holocaust was the systematic murder of six million Jews. This essay "
      "examines how Nazi propaganda dehumanised its victims.", app="docs"),
    X("neg", "q", "windrush scandal explained", eng="b"),
    X("neg", "q", "difference between islam and islamism citizenship"),
    X("neg", "q", "Partition of India", eng="wiki"),
    X("neg", "q", "macbeth lady macbeth suicide quote analysis"),
    X("neg", "q", "of mice and men ending why does george shoot lennie"),
    X("neg", "q", "romeo and juliet poison and dagger scene analysis", eng="y"),
    X("neg", "q", "Kamikaze", eng="wiki"),
    X("neg", "t", "Grooming gangs in Rotherham: this summary of the Jay inquiry is for my "
      "criminology unit 3 assignment.", app="docs"),
    X("neg", "q", "knife crime statistics london 2025 criminology essay"),
    X("neg", "q", "gambling advertising impact on young people essay"),
    # -- news
    X("neg", "q", "southport inquiry latest news"),
    X("neg", "q", "knife amnesty bins birmingham bbc"),
    X("neg", "q", "uk riots sentencing", eng="rd"),
    # -- music, film, tv
    X("neg", "q", "eminem stan lyrics"),
    X("neg", "q", "my chemical romance helena lyrics"),
    X("neg", "q", "kill bill soundtrack", eng="yt"),
    X("neg", "q", "the killers mr brightside tickets manchester"),
    X("neg", "q", "dave black lyrics meaning"),
    X("neg", "q", "ac dc shoot to thrill guitar tab"),
    X("neg", "q", "suicide squad cast"),
    X("neg", "q", "sex education season 4 trailer", eng="yt"),
    X("neg", "q", "harry potter killing curse"),
    X("neg", "w", "Killing Eve - Series 1 - BBC iPlayer - Google Chrome", ctx="home"),
    # -- jobs
    X("neg", "q", "trainee butcher apprenticeship near me"),
    X("neg", "q", "chef apprenticeship knife skills level 2"),
    X("neg", "q", "army infantry soldier entry requirements"),
    X("neg", "q", "bet365 software developer graduate scheme stoke", ctx="it"),
    X("neg", "t", "I have experience handling cash and dealing calmly with aggressive customers.",
      app="indeed"),
    X("neg", "q", "how to write a cv for an apprenticeship with no experience"),
    # -- staff researching safeguarding
    X("neg", "q", "county lines warning signs staff training slides", ctx="staff"),
    X("neg", "q", "how to respond to a disclosure of sexual abuse dsl training", ctx="staff"),
    X("neg", "q", "keeping children safe in education 2026 part one", ctx="staff"),
    X("neg", "q", "online grooming warning signs poster for college", ctx="staff"),
    X("neg", "q", "channel panel referral process prevent", ctx="staff"),
    X("neg", "q", "self-harm awareness training for tutors", ctx="staff"),
    X("neg", "q", "sextortion advice for professionals iwf", ctx="staff"),
    X("neg", "q", "what to do if a learner says they want to kill themselves mental health first "
      "aid", ctx="staff"),
    X("neg", "q", "drug and alcohol awareness lesson plan 16-18", ctx="staff"),
    X("neg", "q", "recognising self harm in teenagers training", ctx="staff",
      deny=("*DENIED* Weighted phrase limit of 50 : 60 (self harm+teenagers)", "60",
            "Self harm")),
    X("neg", "t", "Reminder: please complete the mandatory Prevent and online safety modules by "
      "Friday.", ctx="staff", app="teams"),
    X("neg", "t", "Hi all, the radicalisation and extremism CPD session has moved to room B12 on "
      "Thursday.", ctx="staff", app="outlook"),
    X("neg", "q", "prevent duty guidance further education 2026", ctx="staff"),
    X("neg", "u", "https://www.gov.uk/government/publications/keeping-children-safe-in-education"
      "--2", ctx="staff", title="Keeping children safe in education - GOV.UK"),
    X("neg", "q", "samaritans volunteer training", ctx="staff"),
    # -- everyday chat and idioms
    X("neg", "t", "im dying to see wicked for good this weekend", app="wa"),
    X("neg", "t", "this assignment is killing me lol", app="snap"),
    X("neg", "t", "could honestly kill my sister she ate my leftovers again", app="wa"),
    X("neg", "t", "we absolutely slayed the presentation \U0001F485", app="wa"),
    X("neg", "t", "these trainers are the bomb, half price as well", app="wa"),
    X("neg", "t", "im done, third time the bus has been late this week \U0001F644", app="wa"),
    X("neg", "t", "My nan passed away last week so I won't be in on Tuesday, sorry.",
      app="outlook"),
    X("neg", "t", "can u cover my shift saturday, its my cousins christening", app="wa"),
    X("neg", "t", "going to shoot some photos at the pier for my media unit", app="teams"),
    X("neg", "t", "gg, you carried us, that headshot was insane", app="dc", ctx="home"),
    X("neg", "t", "teacher i cannot come tomorrow my son is sick he have fever", ctx="esol",
      app="teams"),
    X("neg", "t", "guys i literally want to die of embarrassment, i called the tutor mum "
      "\U0001F480", app="wa"),
    X("neg", "t", "im actually dead \U0001F480\U0001F480 that video", app="snap"),
    X("neg", "t", "dw ill kill it at the interview tomorrow", app="wa"),
    X("neg", "t", "thanks for the shift swap, youre a lifesaver", app="teams"),
    X("neg", "t", "In my country the war destroy my village. Now I study English because I want "
      "to be a nurse.", ctx="esol", app="word"),
    X("neg", "t", "my little brothers school has a lockdown drill tomorrow so pick up might be "
      "late", app="wa"),
    X("neg", "t", "fancy a pint after we finish the shoot", app="wa"),
    X("neg", "t", "ngl i could murder ^^a maccies right now", app="wa"),
    X("neg", "q", "how to kill weeds on a patio naturally"),
    X("neg", "q", "killer sudoku app"),
    X("neg", "q", "how to make bath bombs for christmas presents", eng="yt"),
    X("neg", "q", "essex vs sussex cricket score"),
    X("neg", "q", "scunthorpe united fixtures"),
    X("neg", "q", "penistone train station parking"),
    X("neg", "q", "a level biology apoptosis cell death"),
    X("neg", "q", "how to get rid of a hangover before work"),
    X("neg", "q", "is cbd oil legal uk"),
    X("neg", "q", "is level 3 electrician apprenticeship worth it", eng="rd"),
    X("neg", "q", "kitchen knife set with block", eng="amz"),
    X("neg", "q", "how to pass your driving test first time", eng="yt"),
    X("neg", "q", "gcse maths revision hacks", eng="tt"),
    X("neg", "q", "kill team warhammer rules"),
    X("neg", "q", "ESOL entry 3 speaking exam practice", ctx="esol"),
    X("neg", "q", "Hanging Gardens of Babylon", eng="wiki"),
    # -- domains that contain risky substrings, and ordinary traffic
    X("neg", "d", "www.scunthorpe-united.co.uk", fmt="zeek-dns"),
    X("neg", "d", "www.sussex.ac.uk", fmt="unbound"),
    X("neg", "d", "www.essexhighways.org", fmt="squid-sni"),
    X("neg", "d", "www.arsenal.com", fmt="dnsmasq"),
    X("neg", "d", "www.methodist.org.uk", fmt="bind"),
    X("neg", "d", "www.experts-exchange.com", ctx="it"),
    X("neg", "d", "www.middlesex.ac.uk", fmt="zeek-dns"),
    X("neg", "d", "www.gunwharf-quays.com", fmt="zeek-dns-tsv"),
    X("neg", "d", "www.slaughterandmay.com", fmt="squid-sni"),
    X("neg", "d", "analytics.google.com", ctx="it", fmt="clf-connect"),
    X("neg", "d", "outlook.office365.com", ctx="staff"),
    X("neg", "d", "www.nhs.uk", fmt="dnsmasq"),
    X("neg", "d", "moodle.northvalecollege.ac.uk", fmt="bind"),
    X("neg", "d", "uk.indeed.com", fmt="unbound"),
    X("neg", "u", "https://www.nationaltrust.org.uk/visit/devon/killerton",
      title="Killerton | Devon | National Trust"),
    X("neg", "u", "https://www.bbc.co.uk/news/articles/knife-crime-figures-fall-england-wales",
      title="Knife crime figures fall in England and Wales - BBC News"),
    # -- disguised but innocent
    X("neg", "q", "{fw:black friday sale}"),
    X("neg", "t", "n00b g3t r3kt gg ez", app="dc", ctx="home"),
    X("neg", "t", "S P E C I A L  O F F E R: 20% off all salon retail products this week",
      ctx="hair", app="outlook"),
    X("neg", "t", "h.a.p.p.y b.i.r.t.h.d.a.y kayleigh!!! \U0001F389", app="wa"),
    X("neg", "t", "{cyr:look} at this {cyr:cat} video its hilarious", app="wa"),
    X("neg", "t", "see you at the {zw:bus} stop at 5", app="teams"),
    X("neg", "t", "sooooo tired, killer day at placement", app="wa", ctx="hsc"),
    X("neg", "q", "{cyr:killing floor} 2 steam sale"),
]


# --------------------------------------------------------------------------- build
def build():
    order = sorted(range(len(ITEMS)),
                   key=lambda k: hashlib.sha256(("h8-order|%d" % (k + 1)).encode()).hexdigest())
    rows, meta = [], []
    for pos, k in enumerate(order):
        n = pos + 1
        item = ITEMS[k]
        fmt, line, variant = render(n, item)
        if H(n, "auto") % 16 == 0:
            fmt = "auto"
        row = {"id": "h8-%04d" % n, "format": fmt}
        if isinstance(line, list):
            row["lines"] = line
        else:
            row["line"] = line
        row["expect"] = [{"category": c, "min_level": lv} for c, lv in item["expect"]]
        if item["allow"]:
            row["allow"] = item["allow"]
        rows.append(row)
        meta.append((item, fmt, variant))
    return rows, meta


def check(rows, meta):
    for row, (item, fmt, variant) in zip(rows, meta):
        for c, lv in item["expect"]:
            assert c in CATEGORIES and 1 <= lv <= 5, row["id"]
        for c in item["allow"]:
            assert c in CATEGORIES, row["id"]
        assert item["tag"] in ("dir", "ind", "dis", "neg"), row["id"]
        assert (item["tag"] == "neg") == (not item["expect"]), row["id"]
        body = row.get("line") or "\n".join(row["lines"])
        assert "{cyr:" not in body and "{fw:" not in body and "{zw:" not in body, row["id"]
        assert "^^" not in body, row["id"]


def stats(rows, meta):
    out = sys.stderr
    n = len(rows)
    pos = Counter()
    for item, _, _ in meta:
        for c, _ in item["expect"]:
            pos[c] += 1
    neg = sum(1 for item, _, _ in meta if not item["expect"])
    tags = Counter(item["tag"] for item, _, _ in meta)
    postags = Counter(item["tag"] for item, _, _ in meta if item["expect"])
    fmts = Counter(f for _, f, _ in meta)
    variants = Counter(v for _, _, v in meta)
    levels = Counter(lv for item, _, _ in meta for _, lv in item["expect"])
    multi = sum(1 for r in rows if "lines" in r)
    print("items: %d" % n, file=out)
    print("positives per category:", file=out)
    for c in CATEGORIES:
        print("  %-16s %d" % (c, pos[c]), file=out)
    print("hard negatives: %d (%.1f%%)" % (neg, 100.0 * neg / n), file=out)
    print("tags (all): " + ", ".join("%s=%d" % (t, tags[t]) for t in ("dir", "ind", "dis", "neg")),
          file=out)
    npos = sum(postags.values())
    print("tags (positives): " + ", ".join("%s=%d (%.0f%%)" % (t, postags[t],
                                                              100.0 * postags[t] / npos)
                                          for t in ("dir", "ind", "dis")), file=out)
    print("min_level counts: " + ", ".join("%d=%d" % (k, levels[k]) for k in sorted(levels)),
          file=out)
    print("format field: " + ", ".join("%s=%d" % kv for kv in sorted(fmts.items())), file=out)
    print("renderings: " + ", ".join("%s=%d" % kv for kv in sorted(variants.items())), file=out)
    print("multi-line items: %d; with allow: %d" % (multi, sum(1 for r in rows if "allow" in r)),
          file=out)


def main(argv):
    rows, meta = build()
    check(rows, meta)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in argv:
        stats(rows, meta)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
