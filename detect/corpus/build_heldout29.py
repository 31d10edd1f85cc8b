#!/usr/bin/env python3
"""Build heldout29.jsonl: an independent, hand-written evaluation corpus for Guardline.

PERSPECTIVE
-----------
A rural and coastal further-education college group with campuses in Lincolnshire, Norfolk,
Cornwall and Cumbria: land-based and agriculture courses, animal care, gamekeeping,
engineering, motor vehicle, catering, public services, 14-16 school-link pupils and adult
evening classes.  The risks are the ones that show up there: isolation and suicidal thinking
among young farm workers and lads who do not talk; drink and drugs in small towns (county
lines reaching coastal towns, cannabis, ketamine, weekend cocaine); drug-driving and car-meet
culture; domestic abuse in isolated homes; far-right talk about migrant hotels and small boats;
grooming through social media and older drivers; self-harm; bullying of outsiders and LGBTQ+
learners; farmyard banter that turns into real threats; guns misused or threatened.
About half of the corpus is hard negatives, because this population legitimately talks about
shotguns, firearms certificates, pest control and ratting, snares and traps, culling,
slaughter and butchery, knife skills, pesticides, sheep dip and rat poison, veterinary
euthanasia, lambing and castration, hunting law, fishing, fireworks, first aid and CPR,
police/army/fire recruitment, set texts, and local news about crime and small boats.

Every text (search query, typed message, window title, domain, URL, process name) was written
by hand for this file.  Only the log wrapping is mechanical: format, search engine, URL
encoding, user, device, site, time stamp, IP addresses, syslog/JSON-envelope wrapping and the
split of typed text into fragments are derived from SHA-256 of the item number and a purpose
tag (no random module), so the output is byte-for-byte reproducible.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
suicide         5: a plan, a method, a time or a means at hand ("tonights the night", how many
                   tablets, sea/bridge/exhaust/rope, saved-up tablets, pro-suicide forum).
                4: ideation without a stated method ("no point anymore", "farm would be better
                   off without me", "want to not wake up", algospeak such as unalive/sewerslide,
                   giving possessions away).
self_harm       4: disclosures, hiding injuries, methods and tips, eating-disorder restriction
                   framed as punishment ("pro ana"), relapse talk.
radicalisation  5: joining a proscribed group abroad or an attack planned for tonight (also
                   violence).  4: extremist propaganda or manifestos sought, proscribed groups,
                   antisemitic conspiracy, neo-Nazi slogans, incitement to burn a migrant hotel.
                3: concerning interest: RAC music, 'blood and soil' tattoos, starting a
                   street-movement group chat, 'remigration' talk.  discrimination allowed
                   where the text is also hateful.
grooming        5: a meeting arranged (lay-by, picking up from the bus stop, booked room, driving
                   over when the parents are out).  4: secrecy, flattery about maturity, moving
                   to disappearing-message apps, asking for pictures, gifts creating debt,
                   an older boyfriend, sextortion.
bullying        3: messages aimed at a learner: exclusion, humiliation, threats to make life
                   hell, sharing embarrassing videos, "kys" (suicide allowed as the second
                   reading), outsider bullying ("townie").
discrimination  3: slurs and hate about race, religion, Gypsy/Traveller people, Eastern
                   European workers, LGBTQ+ and disabled people, sexism on trade courses.
                   bullying allowed where the hate is aimed at a person.
adult_content   3: pornography searches, sites and URLs, algospeak ("cornhub", "seggs").
drugs           3: buying, sourcing, using, hiding, growing, drug-driving.
                4: county-lines exploitation (runners, holding, debt bondage); grooming allowed.
gambling        2: betting sites, free bets, under-age betting, chasing losses.
violence        5: threats with a named target or time, weapons to college, explosives
                   (ammonium nitrate, pipe bomb), poisoning a person.
                4: obtaining illegal weapons (sawn-off, unlicensed gun, zombie knife, 3D-printed
                   gun), carrying a knife, domestic abuse disclosed by a learner.
                3: gore seeking, how to knock someone out.
filter_bypass   2: VPN/Tor/proxy sites and processes, disabling monitoring, unblocked games.
hacking         3: taking over someone's account, keyloggers for staff passwords, logging into
                   the MIS as a teacher, DDoS of a person.  2: tools (hydra, aircrack, RATs,
                   IP grabbers, mimikatz).
piracy 1, gaming 1, social_media 1: sites, processes, cracks and streams.
illegal_content 5: indecent images of under-18s (sharing a Year 11's nudes, 'jailbait',
                   leaked teen nudes, filming an unconscious woman).  3: fake IDs, counterfeit
                   notes, dark-web markets, cloned plates.
Negatives (expect []) use the same words in innocent, realistic ways and never contain a real
level-2+ concern; level-1 noise (games, social media) may appear in them.
"""
import argparse
import datetime
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

# --------------------------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------------------------


def H(n, tag):
    return int(hashlib.sha256(("h29|%s|%s" % (n, tag)).encode("utf-8")).hexdigest(), 16)


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


# --------------------------------------------------------------------------------------------
# disguises (applied only to the [bracketed] part of a hand-written text, or all of it)
# --------------------------------------------------------------------------------------------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "i": "\u0456", "y": "\u0443", "s": "\u0455"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def _dz(n, kind, s):
    if kind == "cyr":
        out, changed = [], 0
        for k, ch in enumerate(s):
            if ch in CYR and (H(n, "cyr%d" % k) % 3 != 0 or changed < 2):
                out.append(CYR[ch]); changed += 1
            else:
                out.append(ch)
        return "".join(out)
    if kind == "zw":
        z = pick(n, "zwch", ZW)
        return z.join(s)
    if kind == "spaced":
        return " ".join(ch for ch in s if ch != " ")
    if kind == "dotted":
        return ".".join(ch for ch in s if ch != " ")
    if kind == "full":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)
    raise ValueError(kind)


def disguise(n, kind, text):
    if not kind:
        return text.replace("[", "").replace("]", "")
    if "[" in text:
        a = text.index("["); b = text.index("]")
        return text[:a] + _dz(n, kind, text[a + 1:b]) + text[b + 1:]
    return _dz(n, kind, text)


# --------------------------------------------------------------------------------------------
# the hand-written items
#   (kind, payload, expect, allow, opts)
#   kind: s search query | t typed text | p typed text in fragments | w window title of a page
#         d domain | u full URL | r process name
#   expect: "cat:level,cat:level" or "" ; allow: "cat,cat" or ""
#   opts: dz (disguise), eng (engine pool), ctx (typing context)
# --------------------------------------------------------------------------------------------

