#!/usr/bin/env python3
"""Build heldout15.jsonl: an independent, hand-written held-out corpus for Guardline.

Perspective: the DSL of an ordinary 11-16 secondary school in a market town (Years 7-11),
one school month (November 2026) of what web monitoring sees: Chromebooks and Windows
laptops, Google Workspace, Teams, YouTube, search engines, chat/social sites used at break,
and staff preparing lessons or writing pastoral emails.

Usage:  python3 build_heldout15.py --out /tmp/heldout15.jsonl [--stats]

Standard library only.  Deterministic: every "random" choice (order, format, device, user,
time, wrapping, encoding) comes from SHA-256 of the item number and a purpose label.

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3.  min_level is the lowest level a DSL would accept
  as a correct response:
  - suicide: ideation / hopelessness / goodbye-type messages 4; a method, a plan with a time,
    means gathered, or method-seeking searches ("how to ...", "how many ... to die") 5.
  - self_harm (including eating disorders): active self-harm, concealment, pro-ana or
    purging 4; milder weight-loss searches by a child 3.
  - radicalisation: seeking propaganda, groups, manifestos, attack footage 4; curiosity about
    symbols or ideas 3; a stated attack plan with target and time 5.
  - grooming and sexual exploitation (incl. sextortion and criminal exploitation / county
    lines): grooming signs 4; a meeting arranged with an adult or older stranger 5.
  - bullying messages and victim disclosures 3.  discrimination (hate speech, slurs) 3.
  - violence: fight videos, weapons of lesser harm 3; abuse at home, weapon buying, threats 4;
    a threat with a weapon and a time, bomb making, school attack threats 5.
  - adult_content 3; drugs buying or use 3, curiosity / age-restricted vapes 2; gambling 2;
    filter_bypass 2; hacking tools and unauthorised access 2; piracy, gaming and social
    media 1; illegal_content (fake ID, counterfeit, dark-web markets, carding) 3 and indecent
    images of children 4.
* Help-seeking.  A pupil's help-seeking that discloses their OWN risk ("how do I stop
  wanting to hurt myself", "someone has my pics and is threatening me") is a POSITIVE in
  that category at the level of the disclosed risk: the DSL must know, and the response is
  supportive.  A report of a specific friend at risk is a positive at the friend's level
  (5 if imminent).  Plain signposting look-ups with no disclosure (a helpline number, a
  counselling service log-in) are NEGATIVES, as is staff safeguarding work (training,
  lesson preparation, policy, parent letters): flagging them would punish help-seeking and
  drown the DSL in noise.
* Hyperbole in an obviously everyday or joking context ("this homework is killing me") is a
  negative; so are set texts, history, science, sport, games, films and songs.
* "allow" is used only where a second category is genuinely arguable: directed "kys" is
  bullying (suicide allowed); slurs aimed at a peer are discrimination (bullying allowed);
  misogyny / conspiracy hate is discrimination (radicalisation allowed) and far-right
  propaganda is radicalisation (discrimination allowed); bomb-making without stated ideology
  is violence (radicalisation allowed); criminal exploitation is grooming (drugs allowed);
  peer nude-image sharing is illegal_content (grooming / adult_content / bullying allowed);
  "unblocked games" is filter_bypass (gaming allowed); game-account stealing and skin
  gambling allow gaming.
* Formats: most items are endpoint text_capture / window_title events or proxy lines with
  search URLs (squid native and the ssl-bump custom layout, clf common/combined, e2guardian
  formats 2/4/6, zeek http.log); domain-category items are DNS lines (dnsmasq, unbound,
  bind, zeek dns.log) or CONNECT/SNI tunnels.  Some lines carry an RFC 3164 or 5424 syslog
  prefix or an rsyslog JSON envelope; zeek items are JSON or TSV with their header lines;
  thirteen items are two text_capture fragments seconds apart on one device and window with
  the phrase split across them (two of them negatives); a few items use format "auto".
* Level-1 findings that are not expected are ignored by the scorer, so a chat typed in an
  Instagram or Roblox window is not given social_media / gaming labels.
"""
import argparse
import calendar
import hashlib
import json
import re
import sys
import urllib.parse

CATS = ["suicide", "self_harm", "radicalisation", "grooming", "bullying", "discrimination",
        "adult_content", "drugs", "gambling", "violence", "filter_bypass", "hacking",
        "piracy", "gaming", "social_media", "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind", "zeek-dns",
           "zeek-http", "endpoint", "auto"]
EVENTS = ["text_capture", "window_title", "url_visit", "process_start", "heartbeat"]

ZW = "\u200b"
EDGE = "Microsoft\u200b Edge"   # real Edge window titles carry a zero-width space

# ---------------------------------------------------------------------------------------
# Items.  (channel, text, label, allow)
#   channel: c = typed text (endpoint text_capture), m = typed text split in two fragments
#            at "|", s = search query, t = window title, d = domain, u = full URL,
#            p = process start, hb = heartbeat.
#   modifiers: "!" staff user, "%" query fully percent-encoded (proxy / url only),
#              "@ctx" pinned app context or search engine.
#   label: "category:min_level", "" for a negative.  allow: comma-separated categories.
# ---------------------------------------------------------------------------------------
ITEMS = []


def add(group, rows):
    for r in rows:
        r = tuple(r) + ("",) * (4 - len(r))
        ITEMS.append((group,) + r)


# ---- suicide ----------------------------------------------------------------------------
add("suicide", [
    ("c", "honestly dont see the point anymore. everyone would be better off if i just wasnt here", "suicide:4"),
    ("s", "painless ways to die in your sleep", "suicide:5"),
    ("s", "how many paracetamol does it take to die 14 year old", "suicide:5", "self_harm"),
    ("m", "ive made my mind up, im going to end |it tonight once mum and dad are asleep", "suicide:5"),
    ("c@notes", "to whoever finds this. im sorry. none of this is your fault, i just cant do it anymore. give my hoodie to maisie", "suicide:5"),
    ("s", "h0w 2 k1ll ur s3lf qu1ck", "suicide:5"),
    ("c", "s u i c i d a l again tonight. nobody notices anyway so whatever", "suicide:4"),
    ("s", "how high does a bridge have to be to die straight away", "suicide:5"),
    ("c", "i just want to go to sleep and not wake up. every single day", "suicide:4"),
    ("s@yt", "songs for when you want to die", "suicide:4"),
    ("s", "how to write a suicide note", "suicide:4"),
    ("c", "been saving mums sleeping tablets for weeks. think ive got enough now", "suicide:5"),
    ("c@teams", "sir sorry i wont be in tomorrow. or any day really. thank you for trying with me", "suicide:4"),
    ("s@tiktok", "ways to unalive yourself that dont hurt", "suicide:5"),
    ("s", "is it selfish to want to d1e", "suicide:4"),
    ("c", "kms for real this time, not a joke. the rope is in my wardrobe", "suicide:5"),
    ("s", "how to commit \u0455u\u0456c\u0456d\u0435", "suicide:5"),
    ("c", "i want to k" + ZW + "i" + ZW + "l" + ZW + "l myself", "suicide:4"),
    ("s%", "best way to end my life", "suicide:5"),
    ("c", "whats even the point of anything. so tired of being alive", "suicide:4"),
    ("m", "if i dont wake up tomorrow its because i took all of| my mums pills", "suicide:5"),
    ("s", "how long does it take to die from carbon monoxide in a car", "suicide:5"),
    ("c", "i wanna diiiieeee fr tho, not even joking, everything is shit", "suicide:4"),
    ("c", "do u think anyone would even come to my funeral", "suicide:4"),
    ("s", "forums where people help you end your life", "suicide:5"),
    ("s", "i keep thinking about killing myself who can i talk to", "suicide:4"),
    ("c", "my friend just messaged saying shes going to kill herself tonight what do i do", "suicide:5"),
    ("s", "s.u.i.c.i.d.e methods list", "suicide:5"),
    ("c@insta", "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45", "suicide:4"),
    ("m", "i cant stop thinking about hang|ing myself", "suicide:5"),
])
add("neg_suicide", [
    ("s", "why did eva smith kill herself an inspector calls"),
    ("s", "romeo and juliet act 5 scene 3 analysis juliet stabs herself"),
    ("s@yt", "lady macbeth death scene explained"),
    ("c", "if i fail this mock im gonna kms \U0001f62d jk obviously"),
    ("c", "lmaooo im dead \U0001f480\U0001f480 he fell off the chair in front of miss"),
    ("s", "suicide squad cast"),
    ("s@yt", "heathens twenty one pilots lyrics"),
    ("s!", "world mental health day assembly ideas secondary"),
    ("t!", "Y10 PSHE L4 Suicide prevention - spotting the signs and getting help.pptx - PowerPoint"),
    ("s", "durkheim theory of suicide sociology gcse"),
    ("s", "samaritans phone number"),
    ("c", "this maths homework is killing me i want to die \U0001f602\U0001f602"),
    ("s", "dying light 2 walkthrough part 3"),
    ("s", "hanging valley formation geography"),
    ("s", "how to hang fairy lights without damaging walls"),
    ("s!", "papyrus suicide prevention training for schools"),
    ("s!", "samaritans step by step postvention support schools"),
    ("s", "the death of ophelia painting art homework"),
    ("s", "dulce et decorum est analysis remembrance"),
    ("c", "i nearly died when she said that in french \U0001f602"),
    ("s", "seppuku meaning samurai history"),
    ("s", "how long can you survive without water ks3 science"),
    ("s", "kooth login"),
    ("m", "we're going to kil|l it at the concert tonight"),
    ("c", "my mums gonna kill me if im late again \U0001f62d"),
    ("c", "that assembly was so long i nearly died of boredom"),
    ("d", "www.childline.org.uk"),
])

