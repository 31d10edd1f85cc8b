#!/usr/bin/env python3
"""Build heldout10.jsonl: an independent, hand-written, labelled evaluation corpus.

Perspective: the online-safety lead of a large UK training provider and adult-education
service (16-19 study programmes, apprentices in construction, hair and beauty, motor
vehicle, IT, health and social care, childcare, public/uniformed services and security
guarding, adult and ESOL learners, and staff). Every text below was written by hand for this
corpus; log-line shapes follow the real samples in ../shared/samples/.

Output format: CONTRACTS.md section 4 (one JSON object per line: id, format, line or lines,
expect, optional allow). Formats and categories come from sections 2 and 3 only.

Determinism: standard library only. Every "random" choice (order, format, time stamp, user,
device, IP, user agent, ...) is derived from a SHA-256 of the item number, so rerunning the
script gives identical bytes. The file is written to a temporary name and renamed at the end.

Usage: python3 build_heldout10.py [--stats]   (--stats prints counts to stderr)

Labelling policy (applied consistently)
---------------------------------------
* An item is positive only if a DSL would want to hear about it. Vocabulary alone never makes
  a positive: coursework, training, professional work, news reading, jargon, banter, fiction
  and quoted training scenarios are hard negatives (expect []).
* Help-seeking:
  - Looking up support without disclosing any risk (helpline numbers, "how to support a friend
    who self harms", a learner signposting a friend to SHOUT/Samaritans/student services
    without restating what the friend did or plans) is NEGATIVE: it is protective behaviour,
    and alerting on it would bury DSLs in noise and discourage learners from seeking help.
  - Help-seeking that discloses current risk to the writer ("how do I stop thinking about
    hurting myself", "reasons to stay alive when you feel like a burden") is POSITIVE in the
    risk's category at the level the disclosure deserves.
  - Third-person concern that names or describes a specific person at current risk ("my mate
    keeps saying he'll jump after his court date", "my cousin's 16 and her boyfriend is 28")
    is POSITIVE in the risk's category, at the level the same facts would earn first-hand
    (level 5 when a plan with a time/place/means is stated).
  - Victims searching about what is happening to them (sextortion, bullying, workplace abuse,
    domestic abuse) are POSITIVE in the category of the harm.
* Levels (min_level), from section 3 of CONTRACTS.md:
  - suicide: 5 for a plan, method/means search, lethal-dose search, goodbye/note, attempt;
    4 for ideation or hopelessness with a death wish but no method or plan.
  - self_harm (eating disorders included): 4; 5 only for an active serious injury or a
    dangerous ingestion happening now.
  - radicalisation: 3 for symbol/merchandise/music interest; 4 for seeking propaganda,
    proscribed-group material, recruitment, travel, glorifying attackers, incitement;
    5 for attack planning (target, time, means).
  - grooming/sexual exploitation (incl. of young and vulnerable adults, county lines
    recruitment, sextortion): 4 for signs; 5 for an arranged meeting or a sextortion threat
    with a deadline.
  - bullying 3 (workplace bullying and hazing of apprentices included); discrimination 3.
  - violence: 3 for fight videos and low-level weapons interest; 4 for weapons acquisition,
    serious threats, abuse disclosures; 5 for a plan to harm a specific person/place, or a
    high-risk domestic abuse disclosure (strangulation with a threat to kill).
  - adult_content 3, drugs 3, gambling 2, filter_bypass 2, hacking 2 (tools) or 3 (targeting
    a person's account or the provider's systems), piracy 1, gaming 1, social_media 1.
  - illegal_content: 5 for seeking child sexual abuse material; 4 for terrorist attack videos
    and intimate-image abuse; 3 for forged documents, counterfeit money and carding.
* "allow" lists neighbouring categories a reasonable detector may also report (e.g.
  suicide/self_harm, radicalisation/discrimination/violence, grooming/adult_content).
  Where two categories clearly both apply, both are expected.
"""

import datetime
import hashlib
import json
import os
import sys
import urllib.parse

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
DEEP = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
        "discrimination", "violence"]

# --------------------------------------------------------------------------------------
# disguises
# --------------------------------------------------------------------------------------
_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
        "h": "\u04bb"}
_GRK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "v": "\u03bd", "k": "\u03ba",
        "u": "\u03c5", "p": "\u03c1"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0"}
_LEET_HEAVY = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def cyr(s):
    """Every Latin letter with a Cyrillic look-alike is swapped."""
    return "".join(_CYR.get(c, c) for c in s)


def cyr_some(s):
    """Every other swappable letter becomes Cyrillic (the usual, lazier evasion)."""
    out, k = [], 0
    for c in s:
        if c in _CYR:
            out.append(_CYR[c] if k % 2 == 0 else c)
            k += 1
        else:
            out.append(c)
    return "".join(out)


def greek(s):
    return "".join(_GRK.get(c, c) for c in s)


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def zw(s, mark="\u200b"):
    """Insert an invisible character inside every word of four or more letters."""
    words = []
    for w in s.split(" "):
        if len(w) >= 4:
            w = "".join(ch + (mark if i % 2 == 1 and i < len(w) - 1 else "")
                        for i, ch in enumerate(w))
        words.append(w)
    return " ".join(words)


def leet(s, heavy=False):
    m = _LEET_HEAVY if heavy else _LEET
    return "".join(m.get(c, c) for c in s)


def spaced(s):
    return " ".join(c for c in s if c != " ")


def dotted(s):
    return " ".join(".".join(w) for w in s.split(" "))


# --------------------------------------------------------------------------------------
# item declarations
# --------------------------------------------------------------------------------------
ITEMS = []


def _exp(spec):
    out = []
    for part in [p for p in spec.split(",") if p.strip()]:
        cat, lvl = part.strip().split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def _allow(spec):
    return [a.strip() for a in spec.split(",") if a.strip()]


def _add(kind, exp, allow, ctx, **kw):
    ITEMS.append(dict(kind=kind, expect=_exp(exp), allow=_allow(allow), ctx=ctx, **kw))


def Q(text, exp="", allow="", ctx="gen", eng=None, fmt=None, wrap=None, enc=None,
      redirect=False):
    """A search query: rendered as a proxy log line, a browser window title or a URL visit."""
    _add("q", exp, allow, ctx, text=text, eng=eng, fmt=fmt, wrap=wrap, enc=enc,
         redirect=redirect)


def M(text, exp="", allow="", ctx="gen", app=None, fmt=None, wrap=None):
    """Typed or pasted text: an endpoint text_capture event."""
    _add("m", exp, allow, ctx, text=text, app=app, fmt=fmt, wrap=wrap)


def SPLIT(a, b, exp="", allow="", ctx="gen", app=None):
    """Two text_capture fragments of one stream, a few seconds apart."""
    _add("split", exp, allow, ctx, parts=(a, b), app=app)


def D(domain, exp="", allow="", ctx="gen", fmt=None, wrap=None):
    """A domain look-up or TLS tunnel: DNS logs, CONNECT lines, SNI, URL visits."""
    _add("d", exp, allow, ctx, domain=domain, fmt=fmt, wrap=wrap)


def U(url, exp="", allow="", ctx="gen", fmt=None, title=None, wrap=None):
    """A full URL that is not a search."""
    _add("u", exp, allow, ctx, url=url, fmt=fmt, title=title, wrap=wrap)


def W(title, exp="", allow="", ctx="gen", process=None):
    """A window_title event."""
    _add("w", exp, allow, ctx, title=title, process=process)


def P(process, title, exp="", allow="", ctx="gen"):
    """A process_start event."""
    _add("p", exp, allow, ctx, process=process, title=title)


def HEARTBEAT(ctx="gen"):
    _add("hb", "", "", ctx)


# ======================================================================================
# POSITIVES
# ======================================================================================

# ---- suicide -------------------------------------------------------------------------
M("honestly can't see the point anymore. everyone would be better off without me. been "
  "reading up how many paracetamol it takes and there's 2 boxes in the bathroom cupboard",
  "suicide:5", "self_harm", app="wa_web")
Q("how many sertraline tablets to not wake up", "suicide:5", "self_harm", eng="google_uk")
Q("is jumping from 10 floors instant", "suicide:5", eng="bing")
M("gaffer was on my back all day again about the snagging, whatever. tbh mate i'm done with "
  "all of it, gonna sort it saturday when mum's at my aunties, already took a length of rope "
  "off site. anyway can u cover my shift friday or not", "suicide:5", "self_harm",
  ctx="con", app="wa_desk")
SPLIT("i don't want to be al", "ive anymore tbh, whats the point", "suicide:4", ctx="gen",
      app="snap")
M("I am very tired from my life here. no papers, no family, no work. Some night I think is "
  "better I am not living anymore, I think to finish my life", "suicide:4", "self_harm",
  ctx="esol", app="wa_web")
Q(leet("how to kill myself without pain"), "suicide:5", eng="ddg")
Q("how to write a goodbye note so my mum knows it wasnt her fault", "suicide:5",
  eng="google")
M("if i don't reply tomorrow it's cos i went through with it. love you sis, sorry for "
  "everything xx", "suicide:5", app="msgr")
Q("ways to unalive urself that look like an accident", "suicide:5", eng="tiktok")
M("kms fr, nothing ever gets better it just gets worse every year", "suicide:4",
  app="discord")
Q(cyr_some("painless way to die in your sleep"), "suicide:5", eng="ddg")
M("my mate kyle keeps saying he's gonna jump off the flyover after his court date thursday "
  "and i don't think he's joking this time. what do i even do??", "suicide:5", ctx="mv")
M("my gf said she wishes she wasn't here anymore and she's been giving all her stuff away "
  "to her little sister, is that bad", "suicide:4", app="snap")
Q("how long with a hose from the exhaust into the car", "suicide:5", ctx="mv",
  eng="google_uk")
M("Sorry, I won't make the curriculum meeting. I can't keep doing this - Ofsted, the "
  "marking, the divorce. I've written letters for the kids and I've saved enough of my "
  "tablets. Please don't ring me.", "suicide:5", ctx="staff", app="outlook")
Q(zw("best way to end it all"), "suicide:5", eng="youtube")
Q(fw("no reason to live anymore"), "suicide:4", eng="google")
M("i just wanna diiiieeee everything is so shit and nobody would even notice", "suicide:4",
  app="wa_web")
M("if i fail the resit i'm gonna k*ll myself, and not even joking this time, i've thought "
  "about how", "suicide:4", "self_harm", app="discord")
W("reasons to stay alive when you feel like a burden to everyone - Google Search - Google "
  "Chrome", "suicide:4")
M("Dear Sarah, sorry I missed Tuesday. To be honest things have got very dark at home, I've "
  "been saving up my tablets and I don't think I'll be around for the next assessment. Thank "
  "you for always being kind to me.", "suicide:5", "self_harm", ctx="adult", app="gmail")
M("lol did u see sir lose it at kai in maths. anyway not being funny but i've been thinking "
  "about ending things for a while now, like properly, i stare at the train tracks every day "
  "on the way home. btw are u coming to the thing on friday", "suicide:4")
SPLIT("the bridge by the ring road is high enough, i che",
      "cked tonight after work. it'll be quick", "suicide:5", ctx="app", app="wa_web")

# ---- self_harm (including eating disorders) -------------------------------------------
M("burnt myself with the straighteners on purpose again last night, had to wear long "
  "sleeves at the salon so nobody sees", "self_harm:4", ctx="hb", app="wa_web")
M("cut way too deep this time and it won't stop bleeding, been like 20 mins, don't tell "
  "anyone pls", "self_harm:5", "suicide", app="snap")
Q("how to get the blade out of a pencil sharpener", "self_harm:4", eng="youtube")
M("i relapsed :( 4 months clean from sh and i did it again last night, my arm's a mess",
  "self_harm:4", app="discord")
M("my mate on level 2 has loads of fresh cuts up her arm and she made me promise not to "
  "tell anyone", "self_harm:4", app="wa_web")
