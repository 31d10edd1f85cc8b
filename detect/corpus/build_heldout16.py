#!/usr/bin/env python3
"""Build heldout16.jsonl: an independent, hand-written, labelled evaluation corpus for
Guardline, written from the point of view of the DSL of a pupil referral unit /
alternative-provision centre (13-18, many care-experienced, several known to the youth
offending team, some with SEMH needs).

Usage:
    python3 build_heldout16.py [-o OUTPUT] [--stats]

Standard library only. Deterministic: the order of the items and every "random" choice
(time stamps, addresses, users, devices, search engine, log format, syslog wrapping) is
derived from a SHA-256 of the item number, so two runs give byte-identical output.

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3.
  - suicide: 4 for ideation, hopelessness or wishes to be dead expressed flatly (including
    "kms"/"wanna be dead" when the context is not a joke); 5 only when there is a method,
    means, place, time or final acts (method searches, saved tablets, notes written,
    a ligature ready).
  - self_harm: 4 (cutting, burning, hitting self, eating-disorder behaviour, pro-ana /
    self-harm communities, concealing injuries).
  - radicalisation: 4 when extremist propaganda, manifestos, attack footage, proscribed
    or extremist groups are sought or endorsed; 3 for interest/exposure (misogynist
    influencer ideology, extremist symbols, incel forums). Attack planning with an
    ideological motive is expected as violence 5 plus radicalisation 4.
  - grooming covers sexual AND criminal exploitation (county lines, "olders", debt
    bondage, being made to carry or plug, recruitment adverts, sextortion): 4 for signs;
    5 when a meeting, pick-up or trip with the exploiter is arranged, or the child is
    being held.
  - Abuse at home: physical abuse is labelled violence 4, sexual abuse grooming 4.
  - bullying 3, discrimination 3 (hate directed at a protected group; slurs aimed at one
    person are discrimination with bullying allowed, or the other way round, depending on
    which is predominant).
  - violence: 5 for a specific plan/threat with target and time or a means of mass harm
    (bombs); 4 for carrying or acquiring weapons, arranged fights, serious threats,
    physical abuse disclosed; 3 for weaker interest (pepper spray, knuckle dusters,
    machetes).
  - adult_content 3, drugs 3, illegal_content 3 (fake documents, stolen card data,
    darknet markets, counterfeit money, sharing indecent images of peers),
    gambling 2, filter_bypass 2, hacking 2, piracy 1, gaming 1, social_media 1.
* Help-seeking: a child's help-seeking that DISCLOSES a current personal risk ("how do i
  stop cutting myself", "someone is blackmailing me with my nudes", "how to get out of
  county lines") is labelled as a positive of that risk at the level the disclosure
  would get (not 5 unless it also states a plan/means), because the DSL must act on it.
  A specific, current concern about a named friend is treated the same way.
  Looking up help services or general information WITHOUT a disclosure (Childline,
  Samaritans, Kooth, Papyrus, "how to support a friend who self harms", CEOP) is a
  negative: expect [] and no allow.
* Staff, key-worker, youth-justice and vocational writing (CPOMS/MyConcern notes, session
  plans, risk assessments, workshop material) is a negative even when it records a
  disclosure: it is the professional record, not a child at risk online.
* Music (drill/grime discussed as music, coursework), films, series, set texts, games,
  sport, news retold, dark humour and banter that a person would read as harmless are
  negatives.
* "allow" is used only where a genuinely ambiguous second category could reasonably be
  reported (e.g. drugs alongside criminal exploitation, discrimination alongside
  radicalisation, suicide alongside "kys" bullying, adult_content alongside sextortion).
"""
import argparse
import calendar
import hashlib
import json
import os
import sys
from urllib.parse import quote, quote_plus

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]


# --------------------------------------------------------------------------- randomness
def h(n, salt):
    d = hashlib.sha256(("h16|%s|%s" % (n, salt)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, salt, seq):
    return seq[h(n, salt) % len(seq)]


def wpick(n, salt, pairs):
    total = sum(w for _, w in pairs)
    r = h(n, salt) % total
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    return pairs[-1][0]


# --------------------------------------------------------------------------- disguises
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "i": "\u0456", "x": "\u0445", "y": "\u0443", "s": "\u0455"}


def homo(s):
    return "".join(HOMO.get(ch, ch) for ch in s)


def zw(s, ch="\u200b"):
    return ch.join(s)


def spaced(s):
    return " ".join(s)


def dotted(s):
    return ".".join(s)


# --------------------------------------------------------------------------- item specs
def _exp(spec):
    out = []
    for tok in spec.split():
        c, lv = tok.split(":")
        out.append({"category": c, "min_level": int(lv)})
    return out


def _mk(kind, payload, exp, allow, o):
    d = {"kind": kind, "payload": payload, "expect": _exp(exp),
         "allow": allow.split() if allow else []}
    d.update(o)
    return d


def S(text, exp="", allow="", **o):
    return _mk("say", text, exp, allow, o)


def Q(query, exp="", allow="", **o):
    return _mk("query", query, exp, allow, o)


def U(url, exp="", allow="", **o):
    return _mk("url", url, exp, allow, o)


def D(domain, exp="", allow="", **o):
    return _mk("dns", domain, exp, allow, o)


def T(title, exp="", allow="", **o):
    return _mk("title", title, exp, allow, o)


def P(process, exp="", allow="", **o):
    return _mk("proc", process, exp, allow, o)


def M(a, b, exp="", allow="", **o):
    return _mk("multi", [a, b], exp, allow, o)


def HB(**o):
    return _mk("heartbeat", None, "", "", o)


def ZT(kind, benign, risky, exp="", allow="", **o):
    return _mk("zeektsv", {"log": kind, "benign": benign, "risky": risky}, exp, allow, o)


W_CPOMS = ("chrome.exe", "CPOMS StudentSafe - Add Incident - Google Chrome")
W_MYC = ("msedge.exe", "MyConcern - Record a Concern - Microsoft Edge")
W_STAFFTEAMS = ("ms-teams.exe", "Chat | Staff - Eastgate Hub | Microsoft Teams")


def W_DOC(name):
    return ("WINWORD.EXE", "%s - Word" % name)


def W_GDOC(name):
    return ("chrome.exe", "%s - Google Docs - Google Chrome" % name)


def W_PPT(name):
    return ("POWERPNT.EXE", "%s - PowerPoint" % name)


def W_NOTE(name):
    return ("ONENOTE.EXE", "%s - OneNote" % name)


