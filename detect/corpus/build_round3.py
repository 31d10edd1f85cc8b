#!/usr/bin/env python3
"""Build round3.jsonl: an independent labelled evaluation corpus for Guardline.

Written without sight of the rule pack, the detector code or any other corpus.
Deterministic and stdlib only: running `python3 build_heldout3.py` rewrites
round3.jsonl beside this script byte for byte.

Each item below is written as (kind, payload, expect, allow, disguised):
  kind      search  - a search query, rendered as a proxy / zeek-http / endpoint line
            yt, tt, rd, gg, bg, dd - the same with a fixed engine
            chat    - typed text on an endpoint (payload may be (app, text))
            split   - typed text split over 2-3 endpoint text_capture events
            title   - an endpoint window_title event
            dns     - a domain, rendered as a DNS or proxy CONNECT line
            raw     - an already-formatted (format, line-or-lines) pair
  expect    "category:min_level" strings, empty for negatives
  allow     categories that would also be acceptable
  disguised True when the risk text is disguised (leet, spacing, dots, look-alike
            letters, zero-width characters, stretched letters, asterisks)
"""

import datetime as _dt
import json
import os
import random
import sys
import urllib.parse

SEED = 20261122
ZW = "\u200b"

# --------------------------------------------------------------------------- disguises

_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "i": "\u0456", "s": "\u0455", "x": "\u0445", "y": "\u0443"}


def cyr(text, every=2):
    """Swap every `every`-th swappable Latin letter for its Cyrillic look-alike."""
    out, n = [], 0
    for ch in text:
        if ch in _CYR:
            n += 1
            if n % every == 1 or every == 1:
                out.append(_CYR[ch])
                continue
        out.append(ch)
    return "".join(out)


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --------------------------------------------------------------------------- items

POS = []
NEG = []


def P(kind, payload, expect, allow=(), disguised=False):
    POS.append((kind, payload, list(expect), list(allow), disguised))


def N(kind, payload):
    NEG.append((kind, payload, [], [], False))


# ---- suicide -------------------------------------------------------------------
P("gg", "how many paracetamol before you dont wake up", ["suicide:5"], ["self_harm", "drugs"])
P("chat", ("whatsapp", "been saving mums sleeping tablets for weeks, got enough now. tonights the night x"),
  ["suicide:5"], ["self_harm", "drugs"])
P("search", "which bridge in leeds is high enough to jump off", ["suicide:5"])
P("split", ("discord", ["wrote letters for everyone and hid them in my draw. gonna do it tmrw af",
                        "ter mum leaves for work, nobody will be home till 6"]), ["suicide:5"], ["self_harm"])
P("search", "h0w l0ng d0es it t4ke to bl33d out from ur wr1st", ["suicide:5"], ["self_harm"], True)
P("title", "least painful way to go to sleep and never wake up - Google Search - Google Chrome", ["suicide:5"])
P("chat", ("snapchat", "if i down all of them with the vodka will it be quick or will i just throw up"),
  ["suicide:5"], ["self_harm", "drugs"])
P("dns", "sanctioned-suicide.net", ["suicide:4"], ["self_harm"])
P("chat", ("instagram", "goodbye everyone, ive made my mind up and its happening this weekend. please dont come looking for me"),
  ["suicide:5"])
P("chat", ("teams", "i just want it all to stop. like properly stop, not just for a bit"), ["suicide:4"], ["self_harm"])
P("chat", ("whatsapp", "honestly everyone would be better off if i wasnt around, my mum especially"), ["suicide:4"])
P("search", "is it normal to not want to wake up ever again", ["suicide:3"], ["self_harm"])
P("chat", ("discord", "omg today was soo long, mr harris gave us a det for literally nothing and then the 42 was "
           "late again and my phone died lol. tbh i dont see the point in any of it anymore, i think im done "
           "with being here. anyway did u do the chem hw or nah"), ["suicide:4"], ["self_harm"])
P("chat", ("snapchat", "my friend keeps saying she wants to kms and idk what to do, she said shes got a plan"),
  ["suicide:4"], ["self_harm"])
P("split", ("discord", ["i dont wanna be al", "ive anymore tbh"]), ["suicide:4"], ["self_harm"])
P("chat", ("instagram", "thinking about e" + ZW + "nding it all tonight"), ["suicide:4"], ["self_harm"], True)
P("tt", "ways to unalive urself that dont hurt", ["suicide:5"], ["self_harm"])
P("chat", ("whatsapp", "she messaged me saying 'dont worry about me, i wont be around much longer anyway' what do i do"),
  ["suicide:4"], ["self_harm"])
P("search", "s e w e r s l i d e methods", ["suicide:5"], ["self_harm"], True)
P("chat", ("discord", "i wanna dieeeeee fr this time not even joking, nobody would care"), ["suicide:4"], ["self_harm"], True)

# ---- self-harm and eating disorders --------------------------------------------
P("search", "how to hide cuts on thighs from pe teacher", ["self_harm:4"])
P("chat", ("discord", "relapsed last night after 3 months clean, took the blade out the sharpener again"), ["self_harm:4"])
P("search", "how to clean cuts so nobody notices the scars", ["self_harm:4"])
P("search", "pro ana tips to stop feeling hungry", ["self_harm:4"])
P("tt", "thinspo bodycheck", ["self_harm:3"])
P("chat", ("snapchat", "only had 300 cals today and still feel massive, skipping tmrw as well"), ["self_harm:3"])
P("search", "how to make yourself sick after eating without anyone hearing", ["self_harm:4"])
P("chat", ("whatsapp", "burnt myself with a lighter again its the only thing that makes my head go quiet"), ["self_harm:4"])
P("chat", ("instagram", "my mate showed me her arm at lunch its covered in scratches and she made me promise not to tell anyone"),
  ["self_harm:4"])
