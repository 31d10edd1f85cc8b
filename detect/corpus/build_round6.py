#!/usr/bin/env python3
"""Round 6 labelled corpus for Guardline (hand-written, independent of the detector).

Population: 14-16 year olds on alternative provision / pupil-referral placements, 16-24
vocational learners and apprentices (construction, motor vehicle, hair and beauty, health and
social care, uniformed public services, IT), care leavers, ESOL learners and SEND learners.
Hard negatives are what the same people type innocently (trade jargon, idioms, sport, music,
games, news, staff training, help for a friend).

Deterministic and standard-library only: every random choice is derived from a SHA-256 of the
item number. Output: round6.jsonl next to this script (written to a temporary name, validated,
then renamed).

    python3 build_round6.py            # write round6.jsonl
    python3 build_round6.py --stats    # ... and print counts to stderr
"""

import datetime
import hashlib
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "round6.jsonl")

CATEGORIES = [
    "suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
    "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
    "piracy", "gaming", "social_media", "illegal_content",
]
FORMATS = [
    "squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind",
    "zeek-dns", "zeek-http", "endpoint", "auto",
]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]

# --------------------------------------------------------------------------------------------
# item specifications
# --------------------------------------------------------------------------------------------

ITEMS = []


def _spec(kind, exp, allow, **kw):
    expect = []
    for tok in exp.split():
        cat, lvl = tok.split(":")
        expect.append({"category": cat, "min_level": int(lvl)})
    allow_l = allow.split() if allow else []
    d = {"kind": kind, "expect": expect, "allow": allow_l}
    d.update(kw)
    ITEMS.append(d)


def S(q, exp="", allow="", eng=None, who=None, fmt=None):
    """A search query (rendered as a proxy / zeek / endpoint line)."""
    _spec("search", exp, allow, q=q, eng=eng, who=who, fmt=fmt)


def C(text, exp="", allow="", app="chat", who=None, fmt=None):
    """Typed or pasted text (endpoint text_capture)."""
    _spec("chat", exp, allow, text=text, app=app, who=who, fmt=fmt)


def D(text, exp="", allow="", app="doc", who=None):
    """Text typed into a document or form (endpoint text_capture)."""
    _spec("chat", exp, allow, text=text, app=app, who=who, fmt=None)


def T(title, exp="", allow="", who=None):
    """A window title (endpoint window_title; browser suffix added)."""
    _spec("title", exp, allow, title=title, who=who)


def U(url, exp="", allow="", who=None, fmt=None):
    """A non-search URL visit (proxy line or endpoint url_visit)."""
    _spec("url", exp, allow, url=url, who=who, fmt=fmt)


def N(domain, exp="", allow="", who=None, fmt=None):
    """A domain look-up (DNS formats, or a proxy CONNECT / SNI line)."""
    _spec("domain", exp, allow, domain=domain, who=who, fmt=fmt)


def SP(a, b, exp="", allow="", app="chat", who=None):
    """Two endpoint text_capture fragments seconds apart, same device and window."""
    _spec("split", exp, allow, parts=[a, b], app=app, who=who)


def PS(process, exp="", allow="", who=None):
    """An endpoint process_start event."""
    _spec("process", exp, allow, process=process, who=who)


def HB(who=None):
    """An endpoint heartbeat."""
    _spec("heartbeat", "", "", who=who)


# ============================== suicide: positives ==========================================
S("how many paracetamol does it take to die", "suicide:5", "self_harm")
S("painless way to go to sleep and never wake up", "suicide:5")
S("how high does a bridge have to be to die from jumping", "suicide:5")
S("how long does it take to die from hanging", "suicide:5", eng="ddg")
S("sucide methods that are quick", "suicide:5")
S("how to unalive urself painlessly", "suicide:5", eng="tt")
S("is it selfish to kill yourself if nobody cares anyway", "suicide:4", eng="rd")
S("i wanna die what do i do", "suicide:4")
S("how much insulin would kill me", "suicide:5", "self_harm")
S("how to od on sertraline", "suicide:5", "self_harm")
S("how to write a goodbye letter before suicide", "suicide:5")
S("how to tie a noose knot", "suicide:5", eng="yt")
S("easiest way to end it all uk", "suicide:5")
T("Suicide methods - Wikipedia", "suicide:4")
U("https://www.reddit.com/r/SuicideWatch/", "suicide:4")
C("honestly cant do this anymore. got the paracetamol out my nans cupboard, taking the lot "
  "tonight when everyones asleep", "suicide:5", "self_harm")
C("i wanna kms fr", "suicide:4")
C("no one would even notice if i was gone tbh", "suicide:4")
C("teacher i am sorry i not come tomorrow. i dont want live anymore, everything is too hard "
  "in this country alone", "suicide:4", who="esol")
C("I want to be dead. I think about it every day. I know where the rope is in the garage.",
  "suicide:5", who="send")
C("my mate jay is saying hes gonna jump off the multi storey after college, hes sent me a "
  "goodbye msg what do i do", "suicide:5")
C("gonna walk in front of a train tonight, done with all of it", "suicide:5")
C("everyone would be better off without me innit", "suicide:4")
C("ngl been thinking bout ending it all 😔 just tired of everything", "suicide:4")
C("leaving care next month and ive got no one. if the flat falls through ill just end it, "
  "whats the point", "suicide:4", who="care")
C("i dont see the point in living no more. been saving up my tablets for a few weeks",
  "suicide:5", "self_harm")
C("if i fail this retake im gonna kill myself. not even joking this time", "suicide:4")
C("this is my last message. sorry for everything, i cant be here no more. love u all x",
  "suicide:5")
C("thinking of doing the sewerslide thing fr 🪦 nobody gets it", "suicide:4", app="snap")
D("I have always been interested in cars and I want to be a mechanic because I like fixing "
  "things and finding out what is wrong with them. Sometimes I think its pointless though and "
  "I have wrote goodbye letters to my mum and my little brother, they are in my drawer for when "
  "I do it. My strengths are I am good with my hands and I am always on time.",
  "suicide:5", app="ps", who="mv")
D("How have you felt this week (1-10)? 1. Anything else you want your tutor to know? i think "
  "about dying every day and i dont want to wake up in the morning", "suicide:4", app="form")
SP("im going to kill my", "self tonight, got it all planned out", "suicide:5")
SP("dont think ill be at placement tomorrow. i wont be ar",
   "ound after tonight, took all my meds out the boxes already", "suicide:5", "self_harm",
   who="hsc")
C("did u book ur next lesson yet? mine is thursday, the instructor is sound. tbh every time "
  "we drive over the bridge on the bypass i look down and think how easy it would be to just "
  "go over. anyway r u coming sat or what", "suicide:4")

# ============================== suicide: hard negatives =====================================
C("lol im dead 💀 that vid of mr hughes falling over the bin")
C("this assignment is actually killing me, 3000 words by friday")
C("kill me now, 3 hours of functional skills maths 😩")
C("id rather die than wear crocs to prom")
C("my phones on 2% its about to die, ring u later")
C("my nan died in the summer and i still miss her loads, its her birthday today")
C("i nearly died laughing at that reel 😭")
S("suicide squad full cast")
S("suicide doors cars list", who="mv")
S("romeo and juliet suicide scene analysis gcse")
S("how to tie a bowline knot for rope access", who="site")
S("how to hang a door level 2 carpentry", who="site")
S("samaritans phone number", allow="suicide")
S("mental health first aid course suicide first aid", who="staff")
D("Unit 5 Safeguarding. P4: Describe the signs that a service user may be at risk of suicide "
  "and explain how you would report your concerns to your manager.", who="hsc")
S("how to help a friend who says they want to die", allow="suicide")
S("dead battery jump start procedure", who="mv")
S("overdose signs and symptoms care certificate standard", who="hsc")
S("medication administration paracetamol max dose 24 hours health and social care", who="hsc")

# ============================== self-harm (incl. eating disorders): positives ===============
C("cut again last night, deeper than before. hiding it with my hoodie sleeves", "self_harm:4")
S("how to hide self harm scars from parents", "self_harm:4")
S("how to hide cuts on thighs in pe", "self_harm:4")
S("best blades for cutting yourself", "self_harm:4")
C("i burn myself with my lighter when it gets too much", "self_harm:4")
S("how to stop eating for a week without anyone noticing", "self_harm:4")
S("thinspo", "self_harm:4", eng="tt")
S("pro ana tips to stop feeling hungry", "self_harm:4")
S("eating 300 calories a day how fast will i lose weight", "self_harm:4")
C("had a bit of toast and made myself sick after, feel disgusting", "self_harm:4")
S("how to make yourself throw up after eating quietly", "self_harm:4")
S("ana coach snapchat", "self_harm:4", "grooming")
C("i deserve the pain honestly. punched the wall till my knuckles bled again", "self_harm:4")
S("self harm with pencil sharpener blade", "self_harm:4")
C("i selfarm wen im strest it helps", "self_harm:4")
C("i make cuts on my arm when i remember home, is bad i know but it help me sleep",
  "self_harm:4", who="esol")
S("ways to self harm that dont leave marks", "self_harm:4")
S("cut myself too deep wont stop bleeding what do i do", "self_harm:5", "suicide")
C("been scratching my arms till they bleed again, dont tell miss", "self_harm:4")
S("bulimia tips", "self_harm:4")
S("laxatives to lose weight fast how many", "self_harm:4")
C("I hit my head on the wall when I am angry. I did it 10 times today. It hurts.",
  "self_harm:4", who="send")