POS = [
    # ---------------- suicide ----------------
    ("s", "how many paracetamol does it take to die", "suicide:5", "self_harm", {}),
    ("s", "painless way to die in your sleep", "suicide:5", "", {}),
    ("t", "got dads shotgun out the cabinet. tonights the night. sorry mum", "suicide:5", "violence", {}),
    ("p", ["ive written the letters and", " left them in the tack room. doing it", " tonight after milking"], "suicide:5", "", {}),
    ("s", "how much sheep dip would you have to drink to end it", "suicide:5", "", {}),
    ("s", "how high does a bridge have to be to kill you", "suicide:5", "", {}),
    ("t", "keep looking at the beam in the big barn and thinking about the rope", "suicide:4", "", {}),
    ("s", "hanging how long does it take to pass out", "suicide:5", "", {}),
    ("t", "gonna walk into the sea at mundesley tonight, nobody will even notice im gone", "suicide:5", "", {}),
    ("s", "[unalive] methods that dont hurt", "suicide:5", "", {"dz": "spaced"}),
    ("s", "how long does car exhaust in a shut garage take to kill you", "suicide:5", "", {}),
    ("t", "saved up 40 of my mums tablets. this weekend is it", "suicide:5", "self_harm", {}),
    ("s", "k1ll mys3lf qu1ckest way", "suicide:5", "", {}),
    ("s", "how to kill myself without my family finding out", "suicide:5", "", {"dz": "cyr"}),
    ("t", "no point anymore honestly. the farm would be better off without me", "suicide:4", "", {}),
    ("t", "dont think ill be around much longer tbh", "suicide:4", "", {}),
    ("s", "i just want to go to sleep and not wake up", "suicide:4", "", {}),
    ("t", "everyone would be better off if i was gone, dad especially", "suicide:4", "", {}),
    ("s", "is it normal to think about suicide every day", "suicide:4", "", {}),
    ("t", "mate i cant do this anymore, been thinking about ending it all", "suicide:4", "", {}),
    ("s", "sewerslide thoughts at night what do i do", "suicide:4", "", {}),
    ("t", "lads dont talk about this stuff but ive had enough of being alive", "suicide:4", "", {}),
    ("p", ["honestly i think id be bet", "ter off dead"], "suicide:4", "", {}),
    ("t", "wish i could disappear for good, not in a run away way", "suicide:4", "", {}),
    ("t", "if i stuff the pickup into a tree on the way home so be it", "suicide:4", "", {}),
    ("t", "ready to go to sleep forever \U0001faa6\U0001faa6", "suicide:4", "", {}),
    ("t", "i want to [die]", "suicide:4", "", {"dz": "zw"}),
    ("t", "i just wanna dieeeee and i mean it this time not joking", "suicide:4", "", {}),
    ("t", "gave kyle my rod and reel and the dog's going to nan's. wont be needing any of it", "suicide:4", "", {}),
    ("d", "sanctioned-suicide.net", "suicide:4", "", {}),
    ("w", "Methods megathread | Sanctioned Suicide - Google Chrome", "suicide:5", "", {}),

    # ---------------- self harm ----------------
    ("t", "cut again last night, deeper this time", "self_harm:4", "", {}),
    ("s", "how to hide self harm scars from parents", "self_harm:4", "", {}),
    ("s", "how to hide cuts at work when the chef whites are short sleeve", "self_harm:4", "", {}),
    ("t", "took a blade out the stanley knife in the workshop and used it on my arm, didnt even hurt enough", "self_harm:4", "", {}),
    ("s", "sh relapse after 6 months clean", "self_harm:4", "", {}),
    ("s", "burning yourself with a lighter does it scar", "self_harm:4", "", {}),
    ("t", "i punch the wall till my knuckles bleed cos its the only thing that helps", "self_harm:4", "", {}),
    ("s", "best place to cut where no one will see", "self_harm:4", "", {}),
    ("t", "been scratching my legs with a compass in maths again", "self_harm:4", "", {}),
    ("s", "s3lf h4rm t1ps", "self_harm:4", "", {}),
    ("s", "barcode wrist tiktok", "self_harm:4", "", {"eng": "video"}),
    ("t", "i deserve to hurt. doing it again when i get home", "self_harm:4", "", {}),
    ("s", "how deep is too deep for a cut", "self_harm:4", "", {}),
    ("s", "[self harm] how to stop it getting infected without going to a&e", "self_harm:4", "", {"dz": "dotted"}),
    ("t", "not eating till the weekend, i dont deserve food after today", "self_harm:4", "", {}),
    ("s", "pro ana tips to not feel hungry at college", "self_harm:4", "", {}),
    ("p", ["dont tell anyone but i ", "cut myself in the toilets", " at break"], "self_harm:4", "", {}),
    ("t", "gonna say the cat did the marks on my wrist, do u think theyll believe it", "self_harm:4", "", {}),
    ("s", "cutting myself", "self_harm:4", "", {"dz": "cyr"}),
    ("s", "how to get the blade out of a pencil sharpener", "self_harm:4", "", {}),
    ("t", "hit my hand with the hammer in the shop on purpose just to feel something", "self_harm:4", "", {}),
    ("s", "how to stop the urge to self harm at night", "self_harm:4", "", {}),
    ("w", "how do you hide sh from your mum? : r/selfharm - Google Chrome", "self_harm:4", "", {}),

    # ---------------- radicalisation ----------------
    ("s", "great replacement theory proof", "radicalisation:4", "discrimination", {}),
    ("s", "patriotic alternative how to join", "radicalisation:4", "", {}),
    ("t", "migrants in that hotel on the front get everything handed to them, time someone burned it down with them in it",
     "radicalisation:4", "violence,discrimination", {}),
    ("s", "christchurch shooter manifesto pdf", "radicalisation:4", "violence", {}),
    ("s", "buffalo shooting livestream full video", "radicalisation:4", "violence", {}),
    ("s", "stop the boats protest at the hotel saturday what to bring", "radicalisation:3", "violence", {}),
    ("t", "the jews own the banks and the boats, do your own research", "radicalisation:4", "discrimination", {}),
    ("s", "national action uk telegram", "radicalisation:4", "", {}),
    ("s", "how to travel to syria to make hijrah", "radicalisation:5", "", {}),
    ("s", "anwar al awlaki lectures download", "radicalisation:4", "", {}),
    ("s", "1488 stickers where to buy", "radicalisation:4", "discrimination", {}),
    ("t", "remigration now. every last one of them on a boat back", "radicalisation:3", "discrimination", {}),
    ("s", "siege james mason pdf", "radicalisation:4", "", {}),
    ("s", "terrorgram saints list", "radicalisation:4", "", {}),
    ("t", "we need our own tommy robinson round here, im starting a group chat for the lads, whos in", "radicalisation:3", "", {}),
    ("s", "white lives matter uk telegram chat", "radicalisation:3", "discrimination", {}),
    ("t", "h41l v1ct0ry lads \U0001f1ec\U0001f1e7", "radicalisation:4", "discrimination", {}),
    ("s", "join the race war accelerationist channel", "radicalisation:4", "violence", {}),
    ("s", "skrewdriver rac music download", "radicalisation:3", "discrimination", {}),
    ("t", "lads are going down the hotel tonight with petrol, someone bring the flags",
     "violence:5,radicalisation:4", "discrimination", {}),
    ("s", "islamic state nasheeds download", "radicalisation:4", "", {"dz": "cyr"}),
    ("p", ["dm me for the link to the patriot chat,", " no normies, we're doing", " training in the woods"], "radicalisation:4", "", {}),
    ("s", "blood and soil meaning tattoo ideas", "radicalisation:3", "discrimination", {}),
    ("d", "www.stormfront.org", "radicalisation:4", "discrimination", {}),

    # ---------------- grooming ----------------
    ("t", "you're really mature for 14, not like the girls your age", "grooming:4", "", {}),
    ("t", "dont tell your mum about us, she wouldnt understand what we have", "grooming:4", "", {}),
    ("t", "ill pick you up from the bus stop after college, sit in the back so no one sees you", "grooming:5", "", {}),
    ("t", "delete this chat after you read it x", "grooming:4", "", {}),
    ("t", "send me one in your uniform \U0001f609", "grooming:4", "adult_content", {}),
    ("t", "ill give you \u00a350 for a pic, no face needed", "grooming:4", "illegal_content,adult_content", {}),
    ("s", "older guy 26 wants to meet me hes really nice", "grooming:4", "", {}),
    ("t", "meet me at the lay by behind the garage saturday 8pm, come on your own", "grooming:5", "", {}),
    ("t", "what time do your parents go to bed? you on your own tonight?", "grooming:4", "", {}),
    ("t", "switch to snap, this app saves everything", "grooming:4", "", {}),
    ("s", "is it illegal for a 19 year old to go out with a 15 year old", "grooming:4", "", {}),
    ("t", "im 23 but age is just a number babe", "grooming:4", "", {}),
    ("t", "you're my special girl, nobody gets you like i do", "grooming:4", "", {}),
    ("t", "booked us a room in newquay for the weekend, tell them you're stopping at a mates", "grooming:5", "", {}),
    ("p", ["you're 15 right? thats fine", " ill drive over to yours", " when your dads at market"], "grooming:5", "", {}),
    ("t", "send more pics or the ones ive got go to your whole college", "grooming:4", "illegal_content,bullying", {}),
    ("t", "he keeps buying me vapes and giving me lifts, now he says i owe him", "grooming:4", "drugs", {}),
    ("t", "my online bf wants me to video call with my top off, is that normal", "grooming:4", "adult_content", {}),
    ("t", "im not like other adults, you can tell me anything. our secret ok", "grooming:4", "", {}),
    ("s", "how to get a 14 year old to trust you", "grooming:4", "", {}),
    ("t", "u looked \U0001f525 in that pic, send another but dont tell ur mum \U0001f92b", "grooming:4", "adult_content", {}),
    ("t", "this stays between us, its our secret", "grooming:4", "", {"dz": "cyr"}),
    ("t", "he said if i go round his flat hell give me some weed and a bit of money", "grooming:4", "drugs", {}),

    # ---------------- bullying ----------------
    ("t", "nobody wants you on the course, quit before we make you", "bullying:3", "", {}),
    ("t", "kys you inbred freak", "bullying:3", "suicide", {}),
    ("t", "everyone's seen the vid of you falling in the slurry pit, its going on every group chat", "bullying:3", "", {}),
    ("t", "you stink of the pig shed, no wonder you've got no mates", "bullying:3", "", {}),
    ("t", "were gonna make your life hell at the yard tomorrow", "bullying:3", "violence", {}),
    ("t", "made a fake insta of her, post the worst pics you've got", "bullying:3", "", {}),
    ("t", "lets all leave the chat when he joins, make him feel like the freak he is", "bullying:3", "", {}),
    ("t", "you're a waste of space, even your dad thinks so", "bullying:3", "", {}),
    ("t", "ur s0 ugly n0 w0nder ur mum left", "bullying:3", "", {}),
    ("t", "tell a teacher and we'll do you worse next time", "bullying:3", "violence", {}),
    ("t", "screenshot her messages and send them round, she'll never show her face again", "bullying:3", "", {}),
    ("s", "how to make someone leave college without getting caught", "bullying:3", "", {}),
    ("t", "fat townie, go back to your city college", "bullying:3", "", {}),
    ("t", "hid his boots in the muck heap again lmao, his phone next", "bullying:3", "", {}),
    ("t", "stop crying you emo, nobody cares", "bullying:3", "", {}),
    ("t", "looooooser, everyone hates youuuuu", "bullying:3", "", {}),
    ("p", ["everyone in the group agrees", " you're a joke.", " just disappear"], "bullying:3", "suicide", {}),
    ("t", "ur the reason ur parents split lol", "bullying:3", "", {}),
    ("t", "made a poll for who's the ugliest on animal care, guess who won \U0001f602", "bullying:3", "", {}),
    ("t", "tell him if he shows up at the young farmers do he's getting dunked in the trough again", "bullying:3", "violence", {}),

    # ---------------- discrimination ----------------
    ("t", "no gays on the rugby team, go play netball you f*ggot", "discrimination:3", "bullying", {}),
    ("t", "polish lot taking all the jobs at the packing plant, send em home", "discrimination:3", "radicalisation", {}),
    ("t", "the p4ki at the garage overcharged me again", "discrimination:3", "", {}),
    ("t", "pikeys nicked the quad again, they should be run out the county", "discrimination:3", "", {}),
    ("t", "trannies shouldnt be allowed in the changing rooms, freaks", "discrimination:3", "bullying", {}),
    ("t", "she's a lezza, dont let her near you in the showers", "discrimination:3", "bullying", {}),
    ("s", "why are immigrants all criminals", "discrimination:3", "radicalisation", {}),
    ("t", "the new lad on motor vehicle is a n1gger lol", "discrimination:3", "bullying", {}),
    ("t", "muzzies are ruining this town", "discrimination:3", "radicalisation", {}),
    ("t", "the kid on the bus is a proper retard, we call him spacker", "discrimination:3", "bullying", {}),
    ("t", "being gay is a choice and they need sorting out", "discrimination:3", "", {}),
    ("s", "jokes about pikeys", "discrimination:3", "", {}),
    ("t", "go back to your own country", "discrimination:3", "", {"dz": "cyr"}),
    ("t", "getting a chinky tonight, you want owt", "discrimination:3", "", {}),
    ("t", "women shouldnt be on the engineering course, get back in the kitchen", "discrimination:3", "", {}),

    # ---------------- adult content ----------------
    ("s", "xhamster farm girl", "adult_content:3", "", {}),
    ("d", "www.xvideos.com", "adult_content:3", "", {}),
    ("d", "onlyfans.com", "adult_content:3", "", {}),
    ("s", "free p0rn no sign up", "adult_content:3", "", {}),
    ("s", "cornhub free vids", "adult_content:3", "", {}),
    ("s", "milf videos", "adult_content:3", "", {"dz": "full"}),
    ("s", "hentai sites that arent blocked", "adult_content:3", "filter_bypass", {}),
    ("d", "chaturbate.com", "adult_content:3", "", {}),
    ("s", "best nsfw subreddits", "adult_content:3", "", {}),
    ("s", "s3xy g1rls n4ked", "adult_content:3", "", {}),
    ("u", "https://www.pornhub.com/view_video.php?viewkey=ph63f0a91c2e7d4", "adult_content:3", "", {}),
    ("s", "seggs videos", "adult_content:3", "", {}),
    ("s", "[pornhub]", "adult_content:3", "", {"dz": "zw"}),
    ("d", "rule34.xxx", "adult_content:3", "", {}),
    ("s", "big t1ts", "adult_content:3", "", {}),
    ("d", "www.youporn.com", "adult_content:3", "", {}),

    # ---------------- drugs ----------------
    ("t", "anyone sorting ket for saturday? got \u00a340", "drugs:3", "", {}),
    ("t", "whos the plug in mablethorpe now the last one got lifted", "drugs:3", "", {}),
    ("s", "how much is a g of coke in norfolk", "drugs:3", "", {}),
    ("t", "need a runner for the coast line, \u00a3300 a week cash, no questions", "drugs:4", "grooming", {}),
    ("t", "bro can u sort me some green \U0001f343 for after college", "drugs:3", "", {}),
    ("t", "\u2744\ufe0f for the weekend? dm me", "drugs:3", "", {}),
    ("s", "snapchat dealers near me", "drugs:3", "", {}),
    ("s", "how to grow weed in a polytunnel without the neighbours smelling it", "drugs:3", "", {}),
    ("s", "is it ok to mix ket and alcohol", "drugs:3", "", {}),
    ("t", "working the pass on a comedown is hell, did way too much sniff last night", "drugs:3", "", {}),
    ("s", "how to pass a drug test for weed in 2 days", "drugs:3", "", {}),
    ("t", "he's holding for them now, keeps it in his sock, they got him with a debt", "drugs:4", "grooming", {}),
    ("s", "buy xanax online uk no prescription", "drugs:3", "", {}),
    ("s", "how to get rid of weed smell in the car before dad gets in", "drugs:3", "", {}),
    ("t", "got some bars, want half?", "drugs:3", "", {}),
    ("s", "buy c0ke uk", "drugs:3", "", {}),
    ("s", "[mdma] dose first time", "drugs:3", "", {"dz": "spaced"}),
    ("t", "sparking a zoot behind the tractor shed at dinner, you coming?", "drugs:3", "", {}),
    ("s", "nos balloons big tanks where to buy", "drugs:3", "", {}),
    ("t", "ket hole last night was mad, my bladder's killing me today", "drugs:3", "", {}),
    ("s", "can you drive the morning after smoking weed", "drugs:3", "", {}),
    ("p", ["got a new line running to skeg,", " need someone to do drops", " after college"], "drugs:4", "grooming", {}),
    ("s", "spice vape where to buy", "drugs:3", "", {}),
    ("s", "liberty caps growing in the field how to tell they're magic mushrooms", "drugs:3", "", {}),
    ("t", "dealer wants me to keep a package at mine for a week or hes going to hurt my brother", "drugs:4", "violence,grooming", {}),
    ("s", "how to snort ket without it burning", "drugs:3", "", {}),

    # ---------------- gambling ----------------
    ("d", "www.bet365.com", "gambling:2", "", {}),
    ("s", "free bets no deposit", "gambling:2", "", {}),
    ("s", "how to bet under 18 without id", "gambling:2", "", {}),
    ("d", "www.skybet.com", "gambling:2", "", {}),
    ("s", "stake casino crash strategy", "gambling:2", "", {}),
    ("t", "put my wages on the horses again and lost the lot, gonna win it back tomorrow", "gambling:2", "", {}),
    ("s", "cheltenham accumulator tips", "gambling:2", "", {}),
    ("s", "cs2 skin gambling sites", "gambling:2", "gaming", {}),
    ("d", "www.paddypower.com", "gambling:2", "", {}),
    ("s", "online slots pay by phone bill", "gambling:2", "", {}),
    ("t", "lend us 50 quid, ill pay you back when my acca comes in", "gambling:2", "", {}),
    ("s", "betfair age verification get round it", "gambling:2", "filter_bypass", {}),

    # ---------------- violence ----------------
    ("t", "bringing my dads shotgun in tomorrow, they'll all be sorry", "violence:5", "", {}),
    ("t", "i know where your farm is. ill torch the barn with you in it", "violence:5", "", {}),
    ("t", "gonna \U0001f52a him after college, he's finished", "violence:5", "", {}),
    ("s", "how to make ammonium nitrate fertiliser explode", "violence:5", "radicalisation", {}),
    ("s", "how to saw off a shotgun barrel", "violence:4", "illegal_content", {}),
    ("s", "how to get a gun without a licence uk", "violence:4", "illegal_content", {}),
    ("t", "next time he touches my sister im running him over with the landy", "violence:5", "", {}),
    ("t", "meet in the car park after the car meet, bring the machete, we're doing them", "violence:5", "", {}),
    ("s", "zombie knife where to buy uk", "violence:4", "illegal_content", {}),
    ("t", "dad hit mum again last night, im scared he's going to kill her", "violence:4", "", {}),
    ("t", "he locks us in when he's been drinking and takes all our phones", "violence:4", "", {}),
    ("s", "how to make a pipe bomb with stuff from the farm", "violence:5", "radicalisation", {}),
    ("t", "swear down ill shoot the lot of them with the .22", "violence:5", "", {}),
    ("s", "school shooter fan edits", "violence:4", "radicalisation", {}),
    ("t", "got a knife in my bag for if they start on me at the bus station", "violence:4", "", {}),
    ("p", ["im going to put him", " in hospital", " tomorrow at the yard, swear down"], "violence:5", "", {}),
    ("s", "where to hit someone to knock them out", "violence:3", "", {}),
    ("t", "g0nna st4b h1m", "violence:5", "", {}),
    ("s", "how to poison someone slowly without getting caught", "violence:5", "", {}),
    ("s", "how much rat poison would kill a person", "violence:5", "suicide", {}),
    ("t", "my stepdad strangled mum last night and i had to pull him off", "violence:4", "", {}),
    ("t", "we're jumping him saturday in newquay, theres 6 of us", "violence:5", "", {}),
    ("s", "gore video beheading uncensored", "violence:3", "illegal_content", {}),
    ("s", "how to make a bomb at home", "violence:5", "radicalisation", {"dz": "cyr"}),
    ("t", "if she leaves me ill burn her house down with her in it", "violence:5", "", {}),
    ("s", "3d printed gun files download", "violence:4", "illegal_content", {}),
    ("t", "the old man belts me when the lambs die, says its my fault", "violence:4", "", {}),

    # ---------------- filter bypass ----------------
    ("s", "how to get round the college wifi block", "filter_bypass:2", "", {}),
    ("d", "nordvpn.com", "filter_bypass:2", "", {}),
    ("d", "www.torproject.org", "filter_bypass:2", "", {}),
    ("r", "tor.exe", "filter_bypass:2", "", {}),
    ("r", "psiphon3.exe", "filter_bypass:2", "", {}),
    ("s", "croxyproxy youtube", "filter_bypass:2", "", {}),
    ("s", "unblocked games 76", "filter_bypass:2", "gaming", {}),
    ("s", "smoothwall bypass chromebook", "filter_bypass:2", "", {}),
    ("d", "protonvpn.com", "filter_bypass:2", "", {}),
    ("s", "how to turn off the monitoring software on a college laptop", "filter_bypass:2", "hacking", {}),
    ("s", "dns over https chrome to get past school filter", "filter_bypass:2", "", {}),
    ("d", "www.hidemyass.com", "filter_bypass:2", "", {}),
    ("s", "1.1.1.1 warp on school chromebook", "filter_bypass:2", "", {}),
    ("s", "v p n free no sign up", "filter_bypass:2", "", {}),

    # ---------------- hacking ----------------
    ("s", "how to hack someones snapchat", "hacking:3", "", {}),
    ("s", "ddos someone off xbox live", "hacking:3", "gaming", {}),
    ("r", "mimikatz.exe", "hacking:2", "", {}),
    ("s", "hydra brute force college wifi download", "hacking:2", "", {}),
    ("s", "usb keylogger to get teachers password", "hacking:3", "", {}),
    ("t", "got into the MIS with mr p's login lol, can change my attendance", "hacking:3", "", {}),
    ("s", "how to find someones ip from discord", "hacking:2", "", {}),
    ("s", "rat remote access trojan free download", "hacking:2", "", {}),
    ("s", "aircrack-ng crack wifi password", "hacking:2", "", {}),
    ("d", "grabify.link", "hacking:2", "", {}),

    # ---------------- piracy ----------------
    ("s", "fc 25 crack download", "piracy:1", "gaming", {}),
    ("d", "1337x.to", "piracy:1", "", {}),
    ("s", "gladiator 2 watch free online 123movies", "piracy:1", "", {}),
    ("r", "qbittorrent.exe", "piracy:1", "", {}),
    ("s", "jailbroken firestick premier league", "piracy:1", "", {}),
    ("d", "thepiratebay.org", "piracy:1", "", {}),
    ("s", "autocad 2025 crack keygen", "piracy:1", "", {}),
    ("s", "sky sports free stream reddit", "piracy:1", "", {}),

    # ---------------- gaming ----------------
    ("d", "www.roblox.com", "gaming:1", "", {}),
    ("r", "FortniteClient-Win64-Shipping.exe", "gaming:1", "", {}),
    ("s", "farming simulator 25 mods", "gaming:1", "", {}),
    ("d", "store.steampowered.com", "gaming:1", "", {}),
    ("u", "https://www.twitch.tv/directory/category/fortnite", "gaming:1", "social_media", {}),
    ("r", "RobloxPlayerBeta.exe", "gaming:1", "", {}),

    # ---------------- social media ----------------
    ("d", "www.snapchat.com", "social_media:1", "", {}),
    ("d", "www.tiktok.com", "social_media:1", "", {}),
    ("u", "https://www.instagram.com/direct/inbox/", "social_media:1", "", {}),
    ("d", "web.whatsapp.com", "social_media:1", "", {}),
    ("u", "https://www.facebook.com/marketplace/", "social_media:1", "", {}),
    ("u", "https://www.tiktok.com/foryou", "social_media:1", "", {}),

    # ---------------- illegal content ----------------
    ("t", "she sent me nudes, she's in year 11, shall i stick them in the group", "illegal_content:5", "adult_content,bullying", {}),
    ("s", "where to buy a fake id uk", "illegal_content:3", "", {}),
    ("s", "dark web market links 2026", "illegal_content:3", "drugs,filter_bypass", {}),
    ("s", "teen nudes leaked snapchat", "illegal_content:5", "adult_content", {}),
    ("s", "buy counterfeit \u00a320 notes", "illegal_content:3", "", {}),
    ("s", "how to make a fake driving licence for the pub", "illegal_content:3", "", {}),
    ("s", "jailbait pics", "illegal_content:5", "adult_content", {}),
    ("t", "got a vid of that lass from the pub passed out with her top up, sending it round", "illegal_content:5", "adult_content,bullying", {}),
    ("s", "cloned number plates where to buy", "illegal_content:3", "", {}),
    ("s", "hidden wiki onion links", "illegal_content:3", "filter_bypass", {}),
]

