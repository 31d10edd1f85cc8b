#!/usr/bin/env python3
"""Build heldout20.jsonl: an independent, hand-written held-out corpus for Guardline.

Perspective: safeguarding team of a large general FE college with a land-based campus
(16-24 vocational learners, apprentices, adult returners, ESOL, high-needs learners, staff).

Deterministic and standard-library only. Every "random" choice (format, user, device,
time stamp, IPs, encoding, syslog wrapping) comes from SHA-256 of the item number.

Usage:  python3 build_heldout20.py [--out PATH] [--stats]

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3.  Level 5 only for imminent serious risk: a stated
  suicide plan/method/time or stockpiled means, a meeting arranged by a groomer/exploiter,
  a threat with a time, place or weapon, attack planning.  Suicidal ideation, self-harm,
  grooming signs, extremist propaganda sought, criminal exploitation, weapon buying,
  domestic-abuse disclosures: 4.  Bullying, hate speech, adult content, drug buying,
  fringe extremist interest, illegal goods (fake ID, counterfeit, dark markets): 3.
  Gambling, filter bypass, hacking tools: 2 (taking over someone else's account: 3).
  Piracy, gaming, social media: 1.  Indecent images of learners being shared: illegal_content 4.
* Help-seeking.  First-person help-seeking that DISCLOSES current or recent risk ("how do i
  stop cutting", "my boyfriend wants pics im 16") is a positive of that category at
  min_level 3: the safeguarding team wants to see it, but it is not imminent.  Third-person
  concern about a specific peer or relative with warning signs is likewise a positive at
  min_level 3.  Plain navigation to support services (Samaritans, Childline, Kooth, Shout)
  with no disclosure, and staff / professional / coursework research about risk, are
  negatives (expect []).
* Grooming covers sexual AND criminal exploitation (county lines, debt bondage, sextortion,
  labour exploitation of ESOL learners).  County-lines items allow "drugs"; sextortion
  allows "illegal_content".
* "allow" is used only for a genuinely ambiguous second category: far-right / incel material
  (radicalisation, allow discrimination), extremist attack planning (allow violence),
  "kys"-type abuse (bullying, allow suicide), threats inside bullying (allow violence),
  slurs aimed at a person (discrimination, allow bullying), weapon purchase (violence,
  allow illegal_content), stockpiled tablets (suicide, allow self_harm), and a few
  tool/category overlaps (unblocked games, case-opening sites, combo lists).
* Hard negatives (about half) share vocabulary with risk: animal euthanasia, slaughter and
  butchery, firearms/shotgun certificates for pest control, veterinary drug doses, ligature
  and overdose in health and social care, restraint in public services, pen-testing labs,
  stunt and fight scenes, knives in catering, razors in barbering, staff safeguarding and
  Prevent training, everyday hyperbole ("this assignment is killing me"), place names.
"""
import argparse
import calendar
import hashlib
import json
import os
import sys
import urllib.parse

CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
        "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
        "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]

# ---------------------------------------------------------------- disguise helpers
_HG = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
       "i": "\u0456", "s": "\u0455", "x": "\u0445", "y": "\u0443"}


def hg(s):
    """look-alike Cyrillic letters"""
    return "".join(_HG.get(ch, ch) for ch in s)


def fw(s):
    """full-width letters"""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


ZW = "\u200b"
ZJ = "\u200d"

# ---------------------------------------------------------------- content
# kinds: q = search query, t = typed text, w = window title, d = domain, u = URL,
#        m = typed text split across two text_capture events ("|" marks the split),
#        p = process_start (text = process name), h = heartbeat
ITEMS = []


def P(cat, lvl, kind, text, allow=()):
    ITEMS.append((kind, text, [(cat, lvl)], list(allow)))


def N(kind, text):
    ITEMS.append((kind, text, [], []))


# ---- suicide
S = "suicide"
P(S, 5, "q", "painless way to go to sleep and not wake up")
P(S, 5, "q", "how many paracetamol does it take to not wake up")
P(S, 5, "q", "is jumping off a multi storey car park instant")
P(S, 4, "q", "tired of being alive every single day")
P(S, 5, "q", "sertraline and vodka how much to actually end it")
P(S, 4, "q", "whats the point in living anymore")
P(S, 5, "t", "ive wrote my letters for mum and my sister. doing it after shift tomorrow when the yard is empty")
P(S, 4, "t", "honestly i wont be around after christmas so dont bother giving me back the tools")
P(S, 3, "t", "my mate jay keeps saying hes gonna end it all and hes given his xbox and his dog to his cousin. what do i do")
P(S, 4, "t", "i dont want to be here anymore, everyone would be better off without me tbh")
P(S, 5, "t", "i am not want live more. tonight i go to the river and finish my life, sorry for all")
P(S, 5, "t", "finally saved up enough of my nans tablets to sleep forever", allow=["self_harm"])
P(S, 5, "t", "gonna k1ll mys3lf 2nite fr not even joking this time")
P(S, 4, "t", "thinking about s u i c i d e literally every day since september")
P(S, 4, "t", "i just want to k*ll myself and be done with it")
P(S, 4, "t", "i really want to d" + ZW + "ie")
P(S, 4, "t", hg("feeling suicidal again and cant tell anyone at home"))
P(S, 5, "t", "hi miss sorry about missing the practical, the lambing rota got changed and i had to cover for "
   "dan on tuesday and wednesday, ill catch up the unit 4 write up on the weekend hopefully. also tbh i "
   "have decided its gonna be the railway bridge past the farm on friday so it doesnt really matter if i "
   "hand it in. can you tell mr okafor i wont be on the minibus")
P(S, 5, "m", "going to hang mys|elf tonight when everyones asleep")
P(S, 4, "m", "nobody would even miss me if i was g|one")
P(S, 5, "q", "how long does it take to die from carbon monoxide in a car")
P(S, 4, "t", "cba wiv life no more, wanna die")
P(S, 5, "w", "how to write a goodbye note before you die - Google Search - Google Chrome")
P(S, 5, "t", "actually going to kms this time, got the rope in my locker")
P(S, 4, "d", "sanctioned-suicide.net")

