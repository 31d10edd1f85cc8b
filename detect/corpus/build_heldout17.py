#!/usr/bin/env python3
"""Held-out evaluation corpus 17 for Guardline (hand-written, independent).

Perspective: the DSL of a large girls' and mixed 11-18 secondary school. Most concerns
surface in group chats and DMs (Snapchat, Instagram, WhatsApp, Discord, TikTok web) typed on
school devices, plus what pupils search when they are frightened. Every item's wording was
written by hand for this file; log-line shapes follow the real samples in ../shared/samples.

Usage:  python3 build_heldout17.py [--out FILE] [--stats]
        (without --out the corpus is written to stdout; --stats prints counts to stderr)

Determinism: standard library only; every "random" choice (order, format, device, user,
time, IPs, sizes, wrappers) is derived from SHA-256 of the item number (the spec's index for
the ordering, the final item number for everything else). No clock, no random module.

LABELLING DECISIONS
-------------------
Levels follow CONTRACTS.md section 3.
* suicide: ideation, hopelessness, farewell behaviour, notes -> 4. A method being sought
  (search for a means, dose, height, a pro-suicide forum) or a stated plan with means and/or
  time -> 5. A friend reporting another child's imminent attempt -> 5.
* self_harm (eating disorders are filed here): own self-injury, hiding injuries, purging,
  tips-seeking, pro-ana content -> 4; lighter eating-disorder exposure (thinspo/meanspo
  browsing, a "stop eating" challenge) -> 3; a pupil disclosing that a FRIEND self-harms -> 3.
* radicalisation: curiosity about/exposure to extremist ideas (incel "blackpill", manosphere,
  replacement theory) -> 3; seeking propaganda, manifestos, recruitment, joining -> 4.
  Incel/manosphere extremism is radicalisation; discrimination is allowed as the second
  category where the ideology is racist or misogynist.
* grooming (includes child sexual exploitation and sextortion, and peer pressure for
  images): grooming signs, older "boyfriends", secrecy, gifts, image requests, sextortion
  disclosures, images of pupils being passed round -> 4; a boy seeking tactics to get images,
  or a question that strongly implies an adult-child relationship -> 3; a meeting arranged
  with an adult (place and time) -> 5.
* Teenage relationship abuse: coercive control (monitoring, isolating, threats to make a
  partner "regret it") -> bullying 3 (peer-on-peer abuse), with violence allowed where a
  threat is made; physical or sexual violence disclosed -> violence 4; pressure for images
  -> grooming 4.
* bullying: abuse aimed at a pupil, exclusion campaigns, pile-ons, hate pages, fake accounts
  -> 3. "kys"/"nobody would care if you disappeared" aimed at SOMEONE ELSE is bullying; the
  detector may also read it as suicide, so suicide is allowed there.
* discrimination: racist, religious, homophobic, transphobic, disablist and misogynist abuse
  or statements -> 3; bullying or radicalisation allowed where it is genuinely both.
* violence: threats to hurt a named/known person, weapon carrying, abuse at home or in a
  relationship -> 4; sharing/watching real violence -> 3; attack planning with a time and a
  weapon or means -> 5 (also when reported by a third party).
* adult_content 3, drugs 3 (buying/supplying/using), gambling 2, filter_bypass 2, hacking 2
  (account takeover and tools), illegal_content 3 (fake ID, counterfeit money, stolen cards,
  dark-web markets, weapons trade; 4 when it is images of pupils being sold), piracy 1,
  gaming 1, social_media 1.

HELP-SEEKING (decided consciously):
* Help-seeking that DISCLOSES that a specific child (the pupil or someone they know) is at
  risk is a positive in the disclosed category, because the disclosure is what the DSL must
  see ("how do i stop cutting myself", "someone is threatening to leak my nudes what do i
  do", "how to support a friend who is self harming"). Own-risk disclosures keep the normal
  level for the category; a friend's risk gets 3 unless it is imminent (then 5).
* Help-seeking that discloses nothing - helpline numbers, visits to Childline, Samaritans,
  Kooth, Papyrus, BEAT, CEOP/Thinkuknow, "what is sextortion", Report Remove information,
  "signs of grooming" - is a NEGATIVE (expect []): it is protective behaviour and alerting on
  it would train pupils not to look for help. Staff searches and emails about safeguarding
  topics are negatives too.
* Hyperbole among friends is negative when the trigger is trivial and the register is
  clearly comic ("my mum is going to kill me", "dying of cringe"). Set texts, history,
  PSHE, sport, healthy gym/diet talk, gaming banter and staff lesson preparation are
  negatives even when they share vocabulary with risk.

"allow" is used only where a second category is genuinely ambiguous for that item (e.g.
self_harm on an overdose search, discrimination on white-supremacist items, illegal_content
and bullying when pupils' nude images are being passed round). Level-1 findings that are not
expected (e.g. social_media for a Snapchat window, gaming for a Roblox chat) are ignored by
the scorer, so they are never listed in allow.

FORMATS: every format id of section 2 appears. Chats are endpoint text_capture events;
searches are rendered as proxy lines (squid native and ukfull custom with sni=/bump=, Squid
common/combined and plain Apache combined, e2guardian formats 2/4/6, Zeek http JSON and TSV)
or as endpoint window_title / url_visit / typed-search events; domain items are DNS lines
(Unbound ASCII and epoch, dnsmasq plain and extra, BIND query and RPZ, Zeek dns JSON and
TSV) or CONNECT lines. Some proxy/DNS lines are wrapped in RFC 3164 or RFC 5424 syslog
prefixes or an rsyslog JSON envelope (the format id stays the underlying one); about one
item in twenty uses format "auto" (endpoint, proxy and DNS shapes). Four Zeek items are TSV
files (header lines plus one record) given as "lines". Thirteen items are two endpoint text_capture fragments a few seconds apart
on the same device and window with the phrase split across them.
"""
import argparse
import calendar
import hashlib
import json
import re
import sys
import urllib.parse

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]

SPECS = []


def P(kind, payload, exp, allow=None, **kw):
    """A positive item. exp: 'cat:level[,cat:level]'. allow: 'cat[,cat]'."""
    expect = []
    for part in exp.split(","):
        cat, lvl = part.split(":")
        expect.append({"category": cat.strip(), "min_level": int(lvl)})
    al = [a.strip() for a in allow.split(",")] if allow else []
    SPECS.append(dict(kind=kind, payload=payload, expect=expect, allow=al, **kw))


def N(kind, payload, **kw):
    """A negative item."""
    SPECS.append(dict(kind=kind, payload=payload, expect=[], allow=[], **kw))


# ---------------------------------------------------------------------------
# Markup inside payloads: {zw:...} zero-width spaces inside words, {cy:...} Cyrillic
# look-alike letters, {fw:...} fullwidth letters.
ZW = "\u200b"
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
       "x": "\u0445", "i": "\u0456", "y": "\u0443", "s": "\u0455"}


def _zw(s):
    out = []
    for w in s.split(" "):
        if len(w) >= 4:
            w = w[:2] + ZW + w[2:]
        elif len(w) >= 2:
            w = w[:1] + ZW + w[1:]
        out.append(w)
    return " ".join(out)


def _cy(s):
    return "".join(CYR.get(ch, ch) if i % 2 == 0 else ch for i, ch in enumerate(s))


def _fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch)
                   for ch in s)


def apply_markup(s):
    def rep(m):
        return {"zw": _zw, "cy": _cy, "fw": _fw}[m.group(1)](m.group(2))
    return re.sub(r"\{(zw|cy|fw):([^}]*)\}", rep, s)

# ===========================================================================
# POSITIVES
# ---------------------------------------------------------------- suicide
P("chat", "honestly i cant do this anymore. everyone would be better off without me tbh", "suicide:4")
P("chat", "ive been thinking about ending it for weeks and i think ive actually decided now. pls dont tell anyone", "suicide:4", app="snap")
P("search", "how many paracetamol does it take to die", "suicide:5", "self_harm")
P("search", "painless ways to unalive yourself", "suicide:5", eng="tiktok")
P("chat", "saved up 23 of my mums sleeping tablets. taking them tonight once everyones asleep, this is the last time ill msg the gc", "suicide:5", "self_harm", app="wa")
P("split", ["im gonna go to the bridge over the ring road tonight and j", "ump. this is goodbye ok, love u all x"], "suicide:5")
P("chat", "5u1c1d3 f33l5 l1k3 th3 0nly w4y 0ut rn tbh", "suicide:4", app="discord")
P("search", "how to sewerslide without it hurting", "suicide:5", eng="tiktok")
P("chat", "wrote my note today. its in the back of my planner so mum finds it after", "suicide:4")
P("search", "what height do you need to jump from to definitely die", "suicide:5")
P("chat", "i just wanna d-i-e honestly, nobody would even notice till monday", "suicide:4", app="insta")
P("title", "how long does it take to die from hanging - Google Search", "suicide:5")
P("chat", "ok sorry for the essay but today was SO much, the gc stuff and then mum started again about my report and idk i just sat in the bath for like an hour thinking how easy it would be to just not wake up tomorrow and not have to deal with any of it. anyway did u finish the chem practical write up?? i only did the method", "suicide:4", app="wa")
P("chat", "i w{zw:ant to kill myself} and i mean it this time", "suicide:4", app="snap")
P("search", "is it selfish to kms if my family would be sad", "suicide:4", eng="reddit")
P("chat", "nobody would even care if i wasnt here. not even joking this time", "suicide:4")
P("search", "sanctioned suicide forum link", "suicide:5")
P("chat", "ill be gone before christmas so dont bother buying me anything x", "suicide:4", app="snap")
P("search", "will 40 ibuprofen kill you", "suicide:5", "self_harm")
P("chat", "i wanna dieeeeeee fr, not in the funny way this time", "suicide:4", app="tiktok")
P("chat", "been giving my stuff away, my sister has my hoodies and my switch now. wont need them where im going", "suicide:4")
P("search", "{fw:how to overdose}", "suicide:5", "self_harm", eng="youtube")
P("chat", "if i take everything in the medicine cupboard tn would it be enough? asking for real not a joke", "suicide:5", "self_harm", app="discord")
P("split", ["tbh i dont think ill be around much lon", "ger, im so tired of existing"], "suicide:4")
P("search", "quickest way to end my life tonight", "suicide:5")
P("chat", "i want to k*ll mys*lf, everything is just too much rn", "suicide:4", app="insta")
P("title", "how to write a goodbye letter to your family before you die - Search", "suicide:4")
P("chat", "my best mate just texted saying shes taking all her pills tonight and now shes not answering, what do i do?? shes not joking", "suicide:5", app="wa")
P("chat", "lets do a {cy:suicide} pact, just you and me, friday night", "suicide:4", app="discord")

