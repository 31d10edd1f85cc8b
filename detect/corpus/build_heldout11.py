#!/usr/bin/env python3
"""Build heldout11.jsonl: an independent, hand-written, labelled evaluation corpus for Guardline.

Perspective: the DSL of an 11-18 secondary school and sixth form in a deprived urban area, where
much of the risk shows up in gaming and chat (Discord, Roblox, Fortnite, Minecraft servers, Xbox
messages in the browser, Snapchat / Instagram / TikTok web, YouTube comments, Reddit) alongside
Google Classroom / Docs / Teams school work.  Every item was written by hand for this file; no
wording was taken from any other corpus, rule list or detector source.

Output: JSON lines following CONTRACTS.md section 4 ({"id", "format", "line" | "lines", "expect",
optional "allow"}), ids "h11-0001".., time stamps in November 2026, formats from section 2,
categories from section 3.  Everything "random" (order, format, user, device, time, IPs, wrapping,
URL encoding) is derived from SHA-256 of the item number (or of the source position for the
order), so the output is byte-identical on every run.  Standard library only.

Usage:  python3 build_heldout11.py [--stats] [--out PATH]
        (writes to a temporary file in /tmp, validates it, then moves it into place)

LABELLING DECISIONS
-------------------
Levels follow CONTRACTS.md section 3; "min_level" is the lowest level a DSL would accept:
  * suicide: ideation / wish to die / goodbye messages = 4; a method asked about, means being
    gathered, a time set, notes written, or a friend reported as about to act = 5.
  * self_harm (including eating disorders: pro-ana, thinspo, purging, fasting, laxatives) = 4.
  * radicalisation: interest in symbols, manosphere/incel talk, "edgy" hate memes = 3; seeking
    or sharing propaganda, proscribed groups (National Action, Atomwaffen/Sonnenkrieg, The Base,
    Terrorgram, Hizb ut-Tahrir, Al-Muhajiroun, IS), nihilistic violent subcultures (764 / "com",
    TCC shooter fandom), mass-shooter veneration = 4; attack planning = 5.
  * grooming (sexual and criminal exploitation): gifts for images, age probing, secrecy,
    moving to private apps, sextortion (both the threat and the victim's search), county lines
    recruitment and debt bondage = 4; a meeting or pick-up arranged with an adult = 5.
  * bullying = 3.  discrimination (slurs, hateful generalisations) = 3.
  * violence: weapon interest / buying = 3, threats and planned assaults, domestic abuse
    disclosure = 4; a stated plan with the means and a time, or an imminent armed incident = 5.
  * adult_content 3, drugs 3, gambling (incl. loot boxes, case opening, skin betting) 2,
    filter_bypass 2, hacking 2, illegal_content (indecent images of children, terrorist
    material) 4, piracy 1, gaming 1, social_media 1.
Help-seeking and disclosure:
  * A pupil disclosing their OWN risk while looking for help ("i keep thinking about ending it,
    who do i talk to", "someone has my nudes and wants money what do i do") is POSITIVE at the
    level of the risk disclosed.
  * A pupil reporting concern about a PEER (third-person concern) is POSITIVE, labelled as if the
    peer had written it (same category, same level) because the DSL must act on it.
  * A bare lookup of a helpline or support service (Childline number, Samaritans, Kooth, Shout,
    Papyrus, FRANK, Beat, CEOP button) with no disclosure is NEGATIVE.  The one lookup of a
    nude-image removal tool is negative but allows grooming / illegal_content, because a DSL
    could reasonably read it either way.
  * Staff preparing lessons, assemblies, training or safeguarding paperwork are NEGATIVE.
Hard negatives (expect []):
  * gaming trash talk and in-game violence ("i'll kill you next round", headshots, raids, TNT),
    game / film / anime titles and items with violent names, hyperbole and idioms ("my mum will
    kill me", "i want to die of embarrassment"), football language, song lyrics and drill
    discussed as music, news, school work (English literature, History, RE, PSHE, Biology,
    Sociology, Computer Science theory), benign peer plans to meet, secrets about presents, and
    words that merely contain a trigger (grooming a dog, proxy wars, cracked screens, Scunthorpe).
  * Gaming and social-media context inside a negative can legitimately raise a level-1 gaming or
    social_media finding; the contract ignores those, so no allow is needed for them.
"allow" is only used where a second category is genuinely arguable (sextortion may also be
illegal_content / adult_content, county lines may also be drugs / violence, "kys" is bullying
that may be read as suicide, incel talk may be discrimination, loot boxes / unblocked games /
cracked games may also be gaming, etc.).

Disguises exercised: leetspeak, spaced / dotted / stretched letters, asterisks, Cyrillic and
Greek look-alikes, full-width forms, zero-width characters, percent- and plus-encoded URLs,
text-speak and algospeak, risk split across two endpoint fragments a few seconds apart, and risk
buried inside long rambling messages.  Some lines arrive in RFC 3164 / RFC 5424 syslog wrappers or
an rsyslog JSON envelope.
"""

import argparse
import calendar
import hashlib
import json
import os
import shutil
import sys
import tempfile
import urllib.parse

FINAL_PATH = "/work/main/detect/corpus/heldout11.jsonl"

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
              "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns", "zeek-http",
           "endpoint", "auto"]

# ---------------------------------------------------------------------------------------------
# deterministic randomness
# ---------------------------------------------------------------------------------------------


class Rng:
    """A tiny deterministic generator: successive SHA-256 blocks of a seed string."""

    def __init__(self, seed):
        self.seed = seed
        self.counter = 0

    def _block(self):
        d = hashlib.sha256(("%s/%d" % (self.seed, self.counter)).encode()).digest()
        self.counter += 1
        return d

    def int(self, lo, hi):
        """Integer in [lo, hi]."""
        span = hi - lo + 1
        return lo + int.from_bytes(self._block()[:8], "big") % span

    def choice(self, seq):
        return seq[self.int(0, len(seq) - 1)]

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        r = self.int(0, total - 1)
        for v, w in pairs:
            if r < w:
                return v
            r -= w
        return pairs[-1][0]

    def chance(self, pct):
        return self.int(0, 99) < pct


