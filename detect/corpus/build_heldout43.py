#!/usr/bin/env python3
"""Held-out evaluation corpus 43 for Guardline (hand-written, independent of the detector).

PERSPECTIVE
-----------
Key Stage 3 (Years 7-9, ages 11-14) in a large multi-academy trust with schools in the
Black Country / Birmingham and in Greater Manchester, plus a SEND base (autistic learners,
ADHD, moderate learning difficulties).  Texts are written the way these children actually
type and search: phonetic misspellings ("dissapear", "summery"), no punctuation, run-on
chat, "u/ur/rn/fr/ngl/cus", brainrot and TikTok slang ("cooked", "rizz", "sigma",
"fanum tax"), game talk from Roblox / Minecraft / Fortnite / Discord, algospeak
("unalive", "sewerslide", "cat scratches", "s h", "the plug"), and, from SEND learners,
literal, complete, polite sentences that state things bluntly.  A minority of the risky
texts are disguised (leetspeak, spaced or dotted letters, Cyrillic/Greek look-alike
letters, zero-width characters, full-width letters, emoji, stretched letters).
Staff in the trust also appear (DSL research, PSHE planning, pastoral email), and their
safeguarding research is labelled as a negative.

Every line is rendered into one of the real log shapes copied from shared/samples:
Squid native (incl. ukfull custom lines with sni=/bump= tokens), Squid/Apache common and
combined, e2guardian formats 2/4/6, Unbound (ASCII and epoch prefixes, local-action lines),
dnsmasq (plain and log-queries=extra), BIND query and RPZ, Zeek dns.log / http.log (JSON
and TSV with #fields headers), Guardline endpoint JSON events (text_capture, window_title,
url_visit, process_start, including typed text split over 2-3 fragments of one stream),
and "auto" items wrapped in RFC 3164 / RFC 5424 syslog or an rsyslog JSON envelope.

LABELLING DECISIONS (CONTRACTS section 3 levels; min_level is the lowest level a DSL in
this trust would accept as a correct response)
-----------------------------------------------------------------------------------------
suicide        5 = a plan, a method sought or named, a time or place ("tonight", "the bridge",
                   "how many paracetamol", "saving my tablets", "what height").
               4 = ideation without a plan ("i want to die", "wish i was never born",
                   "unalive myself", "nobody would care"), help-seeking disclosures, visiting a
                   suicide forum.  "kys" aimed at someone else is bullying (suicide allowed).
self_harm      4 = disclosed or sought self-injury (cutting, burning, hitting walls, head
                   banging, hiding cuts, methods, purging, pro-ana tips, blackout challenge).
               3 = concerning interest: restrictive-eating and "what i eat in a day" calorie
                   talk, "barcode"/sharpener-blade searches, hair pulling.
radicalisation 5 = travel to fight, attack intent, manifesto-writing after an attacker.
               4 = extremist propaganda or groups sought (IS nasheeds, attack videos,
                   proscribed/far-right groups, Terrorgram, incel "hero" material, recruiting).
               3 = edgy meme and manosphere exposure (1488, "redpill", Tate's paid groups,
                   "great replacement", sonnenrad) - discrimination allowed where hateful.
grooming       5 = a meeting arranged or imminent contact by an adult met online.
               4 = grooming signs: gifts of Robux/V-Bucks for pictures or cam, secrecy, age
                   questions, moving to Snapchat/DMs, "mature for your age", sexual requests,
                   sextortion (illegal_content / adult_content allowed).
bullying       3 = unkind, excluding or threatening messages and disclosures of bullying.
discrimination 3 = racist, homophobic, transphobic, disablist, antisemitic, anti-Muslim or
                   anti-Traveller language, including "casual" slurs; bullying allowed when
                   aimed at a person.
adult_content  3 = pornography sites, searches (incl. rule 34, hentai, Roblox "condos"),
                   accidental exposure disclosed by a child.
illegal_content 4 = indecent images of children, incl. nudes of classmates being shared or
                   requested.  3 = questions showing involvement in youth-produced images.
drugs          4 = county-lines style exploitation.  3 = buying or getting controlled drugs,
                   dealers, lean, ket, nitrous, chroming.  2 = nicotine (vapes, pouches, snus)
                   sought or traded by under-18s.
gambling       2 = betting and casino sites, skin/case-opening and Robux gambling sites.
violence       5 = carrying a weapon to school, attack threats, bomb-making.
               4 = specific threats of serious assault, getting guns, hiding a knife.
               3 = fights filmed at school, weapons curiosity, gore, exposure to stabbings.
filter_bypass  2 = proxies, VPNs, Tor, unblocked-games mirrors, removing filter extensions.
hacking        3 = getting into another person's account or school systems, DDoS.
               2 = hacking/cheat tools (Kali, IP loggers, executors, aimbots, Cheat Engine).
piracy 1, gaming 1, social_media 1 = policy information (film/music piracy, game and social
               sites visited); nothing else is expected on those items.

Negatives (expect []) use the same words innocently: KS3 English set texts (Of Mice and
Men, An Inspector Calls, Macbeth, Holes, Noughts and Crosses, Romeo and Juliet...), history
(WW1, the Holocaust, the Blitz, slavery, civil rights, the Cold War "proxy wars"), science
(drugs and the body, puberty/RSE, poisonous animals), PSHE lessons about grooming, consent
and bullying, gaming talk ("i killed him", "headshot", "tnt"), hyperbole ("my mum will kill
me", "i want to die of embarrassment", "kms i forgot my pe kit"), football, music, anime,
food tech knives, dog grooming, "bet" as slang, Scunthorpe-style domains.  A negative never
carries a real level-2+ concern; level-1 noise (games, social media) is allowed in them.

Determinism: no random module.  Every choice (order, format, engine, URL variant and
encoding, user, device, site, timestamp, IP, wrapper, fragment gaps) comes from SHA-256 of
the item number and a purpose tag.

Usage:  python3 build_heldout43.py [--out PATH] [--stats]
"""
import argparse
import datetime
import hashlib
import json
import os
import sys
import urllib.parse
from collections import Counter

# --------------------------------------------------------------------------- hashing