# ---------------------------------------------------------------- self_harm
P("chat", "relapsed last night after 3 months clean \U0001f614 didnt even go deep but still", "self_harm:4", app="discord")
P("search", "how to hide cuts on thighs for pe", "self_harm:4")
P("chat", "got new cat scratches again lol, my 'cat' is a pencil sharpener blade", "self_harm:4", app="snap")
P("search", "best blades for sh that dont scar", "self_harm:4", eng="reddit")
P("chat", "does anyone know how to clean it when its gone a bit too deep, i dont want to go a&e coz theyll tell school", "self_harm:4", "suicide", app="discord")
P("search", "how to make yourself throw up after eating without anyone hearing", "self_harm:4")
P("search", "thinspo collarbones", "self_harm:3", eng="pinterest")
P("chat", "had 300 cals today, tmrw im doing a 48h fast. if i eat at tea ill just get rid of it after", "self_harm:4", app="insta")
P("chat", "dont tell miss but i burnt myself with the lighter again, its on my wrist under my scrunchie", "self_harm:4", app="wa")
P("chat", "s3lf h4rm is the only thing that calms me down tbh", "self_harm:4", app="tiktok")
P("search", "pro ana tips to not feel hungry at school", "self_harm:4", eng="tiktok")
P("title", "#edtwt meanspo / X", "self_harm:3")
P("chat", "i punch the wall til my knuckles bleed when i get like this, its the only way i feel anything", "self_harm:4")
P("split", ["got the blade hidden in my pencil case so i can do it in the toi", "lets at lunch"], "self_harm:4")
P("search", "how to stop cutting myself when im angry", "self_harm:4")
P("chat", "my bf saw the marks on my arm and now hes being weird, told him it was the cat but i think he knows", "self_harm:4", app="snap")
P("chat", "stop eating for a week challenge whos in \U0001f480 im already on day 3", "self_harm:3", app="tiktok")
P("search", "laxatives to lose weight fast 13 year old", "self_harm:4")
P("chat", "i c{zw:ut} myself again last night, sorry for being like this", "self_harm:4", app="insta")
P("chat", "thinking about {cy:self harm} again, its getting bad", "self_harm:4", app="wa")
P("chat", "the urge to sh is so bad today, counting down the hours till i get home", "self_harm:4", app="snap")
P("search", "how deep is too deep cut wrist", "self_harm:4", "suicide", eng="youtube")
P("chat", "i just scratch til it bleeds, thats not proper sh so it doesnt count right?", "self_harm:4", app="discord")
P("search", "how to purge quietly", "self_harm:4")
P("chat", "weigh in thread: down to 41kg, goal is 38 by christmas. body check pics in the other channel", "self_harm:4", app="discord")
P("split", ["used the sharpener blade ag", "ain, three lines this time"], "self_harm:4")
P("search", "how to support a friend who is self harming", "self_harm:3")
P("chat", "my friend showed me her arms in the toilets, theyre covered in cuts and she made me promise not to tell. idk what to do", "self_harm:3", app="wa")

# ---------------------------------------------------------------- radicalisation
P("search", "patriotic alternative youth how to join", "radicalisation:4", "discrimination")
P("search", "is the great replacement real", "radicalisation:3", "discrimination", eng="youtube")
P("chat", "bro watch the christchurch vid before they take it down again, link in #based", "radicalisation:4", "violence", app="discord")
P("search", "blackpill explained foids", "radicalisation:3", "discrimination", eng="reddit")
P("chat", "ER was right tbh, supreme gentleman \U0001fae1 the stacies had it coming", "radicalisation:4", "discrimination,violence", app="discord")
P("search", "atomwaffen division recruitment", "radicalisation:4")
P("search", "isis nasheed download mp3", "radicalisation:4")
P("search", "how to become a mujahid", "radicalisation:4")
P("chat", "my cousin added me to these telegram channels, the brothers say the kuffar deserve whats coming and we need to be ready", "radicalisation:4", "violence", app="wa")
P("url", "https://www.bitchute.com/search/?query=white%20genocide%20proof&kind=video", "radicalisation:4", "discrimination")
P("chat", "1488 \u270b white lives matter more, the race war is coming fr", "radicalisation:4", "discrimination,violence", app="discord")
P("search", "terrorgram collective pdf", "radicalisation:4")
P("chat", "when i go ER on this school the stacies in 11B are first, then the chads", "radicalisation:4,violence:4", "discrimination", app="discord")
P("search", "andrew tate the real world join", "radicalisation:3", "discrimination", eng="youtube")
P("dns", "incels.is", "radicalisation:3", "discrimination")
P("dns", "www.stormfront.org", "radicalisation:4", "discrimination")
P("search", "remigration stickers where to buy", "radicalisation:3", "discrimination")
P("chat", "the brothers on the channel said school is haram and the teachers are the enemy. they wanna meet me after jummah", "radicalisation:4", "grooming", app="wa")
P("search", "siege james mason pdf", "radicalisation:4")
P("chat", "we need our own militia fr, the govt wont protect us from the invaders", "radicalisation:4", "discrimination", app="discord")
P("search", "how to write a manifesto like tarrant", "radicalisation:4", "violence")
P("chat", "h e i l  h i t l e r \U0001f1e9\U0001f1ea the 14 words are the truth, read them", "radicalisation:3", "discrimination", app="snap")
P("search", "accelerationism saints list", "radicalisation:4", "violence")
P("title", "Why women are worthless after 25 - Red Pill Truth - YouTube", "radicalisation:3", "discrimination")
P("search", "anjem choudary lectures", "radicalisation:3", eng="youtube")
P("search", "{cy:national socialist} flag for my bedroom", "radicalisation:3", "discrimination")

# ---------------------------------------------------------------- grooming / CSE / sextortion
P("chat", "hes 19 but hes really mature, he picks me up from the bus stop and buys me vapes. mum cant know", "grooming:4", app="snap")
P("chat", "he said if i dont send another pic hell send the first one to everyone in my year. i dont know what to do", "grooming:4", "illegal_content", app="wa")
P("search", "someone is threatening to leak my nudes what do i do", "grooming:4", "illegal_content")
P("chat", "meeting him at the travelodge by the station saturday at 2, hes 24 but dont tell anyone, ill say im at yours", "grooming:5", app="snap")
P("chat", "a guy from discord said hes 16 but his voice on call sounded way older. he keeps asking for feet pics and says its just a joke", "grooming:4", app="discord")
P("split", ["he wants me to get the train to birmingham on friday, hes paying and meeting me at new st", "reet, hes 26 but weve been talking for months"], "grooming:5")
P("chat", "bro i sent a girl on insta a vid and now shes saying pay \u00a3200 in giftcards or it goes to all my followers, its a fake acc isnt it, what do i do", "grooming:4", "illegal_content", app="insta")
P("chat", "he tells me to delete our chats every night coz his gf would get jealous, hes my tutors mate", "grooming:4", app="snap")
P("chat", "my boyfriend is 21 and says age is just a number and im more mature than girls my age", "grooming:4", app="wa")
P("search", "is it illegal for a 20 year old to date a 14 year old", "grooming:3")
P("chat", "he keeps saying send one in ur uniform and hell delete it straight after, idk if i should", "grooming:4", app="snap")
P("chat", "he gave me \u00a350 and a new phone and now he says i owe him, he wants me to come meet his mates at the flat", "grooming:4", app="wa")
P("chat", "his mates at the flat keep giving us free weed and drinks and then asking us to do stuff for them", "grooming:4", "drugs", app="snap")
P("chat", "my ex is sending the pics he had of me round the whole year 9 gc, people keep screenshotting them", "grooming:4", "bullying,illegal_content", app="wa")
P("chat", "who wants the nudes of kayla lol drop ur snap and ill send \U0001f351", "grooming:4", "bullying,illegal_content", app="discord")
P("search", "how to get a girl to send nudes", "grooming:3", "adult_content")
P("chat", "hes a youth worker at the club, says im his favourite and messages me every night on a second snap account", "grooming:4", app="insta")
P("chat", "h3 w4nts m3 t0 s3nd n00dz 4nd h3s 23", "grooming:4", app="snap")
P("chat", "the man from the roblox server says hell send me robux if i go on cam with him tonight", "grooming:4", app="discord")
P("chat", "im going to his car after school, hes parking round the back of the co-op at 3:30 \U0001f92b hes 22", "grooming:5", app="snap")
P("chat", "he asked for n*des again and said if i block him hell turn up at my school", "grooming:4", app="insta")
P("search", "sugar daddy apps under 18", "grooming:4", "adult_content")
P("chat", "my online bf keeps asking what time my parents go to work and if ill be home alone, says he wants to surprise me", "grooming:4", app="insta")
P("split", ["he said its our little sec", "ret and no one would understand what we have, hes my mums friend"], "grooming:4")
P("chat", "this older guy on insta is paying for my nails and lashes if i send him pics, easy money tbh", "grooming:4", app="insta")
P("search", "age of consent uk if hes 25 and im 15", "grooming:4")

# ---------------------------------------------------------------- bullying (incl. coercive control)
P("chat", "everyone in the gc agrees ur the reason were not friends anymore. dont bother sitting with us tmrw. actually dont bother coming in", "bullying:3", app="wa")
P("chat", "lmaooo who invited the charity case \U0001f480 someone tell her her trainers are from aldi", "bullying:3", app="snap")
P("chat", "make a fake acc and post her diary pages, shell never know it was us", "bullying:3", app="insta")
P("chat", "kys nobody likes u", "bullying:3", "suicide", app="snap")
P("chat", "k y s you weird little rat", "bullying:3", "suicide", app="tiktok")
P("chat", "vote in the poll: whos the ugliest in 10X \U0001f437 ive already put her name lol", "bullying:3", app="wa")
P("chat", "screenshot his msgs and send them to the whole year, lets see him cry again like in yr 8", "bullying:3", app="snap")
P("chat", "everyone unfollow her at 9pm at the same time, make it obvious", "bullying:3", app="insta")
P("split", ["u r literally so fat and disgusting no wonder ur mum l", "eft lol"], "bullying:3")
P("chat", "if you tell sir i swear your life at this school is over, everyone will know what u did", "bullying:3", "violence", app="snap")
P("chat", "starting a hate page for her, whos got the pic of her crying at the bus stop", "bullying:3", app="insta")
P("chat", "omg pls remove her from the chat shes so annoying, and tell her its bc she smells \U0001f602\U0001f602", "bullying:3", app="wa")
P("chat", "ur s0 ug1y it hurt$ t0 l00k at u", "bullying:3", app="tiktok")
P("chat", "drop ur insta in the chat so we can all flood her comments lol \U0001f921\U0001f921\U0001f921", "bullying:3", app="wa")
P("chat", "no one would care if you disappeared, just saying", "bullying:3", "suicide", app="snap")
P("chat", "were all ignoring her all week and pretending she doesnt exist, anyone who talks to her is out the gc", "bullying:3", app="wa")
P("chat", "heard she got a boob job at 15 \U0001f480 post it on the confessions page", "bullying:3", app="insta")
P("chat", "add her back to the gc just so we can kick her out again lmaooo do it every 5 mins", "bullying:3", app="wa")
P("chat", "ur such a sl*t everyone knows what u did at the party", "bullying:3", "discrimination", app="snap")
P("chat", "anyway yeah the trip was fine, the coach was boiling and mr h played abba the whole way, oh and btw we all decided ur not coming to lunch with us anymore, ur too clingy and honestly a bit of a loser, but have a nice weekend!!", "bullying:3", app="wa")
P("chat", "ill make ur life hell on monday watch", "bullying:3", "violence", app="snap")
P("chat", "edit her face onto that pig vid and put it on tiktok \U0001f62d\U0001f62d", "bullying:3", app="snap")
P("chat", "everyone thinks ur a {zw:pathetic loser}, go cry to ur mummy", "bullying:3", app="insta")
P("chat", "she reported us so now we go harder, new acc every time she blocks", "bullying:3", app="insta")
P("chat", "look at this freaks tiktok \U0001f480 go comment 'nobody asked' on every vid", "bullying:3", app="tiktok")
P("chat", "babe why were u talking to him at break?? send me ur location now and a pic of who ur with or were done", "bullying:3", app="snap")
P("chat", "he checks my phone every night and if ive messaged any boys he goes mad and wont let me see my friends at weekends", "bullying:3", "violence", app="wa")
P("chat", "if u go to jess's party without me ill make sure u regret it. ur mine, remember that", "bullying:3", "violence", app="snap")

