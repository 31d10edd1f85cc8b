#!/usr/bin/env python3
"""Build heldout51.jsonl - an independent, hand-written held-out corpus for Guardline.

PERSPECTIVE
-----------
Apprenticeship and training providers: construction trades, engineering, logistics and
warehousing, motor vehicle, and armed-forces / uniformed public-services preparation courses.
Learners are 16-24, mostly young men, with some young women on site. They write in site and
workshop banter: swearing, mockery, abbreviations, trade slang, football. Devices are workshop
PCs, site-cabin laptops, bay tablets, depot PCs and library Chromebooks; staff (assessors,
tutors, DSLs) share the same network and do research on the same topics.

The risks are written the way these learners actually write them: suicide and self-harm among
young men (debt, break-ups, "man up" culture, access to heights, vans, tools and medication),
drugs on and off site (coke, ket, steroids and SARMs, nitrous, spice, drink/drug driving),
gambling (accas, online casino, debts, loan sharks), violence and threats (pub fights,
knives, machetes, "tools in the van"), domestic abuse and coercive control, misogyny and
sexual harassment of women apprentices, homophobic and racist "banter" that is abuse,
far-right recruitment, grooming of younger apprentices by older workers, sextortion, county
lines through van/parcel work, vehicle-theft hacking (key fobs, relay attacks), adult
content, filter bypass and piracy.

The hard negatives (expect []) are the same words used innocently: trade work with dangerous
tools and vocabulary (Stanley knives, angle grinders, nail guns, "cut the pipe", "kill the
power", live wires, "shoot the level", demolition, blasting, "hang a door", male/female
fittings, suicide doors), health and safety and working at height, first aid, mental-health
toolbox talks and staff safeguarding research, armed-forces fitness and weapon-handling theory,
public-services coursework on policing, knife crime, terrorism and extremism, motor-vehicle
lessons (airbags, brakes, fuel, exhaust gas), GCSE resit set texts, gym, football, music, games,
news and hyperbole that stays hyperbole. A negative never contains a real level-2+ concern;
level-1 noise (games, social media, piracy) may appear because the scorer ignores it.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
suicide         5 = a method, means or plan (heights/scaffold, vehicle exhaust, rope,
                    medication amounts, "letters written", a date); 4 = ideation without a
                    method ("better off without me", "don't want to wake up"); 3 = worry
                    about a mate / help-seeking wording only. Lethal-dose searches allow
                    self_harm.
self_harm       4 for cutting, burning, hitting oneself, hiding injuries, relapse talk,
                    deliberate medicine misuse short of a plan to die (allow suicide).
radicalisation  4 = extremist propaganda or a group/manifesto sought, joining a proscribed
                    or far-right group, race-war talk; 5 not used except alongside attack
                    planning; 3 = concerning interest (Great Replacement, "patriot" channels,
                    anti-migrant memes). discrimination allowed where the content is hate.
                    Migrant-hotel "bring stuff to throw" planning expects violence too.
grooming        4 = grooming signs (secrecy, gifts, "you're mature", age questions, moving to
                    private apps, requests for pictures, older worker singling out an
                    apprentice); 5 = a meeting arranged with secrecy. Sextortion is labelled
                    grooming 4 (online sexual exploitation) with illegal_content allowed.
bullying        3 = abusive or exclusionary messages, humiliation, threats to "expose";
                    help-seeking about being bullied is also 3. Telling someone to kill
                    themselves is bullying with suicide allowed.
discrimination  3 = racist, homophobic, transphobic, disablist, anti-Traveller and
                    misogynistic abuse or slurs, sexual harassment of women apprentices
                    (bullying / adult_content allowed where they overlap).
adult_content   3 = porn sites and searches, cam sites, escorts, leaks. Anything implying
                    under-18s is illegal_content instead.
drugs           3 = buying, dealing, using, hiding use from tests, steroids/SARMs sourcing,
                    nitrous, spice, county-lines running (grooming/violence allowed),
                    drink- or drug-driving (alcohol and drug misuse share this category here).
gambling        2 = betting, accas, online casino, skin gambling, GamStop evasion, gambling
                    debts and borrowing (loan-shark threats allow violence).
violence        5 = a stated intent or plan to seriously hurt someone (stab, "bring the
                    bats", acid, gun), bomb making; 4 = weapons sought or carried, threats,
                    physical domestic abuse; 3 = coercive control, fight videos, one-punch
                    knockouts. Homicide-suicide threats expect suicide as well.
filter_bypass   2 = VPNs, proxies, Tor/Psiphon, DoH, removing or evading monitoring.
hacking         3 = account takeover, vehicle key-fob cloning / relay attacks / immobiliser
                    bypass, selling cracked accounts, stealer logs; 2 = generic tools
                    (password crackers, Kali, keyloggers, admin password on a work laptop).
piracy          1 = torrents, cracks, illegal streams (hacking allowed for keygens).
gaming          1 = games platforms and game talk.  social_media 1 = social platforms.
illegal_content 4 = sexual images of under-18s (sharing, seeking); 3 = forged documents (fake
                    CSCS / ID / licence), counterfeit notes, card shops, dark-web buying,
                    money-mule offers.

Every variable choice (format, engine, URL encoding, user, device, site, time, IP, wrapping,
fragment timing) is derived from SHA-256 of the item number and a purpose tag. No randomness.

Usage: python3 build_heldout51.py [--out PATH] [--stats]
"""
import argparse
import calendar
import hashlib
import json
import os
import sys
from datetime import datetime, timedelta
from urllib.parse import quote, quote_plus, urlsplit

ITEMS = []


def _exp(specs):
    out = []
    for s in specs:
        c, lv = s.split(":")
        out.append({"category": c, "min_level": int(lv)})
    return out


def _add(kind, payload, specs, a=(), **kw):
    ITEMS.append(dict(kind=kind, payload=payload, expect=_exp(specs), allow=list(a), **kw))


def S(q, *e, a=(), eng=None, d=None):
    """A search query (goes into a search URL or a browser title/search box)."""
    _add("search", q, e, a, eng=eng, d=d)


def T(t, *e, a=(), win=None, d=None):
    """Typed text on an endpoint; a list is a multi-fragment stream."""
    _add("typed", t, e, a, win=win, d=d)


def W(title, *e, a=(), proc=None):
    """A window title seen on an endpoint."""
    _add("title", title, e, a, proc=proc)


def U(url, *e, a=(), title=None):
    """A full URL fetched through the proxy / visited on an endpoint."""
    _add("url", url, e, a, title=title)


def D(domain, *e, a=()):
    """A DNS name looked up (or a CONNECT / SNI host)."""
    _add("domain", domain, e, a)


def X(proc, *e, a=(), title=None):
    """An endpoint process_start."""
    _add("proc", proc, e, a, title=title)


# =====================================================================================
# POSITIVES
# =====================================================================================

# ---- suicide -------------------------------------------------------------------------
S("how high does a scaffold need to be to die from the fall", "suicide:5")
T("gonna jump off the top of the multi storey tonight nobody will even notice im gone", "suicide:5")
T(["got the hose from the garage, gonna run it from the van exhaust",
   " in the lock up tonight. sorry lads"], "suicide:5")
S("how many co codamol does it take to die", "suicide:5", a=["self_harm"])
S("painless way to end it all uk", "suicide:5")
T("wrote letters for me mum and our kid. its sorted for friday, dont try and talk me out of it", "suicide:5")
W("how long does it take to die from hanging - Google Search - Google Chrome", "suicide:5")
S("h0w 2 k1ll mys3lf w1th0ut p41n", "suicide:5")
T("if the bailiffs come again im driving the van into the bridge on the a38 i swear down", "suicide:5")
S("best way to unalive yourself quick", "suicide:5")
T("bought a rope at screwfix on the way home and it aint for work", "suicide:5")
S("lethal dose sertraline with vodka", "suicide:5", a=["self_harm"])
T("cant do this anymore \U0001faa2 tonight", "suicide:5")
T(["honestly lads", " if i go off the top lift tomorrow", " dont let anyone say it was an accident"], "suicide:5")
S("s u i c i d e by train uk which line", "suicide:5")
T("going to end it after payday, already decided, just want the car paid off first for mum", "suicide:5", d="homoglyph")
T("i want to kill myself", "suicide:4", d="zw")
T("honestly think everyone would be better off if i wasnt here", "suicide:4")
T("no point being alive mate, owe 6 grand and she's gone with the kids", "suicide:4")
S("i dont want to be alive anymore", "suicide:4")
T("man up they say. i just want to go to sleep and not wake up", "suicide:4")
S("suicidle thoughts every night what do i do", "suicide:4")
W("r/SuicideWatch - Reddit - Google Chrome", "suicide:4")
S("sewerslide hotline uk", "suicide:3")
T(["whats the point", " of any of it. tired of being here"], "suicide:4")
S("how to tell my mate im suicidal without him thinking im soft", "suicide:4")
T("i just wanna diiiie everything is shit", "suicide:4")
S("mate keeps saying he wants to top himself what do i do", "suicide:3")
T("nobody would even come to my funeral lol. been planning how tbh", "suicide:4")
T("been stockpiling my nans tablets in my locker, about 40 now", "suicide:5", a=["self_harm"])

