#!/usr/bin/env python3
"""build_heldout23.py - independent, hand-written held-out corpus for Guardline.

Writes heldout23.jsonl in the CONTRACTS.md section 4 format (one JSON object per line:
id, format, line | lines, expect, optional allow).

PERSPECTIVE
    An inner-city further-education college and its pupil referral unit with sites in
    London, Birmingham and Manchester, learners aged 14-19. Risk is often written in road
    slang / Multicultural London English (and the Brum and Manc equivalents): drill culture,
    opps and ride-outs, county lines (OT, going country, the line, trap, bando, food, cats,
    plugs, packs and debts to olders), knife carrying "for protection", sexual exploitation
    through "links", sextortion, and suicidal or self-harm feelings said flatly or in
    algospeak. The same vocabulary is used innocently all day long: drill and grime music,
    "peak", "bare food", "madting", football shooting and trapping drills, boxing, catering
    knife skills, barbering fades, GCSE English resits (Macbeth, An Inspector Calls),
    criminology / media-studies essays about knife crime, and staff / youth workers
    researching county lines and Prevent. Every text was written by hand for this file; no
    detector rule, code or other corpus was consulted.

LABELLING DECISIONS
    * Levels follow CONTRACTS.md section 3.  min_level is what a designated safeguarding
      lead (DSL) at such a college would want:
        5  imminent serious harm only: a ride-out / stabbing with weapon AND a time or place,
           a suicide plan, method or method-search, a meeting arranged by a groomer or an
           elder (e.g. "picking me up from college at half 3 to go country"), a child held
           in a trap house, travel to join a terrorist group.
        4  serious concern: weapon seeking or carrying "for protection", direct threats
           without a time/place, retaliation talk, criminal or sexual exploitation signs
           (debts to olders, going OT, older "links", requests for pics), sextortion,
           self-harm, suicidal ideation and help-seeking, extremist propaganda sought,
           incel/Islamist/far-right glorification, sharing nudes of a minor.
        3  concerning interest or exposure: buying or using drugs, bullying messages,
           hate speech, adult content, watching real stabbing footage, manosphere
           influencer misogyny, money-mule / fraud material, hacking other people.
        2  policy breach with some risk: gambling, filter bypass (VPN, proxies, Tor),
           hacking tools, fake IDs.
        1  information: gaming, social-media domains, piracy.
    * County lines and other criminal exploitation are labelled "grooming" (the child is
      the victim of an elder); "drugs" is then allowed, not required.  Where the learner
      is plainly buying or using, "drugs" is expected and "grooming" at most allowed.
      Sextortion is "grooming" (allow illegal_content).  Sharing nudes of a classmate is
      "illegal_content" (allow bullying / adult_content).
    * Manosphere / incel / Islamist / far-right material is "radicalisation"; hatred
      of a group said without an ideology is "discrimination".  Each allows the other
      where both readings are fair.  Planned attacks are "violence" first.
    * "allow" is used only for a genuinely ambiguous second category.
    * Hard negatives (expect []) are the same slang and topics used innocently: music
      searches and lyrics, hyperbole ("this resit is killing me", "kms phone died"),
      sport and martial arts, vocational knife and blade work, set texts and coursework,
      staff safeguarding research, health information, DNS names containing unlucky
      substrings.  A negative never contains a real level-2+ concern; level-1 noise
      (YouTube, TikTok, games) in a negative is harmless because the scorer ignores it.
    * Roughly half the items are hard negatives.  A minority of texts are obfuscated
      (leetspeak, spaced or dotted letters, Cyrillic look-alikes, fullwidth letters,
      zero-width spaces, emoji, algospeak); most are written plainly, as learners type.

DETERMINISM
    No randomness module is used.  Every variable choice (format, engine, URL encoding,
    user, device, site, time stamp, IP, port, process, wrapping, fragment split, output
    order) is taken from SHA-256 of the item number and a purpose tag, so a rerun is
    byte-identical.  Standard library only.

USAGE
    python3 build_heldout23.py [--out PATH] [--stats]
    --out    output path (default: heldout23.jsonl beside this script)
    --stats  print item count, positive/negative split, per-category and per-format counts
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
import urllib.parse

SALT = "guardline-heldout23"


# ---------------------------------------------------------------- deterministic choice
def H(n, tag):
    d = hashlib.sha256(("%s|%s|%s" % (SALT, n, tag)).encode("utf-8")).digest()
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


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


def hexs(n, tag, k):
    return hashlib.sha256(("%s|%s|%s|hex" % (SALT, n, tag)).encode()).hexdigest()[:k]


CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
        "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
        "piracy", "gaming", "social_media", "illegal_content"]

ITEMS = []


def _add(kind, text, exp="", **kw):
    d = {"kind": kind, "text": text, "exp": exp}
    d.update(kw)
    ITEMS.append(d)


def Q(text, exp="", **kw):   # search query typed into an engine
    _add("q", text, exp, **kw)


def T(text, exp="", **kw):   # typed / pasted text (endpoint text_capture)
    _add("t", text, exp, **kw)


def S(msgs, exp="", **kw):   # several typed messages in one window, one stream
    _add("s", msgs, exp, **kw)


def W(text, exp="", **kw):   # window title of a page / app
    _add("w", text, exp, **kw)


def D(text, exp="", **kw):   # bare domain (DNS, CONNECT, SNI)
    _add("d", text, exp, **kw)


def U(text, exp="", **kw):   # full non-search URL (optional title=)
    _add("u", text, exp, **kw)


def P(text, exp="", **kw):   # endpoint process_start
    _add("p", text, exp, **kw)


def HB(**kw):                # endpoint heartbeat
    _add("hb", "", "", **kw)

# =====================================================================================
# POSITIVES
# spec: "cat<level>" expected (space separated), "+cat" allowed.
# options: site=L|B|M|P (London, Birmingham, Manchester, PRU), eng=engine or group,
#          app=chat|doc|teams|discord|snap|insta|whatsapp, who=staff, ob=transform for [[...]]
# =====================================================================================

# ---------------------------------------------------------------- violence
T("man are sliding on the opps tonight, meet by the chicken shop on rye lane 9 sharp, bring the ting", "violence5", site="L")
T("if i see him round the ends he's getting wet on sight, tell him that", "violence4")
T("fam i need a ting for protection, after what happened to junior im not walking round empty no more", "violence4")
T("who's got a shank i can hold till friday, i'll give it back", "violence4")
T("they cheffed my cousin outside the station so we're riding out sat, everyone at the bando for 11", "violence5")
T("swear down im bringing my blade in tmrw, he's not violating me again. gates at lunch", "violence5")
T("rambo's in my bag. 4 o'clock by the back gate, let's see how brave he is then", "violence5")
T("anyone from 8 block gets splashed when we see them, no talking", "violence4")
T("he got dipped twice in the back and he's still chatting?? next one's his bredrin", "violence4")
Q("where can i cop a zombie knife without id", "violence4")
T("can anyone get me a strap for 400, need it this week", "violence4")
T("the dotty's at my cuz yard, we're spinning their block tonight after the match", "violence5")
T("im gonna back it out on him if he keeps chatting, wallahi", "violence4")
T("ride out tonight? 10pm by moss side precinct, bring whatever u got on u", "violence5", site="M")
T("them lot from lozells are getting it, pull up on em at 6 outside the library, bring ur nank", "violence5", site="B")
T("if anyone sees kai from yr 12 drop him and film it, want it on snap by tonight", "violence4 +bullying")
Q("how to get a knife past a metal detector wand", "violence4")
Q("where to stab someone so they dont die leg or bum", "violence4")
Q("what happens if you throw bleach in someones face", "violence4")
Q("opp got splashed on camera full vid no blur", "violence3 +illegal_content", eng="social")
Q("tottenham stabbing video snap leaked uncut", "violence3 +illegal_content", site="L")
W("How to Make a Knuckle Duster at Home - YouTube", "violence4")
T("ye the opps caught my bro slipping in peckham, it's not calm, we need to pattern it", "violence4", site="L")
T("everyone in the back of the whip by 8 outside tesco, balaclavas and gloves, tonight's the night", "violence5")
T("n33d a sh4nk asap dm me", "violence4")
T("\U0001F52A\U0001F52A on sight for anyone from e9, dun know \U0001FA78", "violence4", site="L")
T("bring the [[skeng]] tmrw lunch, back gate by the bins", "violence5", ob="spaced")
T("[[he's getting stabbed]] after college today, no one say nothing", "violence5", ob="homo")
T("everyone knows where ur mum lives, snitch and ur yard gets shot up", "violence4 +bullying")
T("my olders gave me a strap to hold at mine, if my mum finds it im dead dead", "violence4 grooming4")
Q("how much is a 9 mil on road uk", "violence4")
T("mossy lot think it's sweet, we're going round there with the machetes fri after dark", "violence5", site="M")
T("our kid says the lads from cheetham hill are coming for him so he's carrying now", "violence4", site="M")
T("they killed ty. it's on sight for every single one of them, no talking, no peace", "violence4")
T("RIP T \U0001F54A they're getting it back 10 times over, watch", "violence4")
Q("uk drill opp scores list 2026 who got cheffed", "violence3")
T("the youngers are ready, just say the word and they'll go and do him", "violence4 +grooming")
T("we're jumping him after college today, someone record it", "violence4 +bullying")
T("bring ur ting to the funfair saturday, they'll be there, we catch them slipping by the waltzers", "violence5")
Q("how to make a nail bomb step by step", "violence5 +radicalisation")
T("going ER on this college, they'll all remember my name", "violence5 +radicalisation +discrimination")
T("the columbine boys were heroes ngl, someone should do it here", "violence4 +radicalisation")
T("if he comes to the dance show on thursday he's getting [[dipped]] in the car park", "violence5", ob="dots")
T("bro they wap'd at my brother from a car on aston lane, we're going back there tonight with the mash", "violence5", site="B")
Q("skeng for sale snapchat manchester", "violence4", site="M")

# ---------------------------------------------------------------- grooming: criminal exploitation / county lines
T("they want me to go OT for 2 weeks, say i'll come back with 2 bags", "grooming4 +drugs")
T("got robbed for the pack and now they're saying i owe 3 bags, idk what to do fam", "grooming4 +drugs")
T("man said if i don't run the line this weekend they're coming to my mum's yard", "grooming4 +drugs +violence")
T("olders are picking me up from college at half 3 to go country, don't tell no one", "grooming5 +drugs")
Q("how to get out of county lines without getting hurt", "grooming4 +drugs +violence")
Q("what happens if u get caught with food OT at 15", "grooming4 +drugs")
T("line's been dry all week and now they're saying im lazy and sending me back to the trap", "grooming4 +drugs")
T("been in a trap in swindon 4 days, they took my phone, using one of the cats' phones. dont tell my mum where i am", "grooming5 +drugs")
T("he keeps buying me creps and food, now he says i gotta do him a favour and hold something", "grooming4 +drugs +violence")
T("they want me to plug it for the train to norwich, how do u even do that", "grooming4 +drugs")
Q("how to plug a pack for a train journey", "drugs3 +grooming")
T("deal line woke me up at 4am again to drop to the cats, i'm so tired of this", "grooming4 +drugs")
T("now they're saying my debt went up cos i got nicked with the work", "grooming4 +drugs")
T("been trapping OT since half term, they keep saying one more week and i can come home", "grooming4 +drugs")
T("them man in small heath owe my olders, they told me to go collect it with the youngers tonight", "grooming5 +violence +drugs", site="B")
T("my cuz said there's bare money going OT, 500 a week, should i do it", "grooming4 +drugs")
T("going cunch tmrw, they booked me a train to aberystwyth, back sunday maybe", "grooming5 +drugs")
T("they sent me a snap saying 'we know what school ur sister goes to'", "grooming4 +violence")
T("my little brother's only 13 and the olders are giving him free weed to run for them", "grooming4 +drugs")
T("got a phone off an older and he keeps ringing it at night telling me where to go", "grooming4 +drugs")
S(["they're saying i owe them", "cos the pack got took off me", "and if i don't go OT friday they'll come for my little brother"], "grooming4 +drugs +violence")
T("yo is the 500 a week runner thing still going? im 15 but i can move", "grooming4 +drugs")

# ---------------------------------------------------------------- grooming: sexual exploitation / sextortion
T("he's 23 but says age is just a number and to keep it between us", "grooming4")
T("he said he'd pay for my nails and lashes if i come to the party and be nice to his friends", "grooming4 +adult_content")
T("the man from the shop said he'll pick me up at 8 from the bus stop and we'll go his friend's flat, dont tell my mum", "grooming5")
T("he keeps asking for pics and says if i really loved him i'd send them", "grooming4 +adult_content")
T("my link is 26 and has his own car, he picks me up from college at lunch", "grooming4")
T("he said he'll share my pics with the whole ends if i don't come to his yard tonight", "grooming5 +illegal_content +adult_content")
T("someone on insta has my nudes and wants \u00a3200 or they'll send it to all my followers", "grooming4 +illegal_content +bullying")
Q("someone is blackmailing me with my pictures what do i do", "grooming4 +illegal_content")
T("this girl i met on insta got a video of me and now she says she'll send it to my mum unless i pay", "grooming4 +illegal_content")
T("these older girls said i can make money if i come to parties with their male friends", "grooming4 +adult_content")
T("he asked what school i go to and to send a pic in my uniform, is that weird?", "grooming4")
T("he says i'm mature for my age and no one gets me like he does", "grooming4")
T("meeting the guy from fortnite at stratford westfield saturday, he said come alone", "grooming5", site="L")
T("[[he said dont tell no one about us]]", "grooming4", ob="leet")
T("went to a hotel with him and his mates, he gave me a bottle and a zoot and i don't remember much", "grooming4 +drugs")
T("they passed me round at the party and now everyone's calling me a sket", "grooming4 +bullying +adult_content")
S(["he's picking me up from piccadilly gardens at 7", "his mates will be there too", "he said wear the dress he bought and don't bring my phone"], "grooming5", site="M")

# ---------------------------------------------------------------- drugs
T("anyone got a plug for loud in croydon, my guy's not answering", "drugs3", site="L")
T("who's got \U0001F343 tonight, need a 20 bag", "drugs3")
T("can u sort me a 10 of draw for after college", "drugs3")
Q("snapchat plug near me weed birmingham", "drugs3", site="B")
Q("xans uk next day", "drugs3")
Q("how much lean to get proper mad", "drugs3")
Q("nang canisters delivery 24h london", "drugs3", site="L")
Q("how to pass a drug test after smoking 2 days ago", "drugs3")
T("who's shotting in the ends, my usual's gone quiet", "drugs3")
T("got b n w on the line, text me", "drugs3 +grooming")
Q("is it safe to mix ket and coke", "drugs3")
Q("thc vape pens snapchat uk", "drugs3", eng="social")
Q("how many gabbies to get buzzing", "drugs3")
T("can someone link me with a plug for mandy before the rave", "drugs3")
T("bare cats been knocking at the bando all night, we done 2 bags", "drugs3 +grooming")
T("re-up tomorrow, need the money off the tick by 2", "drugs3 +grooming")
Q("magic mushrooms uk buy online dark web", "drugs3 +illegal_content")
T("zoot before college every day now, can't function without it", "drugs3")
T("selling 2g for 30, is that a good price for gas", "drugs3")
Q("how to make lean with sprite and codeine", "drugs3")
T("[[weed]] plug dm me", "drugs3", ob="leet")
Q("[[cocaine]] delivery manchester", "drugs3", ob="homo", site="M")
Q("\u2744\ufe0f\U0001F50C manchester snap", "drugs3", site="M", eng="social")

# ---------------------------------------------------------------- suicide
T("i'm done with everything fam", "suicide4")
T("no one would care if i was gone", "suicide4")
T("tonight's the night. got the tablets ready. tell mum i'm sorry", "suicide5 +self_harm")
Q("how many paracetamol does it take to die", "suicide5 +self_harm")
T("gonna jump in front of the overground later, can't do this no more", "suicide5", site="L")
T("honestly just wanna sleep and never wake up", "suicide4")
T("i'm tired of being alive bro", "suicide4")
Q("how to unalive yourself painless", "suicide5")
Q("sewerslide methods quick", "suicide5", eng="tiktok")
T("everyone would be better off without me fr", "suicide4")
T("wrote letters for my mum and my sis. it's calm, i'm done", "suicide5")
T("is it peak if i just disappear for good", "suicide4")
Q("how long does it take to die from hanging", "suicide5")
T("if i'm not here tmrw it's not ur fault, love u", "suicide5")
Q("how to overdose on sertraline", "suicide5 +self_harm")
Q("sanctioned suicide forum", "suicide5")
D("sanctioned-suicide.net", "suicide5")
T("i wanna [[kill myself]]", "suicide4", ob="leet")
T("gonna end it after the funeral, can't do life without my brother", "suicide5")
T("am proper done, might as well walk into the canal tonight", "suicide5", site="M")
Q("ways to die that look like an accident", "suicide5")
S(["nah im good", "actually im not", "i've been saving my meds up for weeks"], "suicide5 +self_harm")
T("what's the point in me, i'm a burden to everyone", "suicide4")
S(["no one's gonna miss me", "tallest car park in town is the one by the bullring right"], "suicide5", site="B")
W("painless ways to die - Google Search", "suicide5")
Q("suicide helpline uk text number", "suicide4")
T("fr tho i wanna kms, not even joking this time", "suicide4")

# ---------------------------------------------------------------- self harm
T("i cut again last night, used the blade from my sharpener", "self_harm4")
Q("how to hide cuts from pe teacher", "self_harm4")
Q("how to cover sh scars on arms for summer", "self_harm4")
T("been burning myself with a lighter when it gets too much", "self_harm4")
T("cat scratches again \U0001F614 my arm's a mess", "self_harm4")
Q("how deep is too deep for a cut", "self_harm4 +suicide")
T("relapsed after 60 days clean (sh) \U0001F61E", "self_harm4")
Q("barcode arms", "self_harm4", eng="tiktok")
T("i punch the wall till my knuckles bleed so i don't feel nothing else", "self_harm4")
T("i deserve the pain. doing it again tonight", "self_harm4 +suicide")
Q("[[self harm]] tips", "self_harm4", ob="leet")
T("not eaten in 3 days, feels good to be in control for once", "self_harm4")
Q("pro ana tips to stop feeling hungry", "self_harm4")
Q("how to make yourself throw up after eating quietly", "self_harm4")
T("the blade's the only thing that helps when my stepdad starts", "self_harm4")
Q("[[self harm scars]] cover up", "self_harm4", ob="homo")
T("doing it on my thighs now so no one sees", "self_harm4")
T("is it bad that i want to see blood", "self_harm4")
Q("how to tell my mum i self harm", "self_harm4")
Q("sh vent discord server", "self_harm4")
T("anyone got a spare sharpener, need the blade out of it, not for art \U0001F636", "self_harm4")

# ---------------------------------------------------------------- bullying
T("everyone post the pic of her on ur story with the caption lol, make it go round", "bullying3")
T("ur a dry wasteman no one likes u, leave the gc", "bullying3")
T("let's make a new gc without him and post the vid of him crying", "bullying3")
T("she's a fat ugly sket, ratio her", "bullying3")
T("kys no one wants u here", "bullying3 +suicide")
T("drop his address in the gc so everyone knows where the snake lives", "bullying3 +violence")
T("make a fake insta of her and put her pics up with 'for sale'", "bullying3")
T("ur mum's a crackhead that's why u smell", "bullying3")
T("they keep posting my pic in the year group with clown emojis, i can't go in tmrw", "bullying3")
T("they took my phone and made me say stuff on live, everyone's seen it now", "bullying3")
T("everyone go his comments and call him a neek till he deletes", "bullying3")
Q("how to find out who runs an anonymous insta account bullying me", "bullying3 +hacking")
T("they pour water in my bag every day and call me a tramp", "bullying3")
T("nobody talks to her from today, whoever does is getting cut off too", "bullying3")
T("ur such a [[loser]], every1 h8s u", "bullying3", ob="leet")
T("film me slapping him on the bus lol", "bullying3 +violence")
T("no one sit with the african kid he smells", "bullying3 discrimination3")

# ---------------------------------------------------------------- radicalisation
T("tate's right tho, women are basically property, once u get that life's easy", "radicalisation3 +discrimination")
Q("andrew tate women belong to men speech full", "radicalisation3 +discrimination")
D("incels.is", "radicalisation4 +discrimination")
T("the blackpill is real, foids only want chad and there's nothing u can do", "radicalisation4 +discrimination")
T("elliot rodger did nothing wrong, supreme gentleman", "radicalisation4 +violence +discrimination")
Q("anwar al awlaki lectures mp3 download", "radicalisation4")
Q("how to make hijrah to join the mujahideen", "radicalisation5")
Q("dawla nasheeds download no music", "radicalisation4")
T("the kuffar deserve what's coming, the west is at war with islam and u lot are sleeping", "radicalisation4 +discrimination")
Q("telegram channel real jihad not watered down", "radicalisation4")
Q("dabiq magazine pdf", "radicalisation4 +illegal_content")
T("great replacement is real, look at our cities, open ur eyes", "radicalisation3 +discrimination")
Q("patriotic alternative how to join at 16", "radicalisation3 +discrimination")
T("remigration now, send them all back \U0001F1EC\U0001F1E7", "radicalisation3 +discrimination")
Q("tarrant manifesto pdf", "radicalisation4 +illegal_content +violence")
T("white boy summer 1488 \U0001F1EC\U0001F1E7\u26a1\u26a1", "radicalisation4 +discrimination")
Q("christchurch mosque shooting full video", "radicalisation4 +violence +illegal_content")
T("the ummah needs soldiers not keyboard warriors, who's actually ready", "radicalisation4")
Q("[[islamic state]] recruitment", "radicalisation4", ob="leet")
T("feminists need putting in their place, by force if it comes to it", "radicalisation3 +discrimination +violence")
Q("incel forum how to join", "radicalisation4 +discrimination")
Q("accelerationism telegram groups uk", "radicalisation4")

# ---------------------------------------------------------------- discrimination
T("all the p*kis in this college think they run it", "discrimination3")
T("somalians are all pirates lol, send em back", "discrimination3")
T("go back to poland u [[immigrant scum]]", "discrimination3", ob="zw")
T("that's so gay, he walks like a batty boy", "discrimination3")
T("muslims are terrorists, don't let them in the gc", "discrimination3 +radicalisation")
T("gypo scum from the site nicked bikes again", "discrimination3")
T("trannies shouldn't be allowed in our toilets, batter them if u see them", "discrimination3 +violence")
T("africans stink, u can tell which class they was in", "discrimination3 +bullying")
T("jews are rats and they run the banks", "discrimination3 +radicalisation")
Q("racist jokes about black people", "discrimination3")
T("ching chong lol look at his eyes \U0001F602", "discrimination3 +bullying")

# ---------------------------------------------------------------- adult content
Q("onlyfans leaks free", "adult_content3 +piracy")
D("xhamster.com", "adult_content3")
Q("corn hub free vids", "adult_content3")
Q("snap names that send nudes uk", "adult_content3 +illegal_content")
W("XNXX.COM - Free Porn Videos", "adult_content3")
Q("seggs videos free", "adult_content3")
D("chaturbate.com", "adult_content3")
D("stripchat.com", "adult_content3")
Q("spicy accountant leaks", "adult_content3 +piracy")

# ---------------------------------------------------------------- gambling
Q("stake casino uk how to play under 18", "gambling2")
D("stake.com", "gambling2")
Q("paddy power acca tips this weekend", "gambling2")
T("lost my whole ema on slots again \U0001F62D thought i'd win it back", "gambling2")
Q("bet365 login", "gambling2")
Q("csgo skin gambling sites free coins", "gambling2 +gaming")
D("www.skybet.com", "gambling2")
Q("how to get round gamstop", "gambling2 +filter_bypass")
Q("crypto casino no kyc uk", "gambling2")

# ---------------------------------------------------------------- filter bypass
Q("how to get past smoothwall on college wifi", "filter_bypass2")
D("protonvpn.com", "filter_bypass2")
P("tor.exe", "filter_bypass2")
Q("croxyproxy youtube unblocked", "filter_bypass2")
D("www.croxyproxy.com", "filter_bypass2")
Q("free vpn extension chromebook school", "filter_bypass2")
Q("how to delete lightspeed extension on school chromebook", "filter_bypass2 +hacking")
P("psiphon3.exe", "filter_bypass2")
Q("unblocked games 66 ez", "filter_bypass2 +gaming")

# ---------------------------------------------------------------- hacking
Q("how to get into someones snapchat without them knowing", "hacking3 +bullying")
Q("snap score booster hack", "hacking2")
Q("how to ddos someone off ps5", "hacking3 +gaming")
Q("instagram password cracker apk", "hacking3")
P("LOIC.exe", "hacking2")
Q("how to find someones address from their ip", "hacking3")
Q("keylogger that sends to email free download", "hacking3")
Q("how to log into moodle as a teacher", "hacking3")

# ---------------------------------------------------------------- piracy
Q("sportsurge arsenal live", "piracy1")
D("1337x.to", "piracy1")
Q("digga d album download free zip", "piracy1")
Q("fl studio crack 2026 free download", "piracy1 +hacking")
D("thepiratebay.org", "piracy1")
Q("watch top boy free online 123movies", "piracy1")

# ---------------------------------------------------------------- gaming
P("RobloxPlayerBeta.exe", "gaming1")
Q("gta 6 release date", "gaming1")
Q("fc 26 ultimate team tots predictions", "gaming1")
D("www.roblox.com", "gaming1")
D("fortnite-public-service-prod11.ol.epicgames.com", "gaming1")

# ---------------------------------------------------------------- social media
D("web.snapchat.com", "social_media1")
D("www.tiktok.com", "social_media1")
D("www.instagram.com", "social_media1")
W("Instagram", "social_media1")
Q("how to get more followers on tiktok fast", "social_media1")

# ---------------------------------------------------------------- illegal content
T("who's got the leaked nudes of the yr 11 girl, send in the gc", "illegal_content4 +bullying +adult_content")
T("sending her nudes round the gc is calm she's 16 innit", "illegal_content4 +bullying +adult_content")
T("they'll give me 500 to use my monzo for a day, easy money innit", "illegal_content3 +grooming")
Q("how much do u get for selling your bank account", "illegal_content3 +grooming")
Q("fake id uk snapchat", "illegal_content2")
Q("fraud bible pdf 2026", "illegal_content3 +hacking")
Q("how to make fake 20 notes that pass the pen", "illegal_content3")
Q("cvv shop dark web link", "illegal_content3 +hacking")
Q("telegram links young girls nudes", "illegal_content4 +adult_content")

# ---------------------------------------------------------------- more DNS-level positives
D("www.paddypower.com", "gambling2")
D("nordvpn.com", "filter_bypass2")
D("www.xvideos.com", "adult_content3")
D("www.stormfront.org", "radicalisation4 +discrimination")
D("www.twitch.tv", "gaming1")
D("www.betfair.com", "gambling2")
D("www.888casino.com", "gambling2")
D("psiphon.ca", "filter_bypass2")
D("hide.me", "filter_bypass2")
D("www.redtube.com", "adult_content3")
D("onlyfans.com", "adult_content3")
D("yts.mx", "piracy1")
D("www.fortnite.com", "gaming1")

# =====================================================================================
# HARD NEGATIVES  (expect [])
# =====================================================================================

# ---------------------------------------------------------------- music: drill, grime, road rap
Q("digga d woi lyrics", eng="music")
Q("headie one 18hunna lyrics meaning", eng="music")
Q("unknown t homerton b instrumental", eng="music")
Q("russ millions tion wayne body lyrics clean", eng="music")
Q("central cee sprinter clean version", eng="music")
Q("kwengface daily duppy reaction", eng="music")
Q("m1llionz y pree lyrics", eng="music", site="B")
Q("meekz mad about bars", eng="music", site="M")
Q("bugzy malone king of the north lyrics", eng="music", site="M")
Q("fumez the engineer plugged in best ones", eng="music")
Q("skengdo x am drill injunction court case")
Q("uk drill type beat 140 bpm sliding 808", eng="music")
Q("how to make 808 slides in fl studio drill", eng="video")
Q("trap music production in fl studio for beginners", eng="video")
Q("free for profit trap beats 2026", eng="music")
Q("skepta shutdown instrumental", eng="music")
Q("giggs talkin da hardest instrumental", eng="music")
Q("ghetts rebel with a cause review")
Q("is digga d still on licence")
Q("why did the met want drill videos taken off youtube")
Q("bandokay double lz lyrics", eng="music")
Q("k trap warm lyrics", eng="music")
Q("mist sauce lyrics", eng="music", site="B")
Q("ride out kid ink lyrics", eng="music")
Q("grm rated awards 2026 nominations")
Q("link up tv behind barz how to get on")
Q("[[digga d lyrics]]", ob="full", eng="music")
T("that new digga tune is hard, the flow on the second verse is mad")
T("the ting goes skrrrahh, pap pap ka ka ka \U0001F602 big shaq was a madting")
T("bro the beat on that plugged in is peak, bars are cold tho")
T("for music tech im sampling a drill beat and adding 808 slides, the snare on 3 sounds off tho")
W("Digga D - Woi (Official Video) - YouTube")
W("Headie One - Know Better Lyrics | Genius Lyrics")
W("Kanye West - On Sight - YouTube")
U("https://genius.com/Digga-d-woi-lyrics", title="Digga D \u2013 Woi Lyrics | Genius Lyrics")
U("https://www.youtube.com/watch?v=Q8zX1r0m3tA&list=PLdrill2026", title="Plugged In W/ Fumez The Engineer - YouTube")

# ---------------------------------------------------------------- slang and hyperbole, used innocently
T("that's a madting bro \U0001F602 how did he land that kickflip")
T("peak, missed the 36 again, gonna be late to english", site="L")
T("it's calm, i'll link u at the yard after college")
T("allow it man it was a joke, stop being moist \U0001F602")
T("my nan made bare food for the wake, everyone come thru after")
T("mum's made bare jollof, come to mine after college")
T("i'm dead \U0001F480\U0001F480 did u see sir's face")
T("he's a wasteman for leaving me on read lol")
T("no beef, it's calm, we sorted it after football")
T("that par was cold \U0001F62D he's not recovering from that")
T("my cat keeps bringing dead mice into the yard \U0001F644")
T("need a plug for my laptop, who's got a charger in B block")
T("they killed it at the talent show, the dancing was crazy")
T("OT in the match last night was mad, 120th minute winner")
T("manager at tesco asked if i can do OT sunday, extra 40 quid")
T("this trap in level 4 keeps killing me, same spot every time")
T("ops meeting at 9 tomorrow then i'm on the morning shift at nandos")
T("going country with my dad for the weekend, camping in the peak district")
T("my line keeps cutting out, EE is peak")
T("put the knife crime stats slide after the intro, then the interviews")
T("the ting is i haven't even started the assignment")
T("who's got food? i'm starving and the canteen's shut")
T("need to pattern my cv before the interview thursday")
T("slide me the media powerpoint, i wasn't in today")
T("the olders at football said i can train with the u21s on saturday")
T("wagwan u lot seen the new top boy yet, dushane is cold")
T("i'm gonna kill my brother he ate my leftovers \U0001F624")
T("this maths resit is killing me fr")
T("bro shot his shot and got curved \U0001F62D\U0001F62D")
T("shooting hoops at the cage after college if anyone's about")
T("i'm gonna dip, bus is here, laters")
T("that new central cee is gas \U0001F525")
T("i'm done with this essay fam, finished it at 3am \U0001F64C")
T("no one would care if i skipped tutorial lol")
T("phone died on 2% kms \U0001F62D")
T("my cat scratched my whole arm cos i tried to bath her \U0001F62D")
T("cut my finger on the mandoline in catering, anyone got plasters")
T("my older brother's picking me up from college at half 3 so i can't stay")
T("coach said he'll pick us up from the bus stop at 8 for the away game")
T("i owe my sister \u00a320 for the cinema lol")
T("got robbed by the ref in that game \U0001F624 clear penalty")
T("the line at the chicken shop is mad long")
T("i'm the runner on the media shoot saturday, 8am call time")
T("beef patty and coco bread for lunch, calm")
T("bun that, i'm going home, it's too cold")
T("strapped for cash till payday, can u spot me a fiver")
T("our kid's buzzing for the derby on sunday, proper mint", site="M")
T("cooking practical today \U0001F52A\U0001F9C5 chopped onions for an hour \U0001F62D")
T("k1ll3r trainers where'd u get them \U0001F525")
T("my mum's going to murder me, i lost my oyster again", site="L")
S(["u coming to the cage later", "bring the ball", "we're shooting at 5 then going chicken shop"])
S(["i'm so dead", "forgot my PE kit again", "sir's gonna make me run laps"])
S(["miss said", "we gotta do a county lines awareness poster", "for safeguarding week, due monday"])

# ---------------------------------------------------------------- everyday chat
T("miss said deadline's friday for unit 3")
T("bro the canteen's run out of patties again")
T("RIP grandad, gonna miss u \U0001F54A")
T("ramadan mubarak everyone \U0001F319")
T("can someone send me the notes from today, i was at the dentist")

# ---------------------------------------------------------------- sport and martial arts
Q("football shooting drills for u18s", eng="video")
Q("one touch finishing drills")
Q("boxing bag combinations for beginners", eng="video")
Q("how to throw a proper uppercut")
Q("mma gyms salford teenagers", site="M")
Q("anthony joshua knockouts compilation", eng="video")
Q("muay thai elbow technique")
Q("how to stop shanking irons")
Q("lifting straps vs chalk deadlift")
Q("best 16oz sparring gloves")
Q("kickboxing classes birmingham under 18", site="B")
Q("how to take a punch without flinching sparring")
Q("penalty shootout tips for goalkeepers")
Q("first touch trapping the ball with your chest drill", eng="video")
T("coach said sprints and shooting practice at 4, bring ur boots")
Q("wrestling takedowns for mma beginners", eng="video")
Q("charity cycle ride out london to brighton")
Q("amir khan vs kell brook highlights", eng="video")

# ---------------------------------------------------------------- coursework and set texts
Q("macbeth act 2 scene 2 murder of duncan analysis")
Q("romeo and juliet suicide theme essay")
Q("an inspector calls eva smith suicide quotes")
Q("of mice and men why did george shoot lennie")
Q("blood brothers ending mickey shoots eddie")
Q("remains simon armitage analysis probably armed possibly not")
Q("holocaust gcse history source questions")
Q("nazi propaganda posters examples history coursework")
Q("media studies representation of knife crime in news essay")
Q("knife crime statistics london 2025 ons")
Q("sociology subcultural theory gangs cohen")
Q("criminology unit 3 county lines case study")
Q("applied criminology serial killer case study fred west")
Q("health and social care signs of self harm in adolescents unit 5")
Q("psychology a level explanations of anorexia")
Q("public services btec how police tackle county lines")
Q("gcse re lesser jihad and greater jihad meaning")
Q("what does islam say about suicide re homework")
Q("citizenship extremism and radicalisation worksheet answers")
Q("drug classification uk class a b c table")
Q("effects of cannabis on the teenage brain nhs")
T("Knife crime in London has risen since 2014, with young people in deprived boroughs disproportionately affected as both victims and suspects.", app="doc")
T("In Act 3 Macbeth orders the murder of Banquo because he fears Banquo's sons will inherit the throne.", app="doc")
T("The Met has blamed drill music for inciting violence, however critics argue this criminalises young Black artists.", app="doc")
T("County lines gangs exploit children by grooming them with gifts before trapping them in debt bondage.", app="doc")
T("Eva Smith's suicide is the catalyst for the Inspector's investigation into the Birling family.", app="doc")
Q("the hate u give summary khalil shooting")
Q("stephen lawrence murder inquiry institutional racism")
Q("to kill a mockingbird tom robinson trial racism quotes")
Q("7/7 london bombings history essay causes")
Q("forensic science blood spatter analysis btec")
Q("first aid how to pack a stab wound bleed kit training")
Q("why did andrew tate get arrested media studies")
W("Unit 3 Assignment Brief - Knife Crime Campaign.docx - Word", raw=True)

# ---------------------------------------------------------------- staff and youth workers
Q("county lines warning signs in students", who="staff")
Q("county lines slang glossary for teachers going OT trap line", who="staff")
Q("what does opp mean drill slang", who="staff")
Q("contextual safeguarding carlene firmin", who="staff")
Q("prevent duty training fe colleges 2026", who="staff")
Q("nspcc sextortion advice for schools", who="staff")
Q("how to talk to a young person about self harm youth work", who="staff")
Q("st giles trust county lines referral", who="staff")
Q("redthread youth violence programme a&e", who="staff")
Q("knife crime awareness workshop for colleges", who="staff")
Q("ben kinsella trust exhibition booking", who="staff", site="L")
Q("nrm referral child criminal exploitation form", who="staff")
Q("birmingham childrens trust referral form", who="staff", site="B")
Q("andrew tate influence on boys teacher guidance", who="staff")
Q("incel ideology warning signs educators", who="staff")
Q("mental health first aid suicide awareness course", who="staff")
Q("talk to frank resources for tutors", who="staff")
Q("how to respond to a student disclosing abuse", who="staff")
Q("gamcare young people gambling harms education", who="staff")
Q("drill on trial report", who="staff")
T("can we add the county lines signs slide to tuesday's tutorial? esp going OT, new trainers and two phones", app="teams", who="staff")
T("DSL update: referral made re suspected CCE for one of my tutees, please log any missed sessions today", app="teams", who="staff")

# ---------------------------------------------------------------- vocational
Q("knife skills catering level 2 julienne brunoise", eng="video")
Q("how to sharpen a chef's knife with a whetstone")
Q("best knife set for catering students uk")
Q("how to cut a skin fade with clippers", eng="video")
Q("burst fade taper tutorial", eng="video")
Q("razor line up tips barber")
Q("cut throat razor shave technique nvq barbering")
Q("how to [[cut a fade]]", ob="homo", eng="video")
Q("stanley knife safety construction site")
Q("how to cut plasterboard with a utility knife")
Q("hair bleach burn scalp what to do")
Q("how to remove acrylic nails at home")
Q("how to bleed brakes on a car")
Q("cooking temperatures to kill bacteria food hygiene")
Q("meat cleaver vs chef knife")
Q("how to shoot a music video on iphone", eng="video")
Q("shooting in manual mode photography")
Q("pattern cutting fashion textiles level 3")
Q("watercolour splash technique art gcse", eng="pinterest")
Q("nude lipstick shade for dark skin", eng="pinterest")
Q("nude nails ideas short", eng="pinterest")
Q("lean muscle meal plan")
Q("horticulture how to identify weeds in borders")
Q("can i take paracetamol and ibuprofen together for period pain")
Q("kali linux virtualbox for btec cyber security")
Q("tryhackme rooms for beginners")
Q("how to unblock a sink plumbing")
Q("what is a vpn networking unit btec it")
Q("how to spot counterfeit trainers")
Q("coke zero vs diet coke")
Q("birth control pill side effects")

# ---------------------------------------------------------------- everyday searches and pages
Q("tfl bus 36 route", site="L")
Q("west midlands metro timetable", site="B")
Q("bee network bus times", site="M")
Q("part time jobs for 16 year olds manchester", site="M")
Q("nandos student discount")
Q("how to apply for college bursary")
Q("ema payment dates")
Q("eid prayer times birmingham central mosque", site="B")
Q("notting hill carnival 2026 dates", site="L")
Q("how to make puff puff")
Q("jollof rice nigerian vs ghanaian")
Q("man city vs arsenal highlights", eng="video")
Q("aston villa tickets under 18", site="B")
Q("palestine march london saturday route", site="L")
Q("sussex university open day")
Q("how to check testicles for lumps nhs")
Q("sexual health clinic near me free condoms")
Q("long jump technique pe")
Q("how to get high marks in gcse english resit")
Q("snapchat streak restore")
W("Top Boy | Netflix")
W("Blue Story | Netflix")
W("Moodle - Unit 5: Safeguarding in Health and Social Care - Quiz")
U("https://www.bbc.co.uk/news/articles/c9knife2026ldn", title="Teenager stabbed in Croydon: appeal for witnesses - BBC News")
U("https://www.bbc.co.uk/bitesize/guides/z8ryb82/revision/1", title="Macbeth - Themes - GCSE English Literature Revision - BBC Bitesize")

# ---------------------------------------------------------------- DNS names (some with unlucky substrings)
D("www.bbc.co.uk")
D("genius.com")
D("grmdaily.com")
D("tfl.gov.uk")
D("www.nhs.uk")
D("www.ucas.com")
D("teams.microsoft.com")
D("classroom.google.com")
D("www.senecalearning.com")
D("www.talktofrank.com")
D("www.stgilestrust.org.uk")
D("www.redthread.org.uk")
D("www.jdsports.co.uk")
D("deliveroo.co.uk")
D("www.sussex.ac.uk")
D("www.essex.ac.uk")
D("www.scunthorpe-united.co.uk")
D("www.arsenal.com")
D("www.cumbria.gov.uk")
D("boxrec.com")
D("www.bbcgoodfood.com")
D("www.mdx.ac.uk")
D("www.matchroomboxing.com")
D("www.experts-exchange.com")
D("www.analog.com")
D("www.drugs.com")
D("www.hitmanpro.com")
D("www.thekillersmusic.com")
D("www.essexcricket.org.uk")
D("www.dickssportinggoods.com")
D("www.youngminds.org.uk")
D("www.fearless.org")
D("www.bbc.com")

# ---------------------------------------------------------------- endpoint housekeeping
P("WINWORD.EXE")
P("Teams.exe")
P("FL64.exe")
HB()
HB()


# =====================================================================================
# RENDERING
# =====================================================================================

SITES = {
    "L": ("ldn-college", "10.20"),
    "B": ("bham-college", "10.40"),
    "M": ("mcr-college", "10.60"),
    "P": ("ldn-pru", "10.80"),
}
DEVICES = {
    "L": ["LDN-LRC-PC14", "LDN-LRC-PC22", "LDN-MEDIA-MAC03", "LDN-CHROMEBOOK-118",
          "LDN-BBLOCK-PC33", "LDN-MUSIC-PC09"],
    "B": ["BHM-LRC-PC07", "BHM-CHROMEBOOK-221", "BHM-BARBER-TAB-2", "BHM-SPORT-LT-11",
          "BHM-IT-PC40"],
    "M": ["MCR-LRC-PC19", "MCR-CATERING-PC01", "MCR-CHROMEBOOK-045", "MCR-MEDIA-PC12"],
    "P": ["PRU-LT-03", "PRU-LT-06", "PRU-CLASS2-PC01"],
}
STAFF_DEVICES = {"L": ["LDN-STAFF-LT-DSL", "LDN-YW-LT-02"], "B": ["BHM-STAFF-PC118"],
                 "M": ["MCR-STAFF-LT07"], "P": ["PRU-STAFF-LT01"]}
STUDENTS = ["k.mensah", "a.osei", "t.adeyemi", "j.okoro", "r.begum", "d.campbell",
            "m.hussain", "l.obi", "s.ali", "c.thompson", "e.ferreira", "b.kamara", "n.iqbal",
            "z.ahmed", "k.brown", "j.williams", "t.francis", "m.nowak", "i.popescu", "a.yusuf",
            "f.mohamed", "d.mahmood", "r.clarke", "o.bello", "s.khan", "j.reid", "k.gordon",
            "h.rahman", "c.asante", "m.diallo", "p.kowalski", "l.mcdonald", "a.hassan",
            "e.nwosu", "y.abdi", "g.ferguson", "t.lewis", "j.dacosta", "w.akhtar", "n.boateng"]
STAFF = ["j.morgan", "p.harris", "d.wright", "s.oconnor", "r.singh", "t.barker", "a.nwachukwu"]
FRIENDS = ["jay", "kx", "tayy", "lil d", "amani", "shay", "dee", "mo", "rhi", "zee", "kayla",
           "femi"]
SERVERS = ["the mandem", "yr12 media", "fifa league", "music tech L3", "cage ballers"]
DOCS = ["Unit 3 Media Essay", "Criminology U2 Assignment", "English Resit Practice",
        "Sociology Crime and Deviance", "H&SC Unit 5", "Music Tech Evaluation"]

UAS = {
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "chromeos": "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
}
BROWSERS = {  # process, window-title suffix
    "chrome": ("chrome.exe", " - Google Chrome"),
    "edge": ("msedge.exe", " - Personal - Microsoft\u200b Edge"),
    "firefox": ("firefox.exe", " \u2014 Mozilla Firefox"),
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=_dt.timezone.utc)
TERM_START = _dt.datetime(2026, 9, 7, tzinfo=_dt.timezone.utc)

BLOCKABLE = {"adult_content", "gambling", "filter_bypass", "piracy"}
BLOCKABLE_DNS = BLOCKABLE | {"radicalisation", "suicide"}


class Ctx(object):
    """Everything about one item's circumstances, all drawn from SHA-256 of its number."""

    def __init__(self, n, item):
        self.n = n
        staff = item.get("who") == "staff"
        self.staff = staff
        site = item.get("site") or wpick(n, "site", [("L", 4), ("B", 3), ("M", 3), ("P", 2)])
        self.site = site
        self.site_name, pfx = SITES[site]
        self.ip = "%s.%d.%d" % (pfx, rng(n, "ip3", 1, 250), rng(n, "ip4", 2, 254))
        self.port = rng(n, "port", 49152, 65500)
        base = pick(n, "user", STAFF if staff else STUDENTS)
        style = H(n, "ustyle") % 20
        if staff:
            self.user = base if style < 12 else ("STAFF\\" + base if style < 16
                                                  else base + "@citycol.ac.uk")
        else:
            if style < 11:
                self.user = base
            elif style < 14:
                self.user = "STU\\" + base
            elif style < 17:
                self.user = base + "@student.citycol.ac.uk"
            else:
                self.user = "S24%06d" % (H(n, "stuno") % 1000000)
        self.device = pick(n, "dev", (STAFF_DEVICES if staff else DEVICES)[site])
        # time: term days (weekdays mostly), school hours mostly
        day = H(n, "day") % 105
        d0 = TERM_START + _dt.timedelta(days=day)
        if d0.weekday() >= 5 and H(n, "wkend") % 4:
            d0 += _dt.timedelta(days=7 - d0.weekday())
        band = H(n, "band") % 20
        if band < 14:
            secs = rng(n, "sec", 8 * 3600 + 40 * 60, 16 * 3600 + 30 * 60)
        elif band < 19:
            secs = rng(n, "sec", 16 * 3600 + 30 * 60, 23 * 3600 + 30 * 60)
        else:
            secs = rng(n, "sec", 23 * 3600 + 30 * 60, 26 * 3600)
        local = d0 + _dt.timedelta(seconds=secs, milliseconds=H(n, "ms") % 1000)
        # 'local' was built as UK wall-clock; convert to UTC
        off = 1 if (local - _dt.timedelta(hours=1)) < BST_END else 0
        self.utc = local - _dt.timedelta(hours=off)
        self.off = off
        br = "chromeos" if "CHROMEBOOK" in self.device else wpick(
            n, "br", [("chrome", 55), ("edge", 30), ("firefox", 15)])
        self.ua_key = br
        if not staff and H(n, "byod") % 9 == 0:
            self.ua_key = "iphone"
        self.browser = "chrome" if br == "chromeos" else br
        self.host = {"L": "prx-ldn01", "B": "prx-bhm01", "M": "prx-mcr01", "P": "prx-ldn01"}[site]
        self.dnshost = {"L": "dns-ldn01", "B": "dns-bhm01", "M": "dns-mcr01", "P": "dns-ldn01"}[site]
        self.resolver = {"L": "10.20.0.53", "B": "10.40.0.53", "M": "10.60.0.53", "P": "10.80.0.53"}[site]

    def at(self, plus=0.0):
        return self.utc + _dt.timedelta(seconds=plus)

    def epoch(self, plus=0.0):
        return self.at(plus).timestamp()

    def local(self, plus=0.0):
        return self.at(plus) + _dt.timedelta(hours=self.off)

    def ua(self):
        return UAS[self.ua_key]