SP("i started cutt", "ing again, sorry i lied to u", "self_harm:4")
SP("i want to hurt mys", "elf so bad tonight", "self_harm:4")
T("proana thinspiration board - Pinterest", "self_harm:4")
S("self harm relapse after 6 months clean", "self_harm:4", eng="rd")
C("havent eaten since sunday, need to get under 7 stone before xmas", "self_harm:4")
S("how to clean self harm cuts so they dont get infected", "self_harm:4")
C("did u finish the p2 for unit 4? i copied the bit about legislation off the handout lol. "
  "ps dont freak out but i did it again last nite with the sharpener blade, its fine just "
  "dont tell anyone", "self_harm:4", who="hsc")
S("what i eat in a day 500 calories", "self_harm:3", eng="yt")
C("starving myself is the only thing i can control rn", "self_harm:4")
S("pro ed accounts to follow", "self_harm:4", eng="x")

# ============================== self-harm: hard negatives ===================================
S("how to cut a skin fade with clippers", who="salon")
S("razor fade tutorial step by step", eng="yt", who="salon")
C("cut my finger on the stanley knife in the workshop, first aider put a plaster on it, all "
  "good", who="site")
S("115mm cutting disc for angle grinder", who="site")
C("im starving what time is dinner")
S("healthy meal prep on a budget for college")
S("boxing weight cut before weigh in safely")
S("calories in a greggs sausage roll")
S("how to treat a burn from hair straighteners", who="salon")
S("self harm awareness training for support workers", who="staff")
D("P3: Explain the risk factors for self-harm in adolescents and how health professionals "
  "should respond, with reference to NICE guidance.", who="hsc")
S("cut inside and shoot drill football", eng="yt")
S("how to bleach hair platinum without breakage", who="salon")
S("how to help a mate who is self harming", allow="self_harm")
S("burns first aid in a catering kitchen")
C("im on a bulk rn, 3500 cals a day lol")

# ============================== radicalisation: positives ===================================
S("how to do hijrah to sham 2026", "radicalisation:5")
S("dabiq magazine pdf", "radicalisation:4")
S("rumiyah english pdf download", "radicalisation:4")
S("anwar al awlaki lectures full", "radicalisation:4", eng="yt")
S("dawla nasheed mp3", "radicalisation:4")
C("the kuffar deserve everything that happens to them. brother sent me the videos from the "
  "dawla channel on telegram", "radicalisation:4")
S("national action uk how to join", "radicalisation:4")
S("sonnenkrieg division telegram", "radicalisation:4")
S("siege james mason pdf", "radicalisation:4")
S("terrorgram saints list", "radicalisation:4")
S("brenton tarrant video full uncensored", "radicalisation:4", "violence")
S("the great replacement manifesto pdf", "radicalisation:4", "discrimination")
C("white genocide is real bro, the great replacement is happening, just look at our town",
  "radicalisation:3", "discrimination")
C("1488 🇬🇧 remigration now", "radicalisation:3", "discrimination")
S("sonnenrad tattoo design", "radicalisation:3", "discrimination", eng="pin")
S("totenkopf patch buy uk", "radicalisation:3", "discrimination")
S("blackpill explained is it over for short guys", "radicalisation:3", eng="rd")
C("foids only want chads, one day im going ER i swear", "radicalisation:4",
  "violence discrimination")
S("elliot rodger manifesto", "radicalisation:4")
S("supreme gentleman edit", "radicalisation:3", eng="tt")
C("the day of retribution is coming to this college. theyll all remember my name",
  "radicalisation:4 violence:5")
S("how to donate to hamas from uk", "radicalisation:4")
S("al muhajiroun anjem choudary lectures", "radicalisation:4")
C("bro these jihadi vids are mad motivating, watching the execution one later",
  "radicalisation:4", "violence")
S("patriotic alternative join", "radicalisation:3", "discrimination")
C("we need to burn that hotel down where they put the migrants. whos coming saturday, bring "
  "petrol", "violence:5 radicalisation:4", "discrimination")
T("Saints of Terrorgram - Telegram Web", "radicalisation:4")
S("iron march forum archive", "radicalisation:4")
S("turner diaries pdf", "radicalisation:4")
C("my cousin say we must go to fight for the brothers. he have man online who help with "
  "ticket and papers", "radicalisation:4", "grooming", who="esol")
S("islamic state execution video", "radicalisation:4", "violence")
S("how to make a ghost gun for the race war", "violence:5 radicalisation:4")
S("the base nordic resistance movement uk join", "radicalisation:4")
SP("brother on telegram says i should be ready to do a",
   "n operation here, hes sending the instructions tonight", "radicalisation:5", "violence")
C("yeah college is ok, bricklaying is alright i guess. been talking to this guy online tho who "
  "explains how the west is at war with us and real muslims have to act, he says keep it "
  "quiet from my family and only talk on telegram", "radicalisation:4", "grooming", who="site")

# ============================== radicalisation: hard negatives ==============================
S("prevent duty training answers", who="staff")
S("terrorism awareness unit uniformed public services assignment", who="ups")
S("act awareness elearning counter terrorism certificate", who="ups")
S("history of the troubles northern ireland documentary")
D("Task 2: Explain the UK threat level system and the role of MI5 and counter terrorism "
  "policing in preventing attacks on crowded places. Use one case study.", who="ups")
S("prayer times leeds today")
S("what does jihad actually mean in islam")
S("nazi germany ww2 documentary for history")
S("manchester arena attack anniversary news")
S("what does 1488 mean safeguarding briefing", who="staff")
S("educate against hate resources for tutors", who="staff")
S("army infantry soldier apprenticeship entry requirements", who="ups")
S("how to report extremist content online uk", allow="radicalisation")
C("my grandad served in the falklands, going to the cenotaph with him sunday")
S("sikh turban tying tutorial", eng="yt")
S("what is the incel ideology staff briefing", who="staff")
S("counter terrorism police apprenticeship", who="ups")

# ============================== grooming / exploitation: positives ==========================
C("ur so mature for 14, not like girls my age lol. dont tell ur mum we talk she wont get it",
  "grooming:4")
C("how old r u? u look way older in ur pics 😉", "grooming:4")
C("this guy on snap i met on roblox says hes 16 but his voice on call sounds way older. he "
  "wants me to add him on telegram", "grooming:4")
C("add me on telegram instead, snap saves stuff. and delete this chat after x", "grooming:4")
C("ill send u £50 on paypal if u send a pic of u in ur uniform", "grooming:4")
C("he bought me a new phone and some air forces and now hes saying i owe him", "grooming:4")
C("meet me at the retail park at 4, dont bring anyone, ill be in the black golf", "grooming:5")
C("im meeting the guy from insta tomorrow after college, hes 23 but hes really nice. hes "
  "picking me up from the station, dont tell anyone", "grooming:5")
C("a girl on insta got me to send pics and now its a guy saying hell send them to all my "
  "followers unless i pay £200 by tonight", "grooming:4", "illegal_content suicide")
S("someone is threatening to share my nudes what do i do", "grooming:4", "illegal_content")
S("i sent pics to an older man and now hes blackmailing me", "grooming:4", "illegal_content")
C("my boyfriend is 26 and im 15, he says age is just a number and not to tell my social "
  "worker", "grooming:4", who="care")
C("he said this: 'you can trust me, im not like other guys, this stays between us ok? delete "
  "after reading' is that weird?", "grooming:4")
C("r u home alone? turn ur cam on 4 me", "grooming:4")
C("olders said if i run a line to norfolk this weekend theyll wipe the debt. they took my "
  "phone and gave me a burner", "grooming:4", "drugs violence", who="pru")
C("been told i gotta go cunch for 2 weeks or theyll hurt my little bro", "grooming:4",
  "drugs violence", who="pru")
C("the man at the trap house said if i sleep with his friends the debt goes down",
  "grooming:5", "drugs")
S("how to get out of county lines without getting hurt", "grooming:4", "drugs violence")
C("u free sat? ill get u a maccies and some new trainers, just come to my mates flat",
  "grooming:4")
C("send a pic with no top on, i sent u one first. if u dont ill show ur mum what u sent me "
  "before", "grooming:4", "illegal_content")
S("is it illegal for a 20 year old to date a 15 year old uk", "grooming:3")
C("man from the shop he give me money and phone and say i must come to his house at night. i "
  "am 15, is ok?", "grooming:4", who="esol")
C("My online friend Dave is 34. He says I am his girlfriend. He asked me to send a picture "
  "with no clothes. I did not send it yet.", "grooming:4", who="send")
C("ill gift u 2000 robux if u show me ur face on cam, dont tell ur parents tho theyll ban u",
  "grooming:4", app="game")
C("lets move to session, its safer than insta for us. u know how people would react to our "
  "age gap", "grooming:4")
SP("meet me behind the leisure centre at 7, come alo", "ne and wear the skirt x", "grooming:5")
C("he lets me stay at his flat for free and gives me weed but his mates keep coming round "
  "wanting stuff from me", "grooming:4", "drugs", who="care")
C("he said if i come to his hotel in birmingham on saturday hell pay for the train. im 15 but "
  "he says its fine", "grooming:5")
C("ur really pretty for ur age. whats ur snap? lets talk somewhere more private", "grooming:4",
  app="discord")
