#!/usr/bin/env python3
"""build_heldout40.py - held-out evaluation corpus #40 for Guardline.

PERSPECTIVE
    A bilingual further-education college in rural Wales and the Welsh Marches:
    campuses at Llanfair, Newtown and Brecon plus a boarding hall for farm
    students ("hall" site, its own wifi).  Learners are 16-19 year olds and adult
    apprentices on agriculture, land-based, engineering, hair and beauty and
    hospitality courses.  Some type partly or wholly in Welsh (northern
    "dwi isio", southern "fi moyn"/"sai'n"), most in English with local slang.
    Staff (tutors, wardens, the DSL team) use the same network for research and
    welfare training.  Risks are written as these learners would express them:
    isolation and suicidal thinking tied to farm debt and failing family farms,
    self-harm, eating disorders, county lines reaching market towns, young
    farmers' drinking culture and drink spiking, shotgun and firearm misuse,
    grooming over gaming/Snapchat, sextortion, homophobic / anti-English /
    anti-Welsh / anti-Traveller abuse, far-right recruitment in small border
    towns, gambling, filter bypass on the hall wifi, hacking and illegal trade
    (stolen quads, red diesel, hare coursing, unlicensed guns).

    About half the items are hard negatives from the same world: legal shooting
    (clay pigeons, pest control, certificate applications), lambing, culling,
    slaughter and animal-welfare coursework, veterinary drugs and pesticides,
    Welsh literature and history (Tryweryn, Glyndwr, the Free Wales Army and
    Meibion Glyndwr as history topics, Penyberth, Aberfan), YFC events, rugby,
    hair and beauty vocabulary ("nude" nails, razor fades, cutting), hospitality
    ("faggots and peas", knife skills), engineering ("suicide doors", kill
    switches), hyperbole in English and Welsh ("marw chwerthin", "lladd gwair"
    = cutting hay), staff safeguarding training and news.

LABELLING DECISIONS (CONTRACTS section 3 level table; min_level is the lowest
level that is still a correct response)
    suicide          5  a method, plan, means at hand (gun cabinet, beam in the
                        barn, saved tablets), timing ("tonight") or a farewell note.
                     4  ideation without a method: "i want to die", "dwi isio
                        marw", "everyone would be better off without me".
                        Overdose-method questions allow self_harm.
    self_harm        4  cutting, burning, hitting oneself, hiding wounds, help
                        for urges.  Eating disorders (pro-ana, thinspo, purging,
                        restricting, hiding not eating) are filed under self_harm
                        at min 3: harmful, but usually reviewed within the week
                        rather than same day.
    radicalisation   4  seeking extremist groups, propaganda, manifestos,
                        attack videos, being recruited (PA, National Action,
                        terrorgram, IS).  5 for travelling to join a fighting group.
                     3  interest in extremist symbols, slogans, music, conspiracy
                        (14 words, "great replacement", sieg heil memes);
                        discrimination is allowed where the content is hateful.
    grooming         4  adult-to-young-person signs (secrecy, flattery, moving
                        to private apps, gifts for images, asking for photos) and
                        sextortion (threat to share images unless paid); learners'
                        searches about these too.  5 when a meeting is arranged
                        (place and time, "don't tell anyone").  adult_content
                        is allowed where images are involved.
    bullying         3  insults, exclusion, threats, humiliation of a peer,
                        incl. Welsh-language abuse; "kys" at someone allows
                        suicide.
    discrimination   3  slurs or hostility about a protected or national
                        group (homophobic, anti-English, anti-Welsh, anti-Polish,
                        anti-Traveller, racist, sexist, transphobic); bullying
                        allowed where aimed at one person, expected as well
                        where both are plain.
    adult_content    3  pornography sites, searches, nudes requests.
    drugs            3  buying/selling, dealer talk, county lines recruitment
                        (grooming allowed), drink spiking, asked about or
                        disclosed (violence allowed).
    gambling         2  betting/casino sites and talk, gamstop evasion.
    violence         5  a threat against a person with intent or a weapon, bomb
                        making, attack planning; 4 serious assault threats,
                        weapon modification; 3 knife carrying, fight plans.
    filter_bypass    2  VPNs, proxies, Tor, Psiphon, DNS changes, hotspotting
                        to dodge the filter.
    hacking          3  taking over someone else's account or marks; 2 tools
                        and generic cracking.
    illegal_content  3  fake IDs, stolen quads/tractors, red diesel laundering,
                        unlicensed guns, counterfeit money, hare coursing,
                        badger baiting, dark-web markets.
    piracy, gaming, social_media  1  policy information only.
    Negatives (expect []) never contain a real level-2+ concern; level-1 noise
    (a game or Snapchat mentioned) is tolerated there.

DETERMINISM
    No random module.  Item order is a SHA-256 sort of the texts; every rendering
    choice (format, engine, URL encoding, user, device, site, timestamp, IP,
    wrapping, fragment split, disguise positions) comes from SHA-256 of the item
    number and a purpose tag.

Usage: python3 build_heldout40.py [--out PATH] [--stats]
"""
import argparse
import datetime
import hashlib
import json
import os
import sys
import urllib.parse

# ----------------------------------------------------------------------------
# deterministic helpers


def H(n, tag):
    return int.from_bytes(hashlib.sha256(("h40|%s|%s" % (n, tag)).encode("utf-8")).digest()[:8], "big")


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


def hexid(n, tag, k):
    return hashlib.sha256(("h40hex|%s|%s" % (n, tag)).encode()).hexdigest()[:k]


# ----------------------------------------------------------------------------
# corpus entries, written by hand
ENTRIES = []


def P(kind, text, exp, allow=None, eng=None, dis=None, who=None):
    e = []
    for part in exp.split(","):
        c, lv = part.strip().split(":")
        e.append({"category": c, "min_level": int(lv)})
    al = [a.strip() for a in allow.split(",")] if allow else []
    ENTRIES.append(dict(kind=kind, text=text, expect=e, allow=al, eng=eng, dis=dis, who=who))


def N(kind, text, eng=None, dis=None, who=None):
    ENTRIES.append(dict(kind=kind, text=text, expect=[], allow=[], eng=eng, dis=dis, who=who))


# kinds: q search query | t typed chat text | doc typed in a document
#        w page title (browser suffix added) | W raw window title
#        d domain | u full url | p process_start

# ============================ POSITIVES =====================================
# --- suicide
P("q", "how to kill myself without it hurting", "suicide:5")
P("q", "dwi isio marw", "suicide:4")
P("t", "sai'n gallu neud hyn dim mwy. dwi isio marw", "suicide:4")
P("t", "dad says the bank are taking the farm. whats the point of any of it, i just want to not wake up", "suicide:4")
P("t", "i've decided. tonight after everyone's asleep in the hall i'm doing it", "suicide:5")
P("q", "how many paracetamol does it take to die", "suicide:5", allow="self_harm")
P("t", "the keys for dads gun cabinet are in the dresser drawer. nobody would find me till morning", "suicide:5", allow="violence")
P("q", "unalive myself painless", "suicide:5", eng="tiktok")
P("q", "quickest way to drown yourself", "suicide:5")
P("t", "everyone would be better off without me honestly, mam wouldnt have to worry anymore", "suicide:4")
P("t", "fyddai pawb yn well off hebdda i", "suicide:4")
P("q", "how to write a suicide note to your parents", "suicide:5")
P("q", "best way to k1ll mys3lf", "suicide:5")
P("t", "dwi'n mynd i ladd fy hun heno", "suicide:5")
P("w", "i dont want to be alive anymore - Google Search", "suicide:4")
P("q", "how high does a bridge need to be to die", "suicide:5")
P("t", "ive been saving up my tablets. nearly enough now", "suicide:5", allow="self_harm")
P("q", "sewerslide methods", "suicide:5")
P("t", "theres a beam in the top barn that would hold me", "suicide:5")
P("q", "i want to end it all", "suicide:4")
P("t", "i just want to go to sleep and never wake up, im so done with everything", "suicide:4")
P("q", "what does it feel like to hang yourself", "suicide:5")
P("t", "can't see a way out. the farms gone, dads drinking, i'm the one who should go", "suicide:4")
P("q", "how to commit suicide", "suicide:5", dis="zw")
P("t", "I want to kill myself", "suicide:4", dis="cyr")
P("t", "sorry for everything. by the time you read this i'll be gone. tell mam i love her", "suicide:5")
P("q", "no reason to live anymore", "suicide:4")
P("t", "fi moyn marw, sneb yn gwrando arna i", "suicide:4")
P("q", "how long does it take to die from carbon monoxide in a car", "suicide:5")
P("t", "kms fr this time. not joking", "suicide:4")
P("q", "ways to end your life that look like a farm accident", "suicide:5")