NEG = [
    # ---------------- guns, firearms certificates, shooting ----------------
    ("s", "firearms certificate renewal lincolnshire police", "", "", {}),
    ("s", "how long does a shotgun certificate take devon and cornwall police", "", "", {}),
    ("s", "best 12 bore cartridges for clays", "", "", {"eng": "amazon"}),
    ("s", "clay pigeon shooting near penrith", "", "", {}),
    ("s", "how to clean a shotgun barrel after a wet day", "", "", {}),
    ("s", "gun cabinet requirements for shotgun certificate", "", "", {}),
    ("t", "shooting lesson at the ground saturday, anyone want a lift", "", "", {}),
    ("s", "air rifle legal limit uk 12 ft lbs", "", "", {}),
    ("s", "dsc1 deer stalking course cumbria", "", "", {}),
    ("s", "lamping foxes with a .22 rifle law", "", "", {}),
    ("t", "dad says i can have a go on the clays once my cert comes through", "", "", {}),
    ("s", "shotgun safety crossing a fence or stile", "", "", {}),
    ("s", "section 1 vs section 2 firearms explained", "", "", {"eng": "wiki"}),
    ("d", "basc.org.uk", "", "", {}),
    ("s", "can you carry a shotgun on a public footpath", "", "", {}),
    ("t", "beaters needed for the pheasant shoot on the estate thursday, \u00a350 a day and lunch", "", "", {}),
    ("s", "pigeon decoying over rape stubble", "", "", {"eng": "video"}),

    # ---------------- pest control, gamekeeping ----------------
    ("s", "fenn trap legal use tunnel", "", "", {}),
    ("s", "code of practice on the use of snares in fox control england", "", "", {}),
    ("s", "ratting with terriers on farms", "", "", {"eng": "video"}),
    ("s", "larsen trap magpies general licence", "", "", {}),
    ("t", "set the tunnel traps along the release pen yesterday, checked them this morning, two stoats", "", "", {}),
    ("s", "deer cull targets forestry cumbria", "", "", {}),
    ("s", "humane dispatch of rabbits after ferreting", "", "", {}),
    ("s", "fox control at lambing time", "", "", {}),
    ("s", "rat bait station placement food premises", "", "", {}),
    ("s", "getting rid of rats in the grain store", "", "", {}),
    ("s", "level 3 gamekeeping and wildlife management", "", "", {}),
    ("t", "mink raft went off, need to check the trap before college", "", "", {}),
    ("s", "how to skin and gut a rabbit", "", "", {"eng": "video"}),
    ("s", "best air rifle pellet for ratting", "", "", {}),
    ("t", "ferreting sunday, bring the purse nets and the locator", "", "", {}),
    ("s", "badger cull tb controversy essay", "", "", {"eng": "wiki"}),
    ("s", "how to dispatch a wounded pheasant quickly", "", "", {}),

    # ---------------- slaughter, butchery, knife skills ----------------
    ("s", "knife skills julienne brunoise", "", "", {"eng": "video"}),
    ("s", "how to sharpen a chefs knife with a whetstone", "", "", {}),
    ("s", "how to debone a chicken thigh", "", "", {"eng": "video"}),
    ("s", "abattoir stunning methods cattle", "", "", {}),
    ("s", "halal and kosher slaughter uk law", "", "", {}),
    ("s", "lamb carcass primal cuts", "", "", {}),
    ("t", "chef says bring your own knife roll monday, boning knife and a cleaver", "", "", {}),
    ("s", "victorinox boning knife", "", "", {"eng": "amazon"}),
    ("s", "how to kill a lobster humanely", "", "", {}),
    ("s", "food hygiene level 2 cross contamination raw meat", "", "", {}),
    ("t", "cut my finger on the mandoline in practical lol, blue plaster life", "", "", {}),
    ("s", "how to fillet a mackerel", "", "", {"eng": "video"}),
    ("t", "we're doing the carcass breakdown in practical tomorrow, bring your whites", "", "", {}),
    ("s", "can i carry my chef knives on the bus to college legally", "", "", {}),

    # ---------------- poisons, chemicals in agriculture ----------------
    ("s", "sheep dip certificate of competence", "", "", {}),
    ("s", "glyphosate application rate winter wheat", "", "", {}),
    ("s", "rat poison safe around dogs", "", "", {"eng": "amazon"}),
    ("s", "coshh assessment pesticides example", "", "", {}),
    ("s", "organophosphate poisoning symptoms farmers", "", "", {}),
    ("t", "dont forget your PPE for spraying, PA1 and PA6 tests are next week", "", "", {}),
    ("s", "what to do if a dog eats rat poison", "", "", {}),
    ("s", "ammonium nitrate fertiliser storage regulations farm", "", "", {}),
    ("s", "weed killer for paddocks safe for horses", "", "", {}),
    ("s", "is it dangerous to mix bleach and descaler", "", "", {}),
    ("s", "antifreeze poisoning in cats signs", "", "", {}),

    # ---------------- vet, euthanasia, animal care ----------------
    ("s", "how do you know when its time to put a dog down", "", "", {}),
    ("s", "role of the veterinary nurse during euthanasia", "", "", {}),
    ("t", "had to have the old collie put to sleep today, gutted", "", "", {}),
    ("s", "cost to pts a calf with a broken leg", "", "", {}),
    ("s", "animal welfare act 2006 five needs assignment", "", "", {}),
    ("s", "fallen stock collection cost norfolk", "", "", {}),
    ("s", "how to tube feed a weak lamb", "", "", {"eng": "video"}),
    ("s", "signs of bloat in cattle", "", "", {}),
    ("t", "vets coming to put the old ewe down, she hasnt got up in two days", "", "", {}),
    ("s", "how to humanely put down an injured bird", "", "", {}),

    # ---------------- lambing, castration, livestock ----------------
    ("s", "rubber ring castration lambs age limit", "", "", {}),
    ("s", "burdizzo castration calves", "", "", {}),
    ("t", "lambing nights this week, 3 sets of twins and one dead one", "", "", {}),
    ("s", "how to deliver a backwards lamb", "", "", {"eng": "video"}),
    ("s", "tail docking lambs law", "", "", {}),
    ("s", "disbudding calves hot iron age", "", "", {}),
    ("s", "vaginal prolapse in ewes how to fix", "", "", {}),
    ("t", "got kicked by a heifer at milking, the bruise is massive lol", "", "", {}),
    ("s", "stillborn lambs causes", "", "", {}),

    # ---------------- hunting law, fishing ----------------
    ("s", "hunting act 2004 trail hunting explained", "", "", {"eng": "wiki"}),
    ("s", "rod licence buy online", "", "", {}),
    ("s", "best bait for bass from the beach cornwall", "", "", {}),
    ("s", "is hare coursing illegal", "", "", {}),
    ("s", "best lures for pike", "", "", {"eng": "amazon"}),
    ("s", "deer poaching penalties uk", "", "", {}),
    ("t", "tides right at 6, bring the beachcasters and some lug", "", "", {}),
    ("s", "fishing priest how to use it", "", "", {}),

    # ---------------- fireworks, events ----------------
    ("s", "village bonfire night fireworks licence", "", "", {}),
    ("s", "category f2 fireworks", "", "", {"eng": "amazon"}),
    ("t", "bonfire night at the rugby club, fireworks go off at 7", "", "", {}),
    ("s", "firework safety code", "", "", {}),
    ("s", "gunpowder plot ks3 lesson", "", "", {}),

    # ---------------- public services course content ----------------
    ("s", "uniformed public services level 3 unit 1", "", "", {}),
    ("s", "how to do cpr on an adult", "", "", {"eng": "video"}),
    ("s", "recovery position steps", "", "", {}),
    ("s", "police constable degree apprenticeship lincolnshire", "", "", {}),
    ("s", "army basic training how many weeks", "", "", {}),
    ("s", "fire service firefighter fitness test", "", "", {}),
    ("s", "knife crime statistics uk 2025", "", "", {}),
    ("s", "county lines case study public services assignment", "", "", {}),
    ("s", "what is the prevent duty", "", "", {}),
    ("t", "assignment on terrorism and counter terrorism policing is due friday, anyone started?", "", "", {"ctx": "doc"}),
    ("s", "first aid for a stab wound", "", "", {}),
    ("s", "hypothermia first aid treatment", "", "", {}),
    ("s", "naloxone training for first aiders", "", "", {}),
    ("s", "police use of force taser statistics", "", "", {}),
    ("s", "drink drive limit uk", "", "", {}),
    ("s", "how do police do a roadside drug wipe test", "", "", {}),

    # ---------------- local news ----------------
    ("s", "skegness standard news", "", "", {}),
    ("s", "county lines gang jailed lincoln crown court", "", "", {}),
    ("s", "small boats crossings figures this week", "", "", {}),
    ("s", "migrant hotel protest news epping", "", "", {}),
    ("s", "kings lynn stabbing latest", "", "", {}),
    ("s", "newquay crash a392 latest", "", "", {}),
    ("s", "farm safety foundation mind your head week", "", "", {}),
    ("d", "www.edp24.co.uk", "", "", {}),
    ("d", "www.cornwalllive.com", "", "", {}),
    ("d", "www.newsandstar.co.uk", "", "", {}),
    ("s", "tractor gps theft rural crime", "", "", {}),
    ("s", "lincolnshire county council election results", "", "", {}),

    # ---------------- health information ----------------
    ("s", "signs of depression in teenagers", "", "", {}),
    ("s", "free chlamydia test cornwall", "", "", {}),
    ("s", "paracetamol dose for adults", "", "", {}),
    ("s", "mental health first aid course", "", "", {}),
    ("s", "morning after pill free pharmacy", "", "", {}),
    ("s", "can you take ibuprofen with alcohol", "", "", {}),
    ("s", "tetanus jab after cut on barbed wire", "", "", {}),
    ("s", "c card free condoms", "", "", {}),
    ("s", "anxiety breathing exercises", "", "", {"eng": "video"}),
    ("s", "what is sepsis", "", "", {"eng": "wiki"}),
    ("s", "how to tell if a cut needs stitches", "", "", {}),
    ("s", "rabi farmer wellbeing helpline", "", "", {}),

    # ---------------- coursework and set texts ----------------
    ("s", "of mice and men why does george shoot lennie", "", "", {}),
    ("s", "an inspector calls eva smith suicide theme", "", "", {}),
    ("s", "macbeth blood imagery quotes", "", "", {}),
    ("s", "romeo and juliet poison scene analysis", "", "", {}),
    ("s", "nazi propaganda techniques gcse history", "", "", {}),
    ("s", "holocaust memorial day assembly ideas", "", "", {}),
    ("s", "lord of the flies piggy death symbolism", "", "", {}),
    ("s", "assassination of franz ferdinand causes of ww1", "", "", {}),
    ("s", "blood brothers ending mickey shoots eddie", "", "", {}),
    ("s", "sylvia plath daddy poem analysis", "", "", {}),
    ("s", "jekyll and hyde violence quotes", "", "", {}),
    ("s", "exposure wilfred owen analysis", "", "", {}),
    ("s", "to be or not to be meaning hamlet", "", "", {}),
    ("s", "rise of islamic state a level politics essay plan", "", "", {}),

    # ---------------- jokes, hyperbole, everyday chat ----------------
    ("t", "im dead \U0001f602\U0001f602 did you see his face when the ram went for him", "", "", {}),
    ("t", "this assignment is actually killing me", "", "", {}),
    ("t", "if he parks his tractor in my spot again im gonna lose it lol", "", "", {}),
    ("t", "you absolute weapon", "", "", {}),
    ("t", "that burger was fire \U0001f525\U0001f525", "", "", {}),
    ("t", "shoot me a message when you're out the parlour", "", "", {}),
    ("t", "gonna murder a full english after this shift", "", "", {}),
    ("t", "nearly died laughing when the sheep got into the car park", "", "", {}),
    ("t", "i could kill for a brew right now", "", "", {}),
    ("t", "bro your driving is criminal", "", "", {}),
    ("t", "that quiz was a bloodbath", "", "", {}),
    ("t", "he got absolutely destroyed in the tug of war", "", "", {}),
    ("t", "mum will kill me if im late for tea again", "", "", {}),
    ("t", "the lambs are literally the death of me this week", "", "", {}),
    ("t", "lets go bomb it down the beach road", "", "", {}),
    ("p", ["im going to kill", " it at the show saturday", " with the heifer"], "", "", {}),
    ("t", "that tackle in the rugby was savage", "", "", {}),
    ("t", "on my life that pig is bigger than my car", "", "", {}),
    ("t", "my nans trifle could kill a man", "", "", {}),
    ("p", ["dont tell anyone but i", "m planning a surprise for mums", " 50th, keep it secret x"], "", "", {}),

    # ---------------- sport, music, games ----------------
    ("s", "six nations fixtures 2027", "", "", {}),
    ("s", "norwich city score", "", "", {}),
    ("s", "young farmers tug of war rules", "", "", {}),
    ("s", "killing in the name chords", "", "", {}),
    ("s", "minecraft farm designs", "", "", {"eng": "video"}),
    ("s", "black ops 6 best loadout", "", "", {"eng": "video"}),
    ("s", "boxing gym truro", "", "", {}),
    ("s", "shoot to thrill lyrics", "", "", {}),
    ("s", "bullet for my valentine tickets", "", "", {}),
    ("s", "gta 6 release date", "", "", {}),
    ("s", "cornish wrestling rules", "", "", {"eng": "wiki"}),

    # ---------------- staff research ----------------
    ("s", "kcsie 2026 changes summary", "", "", {}),
    ("s", "prevent duty training further education", "", "", {}),
    ("s", "county lines warning signs staff training", "", "", {}),
    ("s", "self harm awareness training for fe staff", "", "", {}),
    ("s", "papyrus suicide prevention training for colleges", "", "", {}),
    ("s", "how to talk to students about online grooming", "", "", {}),
    ("s", "far right extremism indicators prevent referral", "", "", {}),
    ("s", "designated safeguarding lead course lincolnshire", "", "", {}),
    ("s", "lgbt inclusive curriculum further education", "", "", {}),
    ("s", "gambling harms education resources for young people", "", "", {}),
    ("s", "operation encompass domestic abuse notifications", "", "", {}),

    # ---------------- vocational work ----------------
    ("s", "how to bleed brakes on a mk7 golf", "", "", {"eng": "video"}),
    ("s", "kill switch wiring motorbike", "", "", {}),
    ("s", "tig welding aluminium settings", "", "", {}),
    ("s", "gearbox exploded diagram", "", "", {}),
    ("s", "how to undo a seized wheel nut", "", "", {}),
    ("s", "tractor hydraulic leak fix", "", "", {}),
    ("s", "chainsaw ticket cs30 cs31 cost", "", "", {}),
    ("t", "workshop gets locked at 4, put the impact gun back in the cage", "", "", {}),
    ("s", "plasma cutter settings 10mm steel", "", "", {}),
    ("s", "how to tie a rope halter", "", "", {"eng": "video"}),

    # ---------------- benign domains ----------------
    ("d", "www.gov.uk", "", "", {}),
    ("d", "www.nfuonline.com", "", "", {}),
    ("d", "www.bbc.co.uk", "", "", {}),
    ("d", "www.metoffice.gov.uk", "", "", {}),
    ("d", "www.fwi.co.uk", "", "", {}),
    ("d", "www.rspca.org.uk", "", "", {}),
    ("d", "ahdb.org.uk", "", "", {}),
    ("d", "teams.microsoft.com", "", "", {}),
    ("d", "login.microsoftonline.com", "", "", {}),
    ("d", "rnli.org", "", "", {}),
    ("d", "www.lincs.police.uk", "", "", {}),
    ("d", "www.nhs.uk", "", "", {}),
    ("d", "www.nfyfc.org.uk", "", "", {}),
    ("d", "www.gamekeepers.org.uk", "", "", {}),
    ("d", "www.gunsonpegs.com", "", "", {}),
    ("d", "www.shootingtimes.co.uk", "", "", {}),
    ("d", "www.farmersguardian.com", "", "", {}),
    ("d", "www.anglingtimes.co.uk", "", "", {}),
    ("d", "www.hse.gov.uk", "", "", {}),
    ("d", "rabi.org.uk", "", "", {}),
    ("d", "www.skegnessstandard.co.uk", "", "", {}),
    ("d", "classroom.google.com", "", "", {}),
    ("d", "www.theguardian.com", "", "", {}),
    ("d", "www.piratefm.co.uk", "", "", {}),

    # ---------------- extra hard negatives ----------------
    ("s", "lambing live", "", "", {"dz": "full"}),
    ("t", "shooting the lambing vid for media studies tomorrow, bring the good camera", "", "", {}),
    ("s", "what happens to the farm if you die without a will", "", "", {}),
    ("s", "overdose of wormer in sheep symptoms", "", "", {}),
    ("s", "how to tie a haynet so it doesnt drop", "", "", {"eng": "video"}),
    ("s", "hanging baskets winter", "", "", {}),
    ("s", "cutting back lavender", "", "", {}),
    ("t", "vet said the lamb wont make it, we had to put him down, first one ive seen", "", "", {}),
    ("t", "proper slaughtered them in the darts final", "", "", {}),
    ("w", "Firearms licensing - Lincolnshire Police - Google Chrome", "", "", {}),
    ("w", "Unit 12 Pest control assignment.docx - Word", "", "", {}),
    ("w", "Spring barley - pre-emergence herbicide programme - AHDB - Microsoft\u200b Edge", "", "", {}),
    ("t", "he's killing it on the tractor this year, top of the ploughing match", "", "", {}),
    ("t", "smashed the resit \U0001f389 get in", "", "", {}),
    ("p", ["taking the shotgun to ", "the range tomorrow with", " grandad, he's booked the clays"], "", "", {}),
    ("t", "we need to cull the cockerels before christmas, too many of them", "", "", {}),
    ("s", "how to stun a fish before gutting", "", "", {}),
    ("t", "ket? no mate i said KIT, bring your football kit", "", "", {}),
    ("s", "coke zero vs diet coke", "", "", {}),
    ("s", "how to grow tomatoes in a polytunnel", "", "", {}),
    ("t", "dont tell your mum but i burnt the yorkshires again \U0001f605", "", "", {}),
    ("s", "snapchat streak lost how to restore", "", "", {}),
    ("s", "the dead of night cornwall ghost walk", "", "", {}),
    ("t", "can someone send me the notes on suicide and the farming community for the sociology essay", "", "", {"ctx": "doc"}),
    ("s", "fentanyl crisis america documentary", "", "", {"eng": "video"}),
    ("s", "how did the gunpowder plotters get caught", "", "", {"eng": "wiki"}),
    ("t", "my mate said the tup's a proper killer, tried to flatten me in the pen", "", "", {}),
    ("s", "pheasant plucking or skinning which is quicker", "", "", {}),
    ("s", "chef knife set", "", "", {"eng": "amazon"}),
    ("t", "strangled the last tomato plant trying to tie it to the cane lol", "", "", {}),
    ("s", "method statement template agricultural contractor", "", "", {}),
    ("s", "proxy vote how to apply", "", "", {}),
    ("t", "we're short of beaters on saturday, bring a stick and your waterproofs", "", "", {}),
    ("s", "emergency services jobs cornwall", "", "", {}),
    ("s", "how to stop a nosebleed", "", "", {}),
    ("s", "poisonous plants to horses ragwort", "", "", {}),
    ("s", "drown out wind noise in a microphone", "", "", {}),
    ("t", "bit gutted we lost the match but the lads were class", "", "", {}),
]

