#!/usr/bin/env python3
"""Generator for the held-out corpus heldout19.jsonl (Guardline, CONTRACTS.md sections 2-4).

Perspective: the DSL of a rural 11-18 secondary school and sixth form (villages around a
fictional market town, "Hartbury"): farming families, long bus journeys, county lines reaching
small towns, far-right content in local Facebook/Telegram groups, legal shooting and farm tools,
young carers, rural poverty, gaming as the main social life.

Written by hand, independently of the detector.  Deterministic and standard-library only:
every "random" choice (format, user, device, time, URL encoding, wrapping, ordering) is taken
from a SHA-256 of the item number (or the spec's index number, for ordering).

Usage:  python3 -B build_heldout19.py [--out PATH] [--stats]

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3: 5 only for imminent serious risk (a stated suicide
  plan/method or means, an overdose in progress, a meeting arranged by an adult/groomer or
  exploiter, attack planning with means/time/target); 4 for serious concern (self-harm,
  suicidal ideation, extremist propaganda sought, grooming/exploitation signs, abuse
  disclosures, weapons threats); 3 for concerning interest/exposure (bullying messages,
  discriminatory abuse, adult content, drug buying, illegal goods); 2 for gambling, filter
  bypass, hacking; 1 for gaming, social media in school time, piracy.
* Help-seeking: when a pupil's own words disclose their own current risk ("how do I stop
  self harming", "he asked me for nudes is that normal") the item is a POSITIVE for that
  category with min_level 3 (the DSL must still see it; we do not demand the top level because
  the pupil is already reaching out).  Third-person concern about another child ("my mate keeps
  saying she wants to end it") is a POSITIVE at the normal level (usually 4): it is a
  disclosure the DSL must act on.  Visiting a help service with no disclosure (a DNS lookup of
  Childline or Samaritans, a "young carers support" search) is a NEGATIVE.
* Education, PSHE and staff activity (set texts, history, RE, safeguarding training, policy
  templates, lesson resources) are NEGATIVES even when they use the risk vocabulary.
* Legal farming and country-sports activity (vermin control, culling, slaughter, castrating,
  dispatching poultry, shotgun certificates, clay pigeon shooting, billhooks) is NEGATIVE.
* Hyperbole ("this homework is killing me", "absolute slaughter") is NEGATIVE.
* County lines / criminal exploitation and sextortion are labelled `grooming` (the
  exploitation category of section 3), with `drugs` (or `bullying`, `illegal_content`) allowed.
* `allow` lists only genuinely ambiguous second categories (e.g. a far-right arson plan is
  radicalisation + allowed violence/discrimination; "kys" abuse is bullying + allowed suicide).
"""
import hashlib
import json
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus, unquote_plus

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
              "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
              "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns", "zeek-http",
           "endpoint", "auto"]


def P(cat, lvl, kind, text, allow=(), tf=None):
    return {"cat": cat, "lvl": lvl, "kind": kind, "text": text, "allow": list(allow), "tf": tf}


def N(kind, text, tf=None):
    return {"cat": None, "lvl": 0, "kind": kind, "text": text, "allow": [], "tf": tf}