P("search", "how to explain cat scratches on my wrist to my mum", ["self_harm:4"])
P("search", "how d.e.e.p is too deep when cutting", ["self_harm:4"], ["suicide"], True)
P("split", ("teams", ["i keep hurt", "ing myself when i get home and idk how to st", "op"]), ["self_harm:4"])
P("title", "how long can you go without eating before you faint - Google Search - Microsoft Edge", ["self_harm:3"])
P("chat", ("discord", "punched the wall till my knuckles bled so i didnt have to feel anything"), ["self_harm:3"], ["violence"])
P("search", "laxatives to lose weight fast how many", ["self_harm:4"], ["drugs"])
P("chat", ("snapchat", "1 ju5t w4nn4 cut s0 b4d rn"), ["self_harm:4"], ["suicide"], True)
P("rd", "sh relapse streak reset again", ["self_harm:4"])
P("chat", ("whatsapp", "not eating lunch w u lot anymore, fasting till i hit 6 stone"), ["self_harm:3"])
P("chat", ("teams", "started self h" + ZW + "arming again last week, please dont tell sir"), ["self_harm:4"], [], True)
P("search", cyr("thinspo meal plan", 1), ["self_harm:3"], [], True)
P("chat", ("instagram", "scars are finally fading but the urge never goes away tbh"), ["self_harm:4"])

# ---- radicalisation -------------------------------------------------------------
P("search", "atomwaffen division uk how to join", ["radicalisation:4"])
P("search", "christchurch mosque stream full video", ["radicalisation:4"], ["violence", "discrimination"])
P("chat", ("discord", "tarrant was a legend tbh someone had to do something about them"),
  ["radicalisation:4"], ["violence", "discrimination"])
P("search", "siege james mason pdf free", ["radicalisation:4"])
P("search", "dabiq magazine all issues download", ["radicalisation:4"])
P("yt", "anwar al awlaki lectures full series", ["radicalisation:4"])
P("search", "black sun flag buy uk", ["radicalisation:3"], ["discrimination"])
P("chat", ("telegram", "join the telegram, its the old NA lads under a new name, meetups in brum every month"),
  ["radicalisation:4"])
P("chat", ("telegram", "the kuffar will pay for what they did to our brothers, the khilafah is coming back inshallah"),
  ["radicalisation:4"], ["discrimination", "violence"])
P("search", "gr34t r3pl4cement proof", ["radicalisation:3"], ["discrimination"], True)
P("yt", "dawlah nasheeds no music", ["radicalisation:4"])
P("title", "the great replacement manifesto pdf - Google Search - Google Chrome", ["radicalisation:4"], ["discrimination"])
P("chat", ("discord", "race war is coming whether u like it or not, better start preparing now"),
  ["radicalisation:4"], ["violence", "discrimination"])
P("search", cyr("terrorgram collection pdf"), ["radicalisation:4"], [], True)
P("dns", "www.stormfront.org", ["radicalisation:3"], ["discrimination"])
P("split", ("telegram", ["thinking of going out there to join the brothers in sy", "ria, anyone know a route thru turkey"]),
  ["radicalisation:4"])
P("chat", ("discord", "saint breivik \U0001f64f still top score tbh"), ["radicalisation:4"], ["violence"])
P("search", "hizb ut tahrir study circle near me", ["radicalisation:3"])
P("chat", ("whatsapp", "my cousin keeps sending me vids of this sheikh saying democracy is haram and we have to fight, "
           "he wants me to come to his study group and leave my phone at home"), ["radicalisation:3"])
P("search", "n a t i o n a l a c t i o n flag", ["radicalisation:3"], ["discrimination"], True)

# ---- grooming -------------------------------------------------------------------
P("chat", ("snapchat", "how old r u again? u seem way more mature than other girls ur age"), ["grooming:4"])
P("chat", ("instagram", "dont tell ur mum about me, she wouldnt understand what we have"), ["grooming:4"])
P("chat", ("discord", "add me on telegram instead, discord mods read everything on here"), ["grooming:4"])
P("chat", ("instagram", "ill send u \u00a350 on paypal if u send one in ur school uniform"),
  ["grooming:4"], ["adult_content", "illegal_content"])
P("chat", ("snapchat", "ill pick u up from the end of ur road at 4, wear something nice and delete this chat after"),
  ["grooming:5"])
P("chat", ("whatsapp", "my train gets into piccadilly at 3 on saturday, meet me by the boots and come on ur own ok"),
  ["grooming:5"])
P("chat", ("snapchat", "ur parents wont check ur phone tonight right? turn ur cam on when ur in bed"),
  ["grooming:4"], ["adult_content"])
P("chat", ("instagram", "if u dont send me \u00a3200 by tonight every one of ur followers is getting those pics"),
  ["grooming:4"], ["bullying", "illegal_content"])
P("split", ("snapchat", ["what we have is just ours ok, if anyone fin", "ds out theyll take u away from me and",
                         " we'll never talk again"]), ["grooming:4"])
P("chat", ("instagram", "get snap and send me ur @, ill show u something i cant post on here"),
  ["grooming:4"], ["adult_content"])
P("chat", ("roblox", "ill buy u 10k robux if u do me a favour, send a pic of what ur wearing rn"),
  ["grooming:4"], ["gaming", "adult_content"])
P("search", "older guy online wants to meet up is it safe", ["grooming:4"])
P("search", "someone is threatening to share my nudes what do i do", ["grooming:4"], ["bullying", "illegal_content"])
P("search", "my boyfriend is 24 and im 14 is that ok", ["grooming:4"])
P("chat", ("whatsapp", "this man on roblox keeps asking me to call him on whatsapp and says i cant tell anyone"),
  ["grooming:4"], ["gaming"])
P("chat", ("snapchat", "s3nd m0re p1cs 0r 1 p0st th3 0nes 1 h4ve"), ["grooming:4"], ["bullying", "illegal_content"], True)
P("tt", "he said hes 16 but his voice sounds way older", ["grooming:4"])
P("chat", ("discord", cyr("you can trust me, im not like the other adults in your life")), ["grooming:4"], [], True)
P("chat", ("snapchat", "send me a vid just for me, snap deletes it anyway so its safe"),
  ["grooming:4"], ["adult_content", "illegal_content"])
P("title", "he wants me to go round his flat and not tell my parents - Google Search - Google Chrome", ["grooming:4"])

