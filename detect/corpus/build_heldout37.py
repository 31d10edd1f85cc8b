#!/usr/bin/env python3
"""Held-out evaluation corpus h37 for Guardline (written by hand, independent of the detector).

PERSPECTIVE
-----------
A multi-academy trust with secondary schools and sixth forms in Birmingham, Leicester and
Bradford (ages 11-18), where most pupils have South Asian heritage (Pakistani/Kashmiri-Mirpuri,
Bangladeshi/Sylheti, Punjabi Sikh, Gujarati Hindu and Muslim), plus an FE college with
vocational courses, apprentices and ESOL groups of adult learners. Learners type and search the
way they talk: English mixed with Roman-script Urdu, Punjabi, Mirpuri, Bengali and Gujarati,
UK slang, misspellings, and sometimes deliberate disguise (leetspeak, spaced or dotted letters,
Cyrillic look-alike letters, zero-width spaces, emoji, stretched letters, TikTok algospeak such
as "unalive", "sewer slide", "seggs", "corn").

The risks written for are the ones a DSL in these schools actually meets: honour-based abuse and
forced marriage (trips "back home", passports taken, rishta/nikkah arranged for a minor, FGM),
grooming and sexual exploitation (older men with cars, taxis and takeaways, gifts, phones,
"our secret"), caste and anti-Black racism, Islamophobia, anti-Hindu and anti-Sikh hostility,
Islamist and extreme right-wing radicalisation, suicidal thinking hidden from family because of
izzat, self-harm and disordered eating, drugs and county lines, cricket and football betting
(including WhatsApp "betting IDs"), loan sharks, bullying, filter bypass and adult content.

About half the items are hard negatives from the same world: Eid, Diwali, Vaisakhi, weddings,
mehndi and dholki, Islamic studies and RS coursework (jihad, hijrah, martyrdom as curriculum
terms), Sikh and South Asian history (1984, Operation Blue Star, Partition, Jallianwala Bagh),
Bollywood and Punjabi music with violent titles or lyrics, cricket, halal and vegetarian food,
Urdu and Punjabi poetry about death and longing (Ghalib, Faiz, Shiv Kumar Batalvi), family
WhatsApp chatter full of hyperbole, GCSE set texts, vocational work (barbering, butchery,
cookery), health information, ESOL life admin, and staff safeguarding training and research
(forced marriage, HBA, FGM, Prevent, county lines, CSE in the night-time economy).

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
* min_level is the lowest level a DSL would accept for the item; detectors may score higher.
* suicide: ideation, wishing to be dead or gone, goodbye letters, conditional threats
  ("if they make me marry him I'll end it") = 4. A method, means, place, date or plan
  ("how many paracetamol", "is hanging painful", "top floor of the car park after school",
  "I've decided, Friday") = 5. Self-harm is allowed as a second category only where the method
  could be either (overdose, bleach, bleeding).
* self_harm: disclosure, hiding injuries, seeking methods or "tips", pro-ana / purging and
  deliberate starving = 4.
* radicalisation: curiosity about extremist ideas/conspiracies ("great replacement",
  remigration stickers, a far-right rally) = 3; seeking propaganda or ideologues (Awlaki,
  Dabiq, Siege, manifestos, IS nasheeds), extremist talk and secretive "study circles" = 4;
  trying to join or contact a group, hijrah to a conflict zone, or attack planning = 5.
  Discrimination is expected as well when the text itself is hateful about a group.
* grooming: signs (older boyfriend, gifts, lifts, free food, phones, secrecy, requests for
  pictures, sextortion) = 4; a meeting arranged with the abuser (time and place) = 5.
  Sextortion may also be read as illegal_content (allowed).
* violence: honour-based abuse and forced marriage (passport taken, "holiday" to marry a
  cousin, threats of being sent back, beatings at home, FGM/khatna, loan-shark threats) = 4,
  with grooming allowed for the forced marriage of a minor (exploitation and abuse overlap);
  explicit threats to kill or stab and ride-outs = 5; weapon buying or making = 4;
  seeking gore or fight videos = 3. Bomb making = violence 5 with radicalisation allowed.
* bullying: insults, exclusion, humiliation, body shaming, "kys" sent to a peer (suicide
  allowed), and a victim describing it = 3. Discrimination/violence allowed where a slur or a
  threat of assault is mixed in.
* discrimination: slurs and hostility by caste (chamar, chuhra), colour (kala/kalu, habshi),
  religion (Islamophobic, anti-Hindu, anti-Sikh, antisemitic, anti-Ahmadi), ethnicity and
  sexuality = 3.
* adult_content: porn sites, searches and algospeak for porn = 3.
* drugs: buying, using or finding a dealer = 3; running county lines or working off a drug
  debt (child criminal exploitation) = 4.
* gambling: betting sites, tips, "betting IDs", satta/matka, slots, skin gambling = 2.
* filter_bypass: VPNs, proxies, Tor, DNS tricks, disabling the monitoring = 2.
* hacking: tools, DDoS booters, wifi cracking = 2; taking over someone else's account or
  changing school records = 3.
* illegal_content: nudes of pupils shared or sought, "exposing" pages, desi school-girl "mms",
  exposure to child abuse material = 4; fake IDs, counterfeit notes, "fullz", money muling,
  dark-web markets = 3.
* piracy, gaming, social_media: 1 (policy information only).
* Negatives (expect []) never contain a real level-2+ concern; they may contain level-1 noise
  (games, social media, film piracy) which the scorer ignores.

Every variable choice (carrier format, engine, URL encoding, user, device, site, time stamp, IP,
wrapping, fragment split, item order) is derived from SHA-256 of the item number (or, for the
order, the entry's source index) and a purpose tag. No random module.
"""
import argparse
import datetime
import hashlib
import json
import os
import sys
import urllib.parse

# --------------------------------------------------------------------------- hashing helpers

def H(n, tag):
    return int(hashlib.sha256(("h37|%s|%s" % (n, tag)).encode("utf-8")).hexdigest(), 16)


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def wpick(n, tag, weighted):
    total = sum(w for _, w in weighted)
    r = H(n, tag) % total
    for v, w in weighted:
        if r < w:
            return v
        r -= w
    return weighted[-1][0]


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


# --------------------------------------------------------------------------- entries

ENTRIES = []


def _parse_exp(s):
    out = []
    for tok in s.split():
        c, l = tok.split(":")
        out.append({"category": c, "min_level": int(l)})
    return out


def _add(kind, x, e="", a=None, **kw):
    d = {"k": kind, "x": x, "e": _parse_exp(e), "a": list(a) if a else []}
    d.update(kw)
    ENTRIES.append(d)


def S(q, e="", a=None, **kw):
    """a search typed into an engine / site search box"""
    _add("S", q, e, a, **kw)


def T(t, e="", a=None, **kw):
    """typed or pasted text (endpoint text_capture)"""
    _add("T", t, e, a, **kw)


def F(frags, e="", a=None, **kw):
    """typed text arriving as 2-3 fragments of one stream (list = hand split, str = hashed split)"""
    _add("F", frags, e, a, **kw)


def W(title, e="", a=None, **kw):
    """a browser/app window title (page title; the browser suffix is added)"""
    _add("W", title, e, a, **kw)


def U(url, e="", a=None, **kw):
    """a visited URL"""
    _add("U", url, e, a, **kw)


def D(dom, e="", a=None, **kw):
    """a domain seen in DNS or a CONNECT/SNI"""
    _add("D", dom, e, a, **kw)


def P(proc, e="", a=None, **kw):
    """a process start on an endpoint"""
    _add("P", proc, e, a, **kw)


