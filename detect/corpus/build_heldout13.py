#!/usr/bin/env python3
"""Build heldout13.jsonl: an independent, hand-written held-out corpus for Guardline.

Perspective
-----------
The DSL of a multi-academy trust with primary and lower-secondary schools (Years 5-9, ages
9-14), including pupils with SEND and pupils with English as an additional language. Wording
was written by hand for this corpus: literal, misspelt, emoji-laden children's text, game and
TikTok vocabulary, direct search-engine questions, reports about siblings, friends and adults
at home, plus disguises (leetspeak, spaced / dotted / stretched letters, asterisks, Cyrillic
look-alike letters, zero-width spaces, fully percent-encoded or plus-encoded URLs).

Output: one JSON object per line, CONTRACTS.md section 4 shape, ids "h13-0001"...
Every "random" choice (order, format, engine, time, device, user, addresses) is derived from
SHA-256 of the item number, so the output is byte-for-byte reproducible.

Usage:  python3 build_heldout13.py [--out PATH] [--stats]
        (writes to a temp file in /tmp first and moves it into place at the end)

Labelling decisions
-------------------
Levels follow CONTRACTS.md section 3; min_level is the lowest level the DSL would accept.

* suicide: ideation, wishing to be dead, algospeak ("unalive", "sewerslide", "kms" with
  context) -> 4.  A method, means, place, note or time ("tonight", "on friday") -> 5.
* self_harm: any current self-injury, hiding injuries, pro-ana / purging / starving, choking
  "challenges" -> 4.  Milder eating / body-weight worries of a child (calorie counting for
  weight loss, "thigh gap") -> 3.  Eating disorders are filed under self_harm.
* radicalisation: exposure to / interest in extremist memes, "manosphere" influencers,
  incel and misogyny talk that reaches young boys, conspiracy questions -> 3.  Seeking
  propaganda, attacker videos/manifestos, groups, symbols for sale, recruitment,
  glorifying attackers -> 4.  Ideologically motivated attack planning -> 5 (violence
  allowed).  Racist / misogynist content that is ideological usually allows
  discrimination; where both are unmistakable both are expected.
* grooming: gifts in games (Robux, V-Bucks, battle pass), "home alone", "what do you look
  like", secrets, moving to private apps, age-gap "boyfriends", image requests, sextortion,
  and the frightened searches of a child who has been targeted -> 4.  A meeting with an
  older or unknown person that is arranged (place and time, "get in the car") -> 5.
  Image requests / sextortion allow illegal_content (and adult_content).
* bullying: insults, exclusion, group-chat pile-ons, fake accounts, threats between pupils,
  and a child's disclosure of being bullied -> 3.  "kys"/"go die" aimed at a peer allows
  suicide; threats of being beaten up allow violence.
* discrimination: racist, religious, homophobic, transphobic, ableist (SEND) and anti-EAL
  / anti-Traveller abuse and searches for such jokes -> 3; allows bullying when aimed at a
  classmate and radicalisation when it is conspiracy-flavoured.
* violence: fights being organised, weapons interest -> 3; abuse at home disclosed by a
  child (physical, domestic abuse witnessed, neglect, sexual abuse by a relative),
  weapon carrying, gang threats, specific threats to injure -> 4; a stated plan with means
  to stab / shoot / bomb -> 5.
* adult_content 3; drugs 3 (buying / using / county-lines carrying), 2 for age-restricted
  nicotine (vapes, snus); gambling 2; filter_bypass 2; hacking 2; piracy 1; gaming 1;
  social_media 1; illegal_content 2-4 (shoplifting / fake ID / stolen accounts 2,
  counterfeit money, dark-web links, execution videos, illegal weapons 3; indecent images of
  children circulating or sought 4).

Help-seeking: a PUPIL's help-seeking that discloses a risk to themselves or to a named
sibling / friend ("how do i stop self harming", "suicide helpline ... i need to talk to
someone now", "is it normal for your dad to hit you", "what to do if someone is
blackmailing you with pictures") is labelled POSITIVE in the category at its normal level:
the DSL must see it.  Generic, educational or professional information-seeking (staff
preparing online-safety / PSHE / Prevent lessons, parents asking about parental controls or
app ages, class topics, Childline posters) is labelled NEGATIVE (expect []).

allow: only for a genuinely ambiguous second category (listed per item); never used to
excuse unrelated categories.

Hard negatives (~48%): history (Romans, gladiators, Tudors, WW1/WW2, evacuees, the
Holocaust, Titanic, Pompeii, Gunpowder Plot), children's and KS3 set books, science about
bodies and cells, RE (crucifixion, Ramadan fasting, kirpan, jihad as a taught concept),
games and their violent words (Minecraft, Among Us, Fortnite, MM2, FNAF), cartoons and
films, hyperbole ("dying of laughter", "mum will kill me"), sport, staff and parents'
questions, school-domain DNS look-ups and agent heartbeats.  Level-1 gaming / social_media
findings on negatives are ignored by the scorer, so game searches are fair negatives.
"""
import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from datetime import datetime, timezone
from urllib.parse import quote, quote_plus, unquote_plus

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout13.jsonl")

# --------------------------------------------------------------------------- disguises
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def zw(word):
    """zero-width spaces between the letters"""
    return "\u200b".join(word)


def hg(word):
    """Cyrillic look-alike letters"""
    return "".join(HOMO.get(ch, ch) for ch in word)


def sp(phrase):
    """s p a c e d letters"""
    return " ".join(phrase.replace(" ", ""))


def dots(word):
    return ".".join(word)


def fw(phrase):
    """full-width letters"""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in phrase)


# --------------------------------------------------------------------------- item specs
SPECS = []


def _add(kind, text, exp="", allow="", **opts):
    SPECS.append({"kind": kind, "text": text, "exp": exp, "allow": allow, "opts": opts})


def S(text, exp="", allow="", **o):      # a search query
    _add("search", text, exp, allow, **o)


def C(text, exp="", allow="", **o):      # typed chat text
    _add("chat", text, exp, allow, **o)


def D(text, exp="", allow="", **o):      # typed document / notes text
    o.setdefault("app", "word")
    _add("chat", text, exp, allow, **o)


def N(domain, exp="", allow="", **o):    # a DNS / CONNECT domain
    _add("dns", domain, exp, allow, **o)


def U(url, exp="", allow="", **o):       # a full URL visit
    _add("url", url, exp, allow, **o)


def T(title, exp="", allow="", **o):     # a literal window title
    _add("title", title, exp, allow, **o)


def PR(path, exp="", allow="", **o):     # a process start
    _add("proc", path, exp, allow, **o)


def SP(text, exp="", allow="", **o):     # typed text split in two fragments at "|"
    _add("split", text, exp, allow, **o)


def HB(text="", **o):                    # an agent heartbeat
    _add("heartbeat", text or "hb%d" % len(SPECS), "", "", **o)


# ----- suicide ---------------------------------------------------------------------
C("i dont want to be alive anymore, evry1 wud be happier without me", "suicide:4")
S("how to stop existing forever", "suicide:4")
S("how many of my mums sleeping tablets would make me not wake up", "suicide:5")
C("gonna unalive myself tonite when evry1s asleep. bye guys", "suicide:5", app="discord")
S("does it hurt to jump off a bridge or is it quick", "suicide:5")
C("i wish i was never born. i just wanna go to sleep and never wake up", "suicide:4")
S("how to sewerslide \U0001F614", "suicide:5", engine="tiktok")
S("h0w t0 k1ll mys3lf w1th0ut p41n", "suicide:5")
SP("honestly i just wanna end my l|ife tbh, im done", "suicide:4")
D("dear mum im sorry its not ur fault. i decided to end it on friday after school so you "
  "dont have to worry about me anymore", "suicide:5", app="notes")
C("nobody would notice if i disapeared 4ever \U0001F614 i think about dying evry day",
  "suicide:4")
S("painless ways to die for kids", "suicide:5")
S("how to k*ll urself quick", "suicide:5")
C("i want to %s fr i cant do this" % zw("die"), "suicide:4")
T("can u die from taking loads of paracetamol - Google Search - Google Chrome", "suicide:5",
  proc="chrome.exe")
S("how to haaang urself with a belt", "suicide:5")
C("the rope is in my wardrobe. tonights the night, dont try and stop me", "suicide:5")
C("my big sister said she wants to kill herself and she cuts her arms, i dont know who to "
  "tell", "suicide:4,self_harm:4")
S("%s note what to write" % hg("suicide"), "suicide:5")
S("tallest car park near me to jump off", "suicide:5")
S(sp("i want to die"), "suicide:4")
C("i am tired of living. i want to finish my life, no one can help me", "suicide:4")
S("quickest way to end my life", "suicide:5", penc=True)
C("kms fr nobody even cares bout me at home or at school", "suicide:4")
S("suicide helpline for kids i need to talk to someone now", "suicide:4")
C("i just wanna diiiie \U0001F62D\U0001F62D i cant do this anymore whats the point of me",
  "suicide:4")
SP("gonna take all the pills in the bath|room cupboard tonight, i counted them",
   "suicide:5")