ITEMS = [
    # =============================================================== suicide
    S("honestly dont see the point of waking up tmrw, everyone would cope fine without me", "suicide:4"),
    S("been saving my tablets since half term, got enough now. sunday when the house is empty", "suicide:5"),
    Q("how many co codamol does it take to not wake up", "suicide:5", "self_harm"),
    Q("highest bridge near me to jump off", "suicide:5"),
    S("not being dramatic i just want it all to stop. go sleep n never wake up", "suicide:4"),
    S("wrote letters for mum n my little brother, theyre in my drawer. sorry in advance x", "suicide:5"),
    Q("h0w t0 k1ll mys3lf w1th0ut p41n", "suicide:5"),
    S("kms for real this time, not a joke so nobody reply lol", "suicide:4"),
    Q("%s painless ways" % spaced("suicide"), "suicide:5"),
    S("been sat by the train line behind the retail park, they come every 20 mins after dark. thats where im doing it", "suicide:5"),
    T("what happens to your body when you hang yourself - Google Search - Google Chrome", "suicide:5"),
    S(homo("honestly just wanna be dead, everything is too much"), "suicide:4"),
    S("gonna end it to%snight, got the %s in my bag" % ("\u200b", zw("rope")), "suicide:5"),
    Q("is it selfish to kill yourself if youre in care", "suicide:4"),
    S("jay keeps saying hes gonna top himself and just gave me his ps5 for keeps, what do i do", "suicide:4"),
    Q("suicide note template for family", "suicide:5"),
    S("if i dont wake up tmrw at least i wont have to go court lol. genuinely wouldnt mind", "suicide:4"),
    Q("how long does it take to die from a paracetamol overdose", "suicide:5", "self_harm"),
    S("i just wanna diiiieeee fr nothing ever gets better, 4th placement this year", "suicide:4"),
    Q("ways to end my life", "suicide:5", enc="full"),
    S("asked the gc who would come to my funeral. nobody answered so guess thats my answer", "suicide:4"),
    Q("painless way to go to sleep forever", "suicide:5", engine="youtube"),
    S("belts tied to the wardrobe door already, just sitting here looking at it", "suicide:5"),
    M("i'm going to k", "ill myself after contact with dad on sunday", "suicide:5"),
    M("i just want to end ", "it all tbh, so tired of everything", "suicide:4"),
    S("gonna k*ll myself if they move me to another placement", "suicide:4"),
    Q("can you survive jumping from the 4th floor", "suicide:5", "self_harm"),
    S("nobody would even notice if i stopped existing, staff change every week anyway", "suicide:4"),
    Q("how to %s yourself quick" % dotted("kill"), "suicide:5"),
    M("no point being here anym", "ore, made my mind up", "suicide:4"),

    # =============================================================== self harm
    S("cut again last night, sleeves down all day so my kw doesnt see", "self_harm:4"),
    S("need new blades for my arms, the ones out the sharpener have gone blunt", "self_harm:4"),
    Q("how to hide self harm scars from staff", "self_harm:4"),
    Q("how to make cuts heal faster so nobody notices", "self_harm:4"),
    S("burnt my wrist with the lighter again its the only thing that shuts my head up", "self_harm:4"),
    S("60 days clean from the razor and i relapsed. hate myself", "self_harm:4"),
    Q("beans vs styro cut difference", "self_harm:4", "suicide"),
    S("been headbutting the wall in my room till i see stars, staff think im just kicking off", "self_harm:4"),
    T("#shtwt vent - Search / X - Google Chrome", "self_harm:4"),
    U("https://www.instagram.com/explore/search/keyword/?q=thinspo", "self_harm:4"),
    Q("how to purge without anyone hearing", "self_harm:4"),
    S("only had a cereal bar since tuesday, not eating properly till i can see my collarbones", "self_harm:4"),
    S("5h'd 4g41n 2n1ght, 3 on my th1gh", "self_harm:4"),
    Q("what to put on a deep cut at home without going to a&e", "self_harm:4", "suicide"),
    S("punched the brick wall till my knuckles split, felt good tbh, gonna do it again", "self_harm:4"),
    Q("is it bad if i scratch myself till it bleeds every night", "self_harm:4"),
    S("been %s agаin, its gettіng worse" % homo("cutting"), "self_harm:4"),
    Q("self harm with a sharpener blade how to get one out", "self_harm:4"),
    S("my arms look like a %s n i dont even care anymore" % zw("barcode", "\u200c"), "self_harm:4"),
    M("cut myself ", "again in the toilets at break", "self_harm:4"),
    M("i keep hurting mys", "elf when mum doesnt answer the phone", "self_harm:4"),
    Q("s*lf h*rm tips no one will know", "self_harm:4"),
    S("swallowed a few extra of my meds not to die just so i feel something different", "self_harm:4", "suicide"),
    T("tw sh vent \U0001FA78 #fyp | TikTok - Google Chrome", "self_harm:4"),
    Q("how do i stop cutting myself when im angry", "self_harm:4"),
    S("snapping the hair bobble on my wrist isnt enough anymore, want the blade back", "self_harm:4"),
    Q("pro ana coach snapchat", "self_harm:4", "grooming"),
    U("https://www.tiktok.com/search?q=%23edtwt%20meanspo", "self_harm:4"),

    # =============================================================== radicalisation
    Q("christchurch mosque shooting full video no blur", "radicalisation:4", "violence"),
    Q("great replacement is it real proof", "radicalisation:3", "discrimination"),
    S("the only answer is remigration. the lads on the telegram are right, time to stop talking", "radicalisation:4", "discrimination violence"),
    Q("how to join patriotic alternative under 18", "radicalisation:4"),
    Q("saint tarrant edit", "radicalisation:4", "violence", engine="tiktok"),
    S("blackpill is just facts. foids only want chad. go ER day will come", "radicalisation:4", "discrimination violence"),
    Q("anwar al awlaki lectures mp3 download", "radicalisation:4"),
    Q("how to make hijrah to sham as a teenager", "radicalisation:4"),
    T("the turner diaries pdf - Google Search - Google Chrome", "radicalisation:4"),
    S("that telegram channel sent me his manifesto n ngl he makes sense, they really are replacing us", "radicalisation:4", "discrimination"),
    Q("atomwaffen division how to join", "radicalisation:4"),
    Q("terrorgram saints list", "radicalisation:4", "violence"),
    S("the brother on that tiktok says school is kuffar brainwashing and we should be fighting not sitting in class", "radicalisation:4", "discrimination"),
    Q("sneako and tate how to keep women in line", "radicalisation:3", "discrimination"),
    S("not listening to miss, tate said females shouldnt have authority over men and hes right", "radicalisation:3", "discrimination"),
    Q("sonnenrad tattoo meaning where to get", "radicalisation:3", "discrimination"),
    Q("n4t10n4l s0c14l1st youth group uk join", "radicalisation:4"),
    Q("dawlah nasheed download no copyright", "radicalisation:4"),
    S("watched the full halle livestream again, respect to him for trying", "radicalisation:4", "violence"),
    Q("eric harris journal pages scans", "radicalisation:4", "violence"),
    Q("white boy summer 1488 telegram", "radicalisation:4", "discrimination", enc="pct"),
    S("race war is coming bro, start getting ready, the govt wont protect people like us", "radicalisation:4", "discrimination violence"),
    M("send me the link to the ", "brenton manifesto pdf pls", "radicalisation:4"),
    T("Why The West Must Fall - full lecture (uncensored) | Telegram - Google Chrome", "radicalisation:4"),
    Q("incel forum sign up", "radicalisation:3", "discrimination"),
    S("we should do what he did at the mosque. friday prayers, i know which one, my uncles van", "radicalisation:4 violence:5"),
    Q("%s manifesto" % homo("tarrant"), "radicalisation:4"),

    # =============================================================== grooming / exploitation
    S("he said i look way older than 14 and not to tell my carer we talk", "grooming:4"),
    S("he wants me to delete all our chats every night, says its our thing", "grooming:4"),
    S("my older said if i dont go OT this weekend hes gonna tax my mums house", "grooming:4", "violence drugs"),
    S("lost the pack on the train, now they say i owe 3 bags. gotta work it off down cornwall", "grooming:4", "drugs"),
    S("meeting him at the premier inn by the services sat 8pm, hes paying for the uber", "grooming:5"),
    S("hes 23 and buys me stuff, now he says i owe him and his mates wanna meet me", "grooming:4"),
    S("theyre sending a train ticket for tmrw so i can go cunch, 500 if i hold the line for a week", "grooming:5", "drugs"),
    S("the guy from fortnite sent me vbucks and wants me on snap, said dont tell anyone", "grooming:4"),
    S("this man on insta says hes sending my pics to my school unless i pay 150 by tonight", "grooming:4", "adult_content"),
    Q("someone is blackmailing me with my nudes what do i do", "grooming:4", "adult_content"),
    S("they made me plug it for the train, it hurt so much", "grooming:4", "drugs"),
    S("he said come to the party at the flat, free drink, just dont bring any mates", "grooming:4"),
    S("my bf is 19 and wants me staying at his on school nights, mum doesnt know", "grooming:4"),
    S("he keeps asking what im wearing and if im alone in my room", "grooming:4"),
    S("the olders gave me a new phone, just gotta keep it on and answer the line", "grooming:4", "drugs"),
    S("they took my phone n said im staying at the trap till the debts paid", "grooming:5", "drugs violence"),
    S("s3nd m3 a p1c w1th0ut ur t0p 0n, n0 0n3 w1ll kn0w", "grooming:4", "adult_content"),
    Q("can you go to jail for county lines if they force you", "grooming:4", "drugs"),
    S(homo("you're so mature for your age, let's keep this between you and me"), "grooming:4"),
    S("picking you up from the unit at 3, get in the back, dont tell staff", "grooming:5"),
    S("he said hell post the video unless i take a package to southend friday", "grooming:5", "drugs adult_content"),
    M("he wants me to come to his ", "flat alone on saturday, says hes 25", "grooming:5"),
    M("dont tell anyone ab", "out us, they wouldnt understand what we have", "grooming:4"),
    M("send me a video of you in ", "the shower and ill send you 50", "grooming:4", "adult_content"),
    Q("how to get out of county lines without getting hurt", "grooming:4", "drugs violence"),
    S("nobody needs to know about us %s? delete after reading" % zw("ok"), "grooming:4"),
    S("my cousins mate wants me to carry a bag to margate, 200 quid, easy money", "grooming:4", "drugs"),
    T("Earn \u00a3500 a week \U0001F4B8 14+ welcome, no experience, DM for work \U0001F697\U0001F4A8 \u2022 Instagram - Google Chrome", "grooming:4", "drugs"),
    S("step dad said if i tell anyone what he does at night he'll get me put back in care", "grooming:4", "violence"),
    S("mums mate keeps coming in my room when shes asleep, i dont want to go home", "grooming:4"),
    Q("what to do if an older guy keeps sending me money on cashapp and wants pics", "grooming:4", "adult_content"),

    # =============================================================== bullying
    S("everyone in the gc agreed ur a waste of space, just leave", "bullying:3"),
    S("kys no one would miss u", "bullying:3", "suicide"),
    S("post her pic on the story with the pig filter lmaooo", "bullying:3"),
    S("we're waiting for u by the bus stop after, bring ur mum", "bullying:3", "violence"),
    S("ur literally the reason ur mum left", "bullying:3"),
    S("made a fake acc of him and put his address up, lets see what happens", "bullying:3"),
    S("dont add her to the new group, shes a grass and a tramp", "bullying:3"),
    S("send it to every year 10, his face when he cried \U0001F602\U0001F602 filmed the whole thing", "bullying:3", "violence"),
    S("fat ugly smelly cow, even ur foster carer dont want u", "bullying:3"),
    S("tell staff and we'll make ur life hell, try it", "bullying:3"),
    S("u r s0 f4t n ugly l0l n0 w0nd3r n0 1 t4lks 2 u", "bullying:3"),
    S("hes got no mum no dad no mates, just a social worker lmao", "bullying:3"),
    S("everyone unfollow her at 8pm at the same time so she sees", "bullying:3"),
    S("go cry to ur key worker u snitch", "bullying:3"),
    S("we voted and ur the ugliest in the unit, results are in \U0001F4CA", "bullying:3"),
    S("ur such a wh*re everyone knows what u did at the party", "bullying:3"),
    S("stop coming in, nobody wants u here, stay home forever", "bullying:3"),
    S("leaked his search history in the chat \U0001F602 hes finished", "bullying:3"),
    S("kill urself and do everyone a favour", "bullying:3", "suicide"),
    M("nobody likes you, every", "one laughs at you behind your back", "bullying:3"),
    M("if u come in tmrw ", "we're gonna make u regret it", "bullying:3", "violence"),
    S("ur a %s n a %s, get out the group" % (homo("loser"), homo("freak")), "bullying:3"),
    S("screenshot what she said about her dad and send it round lol", "bullying:3"),
    S("tag him in every fatherless meme we can find", "bullying:3"),
    S("nobody sit with the tramp at lunch, pass it on", "bullying:3"),
    S("edit her face onto that pig video and post it at 9", "bullying:3"),

    # =============================================================== discrimination
    S("f*cking p*kis have ruined this town", "discrimination:3"),
    S("gyppos nicked my bike again, should burn the whole site down", "discrimination:3", "violence"),
    S("stop being such a f4g, ur not sitting with us", "discrimination:3", "bullying"),
    S("jews run the banks and the news thats just facts", "discrimination:3", "radicalisation"),
    S("all muslims are terrorists ngl", "discrimination:3", "radicalisation"),
    S("trannies shouldnt be allowed in our toilets, freaks", "discrimination:3", "bullying"),
    S("go back to africa u n****r", "discrimination:3", "bullying"),
    Q("racist jokes about black people", "discrimination:3"),
    Q("funny jokes about r3tards", "discrimination:3"),
    S("that sp*stic in the wheelchair keeps staring at me", "discrimination:3", "bullying"),
    S("ching chong eyes lol get back to wuhan", "discrimination:3", "bullying"),
    S("no blacks on our team, not playing with them", "discrimination:3"),
    S("gay people are disgusting they should all be shot", "discrimination:3", "violence"),
    S("dirty %s, go back where u came from" % homo("paki"), "discrimination:3", "bullying"),
    S("muzz1es get out of our country", "discrimination:3", "radicalisation"),
    S("roma kids stink, dont let them in the group chat", "discrimination:3", "bullying"),
    S("send them all back on the boats, every single one", "discrimination:3", "radicalisation"),
    S("white people are the devil, every single one of them", "discrimination:3"),
    S("women are too thick to drive, get back in the kitchen where u belong", "discrimination:3"),
    T("Top 10 reasons Jews control the media - YouTube - Google Chrome", "discrimination:3", "radicalisation"),
    Q("coon meme templates", "discrimination:3"),
    S("ur such a %s" % zw("faggot", "\u2060"), "discrimination:3", "bullying"),
    S("cant stand lezzers, disgusting", "discrimination:3"),
    M("these dirty im", "migrants should all be deported", "discrimination:3"),
    S("%ss own everything, wake up" % dotted("kike"), "discrimination:3", "radicalisation"),
    Q("why are black people less intelligent", "discrimination:3"),

    # =============================================================== violence (incl. physical abuse at home)
    S("got the ching on me for when we see the opps later", "violence:4"),
    S("we're sliding on them ends tonight 10 oclock by the chicken shop, bring the wap", "violence:5"),
    Q("zombie knife for sale no id under 18", "violence:4"),
    Q("how to get a knife past the school metal detector", "violence:4"),
    S("if he chats my name again hes getting wet, on my mum", "violence:4"),
    Q("where to stab someone so they dont die", "violence:5"),
    S("who's got a strap i can borrow for the weekend, paying", "violence:4"),
    S("dip him in the leg when he comes out the shop at 4, ill be waiting round the back", "violence:5"),
    Q("how to make a petrol bomb", "violence:5"),
    S("im ready to ride for my bro, where they at, say the word", "violence:4"),
    Q("3d printed gun files uk", "violence:4", "illegal_content"),
    S("g0t th3 sh4nk 1n my s0ck", "violence:4"),
    S("he touched my sister so hes getting done in, me and ty going round his tonight", "violence:5"),
    Q("buy machete uk next day delivery", "violence:3", enc="pct"),
    U("https://www.amazon.co.uk/s?k=flick+knife&ref=nb_sb_noss", "violence:4"),
    S("fight at the rec 4pm, bring everyone, its going off", "violence:4"),
    S("they stabbed my cousin so we're getting one of theirs back, no sleep", "violence:4"),
    M("imma stab ", "him tmrw at the gates", "violence:5"),
    M("got the blade ", "in my bag for after school", "violence:4"),
    S("bring the %s, theyre outside" % homo("knife"), "violence:4"),
    S("ima %s him if he turns up to the party saturday" % zw("shoot"), "violence:5"),
    S("gonna knock her out when she walks in, no one stop me", "violence:4", "bullying"),
    Q("how to make pepper spray at home to carry", "violence:3"),
    T("how to hold a blade in a street fight - YouTube - Google Chrome", "violence:4"),
    Q("how to make a nail bomb", "violence:5", "radicalisation"),
    S("knuckle dusters off the market, 20 quid each, who wants one", "violence:3"),
    S("mums boyfriend hit me with the belt again, marks all down my back, dont tell the unit", "violence:4"),
    S("not going home, dad was drunk n threw me down the stairs, sleeping at the park", "violence:4"),
    Q("how to hide a blade from police stop and search", "violence:4"),
    U("https://www.gumtree.com/search?search_category=all&q=air+rifle+no+licence", "violence:3"),

    # =============================================================== drugs
    S("whos got a plug for za, need a 3.5 before the weekend", "drugs:3"),
    Q("how much is a z of tree uk 2026", "drugs:3"),
    Q("buy xanax online no prescription uk", "drugs:3"),
    S("got lean on me, who wants a cup before period 3", "drugs:3"),
    Q("how to make a bong out of a bottle", "drugs:3"),
    S("w33d 4 s4l3 dm m3 b4 3", "drugs:3"),
    Q("nitrous canisters bulk buy cheap", "drugs:3"),
    T("\U0001F343\u2744\ufe0f plug menu - Telegram", "drugs:3"),
    Q("thc vape carts delivery no id", "drugs:3"),

    # =============================================================== adult content
    Q("free p0rn hd", "adult_content:3"),
    D("www.xvideos.com", "adult_content:3"),
    D("onlyfans.com", "adult_content:3"),
    Q("onlyfans leaks free", "adult_content:3", "piracy"),
    U("https://www.pornhub.com/view_video.php?viewkey=ph64e2f1a09c3b1", "adult_content:3"),
    D("chaturbate.com", "adult_content:3"),
    D("www.pornhub.com", "adult_content:3"),
    Q("hentai sites free", "adult_content:3"),
    Q("%s women pics" % spaced("naked"), "adult_content:3"),

    # =============================================================== gambling
    D("www.bet365.com", "gambling:2"),
    Q("stake sign up under 18 vpn", "gambling:2", "filter_bypass"),
    Q("how to get around gamstop", "gambling:2"),
    Q("cs2 case opening site free coins", "gambling:2", "gaming"),
    U("https://m.skybet.com/football/coupon/10011", "gambling:2"),
    S("put my whole bursary on a 6 fold acca, lets gooo", "gambling:2"),
    D("www.paddypower.com", "gambling:2"),
    D("www.skybet.com", "gambling:2"),
    Q("online slots paysafecard no verification", "gambling:2"),

    # =============================================================== filter bypass
    Q("unblocked games 66 ez", "filter_bypass:2", "gaming"),
    D("www.croxyproxy.com", "filter_bypass:2"),
    P("tor.exe", "filter_bypass:2"),
    Q("how to get past securly on school chromebook", "filter_bypass:2"),
    S("use the google translate trick to get tiktok on the unit wifi", "filter_bypass:2", "social_media"),
    D("psiphon.ca", "filter_bypass:2"),
    D("protonvpn.com", "filter_bypass:2"),
    Q("free vpn no download works on school wifi", "filter_bypass:2"),
    U("https://hidester.com/proxy/", "filter_bypass:2"),

    # =============================================================== hacking
    Q("how to hack someones snapchat without them knowing", "hacking:2"),
    Q("grabify ip logger link", "hacking:2"),
    Q("how to ddos someone on xbox", "hacking:2"),
    P("LOIC.exe", "hacking:2"),
    S("who's got a booter? wanna knock him offline lol", "hacking:2"),
    Q("keylogger download undetected", "hacking:2"),
    Q("how to find out the staff wifi password on school network", "hacking:2", "filter_bypass"),
    Q("instagram phishing page template", "hacking:2"),

    # =============================================================== piracy
    Q("top boy season 3 watch free 123movies", "piracy:1"),
    D("1337x.to", "piracy:1"),
    D("fmovies.to", "piracy:1"),
    Q("spotify premium apk mod free", "piracy:1"),
    U("https://thepiratebay.org/search.php?q=fc+26&cat=0", "piracy:1"),
    Q("fc 26 crack download pc", "piracy:1"),
    P("qbittorrent.exe", "piracy:1"),
    Q("watch premier league free stream reddit", "piracy:1"),
    Q("fl studio crack 2026", "piracy:1"),

    # =============================================================== gaming
    D("www.roblox.com", "gaming:1"),
    P("RobloxPlayerBeta.exe", "gaming:1"),
    D("www.epicgames.com", "gaming:1"),
    T("Fortnite", "gaming:1", proc="FortniteClient-Win64-Shipping.exe"),
    D("store.steampowered.com", "gaming:1"),
    D("www.fortnite.com", "gaming:1"),
    Q("clash royale best deck arena 12", "gaming:1"),
    D("www.twitch.tv", "gaming:1"),
    U("https://www.roblox.com/games/920587237/Adopt-Me", "gaming:1"),

    # =============================================================== social media
    D("web.snapchat.com", "social_media:1"),
    D("www.tiktok.com", "social_media:1"),
    U("https://www.instagram.com/direct/inbox/", "social_media:1"),
    T("(12) TikTok - Make Your Day - Google Chrome", "social_media:1"),
    D("www.instagram.com", "social_media:1"),
    D("x.com", "social_media:1"),
    D("discord.com", "social_media:1"),
    U("https://www.facebook.com/", "social_media:1"),
    T("Snapchat - Google Chrome", "social_media:1"),

    # =============================================================== illegal content
    Q("fake id uk 18 buy fast delivery", "illegal_content:3"),
    Q("where to buy fullz uk", "illegal_content:3"),
    Q("dark web market links working 2026", "illegal_content:3"),
    Q("counterfeit 20 pound notes buy", "illegal_content:3"),
    S("someone put the video of her from the party in the year 11 chat, shes 15 and its going everywhere", "illegal_content:3", "bullying adult_content"),
    S("put his nudes in the gc lol he deserves it", "illegal_content:3", "bullying adult_content"),
    Q("buy real uk passport dark web", "illegal_content:3"),
    Q("fake bank transfer screenshot generator", "illegal_content:3", "hacking"),

    # ############################################################### NEGATIVES
    # ---------------------------------------------------------------- drill / music
    Q("digga d new song 2026"),
    S("that new k trap tune is cold, the beat switch at 2 mins is mad"),
    Q("headie one drill music in zion lyrics meaning"),
    S("all the bars about the opps are so corny now, drill is dead fr, give me afroswing"),
    T("Central Cee - Doja (Official Video) - YouTube - Google Chrome"),
    Q("why are drill lyrics used as evidence in court"),
    S("writing my own 16 for music tech, keeping it clean tho, miss said no weapons in the bars",
      win=W_GDOC("Music tech - original lyrics")),
    Q("how to make a uk drill beat in bandlab"),
    S("did u hear the skeng line in his new one lol, he aint never touched one in his life"),
    Q("unknown t homerton b"),
    S("drill uses sliding 808s, triplet hi hats and a dark minor melody, usually around 140 bpm",
      win=W_DOC("Music tech coursework - genre analysis")),
    Q("grime vs drill difference essay"),
    Q("russ millions reggae drill songs"),
    S("the video has all of them in balaclavas waving fake tings, so staged lol"),
    T("Drill, Violence and the Law - BBC Sounds - Google Chrome"),
    S("studio session is thursday, tell dj to bring the mic stand and the pop filter"),
    Q("trap music playlist for the gym"),
    S("that line where he says hes wrapped up warm in the cold is actually hard"),
    S("the beat is so hard it should be illegal"),
    Q("krept and konan drill documentary"),

    # ---------------------------------------------------------------- films, series, set texts
    Q("top boy season 1 episode 3 recap"),
    S("the stabbing scene at the end of blue story was hard to watch, proper made me think"),
    Q("adolescence netflix incel emoji meaning explained"),
    Q("13 reasons why scene removed netflix why"),
    Q("peaky blinders razor blades in caps real history"),
    S("bro the john wick 4 fight scenes are unreal, the stairs bit"),
    Q("kidulthood cast where are they now"),
    Q("breaking bad season 5 ending explained"),
    S("reading of mice and men for english, the bit where george shoots lennie had the whole group silent",
      win=W_DOC("English - Of Mice and Men notes")),
    Q("an inspector calls eva smith suicide key quotes"),
    Q("why does juliet stab herself essay"),
    Q("macbeth blood imagery quotes gcse"),
    S("hunger games is basically kids killing kids for tv, mad premise"),
    Q("squid game season 2 recap"),
    Q("gangs of london season 3 release date"),
    Q("the kitchen netflix ending explained"),
    Q("joker stairs scene song"),
    S("noughts and crosses ep 4 where callum gets arrested, proper racist the way they treat him"),
    Q("american history x curb scene why is it so famous"),
    S("we watched boyz n the hood in film studies, the drive by bit is so sad"),

    # ---------------------------------------------------------------- games
    S("just got a 20 kill game on warzone, actually cracked"),
    Q("gta 6 release date uk"),
    S("was camping with the sniper all game, they couldnt find me lol headshot every time"),
    Q("cheapest knife skin cs2 under 10 quid"),
    S("revive me or i swear im leaving u to die on the roof"),
    Q("how to get the hunting rifle in red dead 2"),
    Q("minecraft tnt cannon tutorial"),
    S("the last of us 2 is so sad, ellie just wanted revenge for joel"),
    Q("black ops 7 best smg loadout"),
    Q("hitman 3 silent assassin all kills"),
    Q("ea fc 26 best young strikers career mode"),
    S("we got bodied in ranked, 0-3, absolute joke of a team"),
    S("slide thru mine later, we'll play fifa"),

    # ---------------------------------------------------------------- sport
    S("we murdered them 5-0 at the weekend, hat trick from kai"),
    S("his shot from outside the box was an actual missile"),
    Q("how to throw a jab cross combo beginners"),
    Q("joshua vs dubois knockout highlights"),
    S("coach said go for the kill in the second half, press high"),
    S("boxing club sparring tonight, gonna get battered by mo again"),
    Q("rear naked choke escape bjj"),
    S("the ref robbed us, daylight robbery"),
    Q("ufc knockout of the year 2026"),
    Q("rugby tackle technique safe under 16"),
    Q("darts world championship 2026 fixtures"),
    S("the olders at boxing showed me how to wrap my hands properly"),
    S("ride out on the bikes sunday, its a charity ride for the hospice"),
    S("that lad on the wing is a weapon, scored twice"),

    # ---------------------------------------------------------------- banter / dark humour
    S("double maths after lunch, kill me now \U0001F629"),
    S("im dead \U0001F480\U0001F480 he went straight over the handlebars"),
    S("my mums gonna murder me, lost my bus pass again"),
    S("kms this worksheet is 9 pages long"),
    S("this chicken burger is sick, could die happy"),
    S("literally wanna die of embarrassment, just called miss mum"),
    S("ur killing it with that new trim bro"),
    S("lmao she roasted him so hard hes dead and buried"),
    S("that exam absolutely destroyed me"),
    S("phones on 1%, its about to die"),
    S("gonna shoot to the shop for a meal deal, want anything?"),
    S("when the drop hit the whole crowd went nuts"),
    S("stop being a grass and pass the charger"),
    S("we smashed the quiz, 10 out of 10"),
    S("the heat in here is killing me, open a window"),
    S("my nan would kill for this recipe"),
    S("hes a proper snake, said he'd save me a seat and didnt"),
    S("bare hungry, could eat a horse"),
    S("cut the crap and tell me who won"),
    S("gonna die my hair pink over half term"),
    S("shotgun the front seat!!"),
    S("im gonna hang my washing out before it rains"),
    M("honestly i could kill ", "for a maccies right now"),
    M("im going to shoot ", "the footage for media studies at lunch"),
    M("shes gonna cut ", "my hair shorter on friday, skin fade at the sides"),
    S("this weather is suicide for my white trainers lol"),
    S("my brother got jumped by the dog when he got home, licked his whole face"),
    S("strapped for cash till friday, can u lend me a quid"),
    S("cutting my own fringe was a mistake, i look like a mushroom"),
    S("i could sleep for a hundred years after that pe lesson"),
    S("im so done with today lol, bed at 8"),
    S("water pistol fight at the summer fair was mad"),
    S("she stabbed me in the back, told everyone who i fancy \U0001F612"),
    S("sick trim, who did it?"),

    # ---------------------------------------------------------------- news retold
    Q("teen stabbed in croydon latest"),
    S("did u see the news about the lad who got stabbed by the station, rip, he was only 16"),
    Q("southport attack sentencing news"),
    Q("knife crime statistics london 2026"),
    Q("why were zombie knives banned uk"),
    S("my mum watched the news about the school shooting in the states and cried"),
    Q("county lines gang jailed kent news"),
    T("Boy, 15, jailed for murder of schoolmate - BBC News - Google Chrome"),
    Q("manchester arena bombing memorial"),
    S("police did a weapons sweep at the park yesterday, found 3 blades in the bushes"),
    Q("grooming gangs inquiry news"),
    Q("andrew tate court case latest news"),
    Q("youth violence london documentary bbc three"),
    T("Nine jailed after 'county lines' drug network run by teenagers - Sky News - Microsoft Edge"),

    # ---------------------------------------------------------------- staff / key-worker / youth justice notes
    S("YP disclosed historic self-harm (last incident approx 6 months ago), no current marks seen. Safety plan reviewed with YP, CAMHS aware.", staff=1),
    S("Session 4 knife crime awareness: group discussed why young people carry and the risk of being stabbed with your own blade.", staff=1, win=W_NOTE("Youth justice sessions")),
    S("YOT worker phoned re court date 19/11. Reminded YP about curfew and tag conditions.", staff=1),
    S("Contextual safeguarding meeting: concerns about older males at the park near the unit. Police aware, NRM referral made for J.", staff=1, win=W_MYC),
    S("Risk assessment: no sharp knives in food tech without 1:1 staff supervision.", staff=1, win=W_DOC("Food tech risk assessment")),
    S("Returned from missing episode at 21:40. Return home interview booked with Barnardo's.", staff=1),
    S("PSHE plan: online safety - recognising grooming and sextortion and where to get help (CEOP, Childline, Report Remove).", staff=1, win=W_PPT("PSHE wk 11 online safety")),
    S("Handover: R dysregulated after contact, threw a chair, no injuries. Restorative conversation done.", staff=1, win=W_STAFFTEAMS),
    S("Prevent refresher slides: what radicalisation looks like, signs to notice, the Channel process.", staff=1, win=W_PPT("Prevent refresher Nov 2026")),
    S("MASH referral completed re possible criminal exploitation: found with two phones and 300 pounds cash.", staff=1, win=W_MYC),
    S("Reminder all staff: DSL on site today is Ms Patel, report any disclosures the same day.", staff=1, win=W_STAFFTEAMS),
    S("Bereavement: K's uncle died by suicide last year, anniversary this week, please keep an eye and offer check-ins.", staff=1),
    S("Food tech: demonstrate bridge and claw grip for safe knife use before the chopping task.", staff=1, win=W_DOC("Catering L1 - session 6")),
    S("Construction: Stanley knife and nail gun induction complete for group B.", staff=1, win=W_DOC("Construction induction log")),
    S("Drug education with the young people's service: effects of cannabis and nitrous on the developing brain.", staff=1, win=W_PPT("Drug education")),
    S("Gambling harms awareness session booked next Tuesday 11am.", staff=1, win=W_STAFFTEAMS),
    S("Anti-bullying week: kindness assembly and a pupil survey on name calling.", staff=1, win=W_DOC("Anti-bullying week plan")),
    S("Equality workshop: challenging racist, homophobic and transphobic language in the unit.", staff=1, win=W_PPT("Equality workshop")),
    S("Incident log: A said 'I'll kill you' to a peer during football, context banter, both laughed, reminded about language.", staff=1),
    S("Safety plan for M agreed with CAMHS: remove belts and laces at night, hourly checks.", staff=1),
    S("Youth justice workshop: joint enterprise explained - if your mate stabs someone you can be charged too.", staff=1, win=W_NOTE("Youth justice sessions")),
    S("Parent call: mum worried about late nights and new trainers, talked through signs of exploitation.", staff=1),
    S("Gangs mapping exercise with police liaison officer, write-up to follow.", staff=1, win=W_STAFFTEAMS),
    S("Observation: T drew a gun and a knife in art, said it was for his graphic novel about a detective; no concerns, shared with KW.", staff=1),
    S("Sextortion guidance shared with parents: do not pay, keep evidence, use Report Remove.", staff=1, win=W_DOC("Parent newsletter Nov")),
    S("L very low today after placement news, said she feels like nobody wants her; key worker spent lunch with her, no risk indicators.", staff=1),

    # ---------------------------------------------------------------- pupils' coursework / PSHE / history / RE
    Q("what is joint enterprise law uk"),
    Q("signs of county lines exploitation poster pshe"),
    Q("knife crime consequences essay"),
    Q("what is sextortion ceop"),
    Q("how does the prevent duty work in schools"),
    Q("holocaust gcse history revision"),
    Q("how did hitler rise to power gcse"),
    Q("martin luther king assassination facts"),
    Q("suffragettes hunger strike force feeding"),
    Q("ww1 trench warfare weapons ks3"),
    Q("what is hate crime uk law citizenship"),
    Q("what is jihad meaning re lesson"),
    Q("7/7 bombings anniversary what happened"),
    Q("remembrance sunday two minute silence what time"),
    Q("how many soldiers died in ww1"),
    Q("windrush scandal explained"),
    Q("black history month assembly ideas"),
    Q("gypsy roma traveller history month facts"),
    Q("what is islamophobia definition"),
    S("miss said using gay as an insult is homophobic, we had a whole lesson on it"),
    S("my cousin got called a racist name at football and the ref did nothing, mad"),
    Q("effects of alcohol on the liver biology"),
    Q("what is the great replacement conspiracy theory debunked"),
    Q("ramadan timetable 2026 birmingham"),
    Q("consent age uk law pshe"),

    # ---------------------------------------------------------------- cooking / vocational
    Q("how to sharpen a chefs knife with a whetstone"),
    Q("how to cut onions without crying"),
    Q("how to butterfly a chicken breast"),
    S("chef said the knives get locked away after service, dont leave them on the side"),
    Q("stanley knife blade replacement how to"),
    Q("how to bleed a radiator"),
    Q("angle grinder safety cutting disc"),
    Q("skin fade with cut throat razor tutorial"),
    Q("what kills japanese knotweed for good"),
    Q("how to inject a marinade into turkey"),
    Q("hanging basket ideas winter"),
    Q("how to tie a tie for an interview"),
    Q("figure of eight knot climbing rope"),
    Q("sds drill for plasterers mixing paddle"),
    Q("forklift licence age 16 uk"),
    Q("how to kill a lobster humanely"),
    Q("bonfire night displays near me 2026"),
    Q("hair bleach burn on scalp what to do"),
    S("burnt my hand on the oven tray in food tech, ran it under the cold tap, its fine"),
    Q("smash burger recipe"),

    # ---------------------------------------------------------------- help resources without disclosure
    D("www.childline.org.uk"),
    D("www.kooth.com"),
    Q("samaritans phone number"),
    Q("shout text line number"),
    D("www.papyrus-uk.org"),
    Q("how to support a friend who self harms leaflet"),
    Q("fearless org report crime anonymously"),
    Q("ceop report button"),
    Q("mind young people anxiety tips"),
    Q("sexual health clinic opening times"),

    # ---------------------------------------------------------------- other shared-vocabulary negatives
    Q("what is a proxy server btec it unit 1"),
    Q("ethical hacking apprenticeship uk"),
    Q("probability of rolling a six maths"),
    Q("revision life hacks"),
    Q("somali pirates history"),
    Q("breast cancer awareness month"),
    Q("naked eye astronomy tonight"),
    S("want a coke from the machine?"),
    S("we're weeding the allotment in horticulture today"),
    S("the plug socket in room 4 is broken again"),
    S("snow day tomorrow?? pls"),
    S("my nan is on strong painkillers after her op"),
    S("meet you at the bus station at 3 for the college open day"),
    S("my uncles picking me up after school today"),
    S("send me a pic of the homework sheet pls"),
    S("dont say nothing to tia, we're doing a cake for her on friday"),
    S("can my key worker give me a lift to the dentist"),
    S("come round mine after, mums making jollof"),
    Q("saturday job greggs 16"),
    S("we bet 5 press ups on who wins"),
    Q("national lottery funding youth club"),
    S("wrapped up warm for bonfire night, its freezing"),
    S("we're going camping in the country for dofe, 2 nights"),
    S("the bus line is down again, gonna be late"),
    S("blade runner 2049 is the best film ever"),
    Q("glue gun for cardboard model"),
    Q("paracetamol dose for 15 year old toothache"),
    Q("how to hang a picture frame without nails"),
    S("i've got a scar from when i fell off my bike in year 7"),
    Q("bridge building project physics"),
    Q("nerf gun war birthday party ideas"),
    S("the new shotgun mic for media studies came"),
    Q("how to make money fast at 15 uk legal"),
    S("that pic of u at prom is peng, post it"),
    Q("poppy appeal 2026"),

    # ---------------------------------------------------------------- plain traffic (URLs, domains, processes)
    Q("bbc weather croydon"),
    Q("gcse maths grade boundaries 2026"),
    Q("bus times 119 croydon"),
    Q("how to write a cv with no experience"),
    U("https://classroom.google.com/u/0/c/NzE0MjY1"),
    U("https://www.gov.uk/apply-provisional-driving-licence"),
    U("https://www.bbc.co.uk/bitesize/subjects/z6svr82"),
    D("www.bbc.co.uk"),
    D("www.gov.uk"),
    D("classroom.google.com"),
    D("login.microsoftonline.com"),
    D("www.senecalearning.com"),
    D("www.nationalcareers.service.gov.uk"),
    D("www.benkinsella.org.uk"),
    D("www.arsenal.com"),
    D("www.bbcgoodfood.com"),
    D("ctldl.windowsupdate.com"),
    D("www.nhs.uk"),
    D("www.oaknational.academy"),
    D("www.youngminds.org.uk"),
    D("www.themix.org.uk"),
    D("www.justeat.co.uk"),
    D("www.jdsports.co.uk"),
    D("www.met.police.uk"),
    D("www.sparxmaths.uk"),
    D("fonts.gstatic.com"),
    D("www.tesco.com"),
    P("EXCEL.EXE"),
    P("ms-teams.exe"),
    P("acad.exe"),
    HB(),
    HB(),
    T("Timetable - Eastgate Hub - Microsoft Edge"),
    T("Maths - Sparx Maths - Google Chrome"),
    U("https://www.youtube.com/watch?v=kJQP7kiw5Fk"),

    # ---------------------------------------------------------------- zeek TSV items
    ZT("http", "/search?q=gcse+english+language+paper+1&hl=en-GB", "/search?q=how+to+hide+cuts+on+my+arms&hl=en-GB", "self_harm:4"),
    ZT("dns", "www.bbc.co.uk", "www.stake.com", "gambling:2"),
]