# ---- bullying -------------------------------------------------------------------
P("chat", ("whatsapp", "literally nobody wants u in the gc, just leave already"), ["bullying:3"])
P("chat", ("snapchat", "we all voted and ur not coming to the sleepover lmaooo"), ["bullying:3"])
P("chat", ("instagram", "imagine being that ugly and still posting selfies \U0001f480\U0001f480"), ["bullying:3"])
P("chat", ("whatsapp", "screenshot her crying vid and send it to the year 9 chat"), ["bullying:3"])
P("chat", ("snapchat", "go k y s no one would even notice ur gone"), ["bullying:3"], ["suicide"], True)
P("search", "how to make people at school stop hating me", ["bullying:3"])
P("chat", ("teams", "they made a fake acc of me and keep posting my pics with horrible captions"), ["bullying:3"])
P("search", "what to do when your whole year group hates you", ["bullying:3"])
P("chat", ("whatsapp", "ur such a smelly tramp no wonder ur dad left"), ["bullying:3"])
P("chat", ("snapchat", "n0 1 l1k3s u, ur s0 w31rd"), ["bullying:3"], [], True)
P("chat", ("whatsapp", "if u sit with us tmrw we'll make ur life hell"), ["bullying:3"], ["violence"])
P("chat", ("whatsapp", "right so the plan is everyone ignores jess on monday, dont reply to anything she says, and if "
           "she tries to sit with us just get up and move tables. itll be jokes"), ["bullying:3"])
P("title", "y10 ugliest girls ranking (@y10.rankings) \u2022 Instagram photos and videos - Google Chrome",
  ["bullying:3"], ["social_media"])
P("chat", ("teams", "they keep tripping me on the stairs and filming it, i cant go in tmrw"), ["bullying:3"], ["violence"])
P("chat", ("instagram", "ur soooooo pathetic everyone laughs at u behind ur back"), ["bullying:3"], [], True)
P("search", "how to get back at someone who bullies you online", ["bullying:3"])
P("chat", ("snapchat", "stop coming in, nobody wants to see ur face"), ["bullying:3"])
P("split", ("whatsapp", ["everyone in the group agreed ur a pa", "thetic loser so we're all muting u"]), ["bullying:3"])
P("chat", ("discord", "u r a w" + ZW + "a" + ZW + "ste of space"), ["bullying:3"], [], True)
P("chat", ("whatsapp", "lol who invited the charity case, go home scrounger"), ["bullying:3"], ["discrimination"])

# ---- discrimination -------------------------------------------------------------
P("chat", ("whatsapp", "send them all back on the boats, this country isnt theirs"),
  ["discrimination:3"], ["radicalisation"])
P("chat", ("snapchat", "that new lad is such a r3tard lmao look how he walks"), ["discrimination:3"], ["bullying"], True)
P("chat", ("discord", "gays shouldnt be allowed in our changing rooms its disgusting"), ["discrimination:3"], ["bullying"])
P("chat", ("whatsapp", "m*zzies all stink, cant stand sitting next to them in maths"),
  ["discrimination:3"], ["bullying"], True)
P("chat", ("instagram", "typical woman driver, get back in the kitchen where u belong"), ["discrimination:3"], ["bullying"])
P("chat", ("discord", "tr@nnies r mentally ill and should be locked up"), ["discrimination:3"], ["bullying"], True)
P("search", "why are jews so greedy", ["discrimination:3"], ["radicalisation"])
P("search", "jokes about disabled people in wheelchairs", ["discrimination:3"])
P("chat", ("whatsapp", "keep ur traveller scum family away from my house"), ["discrimination:3"], ["bullying"])
P("chat", ("snapchat", "go back to poland and pick potatoes ya dirty immigrant"), ["discrimination:3"], ["bullying"])
P("chat", ("instagram", "shes dating a black guy?? disgusting, race traitor"), ["discrimination:3"], ["radicalisation", "bullying"])
P("chat", ("discord", "ur such a f4g lmao"), ["discrimination:3"], ["bullying"], True)
P("search", "are black people less intelligent than white people", ["discrimination:3"], ["radicalisation"])
P("chat", ("whatsapp", cyr("all muslims are terrorists dont trust any of them")),
  ["discrimination:3"], ["radicalisation"], True)
P("chat", ("snapchat", "we dont want ur sort at this school, p*ki go home"), ["discrimination:3"], ["bullying"], True)
P("chat", ("teams", "that autistic kid should be in a special school not with normal people"),
  ["discrimination:3"], ["bullying"])
P("search", "hitler was right about the jews", ["discrimination:3"], ["radicalisation"])
P("chat", ("discord", "girls are only good for one thing honestly, tate was right"), ["discrimination:3"], ["radicalisation"])
P("chat", ("whatsapp", "two dads?? thats not a real family thats just sick"), ["discrimination:3"], ["bullying"])
P("tt", "immigrants ruining britain", ["discrimination:3"], ["radicalisation"])

# ---- violence -------------------------------------------------------------------
P("chat", ("snapchat", "bringing my nans bread knife in tmrw, if he starts again hes getting it"), ["violence:5"])
P("search", "zombie knife for sale uk no id", ["violence:3"], ["illegal_content"])
P("search", "how to get a blade past the school metal detector", ["violence:4"])
P("chat", ("whatsapp", "we're jumping him after school behind the co op, bring ur bats"), ["violence:5"], ["bullying"])
P("chat", ("snapchat", "swear down im gonna bang him when i see him, on my mum"), ["violence:4"])
P("search", "how did the columbine shooters plan it", ["violence:4"], ["radicalisation"])
P("chat", ("discord", "ive mapped where everyone sits in assembly. friday is the day theyll all remember me"),
  ["violence:5"], ["radicalisation"])
P("search", "3d printed gun files download", ["violence:3"], ["illegal_content"])
P("search", "where to buy a taser in the uk", ["violence:3"], ["illegal_content"])
P("chat", ("snapchat", "ima sh4nk u on sight u d34d m4n"), ["violence:4"], ["bullying"], True)
P("chat", ("instagram", "say that again and ill break ur jaw, i know where u live"), ["violence:4"], ["bullying"])
P("search", "what knife did the southport attacker use", ["violence:3"], ["radicalisation"])
P("search", "how to pack a nail bomb", ["violence:5"], ["radicalisation"])
P("split", ("discord", ["gonna stab every", "one in that form room, swear"]), ["violence:5"], ["radicalisation"])
P("chat", ("snapchat", "mandem are riding out tonight for what they did to my cuz, ur either with us or not"), ["violence:4"])
P("search", "how to strangle someone quietly without leaving marks", ["violence:5"])
P("chat", ("discord", "sometimes i dream about shooting up this school honestly"), ["violence:4"], ["radicalisation"])
P("title", "machete 18 inch for sale | eBay - Google Chrome", ["violence:3"])
P("chat", ("snapchat", "anyone know where i can get a strap round here, need it for protection"),
  ["violence:4"], ["illegal_content"])
P("search", fullwidth("molotov cocktail how to make"), ["violence:4"], ["radicalisation"], True)