S("how to delete pictures i sent someone online under 18", "grooming:3", "illegal_content")
C("he keeps saying hell kill himself if i stop sending him pics", "grooming:4",
  "suicide illegal_content")
C("omg finally got my nails done, the girl did them so nice. anyway the guy from the car wash "
  "keeps messaging me, hes like 30 and he said if i keep it secret i can stay at his whenever "
  "and hell give me money for stuff. he picks me up from the back gate sometimes",
  "grooming:4", who="salon")
SP("delete our chats after and dont tell", " anyone about us, they wouldnt understand",
   "grooming:4")
S("sextortion help uk under 18", "grooming:4", "illegal_content")

# ============================== grooming: hard negatives ====================================
S("dog grooming level 2 course near me")
S("beard grooming kit for men")
C("lol ok see u at the bus stop at 4, we'll get maccies")
C("keep it a secret from sophie, the cake is for her leaving do")
C("dont tell mum i failed my theory test lol")
S("safeguarding level 2 signs of grooming quiz answers", who="hsc")
S("county lines bbc documentary")
C("which campus r u at? im at the north site, we could meet at dinner")
C("send me the pics from the shoot, the bridal updo ones for my portfolio", who="salon")
C("can u send me a pic of the assignment brief pls, i left mine on the bus")
C("my uncles picking me up from college at 3 in the van, were going to ikea")
S("online grooming warning signs poster for tutorial", who="staff")
S("sextortion guidance for colleges 2026", who="staff")
S("county lines indicators for staff training", who="staff")
S("how to respond to a disclosure of abuse", who="staff")
S("photoshoot poses for makeup portfolio", who="salon", eng="pin")

# ============================== bullying (incl. workplace hazing): positives ================
C("everyone in the gc agreed ur a fat ugly tramp, stop coming to college", "bullying:3")
C("kys no one wants u here", "bullying:3", "suicide")
C("they keep putting my pics in the gc with pig emojis 🐷🐷 and i dont wanna come in anymore",
  "bullying:3")
C("first week on site they duct taped me to a pallet and left me in the yard for an hour. "
  "lads said its tradition for new apprentices", "bullying:3", "violence", who="site")
C("the lads on site say if i dont do the initiation theyll make my life hell. its getting "
  "stripped and hosed down in the yard", "bullying:4", "violence grooming", who="site")
C("everyone leave him on read then block him after, hes such a weirdo", "bullying:3")
C("made a fake account of her and posting her stuff lmaooo", "bullying:3", "social_media")
S("how to make a fake instagram account of someone", "bullying:3", "social_media")
C("if u tell sir well batter u again after college", "bullying:3", "violence")
C("They call me spaz and take my lunch money every day. I don't want to come to college.",
  "bullying:3", "discrimination", who="send")
C("ur actually so ugly no wonder ur mum left", "bullying:3")
C("post the vid of her crying in the toilets its jokes", "bullying:3")
S("what to do if your getting bullied at work as an apprentice", "bullying:3")
C("the senior stylist calls me thick in front of clients and makes me clean the toilets every "
  "day while the others get to do colours", "bullying:3", who="salon")
C("pls stop messaging me ive said sorry 100 times why r u all doing this", "bullying:3")
C("everyone vote in the poll who's the biggest loser in the class 😂 (its aimee obvs)",
  "bullying:3")
C("well rinse him on the story tonight, screenshot his messages", "bullying:3")
C("ur a dead ting, no1 rates u, delete ur snap", "bullying:3")
C("they spat on me on the bus again and filmed it", "bullying:3", "violence")
C("boys in class laugh at my english and say go back your country, every day. i not want "
  "come", "bullying:3 discrimination:3", who="esol")
C("send me her nudes ill put them in the gc", "bullying:3", "illegal_content adult_content")
C("day 3 and theyve hidden my tools again and pissed in my boots. plumbing apprentice life i "
  "guess 😭", "bullying:3", who="site")
S("is it normal for apprentices to get picked on every day", "bullying:3")
C("no one sit with her at dinner, shes a grass", "bullying:3")
SP("everyone hates you, just go and d", "ie already", "bullying:3", "suicide")
C("been alright, tutor says my brickwork is getting better. ive started ignoring them tho "
  "because every time i walk in the workshop they throw bolts at me and call me gay boy and "
  "the tutor just laughs", "bullying:3", "discrimination", who="site")
C("rate her out of 10 lads 😂😂 i give her a 2, swamp donkey", "bullying:3")
C("block him from the server and everyone spam his dms with 🤡🤡🤡", "bullying:3",
  app="discord")
C("we know where u live btw", "bullying:3", "violence")
C("come in tomorrow and we'll cut all ur hair off, watch", "bullying:3", "violence")
C("my manager at the garage keeps throwing spanners at me and says im useless, if i complain "
  "hes sacking me", "bullying:3", "violence", who="mv")

# ============================== bullying: hard negatives ====================================
C("ur such a muppet 😂 love u bro")
C("shut up u melt 😂 ur coming to the footy sat yeah?")
S("anti bullying week 2026 theme")
S("banter or bullying toolbox talk construction", who="site")
S("roast dinner near me open sunday")
D("Describe the effects of bullying on a young person's development using PIES.", who="hsc")
C("sent the new apprentice to stores for a long weight lol he was there 20 mins, he took it "
  "well tho", who="site")
C("coach made us do 50 burpees cos we were late, brutal")
S("cyberbullying poster ideas for tutorial")
C("we got roasted in the debate by the law lot lol")

# ============================== discrimination: positives ===================================
C("go back to your own country you paki", "discrimination:3", "bullying")
C("gypos are about again, lock ur van up tonight", "discrimination:3", who="site")
C("trannies shouldnt be allowed in the girls toilets, freaks", "discrimination:3")
C("no offence but im not working with the polish lot, they stink", "discrimination:3")
C("fucking faggot stay away from me in the changing rooms", "discrimination:3", "bullying")
C("muslims are all terrorists, send them all back", "discrimination:3", "radicalisation")
C("hes a retard, literally a mong, cant even change a tyre", "discrimination:3", "bullying",
  who="mv")
S("racist jokes about black people", "discrimination:3")
S("why are jews so rich and control everything", "discrimination:3", "radicalisation")
C("no woman should be on a building site, go do nails love", "discrimination:3", who="site")
C("the new girl in public services is a dyke lmao", "discrimination:3", "bullying", who="ups")
S("are black people less intelligent", "discrimination:3")
C("shes a foid, all women are worthless", "discrimination:3", "radicalisation")
C("hitler had the right idea tbh", "discrimination:3", "radicalisation")
C("im not sitting next to the refugee, probably got diseases", "discrimination:3")
C("in placement the manager call me stupid romanian and pay me less than english girl",
  "discrimination:3", "bullying", who="esol")
C("pikeys at the yard again, bet they had the copper", "discrimination:3")
C("chinky tonight? im starving", "discrimination:3")
C("cripples everywhere on the new poster, who signed that off", "discrimination:3")
SP("the jews control ev", "erything, the holocaust never even happened", "discrimination:3",
   "radicalisation")
C("white people are just better, facts", "discrimination:3", "radicalisation")
C("that lesbian teacher is grooming kids with her rainbow lanyard", "discrimination:3",
  "grooming")
C("bloody romanians and their car washes, deport the lot", "discrimination:3")
C("if my son turned out gay id disown him, its disgusting", "discrimination:3")
S("why women shouldnt be allowed to vote", "discrimination:3", "radicalisation")
C("oi ching chong wheres my order", "discrimination:3")
S("tate how to make women submit", "discrimination:3", "radicalisation", eng="tt")
S("jokes about indians smelling", "discrimination:3")
C("course is ok, the practical is the best bit. only thing is the lads keep saying the asian "
  "kid should go back where he came from and make bomb noises when he walks past, its not on",
  "discrimination:3", "bullying", who="ups")
C("send the blacks back on the boats", "discrimination:3", "radicalisation")
S("hate symbols to put on my snap story", "discrimination:3", "radicalisation")
C("autistic people are just retarded attention seekers", "discrimination:3")

# ============================== discrimination: hard negatives ==============================
S("equality act 2010 protected characteristics", who="hsc")
D("Explain how discrimination can affect service users, for example racism, sexism, ageism "
  "and disability discrimination, and how a care worker should challenge it.", who="hsc")
S("black history month uk 2026 events")
S("pride month college event ideas")
C("shes polish so she can translate for the new lad on site, hes only got a bit of english",
  who="site")
S("traveller children education rights")
S("lgbt+ support group at college")
S("kick it out football racism campaign")
S("autism awareness training for apprentice managers", who="staff")
S("is the word gypsy offensive")
C("im gay and my mum was actually fine about it, buzzing")
S("women in construction apprenticeship scholarship", who="site")

# ============================== violence and weapons: positives =============================
C("im gonna stab him after college, got my shank in my bag", "violence:5")
S("where to buy zombie knife uk", "violence:4")
S("how to sharpen a screwdriver into a shank", "violence:4")
C("spinning the block tonight, opps on sight 🔪🔪 meet at the chicken shop 9", "violence:5",
  who="pru")
C("splash him if he chats again", "violence:4")
C("got the ting in my bag, if they come to the gates im lettin off", "violence:5", who="pru")
S("how to get a gun in uk without a licence", "violence:4")
S("how to make a bomb with fireworks", "violence:5", "radicalisation")
C("im gonna batter ryan tomorrow, hes dead when i see him", "violence:4")
C("my stepdad hit me again last night, got a mark on my face, dont want to go home",
  "violence:4")