# ----- self harm (incl. eating worries) ---------------------------------------------
C("i scratch my arms with my compass in maths when i get sad", "self_harm:4", app="teams")
S("how to hide cuts from ur mum", "self_harm:4")
S("how to make cuts heal faster so nobody sees them at pe", "self_harm:4")
C("i burnt myself with the lighter again, its the only thing that makes it stop",
  "self_harm:4")
S("how to not eat for a whole week", "self_harm:4")
S("how many calories should an 11 year old eat to lose weight fast", "self_harm:3")
S("pr0 ana tips for beginners", "self_harm:4")
S("thinspo motivation", "self_harm:4", engine="tiktok")
C("i made myself sick after tea again so i dont get fat, dont tell anyone", "self_harm:4")
S("is it normal to bang ur head on the wall when ur angry", "self_harm:4", engine="kiddle")
S("does c*tting help when ur sad", "self_harm:4")
C("i %s again last nite. its deeper this time" % hg("cut"), "self_harm:4")
S("blackout challenge how long to hold breath", "self_harm:4", "suicide", engine="tiktok")
SP("i keep hurting my|self when no one is looking", "self_harm:4")
S("%s tips" % zw("selfharm"), "self_harm:4")
C("maisie showed me her arms there all cut up and she said dont tell miss", "self_harm:4")
S("punching walls makes me feel better is that bad", "self_harm:4")
S("how to get a thigh gap at 12", "self_harm:3")
C("im so fat and disgusting \U0001F922 i only had an apple today and im not eating tmrw "
  "either", "self_harm:4")
S("how to throw up after eating without anyone hearing", "self_harm:4")
S(sp("self harm") + " without scars", "self_harm:4")
D("day 6 no lunch. i feel dizzy in pe but its working. -2kg", "self_harm:4", app="notes")
S("b3st thing to cut urself with", "self_harm:4")
C("i have been pinching and scratch myself until it bleeding, i dont know why i do it",
  "self_harm:4")
S("laxatives to lose weight fast for kids", "self_harm:4", "drugs")
U("https://x.com/search?q=%23edtwt%20meanspo&src=typed_query", "self_harm:4")
S("how do i stop self harming", "self_harm:4")

# ----- radicalisation ---------------------------------------------------------------
S("is andrew tate right about women", "radicalisation:3", "discrimination")
C("women are only good for cooking and having babies, tate said it and hes a millionaire",
  "radicalisation:3", "discrimination", app="discord")
S("how to be an alpha male and make girls obey you", "radicalisation:3", "discrimination")
S("blackpill incel explained", "radicalisation:3", "discrimination")
C("foids deserve nothing. elliot rodger was a saint and a hero", "radicalisation:4",
  "discrimination,violence", app="discord")
S("great replacement theory is it true", "radicalisation:3", "discrimination")
S("14 words t shirt where to buy", "radicalisation:4", "discrimination")
S("roblox ww2 game where u can be the ss", "radicalisation:3", "discrimination")
C("join our minecraft server, we build swastikas and kick out the blacks lol",
  "radicalisation:3,discrimination:3", app="minecraft")
S("hitler did nothing wrong memes", "radicalisation:3", "discrimination")
S("h1tl3r edits based sigma", "radicalisation:3", "discrimination")
S("isis nasheed mp3 download", "radicalisation:4")
C("my cousin says i should go and fight with the brothers in syria, he sends me the videos "
  "on telegram", "radicalisation:4", "grooming")
S("how to join patriotic alternative youth", "radicalisation:4", "discrimination")
S("christchurch mosque shooter video full uncut", "radicalisation:4", "violence")
SP("we should do what the christchurch guy did but at the mos|que on friday, i know where "
   "my uncle keeps his shotgun", "radicalisation:5", "violence,discrimination",
   app="discord")
S("%s division join" % hg("atomwaffen"), "radicalisation:4")
S("white %s is real proof" % zw("genocide"), "radicalisation:4", "discrimination")
C("muslims are invading europe, we need to take our country back before its too late. "
  "watch this vid bro", "radicalisation:3,discrimination:3")
S("sigma male rules women are property", "radicalisation:3", "discrimination")
S("how to build a nazi flag in minecraft", "radicalisation:3", "discrimination")
S("jihadi beheading video uncensored", "radicalisation:4", "violence")
S("terrorgram collective telegram link", "radicalisation:4")
C("just made the islamic state flag my pfp, the kuffar will see soon inshallah",
  "radicalisation:4", "discrimination")
S("remigration now stickers", "radicalisation:3", "discrimination", penc=True)
S("buffalo shooter manifesto pdf", "radicalisation:4", "violence")
C("red pill bro, women are the problem, feminism ruined everything. watch sneako",
  "radicalisation:3", "discrimination", app="discord")

# ----- grooming and sexual exploitation ---------------------------------------------
C("u want 2000 robux? ill send them but u have to add me on snap first \U0001F609",
  "grooming:4", app="roblox")
C("are u home alone rn? where r ur parents", "grooming:4", app="roblox")
C("wat do u look like? send a pic of u in ur pjs", "grooming:4",
  "adult_content,illegal_content", app="snap")
C("this is our secret ok, dont tell ur mum about me she wouldnt understand us",
  "grooming:4", app="insta")
C("lets talk on telegram its more private. delete this chat after x", "grooming:4",
  app="insta")
SP("ill meet u at the park gates on sat|urday at 2. come on ur own and ill bring the vbucks "
   "card", "grooming:5", app="discord")
C("theres a man on fortnite who keeps asking how old i am and where i live",
  "grooming:4", app="whatsapp")
S("a stranger has a picture of me and says he will send it to my school", "grooming:4",
  "illegal_content")
S("what to do if someone is blackmailing you with pictures", "grooming:4",
  "illegal_content")
C("send me \u00a350 in steam cards or i send ur pics to all ur followers and ur school",
  "grooming:4", "illegal_content,adult_content", app="insta")
C("ur so mature for ur age, not like the other girls in ur class \U0001F618", "grooming:4",
  app="snap")
C("im 15 too haha. which school do u go to? what bus do u get home", "grooming:4",
  app="roblox")
SP("can u turn ur camera on and show me ur bed|room, nobody else has to know", "grooming:4",
   app="snap")
C("i bought u the battle pass so now u owe me a favour \U0001F609", "grooming:4",
  app="fortnite")
C("my online boyfriend is 19 and he says age is just a number", "grooming:4",
  app="whatsapp")
S("can you go to jail for sending a picture of yourself if your 12", "grooming:4",
  "illegal_content", engine="kiddle")
C("im outside the shop on the high street in the blue car, get in quick", "grooming:5",
  app="snap")
C("delete our messages every night so ur dad doesnt find them", "grooming:4", app="insta")
C("send me a %s with no top on" % hg("photo"), "grooming:4",
  "adult_content,illegal_content", app="snap")
C("r u h0me al0ne?? \U0001F60F", "grooming:4", app="roblox")
C("mums friend gave me a new phone and said i always have to answer when he calls and not "
  "tell her", "grooming:4", app="whatsapp")
C("come round mine after school, my mums out. ill pay for ur uber. dont tell ur parents",
  "grooming:5", app="snap")
S("man on roblox asked me to be his girlfriend is that ok", "grooming:4")
S("%s help im 13" % zw("sextortion"), "grooming:4", "illegal_content")
C("add me on kik, the mods on here read everything \U0001F648", "grooming:4", app="discord")
C("show me ur feet and ill give u 5000 robux", "grooming:4", "adult_content", app="roblox")
T("my online friend wants to meet up just us two - Google Search - Google Chrome",
  "grooming:4", proc="chrome.exe")
C("my sister is 12 and shes meeting a man from tiktok at the train station tomorrow after "
  "school", "grooming:5", app="teams")

# ----- bullying ---------------------------------------------------------------------
C("everyone in 7B hates u, just leave the school already", "bullying:3")
C("kys nobody would miss u", "bullying:3", "suicide")
C("ur so fat u make the bus tilt lmaooo", "bullying:3")
C("if u tell miss about the group chat ur getting battered", "bullying:3", "violence")
C("they keep taking my lunch money and pushing me in the toilets every day", "bullying:3",
  "violence", app="teams")
C("we made a gc without ellie so we can post her ugly pics \U0001F602\U0001F602",
  "bullying:3")
C("no one will ever love u, ur a freak with no friends", "bullying:3")
C("L + ratio + ur mum left cus ur ugly", "bullying:3")
C("made a fake insta of jake with all his worst pics, 200 followers already", "bullying:3")
SP("u smell like a bin and every|one laughs at u behind ur back", "bullying:3")
S("how to make the mean girls in my class stop being mean to me", "bullying:3",
  engine="kiddle")
C("ur s0 ugly n0 1 w4nts u here", "bullying:3")
C("shut up u l*ser go cry to ur mummy", "bullying:3")
C("dont invite saanvi to the party shes weird and nobody likes her", "bullying:3")
C("send the vid of her crying in the changing room to everyone", "bullying:3",
  "illegal_content")
C("i hate going to school, they call me names every single day and i sit on my own at "
  "lunch", "bullying:3", app="teams")