# ---- other categories -----------------------------------------------------------
P("dns", "xhamster.com", ["adult_content:3"])
P("search", "onlyfans leaks free no signup", ["adult_content:3"])
P("search", "p 0 r n hub free", ["adult_content:3"], [], True)
P("search", "rule 34 genshin", ["adult_content:3"])
P("dns", "www.xnxx.com", ["adult_content:3"])
P("chat", ("snapchat", "whos got a plug for bud, need a 20 bag for friday"), ["drugs:3"])
P("search", "where to buy xanax without prescription uk", ["drugs:3"])
P("chat", ("telegram", "lad on tele doing pingers 2 for 15, u want in"), ["drugs:3"])
P("search", "how much ket first time", ["drugs:3"], ["self_harm"])
P("search", "thc vape carts uk snapchat delivery", ["drugs:3"])
P("dns", "www.paddypower.com", ["gambling:2"])
P("search", "csgo skin gambling sites free coins no deposit", ["gambling:2"], ["gaming"])
P("chat", ("whatsapp", "putting a tenner accy on tonight on my brothers bet365, whos in"), ["gambling:2"])
P("dns", "www.skybet.com", ["gambling:2"])
P("search", "how to get around securly on school chromebook", ["filter_bypass:2"])
P("dns", "psiphon.ca", ["filter_bypass:2"])
P("search", "croxyproxy youtube unblocked", ["filter_bypass:2"])
P("dns", "www.proxysite.com", ["filter_bypass:2"])
P("search", "instagram password cracker apk", ["hacking:2"])
P("search", "how to ddos someone on xbox live", ["hacking:2"], ["gaming"])
P("chat", ("discord", "anyone got a keylogger i can stick on mr khans laptop to get the test answers"), ["hacking:2"])
P("search", "fmovies alternative that still works", ["piracy:1"])
P("dns", "1337x.to", ["piracy:1"])
P("search", "the batman full movie free 123movies", ["piracy:1"])
P("dns", "www.roblox.com", ["gaming:1"])
P("dns", "store.steampowered.com", ["gaming:1"])
P("dns", "www.instagram.com", ["social_media:1"])
P("dns", "www.tiktok.com", ["social_media:1"])
P("search", "dark web market links 2026 onion", ["illegal_content:3"], ["drugs", "filter_bypass"])
P("search", "underage nudes telegram group link", ["illegal_content:4"], ["grooming", "adult_content"])
P("search", "buy fake id uk", ["illegal_content:2"])

# ---- hard negatives: searches (coursework, idioms, places, IT, sport, food, news)
for q in [
    "an inspector calls eva smith suicide theme quotes",
    "ophelia death drowning suicide or accident essay",
    "durkheim suicide study sociology a level",
    "apoptosis cell suicide a level biology",
    "suicide squad 2 cast",
    "why are they called suicide doors on cars",
    "world suicide prevention day assembly ideas",
    "samaritans volunteer training near me",
    "romeo and juliet poison and dagger quotes",
    "macbeth murder of duncan act 2 scene 2 analysis",
    "of mice and men why does george shoot lennie",
    "blood brothers ending mickey and eddie shot",
    "how many died on the first day of the somme",
    "ww2 holocaust gas chambers gcse history",
    "history of terrorism in britain gcse ira",
    "prevent duty online training for staff",
    "9/11 documentary for history coursework",
    "isis river oxford rowing club",
    "nazi propaganda posters analysis year 9",
    "jihad meaning religious studies gcse",
    "swastika symbol in hinduism origin",
    "self harm awareness week assembly slides",
    "how to cut an onion without crying",
    "cutting weight safely for boxing weigh in",
    "ramadan fasting tips for exams",
    "how many calories in a tesco meal deal",
    "anorexia nervosa a level psychology explanations",
    "how to tie a bowline knot dofe",
    "hanging indent in word harvard referencing",
    "how to kill a process in linux",
    "install kali linux on virtualbox for cyber module",
    "buffer overflow exploit lab writeup coursework",
    "node child process exited with code 1",
    "the killers mr brightside lyrics",
    "bath bomb recipe without citric acid",
    "faggots and peas recipe",
    "spotted dick and custard recipe",
    "scunthorpe united fixtures",
    "penistone grammar school term dates",
    "clitheroe castle opening times",
    "middlesex university open day",
    "essex county cricket tickets",
    "shooting drills for netball",
    "penalty shootout england euros",
    "paracetamol dose for 16 year old nhs",
    "drug trafficking a level law case study",
    "betting odds probability maths gcse question",
    "how does a vpn work gcse computer science",
    "proxy server definition a level computing",
    "knife skills julienne carrots gcse food",
    "analysis of variance anova in excel",
    "gay lussac law chemistry",
    "black history month assembly ideas",
    "equality act 2010 protected characteristics",
    "anti bullying week 2026 theme",
    "american bully puppies for sale",
    "thinkuknow online safety lesson plan grooming",
    "dying of laughter meme",
    "killing it meaning slang",
    "assisted dying bill vote mps",
    "knife crime awareness ben kinsella trust workshop",
    "hiroshima atomic bomb history gcse",
]:
    N("search", q)

# ---- hard negatives: typed text ---------------------------------------------------
for app, t in [
    ("discord", "lol that mock literally killed me, im dead \U0001f480"),
    ("whatsapp", "i could murder a chippy rn ngl"),
    ("snapchat", "dead tired after training, going straight to bed"),
    ("whatsapp", "my phones on 2% its about to die"),
    ("teams", "this cold is killing me, not coming in today sorry miss"),
    ("whatsapp", "ur so dead when miss sees u ate her biscuits \U0001f602"),
    ("teams", "just kill -9 the node process and restart it"),
    ("teams", "the child process keeps hanging, can u check the logs"),
    ("instagram", "we smashed it at the talent show, absolute killer set"),
    ("whatsapp", "keep it quiet about the surprise party for mrs ahmed, she cant find out"),
    ("whatsapp", "meet u at the station at 4, bring ur railcard"),
    ("discord", "what school did u go to before college? i was at st bedes"),
    ("teams", "shoot me a msg when ur free to do the presentation"),
    ("discord", "gg ez, we absolutely destroyed them in ranked"),
    ("discord", "that boss killed me like 30 times lmao"),
    ("discord", "im gonna kill u at smash tonight, prepare to lose"),
    ("teams", "the murder scene in macbeth is so dramatic, act 2 is my fave"),
    ("whatsapp", "we're bombing it down the m62 to get there in time"),
    ("snapchat", "ur such a muppet, u left ur coat on the bus again \U0001f602 love u"),
    ("whatsapp", "happy eid everyone \U0001f319 \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645"),
    ("teams", "just finished my pshe poster on online grooming, can u check it"),
    ("whatsapp", "anyone want to come to pride on saturday? my mums driving"),
    ("teams", "revise the assassination of franz ferdinand for tomorrow"),
    ("whatsapp", "the dog grooming place on the high st has a saturday job going"),
    ("whatsapp", "bet, see u at 6"),
    ("teams", "can someone send the exploit lab sheet, i missed the cyber lesson"),
    ("discord", "hack day signups close friday, we need one more for the team"),
    ("whatsapp", "my nan makes the best faggots and gravy honestly"),
    ("teams", "going to penistone for the cross country, back by 3"),
]:
    N("chat", (app, t))