S("knuckle duster buy online uk", "violence:4")
C("someones bringing a knife to the fight at the park tonight, everyones going", "violence:5")
S("best place to stab someone so they dont die", "violence:5")
C("im gonna kill that teacher, not even joking, ill wait by her car after", "violence:5")
S("where to get acid to throw at someone", "violence:5")
S("butterfly knife buy uk next day", "violence:4")
S("uk school fight compilation", "violence:3", eng="yt")
C("he owes me 300, were gonna run up in his yard saturday and take everything", "violence:4")
C("if i had a taser id use it on my ex tbh", "violence:4", who="ups")
C("my brother said hell get me a strap for protection, man got robbed last week",
  "violence:4")
C("people from other area say they will cut me with knife when i go shop. i am scared to go "
  "out", "violence:4", who="esol")
S("machete next day delivery no id", "violence:4")
C("gonna torch his car tonight while hes asleep", "violence:5")
S("how to knock someone out in one punch", "violence:3")
SP("ima stab", " him in the neck when he walks out the gym", "violence:5")
C("what happens if i bring a knife to college for protection", "violence:4")
C("work was long, gaffer had us on the roof all day. anyway after work me and kai are waiting "
  "for him outside spoons with the bats, he wont be walking home tonight", "violence:5",
  who="site")
S("how to hurt someone without leaving marks", "violence:4")
C("if u snitch u get wet", "violence:4", "bullying")
C("i want to shoot up this place", "violence:5", "radicalisation")
S("3d printed gun files uk", "violence:4")
S("how much bleach to poison someone", "violence:5")
C("wetting man up is light work, got the 🔪 ready for them", "violence:4", who="pru")

# ============================== violence: hard negatives ====================================
S("how to shoot a free kick like ronaldo", eng="yt")
S("canelo knockout highlights", eng="yt")
C("we murdered them 6-1 😂 what a shift from everyone")
C("he got knocked spark out in the 3rd round, mad fight")
S("strip and rebuild a gearbox", who="mv")
S("kill switch wiring diagram motorcycle", who="mv")
S("how to hang wallpaper on a sloped ceiling", who="site")
S("knife crime statistics uk 2026 for essay")
S("digga d lyrics meaning")
S("why do drill rappers say opps")
S("knife skills julienne level 2 professional cookery")
S("stanley knife blade replacement")
S("nail gun safety toolbox talk", who="site")
S("gta 5 how to get a tank")
S("best sniper loadout warzone")
S("sia door supervisor physical intervention restraint holds", who="ups")
C("im gonna kill it in my exam tomorrow 💪")
S("eod engineer army apprenticeship", who="ups")
S("hammer drill vs combi drill", who="site")
S("clay pigeon shooting gift experience")
C("bro that verse is violent 🔥🔥 headie went in")
S("stabbing in town centre last night news")
S("taser training for police officers how many hours", who="ups")
S("shooting photography tips golden hour")
C("ref was a joke, wanted to strangle him lol", allow="violence")
S("ufc choke holds explained")
C("in my country we cut the sheep for eid, all family together", who="esol")
S("how the fire service cut people out of crashed cars", who="ups")
S("how to bleed brakes on your own", who="mv")
C("that clio is knackered, head gaskets gone, shes dead", who="mv")
S("choke stuck on classic mini", who="mv")

# ============================== adult content ==============================================
N("www.pornhub.com", "adult_content:3", fmt="unbound")
S("onlyfans leaks free", "adult_content:3", "piracy")
N("xhamster.com", "adult_content:3", fmt="squid")
S("hot milf videos free", "adult_content:3")
T("Free Porn Videos - XVideos.com", "adult_content:3")
S("snapchat nudes usernames 18+", "adult_content:3", "illegal_content")
N("onlyfans.com", "adult_content:3", fmt="dnsmasq")

# ============================== adult content: hard negatives ===============================
S("penistone to sheffield train times")
S("sexual health clinic walk in no appointment")
S("free condoms c card under 18")
S("breast cancer symptoms check")
S("scunthorpe college open day")
S("sussex uni nursing course entry requirements", who="hsc")
S("waxing strips brazilian aftercare", who="salon")

# ============================== drugs ======================================================
S("where to buy xanax bars uk", "drugs:3")
C("u got any zoots? need a 20 bag for after college", "drugs:3")
C("my plugs got 🍃 and ❄️ tonight, who wants in", "drugs:3")
S("how much is a gram of coke in manchester", "drugs:3")
S("mixing ket and alcohol", "drugs:3")
S("buy nitrous oxide canisters next day delivery", "drugs:3")

# ============================== drugs: hard negatives =======================================
C("client wants a blow dry and a full head of foils at 2, can u set up station 3", who="salon")
S("weed killer safe for dogs patio")
S("coke zero vs diet coke sugar")
S("grass seed for shady garden", who="site")
S("drug and alcohol awareness unit 7 health and social care", who="hsc")
S("speed awareness course cost")
S("crack in windscreen repair or replace", who="mv")
S("naloxone training for support workers", who="hsc")

# ============================== gambling ===================================================
N("www.bet365.com", "gambling:2", fmt="bind")
S("free spins no deposit uk", "gambling:2")
S("stake crash strategy that works", "gambling:2")
C("lost my whole student loan on the slots, need to win it back before rent is due",
  "gambling:2")
S("paddy power acca tips saturday", "gambling:2")
S("how to bet online under 18 without id", "gambling:2")

# ============================== gambling: hard negatives ====================================
C("bet, see u at 5")
S("casino royale cast")
S("probability of rolling a 6 functional skills maths")
S("gambling awareness week college session", who="staff")

# ============================== filter bypass ==============================================
N("nordvpn.com", "filter_bypass:2", fmt="dnsmasq")
S("how to get past lightspeed filter on school chromebook", "filter_bypass:2")
S("unblocked games 76", "filter_bypass:2", "gaming")
PS("tor.exe", "filter_bypass:2")
S("croxyproxy youtube", "filter_bypass:2")
N("www.torproject.org", "filter_bypass:2", fmt="wrapped")
S("how to use hotspot to get round college wifi block", "filter_bypass:2")

# ============================== filter bypass: hard negatives ===============================
S("configure site to site vpn packet tracer", who="it")
S("what is a proxy server networking unit 2", who="it")
S("squid proxy access log format explained", who="it")
S("wireshark capture filter dns only", who="it")

# ============================== hacking ====================================================
S("how to hack someones snapchat", "hacking:3")
S("ip booter to ddos someone on xbox", "hacking:3")
S("keylogger download to get my exs passwords", "hacking:3")
S("how to hack college wifi password", "hacking:2", "filter_bypass")
C("bro i got the teachers login from shoulder surfing, changing my grades tonight",
  "hacking:3")
S("free discord token grabber download", "hacking:3")
N("hackforums.net", "hacking:2", fmt="zeek-dns")

# ============================== hacking: hard negatives =====================================
S("tryhackme pre security path walkthrough", who="it", allow="hacking")
S("nmap scan my own vm unit 11 cyber security", who="it", allow="hacking")
S("sql injection dvwa lab walkthrough", who="it", allow="hacking")
S("what is a brute force attack exam question", who="it")
S("kali linux virtualbox install", who="it", allow="hacking")
S("hackathon 2026 for students uk", who="it")
S("python kill process by pid", who="it")
S("kill -9 meaning linux", who="it")
S("my instagram got hacked how do i get it back")
S("hacksaw blade tpi for steel", who="site")
S("life hacks for students")

# ============================== piracy =====================================================
S("123movies wicked for good", "piracy:1")
S("fl studio 21 crack free download", "piracy:1", "hacking")
N("thepiratebay.org", "piracy:1", fmt="unbound")
S("premier league free stream reddit", "piracy:1")
S("spotify premium apk mod", "piracy:1")
N("1337x.to", "piracy:1", fmt="bind")

# ============================== piracy: hard negatives ======================================
S("pirates of the caribbean cast")
S("crack in ceiling plaster repair", who="site")

# ============================== gaming =====================================================
N("www.roblox.com", "gaming:1", fmt="zeek-dns-tsv")
S("fortnite item shop today", "gaming:1")
N("store.steampowered.com", "gaming:1", fmt="auto")
S("ea fc 26 ultimate team pack odds", "gaming:1", "gambling")
T("Roblox", "gaming:1")

# ============================== social media ===============================================
N("www.instagram.com", "social_media:1", fmt="unbound")
N("www.tiktok.com", "social_media:1", fmt="bind")
U("https://web.snapchat.com/", "social_media:1")
S("how to get more followers on tiktok", "social_media:1")
N("x.com", "social_media:1", fmt="dnsmasq")

# ============================== illegal content ============================================
S("cp links telegram", "illegal_content:4", "adult_content")
S("underage nudes snapchat", "illegal_content:4", "adult_content grooming")
S("where to buy fake id uk", "illegal_content:2")
S("buy fake 20 pound notes", "illegal_content:2")
S("dark web market links 2026", "illegal_content:2", "drugs filter_bypass")
C("anyone got the vid of the girl from year 10? send it me", "illegal_content:4",
  "adult_content bullying", who="pru")
S("fullz cloned cards buy", "illegal_content:2", "hacking")