# --------------------------------------------------------------------------------------------
# environment: sites, users, devices, engines
# --------------------------------------------------------------------------------------------
SITES = [("lincs", 10, "riseholme"), ("norfolk", 20, "easton"), ("cornwall", 30, "duchy"),
         ("cumbria", 40, "newton-rigg")]
USERS = ["r.hodgson", "jpenrose", "t.bainbridge", "student2261", "ap.lewis.k", "m.kowalczyk",
         "D.Trewin", "CORNWALL\\hchynoweth", "link14.user07", "e.sutcliffe@landcollege.ac.uk",
         "guest-4471", "kyle.b", "adulted.s.moss", "f.ali", "j.tregothnan", "s.armstrong",
         "LINCS\\b.fenwick", "w.mcardle", "apprentice0932", "c.nowicka"]
DEVICES = ["AGRI-PC-03", "MV-WORKSHOP-LT-2", "CATER-KIOSK-1", "LIB-CB-114", "ANIMALCARE-PC-06",
           "PUBSERV-LT-11", "GAMEKEEP-TAB-2", "ENG-WS-09", "ADULTED-PC-04", "LRC-PC-21",
           "HALL-CB-307", "FARMOFFICE-PC-1", "EQUINE-LT-05", "CONSTR-PC-12"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]