N("split", ("whatsapp", ["i could mur", "der a greggs sausage roll rn"]))
N("split", ("teams", ["sudo ki", "ll -9 4412 then restart the service"]))
N("split", ("snapchat", ["that chem mock was so hard i nearly di", "ed lol"]))
N("split", ("whatsapp", ["can u send me the p", "ics from the trip for the yearbook slide"]))

for t in [
    "Moodle - GCSE English Literature: An Inspector Calls - Google Chrome",
    "Inbox - t.brown07@northcoll.ac.uk - Outlook",
    "Scunthorpe United FC - Fixtures - Microsoft Edge",
    "kill(1) - Linux manual page - Mozilla Firefox",
    "BBC Bitesize - The causes of World War Two - Google Chrome",
    "Childline | Childline - Google Chrome",
    "Task Manager",
]:
    N("title", t)

# ---- hard negatives: DNS and CONNECT to ordinary or look-alike domains -------------
for d in [
    "login.microsoftonline.com", "outlook.office365.com", "moodle.northcoll.ac.uk", "www.bbc.co.uk",
    "fonts.gstatic.com", "cdn.jsdelivr.net", "ctldl.windowsupdate.com",
    "ocsp.digicert.com", "teams.microsoft.com", "classroom.google.com", "kahoot.it", "quizlet.com",
    "app.senecalearning.com", "www.scunthorpe-united.co.uk", "www.essex.ac.uk", "www.mdx.ac.uk",
    "www.penistone-gs.uk", "www.clitheroeadvertiser.co.uk", "www.samaritans.org", "www.childline.org.uk",
    "www.beateatingdisorders.org.uk", "www.papyrus-uk.org", "www.nspcc.org.uk", "www.hackney.gov.uk",
    "www.brook.org.uk", "www.ucas.com", "www.aqa.org.uk",
]:
    N("dns", d)

# -------------------------------------------------------------------------- rendering

USERS = ["ajohnson", "b.osei", "c.lewis", "y12-hpatel", "s.ahmed", "k.nguyen", "m.kaur", "t.brown07",
         "student118", "st20931", "l.fitzgerald", "r.adeyemi", "EDU\\j.hughes", "j.hughes@northcoll.ac.uk",
         "apprentice204", "e.kowalczyk", "d.mensah", "n.oconnor", "f.ali", "guest-2231"]
DEVICES = ["LAB-PC-12", "LIB-LT-05", "CHROMEBOOK-231", "ART-PC-03", "SIXTH-FORM-LT-14", "ENG-WS-09",
           "STUDENT-IPAD-44", "CS-LAB-PC-21", "HUB-PC-02", "CHROMEBOOK-077", "BUS-LT-31"]
SITES = ["north", "south", "city", "riverside"]
UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
UA_CROS = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36")
UA_IPAD = ("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "Version/17.6 Mobile/15E148 Safari/604.1")
UAS = [UA_CHROME, UA_CHROME, UA_EDGE, UA_FF, UA_CROS, UA_IPAD]

APPS = {
    "discord": ("Discord.exe", ["#general | yr11 lot - Discord", "@ben_x - Discord", "#off-topic | the squad - Discord"]),
    "whatsapp": ("WhatsApp.exe", ["WhatsApp"]),
    "instagram": ("chrome.exe", ["Instagram \u2022 Chats - Google Chrome", "(1) Instagram \u2022 Chats - Google Chrome"]),
    "snapchat": ("chrome.exe", ["Snapchat - Google Chrome"]),
    "telegram": ("Telegram.exe", ["Telegram", "Telegram (3)"]),
    "teams": ("Teams.exe", ["Chat | Microsoft Teams", "Chat | Y13 Computing | Microsoft Teams"]),
    "roblox": ("RobloxPlayerBeta.exe", ["Roblox"]),
}

DAYS = ([(10, d) for d in range(12, 32)] + [(11, d) for d in range(10, 21)])
MONTHS = {10: "Oct", 11: "Nov"}


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def when(self):
        m, d = self.r.choice(DAYS)
        h = self.r.choice([8, 9, 9, 10, 10, 11, 12, 12, 13, 14, 14, 15, 16, 17, 19, 21, 22])
        dt = _dt.datetime(2026, m, d, h, self.r.randrange(60), self.r.randrange(60),
                          self.r.randrange(1000) * 1000, tzinfo=_dt.timezone.utc)
        return dt

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randrange(1, 41), self.r.randrange(0, 256), self.r.randrange(2, 255))

    def upstream(self):
        return "%d.%d.%d.%d" % (self.r.choice([142, 151, 104, 172, 185, 20, 52]), self.r.randrange(0, 256),
                                self.r.randrange(0, 256), self.r.randrange(1, 255))