# kinds: s = search query, c = pupil chat (endpoint text_capture), x = chat split over two
# fragments at '|', d = domain (DNS or CONNECT), u = full URL, w = window title "proc::title",
# st = staff chat/mail, e = document text.  {braces} mark the span a transform (tf) applies to.
POS = [
    # ---- suicide (22)
    P("suicide", 5, "s", "paracetamol how many to not wake up"),
    P("suicide", 5, "c", "got the key to dads gun cabinet now. when theyre all at the mart tmrw im doing it, im done", ["violence"]),
    P("suicide", 4, "c", "honestly everyone would be better off without me, one less mouth to feed on the farm"),
    P("suicide", 5, "s", "how long does it take to die from {hanging}", tf="zw"),
    P("suicide", 4, "x", "i dont wanna be he|re anymore tbh"),
    P("suicide", 5, "s", "k!ll mys3lf painless"),
    P("suicide", 5, "c", "wrote my letters. gonna walk up to the railway bridge after the last bus"),
    P("suicide", 4, "s", "is it selfish to unalive yourself"),
    P("suicide", 4, "c", "kms fr this time not even joking im so done with everything"),
    P("suicide", 5, "s", "how much sheep drench would kill a person"),
    P("suicide", 4, "c", "my mate in yr10 keeps saying she wants to end it and shes been giving all her hoodies away"),
    P("suicide", 3, "s", "what to do when u want to die but scared to tell anyone"),
    P("suicide", 5, "s", "how high does a fall have to be to definitely die"),
    P("suicide", 4, "c", "sometimes i just {want to die} and nobody on this bus would even notice", tf="zw"),
    P("suicide", 5, "s", "{carbon monoxide suicide} in the garage", tf="hg"),
    P("suicide", 4, "c", "yeah training got cancelled cos of the flooding again, mums on nights at the care home so im minding the little ones, tbh ive been thinking id rather just not wake up, anyway did u do the chem homework"),
    P("suicide", 3, "s", "reasons to stay alive when you hate yourself"),
    P("suicide", 5, "x", "taken 30 of my nans tab|lets, feel really weird now", ["self_harm"]),
    P("suicide", 5, "s", "how to comm*t s*icide without my family knowing"),
    P("suicide", 4, "c", "whats the point of any of it, ive been thinking about how id go and where"),
    P("suicide", 5, "s", "how to make su.ic.ide look like a farm accident"),
    P("suicide", 5, "s", "does it hurt to drown in a slurry pit"),
    # ---- self_harm (22)
    P("self_harm", 4, "s", "how to hide cuts from pe teacher"),
    P("self_harm", 4, "c", "been cutting again, wearing long sleeves at netball so no one sees"),
    P("self_harm", 4, "s", "where to s/h so parents dont see"),
    P("self_harm", 4, "s", "how to clean a deep cut without going to a&e"),
    P("self_harm", 4, "c", "relapsed last nite c u t t i n g on my thighs again"),
    P("self_harm", 4, "s", "does burning yourself with a lighter leave scars"),
    P("self_harm", 4, "c", "i punch the barn wall til my knuckles bleed just so i feel something"),
    P("self_harm", 3, "s", "how to stop self harming when the urge is really bad"),
    P("self_harm", 4, "c", "saw jess's arms in the changing rooms, loads of fresh marks, she said its the cat but its not"),
    P("self_harm", 4, "s", "how to get razor blade out of pencil sharpener"),
    P("self_harm", 4, "c", "not eaten in 3 days proper proud, want to get to 6"),
    P("self_harm", 4, "s", "pro ana tips to stop feeling hungry"),
    P("self_harm", 4, "c", "{self harm} is the only thing that helps rn", tf="zw"),
    P("self_harm", 4, "s", "{self harm} scars how to cover up", tf="hg"),
    P("self_harm", 4, "s", "cat scratches excuse for marks on arm"),
    P("self_harm", 4, "x", "gonna use the stanley blade from dads work|shop on my arm tonight", ["suicide"]),
    P("self_harm", 4, "s", "self h@rm tips that dont scar"),
    P("self_harm", 4, "c", "hit myself with the belt again til it bruised, i deserve it"),
    P("self_harm", 4, "s", "how deep to cut to scar", ["suicide"]),
    P("self_harm", 4, "c", "tw i relapsed, 4 months clean and i ruined it"),
    P("self_harm", 4, "s", "ed twt meanspo thinspo"),
    P("self_harm", 3, "c", "i dont want to tell mum i self harm, who do i even talk to at school"),
    # ---- radicalisation (22)
    P("radicalisation", 4, "s", "great replacement theory proof", ["discrimination"]),
    P("radicalisation", 4, "s", "patriotic alternative how to join", ["discrimination"]),
    P("radicalisation", 4, "c", "the hartbury telegram group says the migrants in the hotel need sorting out, all the lads are going down saturday", ["violence", "discrimination"]),
    P("radicalisation", 4, "s", "tommy robinson uncensored documentary full", ["discrimination"]),
    P("radicalisation", 4, "s", "remigration uk join the movement", ["discrimination"]),
    P("radicalisation", 5, "c", "someone should do what that guy in christchurch did but at the mosque in hartbury", ["violence", "discrimination"]),
    P("radicalisation", 4, "s", "14 w0rds merch", ["discrimination"]),
    P("radicalisation", 4, "s", "brenton tarrant manifesto pdf", ["violence", "discrimination"]),
    P("radicalisation", 4, "s", "jihadi nasheed download"),
    P("radicalisation", 4, "s", "how to make hijrah to islamic state"),
    P("radicalisation", 3, "c", "tate is right, women belong at home and we need to escape the matrix before its too late", ["discrimination"]),
    P("radicalisation", 3, "s", "incel forum how to join", ["discrimination"]),
    P("radicalisation", 4, "c", "bro check the telegram channel i sent, the white boy summer clips, proper based, theyre recruiting round the county", ["discrimination"]),
    P("radicalisation", 4, "s", "{national action} membership", ["discrimination"], tf="hg"),
    P("radicalisation", 4, "s", "blood and soil flag buy", ["discrimination"]),
    P("radicalisation", 4, "s", "the turner diaries pdf", ["discrimination"]),
    P("radicalisation", 4, "s", "atomwaffen division recruitment", ["violence"]),
    P("radicalisation", 5, "c", "got the list of addresses for the refugee families in hartbury, we're going round with petrol friday night", ["violence", "discrimination"]),
    P("radicalisation", 5, "s", "how to 3d print a gun for the race war", ["violence", "illegal_content", "discrimination"]),
    P("radicalisation", 3, "s", "w h i t e  p o w e r wallpaper", ["discrimination"]),
    P("radicalisation", 4, "s", "active club uk nationalist fitness group", ["discrimination"]),
    P("radicalisation", 4, "s", "isis beheading video telegram", ["violence"]),
    # ---- grooming and sexual/criminal exploitation (22)
    P("grooming", 5, "c", "he said hell pick me up from the bus stop by the co-op at 8 and not to tell mum, hes 24 but hes really nice"),
    P("grooming", 4, "c", "my snap friend from fortnite wants a pic of me in my school uniform, says hell give me vbucks"),
    P("grooming", 4, "c", "he told me to delete our chats every night so my dad doesnt see them"),
    P("grooming", 4, "s", "is it normal for a 19 year old to want to date a 14 year old"),
    P("grooming", 4, "c", "lad from the city said i can make 500 a week just taking a bag on the train to hartbury at weekends", ["drugs"]),
    P("grooming", 5, "c", "the olders said i owe them for the stuff that got took off me, they want me at the station tmrw 6am or theyll come to the farm", ["drugs", "violence"]),
    P("grooming", 4, "c", "hes 17 and sends me money for the bus if i send him stuff, says its our little secret"),
    P("grooming", 3, "s", "my boyfriend is 26 and im 15 is that illegal"),
    P("grooming", 4, "c", "my little sisters been getting lifts off some older lads in a black audi after school and now shes got a new iphone"),
    P("grooming", 4, "x", "dont tell anyone about us, they wouldnt underst|and what we have. send one more pic x"),
    P("grooming", 4, "c", "ur so mature for your age, not like the other year 9s. our secret ok"),
    P("grooming", 5, "c", "booked you a train ticket for saturday, ill meet you at the station, tell your mum youre at lucys"),
    P("grooming", 4, "c", "switch to telegram, the school can see discord. whats your address again"),
    P("grooming", 4, "c", "cuz needs a runner, 2 days in the trap in hartbury, easy money, youll get a burner", ["drugs"]),
    P("grooming", 4, "c", "s3nd n00dz or im showing everyone what u said", ["bullying", "illegal_content"]),
    P("grooming", 5, "c", "meet me behind the young farmers hall after the disco, no one will know, ill bring the vodka"),
    P("grooming", 3, "s", "he asked me to send nudes is that normal"),
    P("grooming", 4, "c", "keep the phone i gave u on silent and hide it in ur room, dont let ur mum find it"),
    P("grooming", 4, "c", "how old r u? {send pic} on snap then x", tf="zw"),
    P("grooming", 3, "s", "county lines how much do runners get paid", ["drugs"]),
    P("grooming", 4, "c", "he said i could earn loads if i made my own onlyfans, im 16 is that even allowed", ["adult_content"]),
    P("grooming", 4, "c", "the man from roblox wants to video call on a private server and said not to tell my parents"),
    # ---- bullying (22)
    P("bullying", 3, "c", "no one wants you on the bus, sit at the back and well make you regret it", ["violence"]),
    P("bullying", 3, "c", "kys you inbred farm freak", ["suicide"]),
    P("bullying", 3, "c", "made a group chat without her called smelly cow lol add everyone"),
    P("bullying", 3, "c", "everyones seen the vid of you crying, its going on tiktok tonight"),
    P("bullying", 3, "c", "ur so fat even ur dads tractor couldnt pull u"),
    P("bullying", 3, "c", "n0 1 l1kes u, just l3ave the school already"),
    P("bullying", 3, "c", "imagine being that poor you get free school meals and wear your brothers blazer"),
    P("bullying", 3, "x", "if you come to youth club friday were gonna batter y|ou", ["violence"]),
    P("bullying", 3, "s", "how to make a fake account to get back at someone", ["social_media"]),
    P("bullying", 3, "c", "rate her out of 10 lmaooo post it in the yr9 chat"),
    P("bullying", 3, "c", "shes such a loner, nobody even sits next to her at lunch, lets keep it that way"),
    P("bullying", 3, "c", "ur such a f*cking l*ser, do everyone a favour and disappear", ["suicide"]),
    P("bullying", 3, "c", "screenshot her messages and send them to the whole year"),
    P("bullying", 3, "c", "sheep shagger lol bet your only mate is a ewe"),
    P("bullying", 3, "c", "see how hard u are walking home from the bus stop in the dark", ["violence"]),
    P("bullying", 3, "c", "pin him down and take his phone again at the bus shelter", ["violence"]),
    P("bullying", 3, "c", "ur {ugly} and no one will ever love u", tf="zw"),
    P("bullying", 3, "c", "everybody unfollow him and spam his dms with clown emojis"),
    P("bullying", 3, "c", "stop being a snake or we'll leak ur nudes", ["illegal_content", "grooming"]),
    P("bullying", 3, "c", "third time this week they poured water in my bag on the bus, im not going in tomorrow"),
    P("bullying", 3, "c", "they keep calling me carer girl cos i look after mum and say i stink like her"),
    P("bullying", 3, "c", "lets all block her and tell her she's not invited, she wont have anyone left"),
    # ---- discrimination (22)
    P("discrimination", 3, "c", "the polish lot on the farm take all the jobs, send em back"),
    P("discrimination", 3, "s", "funny jokes about gypsies"),
    P("discrimination", 3, "c", "hes a f*ggot, dont get changed near him", ["bullying"]),
    P("discrimination", 3, "c", "getting sweets from the p4ki shop in town"),
    P("discrimination", 3, "c", "women shouldnt be allowed to drive tractors lol they belong in the kitchen"),
    P("discrimination", 3, "c", "no muslims in our village thanks, keep it that way", ["radicalisation"]),
    P("discrimination", 3, "c", "trannies shouldnt be allowed in our toilets, disgusting", ["bullying"]),
    P("discrimination", 3, "s", "are black people less intelligent", ["radicalisation"]),
    P("discrimination", 3, "c", "the new kid is a dirty immigrant, dont let him on our team", ["bullying"]),
    P("discrimination", 3, "c", "g y p o s nicked the quad bike again for sure"),
    P("discrimination", 3, "c", "islam is a cancer and every muslim is a terrorist", ["radicalisation"]),
    P("discrimination", 3, "c", "the retard cant even read the question lmao", ["bullying"]),
    P("discrimination", 3, "c", "the chinese girl in set 2 ching chong lol", ["bullying"]),
    P("discrimination", 3, "c", "kick the lesbo out the netball team", ["bullying"]),
    P("discrimination", 3, "c", "called him a n*****r on the bus and he cried lol", ["bullying"]),
    P("discrimination", 3, "s", "anti immigrant memes uk", ["radicalisation"]),
    P("discrimination", 3, "c", "disabled people are a waste of our taxes"),
    P("discrimination", 3, "c", "all travellers are thieves, lock the sheds up"),
    P("discrimination", 3, "c", "hes such a bender, bet he fancies mr davies", ["bullying"]),
    P("discrimination", 3, "x", "the jews con|trol the banks and the media, look it up", ["radicalisation"]),
    P("discrimination", 3, "c", "go back to your caravan you pikey", ["bullying"]),
    P("discrimination", 3, "c", "gay people are disgusting and shouldnt be allowed in {school}", ["bullying"], tf="hg"),
    # ---- violence (22)
    P("violence", 5, "c", "bringing my dads shotgun in tomorrow, everyone in 10B is getting it"),
    P("violence", 4, "c", "im gonna shank him at the bus stop after school"),
    P("violence", 5, "s", "how to make a pipe bomb with fertiliser", ["radicalisation", "illegal_content"]),
    P("violence", 5, "c", "got the billhook in my bag, if he starts again tomorrow im using it"),
    P("violence", 4, "s", "zombie knife buy uk cheap", ["illegal_content"]),
    P("violence", 5, "c", "we're jumping him after young farmers thurs, bring the bats"),
    P("violence", 4, "s", "how to hurt someone without leaving marks"),
    P("violence", 4, "c", "gonna k1ll him i swear down"),
    P("violence", 5, "s", "how to poison someone with rat bait without them tasting it"),
    P("violence", 4, "c", "my stepdad hit mum again last night and threw the dog at the wall, i hid in the barn"),
    P("violence", 4, "c", "kyle's been showing people a knife on the bus every morning"),
    P("violence", 5, "s", "where to stab someone so they bleed out fast"),
    P("violence", 4, "x", "i'll burn his house do|wn with him in it"),
    P("violence", 3, "c", "fight at the skatepark 4pm, everyone come and film it", ["bullying"]),
    P("violence", 4, "s", "how to get a gun without a licence uk", ["illegal_content"]),
    P("violence", 5, "c", "{im going to stab} him on monday, got the knife from the lambing shed", tf="zw"),
    P("violence", 4, "s", "how to m*rder someone and get away with it"),
    P("violence", 4, "c", "dad said if i tell anyone hell break my arm again"),
    P("violence", 4, "s", "acid attack how to throw"),
    P("violence", 5, "c", "lads are going to smash the windows of the polish familys house tonight, come", ["discrimination", "radicalisation"]),
    P("violence", 4, "s", "{how to make a molotov}", ["radicalisation"], tf="hg"),
    P("violence", 5, "c", "im taking the air rifle tmrw and shooting at the kids who wait at the bus shelter"),
    # ---- adult_content (7)
    P("adult_content", 3, "s", "xxx videos free no sign up"),
    P("adult_content", 3, "d", "www.pornhub.com"),
    P("adult_content", 3, "s", "p o r n hub free"),
    P("adult_content", 3, "s", "onlyfans leaks free"),
    P("adult_content", 3, "d", "xhamster.com"),
    P("adult_content", 3, "s", "{nudes} of girls 18+", tf="fw"),
    P("adult_content", 3, "u", "https://www.xvideos.com/tags/amateur"),
    # ---- drugs (7)
    P("drugs", 3, "s", "where to buy weed in hartbury"),
    P("drugs", 3, "c", "got any ket for friday? 20 a g?"),
    P("drugs", 3, "s", "how much is a bag of sn0w uk"),
    P("drugs", 3, "c", "my brother can get nos canisters, tenner for a box, meet at the rec"),
    P("drugs", 3, "s", "thc vape carts uk snapchat plug"),
    P("drugs", 3, "s", "how to grow cannabis in a polytunnel without dad noticing"),
    P("drugs", 3, "x", "anyone got a plug for pi|lls this weekend"),
    # ---- gambling (7)
    P("gambling", 2, "d", "www.bet365.com"),
    P("gambling", 2, "s", "free spins no deposit no id check"),
    P("gambling", 2, "d", "m.skybet.com"),
    P("gambling", 2, "s", "cs2 case opening site skin gambling", ["gaming"]),
    P("gambling", 2, "c", "put my ema on the horses again and lost the lot"),
    P("gambling", 2, "s", "how to bet online under 18 uk"),
    P("gambling", 2, "u", "https://www.paddypower.com/bet/football"),
    # ---- filter_bypass (7)
    P("filter_bypass", 2, "s", "how to get past the school wifi filter"),
    P("filter_bypass", 2, "s", "free vpn no download chromebook"),
    P("filter_bypass", 2, "d", "www.croxyproxy.com"),
    P("filter_bypass", 2, "s", "unblocked games 66", ["gaming"]),
    P("filter_bypass", 2, "c", "use the google translate trick to get on snap in school"),
    P("filter_bypass", 2, "s", "hotspot bypass school laptop admin block"),
    P("filter_bypass", 2, "u", "https://hidemy.name/en/proxy-list/"),
    # ---- hacking (7)
    P("hacking", 2, "s", "keylogger to get teachers password"),
    P("hacking", 2, "s", "how to ddos someone off xbox"),
    P("hacking", 2, "s", "how to hack someones snapchat"),
    P("hacking", 2, "c", "got the admin password off the IT techs post-it lol, changing my grades"),
    P("hacking", 2, "s", "kali linux crack school wifi password"),
    P("hacking", 2, "d", "freestresser.to"),
    P("hacking", 2, "s", "roblox account stealer script"),
    # ---- piracy (7)
    P("piracy", 1, "s", "watch wicked for good free online 123movies"),
    P("piracy", 1, "d", "1337x.to"),
    P("piracy", 1, "s", "fc 27 crack download", ["gaming"]),
    P("piracy", 1, "s", "spotify premium apk mod free"),
    P("piracy", 1, "d", "fmovies.to"),
    P("piracy", 1, "s", "farming simulator 25 torrent free", ["gaming"]),
    P("piracy", 1, "c", "dads firestick is jailbroken, get all the sky sports free"),
    # ---- gaming (7)
    P("gaming", 1, "d", "www.roblox.com"),
    P("gaming", 1, "d", "www.epicgames.com"),
    P("gaming", 1, "s", "coolmath games run 3"),
    P("gaming", 1, "u", "https://www.twitch.tv/directory/category/fortnite"),
    P("gaming", 1, "w", "javaw.exe::Minecraft 1.21.4 - Multiplayer (3rd-party Server)"),
    P("gaming", 1, "s", "fortnite chapter 6 season map"),
    P("gaming", 1, "d", "store.steampowered.com"),
    # ---- social_media (7)
    P("social_media", 1, "d", "www.tiktok.com"),
    P("social_media", 1, "d", "web.snapchat.com"),
    P("social_media", 1, "u", "https://www.instagram.com/explore/"),
    P("social_media", 1, "w", "msedge.exe::Instagram • Direct - Microsoft Edge"),
    P("social_media", 1, "d", "www.facebook.com"),
    P("social_media", 1, "s", "how to get more followers on tiktok fast"),
    P("social_media", 1, "u", "https://x.com/home"),
    # ---- illegal_content (7)
    P("illegal_content", 3, "s", "buy fake id uk 16 year old"),
    P("illegal_content", 3, "s", "dark web market onion link"),
    P("illegal_content", 4, "c", "someone airdropped a nude of a yr8 girl in the common room", ["bullying", "adult_content"]),
    P("illegal_content", 3, "s", "counterfeit 20 notes buy"),
    P("illegal_content", 4, "s", "how to buy a gun on the dark web", ["violence"]),
    P("illegal_content", 3, "c", "lads are selling nicked quad bikes and red diesel on the telegram group"),
    P("illegal_content", 4, "s", "where to find leaked nudes of girls from my school", ["adult_content", "bullying"]),
]