# ---- self harm (incl. eating disorders) -------------------------------------------------
add("self_harm", [
    ("c", "started cutting again, only on my thighs so no one sees", "self_harm:4"),
    ("s", "how to hide self harm scars from pe teacher", "self_harm:4"),
    ("s", "how long do sh scars take to fade", "self_harm:4"),
    ("c", "relapsed last night after 3 months clean. my arm is a mess", "self_harm:4"),
    ("s", "what can i use instead of a blade to cut", "self_harm:4"),
    ("s", "how to get the blade out of a pencil sharpener", "self_harm:4"),
    ("s", "s3lf h4rm t1ps", "self_harm:4"),
    ("s", "how to eat under 500 calories a day without parents noticing", "self_harm:4"),
    ("s", "thinspo 2026", "self_harm:4"),
    ("s", "pro ana tips to stop feeling hungry", "self_harm:4"),
    ("c", "made myself sick after lunch again. third time this week", "self_harm:4"),
    ("s", "how to make yourself throw up after eating without anyone hearing", "self_harm:4"),
    ("s", "ana coach discord server", "self_harm:4", "grooming"),
    ("c", "i burn myself with a lighter when it gets too much", "self_harm:4"),
    ("c", "i deserve the pain tbh. hitting myself is the only thing that helps", "self_harm:4"),
    ("t", "#shtwt - Search / X - Google Chrome", "self_harm:4"),
    ("s", "how to get skinny legs in 2 weeks 12 year old", "self_harm:3"),
    ("s", "laxatives to lose weight fast", "self_harm:4"),
    ("s", "how deep is too deep cut needs stitches", "self_harm:4", "suicide"),
    ("c", "c.u.t.t.i.n.g is the only way i can cope atm", "self_harm:4"),
    ("s", "s*lf h*rm quotes aesthetic", "self_harm:4"),
    ("m", "i keep scratching my arms till they bl|eed and i cant stop", "self_harm:4"),
    ("s", "how do i stop wanting to hurt myself", "self_harm:4"),
    ("s", "\u0455\u0435lf h\u0430rm blades aesthetic", "self_harm:4"),
    ("c", "not eating till saturday. 4 day fast then i weigh myself", "self_harm:4"),
    ("s", "how to hide bulimia from parents", "self_harm:4"),
    ("c", "she showed me her arm in the toilets, shes cutting again and made me promise not to tell", "self_harm:4"),
    ("s@tiktok", "sh relapse vent", "self_harm:4"),
])
add("neg_self_harm", [
    ("s!", "self-harm awareness training for school staff"),
    ("s", "bridge and claw grip knife skills food tech"),
    ("s", "how to cut a mango into cubes"),
    ("s", "calories in a jacket potato with beans and cheese"),
    ("s", "eatwell guide ks3 food tech homework"),
    ("s", "how to cut my own fringe without ruining it"),
    ("c", "burnt my hand on the oven tray in food tech, its fine just stings"),
    ("s", "health and social care eating disorders case study"),
    ("s@yt", "edward scissorhands trailer"),
    ("s", "razor scooter replacement wheels"),
    ("s", "self raising flour vs plain flour"),
    ("s", "john stuart mill harm principle"),
    ("s", "how to treat a paper cut"),
    ("c", "threw up on the coach back from the trip, so embarrassing \U0001f922"),
    ("s", "how many calories does running burn pe gcse"),
    ("s", "blades of grass drawing tutorial"),
    ("t!", "Supporting pupils who self-harm - staff briefing.docx - Word"),
    ("s", "how to sharpen a pencil without a sharpener"),
    ("c", "im starving, is it pizza day today?"),
    ("c", "she literally cut me off mid sentence, so rude"),
])

# ---- radicalisation ---------------------------------------------------------------------
add("radicalisation", [
    ("s", "how to join isis as a teenager", "radicalisation:4"),
    ("s", "is the great replacement real", "radicalisation:3", "discrimination"),
    ("c", "the west is at war with islam. the brothers over there are the only ones actually doing something", "radicalisation:4"),
    ("s", "christchurch manifesto pdf", "radicalisation:4", "violence"),
    ("s", "christchurch mosque livestream full uncut", "radicalisation:4", "violence"),
    ("c", "honestly we need a race war before its too late. im dead serious", "radicalisation:4", "discrimination,violence"),
    ("s", "how to join patriotic alternative youth", "radicalisation:4"),
    ("s", "is national action still active uk", "radicalisation:4"),
    ("s", "siege james mason pdf free", "radicalisation:4"),
    ("s", "accelerationist telegram channels link", "radicalisation:4"),
    ("t", "The Turner Diaries - read online free - Google Chrome", "radicalisation:4"),
    ("s", "what does 14 words mean", "radicalisation:3", "discrimination"),
    ("c", "h1tl3r did nothing wrong tbh", "radicalisation:3", "discrimination"),
    ("s@yt", "anwar al awlaki lectures full", "radicalisation:4"),
    ("c", "friday im doing what tarrant did at the mosque on castle street. routes planned, my uncles rifle is in the loft", "radicalisation:5", "violence,discrimination"),
    ("m", "me and kai are going to hit the syna|gogue during the service on saturday, hes sorting the stuff", "radicalisation:5", "violence,discrimination"),
    ("s", "how to join incel forums", "radicalisation:3", "discrimination"),
    ("s", "kuffar deserve death hadith", "radicalisation:4", "discrimination"),
    ("s", "islamic state nasheed mp3 download", "radicalisation:4"),
    ("c", "the lads in the telegram keep sending me stuff about the day of the rope, it actually makes sense", "radicalisation:4", "discrimination"),
    ("c", "whites need to wake up. remigration now. join the chat, link in my bio", "radicalisation:4", "discrimination"),
    ("s", "i" + ZW + "s" + ZW + "i" + ZW + "s recruitment videos", "radicalisation:4"),
    ("s%", "inspire magazine al qaeda pdf", "radicalisation:4"),
    ("s", "how to join atomwaffen division", "radicalisation:4"),
    ("s", "n4z1 symbols meaning 88", "radicalisation:3", "discrimination"),
    ("s", "blackpill explained incel", "radicalisation:3", "discrimination"),
    ("s", "how to make hijrah and become a mujahid 2026", "radicalisation:4"),
    ("d", "www.stormfront.org", "radicalisation:4", "discrimination"),
])
add("neg_radicalisation", [
    ("s", "nazi propaganda posters weimar gcse history"),
    ("s", "why did people vote for hitler 1932 bitesize"),
    ("s", "greater jihad and lesser jihad gcse religious studies"),
    ("s!", "prevent duty online training certificate home office"),
    ("s", "9/11 facts for ks3 history homework"),
    ("s", "the troubles bloody sunday gcse"),
    ("t!", "Educate Against Hate - Teaching resources - " + EDGE),
    ("s", "rashidun caliphate history"),
    ("s@yt", "the wave 2008 film ending explained"),
    ("s", "boy in the striped pyjamas ending explained"),
    ("s!", "holocaust memorial day assembly secondary 2027"),
    ("s", "what are british values pshe extremism definition"),
    ("s", "gunpowder plot 1605 robert catesby facts"),
    ("c", "for history we have to say if the suffragettes were terrorists, they literally bombed stuff"),
    ("s", "kristallnacht facts ks3"),
    ("s", "hitler youth membership 1936 source analysis"),
    ("s", "how did the good friday agreement end the troubles"),
])

# ---- grooming and sexual / criminal exploitation ----------------------------------------
add("grooming", [
    ("c", "hes 19 but he says age is just a number and im really mature for 13", "grooming:4"),
    ("c", "he said if i send one more pic hell buy me the new iphone", "grooming:4"),
    ("m", "my snap friend (hes 22) is picking| me up from the retail park at 4 on saturday, dont tell anyone", "grooming:5"),
    ("c", "meeting the guy from tiktok at the train station after school tomorrow, hes 20, he said come alone and dont tell my mum", "grooming:5"),
    ("c", "he wants me to go on cam again tonight and take my top off", "grooming:4"),
    ("c", "he keeps telling me to delete our chats so my parents dont see. is that normal??", "grooming:4"),
    ("s", "is it illegal for a 20 year old to date a 14 year old", "grooming:4"),
    ("c@roblox", "he said hell send me robux gift cards if i give him my address and add him on snap", "grooming:4"),
    ("c", "some guy has my nudes and says hell send them to everyone at school unless i pay \u00a3100 by tonight", "grooming:4", "illegal_content"),
    ("s", "someone has my pics and is threatening to post them what do i do", "grooming:4", "illegal_content"),
    ("c", "my boyfriends 25 and he gives me weed and lifts everywhere, now he says i owe him", "grooming:4", "drugs"),
    ("c", "they said i have to take the bag to an address in birmingham on saturday and i cant say no cause i owe them", "grooming:4", "drugs"),
    ("c", "older lad off the estate gave me a phone and says keep it on me always, i run stuff for him after school", "grooming:4", "drugs"),
    ("c", "this man sends me money for pics of my feet, is that ok?", "grooming:4"),
    ("c", "he said the age gap is nothing and its our secret. hes my mums mate from work", "grooming:4"),
    ("c", "my online bf (hes 21) is coming round thursday while mums on nights, he said hell bring vodka", "grooming:5"),
    ("c", "i told him im in year 8 and he said thats fine he likes younger girls", "grooming:4"),
    ("c", "he keeps asking for n00dz and says i owe him after all the gifts", "grooming:4"),
    ("c", "he asked me to s*nd a p*c with no clothes on", "grooming:4"),
    ("c", "hes a youtuber with 50k subs and wants me to come to his flat on sunday for a collab, mums not gonna know", "grooming:5"),
    ("c", "the man from the park keeps dming me saying im beautiful and asking what school i go to", "grooming:4"),
    ("c", "he said if i dont send another one hell kill himself and itll be my fault", "grooming:4", "suicide"),
    ("m", "can u cover for me, im staying at his fl|at tonight, the 26 yr old from insta", "grooming:5"),
    ("c", "he said n" + ZW + "o" + ZW + "t to tell my mum that we talk", "grooming:4"),
    ("c", "my coach messages me late at night and says im his favourite and not to tell the others", "grooming:4"),
    ("s", "how to hide an app from my parents so my bf can text me hes 23", "grooming:4"),
    ("c", "h3 s4id h3ll p1ck m3 up fr0m sch00l fr1d4y, h3s 24 l0l", "grooming:5"),
])
add("neg_grooming", [
    ("s", "dog grooming near me prices"),
    ("s", "grooming gangs inquiry news"),
    ("s", "pony club grooming kit list"),
    ("c", "meet at the library after school to finish the geography project?"),
    ("s!", "thinkuknow lesson plans ks3"),
    ("t!", "CEOP Education - Online blackmail resources - " + EDGE),
    ("s", "how old is juliet in romeo and juliet"),
    ("s", "secret santa ideas under \u00a35"),
    ("c", "send me pics of the poster when ur done so i can print it for art"),
    ("c", "my dads picking me up from the station at 4, can u wait with me"),
    ("s", "how old do you have to be for snapchat"),
    ("c", "mr hughes said we can stay after school to finish the coursework if our parents know"),
    ("s", "beard grooming kit gift for dad christmas"),
    ("c", "can you send me a pic of the homework sheet, i left mine in class"),
    ("c", "my older cousin is picking me up from school friday, were going to see wicked"),
    ("m", "shoot me a message when you get| home so i know you got back ok"),
])