# ---------------------------------------------------------------------------------------------
# disguises
# ---------------------------------------------------------------------------------------------

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb"}
GREEK = {"o": "\u03bf", "i": "\u03b9", "v": "\u03bd", "k": "\u03ba", "a": "\u03b1",
         "t": "\u03c4", "u": "\u03c5"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def d_cyr(s, every=1):
    out, n = [], 0
    for ch in s:
        if ch in CYR:
            out.append(CYR[ch] if n % every == 0 else ch)
            n += 1
        else:
            out.append(ch)
    return "".join(out)


def d_greek(s):
    return "".join(GREEK.get(ch, ch) for ch in s)


def d_full(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def d_zw(s, kind=0):
    return ZW[kind % len(ZW)].join(s)


def d_spaced(s):
    return " ".join(s)


def d_dotted(s):
    return ".".join(s)


def apply_disguise(text, dis):
    """dis = (method, word or None).  The word (or the whole text) is transformed."""
    if not dis:
        return text
    method, word = dis[0], dis[1]
    fn = {"cyr": d_cyr, "cyr2": lambda s: d_cyr(s, 2), "greek": d_greek, "full": d_full,
          "zw": d_zw, "zw1": lambda s: d_zw(s, 1), "zw2": lambda s: d_zw(s, 2),
          "zw3": lambda s: d_zw(s, 3), "spaced": d_spaced, "dotted": d_dotted}[method]
    if word is None:
        return fn(text)
    assert word in text, (word, text)
    return text.replace(word, fn(word), 1)


# ---------------------------------------------------------------------------------------------
# the hand-written items
# ---------------------------------------------------------------------------------------------

SRC = []


def pos(cat, lvl, kind, text, allow=(), plat=None, dis=None, also=(), who="pupil", eng=None):
    expect = [(cat, lvl)] + list(also)
    SRC.append(dict(expect=expect, allow=list(allow), kind=kind, text=text, plat=plat, dis=dis,
                    who=who, eng=eng))


def neg(kind, text, plat=None, dis=None, who="pupil", eng=None, allow=()):
    SRC.append(dict(expect=[], allow=list(allow), kind=kind, text=text, plat=plat, dis=dis,
                    who=who, eng=eng))


# kinds: chat (typed text), search (a query string), title (a window title), domain (a DNS name),
#        url (a full URL), split (two typed fragments), proc (a process start)

# ----- suicide ---------------------------------------------------------------------------------
C = "suicide"
pos(C, 4, "chat", "honestly whats even the point of me being here, everyone would be better off if i just wasnt", plat="discord")
pos(C, 4, "chat", "been thinking bout unaliving again ngl, its getting really loud in my head at night", plat="snapchat")
pos(C, 5, "search", "how many paracetamol would it take to not wake up")
pos(C, 5, "chat", "ive been saving my mums tablets in a sock in my drawer for weeks, pretty sure theres enough now", plat="instagram")
pos(C, 4, "search", "highest car park near me with no railings on the roof")
pos(C, 5, "search", "does hanging hurt or is it quick")
pos(C, 4, "search", "i want to sewerslide what do i do")
pos(C, 4, "chat", "tbh i w4nna k1ll mys3lf n i mean it this time", plat="discord")
pos(C, 5, "chat", "my mate just put a goodbye post on his story and now hes not answering, he said he was gonna jump off the bridge by the canal", plat="snapchat")
pos(C, 5, "chat", "already wrote the letters for mum and my little brother, doing it tonight once theyre all asleep", plat="whatsapp")
pos(C, 4, "chat", "ok so pe was actually so long today and miss made us do the bleep test AGAIN lmao my legs are gone, anyway idk why im saying this but i think about not existing pretty much every night now like what would even change if i wasnt around, nobody would notice, anyway did u finish the chem homework its due tmrw", plat="discord")
pos(C, 4, "split", ("sometimes i wish i could just go to sleep and", "never wake up again tbh"), plat="snapchat")
pos(C, 4, "search", "suicide note template", dis=("spaced", "suicide"))
pos(C, 5, "search", "least painful way to die", dis=("cyr", None))
pos(C, 5, "search", "ss forum catch the bus guide")
pos(C, 4, "chat", "i keep getting thoughts about ending it all, who do i even talk to about this without my parents finding out", plat="teams")
pos(C, 4, "chat", "i just wanna die n stop feeling like this", plat="instagram", dis=("zw", "die"))
pos(C, 4, "search", "reasons to stay alive when you dont want to be")
pos(C, 5, "chat", "whats the amount of amitriptyline that would actually kill someone my size", plat="reddit")
pos(C, 4, "chat", "kms fr, nobody wud even notice if i wasnt here", plat="tiktok")
pos(C, 4, "chat", "gg guys im logging off forever, not just the server, like everything. it was fun. bye", plat="minecraft")
pos(C, 5, "search", "how long does it take to bleed out from your wrist", allow=["self_harm"])
pos(C, 5, "chat", "to whoever reads this, im sorry, it wasnt anyones fault, i just couldnt keep going anymore. tell mum i love her", plat="docs")
pos(C, 4, "search", "i dont want to be alive anymoreeee")
pos(C, 4, "chat", "wanna k*ll myself after that maths mock, not even joking this time", plat="whatsapp")
pos(C, 5, "search", "jumping in front of a train does it hurt", dis=("dotted", "train"))
pos(C, 5, "split", ("got the rope hidden at the back of my wardrobe", "just waiting for the right night now"), plat="discord")

# ----- self harm (including eating disorders) ---------------------------------------------------
C = "self_harm"
pos(C, 4, "chat", "relapsed last night after 64 days clean, the blade was just sitting there", plat="discord")
pos(C, 4, "search", "how to hide cuts on wrists from pe teacher")
pos(C, 4, "chat", "got more cat scratches lol not from a cat \U0001f643", plat="snapchat")
pos(C, 4, "chat", "she showed me her thighs in the girls toilets, its all beans and barcodes, she made me promise not to tell anyone", plat="whatsapp")
pos(C, 4, "search", "what to put on a deep cut so i dont have to go to a&e")
pos(C, 4, "search", "how to skip lunch every day without teachers noticing")
pos(C, 4, "search", "thinspo boards 2026", eng="pinterest")
pos(C, 4, "chat", "ana coach needed, strict pls, will send body checks every morning", plat="discord", allow=["grooming"])
pos(C, 4, "search", "how to make yourself sick after dinner quietly")
pos(C, 4, "chat", "ate 300 cals today, tomorrow im aiming for under 200, need to see my collarbones properly", plat="tiktok")
pos(C, 4, "search", "pr0 4na tips that actually work")
pos(C, 4, "chat", "burning myself with my lighter is the only thing that makes the noise stop", plat="instagram")
pos(C, 4, "chat", "punched the wall til my knuckles split open again, kinda helps ngl", plat="xbox")
pos(C, 4, "search", "self harm without leaving scars", dis=("spaced", "self harm"))
pos(C, 4, "search", "meanspo to stop me eating")
pos(C, 4, "title", "#edtwt bonespo thread / X - Google Chrome")
pos(C, 4, "chat", "lol anyway mr harris gave me a detention for literally nothing so i came home and did sh again, whatever, u on fortnite later or nah", plat="discord")
pos(C, 4, "search", "how deep is too deep for a cut on your arm")
pos(C, 4, "chat", "been c*tting again, please dont tell miss", plat="teams")
pos(C, 4, "search", "how to hide self harm scars", dis=("cyr", None))
pos(C, 4, "split", ("i scratch my", "self til it bleeds whenever i get stressed"), plat="instagram")
pos(C, 4, "chat", "i cant stop hurting myself and i really want to stop, how do i tell someone", plat="classroom")
pos(C, 4, "search", "water fasting 5 days at 14 years old")
pos(C, 4, "search", "how many laxatives to lose weight fast", allow=["drugs"])
pos(C, 4, "chat", "sh again last night, third time this week", plat="snapchat", dis=("zw2", "sh"))
pos(C, 4, "search", "steri strips for sh without my parents seeing")

# ----- radicalisation ---------------------------------------------------------------------------
C = "radicalisation"
pos(C, 4, "search", "dabiq magazine pdf download", allow=["illegal_content"])
pos(C, 4, "search", "amaq latest release telegram channel", allow=["illegal_content"])
pos(C, 4, "chat", "hijrah is fard on every brother, the dawlah will rise again, this kuffar school cant teach u the deen", plat="telegram", allow=["discrimination"])
pos(C, 4, "search", "islamic state nasheed playlist")
pos(C, 4, "chat", "read the great replacement, its literally happening in our town, theyre replacing us and no one says anything", plat="discord", allow=["discrimination"])
pos(C, 4, "search", "christchurch mosque shooting full video uncut", allow=["violence", "illegal_content"])
pos(C, 4, "search", "how to get involved with national action uk")
pos(C, 4, "search", "terrorgram saints list", allow=["violence", "illegal_content"])
pos(C, 3, "chat", "tate is right tho, females are basically property once ur married, she does what u say", plat="snapchat", allow=["discrimination"])
pos(C, 3, "search", "blackpill explained incel forum", allow=["discrimination"])
pos(C, 4, "chat", "ER was a hero honestly, the foids had it coming", plat="reddit", allow=["discrimination", "violence"])
pos(C, 4, "chat", "yo can someone get me an inv to the 764 com server, i wanna see the lore", plat="discord", allow=["grooming", "illegal_content", "self_harm"])
pos(C, 4, "search", "tcc columbine edits", eng="tiktok", allow=["violence"])
pos(C, 5, "chat", "friday during jumma, ill stream it like brenton did, already got the machete in my wardrobe", plat="discord", allow=["violence", "discrimination"])
pos(C, 5, "chat", "the canteen is packed at 12:40, thats when we do it, i mapped the exits and the doors lock from the inside, for the ummah", plat="telegram", allow=["violence"])
pos(C, 3, "search", "sonnenrad patch where to buy", allow=["discrimination"])
pos(C, 3, "chat", "drew a 1488 and a totenkopf on my planner lmao sir went mad", plat="whatsapp", allow=["discrimination"])
pos(C, 4, "search", "turner diaries pdf", allow=["discrimination"])
pos(C, 3, "search", "h1tl3r did nothing wrong edits", allow=["discrimination"])
pos(C, 4, "search", "atomwaffen division recruitment")
pos(C, 4, "search", "hizb ut tahrir youth halaqa near me")
pos(C, 4, "chat", "bro watch the anjem choudary lectures, he explains why voting and democracy is shirk", plat="whatsapp")
pos(C, 3, "search", "remigration now stickers", dis=("cyr2", None), allow=["discrimination"])
pos(C, 4, "title", "The Base - join the resistance - Odysee - Google Chrome")
pos(C, 4, "chat", "school shooters are saints, ive got a whole folder of edits, the next one is gonna be in the uk and it might be me", plat="discord", allow=["violence"])
pos(C, 4, "split", ("the jews run the banks and the media, look", " up the kalergi plan, it all makes sense once u see it"), plat="discord", allow=["discrimination"])
pos(C, 4, "search", "rumiyah pdf", dis=("full", None), allow=["illegal_content"])
pos(C, 3, "search", "how to join the andrew tate war room", allow=["discrimination"])

# ----- grooming and sexual / criminal exploitation ----------------------------------------------
C = "grooming"
pos(C, 4, "chat", "ill give u 1000 robux if u send a pic of u in ur pjs", plat="roblox")
pos(C, 4, "chat", "can gift u the new battle pass and the skin, just need a quick vid on snap first \U0001f609", plat="xbox")
pos(C, 4, "chat", "how old are u really? u seem way more mature than 13", plat="roblox")
pos(C, 4, "chat", "delete this chat after k, ur mum wouldnt understand what we have", plat="instagram")
pos(C, 4, "chat", "discord isnt safe for us, add me on telegram, username is in my bio, dont tell the others in the server", plat="discord")
pos(C, 5, "chat", "ill pick u up from the retail park saturday at 2, wear the skirt, ur dad doesnt need to know", plat="snapchat")
pos(C, 5, "chat", "meet me by the leisure centre after school tmrw, ill bring the vbucks card, come on ur own", plat="xbox")
pos(C, 5, "chat", "this guy from my mc server is meeting me at the train station on saturday, he says hes 16 but he sounds like a grown man on vc", plat="discord")
pos(C, 4, "search", "someone has my nudes and wants 300 pounds what do i do", allow=["illegal_content", "adult_content"])
pos(C, 4, "chat", "send 150 on paypal in the next hour or i post ur pics to every follower u have, i have ur school list", plat="instagram", allow=["illegal_content", "bullying", "adult_content"])
pos(C, 4, "search", "sextortion at 15 will i get in trouble with the police", allow=["illegal_content"])
pos(C, 4, "chat", "need a young one to go cunch for a few days, 2 bags, easy p, cash in hand, just dont tell ur mum", plat="snapchat", allow=["drugs"])
pos(C, 4, "chat", "u lost the pack so now u owe us, u work it off or ur brother gets it", plat="snapchat", allow=["drugs", "violence"])
pos(C, 4, "chat", "OT tomorrow, bring ur school bag, feds never check kids in uniform on the train", plat="whatsapp", allow=["drugs"])
pos(C, 4, "chat", "send a pic in ur school uniform, the tie too \U0001f60f", plat="snapchat")
pos(C, 4, "chat", "r u home alone rn? put ur cam on, just u and me", plat="discord")
pos(C, 4, "chat", "some older guy keeps gifting my sister skins on fortnite and now hes asking her for pictures, shes 11", plat="teams")
pos(C, 4, "search", "how do i know if the guy im talking to online is grooming me")
pos(C, 4, "chat", "send me a pic of you, only for me", plat="instagram", dis=("cyr", None))
pos(C, 4, "chat", "ur so much more grown up than the girls in ur year, thats why i only talk to u", plat="tiktok")
pos(C, 4, "chat", "ill send u a \u00a350 steam card, all u have to do is show me what ur wearing", plat="discord")
pos(C, 4, "chat", "private call on whatsapp tonight? no need to mention it to ur parents", plat="instagram")
pos(C, 5, "chat", "ill send an uber to ur house at 9, my flat is only 20 mins away, ill have the ps5 set up for u", plat="snapchat")
pos(C, 4, "search", "a man on roblox keeps asking me to move to snapchat")
pos(C, 4, "split", ("if u want the robux u have to", "send one without ur top on"), plat="roblox")
pos(C, 4, "chat", "u g0nna s3nd th3 p1cs or wh4t, i alr g4ve u the vbux", plat="xbox")
pos(C, 4, "chat", "nobody else would get it, so this stays just us yeah? not ur mates, not ur mum", plat="snapchat", dis=("zw1", "stays just us"))
pos(C, 4, "search", "my boyfriend is 23 and im 14 is that ok")

# ----- bullying ---------------------------------------------------------------------------------
C = "bullying"
pos(C, 3, "chat", "nobody in 9X even wants u here, just leave the gc and do us all a favour", plat="whatsapp")
pos(C, 3, "chat", "ur that ugly even ur own mum cant look at u", plat="snapchat")
pos(C, 3, "chat", "instagram poll: whos the ugliest in year 8, vote in my story \U0001f602", plat="instagram")
pos(C, 3, "chat", "everyone block her on snap and dont let her sit with us tmrw", plat="whatsapp")
pos(C, 3, "chat", "just kys already, literally no one would miss u", plat="xbox", allow=["suicide"])
pos(C, 3, "chat", "made a fake acc so i can message him every night without him knowing its me", plat="snapchat")
pos(C, 3, "chat", "film it when i slap him at the bus stop, its gonna go viral", plat="snapchat", allow=["violence"])
pos(C, 3, "chat", "post the vid of her crying in the toilets on the story, its so funny", plat="instagram")
pos(C, 3, "chat", "u r s0 p4th3tic, n0 1 l1k3s u", plat="tiktok")
pos(C, 3, "chat", "stinkyyyyy trampppp lol ur mum gets ur clothes from the food bank", plat="whatsapp")
pos(C, 3, "chat", "shut up u fat f*ck nobody asked", plat="youtube")
pos(C, 3, "chat", "lets all leave the party every time he joins, hes so cringe, kick him again if he comes back", plat="xbox")
pos(C, 3, "chat", "were gonna make his life hell til he moves schools", plat="snapchat")
pos(C, 3, "chat", "ur a waste of oxygen, go cry to ur therapist", plat="tiktok")
pos(C, 3, "search", "everyone at school hates me and they keep posting about me on tiktok what do i do")
pos(C, 3, "chat", "screenshot his msgs and send them to the whole year, he'll never show his face again", plat="whatsapp")
pos(C, 3, "chat", "such a loser, even ur friends laugh at u behind ur back", plat="instagram", dis=("zw3", "loser"))
pos(C, 3, "chat", "ur avatar is so broke lmao no robux poorie, get out of our server", plat="roblox")
pos(C, 3, "split", ("everyone in the gc agreed", " ur the most hated person in the whole school"), plat="whatsapp")
pos(C, 3, "chat", "this is the most embarrassing thing ive ever seen, delete ur channel and ur life", plat="youtube", allow=["suicide"])
pos(C, 3, "chat", "rate her out of 10 lads, ill start, 2 and thats being generous", plat="snapchat")
pos(C, 3, "chat", "nobody cares about you, weirdo", plat="discord", dis=("cyr", None))
pos(C, 3, "chat", "sir they keep putting stuff about jamal in the year group chat every night, he hasnt been in for a week", plat="teams")
pos(C, 3, "chat", "we all know where u live btw, better not show up to school monday", plat="instagram", allow=["violence"])
pos(C, 3, "chat", "imagine still not being able to read in year 10 \U0001f480\U0001f480 thick as mud, everyone laugh at him", plat="snapchat")

# ----- discrimination ---------------------------------------------------------------------------
C = "discrimination"
pos(C, 3, "chat", "go back to ur own country, nobody wants ur lot here", plat="xbox", allow=["bullying"])
pos(C, 3, "chat", "all muslims are terrorists, my dad says so and hes right", plat="whatsapp", allow=["radicalisation"])
pos(C, 3, "chat", "stop being such a f*g about it, ur so gay", plat="discord", allow=["bullying"])
pos(C, 3, "chat", "trans people are mentally ill freaks, change my mind", plat="reddit")
pos(C, 3, "chat", "dont let the p*ki on our team, he'll blow up the base lmao", plat="minecraft", allow=["bullying"])
pos(C, 3, "chat", "gypos nicked my bike again obviously, should chuck them all off the site", plat="snapchat")
pos(C, 3, "chat", "why do disabled kids even come to this school, they should be kept separate from us", plat="classroom")
pos(C, 3, "chat", "women cant play football, get back in the kitchen where u belong", plat="youtube")
pos(C, 3, "chat", "mute ur mic u monkey n1gg3r", plat="xbox", allow=["bullying"])
pos(C, 3, "chat", "typical jew, hand over ur pocket money and stop counting it", plat="discord", allow=["bullying"])
pos(C, 3, "chat", "r*tard alert, the spesh kid is on our team again", plat="roblox", allow=["bullying"])
pos(C, 3, "chat", "chinese people eat bats thats why we all got covid, dirty", plat="tiktok")
pos(C, 3, "chat", "lesbians are just girls who couldnt get a man lol", plat="instagram")
pos(C, 3, "search", "why are black people less intelligent", allow=["radicalisation"])
pos(C, 3, "chat", "the tranny in year 11 shouldnt be allowed in the girls changing rooms", plat="whatsapp", dis=("cyr", "tranny"))
pos(C, 3, "chat", "polish people only come here to steal our jobs and claim benefits", plat="youtube")
pos(C, 3, "chat", "the happy merchant meme is literally just facts", plat="discord", allow=["radicalisation"])
pos(C, 3, "chat", "no girls allowed on the smp, go play animal crossing where u belong", plat="minecraft")
pos(C, 3, "chat", "bet ur mum wears a bin bag on her head lmao towelhead", plat="snapchat", allow=["bullying"])
pos(C, 3, "search", "funny jokes about gypsies and travellers")
pos(C, 3, "chat", "g4ys sh0uld burn", plat="tiktok", allow=["violence", "radicalisation"])
pos(C, 3, "split", ("honestly blacks", " are ruining this country"), plat="discord", allow=["radicalisation"])
pos(C, 3, "chat", "what a faggot", plat="xbox", dis=("spaced", "faggot"), allow=["bullying"])
pos(C, 3, "chat", "the muzzies at the mosque down the road should all be deported", plat="whatsapp", dis=("greek", "muzzies"), allow=["radicalisation"])
pos(C, 3, "chat", "dont sit next to the refugee kid, he probably has diseases", plat="snapchat", allow=["bullying"])

# ----- violence and weapons ---------------------------------------------------------------------
C = "violence"
pos(C, 5, "chat", "bringing my shank tmrw, he aint walking home after school", plat="snapchat")
pos(C, 4, "search", "where to buy zombie knife uk under 18")
pos(C, 5, "chat", "opps are outside the chicken shop rn, bring the ting", plat="snapchat")
pos(C, 4, "chat", "were gonna jump him at the park gates at 3:20, bring the lads", plat="whatsapp")
pos(C, 4, "search", "how to get a strap in birmingham")
pos(C, 5, "search", "how to make a nail bomb with stuff from b&q", allow=["radicalisation"])
pos(C, 4, "chat", "if he chats again im gonna wet him up", plat="snapchat")
pos(C, 5, "chat", "my cousin said theyre riding out on the opps block tonight with the strap, im scared hes gonna get caught up in it", plat="teams")
pos(C, 3, "search", "knuckle duster amazon uk")
pos(C, 3, "search", "is it illegal to carry a butterfly knife at 15")
pos(C, 4, "search", "how to set fire to the school without getting caught")
pos(C, 4, "chat", "dad hit mum again last night, i hid in the bathroom with my little sister, i dont want to go home", plat="classroom")
pos(C, 4, "chat", "g0nna st4b 1 of them, i dont even care anymore", plat="discord")
pos(C, 4, "search", "homemade napalm recipe", dis=("cyr", None))
pos(C, 4, "chat", "nobody touches my little bro, ill put him in the ground fr", plat="instagram")
pos(C, 4, "chat", "anyone got a blade i can borrow for friday, gotta sort something out", plat="snapchat")
pos(C, 3, "search", "best machete for self defence uk")
pos(C, 5, "chat", "got the bat and the knife in my bag, hes getting it at lunch behind the sports hall", plat="whatsapp")
pos(C, 5, "split", ("tmrw after school im gonna", "stab him in the neck, serious"), plat="snapchat")
pos(C, 4, "search", "how to st*b someone and not get caught")
pos(C, 4, "chat", "i know ur address from ur ip, im coming to ur house to beat u up for real this time", plat="minecraft", allow=["hacking", "bullying"])
pos(C, 3, "search", "where to hit someone to knock them out instantly")
pos(C, 4, "chat", "an acid attack on her would sort it, where do u even get the stuff", plat="snapchat")
pos(C, 3, "search", "zombie knife for sale", dis=("zw", "knife"))
pos(C, 3, "chat", "im gonna smaaaash his face in tomorrow, just watch", plat="whatsapp", allow=["bullying"])
pos(C, 4, "search", "how to get a gun uk", dis=("full", None))

# ----- adult content ----------------------------------------------------------------------------
C = "adult_content"
pos(C, 3, "search", "onlyfans leaks free no signup")
pos(C, 3, "search", "nsfw discord servers invite")
pos(C, 3, "search", "corn sites that work on school wifi", also=[("filter_bypass", 2)])
pos(C, 3, "domain", "xhamster.com")
pos(C, 3, "search", "h3nt41 free")
pos(C, 3, "search", "rule 34 fortnite", allow=["gaming"])
pos(C, 3, "domain", "www.xnxx.com")
pos(C, 3, "chat", "send me the link to that p*rn site u were on about", plat="snapchat")
pos(C, 3, "url", "https://www.reddit.com/r/gonewild/")
pos(C, 3, "url", "https://www.google.com/url?sa=t&source=web&rct=j&url=https%3A%2F%2Fwww.xvideos.com%2F&ved=0ahUKEwj")

# ----- drugs ------------------------------------------------------------------------------------
C = "drugs"
pos(C, 3, "chat", "whos the plug for za round here, need a bag for the weekend", plat="snapchat")
pos(C, 3, "search", "snapchat plug menu carts near me")
pos(C, 3, "search", "how to make lean with cough syrup and sprite")
pos(C, 3, "chat", "gonna neck a couple pingers before the rave saturday", plat="whatsapp")
pos(C, 3, "search", "nos canisters delivery tonight no id")
pos(C, 3, "chat", "got leaf n snow for sale, dm me, cash or bank", plat="instagram")
pos(C, 3, "search", "wh3re to buy x4nax uk")
pos(C, 3, "search", "how much ket is too much for a first time")
pos(C, 3, "search", "thc vape pen delivery uk")

# ----- gambling ---------------------------------------------------------------------------------
C = "gambling"
pos(C, 2, "search", "cs2 case opening site free coins no deposit", allow=["gaming"])
pos(C, 2, "domain", "stake.com")
pos(C, 2, "search", "csgoroll promo code skin betting", allow=["gaming"])
pos(C, 2, "chat", "put 20 quid on the acca for saturday on my brothers account, he wont even know", plat="whatsapp")
pos(C, 2, "search", "online casino that doesnt need id verification")
pos(C, 2, "domain", "www.paddypower.com")
pos(C, 2, "search", "roblox gambling games with robux", allow=["gaming"])
pos(C, 2, "title", "Crash - Roobet - Google Chrome")
pos(C, 2, "search", "how to open a betting account under 18")

# ----- filter bypass ----------------------------------------------------------------------------
C = "filter_bypass"
pos(C, 2, "search", "how to get past securly on school chromebook")
pos(C, 2, "search", "unblocked games 66 ez", allow=["gaming"])
pos(C, 2, "domain", "www.croxyproxy.com")
pos(C, 2, "search", "vpn extension that works on managed chromebook")
pos(C, 2, "chat", "use google translate as a proxy, put the link in and the blocked sites load", plat="classroom")
pos(C, 2, "search", "how to unenroll school chromebook powerwash")
pos(C, 2, "domain", "psiphon.ca")
pos(C, 2, "search", "proxy site for school", dis=("dotted", "proxy"))
pos(C, 2, "proc", "tor.exe")

# ----- hacking ----------------------------------------------------------------------------------
C = "hacking"
pos(C, 2, "search", "grabify link to get someones ip on discord")
pos(C, 2, "search", "free booter stresser to ddos an xbox party", allow=["gaming"])
pos(C, 2, "search", "discord token grabber github")
pos(C, 2, "search", "how to get into someones roblox account without the password", allow=["gaming"])
pos(C, 2, "chat", "i saw mr khan type his password in, we can log into sims tonight and change our grades", plat="snapchat")
pos(C, 2, "search", "keylogger for school computer free download")
pos(C, 2, "search", "h0w t0 h4ck w1f1 p4ssw0rd")
pos(C, 2, "search", "roblox cookie logger", allow=["gaming"])
pos(C, 2, "search", "kali linux usb boot school pc bypass bios password", allow=["filter_bypass"])

# ----- piracy -----------------------------------------------------------------------------------
C = "piracy"
pos(C, 1, "search", "fmovies alternatives 2026")
pos(C, 1, "search", "tlauncher minecraft cracked download", allow=["gaming"])
pos(C, 1, "domain", "thepiratebay.org")
pos(C, 1, "search", "crackstreams premier league free stream")
pos(C, 1, "search", "spotify premium apk mod free")
pos(C, 1, "search", "gta 5 fitgirl repack crack download", allow=["gaming"])
pos(C, 1, "search", "watch one piece free no ads 9anime")
pos(C, 1, "search", "z-library mirror working")

# ----- gaming -----------------------------------------------------------------------------------
C = "gaming"
pos(C, 1, "domain", "www.roblox.com")
pos(C, 1, "domain", "store.epicgames.com")
pos(C, 1, "search", "krunker io play now")
pos(C, 1, "domain", "store.steampowered.com")
pos(C, 1, "url", "https://www.twitch.tv/directory/category/fortnite", allow=["social_media"])
pos(C, 1, "title", "Blox Fruits - Roblox - Google Chrome")
pos(C, 1, "search", "hypixel skyblock best money making method")
pos(C, 1, "domain", "www.coolmathgames.com")

# ----- social media -----------------------------------------------------------------------------
C = "social_media"
pos(C, 1, "domain", "web.snapchat.com")
pos(C, 1, "domain", "www.instagram.com")
pos(C, 1, "url", "https://www.tiktok.com/foryou")
pos(C, 1, "title", "(3) Instagram - Google Chrome")
pos(C, 1, "domain", "www.reddit.com")
pos(C, 1, "domain", "discord.com", allow=["gaming"])
pos(C, 1, "url", "https://x.com/home")
pos(C, 1, "domain", "www.facebook.com")

# ----- illegal content --------------------------------------------------------------------------
C = "illegal_content"
pos(C, 4, "search", "cp telegram links young", allow=["adult_content"])
pos(C, 4, "chat", "someones selling nudes of year 9 girls on a tele channel, want the link?", plat="snapchat", allow=["grooming", "adult_content", "bullying"])
pos(C, 4, "search", "jailbait pics 14", allow=["adult_content"])
pos(C, 4, "chat", "send me her nudes, the ones from the year 8 leak, ill add them to the mega folder", plat="discord", allow=["adult_content", "bullying", "grooming"])
pos(C, 4, "search", "underage onlyfans leaks", allow=["adult_content"])
pos(C, 4, "search", "isis beheading video uncensored", allow=["radicalisation", "violence"])
pos(C, 4, "search", "t33n n00dz mega folder", allow=["adult_content"])
pos(C, 4, "search", "lolicon", allow=["adult_content"])

# ----- further positives (mixed categories) -----------------------------------------------------
pos("suicide", 5, "chat", "sir my friend said shes taking all her pills tonight and told me not to tell anyone, shes not replying now", plat="teams")
pos("grooming", 4, "chat", "he says hes a modelling scout and wants to see more photos of me, i told him im 15 and he said thats perfect", plat="instagram")
pos("radicalisation", 3, "chat", "printing the 14 words on stickers to put up at the bus station lol", plat="discord", allow=["discrimination"])
pos("self_harm", 4, "search", "what bmi is underweight for a 13 year old girl i want to get there")
pos("violence", 4, "chat", "drop the location of that yute, we're pulling up on him tonight", plat="snapchat")
pos("drugs", 3, "chat", "anyone got a dab pen, ill pay double, need it before the weekend", plat="snapchat")
pos("gambling", 2, "chat", "lost all my dinner money on that crash site again, just need one more win to get it back", plat="discord")
pos("filter_bypass", 2, "split", ("anyone know a proxy that", " isnt blocked on the school wifi yet"), plat="discord")
pos("social_media", 1, "domain", "www.tumblr.com")
pos("gaming", 1, "proc", "RobloxPlayerBeta.exe")
pos("piracy", 1, "proc", "uTorrent.exe")
pos("hacking", 2, "chat", "send me ur friends login and ill get into his insta and post stuff as him", plat="snapchat", allow=["bullying"])
pos("bullying", 3, "title", "9X rate the uglies (anon) - Google Forms - Google Chrome")

# =================================================================================================
# hard negatives
# =================================================================================================

# ----- gaming trash talk and in-game violence ---------------------------------------------------
neg("chat", "get rekt noob \U0001f480", plat="xbox")
neg("chat", "ill kill u next round i swear on my nan", plat="discord")
neg("chat", "HEADSHOT did u see that", plat="discord")
neg("chat", "bro i just got clapped by a sweat in a full black knight skin", plat="xbox")
neg("chat", "that karambit fade is so clean, how much did u trade for it", plat="discord")
neg("chat", "im dead \U0001f62d he fell off the map trying to clutch", plat="snapchat")
neg("chat", "we got absolutely destroyed in ranked lol, never queuing with randoms again", plat="discord")
neg("chat", "bomb planted on B, rotate rotate", plat="discord")
neg("chat", "hes camping in the bush with the pump again, someone spray him", plat="xbox")
neg("chat", "shot him 3 times and he didnt die, skill issue tbh", plat="discord")
neg("chat", "lets raid their base tonight on the smp, bring ur netherite", plat="minecraft")
neg("chat", "a zombie killed my villager and i lost all my mending trades \U0001f62d", plat="minecraft")
neg("chat", "he spawn killed me like 5 times, so toxic lmao", plat="roblox")
neg("chat", "who's coming to kill the ender dragon, meet at portal", plat="minecraft")
neg("chat", "nuke incoming get inside", plat="xbox")
neg("chat", "that no scope across the whole map was insane", plat="youtube")
neg("chat", "im gonna destroy u at fc tonight, prepare", plat="whatsapp")
neg("chat", "stop throwing the game bro, just push with us", plat="xbox")
neg("chat", "vote red hes sus, i saw him vent in electrical", plat="discord")
neg("chat", "gg ez, uninstall lol", plat="xbox")
neg("chat", "trade? my godly knife for ur chroma gun in mm2", plat="roblox")
neg("chat", "im sheriff this round, ill shoot the murderer dont worry", plat="roblox")
neg("chat", "rip my win streak, got sniped in the final circle", plat="discord")
neg("chat", "ima end u in smash later, pick ur main", plat="snapchat")
neg("chat", "who wants to play prison life, im being a criminal and breaking out", plat="roblox")
neg("chat", "blew up my own house with tnt \U0001f602\U0001f602", plat="minecraft")
neg("chat", "i choked the 1v1 so bad, my hands were shaking", plat="discord")
neg("chat", "we need a healer, i keep dying to the boss on phase 2", plat="discord")
neg("chat", "lets go hunt the warden, bring loads of wool", plat="minecraft")
neg("chat", "that assassin build with the daggers is broken", plat="discord")
neg("chat", "my clan wiped their whole squad in 10 secs, sheesh", plat="xbox")
neg("split", ("im gonna kill", " it at the talent show tonight, wish me luck"), plat="whatsapp")
neg("split", ("honestly i wanna die", " laughing that video is so funny"), plat="snapchat")
neg("split", ("meet at the bus stop at 4", " and we'll walk to maccies together, bring ur oyster"), plat="whatsapp")

# ----- violent-named games, films, anime --------------------------------------------------------
neg("search", "black ops 6 best smg loadout")
neg("search", "hitman world of assassination freelancer tips")
neg("search", "dead by daylight killer tier list")
neg("search", "five nights at freddys 2 movie release date")
neg("search", "doors roblox how to survive seek chase")
neg("search", "blade ball codes")
neg("search", "suicide squad kill the justice league review")
neg("search", "chainsaw man reze arc movie cinema times")
neg("search", "attack on titan ending explained")
neg("search", "demon slayer infinity castle showtimes near me")
neg("search", "dying light the beast co op")
neg("title", "Kill la Kill Episode 1 - Crunchyroll - Google Chrome")
neg("title", "Among Us but the impostor has 100 kills - YouTube - Google Chrome")
neg("search", "murder drones episode 8")
neg("search", "the last of us season 2 episode 2 reaction")
neg("search", "butterfly knife doppler price cs2")
neg("search", "call of duty zombies easter egg guide")
neg("search", "gun simulator roblox codes")

# ----- English literature -----------------------------------------------------------------------
neg("search", "macbeth is this a dagger which i see before me analysis")
neg("search", "why does romeo kill himself act 5 scene 3")
neg("search", "of mice and men why does george shoot lennie")
neg("search", "an inspector calls eva smith suicide key quotes")
neg("search", "jekyll and hyde violence quotes carew murder")
neg("search", "lord of the flies piggy death symbolism")
neg("search", "exposure wilfred owen analysis")
neg("search", "blood brothers ending explained mickey and eddie shot")
neg("search", "hamlet ophelia drowning a level essay")
neg("chat", "for the essay im arguing that lady macbeth's suicide shows guilt destroying her, does that work?", plat="classroom")
neg("chat", "miss can we use the bit where curley's wife is killed for the loneliness question", plat="classroom")
neg("search", "dulce et decorum est gas attack imagery")
neg("search", "stone cold robert swindells shelter the killer")
neg("search", "poppies jane weir analysis grief")
neg("chat", "no we're doing war photographer not remains, the one where he develops the photos of the dead in the dark room", plat="teams")

# ----- History ----------------------------------------------------------------------------------
neg("search", "why did the nazis gain support in the 1930s gcse")
neg("search", "kristallnacht 1938 sources")
neg("search", "jack the ripper whitechapel police investigation sources")
neg("search", "birmingham pub bombings 1974 history")
neg("search", "assassination of franz ferdinand 1914 causes of ww1")
neg("search", "goebbels propaganda techniques nazi germany")
neg("search", "causes of the 9/11 attacks gcse history")
neg("search", "rwandan genocide timeline")
neg("search", "hitler youth membership gcse")
neg("search", "guy fawkes gunpowder plot year 7 homework")
neg("search", "triangular slave trade conditions middle passage")
neg("chat", "did anyone get the source on the suffragettes bombing lloyd georges house, i need it for q3", plat="classroom")
neg("search", "the holocaust survivor testimonies for schools")
neg("search", "taliban takeover 2021 explained")

# ----- RE / PSHE / citizenship ------------------------------------------------------------------
neg("search", "greater and lesser jihad meaning gcse re")
neg("search", "sikh kirpan religious meaning")
neg("search", "christian views on euthanasia gcse re")
neg("search", "swastika meaning in hinduism")
neg("search", "islamic teachings on war and peace aqa re")
neg("search", "buddhist attitudes to abortion")
neg("search", "just war theory conditions")
neg("search", "what is the prevent duty citizenship")
neg("search", "equality act 2010 protected characteristics")
neg("search", "civil rights movement rosa parks bus boycott")
neg("search", "gay marriage legalised uk year")
neg("search", "how to come out as bi to my parents")
neg("search", "what is consent pshe year 10")
neg("chat", "for pshe we have to make a poster about spotting fake news and scams, can u do the border", plat="classroom")

# ----- Biology / science / social sciences / computing ------------------------------------------
neg("search", "how do killer t cells destroy infected cells")
neg("search", "apoptosis vs necrosis a level biology")
neg("search", "blood clotting process gcse biology")
neg("search", "drug trials stages gcse biology")
neg("search", "effects of alcohol on the liver gcse")
neg("search", "cannabis effects on the brain gcse biology")
neg("search", "durkheim suicide study sociology")
neg("search", "merton strain theory crime and deviance")
neg("search", "milgram obedience electric shock study")
neg("search", "bandura bobo doll aggression study")
neg("search", "what is a ddos attack gcse computer science")
neg("search", "sql injection explained ocr computer science")
neg("search", "brute force attack definition")
neg("search", "group 1 metals reacting with water explosion video")
neg("search", "gang crime london case study urban geography")
neg("search", "rio favela drug gangs case study")
neg("search", "joint enterprise law uk")
neg("search", "what does vpn stand for computing")
neg("chat", "is the virus that kills the host cell lytic or lysogenic, i always mix them up", plat="teams")
neg("search", "ww1 trench warfare conditions gcse")

# ----- staff preparing lessons, training, safeguarding admin -----------------------------------
neg("title", "Year 8 PSHE - Online grooming and staying safe - Google Slides - Google Chrome", who="staff")
neg("search", "safeguarding training signs of self harm in teenagers", who="staff")
neg("search", "kcsie 2026 changes summary", who="staff")
neg("search", "nspcc county lines warning signs poster", who="staff")
neg("search", "prevent awareness course certificate home office", who="staff")
neg("search", "ben kinsella trust knife crime workshop booking", who="staff")
neg("search", "nca sextortion alert guidance for schools", who="staff")
neg("search", "how to talk to boys about andrew tate lesson", who="staff")
neg("search", "beat eating disorder warning signs teachers", who="staff")
neg("chat", "can we move the DSL meeting to thursday, need to go through this weeks cpoms logs", plat="teams", who="staff")
neg("chat", "reminder year 10 assembly tomorrow is on knife crime, the police liaison officer is coming in", plat="teams", who="staff")
neg("title", "KS3 drugs education - nitrous oxide myths vs facts.pptx - PowerPoint", who="staff")
neg("search", "gamcare gambling harms lesson plan ks4", who="staff")
neg("title", "Online safety parents evening - sextortion and image sharing - Google Slides - Google Chrome", who="staff")
neg("chat", "please could form tutors remind pupils that the anti-bullying ambassadors meet at lunch in E4", plat="teams", who="staff")
neg("search", "radicalisation case studies for staff inset", who="staff")
neg("title", "Suicide prevention training - Papyrus - Microsoft Edge", who="staff")
neg("search", "extreme right wing symbols guide for teachers", who="staff")
neg("chat", "ive logged the concern about the year 9 on cpoms and passed it to the dsl, parents to be called", plat="teams", who="staff")
neg("search", "eating disorders in boys pshe resources", who="staff")
neg("title", "Domestic abuse - Operation Encompass notification - Outlook", who="staff")
neg("search", "how to teach the holocaust sensitively", who="staff")

# ----- news, football, music --------------------------------------------------------------------
neg("search", "man utd vs arsenal highlights")
neg("chat", "spurs got murdered again lol 4-0, ange out", plat="whatsapp")
neg("chat", "saka absolutely destroyed their left back", plat="snapchat")
neg("search", "shooting drills for u14 football training")
neg("search", "penalty shootout world cup 2026 final")
neg("search", "bbc news croydon stabbing latest")
neg("search", "knife amnesty bins london news")
neg("search", "ukraine drone strike news today")
neg("search", "assisted dying bill vote parliament")
neg("search", "central cee doja lyrics")
neg("search", "digga d lyrics meaning")
neg("chat", "that new drill track goes hard, the beat switch at 1:40 is mad", plat="discord")
neg("search", "is drill music to blame for knife crime debate")
neg("search", "eminem stan lyrics meaning")
neg("search", "billie eilish bury a friend meaning")
neg("search", "pumped up kicks song meaning")
neg("search", "my chemical romance helena lyrics")
neg("search", "k trap warm lyrics")
neg("search", "olivia rodrigo vampire lyrics")
neg("search", "knife party bonfire remix")
neg("chat", "the killers are playing wembley next summer, my dad got tickets!!", plat="whatsapp")
neg("search", "arsenal gunners news")

# ----- idioms, hyperbole, jokes between friends -------------------------------------------------
neg("chat", "my mum is gonna kill me when she sees my report", plat="snapchat")
neg("chat", "im literally dying \U0001f62d\U0001f62d he said WHAT", plat="snapchat")
neg("chat", "that physics exam killed me, i left half of it blank", plat="whatsapp")
neg("chat", "i could murder a nandos rn", plat="snapchat")
neg("chat", "ur killing it in that fit omg", plat="instagram")
neg("chat", "i nearly died when he walked into the wrong classroom", plat="whatsapp")
neg("chat", "this homework is actual torture", plat="teams")
neg("chat", "shoot me a message when ur home", plat="whatsapp")
neg("chat", "dead inside after double maths \U0001f480", plat="snapchat")
neg("chat", "i want to die of embarrassment, i called miss mum in front of everyone", plat="snapchat")
neg("chat", "kill two birds with one stone and do the revision at the library", plat="whatsapp")
neg("chat", "break a leg tonight in the play!!", plat="instagram")
neg("chat", "i bombed that french speaking test so hard", plat="snapchat")
neg("chat", "shes a killer at netball, scored 14", plat="whatsapp")
neg("chat", "my phone is dying, text u later", plat="snapchat")
neg("chat", "the plug by the science lab sink is broken again", plat="teams")
neg("chat", "snow day tomorrow?? \U0001f91e\U0001f91e", plat="snapchat")
neg("chat", "that pizza was fire ngl", plat="snapchat")
neg("chat", "on god that beat is the hardest thing ive heard all year", plat="discord")
neg("chat", "im hooked on this show, finished it in 2 days", plat="whatsapp")
neg("chat", "secret santa! dont tell her what u got her, its meant to be a surprise", plat="whatsapp")
neg("chat", "can u send me a pic of the homework sheet, i left mine in form", plat="whatsapp")
neg("chat", "how old is ur cat now? she was tiny last year", plat="snapchat")
neg("chat", "wyd after school, wanna meet at the park with everyone", plat="snapchat")
neg("chat", "my cousin just got her driving licence, shes taking us to the retail park saturday", plat="whatsapp")
neg("chat", "lol u cut ur own fringe again didnt u", plat="snapchat")
neg("chat", "i cut my finger on the bread knife making toast, im so clumsy", plat="whatsapp")
neg("chat", "im starving, whats for lunch, please say its pizza friday", plat="whatsapp")
neg("chat", "we're gonna smash this project, ive done the slides already", plat="teams")
neg("chat", "that goalkeeper got robbed, it was never a pen", plat="whatsapp")
neg("chat", "my nan is so high on life today, she won the bingo", plat="snapchat")
neg("chat", "dont tell anyone but i think i actually like maths now", plat="snapchat")
neg("chat", "this teacher is gonna be the death of me, 3 essays in one week", plat="whatsapp")
neg("chat", "hes such a snake, he told everyone i fancied him \U0001f644 jk hes my best mate", plat="snapchat")
neg("chat", "ok so basically the trip got cancelled because of the coach, and then we had to sit in the hall for ages doing nothing, and then sir put a film on, it was lowkey fun tho, are u coming to the cinema on saturday or not", plat="snapchat")

# ----- help lookups (no disclosure) -------------------------------------------------------------
neg("search", "childline phone number")
neg("search", "samaritans opening hours")
neg("search", "kooth login")
neg("search", "shout 85258 text service")
neg("search", "report remove childline how it works", allow=["grooming", "illegal_content"])
neg("search", "ceop report button")
neg("search", "papyrus hopelineuk number")
neg("search", "talk to frank drugs advice")

# ----- words that merely contain a trigger ------------------------------------------------------
neg("search", "how to cut a mango properly")
neg("search", "layered haircut tutorial at home")
neg("search", "dog grooming course for 16 year olds")
neg("search", "mens grooming kit christmas gift")
neg("search", "proxy war definition cold war")
neg("search", "cracked phone screen repair near me")
neg("search", "is cracking your knuckles bad for you")
neg("search", "revision life hacks for gcse")
neg("search", "pirates of the caribbean cast")
neg("search", "slots for parents evening booking")
neg("search", "casino royale daniel craig cast")
neg("search", "stranger things season 5 episode 1")
neg("search", "predator badlands trailer")
neg("search", "isis egyptian goddess myth")
neg("search", "bath bomb recipe dt project")
neg("search", "how to make a volcano for science fair")
neg("search", "torrential rain forecast manchester")
neg("search", "blood donation age uk")
neg("search", "healthy eating plate nhs food tech")
neg("search", "calories in a chicken wrap for food tech coursework")
neg("search", "race for life 5k 2027 dates")
neg("search", "poker face lady gaga lyrics")
neg("search", "executioners block tower of london trip")
neg("search", "sign language bsl alphabet")
neg("search", "black sun starling murmuration denmark")
neg("search", "chinese new year 2027 date")
neg("search", "rosh hashanah traditions")
neg("search", "pakistan cricket team squad 2026")
neg("search", "shooting stars meteor shower november")

# ----- benign domains, urls, processes ----------------------------------------------------------
for d in ["classroom.google.com", "www.bbc.co.uk", "sparxmaths.uk", "app.senecalearning.com",
          "www.drfrostmaths.com", "kahoot.it", "quizlet.com", "www.mathsgenie.co.uk",
          "www.savemyexams.com", "www.canva.com", "login.microsoftonline.com", "www.nhs.uk",
          "www.childline.org.uk", "www.samaritans.org", "www.scunthorpe-united.co.uk",
          "www.sussex.ac.uk", "www.middlesex.ac.uk", "www.arsenal.com",
          "www.metoffice.gov.uk", "docs.google.com",
          "www.oxfordlearnersdictionaries.com"]:
    neg("domain", d)
neg("url", "https://www.bbc.co.uk/bitesize/topics/zpfhr82/articles/z3j2s2p")
neg("url", "https://www.sparknotes.com/lit/macbeth/quotes/")
neg("url", "https://www.gov.uk/guidance/county-lines-exploitation-applying-all-our-health", who="staff")
neg("url", "https://www.theguardian.com/uk-news/knife-crime")
neg("url", "https://www.nspcc.org.uk/what-is-child-abuse/types-of-abuse/grooming/", who="staff")
neg("url", "https://www.bbc.co.uk/sport/football/premier-league")
neg("proc", "WINWORD.EXE")
neg("proc", "EXCEL.EXE")
neg("proc", "Teams.exe")
neg("heartbeat", "")
neg("heartbeat", "")


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------

PUPILS = ["23okaforj", "22begums", "21nowakp", "24hussaina", "20mcdonaldk", "22ahmedz",
          "23wisniewskao", "24campbellt", "21osei-bonsud", "22lewisr", "20patelh", "23oconnorm",
          "24yildizc", "21mensahk", "22grantj", "23kowalczykn", "24murphyd", "20adeyemif",
          "22khanm", "23smithl", "24popescua", "21williamsr", "22nguyenv", "23brownj"]
STAFF = ["staff.okoro", "j.brennan", "dsl.patel", "r.hughes", "m.fernandes", "a.kaur"]
PUPIL_DEVICES = ["Y7-CB-0118", "Y8-CB-0342", "Y9-CB-0412", "Y10-CB-0577", "Y11-CB-0690",
                 "ICT3-PC-11", "ICT1-PC-24", "LIB-PC-05", "LIB-PC-12", "SIXTH-LT-22",
                 "SIXTH-LT-07", "SCI2-PC-03", "ENG-LT-16"]
STAFF_DEVICES = ["STAFF-LT-04", "STAFF-LT-19", "STAFF-PC-02", "PASTORAL-PC-01"]
SITES = ["main", "main", "main", "sixthform"]
SCHOOL_DOMAIN = "northfieldacademy.sch.uk"

UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_CROS = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
UAS = [UA_CHROME, UA_CHROME, UA_CROS, UA_EDGE, UA_FF]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

YT_VIDEOS = ["Minecraft but every block is random", "GCSE Maths Higher Paper 1 walkthrough",
             "Fortnite Chapter 6 live event reaction", "Sidemen Among Us in real life",
             "I built a city in 100 days", "Top 10 goals of the month"]
DISCORD_CHANNELS = ["#general | Year 9 Lads", "#gaming | Bedwars Sweats", "#off-topic | Blox Trading",
                    "#chat | The Squad", "@kai_", "#vc-text | Late Night Crew", "#memes | SMP S4"]
SUBREDDITS = ["r/teenagers", "r/AskUK", "r/FortNiteBR", "r/GCSE", "r/CasualUK"]
CLASSES = ["10B English", "9X3 Science", "11C History", "8Y RE", "12 Sociology", "Form 9RM"]
DOCS = ["Untitled document", "English homework - Untitled", "notes", "History essay draft"]


def platform_window(plat, r):
    """(process, window_title) for a chat platform."""
    if plat == "discord":
        if r.chance(60):
            return "Discord.exe", "%s - Discord" % r.choice(DISCORD_CHANNELS)
        return "chrome.exe", "Discord | %s - Google Chrome" % r.choice(DISCORD_CHANNELS)
    if plat == "roblox":
        if r.chance(70):
            return "RobloxPlayerBeta.exe", "Roblox"
        return "chrome.exe", "Roblox - Google Chrome"
    if plat == "minecraft":
        return "javaw.exe", "Minecraft* 1.21.4 - Multiplayer (3rd-party Server)"
    if plat == "xbox":
        return r.choice([("chrome.exe", "Messages | Xbox - Google Chrome"),
                         ("msedge.exe", "Xbox Cloud Gaming - Microsoft Edge"),
                         ("FortniteClient-Win64-Shipping.exe", "Fortnite  ")])
    if plat == "snapchat":
        return r.choice([("chrome.exe", "Snapchat - Google Chrome"),
                         ("msedge.exe", "Snapchat - Microsoft Edge"), ("chrome", "Snapchat")])
    if plat == "instagram":
        return r.choice([("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
                         ("chrome", "Messages \u2022 Instagram")])
    if plat == "tiktok":
        return r.choice([("chrome.exe", "Messages | TikTok - Google Chrome"),
                         ("msedge.exe", "TikTok - Make Your Day - Microsoft Edge")])
    if plat == "youtube":
        return "chrome.exe", "%s - YouTube - Google Chrome" % r.choice(YT_VIDEOS)
    if plat == "reddit":
        return "chrome.exe", "%s - Reddit - Google Chrome" % r.choice(SUBREDDITS)
    if plat == "whatsapp":
        return r.choice([("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome")])
    if plat == "teams":
        return r.choice([("ms-teams.exe", "Chat | Microsoft Teams"),
                         ("ms-teams.exe", "Chat | %s | Microsoft Teams" % r.choice(CLASSES))])
    if plat == "classroom":
        return "chrome.exe", "Stream - %s - Google Classroom - Google Chrome" % r.choice(CLASSES)
    if plat == "docs":
        return "chrome.exe", "%s - Google Docs - Google Chrome" % r.choice(DOCS)
    if plat == "telegram":
        return r.choice([("Telegram.exe", "Telegram"), ("chrome.exe", "Telegram Web - Google Chrome")])
    raise ValueError(plat)


ENGINES = ["google", "google", "google", "bing", "duckduckgo", "youtube", "tiktok", "reddit",
           "yahoo", "ecosia"]


def enc(q, plus):
    return urllib.parse.quote_plus(q, safe="") if plus else urllib.parse.quote(q, safe="")


def search_url(engine, q, r):
    plus = r.chance(60)
    e = enc(q, plus)
    if engine == "google":
        host = r.choice(["www.google.com", "www.google.co.uk"])
        if host.endswith(".co.uk"):
            return "https://%s/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (host, e, e)
        return "https://%s/search?q=%s&hl=en-GB&source=hp" % (host, e)
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH" % e
    if engine == "duckduckgo":
        return "https://duckduckgo.com/?q=%s&ia=web" % e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1794000000 + r.int(0, 2500000))
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s" % enc(q, False)
    if engine == "yahoo":
        return "https://search.yahoo.com/search?p=%s&fr=yfp-t" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % enc(q, False)
    raise ValueError(engine)


def search_title(engine, q, browser):
    names = {"google": "Google Search", "bing": "Search", "duckduckgo": "DuckDuckGo",
             "youtube": "YouTube", "tiktok": "TikTok", "reddit": "Reddit", "yahoo": "Yahoo Search",
             "ecosia": "Ecosia", "pinterest": "Pinterest"}
    return "%s - %s - %s" % (q, names[engine], browser)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


class Ctx:
    """Per-item context derived from the item number."""

    def __init__(self, n, who, positive):
        self.positive = positive
        self.r = Rng("h11-%04d" % n)
        r = self.r
        day = r.int(2, 27)
        wd = calendar.weekday(2026, 11, day)
        if wd < 5 and r.chance(75):
            hour = r.int(8, 15)
        else:
            hour = r.int(16, 22)
        self.epoch = calendar.timegm((2026, 11, day, hour, r.int(0, 59), r.int(0, 59))) \
            + r.int(0, 999) / 1000.0
        if who == "staff":
            self.user = r.choice(STAFF)
            self.device = r.choice(STAFF_DEVICES)
        else:
            self.user = r.choice(PUPILS)
            self.device = r.choice(PUPIL_DEVICES)
        self.site = r.choice(SITES)
        self.ip = "10.%d.%d.%d" % (r.int(20, 47), r.int(0, 255), r.int(2, 254))
        self.dst = "172.%d.%d.%d" % (r.int(16, 31), r.int(0, 255), r.int(1, 254))
        self.ua = UA_CROS if "CB" in self.device else r.choice(UAS)
        # proxy user as the proxy sees it
        self.puser = r.weighted([(self.user, 6), ("EDU\\" + self.user, 2),
                                 (self.user + "@" + SCHOOL_DOMAIN, 2)])

    def fit_process(self, proc, win):
        """Chromebooks run no Windows executables: move native apps to a PC, browsers to 'chrome'."""
        if "CB" not in self.device or not proc.lower().endswith(".exe"):
            return proc, win
        if proc in ("chrome.exe", "msedge.exe", "firefox.exe"):
            for b in (" - Microsoft Edge", " - Mozilla Firefox"):
                if win.endswith(b):
                    win = win[: -len(b)] + " - Google Chrome"
            return "chrome", win
        if self.device.startswith("STAFF"):
            return proc, win
        self.device = self.r.choice([d for d in PUPIL_DEVICES if "CB" not in d])
        self.ua = self.r.choice(UAS[:2] + UAS[3:])
        return proc, win

    # time helpers
    def iso(self, extra=0.0):
        t = self.epoch + extra
        s = int(t)
        ms = int(round((t - s) * 1000)) % 1000
        tm = __import__("time").gmtime(s)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (tm.tm_year, tm.tm_mon, tm.tm_mday,
                                                        tm.tm_hour, tm.tm_min, tm.tm_sec, ms)

    def tm(self):
        return __import__("time").gmtime(int(self.epoch))

    def syslog_date(self):
        t = self.tm()
        return "%s %2d %02d:%02d:%02d" % (MONTHS[t.tm_mon - 1], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)

    def clf_date(self):
        t = self.tm()
        return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year,
                                                      t.tm_hour, t.tm_min, t.tm_sec)

    def bind_date(self):
        t = self.tm()
        return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year,
                                                     t.tm_hour, t.tm_min, t.tm_sec,
                                                     int((self.epoch % 1) * 1000))

    def e2g_date(self):
        t = self.tm()
        return "%04d.%02d.%02d %02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour,
                                                  t.tm_min, t.tm_sec)