# ---------------------------------------------------------------- discrimination
P("chat", "go back to ur own country u p*ki", "discrimination:3", "bullying", app="snap")
P("chat", "no homo but bro ur actually such a f*g lmao", "discrimination:3", "bullying", app="discord")
P("chat", "the new girl is a lesbo, dont get changed near her in pe", "discrimination:3", "bullying", app="wa")
P("chat", "monkey emojis on his post \U0001f412\U0001f412\U0001f34c lmaooo thats all he deserves", "discrimination:3", "bullying", app="insta")
P("chat", "trans people are mentally ill and shouldnt be allowed in our toilets, ill say it to her face", "discrimination:3", "bullying", app="wa")
P("chat", "women are property, get back in the kitchen, thats literally their only job fr", "discrimination:3", app="discord")
P("chat", "all muslims are terrorists, ask anyone", "discrimination:3", "radicalisation", app="snap")
P("search", "why are black people less intelligent", "discrimination:3", "radicalisation")
P("chat", "the jews control the media and the banks, its literally facts look it up", "discrimination:3", "radicalisation", app="discord")
P("chat", "oi gypo wheres ur caravan \U0001f602", "discrimination:3", "bullying", app="snap")
P("chat", "hes such a {cy:faggot} honestly", "discrimination:3", "bullying", app="discord")
P("chat", "girls are genetically inferior, thats why they cry in every match, females are literally just hormones", "discrimination:3", "radicalisation", app="discord")
P("chat", "sent the chinese kid a bat emoji and asked if hes got covid again \U0001f602", "discrimination:3", "bullying", app="snap")
P("chat", "the kids in the SEN base are such sp@stics lol", "discrimination:3", "bullying", app="wa")
P("chat", "rating the girls in our year out of 10, the fat ones get a 0 by default \U0001f437", "discrimination:3", "bullying", app="discord")
P("search", "racist jokes to send the gc", "discrimination:3")
P("chat", "thats why u dont let immigrants in, theyre rats, every single one", "discrimination:3", "radicalisation", app="wa")
P("chat", "h0m0s should be b4nned fr", "discrimination:3", app="tiktok")
P("chat", "dont pick her for the team shes a dyke shell perv on us in the changing rooms", "discrimination:3", "bullying", app="wa")
P("chat", "yall being 'nonbinary' is just attention seeking, there are 2 genders get over it freak", "discrimination:3", "bullying", app="tiktok")
P("chat", "chat is it racist if i call him curry muncher \U0001f62d he knows its banter", "discrimination:3", "bullying", app="snap")
P("chat", "if a girl says no she just needs convincing, tate says it and hes right", "discrimination:3", "radicalisation", app="discord")
P("split", ["go back on ur boat u dirty ill", "egal, nobody wants u here"], "discrimination:3", "bullying")
P("chat", "females over 25 have hit the wall, literally useless after that lol, only good for one thing", "discrimination:3", "radicalisation", app="discord")
P("chat", "typical {zw:jew}, counting his pennies \U0001f911 lmao", "discrimination:3", "bullying", app="snap")

# ---------------------------------------------------------------- violence
P("chat", "bringing my blade in tmrw, if he starts again im shanking him by the gates at 3:15", "violence:5", app="snap")
P("chat", "whos got a zombie knife, need one for the weekend, them lot from across the estate are coming", "violence:4", app="snap")
P("search", "where to buy a machete uk under 18 no id", "violence:4", "illegal_content")
P("chat", "fight at the rec after school, year 10 vs the academy lot, bring whatever u got \U0001f52a", "violence:5", app="wa")
P("chat", "im gonna smash his head in when i see him, swear down", "violence:4", app="snap")
P("split", ["gonna st", "ab him when he walks past the shops tonight, i know his route"], "violence:5")
P("search", "ingredients for a nail bomb", "violence:5", "radicalisation")
P("chat", "my step dad hit me again last night, ive got a bruise on my face so im not coming in", "violence:4", app="wa")
P("chat", "he choked me a bit when we were doing stuff and said all girls like it, it really hurt and i couldnt breathe", "violence:4", "grooming", app="snap")
P("chat", "g0nn4 k1ll h1m 4t th3 p4rty s4turd4y, br1ng1ng my br0s kn1f3", "violence:5", app="discord")
P("search", "how to get a gun in the uk as a teenager", "violence:4", "illegal_content")
P("chat", "if she talks to my man one more time im jumping her after school with the girls, bring ur rings \U0001f48d", "violence:4", app="snap")
P("chat", "he pushed me down the stairs when we argued and then said sorry and cried, is that normal", "violence:4", app="insta")
P("chat", "watch this vid of the kid getting his head stamped on outside maccies \U0001f602\U0001f602", "violence:3", "bullying", app="snap")
P("search", "how to stab someone so it doesnt kill them", "violence:4")
P("chat", "im gonna burn their house down with them in it, i know where they live", "violence:4", app="snap")
P("chat", "ill st*b u in ur sleep, watch", "violence:4", app="insta")
P("title", "uk drill beef knife attack caught on camera compilation - YouTube", "violence:3")
P("chat", "the older boys want me to carry for them, said theyll sort me out if i keep the shank in my bag", "violence:4", "grooming,drugs", app="snap")
P("chat", "got a taser off my cousin, bringing it to the fight friday", "violence:5", app="snap")
P("split", ["honestly im bringing my dads gun to sch", "ool and making them all pay"], "violence:5")
P("chat", "ima p 0 k e him wiv the ting when i catch him", "violence:4", app="snap")
P("chat", "mums boyfriend threw a plate at her and locked us out all night. im scared to go home", "violence:4", app="wa")
P("search", "how to hide a knife from a metal detector", "violence:4")
P("chat", "get him in the toilets, someone film it, were gonna batter him proper", "violence:4", "bullying", app="snap")
P("chat", "lol same, anyway did u see whats going on with charlie and the year 11s, theyre saying theyll wait for him at the bus stop with a hammer tomorrow so he better not get the 42, i told him to get a lift", "violence:5", app="wa")

# ---------------------------------------------------------------- adult_content
P("search", "p0rnhub premium free", "adult_content:3")
P("dns", "www.xhamster.com", "adult_content:3")
P("search", "corn sites that arent blocked", "adult_content:3", "filter_bypass", eng="tiktok")
P("dns", "onlyfans.com", "adult_content:3")
P("search", "nsfw discord servers 18+", "adult_content:3")
P("chat", "send me that hentai site again the one that isnt blocked on the school wifi", "adult_content:3", "filter_bypass", app="discord")
P("search", "{fw:hentai}", "adult_content:3", eng="youtube")
P("url", "https://www.redtube.com/?search=amateur", "adult_content:3")
P("search", "xxx videos free hd", "adult_content:3")

# ---------------------------------------------------------------- drugs
P("chat", "whos got the plug for jades on sat, need pingers and a bit of ket \U0001f50c\U0001f48a", "drugs:3", app="snap")
P("search", "how much mdma is safe for first time 15", "drugs:3")
P("chat", "got 2 wax pens (thc) for \u00a340 if anyone wants, message me", "drugs:3", app="snap")
P("chat", "\U0001f343 for sale dm me, 10 a bag, can drop off at lunch", "drugs:3", app="snap")
P("search", "where to buy xanax online uk", "drugs:3")
P("chat", "mixing codeine and sprite tonight lol lean vibes \U0001f49c", "drugs:3", app="snap")
P("search", "buy weed snapchat near me", "drugs:3")
P("chat", "anyone got c0ke for the afters? \u2744\ufe0f\u2744\ufe0f", "drugs:3", app="wa")
P("search", "nitrous oxide canisters next day delivery", "drugs:3")

# ---------------------------------------------------------------- gambling
P("dns", "stake.com", "gambling:2")
P("search", "best betting sites that dont need id", "gambling:2")
P("chat", "put \u00a350 on the acca, using my brothers bet365 acc lol", "gambling:2", app="wa")
P("search", "csgo case opening sites free coins", "gambling:2", "gaming")
P("url", "https://m.skybet.com/football/coupon/10011065", "gambling:2")
P("search", "online roulette strategy to win money fast", "gambling:2")
P("dns", "www.paddypower.com", "gambling:2")
P("chat", "lost 120 quid on slots last night, gonna win it back tonight, dont tell my mum", "gambling:2", app="snap")

# ---------------------------------------------------------------- filter_bypass
P("search", "how to get past securly on school chromebook", "filter_bypass:2")
P("dns", "www.croxyproxy.com", "filter_bypass:2")
P("chat", "use the google translate trick to get on insta, paste the link in and it loads lol", "filter_bypass:2", app="wa")
P("search", "proton vpn free download no admin", "filter_bypass:2")
P("proc", "tor.exe", "filter_bypass:2")
P("search", "how to turn off extension on school laptop task manager", "filter_bypass:2")
P("search", "hotspot phone to laptop to avoid school wifi blocks", "filter_bypass:2")
P("dns", "psiphon.ca", "filter_bypass:2")
P("url", "https://www.hidemyass.com/proxy", "filter_bypass:2")

# ---------------------------------------------------------------- hacking
P("search", "how to get into someones snapchat without password", "hacking:2")
P("chat", "got mr davies login from watching him type it, gonna change everyones grades on sims lol", "hacking:2", app="discord")
P("search", "kali linux wifi password crack tutorial", "hacking:2", eng="youtube")
P("dns", "hackforums.net", "hacking:2")
P("search", "ddos someone on xbox ip booter", "hacking:2")
P("search", "roblox account stealer cookie logger", "hacking:2")
P("chat", "run this in cmd on the library pcs and it shows all the saved wifi passwords lol  netsh wlan show profile name=STAFF key=clear", "hacking:2", "filter_bypass", app="discord")
P("search", "keylogger download to see my gfs passwords", "hacking:2", "bullying")