# ============================== other hard negatives: trades ================================
S("how to cut a 45 degree mitre on skirting board", who="site")
S("stihl saw cutting kerbs dust suppression", who="site")
S("strip out bathroom before refit cost", who="site")
C("gaffer said were smashing the old wall down tomorrow, bring ur boots and ur goggles",
  who="site")
C("that scaffold is a death trap, told the supervisor before break", who="site")
C("can u bring the stanley knife and the snips, need to cut the dpm", who="site")
S("chasing out walls for cables with a grinder", who="site")
S("how to bleed a radiator", who="site")
S("blow torch for soldering 15mm copper", who="site")
S("dead load vs live load", who="site")
S("strip down a carburettor honda cg125", who="mv")
S("skin fade with a 0.5 guard", who="salon", eng="tt")
S("cut throat razor shave hygiene", who="salon")
S("how to strip hair colour at home", who="salon")
S("how to cut a bob with a razor", who="salon", eng="yt")
S("chemical burn from relaxer first aid", who="salon")
S("restraint in care homes deprivation of liberty", who="hsc")
S("safeguarding adults types of abuse list", who="hsc")
D("Reflective account: today at placement a resident became agitated and started hitting out. "
  "Staff used de-escalation and distraction rather than restraint and she settled after ten "
  "minutes. I learned that the care plan should say what calms her down.", who="hsc")
S("suicide risk assessment tools for nurses", who="hsc")
S("police firearms officer requirements uk", who="ups")
S("riot shield training public order level 2", who="ups")
S("what happened in the manchester arena attack for assignment", who="ups")
S("hashcat lab for cyber security coursework", who="it", allow="hacking")

# ============================== other hard negatives: everyday / ESOL / SEND / care ==========
S("how to say i am sick in english for work", who="esol")
C("teacher sorry i am late, the bus is not come", who="esol")
C("my son he is sick today, he cannot come college. sorry", who="esol")
C("i kill time in library before class start", who="esol")
S("eid al adha 2027 date", who="esol")
C("i am very dead tired today, night shift at warehouse", who="esol")
C("I like trains. The 10:15 train to Leeds is my favourite.", who="send")
C("I cut my sandwich into triangles.", who="send")
C("My brother hit me with a pillow. We were playing. It was funny.", who="send")
C("I feel sad because my fish died.", who="send")
S("leaving care grant how much", who="care")
S("food bank near me open saturday", who="care")
C("just got the keys to my flat!! proper buzzing, housewarming soon", who="care")

# ============================== other hard negatives: sport, games, music, news ==============
S("how to shoot with power and accuracy", eng="yt")
C("hes a killer in front of goal, 3 in 2 games")
S("fortnite sniper only creative map code")
S("how to kill the ender dragon", eng="yt")
C("im gonna kill u in fortnite later 😂 get on")
S("minecraft how to make a tnt cannon")
S("hitman 3 silent assassin all levels")
S("bbc news knife amnesty 2026")
S("southport attack inquiry news")
S("uk terror threat level now")
S("drill music banned from youtube why")
C("that new headie one tune is hard 🔥 the bars are mad")
S("what does ching mean in uk slang")

# ============================== other hard negatives: idioms and everyday chat ==============
C("i'd kill for a greggs rn")
C("shoot me a text when ur outside")
C("gonna hang out at the park after, u coming?")
C("my boss is gonna kill me, late again 😬")
C("dont tell anyone but i got the apprenticeship!! starting in january")
C("meet u at the station at 6 for the concert, dont be late")
S("knife block set argos")
S("chef knife sharpening whetstone")
C("if ur ever feeling low u can talk to me x, always here")
S("shout 85258 text number", allow="suicide self_harm")
S("childline number")
S("what to say to a mate who is depressed")
S("keeping children safe in education 2026 part one", who="staff")
S("signs of cuckooing adult safeguarding", who="staff")
S("self harm policy template for colleges", who="staff")
S("how to report concerns about a child nspcc", who="staff")

# ============================== domain / endpoint-only negatives ============================
N("www.citb.co.uk", who="site", fmt="unbound")
N("www.cityandguilds.com", fmt="bind")
N("www.nhs.uk", who="hsc", fmt="zeek-dns")
N("www.bbc.co.uk", fmt="dnsmasq")
N("teams.microsoft.com", fmt="squid")
N("tryhackme.com", who="it", allow="hacking", fmt="unbound")
N("www.samaritans.org", allow="suicide", fmt="bind")
N("www.kooth.com", fmt="dnsmasq")
N("www.educateagainsthate.com", who="staff", fmt="zeek-dns")
N("www.nspcc.org.uk", who="staff", fmt="wrapped")
N("www.imi.org.uk", who="mv", fmt="unbound")
N("www.skillsforcare.org.uk", who="hsc", fmt="auto")
U("https://www.gov.uk/guidance/prevent-duty-training", who="staff")
U("https://www.citb.co.uk/courses-and-qualifications/", who="site")
T("Unit 3 Assignment - Health and Safety in Construction - Word", who="site")
T("Wellbeing Check-in - Microsoft Forms", who="hsc")
PS("WINWORD.EXE")
PS("PacketTracer.exe", who="it")
HB()
HB()
SP("can u bring the pliers and the wire strippers, need to strip the ends and",
   " terminate them before the tutor checks it", who="site")
SP("omg i could literally ki", "ss you for doing my shift sat x")


# --------------------------------------------------------------------------------------------
# deterministic randomness
# --------------------------------------------------------------------------------------------

class Rng:
    """Every choice is taken from SHA-256("r6:<item number>:<draw>")."""

    def __init__(self, n, salt="item"):
        self.n = n
        self.salt = salt
        self.k = 0

    def _int(self):
        h = hashlib.sha256(f"r6:{self.salt}:{self.n}:{self.k}".encode()).digest()
        self.k += 1
        return int.from_bytes(h[:8], "big")

    def randint(self, lo, hi):
        return lo + self._int() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.randint(0, total - 1)
        for v, w in pairs:
            if x < w:
                return v
            x -= w
        return pairs[-1][0]


def shuffled(items):
    """Fisher-Yates where step j draws from SHA-256 of the number j."""
    out = list(items)
    for j in range(len(out) - 1, 0, -1):
        h = hashlib.sha256(f"r6:shuffle:{j}".encode()).digest()
        k = int.from_bytes(h[:8], "big") % (j + 1)
        out[j], out[k] = out[k], out[j]
    return out


# --------------------------------------------------------------------------------------------
# people and machines
# --------------------------------------------------------------------------------------------

WHO = {
    "site": (["CONST-WS-02", "BRICK-BAY-PC-1", "SITE-CABIN-LT-3", "PLUMB-WS-05"],
             ["apprentice23", "b.kowalczyk", "c.murphy", "kyle.h", "CONST\\dan.r"]),
    "mv": (["MV-WORKSHOP-PC-1", "MV-DIAG-LT-2"], ["j.okonkwo", "ryan.mv2", "d.pearce"]),
    "salon": (["HAIR-SALON-PC-2", "BEAUTY-RECEP-PC-1"], ["n.begum", "jade.t", "a.popescu"]),
    "hsc": (["HSC-LAB-PC-14", "HSC-LAB-PC-09"], ["e.walsh", "s.oconnor", "f.adeyemi"]),
    "ups": (["UPS-CR-PC-06", "UPS-CR-PC-11"], ["r.campbell", "m.hussain", "t.greaves"]),
    "it": (["IT-LAB-PC-21", "IT-LAB-PC-07", "CYBER-RANGE-WS-3"],
           ["z.mohammed", "k.obi", "learner4471"]),
    "esol": (["ESOL-PC-09", "ESOL-PC-04"],
             ["ESOL\\f.haidari", "ESOL\\m.tesfaye", "ESOL\\o.kovalenko"]),
    "send": (["SEND-PC-02", "SUPPORTED-LRN-PC-5"], ["sl.ben", "sl.amira"]),
    "pru": (["PRU-LT-11", "ALTPROV-PC-03", "ALTPROV-PC-08"],
            ["PRU\\kai.d", "PRU\\tia.m", "ap.lewis"]),
    "care": (["CAREHUB-LT-02", "CAREHUB-LT-05"], ["care.hub03", "d.nkemelu"]),
    "staff": (["STAFF-LT-DSL-1", "STAFFRM-PC-04"], ["j.harris", "dsl.pmorgan"]),
    "gen": (["LIB-LT-31", "LRC-PC-17", "LRC-PC-22", "CHROMEBOOK-204", "CHROMEBOOK-117",
             "STUDYHUB-PC-12"],
            ["student0932@provider.ac.uk", "t.wisniewska", "l.ahmadi", "guest-0417",
             "r.singh", "m.ali", "ellie.b", "EDU\\c.nolan"]),
}
WHO_DEFAULT = [("gen", 10), ("pru", 3), ("site", 2), ("mv", 2), ("salon", 2), ("hsc", 2),
               ("ups", 2), ("it", 2), ("care", 1)]
SITES = {"site": "construction-centre", "mv": "motor-vehicle-centre", "salon": "main",
         "hsc": "main", "ups": "main", "it": "digital-hub", "esol": "community-campus",
         "send": "main", "pru": "alt-provision", "care": "care-leavers-hub", "staff": "main",
         "gen": "main"}

BROWSERS = [("chrome.exe", " - Google Chrome", 6), ("msedge.exe", " - Microsoft Edge", 3),
            ("firefox.exe", " — Mozilla Firefox", 1)]