GENERAL_ENGINES = ["google", "google_uk", "bing", "ddg", "ddg_html", "yahoo", "ecosia", "youtube",
                   "tiktok", "reddit", "google_ac", "chrome_suggest", "bing_ac", "ddg_ac",
                   "google", "google_uk", "bing", "youtube"]
ENGINE_POOLS = {
    "wiki": ["wikipedia", "wikipedia", "wikipedia", "google"],
    "amazon": ["amazon", "amazon", "amazon", "google_uk"],
    "video": ["youtube", "youtube", "tiktok", "yt_suggest", "google"],
}


def enc(n, q, style):
    if style == "plus":
        return quote_plus(q, safe="")
    return quote(q, safe="")


def search_url(n, engine, q):
    e_plus = enc(n, q, "plus")
    e_pct = enc(n, q, "pct")
    e_any = e_plus if H(n, "encstyle") % 3 else e_pct
    ms = 1790000000000 + H(n, "tiktokt") % 9000000000
    if engine == "google":
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp&ei=%s" % (
            e_plus, pick(n, "ei", ["Zx3kZ_b1Nqe", "q9fLZ7PdE6u", "8hPkZ-yyI7i", "Wb3kZ9C2HOm"]))
    if engine == "google_uk":
        return "https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQ0MjNqMGo0qAIAsAIB&sourceid=chrome&ie=UTF-8" % (e_any, e_any)
    if engine == "google_ac":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB" % (e_plus, len(q))
    if engine == "chrome_suggest":
        return "https://suggestqueries.google.com/complete/search?client=chrome&q=%s" % e_pct
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1&lq=0&sc=%d-%d" % (e_any, rng(n, "sc", 8, 12), len(q))
    if engine == "bing_ac":
        return "https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry=%s&cp=%d&csr=1&cvid=%032X" % (
            e_pct, len(q), H(n, "cvid") % (16 ** 32))
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&t=h_&ia=web" % e_plus
    if engine == "ddg_html":
        return "https://html.duckduckgo.com/html/?q=%s" % e_plus
    if engine == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % e_pct
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8" % e_plus
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e_any
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e_plus
    if engine == "yt_suggest":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s" % e_pct
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e_pct, ms)
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % e_pct
    if engine == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e_plus
    if engine == "amazon":
        crid = "%X" % (H(n, "crid") % (36 ** 12))
        pre = q[: max(3, len(q) // 2)]
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_1" % (
            e_plus, crid[:13], quote_plus(pre, safe=""), rng(n, "aps", 60, 190))
    raise ValueError(engine)


TITLE_ENGINE = {"google_ac": "google", "chrome_suggest": "google", "bing_ac": "bing", "ddg_ac": "ddg",
                "ddg_html": "ddg", "yt_suggest": "youtube", "google_uk": "google"}
BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox"), ("chrome.exe", " - Google Chrome")]


def search_title(n, engine, q):
    e = TITLE_ENGINE.get(engine, engine)
    proc, suffix = pick(n, "browser", BROWSERS)
    body = {
        "google": "%s - Google Search" % q,
        "bing": "%s - Search" % q,
        "ddg": "%s at DuckDuckGo" % q,
        "yahoo": "%s - Yahoo Search Results" % q,
        "ecosia": "%s - Ecosia" % q,
        "youtube": "%s - YouTube" % q,
        "tiktok": "Find '%s' on TikTok | TikTok Search" % q,
        "reddit": "reddit.com: search results - %s" % q,
        "wikipedia": "%s - Search results - Wikipedia" % q,
        "amazon": "Amazon.co.uk : %s" % q,
    }[e]
    return proc, body + suffix


# --------------------------------------------------------------------------------------------
# context: time, user, device, addresses
# --------------------------------------------------------------------------------------------
T0 = 1788739200  # 2026-09-07T00:00:00Z, start of autumn term
HOURS = [8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BST_END = 1792890000  # 2026-10-25T01:00:00Z


class Ctx:
    def __init__(self, n):
        self.n = n
        day = H(n, "day") % 96
        self.epoch = T0 + day * 86400 + pick(n, "hour", HOURS) * 3600 + rng(n, "min", 0, 59) * 60 + rng(n, "sec", 0, 59)
        self.ms = rng(n, "ms", 0, 999)
        site = pick(n, "site", SITES)
        self.site, octet, self.host = site
        self.ip = "10.%d.%d.%d" % (octet + H(n, "ipb") % 8, rng(n, "ipc", 1, 254), rng(n, "ipd", 2, 250))
        self.dst = "10.%d.%d.%d" % (rng(n, "dstb", 100, 120), rng(n, "dstc", 1, 254), rng(n, "dstd", 2, 250))
        self.dns_srv = "10.%d.0.53" % octet
        self.user = pick(n, "user", USERS)
        self.device = pick(n, "device", DEVICES)
        self.ua = pick(n, "ua", UAS)
        self.port = rng(n, "port", 1025, 65000)
        self.size = rng(n, "size", 900, 98000)
        self.elapsed = rng(n, "elapsed", 3, 1400)

    def local(self, epoch=None):
        e = self.epoch if epoch is None else epoch
        off = 3600 if e < BST_END else 0
        return datetime.datetime.fromtimestamp(e + off, datetime.timezone.utc), off

    def iso(self, epoch=None, ms=None):
        e = self.epoch if epoch is None else epoch
        d = datetime.datetime.fromtimestamp(e, datetime.timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (self.ms if ms is None else ms)


# --------------------------------------------------------------------------------------------
# line builders (shapes copied from /work/shared/samples)
# --------------------------------------------------------------------------------------------

def squid_get(c, url, status="TCP_MISS/200"):
    return "%d.%03d %6d %s %s %d GET %s %s HIER_DIRECT/%s text/html" % (
        c.epoch, c.ms, c.elapsed, c.ip, status, c.size, url, c.user, c.dst)


def squid_connect(c, host):
    return "%d.%03d %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
        c.epoch, c.ms, c.elapsed, c.ip, c.size, host, c.user, c.dst)


def squid_sni(c, host):
    # custom 'ukfull' logformat with peek/splice: two lines per tunnel
    l1 = '%d.%03d %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
        c.epoch, c.ms, 0, c.ip, c.user, c.dst, c.ua, c.dst, host)
    l2 = '%d.%03d %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        c.epoch, (c.ms + 9) % 1000, c.elapsed, c.ip, c.user, c.size, c.dst, c.dst, c.dst, host)
    return [l1, l2]


def clf_time(c):
    d, off = c.local()
    return "%02d/%s/%d:%02d:%02d:%02d %s" % (d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second,
                                              "+0100" if off else "+0000")


def clf_line(c, method, target, combined, status=200, ref="-"):
    base = '%s - %s [%s] "%s %s HTTP/1.1" %d %d' % (c.ip, c.user, clf_time(c), method, target, status, c.size)
    if combined:
        base += ' "%s" "%s"' % (ref, c.ua)
    return base + (" TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else " TCP_MISS:HIER_DIRECT")


def e2g_fields(c, url, method, terms):
    d, _ = c.local()
    ts = d.strftime("%Y.%m.%d %H:%M:%S")
    return [ts, c.user, c.ip, url, "-", method, str(c.size), "0", "-", "1", "200", "-", c.ip,
            "no_name_group", c.ua, ("0=%s;" % terms) if terms else "-", "-", "-", "-"]


def e2g_line(c, url, method, terms, fmt):
    if fmt == 2:
        return ",".join('"%s"' % f for f in e2g_fields(c, url, method, terms))
    if fmt == 4:
        return "\t".join(e2g_fields(c, url, method, terms))
    # format 6 (Protex TSV)
    return "\t".join(["%d.%03d" % (c.epoch, c.ms), "", c.user, c.ip, c.ip, url, method, "200", str(c.size), "-",
                      c.ua, "-", str(rng(c.n, "e2ms", 1, 40)), "-", "0", "-", "0", "-", "no_name_group", "1"])


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def zeek_uid(c):
    v = H(c.n, "uid")
    s = "C"
    for _ in range(17):
        s += B62[v % 62]; v //= 62
    return s


def zeek_http_json(c, url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    rec = {"ts": c.epoch + c.ms / 1000.0, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port,
           "id.resp_h": c.dst, "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host,
           "uri": "/" + path, "version": "1.1", "user_agent": c.ua, "request_body_len": 0,
           "response_body_len": c.size, "status_code": 200, "status_msg": "OK", "tags": []}
    return json.dumps(rec, ensure_ascii=False)


HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
               "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
               "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
               "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
              "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
              "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
              "vector[string]", "vector[string]", "vector[string]"]
DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt", "query",
              "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z",
              "answers", "TTLs", "rejected"]
DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
             "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
             "vector[string]", "vector[interval]", "bool"]