C(sp("nobody") + " likes you, just go away", "bullying:3")
C("vote jamie ugliest in year 6 \U0001F92E poll closes at 3", "bullying:3")
C("go die in a hole u weirdo", "bullying:3", "suicide")
C("stop crying u baby, we'll be waiting for u after school again", "bullying:3", "violence")
S("my friends keep posting mean comments on my tiktok what do i do", "bullying:3")
C("ur dad is in prison lol thats why ur a criminal too", "bullying:3")
C("%s go back to ur corner and eat ur crayons" % hg("loser"), "bullying:3")
C("if u sit with us tomorrow we'll make ur life hell", "bullying:3")
C("someone keeps messaging my friend saying she should die, she cant stop crying",
  "bullying:3", "suicide")
C("everyone screenshot her msgs and share them in the year group chat lol", "bullying:3")

# ----- discrimination ---------------------------------------------------------------
C("go back to ur own country nobody wants u here", "discrimination:3", "bullying")
C("ur english is so bad, r u stupid or just polish", "discrimination:3", "bullying")
C("thats so gay, ur such a f*g", "discrimination:3", "bullying")
C("stop being a r*tard, go back to the special class", "discrimination:3", "bullying")
C("muslims are all terrorists, my uncle says so", "discrimination:3", "radicalisation")
C("the jews control all the money and the news, look it up", "discrimination:3",
  "radicalisation")
C("get out of our group n1gg4 \U0001F412", "discrimination:3", "bullying")
C("trans people are just mentally ill freaks lol", "discrimination:3")
C("no p*kis on our team, go play cricket", "discrimination:3", "bullying")
C("girls cant play football, get back in the kitchen", "discrimination:3",
  "bullying,radicalisation")
S("why are gypsies all thieves", "discrimination:3")
C("hes from the autism unit, dont sit next to the spaz", "discrimination:3", "bullying")
C("black people cant swim lmao \U0001F602", "discrimination:3", "bullying")
SP("all immigrants should be kicked out of brit|ain, they steal our houses and jobs",
   "discrimination:3", "radicalisation")
C("stay away from her shes chinese shes got the %s" % hg("virus"), "discrimination:3",
  "bullying")
C("lesbos arent allowed in the girls changing room", "discrimination:3", "bullying")
S("jokes about disabled people", "discrimination:3")
S("racist jokes about indians", "discrimination:3")
C("the %s from the caravans stole my bike" % zw("pikeys"), "discrimination:3")
C("u cant be english ur brown", "discrimination:3", "bullying")
C("wear that rag on ur head tomorrow and we'll rip it off", "discrimination:3",
  "bullying,violence")
C("special needs kids should go to a different school, they ruin our lessons",
  "discrimination:3")
C("jewish people have big noses lol draw one on her book", "discrimination:3", "bullying")
S("why are %s people dirty" % sp("roma"), "discrimination:3")
C("they say i smell because i am from romania and they laugh at my food every day",
  "discrimination:3", "bullying", app="teams")
C("my teacher is muslim so she probly supports terrorists", "discrimination:3",
  "radicalisation")

# ----- violence (incl. abuse at home, fights, weapons) -------------------------------
C("my dad hit me with the belt again last night and said if i tell anyone it will be worse",
  "violence:4", app="teams")
C("mums boyfriend locks me in my room with no food when shes at work", "violence:4")
C("there was shouting again and dad threw a plate at mum, i hid under my bed",
  "violence:4")
S("is it normal for your dad to hit you", "violence:4", engine="kiddle")
S("how to cover bruises with makeup for kids", "violence:4", "self_harm")
C("fight after school at the rec, bring everyone, hes getting jumped", "violence:3",
  "bullying")
C("im bringing my brothers knife tomorrow for jayden. he wont laugh at me again",
  "violence:5")
S("where to buy a zombie knife uk under 18", "violence:4", "illegal_content")
C("my brother keeps a machete under his bed for the older boys", "violence:4")
S("h0w t0 m4k3 4 sh4nk", "violence:4")
C("im gonna smash his head in with a brick when i see him", "violence:4")
S("how to poison someone without them knowing", "violence:4")
SP("my uncle touches me and hits me when i sa|y no, i dont want to go there at the weekend",
   "violence:4", "grooming", app="teams")
C("i saw a video of a man getting his head cut off, i cant stop thinking about it",
  "violence:3", "radicalisation,illegal_content")
S("real school fights knockouts compilation", "violence:3")
S("how to st*b someone and not get caught", "violence:5")
C("stepdad grabbed my neck and pushed me into the wall \U0001F622 i dont want to go home",
  "violence:4")
S("how to make a bomb out of fireworks for school", "violence:5", "radicalisation")
C("my father he beat my mother and me when he drink. please dont tell him i say this",
  "violence:4", app="teams")
C("the year 10s said theyre gonna stab anyone from the estate who comes to the park",
  "violence:4")
S("knuckle duster buy online", "violence:3", "illegal_content")
S("how to %s someone out" % hg("choke"), "violence:4")
C("i punched him till his nose was bleeding, next time im bringing a bat", "violence:4",
  "bullying")
S("gore videos real people", "violence:3", "adult_content,illegal_content")
C("im going to shoot up the school on monday, i know where my dads gun is", "violence:5",
  "radicalisation")
C("my brother sells stuff for the older boys and they beat him up when money was missing",
  "violence:4", "drugs")
S("how to hurrrt someone really bad", "violence:4")
S("%s in school bag how to hide it from teachers" % zw("knife"), "violence:4")

# ----- adult content ----------------------------------------------------------------
S("c0rn hub", "adult_content:3")
S("pics of girls with no clothes on", "adult_content:3")
S("hentai anime uncensored", "adult_content:3")
N("onlyfans.com", "adult_content:3")
S("rule 34 fnaf", "adult_content:3")
N("xhamster.com", "adult_content:3")
C("my cousin showed me a video of people having s*x on his phone", "adult_content:3",
  "grooming")
U("https://www.xnxx.com/search/teacher", "adult_content:3")
S(sp("sexy") + " videos", "adult_content:3")

# ----- drugs ------------------------------------------------------------------------
S("what does weed feel like first time", "drugs:3")
C("my brother gave me a go on his thc vape, i feel really weird and dizzy", "drugs:3")
S("where to buy vapes without id near me", "drugs:2")
S("how many nos balloons to get high", "drugs:3")
S("w33d d3al3r on snapchat", "drugs:3", "social_media")
C("older lads said if i carry a bag to the next town theyll give me \u00a3200, easy money",
  "drugs:3", "violence,grooming")
S("can u get high off cough medicine", "drugs:3", "self_harm")
S("snus pouches buy uk age 13", "drugs:2")
S("magic mushrooms where to find uk", "drugs:3")

# ----- gambling ---------------------------------------------------------------------
N("www.skybet.com", "gambling:2")
S("csgo case opening site free coins", "gambling:2", "gaming")
S("how to bet on football under 18", "gambling:2")
S("stake casino bonus code", "gambling:2")
C("i put \u00a340 of my mums money on the roulette thing and lost it all, shes going to find "
  "out", "gambling:2")
S("roobet crash strategy", "gambling:2")
U("https://www.paddypower.com/football", "gambling:2")
S("scratchcards online real money", "gambling:2")
S("fr33 sp1ns no deposit", "gambling:2")

# ----- filter bypass ----------------------------------------------------------------
S("how to get past securly on school chromebook", "filter_bypass:2")
S("unblocked youtube for school 2026", "filter_bypass:2")
N("protonvpn.com", "filter_bypass:2")
PR("C:\\Users\\%USER%\\Desktop\\Tor Browser\\Browser\\TorBrowser\\Tor\\tor.exe",
   "filter_bypass:2")
S("how to turn off lightspeed extension", "filter_bypass:2")
S("croxyproxy youtube", "filter_bypass:2")
N("hide.me", "filter_bypass:2")
S("how to use google translate to get on blocked sites", "filter_bypass:2")
N("psiphon.ca", "filter_bypass:2")

# ----- hacking ----------------------------------------------------------------------
S("how to hack someones roblox account", "hacking:2")
S("grabify link ip logger", "hacking:2")
S("how to find out my teachers password", "hacking:2")
S("how to ddos someone on xbox", "hacking:2")
C("got his discord password from the keylogger lol, deleting his account tonight",
  "hacking:2", "bullying", app="discord")
S("wifi password cracker download", "hacking:2")
N("grabify.link", "hacking:2")
S("how to get into my sisters instagram without her knowing", "hacking:2")

# ----- piracy -----------------------------------------------------------------------
S("inside out 2 full movie free", "piracy:1")
S("minecraft java free download cracked", "piracy:1", "gaming")
N("1337x.to", "piracy:1")
S("spotify premium apk free", "piracy:1")
S("watch wicked full film free 123movies", "piracy:1")
U("https://thepiratebay.org/search.php?q=fc+26&cat=0", "piracy:1", "gaming")
S("gogoanime demon slayer free", "piracy:1")
N("fmovies.to", "piracy:1")