# --------------------------------------------------------------------------- pools
PUPIL_DEVICES = ["PRU-IT-%02d" % i for i in (1, 2, 3, 5, 7, 8, 11, 14)] + \
    ["AP-CB-%04d" % i for i in (2041, 2047, 2053, 2058, 2112, 2119)] + \
    ["HUB-LT-07", "HUB-LT-09", "WORKSHOP-PC-02", "CATERING-TAB-01", "MOTORVEH-LT-03",
     "HAIR-TAB-02", "LIB-PC-05", "MUSIC-PC-01"]
STAFF_DEVICES = ["KW-OFFICE-PC1", "KW-OFFICE-PC2", "DSL-LT-01", "STAFFROOM-PC2", "YJ-LT-04"]
PUPIL_USERS = ["stu2147", "stu2203", "stu2231", "stu2298", "stu2310", "stu2356",
               "EDU\\k.mensah", "EDU\\d.lewis", "EDU\\t.nowak", "EDU\\r.ahmed",
               "EDU\\j.oconnor", "EDU\\s.balogun", "ap-y10-041", "ap-y11-017",
               "ap-y9-033", "l.price@learner.eastgate-ap.org.uk",
               "m.hussain@learner.eastgate-ap.org.uk", "guest-0412"]
STAFF_USERS = ["kw.abrown", "dsl.hpatel", "yw.cdonnelly", "EDU\\staff.t.okoro",
               "m.fraser@eastgate-ap.org.uk"]
