#!/usr/bin/env python3
"""Build heldout6.jsonl: an independent, hand-written held-out corpus for Guardline.

Purpose
    A labelled evaluation corpus (CONTRACTS.md section 4) written from scratch, without
    looking at the detector, its rules, its lists or any other corpus, so that one run of
    `guardline eval --corpus heldout6.jsonl` measures honestly how the detector copes with
    phrasing nobody tuned it for. Every item below was written by hand: searches, chat
    messages, window titles, URLs and domains of the kind 13-19 year olds in UK schools and
    colleges actually produce, plus hard negatives (innocent look-alikes: homework, history,
    literature, news, health education, cooking, DIY, sport, games, place names, coursework,
    staff looking up helplines and training). All 16 categories of CONTRACTS.md section 3
    are covered; `min_level` is the lowest level a safeguarding lead would accept for the
    item, and `allow` names a second category that is plausible but not required.

    Each item is carried in one of the log formats of CONTRACTS.md section 2 (squid native
    with and without sni=/bump= tokens, clf common/combined, e2guardian formats 2/4/6,
    unbound, dnsmasq, bind query/RPZ, zeek-dns, zeek-http as JSON or TSV, endpoint
    text_capture/window_title/url_visit), some wrapped in an RFC 3164 or RFC 5424 syslog
    prefix, a few split over two endpoint text_capture events from the same device and
    window a few seconds apart. Timestamps fall in November 2026.

Determinism
    No clock, no `random`, no environment: every choice (order of items, carrier format,
    search engine, user, device, IP addresses, timestamps, syslog wrapping, which
    disguise is applied and where) is derived from a SHA-256 hash of the item number, so
    rerunning the script rewrites heldout6.jsonl byte for byte. Standard library only.

    python3 build_heldout6.py            # writes heldout6.jsonl beside this script
    python3 build_heldout6.py --stats    # the same, and prints counts to stderr

Private tags (kept in this script only, never written to the jsonl)
    dir  direct wording: the risk is stated plainly
    ind  indirect wording: euphemism, algospeak, UK teen slang or text-speak, questions,
         third person ("my mate..."), long messages with the risk in the middle, coded terms
    dis  disguised wording: leetspeak, spaced/dotted/stretched letters, asterisks,
         Cyrillic/Greek look-alikes, full-width letters, zero-width characters
    neg  hard negative: an innocent look-alike, "expect": []

    In the item table a span written {like this} is disguised by a transform chosen from
    the item number ({name|like this} pins the transform); elsewhere braces are dropped.
"""

import calendar
import hashlib
import json
import os
import sys
import time
import urllib.parse

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout6.jsonl")

# --------------------------------------------------------------------------------------
# Items: (tag, kind, text, expect, allow, opts)
#   kind  q = search query, t = typed text (text_capture; "||" splits into two events),
#         d = domain, u = URL, w = full window title
#   expect "cat:level cat:level"; allow "cat cat"
#   opts  eng=<engine>, via=<carrier>, staff=1
# --------------------------------------------------------------------------------------

ITEMS = []


def I(tag, kind, text, expect="", allow="", **opts):
    ITEMS.append((tag, kind, text, expect, allow, opts))


# ---------------------------------- suicide -------------------------------------------
I("dir", "q", "how many co codamol would it take to kill me", "suicide:5")
I("dir", "t", "im doing it tonight once everyones asleep. wrote notes for mum and ellie, theyre in my desk drawer", "suicide:5")
I("dir", "q", "would i die if i jumped off the top floor of the multi storey car park", "suicide:5")
I("dir", "t", "i want to kill myself and this time i actually mean it", "suicide:4")
I("dir", "q", "how to write a suicide note to my parents", "suicide:5", via="ep_window")
I("dir", "t", "made my mind up, friday after school im ending it. already found a spot by the railway line", "suicide:5")
I("dir", "q", "i want to end my life but im scared", "suicide:4")
I("dir", "t", "i cant be alive any||more. taking everything in the medicine box tonight", "suicide:5")
I("ind", "t", "honestly everyone would be better off if i just wasnt around anymore", "suicide:4")
I("ind", "q", "how to unalive urself without it hurting", "suicide:5")
I("ind", "t", "my mate says shes gonna take all her mums tablets tonight and now she wont pick up her phone what do i do", "suicide:5")
I("ind", "q", "where to get sn in the uk to ctb", "suicide:5")
I("ind", "t", "lol yeah the mock was peak. tbh i dont think ill be here for results day anyway, been giving my stuff to my little sister. dont worry about it. u going to maddies on saturday?", "suicide:4")
I("ind", "t", "just wanna go to sleep and not wake up fr", "suicide:4")
I("ind", "q", "is it bad that i think about sewerslide every night", "suicide:4")
I("ind", "t", "if i stood in front of the 7.40 train tomorrow would anyone even notice", "suicide:5")
I("ind", "u", "https://www.reddit.com/r/SuicideWatch/submit", "suicide:4")
I("dis", "q", "how many {leet|paracetamol} to not wake up", "suicide:5")
I("dis", "q", "k1ll mys3lf painl3ss w4y", "suicide:5")
I("dis", "t", "i just wanna d i e tbh nothing ever gets better", "suicide:4")
I("dis", "q", "{cyr|hanging} how long until u pass out", "suicide:5")
I("dis", "t", "gonna {fw|kill myself} after school", "suicide:5")

# ---------------------------------- self_harm (incl. eating disorders) ---------------
I("dir", "q", "how to hide self harm scars from pe teacher", "self_harm:4")
I("dir", "t", "cut again last night. deeper than before and i didnt even feel it", "self_harm:4")
I("dir", "q", "how to stop bleeding from cutting myself without telling anyone", "self_harm:4")
I("dir", "q", "does the school nurse have to tell my parents if i self harm", "self_harm:4")
I("dir", "q", "how to make yourself sick after eating quietly", "self_harm:4")
I("dir", "q", "how to eat under 500 calories a day without ur parents noticing", "self_harm:4")
I("dir", "t", "burned myself with a lighter again bc i deserved it", "self_harm:4")
I("dir", "t", "day 3 of not eating and i still look disgusting in the mirror", "self_harm:4")
I("ind", "q", "sh relapse after 100 days clean", "self_harm:4")
I("ind", "t", "got some new cat scratches on my thighs lol (the cat is me)", "self_harm:4")
I("ind", "q", "how to get rid of barcode scars on wrist fast", "self_harm:4")
I("ind", "q", "thinspo edtwt", "self_harm:4")
I("ind", "t", "can someone be my meanspo, need to stop eating before prom", "self_harm:4")
I("ind", "t", "my friend always wears long sleeves even in PE and i saw marks on her wrist, shes in year 8, should i tell someone", "self_harm:4")
I("ind", "t", "yeah got a 4 in maths again, mum is gonna go mad. honestly the only thing that helps is dragging my compass across my arm till it stings. anyway wanna go town tmrw", "self_harm:4")
I("ind", "t", "i hate myself so much i just ke||ep hitting my head on the wall until it goes quiet", "self_harm:4")
I("ind", "w", "looking for an ana coach 14f strict pls : r/AnaBuddies - Google Chrome", "self_harm:4", "grooming")
I("dis", "q", "how to {self harm} without it showing", "self_harm:4")
I("dis", "q", "pr0 ana tips for b3ginners", "self_harm:4")
I("dis", "t", "c*tting is the only thing that actually helps", "self_harm:4")
I("dis", "q", "how many {zw|laxatives} to lose weight fast at 15", "self_harm:4")
I("dis", "t", "s.h is my coping mechan1sm n nobody gets it", "self_harm:4")

