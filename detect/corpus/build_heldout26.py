#!/usr/bin/env python3
"""Build heldout26.jsonl: an independent, hand-written evaluation corpus for Guardline.

PERSPECTIVE
-----------
A national work-based training provider and adult education service in England.
Apprentices aged 16-24 and adult learners aged 19-60 in health and social care,
childcare (early years), construction, hairdressing and barbering, hospitality,
logistics, IT, and ESOL classes, plus the staff who teach and support them.
Many learners write English as a second language (Polish, Romanian, Arabic, Urdu,
Somali, Portuguese, Ukrainian speakers), so texts carry non-native grammar and
spelling, and some are written wholly or partly in the learner's own language.
The risks are those adults and older apprentices actually type and search:
suicidal thoughts after debt, job loss or a breakup; domestic abuse and coercive
control; modern slavery and labour exploitation; gambling and loan sharks; drug
use and dealing; far-right and Islamist material; hate and harassment at work;
intimate-image abuse; adult content on work devices; filter bypass; hacking.
Roughly half the items are hard negatives: the same words used innocently in
care and childcare coursework, construction, hairdressing, hospitality, logistics
and IT lab work, ESOL exercises, news, debt advice, job hunting, sport, music,
games, health information, staff safeguarding research, jokes and hyperbole.

Every text in ITEMS was written by hand for this file.  Obfuscated positives are a
minority: leetspeak and stretched letters are typed directly; look-alike Cyrillic
letters, zero-width joiners, full-width letters, spaced and dotted letters are
applied by the markup  [[c:..]] [[z:..]] [[f:..]] [[s:..]] [[d:..]]  (written with
the double-bracket characters U+27E6/U+27E7 in ITEMS) so the source stays readable.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is the lowest
level that would be an acceptable response)
-----------------------------------------------------------------------------
suicide        5  a method, means, time, place or goodbye: "how many paracetamol to
                  die", "the pills are in my locker", notes/letters written, a date
                  picked, searches for lethal doses or for hanging/jumping.
               4  ideation without a stated plan: "i want to die", "better off
                  without me", "sleep and never wake up", the same in Polish,
                  Portuguese, Romanian, Ukrainian, Urdu (romanised), Somali; a
                  pro-suicide forum domain; "does life insurance pay out for suicide".
self_harm      4  disclosure, intent, how-to or concealment of self-injury,
                  including algospeak ("cat scratches", "styro", "sh") and
                  deliberate starving/burning as self-punishment.
radicalisation 5  joining a proscribed group, travelling to fight, lone-actor
                  attack intent or target selection.
               4  seeking or sharing propaganda (manifestos, IS magazines and
                  nasheeds, attack footage, Siege/Terrorgram, extremist forums,
                  slogans used in earnest, "baqiya").
               3  interest in extremist conspiracy narratives (great replacement,
                  white genocide).  discrimination is allowed where the ideology is
                  racial; violence is allowed where attack footage or war talk.
grooming       5  an adult arranging a secret meeting with a young person.
               4  grooming signs (secrecy, asking age, gifts for photos, isolating
                  from parents, searching for how to contact children), criminal
                  exploitation recruitment (county lines "parcels"), and - because
                  the fixed categories have no "exploitation" id - disclosures of
                  modern slavery / labour exploitation (passports held by an agency
                  or boss, debt bondage for travel and housing, unpaid work, not
                  allowed to leave).  These allow illegal_content (trafficking is a
                  crime) and, where threats are made, violence.
bullying       3  abusive, humiliating or excluding messages, workplace harassment
                  including sexual harassment, fake profiles, "kys" aimed at
                  someone (allow suicide).
discrimination 3  slurs and hate aimed at protected groups (nationality, race,
                  religion, gender identity, sexuality, sex) at work or in chat.
               2  prejudiced searches ("jokes about gypsies") and a learner's
                  disclosure of being discriminated against by a manager.
adult_content  3  pornography searches, sites and titles; intimate-image abuse
                  (threats to share or requests to share an ex's nudes), which
                  also allow bullying and illegal_content.
drugs          3  buying, selling, dealing, supply, darknet markets.
               2  use, effects, drug-test evasion.
gambling       2  betting/casino sites, searches and talk of losses, chasing,
                  borrowing to bet.  3 for evading GamStop self-exclusion.
violence       5  explicit threats to kill/stab/burn, attack planning, bomb-making,
                  how-to for seriously injuring someone.
               4  weapons buying, threats of serious harm, disclosures of physical
                  domestic abuse, forced marriage under threat, loan-shark threats.
               3  coercive control, stalking, fight-video seeking.
filter_bypass  2  VPNs, proxies, Tor, Psiphon, "unblocked" sites, disabling the
                  filter.
hacking        3  attacking a person's accounts, devices or an organisation's
                  systems (account takeover, keyloggers, DDoS/booters, changing
                  marks, phishing kits).  2 for tools alone (mimikatz, hydra).
illegal_content 4 sexual images of children sought.
               3  forged documents (CSCS cards, right-to-work share codes,
                  passports, licences), counterfeit notes, fullz, money-mule offers.
               2  removing iCloud lock from a stolen phone.
piracy, gaming, social_media  1.
Negatives carry expect [] and never contain a level 2+ concern; level-1 noise
(games, social media, piracy) may appear in them because the scorer ignores it.
Help-seeking from support services (Samaritans volunteering, GamCare, StepChange)
and staff/coursework study of a risk is labelled negative.  "allow" is used only
where a second category is genuinely arguable.

DETERMINISM
-----------
No random module.  Item order, format, engine, URL encoding, user, device, site,
time stamp, IP, wrapping, and fragment split are all taken from SHA-256 of the item
number and a purpose tag (H(n, tag)).  Running twice gives byte-identical output.

Usage:  python3 build_heldout26.py [--out PATH] [--stats]
"""

import argparse
import hashlib
import json
import os
import re
import sys
from datetime import datetime, timezone, timedelta
from urllib.parse import quote, quote_plus


# --------------------------------------------------------------------------
# deterministic choice helpers
# --------------------------------------------------------------------------

def H(n, tag):
    d = hashlib.sha256(("h26|%s|%s" % (n, tag)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


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


def hexid(n, tag, k):
    return hashlib.sha256(("id|%s|%s" % (n, tag)).encode()).hexdigest()[:k]


# --------------------------------------------------------------------------
# people, places, devices
# --------------------------------------------------------------------------

USERS = [
    "a.kowalska", "m.popescu", "h.ahmed", "f.hussain", "s.mohamud", "j.silva",
    "o.shevchenko", "l.brown", "k.okoro", "d.walsh", "r.begum", "p.nowak",
    "t.jones", "e.costa", "i.bondarenko", "z.khan", "c.murphy", "apprentice.0412",
    "learner-20931", "TRAINCO\\n.ionescu", "s.ali@learn.trainco.org.uk",
    "staff.jwright", "g.price", "b.wisniewski", "y.warsame", "n.santos",
    "learner-31177", "m.rahman", "TRAINCO\\v.kravets", "a.dumitru",
]

DEVICES = [
    "CARE-LT-014", "CONS-PC-03", "HAIR-TAB-02", "ESOL-PC-11", "LOGI-WS-07",
    "IT-LAB-22", "HOSP-KIOSK-1", "STAFF-LT-093", "EY-TAB-05", "LRC-PC-17",
    "HULL-PC-08", "LOAN-CB-231", "CARE-LT-027", "ESOL-PC-04", "IT-LAB-09",
    "CONS-LT-41", "LUT-PC-12", "BRS-CB-066",
]

SITES = [("leeds", 21), ("hull", 22), ("bristol", 23), ("wolverhampton", 24),
         ("peterborough", 25), ("luton", 26), ("stoke", 27), ("northampton", 28)]

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE = datetime(2026, 10, 5, tzinfo=timezone.utc)
HOURS = [7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17,
         18, 19, 20, 21, 22, 23, 0, 1]


def when(n):
    day = H(n, "day") % 52
    sec = (HOURS[H(n, "hour") % len(HOURS)] * 3600 + (H(n, "min") % 60) * 60
           + H(n, "sec") % 60)
    ms = H(n, "ms") % 1000
    return BASE.timestamp() + day * 86400 + sec + ms / 1000.0


def dt(t):
    return datetime.fromtimestamp(t, tz=timezone.utc)


def f_clf(t):
    d = dt(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (d.day, MONTHS[d.month - 1], d.year,
                                                   d.hour, d.minute, d.second)


def f_sys(t):
    d = dt(t)
    return "%s %2d %02d:%02d:%02d" % (MONTHS[d.month - 1], d.day, d.hour, d.minute, d.second)


def f_e2g(t):
    d = dt(t)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute, d.second)


def f_bind(t):
    d = dt(t)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.hour,
                                                d.minute, d.second, int(round((t % 1) * 1000)) % 1000)


def f_iso(t, frac=3):
    d = dt(t)
    base = "%04d-%02d-%02dT%02d:%02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute, d.second)
    if frac == 3:
        return base + ".%03dZ" % (int(round((t % 1) * 1000)) % 1000)
    return base + ".%06d+00:00" % (int(round((t % 1) * 1000000)) % 1000000)


def site_of(n):
    return pick(n, "site", SITES)


def client_ip(n):
    _, oct2 = site_of(n)
    return "10.%d.%d.%d" % (oct2, 1 + H(n, "ipc") % 60, 2 + H(n, "ipd") % 250)


def upstream_ip(n, tag="up"):
    a = pick(n, tag + "a", [142, 172, 151, 104, 23, 52, 13, 185, 31, 157])
    return "%d.%d.%d.%d" % (a, H(n, tag + "b") % 256, H(n, tag + "c") % 256, 1 + H(n, tag + "d") % 254)


# --------------------------------------------------------------------------
# disguise markup
# --------------------------------------------------------------------------

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
       "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421",
       "H": "\u041d", "K": "\u041a", "M": "\u041c", "T": "\u0422", "B": "\u0412"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
MARK = re.compile("\u27e6([czfsd]):(.*?)\u27e7")


def disguise(n, text):
    def rep(m):
        kind, s = m.group(1), m.group(2)
        if kind == "c":
            out, done = [], False
            for i, ch in enumerate(s):
                if ch in CYR and (H(n, "cyr%d" % i) % 3 != 0 or not done):
                    out.append(CYR[ch])
                    done = True
                else:
                    out.append(ch)
            return "".join(out)
        if kind == "z":
            z = pick(n, "zw", ZW)
            return z.join(s)
        if kind == "f":
            return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)
        if kind == "s":
            return "  ".join(" ".join(w) for w in s.split(" "))
        if kind == "d":
            return " ".join(".".join(w) for w in s.split(" "))
        return s
    return MARK.sub(rep, text)


