#!/usr/bin/env python3
"""Build the HELD-OUT Guardline evaluation corpus (heldout.jsonl).

Written independently of the detection rules and of the tuning corpus
(guardline.jsonl / build_corpus.py were not read). Deterministic: fixed seed,
no network, standard library only.

    python3 build_heldout.py            # writes heldout.jsonl next to this file
    python3 build_heldout.py -o FILE    # elsewhere

Item shape (CONTRACTS.md section 4):
    {"id": "h0001", "format": "squid", "line": "...", "expect": [...], "allow": [...]}
or "lines": [...] for a stream (typed-text fragments of one endpoint window, or
successive autocomplete prefixes of one search).

Content notes
  * About half the items are hard negatives built to trap keyword matching
    (place names, trade jargon of apprentices, set texts, news, help-seeking
    for someone else, reporting to CEOP, charities, ordinary school traffic).
  * Positives are written in teenage / apprentice register; a share are
    disguised (leetspeak, spaced or dotted letters, stretched letters,
    fullwidth or Cyrillic look-alikes, zero-width characters, algospeak,
    emoji code); split-keystroke streams and autocomplete streams are included.
"""

import argparse
import collections
import datetime as dt
import json
import os
import random
import string
import sys
import urllib.parse

SEED = 20261122
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# disguise helpers
# --------------------------------------------------------------------------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}


def cyr(s, letters="aeopcxyis"):
    """Swap the given Latin letters for Cyrillic look-alikes."""
    return "".join(CYR[ch] if ch in letters and ch in CYR else ch for ch in s)