# ---------------------------------- radicalisation ------------------------------------
I("dir", "q", "how to travel to syria to join isis from birmingham", "radicalisation:4")
I("dir", "q", "dabiq magazine pdf all issues", "radicalisation:4")
I("dir", "q", "national action uk how to join", "radicalisation:4")
I("dir", "q", "christchurch shooter manifesto download", "radicalisation:4", "violence")
I("dir", "t", "theyre taking over our towns, someone needs to do what tarrant did at the mosque on st marys road", "radicalisation:5", "discrimination violence")
I("dir", "q", "anwar al awlaki lectures full playlist", "radicalisation:4")
I("dir", "q", "great replacement proof uk statistics", "radicalisation:3", "discrimination")
I("dir", "q", "sonnenkrieg division telegram channel", "radicalisation:4")
I("dir", "t", "i swear im gonna make them pay at the mosque on friday, got the stuff sorted in my shed", "radicalisation:5", "violence discrimination")
I("ind", "q", "dawla nasheeds download no music", "radicalisation:4")
I("ind", "t", "akhi the brother on telegram said the kuffar here are legit targets, you coming to the meeting at his flat saturday", "radicalisation:4", "discrimination violence")
I("ind", "q", "remigration now stickers uk", "radicalisation:3", "discrimination")
I("ind", "q", "rahowa patch where to buy", "radicalisation:3", "discrimination")
I("ind", "t", "been watching the PA streams all week, honestly theyre right, white brits are getting replaced and nobody at school is allowed to say it", "radicalisation:3", "discrimination")
I("ind", "t", "my brother keeps showing me vids of this shaykh saying muslims who vote are murtad and we have to make hijrah, he wants me to go with him next month", "radicalisation:4")
I("ind", "q", "how to get into terrorgram chats", "radicalisation:4")
I("ind", "q", "saint elliot supreme gentleman edits", "radicalisation:4", "violence discrimination")
I("ind", "d", "www.stormfront.org", "radicalisation:4", "discrimination")
I("dis", "q", "{zw|isis} recruitment telegram link", "radicalisation:4")
I("dis", "q", "h3il h1tler m3mes", "radicalisation:3", "discrimination")
I("dis", "q", "{gr|atomwaffen} uk chapter how to join", "radicalisation:4")
I("dis", "t", "d e a t h to the k u f f a r, soon inshallah", "radicalisation:4", "discrimination violence")

# ---------------------------------- grooming / sexual exploitation --------------------
I("dir", "t", "dont tell ur mum we talk ok, she wouldnt get what we have", "grooming:4")
I("dir", "t", "how old are u really? u seem way more mature than girls my age", "grooming:4")
I("dir", "t", "ok i deleted all our messages like u said", "grooming:4")
I("dir", "t", "add me on snap its more private than here, ill send u my @", "grooming:4", "social_media")
I("dir", "t", "ill send you 2000 robux if you send a pic in your school uniform", "grooming:4", "gaming")
I("dir", "t", "ill pick u up from the bus stop by the co-op at 4. come alone and dont tell ur parents", "grooming:5")
I("dir", "t", "send 300 quid by tonight or these pics go to everyone at your school", "grooming:5")
I("dir", "q", "someone is threatening to share my nudes unless i pay what do i do", "grooming:5")
I("dir", "q", "is it normal for a 23 year old to want to meet me im 14", "grooming:4")
I("dir", "t", "getting the train to meet him on saturday. hes 19 but hes really nice, dont tell anyone pls", "grooming:5")
I("ind", "t", "what year r u in? and is ur room upstairs? just curious lol", "grooming:4")
I("ind", "t", "lets move this to telegram, discord reads everything", "grooming:4")
I("ind", "t", "ill get you those airpods u wanted, just need a cheeky pic first \U0001F609", "grooming:4")
I("ind", "t", "my friend has an online bf whos 20 and he keeps asking her for pics and says hes gonna come see her. shes 13", "grooming:4")
I("ind", "q", "older guy from roblox wants me to add him on snapchat is that ok", "grooming:4", "gaming social_media")
I("ind", "t", "the lads from the estate said if i take a bag to my cousins in stoke theyll give me 300 and a new phone. they said not to tell no one and to turn my location off. easy money init", "grooming:4", "drugs")
I("ind", "t", "if u dont send another one ill post the one u already sent on ur ||story and tag ur mum", "grooming:5")
I("ind", "t", "he said im the only one who gets him and if i tell anyone about us hell get in trouble", "grooming:4")
I("dis", "t", "sn@p me ur n*des n ill send u a 50 quid giftcard", "grooming:4", "adult_content")
I("dis", "q", "{someone has my pics} and wants money", "grooming:5")
I("dis", "t", "wh3re do u live? i can c0me meet u after sch00l, our s3cret", "grooming:5")
I("dis", "q", "he said hell post my {dot|nudes} if i block him", "grooming:5")
I("ind", "d", "ome.tv", "grooming:3", "adult_content social_media")

# ---------------------------------- bullying ------------------------------------------
I("dir", "t", "nobody wants you at the party so stop begging to come", "bullying:3")
I("dir", "t", "youre so ugly its actually embarrassing being seen with u", "bullying:3")
I("dir", "t", "everyone in 10C has seen ur video and we are all laughing at u", "bullying:3")
I("dir", "t", "kys no one would even notice ur gone", "bullying:3", "suicide")
I("dir", "t", "ur such a fat minger, do everyone a favour and stay home", "bullying:3")
I("dir", "q", "how to make people at school stop picking on me", "bullying:3")
I("dir", "t", "lets make a new gc without amira and screenshot everything she says in the old one", "bullying:3")
I("dir", "t", "if u come in tomorrow were gonna jump u after school", "bullying:3", "violence")
I("dir", "q", "someone made a fake account pretending to be me and is posting horrible stuff what do i do", "bullying:3")
I("ind", "t", "lmaooo look at her shoes, charity shop core \U0001F480 send it to the year chat", "bullying:3")
I("ind", "t", "ur a proper wasteman, nobody rates u, just leave the group", "bullying:3")
I("ind", "t", "my mate gets ripped for his stammer every day in form and hes stopped coming in, what can i do", "bullying:3")
I("ind", "t", "imagine being that dry, no wonder ur dad left", "bullying:3")
I("ind", "q", "anonymous app to roast someone without them knowing its me", "bullying:3")
I("ind", "t", "haha yeah the trip was good. btw were all ignoring kayla from monday, dont sit with her at lunch and if she messages just leave her on read. she needs to learn", "bullying:3")
I("ind", "t", "someone posted my address in the year 9 snap group and said to come round and egg my house", "bullying:3", "violence")
I("ind", "t", "ur actually such a loser, everyone pre||tends to like u cos they feel sorry for u", "bullying:3")
I("dis", "t", "ur s0 ugly n f4t lol n0body l1kes u", "bullying:3")
I("dis", "t", "go k.y.s fr, waste of oxygen", "bullying:3", "suicide")
I("dis", "t", "{nobody likes you}, just leave the school", "bullying:3")
I("dis", "t", "u r a l o s e r and everyone knows it", "bullying:3")
I("dis", "t", "ur a {ast|freak} and everyone in year 8 hates u", "bullying:3")

