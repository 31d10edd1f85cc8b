#!/usr/bin/env python3
"""Build heldout7.jsonl: an independent, hand-written held-out corpus for Guardline.

Purpose
    A labelled evaluation corpus (CONTRACTS.md section 4) written by hand, without
    looking at the detector's rules, code or tests, to measure once and honestly how
    well the detector does on phrasing nobody tuned it for.  It covers all 16
    categories of CONTRACTS.md section 3 (deep for suicide, self_harm,
    radicalisation, grooming, bullying, discrimination, violence; a handful each for
    the other nine) and at least 40% hard negatives ("expect": []): innocent
    look-alikes such as homework, history, news, health education, lyrics, games,
    place names, medical, cooking, DIY, sport, cyber-security coursework, staff
    searches for helplines and training, and ordinary teenage chat.  Every log format
    of CONTRACTS.md section 2 appears (squid native with and without sni=/bump=
    tokens, clf common and combined, e2guardian 2/4/6, unbound, dnsmasq, bind query
    and RPZ, zeek dns/http as JSON and TSV, endpoint text_capture / window_title /
    url_visit), some wrapped in RFC 3164 / RFC 5424 syslog prefixes or an rsyslog
    JSON envelope, and a few multi-line items.  All timestamps fall in November 2026.

Determinism
    Stdlib only.  Every "random" choice (order, format, engine, user, device, IP,
    time, disguise details, syslog wrapping) is derived from a SHA-256 hash of the
    item number (definition number for the shuffle, final item number for the
    rest), so rerunning the script rewrites heldout7.jsonl byte for byte.

Private tags
    Each item carries a private wording tag that is NOT written to the jsonl:
      dir  direct wording of the risk
      ind  indirect: euphemism, algospeak, UK teen slang/text-speak, questions,
           third person ("my mate..."), long messages with the risk in the middle,
           coded terms
      dis  disguised: leetspeak, spaced/dotted/stretched letters, asterisks,
           Cyrillic/Greek look-alikes, full-width letters, zero-width characters
      neg  hard negative (expect is empty)
    `--stats` prints counts per category, tag, format and family to stderr.

Usage
    python3 build_heldout7.py [--stats]
"""

import calendar
import hashlib
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout7.jsonl")

DEFAULT_LEVEL = {
    "suicide": 4, "self_harm": 4, "radicalisation": 4, "grooming": 4,
    "bullying": 3, "discrimination": 3, "violence": 4, "adult_content": 3,
    "drugs": 3, "gambling": 2, "filter_bypass": 2, "hacking": 2, "piracy": 1,
    "gaming": 1, "social_media": 1, "illegal_content": 3,
}


# --------------------------------------------------------------------------
# deterministic hashing helpers
# --------------------------------------------------------------------------

def H(n, salt):
    return int(hashlib.sha256(("%s|%s" % (n, salt)).encode("utf-8")).hexdigest(), 16)


def pick(n, salt, seq):
    return seq[H(n, salt) % len(seq)]


def wpick(n, salt, weighted):
    total = sum(w for _, w in weighted)
    r = H(n, salt) % total
    for v, w in weighted:
        if r < w:
            return v
        r -= w
    return weighted[-1][0]


# --------------------------------------------------------------------------
# item definitions
# --------------------------------------------------------------------------

DEFS = []


def P(cat, tag, kind, body, lvl=None, allow=(), also=(), **kw):
    expect = [{"category": cat, "min_level": lvl if lvl is not None else DEFAULT_LEVEL[cat]}]
    for c, l in also:
        expect.append({"category": c, "min_level": l})
    DEFS.append(dict(tag=tag, kind=kind, body=body, expect=expect,
                     allow=list(allow), cat=cat, **kw))


def N(kind, body, trap, **kw):
    DEFS.append(dict(tag="neg", kind=kind, body=body, expect=[], allow=[],
                     cat=None, trap=trap, **kw))


# Kinds: q = search query (engine URL / search window title), t = typed chat text,
# s = typed text split across two endpoint events, d = domain, u = full URL,
# w = window title.  {...} marks the part a disguise transform is applied to (dz).

# ---- suicide -------------------------------------------------------------
P("suicide", "dir", "q", "how many paracetamol to kill yourself 500mg uk", 5)
P("suicide", "dir", "t", "ive decided. jumping off the flyover by the retail park after school tmrw, just wanted someone to know", 5, app="discord")
P("suicide", "dir", "t", "i actually want to kill myself, i cant keep doing this every single day", 4, app="whatsapp")
P("suicide", "dir", "q", "does hanging hurt or is it instant", 5, eng="bing")
P("suicide", "dir", "t", "finished my suicide note last night, its folded up in my planner if anyone ever looks", 5, app="snap")
P("suicide", "dir", "q", "how fast does a train have to go to kill you instantly", 5, eng="ddg")
P("suicide", "dir", "w", "how to write a goodbye letter before ending your life - Google Search - Google Chrome", 5)
P("suicide", "dir", "u", "https://www.reddit.com/r/SuicideWatch/comments/1gx8k2p/i_dont_want_to_be_here_anymore/", 4)
P("suicide", "ind", "t", "honestly everyone would be better off if i just wasnt around anymore. not a cry for help or whatever i just dont see the point of next year x", 4, app="insta")
P("suicide", "ind", "t", "my mate keeps saying hes gonna unalive himself after mocks, he gave me his hoodie n his switch today and said keep them. what do i even do", 4, allow=["self_harm"], app="whatsapp")
P("suicide", "ind", "q", "how long does it take to bleed out from your wrist", 5, allow=["self_harm"])
P("suicide", "ind", "q", "can u od on sertraline if u take the whole box", 5, allow=["self_harm", "drugs"])
P("suicide", "ind", "t", "ok so revision is going alright and mum says hi. tbh ive been saving up my nans tablets in a sock in my drawer, about 40 now, for when it gets too much. anyway u coming to the match saturday?", 5, allow=["self_harm", "drugs"], app="messenger")
P("suicide", "ind", "q", "is it selfish to want to go to sleep and never wake up", 4, eng="reddit")
P("suicide", "ind", "t", "sewerslide lookin real tempting rn ngl", 4, app="tiktok")
P("suicide", "ind", "s", ("i dont think ill still be here ", "by christmas tbh, ive got it all sorted how"), 5, allow=["self_harm"])
P("suicide", "ind", "q", "what does ctb mean on that forum and does it hurt", 4)
P("suicide", "dis", "q", "how to k1ll mys3lf w1thout p4in", 5)
P("suicide", "dis", "t", "{i want to die}", 4, dz="spaced", app="discord")
P("suicide", "dis", "q", "{suicide} methods that look like an accident", 5, dz="cyrillic")
P("suicide", "dis", "t", "gonna {end my life tonight}", 5, dz="fullwidth")
P("suicide", "dis", "q", "how much {insulin to die}", 5, dz="asterisk", allow=["self_harm", "drugs"])

# ---- self-harm (incl. eating disorders) ----------------------------------
P("self_harm", "dir", "q", "how to hide self harm scars for pe in summer")
P("self_harm", "dir", "t", "cut again last night and it went deeper than normal, pls dont tell anyone", allow=["suicide"], app="snap")
P("self_harm", "dir", "q", "what to cut with if you dont have a razor")
P("self_harm", "dir", "q", "how to make urself throw up after eating without anyone hearing")
P("self_harm", "dir", "q", "pro ana tips eat under 500 calories a day", eng="tiktok")
P("self_harm", "dir", "t", "burnt myself with the lighter again. i deserve it tbh", app="whatsapp")
P("self_harm", "dir", "q", "how to get the blade out of a pencil sharpener", eng="youtube")
P("self_harm", "dir", "w", "self harm wound care without going to a&e - Google Search - Google Chrome")
P("self_harm", "dir", "q", "laxatives to lose weight fast", eng="amazon", allow=["drugs"])
P("self_harm", "ind", "t", "do u ever just want to feel something so u scratch til it bleeds", app="insta")
P("self_harm", "ind", "t", "thighs are at styro now lol dont tell anyone", allow=["suicide"], app="discord")
P("self_harm", "ind", "q", "is it normal to bite ur arm till it bruises when ur stressed")
P("self_harm", "ind", "t", "my mate showed me her arms in the girls toilets, loads of lines, she made me swear not to tell miss", app="whatsapp")
P("self_harm", "ind", "q", "meanspo quotes to stop eating", eng="tiktok")
P("self_harm", "ind", "t", "skipped breakfast lunch and tea, day 3 \U0001F98B gw is 42kg then ill be happy", app="notes")
P("self_harm", "ind", "s", ("thinking of getting the sharpener", " out again tonight after everyone's asleep"))
P("self_harm", "ind", "q", "sh relapse after 200 days clean what now", eng="reddit")
P("self_harm", "dis", "q", "s3lf h4rm ideas that dont leave marks")
P("self_harm", "dis", "t", "{cutting} myself again", dz="cyrillic", app="snap")
P("self_harm", "dis", "q", "{thinspo} collarbones", dz="zw")
P("self_harm", "dis", "t", "i neeeeed to hurt myseeeelf so bad", app="discord")
P("self_harm", "dis", "q", "{purging} after a binge how often is safe", dz="dotted")