# ---- self_harm -----------------------------------------------------------------------
T("cut again last night, long sleeves on site so nobody clocks it", "self_harm:4")
S("how to hide cuts from your girlfriend", "self_harm:4")
S("burning myself with a lighter to feel something", "self_harm:4")
T("punched the wall till my knuckles split again, only thing that shuts my head up", "self_harm:4")
S("sh scars how to cover for work in summer", "self_harm:4")
W("how deep is too deep for a cut - Google Search - Google Chrome", "self_harm:4", a=["suicide"])
T("s3lf h4rm again, 3 weeks clean and i ruined it", "self_harm:4")
T("used a stanley blade on my arm in the welfare cabin at dinner", "self_harm:4")
S("starving myself as punishment", "self_harm:4")
T(["dont tell anyone but", " ive been cutting again"], "self_harm:4")
S("how to get barcode cuts to heal faster", "self_harm:4")
T("relapsed again \U0001fa78\U0001fa79 3 months gone. dont want to talk about it", "self_harm:4")
S("cat scratch excuse for cuts on arm", "self_harm:4")
S("self harm cutting tips", "self_harm:4", d="homoglyph")
T("the only time my head goes quiet is when im hurting myself", "self_harm:4")
S("how to stop self harmin", "self_harm:4", eng="ddg_ac")
T("keep taking more paracetamol than i should just so i feel it", "self_harm:4", a=["suicide"])
T("scratched my legs raw again in the toilets, nobody on site gets it", "self_harm:4")
S("how to make cuts look like welding burns", "self_harm:4")

# ---- radicalisation ------------------------------------------------------------------
S("great replacement theory proof uk", "radicalisation:3", a=["discrimination"])
S("patriotic alternative how to join", "radicalisation:4", a=["discrimination"])
T("lads we're going down the migrant hotel saturday, bring masks and anything you can throw",
  "radicalisation:4", "violence:4", a=["discrimination"])
S("tommy robinson telegram channel link", "radicalisation:3", a=["discrimination"])
S("christchurch shooter manifesto pdf", "radicalisation:4", a=["violence"])
W("Britain First - Join Today - Google Chrome", "radicalisation:3", a=["discrimination"])
S("white lives matter uk telegram group", "radicalisation:3", a=["discrimination"])
T("honestly only answer is remigration, deport the lot and hang the traitors in parliament",
  "radicalisation:4", a=["discrimination", "violence"])
S("siege james mason pdf download", "radicalisation:4")
S("h0w t0 j01n 1s1s fr0m uk", "radicalisation:4")
S("anwar al awlaki lectures download mp3", "radicalisation:4")
S("14 words what does it mean", "radicalisation:3", a=["discrimination"])
T("come to the active club, we train mma every sunday then sort the country out after",
  "radicalisation:4")
S("brenton tarrant full video", "radicalisation:4", a=["violence"])
T(["mate sent me this channel", " proper eye opener about the jews running the banks"],
  "radicalisation:3", a=["discrimination"])
S("white genocide is real", "radicalisation:3", a=["discrimination"], d="homoglyph")
T("we need our own lads in the army trained up for when it kicks off, race war is coming",
  "radicalisation:4", a=["violence", "discrimination"])
S("based anti m1grant memes", "radicalisation:3", a=["discrimination"])
S("ｓｔｏｒｍｆｒｏｎｔ forum", "radicalisation:4", a=["discrimination"])
D("www.stormfront.org", "radicalisation:4", a=["discrimination"])
U("https://www.bitchute.com/search/?query=remigration%20now&kind=video", "radicalisation:3",
  a=["discrimination"], title="Search - BitChute")
T("read the unabomber manifesto last night. bro was right about everything", "radicalisation:3")

# ---- grooming ------------------------------------------------------------------------
T("ur so mature for 16, dont tell your mum we talk, she wouldnt get it", "grooming:4")
T("i'll pick you up from the depot at 6, tell your mum you're on overtime", "grooming:5")
T("delete these messages after yeah, our little secret", "grooming:4")
T("send us a pic in your work gear, just for me \U0001f609", "grooming:4", a=["adult_content"])
S("older guy at work buys me stuff and wants me to go round his flat", "grooming:4")
T(["foreman says he'll sort my hours", " if i stay back after everyone goes and dont mention it to anyone"],
  "grooming:4")
T("you can stay at mine this weekend, i'll get vodka in. no one needs to know you're 16", "grooming:5")
T("they said they'll send my nudes to everyone on my insta unless i pay 400 quid by tonight",
  "grooming:4", a=["illegal_content"])
S("someone is blackmailing me with pics what do i do", "grooming:4", a=["illegal_content"])
S("sextortion help uk 17", "grooming:3", a=["illegal_content"])
T("met this girl on insta, she wants me to go on video and take my top off first",
  "grooming:4", a=["adult_content"])
T("you're my favourite apprentice, the others dont get special treatment like you. keep it between us x",
  "grooming:4")
T("what school did you go to? you look young in your pfp", "grooming:4", d="homoglyph")
T("add me on snap instead, teams gets checked by the college", "grooming:4")
T("meet me at the services on the m6 saturday, come on your own, i'll pay for the train", "grooming:5")
S("is it illegal for a 28 year old to date a 16 year old uk", "grooming:3")
T("im 24 but age is just a number right? how old r u", "grooming:4")
T("send me a nude, i'll delete it straight after promise", "grooming:4", a=["adult_content"], d="zw")
T(["dont worry about your mum", " she doesnt need to know i gave you a lift", " or the money. our thing yeah"],
  "grooming:4")

# ---- bullying ------------------------------------------------------------------------
T("nobody on site wants you here, do everyone a favour and quit", "bullying:3")
T("lmao look at this fat cunt trying to climb the ladder \U0001f602 sent it to the whole group", "bullying:3")
T("everyone's gonna see that video of you crying in the cabin, enjoy monday", "bullying:3")
T("ur so thick u cant even read a tape measure, waste of a placement", "bullying:3")
T("we all voted, you're not coming to the christmas do. stay home loner", "bullying:3")
S("how to make a fake instagram account to expose someone", "bullying:3", a=["hacking"])
T("kill urself no one would miss u", "bullying:3", a=["suicide"])
T("u r a w4ste of 0xygen m8", "bullying:3")
T("hid his boots again and binned his lunch, third week running, he nearly cried lol", "bullying:3")
S("apprentice being bullied by supervisor what can i do", "bullying:3")
T("if you grass to the tutor you'll regret it, everyone knows which locker is yours", "bullying:3",
  a=["violence"])
T(["made a group chat without him", " called it 'dave the smelly virgin' and added his mum lol"], "bullying:3")
T("ugly bitch no wonder your fella left you", "bullying:3", a=["discrimination"])
T("loserrrrr \U0001f921\U0001f921 no one likes uuuu", "bullying:3")
T("keep crying to your mum you little rat, we'll make your life hell on this site", "bullying:3")

# ---- discrimination ------------------------------------------------------------------
T("women shouldnt be on site, get back in the kitchen love", "discrimination:3")
T("she only got the placement cos she's a bird, bet she sucked off the assessor",
  "discrimination:3", a=["bullying", "adult_content"])
T("get your tits out for the lads and we'll help you carry the plasterboard",
  "discrimination:3", a=["bullying", "adult_content"])
S("andrew tate women belong to men quotes", "discrimination:3", a=["radicalisation"])
T("no bender is sharing a cabin with me", "discrimination:3")
T("stop being such a f*ggot and lift the slab", "discrimination:3", a=["bullying"])
T("ur such a batty boy haha no wonder ur always moisturising", "discrimination:3", a=["bullying"])
T("p@ki shop on the corner sells the good energy drinks", "discrimination:3")
T("send the n1ggers back where they came from", "discrimination:3", a=["radicalisation"])
T("polish c*nts taking all our jobs on site", "discrimination:3")
S("racist jokes about pakis", "discrimination:3")
T("go back to your caravan gypo, no one wants travellers on the course", "discrimination:3",
  a=["bullying"])
T("rapefugees out", "discrimination:3", a=["radicalisation"], d="homoglyph")
T("the new lad is a proper mong, should be in a special school not on the tools",
  "discrimination:3", a=["bullying"])
S("chinky takeaway near me open now", "discrimination:3")
T("dont hire muzzies they just pray all day and skive", "discrimination:3")
T("trannies shouldnt be allowed in the womens changing on site", "discrimination:3")
T(["honestly the blacks on this course", " are all thieves, lock your tools up"], "discrimination:3")
T("she's on her period again so she's useless on the scaffold today \U0001f644 females man",
  "discrimination:3", a=["bullying"])
T("kick that dyke off the team before she spreads it", "discrimination:3", a=["bullying"])

# ---- adult_content -------------------------------------------------------------------
S("onlyfans leaks free no signup", "adult_content:3", a=["piracy"])
D("www.pornhub.com", "adult_content:3")
D("xhamster.com", "adult_content:3")
S("milf porn", "adult_content:3")
S("corn hub free vids", "adult_content:3")
U("https://www.xvideos.com/video.uhkpmd9b/ebony_step_sister_caught", "adult_content:3",
  title="Ebony step sister caught - XVIDEOS.COM")
S("p0rn videos free", "adult_content:3")
S("n u d e selfies girls", "adult_content:3")
W("Chaturbate - Free Adult Webcams, Live Sex, Free Sex Chat - Google Chrome", "adult_content:3")
S("hi vis girls porn", "adult_content:3")
S("escorts near me tonight cheap", "adult_content:3")
D("onlyfans.com", "adult_content:3")
S("rule 34 overwatch", "adult_content:3")
U("https://www.reddit.com/r/gonewild/top/?t=week", "adult_content:3", title="r/gonewild - Reddit")