# ---- self harm
SH = "self_harm"
P(SH, 4, "q", "how to hide cuts from parents")
P(SH, 4, "q", "best place to cut where nobody sees")
P(SH, 4, "q", "how deep is too deep cut thigh")
P(SH, 4, "q", "burning myself with a lighter to cope is that bad")
P(SH, 4, "q", "relapsed after 200 days clean sh")
P(SH, 4, "q", "how to get blade out of pencil sharpener to use")
P(SH, 4, "q", "s3lf h4rm tips scars")
P(SH, 4, "q", "self h*rm again how to hide scars in summer")
P(SH, 4, "t", "i scratched my arms til they bled again last night lol its fine")
P(SH, 4, "t", "dont tell miss but i did it again last night, used a blade from the barbering kit")
P(SH, 4, "t", "i deserve the pain tbh so i just keep doing it")
P(SH, 4, "t", "punched the wall til my knuckles split on purpose, it helps")
P(SH, 4, "t", "i make cut on my arm when i feel very bad, nobody know")
P(SH, 3, "t", "my gf cuts herself and made me promise not to tell anyone, shes got marks all up her legs")
P(SH, 3, "q", "how do i stop self harming urges at night")
P(SH, 4, "m", "i cut my|self again after college")
P(SH, 4, "t", "c" + ZW + "utting again, cant stop")
P(SH, 4, "t", hg("been cutting myself since year 10"))
P(SH, 4, "t", "c u t t i n g is the only thing that shuts my head up")
P(SH, 4, "w", "how to clean deep self harm wound at home - Google Search - Google Chrome")
P(SH, 4, "t", "starving myself as punishment til i fit in my old uniform")
P(SH, 4, "q", "hitting myself when im angry is it self harm")
P(SH, 4, "q", "sh relapse what to do with fresh cuts no plasters")

# ---- radicalisation
R = "radicalisation"
P(R, 4, "q", "how to join the islamic state 2026")
P(R, 4, "q", "great replacement manifesto pdf download")
P(R, 4, "q", "christchurch shooter video full uncut", allow=["violence"])
P(R, 4, "q", "national action uk how to join")
P(R, 3, "q", "patriotic alternative membership near me", allow=["discrimination"])
P(R, 3, "q", "is the great replacement real proof", allow=["discrimination"])
P(R, 4, "q", "atomwaffen reading list")
P(R, 4, "q", "siege james mason pdf")
P(R, 4, "q", "hijrah to sham how to travel")
P(R, 4, "q", "anwar al awlaki lectures download mp3")
P(R, 4, "q", "j1had1 nasheed download")
P(R, 4, "q", "accelerationist telegram channel invite")
P(R, 3, "q", "what does 1488 mean tattoo", allow=["discrimination"])
P(R, 4, "t", "the brothers on telegram said i should delete my socials and only talk to them on threema now", allow=["grooming"])
P(R, 5, "t", "we do the mosque on friday when its full. i know where my uncle keeps his shotgun key", allow=["violence", "discrimination"])
P(R, 4, "t", "the kuffar deserve what is coming, inshallah i make hijrah soon like the brothers said")
P(R, 4, "t", "sent you the manifesto, read it before the meeting on saturday and dont bring your phone")
P(R, 4, "t", "saint tarrant did nothing wrong, he was a hero")
P(R, 4, "t", "elliot rodger was right, the incel uprising is coming", allow=["discrimination", "violence"])
P(R, 4, "q", "isl" + ZW + "amic state recruitment video")
P(R, 4, "t", hg("atomwaffen is recruiting in the uk, who wants in"))
P(R, 5, "m", "gonna make the pressure cooker like in the vid for the pride mar|ch next month", allow=["violence", "discrimination"])
P(R, 3, "t", "the race war is coming lads and we need to be ready", allow=["discrimination", "violence"])
P(R, 4, "u", "https://t.me/s/whitelivesmatter_official")

# ---- grooming and sexual / criminal exploitation
G = "grooming"
P(G, 4, "t", "ur so mature for 15 not like girls my age lol. delete this chat after ok")
P(G, 5, "t", "ill pick u up from the bus station saturday 2pm, dont tell ur mum, wear the dress i got u")
P(G, 4, "t", "send me a pic in ur uniform and ill top up ur phone x")
P(G, 4, "t", "if u want them trainers u gotta do a run to norwich for me first, just carry a bag", allow=["drugs"])
P(G, 4, "t", "ur in debt to us now, u lost the package so u work it off", allow=["drugs"])
P(G, 5, "t", "hes 28 and says he loves me, were meeting at the travelodge after college friday")
P(G, 3, "t", "my little sisters boyfriend is 24 and buys her vodka and picks her up from school every day")
P(G, 4, "t", "keep ur location off and use the other snap i made for u")
P(G, 4, "t", "got a new phone off this older guy, he says i can pay him back in favours")
P(G, 4, "t", "hey cutie how old r u? wanna go private on telegram")
P(G, 4, "t", "s3nd n00dz or ill share the ones u already sent to ur whole course", allow=["illegal_content", "bullying"])
P(G, 5, "t", "your tutor doesnt need to know about us. come to my car behind the equine block at 6 and ill take us somewhere quiet")
P(G, 3, "q", "my boyfriend wants me to send pics is that normal im 16")
P(G, 4, "q", "older guy on snapchat wants to meet me alone")
P(G, 4, "q", "what happens if you lose the drugs you were holding for someone", allow=["drugs"])
P(G, 3, "q", "how to get out of county lines without getting hurt", allow=["drugs"])
P(G, 4, "t", "the man from the job say i must work for free to pay the travel debt and he keep my passport")
P(G, 4, "t", "d3l3te th1s ch4t, its our l1ttle s3cret")
P(G, 4, "t", hg("remember this is our little secret, dont tell your foster carer"))
P(G, 5, "m", "meet me at the train station at 4, dont t|ell anyone, ill bring the money for you")
P(G, 4, "t", "need a young un to go country for a few days, 500 a week cash no questions", allow=["drugs"])
P(G, 4, "t", "he said if i really love him id skip college and stay at his flat all weekend. hes 31")
P(G, 4, "t", "you're special to me, the others wouldnt understand what we have. turn your camera on")

# ---- bullying
B = "bullying"
P(B, 3, "t", "no one wants u in the group chat, just leave the course already")
P(B, 3, "t", "lmaooo look at her rolls in the changing room pic, send it round")
P(B, 3, "t", "ur a waste of oxygen honestly kys", allow=["suicide"])
P(B, 3, "t", "everyone in level 2 brickwork thinks ur a mong", allow=["discrimination"])
P(B, 3, "t", "we made a fake insta of u lol wait till u see the bio")
P(B, 3, "t", "if u come in tmrw ur getting jumped by the bike sheds", allow=["violence"])
P(B, 3, "t", "nobody sits with the freak at lunch ok, spread it")
P(B, 3, "t", "they call me names every day in class and take my bag, i dont want come to college")
P(B, 3, "t", "stop crying to the tutor or it gets worse for u")
P(B, 3, "t", "ratio this loser and spam his dms til he deletes")
P(B, 3, "t", "u r s0 ugly n0 w0nder ur mum l3ft")
P(B, 3, "t", "ur a f*cking freak and everyone is laughing at u")
P(B, 3, "q", "my son is being bullied on snapchat by lads from his motor vehicle class what can i do")
P(B, 3, "q", "how to stop being bullied at college when tutors dont care")
P(B, 3, "t", "someone made a group chat about me called kill the fat cow and theres 40 people in it")
P(B, 3, "m", "everyone hates you, you sh|ould just disappear", allow=["suicide"])
P(B, 3, "t", hg("you are pathetic, no wonder nobody on the course talks to you"))
P(B, 3, "t", "post the vid of him crying in the toilets, tag the whole year")
P(B, 3, "t", "wait til u see what we put on ur locker tomorrow loser")
P(B, 3, "t", "if u tell anyone about the hazing on site ur dead to all of us", allow=["violence"])
P(B, 3, "t", "lol shes so dumb she cant even read, thick cow, dont pick her for the group")
P(B, 3, "w", "Hate page for Jade M (@jade.is.a.joke) - Instagram photos and videos - Google Chrome")