# ---- radicalisation ------------------------------------------------------
P("radicalisation", "dir", "q", "how to get to syria to join the islamic state from uk", 5, allow=["violence"])
P("radicalisation", "dir", "q", "patriotic alternative how to join under 18", allow=["discrimination"])
P("radicalisation", "dir", "q", "dabiq magazine pdf download")
P("radicalisation", "dir", "t", "the great replacement is literally happening in our town, we need to start fighting back before its too late", allow=["discrimination", "violence"], app="telegram")
P("radicalisation", "dir", "q", "tarrant manifesto read online", allow=["violence"])
P("radicalisation", "dir", "q", "anwar al awlaki lectures full playlist", eng="youtube")
P("radicalisation", "dir", "q", "is national action still active in uk how to contact them")
P("radicalisation", "dir", "w", "christchurch mosque shooting full video uncut - Google Search - Google Chrome", allow=["violence"])
P("radicalisation", "dir", "t", "kuffar will get whats coming. after ramadan im doing something real for the ummah, ill show u all", 5, allow=["violence", "discrimination"], app="telegram")
P("radicalisation", "ind", "q", "is it haram to pledge bayah to the dawlah online")
P("radicalisation", "ind", "t", "my cousin keeps sending me telegram channels about the khilafah, says ill understand soon and not to tell my dad about it", allow=["grooming"], app="whatsapp")
P("radicalisation", "ind", "q", "what does 1488 mean and where can i get the patch", allow=["discrimination"])
P("radicalisation", "ind", "t", "joined this server where they post saint edits, whoever got the highest score is basically a god there lol", allow=["violence"], app="discord")
P("radicalisation", "ind", "q", "remigration petition uk sign up", 3, allow=["discrimination"])
P("radicalisation", "ind", "q", "siege james mason pdf sonnenkrieg reading list")
P("radicalisation", "ind", "t", "yeah football was good. anyway the bloke from the gym gave me some leaflets about defending our people and said theres a meet in a pub car park saturday, bring mates who are 'awake'. should i go or nah", allow=["discrimination", "grooming"], app="snap")
P("radicalisation", "ind", "q", "how to make hijrah as a teenager without my parents knowing")
P("radicalisation", "dis", "q", "{isis nasheeds}", dz="greek", eng="youtube")
P("radicalisation", "dis", "q", "h0w t0 j01n 4tomw4ffen uk")
P("radicalisation", "dis", "q", "{white genocide} proof britain", dz="zw", allow=["discrimination"])
P("radicalisation", "dis", "w", "{amaq agency} latest release - Telegram", dz="cyrillic", proc="Telegram.exe")
P("radicalisation", "dis", "q", "{mujahideen recruitment} telegram", dz="asterisk")

# ---- grooming / sexual exploitation --------------------------------------
P("grooming", "dir", "t", "how old r u? u seem way more mature than girls ur age. are u home alone rn", app="insta")
P("grooming", "dir", "t", "delete these msgs after ok, ur parents wouldnt understand what we have", app="snap")
P("grooming", "dir", "t", "add me on snap instead this app reads our chats. whats ur @", allow=["social_media", "gaming"], app="roblox")
P("grooming", "dir", "t", "ill send \u00a350 to ur paypal if u send a pic in ur school uniform", allow=["adult_content"], app="insta")
P("grooming", "dir", "t", "ill pick u up from the park behind sainsburys at 8, leave ur phone at home and dont tell ur mum", 5, app="snap")
P("grooming", "dir", "q", "someone is threatening to send my nudes to my friends unless i pay them", allow=["illegal_content"])
P("grooming", "dir", "t", "i have ur pics. \u00a3200 in amazon vouchers by tonight or everyone on ur followers list sees them", 5, allow=["illegal_content"], app="insta")
P("grooming", "dir", "q", "older guy i met on roblox wants to meet up in real life is that ok", allow=["gaming"])
P("grooming", "dir", "w", "man from discord sent me a gift card for pics what do i do - Google Search - Google Chrome")
P("grooming", "ind", "t", "ur not like the other girls in ur year, u can tell me anything, this stays between us yeah", app="snap")
P("grooming", "ind", "t", "hes 24 and buys me vapes and calls me wifey but im not allowed to tell anyone about him. my mate says its weird?", allow=["drugs"], app="whatsapp")
P("grooming", "ind", "t", "my friends 'boyfriend' is like 19 and keeps asking her to facetime when her mums out, shes 13. should i tell someone", app="teams")
P("grooming", "ind", "q", "is it illegal for a 20 year old to ask a 14 year old for pics", allow=["illegal_content"])
P("grooming", "ind", "t", "wanna do a lil trade? ill send u 2k robux for a cheeky one \U0001F609", allow=["gaming", "adult_content"], app="roblox")
P("grooming", "ind", "s", ("whats ur address, ill send u a little ", "present. dont let ur dad see the parcel x"), app="insta")
P("grooming", "ind", "q", "how to get someone to delete my snaps theyre blackmailing me", allow=["illegal_content"])
P("grooming", "ind", "t", "we can move to telegram its got secret chats that delete themselves, what year r u in?", allow=["social_media"], app="discord")
P("grooming", "dis", "t", "s3nd n00dz bbg no1 will kn0w", allow=["adult_content"], app="snap")
P("grooming", "dis", "t", "{dont tell your parents} about us ok", dz="dotted", app="insta")
P("grooming", "dis", "t", "{meet me at the station saturday}, come on ur own", 5, dz="cyrillic", app="snap")
P("grooming", "dis", "q", "{sextortion help} under 18", dz="fullwidth")
P("grooming", "dis", "t", "how {old} are u {really}? {send a pic to prove it}", dz="zw", app="insta")

# ---- bullying ------------------------------------------------------------
P("bullying", "dir", "t", "no one in this school likes you, just leave already", app="insta")
P("bullying", "dir", "t", "kys you fat ugly freak", allow=["suicide", "discrimination"], app="snap")
P("bullying", "dir", "t", "lets make a gc without jess and screenshot her stories for the laughs", app="whatsapp")
P("bullying", "dir", "t", "send that vid of him crying to everyone, make it go viral \U0001F602", app="snap")
P("bullying", "dir", "t", "you stink like a bin, everyone moves seats when you sit down", app="teams")
P("bullying", "dir", "q", "how to make a fake insta account to expose someone from school", allow=["social_media"])
P("bullying", "dir", "t", "if u snitch to sir we'll batter u after school again", allow=["violence"], app="whatsapp")
P("bullying", "dir", "w", "year10 exposed \U0001F921 (@y10.exposed.hmz) \u2022 Instagram photos and videos - Google Chrome", allow=["social_media"])
P("bullying", "dir", "t", "nobody would even notice if u stopped coming in. literally nobody", allow=["suicide"], app="insta")
P("bullying", "ind", "q", "everyone in my form left me out of the groupchat and laugh when i walk in what do i do")
P("bullying", "ind", "t", "ratio + no friends + ur mum buys ur school shoes from aldi \U0001F480", app="tiktok")
P("bullying", "ind", "t", "lol who invited the walking pizza face, someone tell her theres no room at our table", app="whatsapp")
P("bullying", "ind", "t", "so in the changing rooms they took my bag again and chucked it in the showers then put it on their story with the crying laughing emoji. its every week. i dont want to tell anyone itll make it worse", app="notes")
P("bullying", "ind", "t", "poll in the gc: whos the ugliest girl in 9R \U0001F602 vote below", app="whatsapp")
P("bullying", "ind", "q", "how to stop people spreading rumours about me at school")
P("bullying", "ind", "s", ("dont even bother coming in monday, we're all gonna ", "ignore u and film it when u cry"), app="snap")
P("bullying", "ind", "t", "shes such a fat cow, crop her out before we post it", app="insta")
P("bullying", "dis", "t", "k.y.s no one w4nts u here", allow=["suicide"], app="discord")
P("bullying", "dis", "t", "ur s0 ug1y n0 w0nder ur dad left", app="snap")
P("bullying", "dis", "t", "{everyone hates you}", dz="greek", app="insta")
P("bullying", "dis", "t", "go n*ck urself loser", allow=["suicide"], app="discord")
P("bullying", "dis", "t", "{nobody wants you in the group}", dz="fullwidth", app="whatsapp")