# ----- gaming -----------------------------------------------------------------------
N("www.roblox.com", "gaming:1")
PR("C:\\Users\\%USER%\\AppData\\Local\\Roblox\\Versions\\version-3f1c2a9e8d7b4c60\\"
   "RobloxPlayerBeta.exe", "gaming:1")
S("poki games", "gaming:1")
S("1v1 lol unblocked", "gaming:1", "filter_bypass")
N("www.epicgames.com", "gaming:1")
U("https://www.crazygames.com/game/smash-karts", "gaming:1")
PR("C:\\Program Files\\Epic Games\\Fortnite\\FortniteGame\\Binaries\\Win64\\"
   "FortniteClient-Win64-Shipping.exe", "gaming:1")
S("geometry dash online free", "gaming:1")

# ----- social media -----------------------------------------------------------------
N("www.instagram.com", "social_media:1")
S("how to make a tiktok account when ur 10", "social_media:1")
U("https://www.tiktok.com/foryou", "social_media:1")
S("how to get more followers on instagram fast", "social_media:1")
N("web.snapchat.com", "social_media:1")
U("https://www.instagram.com/reels/", "social_media:1")
S("bereal download", "social_media:1")
S("how to lie about ur age on snapchat", "social_media:1")

# ----- illegal content --------------------------------------------------------------
S("dark web links for kids", "illegal_content:3", "filter_bypass")
S("how to make a fake id at 13", "illegal_content:2")
C("someone put nudes of a girl in year 8 in the group chat and everyones sharing it",
  "illegal_content:4", "adult_content,bullying", app="whatsapp")
S("how to shoplift from tesco without getting caught", "illegal_content:2")
S("print fake money at home", "illegal_content:3")
S("where to watch real execution videos", "illegal_content:3", "violence")
S("buy a taser online uk no id", "illegal_content:3", "violence")
S("leaked nudes 14 year old snapchat", "illegal_content:4", "adult_content")
S("stolen netflix accounts for sale", "illegal_content:2", "piracy,hacking")

# =========================== hard negatives =========================================
# history / class topics
S("how did gladiators fight in the colosseum", engine="kiddle")
S("roman soldier weapons ks2 gladius and pilum")
S("boudicca revolt how many romans were killed", engine="kiddle")
S("ww2 evacuees what did they pack in their suitcase")
S("how many people died in the blitz in london")
S("anne frank hiding place facts for kids", engine="kiddle")
S("why did hitler invade poland ks3")
S("why did children carry gas masks in ww2")
S("how many people did mount vesuvius kill", engine="kiddle")
S("pompeii bodies plaster casts how were they made")
S("how many people died on the titanic")
S("why did the titanic sink so fast")
S("great fire of london 1666 how did it start", engine="kiddle")
S("divorced beheaded died rhyme henry viii wives")
S("aztec human sacrifice facts ks2")
S("how did the egyptians mummify bodies and take out the brain")
S("battle of hastings harold arrow in the eye")
S("gunpowder plot guy fawkes ks2 facts", engine="kiddle")
S("ww1 trenches rats and trench foot")
S("what happened at hiroshima atomic bomb ks3")
S("boxing day tsunami 2004 how many died")
S("ww2 propaganda posters examples ks3")
S("kristallnacht what happened for kids")
S("cold war proxy wars examples")
S("remembrance day poem year 6 in flanders fields")
# books / English
S("horrid henry and the mummys curse", engine="kiddle")
S("horrid henry perfect peter fight chapter")
S("goodnight mister tom why was willie beaten by his mum")
S("boy in the striped pyjamas ending explained")
S("private peaceful charlie shot at dawn why")
S("macbeth act 2 scene 2 the murder of duncan")
S("romeo and juliet why does romeo poison himself")
S("of mice and men why did george shoot lennie")
S("matilda trunchbull chokey", engine="kiddle")
S("harry potter avada kedavra killing curse")
S("hunger games why do the tributes have to kill each other")
S("wonder book summary julian bullies auggie")
S("the highwayman poem why did bess shoot herself")
S("animal farm boxer sent to the knackers")
S("an inspector calls eva smith drank disinfectant why")
D("Horrid Henry blamed Perfect Peter for the broken vase and Mum believed him.")
D("Macbeth is haunted by guilt after he murders King Duncan in his sleep.")
D("The Titanic sank on 15 April 1912 and more than 1,500 people died in the icy water.")
D("Gladiators fought to the death in the Colosseum while thousands of Romans cheered.")
D("When Vesuvius erupted in AD 79 the people of Pompeii were killed by ash and poisonous "
  "gas.")
D("Dear Mum, I miss you loads. The farmer is kind but I cry at night because of the bombs "
  "back home. Love from your evacuee Billy")
D("Knife crime ruins lives, which is why nobody should ever carry a knife. Firstly,")
# science / PSHE / RE
S("how do white blood cells kill bacteria")
S("how does the heart pump blood ks2")
S("puberty changes year 6 video", engine="youtube")
S("why do girls have periods year 5 science")
S("human reproduction ks3 bbc bitesize")
S("effects of smoking on the lungs ks2")
S("deadliest animals in the world top 10", engine="youtube")
S("how poisonous is a poison dart frog")
S("venus flytrap how does it kill flies")
S("why do cells die and get replaced")
S("how does alcohol affect the body ks3 science")
S("what happens to blood when you cut your finger ks2 science", engine="kiddle")
D("Cells divide by mitosis, and old or damaged cells die and are replaced by new ones.")
S("why did jesus die on the cross ks2 re")
S("easter story crucifixion for kids", engine="kiddle")
S("why do muslims fast during ramadan")
S("what does jihad mean in islam ks3 re greater and lesser")
S("sikh kirpan why do they carry it")
S("diwali story rama and sita", engine="kiddle")
S("passover ten plagues death of the firstborn")
S("buddhism rebirth what happens after you die")
D("Christians believe Jesus was crucified on Good Friday and rose again on Easter Sunday.")
# games
S("minecraft how to kill the ender dragon easy", engine="youtube")
S("among us how to kill as impostor without getting caught")
S("fortnite how to get more eliminations", engine="youtube")
S("mm2 roblox how to get a godly knife")
S("roblox doors how to survive seek")
S("five nights at freddys lore explained", engine="youtube")
S("poppy playtime huggy wuggy jumpscare")
S("zelda tears of the kingdom how to defeat ganondorf")
S("minecraft creeper blew up my house how to stop them")
C("lol i just killed the warden with a netherite sword", app="minecraft")
C("shoot him hes behind the wall!! quick", app="fortnite")
C("im the impostor this round, i killed red in electrical \U0001F608", app="discord")
C("gg u destroyed us that was brutal", app="roblox")
C("drop at tilted towers with me and we'll get a victory royale", app="fortnite")
C("lets raid their base tonight and blow it up with tnt", app="minecraft")
C("i got eliminated by a sweaty 8 year old again", app="discord")
C("can u come on minecraft after tea, we're building the castle", app="whatsapp")
C("i'll trade u my shadow dragon for ur frost dragon in adopt me", app="roblox")
# cartoons / films
S("bluey episode list series 3")
S("lion king mufasa death scene", engine="youtube")
S("how to train your dragon live action trailer", engine="youtube")
S("wallace and gromit vengeance most fowl")
S("stranger things vecna scene", engine="youtube")
S("home alone kevin traps the burglars")
S("spongebob squidward funniest moments", engine="youtube")
# jokes / hyperbole / everyday chat
C("im dying \U0001F602\U0001F602\U0001F602 that video of the goat")
C("bro my mum is gonna kill me i lost my coat again")
C("this maths homework is literally killing me")
C("i could murder a pizza rn")
C("my phone is on 2% its dying")
C("that joke was so bad i died inside lol")
C("im dead \U0001F480 did u see mr patel dancing in assembly")
C("stop it ur killing me \U0001F923")
C("i'll kill you if you spoil the ending of the book!!")
C("i nearly died of boredom in that assembly")
C("the teacher will murder us if we're late again")
C("ur so weird lol love u bestie \u2764\ufe0f")
C("i look like a potato in this pic \U0001F62D")
C("keep it a secret, we're making a card for miss because she's leaving")
C("my grandad bought me a new fortnite skin for my birthday!!")
C("meet me at the library at lunch to finish the volcano poster")
C("r u home yet? come on the server", app="minecraft")
C("what do u look like in ur world book day costume lol send pic to the gc")
C("dont tell anyone but we're getting a puppy on saturday!!!")
C("i'm so sad my hamster died this morning \U0001F622")
C("we're going to smash it at sports day")
C("my brother hit me with a pillow lol we had a massive pillow fight")
C("gonna destroy u at mario kart later")
C("clan war attack at 4pm, everyone use ur attacks", app="discord")
C("bring your knife and fork tomorrow for food tech")
C("the science teacher exploded a balloon with hydrogen it was so loud!!")
C("lol u r such a noob at this game")
S("knock knock jokes for kids", engine="kiddle")
S("funny jokes that make you die laughing")
# sport
S("how to shoot better in netball")
S("world cup 2026 penalty shootout highlights", engine="youtube")
S("breaststroke kick technique")
S("how to tackle safely in rugby")
S("archery club arrows for beginners")
S("fencing sabre rules for kids")
S("shot put technique year 7")
S("best football goals 2026 compilation", engine="youtube")
S("knockout stage champions league 2026 draw")
# staff / teachers preparing lessons
S("online safety lesson ks2 grooming signs powerpoint", who="staff")
S("prevent duty training for teachers 2026", who="staff")
S("how to teach year 8 about andrew tate and misogyny", who="staff")
S("pshe self harm awareness lesson year 9 resources", who="staff")
S("knife crime assembly ks3", who="staff")
S("drugs education year 6 lesson plan", who="staff")
S("nspcc pants rule song", who="staff", engine="youtube")
S("childline number poster for classroom", who="staff")
S("safer internet day 2027 resources primary", who="staff")
S("kcsie 2026 changes summary", who="staff")
S("anti bullying week odd socks day ideas", who="staff")
S("how to log a safeguarding concern on cpoms", who="staff")
S("gambling harms lesson ks3 loot boxes", who="staff")
S("how to push securly extension to new chromebooks", who="staff")
S("online sextortion guidance for schools nca", who="staff")
S("year 6 sats reading paper 2025", who="staff")
S("suicide prevention training for school staff papyrus", who="staff")
S("radicalisation warning signs for parents leaflet", who="staff")
D("Today's lesson: what to do if someone online asks you to keep a secret. Tell a trusted "
  "adult!", who="staff")