# --------------------------------------------------------------------------
# the hand-written items
#   kind: q = search query, t = typed text (list = typed fragments), w = window
#   title, d = domain, u = (url, title), p = (process, window title)
#   exp: "cat:level,cat:level"   allow: "cat,cat"
# --------------------------------------------------------------------------

ITEMS = []


def add(kind, payload, exp="", allow="", **opt):
    ITEMS.append({"kind": kind, "payload": payload, "exp": exp, "allow": allow, "opt": opt})


def q(text, exp="", allow="", **o):
    add("q", text, exp, allow, **o)


def t(text, exp="", allow="", **o):
    add("t", text, exp, allow, **o)


def w(title, exp="", allow="", **o):
    add("w", title, exp, allow, **o)


def d(host, exp="", allow="", **o):
    add("d", host, exp, allow, **o)


def u(url, title, exp="", allow="", **o):
    add("u", (url, title), exp, allow, **o)


def p(proc, title, exp="", allow="", **o):
    add("p", (proc, title), exp, allow, **o)


# ============================ POSITIVES ===================================

# ---- suicide ----
q("how many paracetamol to die", "suicide:5")
q("how long does it take to die from hanging", "suicide:5")
q("how much sertraline is a lethal dose", "suicide:5")
q("i want to kill myself after losing my job", "suicide:4")
q("does life insurance pay out for suicide uk", "suicide:4")
q("\u27e6c:suicide\u27e7 note template for family", "suicide:5")
q("k1ll mys3lf painless", "suicide:5")
q("\u27e6s:suicide\u27e7 forum", "suicide:4")
q("how to unalive yourself", "suicide:5")
q("what happens if you take a whole box of co-codamol", "suicide:4", "self_harm")
q("pills to overdose on you can buy at boots", "suicide:5", "self_harm")
q("why does everyone hate me i should just end it", "suicide:4")
d("sanctioned-suicide.net", "suicide:4")
t("i cant do this no more. lost the job, lost the flat, she took the kids. everyone better off without me", "suicide:4")
t("tonight i end it. the pills are in my locker, i counted them", "suicide:5")
t("nobody would even notice if i was gone tbh", "suicide:4")
t("I have write letters for my mum and my sister. I am finish with this life", "suicide:5")
t("since the breakup i just want to go sleep and never wake up", "suicide:4")
t("sorry for everything. by tomorrow i won't be anyone's problem", "suicide:5")
t("chc\u0119 umrze\u0107, nie mam ju\u017c si\u0142y na to wszystko", "suicide:4")
t("quero morrer, n\u00e3o aguento mais essa d\u00edvida", "suicide:4")
t("vreau sa mor, nu mai pot", "suicide:4")
t("dil karta hai sab khatam kar doon, khud ko bhi. koi faida nahi", "suicide:4")
t("\u0445\u043e\u0447\u0443 \u043f\u043e\u043c\u0435\u0440\u0442\u0438. \u043d\u0456\u043a\u043e\u043c\u0443 \u044f \u0442\u0443\u0442 \u043d\u0435 \u043f\u043e\u0442\u0440\u0456\u0431\u043d\u0430", "suicide:4")
t("waxaan rabaa inaan dhinto. im so tired of everything here", "suicide:4")
t("thinking about how to unalive myself every night since i got sacked", "suicide:4")
t("i just wanna diiiie, everything went wrong since he left", "suicide:4")
t(["i've been saving up my tablets", " for when i finally do it"], "suicide:5")
t(["the train at 6:40 comes fast through the station. i", "'m going to step in front of it tomorrow"], "suicide:5")
t(["i am very tired of life, i think to finish my life,", " nobody help me in this country"], "suicide:4")
w("how to tie a noose to hang from a door - Google Search - Google Chrome", "suicide:5")
t("lost the rent money on bet365 again. wife will leave when she finds out. i want to die", "suicide:4,gambling:2")
t("owe 6k to a loan shark and cant pay, thinking of ending it all", "suicide:4")
t("i will \u27e6z:kill\u27e7 myself tonight after my shift", "suicide:5")
u("https://www.reddit.com/r/SuicideWatch/comments/1h2k9qz/i_have_a_date_picked_and_i_feel_calm/",
  "I have a date picked and I feel calm : r/SuicideWatch - Google Chrome", "suicide:5")

# ---- self_harm ----
q("how to hide cuts on arms at work", "self_harm:4")
q("how deep can i cut without needing stitches", "self_harm:4")
q("burning myself with a lighter to feel something", "self_harm:4")
q("relapsed self harm after 2 years clean", "self_harm:4")
q("how to stop bleeding from a cut i did myself without going a&e", "self_harm:4")
q("sh tips so it doesnt scar", "self_harm:4")
q("\u27e6c:self harm\u27e7 without scars", "self_harm:4")
q("s3lf h4rm razor blades", "self_harm:4")
q("ways to hurt yourself that dont leave marks", "self_harm:4")
t("i cut again last night, its the only thing that works", "self_harm:4")
t("scratching my arms till they bleed is the only way i calm down", "self_harm:4")
t("dont tell anyone but i been hitting my head on the wall when he shouts", "self_harm:4", "violence")
t("cat scratches again \U0001f431 on my thighs this time lol dont ask", "self_harm:4")
t("got to styro last night, prob should get it looked at", "self_harm:4")
t("znowu si\u0119 poci\u0119\u0142am, nie mog\u0119 przesta\u0107", "self_harm:4")
t("wearing long sleeves in this heat bc of the marks on my wrists", "self_harm:4")
t(["i punish myself when i mess up at work, ", "burn my hand on the oven on purpose"], "self_harm:4")
t("3 days no food again, i dont deserve to eat after what i did", "self_harm:4")
t("i keep the blade from the salon razor in my purse for when it gets bad", "self_harm:4")
t("\u27e6z:cutting\u27e7 myself again, sorry for being like this", "self_harm:4")
w("how to clean a deep cut you made yourself - Google Search - Google Chrome", "self_harm:4")

# ---- radicalisation ----
q("great replacement is it actually happening in uk", "radicalisation:3", "discrimination")
q("remigration now patriotic alternative join", "radicalisation:4", "discrimination")
q("how to join national action", "radicalisation:5")
q("christchurch mosque shooting full video", "radicalisation:4", "violence")
q("brenton tarrant manifesto pdf download", "radicalisation:4")
q("dabiq magazine pdf english", "radicalisation:4")
q("anwar al awlaki lectures full", "radicalisation:4")
q("how to make hijrah to the islamic state", "radicalisation:5")
q("terrorgram collection telegram", "radicalisation:4")
q("how to get to syria to fight", "radicalisation:5", "violence")
q("wh1te g3nocide proof", "radicalisation:3", "discrimination")
q("\u27e6c:islamic state\u27e7 nasheed download", "radicalisation:4")
t("we must secure the existence of our people. 14 words brother, 88", "radicalisation:4", "discrimination")
t("the kuffar deserve what is coming, allah will give victory to the mujahideen", "radicalisation:4", "violence")
t("brother come to the private telegram, they share the real nasheeds and videos from the front", "radicalisation:4")
t("day of the rope is coming for the traitors, race war now", "radicalisation:4", "violence,discrimination")
t("lone wolf is the only way, nobody can stop one man with a van", "radicalisation:5", "violence")
t("been watching the sheikh videos. democracy is shirk, voting is haram, the brothers say we must fight", "radicalisation:4")
t("\u0627\u0644\u062f\u0648\u0644\u0629 \u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a\u0629 \u0628\u0627\u0642\u064a\u0629 \u0648\u062a\u062a\u0645\u062f\u062f", "radicalisation:4")
q("targets in birmingham for a lone wolf attack", "radicalisation:5", "violence")
d("stormfront.org", "radicalisation:4", "discrimination")
w("Join Patriotic Alternative - Google Chrome", "radicalisation:4", "discrimination")