# ---- discrimination ------------------------------------------------------
P("discrimination", "dir", "t", "go back to your own country u dont belong in this school", allow=["bullying"], app="teams")
P("discrimination", "dir", "q", "jokes about muslims that are actually offensive")
P("discrimination", "dir", "t", "only faggots wear pink laces bro", allow=["bullying"], app="discord")
P("discrimination", "dir", "t", "trannies shouldnt be allowed in the girls toilets theyre all freaks", allow=["bullying"], app="snap")
P("discrimination", "dir", "q", "why are jews so greedy", allow=["radicalisation"])
P("discrimination", "dir", "t", "dont sit with the paki kid he stinks of curry", allow=["bullying"], app="whatsapp")
P("discrimination", "dir", "q", "racist memes about black people dark humour", eng="reddit")
P("discrimination", "dir", "t", "girls shouldnt even be allowed to do physics, get back in the kitchen", allow=["bullying"], app="teams")
P("discrimination", "dir", "q", "are all gypsies thieves")
P("discrimination", "ind", "t", "our street was fine til the polish lot moved in, now its all car washes and crime", app="messenger")
P("discrimination", "ind", "t", "my mate keeps calling the new lad 'the terrorist' cause hes from syria and everyone laughs", allow=["bullying"], app="whatsapp")
P("discrimination", "ind", "q", "how to tell if someone is jewish by their surname", allow=["radicalisation"])
P("discrimination", "ind", "t", "hes autistic so he doesnt count, just leave him out lol", allow=["bullying"], app="snap")
P("discrimination", "ind", "t", "mosques should all be shut down in this country tbh", allow=["radicalisation"], app="discord")
P("discrimination", "ind", "q", "why is everyone so woke about trans people theyre just mentally ill")
P("discrimination", "ind", "t", "nah shes too dark for him lol he only likes light skin", app="snap")
P("discrimination", "ind", "s", ("people like them shouldnt be allowed to adopt, two dads is", " just wrong and disgusting"), app="teams")
P("discrimination", "dis", "t", "look at the n1gg3r in the front row lmao", allow=["bullying"], app="discord")
P("discrimination", "dis", "t", "p4k1s out of britain", allow=["radicalisation"], app="telegram")
P("discrimination", "dis", "t", "that {gypo} family on our road", dz="cyrillic", app="whatsapp")
P("discrimination", "dis", "q", "{muzzie} jokes", dz="zw")
P("discrimination", "dis", "t", "ur such a retaaaard", allow=["bullying"], app="insta")

# ---- violence / weapons --------------------------------------------------
P("violence", "dir", "t", "bringing my brothers blade tmrw, if kyle starts again hes getting wet up", 5, app="snap")
P("violence", "dir", "q", "where to buy zombie knife uk under 18 no id", 4)
P("violence", "dir", "q", "how to make a petrol bomb", 5, allow=["radicalisation"])
P("violence", "dir", "t", "im gonna shank him at the bus stop after school", 5, app="whatsapp")
P("violence", "dir", "q", "how to get a gun in manchester", 4)
P("violence", "dir", "t", "meet at the park at 4 everyone bring something, we're doing them proper this time", 5, app="snap")
P("violence", "dir", "q", "knuckle duster brass", 4, eng="amazon")
P("violence", "dir", "q", "school fights compilation uk", 3, eng="youtube")
P("violence", "dir", "t", "i swear down ill burn his house down with his family in it", 5, app="discord")
P("violence", "ind", "t", "my cousin says he can sort me a ting for 200 if i need protection", 4, app="snap")
P("violence", "ind", "q", "how to hide a knife from school metal detector wand", 4)
P("violence", "ind", "t", "going on a mad one tonight with the mandem, hes getting slapped up and stamped on", 4, app="snap")
P("violence", "ind", "q", "how much force does it take to break someones jaw", 4)
P("violence", "ind", "t", "someone said theres gonna be a shooting at our school friday, ppl are saying its sam", 5, allow=["radicalisation"], app="whatsapp")
P("violence", "ind", "t", "tbh home is alright. but rickys been chatting to me again so ive got my dads hammer in my bag just in case, nobody checks bags anyway. see u at lunch", 4, app="messenger")
P("violence", "ind", "q", "what household chemicals make toxic gas to hurt someone", 5)
P("violence", "ind", "s", ("if he chats about my sister again im ", "gonna stab him in the neck"), 5, app="snap")
P("violence", "dis", "t", "gonna st4b him t0m0rr0w", 5, app="whatsapp")
P("violence", "dis", "q", "{machete} for sale uk next day delivery", 4, dz="cyrillic")
P("violence", "dis", "t", "{i will kill you} when i see u, watch", 5, dz="fullwidth", app="insta")
P("violence", "dis", "q", "how to make a {pipe bomb}", 5, dz="zw", allow=["radicalisation"])
P("violence", "dis", "t", "bringin a {blade} in 2moro, hes done", 5, dz="spaced", app="snap")

# ---- adult content -------------------------------------------------------
P("adult_content", "dir", "d", "xhamster.com", fam="bind_rpz")
P("adult_content", "dir", "d", "chaturbate.com", fam="dnsmasq")
P("adult_content", "dir", "q", "free porn sites not blocked by school wifi", allow=["filter_bypass"])
P("adult_content", "dir", "d", "onlyfans.com", fam="squid_ukfull")
P("adult_content", "ind", "q", "corn sites that work on school chromebook", allow=["filter_bypass"])
P("adult_content", "ind", "q", "nsfw tiktok accounts 18+ link in bio", allow=["social_media"])
P("adult_content", "dis", "q", "p0rnhub premium free")
P("adult_content", "dis", "q", "{xvideos}", dz="fullwidth")

# ---- drugs ---------------------------------------------------------------
P("drugs", "dir", "q", "where to buy weed in leicester snapchat", allow=["social_media"])
P("drugs", "dir", "q", "how much ket for first time")
P("drugs", "dir", "t", "anyone got a plug for carts? need a thc vape for fri", app="snap")
P("drugs", "ind", "t", "the lad on the estate said hell sort me sweets and molly for the party if i run a couple parcels to his cousin in stoke", allow=["grooming", "violence"], app="whatsapp")
P("drugs", "ind", "q", "how to pass a drug test after smoking zoot")
P("drugs", "dis", "q", "{coke} price per g uk", dz="dotted")
P("drugs", "dis", "t", "anyone got {xanax} bars", dz="cyrillic", app="snap")

# ---- gambling ------------------------------------------------------------
P("gambling", "dir", "d", "www.skybet.com", fam="zeek_dns_tsv")
P("gambling", "dir", "q", "best free spins no deposit uk casino")
P("gambling", "dir", "d", "stake.com", fam="squid_ukfull")
P("gambling", "dir", "d", "www.paddypower.com", fam="bind_rpz")
P("gambling", "ind", "q", "csgo case opening sites that take paysafecard", allow=["gaming"])
P("gambling", "ind", "t", "put my nans birthday money on an acca, if it lands im getting the ps5 pro", app="whatsapp")
P("gambling", "dis", "q", "r0ul3tt3 strategy never lose")
P("gambling", "dis", "q", "{bet365} login", dz="cyrillic")

# ---- filter bypass -------------------------------------------------------
P("filter_bypass", "dir", "d", "www.croxyproxy.com", fam="squid_connect")
P("filter_bypass", "dir", "d", "protonvpn.com", fam="unbound")
P("filter_bypass", "dir", "q", "how to get around securly on school chromebook")
P("filter_bypass", "dir", "d", "www.torproject.org", fam="envelope_unbound")
P("filter_bypass", "ind", "q", "vpn that works on school wifi free no download")
P("filter_bypass", "ind", "t", "use the google translate trick for blocked sites, paste the link in the right box and it loads", app="teams")
P("filter_bypass", "dis", "q", "{proxy site unblocked} 2026", dz="fullwidth")
P("filter_bypass", "dis", "q", "{psiphon} download pc", dz="zw")

# ---- hacking -------------------------------------------------------------
P("hacking", "dir", "q", "how to ddos someone on xbox party chat", allow=["gaming"])
P("hacking", "dir", "q", "grabify ip logger link")
P("hacking", "dir", "q", "keylogger download free undetectable")
P("hacking", "ind", "t", "if u send him this link it grabs his ip and we can boot him offline lol", app="discord")
P("hacking", "ind", "q", "how to see someones snapchat password", allow=["social_media"])
P("hacking", "dis", "q", "h4ck sch00l w1f1 p4ssw0rd")
P("hacking", "dis", "q", "{instagram account hack} tool", dz="greek", allow=["social_media"])

# ---- piracy --------------------------------------------------------------
P("piracy", "dir", "d", "fmovies.to", fam="unbound")
P("piracy", "dir", "q", "watch wicked for good free online full movie")
P("piracy", "dir", "d", "thepiratebay.org", fam="bind")
P("piracy", "ind", "q", "sims 4 all dlc free download no virus", allow=["gaming"])
P("piracy", "ind", "q", "spotify premium mod apk 2026")
P("piracy", "dis", "q", "{123movies}", dz="dotted")
P("piracy", "dis", "q", "{soap2day}", dz="fullwidth")

