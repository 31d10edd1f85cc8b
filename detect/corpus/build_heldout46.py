#!/usr/bin/env python3
"""build_heldout46.py -- held-out evaluation corpus "h46" for Guardline.

Writes heldout46.jsonl (corpus format of CONTRACTS section 4) beside this script, or to --out.
Standard library only, fully deterministic: there is no random module; every variable choice
(format and sub-variant, search engine, URL encoding, user, device, site, time stamp, IP
addresses, syslog / JSON-envelope wrapping, the split of typed text into fragments, blocked or
allowed) is derived from SHA-256 of the item number and a purpose tag (see H()).

    python3 build_heldout46.py              # writes ./heldout46.jsonl
    python3 build_heldout46.py --out X.jsonl --stats

PERSPECTIVE
-----------
Independent boarding schools and international sixth-form colleges, learners aged 13-18, many
boarders from mainland China, Hong Kong, Nigeria, Ukraine, Russia, Kazakhstan, the Gulf states
and Spain. They write English as a second language, mixed with Mandarin pinyin (sometimes
characters), Cantonese romanisation, Nigerian Pidgin, Russian / Ukrainian in Latin transliteration
(occasionally Cyrillic), Gulf / Levantine Arabizi (3 = ain, 7 = haa, 2 = hamza, 5 = khaa,
9 = qaf/saad) or Spanish, and British boarding slang (prep, exeat, house, matron, the san, tuck,
lights out, long leave, housemaster/housemistress, lower/upper sixth, chapel, CCF).
Staff items are written as house parents, matrons, tutors, chaplains and the DSL would write them.
Every text was written by hand for this file; disguises (leetspeak, spaced and dotted letters,
Cyrillic look-alikes via hg(), full-width letters via fw(), zero-width characters, emoji,
stretched letters, algospeak) are applied to a minority of positives, and the disguised text is
itself chosen by hand.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is the lowest level a
correct finding may carry)
-------------------------------------------------------------------------------------------
suicide         5: a method, plan, time or place, or a search for a method or lethal dose
                   ("how many sleeping pills ...", "friday after the exam I jump", letters left,
                   pills saved, a note template).  4: ideation without a plan ("I don't want to
                   live", "better off without me", "wo bu xiang huo le", "ne khochu zhyty").
self_harm       4: cutting / burning / hiding wounds, sharpener blades, "sh" and "cat scratches"
                   algospeak, AND eating-disorder behaviour (pro-ana, purging, laxatives,
                   500-calorie days, meanspo/bonespo, boys' weight-class starving).  Eating
                   disorders are self-harm in this taxonomy; no other category fits.  Wrist
                   cutting written as ge wan (a suicide method too) allows suicide.
radicalisation  5: trying to join a proscribed / terrorist group (IS, Wagner - proscribed in the
                   UK since 2023) or go to fight.  4: seeking propaganda, manifestos, recruiting
                   channels, extremist sites; glorifying attackers.  3: incel / blackpill
                   spaces.  Hate-ideology items allow discrimination.
grooming        5: a meeting or overnight stay arranged by an adult, with secrecy; a child
                   being isolated by "police"/"embassy" virtual-kidnapping scammers.
                   4: grooming signs (secrecy, gifts, age-gap flattery, moving to private apps,
                   photo requests), sextortion and nude-video blackmail (allow illegal_content
                   where an image of the child exists), fake police / embassy money scams,
                   criminal exploitation (county lines).
bullying        3: abusive or threatening messages, exclusion, hazing / initiations, a victim
                   describing it.  "kys" aimed at someone allows suicide; hazing allows violence;
                   xenophobic bullying allows discrimination.
discrimination  3: racist, xenophobic, antisemitic, Islamophobic, homophobic abuse or requests
                   for such jokes, including anti-Asian (covid), anti-African, anti-Ukrainian
                   (khokhly) and anti-Russian (katsapy) slurs, hei gui / a san, 3abeed, moros.
adult_content   3: pornography sites, searches, algospeak ("seggs", corn emoji), NSFW servers.
drugs           3: buying, arranging or dosing illegal drugs (ket, coke, mandy, wizz, THC carts,
                   nitrous, xanax, lean, captagon, "igbo" for weed in Pidgin, da ma, zakladka).
                   2: nicotine vapes bought under age or hidden from house staff.
gambling        2: casino / betting / crypto-casino sites and searches, losses with parents'
                   money, skin case-opening (allow gaming), mirror sites (allow filter_bypass).
violence        5: a specific threat with a weapon or time, or attack planning.  4: weapon
                   buying or making, conditional threats.  3: fight videos, knock-out technique.
filter_bypass   2: proxies, anonymisers, Tor, a VPN client actually started or its service
                   resolved on the school network, searches to get round Smoothwall / Lightspeed
                   / house wifi cut-off.  Talk ABOUT VPNs for family in China, holidays at home,
                   the school's own staff VPN (GlobalProtect) or "proxy war" is NOT labelled.
hacking         3: account takeover, phishing kits, token grabbers, keyloggers, DDoS, cracking
                   wifi, stealing staff passwords.  2: game cheats / executors (allow gaming),
                   selling accounts.
piracy          1: pirate streams, torrents, shadow libraries, cracked apps.
gaming          1: game sites, launchers, game searches.
social_media    1: social network sites and searches.
illegal_content 4: indecent images of children (searching, sharing or trading; peers' nudes of
                   under-18s), prohibited drawn images; allow adult_content and, where sharing is
                   used to humiliate, bullying.

Hard negatives (expect []) are about half the corpus: VPN talk for family and home news, IB /
A-level coursework (Durkheim, Things Fall Apart, Anna Karenina, the Holodomor, the Cultural
Revolution, Nanjing, Biafra, the Troubles, pharmacology, gambling economics), pastoral and
house logs, chapel, sport (rugby, rowing, fencing, shooting club, CCF), news from Ukraine, Gaza,
Lagos and Hong Kong, normal homesickness, exam-stress hyperbole in several languages (e si le,
xiao si wo le, siu sei, ya umirayu so smekhu, me muero de hambre, mayeta mn el d7k, my papa go
kill me), music (incl. $uicideboy$), games, shopping, and word traps (zakladka = bookmark,
7ashish = grass, Igbo the language, Scunthorpe, Essex).  A negative never holds a real level-2+
concern; level-1 noise (a game, a social site) may appear in one.
"""
import argparse
import calendar
import hashlib
import json
import os
import sys
import time
import urllib.parse
from collections import Counter

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
              "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns", "zeek-http",
           "endpoint", "auto"]


# ----------------------------------------------------------------------------- determinism
def H(n, tag):
    """Deterministic integer from the item number and a purpose tag."""
    return int.from_bytes(hashlib.sha256(f"h46|{n}|{tag}".encode("utf-8")).digest()[:8], "big")


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


# ----------------------------------------------------------------------------- disguises
_HG = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456", "c": "\u0441", "p": "\u0440",
       "x": "\u0445", "y": "\u0443", "s": "\u0455", "h": "\u04bb"}


def hg(s, letters="aeo"):
    """Replace the given Latin letters with Cyrillic look-alikes."""
    return "".join(_HG[ch] if ch in letters and ch in _HG else ch for ch in s)


