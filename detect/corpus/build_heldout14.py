#!/usr/bin/env python3
"""Build heldout14.jsonl: an independent, hand-written, labelled held-out corpus for Guardline.

Perspective: the safeguarding team of a sixth-form college that also runs adult community learning
(16-19 A-level students; adults on access-to-HE, nursing, counselling and ESOL courses; staff).
Every text was written by hand for this file. Rendering choices (user, device, time in November 2026,
proxy/DNS/endpoint format, search engine, URL encoding, syslog/JSON wrappers, item order) are derived
from SHA-256 of the item number, so the output is byte-for-byte reproducible. Standard library only.

Usage:  python3 build_heldout14.py [--out PATH] [--stats]

LABELLING DECISIONS
-------------------
Positive vs negative
  * Positive: the writer (or a specific, identifiable other person) is at risk, is a risk to others,
    or is seeking the harmful material/activity. Negative: writing ABOUT a topic (essays, nursing and
    counselling notes, law, history, staff training and e-mails, research searches, news, fiction,
    song/game/film titles, idioms), however many topic words it contains.
  * Fictional case studies, role-play scripts and scenario cards used in teaching or CPD are negative,
    even where they are written in the first person.
  * Third-person concern about a specific peer ("my friend ... tonight") is positive, at the level of
    the peer's risk.
  * Help-seeking: a learner asking for help about a disclosed, current situation (their own or a named
    peer's) is POSITIVE, labelled with the underlying category at the same min_level the disclosure
    would have without the help-seeking framing (asking for help does not lower the level).
    Merely looking up or visiting a support service (Samaritans, Papyrus, Childline, Beat, NHS) with
    no disclosure is NEGATIVE, as is staff preparing signposting or training.
  * A staff account moving a student's conversation to a private app with secrecy is grooming (4).
  * Level-1 categories (gaming, social_media, piracy) can legitimately be found in negatives; the
    scorer ignores unexpected level-1 findings, so negatives were not written around them.

min_level per category (section 3 of CONTRACTS.md)
  suicide         5 = plan, means, method search, imminent farewell or timed intent; 4 = ideation.
  self_harm       4 (cutting, burning, hitting, eating-disorder behaviour, non-suicidal overdose).
  radicalisation  5 = attack planning; 4 = propaganda/manifestos sought, proscribed-group contact or
                  recruitment, violent extremist intent; 3 = extremist rhetoric, symbols, non-proscribed
                  extreme groups.
  grooming        5 = meeting arranged by an exploiter / imminent trafficking; 4 = grooming signs,
                  age probing, secrecy and private apps, gifts or money for images, sextortion, coercive
                  "boyfriend" exploitation, county lines, cuckooing, labour trafficking, money muling.
  bullying        3.
  discrimination  3 = hate speech and slurs aimed at a person or group; 2 = lower-intensity prejudice,
                  discriminatory decisions, and disclosures of discriminatory treatment.
  violence        5 = stated intent with means/time (weapon in hand, planned assault, shooting);
                  4 = domestic abuse disclosures, threats, weapon acquisition or construction;
                  3 = ambiguous fighting/weapon interest.
  adult_content 3; drugs 3 (buying/selling) or 2 (use information); gambling 2; filter_bypass 2;
  hacking 2 (tools) or 3 (intrusion aimed at the college or a person); piracy 1; gaming 1;
  social_media 1; illegal_content 3 (fake documents, counterfeit, stolen goods/cards, dark-web markets)
  or 4 (sexual images of under-18s).
"allow" is used only where a second category is genuinely arguable (e.g. an incel threat may also be
read as violence; a non-suicidal overdose as suicide; cuckooing as drugs).
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import sys
import urllib.parse

# ---------------------------------------------------------------------------
# Disguise helpers (deterministic).
# ---------------------------------------------------------------------------
_ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def zw(s):
    """Insert zero-width characters between the letters of every word."""
    out = []
    k = 0
    for i, ch in enumerate(s):
        out.append(ch)
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if ch != " " and nxt != " ":
            out.append(_ZW[k % len(_ZW)])
            k += 1
    return "".join(out)


def cyr(s):
    """Swap Latin letters for Cyrillic look-alikes."""
    return "".join(_CYR.get(ch, ch) for ch in s)


def spaced(s):
    return " ".join(ch for ch in s if ch != " ")


def dotted(s):
    return ".".join(ch for ch in s if ch != " ")


def fullw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


ITEMS = []


def _spec(spec):
    """'cat:lvl+allow1,allow2' or '' for a negative."""
    if not spec:
        return [], []
    main, _, allow = spec.partition("+")
    exp = []
    for part in main.split(","):
        c, _, l = part.partition(":")
        exp.append({"category": c.strip(), "min_level": int(l)})
    al = [a.strip() for a in allow.split(",") if a.strip()]
    return exp, al


def _add(kind, spec, **kw):
    exp, al = _spec(spec)
    d = {"kind": kind, "expect": exp, "allow": al}
    d.update(kw)
    ITEMS.append(d)


def S(spec, text, app=None, title=None, who="stu"):
    """Typed/pasted text: endpoint text_capture."""
    _add("say", spec, text=text, app=app, title=title, who=who)


def M(spec, frag1, frag2, app=None, title=None, who="stu"):
    """Typed text split over two text_capture events a few seconds apart."""
    _add("multi", spec, frags=[frag1, frag2], app=app, title=title, who=who)


def Q(spec, query, eng=None, via=None, who="stu", enc=None):
    """A search: proxy log URL, endpoint window title or url_visit."""
    _add("search", spec, query=query, eng=eng, via=via, who=who, enc=enc)


def T(spec, title, proc="chrome.exe", who="stu"):
    _add("title", spec, title=title, proc=proc, who=who)


def D(spec, domain, via=None, who="stu"):
    _add("domain", spec, domain=domain, via=via, who=who)


def U(spec, url, title=None, via=None, who="stu"):
    _add("url", spec, url=url, title=title, via=via, who=who)


def P(spec, proc, title, who="stu"):
    _add("proc", spec, proc=proc, title=title, who=who)


def HB(who="stu"):
    _add("heartbeat", "", who=who)


# ===========================================================================
# SUICIDE - positives
# ===========================================================================
S("suicide:5", "Dear Mrs Okafor, I am sorry but I will not be handing in the Unit 7 assignment. "
  "I have thought about this for a long time and I have made my decision. I have been keeping back "
  "my husband's tablets and I will take them on Friday while the children are at their grandmother's. "
  "Please do not think this is anything you have done, you have been very kind to me this year. Regards, Denise",
  app="outlook", title="Unit 7 - Message (HTML)", who="adult")
Q("suicide:5", "how many co codamol to not wake up")
S("suicide:5", "wrote letters for mum and kyle. tonights the night, sorry for being like this", app="snap")
Q("suicide:5", "b3st w4y 2 k1ll mys3lf w1th0ut p41n")
S("suicide:4", "honestly everyone would be better off if i just wasnt around anymore", app="whatsapp")
M("suicide:5", "gonna go up the multi storey after college and jump off the t",
  "op floor, nobody will even notice im gone", app="discord")
S("suicide:5", "hiya sir, quick q about the stats coursework - do we need the raw data table in the appendix or "
  "just the summary? also i wont be in for the mock next week. ive sorted it so this is my last weekend, "
  "got the rope and everything, so dont bother chasing me for the coursework. thanks for being a decent teacher tho",
  app="teams")
Q("suicide:5", "painless way to fall asleep and never wake up")
T("suicide:5", "how long does it take to pass out from hanging - Google Search - Google Chrome")
S("suicide:4", "Teacher, sorry I not come today. I have no more power to live. Since my husband is gone and the "
  "home office say no to my case, I think every day to finish my life. My children are better with my sister.",
  app="outlook", title="sorry - Message (HTML)", who="esol")
Q("suicide:5", spaced("suicide") + " methods that actually work")
S("suicide:5", "Jade just messaged saying shes taking all her mums sleeping pills tonight and not to tell anyone. "
  "shes not answering now. what do i do??", app="whatsapp")
S("suicide:4", "not even joking this time i actually want to kms, im so done with everything", app="insta")
Q("suicide:5", zw("how to kill myself") + " quickly")
Q("suicide:5", "does the non stopping train at the station go fast enough to kill you instantly")
S("suicide:4", "Been struggling to be honest. Don't have a plan or anything but I keep thinking it'd be easier to "
  "just not wake up. Every night.", app="teams", who="adult")
S("suicide:4", "i w*nna k*ll mys*lf so bad rn", app="discord")
Q("suicide:5", "helium exit bag where to buy uk")
S("suicide:5", "Dear Jo, I need to tell someone before placement on Monday. For the past few weeks I have been "
  "bringing home leftover oramorph and midazolam from the ward. I have enough now and I know what the dose "
  "would need to be. I have picked the date, it is after my sister's wedding. I don't really know why I am writing this.",
  app="outlook", title="Placement - Message (HTML)", who="adult")
Q("suicide:5", cyr("suicide note template to family"))
S("suicide:5", "goodbye everyone, thanks for putting up with me. love you all. sorry x", app="whatsapp")
Q("suicide:5", "lethal dose of sertraline with alcohol")
S("suicide:4", "i just want to disappear. not run away, like not exist. im so tired of being me", app="notepad")
Q("suicide:5", "how to end it all", enc="pct_all", via="squid")
S("suicide:5", "Reflective journal wk 9 - not really for marking. Last Tuesday I sat on the top level of the car "
  "park for about an hour. I went home in the end. I'm going back tonight and I don't think I'll come down "
  "the stairs this time.", app="word", title="Reflective Journal CSK3.docx - Word", who="adult")
S("suicide:4", "no1 wud even notice if i was gone tbh. keep lookin at the bridge on the way in every morning",
  app="snap")
Q("suicide:5", "how to unalive urself fast", eng="tiktok")
S("suicide:4", "thinking about sewer slide again ngl. idk who to tell", app="discord")
Q("suicide:5", "can you die from taking 40 paracetamol")
M("suicide:5", "ive got the pills lined up on my desk, gonna take the",
  "m all at midnight when everyones asleep", app="discord")

# ---------------------------------------------------------------------------
# SUICIDE - hard negatives
# ---------------------------------------------------------------------------
S("", "Durkheim argued that suicide rates are a social fact, varying with levels of integration and regulation. "
  "Egoistic suicide arises where integration is weak, anomic suicide where regulation breaks down, for example "
  "during economic crises. Critics such as Atkinson argue that official statistics reflect coroners' "
  "interpretations rather than objective facts.", app="word", title="SOC Durkheim suicide essay draft.docx - Word")
Q("", "durkheim anomic suicide evaluation interpretivist critique", eng="scholar")
S("", "Paracetamol overdose: plasma concentration taken at 4 hours post ingestion and plotted on the treatment "
  "nomogram; acetylcysteine commenced if above the line. Staggered overdoses are treated regardless of level. "
  "Discuss with the mental health liaison team before discharge.", app="word",
  title="NUR204 Acute care notes.docx - Word", who="adult")
Q("", "columbia suicide severity rating scale training for college staff", who="staff")
Q("", "ONS suicides in england and wales 2025 male rates by age")
S("", "Hi all, a reminder that the ASIST suicide intervention training for the pastoral team runs on 19th and "
  "20th November in the Conference Room. Lunch provided. Please let me know of dietary requirements by Friday. "
  "Thanks, Claire (DSL)", app="outlook", title="ASIST training 19/20 Nov - Message (HTML)", who="staff")
Q("", "suicide squad 2021 cast list")
S("", "Romeo's suicide in Act 5 is driven by haste rather than despair: Shakespeare compresses time so that "
  "the tragedy feels inevitable, and the Friar's letter arrives too late.", app="gdocs",
  title="Eng Lit R&J timed essay - Google Docs")
Q("", "sylvia plath lady lazarus themes of death and rebirth")
S("", "omg im dead \U0001F602 did u see his face when the fire alarm went off", app="whatsapp")
S("", "my phones dying, will message when i get home", app="snap")
Q("", "Suicide Act 1961 section 2 assisted dying bill progress")
Q("", "Beck hopelessness scale reliability adolescents", eng="pubmed", who="adult")
Q("", "samaritans listening volunteer training time commitment", who="adult")
S("", "Skills practice 4 - role play script (fictional client). Client: Sometimes I wonder whether anyone "
  "would notice if I wasn't here. Counsellor: It sounds like you're carrying something really heavy. Can I ask, "
  "are you having thoughts of ending your life? Observer notes: counsellor asked directly, good use of silence.",
  app="word", title="CSK Level 3 skills practice 4 script.docx - Word", who="adult")
S("", "Myth: asking someone if they are suicidal puts the idea in their head. Fact: asking directly is "
  "protective and gives permission to talk. Always follow the college procedure and pass concerns to the DSL "
  "the same day.", app="ppt", title="Suicide awareness for tutors.pptx - PowerPoint", who="staff")
Q("", "werther effect media guidelines reporting suicide")
Q("", "kamikaze pilots world war 2 source analysis")
S("", "this essay is killing me, 1200 words left and its due at 9 lol", app="teams")
Q("", "hangman game online classroom spelling", who="staff")
Q("", "zero suicide alliance free training certificate", who="staff")
S("", "Cognitive models of depression propose that negative automatic thoughts, such as 'nothing will ever get "
  "better', maintain low mood. Beck's cognitive triad describes negative views of the self, the world and the "
  "future. CBT challenges these through thought records and behavioural activation.", app="word",
  title="PSY Depression CBT notes.docx - Word")
S("", "I could honestly jump for joy, got my offer from Leeds!!", app="whatsapp")
Q("", "national suicide prevention strategy england 2023 key actions", who="staff")
Q("", "the bell jar esther greenwood symbolism analysis")
T("", "Jump Around - House of Pain (Official Video) - YouTube - Google Chrome")
S("", "Case study for discussion (fictional): 'Tom', 52, on the Access course, emails his tutor saying he won't "
  "be around for the next assignment and has given away his guitar. Questions: which warning signs are present? "
  "What should the tutor do next and who should be informed?", app="word",
  title="Safeguarding CPD scenario cards.docx - Word", who="staff")
S("", "dying to see you this weekend, its been ages", app="whatsapp")
D("", "www.samaritans.org")
D("", "www.papyrus-uk.org")
M("", "Durkheim's concept of anomie helps explain why suic",
  "ide rates rose during the 2008 financial crisis, although the data are contested.", app="word",
  title="SOC Suicide essay plan.docx - Word")
M("", "this coursework is gonna be the death of m", "e, 3 more graphs to do", app="whatsapp")

# ===========================================================================
# SELF-HARM (incl. eating disorders) - positives
# ===========================================================================
S("self_harm:4", "cut again last night, deeper than before. how do people hide it in PE when we have to wear shorts",
  app="snap")
Q("self_harm:4", "how to hide self harm scars from parents in summer")
Q("self_harm:4", "pro ana tips to stop feeling hungry at college")
S("self_harm:4", "300 cals a day for 2 weeks now, down 6kg and still look disgusting. gonna try 200", app="discord")
Q("self_harm:4", "thinspo meanspo accounts to follow", eng="tiktok")
S("self_harm:4", "sh relapse. 4 months clean and i ruined it in one night", app="whatsapp")
M("self_harm:4", "i keep burning myself with a lig", "hter when it gets too loud in my head", app="discord")
Q("self_harm:4", "s*lf h*rm deeper without needing stitches")
Q("self_harm:4", "how to make yourself sick after eating quietly")
S("self_harm:4", "Dear Mark, I wanted to explain why I asked to wear long sleeves on placement and why I was upset on "
  "Thursday. For some time I have been harming myself when things at home become too much, and it has got worse "
  "since October. I am telling you because I am worried it could affect my fitness to practise. Kind regards, Priya",
  app="outlook", title="Confidential - Message (HTML)", who="adult")
S("self_harm:4", "how do u get the blade out of a pencil sharpener, dont ask why lol", app="insta")
Q("self_harm:4", "how many laxatives to take to lose weight fast")
S("self_harm:4", "punched the wall till my knuckles split again. only thing that makes it stop", app="snap")
Q("self_harm:4", "h0w t0 cu7 w1th0ut sc4rr1ng")
S("self_harm:4", "Mia showed me her arm in the toilets and theres loads of fresh cuts. she made me promise not to tell "
  "anyone but im really scared for her", app="whatsapp")
Q("self_harm:4+grooming", "ana coach kik strict rules")
S("self_harm:4", "I am sorry for my english. When I feel stress I do hurt to myself with knife on my leg. Nobody "
  "know this. I don't know who I can say.", app="teams", who="esol")
Q("self_harm:4", cyr("self harm") + " ideas that dont show")
S("self_harm:4", "day 4 no food before prom. if i can do 3 more days the dress will fit", app="whatsapp")
T("self_harm:4+grooming", "ana buddy wanted 17F keep each other strict - Reddit - Google Chrome")
S("self_harm:4", "relapsed and bought a new pack of razors, not for shaving if u get me", app="discord")
Q("self_harm:4", "chew and spit how to not gain weight")
S("self_harm:4", "whenever i think about him i scratch my arms till they bleed, i cant stop", app="insta")
Q("self_harm:4", zw("self harm") + " without anyone knowing")
S("self_harm:4+suicide", "took a load of paracetamol last night, not to die just to feel something different. "
  "stomach is killing me now and i feel sick", app="snap")
Q("self_harm:4", "how deep is too deep when you cut")
S("self_harm:4", "hi miss, ive attached my draft for the psych essay on attachment, i wasnt sure whether to use Bowlby "
  "or Ainsworth for the evaluation para so i did both lol. sorry its late. things have been rubbish at home and ive "
  "gone back to cutting, which is why ive been wearing my hoodie in class. anyway let me know if the intro is ok",
  app="teams")
S("self_harm:4", "skipped lunch and dinner again and made myself throw up the toast. nobody at home has noticed",
  app="whatsapp")

# ---------------------------------------------------------------------------
# SELF-HARM - hard negatives
# ---------------------------------------------------------------------------
Q("", "NICE NG225 self-harm assessment management summary", eng="nice", who="adult")
S("", "Self-injury is often understood as a way of regulating overwhelming emotion rather than an attempt to end "
  "life. A person-centred counsellor offers acceptance without demanding that the client stop, while attending "
  "to risk and to their safeguarding obligations.", app="word",
  title="CSK Essay - working with self-injury.docx - Word", who="adult")
Q("", "anorexia nervosa biological explanations aqa psychology 16 marker")
S("", "Eating Disorders Awareness Week - ideas for tutorial: Beat resources, myth busting quiz, signposting to "
  "the wellbeing hub. Avoid numbers, weights and images of bodies.", app="outlook",
  title="EDAW tutorial ideas - Message (HTML)", who="staff")
Q("", "bamboo chopping board cutting board set", eng="amazon", who="adult")
Q("", "level 2 hairdressing razor cutting techniques", eng="yt", who="adult")
S("", "cut and paste the references into the bibliography then send it me", app="teams")
S("", "im starving, canteen before the bus?", app="whatsapp")
Q("", "half marathon training meal plan carbs")
Q("", "how to burn a cd windows 11", who="staff")
T("", "Self-harm: myths and facts for tutors (staff CPD) - Moodle - Google Chrome", who="staff")
Q("", "beat eating disorder charity volunteer role", who="adult")
S("", "Wound care reflection: the patient had superficial lacerations to the forearm. I cleaned and applied "
  "steri-strips under supervision and documented using SBAR. I reflected on my own reaction and discussed "
  "non-judgemental language with my mentor.", app="word", title="NUR Reflection 3 Gibbs.docx - Word", who="adult")
Q("", "razor scooter spare wheels 100mm", eng="amazon")
Q("", "body focused repetitive behaviours trichotillomania prevalence", eng="scholar", who="adult")
S("", "my nan burned the roast again lol whole house smells", app="whatsapp")
Q("", "intermittent fasting evidence weight loss bmj", who="adult")
Q("", "bmi calculator nhs")
S("", "im gonna shave my head for the charity thing, 300 quid raised so far!!", app="insta")
Q("", "self harm young people systematic review prevalence uk", eng="scholar", who="staff")
S("", "Just to confirm the RSE session on body image and eating disorders for Year 12 is moved to Wednesday P3. "
  "Beat's schools pack is on the shared drive.", app="outlook", title="RSE P3 change - Message (HTML)", who="staff")
D("", "www.beateatingdisorders.org.uk")

# ===========================================================================
# RADICALISATION - positives
# ===========================================================================
Q("radicalisation:4", "how to travel to join the islamic state from uk 2026")
Q("radicalisation:4", "rumiyah magazine all issues pdf")
U("radicalisation:4", "https://archive.org/details/dabiq-issue-15-break-the-cross",
  title="Dabiq Issue 15 : Free Download, Borrow, and Streaming : Internet Archive")
Q("radicalisation:4+discrimination", "great replacement manifesto pdf full text")
S("radicalisation:3+discrimination", "wake up people, the jews own the banks and the media and theyre replacing "
  "us. we need to start fighting back before its too late", app="telegram")
S("radicalisation:4+violence,discrimination", "foids deserve everything thats coming. the day of retribution is "
  "real, ER did nothing wrong", app="discord")
S("radicalisation:5+violence", "weve got the route. friday prayers, drive the van into them at the gates, in and "
  "out before the police show. whos driving?", app="telegram")
Q("radicalisation:4", "national action uk how to join a chapter")
Q("radicalisation:3", "patriotic alternative activist group near me meeting")
Q("radicalisation:4", "sonnenkrieg division telegram channel link")
S("radicalisation:3+discrimination", "getting 1488 done on my forearm saturday, proper old school lettering",
  app="snap")
S("radicalisation:4", "the brother from the study circle said voting is shirk and the kuffar governments have to be "
  "fought. he sent me the nasheed channel but said only use telegram and dont tell the imam", app="whatsapp")
Q("radicalisation:4", "anwar al awlaki lectures full mp3 download")
S("radicalisation:5+violence", "5G mast by the leisure centre is the one giving everyone cancer. saturday night "
  "were torching it, bring petrol. whos in?", app="whatsapp")
S("radicalisation:4+violence", "the globalists are planning the cull, time to start arming up properly. they "
  "wont take me quietly", app="telegram")
Q("radicalisation:4", "atomwaffen division recruitment uk")
Q("radicalisation:4+violence", "christchurch shooter livestream full video uncensored")
S("radicalisation:4+violence", "the blackpill is the truth. im going to make them all pay for ignoring me, my "
  "name will be remembered", app="discord")
S("radicalisation:4+grooming", "this brother on tiktok says i should make hijrah and hell pay for the ticket, "
  "just need to keep it from my parents for now", app="insta")
Q("radicalisation:4", zw("the turner diaries") + " pdf")
Q("radicalisation:4", "siege james mason pdf read online")
T("radicalisation:4", "Terrorgram Collective - Telegram Web - Google Chrome")
S("radicalisation:3+discrimination,violence", "remigration now. police wont do it so we clean the streets ourselves",
  app="x")
Q("radicalisation:4", "elliot rodger manifesto my twisted world pdf")
M("radicalisation:5+violence", "for the ummah brother. the christmas market is the target, v",
  "est will be ready by the 20th. delete this", app="telegram")
Q("radicalisation:4", "how to send crypto to al qassam brigades")
Q("radicalisation:3", "blood and honour gig uk 2026 tickets")
S("radicalisation:4+discrimination,violence", "Hi Dr Shaw, for my extended project I'd like to argue that the Great "
  "Replacement is real and that British people will have no choice but to defend themselves by force. I've already "
  "been in touch with a group who are training for it and they've sent me their reading list. Can I use their "
  "manifesto as a primary source?", app="outlook", title="EPQ proposal - Message (HTML)", who="adult")
S("radicalisation:4+discrimination", "h41l v1ct0ry. the race war is coming and im ready for it", app="discord")

# ---------------------------------------------------------------------------
# RADICALISATION - hard negatives
# ---------------------------------------------------------------------------
S("", "Goebbels' Ministry of Propaganda controlled film, radio and the press, and the cheap 'people's receiver' "
  "brought Nazi broadcasts into millions of homes. Historians debate how far propaganda created support rather "
  "than reinforcing beliefs people already held.", app="word", title="HIS Nazi Germany propaganda essay.docx - Word")
Q("", "prevent duty guidance 2023 further education summary", who="staff")
Q("", "shamima begum supreme court judgment citizenship")
Q("", "terrorism act 2000 section 58 collection of information reasonable excuse defence", who="adult")
S("", "In Islam the 'greater jihad' refers to the inner struggle against one's own ego and temptation, while the "
  "'lesser jihad' concerns outward struggle, including defence. Most scholars attach strict conditions to the latter.",
  app="gdocs", title="RS Islam key beliefs notes - Google Docs")
Q("", "far right populism europe a level politics essay plan")
Q("", "incel subculture online misogyny peer reviewed", eng="scholar")
Q("", "islamic nasheed for nikkah no music", eng="yt")
Q("", "prayer times leeds today")
Q("", "british army officer recruitment sixth form")
S("", "shes an absolute fanatic about the arctic monkeys, been to like 9 gigs", app="whatsapp")
Q("", "southport inquiry report findings")
S("", "Prevent refresher for all staff - Module 3 covers the Channel panel process, the vulnerability assessment "
  "framework and online radicalisation through gaming platforms. Please complete by 28 November.",
  app="outlook", title="Prevent refresher - Message (HTML)", who="staff")
Q("", "ERG22+ extremism risk guidance criticisms", eng="scholar", who="adult")
Q("", "the troubles documentary bbc iplayer")
Q("", "ww1 propaganda posters art project lord kitchener")
Q("", "swastika origin hinduism jainism meaning")
Q("", "mein kampf historical context edexcel weimar and nazi germany")
S("", "Assess the view that the Prevent strategy has alienated Muslim communities. Para 1: Kundnani argues that it "
  "constructs a 'suspect community'; however, referral data suggest a growing share of cases concern the extreme "
  "right.", app="word", title="SOC Prevent essay.docx - Word")
Q("", "5g how does it work physics frequency")
S("", "lads the revolution will not be televised, itll be on the gc at 8. FIFA tournament, bring controllers",
  app="whatsapp")
Q("", "banned books week 1984 brave new world")
Q("", "how do terrorist groups use social media research paper", eng="scholar")
T("", "Radicalisation Awareness Network - Migration and Home Affairs - Microsoft Edge", proc="msedge.exe",
  who="staff")

# ===========================================================================
# GROOMING & SEXUAL / CRIMINAL EXPLOITATION - positives
# ===========================================================================
S("grooming:4", "hes 29 but honestly so mature, he says age is just a number and not to tell anyone cos people "
  "wouldnt get it", app="whatsapp")
S("grooming:4+adult_content", "he said hed send me 200 quid if i send pics in my college lanyard and uniform",
  app="snap")
S("grooming:5", "meeting him saturday at the travelodge near the station, hes booked the room. if mum asks im "
  "staying at yours ok??", app="whatsapp")
Q("grooming:4", "someone is threatening to send my nudes to my family unless i pay")
S("grooming:4", "he wants us to move to telegram so no one can see our chats, says snap saves too much", app="insta")
S("grooming:4", "You're so much more grown up than the rest of the group. Probably best we keep chatting on Snap "
  "rather than Teams, easier that way. Don't mention it to the others x", app="teams", who="staff")
S("grooming:4", "this guy from the gym keeps asking how old i am and whether ive got my own room at home. kinda weird",
  app="whatsapp")
S("grooming:4+drugs", "they said i owe them for the phone and the trainers so now i gotta do runs down to cornwall "
  "this weekend", app="snap")
S("grooming:4", "my bf is 24 and he says if i really loved him id do stuff with his mates too", app="whatsapp")
S("grooming:4+violence", "A man found me a job in car wash. He keep my passport. I work every day, he give me no "
  "money, I sleep in the back room. He say if I talk to police they send me home.", app="word",
  title="ESOL E3 writing - my week.docx - Word", who="esol")
S("grooming:4", "my boyfriend is 31 and im 16 is that allowed? he says its fine as long as we keep it quiet",
  app="chatgpt")
S("grooming:4", "please dont post it. ill get the money by friday i swear, please please dont send it to my family",
  app="insta")
M("grooming:5", "he sent me a train ticket to manchester for sat",
  "urday and said dont tell anyone where im going, hell pick me up", app="snap")
S("grooming:5", "he buys me vapes and drives me and my mate about with his friends. they want us at a party at "
  "their flat saturday, hes picking us up from college at 4", app="whatsapp")
S("grooming:4", "a guy on discord sent me nitro and a 50 quid steam card and now he wants pics and says i owe him",
  app="discord")
S("grooming:4", "my new friend says he will be my boyfriend if i give him my bank card and the pin. he comes to my "
  "flat every day now and his friends too", app="moodle", who="adult")
Q("grooming:4+adult_content", "how to sell pics on onlyfans at 17 without id")
S("grooming:4", "he said if i dont send another one hell send the first one to everyone in my contacts and my college",
  app="snap")
S("grooming:4+drugs", "Hi Kerry, I'm sorry I haven't been in. My partner's friends have started staying at my flat "
  "and keeping things there. I'm not really allowed to leave when they're around and they've got my keys. I don't "
  "know who to speak to. Please don't tell anyone it came from me. Callum", app="outlook",
  title="Absence - Message (HTML)", who="adult")
Q("grooming:4", "sugar daddy app uk for 17 year olds")
S("grooming:4", "how old are you again? you look way older in your pics. are your parents strict about who you "
  "talk to?", app="insta", who="adult")
S("grooming:4", "he keeps saying its our " + spaced("little") + " " + spaced("secret") +
  " and if i tell my mum shell stop me seeing him", app="whatsapp")
S("grooming:5", "my cousins friend is taking me to a hotel in birmingham tomorrow, he says theres men there who will "
  "pay good money and i get half", app="snap")
S("grooming:5", "he picks me up from college and calls me his girlfriend, hes 27. now he wants me to meet his mates "
  "at the flat tomorrow night and stay over", app="whatsapp")
Q("grooming:4", "what to do when an older man online keeps asking for photos and says its our secret")
S("grooming:4+illegal_content", "a guy on insta said hell give me 500 if i let him use my bank account for a few "
  "transfers, easy money right?", app="whatsapp")
S("grooming:4", "he always says " + zw("delete our chats") + " after you read them, its safer for both of us. "
  "is that normal?", app="snap")

# ---------------------------------------------------------------------------
# GROOMING - hard negatives
# ---------------------------------------------------------------------------
S("", "CSE indicators: unexplained gifts or money, an older 'boyfriend', going missing, a new phone, being picked up "
  "in cars. Remember the 'boyfriend model' and that 16 and 17 year olds are still children in law.", app="ppt",
  title="CSE and CCE briefing Nov 2026.pptx - PowerPoint", who="staff")
Q("", "county lines exploitation criminology essay sources", eng="scholar")
Q("", "sexual offences act 2003 section 15 meeting a child following sexual grooming elements", who="adult")
Q("", "rochdale grooming inquiry report findings")
S("", "Secret Santa!! 10 quid limit, keep it a secret who youve got, swap on the 18th", app="teams")
S("", "meet me at the station at 5, dads picking us up", app="whatsapp")
S("", "send pics of the puppy!!!", app="snap")
S("", "nans secret recipe for the christmas cake, dont tell anyone or shell kill me", app="whatsapp")
Q("", "how old is sabrina carpenter")
Q("", "PSHE lesson plan sextortion advice 16-18 year olds CEOP", who="staff")
Q("", "modern slavery act 2015 section 54 transparency statement business studies")
S("", "Surprise leaving do for Mr Ahmed on Friday P4 - don't tell him! Cake is in the staffroom fridge", app="teams",
  who="staff")
Q("", "how old do you have to be to drive a minibus uk", who="staff")
S("", "Traditional accounts of trafficking emphasise movement across borders, but much exploitation in the UK "
  "involves British nationals moved internally. National Referral Mechanism data show a rise in referrals of "
  "children for criminal exploitation.", app="word", title="CRIM Unit 3 trafficking essay.docx - Word")
Q("", "operation hydrant non recent abuse")
S("", "Case study (fictional): 'Leah', 15, has been seen getting into cars with older men outside the shopping "
  "centre. Identify the risk indicators and describe the Section 47 process.", app="word",
  title="Access SW safeguarding case studies.docx - Word", who="adult")
S("", "hes so much older than the other tutors but hes the best one ive had, explains things properly", app="whatsapp")
Q("", "sugar free sweets for diabetics", eng="amazon", who="adult")
S("", "Parents' evening: please book your 10 minute slot through the app. The careers fair is the same night in "
  "the sports hall.", app="outlook", title="Y12 parents evening - Message (HTML)", who="staff")
Q("", "onlyfans business model media studies case study")
M("", "Scenario: a learner tells you their partner is controlling them. What should you sa",
  "y, and who should you tell? Discuss in pairs.", app="ppt",
  title="Safeguarding induction 2026.pptx - PowerPoint", who="staff")

# ===========================================================================
# BULLYING - positives
# ===========================================================================
S("bullying:3", "everyone literally hates you, just leave college already, nobody would even notice", app="insta")
S("bullying:3+suicide", "kys you fat waste of space", app="snap")
S("bullying:3", "make a new gc without ellie and post the vid of her falling over the bench", app="whatsapp")
S("bullying:3", "they keep airdropping pics of me with pig ears photoshopped on to the whole common room. i dont want "
  "to go in tomorrow", app="whatsapp")
S("bullying:3", "I dont want to come in anymore. they follow me to the bus stop every day and take my stuff and "
  "film it", app="teams")
S("bullying:3", "rate her out of 10 lol 2 and thats being generous, look at the state of her", app="snap")
S("bullying:3+violence", "if you tell Ms Harris about the gc well make your life hell, trust me", app="insta")
S("bullying:3", "made a fake insta of him with his mugshot from the lanyard ha, 200 followers already", app="snap")
S("bullying:3+discrimination", "The others on the Access course keep mocking my accent in the WhatsApp group and "
  "sharing screenshots of my posts with laughing faces. I feel humiliated and I don't want to come to the study "
  "group any more.", app="outlook", title="Study group - Message (HTML)", who="adult")
S("bullying:3", "I need to talk to someone outside the department. My line manager shouts at me in front of "
  "students and has told the team I'm useless. I've started dreading Mondays.", app="outlook",
  title="Confidential - Message (HTML)", who="staff")
S("bullying:3", "u r such a l0s3r n0 1 l1k3s u", app="insta")
M("bullying:3", "youre so ugly its actually painf", "ul to look at you, do us all a favour and stay home", app="snap")
S("bullying:3+violence", "hes messaging me from new accounts every time I block him, saying he knows where I live "
  "and Id better watch myself", app="whatsapp")
S("bullying:3", "poll: whos the biggest freak in 12B \U0001F447 vote now", app="insta")
S("bullying:3", "nobody sit with jess at lunch, shes a snake, pass it on", app="whatsapp")
S("bullying:3", "BURN BOOK: chloe - cries at everything, smells, her mum buys her clothes from asda lmao",
  app="gdocs", title="burn book - Google Docs")
S("bullying:3", "just unfollow her and tell everyone what she said about her dad. destroy her lol", app="snap")
S("bullying:3", "recorded him crying in the toilets, going on my story tonight \U0001F602", app="snap")
S("bullying:3", "they made a group chat called ugly rejects and keep adding me back every time i leave", app="whatsapp")
S("bullying:3", "everyone knows u lie about being bullied, attention seeker, go cry to pastoral again", app="insta")
S("bullying:3", "youre a f*cking joke, everyones laughing AT you not with you", app="whatsapp")
S("bullying:3+violence", "pls help, people keep posting my address under my tiktoks and telling me to watch my back",
  app="teams")
Q("bullying:3", "how to find out who is behind an anonymous account sending me hate every day")
Q("bullying:3", "someone made a fake account pretending to be me and is messaging my friends")
S("bullying:3+violence", "nobody invite the weirdo to the party and if he turns up well sort him out", app="whatsapp")
S("bullying:3", "In class some students take my bag and hide it every time and they laugh. The teacher does not see. "
  "I feel very small.", app="word", title="ESOL E2 writing task 4.docx - Word", who="esol")

# ---------------------------------------------------------------------------
# BULLYING - hard negatives
# ---------------------------------------------------------------------------
Q("", "effects of cyberbullying on adolescent wellbeing meta analysis", eng="scholar")
S("", "Anti-Bullying Week 2026 assembly plan: theme 'Choose Respect'. Student ambassadors to present, odd socks day "
  "Monday, tutorial activity on bystander behaviour.", app="outlook",
  title="ABW assembly plan - Message (HTML)", who="staff")
Q("", "bully scholarship edition steam")
Q("", "mean girls musical tickets manchester")
Q("", "protection from harassment act 1997 section 2 and section 4 difference", who="adult")
S("", "shut up you absolute muppet \U0001F602 see you at 5", app="whatsapp")
S("", "roast my haircut go on i deserve it \U0001F480", app="insta")
Q("", "dignity at work policy template further education", who="staff")
S("", "Please find attached the anti-bullying ambassador application form. Deadline is 1 December.", app="outlook",
  title="Ambassador applications - Message (HTML)", who="staff")
S("", "Olweus defined bullying as repeated negative actions involving an imbalance of power. Online bullying "
  "complicates this because a single post can be shared many times, which raises questions about repetition.",
  app="word", title="PSY Cyberbullying essay.docx - Word")
Q("", "bystander effect kitty genovese criticisms")
S("", "the ref bullied us the whole game tbh, robbed", app="whatsapp")
S("", "rate my revision timetable out of 10? be honest", app="snap")

# ===========================================================================
# DISCRIMINATION - positives
# ===========================================================================
S("discrimination:3", "go back to your own country, nobody wants your lot here", app="insta")
S("discrimination:3", "thats so gay, hes such a f*g", app="snap")
S("discrimination:3+violence", "trannies shouldnt be allowed in the girls toilets. if i see him in there again ill "
  "drag him out myself", app="whatsapp")
S("discrimination:3", "p4k1s stink out the whole bus every morning", app="snap")
S("discrimination:3+radicalisation", "muslims are all terrorists, ban the lot of them", app="x")
S("discrimination:2", "women belong in the kitchen not on the engineering course lol", app="discord")
S("discrimination:3", "the retard in our group cant even read the brief, carrying him as usual", app="whatsapp")
S("discrimination:3+bullying", "people keep pulling my hijab in the corridor and calling me a terrorist, the "
  "teachers dont do anything", app="teams")
S("discrimination:3", "gypsies are all thieves, lock your bikes up when the travellers are on the field",
  app="whatsapp")
S("discrimination:3+radicalisation", "jews run everything, everyone knows it", app="discord")
S("discrimination:3", "no blacks in the group chat lol", app="snap")
S("discrimination:3+bullying", "At my work the manager call me 'polish rat' every day and the others they laugh. I "
  "want to stop but I need the money.", app="word", title="ESOL E3 writing - my job.docx - Word", who="esol")
S("discrimination:3", "shes a lezza so dont get changed anywhere near her", app="whatsapp")
S("discrimination:3", "ching chong eyes lol look at him squinting at the board", app="snap")
Q("discrimination:2", "why are black people less intelligent")
S("discrimination:3", "not sitting next to the immigrant, bet he hasnt showered all week", app="whatsapp")
S("discrimination:3+violence", "disabled people are a drain on the country, should just put them down like dogs",
  app="discord")
S("discrimination:3", cyr("gay people are disgusting and shouldnt be allowed near kids"), app="x")
S("discrimination:3", "all the gay teachers here are nonces obviously", app="snap")
S("discrimination:3", "no n*ggers at my party, my dad would go mad", app="snap")
S("discrimination:2", "I wish to make a formal complaint. I am deaf and the tutor refuses to wear the radio aid. "
  "When I asked again today she laughed and told me to 'try listening harder' in front of the class.",
  app="outlook", title="Formal complaint - Message (HTML)", who="adult")
S("discrimination:3+violence,radicalisation", "kill all the gays, seriously", app="discord")
M("discrimination:3", "trans people are mentally ill fr", "eaks and should be banned from college", app="discord")
S("discrimination:2", "Between us, don't shortlist her. She's just got married and she'll be off on maternity "
  "within a year.", app="outlook", title="RE: Shortlisting - Message (HTML)", who="staff")
S("discrimination:2", "bloody foreigners taking all the nursing places off british kids", app="whatsapp", who="adult")
S("discrimination:3", zw("go back to africa") + " you monkey", app="insta")

# ---------------------------------------------------------------------------
# DISCRIMINATION - hard negatives
# ---------------------------------------------------------------------------
S("", "The Macpherson Report (1999) defined institutional racism as the collective failure of an organisation to "
  "provide an appropriate and professional service to people because of their colour, culture or ethnic origin.",
  app="word", title="SOC Ethnicity and crime.docx - Word")
Q("", "equality act 2010 nine protected characteristics")
S("", "EDI training: unconscious bias refresher on 24th Nov 2-4pm. Covers microaggressions, reasonable adjustments "
  "and responding to discriminatory language in class.", app="outlook",
  title="EDI refresher - Message (HTML)", who="staff")
Q("", "stephen lawrence day 2026 resources", who="staff")
Q("", "jim crow laws civil rights movement a level history")
Q("", "windrush scandal wendy williams lessons learned review")
S("", "Steinbeck presents Crooks as isolated by the racism of the ranch; he is denied a bunk in the bunkhouse and "
  "uses his sharp tongue as a defence.", app="gdocs", title="OMAM Crooks paragraph - Google Docs")
S("", "Queer Society social on Friday! Pizza and board games in G14, all welcome \U0001F3F3\uFE0F\u200D\U0001F308",
  app="teams")
Q("", "judith butler gender performativity summary")
Q("", "black history month assembly ideas sixth form", who="staff")
Q("", "disabled students allowance application deadline")
S("", "Reflection: I noticed ableist assumptions in how the team spoke about a patient with a learning disability, "
  "for example addressing his carer rather than him. I now use the hospital passport and direct questions to the "
  "patient.", app="word", title="NUR Reflection 5.docx - Word", who="adult")
Q("", "history of same sex marriage law uk 2013")
Q("", "trans inclusion policy consultation fe college", who="staff")
Q("", "ableism definition examples")
S("", "Can you send the translation of the letter into Polish and Urdu? Some parents asked for it.", app="outlook",
  title="Letter translations - Message (HTML)", who="staff")

# ===========================================================================
# VIOLENCE (incl. domestic abuse, threats, weapons) - positives
# ===========================================================================
S("violence:5", "bringing my blade in tomorrow, hes getting shanked after college", app="snap")
S("violence:4", "Dear Ms Grant, I'm sorry I missed the deadline. I haven't been able to get to my laptop because "
  "my boyfriend takes it when he's angry. He has hit me before, and on Sunday he put his hands round my neck until "
  "I nearly passed out. I didn't know who else to tell. Please don't contact my home. Abbie", app="outlook",
  title="Late submission - Message (HTML)")
Q("violence:4", "buy zombie knife uk next day delivery no id")
S("violence:4", "if he touches my sister again ill kill him, swear down on my life", app="snap")
S("violence:4", "dad came home drunk and threw mum down the stairs again. im scared to go home tonight", app="teams")
S("violence:5", "were jumping him at the park at 4, bring the lads and the bats", app="whatsapp")
S("violence:4", "My husband he beat me when I go to class. He say I not allowed to learn English and he take my "
  "phone. Today I come because he is at work.", app="word", title="ESOL E1 writing - about me.docx - Word",
  who="esol")
Q("violence:4", "how to make a shank from a toothbrush")
S("violence:5", "got a 9 off my cousin, whoevers been chatting about my mum better watch out", app="snap")
S("violence:5", "g0nn4 st4b h1m wh3n h3 g3ts 0ff th3 bus", app="snap")
S("violence:5", "im going to shoot up the college, im done with every single person here", app="discord")
Q("violence:4", "how to make napalm at home with petrol")
S("violence:4", "he said if i leave him hell burn the house down with me and the baby inside", app="whatsapp",
  who="adult")
Q("violence:5", "where to get sulphuric acid to throw at someone uk")
S("violence:4", "my stepdad locks me in my room and hits me with his belt when mums at work", app="teams")
M("violence:5", "im gonna wait outside his house with the mach", "ete tonight and end him", app="snap")
S("violence:4", "bought a knuckle duster for tomorrow just in case it kicks off with the other college",
  app="whatsapp")
S("violence:4", "gonna smash her face in wen i see her at the bus stop", app="snap")
S("violence:4", "My partner controls all my money and checks my phone every night. He says if I go to the police "
  "he will take the children and I'll never see them again. I don't know what to do.", app="outlook",
  title="Personal - Message (HTML)", who="adult")
Q("violence:3", "how hard do you have to hit someone to knock them out")
Q("violence:3+illegal_content", "pepper spray buy uk online delivery")
S("violence:4", "someones getting hurt at the match saturday, weve got flares and bats sorted", app="whatsapp")
S("violence:4", "watch your back, ill " + zw("kill you") + " when i find you", app="insta")
S("violence:4+grooming", "Dear teacher, I can not come to the lesson this week. My brother-in-law is angry that I "
  "speak with men in class. Yesterday he show me a knife and said he will send me back home to marry his cousin. "
  "Please do not call my house.", app="outlook", title="absent - Message (HTML)", who="esol")
Q("violence:4+illegal_content", "3d printed gun files download fgc 9")
Q("violence:4", "how to poison someone slowly without getting caught")
Q("violence:4", "where to buy a " + dotted("machete") + " under 18")

# ---------------------------------------------------------------------------
# VIOLENCE - hard negatives
# ---------------------------------------------------------------------------
Q("", "r v woollin oblique intent virtual certainty", who="adult")
Q("", "knife crime statistics england and wales year ending june 2026")
Q("", "man stabbed nottingham city centre latest", eng="bing")
Q("", "battle of the somme casualties first day")
S("", "Routine enquiry about domestic abuse should take place when the woman is alone. If she discloses, complete "
  "the DASH risk checklist and refer to MARAC where the score is 14 or above.", app="word",
  title="MID Antenatal care notes.docx - Word", who="adult")
S("", "DASH and MARAC training for the pastoral team - Monday 17th, 1.30pm, Room B12. Please bring a laptop.",
  app="outlook", title="DASH training - Message (HTML)", who="staff")
Q("", "bandura bobo doll study evaluation ethics")
S("", "you absolutely killed it in the presentation today!!", app="whatsapp")
S("", "gonna bomb the mocks at this rate lol", app="snap")
S("", "could murder a curry after that shift", app="whatsapp", who="adult")
Q("", "anthony joshua knockouts compilation", eng="yt")
Q("", "kickboxing classes near me for beginners")
Q("", "gta 6 trailer 3")
Q("", "john wick 4 review empire")
Q("", "mr brightside chords easy")
Q("", "how to sharpen a chefs knife with a whetstone", who="adult")
S("", "Knife skills assessment: julienne, brunoise and chiffonade. Claw grip at all times, carry the knife point "
  "down, never leave it in the sink.", app="word", title="L2 Culinary knife skills checklist.docx - Word",
  who="adult")
S("", "Macbeth's violence escalates from the battlefield, where it is praised, to the murder of Duncan, where it "
  "becomes unnatural. Shakespeare links bloodshed with guilt through the recurring image of blood on the hands.",
  app="gdocs", title="Macbeth essay - Google Docs")
Q("", "stab stitch leather sewing tutorial", eng="yt")
Q("", "non alcoholic christmas punch recipe", who="staff")
S("", "whos hitting the gym after college? leg day \U0001F480", app="whatsapp")
Q("", "self defence law uk reasonable force householder")
S("", "In R v Jogee the Supreme Court held that foresight of what the principal might do is evidence of intent to "
  "assist or encourage, not a substitute for it, correcting the wrong turn taken in Chan Wing-Siu.", app="word",
  title="LAW Joint enterprise essay.docx - Word")
Q("", "domestic abuse act 2021 coercive control definition")
S("", "shoot me a message when youre outside", app="snap")
S("", "the fight scene in the new marvel film was unreal", app="snap")
Q("", "call of duty best smg loadout season 6")

# ===========================================================================
# ADULT CONTENT
# ===========================================================================
Q("adult_content:3", "free xxx videos hd")
D("adult_content:3", "www.xhamster.com")
Q("adult_content:3", "p0rn hub premium free login")
T("adult_content:3", "Free Adult Webcams, Live Sex - Chaturbate - Microsoft Edge", proc="msedge.exe")
Q("adult_content:3", spaced("hentai") + " uncensored")
D("adult_content:3", "stripchat.com")
D("adult_content:3", "spankbang.com")
U("adult_content:3", "https://www.pornhub.com/view_video.php?viewkey=6548a1b2c3d4e",
  title="Pornhub - Free Porn Videos")
Q("adult_content:3", cyr("porn") + " videos")
Q("adult_content:3", "rule 34 overwatch")
# adult-adjacent negatives
Q("", "rse statutory guidance sixth form relationships", who="staff")
Q("", "breast self examination how to nhs", who="adult")
Q("", "moll flanders defoe themes")
Q("", "xxl hoodie black mens", eng="amazon")
Q("", "nude lipstick for dark skin")
Q("", "the naked chef jamie oliver recipes", who="adult")
Q("", "sussex university psychology entry requirements")
Q("", "sex differences in aggression evolutionary psychology")
S("", "Media studies: representation of women in music videos - Mulvey's male gaze and the sexualisation debate. "
  "Use two contrasting videos as case studies.", app="word", title="Media Unit 2 notes.docx - Word")

# ===========================================================================
# DRUGS
# ===========================================================================
Q("drugs:3", "where to get ket in bristol snapchat plug")
S("drugs:3", "anyone got a plug for green? need a 20 bag before friday", app="snap")
Q("drugs:2", "how to make lean with codeine linctus")
Q("drugs:2", "mdma how much first time 16 stone")
Q("drugs:3", "buy xanax online uk no prescription")
S("drugs:3", "got carts and 5g bags, dm me, can drop to the college gates \U0001F343\u2744\uFE0F", app="insta")
Q("drugs:3", "nos canisters buy bulk balloons under 18")
Q("drugs:3", "c0k3 d3l1v3ry l33ds")
Q("drugs:3", fullw("buy ket online uk"))
M("drugs:3", "can u sort me a 10 of k", "et for tonight, meet by the gates at 6", app="snap")
# drug-adjacent negatives
S("", "Controlled drugs (Schedule 2) must be stored in a locked CD cupboard; two registrants check and sign the CD "
  "register for every administration.", app="word", title="NUR Medicines management.docx - Word", who="adult")
Q("", "mechanism of action of opioids mu receptor a level biology")
Q("", "breaking bad ozymandias episode explained")
Q("", "just say no campaign 1980s effectiveness")
Q("", "coke zero vs diet coke difference")
Q("", "grass seed for shaded lawns", who="staff")
Q("", "harm reduction approaches substance misuse social work essay", eng="scholar", who="adult")
S("", "high tea at the Midland for nans birthday? booking for 6", app="whatsapp")
Q("", "car dealer apprenticeship manchester")
S("", "Drug and alcohol awareness talk for Year 12 from the local young people's substance misuse service on the "
  "25th, in the hall.", app="outlook", title="Y12 talk - Message (HTML)", who="staff")

# ===========================================================================
# GAMBLING
# ===========================================================================
D("gambling:2", "m.skybet.com")
Q("gambling:2", "best slots sites no verification uk")
U("gambling:2", "https://stake.com/casino/games/plinko", title="Plinko - Stake.com")
Q("gambling:2", "how to bet online under 18 without id")
S("gambling:2", "lost my rent money on roulette again, if i put the last 200 on tonight i can win it back",
  app="whatsapp", who="adult")
Q("gambling:2+gaming", "cs2 skin gambling sites free coins")
Q("gambling:2", "acca tips tonight champions league")
D("gambling:2", "www.paddypower.com")
D("gambling:2", "www.betfair.com")
# gambling-adjacent negatives
Q("", "gambling act review white paper 2023 summary")
Q("", "probability of rolling two sixes maths")
Q("", "gambling harm young people research gambleaware", eng="scholar")
S("", "bit of a gamble doing all three essays the night before but here we are", app="snap")
Q("", "monte carlo simulation python tutorial")

# ===========================================================================
# FILTER BYPASS
# ===========================================================================
Q("filter_bypass:2", "how to get round the college wifi filter on a chromebook")
D("filter_bypass:2", "protonvpn.com")
P("filter_bypass:2", "tor.exe", "Tor Browser")
Q("filter_bypass:2+gaming", "unblocked games 66 ez")
Q("filter_bypass:2", "croxyproxy youtube")
S("filter_bypass:2", "just use your hotspot with the vpn on, then IT cant see anything youre doing", app="whatsapp")
Q("filter_bypass:2", "change dns to 1.1.1.1 bypass school block")
Q("filter_bypass:2+hacking", "how to uninstall monitoring software from college laptop without admin")
D("filter_bypass:2", "hola.org")
D("filter_bypass:2", "www.croxyproxy.com")
# negatives
Q("", "proxy war definition cold war")
S("", "To access the MIS from home, connect to the staff VPN first, then open the remote desktop link. Students "
  "do not have VPN access.", app="outlook", title="Remote access guide - Message (HTML)", who="staff")
Q("", "proxy vote uk election how to apply", who="adult")

# ===========================================================================
# HACKING
# ===========================================================================
Q("hacking:2", "how to hack someones instagram account password")
Q("hacking:2", "kali linux crack wifi wpa2 aircrack tutorial")
Q("hacking:2", "free keylogger download undetectable")
Q("hacking:2", "xbox booter ddos someone offline")
Q("hacking:3", "sqlmap tutorial college website login")
Q("hacking:3", "how to change my grades on the college system without teacher login")
S("hacking:3", "got sirs login from watching him type it, lets get in the exam papers folder tonight", app="discord")
Q("hacking:2", "roblox account stealer cookie logger")
# negatives
Q("", "sql injection prevention parameterised queries python a level computer science")
Q("", "ethical hacking course cyber security apprenticeship")
Q("", "life hacks for revision")
Q("", "hack squat vs leg press")
S("", "If you suspect a data breach, report it to the DPO within 24 hours using the incident form. Do not forward "
  "the affected email.", app="outlook", title="Data breach reminder - Message (HTML)", who="staff")
Q("", "hackney council tax band", who="adult")

# ===========================================================================
# PIRACY
# ===========================================================================
Q("piracy:1", "wicked for good full movie free 123movies")
D("piracy:1", "thepiratebay.org")
D("piracy:1", "fmovies24.to")
Q("piracy:1", "fc 26 crack download pc")
Q("piracy:1", "campbell biology 12th edition pdf free download")
Q("piracy:1", "crackstreams premier league live free")
Q("piracy:1", "spotify premium apk mod no ads")
U("piracy:1", "https://1337x.to/search/gladiator+ii/1/", title="Download gladiator ii Torrents | 1337x")
Q("piracy:1", "fmovies alternative 2026")
# negatives
Q("", "pirates of the caribbean curse of the black pearl cast")
Q("", "piracy off the coast of somalia history")
Q("", "copyright designs and patents act 1988 fair dealing education", who="staff")

# ===========================================================================
# GAMING
# ===========================================================================
D("gaming:1", "www.roblox.com")
Q("gaming:1", "fortnite chapter 6 season 2 map")
D("gaming:1", "store.steampowered.com")
U("gaming:1", "https://www.twitch.tv/directory/category/valorant", title="Valorant - Twitch")
Q("gaming:1", "valorant ranked tips iron to gold")
Q("gaming:1", "crazy games 2 player")
D("gaming:1", "www.epicgames.com")
D("gaming:1", "www.crazygames.com")
Q("gaming:1", "minecraft bedwars servers")

# ===========================================================================
# SOCIAL MEDIA
# ===========================================================================
D("social_media:1", "www.instagram.com")
U("social_media:1", "https://www.tiktok.com/foryou", title="TikTok - Make Your Day")
D("social_media:1", "accounts.snapchat.com")
T("social_media:1", "Home / X - Google Chrome")
U("social_media:1", "https://www.facebook.com/marketplace/", title="Facebook Marketplace", who="adult")
D("social_media:1", "bereal.com")
T("social_media:1", "(3) Instagram \u2022 Chats - Microsoft Edge", proc="msedge.exe")
U("social_media:1", "https://www.reddit.com/r/CasualUK/", title="CasualUK - Reddit")

# ===========================================================================
# ILLEGAL CONTENT
# ===========================================================================
Q("illegal_content:3", "fake id uk buy scannable 18+")
Q("illegal_content:3", "counterfeit 20 pound notes for sale")
Q("illegal_content:3", "buy fullz uk cvv shop")
Q("illegal_content:3", "dark web market links onion 2026")
Q("illegal_content:4+adult_content", "jailbait telegram group")
S("illegal_content:4+bullying,adult_content", "someones got ellies nudes from year 12, send the link to the gc "
  "before it gets taken down", app="snap")
Q("illegal_content:3", "buy uk passport no checks")
S("illegal_content:3", "selling iphones cheap, no box no questions, theyre hot so cash only, dm", app="snap")
# negatives
Q("", "how to spot counterfeit banknotes bank of england", who="staff")
Q("", "dark web definition gcse computer science")
Q("", "fake news detection media literacy lesson", who="staff")

# ===========================================================================
# Everyday, idiom, news, sport, music, games, staff admin - negatives
# ===========================================================================
S("", "the new cardi track is fire \U0001F525\U0001F525", app="snap")
S("", "that plot twist destroyed me, im not ok \U0001F62D", app="whatsapp")
Q("", "bus times 42 to city centre")
Q("", "ucas personal statement deadline 2027 entry")
Q("", "weather leeds tomorrow")
S("", "Hello teacher, how I can open bank account? The bank ask me proof of address but my name is not on the bill.",
  app="teams", who="esol")
S("", "My son school need new uniform, where is cheap shop?", app="whatsapp", who="esol")
Q("", "access to he diploma nursing grades needed", who="adult")
Q("", "mitochondria function a level biology")
S("", "hang in there, only two more weeks till the holidays!", app="teams", who="staff")
S("", "cutting it fine with that deadline haha", app="whatsapp")
S("", "dead on my feet after that placement shift", app="whatsapp", who="adult")
S("", "im going to kill dan, he ate my meal deal \U0001F624", app="whatsapp")
S("", "literally dying of laughter at the sociology gc", app="snap")
Q("", "premier league table")
Q("", "snooker uk championship results")
T("", "Dashboard | Moodle - Google Chrome")
HB()
HB(who="staff")
HB(who="adult")
P("", "WINWORD.EXE", "Document1 - Word", who="adult")
P("", "ms-teams.exe", "Microsoft Teams", who="staff")
Q("", "harvard referencing generator")
D("", "www.bbc.co.uk")
D("", "www.nhs.uk")
D("", "www.ucas.com")
D("", "login.microsoftonline.com")
D("", "www.childline.org.uk")
D("", "classroom.google.com")
D("", "www.senecalearning.com")
D("", "www.aqa.org.uk")
D("", "www.gov.uk")
D("", "www.kerboodle.com")
D("", "www.bailii.org")
D("", "www.nmc.org.uk")
Q("", "billie eilish tour dates uk")
Q("", "killers of the flower moon book summary")
Q("", "shot put technique athletics")
Q("", "slay the spire 2 release date")
S("", "omg he slayed that solo", app="snap")
Q("", "how to revise for chemistry a level")
S("", "Can I get an extension on the psychology essay? Ive had covid all week. Thanks", app="outlook",
  title="Extension request - Message (HTML)")
Q("", "asda opening times christmas eve", who="adult")
S("", "Fire drill at 10:15 tomorrow, please remind learners to leave bags where they are.", app="outlook",
  title="Fire drill - Message (HTML)", who="staff")
Q("", "counselling skills level 3 assignment guidance person centred core conditions", via="clf-vle", who="adult")
Q("", "safeguarding policy", via="clf-vle", who="staff")
Q("", "exam timetable january", via="clf-vle")
Q("", "mock results", via="clf-vle")
M("", "the hitchhiker scene in the film absolutely kil", "led me, cinema was in bits", app="whatsapp")


# ===========================================================================
# Rendering: every "random" choice comes from SHA-256 of the item number.
# ===========================================================================
CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
              "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns", "zeek-http",
           "endpoint", "auto"]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]

# A few items get a fixed rendering so that Zeek TSV (with #fields header) appears.
FORCE_VIA = {
    ("domain", "store.steampowered.com"): "zeek-dns-tsv",
    ("domain", "www.nhs.uk"): "zeek-dns-tsv",
    ("search", "siege james mason pdf read online"): "zeek-http-tsv",
    ("search", "mdma how much first time 16 stone"): "zeek-http-tsv",
}


class Rng:
    """Deterministic choices for one item, derived from SHA-256 of its number."""

    def __init__(self, n):
        self.n = n
        self.k = 0

    def _h(self, salt):
        self.k += 1
        data = ("h14-%04d|%s|%d" % (self.n, salt, self.k)).encode()
        return int(hashlib.sha256(data).hexdigest(), 16)

    def int(self, a, b, salt="i"):
        return a + self._h(salt) % (b - a + 1)

    def pick(self, seq, salt="p"):
        return seq[self._h(salt) % len(seq)]

    def wpick(self, pairs, salt="w"):
        tot = sum(w for _, w in pairs)
        x = self._h(salt) % tot
        for v, w in pairs:
            if x < w:
                return v
            x -= w
        return pairs[-1][0]

    def chance(self, pct, salt="c"):
        return self._h(salt) % 1000 < pct * 10

    def hexs(self, k, salt="x"):
        return ("%064x" % self._h(salt))[:k]


def order_key(idx):
    return hashlib.sha256(("h14-order|%d" % idx).encode()).hexdigest()


SURNAMES = ["okafor", "hughes", "begum", "kowalski", "patel", "murray", "evans", "nguyen", "ahmed", "walsh",
            "mensah", "clarke", "rahman", "novak", "osei", "fletcher", "khan", "doyle", "singh", "bennett",
            "popescu", "ali", "turner", "hassan", "wright", "mahmood", "shaw", "adeyemi", "lewis", "kaur"]
INITIALS = "abcdefghijklmnoprstwyz"
SITES = {"main": 20, "north": 21, "acl": 22}
UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
VLE_HOST = "learn.fernhill-college.ac.uk"

APPS = {
    "whatsapp": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome")],
    "snap": [("chrome.exe", "Snapchat - Google Chrome"), ("msedge.exe", "Snapchat - Microsoft Edge")],
    "insta": [("msedge.exe", "Instagram \u2022 Chats - Microsoft Edge"), ("chrome.exe", "Instagram - Google Chrome")],
    "discord": [("Discord.exe", "#general | the lads - Discord"), ("Discord.exe", "Friends - Discord"),
                ("Discord.exe", "#chat | Sixth Form Hub - Discord")],
    "teams": [("ms-teams.exe", "Chat | Microsoft Teams"), ("ms-teams.exe", "Chat | Tutor group | Microsoft Teams")],
    "telegram": [("Telegram.exe", "Telegram"), ("chrome.exe", "Telegram Web - Google Chrome")],
    "x": [("chrome.exe", "Compose new post / X - Google Chrome")],
    "chatgpt": [("msedge.exe", "ChatGPT - Microsoft Edge"), ("chrome.exe", "ChatGPT - Google Chrome")],
    "moodle": [("chrome.exe", "Messages | Moodle - Google Chrome")],
    "notepad": [("notepad.exe", "*Untitled - Notepad")],
    "outlook": [("OUTLOOK.EXE", "Untitled - Message (HTML)")],
    "word": [("WINWORD.EXE", "Document1 - Word")],
    "gdocs": [("chrome.exe", "Untitled document - Google Docs - Google Chrome")],
    "ppt": [("POWERPNT.EXE", "Presentation1 - PowerPoint")],
}
APP_PROC_FOR_TITLE = {"outlook": "OUTLOOK.EXE", "word": "WINWORD.EXE", "gdocs": "chrome.exe",
                      "ppt": "POWERPNT.EXE"}
CHAT_APPS = ["whatsapp", "snap", "insta", "discord", "teams"]

ENGINES = {
    # name: (host, path-with-{q}, page title with {t})
    "google": ("www.google.co.uk", "/search?q={q}&hl=en-GB", "{t} - Google Search"),
    "google_com": ("www.google.com", "/search?q={q}&source=hp", "{t} - Google Search"),
    "bing": ("www.bing.com", "/search?q={q}&form=QBLH", "{t} - Search"),
    "ddg": ("duckduckgo.com", "/?q={q}&ia=web", "{t} at DuckDuckGo"),
    "yahoo": ("uk.search.yahoo.com", "/search?p={q}&fr=yfp-t", "{t} - Yahoo Search Results"),
    "ecosia": ("www.ecosia.org", "/search?method=index&q={q}", "{t} - Ecosia"),
    "yt": ("www.youtube.com", "/results?search_query={q}", "{t} - YouTube"),
    "tiktok": ("www.tiktok.com", "/search?q={q}&t=17{ms}", "Find '{t}' on TikTok | TikTok Search"),
    "reddit": ("www.reddit.com", "/search/?q={q}", "{t} - Reddit Search!"),
    "scholar": ("scholar.google.co.uk", "/scholar?hl=en&as_sdt=0%2C5&q={q}&btnG=", "{t} - Google Scholar"),
    "pubmed": ("pubmed.ncbi.nlm.nih.gov", "/?term={q}", "{t} - Search Results - PubMed"),
    "nice": ("www.nice.org.uk", "/search?q={q}", "Search results for {t} | NICE"),
    "amazon": ("www.amazon.co.uk", "/s?k={q}&crid=2X9{ms}", "Amazon.co.uk : {t}"),
    "bing_news": ("www.bing.com", "/news/search?q={q}&FORM=HDRSC6", "{t} - Search News"),
}
DEFAULT_ENGINES = [("google", 38), ("google_com", 6), ("bing", 13), ("ddg", 9), ("yt", 10), ("tiktok", 7),
                   ("yahoo", 5), ("ecosia", 5), ("reddit", 4)]


def server_ip(host):
    h = hashlib.sha256(("srv|" + host).encode()).digest()
    first = [142, 172, 151, 104, 23, 13, 52, 185, 31, 199][h[0] % 10]
    return "%d.%d.%d.%d" % (first, h[1], h[2], 1 + h[3] % 253)


class Ctx:
    """Who/where/when for one item."""

    def __init__(self, rng, who):
        self.rng = rng
        self.who = who
        r = rng
        if who == "staff":
            self.device = r.pick(["STAFF-LT-%04d" % r.int(100, 950), "PASTORAL-PC-%02d" % r.int(1, 6),
                                  "STAFFRM-PC-%02d" % r.int(1, 12), "B-BLOCK-OFFICE-%02d" % r.int(1, 9)])
            self.user = r.pick(["%s.%s" % (r.pick(INITIALS), r.pick(SURNAMES)),
                                "FERNHILL\\%s.%s" % (r.pick(INITIALS), r.pick(SURNAMES))])
            self.site = r.pick(["main", "main", "north"])
        elif who in ("adult", "esol"):
            pref = "ESOL-RM%d-PC%02d" % (r.int(1, 4), r.int(1, 20)) if who == "esol" else \
                r.pick(["ACL-RM%d-PC%02d" % (r.int(5, 9), r.int(1, 24)), "NURS-SUITE-PC%02d" % r.int(1, 18)])
            self.device = r.pick([pref, pref, "ACL-LOAN-LT-%03d" % r.int(1, 180)])
            self.user = "acl.%s%s%d" % (r.pick(INITIALS), r.pick(SURNAMES), r.int(1, 9))
            self.site = "acl"
        else:
            self.device = r.pick(["SF-LRC-PC-%02d" % r.int(1, 60), "SF-B%d%02d-PC%02d" % (r.int(1, 3), r.int(1, 20),
                                  r.int(1, 30)), "LOAN-LT-%04d" % r.int(1000, 1450), "SF-LIB-LT-%02d" % r.int(1, 40),
                                  "LOAN-LT-%04d" % r.int(1000, 1450)])
            sid = "s26%05d" % r.int(10000, 99999)
            self.user = r.pick([sid, sid, "FERNHILL\\" + sid, sid + "@students.fernhill-college.ac.uk"])
            self.site = r.pick(["main", "main", "north"])
        self.loan = "LOAN" in self.device
        self.ip = "10.%d.%d.%d" % (SITES[self.site], r.int(8, 120), r.int(2, 250))
        # date/time in November 2026 (GMT == UTC in November)
        weekdays = [d for d in range(2, 28) if datetime.date(2026, 11, d).weekday() < 5]
        alldays = list(range(2, 29))
        day = r.pick(alldays if self.loan else weekdays)
        if who == "staff":
            secs = r.int(7 * 3600 + 40 * 60, 18 * 3600)
        elif who in ("adult", "esol"):
            secs = r.pick([r.int(17 * 3600 + 30 * 60, 21 * 3600 + 30 * 60), r.int(9 * 3600 + 15 * 60, 15 * 3600)])
            if self.loan and r.chance(40):
                secs = r.int(21 * 3600, 23 * 3600 + 59 * 60)
        else:
            secs = r.int(8 * 3600 + 40 * 60, 16 * 3600 + 30 * 60)
            if self.loan and r.chance(55):
                secs = r.pick([r.int(17 * 3600, 23 * 3600 + 59 * 60), r.int(0, 2 * 3600 + 30 * 60)])
        ms = r.int(0, 999)
        self.dt = datetime.datetime(2026, 11, day, tzinfo=datetime.timezone.utc) + \
            datetime.timedelta(seconds=secs, milliseconds=ms)
        self.browser = r.wpick([("chrome", 60), ("edge", 28), ("firefox", 12)])

    # time helpers
    def epoch(self, dt=None):
        return (dt or self.dt).timestamp()

    def iso(self, dt=None):
        d = dt or self.dt
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)

    def syslog_date(self, pad=True, dt=None):
        d = dt or self.dt
        day = ("%2d" % d.day) if pad else ("%02d" % d.day)
        return "%s %s %s" % (MONTHS[d.month - 1], day, d.strftime("%H:%M:%S"))

    def clf_date(self):
        return self.dt.strftime("%d/") + MONTHS[self.dt.month - 1] + self.dt.strftime("/%Y:%H:%M:%S +0000")

    def ua(self):
        return {"chrome": UA_CHROME, "edge": UA_EDGE, "firefox": UA_FF}[self.browser]

    def browser_proc(self):
        return {"chrome": "chrome.exe", "edge": "msedge.exe", "firefox": "firefox.exe"}[self.browser]

    def browser_title(self, page):
        return page + {"chrome": " - Google Chrome", "edge": " - Microsoft Edge",
                       "firefox": " \u2014 Mozilla Firefox"}[self.browser]


# ---------------------------------------------------------------------------
# URL building
# ---------------------------------------------------------------------------
def encode_query(q, mode):
    if mode == "pct_all":
        return "".join("%%%02X" % b for b in q.encode("utf-8"))
    if mode == "plus":
        return urllib.parse.quote_plus(q, safe="")
    return urllib.parse.quote(q, safe="")


def search_url(rng, eng, q, enc):
    host, path, title = ENGINES[eng]
    mode = enc or rng.wpick([("plus", 62), ("pct20", 38)], "enc")
    if eng in ("tiktok",) and not enc:
        mode = "pct20"
    ms = "%011d" % rng.int(0, 99999999999)
    url = "https://" + host + path.replace("{q}", encode_query(q, mode)).replace("{ms}", ms)
    return url, host, title.replace("{t}", q)


# ---------------------------------------------------------------------------
# Line builders
# ---------------------------------------------------------------------------
def endpoint_line(ctx, event, process=None, window_title=None, text=None, url=None, dt=None, ascii_json=False,
                  with_site=True):
    obj = {"ts": ctx.iso(dt)}
    if with_site:
        obj["site"] = ctx.site
    obj["device"] = ctx.device
    obj["user"] = ctx.user
    obj["event"] = event
    if event == "heartbeat":
        obj["agent_version"] = "1.4.2"
        return json.dumps(obj, ensure_ascii=ascii_json)
    obj["process"] = process
    obj["window_title"] = window_title
    if event == "text_capture":
        obj["text"] = text
    if event in ("url_visit",) or url is not None:
        obj["url"] = url
    elif event == "text_capture":
        obj["url"] = None
    return json.dumps(obj, ensure_ascii=ascii_json)


def squid_line(ctx, rng, url, host, method="GET", status=200, code="TCP_MISS"):
    r = rng
    el = r.int(3, 1900)
    size = r.int(600, 98000) if status == 200 else r.int(0, 4200)
    srv = server_ip(host)
    user = ctx.user.split("\\")[-1].split("@")[0]
    variant = r.wpick([("native", 60), ("custom", 25), ("ukfull", 15)], "sqv")
    ts = "%.3f" % ctx.epoch()
    if method == "CONNECT":
        code = "TCP_TUNNEL" if status == 200 else code
        if variant == "native":
            return "%s %6d %s %s/%03d %d CONNECT %s %s HIER_DIRECT/%s -" % (ts, el, ctx.ip, code, status, size,
                                                                          url, user, srv)
        return '%s %6d %s %s %s/%03d %d CONNECT %s %s - "-" "%s" %s sni=%s bump=splice' % (
            ts, el, ctx.ip, user, code, status, size, url, srv, ctx.ua(), host, host)
    if variant == "native":
        return "%s %6d %s %s/%03d %d %s %s %s HIER_DIRECT/%s text/html" % (ts, el, ctx.ip, code, status, size,
                                                                         method, url, user, srv)
    if variant == "custom":
        return '%s %6d %s %s %s/%03d %d %s %s %s text/html "-" "%s" %s' % (ts, el, ctx.ip, user, code, status,
                                                                         size, method, url, srv, ctx.ua(), host)
    return '%s %6d %s %s %s/%03d %d %s %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
        ts, el, ctx.ip, user, code, status, size, method, url, srv, ctx.ua(), host, host)


def clf_line(ctx, rng, url, method="GET", status=200, squid_tail=True, combined=None, path_only=False):
    r = rng
    size = r.int(400, 90000)
    user = ctx.user.split("\\")[-1].split("@")[0]
    if combined is None:
        combined = r.chance(55, "comb")
    proto = "HTTP/1.1"
    req = '"%s %s %s"' % (method, url, proto)
    tail = " TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else " TCP_MISS:HIER_DIRECT"
    if not squid_tail:
        tail = ""
    if combined:
        ref = "-" if method == "CONNECT" else r.pick(["-", "-", "https://www.google.co.uk/"])
        return '%s - %s [%s] %s %d %d "%s" "%s"%s' % (ctx.ip, user, ctx.clf_date(), req, status, size, ref,
                                                      ctx.ua(), tail)
    return '%s - %s [%s] %s %d %d%s' % (ctx.ip, user, ctx.clf_date(), req, status, size, tail)


def vle_line(ctx, rng, q):
    """nginx/Apache combined log of the college VLE's own search page (path only, no proxy tail)."""
    size = rng.int(5000, 60000)
    path = "/search/index.php?q=" + encode_query(q, rng.pick(["plus", "pct20"]))
    return '%s - - [%s] "GET %s HTTP/2.0" 200 %d "https://%s/my/" "%s"' % (ctx.ip, ctx.clf_date(), path, size,
                                                                            VLE_HOST, ctx.ua())