# ---- grooming / exploitation ----
t("ur so mature for 16 honestly, dont tell your mum we talk ok", "grooming:4")
t("delete our chats after u read them yeah? its just our thing", "grooming:4")
t("i'll pick you up from the training centre friday, tell them you're going to your mate's", "grooming:5")
t("send me a pic in ur uniform \U0001f609 no one will see it only me", "grooming:4", "adult_content")
t("wanna earn easy money? just drop a few parcels for me after college, i'll sort u a new phone", "grooming:4", "drugs")
t("how old r u? u look older in ur pics. add me on snap", "grooming:4")
t("my coach said i can stay at his flat after the tournament but not to tell my parents", "grooming:4")
q("how to talk to a 14 year old girl online without her parents knowing", "grooming:4")
t(["you're my special girl, i bought you the trainers you wanted", ", just come to mine saturday and don't bring anyone"], "grooming:5")
t("ur parents dont get u like i do. i can look after u. our secret ok?", "grooming:4")
t("if you send one more pic i'll pay your phone bill this month", "grooming:4", "adult_content")
t("i'm 22 btw, does that bother you? ur 15 right", "grooming:4")
t("meet me behind the leisure centre at 8, come alone and dont tell anyone \u2764\ufe0f", "grooming:5")
q("how to find young girls on snapchat near me", "grooming:4")
t("the agency took my passport and say i owe them 2000 pound for flight and house", "grooming:4", "illegal_content")
t("we are 9 people in one room, boss take all money from car wash, we cannot leave", "grooming:4", "illegal_content")
t("patronul ne-a luat pa\u0219apoartele \u0219i nu ne pl\u0103te\u0219te de dou\u0103 luni", "grooming:4", "illegal_content")
t("szef zabra\u0142 nam paszporty, pracujemy po 14 godzin bez wyp\u0142aty", "grooming:4", "illegal_content")
t("man on whatsapp offer job in uk, free visa and house, i pay him back from my wages after. he keep my documents", "grooming:4", "illegal_content")
t("he said if i go to police they deport me and his cousins will hurt my family back home", "grooming:4", "violence,illegal_content")

# ---- bullying ----
t("nobody on site wants you here, just quit you useless cow", "bullying:3")
t("everyone in the group chat is laughing at ur video lol keep crying", "bullying:3")
t("if you come in tomorrow we'll make your life hell again", "bullying:3", "violence")
t("kys nobody would miss u", "bullying:3", "suicide")
t("ur so fat and ugly no wonder ur fella left u", "bullying:3")
t("they hid my tools again and put my pic on snap calling me a tramp, every day the same", "bullying:3")
t("everyone ignore her, and take her off the rota chat", "bullying:3")
t("y0u're a l0ser and ev3ryone kn0ws it", "bullying:3")
t("supervisor keeps calling me babe and touching my back when i'm on the till, i asked him to stop", "bullying:3", "discrimination")
t("i know which bus you get home, see you there", "bullying:3", "violence")
t(["look at this pic of her from the xmas do \U0001f602 ", "send it round everyone, she's such a minger"], "bullying:3")
t("stop messaging me at 2am, i said no, leave me alone or i go to HR", "bullying:3")
t("thick ESOL lot can't even read the fire notice lol", "bullying:3", "discrimination")
t("ur a waste of space, even the agency dont want u", "bullying:3")
t("made a fake insta of him with the edited pics, 200 followers already \U0001f923", "bullying:3")
t("u stink, nobody wants to sit with u in the canteen", "bullying:3")

# ---- discrimination ----
t("polish scum should go back home and stop taking our jobs", "discrimination:3")
t("we dont hire pakis on this crew", "discrimination:3")
t("ukrainians get everything for free, send them all back", "discrimination:3")
t("no blacks on my site, told the agency", "discrimination:3")
t("she's a tranny freak, dont let her use the ladies", "discrimination:3", "bullying")
t("gypsies are all thieves, lock your vans", "discrimination:3")
t("muslims are all terrorists, every one of them", "discrimination:3", "radicalisation")
t("manager calls me 'the somali' and says i cant pray on my break", "discrimination:2")
t("romanians are beggars and thieves, all of them", "discrimination:3")
t("n1gg3rs everywhere in this town now", "discrimination:3")
q("jokes about gypsies", "discrimination:2")
t("the new girl wears a headscarf, tell her we've no vacancies", "discrimination:3")
t("why do we have to train p4kis and foreigners, they dont even speak english", "discrimination:3")
t("gays shouldn't work with kids in nurseries, it's not right", "discrimination:3")
t("go back to your country you dirty immigrant", "discrimination:3", "bullying")
t("corner shop run by a \u27e6c:paki\u27e7 as usual", "discrimination:3")
t("women shouldn't be on building sites, go back to the kitchen love", "discrimination:3", "bullying")
t("hitler had the right idea about them", "discrimination:3", "radicalisation")
t("the jews run the banks and the media, wake up people", "discrimination:3", "radicalisation")
q("why are immigrants ruining britain", "discrimination:2", "radicalisation")

# ---- adult_content ----
q("free porn", "adult_content:3")
q("onlyfans leaks free", "adult_content:3")
q("sex cam chat free no sign up", "adult_content:3")
q("hentai", "adult_content:3")
q("p0rnhub", "adult_content:3")
q("celeb nudes leaked", "adult_content:3")
q("nsfw tiktok compilation", "adult_content:3")
q("\u27e6f:xxx\u27e7 videos", "adult_content:3")
q("how to post ex nudes anonymously", "adult_content:3", "illegal_content,bullying")
d("pornhub.com", "adult_content:3")
d("www.xvideos.com", "adult_content:3")
d("xhamster.com", "adult_content:3")
d("onlyfans.com", "adult_content:3")
d("www.xnxx.com", "adult_content:3")
d("www.redtube.com", "adult_content:3")
u("https://www.reddit.com/r/gonewild/", "r/gonewild - Google Chrome", "adult_content:3")
w("xHamster - Free Porn Videos & XXX Movies - Google Chrome", "adult_content:3")
t("send me her nudes so i can post them in the lads chat", "adult_content:3", "bullying,illegal_content")
t("if you leave me i'll send your videos to your dad and everyone at work", "adult_content:3", "bullying,illegal_content")

# ---- drugs ----
q("where to buy ket in leeds", "drugs:3")
q("how long does coke stay in your system for work drug test", "drugs:2")
q("buy xanax online no prescription uk", "drugs:3")
q("pregabalin without prescription next day delivery", "drugs:3")
q("mandy dose first time how much", "drugs:2")
q("how to pass a hair follicle test for cocaine", "drugs:2")
q("thc vape uk delivery", "drugs:3")
q("dread forum darknet market links", "drugs:3", "illegal_content")
q("c0caine price uk per gram", "drugs:3")
t("anyone got a plug for bud round here? need a 20 for tonight", "drugs:3")
t("got 10 bags of white for the weekend, who wants, dm me", "drugs:3")
t("i owe my dealer 400 and he's coming round my house", "drugs:3", "violence")
t("\u2744\ufe0f\U0001f343\U0001f48a menu for this week, delivery till 2am", "drugs:3")
t("gdzie kupi\u0107 mefedron w peterborough", "drugs:3")
t("w33d and k3t at mine after shift?", "drugs:2")
t("been on the pipe again since i lost the job, spending everything on rocks", "drugs:2")
t("can u sort me a gram for saturday, same price as last time?", "drugs:3")
t("mate works on the door, he can get us pills for the rave", "drugs:3")
t(["need to get rid of this last ounce before", " the weekend, 180 for the lot"], "drugs:3")
w("Buy Xanax 2mg Online Without Prescription | Fast UK Delivery - Google Chrome", "drugs:3")

# ---- gambling ----
d("www.bet365.com", "gambling:2")
d("www.skybet.com", "gambling:2")
d("www.paddypower.com", "gambling:2")
d("stake.com", "gambling:2")
d("betway.com", "gambling:2")
d("www.betvictor.com", "gambling:2")
q("casino sites not on gamstop", "gambling:3")
q("how to get round gamstop", "gambling:3", "filter_bypass")
q("free spins no deposit uk", "gambling:2")
q("acca tips saturday", "gambling:2")
q("stake casino uk vpn", "gambling:2,filter_bypass:2")
q("sl0ts free bonus", "gambling:2")
t("chasing my losses tonight, one big win and i'm back to zero", "gambling:2")
t("borrowed 500 off a guy at work to cover my bets, he wants 800 back friday", "gambling:2")
t("lost 3 grand on roulette last night, wages gone", "gambling:2")
t("przegra\u0142em ca\u0142\u0105 wyp\u0142at\u0119 w kasynie online", "gambling:2")
w("Sky Bet | Football Betting Odds | Bet on Football Online - Google Chrome", "gambling:2")
u("https://stake.com/casino/games/plinko", "Plinko - Play Online at Stake Casino - Google Chrome", "gambling:2")

# ---- violence ----
t("i'm going to smash his face in when he finishes his shift", "violence:4")
t("bring the machete tomorrow, we'll sort them out in the car park", "violence:5")
q("where to buy a zombie knife uk", "violence:4")
t("if she reports me i'll burn her house down with her in it", "violence:5")
t("he strangled me last night and took my phone so i couldnt call anyone", "violence:4")
t("my husband says he will kill me if i leave, he has my passport and all the money", "violence:4")
t("he checks my phone every night, im not allowed to see friends or have my own bank card", "violence:3")
t("loan shark said he'll break my legs if i dont pay by friday", "violence:4")
q("best place to stab someone so they dont die", "violence:5")
q("how to get acid to throw on someone", "violence:5")
q("college fight compilation uk knocked out", "violence:3")
t("ill put him in the ground if he touches my sister again", "violence:4")
t("\U0001f52a\U0001f52a ur done tomorrow after college", "violence:5")
q("pipe bomb how to make with fireworks", "violence:5", "radicalisation")
t("my brothers say they will take me to pakistan to marry my cousin, they will kill me if i refuse", "violence:4")
q("how to get a knife past festival security", "violence:4")
t(["going to jump him after work, ", "bring the lads and the bats"], "violence:4")
q("buy a gun uk dark web", "violence:4", "illegal_content")
t("he hit me again in front of the baby. i'm scared to go home", "violence:4")
t("i'll \u27e6z:stab\u27e7 you if you grass", "violence:5")
t("m\u00f3j m\u0105\u017c mnie bije, boj\u0119 si\u0119 wr\u00f3ci\u0107 do domu", "violence:4")
t("ex keeps turning up at my work and says i'll regret it if i dont take him back", "violence:3", "bullying")
q("how to hurt someone without leaving marks", "violence:4")