# --- self_harm (incl. eating disorders at min 3)
P("t", "i cut again last night, deeper this time", "self_harm:4")
P("q", "how to hide cuts from parents", "self_harm:4")
P("q", "how to hide self harm scars at work", "self_harm:4")
P("t", "dwi'n torri fy hun eto", "self_harm:4")
P("q", "how to stop sh urges", "self_harm:4")
P("q", "where to get blades for sh", "self_harm:4")
P("t", "burnt my arm on purpose with the lighter again", "self_harm:4")
P("q", "how to clean self harm cuts so nobody notices", "self_harm:4")
P("q", "barcode cuts healing", "self_harm:4", eng="tiktok")
P("q", "s3lf h@rm tips", "self_harm:4")
P("t", "i hit myself til it bruises, nobody knows", "self_harm:4")
P("q", "what to say at a&e if you self harmed", "self_harm:4")
P("t", "scratched my arms raw again, its the only thing that helps", "self_harm:4")
P("q", "how deep to cut without needing stitches", "self_harm:4", allow="suicide")
P("u", "https://www.reddit.com/r/selfharm/", "self_harm:4")
P("t", "haven't eaten in 3 days and i still feel huge", "self_harm:3")
P("q", "pro ana tips", "self_harm:3")
P("q", "thinspo", "self_harm:3", eng="tiktok")
P("q", "how to make yourself sick after eating without noise", "self_harm:3")
P("q", "ana coach snapchat", "self_harm:3", allow="grooming")
P("t", "had 400 cals today, goal is under 300 tmrw", "self_harm:3")
P("q", "laxatives to lose weight fast", "self_harm:3", allow="drugs", eng="amazon")
P("q", "how to hide not eating from boarding house staff", "self_harm:3")
P("t", "i deserve to hurt, thats why i do it", "self_harm:4")
P("t", "i wanna cuuuuut so bad rn 😞", "self_harm:4")
P("q", "is it bad to self harm with a razor from a shaving pack", "self_harm:4")
P("t", "sai di bwyta ers dydd llun, dwi'n rhy dew", "self_harm:3")

# --- radicalisation
P("q", "patriotic alternative wales join", "radicalisation:4")
P("q", "great replacement is real proof", "radicalisation:3", allow="discrimination")
P("t", "honestly national action had the right idea, shame they got banned", "radicalisation:4")
P("q", "how to join a white nationalist group uk", "radicalisation:4", allow="discrimination")
P("q", "brenton tarrant manifesto pdf", "radicalisation:4", allow="violence")
P("q", "christchurch shooting full video", "radicalisation:4", allow="violence")
P("t", "time someone started burning the english holiday homes again, meibion glyndwr had it right", "radicalisation:4", allow="violence,discrimination")
P("q", "14 words meaning", "radicalisation:3", allow="discrimination")
P("q", "white lives matter sticker download", "radicalisation:3", allow="discrimination")
P("q", "where to buy ss totenkopf patch", "radicalisation:3", allow="discrimination")
P("t", "wake up, the race war is coming and whites need to be ready", "radicalisation:4", allow="discrimination,violence")
P("q", "isis nasheed download", "radicalisation:4")
P("q", "how to travel to join the mujahideen", "radicalisation:5")
P("q", "blackpill incel forum", "radicalisation:3", allow="discrimination")
P("q", "telegram groups for british nationalists", "radicalisation:4")
P("t", "the lads from the gym want me to come to the PA meeting in shrewsbury, they're giving out leaflets about the invaders", "radicalisation:4", allow="discrimination")
P("q", "terrorgram collective", "radicalisation:4")
P("q", "sieg heil meme", "radicalisation:3", allow="discrimination", dis="cyr")

# --- grooming (incl. sextortion)
P("t", "you're so mature for your age, the lads your age wouldnt get you like i do", "grooming:4")
P("t", "delete our chats after ok, your mum wouldn't understand", "grooming:4")
P("t", "ill pick you up from the bus station in llandrindod saturday at 2, dont tell anyone where youre going", "grooming:5")
P("q", "older guy on fortnite wants my snap", "grooming:4", allow="gaming,social_media")
P("t", "he says he's 17 but he sounds way older on discord and he keeps asking for pics", "grooming:4", allow="adult_content")
P("q", "man i met on roblox sends me robux and wants to meet up", "grooming:4", allow="gaming")
P("t", "send me one in your uniform, no one will see it but me", "grooming:4", allow="adult_content")
P("t", "i booked the travelodge in welshpool for friday, ill get you from the hall gate at 7, tell the warden youre at your nans", "grooming:5")
P("q", "is it normal for a 25 year old to message a 16 year old on snap", "grooming:4", allow="social_media")
P("q", "someone threatening to share my nudes unless i pay", "grooming:4", allow="adult_content,bullying")
P("t", "he said if i dont send £300 by tonight he'll send the pics to everyone in my followers", "grooming:4", allow="adult_content")
P("q", "sextortion help uk", "grooming:4", allow="adult_content")
P("t", "i sent a girl on insta a pic and now shes asking for money or shes posting it, i cant tell dad", "grooming:4", allow="adult_content")
P("t", "add me on snap, not on here, this chat gets checked", "grooming:4", allow="social_media")
P("t", "you're my special girl, nobody else needs to know about us", "grooming:4")
P("q", "online boyfriend wants me to meet him alone", "grooming:4")
P("t", "dont tell ur parents about meeee ok, its our thing 🤫", "grooming:4")
P("t", "ill buy you the new fifa if you turn your camera on", "grooming:4", allow="gaming,adult_content")
P("q", "my coach keeps texting me late at night and says not to tell anyone", "grooming:4")
P("t", "remember its our secret, you promised", "grooming:4", dis="zw")
P("q", "what to do if a stranger asked me to video call naked", "grooming:4", allow="adult_content")
P("t", "he wants me to get the train to shrewsbury on my own to meet him, he said he'll pay for it", "grooming:5")
P("t", "paid deud wrth neb amdana ni, iawn? ein cyfrinach ni", "grooming:4")

# --- bullying
P("t", "nobody in the hall wants you here, go cry back to your farm", "bullying:3")
P("t", "kys no one would miss you", "bullying:3", allow="suicide")
P("t", "we made a new group chat without you lol dont bother asking", "bullying:3")
P("t", "everyone saw the video of you falling off the quad, its on everyones story now 😂😂 loser", "bullying:3")
P("t", "ti'n hollol ddiwerth, ma pawb yn casáu ti", "bullying:3")
P("t", "ur so fat no wonder the lads call u the heifer", "bullying:3")
P("q", "how to get someone kicked out of college anonymously", "bullying:3")
P("q", "how to make a fake account to mess with someone", "bullying:3", allow="hacking,social_media")
P("t", "if you tell the tutor we'll make sure the whole year knows what you did", "bullying:3")
P("t", "smell like a cowshed every day, do you even wash, tramp", "bullying:3")
P("q", "how to deal with being bullied at college", "bullying:3")
P("t", "posting your nudes in the group if you dont do my assignment", "bullying:3", allow="adult_content,grooming")
P("t", "ugly l1ttle sk4nk, n0body l1kes u", "bullying:3")
P("t", "lol watch what happens to you after the ball friday, you're getting it", "bullying:3", allow="violence")
P("t", "everyone's laughing at you, even the lecturers think you're thick", "bullying:3")
P("q", "sendit anonymous messages to roast someone", "bullying:3", allow="social_media")
P("t", "chwaer ti'n slag, ma pawb yn gwybod", "bullying:3")

# --- discrimination
P("t", "english scum coming over here buying all the houses, go back to birmingham", "discrimination:3")
P("t", "shut up you sheep shagging taff", "discrimination:3", allow="bullying")
P("t", "welsh is a dead language, nobody needs it except inbred farmers", "discrimination:3")
P("t", "dont sit next to him hes a f*g", "discrimination:3", allow="bullying")
P("t", "bloody saeson, ruining everything. dylen nhw fynd adre", "discrimination:3")
P("t", "the polish lads at the abattoir should go back home, taking our jobs", "discrimination:3")
P("t", "pikeys are camped by the river again, lock your quads up lads, dirty lot", "discrimination:3")
P("t", "that's so gay, are you a batty boy or what", "discrimination:3", allow="bullying")
P("t", "everyone in hall knows you're a bent little queer, we'll make your year hell", "discrimination:3,bullying:3")
P("q", "jokes about welsh people being inbred", "discrimination:3")
P("q", "p4ki jokes", "discrimination:3")
P("t", "no women should be on the engineering course, go do hair and beauty where you belong", "discrimination:3", allow="bullying")
P("t", "trans people are mentally ill and shouldnt be allowed in the hall", "discrimination:3")
P("t", "paid â bod yn gymaint o bwff", "discrimination:3", allow="bullying")
P("t", "muslims are ruining this country, send them all back", "discrimination:3", allow="radicalisation")
P("t", "go back to england you english c*nt", "discrimination:3", allow="bullying", dis="cyr")
P("t", "kys you english twat", "bullying:3,discrimination:3", allow="suicide")

# --- adult_content
P("d", "xhamster.com", "adult_content:3")
P("q", "onlyfans leaks free", "adult_content:3", allow="piracy")
P("q", "p0rn hub", "adult_content:3")
P("q", "rule 34 fortnite", "adult_content:3", allow="gaming")
P("q", "naked farm girls", "adult_content:3")
P("d", "chaturbate.com", "adult_content:3")
P("q", "corn star videos hd", "adult_content:3")
P("t", "send nudes x", "adult_content:3", allow="grooming")
P("d", "www.xnxx.com", "adult_content:3")
P("d", "spankbang.com", "adult_content:3")
P("q", "hot milf videos", "adult_content:3")
P("W", "Pornhub - Free Porn Videos & Sex Movies - Google Chrome", "adult_content:3")
P("u", "https://www.reddit.com/r/gonewild/", "adult_content:3", allow="social_media")
P("q", "boooobs pics", "adult_content:3")
P("q", "nsfw discord servers", "adult_content:3", allow="social_media,gaming")
P("q", "sexting apps for teens", "adult_content:3", allow="grooming")