Q("self harm discord server invite", "self_harm:4", eng="reddit")
SPLIT("i keep hur", "ting myself when he shouts at me", "self_harm:4", "violence")
M("i punch the wall til my knuckles bleed cos it's the only thing that shuts my head up",
  "self_harm:4", app="snap")
Q(spaced("self harm") + " without leaving marks", "self_harm:4", eng="bing")
M("when I am stress I scratch my arms until blood come, I can not stop it, my husband does "
  "not know", "self_harm:4", ctx="esol", app="msgr")
Q(cyr("razor blade") + " cutting first time tips", "self_harm:4", eng="google")
M("swallowed some bleach earlier just to feel something lol, throat's burning now",
  "self_harm:5", "suicide", app="insta")
W("self harm aesthetic quotes - Pinterest - Google Chrome", "self_harm:4")
M("hey, thanks for covering reception for me today, manager didn't notice. i had to go to "
  "the toilets cos i'd started again with the scissors and was bleeding through my tights. "
  "anyway the rota for next week is up, i'm on lates", "self_harm:4", ctx="hb",
  app="wa_web")
Q("how to stop thinking about hurting myself", "self_harm:4", eng="google_uk")
Q(leet("how to cut without scars"), "self_harm:4", eng="tiktok")
M("been h*rting myself again, the old scars opened back up", "self_harm:4", app="wa_web")
Q("thinspo tips how to stay under 500 cals a day", "self_harm:4", eng="pinterest")
Q("pro ana coach kik", "self_harm:4", "grooming", eng="google")
M("only had a black coffee today and it's 3pm. if i can get through to tomorrow without "
  "eating i'll hit my goal weight, then the next one", "self_harm:4", app="wa_web")
Q("how to throw up quietly after eating at work", "self_harm:4", ctx="app", eng="google")
M("meanspo pls. tell me how fat i look so i don't eat tonight", "self_harm:4", app="insta")
Q("how to hide not eating from mum and dad", "self_harm:4", eng="tiktok")
M("skipped lunch 5 days straight, can see my collarbones again. don't tell the others",
  "self_harm:4", ctx="hb", app="snap")
Q(fw("bonespo"), "self_harm:4", eng="tiktok")

# ---- radicalisation ---------------------------------------------------------------------
Q("national action how to join uk", "radicalisation:4", "discrimination", eng="google")
M("the great replacement is real bro, look at the numbers, it's being done on purpose and "
  "none of them in parliament will stop it. only way anything changes is if we do something "
  "ourselves", "radicalisation:4", "discrimination,violence", app="discord")
Q(dotted("atomwaffen") + " telegram channel", "radicalisation:4", eng="ddg")
Q("feuerkrieg division uk join", "radicalisation:4", eng="google")
Q(leet("14 words and 88 meaning"), "radicalisation:3", "discrimination", eng="google")
M("got the manifesto from the nz guy, read it twice, he was right about everything tbh. "
  "saint tarrant", "radicalisation:4", "violence,discrimination,illegal_content",
  app="discord")
Q("how to travel to syria to join the brothers", "radicalisation:4", eng="google_uk")
M("brother, the kuffar will never accept you here, hijrah is obligatory on you. I'll send "
  "you the nasheeds and the talks on telegram, delete them after you listen",
  "radicalisation:4", "grooming", app="wa_web")
Q("anwar al awlaki lectures full mp3", "radicalisation:4", eng="youtube", fmt="squid",
  redirect=True)
Q("dabiq magazine all issues pdf", "radicalisation:4", "illegal_content", eng="ddg")
Q("rumiyah just terror tactics vehicle", "radicalisation:4", "violence", eng="google")
M("we're doing that asylum hotel on the retail park saturday night, lads are up for it. "
  "bring petrol and cover your faces", "radicalisation:5", "violence,discrimination",
  ctx="con", app="wa_desk")
Q("black sun sonnenrad hoodie buy", "radicalisation:3", "discrimination", eng="google")
Q("ss totenkopf patch for sale", "radicalisation:3", "discrimination", eng="bing")
M("the jews run the banks and the media, it's all in the protocols, read it before they "
  "ban it", "discrimination:3,radicalisation:3", app="discord")
Q(cyr_some("al qassam brigades recruitment video"), "radicalisation:4", "violence",
  eng="youtube")
Q("where to buy hezbollah flag for the march", "radicalisation:4", eng="google")
M("honestly after what happened at the weekend they should all be sent back or worse. "
  "someone needs to start hitting back properly, marching does nothing",
  "radicalisation:4", "discrimination,violence", ctx="ps", app="teams")
Q("elliot rodger supreme gentleman saint", "radicalisation:4", "violence,discrimination",
  eng="reddit")
M("send us the buffalo stream vid, the one with the helmet cam, want it for the group chat",
  "radicalisation:4", "violence,illegal_content", app="snap")
Q("is it fard to make hijrah to the islamic state", "radicalisation:4", eng="google")
Q("terrorgram hard reset pdf", "radicalisation:4", "illegal_content", eng="ddg")
W("Blood & Honour - gigs 2026 - Mozilla Firefox", "radicalisation:3", "discrimination",
  process="firefox.exe")
M("that christchurch guy had the right idea. we need one here, friday prayers, i know "
  "which one and when it's busiest", "radicalisation:5", "violence,discrimination",
  app="discord")
M("Does anyone have the notes for unit 4? Also been added to a telegram group by some lads "
  "from the gym, they say it's time for the white race to wake up and they're setting up "
  "training camps in the woods, airsoft and that, they asked if I want in. Might be a "
  "laugh. Anyway what time is the resit", "radicalisation:4", "discrimination",
  ctx="ps", app="forum")

# ---- grooming and sexual exploitation -----------------------------------------------------
M("you're really mature for 16 you know. don't tell your mum we talk tho, she wouldn't get "
  "it", "grooming:4", app="insta")
M("I'll put \u00a350 on your card if you send a couple more. the ones I asked for, not the "
  "ones with your top on", "grooming:4", "adult_content", app="insta")
M("ok so saturday 2pm outside greggs by the bus station, come on ur own and don't tell ur "
  "nan where ur going, i'll drive us somewhere nice", "grooming:5", app="snap")
Q("someone threatening to send my pics to my family unless i pay what do i do",
  "grooming:4", "illegal_content", eng="google")
M("man from instagram want money or he send my photos to all my friends and my husband, I "
  "am very scared what I do", "grooming:4", "illegal_content", ctx="esol", app="wa_web")
M("easy money bro, 500 a week. just get the train to the coast with a bag and stay in a "
  "flat for a few days. don't tell ur mum, say ur at mine. i'll sort u the new trainers",
  "grooming:4", "drugs", app="snap")
M("u owe me now for the phone and the weed. so either u run for me or u sort my boys out, "
  "u know what i mean", "grooming:4", "drugs,violence", app="wa_web")
M("you're my girlfriend now so you do what I say. come to my flat after college today and "
  "bring your bank card, don't tell your support worker", "grooming:5", ctx="adult",
  app="msgr")
M("delete this chat after ok, I could lose my job if anyone saw. you're special, not like "
  "the other apprentices. this stays between me and you x", "grooming:4", ctx="app",
  app="wa_web")
M("Don't mention to anyone that I gave you my personal number. Message me on WhatsApp from "
  "now on rather than Teams, easier x", "grooming:4", app="teams")
Q("is it normal for my 25 year old boyfriend to ask for pics im 15", "grooming:4",
  eng="google")
M("i'll give u 5000 robux if u turn ur cam on and do what i say, just us no one else has to "
  "know", "grooming:4", "gaming", app="discord")
M("wats ur age? u in year 11 or college? no worries im only 23, age is just a number "
  "anyway", "grooming:4", app="insta")
SPLIT("send me one with no", "thing on and ill send u the money tonight", "grooming:4",
      "adult_content", app="snap")
M("my cousin's 16 and her 'boyfriend' is like 28, picks her up from college in a bmw. she's "
  "got new nails and a new phone every week and says she has to 'pay him back' by going to "
  "parties with his mates", "grooming:4", app="wa_web")
M("meet me at the travelodge by junction 9 tonight 9pm. room's booked under my name, wear "
  "the dress I bought you", "grooming:5", app="wa_web")
M("if you don't send another vid by 10 tonight i'm sending the first one to your whole "
  "college and your tutor. tick tock", "grooming:5", "illegal_content", app="insta")
Q(leet("how to talk to a 14 year old girl online"), "grooming:4", eng="google")
M("the man from the car wash say he give me job and room but I must do favour for his "
  "friends at night. he keep my passport", "grooming:4", "illegal_content", ctx="esol",
  app="wa_web")
Q(zw("apps where adults can chat to teens privately"), "grooming:4", eng="google")
M("use vanish mode when we talk and turn off your snap map. trust me it's for your own "
  "good, people wouldn't understand us", "grooming:4", app="insta")
W("omegle alternatives to talk to teens - Google Search - Google Chrome", "grooming:4")
Q(cyr_some("how to get a girl to send nudes"), "grooming:4", "adult_content", eng="tiktok")
M("Thanks for the lift home yesterday and the McDonald's. Also the guy at the garage, Dean, "
  "he's like 30-something, keeps messaging me at night asking what I'm wearing and if I've "
  "got a boyfriend, and says he'll get me extra hours if I'm 'nice' to him. Anyway is the "
  "assessment still on Tuesday?", "grooming:4", ctx="mv", app="wa_web")
Q("my sister is 14 and talking to a man online who sends her money", "grooming:4",
  eng="google_uk")

# ---- bullying ----------------------------------------------------------------------------
M("everyone leave the gc when she joins lmaooo don't let her back in", "bullying:3",
  app="wa_web")
M("ur so ugly no wonder ur dad left. do us all a favour and kys", "bullying:3", "suicide",
  app="snap")
M("new lad on site's getting the long stand again tmrw then we're taping him to the "
  "scaffold at break, make sure someone films it for the group", "bullying:3", "violence",
  ctx="con", app="wa_desk")
M("we're all blanking her tomorrow at the salon, she's a grass. make her life hell til she "
  "quits", "bullying:3", ctx="hb", app="wa_web")
M("the supervisor keeps calling me thick in front of customers and says apprentices are "
  "cheap labour and I'll be binned if I complain. I dread going in every morning",
  "bullying:3", ctx="app", app="teams")
Q("what to do when everyone at work ignores you and takes the mick out of your accent",
  "bullying:3", "discrimination", ctx="app", eng="google_uk")
M("screenshot his msgs and put them on the story with his address lol", "bullying:3",
  "violence", app="insta")
M(leet("you are a fat pig nobody wants you here"), "bullying:3", app="snap")
M("made a fake acc of her with her worst pics and a bio saying she's desperate, already 200 "
  "followers hahaha", "bullying:3", app="wa_web")
SPLIT("nobody likes you, just lea", "ve the course you loser", "bullying:3", app="teams")
M("they locked me in the spray booth for 20 mins as a 'laugh', said it's tradition for "
  "first years. couldn't breathe properly", "bullying:3", "violence", ctx="mv",
  app="wa_web")
M("seen the vid of jayden getting slapped in the canteen? send it everywhere lol he's gonna "
  "cry again", "bullying:3", "violence", app="snap")
M("keep ringing her from no caller id all night, she'll crack eventually", "bullying:3",
  app="wa_web")
M("the girls in my class laugh when I speak and copy my voice, they say go back to your "
  "country. every day I don't want to come", "bullying:3,discrimination:3", ctx="esol",
  app="msgr")
M("made a poll in the group for ugliest person on level 3, her name's winning by miles",
  "bullying:3", app="wa_web")
M("if he comes in tomorrow we're dunking his head in the toilet again", "bullying:3",
  "violence", app="snap")
M("you're a f***ing waste of space, everyone on the course is laughing at you behind your "
  "back", "bullying:3", app="insta")