SITES = ["eastgate-hub", "northside-pru", "riverside-ap"]
CHAT_WINDOWS = [
    ("WhatsApp.exe", "WhatsApp"),
    ("Discord.exe", "#general | the mandem - Discord"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    ("chrome.exe", "Snapchat - Google Chrome"),
    ("msedge.exe", "WhatsApp - Microsoft Edge"),
    ("ms-teams.exe", "Chat | Microsoft Teams"),
    ("chrome.exe", "(3) Messenger | Facebook - Google Chrome"),
    ("firefox.exe", "Discord | #chat \u2014 Mozilla Firefox"),
    ("notepad.exe", "Untitled - Notepad"),
    ("chrome.exe", "Messages for web - Google Chrome"),
]
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0",
    "Mozilla/5.0 (X11; CrOS x86_64 16433.64.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
]
MONTH = "Nov"
HOURS = [8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 17, 19, 20, 21, 22, 23]


# --------------------------------------------------------------------------- helpers
def when(n):
    day = 2 + h(n, "day") % 27
    hour = pick(n, "hour", HOURS)
    minute = h(n, "min") % 60
    sec = h(n, "sec") % 60
    ms = h(n, "ms") % 1000
    epoch = calendar.timegm((2026, 11, day, hour, minute, sec)) + ms / 1000.0
    return epoch