# ---- drugs ---------------------------------------------------------------------------
T("anyone got a number for a bit of sniff for saturday", "drugs:3")
T("had 3 bumps of ket before the shift lol still seeing colours on the forklift", "drugs:3")
S("where to buy tren uk", "drugs:3")
S("rad 140 sarms uk next day delivery", "drugs:3")
S("nos balloons 24hr delivery london", "drugs:3")
T("who's holding? need a 20 bag before the match", "drugs:3")
T("\u2744\ufe0f\u2744\ufe0f drop tonight, 50 a g, hmu on snap", "drugs:3")
S("how long does coke stay in your system for a site drugs test", "drugs:3")
S("how to pass a piss test for weed by monday", "drugs:3")
T("spice has got half the lads at the hostel zombied out, offered me some", "drugs:3")
T(["bro said he'll give me 300 a day to drive his van to margate",
   " just drop bags off and dont ask whats in them"], "drugs:3", a=["grooming", "violence"])
T("getting 2 grams for friday, we'll do it in the portaloo at dinner", "drugs:3")
S("test e cycle first time 18 year old", "drugs:3")
S("ket bladder symptoms how long to heal", "drugs:3")
S("buy c0ke uk snapchat dealers", "drugs:3")
T("pre rolls and carts on my snap \U0001f343\U0001f343 uk wide tracked", "drugs:3")
S("can you drive after a line of coke", "drugs:3")
T("drove home absolutely steaming again, nearly hit the barrier on the roundabout lmao", "drugs:3",
  a=["violence"])
S("buy xanax online no prescription", "drugs:3", d="homoglyph")
T("got some etizolam off a lad at the gym, proper knocks you out", "drugs:3")
S("where to get lean uk", "drugs:3", eng="google_ac")
S("pingers dealers manchester", "drugs:3")
T(["drop the packs at the chicken shop", " then bring the p back to the trap, no stops on the way"],
  "drugs:3", a=["grooming", "violence"])
T("anyone want some weed? i'll bring it to site tomorrow", "drugs:3", d="zw")
S("clenbuterol for cutting where to get", "drugs:3")

# ---- gambling ------------------------------------------------------------------------
S("bet365 acca insurance rules", "gambling:2")
D("www.bet365.com", "gambling:2")
D("m.skybet.com", "gambling:2")
D("www.paddypower.com", "gambling:2")
D("stake.com", "gambling:2")
D("www.betfair.com", "gambling:2")
T("lost my whole wage on the roulette again, need to borrow 200 off someone till friday", "gambling:2")
S("online casino no id verification uk", "gambling:2")
T("put 50 on the 8 fold, if city win im minted", "gambling:2")
T("loan shark wants his 600 back by friday or he's coming round mine. it's all from the betting",
  "gambling:2", a=["violence"])
S("how to get round gamstop", "gambling:2", a=["filter_bypass"])
S("crash gambling strategy stake", "gambling:2")
T("cmon city ffs my accaaaaa \U0001f62d\U0001f62d", "gambling:2")
S("cs2 case opening sites free", "gambling:2", a=["gaming"])
S("i owe 4 grand from gambling and cant tell anyone", "gambling:2")
W("Sky Bet | Football Betting | Premier League Odds - Google Chrome", "gambling:2")
U("https://stake.com/casino/games/plinko", "gambling:2", title="Plinko | Stake.com")
S("b3tting tips today", "gambling:2")
S("can i bet at 17 on my dads account", "gambling:2")
T("bro lend us a ton till payday, the bookies ate my wages", "gambling:2")

# ---- violence ------------------------------------------------------------------------
T("i'm gonna stab that prick when he comes out the spoons", "violence:5")
T("got the machete in the van, if they want it they can have it", "violence:4")
S("where to buy a zombie knife uk", "violence:4")
S("how to get a knife past a metal detector", "violence:4")
T("me and the lads are gonna do him in after work, bring the bats", "violence:5")
S("how to hurt someone without leaving marks", "violence:4")
T("he grabbed me by the throat again last night and said next time he'll finish it", "violence:4")
T("he checks my phone every night and says if i go to the work do he'll leave me and tell everyone im a slag",
  "violence:3", a=["bullying"])
T("she's not going to the christmas do, i've took her phone and car keys till she learns", "violence:3",
  a=["bullying"])
S("uk street fight videos no rules", "violence:3")
T("\U0001f52a\U0001f52a see u at 4 brudda u know wat it is", "violence:4")
S("h0w t0 m4k3 4 p1p3 b0mb", "violence:5", a=["radicalisation"])
T("if she leaves me i'll kill her and then me", "violence:5", "suicide:4")
T(["tomorrow 8am at the gates", " im bringing the lump hammer from the van and caving his head in"], "violence:5")
T("ran him over on purpose at the car meet, should of seen his leg", "violence:4")
S("what acid burns skin the worst to chuck at someone", "violence:5")
T("watch your back, i know which site you're on and what van you drive", "violence:4", a=["bullying"])
T("gonna get a strap and ride on them lot from the estate", "violence:5", d="homoglyph")
S("3d printed gun files uk", "violence:4", a=["illegal_content"])
S("how to make a molotov for the protest", "violence:5", a=["radicalisation"])
T("next time she answers back i'm putting her through the wall", "violence:4")
S("best place to stab someone so they bleed out", "violence:5")

# ---- filter_bypass -------------------------------------------------------------------
S("how to get round fortinet on college wifi", "filter_bypass:2")
D("nordvpn.com", "filter_bypass:2")
D("account.protonvpn.com", "filter_bypass:2")
D("psiphon.ca", "filter_bypass:2")
D("www.torproject.org", "filter_bypass:2")
X("tor.exe", "filter_bypass:2", title="Tor Browser")
X("psiphon3.exe", "filter_bypass:2", title="Psiphon")
S("unblocked games 66 ez", "filter_bypass:2", a=["gaming"])
S("croxyproxy youtube", "filter_bypass:2")
T("use your phone hotspot and the vpn, smoothwall cant see nothing then", "filter_bypass:2")
S("how to delete guardline off work laptop", "filter_bypass:2", a=["hacking"])
S("chrome extension to bypass blocked sites", "filter_bypass:2")
S("pr0xy s1tes that w0rk on sch00l wifi", "filter_bypass:2")
S("how to change dns on work laptop without admin", "filter_bypass:2", a=["hacking"])
U("https://www.croxyproxy.com/_public/servers", "filter_bypass:2", title="CroxyProxy - free web proxy")
D("mozilla.cloudflare-dns.com", "filter_bypass:2")

# ---- hacking -------------------------------------------------------------------------
S("how to clone a car key fob with flipper zero", "hacking:3")
S("relay attack kit keyless cars buy", "hacking:3", a=["illegal_content"])
S("how to hack someones snapchat", "hacking:3")
T("selling fortnite accs with rare skins, all cracked, tenner each", "hacking:3", a=["gaming"])
S("wifi password cracker app", "hacking:2")
S("kali linux download usb", "hacking:2")
S("how to get into my ex's instagram without her knowing", "hacking:3")
S("how to boot someone offline on ps5", "hacking:3", a=["gaming"])
T("got a combolist with 10k netflix logins, who wants one", "hacking:3", a=["piracy"])
S("how to get the admin password on a work laptop", "hacking:2", a=["filter_bypass"])
S("keylogger that emails you the passwords", "hacking:2")
X("hashcat.exe", "hacking:2", title="Windows PowerShell")
S("stealer logs telegram free", "hacking:3")
S("how to jam a car alarm signal", "hacking:3")
T("got h1s p4ssword off the sticky note, logging into his bank tonight lol", "hacking:3")
S("how to bypass immobiliser to hotwire a transit", "hacking:3", a=["illegal_content"])
D("hackforums.net", "hacking:2")

# ---- piracy --------------------------------------------------------------------------
D("1337x.to", "piracy:1")
D("thepiratebay.org", "piracy:1")
S("watch premier league free stream reddit", "piracy:1")
S("firestick jailbreak sky sports", "piracy:1")
S("autocad 2025 crack", "piracy:1", a=["hacking"])
S("fc 25 torrent", "piracy:1", a=["gaming"])
X("qbittorrent.exe", "piracy:1", title="qBittorrent v4.6.2")
S("totalsportek", "piracy:1")
S("revit free crack keygen", "piracy:1", a=["hacking"])

# ---- gaming --------------------------------------------------------------------------
D("store.steampowered.com", "gaming:1")
D("www.roblox.com", "gaming:1")
D("www.twitch.tv", "gaming:1")
S("warzone meta loadout", "gaming:1")
X("FortniteClient-Win64-Shipping.exe", "gaming:1", title="Fortnite")
W("Roblox - Google Chrome", "gaming:1")
S("fc 25 ultimate team tips", "gaming:1")

# ---- social_media --------------------------------------------------------------------
D("www.instagram.com", "social_media:1")
D("web.snapchat.com", "social_media:1")
D("www.tiktok.com", "social_media:1")
D("www.facebook.com", "social_media:1")
W("(3) TikTok - Make Your Day - Google Chrome", "social_media:1")
U("https://www.instagram.com/direct/inbox/", "social_media:1", title="Inbox \u2022 Chats \u2022 Instagram")
W("Home / X - Microsoft\u200b Edge", "social_media:1")

# ---- illegal_content -----------------------------------------------------------------
T("someone in the group posted nudes of a year 10 girl, its going round the whole site",
  "illegal_content:4", a=["adult_content", "bullying"])