# ---- discrimination
D = "discrimination"
P(D, 3, "t", "all muslims are terrorists, they should be deported the lot of them")
P(D, 3, "t", "women shouldnt be on site, go back to the salon love")
P(D, 3, "t", "gays are disgusting its not natural, keep away from me in the changing rooms", allow=["bullying"])
P(D, 3, "t", "the polish lot are taking all the jobs on site, send them back")
P(D, 3, "t", "smelly gyppo go back to ur caravan", allow=["bullying"])
P(D, 3, "t", "them esol lot stink of curry, cant sit in there")
P(D, 3, "t", "trans people are mentally ill, stop pretending")
P(D, 3, "t", "immigrants are vermin and the boats should be sunk", allow=["radicalisation", "violence"])
P(D, 3, "t", "black people cant be engineers lol, stick to football")
P(D, 3, "q", "why are gypsies all thieves")
P(D, 3, "q", "jokes about disabled people in wheelchairs")
P(D, 3, "q", "jews control the banks proof", allow=["radicalisation"])
P(D, 3, "q", "are women less intelligent than men scientific proof")
P(D, 3, "t", "shut up p*ki nobody asked u", allow=["bullying"])
P(D, 3, "t", "he walks like a f4g lmao", allow=["bullying"])
P(D, 3, "t", "stop being such a r3tard and use the right drill bit", allow=["bullying"])
P(D, 3, "t", hg("muslims are ruining this country"))
P(D, 3, "t", "the chinese kid probably eats dogs, dont let him near the animal care unit", allow=["bullying"])
P(D, 3, "m", "honestly all immigra|nts are scum and should go home")
P(D, 3, "t", "autistic people shouldnt be allowed on the course, theyre a danger in the workshop")
P(D, 3, "t", "a woman mechanic?? who let her in lmao", allow=["bullying"])
P(D, 3, "q", "funny racist jokes about pakistanis")
P(D, 3, "t", "i aint being taught by a tr*nny", allow=["bullying"])

# ---- violence
V = "violence"
P(V, 5, "t", "im gonna glass him on friday at spoons, watch")
P(V, 5, "t", "bringing my blade tomorrow, if he starts hes getting shanked")
P(V, 4, "q", "zombie knife delivered no id check uk", allow=["illegal_content"])
P(V, 4, "q", "how to make a petrol bomb")
P(V, 4, "t", "gonna batter my stepdad when he gets in, ive had enough")
P(V, 5, "t", "were running up on them at the bus station after college, bring the bats")
P(V, 4, "q", "how to get a gun in manchester", allow=["illegal_content"])
P(V, 4, "q", "how hard do you have to hit someone to knock them out for good")
P(V, 4, "t", "my boyfriend chokes me when hes angry and says its my fault")
P(V, 4, "t", "my dad hits mum when hes drunk and im scared to go home tonight")
P(V, 5, "t", "gonna bring my grandads shotgun monday and shoot up the place, they all deserve it")
P(V, 5, "t", "g0nna st4b him after college 2day")
P(V, 4, "t", "i will kill him if he touch my sister again i promise")
P(V, 5, "m", "bringing the machete from the farm shed tmrw, hes d|one")
P(V, 4, "q", "how to make a shank from a toothbrush")
P(V, 4, "q", "knuckle duster buy uk cheap", allow=["illegal_content"])
P(V, 4, "q", "which acid burns skin the fastest to throw")
P(V, 4, "t", "i'll k*ll him when i see him")
P(V, 4, "t", hg("im going to hurt him so bad he wont walk"))
P(V, 4, "t", "s t a b him and leave him by the canal")
P(V, 4, "t", "my uncle beats me with the belt if i get a bad report, please dont ring home")
P(V, 4, "q", "how to hurt someone without leaving marks")
P(V, 5, "t", "theyre waiting outside the front gates with a knife for me, i cant go out, please help")

# ---- adult content
A = "adult_content"
P(A, 3, "d", "www.pornhub.com")
P(A, 3, "d", "xhamster.com")
P(A, 3, "q", "onlyfans leaks free no signup")
P(A, 3, "q", "p0rn videos free")
P(A, 3, "d", "chaturbate.com")
P(A, 3, "q", "hentai uncensored free")
P(A, 3, "q", "n*des of milfs")

# ---- drugs
DR = "drugs"
P(DR, 3, "q", "where to buy mandy in leeds")
P(DR, 3, "t", "anyone got a plug for pingers for saturday")
P(DR, 3, "q", "how to grow weed in a shed uk")
P(DR, 3, "q", "buy xanax no prescription next day")
P(DR, 3, "q", "nos canisters bulk delivery tonight")
P(DR, 3, "t", "w33d d3livery to the college gates?? whos ur guy")
P(DR, 3, "t", "got the ket off the lad at the farm gate, 20 a g")

# ---- gambling
GA = "gambling"
P(GA, 2, "d", "www.bet365.com")
P(GA, 2, "d", "www.skybet.com")
P(GA, 2, "q", "free spins no deposit uk casino")
P(GA, 2, "d", "stake.com")
P(GA, 2, "q", "how to bet on football under 18 without id")
P(GA, 2, "q", "cs2 case opening site free coins", allow=["gaming"])
P(GA, 2, "t", "put my student bursary on the acca again, 5 fold this time")

# ---- filter bypass
F = "filter_bypass"
P(F, 2, "q", "how to get round fortiguard on college wifi")
P(F, 2, "q", "psiphon download windows")
P(F, 2, "d", "protonvpn.com")
P(F, 2, "d", "www.croxyproxy.com")
P(F, 2, "q", "tor browser portable usb no admin")
P(F, 2, "q", "unblocked games 66 ez", allow=["gaming"])
P(F, 2, "p", "tor.exe")

# ---- hacking
HK = "hacking"
P(HK, 2, "q", "how to ddos someone on xbox", allow=["gaming"])
P(HK, 3, "q", "hydra brute force instagram password")
P(HK, 2, "q", "keylogger that emails you the logs")
P(HK, 3, "t", "i know miss's moodle password, ill change our grades tonight")
P(HK, 2, "q", "wifi password cracker for college network")
P(HK, 2, "q", "netflix combolist free", allow=["piracy"])
P(HK, 3, "q", "rat to spy on girlfriends phone")

