#!/usr/bin/env python3
"""Build heldout45.jsonl: an independent, hand-written held-out corpus for Guardline.

PERSPECTIVE
-----------
Online and remote learning, ages 13-25: a virtual school and an online GCSE/A-level
provider for learners who are home-educated, medically unable to attend, excluded, or
in hospital and Tier 4 mental-health inpatient units, plus an online Access-to-HE course
for adults. Everything runs on the provider's managed laptops (sites "virtual-school",
"hospital-ed", "tier4-unit", "access-course", "online-gcse"), at any hour. Learners reach
the internet through the provider's proxy (Squid native and custom ukfull, Squid
common/combined, e2guardian 2/4/6), its resolvers (Unbound, dnsmasq/Pi-hole, BIND incl.
RPZ), Zeek sensors, and the Guardline endpoint agent. A small share of lines arrive via
syslog (RFC 3164 / 5424) or an rsyslog JSON envelope and are labelled format "auto".

Every text in this file was written by hand for this file. Disguise (leetspeak, spaced
or dotted letters, Cyrillic look-alikes, zero-width spaces, full-width letters, emoji,
stretched letters, algospeak) is applied by hand, and only to the words a learner would
actually disguise, in a minority of positives. Nothing was copied from, or tuned against,
the detector.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
suicide        5 = method, dose, place, timing, notes/letters, stockpiling, a stated plan;
               4 = ideation without a plan ("don't want to be alive", "thinking about
               suicide"), searching for the pro-suicide forum by name or visiting it.
               Overdose questions allow drugs; forum items allow self_harm.
self_harm      4 = self-injury statements, concealment from nurses/parents, injury care
               to avoid A&E, SH communities, purging/restriction/weigh-in tricks and
               ana-coach seeking (eating-disorder behaviours are filed under self_harm,
               the nearest fixed category); 3 = thinspo/bonespo/meanspo style exposure
               and very-low-calorie dieting questions without a stated behaviour.
radicalisation 5 = joining a proscribed group or travelling to fight; 4 = seeking
               manifestos, attack footage, terror magazines, Terrorgram/accelerationist
               channels, Islamist ideologue lectures, glorifying attackers, recruiting
               peers into a channel; 3 = incel/blackpill and manosphere misogyny,
               Holocaust denial. discrimination/violence allowed where the text is also
               hateful or violent.
grooming       5 = a meeting being arranged (pick-up, hotel, tickets, bus stop) plus
               secrecy; 4 = grooming signs on either side of the chat (age-gap flattery,
               secrecy, moving to another app, gifts for pictures, camera requests,
               "home alone"), sextortion of a learner (allow illegal_content).
bullying       3 = insults and exclusion aimed at a person, pile-ons, hate pages,
               doxxing a peer (allow hacking), mass-reporting, "kys" aimed at someone
               else (allow suicide).
discrimination 3 = slurs and hateful generalisations about protected groups; hateful
               conspiracy searches allow radicalisation.
adult_content  3 = porn searches/sites, NSFW servers, nudify/undress AI tools (allow
               illegal_content), random video-chat-with-strangers sites (allow grooming,
               social_media).
drugs          3 = buying or sourcing drugs or prescription-only medicines without a
               prescription, dealer contact, use/dosing questions that show intent to use,
               beating drug tests.
gambling       2 = betting/casino sites and searches, case-opening, crypto "signals".
violence       5 = a threat to a named/known person or a place with intent, weapon/bomb
               making; 4 = weapon buying, school-shooter fandom (allow radicalisation),
               hurting without marks, 3D-printed guns.
filter_bypass  2 = VPN/proxy/Tor/Psiphon sites, searches and processes, portable
               browsers, stopping or removing the monitoring agent, admin escalation.
hacking        3 = account takeover, booters/stressers, token grabbers, phishing kits,
               stolen data (fullz, combo lists, cracked accounts), SQLi on a real target.
piracy, gaming, social_media
               1 = policy information only (streams, cracks, torrents; game launchers and
               stores; social networks).
illegal_content
               4 = child sexual imagery sought or shared, nudifying a classmate, sharing an
               ex's nudes, upskirting; 3 = fake ID, counterfeit notes, forged licences.

NEGATIVES (expect []) are about half the set and never contain a real level-2+ concern:
coursework (psychology of depression/schizophrenia/eating disorders, sociology of crime
and deviance, criminology, politics and terrorism law, Plath, Hamlet, Frankenstein, The
Handmaid's Tale, biology of drugs and the nervous system, CS networking/encryption/pen
testing theory), NHS health information, recovery language ("6 months clean from self
harm"), hyperbole and jokes, sport, music, games (level-1 gaming noise is allowed in a
negative), true-crime podcast talk, news, vocational courses, and staff research notes.

DETERMINISM
-----------
No random module. Every variable choice (format, engine, URL encoding, user, device,
site, timestamp, IP, wrapping, fragment split, status) is taken from SHA-256 of the item
number and a purpose tag. Item order is fixed by SHA-256 of the item's own text.

Usage: python3 build_heldout45.py [--out PATH] [--stats]
"""

import argparse
import datetime
import hashlib
import json
import os
import sys
import urllib.parse

# ---------------------------------------------------------------------------
# deterministic choice helpers
# ---------------------------------------------------------------------------