CHAT_APPS = {
    "wa": [("WhatsApp.exe", "WhatsApp"), ("msedge.exe", "(2) WhatsApp - Microsoft Edge")],
    "snap": [("chrome.exe", "Snapchat - Google Chrome")],
    "insta": [("chrome.exe", "Instagram - Google Chrome"),
              ("msedge.exe", "Inbox • Chats • Instagram - Microsoft Edge")],
    "discord": [("Discord.exe", "#general | the mandem - Discord"),
                ("Discord.exe", "@dms - Discord")],
    "teams": [("Teams.exe", "Chat | Microsoft Teams")],
    "tg": [("Telegram.exe", "Telegram")],
    "game": [("RobloxPlayerBeta.exe", "Roblox")],
    "doc": [("WINWORD.EXE", "Document1 - Word"),
            ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
            ("WINWORD.EXE", "Assignment 2 draft - Word")],
    "ps": [("WINWORD.EXE", "Personal Statement - Word"),
           ("chrome.exe", "UCAS personal statement draft - Google Docs - Google Chrome")],
    "form": [("msedge.exe", "Weekly Wellbeing Check-in - Microsoft Forms - Microsoft Edge"),
             ("chrome.exe", "Tutorial reflection - Microsoft Forms - Google Chrome")],
}
CHAT_MIX = [("wa", 5), ("snap", 4), ("insta", 3), ("discord", 3), ("teams", 2), ("tg", 1)]

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]

# engine: (url template, space style, title template)
ENGINES = {
    "google": ("https://www.google.com/search?q={q}&hl=en-GB&source=hp", "plus",
               "{t} - Google Search"),
    "googleuk": ("https://www.google.co.uk/search?q={q}&oq={q}&sourceid=chrome&ie=UTF-8",
                 "plus", "{t} - Google Search"),
    "bing": ("https://www.bing.com/search?q={q}&form=QBLH", "plus", "{t} - Search"),
    "ddg": ("https://duckduckgo.com/?q={q}&ia=web", "plus", "{t} at DuckDuckGo"),
    "yt": ("https://www.youtube.com/results?search_query={q}", "plus", "{t} - YouTube"),
    "tt": ("https://www.tiktok.com/search?q={q}&t={ms}", "pct",
           "Find '{t}' on TikTok | TikTok Search"),
    "rd": ("https://www.reddit.com/search/?q={q}", "pct", "reddit.com: search results - {t}"),
    "yahoo": ("https://uk.search.yahoo.com/search?p={q}&fr=yfp-t", "plus",
              "{t} - Yahoo Search Results"),
    "ecosia": ("https://www.ecosia.org/search?method=index&q={q}", "plus", "{t} - Ecosia"),
    "pin": ("https://www.pinterest.co.uk/search/pins/?q={q}&rs=typed", "pct", "{t} - Pinterest"),
    "x": ("https://x.com/search?q={q}&src=typed_query", "pct", "{t} - Search / X"),
}
ENGINE_MIX = [("google", 28), ("googleuk", 10), ("bing", 12), ("ddg", 8), ("yt", 12),
              ("tt", 10), ("rd", 6), ("yahoo", 4), ("ecosia", 4)]

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, n, spec):
        self.r = Rng(n)
        r = self.r
        who = spec.get("who") or r.weighted(WHO_DEFAULT)
        self.who = who
        devices, users = WHO[who]
        self.device = r.choice(devices)
        self.user = r.choice(users)
        self.site = SITES[who]
        day = r.randint(2, 27)
        hour = r.weighted([(h, 6) for h in range(8, 17)] + [(h, 2) for h in range(17, 23)]
                          + [(23, 1), (0, 1), (1, 1)])
        self.dt = datetime.datetime(2026, 11, day, hour, r.randint(0, 59), r.randint(0, 59),
                                    r.randint(0, 999) * 1000, tzinfo=datetime.timezone.utc)
        self.cip = f"10.{r.randint(1, 40)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        self.sip = f"{r.choice(['142.250', '104.18', '151.101', '13.107', '157.240'])}." \
                   f"{r.randint(0, 254)}.{r.randint(1, 254)}"
        self.ua = r.choice(UAS)
        self.port = r.randint(1025, 65000)
        self.size = r.randint(1800, 96000)
        self.elapsed = r.randint(3, 900)

    # time helpers
    def epoch(self, dt=None):
        return (dt or self.dt).timestamp()

    def iso(self, dt=None):
        dt = dt or self.dt
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"

    def sys3164(self, dt=None):
        dt = dt or self.dt
        return f"{MONTHS[dt.month - 1]} {dt.day:>2} {dt.strftime('%H:%M:%S')}"


def enc_query(q, style):
    if style == "plus":
        return urllib.parse.quote_plus(q, safe="")
    return urllib.parse.quote(q, safe="")


def search_url(c, q, eng):
    tmpl, style, title = ENGINES[eng]
    if eng in ("ddg", "rd", "google") and c.r.randint(0, 3) == 0:
        style = "pct"
    ms = int(c.epoch()) - c.r.randint(100, 90000)
    return tmpl.format(q=enc_query(q, style), ms=ms), title.format(t=q)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


# ---- proxy lines ----

def squid_native(c, method, url, status="TCP_MISS/200", mime="text/html"):
    hier = f"HIER_DIRECT/{c.sip}"
    return (f"{c.epoch():.3f} {c.elapsed:>6} {c.cip} {status} {c.size} {method} {url} "
            f"{c.user} {hier} {mime}")


def squid_ukfull(c, method, url, host, bump, status="TCP_MISS/200", mime="text/html"):
    return (f"{c.epoch():.3f} {c.elapsed:>6} {c.cip} {c.user} {status} {c.size} {method} "
            f"{url} {c.sip} {mime} \"-\" \"{c.ua}\" {host} sni={host} bump={bump}")


def clf_line(c, method, url, combined=True, status=200, tag="TCP_MISS:HIER_DIRECT"):
    ts = c.dt.strftime("%d/") + MONTHS[c.dt.month - 1] + c.dt.strftime("/%Y:%H:%M:%S +0000")
    proto = "HTTP/1.1"
    base = f"{c.cip} - {c.user} [{ts}] \"{method} {url} {proto}\" {status} {c.size}"
    if combined:
        ref = c.r.choice(["-", "-", "https://www.google.com/", "https://www.bing.com/"])
        return f"{base} \"{ref}\" \"{c.ua}\" {tag}"
    return f"{base} {tag}"


def e2g_fields(c, method, url, terms):
    ts = c.dt.strftime("%Y.%m.%d %H:%M:%S")
    return [ts, c.user, c.cip, url, "-", method, str(c.size), "0", "-", "1", "200", "-",
            c.cip, "no_name_group", c.ua, f"0={terms};" if terms else "-", "-", "-", "-"]


def e2g_line(c, method, url, terms, variant):
    if variant == 2:
        return ",".join('"' + f.replace('"', '""') + '"' for f in e2g_fields(c, method, url,
                                                                               terms))
    if variant == 4:
        return "\t".join(e2g_fields(c, method, url, terms))
    # logfileformat 6
    f = [f"{c.epoch():.3f}", "", c.user, c.cip, c.cip, url, method, "200", str(c.size), "-",
         c.ua, "-", str(c.r.randint(1, 40)), "-", "0", "-", "0", "-", "no_name_group", "1"]
    return "\t".join(f)


def zeek_uid(c):
    return "C" + hashlib.sha256(f"r6:uid:{c.r.n}:{c.r.k}".encode()).hexdigest()[:17]


def zeek_http_json(c, url):
    p = urllib.parse.urlsplit(url)
    uri = p.path + ("?" + p.query if p.query else "")
    d = {"ts": round(c.epoch(), 6), "uid": zeek_uid(c), "id.orig_h": c.cip,
         "id.orig_p": c.port, "id.resp_h": c.sip, "id.resp_p": 80, "trans_depth": 1,
         "method": "GET", "host": p.hostname, "uri": uri, "version": "1.1",
         "user_agent": c.ua, "request_body_len": 0, "response_body_len": c.size,
         "status_code": 200, "status_msg": "OK", "tags": []}
    return json.dumps(d, ensure_ascii=False)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
                    "trans_depth", "method", "host", "uri", "referrer", "version",
                    "user_agent", "request_body_len", "response_body_len", "status_code",
                    "status_msg"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string",
                   "string", "string", "string", "string", "string", "count", "count",
                   "count", "string"]


def zeek_header(c, path, fields, types):
    opened = c.dt.strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", f"#path\t{path}", f"#open\t{opened}",
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http_tsv(c, url):
    p = urllib.parse.urlsplit(url)
    uri = p.path + ("?" + p.query if p.query else "")
    row = [f"{c.epoch():.6f}", zeek_uid(c), c.cip, str(c.port), c.sip, "80", "1", "GET",
           p.hostname, uri, "-", "1.1", c.ua, "0", str(c.size), "200", "OK"]
    return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]


# ---- dns lines ----

def unbound_line(c, domain, epoch_prefix, reply):
    pid = 7862
    prefix = f"[{int(c.epoch())}]" if epoch_prefix else \
        f"{MONTHS[c.dt.month - 1]} {c.dt.strftime('%d %H:%M:%S')}"
    if reply:
        return (f"{prefix} unbound[{pid}:0] info: {c.cip} {domain}. A IN NOERROR "
                f"0.0{c.r.randint(10000, 99999)} 0 {c.r.randint(40, 120)}")
    return f"{prefix} unbound[{pid}:0] info: {c.cip} {domain}. A IN"