# ---------------------------------------------------------------- small formatters
def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def sys_date(t):
    return "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def clf_date(t, off):
    return "%02d/%s/%d:%s %s" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"),
                                 "+0100" if off else "+0000")


def e2_date(t):
    return t.strftime("%Y.%m.%d %H:%M:%S")


def squid_ts(e):
    return "%.3f" % e


def zeek_uid(n, tag):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = H(n, tag + "uid")
    s = "C"
    for _ in range(17):
        s += alpha[v % 62]
        v //= 62
        if v == 0:
            v = H(n, tag + "uid2" + s)
    return s


PUBLIC = {
    "google": "142.250.%d.%d", "youtube": "142.250.%d.%d", "bing": "13.107.%d.%d",
    "tiktok": "23.41.%d.%d", "meta": "157.240.%d.%d", "cf": "104.18.%d.%d",
    "akamai": "2.16.%d.%d", "fastly": "151.101.%d.%d", "aws": "52.95.%d.%d",
}


def dst_ip(n, host):
    h = host.lower()
    if "google" in h or "youtube" in h:
        k = "google"
    elif "bing" in h or "microsoft" in h or "office" in h:
        k = "bing"
    elif "tiktok" in h:
        k = "tiktok"
    elif "instagram" in h or "facebook" in h or "whatsapp" in h:
        k = "meta"
    elif "bbc" in h or "reddit" in h or "genius" in h:
        k = "fastly"
    elif H(n, "dstk") % 3 == 0:
        k = "aws"
    elif H(n, "dstk") % 3 == 1:
        k = "akamai"
    else:
        k = "cf"
    return PUBLIC[k] % (rng(n, "d3", 1, 250), rng(n, "d4", 1, 254))


