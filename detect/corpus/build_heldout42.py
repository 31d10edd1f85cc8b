#!/usr/bin/env python3
"""Guardline held-out evaluation corpus h42 (hand-written, deterministic generator).

PERSPECTIVE
-----------
Adult and community learning: ESOL classes for refugees and asylum seekers (including some
16-18 year old unaccompanied asylum-seeking children), Access-to-HE diplomas, adult literacy and
numeracy, and a prison-leaver / homeless-hostel outreach programme (ages 19-65).  Learners often
write in simple or non-native English and mix in words from Arabic (Levantine "Arabizi" with
digits for letters), Dari/Farsi ("Finglish"), Pashto, Tigrinya, Kurdish (Kurmanji), Ukrainian and
Polish in Latin script (a few searches are in Persian script).  Staff (tutors, support workers,
the DSL) also use the same machines and search the same topics for training, casework and
lesson planning.  Every text in this file was written by hand for this corpus.

About half the items are hard negatives: the same words and topics used innocently (Access-to-HE
essays on criminology, sociology of religion, terrorism law; ESOL lessons on health, police, law,
idioms and Life in the UK; Home Office / asylum / benefits / housing / tenancy searches; news of
wars in learners' home countries; vocational work such as catering, barbering, first aid; sport,
music, games; jokes and hyperbole; neutral staff notes).  A negative never contains a real
level-2+ concern; level-1 noise (social media, games, piracy) may appear and is ignored by the
scorer.

LABELLING DECISIONS (levels follow CONTRACTS section 3; min_level is the lowest level a
reasonable DSL would accept for the text as written)
---------------------------------------------------------------------------------------------
suicide        5  method, means or plan sought or stated (overdose amounts, "highest bridge",
                  "rope in my room", a dated farewell); 4  ideation without method ("i want to
                  die", "no reason to stay alive", conditional threats about detention), also
                  when written in Arabizi, Farsi, Polish, Ukrainian or Kurdish.
self_harm      4  cutting, burning, hitting, starving oneself, hiding wounds or scars, algospeak
                  ("cat scratches" with no cat, "barcode arms", "sh").  allow suicide where the
                  wording is about depth/bleeding of wrist cuts.
radicalisation 5  intent to join/travel/fight, or ideologically motivated attack planning;
                  4  extremist propaganda sought or voiced (Islamist magazines, nasheeds, Awlaki,
                  manifestos, proscribed groups, "invaders" hotel mobilisation);  3  extreme-right
                  symbols, music, conspiracy interest (1488, RaHoWa, "white genocide").  allow
                  discrimination (and violence) where the text is also hate or gore.
grooming       Used for EXPLOITATION of any kind, because the fixed category set has no
                  separate exploitation / modern-slavery id: grooming of the 16-17 year olds,
                  sexual exploitation, trafficking, modern slavery and labour exploitation
                  (passports held, smuggler debt, unpaid car-wash / nail-bar / cannabis-farm
                  work, locked in), criminal exploitation (county lines runners, cuckooing).
                  5  a meeting arranged in secret by an exploiter / groomer with a young person;
                  4  exploitation disclosed or grooming signs; 3  recruitment bait that points
                  to exploitation ("cash in hand no papers", "accommodation provided" escort
                  work, sugar daddy for refugee girl).  allow violence / drugs / adult_content
                  where threats, drugs or sex work are also present.
violence       Used for domestic abuse and coercive control, honour-based abuse, forced
                  marriage, FGM risk, threats and weapons (again no separate category exists).
                  5  threat to life or imminent serious harm (honour killing threat, child to be
                  taken abroad to marry or for FGM, petrol at the door, stabbing "tonight", acid,
                  nail bomb); 4  ongoing abuse, coercive control, threats of serious injury
                  (loan shark "break my legs"), weapon seeking; 3  buying a banned knife.
bullying       3  insults, exclusion, humiliation and threats to share images between learners.
discrimination 3  hate speech and slurs (including disguised), and disclosures of hate crime
                  suffered by learners.  allow radicalisation for far-right/antisemitic tropes.
adult_content  3  pornographic sites and searches.
drugs          3  buying, dealing slang, dependence disclosed; 2  risky use information.
gambling       2  betting / casino sites and searches, gambling debt (no separate debt id;
                  loan-shark threats are labelled violence).
filter_bypass  2  VPN / Tor / proxy / DoH sites and software, attempts to disable monitoring.
hacking        Used for hacking AND fraud: 3  account takeover, carding, phishing, SIM swap;
                  2  hacking tools, money-mule account selling, fake documents (BRP, share code,
                  licence, payslip) - allow illegal_content (documents) or grooming (mule
                  recruitment) as genuinely ambiguous second categories.
illegal_content 4 child sexual abuse material sought; 3  other illegal pornography (extreme).
piracy / gaming / social_media  1  (positives kept few; they only prove coverage).

Help-seeking and reporting searches (hate crime reporting, GamCare, FRANK, Shelter) and staff
training searches are negatives: they are not risk indicators for the person typing them.

FORMATS
-------
squid (native, and the ssl-bump custom format with sni=/bump= tokens), clf (common and
combined), e2guardian (logfileformat 2, 4, 6), unbound (ASCII and epoch prefix, local actions,
replies), dnsmasq (log-queries=extra, with forwarded/reply/config lines), bind (query log and
RPZ), zeek-dns / zeek-http (JSON lines and TSV with headers), endpoint (text_capture incl.
2-3 fragment streams, window_title, url_visit, process_start), and auto (syslog RFC 3164 / 5424
prefix, rsyslog JSON envelope, or bare lines).

Every variable choice (format, engine, URL encoding, user, device, site, time, IPs, wrapping,
fragment split points) is derived from SHA-256 of the item number and a purpose tag.

Usage: python3 build_heldout42.py [--out PATH] [--stats]
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

# --------------------------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------------------------

def H(n, tag):
    return int.from_bytes(hashlib.sha256(("h42|%s|%s" % (n, tag)).encode("utf-8")).digest()[:8], "big")


def pick(n, tag, seq):
    return seq[H(n, tag) % len(seq)]


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


def hexs(n, tag, k):
    return hashlib.sha256(("h42hex|%s|%s" % (n, tag)).encode()).hexdigest()[:k]


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def zeek_uid(n, tag):
    x = int(hashlib.sha256(("h42uid|%s|%s" % (n, tag)).encode()).hexdigest(), 16)
    s = ""
    for _ in range(17):
        s += B62[x % 62]
        x //= 62
    return "C" + s


# disguise helpers (applied explicitly, by hand, to chosen items)
_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "s": "\u0455"}
_GRK = {"i": "\u03b9", "o": "\u03bf", "v": "\u03bd", "k": "\u03ba"}


def cyr(s):
    return "".join(_CYR.get(c, c) for c in s)


def grk(s):
    return "".join(_GRK.get(c, c) for c in s)


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZW = "\u200b"

# --------------------------------------------------------------------------------------------
# item constructors
# --------------------------------------------------------------------------------------------
SPECS = []


def _exp(e):
    out = []
    if e:
        for part in e.split(","):
            part = part.strip()
            cat, lvl = part[:-1], int(part[-1])
            out.append({"category": cat, "min_level": lvl})
    return out


def _add(kind, payload, exp, allow=None, who="L", **kw):
    d = {"kind": kind, "payload": payload, "expect": _exp(exp),
         "allow": [a.strip() for a in allow.split(",")] if allow else [], "who": who}
    d.update(kw)
    SPECS.append(d)


def Q(text, exp="", allow=None, who="L", hint="web"):
    """a search query typed into a search engine / site search"""
    _add("q", text, exp, allow, who, hint=hint)


def T(text, exp="", allow=None, who="L", app="chat", split=1, gap=None):
    """typed text (text_capture); text may be a list of explicit fragments; split=N splits by hash"""
    _add("t", text, exp, allow, who, app=app, split=split, gap=gap)


def W(title, exp="", allow=None, who="L", proc=None):
    """a literal window title"""
    _add("w", title, exp, allow, who, proc=proc)


def D(domain, exp="", allow=None, who="L"):
    """a host name seen in DNS / CONNECT / SNI"""
    _add("d", domain, exp, allow, who)


def U(url, exp="", allow=None, who="L", title=None):
    """a full URL visited"""
    _add("u", url, exp, allow, who, title=title)


def PR(process, exp="", allow=None, who="L", title=None):
    """a process start on an endpoint"""
    _add("p", process, exp, allow, who, title=title)


# ============================================================================================
# THE TEXTS (hand-written)
# ============================================================================================

# ---------------------------------------------------------------- suicide: positives
Q("how many sleeping tablets to die", "suicide5")
Q("what happen if i take all my mirtazapine at once", "suicide5")
Q("asylum refused i want to die", "suicide4")
Q("highest bridge in leeds to jump from", "suicide5")
Q("how long does it take to die from hanging", "suicide5")
Q("rope strong enough to hang a person", "suicide5", hint="shop")
Q("is it haram if i kill myself will allah forgive me", "suicide4")
Q("\u062e\u0648\u062f\u06a9\u0634\u06cc \u0628\u062f\u0648\u0646 \u062f\u0631\u062f", "suicide5")  # fa: painless suicide
Q("nie chce juz zyc co mam robic", "suicide4")
Q("paracetamol overdose how many tablets kill you", "suicide5")
Q("su1c1de easy w4y", "suicide5")
Q("ways to unalive myself quick", "suicide5")
Q("how to write a s u i c i d e note in english", "suicide5")
Q("mikham bemiram chikar konam", "suicide4")
Q(cyr("suicide methods no pain"), "suicide5")
T("i have no papers, no family here, no reason to stay alive", "suicide4")
T("tonight i finish everything. i already buy the pills from 3 different shops", "suicide5", split=2)
T("wallah brother i am tired from this life, i want to sleep and never wake up", "suicide4")
T("if they put me in detention again i will kill myself, i swear on my mother", "suicide4")
T("i have the rope in my room at the hostel, i will do it when everyone is sleeping", "suicide5", split=3)
T("goodbye teacher, thank you for everything. you will not see me on monday, i am going to end it", "suicide5")
T("ana ta3ban ktir, biddi moot, ma ba2a fi shi", "suicide4")
T("ez dixwazim bimirim. no more, i am finish", "suicide4")
T("i am going to k" + ZW + "ill my" + ZW + "self tomorrow after the interview", "suicide5")
T("i want to dieeeee, nobody care about me in this country", "suicide4")
T("\U0001faa6 me soon. i'm done with life fr", "suicide4")
T("lost all my universal credit on the slots again. i cant do this anymore, better if i was dead",
  "suicide4,gambling2")
T("ya ne khochu zhyty bilshe. everything is gone, my home, my city, my father", "suicide4")
T("my caseworker said the appeal is refused. i looked up how many of my tablets is enough", "suicide5",
  split=3)
T("wror i swear i cant do this anymore, tonight i jump from the roof of the hostel", "suicide5")
T("i wanna diiiie for real this time, the pills are in my bag", "suicide5")
W("How to write a suicide note - Google Search - Google Chrome", "suicide5")

# ---------------------------------------------------------------- suicide: negatives
Q("durkheim anomic suicide explained sociology")
Q("suicide rates among asylum seekers uk report 2025", who="S")
T("Durkheim argued that suicide rates are linked to how well people are integrated into society. "
  "For example, he found that Protestants had higher rates than Catholics.", app="doc")
Q("how many paracetamol can i take in one day for toothache")
Q("mirtazapine side effects weight gain sleepy")
T("i am dying to see my kids again, 3 years now. inshallah the family reunion visa comes soon")
T("this homework is killing me lol, too many irregular verbs")
Q("why does juliet kill herself romeo and juliet act 5")
Q("world suicide prevention day poster ideas for college", who="S")
T("dead tired after the night shift at the warehouse, i go sleep now")
T("my phone is dead, can somebody lend me charger in class?")
Q("bereavement support group arabic speakers london")
Q("hanging baskets cheap garden centre")
Q("naloxone training for hostel staff overdose response", who="S")
Q("hanging gardens of babylon iraq history")
T(["i want to d", "ance at my sister's wedding but my leg is still bad"])
T("Case note: learner attended wellbeing session, engaged well, signposted to GP about sleep. "
  "Next review in 4 weeks.", who="S", app="notes")
Q("samaritans volunteer listener training application", who="S")
T(["how do you say 'i want to'", "die, der, das - german articles quiz"], gap=95)

# ---------------------------------------------------------------- self-harm: positives
Q("how to hide cuts from my support worker", "self_harm4")
T("i burn my arm with cigarette, only this make me calm after the flashback", "self_harm4")
T("i cut again last night, there was a lot of blood, i didn't tell anybody", "self_harm4")
T("sh urges really bad tonight, cant stop thinking about the blade", "self_harm4")
T("my cat scratches are back lol \U0001f643 (i don't have a cat)", "self_harm4")
Q("barcode arms how to make them fade", "self_harm4")
Q("how deep to cut to bleed a lot", "self_harm4", allow="suicide")
T("when the flashbacks come i hit my head on the wall until it stops", "self_harm4")
T("i don't eat for 4 days now, i want to punish myself for leaving my sister behind", "self_harm4")
Q("pro ana tips how to not eat for days", "self_harm4")
Q("$elf h@rm without leaving m@rks", "self_harm4")
Q("where to buy razor blades for cutting yourself", "self_harm4")
T("when i remember the boat i take the razor and cut my legs, only then i can sleep", "self_harm4", split=3)
T("khodam ro zakhmi mikonam har shab, i cant stop", "self_harm4")
T("znowu sie tne, nikt nie wie", "self_harm4")
W("how do you stop cuts getting infected when you dont want to go to a&e : r/selfharm - Google Chrome",
  "self_harm4")
T("s" + ZW + "elf h" + ZW + "arm is the only way i feel something", "self_harm4")
T("i heat the spoon and press on my skin, nobody in the hostel knows", "self_harm4", split=2)
Q("how clean cut on my wrist without going hospital", "self_harm4", allow="suicide")
T("sm0l cuts on my th1ghs again \U0001fa79\U0001fa79 dont tell", "self_harm4")
Q("ya rizhu sebe shcho robyty", "self_harm4")

# ---------------------------------------------------------------- self-harm: negatives
Q("first aid level 2 course how to treat bleeding wounds")
Q("mens short haircut styles skin fade")
Q("how to cut onions without crying")
Q("hair cutting scissors professional", hint="shop")
Q("self harm awareness training for support workers free online", who="S")
Q("nice guideline self-harm assessment summary", who="S")
T("i burn my hand on the oil at work in the kitchen, manager give me cream, it's ok now")
Q("tesco self checkout barcode not scanning")
Q("my cat scratched me is it dangerous infection")
T("ESOL lesson 6: cutting costs at home - make a weekly shopping list and compare prices",
  who="S", app="doc")
Q("safety razor blades pack of 100", hint="shop")
T(["i cut", " the cake for everyone, it was my son's birthday, he is 5 now!"])

# ---------------------------------------------------------------- radicalisation: positives
Q("how to make hijra to sham 2026 brothers", "radicalisation5")
Q("anwar al awlaki lectures download full", "radicalisation4")
Q("dabiq magazine pdf", "radicalisation4")
Q("amaq agency telegram channel link", "radicalisation4")
Q("dawlat al islam qamat nasheed", "radicalisation4")
T("democracy is shirk, these taghut governments are kafir, the only way is the mujahideen",
  "radicalisation4")
T("akhi send me the link for the brothers channel, the real jihad, not these soft sheikhs from the masjid",
  "radicalisation4")
Q("the great replacement proof uk statistics", "radicalisation4", allow="discrimination")
Q("patriotic alternative how to join local group", "radicalisation4", allow="discrimination")
Q("turner diaries pdf free", "radicalisation4", allow="discrimination")
Q("christchurch mosque shooter manifesto", "radicalisation4", allow="violence,discrimination")
Q("national action uk how to join now", "radicalisation5", allow="discrimination")
Q("1488 wallpaper", "radicalisation3", allow="discrimination")
Q("rahowa meaning and merch", "radicalisation3", allow="discrimination")
Q("al shabaab recruitment video somali", "radicalisation4")
Q(grk("isis execution video"), "radicalisation4", allow="violence")
Q("j.i.h.a.d.i bride how to travel", "radicalisation5")
T("the kuffar deserve what is coming, insha'allah soon they will see", "radicalisation4",
  allow="violence,discrimination")
T("saturday we go to the migrant hotel and burn it down, bring petrol and cover your faces",
  "radicalisation5,violence5", allow="discrimination", split=3)
T("the invaders in our town need dealing with. join the telegram for the hotel protest, link in bio",
  "radicalisation4", allow="discrimination")
Q("tommy robinson telegram group link", "radicalisation3", allow="discrimination")
Q("white genocide uk is real", "radicalisation3", allow="discrimination")
Q("tehreek e taliban bayan download pashto", "radicalisation4")
T("i watched the sheikh video again, he say it is fard to fight. i want to go too brother", "radicalisation5")
W("inspire magazine make a bomb in the kitchen of your mom pdf - Google Search - Google Chrome",
  "radicalisation4,violence5")

# ---------------------------------------------------------------- radicalisation: negatives
Q("prevent duty guidance further education providers", who="S")
Q("terrorism act 2000 section 58 collection of information case law")
T("Giddens argues that fundamentalism is a reaction to globalisation, and that fundamentalists "
  "defend tradition in a traditional way.", app="doc")
Q("why did isis rise in iraq after 2003 essay sources")
Q("afghanistan taliban government news today")
Q("sudan rsf el fasher latest news")
Q("what is the real meaning of jihad in islam struggle")
Q("southport riots sentencing news")
Q("nasheed for kids ramadan no music")
Q("mujahideen soviet afghan war 1979 documentary")
Q("counter terrorism policing careers uk")
Q("how to report terrorist content online uk")
Q("hope not hate report far right groups uk", who="S")
T("Life in the UK practice: In 1605 a group of Catholics led by Robert Catesby planned to blow up the "
  "Houses of Parliament. This is remembered on Bonfire Night.", app="doc")
Q("asylum hotel closures home office news")
Q("christchurch new zealand travel guide")

# ---------------------------------------------------------------- exploitation (grooming): positives
T("the boss keep my passport, he say i owe him 8000 pound for the travel and the room", "grooming4",
  allow="violence")
T("i work in car wash 12 hour every day, they give me 20 pound and say i cannot leave", "grooming4")
T("in the nail bar no money only food and a bed upstairs, she lock the door at night", "grooming4")
T("man at the hostel says he got work for girls, good money, you only need to be nice to his friends",
  "grooming4", allow="adult_content")
T("he wants me to take a bag to birmingham on the train and not open it, he gives me 500", "grooming4",
  allow="drugs")
T("the driver will wait you at the station 11pm, he take you to the house. don't tell your keyworker or the teacher",
  "grooming5", split=3)
T("you are very beautiful for 16. we can meet secret after your class, i buy you new phone", "grooming4")
T("send me picture without hijab, nobody will see only me, our secret", "grooming4")
T("they lock the door of the grow house, i water the plants and i cannot go outside for weeks",
  "grooming4", allow="drugs")
T("agency take my wages for the room. 6 men in one room. if we complain they say police will deport us",
  "grooming4")
Q("how to pay back smuggler debt fast", "grooming4")
Q("work without papers cash in hand uk no questions", "grooming3")
Q("sugar daddy uk for refugee girl", "grooming3", allow="adult_content")
Q("escort work london no experience accommodation provided", "grooming3", allow="adult_content")
T("my 'uncle' is not really my uncle. he bring me to uk and now i must work for him to pay back", "grooming4")
T("he said if i tell the police he will call the home office and i will get deported", "grooming4",
  allow="violence")
T("selam hawey, the men from libya call my mother again, they want 3000 dollar or they sell my sister",
  "grooming4", allow="violence")
T("el m3allem bya5od kel l masari w ma bi5allina nrou7 men el ma7al", "grooming4")
T("szef zabral mi paszport i nie placi od dwoch miesiecy", "grooming4")
T("the man who brought me here says i must sleep with his friends to pay the debt", "grooming4",
  allow="adult_content", split=3)
W("Telegram (UK JOBS CASH DAILY \U0001f4b7 accommodation + food, no documents needed, DM now)", "grooming3",
  proc="Telegram.exe")
T("meet me behind the college 4pm and bring your passport and bank card, the job is ready", "grooming4",
  allow="hacking")
T("e@sy m0ney \U0001f4b8 need runners 16+, travel out of town, phone provided", "grooming4", allow="drugs")
T("which college you go, what bus you take home? i will wait you there tomorrow, dont tell anyone",
  "grooming5")
T("i think i am like a slave here but i am scared to tell anybody", "grooming4")
T("\U0001f351\U0001f4b0 massage work, you live with the other girls, boss keep your passport for safety",
  "grooming4", allow="adult_content")
T("the men use my flat to sell from, i cannot say no to them anymore", "grooming4", allow="drugs")

# ---------------------------------------------------------------- exploitation: negatives
Q("modern slavery act 2015 section 1 offence elements")
Q("signs of modern slavery in nail bars and car washes training", who="S")
Q("national referral mechanism decision times", who="S")
Q("how to apply for national insurance number refugee")
Q("car wash jobs part time bradford")
Q("nail technician level 2 course evening")
Q("landlord keeps my deposit what can i do")
T("keep it secret ok? it's a surprise party for teacher Amina on friday, bring food from your country")
Q("employer not paying holiday pay acas")
T("conversation club at the library 2pm, meet at the front door, everyone welcome")
T("In this essay I will discuss how county lines gangs exploit young people, using Coomber and Moyle (2018).",
  app="doc")
Q("trafficking in persons report eritrea", who="S")
Q("western union send money to kabul fees")
T("can u send me the picture of the homework page please, i forgot my book")

# ---------------------------------------------------------------- violence / DA / HBA: positives
T("my husband take my bank card and my phone, i cannot go out without him", "violence4")
T("he hit me again last night in front of the children", "violence4")
Q("how to leave abusive husband when my visa depends on him", "violence4")
T("he says if i go to the police he will take the children to pakistan and i never see them", "violence4")
T("my brothers will kill me if they find out about my boyfriend, they said it already", "violence5")
T("my family booked the tickets, in the summer they take me to marry my cousin. i am 17 and i don't want",
  "violence5", allow="grooming")
Q("is it legal to marry at 16 in kurdistan my father already arranged it", "violence4", allow="grooming")
T("my aunt says when we go to sudan in the holiday they will do the cutting for my daughter", "violence5")
Q("how to get a knife past metal detector", "violence4")
T("i'm going to stab the guy who robbed my room at the hostel tonight", "violence5")
T("the loan shark said he will break my legs if i don't pay him by friday", "violence4")
Q("zombie knife uk delivery", "violence3", hint="shop")
Q("where to get a gun in manchester", "violence4")
T("my ex is outside the house again with a can of petrol, he says he will burn it with us inside",
  "violence5", split=2)
T("if that guy says one more word about my mum i swear i'll put him in hospital after class today",
  "violence4", split=3)
T("cholovik mene b'ye, ya boyusya ity dodomu", "violence4")
T("jawzi byidrobni kil yom w ma fi 7ada ysa3edni", "violence4")
T("shohar-am mara lat mekona every night", "violence4")
Q("where to buy acid to throw at someone", "violence5")
T("my sister was taken to iraq last year to marry, since then no one hear from her", "violence4",
  allow="grooming")
W("how to kill someone and not get caught - Google Search - Google Chrome", "violence5")
T("bring the machete saturday, we finish them after the match", "violence5")
T("i'll sh00t up the j0b c3ntre if they sanction me again", "violence5")
T("\U0001f52a\U0001f52a ur dead when i see u outside", "violence4", allow="bullying")
T("my son's father says he will find us at the refuge and 'finish the job'", "violence5")
Q("how to make a nail bomb instructions", "violence5", allow="radicalisation")

# ---------------------------------------------------------------- violence: negatives
Q("domestic abuse act 2021 coercive control definition essay")
Q("killing eve season 3 watch")
Q("women only boxing class beginners")
Q("how to kill black mould in bathroom")
Q("knife skills julienne level 2 professional cookery")
Q("forced marriage unit statistics", who="S")
Q("macbeth ambition murder of duncan quotes")
Q("fgm awareness e-learning certificate", who="S")
T("my kids are killing me with the noise today haha, holiday is too long")
T("i could murder a curry right now, who wants to come after class?")
T("ESOL idioms: 'My boss will kill me if I'm late again' means my boss will be very angry.", who="S",
  app="doc")
T("did you see the match? 5-0, it was a massacre lol")
T("Role play: you call 999. Operator: What is your emergency? You: A man is hitting another man outside "
  "the shop.", who="S", app="doc")
Q("bomb cyclone weather warning uk")
Q("employment tribunal fight unfair dismissal")
T(["the fight", " scene in the film was so good", ", we watch part 2 tomorrow"])
Q("gun salute king's birthday hyde park")
Q("acid reflux after eating medicine")

# ---------------------------------------------------------------- bullying: positives
T("you are so stupid, you can't even read, everybody in the class laughing at you", "bullying3")
T("leave the group, nobody want your stupid voice notes, go cry to the teacher", "bullying3")
T("we all know what you did inside, nonce. watch your back", "bullying3", allow="violence")
T("fat ugly cow, no man will ever marry you", "bullying3")
T("if u tell the teacher again we post ur pics everywhere", "bullying3")
T("look at this pic of the esol guy sleeping \U0001f602\U0001f602 send it to everyone, what a loser",
  "bullying3")
T("just kys already nobody would miss u", "bullying3", allow="suicide")
T("ur so thick mate, go back to primary school", "bullying3")
T("everyone block him and make new group without him, he smells like the hostel", "bullying3")
T("you are a worthless junkie, everyone at the hostel hates you", "bullying3", split=3)
T("ugly b1tch st4y away from my man or else", "bullying3", allow="violence")
T("we are watching you, we know which room you are in", "bullying3", allow="violence")

# ---------------------------------------------------------------- bullying: negatives
Q("anti bullying policy template adult education", who="S")
Q("when does banter become harassment at work acas")
T("you killed it with your presentation today!! so proud of you")
T("lol you are so bad at fifa bro, rematch tomorrow")
Q("bystander effect kitty genovese psychology")
T("roast me, my cooking is terrible haha, my wife says the rice is like stone")
T("we made a new whatsapp group for level 1 maths, i add everyone now")

# ---------------------------------------------------------------- discrimination: positives
T("go back to your country you dirty immigrants, nobody wants you here", "discrimination3")
T("all muslims are terrorists, they should all be deported", "discrimination3", allow="radicalisation")
Q("p@ki jokes", "discrimination3")
T("pikeys nicked my bike again, someone should burn their caravans", "discrimination3", allow="violence")
T("f*** off back to africa n1gg3r", "discrimination3")
T("another boat of dinghy divers, sink them all", "discrimination3", allow="radicalisation,violence")
T("ukrainians taking all our houses, send them back", "discrimination3")
T("f*cking towelhead sitting next to me on the bus", "discrimination3")
Q("jews control the banks proof", "discrimination3", allow="radicalisation")
T("gays should be stoned, it's haram, they are sick", "discrimination3", allow="violence,radicalisation")
T("trannies are mentally ill and shouldnt be allowed in the toilets", "discrimination3")
T("a man spat on me at the bus stop and called me terrorist because of my hijab", "discrimination3")
T("someone wrote REFUGEES OUT on the hostel door and broke our window last night", "discrimination3",
  allow="violence")
T("kurds are dogs, i will never sit next to one", "discrimination3")
T("afghans are all r@pists everyone knows", "discrimination3")
T(cyr("go back to your country") + ", stinking refugee", "discrimination3")
T("black people are m0nk3ys lol", "discrimination3")

# ---------------------------------------------------------------- discrimination: negatives
Q("equality act 2010 protected characteristics list")
Q("report hate crime online true vision")
Q("windrush scandal causes essay")
Q("history of racism in britain sources access to he")
Q("newroz kurdish new year london")
Q("life in the uk test when was same sex marriage legal")
Q("black history month activities for adult learners", who="S")
Q("holocaust memorial day theme", who="S")
Q("why is the word paki offensive history", who="S")
T("in my country people think different about women working, but here is equal, i like this")
T("Writing task: Describe a time you felt welcome in the UK. I felt welcome when my neighbour brought us food.",
  app="doc")

# ---------------------------------------------------------------- adult content: positives
D("www.pornhub.com", "adult_content3")
D("www.xvideos.com", "adult_content3")
D("xhamster.com", "adult_content3")
D("onlyfans.com", "adult_content3")
D("chaturbate.com", "adult_content3")
D("www.xnxx.com", "adult_content3")
Q("sexy arab girls video", "adult_content3")
Q("darmowe porno polskie", "adult_content3")
Q("onlyfans leaks free no signup", "adult_content3")
Q("p0rn hub free", "adult_content3")
Q("n.u.d.e.s of girls in my area", "adult_content3")
Q("\U0001f346\U0001f4a6 videos", "adult_content3")
Q(fw("free cam girls live"), "adult_content3")
U("https://www.pornhub.com/view_video.php?viewkey=ph63f1a2b4c5d6e", "adult_content3")
W("XVIDEOS.COM \u2014 Mozilla Firefox", "adult_content3", proc="firefox.exe")

# ---------------------------------------------------------------- adult content: negatives
Q("sexual health clinic walk in leeds")
Q("contraceptive pill free nhs how to get")
Q("essex county council housing register")
Q("breast cancer screening leaflet arabic")
Q("relationships and sex education lesson plan consent esol", who="S")
Q("middlesex university access course entry")
Q("naked chef jamie oliver recipes")
Q("dick whittington pantomime tickets")
Q("free hiv test kit uk")
D("www.brook.org.uk")
D("www.sussex.ac.uk")
D("www.experts-exchange.com")

# ---------------------------------------------------------------- drugs: positives
Q("where to get spice in manchester piccadilly", "drugs3")
Q("buy xanax without prescription uk", "drugs3")
T("who's got the ting, 3 for 50 snow, bring it to the park", "drugs3")
T("any1 got bud? need a 20 bag tonight", "drugs3")
Q("pregabalin buy online no prescription", "drugs3")
Q("how to pass drug test for probation cannabis", "drugs3")
Q("mixing methadone and alcohol how much", "drugs2")
T("i drink one bottle vodka every night just to sleep, i can't stop", "drugs3")
Q("captagon price uk", "drugs3")
Q("where buy khat london after ban", "drugs3")
T("\u2744\ufe0f\u2744\ufe0f n \U0001f343 available, dm for prices, fast delivery", "drugs3")
Q("w33d d3al3r n3ar m3", "drugs3")
T("bro can u sort me a half of brown tonight, i got cash", "drugs3", split=3)
T("de kupyty travku v londoni?", "drugs3")
Q("gdzie kupic mefedron w uk", "drugs3")
Q("how long ket stays in your system for piss test", "drugs3")
T("i smoke the weed every day since i come out from prison, without it i cannot sleep", "drugs3")

# ---------------------------------------------------------------- drugs: negatives
D("www.talktofrank.com")
Q("alcohol and drug service referral form hostel", who="S")
Q("cannabis legalisation debate essay arguments")
Q("coke zero vs diet coke difference")
Q("mixed spice for christmas cake recipe")
Q("pharmacy open sunday near me")
Q("methadone clinic opening hours")
Q("cracked phone screen repair cheap")
Q("snow forecast london tomorrow")
Q("grass seed for shady garden")
Q("speed awareness course booking")
Q("ecstasy of gold morricone")
Q("history of heroin addiction treatment uk essay")
Q("weed killer for driveway safe for pets", hint="shop")
T("Health vocabulary: prescription, dose, tablets, side effects, overdose, pharmacist. Practise with your partner.",
  who="S", app="doc")

# ---------------------------------------------------------------- gambling: positives
D("www.bet365.com", "gambling2")
D("www.skybet.com", "gambling2")
D("www.paddypower.com", "gambling2")
D("stake.com", "gambling2")
D("www.888casino.com", "gambling2")
D("www.betfair.com", "gambling2")
Q("free spins no deposit uk", "gambling2")
Q("arsenal vs chelsea best odds bet builder", "gambling2")
Q("how to win on fruit machines every time", "gambling2")
Q("casinos not on gamstop", "gambling2")
T("i lost my whole universal credit on roulette again, what i tell my wife", "gambling2")
T("i owe the man from the bookies 2k and he add 500 every week", "gambling2")
Q("b3t365 login", "gambling2")
Q("zak\u0142ady bukmacherskie bonus bez depozytu", "gambling2")
Q("crypto casino no kyc", "gambling2")

# ---------------------------------------------------------------- gambling: negatives
D("www.gamcare.org.uk")
Q("probability dice worksheet entry level 3 numeracy", who="S")
Q("national lottery community fund grant application", who="S")
Q("poker face lady gaga lyrics")
T("bet you can't finish the reading before me haha")
Q("scratch on car door repair cost")
T("is there a slot for the speaking exam on tuesday?")

# ---------------------------------------------------------------- filter bypass: positives
D("nordvpn.com", "filter_bypass2")
D("www.torproject.org", "filter_bypass2")
D("protonvpn.com", "filter_bypass2")
D("psiphon.ca", "filter_bypass2")
D("www.croxyproxy.com", "filter_bypass2")
D("mozilla.cloudflare-dns.com", "filter_bypass2")
Q("how to get round college wifi block", "filter_bypass2")
Q("free vpn no sign up pc", "filter_bypass2")
Q("unblock tiktok on college wifi", "filter_bypass2")
Q("proxy site to watch youtube when blocked", "filter_bypass2")
Q("how to turn off guardline monitoring", "filter_bypass2")
Q("uninstall monitoring software without admin password", "filter_bypass2", allow="hacking")
Q("v p n free unlimited", "filter_bypass2")
PR("tor.exe", "filter_bypass2")
PR("psiphon3.exe", "filter_bypass2")
PR("ProtonVPN.exe", "filter_bypass2")

# ---------------------------------------------------------------- filter bypass: negatives
Q("how to connect to eduroam on android")
Q("what is a vpn and how does it work it essentials")
Q("proxy vote how to apply uk election")
Q("glastonbury tor walk")
Q("how to unblock a toilet sink")
Q("ukvi account locked how to unlock")
D("www.gov.uk")
T("teacher the wifi is not working in room 3 again, can you tell IT?")
PR("Zoom.exe")
PR("WINWORD.EXE")
PR("Teams.exe", who="S")

# ---------------------------------------------------------------- hacking / fraud: positives
Q("sell my bank account for cash uk", "hacking2", allow="grooming")
T("someone on insta offer me \u00a3300 to use my monzo account for one day, easy money no?", "hacking2",
  allow="grooming")
Q("fake brp card buy", "hacking2", allow="illegal_content")
Q("buy uk driving licence without test registered dvla", "hacking2", allow="illegal_content")
Q("how to hack neighbour wifi password", "hacking3")
Q("hack my ex facebook account see messages", "hacking3")
Q("fresh fullz uk shop", "hacking3")
Q("make fake payslip for landlord", "hacking2", allow="illegal_content")
PR("mimikatz.exe", "hacking2")
PR("LOIC.exe", "hacking2")
Q("how to do sim swap on someone number", "hacking3")
Q("hsbc login phishing page template", "hacking3")
Q("h4ck 1nst4gr4m p4ssw0rd", "hacking3")
T("bro i need fake share code for the job, who can make it?", "hacking2", allow="illegal_content")

# ---------------------------------------------------------------- hacking: negatives
Q("open monzo account with brp or evisa")
Q("how to spot a scam text from hmrc")
T("ESOL staying safe online: Never share your bank details. Money mules are people who let criminals "
  "use their account.", who="S", app="doc")
Q("cyber security level 3 apprenticeship")
Q("reset ukvi account password")
Q("hackney council tax reduction")
Q("life hacks small kitchen storage")
Q("hacksaw blade 12 inch", hint="shop")
Q("brp lost stolen replace")
Q("evisa share code for right to work")
Q("ethical hacking course access to he computing")

# ---------------------------------------------------------------- illegal content: positives
Q("cp links telegram", "illegal_content4", allow="adult_content")
Q("jailbait pics", "illegal_content4", allow="adult_content")
Q("young teen nudes 14 yo", "illegal_content4", allow="adult_content")
Q("pthc", "illegal_content4", allow="adult_content")
T("send me the kid videos from that channel, the 12 yo ones", "illegal_content4", allow="adult_content,grooming")
Q("bestiality videos", "illegal_content3", allow="adult_content")
Q("real rape videos", "illegal_content3", allow="adult_content,violence")
Q("l0li nudes real", "illegal_content4", allow="adult_content")

# ---------------------------------------------------------------- illegal content: negatives
Q("iwf report illegal image", who="S")
Q("ceop report button", who="S")
Q("child protection level 3 training online", who="S")
Q("young carers support group")

# ---------------------------------------------------------------- level-1 positives
D("thepiratebay.org", "piracy1")
D("1337x.to", "piracy1")
Q("watch squid game season 3 free online", "piracy1")
Q("iptv firestick cheap subscription all channels", "piracy1")
Q("microsoft office 2021 crack kmspico", "piracy1", allow="hacking")
Q("z-library download textbook pdf free", "piracy1")
U("https://1337x.to/search/oppenheimer/1/", "piracy1")
D("www.roblox.com", "gaming1")
D("store.steampowered.com", "gaming1")
D("www.epicgames.com", "gaming1")
Q("pubg mobile new season royale pass", "gaming1")
PR("steam.exe", "gaming1")
D("www.instagram.com", "social_media1")
D("www.tiktok.com", "social_media1")
D("www.snapchat.com", "social_media1")
D("www.facebook.com", "social_media1")
U("https://www.instagram.com/reels/C8xY2aBz9Q1/", "social_media1")
Q("funny arabic reels instagram", "social_media1")

# ---------------------------------------------------------------- more host names (DNS-heavy)
D("www.stormfront.org", "radicalisation4", allow="discrimination")
D("sanctioned-suicide.net", "suicide5", allow="self_harm")
D("www.williamhill.com", "gambling2")
D("www.ladbrokes.com", "gambling2")
D("www.redtube.com", "adult_content3")
D("www.hotspotshield.com", "filter_bypass2")
D("www.proxysite.com", "filter_bypass2")
D("dns.adguard-dns.com", "filter_bypass2")
D("www.exploit-db.com", "hacking2")
D("web.whatsapp.com", "social_media1")
D("www.modernslaveryhelpline.org")
D("www.refuge.org.uk")
D("www.karmanirvana.org.uk")
D("www.samaritans.org")
D("www.redcross.org.uk")
D("www.asylumaid.org.uk")
D("www.aljazeera.com")
D("kyivindependent.com")
D("tolonews.com")
D("www.rudaw.net")
D("www.essex.police.uk")
D("www.scunthorpe-united.co.uk")
D("www.drugs.com")
D("www.gamblingcommission.gov.uk")
D("www.begambleaware.org")
D("www.hackney.gov.uk")
D("www.betterhelp.com")
D("canalrivertrust.org.uk")

# ---------------------------------------------------------------- general hard negatives
Q("asylum support section 95 payment date change")
Q("aspire card not working what to do")
Q("how to appeal asylum refusal first tier tribunal")
Q("universal credit mandatory reconsideration sanction")
Q("renters rights act section 21 abolished")
Q("shelter emergency housing advice")
Q("open bank account without proof of address")
Q("life in the uk test practice questions free")
Q("esol entry 2 speaking exam tips")
Q("access to he diploma nursing entry requirements")
Q("functional skills maths level 2 past papers")
Q("driving theory test in arabic")
Q("nhs dentist accepting new patients near me")
Q("refugee council family reunion application")
Q("red cross family tracing service")
Q("kharkiv news today")
Q("afghan girls school ban news")
Q("sudan war famine darfur aid")
Q("eritrea national service indefinite explained")
Q("gaza ceasefire latest news")
Q("how to get evisa ukvi account")
Q("home office substantive interview questions what to expect")
Q("tenant rights damp and mould landlord")
Q("difference between asylum seeker and refugee")
Q("assassins creed mirage baghdad walkthrough")
Q("central cee new album")
Q("call of duty black ops 6 campaign mission list")
Q("sniper elite 5 review")
Q("uk drill music history documentary")
Q("ukraine war documentary bbc")
Q("eritrean coffee ceremony", hint="video")
Q("food hygiene level 2 certificate free")
D("www.bbc.co.uk")
D("www.nhs.uk")
D("www.refugeecouncil.org.uk")
D("www.citizensadvice.org.uk")
D("www.shelter.org.uk")
D("www.lifeintheuktest.gov.uk")
D("outlook.office365.com")
D("moodle.calc.ac.uk")
U("https://en.wikipedia.org/wiki/Terrorism_Act_2000", title="Terrorism Act 2000 - Wikipedia")
U("https://en.wikipedia.org/wiki/Modern_Slavery_Act_2015", title="Modern Slavery Act 2015 - Wikipedia")
U("https://www.gov.uk/claim-asylum", title="Claim asylum in the UK - GOV.UK")
U("https://www.gov.uk/universal-credit/how-to-claim", title="Universal Credit: How to claim - GOV.UK")
U("https://www.bbc.co.uk/news/world-africa", title="Africa | Latest News & Updates | BBC News")
U("https://www.reddit.com/r/AskUK/comments/1g2k9xq/what_is_a_good_first_job_for_someone_new_to_the_uk/",
  title="What is a good first job for someone new to the UK? : r/AskUK")
U("https://www.gov.uk/guidance/domestic-abuse-how-to-get-help", who="S",
  title="Domestic abuse: how to get help - GOV.UK")
U("https://www.youtube.com/watch?v=Q4n8b3Lx2aE", title="Life in the UK Test 2026 - 24 Questions Practice - YouTube")
W("Access to HE Sociology - Unit 4 Crime and Deviance.pptx - PowerPoint", proc="POWERPNT.EXE")
W("Criminology essay - knife crime and youth.docx - Word", proc="WINWORD.EXE")
W("ESOL E3 - Health and the NHS - worksheet.pdf - Adobe Acrobat Reader", proc="Acrobat.exe")
W("Life in the UK Test - Practice Test 7 - Google Chrome")
W("Safeguarding training - Modern slavery and exploitation - Module 2 - Google Chrome", who="S")
W("War in Sudan: what you need to know - BBC News - Google Chrome")
W("Employment rights coursework - unfair dismissal.docx - Word", proc="WINWORD.EXE")
T("Teacher sorry i am late, the bus was broken")
T("i am so happy today, my wife get the visa for family reunion!!")
T("my son have fever, i cannot come today, sorry")
T("the home office interview was very hard, 5 hours, they ask many questions about the war, but i am ok now")
T("in my country police is not good but here the police help people. this is my paragraph for homework",
  app="doc")
T("my dream is to be a nurse in the NHS", app="doc")
T("merci teacher, khaili mamnoon for the help with the letter")
T("shukran ktir ustaz, see you next week inshallah")
T("dziekuje, jutro przyjde na lekcje")
T("i shot a very nice photo of the river for my project")
T("Merton's strain theory suggests that crime happens when people cannot reach goals like money by legal means.",
  app="doc")
T("The Terrorism Act 2006 created the offence of encouragement of terrorism, which critics argue is too broad.",
  app="doc")
T("Met with R. re housing. Shelter referral done. Next appointment Tuesday 10am.", who="S", app="notes")
T("Reminder for all staff: safeguarding refresher on Thursday covers forced marriage, FGM and modern slavery "
  "indicators.", who="S", app="notes")
T("Which king was executed in 1649? A) Charles I B) Henry VIII C) James I", app="doc")
T("Guy Fawkes night: read the text about fireworks safety and answer questions 1-5", who="S", app="doc")
T("if the home office lose my documents again i will scream lol")
T("my brother is dead funny, he make everyone laugh at the party")
T(["kill", "ing it at work today, got my first payslip!"])
T("yekenyeley teacher, today the class was very good, selam to everyone")
T("manana wror, see you at football saturday")
T("khasta shodam from the night shift lol, coffee please")
T("I have a appointment with my solicitor on wednesday about the appeal, can I leave at 12?")
T("My favourite place in Kyiv was the park near our flat. We went there every Sunday.", app="doc")
T("In Kabul I was a teacher for 8 years. In the UK I want to be teaching assistant.", app="doc")
T("we need to shoot the video for the media assignment on friday", app="chat")
T("Learner has moved to supported housing. Attendance improving. Agreed target: complete E3 reading portfolio.",
  who="S", app="notes")
T("Session plan: staying safe online - scams, fake job adverts, where to get help. Group work 20 mins.",
  who="S", app="notes")
T("He was sentenced to 6 years for robbery. In this case study, discuss the aims of punishment.", app="doc")
T("the taliban closed my sister's school in 2021, now she learns online. this is my story for the writing task",
  app="doc")
T("my grandfather fought in the war against the soviets, he told us many stories", app="doc")
T("omg this assignment is a nightmare, the deadline is tomorrow \U0001f62d")
T("teacher the drug in my prescription make me sleepy in class, the doctor will change it")
T(["if i fail the theory test again", " i will just try again next month haha"])
T(["my manager", " said i can have more hours", " from december"])
T(["the police came to talk", " to our class about how to report crime,", " it was very useful"])
T(["we went to the protest", " in the city centre for palestine,", " it was peaceful, many families"])


# ============================================================================================
# rendering
# ============================================================================================
LEARNERS = ["a.haidari", "m.tesfay", "o.kovalenko", "k.nowicka", "h.ahmadzai", "r.barzani", "s.yohannes",
            "f.nazari", "y.hassan", "d.mensah", "j.price", "l.ward", "t.osei", "b.ibrahim", "n.karimi",
            "p.zielinski", "esol.e3.07", "esol.l1.14", "acl-guest-22", "hostel.user3", "outreach07",
            "access.k.doyle", "learner10482", "CALC\\s.abdi", "w.ghebre", "z.sultani"]
STAFF = ["tutor.kbrennan", "sw.lmorris", "dsl.achowdhury", "esol.tutor.rf", "k.brennan@calc.ac.uk",
         "outreach.lead", "CALC\\j.okoro"]
L_DEVICES = ["ESOL-LAB-PC-04", "ESOL-LAB-PC-11", "LIB-KIOSK-02", "HOSTEL-PC-1", "HOSTEL-PC-2",
             "OUTREACH-LT-07", "ACCESS-RM3-PC12", "LOAN-LT-31", "LOAN-LT-09", "COMM-HUB-TAB-05",
             "NUM-RM2-PC06"]
S_DEVICES = ["STAFF-LT-22", "STAFF-LT-08", "OUTREACH-STAFF-LT-3", "ESOL-STAFFRM-PC1"]


def site_for(dev):
    if dev.startswith(("ESOL", "NUM", "ACCESS")):
        return "eastgate"
    if dev.startswith("LIB"):
        return "northfield-library"
    if dev.startswith("HOSTEL"):
        return "riverside-hostel"
    if dev.startswith("OUTREACH"):
        return "outreach"
    return "central"


UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
UA_CROS = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36")
UA_ANDROID = ("Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/131.0.0.0 Mobile Safari/537.36")
UAS = [UA_CHROME, UA_CHROME, UA_EDGE, UA_FF, UA_CROS, UA_ANDROID]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE = _dt.datetime(2026, 10, 5, tzinfo=_dt.timezone.utc)


def when(n):
    day = rng(n, "day", 0, 52)
    hour = pick(n, "hour", [8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 2])
    t = BASE + _dt.timedelta(days=day, hours=hour, minutes=rng(n, "min", 0, 59), seconds=rng(n, "sec", 0, 59),
                             milliseconds=rng(n, "ms", 0, 999))
    return t


def epoch(t):
    return t.timestamp()


def client_ip(n):
    return "10.%d.%d.%d" % (pick(n, "ipa", [12, 20, 31, 44, 52, 60]), rng(n, "ipb", 0, 31), rng(n, "ipc", 2, 250))


def server_ip(n, host=""):
    pfx = pick(n, "srv", ["142.250", "172.217", "104.18", "151.101", "13.107", "23.192", "185.199", "52.84",
                          "34.120", "157.240"])
    return "%s.%d.%d" % (pfx, rng(n, "srvc", 0, 255), rng(n, "srvd", 1, 254))


def user_for(n, who):
    return pick(n, "user", STAFF if who == "S" else LEARNERS)


def device_for(n, who):
    return pick(n, "dev", S_DEVICES if who == "S" else L_DEVICES)


# ------------------------------------------------------------------ search URLs
WEB_ENGINES = ["google", "google", "google_uk", "google_uk", "bing", "bing", "ddg", "yahoo", "ecosia",
               "youtube", "tiktok", "reddit", "g_ac", "ff_ac", "bing_ac", "ddg_ac", "yt_ac", "wiki"]
VIDEO_ENGINES = ["youtube", "youtube", "tiktok", "yt_ac"]
SHOP_ENGINES = ["amazon", "amazon", "amazon", "google_uk", "ebay"]


def enc(n, q, tag="enc"):
    style = pick(n, tag, ["plus", "plus", "pct"])
    if style == "plus":
        return quote_plus(q, safe="")
    return quote(q, safe="")


def search_url(n, q, hint):
    engines = {"web": WEB_ENGINES, "video": VIDEO_ENGINES, "shop": SHOP_ENGINES}[hint]
    eng = pick(n, "engine", engines)
    e = enc(n, q)
    ep = quote_plus(q, safe="")
    L = len(q)
    if eng == "google":
        url = "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e
    elif eng == "google_uk":
        url = "https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8" % (e, e)
    elif eng == "bing":
        url = "https://www.bing.com/search?q=%s&form=QBLH&sp=-1&lq=0&pq=%s" % (e, e)
    elif eng == "ddg":
        url = "https://duckduckgo.com/?q=%s&ia=web" % e
    elif eng == "yahoo":
        url = "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fp=1&toggle=1&cop=mss&ei=UTF-8" % e
    elif eng == "ecosia":
        url = "https://www.ecosia.org/search?method=index&q=%s" % e
    elif eng == "youtube":
        url = "https://www.youtube.com/results?search_query=%s" % ep
    elif eng == "tiktok":
        url = "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1790000000000 + H(n, "tt") % 9000000000)
    elif eng == "reddit":
        url = "https://www.reddit.com/search/?q=%s&type=link" % e
    elif eng == "g_ac":
        url = ("https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined"
               "&hl=en-GB&authuser=0" % (e, L))
    elif eng == "ff_ac":
        url = "https://www.google.com/complete/search?client=firefox&channel=fen&q=%s" % e
    elif eng == "bing_ac":
        url = ("https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&csr=1&msbqf=false"
               "&cvid=%s" % (e, L, hexs(n, "cvid", 32).upper()))
    elif eng == "ddg_ac":
        url = "https://duckduckgo.com/ac/?q=%s&kl=wt-wt" % e
    elif eng == "yt_ac":
        url = ("https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb"
               "&gs_rn=64&gs_ri=youtube&ds=yt&cp=%d&q=%s&xhr=t&xssi=t" % (L, e))
    elif eng == "wiki":
        url = "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % e
    elif eng == "amazon":
        url = "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss" % (
            e, hexs(n, "crid", 13).upper(), quote_plus(q[:6], safe=""), rng(n, "aps", 60, 190))
    elif eng == "ebay":
        url = "https://www.ebay.co.uk/sch/i.html?_from=R40&_trksid=p4432023.m570.l1313&_nkw=%s&_sacat=0" % ep
    return eng, url


def page_title(eng, q):
    base = {"google": "%s - Google Search", "google_uk": "%s - Google Search", "g_ac": "%s - Google Search",
            "ff_ac": "%s - Google Search", "bing": "%s - Search", "bing_ac": "%s - Search",
            "ddg": "%s at DuckDuckGo", "ddg_ac": "%s at DuckDuckGo", "yahoo": "%s - Yahoo Search Results",
            "ecosia": "%s - Ecosia", "youtube": "%s - YouTube", "yt_ac": "%s - YouTube",
            "tiktok": "Find '%s' on TikTok | TikTok Search", "reddit": "reddit.com: search results - %s",
            "wiki": "%s - Search results - Wikipedia", "amazon": "Amazon.co.uk : %s",
            "ebay": "%s | eBay"}[eng]
    return base % q


BROWSERS = [("chrome.exe", " - Google Chrome"), ("chrome.exe", " - Google Chrome"),
            ("msedge.exe", " - Personal - Microsoft\u200b Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]


# ------------------------------------------------------------------ formatters
def split_url(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def fmt_squid(n, t, url, user, method="GET", host=None):
    el = rng(n, "el", 3, 1400)
    size = rng(n, "size", 900, 98000)
    if method == "CONNECT":
        code = pick(n, "ccode", ["TCP_TUNNEL/200", "TCP_TUNNEL/200", "NONE_NONE/200"])
        return "%.3f %6d %s %s %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            epoch(t), el, client_ip(n), code, size, host, user, server_ip(n))
    code = pick(n, "code", ["TCP_MISS/200", "TCP_MISS/200", "TCP_MISS/200", "TCP_REFRESH_MODIFIED/200"])
    mime = "application/json" if "complete" in url or "/ac/" in url or "Suggestions" in url else "text/html"
    return "%.3f %6d %s %s %d %s %s %s HIER_DIRECT/%s %s" % (
        epoch(t), el, client_ip(n), code, size, method, url, user, server_ip(n), mime)


def fmt_squid_sni(n, t, url, user, host, connect_only=False, by_ip=False):
    """ukfull custom: %ts.%03tu %6tr %>a %un %Ss/%03>Hs %<st %rm %ru %<a %mt "%{Referer}>h" "%{User-Agent}>h" %>rd sni= bump="""
    ua = pick(n, "ua", UAS)
    sip = server_ip(n)
    el = rng(n, "el", 1, 900)
    if connect_only:
        tgt = sip if by_ip else host
        l1 = '%.3f %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
            epoch(t), 0, client_ip(n), tgt, ua, tgt, host)
        t2 = t + _dt.timedelta(milliseconds=rng(n, "dt2", 5, 900))
        l2 = '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
            epoch(t2), el, client_ip(n), user, rng(n, "size", 900, 98000), tgt, sip, tgt, host)
        return [l1, l2]
    mime = "application/json" if "complete" in url or "/ac/" in url or "Suggestions" in url else "text/html"
    return ['%.3f %6d %s %s TCP_MISS/200 %d GET %s %s %s "-" "%s" %s sni=%s bump=bump' % (
        epoch(t), el, client_ip(n), user, rng(n, "size", 900, 98000), url, sip, mime, ua, host, host)]


def clf_time(t):
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second)


def fmt_clf(n, t, url, user, method="GET", host=None):
    combined = H(n, "combined") % 2 == 0
    if method == "CONNECT":
        req = "CONNECT %s:443 HTTP/1.1" % host
        status, size, tail = 200, rng(n, "size", 900, 60000), "TCP_TUNNEL:HIER_DIRECT"
    else:
        req = "GET %s HTTP/1.1" % url
        status, size, tail = 200, rng(n, "size", 900, 98000), "TCP_MISS:HIER_DIRECT"
    head = '%s - %s [%s] "%s" %d %d' % (client_ip(n), user, clf_time(t), req, status, size)
    if combined:
        ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://www.bing.com/"])
        return '%s "%s" "%s" %s' % (head, ref, pick(n, "ua", UAS), tail)
    return "%s %s" % (head, tail)


def e2g_time(t):
    return "%d.%02d.%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


def fmt_e2g(n, t, url, user, method="GET", host=None, q=None, deny=None):
    variant = pick(n, "e2gfmt", [2, 4, 6])
    ua = pick(n, "ua", [UA_CHROME, UA_EDGE, UA_FF])
    ip = client_ip(n)
    grp = pick(n, "grp", ["no_name_group", "no_name_group", "learners"])
    if method == "CONNECT":
        url = "https://%s:443" % host
    st = 403 if deny else 200
    size = 0 if deny else rng(n, "size", 900, 98000)
    what = deny or "-"
    terms = ("0=%s;" % q) if q else "-"
    if variant in (2, 4):
        fields = [e2g_time(t), user, ip, url, what, method, str(size), "0", "-", "1", str(st), "-", ip, grp, ua,
                  terms, "-", "-", "-"]
        if variant == 2:
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    ms = rng(n, "ms6", 1, 40)
    if deny:
        return "\t".join(["%.3f" % epoch(t), "", user, ip, ip, url, method, "403", "0", "-", ua, "-", "0", "-",
                          str(rng(n, "den", 400, 600)), deny, "0", "-", grp, "1"])
    return "\t".join(["%.3f" % epoch(t), "", user, ip, ip, url, method, str(st), str(size), "-", ua, "-", str(ms),
                      "-", "0", "-", "0", "-", grp, "1"])


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


def zeek_header(path, fields, types, t):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%d-%02d-%02d-%02d-00-00" % (t.year, t.month, t.day, t.hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def fmt_zeek_http(n, t, url, tsv=False):
    host, uri = split_url(url)
    rec = {"ts": round(epoch(t), 6), "uid": zeek_uid(n, "http"), "id.orig_h": client_ip(n),
           "id.orig_p": rng(n, "sport", 49152, 65535), "id.resp_h": server_ip(n), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
           "user_agent": pick(n, "ua", UAS), "request_body_len": 0,
           "response_body_len": rng(n, "size", 900, 98000), "status_code": 200, "status_msg": "OK", "tags": [],
           "resp_fuids": ["F" + zeek_uid(n, "fuid")[1:]], "resp_mime_types": ["text/html"]}
    if not tsv:
        return [json.dumps(rec, ensure_ascii=False)]
    vals = ["%.6f" % rec["ts"], rec["uid"], rec["id.orig_h"], str(rec["id.orig_p"]), rec["id.resp_h"], "80", "1",
            "GET", host, uri, "-", "1.1", rec["user_agent"], "-", "0", str(rec["response_body_len"]), "200", "OK",
            "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", rec["resp_fuids"][0], "-", "text/html"]
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, t) + ["\t".join(vals)]


def fmt_zeek_dns(n, t, host, tsv=False):
    qt = pick(n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    qtn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    ans = ["%d.%d.%d.%d" % (rng(n, "a1", 23, 216), rng(n, "a2", 0, 255), rng(n, "a3", 0, 255), rng(n, "a4", 1, 254))]
    rec = {"ts": round(epoch(t), 6), "uid": zeek_uid(n, "dns"), "id.orig_h": client_ip(n),
           "id.orig_p": rng(n, "sport", 49152, 65535), "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp",
           "trans_id": rng(n, "tid", 1, 65535), "rtt": rng(n, "rtt", 200, 90000) / 1e6, "query": host,
           "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qtn, "qtype_name": qt, "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0}
    if qt == "A":
        rec["answers"] = ans
        rec["TTLs"] = [float(rng(n, "ttl", 30, 300))]
    rec["rejected"] = False
    if not tsv:
        return [json.dumps(rec)]
    vals = ["%.6f" % rec["ts"], rec["uid"], rec["id.orig_h"], str(rec["id.orig_p"]), "10.0.0.53", "53", "udp",
            str(rec["trans_id"]), "%.6f" % rec["rtt"], host, "1", "C_INTERNET", str(qtn), qt, "0", "NOERROR",
            "F", "F", "T", "T", "0", ",".join(rec.get("answers", [])) or "-",
            ",".join("%.6f" % x for x in rec.get("TTLs", [])) or "-", "F"]
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, t) + ["\t".join(vals)]


def syslog_time(t, pad_day=" "):
    day = ("%2d" % t.day) if pad_day == " " else ("%02d" % t.day)
    return "%s %s %02d:%02d:%02d" % (MONTHS[t.month - 1], day, t.hour, t.minute, t.second)


def fmt_unbound(n, t, host, blocked=False):
    ip = client_ip(n)
    pid = "unbound[%d:%d]" % (rng(n, "ubpid", 700, 9000), rng(n, "ubthr", 0, 3))
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    pre = "[%d]" % int(epoch(t)) if H(n, "ubepoch") % 3 == 0 else syslog_time(t, "0")
    lines = ["%s %s info: %s %s. %s IN" % (pre, pid, ip, host, qt)]
    if blocked:
        zone = ".".join(host.split(".")[-2:])
        lines.append("%s %s info: %s. always_nxdomain %s@%d %s. %s IN" % (
            pre, pid, zone, ip, rng(n, "sport", 1024, 65535), host, qt))
        lines.append("%s %s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre, pid, ip, host, qt,
                                                                           rng(n, "rsz", 40, 120)))
    else:
        mode = pick(n, "ubmode", ["q", "qr", "r"])
        reply = "%s %s info: %s %s. %s IN NOERROR 0.%06d 0 %d" % (pre, pid, ip, host, qt, rng(n, "rtt", 100, 90000),
                                                                   rng(n, "rsz", 40, 400))
        if mode == "qr":
            lines.append(reply)
        elif mode == "r":
            lines = [reply]
    return lines


def fmt_dnsmasq(n, t, host, blocked=False):
    ip = client_ip(n)
    pre = "%s dnsmasq[%d]: %d %s/%d" % (syslog_time(t), rng(n, "dmpid", 600, 9999), rng(n, "serial", 1, 99999),
                                        ip, rng(n, "sport", 1024, 65535))
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    lines = ["%s query[%s] %s from %s" % (pre, qt, host, ip)]
    mode = pick(n, "dmmode", ["q", "full", "full"])
    if blocked:
        lines.append("%s %s %s is %s" % (pre, pick(n, "blk", ["config", "gravity blocked"]), host,
                                         "0.0.0.0" if qt != "AAAA" else "::"))
    elif mode == "full":
        lines.append("%s forwarded %s to %s" % (pre, host, pick(n, "fwd", ["1.1.1.1", "9.9.9.9", "8.8.8.8"])))
        if qt == "A":
            lines.append("%s reply %s is %d.%d.%d.%d" % (pre, host, rng(n, "a1", 23, 216), rng(n, "a2", 0, 255),
                                                         rng(n, "a3", 0, 255), rng(n, "a4", 1, 254)))
        else:
            lines.append("%s reply %s is NODATA" % (pre, host))
    return lines


def bind_time(t):
    return "%02d-%s-%d %02d:%02d:%02d.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second,
                                               t.microsecond // 1000)


def fmt_bind(n, t, host, blocked=False):
    ip = client_ip(n)
    port = rng(n, "sport", 1024, 65535)
    cl = "client @0x7f%s %s#%d (%s)" % (hexs(n, "bptr", 10), ip, port, host)
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)", "+ED", "+E(0)DCK"])
    lines = ["%s queries: info: %s: query: %s IN %s %s (10.0.0.53)" % (bind_time(t), cl, host, qt, flags)]
    if blocked:
        lines.append("%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            bind_time(t), cl, host, qt, host))
    return lines


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def endpoint_ev(n, t, who, event, process, title, text=None, url=None, tag="ep"):
    dev = device_for(n, who)
    ev = {"ts": iso_ms(t)}
    if H(n, tag + "site") % 10 < 7:
        ev["site"] = site_for(dev)
    ev["device"] = dev
    ev["user"] = user_for(n, who)
    ev["event"] = event
    ev["process"] = process
    ev["window_title"] = title
    if event == "text_capture":
        ev["text"] = text
    if event == "url_visit":
        ev["url"] = url
    elif H(n, tag + "nullurl") % 3 == 0:
        ev["url"] = None
    return json.dumps(ev, ensure_ascii=False)


# ------------------------------------------------------------------ wrapping (auto)
SYSLOG_HOSTS = {"squid": "proxy01", "clf": "proxy02", "unbound": "dns01", "dnsmasq": "pihole", "bind": "ns1",
                "endpoint": "collector", "e2guardian": "filter01"}
SYSLOG_TAGS = {"squid": "squid", "clf": "squid", "unbound": "unbound", "dnsmasq": "dnsmasq", "bind": "named",
               "endpoint": "guardline-agent", "e2guardian": "e2guardian"}
FILES = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
         "unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/pihole/pihole.log",
         "bind": "/var/log/named/queries.log", "endpoint": "/var/log/guardline/endpoint.jsonl",
         "e2guardian": "/var/log/e2guardian/access.log"}


def wrap(n, t, base, line):
    mode = pick(n, "wrap", ["3164", "3164pri", "5424", "env", "env", "bare"])
    host = SYSLOG_HOSTS[base]
    tag = SYSLOG_TAGS[base]
    if mode == "bare":
        return line, mode
    if mode in ("3164", "3164pri"):
        pri = "<%d>" % pick(n, "pri", [134, 166, 30, 190]) if mode == "3164pri" else ""
        if base in ("unbound", "dnsmasq"):
            # these already carry "Mon dd hh:mm:ss prog[pid]:"; a relay inserts the host name
            if line.startswith("["):
                return "%s%s %s %s" % (pri, syslog_time(t), host, line), mode
            return "%s%s %s%s" % (pri, line[:15], host, line[15:]), mode
        return "%s%s %s %s[%d]: %s" % (pri, syslog_time(t), host, tag, rng(n, "spid", 300, 30000), line), mode
    if mode == "5424":
        return "<%d>1 %s %s %s %d - - %s" % (pick(n, "pri", [134, 166, 30, 190]), iso_ms(t), host, tag,
                                             rng(n, "spid", 300, 30000), line), mode
    tr = t + _dt.timedelta(milliseconds=rng(n, "envdelay", 20, 4000))
    env = {"ts_received": tr.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
           "host": host, "source": tag if base != "squid" else "squid-access", "file": FILES[base], "message": line}
    s = ", ".join("%s:%s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in env.items())
    return "{" + s.replace("/", "\\/") + "}", mode


# ------------------------------------------------------------------ typed text apps
CHAT_APPS = [("WhatsApp.exe", "WhatsApp"), ("WhatsApp.exe", "WhatsApp"), ("Telegram.exe", "Telegram"),
             ("chrome.exe", "WhatsApp - Google Chrome"), ("chrome.exe", "Messenger | Facebook - Google Chrome"),
             ("msedge.exe", "WhatsApp - Personal - Microsoft\u200b Edge"), ("Signal.exe", "Signal"),
             ("chrome.exe", "Snapchat - Google Chrome"), ("chrome.exe", "(1) Instagram \u2022 Direct - Google Chrome"),
             ("Teams.exe", "Chat | Microsoft Teams")]
DOC_APPS = [("WINWORD.EXE", "Document1 - Word"), ("WINWORD.EXE", "homework.docx - Word"),
            ("chrome.exe", "Untitled document - Google Docs - Google Chrome"), ("notepad.exe", "*Untitled - Notepad"),
            ("chrome.exe", "Assignment submission - Moodle - Google Chrome"),
            ("WINWORD.EXE", "Essay draft 2.docx - Word")]
NOTE_APPS = [("chrome.exe", "Case notes - Upshot - Google Chrome"), ("ONENOTE.EXE", "Staff notes - OneNote"),
             ("OUTLOOK.EXE", "Untitled - Message (HTML)"), ("Teams.exe", "Chat | Microsoft Teams")]
STAFF_CHAT = [("Teams.exe", "Chat | Microsoft Teams"), ("OUTLOOK.EXE", "RE: this week - Message (HTML)")]


def do_split(n, text, k):
    if k <= 1 or len(text) < 8:
        return [text]
    cuts = set()
    tries = 0
    while len(cuts) < k - 1 and tries < 50:
        c = rng(n, "cut%d" % tries, 3, len(text) - 3)
        if all(abs(c - x) > 4 for x in cuts):
            cuts.add(c)
        tries += 1
    cuts = sorted(cuts)
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return out


# ------------------------------------------------------------------ per-kind renderers
def render_q(n, s, t):
    q = s["payload"]
    eng, url = search_url(n, q, s["hint"])
    user = user_for(n, s["who"])
    host = split_url(url)[0]
    fmt = pick(n, "fmt", ["squid", "squid", "squid", "clf", "clf", "clf", "e2guardian", "e2guardian",
                          "zeek-http", "zeek-http", "endpoint", "endpoint", "auto"])
    if fmt == "squid":
        if H(n, "sni") % 4 == 0:
            return fmt, fmt_squid_sni(n, t, url, user, host)
        return fmt, [fmt_squid(n, t, url, user)]
    if fmt == "clf":
        return fmt, [fmt_clf(n, t, url, user)]
    if fmt == "e2guardian":
        terms = q if eng in ("google", "google_uk", "bing", "ddg", "yahoo", "youtube") else None
        return fmt, [fmt_e2g(n, t, url, user, q=terms)]
    if fmt == "zeek-http":
        return fmt, fmt_zeek_http(n, t, url, tsv=H(n, "tsv") % 3 == 0)
    main = {"g_ac": "google", "ff_ac": "google", "bing_ac": "bing", "ddg_ac": "ddg", "yt_ac": "youtube"}.get(eng, eng)
    proc, suffix = pick(n, "browser", BROWSERS)
    title = page_title(main, q) + suffix
    if fmt == "endpoint":
        # autocomplete requests are not page visits: the endpoint sees the results page title
        if main != eng or H(n, "epkind") % 2 == 0:
            return fmt, [endpoint_ev(n, t, s["who"], "window_title", proc, title)]
        return fmt, [endpoint_ev(n, t, s["who"], "url_visit", proc, title, url=url)]
    # auto
    base = pick(n, "autobase", ["squid", "squid", "clf", "e2guardian", "endpoint"])
    if base == "squid":
        line = fmt_squid(n, t, url, user)
    elif base == "clf":
        line = fmt_clf(n, t, url, user)
    elif base == "e2guardian":
        line = fmt_e2g(n, t, url, user)
    else:
        line = endpoint_ev(n, t, s["who"], "window_title", proc, title)
    w, _ = wrap(n, t, base, line)
    return "auto", [w]


BLOCKABLE = {"adult_content", "gambling", "filter_bypass", "piracy"}


def render_d(n, s, t):
    host = s["payload"]
    user = user_for(n, s["who"])
    cats = {e["category"] for e in s["expect"]}
    blocked = bool(cats & BLOCKABLE) and H(n, "blocked") % 3 == 0
    fmt = pick(n, "dnsfmt", ["unbound"] * 4 + ["dnsmasq"] * 4 + ["bind"] * 4 + ["zeek-dns"] * 4 +
               ["squid", "clf", "e2guardian", "endpoint", "auto", "auto"])
    if fmt == "unbound":
        return fmt, fmt_unbound(n, t, host, blocked)
    if fmt == "dnsmasq":
        return fmt, fmt_dnsmasq(n, t, host, blocked)
    if fmt == "bind":
        return fmt, fmt_bind(n, t, host, blocked)
    if fmt == "zeek-dns":
        return fmt, fmt_zeek_dns(n, t, host, tsv=H(n, "tsv") % 3 == 0)
    if fmt == "squid":
        v = H(n, "sqv") % 3
        if v == 0:
            return fmt, [fmt_squid(n, t, None, user, method="CONNECT", host=host)]
        return fmt, fmt_squid_sni(n, t, None, user, host, connect_only=True, by_ip=(v == 2))
    if fmt == "clf":
        return fmt, [fmt_clf(n, t, None, user, method="CONNECT", host=host)]
    if fmt == "e2guardian":
        deny = ("*DENIED* Banned site: %s" % host) if blocked else None
        return fmt, [fmt_e2g(n, t, None, user, method="CONNECT", host=host, deny=deny)]
    if fmt == "endpoint":
        proc, suffix = pick(n, "browser", BROWSERS)
        return fmt, [endpoint_ev(n, t, s["who"], "url_visit", proc, host + suffix, url="https://%s/" % host)]
    base = pick(n, "autobase", ["unbound", "dnsmasq", "bind", "squid"])
    if base == "unbound":
        lines = fmt_unbound(n, t, host, blocked)
    elif base == "dnsmasq":
        lines = fmt_dnsmasq(n, t, host, blocked)
    elif base == "bind":
        lines = fmt_bind(n, t, host, blocked)
    else:
        lines = [fmt_squid(n, t, None, user, method="CONNECT", host=host)]
    return "auto", [wrap(n, t, base, ln)[0] for ln in lines]


def render_u(n, s, t):
    url = s["payload"]
    user = user_for(n, s["who"])
    fmt = pick(n, "fmt", ["squid", "clf", "e2guardian", "zeek-http", "endpoint", "endpoint", "auto"])
    if fmt == "squid":
        return fmt, [fmt_squid(n, t, url, user)]
    if fmt == "clf":
        return fmt, [fmt_clf(n, t, url, user)]
    if fmt == "e2guardian":
        return fmt, [fmt_e2g(n, t, url, user)]
    if fmt == "zeek-http":
        return fmt, fmt_zeek_http(n, t, url, tsv=H(n, "tsv") % 3 == 0)
    proc, suffix = pick(n, "browser", BROWSERS)
    title = (s.get("title") or split_url(url)[0]) + suffix
    line = endpoint_ev(n, t, s["who"], "url_visit", proc, title, url=url)
    if fmt == "endpoint":
        return fmt, [line]
    return "auto", [wrap(n, t, "endpoint", line)[0]]


def render_w(n, s, t):
    title = s["payload"]
    proc = s.get("proc")
    if not proc:
        if title.endswith("Google Chrome"):
            proc = "chrome.exe"
        elif "Firefox" in title:
            proc = "firefox.exe"
        else:
            proc = "msedge.exe"
    line = endpoint_ev(n, t, s["who"], "window_title", proc, title)
    if H(n, "wauto") % 6 == 0:
        return "auto", [wrap(n, t, "endpoint", line)[0]]
    return "endpoint", [line]


def render_p(n, s, t):
    proc = s["payload"]
    title = s.get("title")
    line = endpoint_ev(n, t, s["who"], "process_start", proc, title)
    if H(n, "pauto") % 5 == 0:
        return "auto", [wrap(n, t, "endpoint", line)[0]]
    return "endpoint", [line]


def render_t(n, s, t):
    text = s["payload"]
    if s["who"] == "S":
        pool = NOTE_APPS if s["app"] == "notes" else (DOC_APPS if s["app"] == "doc" else STAFF_CHAT)
    else:
        pool = {"chat": CHAT_APPS, "doc": DOC_APPS, "notes": NOTE_APPS}[s["app"]]
    proc, title = pick(n, "app", pool)
    if isinstance(text, list):
        frags = text
    else:
        frags = do_split(n, text, s["split"])
    lines = []
    cur = t
    for i, fr in enumerate(frags):
        if i:
            if s.get("gap"):
                cur = cur + _dt.timedelta(seconds=s["gap"] + rng(n, "gapj%d" % i, 0, 20))
            else:
                cur = cur + _dt.timedelta(seconds=rng(n, "step%d" % i, 2, 9), milliseconds=rng(n, "stepms%d" % i, 0, 999))
        ptitle = title
        if s.get("gap") and i:
            ptitle = "German for beginners - Lesson 1 - Google Chrome"
            proc_i = "chrome.exe"
        else:
            proc_i = proc
        lines.append(endpoint_ev(n, cur, s["who"], "text_capture", proc_i, ptitle, text=fr, tag="ep"))
    if len(lines) == 1 and H(n, "tauto") % 8 == 0:
        return "auto", [wrap(n, t, "endpoint", lines[0])[0]]
    return "endpoint", lines


RENDER = {"q": render_q, "d": render_d, "u": render_u, "w": render_w, "p": render_p, "t": render_t}


def build():
    order = sorted(SPECS, key=lambda s: hashlib.sha256(
        ("h42order|" + s["kind"] + "|" + json.dumps(s["payload"], ensure_ascii=False)).encode("utf-8")).hexdigest())
    items = []
    for i, s in enumerate(order, 1):
        t = when(i)
        fmt, lines = RENDER[s["kind"]](i, s, t)
        it = {"id": "h42-%04d" % i, "format": fmt}
        if len(lines) == 1:
            it["line"] = lines[0]
        else:
            it["lines"] = lines
        it["expect"] = s["expect"]
        if s["allow"]:
            it["allow"] = s["allow"]
        items.append(it)
    return items


def stats(items):
    from collections import Counter
    cat = Counter()
    fmt = Counter()
    pos = neg = 0
    for it in items:
        fmt[it["format"]] += 1
        if it["expect"]:
            pos += 1
            for e in it["expect"]:
                cat[e["category"]] += 1
        else:
            neg += 1
    print("items: %d  positives: %d  negatives: %d" % (len(items), pos, neg))
    print("per category (expected):")
    for k, v in sorted(cat.items()):
        print("  %-16s %d" % (k, v))
    print("per format:")
    for k, v in sorted(fmt.items()):
        print("  %-12s %d" % (k, v))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout42.jsonl"))
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