# ---- bullying ---------------------------------------------------------------------------
add("bullying", [
    ("c", "literally everyone in 9R hates you, just stop coming in", "bullying:3"),
    ("c", "kys no one would even notice ur gone", "bullying:3", "suicide"),
    ("c", "when she joins the gc everyone leave at the same time \U0001f602", "bullying:3"),
    ("c", "put the vid of him crying in the changing rooms on ur story", "bullying:3"),
    ("c", "ur so fat and ugly no wonder ur dad left", "bullying:3"),
    ("c", "they take my stuff and shove me in the corridor every single day. i dont want to go in anymore", "bullying:3"),
    ("c", "made a fake insta of her with the edited pics lmao 200 followers already", "bullying:3"),
    ("c", "dont sit next to her she smells like a tramp \U0001f92e", "bullying:3"),
    ("c", "u r a l0s3r n0 0n3 l1k3s u", "bullying:3"),
    ("c", "if u tell sir well batter u after school", "bullying:3", "violence"),
    ("c", "ur sooooo ugly \U0001f922\U0001f922 delete ur account", "bullying:3"),
    ("c", "screenshot his msgs and send them to the whole year", "bullying:3"),
    ("c", "rate her out of 10 in the chat, i say minus 3 \U0001f602\U0001f602", "bullying:3"),
    ("t", "Y8 burn book (do NOT share) - Google Docs - Google Chrome", "bullying:3"),
    ("c@docs", "this is the worst slide ever, honestly embarrassing, nobody wanted you in our group anyway", "bullying:3"),
    ("c", "they made a tiktok taking the piss out of my stutter and its got 2k views", "bullying:3"),
    ("c", "nobody wants u at the party so dont even think about turning up", "bullying:3"),
    ("c", "ur such a f*cking freak just disappear", "bullying:3"),
    ("m", "she is such a dirty sk|et everyone knows it", "bullying:3", "discrimination"),
    ("c", "dont pick him for the team hes the special one \U0001f92a", "bullying:3", "discrimination"),
    ("c", "i hate myself because of what they say about me every day at school", "bullying:3", "self_harm,suicide"),
    ("c", "every" + ZW + "one th" + ZW + "inks ur a l" + ZW + "oser", "bullying:3"),
    ("c", "poll: whos the ugliest in year 10? vote below \U0001f447", "bullying:3"),
    ("c", "lets all ignore him tomorrow, proper blank him, see how long till he cries", "bullying:3"),
    ("c", "add her to the group then we all roast her till she leaves \U0001f602", "bullying:3"),
    ("c@gmail", "from an anonymous account: everyone knows what you did. youre a joke and you always will be", "bullying:3"),
    ("c", "ppl keep posting my pic with pig noises in the comments, idk what to do", "bullying:3"),
])
add("neg_bullying", [
    ("s!", "anti bullying week 2026 resources secondary"),
    ("s", "cyberbullying poster ideas ks3"),
    ("t!", "Anti-Bullying Alliance - Tools and information - " + EDGE),
    ("c", "roast my essay honestly, be brutal i can take it"),
    ("s", "lord of the flies piggy bullied quotes"),
    ("c", "ur so annoying \U0001f602 love u tho see u at lunch"),
    ("s", "mean girls musical tickets"),
    ("c", "lol ur such a nerd, sit with me in maths?"),
    ("s", "blood brothers mickey and sammy bullying quotes"),
    ("c", "my little sister keeps stealing my hoodies \U0001f624"),
    ("c", "everyone leave the gc miss added herself \U0001f602"),
    ("c", "nah ur cooked if sir sees that"),
])

# ---- discrimination ---------------------------------------------------------------------
add("discrimination", [
    ("c", "go back to your own country nobody wants you here", "discrimination:3", "bullying"),
    ("c", "thats so gay, ur such a f*g", "discrimination:3", "bullying"),
    ("c", "send the p*ki to the back of the line", "discrimination:3", "bullying"),
    ("c", "women belong in the kitchen, tate was right", "discrimination:3", "radicalisation"),
    ("s", "why are immigrants ruining britain", "discrimination:3", "radicalisation"),
    ("c", "trannies shouldnt be allowed in the girls toilets its disgusting", "discrimination:3"),
    ("c", "hes a muzzie terrorist lol look at his beard", "discrimination:3", "bullying"),
    ("c", "the jews control all the banks, everyone knows it", "discrimination:3", "radicalisation"),
    ("c", "get out of our school you n1gg3r", "discrimination:3", "bullying"),
    ("c", "gypos probably nicked it, theyre all thieves", "discrimination:3"),
    ("c", "ur such a r3tard omg", "discrimination:3", "bullying"),
    ("s", "jokes about disabled people", "discrimination:3"),
    ("s", "racist jokes about chinese people", "discrimination:3"),
    ("c", "polish people stink, they should all go home", "discrimination:3"),
    ("c", "being gay is a disease and you need help", "discrimination:3", "bullying"),
    ("c", "all muslims are terrorists, simple as", "discrimination:3", "radicalisation"),
    ("m", "those people on the small boats should be su|nk before they land", "discrimination:3", "radicalisation,violence"),
    ("c", "shes a d*ke dont get changed near her", "discrimination:3", "bullying"),
    ("c", "shut up f\u0430gg\u043et", "discrimination:3", "bullying"),
    ("c", "the p a k i s in year 10 stink of curry", "discrimination:3", "bullying"),
    ("c", "the holocaust never happened its all made up", "discrimination:3", "radicalisation"),
    ("s", "white power hand sign", "discrimination:3", "radicalisation"),
    ("c", "look at his chinky eyes \U0001f602\U0001f602", "discrimination:3", "bullying"),
    ("c", "no blacks allowed in our team lol", "discrimination:3"),
    ("s", "proof transgender is a mental illness", "discrimination:3"),
    ("s", "why are women inferior to men", "discrimination:3", "radicalisation"),
])
add("neg_discrimination", [
    ("s", "rosa parks bus boycott gcse history"),
    ("s", "windrush generation ks3"),
    ("s", "equality act 2010 protected characteristics"),
    ("s!", "pride month assembly ideas secondary"),
    ("c", "so proud of u for coming out x \U0001f3f3\ufe0f\u200d\U0001f308"),
    ("s", "apartheid nelson mandela facts"),
    ("s", "to kill a mockingbird racism quotes"),
    ("s", "noughts and crosses malorie blackman themes"),
    ("s", "christian views on same sex marriage gcse rs"),
    ("s", "kick it out racism in football"),
    ("t!", "Show Racism the Red Card - Education pack.pdf - Adobe Acrobat Reader"),
    ("s", "black history month uk 2026 ideas"),
    ("s", "of mice and men crooks loneliness racism quote"),
    ("s", "martin luther king i have a dream speech analysis"),
    ("s", "gay gordons ceilidh dance steps pe"),
    ("c", "my mums from poland and shes making pierogi for the food fair"),
])

# ---- violence (abuse at home, weapons, fights, threats) ----------------------------------
add("violence", [
    ("c", "im bringing my knife tomorrow, if he starts again im using it", "violence:5"),
    ("c", "dad hit me again last night, theres a massive bruise on my back. please dont tell anyone", "violence:4"),
    ("c", "mums boyfriend locks me in my room when hes angry and throws stuff at me", "violence:4"),
    ("s", "how to make a nail bomb", "violence:5", "radicalisation"),
    ("s", "where to buy zombie knife uk under 18", "violence:4"),
    ("c", "were jumping him at the bus stop after school, someone film it", "violence:4", "bullying"),
    ("s@yt", "uk school fights compilation 2026", "violence:3"),
    ("c", "mum and dad were screaming again and he smashed the table. im scared to go home", "violence:4"),
    ("c", "that prick in 10B is getting shanked friday", "violence:4"),
    ("s", "how to cover bruises with makeup before school", "violence:4", "self_harm"),
    ("c", "swear down im gonna shoot up this school one day, starting with the science block", "violence:5", "radicalisation"),
    ("s", "how to get a gun in the uk illegally", "violence:4", "illegal_content"),
    ("c", "he grabbed me by the neck and said next time will be worse if i tell", "violence:4"),
    ("s", "knuckle duster buy online uk", "violence:4"),
    ("m", "if she grasses on me again im gonna st|ab her in the neck", "violence:5"),
    ("s", "h0w t0 m4k3 a p1p3 b0mb", "violence:5", "radicalisation"),
    ("c", "got a blade in my bag for the lads from st johns", "violence:4"),
    ("c", "gonna k*ll him after school behind the sports hall", "violence:5"),
    ("c", "dad says if i tell anyone about the belt hell make sure i go into care", "violence:4"),
    ("c", "my step brother hurts me when mums at work and says its just a game", "violence:4"),
    ("s", "how to make a homemade taser", "violence:3"),
    ("s", "where to buy pepper spray uk", "violence:3"),
    ("s", "how to st\u0430b someone without getting caught", "violence:5"),
    ("c", "ill k" + ZW + "ill you and your whole family", "violence:4"),
    ("c", "watched mum get hit again, i rang 999 but she told them it was nothing", "violence:4"),
    ("s%", "buy machete cheap next day delivery", "violence:4"),
    ("t", "MOST BRUTAL street fights 2026 compilation - YouTube - Google Chrome", "violence:3"),
    ("c", "bring the bats, were meeting them at the skate park at 8 to sort it", "violence:4"),
])
add("neg_violence", [
    ("s", "of mice and men why did george shoot lennie"),
    ("s", "is this a dagger which i see before me analysis"),
    ("s", "jack the ripper victims whitechapel gcse"),
    ("s", "blood brothers ending how do mickey and eddie die"),
    ("s", "bayonet charge ted hughes analysis"),
    ("s", "kamikaze beatrice garland context"),
    ("s!", "knife crime lesson resources ks3 ben kinsella"),
    ("c", "ill murder u at fifa later, 5-0 minimum"),
    ("s", "minecraft how to kill the warden easily"),
    ("s", "boxing club near me for 13 year olds"),
    ("s@yt", "bohemian rhapsody lyrics mama just killed a man"),
    ("s", "sza kill bill lyrics"),
    ("s@yt", "the hanging tree song hunger games"),
    ("s", "tudor punishments hanged drawn and quartered"),
    ("s", "the hunger games book themes ks3"),
    ("s!", "operation encompass notification what should schools do"),
    ("s", "bonfire night fireworks display 2026 near me"),
    ("s", "remembrance sunday 2026 poppy poems"),
    ("s", "how to make a volcano explode science project"),
    ("s", "roblox murder mystery 2 codes november 2026"),
    ("s", "among us how to kill as impostor without being seen"),
    ("s", "knives out 3 release date"),
    ("s", "guns n roses sweet child o mine guitar tab"),
    ("s", "george ezra shotgun chords ukulele"),
    ("s", "henry viii execution of anne boleyn"),
    ("s", "the blitz coventry bombing ks3"),
    ("s", "hiroshima atomic bomb death toll"),
    ("s", "how does a nuclear bomb work fission gcse physics"),
    ("s", "netball shooting technique"),
    ("c", "my cat keeps attacking my feet when i try to sleep lol"),
    ("c", "the fire alarm went off in science, sir set his sleeve on fire with the bunsen \U0001f62d"),
    ("s", "best sniper loadout warzone"),
    ("s", "trench warfare ww1 conditions"),
    ("s", "killer sudoku tips"),
    ("s", "fencing club epee beginners"),
    ("c", "we smashed the netball match 18-4 \U0001f525"),
    ("c", "i could murder a greggs rn"),
    ("s", "penalty shootout world cup 2026 final"),
    ("m", "mr brightside is the best| song ever made, fight me"),
    ("c", "left my coursework on the bus, sir is actually going to end me"),
])

