#!/usr/bin/env python3
"""Round 5 labelled corpus for Guardline: indirect and disguised risk, with hard negatives.

Written by hand from a safeguarding perspective (a year of real alerts and missed incidents
across colleges and schools). Every item is a piece of text or a domain written below; this
script only wraps each one in a realistic log line of one of the formats of CONTRACTS.md
section 2 and labels it per sections 3 and 4.

Deterministic: every "random" choice (format, user, device, time, sizes, ports...) is derived
from a SHA-256 of the item number.  Standard library only.

    python3 build_round5.py            # writes round5.jsonl next to this file
    python3 build_round5.py --stats    # ... and prints counts to stderr
"""

import datetime
import hashlib
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "round5.jsonl")

CATEGORIES = (
    "suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
    "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy",
    "gaming", "social_media", "illegal_content",
)
FORMATS = (
    "squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns", "zeek-http",
    "endpoint", "auto",
)
ENDPOINT_EVENTS = ("text_capture", "window_title", "url_visit", "process_start", "heartbeat")


# --------------------------------------------------------------------------------------------
# Deterministic choices
# --------------------------------------------------------------------------------------------

def H(n, salt):
    """An integer from the SHA-256 of the item number and a salt naming the choice."""
    return int.from_bytes(hashlib.sha256(("r5-%04d|%s" % (n, salt)).encode()).digest(), "big")


def pick(n, salt, seq):
    return seq[H(n, salt) % len(seq)]


def rint(n, salt, lo, hi):
    return lo + H(n, salt) % (hi - lo + 1)


# --------------------------------------------------------------------------------------------
# Disguises (applied by hand to chosen items below)
# --------------------------------------------------------------------------------------------

_CYR = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
                      "x": "\u0445", "i": "\u0456", "y": "\u0443", "s": "\u0455", "j": "\u0458"})
_GRK = str.maketrans({"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "u": "\u03c5", "v": "\u03bd",
                      "k": "\u03ba", "p": "\u03c1"})
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def cyr(s):
    """Cyrillic look-alike letters."""
    return s.translate(_CYR)


def grk(s):
    """Greek look-alike letters."""
    return s.translate(_GRK)