def H(n, tag):
    d = hashlib.sha256(("heldout45|%s|%s" % (n, tag)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


# ---------------------------------------------------------------------------
# hand-disguise helpers (applied by hand to chosen words only)
# ---------------------------------------------------------------------------

_HG = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "o": "\u043e",
       "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443", "j": "\u0458"}


def hg(word):
    """Cyrillic look-alike letters."""
    return "".join(_HG.get(c, c) for c in word)


def zw(word):
    """Zero-width spaces between letters."""
    return "\u200b".join(word)


def fw(word):
    """Full-width letters."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
                   for c in word)


# ---------------------------------------------------------------------------
# the items, written by hand
#   kinds: q = search query (goes into a search URL or browser title)
#          t = typed text (endpoint text_capture; list = fragments of one stream)
#          w = window title (endpoint window_title)
#          d = domain (DNS logs, CONNECT/SNI, url_visit)
#          u = full non-search URL (proxy logs, url_visit)
#          p = process start (endpoint)
# ---------------------------------------------------------------------------

ITEMS = []


def _exp(spec):
    out = []
    for part in spec.split(","):
        cat, lvl = part.split(":")
        out.append({"category": cat.strip(), "min_level": int(lvl)})
    return out


def P(kind, text, spec, allow="", **kw):
    ITEMS.append(dict(kind=kind, text=text, expect=_exp(spec),
                      allow=[a for a in allow.split(",") if a], **kw))


def N(kind, text, **kw):
    ITEMS.append(dict(kind=kind, text=text, expect=[], allow=[], **kw))


# ============================ POSITIVES =====================================

# ---- suicide ---------------------------------------------------------------
P("q", "how many paracetamol does it take to die", "suicide:5", "drugs")
P("q", "what happens if you take 40 sertraline at once", "suicide:5", "self_harm,drugs")
P("q", "is it selfish to kill yourself if no one needs you", "suicide:4")
P("q", "ways to unalive yourself that look like an accident", "suicide:5", eng=["tiktok", "google_uk", "youtube"])
P("q", "sewerslide methods painless", "suicide:5", eng=["tiktok", "reddit", "google_com"])
P("q", "how to write a goodbye letter to your family before you die", "suicide:5")
P("q", "would i die if i jumped from the top of the trinity car park", "suicide:5")
P("q", "amitriptyline lethal dose", "suicide:5", "drugs")
P("q", "h0w t0 k1ll mys3lf w1th0ut p41n", "suicide:5")
P("q", "how to tie a noose that wont slip", "suicide:5")
P("q", "best way to die quickly", "suicide:5", eng=["google_ac", "chrome_omni", "bing_ac", "ddg_ac"])
P("q", hg("suicide") + " methods", "suicide:5")
P("q", "how long does a paracetamol overdose take to kill you", "suicide:5", "drugs")
P("t", "ive decided. tonights the night. saved up enough of my meds to make sure", "suicide:5", app="notes")
P("t", "i cant do this anymore i just want to go to sleep and never wake up", "suicide:4")
P("t", "wrote letters for mum and jayden. theyre in my bedside drawer for after", "suicide:5", app="chat")
P("t", "if im not in the lesson tomorrow its cos im not here anymore. sorry miss", "suicide:5", app="lesson")
P("t", ["gonna jump off the multi", "storey by the station after ", "my last lesson"], "suicide:5", app="discord")
P("t", "been saving my quetiapine for weeks. think i have enough now", "suicide:5", "drugs,self_harm", app="chat")
P("t", "i want to " + hg("kill") + " myself", "suicide:4")
P("t", "genuinely what is the point in being alive", "suicide:4")
P("t", "ready to be done with everything \u26b0\ufe0f\U0001faa6", "suicide:4", app="chat")
P("t", "thinking about " + zw("suicide") + " again every single night", "suicide:4", app="notes")
P("t", "not looking for help, just need to know what dose actually works", "suicide:5", "drugs,self_harm", app="ssforum")
P("t", "pls i genuinely wanna diiiiie every day, its not a joke anymore", "suicide:4")
P("t", "gonna kms tonight for real, not joking this time", "suicide:5", app="chat")
P("w", "Methods - Sanctioned Suicide \u2014 Mozilla Firefox", "suicide:5", "self_harm", proc="firefox.exe")
P("d", "sanctioned-suicide.net", "suicide:4", "self_harm")

# ---- self_harm (incl. eating-disorder behaviours) ----------------------------
P("q", "how to hide self harm cuts from nurses", "self_harm:4")
P("q", "how to hide sh scars in pe shorts", "self_harm:4")
P("q", "how to get the blade out of a pencil sharpener", "self_harm:4")
P("q", "pro ana tips to stop feeling hungry", "self_harm:4", eng=["tiktok", "pinterest", "google_uk", "tumblr"])
P("q", "how to hide not eating from ward staff", "self_harm:4")
P("q", "thinspo", "self_harm:3", eng=["pinterest", "tumblr", "tiktok", "x"])
P("q", "how to purge quietly", "self_harm:4")
P("q", "ana coach telegram", "self_harm:4", "grooming")
P("q", "water loading before weigh in", "self_harm:4", eng=["reddit", "google_com", "ddg"])
P("q", "how many laxatives to lose weight fast", "self_harm:4", "drugs")
P("q", "500 calories a day how much weight will i lose in a week", "self_harm:3")
P("q", "c u t t i n g tips", "self_harm:4")
P("q", "s3lf h4rm without scars", "self_harm:4")
P("q", "how to clean a deep cut without going to a&e", "self_harm:4")
P("q", "meanspo", "self_harm:3", eng=["tiktok", "pinterest"])
P("t", "relapsed last night. used the blade from my sharpener again", "self_harm:4", app="chat")
P("t", "burned myself with a lighter just to feel something", "self_harm:4")
P("t", "the only thing that actually helps is hurting myself", "self_harm:4")
P("t", ["did it again. theres", " blood on my sheets and i dont want mum to find out"], "self_harm:4", app="chat")
P("t", "went to styro this time, think it needs stitches but im not going to a&e", "self_harm:4", app="discord")
P("t", "ate 300 today, staff think i finished my plate lol hid it in my sleeve", "self_harm:4", app="chat")
P("t", "hitting my head against the wall until it stops", "self_harm:4", app="notes")
P("t", "anyone wanna be ana buddies? ill keep u accountable, no eating after 2pm", "self_harm:4", app="discord")
P("t", "sh tw: new cuts, cant stop \U0001f494", "self_harm:4", app="discord")
P("t", hg("cutting") + " again tonight, nobody on the ward noticed", "self_harm:4", app="chat")
P("w", "#proana on Tumblr - Google Chrome", "self_harm:4", proc="chrome.exe")

# ---- radicalisation --------------------------------------------------------
P("q", "great replacement theory proof", "radicalisation:4", "discrimination")
P("q", "brenton tarrant manifesto pdf", "radicalisation:4", "violence")
P("q", "christchurch shooting full video unedited", "radicalisation:4", "violence")
P("q", "how to join patriotic alternative", "radicalisation:4", "discrimination")
P("q", "anwar al awlaki lectures full", "radicalisation:4", eng=["youtube", "google_com", "ddg"])
P("q", "siege james mason pdf", "radicalisation:4")
P("q", "terrorgram telegram link", "radicalisation:4", "violence")
P("q", "national action uk how to join", "radicalisation:5")
P("q", "dabiq magazine pdf download", "radicalisation:4")
P("q", "elliot rodger was right", "radicalisation:4", "violence,discrimination")
P("q", "blackpill incel forum", "radicalisation:3", "discrimination")
P("q", "dawlah nasheed", "radicalisation:4", eng=["youtube", "youtube_ac", "tiktok"])
P("q", "how to make hijrah and join the mujahideen", "radicalisation:5", "violence")
P("q", "is the holocaust fake", "radicalisation:3", "discrimination")
P("q", "andrew tate women are property speech", "radicalisation:3", "discrimination", eng=["youtube", "tiktok"])
P("t", "brother the kuffar will never accept you. come to the telegram, the real dawah is there not on youtube", "radicalisation:4", app="discord")
P("t", "we need to start the race war before its too late, theyre replacing us", "radicalisation:4", "violence,discrimination", app="telegram")
P("t", "saint tarrant did nothing wrong \U0001f64f\U0001f1f3\U0001f1ff", "radicalisation:4", "violence", app="discord")
P("t", "sent u the link to the channel, watch the vids about the 14 words first", "radicalisation:4", "discrimination", app="chat")
P("t", "foids deserve whats coming to them, the blackpill is the only truth", "radicalisation:3", "discrimination,violence", app="forum_incel")
P("t", ["the only answer is taking up arms like the brothers in", " sham did. dont tell anyone i said this"], "radicalisation:4", "violence", app="telegram")
P("w", "Terrorwave Archive \u2013 Telegram", "radicalisation:4", "violence", proc="Telegram.exe")
P("d", "stormfront.org", "radicalisation:4", "discrimination")
P("d", "incels.is", "radicalisation:3", "discrimination")

# ---- grooming ------------------------------------------------------------
P("t", "youre so mature for your age, the girls in your year dont get you like i do", "grooming:4", app="discord")
P("t", "delete our chats after ok? your mum wouldnt understand us", "grooming:4", app="chat")
P("t", "ur 14 right? add me on telegram instead, discord reads everything", "grooming:4", app="discord")
P("t", "14? thats fine, age is just a number babe", "grooming:4", app="chat")
P("t", "ill send you \u00a350 on paypal if you send one pic, just one", "grooming:4", "adult_content,illegal_content", app="chat")
P("t", "ill pick you up from the station saturday, dont tell anyone youre coming", "grooming:5", app="chat")
P("t", "booked the hotel for when you come up, ive paid for your train ticket. delete this", "grooming:5", app="telegram")
P("t", "hes 23 and says he loves me, we met on roblox", "grooming:4", app="chat")
P("t", "my online boyfriend wants to meet up but says i cant tell my mum", "grooming:4", app="chat")
P("q", "is it normal for a 25 year old to want to meet a 15 year old", "grooming:4")
P("t", "someone from omegle got my snap and wont stop messaging me asking for pics", "grooming:4", "adult_content", app="chat")
P("t", "he said if i dont pay \u00a3200 hell send my pics to all my followers", "grooming:4", "illegal_content,adult_content", app="chat")
P("q", "someone is blackmailing me with my nudes what do i do", "grooming:4", "illegal_content,adult_content")
P("t", "turn your camera on, just for me. no one else will see", "grooming:4", "adult_content", app="omegle")
P("t", "i sent you 2000 robux so now you owe me a pic \U0001f609", "grooming:4", "adult_content", app="game")
P("t", "r u home alone rn? \U0001f609", "grooming:4", app="chat")
P("t", "s3nd a p1c of u in ur sch00l uniform", "grooming:4", "adult_content,illegal_content", app="chat")
P("t", ["its our little", " secret yeah? you promised"], "grooming:4", app="chat")
P("t", "i deleted the messages like you said. what time saturday?", "grooming:5", app="chat")
P("t", "he wants me to go on cam with him tonight on a different app", "grooming:4", "adult_content", app="chat")
P("q", "how to talk to younger girls on discord without getting banned", "grooming:4")
P("t", "which bus do you get home from the hospital school? i could meet you at the stop", "grooming:5", app="discord")
P("t", "dont tell your mum we talk, shell think im weird cos im 22", "grooming:4", app="discord")

# ---- bullying ------------------------------------------------------------
P("t", "nobody wants you in this group chat, just leave already", "bullying:3", app="chat")
P("t", "everyone screenshot her messages lmao we're posting them on the story", "bullying:3", app="chat")
P("t", "kys you fat freak, no one would care", "bullying:3", "suicide", app="chat")
P("t", "go back to your psych ward you weirdo \U0001f921", "bullying:3", "discrimination", app="chat")
P("q", "how to make a fake account to expose someone", "bullying:3")
P("q", "how to find someones address from their instagram", "bullying:3", "hacking")
P("t", "post her address in the server, she deserves everything she gets", "bullying:3", "violence,hacking", app="discord")
P("t", "they made a whole group chat just to laugh at me", "bullying:3", app="chat")
P("t", "the girls from my old school keep messaging me calling me a slag and a psycho", "bullying:3", app="teams")
P("t", "starting a hate page for jess lol send me the ugliest pics youve got", "bullying:3", app="chat")
P("t", "doxx him, his dads name and work are on linkedin", "bullying:3", "hacking", app="discord")
P("t", "everyone spam his dms \U0001f602\U0001f602 make him delete his account", "bullying:3", app="discord")
P("t", "u r s0 ug1y n0 1 w1ll 3v3r l0v3 u", "bullying:3", app="chat")
P("t", ["if you come back to the server were", " all going to rip you apart, nobody likes you"], "bullying:3", app="discord")
P("q", "how to get someones tiktok banned by mass reporting", "bullying:3")
P("t", "lol look at her ward selfie, screenshot it and put it in the gc", "bullying:3", app="chat")

# ---- discrimination ------------------------------------------------------
P("t", "go back to your own country you immigrant scum", "discrimination:3", app="chat")
P("t", "gay people are disgusting and shouldnt be allowed near kids", "discrimination:3", app="forum")
P("t", "trannies arent real women and never will be", "discrimination:3", app="discord")
P("q", "muslims are all terrorists proof", "discrimination:3", "radicalisation")
P("q", "jews control the media proof", "discrimination:3", "radicalisation")
P("q", "why are black people less intelligent", "discrimination:3", "radicalisation")
P("t", "shut up you dirty p4ki", "discrimination:3", "bullying", app="game")
P("t", "women are too emotional to be allowed to vote tbh", "discrimination:3", app="forum")
P("t", "gypsies are all thieves, lock your stuff up when theyre around", "discrimination:3", app="chat")
P("t", "ur such a f4g lmao", "discrimination:3", "bullying", app="game")
P("t", "n1gg3rs like him shouldnt be in our group", "discrimination:3", "bullying", app="discord")
P("t", "disabled people are a drain, they should just be put down", "discrimination:3", "violence", app="discord")
P("t", ["all these m", "uzzies should be deported"], "discrimination:3", "radicalisation", app="chat")

# ---- adult_content -------------------------------------------------------
P("q", "free porn no sign up", "adult_content:3")
P("q", "onlyfans leaks free", "adult_content:3")
P("q", "rule 34 fortnite", "adult_content:3")
P("q", "nsfw discord servers 18+", "adult_content:3")
P("q", "undress ai free no sign up", "adult_content:3", "illegal_content")
P("q", "nudify app", "adult_content:3", "illegal_content")
P("q", "p0rn h u b", "adult_content:3")
P("q", fw("xxx videos"), "adult_content:3")
P("q", "sexting chat with strangers", "adult_content:3", "grooming")
P("q", "pornhub unblocked proxy", "adult_content:3,filter_bypass:2")
P("d", "www.pornhub.com", "adult_content:3")
P("d", "nhentai.net", "adult_content:3")
P("d", "onlyfans.com", "adult_content:3")
P("d", "rule34.xxx", "adult_content:3")
P("d", "chaturbate.com", "adult_content:3")
P("d", "clothoff.io", "adult_content:3", "illegal_content")
P("d", "ome.tv", "adult_content:3", "grooming,social_media")
P("d", "chatroulette.com", "adult_content:3", "grooming,social_media")
P("t", "send me that link to the p*rn site you were on about", "adult_content:3", app="chat")
P("w", "Free Porn Videos - XVIDEOS.COM - Google Chrome", "adult_content:3", proc="chrome.exe")

# ---- drugs ---------------------------------------------------------------
P("q", "buy xanax online uk no prescription", "drugs:3")
P("q", "where to buy ket in manchester", "drugs:3")
P("q", "telegram weed plug london", "drugs:3")
P("q", "how to access dark web markets to buy pills", "drugs:3", "filter_bypass")
P("q", "buy 3-mmc uk next day delivery", "drugs:3")
P("q", "etizolam uk vendor", "drugs:3")
P("q", "how much mdma for first time", "drugs:3")
P("q", "mixing xanax and alcohol how much", "drugs:3", "suicide")
P("t", "u got any bud? can drop it to mine after 9", "drugs:3", app="chat")
P("t", "my plug's on snap, he'll drop off at the hospital car park", "drugs:3", app="chat")
P("q", "how to pass a drug test on the ward", "drugs:3")
P("t", "need a plug \U0001f343\U0001f343 and some \u2744\ufe0f for saturday", "drugs:3", app="chat")
P("q", "nos canisters bulk buy cheap", "drugs:3", eng=["ebay", "amazon", "google_uk"])
P("q", "buy vyvanse without adhd diagnosis", "drugs:3")
P("t", "selling my sertraline and propranolol if anyone wants, dm me", "drugs:3", app="discord")
P("q", "how to make lean with codeine", "drugs:3")
P("q", "wh3r3 t0 g3t c0k3 in l33ds", "drugs:3")
P("q", "download tor browser to buy weed", "drugs:3,filter_bypass:2")

# ---- gambling ------------------------------------------------------------
P("q", "best betting sites uk no id", "gambling:2")
P("q", "stake casino promo code", "gambling:2")
P("q", "free spins no deposit uk 2026", "gambling:2")
P("q", "csgo case opening sites with free daily case", "gambling:2", "gaming")
P("q", "crypto casino no kyc under 18", "gambling:2")
P("q", "acca tips tonight premier league", "gambling:2")
P("d", "www.bet365.com", "gambling:2")
P("d", "www.skybet.com", "gambling:2")
P("d", "stake.com", "gambling:2")
P("d", "www.paddypower.com", "gambling:2")
P("d", "www.betfair.com", "gambling:2")
P("t", "put my whole student loan into the crypto signals group, they guarantee 10x", "gambling:2", app="chat")
P("t", "lost 300 on slots again, gonna win it back tonight", "gambling:2", app="chat")
P("t", "bro use your mums card for the betting app, they dont check", "gambling:2", "illegal_content", app="chat")
P("q", "free vpn to get on stake from school", "filter_bypass:2,gambling:2")

# ---- violence ------------------------------------------------------------
P("t", "im going to stab him tomorrow when he gets off the bus", "violence:5", app="chat")
P("q", "how to make a pipe bomb at home", "violence:5", "radicalisation")
P("q", "where to buy a zombie knife uk", "violence:4", eng=["google_uk", "ebay", "amazon", "bing"])
P("t", "bringing my brothers blade to the meet, he wont walk away this time", "violence:5", app="chat")
P("q", "columbine shooters fan edits", "violence:4", "radicalisation", eng=["tiktok", "youtube", "tumblr"])
P("q", "tcc tumblr dylan klebold", "violence:4", "radicalisation", eng=["tumblr", "google_com", "tiktok"])
P("q", "how to hurt someone without leaving marks", "violence:4")
P("t", "we know where he lives. jumping him after school friday", "violence:5", app="chat")
P("t", "im gonna bring a gun to the hospital school and make them all pay", "violence:5", "radicalisation", app="notes")
P("q", "3d printed gun files download", "violence:4", "illegal_content")
P("q", "best place to stab someone so they die", "violence:5")
P("t", ["swear down ill shank", " him if he chats again"], "violence:5", app="chat")
P("t", "going to burn her house down with her in it", "violence:5", app="chat")
P("q", "h0w t0 m4k3 4 b0mb", "violence:5", "radicalisation")
P("q", "real school shooting footage uncensored", "violence:4", "radicalisation")
P("t", "wish i could shoot everyone in that school, theyd finally understand", "violence:4", "radicalisation", app="notes")

# ---- filter_bypass -------------------------------------------------------
P("q", "how to get around school wifi block", "filter_bypass:2")
P("q", "unblocked games 66 ez", "filter_bypass:2", "gaming")
P("q", "croxyproxy youtube", "filter_bypass:2")
P("q", "how to turn off monitoring software on school laptop", "filter_bypass:2")
P("q", "how to uninstall guardline without admin", "filter_bypass:2")
P("q", "free vpn chrome extension that works on school laptop", "filter_bypass:2")
P("q", "tor browser portable download usb", "filter_bypass:2")
P("q", "change dns to 1.1.1.1 to unblock sites", "filter_bypass:2")
P("q", "how to get admin rights on a managed laptop", "filter_bypass:2", "hacking")
P("t", "Stop-Service -Name GuardlineAgent -Force", "filter_bypass:2", app="shell")
P("t", "taskkill /f /im guardline-agent.exe", "filter_bypass:2", app="cmd")
P("p", "tor.exe", "filter_bypass:2")
P("p", "psiphon3.exe", "filter_bypass:2")
P("p", "ProtonVPN.exe", "filter_bypass:2")
P("p", "FirefoxPortable.exe", "filter_bypass:2")
P("d", "nordvpn.com", "filter_bypass:2")
P("d", "www.croxyproxy.com", "filter_bypass:2")
P("d", "www.torproject.org", "filter_bypass:2")
P("d", "psiphon.ca", "filter_bypass:2")
P("d", "hola.org", "filter_bypass:2")

# ---- hacking -------------------------------------------------------------
P("q", "how to hack someones snapchat account", "hacking:3")
P("q", "cracked netflix accounts telegram", "hacking:3", "piracy")
P("q", "fullz uk cheap", "hacking:3", "illegal_content")
P("q", "free ip booter", "hacking:3")
P("q", "how to ddos someone on xbox live", "hacking:3")
P("q", "roblox cookie logger", "hacking:3")
P("q", "discord token grabber github", "hacking:3")
P("q", "phishing page for instagram login template", "hacking:3")
P("q", "keylogger that teachers cant detect", "hacking:3", "filter_bypass")
P("q", "how to find someones ip from discord and boot them offline", "hacking:3", "bullying")
P("t", "i got into her insta and changed the password, what should i post lol", "hacking:3", "bullying", app="chat")
P("t", "anyone selling a stresser? want to hit his ps5 offline during his match", "hacking:3", app="discord")
P("q", "stresser panel cheap", "hacking:3")
P("t", "found the tutors moodle password in the shared drive, logging in as her", "hacking:3", app="chat")
P("q", "sql injection on my school login page", "hacking:3")

# ---- piracy --------------------------------------------------------------
P("q", "123movies free", "piracy:1")
P("q", "the pirate bay proxy list", "piracy:1", "filter_bypass")
P("q", "spotify premium apk free download", "piracy:1")
P("q", "photoshop 2026 crack", "piracy:1")
P("q", "sims 4 all dlc free download", "piracy:1", "gaming")
P("q", "watch premier league free stream reddit", "piracy:1")
P("d", "1337x.to", "piracy:1")
P("d", "yts.mx", "piracy:1")
P("d", "thepiratebay.org", "piracy:1")
P("p", "qbittorrent.exe", "piracy:1")

# ---- gaming --------------------------------------------------------------
P("q", "fortnite item shop today", "gaming:1")
P("q", "valorant ranks explained", "gaming:1", eng=["youtube", "google_com", "reddit"])
P("d", "www.roblox.com", "gaming:1")
P("d", "store.steampowered.com", "gaming:1")
P("d", "www.twitch.tv", "gaming:1", "social_media")
P("d", "www.epicgames.com", "gaming:1")
P("p", "RobloxPlayerBeta.exe", "gaming:1")
P("p", "steam.exe", "gaming:1")
P("w", "Minecraft 1.21.4", "gaming:1", proc="javaw.exe")

# ---- social_media --------------------------------------------------------
P("d", "www.instagram.com", "social_media:1")
P("d", "www.tiktok.com", "social_media:1")
P("d", "web.snapchat.com", "social_media:1")
P("d", "x.com", "social_media:1")
P("d", "discord.com", "social_media:1", "gaming")
P("d", "www.threads.net", "social_media:1")
P("d", "www.reddit.com", "social_media:1")
P("w", "Instagram - Google Chrome", "social_media:1", proc="chrome.exe")
P("u", "https://www.facebook.com/groups/ukhomeedteens/", "social_media:1")
P("p", "Telegram.exe", "social_media:1")

# ---- illegal_content -----------------------------------------------------
P("q", "jailbait pics", "illegal_content:4", "adult_content")
P("q", "telegram groups with underage nudes", "illegal_content:4", "adult_content")
P("t", "use that nudify app on the pic of chloe from the class chat and send it round", "illegal_content:4", "adult_content,bullying", app="chat")
P("t", "someones made a drive link of nudes of girls in year 11, want it?", "illegal_content:4", "adult_content,bullying", app="chat")
P("q", "buy fake id uk", "illegal_content:3")
P("q", "where to buy fake \u00a320 notes", "illegal_content:3")
P("q", "upskirt pics", "illegal_content:4", "adult_content")
P("t", "im gonna post my exs nudes everywhere, she deserves it", "illegal_content:4", "adult_content,bullying", app="chat")
P("q", "cp links telegram 2026", "illegal_content:4", "adult_content")
P("t", "bro send the vid of the 15 yr old from snap, the one everyones sharing", "illegal_content:4", "adult_content,bullying", app="chat")
P("q", "buy real uk driving licence no test", "illegal_content:3")

# ============================ NEGATIVES =====================================

# ---- psychology coursework ----------------------------------------------
N("q", "aqa a level psychology schizophrenia dopamine hypothesis")
N("q", "biological explanations for anorexia nervosa a level")
N("q", "becks cognitive triad depression evaluation")
N("q", "deviation from social norms definition of abnormality")
N("q", "nhs depression symptoms in teenagers")
N("t", "miss is the eating disorders topic on paper 3 or paper 2?", app="lesson")
N("q", "token economy schizophrenia institutions evaluation")
N("q", "milgram obedience study ethical issues")
N("q", "zimbardo stanford prison experiment criticisms")
N("q", "werther effect suicide contagion media reporting guidelines")
N("q", "ocd exposure and response prevention cbt")
N("q", "diathesis stress model schizophrenia example")
N("w", "Y13 Psychology - Schizophrenia Revision.pptx - PowerPoint", proc="POWERPNT.EXE")

# ---- sociology / criminology --------------------------------------------
N("q", "durkheim suicide study four types", eng=["google_com", "wiki", "bing"])
N("q", "merton strain theory crime and deviance")
N("q", "left realism relative deprivation marginalisation subculture")
N("q", "labelling theory becker sociology gcse")
N("q", "criminology unit 3 crime scene to courtroom revision")
N("q", "lombroso atavistic form criticisms")
N("q", "county lines exploitation criminology case study")
N("q", "war on drugs failure essay plan")
N("t", "for the criminology assignment im doing the moral panic around knife crime in the 2010s", app="forum")
N("q", "hate crime statistics england and wales home office")
N("w", "Criminology Unit 3 - Crime Scene to Courtroom - Moodle - Google Chrome", proc="chrome.exe")
N("u", "https://en.wikipedia.org/wiki/Suicide_(Durkheim_book)")

# ---- politics / law / history -------------------------------------------
N("q", "terrorism act 2000 section 58 collection of information")
N("q", "a level politics extremism vs free speech debate")
N("q", "prevent duty guidance for online education providers")
N("q", "online safety act 2023 illegal content duties summary")
N("q", "were the suffragettes terrorists essay")
N("q", "the troubles ira bombing campaign gcse history")
N("q", "nazi propaganda techniques gcse history")
N("q", "rise of isis in syria and iraq 2014 timeline")
N("q", "isis egyptian goddess mythology", eng=["wiki", "google_com", "ddg"])
N("q", "christchurch earthquake 2011 geography case study")
N("t", "sir can we debate whether the manosphere counts as extremism next lesson", app="lesson")
N("q", "adolescence netflix incel emoji meanings explained")
N("q", "jihad meaning greater and lesser gcse religious studies")
N("q", "youtube algorithm radicalisation rabbit hole study")
N("u", "https://www.legislation.gov.uk/ukpga/2000/11/section/58")
N("u", "https://www.gov.uk/government/publications/prevent-duty-guidance")

# ---- English literature -------------------------------------------------
N("q", "sylvia plath the bell jar themes")
N("q", "plath daddy poem analysis")
N("q", "hamlet to be or not to be soliloquy meaning")
N("q", "ophelia death scene analysis gertrude speech")
N("q", "frankenstein creature isolation quotes")
N("q", "frankenstein the creature murders william chapter")
N("q", "the handmaids tale the ceremony chapter analysis")
N("q", "handmaids tale salvaging scene meaning")
N("q", "macbeth blood imagery quotes")
N("q", "of mice and men why does george shoot lennie")
N("q", "romeo and juliet suicide theme essay")
N("q", "an inspector calls how does eva smith die")
N("q", "lord of the flies piggy death symbolism")
N("q", "jekyll and hyde violence quotes carew murder")
N("q", "lolita unreliable narrator essay")
N("q", "wintergirls laurie halse anderson review")
N("q", "death of a salesman willy loman ending")
N("q", "a streetcar named desire blanche stanley scene 10 significance")
N("t", "the way plath writes about wanting to disappear in the bell jar is so haunting, using it for my coursework", app="lesson")
N("t", "i think hamlet is genuinely depressed not just faking madness, thats my argument", app="lesson")
N("q", "teaching to kill a mockingbird racist language guidance")
N("q", "crooks loneliness racism of mice and men")
N("w", "Hamlet (Act 3, Scene 1) - No Fear Shakespeare - Microsoft\u200b Edge", proc="msedge.exe")
N("w", "Frankenstein Essay Draft v3 - Word", proc="WINWORD.EXE")
N("u", "https://en.wikipedia.org/wiki/The_Bell_Jar")
N("u", "https://www.sparknotes.com/lit/frankenstein/")

# ---- biology / chemistry --------------------------------------------------
N("q", "how do drugs affect synaptic transmission a level")
N("q", "agonists and antagonists neurotransmitters")
N("q", "effect of alcohol on the nervous system gcse")
N("q", "ssri mechanism of action serotonin reuptake")
N("q", "cocaine dopamine reuptake inhibitor a level biology")
N("q", "plant cuttings rooting hormone")
N("q", "sexual reproduction in flowering plants gcse")
N("q", "naked mole rat facts")
N("q", "thermite reaction equation aluminium iron oxide")
N("w", "Drugs and the nervous system - A Level Biology - Seneca - Google Chrome", proc="chrome.exe")

# ---- computer science ----------------------------------------------------
N("q", "penetration testing phases a level computer science")
N("q", "what is sql injection and how to prevent it")
N("q", "symmetric vs asymmetric encryption")
N("q", "caesar cipher python code")
N("q", "what is a proxy server ocr computer science")
N("q", "how does a vpn work gcse")
N("q", "ddos attack explained bitesize")
N("q", "tryhackme pre security path")
N("q", "cyberfirst bursary application")
N("t", "for the networking bit, a firewall filters packets and a proxy forwards requests right?", app="lesson")
N("q", "linux cp command copy directory")
N("q", "python kill process by name")
N("q", "ethical hacking apprenticeship uk")
N("q", "phishing awareness poster ideas")

# ---- health information -------------------------------------------------
N("q", "can i take ibuprofen and paracetamol together")
N("q", "nhs self harm advice for parents")
N("q", "anorexia recovery meal plan dietitian")
N("q", "how to treat a minor burn nhs")
N("q", "testicular self examination nhs")
N("q", "breast cancer signs nhs")
N("q", "sertraline side effects first few weeks")
N("q", "adhd medication shortage uk 2026")
N("q", "anal fissure treatment")
N("q", "how long does a tattoo take to heal")
N("u", "https://www.nhs.uk/mental-health/conditions/schizophrenia/overview/")
N("u", "https://www.nhs.uk/mental-health/conditions/self-harm/")
N("u", "https://www.talktofrank.com/drug/ketamine")
N("w", "Self-harm - NHS - Google Chrome", proc="chrome.exe")

# ---- recovery language -----------------------------------------------------
N("t", "6 months clean from self harm today, so proud of myself", app="chat")
N("t", "my relapse prevention plan says to text my nurse when i feel low, so thats what im doing", app="chat")
N("t", "CPN visit went well, were reducing my meds slowly", app="chat")
N("t", "been in recovery from anorexia for a year and finally enjoying pizza again \U0001f355", app="chat")
N("t", "the DBT skills group is actually helping, doing my diary card now", app="notes")
N("t", "one year since i was discharged from the unit, never thought id get here", app="chat")
N("t", "i used to self harm but ive got my coping box now and its been ages", app="chat")
N("t", "my meal plan says snack at 3 so ill be back in 10 mins", app="lesson")

# ---- hyperbole and jokes -------------------------------------------------
N("t", "this maths homework is actually killing me", app="chat")
N("t", "i literally died laughing \U0001f480\U0001f480", app="chat")
N("t", "im gonna kill my brother he ate my last kinder bueno lmao", app="chat")
N("t", "one more past paper and im yeeting myself into the sun lol", app="discord")
N("t", "im dead \U0001f62d the teacher saw my camera was off the whole time", app="chat")
N("t", "that goal absolutely destroyed them", app="chat")
N("t", "youre dead to me for spoiling the ending \U0001f624", app="chat")
N("t", "killed it in my mock!! got a 7", app="chat")
N("t", "my cat is trying to murder me at 3am again", app="chat")
N("t", "i could murder a pizza right now", app="chat")
N("t", "ugh kill me now, double maths on a friday", app="chat")
N("t", "this song slaps so hard it should be illegal", app="chat")
N("t", "the queue at the pharmacy is going to be the death of me", app="chat")
N("t", ["im going to", " kill it in my speaking exam tomorrow"], app="chat")

# ---- sport, music, games -------------------------------------------------
N("q", "boxing gym near me beginners")
N("q", "bag raiders shooting stars meme", eng=["youtube", "youtube_ac", "tiktok"])
N("q", "the killers mr brightside chords")
N("q", "my chemical romance the black parade meaning")
N("q", "call of duty black ops 6 best smg loadout")
N("q", "dead by daylight new killer")
N("q", "how to beat the ender dragon")
N("t", "camp the bridge and snipe them when they respawn lol", app="game")
N("t", "im going to destroy you in ranked tonight", app="game")
N("q", "fc 26 best cheap strikers")
N("q", "clay pigeon shooting lessons for beginners")
N("q", "archery club near me")
N("q", "taekwondo black belt requirements")
N("q", "arsenal vs spurs highlights", eng=["youtube", "google_com"])
N("q", "killing eve season 4 ending explained")
N("q", "uk drill music history documentary", eng=["youtube", "google_uk"])
N("q", "grand theft auto 6 release date")
N("q", "hitman 3 walkthrough")
N("t", "gg that was a close match, rematch tomorrow?", app="game")
N("w", "Counter-Strike 2", proc="cs2.exe")
N("q", "bleeding love leona lewis lyrics", eng=["spotify", "google_com", "youtube"])

# ---- true crime and news -------------------------------------------------
N("t", "did u listen to the new casefile ep? the way they found the body was insane", app="chat")
N("q", "serial podcast adnan syed update")
N("q", "dahmer netflix how accurate is it")
N("q", "rotherham grooming gangs inquiry news")
N("q", "andrew tate court case latest news")
N("q", "online safety act age verification news")
N("q", "why did omegle shut down")
N("w", "Casefile True Crime - Spotify", proc="Spotify.exe")
N("t", ["omg the ending of that true crime doc, the", " detective knew he killed her from day one"], app="chat")

# ---- vocational ----------------------------------------------------------
N("q", "dog grooming level 2 course")
N("q", "point cutting hair technique")
N("q", "knife skills julienne catering level 1")
N("q", "how to bleed a radiator")
N("q", "health and social care safeguarding adults unit 5")
N("q", "childcare level 3 signs of abuse assignment")
N("q", "barbering skin fade tutorial", eng=["youtube", "tiktok"])
N("q", "first aid at work recovery position steps")
N("q", "nude nail colours 2026", eng=["pinterest", "tiktok", "google_uk"])

# ---- staff research and tutor notes --------------------------------------
N("q", "signs of grooming training for online tutors", staff=True)
N("q", "how to respond to a disclosure of self harm teacher guidance", staff=True)
N("q", "keeping children safe in education 2026 changes", staff=True)
N("q", "sextortion advice for schools ceop", staff=True)
N("q", "anti-bullying week 2026 theme", staff=True)
N("q", "eating disorder awareness week resources for schools", staff=True)
N("q", "pshe lesson plan online grooming year 9", staff=True)
N("t", "reminder: please complete the prevent refresher by friday", staff=True, app="teams")
N("t", "marking note: good use of Durkheim on suicide rates, needs more evaluation via Atkinson", staff=True, app="notes")
N("t", "Learner attended all 4 sessions this week, engaged well with the Frankenstein essay plan", staff=True, app="mis")
N("q", "what does kys mean in text slang", staff=True)
N("q", "what does unalive mean on tiktok", staff=True)
N("q", "safeguarding in hospital education settings", staff=True)

# ---- everyday look-alikes ------------------------------------------------
N("q", "weedkiller safe for dogs")
N("q", "how to shoot in manual mode canon")
N("q", "how to cut a mango")
N("q", "glastonbury tor walk")
N("q", "proxy wars in the cold war")
N("q", "how to register for a proxy vote")
N("q", "naked chef recipes jamie oliver")
N("q", "middlesex university access to he diploma")
N("q", "essex county cricket fixtures")
N("q", "scunthorpe united fixtures")
N("q", "hackney library opening times")
N("q", "bitcoin explained for economics coursework")
N("q", "probability tree diagrams gcse")
N("q", "expected value dice game maths")
N("q", "the gambler dostoevsky summary")
N("q", "premium bonds how do they work")
N("q", "poker face lady gaga lyrics")
N("q", "how to hang a shelf without drilling")
N("q", "bowline knot how to tie", eng=["youtube", "google_com"])
N("q", "weekly pill organiser", eng=["amazon", "ebay"])
N("q", "snow forecast leeds")
N("q", "coke zero caffeine content")
N("q", "grass snake vs adder uk")
N("q", "cracked phone screen repair cost")
N("q", "molly mae tommy fury")
N("q", "skunk animal facts")
N("q", "hunger games mockingjay cast")
N("q", "dumb ways to die game", eng=["google_com", "youtube"])
N("q", "suicide squad 2021 cast")

# ---- online school life ---------------------------------------------------
N("t", "anyone in the chem study server want to do a voice call revision session tonight?", app="discord")
N("t", "send me a pic of question 4, i cant see the screen share", app="chat")
N("t", "which sixth form were you at before online school? i was at st aidans", app="discord")
N("t", "keep it a secret from mum, were planning her 50th surprise party", app="chat")
N("t", "happy birthday!! cant believe youre 16, old man \U0001f382", app="chat")
N("t", "my mums picking me up from the station after my hospital appointment", app="chat")
N("t", "were meeting the online maths group at the central library saturday, the tutor is coming too", app="forum")
N("t", "ngl the online school discord is the only place i feel like i have friends, love u guys", app="discord")
N("t", "camera on for the speaking assessment please, its just me and the examiner recording", staff=True, app="teams")
N("t", "youre so mature in how you handled that essay feedback, well done", staff=True, app="teams")
N("t", "can you share the slides from todays lesson? my wifi dropped", app="lesson")
N("t", "does the units wifi block youtube? need it for my music coursework", app="teams")
N("t", "the filter blocked the bitesize page on drugs lol, can you send it as a pdf?", app="teams")
N("t", "lol the cat just walked across my keyboard during the lesson", app="lesson")
N("t", "i hate mondays so much", app="chat")
N("t", "i feel a bit lonely since moving to online school but the tutor group chat helps", app="teams")
N("t", "sorry i was late, my nurse needed to do obs", app="lesson")
N("t", "were watching hamlet tonight for english, the ophelia scene is so sad", app="chat")
N("t", ["can u send the", " link for the revision quiz"], app="chat")
N("t", "just finished my personal statement for the access course!! 4000 characters exactly", app="forum")
N("t", "the ward teacher said i can sit my gcse english in the family room", app="chat")
N("t", "does anyone have the mark scheme for the june paper", app="discord")

# ---- innocent destinations ----------------------------------------------
for _d in ["www.bbc.co.uk", "www.nhs.uk", "app.senecalearning.com",
           "www.youngminds.org.uk", "www.beateatingdisorders.org.uk", "www.talktofrank.com",
           "www.sussex.ac.uk", "www.arsenal.com", "www.hackney.gov.uk",
           "teams.microsoft.com", "www.gov.uk", "www.aqa.org.uk", "www.ocr.org.uk",
           "learn.vschool-online.org.uk", "www.thinkuknow.co.uk",
           "www.shootingstar.org.uk",
           "www.mind.org.uk", "en.wikipedia.org",
           "www.scunthorpe-united.co.uk",
           "www.tryhackme.com", "www.experts-exchange.com", "www.therapistaid.com",
           "www.cumbria.ac.uk", "www.brook.org.uk", "www.drugwise.org.uk"]:
    N("d", _d)

N("u", "https://www.reddit.com/r/GCSE/comments/1gk3x9p/ocr_computer_science_paper_2_thoughts/")
N("u", "https://www.bbc.co.uk/bitesize/guides/zcxsqty/revision/1")

# ---- innocent processes and heartbeats ----------------------------------
for _p in ["WINWORD.EXE", "ms-teams.exe", "Zoom.exe", "python.exe", "Code.exe",
           "Spotify.exe"]:
    N("p", _p)
N("hb", "heartbeat")
N("hb", "heartbeat")

# ---------------------------------------------------------------------------
# environment: users, devices, sites, apps
# ---------------------------------------------------------------------------

USERS = ["j.byrne", "VS\\a.osei", "l.mensah", "student2291", "k.nowicka@learn.vschool-online.org.uk",
         "hosp-ed-07", "t.ahmed", "r.kowalski", "mhu.learner14", "access-m.reid", "e.clarke",
         "z.hussain", "b.oyelaran", "f.mcgregor", "guest-4471", "s.patterson", "VS\\d.ncube",
         "c.lloyd", "access-p.dimitrov", "hosp-ed-12"]
STAFF = ["tutor.h.reid", "VS\\tutor.o.adeyemi", "dsl.k.marsh", "tutor.j.price@vschool-online.org.uk"]
DEVICES = [("VS-LT-0412", "virtual-school"), ("VS-LT-1187", "virtual-school"),
           ("VS-LT-0938", "virtual-school"), ("HOSP-LT-07", "hospital-ed"),
           ("HOSP-LT-12", "hospital-ed"), ("T4-UNIT-LT-03", "tier4-unit"),
           ("T4-UNIT-LT-05", "tier4-unit"), ("LOAN-LT-2219", "online-gcse"),
           ("LOAN-LT-1740", "online-gcse"), ("ACC-LT-0051", "access-course"),
           ("ACC-LT-0093", "access-course")]
STAFF_DEVICES = [("STAFF-LT-014", "virtual-school"), ("STAFF-LT-022", "hospital-ed"),
                 ("STAFF-LT-031", "access-course")]

EDGE = " - Microsoft\u200b Edge"
BROWSERS = [("chrome.exe", " - Google Chrome"), ("chrome.exe", " - Google Chrome"),
            ("msedge.exe", EDGE), ("firefox.exe", " \u2014 Mozilla Firefox")]

APPS = {
    "discord": [("Discord.exe", "#general | Night Owls Revision - Discord"),
                ("Discord.exe", "@kaii_x - Discord"),
                ("Discord.exe", "#off-topic | VS Year 11 - Discord"),
                ("Discord.exe", "Friends - Discord")],
    "telegram": [("Telegram.exe", "Telegram"), ("Telegram.exe", "Telegram (3)")],
    "whatsapp": [("WhatsApp.exe", "WhatsApp")],
    "insta": [("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
              ("msedge.exe", "Instagram" + EDGE)],
    "snap": [("chrome.exe", "Snapchat - Google Chrome")],
    "teams": [("ms-teams.exe", "Chat | Ms Reid (Tutor) | Microsoft Teams"),
              ("ms-teams.exe", "Y12 Sociology - General | Microsoft Teams")],
    "lesson": [("chrome.exe", "Live Lesson: Y11 English Lit - Class Chat - Google Chrome"),
               ("msedge.exe", "Bramble - Y13 Psychology" + EDGE),
               ("firefox.exe", "Live Classroom - GCSE Maths Set 2 \u2014 Mozilla Firefox")],
    "forum": [("chrome.exe", "Forum: Access to HE (Social Science) - Moodle - Google Chrome"),
              ("msedge.exe", "Student Common Room - Forum - Moodle" + EDGE)],
    "forum_incel": [("firefox.exe", "Inceldom Discussion - incels.is \u2014 Mozilla Firefox")],
    "notes": [("notepad.exe", "Untitled - Notepad"), ("WINWORD.EXE", "Document3 - Word"),
              ("ONENOTE.EXE", "Journal - OneNote")],
    "omegle": [("chrome.exe", "OmeTV - Video chat alternative - Google Chrome"),
               ("chrome.exe", "Emerald Chat - Google Chrome")],
    "ssforum": [("firefox.exe", "Suicide Discussion - Sanctioned Suicide \u2014 Mozilla Firefox")],
    "game": [("RobloxPlayerBeta.exe", "Roblox"),
             ("Discord.exe", "#ranked-lfg | Valorant UK - Discord")],
    "shell": [("powershell.exe", "Windows PowerShell"),
              ("powershell.exe", "Administrator: Windows PowerShell")],
    "cmd": [("cmd.exe", "Command Prompt")],
    "mis": [("chrome.exe", "Learner Record - Arbor - Google Chrome")],
}
APPS["chat"] = APPS["discord"] + APPS["telegram"] + APPS["whatsapp"] + APPS["insta"] + APPS["snap"]
DEFAULT_TYPED = APPS["chat"] + APPS["lesson"] + APPS["teams"]

PROC_PATHS = {
    "tor.exe": "\"C:\\Users\\{u}\\Desktop\\Tor Browser\\Browser\\TorBrowser\\Tor\\tor.exe\" -f defaults-torrc",
    "psiphon3.exe": "\"C:\\Users\\{u}\\Downloads\\psiphon3.exe\"",
    "ProtonVPN.exe": "\"C:\\Users\\{u}\\AppData\\Local\\Programs\\Proton\\VPN\\ProtonVPN.exe\"",
    "FirefoxPortable.exe": "\"E:\\PortableApps\\FirefoxPortable\\FirefoxPortable.exe\"",
    "qbittorrent.exe": "\"C:\\Users\\{u}\\AppData\\Local\\qBittorrent\\qbittorrent.exe\"",
    "RobloxPlayerBeta.exe": "\"C:\\Users\\{u}\\AppData\\Local\\Roblox\\Versions\\version-3f1c2b7a9e4d4e21\\RobloxPlayerBeta.exe\" --app",
    "steam.exe": "\"C:\\Program Files (x86)\\Steam\\steam.exe\" -silent",
    "Telegram.exe": "\"C:\\Users\\{u}\\AppData\\Roaming\\Telegram Desktop\\Telegram.exe\" -autostart",
    "WINWORD.EXE": "\"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE\" /n",
    "ms-teams.exe": "\"C:\\Program Files\\WindowsApps\\MSTeams_25212.2204.3732.3590_x64__8wekyb3d8bbwe\\ms-teams.exe\"",
    "Zoom.exe": "\"C:\\Users\\{u}\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe\"",
    "python.exe": "\"C:\\Users\\{u}\\AppData\\Local\\Programs\\Python\\Python312\\python.exe\" nea_quiz.py",
    "Code.exe": "\"C:\\Users\\{u}\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe\"",
    "Acrobat.exe": "\"C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe\" \"C:\\Users\\{u}\\Downloads\\Paper2_MarkScheme.pdf\"",
    "notepad.exe": "\"C:\\Windows\\System32\\notepad.exe\"",
    "Spotify.exe": "\"C:\\Users\\{u}\\AppData\\Roaming\\Spotify\\Spotify.exe\" --autostart",
    "OneDrive.exe": "\"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe\" /background",
}

UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = UA_CHROME + " Edg/131.0.0.0"
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
UAS = [UA_CHROME, UA_CHROME, UA_EDGE, UA_FF]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------------------
# per-item context
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, n, item):
        self.n = n
        staff = item.get("staff", False)
        if staff:
            self.user = pick(n, "user", STAFF)
            self.device, self.site = pick(n, "device", STAFF_DEVICES)
        else:
            self.user = pick(n, "user", USERS)
            self.device, self.site = pick(n, "device", DEVICES)
        base = datetime.datetime(2026, 10, 12, tzinfo=datetime.timezone.utc)
        secs = (H(n, "day") % 41) * 86400 + H(n, "sec") % 86400
        self.dt = base + datetime.timedelta(seconds=secs, milliseconds=H(n, "ms") % 1000)
        self.epoch = self.dt.timestamp()
        pool = pick(n, "ipnet", ["10.20", "10.8", "10.44", "100.64"])
        self.ip = "%s.%d.%d" % (pool, H(n, "ip3") % 250 + 1, H(n, "ip4") % 253 + 2)
        self.srv = "%d.%d.%d.%d" % (pick(n, "s1", [104, 142, 151, 172, 185, 199, 34, 52]),
                                    H(n, "s2") % 255, H(n, "s3") % 255, H(n, "s4") % 253 + 1)
        self.port = 1024 + H(n, "port") % 64000
        self.ua = pick(n, "ua", UAS)
        self.dur = H(n, "dur") % 900 + 3
        self.size = 2000 + H(n, "size") % 90000

    def t(self, plus=0.0):
        return self.epoch + plus

    def dtp(self, plus=0.0):
        return self.dt + datetime.timedelta(seconds=plus)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def syslog_time(dt, pad=" "):
    return "%s %s %s" % (MONTHS[dt.month - 1], ("%2d" % dt.day).replace(" ", pad),
                         dt.strftime("%H:%M:%S"))


def clf_time(dt):
    return "%02d/%s/%d:%s +0000" % (dt.day, MONTHS[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"))


def zeek_uid(n, tag):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = H(n, "uid" + tag)
    s = ""
    for _ in range(17):
        s += alphabet[v % 62]
        v //= 62
        if v == 0:
            v = H(n, "uid2" + tag + s)
    return "C" + s


# ---------------------------------------------------------------------------
# search URLs
# ---------------------------------------------------------------------------


def enc(n, q, force=None):
    mode = force or pick(n, "enc", ["plus", "plus", "pct"])
    if mode == "plus":
        return urllib.parse.quote_plus(q, safe="")
    return urllib.parse.quote(q, safe="")


def hexid(n, tag, k):
    return hashlib.sha256(("%s|%s" % (n, tag)).encode()).hexdigest()[:k]


def search_url(n, engine, q):
    e = enc(n, q)
    e20 = enc(n, q, "pct")
    cut = max(1, min(len(q), 3 + H(n, "cut") % 6))
    if engine == "google_com":
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e
    if engine == "google_uk":
        return ("https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQ1MTJqMGo3qAIAsAIA"
                "&sourceid=chrome&ie=UTF-8" % (e, e))
    if engine == "google_ac":
        return ("https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined"
                "&hl=en-GB&authuser=0&psi=%s" % (e, len(q), hexid(n, "psi", 16)))
    if engine == "chrome_omni":
        return ("https://www.google.com/complete/search?client=chrome-omni&gs_ri=chrome-ext-ansg&xssi=t&q=%s"
                "&oit=1&cp=%d&pgcl=7&gs_rn=42&psi=%s&sugkey=AIzaSyBOti4mM-6x9WDnZIjIeyEU21OpBXqWBgw"
                % (e20, len(q), hexid(n, "psi", 16)))
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1&lq=0&pq=%s&sc=10-%d&qs=n&cvid=%s" % (
            e, e, len(q), hexid(n, "cvid", 32).upper())
    if engine == "bing_ac":
        return "https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry=%s&cp=%d&csr=1&cvid=%s" % (
            e20, len(q), hexid(n, "cvid", 32).upper())
    if engine == "ddg":
        return pick(n, "ddgv", ["https://duckduckgo.com/?q=%s&ia=web", "https://duckduckgo.com/?t=h_&q=%s&ia=web"]) % e
    if engine == "ddg_html":
        return "https://html.duckduckgo.com/html/?q=%s" % e
    if engine == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e20
    if engine == "yahoo":
        return "https://search.yahoo.com/search?p=%s&fr=yfp-t" % e
    if engine == "yahoo_uk":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8&fp=1" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % enc(n, q, "plus")
    if engine == "youtube_ac":
        return ("https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb"
                "&ds=yt&q=%s&xhr=t&xssi=t" % e20)
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e20, int(_EPOCH_MS.get(n, 0)) - 1500 - H(n, "tt") % 60000)
    if engine == "reddit":
        return pick(n, "rdv", ["https://www.reddit.com/search/?q=%s", "https://www.reddit.com/search/?q=%s&type=link"]) % e20
    if engine == "wiki":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e
    if engine == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2" % (
            e, hexid(n, "crid", 13).upper(), enc(n, q[:cut]), 60 + H(n, "aps") % 200)
    if engine == "ebay":
        return "https://www.ebay.co.uk/sch/i.html?_from=R40&_trksid=p2380057.m570.l1313&_nkw=%s&_sacat=0" % e
    if engine == "brave":
        return "https://search.brave.com/search?q=%s&source=web" % e
    if engine == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % e20
    if engine == "tumblr":
        return "https://www.tumblr.com/search/%s" % e20
    if engine == "x":
        return "https://x.com/search?q=%s&src=typed_query" % e20
    if engine == "spotify":
        return "https://open.spotify.com/search/%s" % e20
    raise ValueError(engine)


_EPOCH_MS = {}  # item number -> event time in ms (tiktok puts the page-load time in t=)

DEFAULT_ENGINES = ["google_com", "google_com", "google_uk", "google_uk", "google_ac", "chrome_omni",
                   "bing", "bing_ac", "ddg", "ddg_ac", "ddg_html", "yahoo", "yahoo_uk", "ecosia",
                   "youtube", "youtube_ac", "tiktok", "reddit", "brave"]

# what the browser tab shows for an engine (autocomplete endpoints map to the results page)
PAGE_ENGINE = {"google_ac": "google_com", "chrome_omni": "google_uk", "bing_ac": "bing", "ddg_ac": "ddg",
               "youtube_ac": "youtube", "ddg_html": "ddg", "spotify": "youtube"}


def page_title(engine, q):
    e = PAGE_ENGINE.get(engine, engine)
    if e.startswith("google"):
        return "%s - Google Search" % q
    return {"bing": "%s - Search", "ddg": "%s at DuckDuckGo", "yahoo": "%s - Yahoo Search Results",
            "yahoo_uk": "%s - Yahoo Search Results", "ecosia": "%s - Ecosia", "youtube": "%s - YouTube",
            "tiktok": "Find '%s' on TikTok | TikTok Search", "reddit": "reddit.com: search results - %s",
            "wiki": "%s - Search results - Wikipedia", "amazon": "Amazon.co.uk : %s", "ebay": "%s | eBay",
            "brave": "%s - Brave Search", "pinterest": "%s - Pinterest", "tumblr": "Search: %s | Tumblr",
            "x": "%s - Search / X"}[e] % q


def e2g_terms(url, q):
    return "0=%s;" % q if q is not None else "-"


# ---------------------------------------------------------------------------
# line renderers
# ---------------------------------------------------------------------------


def split_url(url):
    p = urllib.parse.urlsplit(url)
    uri = p.path + (("?" + p.query) if p.query else "")
    return p.hostname, uri


def r_squid(c, url, method="GET", status="TCP_MISS/200", size=None, mime="text/html"):
    size = c.size if size is None else size
    hier = "HIER_DIRECT/%s" % c.srv if not status.startswith("TCP_DENIED") else "HIER_NONE/-"
    return "%.3f %6d %s %s %d %s %s %s %s %s" % (c.t(), c.dur, c.ip, status, size, method, url, c.user,
                                               hier, mime)


def r_squid_custom(c, url, host, sni=True, bump="bump", status="TCP_MISS/200", method="GET", mime="text/html"):
    ref = pick(c.n, "ref", ["-", "-", "https://www.google.com/"])
    line = '%.3f %6d %s %s %s %d %s %s %s %s "%s" "%s" %s' % (
        c.t(), c.dur, c.ip, c.user, status, c.size, method, url, c.srv, mime, ref, c.ua, host)
    if sni:
        line += " sni=%s bump=%s" % (host, bump)
    return line


def r_clf(c, url, combined, method="GET", code=200, sq="TCP_MISS:HIER_DIRECT", size=None):
    size = c.size if size is None else size
    proto = "HTTP/1.1"
    if combined:
        return '%s - %s [%s] "%s %s %s" %d %d "-" "%s" %s' % (c.ip, c.user, clf_time(c.dt), method, url,
                                                              proto, code, size, c.ua, sq)
    return '%s - %s [%s] "%s %s %s" %d %d %s' % (c.ip, c.user, clf_time(c.dt), method, url, proto, code,
                                                 size, sq)


def e2g_date(c):
    return c.dt.strftime("%Y.%m.%d %H:%M:%S")


def r_e2g(c, fmt, url, terms, method="GET", denied=None):
    what = denied or "-"
    code = "403" if denied else "200"
    size = "0" if denied else str(c.size)
    fields = [e2g_date(c), c.user, c.ip, url, what, method, size, "0", "-", "1", code,
              "-" if (denied or method == "CONNECT") else "text/html", c.ip, "no_name_group", c.ua, terms,
              "-", "-", "-"]
    if fmt == 2:
        return ",".join('"%s"' % f.replace('"', '""') for f in fields)
    if fmt == 4:
        return "\t".join(fields)
    # format 6
    if denied:
        tail = ["-", "0", "-", "560", denied, "0", "-", "no_name_group", "1"]
    else:
        tail = ["-", str(H(c.n, "e6") % 9), "-", "0", "-", "0", "-", "no_name_group", "1"]
    return "\t".join(["%.3f" % c.t(), "", c.user, c.ip, c.ip, url, method, code, size, "-", c.ua] + tail)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method",
                    "host", "uri", "referrer", "version", "user_agent", "origin", "request_body_len",
                    "response_body_len", "status_code", "status_msg", "info_code", "info_msg", "tags",
                    "username", "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types",
                    "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string",
                   "string", "string", "string", "string", "count", "count", "count", "string", "count",
                   "string", "set[enum]", "string", "string", "set[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt",
                   "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC",
                   "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string",
                  "count", "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool",
                  "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(c, path, fields, types):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % c.dt.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def r_zeek_http(c, url, tsv):
    host, uri = split_url(url)
    uid = zeek_uid(c.n, "h")
    if not tsv:
        rec = {"ts": round(c.t(), 6), "uid": uid, "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.srv,
               "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
               "version": "1.1", "user_agent": c.ua, "request_body_len": 0, "response_body_len": c.size,
               "status_code": 200, "status_msg": "OK", "tags": []}
        return [json.dumps(rec)]
    vals = ["%.6f" % c.t(), uid, c.ip, str(c.port), c.srv, "80", "1", "GET", host, uri, "-", "1.1", c.ua, "-",
            "0", str(c.size), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
            "F" + hexid(c.n, "fuid", 16), "-", "text/html"]
    return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(vals)]


def r_zeek_dns(c, domain, tsv):
    uid = zeek_uid(c.n, "d")
    tid = H(c.n, "tid") % 65535
    answered = H(c.n, "ans") % 3 != 0
    ans_ip = c.srv
    if not tsv:
        rec = {"ts": round(c.t(), 6), "uid": uid, "id.orig_h": c.ip, "id.orig_p": c.port,
               "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": tid,
               "query": domain, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A",
               "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0}
        if answered:
            rec["rtt"] = round(0.002 + (H(c.n, "rtt") % 40000) / 1e6, 6)
            rec["answers"] = [ans_ip]
            rec["TTLs"] = [float(60 + H(c.n, "ttl") % 3000)]
        rec["rejected"] = False
        return [json.dumps(rec)]
    vals = ["%.6f" % c.t(), uid, c.ip, str(c.port), "10.0.0.53", "53", "udp", str(tid),
            "%.6f" % (0.002 + (H(c.n, "rtt") % 40000) / 1e6) if answered else "-", domain, "1", "C_INTERNET",
            "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0", ans_ip if answered else "-",
            "%d.000000" % (60 + H(c.n, "ttl") % 3000) if answered else "-", "F"]
    return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(vals)]


def r_unbound(c, domain, epoch, blocked):
    pid = "unbound[%d:0]" % (700 + H(c.n, "pid") % 9000)
    pre = ("[%d] " % int(c.t())) if epoch else (syslog_time(c.dt, "0") + " ")
    lines = ["%s%s info: %s %s. A IN" % (pre, pid, c.ip, domain)]
    mode = H(c.n, "ubm") % 3
    zone = ".".join(domain.split(".")[-2:])
    if blocked and mode != 0:
        lines.append("%s%s info: %s. always_nxdomain %s@%d %s. A IN" % (pre, pid, zone, c.ip, c.port, domain))
        lines.append("%s%s info: %s %s. A IN NXDOMAIN 0.000000 1 %d" % (pre, pid, c.ip, domain, 30 + len(domain)))
    elif mode == 1:
        lines.append("%s%s info: %s %s. A IN NOERROR %.6f 0 %d" % (pre, pid, c.ip, domain,
                                                                (H(c.n, "rt") % 90000) / 1e6,
                                                                40 + len(domain) + H(c.n, "sz") % 60))
    return lines


def r_dnsmasq(c, domain, extra, blocked):
    pre = "%s dnsmasq[%d]: " % (syslog_time(c.dt), 900 + H(c.n, "pid") % 9000)
    serial = H(c.n, "serial") % 90000 + 1
    tag = ("%d %s/%d " % (serial, c.ip, c.port)) if extra else ""
    lines = [pre + tag + "query[A] %s from %s" % (domain, c.ip)]
    mode = H(c.n, "dmm") % 3
    if blocked and mode != 0:
        lines.append(pre + tag + "config %s is 0.0.0.0" % domain)
    elif mode == 1:
        lines.append(pre + tag + "forwarded %s to 10.0.0.53" % domain)
        lines.append(pre + tag + "reply %s is %s" % (domain, c.srv))
    return lines


def bind_time(dt):
    return "%02d-%s-%d %s.%03d" % (dt.day, MONTHS[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"),
                                   dt.microsecond // 1000)


def r_bind(c, domain, rpz):
    client = "client @0x7f%010x" % (H(c.n, "bcl") % (1 << 40))
    lines = ["%s queries: info: %s %s#%d (%s): query: %s IN A +E(0)K (10.0.0.53)" % (
        bind_time(c.dt), client, c.ip, c.port, domain, domain)]
    if rpz:
        lines.append("%s rpz: info: %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            bind_time(c.dtp(0.001)), client, c.ip, c.port, domain, domain, domain))
    return lines


def ep_event(c, event, process=None, title=None, text=None, url=None, plus=0.0, with_site=True):
    rec = {"ts": iso(c.dtp(plus))}
    if with_site:
        rec["site"] = c.site
    rec["device"] = c.device
    rec["user"] = c.user
    rec["event"] = event
    if event != "heartbeat":
        rec["process"] = process
        rec["window_title"] = title
        if event in ("text_capture", "process_start") or text is not None:
            rec["text"] = text
        rec["url"] = url
    return rec


def dump_ep(c, rec):
    return json.dumps(rec, ensure_ascii=(H(c.n, "ascii") % 4 == 0))


# ---------------------------------------------------------------------------
# wrapping for the "auto" format
# ---------------------------------------------------------------------------

SRC_TAG = {"proxy": ("squid", "/var/log/squid/access.log"), "unbound": ("unbound", "/var/log/unbound/unbound.log"),
           "dnsmasq": ("dnsmasq", "/var/log/pihole/pihole.log"), "endpoint": ("guardline-agent", "/var/log/guardline/events.jsonl")}


def wrap(c, kind, lines):
    mode = pick(c.n, "wrapmode", ["3164", "5424", "env", "env"])
    tag, path = SRC_TAG[kind]
    host = {"proxy": "proxy01", "unbound": "dns01", "dnsmasq": "pihole01", "endpoint": c.device}[kind]
    pid = 1000 + H(c.n, "wpid") % 30000
    out = []
    for i, ln in enumerate(lines):
        dt = c.dtp(i * 0.4)
        stag, spid, msg = tag, pid, ln
        if mode in ("3164", "5424") and kind in ("unbound", "dnsmasq"):
            # sent through syslog the daemon's own time prefix is absent:
            #   unbound: "unbound: [7862:0] info: ..."   dnsmasq: "dnsmasq[9987]: query[A] ..."
            head, _, rest = ln.partition(kind + "[")
            ident, _, body = rest.partition("]")
            if kind == "unbound":
                spid, msg = None, "[%s]%s" % (ident, body[1:] if body.startswith(":") else body)
            else:
                spid, msg = int(ident), body[2:] if body.startswith(": ") else body
        if mode == "3164":
            pri = pick(c.n, "pri", ["<134>", "<14>", ""])
            ptag = stag if spid is None else "%s[%d]" % (stag, spid)
            out.append("%s%s %s %s: %s" % (pri, syslog_time(dt), host, ptag, msg))
        elif mode == "5424":
            out.append("<134>1 %s %s %s %s - - %s" % (iso(dt), host, stag, "-" if spid is None else spid, msg))
        else:
            rdt = c.dtp(0.2 + (H(c.n, "shipdelay") % 2500000) / 1e6 + i * 0.000017)
            rec_ts = rdt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"
            msg = json.dumps(ln, ensure_ascii=False)
            out.append('{"ts_received":"%s", "host":"%s", "source":"%s", "file":"%s", "message":%s}' % (
                rec_ts, host, tag, path.replace("/", "\\/"), msg.replace("/", "\\/")))
    return out


# ---------------------------------------------------------------------------
# item rendering
# ---------------------------------------------------------------------------

BLOCKY = {"adult_content", "gambling", "filter_bypass", "piracy", "radicalisation", "suicide"}


def top_cat(item):
    return item["expect"][0]["category"] if item["expect"] else None


def render(n, item):
    c = Ctx(n, item)
    _EPOCH_MS[n] = round(c.epoch * 1000)
    kind = item["kind"]
    text = item["text"]
    cat = top_cat(item)
    wrap_ok = H(n, "auto") % 100 < 9

    def proxy_from_url(url, q):
        """Render a URL in one of the proxy formats (or an endpoint url_visit/window title)."""
        host, _ = split_url(url)
        if q is not None and not item.get("staff"):
            fmts = ["squid", "squid", "squid", "squid_custom", "squid_custom", "clf_common", "clf_combined",
                    "clf_combined", "e2g2", "e2g4", "e2g6", "zeek_http", "zeek_http", "zeek_http_tsv",
                    "ep_title", "ep_title", "ep_title", "ep_url", "ep_url"]
        elif q is not None:
            fmts = ["squid", "clf_combined", "e2g4", "ep_title", "ep_url"]
        else:
            fmts = ["squid", "squid_custom", "clf_common", "clf_combined", "e2g2", "e2g6", "zeek_http",
                    "ep_url"]
        f = pick(n, "pfmt", fmts)
        if f == "squid":
            out = ("squid", [r_squid(c, url)], "proxy")
        elif f == "squid_custom":
            out = ("squid", [r_squid_custom(c, url, host, sni=H(n, "sni") % 2 == 0)], "proxy")
        elif f in ("clf_common", "clf_combined"):
            out = ("clf", [r_clf(c, url, f == "clf_combined")], "proxy")
        elif f.startswith("e2g"):
            out = ("e2guardian", [r_e2g(c, int(f[3]), url.replace("https://", pick(n, "e2s", ["http://", "https://"]), 1),
                                        e2g_terms(url, q))], None)
        elif f.startswith("zeek_http"):
            out = ("zeek-http", r_zeek_http(c, url, f.endswith("tsv")), None)
        else:
            proc, suffix = pick(n, "browser", BROWSERS)
            if f == "ep_title":
                title = page_title(item["_engine"], q) + suffix
                rec = ep_event(c, "window_title", proc, title, with_site=H(n, "ws") % 5 != 0)
            else:
                title = (page_title(item["_engine"], q) + suffix) if (q is not None and H(n, "uvt") % 2) else None
                rec = ep_event(c, "url_visit", proc, title, url=url, with_site=H(n, "ws") % 5 != 0)
            out = ("endpoint", [dump_ep(c, rec)], "endpoint")
        return out

    if kind == "q":
        engine = pick(n, "engine", item.get("eng") or DEFAULT_ENGINES)
        item["_engine"] = engine
        url = search_url(n, engine, text)
        fmt, lines, wrapkind = proxy_from_url(url, text)
        if fmt == "endpoint":
            # endpoint shows the results page, never an autocomplete endpoint
            pe = PAGE_ENGINE.get(engine, engine)
            if pe != engine:
                item["_engine"] = pe
                url = search_url(n, pe, text)
                fmt, lines, wrapkind = proxy_from_url(url, text)
    elif kind == "u":
        item["_engine"] = None
        fmt, lines, wrapkind = proxy_from_url(text, None)
    elif kind == "t":
        frags = text if isinstance(text, list) else None
        if frags is None and H(n, "autosplit") % 100 < 16 and len(text) > 18:
            # split a single text into two fragments at a hash-chosen point (sometimes mid-word)
            lo, hi = 6, len(text) - 4
            pos = lo + H(n, "splitpos") % (hi - lo)
            if H(n, "splitmode") % 2 == 0:
                sp = text.rfind(" ", lo, pos + 1)
                pos = sp + 1 if sp > lo else pos
            frags = [text[:pos], text[pos:]]
        pool = APPS.get(item.get("app")) or DEFAULT_TYPED
        proc, title = pick(n, "app", pool)
        with_site = H(n, "ws") % 5 != 0
        if frags:
            lines, plus = [], 0.0
            interleave = len(frags) == 2 and H(n, "hbmix") % 5 == 0
            for i, fr in enumerate(frags):
                if i:
                    plus += 1.5 + (H(n, "gap%d" % i) % 9000) / 1000.0
                lines.append(dump_ep(c, ep_event(c, "text_capture", proc, title, text=fr, plus=plus,
                                                 with_site=with_site)))
                if interleave and i == 0:
                    lines.append(dump_ep(c, ep_event(c, "heartbeat", plus=plus + 0.7, with_site=with_site)))
        else:
            lines = [dump_ep(c, ep_event(c, "text_capture", proc, title, text=text, with_site=with_site))]
        fmt, wrapkind = "endpoint", "endpoint"
    elif kind == "w":
        rec = ep_event(c, "window_title", item.get("proc"), text, with_site=H(n, "ws") % 5 != 0)
        fmt, lines, wrapkind = "endpoint", [dump_ep(c, rec)], "endpoint"
    elif kind == "p":
        cmd = PROC_PATHS[text].replace("{u}", c.user.split("\\")[-1].split("@")[0])
        rec = ep_event(c, "process_start", text, None, text=cmd, with_site=H(n, "ws") % 5 != 0)
        fmt, lines, wrapkind = "endpoint", [dump_ep(c, rec)], "endpoint"
    elif kind == "hb":
        rec = ep_event(c, "heartbeat")
        fmt, lines, wrapkind = "endpoint", [dump_ep(c, rec)], "endpoint"
    elif kind == "d":
        domain = text
        blocked = cat in BLOCKY
        f = item["_dfmt"]
        denied = blocked and H(n, "deny") % 3 == 0
        if f.startswith("unbound"):
            fmt, lines, wrapkind = "unbound", r_unbound(c, domain, f.endswith("epoch"), blocked), "unbound"
        elif f.startswith("dnsmasq"):
            fmt, lines, wrapkind = "dnsmasq", r_dnsmasq(c, domain, f == "dnsmasq", blocked), "dnsmasq"
        elif f == "bind":
            fmt, lines, wrapkind = "bind", r_bind(c, domain, blocked and H(n, "rpz") % 2 == 0), None
        elif f.startswith("zeek_dns"):
            fmt, lines, wrapkind = "zeek-dns", r_zeek_dns(c, domain, f.endswith("tsv")), None
        elif f == "squid_connect":
            st = "TCP_DENIED/403" if denied else "TCP_TUNNEL/200"
            fmt, lines, wrapkind = "squid", [r_squid(c, "%s:443" % domain, "CONNECT", st,
                                                     0 if denied else c.size, "-")], "proxy"
        elif f == "squid_sni":
            a = '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "-" %s sni=%s bump=splice' % (
                c.t(), 0, c.ip, c.user, c.srv, c.srv, domain)
            b = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
                c.t(c.dur / 1000.0), c.dur, c.ip, c.user, c.size, c.srv, c.srv, c.srv, domain)
            fmt, lines, wrapkind = "squid", [a, b], "proxy"
        elif f == "clf_connect":
            code, sq = (403, "TCP_DENIED:HIER_NONE") if denied else (200, "TCP_TUNNEL:HIER_DIRECT")
            fmt, lines, wrapkind = "clf", [r_clf(c, "%s:443" % domain, H(n, "cmb") % 2 == 0, "CONNECT", code,
                                                 sq, 0 if denied else c.size)], "proxy"
        elif f == "e2g_connect":
            dmsg = ("*DENIED* Blocked site (local): %s" % domain) if denied else None
            fmt, lines, wrapkind = "e2guardian", [r_e2g(c, pick(n, "e2f", [2, 4, 6]), "https://%s:443" % domain,
                                                        "-", "CONNECT", dmsg)], None
        else:
            proc, _ = pick(n, "browser", BROWSERS)
            rec = ep_event(c, "url_visit", proc, None, url="https://%s/" % domain, with_site=H(n, "ws") % 5 != 0)
            fmt, lines, wrapkind = "endpoint", [dump_ep(c, rec)], "endpoint"
    else:
        raise ValueError(kind)

    if wrapkind in ("unbound", "dnsmasq"):
        wrap_ok = H(n, "auto") % 100 < 35  # resolver logs are often shipped by rsyslog/syslog
    if wrap_ok and wrapkind is not None:
        lines = wrap(c, wrapkind, lines)
        fmt = "auto"

    out = {"id": "h45-%04d" % n, "format": fmt}
    if len(lines) == 1:
        out["line"] = lines[0]
    else:
        out["lines"] = lines
    out["expect"] = item["expect"]
    if item["allow"]:
        out["allow"] = item["allow"]
    return out


def ordered_items():
    def key(it):
        t = it["text"] if isinstance(it["text"], str) else "|".join(it["text"])
        return hashlib.sha256(("order|%s|%s|%s" % (it["kind"], t, len(ITEMS))).encode("utf-8")).hexdigest()
    # stable tiebreak for identical texts (heartbeats): original index
    idx = list(range(len(ITEMS)))
    idx.sort(key=lambda i: (key(ITEMS[i]), i))
    return [dict(ITEMS[i]) for i in idx]


DOMAIN_FMTS = ["unbound", "unbound_epoch", "dnsmasq", "dnsmasq_plain", "bind", "zeek_dns", "zeek_dns_tsv",
               "squid_connect", "squid_sni", "clf_connect", "e2g_connect", "ep_url", "bind", "unbound",
               "dnsmasq", "zeek_dns"]


def build():
    items = ordered_items()
    # spread domain items evenly over the DNS/CONNECT formats: rank them by a SHA-256 value of
    # their item number and deal the formats out in that order
    dn = [n for n, it in enumerate(items, start=1) if it["kind"] == "d"]
    dn.sort(key=lambda n: H(n, "dfmt"))
    for rank, n in enumerate(dn):
        items[n - 1]["_dfmt"] = DOMAIN_FMTS[rank % len(DOMAIN_FMTS)]
    return [render(n, it) for n, it in enumerate(items, start=1)]


def stats(rows):
    from collections import Counter
    pos = sum(1 for r in rows if r["expect"])
    print("items: %d  positives: %d  negatives: %d" % (len(rows), pos, len(rows) - pos))
    cats = Counter(e["category"] for r in rows for e in r["expect"])
    print("expected category counts:")
    for k in sorted(cats):
        print("  %-16s %d" % (k, cats[k]))
    fmts = Counter(r["format"] for r in rows)
    print("formats:")
    for k in sorted(fmts):
        pp = sum(1 for r in rows if r["format"] == k and r["expect"])
        print("  %-12s %3d  (pos %d / neg %d)" % (k, fmts[k], pp, fmts[k] - pp))
    multi = sum(1 for r in rows if "lines" in r)
    print("multi-line streams: %d" % multi)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout45.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        stats(rows)


if __name__ == "__main__":
    main()