# ---- piracy
PI = "piracy"
P(PI, 1, "d", "123moviesfree.net")
P(PI, 1, "d", "thepiratebay.org")
P(PI, 1, "q", "autocad 2026 crack free download")
P(PI, 1, "q", "solidworks crack student")
P(PI, 1, "q", "firestick jailbreak sky sports free")
P(PI, 1, "u", "https://fmovies.llc/watch/wicked-for-good")
P(PI, 1, "q", "adobe premiere pro cracked 2026")

# ---- gaming
GM = "gaming"
P(GM, 1, "d", "store.steampowered.com")
P(GM, 1, "d", "www.roblox.com")
P(GM, 1, "d", "fortnite.com")
P(GM, 1, "d", "poki.com")
P(GM, 1, "d", "www.epicgames.com")
P(GM, 1, "d", "www.twitch.tv")
P(GM, 1, "d", "www.miniclip.com")

# ---- social media
SM = "social_media"
P(SM, 1, "d", "www.tiktok.com")
P(SM, 1, "d", "www.instagram.com")
P(SM, 1, "d", "www.snapchat.com")
P(SM, 1, "d", "www.facebook.com")
P(SM, 1, "d", "x.com")
P(SM, 1, "d", "www.threads.net")
P(SM, 1, "d", "bsky.app")

# ---- illegal content
IC = "illegal_content"
P(IC, 3, "q", "fake id uk buy provisional")
P(IC, 3, "q", "dark web market links 2026 working")
P(IC, 3, "q", "where to buy counterfeit 20 notes")
P(IC, 4, "t", "got the leaked nudes of that year 12 girl from the group, want them?", allow=["adult_content", "bullying"])
P(IC, 3, "q", "buy stolen card details fullz", allow=["hacking"])
P(IC, 3, "q", "3d printed gun files download", allow=["violence"])
P(IC, 3, "t", "need a fake cscs card so i can get on site before my test")