def fw(s, ideographic_space=False):
    """Fullwidth forms (U+FF01..U+FF5E)."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("\u3000" if ideographic_space else " ")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def zw(s, every=2, mark="\u200b"):
    """Put a zero-width mark inside every word of 4+ letters, after `every` chars."""
    words = []
    for w in s.split(" "):
        if len(w) >= 4:
            w = w[:every] + mark + w[every:]
        words.append(w)
    return " ".join(words)


# --------------------------------------------------------------------------
# item builders
# --------------------------------------------------------------------------
def E(spec):
    """'suicide:5 self_harm:4' -> expect list; '' -> []"""
    out = []
    for tok in spec.split():
        cat, lvl = tok.split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


ITEMS = []


def add(kind, payload, expect="", allow=(), disguised=False, **kw):
    ITEMS.append(dict(kind=kind, payload=payload, expect=E(expect), allow=list(allow),
                      disguised=disguised, **kw))


def S(q, expect="", allow=(), disguised=False, engine=None, fmt=None):
    """A search typed into an engine, seen by the proxy."""
    add("search", q, expect, allow, disguised, engine=engine, fmt=fmt)


def U(url, expect="", allow=(), disguised=False, fmt=None):
    """A page fetched through the proxy (bumped HTTPS or plain HTTP)."""
    add("url", url, expect, allow, disguised, fmt=fmt)


def D(domain, expect="", allow=(), fmt=None):
    """A DNS query (or an SNI-only tunnel when fmt='squid-sni')."""
    add("dns", domain, expect, allow, False, fmt=fmt)


def C(text, expect="", allow=(), disguised=False, app=None):
    """Typed chat text captured on an endpoint."""
    add("chat", text, expect, allow, disguised, app=app)


def T(title, expect="", allow=(), disguised=False, process="chrome.exe"):
    """An endpoint window_title event."""
    add("title", title, expect, allow, disguised, process=process)


def V(url, title, expect="", allow=(), disguised=False):
    """An endpoint url_visit event."""
    add("visit", (url, title), expect, allow, disguised)


def SPLIT(frags, expect="", allow=(), disguised=False, app=None):
    """One phrase typed across 2-3 text_capture fragments, same device/window."""
    add("split", frags, expect, allow, disguised, app=app)


def AC(prefixes, expect="", allow=(), engine="google", fmt=None):
    """Successive autocomplete requests of one search."""
    add("autocomplete", prefixes, expect, allow, False, engine=engine, fmt=fmt)


# ==========================================================================
# POSITIVES
# ==========================================================================

# ---- suicide -------------------------------------------------------------
S("how many co codamol would it take to not wake up", "suicide:5", ["self_harm", "drugs"])
S("painless way to go to sleep n never wake up", "suicide:5")
S("tallest multi storey car park in bradford to jump off", "suicide:5")
C("ive been saving up my mums sleeping tablets, think ive got enough now", "suicide:5", ["self_harm", "drugs"])
C("wrote letters for everyone last nite, doing it after my shift on friday", "suicide:5")
C("honestly everyone wud be better off if i wasnt around anymore", "suicide:4")
C("might just unalive myself lol not even joking this time", "suicide:4", disguised=True)
S("sewer slide methods that dont hurt", "suicide:5", disguised=True, engine="tiktok")
S("h0w 2 k1ll mys3lf w1th0ut p41n", "suicide:5", disguised=True)
S(cyr("how to tie a noose that holds", "oeai"), "suicide:5", disguised=True, engine="youtube")
C(zw("i wanna kill myself every single day"), "suicide:4", disguised=True, app="discord")
C("dont wanna be alive anymoreeeee", "suicide:4", disguised=True, app="instagram")
C("k.m.s for real this time im so done with everything", "suicide:4", disguised=True)
SPLIT(["gonna end it ", "all tonight nobody ", "will even notice im gone"], "suicide:5")
SPLIT(["whats the quickest way to ki", "ll myself"], "suicide:5")
T("i dont want to be here anymore : r/SuicideWatch - Google Chrome", "suicide:4")
D("sanctioned-suicide.net", "suicide:4")
AC(["whats the", "whats the most painless", "whats the most painless way to",
    "whats the most painless way to die"], "suicide:5", engine="google")

# ---- self_harm (incl. eating disorders) -----------------------------------
S("how to hide cuts on ur wrist from parents", "self_harm:4")
C("relapsed last nite after 4 months clean, took the blade out of my sharpener again", "self_harm:4")
C("my cat scratches are getting deeper idk how to stop", "self_harm:4", disguised=True, app="discord")
S("pro ana tips to stop feeling hungry at school", "self_harm:4")
S("edtwt thinspo", "self_harm:4", engine="tiktok")
S("how to make urself sick after eating without anyone hearing", "self_harm:4")
C("only had 300 cals today, need to get under 200 tmrw or im disgusting", "self_harm:4", app="whatsapp")
S("how to $h w1thout it sc4rring", "self_harm:4", disguised=True)
S("how deep can u c u t before u need stitches", "self_harm:4", ["suicide"], disguised=True)
SPLIT(["i keep burning myself w", "ith a lighter when it gets bad"], "self_harm:4")
T("how to stop urges to cut when nobody knows - Google Search - Google Chrome", "self_harm:4")
S(cyr("thinspiration body check", "pa"), "self_harm:4", disguised=True, engine="youtube")
C("ana buddy wanted, strict, dm me ur weight n goal", "self_harm:4", app="instagram")
S(fw("razor blades for sh", ideographic_space=True), "self_harm:4", disguised=True, engine="bing")
C(zw("cutting is the only thing that helps me cope ngl", mark="\u200d"), "self_harm:4", disguised=True)
U("https://www.tiktok.com/tag/shtwt", "self_harm:4")
AC(["how to hide", "how to hide sh", "how to hide sh scars", "how to hide sh scars from parents"],
   "self_harm:4", engine="google")

# ---- grooming & sexual exploitation ----------------------------------------
C("how old r u? u seem really mature for 13", "grooming:4", app="discord")
C("this guy offered me a £50 amazon voucher for a pic in my bra", "grooming:4", ["adult_content"])
S("is it normal for a 25 year old man to message a 14 year old", "grooming:4")
S("a man online keeps asking me for pics what do i do", "grooming:4", ["adult_content"], engine="bing")
C("u got s.n.a.p? lets talk there its more private x", "grooming:4", disguised=True, app="discord")
C("r u home alone? send me a pic of what ur wearing", "grooming:4", ["adult_content"], app="instagram")
SPLIT(["dont tell any", "one about us ok, they wouldnt ", "understand what we have"], "grooming:4",
      app="snapchat")
SPLIT(["if u send me one pic ill buy u ", "the new fifa for ur xbox"], "grooming:4",
      ["adult_content", "gaming"], app="discord")
C("he keeps asking for spicy pics n says im his gf but hes like 30", "grooming:4", ["adult_content"],
  disguised=True, app="whatsapp")
C("hes picking me up from the retail park sat, told mum im at jess's", "grooming:5", app="snapchat")
C("he says hell send my nudes to my whole school if i dont pay him £200", "grooming:5", ["adult_content"])
S("someone is threatening to post my pics unless i pay them", "grooming:5", ["adult_content"])
S("met a guy on snap hes 23 meeting him saturday first time", "grooming:5", engine="reddit")
C("meet me round the back of the leisure centre, come on ur own and dont tell ur mates", "grooming:5")
S(cyr("sextortion what to do he has my pics", "eopc"), "grooming:5", ["adult_content"], disguised=True)
AC(["he wants me", "he wants me to send", "he wants me to send pics",
    "he wants me to send pics and not tell anyone"], "grooming:4", ["adult_content"], engine="youtube")

# ---- radicalisation ---------------------------------------------------------
S("how to travel to syria to join the mujahideen", "radicalisation:5", ["violence"])
S("national action how to join", "radicalisation:5")
C("got a contact on tg who can get me over there to join the brothers, leaving after eid",
  "radicalisation:5", app="telegram")
S("h0w 2 j01n th3 b4s3 uk", "radicalisation:5", disguised=True, engine="ddg")
S("christchurch mosque shooting full video uncut", "radicalisation:4", ["violence"])
S("great replacement manifesto pdf", "radicalisation:4", ["discrimination"], engine="ddg")
S("anwar al awlaki lectures download", "radicalisation:4")
C("sent u the buffalo vid in the tg chat, watch it b4 they take it down", "radicalisation:4",
  ["violence"], app="telegram")
S(cyr("terrorgram collection pdf", "eoac"), "radicalisation:4", disguised=True)
SPLIT(["anyone got the halle str", "eam footage"], "radicalisation:4", ["violence"], app="discord")
T("brenton tarrant livestream full - Google Search - Google Chrome", "radicalisation:4", ["violence"])
S("sonnenrad pfp aesthetic", "radicalisation:3", ["discrimination"], engine="tiktok")
S("1488 tattoo ideas", "radicalisation:3", ["discrimination"])
S("remove kebab music 1 hour", "radicalisation:3", ["discrimination", "violence"], engine="youtube")
S("s.i.e.g h.e.i.l gif", "radicalisation:3", ["discrimination"], disguised=True)
D("incels.is", "radicalisation:3", ["discrimination"])

# ---- bullying ---------------------------------------------------------------
C("nobody in this gc even likes u just leave already", "bullying:3", app="whatsapp")
C("ur actually so ugly no wonder ur dad left", "bullying:3", app="snapchat")
C("lets screenshot her story n send it round everyones snap lol", "bullying:3", ["social_media"])
C("if u come in tmrw everyones gonna laugh at u again u fat cow", "bullying:3", app="instagram")
C("kys no one would even care", "bullying:3", ["suicide"], app="discord")
C("ur such a fr34k n0 1 w4nts u here", "bullying:3", disguised=True, app="whatsapp")
C("made a fake acc of her posting all her secrets 😂😂", "bullying:3", ["social_media"], app="instagram")
S("how to make an anon account to expose someone at school", "bullying:3", ["social_media"])
SPLIT(["everyone thinks ur a", " weirdo and a loser so ", "stop talking to us"], "bullying:3",
      app="snapchat")
SPLIT(["ur mum should of ab", "orted u"], "bullying:3", app="whatsapp")
C("ur sooooo pathetic lmaoooo cry moreeee", "bullying:3", disguised=True, app="discord")
C("post the vid of him getting battered at the bus stop, caption it tramp", "bullying:3", ["violence"])
C("were all blocking her on sunday and leaving the gc, pass it on", "bullying:3", app="whatsapp")
T("Vote: ugliest person in year 11 - Google Forms - Google Chrome", "bullying:3")
C("everyone knows ur a l o s e r, even the teachers", "bullying:3", disguised=True, app="instagram")

# ---- violence ---------------------------------------------------------------
C("im bringing a blade tmrw, hes getting it after period 3", "violence:5", app="snapchat")
C("were jumping him by the bus station at 4, bring something", "violence:5", ["bullying"], app="whatsapp")
S("how to make a zip gun from pipe", "violence:5")
S("fgc9 files download 3d print", "violence:5", engine="ddg")
SPLIT(["im gonna st", "ab him if he chats ", "about my sister again"], "violence:5", app="snapchat")
SPLIT(["gonna shoot up the coll", "ege on friday just watch"], "violence:5", app="discord")
C("gonna sh4nk him after sk00l", "violence:5", disguised=True, app="snapchat")
S(cyr("how to make a molotov", "oae"), "violence:5", disguised=True, engine="bing")
C("i know where he lives, me n my cousin are gonna do him in tonight", "violence:5")
T("how much weedkiller to poison a person - Google Search - Google Chrome", "violence:5")
S("zombie knife buy uk next day delivery", "violence:3")
S("where can u buy a flick knife under 18", "violence:3", engine="reddit")
C("whos got a shank for sale, need one by the weekend", "violence:3", app="snapchat")
S("b.u.y z.o.m.b.i.e k.n.i.f.e", "violence:3", disguised=True, engine="ddg")
AC(["how to make a", "how to make a pressure", "how to make a pressure cooker",
    "how to make a pressure cooker bomb"], "violence:5", ["radicalisation"], engine="ddg")

# ---- discrimination ---------------------------------------------------------
C("go back to ur own country no one wants u here", "discrimination:3", ["bullying"], app="whatsapp")
C("all muslims are terrorists thats just facts", "discrimination:3", ["radicalisation"], app="discord")
S("why are gay people so disgusting", "discrimination:3")
C("hes such a p4k1 lol", "discrimination:3", ["bullying"], disguised=True, app="snapchat")
C("trannies shouldnt be allowed in the girls toilets", "discrimination:3", app="discord")
S("jokes about black people dark humour", "discrimination:3", engine="reddit")
C("stop being such a gyppo and give it back", "discrimination:3", ["bullying"], app="whatsapp")
SPLIT(["women are literally ", "inferior and should ", "stay in the kitchen"], "discrimination:3",
      ["radicalisation"], app="discord")

# ---- adult_content ----------------------------------------------------------
S("onlyfans leaks free", "adult_content:3")
S("xhamster free", "adult_content:3", engine="bing")
S("seggs videos", "adult_content:3", disguised=True, engine="tiktok")
S("p0rnhub premium free", "adult_content:3", disguised=True)
D("www.xnxx.com", "adult_content:3")
D("chaturbate.com", "adult_content:3", fmt="squid-sni")
S("rule 34 genshin", "adult_content:3")
T("hentai haven - Google Chrome", "adult_content:3")

# ---- drugs ------------------------------------------------------------------
S("where to buy ket in leeds", "drugs:3")
C("u got a plug for bud? need a 20 bag before friday", "drugs:3", app="snapchat")
C("anyone got 🍃 or 💊 for the weekend ill pay", "drugs:3", disguised=True, app="snapchat")
S("thc vape carts uk snapchat", "drugs:3", engine="tiktok")
S("buy xanax without prescription uk", "drugs:3")
S("how to get high off nitrous balloons", "drugs:3", engine="youtube")
S("buy c0k3 l33ds", "drugs:3", disguised=True)
T("UK Menu 🍁❄️💊 Same Day Drop – Telegram", "drugs:3", process="Telegram.exe")

# ---- gambling ---------------------------------------------------------------
S("betting sites that dont ask for id", "gambling:2")
S("how to get around gamstop", "gambling:2", engine="reddit")
S("stake casino free spins no deposit", "gambling:2")
D("www.paddypower.com", "gambling:2")
D("stake.com", "gambling:2", fmt="squid-sni")
S("csgo skin gambling sites 2026", "gambling:2", ["gaming"])
C("put my whole wages on an acca again, down 400 this month", "gambling:2", app="whatsapp")

# ---- filter_bypass ----------------------------------------------------------
S("how to get past smoothwall on school wifi", "filter_bypass:2")
S("unblocked games 76", "filter_bypass:2", ["gaming"])
D("www.croxyproxy.com", "filter_bypass:2")
D("protonvpn.com", "filter_bypass:2")
S("how to turn off lightspeed extension on chromebook", "filter_bypass:2", engine="youtube")
C("use the proxy site i sent u, it gets past the college filter", "filter_bypass:2", app="discord")
S("v p n for school chromebook free", "filter_bypass:2", disguised=True)

# ---- hacking ----------------------------------------------------------------
S("how to get into someones snapchat without their password", "hacking:3")
S("instagram account hacker free", "hacking:3", engine="bing")
C("i can get into her insta if u get me her email, just need the code off her phone", "hacking:3")
S("grabify ip logger", "hacking:2")
S("how to boot someone offline on xbox", "hacking:2", ["gaming"], engine="youtube")
S("download hydra password cracker", "hacking:2")
S("h4ck my exs f4c3b00k", "hacking:3", disguised=True)

# ---- piracy -----------------------------------------------------------------
S("crackstreams premier league", "piracy:1")
S("watch wicked free online 123movies", "piracy:1")
S("spotify premium mod apk", "piracy:1", engine="ddg")
D("thepiratebay.org", "piracy:1")
S("minecraft java cracked download", "piracy:1", ["gaming"])
D("1337x.to", "piracy:1")

# ---- gaming -----------------------------------------------------------------
D("www.roblox.com", "gaming:1")
D("fortnite.com", "gaming:1")
S("fortnite item shop today", "gaming:1")
D("store.steampowered.com", "gaming:1")
U("https://www.roblox.com/games/4924922222/Brookhaven-RP", "gaming:1")
S("clash royale best deck arena 12", "gaming:1", engine="youtube")

# ---- social_media -----------------------------------------------------------
D("www.tiktok.com", "social_media:1")
D("www.instagram.com", "social_media:1")
D("web.snapchat.com", "social_media:1")
U("https://www.instagram.com/direct/inbox/", "social_media:1")
T("TikTok - Make Your Day - Google Chrome", "social_media:1")
S("how to get more followers on tiktok", "social_media:1")

# ---- illegal_content ----------------------------------------------------------
S("cp links telegram", "illegal_content:5", ["adult_content", "grooming"])
S("jailbait pics", "illegal_content:5", ["adult_content", "grooming"])
S("fake id uk provisional driving licence", "illegal_content:4")
S("where to get a fake citizencard", "illegal_content:4", engine="reddit")
S("buy counterfeit £20 notes", "illegal_content:4")
C("my mate does fake ids £80, looks legit, scans at spoons", "illegal_content:4", app="snapchat")

# ==========================================================================
# HARD NEGATIVES
# ==========================================================================

# ---- searches: place names ----------------------------------------------------
S("scunthorpe united fixtures")
S("essex county council school transport form")
S("penistone grammar sixth form open evening")
S("cockermouth floods case study gcse geography")
S("lower slaughter cotswolds walk")
S("killamarsh leisure centre swimming times")
S("shooters hill sixth form college")
S("christchurch dorset beach huts for hire")
S("funny uk place names twatt shitterton")

# ---- searches: words with a second meaning -----------------------------------
S("how to kill a process in linux terminal")
S("cp command linux copy folder recursively", engine="ddg")
S("bath bomb recipe without citric acid")
S("faggots and peas recipe", engine="bing")
S("spotted dick recipe for food tech")
S("rapeseed oil vs olive oil for roasties")
S("how long does it take to die your hair", engine="google")
S("die der das german grammar rules")
S("shoot for the stars aim for the moon meaning")
S("shooting a short film gcse media storyboard")
S("how to hang wallpaper on a sloped ceiling", engine="youtube")
S("how to bleed a radiator combi boiler")
S("nail gun safety training construction")
S("hair cutting techniques level 2 barbering", engine="youtube")
S("coke zero vs diet coke sugar")
S("analysis of ozymandias poem")
S("cum laude meaning")
S("pussy willow tree uk")
S("dick whittington panto tickets leeds")
S("therapist near me nhs referral")
S("dog grooming level 2 apprenticeship")
S("secret santa ideas under £10")
S("knife skills level 2 professional cookery")
S("best chefs knife for a catering apprentice under £50")
S("knife angel sculpture where is it now")
S("amateur football league sheffield sunday")
S("teen titans go full episodes", engine="youtube")
S("hardcore gym workout no equipment")
S("proxy war definition cold war history")
S("what is a vpn gcse computer science")
S("how to unblock a drain without a plunger")
S("how many paracetamol can i take in a day")
S("calories in a jacket potato with beans")

# ---- searches: school topics that brush risk words ---------------------------
S("history of the troubles gcse revision")
S("macbeth murder scene analysis act 2")
S("an inspector calls eva smith suicide quotes")
S("romeo and juliet suicide scene analysis", engine="youtube")
S("of mice and men chapter 6 lennie shot analysis")
S("bayonet charge poem analysis")
S("nazi propaganda techniques gcse history")
S("hanged drawn and quartered history")
S("how does radicalisation happen online psychology a level")
S("what is prevent duty apprenticeship")
S("isis egyptian goddess mythology")
S("sex education rse year 9 consent lesson")
S("sexual health clinic near me leeds")
S("drug trial results for alzheimers 2026")
S("county lines documentary bbc", engine="youtube")
S("knife crime statistics uk essay")
S("cyber security course kali linux")
S("ethical hacking apprenticeship level 4")
S("hacking definition computer misuse act 1990")
S("help for someone self harming nhs")
S("how to support a friend with an eating disorder")
S("signs of grooming for parents nspcc")
S("how to report grooming to ceop")
S("manchester arena attack inquiry findings", engine="bing")
S("stabbing in birmingham news today")
S("gambling commission annual report statistics")
S("breast cancer awareness month")

# ---- searches: ordinary school / apprentice traffic -------------------------
S("apprenticeship minimum wage 2026")
S("level 3 electrical installation portfolio examples")
S("how to cite harvard referencing website")
S("gcse maths past papers edexcel higher")
S("bbc bitesize chemistry bonding", engine="ecosia")
S("best revision apps 2026", engine="tiktok")
S("how to write a cv with no experience", engine="yahoo")

# ---- proxy page visits ---------------------------------------------------------
U("https://www.bbc.co.uk/bitesize/guides/zqbj7p3/revision/1")
U("https://www.nspcc.org.uk/what-is-child-abuse/types-of-abuse/grooming/")
U("https://www.childline.org.uk/info-advice/bullying-abuse-safety/types-bullying/online-bullying/")
U("https://www.ceop.police.uk/Safety-Centre/")
U("https://www.talktofrank.com/drug/cannabis")

# ---- endpoint chat ------------------------------------------------------------
C("this homework is killing me fr", app="whatsapp")
C("dead funny that vid lmaooo", app="snapchat")
C("shoot me a msg when ur outside", app="whatsapp")
C("kill the process and restart it, should work then", app="teams")
C("ur gonna smash the interview, dont stress", app="whatsapp")
C("keep it a secret from mia, the party is a surprise", app="instagram")
C("meet u at the bus stop after 3rd period", app="snapchat")
C("can u send me a pic of the homework sheet", app="whatsapp")
C("how old is ur brother? my mum wants to know for the party invite", app="whatsapp")
C("pls dont tell anyone yet but i got the apprenticeship!!! not announcing till monday", app="snapchat")
C("my mum said i can come to urs on sat, shell drop me off", app="whatsapp")
C("the hair model is coming in at 10, can u set up the station", app="teams")
C("sent u the pics of the kitchen job, tiling is all done", app="whatsapp")
C("the gaffer said were stripping the old wiring out tmrw", app="whatsapp")
C("need to bleed the radiators in block c before lunch", app="teams")
C("bro that fifa goal was sick, absolute killer", app="discord")
C("im gonna murder a chippy after this shift", app="whatsapp")
C("we got slaughtered 5-0 on sunday, ref was shocking", app="whatsapp")
C("im dying to see the new spiderman", app="snapchat")
C("sirs gonna kill me, forgot my coursework again", app="snapchat")
C("ur so annoying 😂 love u tho", app="instagram")
C("can we do the macbeth murder scene for the drama practical", app="teams")
C("in an inspector calls eva smith killed herself by drinking disinfectant right?", app="teams")
C("cut my finger on the mandoline at work lol, first aider put a blue plaster on it", app="whatsapp")
C("my nans funeral is on thursday so i wont be in", app="teams")
C("we did the ceop talk in pshe today, they said report it if anyone asks u for pics", app="snapchat")
C("i reported that account to insta, it was sending creepy msgs to year 7s", app="instagram")
C("bullying assembly is at 9 tomorrow in the main hall", app="teams")
C("did u see the news about the stabbing in town? so scary", app="whatsapp")
C("my dad works in drug and alcohol services, he says talk to frank is good", app="whatsapp")
C("grab some bath bombs from lush for mums birthday", app="whatsapp")
C("bomb squad came to the site for an old ww2 shell, we got sent home early", app="whatsapp")
C("pass me the stanley knife and the hammer", app="teams")
C("ill be late, bus broke down on penistone road", app="whatsapp")
C("miss said the essay on the troubles is due friday", app="teams")
C("my cat died last night im so sad", app="snapchat")
C("the pharmacy placement is sorting out the controlled drugs cabinet today", app="teams")
SPLIT(["i want to d", "ye my hair pink for summer"], app="snapchat")
SPLIT(["gonna kill", " it at the showcase tomorrow"], app="whatsapp")
SPLIT(["dont tell anyone ", "but i got us tickets for the concert, its a surprise for sam"], app="snapchat")
SPLIT(["how do i hang", " the shelves without a drill"], app="whatsapp")

# ---- endpoint window titles and url visits ----------------------------------
T("Macbeth Act 2 Scene 2 - SparkNotes - Google Chrome")
T("The Troubles - Conflict in Northern Ireland - BBC Bitesize - Microsoft Edge", process="msedge.exe")
T("Report Abuse | CEOP Safety Centre - Google Chrome")
T("Year 10 RSE - consent and healthy relationships.pptx - PowerPoint", process="POWERPNT.EXE")
T("Prevent duty awareness e-learning - GOV.UK - Google Chrome")
T("Task Manager", process="Taskmgr.exe")
T("Drugs education lesson 4 - FRANK - Google Chrome")
T("Cyber Security L3 - kali-linux-2026.3 [Running] - Oracle VirtualBox", process="VirtualBoxVM.exe")
T("Helping someone who self-harms - Mind - Google Chrome")
V("https://www.samaritans.org/how-we-can-help/support-and-information/", "Support and information | Samaritans - Google Chrome")
V("https://www.youngminds.org.uk/young-person/coping-with-life/", "Coping with life | YoungMinds - Google Chrome")
V("https://www.nhs.uk/conditions/self-harm/", "Self-harm - NHS - Google Chrome", allow=["self_harm"])
V("https://www.beateatingdisorders.org.uk/support-services/", "Support services - Beat - Google Chrome")
V("https://www.begambleaware.org/", "BeGambleAware - Google Chrome", allow=["gambling"])

# ---- autocomplete negatives ---------------------------------------------------
AC(["how to kill", "how to kill a", "how to kill a mocking", "how to kill a mockingbird chapter summaries"],
   engine="google")
AC(["how to hang", "how to hang a", "how to hang a fire door", "how to hang a fire door carpentry"],
   engine="ddg")

# ---- DNS negatives ------------------------------------------------------------
for _d in ["www.bbc.co.uk", "www.gov.uk", "login.microsoftonline.com", "moodle.northfield.ac.uk", "www.ucas.com", "www.nhs.uk", "www.samaritans.org",
           "www.childline.org.uk", "www.kooth.com", "www.talktofrank.com", "www.begambleaware.org",
           "www.ceop.police.uk", "www.scunthorpetelegraph.co.uk", "www.essex.ac.uk",
           "www.sussex.ac.uk", "www.mdx.ac.uk", "www.expertsexchange.com", "www.whorepresents.com",
           "www.sexualhealthsheffield.nhs.uk", "www.cumbria.gov.uk", "www.analyticsvidhya.com",
           "www.petgroomingacademy.co.uk", "www.senecalearning.com"]:
    D(_d)
D("www.kali.org", allow=["hacking"])


# ==========================================================================
# rendering
# ==========================================================================
USERS = ["apprentice17", "l.nowak", "mhussain23", "ELC\\jbrown", "s.ahmed@student.northfield.ac.uk",
         "y10-oliviap", "r.patel", "kwilliams04", "t.okafor", "bdavies", "apprentice09", "z.khan",
         "ELC\\emorgan", "c.obrien", "y12-harryw", "j.kowalski", "lbaker2", "a.mensah"]
SITES = ["north", "south", "city", "riverside"]
DEVICES = ["LIB-LT-22", "ENG-WS-03", "CHROMEBOOK-204", "MOTOR-VEH-PC-06", "CONSTR-LAB-11",
           "HAIR-SALON-TAB-2", "SIXTHFORM-PC-14", "IT-LAB2-PC-19", "CATERING-KIOSK-1",
           "LRC-PC-31", "CHROMEBOOK-077", "SCI-LT-08"]
APPS = {
    "discord": ("Discord.exe", ["#general | Year 12 Motor Vehicle - Discord", "@jay_99 - Discord",
                                "#off-topic | the lads - Discord", "Friends - Discord"]),
    "whatsapp": ("WhatsApp.exe", ["WhatsApp"]),
    "snapchat": ("chrome.exe", ["Snapchat - Google Chrome", "Chat - Snapchat - Google Chrome"]),
    "instagram": ("chrome.exe", ["Instagram • Chats - Google Chrome", "Instagram - Google Chrome"]),
    "teams": ("ms-teams.exe", ["Chat | Jordan Price | Microsoft Teams", "Chat | L3 Electrical | Microsoft Teams"]),
    "telegram": ("Telegram.exe", ["Telegram", "Telegram (2)"]),
    "messenger": ("msedge.exe", ["Messenger | Facebook - Microsoft Edge"]),
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B62 = string.ascii_letters + string.digits

START = dt.datetime(2026, 10, 12, tzinfo=dt.timezone.utc)


def rand_time(evening=False):
    day = rng.randrange(0, 47)
    hour = rng.choice([18, 19, 20, 21, 22, 23]) if evening else rng.randrange(8, 17)
    t = START + dt.timedelta(days=day, hours=hour, minutes=rng.randrange(60),
                             seconds=rng.randrange(60), milliseconds=rng.randrange(1000))
    return t


def ip():
    return "10.%d.%d.%d" % (rng.randrange(1, 41), rng.randrange(0, 256), rng.randrange(2, 255))


def ext_ip():
    return "%d.%d.%d.%d" % rng.choice([(142, 250, rng.randrange(256), rng.randrange(1, 255)),
                                        (104, 18, rng.randrange(256), rng.randrange(1, 255)),
                                        (151, 101, rng.randrange(256), rng.randrange(1, 255)),
                                        (13, 107, rng.randrange(256), rng.randrange(1, 255))])


def uid():
    return "C" + "".join(rng.choice(B62) for _ in range(17))


def enc_plus(q):
    return urllib.parse.quote_plus(q, safe="")


def enc_pct(q):
    return urllib.parse.quote(q, safe="")


def search_url(q, engine, t):
    if engine == "google":
        e = enc_plus(q)
        return rng.choice([
            "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e,
            "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e),
            "https://www.google.co.uk/search?q=%s&sca_esv=%08x&source=hp" % (e, rng.getrandbits(32)),
        ])
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1" % enc_plus(q)
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&t=h_&ia=web" % enc_plus(q)
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % enc_plus(q)
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % enc_plus(q)
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s&type=link" % enc_pct(q)
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (enc_pct(q), int(t.timestamp() * 1000))
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % enc_plus(q)
    raise ValueError(engine)


def ac_url(prefix, engine):
    if engine == "google":
        return ("https://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB"
                % (enc_plus(prefix), len(prefix)))
    if engine == "ddg":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % enc_plus(prefix)
    if engine == "youtube":
        return ("https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s"
                % enc_plus(prefix))
    raise ValueError(engine)


ENGINE_W = [("google", 34), ("bing", 11), ("ddg", 9), ("youtube", 14), ("yahoo", 6),
            ("reddit", 8), ("tiktok", 11), ("ecosia", 4)]
PROXY_W = [("squid", 40), ("clf", 32), ("zeek-http", 20), ("e2guardian", 8)]
DNS_FMTS = ["unbound", "dnsmasq", "bind", "zeek-dns"]


def wpick(pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def proxy_line(fmt, url, t, user, cip, ctype="text/html", search_terms=None):
    size = rng.randrange(4000, 95000)
    ua = rng.choice(UAS)
    if fmt == "squid":
        return "%.3f %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s %s" % (
            t.timestamp(), rng.randrange(4, 900), cip, size, url, user, ext_ip(), ctype)
    if fmt == "squid-custom":
        host = urllib.parse.urlsplit(url).hostname
        return '%.3f %6d %s %s TCP_MISS/200 %d GET %s %s %s "-" "%s" %s' % (
            t.timestamp(), rng.randrange(4, 900), cip, user, size, url, ext_ip(), ctype, ua, host)
    if fmt == "clf":
        ref = rng.choice(["-", "-", "https://www.google.com/"])
        return '%s - %s [%02d/%s/%d:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" 200 %d "%s" "%s" TCP_MISS:HIER_DIRECT' % (
            cip, user, t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second, url, size, ref, ua)
    if fmt == "zeek-http":
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + ("?" + parts.query if parts.query else "")
        rec = {"ts": round(t.timestamp(), 6), "uid": uid(), "id.orig_h": cip,
               "id.orig_p": rng.randrange(32768, 61000), "id.resp_h": ext_ip(), "id.resp_p": 80,
               "trans_depth": 1, "method": "GET", "host": parts.hostname, "uri": uri,
               "version": "1.1", "user_agent": ua, "request_body_len": 0,
               "response_body_len": size, "status_code": 200, "status_msg": "OK", "tags": []}
        return json.dumps(rec, ensure_ascii=False)
    if fmt == "e2guardian":
        terms = "-" if search_terms is None else "0=%s;" % search_terms.replace('"', "'")
        fields = ["%d.%02d.%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second),
                  user, cip, url.replace("https://", "http://", 1), "-", "GET", str(size),
                  "0", "-", "1", "200", "-", cip, "no_name_group", ua, terms, "-", "-", "-"]
        return ",".join('"%s"' % f for f in fields)
    raise ValueError(fmt)


def dns_line(fmt, domain, t, cip, user="-"):
    if fmt == "unbound":
        if rng.random() < 0.35:
            return "[%d] unbound[812:0] info: %s %s. A IN" % (int(t.timestamp()), cip, domain)
        return "%s %2d %02d:%02d:%02d unbound[812:0] info: %s %s. A IN" % (
            MON[t.month - 1], t.day, t.hour, t.minute, t.second, cip, domain)
    if fmt == "dnsmasq":
        return "%s %2d %02d:%02d:%02d dnsmasq[9987]: %d %s/%d query[A] %s from %s" % (
            MON[t.month - 1], t.day, t.hour, t.minute, t.second, rng.randrange(1, 99999),
            cip, rng.randrange(1024, 65535), domain, cip)
    if fmt == "bind":
        return ("%02d-%s-%d %02d:%02d:%02d.%03d queries: info: client @0x7fe0230fa098 %s#%d (%s): "
                "query: %s IN A +E(0)K (10.0.0.53)") % (
            t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second, t.microsecond // 1000,
            cip, rng.randrange(1024, 65535), domain, domain)
    if fmt == "zeek-dns":
        rec = {"ts": round(t.timestamp(), 6), "uid": uid(), "id.orig_h": cip,
               "id.orig_p": rng.randrange(1024, 65535), "id.resp_h": "10.0.0.53", "id.resp_p": 53,
               "proto": "udp", "trans_id": rng.randrange(1, 65535), "query": domain, "qclass": 1,
               "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
               "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
               "rejected": False}
        return json.dumps(rec)
    if fmt == "squid-sni":
        dst = ext_ip()
        return '%.3f %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
            t.timestamp(), rng.randrange(20, 60000), cip, user, rng.randrange(2000, 90000),
            dst, dst, dst, domain)
    raise ValueError(fmt)


def ep_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ep_event(t, device, user, site, event, process, title, text=None, url=None):
    rec = {"ts": ep_ts(t)}
    if site:
        rec["site"] = site
    rec.update({"device": device, "user": user, "event": event, "process": process,
                "window_title": title})
    if text is not None:
        rec["text"] = text
    if url is not None:
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=rng.random() < 0.25)


def render(it):
    kind = it["kind"]
    user = rng.choice(USERS)
    cip = ip()
    negative = not it["expect"]
    t = rand_time(evening=(kind in ("chat", "split") and rng.random() < 0.4))
    if kind in ("search", "url"):
        fmt = it.get("fmt") or wpick(PROXY_W)
        if fmt == "squid" and rng.random() < 0.12:
            fmt_line = "squid-custom"
        else:
            fmt_line = fmt
        if kind == "search":
            engine = it.get("engine") or wpick(ENGINE_W)
            url = search_url(it["payload"], engine, t)
            terms = it["payload"]
        else:
            url = it["payload"]
            terms = None
        if fmt == "zeek-http":
            url = url.replace("https://", "http://", 1)
        return fmt, {"line": proxy_line(fmt_line, url, t, user, cip, search_terms=terms)}
    if kind == "autocomplete":
        fmt = it.get("fmt") or rng.choice(["squid", "clf"])
        lines = []
        for p in it["payload"]:
            ctype = "application/json" if it["engine"] != "google" else "text/javascript"
            lines.append(proxy_line(fmt, ac_url(p, it["engine"]), t, user, cip, ctype=ctype))
            t = t + dt.timedelta(milliseconds=rng.randrange(350, 2600))
        return fmt, {"lines": lines}
    if kind == "dns":
        fmt = it.get("fmt") or DNS_FMTS[rng.randrange(len(DNS_FMTS))]
        line = dns_line(fmt, it["payload"], t, cip, user)
        return ("squid" if fmt == "squid-sni" else fmt), {"line": line}
    site = rng.choice(SITES) if rng.random() < 0.6 else None
    device = rng.choice(DEVICES)
    if kind in ("chat", "split"):
        app = it.get("app") or rng.choice(list(APPS))
        process, titles = APPS[app]
        title = rng.choice(titles)
        if kind == "chat":
            return "endpoint", {"line": ep_event(t, device, user, site, "text_capture", process, title,
                                                 text=it["payload"])}
        lines = []
        for frag in it["payload"]:
            lines.append(ep_event(t, device, user, site, "text_capture", process, title, text=frag))
            t = t + dt.timedelta(seconds=rng.randrange(1, 21), milliseconds=rng.randrange(1000))
        return "endpoint", {"lines": lines}
    if kind == "title":
        return "endpoint", {"line": ep_event(t, device, user, site, "window_title", it["process"],
                                             it["payload"])}
    if kind == "visit":
        url, title = it["payload"]
        return "endpoint", {"line": ep_event(t, device, user, site, "url_visit", "chrome.exe", title,
                                             url=url)}
    raise ValueError(kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                        "heldout.jsonl"))
    args = ap.parse_args()

    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        fmt, body = render(it)
        rec = {"id": "h%04d" % n, "format": fmt}
        rec.update(body)
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append((rec, it))

    with open(args.out, "w", encoding="utf-8") as fh:
        for rec, _ in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- summary ------------------------------------------------------------
    n = len(out)
    neg = sum(1 for r, _ in out if not r["expect"])
    pos = n - neg
    per_cat = collections.Counter(e["category"] for r, _ in out for e in r["expect"])
    per_fmt = collections.Counter(r["format"] for r, _ in out)
    disguised = sum(1 for r, it in out if r["expect"] and it["disguised"])
    splits_pos = sum(1 for r, it in out if it["kind"] == "split" and r["expect"])
    splits_neg = sum(1 for r, it in out if it["kind"] == "split" and not r["expect"])
    acs = collections.Counter("pos" if r["expect"] else "neg" for r, it in out if it["kind"] == "autocomplete")
    print("wrote %s" % args.out)
    print("items %d, negatives %d (%.1f%%), positives %d" % (n, neg, 100.0 * neg / n, pos))
    print("disguised positives %d (%.1f%% of positives)" % (disguised, 100.0 * disguised / pos))
    print("split-keystroke streams: %d positive, %d negative" % (splits_pos, splits_neg))
    print("autocomplete streams: %d positive, %d negative" % (acs["pos"], acs["neg"]))
    print("positives per category:")
    for c, k in sorted(per_cat.items(), key=lambda x: (-x[1], x[0])):
        print("  %-16s %3d" % (c, k))
    print("items per format:")
    for f, k in sorted(per_fmt.items(), key=lambda x: (-x[1], x[0])):
        print("  %-12s %3d" % (f, k))


if __name__ == "__main__":
    sys.exit(main())