# ---------------------------------- discrimination ------------------------------------
I("dir", "t", "muslims should all be sent back where they came from", "discrimination:3", "radicalisation")
I("dir", "t", "gay people are disgusting and shouldnt be allowed near kids", "discrimination:3")
I("dir", "q", "offensive jokes about gypsies", "discrimination:3")
I("dir", "t", "trans people are mentally ill and need fixing", "discrimination:3")
I("dir", "t", "go back to poland you dirty immigrant", "discrimination:3", "bullying")
I("dir", "t", "lol shes such a retard she cant even read the board", "discrimination:3", "bullying")
I("dir", "q", "why are jews so greedy", "discrimination:3", "radicalisation")
I("dir", "t", "black people are just naturally more violent its literally science", "discrimination:3", "radicalisation")
I("dir", "t", "we dont want no pakis on our team", "discrimination:3", "bullying")
I("ind", "t", "did u see the new kid, proper pikey, lock ur bags up", "discrimination:3", "bullying")
I("ind", "t", "not being funny but ever since the boats started coming this town has gone downhill, they should just sink them", "discrimination:3", "radicalisation violence")
I("ind", "t", "hes such a batty boy, look how he walks", "discrimination:3", "bullying")
I("ind", "q", "proof women are inferior to men", "discrimination:3", "radicalisation")
I("ind", "t", "all white people are racist scum tbh", "discrimination:3")
I("ind", "t", "my friend keeps calling the year 7s slaves and saying the n word and everyone laughs, is that ok", "discrimination:3", "bullying")
I("ind", "t", "no cap she only got head girl cos shes a woman and brown, diversity hire", "discrimination:3")
I("ind", "t", "those lot from the temple on king st stink of curry", "discrimination:3")
I("dis", "t", "g@y people should be k1cked out of our school", "discrimination:3")
I("dis", "t", "p*ki shop down the road got done again lol", "discrimination:3")
I("dis", "t", "{jews} control the media everyone knows it", "discrimination:3", "radicalisation")
I("dis", "t", "tr@nnies arent real women", "discrimination:3")
I("dis", "t", "{str|monkeys} like him shouldnt be allowed to play for england", "discrimination:3")

# ---------------------------------- violence / weapons --------------------------------
I("dir", "t", "bringing my brothers blade in tomorrow, if he says anything im doing him", "violence:5")
I("dir", "q", "where to buy a zombie knife uk after the ban", "violence:4")
I("dir", "q", "how to make a shank out of a toothbrush", "violence:4")
I("dir", "t", "were gonna batter him behind the leisure centre at half 3, bring ur mates", "violence:4", "bullying")
I("dir", "q", "3d printed gun files download uk", "violence:4")
I("dir", "q", "how hard do you have to stab someone to hit an artery", "violence:5")
I("dir", "t", "im going to shoot up the school on friday, watch", "violence:5", "radicalisation")
I("dir", "q", "acid attack how to throw it without getting it on you", "violence:5")
I("dir", "q", "butterfly knife", "violence:4", eng="amazon")
I("ind", "t", "got a ting now, no ones gonna mug me off again", "violence:4")
I("ind", "q", "how long can a pen knife be to carry legally for protection", "violence:3")
I("ind", "t", "my cousin says hes gonna wet up that boy from the other ends this weekend", "violence:4")
I("ind", "q", "how do u make a molly cocktail", "violence:4")
I("ind", "t", "if mr davies gives me one more detention im putting him in hospital i swear", "violence:4")
I("ind", "q", "opps getting splashed compilation", "violence:3")
I("ind", "t", "nah not coming to football tonight, gonna meet the boys, were going up the park to sort out the kid who jumped jamal, kenny is bringing the bat and i got my mums kitchen knife. dont say nothing", "violence:5")
I("ind", "q", "knuckle dusters for sale no age check", "violence:4")
I("dis", "q", "how to m4ke a b0mb at h0me", "violence:5", "radicalisation")
I("dis", "t", "im gonna {zw|stab} him at lunch", "violence:5")
I("dis", "q", "{machete} for sale delivery under 18", "violence:4")
I("dis", "q", "wh3re 2 g3t a str4p in london", "violence:4")
I("dis", "t", "gonna st4b that neek after sk00l", "violence:5")

# ---------------------------------- adult_content -------------------------------------
I("dir", "d", "xhamster.com", "adult_content:3")
I("dir", "q", "onlyfans leaks free no survey", "adult_content:3")
I("dir", "d", "chaturbate.com", "adult_content:3")
I("ind", "q", "corn sites that arent blocked on school wifi", "adult_content:3", "filter_bypass")
I("ind", "q", "nsfw discord servers 18+ invite", "adult_content:3", "social_media")
I("dis", "q", "p0rnhub premium free", "adult_content:3")
I("dis", "q", "s3ggs videos no sign up", "adult_content:3")

# ---------------------------------- drugs ---------------------------------------------
I("dir", "q", "where to buy weed in sheffield", "drugs:3")
I("ind", "q", "how long does ket stay in ur system for a drug test", "drugs:3")
I("ind", "t", "anyone know a plug round brixton that does mandy, need it for sat", "drugs:3")
I("dir", "q", "how to make lean with codeine linctus", "drugs:3")
I("dir", "q", "buy thc vape uk next day delivery", "drugs:3")
I("dis", "q", "c0ke pr1ces uk per gram", "drugs:3")
I("dis", "t", "got 2 {mdma} caps for saturday, splitting them w jess", "drugs:3")

# ---------------------------------- gambling ------------------------------------------
I("dir", "d", "stake.com", "gambling:2")
I("dir", "q", "free bets no deposit no id check", "gambling:2")
I("dir", "d", "www.skybet.com", "gambling:2")
I("dir", "d", "www.paddypower.com", "gambling:2")
I("ind", "q", "cs2 case opening sites with free daily coins", "gambling:2", "gaming")
I("dir", "q", "how to open a bet365 account at 16 with my dads card", "gambling:2")
I("dis", "q", "b3tting tips acca tonight", "gambling:2")
I("dis", "q", "{roulette} strategy to win money fast", "gambling:2")

# ---------------------------------- filter_bypass -------------------------------------
I("dir", "q", "how to get round lightspeed filter on school chromebook", "filter_bypass:2")
I("dir", "d", "www.croxyproxy.com", "filter_bypass:2")
I("dir", "d", "psiphon.ca", "filter_bypass:2")
I("dir", "d", "protonvpn.com", "filter_bypass:2")
I("dir", "q", "vpn that works on school wifi free no download", "filter_bypass:2")
I("ind", "q", "how to use google translate to open blocked sites", "filter_bypass:2")
I("dis", "q", "unbl0cked pr0xy 2026 w0rking", "filter_bypass:2")
I("dis", "q", "{tor browser} portable on usb", "filter_bypass:2")

# ---------------------------------- hacking -------------------------------------------
I("dir", "q", "how to get someones ip from discord", "hacking:2")
I("ind", "d", "grabify.link", "hacking:2")
I("dir", "q", "free ddos booter stresser", "hacking:2")
I("dir", "q", "how to get into someones snapchat without the password", "hacking:2", "social_media")
I("ind", "q", "how to see the school wifi password on a chromebook", "hacking:2", "filter_bypass")
I("dis", "q", "k3ylogger d0wnload fr33", "hacking:2")
I("dis", "q", "{roblox account stealer} script", "hacking:2", "gaming")

# ---------------------------------- piracy --------------------------------------------
I("dir", "d", "1337x.to", "piracy:1")
I("dir", "q", "watch wicked for good free 123movies", "piracy:1")
I("dir", "d", "fmovies.to", "piracy:1")
I("ind", "q", "spotify premium apk no ads 2026", "piracy:1")
I("ind", "q", "y2mate mp3 converter", "piracy:1")
I("dis", "q", "fr33 m0vies str3am no sign up", "piracy:1")
I("dis", "q", "{leet|thepiratebay} mirror", "piracy:1")

# ---------------------------------- gaming --------------------------------------------
I("dir", "d", "www.roblox.com", "gaming:1")
I("dir", "d", "store.steampowered.com", "gaming:1")
I("dir", "q", "fortnite item shop today", "gaming:1")
I("ind", "q", "poki unblocked", "gaming:1", "filter_bypass")
I("ind", "q", "best hypixel bedwars texture packs", "gaming:1")
I("dis", "q", "m1necraft fr33 d0wnload pc", "gaming:1", "piracy")
I("dis", "q", "{clash royale} best deck arena 12", "gaming:1")