def e2g_line(ctx, rng, url, terms=None, method="GET", status=200):
    r = rng
    fmt = r.wpick([("2", 40), ("4", 30), ("6", 30)], "e2f")
    user = ctx.user.split("\\")[-1].split("@")[0]
    size = r.int(300, 70000)
    group = {"staff": "staff", "adult": "adult_learners", "esol": "adult_learners"}.get(ctx.who, "students")
    params = ("0=%s;" % terms) if terms else "-"
    date = ctx.dt.strftime("%Y.%m.%d %H:%M:%S")
    if fmt == "6":
        fields = ["%.3f" % ctx.epoch(), "", user, ctx.ip, ctx.ip, url, method, str(status), str(size), "-",
                  ctx.ua(), "-", str(r.int(1, 900)), "-", "0", "-", "0", "-", group, "1"]
        return "\t".join(fields), fmt
    fields = [date, user, ctx.ip, url, "-", method, str(size), "0", "-", "1", str(status), "-", ctx.ip, group,
              ctx.ua(), params, "-", "-", "-"]
    if fmt == "2":
        return ",".join('"%s"' % f.replace('"', '""') for f in fields), fmt
    return "\t".join(fields), fmt


def zeek_http_json(ctx, rng, host, uri):
    obj = {"ts": round(ctx.epoch(), 6), "uid": "C" + rng.hexs(17), "id.orig_h": ctx.ip,
           "id.orig_p": rng.int(40000, 64000), "id.resp_h": server_ip(host), "id.resp_p": 80, "trans_depth": 1,
           "method": "GET", "host": host, "uri": uri, "version": "1.1", "user_agent": ctx.ua(),
           "request_body_len": 0, "response_body_len": rng.int(1000, 90000), "status_code": 200,
           "status_msg": "OK", "tags": []}
    return json.dumps(obj)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method",
                    "host", "uri", "referrer", "version", "user_agent", "origin", "request_body_len",
                    "response_body_len", "status_code", "status_msg", "info_code", "info_msg", "tags",
                    "username", "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types",
                    "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string",
                   "string", "string", "string", "string", "count", "count", "count", "string", "count", "string",
                   "set[enum]", "string", "string", "set[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt",
                   "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC",
                   "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string",
                  "count", "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool",
                  "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(ctx, path, fields, types):
    opened = (ctx.dt - datetime.timedelta(minutes=ctx.dt.minute, seconds=ctx.dt.second,
                                          microseconds=ctx.dt.microsecond)).strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t" + path, "#open\t" + opened, "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http_tsv(ctx, rng, host, uri):
    rec = ["%.6f" % ctx.epoch(), "C" + rng.hexs(17), ctx.ip, str(rng.int(40000, 64000)), server_ip(host), "80",
           "1", "GET", host, uri, "-", "1.1", ctx.ua(), "-", "0", str(rng.int(1000, 90000)), "200", "OK", "-", "-",
           "(empty)", "-", "-", "-", "-", "-", "-", "F" + rng.hexs(17), "-", "text/html"]
    return zeek_header(ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(rec)]