def parts(epoch):
    sec = int(epoch)
    ms = int(round((epoch - sec) * 1000)) % 1000
    y, mo, d, hh, mi, ss = __import__("time").gmtime(sec)[:6]
    return y, mo, d, hh, mi, ss, ms


def iso(epoch):
    y, mo, d, hh, mi, ss, ms = parts(epoch)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, hh, mi, ss, ms)


def bsd(epoch):
    y, mo, d, hh, mi, ss, ms = parts(epoch)
    return "%s %2d %02d:%02d:%02d" % (MONTH, d, hh, mi, ss)


def client_ip(n):
    return "10.%d.%d.%d" % (20 + h(n, "ip1") % 12, h(n, "ip2") % 250, 2 + h(n, "ip3") % 250)


def upstream_ip(n):
    return "%d.%d.%d.%d" % (pick(n, "up1", [142, 151, 104, 172, 185, 34, 13]),
                            h(n, "up2") % 250, h(n, "up3") % 250, 1 + h(n, "up4") % 250)


def proxy_user(n):
    return wpick(n, "puser", [("-", 2)] + [(u, 1) for u in
                 ["stu2147", "stu2231", "k.mensah", "d.lewis", "ap-y10-041", "r.ahmed",
                  "t.nowak", "ap-y11-017", "s.balogun", "j.oconnor"]])