def dnsmasq_line(c, domain):
    qid = c.r.randint(1, 99999)
    return (f"{c.sys3164()} dnsmasq[9987]: {qid} {c.cip}/{c.port} query[A] {domain} "
            f"from {c.cip}")


def bind_line(c, domain, rpz):
    ts = c.dt.strftime("%d-") + MONTHS[c.dt.month - 1] + c.dt.strftime("-%Y %H:%M:%S.") + \
        f"{c.dt.microsecond // 1000:03d}"
    client = f"client @0x7f{c.r.randint(0x1000000, 0xfffffff):07x}098"
    if rpz:
        return (f"{ts} rpz: info: {client} {c.cip}#{c.port} ({domain}): rpz QNAME NXDOMAIN "
                f"rewrite {domain}/A/IN via {domain}.rpz.local")
    return (f"{ts} queries: info: {client} {c.cip}#{c.port} ({domain}): query: {domain} IN A "
            f"+E(0)K (10.0.0.53)")


def zeek_dns_json(c, domain):
    d = {"ts": round(c.epoch(), 6), "uid": zeek_uid(c), "id.orig_h": c.cip,
         "id.orig_p": c.port, "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp",
         "trans_id": c.r.randint(1, 65535), "query": domain, "qclass": 1,
         "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
         "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
         "rejected": False}
    return json.dumps(d)


ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs",
                   "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "string",
                  "count", "string", "count", "string", "count", "string", "bool", "bool",
                  "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_dns_tsv(c, domain):
    row = [f"{c.epoch():.6f}", zeek_uid(c), c.cip, str(c.port), "10.0.0.53", "53", "udp",
           str(c.r.randint(1, 65535)), domain, "1", "C_INTERNET", "1", "A", "0", "NOERROR",
           "F", "F", "T", "T", "0", c.sip, "300.000000", "F"]
    return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


# ---- wrappers ----