# ---------------------------------- social_media --------------------------------------
I("dir", "d", "web.snapchat.com", "social_media:1")
I("dir", "d", "www.instagram.com", "social_media:1")
I("dir", "d", "www.tiktok.com", "social_media:1")
I("ind", "q", "how to get more followers on tiktok fast", "social_media:1")
I("ind", "d", "bere.al", "social_media:1")
I("dis", "q", "1nsta st0ries viewer an0nymous", "social_media:1")
I("dis", "q", "{snapchat} web login", "social_media:1")

# ---------------------------------- illegal_content -----------------------------------
I("dir", "q", "buy fake uk driving licence for id", "illegal_content:3")
I("dir", "q", "dark web market links 2026 working", "illegal_content:3", "drugs filter_bypass")
I("dir", "q", "where to get counterfeit 20 pound notes", "illegal_content:3")
I("ind", "q", "cheap stolen netflix accounts telegram", "illegal_content:3", "piracy hacking")
I("ind", "q", "fullz uk cheap", "illegal_content:3", "hacking")
I("dis", "q", "h1dden w1ki 0nion l1nks", "illegal_content:3", "drugs filter_bypass")
I("dis", "q", "{fake id} for clubs uk next day", "illegal_content:3")

# ---------------------------------- hard negatives ------------------------------------
# suicide look-alikes
I("neg", "q", "an inspector calls why did eva smith drink disinfectant")
I("neg", "q", "romeo and juliet act 5 scene 3 happy dagger quote meaning")
I("neg", "q", "samaritans number poster for staff room", staff=1)
I("neg", "q", "papyrus hopeline training for teachers", staff=1)
I("neg", "t", "mr okafors new seating plan is gonna be the end of me fr")
I("neg", "q", "the suicide squad john cena cast")
I("neg", "q", "how to hang fairy lights on a bunk bed without nails")
I("neg", "q", "my dog ate a sachet of calpol is he ok")
I("neg", "q", "the bell jar chapter 13 summary")
I("neg", "t", "my phone is on 2% its dying, ring u when im home")
I("neg", "q", "virginia woolf river ouse a level english context")
I("neg", "q", "ld50 definition gcse biology")
I("neg", "t", "gonna jump in the shower then ill ring you back")
I("neg", "q", "bridge to terabithia ending why did leslie die")
I("neg", "q", "rnli drowning prevention assembly ks3", staff=1)
I("neg", "d", "www.samaritans.org")
I("neg", "d", "www.childline.org.uk")
I("neg", "q", "how to tie a bowline knot sea cadets")
I("neg", "t", "that physics past paper murdered me \U0001F62D never again")
# self-harm / eating-disorder look-alikes
I("neg", "q", "how to cut a mango into cubes")
I("neg", "q", "paper cut on finger still stinging after 2 days")
I("neg", "q", "how to fade chickenpox scars on face")
I("neg", "q", "burn from hair straighteners how to treat")
I("neg", "q", "calories in a greggs sausage roll")
I("neg", "q", "high protein meal prep for rugby training")
I("neg", "q", "how to bleed a radiator with a key")
I("neg", "q", "self harm awareness day assembly ideas", staff=1)
I("neg", "d", "www.beateatingdisorders.org.uk")
I("neg", "t", "cut my own fringe and its a disaster send help")
I("neg", "q", "blade runner 2049 soundtrack")
I("neg", "q", "wide leg or skinny jeans 2026")
I("neg", "q", "fasting in ramadan during school tips")
I("neg", "q", "razor bumps on legs after shaving remedy")
I("neg", "q", "lighter for birthday candles long reach", eng="amazon")
I("neg", "t", "the nurse said my scar from the appendix op is healing really well")
# radicalisation look-alikes
I("neg", "q", "ww2 propaganda posters analysis gcse history")
I("neg", "q", "greater and lesser jihad gcse religious studies")
I("neg", "q", "prevent duty online training certificate", staff=1)
I("neg", "q", "white rose group sophie scholl leaflets")
I("neg", "q", "brighton grand hotel bombing 1984 history")
I("neg", "q", "hitler youth gcse aqa how did they control young people")
I("neg", "q", "extremism definition citizenship gcse")
I("neg", "q", "isis and osiris myth ks2")
I("neg", "q", "rwanda genocide radio mille collines role")
I("neg", "t", "we absolutely bombed the pub quiz lol came last")
I("neg", "q", "partition of india 1947 violence bitesize")
I("neg", "q", "battle of cable street 1936")
I("neg", "d", "www.iwm.org.uk")
I("neg", "u", "https://en.wikipedia.org/wiki/Battle_of_Cable_Street")
I("neg", "q", "nasheeds for eid assembly children", staff=1)
I("neg", "q", "martyrs of tolpuddle trade union history")
I("neg", "q", "what does caliph mean", eng="wikipedia")
# grooming look-alikes
I("neg", "t", "dont say anything to mum yet, were getting her a puppy for christmas \U0001F92B")
I("neg", "t", "what age do u have to be to work at nandos")
I("neg", "q", "how old do you have to be to have snapchat uk")
I("neg", "t", "can u send me a pic of the homework sheet i left mine in science")
I("neg", "t", "meet you outside the library at 4, bring ur pe kit")
I("neg", "q", "nspcc pants rule resources ks2", staff=1)
I("neg", "q", "thinkuknow lesson plans year 8 online relationships", staff=1)
I("neg", "t", "grandad sent me 20 quid in my birthday card bless him")
I("neg", "t", "add me on snap so i can send u the bio notes")
I("neg", "t", "mum said shell pick us both up from the cinema at 9")
I("neg", "t", "dont tell anyone but i got a 9 in the mock \U0001F92D")
I("neg", "q", "lolita nabokov unreliable narrator a level essay")
I("neg", "q", "is it safe to meet someone from duolingo language exchange in person adults", staff=1)
# bullying look-alikes
I("neg", "t", "u absolute melt u left ur coat on the bus again \U0001F602")
I("neg", "q", "anti bullying week 2026 theme", staff=1)
I("neg", "q", "how to roast a chicken crispy skin")
I("neg", "t", "ur so dead when i beat u at fc later")
I("neg", "t", "nobody was in maths today, was it cancelled?")
I("neg", "q", "the crucible abigail manipulation quotes")
I("neg", "q", "ugly duckling story ks1 powerpoint")
I("neg", "q", "fat tuesday pancake day recipe easy")
I("neg", "t", "lmaooo ur dog is so ugly its cute")
# discrimination look-alikes
I("neg", "q", "black history month uk 2026 ideas")
I("neg", "q", "windrush scandal summary")
I("neg", "q", "pride month assembly ks3", staff=1)
I("neg", "q", "apartheid south africa gcse")
I("neg", "q", "gypsy roma traveller history month")
I("neg", "q", "equality act 2010 protected characteristics")
I("neg", "q", "to kill a mockingbird tom robinson trial quotes")
I("neg", "t", "shes fluent in polish and english so jealous")
I("neg", "q", "gb wheelchair basketball paralympics")
I("neg", "q", "stephen lawrence day resources", staff=1)
I("neg", "q", "transition lenses price specsavers")
I("neg", "q", "black pudding full english recipe")
# violence look-alikes
I("neg", "q", "how to sharpen a kitchen knife with a whetstone")
I("neg", "q", "clay pigeon shooting under 18 yorkshire")
I("neg", "q", "fencing club sabre beginners bristol")
I("neg", "q", "bath bomb recipe without citric acid")
I("neg", "q", "battle of hastings arrow in the eye myth")
I("neg", "q", "killer sudoku tips")
I("neg", "q", "black ops 7 best smg loadout")
I("neg", "q", "how to shoot a free throw basketball form")
I("neg", "q", "minecraft tnt cannon tutorial")
I("neg", "t", "we got absolutely smashed 5-0 by st peters, carnage")
I("neg", "q", "muay thai classes for teens leicester")
I("neg", "q", "knife crime awareness workshop for schools", staff=1)
I("neg", "q", "bake off chocolate bomb showstopper")
I("neg", "q", "katniss bow and arrow hunger games")
I("neg", "q", "bread knife serrated", eng="amazon")
I("neg", "q", "archery club for kids near me")
I("neg", "q", "let the bodies hit the floor lyrics")
# other-category look-alikes
I("neg", "q", "sex education consent lesson year 9", staff=1)
I("neg", "q", "how to check for breast cancer lumps")
I("neg", "q", "cockermouth floods 2009 geography case study")
I("neg", "q", "sexhow north yorkshire")
I("neg", "q", "pratts bottom kent bus times")
I("neg", "d", "www.brook.org.uk")
I("neg", "q", "naked mole rat facts")
I("neg", "d", "www.talktofrank.com")
I("neg", "q", "ibuprofen or paracetamol for period pain")
I("neg", "q", "cocaine in victorian medicine history")
I("neg", "q", "ecstasy of saint teresa bernini")
I("neg", "q", "breaking bad season 2 recap")
I("neg", "q", "digital kitchen scales for baking", eng="amazon")
I("neg", "q", "probability of rolling a six gcse maths")
I("neg", "d", "www.begambleaware.org")
I("neg", "q", "poker face lady gaga lyrics")
I("neg", "q", "a1 bypass roadworks newark")
I("neg", "q", "proxy war definition cold war")
I("neg", "q", "vpn meaning gcse computer science networks")
I("neg", "q", "ocr a level computer science malware types revision")
I("neg", "q", "what is a ddos attack bitesize")
I("neg", "q", "cyberfirst girls competition 2027")
I("neg", "q", "hackney wick overground")
I("neg", "q", "revision life hacks for gcses")
I("neg", "q", "how did turing crack enigma")
I("neg", "q", "blackbeard the pirate ks2")
I("neg", "q", "silk road trade route history")
I("neg", "q", "counterfeit goods trading standards gcse business")
I("neg", "q", "the dark web explained ocr computer science")
# neutral school traffic (DNS/URL) and disguised-looking but innocent text
I("neg", "d", "classroom.google.com")
I("neg", "d", "www.senecalearning.com")
I("neg", "d", "www.kooth.com")
I("neg", "d", "www.youngminds.org.uk")
I("neg", "d", "www.nhs.uk")
I("neg", "d", "www.essex.ac.uk")
I("neg", "d", "www.middlesex.ac.uk")
I("neg", "d", "www.hackney.gov.uk")
I("neg", "d", "www.arsenal.com")
I("neg", "d", "www.bettys.co.uk")
I("neg", "d", "www.sexpistolsofficial.com")
I("neg", "d", "deadline.com")
I("neg", "d", "www.shotokanengland.co.uk")
I("neg", "u", "https://www.bbc.co.uk/bitesize/subjects/zrkw2hv")
I("neg", "u", "https://en.wikipedia.org/wiki/Peterloo_Massacre")
I("neg", "t", "gg ez, 1v1 me after sch00l n00b")
I("neg", "t", "{fw|aesthetic bedroom ideas} for my new room")
I("neg", "t", "c u @ the g8s at 3:30 m8")
I("neg", "t", "soooo booooored of revising chemistryyyy")
I("neg", "t", "we need the bio homework d.o.n.e by 9 or mrs k will k*ll us lol")
I("neg", "t", "can u bring the glue gun tmrw, dt project is due||, forgot mine at nans")
I("neg", "q", "gcse english language paper 1 question 5 descriptive writing a storm")