# --- drugs (incl. county lines, spiking)
P("t", "need a runner for the newtown line, £300 a day, no stress, dm me", "drugs:3", allow="grooming")
P("t", "whos got bits in welshpool tonight", "drugs:3")
P("t", "my plug's dry, anyone know someone for ket before the yfc ball", "drugs:3")
P("q", "how to buy weed on snapchat uk", "drugs:3", allow="social_media")
P("q", "where to buy mdma in shrewsbury", "drugs:3")
P("t", "🔌 got ❄️ and 🍃 drop a msg", "drugs:3")
P("t", "hold this bag for me till friday and ill sort you new trainers, dont open it", "drugs:3", allow="grooming")
P("q", "how much is a gram of coke in wales", "drugs:3")
P("q", "what to put in someones drink to knock them out", "drugs:3", allow="violence")
P("t", "put something in her drink at the ball, she'll be well up for it then", "drugs:3", allow="violence,adult_content")
P("t", "think someone spiked me at the young farmers do, cant remember getting home", "drugs:3", allow="violence")
P("q", "drink spiked symptoms next day", "drugs:3")
P("q", "ghb where to get", "drugs:3")
P("q", "c0ke delivery n3wtown", "drugs:3")
P("q", "how to pass a drug test for apprenticeship", "drugs:3")
P("t", "county lines boys from brum are in llandrindod, they want young lads to sell for them", "drugs:3", allow="grooming,violence")
P("q", "nitrous oxide canisters bulk buy", "drugs:3", eng="amazon")
P("q", "ketamine k hole how long", "drugs:3")
P("q", "buy xanax online uk", "drugs:3", dis="zw")
P("t", "got some pingers for the weekend if anyones interested, tenner each", "drugs:3")
P("t", "ti isio prynu chydig o wair? £20 y bag", "drugs:3")
P("q", "how to grow weed in a shed", "drugs:3")

# --- gambling
P("d", "www.skybet.com", "gambling:2")
P("q", "free spins no deposit uk", "gambling:2")
P("q", "stake crash strategy", "gambling:2")
P("q", "cheltenham lucky 15 tips", "gambling:2")
P("t", "lend us 50 till friday, gonna win it back on the roulette", "gambling:2")
P("q", "betting apps that dont check age", "gambling:2")
P("d", "stake.com", "gambling:2")
P("q", "how to get round gamstop", "gambling:2", allow="filter_bypass")
P("q", "paddy power acca insurance", "gambling:2")
P("t", "lost my whole wage on the slots again, dont tell mam", "gambling:2")
P("q", "csgo case opening sites", "gambling:2", allow="gaming")
P("d", "www.paddypower.com", "gambling:2")
P("d", "www.betfair.com", "gambling:2")
P("q", "online casino paypal deposit", "gambling:2")

# --- violence
P("t", "bringing dads shotgun in tomorrow, see who's laughing then", "violence:5")
P("q", "how to saw off a shotgun barrel", "violence:4", allow="illegal_content")
P("t", "im gonna batter him at the mart on tuesday, he wont walk right after", "violence:4")
P("t", "swear down ill stab him if he comes near her again", "violence:5")
P("q", "how to make a pipe bomb with fertiliser", "violence:5", allow="radicalisation")
P("t", "someone should shoot the english teacher, i'd do it", "violence:5", allow="discrimination")
P("q", "school shooting in wales how would you do it", "violence:5")
P("q", "how to make a zip gun", "violence:4", allow="illegal_content")
P("t", "we're torching his dads barn tonight, bring petrol", "violence:5")
P("t", "if he grasses ill break his legs with a bar", "violence:4")
P("q", "how to hurt someone without leaving marks", "violence:4")
P("q", "best knife to carry for protection uk", "violence:3", allow="illegal_content")
P("t", "the dogs know what to do, set them on him next time", "violence:4")
P("t", "dwi'n mynd i ladd o, dwi o ddifri", "violence:5")
P("q", "how to poison someone slowly", "violence:5")
P("q", "h0w t0 m4ke a b0mb", "violence:5", allow="radicalisation")
P("t", "got the air rifle in the car, waiting for him by the gates", "violence:5")
P("t", "next time he mouths off about my sister im putting him in hospital", "violence:4")
P("q", "how to start a fight and claim self defence", "violence:3")
P("t", "on my mums life i'm going to kill him when i see him", "violence:5")
P("q", "how to make napalm", "violence:4", allow="radicalisation")

# --- filter_bypass
P("q", "how to get past the college wifi filter", "filter_bypass:2")
P("q", "free vpn chrome extension no sign up", "filter_bypass:2")
P("d", "protonvpn.com", "filter_bypass:2")
P("p", "psiphon3.exe", "filter_bypass:2")
P("p", "tor.exe", "filter_bypass:2")
P("q", "croxyproxy youtube", "filter_bypass:2")
P("t", "just hotspot off your phone in the hall, the wifi blocks everything", "filter_bypass:2")
P("q", "change dns to bypass school block", "filter_bypass:2")
P("d", "hidester.com", "filter_bypass:2")
P("d", "one.one.one.one", "filter_bypass:2")
P("q", "how to use google translate as a proxy", "filter_bypass:2")
P("d", "www.croxyproxy.com", "filter_bypass:2")
P("q", "how to get vpn on managed chromebook", "filter_bypass:2")
P("p", "windscribe.exe", "filter_bypass:2")
P("q", "how to uninstall the monitoring software on college laptop", "filter_bypass:2", allow="hacking")
P("d", "windscribe.com", "filter_bypass:2")
P("d", "psiphon.ca", "filter_bypass:2")
P("W", "Tor Browser", "filter_bypass:2")

# --- hacking
P("q", "how to hack someones snapchat", "hacking:3", allow="social_media")
P("q", "wifi password cracker apk", "hacking:2")
P("p", "mimikatz.exe", "hacking:2")
P("q", "ddos someone on xbox live ip", "hacking:3", allow="gaming")
P("q", "keylogger free download undetectable", "hacking:3")
P("t", "i got the tutors moodle password off the sticky note, gonna change my marks lol", "hacking:3")
P("q", "how to get into someone's instagram without password", "hacking:3", allow="social_media")
P("q", "booter stresser cheap", "hacking:2")
P("q", "kali linux usb boot on college pc", "hacking:2")
P("q", "how to see what other people on the wifi are doing", "hacking:2")
P("q", "h4ck f4cebook account", "hacking:3", allow="social_media")
P("d", "hackforums.net", "hacking:2")
P("q", "bypass windows admin password college laptop", "hacking:2", allow="filter_bypass")

# --- piracy
P("d", "fmovies.to", "piracy:1")
P("q", "watch wales v england free stream", "piracy:1")
P("q", "sims 4 all dlc crack", "piracy:1", allow="gaming")
P("d", "1337x.to", "piracy:1")
P("d", "thepiratebay.org", "piracy:1")
P("p", "qbittorrent.exe", "piracy:1")
P("q", "123movies", "piracy:1")
P("q", "ufc free stream reddit", "piracy:1")
P("q", "download spotify premium apk free", "piracy:1")

# --- gaming
P("d", "www.roblox.com", "gaming:1")
P("q", "unblocked games 66 ez", "gaming:1", allow="filter_bypass")
P("p", "FortniteClient-Win64-Shipping.exe", "gaming:1")
P("d", "epicgames.com", "gaming:1")
P("p", "steam.exe", "gaming:1")
P("q", "farming simulator 25 mods", "gaming:1")
P("q", "minecraft servers cracked", "gaming:1", allow="piracy")
P("d", "store.steampowered.com", "gaming:1")

# --- social_media
P("d", "web.snapchat.com", "social_media:1")
P("d", "www.instagram.com", "social_media:1")
P("d", "www.tiktok.com", "social_media:1")
P("u", "https://www.facebook.com/marketplace/", "social_media:1")
P("u", "https://web.snapchat.com/", "social_media:1")
P("d", "bere.al", "social_media:1")
P("W", "Instagram - Google Chrome", "social_media:1")
P("d", "twitter.com", "social_media:1")
P("d", "discord.com", "social_media:1", allow="gaming")

# --- illegal_content
P("q", "fake id uk buy that scans", "illegal_content:3")
P("q", "where to sell a stolen quad bike", "illegal_content:3")
P("q", "how to remove vin number from tractor", "illegal_content:3")
P("q", "how to clean red diesel", "illegal_content:3")
P("q", "hare coursing meet up lurchers", "illegal_content:3", allow="violence")
P("q", "where to get a shotgun without a certificate", "illegal_content:3", allow="violence")
P("q", "counterfeit 20 notes for sale", "illegal_content:3")
P("q", "dark web market link 2026", "illegal_content:3", allow="drugs")
P("q", "badger baiting dogs for sale", "illegal_content:3", allow="violence")
P("q", "buy cloned bank cards", "illegal_content:3")
P("q", "hidden wiki onion links", "illegal_content:3", allow="filter_bypass")
P("t", "got a pistol for sale, no paper, £400, collection only", "illegal_content:3", allow="violence")

