#!/usr/bin/env python3
"""Generate heldout5.jsonl: an independent, hand-written labelled evaluation corpus
for the Guardline detector (UK safeguarding web monitoring).

Deterministic and stdlib-only: every "random" choice (item order, IPs, ports, users,
devices, times, sizes, search engine, log format and sub-format, syslog wrapping) is
derived from a SHA-256 hash of the item number, so running this script always
regenerates the same file byte for byte.

    python3 build_heldout5.py            # writes heldout5.jsonl beside this script
    python3 build_heldout5.py --stats    # also prints counts to stderr

All wordings were written fresh for this corpus. Each item carries private tags used
only for the statistics printed here (never written to the jsonl):
  dir = direct wording
  ind = indirect (euphemism, algospeak, questions, third person, quoting, long message
        with the risk in the middle, coded terms)
  dis = disguised (leetspeak, spaced / dotted / stretched letters, asterisks, Cyrillic or
        Greek look-alikes, full-width letters, zero-width characters)
  neg = hard negative
"""
import calendar
import hashlib
import json
import os
import sys
import time
from urllib.parse import quote, quote_plus

CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
        "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
        "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint"]

ZW = "\u200b"


def H(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def pick(seq, *k):
    return seq[H(*k) % len(seq)]


def rint(lo, hi, *k):
    return lo + H(*k) % (hi - lo + 1)


# ---------------------------------------------------------------------------
# disguise helpers
# ---------------------------------------------------------------------------
_CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "o": "\u043e",
        "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443", "j": "\u0458"}
_GRK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "v": "\u03bd"}