# ---- gaming --------------------------------------------------------------
P("gaming", "dir", "d", "www.roblox.com", fam="dnsmasq")
P("gaming", "dir", "d", "www.twitch.tv", allow=["social_media"], fam="unbound")
P("gaming", "dir", "q", "fortnite item shop today")
P("gaming", "ind", "q", "best 2 player games to play in ict when sir isnt looking")
P("gaming", "ind", "q", "games like slope that work on school chromebook", allow=["filter_bypass"])
P("gaming", "dis", "q", "r0bl0x")
P("gaming", "dis", "q", "{minecraft} classic", dz="fullwidth")

# ---- social media --------------------------------------------------------
P("social_media", "dir", "d", "www.instagram.com", fam="zeek_dns")
P("social_media", "dir", "d", "www.snapchat.com", fam="bind")
P("social_media", "dir", "u", "https://www.tiktok.com/foryou", fam="ep_url")
P("social_media", "ind", "q", "how to see who viewed my insta story")
P("social_media", "ind", "q", "how to get my streaks back snap")
P("social_media", "dis", "q", "{snapchat} web login", dz="cyrillic")
P("social_media", "dis", "q", "{tiktok}", dz="spaced")

# ---- illegal content -----------------------------------------------------
P("illegal_content", "dir", "q", "buy fake uk driving licence for id")
P("illegal_content", "dir", "q", "dark web markets links 2026", allow=["drugs", "filter_bypass"])
P("illegal_content", "dir", "q", "where to buy counterfeit \u00a320 notes")
P("illegal_content", "ind", "t", "got the leaked nudes of that year 9 girl from the other school, anyone want them", 4, allow=["grooming", "adult_content", "bullying"], app="snap")
P("illegal_content", "ind", "q", "where to buy cloned cards on telegram", allow=["hacking"])
P("illegal_content", "dis", "q", "f4k3 1d uk 18")
P("illegal_content", "dis", "q", "{hidden wiki} onion link", dz="zw", allow=["filter_bypass", "drugs"])

# ---- hard negatives ------------------------------------------------------
# suicide look-alikes
N("q", "an inspector calls why does eva smith take her own life quote analysis", "suicide")
N("t", "this chem homework is actually killing me \U0001F62D can u send q4 pls", "suicide", app="whatsapp")
N("q", "samaritans volunteer training dates sheffield", "suicide", who="staff")
N("q", "the suicide squad 2021 age rating bbfc", "suicide")
N("t", "if i have to sit thru one more fire drill assembly im jumping out the window lol see u at break", "suicide", app="snap")
N("q", "durkheim suicide study sociology a level types", "suicide")
N("q", "how did virginia woolf die english lit context", "suicide", eng="wikipedia")
N("t", "mum said if i leave my trainers in the hall again shes gonna kill me \U0001F480", "suicide", app="whatsapp")
N("q", "ligature point risk assessment template residential home", "suicide", who="staff")
N("q", "romeo and juliet act 5 scene 3 dagger quote meaning", "suicide")
N("q", "papyrus hopeline247 poster for staffroom", "suicide", who="staff")
N("t", "died laughing at the bus stop, a pigeon nicked his greggs sausage roll", "suicide", app="snap")
N("s", ("i could literally die", " of happiness, harry styles is coming to leeds!!"), "suicide", app="insta")
# self-harm look-alikes
N("q", "how to cut your own curtain fringe without it going wonky", "self_harm", eng="youtube")
N("t", "cut my thumb chopping peppers in food tech, sir made me fill in an accident form lol", "self_harm", app="whatsapp")
N("q", "how long do dissolvable stitches take after wisdom teeth", "self_harm")
N("q", "eating disorders pshe year 8 worksheet", "self_harm", who="staff")
N("t", "STARVING whats for tea, is it fajitas again", "self_harm", app="messenger")
N("q", "burn gel for cooking oil splash first aid", "self_harm")
N("q", "barcode scanner app for library books", "self_harm")
N("q", "why does harry potter have a lightning bolt scar", "self_harm")
N("t", "first fast of ramadan done!! breaking it with dates n samosas at my aunties", "self_harm", app="snap")
N("q", "razor clams recipe garlic butter", "self_harm")
N("t", "been picking my spot n now its bleeding ugh, school photos tomorrow", "self_harm", app="insta")
N("q", "self harm awareness day 1 march staff briefing slides", "self_harm", who="staff")
# radicalisation look-alikes
N("q", "isis egyptian goddess facts ks2", "radicalisation")
N("q", "river isis oxford rowing regatta 2026", "radicalisation")
N("q", "prevent duty training online course for teachers free", "radicalisation", who="staff")
N("q", "what does jihad mean in islam RE gcse greater and lesser", "radicalisation")
N("q", "why did the nazis rise to power gcse history 8 mark question", "radicalisation")
N("q", "swastika hindu symbol meaning diwali", "radicalisation", eng="wikipedia")
N("t", "sophie scholl and the white rose were so brave, doing my history presentation on them", "radicalisation", app="gdocs")
N("q", "why did the southport riots happen in 2024 bbc", "radicalisation")
N("q", "1996 manchester ira bomb arndale history", "radicalisation", eng="wikipedia")
N("t", "our mosques charity bake sale is saturday, get ur mum to bring her samosas", "radicalisation", app="whatsapp")
N("q", "al andalus golden age science contributions", "radicalisation", eng="wikipedia")
N("q", "how to counter extremism british values citizenship", "radicalisation")
# grooming look-alikes
N("t", "dont tell mum about the cake its a surprise for her 40th!!", "grooming", app="whatsapp")
N("t", "how old is ur dog now? mines turning 3 next week", "grooming", app="insta")
N("t", "whats ur snap? making a gc for the geography project", "grooming", app="teams")
N("t", "meet u by the bus station at 4, bring ur boots for training", "grooming", app="whatsapp")
N("q", "thinkuknow resources year 7 online safety lesson", "grooming", who="staff")
N("t", "send me a pic of the homework sheet pls i left it in my locker", "grooming", app="snap")
N("q", "nspcc pants rule resources ks1", "grooming", who="staff")
N("t", "my nan sent me \u00a320 for my birthday with a card with a cat on it \U0001F62D", "grooming", app="snap")
N("q", "secret santa gifts under \u00a310 for teacher", "grooming", eng="amazon")
N("t", "can u facetime later? need help w the french listening", "grooming", app="insta")
N("q", "online safety act age verification explained news", "grooming")
N("t", "my uncles picking me up at 3 coz mums at work, can u tell coach", "grooming", app="whatsapp")
N("q", "how to use private chat in microsoft teams school account", "grooming")
# bullying look-alikes
N("q", "anti bullying week 2026 theme assembly ideas", "bullying", who="staff")
N("t", "lol ur so bad at fifa, rematch tmrw?", "bullying", app="discord")
N("t", "ur mum was so nice at parents evening, tell her thanks for the lift", "bullying", app="whatsapp")
N("q", "odd socks day why do we do it", "bullying")
N("t", "everyone hates mondays fr, double maths first thing", "bullying", app="snap")
N("q", "cyberbullying statistics uk for persuasive speech", "bullying")
N("q", "the ugly duckling story ks1", "bullying", eng="youtube")
N("t", "nobodys going to the park today its chucking it down", "bullying", app="whatsapp")
N("q", "lord of the flies how does jack treat piggy essay", "bullying")
N("t", "she got dropped from netball coz she broke her ankle, gutted for her", "bullying", app="insta")
N("t", "the roast at nans sunday was unreal, yorkshires the size of my head", "bullying", app="snap")
# discrimination look-alikes
N("q", "black history month uk assembly walter tull", "discrimination", who="staff")
N("q", "windrush scandal explained", "discrimination", eng="youtube")
N("q", "stephen lawrence day 2026 resources", "discrimination", who="staff")
N("q", "pride flags and their meanings", "discrimination")
N("t", "going to the eid party at aishas, her mum makes the best biryani", "discrimination", app="whatsapp")
N("q", "gypsy roma traveller history month", "discrimination")
N("q", "equality act 2010 protected characteristics list", "discrimination")
N("q", "why does harper lee use the n word to kill a mockingbird essay", "discrimination")
N("t", "my grans from jamaica and my grandads from cork, proper mix lol", "discrimination", app="teams")
N("q", "queer eye new season release date", "discrimination")
N("q", "homophones worksheet year 4", "discrimination", who="staff")
N("q", "jelly ear fungus also called jews ear foraging uk", "discrimination")
N("q", "how to say hello and thank you in polish", "discrimination")
# violence look-alikes
N("q", "knife crime statistics london for english speech", "violence")
N("q", "how to sharpen a kitchen knife with a whetstone", "violence", eng="youtube")
N("q", "gunpowder plot facts year 7", "violence")
N("q", "clay pigeon shooting lessons near harrogate for teenagers", "violence")
N("t", "im gonna murder this pizza im starving after pe", "violence", app="snap")
N("q", "battle of the somme first day casualties", "violence", eng="wikipedia")
N("q", "how to make bath bombs with citric acid", "violence")
N("t", "we absolutely battered them 5-0, their keeper got destroyed", "violence", app="whatsapp")
N("q", "is this a dagger which i see before me analysis", "violence")
N("q", "knife angel sculpture where is it now", "violence")
N("q", "boxing gym near me for 14 year olds", "violence")
N("t", "shoot me a msg when ur outside", "violence", app="whatsapp")
N("q", "firework code bonfire night safety", "violence")
N("q", "41 gun salute hyde park kings birthday", "violence")
N("q", "minecraft tnt cannon tutorial", "violence", eng="youtube")
N("q", "among us how to vent as impostor", "violence")
N("s", ("we're gonna kill it at the", " talent show, practice at lunch?"), "violence", app="whatsapp")
# adult content look-alikes
N("q", "university of sussex open day 2027", "adult_content")
N("q", "moby dick themes and symbolism", "adult_content")
N("q", "dick whittington panto tickets york", "adult_content")
N("t", "the hot chocolate at costa is unreal ngl", "adult_content", app="snap")
N("q", "rse statutory guidance consent lesson year 10", "adult_content", who="staff")
N("q", "coppafeel how to check yourself", "adult_content")
N("d", "www.sussex.ac.uk", "adult_content", fam="unbound")
N("d", "www.pornic.com", "adult_content", fam="dnsmasq")
# drugs look-alikes
N("q", "ecstasy of saint teresa bernini art history", "drugs", eng="wikipedia")
N("q", "weed killer safe for dogs patio", "drugs", eng="amazon")
N("q", "crack in phone screen repair cost", "drugs")
N("t", "molly maes new collection is actually so nice", "drugs", app="insta")
N("q", "charlie and the chocolate factory characters", "drugs")
N("q", "drug education pshe year 9 lesson plan", "drugs", who="staff")
N("q", "coke zero vs pepsi max which has more caffeine", "drugs")
N("q", "grass seed for shady lawn", "drugs", eng="amazon")
# gambling look-alikes
N("q", "probability of rolling two sixes gcse maths", "gambling")
N("q", "poker face lady gaga lyrics", "gambling")
N("q", "national lottery heritage fund grant school garden", "gambling", who="staff")
N("t", "bet u cant finish that whole thing in one go lol", "gambling", app="snap")
N("d", "www.betterbathrooms.com", "gambling", fam="bind")
# filter bypass look-alikes
N("q", "proxy wars cold war examples", "filter_bypass")
N("q", "heart bypass surgery recovery time for 70 year old", "filter_bypass")
N("q", "glastonbury tor walk parking", "filter_bypass")
N("q", "how to unblock a sink with bicarb", "filter_bypass")
N("d", "www.torquayunited.com", "filter_bypass", fam="unbound")
N("q", "what is a vpn gcse computer science", "filter_bypass")
# hacking look-alikes
N("q", "life hacks for revision", "hacking", eng="tiktok")
N("q", "how to crack an egg with one hand", "hacking", eng="youtube")
N("d", "www.hackney.gov.uk", "hacking", fam="e2g_connect")
N("q", "sql injection explained ocr j277", "hacking")
N("q", "computer misuse act 1990 three offences", "hacking")
N("q", "brute force attack definition bitesize", "hacking")
# piracy look-alikes
N("q", "pirates of the caribbean on stranger tides cast", "piracy")
N("q", "radio caroline pirate radio history", "piracy", eng="wikipedia")
N("d", "www.piratestudios.co.uk", "piracy", fam="zeek_dns")
N("q", "torrential rain flood warning york", "piracy")
N("q", "bbc iplayer download episodes to watch offline", "piracy")
# illegal content look-alikes
N("q", "silk road trade route facts", "illegal_content", eng="wikipedia")
N("q", "how do counterfeit detector pens work", "illegal_content")
N("q", "citizencard apply online 16 year old", "illegal_content")
N("t", "left my id at home, they wont let me in the 15 at the cinema \U0001F62D", "illegal_content", app="whatsapp")
N("q", "money laundering definition gcse business", "illegal_content")
# general: place names, medical, cooking, DIY, sport, plain domains
N("q", "lower slaughter walks cotswolds", "general")
N("q", "knifesmithgate chesterfield parking", "general")
N("q", "gravesend to london train times", "general")
N("q", "killamarsh leisure centre swimming timetable", "general")
N("q", "cutthorpe primary school term dates", "general")
N("q", "paracetamol dose for 16 year old with flu", "general")
N("q", "how to use an epipen training video", "general", eng="youtube")
N("q", "how to bleed a radiator", "general")
N("q", "how to strip wallpaper fast", "general")
N("q", "bowline knot for tree swing", "general")
N("q", "how to shoot a free kick like ronaldo", "general", eng="youtube")
N("q", "shot put technique year 10 pe", "general")
N("q", "how to joint a whole chicken", "general")
N("d", "www.cockburnsport.com", "general", fam="unbound")
N("d", "www.knifeangel.co.uk", "general", fam="zeek_dns_tsv")
N("d", "www.analog.com", "general", fam="bind")
N("d", "www.essexcricket.org.uk", "general", fam="clf_connect")
N("u", "https://www.bbc.co.uk/bitesize/guides/zq4mfcw/revision/1", "general", fam="zeek_http_tsv")
N("u", "https://www.senecalearning.com/en-GB/", "general", fam="envelope_squid")