# ---- adult content ----------------------------------------------------------------------
add("adult_content", [
    ("d", "www.pornhub.com", "adult_content:3"),
    ("s", "free p0rn vids", "adult_content:3"),
    ("s", "onlyfans leaks free", "adult_content:3"),
    ("s", "step sis xxx", "adult_content:3"),
    ("d", "xhamster.com", "adult_content:3"),
    ("c@discord", "send me the link to that nsfw discord server again", "adult_content:3"),
    ("s", "hentai uncensored", "adult_content:3"),
    ("s", "best nsfw subreddits list", "adult_content:3"),
    ("u", "https://www.xvideos.com/new/2", "adult_content:3"),
])
add("neg_adult", [
    ("s", "sex cells meiosis gcse biology"),
    ("s!", "rse year 9 consent lesson plan"),
    ("s", "university of sussex open day"),
    ("s", "essex county council school admissions"),
    ("s", "scunthorpe united fixtures"),
    ("s", "middlesex university courses"),
    ("s", "penistone weather tomorrow"),
    ("s", "puberty changes ks3 science"),
    ("s", "breaststroke kick technique"),
    ("s", "dick whittington panto tickets 2026"),
    ("s", "moby dick chapter summary"),
    ("s", "great tit bird rspb"),
    ("s", "cumulative frequency gcse maths"),
    ("s", "titration method chemistry required practical"),
    ("s", "shuttlecock badminton rules"),
    ("d", "www.experts-exchange.com"),
    ("d", "www.sussex.ac.uk"),
])

# ---- drugs ------------------------------------------------------------------------------
add("drugs", [
    ("c", "anyone got a plug for weed? need a 20 bag for friday", "drugs:3"),
    ("s", "how to buy vapes under 18 online", "drugs:2"),
    ("s", "thc vape pen uk where to get", "drugs:3"),
    ("s", "how much ket to take first time", "drugs:3"),
    ("c", "got some xannies off my cousin, want one before pe?", "drugs:3"),
    ("s", "snapchat dealer emojis meaning", "drugs:2"),
    ("s", "how to pass a drug test for weed fast", "drugs:3"),
    ("s", "c0k3 price per gram uk", "drugs:3"),
    ("s", "where to buy nos canisters balloons", "drugs:3"),
])
add("neg_drugs", [
    ("s", "effects of alcohol on the body gcse biology"),
    ("s", "pot noodle flavours ranked"),
    ("s", "diet coke vs coke zero"),
    ("s", "best weed killer for patio slabs"),
    ("s", "cannabis should be legalised persuasive writing"),
    ("s", "opium wars gcse history"),
    ("s!", "drug education lessons year 9 adepis"),
    ("s", "crack the code maths escape room"),
    ("s", "snow forecast this week"),
    ("s", "how does caffeine affect heart rate practical"),
    ("s", "ecstasy of saint teresa bernini"),
    ("s", "speed distance time triangle"),
    ("s", "drug testing in sport pe gcse"),
])

# ---- gambling ---------------------------------------------------------------------------
add("gambling", [
    ("d", "www.bet365.com", "gambling:2"),
    ("s", "free spins no deposit uk casino", "gambling:2"),
    ("s", "cs2 skin gambling sites free coins", "gambling:2", "gaming"),
    ("s", "how to place a bet under 18 premier league", "gambling:2"),
    ("c", "put \u00a350 on an acca using my dads account, if it comes in im buying everyone chicken", "gambling:2"),
    ("s", "paddy power login", "gambling:2"),
    ("d", "stake.com", "gambling:2"),
    ("s", "roulette strategy to win every time", "gambling:2"),
])
add("neg_gambling", [
    ("s", "probability tree diagram gcse higher"),
    ("c", "bet, see u at the gates at 3:15"),
    ("s", "dice probability experiment year 8"),
    ("s!", "gambling harms lesson plan ygam"),
    ("c", "i bet you he forgets his pe kit again \U0001f602"),
    ("s", "fruit machine sound effect for drama"),
])

# ---- filter bypass ----------------------------------------------------------------------
add("filter_bypass", [
    ("s", "how to bypass smoothwall on school laptop", "filter_bypass:2"),
    ("d", "nordvpn.com", "filter_bypass:2"),
    ("s", "unblocked games 66 proxy", "filter_bypass:2", "gaming"),
    ("p", "tor.exe", "filter_bypass:2"),
    ("u", "https://www.croxyproxy.com/", "filter_bypass:2"),
    ("c", "put the link into google translate and it goes straight past the filter", "filter_bypass:2"),
    ("s", "how to unenroll a school chromebook", "filter_bypass:2"),
    ("s%", "free web proxy unblock tiktok", "filter_bypass:2", "social_media"),
    ("d", "psiphon.ca", "filter_bypass:2"),
])
add("neg_filter_bypass", [
    ("s", "what is a vpn gcse computer science"),
    ("s", "proxy wars cold war korea vietnam"),
    ("s", "purpose of a firewall computer networks"),
    ("s", "heart bypass surgery gcse biology"),
    ("s", "channel tunnel opening 1994"),
])

# ---- hacking ----------------------------------------------------------------------------
add("hacking", [
    ("s", "how to hack someones instagram account", "hacking:2"),
    ("s", "undetectable keylogger free download", "hacking:2"),
    ("s", "how to boot someone offline on xbox", "hacking:2", "gaming"),
    ("c", "i got misses password from watching her type it, gonna change my grades on arbor tonight", "hacking:2"),
    ("s", "how to sql inject a school website login", "hacking:2"),
    ("s", "kali linux usb boot school laptop", "hacking:2"),
    ("s", "roblox account stealer script", "hacking:2", "gaming"),
    ("s", "wifi password cracker app", "hacking:2"),
    ("s", "h4ck1ng t00ls d0wnl04d", "hacking:2"),
])
add("neg_hacking", [
    ("s", "phishing definition gcse computer science"),
    ("s", "brute force attack ocr j277"),
    ("s", "sql injection explained ocr gcse"),
    ("s", "life hacks for school"),
    ("s", "hackney empire panto"),
    ("s", "cracking knuckles bad for you"),
    ("s!", "cyberfirst girls competition 2027"),
    ("s", "ethical hacking careers uk"),
])

# ---- piracy -----------------------------------------------------------------------------
add("piracy", [
    ("s", "wicked for good watch free online 123movies", "piracy:1"),
    ("d", "thepiratebay.org", "piracy:1"),
    ("s", "fmovies alternative that works", "piracy:1"),
    ("s", "spotify premium apk free", "piracy:1"),
    ("s", "minecraft cracked tlauncher download", "piracy:1", "gaming"),
    ("s", "stranger things season 5 torrent", "piracy:1"),
    ("s", "yt to mp3 converter", "piracy:1"),
    ("u", "https://1337x.to/search/fc+26/1/", "piracy:1", "gaming"),
])
add("neg_piracy", [
    ("s", "pirates of the caribbean cast"),
    ("s", "somali piracy geography case study"),
    ("s", "treasure island long john silver character analysis"),
    ("s", "copyright free music for school video"),
])

# ---- gaming -----------------------------------------------------------------------------
add("gaming", [
    ("d", "store.epicgames.com", "gaming:1"),
    ("s", "roblox login", "gaming:1"),
    ("t", "Brookhaven \U0001f3e1RP - Roblox - Google Chrome", "gaming:1"),
    ("s", "1v1.lol unblocked", "gaming:1", "filter_bypass"),
    ("d", "www.twitch.tv", "gaming:1", "social_media"),
    ("p", "RobloxPlayerBeta.exe", "gaming:1"),
    ("s", "slope game", "gaming:1"),
    ("s", "geometry dash online free", "gaming:1"),
    ("s", "fc 26 ultimate team best cheap players", "gaming:1"),
])

# ---- social media -----------------------------------------------------------------------
add("social_media", [
    ("d", "www.tiktok.com", "social_media:1"),
    ("d", "i.instagram.com", "social_media:1"),
    ("t", "(2) Instagram - Google Chrome", "social_media:1"),
    ("s", "snapchat web login", "social_media:1"),
    ("d", "web.snapchat.com", "social_media:1"),
    ("t", "Home / X - Google Chrome", "social_media:1"),
    ("u", "https://www.reddit.com/r/teenagers/", "social_media:1"),
    ("d", "discord.com", "social_media:1"),
])

# ---- illegal content --------------------------------------------------------------------
add("illegal_content", [
    ("s", "buy fake id uk provisional licence", "illegal_content:3"),
    ("s", "dark web market links 2026", "illegal_content:3"),
    ("s", "counterfeit \u00a320 notes buy", "illegal_content:3"),
    ("c", "someones selling the nude vid of that year 9 girl for \u00a35, its going round on snap", "illegal_content:4", "grooming,adult_content,bullying"),
    ("s", "buy cheap stolen netflix accounts", "illegal_content:3", "hacking,piracy"),
    ("s", "leaked nudes of 14 year olds telegram", "illegal_content:4", "adult_content,grooming"),
    ("s", "fake passport dark web how to buy", "illegal_content:3"),
    ("s", "carding tutorial cvv shop", "illegal_content:3", "hacking"),
])
add("neg_illegal", [
    ("s", "dark web definition gcse computer science"),
    ("s", "counterfeit goods globalisation geography"),
    ("s", "illegal immigration sociology crime"),
    ("s", "citizencard proof of age how to apply"),
])