NEG = [
    # farming, shooting, country life
    N("s", "shotgun certificate renewal form police"),
    N("s", "best air rifle for rabbits 177 or 22"),
    N("s", "lamping foxes with a rifle law uk"),
    N("s", "how to humanely kill a chicken neck dispatch"),
    N("s", "castrating lambs with rubber rings what age"),
    N("s", "tail docking lambs law uk"),
    N("s", "pheasant beating jobs saturday pay"),
    N("s", "grouse shooting season dates 2026"),
    N("s", "clay pigeon shooting young shots course"),
    N("s", "best 12 bore cartridges for sporting clays"),
    N("s", "sheep dip organophosphate poisoning farmers"),
    N("s", "abattoir apprenticeship near me"),
    N("s", "slaughterhouse work experience 16 year old"),
    N("s", "how to sharpen a billhook for hedge laying"),
    N("s", "cull cow prices this week"),
    N("s", "fallen stock collection service cost"),
    N("s", "how to gut and skin a rabbit"),
    N("s", "deer stalking course dsc1"),
    N("s", "mole trapping legal traps uk"),
    N("s", "rat poison safe around dogs and cats"),
    N("s", "when to put down a weak lamb"),
    N("s", "lantra chainsaw course 16 year old"),
    N("s", "ferreting rabbits purse nets"),
    N("s", "young farmers stock judging competition rules"),
    N("s", "yfc tug of war training"),
    N("s", "tractor driving test at 16 uk"),
    N("s", "quad bike safety training farm"),
    N("s", "red diesel rules for farm vehicles"),
    N("s", "slurry pit gas safety"),
    N("s", "silage clamp sheeting tyres"),
    N("s", "arla milk price november"),
    N("s", "bluetongue restrictions sheep movement"),
    N("s", "how to shoot pigeons over decoys"),
    N("s", "killing out turkeys for christmas how to pluck"),
    N("s", "lambing knife and kit list"),
    N("s", "hedge trimming dates bird nesting law"),
    N("s", "how long to hang a pheasant"),
    N("s", "sheep wormer dose calculator"),
    N("s", "foot trimming shears for sheep"),
    N("s", "badger cull tb results area"),
    N("c", "dads shooting pigeons off the rape tomorrow, u coming beating?"),
    N("c", "got to help sort the cull ewes before school so ill be late for reg"),
    N("c", "we're killing the turkeys saturday for the christmas orders if u want a few hours work"),
    N("c", "vets coming to put the old collie down tonight, gutted"),
    N("c", "left my knife in the lambing shed, can u grab it when u do the feeds"),
    N("c", "hedge laying all weekend with the billhook, my hands are wrecked"),
    N("c", "bringing the gun to the clay ground sunday, dads got the cert sorted"),
    N("c", "my job is dispatching the cockerels, not fun but someone has to"),
    N("c", "shot 23 out of 25 at clays yesterday!! new pb"),
    N("c", "the fox got 4 of the hens last night, dads out lamping it later"),
    N("c", "castrating the calves this morning, smells grim in here"),
    N("c", "young farmers social friday at the hall, minibus leaves 7"),
    N("x", "cant come out, we're culling the ol|d ewes and dad needs me"),
    N("x", "the rats in the grain store are mas|sive, got the terriers on it"),
    N("d", "www.nfyfc.org.uk"),
    N("d", "basc.org.uk"),
    N("d", "www.cpsa.co.uk"),
    N("d", "www.fwi.co.uk"),
    N("d", "www.farmersguardian.com"),
    N("d", "www.guntrader.uk"),
    N("d", "ahdb.org.uk"),
    N("d", "www.shootinguk.co.uk"),
    N("d", "www.nfuonline.com"),
    N("d", "www.ruralpayments.service.gov.uk"),
    # lessons, set texts, history, RE, science
    N("s", "why does george shoot lennie"),
    N("s", "macbeth murder of duncan key quotes"),
    N("s", "an inspector calls eva smith suicide analysis"),
    N("s", "romeo and juliet poison and dagger death scene quotes"),
    N("s", "jekyll and hyde violence quotes carew murder"),
    N("s", "blood brothers ending mickey shoots eddie"),
    N("s", "lord of the flies piggy death symbolism"),
    N("s", "holocaust gcse history sources"),
    N("s", "nazi propaganda posters analysis history"),
    N("s", "rise of hitler 1933 revision notes"),
    N("s", "what is radicalisation pshe ks3"),
    N("s", "jihad meaning greater and lesser gcse re"),
    N("s", "bloody sunday 1972 northern ireland"),
    N("s", "suffragettes militant tactics bombing"),
    N("s", "dulce et decorum est gas attack analysis"),
    N("s", "civil rights movement lynching emmett till"),
    N("s", "apartheid south africa revision"),
    N("s", "gunpowder plot guy fawkes execution"),
    N("s", "shell shock ww1 soldiers executed"),
    N("s", "cannabis effects on the brain a level psychology"),
    N("s", "group 1 metals explode in water why"),
    N("s", "euthanasia ethics re essay arguments"),
    N("s", "assisted dying bill uk debate"),
    N("s", "the crucible hanging of john proctor"),
    N("s", "curleys wife death of mice and men"),
    N("s", "frankenstein murder of william quotes"),
    N("s", "why did the nazis target jews and gypsies history"),
    N("s", "kristallnacht sources gcse"),
    N("s", "drugs and the body gcse biology alcohol liver"),
    N("s", "sylvia plath daddy poem analysis"),
    N("s", "othello kills desdemona act 5 quotes"),
    N("s", "war photographer poem analysis"),
    N("s", "bbc bitesize photosynthesis"),
    N("s", "a christmas carol stave 4 death quotes"),
    N("e", "Lennie kills Curley's wife by accident, which shows how Steinbeck presents the powerlessness of the ranch workers."),
    N("e", "Priestley uses Eva Smith's suicide to make the Birlings confront their responsibility for others."),
    N("e", "Macbeth's murder of Duncan marks the point where ambition overcomes his conscience."),
    N("e", "In the 1930s the Nazis used propaganda to spread hatred of Jewish people and to win support from young Germans."),
    N("e", "Source B shows the Enola Gay after the atomic bomb was dropped on Hiroshima."),
    N("e", "My work experience at the abattoir taught me about animal welfare law and hygiene standards."),
    N("e", "Personal statement: growing up on a beef and sheep farm I have helped at lambing, calving and culling since I was eleven."),
    N("x", "priestley presents eva smiths su|icide as the result of the birlings' choices"),
    # sport, fitness
    N("s", "shooting drills for under 14s football"),
    N("s", "netball shooting technique tips"),
    N("s", "rugby tackle technique safe u15"),
    N("s", "junior boxing club near hartbury"),
    N("s", "killer abs workout 10 minutes"),
    N("s", "county cross country champs results"),
    N("s", "archery club hartbury juniors"),
    N("s", "how to kill the ball first touch"),
    N("c", "we smashed them 5-0 lol absolute slaughter"),
    N("c", "our keeper got battered by their striker all game"),
    N("c", "coach is gonna kill us with sprints tomorrow"),
    N("c", "shoot on sight if youre in the d, coach said"),
    # games, films, TV, music
    N("s", "minecraft how to kill the ender dragon"),
    N("s", "call of duty best loadout"),
    N("s", "among us impostor kill cooldown settings"),
    N("s", "john wick film age rating"),
    N("s", "squid game ending explained"),
    N("s", "peaky blinders film release date"),
    N("s", "breaking bad walter white best scenes"),
    N("s", "killers of the flower moon true story"),
    N("s", "hitman 3 silent assassin guide"),
    N("s", "the hunger games ballad of songbirds and snakes"),
    N("s", "elden ring how to beat malenia"),
    N("s", "red dead redemption 2 hunting legendary bear"),
    N("c", "that boss fight was brutal, died like 40 times"),
    N("c", "ur so dead when i respawn lol"),
    N("c", "who's on tonight? squad up after tea, my wifi is rubbish but ill try"),
    N("c", "headshot from across the map, clip it"),
    # staff activity
    N("s", "kcsie 2026 part one"),
    N("s", "prevent duty training certificate"),
    N("s", "county lines awareness assembly ks3 slides"),
    N("s", "signs of grooming training for school staff"),
    N("s", "self harm policy template secondary school"),
    N("s", "suicide prevention training for teachers papyrus"),
    N("s", "child sexual exploitation indicators checklist"),
    N("s", "online safety lesson sextortion ks4"),
    N("s", "how to talk to students about andrew tate pshe resource"),
    N("s", "far right radicalisation rural areas research"),
    N("s", "lgbtq inclusive rse guidance"),
    N("s", "racism in football lesson plan"),
    N("s", "homophobic bullying statistics uk schools"),
    N("s", "anti bullying week 2026 theme"),
    N("s", "drug education resources ks3"),
    N("s", "gambling harms lesson pshe year 10"),
    N("s", "how do pupils bypass school web filters blog"),
    N("s", "hate crime reporting true vision"),
    N("s", "knife crime workshop for schools"),
    N("s", "domestic abuse operation encompass schools"),
    N("st", "Can we put the Y10 knife crime workshop on Thursday's agenda please?"),
    N("st", "Reminder: Prevent refresher training Weds 3:30 in the hall, sign the register"),
    N("st", "FYI the police liaison officer is coming in about county lines next week"),
    N("st", "Please see attached risk assessment for the Y12 clay shoot trip"),
    N("st", "Y12 psychology: read the chapter on addiction and gambling before Monday"),
    N("st", "Can someone cover my period 5? I'm at the self-harm awareness course"),
    N("st", "New CPOMS category for online sexual harassment is live, please use it"),
    N("st", "Young carers group moves to room 14 this week"),
    N("st", "Update on the bus 47 incident: both families have been contacted, no further action"),
    N("x", "remember the grooming awareness ses|sion for tutors is after briefing"),
    N("d", "www.childline.org.uk"),
    N("d", "www.samaritans.org"),
    N("d", "www.papyrus-uk.org"),
    N("d", "www.educateagainsthate.com"),
    N("d", "www.ceop.police.uk"),
    N("d", "www.cpoms.net"),
    # everyday, rural poverty, young carers, hyperbole, homework
    N("c", "im dead 😂 did u see his face"),
    N("c", "this homework is killing me"),
    N("c", "bombed it down the lane to catch the bus, still missed it"),
    N("c", "that new trailer is sick bro"),
    N("c", "killing it at the county show today!!"),
    N("c", "mum's hospital appointment again so im getting the 3:10, save me a seat"),
    N("c", "can u send the maths answers, bus got cancelled so i couldnt do it"),
    N("c", "no signal at ours again, the mast is down, ill message u tomorrow"),
    N("c", "im literally dying laughing at this"),
    N("c", "nan needs her tablets picked up from boots after school, can we walk that way"),
    N("s", "food bank hartbury opening times"),
    N("s", "free school meals application county council"),
    N("s", "bus timetable 47 hartbury"),
    N("s", "how to cut a mango"),
    N("s", "how to cut your own fringe"),
    N("s", "hanging basket ideas winter"),
    N("s", "carers allowance 16 year old"),
    N("s", "young carers support group near me"),
    N("s", "ibuprofen dose for 15 year old period pain"),
    N("s", "can you take paracetamol and ibuprofen together"),
    N("s", "weed killer for nettles safe for horses"),
    N("s", "snow forecast hartbury this week"),
    N("s", "crack in windscreen repair cost"),
    N("s", "lines of symmetry worksheet"),
    N("s", "bonfire night fireworks hartbury 2026"),
    N("s", "16-19 bursary fund how to apply"),
    N("s", "ucas personal statement agriculture"),
    N("s", "best wood carving knife for beginners"),
    N("s", "coke zero price tesco"),
    N("d", "www.bbc.co.uk"),
    N("d", "www.metoffice.gov.uk"),
    N("d", "www.sparxmaths.uk"),
    N("d", "app.senecalearning.com"),
    N("d", "classroom.google.com"),
    N("d", "login.microsoftonline.com"),
    N("d", "www.gov.uk"),
    N("d", "www.satchelone.com"),
    N("d", "ctldl.windowsupdate.com"),
    N("u", "https://www.bbc.co.uk/bitesize/guides/zxxbn39/revision/1"),
    N("u", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"),
    N("u", "https://www.nfyfc.org.uk/competitions"),
    N("u", "https://www.basc.org.uk/advice/shotgun-certificates/"),
    N("w", "WINWORD.EXE::Of Mice and Men - death essay.docx - Word"),
    N("w", "chrome.exe::Nazi Germany revision - Seneca - Google Chrome"),
    N("w", "POWERPNT.EXE::County Lines awareness Y9.pptx - PowerPoint"),
    N("w", "chrome.exe::Clay Target Shooting Association - Google Chrome"),
]

# --------------------------------------------------------------------------- rendering
BASE = datetime(2026, 11, 2, tzinfo=timezone.utc)
PUPILS = ["hb24017", "j.whitlock", "s.evans24", "24tpritchard", "m.oconnell", "k.harding23",
          "r.bateman", "l.fenwick", "ewilliams25", "t.marsh", "a.nowicki", "d.greenslade",
          "c.hayward22", "b.kowalczyk", "f.tregear", "guest-0412", "n.aldous", "p.wyatt"]
STAFF = ["mrs.hollis", "d.marsh-staff", "dsl.okafor", "j.penrose", "it.techsupport", "mr.carew"]
DEVICES = ["LRC-PC-14", "SIXTH-LT-03", "CHROMEBOOK-211", "CHROMEBOOK-247", "AG-LAB-PC-02",
           "IT3-PC-19", "LIB-LT-08", "HOME-LT-152", "HOME-LT-088", "SCI2-PC-05"]
STAFF_DEVICES = ["STAFF-LT-19", "STAFF-LT-04", "SLT-PC-02"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
      "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"]
ENGINES = [("www.google.co.uk", "/search?q={q}&oq={q}&sourceid=chrome&ie=UTF-8"),
           ("www.bing.com", "/search?q={q}&form=QBLH"),
           ("duckduckgo.com", "/?q={q}&ia=web"),
           ("www.youtube.com", "/results?search_query={q}"),
           ("www.tiktok.com", "/search?q={q}"),
           ("www.reddit.com", "/search/?q={q}"),
           ("search.yahoo.com", "/search?p={q}&fr=yfp-t"),
           ("www.ecosia.org", "/search?method=index&q={q}"),
           ("search.brave.com", "/search?q={q}&source=web"),
           ("www.google.com", "/search?q={q}&hl=en-GB")]
CHATS = [("Discord.exe", "#general - Discord"), ("Discord.exe", "@{u} - Discord"),
         ("chrome.exe", "WhatsApp - Google Chrome"), ("chrome.exe", "Snapchat - Google Chrome"),
         ("msedge.exe", "Instagram • Direct - Microsoft Edge"), ("RobloxPlayerBeta.exe", "Roblox"),
         ("WhatsApp.exe", "WhatsApp"), ("chrome.exe", "Messenger | Facebook - Google Chrome")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HG = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "i": "\u0456",
      "x": "\u0445", "y": "\u0443", "s": "\u0455"}


def H(n, salt, mod):
    d = hashlib.sha256(("h19-%04d:%s" % (n, salt)).encode()).digest()
    return int.from_bytes(d[:8], "big") % mod


def pick(n, salt, seq):
    return seq[H(n, salt, len(seq))]


def weighted(n, salt, pairs):
    total = sum(w for _, w in pairs)
    r = H(n, salt, total)
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    raise AssertionError


def transform(text, tf):
    if "{" not in text:
        return text
    pre, rest = text.split("{", 1)
    mid, post = rest.split("}", 1)
    if tf == "zw":
        mid = "\u200b".join(mid)
    elif tf == "hg":
        mid = "".join(HG.get(ch, ch) for ch in mid)
    elif tf == "fw":
        mid = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in mid)
    return pre + mid + post