# --------------------------------------------------------------------------------------
# Hash-derived choices
# --------------------------------------------------------------------------------------

def H(n, salt):
    return int.from_bytes(hashlib.sha256(("h6-%04d/%s" % (n, salt)).encode()).digest()[:8], "big")


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


STUDENTS = ["y10.jbarker", "y9.ahmed.r", "s.kowalczyk", "21jbrown", "EDU\\m.osei", "lh.patel",
            "student2291", "t.nguyen", "ellie.w09", "k.adeyemi", "19fmurphy", "EDU\\c.doherty",
            "guest-ws14", "a.hussain22", "r.mcallister", "22obi.c", "j.ward@sfc.ac.uk",
            "y11.lewis.m", "EDU\\z.begum", "b.nowicki"]
STAFF = ["staff\\j.henderson", "dsl.okoro", "t.lambert", "EDU\\pastoral.team", "s.greaves@sfc.ac.uk"]
SITES = [("north", ["LIB-PC-12", "ICT2-PC-07", "N-SCI-LT-03"]),
         ("south", ["CB-6F-118", "CB-6F-131", "S-HUM-PC-22"]),
         ("sixth-form", ["SFC-LT-04", "SFC-STUDY-19", "SFC-LT-27"]),
         ("main", ["MAIN-LIB-02", "ICT1-PC-15", "MUSIC-PC-3"])]
CHATS = [("Discord.exe", "#general | year 10 lot - Discord"), ("Discord.exe", "@jayden_x - Discord"),
         ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Snapchat - Google Chrome"),
         ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"),
         ("msedge.exe", "Messenger | Facebook - Microsoft\u200b Edge"),
         ("Teams.exe", "Chat | Microsoft Teams"), ("RobloxPlayerBeta.exe", "Roblox"),
         ("Telegram.exe", "Telegram"), ("chrome.exe", "Untitled document - Google Docs - Google Chrome"),
         ("WINWORD.EXE", "Document3 - Word"), ("notepad.exe", "Untitled - Notepad")]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
       "Mozilla/5.0 (X11; CrOS x86_64 16181.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:144.0) Gecko/20100101 Firefox/144.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1"]
MON = "Nov"
NOV1 = calendar.timegm((2026, 11, 1, 0, 0, 0))
HOURS = [8, 9, 9, 10, 11, 12, 12, 13, 14, 15, 15, 16, 17, 18, 19, 20, 21, 21, 22, 23, 0, 1, 7]


def when(n):
    day = H(n, "day") % 30
    hour = pick(n, "hour", HOURS)
    sec = H(n, "sec") % 3600
    ms = H(n, "ms") % 1000
    return NOV1 + day * 86400 + hour * 3600 + sec, ms


def ip(n, salt):
    h = H(n, salt)
    return "10.%d.%d.%d" % (h % 40 + 1, (h >> 8) % 256, (h >> 16) % 253 + 1)


def ext_ip(n, salt):
    h = H(n, salt)
    return "%d.%d.%d.%d" % (pick(n, salt + "a", [142, 172, 104, 151, 13, 185, 23, 216]),
                            (h >> 8) % 256, (h >> 16) % 256, (h >> 24) % 253 + 1)


def iso(t, ms):
    return "%s.%03dZ" % (time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)), ms)


def tm(t):
    return time.gmtime(t)


def hms(t):
    g = tm(t)
    return "%02d:%02d:%02d" % (g.tm_hour, g.tm_min, g.tm_sec)


