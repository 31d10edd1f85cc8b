#!/usr/bin/env python3
"""Build heldout9.jsonl: an independent, hand-written labelled corpus for Guardline.

Perspective: the Designated Safeguarding Lead of a UK secondary multi-academy trust
(pupils 11-18).  Every item's wording was written by hand for this file; the log-line
shapes follow the real samples in ../shared/samples/ and the formats of CONTRACTS.md s.2.

Standard library only, deterministic: every "random" choice (order, format, user,
device, time, address, engine, wrapper ...) comes from SHA-256 of the item number, so a
rerun writes identical bytes.

    python3 build_heldout9.py            # writes heldout9.jsonl next to this script
    python3 build_heldout9.py --stats    # ... and prints counts to stderr

Labelling policy (kept consistent across the corpus):
  * Level 5 only for imminent serious risk: a suicide plan / method sought, an arranged
    meeting with an adult, a stated plan to attack or stab someone, travel to join a
    terrorist group.
  * Ideation, self-harm, eating-disorder (pro-ana) content, grooming signs, sextortion,
    extremist propaganda sought, weapon buying: level 4.
  * Bullying messages, discriminatory abuse, adult content, drug buying, gore exposure,
    curiosity about extremist symbols / manosphere clips: level 3.
  * Gambling, filter bypass, hacking tools: 2.  Gaming, social media, piracy: 1.
  * Help-seeking:
      - a pupil who discloses risk while looking for help (own or a friend's), e.g.
        "childline + I keep thinking about ending it": POSITIVE at the risk's level;
      - a pupil searching how to help "a friend who ...": POSITIVE at level 3 (it tells
        the DSL that some child is at risk);
      - a bare look-up of a support service (Childline, Samaritans, Shout, Kooth, Beat,
        CEOP, Report Remove) with no risk disclosed: NEGATIVE with the service's risk
        categories in "allow" (neither rewarded nor punished);
      - staff preparing lessons, assemblies or training on these topics: plain hard
        NEGATIVE (no allow).
  * School work (English literature, History, RE, PSHE, science), sport, harmless gaming
    banter, lyrics, film titles and news are hard negatives with no allow.
  * Peer-directed slurs are "discrimination" (bullying allowed); peer-directed abuse
    without a protected characteristic is "bullying".
"""
import calendar
import datetime
import hashlib
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout9.jsonl")

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
BIG7 = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
        "discrimination", "violence"]


# --------------------------------------------------------------------------------------
# deterministic randomness
# --------------------------------------------------------------------------------------
def h(n, salt):
    d = hashlib.sha256(("heldout9:%s:%s" % (n, salt)).encode("utf-8")).digest()
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
    raise AssertionError


# --------------------------------------------------------------------------------------
# disguises
# --------------------------------------------------------------------------------------
CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "o": "\u043e",
       "p": "\u0440", "x": "\u0445", "y": "\u0443", "s": "\u0455", "j": "\u0458"}
GRK = {"o": "\u03bf", "i": "\u03b9", "v": "\u03bd", "u": "\u03c5", "k": "\u03ba"}


def cyr(s, letters="aeoic"):
    """Swap some Latin letters for look-alike Cyrillic ones."""
    return "".join(CYR[c] if (c in letters and c in CYR) else c for c in s)


def grk(s, letters="oivuk"):
    """Swap some Latin letters for look-alike Greek ones."""
    return "".join(GRK[c] if (c in letters and c in GRK) else c for c in s)