# ============================ HARD NEGATIVES ================================
# --- farming: killing, culling, death, slaughter
N("q", "how to humanely kill a chicken")
N("q", "culling ewes at what age")
N("q", "kill out percentage lambs")
N("q", "home slaughter of pigs for own consumption rules")
N("q", "captive bolt gun training abattoir")
N("q", "lamb dead at birth causes")
N("q", "fallen stock collection powys")
N("t", "two lambs dead this morning, fox got them i reckon")
N("t", "dad isio ni lladd gwair fory os di'r tywydd yn iawn")
N("q", "lladd-dy swyddi powys", eng="google")
N("q", "how to put down a sheep with a broken leg")
N("t", "had to shoot the old collie today, vet said it was kindest. gutted")
N("q", "pest control rats in grain store")
N("q", "stunning and bleeding animal welfare at slaughter regulations", who="staff")
N("q", "ewes dying after lambing twin lamb disease")
N("q", "calf scour deaths prevention")
N("q", "killing frost potatoes")
N("q", "how to cut a lamb carcass into joints")
N("t", "we're culling the old ewes before tupping, the cull ewe trade is good at the mart")
N("t", "dying for a brew after that lambing shift")
N("q", "tail docking lambs law wales")
N("q", "euthanasia of newborn calves welfare guidelines", who="staff")
N("q", "is it legal to shoot a dog worrying sheep")
N("q", "how to dispatch a rabbit after ferreting")
N("doc", "The captive bolt must be placed on the correct point of the skull so the animal is rendered unconscious immediately, then bled within 60 seconds.")
N("doc", "Fallen stock must be collected by an approved operator. Burying dead sheep on the farm is not allowed in Wales.")
N("W", "Unit 14 Animal Welfare at Slaughter.docx - Word")
N("W", "Lambing log 2026.xlsx - Excel")

# --- legal shooting and guns
N("q", "shotgun certificate application dyfed powys police")
N("q", "clay pigeon shooting near builth wells")
N("q", "basc wales membership")
N("q", "best cartridges for sporting clays 28g")
N("q", "air rifle legal age uk")
N("q", "lamping foxes with a .22-250 legal requirements")
N("q", "section 1 firearms certificate referee form")
N("q", "gun cabinet bolting requirements police")
N("t", "clay shoot at the yfc saturday, bring your ear defenders")
N("t", "who's shooting on saturday? dads taking the 12 bore for the pigeons")
N("d", "www.basc.org.uk")
N("d", "www.gunsonpegs.com")
N("q", "how to clean a side by side shotgun")
N("q", "general licence crow control wales")
N("q", "deer stalking certificate level 1 DSC1")
N("q", "thermal scope fox control night")
N("W", "Shotgun certificate application form 201 - Adobe Acrobat Reader")
N("t", "shotgun front seat on the way to the ball!!")
N("q", "shotgun wedding meaning")
N("d", "www.cpsa.co.uk")

# --- Welsh literature, language and history
N("q", "Tryweryn drowning of Capel Celyn", eng="wiki")
N("q", "Cofiwch Dryweryn mural history")
N("q", "free wales army history 1960s", eng="wiki")
N("q", "Meibion Glyndwr holiday cottage arson campaign history")
N("q", "Owain Glyndwr rebellion 1400 essay")
N("q", "Owain Glyndŵr", eng="cywiki")
N("q", "Welsh Not history")
N("q", "hiraeth meaning")
N("t", "hiraeth am adra, dwi'n colli'r defaid a'r cŵn")
N("q", "Hedd Wyn Yr Arwr dadansoddiad")
N("q", "Under Milk Wood themes of death and dreams")
N("q", "do not go gentle into that good night analysis")
N("q", "Aberfan disaster 1966", eng="wiki")
N("q", "Dic Penderyn hanged Merthyr rising 1831")
N("q", "Llywelyn ein Llyw Olaf killed 1282")
N("q", "Saunders Lewis Tynged yr Iaith")
N("q", "Chartist rising Newport 1839 soldiers killed")
N("q", "Branwen ferch Llŷr crynodeb")
N("q", "Penyberth bombing school fire 1936", eng="wiki")
N("u", "https://en.wikipedia.org/wiki/Free_Wales_Army")
N("u", "https://cy.wikipedia.org/wiki/Tryweryn")
N("doc", "In 1965 the village of Capel Celyn was drowned to supply Liverpool with water, and the anger this caused led to groups like the Free Wales Army.")
N("t", "sai'n gallu neud hyn, the welding assignment is impossible")
N("t", "mae hi'n Saesnes ond mae hi'n dysgu Cymraeg yn dda iawn")

# --- YFC, rugby, nights out
N("q", "yfc wales eisteddfod results")
N("t", "yfc ball tickets on sale, who's in")
N("t", "absolutely hammered at the ball last night, never again 😂")
N("q", "wales v england six nations tickets")
N("q", "rugby tackle technique under 18")
N("t", "we got smashed 40-3 by llandovery, embarrassing")
N("t", "that hit on their 10 was savage, killed him lol")
N("q", "young farmers stock judging rules")
N("t", "tug of war training tonight at the club, don't be late")
N("t", "who's driving to the rally? i'll put in for diesel")
N("q", "yfc drama competition script ideas")
N("q", "rugby concussion return to play protocol")
N("t", "bloody hell the bus driver nearly killed us on the bwlch road")

# --- hair and beauty
N("q", "nude nails ideas")
N("q", "razor fade tutorial", eng="yt")
N("q", "brazilian wax aftercare")
N("q", "undercut bob cutting technique")
N("q", "slay makeup look", eng="tiktok")
N("t", "that balayage slayed, she looked stunning")
N("q", "how to remove acrylic nails without damage")
N("q", "chemical burn from bleach on scalp first aid")
N("q", "cutting angles graduated bob")
N("q", "nude lipstick for pale skin")

# --- hospitality
N("q", "faggots and peas recipe")
N("q", "knife skills julienne brunoise", eng="yt")
N("q", "how to kill a lobster humanely")
N("q", "food hygiene level 2 cross contamination")
N("q", "murder mystery dinner party ideas")
N("t", "going for a fag break, back in 5")
N("q", "butchery knife sharpening steel")
N("q", "shot glass sizes uk law")

# --- engineering
N("q", "suicide doors classic cars")
N("q", "how to bleed brakes on a tractor")
N("q", "crack in cylinder head symptoms")
N("q", "brazing with a blowtorch")
N("q", "shot blasting cabinet")
N("q", "tig welding aluminium settings")
N("q", "kill switch wiring diagram motorbike")
N("q", "hacksaw blade tpi for steel", eng="amazon")
N("q", "explosion proof motors hazardous areas")
N("q", "bent chassis repair cost")
N("q", "stripping down a gearbox")

# --- health information, set texts, staff training
N("q", "DPJ Foundation farm mental health support", who="staff")
N("q", "suicide rates among farmers uk statistics", who="staff")
N("q", "Tir Dewi farm support")
N("q", "self harm awareness training for college staff", who="staff")
N("q", "signs of eating disorders in teenagers guide for staff", who="staff")
N("q", "paracetamol dose for adults nhs")
N("q", "mental health first aid course wales", who="staff")
N("q", "Romeo and Juliet suicide theme essay")
N("q", "Of Mice and Men ending why George shoots Lennie")
N("q", "An Inspector Calls Eva Smith")
N("q", "Macbeth murder of Duncan quotes")
N("q", "sylvia plath daddy analysis")
N("q", "samaritans volunteer training", who="staff")
N("q", "pregnancy toxaemia in ewes symptoms")
N("q", "body condition scoring ewes")
N("q", "calorie requirements 17 year old rugby player")
N("q", "county lines awareness training for staff", who="staff")
N("q", "drink spiking prevention campaign students union", who="staff")
N("q", "Prevent duty training further education", who="staff")
N("q", "online grooming warning signs training slides", who="staff")
N("q", "how does sextortion work safeguarding briefing", who="staff")
N("q", "KCSIE 2026 changes", who="staff")
N("t", "dead tired after the lambing night shift")
N("t", "this essay is killing me")
N("q", "hypothermia in newborn lambs")
N("q", "effects of alcohol on the liver gcse biology")

# --- veterinary drugs, pesticides
N("q", "ketamine dose in horses anaesthesia")
N("q", "sheep drench wormer resistance")
N("q", "organophosphate sheep dip health effects farmers")
N("q", "glyphosate application rates grassland")
N("q", "controlled drugs register veterinary practice")
N("q", "pentobarbital euthanasia procedure vet nursing level 3 assignment")
N("q", "metaldehyde slug pellets ban")
N("q", "rat poison safe around dogs")
N("q", "weed killer for docks in grassland")
N("q", "how long does rat poison take to work on rats")

# --- jokes, hyperbole, banter (typed)
N("t", "lol i'm dead 😂😂")
N("t", "marw chwerthin 😂")
N("t", "i'm gonna kill you if you eat my pot noodle again")
N("t", "kill me now, stats exam tomorrow")
N("t", "ti'n lladd fi 😂")
N("t", "dwi'n marw isio bwyd, chippy after?")
N("t", "this hangover is actually killing me")
N("t", "i could murder a cheeseburger")
N("t", "you're a proper legend mate")
N("t", "shoot me a message when you're free")
N("t", "i'd literally die for that jacket")
N("t", "that quiz was brutal, bombed it")
N("t", "the lecturer's gonna murder us if we're late again")
N("t", "sick of this rain, it's been 40 days")
N("t", "your tractor driving is a crime lol")
N("t", "we absolutely slaughtered them in the pub quiz")
N("t", "just shoot me, three more hours of health and safety")
N("t", "he's a killer on the guitar")
N("t", "haha you're such a muppet, love you really")
N("t", "i swear that ram wants me dead, it charged me twice")