# ---- staff activity (negatives) ---------------------------------------------------------
add("neg_staff", [
    ("c@outlook", "Hi all, Tuesday's twilight CPD is the annual Prevent refresher. Please complete the online module beforehand and bring your certificate."),
    ("c@outlook", "Year 9 PSHE next week covers knife crime and county lines. Slides are in the shared drive. Please let me know by Friday if any pupil should be given advance notice because of personal circumstances."),
    ("c@outlook", "Dear parents and carers, our online safety evening on 19 November will cover sextortion, grooming warning signs and setting up parental controls. Refreshments from 6pm."),
    ("c@outlook", "Reminder: the school counsellor drop-in is every Wednesday lunchtime in the library office. Please mention it in tutor time."),
    ("c@word", "For the Inspector Calls mock, students should discuss responsibility for Eva Smith's suicide. Please do not hand out the model paragraph yet."),
    ("c@outlook", "Anti-bullying week assembly rota attached. Year 8 are presenting on Thursday."),
    ("c@staffteams", "the drugs awareness workshop with PC Davies has moved to period 3, can you swap rooms with me?"),
    ("c@word", "Lesson objective: explain how Nazi propaganda dehumanised Jewish people in the 1930s and why many Germans accepted it."),
    ("c@word", "Risk assessment: thermite demonstration. Fume cupboard, safety screen, students at least 3 m back."),
    ("c@ppt", "Whitechapel 1888: the murders of Mary Ann Nichols and Annie Chapman, and why the police investigation failed"),
    ("c@staffteams", "CPOMS is down this afternoon, log any concerns on a paper form and bring it to the safeguarding office"),
    ("c@ppt", "Macbeth Act 2 Scene 1: annotate the dagger soliloquy. How does Shakespeare present Macbeth's guilt before the murder?"),
    ("s!", "how to teach consent to year 8"),
    ("s!", "kcsie 2026 changes summary"),
    ("s!", "rshe statutory guidance 2026"),
    ("c@outlook", "Please remind Year 10 that energy drinks and vapes are not allowed on site, the policy was updated this term."),
    ("c@word", "Exam question: 'Gambling is always wrong.' Evaluate this statement, referring to Christian teachings."),
    ("c@staffteams", "anyone got a good video for the year 11 lesson on radicalisation and online extremism? the old link is broken"),
    ("c@ppt", "Year 7 e-safety: what is phishing, how hackers guess weak passwords and how to stay safe"),
    ("c@outlook", "Mock results are in. Year 11 killed it in maths, the best set of results for years!"),
    ("t!", "Keeping children safe in education 2026.pdf - Adobe Acrobat Reader"),
    ("t!", "County lines and child criminal exploitation - staff training - " + EDGE),
    ("s!", "eating disorder warning signs teenagers teacher guidance"),
    ("s!", "self harm policy secondary school template"),
    ("c@outlook", "Hi, for the debate unit Year 10 are researching gambling adverts and loot boxes. Could IT unblock the BBC article on the filter please?"),
])

# ---- everyday background (negatives) ----------------------------------------------------
add("neg_background", [
    ("u", "https://classroom.google.com/u/0/h"),
    ("s", "sparx maths login"),
    ("u", "https://www.bbc.co.uk/bitesize/subjects/z8ybb9q"),
    ("s", "quadratic formula gcse"),
    ("s", "quizlet french vocab year 8"),
    ("d", "kahoot.it"),
    ("hb", ""),
    ("hb", ""),
    ("p", "WINWORD.EXE"),
    ("t", "Untitled document - Google Docs - Google Chrome"),
    ("s", "what time does the sun set today"),
    ("d", "clients4.google.com"),
    ("s", "christmas jumper day 2026"),
    ("c", "hang on ill send u the doc link"),
    ("c", "dying to see the new wicked film this weekend"),
    ("c", "that test was brutal, question 6 destroyed me"),
    ("c", "that fortnite clip was sick, u sniped him from across the map"),
    ("c", "shes so funny i literally cant breathe \U0001f602"),
    ("c", "this song is an absolute killer, the chorus \U0001f525"),
    ("d", "login.microsoftonline.com"),
    ("d", "www.senecalearning.com"),
    ("d", "www.bbc.co.uk"),
    ("d", "classroom.google.com"),
    ("d", "www.sparxmaths.uk"),
    ("d", "www.metoffice.gov.uk"),
    ("d", "en.wikipedia.org"),
    ("d", "www.arsenal.com"),
    ("d", "www.hackney.gov.uk"),
    ("d", "www.scunthorpe-united.co.uk"),
    ("d", "www.samaritans.org"),
    ("d", "www.kooth.com"),
    ("d", "www.ygam.org"),
    ("d", "educateagainsthate.com"),
])
add("extra_domains", [
    ("d", "www.xnxx.com", "adult_content:3"),
    ("d", "www.888casino.com", "gambling:2"),
    ("d", "protonvpn.com", "filter_bypass:2"),
    ("d", "www.roblox.com", "gaming:1"),
    ("d", "www.snapchat.com", "social_media:1"),
    ("d", "fmovies24.to", "piracy:1"),
])

# ---------------------------------------------------------------------------------------
# deterministic helpers
# ---------------------------------------------------------------------------------------


def H(n, purpose):
    d = hashlib.sha256(("h15|%s|%s" % (n, purpose)).encode()).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, purpose, seq):
    return seq[H(n, purpose) % len(seq)]


def wpick(n, purpose, pairs):
    total = sum(w for _, w in pairs)
    x = H(n, purpose) % total
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    return pairs[-1][0]


SURNAMES = ["smith", "jones", "patel", "khan", "taylor", "brown", "wilson", "evans", "thomas",
            "roberts", "walker", "wright", "hughes", "green", "hall", "wood", "clarke",
            "kowalski", "nowak", "okafor", "ahmed", "begum", "murphy", "kelly", "lewis",
            "harris", "turner", "cooper", "ward", "morris", "price", "bennett", "shaw"]
FIRST = ["Olivia", "Amelia", "Isla", "Ava", "Lily", "Freya", "Maisie", "Ruby", "Evie", "Poppy",
         "Oliver", "Noah", "George", "Leo", "Harry", "Jack", "Alfie", "Muhammad", "Kai",
         "Tyler", "Jayden", "Zara", "Aisha", "Kacper", "Mason", "Ellie", "Sophie", "Logan"]
STAFF = ["j.hughes", "r.patel", "s.ahmed", "k.morgan", "l.fletcher", "d.osei", "m.barnes",
         "c.lloyd", "h.walsh", "t.greenwood"]
STAFF_NAMES = ["Jenny Hughes", "Raj Patel", "Samira Ahmed", "Kate Morgan", "Liam Fletcher",
               "Daniel Osei", "Mark Barnes", "Claire Lloyd", "Helen Walsh", "Tom Greenwood"]
DOCS = ["Y9 Geography group project", "History - source questions", "Science poster group 3",
        "English group presentation", "Y8 RE - charity campaign", "Computing - networks revision"]
DISCORD_SERVERS = ["year 9 lads", "the squad", "minecraft smp", "gc but better", "art dump"]
UA_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
UA_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86"
UA_CROS = "Mozilla/5.0 (X11; CrOS x86_64 16002.51.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SCHOOL_DAYS = [d for d in range(2, 31) if calendar.weekday(2026, 11, d) < 5]
DNS_SERVER = "10.0.0.53"


def when(n):
    """(epoch_seconds_float) of a school-month moment for item n."""
    day = pick(n, "day", SCHOOL_DAYS)
    band = wpick(n, "band", [("school", 80), ("evening", 17), ("late", 3)])
    if band == "school":
        lo, hi = 8 * 60 + 35, 15 * 60 + 25
    elif band == "evening":
        lo, hi = 15 * 60 + 30, 22 * 60 + 30
    else:
        lo, hi = 22 * 60 + 30, 23 * 60 + 59
    minute = lo + H(n, "minute") % (hi - lo)
    sec = H(n, "sec") % 60
    ms = H(n, "ms") % 1000
    base = calendar.timegm((2026, 11, day, 0, 0, 0))
    return base + minute * 60 + sec + ms / 1000.0


def iso(t):
    g = _gm(t)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (g[0], g[1], g[2], g[3], g[4], g[5], int(round((t % 1) * 1000)) % 1000)


def _gm(t):
    import time
    return time.gmtime(int(t))


def syslog_time(t):
    g = _gm(t)
    return "%s %2d %02d:%02d:%02d" % (MONTHS[g[1] - 1], g[2], g[3], g[4], g[5])


def clf_time(t):
    g = _gm(t)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g[2], MONTHS[g[1] - 1], g[0], g[3], g[4], g[5])


def e2g_time(t):
    g = _gm(t)
    return "%04d.%02d.%02d %02d:%02d:%02d" % (g[0], g[1], g[2], g[3], g[4], g[5])


def bind_time(t):
    g = _gm(t)
    return "%02d-%s-%04d %02d:%02d:%02d.%03d" % (g[2], MONTHS[g[1] - 1], g[0], g[3], g[4], g[5], int((t % 1) * 1000))


# ---------------------------------------------------------------------------------------
# who / where
# ---------------------------------------------------------------------------------------


def pupil(n):
    yy = pick(n, "yy", ["22", "23", "24", "25", "26"])
    return "%s%s%s" % (yy, pick(n, "sur", SURNAMES), pick(n, "ini", "abcdefghijklmnoprstwz"))


def device_for(n, kind):
    """kind: cb | win | staff"""
    if kind == "cb":
        return "CB-%04d" % (1000 + H(n, "dev") % 900)
    if kind == "staff":
        return "STF-LT-%03d" % (H(n, "dev") % 140 + 1)
    return wpick(n, "wdev", [("LT-S-%04d" % (H(n, "dev") % 600 + 100), 55),
                             ("IT%d-PC-%02d" % (H(n, "room") % 3 + 1, H(n, "dev") % 30 + 1), 35),
                             ("LIB-PC-%02d" % (H(n, "dev") % 12 + 1), 10)])


def ip_for(n, staff):
    if staff:
        return "10.10.%d.%d" % (H(n, "ip3") % 4 + 8, H(n, "ip4") % 250 + 3)
    return "10.20.%d.%d" % (H(n, "ip3") % 32 + 16, H(n, "ip4") % 250 + 3)