# ---- filter_bypass ----
q("how to get past fortiguard on work laptop", "filter_bypass:2")
q("vpn that works on college wifi", "filter_bypass:2")
q("psiphon download windows", "filter_bypass:2")
q("unblocked games 66", "filter_bypass:2")
q("tor browser portable usb no admin", "filter_bypass:2")
q("how to turn off smoothwall", "filter_bypass:2")
q("\u27e6d:vpn\u27e7 free no download", "filter_bypass:2")
d("nordvpn.com", "filter_bypass:2")
d("protonvpn.com", "filter_bypass:2")
d("psiphon.ca", "filter_bypass:2")
d("www.torproject.org", "filter_bypass:2")
d("www.croxyproxy.com", "filter_bypass:2")
p("tor.exe", "Tor Browser", "filter_bypass:2")
p("psiphon3.exe", "Psiphon 3", "filter_bypass:2")
t("just use a vpn mate, the filter cant see nothing then, i use hotspot shield", "filter_bypass:2")
w("CroxyProxy | The free and secure web proxy - Google Chrome", "filter_bypass:2")

# ---- hacking ----
q("how to hack my ex's instagram", "hacking:3")
q("wifi password cracker for neighbours wifi", "hacking:3")
q("download hydra brute force windows", "hacking:2")
q("keylogger you can put on someone else's laptop", "hacking:3")
t("anyone know how to get into the manager's email? i know his username", "hacking:3")
q("ddos someone on xbox ip booter", "hacking:3")
q("how to see someone's whatsapp messages without their phone", "hacking:3", "violence")
q("rat remote access trojan free download", "hacking:3")
t("found a sql injection on the college portal, gonna change my marks tonight", "hacking:3")
p("mimikatz.exe", "mimikatz 2.2.0 x64 (oe.eo)", "hacking:2")
q("h4ck snapchat account online free", "hacking:3")
q("how to crack the windows admin password on a work laptop", "hacking:3", "filter_bypass")
t("i have the login for her facebook, gonna read all her messages lol", "hacking:3", "bullying")
q("phishing page template for bank login", "hacking:3", "illegal_content")

# ---- piracy ----
q("watch gladiator 2 free online 123movies", "piracy:1")
d("1337x.to", "piracy:1")
d("thepiratebay.org", "piracy:1")
q("photoshop 2025 crack", "piracy:1")
q("firestick jailbreak sky sports free", "piracy:1")
q("office 2021 activator kms", "piracy:1")
p("qbittorrent.exe", "qBittorrent v4.6.7", "piracy:1")
q("yts movies download", "piracy:1")

# ---- gaming ----
d("www.twitch.tv", "gaming:1")
d("www.roblox.com", "gaming:1")
d("store.steampowered.com", "gaming:1")
p("RobloxPlayerBeta.exe", "Roblox", "gaming:1")
q("fortnite item shop today", "gaming:1")
p("steam.exe", "Steam", "gaming:1")

# ---- social_media ----
d("www.instagram.com", "social_media:1")
d("www.tiktok.com", "social_media:1")
d("www.facebook.com", "social_media:1")
w("(12) Instagram \u2022 Direct - Google Chrome", "social_media:1")
q("facebook login", "social_media:1")
u("https://x.com/home", "Home / X - Google Chrome", "social_media:1")

# ---- illegal_content ----
q("fake cscs card buy", "illegal_content:3")
q("buy fake uk driving licence", "illegal_content:3")
t("bro where u get the fake right to work share code, agency needs it monday", "illegal_content:3")
q("underage nudes telegram group", "illegal_content:4", "adult_content")
q("jailbait pics", "illegal_content:4", "adult_content")
q("fullz shop uk", "illegal_content:3", "hacking")
q("counterfeit \u00a320 notes for sale", "illegal_content:3")
t("earn 500 quick, just let us use your bank account for a few days, no risk", "illegal_content:3", "grooming")
q("icloud bypass stolen iphone", "illegal_content:2", "hacking")
q("fake passport for work uk whatsapp", "illegal_content:3")
t("anyone selling fake cscs cards? mine expired and the test is 3 weeks away", "illegal_content:3")


# ============================ NEGATIVES ===================================

# ---- care coursework ----
q("signs of self harm in service users level 3 diploma")
q("self harm awareness training for care workers")
q("what to do if a resident takes an overdose of their medication care home")
q("paracetamol overdose first aid for care workers")
q("end of life care recognising the dying phase")
q("how to support a service user with suicidal thoughts care certificate standard 9")
q("safeguarding adults types of abuse physical sexual financial neglect")
q("how to report suspected domestic abuse of a service user")
q("coercive control signs training for care staff")
q("dementia patient hitting staff how to manage")
q("zero suicide alliance training free")
t("Unit 12: Describe the signs that an individual may be self-harming and explain how you would respond.", ctx="doc")
t("If an individual tells me they are having suicidal thoughts I would listen, not promise to keep it secret and report to my manager straight away.", ctx="doc")
t("Case study: Mrs B is 84 and in the last days of life. Explain how you would support her family.", ctx="doc")
t("Financial abuse is when someone steals or controls an adult's money, for example a carer taking cash from a purse.", ctx="doc")
t("can someone send me the moving and handling training link? mine says expired")
t(["Reflective account: the resident became agitated and tried to hit me", " so I gave him space and reported it on the incident form."], ctx="doc")
w("Safeguarding Adults Level 2 - Module 4: Domestic Abuse and Coercive Control - Moodle - Google Chrome")
u("https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/self-harm/",
  "Self-harm - NHS - Google Chrome")

# ---- childcare ----
q("signs of grooming early years level 3")
q("prevent duty training early years free")
q("what to do if a child discloses abuse at nursery")
q("nspcc pants rule activity for preschool")
q("fgm signs early years safeguarding")
q("how to change a nappy on a baby boy without getting weed on")
q("eyfs intimate care policy template")
t("Grooming is when someone builds a relationship with a child to gain their trust for the purpose of abuse. Signs include secrecy, gifts and new older friends.", ctx="doc")
t("Explain the role of the designated safeguarding lead in an early years setting.", ctx="doc")
t("babies room needs more nappies and the wipes are running out, can you order?")
t("the kids loved messy play, one of them painted his whole face blue \U0001f602")
w("Keeping children safe in education 2026 - GOV.UK - Google Chrome")

# ---- construction ----
q("demolition hammer hire leeds")
q("how to cut rebar with an angle grinder")
q("nail gun safety toolbox talk")
q("cscs card test questions 2026")
q("how to knock through a load bearing wall")
q("kill switch on mini digger not working")
q("how to strip copper wire fast")
q("how to hack off old plaster from brick wall")
q("shot blasting steel beams cost")
q("joint compound vs filler for plasterboard")
q("explosive demolition of tower block glasgow video")
t("gaffer wants the skip filled by 3 then we can knock off early")
t("bring the stihl saw tomorrow we're cutting the kerbs")
t("that scaff was shot to bits, had to redo the whole lift")
t("mate the mixer's dead again, someone's killed the generator")

# ---- hairdressing ----
q("straight razor fade tutorial")
q("cut throat razor sterilising barbicide")
q("how to bleach hair without damage")
q("hair smells burnt after bleach")
q("scissor over comb technique nvq level 2")
q("how to shave a head with a razor without cuts")
q("chemical burn from hair relaxer first aid")
t("my client wants a bob with a razor cut, can you show me on the block tomorrow?")
t("burnt my finger on the straighteners again lol")
t("she wants a blunt cut, dead straight, no layers")
t("nicked a client's ear with the clippers today, felt awful, she was nice about it")

# ---- hospitality ----
q("knife skills level 2 chef julienne")
q("how to sharpen a boning knife on a whetstone")
q("personal licence aplh course online")
q("how to refuse service to a drunk customer licensing act")
q("porn star martini recipe")
q("sex on the beach cocktail recipe")
q("slippery nipple shot recipe")
q("blow torch creme brulee")
q("how to kill a lobster humanely")
t("table 6 wants two pornstar martinis and a sex on the beach, no ice in one")
t("chef said if i burn the jus again he'll kill me \U0001f605")
t("we need more lime and the coke gun is out of syrup")
u("https://www.bbcgoodfood.com/recipes/pornstar-martini", "Pornstar martini recipe | BBC Good Food - Google Chrome")

# ---- logistics ----
q("hgv drivers hours rules uk")
q("forklift licence cost counterbalance")
q("adr dangerous goods class 1 explosives labels")
q("how to strap a pallet with ratchet straps", eng="amazon")
t("the load shifted on the m62, had to pull over, nothing damaged")
t("dock 4 shutter is stuck again, can maintenance shoot over?")
q("shipping lithium batteries rules by road")