# ---------------------------------------------------------------- piracy
P("search", "fmovies wicked for good free", "piracy:1")
P("dns", "thepiratebay.org", "piracy:1")
P("search", "1337x fifa 27 crack", "piracy:1")
P("search", "watch premier league free stream reddit", "piracy:1")
P("url", "https://ww4.123moviesfree.net/season/stranger-things-5-2025/", "piracy:1")
P("chat", "anyone got a free link for the new stranger things? not paying for netflix lol", "piracy:1", app="wa")
P("search", "spotify premium apk modded", "piracy:1")
P("search", "z-library aqa biology textbook pdf", "piracy:1")

# ---------------------------------------------------------------- gaming
P("dns", "www.roblox.com", "gaming:1")
P("dns", "store.steampowered.com", "gaming:1")
P("proc", "FortniteClient-Win64-Shipping.exe", "gaming:1")
P("search", "unblocked games 76 slope", "gaming:1", "filter_bypass")
P("url", "https://www.roblox.com/games/920587237/Adopt-Me", "gaming:1")
P("dns", "launcher-public-service-prod06.ol.epicgames.com", "gaming:1")
P("search", "minecraft free play online no download", "gaming:1")
P("dns", "www.crazygames.com", "gaming:1")

# ---------------------------------------------------------------- social_media
P("dns", "web.snapchat.com", "social_media:1")
P("dns", "www.instagram.com", "social_media:1")
P("title", "TikTok - Make Your Day", "social_media:1")
P("url", "https://www.instagram.com/direct/inbox/", "social_media:1")
P("dns", "www.tiktok.com", "social_media:1")
P("search", "how to make a private story on snapchat", "social_media:1")
P("sni", "discord.com", "social_media:1")
P("sni", "www.snapchat.com", "social_media:1")

# ---------------------------------------------------------------- illegal_content
P("search", "buy fake id uk provisional licence", "illegal_content:3")
P("search", "dark web market links onion 2026", "illegal_content:3", "filter_bypass,drugs")
P("chat", "selling leaked nudes of the year 10 girls, \u00a35 for the mega folder", "illegal_content:4,grooming:4", "bullying", app="discord")
P("search", "counterfeit 20 pound notes where to buy", "illegal_content:3")
P("search", "buy stolen netflix accounts cheap", "illegal_content:3", "hacking,piracy")
P("search", "telegram groups selling cards cvv fullz", "illegal_content:3", "hacking")
P("search", "hidden wiki 2026 working link", "illegal_content:3", "filter_bypass")
P("chat", "my brother can get u a fake id for 30 quid, looks legit, works at spoons", "illegal_content:3", app="snap")
# ===========================================================================
# NEGATIVES (hard: they share vocabulary with risk)
# ---------------------------------------------------------------- hyperbole among friends
N("chat", "if mr okafor sets another mock i am literally going to die \U0001f62d", app="wa")
N("chat", "STOP im actually dead \U0001f480\U0001f480 the vid of him falling off the stage in assembly", app="snap")
N("chat", "omg kill me now, mum just commented 'beautiful girl x' on my insta post", app="wa")
N("chat", "want the ground to swallow me whole, i waved at someone who was waving at the person behind me", app="snap")
N("chat", "this maths hw is killing me slowly, 40 questions on surds??", app="wa")
N("chat", "id literally rather die than wear that dress to the disco lmaooo", app="snap")
N("chat", "my hair dye went orange im killing myself \U0001f62d (not literally) pls come round with the purple shampoo", app="snap")
N("chat", "hes gonna murder me when he finds out i ate his last pringles", app="wa")
N("chat", "that eyeliner is sharp enough to kill a man \U0001f52a\U0001f485 teach me", app="insta")
N("chat", "my mum is going to kill me, got a detention for talking in french", app="snap")
N("chat", "u absolutely murdered that presentation omg, sir looked shook", app="wa")
N("chat", "im so dead tired after netball, in bed by 8 like a nan", app="snap")
N("chat", "this playlist hits so hard im crying screaming throwing up", app="tiktok")
N("chat", "bro i nearly died laughing in chem when the bunsen went out and jay screamed", app="discord")
N("chat", "if the wifi cuts out one more time im launching this laptop out the window", app="discord")
N("chat", "im gonna shoot my shot with him at the disco, wish me luck \U0001f91e", app="snap")
N("chat", "she ate and left no crumbs, im deceased, its giving main character", app="tiktok")
N("chat", "dying of cringe rn, miss read my note out loud to the whole class", app="snap")
N("chat", "kms this spanish vocab test is tomorrow and i know like 3 words \U0001f62d jk see u at lunch", app="wa")
N("chat", "the walk to the sports hall in this rain is a suicide mission lol, bring an umbrella", app="wa")
N("chat", "ill kill u if u spoil the ending, im only on ep 5", app="snap")
N("chat", "literally starving, is the canteen doing pasta today?", app="wa")
N("chat", "i could murder a maccies rn", app="snap")
N("chat", "my phones dying, 3% left, text u when im home", app="wa")
N("chat", "pe was actual torture, beep test AGAIN \U0001f480", app="snap")
N("chat", "this cold is killing me, ive gone through a whole box of tissues in period 2", app="teams")
N("chat", "if i see one more pumpkin spice post im going to scream", app="insta")
N("chat", "my little brother is a menace, he hid my charger in the freezer \U0001f62d", app="wa")
N("chat", "i would literally cut off my arm for tickets to that tour", app="snap")
N("chat", "omg today was chaos, first the fire alarm went off in maths, then jay said hes gonna kill his brother for nicking his airpods (he wont lol theyre twins), then i got hit in the face with the ball in netball. anyway what r u wearing tmrw", app="wa")
N("chat", "that fit is fire, ur killing it \U0001f525 where are the boots from", app="insta")

# ---------------------------------------------------------------- set texts, history, films, songs
N("doc", "Macbeth's 'is this a dagger' soliloquy shows his guilt before he has even killed Duncan, because the dagger is covered in 'gouts of blood'.", app="word", title="English - Macbeth essay.docx")
N("doc", "Romeo drinks the poison and Juliet stabs herself with his dagger; Shakespeare presents their deaths as the result of fate and haste rather than choice.", app="word", title="R&J 30 mark essay.docx")
N("search", "an inspector calls eva smith suicide theme essay plan")
N("search", "of mice and men why does george shoot lennie mercy killing")
N("search", "lord of the flies piggy death symbolism")
N("doc", "In Jekyll and Hyde, Hyde tramples a young girl and later beats Sir Danvers Carew to death with a cane, which shows the violence of the repressed self.", app="gdocs", title="Jekyll and Hyde practice answer")
N("chat", "heathers rehearsal tonight, can someone bring the fake suicide note prop and the red scrunchie, its in the drama cupboard", app="wa")
N("search", "blood brothers ending mickey shoots eddie quotes")
N("doc", "Owen's 'Exposure' presents soldiers dying slowly from the cold rather than from bullets, which contrasts with Tennyson's heroic charge.", app="gdocs", title="Power and Conflict comparison")
N("chat", "the bit in hunger games where rue dies had me sobbing in the cinema", app="snap")
N("chat", "film club is showing suicide squad friday, bring snacks", app="teams")
N("search", "killing eve season 2 cast")
N("chat", "kill bill soundtrack is so good for revising ngl", app="discord")
N("chat", "queen in music today, mr k made us sing the 'mama just killed a man' bit out loud \U0001f62d", app="snap")
N("search", "romeo and juliet is their suicide fate or choice 6 mark question")
N("search", "macbeth act 5 lady macbeth suicide offstage quotes")
N("search", "the crucible john proctor hanged context mccarthyism")
N("search", "holocaust gas chambers gcse history source analysis")
N("search", "nazi propaganda posters 1930s gcse history")
N("search", "why did hitler blame the jews ks3 history")
N("search", "how was harold killed at hastings arrow in the eye myth")
N("search", "jack the ripper whitechapel historic environment gcse")
N("search", "srebrenica massacre what happened", eng="wiki")
N("search", "ww1 gas attacks trench warfare facts")
N("search", "boy in the striped pyjamas ending explained", eng="youtube")
N("search", "13 reasons why representation of mental health media studies essay")
N("search", "a christmas carol tiny tim death quote")
N("search", "animal farm boxer sent to the knackers quote")
N("search", "frankenstein the creature kills william chapter")
N("search", "othello kills desdemona act 5 analysis")
N("search", "the bloody chamber violence and desire themes")
N("url", "https://www.bbc.co.uk/bitesize/guides/zgxwxnb/revision/3")
N("title", "Romeo and Juliet Act 5 Scene 3 | SparkNotes")
N("search", "gunpowder plot guy fawkes ks3 homework")
N("search", "the troubles bombing timeline northern ireland gcse")
N("search", "christchurch earthquake 2011 case study gcse geography")
N("search", "hitler youth how were children controlled gcse")