def fw(s):
    """Full-width forms (spaces stay ASCII, as phone keyboards produce)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def zwj(word, ch="\u200b"):
    """Put an invisible character between every letter of a word."""
    return ch.join(word)


# --------------------------------------------------------------------------------------
# item specifications
# --------------------------------------------------------------------------------------
ITEMS = []


def _add(kind, body, x, a, kw):
    ITEMS.append(dict(kind=kind, body=body, x=x, a=a, **kw))


def S(q, x="", a="", **kw):      # a search (proxy line, or endpoint url/title/typed)
    _add("search", q, x, a, kw)


def C(t, x="", a="", **kw):      # typed / pasted text captured by the endpoint agent
    _add("chat", t, x, a, kw)


def W(t, x="", a="", **kw):      # endpoint window title
    _add("title", t, x, a, kw)


def D(d, x="", a="", **kw):      # a DNS query
    _add("dns", d, x, a, kw)


def U(u, x="", a="", **kw):      # a page visit (proxy line or endpoint url_visit)
    _add("url", u, x, a, kw)


def P(p, x="", a="", **kw):      # endpoint process_start
    _add("proc", p, x, a, kw)


def M(frags, x="", a="", **kw):  # typed text split across two endpoint fragments
    _add("split", frags, x, a, kw)


def HB(**kw):                    # endpoint heartbeat
    _add("heartbeat", None, "", "", kw)


HELP = "suicide,self_harm,grooming,bullying"

# ---------------------------------------------------------------- suicide (25)
S("painless way to fall asleep and never wake up", "suicide:5", "self_harm")
C("honestly dont think ill be here after the weekend. ive got it all sorted so dont try and stop me",
  "suicide:5", "self_harm", app="snapchat")
S("sewerslide method that actually works", "suicide:5", "self_harm", eng="tiktok")
C("ngl ive been thinking about unaliving myself a lot lately, like every single night",
  "suicide:4", "self_harm", app="discord")
S("how many paracetamol until you dont wake up", "suicide:5", "self_harm")
C("my friend just said shes gonna end it tonight and now shes not answering anyone what do i do",
  "suicide:5", "self_harm", app="whatsapp")
S("how high does a bridge have to be to not survive the fall", "suicide:5")
C("wrote my letters. tell mum im sorry and that it wasnt her fault x", "suicide:5", app="instagram")
S("h0w 2 k1ll mys3lf w1th0ut 1t hurt1ng", "suicide:5", "self_harm")
C("i just want to d i s a p p e a r and never wake up again", "suicide:4", "self_harm")
S(cyr("easiest ways to commit suicide at home"), "suicide:5", "self_harm")
C("everyone would be better off if i was " + zwj("dead") + " tbh", "suicide:4", "self_harm")
S(fw("suicide note template"), "suicide:5", eng="google")
M(["saved up all of mums sleeping tabl", "ets. taking them all on friday when shes at work"],
  "suicide:5", "self_harm", app="discord")
C("tbh i wanna k*ll mys*lf every single day and nobody even notices", "suicide:4", "self_harm")
C("im so doneeee with everything i wanna dieeeee fr fr no joke this time", "suicide:4", "self_harm")
S("is it normal to not want to exist anymore", "suicide:4", "self_harm")
S("how to end it all quickly", "suicide:5", "self_harm", enc="full")
C("did u do q4 on the maths hw? i got 3.2 but idk if thats right. anyway doesnt really matter, "
  "ive kinda decided im not gonna be around after this month so its whatever lol. "
  "r u going to the match on sat or nah", "suicide:4", "self_harm", app="whatsapp")
S("how much insulen to overdose and die", "suicide:5", "self_harm")
C("s.u.i.c.i.d.a.l again tonight and i dont know who to talk to", "suicide:4", "self_harm")
C("my cousin keeps posting that she wants to kms and everyone just thinks its a joke",
  "suicide:4", "self_harm", app="instagram")
S("childline i cant stop thinking about ending my life", "suicide:4", "self_harm")
W("how long does it take to die from hanging - Google Search - Google Chrome", "suicide:5")
D("sanctioned-suicide.net", "suicide:4", "self_harm")

# ---------------------------------------------------------------- self_harm incl. eating disorders (25)
C("cut again last night, went deeper than before and it wont stop stinging", "self_harm:4", "suicide")
S("how to hide cuts on your wrist from parents", "self_harm:4")
S("thinspo", "self_harm:4", eng="tiktok")
S("ana coach tips to stop eating", "self_harm:4", eng="pinterest")
C("anyone wanna be my ana buddy? goal weight is 42kg by xmas \U0001f98b\U0001f98b", "self_harm:4",
  app="instagram")
S("how to throw up after eating quietly", "self_harm:4")
S("how long can u survive on 300 calories a day", "self_harm:4")
S("styro vs beans cuts", "self_harm:4", "suicide")
C("was 30 days clean from sh and i relapsed today \U0001f61e dont tell anyone pls", "self_harm:4")
S("s3lf h4rm w1th0ut l34v1ng sc4rs", "self_harm:4")
S(cyr("how to burn yourself with a lighter"), "self_harm:4")
C("i need the bl\u200bade rn its the only thing that makes it quiet", "self_harm:4", "suicide")
C("ngl s*lf h*rming is the only thing keeping me going atm", "self_harm:4", "suicide")
C("she showed me her arms in the changing rooms, theyre covered and she made me promise not to say anything",
  "self_harm:4", app="snapchat")
S("meanspo to stop eating", "self_harm:4", eng="tiktok")
S("what i eat in a day 500 cals", "self_harm:3", eng="youtube")
C("skipped breakfast n lunch again, if i stay under 600 today i can finally see my collarbones properly",
  "self_harm:4")
S("laxatives to lose weight fast teenager", "self_harm:4")
M(["i keep punching myself in the he", "ad when i get stressed and i cant stop"], "self_harm:4",
  app="discord")
S("how to help a friend who self harms", "self_harm:3")
C("scratched my arms til they bled agaiiin \U0001f62d pls dont tell sir", "self_harm:4")
S("s e l f h a r m p i c s", "self_harm:4", eng="x")
D("www.myproana.com", "self_harm:4")
W("#edtwt - Search / X - Google Chrome", "self_harm:4")
S(fw("bonespo"), "self_harm:4", eng="pinterest")

# ---------------------------------------------------------------- radicalisation (26)
S("national action telegram how to join", "radicalisation:4", "discrimination")
S("great replacement proof its actually happening", "radicalisation:4", "discrimination")
S("christchurch mosque video full no blur", "radicalisation:4", "violence,discrimination")
C("saint tarrant did nothing wrong, someone round here needs to finish what he started",
  "radicalisation:4", "violence,discrimination", app="discord")
S("sonnenrad black sun wallpaper 4k", "radicalisation:3", "discrimination")
C("the 1488 in my bio isnt a joke btw \U0001f642 go read siege", "radicalisation:4", "discrimination")
S("how to get to syria to join the mujahideen from uk", "radicalisation:5", "violence")
S("dabiq magazine pdf download", "radicalisation:4")
S("anwar al awlaki lectures mp3", "radicalisation:4")
C("foids only go for chads, its over for guys like us. ER had the right idea honestly",
  "radicalisation:4", "discrimination,violence", app="discord")
D("incels.is", "radicalisation:4", "discrimination")
S("elliot rodger manifesto pdf", "radicalisation:4", "violence,discrimination")
C("listen to this nasheed akhi, the dawlah are the only ones on the true path and the kuffar will pay for what they did",
  "radicalisation:4", "discrimination,violence", app="whatsapp")
S("4t0mw4ff3n d1v1s10n uk ch4pt3r", "radicalisation:4")
S(cyr("sonnenkrieg division recruitment"), "radicalisation:4")
C("look up t.h.e b.a.s.e on telegram, theyre recruiting lads in the uk again", "radicalisation:4")
S("patriotic\u200balternative youth how to join", "radicalisation:3", "discrimination")
C("im writing a manifesto like the buffalo guy and im gonna livestream it at school",
  "radicalisation:5,violence:5", "discrimination", app="discord")
S("how to support al qassam brigades donate", "radicalisation:4")
S("14 words tattoo ideas", "radicalisation:4", "discrimination")
C("remigration now. theyre invading our towns and were gonna have to take this country back by force",
  "radicalisation:4", "discrimination,violence")
S(grk("terrorgram saints list"), "radicalisation:4", "violence")
S("andrew tate women are property clip", "radicalisation:3", "discrimination", eng="tiktok")
W("Hitler did nothing wrong edit \U0001f4af - YouTube - Google Chrome", "radicalisation:3", "discrimination")
S("how to build an ied to hit a mosque", "radicalisation:5,violence:5", "discrimination", enc="pct20")
M(["anyone got the link for the islamic state tel", "egram channel, the new one after the old one got banned"],
  "radicalisation:4", app="discord")

# ---------------------------------------------------------------- grooming & sexual exploitation (26)
C("how old r u? u seem really mature for ur age", "grooming:4", app="roblox")
C("dont tell ur parents about me, they wouldnt understand what we have", "grooming:4", app="discord")
C("add me on telegram its more private there x and delete this chat after", "grooming:4", app="roblox")
C("ill send u 2000 robux if u send a pic in ur school uniform", "grooming:4",
  "illegal_content,adult_content", app="roblox")
C("can u turn ur camera on? just for me, no one else will ever see", "grooming:4", "adult_content",
  app="snapchat")
C("ill pick you up from the train station saturday at 2. tell your mum youre at a mates",
  "grooming:5", app="instagram")
C("booked the hotel for when u come up to see me, remember to delete our chats babe", "grooming:5",
  "adult_content")
C("i have ur pics. pay \u00a3150 in steam cards or i send them to everyone on ur followers list",
  "grooming:4", "illegal_content,adult_content", app="instagram")
S("someone is blackmailing me with my nudes what do i do", "grooming:4", "illegal_content,adult_content")
S("sent pics to a girl online and now she wants money", "grooming:4", "illegal_content,adult_content")
S("how to get my nudes deleted off the internet im 15", "grooming:4", "illegal_content,adult_content")
C("asl? \U0001f60f ur in year 8 right", "grooming:4", app="roblox")
C("s3nd m3 a p1c of u in ur pj's \U0001f618", "grooming:4", "adult_content")
C(cyr("our little secret ok? nobody else needs to know about us"), "grooming:4")
C("i can get u the new iphone if u do something for me first \U0001f609", "grooming:4", "adult_content")
C("my sister is 13 and shes meeting a 19 yr old guy she met on snap tonight at the retail park",
  "grooming:5")
M(["u looked so pretty in that vid, send me one w", "ithout ur top on, i promise i wont show anyone"],
  "grooming:4", "illegal_content,adult_content", app="snapchat")
C("age is just a number, ur way more grown up than girls my age", "grooming:4")
C("my bf is 22 and says i cant tell my friends about us cos theyd get jealous", "grooming:4")
C("lets move to session, snap tells u when someone screenshots", "grooming:4", app="snapchat")
C("send n\u200budes and ill give u the v\u200bbucks like i said", "grooming:4",
  "illegal_content,adult_content", app="discord")
C("r u a v*rgin? its ok i can teach u things", "grooming:4", "adult_content")
S("is it illegal for a 25 year old to date a 14 year old uk", "grooming:4")
C("the older boys gave me a phone and said i owe them now, they want me to start running for them",
  "grooming:4", "drugs,violence")
C("he says hell leak my \U0001f351 pics unless i send more, idk what to do", "grooming:4",
  "illegal_content,adult_content")
S("my online boyfriend wants to meet irl should i go", "grooming:4", eng="tiktok")

# ---------------------------------------------------------------- bullying (23)
C("nobody even likes u, just leave the gc already", "bullying:3")
C("everyones laughing at ur vid lmao \U0001f602 we put it on the story", "bullying:3")
C("kys no one would even notice ur gone", "bullying:3", "suicide")
C("ratio + ur ugly + no friends + ur dad left for a reason", "bullying:3")
C("lets all ignore her on monday, make her cry again like last time", "bullying:3")
S("how to get back at someone who bullies you", "bullying:3")
C("they keep shoving me in the corridor and calling me a freak, i dont want to go in tomorrow",
  "bullying:3")
C("u r s0 f4t n0 w0nd3r n0 1 w4nts t0 s1t w1th u", "bullying:3")
C(cyr("youre so weird, go back to your old school no one wants you here", "aeoyc"), "bullying:3")
C("made a fake acc of him and posting all his cringe pics on it \U0001f480", "bullying:3")
S("how to make a burner account to expose someone", "bullying:3")
C("rate the girls in 10R out of 10, lowest score gets roasted in the gc", "bullying:3",
  "discrimination")
C("ur a " + zwj("loser") + " and everyone knows it", "bullying:3")
C("u g l y. thats all ur ever gonna be", "bullying:3")
C("no one wants u herrrrre, go cry to mummyyyy", "bullying:3")
M(["everyone in the group agreed ur such a waste of sp", "ace, do us all a favour and dont come back"],
  "bullying:3", "suicide", app="snapchat")
C("theyve been sending maddie horrible messages all weekend and she wont stop crying", "bullying:3")
S("why does everyone at school hate me", "bullying:3")
C("spread it round that shes a sl*g, she'll never live it down", "bullying:3", "discrimination")
C("u better not come in tomorrow or ur gonna get it", "bullying:3", "violence")
W("Burn book 9X - Google Docs - Google Chrome", "bullying:3")
C("if ur still friends with her after today ur out the group too", "bullying:3")
C("\U0001f921\U0001f921 look at her shoes, charity shop again? \U0001f92e", "bullying:3")

# ---------------------------------------------------------------- discrimination (23)
C("go back to ur own country u p*ki", "discrimination:3", "bullying")
C("thats so gay, ur such a f@g", "discrimination:3", "bullying")
C("trannies shouldnt be allowed in our toilets theyre freaks", "discrimination:3", "bullying")
C("shut up you n*gger nobody asked", "discrimination:3", "bullying")
C("jews control all the banks thats just facts look it up", "discrimination:3", "radicalisation")
C("women belong in the kitchen, she only got captain cos of diversity", "discrimination:3", "bullying")
C("stop being such a r3tard omg", "discrimination:3", "bullying")
C("muslims are all terrorists, deport the lot of them", "discrimination:3", "radicalisation")
S("gyppo jokes", "discrimination:3")
C(cyr("you smell like curry go home", "aeoyc"), "discrimination:3", "bullying")
C("ching chong go eat a bat", "discrimination:3", "bullying")
C("lesbo stay away from me in the changing rooms", "discrimination:3", "bullying")
C("h0m0s sh0uld b3 b4nn3d", "discrimination:3")
C("sp\u200bastic cant even catch a ball", "discrimination:3", "bullying")
S("racist jokes about black people", "discrimination:3")
C("(((they))) own the media, wake up", "discrimination:3", "radicalisation")
C("she deserved it for dressing like that tbh", "discrimination:3")
C("go back to poland you dirty immigrant", "discrimination:3", "bullying")
S("trans people are mentally ill proof", "discrimination:3")
C("w h i t e p o w e r \U0001f44c", "discrimination:3", "radicalisation")
C("autistic kids should be in a separate school, theyre embarrassing", "discrimination:3")
M(["honestly all the black kids in our year are ape", "s, just look at them"], "discrimination:3",
  "bullying,radicalisation", app="snapchat")
C("oi b.e.n.d.e.r get out of our changing room", "discrimination:3", "bullying")

# ---------------------------------------------------------------- violence & weapons (23)
C("were gonna wet him up after school by the co-op, dont say nothing", "violence:5", app="snapchat")
S("where to buy a zombie knife uk", "violence:4")
C("bring the ching tmrw, the opps are gonna be at the rec", "violence:5", app="snapchat")
C("got the strap now bro no ones disrespecting me again", "violence:4")
S("how to make a 3d printed gun", "violence:4", eng="youtube")
S("b3st kn1f3 t0 c4rry f0r pr0t3ct10n", "violence:4")
C(cyr("ima shank that kid in year 9 fr", "aeoc"), "violence:5")
C("if they laugh at me one more time im bringing a knife in and doing all of them", "violence:5",
  "bullying")
S("how to make a petrol bomb", "violence:4")
C("meet behind the sports hall 3:20 were jumping him, bring the boys", "violence:4", "bullying")
S(grk("knuckle duster buy online uk"), "violence:4")
C("im gonna b o r e him the next time i see him", "violence:4")
C("the opp got splashed last night lmaooo we need to ride out again", "violence:4")
S("balaclava and machete where to get", "violence:4")
C("i swear ill k\u200bill her dad if he touches my mum again", "violence:4")
C("jayden said hes bringing a blade to the party saturday", "violence:4")
S("how to poison someone slowly without getting caught", "violence:4")
S("how to get a gun in london", "violence:4", enc="full")
M(["tomorrow at lunch im gonna smash his face in with a", " hammer, already put it in my bag"],
  "violence:5", "bullying", app="whatsapp")
W("machete vs zombie knife which is better for defence - Google Search - Google Chrome", "violence:4")
S(fw("switchblade for sale"), "violence:4")
C("my stepdad hit me with the belt again, ive got bruises all down my back, dont tell anyone",
  "violence:4")
S("real gore videos uncensored stabbing", "violence:3")

# ---------------------------------------------------------------- adult_content (7)
D("www.xnxx.com", "adult_content:3")
S("p*rnhub premium free login", "adult_content:3")
S("onlyfans leaks free site", "adult_content:3")
S("spicy accountant link in bio", "adult_content:3", eng="tiktok")
S(fw("hentai"), "adult_content:3")
U("https://www.pornhub.com/view_video.php?viewkey=ph64b2c9e1a7f03", "adult_content:3", conn=True)
C("send me the link to the corn server on discord, the nsfw one", "adult_content:3", "illegal_content")

# ---------------------------------------------------------------- drugs (8)
C("anyone got a plug for zoots near the park?", "drugs:3", app="snapchat")
S("where to buy thc vape uk", "drugs:3")
C("2 pingers for a tenner if u want them for the party", "drugs:3")
S("how much ket to take first time", "drugs:3")
S("buy x4n4x onl1n3 uk n0 pr3scr1pt10n", "drugs:3")
C("they want me to go OT and hold the trap phone for a week, say ill make 500", "drugs:4",
  "grooming,violence")
C("\u2744\ufe0f\U0001f343\U0001f48a menu on my story, dm for prices", "drugs:3")
S("where to get nos canisters and balloons", "drugs:3")

# ---------------------------------------------------------------- gambling (8)
D("www.skybet.com", "gambling:2")
S("bet365 acca tips tonight", "gambling:2")
S("how to gamble online under 18 without id", "gambling:2")
S("csgoroll promo code free case", "gambling:2", "gaming")
C("put 20 quid on crash on stake and doubled it \U0001f4b0 going again", "gambling:2")
S("no deposit bonus casino uk 2026", "gambling:2")
D("stake.com", "gambling:2")
S("fr33 sp1ns n0 w4g3r1ng", "gambling:2")

# ---------------------------------------------------------------- filter_bypass (8)
S("how to get past securly on a school chromebook", "filter_bypass:2")
D("www.croxyproxy.com", "filter_bypass:2")
P("psiphon3.exe", "filter_bypass:2")
S("turn off smoothwall without admin password", "filter_bypass:2")
S("vpn that works on school wifi free", "filter_bypass:2")
C("just hotspot off ur phone and use the warp app, the filter cant see anything", "filter_bypass:2")
S("unbl0ck3d y0utub3 pr0xy", "filter_bypass:2")
D("protonvpn.com", "filter_bypass:2")

# ---------------------------------------------------------------- hacking (8)
S("how to get someones ip from discord", "hacking:2")
D("grabify.link", "hacking:2")
S("ddos someone on xbox free tool", "hacking:2")
C("if u give me ur teacher login i can change our grades on arbor, trust", "hacking:2")
S("roblox cookie logger download", "hacking:2")
S("how to hack school wifi password", "hacking:2", "filter_bypass")
S("keylogger that emails u the passwords free", "hacking:2")
S("h4ck s0m30n3s sn4pch4t 4cc0unt", "hacking:2")

# ---------------------------------------------------------------- piracy (7)
S("watch wicked for good free online 123movies", "piracy:1")
D("thepiratebay.org", "piracy:1")
S("minecraft java cracked download tlauncher", "piracy:1", "gaming")
S("spotify premium apk mod free", "piracy:1")
P("qbittorrent.exe", "piracy:1")
S("fc 26 crack pc free download", "piracy:1", "gaming")
U("https://1337x.to/search/stranger+things+s05/1/", "piracy:1")

# ---------------------------------------------------------------- gaming (7)
D("www.roblox.com", "gaming:1")
D("fortnite.com", "gaming:1")
P("RobloxPlayerBeta.exe", "gaming:1")
U("https://poki.com/en/g/subway-surfers", "gaming:1")
D("store.steampowered.com", "gaming:1")
W("Roblox", "gaming:1", proc="RobloxPlayerBeta.exe")
U("https://www.crazygames.com/game/smash-karts", "gaming:1")

# ---------------------------------------------------------------- social_media (7)
D("www.tiktok.com", "social_media:1")
U("https://www.instagram.com/direct/inbox/", "social_media:1")
D("web.snapchat.com", "social_media:1")
W("(3) Instagram - Google Chrome", "social_media:1")
U("https://x.com/home", "social_media:1")
D("bsky.app", "social_media:1")
U("https://www.tiktok.com/foryou", "social_media:1")

# ---------------------------------------------------------------- illegal_content (7)
C("anyone got the link to the cp telegram, the one with the young ones", "illegal_content:4",
  "adult_content,grooming")
S("nudify app free undress any photo", "illegal_content:4", "adult_content")
C("airdrop the nudes of amelia from year 9 to everyone lol", "illegal_content:4",
  "bullying,adult_content,grooming")
S("where to buy fake id uk provisional licence", "illegal_content:3")
S("dark web market links 2026", "illegal_content:3", "drugs")
S("how to make counterfeit 20 pound notes", "illegal_content:3")
S("c.p l1nks t3l3gr4m", "illegal_content:4", "adult_content")

# ======================================================================================
# HARD NEGATIVES
# ======================================================================================
# -- English literature
S("macbeth quotes about blood and guilt")
S("how does shakespeare present lady macbeth as evil")
S("an inspector calls eva smith disinfectant quote")
S("why does eva smith kill herself an inspector calls")
S("of mice and men why does george shoot lennie")
S("curleys wife death scene analysis")
S("dulce et decorum est gas attack quotes")
S("exposure wilfred owen merciless iced east winds that knive us")
S("romeo and juliet suicide theme essay")
S("bayonet charge ted hughes analysis")
S("remains simon armitage probably armed possibly not")
S("jekyll and hyde carew murder quote")
S("lord of the flies piggy death symbolism")
S("blood brothers ending mickey shoots eddie")
S("kamikaze beatrice garland poem meaning")
S("war photographer carol ann duffy analysis")
S("to kill a mockingbird racism quotes tom robinson")
S("anita and me racism themes")
S("hamlet to be or not to be soliloquy meaning")
S("the bloody chamber violence against women a level")
S("crooks racism and loneliness of mice and men")
S("frankenstein creature kills william chapter")
C("In Act 2 Scene 2 Macbeth murders Duncan in his sleep and is immediately consumed by guilt; "
  "the image of blood that will not wash from his hands suggests that the crime has stained him for ever.",
  app="docs")
C("Priestley uses Eva's death to expose the consequences of capitalism: she swallowed disinfectant "
  "after every Birling had rejected her, and the Inspector makes each of them share the blame.",
  app="docs")
C("Stevenson presents Hyde as savage when he tramples the young girl and later beats Sir Danvers Carew "
  "to death with a heavy cane, which shows the violence hidden beneath Victorian respectability.",
  app="docs")
C("At the end George shoots Lennie in the back of the head to spare him from Curley's lynch mob, "
  "which shows that the dream of the ranch was always going to die.", app="docs")
C("Owen describes a soldier drowning under a green sea of gas, guttering, choking, to show the horror "
  "that the old lie about dying for your country hides.", app="docs")

# -- History
S("how did hitler become chancellor 1933")
S("nazi propaganda posters source analysis gcse")
S("kristallnacht causes and consequences")
S("holocaust survivor testimony year 9")
S("night of the long knives 1934 explained")
S("bloody sunday 1972 derry the troubles")
S("ira warrington bomb 1993 history")
S("crusades siege of jerusalem 1099")
S("battle of the somme first day casualties")
S("hiroshima atomic bomb death toll")
S("jack the ripper whitechapel gcse crime and punishment")
S("gunpowder plot 1605 guy fawkes")
S("apartheid south africa nelson mandela")
S("emmett till civil rights movement")
S("what was the hitler youth")
S("partition of india 1947 violence")
S("anne boleyn execution")
S("rwanda genocide 1994 explained")
S("rise of isis 2014 a level politics essay")
C("The Final Solution was agreed at the Wannsee Conference in January 1942; by 1945 around six million "
  "Jews had been murdered in camps such as Auschwitz-Birkenau and Treblinka.", app="docs")
U("https://en.wikipedia.org/wiki/Night_of_the_Long_Knives")

# -- RE, PSHE, citizenship (pupil work)
S("euthanasia arguments for and against gcse re")
S("christian views on abortion gcse")
S("just war theory is war ever justified")
S("religious views on capital punishment")
S("what does islam teach about greater jihad")
S("what is radicalisation bbc bitesize")
S("consent and the law pshe ks4")
S("knife crime statistics uk 2025")
S("swastika hindu symbol meaning religious studies")
S("equality act 2010 protected characteristics")
S("what is homophobia ks3")
S("drug classification uk class a b c pshe")
S("why is hamas proscribed in the uk citizenship")
C("Some Christians believe euthanasia is wrong because of the sanctity of life, whereas others argue "
  "that helping someone die with dignity is the most loving thing to do.", app="docs")
C("we're doing the debate on capital punishment in RE tmrw, im arguing the death penalty should come back, "
  "can u help me find some stats")

# -- staff preparing lessons, assemblies, training (hard negatives, no allow)
S("county lines warning signs for teachers", role="staff")
S("extremism pshe lesson plan ks3", role="staff")
S("online safety assembly sextortion year 9 resources", role="staff")
S("how to talk to teenagers about eating disorders parents guide", role="staff")
S("national online safety guide roblox parents", role="staff")
S("lgbt history month assembly ideas", role="staff")
S("holocaust memorial day 2027 theme", role="staff")
S("prevent duty training certificate", role="staff")
S("anti bullying week 2026 theme", role="staff")
S("self harm awareness training for form tutors", role="staff")
W("Year 10 PSHE - Suicide prevention and where to get help - Google Slides - Google Chrome", role="staff")
W("Holocaust Memorial Day assembly.pptx - PowerPoint", role="staff", proc="POWERPNT.EXE")
C("can someone cover my y8 PSHE on self-harm awareness p4? resources are in the shared drive",
  app="teams", role="staff")
C("Lesson objective: students will recognise online grooming tactics (secrecy, gifts, moving to private apps) "
  "and know how to report to CEOP.", app="docs", role="staff")
C("Reminder: Prevent refresher training is on Wednesday after school in the library, please bring laptops.",
  app="teams", role="staff")
C("Year 11 drugs education session: Talk to Frank resources are in the PSHE folder, covering cannabis, "
  "ketamine and nitrous oxide.", app="teams", role="staff")

# -- bare look-ups of support services (neutral: expect nothing, allow the service's area)
S("childline phone number", "", HELP)
S("samaritans 116 123 opening hours", "", "suicide,self_harm")
S("kooth login", "", "suicide,self_harm")
S("shout 85258 text", "", "suicide,self_harm")
S("beat eating disorders helpline", "", "self_harm")
S("ceop report button", "", "grooming,illegal_content")
S("report remove childline", "", "grooming,illegal_content,adult_content")
D("www.childline.org.uk", "", HELP)
U("https://www.papyrus-uk.org/hopeline247/", "", "suicide,self_harm")

# -- science
S("why do cells die apoptosis a level biology")
S("how do white blood cells kill pathogens")
S("sexual reproduction in plants gcse")
S("menstrual cycle hormones fsh lh")
S("ivf process gcse biology")
S("effect of cocaine on synapses a level biology")
S("how does alcohol damage the liver")
S("magnesium and hydrochloric acid rate of reaction practical")
S("why does potassium explode in water")
S("thermite reaction equation")
S("half life of uranium 238")
S("how do vaccines work")
S("penicillin discovery fleming")
S("smoking effects on lungs gcse")
S("natural selection peppered moth")
S("flame test colours fireworks")
S("how does paracetamol relieve pain")
S("heart bypass surgery gcse biology")
S("drug trials placebo double blind gcse")
S("caffeine heart rate practical")
S("naked mole rat facts")
S("flame retardant chemicals")
S("puberty changes boys")
S("testicular cancer self check")
W("Photosynthesis worksheet - Google Docs - Google Chrome")

# -- sport
S("how to shoot better in netball")
S("boxing gym near me under 16")
S("premier league top scorers 2026")
S("rugby tackle technique safe")
S("fencing club sabre beginners")
S("clay pigeon shooting experience voucher")
S("rope climb pe technique")
C("we absolutely smashed them 5-0, kais shot from outside the box was unreal")
C("coach says we gotta kill the game off early in the second half this time")
C("ur gonna destroy them in the 100m final tmrw, good luck!!")
C("sheffield wednesday got murdered again 4-0 \U0001f62d im done supporting them")
C("hes a savage on the pitch, broke through their defence every single time")

# -- harmless gaming talk
C("bro i got 14 kills that round, the pump shotgun is so broken rn", app="discord")
C("headshot him from the tower lmaooo he didnt even see me", app="discord")
C("we need to push their base then go kill the ender dragon", app="minecraft")
C("im camping with the sniper on the roof, cover me", app="xbox")
C("ngl id die for that skin, its so clean", app="discord")
C("gg ez, they got absolutely destroyed", app="discord")
C("who wants to trade their dragon pet for my unicorn", app="roblox")
C("tnt the whole village lmao the villagers are gonna be so mad", app="minecraft")
C("theyre all ganging up on me in among us lol the impostor always wins", app="discord")
S("best loadout warzone")
S("how to beat the wither minecraft")
S("among us impostor tips kill cooldown")

# -- harmless slang and hyperbole
C("im literally dying \U0001f602\U0001f602 mr evans just fell off his chair")
C("ill kill u if u spoil the new episode before i watch it")
C("omg i want to die of embarrassment, sir read my text out to the whole class")
C("this chem homework is killing me, anyone done q6?")
C("bro is cooked \U0001f480 he forgot his pe kit for the third time")
C("my mum is gonna murder me i lost my blazer again")
C("the mock was brutal, im so done with revision for today")
C("that fit is fire, you ate")
C("no cap that was the best concert ever, my ears are still ringing")
C("has anyone got a charger plug i can borrow in period 3")
C("ur drawing is killer bro, the shading on the eyes \U0001f525")
C("she ate and left no crumbs \U0001f485")
C("dying my hair pink this weekend \U0001f497")
C("grab ur coat its snowing!! snow day tomorrow??")
C("lets bounce after 5th, maccies?")
C("shoot me a text when ur outside")
C("fire drill in the middle of my mock \U0001f644")
C("my nan passed away last week so i wont be in on monday, can u tell miss")

# -- secrecy / meetings / pictures between friends and family
C("keep it on the downlow, were planning a surprise leaving do for miss patel on friday")
C("meet at the bus station at 8:15 for the geography field trip, dont be late or sir will leave without u")
C("can u send me a pic of the homework sheet, i left mine in my locker")
C("whats ur snap? i need the english notes from today")
C("my grandad is picking me up after parents evening so i cant stay")
C("dont tell anyone yet but i got an offer from the sixth form college!!")
C("we can video call tonight to finish the science poster")
C("wanna come to mine after school? my mums making lasagne")
C("add me on snap its the same as my insta")
S("what age can you get a part time job uk")
S("minecraft age rating pegi")

# -- weapons / violence vocabulary in harmless contexts
S("how to sharpen a kitchen knife food tech")
S("bridge and claw knife grip")
S("bonfire night fireworks display near me")
S("how to make a volcano explode science project")
S("knife angel sculpture location")
S("axe throwing birthday party sheffield")
S("cluedo rules")
C("i cut my finger in food tech lol had to get a plaster from the office")
C("the bomb scene in oppenheimer was insane in imax")

# -- films, songs, books, tv
S("suicide squad cast")
S("kill bill soundtrack")
S("die with a smile lyrics")
S("bohemian rhapsody lyrics")
S("shoot to thrill lyrics")
S("killing me softly lyrics")
S("glass onion knives out")
S("heathers the musical dead girl walking")
S("killers of the flower moon review")
S("dead poets society ending")
S("mr brightside lyrics")
S("the boy in the striped pyjamas ending")
S("pirates of the caribbean cast")
S("dying light 2 ps5")
S("animal farm squealer propaganda")
S("1984 big brother themes")
S("the wave experiment ron jones")

# -- news
S("bbc news gaza ceasefire latest")
S("southport inquiry latest")
S("online safety act ofcom news")

# -- words that contain or resemble risky strings (the Scunthorpe problem and friends)
S("scunthorpe united fixtures")
S("faggots and peas recipe")
S("cockermouth flood 2009 case study")
S("penistone grammar school sixth form open evening")
S("dick turpin highwayman")
S("spotted dick recipe")
S("blue tit vs great tit rspb")
S("nigeria population 2026")
S("niggle in hamstring after football")
S("chink in the armour meaning")
S("how to get rid of weeds in patio")
S("high tea near me")
S("coke zero vs diet coke")
S("speed distance time questions")
S("crack the code maths puzzle")
S("snow forecast sheffield tomorrow")
S("probability dice gcse maths")
S("ethical hacking careers cyber security apprenticeship")
S("phishing definition gcse computer science")
S("python caesar cipher")
S("proxy war definition cold war")
S("torrent river geography meaning")
S("dracula stake through the heart")
S("nude colour tights school uniform")
S("how to cut a mango")
S("cut and paste shortcut chromebook")
S("bridge design dt truss")
S("hanging baskets winter plants")
S("how to tie a windsor knot")
S("calories in a greggs sausage roll")
S("butterfly life cycle ks3")
S("how did princess diana die")
S("life after death christian beliefs")
S("looksmaxxing mewing tutorial")
S("sigma male meaning")
S("gay marriage legalised uk 2014")

# -- ordinary school traffic
D("www.bbc.co.uk")
D("classroom.google.com")
D("www.senecalearning.com")
D("login.microsoftonline.com")
D("www.kerboodle.com")
D("quizlet.com")
D("www.aqa.org.uk")
D("www.gov.uk")
D("www.sparxmaths.uk")
D("www.essex.ac.uk")
D("www.middlesex.ac.uk")
D("www.expertsexchange.com")
U("https://www.bbc.co.uk/bitesize/subjects/z4sw2hv")
U("https://www.nhs.uk/conditions/chickenpox/")
W("Sparx Maths - Google Chrome")
W("Killer Sudoku - Daily puzzles - Google Chrome")
P("WINWORD.EXE")
P("EXCEL.EXE")
P("ms-teams.exe")
P("python.exe")
HB()
HB()
HB()

# -- typed text split over two fragments, harmless once joined
M(["im gonna kill", " it at the drama audition tomorrow, practised all week"])
M(["she said shed rather d", "ie than wear the pe skort again lmao"])
M(["we still need to shoot", " the final scene for media, can u bring the tripod"])
M(["cant wait to see you on saturday, dont tell", " anyone about the party yet its a surprise for jess"])


# --------------------------------------------------------------------------------------
# rendering context
# --------------------------------------------------------------------------------------
SITES = [("north", 11), ("riverside", 12), ("st-hilda", 13), ("oakfield", 14), ("harbour", 15)]
SURNAMES = ["patel", "smith", "okafor", "khan", "nowak", "jones", "williams", "brown", "taylor",
            "ahmed", "begum", "evans", "wright", "murphy", "kowalski", "hussain", "nguyen", "ali",
            "davies", "robinson", "clarke", "hughes", "mensah", "silva", "fraser", "singh",
            "campbell", "walker", "ward", "oneill", "adeyemi", "lewis"]
INITIALS = "abcdefghjklmnoprstwyz"
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 16002.44.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
]
SERVERS = ["Y10 squad", "SMP", "the boys", "art club", "friday night gaming", "revision gang"]
CHANNELS = ["general", "chat", "gaming", "homework-help", "off-topic"]
DOCS = ["English Lit essay", "History coursework draft", "RE homework", "Untitled document",
        "Media studies script", "Revision notes"]
STAFF_DOCS = ["PSHE lesson plan", "Staff briefing notes", "Y9 scheme of work"]
PEOPLE = ["Amelia Clarke", "Josh Ward", "Mr Hughes", "Priya Singh", "Year 10 tutors"]

APPS = {
    "discord": [("Discord.exe", "#{chan} | {server} - Discord"),
                ("chrome.exe", "Discord | #{chan} | {server} - Google Chrome")],
    "snapchat": [("chrome.exe", "Snapchat - Google Chrome"), ("msedge.exe", "Snapchat - Microsoft\u200b Edge")],
    "instagram": [("chrome.exe", "Instagram \u2022 Chats - Google Chrome")],
    "whatsapp": [("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "WhatsApp - Google Chrome")],
    "teams": [("ms-teams.exe", "Chat | {person} | Microsoft Teams")],
    "roblox": [("RobloxPlayerBeta.exe", "Roblox")],
    "docs": [("chrome.exe", "{doc} - Google Docs - Google Chrome")],
    "xbox": [("XboxPcApp.exe", "Xbox")],
    "minecraft": [("javaw.exe", "Minecraft* 1.21.4 - Multiplayer (3rd-party Server)")],
    "tiktok": [("chrome.exe", "TikTok - Make Your Day - Google Chrome")],
}
CHAT_APPS = [("discord", 30), ("snapchat", 22), ("instagram", 18), ("whatsapp", 18), ("teams", 7),
             ("tiktok", 5)]

# engines picked at random; pinterest and x only where an item names them
ENGINES = [("google", 50), ("bing", 11), ("ddg", 8), ("youtube", 12), ("tiktok", 8), ("yahoo", 3),
           ("ecosia", 4), ("reddit", 4)]


def site_of(n):
    return pick(n, "site", SITES)


def user_of(n, role):
    s = pick(n, "surname", SURNAMES)
    i = pick(n, "initial", INITIALS)
    if role == "staff":
        return pick(n, "staffstyle", ["STAFF\\%s.%s" % (i, s), "%s%s.staff" % (i, s)])
    style = h(n, "userstyle") % 4
    if style == 0:
        return "%d%s%s" % (19 + h(n, "intake") % 7, i, s)
    if style == 1:
        return "EDU\\%s.%s" % (i, s)
    if style == 2:
        return "%s.%s%02d" % (i, s, h(n, "nn") % 100)
    return "stu%05d" % (h(n, "stuno") % 100000)


def device_of(n, role, home):
    k = h(n, "devno")
    if role == "staff":
        return "STAFF-LT-%02d" % (k % 60)
    if home:
        return pick(n, "homedev", ["HOME-LT-%04d" % (k % 9000 + 1000), "CB-%05d" % (k % 90000 + 10000)])
    return pick(n, "schooldev", ["LAB-PC-%02d" % (k % 40), "LIB-LT-%02d" % (k % 30),
                                 "CB-Y%d-%03d" % (7 + k % 7, k % 200), "SIXTH-PC-%02d" % (k % 25),
                                 "ART-MAC-%02d" % (k % 12)])


def when(n):
    """A datetime in November 2026 (UTC = UK time in November) and whether it is out of school."""
    weekdays = [d for d in range(10, 28) if datetime.date(2026, 11, d).weekday() < 5]
    weekend = [d for d in range(10, 28) if datetime.date(2026, 11, d).weekday() >= 5]
    home = h(n, "home") % 100 < 22
    if home:
        day = pick(n, "day", weekdays + weekend)
        hour = 16 + h(n, "hour") % 7
    else:
        day = pick(n, "day", weekdays)
        hour = 8 + h(n, "hour") % 7
    minute = h(n, "min") % 60
    sec = h(n, "sec") % 60
    ms = h(n, "ms") % 1000
    return datetime.datetime(2026, 11, day, hour, minute, sec, ms * 1000), home


def epoch(dt):
    return calendar.timegm(dt.timetuple()) + dt.microsecond / 1e6


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def client_ip(n):
    _, octet = site_of(n)
    return "10.%d.%d.%d" % (octet, 1 + h(n, "ip3") % 60, 2 + h(n, "ip4") % 250)


def server_ip(n, salt="srv"):
    k = h(n, salt)
    return "%d.%d.%d.%d" % (pick(n, salt + "a", [104, 142, 151, 172, 185, 199, 216]),
                            k % 250 + 1, (k >> 8) % 250 + 1, (k >> 16) % 250 + 1)


# --------------------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------------------
def encode_q(q, enc):
    if enc == "pct20":
        return urllib.parse.quote(q, safe="")
    if enc == "full":
        return "".join("%%%02X" % b for b in q.encode("utf-8"))
    return urllib.parse.quote_plus(q)


def search_url(n, eng, q, enc, tiktok_t=0):
    e = encode_q(q, enc)
    if eng == "google":
        tld = pick(n, "gtld", ["com", "co.uk", "co.uk"])
        tail = pick(n, "gtail", ["&hl=en-GB", "&sourceid=chrome&ie=UTF-8", "&sca_esv=%x&source=hp" % (h(n, "esv") % 16 ** 8),
                                 "&tbm=isch", ""])
        return "https://www.google.%s/search?q=%s%s" % (tld, e, tail)
    if eng == "bing":
        return "https://www.bing.com/search?q=%s&%s" % (e, pick(n, "btail", ["form=QBLH", "qs=n&form=QBRE", "FORM=HDRSC1"]))
    if eng == "ddg":
        return "https://duckduckgo.com/?q=%s&%s" % (e, pick(n, "dtail", ["ia=web", "t=h_&ia=web"]))
    if eng == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % e
    if eng == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (e, tiktok_t)
    if eng == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % e
    if eng == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e
    if eng == "reddit":
        return "https://www.reddit.com/search/?q=%s" % e
    if eng == "pinterest":
        return "https://www.pinterest.co.uk/search/pins/?q=%s&rs=typed" % e
    if eng == "x":
        return "https://x.com/search?q=%s&src=typed_query" % e
    raise ValueError(eng)


BROWSERS = [(("chrome.exe", "Google Chrome"), 3), (("msedge.exe", "Microsoft\u200b Edge"), 2),
            (("firefox.exe", "Mozilla Firefox"), 1)]


def browser_suffix(n, browser):
    proc, name = browser
    if proc == "msedge.exe":
        return " - %s - %s" % (pick(n, "edgeprofile", ["Personal", "Work", "Profile 1"]), name)
    if proc == "firefox.exe":
        return " \u2014 %s" % name
    return " - %s" % name


def search_title(n, eng, q, browser):
    base = {
        "google": "%s - Google Search",
        "bing": "%s - Search",
        "ddg": "%s at DuckDuckGo",
        "youtube": "%s - YouTube",
        "tiktok": "Find '%s' on TikTok | TikTok Search",
        "yahoo": "%s - Yahoo Search Results",
        "ecosia": "%s - Ecosia",
        "reddit": "reddit.com: search results - %s",
        "pinterest": "%s - Pinterest",
        "x": "%s - Search / X",
    }[eng] % q
    return base + browser_suffix(n, browser)


def search_terms(eng, url):
    """What e2guardian writes in its search-terms column."""
    if eng not in ("google", "bing", "ddg", "youtube", "yahoo", "ecosia"):
        return "-"
    qs = urllib.parse.urlsplit(url).query
    for part in qs.split("&"):
        k, _, v = part.partition("=")
        if k in ("q", "p", "search_query"):
            return "0=%s;" % urllib.parse.unquote_plus(v)
    return "-"


# --------------------------------------------------------------------------------------
# line renderers
# --------------------------------------------------------------------------------------
def r_squid(n, dt, url, user):
    el = 5 + h(n, "el") % 900
    size = 2000 + h(n, "size") % 90000
    return "%.3f %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
        epoch(dt), el, client_ip(n), size, url, user, server_ip(n))


def r_squid_sni(n, dt, url, user):
    host = urllib.parse.urlsplit(url).hostname
    dip = server_ip(n)
    el = 40 + h(n, "el") % 60000
    size = 5000 + h(n, "size") % 900000
    return ('%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
        epoch(dt), el, client_ip(n), user, size, dip, dip, dip, host))


def r_clf(n, dt, url, user):
    stamp = dt.strftime("%d/Nov/%Y:%H:%M:%S +0000")
    size = 2000 + h(n, "size") % 90000
    base = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d' % (client_ip(n), user, stamp, url, size)
    if h(n, "clfkind") % 10 < 7:
        ref = pick(n, "ref", ["-", "https://www.google.com/", "https://classroom.google.com/"])
        return '%s "%s" "%s" TCP_MISS:HIER_DIRECT' % (base, ref, pick(n, "ua", UAS))
    return "%s TCP_MISS:HIER_DIRECT" % base


def r_e2g(n, dt, url, user, eng):
    kind = pick(n, "e2kind", [2, 4, 6])
    ua = pick(n, "ua", UAS)
    ip = client_ip(n)
    size = 2000 + h(n, "size") % 90000
    terms = search_terms(eng, url) if eng else "-"
    group = pick(n, "e2grp", ["students", "sixthform"])
    if kind == 6:
        return "\t".join(["%.3f" % epoch(dt), "", user, ip, ip, url, "GET", "200", str(size), "-", ua,
                          "-", str(1 + h(n, "el") % 40), "-", "0", "-", "0", "-", group, "1"])
    fields = [dt.strftime("%Y.%m.%d %H:%M:%S"), user, ip, url, "-", "GET", str(size), "0", "-", "1",
              "200", "-", ip, group, ua, terms, "-", "-", "-"]
    if kind == 4:
        return "\t".join(fields)
    return ",".join('"%s"' % f.replace('"', '""') for f in fields)


def r_zeek_http(n, dt, url, user):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    rec = {"ts": round(epoch(dt), 6), "uid": "C%017x" % (h(n, "uid") % 16 ** 17),
           "id.orig_h": client_ip(n), "id.orig_p": 49152 + h(n, "port") % 16000,
           "id.resp_h": server_ip(n), "id.resp_p": 80, "trans_depth": 1, "method": "GET",
           "host": sp.hostname, "uri": uri, "version": "1.1", "user_agent": pick(n, "ua", UAS),
           "request_body_len": 0, "response_body_len": 2000 + h(n, "size") % 90000,
           "status_code": 200, "status_msg": "OK", "tags": []}
    return json.dumps(rec, ensure_ascii=False)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth",
                    "method", "host", "uri", "referrer", "version", "user_agent", "origin",
                    "request_body_len", "response_body_len", "status_code", "status_msg",
                    "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids",
                    "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
                   "string", "string", "string", "string", "string", "count", "count", "count",
                   "string", "count", "string", "set[enum]", "string", "string", "set[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name",
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool", "bool",
                  "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(n, dt, path, fields, types):
    opened = (dt - datetime.timedelta(minutes=1 + h(n, "open") % 50)).strftime("%Y-%m-%d-%H-%M-%S")
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types)]


def r_zeek_http_tsv(n, dt, url):
    sp = urllib.parse.urlsplit(url)
    uri = sp.path + ("?" + sp.query if sp.query else "")
    row = ["%.6f" % epoch(dt), "C%017x" % (h(n, "uid") % 16 ** 17), client_ip(n),
           str(49152 + h(n, "port") % 16000), server_ip(n), "80", "1", "GET", sp.hostname, uri, "-",
           "1.1", pick(n, "ua", UAS), "-", "0", str(2000 + h(n, "size") % 90000), "200", "OK", "-", "-",
           "(empty)", "-", "-", "-", "-", "-", "-", "F%016x" % (h(n, "fuid") % 16 ** 16), "-", "text/html"]
    return zeek_header(n, dt, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]


def r_zeek_dns_rec(n, dt, domain):
    return {"ts": round(epoch(dt), 6), "uid": "C%017x" % (h(n, "uid") % 16 ** 17),
            "id.orig_h": client_ip(n), "id.orig_p": 1024 + h(n, "port") % 60000,
            "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": h(n, "tid") % 65536,
            "query": domain, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A",
            "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
            "Z": 0, "rejected": False}


def r_zeek_dns_tsv(n, dt, domain):
    row = ["%.6f" % epoch(dt), "C%017x" % (h(n, "uid") % 16 ** 17), client_ip(n),
           str(1024 + h(n, "port") % 60000), "10.0.0.53", "53", "udp", str(h(n, "tid") % 65536),
           "0.0%05d" % (h(n, "rtt") % 99999), domain, "1", "C_INTERNET", "1", "A", "0", "NOERROR",
           "F", "F", "T", "T", "0", server_ip(n), "300.000000", "F"]
    return zeek_header(n, dt, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


def r_dns(n, dt, domain, shape):
    ip = client_ip(n)
    port = 1024 + h(n, "port") % 60000
    pid = 7000 + h(n, "pid") % 2000
    if shape == "unbound":
        v = h(n, "ubv") % 3
        if v == 0:
            return "unbound", "%s unbound[%d:0] info: %s %s. A IN" % (dt.strftime("%b %d %H:%M:%S"), pid, ip, domain)
        if v == 1:
            return "unbound", "[%d] unbound[%d:0] info: %s %s. A IN" % (int(epoch(dt)), pid, ip, domain)
        return "unbound", "%s unbound[%d:0] info: %s %s. A IN NOERROR 0.%06d 0 %d" % (
            dt.strftime("%b %d %H:%M:%S"), pid, ip, domain, h(n, "rt") % 90000, 40 + h(n, "sz") % 80)
    if shape == "dnsmasq":
        return "dnsmasq", "%s dnsmasq[%d]: %d %s/%d query[A] %s from %s" % (
            dt.strftime("%b %d %H:%M:%S"), pid, 1 + h(n, "serial") % 90000, ip, port, domain, ip)
    if shape == "bind":
        stamp = dt.strftime("%d-%b-%Y %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)
        client = "client @0x7f%010x %s#%d (%s)" % (h(n, "ptr") % 16 ** 10, ip, port, domain)
        if h(n, "rpz") % 4 == 0:
            return "bind", "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
                stamp, client, domain, domain)
        return "bind", "%s queries: info: %s: query: %s IN A +E(0)K (10.0.0.53)" % (stamp, client, domain)
    if shape == "zeek-dns":
        return "zeek-dns", json.dumps(r_zeek_dns_rec(n, dt, domain))
    raise ValueError(shape)


def endpoint(n, dt, role, home, event, process=None, title=None, text=None, url=None, device=None,
             user=None):
    rec = {"ts": iso(dt)}
    if h(n, "hassite") % 10 < 8:
        rec["site"] = site_of(n)[0]
    rec["device"] = device or device_of(n, role, home)
    rec["user"] = user if user is not None else user_of(n, role)
    rec["event"] = event
    rec["process"] = process
    rec["window_title"] = title
    rec["text"] = text
    rec["url"] = url
    return json.dumps(rec, ensure_ascii=(h(n, "asciijson") % 5 == 0))


def app_ctx(n, app, role):
    if app is None:
        app = "teams" if role == "staff" else wpick(n, "app", CHAT_APPS)
    proc, tmpl = pick(n, "appvar", APPS[app])
    title = tmpl.format(chan=pick(n, "chan", CHANNELS), server=pick(n, "server", SERVERS),
                        doc=pick(n, "doc", STAFF_DOCS if role == "staff" else DOCS),
                        person=pick(n, "person", PEOPLE))
    return proc, title


# --------------------------------------------------------------------------------------
# wrappers (syslog RFC 3164 / RFC 5424 / rsyslog JSON envelope)
# --------------------------------------------------------------------------------------
def wrap(n, dt, line, how, app):
    host = pick(n, "host", ["proxy01", "proxy02", "filter-a", "gl-agent-relay"])
    pid = 1000 + h(n, "wpid") % 30000
    if how == "3164":
        pri = pick(n, "pri", [134, 166, 14, 30])
        return "<%d>%s %s %s[%d]: %s" % (pri, dt.strftime("%b %d %H:%M:%S"), host, app, pid, line)
    if how == "5424":
        pri = pick(n, "pri", [134, 166, 14, 30])
        return "<%d>1 %s %s %s %d - - %s" % (pri, iso(dt), host, app, pid, line)
    if how == "env":
        recv = dt + datetime.timedelta(seconds=1 + h(n, "lag") % 4)
        files = {"squid": "/var/log/squid/access.log", "e2guardian": "/var/log/e2guardian/access.log",
                 "guardline-agent": "/var/log/guardline/agent.jsonl"}
        env = '{"ts_received":"%s+00:00", "host":"%s", "source":"%s", "file":%s, "message":%s}' % (
            recv.strftime("%Y-%m-%dT%H:%M:%S.%f"), host, app,
            json.dumps(files.get(app, "/var/log/%s.log" % app)).replace("/", "\\/"),
            json.dumps(line, ensure_ascii=False).replace("/", "\\/"))
        return env
    raise ValueError(how)


# --------------------------------------------------------------------------------------
# rendering one item
# --------------------------------------------------------------------------------------
PROXY_SHAPES = [("squid", 30), ("clf", 20), ("e2g", 14), ("zeek-http", 8)]
EP_SEARCH_SHAPES = [("ep_url", 12), ("ep_title", 10), ("ep_typed", 6)]


def render(n, it):
    """Return (format, line or [lines], wrapped-kind or None)."""
    role = it.get("role", "pupil")
    dt, home = when(n)
    if role == "staff":
        home = False
    kind = it["kind"]
    user = user_of(n, role)
    proxy_user = user if h(n, "authuser") % 10 < 8 else "-"

    def proxy_line(url, shape, eng=None):
        if shape == "squid":
            return "squid", r_squid(n, dt, url, proxy_user), "squid"
        if shape == "clf":
            return "clf", r_clf(n, dt, url, proxy_user), "squid"
        if shape == "e2g":
            return "e2guardian", r_e2g(n, dt, url, user, eng), "e2guardian"
        if shape == "zeek-http":
            return "zeek-http", r_zeek_http(n, dt, url, user), "zeek"
        raise ValueError(shape)

    if kind in ("search", "url"):
        if kind == "search":
            eng = it.get("eng") or wpick(n, "eng", ENGINES)
            enc = it.get("enc", "plus")
            url = search_url(n, eng, it["body"], enc, int(epoch(dt) * 1000) - 1500 - h(n, "ttlag") % 9000)
        else:
            eng, enc, url = None, "plus", it["body"]
        if it.get("conn"):
            return "squid", r_squid_sni(n, dt, url, proxy_user), "squid"
        if it.get("tsv"):
            return "zeek-http", r_zeek_http_tsv(n, dt, url), None
        shapes = list(PROXY_SHAPES)
        if enc != "full":
            shapes += EP_SEARCH_SHAPES if kind == "search" else [("ep_url", 15)]
        shape = it.get("shape") or wpick(n, "shape", shapes)
        if shape.startswith("ep_"):
            browser = wpick(n, "browser", BROWSERS)
            if shape == "ep_url":
                title = search_title(n, eng, it["body"], browser) if kind == "search" else None
                return "endpoint", endpoint(n, dt, role, home, "url_visit", browser[0], title, None, url), \
                    "guardline-agent"
            if shape == "ep_title":
                return "endpoint", endpoint(n, dt, role, home, "window_title", browser[0],
                                            search_title(n, eng, it["body"], browser)), "guardline-agent"
            # typed into the browser's address / search box
            return "endpoint", endpoint(n, dt, role, home, "text_capture", browser[0],
                                        "New Tab" + browser_suffix(n, browser), it["body"]), "guardline-agent"
        return proxy_line(url, shape, eng)

    if kind == "chat":
        proc, title = app_ctx(n, it.get("app"), role)
        return "endpoint", endpoint(n, dt, role, home, "text_capture", proc, title, it["body"]), \
            "guardline-agent"

    if kind == "title":
        proc = it.get("proc") or ("msedge.exe" if "Edge" in it["body"] else
                                  "firefox.exe" if "Firefox" in it["body"] else "chrome.exe")
        return "endpoint", endpoint(n, dt, role, home, "window_title", proc, it["body"]), "guardline-agent"

    if kind == "proc":
        return "endpoint", endpoint(n, dt, role, home, "process_start", it["body"]), "guardline-agent"

    if kind == "heartbeat":
        return "endpoint", endpoint(n, dt, role, home, "heartbeat", None, None, None, None,
                                    user=user if h(n, "hbuser") % 2 else None), "guardline-agent"

    if kind == "dns":
        if it.get("tsv"):
            return "zeek-dns", r_zeek_dns_tsv(n, dt, it["body"]), None
        shape = it.get("shape") or wpick(n, "dshape", [("unbound", 30), ("dnsmasq", 28), ("bind", 24),
                                                       ("zeek-dns", 18)])
        fmt, line = r_dns(n, dt, it["body"], shape)
        return fmt, line, None

    if kind == "split":
        proc, title = app_ctx(n, it.get("app"), role)
        device = device_of(n, role, home)
        first, second = it["body"]
        dt2 = dt + datetime.timedelta(seconds=2 + h(n, "gap") % 9, milliseconds=h(n, "gapms") % 1000)
        a = endpoint(n, dt, role, home, "text_capture", proc, title, first, device=device, user=user)
        b = endpoint(n, dt2, role, home, "text_capture", proc, title, second, device=device, user=user)
        return "endpoint", [a, b], None

    raise ValueError(kind)


def parse_x(x):
    out = []
    for part in filter(None, (p.strip() for p in x.split(","))):
        cat, lvl = part.split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def parse_a(a, expect):
    cats = [c.strip() for c in a.split(",") if c.strip()]
    exp = {e["category"] for e in expect}
    return [c for c in cats if c not in exp]


def apply_forced(specs):
    """Give a few named items a fixed presentation (multi-line zeek TSV, wrappers, auto ...)."""
    def find(prefix):
        hits = [s for s in specs if isinstance(s["body"], str) and s["body"].startswith(prefix)]
        assert len(hits) == 1, (prefix, len(hits))
        return hits[0]
    find("how to make a petrol bomb")["tsv"] = True
    find("dabiq magazine")["shape"] = "squid"
    find("dabiq magazine")["wrap"] = "3164"
    find("where to buy thc vape")["shape"] = "e2g"
    find("where to buy thc vape")["wrap"] = "5424"
    find("how many paracetamol until")["shape"] = "clf"
    find("how many paracetamol until")["wrap"] = "5424"
    find("ill pick you up from the train")["wrap"] = "3164"
    find("how to get past securly")["shape"] = "squid"
    find("how to get past securly")["wrap"] = "env"
    find("jayden said")["wrap"] = "env"
    find("kristallnacht")["tsv"] = True
    find("www.kerboodle.com")["tsv"] = True
    find("nudify app")["shape"] = "zeek-http"
    find("nudify app")["wrap"] = "5424"
    find("of mice and men why")["shape"] = "squid"
    find("of mice and men why")["wrap"] = "3164"
    find("stake.com")["shape"] = "bind"
    find("incels.is")["shape"] = "zeek-dns"
    find("www.xnxx.com")["shape"] = "dnsmasq"
    find("sanctioned-suicide.net")["shape"] = "unbound"
    find("www.myproana.com")["shape"] = "dnsmasq"
    for p in ("thinspo", "ana coach tips", "meanspo"):
        find(p)["shape"] = "ep_url"
    find("how to help a friend who self harms")["shape"] = "ep_title"
    find("why is hamas proscribed")["shape"] = "clf"
    find("ira warrington")["shape"] = "e2g"
    find("faggots and peas")["shape"] = "squid"
    find("why does eva smith")["shape"] = "ep_typed"
    find("why does eva smith")["auto"] = True
    find("great replacement proof")["auto"] = True
    find("great replacement proof")["shape"] = "clf"
    find("bring the ching")["auto"] = True
    find("www.gov.uk")["auto"] = True
    find("www.gov.uk")["shape"] = "bind"
    find("fortnite.com")["auto"] = True
    find("fortnite.com")["shape"] = "unbound"


def build():
    specs = [dict(s) for s in ITEMS]
    apply_forced(specs)
    # deterministic interleaving: order by SHA-256 of each item's definition number
    order = sorted(range(len(specs)), key=lambda k: hashlib.sha256(("order:%d" % k).encode()).hexdigest())
    rows = []
    for pos, k in enumerate(order, start=1):
        it = specs[k]
        n = pos
        fmt, line, wrap_app = render(n, it)
        how = it.get("wrap")
        if how is None and wrap_app and not isinstance(line, list) and h(n, "wrap") % 100 < 7:
            how = pick(n, "wrapkind", ["3164", "5424", "3164", "5424", "env"])
        if how:
            dt, _ = when(n)
            line = wrap(n, dt, line, how, wrap_app or "guardline-agent")
        if it.get("auto") or (not isinstance(line, list) and not how and h(n, "auto") % 100 < 4):
            fmt = "auto"
        expect = parse_x(it["x"])
        allow = parse_a(it["a"], expect)
        row = {"id": "h9-%04d" % n, "format": fmt}
        if isinstance(line, list):
            row["lines"] = line
        else:
            row["line"] = line
        row["expect"] = expect
        if allow:
            row["allow"] = allow
        rows.append((row, how, it))
    return rows


# --------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------
def validate(rows):
    ids = set()
    for row, how, it in rows:
        text = json.dumps(row, ensure_ascii=True)
        back = json.loads(text)
        assert back == row
        keys = set(row)
        assert keys <= {"id", "format", "line", "lines", "expect", "allow"}, keys
        assert ("line" in row) != ("lines" in row), row["id"]
        assert row["id"] not in ids
        ids.add(row["id"])
        assert row["format"] in FORMATS, row["format"]
        assert isinstance(row["expect"], list)
        for e in row["expect"]:
            assert set(e) == {"category", "min_level"}
            assert e["category"] in CATEGORIES, e
            assert isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5
        assert len({e["category"] for e in row["expect"]}) == len(row["expect"])
        for c in row.get("allow", []):
            assert c in CATEGORIES, c
            assert c not in {e["category"] for e in row["expect"]}
        lines = row["lines"] if "lines" in row else [row["line"]]
        for ln in lines:
            assert isinstance(ln, str) and ln and "\n" not in ln and "\r" not in ln
        # endpoint payloads must be valid events in November 2026
        if row["format"] == "endpoint" or (row["format"] == "auto" and it["kind"] in
                                           ("chat", "title", "proc", "heartbeat", "split")):
            for ln in lines:
                body = ln
                if how == "env":
                    body = json.loads(ln)["message"]
                elif how in ("3164", "5424"):
                    body = ln[ln.index("{"):]
                ev = json.loads(body)
                for req in ("ts", "device", "event"):
                    assert ev.get(req), (row["id"], req)
                assert ev["ts"].startswith("2026-11-"), ev["ts"]
                assert ev["event"] in ("text_capture", "window_title", "url_visit", "process_start",
                                       "heartbeat")
        if "lines" in row and row["format"] == "endpoint":
            evs = [json.loads(x) for x in row["lines"]]
            assert len({(e["device"], e["window_title"]) for e in evs}) == 1
            t = [datetime.datetime.strptime(e["ts"], "%Y-%m-%dT%H:%M:%S.%fZ") for e in evs]
            assert 0 < (t[1] - t[0]).total_seconds() < 30
    # counts demanded by the brief
    total = len(rows)
    neg = sum(1 for r, _, _ in rows if not r["expect"])
    assert total >= 370, total
    assert neg >= 0.40 * total, (neg, total)
    per = {c: 0 for c in CATEGORIES}
    for r, _, _ in rows:
        for e in r["expect"]:
            per[e["category"]] += 1
    for c in CATEGORIES:
        assert per[c] >= (22 if c in BIG7 else 7), (c, per[c])
    fmts = {r["format"] for r, _, _ in rows}
    assert fmts == set(FORMATS), set(FORMATS) - fmts
    hows = {how for _, how, _ in rows}
    assert {"3164", "5424", "env"} <= hows, hows
    assert sum(1 for r, _, it in rows if it["kind"] == "split") >= 3
    return per, neg


def stats(rows, per, neg):
    from collections import Counter
    err = sys.stderr
    total = len(rows)
    print("items=%d positives=%d negatives=%d (%.1f%%)" % (total, total - neg, neg, 100.0 * neg / total),
          file=err)
    print("positives per category (an item may expect two):", file=err)
    for c in CATEGORIES:
        lv = Counter(e["min_level"] for r, _, _ in rows for e in r["expect"] if e["category"] == c)
        print("  %-16s %3d   levels %s" % (c, per[c], dict(sorted(lv.items()))), file=err)
    print("formats:", file=err)
    for f, k in sorted(Counter(r["format"] for r, _, _ in rows).items(), key=lambda x: -x[1]):
        print("  %-12s %3d" % (f, k), file=err)
    print("wrapped: %s" % dict(Counter(how for _, how, _ in rows if how)), file=err)
    print("multi-line items: %d (endpoint fragments %d, zeek tsv %d)" % (
        sum(1 for r, _, _ in rows if "lines" in r),
        sum(1 for r, _, it in rows if it["kind"] == "split"),
        sum(1 for r, _, it in rows if it.get("tsv"))), file=err)
    print("negatives with allow (support-service look-ups): %d" % sum(
        1 for r, _, _ in rows if not r["expect"] and r.get("allow")), file=err)
    kinds = Counter()
    for r, _, _ in rows:
        for ln in (r["lines"] if "lines" in r else [r["line"]]):
            if '"event": "' in ln:
                kinds[ln.split('"event": "')[1].split('"')[0]] += 1
    print("endpoint event kinds: %s" % dict(kinds), file=err)


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    rows = build()
    per, neg = validate(rows)
    tmp = OUT + ".tmp-%d" % os.getpid()
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for row, _, _ in rows:
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
    # re-read the temp file and check it line by line before it takes the final name
    with open(tmp, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == [r for r, _, _ in rows]
    os.replace(tmp, OUT)
    if "--stats" in argv:
        stats(rows, per, neg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