# ---------------------------------------------------------------- obfuscation
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0"}


def obf(n, text, mode):
    out = []
    rest = text
    k = 0
    while "[[" in rest:
        a, b = rest.split("[[", 1)
        inner, rest = b.split("]]", 1)
        out.append(a)
        out.append(_obf1(n, inner, mode, k))
        k += 1
    out.append(rest)
    return "".join(out)


def _obf1(n, s, mode, k):
    if mode == "leet":
        return "".join(LEET.get(c, c) for c in s)
    if mode == "homo":
        res = []
        for i, c in enumerate(s):
            if c in HOMO and H(n, "homo%d.%d" % (k, i)) % 5 < 3:
                res.append(HOMO[c])
            else:
                res.append(c)
        return "".join(res)
    if mode == "full":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
    if mode == "spaced":
        return " ".join(c for c in s if c != " ")
    if mode == "dots":
        return " ".join(".".join(w) for w in s.split(" "))
    if mode == "zw":
        return "\u200b".join(s)
    raise ValueError(mode)


def item_text(n, item):
    t = item["text"]
    if item.get("ob"):
        if isinstance(t, list):
            return [obf(n, x, item["ob"]) for x in t]
        return obf(n, t, item["ob"])
    if isinstance(t, list):
        return list(t)
    return t