def zeek_dns_json(ctx, rng, dom):
    obj = {"ts": round(ctx.epoch(), 6), "uid": "C" + rng.hexs(17), "id.orig_h": ctx.ip,
           "id.orig_p": rng.int(20000, 64000), "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp",
           "trans_id": rng.int(1, 65000), "rtt": round(rng.int(200, 40000) / 1e6, 6), "query": dom, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR",
           "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0, "answers": [server_ip(dom)],
           "TTLs": [float(rng.pick([60, 120, 300, 3600]))], "rejected": False}
    return json.dumps(obj)


def zeek_dns_tsv(ctx, rng, dom):
    rec = ["%.6f" % ctx.epoch(), "C" + rng.hexs(17), ctx.ip, str(rng.int(20000, 64000)), "10.0.0.53", "53", "udp",
           str(rng.int(1, 65000)), "%.6f" % (rng.int(200, 40000) / 1e6), dom, "1", "C_INTERNET", "1", "A", "0",
           "NOERROR", "F", "F", "T", "T", "0", server_ip(dom), "300.000000", "F"]
    return zeek_header(ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(rec)]


def dnsmasq_parts(ctx, rng, dom):
    """Returns (syslog-style header, message) so that the line can also be re-wrapped by a remote syslog."""
    pid = rng.pick([812, 1093, 9987, 2210])
    qt = rng.wpick([("A", 75), ("AAAA", 25)])
    if rng.chance(65, "extra"):
        msg = "%d %s/%d query[%s] %s from %s" % (rng.int(1, 99999), ctx.ip, rng.int(1024, 65000), qt, dom, ctx.ip)
    else:
        msg = "query[%s] %s from %s" % (qt, dom, ctx.ip)
    return pid, msg