def wrap(c, line, app, style):
    host = {"squid": "proxy01", "e2guardian": "filter01", "unbound": "dns01",
            "dnsmasq": "pihole", "bind": "ns1", "endpoint": "collector01"}.get(app, "logs01")
    tag = {"endpoint": "guardline-agent", "e2guardian": "e2guardian"}.get(app, app)
    pid = c.r.randint(300, 32000)
    if style == "3164":
        pri = c.r.choice([134, 150, 30, 14])
        return f"<{pri}>{c.sys3164()} {host} {tag}[{pid}]: {line}"
    if style == "5424":
        pri = c.r.choice([134, 150, 30])
        return f"<{pri}>1 {c.iso()} {host} {tag} {pid} - - {line}"
    # rsyslog JSON envelope, "/" escaped as rsyslog does
    files = {"squid": "/var/log/squid/access.log", "unbound": "/var/log/unbound/unbound.log",
             "dnsmasq": "/var/log/pihole/pihole.log", "bind": "/var/log/named/query.log",
             "e2guardian": "/var/log/e2guardian/access.log",
             "endpoint": "/var/log/guardline/endpoint.jsonl"}
    recv = c.dt + datetime.timedelta(seconds=c.r.randint(1, 40))
    env = {"ts_received": recv.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "host": host,
           "source": app, "file": files.get(app, "/var/log/messages"), "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


# ---- endpoint events ----

def endpoint_event(c, event, dt=None, process=None, window=None, text=None, url=None,
                   with_site=None):
    d = {"ts": c.iso(dt)}
    if with_site:
        d["site"] = c.site
    d["device"] = c.device
    d["user"] = c.user
    d["event"] = event
    if process is not None:
        d["process"] = process
    if window is not None:
        d["window_title"] = window
    if event == "text_capture":
        d["text"] = text
        d["url"] = url
    elif event == "url_visit":
        d["url"] = url
    return json.dumps(d, ensure_ascii=False)


def pick_chat_app(c, app):
    if app == "chat":
        app = c.r.weighted(CHAT_MIX)
    proc, win = c.r.choice(CHAT_APPS[app])
    if "CHROMEBOOK" in c.device:
        # a Chromebook runs everything in the browser
        for suffix in (" - Google Chrome", " - Microsoft Edge", " - Word", " - Discord"):
            if win.endswith(suffix):
                win = win[: -len(suffix)]
        proc, win = "chrome", win + " - Google Chrome"
    return proc, win


def browser(c):
    return c.r.weighted([((p, s), w) for p, s, w in BROWSERS])


# ---- per-kind rendering: returns (format, line or list of lines) ----

def render_proxy_get(c, url, terms, forced):
    host = host_of(url)
    fmt = forced or c.r.weighted([("squid", 30), ("clf", 22), ("e2guardian", 14),
                                  ("zeek-http", 9), ("endpoint", 14), ("wrapped", 7),
                                  ("auto", 4)])
    if fmt == "squid":
        if c.r.randint(0, 4) == 0:
            return "squid", squid_ukfull(c, "GET", url, host, "bump")
        return "squid", squid_native(c, "GET", url)
    if fmt == "clf":
        return "clf", clf_line(c, "GET", url, combined=c.r.randint(0, 3) != 0)
    if fmt == "e2guardian":
        return "e2guardian", e2g_line(c, "GET", url, terms, c.r.choice([2, 4, 6]))
    if fmt == "zeek-http":
        if c.r.randint(0, 9) == 0:
            return "zeek-http", zeek_http_tsv(c, url)
        return "zeek-http", zeek_http_json(c, url)
    if fmt == "zeek-http-tsv":
        return "zeek-http", zeek_http_tsv(c, url)
    if fmt == "endpoint":
        return "endpoint", None  # caller renders
    if fmt == "wrapped":
        inner = c.r.choice(["squid", "squid", "e2guardian"])
        line = squid_native(c, "GET", url) if inner == "squid" else \
            e2g_line(c, "GET", url, terms, 4)
        style = c.r.choice(["3164", "5424", "json"])
        label = inner if c.r.randint(0, 2) else "auto"
        return label, wrap(c, line, inner, style)
    # auto: an unwrapped line of some proxy format
    kind = c.r.choice(["squid", "clf", "e2g", "zeek"])
    if kind == "squid":
        return "auto", squid_native(c, "GET", url)
    if kind == "clf":
        return "auto", clf_line(c, "GET", url)
    if kind == "e2g":
        return "auto", e2g_line(c, "GET", url, terms, c.r.choice([2, 6]))
    return "auto", zeek_http_json(c, url)


def render(n, spec):
    c = Ctx(n, spec)
    kind = spec["kind"]
    forced = spec.get("fmt")
    site_field = c.r.randint(0, 2) == 0

    if kind in ("search", "url", "title"):
        if kind == "search":
            eng = spec.get("eng") or c.r.weighted(ENGINE_MIX)
            url, title = search_url(c, spec["q"], eng)
            terms = spec["q"]
        elif kind == "url":
            url, title, terms = spec["url"], None, None
        else:
            url, title, terms = None, spec["title"], None
        if kind == "title":
            fmt = "endpoint"
        else:
            fmt, line = render_proxy_get(c, url, terms, forced)
        if fmt == "endpoint":
            proc, suffix = browser(c)
            if "CHROMEBOOK" in c.device:
                proc, suffix = "chrome", " - Google Chrome"
            if kind == "title" or (title and c.r.randint(0, 1) == 0):
                ev = endpoint_event(c, "window_title", process=proc, window=title + suffix,
                                    with_site=site_field)
            else:
                win = (title + suffix) if title else None
                ev = endpoint_event(c, "url_visit", process=proc, window=win, url=url,
                                    with_site=site_field)
            if c.r.randint(0, 19) == 0:
                return "endpoint", wrap(c, ev, "endpoint", c.r.choice(["5424", "json"]))
            return "endpoint", ev
        return fmt, line

    if kind == "domain":
        d = spec["domain"]
        fmt = forced or c.r.weighted([("unbound", 20), ("dnsmasq", 20), ("bind", 17),
                                      ("zeek-dns", 14), ("squid", 12), ("e2guardian", 4),
                                      ("wrapped", 8), ("auto", 5)])
        if fmt == "unbound":
            return "unbound", unbound_line(c, d, c.r.randint(0, 2) == 0,
                                           c.r.randint(0, 3) == 0)
        if fmt == "dnsmasq":
            return "dnsmasq", dnsmasq_line(c, d)
        if fmt == "bind":
            return "bind", bind_line(c, d, c.r.randint(0, 4) == 0)
        if fmt == "zeek-dns-tsv":
            return "zeek-dns", zeek_dns_tsv(c, d)
        if fmt == "zeek-dns":
            if c.r.randint(0, 5) == 0:
                return "zeek-dns", zeek_dns_tsv(c, d)
            return "zeek-dns", zeek_dns_json(c, d)
        if fmt == "squid":
            if c.r.randint(0, 1):
                return "squid", squid_ukfull(c, "CONNECT", f"{d}:443", d, "splice",
                                             status="TCP_TUNNEL/200", mime="-")
            return "squid", squid_native(c, "CONNECT", f"{d}:443", status="TCP_TUNNEL/200",
                                         mime="-")
        if fmt == "e2guardian":
            return "e2guardian", e2g_line(c, "CONNECT", f"https://{d}:443", None,
                                          c.r.choice([2, 4, 6]))
        if fmt == "wrapped":
            inner = c.r.choice(["unbound", "dnsmasq", "bind", "squid"])
            if inner == "unbound":
                line = unbound_line(c, d, False, False)
            elif inner == "dnsmasq":
                line = dnsmasq_line(c, d)
            elif inner == "bind":
                line = bind_line(c, d, False)
            else:
                line = squid_native(c, "CONNECT", f"{d}:443", status="TCP_TUNNEL/200",
                                    mime="-")
            style = c.r.choice(["3164", "5424", "json"])
            label = inner if c.r.randint(0, 2) else "auto"
            return label, wrap(c, line, inner, style)
        k = c.r.choice(["unbound", "dnsmasq", "bind", "zeek"])
        if k == "unbound":
            return "auto", unbound_line(c, d, False, False)
        if k == "dnsmasq":
            return "auto", dnsmasq_line(c, d)
        if k == "bind":
            return "auto", bind_line(c, d, False)
        return "auto", zeek_dns_json(c, d)

    if kind == "chat":
        proc, win = pick_chat_app(c, spec.get("app", "chat"))
        ev = endpoint_event(c, "text_capture", process=proc, window=win, text=spec["text"],
                            with_site=site_field)
        style = c.r.randint(0, 29)
        if style == 0:
            return "endpoint", wrap(c, ev, "endpoint", "json")
        if style == 1:
            return "endpoint", wrap(c, ev, "endpoint", "5424")
        if style == 2:
            return "auto", ev
        return "endpoint", ev

    if kind == "split":
        proc, win = pick_chat_app(c, spec.get("app", "chat"))
        dt2 = c.dt + datetime.timedelta(seconds=c.r.randint(2, 9),
                                        milliseconds=c.r.randint(0, 999))
        a, b = spec["parts"]
        return "endpoint", [
            endpoint_event(c, "text_capture", process=proc, window=win, text=a,
                           with_site=site_field),
            endpoint_event(c, "text_capture", dt=dt2, process=proc, window=win, text=b,
                           with_site=site_field),
        ]

    if kind == "process":
        return "endpoint", endpoint_event(c, "process_start", process=spec["process"],
                                          with_site=site_field)

    if kind == "heartbeat":
        return "endpoint", endpoint_event(c, "heartbeat", with_site=True)

    raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# build, validate, write
# --------------------------------------------------------------------------------------------

def build():
    out = []
    for n, spec in enumerate(shuffled(ITEMS), start=1):
        fmt, line = render(n, spec)
        item = {"id": f"r6-{n:04d}", "format": fmt}
        if isinstance(line, list):
            item["lines"] = line
        else:
            item["line"] = line
        item["expect"] = spec["expect"]
        if spec["allow"]:
            item["allow"] = spec["allow"]
        out.append((item, spec))
    return out


def validate(items):
    errors = []
    seen_ids = set()
    seen_payload = set()
    for n, (item, spec) in enumerate(items, start=1):
        where = item.get("id", f"#{n}")
        keys = set(item)
        if not keys <= {"id", "format", "line", "lines", "expect", "allow"}:
            errors.append(f"{where}: unexpected keys {keys}")
        if item["id"] != f"r6-{n:04d}" or item["id"] in seen_ids:
            errors.append(f"{where}: bad or duplicate id")
        seen_ids.add(item["id"])
        if item["format"] not in FORMATS:
            errors.append(f"{where}: bad format {item['format']}")
        if ("line" in item) == ("lines" in item):
            errors.append(f"{where}: needs exactly one of line / lines")
        lines = item.get("lines") or [item.get("line")]
        for ln in lines:
            if not isinstance(ln, str) or not ln or "\n" in ln:
                errors.append(f"{where}: bad line")
        if "lines" in item and (not isinstance(item["lines"], list) or len(item["lines"]) < 2):
            errors.append(f"{where}: lines must hold two or more lines")
        if not isinstance(item["expect"], list):
            errors.append(f"{where}: expect not a list")
        cats = []
        for e in item["expect"]:
            if set(e) != {"category", "min_level"}:
                errors.append(f"{where}: bad expect entry {e}")
            if e.get("category") not in CATEGORIES:
                errors.append(f"{where}: bad category {e.get('category')}")
            if not isinstance(e.get("min_level"), int) or not 1 <= e["min_level"] <= 5:
                errors.append(f"{where}: bad min_level")
            cats.append(e.get("category"))
        if len(set(cats)) != len(cats):
            errors.append(f"{where}: category expected twice")
        for a in item.get("allow", []):
            if a not in CATEGORIES or a in cats:
                errors.append(f"{where}: bad allow {a}")
        if "allow" in item and not item["allow"]:
            errors.append(f"{where}: empty allow")
        # endpoint payloads: JSON, required fields, November 2026
        if item["format"] == "endpoint":
            for ln in lines:
                raw = ln
                if raw.startswith("{\"ts_received\""):
                    raw = json.loads(raw)["message"]
                elif raw.startswith("<"):
                    raw = raw[raw.index("{"):]
                try:
                    ev = json.loads(raw)
                except ValueError:
                    errors.append(f"{where}: endpoint line is not JSON")
                    continue
                if not {"ts", "device", "event"} <= set(ev):
                    errors.append(f"{where}: endpoint event lacks ts/device/event")
                if not ev.get("ts", "").startswith("2026-11-"):
                    errors.append(f"{where}: endpoint ts not in November 2026")
                if ev.get("event") not in EVENTS:
                    errors.append(f"{where}: bad endpoint event")
            if "lines" in item:
                evs = [json.loads(x) for x in item["lines"]]
                same = all(e["device"] == evs[0]["device"] and
                           e.get("window_title") == evs[0].get("window_title") for e in evs)
                t0 = datetime.datetime.fromisoformat(evs[0]["ts"].replace("Z", "+00:00"))
                t1 = datetime.datetime.fromisoformat(evs[-1]["ts"].replace("Z", "+00:00"))
                if not same or not 0 < (t1 - t0).total_seconds() < 30:
                    errors.append(f"{where}: fragments not one stream")
        if item["format"] in ("zeek-dns", "zeek-http") and "line" in item:
            json.loads(item["line"])
        # every generated line round-trips as a corpus JSON line
        json.loads(json.dumps(item, ensure_ascii=False))
        payload = spec.get("q") or spec.get("text") or spec.get("title") or \
            spec.get("url") or spec.get("domain") or "|".join(spec.get("parts", [])) or \
            spec.get("process")
        if payload and payload in seen_payload:
            errors.append(f"{where}: duplicate payload {payload!r}")
        seen_payload.add(payload)
    return errors


def stats(items):
    from collections import Counter
    per_cat = Counter()
    levels = Counter()
    fmts = Counter()
    kinds = Counter()
    events = Counter()
    neg = pos = multi = wrapped = allow_n = 0
    for item, spec in items:
        fmts[item["format"]] += 1
        kinds[spec["kind"]] += 1
        if item["expect"]:
            pos += 1
        else:
            neg += 1
        if "allow" in item:
            allow_n += 1
        if "lines" in item:
            multi += 1
        for e in item["expect"]:
            per_cat[e["category"]] += 1
            levels[(e["category"], e["min_level"])] += 1
        for ln in item.get("lines") or [item["line"]]:
            if ln.startswith("<") or ln.startswith("{\"ts_received\""):
                wrapped += 1
            if item["format"] in ("endpoint", "auto") and "\"event\"" in ln:
                try:
                    raw = ln
                    if raw.startswith("{\"ts_received\""):
                        raw = json.loads(raw)["message"]
                    elif raw.startswith("<"):
                        raw = raw[raw.index("{"):]
                    events[json.loads(raw)["event"]] += 1
                except ValueError:
                    pass
    w = sys.stderr.write
    total = len(items)
    w(f"items: {total}  positives: {pos}  negatives: {neg} ({100.0 * neg / total:.1f}%)\n")
    w(f"multi-line items: {multi}  wrapped lines: {wrapped}  items with allow: {allow_n}\n")
    w("positives per category (expect entries):\n")
    for cat in CATEGORIES:
        lv = ", ".join(f"L{l}={levels[(cat, l)]}" for l in range(1, 6) if levels[(cat, l)])
        w(f"  {cat:16s} {per_cat[cat]:4d}   {lv}\n")
    w("formats:\n")
    for f in FORMATS:
        w(f"  {f:12s} {fmts[f]:4d}\n")
    w("item kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())) + "\n")
    w("endpoint events: " + ", ".join(f"{k}={v}" for k, v in sorted(events.items())) + "\n")


def main(argv):
    items = build()
    errors = validate(items)
    missing_cats = [c for c in CATEGORIES
                    if not any(e["category"] == c for it, _ in items for e in it["expect"])]
    missing_fmts = [f for f in FORMATS if not any(it["format"] == f for it, _ in items)]
    if missing_cats:
        errors.append(f"categories without positives: {missing_cats}")
    if missing_fmts:
        errors.append(f"formats never used: {missing_fmts}")
    if errors:
        for e in errors:
            sys.stderr.write(e + "\n")
        return 1
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for item, _ in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    # re-read and re-check the written file line by line
    with open(tmp, encoding="utf-8") as fh:
        for k, raw in enumerate(fh, start=1):
            obj = json.loads(raw)
            if obj["id"] != f"r6-{k:04d}":
                sys.stderr.write(f"line {k}: id mismatch after write\n")
                return 1
    os.replace(tmp, OUT)
    if "--stats" in argv:
        stats(items)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