# ---------------------------------------------------------------- search URLs
ENGINE_GROUPS = {
    "web": [("google", 40), ("bing", 12), ("ddg", 8), ("yahoo", 5), ("ecosia", 4),
            ("brave", 4), ("youtube", 8), ("tiktok", 8), ("reddit", 4), ("x", 2),
            ("instagram", 3)],
    "music": [("youtube", 30), ("google", 20), ("genius", 10), ("spotify", 10),
              ("soundcloud", 6), ("tiktok", 10), ("bing", 4)],
    "video": [("youtube", 50), ("google", 20), ("tiktok", 20), ("bing", 5)],
    "social": [("tiktok", 30), ("instagram", 20), ("x", 15), ("google", 15), ("youtube", 10)],
    "tiktok": [("tiktok", 70), ("google", 30)],
    "pinterest": [("pinterest", 50), ("google", 30), ("tiktok", 20)],
}
TITLED = {"google", "bing", "ddg", "yahoo", "ecosia", "brave", "youtube", "tiktok", "reddit", "x"}


def qplus(s, n):
    safe = "" if H(n, "qsafe") % 4 else "'"
    return urllib.parse.quote_plus(s, safe=safe)


def q20(s, n):
    safe = "" if H(n, "qsafe") % 4 else "'"
    return urllib.parse.quote(s, safe=safe)