# --------------------------------------------------------------------------------------
# Disguise transforms
# --------------------------------------------------------------------------------------

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb"}
GRK = {"o": "\u03bf", "i": "\u03b9", "k": "\u03ba", "v": "\u03bd", "p": "\u03c1", "a": "\u03b1",
       "u": "\u03c5", "t": "\u03c4"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
XFORMS = ["leet", "sp", "dot", "str", "ast", "cyr", "gr", "fw", "zw", "mix"]


def _sub(s, n, table, salt, every=False):
    out, done = [], False
    for k, c in enumerate(s):
        if c.lower() in table and (every or H(n, "%s%d" % (salt, k)) % 3 != 0):
            out.append(table[c.lower()])
            done = True
        else:
            out.append(c)
    if not done:
        for k, c in enumerate(out):
            if c.lower() in table:
                out[k] = table[c.lower()]
                break
    return "".join(out)


def xform(name, s, n):
    if name == "leet":
        return _sub(s, n, LEET, "lt")
    if name == "sp":
        return "  ".join(" ".join(w) for w in s.split(" "))
    if name == "dot":
        return " ".join(".".join(w) for w in s.split(" "))
    if name == "str":
        words = s.split(" ")
        w = words[-1]
        for k in range(len(w) - 1, -1, -1):
            if w[k] in "aeiouy":
                words[-1] = w[:k] + w[k] * (3 + H(n, "str") % 3) + w[k + 1:]
                break
        return " ".join(words)
    if name == "ast":
        vowels = [k for k, c in enumerate(s) if c in "aeiou"]
        chosen = {vowels[H(n, "ast") % len(vowels)]}
        if len(vowels) > 3:
            chosen.add(vowels[H(n, "ast2") % len(vowels)])
        return "".join("*" if k in chosen else c for k, c in enumerate(s))
    if name == "cyr":
        return _sub(s, n, CYR, "cy", every=True)
    if name == "gr":
        return _sub(s, n, GRK, "gk")
    if name == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)
    if name == "zw":
        out, done = [], False
        for k, c in enumerate(s):
            out.append(c)
            if c.isalpha() and k + 1 < len(s) and s[k + 1].isalpha() and (H(n, "zw%d" % k) % 2 == 0
                                                                         or (not done and k + 2 >= len(s) // 2)):
                out.append(ZW[H(n, "zwc%d" % k) % len(ZW)])
                done = True
        return "".join(out)
    if name == "mix":
        return xform("dot", xform("leet", s, n), n)
    raise ValueError(name)


def disguise(name, s, n):
    out = xform(name, s, n)
    return out if out != s else xform("cyr", s, n)


def render_text(tag, text, n, used):
    out, k = [], 0
    while True:
        a = text.find("{", k)
        if a < 0:
            out.append(text[k:])
            break
        b = text.index("}", a)
        out.append(text[k:a])
        span = text[a + 1:b]
        name = None
        if "|" in span:
            name, span = span.split("|", 1)
        if tag in ("dis", "neg") and (name or tag == "dis"):
            name = name or pick(n, "xf", XFORMS)
            used.append(name)
            out.append(disguise(name, span, n))
        else:
            out.append(span)
        k = b + 1
    return "".join(out)


# --------------------------------------------------------------------------------------
# Search engines
# --------------------------------------------------------------------------------------

def qp(q):
    return urllib.parse.quote_plus(q, safe="*")


def q20(q):
    return urllib.parse.quote(q, safe="*")


def search(engine, q, n, t):
    """Return (url, window title) for a search."""
    if engine == "google":
        if H(n, "gv") % 2:
            u = "https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (qp(q), qp(q))
        else:
            u = "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % qp(q)
        return u, "%s - Google Search - Google Chrome" % q
    if engine == "bing":
        return ("https://www.bing.com/search?q=%s&form=QBLH&sp=-1&pq=%s" % (qp(q), qp(q)),
                "%s - Search - Microsoft\u200b Edge" % q)
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&t=h_&ia=web" % qp(q), "%s at DuckDuckGo \u2014 Mozilla Firefox" % q
    if engine == "yahoo":
        return ("https://uk.search.yahoo.com/search?p=%s&fr=yfp-t&ei=UTF-8" % qp(q),
                "%s - Yahoo Search Results - Google Chrome" % q)
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % qp(q), "%s - Ecosia - Google Chrome" % q
    if engine == "youtube":
        return "https://www.youtube.com/results?search_query=%s" % qp(q), "%s - YouTube - Google Chrome" % q
    if engine == "tiktok":
        return ("https://www.tiktok.com/search?q=%s&t=%d" % (q20(q), t * 1000 + H(n, "tt") % 1000),
                "Find '%s' on TikTok | TikTok Search - Google Chrome" % q)
    if engine == "reddit":
        return ("https://www.reddit.com/search/?q=%s&type=link" % q20(q),
                "%s - Reddit Search - Google Chrome" % q)
    if engine == "wikipedia":
        return ("https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch&ns0=1" % qp(q),
                "Search results for %s - Wikipedia - Google Chrome" % q)
    if engine == "amazon":
        crid = "%012X" % (H(n, "crid") % (1 << 48))
        return ("https://www.amazon.co.uk/s?k=%s&crid=%s&sprefix=%s%%2Caps%%2C96&ref=nb_sb_noss_1"
                % (qp(q), crid, qp(q[:6])), "Amazon.co.uk : %s - Google Chrome" % q)
    raise ValueError(engine)


ENGINES = [("google", 6), ("bing", 3), ("ddg", 2), ("yahoo", 1), ("ecosia", 1), ("youtube", 2),
           ("tiktok", 2), ("reddit", 1)]
STAFF_ENGINES = [("google", 4), ("bing", 2), ("ecosia", 1), ("ddg", 1)]

# --------------------------------------------------------------------------------------
# Carriers
# --------------------------------------------------------------------------------------

Q_CARRIERS = [("squid", 18), ("squid_bump", 4), ("clf_common", 6), ("clf_combined", 8),
              ("e2g2", 4), ("e2g4", 4), ("e2g6", 4), ("zeek_http", 7), ("ep_window", 10),
              ("ep_url", 7), ("ep_typed", 5)]
U_CARRIERS = [("squid", 5), ("squid_bump", 2), ("clf_combined", 2), ("clf_common", 1), ("e2g2", 1),
              ("zeek_http", 2), ("ep_url", 3)]
D_CARRIERS = [("unbound", 5), ("unbound_epoch", 3), ("unbound_reply", 2), ("dnsmasq_extra", 4),
              ("dnsmasq", 3), ("bind", 4), ("bind_rpz", 1), ("zeek_dns", 7), ("squid_connect", 2),
              ("squid_sni", 3), ("clf_connect", 2), ("e2g_connect", 2), ("ep_url", 2)]
FORMAT_OF = {"squid": "squid", "squid_bump": "squid", "squid_connect": "squid", "squid_sni": "squid",
             "clf_common": "clf", "clf_combined": "clf", "clf_connect": "clf",
             "e2g2": "e2guardian", "e2g4": "e2guardian", "e2g6": "e2guardian", "e2g_connect": "e2guardian",
             "unbound": "unbound", "unbound_epoch": "unbound", "unbound_reply": "unbound",
             "dnsmasq": "dnsmasq", "dnsmasq_extra": "dnsmasq", "bind": "bind", "bind_rpz": "bind",
             "zeek_dns": "zeek-dns", "zeek_dns_tsv": "zeek-dns", "zeek_http": "zeek-http",
             "zeek_http_tsv": "zeek-http", "ep_window": "endpoint", "ep_url": "endpoint",
             "ep_typed": "endpoint", "ep_text": "endpoint", "ep_text2": "endpoint", "ep_title": "endpoint"}
SYSLOG_APP = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian", "unbound": "unbound",
              "dnsmasq": "dnsmasq", "bind": "named"}
# pinned carriers so that every format variant is present whatever the hashes say
PIN_VIA = {}


def split_url(url):
    p = urllib.parse.urlsplit(url)
    uri = p.path + ("?" + p.query if p.query else "")
    return p.scheme, p.hostname, uri


def clf_date(t):
    g = tm(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g.tm_mday, MON, g.tm_year, g.tm_hour, g.tm_min, g.tm_sec)


def e2g_date(t):
    g = tm(t)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)


def endpoint(n, t, ms, event, process, title, text, url, user, site, device, ascii_json):
    ev = {"ts": iso(t, ms), "site": site, "device": device, "user": user, "event": event,
          "process": process, "window_title": title, "text": text, "url": url}
    return json.dumps(ev, ensure_ascii=ascii_json)


def zeek_tsv(path, fields, types, row, t):
    g = tm(t)
    opened = "%04d-%02d-%02d-%02d-00-00" % (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types), "\t".join(row)]


