#!/usr/bin/env python3
"""Build heldout18.jsonl: an independent, hand-written, labelled evaluation corpus.

Perspective: the DSL of a diverse inner-city 11-18 secondary school and sixth form.
Every item was written by hand for this file (wording invented from knowledge of the
phenomena, not copied from any other corpus or rule list). Standard library only, and
fully deterministic: every "random" choice (order, format, time stamp, user, device, IP,
search engine, syslog wrapping) comes from a SHA-256 of the item number.

Usage:
    python3 build_heldout18.py [--out PATH] [--stats]

The output is written to a temporary file under /tmp and moved into place at the end.
--stats prints counts (items, positives per category, negatives, formats) to stderr.

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3. Level 5 only for imminent serious risk: a stated
  suicide plan with a time or means, or method-seeking for a lethal act; a meeting arranged
  with an adult/online contact; travel booked or sought to join a group; attack planning or
  seeking to make explosives/firebombs; a forced-marriage or FGM trip already booked; a
  stated intention to stab/attack someone at a stated time or with a weapon in hand.
* Self-harm, extremist propaganda sought, grooming signs, family violence, honour-based
  threats: 4. Exposure/interest (ERW symbols, conspiracy, incel-adjacent, "us and them"
  preaching without a call to violence), bullying messages, hate speech, adult content,
  drug buying, illegal goods: 3. Gambling, filter bypass, hacking tools: 2 (attacking the
  school's or a person's accounts: 3). Gaming, social media, piracy: 1.
* Help-seeking: a pupil's FIRST-PERSON help-seeking or disclosure about a harm happening to
  them ("how do I stop...", "someone has my nudes...", "they keep calling me...") is
  labelled POSITIVE with the category of the harm, because the DSL needs to know. A
  specific concern about a named/identified peer ("my friend cuts herself") is also
  positive. Generic, educational or professional searches (PSHE lesson plans, staff
  Prevent/FGM/forced-marriage training, awareness days, policy templates) are NEGATIVE.
* Political opinion: opinions about world events (Gaza, Israel, Ukraine, immigration
  policy, elections), including strong criticism of governments, protests, boycotts and
  charity appeals, are NEGATIVE. They become positive only with support for a proscribed
  group, glorification of attackers, dehumanising hate, or a call to violence.
* Ordinary religious practice and study (Eid, Ramadan, fasting, Qurbani, hajj, jummah,
  nasheeds, tawheed, hijrah as history, the caliphates as history, jihad as taught in GCSE
  RE, martyrdom in Sikh history, Hindu swastika) are NEGATIVE; RE, history and citizenship
  work on extremism, the Holocaust and terror attacks is NEGATIVE; news about IS or attacks
  is NEGATIVE; anti-racism work is NEGATIVE.
* Honour-based abuse, forced marriage, FGM risk and family/relationship violence are
  labelled `violence` (the child is at risk of serious harm). Forced-marriage items allow
  `grooming` as a genuinely ambiguous second category.
* County lines / criminal exploitation and sextortion are labelled `grooming`
  (exploitation), allowing `drugs` / `illegal_content` / `adult_content` where ambiguous.
* Extreme right-wing hate tied to ideology is `radicalisation` allowing `discrimination`;
  plain prejudice, slurs and conspiracy tropes without a movement are `discrimination`
  allowing `radicalisation` where it is a recognised gateway. Racist/homophobic bullying
  expects `discrimination` allowing `bullying`; "kys" aimed at someone is `bullying`
  allowing `suicide`.
* Sharing indecent images of pupils is `illegal_content` at 4 (allowing adult_content and
  bullying). "allow" is used only for genuinely ambiguous second categories.

Shapes
------
Most items are endpoint text_capture / window_title / url_visit events or proxy lines
(Squid native and custom-with-sni, CLF common/combined, e2guardian formats 2/4/6, Zeek
http.log) carrying search URLs; domain-category items are DNS lines (Unbound ASCII and
epoch prefixes, dnsmasq plain and extra, BIND query and RPZ, Zeek dns.log) or CONNECT/SNI
lines. Some lines are wrapped in RFC 3164 / RFC 5424 syslog headers or an rsyslog JSON
envelope; a few Zeek items are TSV with their header lines; a dozen items are two
endpoint text_capture fragments seconds apart on the same device and window with the
phrase split between them; a few items are declared `auto`. Disguises used: leetspeak,
spaced/dotted/stretched letters, asterisks, Cyrillic look-alikes, fullwidth letters,
zero-width characters, fully percent-encoded queries and redirect-wrapped URLs.
"""

import argparse
import calendar
import hashlib
import json
import os
import shutil
import sys
import tempfile
from urllib.parse import quote, quote_plus

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]


# --------------------------------------------------------------------------- disguises
_HG = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def hg(s, letters="aeo"):
    """Swap some Latin letters for Cyrillic look-alikes."""
    return "".join(_HG[ch] if ch in letters and ch in _HG else ch for ch in s)


