#!/usr/bin/env python3
"""build_heldout48.py - independent held-out corpus "h48" for Guardline.

Writes heldout48.jsonl beside this script (or --out PATH); --stats prints counts.
Deterministic: standard library only, no random module. Every variable choice
(format, engine, URL encoding, user, device, site, timestamp, IP, wrapping, fragment
split, look-alike letters) is derived from SHA-256 of the item number and a purpose
tag (see H()). Item order is SHA-256 of the source position. Running it twice gives
byte-identical output.

PERSPECTIVE
  Creative, performing-arts and media colleges and a music-production / games-design
  university technical college, learners aged 16-24. They write lyrics, scripts and
  game narratives, post content, and work in studios, edit suites and games labs.
  The traffic is theirs (and some staff): proxy searches on many engines and sites,
  DNS look-ups, and endpoint events (typed chat and documents, window titles, URL
  visits, process starts). Texts are written the way these learners type: lower case,
  slang (drill and club slang, "ket", "charlie", "ching", "opps"), algospeak
  ("unalive", "sewerslide", "seggs", "corn", "cat scratches"), misspellings, and a
  minority disguised (leetspeak, spaced or dotted letters, Cyrillic look-alikes,
  zero-width joiners, full-width letters, emoji, stretched letters). About half the
  items are hard negatives: the same words in coursework, set texts, stage combat,
  SFX make-up, game design, music business, art history, news and banter.

LABELLING DECISIONS (CONTRACTS section 3 levels; min_level is a floor)
  suicide          5: a method or plan sought or stated (method searches, "exit bag",
                      pills saved, "tonight's the night", goodbye letters / last song).
                   4: ideation without a stated method ("better off without me",
                      "nobody would notice"), visits to a pro-suicide forum.
  self_harm        4: cutting, burning, punching walls, hiding wounds, relapse; and
                      eating disorders (pro-ana, thinspo, purging, laxatives, calorie
                      restriction before a weigh-in), which I file under self_harm.
                   3: appetite-suppressant pills without prescription (allow drugs).
  radicalisation   5: attack planning with an extremist target.
                   4: extremist propaganda sought (Siege, Terrorgram, IS nasheeds,
                      attack video), joining groups, accelerationist or "Day of the
                      Rope" material used as "edgy art", glorifying attackers.
                   3: curiosity about replacement theory, fashwave, incel blackpill,
                      symbols as merch (allow discrimination).
  grooming         5: a meeting arranged by an adult ("private shoot Saturday at his
                      flat", "meeting him at the station at 6", "he'll pick me up").
                   4: grooming and exploitation signs by "industry" men, photographers,
                      promoters, staff in a position of trust (secrecy, "mature for your
                      age", casting couch, OnlyFans pressure on a 17-year-old), and
                      sextortion of a learner (allow illegal_content / bullying).
                   3: a learner asking whether what is happening to them is grooming.
  bullying         3: pile-ons, mass reporting, hate-comment raids, doxxing creators,
                      exclusion, "kys" at another person (allow suicide), deepfake to
                      humiliate a teacher (allow illegal_content).
  discrimination   3: slurs and hate at a group (misogyny, homophobia, transphobia,
                      racism, antisemitism, anti-Traveller, anti-Muslim).
                   2: prejudiced opinions without slurs ("women can't mix").
  adult_content    3: pornography searches, sites and titles, incl. algospeak.
  drugs            3: buying, selling, dosing, mixing (ket, coke, MDMA, nitrous, carts,
                      xans, shrooms). A lethal-dose query is drugs (allow suicide).
  gambling         2: betting and casino sites, crypto casinos, skin and case gambling,
                      streamer codes. 3: chasing losses with a student loan.
  violence         5: a real threat against a named person / place / time, bringing a
                      weapon, attack planning, bomb or acid-attack how-to.
                   4: buying weapons, "on sight" threats without a target, arranged
                      fights. (No level-3 violence items.)
  filter_bypass    2: VPNs, proxies, Tor, DNS tricks, disabling the filter.
  hacking          3: taking over other people's accounts, phishing, token grabbers,
                      SIM swap, DDoS, changing grades. 2: tools (IP grabbers,
                      mimikatz), selling "OG" usernames from cracked accounts.
  piracy           1: cracked DAWs and plug-ins, torrents, sample rips, film streams.
  gaming           1: game stores, launchers, browser game portals.
  social_media     1: social sites and apps.
  illegal_content  5: child sexual abuse material sought or shared (a 15-year-old's
                      nudes). 4: non-consensual or deepfake intimate images of real
                      people. 3: nudify tools in general, counterfeit money, fake
                      passports. 2: fake IDs for clubs.
  allow: only a genuinely ambiguous second category (see the list above).
  Negatives (expect []): never a real level-2+ concern; coursework and fiction are
  framed as such (document titles, "fictional character", "for the brief"); level-1
  noise (a game store page, TikTok) may appear and is ignored by the scorer.
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import sys
from collections import Counter
from urllib.parse import quote, quote_plus, unquote_plus

# ---------------------------------------------------------------------------
# Deterministic choice machinery (no random module)
# ---------------------------------------------------------------------------

def H(n, tag):
    """Integer from SHA-256 of the item number and a purpose tag."""
    d = hashlib.sha256(("h48|%s|%s" % (n, tag)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def rng(n, tag, lo, hi):
    """Integer in [lo, hi] inclusive."""
    return lo + H(n, tag) % (hi - lo + 1)


BASE_EPOCH = 1788739200  # 2026-09-07T00:00:00Z, start of the autumn term
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def epoch_for(n, tag="ts"):
    day = rng(n, tag + ".day", 0, 95)
    r = H(n, tag + ".band") % 100
    if r < 78:
        hour = rng(n, tag + ".h", 8, 17)
    elif r < 93:
        hour = rng(n, tag + ".h", 18, 23)
    else:
        hour = rng(n, tag + ".h", 0, 2)
    minute = rng(n, tag + ".m", 0, 59)
    sec = rng(n, tag + ".s", 0, 59)
    ms = rng(n, tag + ".ms", 0, 999)
    return BASE_EPOCH + day * 86400 + hour * 3600 + minute * 60 + sec + ms / 1000.0


def utc(t):
    return datetime.datetime.fromtimestamp(int(t), tz=datetime.timezone.utc)


def ms_of(t):
    return int(round((t - int(t)) * 1000)) % 1000


def f_squid(t):
    return "%d.%03d" % (int(t), ms_of(t))


def f_clf(t):
    d = utc(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second)


def f_e2(t):
    d = utc(t)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute, d.second)


def f_bind(t):
    d = utc(t)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, ms_of(t))


def f_unbound(t):  # strftime "%b %d %H:%M:%S"
    d = utc(t)
    return "%s %02d %02d:%02d:%02d" % (MONTHS[d.month - 1], d.day, d.hour, d.minute, d.second)


def f_ctime(t):  # dnsmasq / RFC 3164: day space padded
    d = utc(t)
    return "%s %2d %02d:%02d:%02d" % (MONTHS[d.month - 1], d.day, d.hour, d.minute, d.second)


def f_iso(t):
    d = utc(t)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (d.year, d.month, d.day, d.hour, d.minute, d.second, ms_of(t))


def f_iso6(t):
    d = utc(t)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (d.year, d.month, d.day, d.hour, d.minute, d.second,
                                                        ms_of(t) * 1000 + rng(int(t), "us", 0, 999))


def ip_for(n, tag="ip"):
    return "10.%d.%d.%d" % (rng(n, tag + "a", 1, 40), rng(n, tag + "b", 0, 254), rng(n, tag + "c", 2, 250))


def hexs(n, tag, k):
    return hashlib.sha256(("hex|%s|%s" % (n, tag)).encode()).hexdigest()[:k]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def zuid(n, tag, prefix="C"):
    v = int(hashlib.sha256(("uid|%s|%s" % (n, tag)).encode()).hexdigest(), 16)
    out = []
    for _ in range(17):
        out.append(ALNUM[v % 62])
        v //= 62
    return prefix + "".join(out)


# ---------------------------------------------------------------------------
# People, devices, software
# ---------------------------------------------------------------------------

LEARNERS = [
    "m.adebayo", "STUDIOS\\j.price", "r.chowdhury@artscoll.ac.uk", "l.obrien", "p.nowicka",
    "k.tshabalala", "dj.walker", "t.nguyen", "a.mistry", "student1187", "learner-2291",
    "guest-0417", "e.harrington", "z.hussain", "c.murphy", "s.oyelaran", "MEDIA\\b.kaur",
    "f.costa", "utc.y12.ljames", "utc.y13.rbello", "n.okonkwo@studio-utc.ac.uk", "h.begum",
    "o.kaminski", "ayo.fashola", "dance.l3.jreid", "apprentice-av09", "w.lindqvist",
]
STAFF = [
    "staff.jgreen", "MEDIA\\t.mcbride", "dsl.hwalters@artscoll.ac.uk", "r.fennimore", "lecturer.pdawes",
    "STUDIOS\\tech.amorris",
]
SITES = ["main", "studios", "city-campus", "utc", "dance-centre"]
WIN_DEVICES = [
    "GAMES-LAB-PC-14", "GAMES-LAB-PC-03", "MUSIC-PROD-07", "EDIT-SUITE-2", "LIB-PC-21", "DANCE-LT-11",
    "MEDIA-LT-36", "DRAMA-PC-05", "FOYER-KIOSK-1", "UTC-CS-PC-22", "ART-LT-08", "CHROMEBOOK-204",
]
MAC_DEVICES = ["MAC-STUDIO-03", "MAC-EDIT-11", "MBP-LOAN-17", "IMAC-PHOTO-06"]
WIN_BROWSERS = [("chrome.exe", "Google Chrome"), ("msedge.exe", "Microsoft Edge"),
                ("firefox.exe", "Mozilla Firefox"), ("chrome.exe", "Google Chrome")]
MAC_BROWSERS = [("Google Chrome", None), ("Safari", None), ("Google Chrome", None)]
UA_WIN = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]

CHAT_WIN = [
    ("Discord.exe", "#{chan} | {server} - Discord"),
    ("Discord.exe", "@{person} - Discord"),
    ("WhatsApp.exe", "WhatsApp"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    ("chrome.exe", "(2) Direct \u2022 Instagram - Google Chrome"),
    ("msedge.exe", "Snapchat - Microsoft Edge"),
    ("Telegram.exe", "Telegram"),
    ("msedge.exe", "Messenger | Facebook - Microsoft Edge"),
    ("chrome.exe", "WhatsApp - Google Chrome"),
]
CHAT_MAC = [("Discord", "#{chan} | {server}"), ("WhatsApp", "WhatsApp"), ("Google Chrome", "Instagram \u2022 Chats"),
            ("Telegram", "Telegram")]
SERVERS = ["Producers Hub", "UTC Games Y13", "cypher sessions", "Dance L3 squad", "valo 5 stack",
           "Media Y2", "beat swap", "Level 3 Acting", "indie devs uk"]
CHANS = ["general", "beats-feedback", "off-topic", "memes", "lfg", "vc-text", "showcase", "collabs"]
PEOPLE = ["Kai", "jaz", "Tolu", "mo", "Ellie R", "Dani", "Reece", "ash", "Priya", "Josh B"]


def person(n):
    return pick(n, "person", PEOPLE)


def learner(n):
    return pick(n, "user", LEARNERS)


def staff(n):
    return pick(n, "staff", STAFF)


def device(n):
    r = H(n, "devkind") % 5
    if r == 0:
        return pick(n, "dev", MAC_DEVICES), "mac"
    return pick(n, "dev", WIN_DEVICES), "win"


# ---------------------------------------------------------------------------
# Disguises (applied to {marked} segments, or the whole text when unmarked)
# ---------------------------------------------------------------------------

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "k": "\u043a"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def t_cyr(n, s):
    out, done = [], 0
    for i, ch in enumerate(s):
        if ch in CYR and (H(n, "cyr%d" % i) % 3 != 0 or (done == 0 and i == len(s) - 1)):
            out.append(CYR[ch])
            done += 1
        else:
            out.append(ch)
    if done == 0:
        for i, ch in enumerate(out):
            if ch in CYR:
                out[i] = CYR[ch]
                break
    return "".join(out)


def t_zw(n, s):
    z = pick(n, "zwchar", ZW)
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i < len(s) - 1 and ch != " " and s[i + 1] != " ":
            out.append(z)
    return "".join(out)


def t_fw(n, s):
    return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else c for c in s)


TRANSFORMS = {"cyr": t_cyr, "zw": t_zw, "fw": t_fw}


def apply_tf(n, text, tf):
    if not tf:
        return text
    fn = TRANSFORMS[tf]
    if "{" not in text:
        return fn(n, text)
    out, i = [], 0
    while i < len(text):
        j = text.find("{", i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.find("}", j)
        out.append(text[i:j])
        out.append(fn(n, text[j + 1:k]))
        i = k + 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Search engines
# ---------------------------------------------------------------------------

def enc(n, q, style=None):
    style = style or pick(n, "enc", ["plus", "plus", "plus", "pct", "pct", "plus"])
    if style == "plus":
        e = quote_plus(q, safe="")
    else:
        e = quote(q, safe="")
    if H(n, "lowerhex") % 9 == 0 and "%" in e:
        e = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), e)
    return e


def engine_url(n, eng, q):
    e = enc(n, q)
    if eng == "google":
        v = H(n, "gvar") % 4
        if v == 0:
            return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e
        if v == 1:
            return "https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDM0NTFqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8" % (e, e)
        if v == 2:
            return "https://www.google.com/search?client=firefox-b-d&q=%s" % e
        return "https://www.google.co.uk/search?q=%s&sca_esv=%s&source=hp&ei=%s" % (e, hexs(n, "sca", 16), hexs(n, "ei", 22))
    if eng == "google_img":
        return "https://www.google.com/search?q=%s&tbm=isch&hl=en-GB" % e
    if eng == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1&ghc=1&pq=%s&sc=%d-%d&cvid=%s" % (
            e, e, rng(n, "bsc", 1, 9), len(q), hexs(n, "cvid", 32).upper())
    if eng == "ddg":
        if H(n, "ddgv") % 3 == 0:
            return "https://html.duckduckgo.com/html/?q=%s" % e
        return "https://duckduckgo.com/?q=%s&t=h_&ia=web" % e
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fp=1&toggle=1&cop=mss&ei=UTF-8" % e
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if eng == "brave":
        return "https://search.brave.com/search?q=%s&source=web" % e
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % enc(n, q, "plus")
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (enc(n, q, "pct"), 1788739200000 + H(n, "tt") % 8000000000)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s" % enc(n, q, "pct")
    if eng == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % enc(n, q, "plus")
    if eng == "amazon":
        pre = enc(n, q[:max(3, len(q) // 2)], "pct")
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2" % (
            enc(n, q, "plus"), hexs(n, "crid", 13).upper(), pre, rng(n, "apsms", 60, 190))
    if eng == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % enc(n, q, "pct")
    if eng == "insta":
        return "https://www.instagram.com/explore/tags/%s/" % quote(q.replace(" ", ""), safe="")
    if eng == "x":
        return "https://x.com/search?q=%s&src=typed_query" % enc(n, q, "pct")
    if eng == "spotify":
        return "https://open.spotify.com/search/%s" % quote(q, safe="")
    if eng == "google_ac":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&psi=%s" % (
            e, len(q), hexs(n, "psi", 16))
    if eng == "bing_ac":
        return "https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&csr=1&msbqf=false&cvid=%s" % (
            enc(n, q, "pct"), len(q), hexs(n, "cvid", 32).upper())
    if eng == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % enc(n, q, "pct")
    if eng == "youtube_ac":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&q=%s&xhr=t&xssi=t" % enc(n, q, "pct")
    raise ValueError(eng)


def engine_title(eng, q):
    return {
        "google": "%s - Google Search" % q,
        "google_img": "%s - Google Search" % q,
        "bing": "%s - Search" % q,
        "ddg": "%s at DuckDuckGo" % q,
        "yahoo": "%s - Yahoo Search Results" % q,
        "ecosia": "%s - Ecosia" % q,
        "brave": "%s - Brave Search" % q,
        "youtube": "%s - YouTube" % q,
        "tiktok": "Find '%s' on TikTok | TikTok Search" % q,
        "reddit": "Search results for '%s' - Reddit" % q,
        "wikipedia": "Search results for \"%s\" - Wikipedia" % q,
        "amazon": "Amazon.co.uk : %s" % q,
        "pinterest": "%s - Pinterest" % q,
        "insta": "#%s hashtag on Instagram \u2022 Photos and Videos" % q.replace(" ", ""),
        "x": "%s - Search / X" % q,
        "spotify": "Spotify \u2013 Search",
    }[eng]


DEFAULT_ENGINES = ["google"] * 6 + ["bing"] * 2 + ["ddg"] * 2 + ["yahoo", "ecosia", "brave"] + \
    ["youtube"] * 2 + ["tiktok"] * 2 + ["reddit", "google_ac", "bing_ac", "ddg_ac", "google_img"]
STAFF_ENGINES = ["google"] * 4 + ["bing", "ddg", "ecosia"]
AC_ENGINES = ("google_ac", "bing_ac", "ddg_ac", "youtube_ac")


# ---------------------------------------------------------------------------
# Line builders, one per source format (shapes copied from shared/samples)
# ---------------------------------------------------------------------------

def split_url(url):
    m = re.match(r"^(https?)://([^/]+)(/.*)?$", url)
    return m.group(1), m.group(2), (m.group(3) or "/")


def proxy_line(n, style, url, user, t, ip, method="GET", status=200, deny=None, tag="p"):
    size = rng(n, tag + "size", 900, 98000)
    dur = rng(n, tag + "dur", 3, 1400)
    dst = ip_for(n, "pdst")
    ua = pick(n, "pua", UA_WIN)
    ctype = "text/html" if method == "GET" else "-"
    if status == 403:
        size = rng(n, tag + "dsize", 3000, 4200)
    if style == "squid":
        code = "TCP_DENIED/403" if status == 403 else ("TCP_TUNNEL/200" if method == "CONNECT" else pick(n, tag + "sq", ["TCP_MISS/200", "TCP_MISS/200", "TCP_MISS/200", "TCP_REFRESH_MODIFIED/200"]))
        hier = "HIER_NONE/-" if status == 403 else "HIER_DIRECT/%s" % dst
        return "%s %6d %s %s %d %s %s %s %s %s" % (f_squid(t), dur, ip, code, size, method, url, user, hier, ctype)
    if style == "squid_ukfull":
        scheme, host, _ = split_url(url) if "://" in url else ("https", url.split(":")[0], "/")
        code = "TCP_DENIED/403" if status == 403 else ("TCP_TUNNEL/200" if method == "CONNECT" else "TCP_MISS/200")
        bump = "splice" if method == "CONNECT" else "bump"
        ref = pick(n, tag + "ref", ['"-"', '"-"', '"https://%s/"' % host])
        return '%s %6d %s %s %s %d %s %s %s %s %s "%s" %s sni=%s bump=%s' % (
            f_squid(t), dur, ip, user, code, size, method, url, dst, ctype, ref, ua, host, host, bump)
    if style == "squid_run2custom":
        _, host, _ = split_url(url)
        code = "TCP_DENIED/403" if status == 403 else "TCP_MISS/200"
        return '%s %6d %s %s %s %d %s %s %s %s "-" "%s" %s' % (f_squid(t), dur, ip, user, code, size, method, url, dst, ctype, ua, host)
    if style in ("clf_common", "clf_combined"):
        proto = "HTTP/1.1"
        sq = "TCP_DENIED:HIER_NONE" if status == 403 else ("TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT")
        req = '"%s %s %s"' % (method, url, proto)
        if style == "clf_common":
            return '%s - %s [%s] %s %d %d %s' % (ip, user, f_clf(t), req, status, size, sq)
        ref = pick(n, tag + "cref", ['"-"', '"-"', '"https://www.google.com/"'])
        return '%s - %s [%s] %s %d %d %s "%s" %s' % (ip, user, f_clf(t), req, status, size, ref, ua, sq)
    if style in ("e2_2", "e2_4", "e2_6"):
        terms = "-"
        m = re.search(r"[?&](?:q|p|search_query|k|qry)=([^&]*)", url)
        if m and method == "GET":
            terms = "0=%s;" % unquote_plus(m.group(1))
        what = "-"
        wt = "0"
        cat = "-"
        if deny:
            what, cat = deny
            status = 403
            wt = str(rng(n, tag + "wt", 40, 160))
        grp = pick(n, "pgrp", ["no_name_group", "students", "students", "learners_16_19"])
        sz = "0" if status == 403 else str(size)
        if style in ("e2_2", "e2_4"):
            f = [f_e2(t), user, ip, url, what, method, sz, wt, cat, "1", str(status), "-", ip, grp, ua, terms, "-", "-", "-"]
            if style == "e2_2":
                return ",".join('"%s"' % x.replace('"', '""') for x in f)
            return "\t".join(f)
        f = [f_squid(t), "", user, ip, ip, url, method, str(status), sz, "-", ua, "-", str(rng(n, tag + "e6d", 0, 12)), "-",
             "0" if not deny else str(rng(n, tag + "e6x", 400, 600)), "-" if not deny else what, wt, "-" if not deny else cat, grp, "1"]
        return "\t".join(f)
    raise ValueError(style)


def zeek_http(n, url, t, ip, tsv=False, tag="z"):
    _, host, path = split_url(url)
    uid = zuid(n, tag + "uid")
    port = rng(n, tag + "port", 40000, 65000)
    dst = ip_for(n, tag + "dst")
    ua = pick(n, tag + "ua", UA_WIN)
    size = rng(n, tag + "size", 900, 98000)
    zt = int(t) + ms_of(t) / 1000.0 + rng(n, tag + "us", 0, 999) / 1000000.0
    if not tsv:
        return json.dumps({"ts": round(zt, 6), "uid": uid, "id.orig_h": ip, "id.orig_p": port, "id.resp_h": dst,
                           "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": path,
                           "version": "1.1", "user_agent": ua, "request_body_len": 0, "response_body_len": size,
                           "status_code": 200, "status_msg": "OK", "tags": []}, ensure_ascii=False)
    fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host", "uri",
              "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len", "status_code",
              "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied", "orig_fuids",
              "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
    types = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string", "string",
             "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]", "string", "string",
             "set[string]", "vector[string]", "vector[string]", "vector[string]", "vector[string]", "vector[string]",
             "vector[string]"]
    vals = ["%.6f" % zt, uid, ip, str(port), dst, "80", "1", "GET", host, path, "-", "1.1", ua, "-", "0", str(size),
            "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", zuid(n, tag + "fuid", "F"), "-", "text/html"]
    return zeek_header("http", t, fields, types) + ["\t".join(vals)]


def zeek_header(path, t, fields, types):
    d = utc(t)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%04d-%02d-%02d-%02d-00-00" % (d.year, d.month, d.day, d.hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_dns(n, name, t, ip, qt, tsv=False, tag="zd"):
    uid = zuid(n, tag + "uid")
    port = rng(n, tag + "port", 1024, 65000)
    tid = rng(n, tag + "tid", 1, 65000)
    zt = int(t) + ms_of(t) / 1000.0 + rng(n, tag + "us", 0, 999) / 1000000.0
    qtn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    if not tsv:
        d = {"ts": round(zt, 6), "uid": uid, "id.orig_h": ip, "id.orig_p": port, "id.resp_h": "10.0.0.53",
             "id.resp_p": 53, "proto": "udp", "trans_id": tid}
        if H(n, tag + "rtt") % 2:
            d["rtt"] = round(rng(n, tag + "rttv", 200, 90000) / 1000000.0, 6)
        d.update({"query": name, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qtn, "qtype_name": qt,
                  "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0})
        if H(n, tag + "ans") % 2 and qt == "A":
            d["answers"] = ["%d.%d.%d.%d" % (rng(n, "a1", 13, 220), rng(n, "a2", 0, 255), rng(n, "a3", 0, 255), rng(n, "a4", 1, 254))]
            d["TTLs"] = [float(rng(n, tag + "ttl", 30, 3600))]
        d["rejected"] = False
        return json.dumps(d, ensure_ascii=False)
    fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt", "query",
              "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z",
              "answers", "TTLs", "rejected"]
    types = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count", "string",
             "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count", "vector[string]",
             "vector[interval]", "bool"]
    ans = "%d.%d.%d.%d" % (rng(n, "a1", 13, 220), rng(n, "a2", 0, 255), rng(n, "a3", 0, 255), rng(n, "a4", 1, 254))
    vals = ["%.6f" % zt, uid, ip, str(port), "10.0.0.53", "53", "udp", str(tid),
            "%.6f" % (rng(n, tag + "rttv", 200, 90000) / 1000000.0), name, "1", "C_INTERNET", str(qtn), qt, "0",
            "NOERROR", "F", "F", "T", "T", "0", ans if qt == "A" else "-", "%d.000000" % rng(n, tag + "ttl", 30, 3600) if qt == "A" else "-", "F"]
    return zeek_header("dns", t, fields, types) + ["\t".join(vals)]


def dns_lines(n, style, name, t, ip, blocked):
    qt = pick(n, "qt", ["A", "A", "A", "AAAA", "A", "HTTPS"])
    if style.startswith("dnsmasq") and qt == "HTTPS":
        qt = "A"
    pid = rng(n, "dpid", 700, 31000)
    port = rng(n, "dport", 1024, 65500)
    if style == "unbound_q":
        return "%s unbound[%d:0] info: %s %s. %s IN" % (f_unbound(t), pid, ip, name, qt)
    if style == "unbound_epoch":
        return "[%d] unbound[%d:0] info: %s %s. %s IN" % (int(t), pid, ip, name, qt)
    if style == "unbound_qr":
        zone = ".".join(name.split(".")[-2:]) if not name.endswith(".co.uk") else ".".join(name.split(".")[-3:])
        l1 = "%s unbound[%d:0] info: %s %s. %s IN" % (f_unbound(t), pid, ip, name, qt)
        if blocked:
            l2 = "%s unbound[%d:0] info: %s. always_nxdomain %s@%d %s. %s IN" % (f_unbound(t), pid, zone, ip, port, name, qt)
            l3 = "%s unbound[%d:0] info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (f_unbound(t), pid, ip, name, qt, len(name) + 30)
        else:
            l2 = "%s unbound[%d:0] info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (f_unbound(t + 0.04), pid, ip, name, qt, rng(n, "urtt", 2000, 90000), rng(n, "usz", 40, 300))
            return [l1, l2]
        return [l1, l2, l3]
    if style == "dnsmasq_extra":
        return "%s dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (f_ctime(t), pid, rng(n, "serial", 1, 99999), ip, port, qt, name, ip)
    if style == "dnsmasq_plain":
        return "%s dnsmasq[%d]: query[%s] %s from %s" % (f_ctime(t), pid, qt, name, ip)
    if style == "dnsmasq_stream":
        s = rng(n, "serial", 1, 99999)
        l1 = "%s dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (f_ctime(t), pid, s, ip, port, qt, name, ip)
        if blocked:
            return [l1, "%s dnsmasq[%d]: %d %s/%d config %s is 0.0.0.0" % (f_ctime(t), pid, s, ip, port, name)]
        return [l1, "%s dnsmasq[%d]: %d %s/%d forwarded %s to 1.1.1.1" % (f_ctime(t), pid, s, ip, port, name),
                "%s dnsmasq[%d]: %d %s/%d reply %s is %d.%d.%d.%d" % (f_ctime(t + 0.02), pid, s, ip, port, name,
                                                                     rng(n, "a1", 13, 220), rng(n, "a2", 0, 255), rng(n, "a3", 0, 255), rng(n, "a4", 1, 254))]
    if style == "bind":
        flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)", "+ED", "+E(0)DC"])
        return "%s queries: info: client @0x7f%s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (
            f_bind(t), hexs(n, "bclient", 10), ip, port, name, name, qt, flags)
    if style == "bind_rpz":
        c = "@0x7f%s %s#%d (%s)" % (hexs(n, "bclient", 10), ip, port, name)
        return ["%s queries: info: client %s: query: %s IN %s +E(0)K (10.0.0.53)" % (f_bind(t), c, name, qt),
                "%s rpz: info: client %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (f_bind(t), c, name, qt, name)]
    if style == "zeek_dns":
        return zeek_dns(n, name, t, ip, qt)
    if style == "zeek_dns_tsv":
        return zeek_dns(n, name, t, ip, qt, tsv=True)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# Endpoint events and wrappers
# ---------------------------------------------------------------------------

def endpoint(n, t, dev, user, event, process, title, text=None, url=None, tag="ep"):
    d = {"ts": f_iso(t)}
    if H(n, "hasSite") % 6:
        d["site"] = pick(n, "site", SITES)
    d["device"] = dev
    if user is not None:
        d["user"] = user
    d["event"] = event
    d["process"] = process
    d["window_title"] = title
    d["text"] = text
    d["url"] = url
    return json.dumps(d, ensure_ascii=(H(n, "epascii") % 4 == 0))


HOSTS = {"proxy": ["proxy01", "sq-studios", "edge-proxy-2"], "dns": ["dns-int-1", "resolver-b", "pihole-utc"],
         "ep": ["gl-collector", "endpoint-relay"], "zeek": ["zeek-sensor-1"]}
FILES = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log", "e2": "/var/log/e2guardian/access.log",
         "unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/pihole/pihole.log", "ep": "/var/log/guardline/endpoint.jsonl",
         "zeek": "/opt/zeek/logs/current/http.log", "zeekdns": "/opt/zeek/logs/current/dns.log",
         "bind": "/var/log/named/query.log"}
TAGS = {"squid": "squid-access", "clf": "squid-access", "e2": "e2guardian", "unbound": "unbound", "dnsmasq": "dnsmasq",
        "ep": "guardline-agent", "zeek": "zeek", "zeekdns": "zeek", "bind": "named"}


def wrap(n, kind, src, line, t):
    """kind: syslog3164 | syslog5424 | rsyslog_json | filebeat_json"""
    role = {"squid": "proxy", "clf": "proxy", "e2": "proxy", "unbound": "dns", "dnsmasq": "dns", "bind": "dns",
            "ep": "ep", "zeek": "zeek", "zeekdns": "zeek"}[src]
    host = pick(n, "whost", HOSTS[role])
    tag = TAGS[src]
    pid = rng(n, "wpid", 300, 40000)
    if kind == "syslog3164":
        pri = pick(n, "pri", [134, 142, 30, 14])
        return "<%d>%s %s %s[%d]: %s" % (pri, f_ctime(t), host, tag, pid, line)
    if kind == "syslog5424":
        pri = pick(n, "pri", [134, 142, 30, 14])
        return "<%d>1 %s %s %s %d - - %s" % (pri, f_iso(t), host, tag, pid, line)
    if kind == "rsyslog_json":
        env = {"ts_received": f_iso6(t + rng(n, "lag", 1, 900) / 1000.0), "host": host, "source": tag,
               "file": FILES[src], "message": line}
        return json.dumps(env, ensure_ascii=False).replace("/", "\\/").replace('", "', '", "')
    if kind == "filebeat_json":
        env = {"@timestamp": f_iso(t + rng(n, "lag", 1, 900) / 1000.0), "host": {"name": host},
               "log": {"file": {"path": FILES[src]}}, "message": line}
        return json.dumps(env, ensure_ascii=False)
    raise ValueError(kind)

# ---------------------------------------------------------------------------
# The texts. Every one written by hand for this file.
#   Q  search query (engine chosen per item unless engine= is given)
#   AC autocomplete keystroke stream (list of prefixes)
#   U  full URL      D  domain      T  typed text (text_capture)
#   W  window title  P  process_start      HB heartbeat
#   exp "category:min_level ..." ("" = hard negative); allow "cat cat"
#   tf  disguise for {marked} text: cyr (look-alike letters), zw (zero-width), fw (full-width)
# ---------------------------------------------------------------------------

SRC = []


def _exp(s):
    out = []
    for tok in s.split():
        c, lv = tok.split(":")
        assert c in CATEGORIES, c
        out.append({"category": c, "min_level": int(lv)})
    return out


def _add(k, x, exp="", allow="", **o):
    a = allow.split() if allow else []
    for c in a:
        assert c in CATEGORIES, c
    SRC.append({"k": k, "x": x, "e": _exp(exp), "a": a, "o": o})


def Q(x, exp="", allow="", **o): _add("Q", x, exp, allow, **o)
def AC(x, exp="", allow="", **o): _add("AC", x, exp, allow, **o)
def U(x, exp="", allow="", **o): _add("U", x, exp, allow, **o)
def D(x, exp="", allow="", **o): _add("D", x, exp, allow, **o)
def T(x, exp="", allow="", **o): _add("T", x, exp, allow, **o)
def W(x, exp="", allow="", **o): _add("W", x, exp, allow, **o)
def P(x, exp="", allow="", **o): _add("P", x, exp, allow, **o)
def HB(exp="", **o): _add("HB", "", exp, "", **o)


CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination", "adult_content",
              "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]

# ===== suicide: positives =====
Q("how many sertraline would it take to not wake up", "suicide:5")
Q("painless way to go in my sleep", "suicide:5")
Q("sewerslide methods that actually work", "suicide:5")
Q("how to unalive yourself without it hurting", "suicide:5", engine="tiktok")
Q("does a paracetamol overdose hurt", "suicide:4", "self_harm")
Q("i dont want to be alive anymore what do i do", "suicide:4")
Q("how to k1ll mys3lf quick", "suicide:5")
Q("exit bag", "suicide:5", engine="amazon")
AC(["how to una", "how to unal", "how to unalive my", "how to unalive myself w", "how to unalive myself without pain"], "suicide:5")
T("i've written letters for my mum and my sister, they're in the top drawer of my desk. don't open them til after", "suicide:5")
T("honestly if the showcase goes badly i'm done. like done done. i've been saving up my pills since september", "suicide:5", split=2)
T("nobody would even notice if i wasnt here tbh", "suicide:4")
T("i keep thinking about stepping in front of the train on the way home from the studio", "suicide:5")
T("cant do this anymore. tonights the night. sorry for everything x", "suicide:5")
T("been standing on the bridge by the canal every night this week thinking how easy it would be", "suicide:4", split=3)
W("Suicide Discussion | Sanctioned Suicide - Google Chrome", "suicide:4")
D("sanctioned-suicide.net", "suicide:4")
T("{suicide} is the only way out of this", "suicide:4", tf="cyr")
T("i just wanna dieeeeee fr not joking this time", "suicide:4")
T("{kms} tonight, got everything ready", "suicide:5", tf="zw")
T("my manager dropped me, the label dropped me, everyone would be better off without me", "suicide:4")
T("writing my last song, it's a goodbye to everyone. posting it at midnight and then i'm gone", "suicide:5", ctx="note")
T("s u i c i d a l again. tried to tell my tutor but it came out as a joke", "suicide:4")

# ===== suicide: hard negatives =====
Q("hamlet to be or not to be soliloquy analysis")
Q("blood brothers ending explained mickey and eddie")
Q("romeo and juliet suicide theme essay a level")
Q("samaritans media guidelines for reporting suicide", staff=True)
Q("13 reasons why moral panic media studies essay")
Q("$uicideboy$ tour dates uk 2026")
Q("the virgin suicides sofia coppola cinematography")
Q("suicide squad colour grading breakdown", engine="youtube")
T("this set is killing me, my calves are dead \U0001f480")
T("i'm literally going to die if they play my track at the showcase omg")
T("dieeee \U0001f62d\U0001f62d why would you send that pic of me at rehearsal")
T("ok so in scene 4 she overdoses offstage and we only hear the phone ringing - is that too much for a 12A audience?",
  title="Short film - scene breakdown v3 - Google Docs - Google Chrome", split=2)
Q("how to write a suicide scene responsibly screenwriting")
T("kill me now, second fire alarm during the mixdown")
T("my phone's dead, can someone tell the group i'll be late to tech rehearsal")
Q("best bridges in london for night photography")
T("i want to die my hair pink for the showcase, is bleach bad for curly hair?")
Q("ophelia millais painting symbolism", engine="wikipedia")
Q("sylvia plath lady lazarus analysis")
W("Hamlet Act 5 Sc 2 - rehearsal notes.docx - Word")

# ===== self-harm and eating disorders: positives =====
Q("how to hide cuts from dance teacher in a leotard", "self_harm:4")
Q("best places to cut where no one will see", "self_harm:4")
T("relapsed last night after 4 months clean, used the blade from the pencil sharpener", "self_harm:4")
T("my arms covered in cat scratches again lol iykyk", "self_harm:4")
Q("barcode wrist", "self_harm:4", engine="tiktok")
T("how do i stop a deep cut bleeding so my parents dont find out", "self_harm:4", ctx="search")
T("i burn myself with the lighter when it all gets too loud in my head", "self_harm:4", split=2)
T("been s3lf h4rming again since the audition", "self_harm:4")
T("i punch the wall in practice room 4 till my knuckles bleed, its the only thing that helps", "self_harm:4")
W("how deep is too deep cutting - Google Search - Google Chrome", "self_harm:4", "suicide")
Q("{pro ana} tips for dancers", "self_harm:4", tf="cyr")
Q("thinspo", "self_harm:4", engine="insta")
Q("how to purge quietly after eating", "self_harm:4")
T("eaten 300 cals today, need to get under 200 before the pointe exam, weigh in is friday", "self_harm:4")
Q("meanspo to stop eating", "self_harm:4", engine="pinterest")
Q("laxatives to lose weight fast before an audition", "self_harm:4")
T("ana buddy needed!! 17, 5'4, gw 42kg, strict. will check in every day", "self_harm:4")
T("{thinspo} board for the casting next week, need to drop 4kg", "self_harm:4", tf="cyr")
Q("appetite suppressant pills uk no prescription", "self_harm:3", "drugs")
T("skipped lunch and dinner again, nearly fainted in ballet but i still look huge in the mirror wall", "self_harm:4", split=2)
T("made myself sick after the cast dinner, nobody noticed \U0001f92b", "self_harm:4")
T("sh*t day, ended up doing s/h again in the toilets at lunch", "self_harm:4")
Q("{self harm} without leaving scars", "self_harm:4", tf="fw")

# ===== self-harm: hard negatives =====
Q("sfx makeup fake cuts tutorial scar wax", engine="youtube")
Q("realistic prosthetic slit wrist for a short film")
Q("fake blood recipe golden syrup cocoa")
T("the cut at 01:12 is too jarring, trim 4 frames off the end of the shot", title="DOC_FINAL_v6 - Adobe Premiere Pro 2025")
Q("royal ballet school healthy eating guide for dancers")
Q("how many calories does a dancer need a day")
Q("RED-S relative energy deficiency in dancers")
Q("black swan natalie portman preparation for the role")
T("i'm starving, chippy after rehearsal?")
Q("how to stop mic bleed when recording drums")
T("this beat is so hard i'm hurting myself dancing to it \U0001f602")
Q("barcode scanner asset for unity")
Q("self harm awareness training for FE staff", staff=True)
Q("cutscene vs in-engine cinematic unreal 5")
Q("body dysmorphia in dance research paper")
W("Eating Disorders in Dance - A Literature Review.pdf - Adobe Acrobat Reader")
T("wrist is sore from all the floorwork, icing it before class")
T("can you cut the bridge down to 4 bars, it drags")
Q("kryolan scar wax", engine="amazon")

# ===== radicalisation: positives =====
Q("siege james mason pdf", "radicalisation:4")
Q("terrorgram saints list", "radicalisation:4")
Q("is the great replacement real", "radicalisation:3", "discrimination", engine="reddit")
Q("fashwave music playlist", "radicalisation:3", "discrimination", engine="youtube")
Q("christchurch shooting full video uncensored", "radicalisation:4", "violence")
Q("how to join patriotic alternative", "radicalisation:4")
T("the system won't fix itself. accelerate. make it collapse faster, i'm ready to do my part", "radicalisation:4", "violence")
T("printing the 'its ok to be white' stickers to put round campus, the lads in the telegram are sending the designs", "radicalisation:4", "discrimination")
Q("1s1s n4sh33d download mp3", "radicalisation:4")
Q("how to find the islamic state telegram channels", "radicalisation:4")
D("www.stormfront.org", "radicalisation:4", "discrimination")
T("using the sonnenrad with 'day of the rope' as the album art, it's just an aesthetic bro", "radicalisation:4", "discrimination")
T("planning to hit the mosque on eid, just need to work out the timings and the car", "radicalisation:5", "violence")
Q("saint elliot rodger edits", "radicalisation:4", "discrimination", engine="tiktok")
Q("blackpill incel forum", "radicalisation:3", "discrimination")
Q("{sonnenrad} hoodie", "radicalisation:3", "discrimination", tf="zw")
T("the white race is being replaced and no one at this college will say it. read the manifesto, it's all in there", "radicalisation:4", "discrimination", split=2)
W("Terrorgram Collective - Telegram", "radicalisation:4")

# ===== radicalisation: hard negatives =====
Q("guernica picasso analysis", engine="wikipedia")
U("https://en.wikipedia.org/wiki/The_Disasters_of_War")
Q("ww2 propaganda posters a level art")
Q("triumph of the will film techniques essay")
Q("prevent duty training for fe staff 2026", staff=True)
Q("this is england skinhead costume design")
Q("american history x ending explained")
Q("rage against the machine killing in the name chords")
Q("jojo rabbit satire essay")
T("for media studies we're comparing how the tabloids framed drill with how they framed punk in 77, moral panic theory",
  title="Media Studies - Moral panics essay plan.docx - Word")
Q("origin of the swastika in hinduism and buddhism")
Q("the wave 2008 film classroom experiment")
Q("christchurch call social media moderation policy", staff=True)
T("the gig poster font looks a bit too fascist lol pick something less blackletter")
Q("far right extremism in video games research paper", staff=True)

# ===== grooming, sexual exploitation, sextortion: positives =====
T("he's a manager, works with proper artists, says if i come to his hotel after the gig he'll sort me a feature. said don't bring anyone", "grooming:4")
T("ok so the photographer said the private shoot is saturday 2pm at his flat in deptford, \u00a3200, and i shouldn't tell my mum cos she'll overreact", "grooming:5", split=3)
T("he said all the girls who made it did the casting couch thing, its just how the industry works and i'm mature for my age", "grooming:4")
T("he keeps asking for pics in the outfit 'for the lookbook' but now he wants them without the top", "grooming:4", "adult_content")
T("the promoter said he'll put me on the guestlist and pay for my uber back to his after if i keep it between us", "grooming:5")
T("he wants me to start an onlyfans and he'll 'manage' it and take 60%, says i'd make bank because i'm 17", "grooming:4", "adult_content illegal_content")
T("my producer said he'll only release the track if i send him something to prove i'm committed \U0001f633", "grooming:4")
T("someone on insta got my nudes and says he'll send them to my whole college unless i pay \u00a3300 by tonight", "grooming:4", "bullying illegal_content")
Q("someone is threatening to share my pictures unless i pay what do i do", "grooming:4", "illegal_content")
T("he tells me to delete our chats after every call so my dad doesnt see. meeting him at the station at 6", "grooming:5")
T("you're clearly the most talented in the group. let's keep our 1-1 sessions between us, text my personal number rather than teams", "grooming:4", staff=True)
T("he sent me a train ticket to manchester for the 'music video shoot' and says i can stay at his. i haven't told anyone", "grooming:5")
Q("is it normal for a photographer to ask you to shoot lingerie at 16", "grooming:4")
T("he said d0nt t3ll any0ne ab0ut the sh00t until it's out", "grooming:4")
T("age is just a number in this industry babe, come to the studio alone tonight x", "grooming:5")
Q("how to tell if a music manager is grooming you", "grooming:3")
T("he's 34 and says we're in a relationship but i can't tell anyone because of the age thing", "grooming:4", split=2)
T("the sugar daddy from the app wants to meet at the premier inn near college on friday, says he'll pay for my studio time", "grooming:5")
T("he asked what college i go to and what time i finish, said he'll pick me up in the merc", "grooming:5")
Q("how to start an onlyfans under 18", "grooming:4", "adult_content illegal_content")
T("i sent them because he said he loved me, now he wants more or he'll post the first ones", "grooming:4", "illegal_content")
T("u up? delete this after. you looked so grown up on stage tonight \U0001f60d", "grooming:4", staff=True)

# ===== grooming: hard negatives =====
T("keep the surprise party secret from jess, it's in studio 2 on friday")
Q("casting calls uk 16-25 spotlight")
T("photographer for the grad show is booked, saturday 10am in studio 3, parents welcome")
Q("music manager contract what percentage is normal")
Q("safeguarding young performers in the creative industries", staff=True)
T("my manager (at tesco lol) said i can swap shifts so i can make the rehearsal")
Q("how to get signed to a record label uk")
Q("modelling agency scam warning signs")
T("he's picking me up after college, it's just my dad lol")
T("don't tell anyone but i got the part!!! keep it secret til the cast list goes up")
Q("model release form template uk photography")
T("send pics of the set design so i can put them in my portfolio")
W("Kubrick adaptations - Lolita (1962) and the Production Code - Film Studies essay.docx - Word")
T("private shoot for the album cover is in the college studio, sarah from the photography dept is running it")
Q("dog grooming level 2 apprenticeship")

# ===== bullying, pile-ons, doxxing: positives =====
T("everyone report her tiktok till it gets taken down, she's a fraud and her dancing is dogshit", "bullying:3")
T("post his address in the server, let the fans pull up on him", "bullying:3", "violence")
T("kys no one wants to hear ur mid beats", "bullying:3", "suicide")
T("made a fan account of her worst audition clips lmaooo, 2k followers already", "bullying:3")
T("found his old school and his mum's facebook, dropping it in the reddit thread tonight", "bullying:3")
T("nobody sit with the new drama kid tomorrow, and take him out of the group chat", "bullying:3")
Q("how to find someones real name and address from their twitch username", "bullying:3", "hacking")
T("ur so ugly even the camera tried to blur you \U0001f602\U0001f602 stop posting", "bullying:3")
T("if you keep posting covers we'll keep clipping them and ratioing you. get off the internet", "bullying:3")
T("everyone in the group thinks ur a joke, just leave the course alreadyyyy", "bullying:3", split=2)
T("lets all spam hate comments on her dance reel at 8pm, screenshot when you've done it", "bullying:3")
T("n0b0dy l1kes u, g3t 0ff the 4cc0unt l0s3r", "bullying:3")
T("the burner account posting about kayla? that's me lol keep it quiet", "bullying:3")
Q("how to get someones instagram account banned", "bullying:3", "hacking")
T("leaking his DMs tonight so everyone sees what a creep he is", "bullying:3")
T("make a deepfake of miss harris saying something racist and put it on the college confessions page", "bullying:3", "illegal_content discrimination")
T("swatting that streamer would be so funny, anyone got his address", "bullying:3", "violence hacking")

# ===== bullying: hard negatives =====
Q("cyberbullying lesson plan media studies", staff=True)
T("roast battle material: 'your flow's so slow the beat took a nap' \u2013 for friday's comedy night", ctx="note")
Q("anti bullying week 2026 theme")
T("you absolute loser you forgot the tripod again \U0001f602 i'll bring mine")
T("ratio'd by a cat video again, the algorithm hates me")
Q("mean girls the musical west end tickets")
T("mute the group chat, it's just the tech crew spamming memes")
Q("doxxing definition gcse computer science")
T("can you report the bug on the jira board before 5")
Q("cancel culture essay a level media studies")

# ===== discrimination: positives =====
T("women shouldnt be on the mic, go make the producers a sandwich", "discrimination:3")
T("no f*ggots in my squad, kick him from the lobby", "discrimination:3", "bullying")
T("trans people on the dance course shouldn't be allowed in the girls changing rooms, they're all predators", "discrimination:3")
T("go back to your own country nobody wants your music here", "discrimination:3", "bullying")
Q("andrew tate quotes women are property", "discrimination:3", "radicalisation")
T("all the p4k1s in the server are scammers, ban them", "discrimination:3")
T("female producers only get booked because of diversity quotas, none of them can mix", "discrimination:2")
T("jews run the music industry thats why we never get signed", "discrimination:3", "radicalisation")
T("look at that {tranny} in the front row lmao", "discrimination:3", "bullying", tf="cyr")
T("gypos nicked the speakers out the van again", "discrimination:3")
T("why is the protag a dyke now, lesbians ruin every game they touch", "discrimination:3")
T("should be illegal for a woman to review rap albums fr", "discrimination:2")
T("muslims are all terrorists, just look at the news", "discrimination:3", "radicalisation")

# ===== discrimination: hard negatives =====
Q("pride month playlist uk garage", engine="spotify")
Q("representation of women in music videos media studies")
Q("history of the n word in hip hop essay")
T("queer theory reading for the film module is due thursday")
Q("brixton riots 1981 photography archive")
Q("disability access in theatre venues guide")
T("the villain in our game is a misogynist cult leader, need his dialogue to show it without being cartoonish",
  title="Narrative Bible - Hollow Choir (GDD) - Google Docs - Google Chrome")
Q("blackadder goes forth final scene")
Q("transgender representation in video games essay")
Q("sexism in the music industry statistics 2025")
Q("scunthorpe united fixtures")

# ===== adult content: positives =====
Q("onlyfans leaks free", "adult_content:3", "illegal_content")
D("www.xhamster.com", "adult_content:3")
Q("p0rnhub", "adult_content:3")
Q("corn website free no sign up", "adult_content:3")
Q("{nsfw} discord servers 18+", "adult_content:3", tf="fw")
U("https://www.reddit.com/r/gonewild/", "adult_content:3")
Q("hentai", "adult_content:3")
W("Free Porn Videos & Sex Movies - Porn, XXX, Porno Tube | Pornhub - Google Chrome", "adult_content:3")
Q("seggs videos", "adult_content:3")
U("https://www.redtube.com/?search=student", "adult_content:3")
Q("tiktok dancer nudes leaked", "adult_content:3", "illegal_content")
D("chaturbate.com", "adult_content:3")
Q("n.u.d.e.s", "adult_content:3")
Q("rule 34 overwatch", "adult_content:3")
T("send me that xvideos link again the stepsis one", "adult_content:3")
Q("{xxx videos}", "adult_content:3", tf="fw")
D("www.spankbang.com", "adult_content:3")

# ===== adult: hard negatives =====
Q("life drawing class nude model etiquette")
Q("titian venus of urbino analysis")
Q("sex education netflix soundtrack")
D("www.essex.ac.uk")
Q("the naked civil servant quentin crisp")
D("www.sussex.ac.uk")
Q("nude shade foundation for stage makeup", engine="amazon")
Q("intimacy coordinator role on film sets")
T("life drawing tomorrow is a nude session, bring charcoal and A2 paper")
Q("the xx on hold chords")
Q("pussy riot documentary")
Q("breast cancer awareness gig poster ideas")
Q("dick whittington panto script")
Q("michelangelo david proportions drawing")
Q("onlyfans creator economy media studies essay")
D("www.experts-exchange.com")
Q("bbfc history of censoring sex scenes in uk film")

# ===== drugs: positives =====
T("who's got ket for saturday? need a couple of g for the rave", "drugs:3")
T("can do you a bag of charlie for 60, drop off at the studio car park after 6", "drugs:3")
Q("where to buy nos canisters bulk uk", "drugs:3")
Q("how many pingers is too many for one night", "drugs:3")
Q("is it safe to mix mdma and alcohol", "drugs:3")
Q("k hole how much ket", "drugs:3")
T("\u2744\ufe0f\u2744\ufe0f or \U0001f343 for the after party? hmu", "drugs:3")
Q("tusi pink cocaine where to get london", "drugs:3")
T("k3t d34ler near cr0ydon?", "drugs:3")
Q("buy shrooms online uk next day delivery", "drugs:3")
Q("lethal dose of ketamine", "drugs:3", "suicide")
T("the balloons at the festival were mad, bought 3 tanks for next weekend", "drugs:3")
Q("how to pass a drug test for weed in 3 days", "drugs:3")
T("need a plug for carts, the thc vape ones, my last one got nicked", "drugs:3")
Q("snapchat plug menu weed", "drugs:3")
T("can u sort me some xans, exams are killing me and i cant sleep", "drugs:3", split=2)
T("c.o.k.e for the studio session? he's got some", "drugs:3")
W("Buy Ketamine Online UK - Discreet Next Day Delivery - Google Chrome", "drugs:3")
T("sold the rest of the gear and put it all on stake lol", "drugs:3 gambling:2")
T("selling carts \u00a330 each, dm me, can meet outside the music block", "drugs:3")
Q("{mdma} crystal vs pills which is stronger", "drugs:3", tf="cyr")

# ===== drugs: hard negatives =====
Q("amy winehouse back to black documentary review")
Q("trainspotting choose life monologue")
Q("snow patrol chasing cars chords")
Q("dr dre the chronic album artwork")
T("the coke in the vending machine's gone again, pepsi it is")
Q("ketamine depression treatment research 2026")
Q("breaking bad blue sky prop replica")
T("pass the charlie and lola dvd, we're analysing it for the kids' tv unit")
Q("drug awareness talk ideas for year 12 tutors", staff=True)
T("this mix is so dope, the 808 is hitting")
Q("90s rave culture documentary")
Q("speed garage sample pack free legal")
Q("molly nilsson tour dates")
Q("how to fix a crack in a theatre flat")
Q("happy mondays pills n thrills vinyl")
T("grass for the set needs to be astroturf, real grass dies under the lights")

# ===== gambling: positives =====
D("www.bet365.com", "gambling:2")
Q("stake.com promo code no kyc", "gambling:2")
Q("csgo skin gambling sites that accept steam", "gambling:2", "gaming")
T("put my student loan on the roulette, was up 400 then lost it all, gonna win it back tonight", "gambling:3")
Q("best crypto casino uk no verification", "gambling:2")
D("www.paddypower.com", "gambling:2")
Q("acca tips saturday premier league", "gambling:2")
T("the streamer i watch got me on this slots site, 50 free spins with his code", "gambling:2")
Q("how to bet at 17 without id", "gambling:2")
U("https://www.skybet.com/football/premier-league", "gambling:2")
Q("case opening sites free daily case", "gambling:2", "gaming")
D("roobet.com", "gambling:2")
T("d3p0sit3d 200 on the sl0ts again, dont tell my mum", "gambling:2")
W("Lightning Roulette | Live Casino | 888casino - Google Chrome", "gambling:2")
D("csgoempire.com", "gambling:2", "gaming")

# ===== gambling: hard negatives =====
Q("gambling harms young men documentary")
Q("guys and dolls luck be a lady sheet music")
Q("lady gaga poker face karaoke")
Q("loot box regulation uk law game design")
Q("national lottery project grants arts council")
Q("probability gcse maths resit")
T("i'd bet my life savings the projector breaks again during the screening lol")
Q("slot machine sound effects foley game audio")
Q("the gambler kenny rogers lyrics")
D("www.bet.com")

# ===== violence, weapons, real threats: positives =====
T("on my mum if tyrese comes to the showcase i'm shanking him in the car park", "violence:5")
T("got the ching in my bag, we're sliding to his block after college friday", "violence:5")
Q("where to buy a {zombie knife} uk", "violence:4", tf="zw")
Q("how to build a nail bomb", "violence:5", "radicalisation")
T("he dissed my mum on the track, mandem are waiting outside his yard in peckham tonight", "violence:5")
T("i know where he lives (14 carlton road) and when he finishes work. he won't see it coming", "violence:5")
Q("how to get a gun in london", "violence:4")
T("verse ain't fiction this time, naming him cos he's getting done on sight, opp block N17", "violence:4")
T("bring the strap tomorrow, we settle it at the skatepark 4pm", "violence:5")
T("g0nna st4b h1m wh3n h3 l34v3s", "violence:5")
T("if she posts that video of me again i swear i'll bring a knife in and make her regret it", "violence:5", split=3)
Q("how to hurt someone without leaving marks", "violence:4")
T("a shooting at the end of year show would go viral ngl. i've already thought about where i'd stand", "violence:5", "radicalisation")
Q("knuckle duster", "violence:4", engine="amazon")
T("{kill} him on sight, no talking", "violence:4", tf="zw")
Q("what acid to use for an acid attack", "violence:5")
T("i'm gonna batter him after the mock, behind the sports hall at 3", "violence:4")
T("we're jumping the kid from the games course when he leaves, someone film it for the page", "violence:5", "bullying")
T("\U0001f52a\U0001f52a for marcus when he gets off the 36 bus, he knows what he did", "violence:5")

# ===== violence: hard negatives (drill/horror coursework, stage combat, game design, film) =====
T("Verse 1 (character: 'Ghost', fictional) - midnight on the estate, sirens in my head like a ticking clock / third person like the brief says, no real names",
  title="Unit 23 Songwriting - drill character piece.docx - Word")
T("stage combat: slap is a knap, jamal reacts on 3, no contact, reset and go again")
Q("bada unarmed stage combat certificate")
Q("saw film trap practical effects how they made it")
Q("retractable prop knife for theatre", engine="amazon")
Q("prop gun rules uk short film police notification")
Q("macbeth is this a dagger which i see analysis")
Q("john wick gun fu choreography breakdown", engine="youtube")
Q("unity raycast shooting damage falloff tutorial")
T("set the shotgun damage to 45 and the headshot multiplier to 2.5x, the boss dies way too fast", server="UTC Games Y13")
Q("kill counter ui unreal engine blueprint")
T("the killer in our horror short gets revealed in the mirror shot, bring the fake blood and the rubber knife", split=2)
Q("true crime podcast yorkshire ripper")
Q("knife crime documentary ideas for media coursework")
Q("music video shot list template")
T("we absolutely killed it at the gig last night \U0001f525\U0001f525")
Q("bomb the bass beat dis sample")
T("the opps in my game are ai squads that flank the player when you reload", title="Enemy AI - design notes - Notion")
Q("uk drill censorship debate moral panic")
Q("skengdo and am suspended sentence drill injunction")
T("her monologue ends on 'i'll kill you for this' then blackout, make sure the LX cue is on time")
T("bro your bars are deadly, you murdered that verse")
Q("zombie knife ban uk law 2024")
T("guerrilla shoot on the bridge at 6am, bring the slider and the fog machine")
Q("goya saturn devouring his son", engine="wikipedia")
T("halloween gig lyrics: 'dig your grave with a silver spoon / the moon's got teeth tonight' \u2013 too cheesy?", ctx="note")
Q("blood brothers shooting scene staging")
W("Level3_BossArena - Damage Tables.xlsx - Excel")
T("drill verse for my music tech coursework - fictional character called 'K', no real people or places. bar 3: pull up on the block like a ghost in the fog",
  title="Music Tech Y2 - Unit 6 lyrics (FICTION).docx - Word", split=3)

# ===== filter bypass: positives =====
Q("croxyproxy youtube unblocked", "filter_bypass:2")
D("nordvpn.com", "filter_bypass:2")
P("tor.exe", "filter_bypass:2")
Q("how to get round smoothwall on college wifi", "filter_bypass:2")
Q("unblocked games 66", "filter_bypass:2", "gaming")
T("just use the proxy thing or your hotspot, they block spotify on the lab macs", "filter_bypass:2")
P("psiphon3.exe", "filter_bypass:2")
D("www.hidemyass.com", "filter_bypass:2")
Q("change dns to 1.1.1.1 to get past school block", "filter_bypass:2")
Q("v p n free chrome extension that works at school", "filter_bypass:2")
D("www.torproject.org", "filter_bypass:2")
Q("how to turn off lightspeed filter on chromebook", "filter_bypass:2")
U("https://www.croxyproxy.com/_en/servers", "filter_bypass:2")
P("ProtonVPN.exe", "filter_bypass:2")
W("Urban VPN Proxy - Chrome Web Store - Google Chrome", "filter_bypass:2")
Q("bypass the web filter on the mac suite as a student", "filter_bypass:2")

# ===== filter bypass: hard negatives =====
Q("what is a proxy server btec it unit 1")
Q("filter cutoff automation ableton")
Q("instagram filters for promo reel")
Q("low pass vs high pass filter explained")
T("can someone unblock the fire exit before the audience comes in")
Q("writers block tips for lyricists")
Q("bypass capacitor guitar pedal build")
Q("smoothwall safeguarding report how to read", staff=True)
Q("difference between vpn and proxy btec computing exam question")

# ===== hacking and account theft: positives =====
Q("how to hack someones tiktok account", "hacking:3")
Q("instagram phishing page github", "hacking:3")
Q("discord token grabber", "hacking:3")
T("if you send me her snapchat login i can get into her memories and screenshot everything", "hacking:3", "bullying")
Q("sim swap someone to get their 2fa codes", "hacking:3")
Q("buy stolen youtube channel 100k subs", "hacking:3")
Q("how to ddos a twitch streamers ip", "hacking:3", "bullying")
Q("ip grabber link", "hacking:2")
P("mimikatz.exe", "hacking:2")
T("got into moodle with the teacher's password off the sticky note, changing my grade before anyone notices", "hacking:3")
Q("h4ck 1nst4gr4m p4ssw0rd", "hacking:3")
Q("cookie logger roblox", "hacking:3", "gaming")
Q("spotify for artists account takeover exploit", "hacking:3")
T("the guy in the server sells og usernames pulled from cracked accounts, 20 quid each", "hacking:2")
D("grabify.link", "hacking:2")

# ===== hacking: hard negatives =====
Q("life hacks for stage managers")
Q("global game jam 2026 uk sites")
Q("how to turn on two factor authentication instagram")
T("my account got hacked last week, turn your 2fa on before the showcase promo goes out")
Q("hacksaw blade for set building", engine="amazon")
Q("phishing awareness training for staff", staff=True)
Q("best password manager for students")
Q("mr robot hacking scenes realistic")
Q("hacker aesthetic glitch after effects tutorial")
Q("is cracking your knuckles bad")

# ===== piracy (software, samples, films): positives =====
Q("fl studio 21 crack", "piracy:1")
Q("ableton live 12 suite torrent", "piracy:1")
Q("serum vst cracked mac", "piracy:1")
D("1337x.to", "piracy:1")
D("thepiratebay.org", "piracy:1")
Q("splice samples free download mega", "piracy:1")
Q("watch dune part two free online 123movies", "piracy:1")
D("fmovies24.to", "piracy:1")
P("qbittorrent.exe", "piracy:1")
T("anyone got the cracked logic pro? mine says licence expired lol", "piracy:1")
Q("premier league free stream reddit", "piracy:1")
Q("m4ya 2026 cr4ck", "piracy:1")
Q("minecraft cracked servers", "piracy:1 gaming:1")
W("Wicked (2024) Watch Online Free HD - Putlocker - Google Chrome", "piracy:1")

# ===== piracy: hard negatives =====
Q("uk sampling law copyright clearance")
Q("free legal sample packs for students")
D("www.vst4free.com")
Q("creative commons music for youtube videos")
Q("blurred lines marvin gaye copyright case")
Q("ableton education discount")
Q("napster and music piracy history essay")
Q("how to credit a sample on spotify")
Q("pirates of penzance libretto")
Q("river torrent sound effect free")

# ===== gaming (level 1 policy information): positives =====
D("store.steampowered.com", "gaming:1")
D("www.roblox.com", "gaming:1")
P("RobloxPlayerBeta.exe", "gaming:1")
D("www.epicgames.com", "gaming:1")
W("Counter-Strike 2", "gaming:1", proc="cs2.exe")
U("https://www.twitch.tv/directory/category/fortnite", "gaming:1")
P("LeagueClient.exe", "gaming:1")
D("www.crazygames.com", "gaming:1")

# ===== social media (level 1): positives =====
D("www.instagram.com", "social_media:1")
D("web.snapchat.com", "social_media:1")
D("www.tiktok.com", "social_media:1")
U("https://x.com/home", "social_media:1")
W("Instagram - Google Chrome", "social_media:1")
D("www.facebook.com", "social_media:1")
D("discord.com", "social_media:1", "gaming")
U("https://www.threads.com/", "social_media:1")
D("bsky.app", "social_media:1")
W("Home / X - Google Chrome", "social_media:1")

# ===== illegal content (CSAM, non-consensual and deepfake imagery, fake documents): positives =====
Q("undress ai free no sign up", "illegal_content:3", "adult_content")
T("put her insta pics through the nudify bot, sending them to the group chat lol", "illegal_content:4", "bullying adult_content")
Q("cp links telegram", "illegal_content:5", "adult_content")
Q("jailbait pics", "illegal_content:5", "adult_content")
T("she's 15 but she sends nudes, want me to forward them?", "illegal_content:5", "grooming adult_content")
Q("deepfake nude generator of someone i know", "illegal_content:4", "adult_content")
Q("how to get a fake id uk for clubs", "illegal_content:2")
Q("buy counterfeit \u00a320 notes", "illegal_content:3")
T("got the video of her from the party when she was passed out, sharing it in the snap group", "illegal_content:4", "bullying adult_content")
Q("revenge porn site upload ex", "illegal_content:4", "adult_content")
Q("dark web market link fake passport", "illegal_content:3", "filter_bypass")
T("ket for the after party and i've sorted the fake ids so we can get in", "drugs:3 illegal_content:2")

# ===== illegal content: hard negatives =====
Q("online safety act 2023 intimate image abuse offence", staff=True)
Q("deepfake detection tools media literacy lesson")
Q("iwf annual report 2025", staff=True)
Q("ai voice clone ethics in music production")
Q("superbad fake id scene")
Q("how to spot counterfeit band merch")

# ===== more domains (DNS-heavy) =====
D("www.myproana.com", "self_harm:4")
D("www.pornhub.com", "adult_content:3")
D("www.xvideos.com", "adult_content:3")
D("onlyfans.com", "adult_content:3")
D("stake.com", "gambling:2")
D("betway.com", "gambling:2")
D("protonvpn.com", "filter_bypass:2")
D("hide.me", "filter_bypass:2")
D("yts.mx", "piracy:1")
D("getintopc.com", "piracy:1")
D("audioz.download", "piracy:1")
D("cracked.io", "hacking:2", "piracy")
D("iplogger.org", "hacking:2")
D("www.twitch.tv", "gaming:1", "social_media")
D("www.reddit.com", "social_media:1")
D("www.spotlight.com")
D("freesound.org")
D("imsdb.com")
D("www.shootingpeople.org")
D("www.slaughterandmay.com")
D("www.arsenal.com")
D("www.nhs.uk")
D("www.rada.ac.uk")
D("www.prsformusic.com")
AC(["where to buy k", "where to buy ket", "where to buy ket in lon", "where to buy ket in london"], "drugs:3")
AC(["to k", "to kil", "to kill a", "to kill a mocking", "to kill a mockingbird themes"])

# ===== everyday studio, college and leisure traffic: hard negatives =====
D("www.bbc.co.uk")
D("splice.com")
D("www.ableton.com")
D("www.nationaltheatre.org.uk")
D("www.ucas.com")
D("www.tate.org.uk")
D("deadline.com")
D("shotdeck.com")
D("www.knifeangel.co.uk")
D("www.hackney.gov.uk")
D("www.killingjoke.com")
D("www.thecut.com")
D("www.gunsnroses.com")
D("www.sexpistolsofficial.com")
Q("how to sidechain compress in fl studio")
Q("stanislavski emotion memory exercises")
Q("brecht epic theatre verfremdungseffekt examples")
Q("frantic assembly chair duets")
Q("tiktok dance trends this week", engine="tiktok")
Q("{aesthetic} vaporwave wallpaper", tf="fw")
Q("drill beat tutorial fl studio 808 glide", engine="youtube")
Q("horror film sound design tips")
T("meet at the foyer at 12 for the full run")
T("scene 3 needs more tension, maybe hold the silence longer before she opens the door", title="THE HOLLOW - draft 4.fdx - Final Draft 13")
T("gonna murder this audition tomorrow, wish me luck \U0001f91e")
T("noooo waaaay she got the lead \U0001f62d\U0001f62d so deserved")
T("i could murder a kebab rn")
T("i'm going to kill my sister if she borrows my headphones again lol")
T("this essay is actually killing me, 300 words to go")
T("anyone want to do a collab for the showcase? i've got a garage beat that needs vocals", server="Producers Hub")
T("lmao the boss fight in my game is impossible, even i can't beat it")
T("can u bring the smoke machine and the gels, the blood scene needs red wash",
  title="Tech rehearsal - cue sheet.xlsx - Excel")
T("dying at this meme \U0001f480\U0001f480\U0001f480")
T("i'll shoot you the stems tonight, the mixdown is nearly there")
T("\u1d04\u1d00\ua731\u1d1b \u029f\u026a\ua731\u1d1b \u026a\ua731 \u1d1c\u1d18 for the spring show!!")
W("Project_Final_v7 - Ableton Live 12 Suite")
W("SampleScene - Unity 6 - Windows, Mac, Linux - <DX12>", proc="Unity.exe")
W("Blood Brothers script Act 2 - Google Docs - Google Chrome")
W("Guernica - Wikipedia - Google Chrome")
W("Saw (2004) practical effects breakdown - YouTube - Google Chrome")
W("Hitman: World of Assassination - Steam Store Page - Google Chrome")
W("Killing Eve S1 E1 - BBC iPlayer - Google Chrome")
HB()
HB()
P("Adobe Premiere Pro.exe")
P("Ableton Live 12 Suite.exe")
Q("how to sample legally from vinyl records")
Q("moral panic stan cohen folk devils")
Q("how to write a horror game narrative")
Q("damage numbers pop up ui godot")
Q("how to make blood splatter decals unity")
Q("how to deal with a toxic bandmate")
Q("fortnite creative mode level design for coursework")
Q("how to draw a gun for concept art perspective")

# ---------------------------------------------------------------------------
# Item rendering
# ---------------------------------------------------------------------------

Q_STYLES = (["squid"] * 5 + ["squid_ukfull"] * 2 + ["squid_run2custom"] + ["clf_common"] * 2 + ["clf_combined"] * 3 +
            ["e2_2", "e2_4", "e2_6"] + ["zeek_http"] * 3 + ["zeek_http_tsv"] + ["ep_title"] * 5 + ["ep_visit"] * 3 +
            ["auto_bare", "auto_syslog3164", "auto_syslog5424", "auto_rsyslog_json", "auto_filebeat_json", "squid_syslog"] +
            ["squid", "clf_combined", "zeek_http", "e2_2", "e2_4", "e2_6"])
U_STYLES = [s for s in Q_STYLES if s != "ep_title"] + ["ep_visit"] * 2
D_STYLES = (["unbound_q"] * 2 + ["unbound_epoch", "unbound_qr"] + ["dnsmasq_extra"] * 2 + ["dnsmasq_plain", "dnsmasq_stream"] +
            ["bind"] * 3 + ["bind_rpz"] + ["zeek_dns"] * 2 + ["zeek_dns_tsv", "squid_connect", "squid_sni",
             "clf_connect", "e2_connect", "ep_visit"] + ["unbound_q", "dnsmasq_extra", "bind", "zeek_dns"] +
            ["auto_json_unbound", "auto_syslog_dnsmasq", "auto_syslog_unbound", "auto_filebeat_zeek"])
T_STYLES = ["endpoint"] * 20 + ["auto_bare", "auto_rsyslog_json", "auto_syslog5424"]
W_STYLES = ["endpoint"] * 7 + ["auto_bare", "auto_filebeat_json"]
PROXY_FMT = {"squid": "squid", "squid_ukfull": "squid", "squid_run2custom": "squid", "clf_common": "clf",
             "clf_combined": "clf", "e2_2": "e2guardian", "e2_4": "e2guardian", "e2_6": "e2guardian"}
PROXY_SRC = {"squid": "squid", "squid_ukfull": "squid", "squid_run2custom": "squid", "clf_common": "clf",
             "clf_combined": "clf", "e2_2": "e2", "e2_4": "e2", "e2_6": "e2"}
DNS_FMT = {"unbound_q": "unbound", "unbound_epoch": "unbound", "unbound_qr": "unbound", "dnsmasq_extra": "dnsmasq",
           "dnsmasq_plain": "dnsmasq", "dnsmasq_stream": "dnsmasq", "bind": "bind", "bind_rpz": "bind",
           "zeek_dns": "zeek-dns", "zeek_dns_tsv": "zeek-dns"}


def infer_process(title, os_, fallback):
    rules = [(" - Google Docs - Google Chrome", "chrome.exe"), (" - Google Chrome", "chrome.exe"),
             (" - Microsoft Edge", "msedge.exe"), ("Mozilla Firefox", "firefox.exe"), (" - Word", "WINWORD.EXE"),
             (" - Excel", "EXCEL.EXE"), (" - Adobe Acrobat Reader", "Acrobat.exe"), ("Telegram", "Telegram.exe"),
             ("Ableton Live", "Ableton Live 12 Suite.exe"), ("FL Studio", "FL64.exe"), ("Unity 6", "Unity.exe"),
             (" - Notepad", "notepad.exe"), ("Final Draft", "Final Draft 13.exe"), (" - Discord", "Discord.exe"),
             ("Premiere Pro", "Adobe Premiere Pro.exe"), (" - Notion", "Notion.exe")]
    for suf, proc in rules:
        if suf in title:
            if os_ == "mac":
                proc = {"chrome.exe": "Google Chrome", "msedge.exe": "Microsoft Edge", "firefox.exe": "Firefox",
                        "WINWORD.EXE": "Microsoft Word", "EXCEL.EXE": "Microsoft Excel", "Acrobat.exe": "Adobe Acrobat Reader",
                        "Telegram.exe": "Telegram", "Ableton Live 12 Suite.exe": "Live", "FL64.exe": "FL Studio",
                        "Unity.exe": "Unity", "notepad.exe": "TextEdit", "Final Draft 13.exe": "Final Draft 13",
                        "Discord.exe": "Discord", "Adobe Premiere Pro.exe": "Adobe Premiere Pro 2025",
                        "Notion.exe": "Notion"}[proc]
            return proc
    return fallback or ("chrome.exe" if os_ == "win" else "Google Chrome")


def mac_title(title, os_):
    if os_ != "mac":
        return title
    for suf in (" - Google Chrome", " - Microsoft Edge", " \u2014 Mozilla Firefox", " - Word", " - Excel"):
        if title.endswith(suf):
            return title[: -len(suf)]
    return title


def browser(n, os_):
    if os_ == "mac":
        p, _ = pick(n, "browser", MAC_BROWSERS)
        return p, None
    return pick(n, "browser", WIN_BROWSERS)


def browser_title(base, bname):
    if bname is None:
        return base
    if bname == "Mozilla Firefox":
        return base + " \u2014 Mozilla Firefox"
    return base + " - " + bname


def split_points(n, text, k):
    L = len(text)
    if k <= 1 or L < 8:
        return [text]
    pts = set()
    tries = 0
    while len(pts) < k - 1 and tries < 50:
        pts.add(rng(n, "sp%d" % tries, 3, L - 3))
        tries += 1
    cuts = sorted(pts)
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return [f for f in out if f]


def user_for(n, o):
    return staff(n) if o.get("staff") else learner(n)


def render_proxy_style(n, style, url, user, t, ip, deny=None):
    """returns (format, line-or-lines)"""
    if style in PROXY_FMT:
        return PROXY_FMT[style], proxy_line(n, style, url, user, t, ip, deny=deny)
    if style == "zeek_http":
        return "zeek-http", zeek_http(n, url, t, ip)
    if style == "zeek_http_tsv":
        return "zeek-http", zeek_http(n, url, t, ip, tsv=True)
    if style == "auto_bare":
        inner = pick(n, "autoinner", ["squid", "clf_combined", "e2_4", "squid_ukfull", "zeek_http"])
        if inner == "zeek_http":
            return "auto", zeek_http(n, url, t, ip)
        return "auto", proxy_line(n, inner, url, user, t, ip, deny=deny)
    if style.startswith("auto_") or style == "squid_syslog":
        kind = style[5:] if style.startswith("auto_") else "syslog3164"
        inner = "squid" if style == "squid_syslog" else pick(n, "wrapinner", ["squid", "squid", "clf_combined", "e2_2", "squid_ukfull"])
        line = proxy_line(n, inner, url, user, t, ip, deny=deny)
        return ("squid" if style == "squid_syslog" else "auto"), wrap(n, kind, PROXY_SRC[inner], line, t)
    raise ValueError(style)


def build(n, it):
    k, text, o = it["k"], it["x"], it["o"]
    t = epoch_for(n)
    ip = ip_for(n)
    positive = bool(it["e"])
    if k in ("Q", "U"):
        user = user_for(n, o)
        if k == "Q":
            eng = o.get("engine") or pick(n, "eng", STAFF_ENGINES if o.get("staff") else DEFAULT_ENGINES)
            q = apply_tf(n, text, o.get("tf"))
            url = engine_url(n, eng, q)
            styles = [s for s in Q_STYLES if not (s in ("ep_title", "ep_visit") and eng in AC_ENGINES)]
        else:
            eng, q, url = None, None, text
            styles = U_STYLES
        style = o.get("fmt") or pick(n, "fmt", styles)
        deny = None
        if positive and H(n, "deny") % 5 == 0:
            deny = ("*DENIED* Banned search term found in request", "Banned Search Terms") if q else \
                   ("*DENIED* Banned site: %s" % split_url(url)[1], "Blocked")
        if style in ("ep_title", "ep_visit"):
            dev, os_ = device(n)
            proc, bname = browser(n, os_)
            if style == "ep_title":
                title = browser_title(engine_title(eng, q), bname)
                return "endpoint", endpoint(n, t, dev, user, "window_title", proc, title)
            title = o.get("title")
            if title is None and eng is not None and eng not in AC_ENGINES:
                title = engine_title(eng, q)
            if title is not None:
                title = browser_title(title, bname)
            return "endpoint", endpoint(n, t, dev, user, "url_visit", proc, title, None, url)
        return render_proxy_style(n, style, url, user, t, ip, deny if style.startswith("e2") else None)
    if k == "AC":
        user = user_for(n, o)
        eng = o.get("engine") or pick(n, "aceng", list(AC_ENGINES))
        style = pick(n, "acfmt", ["squid", "squid", "clf_combined", "zeek_http", "squid_ukfull", "e2_4"])
        lines, tt = [], t
        for i, pref in enumerate(text):
            url = engine_url(n, eng, pref)
            if style == "zeek_http":
                lines.append(zeek_http(n, url, tt, ip, tag="z%d" % i))
            else:
                lines.append(proxy_line(n, style, url, user, tt, ip, tag="p%d" % i))
            tt += rng(n, "acgap%d" % i, 150, 1600) / 1000.0
        return ("zeek-http" if style == "zeek_http" else PROXY_FMT[style]), lines
    if k == "D":
        name = text
        user = user_for(n, o)
        styles = [s for s in D_STYLES if not (s == "bind_rpz" and not positive)]
        style = o.get("fmt") or pick(n, "fmt", styles)
        blocked = positive and max(e["min_level"] for e in it["e"]) >= 2 and H(n, "blk") % 2 == 0
        if style in DNS_FMT:
            return DNS_FMT[style], dns_lines(n, style, name, t, ip, blocked)
        if style == "squid_connect":
            return "squid", proxy_line(n, "squid", "%s:443" % name, user, t, ip, method="CONNECT")
        if style == "squid_sni":
            dst = "%d.%d.%d.%d" % (rng(n, "sd1", 13, 220), rng(n, "sd2", 0, 255), rng(n, "sd3", 0, 255), rng(n, "sd4", 1, 254))
            target = dst if H(n, "sniip") % 2 else name
            dur = rng(n, "snid", 0, 3)
            l1 = '%s %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "-" %s sni=%s bump=splice' % (
                f_squid(t), dur, ip, user, target, target, name)
            l2 = '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
                f_squid(t + rng(n, "snig", 5, 9000) / 1000.0), rng(n, "snid2", 40, 90000), ip, user,
                rng(n, "snisz", 3000, 900000), target, dst, target, name)
            return "squid", [l1, l2] if H(n, "sni2") % 2 else l2
        if style == "clf_connect":
            return "clf", proxy_line(n, pick(n, "cc", ["clf_common", "clf_combined"]), "%s:443" % name, user, t, ip, method="CONNECT")
        if style == "e2_connect":
            return "e2guardian", proxy_line(n, pick(n, "ec", ["e2_2", "e2_4", "e2_6"]), "https://%s:443" % name, user, t, ip, method="CONNECT")
        if style == "ep_visit":
            dev, os_ = device(n)
            proc, bname = browser(n, os_)
            title = o.get("title")
            if title is not None:
                title = browser_title(title, bname)
            return "endpoint", endpoint(n, t, dev, user, "url_visit", proc, title, None, "https://%s/" % name)
        if style == "auto_json_unbound":
            return "auto", wrap(n, "rsyslog_json", "unbound", dns_lines(n, "unbound_q", name, t, ip, blocked), t)
        if style == "auto_syslog_dnsmasq":
            qt = pick(n, "qt", ["A", "A", "AAAA"])
            return "auto", "<30>%s %s dnsmasq[%d]: query[%s] %s from %s" % (
                f_ctime(t), pick(n, "whost", HOSTS["dns"]), rng(n, "dpid", 700, 31000), qt, name, ip)
        if style == "auto_syslog_unbound":
            return "auto", "<30>%s %s unbound: [%d:0] info: %s %s. A IN" % (
                f_ctime(t), pick(n, "whost", HOSTS["dns"]), rng(n, "dpid", 700, 31000), ip, name)
        if style == "auto_filebeat_zeek":
            return "auto", wrap(n, "filebeat_json", "zeekdns", zeek_dns(n, name, t, ip, "A"), t)
        raise ValueError(style)
    if k in ("T", "W", "P", "HB"):
        dev, os_ = device(n)
        if o.get("dev"):
            dev, os_ = o["dev"], ("mac" if o["dev"].startswith(("MAC", "MBP", "IMAC")) else "win")
        user = user_for(n, o)
        style = o.get("fmt") or pick(n, "fmt", T_STYLES if k == "T" else W_STYLES)
        events = []
        if k == "T":
            body = apply_tf(n, text, o.get("tf"))
            if o.get("title"):
                title = mac_title(o["title"], os_)
                proc = o.get("proc") or infer_process(o["title"], os_, None)
            else:
                ctx = o.get("ctx", "chat")
                if ctx == "chat":
                    if o.get("staff"):
                        proc, tpl = pick(n, "chatstaff", [("Teams.exe", "Chat | {person} | Microsoft Teams"), ("WhatsApp.exe", "WhatsApp")])
                    elif os_ == "mac":
                        proc, tpl = pick(n, "chat", CHAT_MAC)
                    else:
                        proc, tpl = pick(n, "chat", CHAT_WIN)
                    title = tpl.format(chan=pick(n, "chan", CHANS), server=o.get("server") or pick(n, "server", SERVERS),
                                       person=person(n))
                elif ctx == "search":
                    proc, bname = browser(n, os_)
                    title = browser_title("New Tab", bname)
                elif ctx == "note":
                    proc, title = pick(n, "note", [("notepad.exe", "bars.txt - Notepad"), ("Notion.exe", "Lyrics \u2013 scratchpad - Notion"),
                                                   ("Code.exe", "notes.md - Visual Studio Code")])
                    if os_ == "mac":
                        proc, title = "Notes", "Notes"
                else:
                    raise ValueError(ctx)
            nsplit = o.get("split") or (2 if (H(n, "autosplit") % 7 == 0 and len(body) >= 28) else 1)
            frags = split_points(n, body, nsplit)
            tt = t
            for i, fr in enumerate(frags):
                events.append((tt, endpoint(n, tt, dev, user, "text_capture", proc, title, fr, None)))
                tt += rng(n, "gap%d" % i, 1, 9) + rng(n, "gapms%d" % i, 0, 999) / 1000.0
        elif k == "W":
            body = apply_tf(n, text, o.get("tf"))
            proc = o.get("proc") or infer_process(body, os_, None)
            events.append((t, endpoint(n, t, dev, user, "window_title", proc, mac_title(body, os_))))
        elif k == "P":
            events.append((t, endpoint(n, t, dev, user, "process_start", text, o.get("title"))))
        else:
            events.append((t, endpoint(n, t, dev, None if H(n, "hbuser") % 2 else user, "heartbeat", "guardline-agent" if os_ == "mac" else "guardline-agent.exe", None)))
        if style == "endpoint":
            lines = [e for _, e in events]
            fmt = "endpoint"
        elif style == "auto_bare":
            lines = [e for _, e in events]
            fmt = "auto"
        else:
            kind = style[5:]
            lines = [wrap(n, kind, "ep", e, tt) for tt, e in events]
            fmt = "auto"
        return fmt, (lines[0] if len(lines) == 1 else lines)
    raise ValueError(k)

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def items():
    order = sorted(range(len(SRC)), key=lambda i: hashlib.sha256(("h48|order|%d" % i).encode()).hexdigest())
    out = []
    for pos, i in enumerate(order, 1):
        it = SRC[i]
        fmt, payload = build(pos, it)
        d = {"id": "h48-%04d" % pos, "format": fmt}
        if isinstance(payload, list):
            d["lines"] = payload
        else:
            d["line"] = payload
        d["expect"] = it["e"]
        if it["a"]:
            d["allow"] = it["a"]
        out.append((d, it))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout48.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    rows = items()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d, _ in rows:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.stats:
        pos = sum(1 for d, _ in rows if d["expect"])
        print("items %d  positive %d  negative %d" % (len(rows), pos, len(rows) - pos))
        cat = Counter(e["category"] for d, _ in rows for e in d["expect"])
        lv = Counter("%s:%d" % (e["category"], e["min_level"]) for d, _ in rows for e in d["expect"])
        print("per category (items expecting it):")
        for c in CATEGORIES:
            print("  %-16s %3d   %s" % (c, cat[c], " ".join("L%s=%d" % (k.split(':')[1], v) for k, v in sorted(lv.items()) if k.split(':')[0] == c)))
        fmts = Counter(d["format"] for d, _ in rows)
        fpos = Counter(d["format"] for d, _ in rows if d["expect"])
        print("per format (total / positive / negative):")
        for f, c in sorted(fmts.items()):
            print("  %-11s %3d  %3d  %3d" % (f, c, fpos[f], c - fpos[f]))
        kinds = Counter(it["k"] for _, it in rows)
        print("per kind:", dict(sorted(kinds.items())))
        ml = sum(1 for d, _ in rows if "lines" in d)
        print("multi-line items:", ml, " with allow:", sum(1 for d, _ in rows if "allow" in d),
              " disguised(tf):", sum(1 for _, it in rows if it["o"].get("tf")))
        ev = Counter()
        for d, _ in rows:
            for l in d.get("lines", [d.get("line")]):
                m = re.search(r'"event": "(\w+)"', l.replace('\\"', '"'))
                if m:
                    ev[m.group(1)] += 1
        print("endpoint events:", dict(ev))
    return 0


if __name__ == "__main__":
    sys.exit(main())