def build(n, item):
    tag, kind, raw, expect, allow, opts = item
    used = []
    text = render_text(tag, raw, n, used)
    t, ms = when(n)
    staff = bool(opts.get("staff"))
    user = pick(n, "user", STAFF if staff else STUDENTS)
    site, devs = pick(n, "site", SITES)
    device = "STAFF-LT-%02d" % (H(n, "sdev") % 40 + 1) if staff else pick(n, "dev", devs)
    cip, dip = ip(n, "cip"), ext_ip(n, "dip")
    ua = pick(n, "ua", UAS)
    ascii_json = H(n, "asc") % 4 == 0
    info = {"used": used, "syslog": None}

    if kind == "q":
        via = opts.get("via") or PIN_VIA.get(n) or wpick(n, "via", Q_CARRIERS)
        engine = opts.get("eng") or wpick(n, "eng", STAFF_ENGINES if staff else ENGINES)
        url, title = search(engine, text, n, t)
        info["engine"] = engine
    elif kind == "u":
        via = opts.get("via") or PIN_VIA.get(n) or wpick(n, "via", U_CARRIERS)
        url, title = text, None
    elif kind == "d":
        via = opts.get("via") or PIN_VIA.get(n) or wpick(n, "via", D_CARRIERS)
        url, title = "https://%s/" % text, None
    elif kind == "t":
        via = "ep_text2" if "||" in text else "ep_text"
    elif kind == "w":
        via = "ep_title"
    else:
        raise ValueError(kind)
    info["via"] = via

    lines = None
    line = None
    el, size = H(n, "el") % 900 + 3, H(n, "sz") % 90000 + 1200
    if via in ("squid", "squid_bump", "clf_common", "clf_combined", "e2g2", "e2g4", "e2g6",
               "zeek_http", "zeek_http_tsv"):
        scheme, host, uri = split_url(url)
    if via == "squid":
        line = "%d.%03d %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (
            t, ms, el, cip, size, url, user, dip)
    elif via == "squid_bump":
        line = '%d.%03d %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
            t, ms, el, cip, user, size, url, dip, ua, host, host)
    elif via == "squid_connect":
        line = "%d.%03d %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            t, ms, el * 40, cip, size, text, user, dip)
    elif via == "squid_sni":
        line = '%d.%03d %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "-" %s sni=%s bump=splice' % (
            t, ms, el * 40, cip, user, size, dip, dip, dip, text)
    elif via == "clf_common":
        line = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d TCP_MISS:HIER_DIRECT' % (cip, user, clf_date(t), url, size)
    elif via == "clf_combined":
        ref = pick(n, "ref", ["-", "https://www.google.co.uk/", "https://www.bing.com/", "-"])
        line = '%s - %s [%s] "GET %s HTTP/1.1" 200 %d "%s" "%s" TCP_MISS:HIER_DIRECT' % (
            cip, user, clf_date(t), url, size, ref, ua)
    elif via == "clf_connect":
        line = '%s - %s [%s] "CONNECT %s:443 HTTP/1.1" 200 %d "-" "%s" TCP_TUNNEL:HIER_DIRECT' % (
            cip, user, clf_date(t), text, size, ua)
    elif via in ("e2g2", "e2g4", "e2g6", "e2g_connect"):
        group = "staff" if staff else pick(n, "grp", ["students", "sixthform", "no_name_group"])
        if via == "e2g_connect":
            u2, meth, params = "https://%s:443" % text, "CONNECT", "-"
        else:
            u2, meth = url, "GET"
            params = "0=%s;" % text if kind == "q" else "-"
        weight = str(H(n, "wt") % 20)
        fields = [e2g_date(t), user, cip, u2, "-", meth, str(size), weight, "-", "1", "200", "-", cip,
                  group, ua, params, "-", "-", "-"]
        if via == "e2g4":
            line = "\t".join(fields)
        elif via == "e2g6":
            line = "\t".join(["%d.%03d" % (t, ms), "", user, cip, cip, u2, meth, "200", str(size), "-", ua, "-",
                              str(el), "-", "0", "-", weight, "-", group, "1"])
        else:
            line = ",".join('"%s"' % f.replace('"', '""') for f in fields)
    elif via in ("zeek_http", "zeek_http_tsv"):
        uid = "C" + hashlib.sha256(("uid%d" % n).encode()).hexdigest()[:17]
        if via == "zeek_http":
            line = json.dumps({"ts": float("%d.%03d" % (t, ms)), "uid": uid, "id.orig_h": cip,
                               "id.orig_p": 32768 + H(n, "sp") % 28000, "id.resp_h": dip, "id.resp_p": 80,
                               "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
                               "user_agent": ua, "request_body_len": 0, "response_body_len": size,
                               "status_code": 200, "status_msg": "OK", "tags": []})
        else:
            fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method",
                      "host", "uri", "referrer", "version", "user_agent", "origin", "request_body_len",
                      "response_body_len", "status_code", "status_msg", "info_code", "info_msg", "tags",
                      "username", "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types",
                      "resp_fuids", "resp_filenames", "resp_mime_types"]
            types = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string",
                     "string", "string", "string", "string", "count", "count", "count", "string", "count",
                     "string", "set[enum]", "string", "string", "set[string]", "vector[string]",
                     "vector[string]", "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
            row = ["%d.%06d" % (t, ms * 1000), uid, cip, str(32768 + H(n, "sp") % 28000), dip, "80", "1", "GET",
                   host, uri, "-", "1.1", ua, "-", "0", str(size), "200", "OK", "-", "-", "(empty)", "-", "-",
                   "-", "-", "-", "-", "F" + uid[1:], "-", "text/html"]
            lines = zeek_tsv("http", fields, types, row, t)
    elif via in ("zeek_dns", "zeek_dns_tsv"):
        uid = "C" + hashlib.sha256(("uid%d" % n).encode()).hexdigest()[:17]
        if via == "zeek_dns":
            line = json.dumps({"ts": float("%d.%03d" % (t, ms)), "uid": uid, "id.orig_h": cip,
                               "id.orig_p": 32768 + H(n, "sp") % 28000, "id.resp_h": "10.0.0.53", "id.resp_p": 53,
                               "proto": "udp", "trans_id": H(n, "tid") % 65536, "query": text, "qclass": 1,
                               "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0,
                               "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
                               "answers": [dip], "TTLs": [float(60 + H(n, "ttl") % 240)], "rejected": False})
        else:
            fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id",
                      "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name",
                      "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
            types = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string",
                     "count", "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool",
                     "count", "vector[string]", "vector[interval]", "bool"]
            row = ["%d.%06d" % (t, ms * 1000), uid, cip, str(32768 + H(n, "sp") % 28000), "10.0.0.53", "53", "udp",
                   str(H(n, "tid") % 65536), "0.0%05d" % (H(n, "rtt") % 90000), text, "1", "C_INTERNET", "1", "A",
                   "0", "NOERROR", "F", "F", "T", "T", "0", dip, "%d.000000" % (60 + H(n, "ttl") % 240), "F"]
            lines = zeek_tsv("dns", fields, types, row, t)
    elif via in ("unbound", "unbound_epoch", "unbound_reply"):
        pid = 800 + H(n, "pid") % 9000
        if via == "unbound_reply":
            msg = "info: %s %s. A IN NOERROR 0.%06d 0 %d" % (cip, text, H(n, "rt") % 200000, 40 + H(n, "ln") % 60)
        else:
            msg = "info: %s %s. A IN" % (cip, text)
        info["dnsmsg"] = ("unbound", "%d:0" % pid, msg)
        if via == "unbound_epoch":
            line = "[%d] unbound[%d:0] %s" % (t, pid, msg)
        else:
            g = tm(t)
            line = "%s %02d %s unbound[%d:0] %s" % (MON, g.tm_mday, hms(t), pid, msg)
    elif via in ("dnsmasq", "dnsmasq_extra"):
        pid = 800 + H(n, "pid") % 9000
        if via == "dnsmasq_extra":
            msg = "%d %s/%d query[A] %s from %s" % (H(n, "ser") % 90000 + 1, cip, 1024 + H(n, "sp") % 60000, text, cip)
        else:
            msg = "query[A] %s from %s" % (text, cip)
        info["dnsmsg"] = ("dnsmasq", str(pid), msg)
        g = tm(t)
        line = "%s %2d %s dnsmasq[%d]: %s" % (MON, g.tm_mday, hms(t), pid, msg)
    elif via in ("bind", "bind_rpz"):
        g = tm(t)
        cl = "client @0x7f%010x %s#%d (%s)" % (H(n, "ptr") % (1 << 40), cip, 1024 + H(n, "sp") % 60000, text)
        if via == "bind":
            body = "%s: query: %s IN A +E(0)K (10.0.0.53)" % (cl, text)
            cat = "queries"
        else:
            body = "%s: rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (cl, text, text)
            cat = "rpz"
        info["dnsmsg"] = ("named", str(600 + H(n, "pid") % 3000), body)
        line = "%02d-%s-%04d %s.%03d %s: info: %s" % (g.tm_mday, MON, g.tm_year, hms(t), ms, cat, body)
    elif via in ("ep_window", "ep_url", "ep_typed", "ep_text", "ep_text2", "ep_title"):
        if via == "ep_window":
            proc = {"bing": "msedge.exe", "ddg": "firefox.exe"}.get(info.get("engine"), "chrome.exe")
            line = endpoint(n, t, ms, "window_title", proc, title, None, None, user, site, device, ascii_json)
        elif via == "ep_url":
            line = endpoint(n, t, ms, "url_visit", "chrome.exe", "New Tab - Google Chrome", None, url,
                            user, site, device, ascii_json)
        elif via == "ep_typed":
            line = endpoint(n, t, ms, "text_capture", "chrome.exe", "New Tab - Google Chrome", text, None,
                            user, site, device, ascii_json)
        elif via == "ep_title":
            proc = "msedge.exe" if "Edge" in text else ("firefox.exe" if "Firefox" in text else "chrome.exe")
            line = endpoint(n, t, ms, "window_title", proc, text, None, None, user, site, device, ascii_json)
        else:
            proc, win = pick(n, "chat", CHATS)
            if via == "ep_text":
                line = endpoint(n, t, ms, "text_capture", proc, win, text, None, user, site, device, ascii_json)
            else:
                a, b = text.split("||", 1)
                gap = 2 + H(n, "gap") % 8
                lines = [endpoint(n, t, ms, "text_capture", proc, win, a, None, user, site, device, ascii_json),
                         endpoint(n, t + gap, (ms + 417) % 1000, "text_capture", proc, win, b, None, user, site,
                                  device, ascii_json)]
    else:
        raise ValueError(via)

    fmt = FORMAT_OF[via]
    # syslog wrapping for proxy and DNS lines
    if line is not None and fmt in SYSLOG_APP and H(n, "sys") % 100 < 16:
        g = tm(t)
        style = "3164" if H(n, "sysst") % 2 else "5424"
        host = pick(n, "host", {"squid": ["proxy01", "sq-north", "filter1"], "clf": ["proxy01", "sq-south"],
                                "e2guardian": ["e2g01", "filter2"], "unbound": ["resolver1", "dns-a"],
                                "dnsmasq": ["pihole", "dns-b"], "bind": ["ns1", "ns2"]}[fmt])
        app = SYSLOG_APP[fmt]
        if "dnsmsg" in info:
            app, pid, msg = info["dnsmsg"]
        else:
            pid, msg = str(1000 + H(n, "spid") % 30000), line
        pri = {"squid": 134, "clf": 134, "e2guardian": 134}.get(fmt, 30)
        if style == "3164":
            tag3164 = "%s[%s]" % (app, pid.split(":")[0] if app != "unbound" else pid)
            line = "<%d>%s %2d %s %s %s: %s" % (pri, MON, g.tm_mday, hms(t), host, tag3164, msg)
        else:
            line = "<%d>1 %s %s %s %s - - %s" % (pri, iso(t, ms), host, app, pid.split(":")[0], msg)
        info["syslog"] = style
    if H(n, "auto") % 100 < 6:
        fmt = "auto"

    rec = {"id": "h6-%04d" % n, "format": fmt}
    if lines is not None:
        rec["lines"] = lines
    else:
        rec["line"] = line
    exp = []
    for e in expect.split():
        c, lv = e.split(":")
        exp.append({"category": c, "min_level": int(lv)})
    rec["expect"] = exp
    if allow:
        rec["allow"] = allow.split()
    return rec, info