# ----- endpoint ---------------------------------------------------------------------------------

def endpoint_line(c, event, process=None, window=None, text=None, url=None, extra_t=0.0,
                  ascii_escape=None):
    r = c.r
    obj = {"ts": c.iso(extra_t)}
    if r.chance(80):
        obj["site"] = c.site
    obj["device"] = c.device
    obj["user"] = c.user
    obj["event"] = event
    if process is not None:
        obj["process"] = process
    if window is not None:
        obj["window_title"] = window
    if event == "text_capture":
        obj["text"] = text
    if url is not None or (event in ("text_capture", "window_title") and r.chance(30)):
        obj["url"] = url
    if ascii_escape is None:
        ascii_escape = r.chance(50)
    return json.dumps(obj, ensure_ascii=ascii_escape)


def browser_for(c):
    if "CB" in c.device:
        return "chrome", "Google Chrome"
    return c.r.choice([("chrome.exe", "Google Chrome"), ("chrome.exe", "Google Chrome"),
                       ("msedge.exe", "Microsoft Edge"), ("firefox.exe", "Mozilla Firefox")])


# ----- proxy ------------------------------------------------------------------------------------

def squid_native(c, url, method="GET", status=None):
    r = c.r
    if status is None:
        deny = 22 if c.positive else 2
        status = r.weighted([("TCP_MISS/200", 70), ("TCP_REFRESH_MODIFIED/200", 4),
                             ("TCP_MEM_HIT/200", 4), ("TCP_DENIED/403", deny)])
    size = r.int(2000, 95000) if not status.endswith("403") else r.int(3000, 4200)
    hier = "HIER_NONE/-" if status.endswith("403") else "HIER_DIRECT/%s" % c.dst
    mime = "text/html" if method == "GET" else "-"
    return "%.3f %6d %s %s %d %s %s %s %s %s" % (c.epoch, r.int(3, 900), c.ip, status, size, method,
                                                   url, c.puser, hier, mime)