def unbound_line(ctx, rng, dom):
    pid = rng.pick([7862, 611, 1422])
    qt = rng.wpick([("A", 70), ("AAAA", 20), ("HTTPS", 10)])
    if rng.chance(55, "reply"):
        body = "info: %s %s. %s IN NOERROR %.6f 0 %d" % (ctx.ip, dom, qt, rng.int(0, 90000) / 1e6,
                                                         rng.int(40, 140))
    else:
        body = "info: %s %s. %s IN" % (ctx.ip, dom, qt)
    if rng.chance(35, "epoch"):
        return "[%d] unbound[%d:0] %s" % (int(ctx.epoch()), pid, body)
    return "%s unbound[%d:0] %s" % (ctx.syslog_date(pad=False), pid, body)


def bind_line(ctx, rng, dom, rpz=False):
    d = ctx.dt
    ts = "%02d-%s-%04d %s.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"),
                                   d.microsecond // 1000)
    cl = "client @0x7f%s %s#%d (%s)" % (rng.hexs(10), ctx.ip, rng.int(1024, 65000), dom)
    if rpz:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (ts, cl, dom, dom)
    return "%s queries: info: %s: query: %s IN %s +E(0)K (10.0.0.53)" % (ts, cl, dom,
                                                                        rng.pick(["A", "A", "AAAA"]))