def epoch(dt):
    return "%d.%03d" % (int(dt.timestamp()), dt.microsecond // 1000)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def clf_time(dt):
    return dt.strftime("%d/") + MONTHS[dt.month] + dt.strftime("/%Y:%H:%M:%S +0000")


def syslog_time(dt):
    return MONTHS[dt.month] + dt.strftime(" %d %H:%M:%S")


def bind_time(dt):
    return dt.strftime("%d-") + MONTHS[dt.month] + dt.strftime("-%Y %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)


def q_enc(text, c):
    if c.r.random() < 0.6:
        return urllib.parse.quote_plus(text, safe="")
    return urllib.parse.quote(text, safe="")


def search_url(text, engine, c):
    q = q_enc(text, c)
    if engine == "gg":
        host = c.r.choice(["www.google.com", "www.google.co.uk"])
        if c.r.random() < 0.5:
            return host, "/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (q, q), text + " - Google Search"
        return host, "/search?q=%s&hl=en-GB&source=hp" % q, text + " - Google Search"
    if engine == "bg":
        return "www.bing.com", "/search?q=%s&form=QBLH" % q, text + " - Search"
    if engine == "dd":
        return "duckduckgo.com", "/?q=%s&ia=web" % q, text + " at DuckDuckGo"
    if engine == "yt":
        return "www.youtube.com", "/results?search_query=%s" % q, text + " - YouTube"
    if engine == "tt":
        return "www.tiktok.com", "/search?q=%s&t=%d" % (q, 1792000000000 + c.r.randrange(10 ** 9)), \
            "Find '%s' on TikTok | TikTok Search" % text
    if engine == "rd":
        return "www.reddit.com", "/search/?q=%s" % q, "reddit.com: search results - %s" % text
    if engine == "yh":
        return "uk.search.yahoo.com", "/search?p=%s&fr=yfp-t" % q, text + " - Yahoo Search Results"
    if engine == "ec":
        return "www.ecosia.org", "/search?method=index&q=%s" % q, text + " - Ecosia"
    raise ValueError(engine)


ENGINES = ["gg", "gg", "gg", "gg", "bg", "dd", "yt", "tt", "rd", "yh", "ec", "bg", "gg"]
BROWSERS = [("chrome.exe", "Google Chrome"), ("chrome.exe", "Google Chrome"), ("msedge.exe", "Microsoft Edge"),
            ("firefox.exe", "Mozilla Firefox")]


# ---- format writers ---------------------------------------------------------------

def squid_native(c, dt, ip, user, method, url, status="TCP_MISS/200", mime="text/html"):
    size = c.r.randrange(900, 95000)
    hier = "HIER_DIRECT/" + c.upstream()
    if method == "CONNECT":
        status, mime = "TCP_TUNNEL/200", "-"
    return "%s %6d %s %s %d %s %s %s %s %s" % (epoch(dt), c.r.randrange(1, 2500), ip, status, size, method, url,
                                               user, hier, mime)


def squid_sni(c, dt, ip, user, host):
    up = c.upstream()
    ua = c.r.choice(UAS)
    return "%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - \"-\" \"%s\" %s sni=%s bump=splice" % (
        epoch(dt), c.r.randrange(40, 60000), ip, user, c.r.randrange(3000, 400000), host, up, ua, up, host)


def clf_line(c, dt, ip, user, method, url, combined=True, referer="-"):
    size = c.r.randrange(900, 95000)
    code = "TCP_MISS:HIER_DIRECT" if method == "GET" else "TCP_TUNNEL:HIER_DIRECT"
    req = "%s %s HTTP/1.1" % (method, url)
    if combined:
        return '%s - %s [%s] "%s" 200 %d "%s" "%s" %s' % (ip, user, clf_time(dt), req, size, referer,
                                                           c.r.choice(UAS), code)
    return '%s - %s [%s] "%s" 200 %d %s' % (ip, user, clf_time(dt), req, size, code)


def e2g_line(c, dt, ip, user, url, terms, fmt):
    group = c.r.choice(["students", "students", "sixthform", "apprentices"])
    ua = c.r.choice(UAS)
    size = str(c.r.randrange(900, 95000))
    st = ("0=%s;" % terms) if terms else "-"
    if fmt in (2, 4):
        d = dt.strftime("%Y.%m.%d %H:%M:%S")
        fields = [d, user, ip, url, "-", "GET", size, "0", "-", "1", "200", "text/html", ip, group, ua, st, "-", "-", "-"]
        if fmt == 2:
            return ",".join('"%s"' % f.replace('"', "'") for f in fields)
        return "\t".join(fields)
    fields = [epoch(dt), "", user, ip, ip, url, "GET", "200", size, "-", ua, "-", str(c.r.randrange(1, 40)), "-",
              "0", "-", "0", "-", group, "1"]
    return "\t".join(fields)


def zeek_uid(c):
    return "C" + "".join(c.r.choice("0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(17))


def zeek_http(c, dt, ip, host, uri):
    rec = {"ts": round(dt.timestamp(), 6), "uid": zeek_uid(c), "id.orig_h": ip, "id.orig_p": c.r.randrange(40000, 65000),
           "id.resp_h": c.upstream(), "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
           "version": "1.1", "user_agent": c.r.choice(UAS), "request_body_len": 0,
           "response_body_len": c.r.randrange(900, 95000), "status_code": 200, "status_msg": "OK", "tags": []}
    return json.dumps(rec, ensure_ascii=False)


ZEEK_HTTP_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version "
                    "user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg "
                    "tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids "
                    "resp_filenames resp_mime_types").split()
ZEEK_HTTP_TYPES = ("time string addr port addr port count string string string string string string string count "
                   "count count string count string set[enum] string string set[string] vector[string] "
                   "vector[string] vector[string] vector[string] vector[string] vector[string]").split()
ZEEK_DNS_FIELDS = ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass qclass_name qtype "
                   "qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected").split()
ZEEK_DNS_TYPES = ("time string addr port addr port enum count interval string count string count string count string "
                  "bool bool bool bool count vector[string] vector[interval] bool").split()


def zeek_header(path, fields, types, dt):
    opened = dt.strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http_tsv(c, dt, ip, host, uri):
    vals = ["%.6f" % dt.timestamp(), zeek_uid(c), ip, str(c.r.randrange(40000, 65000)), c.upstream(), "80", "1",
            "GET", host, uri, "-", "1.1", c.r.choice(UAS), "-", "0", str(c.r.randrange(900, 95000)), "200", "OK",
            "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", "F" + zeek_uid(c)[1:], "-", "text/html"]
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, dt) + ["\t".join(vals)]


def zeek_dns(c, dt, ip, name):
    rec = {"ts": round(dt.timestamp(), 6), "uid": zeek_uid(c), "id.orig_h": ip, "id.orig_p": c.r.randrange(1024, 65000),
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": c.r.randrange(1, 65535),
           "rtt": round(c.r.random() * 0.05, 6), "query": name, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1,
           "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
           "Z": 0, "answers": [c.upstream()], "TTLs": [float(c.r.choice([60, 300, 3600]))], "rejected": False}
    return json.dumps(rec)


def zeek_dns_tsv(c, dt, ip, name):
    vals = ["%.6f" % dt.timestamp(), zeek_uid(c), ip, str(c.r.randrange(1024, 65000)), "10.0.0.53", "53", "udp",
            str(c.r.randrange(1, 65535)), "%.6f" % (c.r.random() * 0.05), name, "1", "C_INTERNET", "1", "A", "0",
            "NOERROR", "F", "F", "T", "T", "0", c.upstream(), "300.000000", "F"]
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, dt) + ["\t".join(vals)]