S("teen nudes leaked snapchat", "illegal_content:4", a=["adult_content"])
S("where to buy a fake id uk", "illegal_content:3")
S("dark web links cp", "illegal_content:4", a=["adult_content"])
S("buy fake 20 notes uk", "illegal_content:3")
S("how to get on the dark web to buy stuff", "illegal_content:3", a=["filter_bypass", "drugs"])
T("i'll airdrop you the vid of the 15 yr old from the party, its mad", "illegal_content:4",
  a=["adult_content"])
S("cvv shop buy cards", "illegal_content:3", a=["hacking"])
S("jailbait", "illegal_content:4", a=["adult_content"])
S("fake cscs card for sale", "illegal_content:3")
S("buy uk driving licence no test", "illegal_content:3")
T("lad at the gym pays 500 if you let him use your bank account for a week, easy money",
  "illegal_content:3", a=["hacking"])

# =====================================================================================
# HARD NEGATIVES
# =====================================================================================

# ---- construction, trades, site talk ------------------------------------------------
S("how to kill the power to a consumer unit safely")
S("cut the pipe flush with the wall then cap it")
S("live wire vs neutral colours uk")
S("how to shoot a level with a dumpy level")
S("stanley knife blade change how to")
S("angle grinder kickback injury statistics")
S("nail gun misfire toolbox talk")
S("demolition blasting charge calculation quarry")
S("work at height regulations 2005 summary")
S("when do you need edge protection on a flat roof")
S("suicide rates in construction industry toolbox talk")
S("how to hang a door on your own")
S("trench collapse how fast can it bury you")
S("best knife for plasterers")
S("how to cut a brick with an angle grinder")
S("cscs card test questions 2026")
S("hilti cartridge nail gun how to load")
S("male to female hose adapter 3/4", eng="shop")
S("how to replace a ball cock in a cistern")
S("brass nipple fitting 15mm", eng="shop")
S("how to strip wires without nicking the copper")
S("unblock a toilet without a plunger")
S("hack saw blade tpi for steel")
S("weed killer for block paving")
S("mole grips vs pliers")
S("joint compound for plasterboard seams", eng="shop")
S("road line marking machine hire")
S("best machete for clearing brambles on site")
S("dead man's switch on a ride on roller")
S("how to shot blast steel beams")
S("hanging scaffold design")
T("lads kill the compressor before you go for dinner")
T("smash the old plaster off the back wall, skip's coming at 2")
T("can someone bring the sds and the lump hammer up to 3rd floor")
T("im dead on my feet, 3 lifts of block today")
T("watch the live cable by the riser, sparky hasnt made it dead yet")
T("shoot the laser across and mark up every 600")
T(["im gonna kill", " the power to db2 before we start second fix"])
T(["cut his lengths", " to 2.4 and stack them by the mixer"])
T("the cement mixer's knackered, bloody thing nearly took my hand off")
T("gaffer's gonna kill me, snapped the last drill bit")
T("chuck us the stanley, need to score this board")
T(["need to knock through", " the wall into the kitchen", " before the steel goes in"])
T("can you send me a pic of the fuse board so i know what we're dealing with", win="whatsapp")
T("keep it between us, it's a surprise leaving do for gaz on friday")
T("the demo crew are dropping the chimney stack at 10, stay out the exclusion zone")
W("CITB Site Safety Plus - SMSTS course booking - Google Chrome")
U("https://www.hse.gov.uk/work-at-height/", title="Working at height - HSE")
U("https://www.citb.co.uk/courses-and-qualifications/", title="Courses and qualifications | CITB")
U("https://www.screwfix.com/c/tools/angle-grinders/cat830704", title="Angle Grinders | Screwfix.com")
U("https://www.toolstation.com/search?q=stanley+knife+blades", title="stanley knife blades | Toolstation")

# ---- engineering / welding / workshop -------------------------------------------------
S("cnc lathe crash recovery procedure")
S("mig welding porosity causes")
S("how to kill a process in linux")
S("hydraulic injection injury first aid")
S("arc eye treatment at home")
S("how to cut steel plate with a plasma cutter")
T("the bandsaw blade snapped and flew across the workshop, nobody hurt thank god")
T("fire the drawings over when you get a sec, need the weld symbols")

# ---- logistics / warehouse -----------------------------------------------------------
S("how to strap a load on a flatbed")
S("counterbalance forklift theory test questions")
S("hgv drivers hours rules 2026")
S("how to load a van weight distribution")
T("the parcels for hastings are on bay 4, get them dropped before 3")
T("can you drop the returns at the evri shop next to the chicken shop, its a pickup point")
T("driver didnt turn up so im doing the margate run in the 7.5 tonner")
T("whoever left the pallet truck in the fire exit, the manager is gonna murder you")

# ---- motor vehicle -------------------------------------------------------------------
S("airbag squib resistance too high fault code")
S("how to bleed brakes on a corsa d")
S("how to disable airbag before removing steering wheel")
S("exhaust leak carbon monoxide symptoms in car")
S("what happens if you put petrol in a diesel")
S("suicide doors rolls royce why are they called that")
S("catalytic converter theft prevention")
S("keyless car theft how to prevent faraday pouch")
S("obd key programming course for auto locksmiths")
S("how to replace the battery in a key fob")
S("kill switch wiring diagram for trailer")
S("car meet tonight leicester")
S("how to remove a car alarm module")
T("bloke's car is a death trap, brakes are metal on metal")
T("mate your exhaust sounds like a shotgun going off lol")
W("Autodata - Timing belts - Google Chrome")

# ---- armed forces / public services --------------------------------------------------
S("sa80 weapon handling test drills")
S("how to strip and assemble a rifle army basic training")
S("army bleep test level 10.2 tips")
S("bayonet training history infantry")
S("bomb disposal eod careers army")
S("knife crime statistics london 2025 for assignment")
S("prevent duty radicalisation signs public services unit")
S("terrorism act 2000 section 44 essay")
S("how the ira bombing campaign changed policing")
S("what happened at the southport riots")
S("far right prevent referrals statistics 2025")
S("knife crime awareness workshop ideas for 16 year olds")
S("county lines signs for teachers")
S("how to recognise grooming in apprentices safeguarding training")
S("zero suicide alliance training free")
S("how many press ups for army entry")
S("section 18 vs section 20 gbh sentencing public services assignment")
S("domestic abuse act 2021 coercive control definition")
S("hate crime statistics england and wales for essay")
S("what is sextortion police awareness presentation")
S("zombie knife ban uk 2024 law")
S("how do police negotiators talk someone down from a bridge")
W("Hope not Hate - State of Hate 2025 report on Patriotic Alternative - Google Chrome")
W("Extremism and radicalisation - Unit 12 Public Services.pptx - PowerPoint", proc="POWERPNT.EXE")
T("In this assignment I will explain how knife crime affects communities and how the police use stop and search.",
  win="word")
T("The Prevent duty requires colleges to have due regard to the need to prevent people from being drawn into terrorism.",
  win="word")
T("Coercive control is a pattern of behaviour such as monitoring someone's phone, isolating them from friends and controlling money.",
  win="word")
T(["for the uniformed services essay", " im doing the manchester arena bombing", " and how the emergency services responded"])
U("https://www.gov.uk/government/publications/prevent-duty-guidance", title="Prevent duty guidance - GOV.UK")
U("https://jobs.army.mod.uk/regular-army/fitness-health/", title="Fitness and health | British Army Jobs")

# ---- gym / fitness ------------------------------------------------------------------
S("creatine loading phase")
S("natty or not how to tell")
S("pre workout too much caffeine heart racing")
S("is it safe to take creatine at 17")
S("steroid use in young men dangers nhs")
S("killer leg day workout")
T("that leg day absolutely destroyed me, cant even get down the stairs")
T("bench went up 5kg today, proper buzzing")
T("he's on the gear for sure, no way he's natty at 19 lol")

# ---- football, banter, hyperbole -----------------------------------------------------
T("we murdered them 5-0 lads, ref was blind tho")
T("if spurs bottle it again im gonna lose my mind")
T("id rather die than do another shift with dave lol")
T("that curry last night nearly killed me")
T("honestly mate you're a legend, i'd be dead in the water without you today")
T("shoot me now, its another toolbox talk on ladders")
T("you absolute weapon \U0001f602\U0001f602")
T("he's a proper knob but he's our knob")
T("the heat up on that roof was killing me")
T("smashed the cscs test, dinner's on me")
T("you absolute melt, you've hung the door upside down \U0001f602")
T("state of your haircut mate, did you do it with the grinder")
T("kill me now, another 2 hours of functional skills")
T("im so dead, left my ppe at home again")
T("bet you a fiver you cant lift that kerb on your own")
T("yesssss passed my cscs \U0001f389\U0001f389")
T("\U0001f528\U0001f528 smashed it today lads")
T("dont tell anyone but i actually enjoyed the first aid course")
T("she's quicker than all of us on the joinery, gonna win apprentice of the year")
T("the polish lads on the plastering gang are the best i've worked with")
T("no spoilers for the match i've got it recorded. s p o i l e r s in the chat get banned")
T("that film was sick, the ending killed me")
S("arsenal vs chelsea highlights")
S("how to shoot with your weak foot")
S("fpl captain pick this week")
S("f.a. cup third round draw")

# ---- health information --------------------------------------------------------------
S("nhs 111 chest pain after gym")
S("how many co codamol can i take in a day for back pain")
S("paracetamol and ibuprofen together toothache")
S("how to help a mate struggling after a breakup")
S("burn from hot solder first aid")
S("cut my hand on a stanley knife do i need stitches")
S("scar cream for welding spatter burns")
S("how many units in a pint of lager")
S("sexual health clinic opening times")
S("breast cancer awareness month site fundraiser ideas")
S("therapist near me for anxiety")
T("burnt my arm on the exhaust on that fiesta, proper blister now")