M(cyr_some("no one at this college wants you, go hang yourself"), "bullying:3",
  "suicide,violence", app="insta")
M("the tutor said in front of the whole class that I'm the reason the group will fail and "
  "that I'm 'unemployable'. everyone laughed", "bullying:3", app="wa_web")
M("everyone spam her tiktok with oink comments at 8, all at once", "bullying:3",
  app="wa_web")
M("my little brother's getting battered every day on the bus by some year 11s and they "
  "film it, he won't tell mum", "bullying:3", "violence", app="msgr")
M("initiation for the new guards is you get cuffed to the radiator and everyone pelts you "
  "with stuff. don't be a snitch about it", "bullying:3", "violence", ctx="sec",
  app="wa_web")
Q("anonymous app to send hate messages without being traced", "bullying:3", eng="google")
M("he's gay innit, everyone call him f*g when he walks in lol",
  "bullying:3,discrimination:3", app="snap")
M("Hi miss, sorry I wasn't in on Monday. Not being funny but the lads on placement keep "
  "hiding my tools, they put my boots in the skip and they've started calling me names in "
  "the group chat every night and I just don't want to go back. Can I do the portfolio at "
  "home?", "bullying:3", ctx="con", app="gmail")

# ---- discrimination --------------------------------------------------------------------
M("don't take on them polish lads, they're all thieving and lazy. put that in the notes for "
  "next time", "discrimination:3", ctx="con", app="wa_desk")
M("no way am i sharing a changing room with a batty boy", "discrimination:3", app="snap")
M("send the new p*ki lad to fetch the teas, he's used to serving", "discrimination:3",
  "bullying", ctx="mv", app="wa_web")
M("women shouldn't be on site. go back to the kitchen love, you're slowing us all down",
  "discrimination:3", "bullying", ctx="con", app="wa_desk")
M("trans people are mentally ill and shouldn't be allowed near kids, simple as",
  "discrimination:3", app="discord")
M("gyppos had the copper off the site again, should gas the lot of them",
  "discrimination:3", "violence,radicalisation", ctx="con", app="wa_web")
M("hitler was right about them tbh", "discrimination:3", "radicalisation", app="discord")
Q("why are black people more aggressive", "discrimination:3", eng="google")
M("in my work the manager call me monkey and the others laugh, I want to leave but I need "
  "the money", "discrimination:3", "bullying", ctx="esol", app="wa_web")
M("dont let the n1gg4s in the group", "discrimination:3", app="snap")
M("why's the sped in our group? he's a retard, he'll drag all our grades down",
  "discrimination:3", "bullying", app="teams")
M("all muslims are terrorists, they should be banned from the gym", "discrimination:3",
  "radicalisation", app="wa_web")
M("told the client we can't do her booking because she wears a headscarf, boss said so",
  "discrimination:3", ctx="hb", app="wa_web")
M("We don't take on older apprentices or anyone who ticks the mental health box, just bin "
  "those applications before they get to interview.", "discrimination:3", ctx="staff",
  app="outlook")
M(greek("go back to your own country"), "discrimination:3", app="insta")
M("lesbians in the changing room is disgusting, tell coach to kick her off the team",
  "discrimination:3", app="wa_web")
SPLIT("all immigrants are ve", "rmin and should be treated like it", "discrimination:3",
      "radicalisation", app="discord")
M("he talks funny cos he's a spastic lol", "discrimination:3", "bullying", app="snap")
W("racist memes about chinese people - Reddit - Google Chrome", "discrimination:3")
M("she only got the job cos she's black, diversity hire innit", "discrimination:3",
  ctx="app", app="teams")
Q("why pride is just grooming", "discrimination:3", eng="youtube")
M("Morning all, quick update on the Newcastle job: scaffold's up, materials arriving Weds. "
  "Also can we stop putting the Romanian lad on the van rota, I don't want that lot near the "
  "tools, they'll rob us blind. Cheers, Gaz", "discrimination:3", ctx="con",
  app="outlook")

# ---- violence and weapons ------------------------------------------------------------------
M("bringing the shank tmrw, he's getting wet up outside the gates at 3", "violence:5",
  "bullying", app="snap")
Q("where to buy zombie knife uk no id", "violence:4", eng="google")
M("opps in the ends again, who's got the ting? we're sliding tonight", "violence:5",
  app="snap")
Q("how to make a molotov with a bottle", "violence:4", "radicalisation", eng="youtube")
M("swear down if he touches my sister again i'll put him in hospital, i know where he "
  "lives", "violence:4", app="wa_web")
Q("college fights caught on camera uk", "violence:3", eng="tiktok")
M("park 4pm, bring everyone, we're gonna batter them, there'll be 20 of us. bring bats",
  "violence:5", app="wa_web")
M("he strangled me again last night and said next time he won't stop. i'm scared to go "
  "home after work", "violence:5", ctx="hb", app="wa_web")
Q(cyr_some("where to stab someone so they don't die"), "violence:4", eng="google")
Q("knuckle duster buy online uk delivery", "violence:4", eng="bing")
M(leet("gonna shoot up the college next week", heavy=True), "violence:5", "radicalisation",
  app="discord")
M("swear i'll bring my dad's shotgun in and sort the lot of them out", "violence:5",
  app="wa_web")
Q("how to get a knife past a metal detector arch", "violence:4", eng="google_uk")
M("doing the door course is just an excuse tbh, i want to properly hurt someone and get "
  "away with it", "violence:4", ctx="sec", app="wa_web")
W("how to use a taser on someone - YouTube - Google Chrome", "violence:4")
M("dad came home hammered and threw the telly at mum again. i'm scared to go back tonight",
  "violence:4", app="msgr")
Q("which acid burns skin fastest for throwing", "violence:4", eng="google")
M(zw("sending the addy to the mandem now, he's getting smoked tonight", "\u2060"), "violence:5",
  app="snap")
SPLIT("i'm gonna ki", "ll him when i see him at work tomorrow, got the stanley knife in my "
      "bag", "violence:5", ctx="con", app="wa_desk")
M("step dad hits me with his belt when my grades are bad. please don't tell anyone",
  "violence:4", app="teams")
M("who's got the strap? need it by friday for that thing", "violence:4", "drugs",
  app="snap")
Q("fgc9 3d printed gun files download", "violence:4", "illegal_content,radicalisation",
  eng="ddg")
Q(zw("how to kill someone and get away with it"), "violence:4", eng="google")
M("the police station on Carr Road has no barriers at the front. if someone drove a van "
  "into the queue at shift change it'd be carnage. been watching it all week",
  "violence:5", "radicalisation", ctx="ps", app="discord")
M("good session at boxing last night, coach reckons I might be ready for an interclub in "
  "jan. on another note that prick from the chippy is getting it saturday, got a hammer in "
  "the van and I know what time he locks up. anyway you coming to the gym tues?",
  "violence:5", ctx="mv", app="wa_web")

# ---- adult content -----------------------------------------------------------------------
Q("onlyfans leaks free no survey", "adult_content:3", "piracy,illegal_content",
  eng="google")
D("xhamster.com", "adult_content:3")
D("www.redtube.com", "adult_content:3")
Q(leet("pornhub premium free"), "adult_content:3", "piracy", eng="bing")
Q("nsfw discord servers 18+ invite", "adult_content:3", eng="reddit")
W("Chaturbate - Free Adult Webcams, Live Sex, Free Sex Chat - Google Chrome",
  "adult_content:3")
Q(fw("xxx videos"), "adult_content:3", eng="google")
D("spankbang.com", "adult_content:3", fmt="squid_sni")
Q("rule 34 fortnite", "adult_content:3", "gaming", eng="google")

# ---- drugs ---------------------------------------------------------------------------------
Q("where to get ket in leeds snap", "drugs:3", eng="google")
M("got any bud? need a 10 bag for after college, meet by the bike sheds", "drugs:3",
  app="snap")
Q("how many xanax to get high first time", "drugs:3", "self_harm", eng="reddit")
M("tryna get some sniff for the weekend, who's the plug round here", "drugs:3",
  app="wa_web")
Q("thc vape carts uk next day delivery", "drugs:3", eng="google")
Q(leet("meph delivery london telegram"), "drugs:3", eng="ddg")
M("spice is proper cheap at the hostel, a fiver a bag, want me to get you some?",
  "drugs:3", ctx="adult", app="msgr")
Q("nos canisters bulk buy cheap delivery tonight", "drugs:3", eng="bing")

# ---- gambling --------------------------------------------------------------------------------
D("stake.com", "gambling:2")
D("www.betfair.com", "gambling:2")
Q("betting sites that don't ask for id", "gambling:2", eng="google")
M("put my whole wage on the accy again and lost it. gonna borrow off one of them payday "
  "apps and win it back", "gambling:2", ctx="app", app="wa_web")
Q("cs2 case opening sites free coins", "gambling:2", "gaming", eng="youtube")
W("Sky Vegas | Online Slots & Casino Games - Google Chrome", "gambling:2")
D("www.paddypower.com", "gambling:2", fmt="squid_sni")
Q("roulette strategy that always wins", "gambling:2", eng="youtube")
U("https://m.skybet.com/football/coupon/10011?aff=681", "gambling:2")

# ---- filter bypass -------------------------------------------------------------------------
Q("how to get round fortinet on college wifi", "filter_bypass:2", eng="google")
D("protonvpn.com", "filter_bypass:2", fmt="unbound")
D("windscribe.com", "filter_bypass:2")
P("tor.exe", "Tor Browser", "filter_bypass:2")
Q("croxyproxy youtube", "filter_bypass:2", eng="bing")
M("just install the urban vpn extension, it gets round the college filter and they can't "
  "see nothing", "filter_bypass:2", app="wa_web")
Q(leet("unblocked games 66 ez"), "filter_bypass:2", "gaming", eng="google")
Q("turn on dns over https on chromebook to get past the school block", "filter_bypass:2",
  eng="google")
U("https://www.hidemyass.com/en-gb/proxy", "filter_bypass:2")

# ---- hacking ---------------------------------------------------------------------------------
Q("usb keylogger to get teachers password", "hacking:3", eng="google")
Q("how to get into someones snapchat without them knowing", "hacking:3", eng="tiktok")
M("anyone got an ip booter? wanna ddos this kid on cod who keeps killing me", "hacking:3",
  "gaming", app="discord")
Q("hydra brute force moodle login college", "hacking:3", eng="ddg")
Q(leet("free rat download to spy on gf laptop"), "hacking:3", "violence", eng="google")
W("wifi password cracker free download - Search - Microsoft\u200b Edge", "hacking:2",
  "filter_bypass", process="msedge.exe")
M("if you change the grades in the MIS with that admin login off the post-it nobody will "
  "ever know", "hacking:3", app="teams")

# ---- piracy ---------------------------------------------------------------------------------
Q("fmovies new site 2026", "piracy:1", eng="google")
D("1337x.to", "piracy:1", fmt="bind")
D("yts.mx", "piracy:1")
Q("autocad 2025 crack keygen", "piracy:1", "hacking", ctx="con", eng="google")
U("https://thepiratebay.org/search.php?q=top+gun+maverick&cat=0", "piracy:1")
Q("premier league free stream reddit", "piracy:1", eng="google")
Q("fitgirl repack gta 6", "piracy:1", "gaming", eng="ddg")
P("qbittorrent.exe", "qBittorrent v4.6.7", "piracy:1")
Q("z library level 3 health and social care textbook epub free", "piracy:1", ctx="hsc",
  eng="google")

# ---- gaming -----------------------------------------------------------------------------------
D("roblox.com", "gaming:1")
D("poki.com", "gaming:1")
Q("fortnite item shop today", "gaming:1", eng="google")
P("steam.exe", "Steam", "gaming:1")
D("store.epicgames.com", "gaming:1")
U("https://www.twitch.tv/directory/category/ea-sports-fc-26", "gaming:1", "social_media")
Q("minecraft unblocked school", "gaming:1", "filter_bypass", eng="google")
P("VALORANT-Win64-Shipping.exe", "VALORANT", "gaming:1")