def unbound_line(c, dt, ip, name, variant):
    pid = "unbound[%d:0]" % c.r.choice([812, 1044, 2290])
    if variant == "query":
        body = "info: %s %s. A IN" % (ip, name)
    elif variant == "reply":
        body = "info: %s %s. A IN NOERROR %.6f 0 %d" % (ip, name, c.r.random() * 0.08, c.r.randrange(40, 140))
    else:
        body = "info: %s %s. AAAA IN" % (ip, name)
    if variant == "epoch":
        return "[%d] %s %s" % (int(dt.timestamp()), pid, "info: %s %s. A IN" % (ip, name))
    return "%s %s %s" % (syslog_time(dt), pid, body)


def dnsmasq_line(c, dt, ip, name, extra):
    pid = "dnsmasq[%d]" % c.r.choice([612, 9987, 1422])
    if extra:
        return "%s %s: %d %s/%d query[A] %s from %s" % (syslog_time(dt), pid, c.r.randrange(1, 99999), ip,
                                                         c.r.randrange(1024, 65000), name, ip)
    return "%s %s: query[A] %s from %s" % (syslog_time(dt), pid, name, ip)


def bind_line(c, dt, ip, name, rpz):
    cl = "client @0x7f%010x %s#%d (%s)" % (c.r.randrange(16 ** 10), ip, c.r.randrange(1024, 65000), name)
    if rpz:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (bind_time(dt), cl, name, name)
    return "%s queries: info: %s: query: %s IN A +E(0)K (10.0.0.53)" % (bind_time(dt), cl, name)


def endpoint(dt, site, device, user, event, process, title, text=None, url=None, with_text=True):
    rec = {"ts": iso(dt), "site": site, "device": device, "user": user, "event": event, "process": process,
           "window_title": title}
    if with_text:
        rec["text"] = text
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


def envelope(dt, host, source, path, message):
    rec = {"ts_received": dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % dt.microsecond, "host": host,
           "source": source, "file": path, "message": message}
    return json.dumps(rec, ensure_ascii=False).replace("/", "\\/")


def rfc5424(dt, host, app, pid, message):
    return "<190>1 %s %s %s %d - - %s" % (iso(dt), host, app, pid, message)


# ---- per-kind renderers --------------------------------------------------------------

SEARCH_FORMATS = ["squid", "clf", "e2guardian", "zeek-http", "endpoint-visit", "squid", "clf", "endpoint-title",
                  "e2guardian", "squid", "zeek-http", "clf"]
DNS_FORMATS = ["unbound", "dnsmasq", "bind", "zeek-dns", "squid-sni", "unbound", "dnsmasq", "bind", "zeek-dns",
               "clf-connect"]


class Renderer:
    def __init__(self):
        self.c = Ctx(SEED)
        self.si = 0
        self.di = 0
        self.counts = {"wrapped": 0, "tsv": 0}

    def person(self):
        r = self.c.r
        return r.choice(SITES), r.choice(DEVICES), r.choice(USERS)

    def render(self, kind, payload, blocked=False):
        c = self.c
        if kind in ("search", "gg", "bg", "dd", "yt", "tt", "rd"):
            engine = kind if kind != "search" else c.r.choice(ENGINES)
            return self.search(payload, engine)
        if kind == "chat":
            return self.chat(payload)
        if kind == "split":
            return self.split(payload)
        if kind == "title":
            return self.title(payload)
        if kind == "dns":
            return self.dns(payload, blocked)
        raise ValueError(kind)

    def search(self, text, engine):
        c = self.c
        fmt = SEARCH_FORMATS[self.si % len(SEARCH_FORMATS)]
        self.si += 1
        host, path, page_title = search_url(text, engine, c)
        url = "https://%s%s" % (host, path)
        dt = c.when()
        ip = c.ip()
        site, device, user = self.person()
        if fmt == "squid":
            line = squid_native(c, dt, ip, user, "GET", url)
            roll = c.r.random()
            if roll < 0.08:
                self.counts["wrapped"] += 1
                return "squid", envelope(dt, "proxy-" + site, "squid", "/var/log/squid/access.log", line)
            if roll < 0.14:
                self.counts["wrapped"] += 1
                return "squid", rfc5424(dt, "proxy-" + site, "squid", c.r.randrange(800, 4000), line)
            return "squid", line
        if fmt == "clf":
            combined = c.r.random() < 0.7
            ref = c.r.choice(["-", "-", "https://%s/" % host])
            return "clf", clf_line(c, dt, ip, user, "GET", url, combined, ref)
        if fmt == "e2guardian":
            return "e2guardian", e2g_line(c, dt, ip, user, url, text, c.r.choice([2, 4, 6]))
        if fmt == "zeek-http":
            if c.r.random() < 0.1:
                self.counts["tsv"] += 1
                return "zeek-http", zeek_http_tsv(c, dt, ip, host, path)
            return "zeek-http", zeek_http(c, dt, ip, host, path)
        proc, bname = c.r.choice(BROWSERS)
        title = "%s - %s" % (page_title, bname)
        if fmt == "endpoint-visit":
            return "endpoint", endpoint(dt, site, device, user, "url_visit", proc, title, None, url)
        return "endpoint", endpoint(dt, site, device, user, "window_title", proc, title, with_text=False)

    def _app(self, payload):
        app, text = payload
        proc, titles = APPS[app]
        return proc, self.c.r.choice(titles), text

    def chat(self, payload):
        c = self.c
        proc, title, text = self._app(payload)
        dt = c.when()
        site, device, user = self.person()
        return "endpoint", endpoint(dt, site, device, user, "text_capture", proc, title, text)

    def split(self, payload):
        c = self.c
        proc, title, frags = self._app(payload)
        dt = c.when()
        site, device, user = self.person()
        lines = []
        for f in frags:
            lines.append(endpoint(dt, site, device, user, "text_capture", proc, title, f))
            dt = dt + _dt.timedelta(seconds=c.r.randrange(2, 9), milliseconds=c.r.randrange(1000))
        return "endpoint", lines

    def title(self, t):
        c = self.c
        dt = c.when()
        site, device, user = self.person()
        if t == "Task Manager":
            proc = "Taskmgr.exe"
        elif t.endswith("Outlook"):
            proc = "OUTLOOK.EXE"
        elif t.endswith("Microsoft Edge"):
            proc = "msedge.exe"
        elif t.endswith("Mozilla Firefox"):
            proc = "firefox.exe"
        else:
            proc = "chrome.exe"
        return "endpoint", endpoint(dt, site, device, user, "window_title", proc, t, with_text=False)

    def dns(self, name, blocked=False):
        c = self.c
        fmt = DNS_FORMATS[self.di % len(DNS_FORMATS)]
        self.di += 1
        dt = c.when()
        ip = c.ip()
        site, device, user = self.person()
        if fmt == "unbound":
            variant = c.r.choice(["query", "query", "reply", "epoch"])
            line = unbound_line(c, dt, ip, name, variant)
            if c.r.random() < 0.2:
                self.counts["wrapped"] += 1
                return "unbound", envelope(dt, "dns-" + site, "unbound", "/var/log/unbound/unbound.log", line)
            return "unbound", line
        if fmt == "dnsmasq":
            return "dnsmasq", dnsmasq_line(c, dt, ip, name, c.r.random() < 0.7)
        if fmt == "bind":
            # RPZ rewrites only happen to names on a block list, so only risky names get them.
            return "bind", bind_line(c, dt, ip, name, blocked and c.r.random() < 0.5)
        if fmt == "zeek-dns":
            if c.r.random() < 0.15:
                self.counts["tsv"] += 1
                return "zeek-dns", zeek_dns_tsv(c, dt, ip, name)
            return "zeek-dns", zeek_dns(c, dt, ip, name)
        if fmt == "squid-sni":
            return "squid", squid_sni(c, dt, ip, user, name)
        return "clf", clf_line(c, dt, ip, user, "CONNECT", name + ":443", c.r.random() < 0.5)