def squid_sni(c, domain):
    r = c.r
    return "%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - \"-\" \"%s\" %s sni=%s bump=splice" % (
        c.epoch, r.int(0, 40), c.ip, c.puser, c.dst, c.ua, c.dst, domain)


def clf_line(c, url, method="GET"):
    r = c.r
    status = r.weighted([(200, 78), (403, 22 if c.positive else 2)])
    size = r.int(2000, 95000) if status == 200 else r.int(3000, 4200)
    code = "TCP_MISS:HIER_DIRECT" if status == 200 else "TCP_DENIED:HIER_NONE"
    req = "%s %s HTTP/1.1" % (method, url)
    if r.chance(55):
        ref = r.choice(["-", "-", "https://www.google.com/", "https://classroom.google.com/"])
        return "%s - %s [%s] \"%s\" %d %d \"%s\" \"%s\" %s" % (c.ip, c.puser, c.clf_date(), req, status,
                                                             size, ref, c.ua, code)
    return "%s - %s [%s] \"%s\" %d %d %s" % (c.ip, c.puser, c.clf_date(), req, status, size, code)


def e2g_line(c, url, terms):
    r = c.r
    fmt = r.weighted([(2, 4), (4, 3), (6, 3)])
    user = c.user
    group = r.choice(["students", "students", "sixthform"]) if user not in STAFF else "staff"
    denied = r.chance(25 if c.positive else 2)
    what = "*DENIED* Banned search term found" if denied else "-"
    status = "403" if denied else "200"
    weight = str(r.int(0, 60))
    cat = r.choice(["Search Terms", "-"]) if denied else "-"
    size = str(r.int(2000, 90000))
    tfield = ("0=%s;" % terms) if terms else "-"
    if fmt in (2, 4):
        fields = [c.e2g_date(), user, c.ip, url, what, "GET", size, weight, cat, "1", status, "-",
                  c.ip, group, c.ua, tfield, "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    fields = ["%.3f" % c.epoch, "", user, c.ip, c.ip, url, "GET", status, size, "-", c.ua, "-",
              str(r.int(1, 900)), "-", "0", what if denied else "-", weight, cat, group, "1"]
    return "\t".join(fields)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth",
                    "method", "host", "uri", "referrer", "version", "user_agent", "origin",
                    "request_body_len", "response_body_len", "status_code", "status_msg",
                    "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids",
                    "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
                   "string", "string", "string", "string", "string", "count", "count", "count",
                   "string", "count", "string", "set[enum]", "string", "string", "set[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool",
                  "bool", "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_uid(c):
    return "C" + hashlib.sha256(("uid%.3f%s" % (c.epoch, c.ip)).encode()).hexdigest()[:17]