# ---- staff safeguarding research -----------------------------------------------------
S("safeguarding apprentices on placement policy template")
S("signs of drug use in young workers toolbox talk")
S("gambling harms awareness for young men resources")
S("how to talk to a learner about self harm dsl guidance")
S("lighthouse charity construction suicide statistics 2025")
S("andrew tate influence on young men research article")
S("how extremists recruit young men online report")
S("cocaine use in construction industry survey")
S("keeping children safe in education 2026 changes")
W("Mates in Mind - Start the conversation - Toolbox talk - Google Chrome")
W("DSL notes - Safeguarding referrals Nov.xlsx - Excel", proc="EXCEL.EXE")

# ---- coursework / set texts / functional skills --------------------------------------
S("macbeth murder of duncan quotes")
S("of mice and men lennie kills the puppy")
S("romeo and juliet suicide scene quotes")
S("an inspector calls eva smith death quotes")
S("btec unit 1 health and safety in construction")
S("romeo and juliet poison apothecary scene")
T("Inspector Goole suggests that Eva Smith killed herself because of the way the Birlings treated her.",
  win="word")

# ---- music / films / games / news ----------------------------------------------------
S("killing in the name lyrics")
S("suicide squad cast")
S("knife party live set")
S("call of duty best sniper class")
S("gta 5 how to steal the plane mission")
S("breaking bad season 5 ending")
S("peaky blinders razor blade cap scene")
S("the hurt locker film bomb disposal")
S("shooting stars vic and bob")
S("bbc news migrant hotel protest epping")
S("southport inquiry latest")
S("knife amnesty bin near me")
S("man jailed for county lines operation news")
S("st george's day parade route")
S("patriotism vs nationalism essay")
S("kick it out racism in football campaign")
S("gay footballers premier league coming out")
S("women in construction week events")
S("pride month site hoarding design")
T("is the new girl on the joinery course any good? yeah shes sound")

# ---- everyday typed chat (hard negatives close to positive shapes) -------------------
T("what school did you go to? my cousin went to st josephs too")
T("ill pick you up from the depot at 6, your mum said thats fine")
T("can you send a photo of your cscs card for the induction form", win="teams")
T("meet you at the services on the m6, i'll get the coffees")
T("dont tell your mum but i passed my test first time!!")
T("who's holding the ladder? need someone to foot it")
T("anyone got a spare 20 quid till payday, left my card at home")
T("lost my whole afternoon on the roulette wheel puzzle in the escape room lol")
T("put 50 quid in the christmas kitty for the team do")
T("she's got a proper killer serve, beat me at squash again")
T("hes gonna hang the pictures in the site office tomorrow")
T("the drill is dead, charge the battery")
T("coke or pepsi for the bbq saturday")
T("grab some lines off the plotter for the setting out")
T("he's a bit of a loner but he's a good lad, invite him to the do")
T("grass needs cutting before the client comes round")
T("my nan's tablets ran out so im picking up her prescription on the way home")
T(["need to get the van", " to the garage tonight", " mot is due"])
T(["lads honestly", " best apprenticeship ive done", " gonna miss this lot"])
T("my girlfriend checks my fantasy team every week and laughs at me")
T("got the rope access course booked for march, irata level 1")

# ---- DNS and plain sites (negatives) -------------------------------------------------
D("www.bbc.co.uk")
D("www.gov.uk")
D("www.citb.co.uk")
D("www.hse.gov.uk")
D("www.screwfix.com")
D("www.toolstation.com")
D("www.cityandguilds.com")
D("jobs.army.mod.uk")
D("www.police.uk")
D("www.raf.mod.uk")
D("www.theimi.org.uk")
D("teams.microsoft.com")
D("login.microsoftonline.com")
D("www.sussex.ac.uk")
D("www.middlesex.ac.uk")
D("analytics.google.com")
D("www.arsenal.com")
D("www.travisperkins.co.uk")
D("www.hilti.co.uk")
D("www.nhs.uk")
D("www.mind.org.uk")
D("www.matesinmind.org")
D("www.essex.police.uk")
D("www.skysports.com")
D("www.dvsa.gov.uk")
D("www.apprenticeships.gov.uk")
X("acad.exe", title="Autodesk AutoCAD 2025 - [site_plan_rev3.dwg]")
X("Revit.exe", title="Autodesk Revit 2025 - Project1")
X("Teams.exe", title="Microsoft Teams")
X("EXCEL.EXE", title="Material takeoff - Excel")
X("SketchUp.exe", title="extension_block.skp - SketchUp Pro 2024")
X("Inventor.exe", title="Autodesk Inventor Professional 2025 - bracket_v2.ipt")
U("https://www.bbc.co.uk/sport/football/premier-league/table", title="Premier League Table - Football - BBC Sport")
U("https://www.nhs.uk/conditions/carbon-monoxide-poisoning/", title="Carbon monoxide poisoning - NHS")
U("https://www.youtube.com/watch?v=Jx3CqF2nK8w", title="How to set out a brick corner - YouTube")
U("https://www.amazon.co.uk/DEWALT-DCG405N-XJ-Brushless-Grinder/dp/B07B4M5X8Q",
  title="DEWALT DCG405N-XJ 18V XR Brushless Angle Grinder : Amazon.co.uk: DIY & Tools")
U("https://en.wikipedia.org/wiki/Knife_crime_in_the_United_Kingdom", title="Knife crime in the United Kingdom - Wikipedia")
U("https://en.wikipedia.org/wiki/Suicide_door", title="Suicide door - Wikipedia")
U("https://www.reddit.com/r/uktrades/comments/1g5xk2p/nail_gun_vs_screw_gun_for_first_fix/",
  title="Nail gun vs screw gun for first fix? : r/uktrades")
W("Apprenticeship portfolio - OneFile - Google Chrome")
W("Bet you can't do this plank challenge - YouTube - Google Chrome")
W("How to hang wallpaper like a pro - YouTube - Mozilla Firefox", proc="firefox.exe")
W("Shooting a level with a laser - construction basics - YouTube - Google Chrome")
W("Killing Eve - BBC iPlayer - Microsoft\u200b Edge", proc="msedge.exe")


# =====================================================================================
# MACHINERY
# =====================================================================================

def H(n, tag):
    return int(hashlib.sha256(f"{n}|{tag}".encode("utf-8")).hexdigest(), 16)


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


USERS = ["j.carter", "m.obrien", "t.walsh", "k.adeyemi", "r.kowalski", "l.hughes", "d.singh",
         "s.mensah", "c.price", "j.mcdonald", "b.ahmed", "e.fletcher", "n.okoro", "a.morgan",
         "TRAIN\\j.barnes", "l3-eng-014", "mvapp22", "guest-0412", "h.brennan@skillsco.ac.uk",
         "ps.cadet07", "g.dunne", "o.kaczmarek", "z.hussain", "f.reilly", "staff.p.lowe",
         "assessor.kt", "w.thompson", "ch.apprentice31", "r.nwosu", "a.begum"]
DEVICES = ["WKSHOP-PC-03", "SITE-CABIN-LT-2", "MV-BAY-TAB-01", "CONSTR-LAB-12", "LOGI-DEPOT-PC-4",
           "UNIF-SVCS-LT-09", "LIB-PC-21", "ENG-CAD-07", "CHROMEBOOK-233", "WELD-BAY-PC-1",
           "ELEC-LAB-PC-15", "PLUMB-TAB-06", "HGV-SIM-PC-2", "CADET-LT-14", "STAFF-LT-07"]
SITES = ["main", "north", "depot", "harbour", "eastfield", "skills-centre"]
HOSTS = ["proxy01", "proxy02", "sq-edge-1", "fw-north"]
DNSHOSTS = ["dns01", "ns1-main", "pihole-depot", "resolver2"]
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

CHAT_WINDOWS = [
    ("WhatsApp.exe", "WhatsApp"),
    ("Discord.exe", "#site-lads | Brick Boys - Discord"),
    ("Teams.exe", "Chat | Level 2 Bricklaying | Microsoft Teams"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
    ("chrome.exe", "Snapchat - Google Chrome"),
    ("msedge.exe", "Messenger | Facebook - Microsoft\u200b Edge"),
    ("Telegram.exe", "Telegram"),
    ("chrome.exe", "WhatsApp - Google Chrome"),
    ("Discord.exe", "#general | MV Level 3 - Discord"),
    ("Teams.exe", "Chat | Site Team North | Microsoft Teams"),
]
NAMED_WINDOWS = {
    "word": ("WINWORD.EXE", "Unit 4 assignment draft.docx - Word"),
    "teams": ("Teams.exe", "Chat | Induction Group B | Microsoft Teams"),
    "whatsapp": ("WhatsApp.exe", "WhatsApp"),
}
BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox")]

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
        "i": "\u0456", "s": "\u0455", "y": "\u0443"}
ZW = ["\u200b", "\u200c", "\u200d"]


def disguise(n, text, mode):
    if not mode:
        return text
    if mode == "homoglyph":
        out = []
        for i, ch in enumerate(text):
            if ch in HOMO and H(n, f"hg{i}") % 2 == 0:
                out.append(HOMO[ch])
            else:
                out.append(ch)
        return "".join(out)
    if mode == "zw":
        out = []
        for i, ch in enumerate(text):
            out.append(ch)
            if ch.isalpha() and i + 1 < len(text) and text[i + 1].isalpha() and H(n, f"zw{i}") % 3 == 0:
                out.append(pick(n, f"zwc{i}", ZW))
        return "".join(out)
    raise ValueError(mode)