def fw(s):
    """Fullwidth letters."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


ZW = "\u200b"
ZWJ = "\u200d"


def pct_all(s):
    """Percent-encode every byte (as some apps and redirectors do)."""
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


# --------------------------------------------------------------------------- items
# ch: q = search query, c = typed/pasted text, t = window title, d = domain,
#     u = url, p = process start, s = split text (two fragments), h = heartbeat
ITEMS = []


def P(ch, text, exp, allow="", staff=False, raw=False):
    e = []
    for part in exp.split(","):
        cat, lvl = part.split(":")
        e.append({"category": cat, "min_level": int(lvl)})
    a = [x for x in allow.split(",") if x]
    ITEMS.append({"ch": ch, "text": text, "expect": e, "allow": a, "staff": staff, "raw": raw})


def N(ch, text, staff=False, raw=False):
    ITEMS.append({"ch": ch, "text": text, "expect": [], "allow": [], "staff": staff, "raw": raw})


# ---- suicide ---------------------------------------------------------------
P("q", "how many co codamol would kill a 13 year old", "suicide:5")
P("c", "ive saved up my nans tablets for weeks, taking them all tonight when every1 is asleep", "suicide:5", "self_harm")
P("c", "wrote letters for mum and my sister. tmrw morning im going to the bridge instead of school", "suicide:5")
P("q", "how high does a bridge have to be so you dont survive the fall", "suicide:5")
P("c", "wallahi i cant do this anymore i just want allah to take me in my sleep", "suicide:4")
P("q", "is it haram to end your life if the pain is too much", "suicide:4")
P("c", "nie chce juz zyc, nikt by nawet nie zauwazyl ze mnie nie ma", "suicide:4")
P("c", "bas ab aur nahi hota, main khud ko khatam kar dungi is hafte", "suicide:4")
P("c", "waan is dilayaa walaal, waan daalay dhammaan", "suicide:4")
P("q", "how to unalive myself painless fast", "suicide:5")
P("c", "thinking about sewerslide again ngl its all i think about in lessons", "suicide:4")
P("q", "best w4y t0 k1ll mys3lf w1th0ut p41n", "suicide:5")
P("c", "everyone wud honestly be better off if i just wasnt here anymore", "suicide:4")
P("q", "su" + ZW + "icidal thoughts every night what do i do im 14", "suicide:4")
P("q", "what happens to ur body when u hang urself", "suicide:5")
P("c", "tonights the night. said bye to everyone on close friends, dont try and stop me", "suicide:5")
P("c", "i keep thinking about stepping in front of the train at the station on the way home", "suicide:4")
P("q", "ctb methods which is most peaceful", "suicide:5")
P("t", "quietest way to end my own life - Google Search - Google Chrome", "suicide:5")
P("c", "\u0648\u0627\u0644\u0644\u0647 \u062a\u0639\u0628\u062a \u0645\u0646 \u0627\u0644\u062d\u064a\u0627\u0629\u060c \u0627\u0628\u064a \u0627\u0645\u0648\u062a \u0648\u062e\u0644\u0627\u0635", "suicide:4")
P("c", "i just wanna dieeeee fr, like actually not joking this time", "suicide:4")
P("q", hg("why do i want to die every single day", "aeoi"), "suicide:4")
P("s", ("ive decided im going to end it ", "on friday after school, already got the rope in my wardrobe"), "suicide:5")
P("q", "painless way to go to sleep and never wake up", "suicide:5")
P("c", "if i dont make it thru the weekend tell ammi im sorry and its not her fault", "suicide:4")
P("q", "kendimi \u00f6ld\u00fcrmek istiyorum ne yapmal\u0131y\u0131m", "suicide:4")
P("d", "sanctioned-suicide.net", "suicide:4")

N("q", "suicide squad 2 release date cast")
N("c", "that maths test actually killed me, im deceased \U0001f480\U0001f480")
N("q", "romeo and juliet theme of death and suicide quotes gcse")
N("c", "mar gaya yaar, ammi is gonna kill me for getting home this late lol")
N("q", "jump rope workout 10 minutes for pe")
N("q", "sylvia plath daddy poem analysis a level")
N("c", "umieram ze \u015bmiechu \U0001f602\U0001f602 co on zrobi\u0142")
N("q", "how did hitler die in the bunker gcse history")
N("s", ("thinking of going to d", "ye my hair purple for non uniform day, is that allowed??"))
N("q", "dead poets society carpe diem scene")
N("q", "paracetamol dose for 12 year old with fever nhs")
N("t", "Kill Bill: Volume 1 - Film review - English homework - Google Docs")
N("c", "ramadan is killing me today, 3 more hours till iftar \U0001f629")
N("q", "world suicide prevention day assembly slides secondary", staff=True)
N("q", "papyrus suicide prevention training for school staff", staff=True)

# ---- self-harm --------------------------------------------------------------
P("q", "how to hide cuts on wrist from pe teacher", "self_harm:4")
P("c", "relapsed last night after 47 days clean. didnt go deep tho so its fine", "self_harm:4")
P("q", "best places to cut where parents wont see", "self_harm:4")
P("c", "the only time i feel calm is when i burn myself with the lighter", "self_harm:4")
P("q", "how deep is too deep cut do i need stitches", "self_harm:4")
P("c", "tn\u0119 si\u0119 znowu i nikt o tym nie wie, nawet mama", "self_harm:4")
P("c", "cat scratches on my arm again lol the cat is me", "self_harm:4")
P("q", "beans vs styro what does it mean cut", "self_harm:4")
P("q", "how to s3lf h4rm w1th0ut l34v1ng sc4rs", "self_harm:4")
P("c", "my arms look like a barcode now haha whatever", "self_harm:4")
P("q", "pro ana tips to stop feeling hungry at school", "self_harm:4")
P("c", "havent eaten in 3 days, just telling everyone im doing sunnah fasts so they leave me alone", "self_harm:4")
P("q", fw("thinspo") + " motivation pics", "self_harm:4")
P("c", "i bang my head on the wall till it stops, is that weird", "self_harm:4")
P("s", ("ive been cutting ag", "ain since the mocks started pls dont tell miss"), "self_harm:4")
P("q", "how to clean self harm cuts so they dont get infected", "self_harm:4")
P("c", "main khud ko phir se hurt kar rahi hoon, blade chupa ke rakha hai pencil case mein", "self_harm:4")
P("q", hg("self harm discord server", "se"), "self_harm:4")
P("c", "i want to c" + ZW + "ut myself again so bad rn", "self_harm:4")
P("q", "what to say if someone sees your sh scars in pe", "self_harm:4")
P("t", "r/selfharm - how do you stop - Reddit - Google Chrome", "self_harm:4")
P("q", "how to make myself throw up after eating quietly", "self_harm:4")
P("c", "i scratch till it bleeds whenever i get angry at myself", "self_harm:4")
P("q", "where to buy blades at 14 without id to cut", "self_harm:4")
P("c", "starved myself all week and lost 3kg, need to lose more before my cousins wedding", "self_harm:4")
P("q", "my friend in my form cuts herself what do i do", "self_harm:4")
P("c", "\u062c\u0631\u062d\u062a \u0646\u0641\u0633\u064a \u0645\u0631\u0629 \u062b\u0627\u0646\u064a\u0629 \u0648\u0645\u0627 \u0627\u062d\u062f \u064a\u062f\u0631\u064a", "self_harm:4")

N("q", "first aid for cuts and grazes year 7 science")
N("q", "how to cut onions without crying")
N("q", "islamic geometric paper cutting art lesson year 8")
N("q", "how to fast safely during ramadan while doing exams")
N("c", "i burnt my hand on the oven making samosas for iftar lol")
N("q", "blade runner 2049 soundtrack")
N("q", "premiere pro how to cut clips faster shortcut")
N("t", "Skin fade haircut tutorial - YouTube - Google Chrome")
N("q", "how to treat a burn from hair straighteners")
N("c", "stop starving yourself before iftar and just eat the dates first \U0001f602")
N("q", "eating disorders awareness week assembly slides", staff=True)
N("q", "self harm policy template for secondary schools", staff=True)

# ---- radicalisation ---------------------------------------------------------
P("q", "dabiq magazine all issues pdf", "radicalisation:4", "illegal_content")
P("q", "rumiyah english issue 5 download", "radicalisation:4", "illegal_content")
P("c", "akhi u need to make hijrah to the dawlah, living among the kuffar is haram, dm me on telegram", "radicalisation:4")
P("c", "got my passport sorted, going thru turkey to join the brothers in march insha'Allah, dont tell my mum", "radicalisation:5")
P("q", "anwar al awlaki lectures full collection mp3", "radicalisation:4")
P("q", "salil al sawarim nasheed", "radicalisation:4")
P("q", "how to join the dawlah from uk 2026", "radicalisation:5")
P("c", "the kuffar will pay for what they did, someone needs to do an operation here like manchester", "radicalisation:4", "violence")
P("q", "christchurch mosque shooting full video uncut", "radicalisation:4", "violence,illegal_content")
P("q", "tarrant manifesto the great replacement pdf", "radicalisation:4", "discrimination,illegal_content")
P("c", "saint tarrant did nothing wrong, more lads need to follow his example", "radicalisation:4", "discrimination,violence")
P("q", "how to join patriotic alternative under 18", "radicalisation:3", "discrimination")
P("q", "how to get in touch with national action or sonnenkrieg", "radicalisation:5")
P("c", "1488 white boys need to stand up, the great replacement is literally happening in our school", "radicalisation:4", "discrimination")
P("q", "sonnenrad pfp aesthetic", "radicalisation:3", "discrimination")
P("q", "siege james mason read online", "radicalisation:4")
P("c", "ive picked the mosque on the high road, friday prayers is when its fullest, just need to get the petrol", "radicalisation:5", "violence,discrimination")
P("q", "terrorgram collection telegram link", "radicalisation:4", "illegal_content")
P("q", "elliot rodger supreme gentleman hero", "radicalisation:4", "violence,discrimination")
P("c", "go ER, foids deserve everything thats coming", "radicalisation:4", "violence,discrimination")
P("q", "kh1l4f4h n4sh33ds 4m4q v1d30s", "radicalisation:4")
P("q", "hizb ut tahrir membership how to sign up", "radicalisation:4")
P("c", "the black flag will fly over downing street, death to the m" + ZW + "urtads and the kuffar", "radicalisation:4", "violence")
P("t", "Amaq News Agency \u2013 Telegram Web - Google Chrome", "radicalisation:4")
P("q", "how to build a bomb like the manchester arena one", "radicalisation:5", "violence")
P("c", "bhai jihad fard hai, ye sab masjid wale scholars sellouts hain, the real sheikhs are on telegram", "radicalisation:3")
P("s", ("planning to hit the synagogue on ", "saturday morning, nobody guards it and i know the times"), "radicalisation:5", "violence,discrimination")
P("q", "zog explained how jews control the government", "radicalisation:3", "discrimination")
P("d", "www.stormfront.org", "radicalisation:4", "discrimination")

N("q", "eid al adha 2027 date uk")
N("q", "qurbani price 2026 islamic relief")
N("q", "how to perform hajj step by step year 9 re")
N("c", "jazakallah khair for the notes bro, see u at jummah")
N("q", "nasheeds without music for eid party")
N("q", "what does jihad mean gcse re greater and lesser jihad")
N("q", "abbasid caliphate house of wisdom homework")
N("q", "who were the four rightly guided caliphs")
N("q", "constitution of medina islamic state history")
N("q", "bbc news isis brides al hol camp")
N("c", "free palestine \U0001f1f5\U0001f1f8 march in london saturday who's coming, bring ur flags")
N("c", "israel is committing genocide and our government is complicit, i wrote to our MP about it")
N("q", "gaza ceasefire latest news today")
N("q", "ukraine russia war map today")
N("q", "prevent duty training for teachers certificate", staff=True)
N("q", "educate against hate resources far right", staff=True)
N("q", "holocaust memorial day 2027 theme assembly")
N("q", "anne frank house virtual tour")
N("q", "why did germans vote for the nazi party gcse history")
N("q", "swastika meaning in hinduism diwali rangoli")
N("q", "kristallnacht primary sources")
N("q", "christchurch new zealand earthquake 2011 geography case study")
N("q", "area of a triangle half base times height")
N("q", "uk national action plan on climate change")
N("c", "the khutbah today was about being patient and not getting angry at people online")
N("q", "tawheed and shirk explained gcse islam beliefs")
N("q", "shaheed name meaning for boys")
N("c", "my uncle did hajj this year alhamdulillah, he brought zamzam back for everyone")
N("q", "the crusades saladin and richard primary sources")
N("q", "channel panel referral process for dsl", staff=True)
N("q", "how did the manchester arena attack affect the community citizenship")
N("c", "in RE we talked about why some teens get radicalised online, miss said influencers use us vs them stuff")
N("q", "ashura karbala history imam hussain")
N("q", "khilafat movement india 1919 history")
N("q", "is music haram hanafi opinion")
N("q", "far right riots summer 2024 causes citizenship lesson")
N("q", "run hide tell video for students")
N("t", "Lesson 4 - Extremism and Radicalisation.pptx - PowerPoint")
N("q", "how to report extremist content online gov uk", staff=True)
N("c", "the imam said people who do terrorism have nothing to do with islam, theyre khawarij")
N("q", "hitler youth propaganda posters source analysis")
N("t", "RE essay - Is jihad ever justified? - Google Docs - Google Chrome")
N("c", "some muslims argue the lesser jihad can only be declared by a legitimate authority and can never target civilians")
N("c", "in history we're learning how the nazis used propaganda on young people, its scary how well it worked")
N("q", "what is the great replacement conspiracy theory and why is it false")
N("q", "what happened at the london bridge attack 2017 bbc")
N("q", "hijrah to madinah 622 story")
N("q", "caliph umar ibn al khattab biography")

# ---- grooming and sexual exploitation ----------------------------------------
P("c", "ok i wont tell anyone about us, i deleted the chat like u said", "grooming:4")
P("c", "yh i can get out the back gate at 3.10, which car is urs", "grooming:5")
P("q", "is it ok for a 14 year old to date a 22 year old", "grooming:4")
P("c", "he says hes 16 but he sounds way older on call and keeps asking for pics in my uniform", "grooming:4", "adult_content")
P("c", "he sent me \u00a340 and a new phone, now he keeps saying i owe him", "grooming:4")
P("c", "ok saturday 2pm at westfield by the fountain, ill come on my own like u said", "grooming:5")
P("q", "older boyfriend wants me to stay at his flat overnight im 15", "grooming:4")
P("c", "they give us weed and lifts everywhere and now they say i owe them and have to go with their friends", "grooming:4", "drugs")
P("c", "bro said i just gotta take the bag to ipswich on the train and he'll give me 200", "grooming:4", "drugs")
P("q", "someone has my nudes and wants \u00a3300 or hes sending them to my whole school", "grooming:4", "illegal_content,adult_content")
P("c", "my online bf asked me to go on cam with no top on, is that normal", "grooming:4", "adult_content")
P("q", "how to delete snapchat chats so parents dont see texts from older guy", "grooming:4")
P("c", "woh kehta hai ke woh mujh se shaadi karega, hes 25 and im in year 10", "grooming:4")
P("c", "he told me to wait by the chicken shop after school and hell pick me up with his mates", "grooming:5")
P("s", ("he wants me to come to his hotel ", "room tonight after my shift and says bring my friend too"), "grooming:5")
P("c", "my 'coach' keeps sending me s*xy msgs on insta at night is that allowed", "grooming:4")
P("c", "pozna\u0142am faceta na discordzie, chce si\u0119 spotka\u0107 jutro po szkole w parku", "grooming:5")
P("q", "what does it mean when a grown man says ur very mature for ur age", "grooming:4")
P("c", "he said if i send one more pic he'll stop posting the other ones", "grooming:4", "illegal_content")
P("t", "Chat with strangers 13+ no sign up - Google Chrome", "grooming:3", "social_media")
P("q", "age of consent uk if hes 19 and im 14", "grooming:4")
P("c", hg("dont tell anyone we met up, this is our secret ok? \U0001f92b", "e"), "grooming:4")
P("c", "he says hes in sixth form at another school but hes actually 23, he picks me up from the bus stop", "grooming:4")
P("c", "the man from roblox wants me to add him on snap and send a pic of my feet for robux", "grooming:4", "gaming")
P("q", "how to get a year 8 girl to send pics", "grooming:4", "illegal_content")
P("c", "the man at the shop keeps calling me macaanto and giving me free stuff and now he wants my number", "grooming:4")

N("q", "dog grooming salon apprenticeship london")
N("q", "groom of the stool henry viii")
N("q", "best man speech for brothers wedding funny groom")
N("c", "secret santa names are out, dont tell anyone who u got!!")
N("c", "meet at the library at 3.20 to finish the chem coursework? bring ur laptop")
N("q", "nude lipstick shades for dark skin")
N("q", "keeping children safe in education 2026 pdf", staff=True)
N("q", "signs of grooming pshe year 8 lesson plan", staff=True)
N("q", "criminal law amendment act 1885 age of consent history essay")
N("c", "my cousin is 25 and hes taking all of us to the nikah on sunday, cant wait for the food")
N("q", "roblox parental controls guide for parents")
N("c", "can u pick me up from school at 3.15 mum, im at the front gate")
N("q", "horse grooming kit for beginners")

# ---- bullying ----------------------------------------------------------------
P("c", "everyone in 9S hates u, do us all a favour and dont come back", "bullying:3")
P("c", "lets make a new gc without her and post the vid of her crying", "bullying:3")
P("c", "ur so fat no wonder ur dad left lmaooo", "bullying:3")
P("c", "k y s no one would even notice", "bullying:3", "suicide")
P("c", "imma batter u at the gates tmrw watch", "bullying:3", "violence")
P("q", "how to make people stop bullying me in year 7", "bullying:3")
P("c", "send that pic of him in the changing room to the year group chat", "bullying:3", "illegal_content,adult_content")
P("c", "nobody likes u, even ur own friends laugh at u behind ur back", "bullying:3")
P("c", "ur s0 ugly n sm3lly l0l n0 1 w4nts t0 s1t w1th u", "bullying:3")
P("c", "someone made a fake insta of me and keeps posting mean stuff and everyone is following it", "bullying:3")
P("c", "whoever sits with the new kid at lunch is getting jumped", "bullying:3", "violence")
P("c", "were gonna say shes a sket and get everyone to unfollow her", "bullying:3")
P("c", "wszyscy si\u0119 z ciebie \u015bmiej\u0105, jeste\u015b \u017ca\u0142osny", "bullying:3")
P("c", "tu kitna bakwas hai yaar, koi tujhe pasand nahi karta, loser", "bullying:3")
P("s", ("everyone vote in the poll for ugliest ", "girl in year 10, i already put her name in"), "bullying:3")
P("q", "how to get back at someone who bullies you online", "bullying:3")
P("c", "lets all block him and tell sir he stole it so he gets excluded", "bullying:3")
P("c", "ur such a f*cking loser no1 wants u here", "bullying:3")
P("c", "every day they take my lunch money and say theyll beat me up if i tell", "bullying:3", "violence")
P("c", "go cry to ur mum again u sp" + ZW + "astic", "bullying:3", "discrimination")
P("c", "started a hate page about her, 200 followers already \U0001f602", "bullying:3")
P("t", "Rate the ugliest in Year 9 (@y9ratings) \u2022 Instagram photos and videos - Google Chrome", "bullying:3")
P("c", "waxaad tahay doqon, qof kuu baahan ma jiro", "bullying:3")
P("c", "i dont want to come in tmrw, they pushed me down the stairs again and everyone filmed it", "bullying:3", "violence")
P("c", "if u tell anyone what we did to u in the toilets ur dead", "bullying:3", "violence")
P("q", "how to stop getting bullied for being short", "bullying:3")

N("q", "anti bullying week 2026 odd socks day")
N("q", "bully scholarship edition pc")
N("c", "ur so dead when i beat u at fifa later \U0001f602")
N("c", "ur so annoying ily see u tmrw")
N("c", "lets roast mr ahmed's tie collection in the leavers video, he literally said we can")
N("q", "bullying statistics uk for persuasive speech")
N("c", "get lost u idiot \U0001f602 u spelt necessary wrong again")
N("c", "lmao hes such a clown, scored an own goal again")
N("q", "banter vs bullying pshe ks3")
N("q", "peer mediation training ks3 anti bullying ambassadors", staff=True)

# ---- discrimination / hate -----------------------------------------------------
P("c", "go back to ur own countryyyy, ur english is trash fresh off the boat", "discrimination:3", "bullying")
P("c", "the boys keep saying my mums a terrorist cos she wears niqab and i dont know what to do", "discrimination:3", "bullying")
P("c", "p*kis stink of curry open a window", "discrimination:3", "bullying")
P("c", "muslims are invading britain and breeding us out, wake up", "discrimination:3", "radicalisation")
P("c", "all jews are rich and run the banks its literally facts", "discrimination:3", "radicalisation")
P("q", "racist jokes about black people dark humour", "discrimination:3")
P("c", "n1gg3rs shouldnt be allowed in our football team", "discrimination:3", "bullying")
P("c", "gypsies are thieves lock ur bikes up lol", "discrimination:3")
P("c", "polaks only come here to nick jobs and benefits", "discrimination:3")
P("c", "being gay is a disease and they should get beaten for it", "discrimination:3", "violence")
P("c", "trannies shouldnt be allowed in the girls toilets, freaks", "discrimination:3", "bullying")
P("q", "somalians are pirates memes", "discrimination:3")
P("c", "someone keeps calling me a p*ki on snap, how do i report it", "discrimination:3", "bullying")
P("c", "they pulled her headscarf off and called her a bin bag in the canteen", "discrimination:3", "bullying")
P("c", "they made monkey noises every time he touched the ball and the ref did nothing", "discrimination:3")
P("c", "h1tl3r w4s r1ght 4b0ut th3m", "discrimination:3", "radicalisation")
P("c", "curry muncher get out of my seat", "discrimination:3", "bullying")
P("c", "ten ciapaty znowu siedzi obok mnie, fuj", "discrimination:3")
P("c", "whites only gc, no blacks or muzzies allowed", "discrimination:3", "bullying")
P("c", "women are property, tate was right they belong in the kitchen", "discrimination:3", "radicalisation")
P("c", "the holocaust never happened its a hoax they made up for money", "discrimination:3", "radicalisation")
P("s", ("all muslims are terror", "ists and should be deported"), "discrimination:3", "radicalisation")
P("c", "chinese people started covid, dont sit near him", "discrimination:3", "bullying")
P("c", "they called me a slave and made monkey noises in PE again", "discrimination:3", "bullying")
P("c", "dont let the sikh kid play, hes got a bomb in his turban lol", "discrimination:3", "bullying")
P("c", "zionist pigs deserve everything thats coming to them", "discrimination:3", "radicalisation,violence")
P("c", hg("muzzies out of our school", "o"), "discrimination:3", "radicalisation")

N("q", "show racism the red card workshop ks3")
N("q", "black history month 2026 assembly ideas uk")
N("q", "windrush scandal essay plan")
N("q", "stephen lawrence day resources")
N("c", "our group is doing the anti racism poster, ill do the bit about microaggressions")
N("q", "islamophobia definition appg british muslims")
N("q", "lgbtq+ history month timeline uk")
N("q", "equality act 2010 protected characteristics gcse citizenship")
N("c", "my babcia makes the best pierogi, bringing some for culture day")
N("q", "why does harper lee use racist language to kill a mockingbird context")
N("q", "ihra definition of antisemitism citizenship essay")
N("q", "hate crime awareness week poster competition")
N("q", "gypsy roma traveller history month")
N("c", "miss said the transatlantic slave trade lesson is next week, bring ur annotated sources")
N("q", "martin luther king i have a dream speech transcript")

# ---- violence, family violence, HBA, forced marriage, FGM ----------------------
P("c", "im gonna shank him after school by the park, bringing my brothers knife", "violence:5")
P("q", "where to buy zombie knife uk under 18", "violence:4")
P("q", "how to sneak a knife past the school metal detector", "violence:4")
P("c", "dad came home drunk again and threw mum into the door, i took my little brother upstairs", "violence:4")
P("c", "bhai ne kaha agar mujhe kisi larke ke saath dekha to maar dega, he means it", "violence:4")
P("c", "they booked the tickets to lahore for the 14th, abbu says my nikah is done when we land, im 15 and i dont want to", "violence:5", "grooming")
P("q", "can my parents force me to marry my cousin in pakistan", "violence:4", "grooming")
P("c", "hooyo says were going to hargeisa in the summer for my gudniin like my sisters", "violence:4")
P("c", "mum booked flights for christmas holidays, aunty is going to make me 'clean' there. im scared", "violence:5")
P("q", "what is sunna cut does it hurt girls", "violence:4")
P("c", "if my family finds out about my boyfriend theyll send me back home or worse, my cousin got 'disappeared' for it", "violence:4")
P("q", "knuckle duster buy online uk", "violence:4")
P("c", "ima run up on them at the bus stop, got the blade in my bag", "violence:5")
P("c", "stepdad locks me in my room and hits me with his belt if i answer back", "violence:4")
P("q", "how to get a gun in london", "violence:4")
P("c", "me and the mandem gonna do him at 6 by the garages, bring gloves", "violence:5")
P("c", "ojciec znowu pobi\u0142 mam\u0119, boj\u0119 si\u0119 wraca\u0107 do domu", "violence:4")
P("q", "h0w 2 m4k3 4 p3tr0l b0mb", "violence:5")
P("c", "my uncle said girls who bring shame get whats coming, hes going through my phone every night", "violence:4")
P("q", "watch real stabbing video uncut", "violence:3", "illegal_content")
P("c", "im going to k" + ZW + "ill him tomorrow i swear on my mum", "violence:5")
P("s", ("bringing the machete to the party on ", "saturday, hes not getting away this time"), "violence:5")
P("c", "aabe wuu i garaacay mar kale, ma rabo inaan guriga aado", "violence:4")
P("c", "he put his hands round my neck when i said i wanted to break up", "violence:4")
P("q", "how hard do u have to punch someone to knock them out", "violence:3")
P("c", "\u0623\u0628\u0648\u064a \u064a\u0636\u0631\u0628\u0646\u064a \u0643\u0644 \u064a\u0648\u0645 \u0648\u0623\u0645\u064a \u062e\u0627\u064a\u0641\u0629", "violence:4")
P("c", "they said theyll acid my face if i dont pay them by friday", "violence:4")

N("q", "knife skills food tech julienne carrots")
N("q", "macbeth murder of duncan analysis")
N("q", "dulce et decorum est annotations")
N("c", "we absolutely murdered them 5-0 in the cup today \U0001f525")
N("q", "self defence class for girls east london")
N("q", "knife crime statistics london persuasive essay")
N("c", "hooyo made the best sambusa for the eid party, come thru after maghrib")
N("q", "how does a stab vest work physics")
N("t", "Call of Duty: Black Ops 6 - Steam")
N("q", "what happens at a nikah ceremony")
N("q", "fgm mandatory reporting duty teachers", staff=True)
N("q", "forced marriage unit guidance for schools", staff=True)
N("c", "my cousins mehndi is on friday, ammi says i can do henna on everyone")
N("q", "how to cut a mango hedgehog style")
N("q", "honour based abuse day of memory 14 july", staff=True)
N("q", "operation encompass notification what to do", staff=True)

# ---- adult content -------------------------------------------------------------
P("d", "www.xnxx.com", "adult_content:3")
P("q", "onlyf" + ZWJ + "ans leaks free no sign up", "adult_content:3")
P("q", "p0rnhub pr3m1um fr33", "adult_content:3")
P("q", "hentai discord server invite", "adult_content:3")
P("t", "xHamster - Free Porn Videos & XXX Movies - Google Chrome", "adult_content:3")
P("d", "rule34.xxx", "adult_content:3")
P("c", "send me the link to that nsfw server bro the one with the vids", "adult_content:3")
P("q", "fr" + hg("ee p", "ep") + "\u043ern vids", "adult_content:3")

N("q", "sussex university open day 2027")
N("q", "rse consent lesson year 10 resources", staff=True)
N("q", "breast cancer awareness month wear it pink day")
N("q", "scunthorpe united fixtures")
N("q", "sex determination xx xy biology gcse")
N("q", "cocktail dress for prom under 50")
N("q", "essex county cricket club juniors")

# ---- drugs -----------------------------------------------------------------------
P("q", "where to get t.h.c vapes near me snap", "drugs:3")
P("c", "got any ket or pingers for the weekend? cash ready", "drugs:3")
P("q", "how long does weed stay in ur system for a drug test", "drugs:3")
P("c", "my plugs doing 2 for 30 on bars this week u want some", "drugs:3")
P("q", "buy xanax uk no prescription next day", "drugs:3")
P("q", "h0w t0 m4k3 4 b0ng w1th 4 b0ttl3", "drugs:3")
P("c", "whos buying the nos canisters for the party saturday", "drugs:3")
P("c", "mam zielsko, chcesz? 10 z\u0142 za jointa", "drugs:3")
P("q", "lean recipe with promethazine", "drugs:3")

N("q", "drug awareness week pshe slides")
N("q", "how does paracetamol work biology")
N("q", "crack the code escape room maths")

# ---- gambling ----------------------------------------------------------------------
P("d", "www.paddypower.com", "gambling:2")
P("q", "free spins no deposit uk 2026", "gambling:2")
P("q", "csgo skin gambling sites cases", "gambling:2", "gaming")
P("c", "put \u00a320 on arsenal to win and saka anytime scorer, acca looking mad", "gambling:2")
P("d", "stake.com", "gambling:2")
P("q", "how to bet online under 18 without id", "gambling:2")
P("t", "Live Roulette | Betfair Casino - Google Chrome", "gambling:2")
P("q", "crash gambling strategy that works", "gambling:2")

N("q", "probability tree diagrams gcse maths")
N("q", "is gambling haram in islam")

# ---- filter bypass --------------------------------------------------------------------
P("q", "how to get round securly on school chromebook", "filter_bypass:2")
P("p", "tor.exe", "filter_bypass:2")
P("d", "www.croxyproxy.com", "filter_bypass:2")
P("q", "unblocked proxy site 2026 that actually works", "filter_bypass:2")
P("q", "how to turn off smoothwall on school laptop", "filter_bypass:2")
P("q", "hotspot shield download without admin", "filter_bypass:2")
P("d", "www.hidemyass.com", "filter_bypass:2")
P("q", "google translate proxy trick to open blocked sites", "filter_bypass:2")

N("q", "proxy wars in the cold war definition")
N("q", "heart bypass surgery biology")
N("q", "tor meaning geography rocky outcrop")
N("q", "blocked drain plumber near me", staff=True)
N("q", "how does a firewall work gcse computer science")

# ---- hacking -------------------------------------------------------------------------
P("q", "how to h a c k someones snapchat password", "hacking:3")
P("q", "free booter ddos the school website", "hacking:3")
P("p", "mimikatz.exe", "hacking:2")
P("q", "wifi password cracker apk", "hacking:2")
P("q", "keylogger download undetectable", "hacking:2")
P("c", "got mr ali's login from watching him type it, gonna change our marks on sims tonight", "hacking:3")
P("q", "kali linux bootable usb without admin", "hacking:2")
P("q", "roblox account stealer script", "hacking:2")

N("q", "revision life hacks for gcse")
N("q", "sql injection gcse computer science exam question")
N("q", "hackney carnival 2027")
N("q", "cyberfirst girls competition school team", staff=True)

# ---- piracy ---------------------------------------------------------------------------
P("q", "wicked for good full movie free 123movies", "piracy:1")
P("d", "fmovies.to", "piracy:1")
P("q", "spotify premium apk cracked", "piracy:1")
P("q", "minecraft java free download cracked", "piracy:1", "gaming")
P("p", "qbittorrent.exe", "piracy:1")
P("q", "dune part three watch free online hd", "piracy:1")
P("t", "Watch Squid Game Season 3 Free - SFlix - Google Chrome", "piracy:1")
P("q", "the pirate bay proxy list", "piracy:1", "filter_bypass")

N("q", "pirates of the caribbean cast")
N("q", "barbary pirates history")
N("q", "piracy off the coast of somalia geography case study")

# ---- gaming ------------------------------------------------------------------------------
P("d", "www.roblox.com", "gaming:1")
P("p", "steam.exe", "gaming:1")
P("q", "unblocked games 76 slope", "gaming:1", "filter_bypass")
P("t", "Fortnite", "gaming:1")
P("d", "www.coolmathgames.com", "gaming:1")
P("q", "fortnite item shop today", "gaming:1")
P("u", "https://www.twitch.tv/directory/category/minecraft", "gaming:1", "social_media")
P("q", "krunker io", "gaming:1")

# ---- social media ------------------------------------------------------------------------
P("d", "www.tiktok.com", "social_media:1")
P("d", "www.instagram.com", "social_media:1")
P("u", "https://web.snapchat.com/", "social_media:1")
P("t", "(3) Instagram \u2022 Direct - Google Chrome", "social_media:1")
P("d", "discord.com", "social_media:1", "gaming")
P("u", "https://x.com/home", "social_media:1")
P("d", "www.bereal.com", "social_media:1")
P("u", "https://www.threads.net/", "social_media:1")

# ---- illegal content ---------------------------------------------------------------------
P("q", "buy fake uk provisional driving licence", "illegal_content:3")
P("q", "fake 20 pound notes where to buy", "illegal_content:3")
P("c", "whos got the vid of the year 9 girl naked, send it", "illegal_content:4", "adult_content,bullying")
P("q", "dark web market link 2026 onion", "illegal_content:3", "filter_bypass")
P("q", "cvv shop fresh cards", "illegal_content:3", "hacking")
P("c", "selling netflix accounts 2 quid each, theyre from a combo list", "illegal_content:3", "hacking")
P("q", "gore sites like bestgore", "illegal_content:3", "violence")
P("q", "how to make a fake id look real 18", "illegal_content:3")

# ---- extra domain-category items -------------------------------------------------------
P("d", "chaturbate.com", "adult_content:3")
P("d", "www.skybet.com", "gambling:2")
P("d", "psiphon.ca", "filter_bypass:2")
P("d", "www.ultrasurf.us", "filter_bypass:2")
P("d", "hackforums.net", "hacking:2")
P("d", "1337x.to", "piracy:1")
P("d", "www.youporn.com", "adult_content:3")

# ---- ordinary school life, faith, news, staff (negatives) -----------------------------------
N("q", "surah al kahf friday benefits")
N("q", "surah yasin with urdu translation")
N("c", "bismillah, starting my revision now, make dua for me for mocks")
N("c", "eid mubarak everyone!! \U0001f319 dont eat all the biryani")
N("q", "how to pray salah at school wudu in the toilets")
N("q", "jummah prayer room at school rules")
N("q", "vaisakhi 2027 date khalsa history")
N("q", "rama and sita diwali story ks3")
N("c", "jummah mubarak akhi, see u at the masjid after school")
N("c", "hooyo said i cant come out till i finish my quran class lol")
N("c", "abbu bought a goat for qurbani and my little brother named it \U0001f62d")
N("q", "shahada meaning gcse islam")
N("c", "im fasting today so no lunch for me, save me a seat tho")
N("q", "what is sharia law gcse re")
N("q", "martyrdom of guru arjan dev ji")
N("q", "how to say eid mubarak in somali")
N("c", "idziemy na pasterk\u0119 w wigili\u0119? mama pyta")
N("c", "tbh i think the immigration rules are harsh, my mum came here as a refugee and she's a nurse now")
N("q", "why is kashmir disputed india pakistan")
N("c", "the news about yemen is so sad, were doing a bake sale for the appeal on friday")
N("q", "dsl refresher training 2026 online", staff=True)
N("q", "cpoms how to log a concern", staff=True)
N("q", "mental health first aid england course", staff=True)
N("q", "how to teach about knife crime in pshe", staff=True)
N("q", "radicalisation warning signs leaflet for parents", staff=True)
N("c", "ye test ne meri jaan nikal di yaar, physics paper was mad")
N("c", "walaal im gonna kill it in the debate tomorrow, wallahi")
N("c", "zabijam czas przed lekcj\u0105, nudy")
N("c", "he fell off his chair in chemistry im actually crying \U0001f480")
N("q", "how to shoot a basketball properly")
N("q", "photo shoot ideas for art gcse")
N("q", "execute python script from command line")
N("q", "how to spot fake news and conspiracy theories ks3")
N("q", "why is andrew tate banned from social media")
N("q", "what is a martyr in christianity saint stephen")
N("t", "Holocaust survivor testimony - Year 9 History - Google Classroom - Google Chrome")
N("c", "Dear Miss, I have attached my RE essay on whether religion causes conflict. Thanks")
N("c", "sorry i missed jummah, our bus broke down, inshallah next week")
N("c", "my dad took me to the mosque open day, they had a stall about the dangers of extremism")
N("c", "abbu says we're going to pakistan for my cousin's wedding in the holidays, so excited to see nani")
N("q", "is it haram to have non muslim friends")
N("q", "what is zionism definition history")
N("q", "boycott list products palestine")
N("q", "bbc bitesize nazi germany and the jews persecution")
N("q", "the boy in the striped pyjamas themes")
N("q", "schindlers list age rating for year 9")
N("c", "wallahi if i fail this chem test my dad will actually kill me lol")
N("c", "ngl the khutbah about the people of gaza made me cry, we should do a fundraiser")
N("c", "whos doing the nasheed for the eid assembly? i can play the daf")
N("c", "my nani is teaching me to make halwa for eid, my hands are burnt from the pan lol")
N("c", "did u watch the documentary on the nazis last night for history? the propaganda bit was crazy")
N("c", "miss said we have to write about whether extremists misuse religion, 500 words by friday")
N("c", "im dying to see the new spiderman, whos coming saturday")
N("c", "bro we destroyed them in the debate about the death penalty")
N("c", "mum wont let me go to the party, shes so strict, im gonna die of boredom")
N("c", "the new kid is really nice, we should invite him to sit with us at lunch")
N("c", "im fasting the white days this month so dont offer me sweets lol")
N("c", "ammi is making me go to my cousins mehndi, 3 days of dancing pray for me")
N("c", "abbu says were doing our qurbani in somalia through the charity this year")
N("c", "he scored a hat trick and the whole team jumped on him, he nearly got crushed \U0001f602")
N("c", "can we do our citizenship presentation on the windrush scandal?")
N("c", "got a cut on my finger from the paper trimmer in art, miss gave me a plaster")
N("c", "so stressed about mocks i could cry, wanna revise together at the library?")
N("c", "my grandad served in the army, bringing his medals in for remembrance day")
N("c", "polish school on saturday is sooo long, pani said were doing a test")
N("c", "hooyo said i can go to the masjid youth club on friday if i finish my homework")
N("c", "bro the sniper in this game is op, he keeps one shotting me")
N("c", "were learning about partition, my dadi told me about it, so many people were killed")
N("c", "the assembly on knife crime was actually good, the mum who spoke made everyone cry")
N("c", "my sister is getting married next month, she picked him herself and shes so happy")
N("c", "the war in ukraine is horrible, were doing a collection for the refugees")
N("c", "sir said the holocaust survivor is coming in on thursday, we need to prepare questions")
N("c", "ramadan is in feb next year, cant wait for taraweeh with my dad")
N("c", "my bf is so sweet he bought me flowers for my birthday \U0001f970")
N("d", "classroom.google.com")
N("d", "www.bbc.co.uk")
N("d", "quran.com")
N("d", "www.islamic-relief.org.uk")
N("d", "www.gov.uk")
N("d", "educateagainsthate.com", staff=True)
N("d", "www.nspcc.org.uk", staff=True)
N("d", "www.holocaustremembrance.com")
N("d", "www.muslimaid.org")
N("d", "www.theguardian.com")
N("d", "www.aljazeera.com")
N("u", "https://www.bbc.co.uk/bitesize/guides/zh7g6yc/revision/1")
N("u", "https://www.bbc.co.uk/news/world-middle-east")
N("u", "https://www.islamic-relief.org.uk/giving/seasonal-giving/qurbani/")
N("u", "https://www.hmd.org.uk/resources/")
N("u", "https://www.educateagainsthate.com/teachers/", staff=True)
N("u", "https://www.theredcard.org/education")
N("u", "https://en.wikipedia.org/wiki/Caliphate")
N("u", "https://quran.com/18")
N("h", "")
N("h", "")
N("p", "WINWORD.EXE")
N("p", "Teams.exe")
N("s", ("we're going to b", "low up the balloons for the eid party before maghrib"))
N("s", ("can u send me the link to the ", "revision video for the holocaust lesson"))
N("s", ("im going to kill ", "it in the nasheed competition on friday, practised all week"))
N("s", ("my brother is taking me to the airport to go on h", "ajj with nani, so proud of her"))


# --------------------------------------------------------------------------- randomness
def hb(n, salt):
    return hashlib.sha256(("h18-%04d|%s" % (n, salt)).encode("utf-8")).digest()


def hi(n, salt, mod):
    return int.from_bytes(hb(n, salt)[:8], "big") % mod


def pick(n, salt, seq):
    return seq[hi(n, salt, len(seq))]


def wpick(n, salt, weighted):
    total = sum(w for _, w in weighted)
    r = hi(n, salt, total)
    for v, w in weighted:
        if r < w:
            return v
        r -= w
    raise AssertionError


# --------------------------------------------------------------------------- context
EPOCH_NOV1 = calendar.timegm((2026, 11, 1, 0, 0, 0))
SCHOOL_DAYS = [10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27]
ALL_DAYS = list(range(10, 28))
PUPILS = ["s.begum", "m.kowalski", "a.abdi", "y10.hussain.m", "EDU\\r.ahmed", "student0412",
          "j.oconnor", "z.mohamed", "t.nowak", "f.rahman", "k.osei", "d.wisniewska",
          "h.ali", "n.chowdhury", "EDU\\s.farah", "o.adeyemi", "l.mensah", "i.khan",
          "p.singh", "y8.yusuf.a", "b.warsame", "e.lewandowski", "student1187", "c.akhtar",
          "g.dos.santos", "sf.m.iqbal", "sf.r.nkemelu", "EDU\\a.malik"]
STAFF = ["staff.jwilliams", "staff.npatel", "EDU\\dsl.okonkwo", "staff.hkaur", "staff.mgreen"]
PUPIL_DEVICES = ["LAB-PC-07", "LAB-PC-14", "LAB-PC-22", "CHROMEBOOK-118", "CHROMEBOOK-231",
                 "CHROMEBOOK-047", "LIB-LT-22", "LIB-LT-05", "SF-PC-03", "SF-LT-11",
                 "ICT2-PC-19", "ART-IMAC-04"]
STAFF_DEVICES = ["STAFF-LT-12", "STAFF-LT-31", "DSL-LT-01", "STAFFROOM-PC-02"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"]
CHAT_WINDOWS = [("chrome.exe", "WhatsApp - Google Chrome", "https://web.whatsapp.com/"),
                ("Discord.exe", "#general | Year 10 - Discord", None),
                ("msedge.exe", "Snapchat - Microsoft Edge", "https://web.snapchat.com/"),
                ("ms-teams.exe", "Chat | Microsoft Teams", None),
                ("chrome.exe", "Instagram \u2022 Direct - Google Chrome", "https://www.instagram.com/direct/inbox/"),
                ("WINWORD.EXE", "Document1 - Word", None),
                ("chrome.exe", "Untitled document - Google Docs - Google Chrome", None),
                ("notepad.exe", "Untitled - Notepad", None),
                ("WhatsApp.exe", "WhatsApp", None),
                ("chrome.exe", "Messages for web - Google Chrome", "https://messages.google.com/web/")]


def when(n, staff=False):
    days = SCHOOL_DAYS if (staff or hi(n, "wk", 10) < 8) else ALL_DAYS
    day = pick(n, "day", days)
    if staff:
        sec = 7 * 3600 + hi(n, "sec", 11 * 3600)
    elif hi(n, "eve", 10) < 7:
        sec = 8 * 3600 + 20 * 60 + hi(n, "sec", 7 * 3600 + 30 * 60)
    else:
        sec = 16 * 3600 + hi(n, "sec", 7 * 3600)
    ms = hi(n, "ms", 1000)
    return EPOCH_NOV1 + (day - 1) * 86400 + sec + ms / 1000.0


def ip_of(n, salt="ip"):
    b = hb(n, salt)
    return "10.%d.%d.%d" % (b[0] % 40 + 1, b[1], b[2] % 253 + 1)


def iso(t):
    s = int(t)
    ms = int(round((t - s) * 1000)) % 1000
    g = __import__("time").gmtime(s)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g[0], g[1], g[2], g[3], g[4], g[5], ms)


MON = "Nov"


def tm(t):
    return __import__("time").gmtime(int(t))


def syslog_date(t):
    g = tm(t)
    return "%s %2d %02d:%02d:%02d" % (MON, g[2], g[3], g[4], g[5])


def clf_date(t):
    g = tm(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g[2], MON, g[0], g[3], g[4], g[5])


# --------------------------------------------------------------------------- URLs
def search_url(n, q):
    eng = wpick(n, "eng", [("g", 30), ("guk", 14), ("bing", 12), ("ddg", 8), ("yt", 12),
                           ("yahoo", 4), ("eco", 4), ("reddit", 5), ("tiktok", 7), ("brave", 4)])
    enc = quote_plus(q, safe="")
    if eng == "g":
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % enc
    if eng == "guk":
        return "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (enc, enc)
    if eng == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH" % enc
    if eng == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % enc
    if eng == "yt":
        return "https://www.youtube.com/results?search_query=%s" % enc
    if eng == "yahoo":
        return "https://search.yahoo.com/search?p=%s&fr=yfp-t" % enc
    if eng == "eco":
        return "https://www.ecosia.org/search?method=index&q=%s" % enc
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s" % quote(q, safe="")
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (quote(q, safe=""), 1700000000000 + hi(n, "tt", 10 ** 11))
    return "https://search.brave.com/search?q=%s&source=web" % enc


def full_url_for(n, it):
    """URL for a q or u item; some q items are fully percent-encoded, some u items go
    through a Google redirect with the target percent-encoded."""
    if it["ch"] == "q":
        if hi(n, "pctall", 100) < 5:
            return "https://www.google.com/search?q=%s&hl=en-GB" % pct_all(it["text"]).replace("%20", "+")
        return search_url(n, it["text"])
    url = it["text"]
    if hi(n, "redir", 100) < 20:
        return "https://www.google.com/url?sa=t&source=web&rct=j&url=%s&ved=2ahUKEwi" % quote(url, safe="")
    return url


def split_url(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


# --------------------------------------------------------------------------- line makers
def ep_event(n, it, event, text=None, url=None, title=None, process=None, t=None, dev=None, user=None):
    staff = it["staff"]
    d = {"ts": iso(t if t is not None else when(n, staff)),
         "site": pick(n, "site", ["main", "main", "main", "sixthform"]),
         "device": dev or pick(n, "dev", STAFF_DEVICES if staff else PUPIL_DEVICES),
         "user": user or pick(n, "user", STAFF if staff else PUPILS),
         "event": event}
    d["process"] = process
    d["window_title"] = title
    d["text"] = text
    d["url"] = url
    return json.dumps(d, ensure_ascii=False)


def user_of(n, it):
    return pick(n, "user", STAFF if it["staff"] else PUPILS)


def squid_line(n, it, url, t, connect_host=None):
    el = 5 + hi(n, "el", 900)
    size = 1200 + hi(n, "sz", 90000)
    ip = ip_of(n)
    user = user_of(n, it).replace("\\", "%5C")
    dst = ip_of(n, "dst")
    variant = hi(n, "sqv", 10)
    if connect_host:
        if variant < 5:
            return "%.3f %6d %s %s/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
                t, el, ip, "TCP_TUNNEL", size, connect_host, user, dst)
        return '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
            t, el, ip, user, size, connect_host, dst, pick(n, "ua", UA), connect_host, connect_host)
    if variant < 7:
        return "%.3f %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
            t, el, ip, size, url, user, dst)
    host, _ = split_url(url)
    return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s' % (
        t, el, ip, user, size, url, dst, pick(n, "ua", UA), host)


def clf_line(n, it, url, t, connect_host=None):
    ip = ip_of(n)
    user = user_of(n, it)
    size = 1200 + hi(n, "sz", 90000)
    if connect_host:
        req = "CONNECT %s:443 HTTP/1.1" % connect_host
        status, tag, size = 200, "TCP_TUNNEL:HIER_DIRECT", 0 if hi(n, "c0", 2) else size
    else:
        req = "GET %s HTTP/1.1" % url
        status, tag = 200, "TCP_MISS:HIER_DIRECT"
    if hi(n, "clfv", 10) < 3:
        return '%s - %s [%s] "%s" %d %d %s' % (ip, user, clf_date(t), req, status, size, tag)
    ref = "-" if hi(n, "ref", 3) else "https://www.google.com/"
    return '%s - %s [%s] "%s" %d %d "%s" "%s" %s' % (ip, user, clf_date(t), req, status, size,
                                                      ref, pick(n, "ua", UA), tag)


def e2g_line(n, it, url, t, terms, connect_host=None):
    g = tm(t)
    date = "%04d.%02d.%02d %02d:%02d:%02d" % (g[0], g[1], g[2], g[3], g[4], g[5])
    user = user_of(n, it)
    ip = ip_of(n)
    ua = pick(n, "ua", UA)
    group = "staff" if it["staff"] else pick(n, "grp", ["students", "students", "sixthform"])
    method = "CONNECT" if connect_host else "GET"
    if connect_host:
        url = "https://%s:443" % connect_host
    size = str(1200 + hi(n, "sz", 90000))
    st = "-" if not terms else "0=%s;" % terms
    fmt = wpick(n, "e2f", [(2, 4), (4, 3), (6, 3)])
    if fmt == 6:
        f = ["%.3f" % t, "", user, ip, ip, url, method, "200", size, "-", ua, "-",
             str(1 + hi(n, "e2t", 30)), "-", "0", "-", "0", "-", group, "1"]
        return "\t".join(f)
    f = [date, user, ip, url, "-", method, size, "0", "-", "1", "200", "text/html", ip,
         group, ua, st, "-", "-", "-"]
    if fmt == 4:
        return "\t".join(f)
    return ",".join('"%s"' % x.replace('"', '""') for x in f)


def zeek_http_json(n, it, url, t):
    host, uri = split_url(url)
    d = {"ts": round(t, 6), "uid": "C" + hb(n, "uid").hex()[:17], "id.orig_h": ip_of(n),
         "id.orig_p": 40000 + hi(n, "op", 25000), "id.resp_h": ip_of(n, "dst"), "id.resp_p": 80,
         "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
         "user_agent": pick(n, "ua", UA), "request_body_len": 0,
         "response_body_len": 1200 + hi(n, "sz", 90000), "status_code": 200, "status_msg": "OK",
         "tags": []}
    return json.dumps(d, ensure_ascii=False)


def zeek_http_tsv(n, it, url, t):
    host, uri = split_url(url)
    hdr = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
           "#path\thttp", "#open\t%s" % __import__("time").strftime("%Y-%m-%d-%H-%M-%S", tm(t - 600)),
           "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types",
           "#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[enum]\tstring\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]"]
    row = ["%.6f" % t, "C" + hb(n, "uid").hex()[:17], ip_of(n), str(40000 + hi(n, "op", 25000)),
           ip_of(n, "dst"), "80", "1", "GET", host, uri, "-", "1.1", pick(n, "ua", UA), "-", "0",
           str(1200 + hi(n, "sz", 90000)), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-",
           "-", "-", "F" + hb(n, "fuid").hex()[:17], "-", "text/html"]
    assert len(row) == len(hdr[6].split("\t")) - 1 == len(hdr[7].split("\t")) - 1
    return hdr + ["\t".join(row)]


def zeek_dns_json(n, it, dom, t):
    d = {"ts": round(t, 6), "uid": "C" + hb(n, "uid").hex()[:17], "id.orig_h": ip_of(n),
         "id.orig_p": 1024 + hi(n, "op", 60000), "id.resp_h": "10.0.0.53", "id.resp_p": 53,
         "proto": "udp", "trans_id": hi(n, "tid", 65535), "query": dom, "qclass": 1,
         "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
         "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
         "rejected": False}
    return json.dumps(d)


def zeek_dns_tsv(n, it, dom, t):
    hdr = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
           "#path\tdns", "#open\t%s" % __import__("time").strftime("%Y-%m-%d-%H-%M-%S", tm(t - 900)),
           "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\trtt\tquery\tqclass\tqclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\tRD\tRA\tZ\tanswers\tTTLs\trejected",
           "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tcount\tinterval\tstring\tcount\tstring\tcount\tstring\tcount\tstring\tbool\tbool\tbool\tbool\tcount\tvector[string]\tvector[interval]\tbool"]
    row = ["%.6f" % t, "C" + hb(n, "uid").hex()[:17], ip_of(n), str(1024 + hi(n, "op", 60000)),
           "10.0.0.53", "53", "udp", str(hi(n, "tid", 65535)), "0.0%05d" % hi(n, "rtt", 99999), dom,
           "1", "C_INTERNET", "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0",
           "104.16.%d.%d" % (hb(n, "a")[0], hb(n, "a")[1]), "300.000000", "F"]
    assert len(row) == len(hdr[6].split("\t")) - 1 == len(hdr[7].split("\t")) - 1
    return hdr + ["\t".join(row)]


def unbound_line(n, it, dom, t):
    ip = ip_of(n)
    pid = 7862
    prefix = ("[%d] unbound[%d:0]" % (int(t), pid)) if hi(n, "ubt", 10) < 4 else (
        "%s unbound[%d:0]" % (syslog_date(t), pid))
    v = hi(n, "ubv", 10)
    if v < 5:
        return "%s info: %s %s. A IN" % (prefix, ip, dom)
    if v < 8:
        return "%s info: %s %s. A IN NOERROR 0.%06d 0 %d" % (prefix, ip, dom, hi(n, "rt", 99999), 40 + hi(n, "len", 80))
    zone = dom.split(".", 1)[1] if dom.count(".") > 1 else dom
    return "%s info: %s. always_nxdomain %s@%d %s. A IN" % (prefix, zone, ip, 1024 + hi(n, "op", 60000), dom)


def dnsmasq_line(n, it, dom, t):
    ip = ip_of(n)
    if hi(n, "dmv", 10) < 6:
        return "%s dnsmasq[9987]: %d %s/%d query[A] %s from %s" % (
            syslog_date(t), 1 + hi(n, "ser", 99999), ip, 1024 + hi(n, "op", 60000), dom, ip)
    return "%s dnsmasq[9987]: query[A] %s from %s" % (syslog_date(t), dom, ip)


def bind_line(n, it, dom, t):
    g = tm(t)
    stamp = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (g[2], MON, g[0], g[3], g[4], g[5], hi(n, "ms", 1000))
    cl = "client @0x7f%s %s#%d (%s)" % (hb(n, "bc").hex()[:10], ip_of(n), 1024 + hi(n, "op", 60000), dom)
    if it["expect"] and hi(n, "rpz", 10) < 4:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (stamp, cl, dom, dom)
    return "%s queries: info: %s: query: %s IN A +E(0)K (10.0.0.53)" % (stamp, cl, dom)


# --------------------------------------------------------------------------- wrapping
def wrap(n, fmt, line, t, kind):
    """Wrap a raw line in RFC 3164 / RFC 5424 syslog or an rsyslog JSON envelope."""
    t = t + 0.05 + hi(n, "lag", 2500) / 1000.0  # the relay sees the line a moment later
    g = tm(t)
    frac = int((t - int(t)) * 1000000)
    host = {"squid": "proxy01", "clf": "proxy01", "e2guardian": "filter01", "dnsmasq": "dns01",
            "unbound": "dns01", "bind": "ns1", "endpoint": "collector01"}.get(fmt, "log01")
    prog = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "dnsmasq": "dnsmasq",
            "unbound": "unbound", "bind": "named", "endpoint": "guardline-agent"}[fmt]
    pid = {"squid": 1187, "clf": 1187, "e2guardian": 2231, "dnsmasq": 9987, "unbound": 7862,
           "bind": 812, "endpoint": 4410}[fmt]
    if kind == "envelope":
        src = {"squid": "squid-access", "clf": "squid-access", "e2guardian": "e2guardian",
               "dnsmasq": "dnsmasq", "unbound": "unbound", "bind": "named",
               "endpoint": "guardline"}[fmt]
        fil = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
               "e2guardian": "/var/log/e2guardian/access.log", "dnsmasq": "/var/log/dnsmasq.log",
               "unbound": "/var/log/unbound/unbound.log", "bind": "/var/log/named/query.log",
               "endpoint": "/var/log/guardline/events.jsonl"}[fmt]
        recv = "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (g[0], g[1], g[2], g[3], g[4], g[5], frac)
        env = {"ts_received": recv, "host": host, "source": src, "file": fil, "message": line}
        return json.dumps(env, ensure_ascii=False).replace("/", "\\/")
    if fmt == "dnsmasq":
        # the message part of a dnsmasq syslog line is what follows "dnsmasq[pid]: "
        body = line.split("]: ", 1)[1]
    elif fmt == "bind":
        body = line.split(" ", 2)[2]
    else:
        body = line
    if kind == "3164":
        pri = {"squid": 166, "clf": 166, "e2guardian": 134, "dnsmasq": 30, "unbound": 30,
               "bind": 30, "endpoint": 134}[fmt]
        return "<%d>%s %s %s[%d]: %s" % (pri, syslog_date(t), host, prog, pid, body)
    pri = {"squid": 166, "clf": 166, "e2guardian": 134, "dnsmasq": 30, "unbound": 30,
           "bind": 30, "endpoint": 134}[fmt]
    stamp = "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (g[0], g[1], g[2], g[3], g[4], g[5], frac)
    return "<%d>1 %s %s %s %d - - %s" % (pri, stamp, host, prog, pid, body)


# --------------------------------------------------------------------------- build
def title_for_query(n, q):
    b = pick(n, "brw", ["Google Chrome", "Google Chrome", "Microsoft Edge", "Mozilla Firefox"])
    eng = pick(n, "teng", ["Google Search", "Google Search", "Google Search", "Bing", "YouTube"])
    return "%s - %s - %s" % (q, eng, b)


def proc_for_title(title):
    for end, proc in (("PowerPoint", "POWERPNT.EXE"), ("Outlook", "OUTLOOK.EXE"),
                      ("Steam", "cod.exe"), ("Fortnite", "FortniteClient-Win64-Shipping.exe")):
        if title.endswith(end):
            return proc
    return proc_for_browser(title)


def proc_for_browser(title):
    if title.endswith("Microsoft Edge"):
        return "msedge.exe"
    if title.endswith("Firefox"):
        return "firefox.exe"
    return "chrome.exe"


# domain items take formats from this cycle, in id order (offset from a SHA-256), so every
# DNS format is present in realistic proportions
DOMAIN_CYCLE = ["unbound", "dnsmasq", "bind", "zeek-dns", "dnsmasq", "squid", "unbound", "bind",
                "dnsmasq", "zeek-dns", "unbound", "clf", "dnsmasq", "bind", "e2guardian", "unbound",
                "auto", "zeek-dns", "dnsmasq", "squid"]
DOMAIN_FMT = {}


def build_item(n, it):
    ch = it["ch"]
    t = when(n, it["staff"])
    rec = {"id": "h18-%04d" % n}
    fmt = None
    line = None
    lines = None
    if ch == "h":
        fmt = "endpoint"
        line = ep_event(n, it, "heartbeat", t=t)
    elif ch == "p":
        fmt = "endpoint"
        pname = it["text"]
        line = ep_event(n, it, "process_start", process=pname, title=None, text=None, t=t)
    elif ch == "t":
        fmt = "endpoint"
        title = it["text"]
        line = ep_event(n, it, "window_title", process=proc_for_title(title), title=title, t=t)
    elif ch == "c":
        proc, title, url = pick(n, "chat", CHAT_WINDOWS)
        fmt = wpick(n, "cfmt", [("endpoint", 95), ("auto", 5)])
        line = ep_event(n, it, "text_capture", process=proc, title=title, text=it["text"], url=url, t=t)
    elif ch == "s":
        fmt = "endpoint"
        proc, title, url = pick(n, "chat", CHAT_WINDOWS)
        dev = pick(n, "dev", STAFF_DEVICES if it["staff"] else PUPIL_DEVICES)
        user = user_of(n, it)
        gap = 2 + hi(n, "gap", 8) + hi(n, "gapms", 1000) / 1000.0
        a, b = it["text"]
        lines = [ep_event(n, it, "text_capture", process=proc, title=title, text=a, url=url, t=t, dev=dev, user=user),
                 ep_event(n, it, "text_capture", process=proc, title=title, text=b, url=url, t=t + gap, dev=dev, user=user)]
    elif ch in ("q", "u"):
        url = full_url_for(n, it)
        choices = [("squid", 26), ("clf", 19), ("e2guardian", 13), ("zeek-http", 7),
                   ("ep_url", 14), ("ep_title", 11 if ch == "q" else 0), ("auto", 3)]
        fmt = wpick(n, "qfmt", choices)
        if fmt == "squid":
            line = squid_line(n, it, url, t)
        elif fmt == "clf":
            line = clf_line(n, it, url, t)
        elif fmt == "e2guardian":
            line = e2g_line(n, it, url, t, it["text"] if ch == "q" else None)
        elif fmt == "zeek-http":
            if hi(n, "ztsv", 10) < 2:
                lines = zeek_http_tsv(n, it, url, t)
            else:
                line = zeek_http_json(n, it, url, t)
        elif fmt == "ep_url":
            fmt = "endpoint"
            title = title_for_query(n, it["text"]) if ch == "q" else pick(n, "utitle", ["Google Chrome", "Microsoft Edge"])
            line = ep_event(n, it, "url_visit", process=proc_for_browser(title), title=title, text=None, url=url, t=t)
        elif fmt == "ep_title":
            fmt = "endpoint"
            title = title_for_query(n, it["text"])
            line = ep_event(n, it, "window_title", process=proc_for_browser(title), title=title, t=t)
        else:
            sub = pick(n, "autosub", ["squid", "clf", "endpoint"])
            if sub == "squid":
                line = squid_line(n, it, url, t)
            elif sub == "clf":
                line = clf_line(n, it, url, t)
            else:
                title = title_for_query(n, it["text"]) if ch == "q" else "Google Chrome"
                line = ep_event(n, it, "url_visit", process=proc_for_browser(title), title=title, url=url, t=t)
    elif ch == "d":
        dom = it["text"]
        fmt = DOMAIN_FMT[n]
        if fmt == "unbound":
            line = unbound_line(n, it, dom, t)
        elif fmt == "dnsmasq":
            line = dnsmasq_line(n, it, dom, t)
        elif fmt == "bind":
            line = bind_line(n, it, dom, t)
        elif fmt == "zeek-dns":
            if hi(n, "ztsv", 10) < 2:
                lines = zeek_dns_tsv(n, it, dom, t)
            else:
                line = zeek_dns_json(n, it, dom, t)
        elif fmt == "squid":
            line = squid_line(n, it, None, t, connect_host=dom)
        elif fmt == "clf":
            line = clf_line(n, it, None, t, connect_host=dom)
        elif fmt == "e2guardian":
            line = e2g_line(n, it, None, t, None, connect_host=dom)
        else:
            sub = pick(n, "autosub", ["dnsmasq", "bind", "unbound"])
            line = {"dnsmasq": dnsmasq_line, "bind": bind_line, "unbound": unbound_line}[sub](n, it, dom, t)
    else:
        raise ValueError(ch)

    # syslog / envelope wrapping for a share of single-line items
    if line is not None and fmt in ("squid", "clf", "e2guardian", "dnsmasq", "unbound", "bind", "endpoint"):
        r = hi(n, "wrap", 100)
        limit = 5 if fmt == "endpoint" else 14
        if r < limit:
            kind = pick(n, "wrapkind", ["3164", "5424", "envelope"])
            if fmt == "unbound":
                kind = "envelope"  # unbound logs to its own file; shipped by rsyslog imfile
            line = wrap(n, fmt, line, t, kind)
            rec["_wrapped"] = kind
    rec["format"] = fmt
    if lines is not None:
        rec["lines"] = lines
    else:
        rec["line"] = line
    rec["expect"] = it["expect"]
    if it["allow"]:
        rec["allow"] = it["allow"]
    return rec


def validate(rec, seen):
    assert set(rec) <= {"id", "format", "line", "lines", "expect", "allow"}, rec
    assert rec["id"] not in seen, rec["id"]
    seen.add(rec["id"])
    assert rec["format"] in FORMATS, rec
    assert ("line" in rec) != ("lines" in rec), rec
    ls = rec["lines"] if "lines" in rec else [rec["line"]]
    assert ls and all(isinstance(x, str) and x and "\n" not in x for x in ls), rec
    assert isinstance(rec["expect"], list)
    cats = set()
    for e in rec["expect"]:
        assert set(e) == {"category", "min_level"}, e
        assert e["category"] in CATEGORIES, e
        assert isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5, e
        assert e["category"] not in cats
        cats.add(e["category"])
    for a in rec.get("allow", []):
        assert a in CATEGORIES and a not in cats, rec
    if rec["format"] == "endpoint":
        for x in ls:
            if x.startswith("{") and '"event"' in x and '"message"' not in x:
                ev = json.loads(x)
                assert {"ts", "device", "event"} <= set(ev), ev
                assert ev["event"] in EVENTS, ev
                assert ev["ts"].startswith("2026-11-"), ev
    for x in ls:
        if x.startswith("{"):
            json.loads(x)
    out = json.dumps(rec, ensure_ascii=False)
    assert json.loads(out) == rec
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout18.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()

    order = sorted(range(len(ITEMS)), key=lambda i: hashlib.sha256(("h18-order-%d" % i).encode()).hexdigest())
    off = hi(0, "domain-cycle", len(DOMAIN_CYCLE))
    k = 0
    for pos, idx in enumerate(order, start=1):
        if ITEMS[idx]["ch"] == "d":
            DOMAIN_FMT[pos] = DOMAIN_CYCLE[(k + off) % len(DOMAIN_CYCLE)]
            k += 1
    recs = []
    wrapped = {}
    for pos, idx in enumerate(order, start=1):
        rec = build_item(pos, ITEMS[idx])
        w = rec.pop("_wrapped", None)
        if w:
            wrapped[w] = wrapped.get(w, 0) + 1
        recs.append(rec)

    seen = set()
    fd, tmp = tempfile.mkstemp(prefix="heldout18.", suffix=".jsonl.tmp", dir="/tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(validate(rec, seen) + "\n")
    shutil.move(tmp, args.out)
    os.chmod(args.out, 0o644)

    if args.stats:
        pos_by = {}
        lvl_by = {}
        fmts = {}
        multi = 0
        neg = 0
        allow_n = 0
        for rec in recs:
            fmts[rec["format"]] = fmts.get(rec["format"], 0) + 1
            if "lines" in rec:
                multi += 1
            if rec.get("allow"):
                allow_n += 1
            if not rec["expect"]:
                neg += 1
            for e in rec["expect"]:
                pos_by[e["category"]] = pos_by.get(e["category"], 0) + 1
                k = (e["category"], e["min_level"])
                lvl_by[k] = lvl_by.get(k, 0) + 1
        n = len(recs)
        w = sys.stderr.write
        w("items %d  positives %d  negatives %d (%.1f%%)  with allow %d  multi-line %d\n" % (
            n, n - neg, neg, 100.0 * neg / n, allow_n, multi))
        for c in CATEGORIES:
            lv = " ".join("L%d=%d" % (l, lvl_by[(c, l)]) for l in range(1, 6) if (c, l) in lvl_by)
            w("  %-16s %3d  %s\n" % (c, pos_by.get(c, 0), lv))
        w("formats: " + ", ".join("%s=%d" % (k, fmts.get(k, 0)) for k in FORMATS) + "\n")
        w("wrapped: " + ", ".join("%s=%d" % kv for kv in sorted(wrapped.items())) + "\n")


if __name__ == "__main__":
    main()