def enc_query(q, mode):
    if mode == "pct":
        return quote(q, safe="")
    if mode == "full":
        return "".join("%%%02X" % b for b in q.encode("utf-8"))
    return quote_plus(q)


ENGINES = ["google", "google", "google", "bing", "bing", "ddg", "youtube", "yahoo",
           "ecosia", "brave", "tiktok", "reddit"]


def search_url(n, q, engine, mode):
    e = enc_query(q, mode)
    if engine == "google":
        return "https://www.google.com/search?q=%s&%s" % (e, pick(n, "gsuf", [
            "hl=en-GB", "sca_esv=7c1d2e0b&source=hp", "oq=%s&sourceid=chrome&ie=UTF-8" % e[:12]]))
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH" % e
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % e
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if engine == "yahoo":
        return "https://search.yahoo.com/search?p=%s&fr=yfp-t" % e
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if engine == "brave":
        return "https://search.brave.com/search?q=%s&source=web" % e
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, 1795000000000 + h(n, "tt") % 900000000)
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s" % (enc_query(q, "pct") if mode != "full" else e)
    raise ValueError(engine)


def search_title(engine, q, n):
    if engine == "bing":
        return "%s - Search - Microsoft Edge" % q
    if engine == "ddg":
        return "%s at DuckDuckGo \u2014 Mozilla Firefox" % q
    if engine == "youtube":
        return "%s - YouTube - Google Chrome" % q
    if engine == "tiktok":
        return "Find '%s' on TikTok | TikTok Search - Google Chrome" % q
    if engine == "yahoo":
        return "%s - Yahoo Search Results - Google Chrome" % q
    if engine == "brave":
        return "%s - Brave Search - Brave" % q
    return "%s - Google Search - Google Chrome" % q


def title_process(title):
    if title.endswith("Microsoft Edge"):
        return "msedge.exe"
    if "Firefox" in title:
        return "firefox.exe"
    if title.endswith("Brave"):
        return "brave.exe"
    if title.endswith("Telegram"):
        return "Telegram.exe"
    return "chrome.exe"


def url_host(url):
    rest = url.split("://", 1)[1]
    return rest.split("/", 1)[0].split("?", 1)[0]


def url_path(url):
    rest = url.split("://", 1)[1]
    i = rest.find("/")
    return rest[i:] if i >= 0 else "/"


# --------------------------------------------------------------------------- renderers
def endpoint_line(n, item, event, epoch, text=None, title=None, process=None, url=None,
                  device=None, user=None, salt=""):
    staff = item.get("staff")
    ev = {"ts": iso(epoch)}
    if h(n, "site") % 2 == 0:
        ev["site"] = pick(n, "sitev", SITES)
    ev["device"] = device or pick(n, "dev", STAFF_DEVICES if staff else PUPIL_DEVICES)
    if event != "heartbeat" or h(n, "hbuser") % 2:
        ev["user"] = user or pick(n, "usr", STAFF_USERS if staff else PUPIL_USERS)
    ev["event"] = event
    if process is not None:
        ev["process"] = process
    if title is not None or event in ("text_capture", "window_title"):
        ev["window_title"] = title
    if event == "text_capture" or text is not None:
        ev["text"] = text
    if event in ("url_visit", "text_capture", "window_title") and h(n, "urlnull") % 3 == 0 or url is not None:
        ev["url"] = url
    ascii_only = h(n, "ascii" + salt) % 3 == 0
    return json.dumps(ev, ensure_ascii=ascii_only)


def squid_native(n, epoch, method, url, status=200, mime="text/html", size=None, code=None):
    el = 5 + h(n, "el") % 1400
    if size is None:
        size = 3900 + h(n, "sz") % 300 if status == 403 else 900 + h(n, "sz") % 90000
    if code is None:
        code = "TCP_DENIED" if status == 403 else pick(n, "code", ["TCP_MISS", "TCP_MISS", "TCP_REFRESH_MODIFIED"])
    hier = "HIER_NONE/-" if status == 403 else "HIER_DIRECT/%s" % upstream_ip(n)
    return "%.3f %6d %s %s/%03d %d %s %s %s %s %s" % (
        epoch, el, client_ip(n), code, status, size, method, url, proxy_user(n), hier,
        mime if status != 403 else "text/html")


def squid_custom_connect(n, epoch, host):
    el = 1 + h(n, "el") % 400
    ip = client_ip(n)
    user = proxy_user(n)
    ua = pick(n, "ua", UA)
    return "%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - \"-\" \"%s\" %s sni=%s bump=splice" % (
        epoch, el, ip, user, 3000 + h(n, "sz") % 60000, host, upstream_ip(n), ua, host, host)


def clf_line(n, epoch, url, status=200, combined=None, relative=False):
    y, mo, d, hh, mi, ss, ms = parts(epoch)
    ts = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (d, MONTH, y, hh, mi, ss)
    user = proxy_user(n)
    size = 900 + h(n, "sz") % 90000
    tag = "TCP_DENIED:HIER_NONE" if status == 403 else "TCP_MISS:HIER_DIRECT"
    target = url_path(url) if relative else url
    req = "GET %s HTTP/1.1" % target
    if combined is None:
        combined = h(n, "comb") % 3 != 0
    if relative:
        return '%s - %s [%s] "%s" %d %d "https://%s/" "%s"' % (
            client_ip(n), user, ts, req, status, size, url_host(url), pick(n, "ua", UA))
    if combined:
        ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://%s/" % url_host(url)])
        return '%s - %s [%s] "%s" %d %d "%s" "%s" %s' % (
            client_ip(n), user, ts, req, status, size, ref, pick(n, "ua", UA), tag)
    return '%s - %s [%s] "%s" %d %d %s' % (client_ip(n), user, ts, req, status, size, tag)


def e2g_line(n, epoch, url, terms=None, denied=False):
    y, mo, d, hh, mi, ss, ms = parts(epoch)
    ts = "%04d.%02d.%02d %02d:%02d:%02d" % (y, mo, d, hh, mi, ss)
    user = proxy_user(n)
    if user == "-":
        user = pick(n, "e2u", ["k.mensah", "stu2231", "ap-y9-033"])
    ip = client_ip(n)
    ua = pick(n, "ua", UA)
    st = "0=%s;" % terms if terms else "-"
    size = 900 + h(n, "sz") % 90000
    fmt = pick(n, "e2fmt", [2, 2, 4, 6])
    deny = "*DENIED* Banned search term found." if denied else "-"
    weight = str(h(n, "wt") % 60) if denied else "0"
    cat = "Banned Search Terms" if denied else "-"
    status = "403" if denied else "200"
    if fmt == 6:
        f = ["%.3f" % epoch, "", user, ip, ip, url, "GET", status, "0" if denied else str(size), "-",
             ua, "-", str(h(n, "dur") % 40), "-", "454" if denied else "0", deny, weight, cat,
             "no_name_group", "1"]
        return "\t".join(f)
    f = [ts, user, ip, url, deny, "GET", "0" if denied else str(size), weight, cat, "1", status,
         "-", ip, "no_name_group", ua, st, "-", "-", "-"]
    if fmt == 4:
        return "\t".join(f)
    return ",".join('"%s"' % x.replace('"', '""') for x in f)