# ---- time -------------------------------------------------------------------------
def when(n, tag="t"):
    day0 = datetime(2026, 9, 7)
    d = day0 + timedelta(days=H(n, tag + "day") % 96)
    hour = wpick(n, tag + "hour", [(7, 4), (8, 8), (9, 10), (10, 10), (11, 10), (12, 10), (13, 9),
                                    (14, 9), (15, 8), (16, 6), (17, 4), (18, 3), (19, 3), (20, 3),
                                    (21, 3), (22, 3), (23, 2), (0, 1), (1, 1), (2, 1)])
    dt = d.replace(hour=hour, minute=H(n, tag + "m") % 60, second=H(n, tag + "s") % 60)
    ms = H(n, tag + "ms") % 1000
    return dt, ms  # dt is UTC


def uk_local(dt):
    # BST until 01:00 UTC on the last Sunday of October 2026 (25 Oct)
    if dt < datetime(2026, 10, 25, 1, 0):
        return dt + timedelta(hours=1), "+0100"
    return dt, "+0000"


def epoch(dt):
    return calendar.timegm(dt.timetuple())


def ip(n, tag="ip"):
    v = H(n, tag)
    return f"10.{(v >> 8) % 40 + 1}.{(v >> 16) % 250 + 1}.{(v >> 24) % 250 + 2}"


def pubip(n, tag="pub"):
    v = H(n, tag)
    return f"{pick(n, tag + 'a', [142, 151, 104, 172, 185, 23, 13, 34])}.{(v >> 8) % 250 + 1}.{(v >> 16) % 250 + 1}.{(v >> 24) % 250 + 1}"


# ---- search URLs ---------------------------------------------------------------------
GENERAL_ENGINES = [("google", 16), ("google_uk", 12), ("google_ac", 4), ("bing", 9), ("bing_ac", 2),
                   ("ddg", 7), ("ddg_ac", 2), ("yahoo", 6), ("ecosia", 6), ("youtube", 9), ("yt_ac", 2),
                   ("tiktok", 8), ("reddit", 7), ("wikipedia", 2), ("x", 2)]
SHOP_ENGINES = [("amazon", 5), ("ebay", 3), ("google", 3), ("bing", 1)]


def enc(n, q):
    if H(n, "enc") % 3 == 0:
        return quote(q, safe="")
    return quote_plus(q, safe="")


def search_url(n, eng, q):
    e = enc(n, q)
    ms = 1700000000000 + H(n, "tt") % 100000000000
    cvid = "%032X" % (H(n, "cvid") % (16 ** 32))
    if eng == "google":
        return f"https://www.google.com/search?q={e}&hl=en-GB&source=hp"
    if eng == "google_uk":
        return f"https://www.google.co.uk/search?q={e}&oq={e}&sourceid=chrome&ie=UTF-8"
    if eng == "google_ac":
        return (f"https://www.google.com/complete/search?q={e}&cp={len(q)}&client=gws-wiz&xssi=t"
                f"&gs_pcrt=undefined&hl=en-GB&authuser=0")
    if eng == "bing":
        return f"https://www.bing.com/search?q={e}&form=QBLH"
    if eng == "bing_ac":
        return f"https://www.bing.com/AS/Suggestions?pt=page.serp&mkt=en-gb&qry={e}&cp={len(q)}&cvid={cvid}"
    if eng == "ddg":
        return f"https://duckduckgo.com/?q={e}&ia=web"
    if eng == "ddg_ac":
        return f"https://duckduckgo.com/ac/?q={e}&kl=uk-en"
    if eng == "yahoo":
        host = pick(n, "yh", ["search.yahoo.com", "uk.search.yahoo.com"])
        return f"https://{host}/search?p={e}&fr=yfp-t"
    if eng == "ecosia":
        return f"https://www.ecosia.org/search?method=index&q={e}"
    if eng == "youtube":
        return f"https://www.youtube.com/results?search_query={e}"
    if eng == "yt_ac":
        return (f"https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb"
                f"&gl=gb&ds=yt&q={e}")
    if eng == "tiktok":
        return f"https://www.tiktok.com/search?q={e}&t={ms}"
    if eng == "reddit":
        sub = pick(n, "sub", ["", "", "r/AskUK/", "r/CasualUK/", "r/unitedkingdom/", "r/uktrades/"])
        extra = "&restrict_sr=1" if sub else ""
        return f"https://www.reddit.com/{sub}search/?q={e}{extra}"
    if eng == "wikipedia":
        return f"https://en.wikipedia.org/w/index.php?search={e}&title=Special%3ASearch&ns0=1"
    if eng == "x":
        return f"https://x.com/search?q={e}&src=typed_query"
    if eng == "amazon":
        return f"https://www.amazon.co.uk/s?k={e}&crid={cvid[:13]}&ref=nb_sb_noss"
    if eng == "ebay":
        return f"https://www.ebay.co.uk/sch/i.html?_from=R40&_nkw={e}&_sacat=0"
    raise ValueError(eng)


def page_title(eng, q):
    base = eng.split("_")[0]
    return {
        "google": f"{q} - Google Search",
        "bing": f"{q} - Search",
        "ddg": f"{q} at DuckDuckGo",
        "yahoo": f"{q} - Yahoo Search Results",
        "ecosia": f"{q} - Ecosia",
        "youtube": f"{q} - YouTube",
        "yt": f"{q} - YouTube",
        "tiktok": f"Find '{q}' on TikTok | TikTok Search",
        "reddit": f"reddit.com: search results - {q}",
        "wikipedia": f"Search results for \"{q}\" - Wikipedia",
        "x": f"{q} - Search / X",
        "amazon": f"Amazon.co.uk : {q}",
        "ebay": f"{q} | eBay",
    }[base]


SEARCHBOX = {"google": "Google", "bing": "Bing", "ddg": "DuckDuckGo \u2014 Privacy, simplified.",
             "yahoo": "Yahoo Search", "ecosia": "Ecosia - the search engine that plants trees",
             "youtube": "YouTube", "yt": "YouTube", "tiktok": "TikTok - Make Your Day",
             "reddit": "Reddit - Dive into anything", "wikipedia": "Wikipedia, the free encyclopedia",
             "x": "Home / X", "amazon": "Amazon.co.uk", "ebay": "Electronics, Cars, Fashion, Collectibles & More | eBay"}


def search_terms_e2g(url):
    """What e2guardian puts in its search-terms field (decoded), or '-'."""
    from urllib.parse import parse_qs
    parts = urlsplit(url)
    qs = parse_qs(parts.query)
    host = parts.hostname or ""
    for key, hosts in (("q", ("google", "bing.com", "duckduckgo", "ecosia")), ("p", ("yahoo",)),
                       ("search_query", ("youtube",))):
        if any(h in host for h in hosts) and key in qs and "/complete" not in parts.path and "/ac/" not in parts.path and "/AS/" not in parts.path:
            return "0=" + qs[key][0] + ";"
    return "-"


# ---- proxy line writers --------------------------------------------------------------
def user_of(n):
    return pick(n, "user", USERS)


def squid_line(n, url, method="GET", status=None, user=None):
    dt, ms = when(n)
    el = H(n, "el") % 900 + 3
    size = H(n, "sz") % 90000 + 900
    u = user if user is not None else user_of(n)
    if H(n, "anon") % 9 == 0:
        u = "-"
    if method == "CONNECT":
        st = status or pick(n, "cst", ["TCP_TUNNEL/200", "TCP_TUNNEL/200", "NONE_NONE/200"])
        return (f"{epoch(dt)}.{ms:03d} {el:6d} {ip(n)} {st} {size if st != 'NONE_NONE/200' else 0} CONNECT {url} "
                f"{u} HIER_DIRECT/{pubip(n)} -")
    st = status or pick(n, "st", ["TCP_MISS/200"] * 6 + ["TCP_MISS/304", "TCP_REFRESH_MODIFIED/200"])
    return f"{epoch(dt)}.{ms:03d} {el:6d} {ip(n)} {st} {size} {method} {url} {u} HIER_DIRECT/{pubip(n)} text/html"


def squid_custom_line(n, url, host, method="GET"):
    """logformat ukfull with sni=/bump= tokens."""
    dt, ms = when(n)
    el = H(n, "el") % 900 + 3
    size = H(n, "sz") % 90000 + 900
    u = user_of(n)
    ua = pick(n, "ua", UA)
    if method == "CONNECT":
        return (f"{epoch(dt)}.{ms:03d} {el:6d} {ip(n)} {u} TCP_TUNNEL/200 {size} CONNECT {host}:443 "
                f"{pubip(n)} - \"-\" \"{ua}\" {host} sni={host} bump=splice")
    return (f"{epoch(dt)}.{ms:03d} {el:6d} {ip(n)} {u} TCP_MISS/200 {size} {method} {url} {pubip(n)} text/html "
            f"\"-\" \"{ua}\" {host} sni={host} bump=bump")