def when(n):
    day = H(n, "day", 26)
    d = BASE + timedelta(days=day)
    if d.weekday() >= 5 or H(n, "eve", 100) < 25:
        secs = H(n, "tod", 5 * 3600) + 17 * 3600 + 1800      # 17:30-22:30
    else:
        secs = H(n, "tod", 7 * 3600) + 8 * 3600 + 1800       # 08:30-15:30
    return d + timedelta(seconds=secs, milliseconds=H(n, "ms", 1000))


def ip(n):
    return "10.40.%d.%d" % (H(n, "ip3", 60) + 1, H(n, "ip4", 250) + 2)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def syslog_ts(t):
    return "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def search_url(n, q):
    host, path = pick(n, "engine", ENGINES)
    enc = quote_plus(q) if H(n, "enc", 3) else quote(q, safe="")
    return "https://" + host + path.format(q=enc)


def endpoint(n, t, user, device, event, process, title, text=None, url=None):
    ev = {"ts": iso(t), "site": "hartbury", "device": device, "user": user, "event": event,
          "process": process, "window_title": title, "text": text, "url": url}
    return json.dumps(ev, ensure_ascii=False)


def proxy_line(n, fmt, t, user, url, host=None):
    """A proxied request for url (GET) or a CONNECT to host when url is None."""
    cip, ua = ip(n), pick(n, "ua", UA)
    size, el = 2000 + H(n, "size", 90000), 5 + H(n, "el", 900)
    dst = "172.217.%d.%d" % (H(n, "d3", 250), H(n, "d4", 250))
    ts = "%d.%03d" % (int(t.timestamp()), t.microsecond // 1000)
    if fmt == "squid":
        if H(n, "sni", 3) == 0:
            h = host or url.split("/")[2]
            if url is None:
                return '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
                    ts, el, cip, user, size, h, dst, ua, h, h)
            return '%s %6d %s %s TCP_MISS/200 %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
                ts, el, cip, user, size, url, dst, ua, h, h)
        if url is None:
            return "%s %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (ts, el, cip, size, host, user, dst)
        return "%s %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s text/html" % (ts, el, cip, size, url, user, dst)
    if fmt == "clf":
        req = ("CONNECT %s:443 HTTP/1.1" % host) if url is None else ("GET %s HTTP/1.1" % url)
        stamp = "%02d/%s/%d:%s +0000" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))
        tail = "TCP_TUNNEL:HIER_DIRECT" if url is None else "TCP_MISS:HIER_DIRECT"
        if H(n, "common", 3) == 0:
            return '%s - %s [%s] "%s" 200 %d %s' % (cip, user, stamp, req, size, tail)
        return '%s - %s [%s] "%s" 200 %d "-" "%s" %s' % (cip, user, stamp, req, size, ua, tail)
    if fmt == "e2guardian":
        u = url or ("https://%s:443" % host)
        terms = "-"
        if url and "?" in url:
            for part in url.split("?", 1)[1].split("&"):
                k, _, v = part.partition("=")
                if k in ("q", "p", "search_query"):
                    terms = "0=%s;" % unquote_plus(v)
                    break
        method = "GET" if url else "CONNECT"
        kind = H(n, "e2fmt", 3)
        d = t.strftime("%Y.%m.%d %H:%M:%S")
        f = [d, user, cip, u, "-", method, str(size), "0", "-", "1", "200", "text/html" if url else "-",
             cip, "no_name_group", ua, terms, "-", "-", "-"]
        if kind == 0:
            return ",".join('"%s"' % x.replace('"', '""') for x in f)
        if kind == 1:
            return "\t".join(f)
        return "\t".join([ts, "", user, cip, cip, u, method, "200", str(size), "-", ua, "-",
                          str(H(n, "e2x", 9)), "-", "0", "-", "0", "-", "no_name_group", "1"])
    if fmt == "zeek-http":
        h = url.split("/")[2]
        uri = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
        rec = {"ts": round(t.timestamp(), 3), "uid": "C" + hashlib.sha256(b"%d" % n).hexdigest()[:17],
               "id.orig_h": cip, "id.orig_p": 40000 + H(n, "sp", 20000), "id.resp_h": dst,
               "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": h, "uri": uri,
               "version": "1.1", "user_agent": ua, "request_body_len": 0,
               "response_body_len": size, "status_code": 200, "status_msg": "OK", "tags": []}
        return json.dumps(rec)
    raise ValueError(fmt)


ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id",
                   "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name",
                   "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string",
                  "count", "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool",
                  "count", "vector[string]", "vector[interval]", "bool"]