def zeek_http(n, epoch, url):
    rec = {"ts": round(epoch, 6), "uid": "C" + hashlib.sha256(("uid%d" % n).encode()).hexdigest()[:17],
           "id.orig_h": client_ip(n), "id.orig_p": 40000 + h(n, "port") % 25000,
           "id.resp_h": upstream_ip(n), "id.resp_p": 80, "trans_depth": 1, "method": "GET",
           "host": url_host(url), "uri": url_path(url), "version": "1.1",
           "user_agent": pick(n, "ua", UA), "request_body_len": 0,
           "response_body_len": 1000 + h(n, "sz") % 90000, "status_code": 200,
           "status_msg": "OK", "tags": []}
    return json.dumps(rec)


def zeek_dns(n, epoch, dom):
    rec = {"ts": round(epoch, 6), "uid": "C" + hashlib.sha256(("uid%d" % n).encode()).hexdigest()[:17],
           "id.orig_h": client_ip(n), "id.orig_p": 30000 + h(n, "port") % 30000,
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp",
           "trans_id": h(n, "tid") % 65535, "query": dom, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
           "Z": 0, "rejected": False}
    return json.dumps(rec)


def unbound_line(n, epoch, dom):
    ip = client_ip(n)
    body = pick(n, "ubody", [
        "info: %s %s. A IN" % (ip, dom),
        "info: %s %s. A IN NOERROR 0.%06d 0 %d" % (ip, dom, h(n, "rt") % 90000, 40 + h(n, "len") % 80),
        "info: %s %s. AAAA IN" % (ip, dom),
    ])
    if h(n, "uepoch") % 3 == 0:
        return "[%d] unbound[7862:0] %s" % (int(epoch), body)
    return "%s unbound[7862:0] %s" % (bsd(epoch), body)


def dnsmasq_line(n, epoch, dom):
    ip = client_ip(n)
    if h(n, "dmx") % 3:
        return "%s dnsmasq[9987]: %d %s/%d query[A] %s from %s" % (
            bsd(epoch), 1 + h(n, "ser") % 90000, ip, 1024 + h(n, "port") % 60000, dom, ip)
    return "%s dnsmasq[9987]: query[%s] %s from %s" % (bsd(epoch), pick(n, "qt", ["A", "A", "AAAA", "HTTPS"]), dom, ip)


def bind_line(n, epoch, dom, rpz=False):
    y, mo, d, hh, mi, ss, ms = parts(epoch)
    ts = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (d, MONTH, y, hh, mi, ss, ms)
    ip = client_ip(n)
    port = 1024 + h(n, "port") % 60000
    ptr = "0x7fe0%08x" % (h(n, "ptr") % 0xffffffff)
    if rpz:
        return "%s rpz: info: client @%s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            ts, ptr, ip, port, dom, dom, dom)
    return "%s queries: info: client @%s %s#%d (%s): query: %s IN A +E(0)K (10.0.0.53)" % (
        ts, ptr, ip, port, dom, dom)


ZEEK_HTTP_HDR = [
    "#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
    "#path\thttp", "#open\t2026-11-%02d-08-00-00",
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types",
    "#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[enum]\tstring\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]",
]
ZEEK_DNS_HDR = [
    "#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
    "#path\tdns", "#open\t2026-11-%02d-08-00-00",
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\trtt\tquery\tqclass\tqclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\tRD\tRA\tZ\tanswers\tTTLs\trejected",
    "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tcount\tinterval\tstring\tcount\tstring\tcount\tstring\tcount\tstring\tbool\tbool\tbool\tbool\tcount\tvector[string]\tvector[interval]\tbool",
]


def zeek_tsv(n, item, epoch):
    p = item["payload"]
    y, mo, d = parts(epoch)[:3]
    lines = []
    if p["log"] == "http":
        for l in ZEEK_HTTP_HDR:
            lines.append(l % d if "%02d" in l else l)
        for k, uri in enumerate([p["benign"], p["risky"]]):
            ts = epoch + 20 * k
            uid = "C" + hashlib.sha256(("tsv%d-%d" % (n, k)).encode()).hexdigest()[:17]
            f = ["%.6f" % ts, uid, client_ip(n), str(41000 + k + h(n, "port") % 20000),
                 upstream_ip(n + k), "80", "1", "GET", "www.google.com", uri, "-", "1.1",
                 pick(n, "ua", UA), "-", "0", str(20000 + h(n + k, "sz") % 60000), "200", "OK",
                 "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
                 "F" + uid[1:12], "-", "text/html"]
            lines.append("\t".join(f))
    else:
        for l in ZEEK_DNS_HDR:
            lines.append(l % d if "%02d" in l else l)
        for k, dom in enumerate([p["benign"], p["risky"]]):
            ts = epoch + 15 * k
            uid = "C" + hashlib.sha256(("tsvd%d-%d" % (n, k)).encode()).hexdigest()[:17]
            f = ["%.6f" % ts, uid, client_ip(n), str(50000 + k + h(n, "port") % 10000),
                 "10.0.0.53", "53", "udp", str(h(n + k, "tid") % 65535), "0.0%05d" % (h(n + k, "rtt") % 99999),
                 dom, "1", "C_INTERNET", "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0",
                 "%s" % upstream_ip(n + k), "60.000000", "F"]
            lines.append("\t".join(f))
    lines.append("#close\t2026-11-%02d-18-00-00" % d)
    return lines


# --------------------------------------------------------------------------- syslog wrapping
def wrap(n, fmt, line, epoch, mode):
    host = {"endpoint": pick(n, "whost", ["guardline-relay01", "eastgate-fw01"]),
            "squid": "proxy01", "clf": "proxy01", "e2guardian": "filter01",
            "dnsmasq": "dns01", "unbound": "dns01"}[fmt]
    app = {"endpoint": "guardline-agent", "squid": "squid", "clf": "squid",
           "e2guardian": "e2guardian", "dnsmasq": "dnsmasq", "unbound": "unbound"}[fmt]
    pri = {"endpoint": 14, "squid": 150, "clf": 150, "e2guardian": 134,
           "dnsmasq": 30, "unbound": 30}[fmt]
    pid = {"dnsmasq": 9987, "unbound": 7862}.get(fmt, 1000 + h(n, "pid") % 30000)
    msg = line
    if fmt == "dnsmasq":
        msg = line.split("dnsmasq[9987]: ", 1)[1]
    elif fmt == "unbound":
        msg = "[7862:0] " + line.split("unbound[7862:0] ", 1)[1]
    if mode == "env":
        src = {"endpoint": "guardline", "squid": "squid-access", "clf": "squid-access",
               "e2guardian": "e2guardian", "dnsmasq": "dnsmasq", "unbound": "unbound"}[fmt]
        path = {"endpoint": "/var/log/guardline/events.jsonl", "squid": "/var/log/squid/access.log",
                "clf": "/var/log/squid/access.log", "e2guardian": "/var/log/e2guardian/access.log",
                "dnsmasq": "/var/log/dnsmasq.log", "unbound": "/var/log/unbound/unbound.log"}[fmt]
        y, mo, d, hh, mi, ss, ms = parts(epoch + 1.5)
        env = {"ts_received": "%04d-%02d-%02dT%02d:%02d:%02d.%03d412+00:00" % (y, mo, d, hh, mi, ss, ms),
               "host": "vm-" + host, "source": src, "file": path, "message": line}
        return json.dumps(env, ensure_ascii=False).replace("/", "\\/")
    if mode == "5424":
        if fmt == "unbound":
            msg = line.split("unbound[7862:0] ", 1)[1]
        return "<%d>1 %s %s %s %d - - %s" % (pri, iso(epoch), host, app, pid, msg)
    # RFC 3164
    if fmt == "unbound":
        return "<%d>%s %s unbound: %s" % (pri, bsd(epoch), host, msg)
    return "<%d>%s %s %s[%d]: %s" % (pri, bsd(epoch), host, app, pid, msg)


# --------------------------------------------------------------------------- per-item render
def chat_window(n, item):
    if item.get("win"):
        return item["win"]
    if item.get("staff"):
        return pick(n, "swin", [W_CPOMS, W_CPOMS, W_MYC])
    return pick(n, "win", CHAT_WINDOWS)


def proxy_render(n, item, url, fmt, epoch, terms=None):
    denied = item["expect"] and h(n, "deny") % 6 == 0
    if fmt == "squid":
        return squid_native(n, epoch, "GET", url, status=403 if denied else 200)
    if fmt == "clf":
        rel = h(n, "rel") % 14 == 0
        return clf_line(n, epoch, url, status=403 if denied and not rel else 200, relative=rel)
    if fmt == "e2guardian":
        return e2g_line(n, epoch, url, terms=terms, denied=denied)
    if fmt == "zeek-http":
        return zeek_http(n, epoch, url.replace("https://", "http://"))
    raise ValueError(fmt)