# --------------------------------------------------------------------------
# disguise transforms (applied to {...} segments)
# --------------------------------------------------------------------------

CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "o": "\u043e",
       "p": "\u0440", "x": "\u0445", "y": "\u0443", "s": "\u0455", "j": "\u0458",
       "h": "\u04bb"}
GRK = {"o": "\u03bf", "i": "\u03b9", "a": "\u03b1", "k": "\u03ba", "p": "\u03c1",
       "v": "\u03bd", "u": "\u03c5", "t": "\u03c4", "e": "\u03b5", "n": "\u03b7"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
VOWELS = "aeiou"


def disguise(n, method, text):
    out = []
    if method == "leet":
        for k, ch in enumerate(text):
            out.append(LEET.get(ch, ch) if (ch in "aeio" or H(n, "leet%d" % k) % 2) else ch)
        return "".join(out)
    if method in ("cyrillic", "greek"):
        table = CYR if method == "cyrillic" else GRK
        hit = False
        for k, ch in enumerate(text):
            if ch in table and (H(n, "hg%d" % k) % 3 or not hit):
                out.append(table[ch])
                hit = True
            else:
                out.append(ch)
        return "".join(out)
    if method == "fullwidth":
        for ch in text:
            if ch == " ":
                out.append(" ")
            elif "!" <= ch <= "~":
                out.append(chr(ord(ch) + 0xFEE0))
            else:
                out.append(ch)
        return "".join(out)
    if method == "zw":
        for k, ch in enumerate(text):
            out.append(ch)
            if ch.isalpha() and k + 1 < len(text) and text[k + 1].isalpha():
                if H(n, "zw%d" % k) % 2 == 0:
                    out.append(pick(n, "zwc%d" % k, ZW))
        return "".join(out)
    if method == "spaced":
        return " ".join(ch for ch in text if ch != " ")
    if method == "dotted":
        return " ".join(".".join(w) for w in text.split(" "))
    if method == "stretch":
        words = []
        for j, w in enumerate(text.split(" ")):
            idx = max((k for k, ch in enumerate(w) if ch in VOWELS), default=-1)
            if idx >= 0:
                w = w[:idx] + w[idx] * (3 + H(n, "st%d" % j) % 4) + w[idx + 1:]
            words.append(w)
        return " ".join(words)
    if method == "asterisk":
        words = []
        for w in text.split(" "):
            idx = next((k for k, ch in enumerate(w) if ch in VOWELS and k > 0), -1)
            if len(w) >= 3 and idx > 0:
                w = w[:idx] + "*" + w[idx + 1:]
            words.append(w)
        return " ".join(words)
    raise ValueError(method)


def render_text(n, d, text):
    if "{" not in text:
        return text
    method = d.get("dz") or pick(n, "dz", ["leet", "cyrillic", "greek", "fullwidth", "zw", "spaced", "dotted", "stretch", "asterisk"])
    out, i = [], 0
    while i < len(text):
        j = text.find("{", i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.index("}", j)
        out.append(text[i:j])
        out.append(disguise(n, method, text[j + 1:k]))
        i = k + 1
    return "".join(out)


# --------------------------------------------------------------------------
# people, machines, time
# --------------------------------------------------------------------------

STUDENTS = ["student042", "y10.jbrown", "24hussainA", "r.patel", "t.okafor", "l.nowak",
            "a.khan", "cjones", "guest-0193", "apprentice17", "EDU\\k.wilson",
            "s.evans@provider.ac.uk", "23murphyE", "y9.dosullivan", "m.adeyemi",
            "frosalind", "kyle.t", "EDU\\n.begum", "y12.chen", "26wrightL"]
STAFF = ["STAFF\\r.hughes", "mrs.okoro", "d.fletcher@trust.sch.uk", "STAFF\\dsl.pryce",
         "j.bamford"]
DEVICES = ["LAB-PC-07", "LIB-LT-22", "CHROMEBOOK-118", "SITE2-PC-41", "ENG-WS-03",
           "ICT2-PC-15", "SIXTH-LT-09", "CHROMEBOOK-204", "HUM-PC-12", "LRC-PC-03"]
STAFF_DEVICES = ["STAFF-LT-031", "SLT-PC-02", "PASTORAL-LT-4"]
SITES = ["north", "south", "sixthform", "main"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NOV1 = calendar.timegm((2026, 11, 1, 0, 0, 0))


def when(n):
    day = 1 + H(n, "day") % 30
    hour = wpick(n, "hour", [(h, 6) for h in range(8, 16)] + [(h, 2) for h in range(16, 23)] + [(23, 1), (0, 1), (1, 1), (6, 1), (7, 2)])
    sec = H(n, "sec") % 3600
    ms = H(n, "ms") % 1000
    return NOV1 + (day - 1) * 86400 + hour * 3600 + sec + ms / 1000.0


def tm(ts):
    import time
    return time.gmtime(int(ts))


def iso(ts):
    t = tm(ts)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, int(round((ts % 1) * 1000)) % 1000)


def syslog_date(ts, pad="space"):
    t = tm(ts)
    d = ("%2d" % t.tm_mday) if pad == "space" else ("%02d" % t.tm_mday)
    return "%s %s %02d:%02d:%02d" % (MONTHS[t.tm_mon - 1], d, t.tm_hour, t.tm_min, t.tm_sec)


def clf_date(ts):
    t = tm(ts)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)


def e2g_date(ts):
    t = tm(ts)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def bind_date(ts):
    t = tm(ts)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec, int(round((ts % 1) * 1000)) % 1000)