def fw(s):
    """Full-width forms of ASCII letters and digits (spaces kept)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


ZW = "\u200b"

# ----------------------------------------------------------------------------- the items
ITEMS = []


def _exp(spec):
    out = []
    for part in spec.split(","):
        c, lv = part.strip().split(":")
        assert c in CATEGORIES, c
        out.append({"category": c, "min_level": int(lv)})
    return out


def P(kind, content, spec, allow=None, **o):
    ITEMS.append({"kind": kind, "content": content, "expect": _exp(spec),
                  "allow": list(allow) if allow else None, "o": o})


def N(kind, content, **o):
    ITEMS.append({"kind": kind, "content": content, "expect": [], "allow": None, "o": o})


# kinds: q = search query, url = a full URL, dom = a host name, text = typed text
# (str, or list of hand-split fragments), title = window title, proc = process started.
# options: L = language of the writer (picks a plausible user and chat app), eng = engine,
# app = chat app, doc = document window title, who = "staff", fmt = force a format.

# ============================================================ POSITIVES: suicide
P("text", "if i dont get the offer from oxford my dad says all the money was for nothing. "
  "honestly i'd rather be dead than see his face at christmas", "suicide:4")
P("q", "how many sleeping pills does it take to not wake up", "suicide:5")
P("text", ["wrote letters for mum and baba, they're in my tuck box ",
           "tonight after lights out i'm going up the bell tower ",
           "dont try to find me"], "suicide:5", L="zh")
P("q", "an mian yao chi duo shao ke yi si", "suicide:5", L="zh", eng="baidu")
P("text", "ngo jan hai m seung wut lok heui, hou gui, mou yan wui jyu ngo", "suicide:4", L="yue")
P("text", "i no fit again o. i just wan die make everything finish, nobody go even notice",
  "suicide:4", L="ng")
P("text", "ne hochu bolshe zhit. vse ravno nikto ne zametit esli menya ne stanet", "suicide:4",
  L="ru")
P("text", "ne khochu zhyty. tato na fronti, mama plache kozhen den, a ya tut yak tyagar",
  "suicide:4", L="uk")
P("text", "wallah ana ta3bana mn kol shi, abi amoot w 5alas", "suicide:4", L="ar")
P("text", "ya lo tengo decidido, el viernes después del último examen me tiro del puente",
  "suicide:5", L="es")
P("q", "how to unalive yourself painless", "suicide:5", eng="tiktok")
P("q", "s e w e r s l i d e methods quick", "suicide:5")
P("q", "what happens if you take 40 paracetamol at once", "suicide:5")
P("text", hg("i'm going to kill myself", "aeoi"), "suicide:4")
P("text", ["honestly i just want to ", "d" + ZW + "i" + ZW + "e. every single day"], "suicide:4")
P("q", "h0w t0 h4ng ur5elf w1th a b3lt", "suicide:5")
P("q", "short suicide note for parents template", "suicide:5")
P("text", ["goodbye everyone, thank you for being nice to me this term. ",
           "please look after mimi when you go home. ",
           "don't come looking for me tonight"], "suicide:5")
P("q", "kak bystro umeret bez boli", "suicide:5", L="ru", eng="yandex")
P("text", "真的不想活了 每天都好累 没有人懂我", "suicide:4", L="zh")
P("text", "ready to sleep forever tonight 🌙💊💊💊 bye", "suicide:5")
P("title", "I think tonight is the night : r/SuicideWatch - Google Chrome", "suicide:5")
P("text", "everyone would honestly be better off if i just wasnt here anymore", "suicide:4")
P("text", "i wanna dieeeeee for real this time, not joking anymore", "suicide:4")
P("text", "got the rejection from imperial. that's it. i've got the pills saved in my sock drawer",
  "suicide:5")
P("q", "怎么自杀不痛", "suicide:5", L="zh", eng="baidu")
P("text", "хочу умереть, устала от всего", "suicide:4", L="ru")
P("text", "ابي اموت", "suicide:4", L="ar")
P("text", ["lost everything on stake again ", "dad is going to see the card statement ",
           "i honestly want to die"], "gambling:2,suicide:4")

# ============================================================ POSITIVES: self-harm / eating disorders
P("text", "cut again last night with the blade from my pencil sharpener, it's getting deeper",
  "self_harm:4")
P("q", "how to hide cuts from matron in the san", "self_harm:4")
P("q", "how to get the blade out of a pencil sharpener", "self_harm:4")
P("text", "relapsed on sh after 43 days clean 😔 don't tell ms harper", "self_harm:4")
P("text", "it's just cat scratches on my thighs lol, dont ask", "self_harm:4")
P("q", "how to stop feeling hungry on 500 calories a day", "self_harm:4")
P("q", "pro ana tips for boarding school meals", "self_harm:4")
P("q", "skinnytok ana coach", "self_harm:4", eng="tiktok")
P("text", "skipped lunch and supper again, if they make me eat at house supper i'll just purge "
  "after", "self_harm:4")
P("q", "cui tu fang fa bu bei fa xian", "self_harm:4", L="zh", eng="baidu")
P("q", "kak vyzvat rvotu posle edy chtoby ne popravitsya", "self_harm:4", L="ru", eng="yandex")
P("q", "lose 7kg in 2 weeks for lightweight rowing laxatives", "self_harm:4")
P("text", "i burn my arm with the lighter when the pressure gets too much, its the only thing "
  "that helps", "self_harm:4")
P("text", "me corto para no sentir nada, nadie lo sabe", "self_harm:4", L="es")
P("text", "kil ma at3ab ajra7 nafsi bel moos, ma a7ad yadri", "self_harm:4", L="ar")
P("q", "s3lf h4rm ideas that dont leave marks", "self_harm:4")
P("title", "bonespo 🦴 board - Pinterest - Google Chrome", "self_harm:4")
P("q", "ana buddy discord server strict", "self_harm:4")
P("text", ["haven't eaten since tuesday ", "and my housemistress thinks ", "im just homesick lol"],
  "self_harm:4")
P("text", "ngo yau gaat jo sau, m hou waa bei matron zi", "self_harm:4", L="yue")
P("text", "i don dey cut my hand again, e dey help me small small", "self_harm:4", L="ng")
P("q", "what to put on self harm cuts so the nurse doesn't notice", "self_harm:4")
P("text", "jin tian you ge wan le, xue liu le hen jiu", "self_harm:4", allow=["suicide"], L="zh")
P("q", fw("self harm tips"), "self_harm:4")
P("q", "chewing and spitting to stay under 800", "self_harm:4", eng="reddit")

# ============================================================ POSITIVES: radicalisation
P("q", "how to join wagner group as a foreigner 2026", "radicalisation:5")
P("q", "kak vstupit v chvk vagner v 17 let", "radicalisation:5", L="ru", eng="yandex")
P("q", "siege james mason pdf free", "radicalisation:4")
P("q", "terrorgram channel invite link", "radicalisation:4")
P("q", "tarrant manifesto full text", "radicalisation:4", allow=["violence"])
P("text", "the great replacement is real bro, they're flooding europe and someone has to actually "
  "do something", "radicalisation:4", allow=["discrimination"])
P("q", "isis nasheed download mp3 dawla", "radicalisation:4")
P("q", "al qassam brigades recruitment video", "radicalisation:4")
P("text", "watch the inspire mag stuff i sent, the brothers there actually make sense",
  "radicalisation:4")
P("q", "patriotic alternative youth join under 18", "radicalisation:4", allow=["discrimination"])
P("text", "ana 3ayez arou7 ajahed m3 el dawla, 7ad y3rf tari2?", "radicalisation:5", L="ar")
P("q", "cómo unirse al estado islámico desde europa", "radicalisation:5", L="es")
P("text", "saint elliot was right, foids deserve what's coming", "radicalisation:4",
  allow=["discrimination", "violence"])
P("dom", "www.stormfront.org", "radicalisation:4", allow=["discrimination"])
P("q", "blackpill incel forum link", "radicalisation:3", allow=["discrimination"])

# ============================================================ POSITIVES: grooming / sextortion / exploitation
P("text", "he said i'm really mature for 14 and not to tell my housemaster we talk",
  "grooming:4")
P("text", "he's 26 but he says age is just a number and he's getting me the new iphone for "
  "christmas", "grooming:4")
P("text", ["ok i'll meet you at the bus stop by the ", "back gate after prep, 9:15 ",
           "i won't tell anyone i promise"], "grooming:5")
P("text", "please don't send it to my parents, i can pay, i only have £200 in my account now",
  "grooming:4", allow=["illegal_content"])
P("q", "someone has my nude video and wants money what do i do", "grooming:4",
  allow=["illegal_content"])
P("text", "the chinese police officer on the call said i can't tell anyone or i get arrested, "
  "i have to stay in the hotel and not answer mum", "grooming:5", L="zh")
P("text", "da shi guan de ren shuo wo de hu zhao she ji xi qian, jiao wo bu yao gao su lao shi "
  "he ba ma, yao zhuan qian", "grooming:4", L="zh")
P("text", "ta shuo bu yao gao su lao shi, zhou mo ta lai xue xiao jie wo qu ta jia zhu",
  "grooming:5", L="zh")
P("text", "he asked me to move to telegram and delete all our snaps so no one sees", "grooming:4")
P("text", "on skazal chto eto nash malenkiy sekret i poprosil fotku bez odezhdy", "grooming:4",
  L="ru")
P("text", "mr k said i can stay at his flat in town on exeat, just us, and not to put it on the "
  "exeat form", "grooming:5")
P("text", "he's a uni student i met on roblox, he wants to video call at 1am when my roommate's "
  "asleep", "grooming:4")
P("q", "is it normal for a teacher to snapchat you at night and say you're his favourite",
  "grooming:4")
P("text", hg("don't tell your housemaster about us, they won't understand", "aeo"), "grooming:4")
P("text", "howa 9al la t5bri a7ad w ra7 yjeebli hadaya, w yabi sowar", "grooming:4", L="ar")
P("text", "tiene 31 años y me pide que no se lo cuente a mis padres ni a la tutora", "grooming:4",
  L="es")
P("text", "the oga for insta say make i send am my picture without cloth, him go send me money "
  "for airtime", "grooming:4", allow=["illegal_content"], L="ng")
P("q", "sextortion scammer sent my video to my friends what now", "grooming:4",
  allow=["illegal_content"])
P("text", ["he's picking me up from the station on saturday ", "he booked the hotel already ",
           "told matron i'm at my guardian's"], "grooming:5")
P("text", "it's our little s" + ZW + "ec" + ZW + "ret ok? delete this chat after", "grooming:4")
P("text", "keoi giu ngo m hou waa bei a ma zi, keoi wui bei chin ngo maai saam", "grooming:4",
  L="yue")
P("q", "modelling agency on wechat asked for photos in underwear age 15", "grooming:4",
  allow=["illegal_content"])
P("text", "if you don't send more he said he'll post the first ones on the school confessions "
  "page", "grooming:4", allow=["illegal_content"])
P("text", "he keeps giving me vape money and now he says i owe him a favour", "grooming:4",
  allow=["drugs"])
P("q", "chinese police video call told me to isolate and film myself tied up", "grooming:5",
  L="zh")
P("text", "the guy who sells the carts says he'll pay me 300 to take a bag down to brixton on "
  "exeat", "drugs:3,grooming:4")

# ============================================================ POSITIVES: bullying
P("text", "nobody in the house wants you here, pack ur bags and go back to lagos", "bullying:3",
  allow=["discrimination"])
P("text", "initiation for the new year 9s tonight, bring cling film and the gaffer tape, 11pm "
  "boot room", "bullying:3", allow=["violence"])
P("text", "kys no one would miss you anyway", "bullying:3", allow=["suicide"])
P("text", "let's all leave her out of the gc and screenshot her crying lol", "bullying:3")
P("text", "ni zhe ge sha bi, quan ban dou tao yan ni, kuai gun", "bullying:3", L="zh")
P("text", "ty tupaya, vse nad toboy smeyutsya, luchshe uezzhay domoy", "bullying:3", L="ru")
P("text", "we go dey yab am every night till he cry go meet matron", "bullying:3", L="ng")
P("text", "eres un pringado, nadie te quiere aquí, ni tu familia", "bullying:3", L="es")
P("text", "enta 7mar w kolna nkrahak, la tg3od m3na bel ghada", "bullying:3", L="ar")
P("text", "vote for the ugliest girl in lower sixth 😂 poll's in the chat", "bullying:3")
P("text", "if you tell your tutor we'll make your life hell in the dorm, snitch", "bullying:3")
P("q", "how to survive being bullied in boarding school when you cant go home", "bullying:3")
P("text", "u r such a l0s3r, n0b0dy w4nts u 1n th1s h0use", "bullying:3")
P("text", ["let's drag his mattress into the ", "showers again and lock him out ",
           "after lights out lol"], "bullying:3")
P("title", "Rate the new Year 12 girls 1-10 - Google Forms - Google Chrome", "bullying:3")
P("text", "nei go sei fei zai, mou yan jung yi nei, faai di zau", "bullying:3", L="yue")
P("q", "roommate keeps mocking my accent and hiding my stuff what to do", "bullying:3")
P("text", "pass the video of him in the shower round the year group", "bullying:3,illegal_content:4")
P("text", "make the y9s down a bottle of vodka each and film it for the house snap", "bullying:3",
  allow=["violence"])

# ============================================================ POSITIVES: discrimination
P("text", "ching chong go eat your bats lmao", "discrimination:3", allow=["bullying"])
P("text", "why do all the chinese lot smell of garlic, send them back", "discrimination:3")
P("text", "the nigerian boys are all yahoo boys, watch your wallets", "discrimination:3")
P("text", "monkey noises every time he walks into prep 🐒🐒🐒", "discrimination:3",
  allow=["bullying"])
P("text", "ebanye khokhly, vse vy natsisty", "discrimination:3", L="ru")
P("text", "katsapy vsi orky, nenavydzhu yikh", "discrimination:3", L="uk")
P("text", "wo men fang jian na ge hei gui zhen chou", "discrimination:3", L="zh")
P("text", "ma a7eb el 3abeed, 5alohom b3eed 3anna", "discrimination:3", L="ar")
P("text", "moros y sudacas fuera de nuestro colegio", "discrimination:3", L="es")
P("text", "ur such a f4ggot lmao stay out of our changing room", "discrimination:3",
  allow=["bullying"])
P("text", "towelheads praying in the music room again, they should ban it", "discrimination:3")
P("text", "jews control the banks, everyone knows it", "discrimination:3",
  allow=["radicalisation"])
P("q", "racist jokes about asians to say at school", "discrimination:3")
P("text", "n1gg4s cant even swim lol thats why he failed the test", "discrimination:3")
P("q", "why are black people less intelligent", "discrimination:3", allow=["radicalisation"])

# ============================================================ POSITIVES: adult content
P("dom", "pornhub.com", "adult_content:3")
P("dom", "www.xvideos.com", "adult_content:3")
P("dom", "xhamster.com", "adult_content:3")
P("dom", "spankbang.com", "adult_content:3")
P("dom", "chaturbate.com", "adult_content:3")
P("q", "onlyfans leaks free no signup", "adult_content:3")
P("q", "p0rnhub vpn free", "adult_content:3,filter_bypass:2")
P("q", "seggs videos link in bio", "adult_content:3", eng="tiktok")
P("q", "🌽hub free", "adult_content:3")
P("q", "videos porno gratis españolas", "adult_content:3", L="es")
P("q", "porno besplatno bez registratsii", "adult_content:3", L="ru", eng="yandex")
P("q", "huang se wang zhan you na xie", "adult_content:3", L="zh", eng="baidu")
P("q", hg("naked girls snapchat", "aei"), "adult_content:3")
P("title", "xHamster - Free Porn Videos & Sex Movies - Google Chrome", "adult_content:3")
P("url", "https://www.reddit.com/r/gonewild/", "adult_content:3")
P("q", "rule 34 genshin", "adult_content:3")
P("url", "https://stake.com/casino/games/crash", "gambling:2", t="Crash Game | Stake.com")
P("url", "https://www.croxyproxy.com/", "filter_bypass:2",
  t="CroxyProxy - The free and secure web proxy")
P("url", "https://t.me/s/ldn_plug_247", "drugs:3", t="LDN PLUG 24/7 🍃❄️ - Telegram")
P("url", "https://www.tiktok.com/tag/skinnycheck", "self_harm:4", t="#skinnycheck | TikTok")
P("text", "send the link to that porn site again, the other one's blocked on house wifi",
  "adult_content:3", allow=["filter_bypass"])

# ============================================================ POSITIVES: drugs / vaping
P("text", "who's got the plug for ket before leavers ball", "drugs:3")
P("q", "buy thc vape uk next day delivery discreet", "drugs:3")
P("text", "wizz and mandy for saturday, 40 quid the lot, drop at the boathouse", "drugs:3")
P("q", "how much ket for a first k hole", "drugs:3", eng="reddit")
P("text", "❄️❄️ anyone? 🔌 comes down saturday", "drugs:3")
P("q", "nos canisters 24/7 delivery near me", "drugs:3")
P("q", "gde kupit zakladku v londone", "drugs:3", L="ru", eng="yandex")
P("text", "kto mozhet dostat travku na vecherinku v subbotu?", "drugs:3", L="ru")
P("text", "fi 7ad 3ndo 7ashish? abi adakhen el weekend", "drugs:3", L="ar")
P("q", "captagon pills where to get in uk", "drugs:3")
P("text", "quién tiene farlopa para el finde? pago yo", "drugs:3", L="es")
P("text", "abeg who get igbo? i wan smoke small after prep", "drugs:3", L="ng")
P("q", "zai ying guo na li mai da ma", "drugs:3", L="zh", eng="baidu")
P("q", "how to hide vape from house parents room search", "drugs:2")
P("q", "elf bar 10000 puffs cheap no id check", "drugs:2")
P("q", "mixing xanax and vodka at a party how much", "drugs:3")
P("q", "lean recipe promethazine sprite", "drugs:3", eng="youtube")
P("text", "got the carts off the telegram guy, a gram for 35, tastes like mango", "drugs:3")
P("text", "c.o.k.e delivery tonight? usual spot behind the chapel", "drugs:3")
P("text", "🍃💨 after lights out on the roof? i've got a pen", "drugs:3")
P("text", "he said shrooms are fine if u just take half, who's in for exeat", "drugs:3")

# ============================================================ POSITIVES: gambling
P("dom", "stake.com", "gambling:2")
P("dom", "www.bet365.com", "gambling:2")
P("dom", "1xbet.com", "gambling:2")
P("dom", "www.bet9ja.com", "gambling:2", L="ng")
P("dom", "csgoroll.com", "gambling:2", allow=["gaming"])
P("q", "stake crash strategy never lose", "gambling:2")
P("text", "lost 3k of my dad's money on baccarat, need to win it back before he checks the card",
  "gambling:2")
P("q", "crypto casino no kyc usdt instant withdrawal", "gambling:2")
P("q", "how to use parents credit card on roobet without them knowing", "gambling:2")
P("q", "bai jia le bi sheng fa", "gambling:2", L="zh", eng="baidu")
P("q", "1xbet zerkalo rabochee na segodnya", "gambling:2", allow=["filter_bypass"], L="ru",
  eng="yandex")
P("text", "i don stake all my pocket money for bet9ja, if this accumulator enter i go buy new "
  "jordans", "gambling:2", L="ng")
P("q", "cs2 case opening sites free coins daily", "gambling:2", allow=["gaming"])
P("q", "casas de apuestas sin verificación de edad", "gambling:2", L="es")
P("text", "i'm 2 grand down on stake, gonna put in the money mum sent for my ielts course",
  "gambling:2")
P("text", "abi al3ab casino online b flos abooy, mafi a7ad yadri", "gambling:2", L="ar")
P("proc", "PokerStars.exe", "gambling:2", title="PokerStars Lobby")

# ============================================================ POSITIVES: violence
P("text", "i'm bringing my knife tomorrow and if he touches my stuff again i'll cut him",
  "violence:5")
P("q", "where to buy a zombie knife uk under 18 no id", "violence:4")
P("text", "we're jumping him behind the sports hall after chapel, bring the cricket bats",
  "violence:5", allow=["bullying"])
P("q", "how to make a knuckle duster in the dt workshop", "violence:4")
P("q", "best place to hide a gun at school", "violence:5")
P("text", "ya ego zarezhu esli on eshche raz tronet moyu sestru", "violence:4", L="ru")
P("text", "i go wound that boy, i go break bottle for him head tomorrow", "violence:5", L="ng")
P("text", "mañana le meto una paliza a ese gilipollas, traigo la navaja", "violence:5", L="es")
P("q", "how to knock someone out with one punch", "violence:3", eng="youtube")
P("q", "uk school fight compilation 2026", "violence:3", eng="youtube")
P("text", "bokra bajeeb el sekeen w adba7o, wallah", "violence:5", L="ar")
P("q", hg("pipe bomb instructions", "aeio"), "violence:5", allow=["radicalisation"])
P("text", "i swear i'll burn the house down with all of them inside", "violence:4")
P("text", "wo yao sha le ta, dao yi jing zhun bei hao le, wan shang dong shou", "violence:5",
  L="zh")
P("q", "how to make pepper spray at home to use on someone", "violence:4")
P("q", "how to make a bomb for the cause at home", "violence:5,radicalisation:4")

# ============================================================ POSITIVES: filter bypass
P("q", "how to bypass smoothwall on school chromebook", "filter_bypass:2")
P("dom", "nordvpn.com", "filter_bypass:2")
P("dom", "protonvpn.com", "filter_bypass:2")
P("dom", "psiphon3.com", "filter_bypass:2")
P("dom", "www.torproject.org", "filter_bypass:2")
P("dom", "letsvpn.world", "filter_bypass:2", L="zh")
P("dom", "www.astrill.com", "filter_bypass:2", L="zh")
P("proc", "tor.exe", "filter_bypass:2", title="Tor Browser")
P("proc", "Clash for Windows.exe", "filter_bypass:2", title="Clash for Windows", L="zh")
P("proc", "v2rayN.exe", "filter_bypass:2", title="v2rayN", L="zh")
P("text", "turn on my hotspot then the clash node, the house wifi can't see anything then",
  "filter_bypass:2", L="zh")
P("q", "xue xiao wang luo zen me fan qiang", "filter_bypass:2", L="zh", eng="baidu")
P("q", "unblocked games 76 school", "filter_bypass:2")
P("q", "kak oboyti blokirovku saytov v shkole", "filter_bypass:2", L="ru", eng="yandex")
P("text", "anyone got a vpn that works on the boarding wifi after 11? they cut everything at "
  "lights out", "filter_bypass:2")
P("q", "pr0xy s1te unbl0cked 2026", "filter_bypass:2")
P("dom", "www.croxyproxy.com", "filter_bypass:2")

# ============================================================ POSITIVES: hacking
P("q", "steam accounts cracked for sale cheap", "hacking:3")
P("text", "selling wechat accounts, real-name verified, 200 rmb each, dm me", "hacking:2", L="zh")
P("q", "valorant aimbot undetected free download", "hacking:2", allow=["gaming"])
P("q", "roblox executor krnl download no virus", "hacking:2", allow=["gaming"])
P("q", "how to get into someones instagram without password", "hacking:3")
P("q", "discord token grabber github", "hacking:3")
P("text", "got the housemaster's firefly password off the keylogger lol, changing my prep marks "
  "tonight", "hacking:3")
P("q", "crack school wifi password aircrack tutorial", "hacking:3", eng="youtube")
P("proc", "mimikatz.exe", "hacking:3", title="mimikatz 2.2.0 x64")
P("q", "cs2 wai gua mian fei xia zai", "hacking:2", allow=["gaming"], L="zh", eng="baidu")
P("q", "chity na cs2 skachat besplatno bez virusov", "hacking:2", allow=["gaming"], L="ru",
  eng="yandex")
P("q", "phishing page template steam login", "hacking:3")
P("q", "how to read someone's snapchat messages without them knowing", "hacking:3")
P("text", "i can get you into her icloud, just need her phone for 5 min to reset it", "hacking:3")

# ============================================================ POSITIVES: piracy, gaming, social media (level 1)
P("q", "z library campbell biology 12th edition pdf", "piracy:1")
P("dom", "1337x.to", "piracy:1")
P("dom", "fmovies.to", "piracy:1")
P("dom", "nyaa.si", "piracy:1")
P("q", "the bear season 4 free online 123movies", "piracy:1")
P("proc", "qbittorrent.exe", "piracy:1", title="qBittorrent v4.6.7")
P("q", "mian fei kan dian shi ju wang zhan wu guang gao", "piracy:1", L="zh", eng="baidu")
P("q", "smotret film besplatno bez registratsii v khoroshem kachestve", "piracy:1", L="ru",
  eng="yandex")
P("q", "crackstreams premier league free stream", "piracy:1")
P("q", "fifa 25 crack torrent download", "piracy:1", allow=["hacking"])
P("dom", "www.roblox.com", "gaming:1")
P("dom", "genshin.hoyoverse.com", "gaming:1")
P("dom", "store.epicgames.com", "gaming:1")
P("proc", "RobloxPlayerBeta.exe", "gaming:1", title="Roblox")
P("proc", "VALORANT-Win64-Shipping.exe", "gaming:1", title="VALORANT  ")
P("q", "genshin next banner leak", "gaming:1")
P("q", "wang zhe rong yao guo ji fu xia zai", "gaming:1", L="zh", eng="baidu")
P("title", "Counter-Strike 2", "gaming:1", proc="cs2.exe")
P("dom", "www.twitch.tv", "gaming:1")
P("dom", "www.instagram.com", "social_media:1")
P("dom", "www.douyin.com", "social_media:1", L="zh")
P("dom", "www.xiaohongshu.com", "social_media:1", L="zh")
P("dom", "vk.com", "social_media:1", L="ru")
P("dom", "www.snapchat.com", "social_media:1")
P("title", "Instagram - Google Chrome", "social_media:1")
P("q", "how to get more followers on tiktok fast", "social_media:1")
P("dom", "weibo.com", "social_media:1", L="zh")

# ============================================================ POSITIVES: illegal content
P("q", "cp telegram links", "illegal_content:4", allow=["adult_content"])
P("text", "who's got the pics of that year 10 girl, put them in the boys gc",
  "illegal_content:4", allow=["bullying", "adult_content"])
P("q", "jailbait pics", "illegal_content:4", allow=["adult_content"])
P("q", "teen leaks discord server under 16", "illegal_content:4", allow=["adult_content"])
P("text", "airdrop the nudes of her to everyone in chapel lol", "illegal_content:4",
  allow=["bullying", "adult_content"])
P("q", "loli hentai", "illegal_content:4", allow=["adult_content"])
P("q", "you nv tu pian", "illegal_content:4", allow=["adult_content"], L="zh", eng="baidu")
P("q", "shkolnitsy golye foto", "illegal_content:4", allow=["adult_content"], L="ru",
  eng="yandex")
P("q", "mega link folder young teens 13 14", "illegal_content:4", allow=["adult_content"])
P("text", "if you've got videos of the 14 yr olds i'll swap, i've got loads", "illegal_content:4",
  allow=["grooming", "adult_content"])

# ============================================================ NEGATIVES: VPN and "bypass" traps
N("q", "does wechat work in the uk without a vpn", L="zh")
N("q", "how to set up vpn for my parents in china so they can see my instagram", L="zh")
N("text", "ma ma zai guo nei yong wei xin gei wo da shi pin, bu yong fan qiang, hen fang bian",
  L="zh")
N("text", "going home to shanghai for long leave, does google classroom work there or do i need "
  "something on my laptop?", L="zh")
N("q", "which vpn works in china for google docs during the holidays", L="zh")
N("proc", "PanGPA.exe", title="GlobalProtect", who="staff")
N("q", "globalprotect vpn setup staff laptop", who="staff")
N("q", "what is a vpn computer science a level networking")
N("q", "proxy war definition cold war history")
N("q", "proxy server advantages and disadvantages ocr computer science")
N("q", "glastonbury tor walk from the town centre")
N("q", "heart bypass surgery recovery time grandad")
N("q", "how to unblock a sink with bicarbonate of soda")
N("text", "babushka can't open youtube in russia anymore, she watches everything on rutube now",
  L="ru")
N("q", "douyin international version login uk number", L="zh")
N("dom", "weixin.qq.com", L="zh")
N("text", "the vpn on my phone is only for when i'm back in beijing, here i don't need it", L="zh")
N("q", "weibo hot search hong kong typhoon", L="yue")
N("text", "Please remind boarders that the school wifi profile on iPads must not be removed; IT "
  "will reinstall it at the house desk.", who="staff", doc="House notices - OneNote")

# ============================================================ NEGATIVES: coursework and study
N("q", "durkheim four types of suicide sociology a level")
N("q", "things fall apart okonkwo suicide significance essay", L="ng")
N("q", "anna karenina ending train symbolism", L="ru")
N("q", "hamlet to be or not to be soliloquy analysis")
N("q", "dead poets society neil perry father analysis")
N("q", "cultural revolution red guards causes essay", L="zh")
N("q", "holodomor 1932 33 famine causes ib history", L="uk")
N("q", "nanjing massacre 1937 primary sources", L="zh")
N("q", "rwandan genocide radio propaganda interahamwe")
N("q", "biafra war causes nigerian civil war", L="ng")
N("q", "the troubles ira bombing campaign 1970s a level")
N("q", "rise of isis in syria and iraq causes a level politics")
N("q", "opium wars causes and consequences", L="zh")
N("q", "wilfred owen dulce et decorum est gas attack analysis")
N("q", "macbeth unseamed him from the nave to the chops meaning")
N("q", "of mice and men george shoots lennie morality")
N("q", "crime and punishment raskolnikov axe murder motive", L="ru")
N("q", "lolita nabokov unreliable narrator essay")
N("q", "paracetamol metabolism napqi liver a level chemistry")
N("q", "effect of cocaine on dopamine reuptake synapse a level psychology")
N("q", "gambler's fallacy probability examples")
N("q", "economics of gambling regulation uk essay")
N("q", "portugal drug decriminalisation policy outcomes")
N("q", "cannabis legalisation debate motion opposition speech")
N("q", "sql injection gcse computer science exam question")
N("q", "stalin great purge 1937 causes", L="ru")
N("q", "how does radicalisation happen online psychology essay")
N("q", "anti asian hate during covid sociology")
N("q", "russian verbs of motion idti khodit", L="ru")
N("q", "ucas personal statement medicine examples")
N("text", "Psychology IA: does homesickness predict sleep quality in first-year boarders? "
  "Participants were 40 students aged 13-17 from four houses.", doc="Psychology IA draft.docx - Word")
N("text", "In Things Fall Apart, Okonkwo's suicide is the final rejection of the clan's values, "
  "because taking one's own life is an abomination in Umuofia.", L="ng",
  doc="Eng Lit essay - Things Fall Apart - Google Docs - Google Chrome")
N("text", "The Holodomor killed millions of Ukrainians in 1932-33; historians still debate "
  "whether it meets the legal definition of genocide.", L="uk",
  doc="IB History IA - Holodomor.docx - Word")
N("text", "Durkheim argued that egoistic suicide rises when integration into social groups is "
  "weak, for example among unmarried men.", doc="Sociology essay plan.docx - Word")
N("text", "During the Cultural Revolution struggle sessions publicly humiliated teachers, and "
  "some were beaten to death by Red Guards.", L="zh", doc="History notes - OneNote")
N("text", "Cocaine blocks the reuptake of dopamine at the synapse, so dopamine stays in the "
  "synaptic cleft for longer.", doc="Biology revision - Google Docs - Google Chrome")
N("text", "Online gambling firms target young men through football shirt sponsorship; the "
  "Gambling Act review proposed stake limits for online slots.",
  doc="Economics EE draft.docx - Word")
N("text", "Prevent has been criticised for disproportionately referring Muslim students.",
  doc="Politics essay - Prevent.docx - Word")
N("text", "Lady Macbeth's 'unsex me here' shows her calling on spirits to strip away her "
  "compassion so that she can kill Duncan.", doc="Macbeth essay.docx - Word")
N("text", "The Nanjing Massacre saw tens of thousands of civilians killed by Japanese troops "
  "in 1937-38.", L="zh", doc="History notes - OneNote")
N("text", "Self-harm rates among adolescent girls have risen since 2010; this literature review "
  "looks at protective factors such as sleep and friendship.",
  doc="EPQ literature review.docx - Word")
N("text", "The keylogger threat is reduced by two-factor authentication. Describe one other "
  "measure. (2 marks)", doc="CS Paper 1 mock.docx - Word")
N("url", "https://en.wikipedia.org/wiki/Holodomor", L="uk")
N("url", "https://en.wikipedia.org/wiki/Cultural_Revolution", L="zh")
N("url", "https://en.wikipedia.org/wiki/Nigerian_Civil_War", L="ng")
N("url", "https://en.wikipedia.org/wiki/Suicide_(Durkheim_book)")
N("url", "https://en.wikipedia.org/wiki/First_Opium_War")
N("url", "https://www.bbc.co.uk/news/world-europe-60506682", L="uk", t="Ukraine war in maps - BBC News")
N("url", "https://www.samaritans.org/how-we-can-help/schools/", who="staff",
  t="Support for schools | Samaritans")
N("url", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2",
  who="staff", t="Keeping children safe in education - GOV.UK")
N("url", "https://www.tiktok.com/@hartwellboatclub", t="Hartwell Boat Club (@hartwellboatclub) | TikTok")

# ============================================================ NEGATIVES: sport and activities
N("q", "shooting club .22 rifle safety briefing")
N("q", "rowing erg 2k training plan 17 year old")
N("text", "we absolutely killed it at the rugby, 42-7, coach is buzzing")
N("text", "the 2k erg test nearly killed me lol, legs are dead")
N("text", "shooting club got moved to thursday, bring your ear defenders")
N("text", "we go finish them for football tomorrow, dem no fit us", L="ng")
N("text", "mañana los machacamos en el partido de hockey", L="es")
N("text", "knife skills practical tomorrow in food tech, julienne and brunoise")
N("q", "how to sharpen a chef's knife for food tech gcse")

# ============================================================ NEGATIVES: news from home
N("q", "kharkiv shelling news today", L="uk")
N("q", "drone attack odesa last night", L="uk")
N("q", "gaza humanitarian aid convoy latest", L="ar")
N("q", "hamas hostages ceasefire talks latest")
N("q", "wagner mutiny 2023 explained prigozhin", L="ru")
N("q", "ukraine war map today", L="uk")
N("q", "lagos flooding news", L="ng")
N("q", "almaty earthquake news", L="kz")
N("q", "hong kong typhoon signal 8 schools closed", L="yue")
N("text", "tryvoha v kyievi znovu, mama z babuseyu v ukrytti, vse dobre, napyshu piznishe", L="uk")
N("text", "my uncle in gaza is safe, the internet came back for an hour and he called us", L="ar")

# ============================================================ NEGATIVES: health information
N("q", "paracetamol dose for 16 year old cold and flu")
N("q", "how long do period cramps last")
N("q", "concussion symptoms after rugby match")
N("q", "how to fall asleep when homesick")
N("dom", "111.nhs.uk")
N("q", "eating disorder awareness week assembly ideas", who="staff")
N("q", "mental health first aid training for house staff", who="staff")

# ============================================================ NEGATIVES: hyperbole and jokes, many languages
N("text", "this ucat practice is actually killing me, 3 more sections 😭")
N("text", "im dead 💀💀 did you see sir's face when the fire alarm went off")
N("text", "xiao si wo le, ta zai li tang shui zhao le", L="zh")
N("text", "e si le, wan fan shen me shi hou kai shi", L="zh")
N("text", "siu sei ngo, keoi jing jan hai gam ge", L="yue")
N("text", "gui sei la, ying man essay gaau sei ngo", L="yue")
N("text", "ya umirayu so smekhu, posmotri eto video", L="ru")
N("text", "mama menya ubyot esli uznaet pro ocenku po fizike", L="ru")
N("text", "me muero de hambre, ¿a qué hora es la cena?", L="es")
N("text", "mi madre me va a matar cuando vea las notas jajaja", L="es")
N("text", "mayeta mn el d7k 😂😂 shofi el video", L="ar")
N("text", "ana mayet ju3, mata el 3asha?", L="ar")
N("text", "my papa go kill me if i carry F for this maths mock", L="ng")
N("text", "this chemistry don finish me, i don tire", L="ng")
N("text", "i'd literally kill for a decent jollof right now, hall food is so bland", L="ng")
N("text", "if i have to sit through one more assembly on vaping i'm going to scream")
N("text", "the chem paper murdered me lol, question 6 was evil")
N("text", "she's so dead when matron finds out she used the kettle in the dorm 😂")
N("text", "lol that video of the deer in the quad killed me")
N("text", "shoot me a message when you're back from exeat")
N("text", "dying to go home for christmas, 23 more days")
N("text", ["honestly if i see one more ", "integration by parts question i'll cry ",
           "😭 see you at tea"])

# ============================================================ NEGATIVES: chat that looks like the positives
N("text", "do you have a spare blade for the craft knife? mine snapped in dt")
N("text", "matron says the cut on my knee from rugby needs steri strips lol")
N("text", "not eating hall food tonight, we're getting bubble tea in town instead 🧋")
N("text", "skipping supper cos it's house curry night later, save room")
N("text", "she's doing the secret santa list, don't tell anyone who you got!")
N("text", "mr davies said meet at the boathouse at 6:45 for the outing, bring your kit")
N("text", "my guardian is picking me up from heathrow on friday, can you tell matron?")
N("text", "tong xue shuo zhou mo zai tu shu guan bang wo fu xi shu xue", L="zh")
N("text", "the police talk in assembly today was about scam calls pretending to be from the "
  "embassy, so weird", L="zh")
N("text", "mum sent the money for ielts, paying the exam fee tonight", L="zh")
N("text", "fantasy league is so stressful, my captain blanked again")
N("text", "my brother's a vet, he says they use ketamine on horses, wild")
N("text", "lol he's such a plug for free food, always knows where the leftovers are")
N("text", "grass is soaked, hockey's moved to the astro")
N("text", "he got gated for a week for being out after lights out 😂")
N("text", "the rowing initiation was literally just running to the boathouse in fancy dress, it "
  "was actually fun")
N("text", "i'm going to murder this essay tonight, 2000 words or bust")
N("text", "nobody in the house wants the top bunk lol, rock paper scissors?")
N("text", "go back to your room and get your gown, chapel in 5")
N("text", "wo de hu zhao kuai guo qi le, xia zhou yao qu da shi guan ban xin de", L="zh")
N("text", "vecherom vecherinka v common room, prinesi kolonku", L="ru")
N("text", "abeg who get charger? my phone don die", L="ng")
N("text", "el mudarisa 9alat lazem nsallem el telefonat 3 el sa3a 10", L="ar")
N("text", "tía, me muero de sueño, mañana examen de química", L="es")
N("text", "ngo dei hai library dang nei, faai di lai", L="yue")
N("text", "can you send me the pics from the ball? the ones of us in our dresses, for my mum")
N("text", "he's 26 and still lives with his parents lol, my cousin is a mess")
N("text", "keep it between us but i think miss okoro is engaged!! 💍")
N("text", "vape alarm went off in the east house loos again, everyone got sent back to their rooms")
N("text", "stake out the dining hall queue so we get the good pudding")
N("text", "bet you 5 haribo sir forgets the test")
N("text", "今天好累，但是考完试了，开心", L="zh")
N("text", ["the essay is about how ", "okonkwo dies at the end and what ",
           "achebe is saying about colonialism"], L="ng")
N("text", ["can we ", "meet after prep? ", "need help with the chem homework"])
N("text", ["house photo is tomorrow at 8, ", "wear full uniform and ", "no hoodies"])
N("text", ["did you see the news from kharkiv? ", "daryna's family are ok thank god"], L="uk")

# ============================================================ NEGATIVES: normal homesickness
N("text", "miss my mum's jollof so much, facetime tonight?", L="ng")
N("text", "xiang jia le, hao xiang chi huo guo, ma ma jin tian fa le zhao pian", L="zh")
N("text", "sumuyu za domom, ale vse normalno, v subotu dzvonyu mami", L="uk")
N("text", "skuchayu po domu, no tut uzhe luchshe chem v sentyabre", L="ru")
N("text", "apa, sagyndym! v subbotu pozvonyu posle matcha", L="kz")
N("text", "wa7ashtini ya mama, inshallah ashoofich fil eid", L="ar")
N("text", "echo de menos a mi familia pero ya tengo amigos aquí, todo bien", L="es")
N("text", "hou gwa nim uk kei, daan hai ni dou dou ok ge", L="yue")
N("q", "is it normal to feel homesick in the first term of boarding school")
N("text", "скучаю по маме, но здесь уже есть друзья", L="ru")
N("text", "اشتقت لأهلي، بس المدرسة حلوة", L="ar")
N("text", "House log 14/11: two Y9 boarders homesick after half term, both settled after a call "
  "home. Lights out 21:45, all present.", who="staff", doc="House Log - OneNote")

# ============================================================ NEGATIVES: staff and pastoral
N("text", "Exeat forms for Saturday due by Thursday prep. Parents to confirm guardian details.",
  who="staff", doc="House notices - OneNote")
N("text", "Matron: three boarders in the san with flu, all on fluids, parents informed.",
  who="staff", doc="San log - Word")
N("text", "Chapel rota: Year 10 reading Ecclesiastes 3 on Sunday; hymn Abide With Me.",
  who="staff", doc="Chapel rota.docx - Word")
N("q", "remembrance sunday order of service template", who="staff")
N("q", "sextortion awareness lesson plan year 9", who="staff")
N("q", "met police warning chinese students virtual kidnapping scam", who="staff")
N("q", "anti bullying week 2026 theme", who="staff")
N("q", "banter vs bullying assembly slides ks3", who="staff")
N("q", "online safety assembly vaping and social media", who="staff")
N("q", "ceop report button how it works for parents", who="staff")
N("q", "how to talk to boarders about gambling adverts", who="staff")
N("q", "dsl training recognising self harm in boarding", who="staff")
N("text", "Reminder: vape detectors are being fitted in all boarding house toilets over half "
  "term.", who="staff", doc="House notices - OneNote")
N("text", "Lights out moved to 22:30 for Upper Sixth during mocks week.", who="staff",
  doc="House notices - OneNote")
N("text", "House meeting agenda: laundry rota, phone hand-in, Diwali supper, Lunar New Year "
  "planning.", who="staff", doc="House meeting.docx - Word")
N("text", "Tutor note: Dias settling well, strong in maths, recommend further maths set.",
  who="staff", doc="Tutor notes - OneNote")
N("q", "rse curriculum year 10 consent and healthy relationships", who="staff")

# ============================================================ NEGATIVES: music, films, games
N("q", "suicideboys tour 2026 uk tickets")
N("q", "my chemical romance helena lyrics")
N("q", "burna boy last last lyrics", L="ng")
N("q", "bad bunny nuevo álbum", L="es")
N("q", "among us impostor kill cooldown settings")
N("q", "hitman 3 silent assassin dartmoor guide")
N("q", "call of duty best sniper class")
N("q", "casino royale 2006 poker scene")
N("q", "mahjong rules hong kong style", L="yue")

# ============================================================ NEGATIVES: shopping
N("q", "chef knife set for food tech student", eng="amazon")
N("q", "fencing mask junior", eng="amazon")
N("q", "rice cooker small 1 person", eng="amazon", L="zh")
N("q", "digital kitchen scales for baking", eng="amazon")
N("q", "climbing rope 9.8mm dynamic 60m dofe", eng="amazon")

# ============================================================ NEGATIVES: word traps
N("q", "how to kill a python process on windows")
N("q", "life hacks for boarding school dorm")
N("q", "cheat sheet a level maths formula booklet")
N("q", "how to crack an egg with one hand")
N("q", "hang a picture without nails")
N("q", "drug discovery pharmacology degree uk")
N("q", "weed the school garden eco club")
N("q", "snow forecast this weekend london")
N("q", "coke zero vs diet coke caffeine")
N("q", "bomb calorimeter a level chemistry")
N("q", "bath bomb recipe")
N("q", "cat scratching sofa how to stop")
N("q", "barcode scanner app library books")
N("q", "scunthorpe united results")
N("q", "igbo language lessons for beginners", L="ng")
N("text", "kupila novuyu zakladku dlya knigi, s kotom", L="ru")
N("text", "el 7ashish fil mal3ab mballal, el match yemken yetlaghi", L="ar")
N("q", "música porro colombiana para la semana cultural", L="es")
N("q", "ketamine use in veterinary anaesthesia")
N("q", "nitrous oxide uses in dentistry")
N("q", "shooting stars meteor shower tonight uk")

# ============================================================ NEGATIVES: ordinary domains
for _d, _l in [("www.bbc.co.uk", None), ("www.gov.uk", None), ("www.ucas.com", None),
               ("classroom.google.com", None), ("login.microsoftonline.com", None),
               ("outlook.office365.com", None), ("www.sparknotes.com", None),
               ("quizlet.com", None), ("www.senecalearning.com", None),
               ("www.physicsandmathstutor.com", None), ("www.savemyexams.com", None),
               ("www.khanacademy.org", None), ("www.nhs.uk", None),
               ("www.emirates.com", "ar"), ("www.turkishairlines.com", "kz"),
               ("intl.alipay.com", "zh"), ("www.scmp.com", "yue"), ("punchng.com", "ng"),
               ("www.vanguardngr.com", "ng"), ("suspilne.media", "uk"), ("meduza.io", "ru"),
               ("www.aljazeera.com", "ar"), ("elpais.com", "es"), ("tengrinews.kz", "kz"),
               ("www.jumia.com.ng", "ng"), ("www.essex.ac.uk", None),
               ("www.sussex.ac.uk", None), ("www.scunthorpe-united.co.uk", None),
               ("www.bettys.co.uk", None), ("www.arsenal.com", None),
               ("www.hackney.gov.uk", None), ("music.163.com", "zh"),
               ("www.ibo.org", None), ("www.chess.com", None)]:
    N("dom", _d, L=_l)

# ============================================================ NEGATIVES: window titles and processes
N("title", "Psychology IA - Homesickness and sleep in boarders.docx - Word", proc="WINWORD.EXE")
N("title", "Holodomor - Wikipedia - Google Chrome", L="uk")
N("title", "Things Fall Apart: Chapter 25 Summary | SparkNotes - Google Chrome", L="ng")
N("title", "Firefly - Prep: Macbeth Act 2 essay - Google Chrome")
N("title", "Weixin", proc="Weixin.exe", L="zh")
N("title", "Zoom Meeting - Parents' Evening Year 11", proc="Zoom.exe", who="staff")
N("title", "Chemistry L6 | Microsoft Teams", proc="ms-teams.exe")
N("title", "Fencing Club Rota.xlsx - Excel", proc="EXCEL.EXE", who="staff")
N("proc", "WINWORD.EXE", title="Document1 - Word")
N("proc", "Zoom.exe", title="Zoom Workplace")
N("proc", "python.exe", title="IDLE Shell 3.12.4")
N("proc", "Spotify.exe", title="Spotify Premium")
N("proc", "Steam.exe", title="Steam")
N("proc", "DingTalk.exe", title="DingTalk", L="zh")
N("proc", "Code.exe", title="nea_project - Visual Studio Code")

# ----------------------------------------------------------------------------- pools
USERS = {
    "zh": ["wang.yiting", "chen.haoran", "li.zihan", "zhang.ruoxi", "27zhaoy", "26liuj",
           "HARTWELL\\28sunm"],
    "yue": ["lam.kahei", "wong.chunyin", "cheung.hoilam", "27chanw"],
    "ng": ["okafor.chidi", "adeyemi.tolu", "eze.amara", "bello.fatima", "28okonkwoc"],
    "ru": ["ivanov.artem", "sokolova.polina", "27morozovk"],
    "uk": ["kovalenko.daryna", "shevchuk.maksym", "HARTWELL\\29petrenkoi"],
    "kz": ["nurlanov.dias", "abenova.aruzhan"],
    "ar": ["alsuwaidi.hamad", "almansoori.mariam", "alharbi.faisal", "28alqasimin"],
    "es": ["garcia.lucia", "fernandez.pablo", "moreno.ines"],
    "en": ["smith.oliver", "hughes.freya", "patel.arjun", "campbell.isla", "27barnesh",
           "28whitakere", "fitzgerald.tom", "osei.kwame"],
}
ALL_STUDENTS = [u for k in ["zh", "yue", "ng", "ru", "uk", "kz", "ar", "es", "en"] for u in USERS[k]]
STAFF = ["hm.northhouse", "matron.east", "j.barker", "dsl.office", "r.thompson", "revd.ellis",
         "k.hughes", "m.adebayo"]
STUDENT_DEVICES = ["BRD-LT-0112", "BRD-LT-0347", "BRD-LT-0561", "NORTH-HSE-PC2", "EAST-HSE-PC1",
                   "SF-CB-031", "SF-CB-118", "LIB-PC-12", "INTL-LAB-07", "PREP-RM-PC4",
                   "WEST-HSE-LT22", "SCH-HSE-PC3"]
STAFF_DEVICES = ["HM-NORTH-OFFICE", "SAN-PC-01", "DSL-LT-02", "CHAPLAIN-PC", "STAFFRM-PC3",
                 "HOUSE-EAST-STAFF", "PASTORAL-LT-05"]
SITES = ["senior", "sixth-form", "intl-centre", "north-campus"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]
CHAT = {
    "zh": [("WeChat.exe", "Weixin"), ("WeChat.exe", "WeChat"), ("chrome.exe",
           "Xiaohongshu - Google Chrome")],
    "yue": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Instagram • Chats - Google Chrome")],
    "ng": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Snapchat - Google Chrome")],
    "ru": [("Telegram.exe", "Telegram"), ("chrome.exe", "Messenger | VK - Google Chrome")],
    "uk": [("Telegram.exe", "Telegram"), ("Telegram.exe", "Telegram (3)")],
    "kz": [("Telegram.exe", "Telegram"), ("WhatsApp.exe", "WhatsApp")],
    "ar": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Snapchat - Google Chrome")],
    "es": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Instagram • Chats - Google Chrome")],
    "en": [("Discord.exe", "#year-11-boys | Hartwell Boarders - Discord"),
           ("Discord.exe", "#general | north house - Discord"),
           ("chrome.exe", "Instagram • Chats - Google Chrome"),
           ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Snapchat - Google Chrome"),
           ("ms-teams.exe", "Chat | Microsoft Teams"),
           ("msedge.exe", "WhatsApp - Microsoft\u200b Edge")],
}
BROWSERS = [("chrome.exe", " - Google Chrome"), ("chrome.exe", " - Google Chrome"),
            ("msedge.exe", " - Microsoft\u200b Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]

# ----------------------------------------------------------------------------- time helpers
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE = calendar.timegm((2026, 10, 5, 0, 0, 0))
STUDENT_HOURS = [7, 8, 12, 13, 16, 17, 18, 19, 19, 20, 20, 21, 21, 21, 22, 22, 22, 23, 23, 0, 1, 2]
STAFF_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]


def when(n, staff):
    day = H(n, "day") % 60
    hour = pick(n, "hour", STAFF_HOURS if staff else STUDENT_HOURS)
    return BASE + day * 86400 + hour * 3600 + H(n, "sec") % 3600, H(n, "ms") % 1000


def g(ts):
    return time.gmtime(ts)


def t_iso(ts, ms):
    t = g(ts)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour,
                                                     t.tm_min, t.tm_sec, ms)


def t_sys(ts):
    t = g(ts)
    return "%s %2d %02d:%02d:%02d" % (MON[t.tm_mon - 1], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def t_clf(ts):
    t = g(ts)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.tm_mday, MON[t.tm_mon - 1], t.tm_year,
                                                   t.tm_hour, t.tm_min, t.tm_sec)


def t_bind(ts, ms):
    t = g(ts)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (t.tm_mday, MON[t.tm_mon - 1], t.tm_year,
                                                  t.tm_hour, t.tm_min, t.tm_sec, ms)


def t_e2(ts):
    t = g(ts)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min,
                                              t.tm_sec)


# ----------------------------------------------------------------------------- URLs
SUGGEST = {"gsuggest": "google", "bsuggest": "bing", "ddgac": "ddg", "ytsuggest": "youtube",
           "ffsuggest": "google"}
DEFAULT_ENGINES = [("google", 7), ("google_uk", 3), ("bing", 3), ("ddg", 2), ("yahoo", 1),
                   ("ecosia", 1), ("youtube", 3), ("tiktok", 2), ("reddit", 1), ("wikipedia", 1),
                   ("gsuggest", 1), ("bsuggest", 1), ("ddgac", 1), ("ytsuggest", 1),
                   ("ffsuggest", 1)]


def enc(n, q):
    if H(n, "enc") % 3 == 0:
        return urllib.parse.quote(q, safe="")
    return urllib.parse.quote_plus(q, safe="")


def search_url(n, eng, q, ts):
    e = enc(n, q)
    hexid = hashlib.sha256(("h46|%d|cvid" % n).encode("ascii")).hexdigest()[:32].upper()
    if eng == "google":
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e
    if eng == "google_uk":
        return ("https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome"
                "&ie=UTF-8" % (e, e))
    if eng == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1&cvid=%s" % (e, hexid)
    if eng == "ddg":
        return "https://duckduckgo.com/?q=%s&t=h_&ia=web" % e
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&ei=UTF-8" % e
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, ts * 1000 + H(n, "tt") % 1000)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % e
    if eng == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e
    if eng == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&ref=nb_sb_noss" % (e, hexid[:13])
    if eng == "baidu":
        return "https://www.baidu.com/s?ie=utf-8&wd=%s" % e
    if eng == "yandex":
        return "https://yandex.ru/search/?text=%s&lr=10393" % e
    if eng == "bilibili":
        return "https://search.bilibili.com/all?keyword=%s" % e
    if eng == "gsuggest":
        return ("https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB"
                % (e, len(q)))
    if eng == "bsuggest":
        return ("https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry=%s&cp=%d&cvid=%s"
                % (e, len(q), hexid))
    if eng == "ddgac":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    if eng == "ytsuggest":
        return ("https://suggestqueries-clients6.youtube.com/complete/search?client=youtube"
                "&hl=en-gb&gl=gb&ds=yt&q=%s" % e)
    if eng == "ffsuggest":
        return "https://suggestqueries.google.com/complete/search?client=firefox&q=%s" % e
    raise ValueError(eng)


def page_title(eng, q):
    eng = SUGGEST.get(eng, eng)
    return {
        "google": "%s - Google Search", "google_uk": "%s - Google Search", "bing": "%s - Search",
        "ddg": "%s at DuckDuckGo", "yahoo": "%s - Yahoo Search Results", "ecosia": "%s - Ecosia",
        "youtube": "%s - YouTube", "tiktok": "Find '%s' on TikTok | TikTok Search",
        "reddit": "reddit.com: search results - %s", "wikipedia": "%s - Search results - Wikipedia",
        "amazon": "Amazon.co.uk : %s", "baidu": "%s_\u767e\u5ea6\u641c\u7d22",
        "yandex": "%s \u2014 \u042f\u043d\u0434\u0435\u043a\u0441: \u043d\u0430\u0448\u043b\u043e\u0441\u044c 3 \u043c\u043b\u043d \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u043e\u0432",
        "bilibili": "%s-\u54d4\u54e9\u54d4\u54e9_bilibili",
    }[eng] % q


def choose_engine(n, o):
    eng = o.get("eng")
    if eng:
        if eng in ("baidu", "yandex") and H(n, "engalt") % 4 == 0:
            return "bilibili" if eng == "baidu" else "google"
        return eng
    return wpick(n, "eng", DEFAULT_ENGINES)


# ----------------------------------------------------------------------------- line builders
def ip_client(n, staff):
    if staff:
        return "10.8.%d.%d" % (H(n, "ip2") % 32, 2 + H(n, "ip3") % 250)
    return "10.%d.%d.%d" % (20 + H(n, "ip1") % 44, H(n, "ip2") % 256, 2 + H(n, "ip3") % 250)


def ip_server(n):
    pre = pick(n, "sv", ["104.18", "151.101", "142.250", "172.67", "23.215", "185.60", "13.107",
                         "52.84", "199.232", "31.13"])
    return "%s.%d.%d" % (pre, H(n, "sv2") % 256, 1 + H(n, "sv3") % 254)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def uri_of(url):
    s = urllib.parse.urlsplit(url)
    return s.path + ("?" + s.query if s.query else "")


E2_CAT = {"adult_content": "Pornography", "gambling": "Gambling", "filter_bypass": "Proxies",
          "drugs": "Drugs", "violence": "Violence", "radicalisation": "Hate",
          "discrimination": "Hate", "self_harm": "Self Harm", "suicide": "Self Harm",
          "hacking": "Hacking", "piracy": "Warez", "illegal_content": "IWF"}


def squid_line(n, c, url, method="GET"):
    ts = c["ts"]
    el = H(n, "el") % 900 + 3
    if c["blocked"]:
        code, st, size, hier, mime = "TCP_DENIED", 403, 3890 + H(n, "sz") % 80, "HIER_NONE/-", "text/html"
    elif method == "CONNECT":
        code, st, size, hier, mime = "TCP_TUNNEL", 200, 2000 + H(n, "sz") % 90000, \
            "HIER_DIRECT/" + ip_server(n), "-"
    else:
        code, st, size, hier, mime = pick(n, "hit", ["TCP_MISS", "TCP_MISS", "TCP_MISS",
                                                      "TCP_REFRESH_MODIFIED"]), 200, \
            4000 + H(n, "sz") % 90000, "HIER_DIRECT/" + ip_server(n), "text/html"
    return "%d.%03d %6d %s %s/%03d %d %s %s %s %s %s" % (
        ts, c["ms"], el, c["ip"], code, st, size, method, url, c["user"], hier, mime)


def squid_custom_line(n, c, url):
    code, st = ("TCP_DENIED", 403) if c["blocked"] else ("TCP_MISS", 200)
    return '%d.%03d %6d %s %s %s/%03d %d GET %s %s text/html "-" "%s" %s' % (
        c["ts"], c["ms"], H(n, "el") % 900 + 3, c["ip"], c["user"], code, st,
        4000 + H(n, "sz") % 90000, url, ip_server(n), c["ua"], host_of(url))


def squid_sni_lines(n, c, dom):
    dst = ip_server(n)
    a = '%d.%03d %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - "-" "-" %s sni=%s bump=splice' % (
        c["ts"], c["ms"], 0, c["ip"], dst, dst, dom)
    b = '%d.%03d %6d %s - TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        c["ts"], (c["ms"] + 9) % 1000, H(n, "el") % 60000 + 40, c["ip"], 3000 + H(n, "sz") % 200000,
        dst, dst, dst, dom)
    return [a, b] if H(n, "sni2") % 2 else [a]


def clf_line(n, c, url, method="GET", variant=None):
    u = c["user"] if c["user"] != "-" else "-"
    st = 403 if c["blocked"] else 200
    size = 3890 + H(n, "sz") % 80 if c["blocked"] else 4000 + H(n, "sz") % 90000
    req = "%s %s HTTP/1.1" % (method, url)
    sq = ("TCP_DENIED:HIER_NONE" if c["blocked"] else
          ("TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT"))
    variant = variant or wpick(n, "clfv", [("common", 2), ("combined", 3), ("plain", 1)])
    ref = pick(n, "ref", ['"-"', '"-"', '"https://www.google.com/"', '"https://www.bing.com/"'])
    if variant == "common":
        return '%s - %s [%s] "%s" %d %d %s' % (c["ip"], u, t_clf(c["ts"]), req, st, size, sq)
    if variant == "combined":
        return '%s - %s [%s] "%s" %d %d %s "%s" %s' % (c["ip"], u, t_clf(c["ts"]), req, st, size,
                                                      ref, c["ua"], sq)
    return '%s - %s [%s] "%s" %d %d %s "%s"' % (c["ip"], u, t_clf(c["ts"]), req, st, size, ref,
                                               c["ua"])


def e2_fields(n, c, url, method, terms, cat):
    if c["blocked"]:
        if terms or urllib.parse.urlsplit(url).query:
            reason = "*DENIED-PARAMS* Weighted search term limit of 30 : %d" % (31 + H(n, "wt") % 90)
        else:
            reason = "*DENIED* Banned site: %s" % host_of(url)
        status, size, weight, category = 403, 0, 31 + H(n, "wt") % 90, E2_CAT.get(cat, "Banned")
    else:
        reason, status, size, weight, category = "-", 200, 15 + H(n, "sz") % 90000, H(n, "wt") % 20, "-"
    return reason, status, size, weight, category


def e2_line(n, c, url, method="GET", terms=None, cat=None):
    v = pick(n, "e2v", [2, 4, 6])
    reason, status, size, weight, category = e2_fields(n, c, url, method, terms, cat)
    group = pick(n, "e2g", [("1", "Boarders"), ("2", "Sixth_Form")]) \
        if not c["staff"] else ("3", "Staff")
    params = ("0=%s;" % terms) if terms else "-"
    if v in (2, 4):
        f = [t_e2(c["ts"]), c["user"], c["ip"], url, reason, method, str(size), str(weight),
             category, group[0], str(status), "-", c["ip"], group[1], c["ua"], params, "-", "-", "-"]
        if v == 2:
            return ",".join('"%s"' % x.replace('"', '""') for x in f)
        return "\t".join(f)
    f = ["%d.%03d" % (c["ts"], c["ms"]), "", c["user"], c["ip"], c["ip"], url, method,
         str(status), str(size), "-", c["ua"], "-", str(H(n, "dur") % 40), "-",
         "0" if status == 200 else str(400 + H(n, "cd") % 200), reason, str(weight), category,
         group[1], "1"]
    return "\t".join(f)


ZEEK_HTTP_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri "
                    "referrer version user_agent origin request_body_len response_body_len "
                    "status_code status_msg info_code info_msg tags username password proxied "
                    "orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames "
                    "resp_mime_types").split()
ZEEK_HTTP_TYPES = ("time string addr port addr port count string string string string string "
                   "string string count count count string count string set[enum] string string "
                   "set[string] vector[string] vector[string] vector[string] vector[string] "
                   "vector[string] vector[string]").split()
ZEEK_DNS_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query "
                   "qclass qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers "
                   "TTLs rejected").split()
ZEEK_DNS_TYPES = ("time string addr port addr port enum count interval string count string "
                  "count string count string bool bool bool bool count vector[string] "
                  "vector[interval] bool").split()


def zeek_header(n, c, path, fields, types):
    t = g(c["ts"] - c["ts"] % 3600)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path,
            "#open\t%04d-%02d-%02d-%02d-00-00" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_uid(n):
    return "C" + ("%018x" % (H(n, "uid") % (1 << 72)))[:17]


def zeek_http(n, c, url):
    host, uri = host_of(url), uri_of(url)
    st = 403 if c["blocked"] else 200
    if H(n, "ztsv") % 3 == 0:
        row = ["%d.%06d" % (c["ts"], c["ms"] * 1000), zeek_uid(n), c["ip"],
               str(49152 + H(n, "sp") % 16000), ip_server(n), "80", "1", "GET", host, uri, "-",
               "1.1", c["ua"], "-", "0", str(4000 + H(n, "sz") % 90000), str(st),
               "OK" if st == 200 else "Forbidden", "-", "-", "(empty)", "-", "-", "-", "-", "-",
               "-", "F" + zeek_uid(n)[1:], "-", "text/html"]
        return zeek_header(n, c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]
    d = {"ts": float("%d.%03d" % (c["ts"], c["ms"])), "uid": zeek_uid(n), "id.orig_h": c["ip"],
         "id.orig_p": 49152 + H(n, "sp") % 16000, "id.resp_h": ip_server(n), "id.resp_p": 80,
         "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
         "user_agent": c["ua"], "request_body_len": 0,
         "response_body_len": 4000 + H(n, "sz") % 90000, "status_code": st,
         "status_msg": "OK" if st == 200 else "Forbidden", "tags": []}
    return [json.dumps(d, ensure_ascii=False)]


def zeek_dns(n, c, dom):
    qt, qn = pick(n, "qt", [(1, "A"), (1, "A"), (28, "AAAA"), (65, "HTTPS")])
    ans = [ip_server(n)] if qn == "A" and not c["blocked"] else []
    rc, rcn = (3, "NXDOMAIN") if c["blocked"] else (0, "NOERROR")
    if H(n, "ztsv") % 3 == 0:
        row = ["%d.%06d" % (c["ts"], c["ms"] * 1000), zeek_uid(n), c["ip"],
               str(49152 + H(n, "sp") % 16000), c["dns"], "53", "udp", str(H(n, "tid") % 65535),
               "0.0%04d" % (H(n, "rtt") % 9999), dom, "1", "C_INTERNET", str(qt), qn, str(rc),
               rcn, "F", "F", "T", "T", "0", ",".join(ans) if ans else "-",
               "300.000000" if ans else "-", "F"]
        return zeek_header(n, c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]
    d = {"ts": float("%d.%03d" % (c["ts"], c["ms"])), "uid": zeek_uid(n), "id.orig_h": c["ip"],
         "id.orig_p": 49152 + H(n, "sp") % 16000, "id.resp_h": c["dns"], "id.resp_p": 53,
         "proto": "udp", "trans_id": H(n, "tid") % 65535, "query": dom, "qclass": 1,
         "qclass_name": "C_INTERNET", "qtype": qt, "qtype_name": qn, "rcode": rc,
         "rcode_name": rcn, "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
         "rejected": False}
    if ans:
        d["answers"] = ans
        d["TTLs"] = [300.0]
    return [json.dumps(d, ensure_ascii=False)]


def unbound_lines(n, c, dom):
    pid = "unbound[%d:%d]" % (7000 + H(n, "pid") % 900, H(n, "thr") % 2)
    pre = ("[%d] %s" % (c["ts"], pid)) if H(n, "ubep") % 3 == 0 else ("%s %s" % (t_sys(c["ts"]), pid))
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    port = 32768 + H(n, "sp") % 28000
    q = "%s info: %s %s. %s IN" % (pre, c["ip"], dom, qt)
    if c["blocked"]:
        zone = dom[4:] if dom.startswith("www.") else dom
        return [q, "%s info: %s. always_nxdomain %s@%d %s. %s IN" % (pre, zone, c["ip"], port, dom, qt),
                "%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre, c["ip"], dom, qt,
                                                                  40 + H(n, "rs") % 30)]
    v = H(n, "ubv") % 3
    if v == 0:
        return [q]
    r = "%s info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (pre, c["ip"], dom, qt, H(n, "rt") % 90000,
                                                      48 + H(n, "rs") % 200)
    return [r] if v == 1 else [q, r]


def dnsmasq_lines(n, c, dom, syslog_host=None):
    pid = 900 + H(n, "pid") % 9000
    head = "%s %sdnsmasq[%d]: " % (t_sys(c["ts"]), (syslog_host + " ") if syslog_host else "", pid)
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    extra = H(n, "dmx") % 3 != 0
    ser = "%d %s/%d " % (1 + H(n, "ser") % 99999, c["ip"], 1024 + H(n, "sp") % 64000) if extra else ""
    out = [head + ser + "query[%s] %s from %s" % (qt, dom, c["ip"])]
    if c["blocked"]:
        word = pick(n, "dmb", ["config", "gravity blocked"])
        out.append(head + ser + "%s %s is %s" % (word, dom, "0.0.0.0" if qt == "A" else "::"))
    elif H(n, "dmf") % 2:
        out.append(head + ser + "forwarded %s to %s" % (dom, c["dns"]))
        out.append(head + ser + "reply %s is %s" % (dom, ip_server(n) if qt == "A" else "<HTTPS>"
                                                   if qt == "HTTPS" else "NODATA-IPv6"))
    return out


def bind_lines(n, c, dom, syslog=False):
    ptr = "@0x7f%010x" % (H(n, "ptr") % (1 << 40))
    port = 1024 + H(n, "sp") % 64000
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    flag = pick(n, "bfl", ["+E(0)K", "+E(0)K", "+E(0)DK", "+E(0)CK"])
    stamp = t_bind(c["ts"], c["ms"])
    q = "%s queries: info: client %s %s#%d (%s): query: %s IN %s %s (%s)" % (
        stamp, ptr, c["ip"], port, dom, dom, qt, flag, c["dns"])
    if c["blocked"]:
        r = "%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            stamp, ptr, c["ip"], port, dom, dom, qt, dom)
        return [r] if H(n, "rpz1") % 2 else [q, r]
    return [q]


def ep_event(c, event, process, title, text=None, url=None, dt=0):
    d = {"ts": t_iso(c["ts"] + dt // 1000, (c["ms"] + dt) % 1000)}
    if c["site"]:
        d["site"] = c["site"]
    d["device"] = c["device"]
    d["user"] = c["user"]
    d["event"] = event
    d["process"] = process
    d["window_title"] = title
    if event == "text_capture":
        d["text"] = text
        if c["urlnull"]:
            d["url"] = None
    if event == "url_visit":
        d["url"] = url
    return json.dumps(d, ensure_ascii=False)


# ----------------------------------------------------------------------------- wrapping (auto)
def wrap(n, c, line, prog):
    host = pick(n, "whost", {"squid": ["proxy01", "proxy02"], "e2guardian": ["proxy01", "proxy02"],
                             "unbound": ["dns01", "dns02"], "dnsmasq": ["pihole", "gw-boarding"],
                             "named": ["dns01", "dns02"],
                             "guardline-agent": ["gl-collector", "gl-relay-01"]}[prog])
    v = wpick(n, "wrapv", [("3164", 2), ("5424", 2), ("env", 3)])
    pid = 1000 + H(n, "wpid") % 30000
    tsr = c["ts"] + 1 + H(n, "wlag") % 4
    if v == "3164":
        return "<%d>%s %s %s[%d]: %s" % (pick(n, "pri", [134, 30, 14, 158]), t_sys(tsr), host, prog,
                                         pid, line)
    if v == "5424":
        return "<%d>1 %s %s %s %d - - %s" % (pick(n, "pri", [134, 30, 14, 158]), t_iso(tsr, c["ms"]),
                                             host, prog, pid, line)
    files = {"squid": "/var/log/squid/access.log", "unbound": "/var/log/unbound/unbound.log",
             "dnsmasq": "/var/log/dnsmasq.log", "named": "/var/log/named/query.log",
             "guardline-agent": "/var/log/guardline/endpoint.jsonl",
             "e2guardian": "/var/log/e2guardian/access.log"}
    env = {"ts_received": t_iso(tsr, c["ms"])[:-1] + "%03d+00:00" % (H(n, "wus") % 1000),
           "host": host, "source": {"squid": "squid-access"}.get(prog, prog),
           "file": files[prog], "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


# ----------------------------------------------------------------------------- rendering
def context(n, item):
    o = item["o"]
    staff = o.get("who") == "staff"
    lang = o.get("L")
    ts, ms = when(n, staff)
    if staff:
        user = pick(n, "user", STAFF)
        device = pick(n, "dev", STAFF_DEVICES)
    else:
        pool = USERS.get(lang) if lang else None
        user = pick(n, "user", pool or ALL_STUDENTS)
        device = pick(n, "dev", STUDENT_DEVICES)
    blocked = bool(item["expect"]) and H(n, "blk") % 100 < 14
    return {"ts": ts, "ms": ms, "staff": staff, "lang": lang or "en", "user": user,
            "device": device, "site": pick(n, "site", SITES) if H(n, "hassite") % 4 else None,
            "ip": ip_client(n, staff), "ua": pick(n, "ua", UAS),
            "dns": pick(n, "dnss", ["10.0.0.53", "10.0.0.54", "10.20.0.2"]), "blocked": blocked,
            "urlnull": H(n, "urln") % 2 == 0}


def text_fragments(n, text):
    if isinstance(text, list):
        return text
    if len(text) < 24 or H(n, "split") % 6:
        return [text]
    k = 2 + H(n, "nfrag") % 2
    cuts = []
    for i in range(1, k):
        lo, hi = len(text) * (i - 1) // k + 8, len(text) * i // k + 4
        p = lo + H(n, "cut%d" % i) % max(1, hi - lo)
        if H(n, "cutw%d" % i) % 3:
            sp = text.rfind(" ", 0, p)
            if sp > (cuts[-1] if cuts else 0) + 1:
                p = sp + 1
        if p <= (cuts[-1] if cuts else 0) or p >= len(text):
            continue
        cuts.append(p)
    bounds = [0] + cuts + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b]]


def text_window(n, c, o):
    if o.get("doc"):
        t = o["doc"]
        proc = ("WINWORD.EXE" if t.endswith("- Word") else "ONENOTE.EXE" if "OneNote" in t
                else "chrome.exe")
        return proc, t
    if o.get("app"):
        return o["app"]
    return pick(n, "chat", CHAT.get(c["lang"], CHAT["en"]) + ([] if c["lang"] == "en" else
                                                              CHAT["en"][:2]))


def render(n, item):
    """Return (format, [lines]) for item number n."""
    kind, content, o = item["kind"], item["content"], item["o"]
    c = context(n, item)
    cat = item["expect"][0]["category"] if item["expect"] else None

    if kind == "text":
        frags = text_fragments(n, content)
        proc, title = text_window(n, c, o)
        lines, dt = [], 0
        for i, fr in enumerate(frags):
            if i:
                dt += (2 + H(n, "gap%d" % i) % 12) * 1000 + H(n, "gapms%d" % i) % 1000
            lines.append(ep_event(c, "text_capture", proc, title, text=fr, dt=dt))
        fmt = o.get("fmt") or ("auto" if len(lines) == 1 and H(n, "auto") % 11 == 0 else "endpoint")
        if fmt == "auto":
            lines = [wrap(n, c, lines[0], "guardline-agent")]
        return fmt, lines

    if kind == "title":
        proc = o.get("proc") or pick(n, "br", BROWSERS)[0]
        if o.get("proc") is None:
            t = content
            proc = ("msedge.exe" if "Edge" in t else "firefox.exe" if "Firefox" in t else
                    "chrome.exe" if "Chrome" in t else proc)
        return "endpoint", [ep_event(c, "window_title", proc, content)]

    if kind == "proc":
        line = ep_event(c, "process_start", content, o.get("title"))
        if H(n, "auto") % 9 == 0:
            return "auto", [wrap(n, c, line, "guardline-agent")]
        return "endpoint", [line]

    if kind in ("q", "url"):
        if kind == "q":
            eng = choose_engine(n, o)
            url = search_url(n, eng, content, c["ts"])
            terms = content if eng in ("google", "google_uk", "bing", "ddg", "youtube",
                                       "yahoo") else None
        else:
            eng, url, terms = None, content, None
        choices = [("squid", 6), ("clf", 5), ("e2guardian", 4), ("zeek-http", 3), ("auto", 2)]
        if eng not in SUGGEST:
            choices.append(("endpoint", 4))
        fmt = o.get("fmt") or wpick(n, "fmt", choices)
        if fmt == "squid":
            if H(n, "sqv") % 6 == 0:
                return fmt, [squid_custom_line(n, c, url)]
            return fmt, [squid_line(n, c, url)]
        if fmt == "clf":
            return fmt, [clf_line(n, c, url)]
        if fmt == "e2guardian":
            return fmt, [e2_line(n, c, url, "GET", terms, cat)]
        if fmt == "zeek-http":
            return fmt, zeek_http(n, c, url)
        if fmt == "auto":
            v = pick(n, "autobase", ["squid", "squid", "clf", "e2guardian"])
            if v == "squid":
                return fmt, [wrap(n, c, squid_line(n, c, url), "squid")]
            if v == "clf":
                return fmt, [wrap(n, c, clf_line(n, c, url, variant="combined"), "squid")]
            return fmt, [wrap(n, c, e2_line(n, c, url, "GET", terms, cat), "e2guardian")]
        # endpoint
        bproc, bsuf = pick(n, "br", BROWSERS)
        if kind == "url":
            title = (o.get("t") or urllib.parse.unquote(url.rstrip("/").rsplit("/", 1)[-1])
                     .replace("_", " ") + " - Wikipedia" if "wikipedia" in url else
                     (o.get("t") or host_of(url))) + bsuf
            return fmt, [ep_event(c, "url_visit", bproc, title, url=url)]
        v = wpick(n, "epv", [("title", 4), ("visit", 4), ("typed", 2)])
        if v == "title":
            return fmt, [ep_event(c, "window_title", bproc, page_title(eng, content) + bsuf)]
        if v == "visit":
            return fmt, [ep_event(c, "url_visit", bproc, page_title(eng, content) + bsuf, url=url)]
        nt = {"chrome.exe": "New Tab - Google Chrome", "msedge.exe": "New tab - Microsoft\u200b Edge",
              "firefox.exe": "New Tab \u2014 Mozilla Firefox"}[bproc]
        return fmt, [ep_event(c, "text_capture", bproc, nt, text=content)]

    if kind == "dom":
        dom = content
        fmt = o.get("fmt") or wpick(n, "fmt", [("unbound", 4), ("dnsmasq", 4), ("bind", 4),
                                                ("zeek-dns", 3), ("squid", 2), ("e2guardian", 1),
                                                ("clf", 1), ("endpoint", 1), ("auto", 2)])
        if fmt == "unbound":
            return fmt, unbound_lines(n, c, dom)
        if fmt == "dnsmasq":
            return fmt, dnsmasq_lines(n, c, dom)
        if fmt == "bind":
            return fmt, bind_lines(n, c, dom)
        if fmt == "zeek-dns":
            return fmt, zeek_dns(n, c, dom)
        if fmt == "squid":
            if H(n, "sni") % 2:
                return fmt, squid_sni_lines(n, c, dom)
            return fmt, [squid_line(n, c, "%s:443" % dom, "CONNECT")]
        if fmt == "e2guardian":
            return fmt, [e2_line(n, c, "https://%s:443" % dom, "CONNECT", None, cat)]
        if fmt == "clf":
            return fmt, [clf_line(n, c, "%s:443" % dom, "CONNECT")]
        if fmt == "endpoint":
            bproc, bsuf = pick(n, "br", BROWSERS)
            return fmt, [ep_event(c, "url_visit", bproc, dom + bsuf, url="https://%s/" % dom)]
        # auto: DNS or proxy line with a syslog prefix or a JSON envelope
        v = pick(n, "autobase", ["dnsmasq", "unbound", "bind", "squid"])
        if v == "dnsmasq":
            if H(n, "dmsys") % 2:
                host = pick(n, "whost", ["dns01", "pihole", "gw-boarding"])
                return fmt, dnsmasq_lines(n, c, dom, syslog_host=host)[:1]
            return fmt, [wrap(n, c, dnsmasq_lines(n, c, dom)[0], "dnsmasq")]
        if v == "unbound":
            return fmt, [wrap(n, c, unbound_lines(n, c, dom)[0], "unbound")]
        if v == "bind":
            ln = bind_lines(n, c, dom)[0]
            if H(n, "bsys") % 2:
                return fmt, [wrap(n, c, ln, "named")]
            msg = ln.split(" ", 2)[2].split(": ", 2)[2]  # drop stamp and category for syslog
            return fmt, ["<30>%s dns01 named[812]: %s" % (t_sys(c["ts"]), msg)]
        return fmt, [wrap(n, c, squid_line(n, c, "%s:443" % dom, "CONNECT"), "squid")]
    raise ValueError(kind)


def ordered_items():
    """Interleave the hand-written items deterministically (by a digest of their content)."""
    def key(it):
        return hashlib.sha256(json.dumps([it["kind"], it["content"]], ensure_ascii=False)
                              .encode("utf-8")).hexdigest()
    return sorted(ITEMS, key=key)


DOM_CYCLE = ["unbound", "dnsmasq", "bind", "zeek-dns", "squid", "e2guardian",
             "unbound", "dnsmasq", "bind", "zeek-dns", "auto", "clf", "endpoint"]


def build():
    items = ordered_items()
    # host-name items: formats spread evenly, in an order given by a per-item digest
    dom_fmt = {}
    for polarity in (True, False):  # spread positives and negatives separately
        doms = sorted((i for i, it in enumerate(items, start=1) if it["kind"] == "dom"
                       and not it["o"].get("fmt") and bool(it["expect"]) == polarity),
                      key=lambda i: H(i, "domrank"))
        dom_fmt.update({i: DOM_CYCLE[r % len(DOM_CYCLE)] for r, i in enumerate(doms)})
    out = []
    for i, item in enumerate(items, start=1):
        if i in dom_fmt:
            item = dict(item, o=dict(item["o"], fmt=dom_fmt[i]))
        fmt, lines = render(i, item)
        rec = {"id": "h46-%04d" % i, "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = item["expect"]
        if item["allow"]:
            rec["allow"] = item["allow"]
        out.append(rec)
    return out


def stats(recs):
    pos = sum(1 for r in recs if r["expect"])
    print("items: %d  positive: %d  negative: %d" % (len(recs), pos, len(recs) - pos))
    fc = Counter(r["format"] for r in recs)
    print("per format:")
    for f in FORMATS:
        fp = sum(1 for r in recs if r["format"] == f and r["expect"])
        print("  %-11s %4d  (pos %d, neg %d)" % (f, fc[f], fp, fc[f] - fp))
    cc = Counter(e["category"] for r in recs for e in r["expect"])
    print("per expected category:")
    for cat in CATEGORIES:
        lv = Counter(e["min_level"] for r in recs for e in r["expect"] if e["category"] == cat)
        print("  %-15s %4d  levels %s" % (cat, cc[cat], dict(sorted(lv.items()))))
    print("multi-line items: %d" % sum(1 for r in recs if "lines" in r))
    print("with allow: %d" % sum(1 for r in recs if "allow" in r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "heldout46.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    recs = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        stats(recs)


if __name__ == "__main__":
    main()