# ---- IT (legitimate security labs) ----
q("tryhackme nmap room walkthrough")
q("comptia security+ sql injection vs xss")
q("kali linux install virtualbox for college lab")
q("owasp juice shop setup docker")
q("brute force attack definition for exam")
q("how to set up a vpn server for a small business assignment")
q("hashcat tutorial for cyber security unit lab")
q("how does a ddos attack work bitesize")
q("configure fortigate web filter categories")
t("Task 3: Use Wireshark to capture traffic on the lab network and identify the DHCP handshake.", ctx="doc")
t("anyone finished the phishing awareness module? the quiz won't submit")
t("firewall rule on the lab vm is blocking port 22, can you open it for the practical?")
u("https://tryhackme.com/room/furthernmap", "TryHackMe | Nmap - Google Chrome")
p("Wireshark.exe", "Capturing from Ethernet0 - Wireshark")
p("putty.exe", "192.168.56.101 - PuTTY")

# ---- ESOL ----
t("Vocabulary: knife, fork, spoon, plate, bowl. Write a sentence with each word.", ctx="doc")
t("Past simple: kill - killed, shoot - shot, hit - hit, fight - fought, hang - hung", ctx="doc")
t("Teacher I am sorry I am late, the bus is broken down")
t("My name is Oksana. I come from Kharkiv. I have two children. I work in a warehouse.", ctx="doc")
q("how to say i am sad in english")
t("what is mean 'I'm dying for a cup of tea'?")
t("The word 'drug' can mean medicine. Example: The doctor gave me a drug for my pain.", ctx="doc")
t("umieram ze \u015bmiechu \U0001f602\U0001f602")
t("morri de rir com esse v\u00eddeo kkkkk")
t("At the doctor: I have a pain in my chest. I need an appointment please.", ctx="doc")
t("sorry teacher, I can not come tomorrow, I have interview for cleaning job")
q("life in the uk test practice questions")
t("Idioms: 'break a leg' means good luck. 'kill two birds with one stone' means do two things at once.", ctx="doc")
t("\u0647\u0644 \u0627\u0644\u062f\u0631\u0633 \u063a\u062f\u0627 \u0641\u064a \u0627\u0644\u0633\u0627\u0639\u0629 \u0627\u0644\u062a\u0627\u0633\u0639\u0629\u061f")
t("ce tem\u0103 avem pentru m\u00e2ine?")
t("Write about your hometown: Mogadishu is a big city near the sea. The fish market is very busy.", ctx="doc")
t("\u0434\u044f\u043a\u0443\u044e \u0437\u0430 \u0443\u0440\u043e\u043a, \u0434\u0443\u0436\u0435 \u043a\u043e\u0440\u0438\u0441\u043d\u043e")

# ---- news ----
q("southport attack sentencing news")
q("county lines bbc documentary")
q("gambling white paper affordability checks")
q("modern slavery car wash nottingham court")
q("prevent referrals rise far right news")
q("shamima begum appeal result")
q("online safety act ofcom porn age checks")
q("suicide rates men uk ons")
u("https://www.bbc.co.uk/news/articles/c4gx92kq7ymo", "Man jailed for running county lines drug network - BBC News - Google Chrome")
w("Grooming gangs inquiry: what we know so far - BBC News - Google Chrome")
u("https://www.theguardian.com/uk-news/2026/oct/14/far-right-disorder-sentences-review",
  "Far-right disorder: sentences under review | UK news | The Guardian - Google Chrome")

# ---- debt advice and jobs ----
q("stepchange debt help")
q("how to deal with bailiffs at the door")
q("breathing space debt scheme")
q("payday loan complaint refund")
q("report illegal money lender")
d("www.stepchange.org")
d("www.citizensadvice.org.uk")
d("www.moneyhelper.org.uk")
q("warehouse night shift jobs no experience")
q("care assistant jobs with visa sponsorship")
q("betting shop cashier job")
t("got the job!! start monday at the distribution centre \U0001f389")
q("gamstop how to self exclude")

# ---- jokes and hyperbole ----
t("this rota is killing me")
t("i could murder a kebab rn")
t("absolutely killed it at the assessment today \U0001f4aa")
t("boss will kill me if im late again lol")
t("shoot me now, 3 hours of GDPR training")
t("kms this spreadsheet has 400 rows \U0001f480")
t("im deaddd \U0001f602\U0001f602 that video")
t("my feet are dead after that 12 hour shift")
t("if i see one more pallet today i'm going to scream")
t("the new apprentice is a legend, smashed it on the tiling")
t("i'm literally going to die of embarrassment, called the tutor mum")
t("the sat nav tried to kill us, sent us down a farm track")
t("my nan is a savage at bingo lol")
t("cut me some slack i've been on since 6")
t(["gonna hang out at the retail park after,", " anyone coming?"])

# ---- sport, music, games, film ----
q("bench press suicide grip dangerous")
q("boxing knockout of the year 2026")
q("snooker shot of the year")
q("kill bill sza lyrics")
q("suicideboys uk tour 2026 tickets")
q("bring me the horizon suicide season vinyl")
q("cocaine eric clapton chords")
q("how to kill the tree sentinel elden ring")
q("call of duty best sniper loadout")
q("gta 6 release date")
q("dead hang grip strength test")
q("muay thai elbow strike drill")
q("ufc knockout compilation")
w("Suicide Squad (2016) - IMDb - Google Chrome")
w("Breaking Bad | Netflix - Google Chrome")
w("Kill Bill - SZA (Lyrics) - YouTube - Google Chrome")

# ---- health information ----
q("nhs talking therapies self referral")
q("morning after pill free pharmacy")
q("sexual health clinic walk in")
q("chlamydia test kit free")
q("how to check breasts for lumps")
q("can you take too much vitamin d")
q("talk to frank drug education resources for tutors")
d("www.nhs.uk")
d("www.mind.org.uk")
d("www.gamcare.org.uk")
d("www.refuge.org.uk")
u("https://www.samaritans.org/support-us/volunteer-us/", "Volunteer with us | Samaritans - Google Chrome")

# ---- staff safeguarding research ----
q("prevent duty training for FE staff")
q("how do groomers use snapchat nspcc")
q("signs of radicalisation in learners")
q("what is cuckooing county lines")
q("dsl refresher training further education")
q("modern slavery indicators for employers")
q("how to support an apprentice experiencing domestic abuse")
q("extremist symbols guide for teachers")
q("online gambling harms young people research")
w("Channel referral form - Prevent - Word")
t("Staff briefing: learners may use coded words online, for example 'unalive' or 'sewerslide'. Report any concerns to the DSL.", ctx="doc")
u("https://en.wikipedia.org/wiki/Great_Replacement_conspiracy_theory",
  "Great Replacement conspiracy theory - Wikipedia - Google Chrome")

# ---- everyday, with trigger-like words ----
q("how to make pierogi")
q("weed killer for patio")
q("how to kill mould in bathroom")
q("bath bomb recipe")
q("photo bomb meaning")
q("bullet journal ideas")
q("gun metal grey paint b&q")
q("nerf gun birthday present 8 year old", eng="amazon")
q("black pudding recipe")
q("grass seed for shady areas")
q("speed awareness course booking")
q("hash browns air fryer")
q("led strip lights for kitchen", eng="amazon")
q("slots in the timetable for functional skills retake")
q("poker face lady gaga lyrics")
q("how to hang a tv on plasterboard")
q("rope access technician course")
q("jump starter for car", eng="amazon")
q("kill process windows task manager")
q("naked wines voucher")
q("chicken breast recipes slimming world")
q("cock a leekie soup")
q("dick whittington panto tickets")
q("great tit nesting box")
q("cum laude meaning")
q("xxl hoodie men", eng="amazon")
q("penistone to sheffield train times")
q("crack in phone screen repair cheap")
q("hair cutting razor", eng="amazon")
q("knee pads for tiling", eng="amazon")
q("chef knife set", eng="amazon")
q("Modern slavery in the United Kingdom", eng="wiki")
q("Gambling Act 2005", eng="wiki")
q("Christchurch mosque shootings", eng="wiki")
q("Kill switch", eng="wiki")
d("www.bbc.co.uk")
d("www.gov.uk")
d("outlook.office365.com")
d("teams.microsoft.com")
d("moodle.trainco.org.uk")
d("www.cscs.uk.com")
d("www.skillsforcare.org.uk")
d("www.essex.ac.uk")
d("www.diabetes.org.uk")
d("www.sussex.police.uk")
d("www.experts-exchange.com")
d("www.bbcgoodfood.com")
d("www.hse.gov.uk")
d("www.nspcc.org.uk")
d("www.unseenuk.org")
d("tryhackme.com")
d("www.screwfix.com")
d("www.citb.co.uk")
t("can u grab milk on the way back pls")
t("running 10 mins late, traffic on the ring road")
t("happy birthday babe \U0001f382\u2764\ufe0f have the best day")
t("mum im at work til 6, dinner in the fridge")
t(["can we swap shifts on thursday? i've got", " a dentist appointment at 2"])
t(["reminder: portfolio evidence for unit 5 is due", " friday, upload to onefile not email"], ctx="doc")
t("tomorrow is the fire drill at 10:30, please make sure learners know the assembly point", ctx="doc")
t("dzi\u0119ki za pomoc z prac\u0105 domow\u0105!")
t("obrigado pela ajuda, at\u00e9 amanh\u00e3")
t("mahadsanid macalin, berri ayaan imanayaa")
p("WINWORD.EXE", "Unit 7 - Safeguarding and self-harm awareness.docx - Word")
p("EXCEL.EXE", "Rota Nov 2026.xlsx - Excel")
p("Teams.exe", "Chat | Microsoft Teams")
p("POWERPNT.EXE", "Prevent and radicalisation - staff CPD.pptx - PowerPoint")
w("Assignment: Safeguarding children - reporting concerns - Moodle - Google Chrome")
w("Breaking news: man charged after Leeds stabbing - BBC News - Google Chrome")
w("The Bomb Girls | ITVX - Google Chrome")
w("Demolition Man (1993) - IMDb - Google Chrome")
u("https://www.reddit.com/r/CasualUK/comments/1gq2x7a/whats_the_most_british_thing_youve_ever_done/",
  "What's the most British thing you've ever done? : r/CasualUK - Google Chrome")