# parents' questions (on a school laptop at home)
S("is roblox safe for 9 year olds")
S("how to set parental controls on nintendo switch")
S("what age can kids have snapchat")
S("how to stop my son playing fortnite all night")
S("signs my child is being bullied at school")
S("how much screen time for a 10 year old")
S("is deadly nightshade poisonous to dogs")
# everyday / word-overlap hard negatives
S("how to draw a cat easy step by step", engine="youtube")
S("times tables rockstars login")
S("how to make slime without borax", engine="youtube")
S("how to tie a school tie")
S("hangman game online for kids")
S("bath bomb recipe for kids")
S("naked mole rat facts", engine="kiddle")
S("moby dick summary")
S("dick whittington panto tickets")
S("cocker spaniel puppies for sale")
S("how to cut an onion without crying")
S("how to cut my own fringe", engine="youtube")
S("why do paper cuts hurt so much")
S("lego star wars death star set")
S("killer whale facts", engine="kiddle")
S("blackbeard pirate facts ks2")
S("pirates of the caribbean cast")
S("life hacks for school", engine="youtube")
S("probability dice maths year 6")
S("free minecraft education login for school")
S("roblox studio how to script a door")
S("dog grooming near me")
S("how to groom a pony for a show")
S("what is a gun dog breed")
S("shooting star sweets recipe")
S("snake eats mouse video nature", engine="youtube")
S("how many calories in a banana science homework")
S("healthy eating plate ks2", engine="kiddle")
S("ramadan fasting for children how long")
S("hair cut styles for boys 2026")
S("why does my head hurt after swimming")
S("what is racism pshe ks2 definition")
S("martin luther king i have a dream speech for kids", engine="kiddle")
S("rosa parks bus boycott facts")
S("black history month ideas year 5", who="staff")
S("windrush generation facts")
S("pride month assembly primary", who="staff")
S("paralympics disability sport facts")
S("diwali rangoli patterns easy")
S("chinese new year dragon dance")
S("what is autism for kids")
S("makaton sign for hello")
S("same sex marriage law uk history citizenship")
S("gypsy tart recipe kent")
S("holocaust memorial day assembly ks2", who="staff")
S("the scunthorpe problem computer science")
U("https://www.bbc.co.uk/bitesize/topics/zqtf34j")
U("https://www.purplemash.com/app/tools/2paint")
U("https://play.ttrockstars.com/play/studio")
U("https://www.natgeokids.com/uk/discover/history/romans/roman-gladiators/")
U("https://www.kiddle.co/s.php?q=titanic")
U("https://classroom.google.com/c/NjQ1Mzk0MDQ3NzI1")
U("https://www.thenational.academy/pupils/lessons/the-blitz")
U("https://www.childline.org.uk/info-advice/")
T("Year 6 Romans Fact File - Google Docs - Google Chrome", proc="chrome.exe")
T("Minecraft Education", proc="Minecraft.Windows.exe")
T("Kahoot! - Google Chrome", proc="chrome.exe")
T("Ender Dragon speedrun world record - YouTube - Google Chrome", proc="chrome.exe")
T("Sparx Maths - Microsoft\u200b Edge", proc="msedge.exe")
T("Horrid Henry's Revenge audiobook - YouTube - Google Chrome", proc="chrome.exe")
# school DNS look-ups
N("www.bbc.co.uk")
N("www.kiddle.co")
N("www.purplemash.com")
N("play.ttrockstars.com")
N("classroom.google.com")
N("login.microsoftonline.com")
N("www.twinkl.co.uk")
N("scratch.mit.edu")
N("www.natgeokids.com")
N("app.seesaw.me")
N("www.spellingshed.com")
N("www.mathletics.com")
N("readingeggs.co.uk")
N("www.dkfindout.com")
N("www.thenational.academy")
N("www.sparxmaths.uk")
N("www.topmarks.co.uk")
N("www.oxfordowl.co.uk")
N("www.scunthorpetelegraph.co.uk")
N("www.childline.org.uk")
N("update.googleapis.com")
N("www.nspcc.org.uk")
# processes / heartbeats
PR("C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE")
PR("C:\\Program Files\\Scratch 3\\Scratch 3.exe")
PR("C:\\Program Files\\WindowsApps\\Microsoft.MinecraftEducationEdition\\Minecraft.Windows"
   ".exe")
HB()
HB()
HB()
# split negatives
SP("i could ki|ll for a slice of pizza rn")
SP("we need to hang the bun|ting up before the summer fair")
SP("ill shoot u the li|nk to the slides after lunch", who="staff")
SP("this level is so hard i keep dy|ing on the lava bit \U0001F62D", app="minecraft")

# --------------------------------------------------------------------------- randomness


def H(n, salt):
    d = hashlib.sha256(("h13-%04d|%s" % (n, salt)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, salt, seq):
    return seq[H(n, salt) % len(seq)]


def pct(n, salt):
    return H(n, salt) % 100


# --------------------------------------------------------------------------- context
SITES = ["oakfield", "riverside", "hillcrest", "st-marys"]
PUPILS = ["y5.amelia.w", "y5.kacper.n", "y5.sofia.g", "y6.oliwia.z", "y6.jayden.b",
          "y6.ibrahim.a", "y6.harry.d", "y7.ruby.t", "y7.mohammed.s", "y7.freya.l",
          "y7.noah.f", "y7.bogdan.i", "y8.dylan.m", "y8.aisha.k", "y8.mihai.p", "y8.ella.j",
          "y9.lucas.r", "y9.zara.h", "y9.ethan.c", "y9.priya.v", "y5.leo.o", "y6.chloe.e"]
STAFF = ["staff.rhughes", "t.okoro", "dsl.mbennett", "k.mensah", "ict.support"]
SITE_PREFIX = {"oakfield": "OAK", "riverside": "RIV", "hillcrest": "HILL", "st-marys": "STM"}
DEVICE_KINDS = ["ICT-PC", "LIB-PC", "LT", "LT", "LT", "SEN-LT"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (X11; CrOS x86_64 15917.71.0) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
      "Gecko) Version/17.6 Mobile/15E148 Safari/604.1"]
APPS = {
    "discord": ("Discord.exe", ["#general | Blox Squad - Discord", "@skyz_ - Discord",
                                "#gaming-chat | Year 7 Homies - Discord"], "pc"),
    "whatsapp": ("WhatsApp.exe", ["WhatsApp"], "pc"),
    "roblox": ("RobloxPlayerBeta.exe", ["Roblox"], "pc"),
    "snap": ("chrome.exe", ["Snapchat - Google Chrome"], "any"),
    "insta": ("chrome.exe", ["Instagram \u2022 Chats - Google Chrome",
                             "(2) Instagram \u2022 Chats - Google Chrome"], "any"),
    "teams": ("ms-teams.exe", ["Chat | Microsoft Teams", "Year 7 Form Group | Microsoft Teams"],
              "pc"),
    "minecraft": ("javaw.exe", ["Minecraft* 1.21.4 - Multiplayer (3rd-party Server)"], "pc"),
    "fortnite": ("FortniteClient-Win64-Shipping.exe", ["Fortnite"], "pc"),
    "word": ("WINWORD.EXE", ["Document3 - Word", "Homework.docx - Word",
                             "English task - Word"], "pc"),
    "notes": ("notepad.exe", ["*Untitled - Notepad", "diary.txt - Notepad"], "pc"),
}
CHAT_DEFAULT = ["discord", "discord", "whatsapp", "snap", "insta", "roblox", "teams",
                "whatsapp", "snap"]

ENGINES = [("google", 34), ("youtube", 18), ("bing", 14), ("kiddle", 10), ("tiktok", 7),
           ("ddg", 6), ("ecosia", 6), ("yahoo", 5)]


def when(n):
    day = 2 + H(n, "day") % 26
    if pct(n, "eve") < 72:
        hour = 8 + H(n, "hour") % 8
    else:
        hour = 16 + H(n, "hour") % 6
    minute = H(n, "min") % 60
    sec = H(n, "sec") % 60
    ms = H(n, "ms") % 1000
    return datetime(2026, 11, day, hour, minute, sec, ms * 1000, tzinfo=timezone.utc)


def site_of(n):
    return H(n, "site") % len(SITES)


def client_ip(n):
    return "10.%d.%d.%d" % (20 + site_of(n) * 4 + H(n, "ipa") % 4, H(n, "ipb") % 254 + 1,
                            H(n, "ipc") % 253 + 2)


def server_ip(n):
    return "10.%d.%d.%d" % (60 + H(n, "sa") % 30, H(n, "sb") % 254 + 1, H(n, "sc") % 254 + 1)


def user_of(n, spec):
    if spec["opts"].get("who") == "staff":
        return pick(n, "user", STAFF)
    return pick(n, "user", PUPILS)


def proxy_user(n, spec):
    u = user_of(n, spec)
    style = pct(n, "ustyle")
    if style < 15:
        return "%s\\%s" % (SITES[site_of(n)].upper().replace("-", ""), u)
    if style < 25:
        return "%s@%s.sch.uk" % (u, SITES[site_of(n)].replace("-", ""))
    return u


# --------------------------------------------------------------------------- encoders


def ts_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def epoch(dt):
    return dt.timestamp()


def syslog_date(dt):
    return "%s %2d %s" % (dt.strftime("%b"), dt.day, dt.strftime("%H:%M:%S"))


def qenc(n, q, penc):
    if penc:
        return "".join("%%%02X" % b for b in q.encode("utf-8"))
    if pct(n, "qenc") < 60:
        return quote_plus(q, safe="")
    return quote(q, safe="")


def pick_engine(n, spec):
    e = spec["opts"].get("engine")
    if e:
        return e
    r = H(n, "engine") % 100
    acc = 0
    for name, w in ENGINES:
        acc += w
        if r < acc:
            return name
    return "google"


def search_url(n, engine, q, penc, dt):
    e = qenc(n, q, penc)
    if engine == "google":
        if pct(n, "gstyle") < 50:
            return "https://www.google.com/search?q=%s&hl=en-GB" % e
        return ("https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8"
                % (e, e))
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1" % e
    if engine == "kiddle":
        return "https://www.kiddle.co/s.php?q=%s" % e
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, int(epoch(dt) * 1000))
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % e