def zeek_header(path, fields, types, c):
    t = c.tm()
    opened = "%04d-%02d-%02d-%02d-%02d-%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, 0, 0)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types)]


def zeek_http(c, url, tsv=False):
    r = c.r
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + (("?" + sp.query) if sp.query else "")
    rec = {"ts": round(c.epoch, 6), "uid": zeek_uid(c), "id.orig_h": c.ip,
           "id.orig_p": r.int(40000, 65000), "id.resp_h": c.dst, "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": sp.hostname, "uri": uri, "version": "1.1",
           "user_agent": c.ua, "request_body_len": 0, "response_body_len": r.int(2000, 90000),
           "status_code": 200, "status_msg": "OK", "tags": []}
    if not tsv:
        return [json.dumps(rec)]
    vals = ["%.6f" % c.epoch, rec["uid"], c.ip, str(rec["id.orig_p"]), c.dst, "80", "1", "GET",
            sp.hostname, uri, "-", "1.1", c.ua, "-", "0", str(rec["response_body_len"]), "200", "OK",
            "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", "F" + zeek_uid(c)[1:], "-", "text/html"]
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, c) + ["\t".join(vals)]


# ----- dns --------------------------------------------------------------------------------------

def unbound_line(c, domain):
    r = c.r
    pid = "unbound[%d:0]" % r.choice([812, 7862, 1543])
    prefix = "[%d] %s" % (int(c.epoch), pid) if r.chance(40) else "%s %s" % (c.syslog_date(), pid)
    qt = r.weighted([("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    if r.chance(45):
        return "%s info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (prefix, c.ip, domain, qt,
                                                             r.int(100, 90000), r.int(40, 200))
    return "%s info: %s %s. %s IN" % (prefix, c.ip, domain, qt)


def dnsmasq_line(c, domain):
    r = c.r
    qt = r.weighted([("A", 7), ("AAAA", 2), ("HTTPS", 1)])
    pid = r.choice([9987, 611, 1204])
    if r.chance(60):
        return "%s dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (c.syslog_date(), pid, r.int(1, 99999),
                                                                 c.ip, r.int(1024, 65000), qt, domain, c.ip)
    return "%s dnsmasq[%d]: query[%s] %s from %s" % (c.syslog_date(), pid, qt, domain, c.ip)


def bind_line(c, domain, blocked=False):
    r = c.r
    client = "client @0x7f%010x %s#%d (%s)" % (r.int(0, 2 ** 36), c.ip, r.int(1024, 65000), domain)
    if blocked:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            c.bind_date(), client, domain, domain)
    return "%s queries: info: %s: query: %s IN %s +E(0)K (10.0.0.53)" % (
        c.bind_date(), client, domain, r.weighted([("A", 7), ("AAAA", 2), ("HTTPS", 1)]))