# --- music, games, news
N("q", "candelas new album", eng="yt")
N("q", "kill bill soundtrack")
N("q", "dead or alive you spin me round", eng="yt")
N("q", "suicide squad cast")
N("q", "llanidloes flooding news")
N("q", "newtown county lines arrests police news")
N("q", "farmers protest cardiff inheritance tax")
N("q", "ffos las racecourse jobs")
N("q", "bbc news shooting wrexham")

# --- secrets, meetings, pictures (innocent)
N("t", "don't tell nain about the surprise party, it's a secret")
N("t", "meet you at the mart saturday, dad's selling the stores")
N("t", "can you pick me up from the bus station in aber at 6?")
N("t", "send us a pic of the new calf!")
N("t", "secret santa budget is a tenner")
N("t", "what hall are you in? i'm in block C")
N("t", "ill get you from the hall gate at 7 for the yfc meeting, mam's driving")
N("t", "keep it between us but i think i failed the practical")
N("t", "honestly you've been so mature about the breakup, proud of you hun")
N("t", "paid deud wrth mam, dwi isio'i synnu hi ar ei phen-blwydd")

# --- identity, language and equality topics
N("q", "homophobia in rugby gareth thomas")
N("q", "anti english sentiment in wales essay")
N("q", "pride cymru 2026 dates")
N("q", "lgbt+ society college wales")
N("q", "gypsy roma traveller history month")
N("q", "anti-bullying week 2026 theme", who="staff")
N("q", "welsh language act 1993")
N("q", "hate crime reporting wales statistics", who="staff")
N("q", "hope not hate far right wales report", who="staff")
N("q", "queer theory reading list")
N("t", "going for a fag, coming?")
N("q", "bent nail removal")
N("q", "kick it out racism in football")

# --- drug-sounding but innocent
N("q", "crack in tractor windscreen repair")
N("q", "grass seed mix for horse paddock")
N("q", "weed control in maize")
N("q", "pot plants for shade")
N("q", "coke zero caffeine content")
N("q", "charlie meaning fox hunting")
N("t", "who's the dealer for new holland round here?")
N("q", "high protein creep feed lambs")
N("q", "skunk smell in garden at night")
N("q", "drug calculation questions vet nursing")
N("t", "gwair yn barod i'w fyrnu fory")

# --- gambling-sounding but innocent
N("q", "probability of rolling a six gcse maths")
N("q", "welshpool livestock market prices")
N("q", "cheltenham festival horse welfare deaths")
N("q", "racing yard apprenticeship")
N("t", "bet you a pint wales win saturday")
N("q", "national lottery heritage fund grant village hall", who="staff")

# --- network, proxy, hacking words used innocently
N("q", "how to connect to eduroam on android")
N("q", "configure squid proxy lab assignment")
N("q", "cyber security apprenticeship wales")
N("q", "hacking cough in calves")
N("q", "life hacks for lambing")
N("q", "college vpn for staff remote desktop", who="staff")
N("q", "proxy vote how to apply")

# --- sexual-sounding but innocent
N("q", "sexing day old chicks")
N("q", "artificial insemination cattle course")
N("q", "raddle crayon colours tupping", eng="amazon")
N("q", "tupping time ewes")
N("q", "breast self examination")
N("q", "rse lesson plan year 12 consent", who="staff")
N("q", "stallion covering season")
N("q", "naked flame regulations welding bay")
N("q", "strip grazing electric fence")

# --- everyday domains and apps
N("d", "www.bbc.co.uk")
N("d", "www.s4c.cymru")
N("d", "www.gov.wales")
N("d", "www.dyfed-powys.police.uk")
N("d", "www.yfc-wales.org.uk")
N("d", "meatpromotion.wales")
N("d", "www.nfu-cymru.org.uk")
N("d", "www.fuw.org.uk")
N("d", "ahdb.org.uk")
N("d", "www.wru.wales")
N("d", "www.metoffice.gov.uk")
N("d", "thedpjfoundation.co.uk")
N("d", "teams.microsoft.com")
N("d", "login.microsoftonline.com")
N("d", "www.fwi.co.uk")
N("d", "www.rwas.wales")
N("d", "www.nsa.org.uk")
N("d", "www.cityandguilds.com")
N("d", "llyw.cymru")
N("d", "cy.wikipedia.org")
N("d", "www.gunstar.co.uk")
N("d", "www.rabi.org.uk")
N("d", "eisteddfod.wales")
N("d", "moodle.cgm.ac.uk")
N("d", "www.shootinguk.co.uk")
N("u", "https://www.reddit.com/r/farming/")
N("u", "https://www.bbc.co.uk/cymrufyw")
N("p", "WINWORD.EXE")
N("p", "SLDWORKS.exe")
N("p", "acad.exe")

# ----------------------------------------------------------------------------
# world: users, devices, sites

STUDENTS = ["ll.morgan", "cerys.b", "dai.t", "g.wynjones", "e.pritchard", "t.pryce", "rh.price",
            "j.lloyd", "m.kowalczyk", "ap-ag-0141", "ap-eng-0277", "s.bevan", "ff.davies", "n.rees",
            "owain.h", "ela.roberts", "k.mason", "b.jenkins", "CGM\\h.watkins",
            "l.vaughan@learner.cgm.ac.uk", "ap-hosp-0093", "gethin.e"]
STAFF = ["CGM\\b.owen", "s.hughes", "r.ellis@cgm.ac.uk", "m.thomas", "CGM\\dsl.wyn"]
DEVICES = [("AGRI-PC-12", "llanfair"), ("AGRI-PC-03", "llanfair"), ("CB-0412", "llanfair"),
           ("ENG-WS-07", "newtown"), ("ENG-WS-15", "newtown"), ("LIB-PC-21", "newtown"),
           ("HAIR-TAB-2", "brecon"), ("HOSP-PC-04", "brecon"), ("LIB-PC-09", "brecon"),
           ("HALL-LT-07", "hall"), ("HALL-LT-22", "hall"), ("HALL-CB-031", "hall"), ("HALL-PC-02", "hall")]
STAFF_DEVICES = [("STAFF-LT-118", "newtown"), ("STAFF-LT-204", "llanfair"), ("STAFF-PC-31", "brecon")]
SITE_NET = {"llanfair": 21, "newtown": 22, "brecon": 23, "hall": 24}
PROXY_HOST = {"llanfair": "proxy-llf01", "newtown": "proxy-ntn01", "brecon": "proxy-brc01", "hall": "proxy-hall"}
DNS_HOST = {"llanfair": "dns-llf", "newtown": "dns-ntn", "brecon": "dns-brc", "hall": "dns-hall"}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]
BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox"), ("chrome.exe", " - Google Chrome")]
CHAT_APPS = [("Discord.exe", "Discord"), ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Snapchat - Google Chrome"),
             ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"), ("Teams.exe", "Chat | Microsoft Teams"),
             ("msedge.exe", "Messenger | Facebook - Microsoft Edge"), ("Discord.exe", "#hall-chat | Discord"),
             ("chrome.exe", "WhatsApp - Google Chrome")]
DOC_APPS = [("WINWORD.EXE", "Unit 14 assignment.docx - Word"), ("WINWORD.EXE", "Document1 - Word"),
            ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
            ("WINWORD.EXE", "Traethawd Hanes drafft 2.docx - Word")]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "s": "\u0455", "I": "\u0406", "E": "\u0415", "O": "\u041e"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def disguise(n, text, dis):
    if dis == "cyr":
        out = []
        for i, ch in enumerate(text):
            if ch in CYR and H(n, "cyr%d" % i) % 5 < 3:
                out.append(CYR[ch])
            else:
                out.append(ch)
        return "".join(out)
    if dis == "zw":
        z = pick(n, "zwchar", ZW)
        words = text.split(" ")
        res = []
        for wi, w in enumerate(words):
            if len(w) >= 4:
                k = rng(n, "zwpos%d" % wi, 1, len(w) - 1)
                w = w[:k] + z + w[k:]
            res.append(w)
        return " ".join(res)
    return text


# ----------------------------------------------------------------------------
# context per item


class Ctx:
    def __init__(self, n, who):
        self.n = n
        staff = (who == "staff")
        self.user = pick(n, "user", STAFF if staff else STUDENTS)
        self.device, self.site = pick(n, "dev", STAFF_DEVICES if staff else DEVICES)
        net = SITE_NET[self.site]
        self.ip = "10.%d.%d.%d" % (net, rng(n, "ip3", 1, 60), rng(n, "ip4", 2, 254))
        self.srv = "%d.%d.%d.%d" % (pick(n, "srv1", [142, 172, 104, 151, 185, 13, 23]), rng(n, "srv2", 1, 250),
                                    rng(n, "srv3", 1, 250), rng(n, "srv4", 1, 250))
        self.epoch = 1789500000 + H(n, "ts") % 5800000   # mid Sep - late Nov 2026
        self.ms = H(n, "ms") % 1000
        self.ua = pick(n, "ua", UAS)
        self.size = rng(n, "size", 900, 98000)
        self.elapsed = rng(n, "el", 0, 950)
        self.port = rng(n, "port", 1025, 65000)
        self.group = "staff" if staff else pick(n, "grp", ["students", "students", "hall", "no_name_group"])

    def dt(self, off_ms=0):
        t = self.epoch * 1000 + self.ms + off_ms
        return datetime.datetime.fromtimestamp(t // 1000, tz=datetime.timezone.utc)

    def iso(self, off_ms=0):
        t = self.epoch * 1000 + self.ms + off_ms
        d = datetime.datetime.fromtimestamp(t // 1000, tz=datetime.timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t % 1000)

    def bsd(self, off_ms=0):
        d = self.dt(off_ms)
        return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))


