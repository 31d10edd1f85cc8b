#!/usr/bin/env python3
"""Build heldout32.jsonl: an independent, hand-written evaluation corpus for Guardline.

PERSPECTIVE
-----------
Two schools in Greater Manchester: a girls' school ("hollins", 11-16) and a mixed
11-18 academy with a large LGBTQ+ society ("irwell", plus its sixth form
"irwell-sf").  The texts are written the way these pupils actually type and search:
TikTok and Snapchat vocabulary, algospeak ("unalive", "sewerslide", "corn",
"seggs", "spicy accountant", "ket", "wonky", "🐴"), misspellings and lower-case
run-on messages, Mancunian places (Piccadilly, the Arndale, Heaton Park,
the Metrolink), and a minority of disguised spellings (leetspeak, spaced or dotted
letters, Cyrillic look-alike letters, zero-width characters, full-width letters,
emoji, stretched letters).

Risks in scope: body image and eating disorders (SkinnyTok, "what I eat in a day",
weight-loss jabs bought online), self-harm communities and their codes, financially
motivated sextortion of boys, controlling teenage relationships (snap map and
location demands), upskirting and image-based abuse (including "nudify" deepfakes),
drink spiking, misogyny / incel / manosphere talk, homophobic and transphobic abuse
and outing, racism, grooming of LGBTQ+ young people by adults posing as supportive
peers, suicidal thinking, vaping and ketamine, gambling, filter bypass, plus the
ordinary background of piracy, gaming and social media.

Roughly half the items are hard negatives from the same world: PSHE lessons on
consent and healthy relationships, Pride and LGBTQ+ history, periods, the HPV
vaccine, contraception questions, fashion and beauty ("skinny jeans", "killer
heels", "nude lipstick", "cut crease"), GCSE Biology on hormones, English set texts
(An Inspector Calls, Jane Eyre, Macbeth, Romeo and Juliet, Of Mice and Men),
gymnastics and dance, Taylor Swift and other lyrics, sport, hyperbole ("my mum's
gonna kill me"), vocational courses (dog grooming, barbering, hospitality knife
skills), news, games, and staff researching safeguarding guidance.  No negative
contains a real level-2+ concern; some contain level-1 noise (games, social media),
which the scorer ignores.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
suicide        5 = a method, plan, timing, means gathered, notes written, method
                   information sought ("how many paracetamol...", "ctb tonight");
               4 = ideation without a method ("i want to die", "everyone would be
                   better off", veiled farewells, "unalive" wishes).
self_harm      4 = self-harm disclosure, concealment, tools, community codes
                   (beans/styro, barcode, shtwt) and eating-disorder BEHAVIOUR
                   (purging, fasting, laxatives, hiding not eating, pro-ana coaches);
               3 = seeking pro-ED exposure content (thinspo, SkinnyTok, bonespo,
                   "what I eat in a day 500 calories"), help-seeking about one's own
                   hitting, and buying weight-loss jabs without a prescription
                   (self_harm 3, allow drugs: the risk for a teenager is disordered
                   eating, the means is an illicit medicine).
radicalisation 3 = interest in far-right or incel/blackpill ideology;
               4 = glorifying attackers (Elliot Rodger), extremist texts, joining
                   a far-right youth group; 5 = joining a proscribed group or
                   calling for an attack.  discrimination allowed where the
                   ideology is hate-based.
grooming       4 = adult posing as a peer, secrecy, moving platforms, image
                   requests, age gaps disclosed, and financially motivated
                   sextortion (offender messages and victim disclosures alike:
                   UK guidance treats it as online child sexual exploitation;
                   illegal_content allowed);
               5 = a meeting or pick-up arranged / a hotel booked.
bullying       3 = abusive messages, exclusion campaigns, filming to humiliate,
                   threats to out someone (allow discrimination), and controlling
                   teenage relationships (snap map / location demands, phone
                   checking, nude pressure from a partner: child-on-child abuse;
                   allow violence where a threat is implied, grooming for nude
                   pressure).  "kys" aimed at someone: bullying 3, allow suicide.
discrimination 3 = slurs and hateful statements about sexuality, gender identity,
                   race, religion, ethnicity, sex (misogyny); allow bullying when
                   aimed at a person, radicalisation when it echoes an ideology.
adult_content  3 = pornography sites and searches, OnlyFans leaks, rule 34,
                   "corn"/"seggs" algospeak.
drugs          2 = underage vape buying / hiding a vape; 3 = ketamine, cannabis,
                   MDMA, nitrous, pills, dealers, drug-test evasion.
gambling       2 = betting and casino sites/apps, skin gambling, free bets.
violence       3 = fights, weapons interest; 4 = planned assault, how to spike a
                   drink (allow drugs), hiding a knife; 5 = a specific imminent
                   attack on someone ("bringing a blade tomorrow").
filter_bypass  2 = VPNs, proxies, Tor/Psiphon, disabling or evading the school
                   filter (Smoothwall, GoGuardian, Securly), unblocked mirrors.
hacking        2 = IP loggers; 3 = getting into other people's accounts,
                   keyloggers, booters, wifi cracking, doxxing.
illegal_content 4 = upskirting, sharing nudes of classmates, deepfake nudes,
                   seeking sexual images of under-18s; 3 = fake IDs, counterfeit
                   notes, "nudify" apps sought.  adult_content allowed where sexual.
piracy, gaming, social_media 1.

Every variable choice (log format, engine, URL encoding, user, device, site,
timestamp, IPs, wrapping, fragment split) is derived from SHA-256 of the item
number and a purpose tag; the item order is derived from SHA-256 of the item text.
Standard library only.  Usage:  build_heldout32.py [--out PATH] [--stats]
"""

import argparse
import hashlib
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

# ----------------------------------------------------------------------------
# deterministic choice helpers
# ----------------------------------------------------------------------------


def H(n, tag):
    return int.from_bytes(hashlib.sha256(f"h32|{n}|{tag}".encode("utf-8")).digest()[:8], "big")


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


# ----------------------------------------------------------------------------
# disguise helpers (applied explicitly, by hand, to chosen texts)
# ----------------------------------------------------------------------------

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "i": "\u0456", "s": "\u0455", "y": "\u0443"}