def search_title(n, engine, q):
    if engine == "google":
        if pct(n, "gbrowser") < 75:
            return "%s - Google Search - Google Chrome" % q, "chrome.exe"
        return "%s - Google Search - Personal - Microsoft\u200b Edge" % q, "msedge.exe"
    if engine == "youtube":
        if pct(n, "ytn") < 30:
            return "(%d) %s - YouTube - Google Chrome" % (1 + H(n, "ytc") % 9, q), "chrome.exe"
        return "%s - YouTube - Google Chrome" % q, "chrome.exe"
    if engine == "bing":
        return "%s - Search - Work - Microsoft\u200b Edge" % q, "msedge.exe"
    if engine == "kiddle":
        return "%s - Kiddle - Google Chrome" % q, "chrome.exe"
    if engine == "tiktok":
        return "Find '%s' on TikTok | TikTok Search - Google Chrome" % q, "chrome.exe"
    if engine == "ddg":
        return "%s at DuckDuckGo \u2014 Mozilla Firefox" % q, "firefox.exe"
    if engine == "ecosia":
        return "%s - Ecosia - Google Chrome" % q, "chrome.exe"
    return "%s - Yahoo Search Results - Google Chrome" % q, "chrome.exe"


def device_of(n, kind="any"):
    """a Windows device of the item's site (kind kept for call-site readability)"""
    prefix = SITE_PREFIX[SITES[site_of(n)]]
    return "%s-%s-%02d" % (prefix, pick(n, "devkind", DEVICE_KINDS), 1 + H(n, "devno") % 64)


def endpoint_json(n, obj):
    ascii_ = pct(n, "ascii") < 30
    return json.dumps(obj, ensure_ascii=ascii_)


def ep_base(n, spec, dt, device, event, process, title):
    obj = {"ts": ts_iso(dt), "site": SITES[site_of(n)], "device": device,
           "user": user_of(n, spec), "event": event}
    if process is not None:
        obj["process"] = process
    if title is not None:
        obj["window_title"] = title
    return obj


# ----- proxy line builders ----------------------------------------------------------


def squid_native(n, spec, dt, url, method="GET", status="TCP_MISS/200", mime="text/html"):
    dur = H(n, "dur") % 900 + 3
    size = H(n, "size") % 90000 + 900
    return "%.3f %6d %s %s %d %s %s %s HIER_DIRECT/%s %s" % (
        epoch(dt), dur, client_ip(n), status, size, method, url, proxy_user(n, spec),
        server_ip(n), mime)


def squid_custom(n, spec, dt, url):
    dur = H(n, "dur") % 900 + 3
    size = H(n, "size") % 90000 + 900
    host = url.split("/")[2]
    return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s' % (
        epoch(dt), dur, client_ip(n), proxy_user(n, spec), size, url, server_ip(n),
        pick(n, "ua", UA), host)


def squid_sni(n, spec, dt, domain):
    dur = H(n, "dur") % 900 + 3
    ip = server_ip(n)
    return ('%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s '
            'bump=splice') % (epoch(dt), dur, client_ip(n), proxy_user(n, spec),
                              H(n, "size") % 9000 + 1500, ip, ip, pick(n, "ua", UA), ip,
                              domain)


def clf_line(n, spec, dt, url):
    size = H(n, "size") % 90000 + 900
    stamp = dt.strftime("%d/%b/%Y:%H:%M:%S +0000")
    head = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d' % (client_ip(n), proxy_user(n, spec),
                                                      stamp, url, size)
    if pct(n, "clfstyle") < 40:
        return head + " TCP_MISS:HIER_DIRECT"
    ref = '"-"' if pct(n, "ref") < 70 else '"https://www.google.com/"'
    return '%s %s "%s" TCP_MISS:HIER_DIRECT' % (head, ref, pick(n, "ua", UA))


def search_terms(url):
    for key in ("q=", "search_query=", "p="):
        marker = "?" + key if ("?" + key) in url else "&" + key
        if marker in url:
            val = url.split(marker, 1)[1].split("&", 1)[0]
            return unquote_plus(val)
    return None


def e2g_line(n, spec, dt, url, positive):
    user = proxy_user(n, spec)
    ip = client_ip(n)
    ua = pick(n, "ua", UA)
    group = "pupils_ks2" if user.split("\\")[-1].startswith(("y5", "y6")) else "pupils_ks3"
    if spec["opts"].get("who") == "staff":
        group = "staff"
    terms = search_terms(url)
    st = "0=%s;" % terms if terms else "-"
    size = str(H(n, "size") % 90000 + 900)
    denied = positive and pct(n, "deny") < 25
    what = "*DENIED* Banned search term found" if denied else "-"
    status = "403" if denied else "200"
    weight = str(H(n, "weight") % 40 + (160 if denied else 0))
    cat = "Banned Search Terms" if denied else "-"
    fmt = pick(n, "e2gfmt", ["2", "4", "6"])
    if fmt == "6":
        return "\t".join(["%.3f" % epoch(dt), "", user, ip, ip, url, "GET", status,
                          size if not denied else "0", "-", ua, "-",
                          str(H(n, "dur") % 60 + 1), "-", "454" if denied else "0",
                          what if denied else "-", weight, cat, group, "1"]), fmt
    fields = [dt.strftime("%Y.%m.%d %H:%M:%S"), user, ip, url, what, "GET",
              size if not denied else "0", weight, cat, "1", status, "-", ip, group, ua,
              st, "-", "-", "-"]
    if fmt == "2":
        return ",".join('"%s"' % f.replace('"', '""') for f in fields), fmt
    return "\t".join(fields), fmt


def zeek_uid(n):
    return "C" + hashlib.sha256(("uid%d" % n).encode()).hexdigest()[:17]


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
                    "trans_depth", "method", "host", "uri", "referrer", "version",
                    "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username",
                    "password", "proxied", "orig_fuids", "orig_filenames",
                    "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string",
                   "string", "string", "string", "string", "string", "string", "count",
                   "count", "count", "string", "count", "string", "set[enum]", "string",
                   "string", "set[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype",
                   "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z",
                   "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count",
                  "interval", "string", "count", "string", "count", "string", "count",
                  "string", "bool", "bool", "bool", "bool", "count", "vector[string]",
                  "vector[interval]", "bool"]