def search_url(n, eng, q, ctx):
    sp = qplus(q, n) if H(n, "qenc") % 3 else q20(q, n)
    p20 = q20(q, n)
    if eng == "google":
        v = H(n, "gvar") % 4
        tld = "co.uk" if H(n, "gtld") % 3 else "com"
        if v == 0:
            u = "https://www.google.%s/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOTIGCAEQRRhA0gEI%sajBqNKgCALACAQ&sourceid=chrome&ie=UTF-8" % (tld, sp, sp, hexs(n, "gs", 6))
        elif v == 1:
            u = "https://www.google.%s/search?q=%s&sca_esv=%s&hl=en-GB&source=hp&ei=%s" % (tld, sp, hexs(n, "sca", 16), hexs(n, "ei", 22))
        elif v == 2:
            u = "https://www.google.com/search?client=firefox-b-d&q=%s" % sp
        else:
            u = "https://www.google.%s/search?q=%s&sxsrf=%s&uact=5&oq=%s&sclient=gws-wiz-serp" % (tld, sp, hexs(n, "sx", 24), sp)
        return u, "%s - Google Search" % q
    if eng == "bing":
        u = "https://www.bing.com/search?q=%s&form=%s&sp=-1&lq=0&pq=%s&sc=10-%d&qs=n&sk=&cvid=%s" % (
            sp, pick(n, "bform", ["QBLH", "QBRE", "ANNTH1"]), qplus(q.lower(), n), len(q),
            hexs(n, "cvid", 32).upper())
        return u, "%s - Search" % q
    if eng == "ddg":
        u = "https://duckduckgo.com/?q=%s&t=%s&ia=web" % (sp, pick(n, "ddgt", ["h_", "ffab", "chromentp"]))
        return u, "%s at DuckDuckGo" % q
    if eng == "yahoo":
        return ("https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8&fp=1" % sp,
                "%s - Yahoo Search Results" % q)
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % sp, "%s - Ecosia" % q
    if eng == "brave":
        return "https://search.brave.com/search?q=%s&source=web" % sp, "%s - Brave Search" % q
    if eng == "youtube":
        return ("https://www.youtube.com/results?search_query=%s" % qplus(q, n), "%s - YouTube" % q)
    if eng == "tiktok":
        return ("https://www.tiktok.com/search?q=%s&t=%d" % (p20, int(ctx.epoch() * 1000)),
                "Find '%s' on TikTok | TikTok Search" % q)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s" % p20, "%s - Reddit Search" % q
    if eng == "x":
        return "https://x.com/search?q=%s&src=typed_query" % p20, "%s - Search / X" % q
    if eng == "instagram":
        return "https://www.instagram.com/explore/search/keyword/?q=%s" % p20, "Instagram"
    if eng == "genius":
        return "https://genius.com/search?q=%s" % p20, "Genius"
    if eng == "spotify":
        return "https://open.spotify.com/search/%s" % p20, "Spotify \u2013 Search"
    if eng == "soundcloud":
        return "https://soundcloud.com/search?q=%s" % p20, "SoundCloud"
    if eng == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % p20, "Pinterest"
    raise ValueError(eng)