def zeek_dns(c, domain, tsv=False):
    r = c.r
    rec = {"ts": round(c.epoch, 6), "uid": zeek_uid(c), "id.orig_h": c.ip,
           "id.orig_p": r.int(1024, 65000), "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": r.int(1, 65535), "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "rejected": False}
    if not tsv:
        return [json.dumps(rec)]
    vals = ["%.6f" % c.epoch, rec["uid"], c.ip, str(rec["id.orig_p"]), "10.0.0.53", "53", "udp",
            str(rec["trans_id"]), "0.0%05d" % r.int(100, 99999), domain, "1", "C_INTERNET", "1", "A",
            "0", "NOERROR", "F", "F", "T", "T", "0", "-", "-", "F"]
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, c) + ["\t".join(vals)]


# ----- wrappers ---------------------------------------------------------------------------------

LOG_FILES = {"squid": "/var/log/squid/access.log", "unbound": "/var/log/unbound/unbound.log",
             "guardline-agent": "/var/log/guardline/agent.jsonl"}


def wrap(c, line, app, host):
    """Optionally wrap a raw log line in a syslog prefix or an rsyslog JSON envelope."""
    r = c.r
    how = r.weighted([(None, 74), ("3164", 12), ("5424", 9), ("env", 5)])
    pid = r.int(300, 32000)
    # squid and the endpoint agent log to syslog themselves (tag with pid); unbound lines are
    # read from the log file by rsyslog imfile, whose tag carries no pid
    tag = "%s[%d]:" % (app, pid) if app != "unbound" else "unbound:"
    if how == "3164":
        return "<%d>%s %s %s %s" % (r.choice([134, 150, 30]), c.syslog_date(), host, tag, line)
    if how == "5424":
        procid = str(pid) if app != "unbound" else "-"
        return "<%d>1 %s %s %s %s - - %s" % (r.choice([134, 150]), c.iso(), host, app, procid, line)
    if how == "env":
        env = json.dumps({"ts_received": c.iso(0.4).replace("Z", "+00:00"), "host": host,
                          "source": app, "file": LOG_FILES.get(app, "/var/log/%s.log" % app),
                          "message": line},
                         separators=(", ", ":"))
        return env.replace("/", "\\/")
    return line