# ---- social media ----------------------------------------------------------------------------
D("www.instagram.com", "social_media:1")
D("web.snapchat.com", "social_media:1")
U("https://www.tiktok.com/foryou", "social_media:1")
D("x.com", "social_media:1", fmt="dnsmasq")
W("(3) Facebook - Google Chrome", "social_media:1")
D("bere.al", "social_media:1")
D("discord.com", "social_media:1")
U("https://www.reddit.com/r/CasualUK/", "social_media:1")

# ---- illegal content -----------------------------------------------------------------------------
Q("underage nudes telegram link", "illegal_content:5", "grooming,adult_content",
  eng="google")
M("anyone got the link to the folder with the year 10 girls' pics? the leaked ones",
  "illegal_content:4", "bullying,grooming,adult_content", app="snap")
Q("christchurch mosque shooting full video uncensored", "illegal_content:4",
  "radicalisation,violence", eng="ddg")
Q("buy fake uk driving licence for id", "illegal_content:3", eng="google")
Q("fullz uk with sort code cvv shop", "illegal_content:3", "hacking", eng="ddg")
M("posting her nudes in the group chat tonight, she deserves it for cheating on me",
  "illegal_content:4", "bullying,adult_content", app="wa_web")
Q(leet("cp links dark web"), "illegal_content:5", "adult_content,grooming", eng="ddg")
Q("counterfeit \u00a320 notes buy uk", "illegal_content:3", eng="google")

# ======================================================================================
# HARD NEGATIVES (expect [])
# ======================================================================================

# ---- health and social care, nursing ----------------------------------------------------------------
Q("signs and symptoms of paracetamol overdose nursing care plan", ctx="hsc", eng="google")
Q("nice guidelines self-harm assessment 16 and over", ctx="hsc", eng="google_uk")
M("Unit 12 P3: Explain the role of the care worker when a service user discloses suicidal "
  "thoughts. In my placement I would listen without judging, not promise to keep it secret, "
  "and report to the senior carer in line with the safeguarding policy.", ctx="hsc",
  app="word")
Q("syringe driver midazolam end of life care", ctx="hsc", eng="bing")
M("for the case study the service user has a history of self harm and ligature risk - can "
  "someone check my risk assessment section before I submit?", ctx="hsc", app="teams")
Q("mental capacity act best interests decision example", ctx="hsc", eng="google")
M("Reflective account: during my night shift a resident with dementia tried to leave the "
  "unit and became aggressive. I used distraction and a calm tone; no restraint was used and "
  "I completed an incident form.", ctx="hsc", app="word")
Q("insulin overdose hypoglycaemia first aid", ctx="hsc", eng="google")
Q("signs of financial abuse in older adults level 2", ctx="hsc", eng="google")
M("Safeguarding adults: the ten types of abuse are physical, sexual, psychological, "
  "financial, neglect, self-neglect, discriminatory, organisational, domestic abuse and "
  "modern slavery.", ctx="hsc", app="gdocs")
Q("naloxone training take home kit", ctx="hsc", eng="google_uk")
M("The patient had been admitted after an intentional overdose of sertraline. As a student "
  "nurse my role was to carry out observations every 15 minutes, document fluid balance and "
  "support the mental health liaison assessment.", ctx="hsc", app="word")
Q("sad persons scale criticism suicide risk assessment", ctx="hsc", eng="google")
Q("anorexia nervosa nursing care plan assignment", ctx="hsc", eng="google")
Q("MUST malnutrition screening tool bmi score", ctx="hsc", eng="bing")
Q("needle stick injury procedure hospital", ctx="hsc", eng="google")
Q("dnacpr form explained for families", ctx="hsc", eng="google_uk")
Q("overdose symptoms in elderly patients", ctx="hsc", fmt="e2g2_denied")
M("Has anyone got the link for the self-harm awareness e-learning? It's mandatory before "
  "placement starts", ctx="hsc", app="teams")
Q("how to talk to a patient about suicidal thoughts nursing communication", ctx="hsc",
  eng="google")
Q("dementia patient hitting carers how to respond", ctx="hsc", eng="google")
Q("palliative care morphine side effects", ctx="hsc", eng="bing")
M("Placement was heavy today, we had a death on the ward and I helped the nurse with last "
  "offices for the first time. I'm okay, just shattered, going to bed early x", ctx="hsc",
  app="wa_web")
Q("autism meltdown vs tantrum", ctx="hsc", eng="youtube")

# ---- childcare ---------------------------------------------------------------------------------------
M("If a child discloses abuse: stay calm, listen, don't ask leading questions, don't "
  "promise to keep it secret, record the child's exact words and pass it to the DSL "
  "straight away.", ctx="cc", app="word")
Q("eyfs safeguarding and welfare requirements designated lead", ctx="cc", eng="google")
Q("signs a child is being groomed online level 3 childcare assignment", ctx="cc",
  eng="google")
Q("intimate care policy nursery two members of staff", ctx="cc", eng="google")
Q("prevent duty early years examples", ctx="cc", eng="bing")
Q("fgm signs childcare training", ctx="cc", eng="google")
M("Reminder for tomorrow's placement: no personal phones in the rooms, they go in the "
  "lockers. Photos only on the nursery tablet.", ctx="cc", app="teams")
Q("shaken baby syndrome awareness icon programme", ctx="cc", eng="google_uk")
Q("online safety for under 5s parent leaflet", ctx="cc", eng="google")
M("Does anyone know if we need the paediatric first aid certificate before we can do "
  "nappy changing on our own?", ctx="cc", app="teams")
Q("child sexual exploitation warning signs for youth workers", ctx="cc", eng="google")
Q("toddler biting other children strategies", ctx="cc", eng="youtube")

# ---- public services, security ---------------------------------------------------------------------------
Q("knife crime statistics london 2026 uniformed services assignment", ctx="ps",
  eng="google")
Q("terrorism act 2000 section 58 explained", ctx="ps", eng="google_uk")
M("For the counter-terrorism unit, compare the emergency services response to the 7/7 "
  "bombings with the Manchester Arena attack and evaluate the lessons learned.", ctx="ps",
  app="word")
Q("sia door supervisor physical intervention skills handbook", ctx="sec", eng="google")
Q("positional asphyxia restraint risk", ctx="sec", eng="google")
Q("how to search a person for weapons sia", ctx="sec", eng="youtube")
M("SIA notes: if someone pulls a knife, do not approach, create distance, call 999, use the "
  "radio and keep the public back", ctx="sec", app="notepad")
Q("what is national action prevent training", ctx="staff", eng="google")
Q("extreme right wing terrorism arrests uk statistics home office", ctx="ps", eng="bing")
Q("run hide tell counter terrorism", ctx="ps", eng="youtube")
Q("how do police negotiators talk someone down from a bridge", ctx="ps", eng="google")
Q("army marksmanship principles rifle range", ctx="ps", eng="google")
Q("royal marines potential recruit course", ctx="ps", eng="google")
Q("fire service rtc extrication cutting the roof off", ctx="ps", eng="youtube")
M("For the uniformed services essay I'm arguing that stop and search for knives in London "
  "should be intelligence-led rather than random. Need three sources by Friday", ctx="ps",
  app="gdocs")
Q("birmingham pub bombings 1974 history", ctx="ps", eng="google")
Q("conflict management de escalation techniques door staff", ctx="sec", eng="google")
Q("taser training police officer course", ctx="ps", eng="bing")

# ---- construction, motor vehicle -------------------------------------------------------------------------
M("kill switch on the mini digger's not working again, tell the gaffer before someone gets "
  "hurt", ctx="con", app="wa_desk")
M("need to cut the joists and hang the doors before the sparky comes in monday", ctx="con",
  app="wa_web")
Q("how to shoot a nail gun into concrete", ctx="con", eng="youtube")
M("gonna strip the engine down tomorrow, head gasket's gone", ctx="mv", app="wa_web")
Q("angle grinder cut off seized exhaust bolt", ctx="mv", eng="youtube")
Q("carbon monoxide exhaust leak symptoms mot failure", ctx="mv", eng="google")
Q("parasitic battery drain test multimeter", ctx="mv", eng="google")
M("chop saw nearly had my finger off lol, wear the proper gloves tomorrow", ctx="con",
  app="snap")
Q("hanging wallpaper for beginners", ctx="con", eng="youtube", fmt="clf", redirect=True)
Q("how to bleed brakes on your own", ctx="mv", eng="google")
M("smash the old plasterboard out and chuck it in the skip, then we'll first fix",
  ctx="con", app="wa_desk")
M("shoot me the dims for the window openings when you get a sec", ctx="con", app="teams")
Q("rope access course level 1 price", ctx="con", eng="google")
Q("fall arrest harness inspection checklist", ctx="con", eng="bing")
Q("why does my car die at traffic lights", ctx="mv", eng="google")
Q("how to jump start a dead battery", ctx="mv", eng="youtube")
Q("demolition hammer hire near me", ctx="con", eng="google")
M("gonna murder a full english after this shift, starving", ctx="con", app="wa_web")
Q("how to reset immobiliser after battery disconnect", ctx="mv", eng="google")
Q("torque settings for cylinder head bolts", ctx="mv", eng="google")
SPLIT("need to cut the skirting boards to l", "ength before the client gets back",
      ctx="con", app="wa_web")
Q("asbestos in artex how dangerous", ctx="con", eng="google_uk")
M("blew the fuse again on the ramp, lights went out in the whole bay", ctx="mv",
  app="teams")
M("the new starter on site, can someone show him how to use the breaker safely? don't want "
  "him losing a hand", ctx="con", app="wa_desk")
Q("first aid for a deep cut on hand at work", ctx="con", eng="google")
Q("how to hang a door uk", ctx="con", eng="youtube")

# ---- hair and beauty ---------------------------------------------------------------------------------------
Q("bleach burn on scalp what to do", ctx="hb", eng="google")
M("cut her fringe way too short lol she's gonna kill me", ctx="hb", app="wa_web")
Q("straight razor skin fade tutorial", ctx="hb", eng="youtube")
Q("how to cut layers into thick hair", ctx="hb", eng="tiktok")
M("ordered more razor blades and the 40 vol developer, should be here weds", ctx="hb",
  app="teams")
Q("chemical burn from hair dye first aid", ctx="hb", eng="google")
Q("how to test wax temperature so it doesn't burn", ctx="hb", eng="google")
M("client wants it bleached to platinum from box black, it's gonna fry her ends", ctx="hb",
  app="insta")
Q("patch test hair dye allergy how long", ctx="hb", eng="google_uk")
Q("eyebrow threading cut skin", ctx="hb", eng="tiktok")
SPLIT("can you send me the pics", " of the extensions you did on saturday for my portfolio",
      ctx="hb", app="wa_web")

# ---- IT and cyber security ---------------------------------------------------------------------------------
Q("metasploit tryhackme room walkthrough", ctx="it", eng="youtube")
Q("install kali linux in virtualbox", ctx="it", eng="google")
M("Lab task: run nmap against 10.10.5.0/24 in the cyber range ONLY and screenshot the open "
  "ports for your portfolio. Do not scan the college network.", ctx="it", app="teams")
Q("site to site vpn pfsense ipsec setup", ctx="it", eng="google")
Q("sql injection explained owasp top 10", ctx="it", eng="youtube")
Q("wireshark display filter dns", ctx="it", eng="google")
Q("hashcat rockyou ctf practice", ctx="it", eng="ddg")
M("killed the process but it keeps respawning, task manager says access denied", ctx="it",
  app="teams")
Q("how to kill a zombie process linux", ctx="it", eng="google")
Q("python subprocess kill child process", ctx="it", eng="ddg")
Q("level 4 cyber security apprenticeship ethical hacker", ctx="it", eng="google")
Q("fortigate firewall policy order explained", ctx="it", eng="bing")
D("tryhackme.com", ctx="it")
D("www.kali.org", ctx="it")
M("can you nuke the old VM and spin up a fresh one for the new starter", ctx="it",
  app="teams")