# ---------------------------------------------------------------------------
# Wrappers
# ---------------------------------------------------------------------------
def wrap_3164(ctx, rng, line, tag, pri, host):
    return "<%d>%s %s %s[%d]: %s" % (pri, ctx.syslog_date(pad=True), host, tag, rng.int(300, 32000), line)


def wrap_5424(ctx, rng, line, app, pri, host):
    return "<%d>1 %s %s %s %d - - %s" % (pri, ctx.iso(), host, app, rng.int(300, 32000), line)


def wrap_envelope(ctx, rng, line, source, path, host):
    recv = ctx.dt + datetime.timedelta(seconds=rng.int(1, 40), microseconds=rng.int(0, 999999))
    obj = {"ts_received": recv.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "host": host, "source": source,
           "file": path, "message": line}
    return json.dumps(obj, ensure_ascii=False).replace("/", "\\/")


PROXY_WRAP = {
    "squid": ("squid", 166, "proxy01", "squid-access", "/var/log/squid/access.log"),
    "clf": ("squid", 166, "proxy02", "squid-access", "/var/log/squid/access.log"),
    "e2guardian": ("e2guardian", 166, "filter01", "e2guardian", "/var/log/e2guardian/access.log"),
    "endpoint": ("guardline-agent", 14, "gl-collector", "guardline-endpoint", "/var/log/guardline/endpoint.jsonl"),
    "zeek-http": ("zeek", 134, "sensor01", "zeek-http", "/opt/zeek/logs/current/http.log"),
    "zeek-dns": ("zeek", 134, "sensor01", "zeek-dns", "/opt/zeek/logs/current/dns.log"),
    "unbound": ("unbound", 30, "dns01", "unbound", "/var/log/unbound/unbound.log"),
    "bind": ("named", 30, "dns02", "bind", "/var/log/named/queries.log"),
}