def choose_engine(n, item, need_title=False):
    e = item.get("eng") or "web"
    group = ENGINE_GROUPS.get(e)
    if group is None:
        group = [(e, 1)]
    if need_title:
        group = [(a, w) for a, w in group if a in TITLED] or [("google", 1)]
    return wpick(n, "eng", group)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def search_terms(url):
    """The decoded query, as e2guardian's search-term field shows it."""
    sp = urllib.parse.urlsplit(url)
    qs = urllib.parse.parse_qs(sp.query)
    for k in ("q", "p", "search_query"):
        if k in qs:
            return qs[k][0]
    if sp.path.startswith("/search/") and "spotify" in (sp.hostname or ""):
        return urllib.parse.unquote(sp.path[len("/search/"):])
    return None


# ---------------------------------------------------------------- proxy lines
def status_for(n, blocked):
    if blocked:
        return "TCP_DENIED", 403, rng(n, "dsz", 3100, 4200)
    code = wpick(n, "sqcode", [("TCP_MISS", 14), ("TCP_MISS", 3), ("TCP_REFRESH_MODIFIED", 1)])
    return code, 200, rng(n, "size", 2100, 98000)


def squid_native(ctx, url, blocked=False, method="GET", user=None, plus=0.0):
    n = ctx.n
    code, st, size = status_for(n, blocked)
    host = host_of(url) if "://" in url else url.split(":")[0]
    hier = "HIER_NONE/-" if blocked else "HIER_DIRECT/" + dst_ip(n, host)
    mime = "text/html" if method == "GET" else "-"
    if method == "CONNECT" and not blocked:
        code = "TCP_TUNNEL"
    u = ctx.user if user is None else user
    return "%s %6d %s %s/%03d %d %s %s %s %s %s" % (
        squid_ts(ctx.epoch(plus)), rng(n, "el", 4, 980), ctx.ip, code, st, size, method, url,
        u, hier, mime)


def squid_ukfull(ctx, url, host, mode, method="GET", plus=0.0, blocked=False):
    """logformat ukfull ... %>rd sni=%ssl::>sni bump=%ssl::bump_mode"""
    n = ctx.n
    code, st, size = status_for(n, blocked)
    if method == "CONNECT":
        code, st, size = "TCP_TUNNEL", 200, rng(n, "tsz", 1800, 64000)
    dst = "-" if blocked else dst_ip(n, host)
    return '%s %6d %s %s %s/%03d %d %s %s %s %s "-" "%s" %s sni=%s bump=%s' % (
        squid_ts(ctx.epoch(plus)), rng(n, "el2", 2, 900), ctx.ip, ctx.user, code, st, size,
        method, url, dst, "text/html" if method == "GET" else "-", ctx.ua(),
        host if method == "GET" else url.split(":")[0], host, mode)


def squid_peek(ctx, target, host, mode, plus=0.0):
    n = ctx.n
    return '%s %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=%s' % (
        squid_ts(ctx.epoch(plus)), rng(n, "elp", 0, 3), ctx.ip, target, ctx.ua(), target,
        host, mode)


def clf_line(ctx, url, style, blocked=False, method="GET"):
    n = ctx.n
    code, st, size = status_for(n, blocked)
    if method == "CONNECT":
        code = "TCP_TUNNEL" if not blocked else code
    user = ctx.user if H(n, "clfu") % 10 else "-"
    req = '"%s %s HTTP/1.1"' % (method, url)
    base = "%s - %s [%s] %s %d %d" % (ctx.ip, user, clf_date(ctx.local(), ctx.off), req, st, size)
    hier = "HIER_NONE" if blocked else "HIER_DIRECT"
    ref = pick(n, "ref", ['"-"', '"-"', '"https://www.google.com/"'])
    if style == "common":
        return "%s %s:%s" % (base, code, hier)
    if style == "combined":
        return '%s %s "%s" %s:%s' % (base, ref, ctx.ua(), code, hier)
    return '%s %s "%s"' % (base, ref, ctx.ua())   # apache / nginx combined


E2_DENY = {"adult_content": ("Banned site: %s", "Pornography"),
           "gambling": ("Banned site: %s", "Gambling"),
           "filter_bypass": ("Blocked site (local): %s", "Proxies"),
           "piracy": ("Banned site: %s", "Warez")}


def e2_fields(ctx, url, method, deny, st_size):
    n = ctx.n
    terms = search_terms(url) if method == "GET" else None
    st, size = st_size
    what, cat, weight = "-", "-", str(rng(n, "e2w", 0, 12)) if terms else "0"
    if deny:
        what = "*DENIED* " + (deny[0] % host_of(url))
        cat = deny[1]
        st, size, weight = 403, 0, "0"
    group = "staff" if ctx.staff else "students"
    mime = "text/html" if method == "GET" and not deny else "-"
    return terms, what, cat, weight, st, size, group, mime