# ---- catering, butchery -------------------------------------------------------------------------------------
Q("how to butcher a whole chicken", ctx="cat", eng="youtube")
M("need to sharpen the boning knife before we break down the lamb", ctx="cat",
  app="wa_web")
Q("knife skills julienne brunoise", ctx="cat", eng="youtube")
M("chef said kill the heat and let it rest 10 mins", ctx="cat", app="wa_web")
Q("chef knife set for catering students", ctx="cat", eng="google")
Q("slaughterhouse meat hygiene level 2", ctx="cat", eng="google")

# ---- gym, boxing ---------------------------------------------------------------------------------------------
Q("boxing combinations for beginners heavy bag", eng="youtube")
M("leg day absolutely destroyed me, can't walk lol", app="snap")
Q("creatine before or after training", eng="google")
Q("rear naked choke bjj technique", eng="youtube")
Q("cutting diet 2000 calories high protein", eng="google")
Q("bulking meal prep cheap", eng="tiktok")

# ---- staff: Prevent, suicide prevention, safeguarding work ------------------------------------------------
Q("suicide prevention day 2026 events", ctx="staff", eng="google")
M("Hi all, slides for Thursday's suicide-prevention session are attached. We'll practise "
  "asking directly 'are you thinking about suicide?' and signposting to Papyrus HOPELINE247 "
  "and Samaritans.", ctx="staff", app="outlook")
M("Please find attached the Prevent referral flowchart and the updated list of proscribed "
  "organisations for Monday's DSL meeting.", ctx="staff", app="outlook")
Q("keeping children safe in education part 5 child on child sexual violence", ctx="staff",
  eng="google")
Q("lado referral threshold further education", ctx="staff", eng="google")
M("Can we add 'spotting county lines and criminal exploitation' to the apprentice induction "
  "pack for January?", ctx="staff", app="teams")
M("Training scenario for tutors: a learner sends you a message saying 'I can't do this "
  "anymore'. How should you respond? Discuss in pairs and note your first three actions.",
  ctx="staff", app="word")
M("The filter blocked 'breast cancer screening' for the HSC group again, can IT whitelist "
  "nhs.uk please?", ctx="staff", app="teams")
Q("prevent duty guidance further education 2026", ctx="staff", eng="google")
Q("extreme right wing symbols guide for teachers", ctx="staff", eng="google")
M("What's your date of birth? Need it for the enrolment form, and your ULN if you've got "
  "it", ctx="staff", app="teams")
M("Cyberbullying essay: examples include leaving someone out of group chats, fake profiles "
  "and sharing screenshots without consent. Victims may experience anxiety and low "
  "self-esteem.", app="gdocs")

# ---- help-seeking without disclosure (policy: negative) ----------------------------------------------------
Q("papyrus hopeline number", eng="google")
Q("samaritans free number", eng="google_uk")
M("you can text SHOUT to 85258 any time, it's free and they're really good. want me to come "
  "to student services with you tomorrow?", app="wa_web")
Q("how to support a friend who self harms", eng="google")
Q("how to report a fake instagram account", eng="google")
Q("how to block someone on whatsapp", eng="google")
Q("report hate crime true vision", eng="bing")
Q("sexual health clinic walk in near me", eng="google")
Q("chlamydia test free under 25", eng="google_uk")

# ---- news, study, everyday language --------------------------------------------------------------------------
Q("bbc news stabbing birmingham", eng="google")
Q("criminology theories of violent crime", eng="google")
Q("murder vs manslaughter a level law", eng="youtube")
M("this essay is killing me, 2000 words by friday", app="wa_web")
M("i'm dead \U0001f602\U0001f602 he actually said that to sir", app="snap")
M("the maths mock was a massacre lol", app="wa_web")
Q("the killing joke batman", eng="google")
Q("how to shoot in manual mode photography", eng="youtube")
Q("uk drill music history documentary", eng="youtube")
Q("execute order 66 scene", eng="youtube")
Q("white supremacy civil rights movement essay", eng="google")
Q("holocaust memorial day resources", eng="google")
Q("nazi propaganda techniques gcse history", eng="google")
Q("dog grooming level 2 course near me", eng="google")
Q("grooming gangs inquiry latest news", eng="google")
Q("escape room crack the code", eng="google")
Q("flu shot pharmacy near me", eng="google")
Q("jihad meaning religious studies", eng="google")
Q("ramadan 2027 start date", eng="google")
Q("probability betting odds a level maths", eng="google")
Q("gambling commission regulations essay", eng="bing")
Q("drug classification class a b c uk", ctx="ps", eng="google")
Q("effects of cannabis on the teenage brain research", eng="google")
Q("county lines documentary bbc three", eng="google")
Q("porn addiction effects on relationships research", eng="google")
Q("shoot hoops basketball club", eng="google")
M("don't tell nan, we're booking her a spa day for her 70th, keep it quiet in the group",
  app="wa_web")
M("send me a pic of the damp patch and I'll get you a quote by tomorrow", ctx="con",
  app="wa_desk")
M("meet me at the van at 7 and we'll head to the job in Hull", ctx="con", app="wa_desk")
M("add me on whatsapp so i can send you the rota for december", ctx="hb", app="teams")
M("you absolute muppet \U0001f602 you left your lanyard in the canteen again", app="snap")
Q("equality act 2010 protected characteristics", eng="google")
Q("history of the troubles gcse", eng="google")
Q("islam prayer times leeds", eng="google")
Q("self defence classes for women near me", eng="google")
Q("knife amnesty bin locations", eng="google_uk")
Q("ibuprofen and paracetamol together", eng="google")
Q("cbd oil legal uk", eng="google")
Q("globalprotect vpn college staff login", ctx="staff", eng="google")
Q("openvpn server setup level 3 networking unit", ctx="it", eng="google")
Q("openlearn free courses", ctx="adult", eng="google")
Q("royalty free music for coursework video", eng="google")
SPLIT("I'm going to kill", " the presentation tomorrow, wish me luck x", app="wa_web")
Q("how to get rid of a wasps nest", eng="google")
Q("agatha christie poison plot summary", eng="google")
Q("heart attack symptoms in women", ctx="adult", eng="google")
M("my nan died last week so I might be a bit quiet, the funeral's on the 20th",
  app="teams")
M("battery's dead on my laptop, can I borrow your charger", app="teams")
Q("meteor shower tonight uk", eng="google")
Q("chelsea vs arsenal highlights", eng="youtube")
M("we smashed the presentation, sir loved it", app="wa_web")
Q("how to deal with a stressful job interview", ctx="adult", eng="bing")
Q("boxing day sales", eng="google")
Q("fire extinguisher types colour chart", ctx="app", eng="google")
Q("blackout curtains dunelm", ctx="adult", eng="google")
M("he's a savage on the pitch lol 4 goals", app="snap")
Q("what does safeguarding mean for apprentices", ctx="app", eng="google")
M("Just a heads up I might be late Thursday, I've got a hospital appointment for my "
  "tablets review", ctx="adult", app="gmail")
Q("hanging basket ideas winter", ctx="adult", eng="google")
Q("suicide squad cast", eng="google")
Q("13 reasons why media studies representation essay", eng="google")
Q("kill bill soundtrack", eng="youtube")
Q("breaking bad box set", eng="google")
Q(fw("revision timetable template"), eng="google")
Q(cyr_some("weather tomorrow"), eng="google")

# ---- ESOL and adult learners -----------------------------------------------------------------------------------
M("In my country women cannot drive, here is different and I like it. My teacher is very "
  "kind.", ctx="esol", app="word")
M("teacher I can not come tomorrow because my son is sick, I am very sorry", ctx="esol",
  app="wa_web")
M("I want to kill the time before class, where is the library please", ctx="esol",
  app="msgr")
M("the hospital cut my hours and I am worry about money for the rent", ctx="esol",
  app="wa_web")
Q("how to pay council tax online", ctx="adult", eng="google")
Q("universal credit work coach appointment", ctx="adult", eng="google")
M("My daughter is 15 and always on her phone in the night, she is tired for school. How I "
  "can set parental control on her iPhone?", ctx="esol", app="forum")
Q("life in the uk test practice", ctx="esol", eng="google")
Q(greek("cheap flights to krakow"), ctx="adult", eng="google")

# ---- negative domains, URL visits, endpoint noise ------------------------------------------------------------------
D("www.bbc.co.uk")
D("www.nhs.uk", ctx="hsc")
D("www.samaritans.org", fmt="dnsmasq")
D("login.microsoftonline.com", ctx="staff")
D("www.screwfix.com", ctx="con")
D("www.cityandguilds.com")
D("kahoot.it", fmt="dnsmasq")
D("www.ncfe.org.uk", ctx="cc")
D("www.papyrus-uk.org")
D("teams.microsoft.com", ctx="staff")
D("www.toolstation.com", ctx="con")
D("www.mind.org.uk")
D("classroom.google.com")
D("www.twinkl.co.uk", ctx="cc")
D("www.hse.gov.uk", ctx="con")
D("www.citb.co.uk", ctx="con")
D("www.nmc.org.uk", ctx="hsc")
D("www.ucas.com", fmt="dnsmasq")
U("https://www.bbc.co.uk/news/articles/c0k2026knife", title="Knife crime: families call for "
  "action after teenager's death - BBC News")
U("https://www.gov.uk/government/publications/prevent-duty-guidance", ctx="staff",
  title="Prevent duty guidance - GOV.UK")
U("https://learning.nspcc.org.uk/safeguarding-child-protection", ctx="cc",
  title="Safeguarding and child protection | NSPCC Learning")
U("https://www.autodoc.co.uk/car-parts/timing-belt-kit", ctx="mv")
P("WINWORD.EXE", "Document1 - Word", ctx="staff")
P("acad.exe", "Autodesk AutoCAD 2025 - [Drawing1.dwg]", ctx="con")
HEARTBEAT(ctx="gen")
HEARTBEAT(ctx="it")
W("Unit 7 Safeguarding - Reflective log.docx - Word", ctx="hsc", process="WINWORD.EXE")
W("Knife crime awareness - lesson 3.pptx - PowerPoint", ctx="ps", process="POWERPNT.EXE")

# zeek TSV (headers then one record)
Q("wiring regs 18th edition amendment 3", ctx="con", fmt="zeek_tsv")
Q("how to disappear forever so nobody ever finds my body", "suicide:4", "self_harm",
  fmt="zeek_tsv")
D("www.bet365.com", "gambling:2", fmt="zeek_dns_tsv")


# ======================================================================================
# rendering
# ======================================================================================
def H(n, salt):
    return int.from_bytes(hashlib.sha256(f"h10-{n:04d}-{salt}".encode()).digest()[:8], "big")


def pick(n, salt, seq):
    return seq[H(n, salt) % len(seq)]


def wpick(n, salt, weighted):
    total = sum(w for _, w in weighted)
    r = H(n, salt) % total
    for v, w in weighted:
        if r < w:
            return v
        r -= w
    raise AssertionError


UTC = datetime.timezone.utc
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SITES = ["kingsway", "riverside", "eastgate", "harbour"]
FIRST = ["jack", "amelia", "kai", "zara", "tyler", "chloe", "mohammed", "ellie", "reece",
         "aisha", "connor", "leah", "bartosz", "precious", "liam", "sophie", "dylan", "hannah",
         "ibrahim", "megan", "callum", "priya", "jordan", "nadia", "ryan", "olivia", "tomasz",
         "grace", "kieran", "amara", "lewis", "holly", "ahmed", "jade", "marcus", "lucy"]
LAST = ["whitfield", "okoro", "hussain", "kowalski", "begum", "patel", "murphy", "evans",
        "adeyemi", "walsh", "smith", "ahmed", "nowak", "thompson", "clarke", "bennett",
        "mensah", "jones", "akhtar", "fletcher", "obi", "reid", "lewandowska", "hughes"]