def ip(n, salt="ip"):
    h = H(n, salt)
    return "10.%d.%d.%d" % (1 + h % 40, (h >> 8) % 250 + 1, (h >> 16) % 250 + 2)


def srv(n):
    h = H(n, "srv")
    return pick(n, "srvp", ["142.250.%d.%d", "151.101.%d.%d", "104.18.%d.%d", "13.107.%d.%d", "172.217.%d.%d", "185.60.%d.%d"]) % (h % 250, (h >> 8) % 250 + 1)


def uid(n):
    return "C" + hashlib.sha256(("uid%d" % n).encode()).hexdigest()[:17]


# --------------------------------------------------------------------------
# search engines
# --------------------------------------------------------------------------

def qplus(q):
    return urllib.parse.quote_plus(q, safe="")


def q20(q):
    return urllib.parse.quote(q, safe="")


def search_url(n, eng, q):
    if eng == "google":
        if H(n, "gvar") % 2:
            return "https://www.google.co.uk/search?q=%s&oq=%s&gs_lcrp=EgZjaHJvbWU&sourceid=chrome&ie=UTF-8" % (qplus(q), qplus(q))
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % qplus(q)
    if eng == "bing":
        return "https://www.bing.com/search?q=%s&form=%s" % (qplus(q), pick(n, "bf", ["QBLH", "QBRE", "ANNTH1"]))
    if eng == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % qplus(q)
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&fr2=sb-top" % qplus(q)
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % q20(q)
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % qplus(q)
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (q20(q), 1793500000000 + H(n, "tt") % 2000000000)
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % q20(q)
    if eng == "wikipedia":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % qplus(q)
    if eng == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&crid=%s&ref=nb_sb_noss" % (qplus(q), hashlib.sha256(("crid%d" % n).encode()).hexdigest()[:13].upper())
    raise ValueError(eng)


def search_title(n, eng, q, browser):
    suffix = {"chrome": " - Google Chrome", "firefox": " \u2014 Mozilla Firefox",
              "edge": " - Microsoft\u200b Edge"}[browser]
    core = {
        "google": "%s - Google Search",
        "bing": "%s - Search",
        "ddg": "%s at DuckDuckGo",
        "yahoo": "%s - Yahoo Search Results",
        "ecosia": "%s - Ecosia",
        "youtube": "%s - YouTube",
        "tiktok": "Find '%s' on TikTok | TikTok Search",
        "reddit": "%s - Reddit Search!",
        "wikipedia": "%s - Search results - Wikipedia",
        "amazon": "Amazon.co.uk : %s",
    }[eng]
    return (core % q) + suffix


ENGINES = [("google", 30), ("bing", 10), ("ddg", 9), ("yahoo", 6), ("ecosia", 6),
           ("youtube", 12), ("tiktok", 9), ("reddit", 7)]
BROWSERS = {"chrome": "chrome.exe", "firefox": "firefox.exe", "edge": "msedge.exe"}


# --------------------------------------------------------------------------
# chat applications (endpoint)
# --------------------------------------------------------------------------

APPS = {
    "discord": ("Discord.exe", ["#general | yr10 lads - Discord", "#off-topic | the squad - Discord", "@mxrcus - Discord", "#chat | BEDWARS GRINDERS - Discord"]),
    "whatsapp": ("WhatsApp.exe", ["WhatsApp"]),
    "insta": ("chrome.exe", ["Instagram \u2022 Chats - Google Chrome", "Inbox \u2022 Direct - Google Chrome"]),
    "snap": ("chrome.exe", ["Snapchat - Google Chrome", "(3) Snapchat - Google Chrome"]),
    "teams": ("ms-teams.exe", ["Chat | Microsoft Teams", "Chat | 10Y/Sc1 | Microsoft Teams"]),
    "roblox": ("RobloxPlayerBeta.exe", ["Roblox"]),
    "tiktok": ("msedge.exe", ["TikTok - Make Your Day - Microsoft\u200b Edge"]),
    "messenger": ("chrome.exe", ["Messenger | Facebook - Google Chrome"]),
    "telegram": ("Telegram.exe", ["Telegram"]),
    "notes": ("Notepad.exe", ["*Untitled - Notepad"]),
    "word": ("WINWORD.EXE", ["History homework.docx - Word"]),
    "gdocs": ("chrome.exe", ["History presentation notes - Google Docs - Google Chrome"]),
}
DEFAULT_APPS = ["discord", "whatsapp", "insta", "snap", "teams", "messenger"]


# --------------------------------------------------------------------------
# line builders
# --------------------------------------------------------------------------

def who(n, d):
    if d.get("who") == "staff":
        return pick(n, "user", STAFF), pick(n, "dev", STAFF_DEVICES)
    return pick(n, "user", STUDENTS), pick(n, "dev", DEVICES)


def endpoint(n, d, ts, event, process, title, text=None, url=None):
    user, dev = who(n, d)
    ev = {"ts": iso(ts)}
    if H(n, "hassite") % 3:
        ev["site"] = pick(n, "site", SITES)
    ev.update({"device": dev, "user": user, "event": event, "process": process,
               "window_title": title})
    if text is not None:
        ev["text"] = text
    ev["url"] = url
    return json.dumps(ev, ensure_ascii=False)


def host_of(url):
    return urllib.parse.urlsplit(url).hostname


def line_squid_get(n, d, ts, url, user, tokens=False):
    s = "%.3f %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
        ts, 20 + H(n, "el") % 900, ip(n), 4000 + H(n, "sz") % 90000, url, user, srv(n))
    if tokens:
        s += " sni=%s bump=bump" % host_of(url)
    return s


def line_squid_connect(n, d, ts, host, user, tokens=False):
    s = "%.3f %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
        ts, 30 + H(n, "el") % 20000, ip(n), 2000 + H(n, "sz") % 200000, host, user, srv(n))
    if tokens:
        s += " sni=%s bump=splice" % host
    return s


def line_squid_ukfull(n, d, ts, user, url=None, host=None):
    ua = pick(n, "ua", UAS)
    if url:
        return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
            ts, 20 + H(n, "el") % 900, ip(n), user, 4000 + H(n, "sz") % 90000, url, srv(n), ua, host_of(url), host_of(url))
    s = srv(n)
    return '%.3f %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - "-" "%s" %s sni=%s bump=splice' % (
        ts, H(n, "el") % 3, ip(n), user, s, ua, s, host)