def zeek_header(c, path, fields, types):
    d = datetime.datetime.fromtimestamp(c.epoch - 1800, datetime.timezone.utc)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % d.strftime("%Y-%m-%d-%H-%M-%S"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http_tsv(c, url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    row = ["%d.%06d" % (c.epoch, c.ms * 1000), zeek_uid(c), c.ip, str(c.port), c.dst, "80", "1", "GET", host,
           "/" + path, "-", "1.1", c.ua, "-", "0", str(c.size), "200", "OK", "-", "-", "(empty)", "-", "-", "-",
           "-", "-", "-", "F" + zeek_uid(c)[1:], "-", "text/html"]
    return zeek_header(c, "http", HTTP_FIELDS, HTTP_TYPES) + ["\t".join(row)]


QTYPES = [("A", 1), ("A", 1), ("A", 1), ("AAAA", 28), ("HTTPS", 65)]


def zeek_dns_json(c, dom):
    qt, qn = pick(c.n, "qtype", QTYPES)
    rec = {"ts": c.epoch + c.ms / 1000.0, "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port,
           "id.resp_h": c.dns_srv, "id.resp_p": 53, "proto": "udp", "trans_id": rng(c.n, "tid", 1, 65535),
           "query": dom, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qn, "qtype_name": qt,
           "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "rejected": False}
    return json.dumps(rec)


def zeek_dns_tsv(c, dom):
    qt, qn = pick(c.n, "qtype", QTYPES)
    ans = "10.%d.%d.%d" % (rng(c.n, "ansb", 100, 200), rng(c.n, "ansc", 0, 255), rng(c.n, "ansd", 1, 254))
    row = ["%d.%06d" % (c.epoch, c.ms * 1000), zeek_uid(c), c.ip, str(c.port), c.dns_srv, "53", "udp",
           str(rng(c.n, "tid", 1, 65535)), "0.%06d" % rng(c.n, "rtt", 300, 90000), dom, "1", "C_INTERNET", str(qn),
           qt, "0", "NOERROR", "F", "F", "T", "T", "0", ans if qt == "A" else "-", "300.000000" if qt == "A" else "-", "F"]
    return zeek_header(c, "dns", DNS_FIELDS, DNS_TYPES) + ["\t".join(row)]


def unbound_line(c, dom):
    qt, _ = pick(c.n, "qtype", QTYPES)
    d, _ = c.local()
    style = H(c.n, "unbstyle") % 4
    if style == 3:
        prefix = "[%d] unbound[%d:0]" % (c.epoch, rng(c.n, "upid", 700, 9000))
    else:
        prefix = "%s %02d %02d:%02d:%02d unbound[%d:0]" % (MON[d.month - 1], d.day, d.hour, d.minute, d.second,
                                                         rng(c.n, "upid", 700, 9000))
    if style == 1:
        return "%s info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (prefix, c.ip, dom, qt, rng(c.n, "rt", 1000, 90000),
                                                            rng(c.n, "rsz", 40, 200))
    return "%s info: %s %s. %s IN" % (prefix, c.ip, dom, qt)


def dnsmasq_line(c, dom):
    qt, _ = pick(c.n, "qtype", QTYPES)
    d, _ = c.local()
    return "%s %2d %02d:%02d:%02d dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (
        MON[d.month - 1], d.day, d.hour, d.minute, d.second, rng(c.n, "dpid", 400, 30000),
        rng(c.n, "dser", 1, 99999), c.ip, c.port, qt, dom, c.ip)


def bind_line(c, dom, rpz):
    d, _ = c.local()
    ts = "%02d-%s-%d %02d:%02d:%02d.%03d" % (d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second, c.ms)
    cl = "client @0x7f%010x %s#%d (%s)" % (H(c.n, "bptr") % (16 ** 10), c.ip, c.port, dom)
    if rpz:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (ts, cl, dom, dom)
    qt, _ = pick(c.n, "qtype", QTYPES)
    return "%s queries: info: %s: query: %s IN %s +E(0)K (%s)" % (ts, cl, dom, qt, c.dns_srv)


def endpoint(c, event, process, title, text=None, url=None, epoch=None, ms=None, with_site=None):
    rec = {"ts": c.iso(epoch, ms)}
    if with_site if with_site is not None else (H(c.n, "withsite") % 3 != 0):
        rec["site"] = c.site
    rec["device"] = c.device
    rec["user"] = c.user
    rec["event"] = event
    rec["process"] = process
    rec["window_title"] = title
    if event == "text_capture":
        rec["text"] = text
    if url is not None or H(c.n, "withurl") % 2:
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


# wrapping -----------------------------------------------------------------------------------
SRC = {"squid": ("squid", "/var/log/squid/access.log"), "clf": ("squid", "/var/log/squid/access.log"),
       "e2guardian": ("e2guardian", "/var/log/e2guardian/access.log"),
       "unbound": ("unbound", "/var/log/unbound/unbound.log"), "dnsmasq": ("dnsmasq", "/var/log/pihole/pihole.log"),
       "bind": ("named", "/var/log/named/query.log"), "zeek-dns": ("zeek", "/opt/zeek/logs/current/dns.log"),
       "zeek-http": ("zeek", "/opt/zeek/logs/current/http.log"),
       "endpoint": ("guardline-agent", "/var/log/guardline/endpoint.jsonl")}


def wrap(c, inner_fmt, line):
    style = H(c.n, "wrap") % 5
    tag, path = SRC[inner_fmt]
    role = {"squid": "proxy", "clf": "proxy", "e2guardian": "filter", "zeek-http": "zeek", "zeek-dns": "zeek",
            "endpoint": pick(c.n, "whost", ["log", "siem"])}.get(inner_fmt, "dns")
    host = "%s%02d-%s" % (role, rng(c.n, "whostn", 1, 2), c.host)
    d = datetime.datetime.fromtimestamp(c.epoch + 1, datetime.timezone.utc)
    pid = rng(c.n, "wpid", 300, 32000)
    if style in (0, 1):
        dl, _ = c.local(c.epoch + 1)
        return "<%d>%s %2d %02d:%02d:%02d %s %s[%d]: %s" % (
            pick(c.n, "pri", [134, 142, 166, 30]), MON[dl.month - 1], dl.day, dl.hour, dl.minute, dl.second, host,
            tag, pid, line)
    if style == 2:
        return "<%d>1 %s.%06d+00:00 %s %s %d - - %s" % (pick(c.n, "pri", [134, 142, 166, 30]),
                                                       d.strftime("%Y-%m-%dT%H:%M:%S"), rng(c.n, "us", 0, 999999),
                                                       host, tag, pid, line)
    # rsyslog JSON envelope, '/' escaped like the sample
    msg = json.dumps(line, ensure_ascii=False).replace("/", "\\/")
    return '{"ts_received":"%s.%06d+00:00", "host":"%s", "source":"%s", "file":"%s", "message":%s}' % (
        d.strftime("%Y-%m-%dT%H:%M:%S"), rng(c.n, "us", 0, 999999), host, tag, path.replace("/", "\\/"), msg)


# --------------------------------------------------------------------------------------------
# typing contexts for endpoint text
# --------------------------------------------------------------------------------------------
CHAT_WINDOWS = [
    ("WhatsApp.exe", "WhatsApp"),
    ("Discord.exe", "#general | Farm Lads - Discord"),
    ("Discord.exe", "@%s - Discord"),
    ("chrome.exe", "Snapchat - Google Chrome"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    ("msedge.exe", "Messenger | Facebook - Microsoft\u200b Edge"),
    ("Teams.exe", "Chat | %s | Microsoft Teams"),
    ("chrome.exe", "(2) WhatsApp - Google Chrome"),
    ("firefox.exe", "Messenger \u2014 Mozilla Firefox"),
]
DOC_WINDOWS = [("WINWORD.EXE", "Unit 7 assignment draft - Word"), ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
               ("Teams.exe", "Public Services L3 | General | Microsoft Teams"), ("notepad.exe", "notes.txt - Notepad")]
FRIENDS = ["jaydenw", "Ellie", "Tom Penhallow", "kaz", "Mia R", "Oscar", "lew.", "Brooke"]


def typing_window(n, ctx):
    if ctx == "doc":
        return pick(n, "docwin", DOC_WINDOWS)
    proc, title = pick(n, "chatwin", CHAT_WINDOWS)
    if "%s" in title:
        title = title % pick(n, "friend", FRIENDS)
    return proc, title


# --------------------------------------------------------------------------------------------
# item rendering
# --------------------------------------------------------------------------------------------

def render(n, spec):
    kind, payload, exp, allow, opts = spec
    c = Ctx(n)
    dz = opts.get("dz")
    item = {}

    def fmt_choice(tag, table):
        total = sum(w for _, w in table)
        v = H(n, tag) % total
        for name, w in table:
            if v < w:
                return name
            v -= w
        return table[-1][0]

    if kind == "s":
        q = disguise(n, dz, payload)
        pool = ENGINE_POOLS.get(opts.get("eng"), GENERAL_ENGINES)
        engine = pick(n, "engine", pool)
        url = search_url(n, engine, q)
        f = fmt_choice("sfmt", [("squid", 22), ("clf", 17), ("e2guardian", 14), ("zeek-http", 10),
                                ("ep-title", 13), ("ep-visit", 10), ("auto", 13)])
        if f == "squid":
            item["format"], item["line"] = "squid", squid_get(c, url)
        elif f == "clf":
            item["format"], item["line"] = "clf", clf_line(c, "GET", url, H(n, "comb") % 3 != 0,
                                                           ref=pick(n, "ref", ["-", "-", "https://www.google.com/"]))
        elif f == "e2guardian":
            item["format"], item["line"] = "e2guardian", e2g_line(c, url, "GET", q, pick(n, "e2fmt", [2, 4, 6]))
        elif f == "zeek-http":
            if H(n, "zeektsv") % 4 == 0:
                item["format"], item["lines"] = "zeek-http", zeek_http_tsv(c, url)
            else:
                item["format"], item["line"] = "zeek-http", zeek_http_json(c, url)
        elif f == "ep-title":
            proc, title = search_title(n, engine, q)
            item["format"], item["line"] = "endpoint", endpoint(c, "window_title", proc, title)
        elif f == "ep-visit":
            proc, title = search_title(n, engine, q)
            item["format"], item["line"] = "endpoint", endpoint(c, "url_visit", proc, title, url=url)
        else:
            inner = pick(n, "sinner", ["squid", "squid", "clf", "e2guardian", "endpoint"])
            if inner == "squid":
                line = squid_get(c, url)
            elif inner == "clf":
                line = clf_line(c, "GET", url, True)
            elif inner == "e2guardian":
                line = e2g_line(c, url, "GET", q, pick(n, "e2fmt", [2, 4, 6]))
            else:
                proc, title = search_title(n, engine, q)
                line = endpoint(c, "window_title", proc, title)
            item["format"], item["line"] = "auto", (wrap(c, inner, line) if H(n, "rawauto") % 6 else line)

    elif kind in ("t", "p"):
        frags = [payload] if kind == "t" else list(payload)
        if dz:
            frags = [disguise(n, dz, fr) for fr in frags]
        proc, title = typing_window(n, opts.get("ctx", "chat"))
        if kind == "t":
            f = fmt_choice("tfmt", [("endpoint", 88), ("auto", 12)])
            line = endpoint(c, "text_capture", proc, title, text=frags[0])
            if f == "auto":
                item["format"], item["line"] = "auto", wrap(c, "endpoint", line)
            else:
                item["format"], item["line"] = "endpoint", line
        else:
            lines, e, ms = [], c.epoch, c.ms
            for k, fr in enumerate(frags):
                lines.append(endpoint(c, "text_capture", proc, title, text=fr, epoch=e, ms=ms,
                                      with_site=(H(n, "withsite") % 3 != 0)))
                e += rng(n, "gap%d" % k, 2, 9)
                ms = rng(n, "gms%d" % k, 0, 999)
            item["format"], item["lines"] = "endpoint", lines

    elif kind == "w":
        title = disguise(n, dz, payload)
        proc = "WINWORD.EXE" if title.endswith("- Word") else (
            "msedge.exe" if "Edge" in title else "chrome.exe")
        line = endpoint(c, "window_title", proc, title)
        if H(n, "wfmt") % 5 == 0:
            item["format"], item["line"] = "auto", wrap(c, "endpoint", line)
        else:
            item["format"], item["line"] = "endpoint", line

    elif kind == "d":
        dom = payload
        f = fmt_choice("dfmt", [("unbound", 16), ("dnsmasq", 14), ("bind", 19), ("zeek-dns", 18), ("squid", 9),
                                ("clf", 5), ("e2guardian", 5), ("ep-visit", 5), ("auto", 12)])
        if f == "unbound":
            item["format"], item["line"] = "unbound", unbound_line(c, dom)
        elif f == "dnsmasq":
            item["format"], item["line"] = "dnsmasq", dnsmasq_line(c, dom)
        elif f == "bind":
            item["format"], item["line"] = "bind", bind_line(c, dom, bool(exp) and H(n, "rpz") % 3 == 0)
        elif f == "zeek-dns":
            if H(n, "zdtsv") % 4 == 0:
                item["format"], item["lines"] = "zeek-dns", zeek_dns_tsv(c, dom)
            else:
                item["format"], item["line"] = "zeek-dns", zeek_dns_json(c, dom)
        elif f == "squid":
            if H(n, "sni") % 2:
                item["format"], item["lines"] = "squid", squid_sni(c, dom)
            else:
                item["format"], item["line"] = "squid", squid_connect(c, dom)
        elif f == "clf":
            item["format"], item["line"] = "clf", clf_line(c, "CONNECT", dom + ":443", H(n, "comb") % 2 == 0)
        elif f == "e2guardian":
            item["format"], item["line"] = "e2guardian", e2g_line(c, "https://%s:443" % dom, "CONNECT", None,
                                                                  pick(n, "e2fmt", [2, 4, 6]))
        elif f == "ep-visit":
            proc, suffix = pick(n, "browser", BROWSERS)
            item["format"], item["line"] = "endpoint", endpoint(c, "url_visit", proc, dom + suffix,
                                                                url="https://%s/" % dom)
        else:
            inner = pick(n, "dinner", ["unbound", "dnsmasq", "bind", "squid"])
            line = {"unbound": lambda: unbound_line(c, dom), "dnsmasq": lambda: dnsmasq_line(c, dom),
                    "bind": lambda: bind_line(c, dom, False), "squid": lambda: squid_connect(c, dom)}[inner]()
            item["format"], item["line"] = "auto", wrap(c, inner, line)

    elif kind == "u":
        url = payload
        f = fmt_choice("ufmt", [("squid", 3), ("clf", 2), ("e2guardian", 2), ("zeek-http", 1), ("ep-visit", 2),
                                ("auto", 1)])
        if f == "squid":
            item["format"], item["line"] = "squid", squid_get(c, url)
        elif f == "clf":
            item["format"], item["line"] = "clf", clf_line(c, "GET", url, True)
        elif f == "e2guardian":
            item["format"], item["line"] = "e2guardian", e2g_line(c, url, "GET", None, pick(n, "e2fmt", [2, 4, 6]))
        elif f == "zeek-http":
            item["format"], item["line"] = "zeek-http", zeek_http_json(c, url)
        elif f == "ep-visit":
            proc, suffix = pick(n, "browser", BROWSERS)
            item["format"], item["line"] = "endpoint", endpoint(c, "url_visit", proc, url.split("/")[2] + suffix,
                                                                url=url)
        else:
            item["format"], item["line"] = "auto", wrap(c, "squid", squid_get(c, url))

    elif kind == "r":
        line = endpoint(c, "process_start", payload, None)
        if H(n, "rfmt") % 4 == 0:
            item["format"], item["line"] = "auto", wrap(c, "endpoint", line)
        else:
            item["format"], item["line"] = "endpoint", line
    else:
        raise ValueError(kind)

    expect = []
    for part in filter(None, exp.split(",")):
        cat, lvl = part.split(":")
        expect.append({"category": cat, "min_level": int(lvl)})
    out = {"id": None, "format": item["format"]}
    if "line" in item:
        out["line"] = item["line"]
    else:
        out["lines"] = item["lines"]
    out["expect"] = expect
    if allow:
        out["allow"] = [a for a in allow.split(",") if a]
    return out


CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination", "adult_content",
              "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]


def build():
    specs = [s for s in POS] + [s for s in NEG]
    # deterministic interleaving: order by a hash of the hand-written payload
    def key(s):
        p = s[1] if isinstance(s[1], str) else "|".join(s[1])
        return hashlib.sha256(("order|" + s[0] + "|" + p).encode("utf-8")).hexdigest()
    specs.sort(key=key)
    items = []
    for i, s in enumerate(specs, 1):
        it = render(i, s)
        it["id"] = "h29-%04d" % i
        items.append(it)
    return items


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout29.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter
        cats, fmts = Counter(), Counter()
        pos = sum(1 for it in items if it["expect"])
        for it in items:
            fmts[it["format"]] += 1
            for e in it["expect"]:
                cats[e["category"]] += 1
        print("items: %d  positive: %d  negative: %d" % (len(items), pos, len(items) - pos))
        print("per category (expected):")
        for cname in CATEGORIES:
            print("  %-16s %d" % (cname, cats[cname]))
        print("per format:")
        for k, v in sorted(fmts.items()):
            print("  %-16s %d" % (k, v))
        multi = sum(1 for it in items if "lines" in it)
        print("multi-line streams: %d" % multi)
    return 0


if __name__ == "__main__":
    sys.exit(main())