def clf_line(n, url, method="GET"):
    dt, _ = when(n)
    loc, off = uk_local(dt)
    stamp = f"{loc.day:02d}/{MON[loc.month - 1]}/{loc.year}:{loc:%H:%M:%S} {off}"
    size = H(n, "sz") % 90000 + 900
    u = user_of(n)
    if H(n, "anon") % 11 == 0:
        u = "-"
    req = f"{method} {url} HTTP/1.1"
    style = wpick(n, "clfstyle", [("combined", 5), ("common", 3), ("apache", 2)])
    if style == "common":
        return f"{ip(n)} - {u} [{stamp}] \"{req}\" 200 {size} TCP_MISS:HIER_DIRECT"
    ref = pick(n, "ref", ["-", "-", "-", "https://www.google.com/", "https://www.bing.com/"])
    ua = pick(n, "ua", UA)
    if style == "combined":
        return f"{ip(n)} - {u} [{stamp}] \"{req}\" 200 {size} \"{ref}\" \"{ua}\" TCP_MISS:HIER_DIRECT"
    return f"{ip(n)} - {u} [{stamp}] \"{req}\" 200 {size} \"{ref}\" \"{ua}\""


def e2g_line(n, url, method="GET"):
    dt, ms = when(n)
    loc, _ = uk_local(dt)
    stamp = f"{loc:%Y.%m.%d %H:%M:%S}"
    u = user_of(n)
    cip = ip(n)
    size = H(n, "sz") % 90000 + 900
    ua = pick(n, "ua", UA)
    terms = search_terms_e2g(url)
    group = pick(n, "grp", ["learners", "learners", "staff", "no_name_group"])
    gnum = {"learners": "1", "staff": "2", "no_name_group": "1"}[group]
    fmt = wpick(n, "e2gfmt", [("2", 4), ("4", 3), ("6", 3)])
    if fmt == "2":
        f = [stamp, u, cip, url, "-", method, str(size), "0", "-", gnum, "200", "-", cip, group, ua,
             terms, "-", "-", "-"]
        return ",".join('"' + x.replace('"', '""') + '"' for x in f)
    if fmt == "4":
        f = [stamp, u, cip, url, "-", method, str(size), "0", "-", gnum, "200", "-", cip, group, ua,
             terms, "-", "-", "-"]
        return "\t".join(x.replace("\t", " ") for x in f)
    f = [f"{epoch(dt)}.{ms:03d}", "", u, cip, cip, url, method, "200", str(size), "-", ua, "-",
         str(H(n, "el") % 40 + 1), "-", "0", "-", "0", "-", group, gnum]
    return "\t".join(f)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth",
                    "method", "host", "uri", "referrer", "version", "user_agent", "origin",
                    "request_body_len", "response_body_len", "status_code", "status_msg", "info_code",
                    "info_msg", "tags", "username", "password", "proxied", "orig_fuids",
                    "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames",
                    "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
                   "string", "string", "string", "string", "string", "count", "count", "count",
                   "string", "count", "string", "set[string]", "string", "string", "set[string]",
                   "vector[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto",
                   "trans_id", "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode",
                   "rcode_name", "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval",
                  "string", "count", "string", "count", "string", "count", "string", "bool", "bool",
                  "bool", "bool", "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(n, path, fields, types):
    dt, _ = when(n)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            f"#path\t{path}", f"#open\t{dt:%Y-%m-%d-%H}-00-00",
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zuid(n):
    return "C" + ("%x" % H(n, "uid"))[:17]


def zeek_http(n, url, method="GET"):
    dt, ms = when(n)
    p = urlsplit(url)
    host = p.hostname
    uri = p.path + ("?" + p.query if p.query else "")
    ua = pick(n, "ua", UA)
    rec = {"ts": float(f"{epoch(dt)}.{ms:03d}"), "uid": zuid(n), "id.orig_h": ip(n),
           "id.orig_p": 40000 + H(n, "sp") % 25000, "id.resp_h": pubip(n), "id.resp_p": 80,
           "trans_depth": 1, "method": method, "host": host, "uri": uri, "version": "1.1",
           "user_agent": ua, "request_body_len": 0, "response_body_len": H(n, "sz") % 90000 + 900,
           "status_code": 200, "status_msg": "OK", "tags": []}
    if H(n, "ztsv") % 3 == 0:
        vals = [f"{epoch(dt)}.{ms:03d}000", rec["uid"], rec["id.orig_h"], str(rec["id.orig_p"]),
                rec["id.resp_h"], "80", "1", method, host, uri, "-", "1.1", ua, "-", "0",
                str(rec["response_body_len"]), "200", "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-",
                "-", "F" + ("%x" % H(n, "fuid"))[:17], "-", "text/html"]
        return "lines", zeek_header(n, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(vals)]
    return "line", json.dumps(rec)


def zeek_dns(n, domain):
    dt, ms = when(n)
    qt = pick(n, "qt", ["A", "A", "A", "AAAA", "HTTPS"])
    qtn = {"A": 1, "AAAA": 28, "HTTPS": 65}[qt]
    rec = {"ts": float(f"{epoch(dt)}.{ms:03d}"), "uid": zuid(n), "id.orig_h": ip(n),
           "id.orig_p": 1024 + H(n, "sp") % 60000, "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": H(n, "tid") % 65535, "query": domain, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": qtn, "qtype_name": qt, "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "rejected": False}
    if H(n, "ztsv") % 3 == 0:
        vals = [f"{epoch(dt)}.{ms:03d}000", rec["uid"], rec["id.orig_h"], str(rec["id.orig_p"]),
                "10.0.0.53", "53", "udp", str(rec["trans_id"]), "0.0%05d" % (H(n, "rtt") % 99999),
                domain, "1", "C_INTERNET", str(qtn), qt, "0", "NOERROR", "F", "F", "T", "T", "0",
                pubip(n), "300.000000", "F"]
        return "lines", zeek_header(n, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(vals)]
    return "line", json.dumps(rec)


def syslog_stamp(loc):
    return f"{MON[loc.month - 1]} {loc.day:2d} {loc:%H:%M:%S}"


def unbound_lines(n, domain):
    dt, _ = when(n)
    loc, _ = uk_local(dt)
    c = ip(n)
    qt = pick(n, "qt", ["A", "A", "AAAA", "HTTPS"])
    pid = f"unbound[{700 + H(n, 'pid') % 9000}:0]"
    if H(n, "ubepoch") % 3 == 0:
        pre = f"[{epoch(dt)}] {pid}"
    else:
        pre = f"{syslog_stamp(loc)} {pid}"
    q = f"{pre} info: {c} {domain}. {qt} IN"
    style = H(n, "ubstyle") % 4
    if style == 0:
        return "line", q
    if style == 1:
        return "line", f"{pre} info: {c} {domain}. {qt} IN NOERROR 0.0{H(n, 'rt') % 90000:05d} 0 {40 + H(n, 'rl') % 80}"
    port = 1024 + H(n, "sp") % 60000
    return "lines", [q, f"{pre} info: . transparent {c}@{port} {domain}. {qt} IN",
                     f"{pre} info: {c} {domain}. {qt} IN NOERROR 0.0{H(n, 'rt') % 90000:05d} 0 {40 + H(n, 'rl') % 80}"]


def dnsmasq_lines(n, domain):
    dt, _ = when(n)
    loc, _ = uk_local(dt)
    c = ip(n)
    port = 1024 + H(n, "sp") % 60000
    qid = H(n, "qid") % 90000 + 1
    qt = pick(n, "qt", ["A", "A", "AAAA"])
    pre = f"{syslog_stamp(loc)} dnsmasq[{1000 + H(n, 'pid') % 9000}]: {qid} {c}/{port}"
    q = f"{pre} query[{qt}] {domain} from {c}"
    if H(n, "dmstyle") % 2 == 0:
        return "line", q
    return "lines", [q, f"{pre} forwarded {domain} to 10.0.0.1", f"{pre} reply {domain} is {pubip(n)}"]


def bind_lines(n, domain):
    dt, ms = when(n)
    loc, _ = uk_local(dt)
    stamp = f"{loc.day:02d}-{MON[loc.month - 1]}-{loc.year} {loc:%H:%M:%S}.{ms:03d}"
    c = f"{ip(n)}#{1024 + H(n, 'sp') % 60000}"
    ptr = "@0x7f%010x" % (H(n, "ptr") % (16 ** 10))
    qt = pick(n, "qt", ["A", "A", "AAAA"])
    flags = pick(n, "fl", ["+E(0)K", "+E(0)K", "+ET", "-E(0)K"])
    line = f"{stamp} queries: info: client {ptr} {c} ({domain}): query: {domain} IN {qt} {flags} (10.0.0.53)"
    return "line", line


def wrap(n, inner, source):
    """Wrap a raw line as a syslog message or a shipper JSON envelope (for format auto)."""
    dt, ms = when(n)
    loc, _ = uk_local(dt)
    tags = {"squid": ("squid", "squid-access", "/var/log/squid/access.log", 22 * 8 + 6),
            "clf": ("squid", "squid-access", "/var/log/squid/access.log", 22 * 8 + 6),
            "e2guardian": ("e2guardian", "e2guardian", "/var/log/e2guardian/access.log", 22 * 8 + 6),
            "unbound": ("unbound", "unbound", "/var/log/unbound/unbound.log", 3 * 8 + 6),
            "bind": ("named", "named", "/var/log/named/query.log", 3 * 8 + 6),
            "dnsmasq": ("dnsmasq", "dnsmasq", "/var/log/dnsmasq.log", 3 * 8 + 6),
            "endpoint": ("guardline-agent", "guardline-agent", "/var/log/guardline/events.jsonl", 16 * 8 + 6),
            "zeek-http": ("zeek", "zeek-http", "/opt/zeek/logs/current/http.log", 16 * 8 + 6),
            "zeek-dns": ("zeek", "zeek-dns", "/opt/zeek/logs/current/dns.log", 16 * 8 + 6)}[source]
    app, srctag, path, pri = tags
    if source == "endpoint":
        host = pick(n, "wh", ["gl-collector-1", "gl-collector-2", "siem-relay"])
    else:
        host = pick(n, "wh", DNSHOSTS if source in ("unbound", "bind", "dnsmasq", "zeek-dns") else HOSTS)
    pid = 1000 + H(n, "wpid") % 30000
    style = wpick(n, "wrap", [("3164", 4), ("5424", 3), ("json", 4)])
    if source == "dnsmasq" and style == "3164":
        # dnsmasq lines are already syslog-shaped; a relay adds priority and host
        rest = inner.split(" dnsmasq[", 1)[1]
        return f"<{pri}>{inner[:15]} {host} dnsmasq[{rest}"
    if style == "3164":
        return f"<{pri}>{syslog_stamp(loc)} {host} {app}[{pid}]: {inner}"
    if style == "5424":
        return f"<{pri}>1 {dt:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z {host} {app} {pid} - - {inner}"
    env = {"ts_received": f"{dt:%Y-%m-%dT%H:%M:%S}.{ms:03d}{H(n, 'us') % 1000:03d}+00:00", "host": host,
           "source": srctag, "file": path, "message": inner}
    return json.dumps(env, ensure_ascii=False, separators=(", ", ":")).replace("/", "\\/")