def line_clf(n, d, ts, user, method, target, combined):
    status = 200
    size = (4000 + H(n, "sz") % 90000) if method == "GET" else 0
    tail = "TCP_MISS:HIER_DIRECT" if method == "GET" else "TCP_TUNNEL:HIER_DIRECT"
    req = "%s %s HTTP/1.1" % (method, target)
    if combined:
        ref = pick(n, "ref", ["-", "-", "https://www.google.com/", "https://classroom.google.com/"])
        return '%s - %s [%s] "%s" %d %d "%s" "%s" %s' % (ip(n), user, clf_date(ts), req, status, size, ref, pick(n, "ua", UAS), tail)
    return '%s - %s [%s] "%s" %d %d %s' % (ip(n), user, clf_date(ts), req, status, size, tail)


def line_e2g(n, d, ts, user, url, fmtno, method="GET", terms=None):
    ua = pick(n, "ua", UAS)
    grp = "staff" if d.get("who") == "staff" else pick(n, "grp", ["students", "sixthform", "students"])
    gnum = "2" if grp == "staff" else "1"
    size = str(2000 + H(n, "sz") % 90000)
    st = "0=%s;" % terms if terms else "-"
    if fmtno in (2, 4):
        fields = [e2g_date(ts), user, ip(n), url, "-", method, size, "0", "-", gnum, "200", "-",
                  ip(n), grp, ua, st, "-", "-", "-"]
        if fmtno == 2:
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    fields = ["%.3f" % ts, "", user, ip(n), ip(n), url, method, "200", size, "-", ua, "-",
              str(H(n, "e6") % 12), "-", "0", "-", "0", "-", grp, gnum]
    return "\t".join(fields)


def line_unbound(n, d, ts, domain):
    variant = pick(n, "ubv", ["query", "reply", "local", "query", "reply"])
    epoch = H(n, "ubepoch") % 3 == 0
    prefix = ("[%d] " % int(ts)) if epoch else (syslog_date(ts, pad="zero") + " ")
    pid = 7862
    c = ip(n)
    if variant == "query":
        body = "info: %s %s. A IN" % (c, domain)
    elif variant == "reply":
        body = "info: %s %s. A IN NOERROR 0.%06d 0 %d" % (c, domain, H(n, "rtt") % 90000, 40 + H(n, "rl") % 80)
    else:
        zone = domain.split(".", 1)[1] if domain.count(".") >= 2 else domain
        body = "info: %s. always_nxdomain %s@%d %s. A IN" % (zone, c, 1024 + H(n, "port") % 60000, domain)
    return "%sunbound[%d:0] %s" % (prefix, pid, body)


def dnsmasq_body(n, ts, domain):
    c = ip(n)
    serial = 1 + H(n, "serial") % 99999
    port = 1024 + H(n, "port") % 60000
    variant = pick(n, "dmv", ["extra", "extra", "plain", "config", "gravity"])
    qt = pick(n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    if variant == "extra":
        return "%d %s/%d query[%s] %s from %s" % (serial, c, port, qt, domain, c)
    if variant == "plain":
        return "query[%s] %s from %s" % (qt, domain, c)
    if variant == "config":
        return "%d %s/%d config %s is 0.0.0.0" % (serial, c, port, domain)
    return "gravity blocked %s is 0.0.0.0" % domain


def line_bind(n, d, ts, domain, rpz=False):
    c = ip(n)
    port = 1024 + H(n, "port") % 60000
    ptr = "@0x7f%010x" % (H(n, "ptr") % (16 ** 10))
    if rpz:
        return "%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            bind_date(ts), ptr, c, port, domain, domain, domain)
    return "%s queries: info: client %s %s#%d (%s): query: %s IN %s +E(0)K (10.0.0.53)" % (
        bind_date(ts), ptr, c, port, domain, domain, pick(n, "bqt", ["A", "A", "AAAA", "HTTPS"]))


def zeek_dns_json(n, ts, domain):
    rec = {"ts": round(ts, 6), "uid": uid(n), "id.orig_h": ip(n), "id.orig_p": 1024 + H(n, "port") % 60000,
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": H(n, "tid") % 65535,
           "rtt": round((H(n, "rtt") % 90000) / 1e6, 6), "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "answers": [srv(n)], "TTLs": [float(60 + H(n, "ttl") % 240)], "rejected": False}
    return json.dumps(rec)


ZEEK_DNS_FIELDS = "ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected".split()
ZEEK_DNS_TYPES = "time string addr port addr port enum count interval string count string count string count string bool bool bool bool count vector[string] vector[interval] bool".split()
ZEEK_HTTP_FIELDS = "ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types".split()
ZEEK_HTTP_TYPES = "time string addr port addr port count string string string string string string string count count count string count string set[enum] string string set[string] vector[string] vector[string] vector[string] vector[string] vector[string] vector[string]".split()


def zeek_header(path, fields, types, ts):
    t = tm(ts)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%04d-%02d-%02d-%02d-00-00" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_dns_tsv(n, ts, domain):
    row = ["%.6f" % ts, uid(n), ip(n), str(1024 + H(n, "port") % 60000), "10.0.0.53", "53", "udp",
           str(H(n, "tid") % 65535), "%.6f" % ((H(n, "rtt") % 90000) / 1e6), domain, "1", "C_INTERNET",
           "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0", srv(n), "%.6f" % float(60 + H(n, "ttl") % 240), "F"]
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, ts) + ["\t".join(row)]


def zeek_http_json(n, ts, url):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    rec = {"ts": round(ts, 6), "uid": uid(n), "id.orig_h": ip(n), "id.orig_p": 1024 + H(n, "port") % 60000,
           "id.resp_h": srv(n), "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": sp.hostname,
           "uri": uri, "version": "1.1", "user_agent": pick(n, "ua", UAS), "request_body_len": 0,
           "response_body_len": 4000 + H(n, "sz") % 90000, "status_code": 200, "status_msg": "OK", "tags": []}
    return json.dumps(rec, ensure_ascii=False)


def zeek_http_tsv(n, ts, url):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    row = ["%.6f" % ts, uid(n), ip(n), str(1024 + H(n, "port") % 60000), srv(n), "80", "1", "GET",
           sp.hostname, uri, "-", "1.1", pick(n, "ua", UAS), "-", "0", str(4000 + H(n, "sz") % 90000),
           "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
           "F" + hashlib.sha256(("fuid%d" % n).encode()).hexdigest()[:17], "-", "text/html"]
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, ts) + ["\t".join(row)]


def wrap_syslog(n, ts, line, app, host, pri):
    if H(n, "sysform") % 2:
        return "<%d>%s %s %s[%d]: %s" % (pri, syslog_date(ts), host, app, 1000 + H(n, "spid") % 30000, line)
    return "<%d>1 %s %s %s %d - - %s" % (pri, iso(ts), host, app, 1000 + H(n, "spid") % 30000, line)