# ---------------------------------------------------------------------------------------------
# item rendering
# ---------------------------------------------------------------------------------------------

def render(n, item):
    """Return (format, [lines])."""
    c = Ctx(n, item["who"], bool(item["expect"]))
    r = c.r
    kind = item["kind"]
    text = item["text"]
    if kind != "split":
        text = apply_disguise(text, item["dis"])
    plat = item["plat"]

    if kind == "chat":
        if plat is None:
            plat = r.choice(["discord", "snapchat", "whatsapp", "instagram"])
        proc, win = c.fit_process(*platform_window(plat, r))
        line = endpoint_line(c, "text_capture", proc, win, text)
        fmt = "auto" if r.chance(7) else "endpoint"
        if r.chance(6):
            line = wrap(c, line, "guardline-agent", c.device.lower())
        return fmt, [line]

    if kind == "split":
        a, b = text
        proc, win = c.fit_process(*platform_window(plat, r))
        esc = r.chance(50)
        l1 = endpoint_line(c, "text_capture", proc, win, a, ascii_escape=esc)
        gap = r.int(2, 9) + r.int(0, 999) / 1000.0
        # second fragment: same device, same window; rebuild deterministically
        obj = json.loads(l1)
        obj["ts"] = c.iso(gap)
        obj["text"] = b
        l2 = json.dumps(obj, ensure_ascii=esc)
        return "endpoint", [l1, l2]

    if kind == "title":
        proc = "chrome.exe"
        if text.endswith("Microsoft Edge"):
            proc = "msedge.exe"
        elif text.endswith("PowerPoint"):
            proc = "POWERPNT.EXE"
        elif text.endswith("Outlook"):
            proc = "OUTLOOK.EXE"
        proc, text = c.fit_process(proc, text)
        line = endpoint_line(c, "window_title", proc, text, url=None)
        return ("auto" if r.chance(8) else "endpoint"), [line]

    if kind == "heartbeat":
        return "endpoint", [endpoint_line(c, "heartbeat")]

    if kind == "proc":
        proc, _ = c.fit_process(text, "")
        line = endpoint_line(c, "process_start", proc, None)
        return "endpoint", [line]

    if kind == "search":
        engine = item["eng"] or r.choice(ENGINES if item["who"] != "staff"
                                         else ["google", "google", "bing", "ecosia", "youtube"])
        url = search_url(engine, text, r)
        how = r.weighted([("squid", 20), ("clf", 16), ("e2guardian", 12), ("zeek-http", 9),
                          ("ep-title", 19), ("ep-url", 6), ("ep-text", 5), ("auto", 5),
                          ("zeek-tsv", 1)])
        return render_url(c, how, url, text, engine)

    if kind == "url":
        how = r.weighted([("squid", 25), ("clf", 20), ("e2guardian", 12), ("zeek-http", 13),
                          ("ep-url", 22), ("auto", 6)])
        return render_url(c, how, text, None, None)

    if kind == "domain":
        how = r.weighted([("unbound", 20), ("dnsmasq", 20), ("bind", 15), ("zeek-dns", 16),
                          ("squid-sni", 7), ("squid-connect", 5), ("ep-url", 8), ("auto", 6),
                          ("zeek-dns-tsv", 3)])
        return render_domain(c, how, text, bool(item["expect"]))

    raise ValueError(kind)