def cyr(s, every=1):
    """Swap every `every`-th swappable Latin letter for a Cyrillic look-alike."""
    out, k = [], 0
    for ch in s:
        if ch in _CYR:
            out.append(_CYR[ch] if k % every == 0 else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def grk(s, every=2):
    out, k = [], 0
    for ch in s:
        if ch in _GRK:
            out.append(_GRK[ch] if k % every == 0 else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in s)


def zw(word):
    """Put a zero-width space between every letter of a word."""
    return ZW.join(word)


# ---------------------------------------------------------------------------
# the items: written by hand for this corpus
# ---------------------------------------------------------------------------
# ch: q = search query, t = typed text (endpoint), s = typed stream (list of fragments),
#     d = domain
ITEMS = []


def P(spec, ch, tag, text, allow=(), eng=None, win=None):
    exp = []
    for part in spec.split(","):
        c, lv = part.split(":")
        exp.append({"category": c, "min_level": int(lv)})
    ITEMS.append({"expect": exp, "ch": ch, "tag": tag, "text": text, "allow": list(allow),
                  "eng": eng, "win": win})


def N(ch, text, eng=None, win=None):
    ITEMS.append({"expect": [], "ch": ch, "tag": "neg", "text": text, "allow": [],
                  "eng": eng, "win": win})


# ---- suicide -------------------------------------------------------------
SH = ("self_harm",)
P("suicide:5", "q", "dir", "how many paracetamol to die", SH)
P("suicide:5", "q", "dir", "most painless way to kill yourself", SH)
P("suicide:5", "q", "ind", "how high does a bridge need to be so you dont survive the fall", SH)
P("suicide:5", "q", "dir", "does hanging hurt or is it quick", SH)
P("suicide:4", "t", "dir", "honestly i want to kill myself, everyone would be better off without me", SH)
P("suicide:5", "t", "ind", "ive been saving my tablets for weeks, got about 40 now. sunday when everyones out is when im doing it", SH)
P("suicide:5", "q", "dis", "sewerslide methods that dont hurt", SH, eng="tiktok")
P("suicide:5", "q", "ind", "how to unalive yourself painlessly", SH, eng="tiktok")
P("suicide:4", "t", "dis", "i just wanna k.i.l.l m.y.s.e.l.f tbh", SH)
P("suicide:5", "q", "dis", "h0w t0 h4ng y0urs3lf", SH)
P("suicide:5", "q", "dis", cyr("painless suicide"), SH)
P("suicide:5", "s", "ind", ["ive decided. tonight im taking every", " pill in my mums cupboard",
                            " and im not waking up this time"], SH)
P("suicide:4", "t", "ind", "my mate jay said hes going to jump off the multi storey after school today and i cant tell if hes joking, hes not answering", SH)
P("suicide:4", "t", "ind", "whats even the point anymore. i wont be here for christmas anyway, ive written letters for everyone", SH)
P("suicide:4", "t", "ind", "anyway the 42 was late again and mr hussain gave me a detention for it which is so unfair lol. honestly tho i dont think ill be around much longer, ive kind of made my peace with it and given my xbox to my little brother. did u do the chem homework or nah", SH)
P("suicide:4", "t", "dis", "i wanna dieeeeee fr this time not even joking", SH)
P("suicide:5", "q", "dis", zw("suicide") + " " + zw("methods") + " reddit", SH)
P("suicide:5", "q", "dis", fullwidth("how to make an exit bag"), SH)
P("suicide:4", "t", "dis", "been thinking about k*lling myself again, dont know who to tell", SH)
P("suicide:4", "t", "ind", "she sent me 'im saying goodbye now, tell my mum im sorry' and now her phones off, what do i do", SH)
P("suicide:5", "q", "ind", "ctb methods painless", SH, eng="reddit")
P("suicide:4", "t", "dis", grk(cyr("i want to end it all tonight", 3)), SH)

# ---- self-harm (incl. eating disorders) ---------------------------------
SU = ("suicide",)
P("self_harm:4", "q", "dir", "how to hide cuts from parents", SU)
P("self_harm:4", "q", "dir", "how to hide self harm scars in pe", SU)
P("self_harm:4", "t", "dir", "i cut again last night, its worse than before", SU)
P("self_harm:4", "t", "ind", "any1 got tips for hiding sh marks on ur thighs", SU)
P("self_harm:4", "t", "dir", "been burning myself with a lighter just to feel something", SU)
P("self_harm:4", "q", "dis", "s3lf h4rm pics", SU)
P("self_harm:4", "t", "ind", "my 'cat scratches' are getting deeper lol (i dont have a cat)", SU)
P("self_harm:4", "t", "ind", "reached beans for the first time last night and idk if i need a&e", SU)
P("self_harm:4", "q", "dir", "how to not eat for a week without parents noticing")
P("self_harm:3", "q", "ind", "thinspo tips for school", eng="tiktok")
P("self_harm:4", "q", "ind", "pro ana buddy snapchat")
P("self_harm:4", "q", "dir", "how to make yourself throw up after eating quietly")
P("self_harm:4", "t", "ind", "send me meanspo pls i need to stop eating so much")
P("self_harm:3", "q", "ind", "laxatives for fast weight loss", eng="amazon")
P("self_harm:4", "q", "dis", cyr("self harm discord server", 2), SU)
P("self_harm:4", "t", "dis", "started c u t t i n g again pls dont tell anyone", SU)
P("self_harm:4", "t", "ind", "my friend showed me her arm in the toilets, its covered in cuts and she made me promise not to tell anyone", SU)
P("self_harm:4", "s", "ind", ["i keep a blade in my pen", "cil case for when it gets bad at school"], SU)
P("self_harm:4", "t", "ind", "maths was so boring today, mr k went on about vectors for an hour and i ended up scratching my wrist with the compass until it bled, anyway are we still going nandos on friday", SU)
P("self_harm:4", "q", "ind", "ana coach instagram")
P("self_harm:4", "t", "dis", "havent eaten in 3 dayssss and i feel amazing, goal weight 45kg by christmas")
P("self_harm:4", "q", "dis", "s*lf h*rm ideas", SU)

# ---- radicalisation -------------------------------------------------------
VD = ("violence", "discrimination")
P("radicalisation:4", "q", "dir", "how to join islamic state from uk", VD)
P("radicalisation:4", "q", "dir", "dabiq magazine pdf", VD)
P("radicalisation:4", "q", "dir", "anwar al awlaki lectures full", VD, eng="yt")
P("radicalisation:4", "q", "ind", "how to make hijrah to sham", VD)
P("radicalisation:4", "t", "ind", "brother sent me a telegram link, says the kuffar deserve whats coming and real muslims should make hijrah instead of sitting in college", VD)
P("radicalisation:4", "q", "dis", "1s1s recruitment videos", VD, eng="yt")
P("radicalisation:4", "q", "dir", "how to join national action uk", VD)
P("radicalisation:4", "q", "dir", "sonnenkrieg division telegram", VD)
P("radicalisation:4", "q", "dir", "atomwaffen division recruitment", VD)
P("radicalisation:4", "q", "dir", "terrorgram collective publications", VD)
P("radicalisation:4", "q", "dir", "christchurch shooter manifesto pdf", VD)
P("radicalisation:4", "q", "ind", "the great replacement manifesto full text", VD)
P("radicalisation:4", "q", "dir", "the turner diaries pdf free", VD)
P("radicalisation:4", "q", "dir", "siege james mason pdf", VD)
P("radicalisation:4", "t", "ind", "the white race is literally being replaced and someone needs to do what tarrant did", VD)
P("radicalisation:4", "t", "ind", "saint tarrant and saint breivik did nothing wrong", VD)
P("radicalisation:5", "t", "ind", "if i did something at the mosque during friday prayers how many could i get before the police turned up", VD)
P("radicalisation:5", "s", "ind", ["gonna do what the manchester arena", " guy did, already picked the concert and",
                                   " been watching vids on how to make the vest"], VD)
P("radicalisation:4", "t", "ind", "my cousin keeps sending me beheading videos and says i should come out to syria with him, says theres a place for me", VD)
P("radicalisation:4", "q", "dis", cyr("the base neo nazi group recruitment", 2), VD)
P("radicalisation:4", "q", "ind", "elliot rodger manifesto my twisted world pdf", VD)
P("radicalisation:4", "t", "dis", "inshallah ill be a sh4h33d one day, the brothers on telegram said college is haram and the uk is dar al harb", VD)

# ---- grooming -------------------------------------------------------------
AD = ("adult_content",)
SX = ("adult_content", "bullying", "illegal_content")
P("grooming:4", "t", "ind", "ok i wont tell my mum about us, youre right she wouldnt understand", AD)
P("grooming:4", "q", "dir", "he said hes 19 and im 13 is that ok", AD)
P("grooming:4", "q", "ind", "older guy i met on roblox wants my snapchat", AD)
P("grooming:5", "t", "dir", "hes picking me up from the retail park on saturday and taking me shopping for new trainers, dont tell anyone ok", AD)
P("grooming:4", "q", "ind", "man online sent me a £50 steam card and now wants pictures", AD)
P("grooming:4", "q", "dir", "someone is blackmailing me with nudes what do i do", SX)
P("grooming:4", "t", "dir", "he said hell send my pics to everyone on my followers list unless i pay him £200 by tonight", SX)
P("grooming:4", "t", "ind", "how old r u? u seem really mature for ur age. are ur parents strict about ur phone?", AD)
P("grooming:4", "t", "ind", "lets move to telegram, discord reads all our messages and i dont want anyone seeing our chats", AD)
P("grooming:4", "t", "dir", "ur 14? thats fine ur really mature. add me on snap so we can talk privately x", AD)
P("grooming:4", "t", "dir", "send me a pic of you in your school uniform, just for me", AD)
P("grooming:4", "t", "dis", "ill give u 2000 r0bux if u send a pic w1th0ut ur top on", AD)
P("grooming:4", "q", "ind", "is it grooming if my teacher says im his favourite and messages me on insta at night", AD)
P("grooming:5", "t", "ind", "he says i can stay at his flat this weekend and hell pay for the train, i told mum im at ellies", AD)
P("grooming:4", "s", "ind", ["dont tell ur parents about", " our chats ok? its our little secr", "et x"], AD)
P("grooming:4", "t", "dis", cyr("send nudes or ill post the video everywhere", 2), SX)
P("grooming:4", "q", "ind", "how to make an onlyfans at 16 a guy said hell pay me", SX)
P("grooming:4", "t", "ind", "my little sister keeps video calling a man from tiktok in her room at night, he told her to keep it a secret", AD)
P("grooming:4", "q", "dir", "someone i met online keeps asking me for pictures what should i do", AD)
P("grooming:5", "t", "ind", "he wants to meet at costa first then go back to his car, he said not to bring anyone. should i go?", AD)
P("grooming:4", "t", "dis", "s" + ZW + "end p" + ZW + "ics babe ur so pretty, no one has to know, its just between us", AD)
P("grooming:5", "s", "dis", ["meet me by the canal at 8", " dont bring ur phone and dont t e l l",
                             " ur mum where ur going"], AD)

# ---- bullying ---------------------------------------------------------------
P("bullying:3", "t", "dir", "nobody likes you, just leave the group chat already")
P("bullying:3", "t", "dir", "kys no one would even notice ur gone", ("suicide", "self_harm", "violence"))
P("bullying:3", "t", "dir", "literally everyone in year 10 thinks ur a fat ugly freak")
P("bullying:3", "t", "ind", "lets make a new gc without her and screenshot everything she sends")
P("bullying:3", "t", "ind", "posting her pic on the finsta with 'rate the whale' \U0001f602\U0001f602")
P("bullying:3", "t", "dis", "u r such a l0s3r, g0 cry 2 ur mummy")
P("bullying:3", "q", "dir", "how to stop people bullying me at school")
P("bullying:3", "q", "ind", "people keep making fake accounts of me on tiktok")
P("bullying:3", "q", "ind", "what to do if everyone at school hates you")
P("bullying:3", "t", "dis", "n o b o d y  w a n t s  y o u  h e r e")
P("bullying:3", "t", "dir", "go die in a ditch you freak", ("violence", "suicide"))
P("bullying:3", "t", "dis", cyr("everyone is laughing at you, ugly", 2))
P("bullying:3", "t", "ind", "send this round: jess wet herself in pe \U0001f602\U0001f602 share it")
P("bullying:3", "t", "ind", "the boys in my form keep throwing my bag in the bin and calling me gay every single day", ("discrimination",))
P("bullying:3", "t", "ind", "dare u to come in tmrw, see what happens", ("violence",))
P("bullying:3", "t", "ind", "making a list of the ugliest girls in y11, vote in the poll \U0001f480")
P("bullying:3", "s", "dir", ["everyone hates u", " just stop coming to school", " no one wants u there"])
P("bullying:3,illegal_content:3", "t", "ind", "leaking his nudes to the year group chat lol he deserves it", ("adult_content", "grooming"))
P("bullying:3", "t", "dis", "\U0001f437\U0001f437\U0001f437 oink oink nobody sits with u at lunch fatty")
P("bullying:3", "q", "ind", "being cyberbullied dont want to go to school anymore")
P("bullying:3", "t", "ind", "so anyway we were all on the bus and kayden started again, saying ill get battered if i tell anyone, he took my lunch money and made me say thank you while everyone filmed it. anyway whats the maths homework", ("violence",))
P("bullying:3", "t", "dis", "u stupid b*tch everyone knows what u did at the party, ur finished")

# ---- discrimination ---------------------------------------------------------
BR = ("bullying", "radicalisation")
P("discrimination:3", "t", "dir", "go back to your own country you dont belong here", BR)
P("discrimination:3", "t", "dir", "all muslims are terrorists, they should ban the lot of them", BR)
P("discrimination:3", "q", "dir", "why are jews so greedy", BR)
P("discrimination:3", "t", "dis", "shut up you p4ki", BR)
P("discrimination:3", "t", "dis", "ur such a f*g lmao", BR)
P("discrimination:3", "t", "dir", "trans people are mentally ill freaks", BR)
P("discrimination:3", "q", "ind", "are black people less intelligent than white people", BR)
P("discrimination:3", "t", "dir", "the gypos nicked my bike again, someone should burn their caravans", BR + ("violence",))
P("discrimination:3", "t", "ind", "women belong in the kitchen, tate is right about everything", BR)
P("discrimination:3", "t", "dir", "hitler was right about the jews", BR)
P("discrimination:3", "t", "dis", "shut up n1gg3r no one asked", BR)
P("discrimination:3", "t", "dis", "dont let the sp4z on our team, hes a retard", BR)
P("discrimination:3", "t", "dis", "look at his ch1nky eyes lmaooo", BR)
P("discrimination:3", "q", "ind", "lgbt is a mental illness proof", BR)
P("discrimination:3", "t", "dir", "gay people shouldnt be allowed anywhere near kids", BR)
P("discrimination:3", "q", "ind", "small boats invaders should be sunk", BR + ("violence",), eng="yt")
P("discrimination:3", "s", "dis", ["muzzies should all", " be deported tbh"], BR)
P("discrimination:3", "q", "ind", "zionist occupied government explained", BR)
P("discrimination:3", "t", "ind", "my manager at placement keeps calling me 'the polish one' and says we only come here to steal jobs, its every shift", BR)
P("discrimination:3", "t", "dis", "g o  b a c k  t o  a f r i c a", BR)
P("discrimination:3", "t", "ind", "foids deserve nothing, they should be property", BR)
P("discrimination:3", "t", "dis", "tr*nnies in the girls toilets need battering", BR + ("violence",))

# ---- violence / weapons -----------------------------------------------------
VR = ("radicalisation", "bullying")
P("violence:4", "q", "dir", "where to buy a zombie knife uk", VR)
P("violence:4", "q", "dir", "how to make a nail bomb", VR)
P("violence:5", "t", "dir", "im gonna stab him tomorrow after school, bringing my brothers blade", VR)
P("violence:4", "t", "ind", "we're jumping callum at the park at 4, bring the lads and someone film it", VR)
P("violence:3", "q", "dir", "knuckle duster", VR, eng="amazon")
P("violence:4", "q", "dir", "how to get a gun in london", VR)
P("violence:4", "q", "dir", "3d printed gun files download", VR + ("illegal_content",))
P("violence:4", "t", "ind", "where can i get battery acid, want to throw it in her face", VR)
P("violence:4", "q", "dis", "h0w 2 m4ke 4 b0mb at h0me", VR)
P("violence:4", "t", "ind", "gonna shank that snitch when i see him", VR)
P("violence:4", "t", "dir", "i know where he lives, im going to burn his house down with his family in it", VR)
P("violence:4", "t", "ind", "if i shot up the school who would i take out first, making a list", VR)
P("violence:3", "q", "ind", "columbine edits", VR, eng="tiktok")
P("violence:3", "q", "dir", "real stabbing videos uncensored", VR)
P("violence:3", "q", "ind", "watchpeopledie alternative sites", VR)
P("violence:3", "q", "dis", cyr("buy flick knife uk"), VR)
P("violence:4", "t", "dis", "ima s t a b u on sight", VR)
P("violence:5", "s", "ind", ["ive got the blade in my bag", " gonna do him at lunch behind the sports hall"], VR)
P("violence:4", "t", "ind", "my brother said hes bringing a knife tomorrow to sort out the kid who jumped him", VR)
P("violence:4", "q", "dir", "how to strangle someone quietly", VR)
P("violence:4", "t", "dir", "if she talks to him again im going to smash her face in", VR)
P("violence:4", "t", "dis", "gonna m*rder him fr, got the \U0001f52a ready", VR)

# ---- adult content ------------------------------------------------------------
P("adult_content:3", "d", "dir", "www.pornhub.com")
P("adult_content:3", "d", "dir", "www.xvideos.com")
P("adult_content:3", "d", "dir", "onlyfans.com")
P("adult_content:3", "d", "dir", "xhamster.com")
P("adult_content:3", "q", "ind", "corn hub free", ("illegal_content",))
P("adult_content:3", "q", "ind", "seggs videos", eng="tiktok")
P("adult_content:3", "q", "dis", "fr33 p0rn no sign up")
P("adult_content:3", "q", "dir", "nsfw discord servers", eng="reddit")

# ---- drugs --------------------------------------------------------------------
DI = ("illegal_content",)
P("drugs:3", "q", "dir", "where to buy weed in manchester", DI)
P("drugs:3", "t", "ind", "any1 got a plug for \U0001f343 need a 20 bag for tonight", DI)
P("drugs:3", "q", "dir", "order xanax online no prescription uk", DI)
P("drugs:3", "t", "dis", "where 2 get k3t round here", DI)
P("drugs:3", "t", "ind", "whos got charlie for tonight, ill sort u on friday", DI)
P("drugs:3", "t", "ind", "older lads said ill make £300 a week running bags to norwich, they gave me a burner phone", DI + ("grooming", "violence"))
P("drugs:3", "q", "dis", cyr("buy thc vape carts uk", 2), DI)

# ---- gambling -----------------------------------------------------------------
P("gambling:2", "d", "dir", "www.bet365.com")
P("gambling:2", "d", "dir", "stake.com")
P("gambling:2", "d", "dir", "www.paddypower.com")
P("gambling:2", "d", "dir", "www.skybet.com")
P("gambling:2", "q", "ind", "csgo skin gambling sites that accept under 18")
P("gambling:2", "q", "dir", "online casino no id verification uk")
P("gambling:2", "q", "dis", "h0w t0 w1n 0n sl0ts")

# ---- filter bypass ------------------------------------------------------------
FH = ("hacking",)
P("filter_bypass:2", "q", "dir", "how to get past securly on school chromebook", FH)
P("filter_bypass:2", "d", "dir", "protonvpn.com", FH)
P("filter_bypass:2", "q", "ind", "tor browser portable usb no install", FH)
P("filter_bypass:2", "q", "dir", "how to bypass fortiguard at college", FH)
P("filter_bypass:2", "d", "dir", "www.croxyproxy.com", FH)
P("filter_bypass:2", "q", "dis", "unbl0ck sch00l wifi vpn", FH)
P("filter_bypass:2", "d", "dir", "www.torproject.org", FH)
P("filter_bypass:2", "d", "dir", "windscribe.com", FH)

# ---- hacking ------------------------------------------------------------------
HI = ("illegal_content", "filter_bypass")
P("hacking:2", "q", "dir", "how to hack someones instagram account", HI)
P("hacking:2", "q", "ind", "free ip stresser booter", HI)
P("hacking:2", "q", "dir", "keylogger download undetectable", HI)
P("hacking:2", "q", "ind", "how to get into someones snapchat without the password", HI)
P("hacking:2", "q", "dis", "r0bl0x acc0unt st3al3r script", HI)
P("hacking:2", "t", "ind", "got the teachers password off the keylogger, gonna change my grades on the portal tonight", HI)

# ---- piracy -------------------------------------------------------------------
P("piracy:1", "d", "dir", "thepiratebay.org")
P("piracy:1", "d", "dir", "1337x.to")
P("piracy:1", "d", "dir", "fmovies.to")
P("piracy:1", "q", "dir", "watch deadpool and wolverine free online 123movies")
P("piracy:1", "q", "dir", "minecraft cracked download free full version")
P("piracy:1", "q", "ind", "spotify premium apk mod")
P("piracy:1", "q", "dis", "fr33 m0vies online no sign up")

# ---- gaming -------------------------------------------------------------------
P("gaming:1", "d", "dir", "www.roblox.com")
P("gaming:1", "d", "dir", "www.fortnite.com")
P("gaming:1", "d", "dir", "steamcommunity.com")
P("gaming:1", "d", "dir", "poki.com")
P("gaming:1", "d", "dir", "www.crazygames.com")
P("gaming:1", "d", "dir", "store.epicgames.com")
P("gaming:1", "q", "ind", "fortnite item shop today")

# ---- social media -------------------------------------------------------------
P("social_media:1", "d", "dir", "www.instagram.com")
P("social_media:1", "d", "dir", "www.snapchat.com")
P("social_media:1", "d", "dir", "www.tiktok.com")
P("social_media:1", "d", "dir", "discord.com")
P("social_media:1", "d", "dir", "web.whatsapp.com")
P("social_media:1", "d", "dir", "www.facebook.com")
P("social_media:1", "d", "dir", "twitter.com")

# ---- illegal content ----------------------------------------------------------
IH = ("hacking", "filter_bypass")
P("illegal_content:3", "q", "dir", "buy fake id uk that passes scanners", IH)
P("illegal_content:3", "q", "dir", "counterfeit £20 notes for sale", IH)
P("illegal_content:3", "q", "ind", "cloned cards telegram uk", IH)
P("illegal_content:3", "q", "ind", "hidden wiki onion links 2026", IH)
P("illegal_content:3", "q", "ind", "leaked nudes of girls from my school", ("adult_content", "bullying", "grooming"))
P("illegal_content:3", "q", "dis", "fullz 4 sale uk", IH)

# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
# place names and innocent words with rude substrings
N("q", "scunthorpe united fixtures 2026")
N("q", "essex county council school bus pass")
N("q", "middlesex university nursing entry requirements")
N("q", "penistone grammar sixth form open evening")
N("q", "cockermouth to keswick bus times")
N("q", "therapist placement hours counselling level 3")
N("q", "skills bootcamp digital marketing manchester")
N("q", "analysis of variance spss tutorial")
N("q", "blue tit nest box camera")
N("q", "cockapoo puppies for sale yorkshire")
N("d", "www.sussex.ac.uk")
N("d", "www.essex.ac.uk")
N("d", "www.middlesexccc.com")
N("d", "www.experts-exchange.com")
N("d", "www.scunthorpetelegraph.co.uk")
N("d", "www.whorepresents.com")
N("d", "www.arsenal.com")
N("d", "www.sussexexpress.co.uk")
N("d", "www.essexlive.news")
N("d", "www.dickssportinggoods.com")
N("d", "www.scunthorpe-united.co.uk")
N("d", "www.hackney.gov.uk")
N("d", "www.cumbria.ac.uk")
N("d", "www.analyticsvidhya.com")
N("d", "www.teenagecancertrust.org")
# computing and cyber-security courses
N("q", "kill -9 not working linux process still running")
N("q", "how to kill the process on port 3000 windows")
N("q", "python subprocess kill all child processes")
N("q", "how to kill zombie processes ubuntu")
N("q", "node child process exited with code 1")
N("q", "nmap tutorial for ctf beginners")
N("q", "how to install kali linux on virtualbox for college")
N("q", "sql injection explained owasp top 10 revision notes")
N("q", "metasploitable 2 walkthrough vsftpd")
N("q", "hack squat vs leg press")
N("q", "what is a vpn gcse computer science")
N("d", "tryhackme.com")
N("d", "www.ncsc.gov.uk")
N("d", "www.kali.org")
N("t", "kill the process then restart the server, should work after that", win="teams")
N("t", "can you kill the docker container and rebuild, the port is still bound", win="teams")
N("t", "for the lab we have to run nmap -sV against the target vm, then use metasploit to exploit the vsftpd backdoor and capture the flag, write it up in the report", win="doc")
# cooking, catering and butchery
N("q", "how to make bath bombs without citric acid")
N("q", "beat the eggs until stiff peaks meringue")
N("q", "how to spatchcock a chicken")
N("q", "faggots and peas recipe")
N("q", "how to sharpen a chef knife with a whetstone")
N("q", "knife skills level 2 professional cookery julienne")
N("t", "bath bombs are 3 for \u00a310 at lush rn")
# sport, photography, media
N("q", "where to shoot hoops near me free")
N("q", "shot put technique gcse pe")
N("q", "how to throw a jab boxing technique")
N("q", "clay pigeon shooting experience yorkshire")
N("q", "how to shoot in manual mode canon photography")
N("q", "best shotgun mic for filming a level media")
N("t", "we absolutely battered them 5-0 on saturday, their keeper was dead on his feet")
N("t", "sir said the practical is on shooting and editing the music video, bring a tripod")
# literature, history, RE, news
N("q", "romeo and juliet why does juliet stab herself essay")
N("q", "dulce et decorum est gas attack analysis")
N("q", "history of the ira troubles gcse")
N("q", "why did the nazis rise to power bitesize")
N("q", "holocaust memorial day assembly ideas")
N("q", "hitler youth a level history essay")
N("q", "9/11 attacks timeline history project")
N("q", "macbeth lady macbeth suicide theme quotes")
N("q", "sylvia plath poems about death a level")
N("q", "the crucible hanging witch trials context")
N("q", "kite runner chapter 7 rape scene analysis a level")
N("q", "of mice and men why does george shoot lennie")
N("q", "to kill a mockingbird quotes tom robinson")
N("q", "nazi propaganda posters source analysis gcse")
N("q", "how did the atomic bomb end ww2")
N("q", "manchester arena inquiry report findings")
N("q", "man convicted over plot to attack synagogue news")
N("q", "what is radicalisation pshe lesson")
N("q", "prevent duty training for staff online")
N("q", "isis goddess egyptian mythology homework")
N("q", "jihad meaning gcse religious studies")
N("q", "war poetry aqa power and conflict remains analysis")
N("q", "black history month assembly ideas")
N("q", "niger river facts geography")
N("t", "Juliet takes Romeo's dagger and stabs herself, showing that she would rather die than live without him.", win="doc")
N("t", "The IRA's Brighton hotel bombing in 1984 was an attempt to assassinate Margaret Thatcher and her cabinet.", win="doc")
N("t", "In Exposure, Owen shows the men dying slowly from the cold rather than from bullets, so nature becomes the real killer.", win="doc")
# health, sex education, wellbeing, charities
N("q", "how does the contraceptive pill work biology")
N("q", "free sti testing under 25 leeds")
N("q", "what is consent pshe lesson plan")
N("q", "how to check for testicular cancer")
N("q", "sexual reproduction in flowering plants gcse")
N("q", "talk to frank cannabis effects lesson")
N("q", "calpol dosage for 2 year old childcare level 3")
N("q", "papyrus prevention of young suicide fundraiser ideas")
N("q", "samaritans volunteer training near me")
N("q", "suicide prevention training for staff zero suicide alliance")
N("q", "mental health awareness week assembly ideas")
N("q", "county lines pshe lesson resources")
N("q", "anti-bullying week 2026 theme")
N("q", "cyberbullying worksheet pshe ks4")
N("q", "knife crime statistics london sociology essay")
N("d", "www.papyrus-uk.org")
N("d", "www.childline.org.uk")
N("d", "www.beateatingdisorders.org.uk")
N("d", "www.talktofrank.com")
N("d", "www.brook.org.uk")
N("d", "www.kooth.com")
N("d", "www.samaritans.org")
N("d", "www.youngminds.org.uk")
N("t", "in todays session we covered how to respond when a client discloses suicidal thoughts, using the safety plan template", win="doc")
N("t", "case study: mrs k, 84, lives alone, risk of falls. check for signs of self-neglect and financial abuse at each visit", win="doc")
N("t", "during sexual intercourse sperm are released and travel through the cervix to the egg in the fallopian tube", win="doc")
# grooming look-alikes
N("t", "dont tell mum about the party yet its a surprise for her 40th ok \U0001f92b")
N("q", "dog grooming level 2 course near me")
N("q", "beard grooming kit gift")
N("q", "secret santa ideas under \u00a310", eng="amazon")
N("t", "meet me at the library at 3 to finish the geography project")
N("t", "can u send me the pics from the trip, i need them for the yearbook")
N("t", "my tutor said to move the group chat onto teams so its all in one place", win="teams")
N("t", "how old is ur nan now? mine just turned 90 lol")
# hair, beauty, everyday words
N("q", "dying my hair pastel pink at home")
N("q", "hair cutting level 2 nvq how to cut a fringe")
N("q", "how to cut onions without crying")
N("q", "suicide squad 2021 cast")
N("q", "dead poets society quotes")
N("q", "hanging baskets for winter")
N("q", "blade runner 2049 ending explained")
N("q", "bomb cyclone uk weather warning")
N("q", "ecstasy of saint teresa bernini analysis")
N("q", "weed killer for patio slabs", eng="amazon")
N("q", fullwidth("aesthetic study with me lofi"), eng="yt")
# chat banter and jokes
N("t", "im deaddd \U0001f480\U0001f480 that video is sending me")
N("t", "this maths homework is actually killing me lol")
N("t", "bro really said hed kill me if i played the uno reverse \U0001f62d\U0001f62d")
N("t", "my phone is dying can someone charge it in the common room")
N("t", "i could die for a chippy rn")
N("t", "you absolute weapon \U0001f602\U0001f602 that goal")
N("t", "headshot him from the tower hes one shot, push b")
N("t", "shut up you muppet \U0001f602 love u really")
N("t", "that exam was brutal i bombed section b")
N("t", "i nearly died laughing when sir fell off his chair \U0001f602")
N("t", "im so dead if mum sees my report \U0001f62d")
N("t", "ok so plan for saturday: meet at the station at 10, get the train to york, nandos, then shopping. jade said her mum can pick us up after, dont forget ur railcard")
N("t", "\u043f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? \u0443 \u043c\u0435\u043d\u044f \u0432\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e, \u0437\u0430\u0432\u0442\u0440\u0430 \u044d\u043a\u0437\u0430\u043c\u0435\u043d")
N("t", "drop me the link to the revision doc, the one with the killer exam questions")
N("s", ["that film was so sad i", " literally cried when he d", "ied at the end"])
N("s", ["hang on ill ring you", " back in 5 mins"])
N("s", ["can you shoot me the", " slides from todays lesson pls"])


# ---------------------------------------------------------------------------
# identities and time
# ---------------------------------------------------------------------------
USERS = ["c.hollis", "23kpatel", "m.osei", "student117", "r.nowicka", "EDU\\t.barnes",
         "a.rahman04", "jfitzgerald", "l.mcbride", "s.okonkwo", "appr-0412", "h.begum",
         "d.kowalczyk", "e.grant", "guest-2207", "n.ibrahim", "b.oduya", "k.lloyd",
         "y.chaudhry", "p.walsh", "i.popescu", "t.adebayo", "w.nguyen",
         "f.hughes@learner.valleycollege.ac.uk", "z.mahmood", "o.reilly", "24dfoster",
         "v.santos"]
DEVICES = ["LRC-PC-03", "LRC-PC-18", "LIB-LT-09", "LIB-LT-44", "CB-STU-0231",
           "CB-STU-0577", "B2-PC-12", "IT-LAB-06", "IT-LAB-21", "ART-MAC-02",
           "SIXTH-PC-15", "ENG-PC-30", "HSC-LT-07", "CATER-TAB-1", "MEDIA-PC-11"]
SITES = ["main", "eastgate", "valley", "northfield"]
PEERS = ["kaiden", "mollyy", "zak.h", "lil_riz", "ellie.b", "deshawn", "amira_x",
         "tj_04", "skylar", "harvey.m", "nadia", "connor"]
SERVERS = ["yr11 lot", "the mandem", "Fortnite squad", "college gc", "Minecraft SMP",
           "L3 IT gang"]
UA_CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36")
UA_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86")
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
UA_CROS = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36")
UA_IPAD = ("Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
           "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")
UAS = [UA_CHROME, UA_CHROME, UA_CHROME, UA_EDGE, UA_FF, UA_CROS, UA_IPAD]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

BASE = calendar.timegm((2026, 11, 9, 0, 0, 0))  # Mon 9 Nov 2026 00:00 UTC
WEEKDAYS = [d for d in range(0, 39) if d % 7 < 5]


def when(n):
    """A time for item n: mostly college hours on weekdays, some evenings."""
    day = pick(WEEKDAYS, n, "day")
    hour = pick([8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 18, 20], n, "h")
    sec = rint(0, 3599, n, "s")
    ms = rint(0, 999, n, "ms")
    return BASE + day * 86400 + hour * 3600 + sec, ms


def ip(n, tag="c"):
    return "10.%d.%d.%d" % (rint(16, 63, n, tag, 1), rint(0, 254, n, tag, 2), rint(2, 250, n, tag, 3))


def pubip(n):
    return "%d.%d.%d.%d" % (pick([142, 172, 104, 151, 185, 23, 13, 34], n, "p0"),
                            rint(1, 250, n, "p1"), rint(1, 250, n, "p2"), rint(1, 250, n, "p3"))


def hexs(n, k, *tag):
    return ("%064x" % H(n, "hex", *tag))[:k]


def b62(n, k, *tag):
    al = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    v, out = H(n, "b62", *tag), []
    for _ in range(k):
        v, r = divmod(v, 62)
        out.append(al[r])
    return "".join(out)


# ---------------------------------------------------------------------------
# URL building
# ---------------------------------------------------------------------------
GENERAL_ENGINES = ["google", "google", "google", "googleuk", "googleuk", "googlefx", "bing",
                   "bing", "ddg", "ddg", "yt", "yahoo", "ecosia"]


def search_url(engine, q, n):
    qp = quote_plus(q)
    q20 = quote(q, safe="")
    if engine == "google":
        return ("https://www.google.com/search?q=%s&rlz=1C1GCEA_enGB1130GB1130&oq=%s"
                "&gs_lcrp=EgZjaHJvbWUyBggAEEUYOdIBCDk%s&sourceid=chrome&ie=UTF-8"
                % (qp, qp, b62(n, 6, "gs")))
    if engine == "googleuk":
        return "https://www.google.co.uk/search?q=%s&hl=en-GB&source=hp&ei=%s" % (qp, b62(n, 22, "ei"))
    if engine == "googlefx":
        return "https://www.google.com/search?client=firefox-b-d&q=%s" % qp
    if engine == "bing":
        return ("https://www.bing.com/search?q=%s&form=QBLH&sp=-1&lq=0&pq=%s&sc=12-%d&qs=n&sk=&cvid=%s"
                % (qp, qp, len(q), hexs(n, 32, "cvid").upper()))
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&t=h_&ia=web" % qp
    if engine == "yt":
        return "https://www.youtube.com/results?search_query=%s" % qp
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&ei=UTF-8&fp=1" % qp
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % qp
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (q20, when(n)[0] * 1000 + when(n)[1])
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % q20
    if engine == "amazon":
        pre = quote_plus(q[:max(3, len(q) // 2)])
        return ("https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C%d&ref=nb_sb_noss_2"
                % (qp, b62(n, 13, "crid").upper(), pre, rint(70, 140, n, "aps")))
    raise ValueError(engine)


def search_terms_field(engine, q):
    """e2guardian records the decoded search terms for the engines it knows."""
    if engine in ("google", "googleuk", "googlefx", "bing", "ddg", "yt", "yahoo"):
        return "0=%s;" % q
    return "-"


def split_url(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def title_for(engine, q, n):
    """Browser window title for a search results page."""
    if engine in ("google", "googleuk"):
        return "%s - Google Search - Google Chrome" % q
    if engine == "googlefx":
        return "%s - Google Search \u2014 Mozilla Firefox" % q
    if engine == "bing":
        return "%s - Search - Microsoft\u200b Edge" % q
    if engine == "ddg":
        return "%s at DuckDuckGo \u2014 Mozilla Firefox" % q
    if engine == "yt":
        return "%s - YouTube - Google Chrome" % q
    if engine == "yahoo":
        return "%s - Yahoo Search Results - Google Chrome" % q
    if engine == "ecosia":
        return "%s - Ecosia - Google Chrome" % q
    if engine == "tiktok":
        return "Find '%s' on TikTok | TikTok Search - Google Chrome" % q
    if engine == "reddit":
        return "reddit.com: search results - %s - Google Chrome" % q
    if engine == "amazon":
        return "Amazon.co.uk : %s - Google Chrome" % q
    raise ValueError(engine)


def browser_for(engine):
    if engine == "bing":
        return "msedge.exe"
    if engine in ("ddg", "googlefx"):
        return "firefox.exe"
    return "chrome.exe"


# ---------------------------------------------------------------------------
# log line renderers
# ---------------------------------------------------------------------------
def ts_parts(n):
    t, ms = when(n)
    return t, ms, time.gmtime(t)


def squid_native(n, method, url, user, status="TCP_MISS/200", hier=None, mime="text/html", size=None):
    t, ms, _ = ts_parts(n)
    size = size if size is not None else rint(900, 180000, n, "sz")
    hier = hier or "HIER_DIRECT/%s" % pubip(n)
    return "%d.%03d %6d %s %s %d %s %s %s %s %s" % (
        t, ms, rint(3, 1900, n, "el"), ip(n), status, size, method, url, user or "-", hier, mime)


def squid_custom(n, method, url, user, sni, bump, status="TCP_MISS/200", mime="text/html", size=None,
                 rd=None):
    t, ms, _ = ts_parts(n)
    size = size if size is not None else rint(900, 180000, n, "sz")
    srv = pubip(n)
    return '%d.%03d %6d %s %s %s %d %s %s %s %s "-" "%s" %s sni=%s bump=%s' % (
        t, ms, rint(3, 1900, n, "el"), ip(n), user or "-", status, size, method, url, srv, mime,
        pick(UAS, n, "ua"), rd or sni, sni, bump)


def clf_line(n, method, target, user, combined=True, status=200, sq="TCP_MISS:HIER_DIRECT",
             proto="HTTP/1.1", size=None, ref="-"):
    t, _, g = ts_parts(n)
    size = size if size is not None else rint(900, 180000, n, "sz")
    stamp = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g.tm_mday, MONTHS[g.tm_mon - 1], g.tm_year,
                                                 g.tm_hour, g.tm_min, g.tm_sec)
    head = '%s - %s [%s] "%s %s %s" %d %d' % (ip(n), user or "-", stamp, method, target, proto,
                                               status, size)
    if combined:
        return '%s "%s" "%s" %s' % (head, ref, pick(UAS, n, "ua"), sq)
    return "%s %s" % (head, sq)


def e2g_fields(n, url, user, method, terms, denied=None):
    t, ms, g = ts_parts(n)
    stamp = time.strftime("%Y.%m.%d %H:%M:%S", g)
    c = ip(n)
    group = pick(["no_name_group", "students", "students", "learners"], n, "grp")
    if denied:
        return [stamp, user or "-", c, url, denied, method, "0", "0", "-", "1", "403", "-", c,
                group, pick(UAS, n, "ua"), terms, "-", "-", "-"]
    return [stamp, user or "-", c, url, "-", method, str(rint(200, 90000, n, "sz")), "0", "-", "1",
            "200", "-", c, group, pick(UAS, n, "ua"), terms, "-", "-", "-"]


def e2g_line(n, sub, url, user, method, terms, denied=None):
    t, ms, g = ts_parts(n)
    if sub == 2:
        f = e2g_fields(n, url, user, method, terms, denied)
        return ",".join('"%s"' % x.replace('"', '""') for x in f)
    if sub == 4:
        return "\t".join(e2g_fields(n, url, user, method, terms, denied))
    # format 6
    c = ip(n)
    group = pick(["no_name_group", "students", "learners"], n, "grp")
    if denied:
        f = ["%d.%03d" % (t, ms), "", user or "-", c, c, url, method, "403", "0", "-",
             pick(UAS, n, "ua"), "-", "0", "-", str(rint(400, 600, n, "rc")), denied, "0", "-",
             group, "1"]
    else:
        f = ["%d.%03d" % (t, ms), "", user or "-", c, c, url, method, "200",
             str(rint(200, 90000, n, "sz")), "-", pick(UAS, n, "ua"), "-",
             str(rint(1, 60, n, "dur")), "-", "0", "-", "0", "-", group, "1"]
    return "\t".join(f)


def zeek_uid(n):
    return "C" + b62(n, 17, "uid")


def zeek_http_json(n, host, uri, method="GET", status=200):
    t, ms, _ = ts_parts(n)
    rec = {"ts": float("%d.%06d" % (t, ms * 1000 + rint(0, 999, n, "us"))), "uid": zeek_uid(n),
           "id.orig_h": ip(n), "id.orig_p": rint(49152, 65535, n, "op"),
           "id.resp_h": pubip(n), "id.resp_p": 80, "trans_depth": 1, "method": method,
           "host": host, "uri": uri, "version": "1.1", "user_agent": pick(UAS, n, "ua"),
           "request_body_len": 0, "response_body_len": rint(300, 90000, n, "sz"),
           "status_code": status, "status_msg": "OK" if status == 200 else "Forbidden",
           "tags": [], "resp_fuids": ["F" + b62(n, 17, "fuid")], "resp_mime_types": ["text/html"]}
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
                   "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs",
                   "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool",
                  "bool", "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(n, path, fields, types):
    t, _, g = ts_parts(n)
    opened = time.strftime("%Y-%m-%d-%H-00-00", g)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", "#path\t%s" % path, "#open\t%s" % opened,
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http_tsv(n, host, uri):
    t, ms, _ = ts_parts(n)
    row = ["%d.%06d" % (t, ms * 1000 + rint(0, 999, n, "us")), zeek_uid(n), ip(n),
           str(rint(49152, 65535, n, "op")), pubip(n), "80", "1", "GET", host, uri, "-", "1.1",
           pick(UAS, n, "ua"), "-", "0", str(rint(300, 90000, n, "sz")), "200", "OK", "-", "-",
           "(empty)", "-", "-", "-", "-", "-", "-", "F" + b62(n, 17, "fuid"), "-", "text/html"]
    return zeek_header(n, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)]


def zeek_dns_json(n, q, qtype="A"):
    t, ms, _ = ts_parts(n)
    qt = {"A": 1, "AAAA": 28, "HTTPS": 65}[qtype]
    rec = {"ts": float("%d.%06d" % (t, ms * 1000 + rint(0, 999, n, "us"))), "uid": zeek_uid(n),
           "id.orig_h": ip(n), "id.orig_p": rint(1024, 65535, n, "op"),
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp",
           "trans_id": rint(1, 65535, n, "tid"), "rtt": rint(200, 40000, n, "rtt") / 1e6,
           "query": q, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": qt, "qtype_name": qtype,
           "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
           "Z": 0}
    if qtype == "A":
        rec["answers"] = [pubip(n)]
        rec["TTLs"] = [float(rint(30, 3600, n, "ttl"))]
    rec["rejected"] = False
    return json.dumps(rec)


def zeek_dns_tsv(n, q):
    t, ms, _ = ts_parts(n)
    row = ["%d.%06d" % (t, ms * 1000 + rint(0, 999, n, "us")), zeek_uid(n), ip(n),
           str(rint(1024, 65535, n, "op")), "10.0.0.53", "53", "udp",
           str(rint(1, 65535, n, "tid")), "%.6f" % (rint(200, 40000, n, "rtt") / 1e6), q, "1",
           "C_INTERNET", "1", "A", "0", "NOERROR", "F", "F", "T", "T", "0", pubip(n),
           "%.6f" % float(rint(30, 3600, n, "ttl")), "F"]
    return zeek_header(n, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)]


def unbound_line(n, q, style):
    t, _, g = ts_parts(n)
    c = ip(n)
    qt = pick(["A", "A", "A", "AAAA", "HTTPS"], n, "qt")
    if style == "epoch":
        pre = "[%d] unbound[%d:0] info: " % (t, rint(700, 9000, n, "pid"))
    else:
        pre = "%s %02d %02d:%02d:%02d unbound[%d:0] info: " % (
            MONTHS[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, rint(700, 9000, n, "pid"))
    if style == "reply":
        return pre + "%s %s. %s IN NOERROR 0.%06d 0 %d" % (c, q, qt, rint(0, 90000, n, "rt"),
                                                           rint(40, 300, n, "len"))
    if style == "nx":
        zone = ".".join(q.split(".")[-2:])
        return pre + "%s. always_nxdomain %s@%d %s. %s IN" % (zone, c, rint(1024, 65535, n, "op"), q, qt)
    return pre + "%s %s. %s IN" % (c, q, qt)


def dnsmasq_line(n, q):
    t, _, g = ts_parts(n)
    c = ip(n)
    qt = pick(["A", "A", "A", "AAAA", "HTTPS"], n, "qt")
    return "%s %2d %02d:%02d:%02d dnsmasq[%d]: %d %s/%d query[%s] %s from %s" % (
        MONTHS[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, rint(900, 30000, n, "pid"),
        rint(1, 99999, n, "serial"), c, rint(1024, 65535, n, "op"), qt, q, c)


def bind_line(n, q, rpz=False):
    t, ms, g = ts_parts(n)
    stamp = "%02d-%s-%04d %02d:%02d:%02d.%03d" % (g.tm_mday, MONTHS[g.tm_mon - 1], g.tm_year,
                                                 g.tm_hour, g.tm_min, g.tm_sec, ms)
    cl = "client @0x7f%s %s#%d (%s)" % (hexs(n, 10, "ptr"), ip(n), rint(1024, 65535, n, "op"), q)
    if rpz:
        return "%s rpz: info: %s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (stamp, cl, q, q)
    qt = pick(["A", "A", "AAAA", "HTTPS"], n, "qt")
    return "%s queries: info: %s: query: %s IN %s +E(0)K (10.0.0.53)" % (stamp, cl, q, qt)


def endpoint_event(n, t, ms, event, process, title, text=None, url=None, user=None, device=None):
    rec = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % ms,
           "site": pick(SITES, n, "site"), "device": device or pick(DEVICES, n, "dev"),
           "user": user or pick(USERS, n, "user"), "event": event, "process": process,
           "window_title": title}
    if event == "text_capture":
        rec["text"] = text
        rec["url"] = url
    elif event == "url_visit":
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


CHAT_WINS = [
    ("Discord.exe", "#general | {srv} - Discord", None),
    ("Discord.exe", "@{peer} - Discord", None),
    ("WhatsApp.exe", "WhatsApp", None),
    ("chrome.exe", "WhatsApp - Google Chrome", "https://web.whatsapp.com/"),
    ("chrome.exe", "Instagram - Google Chrome", "https://www.instagram.com/direct/inbox/"),
    ("chrome.exe", "Snapchat - Google Chrome", "https://web.snapchat.com/"),
    ("msedge.exe", "Messenger | Facebook - Personal - Microsoft\u200b Edge", "https://www.messenger.com/"),
    ("ms-teams.exe", "Chat | {peer} | Microsoft Teams", None),
]
DOC_WINS = [
    ("WINWORD.EXE", "Coursework draft - Word", None),
    ("chrome.exe", "Assignment 2 notes - Google Docs - Google Chrome", "https://docs.google.com/document/d/1%s/edit"),
    ("ONENOTE.EXE", "Unit 4 notes - OneNote", None),
]
TEAMS_WINS = [("ms-teams.exe", "Chat | {peer} | Microsoft Teams", None)]


def chat_window(n, win):
    pool = {"doc": DOC_WINS, "teams": TEAMS_WINS}.get(win, CHAT_WINS)
    proc, title, url = pick(pool, n, "win")
    title = title.format(srv=pick(SERVERS, n, "srv"), peer=pick(PEERS, n, "peer"))
    if url and "%s" in url:
        url = url % b62(n, 20, "doc")
    return proc, title, url


def wrap(n, fmtname, line):
    """Sometimes the line arrives wrapped by syslog or a shipper's JSON envelope."""
    k = H(n, "wrap") % 14
    if k > 1:
        return line
    t, ms, g = ts_parts(n)
    host = {"squid": "proxy01", "clf": "proxy02", "unbound": "dns01", "dnsmasq": "pihole"}[fmtname]
    if fmtname in ("unbound", "dnsmasq"):
        env = {"ts_received": time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%06d+00:00" % (ms * 1000 + 311),
               "host": host, "source": fmtname,
               "file": "/var/log/%s/%s.log" % ((fmtname,) * 2), "message": line}
        return json.dumps(env, ensure_ascii=False, separators=(", ", ":")).replace("/", "\\/")
    if pick(["3164", "5424"], n, "wstyle") == "3164":
        return "<166>%s %2d %02d:%02d:%02d %s squid[%d]: %s" % (
            MONTHS[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, host,
            rint(1000, 40000, n, "spid"), line)
    return "<166>1 %s.%03dZ %s squid %d - - %s" % (time.strftime("%Y-%m-%dT%H:%M:%S", g), ms, host,
                                                   rint(1000, 40000, n, "spid"), line)


# ---------------------------------------------------------------------------
# rendering an item
# ---------------------------------------------------------------------------
Q_FORMATS = (["squid"] * 6 + ["squid_custom"] * 2 + ["clf"] * 4 + ["clf_common"] * 2 +
             ["e2g2"] * 3 + ["e2g4"] * 3 + ["e2g6"] * 3 + ["zeek-http"] * 4 + ["zeek-http-tsv"] +
             ["ep_title"] * 3 + ["ep_url"] + ["ep_typed"])
D_FORMATS = (["unbound"] * 2 + ["unbound_epoch"] + ["unbound_reply"] + ["unbound_nx"] +
             ["dnsmasq"] * 5 + ["bind"] * 4 + ["bind_rpz"] + ["zeek-dns"] * 5 + ["zeek-dns-tsv"] +
             ["squid_connect"] + ["squid_sni"] * 2 + ["e2g_connect"] + ["clf_connect"] +
             ["ep_urlvisit"])


def render(n, it):
    """Return (format, line or list of lines)."""
    user = pick(USERS, n, "user")
    ch = it["ch"]
    if ch == "t":
        t, ms = when(n)
        if it["win"] == "search":
            proc, title, url = "chrome.exe", "New Tab - Google Chrome", None
        else:
            proc, title, url = chat_window(n, it["win"])
        return "endpoint", endpoint_event(n, t, ms, "text_capture", proc, title, text=it["text"],
                                          url=url, user=user)
    if ch == "s":
        t, ms = when(n)
        proc, title, url = chat_window(n, it["win"])
        dev = pick(DEVICES, n, "dev")
        lines = []
        for i, frag in enumerate(it["text"]):
            lines.append(endpoint_event(n, t, ms, "text_capture", proc, title, text=frag, url=url,
                                        user=user, device=dev))
            t += rint(2, 9, n, "gap", i)
            ms = rint(0, 999, n, "gms", i)
        return "endpoint", lines
    if ch == "q":
        q = it["text"]
        eng = it["eng"] or pick(GENERAL_ENGINES, n, "eng")
        url = search_url(eng, q, n)
        fmt = pick(Q_FORMATS, n, "fmt")
        denied = H(n, "deny") % 9 == 0
        if fmt == "squid":
            if denied:
                line = squid_native(n, "GET", url, user, "TCP_DENIED/403", "HIER_NONE/-",
                                    size=rint(3300, 3600, n, "dsz"))
            else:
                line = squid_native(n, "GET", url, user)
            return "squid", wrap(n, "squid", line)
        if fmt == "squid_custom":
            host = split_url(url)[0]
            return "squid", squid_custom(n, "GET", url, user, host, "bump")
        if fmt in ("clf", "clf_common"):
            line = clf_line(n, "GET", url, user, combined=(fmt == "clf"),
                            status=403 if denied else 200,
                            sq="TCP_DENIED:HIER_NONE" if denied else "TCP_MISS:HIER_DIRECT")
            return "clf", wrap(n, "clf", line)
        if fmt in ("e2g2", "e2g4", "e2g6"):
            host = split_url(url)[0]
            return "e2guardian", e2g_line(n, int(fmt[-1]), url, user, "GET",
                                          search_terms_field(eng, q))
        if fmt == "zeek-http":
            host, uri = split_url(url)
            return "zeek-http", zeek_http_json(n, host, uri)
        if fmt == "zeek-http-tsv":
            host, uri = split_url(url)
            return "zeek-http", zeek_http_tsv(n, host, uri)
        t, ms = when(n)
        if fmt == "ep_title":
            return "endpoint", endpoint_event(n, t, ms, "window_title", browser_for(eng),
                                              title_for(eng, q, n), user=user)
        if fmt == "ep_url":
            return "endpoint", endpoint_event(n, t, ms, "url_visit", browser_for(eng),
                                              title_for(eng, q, n), url=url, user=user)
        # typed into the browser's search box
        return "endpoint", endpoint_event(n, t, ms, "text_capture", browser_for(eng),
                                          "New Tab - Google Chrome" if browser_for(eng) == "chrome.exe"
                                          else ("New tab - Personal - Microsoft\u200b Edge"
                                                if eng == "bing" else "New Tab \u2014 Mozilla Firefox"),
                                          text=q, url=None, user=user)
    if ch == "d":
        dom = it["text"]
        fmt = pick(D_FORMATS, n, "dfmt")
        if fmt.startswith("unbound"):
            style = {"unbound": "ascii", "unbound_epoch": "epoch", "unbound_reply": "reply",
                     "unbound_nx": "nx"}[fmt]
            return "unbound", wrap(n, "unbound", unbound_line(n, dom, style))
        if fmt == "dnsmasq":
            return "dnsmasq", wrap(n, "dnsmasq", dnsmasq_line(n, dom))
        if fmt in ("bind", "bind_rpz"):
            return "bind", bind_line(n, dom, rpz=(fmt == "bind_rpz"))
        if fmt == "zeek-dns":
            return "zeek-dns", zeek_dns_json(n, dom, pick(["A", "A", "A", "AAAA", "HTTPS"], n, "zq"))
        if fmt == "zeek-dns-tsv":
            return "zeek-dns", zeek_dns_tsv(n, dom)
        if fmt == "squid_connect":
            line = squid_native(n, "CONNECT", "%s:443" % dom, user, "TCP_TUNNEL/200",
                                mime="-", size=rint(2000, 400000, n, "sz"))
            return "squid", wrap(n, "squid", line)
        if fmt == "squid_sni":
            # transparent interception: CONNECT to the IP, the name only in the SNI token
            srv = pubip(n)
            t, ms, _ = ts_parts(n)
            peek = '%d.%03d %6d %s - NONE_NONE/200 0 CONNECT %s:443 - - "-" "-" %s sni=%s bump=splice' % (
                t, ms, rint(0, 3, n, "pk"), ip(n), srv, srv, dom)
            return "squid", peek
        if fmt == "e2g_connect":
            return "e2guardian", e2g_line(n, pick([2, 4, 6], n, "e2s"), "https://%s:443" % dom, user,
                                          "CONNECT", "-")
        if fmt == "clf_connect":
            return "clf", clf_line(n, "CONNECT", "%s:443" % dom, user, combined=True,
                                   sq="TCP_TUNNEL:HIER_DIRECT", size=rint(2000, 400000, n, "sz"))
        if fmt == "zeek-http-host":
            return "zeek-http", zeek_http_json(n, dom, "/")
        t, ms = when(n)
        return "endpoint", endpoint_event(n, t, ms, "url_visit", "chrome.exe",
                                          "%s - Google Chrome" % dom, url="https://%s/" % dom,
                                          user=user)
    raise ValueError(ch)


def build():
    order = sorted(range(len(ITEMS)), key=lambda i: H("order5", i))
    out, meta = [], []
    for k, i in enumerate(order):
        n = k + 1
        it = ITEMS[i]
        fmt, line = render(n, it)
        rec = {"id": "h5-%04d" % n, "format": fmt}
        if isinstance(line, list):
            rec["lines"] = line
        else:
            rec["line"] = line
        rec["expect"] = it["expect"]
        if it["allow"]:
            exp = {e["category"] for e in it["expect"]}
            rec["allow"] = sorted(set(it["allow"]) - exp)
        out.append(rec)
        meta.append(it)
    return out, meta


def stats(out, meta):
    from collections import Counter
    pos = sum(1 for r in out if r["expect"])
    neg = len(out) - pos
    w = sys.stderr.write
    w("items=%d positives=%d (%.1f%%) negatives=%d (%.1f%%)\n"
      % (len(out), pos, 100.0 * pos / len(out), neg, 100.0 * neg / len(out)))
    cat, lv, tags, tagcat = Counter(), Counter(), Counter(), Counter()
    for r, it in zip(out, meta):
        for e in r["expect"]:
            cat[e["category"]] += 1
            lv[(e["category"], e["min_level"])] += 1
            tagcat[(e["category"], it["tag"])] += 1
        tags[it["tag"]] += 1
    w("per category (items expecting it; dir/ind/dis; min_levels):\n")
    for c in CATS:
        levels = ",".join("L%d=%d" % (l, lv[(c, l)]) for l in range(1, 6) if lv[(c, l)])
        w("  %-16s %3d   dir=%-3d ind=%-3d dis=%-3d  %s\n" % (
            c, cat[c], tagcat[(c, "dir")], tagcat[(c, "ind")], tagcat[(c, "dis")], levels))
    w("positive items by wording: dir=%d ind=%d dis=%d (indirect+disguised %.1f%%)\n" % (
        tags["dir"], tags["ind"], tags["dis"],
        100.0 * (tags["ind"] + tags["dis"]) / max(1, pos)))
    fc, fpos = Counter(r["format"] for r in out), Counter(r["format"] for r in out if r["expect"])
    w("per format (all / positive / negative):\n")
    for f in FORMATS:
        w("  %-11s %3d / %3d / %3d\n" % (f, fc[f], fpos[f], fc[f] - fpos[f]))
    streams = sum(1 for r in out if "lines" in r)
    w("items with \"lines\": %d\n" % streams)


def main():
    out, meta = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout5.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv[1:]:
        stats(out, meta)
        sys.stderr.write("wrote %s\n" % path)


if __name__ == "__main__":
    main()