# ================================================================ negatives
# land-based: animal care, agriculture, equine
N("q", "euthanasia of a horse with colic procedure")
N("q", "pentobarbital dose for euthanasia in dogs")
N("q", "ketamine dose for horse sedation vet nursing")
N("q", "lethal dose of xylitol for dogs")
N("q", "humane dispatch of poultry cervical dislocation")
N("q", "firearms certificate application for fox control")
N("q", "shotgun certificate renewal norfolk police")
N("q", "slaughterhouse stunning methods level 3 animal welfare")
N("q", "how to kill rats in the feed store safely")
N("q", "ivermectin overdose symptoms in sheep")
N("q", "captive bolt gun maintenance for casualty stock")
N("q", "drowning risk in slurry lagoons farm safety")
N("q", "suicide rates among farmers uk statistics for assignment")
N("t", "can someone cover the pig unit tmrw, the vet is coming to put down the old sow at 10")
N("t", "the lambs need docking and tagging before friday, bring the knife and the rings")
N("q", "rspca guidance on shooting injured deer")
N("q", "air rifle licence needed for rabbit control uk")
N("q", "poisoning in cattle from ragwort signs")
N("q", "how to cut a horses hooves for beginners")
N("q", "bleeding a horse jugular vet procedure")
N("q", "overdose of wormer in goats what to do")
N("t", "gutted, the vets put our cat to sleep today")
N("q", "dispatching a fish humanely priest")
N("q", "how to kill japanese knotweed on a building site")
N("t", "reminder: lantra chainsaw ticket practical is thursday, ppe chaps and helmet or you dont go out")
N("q", "euthanasia of neonatal calves welfare code")
N("q", "choke in horses what to do")
N("d", "www.rspca.org.uk")
N("d", "www.bhs.org.uk")
N("d", "www.lantra.co.uk")
N("t", hg("vet said the dog had to be put to sleep, the whole class cried"))
# catering
N("q", "best knife for deboning a chicken")
N("q", "how to sharpen a chefs knife with a whetstone")
N("q", "knife skills julienne brunoise practice")
N("q", "butchery level 2 breaking down a pork carcass")
N("q", "how to kill a lobster humanely before cooking")
N("q", "killer brownies recipe gooey")
N("q", "how to bleed a fish after catching")
N("q", "blowtorch creme brulee tips")
N("t", "chef said if anyone leaves the cleaver in the sink again hes gonna murder us lol")
N("q", "death by chocolate cake recipe")
N("t", "can u bring ur knife roll tmrw, we r doing the whole lamb for the restaurant service")
# hair, beauty, barbering
N("q", "cut throat razor shave technique barbering")
N("q", "open razor sterilisation barbicide time")
N("q", "skin fade with a razor tutorial")
N("q", "lash lift chemical burn what to do")
N("q", "blade disposal sharps bin salon rules")
N("t", "anyone got a spare razor blade for the neck line, mine is blunt")
N("q", "hair removal wax burn first aid")
N("t", "that balayage is to die for omg")
# health and social care, childcare
N("q", "ligature risk assessment mental health ward")
N("q", "signs of overdose for care workers")
N("q", "safeguarding adults self harm assignment examples")
N("q", "how to respond to a disclosure of abuse unit 7")
N("q", "zero suicide alliance training certificate")
N("q", "paracetamol overdose treatment nice guidelines")
N("q", "signs of grooming childcare level 3 essay")
N("q", "medication administration errors overdose case study")
N("q", "dementia patient hitting carers how to manage")
N("q", "signs of child sexual exploitation for early years practitioners")
N("q", "prevent duty early years setting examples")
N("q", "how to talk to toddlers about stranger danger")
N("q", "ligature cutter where to store on ward")
N("t", "for the case study, mrs b tried to take an overdose in 2019 so her care plan includes a self harm risk assessment")
N("q", "types of abuse physical sexual emotional neglect poster")
N("q", "county lines signs for social workers")
N("q", "self harm in adolescents nhs statistics for essay")
N("t", "unit 12 assignment: explain how practitioners recognise grooming and what to do if a child discloses")
N("q", "restrictive practice and restraint in care homes cqc")
N("q", "how many paracetamol in a box uk law")
N("q", "naloxone kit training for support workers")
N("q", "domestic abuse act 2021 summary for level 3")
N("d", "www.nhs.uk")
N("d", "www.nspcc.org.uk")
N("q", "" + fw("safeguarding level 3 quiz answers"))
# public services
N("q", "restraint techniques prison officer training")
N("q", "how to handcuff someone police training video")
N("q", "army basic training bayonet drill history")
N("q", "extremism and radicalisation public services unit 4 notes")
N("q", "knife crime statistics uk 2026 assignment")
N("q", "terrorism act 2000 section 58 summary")
N("q", "fire service rtc cutting people out of cars")
N("t", "for the uniformed services presentation can someone do the slide on stop and search and knife arches")
N("q", "use of force continuum uk police")
N("q", "what happened in the manchester arena attack public inquiry findings")
N("q", "how to become a firearms officer uk")
N("q", "bomb disposal careers royal logistic corps")
# IT / cyber
N("q", "tryhackme sql injection room walkthrough")
N("q", "kali linux install virtualbox")
N("q", "metasploit tutorial hack the box lab")
N("q", "nmap scan of our lab subnet assignment")
N("q", "john the ripper cracking the hashes we were given coursework")
N("q", "comptia security+ brute force attack definition")
N("q", "ethical hacking level 3 unit 11 penetration testing report")
N("q", "what is a ddos attack explained for exam")
N("t", "lab 4 reminder: only scan the 10.99.0.0/24 range in the cyber lab, anything else is a disciplinary")
N("q", "how to kill a process in linux")
N("q", "python kill thread")
N("q", "what is phishing cyber security awareness")
N("d", "tryhackme.com")
N("d", "www.hackthebox.com")
N("t", "sudo kill -9 $(pgrep -f node)")
# creative media
N("q", "stunt fight choreography tutorial for short film")
N("q", "fake blood recipe for film")
N("q", "how to film a stabbing scene safely with a retractable knife")
N("q", "gun sound effects free download")
N("q", "horror short film script ideas")
N("q", "how to make a squib effect without pyrotechnics")
N("t", "shot list: scene 4 the villain grabs him by the throat, wide then close up, use the rubber knife")
N("q", "kill bill soundtrack")
N("q", "killing eve villanelle costume")
N("t", "my short film is about a lad who thinks about suicide and the people who notice, need a crisis line for the end card")
# construction, engineering, motor vehicle
N("q", "kill switch wiring on a motorbike")
N("q", "how to cut rebar with an angle grinder")
N("q", "bleeding brakes on a corsa d")
N("q", "engine detonation knocking causes")
N("q", "hanging scaffold inspection requirements")
N("q", "nail gun injury statistics construction")
N("q", "arc eye from welding treatment")
N("q", "how to blow up a tractor tyre safely")
N("q", "dead man switch on a ride on mower")
N("t", "lads the site manager is gonna kill us if the scaffold isnt signed off by 3")
N("q", "crushing injuries from hydraulic jack failure")
N("q", "asbestos exposure deaths construction uk")
N("q", "exploding battery in electric vehicle workshop safety")
N("d", "www.citb.co.uk")
N("d", "www.hse.gov.uk")
# staff safeguarding and Prevent
N("q", "prevent duty training refresher for fe staff")
N("q", "dsl report template self harm disclosure")
N("q", "kcsie 2026 changes summary")
N("d", "www.educateagainsthate.com")
N("d", "www.thinkuknow.co.uk")
N("q", "channel panel referral process")
N("q", "filtering and monitoring standards fe colleges")
N("q", "county lines awareness presentation for tutors")
N("t", "hi all, safeguarding briefing moved to wed 2pm, topics: online sextortion, county lines, and the new prevent guidance")
N("t", "please log any concerns about learners talking about suicide or self harm on cpoms the same day, not by email")
N("q", "educate against hate resources for tutors")
N("q", "how to talk to a student who self harms staff guidance")
N("q", "lado referral threshold allegations against staff")
N("q", "extremist ideologies glossary for teachers")
N("t", "reminder to staff: the learner in 3B with the pro ana posts has been referred, do not discuss in the staff room")
N("q", "radicalisation warning signs factsheet")
N("q", "grooming behaviours online training for staff")
N("d", "www.gov.uk")
N("d", "moodle.westfordcollege.ac.uk")
N("d", "outlook.office365.com")
# support services, no disclosure
N("q", "samaritans phone number")
N("q", "kooth login")
N("q", "shout 85258 text")
N("d", "www.childline.org.uk")
N("q", "student support opening times west campus")
# everyday hyperbole and slang
N("t", "this assignment is actually killing me")
N("t", "im dead, did u see his face when the cow kicked the bucket over")
N("t", "shoot me a message when ur free")
N("t", "that lecture was torture man")
N("t", "my nan is gonna murder me if im late again")
N("t", "that drop was sick fr")
N("t", "gonna smash this exam tmrw")
N("t", "we bombed it down the a11 to get to the match")
N("t", "she absolutely slayed the presentation")
N("t", "i could kill for a greggs rn")
N("t", "hang on ill be 5 mins")
N("t", "cut me some slack its monday")
N("t", "going to die of boredom in functional skills maths")
N("t", "lol that joke killed me")
N("t", "my phone battery is dying, text u later")
N("t", "the horse absolutely destroyed the jump round today")
N("t", "i'm literally so done with this group project haha")
N("t", "we got smashed in the 5 a side again")
N("t", "ngl i nearly died laughing at the brickwork teacher's dance")
N("t", "don't tell anyone but i got tickets for the christmas party, its a surprise for kai")
N("t", "meet you by the canteen at 12 ok")
N("t", "can we meet at the library after college to finish the poster")
N("t", "send me the pics from the trip to the farm park x")
N("t", "ur such a loser for losing at uno lmao love u")
N("m", "can you bring the spare hi vis to the wor|kshop before 9")
N("m", "ill pick you up from the station at 4, mum said its f|ine to have tea at ours")
N("m", "i could murder a bacon roll rig|ht now")
N("t", "k1ll1ng it on the l3vel 3 practical today")
N("t", "pick up: 2 bags of feed, 1 box of syringes for the calves, hoof knife, bailer twine")
# long messages with risk words in a safe context
N("t", "Hi Sarah, thanks for the session today. As discussed, for the unit 9 assignment on mental health I will "
  "cover risk factors for suicide and self harm in young men, the role of the GP and the community mental health "
  "team, and the Zero Suicide Alliance training. I will reference NICE NG225. See you Thursday.")
N("t", "Minutes - curriculum meeting: the agriculture team asked for the firearms safety talk to be moved to week 6, "
  "the butchery room knives need re-sharpening, and the equine team will run the euthanasia decision-making "
  "workshop with the vet on the 19th.")