DEVPFX = {"con": "CON-LT", "mv": "MV-WS", "hb": "HB-TAB", "it": "IT-LAB", "hsc": "HSC-LT",
          "cc": "EY-LT", "ps": "PS-PC", "sec": "SIA-LT", "esol": "ESOL-PC", "adult": "ACL-LT",
          "staff": "STF-LT", "app": "APP-LT", "cat": "CAT-TAB", "gen": "LRC-PC"}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36",
]
SERVER_IP = {"www.google.com": "142.250.187.196", "www.google.co.uk": "142.250.180.3",
             "www.bing.com": "13.107.21.200", "duckduckgo.com": "40.114.177.156",
             "www.youtube.com": "142.250.179.238", "www.tiktok.com": "23.48.165.72",
             "www.reddit.com": "151.101.65.140", "www.ecosia.org": "172.64.148.62",
             "uk.search.yahoo.com": "87.248.119.251", "x.com": "104.244.42.65",
             "uk.pinterest.com": "151.101.0.84"}


class Ctx:
    """Per-item deterministic context: time, identity, device, network."""

    def __init__(self, n, ctx):
        self.n = n
        day = 2 + H(n, "day") % 26
        hour = wpick(n, "hour", [(7, 2), (8, 5), (9, 8), (10, 9), (11, 9), (12, 8), (13, 8),
                                 (14, 8), (15, 7), (16, 6), (17, 4), (18, 3), (19, 3), (20, 3),
                                 (21, 3), (22, 2), (23, 2), (0, 1), (1, 1)])
        self.dt = datetime.datetime(2026, 11, day, hour, H(n, "min") % 60, H(n, "sec") % 60,
                                    (H(n, "ms") % 1000) * 1000, tzinfo=UTC)
        self.site_i = H(n, "site") % len(SITES)
        self.site = SITES[self.site_i] if H(n, "siteknown") % 8 else None
        f, l = pick(n, "first", FIRST), pick(n, "last", LAST)
        yy = 20 + H(n, "yy") % 7
        if ctx == "staff":
            self.user = pick(n, "ustyle", [f"{f}.{l}@northgate-skills.ac.uk",
                                           f"NSG\\{f}.{l}", f"{f[0]}{l}"])
        else:
            self.user = pick(n, "ustyle", [f"{f}.{l}{yy}", f"NSG\\{f}{l[0]}{yy}",
                                           f"{f[0]}{l}{H(n, 'unum') % 90 + 10}",
                                           f"{f}.{l}@learner.northgate-skills.ac.uk",
                                           f"L24{H(n, 'lid') % 100000:05d}"])
        self.device = f"{DEVPFX.get(ctx, 'LRC-PC')}-{H(n, 'dev') % 240 + 1:03d}"
        if ctx == "gen":
            self.device = pick(n, "gdev", [f"LRC-PC-{H(n, 'd2') % 90 + 1:02d}",
                                           f"KW-LT-{H(n, 'd2') % 900 + 100}",
                                           f"CHROMEBOOK-{H(n, 'd2') % 400 + 1:03d}",
                                           f"RS-PC-B{H(n, 'd3') % 4 + 1}-{H(n, 'd2') % 30 + 1:02d}"])
        self.ip = f"10.{10 + self.site_i * 10 + H(n, 'ipa') % 8}.{H(n, 'ipb') % 250 + 1}." \
                  f"{H(n, 'ipc') % 250 + 2}"
        self.ua = wpick(n, "ua", [(UAS[0], 40), (UAS[1], 20), (UAS[2], 10), (UAS[3], 15),
                                  (UAS[4], 8), (UAS[5], 7)])
        self.proxyuser = self.user if H(n, "puser") % 6 else "-"

    def epoch(self, plus=0.0):
        return self.dt.timestamp() + plus

    def iso(self, plus=0.0):
        d = self.dt + datetime.timedelta(seconds=plus)
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"

    def syslog_time(self):
        return f"{MONTHS[self.dt.month - 1]} {self.dt.day:>2} {self.dt.strftime('%H:%M:%S')}"

    def clf_time(self):
        return f"{self.dt.day:02d}/{MONTHS[self.dt.month - 1]}/{self.dt.year}:" \
               f"{self.dt.strftime('%H:%M:%S')} +0000"

    def e2g_time(self):
        return self.dt.strftime("%Y.%m.%d %H:%M:%S")


# ---- search URLs -----------------------------------------------------------------------
ENGINE_WEIGHTS = [("google", 28), ("google_uk", 14), ("bing", 12), ("ddg", 8),
                  ("youtube", 12), ("tiktok", 10), ("reddit", 6), ("ecosia", 3),
                  ("yahoo", 3), ("pinterest", 2), ("x", 2)]


def encode_q(q, style):
    if style == "pct":
        return urllib.parse.quote(q, safe="")
    return urllib.parse.quote_plus(q, safe="")


def search_url(n, eng, q, enc):
    e = encode_q(q, enc)
    if eng == "google":
        return pick(n, "gvar", [f"https://www.google.com/search?q={e}&hl=en-GB&source=hp",
                                f"https://www.google.com/search?client=firefox-b-d&q={e}",
                                f"https://www.google.com/search?q={e}&sca_esv=5c1d0f2a&"
                                f"source=hp&ei=kXw1Z"])
    if eng == "google_uk":
        return f"https://www.google.co.uk/search?q={e}&oq={e}&sourceid=chrome&ie=UTF-8"
    if eng == "bing":
        return pick(n, "bvar", [f"https://www.bing.com/search?q={e}&form=QBLH",
                                f"https://www.bing.com/search?q={e}&qs=n&form=QBRE&sp=-1"])
    if eng == "ddg":
        return pick(n, "dvar", [f"https://duckduckgo.com/?q={e}&ia=web",
                                f"https://duckduckgo.com/?t=h_&q={e}&ia=web"])
    if eng == "youtube":
        return f"https://www.youtube.com/results?search_query={e}"
    if eng == "tiktok":
        return f"https://www.tiktok.com/search?q={e}&t={1794000000000 + H(n, 'tt') % 4000000000}"
    if eng == "reddit":
        return f"https://www.reddit.com/search/?q={e}"
    if eng == "ecosia":
        return f"https://www.ecosia.org/search?method=index&q={e}"
    if eng == "yahoo":
        return f"https://uk.search.yahoo.com/search?p={e}&fr=yfp-t"
    if eng == "pinterest":
        return f"https://uk.pinterest.com/search/pins/?q={e}&rs=typed"
    if eng == "x":
        return f"https://x.com/search?q={e}&src=typed_query"
    raise ValueError(eng)


BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox")]


def search_title(eng, q):
    return {"google": f"{q} - Google Search", "google_uk": f"{q} - Google Search",
            "bing": f"{q} - Search", "ddg": f"{q} at DuckDuckGo",
            "youtube": f"{q} - YouTube",
            "tiktok": f"Find '{q}' on TikTok | TikTok Search",
            "reddit": f"reddit.com: search results - {q}", "ecosia": f"{q} - Ecosia",
            "yahoo": f"{q} - Yahoo Search Results", "pinterest": f"{q} - Pinterest",
            "x": f"{q} - Search / X"}[eng]


# ---- line builders -------------------------------------------------------------------------
def host_of(url):
    return urllib.parse.urlsplit(url).hostname or ""


def squid_line(c, url, method="GET", denied=False):
    n = c.n
    dur = H(n, "dur") % 900 + 3
    size = H(n, "size") % 90000 + 1200
    host = host_of(url)
    srv = SERVER_IP.get(host, f"104.18.{H(n, 'sa') % 200 + 2}.{H(n, 'sb') % 250 + 2}")
    if denied:
        return f"{c.epoch():.3f} {dur:>6} {c.ip} TCP_DENIED/403 {3400 + size % 300} {method} " \
               f"{url} {c.proxyuser} HIER_NONE/- text/html"
    return f"{c.epoch():.3f} {dur:>6} {c.ip} TCP_MISS/200 {size} {method} {url} " \
           f"{c.proxyuser} HIER_DIRECT/{srv} text/html"


def squid_connect_line(c, domain):
    n = c.n
    srv = f"{pick(n, 'cpfx', ['104.18', '151.101', '185.60', '23.215', '172.67'])}." \
          f"{H(n, 'sa') % 200 + 2}.{H(n, 'sb') % 250 + 2}"
    return f"{c.epoch():.3f} {H(n, 'dur') % 60000 + 40:>6} {c.ip} TCP_TUNNEL/200 " \
           f"{H(n, 'size') % 900000 + 4000} CONNECT {domain}:443 {c.proxyuser} " \
           f"HIER_DIRECT/{srv} -"


def squid_sni_line(c, domain):
    n = c.n
    srv = f"{pick(n, 'cpfx', ['104.18', '151.101', '185.60', '23.215', '172.67'])}." \
          f"{H(n, 'sa') % 200 + 2}.{H(n, 'sb') % 250 + 2}"
    return f"{c.epoch():.3f} {H(n, 'dur') % 60000 + 40:>6} {c.ip} {c.proxyuser} " \
           f"TCP_TUNNEL/200 {H(n, 'size') % 900000 + 4000} CONNECT {srv}:443 {srv} - \"-\" " \
           f"\"{c.ua}\" {srv} sni={domain} bump=splice"


def clf_line(c, url, method="GET"):
    n = c.n
    size = H(n, "size") % 90000 + 1200
    user = c.proxyuser
    style = wpick(n, "clfstyle", [("combined", 60), ("common", 25), ("apache", 15)])
    req = f"\"{method} {url} HTTP/1.1\""
    if style == "common":
        return f"{c.ip} - {user} [{c.clf_time()}] {req} 200 {size} TCP_MISS:HIER_DIRECT"
    ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://www.bing.com/"])
    base = f"{c.ip} - {user} [{c.clf_time()}] {req} 200 {size} \"{ref}\" \"{c.ua}\""
    if style == "apache":
        return base
    return base + " TCP_MISS:HIER_DIRECT"


def e2g_fields(c, url, terms, method="GET", denied=None):
    n = c.n
    size = H(n, "size") % 90000 + 1200
    weight = H(n, "wt") % 20
    what, status, cat = "-", "200", "-"
    if denied:
        what, status, cat, size = denied[0], "403", denied[1], 0
        weight = denied[2]
    user = c.proxyuser
    return [c.e2g_time(), user, c.ip, url, what, method, str(size), str(weight), cat, "1",
            status, "-", c.ip, "no_name_group", c.ua, f"0={terms};" if terms else "-", "-",
            "-", "-"]


def e2g_line(c, variant, url, terms, method="GET", denied=None):
    f = e2g_fields(c, url, terms, method, denied)
    if variant == 2:
        return ",".join("\"" + x.replace("\"", "'") + "\"" for x in f)
    if variant == 4:
        return "\t".join(f)
    # logfileformat 6 (Protex TSV)
    n = c.n
    size = f[6]
    dur = str(H(n, "dur") % 40)
    code = "454" if denied else "0"
    what = f[4]
    return "\t".join([f"{c.epoch():.3f}", "", f[1], c.ip, c.ip, url, method, f[10], size, "-",
                      c.ua, "-", dur, "-", code, what, f[7], f[8], "no_name_group", "1"])


def zeek_uid(n, salt="uid"):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = H(n, salt)
    s = ""
    for _ in range(17):
        s += alphabet[v % 62]
        v //= 62
        if v == 0:
            v = H(n, salt + s)
    return "C" + s