def homo(s, letters="aeoi"):
    """Swap some Latin letters for Cyrillic look-alikes (every other occurrence)."""
    out, k = [], 0
    for ch in s:
        if ch in letters and ch in CYR:
            k += 1
            out.append(CYR[ch] if k % 2 == 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


def zw(s, mark="|", ch="\u200b"):
    """Replace each '|' with a zero-width character."""
    return s.replace(mark, ch)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ----------------------------------------------------------------------------
# item constructors
# ----------------------------------------------------------------------------

ITEMS = []


def _exp(spec):
    out = []
    for tok in spec.split():
        cat, lvl = tok.split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def _add(kind, text, exp, allow, **opt):
    ITEMS.append({"kind": kind, "text": text, "expect": _exp(exp),
                  "allow": allow.split() if allow else [], "opt": opt})


def S(q, exp="", allow="", **o):      # a search typed into an engine or site
    _add("search", q, exp, allow, **o)


def D(dom, exp="", allow="", **o):    # a domain looked up / connected to
    _add("domain", dom, exp, allow, **o)


def U(url, exp="", allow="", **o):    # a specific URL visited
    _add("url", url, exp, allow, **o)


def T(text, exp="", allow="", **o):   # typed text, one event
    _add("typed", text, exp, allow, **o)


def F(text, exp="", allow="", **o):   # typed text split into 2-3 fragments
    _add("frag", text, exp, allow, **o)


def W(title, exp="", allow="", **o):  # a window title
    _add("title", title, exp, allow, **o)


def P(proc, exp="", allow="", **o):   # a process start
    _add("proc", proc, exp, allow, **o)


# ============================================================================
# POSITIVES
# ============================================================================

# ---- suicide ----------------------------------------------------------------
S("how many paracetamol does it take to die", "suicide:5")
S("painless ways to go in your sleep", "suicide:5")
S("is it selfish to want to unalive myself", "suicide:4")
S("sewerslide methods that dont hurt", "suicide:5")
S("how high does a bridge have to be so you dont survive", "suicide:5")
S("i dont want to be alive anymore what do i do", "suicide:4", eng="tiktok")
S("what happens to ur body when u hang yourself", "suicide:5")
S("h0w t0 k1ll mys3lf w1th0ut p41n", "suicide:5")
S("s u i c i d e note template", "suicide:5")
S(homo("best way to end it all tonight"), "suicide:5")
S("ctb tonight goodbye", "suicide:5", eng="x")
S("how long does it take to bleed out from your wrist", "suicide:5", "self_harm")
S("can an overdose of sertraline kill you", "suicide:5")
T("i've got the tablets saved up, tonight's the night. love you all x", "suicide:5")
T("honestly everyone would be better off if i wasnt here", "suicide:4")
T("im so tired of existing. i just want to go to sleep and not wake up", "suicide:4")
T("wrote letters for my mum and my sister, theyre in my drawer if anything happens", "suicide:5")
F("i keep thinking about stepping in front of the tram at piccadilly", "suicide:5")
T("ngl i wanna kms fr this time im not joking", "suicide:4")
T("unalive szn \U0001faa6 no one would even notice", "suicide:4")
T("i just want to diiiiie", "suicide:4")
T(zw("i'm going to k|i|l|l myself after school today"), "suicide:5")
F("if they send those pics round i'm going to end it, i mean it", "suicide:4", "grooming")
W("r/SuicideWatch - Reddit - Google Chrome", "suicide:4")
W("ways to die painlessly - Google Search - Google Chrome", "suicide:5")
T("when i'm gone make sure someone feeds biscuit pls", "suicide:4")
T("i dnt see the point in anythin anymore, i just want it all to stop permanently", "suicide:4")

# ---- self_harm (self-harm) ----------------------------------------------------
S("how to hide cuts on thighs for pe", "self_harm:4")
S("sh scars on wrist how to cover with makeup", "self_harm:3")
S("beans vs styro cuts", "self_harm:4", eng="tiktok")
S("barcode arms", "self_harm:4", eng="tiktok")
T("relapsed last night after 87 days clean. so angry at myself", "self_harm:4", "drugs")
T("does anyone know how to clean a deep cut without going to a&e, i cant tell anyone how i got it", "self_harm:4")
F("i burned myself with a lighter again tonight", "self_harm:4")
T("i punch walls till my knuckles bleed, it's the only thing that helps", "self_harm:4")
S("s3lf h4rm t00ls", "self_harm:4")
S("how to get the blade out of a pencil sharpener", "self_harm:4")
T("my razor's in my pencil case so they won't find it at home", "self_harm:4")
W("sh vent \U0001fa78 | TikTok - Google Chrome", "self_harm:4")
S("#shtwt", "self_harm:4", eng="x")
T(homo("i cut myself again", "is"), "self_harm:4")
T("been hitting myself when i get overwhelmed, does that count as self harm?", "self_harm:3")
T("c.u.t again lol. 3 new ones \U0001f5e1\ufe0f", "self_harm:4")

# ---- self_harm (eating disorders) -----------------------------------------
S("skinnytok what i eat in a day 500 calories", "self_harm:3", eng="tiktok")
S("how to suppress appetite without parents noticing", "self_harm:4")
S("thinspo", "self_harm:3", eng="pinterest")
S("meanspo to stop eating", "self_harm:4")
S("how to make yourself throw up after eating quietly", "self_harm:4")
T("day 4 of my water fast, 41kg now, need to get to 38 before prom", "self_harm:4")
T("purged after tea again, my throat is killing me", "self_harm:4")
S("edtwt ana tips", "self_harm:4", eng="x")
S("pro ana coach discord", "self_harm:4", "grooming")
S("buy mounjaro online no prescription uk 16", "self_harm:3", "drugs")
S("where to get the skinny jab without a doctor", "self_harm:3", "drugs")
S("how to lose 2 stone in a month not eating", "self_harm:4")
T("if i eat lunch today i have to skip tomorrow, that's the rule", "self_harm:4")
T("bodycheck \U0001f9b4 collarbones finally showing, next goal thigh gap by summer", "self_harm:3")
S("bonespo collarbone goals", "self_harm:3", eng="pinterest")
S("how many laxatives to lose weight overnight", "self_harm:4")
S("ana buddy snapchat", "self_harm:4")
S("chew and spit hacks", "self_harm:3", eng="tiktok")
S("how to hide not eating from school staff", "self_harm:4")
F("i havent eaten since tuesday and i feel dizzy but i cant stop now", "self_harm:4")
S("how to starve yourself without getting caught", "self_harm:4")
S("m1a t1ps 4 b3g1nn3rs", "self_harm:4")

# ---- radicalisation ----------------------------------------------------------
S("blackpill explained is it over for short guys", "radicalisation:3", "discrimination")
S("elliot rodger manifesto pdf", "radicalisation:4")
D("incels.is", "radicalisation:3", "discrimination")
S("great replacement is it real", "radicalisation:3", "discrimination")
T("tommy robinson is the only one telling the truth, we need to take our streets back", "radicalisation:3", "discrimination")
S("patriotic alternative youth join", "radicalisation:4", "discrimination")
S("saint elliot supreme gentleman edit", "radicalisation:4", eng="tiktok")
S("how to join the base uk", "radicalisation:5")
S("anwar al awlaki lectures download", "radicalisation:4")
S("sonnenkrieg division", "radicalisation:4", "discrimination")
T("only answer is a race war, start with the mosque on the corner", "radicalisation:5", "violence discrimination")
S(homo("14 words 88 meaning"), "radicalisation:3", "discrimination")
S("mark collett videos", "radicalisation:3", "discrimination")
T("honestly just go ER on the whole sixth form, they deserve it", "violence:4", "radicalisation")

# ---- grooming (LGBTQ+ youth, adults posing as peers) -------------------------
T("you can tell me anything, im trans too and i get it. your parents dont have to know we talk", "grooming:4")
T("delete our chat after ok? your mum checks your phone right", "grooming:4")
F("i'm actually 23 but age is just a number, you're really mature for 14", "grooming:4")
T("i'll get the train to manchester saturday, meet me round the back of the arndale, don't tell anyone", "grooming:5")
T("send a pic of you in the binder so i can see how it fits x", "grooming:4")
T("lets move to telegram, discord is too watched", "grooming:4")
T("i'll send you money for a new binder if you send me something back ;)", "grooming:4")
S("older guy from grindr wants to meet up im 15", "grooming:4")
S("how to get on grindr under 18", "grooming:3", "adult_content")
W("he said he's 16 but his voice on call sounded way older - Google Search - Google Chrome", "grooming:4")
T("you're so pretty, does your girlfriend know you talk to me? keep it our thing \U0001f92b", "grooming:4")
T("wh4t sch00l d0 u g0 2? wot r u w34ring rn", "grooming:4")
T("nobody understands you like i do. not your friends, not your teachers. just me", "grooming:4")
T("i'll pick you up from school in the black audi, just get in the back", "grooming:5")
T("ur mum doesnt need to know about the hotel, i'll book it under my name", "grooming:5")
T("send me one \U0001f4f8\U0001f351 no one will see i promise", "grooming:4", "adult_content")
S("is it ok if my online boyfriend is 25 and im 15", "grooming:4")
T("my 'friend' from the trans discord wants me to video call with my top off to check my chest", "grooming:4")

# ---- grooming (financially motivated sextortion of boys) ----------------------
S("someone is threatening to send my nudes to my followers unless i pay", "grooming:4", "illegal_content", site="irwell")
T("pay \u00a3200 in steam cards or i send it to everyone on your following list. you have 1 hour", "grooming:4", "illegal_content", site="irwell")
F("i have ur pics and i screenshotted all ur followers. pay or i post it", "grooming:4", "illegal_content", site="irwell")
S("sextortion what do i do i already paid them", "grooming:4", "illegal_content", site="irwell")
T("she said she was a girl from stockport but now she wants money for the video of me", "grooming:4", "illegal_content", site="irwell")
T("i did what she asked on facetime and now shes got a recording and says she'll send it to my mum", "grooming:4", "illegal_content", site="irwell")
S("blackmailed on snapchat with pictures 15 boy", "grooming:4", "illegal_content", site="irwell")

# ---- bullying (controlling relationships, outing, peer abuse) -----------------
T("send me your snap map now or we're done", "bullying:3")
T("why is your location off?? turn it back on or im coming round", "bullying:3", "violence")
T("you're not going to that party, i've told you. if i see you talking to him i'll lose it", "bullying:3", "violence")
S("my boyfriend checks my phone every night and makes me share my location is that normal", "bullying:3")
T("if you loved me you'd send it. everyone elses girlfriend does", "bullying:3", "grooming")
T("say one more word and im showing everyone your messages about liking girls", "bullying:3", "discrimination")
T("bet ur mum doesnt know ur a lesbian \U0001f440 be a shame if someone told her", "bullying:3", "discrimination")
F("screenshotted her 'i think im bi' post, dropping it in the year 10 gc", "bullying:3", "discrimination")
T("literally no one wants you here, why do you even come in", "bullying:3")
T("everyone in the gc voted, you're the ugliest in year 9", "bullying:3")
T("kys nobody would care", "bullying:3", "suicide")
T("made a fake account of her posting her lunch pics with 'pig' captions lmao", "bullying:3")
T("nobody sit with amira tomorrow, pass it on", "bullying:3")
T(homo("you're a fat worthless freak", "eo"), "bullying:3")
F("we're all gonna ignore her on monday and see how long before she cries", "bullying:3")
S("how to make someones life hell at school without getting caught", "bullying:3")
T("post the vid of her falling over in pe, caption it 'earthquake' \U0001f602", "bullying:3")
T("ur so fat no wonder ur dad left", "bullying:3")
T("rate her body out of 10 in the boys chat, she'll never know", "bullying:3", "discrimination")
T("i've got everyone to block her, she's got no one now \U0001f60c", "bullying:3")
T("u r s0 ugly n0 1 w1ll ever l0ve u", "bullying:3")

# ---- discrimination ------------------------------------------------------------
T("trannies shouldnt be allowed in our changing rooms, get out", "discrimination:3", "bullying")
T("that's so gay, ur such a f*g", "discrimination:3", "bullying")
T("you'll always be a boy no matter what you wear, it's a wig lol", "discrimination:3", "bullying")
T("go back to pakistan you p4ki", "discrimination:3", "bullying")
T("monkey emojis every time she posts \U0001f412\U0001f412\U0001f34c", "discrimination:3", "bullying")
T("women don't belong in football, get back in the kitchen", "discrimination:3")
S("why are gay people disgusting", "discrimination:3")
T("no d*kes in our tent on the trip, she'll be looking at us", "discrimination:3", "bullying")
T("such a faggggooootttt", "discrimination:3", "bullying")
T("jews control the banks, everyone knows it", "discrimination:3", "radicalisation")
T("p3d0 f4gs grooming kids at pride", "discrimination:3", "radicalisation")
S("trans people are mentally ill proof", "discrimination:3")
T("ching chong eyes lmao look at her photo", "discrimination:3", "bullying")
T("the pikeys from the site nicked it obviously", "discrimination:3")
T("she's only captain cos she's black, diversity hire", "discrimination:3", "bullying")
T("shut up n1gg3r", "discrimination:3", "bullying")
T("deadnaming him on purpose in every lesson, he hates it \U0001f602", "discrimination:3", "bullying")
T("muslims are all terrorists, look what they did at the arena", "discrimination:3", "radicalisation")
T("women are literally property, tate's right about the 80/20 thing", "discrimination:3", "radicalisation")
T("females are just npcs, they only want chad", "discrimination:3", "radicalisation")

# ---- adult_content -------------------------------------------------------------
S("onlyfans leaks free", "adult_content:3")
D("pornhub.com", "adult_content:3")
S("corn sites that arent blocked", "adult_content:3 filter_bypass:2")
S("rule 34 genshin", "adult_content:3")
S("nsfw discord servers 18+", "adult_content:3")
D("xhamster.com", "adult_content:3")
S("spicy accountant links", "adult_content:3")
S("seggs videos free", "adult_content:3")
S("p0rnhub", "adult_content:3")
S("hentai", "adult_content:3")
D("onlyfans.com", "adult_content:3")
D("chaturbate.com", "adult_content:3")
W("XVIDEOS.COM - Free Porn Videos - Mozilla Firefox", "adult_content:3")
S("how to watch porn on a school chromebook", "adult_content:3", "filter_bypass")
D("www.redtube.com", "adult_content:3")
S("sexting apps for teens", "adult_content:3", "grooming")
S(fullwidth("xnxx"), "adult_content:3")

# ---- drugs ---------------------------------------------------------------------
S("where to buy vapes under 18 manchester", "drugs:2")
T("anyone selling elf bars? i'll pay \u00a38, meet at the gates", "drugs:2")
S("lost mary no id delivery", "drugs:2")
S("how much ket for a first timer", "drugs:3")
T("got a g of ket for saturday, who's in \U0001f434", "drugs:3")
S("k hole what does it feel like", "drugs:3", eng="reddit")
S("ketamine bladder pain at 16", "drugs:3")
T("he's got wonky and mandy, snap him 'k' for the menu", "drugs:3")
S("snapchat plug manchester emoji menu", "drugs:3")
S("thc vape carts uk buy", "drugs:3")
T("my guy does 2 for 30 on carts", "drugs:3")
T("how do i get rid of the weed smell before my mum gets in", "drugs:3")
S("nos balloons where to buy", "drugs:3")
S("xanax bars buy online", "drugs:3")
T("i'm so k'd rn lmao cant feel my legs", "drugs:3")
S("k3t4m1n3 price uk", "drugs:3")
S("how to hide a vape in school", "drugs:2")
S("\U0001f343\u2744\ufe0f plug snapchat", "drugs:3")
S("how to pass a drug test in 2 days", "drugs:3")
T("we're doing mdma at the warehouse project, dont tell anyone", "drugs:3")
S("rohypnol buy uk", "drugs:3", "violence")

# ---- gambling ------------------------------------------------------------------
D("www.bet365.com", "gambling:2")
S("stake casino vpn uk", "gambling:2", "filter_bypass")
S("free bets no deposit no id verification", "gambling:2")
D("m.skybet.com", "gambling:2")
S("csgo case opening sites with free coins", "gambling:2")
T("put \u00a320 on the city game, 5 fold acca", "gambling:2")
S("how to bet under 18 uk", "gambling:2")
D("csgoroll.com", "gambling:2")
S("paddy power 40 free spins code", "gambling:2")
W("Sweet Bonanza - Play Slots Online - Google Chrome", "gambling:2")
T("lost my whole ema on roulette again, need to win it back before friday", "gambling:2")
S("betfred login", "gambling:2")
S("online scratchcards 16+", "gambling:2")
D("www.paddypower.com", "gambling:2")

# ---- violence ------------------------------------------------------------------
S("what can you put in a girls drink to make her sleepy", "violence:4", "drugs")
T("bring the stuff for her drink, she'll be out in 20 mins", "violence:5", "drugs")
S("how to spike a drink without it being noticed", "violence:4", "drugs")
T("we're jumping him after school by the chippy, bring the boys", "violence:4")
T("i'm bringing a blade tomorrow, he's not getting away with it", "violence:5")
S("buy zombie knife uk next day delivery", "violence:3", "illegal_content")
S("how to hide a knife in school bag from metal detector", "violence:4")
T("ima slap her so hard tomorrow she wont come back, someone film it", "violence:3", "bullying")
T("\U0001f52a\U0001f52a see you at 3:15, you're done", "violence:5")
S("where to hit someone to knock them out", "violence:3")
T(homo("gonna stab him at the bus stop", "as"), "violence:5")
T("let's film the fight at heaton park and post it", "violence:3", "bullying")
S("how to make a taser out of a disposable camera", "violence:3")
T("swear down if she touches my phone again i'll break her jaw", "violence:3")
S("brass knuckles buy online uk", "violence:3", "illegal_content")

# ---- filter_bypass ---------------------------------------------------------------
S("how to get past smoothwall on school chromebook", "filter_bypass:2")
S("goguardian bypass 2026", "filter_bypass:2")
S("unblocked games 76", "filter_bypass:2")
D("www.croxyproxy.com", "filter_bypass:2")
D("nordvpn.com", "filter_bypass:2")
P("tor.exe", "filter_bypass:2")
P("psiphon3.exe", "filter_bypass:2")
S("how to use hotspot so school wifi cant see what im doing", "filter_bypass:2")
T("use the proxy link i sent, smoothwall doesnt catch it", "filter_bypass:2")
S("how to remove managed by your organisation chrome extension", "filter_bypass:2")
S("free vpn that works on school wifi", "filter_bypass:2")
D("hide.me", "filter_bypass:2")
S("pr0xy s1tes n0t bl0cked", "filter_bypass:2")
P("ProtonVPN.exe", "filter_bypass:2")
D("www.torproject.org", "filter_bypass:2")
S("how to uninstall securly extension without admin", "filter_bypass:2")

# ---- hacking ---------------------------------------------------------------------
S("how to get into someones snapchat without password", "hacking:3")
S("grabify ip logger link", "hacking:2")
S("booter to ddos someone on xbox", "hacking:3")
T("i've got miss's login from watching her type it, let's change our grades", "hacking:3")
S("keylogger for school computers download", "hacking:3")
S("wifi password cracker school network", "hacking:3")
T("i'll dox her, got her ip from the discord link", "hacking:3", "bullying")
S("how to log into my girlfriends instagram without her knowing", "hacking:3", "bullying")
D("iplogger.org", "hacking:2")
S("discord token grabber github", "hacking:3")

# ---- piracy / gaming / social_media (level 1) ------------------------------------
S("watch wicked full movie free 123movies", "piracy:1")
D("1337x.to", "piracy:1")
S("taylor swift eras tour film free download", "piracy:1")
P("qbittorrent.exe", "piracy:1")
S("heartstopper season 3 free stream", "piracy:1")
S("sims 4 all dlc free download", "piracy:1")
D("www.roblox.com", "gaming:1")
P("RobloxPlayerBeta.exe", "gaming:1")
S("fortnite item shop today", "gaming:1")
D("steamcommunity.com", "gaming:1")
W("Minecraft 1.21.4 - Multiplayer (3rd-party Server)", "gaming:1")
D("poki.com", "gaming:1")
D("www.instagram.com", "social_media:1")
D("www.tiktok.com", "social_media:1")
P("Discord.exe", "social_media:1")
D("web.whatsapp.com", "social_media:1")
U("https://x.com/home", "social_media:1")
D("www.snapchat.com", "social_media:1")

# ---- illegal_content ---------------------------------------------------------------
S("how to take upskirt pics on the bus without getting caught", "illegal_content:4", "adult_content")
T("got a pic up miss's skirt on the stairs haha sending it to the gc", "illegal_content:4", "adult_content")
T("here's the nudes of her from year 10, dont share lol", "illegal_content:4", "bullying")
S("where to sell nudes under 18", "illegal_content:4", "adult_content")
S("fake id manchester that works in clubs", "illegal_content:3")
S("telegram groups teen leaks", "illegal_content:4", "adult_content")
T("airdrop her nudes to everyone on the bus", "illegal_content:4", "bullying")
S("jailbait", "illegal_content:4", "adult_content", eng="reddit")
S("hidden camera changing room videos", "illegal_content:4", "adult_content")
F("make a deepfake of her naked with that app, it's so easy", "illegal_content:4", "bullying adult_content")
S("nudify app free undress ai", "illegal_content:3", "adult_content")
S("buy fake \u00a320 notes", "illegal_content:3")
S("cp links telegram", "illegal_content:4", "adult_content")

# ============================================================================
# HARD NEGATIVES
# ============================================================================

# ---- PSHE: consent, healthy relationships --------------------------------------
S("pshe lesson plan consent year 9", staff=True)
S("signs of a controlling relationship pshe worksheet", staff=True)
S("is it weird to share location with your friends")
T("miss said we have to make a poster on healthy relationships for thursday")
S("what is coercive control bbc bitesize")
W("Healthy relationships - Year 10 PSHE.pptx - PowerPoint", staff=True)
S("consent tea video", eng="yt")
T("can we do the consent role play in pairs or in groups?")
S("love island red flags explained")
S("snap map ghost mode how to turn on")
T("turn your snap map off before the trip, safety thing from mr brennan")
D("www.childline.org.uk")
D("www.thinkuknow.co.uk")
S("find my iphone share location with my mum")

# ---- Pride, LGBTQ+ history and life --------------------------------------------
S("section 28 history lgbt", eng="wiki")
S("stonewall riots 1969 marsha p johnson")
S("alan turing pardon 2013", eng="wiki")
S("manchester pride 2026 parade route")
T("can the lgbtq+ society do a bake sale for pride month? rainbow cupcakes \U0001f308")
S("canal street history manchester")
S("how to come out to your parents as bi")
S("what does nonbinary mean")
S("pronoun badges for staff lanyards", eng="amazon", staff=True)
S("binder safety tips gc2b")
S("lesbian visibility day assembly ideas", staff=True)
S("le dollar bean meaning")
S("heartstopper books in order")
S("queer as folk manchester filming locations")
S("trans day of remembrance 2026 vigil manchester")
S("how to be a good ally to trans friends")
S("dyke march history")
T("is gsa still on at lunch? bringing the flags for the display board")
T("my mum was so nice when i came out, cried and hugged me \U0001f62d")
D("lgbt.foundation")
D("www.akt.org.uk")
D("mermaidsuk.org.uk")
S("homophobia in football rainbow laces campaign")
S("the gay rights movement timeline uk", eng="wiki")
S("girl in red we fell in love in october lyrics")

# ---- periods, HPV, contraception, health ---------------------------------------
S("period pain so bad i feel sick is it normal")
S("can i take ibuprofen and paracetamol together for period cramps")
S("hpv vaccine year 8 side effects")
S("can you get contraception at 15 without your parents knowing")
S("brook clinic manchester drop in")
D("www.brook.org.uk")
S("morning after pill how long does it work")
T("has anyone got a pad?? i'm literally dying it's leaked \U0001f62d")
S("can you get chlamydia from kissing")
S("endometriosis pain feels like being stabbed")
S("how many calories in a meal deal")
S("mental health first aid course for staff", staff=True)
S("kooth sign up")
S("exam anxiety breathing techniques")
S("recovery position steps st john ambulance")
S("how to treat a burn from hair straighteners")
S("can you overdose on caffeine energy drinks")
S("vaping vs smoking which is worse bitesize")
S("what is the legal age to buy a vape uk")
D("www.papyrus-uk.org")
D("www.samaritans.org")
D("www.beateatingdisorders.org.uk")
D("www.talktofrank.com")
D("www.gamcare.org.uk")
D("www.nhs.uk")
D("www.kooth.com")
D("www.youngminds.org.uk")

# ---- fashion and beauty ----------------------------------------------------------
S("are skinny jeans back in 2026")
S("killer heels for prom under \u00a340", eng="amazon")
S("drop dead gorgeous prom dresses asos")
S("cut crease eyeshadow tutorial", eng="yt")
S("shein haul try on", eng="tiktok")
S("sixth form outfit ideas that slay", eng="pinterest")
S("razor cut bob with curtain bangs")
T("omg that dress is to die for \U0001f60d")
S("skinny fit school blazer", eng="amazon")
S("blood red hair dye semi permanent")
S("nude lipstick shades for tanned skin")
S("nude block heels wide fit")
S("tie dye hoodie diy")
S("spiked hair 2000s emo tutorial")

# ---- GCSE / A-level Biology and science -------------------------------------------
S("role of oestrogen and progesterone in the menstrual cycle gcse")
S("negative feedback adrenaline thyroxine aqa")
S("how does the contraceptive pill work biology")
S("insulin and glucagon diagram", eng="wiki")
S("testosterone puberty changes gcse")
S("ivf process aqa biology 6 marker")
S("how do painkillers work a level chemistry")
S("drug trials double blind placebo gcse")
S("effect of alcohol on the liver gcse")
S("bath bomb recipe chemistry citric acid")

# ---- English set texts ---------------------------------------------------------
S("why does eva smith kill herself an inspector calls")
S("an inspector calls sheila quotes")
S("jane eyre red room symbolism")
S("bertha mason madwoman in the attic essay")
S("romeo and juliet suicide scene analysis")
S("macbeth is this a dagger which i see before me soliloquy")
T("mr birling is literally so arrogant 'unsinkable' lol")
S("of mice and men why does george shoot lennie")
S("lord of the flies piggy death symbolism")
S("jekyll and hyde violence quotes carew murder")
S("the bell jar summary")
S("othello how does desdemona die")
S("remains armitage probably armed possibly not")
T("Priestley uses Eva Smith's death to show how the Birlings' choices led to her suicide, making the audience feel responsible.", ctx="doc")
T("In Jane Eyre, the fire in Rochester's bed foreshadows Bertha's final act at Thornfield.", ctx="doc")
S("to kill a mockingbird tom robinson trial")
S("blood brothers ending mickey shoots eddie")
S("frankenstein creature revenge quotes")
S("racism in of mice and men crooks essay")
S("reasons to stay alive matt haig book review")
W("Macbeth Act 2 Scene 2 murder essay.docx - Word")

# ---- gymnastics, dance, sport -------------------------------------------------------
S("back walkover drills at home", eng="yt")
S("how to get your splits in a week")
S("oversplits is it safe for teenagers")
S("gcse dance set phrase breathe")
T("killed my routine at comp today!!! \U0001f947\U0001f938\u200d\u2640\ufe0f")
S("cheer stunt names basket toss")
S("pointe shoe fitting manchester")
S("netball shooting drills gs ga")
S("kill shot padel technique")
S("manchester united women tickets")
S("junior boxing gym oldham")
T("we got absolutely slaughtered 7-0 by stockport \U0001f62d")
S("volleyball spike approach footwork")
S("rugby tackle technique safely")
S("basketball trials year 10")
S("jumping jacks warm up routine")

# ---- Taylor Swift and other music ---------------------------------------------------
S("taylor swift look what you made me do lyrics")
S("but daddy i love him lyrics meaning")
S("i knew you were trouble lyrics")
S("anti hero lyrics its me hi im the problem")
S("so long london meaning")
S("killer queen lyrics")
S("sza kill bill lyrics", eng="yt")
S("pink pony club chords", eng="yt")
S("billie eilish bury a friend meaning")
S("the smallest man who ever lived lyrics")
S("oasis heaton park tickets")
T("i'll literally die if she does the tortured poets set at wembley")
S("taylor swift down bad lyrics")
U("https://genius.com/Taylor-swift-look-what-you-made-me-do-lyrics")
U("https://open.spotify.com/album/1pzvBxYgT6OVwJLtHkrdQK")

# ---- hyperbole and everyday chat ----------------------------------------------------
T("i'm literally going to die if he sees my yearbook photo")
T("kill me now, double maths then chemistry")
T("that mock nearly killed me \U0001f480")
T("she absolutely murdered that solo in choir")
T("i'd rather die than wear crocs to prom")
T("my mum's gonna kill me, lost my blazer again")
T("dead \U0001f480\U0001f480 i cant breathe")
T("this sandwich is lethal who put this much mustard in it")
T("you're killing it with the revision flashcards")
T("i could murder a greggs right now")
T("if i hear that song one more time i swear i'll jump out the window \U0001f644")
T("ugh i want to die of embarrassment, i called miss 'mum'")
T("i'm starving is it lunch yet")
T("shoot me a message when you're out of detention")
T("we absolutely bombed the presentation lol")
T("you're a lifesaver, thanks for the notes")
T("she's a menace in netball, blocked every single shot")
T("i bet she forgets her pe kit again")
F("are you coming to the pride film night on friday? bring snacks")
F("can someone send me the biology homework, the hormones one")
F("i'm dying to see the new wicked film, who's coming saturday")
T("that teacher's voice makes me want to sleep for 100 years")

# ---- staff guidance and research ----------------------------------------------------
S("kcsie 2026 part one changes", staff=True)
S("nca sextortion guidance for schools boys", staff=True)
S("how to respond to a disclosure of self-harm staff", staff=True)
S("prevent duty referral process greater manchester", staff=True)
S("upskirting voyeurism act 2019 school policy", staff=True)
S("drink spiking awareness assembly sixth form", staff=True)
S("incel ideology briefing for teachers", staff=True)
S("andrew tate influence on boys research", staff=True)
S("supporting trans pupils guidance schools 2026", staff=True)
S("online grooming warning signs training ceop", staff=True)
S("eating disorder referral pathway camhs manchester", staff=True)
S("ketamine use young people greater manchester report", staff=True)
S("gambling harm education resources ks4", staff=True)
S("vape detectors in school toilets", staff=True)
S("harmful sexual behaviour framework brook", staff=True)
T("Reminder: all staff to complete the safeguarding update before Friday, link in the bulletin.", ctx="staff", staff=True)
W("Suicide prevention training for staff - PAPYRUS - Google Chrome", staff=True)
S("homophobic biphobic transphobic bullying policy template", staff=True)
S("what is sextortion newsround")
T("Could year leads please remind pupils that vapes will be confiscated and parents contacted.", ctx="staff", staff=True)
S("dfe filtering and monitoring standards", staff=True)
S("smoothwall monitor portal login", staff=True)
S("forticlient vpn staff remote access setup", staff=True)
S("ofsted review of sexual abuse in schools pornography", staff=True)
S("online safety lesson impact of pornography year 11", staff=True)
S("samaritans suicide statistics report", staff=True)
W("Self-harm and eating disorders - staff CPD notes.docx - Word", staff=True)

# ---- vocational ---------------------------------------------------------------------
S("level 2 barbering razor fade techniques")
S("how to use clippers on a skin fade", eng="yt")
S("health and social care unit 2 safeguarding vulnerable adults")
S("beauty therapy waxing contraindications")
S("nursing associate drug calculations practice")
S("dog grooming level 2 course manchester")
S("hospitality food hygiene level 2 knife skills")
S("eyebrow grooming kit", eng="amazon")
S("cpr on a baby paediatric first aid")

# ---- news, history, coursework ---------------------------------------------------------
S("manchester arena inquiry volume 3")
S("bbc news knife crime statistics 2026")
S("online safety act ofcom childrens codes")
S("how did the nazis use propaganda gcse")
S("suffragettes emily davison death derby")
S("proxy wars cold war vietnam")
S("black history month manchester events")
S("ramadan timetable manchester 2026")
S("jewish museum manchester school trip")
S("gypsy roma traveller history month")
S("how to hack a level maths integration")
S("life hacks for revision")
S("cyber security gcse what is a ddos attack")
S("probability gcse dice questions")
S("how to kill mould in the bathroom")
S("how to crack an egg one handed")
S("how to weed a vegetable garden")
S("transition words for essays")
S("pencil case gold", eng="amazon")
S("how to hang fairy lights in my room")
S("die cut stickers cricut")
S("femcelcore books list")
S("casino royale film review")
S("probability of winning the lottery a level statistics")

# ---- games (level-1 noise at most) ----------------------------------------------------
S("minecraft how to kill the ender dragon")
S("hitman 3 silent assassin guide")
S("dead by daylight killer tier list")
S("roblox dress to impress codes")
T("gg i got sniped from across the map lol")

# ---- benign domains, URLs, processes, windows ------------------------------------------
D("www.bbc.co.uk")
D("classroom.google.com")
D("www.senecalearning.com")
D("www.kerboodle.com")
D("app.sparxmaths.uk")
D("quizlet.com")
D("teams.microsoft.com")
D("www.stonewall.org.uk")
D("www.manchesterpride.com")
D("www.taylorswift.com")
D("www.asos.com")
D("www.superdrug.com")
D("tfgm.com")
D("www.gov.uk")
U("https://www.bbc.co.uk/bitesize/guides/z8sg6fr/revision/1")
U("https://en.wikipedia.org/wiki/Section_28")
U("https://www.nhs.uk/conditions/periods/")
U("https://www.brook.org.uk/your-life/contraception/")
U("https://www.instagram.com/irwellpride/")
U("https://www.papyrus-uk.org/help-advice-resources/")
P("WINWORD.EXE")
P("python.exe", staff=False)
P("Teams.exe")
P("POWERPNT.EXE")
W("Year 11 Biology - Hormonal coordination - Seneca - Google Chrome")
W("An Inspector Calls revision - Google Docs - Google Chrome")
W("Pride Week rota.xlsx - Excel", staff=True)
W("Period Poverty Fundraiser poster - Canva - Google Chrome")
W("Taylor Swift - The Tortured Poets Department - Spotify")


# ============================================================================
# rendering
# ============================================================================

SITES = {
    "hollins": {"net": 20, "sch": "hollins.sch.uk", "dom": "HOLLINS",
                "dev": ["HG-LIB-PC-{:02d}", "HG-ICT1-PC-{:02d}", "HG-CB-{:03d}", "HG-ART-LT-{:02d}"]},
    "irwell": {"net": 40, "sch": "irwellacademy.org.uk", "dom": "IRWELL",
               "dev": ["IA-ICT2-PC-{:02d}", "IA-CB-{:03d}", "IA-LRC-PC-{:02d}", "IA-DT-LT-{:02d}"]},
    "irwell-sf": {"net": 60, "sch": "irwellacademy.org.uk", "dom": "IRWELL",
                  "dev": ["SF-STUDY-PC-{:02d}", "SF-LT-{:02d}", "SF-CB-{:03d}"]},
}
PUPIL_FIRST = ["amira", "jess", "zainab", "chloe", "niamh", "maya", "ellie", "hafsa", "kacey", "lily",
               "ruby", "ayesha", "freya", "imani", "olivia", "sophie", "kai", "tyler", "rhys", "callum",
               "jayden", "harvey", "ibrahim", "ollie", "sam", "alex", "charlie", "rowan", "mo", "leo"]
PUPIL_LAST = ["khan", "hussain", "brennan", "okafor", "walsh", "kowalski", "ahmed", "patel", "doyle",
              "murphy", "begum", "mensah", "taylor", "riley", "osei", "clarke", "nowak", "ali", "reid"]
STAFF = ["ms.lowe", "mr.brennan", "dr.haque", "mrs.oconnor", "mr.adeyemi", "ms.whitfield",
         "mx.carter", "mrs.shah"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Ctx:
    """All per-item variable choices, derived from the item number."""

    def __init__(self, n, item):
        self.n = n
        o = item["opt"]
        self.staff = bool(o.get("staff"))
        # a school filter blocks some concerning domains; benign ones resolve normally
        self.blockable = any(e["min_level"] >= 2 for e in item.get("expect", []))
        self.site = o.get("site") or wpick(n, "site", [("hollins", 4), ("irwell", 4), ("irwell-sf", 3)])
        s = SITES[self.site]
        self.net = s["net"]
        if self.staff:
            base = pick(n, "staffname", STAFF)
        else:
            # hollins is a girls' school (11-16); irwell and its sixth form are mixed
            first = pick(n, "first", PUPIL_FIRST[:16] if self.site == "hollins" else PUPIL_FIRST)
            last = pick(n, "last", PUPIL_LAST)
            yr = pick(n, "yr", ["19", "20", "21", "22", "23", "24", "25"])
            base = wpick(n, "ustyle", [(f"{yr}{last}{first[0]}", 4), (f"{first}.{last}", 3),
                                         (f"{first[0]}{last}{rng(n, 'unum', 1, 99):02d}", 2)])
        style = wpick(n, "udom", [("plain", 5), ("upn", 2), ("nt", 2)])
        self.user = base if style == "plain" else (f"{base}@{s['sch']}" if style == "upn" else f"{s['dom']}\\{base}")
        self.user_plain = base
        dev = pick(n, "dev", s["dev"])
        self.device = dev.format(rng(n, "devnum", 1, 240 if "CB" in dev else 36))
        self.chromebook = "-CB-" in self.device
        self.ip = f"10.{self.net}.{rng(n, 'ip3', 1, 60)}.{rng(n, 'ip4', 2, 250)}"
        self.resolver = f"10.{self.net}.0.53"
        self.proxy = f"10.{self.net}.0.8"
        self.up = f"{pick(n, 'up1', [104, 142, 151, 157, 172, 185, 198, 216])}.{rng(n, 'up2', 16, 250)}.{rng(n, 'up3', 0, 255)}.{rng(n, 'up4', 1, 254)}"
        # time: a school day Sep-Dec 2026; mostly school hours, some evenings
        start = datetime(2026, 9, 7, tzinfo=timezone.utc)
        day = rng(n, "day", 0, 100)
        d = start + timedelta(days=day)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        hour = wpick(n, "hour", [(8, 2), (9, 4), (10, 4), (11, 4), (12, 5), (13, 4), (14, 4), (15, 3),
                                 (16, 2), (17, 1), (19, 1), (20, 1), (21, 1), (22, 1), (23, 1)])
        self.t = d.replace(hour=hour, minute=rng(n, "min", 0, 59), second=rng(n, "sec", 0, 59),
                           microsecond=rng(n, "ms", 0, 999) * 1000)
        self.ua = UA[1] if self.chromebook else pick(n, "ua", UA[:4])

    # time renderers
    def epoch(self, t=None):
        t = t or self.t
        return f"{int(t.timestamp())}.{t.microsecond // 1000:03d}"

    def iso(self, t=None):
        t = t or self.t
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def clf_time(self):
        return self.t.strftime("%d/") + MONTHS[self.t.month - 1] + self.t.strftime("/%Y:%H:%M:%S +0000")

    def syslog_time(self):
        return f"{MONTHS[self.t.month - 1]} {self.t.day:2d} {self.t.strftime('%H:%M:%S')}"

    def e2g_time(self):
        return self.t.strftime("%Y.%m.%d %H:%M:%S")

    def bind_time(self):
        return f"{self.t.day:02d}-{MONTHS[self.t.month - 1]}-{self.t.year} {self.t.strftime('%H:%M:%S')}.{self.t.microsecond // 1000:03d}"


# ---- search engines ------------------------------------------------------------

def encode(n, q, style=None):
    style = style or wpick(n, "enc", [("plus", 6), ("pct", 4)])
    if style == "plus":
        return quote_plus(q, safe="")
    return quote(q, safe="")


GENERAL_ENGINES = [("google", 20), ("google.co.uk", 10), ("bing", 9), ("ddg", 7), ("yahoo", 4), ("ecosia", 4),
                   ("youtube", 9), ("tiktok", 7), ("reddit", 5), ("ac-google", 3), ("ac-bing", 2), ("ac-ddg", 2),
                   ("ac-youtube", 2)]
HINTS = {"yt": "youtube", "tiktok": "tiktok", "reddit": "reddit", "wiki": "wikipedia", "amazon": "amazon",
         "pinterest": "pinterest", "x": "x"}


def engine_for(n, item):
    hint = item["opt"].get("eng")
    if hint:
        # a hinted site most of the time, occasionally a general engine anyway
        if H(n, "hintkeep") % 5 != 0:
            return HINTS[hint]
    return wpick(n, "engine", GENERAL_ENGINES)


def search_url(n, eng, q):
    e = encode(n, q)
    if eng == "google":
        return wpick(n, "gvar", [(f"https://www.google.com/search?q={e}&hl=en-GB&source=hp", 3),
                                 (f"https://www.google.com/search?q={e}&sca_esv={H(n, 'sca') % 16**16:016x}&source=hp", 1),
                                 (f"https://www.google.com/search?client=firefox-b-d&q={e}", 1)])
    if eng == "google.co.uk":
        return f"https://www.google.co.uk/search?q={e}&oq={e}&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8"
    if eng == "bing":
        return pick(n, "bvar", [f"https://www.bing.com/search?q={e}&form=QBLH",
                                f"https://www.bing.com/search?q={e}&qs=n&form=QBRE&sp=-1&ghc=1&lq=0&pq={e}&sc=10-{len(q)}"])
    if eng == "ddg":
        return pick(n, "dvar", [f"https://duckduckgo.com/?q={e}&ia=web", f"https://duckduckgo.com/?t=h_&q={e}&ia=web"])
    if eng == "yahoo":
        return f"https://uk.search.yahoo.com/search?p={e}&fr=yfp-t&fp=1&toggle=1&cop=mss&ei=UTF-8"
    if eng == "ecosia":
        return f"https://www.ecosia.org/search?method=index&q={e}"
    if eng == "youtube":
        return f"https://www.youtube.com/results?search_query={e}"
    if eng == "tiktok":
        return f"https://www.tiktok.com/search?q={e}&t={1790000000000 + H(n, 'tt') % 9000000000}"
    if eng == "reddit":
        return pick(n, "rvar", [f"https://www.reddit.com/search/?q={e}", f"https://www.reddit.com/search/?q={e}&type=link&sort=relevance"])
    if eng == "wikipedia":
        return f"https://en.wikipedia.org/w/index.php?search={e}&title=Special%3ASearch&ns0=1"
    if eng == "amazon":
        return f"https://www.amazon.co.uk/s?k={e}&crid={H(n, 'crid') % 36**12:012X}&ref=nb_sb_noss"
    if eng == "pinterest":
        return f"https://www.pinterest.co.uk/search/pins/?q={e}&rs=typed"
    if eng == "x":
        return f"https://x.com/search?q={quote(q, safe='')}&src=typed_query"
    if eng == "ac-google":
        return f"https://www.google.com/complete/search?q={e}&cp={len(q)}&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB"
    if eng == "ac-bing":
        return f"https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry={e}&cp={len(q)}&csr=1&cvid={H(n, 'cvid') % 16**16:016X}"
    if eng == "ac-ddg":
        return f"https://duckduckgo.com/ac/?q={e}&kl=wt-wt"
    if eng == "ac-youtube":
        return f"https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q={e}"
    raise ValueError(eng)


def browser(n, ctx):
    if ctx.chromebook:
        return ("chrome", "Google Chrome")
    return wpick(n, "browser", [(("chrome.exe", "Google Chrome"), 6), (("msedge.exe", "Microsoft\u200b Edge"), 3),
                                (("firefox.exe", "Mozilla Firefox"), 2)])


def search_title(eng, q, bname):
    base = eng[3:] if eng.startswith("ac-") else eng
    t = {"google": f"{q} - Google Search", "google.co.uk": f"{q} - Google Search", "bing": f"{q} - Search",
         "ddg": f"{q} at DuckDuckGo", "yahoo": f"{q} - Yahoo Search Results", "ecosia": f"{q} - Ecosia",
         "youtube": f"{q} - YouTube", "tiktok": f"Find '{q}' on TikTok | TikTok Search",
         "reddit": f"reddit.com: search results - {q}", "wikipedia": f"{q} - Search results - Wikipedia",
         "amazon": f"Amazon.co.uk : {q}", "pinterest": f"{q} - Pinterest", "x": f"{q} - Search / X"}[base]
    return f"{t} - {bname}"


def host_of(url):
    h = url.split("://", 1)[1].split("/", 1)[0]
    return h.split("?", 1)[0]


def path_of(url):
    rest = url.split("://", 1)[1]
    i = rest.find("/")
    return rest[i:] if i >= 0 else "/"


# ---- proxy line renderers ------------------------------------------------------

def squid_line(n, ctx, url, method="GET"):
    el = rng(n, "elapsed", 3, 1400)
    size = rng(n, "size", 900, 98000)
    user = ctx.user if H(n, "squser") % 6 else "-"
    if method == "CONNECT":
        host = host_of(url)
        if H(n, "sni") % 2:
            # custom ukfull format with SNI and bump tokens (peek/splice tunnel)
            return (f"{ctx.epoch()} {el:6d} {ctx.ip} {user} TCP_TUNNEL/200 {size} CONNECT {host}:443 {ctx.up} - "
                    f"\"-\" \"{ctx.ua}\" {host} sni={host} bump=splice")
        return f"{ctx.epoch()} {el:6d} {ctx.ip} TCP_TUNNEL/200 {size} CONNECT {host}:443 {user} HIER_DIRECT/{ctx.up} -"
    if H(n, "sqfmt") % 5 == 0:
        return (f"{ctx.epoch()} {el:6d} {ctx.ip} {user} TCP_MISS/200 {size} GET {url} {ctx.up} text/html "
                f"\"-\" \"{ctx.ua}\" {host_of(url)} sni={host_of(url)} bump=bump")
    status = wpick(n, "sqstat", [("TCP_MISS/200", 8), ("TCP_MISS/304", 1), ("TCP_REFRESH_MODIFIED/200", 1)])
    return f"{ctx.epoch()} {el:6d} {ctx.ip} {status} {size} GET {url} {user} HIER_DIRECT/{ctx.up} text/html"


def clf_line(n, ctx, url, method="GET"):
    size = rng(n, "size", 900, 98000)
    user = ctx.user if H(n, "clfuser") % 6 else "-"
    if method == "CONNECT":
        req, tail = f"CONNECT {host_of(url)}:443 HTTP/1.1", "TCP_TUNNEL:HIER_DIRECT"
    else:
        req, tail = f"GET {url} HTTP/1.1", "TCP_MISS:HIER_DIRECT"
    if H(n, "clfkind") % 2:
        ref = wpick(n, "ref", [("-", 3), ("https://www.google.com/", 1), ("https://classroom.google.com/", 1)])
        return f"{ctx.ip} - {user} [{ctx.clf_time()}] \"{req}\" 200 {size} \"{ref}\" \"{ctx.ua}\" {tail}"
    return f"{ctx.ip} - {user} [{ctx.clf_time()}] \"{req}\" 200 {size} {tail}"


def e2g_line(n, ctx, url, terms, method="GET"):
    fmt = wpick(n, "e2fmt", [(2, 4), (4, 3), (6, 3)])
    user = ctx.user_plain
    size = rng(n, "size", 900, 98000)
    tfield = f"0={terms};" if terms else "-"
    if method == "CONNECT":
        url = f"https://{host_of(url)}:443"
    if fmt == 6:
        f = [ctx.epoch(), "", user, ctx.ip, ctx.proxy, url, method, "200", str(size), "-", ctx.ua, "-",
             str(rng(n, "e2ms", 1, 40)), "-", "0", "-", "0", "-", "students" if not ctx.staff else "staff", "1"]
        return "\t".join(f)
    f = [ctx.e2g_time(), user, ctx.ip, url, "-", method, str(size), "0", "-", "1", "200", "-", ctx.proxy,
         "students" if not ctx.staff else "staff", ctx.ua, tfield, "-", "-", "-"]
    if fmt == 4:
        return "\t".join(f)
    return ",".join('"' + x.replace('"', '""') + '"' for x in f)


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


def zeek_header(ctx, path, fields, types):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            f"#path\t{path}", f"#open\t{ctx.t.strftime('%Y-%m-%d-%H-%M-%S')}",
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zuid(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = int.from_bytes(hashlib.sha256(f"h32|{n}|uid".encode("utf-8")).digest(), "big")
    s = "C"
    for _ in range(17):
        s += alphabet[v % 62]
        v //= 62
    return s


def zeek_http(n, ctx, url):
    host, uri = host_of(url), path_of(url)
    tsv = H(n, "ztsv") % 5 == 0
    rec = {"ts": float(int(ctx.t.timestamp())) + (ctx.t.microsecond // 1000) / 1000.0, "uid": zuid(n),
           "id.orig_h": ctx.ip, "id.orig_p": rng(n, "sport", 32768, 60999), "id.resp_h": ctx.up, "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1", "user_agent": ctx.ua,
           "request_body_len": 0, "response_body_len": rng(n, "size", 900, 98000), "status_code": 200,
           "status_msg": "OK", "tags": []}
    if not tsv:
        return None, json.dumps(rec, ensure_ascii=False)
    vals = {**rec, "ts": ctx.epoch() + "000", "referrer": "-", "origin": "-", "info_code": "-", "info_msg": "-",
            "tags": "(empty)", "username": "-", "password": "-", "proxied": "-", "orig_fuids": "-",
            "orig_filenames": "-", "orig_mime_types": "-", "resp_fuids": "F" + zuid(n)[1:], "resp_filenames": "-",
            "resp_mime_types": "text/html"}
    row = "\t".join(str(vals[f]) for f in ZEEK_HTTP_FIELDS)
    return zeek_header(ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES), row


def zeek_dns(n, ctx, dom):
    tsv = H(n, "ztsv") % 5 == 0
    qt = wpick(n, "qtype", [(("A", 1), 6), (("AAAA", 28), 2), (("HTTPS", 65), 2)])
    rec = {"ts": float(int(ctx.t.timestamp())) + (ctx.t.microsecond // 1000) / 1000.0, "uid": zuid(n),
           "id.orig_h": ctx.ip, "id.orig_p": rng(n, "sport", 32768, 60999), "id.resp_h": ctx.resolver,
           "id.resp_p": 53, "proto": "udp", "trans_id": rng(n, "tid", 1, 65535),
           "rtt": rng(n, "rtt", 1, 90) / 1000.0, "query": dom, "qclass": 1, "qclass_name": "C_INTERNET",
           "qtype": qt[1], "qtype_name": qt[0], "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False,
           "RD": True, "RA": True, "Z": 0, "answers": [ctx.up] if qt[0] == "A" else [],
           "TTLs": [float(rng(n, "ttl", 30, 3600))] if qt[0] == "A" else [], "rejected": False}
    if not tsv:
        return None, json.dumps(rec)
    vals = dict(rec)
    vals["ts"] = ctx.epoch() + "000"
    vals["rtt"] = f"{rec['rtt']:.6f}"
    for k in ("AA", "TC", "RD", "RA", "rejected"):
        vals[k] = "T" if rec[k] else "F"
    vals["answers"] = ",".join(rec["answers"]) or "-"
    vals["TTLs"] = ",".join(f"{x:.6f}" for x in rec["TTLs"]) or "-"
    row = "\t".join(str(vals[f]) for f in ZEEK_DNS_FIELDS)
    return zeek_header(ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES), row


# ---- dns line renderers -----------------------------------------------------------

def unbound_line(n, ctx, dom):
    pid = rng(n, "ubpid", 700, 9999)
    prefix = (f"{ctx.syslog_time()} unbound[{pid}:0]" if H(n, "ubtime") % 3
              else f"[{int(ctx.t.timestamp())}] unbound[{pid}:0]")
    qt = wpick(n, "ubqt", [("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    kind = wpick(n, "ubkind", [("query", 5), ("reply", 4), ("local", 2 if ctx.blockable else 0)])
    if kind == "query":
        return f"{prefix} info: {ctx.ip} {dom}. {qt} IN"
    if kind == "reply":
        return f"{prefix} info: {ctx.ip} {dom}. {qt} IN NOERROR 0.{rng(n, 'ubrt', 0, 90000):06d} 0 {rng(n, 'ubsz', 40, 300)}"
    zone = dom.split(".", 1)[1] if dom.count(".") >= 2 else dom
    return f"{prefix} info: {zone}. always_nxdomain {ctx.ip}@{rng(n, 'sport', 1024, 65000)} {dom}. {qt} IN"


def dnsmasq_line(n, ctx, dom):
    t = ctx.syslog_time()
    pid = rng(n, "dmpid", 300, 9999)
    kind = wpick(n, "dmkind", [("extra", 5), ("plain", 3), ("blocked", 2 if ctx.blockable else 0)])
    qt = wpick(n, "dmqt", [("A", 6), ("AAAA", 2), ("HTTPS", 1)])
    sn = rng(n, "dmserial", 1, 99999)
    port = rng(n, "sport", 1024, 65000)
    if kind == "extra":
        return f"{t} dnsmasq[{pid}]: {sn} {ctx.ip}/{port} query[{qt}] {dom} from {ctx.ip}"
    if kind == "plain":
        return f"{t} dnsmasq[{pid}]: query[{qt}] {dom} from {ctx.ip}"
    return f"{t} dnsmasq[{pid}]: {sn} {ctx.ip}/{port} config {dom} is 0.0.0.0"


def bind_line(n, ctx, dom):
    port = rng(n, "sport", 1024, 65000)
    cl = f"client @0x7f{H(n, 'bptr') % 16**10:010x} {ctx.ip}#{port} ({dom})"
    if ctx.blockable and H(n, "bkind") % 4 == 0:
        return f"{ctx.bind_time()} rpz: info: {cl}: rpz QNAME NXDOMAIN rewrite {dom}/A/IN via {dom}.rpz.local"
    qt = wpick(n, "bqt", [("A", 6), ("AAAA", 2), ("HTTPS", 2)])
    return f"{ctx.bind_time()} queries: info: {cl}: query: {dom} IN {qt} +E(0)K ({ctx.resolver})"


# ---- endpoint events ------------------------------------------------------------

CHAT_WINDOWS = [
    ("Discord.exe", "#general | {srv} - Discord"),
    ("Discord.exe", "@{friend} - Discord"),
    ("chrome.exe", "Snapchat - Google Chrome"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    ("chrome.exe", "WhatsApp - Google Chrome"),
    ("WhatsApp.exe", "WhatsApp"),
    ("msedge.exe", "Messenger | Facebook - Microsoft\u200b Edge"),
    ("Teams.exe", "Chat | {friend} | Microsoft Teams"),
]
DOC_WINDOWS = [("WINWORD.EXE", "English Lit essay draft.docx - Word"),
               ("chrome.exe", "Inspector Calls essay - Google Docs - Google Chrome"),
               ("WINWORD.EXE", "Document1 - Word")]
STAFF_WINDOWS = [("Teams.exe", "Staff Briefing | General | Microsoft Teams"),
                 ("OUTLOOK.EXE", "Untitled - Message (HTML) "),
                 ("chrome.exe", "Mail - Outlook - Google Chrome")]
SERVERS = ["yr10 girlies", "irwell gsa", "the gc", "minecraft smp", "art club", "lgbtq+ teens uk", "study buddies"]


def endpoint_base(n, ctx, event, process, title, t=None):
    ev = {"ts": ctx.iso(t), "site": ctx.site, "device": ctx.device, "user": ctx.user, "event": event,
          "process": process, "window_title": title}
    if H(n, "nosite") % 7 == 0:
        del ev["site"]
    return ev


def ep_dump(n, ev):
    return json.dumps(ev, ensure_ascii=bool(H(n, "ascii") % 2))


def window_for(n, ctx, item):
    c = item["opt"].get("ctx")
    if c == "doc":
        p, w = pick(n, "win", DOC_WINDOWS)
    elif c == "staff" or (ctx.staff and c is None):
        p, w = pick(n, "win", STAFF_WINDOWS)
    else:
        p, w = pick(n, "win", CHAT_WINDOWS)
    w = w.format(srv=pick(n, "srv", SERVERS), friend=pick(n, "friend", PUPIL_FIRST))
    if ctx.chromebook and p != "chrome.exe":
        p = "chrome"
        w = w.replace("Microsoft\u200b Edge", "Google Chrome")
        if not w.endswith("Google Chrome"):
            w = w + " - Google Chrome"
    elif ctx.chromebook:
        p = "chrome"
    return p, w


def split_points(n, text):
    k = wpick(n, "nfrag", [(2, 3), (3, 2)])
    L = len(text)
    if k == 2:
        a = rng(n, "cut1", max(2, L // 4), max(3, (3 * L) // 4))
        return [text[:a], text[a:]]
    a = rng(n, "cut1", max(2, L // 5), max(3, (2 * L) // 5))
    b = rng(n, "cut2", a + 2, max(a + 3, (4 * L) // 5))
    return [text[:a], text[a:b], text[b:]]


# ---- wrappers for format "auto" -----------------------------------------------------

def wrap(n, ctx, line, source):
    how = wpick(n, "wrap", [("3164", 3), ("5424", 2), ("json", 3), ("bare", 2)])
    host = {"squid": "proxy01", "clf": "proxy01", "e2guardian": "e2g01", "unbound": "dns01",
            "dnsmasq": "pihole", "bind": "ns1", "endpoint": ctx.device}[source]
    tag = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "unbound": "unbound",
           "dnsmasq": "dnsmasq", "bind": "named", "endpoint": "guardline-agent"}[source]
    pri = pick(n, "pri", [134, 30, 14, 166])
    pid = rng(n, "wpid", 200, 32000)
    if how == "bare":
        return line
    if how == "3164":
        return f"<{pri}>{ctx.syslog_time()} {host} {tag}[{pid}]: {line}"
    if how == "5424":
        return f"<{pri}>1 {ctx.iso()} {host} {tag} {pid} - - {line}"
    env = {"ts_received": ctx.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ctx.t.microsecond:06d}+00:00",
           "host": host, "source": tag,
           "file": {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
                    "e2guardian": "/var/log/e2guardian/access.log", "unbound": "/var/log/unbound/unbound.log",
                    "dnsmasq": "/var/log/pihole/pihole.log", "bind": "/var/log/named/query.log",
                    "endpoint": "/var/log/guardline/events.jsonl"}[source],
           "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


# ---- per-kind renderers --------------------------------------------------------------

def render(n, item):
    ctx = Ctx(n, item)
    kind, text = item["kind"], item["text"]

    if kind in ("search", "url"):
        if kind == "search":
            eng = engine_for(n, item)
            url = search_url(n, eng, text)
        else:
            eng, url = None, text
        choices = [("squid", 18), ("clf", 15), ("e2guardian", 12), ("zeek-http", 10), ("visit", 8), ("auto", 9)]
        if kind == "search" and not eng.startswith("ac-"):
            choices.append(("title", 11))
        fmt = wpick(n, "fmt", choices)
        if fmt in ("title", "visit"):
            proc, bname = browser(n, ctx)
            if fmt == "title":
                title = search_title(eng, text, bname)
                ev = endpoint_base(n, ctx, "window_title", proc, title)
            else:
                title = (search_title(eng, text, bname) if eng and not eng.startswith("ac-")
                         else f"{host_of(url)} - {bname}")
                ev = endpoint_base(n, ctx, "url_visit", proc, title)
                ev["url"] = url
            return "endpoint", ep_dump(n, ev), None
        if fmt == "squid":
            return "squid", squid_line(n, ctx, url), None
        if fmt == "clf":
            return "clf", clf_line(n, ctx, url), None
        if fmt == "e2guardian":
            return "e2guardian", e2g_line(n, ctx, url, text if kind == "search" else None), None
        if fmt == "zeek-http":
            hdr, row = zeek_http(n, ctx, url)
            return "zeek-http", row, hdr
        src = wpick(n, "autosrc", [("squid", 3), ("clf", 2), ("e2guardian", 1)])
        inner = {"squid": lambda: squid_line(n, ctx, url), "clf": lambda: clf_line(n, ctx, url),
                 "e2guardian": lambda: e2g_line(n, ctx, url, text if kind == "search" else None)}[src]()
        return "auto", wrap(n, ctx, inner, src), None

    if kind == "domain":
        fmt = wpick(n, "fmt", [("unbound", 16), ("dnsmasq", 17), ("bind", 14), ("zeek-dns", 17),
                               ("squid", 7), ("clf", 3), ("e2guardian", 3), ("auto", 8)])
        url = f"https://{text}/"
        if fmt == "unbound":
            return fmt, unbound_line(n, ctx, text), None
        if fmt == "dnsmasq":
            return fmt, dnsmasq_line(n, ctx, text), None
        if fmt == "bind":
            return fmt, bind_line(n, ctx, text), None
        if fmt == "zeek-dns":
            hdr, row = zeek_dns(n, ctx, text)
            return fmt, row, hdr
        if fmt == "squid":
            return fmt, squid_line(n, ctx, url, "CONNECT"), None
        if fmt == "clf":
            return fmt, clf_line(n, ctx, url, "CONNECT"), None
        if fmt == "e2guardian":
            return fmt, e2g_line(n, ctx, url, None, "CONNECT"), None
        src = wpick(n, "autosrc", [("unbound", 2), ("dnsmasq", 2), ("bind", 1), ("squid", 1)])
        inner = {"unbound": lambda: unbound_line(n, ctx, text), "dnsmasq": lambda: dnsmasq_line(n, ctx, text),
                 "bind": lambda: bind_line(n, ctx, text),
                 "squid": lambda: squid_line(n, ctx, url, "CONNECT")}[src]()
        if src in ("unbound", "dnsmasq", "bind"):
            # DNS lines already carry a syslog-style stamp: ship them in a JSON envelope
            how = "json"
            env = {"ts_received": ctx.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ctx.t.microsecond:06d}+00:00",
                   "host": {"unbound": "dns01", "dnsmasq": "pihole", "bind": "ns1"}[src], "source": src,
                   "file": {"unbound": "/var/log/unbound/unbound.log", "dnsmasq": "/var/log/pihole/pihole.log",
                            "bind": "/var/log/named/query.log"}[src], "message": inner}
            assert how == "json"
            return "auto", json.dumps(env, ensure_ascii=False).replace("/", "\\/"), None
        return "auto", wrap(n, ctx, inner, src), None

    if kind == "typed":
        proc, win = window_for(n, ctx, item)
        ev = endpoint_base(n, ctx, "text_capture", proc, win)
        ev["text"] = text
        ev["url"] = None
        line = ep_dump(n, ev)
        if H(n, "epauto") % 9 == 0:
            return "auto", wrap(n, ctx, line, "endpoint"), None
        return "endpoint", line, None

    if kind == "frag":
        proc, win = window_for(n, ctx, item)
        parts = split_points(n, text)
        lines, t = [], ctx.t
        for i, p in enumerate(parts):
            if i:
                t = t + timedelta(seconds=rng(n, f"gap{i}", 2, 11), milliseconds=rng(n, f"gapms{i}", 0, 999))
            ev = endpoint_base(n, ctx, "text_capture", proc, win, t)
            ev["text"] = p
            ev["url"] = None
            lines.append(ep_dump(n, ev))
        return "endpoint", None, lines

    if kind == "title":
        proc = "chrome" if ctx.chromebook else (
            "javaw.exe" if text.startswith("Minecraft") else
            "WINWORD.EXE" if text.endswith(" - Word") else
            "POWERPNT.EXE" if text.endswith("PowerPoint") else
            "EXCEL.EXE" if text.endswith("Excel") else
            "Spotify.exe" if text.endswith("Spotify") else
            "firefox.exe" if "Firefox" in text else "chrome.exe")
        ev = endpoint_base(n, ctx, "window_title", proc, text)
        line = ep_dump(n, ev)
        if H(n, "epauto") % 8 == 0:
            return "auto", wrap(n, ctx, line, "endpoint"), None
        return "endpoint", line, None

    if kind == "proc":
        ev = endpoint_base(n, ctx, "process_start", text, None)
        del ev["window_title"]
        folder = {"tor.exe": "C:\\Users\\{u}\\Desktop\\Tor Browser\\Browser\\TorBrowser\\Tor\\tor.exe",
                  "psiphon3.exe": "C:\\Users\\{u}\\Downloads\\psiphon3.exe",
                  "ProtonVPN.exe": "C:\\Program Files\\Proton\\VPN\\ProtonVPN.exe",
                  "qbittorrent.exe": "C:\\Users\\{u}\\AppData\\Local\\Programs\\qBittorrent\\qbittorrent.exe",
                  "RobloxPlayerBeta.exe": "C:\\Users\\{u}\\AppData\\Local\\Roblox\\Versions\\version-4b3a\\RobloxPlayerBeta.exe",
                  "Discord.exe": "C:\\Users\\{u}\\AppData\\Local\\Discord\\app-1.0.9172\\Discord.exe",
                  "WINWORD.EXE": "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
                  "POWERPNT.EXE": "C:\\Program Files\\Microsoft Office\\root\\Office16\\POWERPNT.EXE",
                  "python.exe": "C:\\Program Files\\Python312\\python.exe",
                  "Teams.exe": "C:\\Program Files\\WindowsApps\\MSTeams_24295.605.3225.8804_x64__8wekyb3d8bbwe\\ms-teams.exe"}
        ev["path"] = folder.get(text, text).format(u=ctx.user_plain)
        ev["url"] = None
        line = ep_dump(n, ev)
        if H(n, "epauto") % 8 == 0:
            return "auto", wrap(n, ctx, line, "endpoint"), None
        return "endpoint", line, None

    raise ValueError(kind)


def heartbeat(n):
    # two plain heartbeat events: negatives that carry no text at all
    ctx = Ctx(n, {"opt": {}})
    ev = {"ts": ctx.iso(), "site": ctx.site, "device": ctx.device, "event": "heartbeat",
          "agent_version": "3.4.1"}
    return "endpoint", json.dumps(ev), None


def build():
    items = list(ITEMS)
    items.append({"kind": "heartbeat", "text": "heartbeat-a", "expect": [], "allow": [], "opt": {}})
    items.append({"kind": "heartbeat", "text": "heartbeat-b", "expect": [], "allow": [], "opt": {}})
    keyed = sorted(items, key=lambda it: hashlib.sha256(
        ("order|" + it["kind"] + "|" + it["text"]).encode("utf-8")).hexdigest())
    out = []
    for n, it in enumerate(keyed, 1):
        if it["kind"] == "heartbeat":
            fmt, line, lines = heartbeat(n)
        else:
            fmt, line, lines = render(n, it)
        rec = {"id": f"h32-{n:04d}", "format": fmt}
        if lines is not None and line is not None:
            rec["lines"] = lines + [line]       # zeek TSV: header lines, then the record
        elif lines is not None:
            rec["lines"] = lines
        else:
            rec["line"] = line
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append(rec)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout32.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    recs = build()
    ids = set()
    for r in recs:
        assert r["id"] not in ids
        ids.add(r["id"])
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        from collections import Counter
        cats, fmts, pos_f = Counter(), Counter(), Counter()
        pos = sum(1 for r in recs if r["expect"])
        for r in recs:
            fmts[r["format"]] += 1
            if r["expect"]:
                pos_f[r["format"]] += 1
            for e in r["expect"]:
                cats[e["category"]] += 1
        print(f"items {len(recs)}  positives {pos}  negatives {len(recs) - pos}")
        print("per category (expected occurrences):")
        for c, k in sorted(cats.items()):
            print(f"  {c:16s} {k}")
        print("per format (total / positive):")
        for f, k in sorted(fmts.items()):
            print(f"  {f:12s} {k:4d} / {pos_f[f]}")
        print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