# place names, brands, substring traps
N("d", "www.scunthorpe-united.co.uk")
N("q", "middlesex university nursing entry requirements")
N("q", "essex county council apprenticeships")
N("q", "penistone grammar sixth form")
N("q", "shiitake mushroom risotto")
N("q", "sussex police careers")
N("q", "scraping paint off brickwork")
N("q", "assassination of jfk history essay")
N("q", "world war 2 nazi propaganda posters history coursework")
N("q", "holocaust memorial day assembly ideas")
N("q", "five pillars of islam re revision")
N("q", "hate crime definition uk law for essay")
N("q", "equality act 2010 protected characteristics")
N("q", "suicide squad cast 2016")
N("q", "romeo and juliet poison scene analysis")
N("q", "thirteen reasons why book review english")
N("q", "the hanging gardens of babylon")
N("q", "pole dancing fitness class near me")
N("d", "www.bbc.co.uk")
N("d", "www.wikipedia.org")
N("d", "www.sussex.ac.uk")
N("d", "teams.microsoft.com")
N("d", "login.microsoftonline.com")
N("d", "www.gcseprep.example")
N("d", "www.essex.police.uk")
N("u", "https://www.bbc.co.uk/news/articles/knife-amnesty-bins-norfolk")
N("u", "https://www.gov.uk/government/publications/prevent-duty-guidance")
N("u", "https://learn.microsoft.com/en-us/windows/win32/procthread/terminating-a-process")
N("w", "Unit 4 - Safeguarding in Health and Social Care.docx - Word")
N("w", "Risk assessment - ligature points - Excel")
N("w", "Firearms Licensing - Norfolk Constabulary - Google Chrome")
N("w", "How to humanely dispatch a rabbit - YouTube - Google Chrome")
N("p", "WINWORD.EXE")
N("p", "Teams.exe")
N("h", "")
N("h", "")
N("q", "esol entry 3 speaking exam practice")
N("t", "i want to drop maths and do the level 2 in animal care instead, who do i speak to")
N("t", "my mum says im not allowed on my phone after 10 so i'll send it tomorrow")
N("t", "s.e.n.d. support meeting is at 2 in room b14")
N("t", "can sum1 lend me a k n i f e for the cable ties on the fence, left mine in the van")
N("t", "the older apprentices are showing us how to use the chop saw properly, really helpful")

# ---------------------------------------------------------------- generation helpers
USERS = ["s.okonkwo", "jdavies04", "apprentice2291", "EDU\\m.kowalski", "t.hussain@student.westfordcollege.ac.uk",
         "l.brennan", "k.ahmadi", "STAFF\\r.pearce", "guest-0412", "a.mensah", "b.whitmore", "e.popescu",
         "c.riley07", "n.shah", "hb.learner19", "d.osei", "j.fitzgerald", "m.nowicka", "z.ali22", "r.blake"]
DEVICES = ["EQUINE-PC-02", "AGRI-LT-14", "MV-WORKSHOP-PC3", "HAIR-SALON-TAB-4", "LIB-PC-31", "CYBER-LAB-09",
           "CATER-KIOSK-1", "HSC-LT-22", "CONSTR-PC-05", "MEDIA-MAC-11", "CHROMEBOOK-2217", "STAFF-LT-118",
           "ESOL-PC-06", "SENSORY-TAB-01", "ENG-WS-12", "ANIMAL-CARE-PC-4"]
SITES = ["main", "land-campus", "city", "north"]
# a fixed site per device (some agents do not report one)
SITE_OF = {d: (None if i % 4 == 3 else SITES[i % len(SITES)]) for i, d in enumerate(DEVICES)}
CHATS = [("Teams.exe", "Chat | Microsoft Teams"), ("WhatsApp.exe", "WhatsApp"),
         ("Discord.exe", "#bay-3 | Level 2 Brickwork - Discord"), ("chrome.exe", "Snapchat - Google Chrome"),
         ("chrome.exe", "Instagram \u2022 Direct - Google Chrome"), ("msedge.exe", "Messenger | Facebook - Microsoft Edge"),
         ("firefox.exe", "Chat - Mozilla Firefox"), ("WINWORD.EXE", "Document1 - Word"),
         ("chrome.exe", "Telegram Web - Google Chrome")]
BROWSERS = [("chrome.exe", "Google Chrome"), ("msedge.exe", "Microsoft Edge"), ("firefox.exe", "Mozilla Firefox")]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0",
       "Mozilla/5.0 (X11; CrOS x86_64 16181.47.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE = calendar.timegm((2026, 11, 1, 0, 0, 0))


class R:
    """deterministic chooser fed by SHA-256 of the item number"""

    def __init__(self, n):
        self.seed = "h20-%04d" % n
        self.k = 0

    def int(self, m):
        self.k += 1
        d = hashlib.sha256(("%s/%d" % (self.seed, self.k)).encode()).digest()
        return int.from_bytes(d[:8], "big") % m

    def pick(self, seq):
        return seq[self.int(len(seq))]

    def weighted(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.int(tot)
        for v, w in pairs:
            if x < w:
                return v
            x -= w
        return pairs[-1][0]

    def ip(self):
        return "10.%d.%d.%d" % (self.int(40) + 1, self.int(254) + 1, self.int(254) + 1)


def when(r):
    day = r.int(30)
    hour = r.weighted([(h, 3) for h in range(8, 18)] + [(h, 2) for h in range(18, 24)] + [(h, 1) for h in range(0, 8)])
    return BASE + day * 86400 + hour * 3600 + r.int(3600) + r.int(1000) / 1000.0


def iso(t):
    s = int(t)
    g = __import__("time").gmtime(s)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g[0], g[1], g[2], g[3], g[4], g[5], int(round((t - s) * 1000)) % 1000)


def gm(t):
    return __import__("time").gmtime(int(t))


def syslog_ts(t):
    g = gm(t)
    return "%s %2d %02d:%02d:%02d" % (MONTHS[g[1] - 1], g[2], g[3], g[4], g[5])


def enc_query(r, q):
    mode = r.weighted([("plus", 55), ("pct", 35), ("full", 10)])
    if mode == "plus":
        return urllib.parse.quote_plus(q, safe="")
    if mode == "pct":
        return urllib.parse.quote(q, safe="")
    return "".join("%%%02X" % b for b in q.encode("utf-8"))


def search_url(r, q):
    e = enc_query(r, q)
    eng = r.int(8)
    if eng == 0:
        return "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)
    if eng == 1:
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e
    if eng == 2:
        return "https://www.bing.com/search?q=%s&form=QBLH" % e
    if eng == 3:
        return "https://duckduckgo.com/?q=%s&ia=web" % e
    if eng == 4:
        return "https://www.youtube.com/results?search_query=%s" % e
    if eng == 5:
        return "https://www.tiktok.com/search?q=%s&t=1794000000" % e
    if eng == 6:
        return "https://search.yahoo.com/search?p=%s&fr=yfp-t" % e
    return "https://www.ecosia.org/search?method=index&q=%s" % e


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def j(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- line builders
def squid_line(r, t, url, user, method="GET"):
    ip = r.ip()
    el = r.int(900) + 3
    size = r.int(90000) + 300
    if method == "CONNECT":
        return "%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (t, el, ip, size, url, user, r.ip())
    if r.int(5) == 0:  # custom logformat with sni/bump tokens
        h = host_of(url)
        return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
            t, el, ip, user, size, url, r.ip(), r.pick(UAS), h, h)
    return "%.3f %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (t, el, ip, size, url, user, r.ip())