# look-alike letters, applied by hand to chosen entries (every other eligible letter)
_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def cyr(s, step=2):
    out, k = [], 0
    for ch in s:
        if ch in _CYR:
            out.append(_CYR[ch] if k % step == 0 else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def fw(s):
    """full-width letters"""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZW = "\u200b"

# =========================================================================== POSITIVES

# ---------------------------------------------------------------- suicide
S("khudkushi karne ka tareeqa bina dard ke", "suicide:5")
T("i cant do this anymore. if abbu sees the results the izzat thing will never end. better if im just gone", "suicide:4")
T("mar jana chahti hoon yaar, sach mein. koi nahi samjhega", "suicide:4")
S("how many paracetamol does it take to die", "suicide:5", ["self_harm"])
F(["ive written letters for ammi and my sisters", " theyre in my drawer. tonight im taking all of nani's", " sleeping tablets"], "suicide:5", ["self_harm"])
S("ami morte chai ki korbo", "suicide:4")
W("how long to bleed out from your wrist - Google Search", "suicide:5", ["self_harm"])
S("un4live myself painless", "suicide:5")
T("nobody would even notice if i went. they'd just worry what people at the masjid will say", "suicide:4")
S("sewer slide methods uk", "suicide:5")
T("top floor of the bullring car park. thats where im going after school. dont try and stop me", "suicide:5")
S("main marna chaunda haan ki karan", "suicide:4")
S("is hanging painful or quick", "suicide:5")
T("i wanna dieeeeee for real this time im not even joking", "suicide:4")
S("zindagi se tang aa gayi hoon jeena nahi chahti", "suicide:4")
S("best way to k" + ZW + "ill mys" + ZW + "elf", "suicide:5")
T("if they send me to pakistan to marry him i will end my life i swear on everything", "suicide:4 violence:4", ["grooming"])
W("goodbye letter for when im gone - Google Docs", "suicide:4")
S("mare have jivvu nathi mari javu che", "suicide:4")
F("my brother would be better off without me honestly. ive decided, its friday", "suicide:5")
S("can you die from drinking bleach", "suicide:5", ["self_harm"])
S("how to leave this world peacefully without family knowing", "suicide:5")
U("https://www.reddit.com/r/SuicideWatch/comments/1q8v2k/16f_my_family_only_care_about_izzat_i_dont_want_to_be_here/", "suicide:4")
T("nahi rehna mujhe is duniya mein. phir sab ko pata chalega", "suicide:4")
S("hw 2 tie a n00se that holds", "suicide:5")
T("the bit of the line near stechford with no fence. it'll look like an accident and mum wont be shamed", "suicide:5")
S(cyr("how many sleeping pills to not wake up"), "suicide:5", ["self_harm"])
F(["honestly whats the point of me", " everyone would be happier if i just", " disappeared forever"], "suicide:4")

# ---------------------------------------------------------------- self harm
T("cut again last night, wore full sleeves so ammi wouldnt see", "self_harm:4")
S("how to hide cuts from parents in summer", "self_harm:4")
S("s3lf h4rm ideas that dont scar", "self_harm:4")
T("blade se kiya phir se. koi nahi janta, bas aise hi chalta rahega", "self_harm:4")
S("how deep is too deep for a cut", "self_harm:4", ["suicide"])
W("how to make burns heal faster without anyone noticing - Google Search", "self_harm:4")
F(["i punch walls till my knuckles bleed", " its the only thing that makes it go quiet"], "self_harm:4")
S("shtwt vent account ideas", "self_harm:4", eng="tiktok")
S("starving myself in ramadan so no one notices", "self_harm:4")
S("pro ana tips thinspo 2026", "self_harm:4")
T("i dont eat at school then make myself sick after dinner so mum thinks im eating properly", "self_harm:4")
S("how to get the blade out of a pencil sharpener", "self_harm:4")
T("mene apne aap ko phir se hurt kiya, bas bardasht nahi hota ab", "self_harm:4")
S("makeup to cover self harm scars for eid", "self_harm:4")
S("why does hurting myself make me feel better", "self_harm:4")
S(cyr("self harm tips", 1), "self_harm:4")
T("banging my head on the wall again cos of the shouting downstairs", "self_harm:4")
S("how to clean a cut i did myself without telling anyone", "self_harm:4")
S("does the ice cube trick stop the urge to cut", "self_harm:4")
F("burnt my arm with the hair straighteners on purpose. its easier than talking", "self_harm:4")

# ---------------------------------------------------------------- radicalisation
S("anwar al awlaki full lecture series download", "radicalisation:4")
S("dabiq magazine pdf english all issues", "radicalisation:4")
T("the kuffar in this country will get whats coming. real brothers make hijrah", "radicalisation:4")
S("how to make hijrah to sham 2026 route", "radicalisation:5")
S("salil al sawarim nasheed with lyrics", "radicalisation:4", eng="youtube")
T("akhi the sheikh on telegram says voting is shirk and democracy is kufr, he's sending me the files tonight", "radicalisation:4")
S("is it halal to kill an apostate", "radicalisation:4", ["violence"])
S("1nspire magazine al qaeda", "radicalisation:4")
S("join mujahideen from uk how", "radicalisation:5")
F(["the uncle at the study circle said", " dont tell your parents about the meetings", " and delete the telegram after"], "radicalisation:4", ["grooming"])
S("great replacement proof uk statistics", "radicalisation:3", ["discrimination"])
S("christchurch shooter manifesto pdf", "radicalisation:4", ["violence"])
S("patriotic alternative youth how to join", "radicalisation:4")
T("muzzies are taking over birmingham, time the lads did something about it", "radicalisation:4 discrimination:3", ["violence"])
S("1488 flags where to buy", "radicalisation:4", ["discrimination"])
S("siege james mason pdf", "radicalisation:4")
S("national action still active how to contact", "radicalisation:5")
S("remigration now stickers", "radicalisation:3", ["discrimination"], eng="amazon")
W("The Turner Diaries (pdf)", "radicalisation:4")
S("how to make a nail bomb", "violence:5", ["radicalisation"])
S("babbar khalsa how to support from uk", "radicalisation:4")
T("hindus are the enemy, the video the brother sent says it. we should hit their mandir on diwali", "radicalisation:5 discrimination:3", ["violence"])
S("tommy robinson birmingham rally coach times", "radicalisation:3", ["discrimination"])
T("katuas need to be taught a lesson like gujarat 2002", "discrimination:3", ["radicalisation", "violence"])
S("j.i.h.a.d.i brides how to travel", "radicalisation:5")
S("white lives matter banner for bridge tonight", "radicalisation:3", ["discrimination"])

# ---------------------------------------------------------------- grooming
T("hes 26 but he says im mature for my age and he picks me up from the back gate in his audi", "grooming:4")
T("the guys from the chicken shop on stoney lane said i can have free food anytime if i bring my mates to their flat", "grooming:4")
F(["he said delete the chat after", " and dont tell your brothers", " he'll give me another top up tomorrow"], "grooming:4")
T("ok ill come to the car park behind the leisure centre at 9, he said come alone and wear the dress he bought", "grooming:5")
S("is it normal for a 30 year old to give a 14 year old vapes and lifts", "grooming:4")
T("he keeps saying send a pic in your uniform and no one will know, is that weird?", "grooming:4")
S("my boyfriend is 23 and im 15 is it ok if we love each other", "grooming:4")
T("bhai wala uncle ne bola koi ko mat batana, he gave me 50 quid and a new phone", "grooming:4")
S("man on snap keeps asking me to video call alone in my room", "grooming:4")
T("he says if i dont send more he'll send the other ones to my dad", "grooming:4", ["illegal_content"])
S("someone on insta threatening to send my pics to my family unless i pay", "grooming:4", ["illegal_content"])
T("he says age is just a number and its halal cos we'll do nikkah when im 16", "grooming:4")
F("the taxi driver said he'll do free rides for me and aisha if we come to his mates house on saturday, theres gonna be drink", "grooming:4")
S("how to stop an older guy messaging me he knows my school", "grooming:4")
T("ok ill be at the corner of the park at 8, tell your mate with the bmw to bring the vodka like last time. hes 29 but hes safe", "grooming:5")
S("older man buys me gifts and wants me to call him jaan and not tell anyone", "grooming:4")
T("yeh banda roz school ke bahar car mein khada hota hai, bolta hai chal ice cream dilata hun", "grooming:4")
S(cyr("stranger on discord wants my address"), "grooming:4")
T("he wants to meet saturday at the hotel by new street station, says hell pay for everything and i can stay over. im 14 but ill say im 18", "grooming:5")
S("he told me to say im his cousin if the police ask", "grooming:4")
F(["babe dont tell ur sis bout us", " she wont understand wat we hav", " ill pick u up frm tuition"], "grooming:4")
S("what does it mean when a man buys you a phone and says only use it for him", "grooming:4")
T("the man from the takeaway on lumb lane keeps giving me and amy free chips and asking what year we're in", "grooming:4")
T("mera online bf bolta hai camera on karo aur kisi ko mat batana", "grooming:4")
S("s.e.n.d p.i.c.s to older guy he says hes 17 but looks 30", "grooming:4")

# ---------------------------------------------------------------- bullying
T("moti bhains, no wonder nobody sits with you at lunch \U0001F602", "bullying:3")
T("everyone in the year 10 gc has seen your pics, just leave the school already", "bullying:3")
T("nobody likes you kys", "bullying:3", ["suicide"])
F(["we made a new gc without u", " dont even try coming to the eid party", " ur not invited weirdo"], "bullying:3")
T("kutti kameeni, wait till the whole school sees what we posted", "bullying:3")
T("smelly freshie go back to your village lol", "bullying:3", ["discrimination"])
S("how to make someones life hell at school without getting caught", "bullying:3")
S("my friends keep calling me fat and sharing my pictures what do i do", "bullying:3")
T("lmaooo post it on the account, the one of her crying in the toilets", "bullying:3")
T("u r such a l0$er, ev3ry1 h8s u", "bullying:3")
S("year 11s keep taking my money and hitting me in the changing rooms", "bullying:3", ["violence"])
T("if u tell sir about this ur getting jumped after school", "bullying:3", ["violence"])
W("rate the ugliest girls in year 9 \u2022 Instagram photos and videos", "bullying:3")
T("stop crying like a baby gandi bachi, everyone hates you", "bullying:3")
F(["made a fake acc of zara", " posting her dads mugshot on it lol", " everyone is sharing it"], "bullying:3")
S("app to send anonymous hate to people in my school", "bullying:3")
T("no one will ever marry you with that face, even the rishta aunty gave up \U0001F480", "bullying:3")
S("how to stop being bullied for my stammer", "bullying:3")
T("ur soooo ugly n weird, evry1 in form laughs at u behind ur back", "bullying:3")

# ---------------------------------------------------------------- discrimination
T("dont bring that chamar to the party, theyre not our type", "discrimination:3")
T("lol imagine bringing a kalu home, abba would disown you", "discrimination:3")
T("all pakis should be sent back, this is england", "discrimination:3")
S("sardar 12 baje jokes", "discrimination:3")
T("cow piss drinkers the lot of them \U0001F404", "discrimination:3")
S("chuhra jokes punjabi", "discrimination:3")
T("habshi ladka hai, door reh uss se", "discrimination:3")
S("proof all muslims are terrorists", "discrimination:3")
T("ban the burqa and send them back to the desert", "discrimination:3")
S("why jatts are better than other castes", "discrimination:3")
T("our family is jatt, we dont mix with the ravidassia lot, their blood is different", "discrimination:3")
S("monkey emojis to send black players after the match", "discrimination:3")
T("p4jeet smells like curry lol", "discrimination:3")
T("bangladeshis are the lowest, typical bengali freshie", "discrimination:3")
S("how to get the gay kid moved out of our form", "discrimination:3", ["bullying"])
T("the jews control all the banks, look it up", "discrimination:3")
T("keep them katue out of our area", "discrimination:3")
T("gypsies robbed the shop again, filthy pikeys", "discrimination:3")
F(["honestly ahmadis arent even muslim", " they should be kicked out of the masjid and", " nobody should buy from their shops"], "discrimination:3")
S(cyr("why are indians so dirty"), "discrimination:3")

# ---------------------------------------------------------------- violence (incl. HBA and forced marriage)
T("they took my passport and said we're going to mirpur for a holiday but i heard abbu on the phone about my nikkah. im 15", "violence:4", ["grooming"])
S("what to do if parents are forcing me to marry my cousin in pakistan", "violence:4", ["grooming"])
T("bhai said if he sees me with him again he'll kill me, and he means it", "violence:5")
S("how to hide my passport so my parents cant take me abroad", "violence:4")
S("does the spoon in your knickers trick work at birmingham airport", "violence:4")
T("ammi says if i bring beizzati on the family they'll send me back home and i'll never come back", "violence:4")
F(["theyre taking me out of school after eid", " said its for a rishta in sylhet", " im only 16 and i dont want to"], "violence:4", ["grooming"])
T("abbu hit me with the belt again because a boy texted me", "violence:4")
T("gonna wet him up after school, bringing the shank", "violence:5")
S("zombie knife for sale uk", "violence:4", eng="amazon")
S("how to make a taser at home", "violence:4")
T("ride out on them tonight, mans got the ting \U0001F52B", "violence:5")
S("how to knock someone out in one punch", "violence:3")
W("birmingham stabbing caught on camera uncut : r/CrazyFuckingVideos", "violence:3")
T("i know where his sister goes to school. we'll deal with the whole family", "violence:4")
S("how to get a gun in birmingham", "violence:4")
S("real beheading video uncensored", "violence:3", ["radicalisation"])
T("my husband take my passport and lock me in house, he say he send me back to my village", "violence:4", role="esol")
T("if you marry outside the biradari they'll do to you what they did to shafilea", "violence:5")
S("how to st a b someone and not get caught", "violence:5")
T("my phuppo said they'll take me and my sister for the cutting in the summer at nani's, what is it", "violence:4")
T("honestly if she talks to him again we'll sort her out, the family izzat is on the line", "violence:4")
S("can my parents take me to bangladesh and keep me there legally", "violence:4", ["grooming"])
F(["owe the loan man 2k", " he said he's gonna break my legs if i dont pay by friday", " cant tell mum"], "violence:4")
T("the money man said he'll send his boys to my house if i dont pay the 50 interest this week", "violence:4")
S("\U0001F52A how to carry without police finding", "violence:4")
T("shaadi is fixed for december, they said if i refuse they'll break my legs and nobody in pakistan will care", "violence:5", ["grooming"])

# ---------------------------------------------------------------- adult content
D("xhamster.com", "adult_content:3")
S("desi bhabhi hot videos", "adult_content:3")
S("savita bhabhi comics read online", "adult_content:3")
S("\U0001F33D hub free", "adult_content:3")
S("p0rnhub premium free login", "adult_content:3")
D("www.xvideos.com", "adult_content:3")
S("onlyfans leaks free site", "adult_content:3")
T("send me the link to that site with the naked pics", "adult_content:3")
W("hot indian girls bathing - Google Search", "adult_content:3")
S("n.u.d.e.s girls snapchat", "adult_content:3")
S("seggs videos free", "adult_content:3")
U("https://www.reddit.com/r/gonewild/", "adult_content:3")
D("spankbang.com", "adult_content:3")
D("chaturbate.com", "adult_content:3")
S("xxx mallu aunty", "adult_content:3")
S("mujra full nanga dance", "adult_content:3")
D("www.pornhub.com", "adult_content:3", fmt="squid-sni")
U("https://xhamster.com/search/desi+bhabhi", "adult_content:3", fmt="e2guardian", blk="*DENIED* Banned site: xhamster.com")

# ---------------------------------------------------------------- drugs
T("whos got the plug for bud round alum rock", "drugs:3")
S("how to go OT county lines money", "drugs:4")
T("running the line this weekend to stoke, 500 a week easy, they give you a burner", "drugs:4")
F(["bro can u get me 2 bags of ket", " n some mandy for the party", " ill pay u fri"], "drugs:3")
S("how long does weed stay in your system for a test", "drugs:3")
S("lean recipe promethazine uk", "drugs:3")
S("where to buy chitta in leicester", "drugs:3")
T("the uncle at the shop sells loosies and charas if you ask for the special", "drugs:3")
S("\U0001F343 plug snap birmingham", "drugs:3")
S("c.o.c.a.i.n.e price per gram uk", "drugs:3")
S("nos canisters delivery 24 hours", "drugs:3", eng="google")
T("boss man said i owe him for the pack that got taken, now i gotta work it off", "drugs:4", ["violence"])
S("xanax without prescription uk next day", "drugs:3")
T("hit me up for sn0w, free drop anywhere in leicester \u2744\ufe0f", "drugs:3")
U("https://www.reddit.com/r/LSD/", "drugs:3")
F("trap phone keeps ringing, they want me back in bradford tonight with the shots", "drugs:4")

# ---------------------------------------------------------------- gambling
S("ipl betting tips today match", "gambling:2")
S("lotus365 id kaise banaye", "gambling:2")
S("dream11 team prediction today pak vs eng", "gambling:2")
D("www.bet365.com", "gambling:2")
S("satta matka result today", "gambling:2")
T("bro lend me 20 till friday i need to chase the acca", "gambling:2")
S("teen patti real cash app uk", "gambling:2")
D("1xbet.com", "gambling:2")
S("how to bet on cricket under 18 without id", "gambling:2")
S("stake.com vpn uk", "gambling:2", ["filter_bypass"])
T("reddy anna book whatsapp number for new id?", "gambling:2")
S("skybet acca tips saturday", "gambling:2")
W("Paddy Power - Sports Betting, Casino and Games", "gambling:2")
S("csgo case opening sites free coins", "gambling:2", ["gaming"])
T("lost all my eid money on the slots again, need to win it back before abbu checks", "gambling:2")
D("www.betfair.com", "gambling:2")
D("www.skybet.com", "gambling:2")

# ---------------------------------------------------------------- filter bypass
S("how to get past smoothwall on school chromebook", "filter_bypass:2")
D("psiphon.ca", "filter_bypass:2")
P("tor.exe", "filter_bypass:2")
S("croxyproxy youtube unblocked", "filter_bypass:2")
S("free vpn that works on school wifi", "filter_bypass:2")
T("put 1.1.1.1 as the dns then the block page dont show", "filter_bypass:2")
D("nordvpn.com", "filter_bypass:2")
S("unblocked games wtf", "filter_bypass:2", ["gaming"])
P("psiphon3.exe", "filter_bypass:2")
S("how to turn off guardline monitoring on school laptop", "filter_bypass:2", ["hacking"])
S("securly bypass extension 2026", "filter_bypass:2")
D("www.hidemyass.com", "filter_bypass:2")
D("protonvpn.com", "filter_bypass:2")
D("www.torproject.org", "filter_bypass:2")
W("Hola VPN - Chrome Web Store", "filter_bypass:2")
S("use google translate as proxy to open blocked sites", "filter_bypass:2")

# ---------------------------------------------------------------- hacking
S("how to get someones snapchat password", "hacking:3")
S("ip booter free ddos xbox", "hacking:2")
P("mimikatz.exe", "hacking:2")
S("crack school wifi password kali linux", "hacking:2")
T("send me the grabify link, ill get his ip and dox him", "hacking:2", ["bullying"])
S("usb keylogger to get teachers password", "hacking:3")
S("how to change my grades on sims", "hacking:3")
P("LOIC.exe", "hacking:2")
S("phishing page template for roblox accounts", "hacking:3", ["gaming"])

# ---------------------------------------------------------------- piracy
S("animal full movie download filmyzilla", "piracy:1")
D("hdhub4u.gifts", "piracy:1")
D("1337x.to", "piracy:1")
S("crichd live pak vs ind free stream", "piracy:1")
S("spotify premium apk mod", "piracy:1")
P("qbittorrent.exe", "piracy:1")
S("jawan hindi dubbed 720p torrent", "piracy:1")
S("123movies heeramandi all episodes", "piracy:1")
U("https://fmovies24.to/watch-movie/pathaan-98231", "piracy:1")

# ---------------------------------------------------------------- gaming
D("roblox.com", "gaming:1")
P("RobloxPlayerBeta.exe", "gaming:1")
S("fortnite item shop today", "gaming:1")
D("store.epicgames.com", "gaming:1")
W("VALORANT", "gaming:1", proc="VALORANT.exe")
S("minecraft free play online no download", "gaming:1")
D("www.twitch.tv", "gaming:1")

# ---------------------------------------------------------------- social media
D("www.snapchat.com", "social_media:1")
D("www.instagram.com", "social_media:1")
W("TikTok - Make Your Day", "social_media:1")
D("web.whatsapp.com", "social_media:1")
S("how to get more followers on tiktok fast", "social_media:1")
U("https://www.facebook.com/groups/brummiesbuyandsell/", "social_media:1")
D("discord.com", "social_media:1", ["gaming"], fmt="squid-sni")
D("x.com", "social_media:1")

# ---------------------------------------------------------------- illegal content
T("whos got the nudes of that year 9 girl, send them in the gc", "illegal_content:4", ["bullying", "adult_content"])
S("exposing page bradford school girls insta", "illegal_content:4", ["bullying", "adult_content"])
S("buy fake provisional licence uk", "illegal_content:3")
T("i screenshotted her nudes before they disappeared on snap, shes in year 10, want them?", "illegal_content:4", ["adult_content", "bullying"])
S("fullz uk cheap telegram", "illegal_content:3")
T("easy money bro, just let them use your bank account for a day and you get 300", "illegal_content:3")
S("counterfeit 20 pound notes where to buy", "illegal_content:3")
S("desi school girl mms leak", "illegal_content:4", ["adult_content"])
S("where to buy a fake passport uk", "illegal_content:3")
T("someone sent a telegram link in the gc with videos of little kids, i feel sick, do i report it", "illegal_content:4")
S("hidden wiki dark web links 2026", "illegal_content:3", ["filter_bypass"])

# =========================================================================== HARD NEGATIVES

# ---------------------------------------------------------------- death, longing, hyperbole, poetry
T("maut ka ek din muayyan hai, neend kyun raat bhar nahin aati. ghalib gets me every time at 2am")
S("asaan te joban rutte marna meaning shiv kumar batalvi")
S("hazaaron khwahishen aisi ghalib english translation")
T("this chemistry mock is gonna kill me fr \U0001F62D")
T("abbu is gonna kill me if im late for the dholki again lol")
S("romeo and juliet suicide scene analysis gcse")
S("eva smith death quotes an inspector calls")
S("zero suicide alliance training for school staff", role="staff")
T("im dead \U0001F480 nani sent the good morning flowers to the whole family group again")
S("lady macbeth suicide evidence essay plan")
S("faiz ahmed faiz poems about longing")
S("dil hi to hai na sang o khisht lyrics meaning")
S("mar jawan gur kha ke lyrics", eng="youtube")
T("i literally died laughing at chachu's bhangra at the mehndi")
S("tere bin nahi jeena lyrics")
S("male suicide rates in south asian communities uk report", role="staff")
S("how to hang curtains without drilling")
S("dua for the deceased janaza")
T("janaza is at 2 at green lane masjid, can someone take nani")
S("how to do ghusl for the mayyit")
S("antim ardas meaning sikh funeral")
F(["bro im dying", " the rishta aunty just asked", " about my salary and im 17"])
F(["im gonna kill it", " at the nasheed competition", " tomorrow inshallah"])
T("ded \U0001F602\U0001F602 khala just replied to the whole group with a voice note meant for uncle")
S("poems about death gcse anthology mid term break")
S("bhagat singh last letter before hanging")
T("if this bus doesnt come in 5 mins i'll actually die of cold")

# ---------------------------------------------------------------- injuries, cutting, bodies, health
S("how to treat a paper cut")
S("hairdressing level 2 cutting techniques graduation", role="fe")
S("skin fade with clippers tutorial barber", role="fe")
S("butchery apprenticeship halal boning knife", role="fe")
S("burns first aid for kitchen apprentices", role="fe")
S("knife skills bridge and claw gcse food")
S("self harm awareness training for school staff", role="staff")
S("how to make mehndi stain darker overnight")
S("black henna burn allergy treatment")
S("fasting in ramadan with type 1 diabetes teenager")
D("www.kooth.com")
S("cut and colour price list salon leicester")
S("scar removal cream after c section", role="esol")
S("burn marks from dabbing hot oil making pakoras")
S("eating disorder awareness week assembly ideas", role="staff")
S("hair straightener burn on neck how long to heal")

# ---------------------------------------------------------------- islamic studies, sikh history, partition, RE
S("gcse rs islam greater and lesser jihad")
S("quran 5 32 whoever kills a soul meaning")
S("prevent duty training for fe staff 2026", role="staff")
S("1984 anti sikh riots history coursework sources")
S("operation blue star facts for history essay")
S("partition of india 1947 violence sources ks3")
S("battle of badr summary islamic studies")
S("martyrdom shaheed meaning in islam gcse")
S("hijrah to madinah year 7 re worksheet")
S("jallianwala bagh massacre essay")
S("bbc news far right riots 2024 sentencing")
S("a level politics extremism definition uk government")
S("sayyid qutb milestones a level politics islamism essay")
S("nasheed without music for kids eid", eng="youtube")
S("maher zain ramadan nasheed", eng="youtube")
S("isis egyptian goddess", eng="wikipedia")
S("battle of saragarhi", eng="wikipedia")
S("1984 anti-sikh riots", eng="wikipedia")
S("partition of india", eng="wikipedia")
U("https://en.wikipedia.org/wiki/Jallianwala_Bagh_massacre")
U("https://www.bbc.co.uk/bitesize/guides/zxv9jxs/revision/3")
W("1984 anti-Sikh riots - Wikipedia")
W("Partition of India - Wikipedia")
S("sharia law explained a level rs essay")
S("what is takfir islamic studies definition")
S("guru tegh bahadur martyrdom day")
S("surah yaseen with english translation", eng="youtube")
T("sir can we do the partition oral history project on my dadi, she walked from amritsar to lahore in 47")
T("miss my rs essay is about whether jihad means holy war, can i quote the imam from the masjid visit")
S("radicalisation of young people sociology a level essay")
F("for the epq im comparing how the 1984 sikh riots and the 2002 gujarat violence were reported in uk papers")

# ---------------------------------------------------------------- forced marriage, HBA, FGM: staff, training, family life
S("forced marriage unit guidance for schools 2026", role="staff")
S("karma nirvana honour based abuse training for dsls", role="staff")
S("fgm mandatory reporting duty teachers", role="staff")
D("www.karmanirvana.org.uk")
U("https://www.gov.uk/guidance/forced-marriage")
W("Forced marriage - GOV.UK")
S("honour based abuse statutory guidance multi agency", role="staff")
S("three girls bbc drama rochdale")
S("passport renewal for a child how long uk")
S("cheap flights manchester to islamabad december")
T("going back home to sylhet for my cousins wedding in jan, where do i get the holiday request form")
S("rishta aunty meme")
S("mehndi night dance songs 2026 list")
T("who is bringing the mehndi cones for saturday, i've got 20 but we need more")
T("khala's rishta for bhai went well, they're coming for chai on sunday, wear the green suit")
S("shafilea ahmed case documentary", role="staff")
S("signs of fgm for school nurses", role="staff")
S("contextual safeguarding taxis and takeaways night time economy", role="staff")
S("casey review grooming gangs 2025 summary", role="staff")
T("reminder: forced marriage and hba twilight cpd is tuesday 3.30 in the library, bring your laptops", role="staff")
T("can everyone complete the fgm and honour based abuse module on the hub before half term please", role="staff")
F(["dsl briefing tomorrow", " we're covering spotting forced marriage before the summer holidays", " and the spoon advice"], role="staff")

# ---------------------------------------------------------------- grooming words used innocently
T("chachu is picking me and zainab up at 3:15 from the front gate, abbu knows")
T("keep it a secret from ammi, we're planning her surprise 50th at the banqueting hall")
T("send me a pic of your mehndi design pls i need ideas")
T("everyone send a selfie in your eid outfit to the family group \U0001F319")
S("how to talk to your child about online grooming", role="staff")
S("nspcc pants rule lesson plan ks2", role="staff")
S("cse awareness training for taxi drivers bradford council", role="staff")
S("free food for students bradford uni")
T("meet me at the library at 4 to finish the chemistry poster")
T("is your dad picking you up or shall i ask bhai to drop you home after tuition")
T("my cousin is 24 and just got his first car, its a golf, he's buying everyone kebabs lol")
S("age of consent uk law a level law revision")
T("uncle from the cash and carry gave everyone free samosas for eid, so nice")
S("what age can you work in a takeaway uk")
T("dont tell zara about the party its a surprise for her 16th!!")

# ---------------------------------------------------------------- bullying words, banter, anti-bullying
T("youre such a loser at ludo lol, rematch after iftar")
T("shut up you donkey \U0001F602 you ate all the samosas")
S("anti bullying week 2026 assembly ideas", role="staff")
T("ur so annoying bro give me back my charger")
T("haha ur a clown, that penalty was shocking")
T("we're all gonna roast you at your birthday, be ready \U0001F525")
S("the bully poem gcse analysis")
T("bro you're so dumb you put salt in the chai instead of sugar \U0001F602")

# ---------------------------------------------------------------- race, caste, religion discussed respectfully
S("caste discrimination equality act uk debate")
S("islamophobia awareness month resources", role="staff")
S("hate crime reporting west midlands police", role="staff")
S("paki bashing 1970s history sociology")
S("white teeth zadie smith themes")
S("anita and me racism quotes gcse")
S("to kill a mockingbird racism essay")
S("kala chashma dance tutorial", eng="youtube")
S("jatt da muqabla lyrics", eng="youtube")
S("amar singh chamkila netflix review")
S("colourism in south asian families sociology essay")
T("miss said our group is doing the presentation on caste in the uk, i'll do the law part")
S("leicester 2022 unrest report findings", role="staff")
S("antisemitism definition ihra school policy", role="staff")

# ---------------------------------------------------------------- violence words: films, music, sport, food, history, vocational
S("animal movie ending explained")
S("kill 2024 film lakshya review")
S("gangs of wasseypur dialogues")
S("pushpa 2 jaatara scene", eng="youtube")
S("sidhu moose wala 295 lyrics meaning")
S("knife skills for professional cookery level 2 assessment", role="fe")
S("qurbani share price 2026")
S("halal slaughter explained gcse rs animal rights")
S("kirpan rules in uk schools")
S("gatka classes leicester")
S("amir khan fight highlights", eng="youtube")
S("how to play a cover drive cricket", eng="youtube")
S("kill bill sza lyrics")
S("digga d new song", eng="youtube")
S("bath bomb recipe gcse chemistry")
S("pressure cooker whistle not coming")
S("self defence class for women sparkbrook")
S("boxing gym girls only birmingham")
S("qurbani knife sharpening stone", eng="amazon")
T("bro that six absolutely murdered the bowlers confidence")
T("yorkshire got destroyed by lancs again smh")
S("how to shoot a hijab portrait photography")
S("shooting stars meaning")
S("arijit singh sad songs playlist", eng="youtube")
W("Animal (2023 film) - Wikipedia")
W("Kill (film) - Wikipedia")
W("Mar Jawan Gur Kha Ke - YouTube")
S("knife crime statistics west midlands 2026 news")
S("gun shot wound first aid fiction writing", role="staff")
T("that scene in animal where he fights everyone with the axe was insane lol")
S("kill the lights meaning")
S("among us kill cooldown settings")

# ---------------------------------------------------------------- drugs words innocently
S("gcse science drug trials placebo")
S("county lines awareness training for school staff", role="staff")
S("talk to frank drug awareness assembly year 9", role="staff")
S("breaking bad season 5 recap")
S("calpol dosage for 6 year old", role="fe")
S("naloxone training for youth workers", role="staff")
S("weed killer for patio")
S("coke zero vs diet coke")
S("crack in phone screen repair birmingham")
S("charlie and the chocolate factory year 6")
S("plug socket adapter uk to pakistan")
S("lean halal meat for bodybuilding")
S("dealer for toyota parts birmingham")
S("why is cannabis illegal a level law essay")
T("mum made me bring loads of charcoal for the bbq, who's got the lighter fluid")
S("kheer recipe with condensed milk")
T("who made the trap music playlist for the five a side, its actually hard")

# ---------------------------------------------------------------- cricket, football, sport, odds in lessons
S("pakistan vs england test score live")
S("ipl auction 2026 full squad list")
S("cricket bat knocking in oil", eng="amazon")
S("probability tree diagrams gcse maths")
S("odds ratio a level psychology")
S("gambling harms awareness for young people training", role="staff")
T("bet, see you at the nets at 5")
S("essex county cricket fixtures", fmt="e2guardian", blk="*DENIED-PARAMS* Weighted phrase limit of 50 : 60 (sex)")
D("www.espncricinfo.com")
D("www.cricbuzz.com")
T("oi who's got the scores, is babar out yet")

# ---------------------------------------------------------------- proxy/vpn/hack words innocently
S("proxy war cold war gcse history")
S("proxy meaning in business studies")
S("tor hill glastonbury walk")
S("how to unblock a toilet")
S("vpn setup for staff remote access windows", role="staff")
S("dns explained a level computer science")
S("sql injection exam question a level computing")
S("cyberfirst girls competition 2026")
S("how to reset my school email password")
S("cyber security apprenticeship birmingham", role="fe")
S("unblock someone on whatsapp")
S("ethical hacking degree entry requirements")

# ---------------------------------------------------------------- adult-looking words, innocent
S("sussex university open day")
D("www.sussexexpress.co.uk")
D("www.essexlive.news")
S("rse consent lesson plan ks4", role="staff")
S("mocktail recipes for mehndi")
S("naked eye astronomy guide")
S("jamie oliver naked chef recipes")
D("www.scunthorpe-united.co.uk")
S("bhabhi ji ghar par hain latest episode")
S("sexual health clinic leicester under 18 confidential")
S("shakespeare bawdy puns year 10")
D("www.experts-exchange.com")

# ---------------------------------------------------------------- family chatter, festivals, food, ESOL, everyday
T("ammi said bring dhaniya and 2 pints of milk on the way back")
T("khala's coming at 7 so clean your room before she sees it")
T("eid mubarak to everyone in the family group \U0001F319\u2728")
T("happy diwali!! saving you some barfi, come round after the fireworks")
T("vaisakhi nagar kirtan starts at 10 from soho road, wear something kesri")
T("bhai did you record the pakistan innings, i missed the last over")
F(["nani wants", " to video call everyone at", " 8 after isha"])
F(["sir said", " bring your permission slip for", " the gurdwara trip on friday"])
F(["hes so dead when", " ammi sees the kitchen", " \U0001F602"])
S("halal fried chicken near me leicester")
S("is gelatin halal")
S("jain food no onion no garlic")
S("how i can book gp appointment online", role="esol")
T("teacher please i am late today because my son is sick", role="esol")
T("please can you send me the homework, i miss the class because hospital appointment", role="esol")
S("kara steel bangle", eng="amazon")
U("https://www.rekhta.org/ghazals/hazaaron-khvaahishen-aisii-ki-har-khvaahish-pe-dam-nikle-mirza-ghalib-ghazals")
D("www.islamic-relief.org.uk")
D("www.sikhnet.com")
D("www.rekhta.org")
D("www.bbc.co.uk")
D("www.therapistaid.com")
D("www.analyticsvidhya.com")
D("www.leicestermercury.co.uk")
D("www.thetelegraphandargus.co.uk")
D("www.birminghammail.co.uk")
D("www.dawn.com")
D("www.ecb.co.uk")
D("www.pcb.com.pk")
D("www.bollywoodhungama.com")
D("www.jiosaavn.com")
D("www.islamicity.org")
D("www.muslimhands.org.uk")
P("WINWORD.EXE")
P("Teams.exe")
P("python.exe")
W("Eid al-Adha 2026: Qurbani - Islamic Relief UK")
W("Romeo and Juliet Act 5 Scene 3 | SparkNotes")
W("Partition voices: 'We walked for days' - BBC News")
W("Keeping children safe in education 2026 - GOV.UK", role="staff")
T("can you bring the dhol to the mehndi, chachu's one broke")
T("masjid is doing iftar for the whole street tomorrow, ammi is making pakoras")
T("just got the rishta biodata pdf from khala lol its so formal \U0001F602")
T("dadi is telling the partition stories again, how the train arrived full of bodies. shes so brave honestly")
S("ghalib ki shayari maut")
S("sad urdu poetry two lines")
S("what is the meaning of izzat in urdu")


# =========================================================================== RENDERING

SITES = {
    "bhm": {"site": "birmingham", "net": 21, "proxy": "bhm-proxy01", "dns": "bhm-dns01",
            "dev": ["BHM-LIB-PC-12", "BHM-ICT2-PC-07", "BHM-CB-0233", "BHM-SCI-LT-04", "BHM-6F-PC-19", "BHM-CB-0418"],
            "users": ["BHM\\22hussaina", "a.begum", "z.iqbal", "m.rahman", "y.ali", "h.akhtar", "s.mahmood", "23khanr", "BHM\\24kaurs"],
            "staff": ["dsl.rkhan", "t.wright", "STAFF\\s.bhatti", "n.mirza"]},
    "lei": {"site": "leicester", "net": 22, "proxy": "lei-proxy02", "dns": "lei-dns01",
            "dev": ["LEI-LRC-PC-03", "LEI-IT1-PC-22", "LEI-CB-0107", "LEI-HUM-LT-11", "LEI-CB-0291"],
            "users": ["LEI\\23patelk", "k.mistry", "j.kaur", "r.solanki", "n.chauhan", "p.lad", "a.gajjar", "22mohamedy"],
            "staff": ["h.desai", "dsl.jparmar", "STAFF\\m.lewis", "r.vaghela"]},
    "bfd": {"site": "bradford", "net": 23, "proxy": "bfd-proxy01", "dns": "bfd-dns01",
            "dev": ["BFD-LIB-PC-08", "BFD-ICT3-PC-15", "BFD-CB-0352", "BFD-ENG-LT-02", "BFD-6F-PC-30"],
            "users": ["BFD\\21khanm", "s.hussain", "f.bibi", "u.shah", "t.ahmed", "n.bashir", "24miahr", "i.hussain"],
            "staff": ["dsl.sakhtar", "p.holroyd", "STAFF\\z.rafiq", "a.kennedy"]},
    "col": {"site": "college", "net": 40, "proxy": "fe-proxy01", "dns": "fe-dns01",
            "dev": ["COL-ESOL-LT-07", "COL-HAIR-TAB-2", "COL-CAT-PC-04", "COL-LRC-PC-31", "COL-ENG-WS-05"],
            "users": ["m.sandhu@riverside-fe.ac.uk", "j.owusu", "k.dhaliwal", "app.l.nowicka", "d.mensah", "r.begum2"],
            "esol": ["esol.e3.07", "esol_e2_14", "b.ahmadi", "f.noori", "esol.e1.03"],
            "staff": ["esol.tutor.hk", "s.greenwood", "dsl.fe.mahmood"]},
}

BASE = datetime.datetime(2026, 10, 12, tzinfo=datetime.timezone.utc)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
]

BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Personal - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox"), ("chrome.exe", " - Google Chrome")]

APPS = [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "(2) WhatsApp - Google Chrome"),
        ("msedge.exe", "Instagram \u2022 Chats - Personal - Microsoft\u200b Edge"),
        ("chrome.exe", "Snapchat - Google Chrome"), ("Discord.exe", "#general | yr11 mandem - Discord"),
        ("Teams.exe", "Chat | Microsoft Teams"), ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
        ("WINWORD.EXE", "Document1 - Word"), ("firefox.exe", "Messenger | Facebook \u2014 Mozilla Firefox"),
        ("chrome.exe", "Messages | TikTok - Google Chrome"), ("notepad.exe", "Untitled - Notepad"),
        ("WhatsApp.exe", "WhatsApp")]
STAFF_APPS = [("Teams.exe", "Chat | Microsoft Teams"), ("OUTLOOK.EXE", "Untitled - Message (HTML)"),
              ("Teams.exe", "Safeguarding team | General | Microsoft Teams")]
ESOL_APPS = [("WhatsApp.exe", "WhatsApp"), ("Teams.exe", "Chat | Microsoft Teams"), ("WINWORD.EXE", "Document1 - Word")]


class Ctx:
    """per-item variable choices, all from H(item_no, tag)"""

    def __init__(self, n, ent):
        self.n = n
        role = ent.get("role")
        self.role = role
        if role in ("esol", "fe"):
            sk = "col"
        else:
            sk = wpick(n, "site", [("bhm", 34), ("lei", 28), ("bfd", 28), ("col", 10)])
        self.sk = sk
        s = SITES[sk]
        self.siteinfo = s
        self.device = pick(n, "device", s["dev"])
        if role == "staff":
            self.user = pick(n, "user", s["staff"])
        elif role == "esol":
            self.user = pick(n, "user", s["esol"])
        else:
            self.user = pick(n, "user", s["users"])
        self.ip = "10.%d.%d.%d" % (s["net"], rng(n, "ip3", 1, 62), rng(n, "ip4", 2, 250))
        self.srv = "%d.%d.%d.%d" % pick(n, "srv", [(142, 250, 187, 227), (216, 58, 204, 100), (13, 107, 21, 200),
                                                   (151, 101, 1, 140), (104, 18, 32, 7), (52, 84, 150, 39),
                                                   (23, 212, 249, 71), (185, 199, 110, 153)])
        day = rng(n, "day", 0, 46)
        d = BASE + datetime.timedelta(days=day)
        if d.weekday() >= 5 and H(n, "wkend") % 5 != 0:
            d = d - datetime.timedelta(days=d.weekday() - 4 if d.weekday() == 5 else 2)
        band = wpick(n, "band", [("school", 80), ("eve", 15), ("late", 5)])
        if band == "late" and not ("-CB-" in self.device or "-LT-" in self.device):
            band = "eve"
        if band == "school":
            secs = rng(n, "secs", 8 * 3600, 16 * 3600 + 3599)
        elif band == "eve":
            secs = rng(n, "secs", 17 * 3600, 22 * 3600 + 3599)
        else:
            secs = (23 * 3600 + rng(n, "secs", 0, 2 * 3600 + 3599)) % 86400
        ms = rng(n, "ms", 0, 999)
        self.dt = datetime.datetime(d.year, d.month, d.day, tzinfo=datetime.timezone.utc) + \
            datetime.timedelta(seconds=secs, milliseconds=ms)
        self.ua = pick(n, "ua", UAS)
        self.el = wpick(n, "elapsed", [(rng(n, "el1", 1, 90), 5), (rng(n, "el2", 91, 2500), 3)])
        self.size = rng(n, "size", 3000, 98000)
        self.pid = pick(n, "pid", [2101, 1877, 3302, 9987, 7862, 812, 4412])

    def ts(self, plus=0.0):
        return (self.dt - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)).total_seconds() + plus

    def dtp(self, plus=0.0):
        return self.dt + datetime.timedelta(seconds=plus)