def zeek_http_json(c, url):
    n = c.n
    u = urllib.parse.urlsplit(url)
    uri = u.path + ("?" + u.query if u.query else "")
    rec = {"ts": round(c.epoch(), 6), "uid": zeek_uid(n), "id.orig_h": c.ip,
           "id.orig_p": 49152 + H(n, "op") % 16000,
           "id.resp_h": SERVER_IP.get(u.hostname, "104.18.32.7"), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": u.hostname, "uri": uri,
           "version": "1.1", "user_agent": c.ua, "request_body_len": 0,
           "response_body_len": H(n, "size") % 90000 + 1200, "status_code": 200,
           "status_msg": "OK", "tags": []}
    return json.dumps(rec)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
                    "trans_depth", "method", "host", "uri", "referrer", "version",
                    "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username",
                    "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types",
                    "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string",
                   "string", "string", "string", "string", "string", "string", "count",
                   "count", "count", "string", "count", "string", "set[enum]", "string",
                   "string", "set[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs",
                   "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count",
                  "interval", "string", "count", "string", "count", "string", "count",
                  "string", "bool", "bool", "bool", "bool", "count", "vector[string]",
                  "vector[interval]", "bool"]


def zeek_header(c, path, fields, types):
    opened = c.dt.replace(minute=0, second=0, microsecond=0).strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", f"#path\t{path}", f"#open\t{opened}",
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http_tsv(c, url):
    n = c.n
    u = urllib.parse.urlsplit(url)
    uri = u.path + ("?" + u.query if u.query else "")
    row = [f"{c.epoch():.6f}", zeek_uid(n), c.ip, str(49152 + H(n, "op") % 16000),
           SERVER_IP.get(u.hostname, "104.18.32.7"), "80", "1", "GET", u.hostname, uri, "-",
           "1.1", c.ua, "-", "0", str(H(n, "size") % 90000 + 1200), "200", "OK", "-", "-",
           "(empty)", "-", "-", "-", "-", "-", "-", "F" + zeek_uid(n, "fuid")[1:], "-",
           "text/html"]
    return zeek_header(c, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]