def e2_line(ctx, url, fmt, method="GET", deny=None):
    n = ctx.n
    st_size = (200, rng(n, "size", 2100, 98000)) if method == "GET" else (200, rng(n, "tsz", 1800, 64000))
    terms, what, cat, weight, st, size, group, mime = e2_fields(ctx, url, method, deny, st_size)
    user = ctx.user
    if fmt in (2, 4):
        f = [e2_date(ctx.local()), user, ctx.ip, url, what, method, str(size), weight, cat, "1",
             str(st), mime, ctx.ip, group, ctx.ua(), ("0=%s;" % terms) if terms else "-",
             "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % x.replace('"', '""') for x in f)
        return "\t".join(f)
    ms = "%.3f" % ctx.epoch()
    dur = str(rng(n, "e2dur", 1, 40))
    f = [ms, "", user, ctx.ip, ctx.ip, url, method, str(st), str(size), "-", ctx.ua(), "-",
         dur if not deny else "0", "-", "0" if not deny else str(rng(n, "e2x", 300, 600)),
         what, weight, cat, group, "1"]
    return "\t".join(f)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
                    "trans_depth", "method", "host", "uri", "referrer", "version", "user_agent",
                    "origin", "request_body_len", "response_body_len", "status_code",
                    "status_msg", "info_code", "info_msg", "tags", "username", "password",
                    "proxied", "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids",
                    "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
                   "string", "string", "string", "string", "string", "count", "count", "count",
                   "string", "count", "string", "set[enum]", "string", "string", "set[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs",
                   "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool",
                  "bool", "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(ctx, path, fields, types):
    t = ctx.at(-rng(ctx.n, "zopen", 60, 3000))
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", "#path\t%s" % path, "#open\t%s" % t.strftime("%Y-%m-%d-%H-%M-%S"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(ctx, url, tsv):
    n = ctx.n
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    host = sp.hostname
    size = rng(n, "size", 2100, 98000)
    rec = [("ts", round(ctx.epoch(), 6)), ("uid", zeek_uid(n, "h")), ("id.orig_h", ctx.ip),
           ("id.orig_p", ctx.port), ("id.resp_h", dst_ip(n, host)), ("id.resp_p", 80),
           ("trans_depth", 1), ("method", "GET"), ("host", host), ("uri", uri),
           ("version", "1.1"), ("user_agent", ctx.ua()), ("request_body_len", 0),
           ("response_body_len", size), ("status_code", 200), ("status_msg", "OK"),
           ("tags", []), ("resp_fuids", ["F" + hexs(n, "fuid", 17)]),
           ("resp_mime_types", ["text/html"])]
    if not tsv:
        return [json.dumps(dict(rec), ensure_ascii=True)]
    d = dict(rec)
    vals = []
    for f in ZEEK_HTTP_FIELDS:
        v = d.get(f)
        if v is None:
            vals.append("-")
        elif isinstance(v, list):
            vals.append(",".join(v) if v else "(empty)")
        elif f == "ts":
            vals.append("%.6f" % v)
        else:
            vals.append(str(v))
    return zeek_header(ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(vals)]


def qtype_for(n):
    return wpick(n, "qt", [("A", 12), ("AAAA", 5), ("HTTPS", 4)])


QTYPE_NUM = {"A": 1, "AAAA": 28, "HTTPS": 65}


def answer_for(n, dom, qt):
    ip = dst_ip(n, dom)
    if qt == "AAAA":
        return "2a04:4e42:%x::%x" % (rng(n, "v6a", 1, 0xfff), rng(n, "v6b", 1, 0xfff))
    if qt == "HTTPS":
        return "1 . alpn=h2,h3"
    return ip


def zeek_dns(ctx, dom, tsv):
    n = ctx.n
    qt = qtype_for(n)
    ans = answer_for(n, dom, qt)
    ttl = float(rng(n, "ttl", 30, 3600))
    rtt = round(rng(n, "rtt", 300, 90000) / 1e6, 6)
    rec = [("ts", round(ctx.epoch(), 6)), ("uid", zeek_uid(n, "d")), ("id.orig_h", ctx.ip),
           ("id.orig_p", ctx.port), ("id.resp_h", ctx.resolver), ("id.resp_p", 53),
           ("proto", "udp"), ("trans_id", rng(n, "tid", 1, 65535)), ("rtt", rtt),
           ("query", dom), ("qclass", 1), ("qclass_name", "C_INTERNET"),
           ("qtype", QTYPE_NUM[qt]), ("qtype_name", qt), ("rcode", 0), ("rcode_name", "NOERROR"),
           ("AA", False), ("TC", False), ("RD", True), ("RA", True), ("Z", 0),
           ("answers", [ans]), ("TTLs", [ttl]), ("rejected", False)]
    if not tsv:
        return [json.dumps(dict(rec), ensure_ascii=True)]
    vals = []
    for k, v in rec:
        if isinstance(v, bool):
            vals.append("T" if v else "F")
        elif k == "ts":
            vals.append("%.6f" % v)
        elif k == "TTLs":
            vals.append(",".join("%.6f" % x for x in v))
        elif isinstance(v, list):
            vals.append(",".join(v))
        else:
            vals.append(str(v))
    return zeek_header(ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(vals)]


# ---------------------------------------------------------------- DNS server lines
def unbound_lines(ctx, dom, epoch_prefix, blocked, syslog):
    n = ctx.n
    qt = qtype_for(n)
    pid = 700 + H(n, "upid") % 9000
    th = H(n, "uth") % 4
    t = ctx.local()

    def pre():
        if syslog:
            return "<30>%s %s unbound: [%d:%d] " % (sys_date(t), ctx.dnshost, pid, th)
        if epoch_prefix:
            return "[%d] unbound[%d:%d] " % (int(ctx.epoch()), pid, th)
        return "%s unbound[%d:%d] " % (sys_date(t), pid, th)
    out = [pre() + "info: %s %s. %s IN" % (ctx.ip, dom, qt)]
    mode = H(n, "umode") % 3
    if blocked and mode:
        zone = ".".join(dom.split(".")[-2:])
        out.append(pre() + "info: %s. always_nxdomain %s@%d %s. %s IN" % (zone, ctx.ip, ctx.port, dom, qt))
        out.append(pre() + "info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (ctx.ip, dom, qt, len(dom) + 17))
    elif mode == 1:
        out.append(pre() + "info: %s %s. %s IN NOERROR %.6f 0 %d" % (
            ctx.ip, dom, qt, rng(n, "urtt", 2000, 90000) / 1e6, rng(n, "usz", 40, 400)))
    elif mode == 2:
        out.append(pre() + "info: %s %s. %s IN NOERROR 0.000000 1 %d" % (
            ctx.ip, dom, qt, rng(n, "usz", 40, 400)))
    return out


def dnsmasq_lines(ctx, dom, blocked, syslog):
    n = ctx.n
    qt = qtype_for(n)
    pid = 800 + H(n, "dpid") % 9000
    serial = rng(n, "dser", 1, 99999)
    extra = H(n, "dextra") % 3 != 0
    t = ctx.local()
    pre = ("<30>%s %s dnsmasq[%d]: " % (sys_date(t), ctx.dnshost, pid)) if syslog else \
        ("%s dnsmasq[%d]: " % (sys_date(t), pid))
    tag = ("%d %s/%d " % (serial, ctx.ip, ctx.port)) if extra else ""
    out = [pre + tag + "query[%s] %s from %s" % (qt, dom, ctx.ip)]
    follow = H(n, "dfol") % 3
    if blocked and follow:
        out.append(pre + tag + "%s %s is %s" % (
            pick(n, "dblk", ["gravity blocked", "config"]), dom, "0.0.0.0" if qt != "AAAA" else "::"))
    elif follow == 1:
        out.append(pre + tag + "forwarded %s to %s" % (dom, pick(n, "fwd", ["1.1.1.1", "8.8.8.8", "9.9.9.9"])))
        out.append(pre + tag + "reply %s is %s" % (dom, answer_for(n, dom, qt) if qt == "A" else "<HTTPS>" if qt == "HTTPS" else answer_for(n, dom, qt)))
    elif follow == 2:
        out.append(pre + tag + "cached %s is %s" % (dom, answer_for(n, dom, "A")))
    return out


def bind_lines(ctx, dom, rpz, syslog):
    n = ctx.n
    qt = qtype_for(n)
    t = ctx.local()
    addr = "@0x7f%s" % hexs(n, "bptr", 10)
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)DCK", "+E(0)K", "-E(0)K"])
    ms = t.microsecond // 1000
    stamp = "%02d-%s-%d %s.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)
    body = "client %s %s#%d (%s): query: %s IN %s %s (%s)" % (addr, ctx.ip, ctx.port, dom, dom, qt, flags, ctx.resolver)
    rbody = "client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
        addr, ctx.ip, ctx.port, dom, dom, qt, dom)
    if syslog:
        pre = "<30>%s %s named[%d]: " % (sys_date(t), ctx.dnshost, 600 + H(n, "bpid") % 3000)
        out = [pre + body]
        if rpz:
            out.append(pre + rbody)
        return out
    out = ["%s queries: info: %s" % (stamp, body)]
    if rpz:
        out.append("%s rpz: info: %s" % (stamp, rbody))
    return out


# ---------------------------------------------------------------- endpoint
def ep_json(ctx, event, plus=0.0, process=None, title=None, text=None, url=None, tag=""):
    n = ctx.n
    d = [("ts", iso_z(ctx.at(plus)))]
    if H(n, "epsite") % 6:
        d.append(("site", ctx.site_name))
    d += [("device", ctx.device), ("user", ctx.user), ("event", event)]
    if process is not None:
        d.append(("process", process))
    if title is not None or event in ("window_title", "text_capture"):
        d.append(("window_title", title))
    if text is not None:
        d.append(("text", text))
    if url is not None:
        d.append(("url", url))
    elif event == "text_capture" and H(n, "epurl") % 2:
        d.append(("url", None))
    asc = H(n, "epascii" + tag) % 5 == 0
    return json.dumps(dict(d), ensure_ascii=asc)


def chat_window(ctx, app):
    n = ctx.n
    if app == "doc":
        doc = pick(n, "doc", DOCS)
        if H(n, "docapp") % 2:
            return "WINWORD.EXE", "%s.docx - Word" % doc
        return "chrome.exe", "%s - Google Docs - Google Chrome" % doc
    if app == "teams":
        who = pick(n, "tfriend", STAFF if ctx.staff else FRIENDS)
        return "Teams.exe", "Chat | %s | Microsoft Teams" % who
    opts = [("WhatsApp.exe", "WhatsApp"),
            ("Discord.exe", "#general | %s - Discord" % pick(n, "srv", SERVERS)),
            ("Discord.exe", "@%s - Discord" % pick(n, "dfr", FRIENDS)),
            ("chrome.exe", "Snapchat - Google Chrome"),
            ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
            ("msedge.exe", "WhatsApp Web - Personal - Microsoft\u200b Edge"),
            ("Teams.exe", "Chat | %s | Microsoft Teams" % pick(n, "tfr", FRIENDS)),
            ("Telegram.exe", "Telegram"),
            ("chrome.exe", "Messages | TikTok - Google Chrome")]
    return wpick(n, "chatapp", [(o, w) for o, w in zip(opts, [16, 8, 8, 14, 10, 6, 5, 2, 4])])


def split_text(n, text):
    """Typed text may arrive in fragments (same device and window, < 30 s apart)."""
    if len(text) < 18 or H(n, "split") % 100 >= 24:
        return [text]
    parts = 3 if len(text) > 60 and H(n, "split3") % 3 == 0 else 2
    cuts = []
    for k in range(parts - 1):
        lo = int(len(text) * (k + 1) / parts * 0.7)
        hi = int(len(text) * (k + 1) / parts * 1.3)
        cuts.append(rng(n, "cut%d" % k, max(lo, 3), min(hi, len(text) - 2)))
    cuts = sorted(set(cuts))
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return [p for p in out if p]


# ---------------------------------------------------------------- wrapping
def wrap(ctx, line, src, style):
    n = ctx.n
    t = ctx.local()
    host = ctx.host if src in ("squid", "clf", "e2guardian", "zeek-http") else ctx.dnshost
    if src == "endpoint":
        host = ctx.device.lower()
    app = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "zeek-http": "zeek",
           "zeek-dns": "zeek", "unbound": "unbound", "dnsmasq": "dnsmasq", "bind": "named",
           "endpoint": "guardline-agent"}[src]
    pid = 1000 + H(n, "wpid") % 30000
    if style == "3164":
        return "<%d>%s %s %s[%d]: %s" % (pick(n, "pri", [134, 166, 14]), sys_date(t), host, app, pid, line)
    if style == "5424":
        return "<%d>1 %s %s %s %d - - %s" % (pick(n, "pri", [134, 166, 14]), iso_z(ctx.utc), host, app, pid, line)
    files = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
             "e2guardian": "/var/log/e2guardian/access.log", "zeek-http": "/opt/zeek/logs/current/http.log",
             "zeek-dns": "/opt/zeek/logs/current/dns.log", "unbound": "/var/log/unbound/unbound.log",
             "dnsmasq": "/var/log/pihole/pihole.log", "bind": "/var/log/named/queries.log",
             "endpoint": "/var/log/guardline/endpoint.jsonl"}
    env = json.dumps({"ts_received": ctx.at(rng(n, "lag", 31, 59) + rng(n, "lagms", 0, 999) / 1000.0).isoformat(timespec="microseconds"),
                      "host": host, "source": app, "file": files[src], "message": line},
                     ensure_ascii=False)
    return env.replace("/", "\\/")