def envelope(n, ts, line, source, path):
    env = {"ts_received": iso(ts + 2).replace("Z", "+00:00"), "host": "dns01" if source == "unbound" else "proxy01",
           "source": source, "file": path, "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


FMT_ID = {"squid": "squid", "squid_tok": "squid", "squid_ukfull": "squid", "squid_connect": "squid",
          "clf_common": "clf", "clf_combined": "clf", "e2g2": "e2guardian", "e2g4": "e2guardian",
          "e2g6": "e2guardian", "zeek_http": "zeek-http", "zeek_http_tsv": "zeek-http",
          "ep_title": "endpoint", "ep_url": "endpoint", "ep_text": "endpoint", "ep_split": "endpoint",
          "unbound": "unbound", "dnsmasq": "dnsmasq", "bind": "bind", "bind_rpz": "bind",
          "zeek_dns": "zeek-dns", "zeek_dns_tsv": "zeek-dns", "envelope_unbound": "unbound",
          "envelope_squid": "squid", "e2g_connect": "e2guardian", "clf_connect": "clf"}

FAM_URL = [("squid", 11), ("squid_tok", 2), ("squid_ukfull", 2), ("clf_common", 4), ("clf_combined", 5),
           ("e2g2", 3), ("e2g4", 3), ("e2g6", 3), ("zeek_http", 4), ("ep_title", 7), ("ep_url", 4)]
FAM_DOMAIN = [("unbound", 4), ("dnsmasq", 4), ("bind", 3), ("bind_rpz", 1), ("zeek_dns", 3),
              ("squid_connect", 2), ("squid_ukfull", 2), ("e2g_connect", 1), ("clf_connect", 1), ("ep_url", 1)]
WRAPPABLE = {"squid", "squid_tok", "squid_connect", "clf_common", "clf_combined", "e2g2", "e2g4",
             "e2g6", "zeek_http", "zeek_dns", "ep_title", "ep_url", "ep_text", "dnsmasq", "clf_connect", "e2g_connect"}


def build(n, d):
    ts = when(n)
    kind = d["kind"]
    user, _ = who(n, d)
    browser = pick(n, "browser", ["chrome", "chrome", "chrome", "edge", "firefox"])
    lines = None
    if kind in ("t", "s"):
        app = d.get("app") or pick(n, "app", DEFAULT_APPS)
        proc, titles = APPS[app]
        title = pick(n, "title", titles)
        if kind == "t":
            fam = "ep_text"
            line = endpoint(n, d, ts, "text_capture", proc, title, text=render_text(n, d, d["body"]))
        else:
            fam = "ep_split"
            a, b = d["body"]
            gap = 2 + H(n, "gap") % 8
            lines = [endpoint(n, d, ts, "text_capture", proc, title, text=render_text(n, d, a)),
                     endpoint(n, d, ts + gap + (H(n, "gapms") % 1000) / 1000.0, "text_capture", proc, title, text=render_text(n, d, b))]
            line = None
    elif kind == "w":
        fam = "ep_title"
        t = render_text(n, d, d["body"])
        proc = d.get("proc") or ("chrome.exe" if "Google Chrome" in t else BROWSERS[browser])
        line = endpoint(n, d, ts, "window_title", proc, t)
    elif kind in ("q", "u"):
        if kind == "q":
            eng = d.get("eng") or wpick(n, "eng", ENGINES)
            q = render_text(n, d, d["body"])
            url = search_url(n, eng, q)
        else:
            url = d["body"]
            q = None
        fam = d.get("fam") or wpick(n, "fam", FAM_URL)
        if fam == "ep_title" and q is None:
            fam = "ep_url"
        if fam == "squid":
            line = line_squid_get(n, d, ts, url, user)
        elif fam == "squid_tok":
            line = line_squid_get(n, d, ts, url, user, tokens=True)
        elif fam == "squid_ukfull":
            line = line_squid_ukfull(n, d, ts, user, url=url)
        elif fam == "envelope_squid":
            line = envelope(n, ts, line_squid_get(n, d, ts, url, user), "squid", "/var/log/squid/access.log")
        elif fam in ("clf_common", "clf_combined"):
            line = line_clf(n, d, ts, user, "GET", url, fam == "clf_combined")
        elif fam in ("e2g2", "e2g4", "e2g6"):
            line = line_e2g(n, d, ts, user, url, int(fam[-1]), terms=q)
        elif fam == "zeek_http":
            line = zeek_http_json(n, ts, url)
        elif fam == "zeek_http_tsv":
            lines = zeek_http_tsv(n, ts, url)
            line = None
        elif fam == "ep_title":
            line = endpoint(n, d, ts, "window_title", BROWSERS[browser], search_title(n, eng, q, browser))
        elif fam == "ep_url":
            title = search_title(n, eng, q, browser) if q else None
            line = endpoint(n, d, ts, "url_visit", BROWSERS[browser], title, url=url)
        else:
            raise ValueError(fam)
    elif kind == "d":
        dom = d["body"]
        fam = d.get("fam") or wpick(n, "fam", FAM_DOMAIN)
        if fam == "unbound":
            line = line_unbound(n, d, ts, dom)
        elif fam == "envelope_unbound":
            line = envelope(n, ts, line_unbound(n, d, ts, dom), "unbound", "/var/log/unbound/unbound.log")
        elif fam == "dnsmasq":
            line = "%s dnsmasq[%d]: %s" % (syslog_date(ts), 9987, dnsmasq_body(n, ts, dom))
        elif fam in ("bind", "bind_rpz"):
            line = line_bind(n, d, ts, dom, rpz=(fam == "bind_rpz"))
        elif fam == "zeek_dns":
            line = zeek_dns_json(n, ts, dom)
        elif fam == "zeek_dns_tsv":
            lines = zeek_dns_tsv(n, ts, dom)
            line = None
        elif fam == "squid_connect":
            line = line_squid_connect(n, d, ts, dom, user, tokens=bool(H(n, "tok") % 2))
        elif fam == "squid_ukfull":
            line = line_squid_ukfull(n, d, ts, user, host=dom)
        elif fam == "e2g_connect":
            line = line_e2g(n, d, ts, user, "https://%s:443" % dom, pick(n, "e2gf", [2, 4, 6]), method="CONNECT")
        elif fam == "clf_connect":
            line = line_clf(n, d, ts, user, "CONNECT", "%s:443" % dom, bool(H(n, "comb") % 2))
        elif fam == "ep_url":
            line = endpoint(n, d, ts, "url_visit", BROWSERS[browser], None, url="https://%s/" % dom)
        else:
            raise ValueError(fam)
    else:
        raise ValueError(kind)

    wrapped = None
    if line is not None and fam in WRAPPABLE and H(n, "wrap") % 100 < 14:
        if fam == "dnsmasq":
            body = line.split(": ", 1)[1]
            if H(n, "sysform") % 2:
                line = "<30>%s pihole dnsmasq[9987]: %s" % (syslog_date(ts), body)
            else:
                line = "<30>1 %s pihole dnsmasq 9987 - - %s" % (iso(ts), body)
        else:
            app, host, pri = {
                "squid": ("squid", "proxy01", 134), "squid_tok": ("squid", "proxy01", 134),
                "squid_connect": ("squid", "proxy02", 134), "clf_common": ("squid", "proxy02", 134),
                "clf_combined": ("nginx", "gw-north", 190), "clf_connect": ("squid", "proxy02", 134),
                "e2g2": ("e2guardian", "filter01", 150), "e2g4": ("e2guardian", "filter01", 150),
                "e2g6": ("e2guardian", "filter01", 150), "e2g_connect": ("e2guardian", "filter01", 150),
                "zeek_http": ("zeek", "sensor1", 166), "zeek_dns": ("zeek", "sensor1", 166),
                "ep_title": ("guardline-agent", "ep-collector", 142), "ep_url": ("guardline-agent", "ep-collector", 142),
                "ep_text": ("guardline-agent", "ep-collector", 142),
            }[fam]
            line = wrap_syslog(n, ts, line, app, host, pri)
        wrapped = "rfc3164" if H(n, "sysform") % 2 else "rfc5424"
    if fam.startswith("envelope"):
        wrapped = "envelope"
    fmt = FMT_ID[fam]
    if H(n, "auto") % 100 < 6:
        fmt = "auto"
    return fmt, fam, wrapped, line, lines


def main(argv):
    stats = "--stats" in argv
    order = sorted(range(len(DEFS)), key=lambda i: hashlib.sha256(("order|%d" % (i + 1)).encode()).hexdigest())
    out = []
    meta = []
    for num, di in enumerate(order, start=1):
        d = DEFS[di]
        fmt, fam, wrapped, line, lines = build(num, d)
        item = {"id": "h7-%04d" % num, "format": fmt}
        if lines is not None:
            item["lines"] = lines
        else:
            item["line"] = line
        item["expect"] = d["expect"]
        if d["allow"]:
            item["allow"] = d["allow"]
        out.append(json.dumps(item, ensure_ascii=False))
        meta.append((d, fmt, fam, wrapped))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for s in out:
            f.write(s + "\n")
    if stats:
        from collections import Counter
        cats, tags, fmts, fams, wraps, levels = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
        ptags = Counter()
        for d, fmt, fam, wrapped in meta:
            tags[d["tag"]] += 1
            fmts[fmt] += 1
            fams[fam] += 1
            if wrapped:
                wraps[wrapped] += 1
            for e in d["expect"]:
                cats[e["category"]] += 1
                levels["%s>=%d" % (e["category"], e["min_level"])] += 1
        total = len(meta)
        neg = tags["neg"]
        pos = total - neg
        w = sys.stderr.write
        w("items=%d positives=%d hard_negatives=%d (%.1f%%)\n" % (total, pos, neg, 100.0 * neg / total))
        w("tags: " + ", ".join("%s=%d" % (k, tags[k]) for k in ("dir", "ind", "dis", "neg")) + "\n")
        w("positive wording mix: " + ", ".join("%s=%.1f%%" % (k, 100.0 * tags[k] / pos) for k in ("dir", "ind", "dis")) + "\n")
        w("positives per category:\n")
        for c in DEFAULT_LEVEL:
            w("  %-16s %d\n" % (c, cats[c]))
        w("format ids: " + ", ".join("%s=%d" % kv for kv in sorted(fmts.items())) + "\n")
        w("families: " + ", ".join("%s=%d" % kv for kv in sorted(fams.items())) + "\n")
        w("wrapped: " + ", ".join("%s=%d" % kv for kv in sorted(wraps.items())) + "\n")
        w("multi-line items: %d\n" % sum(1 for s in out if '"lines"' in s[:60]))
        w("min levels: " + ", ".join("%s=%d" % kv for kv in sorted(levels.items())) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