def zeek_dns_json(c, domain):
    n = c.n
    rec = {"ts": round(c.epoch(), 6), "uid": zeek_uid(n), "id.orig_h": c.ip,
           "id.orig_p": 49152 + H(n, "op") % 16000, "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": H(n, "tid") % 65535, "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "rejected": False}
    if H(n, "rtt") % 2:
        rec["rtt"] = round((H(n, "rttv") % 40000) / 1e6 + 0.0004, 6)
        rec["answers"] = [f"104.18.{H(n, 'sa') % 200 + 2}.{H(n, 'sb') % 250 + 2}"]
        rec["TTLs"] = [300.0]
    return json.dumps(rec)


def zeek_dns_tsv(c, domain):
    n = c.n
    row = [f"{c.epoch():.6f}", zeek_uid(n), c.ip, str(49152 + H(n, "op") % 16000), "10.0.0.53",
           "53", "udp", str(H(n, "tid") % 65535), "0.012817", domain, "1", "C_INTERNET", "1",
           "A", "0", "NOERROR", "F", "F", "T", "T", "0",
           f"5.226.{H(n, 'sa') % 200 + 2}.{H(n, 'sb') % 250 + 2}", "60.000000", "F"]
    return zeek_header(c, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


def dnsmasq_line(c, domain):
    n = c.n
    pid = 900 + H(n, "pid") % 9000
    qt = pick(n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    if H(n, "dmx") % 3:
        return f"{c.syslog_time()} dnsmasq[{pid}]: {H(n, 'serial') % 90000 + 1} " \
               f"{c.ip}/{1024 + H(n, 'op') % 60000} query[{qt}] {domain} from {c.ip}"
    return f"{c.syslog_time()} dnsmasq[{pid}]: query[{qt}] {domain} from {c.ip}"


def unbound_line(c, domain):
    n = c.n
    pid = 700 + H(n, "pid") % 9000
    v = H(n, "ubv") % 4
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    if v == 0:
        return f"{c.syslog_time()} unbound[{pid}:0] info: {c.ip} {domain}. {qt} IN"
    if v == 1:
        return f"{c.syslog_time()} unbound[{pid}:0] info: {c.ip} {domain}. {qt} IN NOERROR " \
               f"0.0{H(n, 'rt') % 90000:05d} 0 {40 + H(n, 'sz') % 200}"
    if v == 2:
        return f"[{int(c.epoch())}] unbound[{pid}:0] info: {c.ip} {domain}. {qt} IN"
    return f"[{int(c.epoch())}] unbound[{pid}:0] info: {c.ip} {domain}. {qt} IN NOERROR " \
           f"0.0{H(n, 'rt') % 90000:05d} 0 {40 + H(n, 'sz') % 200}"


def bind_line(c, domain, rpz=False):
    n = c.n
    ts = f"{c.dt.day:02d}-{MONTHS[c.dt.month - 1]}-{c.dt.year} {c.dt.strftime('%H:%M:%S')}." \
         f"{c.dt.microsecond // 1000:03d}"
    client = f"@0x7f{H(n, 'cl') % 0xffffffffff:010x}"
    port = 1024 + H(n, "op") % 60000
    if rpz:
        return f"{ts} rpz: info: client {client} {c.ip}#{port} ({domain}): rpz QNAME NXDOMAIN " \
               f"rewrite {domain}/A/IN via {domain}.rpz.local"
    return f"{ts} queries: info: client {client} {c.ip}#{port} ({domain}): query: {domain} IN " \
           f"A +E(0)K (10.0.0.53)"


def endpoint_json(c, event, process, title, text, url, plus=0.0, site=True, user=True):
    rec = {"ts": c.iso(plus)}
    if site:
        rec["site"] = c.site
    rec["device"] = c.device
    if user:
        rec["user"] = c.user
    rec["event"] = event
    if process is not None:
        rec["process"] = process
    if title is not None:
        rec["window_title"] = title
    if event == "text_capture":
        rec["text"] = text
    if event in ("text_capture", "url_visit"):
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


TEAMS_PEOPLE = ["Kieran Walsh", "Amelia Okoro", "Level 3 HSC group", "Site team - Leeds",
                "Zara Hussain", "Tyler Evans", "Motor Vehicle L2", "Priya Patel",
                "Curriculum team", "Jordan Reid", "Salon crew", "IT Apprentices 2026"]


def app_window(n, app):
    name = pick(n, "tname", TEAMS_PEOPLE)
    b_proc, b_sfx = pick(n, "browser", BROWSERS)
    table = {
        "wa_web": (b_proc, pick(n, "wat", ["WhatsApp", "(2) WhatsApp", "(14) WhatsApp"]) + b_sfx),
        "wa_desk": ("WhatsApp.exe", "WhatsApp"),
        "teams": ("ms-teams.exe", f"Chat | {name} | Microsoft Teams"),
        "msgr": (b_proc, "Messenger | Facebook" + b_sfx),
        "insta": (b_proc, pick(n, "igt", ["Instagram", "Inbox \u2022 Chats"]) + b_sfx),
        "snap": (b_proc, "Snapchat" + b_sfx),
        "discord": ("Discord.exe", pick(n, "dct", ["#general | the lads - Discord",
                                                    "@kxng_j - Discord",
                                                    "#off-topic | college mates - Discord"])),
        "outlook": ("OUTLOOK.EXE", pick(n, "olt", ["Untitled - Message (HTML)",
                                                    "RE: this week - Message (HTML)",
                                                    "FW: Unit update - Message (HTML)"])),
        "gmail": (b_proc, "Compose Mail - Gmail" + b_sfx),
        "word": ("WINWORD.EXE", pick(n, "wdt", ["Unit 12 assignment.docx - Word",
                                                 "Reflective log - Word",
                                                 "Document3 - Word"])),
        "gdocs": (b_proc, pick(n, "gdt", ["Assignment draft - Google Docs",
                                           "Notes - Google Docs"]) + b_sfx),
        "forum": (b_proc, pick(n, "frt", ["Reply to thread - The Student Room",
                                           "Forum: Unit 4 discussion | Moodle",
                                           "Mumsnet - Post a reply"]) + b_sfx),
        "notepad": ("notepad.exe", "*Untitled - Notepad"),
    }
    return table[app]


DEFAULT_APPS = {"gen": ["wa_web", "snap", "insta", "discord", "teams", "msgr"],
                "staff": ["teams", "outlook"], "esol": ["wa_web", "msgr", "gmail"],
                "adult": ["wa_web", "msgr", "gmail"]}


def wrap_line(c, fmt, line, how):
    n = c.n
    host = {"squid": "proxy-" + (c.site or "core"), "clf": "proxy-" + (c.site or "core"),
            "e2guardian": "filter01", "bind": "ns1", "endpoint": c.device}.get(fmt, "loghost")
    tag = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "bind": "named",
           "endpoint": "guardline-agent"}.get(fmt, "app")
    pid = 1000 + H(n, "wpid") % 30000
    pri = {"endpoint": 14, "bind": 30}.get(fmt, 190)
    if how == "3164":
        return f"<{pri}>{c.syslog_time()} {host} {tag}[{pid}]: {line}"
    if how == "5424":
        return f"<{pri}>1 {c.iso()} {host} {tag} {pid} - - {line}"
    if how == "env":
        env = {"ts_received": c.iso(1.2).replace("Z", "+00:00"), "host": host, "source": tag,
               "file": {"squid": "/var/log/squid/access.log",
                        "clf": "/var/log/squid/access.log",
                        "e2guardian": "/var/log/e2guardian/access.log",
                        "bind": "/var/log/named/query.log",
                        "endpoint": "/var/log/guardline/agent.jsonl"}.get(fmt, "/var/log/x"),
               "message": line}
        return json.dumps(env).replace("/", "\\/")
    return line


WRAPPABLE = {"squid", "clf", "e2guardian", "bind", "endpoint"}


def render(n, it):
    """Return (format, line_or_lines)."""
    c = Ctx(n, it["ctx"])
    kind = it["kind"]
    fmt_opt = it.get("fmt")
    b_proc, b_sfx = pick(n, "browser", BROWSERS)

    if kind == "q":
        eng = it["eng"] or wpick(n, "eng", ENGINE_WEIGHTS)
        if eng == "bing" and H(n, "edge") % 3:
            b_proc, b_sfx = BROWSERS[1]
        q = it["text"]
        enc = it["enc"] or ("pct" if H(n, "enc") % 3 == 0 else "plus")
        url = search_url(n, eng, q, enc)
        if it["redirect"]:
            url = "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&url=" + \
                  urllib.parse.quote(url, safe="") + "&usg=AOvVaw3x"
        r = fmt_opt or wpick(n, "qr", [("squid", 30), ("clf", 20), ("e2g", 12),
                                       ("zeek_http", 7), ("ep_title", 14), ("ep_url", 9),
                                       ("auto", 3)])
        if r == "auto":
            r = pick(n, "autoq", ["squid_auto", "clf_auto", "ep_title_auto"])
        if r in ("squid", "squid_auto"):
            denied = bool(it["expect"]) and H(n, "deny") % 9 == 0
            fmt, line = "squid", squid_line(c, url, denied=denied)
        elif r in ("clf", "clf_auto"):
            fmt, line = "clf", clf_line(c, url)
        elif r in ("e2g", "e2g2_denied"):
            variant = pick(n, "e2v", [2, 4, 6]) if r == "e2g" else 2
            denied = None
            if r == "e2g2_denied" or (it["expect"] and H(n, "deny") % 5 == 0):
                words = [w for w in q.split() if len(w) > 3][:2] or [q]
                wt = 30 + H(n, "dw") % 40
                denied = (f"*DENIED-PARAMS* Weighted search term limit of 30 : {wt} "
                          f"(({', '.join(words)}))", "Banned Search Terms", wt)
            fmt, line = "e2guardian", e2g_line(c, variant, url, q, denied=denied)
        elif r == "zeek_http":
            fmt, line = "zeek-http", zeek_http_json(c, url.replace("https://", "http://"))
        elif r == "zeek_tsv":
            return "zeek-http", zeek_http_tsv(c, url.replace("https://", "http://"))
        elif r in ("ep_title", "ep_title_auto"):
            fmt, line = "endpoint", endpoint_json(c, "window_title", b_proc,
                                                  search_title(eng, q) + b_sfx, None, None)
        elif r == "ep_url":
            fmt, line = "endpoint", endpoint_json(c, "url_visit", b_proc,
                                                  search_title(eng, q) + b_sfx, None, url)
        else:
            raise ValueError(r)
        if r.endswith("_auto"):
            fmt = "auto"

    elif kind == "m":
        app = it["app"] or pick(n, "app", DEFAULT_APPS.get(it["ctx"], ["wa_web", "wa_desk",
                                                                        "teams"]))
        proc, title = app_window(n, app)
        line = endpoint_json(c, "text_capture", proc, title, it["text"], None,
                             user=H(n, "nouser") % 12 != 0)
        fmt = "auto" if (fmt_opt == "auto" or H(n, "mauto") % 40 == 0) else "endpoint"

    elif kind == "split":
        app = it["app"] or pick(n, "app", DEFAULT_APPS.get(it["ctx"], ["wa_web", "teams"]))
        proc, title = app_window(n, app)
        gap = 2 + H(n, "gap") % 9 + (H(n, "gapms") % 1000) / 1000.0
        a, b = it["parts"]
        return "endpoint", [endpoint_json(c, "text_capture", proc, title, a, None),
                            endpoint_json(c, "text_capture", proc, title, b, None, plus=gap)]

    elif kind == "d":
        d = it["domain"]
        r = fmt_opt or wpick(n, "dr", [("dnsmasq", 22), ("unbound", 18), ("bind", 18),
                                       ("zeek_dns", 16), ("squid_connect", 8),
                                       ("squid_sni", 8), ("e2g_connect", 5), ("ep_url", 5)])
        if r == "zeek_dns_tsv":
            return "zeek-dns", zeek_dns_tsv(c, d)
        if r == "dnsmasq":
            fmt, line = "dnsmasq", dnsmasq_line(c, d)
        elif r == "unbound":
            fmt, line = "unbound", unbound_line(c, d)
        elif r == "bind":
            fmt, line = "bind", bind_line(c, d, rpz=bool(it["expect"]) and H(n, "rpz") % 3 == 0)
        elif r == "zeek_dns":
            fmt, line = "zeek-dns", zeek_dns_json(c, d)
        elif r == "squid_connect":
            fmt, line = "squid", squid_connect_line(c, d)
        elif r == "squid_sni":
            fmt, line = "squid", squid_sni_line(c, d)
        elif r == "e2g_connect":
            fmt, line = "e2guardian", e2g_line(c, pick(n, "e2v", [2, 4, 6]),
                                               f"https://{d}:443", None, method="CONNECT")
        elif r == "ep_url":
            fmt, line = "endpoint", endpoint_json(c, "url_visit", b_proc, d + b_sfx, None,
                                                  f"https://{d}/")
        else:
            raise ValueError(r)

    elif kind == "u":
        url = it["url"]
        r = fmt_opt or wpick(n, "ur", [("squid", 35), ("clf", 25), ("e2g", 10),
                                       ("zeek_http", 10), ("ep_url", 20)])
        if r == "squid":
            fmt, line = "squid", squid_line(c, url)
        elif r == "clf":
            fmt, line = "clf", clf_line(c, url)
        elif r == "e2g":
            fmt, line = "e2guardian", e2g_line(c, pick(n, "e2v", [2, 4, 6]), url, None)
        elif r == "zeek_http":
            fmt, line = "zeek-http", zeek_http_json(c, url.replace("https://", "http://"))
        else:
            title = (it["title"] or host_of(url)) + b_sfx
            fmt, line = "endpoint", endpoint_json(c, "url_visit", b_proc, title, None, url)

    elif kind == "w":
        proc = it["process"] or b_proc
        fmt, line = "endpoint", endpoint_json(c, "window_title", proc, it["title"], None, None)

    elif kind == "p":
        fmt, line = "endpoint", endpoint_json(c, "process_start", it["process"], it["title"],
                                              None, None)

    elif kind == "hb":
        fmt, line = "endpoint", endpoint_json(c, "heartbeat", None, None, None, None,
                                              user=False)
    else:
        raise ValueError(kind)

    inner_fmt = "endpoint" if fmt == "auto" and line.startswith("{") else fmt
    how = it.get("wrap")
    if how is None and inner_fmt in WRAPPABLE and fmt != "auto":
        w = H(n, "wrap") % 100
        how = "3164" if w < 3 else "5424" if w < 5 else "env" if w < 6 else None
    if how:
        line = wrap_line(c, inner_fmt if fmt == "auto" else fmt, line, how)
    return fmt, line


# ======================================================================================
# build, validate, write
# ======================================================================================
def build():
    order = sorted(range(len(ITEMS)),
                   key=lambda i: hashlib.sha256(f"h10-order-{i:04d}".encode()).hexdigest())
    out = []
    for pos, idx in enumerate(order):
        n = pos + 1
        it = ITEMS[idx]
        fmt, payload = render(n, it)
        rec = {"id": f"h10-{n:04d}", "format": fmt}
        if isinstance(payload, list):
            rec["lines"] = payload
        else:
            rec["line"] = payload
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append(rec)
    return out


def validate(records):
    errors = []
    seen_ids, seen_lines = set(), set()
    for r in records:
        text = json.dumps(r, ensure_ascii=True)
        back = json.loads(text)
        if back != r:
            errors.append(f"{r['id']}: JSON round trip differs")
        keys = set(r)
        if not keys <= {"id", "format", "line", "lines", "expect", "allow"}:
            errors.append(f"{r['id']}: unexpected keys {keys}")
        if ("line" in r) == ("lines" in r):
            errors.append(f"{r['id']}: exactly one of line/lines")
        if r["id"] in seen_ids:
            errors.append(f"{r['id']}: duplicate id")
        seen_ids.add(r["id"])
        if r["format"] not in FORMATS:
            errors.append(f"{r['id']}: bad format {r['format']}")
        lines = r.get("lines") or [r.get("line")]
        for ln in lines:
            if not isinstance(ln, str) or not ln or "\n" in ln:
                errors.append(f"{r['id']}: bad line")
        key = "\n".join(lines)
        if key in seen_lines:
            errors.append(f"{r['id']}: duplicate line")
        seen_lines.add(key)
        if not isinstance(r["expect"], list):
            errors.append(f"{r['id']}: expect not a list")
        cats = []
        for e in r["expect"]:
            if set(e) != {"category", "min_level"} or e["category"] not in CATEGORIES or \
                    not isinstance(e["min_level"], int) or not 1 <= e["min_level"] <= 5:
                errors.append(f"{r['id']}: bad expect {e}")
            cats.append(e["category"])
        if len(set(cats)) != len(cats):
            errors.append(f"{r['id']}: repeated expected category")
        if "allow" in r:
            if not r["allow"] or any(a not in CATEGORIES for a in r["allow"]) or \
                    set(r["allow"]) & set(cats) or len(set(r["allow"])) != len(r["allow"]):
                errors.append(f"{r['id']}: bad allow {r['allow']}")
        # time stamps must be November 2026; endpoint JSON must carry required keys
        for ln in lines:
            core = ln
            if core.startswith("{\"ts_received\""):
                core = json.loads(core)["message"]
            if core.startswith("<"):
                core = core.split(": ", 1)[1] if "]: " in core[:80] else core.split(" - - ", 1)[1]
            if r["format"] in ("endpoint", "auto") and core.startswith("{"):
                ev = json.loads(core)
                if not {"ts", "device", "event"} <= set(ev):
                    errors.append(f"{r['id']}: endpoint event lacks required keys")
                if not ev["ts"].startswith("2026-11-"):
                    errors.append(f"{r['id']}: endpoint ts not November 2026")
                if ev["event"] not in ("text_capture", "window_title", "url_visit",
                                       "process_start", "heartbeat"):
                    errors.append(f"{r['id']}: bad event")
            if r["format"] in ("zeek-http", "zeek-dns") and core.startswith("{"):
                z = json.loads(core)
                t = datetime.datetime.fromtimestamp(z["ts"], UTC)
                if (t.year, t.month) != (2026, 11):
                    errors.append(f"{r['id']}: zeek ts not November 2026")
            if r["format"] == "squid" and core[:1].isdigit():
                t = datetime.datetime.fromtimestamp(float(core.split()[0]), UTC)
                if (t.year, t.month) != (2026, 11):
                    errors.append(f"{r['id']}: squid ts not November 2026")
            if r["format"] == "clf" and "/Nov/2026:" not in core:
                errors.append(f"{r['id']}: clf ts not November 2026")
    return errors


def stats(records):
    pos = {c: 0 for c in CATEGORIES}
    lvl = {}
    fmts = {}
    neg = 0
    multi = 0
    wraps = {"3164": 0, "5424": 0, "env": 0}
    events = {}
    for r in records:
        fmts[r["format"]] = fmts.get(r["format"], 0) + 1
        if not r["expect"]:
            neg += 1
        for e in r["expect"]:
            pos[e["category"]] += 1
            lvl[(e["category"], e["min_level"])] = lvl.get((e["category"], e["min_level"]), 0) + 1
        if "lines" in r:
            multi += 1
        ln = r.get("line") or r["lines"][-1]
        if ln.startswith("{\"ts_received\""):
            wraps["env"] += 1
        elif ln.startswith("<") and ">1 " in ln[:8]:
            wraps["5424"] += 1
        elif ln.startswith("<"):
            wraps["3164"] += 1
        if "\"event\": \"" in ln:
            ev = ln.split("\"event\": \"", 1)[1].split("\"", 1)[0]
            events[ev] = events.get(ev, 0) + 1
    return pos, lvl, fmts, neg, multi, wraps, events


def check_counts(records):
    pos, _, fmts, neg, multi, wraps, _ = stats(records)
    errs = []
    if len(records) < 370:
        errs.append(f"only {len(records)} items")
    if neg < 0.40 * len(records):
        errs.append(f"negatives {neg} < 40%")
    for c in DEEP:
        if not 22 <= pos[c] <= 30:
            errs.append(f"{c}: {pos[c]} positives, want about 22-25")
    for c in CATEGORIES:
        if c not in DEEP and pos[c] < 7:
            errs.append(f"{c}: {pos[c]} positives, want at least 7")
    for f in FORMATS:
        if fmts.get(f, 0) == 0:
            errs.append(f"format {f} missing")
    if multi == 0 or not all(wraps.values()):
        errs.append("missing multi-line items or syslog/envelope wrapping")
    return errs


def main():
    records = build()
    errors = validate(records) + check_counts(records)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    final = os.path.join(here, "heldout10.jsonl")
    tmp = os.path.join(here, ".heldout10.jsonl.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=True) + "\n")
    # re-read and re-validate what was written before publishing it
    with open(tmp, encoding="utf-8") as fh:
        again = [json.loads(x) for x in fh]
    if again != records or validate(again):
        os.unlink(tmp)
        print("error: written file failed validation", file=sys.stderr)
        sys.exit(1)
    os.replace(tmp, final)
    if "--stats" in sys.argv[1:]:
        pos, lvl, fmts, neg, multi, wraps, events = stats(records)
        p = sys.stderr
        print(f"items {len(records)}  positives {len(records) - neg}  negatives {neg} "
              f"({100.0 * neg / len(records):.1f}%)", file=p)
        print("positives per category (expect entries):", file=p)
        for c in CATEGORIES:
            levels = ", ".join(f"L{l}={lvl[(c, l)]}" for l in range(1, 6) if (c, l) in lvl)
            print(f"  {c:16s} {pos[c]:4d}   {levels}", file=p)
        print("formats:", file=p)
        for f in FORMATS:
            print(f"  {f:12s} {fmts.get(f, 0):4d}", file=p)
        print(f"endpoint events: {dict(sorted(events.items()))}", file=p)
        print(f"multi-line items {multi}; wrapped: {wraps}", file=p)
        print(f"wrote {final}", file=p)


if __name__ == "__main__":
    main()