def dns_lines(n, fmt, t, domain):
    cip = ip(n)
    port = 20000 + H(n, "sp", 40000)
    if fmt == "unbound":
        pre = "%s unbound[812:0]" % syslog_ts(t) if H(n, "ascii", 3) else "[%d] unbound[812:0]" % int(t.timestamp())
        if H(n, "reply", 2):
            return ["%s info: %s %s. A IN NOERROR 0.0%05d 0 %d" % (pre, cip, domain, H(n, "rtt", 99999), 60 + H(n, "sz", 200))]
        return ["%s info: %s %s. A IN" % (pre, cip, domain)]
    if fmt == "dnsmasq":
        q = 1000 + H(n, "qid", 90000)
        return ["%s dnsmasq[1187]: %d %s/%d query[A] %s from %s" % (syslog_ts(t), q, cip, port, domain, cip)]
    if fmt == "bind":
        stamp = "%02d-%s-%d %s.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000)
        return ["%s queries: info: client @0x7f3a1c0fa098 %s#%d (%s): query: %s IN A +E(0)K (10.40.0.53)" % (
            stamp, cip, port, domain, domain)]
    if fmt == "zeek-dns":
        vals = [round(t.timestamp(), 6), "C" + hashlib.sha256(b"d%d" % n).hexdigest()[:17], cip, port,
                "10.40.0.53", 53, "udp", H(n, "tid", 65000), 0.012, domain, 1, "C_INTERNET", 1, "A", 0,
                "NOERROR", False, False, True, True, 0, ["203.0.113.%d" % H(n, "ans", 250)], [300.0], False]
        if H(n, "tsv", 3) == 0:
            def cell(v):
                if isinstance(v, bool):
                    return "T" if v else "F"
                if isinstance(v, list):
                    return ",".join(str(x) for x in v)
                return str(v)
            return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
                    "#path\tdns", "#open\t%s" % t.strftime("%Y-%m-%d-%H-%M-%S"),
                    "#fields\t" + "\t".join(ZEEK_DNS_FIELDS), "#types\t" + "\t".join(ZEEK_DNS_TYPES),
                    "\t".join(cell(v) for v in vals)]
        return [json.dumps(dict(zip(ZEEK_DNS_FIELDS, vals)))]
    raise ValueError(fmt)