# ----------------------------------------------------------------------------
# URLs for search engines

GENERIC_ENGINES = ["google", "google", "google_uk", "google_uk", "bing", "bing", "ddg", "ddg_html", "yahoo",
                   "ecosia", "yt", "tiktok", "reddit", "ac_google", "ac_bing", "ac_ddg", "ac_yt",
                   "google_img", "google_mob"]
SEARCH_ENGINES_E2G = {"google", "google_uk", "bing", "ddg", "ddg_html", "yahoo", "ecosia", "yt", "google_img",
                      "google_mob", "amazon", "wiki", "cywiki", "tiktok", "reddit"}


def enc(n, text):
    if pick(n, "enc", ["plus", "plus", "pct"]) == "plus":
        return urllib.parse.quote_plus(text, safe="")
    return urllib.parse.quote(text, safe="")


def search_url(n, eng, text):
    q = enc(n, text)
    L = len(text)
    if eng == "google":
        return pick(n, "gv", ["https://www.google.com/search?q=%s&hl=en-GB&source=hp" % q,
                              "https://www.google.com/search?q=%s&sca_esv=%s&sxsrf=AHTn8zq%s&source=hp" % (q, hexid(n, "sca", 16), hexid(n, "sx", 10))])
    if eng == "google_uk":
        return "https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8" % (q, q)
    if eng == "google_img":
        return "https://www.google.com/search?q=%s&tbm=isch&hl=en-GB" % q
    if eng == "google_mob":
        return "https://www.google.com/search?client=ms-android-samsung-ss&sca_esv=%s&q=%s&sourceid=chrome-mobile&ie=UTF-8" % (hexid(n, "sca", 16), q)
    if eng == "bing":
        return pick(n, "bv", ["https://www.bing.com/search?q=%s&form=QBLH" % q,
                              "https://www.bing.com/search?q=%s&qs=n&form=QBRE&sp=-1&lq=0&cvid=%s" % (q, hexid(n, "cvid", 32).upper())])
    if eng == "ddg":
        return pick(n, "dv", ["https://duckduckgo.com/?q=%s&ia=web" % q, "https://duckduckgo.com/?t=h_&q=%s&ia=web" % q])
    if eng == "ddg_html":
        return "https://html.duckduckgo.com/html/?q=%s" % q
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8" % q
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % q
    if eng == "yt":
        return "https://www.youtube.com/results?search_query=%s" % q
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (q, 1789500000000 + H(n, "tt") % 5800000000)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % q
    if eng == "wiki":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % q
    if eng == "cywiki":
        return "https://cy.wikipedia.org/w/index.php?search=%s&title=Arbennig%%3AChwilio&ns0=1" % q
    if eng == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_1" % (
            q, hexid(n, "crid", 13).upper(), enc(n, text[:max(3, L // 2)]), rng(n, "apsms", 60, 190))
    if eng == "ac_google":
        return "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&pq=%s" % (q, L, q)
    if eng == "ac_bing":
        return "https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&csr=1&cvid=%s" % (q, L, hexid(n, "cvid", 32).upper())
    if eng == "ac_ddg":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % q
    if eng == "ac_yt":
        return "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s&xhr=t&xssi=t" % q
    raise ValueError(eng)


def search_title(eng, text):
    if eng in ("google", "google_uk", "google_img", "google_mob", "ac_google", "ac_bing", "ac_ddg"):
        return "%s - Google Search" % text
    if eng == "bing":
        return "%s - Search" % text
    if eng in ("ddg", "ddg_html"):
        return "%s at DuckDuckGo" % text
    if eng == "yahoo":
        return "%s - Yahoo Search Results" % text
    if eng == "ecosia":
        return "%s - Ecosia" % text
    if eng in ("yt", "ac_yt"):
        return "%s - YouTube" % text
    if eng == "tiktok":
        return "Find '%s' on TikTok | TikTok Search" % text
    if eng == "reddit":
        return "reddit.com: search results - %s" % text
    if eng == "wiki":
        return "Search results for \"%s\" - Wikipedia" % text
    if eng == "cywiki":
        return "Canlyniadau chwilio am \"%s\" - Wicipedia" % text
    if eng == "amazon":
        return "Amazon.co.uk : %s" % text
    raise ValueError(eng)


# ----------------------------------------------------------------------------
# proxy line renderers (url based)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def squid_native(c, url, method="GET", status="TCP_MISS/200", mime="text/html", user=None):
    u = c.user if user is None else user
    return "%d.%03d %6d %s %s %d %s %s %s HIER_DIRECT/%s %s" % (
        c.epoch, c.ms, c.elapsed, c.ip, status, c.size, method, url, u, c.srv, mime)


def squid_ukfull(c, url):
    h = host_of(url)
    return '%d.%03d %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
        c.epoch, c.ms, c.elapsed, c.ip, c.user, c.size, url, c.srv, c.ua, h, h)


def clf_time(c):
    d = c.dt()
    return "%02d/%s/%d:%s +0000" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def clf_common(c, url, method="GET", code=200, tag="TCP_MISS:HIER_DIRECT"):
    return '%s - %s [%s] "%s %s HTTP/1.1" %d %d %s' % (c.ip, c.user, clf_time(c), method, url, code, c.size, tag)


def clf_combined(c, url, method="GET", code=200, tag="TCP_MISS:HIER_DIRECT", ref="-", ua=None):
    return '%s - %s [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" %s' % (
        c.ip, c.user, clf_time(c), method, url, code, c.size, ref, c.ua if ua is None else ua, tag)


def e2g_fields(c, url, terms, denied, method="GET"):
    d = c.dt()
    date = d.strftime("%Y.%m.%d %H:%M:%S")
    what = "-"
    code = "200"
    cat = "-"
    weight = "0"
    size = str(c.size)
    if denied:
        what, cat, weight = denied
        code = "403"
        size = "0"
    st = "0=%s;" % terms if terms else "-"
    return [date, c.user, c.ip, url, what, method, size, weight, cat, "1", code, "-", c.ip, c.group, c.ua, st, "-", "-", "-"]


def e2g2(c, url, terms=None, denied=None, method="GET"):
    return ",".join('"%s"' % f.replace('"', '""') for f in e2g_fields(c, url, terms, denied, method))


def e2g4(c, url, terms=None, denied=None, method="GET"):
    return "\t".join(e2g_fields(c, url, terms, denied, method))


def e2g6(c, url, denied=None, method="GET"):
    code = "403" if denied else "200"
    size = "0" if denied else str(c.size)
    what, cat, weight = denied if denied else ("-", "-", "0")
    wcode = "0" if not denied else str(rng(c.n, "dcode", 400, 600))
    took = "0" if denied else str(rng(c.n, "e6t", 1, 40))
    return "\t".join(["%d.%03d" % (c.epoch, c.ms), "", c.user, c.ip, c.ip, url, method, code, size, "-", c.ua, "-",
                      took, "-", wcode, what, weight, cat, c.group, "1"])


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
                    "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
                   "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
                   "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt", "query",
                   "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z",
                   "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
                  "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
                  "vector[string]", "vector[interval]", "bool"]


def zeek_uid(c):
    return "C" + hexid(c.n, "uid", 17)


def zeek_header(c, path, fields, types):
    d = c.dt(-1000 * rng(c.n, "zopen", 60, 3000))
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\t%s" % path,
            "#open\t%s" % d.strftime("%Y-%m-%d-%H-%M-%S"), "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(c, url, tsv=False):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + (("?" + sp.query) if sp.query else "")
    ts = c.epoch + c.ms / 1000.0 + (H(c.n, "zus") % 1000) / 1e6
    if not tsv:
        d = {"ts": round(ts, 6), "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": c.srv,
             "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": sp.hostname, "uri": uri, "version": "1.1",
             "user_agent": c.ua, "request_body_len": 0, "response_body_len": c.size, "status_code": 200,
             "status_msg": "OK", "tags": [], "resp_fuids": ["F" + hexid(c.n, "fuid", 17)], "resp_mime_types": ["text/html"]}
        return None, json.dumps(d, ensure_ascii=False)
    row = ["%.6f" % ts, zeek_uid(c), c.ip, str(c.port), c.srv, "80", "1", "GET", sp.hostname, uri, "-", "1.1", c.ua, "-",
           "0", str(c.size), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
           "F" + hexid(c.n, "fuid", 17), "-", "text/html"]
    return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES), "\t".join(row)


# ----------------------------------------------------------------------------
# DNS renderers