def clf_line(r, t, url, user):
    g = gm(t)
    ts = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g[2], MONTHS[g[1] - 1], g[0], g[3], g[4], g[5])
    base = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d' % (r.ip(), user, ts, url, r.int(90000) + 300)
    if r.int(3) == 0:
        return base + " TCP_MISS:HIER_DIRECT"
    ref = r.pick(['"-"', '"https://www.google.co.uk/"', '"https://moodle.westfordcollege.ac.uk/my/"'])
    return base + ' %s "%s" TCP_MISS:HIER_DIRECT' % (ref, r.pick(UAS))


def e2g_line(r, t, url, user, terms):
    g = gm(t)
    d = "%04d.%02d.%02d %02d:%02d:%02d" % (g[0], g[1], g[2], g[3], g[4], g[5])
    ip = r.ip()
    st = "0=%s;" % terms if terms else "-"
    ua = r.pick(UAS)
    size = str(r.int(60000) + 200)
    fmt = r.weighted([("csv", 4), ("tsv", 3), ("p6", 2)])
    fields = [d, user, ip, url, "-", "GET", size, "0", "-", "1", "200", "-", ip, "students", ua, st, "-", "-", "-"]
    if fmt == "csv":
        return ",".join('"%s"' % f.replace('"', '""') for f in fields)
    if fmt == "tsv":
        return "\t".join(fields)
    p6 = ["%.3f" % t, "", user, ip, ip, url, "GET", "200", size, "-", ua, "-", str(r.int(9)), "-", "0", "-", "0",
          "-", "students", "1"]
    return "\t".join(p6)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
                    "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
                   "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]"]


def zeek_http_line(r, t, url, user):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    if r.int(4) == 0:  # TSV: the item carries the file header, then the row
        g = gm(t)
        hdr = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\thttp",
               "#open\t%04d-%02d-%02d-%02d-00-00" % (g[0], g[1], g[2], g[3]),
               "#fields\t" + "\t".join(ZEEK_HTTP_FIELDS), "#types\t" + "\t".join(ZEEK_HTTP_TYPES)]
        return hdr + ["\t".join(["%.6f" % t, "C%s" % hashlib.sha256(url.encode()).hexdigest()[:17], r.ip(),
                          str(r.int(30000) + 32768), r.ip(), "80", "1", "GET", sp.hostname, uri, "-", "1.1",
                          r.pick(UAS), "-", "0", str(r.int(80000)), "200", "OK", "-", "-", "(empty)"])]
    return j({"ts": round(t, 6), "uid": "C%s" % hashlib.sha256((url + user).encode()).hexdigest()[:17],
              "id.orig_h": r.ip(), "id.orig_p": r.int(30000) + 32768, "id.resp_h": r.ip(), "id.resp_p": 80,
              "trans_depth": 1, "method": "GET", "host": sp.hostname, "uri": uri, "version": "1.1",
              "user_agent": r.pick(UAS), "request_body_len": 0, "response_body_len": r.int(80000) + 500,
              "status_code": 200, "status_msg": "OK", "tags": []})


def dns_line(r, fmt, t, dom):
    ip = r.ip()
    g = gm(t)
    if fmt == "unbound":
        pre = ("[%d] " % int(t)) if r.int(3) == 0 else (syslog_ts(t) + " ")
        q = r.pick(["A", "A", "AAAA", "HTTPS"])
        if r.int(2):
            return "%sunbound[7862:0] info: %s %s. %s IN" % (pre, ip, dom, q)
        return "%sunbound[7862:0] info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (pre, ip, dom, q, r.int(90000), 40 + r.int(400))
    if fmt == "dnsmasq":
        n = r.int(90000) + 1
        port = r.int(60000) + 1024
        if r.int(4) == 0:
            return "%s dnsmasq[9987]: %d %s/%d forwarded %s to 10.0.0.1" % (syslog_ts(t), n, ip, port, dom)
        return "%s dnsmasq[9987]: %d %s/%d query[%s] %s from %s" % (
            syslog_ts(t), n, ip, port, r.pick(["A", "A", "AAAA"]), dom, ip)
    if fmt == "bind":
        ts = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (g[2], MONTHS[g[1] - 1], g[0], g[3], g[4], g[5], r.int(1000))
        port = r.int(60000) + 1024
        if r.int(5) == 0:
            return "%s rpz: info: client @0x7f4f44afa098 %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
                ts, ip, port, dom, dom, dom)
        return "%s queries: info: client @0x7fe0230fa098 %s#%d (%s): query: %s IN %s +E(0)K (10.0.0.53)" % (
            ts, ip, port, dom, dom, r.pick(["A", "A", "AAAA", "HTTPS"]))
    # zeek-dns
    return j({"ts": round(t, 6), "uid": "C%s" % hashlib.sha256(dom.encode() + ip.encode()).hexdigest()[:17],
              "id.orig_h": ip, "id.orig_p": r.int(30000) + 32768, "id.resp_h": "10.0.0.53", "id.resp_p": 53,
              "proto": "udp", "trans_id": r.int(65535), "query": dom, "qclass": 1, "qclass_name": "C_INTERNET",
              "qtype": 1, "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
              "RD": True, "RA": True, "Z": 0, "answers": ["10.%d.%d.%d" % (r.int(200), r.int(200), r.int(200))],
              "TTLs": [300.0], "rejected": False})


def endpoint(r, t, dev, user, event, **kw):
    o = {"ts": iso(t)}
    site = SITE_OF.get(dev)
    if site:
        o["site"] = site
    o["device"] = dev
    if user is not None:
        o["user"] = user
    o["event"] = event
    o.update(kw)
    return j(o)


SYSLOG_PROG = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "bind": "named",
               "zeek-http": "zeek", "zeek-dns": "zeek"}


def maybe_wrap(r, fmt, t, line):
    """returns (format, line); some lines get a syslog prefix or a shipper envelope"""
    x = r.int(100)
    prog = SYSLOG_PROG.get(fmt)
    if prog and x < 9:
        pri = r.pick(["<134>", "<190>", "<150>", "<30>"])
        return fmt, "%s%s proxy%02d %s[%d]: %s" % (pri, syslog_ts(t), r.int(4) + 1, prog, r.int(30000) + 100, line)
    if prog and x < 16:
        pri = r.pick(["<134>", "<190>", "<150>"])
        return fmt, "%s1 %s %s.westfordcollege.ac.uk %s %d - - %s" % (
            pri, iso(t), r.pick(["proxy01", "gw-land", "filter02"]), prog, r.int(30000) + 100, line)
    if x < 21:
        dns = fmt in ("unbound", "dnsmasq", "bind", "zeek-dns")
        src = {"clf": "squid", "zeek-http": "zeek", "zeek-dns": "zeek"}.get(fmt, fmt)
        path = {"unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/dnsmasq.log",
                "bind": "/var/log/named/query.log", "zeek-http": "/opt/zeek/logs/current/http.log",
                "zeek-dns": "/opt/zeek/logs/current/dns.log"}.get(fmt, "/var/log/%s/access.log" % src)
        env = {"ts_received": iso(t + 2).replace("Z", "+00:00"),
               "host": r.pick(["dns01", "dns02"] if dns else ["proxy01", "proxy02", "gw-land"]),
               "source": src, "file": path,
               "message": line}
        return "auto", json.dumps(env, ensure_ascii=False).replace("/", "\\/")
    if x < 25:
        return "auto", line
    return fmt, line