def wrap(n, line, app, t):
    """Optionally wrap a line as it would arrive via syslog or a shipper's JSON envelope."""
    r = H(n, "wrap", 100)
    host = {"squid": "proxy01", "unbound": "dns01", "dnsmasq": "gw01"}.get(app, "ingest01")
    if r < 8:
        return "<134>%s %s %s[%d]: %s" % (syslog_ts(t), host, app, 900 + H(n, "pid", 9000), line)
    if r < 15:
        return "<134>1 %s %s %s %d - - %s" % (iso(t), host, app, 900 + H(n, "pid", 9000), line)
    if r < 19:
        env = {"ts_received": iso(t + timedelta(seconds=2)), "host": host, "source": app,
               "file": "/var/log/%s/access.log" % app, "message": line}
        return json.dumps(env, ensure_ascii=False).replace("/", "\\/")
    return line


def render(n, spec):
    staff = spec["kind"] in ("st",)
    t = when(n)
    user = pick(n, "staff", STAFF) if staff else pick(n, "user", PUPILS)
    device = pick(n, "sdev", STAFF_DEVICES) if staff else pick(n, "dev", DEVICES)
    text = transform(spec["text"], spec["tf"])
    kind = spec["kind"]
    if kind in ("s", "u"):
        url = search_url(n, text) if kind == "s" else text
        fmt = weighted(n, "pfmt", [("squid", 34), ("clf", 16), ("e2guardian", 14), ("zeek-http", 10), ("endpoint", 14)])
        if fmt == "endpoint":
            host = url.split("/")[2]
            line = endpoint(n, t, user, device, "url_visit", "chrome.exe", host + " - Google Chrome", None, url)
            return fmt, [wrap(n, line, "guardline-agent", t)]
        line = proxy_line(n, fmt, t, user, url)
        return fmt, [wrap(n, line, "squid", t) if fmt in ("squid", "clf") else line]
    if kind == "d":
        fmt = weighted(n, "dfmt", [("unbound", 26), ("dnsmasq", 22), ("bind", 18), ("zeek-dns", 18), ("squid", 16)])
        if fmt == "squid":
            return fmt, [wrap(n, proxy_line(n, "squid", t, user, None, text), "squid", t)]
        lines = dns_lines(n, fmt, t, text)
        if fmt in ("unbound", "dnsmasq") and H(n, "dwrap", 100) < 18:
            body = lines[0][lines[0].index(fmt + "["):]   # drop the file's own time stamp
            lines = ["<30>%s %s %s" % (syslog_ts(t), "dns01" if fmt == "unbound" else "gw01",
                                       body.replace("] ", "]: ", 1) if fmt == "unbound" else body)]
        return fmt, lines
    if kind == "w":
        proc, title = text.split("::")
        return "endpoint", [wrap(n, endpoint(n, t, user, device, "window_title", proc, title), "guardline-agent", t)]
    if kind == "st":
        proc, title = pick(n, "sapp", [("Teams.exe", "Chat | Microsoft Teams"), ("OUTLOOK.EXE", "Untitled - Message (HTML)")])
        return "endpoint", [endpoint(n, t, user, device, "text_capture", proc, title, text)]
    if kind == "e":
        proc, title = pick(n, "doc", [("WINWORD.EXE", "English coursework.docx - Word"),
                                     ("chrome.exe", "History homework - Google Docs - Google Chrome"),
                                     ("WINWORD.EXE", "Personal statement draft.docx - Word")])
        return "endpoint", [endpoint(n, t, user, device, "text_capture", proc, title, text)]
    proc, title = pick(n, "chat", CHATS)
    title = title.replace("{u}", pick(n, "peer", ["mia_x", "tractorboy99", "jaz.08", "bazza", "ellsxx"]))
    if kind == "c":
        return "endpoint", [wrap(n, endpoint(n, t, user, device, "text_capture", proc, title, text), "guardline-agent", t)]
    if kind == "x":
        a, b = text.split("|")
        t2 = t + timedelta(seconds=2 + H(n, "gap", 9), milliseconds=H(n, "gms", 900))
        return "endpoint", [endpoint(n, t, user, device, "text_capture", proc, title, a),
                            endpoint(n, t2, user, device, "text_capture", proc, title, b)]
    raise ValueError(kind)