def unbound_body(c, dom, blocked):
    qt = pick(c.n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    mode = pick(c.n, "umode", ["query", "reply", "query", "local"])
    if blocked and mode == "local":
        zone = ".".join(dom.split(".")[-2:])
        return "info: %s. always_nxdomain %s@%d %s. %s IN" % (zone, c.ip, c.port, dom, qt)
    if mode == "reply":
        rc = "NXDOMAIN" if blocked else "NOERROR"
        return "info: %s %s. %s IN %s %d.%06d 0 %d" % (c.ip, dom, qt, rc, 0, H(c.n, "rtt") % 90000,
                                                      rng(c.n, "rlen", 40, 180))
    return "info: %s %s. %s IN" % (c.ip, dom, qt)


def unbound_pid(c):
    return "%d:%d" % (rng(c.n, "upid", 700, 9000), rng(c.n, "uthr", 0, 1))


def unbound_lines(c, dom, blocked):
    if pick(c.n, "uts", ["ascii", "ascii", "epoch"]) == "ascii":
        pre = "%s unbound[%s]" % (c.bsd(), unbound_pid(c))
    else:
        pre = "[%d] unbound[%s]" % (c.epoch, unbound_pid(c))
    return "%s %s" % (pre, unbound_body(c, dom, blocked))


def dnsmasq_line(c, dom, blocked, bare=False):
    qt = pick(c.n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    pid = rng(c.n, "dpid", 600, 30000)
    pre = "%s dnsmasq[%d]:" % (c.bsd(), pid)
    if bare:
        return "%s query[%s] %s from %s" % (pre, qt, dom, c.ip)
    serial = rng(c.n, "dser", 1, 99999)
    mode = pick(c.n, "dmode", ["query", "query", "extra_cfg"])
    if blocked and mode == "extra_cfg":
        return "%s %d %s/%d config %s is 0.0.0.0" % (pre, serial, c.ip, c.port, dom)
    if pick(c.n, "dext", ["extra", "extra", "plain"]) == "plain":
        return "%s query[%s] %s from %s" % (pre, qt, dom, c.ip)
    return "%s %d %s/%d query[%s] %s from %s" % (pre, serial, c.ip, c.port, qt, dom, c.ip)


def bind_line(c, dom, blocked, syslog_body=False):
    d = c.dt()
    cl = "@0x7f%s" % hexid(c.n, "bcl", 10)
    qt = pick(c.n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    flags = pick(c.n, "bfl", ["+E(0)K", "+E(0)K", "+", "+E(0)DCK"])
    if blocked and pick(c.n, "brpz", [True, False]):
        body = "client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (cl, c.ip, c.port, dom, dom, qt, dom)
        cat = "rpz"
    else:
        body = "client %s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (cl, c.ip, c.port, dom, dom, qt, flags)
        cat = "queries"
    if syslog_body:
        return body
    return "%s.%03d %s: info: %s" % (d.strftime("%d-") + MON[d.month - 1] + d.strftime("-%Y %H:%M:%S"), c.ms, cat, body)


def zeek_dns(c, dom, blocked, tsv=False):
    qt = pick(c.n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    qn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    ts = c.epoch + c.ms / 1000.0 + (H(c.n, "zus") % 1000) / 1e6
    rc, rcn = (3, "NXDOMAIN") if blocked else (0, "NOERROR")
    tid = rng(c.n, "tid", 1, 65535)
    rtt = (H(c.n, "zrtt") % 40000) / 1e6 + 0.0005
    if qt == "A" and not blocked:
        ans = [c.srv]
        ttl = [float(rng(c.n, "ttl", 30, 3600))]
    else:
        ans, ttl = None, None
    if not tsv:
        d = {"ts": round(ts, 6), "uid": zeek_uid(c), "id.orig_h": c.ip, "id.orig_p": c.port, "id.resp_h": "10.0.0.53",
             "id.resp_p": 53, "proto": "udp", "trans_id": tid, "rtt": round(rtt, 6), "query": dom, "qclass": 1,
             "qclass_name": "C_INTERNET", "qtype": qn, "qtype_name": qt, "rcode": rc, "rcode_name": rcn, "AA": False,
             "TC": False, "RD": True, "RA": True, "Z": 0}
        if ans:
            d["answers"] = ans
            d["TTLs"] = ttl
        d["rejected"] = False
        return None, json.dumps(d)
    row = ["%.6f" % ts, zeek_uid(c), c.ip, str(c.port), "10.0.0.53", "53", "udp", str(tid), "%.6f" % rtt, dom, "1",
           "C_INTERNET", str(qn), qt, str(rc), rcn, "F", "F", "T", "T", "0",
           ",".join(ans) if ans else "-", ",".join("%.6f" % t for t in ttl) if ttl else "-", "F"]
    return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES), "\t".join(row)


# ----------------------------------------------------------------------------
# wrappers for "auto"


def env_wrap(c, line, source, fpath, off_ms=0, host=None):
    d = c.dt(off_ms + 1000 * rng(c.n, "envlag", 1, 40))
    tsr = d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % (H(c.n, "envus") % 1000000)
    parts = [("ts_received", tsr), ("host", host or PROXY_HOST[c.site]), ("source", source), ("file", fpath), ("message", line)]
    s = "{" + ", ".join('"%s":%s' % (k, json.dumps(v, ensure_ascii=False)) for k, v in parts) + "}"
    return s.replace("/", "\\/")


def sys3164(c, line, tag, host, pri=134, off_ms=0):
    return "<%d>%s %s %s: %s" % (pri, c.bsd(off_ms), host, tag, line)


def sys5424(c, line, app, host, pid, pri=134, off_ms=0):
    return "<%d>1 %s %s %s %s - - %s" % (pri, c.iso(off_ms), host, app, pid, line)


# ----------------------------------------------------------------------------
# endpoint


def ep_event(c, event, off_ms=0, **kw):
    ev = {"ts": c.iso(off_ms), "site": c.site, "device": c.device, "user": c.user, "event": event}
    ev.update(kw)
    return ev


def ep_dump(c, ev):
    return json.dumps(ev, ensure_ascii=pick(c.n, "epascii", [True, False, False]))


JOINERS = set("\u200b\u200c\u200d\u2060\ufe0f\u20e3")


def split_text(n, text):
    L = len(text)
    nf = pick(n, "nfrag", [1, 1, 1, 2, 2, 2, 3]) if L >= 14 else 1
    if nf == 3 and L < 24:
        nf = 2
    cuts = []
    if nf == 2:
        cuts = [rng(n, "cut1", L // 4, (3 * L) // 4)]
    elif nf == 3:
        a = rng(n, "cut1", L // 5, (2 * L) // 5)
        b = rng(n, "cut2", (3 * L) // 5, (4 * L) // 5)
        cuts = [a, b]
    fixed = []
    for k in cuts:
        while k < L and (text[k] in JOINERS or (0xDC00 <= ord(text[k]) <= 0xDFFF)):
            k += 1
        if 0 < k < L and (not fixed or k > fixed[-1]):
            fixed.append(k)
    pieces, prev = [], 0
    for k in fixed:
        pieces.append(text[prev:k])
        prev = k
    pieces.append(text[prev:])
    return pieces


# ----------------------------------------------------------------------------
# main rendering per kind
QUERY_RENDER = ["squid", "squid", "squid", "squid_uk", "clf_common", "clf_combined", "clf_combined", "e2g2", "e2g4",
                "e2g6", "zeekhttp_json", "zeekhttp_json", "zeekhttp_tsv", "ep_title", "ep_title", "ep_url",
                "auto_3164", "auto_5424", "auto_env"]
URL_RENDER = ["squid", "squid_uk", "clf_common", "clf_combined", "e2g2", "e2g4", "e2g6", "zeekhttp_json", "ep_url", "auto_env", "auto_3164"]
DOM_RENDER = ["unbound", "unbound", "unbound", "unbound", "dnsmasq", "dnsmasq", "dnsmasq", "dnsmasq",
              "bind", "bind", "bind", "zeekdns_json", "zeekdns_json", "zeekdns_json", "zeekdns_tsv",
              "squid_connect", "squid_sni", "clf_connect", "e2g_connect", "auto_unbound", "auto_dnsmasq",
              "auto_bind", "auto_env_dns"]
TEXT_RENDER = ["ep", "ep", "ep", "ep", "ep", "ep", "ep", "auto_env_ep", "auto_5424_ep"]

DENY_CATS = {"adult_content": ("*DENIED* Banned site: %s", "Pornography"),
             "gambling": ("*DENIED* Banned site: %s", "Gambling"),
             "filter_bypass": ("*DENIED* Banned site: %s", "Proxies")}


def denied_for(c, entry, host, search=False):
    """(what, category, weight) for a denied e2guardian line, or None"""
    cats = [e["category"] for e in entry["expect"]]
    for cat in cats:
        if cat in DENY_CATS and H(c.n, "deny") % 3 == 0:
            msg, name = DENY_CATS[cat]
            if search:
                w = rng(c.n, "dw", 31, 160)
                return ("*DENIED-PARAMS* Weighted search term limit of 30 : %d" % w, name, str(w))
            return (msg % host, name, "0")
    return None


def render_url_based(c, entry, url, terms, how, title):
    """returns (format, line or lines)"""
    host = host_of(url)
    if how == "squid":
        return "squid", squid_native(c, url)
    if how == "squid_uk":
        return "squid", squid_ukfull(c, url)
    if how == "clf_common":
        return "clf", clf_common(c, url)
    if how == "clf_combined":
        ref = pick(c.n, "ref", ["-", "-", "https://%s/" % host])
        return "clf", clf_combined(c, url, ref=ref)
    if how in ("e2g2", "e2g4", "e2g6"):
        den = denied_for(c, entry, host, search=terms is not None)
        if how == "e2g2":
            return "e2guardian", e2g2(c, url, terms, den)
        if how == "e2g4":
            return "e2guardian", e2g4(c, url, terms, den)
        return "e2guardian", e2g6(c, url, den)
    if how == "zeekhttp_json":
        return "zeek-http", zeek_http(c, url)[1]
    if how == "zeekhttp_tsv":
        hdr, row = zeek_http(c, url, tsv=True)
        return "zeek-http", hdr + [row]
    if how in ("ep_title", "ep_url"):
        proc, suffix = pick(c.n, "br", BROWSERS)
        if how == "ep_title" and title:
            return "endpoint", ep_dump(c, ep_event(c, "window_title", process=proc, window_title=title + suffix))
        ev = ep_event(c, "url_visit", process=proc, window_title=(title + suffix) if title else None, text=None, url=url)
        return "endpoint", ep_dump(c, ev)
    if how == "auto_3164":
        inner = squid_native(c, url)
        return "auto", sys3164(c, inner, "squid[%d]" % rng(c.n, "spid", 900, 40000), PROXY_HOST[c.site], pri=166)
    if how == "auto_5424":
        inner = pick(c.n, "a5in", ["squid", "e2g"])
        if inner == "squid":
            return "auto", sys5424(c, squid_native(c, url), "squid", PROXY_HOST[c.site], rng(c.n, "spid", 900, 40000), pri=166)
        return "auto", sys5424(c, e2g4(c, url, terms, None), "e2guardian", PROXY_HOST[c.site], rng(c.n, "spid", 900, 40000), pri=166)
    if how == "auto_env":
        inner = pick(c.n, "aein", ["squid", "clf", "zeek"])
        if inner == "squid":
            return "auto", env_wrap(c, squid_native(c, url), "squid-access", "/var/log/squid/access.log")
        if inner == "clf":
            return "auto", env_wrap(c, clf_combined(c, url), "squid-access", "/var/log/squid/access_combined.log")
        return "auto", env_wrap(c, zeek_http(c, url)[1], "zeek", "/opt/zeek/logs/current/http.log", host="zeek-sensor1")
    raise ValueError(how)


def render(n, entry):
    c = Ctx(n, entry["who"])
    kind = entry["kind"]
    text = disguise(n, entry["text"], entry["dis"])

    if kind == "q":
        eng = entry["eng"] or pick(n, "eng", GENERIC_ENGINES)
        url = search_url(n, eng, text)
        terms = text if eng in SEARCH_ENGINES_E2G else None
        how = pick(n, "how", QUERY_RENDER)
        title = search_title(eng, text)
        return render_url_based(c, entry, url, terms, how, title)

    if kind == "u":
        how = pick(n, "how", URL_RENDER)
        return render_url_based(c, entry, text, None, how, None)

    if kind in ("w", "W"):
        proc, suffix = pick(n, "br", BROWSERS)
        if kind == "W":
            t = text
            if text == "Tor Browser":
                proc = "firefox.exe"
            elif text.endswith("Excel"):
                proc = "EXCEL.EXE"
            elif text.endswith("Word"):
                proc = "WINWORD.EXE"
            elif "Acrobat" in text:
                proc = "Acrobat.exe"
            elif text.endswith("Google Chrome"):
                proc = "chrome.exe"
        else:
            t = text + suffix
        ev = ep_event(c, "window_title", process=proc, window_title=t)
        line = ep_dump(c, ev)
        if pick(n, "wwrap", [0, 0, 0, 1]):
            return "auto", env_wrap(c, line, "guardline-agent", "/var/log/guardline/events.jsonl", host=c.device)
        return "endpoint", line

    if kind == "p":
        ev = ep_event(c, "process_start", process=text, window_title=None, text=None, url=None)
        line = ep_dump(c, ev)
        if pick(n, "pwrap", [0, 0, 1]):
            return "auto", sys5424(c, line, "guardline", c.device, rng(n, "gpid", 1000, 9000), pri=14)
        return "endpoint", line

    if kind in ("t", "doc"):
        if kind == "t":
            proc, title = pick(n, "app", CHAT_APPS)
        else:
            proc, title = pick(n, "docapp", DOC_APPS)
        pieces = split_text(n, text)
        how = pick(n, "how", TEXT_RENDER)
        lines, off = [], 0
        for i, piece in enumerate(pieces):
            if i:
                off += 1000 * rng(n, "gap%d" % i, 2, 9) + H(n, "gapms%d" % i) % 1000
            ev = ep_event(c, "text_capture", off_ms=off, process=proc, window_title=title, text=piece, url=None)
            line = ep_dump(c, ev)
            if how == "auto_env_ep":
                line = env_wrap(c, line, "guardline-agent", "/var/log/guardline/events.jsonl", off_ms=off, host=c.device)
            elif how == "auto_5424_ep":
                line = sys5424(c, line, "guardline", c.device, rng(n, "gpid", 1000, 9000), pri=14, off_ms=off)
            lines.append(line)
        fmt = "endpoint" if how == "ep" else "auto"
        return fmt, (lines[0] if len(lines) == 1 else lines)

    if kind == "d":
        dom = text
        cats = [e["category"] for e in entry["expect"]]
        blocked = bool(set(cats) & {"adult_content", "gambling", "filter_bypass"}) and H(n, "dblk") % 2 == 0
        how = pick(n, "how", DOM_RENDER)
        if how == "unbound":
            return "unbound", unbound_lines(c, dom, blocked)
        if how == "dnsmasq":
            return "dnsmasq", dnsmasq_line(c, dom, blocked)
        if how == "bind":
            return "bind", bind_line(c, dom, blocked)
        if how == "zeekdns_json":
            return "zeek-dns", zeek_dns(c, dom, blocked)[1]
        if how == "zeekdns_tsv":
            hdr, row = zeek_dns(c, dom, blocked, tsv=True)
            return "zeek-dns", hdr + [row]
        if how == "squid_connect":
            st = "TCP_DENIED/403" if blocked else "TCP_TUNNEL/200"
            return "squid", "%d.%03d %6d %s %s %d CONNECT %s:443 %s %s -" % (
                c.epoch, c.ms, c.elapsed, c.ip, st, 0 if blocked else c.size, dom, c.user,
                "HIER_NONE/-" if blocked else "HIER_DIRECT/%s" % c.srv)
        if how == "squid_sni":
            a = '%d.%03d %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "-" %s sni=%s bump=splice' % (
                c.epoch, c.ms, 0, c.ip, c.user, c.srv, c.srv, dom)
            b = '%d.%03d %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
                c.epoch, (c.ms + 7) % 1000, c.elapsed, c.ip, c.user, c.size, c.srv, c.srv, c.srv, dom)
            return "squid", [a, b]
        if how == "clf_connect":
            return "clf", '%s - %s [%s] "CONNECT %s:443 HTTP/1.1" 200 %d %s' % (
                c.ip, c.user, clf_time(c), dom, c.size, "TCP_TUNNEL:HIER_DIRECT")
        if how == "e2g_connect":
            den = denied_for(c, entry, dom)
            fn = pick(n, "e2gc", [e2g2, e2g4])
            return "e2guardian", fn(c, "https://%s:443" % dom, None, den, method="CONNECT")
        if how == "auto_unbound":
            body = unbound_body(c, dom, blocked)
            return "auto", sys3164(c, "[%s] %s" % (unbound_pid(c), body), "unbound", DNS_HOST[c.site], pri=30)
        if how == "auto_dnsmasq":
            body = dnsmasq_line(c, dom, blocked, bare=True).split(": ", 1)[1]
            return "auto", sys3164(c, body, "dnsmasq[%d]" % rng(n, "dpid", 600, 30000), DNS_HOST[c.site], pri=30)
        if how == "auto_bind":
            body = bind_line(c, dom, blocked, syslog_body=True)
            return "auto", sys5424(c, body, "named", DNS_HOST[c.site], rng(n, "npid", 400, 2000), pri=30)
        if how == "auto_env_dns":
            return "auto", env_wrap(c, unbound_lines(c, dom, blocked), "unbound", "/var/log/unbound/unbound.log",
                                    host=DNS_HOST[c.site])
        raise ValueError(how)
    raise ValueError(kind)


# ----------------------------------------------------------------------------


def build():
    keys = set()
    for e in ENTRIES:
        k = (e["kind"], e["text"])
        if k in keys:
            raise SystemExit("duplicate entry: %r" % (k,))
        keys.add(k)
    order = sorted(ENTRIES, key=lambda e: hashlib.sha256(("order40|%s|%s" % (e["kind"], e["text"])).encode()).hexdigest())
    items = []
    for i, e in enumerate(order, 1):
        fmt, ln = render(i, e)
        item = {"id": "h40-%04d" % i, "format": fmt}
        if isinstance(ln, list):
            item["lines"] = ln
        else:
            item["line"] = ln
        item["expect"] = e["expect"]
        if e["allow"]:
            item["allow"] = e["allow"]
        items.append(item)
    return items


def stats(items):
    from collections import Counter
    pos = sum(1 for it in items if it["expect"])
    cat = Counter(x["category"] for it in items for x in it["expect"])
    fmt = Counter(it["format"] for it in items)
    fmt_pos = Counter(it["format"] for it in items if it["expect"])
    multi = sum(1 for it in items if "lines" in it)
    print("items %d  positive %d  negative %d  multi-line %d" % (len(items), pos, len(items) - pos, multi))
    print("per category (expected):")
    for k in sorted(cat):
        print("  %-16s %d" % (k, cat[k]))
    print("per format (total / positive):")
    for k in sorted(fmt):
        print("  %-12s %d / %d" % (k, fmt[k], fmt_pos[k]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout40.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        stats(items)


if __name__ == "__main__":
    main()