# ---------------------------------------------------------------- dispatch
KIND_FORMATS = {
    "q": [("squid", 16), ("squid_bump", 6), ("clf_common", 5), ("clf_combined", 7),
          ("clf_apache", 2), ("e2g2", 4), ("e2g4", 4), ("e2g6", 4), ("zeek_http_json", 7),
          ("zeek_http_tsv", 3), ("ep_url", 7), ("ep_title", 10), ("auto", 14)],
    "u": [("squid", 16), ("squid_bump", 6), ("clf_common", 5), ("clf_combined", 7),
          ("e2g2", 3), ("e2g4", 3), ("e2g6", 3), ("zeek_http_json", 6), ("zeek_http_tsv", 2),
          ("ep_url", 12), ("auto", 12)],
    "d": [("unbound", 8), ("unbound_epoch", 5), ("dnsmasq", 10), ("bind", 8),
          ("zeek_dns_json", 7), ("zeek_dns_tsv", 3), ("squid_connect", 6), ("squid_sni", 6),
          ("clf_connect", 3), ("e2g_connect", 4), ("ep_url", 3), ("auto", 10)],
    "t": [("ep_text", 90), ("auto", 8)],
    "s": [("ep_stream", 90), ("auto", 8)],
    "w": [("ep_title", 90), ("auto", 8)],
    "p": [("ep_proc", 90), ("auto", 10)],
    "hb": [("ep_hb", 1)],
}
SRC = {"squid": "squid", "squid_bump": "squid", "squid_connect": "squid", "squid_sni": "squid",
       "clf_common": "clf", "clf_combined": "clf", "clf_apache": "clf", "clf_connect": "clf",
       "e2g2": "e2guardian", "e2g4": "e2guardian", "e2g6": "e2guardian",
       "e2g_connect": "e2guardian", "zeek_http_json": "zeek-http", "zeek_http_tsv": "zeek-http",
       "zeek_dns_json": "zeek-dns", "zeek_dns_tsv": "zeek-dns", "unbound": "unbound",
       "unbound_epoch": "unbound", "dnsmasq": "dnsmasq", "bind": "bind", "ep_url": "endpoint",
       "ep_title": "endpoint", "ep_text": "endpoint", "ep_stream": "endpoint",
       "ep_proc": "endpoint", "ep_hb": "endpoint"}
DNS_SRC = {"unbound", "dnsmasq", "bind"}


def parse_exp(spec):
    expect, allow = [], []
    for tok in spec.split():
        if tok.startswith("+"):
            c = tok[1:]
            assert c in CATS, tok
            allow.append(c)
        else:
            c, lv = tok[:-1], int(tok[-1])
            assert c in CATS and 1 <= lv <= 5, tok
            expect.append({"category": c, "min_level": lv})
    return expect, allow


def render(n, item):
    ctx = Ctx(n, item)
    kind = item["kind"]
    expect, _ = parse_exp(item["exp"])
    ecats = {e["category"] for e in expect}
    blocked = bool(ecats & (BLOCKABLE_DNS if kind == "d" else BLOCKABLE)) and H(n, "blocked") % 3 == 0
    deny = None
    if blocked:
        for c in expect:
            if c["category"] in E2_DENY:
                deny = E2_DENY[c["category"]]
                break
    rtype = wpick(n, "fmt", KIND_FORMATS[kind])
    is_auto = rtype == "auto"
    if is_auto:
        rtype = wpick(n, "autobase", [(a, w) for a, w in KIND_FORMATS[kind] if a != "auto"])
    src = SRC[rtype]
    wrap_p = 45 if is_auto else 8
    wrap_style = None
    if H(n, "wrap") % 100 < wrap_p:
        if src in ("squid", "clf", "e2guardian"):
            wrap_style = pick(n, "wstyle", ["3164", "5424", "env"])
        elif src in DNS_SRC:
            wrap_style = pick(n, "wstyle", ["native", "env"])
        else:
            wrap_style = "env" if (is_auto and H(n, "wenv") % 2) else None
    native_syslog = wrap_style == "native"
    text = item_text(n, item)
    lines = []

    # ---- proxy renderings of a URL
    if kind in ("q", "u"):
        if kind == "q":
            eng = choose_engine(n, item, need_title=(rtype == "ep_title"))
            url, ptitle = search_url(n, eng, text, ctx)
        else:
            url, ptitle = text, item.get("title", "")
        host = host_of(url)
        if rtype == "squid":
            lines = [squid_native(ctx, url, blocked)]
        elif rtype == "squid_bump":
            lines = [squid_peek(ctx, host, host, "bump"), squid_ukfull(ctx, url, host, "bump", plus=0.05, blocked=blocked)]
        elif rtype.startswith("clf_"):
            lines = [clf_line(ctx, url, rtype[4:], blocked)]
        elif rtype.startswith("e2g"):
            lines = [e2_line(ctx, url, int(rtype[3]), deny=deny)]
        elif rtype == "zeek_http_json":
            lines = zeek_http(ctx, url, False)
        elif rtype == "zeek_http_tsv":
            lines = zeek_http(ctx, url, True)
        elif rtype == "ep_url":
            proc, suf = BROWSERS[ctx.browser]
            lines = [ep_json(ctx, "url_visit", process=proc, title=(ptitle + suf) if ptitle else None, url=url)]
        elif rtype == "ep_title":
            proc, suf = BROWSERS[ctx.browser]
            lines = [ep_json(ctx, "window_title", process=proc, title=ptitle + suf)]
        else:
            raise ValueError(rtype)
    elif kind == "d":
        dom = text
        if rtype in ("unbound", "unbound_epoch"):
            lines = unbound_lines(ctx, dom, rtype == "unbound_epoch", blocked, native_syslog)
        elif rtype == "dnsmasq":
            lines = dnsmasq_lines(ctx, dom, blocked, native_syslog)
        elif rtype == "bind":
            lines = bind_lines(ctx, dom, blocked, native_syslog)
        elif rtype == "zeek_dns_json":
            lines = zeek_dns(ctx, dom, False)
        elif rtype == "zeek_dns_tsv":
            lines = zeek_dns(ctx, dom, True)
        elif rtype == "squid_connect":
            lines = [squid_native(ctx, "%s:443" % dom, blocked, method="CONNECT")]
        elif rtype == "squid_sni":
            target = dst_ip(n, dom) if H(n, "intercept") % 2 else dom
            mode = "terminate" if blocked else "splice"
            lines = [squid_peek(ctx, target, dom, mode)]
            if not blocked:
                lines.append(squid_ukfull(ctx, "%s:443" % target, dom, mode, method="CONNECT", plus=0.3))
        elif rtype == "clf_connect":
            lines = [clf_line(ctx, "%s:443" % dom, pick(n, "cstyle", ["common", "combined"]), blocked, method="CONNECT")]
        elif rtype == "e2g_connect":
            lines = [e2_line(ctx, "https://%s:443" % dom, pick(n, "e2f", [2, 4, 6]), method="CONNECT", deny=deny)]
        elif rtype == "ep_url":
            proc, _ = BROWSERS[ctx.browser]
            lines = [ep_json(ctx, "url_visit", process=proc, url="https://%s/" % dom)]
        else:
            raise ValueError(rtype)
    elif kind == "t":
        proc, title = chat_window(ctx, item.get("app", "chat"))
        frags = split_text(n, text)
        plus = 0.0
        for i, fr in enumerate(frags):
            lines.append(ep_json(ctx, "text_capture", plus=plus, process=proc, title=title, text=fr, tag=str(i)))
            plus += rng(n, "gap%d" % i, 1200, 9000) / 1000.0
    elif kind == "s":
        proc, title = chat_window(ctx, item.get("app", "chat"))
        plus = 0.0
        for i, msg in enumerate(text):
            lines.append(ep_json(ctx, "text_capture", plus=plus, process=proc, title=title, text=msg, tag=str(i)))
            plus += rng(n, "sgap%d" % i, 3000, 19000) / 1000.0
    elif kind == "w":
        if item.get("raw"):
            proc = "WINWORD.EXE" if text.endswith("- Word") else "chrome.exe"
            title = text
        else:
            proc, suf = BROWSERS[ctx.browser]
            title = text + suf
        lines = [ep_json(ctx, "window_title", process=proc, title=title)]
    elif kind == "p":
        lines = [ep_json(ctx, "process_start", process=text)]
    elif kind == "hb":
        lines = [ep_json(ctx, "heartbeat")]
    else:
        raise ValueError(kind)

    if wrap_style in ("3164", "5424", "env"):
        lines = [wrap(ctx, ln, src, wrap_style) for ln in lines]
    return ("auto" if is_auto else src), lines


def build():
    order = sorted(range(len(ITEMS)), key=lambda k: hexs(k, "order", 16))
    out = []
    for pos, n in enumerate(order):
        item = ITEMS[n]
        fmt, lines = render(n, item)
        expect, allow = parse_exp(item["exp"])
        rec = {"id": "h23-%04d" % (pos + 1), "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = expect
        if allow:
            rec["allow"] = allow
        out.append(rec)
    return out


def stats(recs):
    pos = [r for r in recs if r["expect"]]
    print("items: %d  positive: %d  negative: %d (%.1f%%)" % (
        len(recs), len(pos), len(recs) - len(pos), 100.0 * (len(recs) - len(pos)) / len(recs)))
    cc = {}
    for r in pos:
        for e in r["expect"]:
            cc.setdefault(e["category"], {}).setdefault(e["min_level"], 0)
            cc[e["category"]][e["min_level"]] += 1
    print("expected categories (count by min_level):")
    for c in CATS:
        lv = cc.get(c, {})
        print("  %-16s %3d  %s" % (c, sum(lv.values()),
                                   " ".join("L%d:%d" % (k, lv[k]) for k in sorted(lv))))
    fc = {}
    for r in recs:
        fc[r["format"]] = fc.get(r["format"], 0) + 1
    print("formats: " + ", ".join("%s=%d" % (k, fc[k]) for k in sorted(fc)))
    multi = sum(1 for r in recs if "lines" in r)
    print("multi-line items: %d  with allow: %d" % (multi, sum(1 for r in recs if "allow" in r)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "heldout23.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    seen = set()
    for it in ITEMS:
        if it["kind"] == "hb":
            continue
        key = (it["kind"], json.dumps(it["text"]))
        assert key not in seen, "duplicate item: %r" % (key,)
        seen.add(key)
    recs = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
    with open(a.out, "wb") as fh:
        fh.write(data)
    if a.stats:
        stats(recs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