# ---------------------------------------------------------------- PSHE, staff, lesson preparation, help resources
N("doc", "Hi all, reminder that Year 9 PSHE next week covers online grooming and sextortion. Please use the CEOP slides on nude image sharing and signpost Report Remove at the end. Thanks, Sarah", app="outlook", who="staff")
N("doc", "Please complete the self-harm awareness module on the National College by Friday. Any disclosures must be logged on CPOMS the same day and passed to the DSL team.", app="outlook", who="staff")
N("doc", "Y10 RE lesson plan: Islam and terrorism - challenging misconceptions. Starter: what does jihad actually mean (inner struggle)? Discuss why extremist groups distort it.", app="word", who="staff", title="Y10 RE wk7 lesson plan.docx")
N("doc", "Prevent refresher: warning signs include sudden isolation, new older online friends, and symbols such as 1488 or the sonnenrad appearing on books or profiles. Report to the DSL, do not investigate yourself.", app="ppt", who="staff", title="INSET Prevent refresher")
N("doc", "Y11 form tutors: knife crime awareness talk with our police liaison officer on Tuesday P3 in the hall. Please walk your forms down.", app="outlook", who="staff")
N("doc", "PSHE homework: coercive control is when a partner checks your phone, stops you seeing your friends and makes you scared to say no. Signs to look out for:", app="gdocs", title="PSHE healthy relationships homework")
N("search", "pshe consent lesson ks4 resources", who="staff")
N("search", "what is sextortion bbc bitesize")
N("search", "childline phone number")
N("search", "samaritans free number")
N("search", "kooth login")
N("dns", "www.childline.org.uk")
N("dns", "www.samaritans.org")
N("dns", "www.kooth.com")
N("dns", "www.youngminds.org.uk")
N("dns", "www.beateatingdisorders.org.uk")
N("dns", "www.ceop.police.uk")
N("dns", "www.thinkuknow.co.uk")
N("dns", "www.papyrus-uk.org")
N("url", "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/")
N("search", "signs of online grooming nspcc")
N("search", "kcsie 2026 changes summary", who="staff")
N("search", "how to respond to a disclosure of self harm in school", who="staff")
N("doc", "DT reminder: all craft knives and scalpels must be signed back in at the end of each lesson. One was missing from DT2 on Tuesday and turned up in the wrong drawer.", app="outlook", who="staff")
N("doc", "chem prac P4: burning magnesium then testing for hydrogen with the squeaky pop, goggles on and hair tied back pls", app="teams", who="staff")
N("search", "apoptosis programmed cell death a level biology")
N("search", "how do pesticides kill insects gcse")
N("doc", "Fixtures: U14 girls netball vs St Mary's on Thursday. We got slaughtered last time so let's smash it this year! Minibus leaves at 3:20.", app="outlook", who="staff")
N("chat", "drama was so fun, stage combat workshop, we learned how to fake a slap and a stage stab safely", app="wa")
N("search", "sextortion statistics uk 2026 teenage boys", who="staff")
N("doc", "Please avoid using the word 'suicide' casually in form time this week; we've had a bereavement in Year 10. Papyrus HOPELINE247 details are on the tutor slides.", app="outlook", who="staff")
N("doc", "Cannabis can affect the teenage brain by causing memory problems and increasing the risk of psychosis. Skunk is stronger because it contains more THC.", app="gdocs", title="PSHE drugs education poster")
N("search", "effects of vaping on teenage lungs pshe poster")
N("search", "why do young people join gangs gcse sociology")
N("search", "is euthanasia ever acceptable christian views gcse re")
N("search", "assisted dying bill uk arguments for and against")
N("search", "difference between murder and manslaughter mens rea a level law")
N("search", "terrorism vs freedom fighter essay a level politics")
N("search", "sql injection explained ocr a level computer science")
N("search", "cyberfirst girls competition ethical hacking")
N("search", "torrential rain boscastle flood case study")
N("search", "glastonbury tor height")
N("search", "how does the daily mail represent immigrants media studies")
N("search", "what is a proxy server ocr a level 1.3")
N("search", "cold war proxy wars vietnam korea")
N("search", "effects of alcohol on the liver gcse biology")
N("doc", "Hi, I'm connecting to the school VPN from home to finish reports on SIMS but it keeps timing out - can IT have a look? Thanks, Mr Osei", app="outlook", who="staff")
N("chat", "we did a lesson on online safety today, miss said never send pics to anyone and if someone threatens you, tell an adult and use report remove", app="snap")

# ---------------------------------------------------------------- sport, gym, healthy eating
N("chat", "cutting for 4 weeks before the comp, still hitting 2200 cals and my protein goal \U0001f4aa", app="wa")
N("chat", "bulk szn, had 4 proper meals today and a protein shake lol", app="snap")
N("search", "best protein powder for teenage athletes")
N("search", "how to shoot in netball accurately", eng="youtube")
N("chat", "the ref absolutely killed the game, we got robbed", app="wa")
N("chat", "leg day destroyed me, cant walk down the stairs \U0001f62d", app="snap")
N("search", "healthy meal prep for gcse revision week")
N("search", "how many calories does a 15 year old girl need for hockey training")
N("chat", "boxing club tonight, sparring with kez, she punches like a lorry", app="wa")
N("chat", "archery club: new arrows came in, dont touch the bows without mr ali", app="teams")
N("chat", "we murdered them 6-0 in the county cup \U0001f3c6", app="wa")
N("search", "deadlift form for beginners", eng="youtube")
N("search", "parkrun 5k tips to get under 25 minutes")
N("chat", "getting my fringe cut tomorrow, should i or will i regret it", app="snap")
N("chat", "dance comp went so well, judges said the routine was killer \U0001f525", app="insta")
N("chat", "he got absolutely flattened in that tackle, theyre doing head injury checks", app="wa")
N("search", "fencing club near me epee beginners")
N("chat", "i shot a 3 pointer from half court in basketball and everyone lost it", app="snap")
N("chat", "my coach says i need more carbs before matches, pasta party at mine?", app="wa")

# ---------------------------------------------------------------- everyday chat, jokes, gaming banter
N("chat", "can someone send the bio homework pls i left my book at school", app="wa")
N("chat", "bet, see u at 4 outside greggs", app="snap")
N("chat", "the retinol burns a bit but my skin is glowing", app="insta")
N("chat", "just got a 20 kill game in fortnite, carried the whole squad \U0001f60e", app="discord")
N("chat", "headshot from across the map, whos the goat now", app="discord")
N("chat", "were raiding their base tonight on minecraft, bring the tnt", app="discord")
N("chat", "he always picks the killer in dead by daylight, so annoying", app="discord")
N("chat", "emergency meeting \U0001f6a8 red is sus", app="discord")
N("chat", "grass is wet so pe is inside, thank god", app="wa")
N("chat", "grandad asked me to pick up weedkiller from b&q for his allotment", app="wa")
N("chat", "anyone want a coke from the vending machine?", app="teams")
N("chat", "charlies birthday at pizza express on saturday, bring a card", app="wa")
N("chat", "my dog molly ate a sock again \U0001f62d another vet bill", app="snap")
N("chat", "pot noodle for lunch again, living the dream", app="snap")
N("chat", "cracked my phone screen, its basically a spider web now", app="wa")
N("chat", "the snow is gonna be crazy tmrw, school might shut \u2744\ufe0f\u2744\ufe0f\u2744\ufe0f", app="wa")
N("chat", "sent u a pic of the cat wearing my scrunchie \U0001f602", app="snap")
N("chat", "naked mole rats are so ugly theyre cute, doing them for my bio project", app="teams")
N("chat", "lets hang out at the park after school?", app="snap")
N("chat", "its nans 80th, were doing a surprise party so keep it a secret from her", app="wa")
N("chat", "dont tell mum but i borrowed her straighteners and burnt my fringe \U0001f62d", app="snap")
N("chat", "hes 17 and shes 16 and theyre going to prom together, so cute", app="insta")
N("chat", "my tutor said im the most mature in the group lol only bc i did the reading", app="wa")
N("chat", "meet at the station at 10 on saturday for the museum trip, sir said bring a packed lunch", app="wa")
N("chat", "send pics of the prom dresses ur thinking of!!", app="insta")
N("chat", "my older cousin is picking me up from school today, she just passed her test", app="snap")
N("chat", "can u send me a pic of the homework sheet, page 5 and 6", app="wa")
N("chat", "snap me when ur home x", app="insta")
N("chat", "that girls vlog about recovering from anorexia was actually so inspiring, shes doing so well now", app="tiktok")
N("chat", "secret santa names are in! dont tell anyone who u got", app="wa")
N("chat", "my mum met her new partner online, hes coming for dinner sunday, wish me luck", app="snap")
N("chat", "my sisters boyfriend drove us to the cinema, hes actually really nice", app="wa")
N("chat", "can i get ur number for the geography group project", app="teams")
N("chat", "whats ur snap, need to send u the notes", app="insta")
N("chat", "mum says i can sleep over at yours if ur mum says yes", app="wa")
N("chat", "i cba with this essay, lets just go to the library and pretend to work", app="snap")
N("chat", "bare jokes in form today, allow it, see u at break", app="snap")

# ---------------------------------------------------------------- identity, politics, history vocabulary
N("chat", "were doing a black history month display on mary seacole and olive morris", app="teams")
N("chat", "sir explained how neo nazis use 14 and 88 as codes so we can spot it online, kinda creepy", app="snap")
N("chat", "lgbtq+ society thursday lunch in H12, bring snacks \U0001f3f3\ufe0f\u200d\U0001f308", app="wa")
N("chat", "my brother came out as gay and mum literally cried happy tears", app="snap")
N("chat", "can u draw the pride flags for the library display?", app="teams")
N("chat", "reading noughts and crosses, the way the racism is flipped is so clever", app="wa")
N("chat", "she called me a queen \U0001f451 im blushing", app="snap")
N("chat", "debate club: is andrew tates influence on boys harmful? im arguing yes obviously", app="teams")
N("chat", "assembly today was about misogyny and incels, mr p showed the clip from adolescence", app="wa")
N("search", "adolescence netflix emoji meanings explained for parents")
N("search", "what does the red pill emoji mean on instagram")
N("chat", "army careers fair is in the hall today, they brought a climbing wall", app="wa")
N("chat", "cadets this weekend, were doing drill and map reading", app="snap")
N("chat", "fireworks night at the rugby club tmrw, wanna come? \U0001f386", app="snap")
N("chat", "in RE we discussed the difference between islam and islamism, it was actually interesting", app="wa")
N("search", "is the word gypsy offensive heathcliff wuthering heights")
N("chat", "eid mubarak everyone!! \U0001f319 mum made biryani for the whole street", app="wa")
N("chat", "my grandad came over on the windrush, im doing my history project on him", app="teams")
N("search", "stonewall riots 1969 history")
N("search", "suffragettes militant tactics gcse")

# ---------------------------------------------------------------- drugs / gambling / adult / bypass / hacking / piracy vocabulary
N("chat", "my mums on codeine after her op, she keeps falling asleep mid sentence lol", app="wa")
N("chat", "took ibuprofen for cramps, cant do pe today", app="snap")
N("search", "paracetamol dose for 14 year old headache")
N("search", "legal highs pshe presentation facts")
N("search", "probability of winning the lottery maths lesson")
N("search", "expected value betting odds gcse maths question")
N("doc", "Staffroom Grand National sweepstake - \u00a32 a horse, all proceeds to Children in Need. Sheet is by the kettle.", app="outlook", who="staff")
N("chat", "pirates of penzance rehearsal moved to thursday", app="teams")
N("chat", "right im gonna crack on with my essay, bye", app="snap")
N("search", "revision life hacks for gcse")
N("search", "chemistry cheat sheet formulas gcse")
N("chat", "breast cancer awareness assembly today, check ur boobs girls \U0001f497", app="wa")
N("chat", "do we need nude tights for the show or black ones?", app="wa")
N("search", "rse lesson contraception methods year 10", who="staff")
N("dns", "www.essex.ac.uk")
N("dns", "www.sussex.ac.uk")
N("dns", "www.middlesex.ac.uk")
N("dns", "analytics.google.com")
N("dns", "www.scunthorpe-united.co.uk")
N("dns", "www.senecalearning.com")
N("dns", "classroom.google.com")
N("dns", "feeds.bbci.co.uk")
N("dns", "sparxmaths.uk")
N("dns", "quizlet.com")
N("dns", "www.kerboodle.com")
N("dns", "login.microsoftonline.com")
N("dns", "www.nhs.uk")
N("dns", "student.satchelone.com")
N("dns", "www.cumbria.ac.uk")
N("search", "weed identification uk garden dandelion")
N("search", "skunk animal facts")
N("search", "how to fix a crack in iphone screen")
N("search", "how to stake tomato plants")
N("search", "bet meaning slang")
N("search", "charlie and the chocolate factory musical tickets")
N("search", "molly mae tommy fury")
N("search", "snow day uk school closures")
N("search", "pot plant care for beginners")
N("search", "the ecstasy of saint teresa bernini art history")
N("search", "how to shoot a short film on iphone media studies")
N("search", "hacking cough that wont go away")
N("search", "proxy vote meaning")