def maybe_wrap(ctx, rng, fmt, line):
    """Returns (line, wrapper-kind)."""
    if fmt == "dnsmasq":
        return line, None
    tag, pri, host, source, path = PROXY_WRAP[fmt]
    x = rng.int(0, 999, "wrap")
    if fmt in ("squid", "clf", "e2guardian"):
        if x < 90:
            return wrap_3164(ctx, rng, line, tag, pri, host), "rfc3164"
        if x < 150:
            return wrap_5424(ctx, rng, line, tag, pri, host), "rfc5424"
        if x < 190:
            return wrap_envelope(ctx, rng, line, source, path, host), "envelope"
    elif fmt == "endpoint":
        if x < 70:
            return wrap_5424(ctx, rng, line, tag, pri, host), "rfc5424"
        if x < 100:
            return wrap_3164(ctx, rng, line, tag, pri, host), "rfc3164"
        if x < 135:
            return wrap_envelope(ctx, rng, line, source, path, host), "envelope"
    elif fmt == "bind":
        if x < 120:
            return wrap_3164(ctx, rng, line, tag, pri, host), "rfc3164"
    else:
        if x < 90:
            return wrap_envelope(ctx, rng, line, source, path, host), "envelope"
    return line, None


# ---------------------------------------------------------------------------
# Item renderers
# ---------------------------------------------------------------------------
def app_window(rng, item):
    app = item.get("app") or rng.pick(CHAT_APPS, "app")
    proc, title = rng.pick(APPS[app], "appw")
    if item.get("title"):
        title = item["title"]
        if app == "gdocs":
            title = title if title.endswith("Google Chrome") else title + " - Google Chrome"
        if app in APP_PROC_FOR_TITLE:
            proc = APP_PROC_FOR_TITLE[app]
    return proc, title