class Who:
    def __init__(self, n, staff, kind=None):
        self.staff = staff
        if staff:
            self.kind = "staff"
            self.login = pick(n, "staff", STAFF)
        else:
            self.kind = kind or wpick(n, "kind", [("cb", 60), ("win", 40)])
            self.login = pupil(n)
        self.device = device_for(n, self.kind)
        self.ip = ip_for(n, staff)
        if self.kind == "cb":
            self.user = self.login + "@mha.sch.uk"
            self.browser = ("chrome", "Google Chrome", UA_CROS)
        else:
            self.user = "MHA\\" + self.login
            self.browser = wpick(n, "browser", [(("chrome.exe", "Google Chrome", UA_CHROME), 55),
                                               (("msedge.exe", EDGE, UA_EDGE), 45)])
        self.proxy_user = self.login if (staff or H(n, "anon") % 100 >= 12) else "-"


# ---------------------------------------------------------------------------------------
# endpoint events
# ---------------------------------------------------------------------------------------


def endpoint(ts, who, event, process=None, title=None, text=None, url=None, n=0):
    ev = {"ts": iso(ts), "site": "main", "device": who.device, "user": who.user, "event": event,
          "process": process, "window_title": title, "text": text, "url": url}
    if event == "heartbeat":
        ev = {"ts": iso(ts), "site": "main", "device": who.device, "user": who.user,
              "event": "heartbeat"}
    ascii_only = H(n, "ascii") % 100 < 30
    return json.dumps(ev, ensure_ascii=ascii_only)


PUPIL_CTX = [("teams", 22), ("gchat", 14), ("docs", 10), ("gmail", 6), ("whatsapp", 14),
             ("insta", 12), ("snap", 8), ("discord", 10), ("roblox", 2), ("notes", 2)]


def chat_context(n, ctx, who):
    proc, bname, _ = who.browser
    if ctx == "teams":
        if who.kind == "cb":
            return "chrome", "Chat | Microsoft Teams - Google Chrome"
        return "ms-teams.exe", "Chat | %s %s | Microsoft Teams" % (pick(n, "fn", FIRST), pick(n, "sn", SURNAMES).title())
    if ctx == "gchat":
        return proc, "Chat - %s %s - Google Chat - %s" % (pick(n, "fn", FIRST), pick(n, "sn", SURNAMES).title(), bname)
    if ctx == "docs":
        return proc, "%s - Google Docs - %s" % (pick(n, "doc", DOCS), bname)
    if ctx == "gmail":
        return proc, "Compose Mail - %s@mha.sch.uk - Gmail - %s" % (who.login, bname)
    if ctx == "whatsapp":
        return proc, pick(n, "wa", ["WhatsApp", "(2) WhatsApp", "(7) WhatsApp"]) + " - " + bname
    if ctx == "insta":
        return proc, "Instagram \u2022 Chats - " + bname
    if ctx == "snap":
        return proc, "Snapchat - " + bname
    if ctx == "discord":
        return proc, "Discord | #general | %s - %s" % (pick(n, "srv", DISCORD_SERVERS), bname)
    if ctx == "roblox":
        return "RobloxPlayerBeta.exe", "Roblox"
    if ctx == "notes":
        if who.kind == "cb":
            return "chrome", "Google Keep - Google Chrome"
        return "notepad.exe", "*Untitled - Notepad"
    if ctx == "outlook":
        return "OUTLOOK.EXE", pick(n, "olt", ["Untitled - Message (HTML) ", "RE: Year group notices - Message (HTML) ",
                                              "Untitled - Message (HTML)"]).rstrip()
    if ctx == "word":
        return "WINWORD.EXE", pick(n, "wd", ["Lesson plan.docx", "Mock paper notes.docx", "Dept briefing.docx",
                                             "Scheme of work Y10.docx"]) + " - Word"
    if ctx == "ppt":
        return "POWERPNT.EXE", pick(n, "pp", ["Lesson 3.pptx", "Year 10 unit intro.pptx", "Starter slides.pptx"]) + " - PowerPoint"
    if ctx == "staffteams":
        return "ms-teams.exe", "Chat | %s | Microsoft Teams" % pick(n, "stn", STAFF_NAMES)
    raise ValueError(ctx)


# ---------------------------------------------------------------------------------------
# search engines and urls
# ---------------------------------------------------------------------------------------


def enc_plus(q):
    return urllib.parse.quote_plus(q, safe="")


def enc_20(q):
    return urllib.parse.quote(q, safe="")


def enc_full(q):
    return "".join("%%%02X" % b for b in q.encode("utf-8"))


ENGINES = [("google", 42), ("bing", 14), ("ddg", 8), ("yt", 10), ("ecosia", 6), ("yahoo", 3),
           ("tiktok", 4), ("gimg", 5), ("googleuk", 8)]


def search_url(engine, q, full):
    e = enc_full(q) if full else None
    if engine == "google":
        return "https://www.google.com/search?q=%s&sourceid=chrome&ie=UTF-8" % (e or enc_plus(q))
    if engine == "googleuk":
        return "https://www.google.co.uk/search?q=%s&hl=en-GB" % (e or enc_plus(q))
    if engine == "gimg":
        return "https://www.google.com/search?q=%s&tbm=isch" % (e or enc_plus(q))
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH&sp=-1" % (e or enc_plus(q))
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % (e or enc_plus(q))
    if engine == "yt":
        return "https://www.youtube.com/results?search_query=%s" % (e or enc_plus(q))
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % (e or enc_plus(q))
    if engine == "yahoo":
        return "https://uk.search.yahoo.com/search?p=%s&fr=yfp-t" % (e or enc_plus(q))
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s" % (e or enc_20(q))
    raise ValueError(engine)


def search_title(engine, q):
    return {"google": "%s - Google Search", "googleuk": "%s - Google Search",
            "gimg": "%s - Google Search", "bing": "%s - Search", "ddg": "%s at DuckDuckGo",
            "yt": "%s - YouTube", "ecosia": "%s - Ecosia", "yahoo": "%s - Yahoo Search Results",
            "tiktok": "Find '%s' on TikTok | TikTok Search"}[engine] % q


def split_url(url):
    p = urllib.parse.urlsplit(url)
    path = p.path or "/"
    if p.query:
        path += "?" + p.query
    return p.scheme, p.netloc, path


# ---------------------------------------------------------------------------------------
# log line builders
# ---------------------------------------------------------------------------------------


def dst_ip(n):
    return "%d.%d.%d.%d" % (pick(n, "d1", [142, 172, 104, 151, 185, 13]), H(n, "d2") % 250 + 1,
                            H(n, "d3") % 250 + 1, H(n, "d4") % 250 + 1)


def squid_line(n, t, who, url, blocked, custom):
    el = H(n, "elapsed") % 900 + 8
    size = (3912 if blocked else H(n, "size") % 90000 + 5000)
    code = "TCP_DENIED/403" if blocked else "TCP_MISS/200"
    hier = "HIER_NONE/-" if blocked else "HIER_DIRECT/" + dst_ip(n)
    if custom:
        host = split_url(url)[1]
        return '%.3f %6d %s %s %s %d GET %s %s text/html "-" "%s" %s sni=%s bump=bump' % (
            t, el, who.ip, who.proxy_user, code, size, url, "-" if blocked else dst_ip(n),
            who.browser[2], host, host)
    return "%.3f %6d %s %s %d GET %s %s %s text/html" % (t, el, who.ip, code, size, url,
                                                        who.proxy_user, hier)


def squid_connect(n, t, who, host, blocked):
    el = H(n, "elapsed") % 60000 + 40
    variant = H(n, "connv") % 3
    if variant == 0:
        code = "TCP_DENIED/403" if blocked else "TCP_TUNNEL/200"
        hier = "HIER_NONE/-" if blocked else "HIER_DIRECT/" + dst_ip(n)
        return "%.3f %6d %s %s %d CONNECT %s:443 %s %s -" % (
            t, el, who.ip, code, 0 if blocked else H(n, "size") % 40000 + 3000, host,
            who.proxy_user, hier)
    # ssl-bump peek/splice custom format (as in the samples); variant 2: transparent,
    # CONNECT to the bare IP with the name only in the SNI token
    target = host if variant == 1 else dst_ip(n)
    code = "TCP_TUNNEL/200"
    return '%.3f %6d %s %s %s %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
        t, el, who.ip, who.proxy_user, code, H(n, "size") % 40000 + 3000, target, dst_ip(n),
        who.browser[2], target, host)


def clf_line(n, t, who, url, blocked, combined):
    status = 403 if blocked else 200
    size = 3912 if blocked else H(n, "size") % 90000 + 5000
    tag = "TCP_DENIED:HIER_NONE" if blocked else "TCP_MISS:HIER_DIRECT"
    user = who.proxy_user
    if combined:
        ref = pick(n, "ref", ['"-"', '"-"', '"https://www.google.com/"', '"https://classroom.google.com/"'])
        return '%s - %s [%s] "GET %s HTTP/1.1" %d %d %s "%s" %s' % (
            who.ip, user, clf_time(t), url, status, size, ref, who.browser[2], tag)
    return '%s - %s [%s] "GET %s HTTP/1.1" %d %d %s' % (who.ip, user, clf_time(t), url, status, size, tag)


def e2g_line(n, t, who, url, blocked, reason, cat, terms, fmt):
    ua = who.browser[2]
    user = who.login
    st = "403" if blocked else "200"
    size = "0" if blocked else str(H(n, "size") % 90000 + 5000)
    weight = str(H(n, "w") % 60 + (60 if blocked else 0))
    rsn = reason if blocked else "-"
    c = cat if blocked else "-"
    tm = ("0=%s;" % terms) if terms else "-"
    if fmt == 6:   # Protex TSV, 20 fields, laid out as in the e2guardian 5.3 samples
        if blocked:
            tail = ["454", rsn, weight, c]
        else:
            tail = ["0", "-", "0", "-"]
        f = ["%.3f" % t, "", user, who.ip, who.ip, url, "GET", st, size, "-", ua, "-",
             str(H(n, "ms2") % 40), "-"] + tail + ["students", "1"]
        return "\t".join(f)
    f = [e2g_time(t), user, who.ip, url, rsn, "GET", size, weight, c, "1", st, "-" if blocked else "text/html",
         who.ip, "students", ua, tm, "-", "-", "-"]
    if fmt == 2:
        return ",".join('"%s"' % x for x in f)
    return "\t".join(f)


def zeek_uid(n, salt):
    return "C" + hashlib.sha256(("uid|%s|%s" % (n, salt)).encode()).hexdigest()[:17]


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