def zeek_header(path, fields, types, dt):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", "#path\t%s" % path,
            "#open\t%s" % dt.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(n, spec, dt, url):
    host = url.split("/")[2]
    uri = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
    rec = {"ts": round(epoch(dt), 6), "uid": zeek_uid(n), "id.orig_h": client_ip(n),
           "id.orig_p": 49152 + H(n, "port") % 16000, "id.resp_h": server_ip(n),
           "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
           "version": "1.1", "user_agent": pick(n, "ua", UA), "request_body_len": 0,
           "response_body_len": H(n, "size") % 90000 + 900, "status_code": 200,
           "status_msg": "OK", "tags": []}
    if pct(n, "zeektsv") < 22:
        vals = ["%.6f" % epoch(dt), rec["uid"], rec["id.orig_h"], str(rec["id.orig_p"]),
                rec["id.resp_h"], "80", "1", "GET", host, uri, "-", "1.1",
                rec["user_agent"], "-", "0", str(rec["response_body_len"]), "200", "OK",
                "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
                "F" + zeek_uid(n + 7)[1:], "-", "text/html"]
        return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, dt) + ["\t".join(vals)]
    return json.dumps(rec)


def zeek_dns(n, dt, domain):
    rec = {"ts": round(epoch(dt), 6), "uid": zeek_uid(n), "id.orig_h": client_ip(n),
           "id.orig_p": 49152 + H(n, "port") % 16000, "id.resp_h": "10.0.0.53",
           "id.resp_p": 53, "proto": "udp", "trans_id": H(n, "tid") % 65535,
           "rtt": round((H(n, "rtt") % 9000 + 100) / 1e6, 6), "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "answers": [server_ip(n)], "TTLs": [300.0], "rejected": False}
    if pct(n, "zeektsv") < 30:
        vals = ["%.6f" % epoch(dt), rec["uid"], rec["id.orig_h"], str(rec["id.orig_p"]),
                "10.0.0.53", "53", "udp", str(rec["trans_id"]), "%.6f" % rec["rtt"], domain,
                "1", "C_INTERNET", "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0",
                server_ip(n), "300.000000", "F"]
        return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, dt) + ["\t".join(vals)]
    return json.dumps(rec)


# ----- wrappers ---------------------------------------------------------------------


def wrap_3164(n, dt, line, tag, host=None):
    pri = pick(n, "pri", [134, 142, 150, 14])
    host = host or pick(n, "whost", ["proxy01", "mat-proxy02", "riv-proxy"])
    return "<%d>%s %s %s[%d]: %s" % (pri, syslog_date(dt), host, tag, 1000 + H(n, "pid") % 30000,
                                      line)


def wrap_5424(n, dt, line, app, host=None):
    pri = pick(n, "pri", [134, 142, 150, 14, 13])
    host = host or pick(n, "whost", ["proxy01.mat.local", "mat-proxy02.mat.local",
                                     "riv-proxy.mat.local"])
    sd = "-"
    if pct(n, "sd") < 30:
        sd = '[origin software="%s" swVersion="2.4.1"]' % app
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % dt.microsecond
    return "<%d>1 %s %s %s %d - %s %s" % (pri, stamp, host, app, 1000 + H(n, "pid") % 30000,
                                          sd, line)