# ---- a few hand-written extra negatives in formats the generic kinds do not cover ----

def extra_negatives(c):
    out = []
    dt = _dt.datetime(2026, 11, 12, 10, 4, 51, 233000, tzinfo=_dt.timezone.utc)
    # Squid with the default strip_query_terms: nothing left to judge.
    out.append(("squid", squid_native(c, dt, "10.14.3.77", "st20931", "GET", "https://www.google.com/search?")))
    dt2 = dt + _dt.timedelta(minutes=3)
    out.append(("squid", squid_native(c, dt2, "10.14.3.77", "st20931", "CONNECT", "outlook.office365.com:443")))
    dt3 = dt + _dt.timedelta(hours=2, minutes=11)
    out.append(("endpoint", endpoint(dt3, "north", "CS-LAB-PC-21", "k.nguyen", "process_start", "VirtualBox.exe",
                                     "kali-linux-2026.3 [Running] - Oracle VM VirtualBox", with_text=False)))
    dt4 = dt + _dt.timedelta(hours=3)
    out.append(("endpoint", json.dumps({"ts": iso(dt4), "site": "south", "device": "LIB-LT-05", "user": None,
                                        "event": "heartbeat"})))
    dt5 = dt + _dt.timedelta(days=1, hours=1, minutes=7)
    out.append(("endpoint", endpoint(dt5, "city", "ENG-WS-09", "d.mensah", "url_visit", "chrome.exe",
                                     "Unit 4: Penetration testing report - Moodle - Google Chrome", None,
                                     "https://moodle.northcoll.ac.uk/mod/assign/view.php?id=48213")))
    dt6 = dt + _dt.timedelta(days=2, hours=-1, minutes=19)
    out.append(("clf", clf_line(c, dt6, "10.22.8.140", "m.kaur", "GET",
                                "https://www.bbc.co.uk/news/articles/c0k4jx2m3eyo", True,
                                "https://www.bbc.co.uk/news")))
    dt7 = dt + _dt.timedelta(days=3, minutes=42)
    out.append(("squid", squid_native(c, dt7, "10.9.41.18", "b.osei", "GET",
                                      "https://static.files.bbci.co.uk/core/bundle-service-bar.4b1d2c.js",
                                      mime="application/javascript")))
    dt8 = dt + _dt.timedelta(days=4, hours=1)
    out.append(("e2guardian", e2g_line(c, dt8, "10.3.77.200", "y12-hpatel",
                                       "https://www.bbc.co.uk/bitesize/guides/zt4y2v4/revision/3", None, 2)))
    return out


# -------------------------------------------------------------------------- assemble

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination", "adult_content",
              "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]


def build():
    rnd = Renderer()
    items = []
    for kind, payload, expect, allow, disg in POS + NEG:
        blocked = any(int(e.split(":")[1]) >= 2 for e in expect)
        fmt, line = rnd.render(kind, payload, blocked)
        items.append((fmt, line, expect, allow, disg, kind))
    for fmt, line in extra_negatives(rnd.c):
        items.append((fmt, line, [], [], False, "raw"))
    order = list(range(len(items)))
    random.Random(SEED + 1).shuffle(order)
    out = []
    stats = {"disguised": 0, "split": 0}
    for n, i in enumerate(order, 1):
        fmt, line, expect, allow, disg, kind = items[i]
        rec = {"id": "h3-%04d" % n, "format": fmt}
        if isinstance(line, list):
            rec["lines"] = line
        else:
            rec["line"] = line
        exp = []
        for e in expect:
            cat, lvl = e.split(":")
            assert cat in CATEGORIES, cat
            exp.append({"category": cat, "min_level": int(lvl)})
        rec["expect"] = exp
        if allow:
            for a in allow:
                assert a in CATEGORIES, a
            rec["allow"] = allow
        out.append(json.dumps(rec, ensure_ascii=False))
        stats["disguised"] += int(disg)
        stats["split"] += int(kind == "split")
    return out, stats, rnd.counts


def main():
    lines, stats, counts = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "round3.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    sys.stderr.write("wrote %d items to %s (disguised positives %d, split streams %d, wrapped %d, zeek tsv %d)\n"
                     % (len(lines), path, stats["disguised"], stats["split"], counts["wrapped"], counts["tsv"]))


if __name__ == "__main__":
    main()