def order():
    idx = list(range(len(ITEMS)))
    idx.sort(key=lambda i: hashlib.sha256(("h6-order/%d" % i).encode()).hexdigest())
    return [ITEMS[i] for i in idx]


def main():
    stats = "--stats" in sys.argv[1:]
    items = order()
    # pin a few carriers so every format variant is certainly present (chosen by item number)
    need = [("zeek_http_tsv", "q", False), ("squid_bump", "q", True), ("e2g6", "q", False),
            ("e2g2", "q", True), ("e2g4", "q", False), ("zeek_dns_tsv", "d", False), ("bind_rpz", "d", True),
            ("bind", "d", False), ("bind", "d", True), ("unbound_reply", "d", False), ("squid_sni", "d", True),
            ("unbound_epoch", "d", False), ("dnsmasq", "d", True), ("dnsmasq_extra", "d", False), ("e2g_connect", "d", False),
            ("clf_connect", "d", False), ("zeek_dns", "d", True)]
    taken = set()
    for via, kind, pos in need:
        cands = [k + 1 for k, it in enumerate(items) if it[1] == kind and not it[5].get("via")
                 and (bool(it[3]) or not pos) and k + 1 not in taken]
        cands.sort(key=lambda n: H(n, "pin/" + via))
        PIN_VIA[cands[0]] = via
        taken.add(cands[0])
    recs, infos = [], []
    for k, it in enumerate(items):
        r, inf = build(k + 1, it)
        recs.append(r)
        infos.append((it, inf))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if stats:
        from collections import Counter
        cat, tags, fmts, vias, xf, sysl, eng = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
        pos_tags = Counter()
        multi = 0
        for (it, inf), r in zip(infos, recs):
            tags[it[0]] += 1
            if r["expect"]:
                pos_tags[it[0]] += 1
            for e in r["expect"]:
                cat[e["category"]] += 1
            fmts[r["format"]] += 1
            vias[inf["via"]] += 1
            for u in inf["used"]:
                xf[u] += 1
            if inf["syslog"]:
                sysl[inf["syslog"]] += 1
            if inf.get("engine"):
                eng[inf["engine"]] += 1
            if "lines" in r:
                multi += 1
        n = len(recs)
        neg = sum(1 for r in recs if not r["expect"])
        w = sys.stderr.write
        w("items %d, positives %d, hard negatives %d (%.1f%%)\n" % (n, n - neg, neg, 100.0 * neg / n))
        w("positives per category: %s\n" % dict(sorted(cat.items())))
        w("tags (all): %s\n" % dict(sorted(tags.items())))
        pt = sum(pos_tags.values())
        w("tags (positives): %s\n" % ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / pt) for k, v in sorted(pos_tags.items())))
        w("format field: %s\n" % dict(sorted(fmts.items())))
        w("carriers: %s\n" % dict(sorted(vias.items())))
        w("engines: %s\n" % dict(sorted(eng.items())))
        w("syslog wrapped: %s; multi-line items: %d\n" % (dict(sysl), multi))
        w("disguise transforms: %s\n" % dict(sorted(xf.items())))


if __name__ == "__main__":
    main()