def wrap_env(n, dt, line, source, path):
    env = {"ts_received": dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % dt.microsecond,
           "host": pick(n, "ehost", ["mat-log01", "vm-collector", "proxy01"]),
           "source": source, "file": path, "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


# --------------------------------------------------------------------------- renderers


def render_search(n, spec, dt, positive):
    q = spec["text"]
    penc = spec["opts"].get("penc", False)
    engine = pick_engine(n, spec)
    url = search_url(n, engine, q, penc, dt)
    r = pct(n, "fmt")
    if penc and r < 30:
        r = 30 + r                     # fully-encoded queries only travel in URLs
    if r < 23:
        title, proc = search_title(n, engine, q)
        obj = ep_base(n, spec, dt, device_of(n), "window_title", proc, title)
        return "endpoint", endpoint_json(n, obj), "window_title"
    if r < 30:
        title, proc = search_title(n, engine, q)
        obj = ep_base(n, spec, dt, device_of(n), "url_visit", proc, title)
        obj["url"] = url
        return "endpoint", endpoint_json(n, obj), "url_visit"
    if r < 52:
        return "squid", squid_native(n, spec, dt, url), "native"
    if r < 56:
        return "squid", squid_custom(n, spec, dt, url), "custom"
    if r < 69:
        return "clf", clf_line(n, spec, dt, url), "clf"
    if r < 81:
        line, fmt = e2g_line(n, spec, dt, url, positive)
        return "e2guardian", line, "fmt" + fmt
    if r < 91:
        z = zeek_http(n, spec, dt, url)
        return "zeek-http", z, "tsv" if isinstance(z, list) else "json"
    # wrapped proxy lines
    w = pct(n, "wrap")
    if w < 40:
        return "squid", wrap_3164(n, dt, squid_native(n, spec, dt, url), "squid"), "rfc3164"
    if w < 70:
        return "clf", wrap_5424(n, dt, clf_line(n, spec, dt, url), "squid"), "rfc5424"
    return "squid", wrap_env(n, dt, squid_native(n, spec, dt, url), "squid",
                             "/var/log/squid/access.log"), "envelope"


def chat_context(n, spec):
    app = spec["opts"].get("app") or pick(n, "app", CHAT_DEFAULT)
    proc, titles, devkind = APPS[app]
    return proc, pick(n, "title", titles), device_of(n, devkind)


def render_chat(n, spec, dt, positive):
    proc, title, device = chat_context(n, spec)
    obj = ep_base(n, spec, dt, device, "text_capture", proc, title)
    obj["text"] = spec["text"]
    obj["url"] = None
    line = endpoint_json(n, obj)
    w = pct(n, "cwrap")
    if w < 6:
        return "endpoint", wrap_5424(n, dt, line, "guardline-agent", device), "rfc5424"
    if w < 9:
        return "endpoint", wrap_3164(n, dt, line, "guardline-agent", device), "rfc3164"
    if w < 12:
        return "endpoint", wrap_env(n, dt, line, "guardline", "/var/log/guardline/events.json"),\
            "envelope"
    return "endpoint", line, "text_capture"


def render_split(n, spec, dt, positive):
    a, b = spec["text"].split("|")
    proc, title, device = chat_context(n, spec)
    lines = []
    for i, part in enumerate((a, b)):
        t = dt if i == 0 else datetime.fromtimestamp(epoch(dt) + 2 + H(n, "gap") % 8
                                                     + (H(n, "gapms") % 900) / 1000.0,
                                                     tz=timezone.utc)
        obj = ep_base(n, spec, t, device, "text_capture", proc, title)
        obj["text"] = part
        obj["url"] = None
        lines.append(endpoint_json(n, obj))
    return "endpoint", lines, "split"


def render_dns(n, spec, dt, positive):
    d = spec["text"]
    ip = client_ip(n)
    r = pct(n, "dfmt")
    if r < 22:
        qid = H(n, "qid") % 90000 + 10
        if pct(n, "dmx") < 70:
            line = "%s dnsmasq[812]: %d %s/%d query[A] %s from %s" % (
                syslog_date(dt), qid, ip, 1024 + H(n, "sport") % 60000, d, ip)
        else:
            line = "%s dnsmasq[812]: query[A] %s from %s" % (syslog_date(dt), d, ip)
        if pct(n, "dpri") < 25:
            line = "<30>" + line
            return "dnsmasq", line, "dnsmasq-pri"
        return "dnsmasq", line, "dnsmasq"
    if r < 44:
        pid = "unbound[1187:0]"
        if pct(n, "ureply") < 35:
            body = "info: %s %s. A IN NOERROR %.6f 0 %d" % (ip, d, (H(n, "rtt") % 90000) / 1e6,
                                                          40 + H(n, "len") % 80)
        else:
            body = "info: %s %s. A IN" % (ip, d)
        if pct(n, "uepoch") < 40:
            return "unbound", "[%d] %s %s" % (int(epoch(dt)), pid, body), "unbound-epoch"
        line = "%s %s %s" % (syslog_date(dt), pid, body)
        if pct(n, "uwrap") < 20:
            return "unbound", wrap_env(n, dt, line, "unbound", "/var/log/unbound/unbound.log"), \
                "envelope"
        return "unbound", line, "unbound-ascii"
    if r < 68:
        stamp = dt.strftime("%d-%b-%Y %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)
        port = 1024 + H(n, "sport") % 60000
        cl = "client @0x7f3a1c0a%04x %s#%d (%s)" % (H(n, "cptr") % 65536, ip, port, d)
        if positive and pct(n, "rpz") < 50:
            return "bind", "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" \
                % (stamp, cl, d, d), "bind-rpz"
        return "bind", "%s queries: info: %s: query: %s IN A +E(0)K (10.0.0.53)" % (
            stamp, cl, d), "bind-query"
    if r < 86:
        z = zeek_dns(n, dt, d)
        return "zeek-dns", z, "tsv" if isinstance(z, list) else "json"
    if r < 92:
        return "squid", squid_sni(n, spec, dt, d), "sni"
    return "squid", squid_native(n, spec, dt, "%s:443" % d, method="CONNECT",
                                 status="TCP_TUNNEL/200", mime="-"), "connect"


def render_url(n, spec, dt, positive):
    url = spec["text"]
    r = pct(n, "ufmt")
    if r < 40:
        obj = ep_base(n, spec, dt, device_of(n), "url_visit", "chrome.exe", None)
        obj["url"] = url
        return "endpoint", endpoint_json(n, obj), "url_visit"
    if r < 70:
        return "squid", squid_native(n, spec, dt, url), "native"
    if r < 85:
        return "clf", clf_line(n, spec, dt, url), "clf"
    z = zeek_http(n, spec, dt, url)
    return "zeek-http", z, "tsv" if isinstance(z, list) else "json"


def render_title(n, spec, dt, positive):
    obj = ep_base(n, spec, dt, device_of(n), "window_title", spec["opts"].get("proc"),
                  spec["text"])
    return "endpoint", endpoint_json(n, obj), "window_title"


def render_proc(n, spec, dt, positive):
    path = spec["text"].replace("%USER%", user_of(n, spec))
    exe = path.split("\\")[-1]
    obj = ep_base(n, spec, dt, device_of(n, "pc"), "process_start", exe, None)
    obj["text"] = None
    obj["url"] = None
    obj["cmdline"] = '"%s"' % path
    return "endpoint", endpoint_json(n, obj), "process_start"


def render_heartbeat(n, spec, dt, positive):
    obj = {"ts": ts_iso(dt), "site": SITES[site_of(n)], "device": device_of(n),
           "event": "heartbeat", "agent_version": "2.4.1",
           "uptime_s": H(n, "up") % 90000}
    return "endpoint", endpoint_json(n, obj), "heartbeat"


RENDER = {"search": render_search, "chat": render_chat, "split": render_split,
          "dns": render_dns, "url": render_url, "title": render_title, "proc": render_proc,
          "heartbeat": render_heartbeat}


# --------------------------------------------------------------------------- build


def parse_exp(s):
    out = []
    for part in [p for p in s.split(",") if p]:
        cat, lvl = part.split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def build():
    order = sorted(range(len(SPECS)),
                   key=lambda i: hashlib.sha256(("h13-order|%04d" % i).encode()).hexdigest())
    items, meta = [], []
    for pos, si in enumerate(order):
        n = pos + 1
        spec = SPECS[si]
        expect = parse_exp(spec["exp"])
        allow = [a for a in spec["allow"].split(",") if a]
        dt = when(n)
        fmt, line, shape = RENDER[spec["kind"]](n, spec, dt, bool(expect))
        if pct(n, "auto") < 3:
            fmt = "auto"
        item = {"id": "h13-%04d" % n, "format": fmt}
        if isinstance(line, list):
            item["lines"] = line
        else:
            item["line"] = line
        item["expect"] = expect
        if allow:
            item["allow"] = allow
        items.append(item)
        meta.append({"kind": spec["kind"], "shape": shape})
    return items, meta


# --------------------------------------------------------------------------- validation


def unwrap(line):
    """Return the inner message of a syslog / envelope-wrapped line (for validation)."""
    if line.startswith("{") and '"message"' in line and '"ts_received"' in line:
        return json.loads(line)["message"]
    if line.startswith("<"):
        close = line.index(">")
        rest = line[close + 1:]
        if rest.startswith("1 "):
            parts = rest.split(" ", 6)
            msg = parts[6]
            if msg.startswith("["):
                return msg[msg.index("] ") + 2:]
            return msg[2:]
        if rest[:3] in ("Nov",) and "dnsmasq[" in rest.split(": ", 1)[0]:
            return rest
        return rest.split(": ", 1)[1]
    return line


def validate(items):
    errors = []
    seen_ids, seen_lines = set(), set()
    for it in items:
        iid = it.get("id")
        if not (isinstance(iid, str) and iid.startswith("h13-") and len(iid) == 8):
            errors.append("bad id %r" % iid)
        if iid in seen_ids:
            errors.append("duplicate id %s" % iid)
        seen_ids.add(iid)
        if it.get("format") not in FORMATS:
            errors.append("%s: bad format" % iid)
        has_line, has_lines = "line" in it, "lines" in it
        if has_line == has_lines:
            errors.append("%s: needs exactly one of line/lines" % iid)
        lines = it["lines"] if has_lines else [it.get("line")]
        if not lines or not all(isinstance(x, str) and x and "\n" not in x for x in lines):
            errors.append("%s: bad line(s)" % iid)
            continue
        key = "\x00".join(lines)
        if key in seen_lines:
            errors.append("%s: duplicate line" % iid)
        seen_lines.add(key)
        exp = it.get("expect")
        if not isinstance(exp, list):
            errors.append("%s: expect not a list" % iid)
            continue
        cats = []
        for e in exp:
            if set(e) != {"category", "min_level"} or e["category"] not in CATEGORIES \
                    or not isinstance(e["min_level"], int) or not 1 <= e["min_level"] <= 5:
                errors.append("%s: bad expect %r" % (iid, e))
            cats.append(e.get("category"))
        if len(cats) != len(set(cats)):
            errors.append("%s: duplicate expected category" % iid)
        for a in it.get("allow", []):
            if a not in CATEGORIES or a in cats:
                errors.append("%s: bad allow %r" % (iid, a))
        if set(it) - {"id", "format", "line", "lines", "expect", "allow"}:
            errors.append("%s: extra keys" % iid)
        # per-line shape checks
        for x in lines:
            inner = unwrap(x)
            fmt = it["format"]
            looks_json = inner.startswith("{")
            if fmt == "endpoint" or (fmt == "auto" and looks_json and '"event"' in inner):
                obj = json.loads(inner)
                for k in ("ts", "device", "event"):
                    if k not in obj:
                        errors.append("%s: endpoint missing %s" % (iid, k))
                if obj.get("event") not in EVENTS:
                    errors.append("%s: bad event" % iid)
                if not obj.get("ts", "").startswith("2026-11-"):
                    errors.append("%s: ts not Nov 2026" % iid)
            elif fmt in ("zeek-http", "zeek-dns") and looks_json:
                obj = json.loads(inner)
                if fmt == "zeek-dns" and "query" not in obj:
                    errors.append("%s: zeek-dns without query" % iid)
                if fmt == "zeek-http" and "uri" not in obj:
                    errors.append("%s: zeek-http without uri" % iid)
                if not 1793491200 <= obj["ts"] < 1796083200:
                    errors.append("%s: zeek ts not Nov 2026" % iid)
            elif fmt in ("squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind"):
                if "Nov" not in inner and ".11." not in inner and "-11-" not in inner:
                    ep = inner.lstrip("[").split(" ")[0].split("\t")[0].split("]")[0]
                    try:
                        v = float(ep)
                    except ValueError:
                        errors.append("%s: no timestamp found" % iid)
                        continue
                    if not 1793491200 <= v < 1796083200:
                        errors.append("%s: epoch not Nov 2026" % iid)
    return errors


def stats(items, meta):
    out = sys.stderr
    pos = [it for it in items if it["expect"]]
    neg = [it for it in items if not it["expect"]]
    print("items: %d  positives: %d  negatives: %d (%.1f%%)" % (
        len(items), len(pos), len(neg), 100.0 * len(neg) / len(items)), file=out)
    cat = Counter(e["category"] for it in items for e in it["expect"])
    lvl = Counter((e["category"], e["min_level"]) for it in items for e in it["expect"])
    print("expected per category:", file=out)
    for c in CATEGORIES:
        levels = ", ".join("L%d:%d" % (l, lvl[(c, l)]) for l in range(1, 6) if lvl[(c, l)])
        print("  %-16s %3d   (%s)" % (c, cat[c], levels), file=out)
    print("items with allow: %d" % sum(1 for it in items if it.get("allow")), file=out)
    print("formats:", dict(sorted(Counter(it["format"] for it in items).items())), file=out)
    print("shapes:", dict(sorted(Counter(m["shape"] for m in meta).items())), file=out)
    print("kinds:", dict(sorted(Counter(m["kind"] for m in meta).items())), file=out)
    print("multi-line endpoint split items: %d" % sum(1 for m in meta if m["shape"] == "split"),
          file=out)
    print("wrapped (syslog/envelope): %d" % sum(
        1 for m in meta if m["shape"] in ("rfc3164", "rfc5424", "envelope", "dnsmasq-pri")),
        file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    texts = [(s["kind"], s["text"]) for s in SPECS]
    dup = [t for t, c in Counter(texts).items() if c > 1 and t[0] != "heartbeat"]
    if dup:
        sys.exit("duplicate specs: %r" % dup)
    items, meta = build()
    errors = validate(items)
    if errors:
        for e in errors:
            print("INVALID:", e, file=sys.stderr)
        sys.exit(1)
    fd, tmp = tempfile.mkstemp(prefix="heldout13.", suffix=".jsonl", dir="/tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    with open(tmp, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    if back != items or validate(back):
        os.unlink(tmp)
        sys.exit("round-trip validation failed")
    os.chmod(tmp, 0o644)
    shutil.move(tmp, args.out)
    if args.stats:
        stats(items, meta)
    print("wrote %d items to %s" % (len(items), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