def zeek_header(path, fields, types, t):
    g = _gm(t - 3600)
    opened = "%04d-%02d-%02d-%02d-%02d-%02d" % (g[0], g[1], g[2], g[3], 0, 0)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % opened, "#fields\t" + "\t".join(fields),
            "#types\t" + "\t".join(types)]


def zeek_http(n, t, who, url, tsv):
    _, host, uri = split_url(url)
    rec = {"ts": round(t, 6), "uid": zeek_uid(n, "h"), "id.orig_h": who.ip,
           "id.orig_p": 49152 + H(n, "sport") % 16000, "id.resp_h": dst_ip(n), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
           "user_agent": who.browser[2], "request_body_len": 0,
           "response_body_len": H(n, "size") % 90000 + 5000, "status_code": 200, "status_msg": "OK",
           "tags": []}
    if not tsv:
        return [json.dumps(rec)]
    vals = {"referrer": "-", "origin": "-", "info_code": "-", "info_msg": "-", "tags": "(empty)",
            "username": "-", "password": "-", "proxied": "-", "orig_fuids": "-",
            "orig_filenames": "-", "orig_mime_types": "-", "resp_fuids": "F" + zeek_uid(n, "f")[1:],
            "resp_filenames": "-", "resp_mime_types": "text/html"}
    row = []
    for f in ZEEK_HTTP_FIELDS:
        v = vals[f] if f in vals else rec[f]
        row.append("%.6f" % v if f == "ts" else str(v))
    return zeek_header("http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES, t) + ["\t".join(row)]


def zeek_dns(n, t, who, host, tsv):
    rec = {"ts": round(t, 6), "uid": zeek_uid(n, "d"), "id.orig_h": who.ip,
           "id.orig_p": 49152 + H(n, "sport") % 16000, "id.resp_h": DNS_SERVER, "id.resp_p": 53,
           "proto": "udp", "trans_id": H(n, "tid") % 65535, "rtt": round((H(n, "rtt") % 40000) / 1e6 + 0.001, 6),
           "query": host, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A",
           "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
           "Z": 0, "answers": [dst_ip(n)], "TTLs": [300.0], "rejected": False}
    if not tsv:
        return [json.dumps(rec)]
    row = []
    for f in ZEEK_DNS_FIELDS:
        v = rec[f]
        if f == "ts":
            s = "%.6f" % v
        elif isinstance(v, bool):
            s = "T" if v else "F"
        elif isinstance(v, list):
            s = ",".join(("%.6f" % x) if isinstance(x, float) else str(x) for x in v)
        else:
            s = str(v)
        row.append(s)
    return zeek_header("dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES, t) + ["\t".join(row)]


def dnsmasq_line(n, t, who, host, blocked):
    pid = 812
    serial = H(n, "serial") % 90000 + 1
    port = 1024 + H(n, "sport") % 60000
    extra = H(n, "dmx") % 100 < 60
    if blocked and H(n, "dmb") % 2 == 0:
        body = ("%d %s/%d config %s is 0.0.0.0" % (serial, who.ip, port, host)) if extra else \
               ("config %s is 0.0.0.0" % host)
    else:
        body = ("%d %s/%d query[A] %s from %s" % (serial, who.ip, port, host, who.ip)) if extra else \
               ("query[A] %s from %s" % (host, who.ip))
    return "%s dnsmasq[%d]: %s" % (syslog_time(t), pid, body), ("dnsmasq", pid, body)


def unbound_line(n, t, who, host, blocked):
    pid = "7862:0"
    v = H(n, "ubv") % 3
    if blocked and v == 0:
        zone = ".".join(host.split(".")[-2:])
        body = "info: %s. always_nxdomain %s@%d %s. A IN" % (zone, who.ip, 1024 + H(n, "sport") % 60000, host)
    elif v == 1:
        body = "info: %s %s. A IN NOERROR 0.%06d 0 %d" % (who.ip, host, H(n, "lat") % 90000, 40 + H(n, "len") % 200)
    else:
        body = "info: %s %s. A IN" % (who.ip, host)
    if H(n, "ubt") % 2:
        prefix = "%s unbound[%s]" % (syslog_time(t), pid)
    else:
        prefix = "[%d] unbound[%s]" % (int(t), pid)
    # through syslog unbound writes "unbound: [pid:thread] info: ..."
    return "%s %s" % (prefix, body), ("unbound", None, "[%s] %s" % (pid, body))


def bind_line(n, t, who, host, blocked):
    cli = "@0x7f%010x" % (H(n, "cli") % (16 ** 10))
    port = 1024 + H(n, "sport") % 60000
    if blocked and H(n, "rpz") % 2 == 0:
        body = "rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            cli, who.ip, port, host, host, host)
    else:
        body = "queries: info: client %s %s#%d (%s): query: %s IN A +E(0)K (%s)" % (
            cli, who.ip, port, host, host, DNS_SERVER)
    return "%s %s" % (bind_time(t), body), ("named", 911, body)


# ---------------------------------------------------------------------------------------
# wrappers
# ---------------------------------------------------------------------------------------

HOSTS = {"squid": ("mha-proxy01", "squid", 2201, 150), "clf": ("mha-proxy01", "squid", 2201, 150),
         "e2guardian": ("mha-filter01", "e2guardian", 1744, 150),
         "zeek-http": ("mha-sensor01", "zeek", 3310, 134), "zeek-dns": ("mha-sensor01", "zeek", 3310, 134),
         "dnsmasq": ("mha-dns01", "dnsmasq", 812, 30), "unbound": ("mha-dns02", "unbound", 7862, 30),
         "bind": ("mha-dns03", "named", 911, 30), "endpoint": (None, "guardline-agent", 0, 14)}


def wrap(n, fmt, line, t, sysparts, who):
    """Return (line, wrapping-name)."""
    r = H(n, "wrap") % 100
    host, prog, pid, pri = HOSTS[fmt]
    if fmt == "endpoint":
        host = who.device
        if r < 5:
            return "<%d>1 %s %s %s - - - %s" % (pri, iso(t + 0.004), host, prog, line), "rfc5424"
        return line, None
    tw = t + (H(n, "wdelay") % 900) / 1000.0
    if r < 9:    # RFC 3164
        body = sysparts[2] if sysparts else line
        if sysparts:
            prog, pid = sysparts[0], sysparts[1]
        tag = ("%s[%s]" % (prog, pid)) if pid is not None else prog
        return "<%d>%s %s %s: %s" % (pri, syslog_time(tw), host, tag, body), "rfc3164"
    if r < 15:   # RFC 5424
        body = sysparts[2] if sysparts else line
        if sysparts:
            prog, pid = sysparts[0], (str(sysparts[1]) if sysparts[1] is not None else "7862")
        return "<%d>1 %s %s %s %s - - %s" % (pri, iso(tw), host, prog, pid, body), "rfc5424"
    if r < 19:   # rsyslog JSON envelope (imfile), "/" escaped as rsyslog does
        files = {"squid": "/var/log/squid/access.log", "clf": "/var/log/squid/access.log",
                 "e2guardian": "/var/log/e2guardian/access.log", "zeek-http": "/opt/zeek/logs/current/http.log",
                 "zeek-dns": "/opt/zeek/logs/current/dns.log", "dnsmasq": "/var/log/pihole/pihole.log",
                 "unbound": "/var/log/unbound/unbound.log", "bind": "/var/log/named/query.log"}
        g = _gm(tw + 2)
        rec = '{"ts_received":"%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00", "host":"%s", "source":"%s", "file":"%s", "message":%s}' % (
            g[0], g[1], g[2], g[3], g[4], g[5], H(n, "us") % 1000000, host, prog,
            files[fmt].replace("/", "\\/"), json.dumps(line, ensure_ascii=False).replace("/", "\\/"))
        return rec, "envelope"
    return line, None


# ---------------------------------------------------------------------------------------
# item rendering
# ---------------------------------------------------------------------------------------

BLOCKY = {"adult_content", "gambling", "filter_bypass", "piracy"}
E2G_CATS = {"adult_content": ("*DENIED* Banned site: %s", "Pornography"),
            "gambling": ("*DENIED* Banned site: %s", "Gambling"),
            "filter_bypass": ("*DENIED* Banned site: %s", "Proxies"),
            "piracy": ("*DENIED* Banned site: %s", "Warez")}


def parse_channel(ch):
    base = re.match(r"[a-z]+", ch).group(0)
    staff = "!" in ch
    full = "%" in ch
    ctx = ch.split("@", 1)[1] if "@" in ch else None
    return base, staff, full, ctx


def render(n, group, ch, text, label, allow):
    base, staff, full, ctx = parse_channel(ch)
    t = when(n)
    cat = label.split(":")[0] if label else None
    blocked = cat in BLOCKY and H(n, "blocked") % 100 < 40
    info = {"wrap": None, "event": None, "tsv": False}

    # pick a person; some contexts force a device kind
    kind = None
    if ctx in ("roblox",) or base == "p":
        kind = "win"
    if ctx in ("outlook", "word", "ppt", "staffteams"):
        staff = True
    who = Who(n, staff, kind)

    def ep(event, **kw):
        info["event"] = event
        return endpoint(t, who, event, n=n, **kw)

    if base in ("c", "m"):
        if ctx is None or ctx in ("yt", "tiktok"):
            ctx = wpick(n, "ctx", PUPIL_CTX)
            if ctx == "roblox" and who.kind == "cb":
                ctx = "discord"
        proc, title = chat_context(n, ctx, who)
        if base == "c":
            fmt, lines = "endpoint", [ep("text_capture", process=proc, title=title, text=text)]
        else:
            a, b = text.split("|", 1)
            gap = 2 + H(n, "gap") % 12 + (H(n, "gapms") % 1000) / 1000.0
            l1 = endpoint(t, who, "text_capture", proc, title, a, None, n)
            l2 = endpoint(t + gap, who, "text_capture", proc, title, b, None, n)
            info["event"] = "text_capture"
            return "endpoint", [l1, l2], info
    elif base == "t":
        proc = who.browser[0]
        if text.endswith("Google Chrome"):
            proc = "chrome" if who.kind == "cb" else "chrome.exe"
        elif text.endswith(EDGE):
            proc = "msedge.exe"
        if "PowerPoint" in text:
            proc = "POWERPNT.EXE"
        elif text.endswith(" - Word"):
            proc = "WINWORD.EXE"
        elif "Acrobat" in text:
            proc = "Acrobat.exe"
        fmt, lines = "endpoint", [ep("window_title", process=proc, title=text)]
    elif base == "p":
        fmt, lines = "endpoint", [ep("process_start", process=text)]
    elif base == "hb":
        fmt, lines = "endpoint", [ep("heartbeat")]
    elif base in ("s", "u"):
        if base == "s":
            if ctx in ("yt", "tiktok"):
                engine = ctx
            else:
                eng = ENGINES if not staff else [("google", 40), ("bing", 45), ("googleuk", 15)]
                engine = wpick(n, "engine", eng)
                if who.browser[0] == "msedge.exe" and H(n, "edgebing") % 100 < 50:
                    engine = "bing"
            url = search_url(engine, text, full)
            title = search_title(engine, text) + " - " + who.browser[1]
            terms = text
        else:
            url, title, terms = text, None, None
        choices = [("squid", 30), ("clf", 18), ("e2guardian", 13), ("zeek-http", 7), ("url_visit", 14)]
        if full:   # e2guardian logs the decoded search terms; keep encoded items encoded
            choices = [c for c in choices if c[0] != "e2guardian"]
        if base == "s" and not full:
            choices.append(("window_title", 18))
        if staff:
            choices = [("squid", 30), ("clf", 15), ("url_visit", 20)] + ([("window_title", 35)] if not full else [])
        kind_ = wpick(n, "pfmt", choices)
        if kind_ == "window_title":
            fmt, lines = "endpoint", [ep("window_title", process=who.browser[0], title=title)]
        elif kind_ == "url_visit":
            fmt, lines = "endpoint", [ep("url_visit", process=who.browser[0], title=None if full else title, url=url)]
        elif kind_ == "squid":
            fmt, lines = "squid", [squid_line(n, t, who, url, blocked, H(n, "sqc") % 100 < 25)]
        elif kind_ == "clf":
            fmt, lines = "clf", [clf_line(n, t, who, url, blocked, H(n, "comb") % 100 < 60)]
        elif kind_ == "e2guardian":
            host = split_url(url)[1]
            reason, ecat = E2G_CATS.get(cat, ("-", "-"))
            fmt, lines = "e2guardian", [e2g_line(n, t, who, url, blocked, reason.replace("%s", host) if blocked else "-",
                                                 ecat, terms, pick(n, "e2f", [2, 4, 6]))]
        else:
            tsv = H(n, "tsv") % 100 < 30
            info["tsv"] = tsv
            fmt, lines = "zeek-http", zeek_http(n, t, who, url.replace("https://", "http://", 1), tsv)
    elif base == "d":
        host = text
        kind_ = wpick(n, "dfmt", [("dnsmasq", 22), ("unbound", 20), ("bind", 14), ("zeek-dns", 16),
                                  ("squid", 16), ("url_visit", 12)])
        sysparts = None
        if kind_ == "dnsmasq":
            line, sysparts = dnsmasq_line(n, t, who, host, blocked)
            fmt, lines = "dnsmasq", [line]
        elif kind_ == "unbound":
            line, sysparts = unbound_line(n, t, who, host, blocked)
            fmt, lines = "unbound", [line]
        elif kind_ == "bind":
            line, sysparts = bind_line(n, t, who, host, blocked)
            fmt, lines = "bind", [line]
        elif kind_ == "zeek-dns":
            tsv = H(n, "tsv") % 100 < 30
            info["tsv"] = tsv
            fmt, lines = "zeek-dns", zeek_dns(n, t, who, host, tsv)
        elif kind_ == "squid":
            fmt, lines = "squid", [squid_connect(n, t, who, host, blocked)]
        else:
            fmt, lines = "endpoint", [ep("url_visit", process=who.browser[0], title=None, url="https://%s/" % host)]
        if len(lines) == 1 and fmt != "endpoint":
            lines[0], info["wrap"] = wrap(n, fmt, lines[0], t, sysparts, who)
        return fmt, lines, info
    else:
        raise ValueError(ch)

    if len(lines) == 1:
        lines[0], info["wrap"] = wrap(n, fmt, lines[0], t, None, who)
    return fmt, lines, info


# ---------------------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------------------

RE_SQUID = re.compile(r"^\d{10}\.\d{3} +\d+ [\d.]+ (?:\S+ )?[A-Z_]+/\d{3} \d+ (GET|CONNECT) \S+ ")
RE_CLF = re.compile(r'^[\d.]+ - \S+ \[\d\d/Nov/2026:\d\d:\d\d:\d\d \+0000\] "GET \S+ HTTP/1\.1" \d{3} \d+ ')
RE_SYSLOG = re.compile(r"^<\d{1,3}>(?:1 \S+ \S+ \S+ \S+ - - |[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ [\w-]+(?:\[[\d:]+\])?: )")
NOV_LO, NOV_HI = calendar.timegm((2026, 11, 1, 0, 0, 0)), calendar.timegm((2026, 12, 1, 0, 0, 0))


def unwrap(line):
    if line.startswith('{"ts_received"'):
        return json.loads(line)["message"]
    m = RE_SYSLOG.match(line)
    if m:
        return line[m.end():]
    return line


def validate(item):
    assert set(item) <= {"id", "format", "line", "lines", "expect", "allow"}, item
    assert re.fullmatch(r"h15-\d{4}", item["id"])
    assert item["format"] in FORMATS
    assert ("line" in item) != ("lines" in item)
    lines = item.get("lines") or [item["line"]]
    assert all(isinstance(x, str) and x and "\n" not in x for x in lines)
    assert not any("2026-12-" in x or "/Dec/" in x or x.startswith("<") and " Dec " in x[:30] for x in lines)
    exp = [e["category"] for e in item["expect"]]
    for e in item["expect"]:
        assert set(e) == {"category", "min_level"}
        assert e["category"] in CATS and isinstance(e["min_level"], int) and 1 <= e["min_level"] <= 5
    for a in item.get("allow", []):
        assert a in CATS and a not in exp, item["id"]
    assert len(set(exp)) == len(exp)
    for raw in lines:
        s = unwrap(raw)
        if s.startswith("#"):
            continue
        f = item["format"]
        if f == "auto":
            continue
        if f == "endpoint":
            ev = json.loads(s)
            assert {"ts", "device", "event"} <= set(ev) and ev["event"] in EVENTS
            assert ev["ts"].startswith("2026-11-"), ev["ts"]
        elif f == "squid":
            assert RE_SQUID.match(s), s
            assert NOV_LO <= float(s.split()[0]) < NOV_HI
        elif f == "clf":
            assert RE_CLF.match(s), s
        elif f == "e2guardian":
            n = len(s.split("\t")) if "\t" in s else len(re.findall(r'"(?:[^"]*)"', s))
            assert n in (19, 20), (n, s)
        elif f == "zeek-http" or f == "zeek-dns":
            if s.startswith("{"):
                rec = json.loads(s)
                assert NOV_LO <= rec["ts"] < NOV_HI
                assert ("query" in rec) == (f == "zeek-dns")
            else:
                assert len(s.split("\t")) == (30 if f == "zeek-http" else 24)
        elif f == "dnsmasq":
            assert re.search(r"dnsmasq\[\d+\]: |^[^ ]", s) and ("query[A]" in s or " config " in s or s.startswith("config ")), s
        elif f == "unbound":
            assert "info:" in s and " A IN" in s, s
        elif f == "bind":
            assert ("query: " in s or "rpz QNAME" in s), s
    return True


# ---------------------------------------------------------------------------------------


def build():
    order = sorted(range(len(ITEMS)), key=lambda i: hashlib.sha256(("order|%d" % i).encode()).digest())
    out, meta = [], []
    for pos, i in enumerate(order, 1):
        group, ch, text, label, allow = ITEMS[i]
        fmt, lines, info = render(pos, group, ch, text, label, allow)
        # a few single-line non-endpoint items are offered to the sniffer instead
        if len(lines) == 1 and ch[0] != "d" and H(pos, "auto") % 100 < 3:
            fmt = "auto"
        item = {"id": "h15-%04d" % pos, "format": fmt}
        if len(lines) == 1:
            item["line"] = lines[0]
        else:
            item["lines"] = lines
        expect = []
        if label:
            c, lv = label.split(":")
            expect.append({"category": c, "min_level": int(lv)})
        item["expect"] = expect
        if allow:
            item["allow"] = allow.split(",")
        out.append(item)
        meta.append((group, ch, info))
    return out, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="-")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    items, meta = build()
    seen = set()
    for it in items:
        validate(it)
        key = json.dumps(it.get("lines") or it["line"], ensure_ascii=False)
        assert key not in seen, it["id"]
        seen.add(key)
    texts = [x[2] for x in ITEMS]
    assert len(texts) == len(set(texts)) or all(x[1] == "hb" for x in ITEMS if texts.count(x[2]) > 1)
    data = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    for ln in data.splitlines():
        json.loads(ln)
    if args.out == "-":
        sys.stdout.write(data)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(data)
    if args.stats:
        from collections import Counter
        pos = Counter(e["category"] for it in items for e in it["expect"])
        lvl = Counter("%s:%d" % (e["category"], e["min_level"]) for it in items for e in it["expect"])
        neg = sum(1 for it in items if not it["expect"])
        fm = Counter(it["format"] for it in items)
        ev = Counter(m[2]["event"] for m in meta if m[2]["event"])
        wr = Counter(m[2]["wrap"] for m in meta if m[2]["wrap"])
        multi = sum(1 for it, m in zip(items, meta) if "lines" in it and m[1].startswith("m"))
        tsv = sum(1 for m in meta if m[2]["tsv"])
        allow = sum(1 for it in items if it.get("allow"))
        staffn = sum(1 for x in ITEMS if "!" in x[1] or (x[1].split("@") + [""])[1] in ("outlook", "word", "ppt", "staffteams"))
        err = sys.stderr
        print("items: %d  positives: %d  negatives: %d (%.1f%%)" % (len(items), len(items) - neg, neg, 100.0 * neg / len(items)), file=err)
        for c in CATS:
            print("  %-16s %3d   levels: %s" % (c, pos[c], ", ".join("%s=%d" % (k.split(":")[1], v) for k, v in sorted(lvl.items()) if k.split(":")[0] == c)), file=err)
        print("formats: " + ", ".join("%s=%d" % (k, fm[k]) for k in FORMATS), file=err)
        print("endpoint events: " + ", ".join("%s=%d" % kv for kv in sorted(ev.items())), file=err)
        print("wrapped: " + ", ".join("%s=%d" % kv for kv in sorted(wr.items())), file=err)
        print("multi-fragment endpoint items: %d   zeek TSV items: %d   items with allow: %d   staff-activity items: %d" % (multi, tsv, allow, staffn), file=err)
        for f in FORMATS:
            assert fm[f] > 0, "format %s missing" % f


if __name__ == "__main__":
    main()