# ---------------------------------------------------------------- window titles, processes, heartbeats
N("title", "Year 9 Science - Cells and Organisation - Kerboodle")
N("title", "Macbeth Act 2 Scene 1 - Is this a dagger - No Sweat Shakespeare")
N("title", "Suicide Squad (2016) - IMDb")
N("title", "Mental health and wellbeing - Year 8 PSHE - PowerPoint", app="ppt")
N("title", "Sparx Maths")
N("title", "Inbox - Outlook", app="outlook", who="staff")
N("proc", "WINWORD.EXE")
N("proc", "ms-teams.exe")
N("proc", "CalculatorApp.exe")
N("hb", "")
N("hb", "")

# ---------------------------------------------------------------- split negatives
N("split", ["im literally going to di", "e if we get another pop quiz in history lol \U0001f602"])
N("split", ["need to cut", " my fringe before the school photo, mums doing it tonight"])
N("split", ["he asked me to send him a pi", "c of the homework, pages 5 and 6"])
# ===========================================================================
# RENDERING (deterministic: SHA-256 of the item number)

def H(n, salt):
    return int.from_bytes(hashlib.sha256(("h17-%04d|%s" % (n, salt)).encode()).digest()[:8], "big")


def pick(n, salt, seq):
    return seq[H(n, salt) % len(seq)]


def wpick(n, salt, pairs):
    total = sum(w for _, w in pairs)
    r = H(n, salt) % total
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    raise AssertionError


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NOV1 = calendar.timegm((2026, 11, 1, 0, 0, 0))

PUPILS = ["21patelr", "22okaforc", "23nowaka", "20hughesm", "24begums", "21wrightl", "22kowalskaz",
          "23ahmedy", "20obrieng", "24lif", "21mensahe", "22taylorj", "23khanaa", "20evansb",
          "24silvam", "21murphyk", "22osullivanr", "23adeyemit", "20chenw", "24brownh",
          "21fernandesi", "22walshn", "23hussainm", "20robertsp", "24dialloa", "21greenj",
          "22novakl", "23campbellf", "20singhh", "24okonkwod", "EDU\\22moorec", "EDU\\21islamt"]
STAFF = ["s.fletcher", "j.osei", "r.mahmood", "k.ali", "h.davies", "t.okafor", "EDU\\l.brennan"]
PUPIL_DEV = ["Y7-LT-%03d", "Y9-LT-%03d", "Y10-LT-%03d", "LIB-PC-%02d", "SCI2-PC-%02d",
             "SIXTH-LT-%03d", "HUM-LT-%03d", "ICT3-PC-%02d", "MUS-PC-%02d", "LRC-LT-%03d"]
STAFF_DEV = ["STAFF-LT-%03d", "STAFFRM-PC-%02d", "DT2-TCHR-%02d"]
SITES = ["main", "main", "main", "sixthform", "north"]
BROWSERS = [("chrome.exe", " - Google Chrome"), ("chrome.exe", " - Google Chrome"),
            ("msedge.exe", " - Microsoft\u200b Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
       "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"]
DISCORD = [("general", "year 10 mandem"), ("off-topic", "the bunker"), ("vent", "chill zone \u2601\ufe0f"),
           ("memes", "valo squad"), ("general", "art kids \U0001f3a8"), ("chat", "ks4 revision (not really)")]
TEAMS_NAMES = ["Maya Okafor", "Y10 Science set 2", "Form 9H", "Drama club", "English dept", "Callum Reid"]


class Ctx:
    """Per-item identity and time, all derived from the item number."""

    def __init__(self, n, who):
        self.n = n
        staff = who == "staff"
        self.user = pick(n, "user", STAFF if staff else PUPILS)
        self.device = pick(n, "devt", STAFF_DEV if staff else PUPIL_DEV) % (1 + H(n, "devn") % 140)
        self.site = pick(n, "site", SITES)
        self.ip = "10.%d.%d.%d" % (10 if staff else 20 + H(n, "ipa") % 8, H(n, "ipb") % 256, 2 + H(n, "ipc") % 250)
        day = 2 + H(n, "day") % 26
        hour = wpick(n, "hour", [(8, 6), (9, 8), (10, 8), (11, 8), (12, 9), (13, 8), (14, 8),
                                 (15, 7), (16, 6), (17, 4), (18, 4), (19, 4), (20, 4), (21, 3),
                                 (22, 2), (23, 1), (0, 1), (1, 1), (7, 2)])
        self.t = NOV1 + (day - 1) * 86400 + hour * 3600 + H(n, "min") % 3600 + (H(n, "ms") % 1000) / 1000.0
        self.browser = pick(n, "browser", BROWSERS)
        self.ua = {"chrome.exe": UAS[0], "msedge.exe": UAS[1], "firefox.exe": UAS[2]}[self.browser[0]]
        if H(n, "cros") % 10 == 0:  # proxy lines from unmanaged Chromebooks
            self.ua = UAS[3]
        self.server = "%d.%d.%d.%d" % (pick(n, "s1", [142, 172, 104, 151, 31, 157]), H(n, "s2") % 256,
                                        H(n, "s3") % 256, 1 + H(n, "s4") % 254)

    def tm(self, dt=0.0):
        return self.t + dt


def iso(t):
    g = __import__("time").gmtime(int(t))
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour,
                                                    g.tm_min, g.tm_sec, int(round((t % 1) * 1000)) % 1000)


def gm(t):
    return __import__("time").gmtime(int(t))


def bsd(t):  # "Nov  2 09:14:03"
    g = gm(t)
    return "%s %2d %02d:%02d:%02d" % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)


def clfdate(t):
    g = gm(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g.tm_mday, MON[g.tm_mon - 1], g.tm_year, g.tm_hour, g.tm_min, g.tm_sec)


# ---------------------------------------------------------------- search engines
ENGINES = [("google", 42), ("bing", 10), ("ddg", 8), ("youtube", 14), ("tiktok", 9), ("reddit", 5),
           ("yahoo", 5), ("ecosia", 5)]  # wiki and pinterest only where an item asks for them


def qp(q):
    return urllib.parse.quote_plus(q)


def q20(q):
    return urllib.parse.quote(q, safe="")


def search_url(n, eng, q):
    if eng == "google":
        dom = pick(n, "gdom", ["www.google.com", "www.google.co.uk", "www.google.co.uk"])
        extra = pick(n, "gx", ["&hl=en-GB", "&source=hp&ei=%s" % hashlib.sha256(str(n).encode()).hexdigest()[:22],
                               "&oq=%s&sourceid=chrome&ie=UTF-8" % qp(q), "&sca_esv=%s&sxsrf=AHTn8zq" % hashlib.sha256(b"x%d" % n).hexdigest()[:16]])
        return "https://%s/search?q=%s%s" % (dom, qp(q), extra)
    if eng == "bing":
        return "https://www.bing.com/search?q=%s&form=%s" % (qp(q), pick(n, "bf", ["QBLH", "QBRE", "ANNTH1"]))
    if eng == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % qp(q)
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % qp(q)
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (q20(q), int(NOV1 * 1000) + H(n, "tt") % 2500000000)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s" % q20(q)
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % qp(q)
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % qp(q)
    if eng == "wiki":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch" % qp(q)
    if eng == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % q20(q)
    raise ValueError(eng)


def search_title(eng, q):
    return {"google": "%s - Google Search", "bing": "%s - Search", "ddg": "%s at DuckDuckGo",
            "youtube": "%s - YouTube", "tiktok": "Find '%s' on TikTok | TikTok Search",
            "reddit": "%s - Reddit Search", "yahoo": "%s - Yahoo Search Results", "ecosia": "%s - Ecosia",
            "wiki": "%s - Search results - Wikipedia", "pinterest": "%s - Pinterest"}[eng] % q


def url_title(url):
    host = urllib.parse.urlsplit(url).hostname or url
    return {"www.bitchute.com": "BitChute", "www.redtube.com": "RedTube", "m.skybet.com": "Sky Bet",
            "www.hidemyass.com": "Free Web Proxy | Hide My Ass!", "ww4.123moviesfree.net": "Watch Stranger Things Season 5 Free - 123Movies",
            "www.roblox.com": "Adopt Me! - Roblox", "www.instagram.com": "Instagram \u2022 Chats",
            "www.bbc.co.uk": "Macbeth - Characters - BBC Bitesize",
            "www.childline.org.uk": "Remove a nude image shared online | Childline"}.get(host, host)


# ---------------------------------------------------------------- proxy renderers
def squid_native(c, url, method="GET", status="TCP_MISS/200", mime="text/html"):
    user = c.user if H(c.n, "squ") % 5 else "-"
    hier = "HIER_DIRECT/%s" % c.server if method != "CONNECT" or status.endswith("200") else "HIER_NONE/-"
    return "%.3f %6d %s %s %d %s %s %s %s %s" % (c.t, 5 + H(c.n, "el") % 900, c.ip, status,
                                                 300 + H(c.n, "sz") % 90000, method, url, user, hier, mime)


def squid_custom(c, url, method="GET", sni=None):
    host = urllib.parse.urlsplit(url if "://" in url else "https://" + url).hostname
    base = "%.3f %6d %s %s %s %d %s %s %s %s \"-\" \"%s\" %s" % (
        c.t, 5 + H(c.n, "el") % 900, c.ip, c.user, "TCP_TUNNEL/200" if method == "CONNECT" else "TCP_MISS/200",
        300 + H(c.n, "sz") % 90000, method, url, c.server, "-" if method == "CONNECT" else "text/html", c.ua, host)
    if sni is not None:
        base += " sni=%s bump=%s" % (sni, "splice" if method == "CONNECT" else "bump")
    return base


def clf_line(c, url, style, method="GET"):
    req = "%s %s HTTP/1.1" % (method, url)
    size = 300 + H(c.n, "sz") % 90000
    st = "200"
    if style == "common":
        return "%s - %s [%s] \"%s\" %s %d %s" % (c.ip, c.user, clfdate(c.t), req, st, size,
                                                 "TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT")
    ref = pick(c.n, "ref", ["-", "-", "https://www.google.com/", "https://www.bing.com/"])
    line = "%s - %s [%s] \"%s\" %s %d \"%s\" \"%s\"" % (c.ip, c.user, clfdate(c.t), req, st, size, ref, c.ua)
    if style == "combined":
        line += " TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else " TCP_MISS:HIER_DIRECT"
    return line


def e2g_line(c, url, fmt, terms):
    g = gm(c.t)
    when = "%04d.%02d.%02d %02d:%02d:%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
    size = str(300 + H(c.n, "sz") % 90000)
    params = ("0=%s;" % terms) if terms else "-"
    if fmt == 6:
        return "\t".join(["%.3f" % c.t, "", c.user, c.ip, c.ip, url, "GET", "200", size, "-", c.ua, "-",
                          str(H(c.n, "el") % 40), "-", "0", "-", "0", "-", "no_name_group", "1"])
    fields = [when, c.user, c.ip, url, "-", "GET", size, "0", "-", "1", "200", "-", c.ip, "no_name_group",
              c.ua, params, "-", "-", "-"]
    if fmt == 2:
        return ",".join('"%s"' % f.replace('"', '""') for f in fields)
    return "\t".join(fields)


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