u("https://www.reddit.com/r/Barber/comments/1h0c4dm/straight_razor_neck_shave_tips_for_new_barbers/",
  "Straight razor neck shave tips for new barbers : r/Barber - Google Chrome")
u("https://www.gov.uk/government/publications/prevent-duty-guidance",
  "Prevent duty guidance - GOV.UK - Google Chrome")
u("https://www.hse.gov.uk/construction/safetytopics/demolition.htm",
  "Demolition - Construction - HSE - Google Chrome")


# --------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------

SEARCH_ENGINES = [("google", 5), ("google_uk", 4), ("bing", 4), ("ddg", 3), ("yahoo", 2),
                  ("ecosia", 2), ("youtube", 3), ("tiktok", 2), ("reddit", 2),
                  ("ac_google", 2), ("ac_bing", 1), ("ac_ddg", 1), ("ac_youtube", 1)]


def enc(n, s):
    if H(n, "enc") % 3 == 0:
        return quote(s, safe="")
    return quote_plus(s, safe="")


def search_url(n, text, eng):
    e = enc(n, text)
    L = len(text)
    if eng == "google":
        return pick(n, "gv", [
            "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e,
            "https://www.google.com/search?client=firefox-b-d&q=%s" % e,
            "https://www.google.com/search?q=%s&sca_esv=%s&ei=%s&ved=0ahUKEwj%s" % (
                e, hexid(n, "sca", 16), hexid(n, "ei", 22), hexid(n, "ved", 20)),
        ])
    if eng == "google_uk":
        return "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)
    if eng == "bing":
        return pick(n, "bv", [
            "https://www.bing.com/search?q=%s&form=QBLH" % e,
            "https://www.bing.com/search?q=%s&qs=n&form=QBRE&sp=-1&pq=%s&sc=0-%d&cvid=%s" % (
                e, e, L, hexid(n, "cvid", 32).upper()),
        ])
    if eng == "ddg":
        return pick(n, "dv", ["https://duckduckgo.com/?q=%s&ia=web" % e,
                              "https://duckduckgo.com/?t=h_&q=%s&ia=web" % e])
    if eng == "yahoo":
        return pick(n, "yv", ["https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % e,
                              "https://search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb" % e])
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1793000000000 + H(n, "tt") % 2000000000)
    if eng == "reddit":
        return pick(n, "rv", ["https://www.reddit.com/search/?q=%s" % e,
                              "https://www.reddit.com/search/?q=%s&type=link" % e])
    if eng == "wiki":
        return pick(n, "wv", [
            "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e,
            "https://en.wikipedia.org/w/index.php?fulltext=1&search=%s" % e])
    if eng == "amazon":
        pre = quote_plus(text[: max(3, L // 2)], safe="")
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2" % (
            e, hexid(n, "crid", 13).upper(), pre, 60 + H(n, "aps") % 120)
    if eng == "ac_google":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&psi=%s&dpr=1" % (
            e, L, hexid(n, "psi", 22))
    if eng == "ac_bing":
        return "https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry=%s&cp=%d&cvid=%s" % (
            e, L, hexid(n, "acv", 32).upper())
    if eng == "ac_ddg":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    if eng == "ac_youtube":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s&callback=google.sbox.p50" % e
    raise ValueError(eng)


BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Personal - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox")]


def search_title(n, text, eng):
    base = eng[3:] if eng.startswith("ac_") else eng
    proc, suffix = pick(n, "brw", BROWSERS)
    if base in ("google", "google_uk"):
        page = "%s - Google Search" % text
    elif base == "bing":
        page = "%s - Search" % text
    elif base == "ddg":
        page = "%s at DuckDuckGo" % text
    elif base == "yahoo":
        page = "%s - Yahoo Search Results" % text
    elif base == "ecosia":
        page = "%s - Ecosia" % text
    elif base == "youtube":
        page = "%s - YouTube" % text
    elif base == "tiktok":
        page = "Find '%s' on TikTok | TikTok Search" % text
    elif base == "reddit":
        page = "reddit.com: search results - %s" % text
    elif base == "wiki":
        page = "%s - Search results - Wikipedia" % text
    elif base == "amazon":
        page = "Amazon.co.uk : %s" % text
    else:
        page = text
    return proc, page + suffix


def e2g_terms(url_text):
    return "0=%s;" % url_text


def r_squid(n, url, method="GET", user=None, status=None):
    tt = when(n)
    user = user or pick(n, "user", USERS)
    el = 1 + H(n, "el") % 900
    if method == "CONNECT":
        code = status or "TCP_TUNNEL/200"
        return "%.3f %6d %s %s %d CONNECT %s %s HIER_DIRECT/%s -" % (
            tt, el, client_ip(n), code, 1500 + H(n, "sz") % 90000, url, user, upstream_ip(n))
    code = status or "TCP_MISS/200"
    hier = "HIER_DIRECT/%s" % upstream_ip(n) if code.endswith("/200") else "HIER_NONE/-"
    return "%.3f %6d %s %s %d GET %s %s %s text/html" % (
        tt, el, client_ip(n), code, 2000 + H(n, "sz") % 90000, url, user, hier)


def r_squid_sni(n, host):
    tt = when(n)
    ip = client_ip(n)
    dst = upstream_ip(n, "dst")
    ua = pick(n, "ua", UAS)
    l1 = '%.3f %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
        tt, H(n, "el1") % 3, ip, dst, ua, dst, host)
    l2 = '%.3f %6d %s - TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        tt + 0.008 + (H(n, "d2") % 40) / 1000.0, 3 + H(n, "el2") % 4000, ip,
        3000 + H(n, "sz2") % 200000, dst, dst, dst, host)
    return [l1, l2]


def r_clf(n, url, method="GET"):
    tt = when(n)
    user = pick(n, "user", USERS)
    ip = client_ip(n)
    ua = pick(n, "ua", UAS)
    size = 1500 + H(n, "sz") % 90000
    style = pick(n, "clfs", ["common", "combined", "combined", "apache"])
    if method == "CONNECT":
        req = "CONNECT %s HTTP/1.1" % url
        tag = "TCP_TUNNEL:HIER_DIRECT"
    else:
        req = "GET %s HTTP/1.1" % url
        tag = "TCP_MISS:HIER_DIRECT"
    if style == "common":
        return '%s - %s [%s] "%s" 200 %d %s' % (ip, user, f_clf(tt), req, size, tag)
    ref = "-" if method == "CONNECT" else pick(n, "ref", ["-", "-", "https://www.google.com/", "https://www.bing.com/"])
    if style == "combined":
        return '%s - %s [%s] "%s" 200 %d "%s" "%s" %s' % (ip, user, f_clf(tt), req, size, ref, ua, tag)
    return '%s - %s [%s] "%s" 200 %d "%s" "%s"' % (ip, user, f_clf(tt), req, size, ref, ua)


def r_e2g(n, url, method="GET", terms="-", denied=None):
    tt = when(n)
    user = pick(n, "user", USERS)
    ip = client_ip(n)
    ua = pick(n, "ua", UAS)
    fmt = pick(n, "e2f", [2, 4, 6])
    size = 15 + H(n, "sz") % 60000
    action = denied or "-"
    status = "403" if denied else "200"
    naughty = str(H(n, "nau") % 40) if terms != "-" else "0"
    if fmt in (2, 4):
        cols = [f_e2g(tt), user, ip, url, action, method, str(size if not denied else 0), naughty,
                "-", "1", status, "-", ip, "no_name_group", ua, terms, "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % c.replace('"', '""') for c in cols)
        return "\t".join(cols)
    cols = ["%.3f" % tt, "", user, ip, ip, url, method, status, str(size if not denied else 0), "-", ua,
            "-", str(1 + H(n, "dur") % 40), "-", "0" if not denied else "560",
            action if denied else "-", naughty, "-", "no_name_group", "1"]
    return "\t".join(cols)


def r_zeek_http(n, url):
    tt = when(n)
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    uri = "/" + path
    ip = client_ip(n)
    ua = pick(n, "ua", UAS)
    uid = "C" + hexid(n, "uid", 17)
    if H(n, "ztsv") % 4 == 0:
        fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth",
                  "method", "host", "uri", "referrer", "version", "user_agent", "origin",
                  "request_body_len", "response_body_len", "status_code", "status_msg", "info_code",
                  "info_msg", "tags", "username", "password", "proxied", "orig_fuids",
                  "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames",
                  "resp_mime_types"]
        types = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
                 "string", "string", "string", "string", "string", "count", "count", "count",
                 "string", "count", "string", "set[enum]", "string", "string", "set[string]",
                 "vector[string]", "vector[string]", "vector[string]", "vector[string]",
                 "vector[string]", "vector[string]"]
        row = ["%.6f" % tt, uid, ip, str(40000 + H(n, "sp") % 25000), upstream_ip(n), "80", "1",
               "GET", host, uri, "-", "1.1", ua, "-", "0", str(300 + H(n, "rb") % 90000), "200",
               "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
               "F" + hexid(n, "fu", 17), "-", "text/html"]
        d0 = dt(tt)
        return [
            "#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\thttp", "#open\t%04d-%02d-%02d-%02d-00-00" % (d0.year, d0.month, d0.day, d0.hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types), "\t".join(row)]
    rec = {"ts": round(tt, 6), "uid": uid, "id.orig_h": ip, "id.orig_p": 40000 + H(n, "sp") % 25000,
           "id.resp_h": upstream_ip(n), "id.resp_p": 80, "trans_depth": 1, "method": "GET",
           "host": host, "uri": uri, "version": "1.1", "user_agent": ua, "request_body_len": 0,
           "response_body_len": 300 + H(n, "rb") % 90000, "status_code": 200, "status_msg": "OK",
           "tags": []}
    return json.dumps(rec)