def H(n, tag):
    d = hashlib.sha256(("h43|%s|%s" % (n, tag)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


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


# --------------------------------------------------------------------------- disguises

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
       "x": "\u0445", "i": "\u0456", "s": "\u0455", "y": "\u0443"}


def cyr(s, letters):
    """Swap the given Latin letters for Cyrillic look-alikes (as copy-paste 'font' sites do)."""
    return "".join(CYR[ch] if ch in letters else ch for ch in s)


def zw(s, mark="\u200b"):
    """Zero-width character between letters of every word longer than 3 letters."""
    out = []
    for w in s.split(" "):
        out.append(mark.join(w) if len(w) > 3 else w)
    return " ".join(out)


def fw(s):
    """Full-width letters (vaporwave text generator)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
                   for c in s)


# --------------------------------------------------------------------------- corpus text

ITEMS = []


def _exp(s):
    out = []
    if s:
        for part in s.split(","):
            c, l = part.split(":")
            out.append({"category": c.strip(), "min_level": int(l)})
    return out


def P(kind, content, exp, allow=None, **kw):
    it = {"kind": kind, "content": content, "expect": _exp(exp),
          "allow": [a.strip() for a in allow.split(",")] if allow else []}
    it.update(kw)
    ITEMS.append(it)


def N(kind, content, **kw):
    P(kind, content, "", None, **kw)


# kinds: q = search query (rendered as a search URL on some engine or as the results
# window title), d = domain name (DNS / CONNECT), t = typed text, f = typed text split in
# fragments of one stream, u = URL visited, w = window title, p = process started.

# ============================ POSITIVES =====================================

# ---- suicide
P("q", "how many paracetamol do u need to take to die", "suicide:5", "self_harm")
P("t", "im gonna jump off the bridge by the canal tonight nobody will even notice im gone", "suicide:5")
P("f", ["i wrote a note for my mum ", "its in my drawer under my pjs ", "im doing it after school when shes at work"], "suicide:5")
P("q", "painless ways to unalive urself", "suicide:5")
P("q", "how long does it take to die if u hang urself", "suicide:5")
P("t", "ive been saving my tablets up in my room. tonight is the night", "suicide:5", "self_harm")
P("t", "I am going to stand in front of the train at the station on Saturday so I do not have to go to school any more", "suicide:5", who="send", ctx="send")
P("q", "h0w t0 k1ll mys3lf w1th0ut p41n", "suicide:5")
P("q", "can u die from taking all ur adhd tablets at once", "suicide:5", "self_harm")
P("t", "i'm going to kill myselffff tonight i mean it this time", "suicide:5")
P("t", zw("i want to kill myself"), "suicide:4")
P("t", "i just want to dissapear forever everyone would be happier without me", "suicide:4")
P("q", "is it normal to want to die when ur 12", "suicide:4")
P("t", "i wish i was never born fr not even joking", "suicide:4")
P("t", "I do not want to be alive anymore. I told Miss at break but she said we will talk later", "suicide:4", who="send", ctx="send")
P("t", "gonna kms \U0001f52b\U0001f635 for real this time no cap nobody would care", "suicide:4")
P("q", "sewerslide thoughts at 13 is that bad", "suicide:4", eng="tiktok")
P("f", ["sometimes i lie in bed and think about ", "not waking up in the morning", " and it doesnt even scare me"], "suicide:4")
P("q", "how to tell my mum i feel suicidal", "suicide:4")
P("u", "https://www.reddit.com/r/SuicideWatch/", "suicide:4")
P("t", "i want to d\u0456\u0435 everything is pointless", "suicide:4")
P("d", "sanctioned-suicide.net", "suicide:4", "self_harm")
P("q", "what height do you need to jump from to die", "suicide:5")
P("f", ["how do i k", "ill myself without it hurting"], "suicide:5", ctx="search")
P("q", fw("i want to unalive"), "suicide:4")

# ---- self-harm and eating
P("t", "i cut again last night its on my arm under my jumper", "self_harm:4")
P("q", "how to hide cuts from parents", "self_harm:4")
P("q", "how to hide sh scars in pe shorts", "self_harm:4")
P("q", "what can i use to cut myself if i dont have a blade", "self_harm:4")
P("t", "I bang my head on the wall when I get overwhelmed because it makes the noise in my head stop", "self_harm:4", who="send", ctx="send")
P("q", "how to get the blade out of a pencil sharpener", "self_harm:3")
P("q", "sh recovery day 12 \U0001fa79", "self_harm:4", eng="tiktok")
P("t", "i scratch my arms till they bleed when im sad and no one knows", "self_harm:4")
P("q", "do i need stitches if my cut is really deep and wont stop bleeding", "self_harm:4")
P("t", "ive been doing s h again dont tell anyone pls", "self_harm:4")
P("t", "got new cat scratches \U0001f431 lol (not from a cat)", "self_harm:4")
P("q", "barcode arms meaning", "self_harm:3", eng="tiktok")
P("t", "i burnt myself with my brothers lighter on purpose to see if i could feel it", "self_harm:4")
P("f", ["i want to hurt", " myself so bad rn", " like i deserve it"], "self_harm:4")
P("q", "what i eat in a day 500 calories 13 year old", "self_harm:3")
P("t", "i havent eaten since tuesday i dont deserve food", "self_harm:4")
P("q", "pro ana tips for beginners", "self_harm:4")
P("q", "how to make urself throw up after eating without anyone hearing", "self_harm:4")
P("q", "skinnytok thinspo", "self_harm:3", eng="tiktok")
P("t", "if i skip breakfast and lunch everyday ill be skinny by summer right", "self_harm:3")
P("q", cyr("self harm ideas", "sea"), "self_harm:4")
P("q", "does it hurt to cut ur wrist", "self_harm:4", "suicide")
P("q", "blackout challenge how long to hold it", "self_harm:4", "suicide,violence")
P("t", "i punch the wall till my knuckles bleed then i feel calm", "self_harm:4")
P("q", "s.e.l.f h.a.r.m tips", "self_harm:4")
P("t", "i pulled out loads of my hair again and now theres a bald bit \U0001f614", "self_harm:3")

# ---- radicalisation
P("q", "andrew tate the real world how to join", "radicalisation:3", "discrimination")
P("q", "1488 meaning", "radicalisation:3", "discrimination")
P("t", "hitler did nothing wrong \U0001f602\U0001f602 gas the lot of them", "radicalisation:3", "discrimination", ctx="game")
P("q", "is the great replacement real", "radicalisation:3", "discrimination")
P("q", "christchurch mosque shooting full video", "radicalisation:4", "violence")
P("t", "we should do what that guy in new zealand did but at the mosque near school", "radicalisation:5", "violence,discrimination")
P("q", "how to join patriotic alternative youth", "radicalisation:4")
P("q", "isis nasheed mp3 download", "radicalisation:4")
P("q", "atomwaffen division recruitment", "radicalisation:4")
P("t", "proud to be white and ill never apologise for it, remigration now \U0001f1ec\U0001f1e7", "radicalisation:3", "discrimination")
P("q", "terrorgram channels", "radicalisation:4")
P("q", "elliot rodger supreme gentleman video", "radicalisation:4", "violence")
P("q", "wh1te p0wer sk1nhead music", "radicalisation:3", "discrimination")
P("q", "how do i get to syria from manchester to fight", "radicalisation:5")
P("q", "sonnenrad symbol for my roblox group logo", "radicalisation:3")
P("t", "join my discord its for real english lads only, we share the books they dont want u to read", "radicalisation:4", "discrimination")
P("q", "how to write a manifesto like the buffalo shooter", "radicalisation:5", "violence")
P("q", "incel forum how to join", "radicalisation:3")
P("t", "the kuffar deserve what is coming, jihad is the only way", "radicalisation:4", "discrimination")
P("q", "the turner diaries pdf", "radicalisation:4")

# ---- grooming and sextortion
P("t", "he said hes 15 but his voice sounded really old on the call", "grooming:4")
P("t", "this guy on roblox keeps giving me robux and says im really mature for my age", "grooming:4", ctx="game")
P("f", ["he wants me to add him on snap ", "and said not to tell my mum cus shed be jealous of our friendship"], "grooming:4")
P("t", "im 12 u said thats fine? why do u want pics of me in my pe kit", "grooming:4")
P("q", "a man on discord wants me to send pictures of my feet", "grooming:4")
P("t", "ok ill meet u at piccadilly gardens at 4 on saturday but dont tell anyone. u said ull bring the vbucks card", "grooming:5")
P("t", "he said he'll give me 5000 vbucks if i go on cam for him", "grooming:4", "adult_content")
P("q", "someone said theyll leak my pics unless i send them 50 pounds", "grooming:4", "illegal_content,adult_content")
P("t", "pls dont post them ill send the money i promise ill get it from my mums purse tonight", "grooming:4", "illegal_content")
P("q", "what to do if someone is blackmailing you with pictures you sent", "grooming:4", "illegal_content")
P("t", "my online boyfriend is 19 is that weird hes really nice to me", "grooming:4")
P("t", "he told me to delete our messages every night so my mum doesnt see", "grooming:4")
P("t", "hes picking me up after school tomorrow in his car, hes the one from fortnite", "grooming:5")
P("t", "My friend from Minecraft said he loves me and he is 24 and he wants to meet me at the shops on Sunday", "grooming:5", who="send", ctx="send")
P("t", "he keeps asking if im home alone rn and what im wearing", "grooming:4")
P("q", "is it normal for a grown up to ask what colour my underwear is", "grooming:4")
P("t", "he s3nt me a p1c of his th1ng and said its our s3cret", "grooming:4", "adult_content")
P("t", "he said we can be secret bf and gf but i cant tell anyone cus he'd get in trouble", "grooming:4")
P("t", "ok ill send one pic but only if u send the robux first", "grooming:4", "illegal_content", ctx="game")
P("t", cyr("he wants me to turn my camera on in the bathroom", "ace"), "grooming:4")
P("t", "he sent \U0001f445\U0001f346 and said send back \U0001f351 or ur not my friend anymore", "grooming:4", "adult_content")
P("q", "someone older asked me to video call and take my top off", "grooming:4", "adult_content")
P("f", ["he knows what school i go to", " and said hes coming to see me on friday after school", " i didnt tell him where i live tho"], "grooming:5")
P("f", ["ye im 11 ", "no my mum doesnt check my phone ", "ok whats ur snap"], "grooming:4", ctx="game")
P("t", "look what he sent me 'ur so mature for 12 can u keep a secret from ur parents' \U0001f633", "grooming:4")
P("q", "someone i met on insta has my nudes and wants money what do i do", "grooming:4", "illegal_content,adult_content")

# ---- bullying
P("t", "nobody likes u just leave the gc already", "bullying:3")
P("t", "everyone vote in the poll who's the ugliest in 8R \U0001f602", "bullying:3")
P("t", "kys ur actually so annoying no one wants u here", "bullying:3", "suicide", ctx="game")
P("t", "lets all block her and tell everyone she smells", "bullying:3")
P("t", "ur so fat no wonder ur dad left", "bullying:3")
P("f", ["if u tell sir", " ur getting jumped at the gates"], "bullying:3", "violence")
P("t", "screenshot her crying vid and send it in the year 8 gc \U0001f602\U0001f602", "bullying:3")
P("t", "ur so autistic lmaooo go back to the special unit", "bullying:3", "discrimination")
P("t", "i made a fake tiktok of him with his face on a pig, posting it tonight", "bullying:3")
P("t", "u r a l0s3r n0b0dy w4nts u h3r3", "bullying:3", ctx="game")
P("t", "They keep taking my bag and putting it in the bin and laughing at me every day in form", "bullying:3", who="send", ctx="send")
P("q", "how to make someone cry with words", "bullying:3")
P("t", "ur literally so poor u get free school meals \U0001f921\U0001f921\U0001f921", "bullying:3")
P("t", "go cry to ur mum u f*cking tramp nobody wants u on the team", "bullying:3")
P("t", "ur bald ur ugly and ur dad doesnt even want u, quit the game noob", "bullying:3", ctx="game")
P("t", "dont let jayden sit with us again hes weird and smells of wee", "bullying:3")
P("t", "everyoneeee hatesss uuuu just gooooo", "bullying:3")
P("t", "if u come to school tomorrow ur gonna regret it, everyone knows what u did", "bullying:3", "violence")

# ---- discrimination
P("t", "go back to ur own country u p*ki", "discrimination:3", "bullying")
P("t", "thats so gay bro ur such a fag", "discrimination:3", "bullying", ctx="game")
P("t", "all muslims are terrorists my uncle said so", "discrimination:3", "radicalisation")
P("t", "get off my team n1gga ur trash", "discrimination:3", "bullying", ctx="game")
P("t", "\U0001f412\U0001f412\U0001f34c he should go back to the zoo not play for england", "discrimination:3")
P("q", "racist jokes about indians", "discrimination:3")
P("t", "jews control all the banks look it up", "discrimination:3", "radicalisation")
P("t", "trannies are mentally ill and shouldnt be allowed in our toilets", "discrimination:3")
P("t", "ching chong lol look at his eyes", "discrimination:3", "bullying")
P("t", "gypsies are all thieves dont let him near ur bike", "discrimination:3")
P("q", "dark humour racist memes 2026", "discrimination:3")
P("t", "Ahmed called me a retard and a spaz because I go to the base", "bullying:3", "discrimination", who="send", ctx="send")
P("t", "women belong in the kitchen \U0001f923 tate was right", "discrimination:3", "radicalisation")
P("t", cyr("ur a faggot", "ao") + " nobody wants u in the changing rooms", "discrimination:3", "bullying")
P("q", "are black people less intelligent", "discrimination:3", "radicalisation")
P("t", "no paki's allowed in our squad", "discrimination:3", "bullying", ctx="game")
P("t", "gay people are disgusting and should be banned", "discrimination:3")

# ---- adult content
P("d", "www.pornhub.com", "adult_content:3")
P("d", "www.xvideos.com", "adult_content:3")
P("q", "hentai", "adult_content:3")
P("q", "onlyfans leaks free", "adult_content:3")
P("q", zw("boobs pics"), "adult_content:3")
P("t", "a naked lady popped up when i was playing on my ipad and she was doing rude stuff what do i do", "adult_content:3")
P("q", "p0rn hub", "adult_content:3")
P("q", "rule 34 fnaf", "adult_content:3")
P("d", "chaturbate.com", "adult_content:3")
P("q", "roblox condo games link discord", "adult_content:3")
P("q", "s e x videos", "adult_content:3")
P("d", "xhamster.com", "adult_content:3")
P("u", "https://www.reddit.com/r/nsfw/", "adult_content:3")
P("q", "\U0001f351 naked women pics", "adult_content:3")
P("d", "rule34.xxx", "adult_content:3")
P("w", "Pornhub - Free Porn Videos & Sex Movies - Google Chrome", "adult_content:3")
P("q", "my friend showed me a porn video on his phone at break is that bad", "adult_content:3")
P("d", "nhentai.net", "adult_content:3")

# ---- illegal content (indecent images of children)
P("t", "send me the nude vid of ellie from year 9 thats going round", "illegal_content:4", "adult_content,bullying")
P("q", "jailbait pics", "illegal_content:4", "adult_content")
P("q", "13 year old nudes snapchat", "illegal_content:4", "adult_content,grooming")
P("t", "airdrop the pic of her boobs to everyone on the bus lmao", "illegal_content:4", "adult_content,bullying")
P("q", "telegram groups teen nudes", "illegal_content:4", "adult_content")
P("t", "ive got nudes of a girl in year 8 if anyone wants them dm me", "illegal_content:4", "adult_content,bullying")
P("q", "dark web links for cp", "illegal_content:4")
P("t", "anyone got n00dz of yr 9 girls \U0001f440", "illegal_content:4", "adult_content")
P("q", "how to delete a nude i sent so the police cant find it", "illegal_content:3", "grooming,adult_content")
P("q", "can you go to jail for sending nudes at 13", "illegal_content:3", "grooming,adult_content")

# ---- drugs and nicotine
P("q", "where to buy vapes under 18 birmingham", "drugs:2")
P("q", "how to hide a vape in school from teachers", "drugs:2")
P("t", "whos got a vape ill give u a fiver for ur lost mary", "drugs:2")
P("q", "velo pouches near me", "drugs:2")
P("q", "thc vape pen uk snapchat dealer", "drugs:3")
P("t", "my cousin sells weed if u want some, \u00a310 a bag", "drugs:3")
P("q", "how to make lean with sprite and cough syrup", "drugs:3")
P("q", "how to get weed without ur parents knowing", "drugs:3")
P("q", "how much is a bag of ket", "drugs:3")
P("t", "bring the gummies tomorrow the ones that make u high", "drugs:3")
P("q", "snapchat plug \U0001f50c\U0001f343 near me", "drugs:3")
P("t", "a man gave me a phone and \u00a350 to take a package to stoke on the train, said dont tell anyone", "drugs:4", "grooming")
P("q", "b\u03c5y w33d online uk", "drugs:3")
P("q", "where to get nos canisters", "drugs:3")
P("q", "elf bar 10000 cheap no id", "drugs:2", eng="amazon")
P("f", ["can u get me a ", "elfbar from the corner shop", " they dont id u there"], "drugs:2")
P("q", "chroming challenge deodorant", "drugs:3", "self_harm", eng="tiktok")
P("t", "snus hits different in maths \U0001f635\u200d\U0001f4ab", "drugs:2")

# ---- gambling
P("q", "csgo case opening sites free coins", "gambling:2")
P("q", "bloxflip promo code", "gambling:2")
P("q", "stake.com how to play under 18", "gambling:2")
P("d", "www.bet365.com", "gambling:2")
P("d", "rblxwild.com", "gambling:2")
P("t", "bet u 500 robux on coinflip in the discord casino", "gambling:2", ctx="game")
P("d", "csgoroll.com", "gambling:2")
P("d", "www.skybet.com", "gambling:2")
P("q", "how to use my dads paypal on paddy power", "gambling:2")
P("q", "sky vegas free spins no deposit", "gambling:2")
P("d", "hypedrop.com", "gambling:2")
P("w", "Stake.com - Online Casino & Sportsbook - Google Chrome", "gambling:2")

# ---- violence and weapons
P("q", "school fight compilation 2026", "violence:3")
P("t", "fight at 3:15 behind tesco everyone come film it", "violence:3", "bullying")
P("t", "im bringing my brothers knife tomorrow if he tries anything again", "violence:5")
P("q", "how to buy a zombie knife under 18", "violence:3")
P("q", "rambo knife", "violence:3", eng="amazon")
P("q", "butterfly knife real sharp", "violence:3", eng="amazon")
P("t", "im going to smash his head in with a brick after school", "violence:4", "bullying")
P("q", "how to make a homemade taser", "violence:3")
P("q", "how to knock someone out in one punch", "violence:3")
P("t", "if he says that again im getting my cousins to shank him", "violence:4", "bullying")
P("q", "how to make a pipe bomb", "violence:5", "radicalisation")
P("q", "how to get a gun in the uk", "violence:4")
P("t", "we're jumping him at the park friday bring ur mates and balis", "violence:4", "bullying")
P("f", ["im gonna shoot up", " the school tomorrow"], "violence:5", "radicalisation")
P("q", "watch people die real videos", "violence:3")
P("t", "\U0001f52a\U0001f52a ur dead tmrw watch", "violence:4", "bullying")
P("q", "h0w 2 m4ke a b0mb at h0me", "violence:5", "radicalisation")
P("t", "I will hit Mr Davies with a chair tomorrow because he took my iPad", "violence:3", who="send", ctx="send")
P("t", "my mate got stabbed last night outside the chicken shop they said its about postcode", "violence:3")
P("q", "how to hide a knife in ur school bag", "violence:4")
P("q", "best knife to carry for protection", "violence:3")

# ---- filter bypass
P("q", "unblocked games 66", "filter_bypass:2")
P("q", "how to get past lightspeed filter on school chromebook", "filter_bypass:2")
P("d", "www.croxyproxy.com", "filter_bypass:2")
P("q", "how to bypass goguardian", "filter_bypass:2")
P("d", "nordvpn.com", "filter_bypass:2")
P("p", "tor.exe", "filter_bypass:2")
P("p", "psiphon3.exe", "filter_bypass:2")
P("q", "how to use vpn on school wifi so teachers cant see", "filter_bypass:2")
P("q", "how to remove securly extension from chromebook", "filter_bypass:2")
P("t", "use interstellar its not blocked yet dont share the link or they'll block it", "filter_bypass:2")
P("q", "unbl0cked g4mes", "filter_bypass:2")
P("q", "chrome flags to turn off extensions on school chromebook", "filter_bypass:2")
P("q", "how to get on tiktok at school when its blocked", "filter_bypass:2")
P("u", "https://sites.google.com/view/unblockedgames911/", "filter_bypass:2")
P("q", "titanium network proxy github", "filter_bypass:2")
P("d", "protonvpn.com", "filter_bypass:2")
P("w", "Holy Unblocker - Google Chrome", "filter_bypass:2")
P("q", "how to use ur phone hotspot on school laptop so the filter doesnt work", "filter_bypass:2")

# ---- hacking
P("q", "how to get someones roblox password", "hacking:3")
P("q", "roblox cookie logger", "hacking:3")
P("q", "how to hack my mates fortnite account", "hacking:3")
P("t", "give me ur login ill get u free vbucks then ill change ur password lol", "hacking:3")
P("q", "how to ddos someone on xbox", "hacking:3")
P("q", "how to find a teachers password for sims", "hacking:3")
P("q", "kali linux download usb", "hacking:2")
P("p", "cheatengine-x86_64.exe", "hacking:2")
P("q", "roblox executor free no key", "hacking:2")
P("q", "how to hack school wifi password", "hacking:3", "filter_bypass")
P("t", "i got into her insta she uses the same password for everything \U0001f480 lets post something", "hacking:3", "bullying")
P("q", "h4ck 1nstagram acc0unt", "hacking:3")
P("q", "fortnite aimbot free download undetected", "hacking:2")
P("q", "how to change my grades on the school system", "hacking:3")
P("d", "grabify.link", "hacking:2")

# ---- piracy
P("q", "watch inside out 2 free full movie", "piracy:1")
P("q", "minecraft java free download cracked", "piracy:1")
P("q", "spotify premium apk free", "piracy:1")
P("p", "uTorrent.exe", "piracy:1")
P("d", "thepiratebay.org", "piracy:1")
P("q", "fmovies alternative", "piracy:1")
P("q", "soap2day", "piracy:1")

# ---- gaming
P("d", "www.roblox.com", "gaming:1")
P("d", "poki.com", "gaming:1")
P("p", "RobloxPlayerBeta.exe", "gaming:1")
P("d", "www.coolmathgames.com", "gaming:1")
P("u", "https://www.crazygames.com/game/smash-karts", "gaming:1")
P("q", "slope game", "gaming:1")
P("d", "mc.hypixel.net", "gaming:1")
P("p", "FortniteClient-Win64-Shipping.exe", "gaming:1")
P("d", "krunker.io", "gaming:1")

# ---- social media
P("d", "www.tiktok.com", "social_media:1")
P("d", "web.snapchat.com", "social_media:1")
P("d", "www.instagram.com", "social_media:1")
P("u", "https://www.instagram.com/direct/inbox/", "social_media:1")
P("d", "web.whatsapp.com", "social_media:1")
P("u", "https://www.tiktok.com/foryou", "social_media:1")
P("w", "(3) Instagram \u2022 Chats - Google Chrome", "social_media:1")

# ---- more domains seen only in DNS / CONNECT logs
P("d", "www.paddypower.com", "gambling:2")
P("d", "stake.com", "gambling:2")
P("d", "bloxflip.com", "gambling:2")
P("d", "www.redtube.com", "adult_content:3")
P("d", "onlyfans.com", "adult_content:3")
P("d", "hide.me", "filter_bypass:2")
P("d", "psiphon.ca", "filter_bypass:2")
P("d", "www.torproject.org", "filter_bypass:2")
P("d", "1337x.to", "piracy:1")
P("d", "www.fortnite.com", "gaming:1")
P("d", "www.snapchat.com", "social_media:1")

# ============================ NEGATIVES =====================================

# ---- English set texts
N("q", "of mice and men why does george shoot lennie")
N("q", "curleys wife death quote analysis")
N("q", "why did eva smith kill herself an inspector calls")
N("q", "inspector calls eva smith drank disinfectant quote")
N("q", "macbeth act 2 scene 2 summary duncan murder")
N("q", "lady macbeth suicide why does she die off stage")
N("q", "holes louis sachar chapter 20 summery")
N("q", "noughts and crosses callum hanged ending explained")
N("q", "noughts and crosses racism quotes sephy")
N("q", "romeo and juliet why did juliet stab herself")
N("q", "the boy in the striped pyjamas ending bruno gas chamber")
N("q", "private peaceful charlie shot at dawn")
N("q", "dulce et decorum est gas gas quick boys meaning")
N("t", "George shoots Lennie because he wants him to die happy thinking about the rabbits instead of being lynched by Curley", ctx="doc")
N("t", "In Macbeth the witches make Macbeth want to kill the king, this shows ambition is dangerous", ctx="doc")
N("w", "Noughts and Crosses Chapter 34 - Google Docs - Google Chrome")
N("q", "the hunger games why do they have to kill each other")
N("q", "wonder rj palacio auggie bullied quotes")
N("q", "stone cold robert swindells shelter killer")
N("t", "Sheila feels guilty because she got Eva sacked from Milwards and then Eva killed herself", ctx="doc")
N("q", "lord of the flies piggy death chapter 11")
N("w", "Of Mice and Men - Chapter 5 Curley's wife death - YouTube - Google Chrome")

# ---- history
N("q", "why did ww1 start assassination of franz ferdinand ks3")
N("q", "the holocaust facts for kids ks3")
N("q", "auschwitz gas chambers how many people died", eng="wiki")
N("q", "kristallnacht night of broken glass 1938", eng="wiki")
N("q", "nazi propaganda techniques year 9")
N("q", "the blitz manchester christmas 1940")
N("q", "triangular slave trade ks3 bbc bitesize")
N("q", "middle passage conditions on slave ships")
N("q", "martin luther king i have a dream speech full")
N("q", "peterloo massacre 1819", eng="wiki")
N("q", "jack the ripper victims whitechapel ks3")
N("q", "hanged drawn and quartered meaning")
N("q", "cold war proxy wars vietnam korea")
N("t", "The Nazis used propaganda to blame the Jews for Germany losing the war which led to the Holocaust", ctx="doc")
N("q", "black history month heroes uk")
N("q", "swastika hindu symbol meaning RE homework")
N("q", "how did the ku klux klan start civil rights ks3")
N("q", "9/11 what happened for kids")
N("q", "manchester arena memorial glade of light")
N("q", "apartheid south africa nelson mandela prison")

# ---- science and RSE
N("q", "drugs and the body ks3 revision")
N("q", "effects of alcohol on the liver ks3")
N("q", "what does nicotine do to your body science")
N("q", "puberty boys voice breaking age")
N("q", "what to do when you get your first period at school")
N("q", "sexual reproduction in plants ks3")
N("q", "how are babies made ks3 biology reproduction")
N("q", "most poisonous animal in the world")
N("q", "box jellyfish sting can it kill you")
N("q", "what happens if a black widow bites you")
N("q", "how does paracetamol work in the body")
N("q", "what is an addictive drug science")
N("q", "smoking effects on lungs tar ks3")
N("q", "how does a nuclear bomb work physics")
N("q", "what happens when you put sodium in water explosion")

# ---- PSHE, online safety and staff safeguarding work
N("q", "pshe online safety lesson grooming warning signs ks3", who="staff")
N("t", "for pshe we have to make a poster about how to spot grooming online and who to tell", ctx="doc")
N("q", "anti bullying week 2026 odd socks day")
N("q", "what is consent pshe year 9")
N("q", "peer pressure vaping pshe lesson")
N("q", "are loot boxes gambling debate pshe")
N("q", "thinkuknow 11-13")
N("t", "Cyberbullying is when someone uses the internet to hurt someone. If it happens you should screenshot it and tell a trusted adult", ctx="doc")
N("q", "how to keep my child safe on roblox", who="staff")
N("q", "what is sextortion assembly slides secondary", who="staff")
N("t", "Reminder: Year 8 PSHE this week covers county lines and criminal exploitation, slides are in the shared drive", who="staff", ctx="staff")
N("q", "kcsie 2026 part one", who="staff")
N("q", "prevent duty training certificate download", who="staff")
N("q", "signs of self harm in secondary pupils training", who="staff")
N("q", "how to talk to year 7 boys about andrew tate lesson plan", who="staff")
N("w", "CPOMS - Add Incident - Google Chrome", who="staff")
N("q", "autism sensory overload strategies classroom", who="staff")
N("q", "county lines awareness assembly ks3", who="staff")
N("t", "Can you send me the seating plan for 8X4 please, Jayden and Kai need splitting up", who="staff", ctx="staff")
N("q", "how to explain the holocaust to year 9 sensitively", who="staff")
N("q", "self harm policy template schools", who="staff")
N("t", "Reminder the Y9 trip to IWM North is Friday, they need packed lunches and consent forms back by Wednesday", who="staff", ctx="staff")

# ---- gaming talk
N("t", "bro i killed him with the pump \U0001f480 one shot", ctx="game")
N("t", "headshot!!! did u see that", ctx="game")
N("t", "im dead \U0001f62d\U0001f62d he fell off the map", ctx="game")
N("t", "hes so dead when i find him in bedwars lol", ctx="game")
N("t", "blow up their base with tnt when theyre offline \U0001f608", ctx="game")
N("t", "lets go kill the ender dragon tonight bring beds", ctx="game")
N("t", "i got 12 kills in that game and still lost", ctx="game")
N("t", "he shot me from across the map with a sniper its so unfair", ctx="game")
N("t", "the murderer in mm2 killed everyone in like 10 seconds \U0001f480", ctx="game")
N("t", "can u carry me in doors i keep dying to seek", ctx="game")
N("t", "stop camping with the shotgun its so cringe", ctx="game")
N("t", "gg ez ur trash jk love u bro", ctx="game")
N("q", "how to make a tnt cannon in minecraft")
N("q", "how to kill the wither easy")
N("q", "best sniper warzone loadout")
N("q", "mm2 godly knife values")
N("q", "fortnite new guns this season")
N("q", "fnaf lore explained")
N("q", "among us impostor tips how to kill without being seen")
N("q", "piggy roblox all endings")
N("f", ["we need one more for squads ", "whoever dies first has to ", "do the dance in the lobby lol"], ctx="game")

# ---- hyperbole and jokes
N("t", "my mum is gonna kill me i lost my blazer again")
N("t", "i want to die of embarrassment i fell up the stairs in front of everyone \U0001f62d")
N("t", "kill me now we have double maths")
N("t", "this homework is literally killing me")
N("t", "id rather die than do the bleep test")
N("t", "im gonna murder my brother he ate my last pringles")
N("t", "i literally died laughing \U0001f480\U0001f480\U0001f480")
N("t", "kms i forgot my pe kit again \U0001f62d")
N("t", "bro is cooked \U0001f480 sir saw his phone")
N("t", "that test destroyed me im never recovering")
N("t", "if i see one more fractions question im jumping out the window jk")
N("t", "im starving i could eat a horse")
N("t", "my dad will actually end me if he sees my report")
N("t", "stoppp im actually crying this is so cute")
N("f", ["i want to ", "die my hair pink for non uniform day ", "will i get in trouble"])
N("t", "ur obsessed with him its so cringe lol")
N("t", "im so sick of this im gonna scream into my pillow")
N("f", ["my mum will", " kill me if i lose", " another coat this term \U0001f62d"])

# ---- SEND learners, literal and blunt
N("t", "I feel angry because the fire alarm was too loud and it hurt my ears", who="send", ctx="send")
N("t", "I do not like it when people touch my pencil case", who="send", ctx="send")
N("t", "Today I had chicken nuggets and chips and a yoghurt", who="send", ctx="send")
N("t", "My favourite train is the Class 390 Pendolino it goes to Manchester Piccadilly", who="send", ctx="send")
N("t", "I need a movement break please", who="send", ctx="send")
N("t", "When I am sad I go to the calm room and squeeze the stress ball and then I feel better", who="send", ctx="send")
N("t", "Sam hit the ball over the fence and Mr Khan said it was an accident", who="send", ctx="send")
N("t", "I want to tell Miss that the other class was very noisy today", who="send", ctx="send")
N("t", "In Fortnite I killed 3 people and then I died in the storm", who="send", ctx="send")
N("t", "I am not going swimming because I do not like the smell of the changing rooms", who="send", ctx="send")

# ---- ordinary chat between pupils
N("t", "can u send me a pic of the science homework sheet i left mine in my locker")
N("t", "meet at the bus stop at 8 tmrw")
N("t", "dont tell lily but were getting her a cake for her birthday its a secret")
N("t", "whats ur snap ill send u the maths answers")
N("t", "how old is ur sister again is she in year 9")
N("t", "we're meeting at the trafford centre saturday with mia and ruby, my mum's driving")
N("t", "skibidi rizz ohio fanum tax \U0001f602\U0001f602")
N("t", "that song is actually so peak")
N("t", "ur so good at drawing can u draw my oc")
N("t", "my cat died last night im so sad i cried all morning")
N("t", "my nan is in hospital so i might not be in tomorrow")
N("t", "bet see u at 4")
N("t", "i bet u cant do 20 keepy ups")
N("t", "secret santa in form is \u00a35 max")
N("t", "ur mum made the best brownies at the bake sale")
N("t", "sigma face \U0001f5ff\U0001f5ff")
N("t", "add me on fortnite my name is xXShadowWolfXx", ctx="game")
N("t", "lol he said hes 6ft \U0001f480 hes like 5 foot")
N("t", "im gonna grind blox fruits all weekend", ctx="game")
N("t", "noooo waaaay she actually said yes to the prom \U0001f62d\U0001f62d", ctx="chat")
N("f", ["did u do the ", "history homework on the trenches ", "i need to copy the last bit"])

# ---- sport
N("q", "man utd vs man city highlights")
N("q", "wolves latest score")
N("q", "how to shoot like ronaldo")
N("q", "killer free kick tutorial")
N("q", "netball shooting technique")
N("q", "boxing club for kids wigan")
N("t", "we smashed them 5-0 in the cup our striker is a killer")
N("q", "shot put technique ks3 pe")

# ---- music, film, TV, anime
N("q", "kill bill sza lyrics")
N("q", "bohemian rhapsody lyrics mama just killed a man")
N("q", "suicide squad cast")
N("q", "stranger things vecna scene")
N("q", "guns n roses sweet child o mine chords")
N("q", "naruto pain arc episode")
N("q", "attack on titan rumbling explained")
N("q", "jujutsu kaisen gojo death chapter")
N("q", "death note light yagami ending")
N("w", "Interstellar (2014) - IMDb - Google Chrome")

# ---- health and everyday
N("q", "how to get rid of a headache fast")
N("q", "growing pains in legs at night age 12")
N("q", "eatwell guide food tech")
N("q", "bridge and claw knife skills food tech")
N("q", "how to cut an onion without crying")
N("q", "adhd medication side effects tired")
N("q", "is it normal to have a nosebleed every day")

# ---- innocent uses of flagged words
N("q", "dog grooming salon near me oldham")
N("q", "horse grooming kit", eng="amazon")
N("q", "naked mole rat facts", eng="wiki")
N("q", "bath bombs", eng="amazon")
N("q", "nerf gun", eng="amazon")
N("q", "kitchen knife set gift for mum", eng="amazon")
N("q", "casio scientific calculator fx-83gt", eng="amazon")
N("q", "glue gun for art project")
N("q", "hanging basket flowers")
N("q", "how to get weeds out of patio")
N("q", "lino cutting tools art ks3")
N("q", "shooting stars meteor shower tonight uk")
N("q", "high school musical cast")
N("q", "how to crack an egg with one hand")
N("q", "probability of rolling a six on a dice")
N("q", "killer whale facts", eng="wiki")
N("q", "minecraft building hacks")
N("q", "what is a vpn computing homework")
N("q", "what is phishing ks3 computing")
N("q", "brute force attack definition computing")
N("q", "torrential rain warning birmingham")
N("q", "breast cancer awareness pink day school")
N("q", "flu nasal spray at school year 8")
N("q", "how to draw a cartoon skull for halloween")
N("q", "how to tie a bowline knot scouts")
N("q", "robux gift card tesco")
N("q", "is it ok to be gay")
N("q", "lgbt history month alan turing")
N("q", "black lives matter meaning ks3")
N("q", "what does rizz mean")
N("q", "what is sigma in brainrot")

# ---- news
N("q", "knife crime statistics west midlands 2026")
N("q", "storm warning manchester")
N("q", "bbc newsround")
N("q", "war in ukraine explained for kids")

# ---- DNS and visits that look worse than they are
for _d in ["www.google-analytics.com", "www.sussex.ac.uk", "www.arsenal.com",
           "www.scunthorpe-united.co.uk", "www.torfaen.gov.uk", "www.iwm.org.uk",
           "www.hmd.org.uk", "www.bbc.co.uk", "www.sparxmaths.uk", "app.senecalearning.com",
           "classroom.google.com", "www.wolves.co.uk", "www.avfc.co.uk", "www.cumbria.gov.uk",
           "www.nhs.uk", "scratch.mit.edu", "www.duolingo.com", "kahoot.it", "quizlet.com",
           "www.mathsisfun.com", "www.metoffice.gov.uk", "www.annefrank.org",
           "login.microsoftonline.com", "www.thinkuknow.co.uk", "assets.msn.com",
           "www.sussexwildlifetrust.org.uk", "www.essex.police.uk", "www.lego.com",
           "www.premierleague.com", "www.natgeokids.com", "www.mancity.com", "tfgm.com",
           "www.networkwestmidlands.com", "www.twinkl.co.uk", "www.canalrivertrust.org.uk",
           "www.dudley.gov.uk", "www.oxfordowl.co.uk"]:
    N("d", _d)

N("u", "https://www.bbc.co.uk/bitesize/articles/zqhyb9q")
N("u", "https://www.iwm.org.uk/history/what-was-the-blitz")
N("u", "https://www.sparxmaths.uk/student/homework")
N("u", "https://www.hmd.org.uk/learn-about-the-holocaust-and-genocides/the-holocaust/")
N("u", "https://en.wikipedia.org/wiki/Of_Mice_and_Men")
N("u", "https://www.thinkuknow.co.uk/11_18/")

N("p", "WINWORD.EXE")
N("p", "POWERPNT.EXE")
N("p", "Scratch 3.exe")
N("p", "MinecraftEducation.exe")
N("p", "Clicker8.exe", who="send")
N("p", "SketchUp.exe")
N("p", "pythonw.exe")

# --------------------------------------------------------------------------- environment

SITES = [("wlv-northfield", 41), ("wsl-parkhall", 42), ("dud-castlegate", 43),
         ("bhm-kingsmead", 44), ("old-hollinwood", 51), ("rch-moorside", 52),
         ("wgn-lanehead", 53), ("bol-send-base", 54)]

PUPILS = ["25AHussain", "24MKowalski", "y8.jokafor", "TRUST\\26BWilliams",
          "k.begum26@stu.pblt.org.uk", "25ELewis", "24RSingh", "y9.cmurphy", "TRUST\\25DNowak",
          "h.ahmed25@stu.pblt.org.uk", "26LOBrien", "24TAdeyemi", "y7.ikhan", "25JPatel",
          "TRUST\\24SWright", "z.iqbal24@stu.pblt.org.uk", "26OClarke", "25FMahmood",
          "y8.rhughes", "24KEvans", "TRUST\\26AKaur", "25MWalsh", "y9.dbarker", "26NHolt"]
SEND_USERS = ["base.26TJones", "base.25RAli", "base.24LMoss", "TRUST\\base.26CFinch",
              "base.25HDunn"]
STAFF = ["t.okafor", "r.patel", "STAFF\\d.mcgrath", "j.oneill@pblt.org.uk",
         "s.begum", "STAFF\\a.whitfield"]

CB_DEVICES = ["CB-Y7-114", "CB-Y8-023", "CB-Y9-207", "CB-LOAN-031", "HUMS-CB-221", "CB-Y8-150"]
PC_DEVICES = ["ICT2-PC-07", "ICT1-PC-19", "LIB-PC-03", "ART-PC-12", "MUSIC-PC-02",
              "SCI3-PC-11", "DT-PC-05", "ICT3-PC-24"]
SEND_DEVICES = ["SEND-BASE-LT-04", "SEND-BASE-LT-09", "SEND-BASE-PC-02"]
STAFF_DEVICES = ["STAFF-LT-031", "STAFF-LT-118", "DSL-LT-002", "HOY8-LT-014"]

SERVERS = ["Bloxburg Fam", "8R lot", "bedwars sweats", "the lads", "y8 girlies",
           "MM2 trading hub", "anime club"]
FRIENDS = ["kai.x", "ellzz", "shadowwolf_77", "mia\U0001f98b", "jxyden", "tobz"]
DOCS = ["English homework", "Macbeth essay", "History - Blitz", "PSHE poster",
        "Science write up", "Document1", "Holes book review"]
CLASSES = ["8X4 English", "Year 8 Science", "7C History", "9 PSHE", "8R Form"]
SDOCS = ["Y8 PSHE plan", "Pastoral notes", "Assembly - online safety", "Document2"]

CTX = {
    "chat": [("Discord.exe", "#general | {srv} - Discord"), ("Discord.exe", "@{friend} - Discord"),
             ("chrome", "Snapchat - Google Chrome"), ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
             ("WhatsApp.exe", "WhatsApp"), ("chrome", "WhatsApp - Google Chrome"),
             ("chrome.exe", "Discord | #year-8-chat | {srv} - Google Chrome")],
    "game": [("RobloxPlayerBeta.exe", "Roblox"),
             ("javaw.exe", "Minecraft* 1.21.1 - Multiplayer (3rd-party Server)"),
             ("Discord.exe", "#lfg | {srv} - Discord"), ("chrome", "Roblox - Google Chrome")],
    "doc": [("WINWORD.EXE", "{doc} - Word"), ("chrome", "{doc} - Google Docs - Google Chrome"),
            ("Teams.exe", "Chat | {cls} | Microsoft Teams"), ("POWERPNT.EXE", "{doc} - PowerPoint")],
    "search": [("chrome.exe", "New Tab - Google Chrome"),
               ("msedge.exe", "New tab - Personal - Microsoft\u200b Edge"),
               ("chrome", "Google - Google Chrome")],
    "send": [("Clicker8.exe", "Clicker 8 - My Writing"), ("WINWORD.EXE", "Document1 - Word"),
             ("Teams.exe", "Chat | Base Group | Microsoft Teams"), ("notepad.exe", "*Untitled - Notepad")],
    "staff": [("OUTLOOK.EXE", "Inbox - {email} - Outlook"), ("Teams.exe", "Chat | {sdept} | Microsoft Teams"),
              ("WINWORD.EXE", "{sdoc} - Word")],
}

UA_WIN_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
UA_CROS = "Mozilla/5.0 (X11; CrOS x86_64 16093.68.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
UA_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
UA_IPAD = "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"
UAS = [UA_WIN_CHROME, UA_WIN_CHROME, UA_CROS, UA_CROS, UA_EDGE, UA_FF, UA_IPAD]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UTC = datetime.timezone.utc
BST_END = datetime.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)


def when(n, tag="t"):
    """A UTC datetime in the autumn term of 2026, mostly school hours."""
    base = datetime.date(2026, 9, 7)
    day = base + datetime.timedelta(days=H(n, tag + "day") % 101)
    if day.weekday() == 5:
        day -= datetime.timedelta(days=1)
    elif day.weekday() == 6:
        day += datetime.timedelta(days=1)
    p = H(n, tag + "slot") % 100
    if p < 76:
        minute = 8 * 60 + 25 + H(n, tag + "min") % (7 * 60 + 5)
    elif p < 94:
        minute = 16 * 60 + H(n, tag + "min") % (5 * 60 + 30)
    else:
        minute = 21 * 60 + 30 + H(n, tag + "min") % 140
    sec = H(n, tag + "sec") % 60
    ms = H(n, tag + "ms") % 1000
    local = datetime.datetime(day.year, day.month, day.day, tzinfo=UTC) + \
        datetime.timedelta(minutes=minute, seconds=sec, milliseconds=ms)
    off = 1 if local - datetime.timedelta(hours=1) < BST_END else 0
    return local - datetime.timedelta(hours=off)


def local_of(dt):
    off = 1 if dt < BST_END else 0
    return dt + datetime.timedelta(hours=off), off


def epoch(dt):
    return dt.timestamp()


def ep_str(dt):
    e = epoch(dt)
    return "%d.%03d" % (int(e), int(round((e - int(e)) * 1000)) % 1000)


def iso_z(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def syslog_ts(dt):
    l, _ = local_of(dt)
    return "%s %2d %s" % (MONTHS[l.month - 1], l.day, l.strftime("%H:%M:%S"))


def clf_ts(dt):
    l, off = local_of(dt)
    return "%02d/%s/%d:%s +0%d00" % (l.day, MONTHS[l.month - 1], l.year, l.strftime("%H:%M:%S"), off)


def ip_for(n, site_octet, tag="ip"):
    return "10.%d.%d.%d" % (site_octet, 1 + H(n, tag + "3") % 60, 2 + H(n, tag + "4") % 250)


def who_user(n, who):
    if who == "staff":
        return pick(n, "user", STAFF)
    if who == "send":
        return pick(n, "user", SEND_USERS)
    return pick(n, "user", PUPILS)


def site_for(n, who):
    if who == "send":
        return SITES[7]
    return pick(n, "site", SITES[:7])


# --------------------------------------------------------------------------- search URLs

SRV_IP = {"google": "142.250.%d.%d", "youtube": "142.250.%d.%d", "bing": "204.79.197.%d",
          "ddg": "52.142.124.%d", "yahoo": "87.248.100.%d", "ecosia": "104.18.%d.%d",
          "tiktok": "23.52.%d.%d", "reddit": "151.101.%d.%d", "wiki": "185.15.59.%d",
          "amazon": "54.239.%d.%d"}


def srv_ip(n, eng):
    pat = SRV_IP.get(eng, "104.16.%d.%d")
    k = pat.count("%d")
    vals = (H(n, "srv1") % 250 + 1, H(n, "srv2") % 250 + 1)[:k]
    return pat % vals


def q_enc(n, q, force=None):
    style = force or ("plus" if H(n, "enc") % 100 < 62 else "pct")
    if style == "plus":
        return urllib.parse.quote_plus(q, safe="")
    return urllib.parse.quote(q, safe="")


def hexid(n, tag, k):
    return hashlib.sha256(("h43|%s|%s" % (n, tag)).encode()).hexdigest()[:k]


def search_url(n, eng, q, allow_ac=True):
    """Return (url, window-title, engine, is_autocomplete)."""
    Q = q_enc(n, q)
    v = H(n, "variant") % 100
    ac = allow_ac and v >= 82
    ms = int(epoch(when(n)) * 1000)
    if eng == "google":
        if ac:
            if v % 2:
                url = "https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&gs_pcrt=undefined&hl=en-GB&authuser=0" % (Q, len(q))
            else:
                url = "https://www.google.com/complete/search?client=chrome-omni&gs_ri=chrome-ext-ansg&xssi=t&q=%s&oit=1&cp=%d&pgcl=7&gs_rn=42&psi=%s" % (Q, len(q), hexid(n, "psi", 16))
        elif v < 40:
            url = "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % Q
        elif v < 65:
            url = "https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8" % (Q, Q)
        else:
            url = "https://www.google.com/search?q=%s&sca_esv=%s&source=hp&ei=%s&iflsig=AL9hbdg" % (Q, hexid(n, "sca", 16), hexid(n, "ei", 22))
        title = "%s - Google Search" % q
    elif eng == "bing":
        if ac:
            url = "https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry=%s&cp=%d&cvid=%s" % (Q, len(q), hexid(n, "cvid", 32).upper())
        elif v < 50:
            url = "https://www.bing.com/search?q=%s&form=QBLH&sp=-1" % Q
        else:
            url = "https://www.bing.com/search?q=%s&qs=n&form=QBRE&sp=-1&lq=0&pq=%s&cvid=%s" % (Q, Q, hexid(n, "cvid", 32).upper())
        title = "%s - Search" % q
    elif eng == "ddg":
        if ac:
            url = "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % urllib.parse.quote(q, safe="")
        elif v < 50:
            url = "https://duckduckgo.com/?q=%s&ia=web" % Q
        else:
            url = "https://duckduckgo.com/?t=h_&q=%s&ia=web" % Q
        title = "%s at DuckDuckGo" % q
    elif eng == "yahoo":
        if v < 50:
            url = "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8&fp=1" % Q
        else:
            url = "https://search.yahoo.com/search?p=%s&fr=yfp-t" % Q
        title = "%s - Yahoo Search Results" % q
        ac = False
    elif eng == "ecosia":
        url = "https://www.ecosia.org/search?method=index&q=%s" % Q
        title = "%s - Ecosia" % q
        ac = False
    elif eng == "youtube":
        if ac:
            url = "https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&gs_rn=64&gs_ri=youtube&ds=yt&cp=%d&gs_id=%x&q=%s&xhr=t" % (len(q), H(n, "gsid") % 64, urllib.parse.quote(q, safe=""))
        elif v < 60:
            url = "https://www.youtube.com/results?search_query=%s" % Q
        else:
            url = "https://www.youtube.com/results?search_query=%s&sp=EgIQAQ%%253D%%253D" % Q
        title = "%s - YouTube" % q
    elif eng == "tiktok":
        if v < 55:
            url = "https://www.tiktok.com/search?q=%s&t=%d" % (urllib.parse.quote(q, safe=""), ms)
        else:
            url = "https://www.tiktok.com/search/video?q=%s&t=%d" % (urllib.parse.quote(q, safe=""), ms)
        title = "Find '%s' on TikTok | TikTok Search" % q
        ac = False
    elif eng == "reddit":
        url = "https://www.reddit.com/search/?q=%s%s" % (urllib.parse.quote(q, safe=""), "" if v < 60 else "&type=link")
        title = "reddit.com: search results - %s" % q
        ac = False
    elif eng == "wiki":
        if v < 60:
            url = "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % Q
        else:
            url = "https://en.wikipedia.org/w/index.php?fulltext=1&search=%s&title=Special%%3ASearch" % Q
        title = "Search results for \"%s\" - Wikipedia" % q
        ac = False
    elif eng == "amazon":
        if ac:
            url = ("https://completion.amazon.co.uk/api/2017/suggestions?limit=11&prefix=%s&suggestion-type=WIDGET"
                   "&suggestion-type=KEYWORD&page-type=Gateway&alias=aps&site-variant=desktop&version=3&event=onkeypress"
                   "&wc=&lop=en_GB&mid=A1F83G8C2ARO7P" % urllib.parse.quote(q, safe=""))
        else:
            pre = q[:max(3, len(q) // 2)]
            url = "https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2" % (
                Q, hexid(n, "crid", 13).upper(), urllib.parse.quote_plus(pre, safe=""), 60 + H(n, "ampf") % 120)
        title = "Amazon.co.uk : %s" % q
    else:
        raise ValueError(eng)
    return url, title, ac


ENG_DEFAULT = [("google", 30), ("bing", 10), ("ddg", 7), ("yahoo", 5), ("ecosia", 6),
               ("youtube", 16), ("tiktok", 11), ("reddit", 6)]
ENG_OPTS = {"tiktok": [("tiktok", 60), ("youtube", 20), ("google", 20)],
            "amazon": [("amazon", 90), ("google", 10)],
            "wiki": [("wiki", 70), ("google", 20), ("ecosia", 10)]}

BROWSER_SUFFIX = [(" - Google Chrome", "chrome.exe"), (" - Google Chrome", "chrome"),
                  (" - Personal - Microsoft\u200b Edge", "msedge.exe"), (" \u2014 Mozilla Firefox", "firefox.exe")]

# --------------------------------------------------------------------------- renderers


class Ctx:
    def __init__(self, n, it):
        self.n = n
        self.who = it.get("who", "pupil")
        self.site, self.site_oct = site_for(n, self.who)
        self.user = who_user(n, self.who)
        self.ip = ip_for(n, self.site_oct)
        self.dt = when(n)
        self.ua = pick(n, "ua", UAS)


def squid_native(c, method, url, status=200, code="TCP_MISS", hier="HIER_DIRECT", srv="-", mime="text/html", size=None, dt=None):
    n = c.n
    dt = dt or c.dt
    size = size if size is not None else 4000 + H(n, "size") % 90000
    el = H(n, "elapsed") % 900
    user = c.user if H(n, "squser") % 100 < 92 else "-"
    return "%s %6d %s %s/%03d %d %s %s %s %s/%s %s" % (ep_str(dt), el, c.ip, code, status, size, method, url, user, hier, srv, mime)


def squid_ukfull(c, method, url, host, srv, status=200, code="TCP_MISS", bump="bump", mime="text/html", ref="-", dt=None, size=None, user=None):
    n = c.n
    dt = dt or c.dt
    size = size if size is not None else 4000 + H(n, "size") % 90000
    el = H(n, "elapsed") % 900
    return '%s %6d %s %s %s/%03d %d %s %s %s %s "%s" "%s" %s sni=%s bump=%s' % (
        ep_str(dt), el, c.ip, user or c.user, code, status, size, method, url, srv, mime, ref, c.ua, host, host, bump)


def clf_line(c, method, target, status=200, size=None, combined=None, suffix=None, proto="HTTP/1.1"):
    n = c.n
    size = size if size is not None else 3000 + H(n, "size") % 90000
    if combined is None:
        combined = H(n, "clfcomb") % 100 < 60
    if suffix is None:
        suffix = H(n, "clfsuf") % 100 < 80
    s = '%s - %s [%s] "%s %s %s" %d %d' % (c.ip, c.user, clf_ts(c.dt), method, target, proto, status, size)
    if combined:
        ref = "-" if H(n, "ref") % 100 < 70 else "https://www.google.com/"
        s += ' "%s" "%s"' % (ref, c.ua)
    if suffix:
        s += " " + ("TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT")
    return s


def e2g_line(c, fmt, url, method="GET", terms=None, status=200, denied=None, category="-", weight=0):
    n = c.n
    l, _ = local_of(c.dt)
    date = l.strftime("%Y.%m.%d %H:%M:%S")
    size = 2000 + H(n, "size") % 90000 if status == 200 else 0
    st = "0=%s;" % terms if terms else "-"
    what = denied or "-"
    if fmt == 6:
        return "\t".join([ep_str(c.dt), "", c.user, c.ip, c.ip, url, method, str(status), str(size), "-", c.ua,
                          "-", str(H(n, "e2t") % 20), "-", "0" if not denied else str(400 + H(n, "e2d") % 200),
                          what if denied else "-", str(weight), category, "pupils", "2"])
    fields = [date, c.user, c.ip, url, what, method, str(size), str(weight), category, "2", str(status),
              "text/html" if method == "GET" else "-", c.ip, "pupils", c.ua, st, "-", "-", "-"]
    if fmt == 2:
        return ",".join('"%s"' % f.replace('"', '""') for f in fields)
    return "\t".join(fields)


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


def zuid(n):
    return "C" + hexid(n, "uid", 17)


def zeek_header(path, fields, types, dt):
    l = dt.strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % l, "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(c, host, uri, eng, tsv=False):
    n = c.n
    rec = {"ts": round(epoch(c.dt), 6), "uid": zuid(n), "id.orig_h": c.ip, "id.orig_p": 49152 + H(n, "sport") % 16000,
           "id.resp_h": srv_ip(n, eng), "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri}
    if H(n, "zref") % 100 < 30:
        rec["referrer"] = "http://%s/" % host
    rec.update({"version": "1.1", "user_agent": c.ua, "request_body_len": 0,
                "response_body_len": 3000 + H(n, "size") % 90000, "status_code": 200, "status_msg": "OK", "tags": []})
    if not tsv:
        return json.dumps(rec, ensure_ascii=False)
    row = []
    for f in ZEEK_HTTP_FIELDS:
        v = rec.get(f)
        if f == "ts":
            row.append("%.6f" % epoch(c.dt))
        elif f == "tags":
            row.append("(empty)")
        elif f == "resp_mime_types":
            row.append("text/html")
        elif v is None:
            row.append("-")
        else:
            row.append(str(v))
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, c.dt) + ["\t".join(row)]


def zeek_dns(c, domain, tsv=False):
    n = c.n
    qt = "A" if H(n, "qtype") % 100 < 75 else "AAAA"
    rec = {"ts": round(epoch(c.dt), 6), "uid": zuid(n), "id.orig_h": c.ip, "id.orig_p": 1024 + H(n, "sport") % 60000,
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": H(n, "tid") % 65536}
    if H(n, "zrtt") % 2:
        rec["rtt"] = round((H(n, "rttv") % 40000) / 1e6 + 0.0005, 6)
    rec.update({"query": domain, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1 if qt == "A" else 28,
                "qtype_name": qt, "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True,
                "RA": True, "Z": 0, "rejected": False})
    if not tsv:
        return json.dumps(rec)
    row = []
    for f in ZEEK_DNS_FIELDS:
        v = rec.get(f)
        if f == "ts":
            row.append("%.6f" % epoch(c.dt))
        elif isinstance(v, bool):
            row.append("T" if v else "F")
        elif v is None:
            row.append("-")
        else:
            row.append(str(v))
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, c.dt) + ["\t".join(row)]


def unbound_lines(c, domain, blocked, epoch_prefix):
    n = c.n
    pid = 7000 + H(n, "ubpid") % 900
    l, _ = local_of(c.dt)
    pre = ("[%d] unbound[%d:0]" % (int(epoch(c.dt)), pid)) if epoch_prefix else \
        ("%s %02d %s unbound[%d:0]" % (MONTHS[l.month - 1], l.day, l.strftime("%H:%M:%S"), pid))
    qt = "A" if H(n, "qtype") % 100 < 70 else ("AAAA" if H(n, "qtype") % 2 else "HTTPS")
    q = "%s info: %s %s. %s IN" % (pre, c.ip, domain, qt)
    mode = H(n, "ubmode") % 100
    if mode < 55:
        return q
    if blocked and mode < 80:
        zone = ".".join(domain.split(".")[-2:])
        return [q, "%s info: %s. always_nxdomain %s@%d %s. %s IN" % (pre, zone, c.ip, 1024 + H(n, "sport") % 60000, domain, qt),
                "%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (pre, c.ip, domain, qt, 40 + H(n, "ublen") % 60)]
    return [q, "%s info: %s %s. %s IN NOERROR %.6f 0 %d" % (pre, c.ip, domain, qt, (H(n, "ubt") % 90000) / 1e6,
                                                         40 + H(n, "ublen") % 200)]


def dnsmasq_lines(c, domain, blocked):
    n = c.n
    pid = 9000 + H(n, "dmpid") % 999
    ts = syslog_ts(c.dt)
    extra = H(n, "dmextra") % 100 < 60
    qid = 1 + H(n, "dmqid") % 99999
    port = 1024 + H(n, "sport") % 60000
    qt = "A" if H(n, "qtype") % 100 < 75 else "AAAA"
    head = "%s dnsmasq[%d]: " % (ts, pid)
    mid = ("%d %s/%d " % (qid, c.ip, port)) if extra else ""
    q = head + mid + "query[%s] %s from %s" % (qt, domain, c.ip)
    if H(n, "dmmulti") % 100 < 55:
        return q
    if blocked:
        return [q, head + mid + "config %s is %s" % (domain, "0.0.0.0" if qt == "A" else "::")]
    return [q, head + mid + "forwarded %s to 10.0.0.1" % domain,
            head + mid + "reply %s is 104.16.%d.%d" % (domain, H(n, "a1") % 250, H(n, "a2") % 250)]


def bind_lines(c, domain, blocked):
    n = c.n
    l, _ = local_of(c.dt)
    ts = "%02d-%s-%d %s.%03d" % (l.day, MONTHS[l.month - 1], l.year, l.strftime("%H:%M:%S"), l.microsecond // 1000)
    cl = "0x7f%s" % hexid(n, "bindcl", 10)
    port = 1024 + H(n, "sport") % 60000
    qt = "A" if H(n, "qtype") % 100 < 75 else "AAAA"
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)DCV", "-E(0)K"])
    q = "%s queries: info: client @%s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (ts, cl, c.ip, port, domain, domain, qt, flags)
    if blocked and H(n, "rpz") % 100 < 60:
        return [q, "%s rpz: info: client @%s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            ts, cl, c.ip, port, domain, domain, qt, domain)]
    return q


def endpoint(c, event, process, title, text=None, url=None, dt=None, device=None):
    n = c.n
    rec = {"ts": iso_z(dt or c.dt)}
    if H(n, "epsite") % 100 < 85:
        rec["site"] = c.site
    rec["device"] = device or pick_device(c, process)
    rec["user"] = c.user
    rec["event"] = event
    rec["process"] = process
    rec["window_title"] = title
    if event == "text_capture":
        rec["text"] = text
        if H(n, "epurl") % 2:
            rec["url"] = None
    elif event == "url_visit":
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


def pick_device(c, process):
    if c.who == "send":
        return pick(c.n, "dev", SEND_DEVICES)
    if c.who == "staff":
        return pick(c.n, "dev", STAFF_DEVICES)
    if process == "chrome":
        return pick(c.n, "dev", CB_DEVICES)
    return pick(c.n, "dev", PC_DEVICES)


# ---- wrappers for auto


def env_wrap(c, line, source, path, dt=None):
    dt = dt or c.dt
    rec = '{"ts_received":%s, "host":%s, "source":%s, "file":%s, "message":%s}' % (
        json.dumps((dt + datetime.timedelta(seconds=2 + H(c.n, "envd") % 40)).strftime("%Y-%m-%dT%H:%M:%S.") +
                   "%06d+00:00" % (H(c.n, "envus") % 1000000)),
        json.dumps(pick(c.n, "envhost", ["proxy01", "dns01", "log-relay-b", "guardline-collector"])),
        json.dumps(source), json.dumps(path).replace("/", "\\/"),
        json.dumps(line, ensure_ascii=False).replace("/", "\\/"))
    return rec


def sys3164(c, line, tag, pid=None):
    pri = "<%d>" % pick(c.n, "pri", [134, 142, 30, 14]) if H(c.n, "haspri") % 2 else ""
    host = pick(c.n, "loghost", ["proxy01", "proxy02", "dns01", "fw-core"])
    t = tag if pid is None else "%s[%d]" % (tag, pid)
    return "%s%s %s %s: %s" % (pri, syslog_ts(c.dt), host, t, line)


def sys5424(c, line, app, pid):
    host = pick(c.n, "loghost", ["proxy01.pblt.local", "proxy02.pblt.local", "dns01.pblt.local"])
    return "<%d>1 %s %s %s %d - - %s" % (pick(c.n, "pri", [134, 142, 30]), iso_z(c.dt).replace("Z", "+00:00"), host, app, pid, line)


# --------------------------------------------------------------------------- build one item


def domain_host(url):
    return urllib.parse.urlsplit(url).hostname


def render_q(n, it, c):
    eng = wpick(n, "eng", ENG_OPTS.get(it.get("eng"), ENG_DEFAULT))
    q = it["content"]
    fmt = wpick(n, "fmt", [("squid", 20), ("squid-uk", 5), ("clf", 16), ("e2guardian", 12), ("zeek-http", 10),
                           ("auto", 11), ("ep-title", 12), ("ep-url", 10), ("ep-typed", 4)])
    url, title, ac = search_url(n, eng, q, allow_ac=fmt not in ("ep-title", "ep-url", "ep-typed"))
    host = domain_host(url)
    if fmt == "squid":
        if H(n, "denied") % 100 < 6:
            return "squid", squid_native(c, "GET", url, status=403, code="TCP_DENIED", hier="HIER_NONE", srv="-", size=3454)
        return "squid", squid_native(c, "GET", url, srv=srv_ip(n, eng))
    if fmt == "squid-uk":
        return "squid", squid_ukfull(c, "GET", url, host, srv_ip(n, eng))
    if fmt == "clf":
        return "clf", clf_line(c, "GET", url)
    if fmt == "e2guardian":
        f = pick(n, "e2fmt", [2, 4, 6])
        return "e2guardian", e2g_line(c, f, url, terms=q)
    if fmt == "zeek-http":
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + ("?" + parts.query if parts.query else "")
        tsv = H(n, "ztsv") % 100 < 25
        out = zeek_http(c, host, uri, eng, tsv=tsv)
        return "zeek-http", out
    if fmt == "auto":
        w = pick(n, "wrap", ["3164", "5424", "env", "env", "plain-clf", "plain-zeek"])
        if w == "3164":
            return "auto", sys3164(c, squid_native(c, "GET", url, srv=srv_ip(n, eng)), "squid", 2000 + H(n, "pid") % 3000)
        if w == "5424":
            return "auto", sys5424(c, clf_line(c, "GET", url), "squid", 2000 + H(n, "pid") % 3000)
        if w == "env":
            return "auto", env_wrap(c, squid_native(c, "GET", url, srv=srv_ip(n, eng)), "squid-access", "/var/log/squid/access.log")
        if w == "plain-clf":
            return "auto", clf_line(c, "GET", url)
        parts = urllib.parse.urlsplit(url)
        return "auto", zeek_http(c, host, parts.path + "?" + parts.query, eng)
    suffix, proc = pick(n, "browser", BROWSER_SUFFIX)
    if c.who == "send" and proc == "chrome":
        proc = "chrome.exe"
    if fmt == "ep-title":
        return "endpoint", endpoint(c, "window_title", proc, title + suffix)
    if fmt == "ep-url":
        return "endpoint", endpoint(c, "url_visit", proc, (title + suffix) if H(n, "urltitle") % 2 else None, url=url)
    proc2, t2 = pick(n, "ctx", CTX["search"])
    return "endpoint", endpoint(c, "text_capture", proc2, t2, text=q)


def render_d(n, it, c):
    dom = it["content"]
    blocked = bool(it["expect"]) and it["expect"][0]["min_level"] >= 2
    fmt = wpick(n, "fmt", [("unbound", 21), ("dnsmasq", 21), ("bind", 19), ("zeek-dns", 15), ("squid-connect", 6),
                           ("squid-sni", 6), ("e2g-connect", 3), ("clf-connect", 2), ("auto", 7)])
    if fmt == "unbound":
        return "unbound", unbound_lines(c, dom, blocked, H(n, "ubepoch") % 100 < 35)
    if fmt == "dnsmasq":
        return "dnsmasq", dnsmasq_lines(c, dom, blocked)
    if fmt == "bind":
        return "bind", bind_lines(c, dom, blocked)
    if fmt == "zeek-dns":
        return "zeek-dns", zeek_dns(c, dom, tsv=H(n, "ztsv") % 100 < 25)
    sip = "%d.%d.%d.%d" % (23 + H(n, "o1") % 150, H(n, "o2") % 250, H(n, "o3") % 250, 1 + H(n, "o4") % 250)
    if fmt == "squid-connect":
        if blocked and H(n, "denied") % 100 < 30:
            return "squid", squid_native(c, "CONNECT", dom + ":443", status=403, code="TCP_DENIED", hier="HIER_NONE", srv="-", mime="text/html", size=3630)
        return "squid", squid_native(c, "CONNECT", dom + ":443", status=200, code="TCP_TUNNEL", srv=sip, mime="-")
    if fmt == "squid-sni":
        peek_dt = c.dt
        tun_dt = c.dt + datetime.timedelta(milliseconds=5 + H(n, "tun") % 400)
        peek = '%s %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
            ep_str(peek_dt), H(n, "el0") % 3, c.ip, "-", sip, c.ua, sip, dom)
        tun = '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
            ep_str(tun_dt), 40 + H(n, "el1") % 90000, c.ip, c.user, 2000 + H(n, "size") % 400000, sip, sip, sip, dom)
        if H(n, "snipair") % 100 < 60:
            return "squid", [peek, tun]
        return "squid", tun
    if fmt == "e2g-connect":
        f = pick(n, "e2fmt", [2, 4, 6])
        if blocked and H(n, "denied") % 100 < 50:
            return "e2guardian", e2g_line(c, f, "https://%s:443" % dom, method="CONNECT", status=403,
                                          denied="*DENIED* Banned site: %s" % dom, category="Banned Site")
        return "e2guardian", e2g_line(c, f, "https://%s:443" % dom, method="CONNECT")
    if fmt == "clf-connect":
        return "clf", clf_line(c, "CONNECT", dom + ":443", size=0 if H(n, "csz") % 2 else 2000 + H(n, "size") % 9000)
    w = pick(n, "wrap", ["ub-syslog", "ub-env", "dm-env", "bind-syslog", "squid-5424"])
    if w == "ub-syslog":
        qt = "A"
        return "auto", sys3164(c, "[%d:0] info: %s %s. %s IN" % (7000 + H(n, "ubpid") % 900, c.ip, dom, qt), "unbound")
    if w == "ub-env":
        ln = unbound_lines(c, dom, blocked, False)
        ln = ln if isinstance(ln, str) else ln[0]
        return "auto", env_wrap(c, ln, "unbound", "/var/log/unbound/unbound.log")
    if w == "dm-env":
        ln = dnsmasq_lines(c, dom, blocked)
        ln = ln if isinstance(ln, str) else ln[0]
        return "auto", env_wrap(c, ln, "dnsmasq", "/var/log/pihole/pihole.log")
    if w == "bind-syslog":
        cl = "0x7f%s" % hexid(n, "bindcl", 10)
        return "auto", sys3164(c, "client @%s %s#%d (%s): query: %s IN A +E(0)K (10.0.0.53)" % (
            cl, c.ip, 1024 + H(n, "sport") % 60000, dom, dom), "named", 800 + H(n, "pid") % 200)
    return "auto", sys5424(c, squid_native(c, "CONNECT", dom + ":443", code="TCP_TUNNEL", srv=sip, mime="-"), "squid", 2000 + H(n, "pid") % 3000)


def ctx_window(n, c, ctxname):
    proc, title = pick(n, "ctx", CTX[ctxname])
    title = title.format(srv=pick(n, "srv", SERVERS), friend=pick(n, "friend", FRIENDS), doc=pick(n, "doc", DOCS),
                         cls=pick(n, "cls", CLASSES), email=c.user if "@" in c.user else c.user.split("\\")[-1] + "@pblt.org.uk",
                         sdept=pick(n, "sdept", ["Pastoral Team", "Safeguarding", "Y8 Tutors", "PSHE Dept"]),
                         sdoc=pick(n, "sdoc", SDOCS))
    return proc, title


def render_t(n, it, c):
    ctxname = it.get("ctx", "chat")
    proc, title = ctx_window(n, c, ctxname)
    line = endpoint(c, "text_capture", proc, title, text=it["content"])
    if H(n, "tauto") % 100 < 9:
        if H(n, "twrap") % 2:
            return "auto", env_wrap(c, line, "guardline-agent", "/var/log/guardline/events.jsonl")
        return "auto", sys5424(c, line, "guardline-agent", 3000 + H(n, "pid") % 5000)
    return "endpoint", line


def render_f(n, it, c):
    ctxname = it.get("ctx", "chat")
    proc, title = ctx_window(n, c, ctxname)
    dev = pick_device(c, proc)
    lines, dts = [], []
    dt = c.dt
    for i, frag in enumerate(it["content"]):
        if i:
            dt = dt + datetime.timedelta(seconds=1 + H(n, "gap%d" % i) % 9, milliseconds=H(n, "gapms%d" % i) % 1000)
        dts.append(dt)
        lines.append(endpoint(c, "text_capture", proc, title, text=frag, dt=dt, device=dev))
    if H(n, "fauto") % 100 < 15:
        return "auto", [env_wrap(c, l, "guardline-agent", "/var/log/guardline/events.jsonl", dt=d) for l, d in zip(lines, dts)]
    return "endpoint", lines


def render_u(n, it, c):
    url = it["content"]
    host = domain_host(url)
    fmt = wpick(n, "fmt", [("ep", 68), ("squid", 14), ("zeek-http", 8), ("auto", 10)])
    if fmt == "squid":
        return "squid", squid_native(c, "GET", url, srv=srv_ip(n, "x"))
    if fmt == "zeek-http":
        p = urllib.parse.urlsplit(url)
        return "zeek-http", zeek_http(c, host, p.path + ("?" + p.query if p.query else ""), "x")
    if fmt == "auto":
        return "auto", env_wrap(c, squid_native(c, "GET", url, srv=srv_ip(n, "x")), "squid-access", "/var/log/squid/access.log")
    suffix, proc = pick(n, "browser", BROWSER_SUFFIX)
    return "endpoint", endpoint(c, "url_visit", proc, None, url=url)


def render_w(n, it, c):
    title = it["content"]
    proc = "msedge.exe" if "Edge" in title else ("chrome" if H(n, "wcb") % 2 else "chrome.exe")
    line = endpoint(c, "window_title", proc, title)
    if H(n, "wauto") % 100 < 10:
        return "auto", env_wrap(c, line, "guardline-agent", "/var/log/guardline/events.jsonl")
    return "endpoint", line


def render_p(n, it, c):
    proc = it["content"]
    line = endpoint(c, "process_start", proc, None)
    if H(n, "pauto") % 100 < 10:
        return "auto", sys5424(c, line, "guardline-agent", 3000 + H(n, "pid") % 5000)
    return "endpoint", line


RENDER = {"q": render_q, "d": render_d, "t": render_t, "f": render_f, "u": render_u, "w": render_w, "p": render_p}


def build():
    def okey(it):
        c = it["content"] if isinstance(it["content"], str) else "|".join(it["content"])
        return hashlib.sha256(("h43|order|%s|%s" % (it["kind"], c)).encode("utf-8")).hexdigest()
    ordered = sorted(ITEMS, key=okey)
    out = []
    for i, it in enumerate(ordered):
        n = i + 1
        c = Ctx(n, it)
        fmt, payload = RENDER[it["kind"]](n, it, c)
        rec = {"id": "h43-%04d" % n, "format": fmt}
        if isinstance(payload, list):
            rec["lines"] = payload
        else:
            rec["line"] = payload
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append((rec, it))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout43.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec, _ in rows:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.stats:
        pos = sum(1 for r, _ in rows if r["expect"])
        print("items %d  positive %d  negative %d" % (len(rows), pos, len(rows) - pos))
        cat = Counter(e["category"] for r, _ in rows for e in r["expect"])
        lvl = Counter((e["category"], e["min_level"]) for r, _ in rows for e in r["expect"])
        print("per category (expected):")
        for k in sorted(cat):
            print("  %-16s %3d   %s" % (k, cat[k], " ".join("L%d=%d" % (l, v) for (cc, l), v in sorted(lvl.items()) if cc == k)))
        fmts = Counter(r["format"] for r, _ in rows)
        print("per format:")
        for k in sorted(fmts):
            p = sum(1 for r, _ in rows if r["format"] == k and r["expect"])
            print("  %-12s %3d  (pos %d, neg %d)" % (k, fmts[k], p, fmts[k] - p))
        kinds = Counter(it["kind"] for _, it in rows)
        print("per source kind:", dict(sorted(kinds.items())))
        print("multi-line items:", sum(1 for r, _ in rows if "lines" in r))
        ev = Counter()
        for r, _ in rows:
            for ln in (r.get("lines") or [r["line"]]):
                if r["format"] == "endpoint":
                    ev[json.loads(ln)["event"]] += 1
        print("endpoint events:", dict(sorted(ev.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