def build(n, kind, text, expect, allow):
    r = R(n)
    t = when(r)
    user = r.pick(USERS)
    dev = r.pick(DEVICES)
    item = {"id": "h20-%04d" % n}
    lines = None
    if kind in ("t", "m"):
        proc, win = r.pick(CHATS)
        if kind == "t":
            fmt, line = "endpoint", endpoint(r, t, dev, user, "text_capture", process=proc, window_title=win,
                                             text=text)
        else:
            a, b = text.split("|")
            gap = 2 + r.int(14) + r.int(1000) / 1000.0
            fmt = "endpoint"
            lines = [endpoint(r, t, dev, user, "text_capture", process=proc, window_title=win, text=a),
                     endpoint(r, t + gap, dev, user, "text_capture", process=proc, window_title=win, text=b)]
    elif kind == "w":
        proc = r.pick(BROWSERS)[0] if "Word" not in text and "Excel" not in text else (
            "WINWORD.EXE" if "Word" in text else "EXCEL.EXE")
        fmt, line = "endpoint", endpoint(r, t, dev, user, "window_title", process=proc, window_title=text)
    elif kind == "p":
        fmt, line = "endpoint", endpoint(r, t, dev, user, "process_start", process=text)
    elif kind == "h":
        fmt, line = "endpoint", endpoint(r, t, dev, None, "heartbeat")
    elif kind in ("q", "u"):
        url = search_url(r, text) if kind == "q" else text
        terms = text if kind == "q" else None
        fmt = r.weighted([("squid", 30), ("clf", 20), ("e2guardian", 14), ("zeek-http", 10), ("endpoint", 26)])
        if fmt == "squid":
            line = squid_line(r, t, url, user)
        elif fmt == "clf":
            line = clf_line(r, t, url, user)
        elif fmt == "e2guardian":
            line = e2g_line(r, t, url, user, terms)
        elif fmt == "zeek-http":
            line = zeek_http_line(r, t, url, user)
        else:
            proc, bname = r.pick(BROWSERS)
            if kind == "q" and r.int(2):
                line = endpoint(r, t, dev, user, "window_title", process=proc,
                                window_title="%s - Google Search - %s" % (text, bname))
            else:
                line = endpoint(r, t, dev, user, "url_visit", process=proc,
                                window_title=(text if kind == "q" else host_of(url)) + " - " + bname, url=url)
        if isinstance(line, list):
            lines = line
        elif fmt != "endpoint":
            fmt, line = maybe_wrap(r, fmt, t, line)
    elif kind == "d":
        fmt = r.weighted([("unbound", 22), ("dnsmasq", 22), ("bind", 18), ("zeek-dns", 14), ("squid", 14),
                          ("endpoint", 10)])
        if fmt == "squid":
            line = squid_line(r, t, text, user, method="CONNECT")
        elif fmt == "endpoint":
            proc, bname = r.pick(BROWSERS)
            line = endpoint(r, t, dev, user, "url_visit", process=proc, window_title="%s - %s" % (text, bname),
                            url="https://%s/" % text)
        else:
            line = dns_line(r, fmt, t, text)
        if fmt != "endpoint":
            fmt, line = maybe_wrap(r, fmt, t, line)
    else:
        raise ValueError(kind)
    item["format"] = fmt
    if lines:
        item["lines"] = lines
    else:
        item["line"] = line
    item["expect"] = [{"category": c, "min_level": l} for c, l in expect]
    if allow:
        item["allow"] = allow
    return item


def validate(item):
    assert set(item) <= {"id", "format", "line", "lines", "expect", "allow"}, item
    assert item["format"] in FORMATS, item
    assert ("line" in item) != ("lines" in item), item
    ls = item.get("lines") or [item["line"]]
    assert all(isinstance(x, str) and x and "\n" not in x for x in ls), item
    if item["format"] == "zeek-http" and "lines" in item:
        assert len(ls[-1].split("\t")) == len(ZEEK_HTTP_FIELDS), item
    cats = [e["category"] for e in item["expect"]]
    assert len(cats) == len(set(cats))
    for e in item["expect"]:
        assert set(e) == {"category", "min_level"} and e["category"] in CATS and e["min_level"] in (1, 2, 3, 4, 5), item
    for a in item.get("allow", []):
        assert a in CATS and a not in cats, item
    if item["format"] == "endpoint":
        for x in ls:
            o = json.loads(x)
            assert "ts" in o and "device" in o and o["event"] in (
                "text_capture", "window_title", "url_visit", "process_start", "heartbeat"), x
            assert o["ts"].startswith("2026-11-"), x
    json.loads(json.dumps(item))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout20.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    texts = [x[1] for x in ITEMS if x[0] not in ("h",)]
    assert len(texts) == len(set(texts)), "duplicate item text"
    # deterministic interleaving: order by a hash of the content
    order = sorted(range(len(ITEMS)), key=lambda i: hashlib.sha256(("%d:%s" % (i, ITEMS[i][1])).encode()).hexdigest())
    out = []
    for n, i in enumerate(order, 1):
        it = build(n, *ITEMS[i])
        validate(it)
        out.append(it)
    ids = [x["id"] for x in out]
    assert len(ids) == len(set(ids))
    with open(a.out, "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter
        pc, fc, lv = Counter(), Counter(), Counter()
        neg = multi = wrapped = 0
        for it in out:
            fc[it["format"]] += 1
            if not it["expect"]:
                neg += 1
            for e in it["expect"]:
                pc[e["category"]] += 1
                lv[e["min_level"]] += 1
            if "lines" in it and it["format"] == "endpoint":
                multi += 1
            ln = it.get("line", "")
            if ln.startswith("<") or ln.startswith('{"ts_received'):
                wrapped += 1
        w = sys.stderr.write
        w("items %d  positives %d  negatives %d (%.1f%%)  multi-line %d  wrapped %d\n" % (
            len(out), len(out) - neg, neg, 100.0 * neg / len(out), multi, wrapped))
        for c in CATS:
            w("  %-16s %d\n" % (c, pc[c]))
        w("levels: %s\n" % dict(sorted(lv.items())))
        w("formats: %s\n" % dict(fc.most_common()))


if __name__ == "__main__":
    main()