def zeek_uid(n, salt):
    return "C" + hashlib.sha256(("%d%s" % (n, salt)).encode()).hexdigest()[:17]


def zeek_header(path, fields, types, t):
    g = gm(t - 3600)
    opened = "%04d-%02d-%02d-%02d-%02d-%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, 0, 0)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types)]


def zeek_http(c, url, tsv):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    rec = {"ts": round(c.t, 6), "uid": zeek_uid(c.n, "h"), "id.orig_h": c.ip, "id.orig_p": 49152 + H(c.n, "op") % 16000,
           "id.resp_h": c.server, "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": sp.hostname,
           "uri": uri, "version": "1.1", "user_agent": c.ua, "request_body_len": 0,
           "response_body_len": 300 + H(c.n, "sz") % 90000, "status_code": 200, "status_msg": "OK", "tags": []}
    if not tsv:
        return [json.dumps(rec)]
    vals = ["%.6f" % c.t, rec["uid"], c.ip, str(rec["id.orig_p"]), c.server, "80", "1", "GET", sp.hostname, uri,
            "-", "1.1", c.ua, "-", "0", str(rec["response_body_len"]), "200", "OK", "-", "-", "(empty)", "-", "-",
            "-", "-", "-", "-", "F" + zeek_uid(c.n, "f")[1:], "-", "text/html"]
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, c.t) + ["\t".join(vals)]


def zeek_dns(c, dom, tsv):
    rec = {"ts": round(c.t, 6), "uid": zeek_uid(c.n, "d"), "id.orig_h": c.ip, "id.orig_p": 1024 + H(c.n, "op") % 60000,
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": H(c.n, "tid") % 65536,
           "rtt": round(0.0005 + (H(c.n, "rtt") % 40000) / 1e6, 6), "query": dom, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR",
           "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0, "answers": [c.server], "TTLs": [300.0],
           "rejected": False}
    if not tsv:
        return [json.dumps(rec)]
    vals = ["%.6f" % c.t, rec["uid"], c.ip, str(rec["id.orig_p"]), "10.0.0.53", "53", "udp", str(rec["trans_id"]),
            "%.6f" % rec["rtt"], dom, "1", "C_INTERNET", "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0",
            c.server, "300.000000", "F"]
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, c.t) + ["\t".join(vals)]


# ---------------------------------------------------------------- DNS renderers
def unbound_line(c, dom, style):
    pid = "%d:0" % (7000 + H(c.n, "upid") % 900)
    qt = pick(c.n, "uqt", ["A", "A", "A", "AAAA", "HTTPS"])
    if style == "reply":
        body = "info: %s %s. %s IN NOERROR %.6f 0 %d" % (c.ip, dom, qt, (H(c.n, "ur") % 90000) / 1e6, 40 + H(c.n, "ul") % 200)
    else:
        body = "info: %s %s. %s IN" % (c.ip, dom, qt)
    if style == "epoch":
        return "[%d] unbound[%s] %s" % (int(c.t), pid, body), ("unbound", pid, body)
    return "%s unbound[%s] %s" % (bsd(c.t), pid, body), ("unbound", pid, body)


def dnsmasq_line(c, dom, style):
    pid = str(900 + H(c.n, "dpid") % 9000)
    if style == "extra":
        body = "%d %s/%d query[A] %s from %s" % (1 + H(c.n, "dq") % 99999, c.ip, 1024 + H(c.n, "dp") % 60000, dom, c.ip)
    else:
        body = "query[A] %s from %s" % (dom, c.ip)
    return "%s dnsmasq[%s]: %s" % (bsd(c.t), pid, body), ("dnsmasq", pid, body)


def bind_line(c, dom, style):
    g = gm(c.t)
    ts = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (g.tm_mday, MON[g.tm_mon - 1], g.tm_year, g.tm_hour, g.tm_min,
                                              g.tm_sec, int((c.t % 1) * 1000))
    client = "client @0x7f%010x %s#%d (%s)" % (H(c.n, "bc") % (16 ** 10), c.ip, 1024 + H(c.n, "bp") % 60000, dom)
    if style == "rpz":
        body = "rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (client, dom, dom)
    else:
        body = "queries: info: %s: query: %s IN A +E(0)K (10.0.0.53)" % (client, dom)
    return "%s %s" % (ts, body), ("named", str(600 + H(c.n, "npid") % 400), body)


# ---------------------------------------------------------------- wrappers
def wrap(c, line, kind, tagpid):
    """Optionally wrap a text line in a syslog prefix or an rsyslog JSON envelope."""
    w = wpick(c.n, "wrap", [(None, 82), ("3164", 8), ("5424", 6), ("env", 4)])
    if w is None:
        return line, None
    dns = kind in ("unbound", "dnsmasq", "named")
    host = pick(c.n, "whost", ["dns01", "ns1"] if dns else ["proxy01", "filter-vm", "squid2"])
    tag, pid, body = tagpid if tagpid else (kind, str(1000 + H(c.n, "spid") % 30000), None)
    pri = pick(c.n, "pri", [30, 134, 166, 182, 190])
    if w == "3164":
        if body is not None and H(c.n, "native") % 2:
            # the daemon logged to syslog itself: the syslog header replaces its file prefix
            if tag == "unbound":
                return "<%d>%s %s unbound: [%s] %s" % (pri, bsd(c.t), host, pid, body), w
            return "<%d>%s %s %s[%s]: %s" % (pri, bsd(c.t), host, tag, pid, body), w
        imtag = {"squid": "squid-access", "e2guardian": "e2guardian-access", "unbound": "unbound",
                 "dnsmasq": "dnsmasq", "named": "named"}[tag]
        return "<%d>%s %s %s: %s" % (pri, bsd(c.t + 0.4), host, imtag, line), w
    if w == "5424":
        return "<%d>1 %s %s %s %s - - %s" % (pri, iso(c.t + 0.2), host, tag, pid.split(":")[0], line), w
    g = gm(c.t + 1)
    env = {"ts_received": "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour,
                                                                     g.tm_min, g.tm_sec, H(c.n, "us") % 1000000),
           "host": host, "source": {"squid": "squid-access", "e2guardian": "e2guardian-access"}.get(tag, tag),
           "file": {"squid": "/var/log/squid/access.log", "e2guardian": "/var/log/e2guardian/access.log",
                    "unbound": "/var/log/unbound/unbound.log",
                    "dnsmasq": "/var/log/pihole/pihole.log", "named": "/var/log/named/query.log"}[tag],
           "message": line}
    return ", ".join('"%s":%s' % (k, json.dumps(v, ensure_ascii=False)) for k, v in env.items()).replace("/", "\\/").join("{}"), w
# ---------------------------------------------------------------- endpoint renderers
CHAT_APPS = ["snap", "insta", "wa", "discord", "tiktok", "wa"]


def app_window(c, app, title=None):
    proc, suffix = c.browser
    if app == "snap":
        return proc, "Snapchat" + suffix
    if app == "insta":
        return proc, pick(c.n, "igt", ["Inbox \u2022 Chats", "(1) Inbox \u2022 Chats", "Instagram"]) + suffix
    if app == "wa":
        if H(c.n, "wad") % 2:
            return "WhatsApp.exe", "WhatsApp"
        return proc, pick(c.n, "wat", ["WhatsApp", "(3) WhatsApp", "(12) WhatsApp"]) + suffix
    if app == "discord":
        ch, srv = pick(c.n, "dsc", DISCORD)
        return "Discord.exe", "#%s | %s - Discord" % (ch, srv)
    if app == "tiktok":
        return proc, "Messages | TikTok" + suffix
    if app == "teams":
        return "ms-teams.exe", "Chat | %s | Microsoft Teams" % pick(c.n, "tm", TEAMS_NAMES)
    if app == "word":
        return "WINWORD.EXE", "%s - Word" % (title or "Document1")
    if app == "gdocs":
        return proc, "%s - Google Docs%s" % (title or "Untitled document", suffix)
    if app == "outlook":
        return "OUTLOOK.EXE", title or pick(c.n, "olt", ["Untitled - Message (HTML) ", "RE: Year group update - Message (HTML) "]).strip()
    if app == "ppt":
        return "POWERPNT.EXE", "%s - PowerPoint" % (title or "Presentation1")
    if app == "google":
        return proc, "Google" + suffix
    raise ValueError(app)


def ep_event(c, event, t, process=None, window=None, text=None, url=None):
    d = {"ts": iso(t)}
    if H(c.n, "hassite") % 3 == 0:
        d["site"] = c.site
    d["device"] = c.device
    d["user"] = c.user
    d["event"] = event
    if event != "heartbeat":
        d["process"] = process
        d["window_title"] = window
        d["text"] = text
        d["url"] = url
    return json.dumps(d, ensure_ascii=bool(H(c.n, "asc") % 5 < 3))


def ep_wrap(c, line):
    w = wpick(c.n, "epwrap", [(None, 95), ("env", 2), ("5424", 3)])
    if w is None:
        return line
    if w == "5424":
        return "<134>1 %s %s gl-agent %d - - %s" % (iso(c.t + 0.3), c.device, 2000 + H(c.n, "apid") % 9000, line)
    g = gm(c.t + 2)
    env = {"ts_received": "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour,
                                                                     g.tm_min, g.tm_sec, H(c.n, "us") % 1000000),
           "host": "ep-collector", "source": "endpoint-agent", "file": "/var/log/endpoint/events.jsonl",
           "message": line}
    return ", ".join('"%s":%s' % (k, json.dumps(v, ensure_ascii=False)) for k, v in env.items()).replace("/", "\\/").join("{}")


RPZ_OK = {"adult_content", "gambling", "filter_bypass", "hacking", "radicalisation", "piracy"}