def render(n, item):
    """Return (format, line-or-lines, render-kind)."""
    kind = item["kind"]
    epoch = when(n)
    auto = False
    if kind == "say":
        proc, title = chat_window(n, item)
        auto = h(n, "auto") % 45 == 0
        line = endpoint_line(n, item, "text_capture", epoch, text=item["payload"], title=title, process=proc)
        fmt = "endpoint"
    elif kind == "multi":
        proc, title = chat_window(n, item)
        dev = pick(n, "dev", PUPIL_DEVICES)
        usr = pick(n, "usr", PUPIL_USERS)
        a, b = item["payload"]
        e2 = epoch + 2 + h(n, "gap") % 10 + (h(n, "gapms") % 1000) / 1000.0
        l1 = endpoint_line(n, item, "text_capture", epoch, text=a, title=title, process=proc, device=dev, user=usr, salt="a")
        l2 = endpoint_line(n, item, "text_capture", e2, text=b, title=title, process=proc, device=dev, user=usr, salt="a")
        return "endpoint", [l1, l2], "multi"
    elif kind == "zeektsv":
        return ("zeek-http" if item["payload"]["log"] == "http" else "zeek-dns"), zeek_tsv(n, item, epoch), "tsv"
    elif kind == "heartbeat":
        line = endpoint_line(n, item, "heartbeat", epoch)
        fmt = "endpoint"
    elif kind == "proc":
        title = {"tor.exe": None, "LOIC.exe": "Low Orbit Ion Cannon"}.get(item["payload"])
        line = endpoint_line(n, item, "process_start", epoch, process=item["payload"], title=title)
        fmt = "endpoint"
    elif kind == "title":
        title = item["payload"]
        proc = item.get("proc") or title_process(title)
        line = endpoint_line(n, item, "window_title", epoch, title=title, process=proc)
        fmt = "endpoint"
    elif kind == "query":
        q = item["payload"]
        mode = item.get("enc") or wpick(n, "enc", [("plus", 7), ("pct", 2)])
        engine = item.get("engine") or pick(n, "eng", ENGINES)
        url = search_url(n, q, engine, mode)
        choices = [("endpoint_title", 22), ("endpoint_url", 4), ("squid", 30), ("clf", 15),
                   ("e2guardian", 13), ("zeek-http", 7), ("auto", 4)]
        if mode == "full":
            choices = [c for c in choices if not c[0].startswith("endpoint")]
        r = item.get("fmt") or wpick(n, "fmt", choices)
        if r == "auto":
            auto = True
            r = pick(n, "autofmt", ["squid", "clf", "e2guardian", "zeek-http", "endpoint_title"])
        if r == "endpoint_title":
            title = search_title(engine, q, n)
            line = endpoint_line(n, item, "window_title", epoch, title=title, process=title_process(title))
            fmt = "endpoint"
        elif r == "endpoint_url":
            line = endpoint_line(n, item, "url_visit", epoch, url=url, process=pick(n, "br", ["chrome.exe", "msedge.exe"]))
            fmt = "endpoint"
        else:
            line = proxy_render(n, item, url, r, epoch, terms=q)
            fmt = r
    elif kind == "url":
        url = item["payload"]
        r = item.get("fmt") or wpick(n, "fmt", [("endpoint_url", 25), ("squid", 35), ("clf", 15),
                                               ("e2guardian", 10), ("zeek-http", 8), ("auto", 4)])
        if r == "auto":
            auto = True
            r = pick(n, "autofmt", ["squid", "clf", "endpoint_url"])
        if r == "endpoint_url":
            line = endpoint_line(n, item, "url_visit", epoch, url=url, process=pick(n, "br", ["chrome.exe", "msedge.exe"]))
            fmt = "endpoint"
        else:
            line = proxy_render(n, item, url, r, epoch)
            fmt = r
    elif kind == "dns":
        dom = item["payload"]
        r = item.get("fmt") or item.get("_dnsfmt")
        if r == "auto":
            auto = True
            r = pick(n, "autofmt", ["unbound", "dnsmasq", "bind", "zeek-dns"])
        if r == "unbound":
            line = unbound_line(n, epoch, dom)
        elif r == "dnsmasq":
            line = dnsmasq_line(n, epoch, dom)
        elif r == "bind":
            line = bind_line(n, epoch, dom, rpz=bool(item["expect"]) and h(n, "rpz") % 3 == 0)
        elif r == "zeek-dns":
            line = zeek_dns(n, epoch, dom)
        else:
            line = squid_custom_connect(n, epoch, dom)
        fmt = r
    else:
        raise ValueError(kind)

    # optional syslog / shipper wrapping
    wrapped = None
    if fmt in ("endpoint", "squid", "clf", "e2guardian", "dnsmasq", "unbound") and not auto:
        if fmt == "squid" and " sni=" in line:
            pass
        else:
            w = h(n, "wrap") % 100
            if w < 4:
                wrapped = "3164"
            elif w < 7:
                wrapped = "5424"
            elif w < 9:
                wrapped = "env"
    if wrapped:
        line = wrap(n, fmt, line, epoch, wrapped)
    return ("auto" if auto else fmt), line, (wrapped or "plain")


# --------------------------------------------------------------------------- validation
def validate(rec):
    assert set(rec) <= {"id", "format", "line", "lines", "expect", "allow"}, rec
    assert rec["format"] in FORMATS, rec["format"]
    assert ("line" in rec) != ("lines" in rec)
    lines = rec["lines"] if "lines" in rec else [rec["line"]]
    assert lines and all(isinstance(l, str) and l and "\n" not in l and "\r" not in l for l in lines)
    assert isinstance(rec["expect"], list)
    seen = set()
    for e in rec["expect"]:
        assert set(e) == {"category", "min_level"}, e
        assert e["category"] in CATEGORIES, e
        assert isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5, e
        assert e["category"] not in seen
        seen.add(e["category"])
    for a in rec.get("allow", []):
        assert a in CATEGORIES and a not in seen, (rec["id"], a)
    if rec["format"] == "endpoint":
        for l in lines:
            body = l
            if l.startswith("<"):
                body = l[l.index("{"):]
            elif l.startswith('{"ts_received"'):
                body = json.loads(l)["message"]
            ev = json.loads(body)
            assert {"ts", "device", "event"} <= set(ev), ev
            assert ev["event"] in EVENTS
            assert ev["ts"].startswith("2026-11-")
    if rec["format"] in ("zeek-http", "zeek-dns") and "line" in rec:
        json.loads(rec["line"])
    for l in lines:
        if l.startswith('{"ts_received"'):
            json.loads(l)


def build():
    order = sorted(range(len(ITEMS)),
                   key=lambda i: hashlib.sha256(("order|%d" % (i + 1)).encode()).hexdigest())
    # DNS-shaped items: spread evenly over the DNS formats, order taken from SHA-256
    dns_cycle = ["dnsmasq", "unbound", "bind", "zeek-dns", "dnsmasq", "auto", "unbound",
                 "bind", "squid", "dnsmasq", "zeek-dns", "unbound", "bind"]
    dns_pos = [pos for pos, src in enumerate(order, 1) if ITEMS[src]["kind"] == "dns"]
    dns_pos.sort(key=lambda p: hashlib.sha256(("dns|%d" % p).encode()).hexdigest())
    dns_fmt = {p: dns_cycle[k % len(dns_cycle)] for k, p in enumerate(dns_pos)}
    out = []
    kinds = {}
    for pos, src in enumerate(order, 1):
        item = dict(ITEMS[src])
        if pos in dns_fmt:
            item["_dnsfmt"] = dns_fmt[pos]
        fmt, line, how = render(pos, item)
        rec = {"id": "h16-%04d" % pos, "format": fmt}
        if isinstance(line, list):
            rec["lines"] = line
        else:
            rec["line"] = line
        rec["expect"] = item["expect"]
        if item["allow"]:
            rec["allow"] = item["allow"]
        validate(rec)
        out.append(rec)
        kinds[rec["id"]] = (item["kind"], how)
    ids = [r["id"] for r in out]
    assert len(set(ids)) == len(ids)
    bodies = [json.dumps(r.get("line") or r.get("lines")) for r in out]
    assert len(set(bodies)) == len(bodies), "duplicate line"
    return out, kinds


def stats(out, kinds):
    from collections import Counter
    cat = Counter()
    lvl = Counter()
    for r in out:
        for e in r["expect"]:
            cat[e["category"]] += 1
            lvl["%s:%d" % (e["category"], e["min_level"])] += 1
    neg = sum(1 for r in out if not r["expect"])
    w = sys.stderr.write
    w("items: %d  positives: %d  negatives: %d (%.1f%%)\n" % (
        len(out), len(out) - neg, neg, 100.0 * neg / len(out)))
    w("positives per category:\n")
    for c in CATEGORIES:
        w("  %-16s %3d   %s\n" % (c, cat[c], " ".join("L%s=%d" % (k.split(':')[1], v)
                                                      for k, v in sorted(lvl.items()) if k.split(':')[0] == c)))
    w("formats: %s\n" % dict(Counter(r["format"] for r in out).most_common()))
    ev = Counter()
    for r in out:
        for l in (r.get("lines") or [r["line"]]):
            if '"event": "' in l:
                ev[l.split('"event": "', 1)[1].split('"', 1)[0]] += 1
    w("endpoint events (lines): %s\n" % dict(ev))
    w("multi-line items: %d\n" % sum(1 for r in out if "lines" in r))
    w("wrapping: %s\n" % dict(Counter(v[1] for v in kinds.values())))
    w("with allow: %d\n" % sum(1 for r in out if r.get("allow")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout16.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    out, kinds = build()
    with open(a.output, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate what was written
    with open(a.output, encoding="utf-8") as f:
        for l in f:
            validate(json.loads(l))
    if a.stats:
        stats(out, kinds)


if __name__ == "__main__":
    main()