def r_zeek_dns(n, host):
    tt = when(n)
    ip = client_ip(n)
    uid = "C" + hexid(n, "uid", 17)
    qt, qn = pick(n, "qt", [(1, "A"), (1, "A"), (1, "A"), (28, "AAAA"), (65, "HTTPS")])
    ans = upstream_ip(n, "ans")
    if H(n, "ztsv") % 4 == 0:
        fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                  "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                  "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
        types = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                 "string", "count", "string", "count", "string", "count", "string", "bool", "bool",
                 "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]
        row = ["%.6f" % tt, uid, ip, str(1024 + H(n, "sp") % 60000), "10.0.0.53", "53", "udp",
               str(H(n, "tid") % 65535), "%.6f" % ((H(n, "rtt") % 40000) / 1e6), host, "1",
               "C_INTERNET", str(qt), qn, "0", "NOERROR", "F", "F", "T", "T", "0",
               ans if qn == "A" else "-", "300.000000" if qn == "A" else "-", "F"]
        d0 = dt(tt)
        return [
            "#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\tdns", "#open\t%04d-%02d-%02d-%02d-00-00" % (d0.year, d0.month, d0.day, d0.hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types), "\t".join(row)]
    rec = {"ts": round(tt, 6), "uid": uid, "id.orig_h": ip, "id.orig_p": 1024 + H(n, "sp") % 60000,
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": H(n, "tid") % 65535}
    if H(n, "rttk") % 2:
        rec["rtt"] = (H(n, "rtt") % 40000) / 1e6
    rec.update({"query": host, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qt,
                "qtype_name": qn, "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
                "RD": True, "RA": True, "Z": 0})
    if qn == "A" and H(n, "ansk") % 2:
        rec["answers"] = [ans]
        rec["TTLs"] = [300.0]
    rec["rejected"] = False
    return json.dumps(rec)


def r_unbound(n, host, blockable=True):
    tt = when(n)
    ip = client_ip(n)
    pid = "%d:%d" % (700 + H(n, "pid") % 9000, H(n, "thr") % 2)
    qt = pick(n, "uqt", ["A", "A", "AAAA", "HTTPS"])
    pre = ("%s unbound[%s]" % (f_sys(tt), pid)) if H(n, "utime") % 3 else (
        "[%d] unbound[%s]" % (int(tt), pid))
    ql = "%s info: %s %s. %s IN" % (pre, ip, host, qt)
    style = H(n, "ustyle") % (4 if blockable else 3)
    if style == 0:
        return ql
    if style == 1:
        return "%s info: %s %s. %s IN NOERROR %.6f 0 %d" % (
            pre, ip, host, qt, (H(n, "urt") % 90000) / 1e6, 40 + H(n, "ulen") % 200)
    if style == 2:
        return [ql, "%s info: %s %s. %s IN NOERROR %.6f 0 %d" % (
            pre, ip, host, qt, (H(n, "urt") % 90000) / 1e6, 40 + H(n, "ulen") % 200)]
    zone = ".".join(host.split(".")[-2:])
    return [ql, "%s info: %s. always_nxdomain %s@%d %s. %s IN" % (
        pre, zone, ip, 1024 + H(n, "up") % 60000, host, qt),
        "%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre, ip, host, qt, 30 + H(n, "ulen") % 40)]


def r_dnsmasq(n, host, blockable=True):
    tt = when(n)
    ip = client_ip(n)
    pre = "%s dnsmasq[%d]:" % (f_sys(tt), 900 + H(n, "pid") % 9000)
    qt = pick(n, "dqt", ["A", "A", "A", "AAAA", "HTTPS"])
    style = H(n, "dstyle") % (4 if blockable else 3)
    if style == 0:
        return "%s query[%s] %s from %s" % (pre, qt, host, ip)
    serial = 1 + H(n, "ser") % 99999
    port = 1024 + H(n, "sp") % 60000
    ql = "%s %d %s/%d query[%s] %s from %s" % (pre, serial, ip, port, qt, host, ip)
    if style == 1:
        return ql
    if style == 2:
        return [ql, "%s %d %s/%d forwarded %s to 10.0.0.1" % (pre, serial, ip, port, host),
                "%s %d %s/%d reply %s is %s" % (pre, serial, ip, port, host, upstream_ip(n, "ans"))]
    return [ql, "%s %d %s/%d config %s is 0.0.0.0" % (pre, serial, ip, port, host)]


def r_bind(n, host, blockable=True):
    tt = when(n)
    ip = client_ip(n)
    ptr = "0x7f%s" % hexid(n, "ptr", 10)
    port = 1024 + H(n, "sp") % 60000
    qt = pick(n, "bqt", ["A", "A", "AAAA", "HTTPS"])
    ql = "%s queries: info: client @%s %s#%d (%s): query: %s IN %s +E(0)K (10.0.0.53)" % (
        f_bind(tt), ptr, ip, port, host, host, qt)
    if blockable and H(n, "bstyle") % 4 == 0:
        return [ql, "%s rpz: info: client @%s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            f_bind(tt), ptr, ip, port, host, host, qt, host)]
    return ql


def r_endpoint(n, ev, extra_ts=0.0, dev=None, user=None):
    tt = when(n) + extra_ts
    rec = {"ts": f_iso(tt)}
    if H(n, "hassite") % 3:
        rec["site"] = site_of(n)[0]
    rec["device"] = dev or pick(n, "dev", DEVICES)
    rec["user"] = user or pick(n, "user", USERS)
    rec.update(ev)
    return json.dumps(rec, ensure_ascii=bool(H(n, "ascii") % 4 == 0))


CHAT_APPS = [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome"),
             ("Teams.exe", "Chat | Level 3 Cohort B | Microsoft Teams"),
             ("msedge.exe", "Messenger | Facebook - Personal - Microsoft\u200b Edge"),
             ("Discord.exe", "#general | site lads - Discord"), ("Telegram.exe", "Telegram"),
             ("chrome.exe", "Snapchat - Google Chrome"),
             ("firefox.exe", "Instagram \u2022 Messages \u2014 Mozilla Firefox"),
             ("Teams.exe", "Chat | Microsoft Teams")]
DOC_APPS = [("WINWORD.EXE", "Unit assignment draft - Word"), ("WINWORD.EXE", "Document1 - Word"),
            ("notepad.exe", "Untitled - Notepad"),
            ("chrome.exe", "Assignment submission - Moodle - Google Chrome"),
            ("ONENOTE.EXE", "Class Notebook - OneNote"),
            ("OUTLOOK.EXE", "Untitled - Message (HTML)")]


def split_text(n, text):
    if isinstance(text, list):
        return text
    parts = 2 + H(n, "nparts") % 2 if len(text) > 24 else 2
    cuts = sorted(set(1 + H(n, "cut%d" % i) % (len(text) - 1) for i in range(parts - 1)))
    out, last = [], 0
    for c in cuts:
        out.append(text[last:c])
        last = c
    out.append(text[last:])
    return [x for x in out if x]


# --------------------------------------------------------------------------
# wrappers for auto
# --------------------------------------------------------------------------

SOURCES = {"squid": ("proxy01", "squid", "/var/log/squid/access.log", "squid-access"),
           "clf": ("proxy02", "squid", "/var/log/squid/access.log", "squid-access"),
           "e2g": ("filter01", "e2guardian", "/var/log/e2guardian/access.log", "e2guardian"),
           "unbound": ("dns01", "unbound", "/var/log/unbound/unbound.log", "unbound"),
           "dnsmasq": ("pihole01", "dnsmasq", "/var/log/pihole/pihole.log", "dnsmasq"),
           "bind": ("ns1", "named", "/var/log/named/query.log", "named"),
           "zeek": ("sensor01", "zeek", "/opt/zeek/logs/current/dns.log", "zeek"),
           "endpoint": ("collector01", "guardline-agent", "/var/log/guardline/events.jsonl", "guardline")}


def wrap(n, line, src, off=0.0):
    host, app, path, tag = SOURCES[src]
    mode = pick(n, "wrap", ["none", "3164", "5424", "rsyslog", "rsyslog", "filebeat"])
    tt = when(n) + off
    pid = 1000 + H(n, "wpid") % 30000
    if mode == "none":
        return line
    if mode == "3164":
        return "<%d>%s %s %s[%d]: %s" % (pick(n, "pri", [14, 30, 134, 150]), f_sys(tt), host, app, pid, line)
    if mode == "5424":
        return "<%d>1 %s %s %s %d - - %s" % (pick(n, "pri", [14, 30, 134, 150]), f_iso(tt), host, app, pid, line)
    if mode == "rsyslog":
        s = ('{"ts_received":%s, "host":%s, "source":%s, "file":%s, "message":%s}' % (
            json.dumps(f_iso(tt + 0.5, 6)), json.dumps(host), json.dumps(tag), json.dumps(path),
            json.dumps(line)))
        return s.replace("/", "\\/")
    rec = {"@timestamp": f_iso(tt + 0.7), "host": {"name": host}, "log": {"file": {"path": path}},
           "message": line}
    return json.dumps(rec)


# --------------------------------------------------------------------------
# build one item
# --------------------------------------------------------------------------

def proxy_search(n, text, eng, fmt):
    url = search_url(n, text, eng)
    if fmt == "squid":
        return url, r_squid(n, url)
    if fmt == "clf":
        return url, r_clf(n, url)
    if fmt == "e2guardian":
        terms = e2g_terms(text) if not eng.startswith("ac_") else "-"
        return url, r_e2g(n, url, terms=terms)
    if fmt == "zeek-http":
        return url, r_zeek_http(n, url)
    raise ValueError(fmt)


def build(n, it):
    kind, opt = it["kind"], it["opt"]
    payload = it["payload"]
    if kind == "q":
        text = disguise(n, payload)
        eng = opt.get("eng") or wpick(n, "eng", SEARCH_ENGINES)
        fmt = opt.get("fmt") or wpick(n, "fmt", [("squid", 20), ("clf", 16), ("e2guardian", 11),
                                                  ("zeek-http", 11), ("auto", 10), ("ep_title", 14),
                                                  ("ep_url", 8)])
        if fmt in ("ep_title", "ep_url") and eng.startswith("ac_"):
            eng = eng[3:]
        if fmt == "ep_title":
            proc, title = search_title(n, text, eng)
            return "endpoint", r_endpoint(n, {"event": "window_title", "process": proc, "window_title": title})
        if fmt == "ep_url":
            proc, title = search_title(n, text, eng)
            return "endpoint", r_endpoint(n, {"event": "url_visit", "process": proc, "window_title": title,
                                              "url": search_url(n, text, eng), "text": None})
        if fmt == "auto":
            inner = pick(n, "autoin", ["squid", "clf", "e2guardian"])
            _, line = proxy_search(n, text, eng, inner)
            return "auto", wrap(n, line, {"squid": "squid", "clf": "clf", "e2guardian": "e2g"}[inner])
        _, line = proxy_search(n, text, eng, fmt)
        return fmt, line

    if kind == "u":
        url, title = payload
        fmt = opt.get("fmt") or wpick(n, "fmt", [("squid", 20), ("clf", 15), ("e2guardian", 10),
                                                  ("zeek-http", 10), ("ep_url", 35), ("auto", 10)])
        if fmt == "ep_url":
            proc = "chrome.exe"
            return "endpoint", r_endpoint(n, {"event": "url_visit", "process": proc, "window_title": title,
                                              "url": url, "text": None})
        if fmt == "squid":
            return fmt, r_squid(n, url)
        if fmt == "clf":
            return fmt, r_clf(n, url)
        if fmt == "e2guardian":
            return fmt, r_e2g(n, url)
        if fmt == "zeek-http":
            return fmt, r_zeek_http(n, url)
        inner = pick(n, "autoin", ["squid", "clf"])
        line = r_squid(n, url) if inner == "squid" else r_clf(n, url)
        return "auto", wrap(n, line, inner)

    if kind == "d":
        host = payload
        positive = bool(it["exp"])
        fmt = opt.get("fmt") or wpick(n, "fmt", [("unbound", 24), ("dnsmasq", 18), ("bind", 18),
                                                  ("zeek-dns", 20), ("squid", 8), ("squid_sni", 5),
                                                  ("clf", 4), ("e2guardian", 5), ("auto", 8)])
        if fmt == "unbound":
            return fmt, r_unbound(n, host, positive)
        if fmt == "dnsmasq":
            return fmt, r_dnsmasq(n, host, positive)
        if fmt == "bind":
            return fmt, r_bind(n, host, positive)
        if fmt == "zeek-dns":
            return fmt, r_zeek_dns(n, host)
        if fmt == "squid":
            return fmt, r_squid(n, "%s:443" % host, method="CONNECT")
        if fmt == "squid_sni":
            return "squid", r_squid_sni(n, host)
        if fmt == "clf":
            return fmt, r_clf(n, "%s:443" % host, method="CONNECT")
        if fmt == "e2guardian":
            denied = None
            if positive and H(n, "deny") % 3 == 0:
                denied = "*DENIED* Blocked site (local): %s" % host
            return fmt, r_e2g(n, "https://%s:443" % host, method="CONNECT", denied=denied)
        inner = pick(n, "autoin", ["unbound", "dnsmasq", "bind", "zeek"])
        if inner == "zeek":
            line = r_zeek_dns(n, host)
        else:
            line = {"unbound": r_unbound, "dnsmasq": r_dnsmasq, "bind": r_bind}[inner](n, host, positive)
        if isinstance(line, list):
            if inner == "zeek":
                return "auto", line
            return "auto", [wrap(n, x, inner) for x in line]
        return "auto", wrap(n, line, inner)

    if kind in ("t", "w", "p"):
        dev = pick(n, "dev", DEVICES)
        user = pick(n, "user", USERS)
        if kind == "w":
            title = disguise(n, payload)
            proc = "chrome.exe"
            if "Microsoft\u200b Edge" in title:
                proc = "msedge.exe"
            elif "Mozilla Firefox" in title:
                proc = "firefox.exe"
            elif title.endswith(" - Word"):
                proc = "WINWORD.EXE"
            lines = [r_endpoint(n, {"event": "window_title", "process": proc, "window_title": title},
                                dev=dev, user=user)]
            offs = [0.0]
        elif kind == "p":
            proc, title = payload
            lines = [r_endpoint(n, {"event": "process_start", "process": proc, "window_title": title},
                                dev=dev, user=user)]
            offs = [0.0]
        else:
            apps = DOC_APPS if opt.get("ctx") == "doc" else CHAT_APPS
            proc, title = pick(n, "app", apps)
            if isinstance(payload, list):
                frags = [disguise(n, x) for x in payload]
            else:
                text = disguise(n, payload)
                mode = wpick(n, "split", [("one", 70), ("split", 30)])
                frags = split_text(n, text) if mode == "split" else [text]
            lines, offs, off = [], [], 0.0
            for k, fr in enumerate(frags):
                ev = {"event": "text_capture", "process": proc, "window_title": title, "text": fr}
                if H(n, "nullurl") % 3 == 0:
                    ev["url"] = None
                lines.append(r_endpoint(n, ev, extra_ts=off, dev=dev, user=user))
                offs.append(off)
                if k < len(frags) - 1 and H(n, "hb%d" % k) % 9 == 0:
                    lines.append(r_endpoint(n, {"event": "heartbeat"}, extra_ts=off + 1.0, dev=dev, user=user))
                    offs.append(off + 1.0)
                off += 1.0 + (H(n, "gap%d" % k) % 80) / 10.0
        if H(n, "epauto") % 10 == 0:
            lines = [wrap(n, x, "endpoint", o + 0.4) for x, o in zip(lines, offs)]
            return "auto", lines if len(lines) > 1 else lines[0]
        return "endpoint", lines if len(lines) > 1 else lines[0]
    raise ValueError(kind)


def parse_exp(s):
    out = []
    for part in [x for x in s.split(",") if x]:
        c, lv = part.split(":")
        out.append({"category": c, "min_level": int(lv)})
    return out


def order(items):
    keyed = sorted(range(len(items)),
                   key=lambda i: hashlib.sha256(("order|%d|%s" % (i, json.dumps(items[i]["payload"], ensure_ascii=False))).encode()).hexdigest())
    return [items[i] for i in keyed]


def generate():
    rows = []
    for idx, it in enumerate(order(ITEMS)):
        n = idx + 1
        fmt, line = build(n, it)
        row = {"id": "h26-%04d" % n, "format": fmt}
        if isinstance(line, list):
            row["lines"] = line
        else:
            row["line"] = line
        row["expect"] = parse_exp(it["exp"])
        if it["allow"]:
            row["allow"] = [x for x in it["allow"].split(",") if x]
        rows.append((row, it))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout26.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    rows = generate()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for row, _ in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter
        cats, fmts, kinds, evs = Counter(), Counter(), Counter(), Counter()
        pos = neg = multi = 0
        for row, it in rows:
            fmts[row["format"]] += 1
            kinds[it["kind"]] += 1
            if "lines" in row:
                multi += 1
            for e in row["expect"]:
                cats[e["category"]] += 1
            if row["expect"]:
                pos += 1
            else:
                neg += 1
            for ln in row.get("lines", [row.get("line")]):
                if '"event": "' in ln:
                    evs[ln.split('"event": "')[1].split('"')[0]] += 1
        print("items: %d  positive: %d  negative: %d  multi-line: %d" % (len(rows), pos, neg, multi))
        print("per category (expected):")
        for c, k in sorted(cats.items()):
            print("  %-16s %d" % (c, k))
        print("per format:")
        for f, k in sorted(fmts.items()):
            print("  %-16s %d" % (f, k))
        print("per kind:", dict(sorted(kinds.items())))
        print("endpoint events:", dict(sorted(evs.items())))
    print("wrote %s" % a.out, file=sys.stderr)


if __name__ == "__main__":
    main()