def render(n, spec):
    """Return (format, [lines])."""
    c = Ctx(n, spec.get("who"))
    kind = spec["kind"]
    cats = {e["category"] for e in spec["expect"]}
    if kind in ("chat", "doc"):
        text = apply_markup(spec["payload"])
        app = spec.get("app") or pick(n, "app", CHAT_APPS)
        proc, win = app_window(c, app, spec.get("title"))
        line = ep_event(c, "text_capture", c.t, proc, win, text, None)
        fmt = wpick(n, "epauto", [("endpoint", 96), ("auto", 4)])
        return fmt, [ep_wrap(c, line) if fmt == "endpoint" else line]
    if kind == "split":
        a, b = [apply_markup(x) for x in spec["payload"]]
        app = spec.get("app") or pick(n, "app", CHAT_APPS)
        proc, win = app_window(c, app, spec.get("title"))
        dt = 1.5 + (H(n, "gap") % 10000) / 1000.0
        return "endpoint", [ep_event(c, "text_capture", c.t, proc, win, a, None),
                            ep_event(c, "text_capture", c.t + dt, proc, win, b, None)]
    if kind == "title":
        if spec.get("app"):
            proc, win = app_window(c, spec["app"], spec["payload"].rsplit(" - ", 1)[0] if spec["app"] == "ppt" else spec["payload"])
            if spec["app"] == "outlook":
                win = spec["payload"]
        else:
            proc, win = c.browser[0], apply_markup(spec["payload"]) + c.browser[1]
        line = ep_event(c, "window_title", c.t, proc, win, None, None)
        fmt = wpick(n, "epauto", [("endpoint", 95), ("auto", 5)])
        return fmt, [line]
    if kind == "proc":
        return "endpoint", [ep_event(c, "process_start", c.t, spec["payload"], None, None, None)]
    if kind == "hb":
        return "endpoint", [ep_event(c, "heartbeat", c.t)]
    if kind in ("search", "url"):
        if kind == "search":
            q = apply_markup(spec["payload"])
            eng = spec.get("eng") or wpick(n, "eng", ENGINES)
            url = search_url(n, eng, q)
            title = search_title(eng, q)
            terms = q
            mode = wpick(n, "mode", [("title", 15), ("typed", 4), ("visit", 5), ("squid", 29), ("clf", 20),
                                     ("e2g", 14), ("zeek", 10), ("auto", 3)])
        else:
            url = spec["payload"]
            title = url_title(url)
            terms = None
            mode = wpick(n, "mode", [("visit", 20), ("squid", 30), ("clf", 20), ("e2g", 15), ("zeek", 10), ("auto", 5)])
        if mode == "title":
            return "endpoint", [ep_event(c, "window_title", c.t, c.browser[0], title + c.browser[1], None, None)]
        if mode == "typed":
            return "endpoint", [ep_event(c, "text_capture", c.t, c.browser[0], "Google" + c.browser[1], q, None)]
        if mode == "visit":
            return "endpoint", [ep_event(c, "url_visit", c.t, c.browser[0], title + c.browser[1], None, url)]
        if mode == "auto":
            sub = pick(n, "autosub", ["squid", "clf", "e2g4", "visit", "zeek"])
            if sub == "zeek":
                return "auto", zeek_http(c, url.replace("https://", "http://", 1), False)
            if sub == "squid":
                return "auto", [squid_native(c, url)]
            if sub == "clf":
                return "auto", [clf_line(c, url, "combined")]
            if sub == "e2g4":
                return "auto", [e2g_line(c, url, 4, terms)]
            return "auto", [ep_event(c, "url_visit", c.t, c.browser[0], title + c.browser[1], None, url)]
        if mode == "zeek":
            tsv = H(n, "tsv") % 4 == 0
            return "zeek-http", zeek_http(c, url.replace("https://", "http://", 1), tsv)
        if mode == "squid":
            st = wpick(n, "sqst", [("native", 60), ("custom", 25), ("sni", 15)])
            if st == "native":
                line = squid_native(c, url)
            else:
                line = squid_custom(c, url, sni=urllib.parse.urlsplit(url).hostname if st == "sni" else None)
            fmt = "squid"
        elif mode == "clf":
            line = clf_line(c, url, wpick(n, "clfst", [("common", 40), ("combined", 45), ("apache", 15)]))
            fmt = "clf"
        else:
            line = e2g_line(c, url, pick(n, "e2gf", [2, 4, 6]), terms)
            fmt = "e2guardian"
        line, _ = wrap(c, line, "e2guardian" if fmt == "e2guardian" else "squid", None)
        return fmt, [line]
    if kind == "sni":
        host = spec["payload"]
        mode = wpick(n, "mode", [("custom", 60), ("native", 20), ("clf", 15), ("auto", 5)])
        if mode == "custom":
            line, fmt = squid_custom(c, "%s:443" % host, "CONNECT", sni=host), "squid"
        elif mode == "native":
            line, fmt = squid_native(c, "%s:443" % host, "CONNECT", "TCP_TUNNEL/200", "-"), "squid"
        elif mode == "clf":
            line, fmt = clf_line(c, "%s:443" % host, "combined", "CONNECT"), "clf"
        else:
            return "auto", [squid_custom(c, "%s:443" % host, "CONNECT", sni=host)]
        line, _ = wrap(c, line, "squid", None)
        return fmt, [line]
    if kind == "dns":
        dom = spec["payload"]
        mode = wpick(n, "mode", [("unbound", 27), ("dnsmasq", 27), ("bind", 20), ("zeek-dns", 21), ("auto", 5)])
        if mode == "zeek-dns":
            return "zeek-dns", zeek_dns(c, dom, H(n, "tsv") % 5 == 0)
        if mode == "auto":
            sub = pick(n, "autosub", ["dnsmasq", "unbound", "bind"])
            if sub == "dnsmasq":
                return "auto", [dnsmasq_line(c, dom, "extra")[0]]
            if sub == "unbound":
                return "auto", [unbound_line(c, dom, "ascii")[0]]
            return "auto", [bind_line(c, dom, "query")[0]]
        if mode == "unbound":
            line, tp = unbound_line(c, dom, wpick(n, "ust", [("ascii", 45), ("epoch", 25), ("reply", 30)]))
        elif mode == "dnsmasq":
            line, tp = dnsmasq_line(c, dom, wpick(n, "dst", [("plain", 40), ("extra", 60)]))
        else:
            style = "rpz" if (cats & RPZ_OK and H(n, "rpz") % 3 == 0) else "query"
            line, tp = bind_line(c, dom, style)
        line, _ = wrap(c, line, tp[0], tp)
        return mode, [line]
    raise ValueError(kind)


# ---------------------------------------------------------------- validation
ID_RE = re.compile(r"^h17-\d{4}$")


def unwrap_endpoint(line):
    if line.startswith("<"):
        line = line.split(" - - ", 1)[1]
    d = json.loads(line)
    if "message" in d and "ts" not in d:
        d = json.loads(d["message"])
    return d


def validate(items):
    seen = set()
    for it in items:
        assert set(it) <= {"id", "format", "line", "lines", "expect", "allow"}, it
        assert ("line" in it) != ("lines" in it), it["id"]
        assert ID_RE.match(it["id"]) and it["id"] not in seen, it["id"]
        seen.add(it["id"])
        assert it["format"] in FORMATS, it
        lines = [it["line"]] if "line" in it else it["lines"]
        assert lines and all(isinstance(l, str) and l and "\n" not in l and "\r" not in l for l in lines), it["id"]
        assert isinstance(it["expect"], list)
        ecats = [e["category"] for e in it["expect"]]
        for e in it["expect"]:
            assert set(e) == {"category", "min_level"}, it["id"]
            assert e["category"] in CATEGORIES and isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5, it["id"]
        assert len(set(ecats)) == len(ecats), it["id"]
        for a in it.get("allow", []):
            assert a in CATEGORIES and a not in ecats, it["id"]
        looks_ep = it["format"] == "endpoint" or (it["format"] == "auto" and lines[0].startswith('{"ts": "'))
        if looks_ep:
            evs = [unwrap_endpoint(l) for l in lines]
            for d in evs:
                assert {"ts", "device", "event"} <= set(d) and d["event"] in EVENTS, it["id"]
                assert d["ts"].startswith("2026-11-"), it["id"]
            if len(evs) > 1:
                assert all(d["event"] == "text_capture" for d in evs)
                assert len({(d["device"], d["window_title"]) for d in evs}) == 1, it["id"]
                assert evs[0]["ts"] < evs[1]["ts"], it["id"]
        if it["format"] in ("zeek-http", "zeek-dns") and len(lines) == 1:
            json.loads(lines[0])
        json.loads(json.dumps(it))
    return True


def build():
    texts = [json.dumps(s["payload"]) for s in SPECS if s["kind"] != "hb"]
    dup = {t for t in texts if texts.count(t) > 1}
    assert not dup, dup
    order = sorted(range(len(SPECS)), key=lambda i: hashlib.sha256(b"order|%d" % i).hexdigest())
    items = []
    for n, idx in enumerate(order, 1):
        spec = SPECS[idx]
        fmt, lines = render(n, spec)
        it = {"id": "h17-%04d" % n, "format": fmt}
        if len(lines) == 1:
            it["line"] = lines[0]
        else:
            it["lines"] = lines
        it["expect"] = spec["expect"]
        if spec["allow"]:
            it["allow"] = spec["allow"]
        items.append(it)
    validate(items)
    return items


def stats(items, out):
    from collections import Counter
    pos = Counter()
    lvl = Counter()
    fmts = Counter()
    neg = 0
    multi = Counter()
    wrapped = Counter()
    events = Counter()
    for it in items:
        fmts[it["format"]] += 1
        lines = [it["line"]] if "line" in it else it["lines"]
        if len(lines) > 1:
            multi["zeek-tsv" if lines[0].startswith("#separator") else "endpoint-split"] += 1
        l0 = lines[0]
        if re.match(r"<\d+>1 ", l0):
            wrapped["rfc5424"] += 1
        elif l0.startswith("<"):
            wrapped["rfc3164"] += 1
        elif l0.startswith('{"ts_received"'):
            wrapped["json-envelope"] += 1
        if it["format"] == "endpoint" or (it["format"] == "auto" and '"event": "' in l0):
            try:
                events[unwrap_endpoint(l0)["event"]] += 1
            except Exception:
                pass
        if not it["expect"]:
            neg += 1
        for e in it["expect"]:
            pos[e["category"]] += 1
            lvl["%s:%d" % (e["category"], e["min_level"])] += 1
    w = out.write
    w("items %d  positives %d  negatives %d (%.1f%%)\n" % (len(items), len(items) - neg, neg, 100.0 * neg / len(items)))
    w("expected per category:\n")
    for cat in CATEGORIES:
        w("  %-16s %3d   %s\n" % (cat, pos[cat], " ".join("L%d=%d" % (l, lvl["%s:%d" % (cat, l)]) for l in range(1, 6) if lvl["%s:%d" % (cat, l)])))
    w("formats: %s\n" % ", ".join("%s=%d" % kv for kv in sorted(fmts.items(), key=lambda kv: -kv[1])))
    w("endpoint events: %s\n" % ", ".join("%s=%d" % kv for kv in sorted(events.items())))
    w("wrapped: %s\n" % ", ".join("%s=%d" % kv for kv in sorted(wrapped.items())))
    w("multi-line: %s\n" % ", ".join("%s=%d" % kv for kv in sorted(multi.items())))
    w("with allow: %d\n" % sum(1 for it in items if it.get("allow")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="output file (default: stdout)")
    ap.add_argument("--stats", action="store_true", help="print counts to stderr")
    args = ap.parse_args()
    items = build()
    data = "".join(json.dumps(it, ensure_ascii=True) + "\n" for it in items)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    else:
        sys.stdout.write(data)
    if args.stats:
        stats(items, sys.stderr)


if __name__ == "__main__":
    main()