def render_say(item, ctx, rng):
    proc, title = app_window(rng, item)
    line = endpoint_line(ctx, "text_capture", proc, title, item["text"], ascii_json=rng.chance(25, "asc"),
                         with_site=rng.chance(70, "site"))
    line, w = maybe_wrap(ctx, rng, "endpoint", line)
    return "endpoint", [line], {"event": "text_capture", "wrap": w}


def render_multi(item, ctx, rng):
    proc, title = app_window(rng, item)
    gap = datetime.timedelta(seconds=rng.int(2, 22), milliseconds=rng.int(0, 999))
    site = rng.chance(70, "site")
    l1 = endpoint_line(ctx, "text_capture", proc, title, item["frags"][0], with_site=site)
    l2 = endpoint_line(ctx, "text_capture", proc, title, item["frags"][1], dt=ctx.dt + gap, with_site=site)
    return "endpoint", [l1, l2], {"event": "text_capture", "wrap": None, "multi": True}


def render_search(item, ctx, rng):
    q = item["query"]
    via = FORCE_VIA.get(("search", q)) or item.get("via")
    if via == "clf-vle":
        return "clf", [vle_line(ctx, rng, q)], {"wrap": None}
    eng = item.get("eng") or rng.wpick(DEFAULT_ENGINES, "eng")
    url, host, page = search_url(rng, eng, q, item.get("enc"))
    if not via:
        opts = [("squid", 27), ("clf", 17), ("e2guardian", 15), ("zeek-http", 10), ("ep_title", 20), ("ep_url", 11)]
        if item.get("enc") == "pct_all":
            opts = opts[:4]
        via = rng.wpick(opts, "via")
    if via == "squid":
        return _wrapped(ctx, rng, "squid", squid_line(ctx, rng, url, host))
    if via == "clf":
        return _wrapped(ctx, rng, "clf", clf_line(ctx, rng, url))
    if via == "e2guardian":
        line, sub = e2g_line(ctx, rng, url, terms=q)
        return _wrapped(ctx, rng, "e2guardian", line)
    if via in ("zeek-http", "zeek-http-tsv"):
        uri = url.split(host, 1)[1]
        if via == "zeek-http-tsv":
            return "zeek-http", zeek_http_tsv(ctx, rng, host, uri), {"wrap": None, "tsv": True}
        return _wrapped(ctx, rng, "zeek-http", zeek_http_json(ctx, rng, host, uri))
    if via == "ep_title":
        line = endpoint_line(ctx, "window_title", ctx.browser_proc(), ctx.browser_title(page),
                             with_site=rng.chance(70, "site"), ascii_json=rng.chance(25, "asc"))
        line, w = maybe_wrap(ctx, rng, "endpoint", line)
        return "endpoint", [line], {"event": "window_title", "wrap": w}
    line = endpoint_line(ctx, "url_visit", ctx.browser_proc(), ctx.browser_title(page), url=url,
                         with_site=rng.chance(70, "site"), ascii_json=rng.chance(25, "asc"))
    line, w = maybe_wrap(ctx, rng, "endpoint", line)
    return "endpoint", [line], {"event": "url_visit", "wrap": w}