def iso_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def sys_date(dt):  # RFC 3164 "Nov  3 09:14:03"
    return "%s %2d %s" % (MONTHS[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"))


def clf_date(dt):
    return "%02d/%s/%d:%s +0000" % (dt.day, MONTHS[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"))


def b62(n, tag, k):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    v = H(n, tag)
    out = []
    for _ in range(k):
        out.append(alphabet[v % 62])
        v //= 62
    return "".join(out)


def hexs(n, tag, k):
    return ("%064x" % H(n, tag))[:k]


# --------------------------------------------------------------------------- search URLs

GENERAL_ENGINES = [("google", 30), ("bing", 10), ("ddg", 8), ("yahoo", 6), ("ecosia", 6), ("youtube", 9),
                   ("tiktok", 8), ("reddit", 6), ("google-ac", 6), ("bing-ac", 3), ("ddg-ac", 3),
                   ("yt-ac", 2), ("yahoo-ac", 2)]
PINNED = {"youtube": [("youtube", 4), ("yt-ac", 1)], "amazon": [("amazon", 3), ("amazon-ac", 1)],
          "wikipedia": [("wikipedia", 1)], "google": [("google", 3), ("google-ac", 1)], "tiktok": [("tiktok", 1)]}
BASE_ENGINE = {"google-ac": "google", "bing-ac": "bing", "ddg-ac": "ddg", "yt-ac": "youtube",
               "yahoo-ac": "yahoo", "amazon-ac": "amazon"}


def enc(n, q):
    style = pick(n, "enc", ["plus", "plus", "pct"])
    if style == "plus":
        return urllib.parse.quote_plus(q, safe="")
    return urllib.parse.quote(q, safe="")


def search_url(n, eng, q, ms=None):
    e = enc(n, q)
    L = len(q)
    scheme = "https://"
    if eng == "google":
        host = pick(n, "ghost", ["www.google.com", "www.google.co.uk", "www.google.co.uk"])
        v = H(n, "gvar") % 4
        if v == 0:
            path = "/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDQy%sajBqN6gCALACAA&sourceid=chrome&ie=UTF-8" % (e, e, hexs(n, "gs", 4))
        elif v == 1:
            path = "/search?q=%s&hl=en-GB&source=hp&ei=%s" % (e, b62(n, "ei", 22))
        elif v == 2:
            path = "/search?client=firefox-b-d&q=%s" % e
        else:
            path = "/search?q=%s&sca_esv=%s&sxsrf=AE3TifN%s&ei=%s" % (e, hexs(n, "sca", 16), b62(n, "sx", 20), b62(n, "ei2", 22))
    elif eng == "bing":
        host = "www.bing.com"
        if H(n, "bvar") % 2:
            path = "/search?q=%s&form=QBLH&sp=-1&lq=0&pq=%s&sc=10-%d&qs=n&sk=&cvid=%s" % (e, e, L, hexs(n, "cvid", 32).upper())
        else:
            path = "/search?q=%s&form=QBLH" % e
    elif eng == "ddg":
        host = "duckduckgo.com"
        path = pick(n, "dvar", ["/?q=%s&ia=web", "/?t=h_&q=%s&ia=web", "/?q=%s&t=ffab&ia=web"]) % e
    elif eng == "yahoo":
        host = pick(n, "yhost", ["uk.search.yahoo.com", "search.yahoo.com"])
        path = pick(n, "yvar", ["/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8", "/search?p=%s&fr=yfp-t"]) % e
    elif eng == "ecosia":
        host = "www.ecosia.org"
        path = "/search?method=index&q=%s" % e
    elif eng == "youtube":
        host = pick(n, "ythost", ["www.youtube.com", "www.youtube.com", "m.youtube.com"])
        path = pick(n, "ytvar", ["/results?search_query=%s", "/results?search_query=%s&sp=EgIQAQ%%253D%%253D"]) % e
    elif eng == "tiktok":
        host = "www.tiktok.com"
        path = "/search?q=%s&t=%d" % (e, ms if ms is not None else ctx_ms(n))
    elif eng == "reddit":
        host = "www.reddit.com"
        path = pick(n, "rvar", ["/search/?q=%s", "/search/?q=%s&type=link", "/search/?q=%s&sort=relevance&t=all"]) % e
    elif eng == "wikipedia":
        host = "en.wikipedia.org"
        path = pick(n, "wvar", ["/w/index.php?search=%s&title=Special%%3ASearch&ns0=1",
                                "/w/index.php?fulltext=1&search=%s&title=Special%%3ASearch&ns0=1"]) % e
    elif eng == "amazon":
        host = "www.amazon.co.uk"
        path = "/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss" % (
            e, b62(n, "crid", 13).upper(), urllib.parse.quote_plus(q[:max(3, L // 2)], safe=""), rng(n, "apsms", 60, 140))
    elif eng == "google-ac":
        if H(n, "gacv") % 2:
            host = "www.google.com"
            path = "/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0&psi=%s" % (e, L, b62(n, "psi", 16))
        else:
            host = "www.google.co.uk"
            path = "/complete/search?client=chrome-omni&gs_ri=chrome-ext-ansg&xssi=t&q=%s&oit=1&cp=%d&pgcl=7&gs_rn=42&psi=%s" % (e, L, b62(n, "psi", 16))
    elif eng == "bing-ac":
        host = "www.bing.com"
        path = "/AS/Suggestions?pt=page.serp&mkt=en-gb&qry=%s&cp=%d&csr=1&msbqf=false&cvid=%s" % (e, L, hexs(n, "cvid", 32).upper())
    elif eng == "ddg-ac":
        host = "duckduckgo.com"
        path = "/ac/?q=%s&kl=wt-wt" % e
    elif eng == "yt-ac":
        host = "suggestqueries-clients6.youtube.com"
        path = "/complete/search?client=youtube&hl=en-gb&gl=gb&gs_rn=64&gs_ri=youtube&ds=yt&cp=%d&gs_id=%s&q=%s&xhr=t" % (L, hexs(n, "gsid", 2), e)
    elif eng == "yahoo-ac":
        host = "search.yahoo.com"
        path = "/sugg/gossip/gossip-gb-ura/?pq=&command=%s&output=sd1&nresults=10&appid=ufp" % e
    elif eng == "amazon-ac":
        host = "completion.amazon.co.uk"
        path = "/api/2017/suggestions?limit=11&prefix=%s&suggestion-type=KEYWORD&page-type=Gateway&alias=aps&site-variant=desktop&mid=A1F83G8C2ARO7P" % e
    else:
        raise ValueError(eng)
    return scheme + host + path, host


def ctx_ms(n):
    return 1791763200000 + H(n, "tt") % (46 * 86400000)


def engine_title(eng, q):
    b = BASE_ENGINE.get(eng, eng)
    return {"google": "%s - Google Search", "bing": "%s - Search", "ddg": "%s at DuckDuckGo",
            "yahoo": "%s - Yahoo Search Results", "ecosia": "%s - Ecosia", "youtube": "%s - YouTube",
            "tiktok": "Find '%s' on TikTok | TikTok Search", "reddit": "reddit.com: search results - %s",
            "wikipedia": "%s - Search results - Wikipedia", "amazon": "Amazon.co.uk : %s"}[b] % q


E2G_TERMS = {"google", "bing", "ddg", "youtube", "yahoo"}

# --------------------------------------------------------------------------- proxy formats


def squid_url(c, url, host, denied=False):
    n = c.n
    user = c.user if H(n, "squser") % 8 else "-"
    code = "TCP_DENIED/403" if denied else pick(n, "sqcode", ["TCP_MISS/200", "TCP_MISS/200", "TCP_MISS/200", "TCP_REFRESH_MODIFIED/200"])
    size = 3461 if denied else c.size
    hier = "HIER_NONE/-" if denied else "HIER_DIRECT/%s" % c.srv
    if H(n, "sqvar") % 5 == 0 and not denied:
        ref = pick(n, "ref", ["-", "https://%s/" % host])
        return '%.3f %6d %s %s %s %d GET %s %s text/html "%s" "%s" %s sni=%s bump=bump' % (
            c.ts(), c.el, c.ip, user, code, size, url, c.srv, ref, c.ua, host, host)
    return "%.3f %6d %s %s %d GET %s %s %s text/html" % (c.ts(), c.el, c.ip, code, size, url, user, hier)


def squid_domain(c, dom, sni_pair=False):
    n = c.n
    user = c.user if H(n, "squser") % 6 else "-"
    if sni_pair or H(n, "sqdv") % 3 == 0:
        dip = c.srv
        l1 = '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
            c.ts(), rng(n, "pk", 0, 3), c.ip, user, dip, c.ua, dip, dom)
        l2 = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
            c.ts(0.006), c.el, c.ip, user, c.size, dip, dip, c.ua, dip, dom)
        if H(n, "pair") % 3 == 0:
            return [l1, l2]
        return [l2]
    return ["%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
        c.ts(), c.el, c.ip, c.size, dom, user, c.srv)]


def clf_url(c, url, host):
    n = c.n
    user = c.user if H(n, "clfuser") % 7 else "-"
    v = H(n, "clfv") % 5
    req = '"GET %s HTTP/1.1" 200 %d' % (url, c.size)
    head = "%s - %s [%s] %s" % (c.ip, user, clf_date(c.dt), req)
    ref = pick(n, "ref", ["-", "-", "https://%s/" % host])
    if v in (0, 1):
        return head + " TCP_MISS:HIER_DIRECT"
    if v in (2, 3):
        return head + ' "%s" "%s" TCP_MISS:HIER_DIRECT' % (ref, c.ua)
    return head + ' "%s" "%s"' % (ref, c.ua)


def e2g_url(c, url, eng, q, denied=None, variant=None):
    n = c.n
    v = variant or pick(n, "e2v", [2, 2, 4, 6])
    date = c.dt.strftime("%Y.%m.%d %H:%M:%S")
    group = {"bhm": "students", "lei": "students", "bfd": "students", "col": "fe_learners"}[c.sk]
    if c.role == "staff":
        group = "staff"
    gnum = {"students": "1", "fe_learners": "2", "staff": "3"}[group]
    terms = "0=%s;" % q if (q and eng in E2G_TERMS) else "-"
    status = "403" if denied else "200"
    size = "0" if denied else str(c.size)
    what = denied or "-"
    weight = "0"
    cat = "-"
    if denied:
        if "Weighted" in denied:
            weight = denied.split(":")[-1].split("(")[0].strip()
            cat = "Pornography"
        else:
            weight = "0"
            cat = "Pornography"
    if v in (2, 4):
        fields = [date, c.user, c.ip, url, what, "GET", size, weight, cat, gnum, status, "text/html" if not denied else "-",
                  c.ip, group, c.ua, terms, "-", "-", "-"]
        if v == 2:
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    dur = str(rng(n, "e2dur", 1, 40))
    if denied:
        return "\t".join(["%.3f" % c.ts(), "", c.user, c.ip, c.ip, url, "GET", status, "0", "-", c.ua, "-", "0", "-",
                          "454", denied, weight, cat, group, "1"])
    return "\t".join(["%.3f" % c.ts(), "", c.user, c.ip, c.ip, url, "GET", status, size, "-", c.ua, "-", dur, "-",
                      "0", "-", "0", "-", group, "1"])


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


def zeek_header(c, path, fields, types):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % c.dt.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(c, url, host):
    n = c.n
    p = urllib.parse.urlsplit(url)
    uri = p.path + ("?" + p.query if p.query else "")
    uid = "C" + b62(n, "uid", 17)
    oport = rng(n, "oport", 32768, 65000)
    if H(n, "zhv") % 4 == 0:
        row = ["%.6f" % c.ts(), uid, c.ip, str(oport), c.srv, "80", "1", "GET", host, uri, "-", "1.1", c.ua, "-", "0",
               str(c.size), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
               "F" + b62(n, "fuid", 17), "-", "text/html"]
        return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]
    d = {"ts": round(c.ts(), 6), "uid": uid, "id.orig_h": c.ip, "id.orig_p": oport, "id.resp_h": c.srv,
         "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
         "user_agent": c.ua, "request_body_len": 0, "response_body_len": c.size, "status_code": 200,
         "status_msg": "OK", "tags": []}
    if H(n, "zhmime") % 2:
        d["resp_fuids"] = ["F" + b62(n, "fuid", 17)]
        d["resp_mime_types"] = ["text/html"]
    return [json.dumps(d)]


# --------------------------------------------------------------------------- DNS formats

def qtype(n):
    return wpick(n, "qtype", [("A", 7), ("AAAA", 2), ("HTTPS", 1)])


def unbound_lines(c, dom, blocked):
    n = c.n
    qt = qtype(n)
    epoch = H(n, "ubep") % 3 == 0
    pfx = ("[%d] unbound[%d:0]" % (int(c.ts()), 1416)) if epoch else ("%s unbound[%d:0]" % (c.dt.strftime("%b %d %H:%M:%S"), 1416))
    port = rng(n, "uport", 1025, 65000)
    q = "%s info: %s %s. %s IN" % (pfx, c.ip, dom, qt)
    v = H(n, "ubv") % 3
    if blocked and v == 0:
        zone = ".".join(dom.split(".")[-2:])
        return [q, "%s info: %s. always_nxdomain %s@%d %s. %s IN" % (pfx, zone, c.ip, port, dom, qt),
                "%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pfx, c.ip, dom, qt, 30 + len(dom))]
    if v == 1:
        return [q, "%s info: %s %s. %s IN NOERROR %.6f 0 %d" % (pfx, c.ip, dom, qt, rng(n, "rtt", 1, 90000) / 1e6, 60 + len(dom))]
    return [q]


def dnsmasq_lines(c, dom, blocked):
    n = c.n
    qt = qtype(n)
    pfx = "%s dnsmasq[9987]:" % sys_date(c.dt)
    serial = rng(n, "dmser", 2, 99999)
    port = rng(n, "dport", 1025, 65000)
    v = H(n, "dmv") % 4
    if v == 0:
        q = "%s query[%s] %s from %s" % (pfx, qt, dom, c.ip)
        return [q]
    q = "%s %d %s/%d query[%s] %s from %s" % (pfx, serial, c.ip, port, qt, dom, c.ip)
    if v == 1:
        return [q]
    if blocked:
        tail = pick(n, "dmblk", ["config %s is 0.0.0.0", "gravity blocked %s is 0.0.0.0"]) % dom
        return [q, "%s %d %s/%d %s" % (pfx, serial, c.ip, port, tail)]
    return [q, "%s %d %s/%d forwarded %s to 1.1.1.1" % (pfx, serial, c.ip, port, dom),
            "%s %d %s/%d reply %s is %s" % (pfx, serial, c.ip, port, dom, c.srv)]


def bind_lines(c, dom, blocked):
    n = c.n
    qt = qtype(n)
    ptr = "@0x7f%s" % hexs(n, "ptr", 10)
    port = rng(n, "bport", 1025, 65000)
    date = "%02d-%s-%d %s.%03d" % (c.dt.day, MONTHS[c.dt.month - 1], c.dt.year, c.dt.strftime("%H:%M:%S"), c.dt.microsecond // 1000)
    view = "view internal: " if H(n, "bview") % 3 == 0 else ""
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)DCK", "+ET(0)K"])
    q = "%s queries: info: client %s %s#%d (%s): %squery: %s IN %s %s (10.0.0.53)" % (
        date, ptr, c.ip, port, dom, view, dom, qt, flags)
    if blocked and H(n, "brpz") % 2:
        return [q, "%s rpz: info: client %s %s#%d (%s): %srpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            date, ptr, c.ip, port, dom, view, dom, qt, dom)]
    return [q]


def zeek_dns(c, dom, blocked):
    n = c.n
    qt = qtype(n)
    qnum = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    uid = "C" + b62(n, "uid", 17)
    oport = rng(n, "oport", 1025, 65000)
    tid = rng(n, "tid", 1, 65535)
    rcode, rname = (3, "NXDOMAIN") if blocked and H(n, "zdb") % 2 else (0, "NOERROR")
    if H(n, "zdv") % 4 == 0:
        ans = "-" if rcode else c.srv
        ttl = "-" if rcode else "%d.000000" % rng(n, "ttl", 30, 300)
        row = ["%.6f" % c.ts(), uid, c.ip, str(oport), "10.0.0.53", "53", "udp", str(tid),
               "%.6f" % (rng(n, "rtt", 200, 90000) / 1e6), dom, "1", "C_INTERNET", str(qnum), qt, str(rcode), rname,
               "F", "F", "T", "T", "0", ans, ttl, "F"]
        return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]
    d = {"ts": round(c.ts(), 6), "uid": uid, "id.orig_h": c.ip, "id.orig_p": oport, "id.resp_h": "10.0.0.53",
         "id.resp_p": 53, "proto": "udp", "trans_id": tid}
    if H(n, "zdrtt") % 2:
        d["rtt"] = rng(n, "rtt", 200, 90000) / 1e6
    d.update({"query": dom, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qnum, "qtype_name": qt,
              "rcode": rcode, "rcode_name": rname, "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0})
    if not rcode and H(n, "zdans") % 2:
        d["answers"] = [c.srv]
        d["TTLs"] = [float(rng(n, "ttl", 30, 300))]
    d["rejected"] = False
    return [json.dumps(d)]


# --------------------------------------------------------------------------- endpoint


def ep_event(c, event, plus=0.0, process=None, title=None, text=None, url=None, with_url_key=None):
    n = c.n
    d = {"ts": iso_ms(c.dtp(plus))}
    if H(n, "epsite") % 3:
        d["site"] = c.siteinfo["site"]
    d["device"] = c.device
    d["user"] = c.user
    d["event"] = event
    d["process"] = process
    d["window_title"] = title
    if text is not None:
        d["text"] = text
    if url is not None or (with_url_key if with_url_key is not None else H(n, "epurl") % 2):
        d["url"] = url
    return json.dumps(d, ensure_ascii=bool(H(n, "epascii") % 3 == 0))


def browser(c):
    return pick(c.n, "browser", BROWSERS)


def app_for(c, ent):
    role = ent.get("role")
    if role == "staff":
        return pick(c.n, "app", STAFF_APPS)
    if role == "esol":
        return pick(c.n, "app", ESOL_APPS)
    return pick(c.n, "app", APPS)


# --------------------------------------------------------------------------- wrapping (auto)


def wrap(c, inner, tag, app):
    """inner: a raw log line; tag: program name; returns a wrapped line"""
    n = c.n
    w = pick(n, "wrap", ["3164", "5424", "env", "env-min", "3164"])
    host = c.siteinfo["proxy"] if tag in ("squid", "e2guardian") else (c.siteinfo["dns"] if tag in ("unbound", "dnsmasq", "named") else c.device.lower())
    pid = c.pid
    pri = {"squid": 166, "e2guardian": 166, "unbound": 30, "dnsmasq": 30, "named": 30, "guardline-agent": 134}[tag]
    recv = c.dtp(0.4)
    if w == "3164":
        if tag == "unbound":
            return "<%d>%s %s unbound: %s" % (pri, sys_date(recv), host, app)
        return "<%d>%s %s %s[%d]: %s" % (pri, sys_date(recv), host, tag, pid, app)
    if w == "5424":
        return "<%d>1 %s %s %s %d - - %s" % (pri, iso_ms(recv), host, tag, pid, app)
    if w == "env":
        fpath = {"squid": "/var/log/squid/access.log", "e2guardian": "/var/log/e2guardian/access.log",
                 "unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/pihole/pihole.log",
                 "named": "/var/log/named/query.log", "guardline-agent": "/var/log/guardline/events.jsonl"}[tag]
        env = {"ts_received": recv.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % recv.microsecond,
               "host": host, "source": tag, "file": fpath, "message": inner}
        return json.dumps(env, ensure_ascii=False, separators=(", ", ":")).replace("/", "\\/")
    return json.dumps({"message": inner}, ensure_ascii=False)


def strip_own_prefix(line, tag):
    """the program part a syslog transport would carry (without the file's own time stamp/tag)"""
    if tag == "unbound":
        i = line.index("unbound[")
        j = line.index("]", i)
        return "[%s] %s" % (line[i + 8:j], line[j + 2:])
    if tag == "dnsmasq":
        return line.split("dnsmasq[9987]: ", 1)[1]
    if tag == "named":
        return line.split(" ", 2)[2]
    return line


# =========================================================================== ITEM ASSEMBLY

BLOCKABLE = {"adult_content", "gambling", "filter_bypass", "piracy"}


def split_fragments(n, text):
    k = 2 if H(n, "nfrag") % 3 else 3
    L = len(text)
    if k == 2:
        cuts = [rng(n, "cut1", max(3, L // 4), max(4, (3 * L) // 4))]
    else:
        a = rng(n, "cut1", max(3, L // 5), max(4, (2 * L) // 5))
        b = rng(n, "cut2", max(a + 3, L // 2), max(a + 4, (4 * L) // 5))
        cuts = [a, b]
    parts, prev = [], 0
    for cpos in cuts + [L]:
        parts.append(text[prev:cpos])
        prev = cpos
    return [p for p in parts if p]


def pick_engine(n, ent):
    pin = ent.get("eng")
    if pin:
        return wpick(n, "eng", PINNED[pin])
    return wpick(n, "eng", GENERAL_ENGINES)


def render(n, ent):
    c = Ctx(n, ent)
    k = ent["k"]
    x = ent["x"]
    cats = {e["category"] for e in ent["e"]}
    if k in ("S", "U"):
        if k == "S":
            eng = pick_engine(n, ent)
            url, host = search_url(n, eng, x, int(c.ts() * 1000) - rng(n, "ttlag", 300, 4000))
            q = x
        else:
            eng, q = None, None
            url = x
            host = urllib.parse.urlsplit(x).hostname
        fmt = ent.get("fmt") or wpick(n, "fmt", [("squid", 20), ("clf", 17), ("e2guardian", 13), ("zeek-http", 11),
                                                  ("endpoint", 13), ("auto", 9)])
        blk = ent.get("blk")
        if fmt == "squid":
            return fmt, [squid_url(c, url, host, denied=bool(blk))]
        if fmt == "clf":
            return fmt, [clf_url(c, url, host)]
        if fmt == "e2guardian":
            return fmt, [e2g_url(c, url, eng, q, denied=blk)]
        if fmt == "zeek-http":
            return fmt, zeek_http(c, url, host)
        if fmt == "endpoint":
            proc, suffix = browser(c)
            if k == "S":
                if eng in BASE_ENGINE:
                    eng = BASE_ENGINE[eng]
                    url, host = search_url(n, eng, x, int(c.ts() * 1000) - rng(n, "ttlag", 300, 4000))
                title = engine_title(eng, x) + suffix
                if H(n, "epkind") % 2:
                    return fmt, [ep_event(c, "url_visit", process=proc, title=title, url=url)]
                return fmt, [ep_event(c, "window_title", process=proc, title=title)]
            title = ent.get("title")
            return fmt, [ep_event(c, "url_visit", process=proc, title=(title + suffix) if title else None, url=url)]
        # auto
        inner = pick(n, "autoinner", ["squid", "clf", "e2g"])
        if inner == "squid":
            line = squid_url(c, url, host)
            return "auto", [wrap(c, line, "squid", line)]
        if inner == "clf":
            line = clf_url(c, url, host)
            return "auto", [wrap(c, line, "squid", line)]
        line = e2g_url(c, url, eng, q, variant=2)
        return "auto", [wrap(c, line, "e2guardian", line)]

    if k == "D":
        blocked = bool(cats & BLOCKABLE) and H(n, "blocked") % 2 == 0
        pinned = ent.get("fmt")
        if pinned == "squid-sni":
            return "squid", squid_domain(c, x, sni_pair=True)
        fmt = pinned or wpick(n, "fmt", [("unbound", 18), ("dnsmasq", 15), ("bind", 16), ("zeek-dns", 18),
                                         ("squid", 6), ("auto", 5), ("endpoint", 2)])
        if fmt == "unbound":
            return fmt, unbound_lines(c, x, blocked)
        if fmt == "dnsmasq":
            return fmt, dnsmasq_lines(c, x, blocked)
        if fmt == "bind":
            return fmt, bind_lines(c, x, blocked)
        if fmt == "zeek-dns":
            return fmt, zeek_dns(c, x, blocked)
        if fmt == "squid":
            return fmt, squid_domain(c, x)
        if fmt == "endpoint":
            proc, suffix = browser(c)
            return fmt, [ep_event(c, "url_visit", process=proc, title=None, url="https://%s/" % x)]
        inner = pick(n, "autoinner", ["unbound", "dnsmasq", "named", "squid"])
        if inner == "unbound":
            line = unbound_lines(c, x, False)[0]
        elif inner == "dnsmasq":
            line = dnsmasq_lines(c, x, False)[0]
        elif inner == "named":
            line = bind_lines(c, x, False)[0]
        else:
            line = squid_domain(c, x)[-1]
        return "auto", [wrap(c, line, inner, strip_own_prefix(line, inner))]

    if k == "T":
        proc, title = app_for(c, ent)
        line = ep_event(c, "text_capture", process=proc, title=title, text=x)
        if wpick(n, "fmt", [("endpoint", 88), ("auto", 12)]) == "auto":
            return "auto", [wrap(c, line, "guardline-agent", line)]
        return "endpoint", [line]

    if k == "F":
        frags = x if isinstance(x, list) else split_fragments(n, x)
        proc, title = app_for(c, ent)
        lines, plus = [], 0.0
        for i, fr in enumerate(frags):
            if i:
                plus += rng(n, "gap%d" % i, 2, 9) + rng(n, "gapms%d" % i, 0, 999) / 1000.0
            lines.append(ep_event(c, "text_capture", plus=plus, process=proc, title=title, text=fr,
                                  with_url_key=False))
        return "endpoint", lines

    if k == "W":
        if ent.get("proc"):
            proc, title = ent["proc"], x
        else:
            proc, suffix = browser(c)
            title = x + suffix
        line = ep_event(c, "window_title", process=proc, title=title)
        if H(n, "wauto") % 10 == 0:
            return "auto", [wrap(c, line, "guardline-agent", line)]
        return "endpoint", [line]

    if k == "P":
        line = ep_event(c, "process_start", process=x, title=None)
        if H(n, "pauto") % 8 == 0:
            return "auto", [wrap(c, line, "guardline-agent", line)]
        return "endpoint", [line]
    raise ValueError(k)


D_CYCLE = ["unbound", "dnsmasq", "bind", "zeek-dns", "squid", "zeek-dns", "bind", "dnsmasq", "unbound", "auto", "endpoint"]


def build():
    order = sorted(range(len(ENTRIES)), key=lambda i: H(i, "order"))
    # domains: spread over the DNS formats in an order fixed by SHA-256 (positives and negatives apart)
    dfmt = {}
    for polarity in (True, False):
        ns = [pos + 1 for pos, src in enumerate(order)
              if ENTRIES[src]["k"] == "D" and not ENTRIES[src].get("fmt") and bool(ENTRIES[src]["e"]) == polarity]
        for i, n in enumerate(sorted(ns, key=lambda m: H(m, "dfmt"))):
            dfmt[n] = D_CYCLE[i % len(D_CYCLE)]
    items = []
    for pos, src in enumerate(order):
        n = pos + 1
        ent = ENTRIES[src]
        if n in dfmt:
            ent = dict(ent, fmt=dfmt[n])
        fmt, lines = render(n, ent)
        item = {"id": "h37-%04d" % n, "format": fmt}
        if len(lines) == 1:
            item["line"] = lines[0]
        else:
            item["lines"] = lines
        item["expect"] = ent["e"]
        if ent["a"]:
            item["allow"] = ent["a"]
        items.append(item)
    return items


def stats(items):
    from collections import Counter
    cat, fmt, kinds = Counter(), Counter(), Counter()
    pos = sum(1 for it in items if it["expect"])
    for it in items:
        fmt[(it["format"], "pos" if it["expect"] else "neg")] += 1
        for e in it["expect"]:
            cat[e["category"]] += 1
        kinds["multi-line" if "lines" in it else "single-line"] += 1
    print("items: %d  positives: %d  negatives: %d" % (len(items), pos, len(items) - pos))
    print("per category (items expecting it):")
    for k2 in sorted(cat):
        print("  %-16s %d" % (k2, cat[k2]))
    print("per format (pos/neg):")
    for f in sorted({f for f, _ in fmt}):
        print("  %-11s %3d / %3d" % (f, fmt[(f, "pos")], fmt[(f, "neg")]))
    print("line shapes:", dict(sorted(kinds.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout37.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    items = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if args.stats:
        stats(items)


if __name__ == "__main__":
    main()