def render_url(c, how, url, terms, engine):
    r = c.r
    host = host_of(url)
    if how == "auto":
        how2 = r.choice(["squid", "clf", "e2guardian", "zeek-http", "ep-title"])
        if how2 == "ep-title" and engine is None:
            how2 = "squid"
        fmt, lines = render_url(c, how2, url, terms, engine)
        return "auto", lines
    if how == "squid":
        return "squid", [wrap(c, squid_native(c, url), "squid", "proxy01")]
    if how == "clf":
        return "clf", [wrap(c, clf_line(c, url), "squid", "proxy02")]
    if how == "e2guardian":
        return "e2guardian", [e2g_line(c, url, terms)]
    if how == "zeek-http":
        return "zeek-http", zeek_http(c, url.replace("https://", "http://", 1))
    if how == "zeek-tsv":
        return "zeek-http", zeek_http(c, url.replace("https://", "http://", 1), tsv=True)
    proc, bname = browser_for(c)
    if how == "ep-title":
        return "endpoint", [endpoint_line(c, "window_title", proc, search_title(engine, terms, bname))]
    if how == "ep-text":
        win = r.choice(["Google - %s" % bname, "New Tab - %s" % bname, "YouTube - %s" % bname])
        return "endpoint", [endpoint_line(c, "text_capture", proc, win, terms)]
    if how == "ep-url":
        if terms is not None:
            win = search_title(engine, terms, bname)
        else:
            win = "%s - %s" % (host, bname)
        return "endpoint", [endpoint_line(c, "url_visit", proc, win, url=url)]
    raise ValueError(how)


def render_domain(c, how, domain, positive):
    r = c.r
    if how == "auto":
        how2 = r.choice(["unbound", "dnsmasq", "bind", "zeek-dns", "squid-connect"])
        _, lines = render_domain(c, how2, domain, positive)
        return "auto", lines
    if how == "unbound":
        return "unbound", [wrap(c, unbound_line(c, domain), "unbound", "dns01")]
    if how == "dnsmasq":
        line = dnsmasq_line(c, domain)
        if r.chance(15):
            # forwarded by syslog to a collector (RFC 5424)
            line = "<30>1 %s pihole dnsmasq %d - - %s" % (c.iso(), r.int(300, 9000),
                                                        line.split(": ", 1)[1])
        return "dnsmasq", [line]
    if how == "bind":
        return "bind", [bind_line(c, domain, blocked=positive and r.chance(30))]
    if how == "zeek-dns":
        return "zeek-dns", zeek_dns(c, domain)
    if how == "zeek-dns-tsv":
        return "zeek-dns", zeek_dns(c, domain, tsv=True)
    if how == "squid-sni":
        return "squid", [squid_sni(c, domain)]
    if how == "squid-connect":
        return "squid", [wrap(c, squid_native(c, "%s:443" % domain, method="CONNECT",
                                              status="TCP_TUNNEL/200"), "squid", "proxy01")]
    if how == "ep-url":
        proc, bname = browser_for(c)
        url = "https://%s/" % domain
        return "endpoint", [endpoint_line(c, "url_visit", proc, "%s - %s" % (domain, bname), url=url)]
    raise ValueError(how)


# ---------------------------------------------------------------------------------------------
# build, validate, write
# ---------------------------------------------------------------------------------------------

def build():
    order = sorted(range(len(SRC)),
                   key=lambda i: hashlib.sha256(("h11-order-%d" % i).encode()).hexdigest())
    out = []
    for n, si in enumerate(order, start=1):
        item = SRC[si]
        fmt, lines = render(n, item)
        rec = {"id": "h11-%04d" % n, "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = [{"category": cat, "min_level": lvl} for cat, lvl in item["expect"]]
        if item["allow"]:
            rec["allow"] = list(item["allow"])
        out.append(rec)
    return out


def validate(path):
    """Check the written file against CONTRACTS.md section 4 (and sections 2 / 3)."""
    seen = set()
    errors = []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, start=1):
            try:
                rec = json.loads(raw)
            except ValueError as e:
                errors.append("line %d: not JSON (%s)" % (ln, e))
                continue
            recs.append(rec)
            keys = set(rec)
            allowed = {"id", "format", "line", "lines", "expect", "allow"}
            if keys - allowed:
                errors.append("%s: unknown keys %s" % (rec.get("id"), keys - allowed))
            if not isinstance(rec.get("id"), str) or rec["id"] in seen:
                errors.append("line %d: bad or duplicate id" % ln)
            seen.add(rec.get("id"))
            if rec.get("format") not in FORMATS:
                errors.append("%s: bad format" % rec.get("id"))
            if ("line" in rec) == ("lines" in rec):
                errors.append("%s: needs exactly one of line / lines" % rec["id"])
            lines = [rec["line"]] if "line" in rec else rec.get("lines")
            if not isinstance(lines, list) or not lines or not all(isinstance(x, str) and x for x in lines):
                errors.append("%s: bad line(s)" % rec["id"])
                continue
            if any("\n" in x or "\r" in x for x in lines):
                errors.append("%s: newline inside a line" % rec["id"])
            exp = rec.get("expect")
            if not isinstance(exp, list):
                errors.append("%s: expect not a list" % rec["id"])
                continue
            cats = []
            for e in exp:
                if set(e) != {"category", "min_level"} or e["category"] not in CATEGORIES \
                        or not isinstance(e["min_level"], int) or not 1 <= e["min_level"] <= 5:
                    errors.append("%s: bad expect entry %r" % (rec["id"], e))
                cats.append(e.get("category"))
            if len(set(cats)) != len(cats):
                errors.append("%s: duplicate expected category" % rec["id"])
            if "allow" in rec:
                al = rec["allow"]
                if not isinstance(al, list) or not al or any(a not in CATEGORIES for a in al) \
                        or set(al) & set(cats) or len(set(al)) != len(al):
                    errors.append("%s: bad allow %r" % (rec["id"], al))
            # endpoint payloads must be valid events with a November 2026 time stamp
            if rec.get("format") == "endpoint":
                for x in lines:
                    body = x
                    if not body.startswith("{"):
                        body = body[body.index("{"):]
                    ev = json.loads(body)
                    if "message" in ev and "ts_received" in ev:
                        ev = json.loads(ev["message"])
                    for k in ("ts", "device", "event"):
                        if k not in ev:
                            errors.append("%s: endpoint event lacks %s" % (rec["id"], k))
                    if not ev["ts"].startswith("2026-11-"):
                        errors.append("%s: ts not in Nov 2026" % rec["id"])
                    if ev["event"] not in ("text_capture", "window_title", "url_visit",
                                           "process_start", "heartbeat"):
                        errors.append("%s: bad event" % rec["id"])
                if len(lines) == 2 and lines[0].startswith("{"):
                    a, b = json.loads(lines[0]), json.loads(lines[1])
                    if a["device"] != b["device"] or a.get("window_title") != b.get("window_title"):
                        errors.append("%s: fragments differ in device/window" % rec["id"])
            if rec["id"] != "h11-%04d" % ln:
                errors.append("line %d: id out of sequence" % ln)
    return recs, errors


def stats(recs):
    from collections import Counter
    pos_by_cat = Counter()
    lvl = Counter()
    fmts = Counter(r["format"] for r in recs)
    negs = sum(1 for r in recs if not r["expect"])
    multi = sum(1 for r in recs if "lines" in r)
    split = sum(1 for r in recs if "lines" in r and r["format"] == "endpoint")
    for r in recs:
        for e in r["expect"]:
            pos_by_cat[e["category"]] += 1
            lvl[e["min_level"]] += 1
    wrapped = sum(1 for r in recs for x in ([r["line"]] if "line" in r else r["lines"])
                  if x.startswith("<") or x.startswith('{"ts_received"'))
    w = sys.stderr.write
    w("items: %d  positives: %d  negatives: %d (%.1f%%)\n" % (len(recs), len(recs) - negs, negs,
                                                             100.0 * negs / len(recs)))
    w("positives per expected category:\n")
    for cat in CATEGORIES:
        w("  %-16s %d\n" % (cat, pos_by_cat[cat]))
    w("expected min_level counts: %s\n" % dict(sorted(lvl.items())))
    w("formats:\n")
    for f in FORMATS:
        w("  %-12s %d\n" % (f, fmts[f]))
    w("multi-line items: %d (endpoint fragment pairs: %d)  wrapped lines: %d\n" % (multi, split, wrapped))
    w("items with allow: %d\n" % sum(1 for r in recs if "allow" in r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts to stderr")
    ap.add_argument("--out", default=FINAL_PATH)
    args = ap.parse_args()

    recs = build()
    fd, tmp = tempfile.mkstemp(prefix="heldout11.", suffix=".jsonl.tmp", dir="/tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    try:
        checked, errors = validate(tmp)
    except Exception as e:  # never leave a half-checked temp file behind
        checked, errors = [], ["validator crashed: %r" % (e,)]
    if errors:
        os.unlink(tmp)
        for e in errors[:50]:
            sys.stderr.write("ERROR " + e + "\n")
        sys.exit(1)
    os.chmod(tmp, 0o644)
    try:
        os.replace(tmp, args.out)
    except OSError:
        # different file system: copy next to the target, then rename atomically
        side = args.out + ".partial"
        shutil.copyfile(tmp, side)
        os.replace(side, args.out)
        os.unlink(tmp)
    if args.stats:
        stats(checked)


if __name__ == "__main__":
    main()