# ---- endpoint ------------------------------------------------------------------------
def ep_event(n, event, process, title, text=None, url=None, offset=0.0, fields=None):
    dt, ms = when(n)
    t = dt + timedelta(milliseconds=ms + int(offset * 1000))
    ts = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
    rec = {"ts": ts}
    if H(n, "site?") % 4 != 0:
        rec["site"] = pick(n, "site", SITES)
    rec["device"] = pick(n, "dev", DEVICES)
    rec["user"] = user_of(n)
    rec["event"] = event
    rec["process"] = process
    rec["window_title"] = title
    if event == "text_capture":
        rec["text"] = text
        if H(n, "url?") % 2 == 0:
            rec["url"] = None
    elif event == "url_visit":
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=bool(H(n, "asc") % 3 == 0))


def chat_window(n, win):
    if win:
        return NAMED_WINDOWS[win]
    return pick(n, "win", CHAT_WINDOWS)


# ---- item rendering ------------------------------------------------------------------
# Formats are dealt round-robin over the items of a group sorted by SHA-256(item number, "fmtorder"),
# so each format gets its share while the assignment itself stays hash-derived.
PROXY_CYCLE = ["squid", "clf", "e2guardian", "zeek-http", "squid", "clf", "auto", "e2guardian",
               "zeek-http", "endpoint", "squid", "clf", "auto", "endpoint", "e2guardian", "zeek-http"]
DNS_CYCLE = ["unbound", "dnsmasq", "bind", "zeek-dns", "squid", "auto"]
FMT = {}


def render_proxy(n, url, title_for_ep=None, search=None):
    fmt = FMT[n]
    host = urlsplit(url).hostname
    if fmt == "squid":
        if H(n, "sqcustom") % 5 == 0:
            return fmt, "line", squid_custom_line(n, url, host)
        return fmt, "line", squid_line(n, url)
    if fmt == "clf":
        return fmt, "line", clf_line(n, url)
    if fmt == "e2guardian":
        return fmt, "line", e2g_line(n, url)
    if fmt == "zeek-http":
        kind, v = zeek_http(n, url)
        return fmt, kind, v
    if fmt == "endpoint":
        proc, suffix = pick(n, "browser", BROWSERS)
        title = (title_for_ep or host) + suffix
        mode = H(n, "epmode") % 3
        if search is not None and mode == 2:
            eng, q = search
            box = SEARCHBOX[eng.split("_")[0]] + suffix
            return fmt, "line", ep_event(n, "text_capture", proc, box, text=q)
        if mode == 0:
            return fmt, "line", ep_event(n, "window_title", proc, title)
        return fmt, "line", ep_event(n, "url_visit", proc, title, url=url)
    # auto: wrapped proxy line
    src = wpick(n, "autosrc", [("squid", 5), ("clf", 2), ("e2guardian", 2)])
    inner = {"squid": squid_line, "clf": clf_line, "e2guardian": e2g_line}[src](n, url)
    return "auto", "line", wrap(n, inner, src)


def render_domain(n, domain):
    fmt = FMT[n]
    if fmt == "unbound":
        kind, v = unbound_lines(n, domain)
        return fmt, kind, v
    if fmt == "dnsmasq":
        kind, v = dnsmasq_lines(n, domain)
        return fmt, kind, v
    if fmt == "bind":
        kind, v = bind_lines(n, domain)
        return fmt, kind, v
    if fmt == "zeek-dns":
        kind, v = zeek_dns(n, domain)
        return fmt, kind, v
    if fmt == "squid":
        if H(n, "sqcustom") % 2 == 0:
            return fmt, "line", squid_custom_line(n, None, domain, method="CONNECT")
        return fmt, "line", squid_line(n, f"{domain}:443", method="CONNECT")
    src = wpick(n, "autosrc", [("unbound", 3), ("dnsmasq", 2), ("bind", 2)])
    kind, v = {"unbound": unbound_lines, "dnsmasq": dnsmasq_lines, "bind": bind_lines}[src](n, domain)
    first = v if kind == "line" else v[0]
    return "auto", "line", wrap(n, first, src)


def maybe_wrap_endpoint(n, kind, v):
    if H(n, "epauto") % 8 == 0:
        if kind == "line":
            return "auto", "line", wrap(n, v, "endpoint")
        return "auto", "lines", [wrap(n, x, "endpoint") for x in v]
    return "endpoint", kind, v


def render(n, it):
    k = it["kind"]
    p = it["payload"]
    if k == "search":
        q = disguise(n, p, it.get("d"))
        eng = it.get("eng")
        if eng == "shop":
            eng = wpick(n, "eng", SHOP_ENGINES)
        elif eng is None:
            eng = wpick(n, "eng", GENERAL_ENGINES)
        url = search_url(n, eng, q)
        return render_proxy(n, url, title_for_ep=page_title(eng, q), search=(eng, q))
    if k == "url":
        return render_proxy(n, p, title_for_ep=it.get("title"))
    if k == "domain":
        return render_domain(n, p)
    if k == "typed":
        proc, title = chat_window(n, it.get("win"))
        if isinstance(p, list):
            lines = []
            off = 0.0
            for i, frag in enumerate(p):
                lines.append(ep_event(n, "text_capture", proc, title, text=disguise(n, frag, it.get("d")), offset=off))
                off += 1.5 + (H(n, f"gap{i}") % 900) / 100.0
            return maybe_wrap_endpoint(n, "lines", lines)
        return maybe_wrap_endpoint(n, "line", ep_event(n, "text_capture", proc, title, text=disguise(n, p, it.get("d"))))
    if k == "title":
        proc = it.get("proc")
        if not proc:
            if p.endswith("Microsoft\u200b Edge"):
                proc = "msedge.exe"
            elif "Mozilla Firefox" in p:
                proc = "firefox.exe"
            else:
                proc = "chrome.exe"
        return maybe_wrap_endpoint(n, "line", ep_event(n, "window_title", proc, p))
    if k == "proc":
        return maybe_wrap_endpoint(n, "line", ep_event(n, "process_start", p, it.get("title")))
    raise ValueError(k)


def ordered_items():
    keyed = []
    for it in ITEMS:
        key = json.dumps([it["kind"], it["payload"]], ensure_ascii=False)
        keyed.append((hashlib.sha256(("order|" + key).encode("utf-8")).hexdigest(), it))
    keyed.sort(key=lambda x: x[0])
    return [it for _, it in keyed]


def assign_formats(items):
    FMT.clear()
    for kinds, cycle in ((("search", "url"), PROXY_CYCLE), (("domain",), DNS_CYCLE)):
        nums = [i for i, it in enumerate(items, start=1) if it["kind"] in kinds]
        nums.sort(key=lambda i: H(i, "fmtorder"))
        for j, i in enumerate(nums):
            FMT[i] = cycle[j % len(cycle)]


def build():
    out = []
    seen = set()
    items = ordered_items()
    assign_formats(items)
    for i, it in enumerate(items, start=1):
        key = json.dumps([it["kind"], it["payload"]], ensure_ascii=False)
        if key in seen:
            raise SystemExit(f"duplicate item: {key}")
        seen.add(key)
        fmt, kind, v = render(i, it)
        rec = {"id": f"h51-{i:04d}", "format": fmt}
        rec[kind] = v
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        out.append(rec)
    return out


def stats(recs):
    from collections import Counter
    cat = Counter()
    fmt = Counter()
    pos = neg = 0
    lv = Counter()
    for r in recs:
        fmt[r["format"]] += 1
        if r["expect"]:
            pos += 1
        else:
            neg += 1
        for e in r["expect"]:
            cat[e["category"]] += 1
            lv[(e["category"], e["min_level"])] += 1
    print(f"items: {len(recs)}  positive: {pos}  negative: {neg}")
    print("per category (expected entries):")
    for c in ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking", "piracy",
              "gaming", "social_media", "illegal_content"]:
        levels = ", ".join(f"L{l}:{lv[(c, l)]}" for l in range(1, 6) if lv[(c, l)])
        print(f"  {c:16s} {cat[c]:4d}   ({levels})")
    print("per format:")
    for f, c in sorted(fmt.items()):
        print(f"  {f:12s} {c:4d}")
    multi = sum(1 for r in recs if "lines" in r)
    print(f"multi-line items: {multi}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout51.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    recs = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        stats(recs)
    print(f"wrote {len(recs)} items to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