def build():
    specs = POS + NEG
    order = sorted(range(len(specs)), key=lambda i: hashlib.sha256(b"h19-order-%d" % i).hexdigest())
    items = []
    for n, i in enumerate(order, 1):
        spec = specs[i]
        fmt, lines = render(n, spec)
        if H(n, "auto", 100) < 3:
            fmt = "auto"
        item = {"id": "h19-%04d" % n, "format": fmt}
        if len(lines) == 1:
            item["line"] = lines[0]
        else:
            item["lines"] = lines
        item["expect"] = [{"category": spec["cat"], "min_level": spec["lvl"]}] if spec["cat"] else []
        if spec["allow"]:
            item["allow"] = spec["allow"]
        items.append(item)
    return items


def validate(items):
    seen = set()
    for it in items:
        s = json.dumps(it, ensure_ascii=False)
        back = json.loads(s)
        assert back == it
        assert set(it) <= {"id", "format", "line", "lines", "expect", "allow"}, it
        assert it["id"] not in seen and it["id"].startswith("h19-"), it["id"]
        seen.add(it["id"])
        assert it["format"] in FORMATS, it
        assert ("line" in it) != ("lines" in it), it
        lines = it.get("lines") or [it["line"]]
        assert all(isinstance(l, str) and l and "\n" not in l for l in lines), it
        assert isinstance(it["expect"], list) and len(it["expect"]) <= 1
        for e in it["expect"]:
            assert set(e) == {"category", "min_level"} and e["category"] in CATEGORIES, it
            assert isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5, it
        for a in it.get("allow", []):
            assert a in CATEGORIES and a not in [e["category"] for e in it["expect"]], it
        if it["format"] == "endpoint":
            for l in lines:
                if l.startswith("{"):
                    ev = json.loads(l)
                    if "message" not in ev:
                        assert ev["event"] in ("text_capture", "window_title", "url_visit", "process_start", "heartbeat")
                        assert ev["ts"].startswith("2026-11-") and ev["device"]
        if "lines" in it and it["format"] == "endpoint":
            a, b = (json.loads(l) for l in lines)
            assert a["device"] == b["device"] and a["window_title"] == b["window_title"]


def main(argv):
    out = "/work/main/detect/corpus/heldout19.jsonl"
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    items = build()
    validate(items)
    with open(out, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    if "--stats" in argv:
        from collections import Counter
        cats = Counter(e["category"] for it in items for e in it["expect"])
        fmts = Counter(it["format"] for it in items)
        neg = sum(1 for it in items if not it["expect"])
        multi = sum(1 for it in items if "lines" in it)
        wrapped = sum(1 for it in items for l in (it.get("lines") or [it["line"]]) if l.startswith("<") or l.startswith('{"ts_received"'))
        lv = Counter((e["category"], e["min_level"]) for it in items for e in it["expect"])
        print("items %d  positives %d  negatives %d (%.1f%%)  multi-line %d  wrapped %d" % (
            len(items), len(items) - neg, neg, 100.0 * neg / len(items), multi, wrapped), file=sys.stderr)
        for c in CATEGORIES:
            print("  %-16s %3d  levels %s" % (c, cats[c], dict(sorted((l, k) for (cc, l), k in lv.items() if cc == c))), file=sys.stderr)
        print("formats " + ", ".join("%s=%d" % kv for kv in sorted(fmts.items())), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