def _wrapped(ctx, rng, fmt, line):
    line, w = maybe_wrap(ctx, rng, fmt, line)
    return fmt, [line], {"wrap": w}


def render_title(item, ctx, rng):
    line = endpoint_line(ctx, "window_title", item["proc"], item["title"], with_site=rng.chance(70, "site"),
                         ascii_json=rng.chance(25, "asc"))
    line, w = maybe_wrap(ctx, rng, "endpoint", line)
    return "endpoint", [line], {"event": "window_title", "wrap": w}


def render_proc(item, ctx, rng):
    line = endpoint_line(ctx, "process_start", item["proc"], item["title"], with_site=rng.chance(70, "site"))
    line, w = maybe_wrap(ctx, rng, "endpoint", line)
    return "endpoint", [line], {"event": "process_start", "wrap": w}


def render_heartbeat(item, ctx, rng):
    return "endpoint", [endpoint_line(ctx, "heartbeat")], {"event": "heartbeat", "wrap": None}


def render_domain(item, ctx, rng):
    dom = item["domain"]
    via = FORCE_VIA.get(("domain", dom)) or item.get("via")
    blocked = bool(item["expect"]) and item["expect"][0]["category"] in (
        "adult_content", "gambling", "filter_bypass", "piracy")
    if not via:
        via = rng.wpick([("dnsmasq", 28), ("unbound", 24), ("bind", 20), ("zeek-dns", 14), ("squid", 9),
                         ("clf", 5)], "dvia")
    if via == "zeek-dns-tsv":
        return "zeek-dns", zeek_dns_tsv(ctx, rng, dom), {"wrap": None, "tsv": True}
    if via == "dnsmasq":
        pid, msg = dnsmasq_parts(ctx, rng, dom)
        if rng.chance(15, "dsys"):
            return "dnsmasq", ["<30>%s pihole dnsmasq[%d]: %s" % (ctx.syslog_date(pad=True), pid, msg)], \
                {"wrap": "rfc3164"}
        return "dnsmasq", ["%s dnsmasq[%d]: %s" % (ctx.syslog_date(pad=True), pid, msg)], {"wrap": None}
    if via == "unbound":
        return _wrapped(ctx, rng, "unbound", unbound_line(ctx, rng, dom))
    if via == "bind":
        return _wrapped(ctx, rng, "bind", bind_line(ctx, rng, dom, rpz=blocked and rng.chance(50, "rpz")))
    if via == "zeek-dns":
        return _wrapped(ctx, rng, "zeek-dns", zeek_dns_json(ctx, rng, dom))
    if via == "squid":
        st = 403 if blocked and rng.chance(40, "blk") else 200
        return _wrapped(ctx, rng, "squid", squid_line(ctx, rng, dom + ":443", dom, method="CONNECT", status=st,
                                                      code="TCP_DENIED"))
    return _wrapped(ctx, rng, "clf", clf_line(ctx, rng, dom + ":443", method="CONNECT"))


def render_url(item, ctx, rng):
    url = item["url"]
    host = urllib.parse.urlsplit(url).hostname
    via = item.get("via") or rng.wpick([("squid", 25), ("clf", 15), ("e2guardian", 15), ("zeek-http", 10),
                                        ("ep_url", 35)], "uvia")
    if via == "squid":
        return _wrapped(ctx, rng, "squid", squid_line(ctx, rng, url, host))
    if via == "clf":
        return _wrapped(ctx, rng, "clf", clf_line(ctx, rng, url))
    if via == "e2guardian":
        return _wrapped(ctx, rng, "e2guardian", e2g_line(ctx, rng, url)[0])
    if via == "zeek-http":
        uri = url.split(host, 1)[1]
        return _wrapped(ctx, rng, "zeek-http", zeek_http_json(ctx, rng, host, uri))
    page = item.get("title") or host
    line = endpoint_line(ctx, "url_visit", ctx.browser_proc(), ctx.browser_title(page), url=url,
                         with_site=rng.chance(70, "site"))
    line, w = maybe_wrap(ctx, rng, "endpoint", line)
    return "endpoint", [line], {"event": "url_visit", "wrap": w}


RENDER = {"say": render_say, "multi": render_multi, "search": render_search, "title": render_title,
          "proc": render_proc, "heartbeat": render_heartbeat, "domain": render_domain, "url": render_url}


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
SYSLOG_3164 = re.compile(r"^<\d{1,3}>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ [^:\[\s]+(\[\d+\])?: ")
SYSLOG_5424 = re.compile(r"^<\d{1,3}>1 \S+ \S+ \S+ \S+ \S+ (-|\[.*?\]) ")


def unwrap(line):
    if line.startswith("{") and '"message"' in line and '"ts_received"' in line:
        return json.loads(line)["message"]
    m = SYSLOG_5424.match(line)
    if m:
        return line[m.end():]
    m = SYSLOG_3164.match(line)
    if m:
        return line[m.end():]
    return line


def validate(rec, seen):
    assert set(rec) <= {"id", "format", "line", "lines", "expect", "allow"}, rec.keys()
    assert re.fullmatch(r"h14-\d{4}", rec["id"]) and rec["id"] not in seen, rec["id"]
    seen.add(rec["id"])
    assert rec["format"] in FORMATS, rec["format"]
    assert ("line" in rec) != ("lines" in rec)
    lines = [rec["line"]] if "line" in rec else rec["lines"]
    assert lines and all(isinstance(l, str) and l and "\n" not in l for l in lines)
    assert isinstance(rec["expect"], list)
    cats = set()
    for e in rec["expect"]:
        assert set(e) == {"category", "min_level"}, e
        assert e["category"] in CATEGORIES, e
        assert isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5, e
        assert e["category"] not in cats
        cats.add(e["category"])
    for a in rec.get("allow", []):
        assert a in CATEGORIES and a not in cats, (rec["id"], a)
    joined = " ".join(lines)
    assert ("2026-11-" in joined or "Nov" in joined or "2026.11." in joined or "/Nov/2026" in joined
            or re.search(r"\b179[3-5]\d{6}", joined)), rec["id"]
    inner = [unwrap(l) for l in lines]
    endpoint_like = all(i.startswith("{") and '"device"' in i and '"event"' in i for i in inner)
    if rec["format"] == "endpoint" or (rec["format"] == "auto" and endpoint_like):
        objs = [json.loads(i) for i in inner]
        for o in objs:
            assert "ts" in o and "device" in o and "event" in o, o
            assert o["event"] in EVENTS, o
            assert o["ts"].startswith("2026-11-"), o
        if len(objs) == 2:
            a, b = objs
            assert a["device"] == b["device"] and a["window_title"] == b["window_title"]
            ta = datetime.datetime.fromisoformat(a["ts"].replace("Z", "+00:00"))
            tb = datetime.datetime.fromisoformat(b["ts"].replace("Z", "+00:00"))
            assert 0 < (tb - ta).total_seconds() < 30
    if rec["format"] in ("zeek-dns", "zeek-http") and inner[0].startswith("{"):
        json.loads(inner[0])
    json.dumps(rec)


# ---------------------------------------------------------------------------
def build():
    order = sorted(range(len(ITEMS)), key=order_key)
    out, meta = [], []
    for pos, idx in enumerate(order):
        n = pos + 1
        item = ITEMS[idx]
        rng = Rng(n)
        ctx = Ctx(rng, item.get("who", "stu"))
        fmt, lines, info = RENDER[item["kind"]](item, ctx, rng)
        # about one single-line item in twenty is labelled "auto" (format sniffed per line)
        if len(lines) == 1 and Rng(n).chance(5, "auto"):
            info["labelled_auto_from"] = fmt
            fmt = "auto"
        rec = {"id": "h14-%04d" % n, "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = item["expect"]
        if item["allow"]:
            rec["allow"] = item["allow"]
        info["kind"] = item["kind"]
        out.append(rec)
        meta.append(info)
    return out, meta


def stats(out, meta):
    from collections import Counter
    pos = Counter()
    lvl = Counter()
    neg = 0
    for r in out:
        if not r["expect"]:
            neg += 1
        for e in r["expect"]:
            pos[e["category"]] += 1
            lvl[(e["category"], e["min_level"])] += 1
    err = sys.stderr
    print("items: %d  positives: %d  negatives: %d (%.1f%%)" % (len(out), len(out) - neg, neg,
                                                              100.0 * neg / len(out)), file=err)
    print("positives per category:", file=err)
    for c in CATEGORIES:
        levels = ", ".join("L%d=%d" % (l, lvl[(c, l)]) for l in range(1, 6) if lvl[(c, l)])
        print("  %-16s %3d  (%s)" % (c, pos[c], levels), file=err)
    print("with allow: %d" % sum(1 for r in out if r.get("allow")), file=err)
    print("formats: " + ", ".join("%s=%d" % kv for kv in sorted(Counter(r["format"] for r in out).items())),
          file=err)
    print("auto labelled from: " + ", ".join("%s=%d" % kv for kv in sorted(
        Counter(m["labelled_auto_from"] for m in meta if "labelled_auto_from" in m).items())), file=err)
    print("endpoint events: " + ", ".join("%s=%d" % kv for kv in sorted(
        Counter(m["event"] for m in meta if m.get("event")).items())), file=err)
    print("wrappers: " + ", ".join("%s=%d" % kv for kv in sorted(
        Counter(m["wrap"] for m in meta if m.get("wrap")).items())), file=err)
    print("multi-line (split text) items: %d; zeek TSV items: %d" % (
        sum(1 for m in meta if m.get("multi")), sum(1 for m in meta if m.get("tsv"))), file=err)
    print("item kinds: " + ", ".join("%s=%d" % kv for kv in sorted(Counter(m["kind"] for m in meta).items())),
          file=err)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout14.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print counts to stderr")
    args = ap.parse_args(argv)
    out, meta = build()
    seen = set()
    for rec in out:
        validate(rec, seen)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec) + "\n")
    # re-read and re-validate what was written
    seen = set()
    with open(args.out, encoding="utf-8") as fh:
        for ln in fh:
            validate(json.loads(ln), seen)
    if args.stats:
        stats(out, meta)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