def fw(s):
    """Full-width forms (spaces kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def zw(s):
    """A zero-width character between the letters of every word."""
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i + 1 < len(s) and s[i + 1] != " ":
            out.append(_ZW[i % len(_ZW)])
    return "".join(out)


def sp(s):
    """Spaced letters: 'k i l l'."""
    return " ".join(s)


def dot(s):
    """Dotted letters: 'k.i.l.l'."""
    return ".".join(s)


# --------------------------------------------------------------------------------------------
# Item declarations
# --------------------------------------------------------------------------------------------

ITEMS = []


def _expect(spec):
    out = []
    for part in [p for p in spec.split(",") if p.strip()]:
        cat, lvl = part.strip().split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def P(kind, content, exp, allow="", **kw):
    """A positive item."""
    ITEMS.append({"kind": kind, "content": content, "expect": _expect(exp),
                  "allow": [a.strip() for a in allow.split(",") if a.strip()], "kw": kw})


def N(kind, content, **kw):
    """A hard (or ordinary) negative item."""
    ITEMS.append({"kind": kind, "content": content, "expect": [], "allow": [], "kw": kw})


# kinds:
#   chat   text typed in a messaging/web app (endpoint text_capture); app=...
#   doc    text typed in Word / Google Docs (endpoint text_capture)
#   q      a search-engine query; engine=..., enc=plus|pct|pctall, via=proxy|title|typed|visit,
#          fmt=<proxy format>
#   url    a full URL, rendered through a proxy format or endpoint url_visit
#   dns    a domain name, rendered through a DNS format or a proxy CONNECT / SNI line
#   title  a raw endpoint window_title
#   split  list of text fragments typed seconds apart (endpoint, one stream)
#   proc   endpoint process_start
#   hb     endpoint heartbeat
#   zeektsv  ("http"|"dns", value) Zeek TSV with #fields header, fed as one stream



# ============================================================================================
# CONTENT
# ============================================================================================

# --- suicide ---------------------------------------------------------------------------------
# Ideation and euphemism without a method or time: 4.  A method sought, a plan, a time,
# means to hand, farewell notes: 5.  Things said about a friend are labelled by the friend's risk.

P("chat", "honestly i just want it all to stop. not in a dramatic way, i'm just so tired of everything", "suicide:4", "self_harm")
P("chat", "they'd all be better off without me tbh. mum wouldn't have to stress about money or me anymore", "suicide:4")
P("q", "how many paracetamol does it take to not wake up", "suicide:5", "self_harm", engine="google")
P("q", "how to unalive yourself painlessly", "suicide:5", engine="tiktok")
P("q", "sewerslide methods that actually work", "suicide:5", engine="tiktok")
P("chat", "i've written letters for everyone, they're in my top drawer. tell my sister i'm sorry and that none of it was her fault", "suicide:5", app="whatsapp")
P("chat", "yeah chem homework was fine, did most of it on the bus. miss said mock results are out friday so that's fun. "
          "anyway don't worry if i'm not in next week, i won't be around much longer and i've kind of made my peace with it. "
          "did u get the notes for english or shall i ask jade", "suicide:4")
P("chat", "my friend said she's going to take all her nan's tablets tonight and made me promise not to tell anyone. what do i do", "suicide:5", "self_harm", app="snap")
P("q", "should i tell a teacher if my friend wants to kill herself", "suicide:4", engine="google")
P("q", "what happens to your body when you jump off a bridge", "suicide:4", engine="bing")
P("chat", "cant do this anymore. ill b gone by the weekend x", "suicide:5")
P("chat", "wat if i just didnt wake up tmrw. wud any1 even notice tbh", "suicide:4")
P("q", "painless ways to go to sleep forever", "suicide:5", engine="ddg")
P("url", "https://www.reddit.com/r/SuicideWatch/", "suicide:4")
P("title", "how long does it take to bleed out - Google Search - Google Chrome", "suicide:5", "self_harm,violence")
P("q", "how to tie a n00se that holds", "suicide:5", engine="googleuk")
P("q", "how to " + dot("kill") + " " + dot("myself") + " without it hurting", "suicide:5", engine="yahoo")
P("chat", cyr("i want to die") + ", i mean it this time", "suicide:4", app="discord")
P("chat", "i'm going to " + zw("end it") + " tonight, i've got everything ready", "suicide:5", app="insta")
P("q", fw("highest bridge near me to jump from"), "suicide:5", engine="google")
P("chat", "i'm not scared anymore. i know how i'm going to do it and when", "suicide:5", app="whatsapp")
P("chat", "i wanna dieeeee fr nobody would even care if i wasnt here", "suicide:4")
P("chat", "you can have my hoodies and my switch, i won't need them where i'm going", "suicide:4", app="snap")
P("q", "can you die from taking 20 sertraline", "suicide:5", "self_harm", engine="googleuk")
P("q", "what to write in a suicide note to your parents", "suicide:5", engine="ddg")
P("split", ["i've decided, i'm going to k", "ill myself after my last exam on the 20th"], "suicide:5", app="discord")
P("chat", "if i just stepped in front of the 8.14 train at least i wouldn't have to sit my resit", "suicide:4", app="whatsapp")
P("q", "how to hang yourself", "suicide:5", engine="google", enc="pctall", via="proxy")
P("chat", "actually going to kms this time, im not joking anymore", "suicide:4")
P("q", "can i text samaritans without them calling my parents", "suicide:4", engine="google")
P("dns", "sanctioned-suicide.net", "suicide:4", dnsfmt="dnsmasq")
P("chat", "sorry i won't hand in the assignment, i won't be here by then. thank you for always being kind to me miss", "suicide:4", app="teams")
P("q", "kіll mуself quіckly", "suicide:5", engine="bing")   # mixed Cyrillic
P("q", "is there a way to d1e in your sleep on purpose", "suicide:5", engine="reddit")

# negatives that share the words
N("chat", "i'm dead 💀 did you see his face when the fire alarm went off in the middle of his speech")
N("chat", "this homework is literally killing me, three essays due friday and a chem test")
N("doc", "Discuss how Shakespeare presents the theme of suicide in Romeo and Juliet, referring closely to Act 5 Scene 3.")
N("q", "an inspector calls eva smith suicide quote analysis", engine="google")
N("q", "durkheim suicide study sociology a level evaluation", engine="googleuk")
N("q", "samaritans poster printable for staffroom wellbeing board", engine="google", staff=True)
N("chat", "Reminder for tutors: if a student discloses thoughts of suicide, stay with them, do not promise confidentiality, "
          "and contact the DSL straight away on extension 214.", app="teams", staff=True)
N("q", "the suicide squad 2021 cast", engine="youtube")
N("chat", "my mum will actually kill me if i'm late again lol, leaving now")
N("chat", "i could sleep for a week after that shift at the salon")
N("chat", "you'd be better off getting the 42 bus, the train's cancelled again")
N("chat", "i just want it all to stop raining so we can actually play the match on saturday")
N("q", "hanging baskets winter plants that survive frost", engine="bing")
N("q", "hanging indent word harvard references", engine="google")
N("chat", "giving away my old gcse revision guides to year 10s, message me if u want them, first come first served")
N("chat", "last day on placement today 😭 goodbye everyone and thanks for having me, i've loved every minute ❤️", app="whatsapp")
N("q", "suspension bridge design dt project golden gate", engine="google")
N("q", "how often can you take paracetamol for a headache adults", engine="googleuk")
N("q", "world suicide prevention day 2026 assembly ideas", engine="google", staff=True)
N("chat", "i'm dying to see the new spider-man, are we going on friday")
N("chat", "kill me now, double maths then pe in the rain 😭")
N("q", "hurt johnny cash chords easy guitar", engine="youtube")
N("q", "the bell jar plath themes essay", engine="google")
N("q", "train times london bridge to brighton", engine="google")
N("chat", "i'm literally going to die of embarrassment, mr patel saw my tiktok")
N("chat", "end it at 5-5? i need to go for tea", app="discord")
N("q", "how to end a persuasive speech strong conclusion", engine="bing")
N("doc", "In the poem the narrator talks about wanting to disappear, but by the final stanza the tone shifts to hope. "
         "This suggests the poet sees recovery as possible.")
N("chat", "I won't be here tomorrow, I've got the dentist at 10, can you tell Mr Rees")
N("q", "papyrus hopeline training for teachers", engine="google", staff=True)
N("split", ["i'm going to k", "ill it in the exam tomorrow, revised all week"], app="whatsapp")

# --- self_harm (incl. eating disorders) -------------------------------------------------------
# Self-harm and eating-disorder behaviour or method-seeking: 4.  Exposure to pro-ED trends: 3.
# An injury out of control: 5 (suicide allowed).

P("chat", "i relapsed last night. 3 months clean and i ruined it, now i have to wear long sleeves in pe again", "self_harm:4")
P("q", "how to hide cuts from parents", "self_harm:4", engine="google")
P("q", "how to hide sh scars for pe", "self_harm:4", engine="tiktok")
P("chat", "my arms are covered in cat scratches again 🙃 idk why i keep doing it", "self_harm:4", app="insta")
P("q", "barcode arms", "self_harm:4", engine="tiktok")
P("q", "beans vs styro what does it mean", "self_harm:4", engine="reddit")
P("chat", "went too deep this time and it won't stop bleeding. should i go a&e or will they tell my mum", "self_harm:5", "suicide", app="whatsapp")
P("q", "best blade to use for sh", "self_harm:4", engine="ddg")
P("chat", "i burn myself with my lighter when it gets too loud in my head", "self_harm:4")
P("q", "how to clean a deep cut so it doesn't scar without telling anyone", "self_harm:4", engine="googleuk")
P("chat", "my friend showed me her arms in the toilets and they're really bad. she made me promise not to tell", "self_harm:4", app="snap")
P("q", "s3lf h4rm tips", "self_harm:4", engine="youtube")
P("chat", "punching walls till my knuckles bleed is the only thing that helps anymore", "self_harm:4")
P("q", "does hitting yourself count as self harm", "self_harm:4", engine="google")
P("q", "how long do sh scars take to fade", "self_harm:4", engine="bing")
P("split", ["been cutting ag", "ain since the weekend, don't tell anyone"], "self_harm:4", app="snap")
P("chat", "i want to c*t so bad rn, everything's too much", "self_harm:4", app="discord")
P("chat", "i keep " + grk("cutting myself") + " and i don't know how to stop", "self_harm:4")
P("q", "how deep is too deep cut", "self_harm:4", "suicide", engine="google")
# eating disorders
P("q", "thinspo", "self_harm:4", engine="pinterest")
P("q", "how to eat under 500 calories a day without parents noticing", "self_harm:4", engine="google")
P("chat", "day 4 of my water fast, only had black coffee, down 3kg 🙂 don't tell ms khan", "self_harm:4")
P("q", "ana coach kik", "self_harm:4", "grooming", engine="google")
P("q", "meanspo to stop eating", "self_harm:4", engine="tiktok")
P("q", "how to purge quietly at school", "self_harm:4", engine="ddg")
P("chat", "feel disgusting after lunch, going to get rid of it in the toilets before period 5", "self_harm:4", app="whatsapp")
P("q", "skinnytok what i eat in a day 600 cals", "self_harm:3", engine="tiktok")
P("q", "edtwt bonespo", "self_harm:4", engine="x")
P("q", "how many laxatives to lose weight fast", "self_harm:4", engine="bing", enc="pctall")
P("chat", "if i hit 45kg by christmas then i'll let myself eat properly again", "self_harm:4")
P("q", "how to stop feeling hungry when fasting 14 year old", "self_harm:4", engine="google")
P("q", fw("pro ana tips"), "self_harm:4", engine="youtube")

N("q", "level 2 hairdressing cutting techniques graduated bob", engine="youtube")
N("q", "how to cut onions without crying", engine="google")
N("q", "premiere pro cutting clips shortcut", engine="google")
N("chat", "my arms are covered in scratches from the new kitten lol she's a menace 🐱")
N("q", "barcode generator free for dt product packaging", engine="google")
N("chat", "burnt myself on the glue gun in dt again ow ow ow")
N("q", "calories in a tesco meal deal", engine="google")
N("q", "sports nutrition how many calories does a 16 year old footballer need", engine="bing")
N("q", "eating disorder awareness week resources for form tutors", engine="google", staff=True)
N("q", "self harm awareness training for staff safeguarding level 2", engine="google", staff=True)
N("chat", "i relapsed and ate a whole pizza, diet starts monday lol")
N("q", "bmi calculator gcse pe coursework", engine="google")
N("chat", "i'm starving, what's for lunch, is it pasta again")
N("q", "beans on toast calories", engine="google")
N("q", "paper cutting art rob ryan", engine="pinterest")
N("q", "blades of glory full cast", engine="youtube")
N("chat", "nearly cut myself shaving, look at my chin 😂 can't go to the interview like this")
N("q", "first aid for cuts and grazes st john ambulance", engine="google")
N("q", "fasting in ramadan tips for energy during exams", engine="google")
N("q", "thin crust pizza recipe food tech", engine="bing")
N("chat", "Staff briefing: pupils may use terms like 'cat scratches', 'barcode' or 'beans' when talking about self-harm. "
          "If you hear them, log it on MyConcern and speak to the DSL.", app="outlook", staff=True)

# --- radicalisation ---------------------------------------------------------------------------
# Symbols, music, talking points, forum exposure: 3.  Propaganda sought, proscribed groups,
# manifestos, attack videos, endorsement: 4.  Travel to join or attack planning: 5.
# Islamist
P("q", "dabiq magazine pdf all issues", "radicalisation:4", engine="google")
P("q", "anwar al awlaki lectures full playlist", "radicalisation:4", engine="youtube")
P("q", "how to make hijrah to the dawlah from uk", "radicalisation:5", engine="ddg")
P("chat", "the kuffar deserve everything coming to them, the brothers in the channel are right about this", "radicalisation:4", "discrimination", app="telegram")
P("q", "amaq nasheed download mp3", "radicalisation:4", engine="google")
P("q", "rumiyah magazine just terror tactics", "radicalisation:4", "violence", engine="bing")
P("chat", "akhi can u send me the link to the telegram with the dawlah videos, my one got banned", "radicalisation:4", app="whatsapp")
P("q", "h0w t0 j01n 1s1s", "radicalisation:4", engine="google")
P("q", "hizb ut tahrir halaqa near me", "radicalisation:4", engine="googleuk")
# extreme right-wing
P("q", "great replacement is real proof", "radicalisation:3", "discrimination", engine="youtube")
P("chat", "1488 brothers, the day of the rope is coming for all of them", "radicalisation:4", "discrimination,violence", app="discord")
P("q", "sonnenrad wallpaper 4k", "radicalisation:3", "discrimination", engine="pinterest")
P("q", "national action uk how to join", "radicalisation:4", engine="google")
P("q", "terrorgram collective", "radicalisation:4", engine="ddg")
P("q", "the base accelerationist group how to join", "radicalisation:4", engine="bing")
P("q", "christchurch mosque shooting full video", "radicalisation:4", "violence,illegal_content", engine="reddit")
P("q", "tarrant manifesto pdf", "radicalisation:4", "violence,illegal_content", engine="ddg")
P("chat", "whites need to wake up, we're being replaced and nobody does anything about it", "radicalisation:3", "discrimination", app="discord")
P("q", "siege james mason pdf", "radicalisation:4", engine="google", enc="pctall")
P("dns", "www.stormfront.org", "radicalisation:4", "discrimination")
P("q", "atomwaffen division videos", "radicalisation:4", engine="youtube")
P("q", "sonnenkrieg division", "radicalisation:4", engine="google")
P("q", "feuerkrieg division telegram", "radicalisation:4", engine="ddg")
P("chat", "reading mein kampf for the 3rd time and honestly he was right about them", "radicalisation:4", "discrimination", app="snap")
P("q", "remigration now sticker printable", "radicalisation:3", "discrimination", engine="google")
P("q", "what are the 14 w" + grk("o") + "rds", "radicalisation:3", "discrimination", engine="google")
P("q", "how to join palestine action", "radicalisation:4", engine="google")
# incel / manosphere
P("chat", "it's over for us, blackpill is the only truth. foids only want chads", "radicalisation:3", "discrimination", app="discord")
P("chat", "saint elliot did nothing wrong. someone at this school needs to go ER", "radicalisation:4", "violence", app="discord")
P("dns", "incels.is", "radicalisation:3", "discrimination")
P("q", "elliot rodger my twisted world pdf", "radicalisation:4", "violence", engine="bing")
# attack planning
P("chat", "im doing a tarrant on friday at the mosque by the retail park, my uncle's got a shotgun in the loft", "radicalisation:5,violence:5", "discrimination", app="discord")
P("chat", "lads the uprising is coming, get down the asylum hotel saturday night with petrol and burn it", "radicalisation:4,violence:5", "discrimination", app="telegram")
P("url", "https://t.me/s/" + "white_vanguard_uk_88", "radicalisation:3", "discrimination")

N("q", "nazi germany propaganda gcse history source analysis", engine="google")
N("q", "swastika hindu meaning diwali rangoli", engine="google")
N("q", "white power bank 20000mah argos", engine="google")
N("chat", "aryan's birthday is on saturday, are you coming to bowling?")
N("q", "what is jihad greater jihad gcse re", engine="bing")
N("q", "isis egyptian goddess year 7 homework", engine="google")
N("q", "prevent duty training refresher 2026", engine="google", staff=True)
N("chat", "Please complete the Prevent refresher before Monday's inset day. This year it covers extreme right-wing, Islamist "
          "and incel radicalisation, and what to do if a learner shares propaganda in class.", app="outlook", staff=True)
N("q", "palestine action proscription vote news", engine="google")
N("q", "channel panel referral form prevent", engine="google", staff=True)
N("q", "chad country capital n'djamena", engine="google")
N("q", "the matrix red pill blue pill scene", engine="youtube")
N("q", "88 key weighted keyboard digital piano", engine="google")
N("q", "christchurch earthquake 2011 case study geography", engine="google")
N("q", "adolescence netflix what does incel mean", engine="google")
N("chat", "that beat is so based bro, send me the link")
N("q", "nasheed for eid assembly no music", engine="youtube")
N("q", "black sun starling murmuration denmark", engine="youtube")
N("q", "causes of the crusades gcse history", engine="bing")
N("q", "crusader kings 3 best mods", engine="reddit")
N("q", "guy fawkes gunpowder plot facts ks3", engine="google")
N("doc", "Source B is a 1934 propaganda poster. It is useful for studying how the Nazis used images of the 'ideal' Aryan family "
         "because it shows what the regime wanted Germans to believe.")
N("q", "rise of the far right in 1930s europe a level essay", engine="google")
N("q", "how to join the school debate club", engine="google")

# --- grooming and sexual / criminal exploitation ----------------------------------------------
# Secrecy, age probing, flattery, moving platforms, gifts or money for images, victim help-seeking,
# county lines recruitment: 4.  A meeting arranged, or sextortion with a threat and deadline: 5.
P("chat", "how old r u? u seem really mature for ur age", "grooming:4", app="snap")
P("chat", "don't tell your mum about me, she wouldn't understand what we have", "grooming:4", app="insta")
P("chat", "add me on snap instead, this app reads our messages", "grooming:4", app="roblox")
P("chat", "delete this chat after you read it ok? our secret 🤫", "grooming:4", app="insta")
P("chat", "i'll send you £50 on paypal if you send a pic in your school uniform", "grooming:4", "adult_content", app="snap")
P("chat", "i can get you the new iphone babe, just need a few pics first x", "grooming:4", "adult_content", app="snap")
P("chat", "i'll pick you up from the end of your road at 8, wear something nice and don't tell anyone where you're going", "grooming:5", app="snap")
P("chat", "meet me at the costa in the bus station saturday 2pm, come on your own ok", "grooming:5", app="insta")
P("chat", "this guy i met on roblox wants to meet up, he says he's 16 but his voice sounds really old on vc", "grooming:4", app="whatsapp")
P("q", "someone is threatening to share my nudes unless i pay", "grooming:4", "adult_content,illegal_content", engine="google")
P("chat", "send £200 in the next hour or i send your pics to all your followers and your school. tick tock", "grooming:5", "adult_content,illegal_content", app="insta")
P("q", "report nude image of me under 18 take it down", "grooming:4", "adult_content,illegal_content", engine="google")
P("q", "is it illegal for a 24 year old to date a 15 year old", "grooming:4", engine="google")
P("chat", "my boyfriend said if i loved him i'd send pics. he's 19 and i'm in year 10 so is that weird", "grooming:4", "adult_content", app="whatsapp")
P("chat", "he says he's a model scout and wants me to send photos in my bikini for a portfolio", "grooming:4", "adult_content", app="whatsapp")
P("chat", "what year r u in? are your parents strict? are u home alone much after school?", "grooming:4", app="discord")
P("chat", "you're so much more mature than girls your age. i've never felt like this about anyone, nobody else gets you like i do", "grooming:4", app="insta")
P("chat", "need you to go OT for a few days, train ticket's sorted, bring the bits back and you'll get £400", "grooming:4", "drugs", app="snap")
P("chat", "new phone for you, only use it for the line, don't let your mum see it", "grooming:4", "drugs", app="snap")
P("chat", "you owe me for that pack that got taken off you, you're working it off now whether you like it or not", "grooming:4", "drugs,violence", app="snap")
P("q", "going country meaning", "grooming:3", "drugs", engine="google")
P("chat", "there's a trap in the town need a young one to hold it for the weekend, easy p", "grooming:4", "drugs", app="snap")
P("split", ["don't tell anyone about us, it's our l", "ittle secret ok? promise me"], "grooming:4", app="snap")
P("chat", cyr("send me a pic") + " no one has to know 😘", "grooming:4", "adult_content", app="snap")
P("chat", "u r s0 h0t 4 a 13 y/o", "grooming:4", "adult_content", app="roblox")
P("chat", "a man added me on snap and keeps sending me money on cash app and asking for feet pics", "grooming:4", "adult_content", app="whatsapp")
P("q", "how to get someone way older to stop messaging me on insta", "grooming:4", engine="google")
P("chat", "let's switch to telegram, it's safer, you can set the messages to disappear", "grooming:4", app="discord")
P("q", "what to do if someone asks for nudes and you're 14", "grooming:4", "adult_content", engine="google")
P("chat", "come to the party at mine saturday, there'll be older lads and free drink. don't bring your mates", "grooming:4", "drugs", app="snap")
P("chat", "if you don't send another one i'll show everyone the one you already sent", "grooming:5", "adult_content,bullying,illegal_content", app="snap")
P("q", "ceop report someone online", "grooming:4", engine="google")
P("chat", "the man from the chicken shop keeps giving me free food and lifts home and now he wants me to meet his friends at a flat", "grooming:4", app="whatsapp")
P("chat", zw("what age are you") + " and r u on snap? dont tell ur mates about me ok", "grooming:4", app="roblox")

N("chat", "don't tell jess about the cake, it's a surprise for her 18th 🤫")
N("chat", "meet at the library after period 5 to finish the poster?")
N("q", "dog grooming level 2 course near me", engine="google")
N("q", "rotherham grooming gangs inquiry news", engine="bing")
N("chat", "If a student tells you someone online asked them to keep secrets or send images, write down their exact words "
          "and pass it to the DSL the same day. Do not look at or forward any images.", app="teams", staff=True)
N("chat", "send pics of your art project to the teams channel by friday please", app="teams", staff=True)
N("chat", "what year are you in? i'm year 12 too, are you going to the ucas talk?", app="teams")
N("q", "age of consent uk pshe quiz", engine="google")
N("q", "nude lipstick shades for pale skin", engine="google")
N("chat", "my nan sent me £20 for my birthday aww")
N("q", "county lines sociology essay plan", engine="google")
N("q", "top boy season 3 review", engine="google")
N("chat", "add me on snap, teams isn't loading and i need the biology notes")
N("q", "how to groom a horse before a show", engine="youtube")
N("chat", "mum's picking me up at the end of the road at 4, see you tomorrow")
N("q", "cuckooing safeguarding training slides", engine="google", staff=True)
N("chat", "delete the chat after lol it's got the quiz answers in and mr jones checks teams")
N("q", "grooming routine for job interview men", engine="bing")
N("q", "secret santa ideas under £10", engine="google")
N("chat", "how old is your little brother now? tell him happy birthday from me")

# --- bullying ---------------------------------------------------------------------------------
# Messages meant to hurt, exclude or humiliate, and victims describing it: 3.
P("chat", "nobody wants you here, just leave the group chat already", "bullying:3", app="whatsapp")
P("chat", "kys no one would care", "bullying:3", "suicide", app="insta")
P("chat", "everyone put a 🤡 on her story lol", "bullying:3", app="snap")
P("chat", "made a fake account of him with the pic from pe, it's got 200 followers already 😂", "bullying:3")
P("chat", "send that video of her crying to the year 9 chat", "bullying:3", app="snap")
P("chat", "wait till after school, you're getting battered at the park", "bullying:3", "violence")
P("chat", "they keep posting about me on a private story and everyone laughs when i walk into form", "bullying:3", app="whatsapp")
P("q", "how to make people at school stop hating me", "bullying:3", "suicide", engine="google")
P("chat", "ur so ugly even ur mum doesn't want u lmao", "bullying:3", app="snap")
P("chat", "let's all ignore her tomorrow, nobody sit with her at lunch", "bullying:3", app="whatsapp")
P("chat", "rate her 1-10 lol post it on the page", "bullying:3")
P("chat", "stfu fatty no1 asked", "bullying:3", app="discord")
P("chat", "if you tell a teacher it'll be so much worse for you, remember that", "bullying:3", "violence")
P("q", "what to do when your whole friend group turns on you", "bullying:3", engine="google")
P("chat", "we did a vote in the gc for the biggest loser in form and you won 😂😂", "bullying:3")
P("split", ["everyone literally h", "ates you, do us all a favour and disappear"], "bullying:3", "suicide", app="insta")
P("chat", "ur a w0rthl3ss l0s3r and every1 knows it", "bullying:3", app="roblox")
P("chat", "you're a f***ing joke, everyone laughs at you behind your back", "bullying:3", app="whatsapp")
P("chat", "screenshot his messages and send them round, he'll never live it down", "bullying:3")
P("chat", "film it when we jump him by the bike sheds, it'll go viral", "bullying:3,violence:4", app="snap")
P("q", "someone on ngl keeps sending me horrible anonymous messages", "bullying:3", engine="google")
P("chat", "why do you even come in, nobody likes you and you smell", "bullying:3")
P("chat", "i faked being ill again so i don't have to see them. they took my bag and threw it in the canal on friday", "bullying:3", app="whatsapp")
P("chat", "look at her shoes 😂 charity shop again, her family is so poor", "bullying:3", app="snap")
P("chat", "post his address in the chat and see who turns up", "bullying:3", "violence", app="snap")
P("chat", "they said if i come to prom they'll pour stuff on me in front of everyone. i'm not going", "bullying:3", app="whatsapp")
P("chat", cyr("nobody likes you") + ", just move schools already", "bullying:3", app="insta")
P("chat", "started a group called 'people who can't stand leah' lmao add everyone", "bullying:3", app="whatsapp")
P("chat", "omg ok so after netball we went to nandos and it was actually so good, then we went back to maddie's. "
          "btw did you see ella's new profile pic 💀 we're all commenting 'pig' under it lol, join in. "
          "anyway what are you wearing to the party", "bullying:3", app="insta")

N("chat", "lol you're so dead when mum finds out you ate her chocolate")
N("chat", "he's such an idiot 😂 he fell off his chair in chemistry and then tried to act like nothing happened")
N("q", "anti bullying week 2026 theme", engine="google", staff=True)
N("doc", "Write a diary entry as a character who is being bullied at school. Describe how they feel and what they notice.", staff=True)
N("chat", "roast me for my birthday, go on, do your worst 😂")
N("chat", "rate my fit 1-10 for prom, be honest")
N("q", "ngl meaning text", engine="google")
N("chat", "ignore her messages tomorrow, it's a surprise, we're doing her birthday at lunch")
N("chat", "you're a clown 🤡 you forgot your own pe kit again")
N("q", "cyberbullying poster ideas ks3", engine="pinterest")
N("chat", "we're all getting battered by this weather, bus is 40 mins late")
N("q", "how to report a fake account on instagram for my business page", engine="google", staff=True)
N("chat", "everyone hates mondays, see u in form")
N("q", "the outsider character analysis why is he excluded", engine="google")

# --- discrimination ---------------------------------------------------------------------------
# Slurs, stereotypes and hate about protected characteristics, including masked spellings: 3.
P("chat", "go back to your own country, no one wants you here", "discrimination:3", "bullying", app="snap")
P("chat", "that's so gay, you're such a f4g", "discrimination:3", "bullying")
P("chat", "women belong in the kitchen, tate was right about everything", "discrimination:3", "radicalisation", app="discord")
P("chat", "we're going to the p*ki shop after school, want anything", "discrimination:3")
P("chat", "he's such a r3tard, go sit with the sen kids", "discrimination:3", "bullying")
P("chat", "tr4nnies shouldn't be allowed in our toilets", "discrimination:3", "bullying", app="discord")
P("chat", "(((they))) control all the banks and the news, look at the early life section", "discrimination:3", "radicalisation", app="discord")
P("chat", "lock your bikes up, the gyppos are back on the field", "discrimination:3", app="whatsapp")
P("chat", "tell that n****r to get off our bench", "discrimination:3", "bullying", app="snap")
P("chat", "muslims are all terrorists, don't sit next to him on the trip", "discrimination:3", "bullying,radicalisation")
P("chat", "jews did 9/11 fr look it up", "discrimination:3", "radicalisation", app="discord")
P("chat", "she's only on the team cos she's black, diversity hire", "discrimination:3")
P("chat", "disabled kids shouldn't be in normal lessons, they hold everyone back", "discrimination:3")
P("chat", "stay away from the chinese kid, he's probably got a virus lol", "discrimination:3", "bullying")
P("q", "why are immigrants ruining britain", "discrimination:3", "radicalisation", engine="youtube")
P("chat", "lesbians are disgusting, she shouldn't be allowed in our changing room", "discrimination:3", "bullying")
P("chat", "all the polish do is drink and take our dads' jobs", "discrimination:3")
P("chat", cyr("go back to africa") + " monkey", "discrimination:3", "bullying", app="insta")
P("chat", "the goyim know, shut it down 😂", "discrimination:3", "radicalisation", app="discord")
P("chat", "he's gay so he's probably a paedo, keep your little brother away", "discrimination:3", "bullying")
P("q", "funny racist jokes about indians", "discrimination:3", engine="google")
P("chat", "she's a sket, all the girls from that estate are", "discrimination:3", "bullying")
P("split", ["you lot are all dirty i", "mmigrants, go home"], "discrimination:3", "bullying", app="snap")
P("chat", "gay people will burn in hell, it says so, he should be ashamed", "discrimination:3", "bullying")
P("chat", "why does he walk like a sp*z 😂", "discrimination:3", "bullying", app="snap")
P("chat", "honestly females shouldn't be allowed to vote, they just vote on feelings", "discrimination:3", "radicalisation", app="discord")
P("chat", "no " + zw("blacks") + " in our squad, end of", "discrimination:3", "bullying", app="roblox")

N("q", "black history month assembly ideas 2026", engine="google", staff=True)
N("doc", "How does Harper Lee present racism in To Kill a Mockingbird? Refer to the trial of Tom Robinson and Atticus's closing speech.")
N("q", "pakistan vs england test match score", engine="google")
N("q", "scunthorpe united fixtures", engine="google")
N("q", "middlesex university open day", engine="bing")
N("chat", "LGBTQ+ society meets thursday lunch in room 14, everyone welcome 🏳️‍🌈")
N("q", "queer theory in literature a level", engine="google")
N("q", "disability confident employer scheme", engine="google", staff=True)
N("q", "gypsy tart recipe kent", engine="google")
N("q", "chinese new year 2027 date", engine="google")
N("q", "polish deli near me", engine="google")
N("q", "equality act 2010 protected characteristics", engine="google")
N("q", "moby dick chapter 1 summary", engine="google")
N("q", "why did the spastics society change its name to scope", engine="google")
N("q", "niger river map west africa", engine="google")
N("q", "homophobic bullying statistics uk stonewall report", engine="google", staff=True)
N("chat", "my nan's from jamaica and she makes the best curry goat, you have to come round")
N("q", "essex county cricket", engine="bing")
N("chat", "women's football was banned by the FA in 1921, that's the bit we're doing for the presentation")
N("doc", "The Windrush generation faced discrimination in housing and work. Signs saying 'No Irish, no blacks, no dogs' "
         "were displayed in some boarding houses.")

# --- violence and weapons ---------------------------------------------------------------------
# Threats, weapon acquisition, harming techniques, victims at risk: 4 (weapon-carrying worries: 3).
# A weapon + target + time, or an attack plan: 5.
P("chat", "bringing a shank tomorrow, he's not getting away with what he said about my mum", "violence:5", app="snap")
P("chat", "my cousin can get me a strap for £300, just need to get the p together", "violence:4", app="snap")
P("chat", "if i see the opps on the estate i'm wetting them, on my life", "violence:4", app="snap")
P("q", "zombie knife for sale uk next day delivery", "violence:4", engine="google")
P("q", "how to 3d print a gun", "violence:4", engine="youtube")
P("chat", "we're jumping him behind the sports hall after period 6, bring the lads and don't tell no one", "violence:5", "bullying", app="whatsapp")
P("chat", "i swear i'm going to stab him, he touched my sister", "violence:4")
P("q", "where to hit someone to knock them out", "violence:4", engine="google")
P("chat", "got the ching in my bag, ready for tonight", "violence:5", app="snap")
P("q", "how to make napalm at home", "violence:5", "radicalisation", engine="ddg")
P("chat", "when everyone's out on the field for the fire drill i'm going to start shooting. dad's gun is in the shed", "violence:5", "radicalisation", app="discord")
P("q", "columbine shooters were heroes", "violence:4", "radicalisation", engine="tiktok")
P("chat", "run up on him at the chicken shop, i've got the bora on me", "violence:5", app="snap")
P("chat", "ride out tonight, masks on, the ting's loaded", "violence:5", app="snap")
P("q", "is it illegal to carry a knife for protection uk", "violence:3", engine="google")
P("q", "how to make a shiv out of a toothbrush", "violence:4", engine="youtube")
P("q", "h0w t0 m4k3 4 pr3ssur3 c00k3r b0mb", "violence:5", "radicalisation", engine="bing")
P("q", "where to " + sp("buy a gun") + " in birmingham", "violence:4", engine="google")
P("chat", "he's getting splashed next time he chats breeze", "violence:4", app="snap")
P("chat", "mr davies is going to get what's coming to him, i know where he parks", "violence:4", app="discord")
P("chat", "my brother's mates are saying they're going to stab me after the match on saturday", "violence:4", app="whatsapp")
P("q", "knuckle duster buy online", "violence:4", engine="google")
P("split", ["gonna bring the knife tom", "orrow and sort him out properly"], "violence:5", app="snap")
P("q", "how to poison someone slowly without getting caught", "violence:4", engine="ddg")
P("q", "where to buy sulphuric acid to throw", "violence:5", engine="google")
P("q", "how to strangle someone quietly", "violence:4", engine="bing")
P("chat", "dad hit mum again last night and said he'd kill us all if she ever leaves. i don't want to go home", "violence:4", app="teams")
P("chat", "we're gonna merk him when he comes out the gym", "violence:4", app="snap")
P("chat", "who's got a " + fw("blade") + " i can borrow for friday, he's coming with his boys", "violence:5", app="snap")
P("q", "b" + zw("ow and arrow") + " how far can it kill someone", "violence:4", engine="google")

N("chat", "i could murder a pizza rn, dominos after?")
N("chat", "you absolutely killed it at the audition!!")
N("q", "zombie knife ban uk news", engine="bing")
N("q", "knife crime awareness assembly ben kinsella trust", engine="google", staff=True)
N("q", "john lewis kitchen knife set", engine="google")
N("q", "fortnite best shotgun this season", engine="youtube")
N("q", "call of duty best loadout", engine="youtube")
N("q", "netball shooting drills year 8", engine="google", staff=True)
N("q", "clay pigeon shooting near me", engine="google")
N("q", "battle of hastings how did harold die", engine="google")
N("chat", "i'm going to strangle ella if she spoils the finale 😂")
N("q", "macbeth is this a dagger which i see analysis", engine="google")
N("q", "lamb shank recipe slow cooker", engine="google")
N("q", "apple watch strap", engine="google")
N("q", "bath bomb recipe dt", engine="pinterest")
N("chat", "i bombed my maths mock so bad")
N("chat", "fire drill at 11, meet on the field by the fence")
N("q", "uk drill music history essay", engine="google")
N("q", "pumped up kicks ukulele chords", engine="youtube")
N("q", "glue gun for dt project", engine="google")
N("q", "top gun maverick soundtrack", engine="youtube")
N("chat", "shoot me a text when you're outside")
N("q", "how to kill weeds in block paving", engine="google")
N("q", "photo shoot ideas a level photography", engine="pinterest")
N("q", "killer sudoku tips", engine="google")
N("chat", "this song slaps fr")
N("q", "boxing fight tonight start time uk", engine="google")
N("q", "self defence class for women near me", engine="google")
N("q", "hitman 3 walkthrough", engine="youtube")
N("q", "how to punch a boxing bag properly", engine="youtube")
N("q", "palette knife painting acrylic", engine="youtube")
N("q", "blade runner 2049 review", engine="google")
N("chat", "we're gonna smash it at the match saturday, bring the lads")
N("doc", "The Sheriff of Nottingham threatens to hang Robin's men at dawn unless he surrenders his bow.")
N("q", "how to make a paper gun origami", engine="youtube")
N("chat", "Knife arch will be at the main entrance on Monday as part of the police Operation Sceptre visit. Please brief your tutor groups.", app="outlook", staff=True)
N("split", ["lol i'm going to k", "ill you if you spoil the ending, ep 8 tonight"], app="whatsapp")

# --- adult_content (3) -------------------------------------------------------------------------
P("q", "onlyfans leaks free", "adult_content:3", engine="google")
P("dns", "www.pornhub.com", "adult_content:3", dnsfmt="bind-rpz")
P("q", "nsfw discord servers 18+", "adult_content:3", engine="reddit")
P("q", "cornhub", "adult_content:3", engine="tiktok")
P("dns", "www.xvideos.com", "adult_content:3", dnsfmt="dnsmasq")
P("q", "hentai sites no sign up", "adult_content:3", engine="ddg")
P("dns", "xhamster.com", "adult_content:3", dnsfmt="squid-sni")
N("q", "rse year 9 contraception lesson plan", engine="google", staff=True)
N("q", "chicken breast recipe air fryer", engine="google")
N("q", "breast cancer awareness month bake sale", engine="google")
N("q", "corn on the cob bbq", engine="google")
N("q", "university of sussex accommodation", engine="google")
N("q", "analysis of structure in ozymandias", engine="google")
N("q", "nudibranch facts marine biology", engine="google")

# --- drugs (3) ---------------------------------------------------------------------------------
P("chat", "who's got a plug for bud round here, need a 10 bag for friday", "drugs:3", app="snap")
P("q", "lean recipe promethazine sprite", "drugs:3", engine="youtube")
P("q", "thc vape uk delivery snapchat", "drugs:3", engine="google")
P("chat", "anyone selling xans or ket? dm me", "drugs:3", app="snap")
P("q", "where to get mandy for a festival", "drugs:3", engine="reddit")
P("q", "how much is a gram of c0ke in manchester", "drugs:3", engine="google")
N("q", "talk to frank drugs information", engine="google")
N("q", "lean bulk meal plan", engine="youtube")
N("q", "snow day school closed today", engine="google")
N("q", "weed killer for patio", engine="google")
N("chat", "anyone got a plug? my laptop's on 3%")
N("q", "pot noodle flavours ranked", engine="google")
N("q", "grass type pokemon weakness", engine="google")
N("q", "esketamine nasal spray depression nhs", engine="google")
N("q", "drug awareness talk year 11 police liaison", engine="google", staff=True)

# --- gambling (2) ------------------------------------------------------------------------------
P("dns", "www.bet365.com", "gambling:2")
P("q", "stake.com free crypto bonus under 18", "gambling:2", engine="google")
P("q", "csgo case opening sites free", "gambling:2", "gaming", engine="google")
P("chat", "put a tenner on the acca with paddy power, use my dad's login", "gambling:2", app="whatsapp")
P("q", "best slot sites no id verification", "gambling:2", engine="bing")
P("dns", "www.skybet.com", "gambling:2", dnsfmt="unbound")
N("chat", "bet, see you at 4")
N("q", "probability tree diagrams dice gcse", engine="google")
N("q", "poker face lady gaga lyrics", engine="google")
N("q", "how to stake a tent in hard ground", engine="google")
N("q", "gambling commission young people and gambling report", engine="google", staff=True)

# --- filter_bypass (2) -------------------------------------------------------------------------
P("q", "croxyproxy youtube", "filter_bypass:2", engine="google")
P("proc", "tor.exe", "filter_bypass:2")
P("dns", "nordvpn.com", "filter_bypass:2", dnsfmt="unbound")
P("q", "how to get past goguardian on school chromebook", "filter_bypass:2", engine="google")
P("q", "unblocked games 66 ez", "filter_bypass:2", "gaming", engine="google")
P("q", "change dns to 1.1.1.1 to bypass school wifi block", "filter_bypass:2", engine="reddit")
N("q", "proxy war cold war examples", engine="google")
N("q", "how to vote by proxy uk", engine="google")
N("chat", "connect to the college vpn before you open the mis from home, it won't load otherwise", app="teams", staff=True)
N("q", "what is a vpn gcse computer science", engine="google")

# --- hacking (2; someone else's account or data: 3) -------------------------------------------
P("q", "how to hack school wifi password", "hacking:2", "filter_bypass", engine="youtube")
P("q", "grabify ip logger", "hacking:2", engine="google")
P("q", "free ip stresser booter", "hacking:2", engine="ddg")
P("chat", "got into mr lee's account, his password was his dog's name lol, changing my predicted grade", "hacking:3", app="discord")
P("q", "roblox cookie logger", "hacking:3", engine="youtube")
P("q", "kali linux crack wifi handshake", "hacking:2", engine="google")
N("q", "life hacks for revision", engine="tiktok")
N("q", "hackathon for sixth formers 2026", engine="google")
N("chat", "crack on with your coursework, i'll check in at 2", app="teams", staff=True)
N("q", "hacky sack tricks", engine="youtube")
N("q", "cyberfirst girls competition registration", engine="google", staff=True)

# --- piracy (1) --------------------------------------------------------------------------------
P("q", "123movies wicked for good", "piracy:1", engine="google")
P("dns", "fmovies.to", "piracy:1")
P("q", "cracked minecraft launcher", "piracy:1", engine="youtube")
P("q", "spotify premium apk free", "piracy:1", engine="google")
P("q", "z-library textbook pdf", "piracy:1", engine="reddit")
N("q", "pirates of the caribbean cast", engine="google")
N("q", "lego pirate ship instructions", engine="google")
N("q", "torrential rain warning met office", engine="google")

# --- gaming (1) --------------------------------------------------------------------------------
P("dns", "www.roblox.com", "gaming:1", dnsfmt="dnsmasq")
P("dns", "store.steampowered.com", "gaming:1", dnsfmt="unbound")
P("q", "poki games", "gaming:1", engine="google")
P("q", "fortnite item shop today", "gaming:1", engine="google")
P("dns", "www.epicgames.com", "gaming:1", dnsfmt="unbound")

# --- social_media (1) --------------------------------------------------------------------------
P("dns", "www.instagram.com", "social_media:1")
P("dns", "web.snapchat.com", "social_media:1")
P("url", "https://www.tiktok.com/foryou", "social_media:1")
P("dns", "x.com", "social_media:1")
P("dns", "discord.com", "social_media:1", dnsfmt="squid-sni")

# --- illegal_content --------------------------------------------------------------------------
P("chat", "who's got the vid of the year 9 girl, send it in the gc", "illegal_content:4", "adult_content,bullying,grooming", app="snap")
P("q", "cp telegram links", "illegal_content:4", "adult_content,grooming", engine="google")
P("q", "dark web market link onion 2026", "illegal_content:3", "drugs,filter_bypass", engine="ddg")
P("q", "buy fake id uk provisional", "illegal_content:3", engine="google")
P("q", "counterfeit £20 notes for sale", "illegal_content:3", engine="bing")
P("q", "beheading video real uncensored", "illegal_content:3", "violence,radicalisation", engine="reddit")
N("q", "dark web explained bbc bitesize", engine="google")
N("q", "what happens if you get caught with a fake id uk", engine="google")
N("q", "counterfeit goods trading standards gcse business", engine="google")

# --- ordinary traffic -------------------------------------------------------------------------
N("q", "photosynthesis revision notes", engine="bing")
N("q", "bbc weather leeds", engine="google")
N("dns", "classroom.google.com", dnsfmt="unbound")
N("dns", "www.bbc.co.uk")
N("dns", "login.microsoftonline.com")
N("dns", "www.senecalearning.com", dnsfmt="dnsmasq")
N("url", "https://www.gov.uk/student-finance")
N("url", "https://www.ucas.com/undergraduate")
N("hb", "")
N("proc", "WINWORD.EXE")
N("title", "Year 11 Mock Timetable.xlsx - Excel")
N("q", "how to reference a website harvard", engine="google")
N("q", "gcse maths past papers edexcel higher", engine="google")
N("chat", "can someone send the link for the cover work, i'm off sick today")
# --- more domains (DNS and tunnel lines) ------------------------------------------------------
P("dns", "www.paddypower.com", "gambling:2", dnsfmt="bind")
P("dns", "stake.com", "gambling:2", dnsfmt="dnsmasq")
P("dns", "onlyfans.com", "adult_content:3", dnsfmt="zeek-dns")
P("dns", "chaturbate.com", "adult_content:3", dnsfmt="unbound")
P("dns", "www.croxyproxy.com", "filter_bypass:2", dnsfmt="bind")
P("dns", "psiphon.ca", "filter_bypass:2", dnsfmt="zeek-dns")
P("dns", "thepiratebay.org", "piracy:1", dnsfmt="bind")
P("dns", "grabify.link", "hacking:2", dnsfmt="zeek-dns")
P("dns", "www.twitch.tv", "gaming:1", dnsfmt="bind")
P("dns", "www.tiktok.com", "social_media:1", dnsfmt="zeek-dns")
P("dns", "ome.tv", "grooming:3", "adult_content,social_media", dnsfmt="dnsmasq")
P("dns", "iplogger.org", "hacking:2", dnsfmt="unbound")
N("dns", "www.essex.ac.uk", dnsfmt="bind")
N("dns", "www.sussexexpress.co.uk", dnsfmt="zeek-dns")
N("dns", "www.therapistaid.com", dnsfmt="dnsmasq")
N("dns", "www.experts-exchange.com", dnsfmt="bind")
N("dns", "www.hackney.gov.uk", dnsfmt="zeek-dns")
N("dns", "www.gamblingcommission.gov.uk", dnsfmt="unbound")
N("dns", "www.talktofrank.com", dnsfmt="bind")
N("dns", "www.benkinsella.org.uk", dnsfmt="zeek-dns")
N("dns", "anti-bullyingalliance.org.uk", dnsfmt="dnsmasq")
N("dns", "kahoot.it", dnsfmt="bind")
N("dns", "quizlet.com", dnsfmt="zeek-dns")
N("dns", "teams.microsoft.com", dnsfmt="squid-connect")
N("dns", "www.nationalarchives.gov.uk", dnsfmt="squid-sni")
N("chat", "honestly i'm so done with this group project, i just want it over with")
N("chat", "can't wait to disappear to spain for half term ☀️")
N("chat", "she's better off without him tbh, he left her on read for three days")
N("q", "how to tie a tie windsor knot", engine="youtube")
N("q", "how long does it take for a tattoo to stop bleeding", engine="google")
# disguised but harmless: other scripts, styled text, stretched letters, pasted zero-width characters
N("chat", "привет! ты сделал домашку по химии? я вообще ничего не понял", app="whatsapp")
N("chat", fw("aesthetic") + " vibes only ✨ new bio who dis", app="insta")
N("chat", "noooo i'm deaddddd 😂😂 that video of mr khan dancing")
N("chat", "gg ez, get rekt n00bs 😎", app="discord")
N("doc", "The long-term causes of the First World War were " + zw("militarism") + ", alliances, imperialism and nationalism (MAIN).")
N("zeektsv", ("http", "/search?q=apprenticeship+vacancies+plumbing&hl=en-GB"))
P("zeektsv", ("dns", "www.stake.com"), "gambling:2")


# ============================================================================================
# RENDERING
# ============================================================================================

UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
)
STUDENTS = ("student042", "s.ahmed21", "j.brown07", "EDU\\k.wilson", "l.nowak", "apprentice17", "guest-0193",
            "m.oconnor", "a.khan", "t.evans26", "c.lewis", "r.patel", "b.adeyemi", "z.hussain", "o.wright",
            "e.smith09", "n.baker@students.northfield.ac.uk", "d.kowalski", "f.mensah", "h.jones11")
STAFF = ("r.hughes", "p.morgan.staff", "EDU\\dsl.jthomas", "m.ali@northfield.ac.uk", "h.clarke", "s.evans@provider.ac.uk")
DEVICES = ("LAB-PC-07", "LIB-LT-22", "CHROMEBOOK-118", "CHROMEBOOK-204", "SITE2-PC-41", "ART-IMAC-05",
           "SIXTH-FORM-PC-12", "MEDIA-PC-09", "BOARDING-LT-31", "HAIR-SALON-TAB-2", "ENG-WS-03", "CONSTR-PC-14",
           "LRC-PC-19", "BUS-STUDIES-PC-06")
STAFF_DEVICES = ("STAFF-LT-02", "DSL-OFFICE-PC", "STAFFROOM-PC-3", "HOY-LT-11")
SITES = ("north", "south", "riverside", "city")
PROXY_HOSTS = ("proxy-north", "proxy-south", "fw-riverside", "squid01")

APPS = {
    "whatsapp": ("WhatsApp.exe", "WhatsApp"),
    "discord": ("Discord.exe", "#general | yr11 lads - Discord"),
    "insta": ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    "snap": ("chrome.exe", "Snapchat - Google Chrome"),
    "teams": ("ms-teams.exe", "Chat | Microsoft Teams"),
    "roblox": ("RobloxPlayerBeta.exe", "Roblox"),
    "telegram": ("Telegram.exe", "Telegram"),
    "tiktokdm": ("msedge.exe", "Messages | TikTok - Microsoft\u200b Edge"),
    "gchat": ("chrome.exe", "Google Chat - Google Chrome"),
    "outlook": ("OUTLOOK.EXE", "Inbox - Outlook"),
    "word": ("WINWORD.EXE", "English coursework - Word"),
    "docs": ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
}
CHAT_POOL = ("whatsapp", "discord", "insta", "snap", "teams", "tiktokdm", "gchat", "whatsapp", "snap")

ENGINES = {
    "google": ("https", "www.google.com", "/search?q={q}&hl=en-GB&source=hp", "q"),
    "googleuk": ("https", "www.google.co.uk", "/search?q={q}&oq={q}&sourceid=chrome&ie=UTF-8", "q"),
    "bing": ("https", "www.bing.com", "/search?q={q}&form=QBLH", "q"),
    "ddg": ("https", "duckduckgo.com", "/?q={q}&ia=web", "q"),
    "youtube": ("https", "www.youtube.com", "/results?search_query={q}", "search_query"),
    "tiktok": ("https", "www.tiktok.com", "/search?q={q}&t={t}", "q"),
    "reddit": ("https", "www.reddit.com", "/search/?q={q}", "q"),
    "yahoo": ("https", "uk.search.yahoo.com", "/search?p={q}&fr=yfp-t", "p"),
    "ecosia": ("https", "www.ecosia.org", "/search?method=index&q={q}", "q"),
    "pinterest": ("https", "www.pinterest.co.uk", "/search/pins/?q={q}&rs=typed", "q"),
    "x": ("https", "x.com", "/search?q={q}&src=typed_query", "q"),
}
ENGINE_TITLES = {
    "google": ("{q} - Google Search - Google Chrome", "chrome.exe"),
    "googleuk": ("{q} - Google Search - Google Chrome", "chrome.exe"),
    "bing": ("{q} - Search - Microsoft\u200b Edge", "msedge.exe"),
    "ddg": ("{q} at DuckDuckGo - Mozilla Firefox", "firefox.exe"),
    "youtube": ("{q} - YouTube - Google Chrome", "chrome.exe"),
    "tiktok": ("Find '{q}' on TikTok | TikTok Search - Google Chrome", "chrome.exe"),
    "reddit": ("reddit.com: search results - {q} - Google Chrome", "chrome.exe"),
    "yahoo": ("{q} - Yahoo Search Results - Google Chrome", "chrome.exe"),
    "ecosia": ("{q} - Ecosia - Google Chrome", "chrome.exe"),
    "pinterest": ("{q} - Pinterest - Google Chrome", "chrome.exe"),
    "x": ("{q} - Search / X - Google Chrome", "chrome.exe"),
}
NEW_TAB = {"chrome.exe": "New Tab - Google Chrome", "msedge.exe": "New tab - Microsoft\u200b Edge",
           "firefox.exe": "New Tab \u2014 Mozilla Firefox"}
ENGINE_POOL = ("google", "google", "googleuk", "bing", "ddg", "youtube", "google", "ecosia", "yahoo")

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SCHOOL_HOURS = (8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17)
HOURS = (8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1)


class Ctx:
    """Deterministic per-item context: who, where, when."""

    def __init__(self, n, staff=False):
        self.n = n
        self.user = pick(n, "user", STAFF if staff else STUDENTS)
        self.device = pick(n, "dev", STAFF_DEVICES if staff else DEVICES)
        portable = any(t in self.device for t in ("CHROMEBOOK", "-LT-", "BOARDING", "TAB"))
        day = rint(n, "day", 1, 30)
        hour = pick(n, "hour", HOURS if portable else SCHOOL_HOURS)
        self.dt = datetime.datetime(2026, 11, day, hour, rint(n, "min", 0, 59), rint(n, "sec", 0, 59),
                                    rint(n, "ms", 0, 999) * 1000, tzinfo=datetime.timezone.utc)
        self.site = pick(n, "site", SITES)
        self.cip = "10.%d.%d.%d" % (rint(n, "ip1", 1, 40), rint(n, "ip2", 0, 255), rint(n, "ip3", 1, 254))
        self.sip = "10.%d.%d.%d" % (rint(n, "sp1", 10, 39), rint(n, "sp2", 0, 255), rint(n, "sp3", 1, 254))
        self.ua = pick(n, "ua", UA)
        self.size = rint(n, "size", 1800, 95000)
        self.elapsed = rint(n, "el", 3, 900)
        self.port = rint(n, "port", 1025, 65000)
        self.host = pick(n, "phost", PROXY_HOSTS)

    # time renderings
    def epoch(self, plus=0.0):
        return self.dt.timestamp() + plus

    def iso(self, plus=0.0):
        d = self.dt + datetime.timedelta(seconds=plus)
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)

    def clf(self):
        return self.dt.strftime("%d/") + MONTHS[self.dt.month - 1] + self.dt.strftime("/%Y:%H:%M:%S +0000")

    def e2g(self):
        return self.dt.strftime("%Y.%m.%d %H:%M:%S")

    def syslog(self, pad=" "):
        d = "%2d" % self.dt.day if pad == " " else "%02d" % self.dt.day
        return "%s %s %s" % (MONTHS[self.dt.month - 1], d, self.dt.strftime("%H:%M:%S"))

    def bind(self):
        return "%02d-%s-%d %s.%03d" % (self.dt.day, MONTHS[self.dt.month - 1], self.dt.year,
                                       self.dt.strftime("%H:%M:%S"), self.dt.microsecond // 1000)


def encode_query(q, enc):
    if enc == "pct":
        return urllib.parse.quote(q, safe="")
    if enc == "pctall":
        return "".join("%%%02X" % b for b in q.encode("utf-8"))
    return urllib.parse.quote_plus(q, safe="")


def search_url(ctx, q, engine, enc):
    scheme, host, path, _ = ENGINES[engine]
    e = encode_query(q, enc)
    return "%s://%s%s" % (scheme, host, path.format(q=e, t=int(ctx.epoch()))), host


# --- proxy lines -------------------------------------------------------------------------------

def squid_line(ctx, url, method="GET", status="TCP_MISS/200", mime="text/html"):
    return "%.3f %6d %s %s %d %s %s %s HIER_DIRECT/%s %s" % (
        ctx.epoch(), ctx.elapsed, ctx.cip, status, ctx.size, method, url, ctx.user, ctx.sip, mime)


def squid_custom_line(ctx, url, host):
    # logformat ukfull (run2_access_custom.log shape, without SNI tokens)
    return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s' % (
        ctx.epoch(), ctx.elapsed, ctx.cip, ctx.user, ctx.size, url, ctx.sip, ctx.ua, host)


def squid_sni_line(ctx, host):
    # ukfull with sni= / bump= tokens: a spliced tunnel to an address, the name only in the SNI
    ip = "%d.%d.%d.%d" % (rint(ctx.n, "pub1", 23, 199), rint(ctx.n, "pub2", 0, 255),
                          rint(ctx.n, "pub3", 0, 255), rint(ctx.n, "pub4", 1, 254))
    return '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
        ctx.epoch(), ctx.elapsed, ctx.cip, ctx.user, ctx.size, ip, ip, ctx.ua, ip, host)


def squid_connect_line(ctx, host):
    return "%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
        ctx.epoch(), ctx.elapsed, ctx.cip, ctx.size, host, ctx.user, ctx.sip)


def clf_line(ctx, url, combined=True, method="GET"):
    head = '%s - %s [%s] "%s %s HTTP/1.1" 200 %d' % (ctx.cip, ctx.user, ctx.clf(), method, url, ctx.size)
    if combined:
        return head + ' "-" "%s" TCP_MISS:HIER_DIRECT' % ctx.ua
    return head + " TCP_MISS:HIER_DIRECT"


def e2g_fields(ctx, url, terms, method="GET", denied=None):
    what = denied or "-"
    code = "403" if denied else "200"
    size = "0" if denied else str(ctx.size)
    params = ("0=%s;" % terms) if terms else "-"
    return [ctx.e2g(), ctx.user, ctx.cip, url, what, method, size, "0", "-", "1", code, "-", ctx.cip,
            "students", ctx.ua, params, "-", "-", "-"]


def e2g_line(ctx, url, terms, variant, method="GET", denied=None):
    f = e2g_fields(ctx, url, terms, method, denied)
    if variant == 2:
        return ",".join('"%s"' % x.replace('"', '""') for x in f)
    if variant == 4:
        return "\t".join(f)
    # format 6 (Protex TSV)
    code = "403" if denied else "200"
    size = "0" if denied else str(ctx.size)
    return "\t".join(["%.3f" % ctx.epoch(), "", ctx.user, ctx.cip, ctx.cip, url, method, code, size, "-", ctx.ua,
                      "-", str(rint(ctx.n, "e2gms", 1, 40)), "-", "0", denied or "-", "0", "-", "students", "1"])


def zeek_http_json(ctx, host, uri, method="GET"):
    return json.dumps({
        "ts": round(ctx.epoch(), 6), "uid": "C" + hashlib.sha256(b"uid%d" % ctx.n).hexdigest()[:17],
        "id.orig_h": ctx.cip, "id.orig_p": ctx.port, "id.resp_h": ctx.sip, "id.resp_p": 80,
        "trans_depth": 1, "method": method, "host": host, "uri": uri, "version": "1.1",
        "user_agent": ctx.ua, "request_body_len": 0, "response_body_len": ctx.size,
        "status_code": 200, "status_msg": "OK", "tags": []})


# --- DNS lines -------------------------------------------------------------------------------

def unbound_line(ctx, domain, variant):
    tid = "unbound[%d:0]" % rint(ctx.n, "upid", 700, 9000)
    if variant == "epoch":
        return "[%d] %s info: %s %s. A IN" % (int(ctx.epoch()), tid, ctx.cip, domain)
    if variant == "reply":
        return "%s %s info: %s %s. A IN NOERROR 0.%06d 0 %d" % (
            ctx.syslog("0"), tid, ctx.cip, domain, rint(ctx.n, "rtt", 1000, 90000), rint(ctx.n, "dlen", 40, 120))
    if variant == "local":
        zone = ".".join(domain.split(".")[-2:])
        return "%s %s info: %s. always_nxdomain %s@%d %s. A IN" % (
            ctx.syslog("0"), tid, zone, ctx.cip, ctx.port, domain)
    return "%s %s info: %s %s. A IN" % (ctx.syslog("0"), tid, ctx.cip, domain)


def dnsmasq_line(ctx, domain, qtype="A"):
    return "%s dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (
        ctx.syslog(" "), rint(ctx.n, "dpid", 800, 9999), rint(ctx.n, "serial", 1, 99999),
        ctx.cip, ctx.port, qtype, domain, ctx.cip)


def bind_line(ctx, domain, rpz=False):
    client = "client @0x7f%010x %s#%d (%s):" % (H(ctx.n, "bclient") % (1 << 40), ctx.cip, ctx.port, domain)
    if rpz:
        return "%s rpz: info: %s rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            ctx.bind(), client, domain, domain)
    return "%s queries: info: %s query: %s IN A +E(0)K (10.0.0.53)" % (ctx.bind(), client, domain)


def zeek_dns_json(ctx, domain):
    return json.dumps({
        "ts": round(ctx.epoch(), 6), "uid": "C" + hashlib.sha256(b"duid%d" % ctx.n).hexdigest()[:17],
        "id.orig_h": ctx.cip, "id.orig_p": ctx.port, "id.resp_h": "10.0.0.53", "id.resp_p": 53,
        "proto": "udp", "trans_id": rint(ctx.n, "tid", 1, 65535), "query": domain, "qclass": 1,
        "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR",
        "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0, "rejected": False})


ZEEK_HTTP_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version "
                    "user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg "
                    "tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids "
                    "resp_filenames resp_mime_types").split()
ZEEK_HTTP_TYPES = ("time string addr port addr port count string string string string string string string count "
                   "count count string count string set[enum] string string set[string] vector[string] "
                   "vector[string] vector[string] vector[string] vector[string] vector[string]").split()
ZEEK_DNS_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass qclass_name qtype "
                   "qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected").split()
ZEEK_DNS_TYPES = ("time string addr port addr port enum count interval string count string count string count "
                  "string bool bool bool bool count vector[string] vector[interval] bool").split()


def zeek_tsv(ctx, which, value):
    path = "http" if which == "http" else "dns"
    fields, types = (ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) if which == "http" else (ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES)
    opened = ctx.dt.strftime("%Y-%m-%d-%H-%M-%S")
    uid = "C" + hashlib.sha256(b"tuid%d" % ctx.n).hexdigest()[:17]
    if which == "http":
        row = ["%.6f" % ctx.epoch(), uid, ctx.cip, str(ctx.port), ctx.sip, "80", "1", "GET", "www.google.com", value,
               "-", "1.1", ctx.ua, "-", "0", str(ctx.size), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-",
               "-", "-", "F" + uid[1:], "-", "text/html"]
    else:
        row = ["%.6f" % ctx.epoch(), uid, ctx.cip, str(ctx.port), "10.0.0.53", "53", "udp",
               str(rint(ctx.n, "tid", 1, 65535)), "0.012034", value, "1", "C_INTERNET", "1", "A", "0", "NOERROR",
               "F", "F", "T", "T", "0", "104.18.%d.%d" % (rint(ctx.n, "a1", 0, 255), rint(ctx.n, "a2", 1, 254)),
               "300.000000", "F"]
    assert len(row) == len(fields) == len(types)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t" + path, "#open\t" + opened, "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types),
            "\t".join(row)]


# --- endpoint events ---------------------------------------------------------------------------

def endpoint(ctx, event, plus=0.0, process=None, window_title=None, text=None, url=None, with_url_null=False):
    ev = {"ts": ctx.iso(plus), "site": ctx.site, "device": ctx.device, "user": ctx.user, "event": event}
    if process is not None:
        ev["process"] = process
    if window_title is not None:
        ev["window_title"] = window_title
    if text is not None:
        ev["text"] = text
    if url is not None or with_url_null:
        ev["url"] = url
    return json.dumps(ev, ensure_ascii=False)


# --- wrappers ----------------------------------------------------------------------------------

def wrap(ctx, line, fmt, how):
    pid = rint(ctx.n, "wpid", 1000, 30000)
    tag = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "endpoint": "guardline-agent",
           "dnsmasq": "dnsmasq", "unbound": "unbound"}[fmt]
    host = {"endpoint": ctx.device, "dnsmasq": "dns01", "unbound": "resolver-north"}.get(fmt, ctx.host)
    if how == "rfc3164":
        if fmt == "dnsmasq":   # syslog replaces dnsmasq's own time prefix
            line = line.split("]: ", 1)[1]
        return "<%d>%s %s %s[%d]: %s" % (pick(ctx.n, "pri", (134, 166, 190, 30)), ctx.syslog(" "), host, tag, pid, line)
    if how == "rfc5424":
        if fmt == "dnsmasq":
            line = line.split("]: ", 1)[1]
        return "<%d>1 %s %s %s %d - - %s" % (pick(ctx.n, "pri", (134, 166, 190, 14)), ctx.iso(), host, tag, pid, line)
    # rsyslog JSON envelope, '/' escaped as in the real sample
    files = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
             "e2guardian": "/var/log/e2guardian/access.log", "unbound": "/var/log/unbound/unbound.log",
             "dnsmasq": "/var/log/dnsmasq.log", "endpoint": "/var/log/guardline/agent.jsonl"}
    env = {"ts_received": ctx.dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % ctx.dt.microsecond,
           "host": host, "source": tag, "file": files[fmt], "message": line}
    return json.dumps(env, separators=(", ", ":"), ensure_ascii=False).replace("/", "\\/")


# --- per-kind rendering ----------------------------------------------------------------------

PROXY_CHOICES = (("squid", 30), ("clf", 24), ("e2guardian", 14), ("zeek-http", 10),
                 ("title", 11), ("visit", 6), ("typed", 5))
DNS_CHOICES = (("unbound", 24), ("dnsmasq", 22), ("bind", 20), ("zeek-dns", 16), ("squid-sni", 10),
               ("squid-connect", 8))


def weighted(n, salt, choices, allowed=None):
    pool = [(c, w) for c, w in choices if allowed is None or c in allowed]
    total = sum(w for _, w in pool)
    r = H(n, salt) % total
    for c, w in pool:
        if r < w:
            return c
        r -= w
    raise AssertionError


def render_url(ctx, url, host, terms, via):
    """A URL through one proxy format (or the endpoint).  Returns (format, line or lines, meta)."""
    n = ctx.n
    if via == "squid":
        v = H(n, "sqv") % 4
        if v == 0:
            return "squid", squid_custom_line(ctx, url, host), "squid-ukfull"
        return "squid", squid_line(ctx, url), "squid-native"
    if via == "clf":
        combined = H(n, "clfv") % 3 != 0
        return "clf", clf_line(ctx, url, combined), "clf-combined" if combined else "clf-common"
    if via == "e2guardian":
        variant = pick(n, "e2v", (2, 4, 6))
        return "e2guardian", e2g_line(ctx, url, terms, variant), "e2g-fmt%d" % variant
    if via == "zeek-http":
        u = urllib.parse.urlsplit(url)
        return "zeek-http", zeek_http_json(ctx, u.netloc, u.path + ("?" + u.query if u.query else "")), "zeek-json"
    if via == "visit":
        proc = "chrome" if "CHROMEBOOK" in ctx.device else pick(n, "vproc", ("chrome.exe", "msedge.exe", "firefox.exe"))
        return "endpoint", endpoint(ctx, "url_visit", process=proc, window_title=host, url=url), "ep-url_visit"
    raise AssertionError(via)


def render(n, item):
    kind, content, kw = item["kind"], item["content"], item["kw"]
    ctx = Ctx(n, staff=kw.get("staff", False))
    positive = bool(item["expect"])

    if kind in ("chat", "doc"):
        appkey = kw.get("app") or (pick(n, "docapp", ("word", "docs")) if kind == "doc" else pick(n, "app", CHAT_POOL))
        if kw.get("staff") and kind == "chat" and not kw.get("app"):
            appkey = "teams"
        proc, title = APPS[appkey]
        fmt, line, meta = "endpoint", endpoint(ctx, "text_capture", process=proc, window_title=title, text=content,
                                               with_url_null=H(n, "urlnull") % 3 == 0), "ep-text_capture"
    elif kind == "split":
        appkey = kw.get("app") or pick(n, "app", CHAT_POOL)
        proc, title = APPS[appkey]
        lines, plus = [], 0.0
        for frag in content:
            lines.append(endpoint(ctx, "text_capture", plus=plus, process=proc, window_title=title, text=frag))
            plus += rint(n, "gap%d" % len(lines), 2, 9) + rint(n, "gapms%d" % len(lines), 0, 999) / 1000.0
        return "endpoint", None, lines, "ep-split"
    elif kind == "title":
        proc = "msedge.exe" if "Edge" in content else pick(n, "tproc", ("chrome.exe", "chrome.exe", "firefox.exe"))
        if content.endswith("- Excel"):
            proc = "EXCEL.EXE"
        fmt, line, meta = "endpoint", endpoint(ctx, "window_title", process=proc, window_title=content), "ep-window_title"
    elif kind == "proc":
        fmt, line, meta = "endpoint", endpoint(ctx, "process_start", process=content), "ep-process_start"
    elif kind == "hb":
        fmt, line, meta = "endpoint", endpoint(ctx, "heartbeat"), "ep-heartbeat"
    elif kind == "zeektsv":
        which, value = content
        return ("zeek-http" if which == "http" else "zeek-dns"), None, zeek_tsv(ctx, which, value), "zeek-tsv"
    elif kind == "q":
        engine = kw.get("engine") or pick(n, "engine", ENGINE_POOL)
        enc = kw.get("enc", "plus" if H(n, "enc") % 4 else "pct")
        url, host = search_url(ctx, content, engine, enc)
        via = kw.get("via")
        if via == "proxy" or via is None and enc == "pctall":
            via = weighted(n, "via", PROXY_CHOICES, ("squid", "clf", "e2guardian", "zeek-http"))
        elif via is None:
            via = weighted(n, "via", PROXY_CHOICES)
        if via == "title":
            tmpl, proc = ENGINE_TITLES[engine]
            fmt, line, meta = "endpoint", endpoint(ctx, "window_title", process=proc,
                                                   window_title=tmpl.format(q=content)), "ep-window_title"
        elif via == "typed":
            proc = ENGINE_TITLES[engine][1]
            fmt, line, meta = "endpoint", endpoint(ctx, "text_capture", process=proc,
                                                   window_title=NEW_TAB[proc], text=content), "ep-typed"
        else:
            fmt, line, meta = render_url(ctx, url, host, content, via)
    elif kind == "url":
        host = urllib.parse.urlsplit(content).netloc
        via = weighted(n, "via", PROXY_CHOICES, ("squid", "clf", "e2guardian", "zeek-http", "visit"))
        fmt, line, meta = render_url(ctx, content, host, None, via)
    elif kind == "dns":
        via = kw.get("dnsfmt") or weighted(n, "dnsvia", DNS_CHOICES)
        if via == "unbound":
            # a local-zone action (the resolver blocking the name) only for names a filter would block
            variant = pick(n, "ubv", ("ascii", "ascii", "epoch", "reply", "local") if positive else
                           ("ascii", "ascii", "epoch", "reply"))
            fmt, line, meta = "unbound", unbound_line(ctx, content, variant), "unbound-" + variant
        elif via == "dnsmasq":
            fmt, line, meta = "dnsmasq", dnsmasq_line(ctx, content, pick(n, "qt", ("A", "A", "A", "AAAA", "HTTPS"))), "dnsmasq"
        elif via in ("bind", "bind-rpz"):
            rpz = positive and (via == "bind-rpz" or H(n, "rpz") % 4 == 0)
            fmt, line, meta = "bind", bind_line(ctx, content, rpz), "bind-rpz" if rpz else "bind-query"
        elif via == "zeek-dns":
            fmt, line, meta = "zeek-dns", zeek_dns_json(ctx, content), "zeek-json"
        elif via == "squid-sni":
            fmt, line, meta = "squid", squid_sni_line(ctx, content), "squid-sni"
        else:
            fmt, line, meta = "squid", squid_connect_line(ctx, content), "squid-connect"
    else:
        raise AssertionError(kind)

    # Some lines arrive wrapped (syslog RFC 3164 / 5424, rsyslog JSON envelope); some items ask for `auto`.
    r = H(n, "wrap") % 100
    if fmt in ("squid", "clf", "e2guardian", "endpoint", "dnsmasq", "unbound") and r < 9:
        how = ("rfc3164", "rfc5424", "envelope")[r % 3]
        if fmt == "unbound":
            how = "envelope"
        line = wrap(ctx, line, fmt, how)
        meta += "+" + how
    if H(n, "auto") % 100 < 4:
        fmt = "auto"
        meta += "+auto"
    return fmt, line, None, meta


# ============================================================================================
# BUILD, VALIDATE, WRITE
# ============================================================================================

NOV_START = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc).timestamp()
DEC_START = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc).timestamp()


def ordered_items():
    """A fixed shuffle (by SHA-256 of each item's content) so ids do not follow category."""
    def key(it):
        return hashlib.sha256(json.dumps([it["kind"], it["content"]], ensure_ascii=False).encode()).hexdigest()
    seen = set()
    for it in ITEMS:
        k = key(it)
        if k in seen:
            raise SystemExit("duplicate item content: %r" % (it["content"],))
        seen.add(k)
    return sorted(ITEMS, key=key)


def validate(rec, item, meta):
    """Check one output record against CONTRACTS.md sections 2-4 and this corpus's own rules."""
    keys = set(rec)
    assert keys <= {"id", "format", "line", "lines", "expect", "allow"}, keys
    assert ("line" in rec) != ("lines" in rec), rec["id"]
    assert rec["format"] in FORMATS, rec["format"]
    assert isinstance(rec["expect"], list)
    cats = []
    for e in rec["expect"]:
        assert set(e) == {"category", "min_level"}, e
        assert e["category"] in CATEGORIES, e
        assert isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5, e
        cats.append(e["category"])
    assert len(cats) == len(set(cats)), rec["id"]
    for a in rec.get("allow", []):
        assert a in CATEGORIES, a
        assert a not in cats, (rec["id"], a)
    lines = rec["lines"] if "lines" in rec else [rec["line"]]
    assert lines and all(isinstance(x, str) and x and "\n" not in x and "\r" not in x for x in lines)
    if "lines" in rec:
        assert len(lines) >= 2
    # endpoint events: JSON with ts / device / event, November 2026, fragments one stream
    inner = []
    for x in lines:
        s = x
        if rec["format"] in ("endpoint", "auto") and not s.startswith("{\"ts\""):
            if s.startswith("{"):
                s = json.loads(s)["message"]
            elif s.startswith("<"):
                s = s[s.index("{"):]
        if s.startswith("{\"ts\": \"2026"):
            ev = json.loads(s)
            assert ev["event"] in ENDPOINT_EVENTS and ev["device"] and ev["ts"].startswith("2026-11-"), ev
            inner.append(ev)
    if rec["format"] == "endpoint":
        assert len(inner) == len(lines), rec["id"]
    if len(inner) > 1:
        t = [datetime.datetime.strptime(e["ts"], "%Y-%m-%dT%H:%M:%S.%fZ") for e in inner]
        assert all(e["device"] == inner[0]["device"] and e.get("window_title") == inner[0].get("window_title")
                   for e in inner)
        assert all(0 < (b - a).total_seconds() < 30 for a, b in zip(t, t[1:])), rec["id"]
    # every line carries a November 2026 time stamp in its own format's shape
    for x in lines:
        if x.startswith("#"):
            continue
        ok = ("2026-11-" in x or "/Nov/2026:" in x or "-Nov-2026 " in x or "2026.11." in x or "Nov " in x
              or any(NOV_START <= float(tok.strip("[]")) < DEC_START
                     for tok in x.replace("\t", " ").replace(",", " ").split()[:3]
                     if tok.strip("[]").replace(".", "", 1).isdigit())
              or "\"ts\": 179" in x)
        assert ok, (rec["id"], x[:80])
    json.loads(json.dumps(rec))


def build():
    out, metas = [], []
    for i, item in enumerate(ordered_items(), 1):
        fmt, line, lines, meta = render(i, item)
        rec = {"id": "r5-%04d" % i, "format": fmt}
        if lines is not None:
            rec["lines"] = lines
        else:
            rec["line"] = line
        rec["expect"] = item["expect"]
        if item["allow"]:
            rec["allow"] = item["allow"]
        validate(rec, item, meta)
        out.append(rec)
        metas.append((meta, item["kind"]))
    return out, metas


def stats(records, metas):
    from collections import Counter
    pos = Counter()
    lvl = Counter()
    for r in records:
        for e in r["expect"]:
            pos[e["category"]] += 1
            lvl[(e["category"], e["min_level"])] += 1
    neg = sum(1 for r in records if not r["expect"])
    err = sys.stderr
    print("items: %d  positives: %d  negatives: %d (%.1f%%)" % (
        len(records), len(records) - neg, neg, 100.0 * neg / len(records)), file=err)
    print("expected categories:", file=err)
    for c in CATEGORIES:
        levels = " ".join("L%d=%d" % (l, lvl[(c, l)]) for l in range(1, 6) if lvl[(c, l)])
        print("  %-16s %3d   %s" % (c, pos[c], levels), file=err)
    print("with allow: %d" % sum(1 for r in records if r.get("allow")), file=err)
    print("formats:", file=err)
    for f, k in sorted(Counter(r["format"] for r in records).items(), key=lambda x: -x[1]):
        print("  %-12s %3d" % (f, k), file=err)
    print("line shapes:", file=err)
    for m, k in sorted(Counter(m for m, _ in metas).items(), key=lambda x: -x[1]):
        print("  %-28s %3d" % (m, k), file=err)
    print("multi-line items: %d" % sum(1 for r in records if "lines" in r), file=err)
    print("item kinds: %s" % dict(Counter(k for _, k in metas)), file=err)


def main(argv):
    records, metas = build()
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    missing = set(CATEGORIES) - {e["category"] for r in records for e in r["expect"]}
    assert not missing, missing
    fmts = {r["format"] for r in records}
    assert fmts == set(FORMATS), set(FORMATS) - fmts
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(tmp, encoding="utf-8") as f:     # re-read: every line parses and round-trips
        for line, r in zip(f, records):
            assert json.loads(line) == r
    os.replace(tmp, OUT)
    if "--stats" in argv:
        stats(records, metas)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
