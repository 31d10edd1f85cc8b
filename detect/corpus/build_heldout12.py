#!/usr/bin/env python3
"""Build heldout12.jsonl: an independent, hand-written held-out corpus for Guardline.

Perspective: the safeguarding team of a general further-education college (16-19
full-time learners on A-level / BTEC / T-level programmes, apprentices on day
release, adult evening learners, ESOL learners and staff).  Every item was written
by hand for this file; nothing was generated from the detector's rules or corpora.

Usage:
    python3 build_heldout12.py [--out PATH] [--stats]

Standard library only, fully deterministic: every "random" choice (format variant,
user, device, IP, time stamp, search engine, syslog wrapping ...) is derived from a
SHA-256 of the item number (plus a salt naming the choice).  Item order is itself a
deterministic SHA-256 shuffle of the hand-written list.  Output is written to a temp
file in /tmp and moved into place only after the whole file validated.

LABELLING DECISIONS
-------------------
* Levels follow CONTRACTS.md section 3 as a DSL would read them:
  - 5 only for imminent serious risk: a stated suicide plan / method search / means
    in hand, a bleeding injury that will not stop, an arranged meeting between a
    learner and an adult groomer, a planned attack (date, place or weapon stated).
  - 4 for serious concern: suicidal ideation without a stated plan, self-harm
    disclosure or seeking, eating-disorder behaviours, extremist propaganda sought
    or recruitment talk, grooming / sexual exploitation / sextortion / county lines /
    forced-labour signs, weapon carrying, threats with intent, domestic abuse,
    honour-based abuse, forced marriage and FGM risk, seeking indecent images of
    under-18s.
  - 3 for concerning interest or exposure: bullying messages and pile-ons,
    discriminatory abuse, adult content, drug buying, extremist-adjacent interest
    (symbols, manosphere / "blackpill", replacement-theory curiosity), steroid /
    SARMs use for body image, fake IDs and counterfeit goods.
  - 2 for policy breaches with some risk: gambling, filter bypass, hacking tools,
    general drug information seeking.
  - 1 for gaming, social media and piracy.
* Steroid / SARMs / DNP and gym body-image items are filed under self_harm (as the
  brief asks), with drugs in "allow" because a detector may reasonably file them as
  drugs too.
* County lines, cuckooing-by-coercion, debt bondage, forced labour and trafficking
  signs are filed under grooming (exploitation); drugs / violence go in "allow"
  where the text names them.
* Recruitment into extremism is radicalisation (grooming allowed when the message
  is an adult-to-learner recruitment pitch).  Attack planning with an extremist
  motive is radicalisation 5 with violence allowed; attack planning without an
  ideology is violence 5 with radicalisation allowed only where the wording makes
  an ideological reading plausible.  Extreme-right and antisemitic / anti-Muslim
  content allows discrimination and vice versa.
* "kys"-style abuse aimed at someone else is bullying, with suicide allowed.
* Forced marriage is violence (abuse) with grooming allowed.
* HELP-SEEKING:
  - First-person help-seeking that discloses the writer's own risk ("I keep
    wanting to kill myself, who do I talk to") is labelled with the disclosed risk
    at the level the disclosure warrants: asking for help does not lower the level,
    because the DSL still has to act.  Sextortion victims searching for a way out
    are grooming 4.
  - Third-person concern about an identifiable person at risk ("my mate sent a
    goodbye snap from the bridge") is labelled with that person's risk.
  - Generic support look-ups and a learner pointing a friend towards help with no
    specific risk stated (helpline numbers, charity sites, "how to support a friend
    who is struggling", CEOP/Childline/Samaritans/Kooth/FRANK/GambleAware domains)
    are hard negatives: the detector should not escalate people for looking for or
    offering support.
* Academic, vocational, training, news, idiom, sport, music and gaming-banter texts
  that share vocabulary with risk are hard negatives (expect []).
* "allow" is used only on positives, only for a genuinely ambiguous second
  category, and never duplicates an expected category.
* Idioms and hyperbole ("this spreadsheet will be the death of me") are negatives;
  hyperbole joined to a concrete plan, means or target is positive.
"""

import argparse
import calendar
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import urllib.parse

CATEGORIES = ["suicide", "self_harm", "radicalisation", "grooming", "bullying",
              "discrimination", "adult_content", "drugs", "gambling", "violence",
              "filter_bypass", "hacking", "piracy", "gaming", "social_media",
              "illegal_content"]
FORMATS = ["squid", "clf", "e2guardian", "unbound", "dnsmasq", "bind",
           "zeek-dns", "zeek-http", "endpoint", "auto"]

ITEMS = []


def I(kind, payload, exp="", allow="", **opts):
    """Register one hand-written item.

    kind: chat | q | title | url | dom | split
    exp:  "category:level category:level"   allow: "category category"
    """
    expect = []
    for tok in exp.split():
        cat, lvl = tok.split(":")
        expect.append({"category": cat, "min_level": int(lvl)})
    ITEMS.append({"kind": kind, "payload": payload, "expect": expect,
                  "allow": allow.split(), "opts": opts})


def N(kind, payload, **opts):
    """Register a hard negative."""
    I(kind, payload, "", "", **opts)


# ---------------------------------------------------------------------------
# SUICIDE
# ---------------------------------------------------------------------------
I("chat", "honestly whats the point of any of it. everyone would be better off if i wasnt around and ive started thinking about how id actually do it", "suicide:4", app="wa")
I("q", "how many paracetamol would it take to not wake up", "suicide:5", "self_harm", eng="google")
I("q", "most peaceful way to go to sleep forever", "suicide:5", eng="bing")
I("q", "can you survive falling from the top of a multi storey car park", "suicide:5", eng="google")
I("split", ("wrote the letters for mum and our kayla, im gonna end it ton", "ight once shes asleep. been saving nans tablets for weeks"), "suicide:5", "self_harm", app="snap")
I("chat", "sorry ive not been in. stuff at home is really bad and tbh i dont want to be here anymore, not like college, like at all", "suicide:4", app="teams")
I("chat", "Teacher I am sorry for homework not finish. I am very tired from my life, some nights I think is better I die and then my family not have problem because of me", "suicide:4", app="teams", who="esol")
I("q", "h0w 2 k1ll mys3lf qu1ck", "suicide:5", eng="ddg")
I("q", "{cyr:suicide} by hanging how long", "suicide:5", eng="google")
I("chat", "lowkey been checking the train times for the line behind ours and not to catch one if u get me. 23:14 is the fast one", "suicide:5", app="discord")
I("chat", "if im not in tmrw its cos i finally went through with it. love u all tho x", "suicide:5", app="snap")
I("q", "what happens to your liver if you take 40 sertraline", "suicide:4", "self_harm", eng="bing")
I("chat", "wanna kms so bad rn, not even joking this time", "suicide:4", app="wa")
I("chat", "nobody even notices me. im so doneeeee with everythinggg, i just wanna disappearrr for good and never wake upppp", "suicide:4", app="insta")
I("q", "{zw:suicide note} what to write to your mum", "suicide:5", eng="google")
I("dom", "sanctioned-suicide.net", "suicide:4")
I("chat", "Hi Sarah, just emailing about the unit 4 extension, I know it's late again. I haven't really been sleeping and to be honest the last couple of weeks I've been having thoughts about ending things, I haven't told anyone that. Anyway could I hand it in on Friday instead? Thanks, J", "suicide:4", app="email")
I("chat", "bro jay just sent a snap of himself stood on the railing of the flyover saying goodbye to everyone, what do we do, hes not answering", "suicide:5", app="wa")
I("q", "{fw:how to hang yourself}", "suicide:5", eng="yt")
I("q", "will allah forgive me if i take my own life", "suicide:4", eng="google", who="esol")
I("chat", "site manager had a go at me again in front of everyone. got the harness on at height today and honestly thought about just unclipping and stepping off", "suicide:4", app="wa", who="appr")
I("q", "exit bag helium kit", "suicide:5", eng="ddg")
I("q", "how long does it take for carbon monoxide from a car exhaust to kill you", "suicide:5", eng="google")
I("chat", "gave my ps5 and my trainers to my little bro, wont be needing them where im going. thanks for being a proper mate all these years", "suicide:4", app="discord")
I("chat", "i want to k.i.l.l m.y.s.e.l.f and i dont know how to stop thinking it", "suicide:4", app="snap")
I("q", "best way to end my life without it hurting", "suicide:5", eng="google", enc="allpct")
I("q", "i want to kill myself who do i tell at college", "suicide:4", eng="google")
I("chat", "can u come with me to student services tmrw, ive been having really dark thoughts about killing myself and i cant say it out loud on my own", "suicide:4", app="wa")
I("split", ("if i jumped off the bridge by the ring road would i d", "efo die or just break stuff. asking for real"), "suicide:5", app="discord")

# ---------------------------------------------------------------------------
# SELF HARM (incl. eating disorders, steroid / gym body image harm)
# ---------------------------------------------------------------------------
I("chat", "cut again last night, deeper than normal. wearing my hoodie in the workshop so nobody clocks it", "self_harm:4", app="snap")
I("q", "how to hide cuts on your thighs from your parents", "self_harm:4", eng="google")
I("q", "sh scars aesthetic", "self_harm:4", eng="tiktok")
I("q", "s3lf h4rm w1th0ut sc4rr1ng", "self_harm:4", eng="ddg")
I("q", "how to sterilise a razor blade before using it on your skin", "self_harm:4", eng="bing")
I("chat", "did it with the straighteners in the salon room on purpose, held them on my wrist till it blistered. its the only thing that calms me down", "self_harm:4", app="wa")
I("chat", "day 4 of just water and black coffee. 48kg and still feel massive, need to hit ugw before christmas", "self_harm:4", app="insta")
I("q", "pro ana tips to stop feeling hungry at college", "self_harm:4", eng="google")
I("q", "thinspo", "self_harm:3", eng="tiktok")
I("chat", "purged after lunch again, getting really good at being quiet about it in the disabled loo", "self_harm:4", app="wa")
I("q", "how many laxatives to take to lose weight fast", "self_harm:4", eng="google")
I("chat", "18 and starting my first tren cycle next week, got it off a lad at the gym. no pct cos cant afford it but ill be fine", "self_harm:3", "drugs", app="discord")
I("q", "buy sarms uk no prescription 17 year old", "self_harm:3", "drugs", eng="google")
I("q", "dnp fat burner dosage for cutting", "self_harm:4", "drugs", eng="reddit")
I("chat", "feel disgusting in my own skin. not eating till saturday and if i do cave ill just make myself sick after", "self_harm:4", app="snap")
I("q", "what to say at a&e so they dont realise its self inflicted", "self_harm:4", eng="google")
I("chat", "Sometimes I make pain to myself with the knife on my arm because too much stress with visa and family. Please not tell anyone", "self_harm:4", app="teams", who="esol")
I("chat", "relapsed after 3 months clean ffs. s*lf h*rmed again last night and now im back to square one", "self_harm:4", app="discord")
I("split", ("been hitting my head off the wall till it bru", "ises, its the only way i can calm down after he shouts"), "self_harm:4", app="wa")
I("q", "{cyr:cutting} deep vs shallow which heals faster", "self_harm:4", eng="bing")
I("chat", "i cut too deep and its not stopping, gone through 3 towels already and im getting dizzy", "self_harm:5", app="snap")
I("chat", "saw the marks on kayleighs arms in PE, fresh ones. she said the cat did it but thats not a cat, what do i do", "self_harm:4", app="wa")
I("chat", "Hi Mr Patel, sorry for missing Tuesday's session. I've been struggling a lot with my mental health and I should probably tell someone that I've started hurting myself again, mostly on my legs so it doesn't show. I'll be back in on Monday and will catch up on the logbook. Thanks, Aimee", "self_harm:4", app="email")
I("q", "edtwt meanspo", "self_harm:4", eng="google")
I("q", "how to lose 10kg in 2 weeks on 300 calories a day", "self_harm:4", eng="yt")
I("chat", "been jabbing my glute every 3 days, think i hit something last time, leg is swollen and hot but not telling my mum or shell bin the lot", "self_harm:4", "drugs", app="wa")
I("q", "{zw:self harm} where no one can see", "self_harm:4", eng="google")
I("chat", "lmao my arms look like a barcode atp, long sleeves till summer", "self_harm:4", app="discord")

# ---------------------------------------------------------------------------
# RADICALISATION
# ---------------------------------------------------------------------------
I("q", "dabiq magazine all issues pdf download", "radicalisation:4", "illegal_content", eng="google")
I("q", "anwar al awlaki constants on the path of jihad full", "radicalisation:4", eng="yt")
I("chat", "brother the kuffar governments are at war with the ummah. real men make hijrah, not sit in college doing btecs. i can link u with the brothers on telegram, keep it quiet", "radicalisation:4", "grooming", app="wa")
I("q", "how to get to syria to join the mujahideen from uk", "radicalisation:4", eng="ddg")
I("q", "{cyr:isis} nasheed mp3", "radicalisation:4", eng="yt")
I("q", "great replacement white genocide proof", "radicalisation:3", "discrimination", eng="bing")
I("q", "patriotic alternative how to join local branch", "radicalisation:3", "discrimination", eng="google")
I("q", "national action membership uk still active", "radicalisation:4", eng="google")
I("q", "sonnenrad tattoo ideas", "radicalisation:3", "discrimination", eng="google")
I("chat", "1488 lads. the day of the rope is coming, get the boys from the gym ready", "radicalisation:4", "discrimination violence", app="discord")
I("q", "christchurch shooter manifesto pdf", "radicalisation:4", "illegal_content violence", eng="ddg")
I("q", "the turn3r d1ar1es pdf", "radicalisation:4", "illegal_content", eng="google")
I("chat", "only way this country gets fixed is a proper race war. powell was right about the rivers of blood, no joke id be first in line", "radicalisation:4", "discrimination violence", app="wa")
I("q", "terrorgram saints list", "radicalisation:4", eng="google")
I("chat", "foids only go for chads, its over for guys like us. elliot rodger had a point tbh, day of retribution is the only way they learn", "radicalisation:4", "discrimination violence", app="discord")
I("q", "blackpill incel forum", "radicalisation:3", "discrimination", eng="google")
I("dom", "incels.is", "radicalisation:3", "discrimination")
I("chat", "5g mast by the retail park is whats making everyone ill. were torching it friday night, bring petrol and a lighter, 11pm by the bins", "radicalisation:5", "violence", app="wa")
I("q", "how to send money to hamas from uk", "radicalisation:4", eng="google")
I("q", "sonnenkrieg division recruitment", "radicalisation:4", eng="ddg")
I("split", ("gonna do it at friday prayers at the mosque on k", "ings road, got my dads shotgun in the shed and the shells"), "radicalisation:5", "violence discrimination", app="discord")
I("q", "isis execution videos telegram channel", "radicalisation:4", "violence illegal_content", eng="google")
I("url", "https://www.bitchute.com/search/?query=great%20replacement%20documentary&kind=video", "radicalisation:3", "discrimination")
I("title", "Siege - James Mason (complete).pdf - Adobe Acrobat Reader (64-bit)", "radicalisation:4", proc="Acrobat.exe")
I("chat", "watched that whole series on the new world order lot and the child traffickers in parliament. someone needs to go and sort them out properly like that bloke with the crossbow did", "radicalisation:4", "violence", app="discord")
I("q", "how to join the base neo nazi uk", "radicalisation:4", "discrimination", eng="bing")
I("q", "{cyr:migrant crime statistics} remigration now", "radicalisation:3", "discrimination", eng="google")

# ---------------------------------------------------------------------------
# GROOMING / SEXUAL & CRIMINAL EXPLOITATION / TRAFFICKING
# ---------------------------------------------------------------------------
I("chat", "ur so mature for 16, the lads at ur college wouldnt get u like i do. delete these after yeah, ur mum wouldnt understand us", "grooming:4", app="snap")
I("chat", "add me on telegram instead babe, snap keeps glitching and i dont want ur parents seeing our chats", "grooming:4", app="insta")
I("chat", "this guy off insta says hes 19 but his pics look about 30. hes been sending me money for pics of me in my gym kit, says its just for him", "grooming:4", app="wa")
I("chat", "ill pick u up outside the college gates at 4. dont tell ur mates, get in the back and put the hoodie on that i got u", "grooming:5", app="snap")
I("q", "someone is threatening to send my nudes to all my followers unless i pay them", "grooming:4", "illegal_content", eng="google")
I("q", "can i get arrested for sending nudes at 17 to someone older", "grooming:3", "illegal_content", eng="google")
I("chat", "this sugar daddy off the app says hell pay my rent and 300 a week allowance if i meet him at his hotel. im 18 so its legal right? i really need the money", "grooming:4", app="wa")
I("q", "sugar daddy for uk students no meet pay", "grooming:3", "adult_content", eng="bing")
I("chat", "older lad from the estate says i can make 500 a weekend, just get the train to norwich and hold some stuff at a trap house, hell give me a burner", "grooming:4", "drugs", app="wa")
I("chat", "they said i owe them for the phone and the trainers now and if i dont do another run theyll hurt my little brother", "grooming:4", "drugs violence", app="snap")
I("chat", "My boss at the car wash keep my passport. He say I must work 7 days no money until I pay debt for the travel to UK. I sleep in back room with 5 other men", "grooming:4", app="teams", who="esol")
I("chat", "how old r u exactly? do u live with ur parents or on ur own? have u got ur own room with a lock on it", "grooming:4", app="discord")
I("chat", "our little secret ok? if anyone at college finds out about us ill lose my job and itll be your fault", "grooming:4", app="wa")
I("q", "how to get someone to stop blackmailing me with pictures", "grooming:4", "illegal_content", eng="google")
I("chat", "i sent pics to a girl on insta and now shes saying she'll post them on my college page unless i send £500 in gift cards by tonight", "grooming:4", "illegal_content", app="discord")
I("chat", "Man from the community centre say he find me husband with UK passport if I send him photo without hijab and come to his flat alone. He say not tell my brother", "grooming:4", app="wa", who="esol")
I("split", ("meet me at the travelodge by the station on saturday, room 2", "14. come on ur own and leave ur phone at home"), "grooming:5", app="snap")
I("chat", "he bought me the new iphone and airpods and says i dont have to pay him back, i just have to be nice to his mates at the party on friday", "grooming:4", app="wa")
I("q", "older guy wants me to keep our chats secret is that normal", "grooming:4", eng="google")
I("chat", "s3nd m3 a p1c 0f u 1n ur und3rw34r n ill s3nd 50 t0 ur m0nz0 str8 away", "grooming:4", app="snap")
I("chat", "{cyr:delete this chat} after u read it and add me on the private acc, dont want anyone seeing", "grooming:4", app="insta")
I("chat", "the supervisor keeps saying hell sign off my portfolio if i come and sit in his van after shift, says i should keep quiet about it", "grooming:4", app="wa", who="appr")
I("chat", "going OT tmrw, got a line to run. if anyone asks im at my cousins in luton", "grooming:4", "drugs", app="snap")
I("q", "how to get out of county lines without them hurting my family", "grooming:4", "drugs violence", eng="google")
I("chat", "bus to yours is the 42. ill be waiting in the silver golf round the corner from college at 12, dont tell anyone u left", "grooming:5", app="snap")
I("q", "my boyfriend is 29 and im 16 is that ok", "grooming:4", eng="google")
I("chat", "the man on discord says if i go on cam tonight hell give me nitro and all the skins. he said dont tell the mods", "grooming:4", app="discord")
I("split", ("my manager at the nail bar takes all my wages for rent and the flat, says i can only leave when the deb", "t is paid. they lock the door at night"), "grooming:4", app="wa", who="adult")

# ---------------------------------------------------------------------------
# BULLYING (incl. online pile-ons, placement / workplace bullying)
# ---------------------------------------------------------------------------
I("chat", "everyone spam her with the pig emoji whenever she posts lmaooo \U0001f437\U0001f437\U0001f437", "bullying:3", app="wa")
I("chat", "no one wants u in this class. do us all a favour and dont bother coming back after half term", "bullying:3", app="snap")
I("chat", "kys nobody would even notice", "bullying:3", "suicide", app="insta")
I("chat", "on placement at the nursery the room leader keeps calling me thick in front of the parents and makes me do nappies all day as a punishment. i dread going in every morning", "bullying:3", app="wa")
I("chat", "the lads at work taped me to a chair and left me in the yard for an hour, said its initiation. they filmed it and put it on the site group chat", "bullying:3", "violence", app="wa", who="appr")
I("chat", "whoever screenshots her old pics and posts them on the finsta gets a tenner", "bullying:3", app="snap")
I("chat", "wait till shes walking to the bus, we'll all have a word with her. she wont grass again", "bullying:3", "violence", app="wa")
I("chat", "they made a tiktok account pretending to be me and keep posting that im a sl*g. everyone at college has seen it", "bullying:3", app="wa")
I("q", "how to get back at people who bully you at college", "bullying:3", eng="google")
I("chat", "ur such a w4st3 0f sp4c3 lol, even ur mum doesnt want u", "bullying:3", app="snap")
I("chat", "u g l y  f a t  c o w", "bullying:3", app="insta")
I("chat", "tbh what theyre doing to liam in the year group chat is grim. like 40 people voting on whether hes gay or just weird", "bullying:3", "discrimination", app="wa")
I("chat", "Dear Ms Hughes, I didn't know who else to tell. Since September a group in my Business class have been taking photos of me without asking and putting them on a private story with horrible captions about my teeth and my clothes. Today they did it during the presentation. I don't want them to know I told you. From Ellie", "bullying:3", app="email")
I("chat", "ratio her and then everyone quote it with the clown emoji", "bullying:3", app="discord")
I("chat", "In class they laugh every time I speak and copy my accent. They take my bag and put it in the bin every day and the teacher not see", "bullying:3", "discrimination", app="teams", who="esol")
I("split", ("everyone leave the gc and make a new one witho", "ut him, then send him a screenshot so he knows"), "bullying:3", app="wa")
I("chat", "dont ever sit with us again u weirdo, we've all blocked u", "bullying:3", app="snap")
I("chat", "set up a poll on my story 'rate her outfit 1-10' and its all 1s \U0001f602\U0001f602 shes such a loser", "bullying:3", app="insta")
I("q", "what to do when your whole class hates you and posts about you", "bullying:3", eng="google")
I("chat", "every day they hide my tools and call me the work experience kid. today they pissed in my hard hat and everyone laughed", "bullying:3", app="wa", who="appr")
I("chat", "im gonna make ur life hell till u leave this college, just watch", "bullying:3", app="snap")
I("chat", "uninstall and go cry to mummy. everyone report his acc and mass dm him till he quits", "bullying:3", app="discord")
I("chat", "post the vid of her slipping in the canteen, caption it beached whale \U0001f62d", "bullying:3", app="wa")
I("chat", "i know where u live. ur mum cant walk u to college forever", "bullying:3", "violence", app="snap")
I("chat", "the senior stylist keeps making comments about my weight in front of clients, says no one wants to book a fat apprentice", "bullying:3", app="wa", who="appr")
I("chat", "rt if u think she should just disappear from this college \U0001f480", "bullying:3", app="discord")

# ---------------------------------------------------------------------------
# DISCRIMINATION
# ---------------------------------------------------------------------------
I("chat", "tell that p*ki in our group to go back home, hes not doing the slides", "discrimination:3", app="wa")
I("chat", "no way im getting changed in the same room as that f*g", "discrimination:3", app="snap")
I("chat", "its a bloke in a dress, im not calling it she and the tutor cant make me", "discrimination:3", app="wa")
I("chat", "bunch of n1gg3rs at the bus stop again making noise", "discrimination:3", app="snap")
I("chat", "dont put me in a group with the r*tard from the SEN class", "discrimination:3", app="teams")
I("chat", "the jews control the banks and the media, its all in the protocols, read it before u argue", "discrimination:3", "radicalisation", app="discord")
I("chat", "all muslims are terrorists, they should shut the prayer room in the LRC", "discrimination:3", "radicalisation", app="wa")
I("chat", "lock ur cars, the gyppos have parked up on the field by the sports hall again", "discrimination:3", app="wa")
I("chat", "women shouldnt be on site love, go back to the salon where u belong", "discrimination:3", app="wa", who="appr")
I("chat", "bloody polacks taking all the apprenticeships, none of us lot get a look in", "discrimination:3", app="wa", who="appr")
I("q", "racist jokes about black people", "discrimination:3", eng="google")
I("q", "proof women are inferior to men", "discrimination:3", eng="bing")
I("chat", "go back to ur own country u {cyr:paki}", "discrimination:3", app="insta")
I("chat", "A man on the bus call me dirty immigrant and spit on my scarf. I am scared to take the bus to college now", "discrimination:3", "violence", app="teams", who="esol")
I("chat", "that kid from the traveller site will nick anything, dont let him in the stores unsupervised", "discrimination:3", app="teams", who="staff")
I("chat", "the spaz in the wheelchair took the lift again and made us late", "discrimination:3", app="snap")
I("chat", "chinese people spread the virus, dont sit near them in the lecture", "discrimination:3", app="wa")
I("split", ("no offence but gay people shouldnt be allowed to wo", "rk with kids, its not natural"), "discrimination:3", app="teams")
I("chat", "{fw:faggot} lol", "discrimination:3", app="discord")
I("chat", "that k.i.k.e landlord wont fix the boiler again", "discrimination:3", app="wa")
I("q", "white pride wallpaper 4k", "discrimination:3", "radicalisation", eng="google")
I("chat", "sikhs carrying knives to college is a joke, theyre all terrorists", "discrimination:3", app="wa")
I("chat", "not sitting next to a tr*nny in the toilets, disgusting", "discrimination:3", app="snap")
I("chat", "monkey noises every time he gets the ball lmao \U0001f412\U0001f412", "discrimination:3", app="wa")
I("chat", "our new supervisor is a dyke lol no wonder she hates blokes", "discrimination:3", app="wa", who="appr")
I("chat", "why do the refugees at the hotel get free phones when we pay for ours, should burn the place down tbh", "discrimination:3", "violence radicalisation", app="discord")

# ---------------------------------------------------------------------------
# VIOLENCE & WEAPONS (incl. domestic abuse disclosures)
# ---------------------------------------------------------------------------
I("chat", "bringing my blade tomorrow. if he starts on me again at the bus station im shanking him, swear down", "violence:5", app="snap")
I("chat", "my step dad threw mum against the fridge again last night, i had to take my little sister upstairs and put music on", "violence:4", app="wa")
I("chat", "he checks my phone every night and when i went out with the girls he put his hands round my neck till i nearly passed out. hes said sorry tho", "violence:4", app="wa")
I("q", "where to buy a zombie knife uk", "violence:4", eng="google")
I("q", "how to make napalm to set fire to someones car", "violence:4", eng="ddg")
I("q", "how to 3d print a gun uk", "violence:4", "illegal_content", eng="google")
I("chat", "we're riding out on the opps tonight, 10 of us, bring the machetes and meet at the rec", "violence:5", app="snap")
I("chat", "My husband hit me when I come to college, he say woman not need English. I am afraid to go home today", "violence:4", app="teams", who="esol")
I("chat", "im gonna fkin kiiiill him when he comes out the gym, bringing the bat tonight", "violence:4", app="wa")
I("q", "nail b0mb 1nstruct10ns", "violence:5", "radicalisation", eng="ddg")
I("chat", "if they keep on at me im gonna shoot the whole college up. my uncle has a shotgun licence and i know where the key is", "violence:5", app="discord")
I("chat", "he's got a 9 in his bag, seen it at the chicken shop, hes saying hes gonna use it on someone", "violence:4", app="snap")
I("q", "can you get done for carrying a lock knife to college", "violence:3", eng="google")
I("q", "how to knock someone out in one punch without leaving marks", "violence:4", eng="yt")
I("q", "buy knuckle dusters uk next day delivery", "violence:4", eng="google")
I("chat", "My brothers say if I talk to the boy from my class again they will kill me. They beat me on saturday already and took my phone", "violence:4", app="wa", who="esol")
I("chat", "my aunt says in the summer we go back home and i will have the cutting like my sisters. i dont want it", "violence:4", app="teams")
I("q", "{cyr:how to throw acid} on someone and not get caught", "violence:5", eng="google")
I("split", ("im gonna stab the teacher in the", " neck at break tomorrow, got my dads knife in my bag already"), "violence:5", app="discord")
I("chat", "they booked my ticket for the wedding in pakistan, i never said yes and they took my passport off me", "violence:4", "grooming", app="wa")
I("chat", "the boys jumped him behind the leisure centre and stamped on his head, hes in hospital and they're saying hes next", "violence:4", app="snap")
I("chat", "Hi Miss, sorry I missed the practical on Wednesday. Mum's partner got arrested on Sunday after he hurt her again, we've been staying at my aunt's since and I haven't got my kit. Can I catch up next week? Thanks, Connor", "violence:4", app="email")
I("q", "is it abuse if i hit my girlfriend because she started it", "violence:4", eng="google")
I("q", "fastest place to stab someone so they bleed out", "violence:5", eng="bing")
I("chat", "if that tutor fails me again im waiting for her in the staff car park, see how she likes it", "violence:4", app="wa")
I("q", "buy a taser uk illegal delivery", "violence:4", eng="google")
I("chat", "the foreman smacked me round the head with a spirit level today for being slow, says its how he was trained", "violence:4", "bullying", app="wa", who="appr")
I("q", "build a device like the manchester arena attacker", "violence:5", "radicalisation", eng="google")

# ---------------------------------------------------------------------------
# ADULT CONTENT
# ---------------------------------------------------------------------------
I("q", "onlyfans leaks free no signup", "adult_content:3", eng="google")
I("dom", "www.xhamster.com", "adult_content:3")
I("q", "nsfw discord servers 18+ invite", "adult_content:3", eng="google")
I("q", "rule34 overwatch", "adult_content:3", eng="ddg")
I("dom", "chaturbate.com", "adult_content:3")
I("q", "{fw:hentai} uncensored", "adult_content:3", eng="google")
I("chat", "send me that onlyfans leak site again, the one with all the free vids", "adult_content:3", app="snap")
I("q", "p0rnhub premium free account", "adult_content:3", eng="bing")
I("url", "https://www.reddit.com/r/gonewild/top/?t=week", "adult_content:3")

# ---------------------------------------------------------------------------
# DRUGS
# ---------------------------------------------------------------------------
I("chat", "anyone got a plug for ket near the college, need it for saturday", "drugs:3", app="snap")
I("q", "how much is a gram of coke in manchester", "drugs:3", eng="google")
I("chat", "any1 got a link for xans or blues? need something to knock me out before exams", "drugs:3", "self_harm", app="wa")
I("q", "buy 2cb online uk delivery", "drugs:3", eng="ddg")
I("q", "how to make lean with codeine linctus and sprite", "drugs:3", eng="yt")
I("q", "buy w33d uk next day delivery", "drugs:3", eng="google", enc="pct")
I("chat", "my cousin does snap deliveries, 20 a bag, just send the emoji menu and hell drop it outside the LRC", "drugs:3", app="snap")
I("q", "where to get nos canisters delivered tonight", "drugs:3", eng="google")
I("q", "how long does ket stay in your system for a drug test at work", "drugs:2", eng="google")

# ---------------------------------------------------------------------------
# GAMBLING
# ---------------------------------------------------------------------------
I("dom", "www.skybet.com", "gambling:2")
I("dom", "www.paddypower.com", "gambling:2")
I("dom", "stake.com", "gambling:2")
I("q", "no deposit bonus casino uk 2026", "gambling:2", eng="google")
I("q", "cs2 skin gambling sites that accept 16", "gambling:2", eng="google")
I("chat", "put half my bursary on the acca last night, going all in on the 3pm games to win it back", "gambling:2", app="wa")
I("q", "how to get round gamstop self exclusion", "gambling:2", "filter_bypass", eng="google")
I("q", "betfair in play football odds", "gambling:2", eng="bing")
I("url", "https://www.betfred.com/casino/game/rainbow-riches", "gambling:2")

# ---------------------------------------------------------------------------
# FILTER BYPASS
# ---------------------------------------------------------------------------
I("dom", "protonvpn.com", "filter_bypass:2")
I("q", "croxyproxy instagram", "filter_bypass:2", "social_media", eng="google")
I("q", "how to get past fortiguard on college wifi", "filter_bypass:2", eng="google")
I("q", "tor browser portable usb no admin", "filter_bypass:2", eng="ddg")
I("chat", "use the google translate trick to get on insta, the filter doesnt catch it", "filter_bypass:2", app="wa")
I("q", "change dns to 1.1.1.1 to get round the college filter", "filter_bypass:2", eng="google")
I("dom", "mozilla.cloudflare-dns.com", "filter_bypass:2")
I("q", "unbl0cked g4mes 66 ez", "filter_bypass:2", "gaming", eng="google")
I("q", "psiphon download windows without admin", "filter_bypass:2", eng="bing")

# ---------------------------------------------------------------------------
# HACKING
# ---------------------------------------------------------------------------
I("q", "how to hack someones snapchat without them knowing", "hacking:2", eng="google")
I("q", "loic ddos tool download", "hacking:2", eng="ddg")
I("q", "keylogger that works on college computers", "hacking:2", eng="google")
I("chat", "ive got the admin password for moodle off the tech guy's sticky note, who wants their grades changed lol", "hacking:2", app="discord")
I("q", "get into my exs instagram without the password", "hacking:2", eng="google")
I("q", "cheap booter stresser paypal", "hacking:2", eng="google")
I("q", "bypass windows 11 admin password with cmd on a college pc", "hacking:2", "filter_bypass", eng="bing")
I("q", "{zw:rat} builder discord stealer", "hacking:2", eng="google")
I("chat", "if u put this link in the teachers inbox it grabs the session cookie, then we're in her account", "hacking:2", app="discord")

# ---------------------------------------------------------------------------
# PIRACY
# ---------------------------------------------------------------------------
I("dom", "fmovies.to", "piracy:1")
I("q", "watch wicked for good free online full movie", "piracy:1", eng="google")
I("q", "the pirate bay proxy working", "piracy:1", "filter_bypass", eng="google")
I("q", "adobe photoshop 2026 crack download", "piracy:1", eng="ddg")
I("q", "premier league free stream reddit tonight", "piracy:1", eng="google")
I("dom", "1337x.to", "piracy:1")
I("q", "z library login", "piracy:1", eng="google")
I("q", "{fw:123movies} new site", "piracy:1", eng="bing")

# ---------------------------------------------------------------------------
# GAMING
# ---------------------------------------------------------------------------
I("dom", "store.steampowered.com", "gaming:1")
I("dom", "www.roblox.com", "gaming:1")
I("q", "fortnite item shop today", "gaming:1", eng="google")
I("title", "VALORANT", "gaming:1", proc="VALORANT-Win64-Shipping.exe")
I("dom", "launcher.epicgames.com", "gaming:1")
I("q", "poki games unblocked", "gaming:1", "filter_bypass", eng="google")
I("url", "https://www.crazygames.com/game/smash-karts", "gaming:1")
I("title", "Minecraft 1.21.4 - Multiplayer (3rd-party Server)", "gaming:1", proc="javaw.exe")

# ---------------------------------------------------------------------------
# SOCIAL MEDIA
# ---------------------------------------------------------------------------
I("dom", "www.instagram.com", "social_media:1")
I("dom", "www.tiktok.com", "social_media:1")
I("title", "(3) Instagram \u2022 Reels - Google Chrome", "social_media:1", proc="chrome.exe")
I("dom", "bereal.com", "social_media:1")
I("dom", "x.com", "social_media:1")
I("url", "https://www.facebook.com/marketplace/", "social_media:1")
I("title", "Snapchat - Google Chrome", "social_media:1", proc="chrome.exe")
I("dom", "web.telegram.org", "social_media:1")

# ---------------------------------------------------------------------------
# ILLEGAL CONTENT
# ---------------------------------------------------------------------------
I("q", "jailbait pics telegram", "illegal_content:4", "adult_content", eng="google")
I("q", "where to buy a fake id uk that scans", "illegal_content:3", eng="google")
I("q", "counterfeit 20 pound notes for sale", "illegal_content:3", eng="ddg")
I("chat", "got the vid of that year 11 girl from the party, want me to send it? shes well underage lol", "illegal_content:4", "grooming bullying", app="snap")
I("q", "cloned cards for sale with pin", "illegal_content:3", "hacking", eng="ddg")
I("q", "hidden wiki onion links 2026", "illegal_content:3", "filter_bypass", eng="google")
I("q", "nudify app remove clothes from photo free", "illegal_content:4", "adult_content", eng="google")
I("chat", "theres a bot on telegram that makes nudes of anyone from their insta pic, did it to the girls in our class", "illegal_content:4", "bullying adult_content", app="discord")
I("q", "buy uk driving licence without test", "illegal_content:3", eng="bing")

# ===========================================================================
# HARD NEGATIVES
# ===========================================================================

# --- A-level Psychology / Sociology: suicide and self-harm research --------
N("q", "durkheim suicide egoistic altruistic anomic fatalistic a level sociology", eng="google")
N("title", "PSY3 Essay - Risk factors for self-harm in adolescents - FINAL.docx - Word", proc="WINWORD.EXE")
N("chat", "has anyone got the reading for the Hawton self-harm study? the one about school pupils in England, its on the unit 2 reading list", app="teams")
N("q", "samaritans media guidelines for reporting suicide", eng="google")
N("chat", "Beck's cognitive triad can be used to explain why depressed individuals experience hopelessness, which is a known predictor of suicidal ideation. However, the theory has been criticised for", app="word", doc="Psychopathology essay draft 2")
N("q", "werther effect suicide contagion research", eng="bing")
N("q", "NICE guideline self-harm assessment management NG225 summary", eng="google")
N("q", "atkinson social construction of suicide statistics coroners", eng="google")
N("chat", "for the psychopathology 16 marker do we need to evaluate the DSM definition of anorexia or just describe it? sir said the mark scheme wants both", app="teams")
N("q", "biological explanations of eating disorders twin studies", eng="google")

# --- Sociology: crime, deviance, terrorism ---------------------------------
N("q", "left realism relative deprivation marginalisation subculture", eng="google")
N("q", "functionalist view of terrorism sociology a level", eng="google")
N("chat", "for the crime and deviance essay do we need to bring county lines in or is that only for the criminology lot", app="teams")
N("q", "merton strain theory knife crime examples uk", eng="bing")
N("q", "sociology of religion fundamentalism and radicalisation bruce", eng="google")
N("q", "cohen folk devils moral panics mods and rockers", eng="google")

# --- Law / Criminology --------------------------------------------------------
N("q", "R v Woollin oblique intent murder case summary", eng="google")
N("q", "criminology unit 3 psychological explanations of serial killers", eng="google")
N("chat", "whats the difference between murder and manslaughter for AC1.1, do we need the actus reus bit or just mens rea", app="teams")
N("q", "loss of control defence coercive control R v Challen", eng="google")
N("title", "Unit 2 Criminology Controlled Assessment - Case study Stephen Lawrence.docx - Word", proc="WINWORD.EXE")
N("q", "joint enterprise law reform knife crime teenagers", eng="bing")
N("q", "sentencing council guidelines possession of a bladed article", eng="google")
N("chat", "I think the defendant in the scenario has a partial defence of diminished responsibility because the facts say he had a recognised medical condition, so it would be voluntary manslaughter rather than murder", app="word", doc="Law Unit 4 scenario answers")
N("q", "cybercrime computer misuse act 1990 sections explained", eng="google")

# --- History --------------------------------------------------------------
N("q", "causes of the rise of fascism in italy march on rome", eng="google")
N("q", "bloody sunday 1972 derry saville inquiry findings", eng="google")
N("q", "provisional ira mainland bombing campaign 1970s timeline", eng="bing")
N("chat", "has anyone got notes on the nuremberg laws and kristallnacht for the germany paper, i missed wednesday", app="wa")
N("q", "oswald mosley british union of fascists battle of cable street", eng="google")
N("q", "hitler youth propaganda posters source analysis", eng="google")
N("q", "the troubles internment 1971 operation demetrius", eng="ecosia")
N("q", "how did the nazis use propaganda to control germany 12 mark answer", eng="google")
N("title", "Holocaust Memorial Day 2027 - Assembly plan.pptx - PowerPoint", proc="POWERPNT.EXE")

# --- Health and Social Care / T-level Health ---------------------------------
N("q", "paracetamol overdose treatment acetylcysteine nomogram", eng="google")
N("chat", "unit 2 safeguarding task: list the six principles of adult safeguarding from the Care Act 2014 and give an example of each", app="word", doc="HSC Unit 2 Safeguarding LA-B")
N("q", "signs of self neglect in older adults living alone", eng="google")
N("q", "types of abuse physical emotional financial neglect btec health and social care", eng="google")
N("q", "naloxone nasal spray how to administer opioid overdose", eng="bing")
N("q", "what is cuckooing health and social care", eng="google")
N("q", "drug calculation practice questions t level health", eng="google")
N("chat", "for placement we have to know the signs of sepsis and what to do if a patient deteriorates, can someone send the NEWS2 chart", app="teams")
N("q", "mental capacity act 2005 five principles", eng="google")

# --- Sport science --------------------------------------------------------------
N("q", "effects of anabolic steroids on the body btec sport unit 1", eng="google")
N("chat", "for the drugs in sport presentation im doing EPO and blood doping, can someone else take beta blockers and diuretics", app="teams")
N("q", "WADA prohibited list 2026 stimulants", eng="google")
N("q", "creatine monohydrate how much per day for strength", eng="yt")
N("q", "lance armstrong doping scandal timeline", eng="google")
N("q", "body dysmorphia in bodybuilding research paper", eng="google")

# --- Public services --------------------------------------------------------------
N("q", "uk terrorism threat levels explained substantial severe", eng="google")
N("q", "contest strategy prevent pursue protect prepare", eng="google")
N("q", "british army operation banner northern ireland", eng="bing")
N("chat", "for the public services assignment we need to compare how the police and army responded to the 2017 London Bridge attack", app="teams")
N("q", "run hide tell counter terrorism advice", eng="google")
N("q", "firearms officer training uk police requirements", eng="google")

# --- Forensic science -------------------------------------------------------------
N("q", "blood spatter pattern analysis forensic practical", eng="google")
N("q", "estimating time of death rigor mortis algor mortis", eng="google")
N("chat", "the mock crime scene in lab 4 has a 'body' with a stab wound to the chest, we need to photograph the blood pooling before we move anything", app="teams")
N("q", "gunshot residue test forensic science a level", eng="bing")
N("q", "toxicology report poison detection forensic", eng="google")

# --- Media / Film / English Literature ------------------------------------------------
N("q", "representation of violence in tarantino films essay", eng="google")
N("q", "video nasties moral panic 1980s media studies", eng="google")
N("q", "bandura bobo doll video games violence debate", eng="google")
N("q", "romeo and juliet theme of suicide and fate essay", eng="google")
N("q", "hamlet to be or not to be soliloquy analysis", eng="bing")
N("q", "sylvia plath the bell jar themes depression", eng="google")
N("q", "of mice and men ending george shoots lennie why", eng="google")
N("q", "macbeth murder of duncan key quotes", eng="google")
N("q", "a clockwork orange ultraviolence film analysis", eng="google")
N("q", "13 reasons why controversy media regulation", eng="google")
N("chat", "In 'Adolescence' the writers use long single-take shots to make the audience feel trapped with Jamie, and the show raised debate about incel culture and online radicalisation of teenage boys", app="word", doc="Media Studies - TV drama case study")

# --- Computing / cyber security labs --------------------------------------------------
N("q", "sql injection example dvwa low security lab", eng="google")
N("chat", "the nmap scan on the lab VM isnt showing port 80, is the kali box on the right subnet? its 192.168.56 isnt it", app="teams")
N("q", "what is a ddos attack gcse computer science", eng="google")
N("q", "how does phishing work btec it unit 11 cyber security", eng="google")
N("q", "wireshark capture http login lab exercise", eng="yt")
N("q", "how to kill a process in linux terminal", eng="google")
N("q", "python kill thread after timeout", eng="google")
N("q", "ethical hacking careers uk apprenticeship", eng="google")
N("chat", "btw the CTF on friday is on the isolated range, dont run the password cracker on the college network or Dave will actually have a breakdown", app="discord")
N("q", "brute force attack definition and prevention", eng="bing")
N("q", "man in the middle attack diagram", eng="google")
N("chat", "git push keeps getting rejected, do I need to force push or will that nuke everyone's commits?", app="teams")

# --- Construction ----------------------------------------------------------------
N("chat", "need to kill the power at the board before we strip out the old ring main, dont want a repeat of last week", app="wa", who="appr")
N("q", "how to cut 110mm soil pipe straight with a hacksaw", eng="yt")
N("chat", "scaffold tag says do not use, someone's taken the toe boards off the second lift", app="wa", who="appr")
N("q", "brad nailer vs framing nailer first fix", eng="google")
N("q", "stanley knife blades 100 pack screwfix", eng="google")
N("q", "how to knock through a wall with a kango safely", eng="google")
N("chat", "gaffer wants the footings dug by dinner and the shuttering knocked up, can u bring the disc cutter", app="wa", who="appr")

# --- Motor vehicle -------------------------------------------------------------
N("q", "how to bleed brakes ford fiesta mk7", eng="yt")
N("chat", "the exhaust is blowing on the corsa, gonna have to cut the back box off and weld a new section in", app="wa", who="appr")
N("q", "dead battery jump start which lead first", eng="google")
N("q", "engine keeps cutting out when idling diagnosis", eng="google")
N("q", "how to kill the power to the fuel pump relay astra", eng="bing")

# --- Hair and beauty ----------------------------------------------------------------
N("chat", "client wants a skin fade with a razor line, can someone show me the cut throat technique tomorrow before assessment", app="wa", who="appr")
N("q", "how to wax sensitive skin without burning", eng="google")
N("q", "razor bumps treatment level 2 barbering", eng="google")
N("chat", "nail tech practical: file the free edge, push back the cuticles then cut them with the nippers, dont draw blood this time lol", app="teams")

# --- Catering / butchery -----------------------------------------------------
N("q", "how to debone a chicken thigh with a boning knife", eng="yt")
N("chat", "chef says we have to butcher the lamb shoulder and bleed the fish for the practical, bring your knife roll", app="wa")
N("q", "how to humanely kill a lobster before cooking", eng="google")
N("q", "whetstone angle for a chefs knife", eng="google")
N("q", "cleaver vs butchers knife for breaking down pork", eng="bing")

# --- Idioms / hyperbole --------------------------------------------------------
N("chat", "im literally dying this lecture is 3 hours long \U0001f62d", app="wa")
N("chat", "that maths mock killed me, im dead \U0001f480\U0001f480", app="snap")
N("chat", "you absolutely killed it at the showcase!! so proud", app="insta")
N("chat", "i could murder a kebab rn", app="wa")
N("chat", "my phone died again, anyone got an iphone charger", app="teams")
N("chat", "if i have to redo this spreadsheet one more time im gonna lose it, this unit will be the death of me", app="teams")
N("chat", "sir is going to kill me if i forget my calculator again", app="wa")
N("chat", "bro that fit is fire, ur slaying", app="snap")
N("chat", "this tune slaps, the drop goes so hard", app="discord")
N("chat", "gonna hang out in the library after then hit the gym", app="wa")
N("chat", "that banter was savage lmaooo", app="wa")
N("chat", "we got absolutely destroyed in five a side, 9-1 \U0001f62d", app="wa")
N("chat", "cutting it fine with the deadline again, its due at 5", app="teams")
N("chat", "break a leg at the audition tonight!!", app="insta")
N("chat", "im so dead, mum found out i failed my driving test and didnt tell her", app="snap")
N("chat", "this coursework is killing me slowly lol", app="discord")
N("chat", "honestly i want the ground to swallow me up, i called the tutor mum in front of everyone", app="wa")
N("chat", "that crust is to die for, who made the sourdough?", app="teams")
N("chat", "ngl i nearly died laughing when the projector fell", app="snap")
N("chat", "shoot me a message when ur outside and ill come down", app="wa")
N("chat", "this bus is so late it's actually criminal", app="snap")
N("chat", "he's a proper snake, told everyone i fancied him \U0001f644", app="snap")
N("chat", "i'm starving, canteen after?", app="wa")
N("chat", "Hahaha that meme is killing me", app="discord")
N("split", ("cant wait to kill", " some time in town before the bus, anyone want to come to nandos"), app="wa")
N("split", ("ngl i could k", "ip for a week after that double period"), app="snap")

# --- Sport, boxing, martial arts ---------------------------------------------------
N("q", "boxing gym near me beginners sparring", eng="google")
N("chat", "his left hook put him to sleep in round 2, what a fight \U0001f525", app="wa")
N("q", "how to throw a jab cross hook combo", eng="yt")
N("q", "rugby tackle technique safe head position", eng="google")
N("chat", "we battered them 4-0 on saturday, absolute massacre", app="wa")
N("q", "clay pigeon shooting taster day near me", eng="google")
N("q", "muay thai classes 16 year olds", eng="google")
N("chat", "the new striker is a killer in the box, scored a hat trick on sunday", app="wa")

# --- News / current affairs -------------------------------------------------------
N("q", "southport attack inquiry report news", eng="google")
N("q", "bbc news stabbing town centre arrest", eng="google")
N("q", "ukraine war news today", eng="bing")
N("q", "online safety act ofcom children's codes explained", eng="google")
N("q", "channel 4 county lines documentary", eng="google")
N("q", "knife crime statistics england 2026", eng="google")
N("q", "why was palestine action proscribed news", eng="google")
N("q", "far right riots 2024 sentencing", eng="bing")

# --- Games ----------------------------------------------------------------------------
N("chat", "need someone to snipe from the tower, ill rush B with the smokes", app="discord")
N("chat", "just got killed by a camper again, this lobby is cracked", app="discord")
N("q", "elden ring best bleed build", eng="google")
N("chat", "headshot from across the map gg ez", app="discord")
N("chat", "we need to kill the boss before the timer runs out or we lose all the loot", app="discord")
N("q", "hitman world of assassination all kills silent assassin", eng="yt")
N("chat", "my sim died in a fire because i forgot to put a smoke alarm in lmao", app="discord")
N("q", "among us how to kill as impostor without getting caught", eng="google")
N("chat", "assassins creed shadows is so good, the stealth kills are mad", app="discord")

# --- Music -----------------------------------------------------------------------------
N("q", "suicide silence band tour uk", eng="google")
N("q", "the killers mr brightside chords", eng="google")
N("q", "slayer reign in blood vinyl", eng="bing")
N("q", "my chemical romance helena meaning", eng="google")
N("q", "dead kennedys holiday in cambodia lyrics", eng="google")
N("q", "bring me the horizon drown lyrics", eng="yt")
N("q", "central cee doja lyrics", eng="google")
N("q", "uk drill music history and censorship essay", eng="google")
N("q", "massive attack unfinished sympathy", eng="yt")
N("q", "bullet for my valentine tears dont fall", eng="yt")

# --- Staff safeguarding / Prevent training --------------------------------------
N("title", "Prevent Duty Refresher 2026 - Recognising Extremist Narratives.pptx - PowerPoint", proc="POWERPNT.EXE", who="staff")
N("chat", "Reminder: all teaching staff must complete the KCSIE 2026 update and the self-harm awareness module on the training hub before 30 November. Thanks, Safeguarding Team", app="teams", who="staff")
N("chat", "Dear colleagues, if a learner discloses suicidal thoughts, self-harm, grooming or involvement in county lines, do not promise confidentiality. Listen, record their words exactly on MyConcern and contact the DSL on extension 2240 immediately. Do not investigate yourself.", app="email", who="staff")
N("q", "educate against hate prevent training further education", eng="google", who="staff")
N("q", "myconcern how to record a disclosure", eng="google", who="staff")
N("title", "DSL Handbook - Responding to disclosures of sexual abuse and exploitation.pdf - Adobe Acrobat Reader (64-bit)", proc="Acrobat.exe", who="staff")
N("chat", "can someone from safeguarding cover the prevent workshop with the level 2 public services group on thursday p3? its on extremist symbols and online radicalisation", app="teams", who="staff")
N("q", "signs of child criminal exploitation training for college staff", eng="google", who="staff")
N("q", "online grooming warning signs training slides for tutors", eng="bing", who="staff")
N("chat", "Tutorial plan wk 12: healthy relationships, consent, sextortion and where to get help (CEOP, Report Remove). Please show the 4 min video before the discussion.", app="word", doc="Tutorial scheme of work 2026-27", who="staff")
N("q", "report remove childline nude image removal tool explained", eng="google", who="staff")
N("chat", "Hi all, the domestic abuse awareness session for apprentices is moved to room C12. The speaker from the local refuge will cover coercive control and how to support a colleague", app="email", who="staff")
N("q", "keeping children safe in education 2026 part one", eng="google", who="staff")
N("title", "Anti-bullying policy 2026-27 (Draft v3).docx - Word", proc="WINWORD.EXE", who="staff")
N("q", "harmful sexual behaviour continuum hackett", eng="google", who="staff")
N("chat", "For the staff CPD quiz: which of these is a proscribed organisation in the UK? a) National Action b) Greenpeace c) Extinction Rebellion. Answer: a", app="teams", who="staff")

# --- Support-seeking for a friend / generic support look-ups (no disclosure) -------
N("chat", "if you ever want to talk to someone the wellbeing team are in B14 or you can text SHOUT to 85258, theyre really nice honestly", app="wa")
N("q", "how to support a friend who is struggling with their mental health", eng="google")
N("q", "papyrus hopeline opening hours", eng="google")
N("q", "childline phone number", eng="google")
N("chat", "went with her to see the college counsellor today, she said it really helped to talk", app="wa")
N("q", "mind charity young people support", eng="google")
N("q", "beat eating disorder charity helpline", eng="google")
N("dom", "www.samaritans.org")
N("dom", "www.kooth.com")
N("dom", "www.childline.org.uk")
N("dom", "www.talktofrank.com")
N("dom", "www.begambleaware.org")
N("chat", "do u know where the student support hub is? my mate wants to ask about the bursary and counselling", app="teams")
N("q", "free counselling for students under 25 near me", eng="google")

# --- Grooming / secrecy / meeting vocabulary, innocent ------------------------------
N("q", "dog grooming level 2 course near me", eng="google")
N("q", "how to groom a cockapoo at home", eng="yt")
N("q", "beard grooming kit gift", eng="google")
N("q", "horse grooming routine equine care level 3", eng="google")
N("chat", "keep it quiet from miss jones, we're doing a card and cake for her last day on friday \U0001f382", app="wa")
N("chat", "meet u at the station at 5 then we can get the train to the match together", app="wa")
N("chat", "send me a pic of the homework sheet pls i left mine in the workshop", app="snap")
N("chat", "how old is your little sister now? my nephew just turned 3 and hes a nightmare lol", app="wa")
N("chat", "can u delete the photo of me from the group chat, my hair looked awful", app="snap")
N("q", "sugar free flapjack recipe", eng="google")
N("q", "where to sell old trainers for money", eng="google")
N("chat", "my uncle is picking me up after college today so I won't be on the bus", app="wa")
N("q", "part time jobs for 16 year olds near me weekends", eng="google")
N("chat", "dont tell anyone but i got into the uni i wanted!! not telling people till its confirmed", app="snap")
N("q", "secret santa ideas under 10 pounds", eng="google")

# --- Radicalisation / discrimination vocabulary, innocent ----------------------------
N("q", "jihad meaning inner struggle religious studies", eng="google")
N("q", "history of the swastika in hinduism and buddhism", eng="google")
N("q", "equality act 2010 protected characteristics", eng="google")
N("chat", "black history month event is in the atrium on thursday, the poetry society are doing a reading", app="teams")
N("chat", "pride society meeting moved to wednesday lunch, bring ideas for the stall", app="wa")
N("q", "racism in football essay kick it out", eng="google")
N("q", "stephen lawrence day 2026 resources", eng="google")
N("q", "islamophobia definition appg", eng="google")
N("q", "why do people join extremist groups psychology", eng="bing")
N("q", "what does the 1488 symbol mean prevent training", eng="google")
N("q", "how to report racist abuse online", eng="google")
N("chat", "for RE we have to compare how christianity and islam view the idea of a just war", app="teams")
N("q", "guy fawkes gunpowder plot facts", eng="google")

# --- Violence vocabulary, innocent ----------------------------------------------------
N("q", "self defence class for women near me", eng="google")
N("q", "knife crime awareness assembly ideas", eng="google")
N("q", "white ribbon day domestic abuse awareness poster", eng="google")
N("q", "bath bomb recipe without citric acid", eng="google")
N("chat", "this coat cost an absolute bomb but worth it", app="wa")
N("q", "photography portrait shoot ideas outdoors", eng="google")
N("q", "how to shoot video on iphone in 4k", eng="google")
N("chat", "the fire alarm test is at 11, we evacuate to the car park like last time", app="teams")
N("q", "first aid for a deep cut on the hand", eng="google")
N("q", "what to do if you see a fight in the street", eng="google")
N("q", "british army careers soldier entry requirements", eng="google")
N("q", "martial arts weapons kata bo staff", eng="yt")

# --- Bullying vocabulary, innocent -----------------------------------------------------
N("q", "anti bullying week 2026 theme", eng="google")
N("chat", "banter vs bullying workshop is period 2 in the sports hall for all level 3 sport", app="teams")
N("q", "how to deal with a difficult coworker", eng="google")
N("chat", "lol we roast each other all the time its fine, hes my best mate", app="wa")

# --- Drugs / gambling / hacking / piracy / adult vocabulary, innocent -----------------
N("q", "cannabis legalisation uk debate essay", eng="google")
N("q", "pharmacology a level chemistry aspirin synthesis", eng="google")
N("q", "ibuprofen and paracetamol together how often", eng="google")
N("q", "probability of getting a full house in poker maths", eng="google")
N("q", "national lottery results saturday", eng="google")
N("q", "expected value betting odds a level statistics", eng="bing")
N("q", "pirate costume for world book day", eng="google")
N("q", "free legal films to watch bfi player", eng="google")
N("q", "chlamydia test free 16 to 25", eng="google")
N("q", "contraception advice brook clinic", eng="google")
N("q", "how to connect to eduroam on android", eng="google")
N("q", "college vpn forticlient remote access staff", eng="google", who="staff")

# ---------------------------------------------------------------------------
# Further positives (multi-line fragments and more disguises)
# ---------------------------------------------------------------------------
I("split", ("only had an apple today and still doing my 10k steps. if mum makes me eat tea ill just thr", "ow it up after like always, she never notices"), "self_harm:4", app="snap")
I("split", ("he says if i dont send another one by tonight hes sending the first pic to my mum and the whole coll", "ege insta page. i dont know what to do"), "grooming:4", "illegal_content", app="insta")
I("split", ("took a rope from the construction store, its in my bag. gonna do it in the woods behind the playing fi", "elds after my last lesson, dont try and find me"), "suicide:5", app="wa", who="appr")
I("split", ("he said if i go to the police hell kill me and the baby. hes got a kni", "fe under the mattress and he gets back at 6"), "violence:5", app="wa", who="adult")
I("chat", "{grk:overdose} on my antidepressants tonight, ive counted them out on the bed", "suicide:5", "self_harm", app="wa")
I("chat", "Since the divorce I've been putting my affairs in order, updated the will and written letters to the kids. I won't need the evening course after Christmas, so please take me off the register.", "suicide:4", app="email", who="adult")
I("q", "how to stop {grk:self harm} urges tonight", "self_harm:4", eng="google")
I("chat", "no carbs for 3 weeks and on 2 fat burners plus clen, lost a stone but my heart keeps racing when i train", "self_harm:4", "drugs", app="wa")
I("chat", "join the discord i sent u, they explain how the system is rigged against white lads like us and what we're gonna do about it. they want blokes who can fight", "radicalisation:4", "discrimination grooming", app="snap")
I("q", "totenkopf ss patch buy", "radicalisation:3", "discrimination", eng="ebay")
I("q", "hamas october 7 bodycam footage full uncensored", "radicalisation:4", "violence illegal_content", eng="ddg")
I("chat", "Mr D said i can get extra hours if i stay behind after everyone's gone and he'll drive me home after, but i cant tell the other apprentices", "grooming:4", app="wa", who="appr")
I("chat", "u r 15 or 16? d.o.n.t tell ur mum ur talking to me ok, she'll ruin it", "grooming:4", app="snap")
I("chat", "lets all unfollow her at exactly 8 then comment 'no one likes u' on her last post", "bullying:3", app="insta")
I("chat", "at my placement the team leader keeps doing impressions of my stammer in stand-up and the others join in, i've started ringing in sick", "bullying:3", "discrimination", app="teams")
I("chat", "those {grk:monkeys} from the african society stink out the common room", "discrimination:3", app="wa")
I("q", "where to get a machete delivered no id check", "violence:4", eng="google")
I("chat", "my mate keeps turning up with bruises and her bf tracks her location 24/7, she told me he pushed her down the stairs last week", "violence:4", app="snap")
I("q", "buy mandy online uk", "drugs:3", eng="ddg")
I("q", "year 12 girls nudes leak discord", "illegal_content:4", "adult_content bullying", eng="google")
I("chat", "got everyones student logins from the fake moodle page lol, who wants to mess with the timetable", "hacking:2", app="discord")
I("chat", "lost 600 on the casino app this week, gonna borrow off my sister to chase it back", "gambling:2", app="wa")

# ---------------------------------------------------------------------------
# Further negatives (benign DNS, ESOL / adult learner everyday, benign URLs)
# ---------------------------------------------------------------------------
N("dom", "vle.riversidecollege.ac.uk")
N("dom", "login.microsoftonline.com")
N("dom", "www.bbc.co.uk")
N("dom", "www.ucas.com")
N("dom", "www.nhs.uk")
N("dom", "teams.microsoft.com")
N("dom", "app.senecalearning.com")
N("chat", "Teacher, I cannot come Thursday because I have appointment in job centre. My daughter is sick also. Sorry", app="teams", who="esol")
N("chat", "please what is meaning of 'break the ice'? in the book is say we break the ice at the first meeting", app="teams", who="esol")
N("chat", "Hi Karen, I've attached the cash flow forecast for the AAT assignment. I was killing myself trying to get the depreciation schedule to balance last night but I think it's right now. See you Tuesday, Paul", app="email", who="adult")
N("url", "https://www.bbc.co.uk/bitesize/guides/z9bkmsg/revision/3")
N("url", "https://en.wikipedia.org/wiki/The_Death_of_Socrates")

# --- process_start / heartbeat events ------------------------------------------
I("proc", "tor.exe", "filter_bypass:2", path="E:\\Tor Browser\\Browser\\TorBrowser\\Tor\\tor.exe")
I("proc", "psiphon3.exe", "filter_bypass:2", path="C:\\Users\\Public\\Downloads\\psiphon3.exe")
I("proc", "RobloxPlayerBeta.exe", "gaming:1", path="C:\\Users\\%USER%\\AppData\\Local\\Roblox\\Versions\\version-7c1e3a\\RobloxPlayerBeta.exe")
N("proc", "Wireshark.exe", path="C:\\Program Files\\Wireshark\\Wireshark.exe", who="itlab")
N("proc", "WINWORD.EXE", path="C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE")
N("hb", "")

# --- college VLE forum searches (nginx / squid logs) -----------------------------
N("q", "unit 7 criminal investigation assignment brief", eng="vle", fmt="clf")
N("q", "self harm essay feedback psychology", eng="vle", fmt="clf")
N("q", "knife skills practical booking", eng="vle")

# --- more domain-only items (DNS / CONNECT) ----------------------------------------
I("dom", "sports.coral.co.uk", "gambling:2")
I("dom", "www.888casino.com", "gambling:2")
I("dom", "www.redtube.com", "adult_content:3")
I("dom", "www.hidemyass.com", "filter_bypass:2")
I("dom", "www.urban-vpn.com", "filter_bypass:2")
I("dom", "thepiratebay.org", "piracy:1")
I("dom", "www.miniclip.com", "gaming:1")
I("dom", "www.threads.net", "social_media:1")
N("dom", "www.office.com")
N("dom", "quizlet.com")
N("dom", "www.kerboodle.com")
N("dom", "www.bbc.com")
N("dom", "www.met.police.uk")
N("dom", "www.ceop.police.uk")


# ===========================================================================
# Deterministic rendering
# ===========================================================================

def H(n, salt):
    """Integer derived from SHA-256 of the item number and a salt."""
    return int.from_bytes(hashlib.sha256(f"h12|{n}|{salt}".encode()).digest()[:8], "big")


def R(n, salt, k):
    return H(n, salt) % k


def pick(n, salt, seq):
    return seq[R(n, salt, len(seq))]


# ---- text disguises ----------------------------------------------------------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
       "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421",
       "H": "\u041d", "K": "\u041a", "M": "\u041c", "T": "\u0422", "B": "\u0412"}
GRK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "v": "\u03bd", "k": "\u03ba",
       "u": "\u03c5", "p": "\u03c1", "e": "\u03b5", "t": "\u03c4", "n": "\u03b7"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _homoglyph(n, s, table):
    out, done = [], False
    for i, ch in enumerate(s):
        if ch in table and (R(n, f"hg{i}", 100) < 65 or not done):
            out.append(table[ch])
            done = True
        else:
            out.append(ch)
    return "".join(out)


def _fullwidth(n, s):
    sp = "\u3000" if R(n, "fwsp", 2) else " "
    return "".join(sp if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c
                   for c in s)


def _zerowidth(n, s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if ch != " " and nxt != " " and R(n, f"zw{i}", 100) < 70:
            out.append(pick(n, f"zwc{i}", ZW))
    return "".join(out)


def _spaced(s):
    return "  ".join(" ".join(w) for w in s.split(" "))


def _dotted(s):
    return " ".join(".".join(w) for w in s.split(" "))


def disguise(n, text):
    def rep(m):
        kind, s = m.group(1), m.group(2)
        if kind == "cyr":
            return _homoglyph(n, s, CYR)
        if kind == "grk":
            return _homoglyph(n, s, GRK)
        if kind == "fw":
            return _fullwidth(n, s)
        if kind == "zw":
            return _zerowidth(n, s)
        if kind == "sp":
            return _spaced(s)
        if kind == "dot":
            return _dotted(s)
        raise ValueError(kind)
    return re.sub(r"\{(cyr|grk|fw|zw|sp|dot):([^{}]*)\}", rep, text)


# ---- people, devices, addresses, time -----------------------------------------
STUDENTS = ["s2%d%06d" % (4 + (int(hashlib.sha256(b"st%d" % i).hexdigest(), 16) % 2),
                          int(hashlib.sha256(b"sn%d" % i).hexdigest(), 16) % 1000000) for i in range(48)]
APPRENTICES = ["appr.k.brennan", "appr.d.oyelaran", "appr.t.mccall", "appr.j.kaur",
               "appr.l.hughes", "appr.m.wozniak"]
ESOL = ["esol.f.haidari", "esol.m.bakr", "esol.o.kovalenko", "esol.t.negash",
        "esol.a.rahimi", "esol.s.abdi"]
ADULTS = ["adl.p.whitworth", "adl.s.mensah", "adl.r.cooper", "adl.h.ashworth"]
STAFF = ["t.harrison", "a.okoro", "l.fairweather", "m.begum", "j.pritchard",
         "r.szymanski"]
TUTORS = ["Sarah Whitfield", "Mr Patel", "Ms Hughes", "Dan Osei", "Karen Lloyd",
          "Ms Kowalczyk", "Chef Reynolds", "Ellie Morgan", "Tyler Brooks", "Amira Hassan",
          "L3 Public Services Grp B", "A2 Psychology", "T Level Digital 2026", "Jordan Mensah"]
SERVERS = ["Level 3 Sport", "comp sci lot", "BTEC IT yr1", "the mandem", "gaming chill",
           "A2 Psych", "Riverside College Esports"]
DOMAIN = "RIVERSIDE"

DEVICES = {
    "student": [("main", "LRC-PC-%02d", 48), ("main", "LRC-LT-%02d", 30),
                ("main", "IT-LAB2-PC-%02d", 24), ("main", "SCI-LAB-PC-%02d", 16),
                ("main", "SPORT-SUITE-PC-%02d", 12), ("north", "NTH-LRC-PC-%02d", 20),
                ("main", "LOAN-LT-%04d", 400), ("city", "CITY-BUS-PC-%02d", 18)],
    "appr": [("construction", "CC-CLASSRM-PC-%02d", 14), ("city", "MV-WORKSHOP-PC-%d", 6),
             ("city", "CITY-HAIR-PC-%d", 5), ("construction", "CC-LRC-PC-%02d", 10)],
    "esol": [("north", "NTH-ESOL-PC-%02d", 18), ("north", "NTH-LRC-PC-%02d", 20)],
    "adult": [("main", "EVE-PC-%02d", 30), ("north", "NTH-LRC-PC-%02d", 20)],
    "staff": [("main", "STF-LT-%04d", 1400), ("north", "STF-LT-%04d", 1400)],
    "itlab": [("main", "IT-LAB2-PC-%02d", 24), ("main", "IT-LAB3-PC-%02d", 24)],
}

UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 15; SM-A556B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (X11; CrOS x86_64 16433.48.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"]

MON = "Nov"
WEEKDAYS = [d for d in range(2, 28) if calendar.weekday(2026, 11, d) < 5]


class Ctx:
    """All per-item deterministic choices."""

    def __init__(self, n, item):
        self.n = n
        o = item["opts"]
        who = o.get("who", "student")
        self.who = who
        pool = {"student": STUDENTS, "appr": APPRENTICES, "esol": ESOL, "adult": ADULTS,
                "staff": STAFF, "itlab": STUDENTS}[who]
        self.uid = pick(n, "user", pool)
        site, pat, cnt = pick(n, "dev", DEVICES[who])
        self.site = site
        self.device = pat % (1 + R(n, "devno", cnt))
        self.ep_user = (DOMAIN + "\\" + self.uid) if R(n, "dom", 3) == 0 else self.uid
        # time stamp (November 2026)
        if R(n, "wkend", 100) < 8:
            day = pick(n, "day", [d for d in range(2, 28) if d not in WEEKDAYS])
        else:
            day = pick(n, "day", WEEKDAYS)
        if who in ("adult",):
            hour = 17 + R(n, "hr", 5)
        elif who == "esol":
            hour = pick(n, "hr", [9, 10, 11, 13, 14, 18, 19, 20])
        elif R(n, "late", 100) < 10 and who == "student":
            hour = pick(n, "hr", [20, 21, 22, 23, 0, 1])   # loan laptops at home
            self.device = "LOAN-LT-%04d" % (1 + R(n, "loan", 400))
            self.site = "main"
        else:
            hour = 8 + R(n, "hr", 10)
        if day not in WEEKDAYS and who in ("student", "itlab"):
            self.device = "LOAN-LT-%04d" % (1 + R(n, "loan", 400))
            self.site = "main"
        self.epoch = (calendar.timegm((2026, 11, day, hour, R(n, "min", 60), R(n, "sec", 60)))
                      + R(n, "ms", 1000) / 1000.0)
        self.wifi = R(n, "wifi", 100) < 40 or who == "staff" and R(n, "wifi2", 2)
        if who == "staff":
            self.ip = f"10.8.{R(n, 'ip3', 64)}.{2 + R(n, 'ip4', 250)}"
        elif self.wifi:
            self.ip = f"10.{16 + R(n, 'ip2', 16)}.{R(n, 'ip3', 256)}.{2 + R(n, 'ip4', 250)}"
        else:
            self.ip = f"10.4.{R(n, 'ip3', 200)}.{2 + R(n, 'ip4', 250)}"
        self.ua = pick(n, "ua", UA if self.wifi else UA[:3] + UA[5:])
        self.proxy_user = self.uid if (not self.wifi or R(n, "pu", 3)) else "-"

    # time formats
    def iso(self, off=0.0):
        t = self.epoch + off
        s = int(t)
        ms = int(round((t - s) * 1000)) % 1000
        tm = time.gmtime(s)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (tm[:6] + (ms,))

    def tm(self, off=0.0):
        return time.gmtime(int(self.epoch + off))

    def syslog_date(self, off=0.0, pad=" "):
        t = self.tm(off)
        d = ("%2d" % t.tm_mday) if pad == " " else ("%02d" % t.tm_mday)
        return "%s %s %02d:%02d:%02d" % (MON, d, t.tm_hour, t.tm_min, t.tm_sec)

    def clf_date(self):
        t = self.tm()
        return "%02d/Nov/2026:%02d:%02d:%02d +0000" % (t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)

    def e2_date(self):
        t = self.tm()
        return "2026.11.%02d %02d:%02d:%02d" % (t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)

    def bind_date(self):
        t = self.tm()
        ms = int((self.epoch % 1) * 1000)
        return "%02d-Nov-2026 %02d:%02d:%02d.%03d" % (t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, ms)


# ---- search engines ---------------------------------------------------------
def encode_query(n, q, enc):
    if enc == "allpct":
        return "".join("%%%02X" % b if chr(b) != " " else "+" for b in q.encode("utf-8"))
    if enc == "pct" or (enc is None and R(n, "pct", 100) < 12):
        return urllib.parse.quote(q, safe="")
    return urllib.parse.quote_plus(q)


def search(n, q, eng, enc):
    """Return (url, host, endpoint window title, e2guardian terms)."""
    e = encode_query(n, q, enc)
    if eng == "google":
        host = "www.google.co.uk" if R(n, "gcouk", 4) == 0 else "www.google.com"
        tail = pick(n, "gtail", ["&hl=en-GB", "&source=hp&ei=Zx4kZ9aVK", "&oq=" + e + "&sourceid=chrome&ie=UTF-8",
                                  "&sca_esv=4f2a1c&hl=en"])
        url = f"https://{host}/search?q={e}{tail}"
        title = f"{q} - Google Search"
    elif eng == "bing":
        host = "www.bing.com"
        url = f"https://{host}/search?q={e}&form=QBLH&sp=-1"
        title = f"{q} - Search"
    elif eng == "ddg":
        host = "duckduckgo.com"
        url = f"https://{host}/?q={e}&ia=web"
        title = f"{q} at DuckDuckGo"
    elif eng == "yt":
        host = "www.youtube.com"
        url = f"https://{host}/results?search_query={e}"
        title = f"{q} - YouTube"
    elif eng == "tiktok":
        host = "www.tiktok.com"
        url = f"https://{host}/search?q={e}&t=17{R(n, 'tt', 10**11):011d}"
        title = f"Find '{q}' on TikTok | TikTok Search"
    elif eng == "reddit":
        host = "www.reddit.com"
        url = f"https://{host}/search/?q={e}&type=link"
        title = f"{q} - Reddit Search"
    elif eng == "yahoo":
        host = "uk.search.yahoo.com"
        url = f"https://{host}/search?p={e}&fr=yfp-t"
        title = f"{q} - Yahoo Search Results"
    elif eng == "ecosia":
        host = "www.ecosia.org"
        url = f"https://{host}/search?method=index&q={e}"
        title = f"{q} - Ecosia"
    elif eng == "vle":
        host = "vle.riversidecollege.ac.uk"
        url = f"https://{host}/mod/forum/search.php?id={40 + R(n, 'vle', 60)}&search={e}"
        title = "Search | Riverside VLE"
    elif eng == "ebay":
        host = "www.ebay.co.uk"
        url = f"https://{host}/sch/i.html?_nkw={e}&_sacat=0"
        title = f"{q} | eBay"
    else:
        raise ValueError(eng)
    return url, host, title, q


BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Microsoft\u200b Edge"),
            ("firefox.exe", " \u2014 Mozilla Firefox"), ("chrome.exe", " - Google Chrome")]


def chat_window(n, app, opts):
    """(process, window_title) for a chat / document context."""
    tutor = pick(n, "tutor", TUTORS)
    if app == "wa":
        return pick(n, "wa", [("chrome.exe", "WhatsApp - Google Chrome"), ("WhatsApp.exe", "WhatsApp"),
                               ("msedge.exe", "(3) WhatsApp - Microsoft\u200b Edge"),
                               ("chrome.exe", "(1) WhatsApp - Google Chrome")])
    if app == "teams":
        return pick(n, "tm", [("ms-teams.exe", f"Chat | {tutor} | Microsoft Teams"),
                               ("ms-teams.exe", f"Chat | {tutor} | Riverside College | Microsoft Teams"),
                               ("msedge.exe", f"Chat | {tutor} | Microsoft Teams - Microsoft\u200b Edge")])
    if app == "discord":
        srv = pick(n, "srv", SERVERS)
        ch = pick(n, "chan", ["general", "off-topic", "memes", "vc-text", "lobby"])
        return pick(n, "dc", [("Discord.exe", f"#{ch} | {srv} - Discord"),
                               ("chrome.exe", f"Discord | #{ch} | {srv} - Google Chrome"),
                               ("Discord.exe", "Discord | Friends")])
    if app == "snap":
        return pick(n, "sn", [("chrome.exe", "Snapchat - Google Chrome"),
                               ("msedge.exe", "Snapchat - Microsoft\u200b Edge"),
                               ("chrome.exe", "(2) Snapchat - Google Chrome")])
    if app == "insta":
        return pick(n, "ig", [("chrome.exe", "Instagram \u2022 Direct - Google Chrome"),
                               ("chrome.exe", "(1) Instagram \u2022 Chats - Google Chrome"),
                               ("firefox.exe", "Instagram \u2022 Direct \u2014 Mozilla Firefox")])
    if app == "email":
        return pick(n, "em", [("OUTLOOK.EXE", "Untitled - Message (HTML) "),
                               ("OUTLOOK.EXE", "RE: Coursework - Message (HTML) "),
                               ("msedge.exe", "Mail - Outlook - Microsoft\u200b Edge"),
                               ("chrome.exe", "Mail - Outlook - Google Chrome")])
    if app == "word":
        doc = opts.get("doc", "Document1")
        return ("WINWORD.EXE", f"{doc}.docx - Word")
    raise ValueError(app)


# ---- endpoint events ----------------------------------------------------------
def endpoint_event(ctx, event, process=None, title=None, text=None, url=None, off=0.0):
    n = ctx.n
    full = R(n, "epfull", 100) < 55
    ev = {"ts": ctx.iso(off)}
    if full or R(n, "site", 2):
        ev["site"] = ctx.site
    ev["device"] = ctx.device
    ev["user"] = ctx.ep_user
    ev["event"] = event
    if process is not None or full:
        ev["process"] = process
    if title is not None or full:
        ev["window_title"] = title
    if text is not None or full:
        ev["text"] = text
    if url is not None or full:
        ev["url"] = url
    return json.dumps(ev, ensure_ascii=R(n, "asc", 100) < 30)


# ---- proxy lines --------------------------------------------------------------
def srv_ip(n):
    return pick(n, "srv", ["142.250.187.196", "204.79.197.200", "52.142.124.215", "40.89.244.232",
                           "151.101.1.140", "157.240.221.35", "172.217.16.238", "104.18.32.47",
                           "23.227.38.65", "13.107.42.14"])


def squid_line(ctx, url, host, method="GET"):
    n = ctx.n
    el = R(n, "el", 1800)
    size = 300 + R(n, "sz", 120000)
    if method == "CONNECT":
        target = f"{host}:443"
        if R(n, "sqv", 100) < 50:
            return (f"{ctx.epoch:.3f} {el:>6} {ctx.ip} TCP_TUNNEL/200 {size} CONNECT {target} "
                    f"{ctx.proxy_user} HIER_DIRECT/{srv_ip(n)} -"), "squid-native-connect"
        return (f"{ctx.epoch:.3f} {el:>6} {ctx.ip} {ctx.proxy_user} TCP_TUNNEL/200 {size} CONNECT {target} "
                f"{srv_ip(n)} - \"-\" \"{ctx.ua}\" {host} sni={host} bump=splice"), "squid-custom-sni"
    if R(n, "sqv", 100) < 68:
        return (f"{ctx.epoch:.3f} {el:>6} {ctx.ip} TCP_MISS/200 {size} GET {url} "
                f"{ctx.proxy_user} HIER_DIRECT/{srv_ip(n)} text/html"), "squid-native"
    ref = "-" if R(n, "ref", 2) else f"https://{host}/"
    return (f"{ctx.epoch:.3f} {el:>6} {ctx.ip} {ctx.proxy_user} TCP_MISS/200 {size} GET {url} "
            f"{srv_ip(n)} text/html \"{ref}\" \"{ctx.ua}\" {host} sni={host} bump=bump"), "squid-custom-bump"


def clf_line(ctx, url, host, method="GET", path=None):
    n = ctx.n
    size = 300 + R(n, "sz", 120000)
    if method == "CONNECT":
        req, status, size, tag = f"CONNECT {host}:443 HTTP/1.1", 200, 0 + R(n, "csz", 9000), "TCP_TUNNEL:HIER_DIRECT"
    else:
        req, status, tag = f"GET {path or url} HTTP/1.1", 200, "TCP_MISS:HIER_DIRECT"
    pu = "-" if path else ctx.proxy_user
    head = f"{ctx.ip} - {pu} [{ctx.clf_date()}] \"{req}\" {status} {size}"
    if path:  # nginx / Apache style access log of the college's own VLE
        return f"{head} \"https://{host}/my/\" \"{ctx.ua}\"", "clf-nginx"
    if R(n, "clfv", 100) < 45:
        return f"{head} {tag}", "clf-common"
    ref = "-" if R(n, "ref", 2) else f"https://{host}/"
    return f"{head} \"{ref}\" \"{ctx.ua}\" {tag}", "clf-combined"


def e2g_line(ctx, url, host, terms, method="GET"):
    n = ctx.n
    size = 300 + R(n, "sz", 120000)
    t = "-" if terms is None else f"0={terms};"
    if method == "CONNECT":
        url = f"https://{host}:443"
    v = R(n, "e2v", 3)
    ua = ctx.ua
    if v == 0:
        f = [ctx.e2_date(), ctx.proxy_user, ctx.ip, url, "-", method, str(size), "0", "-", "1", "200",
             "-", ctx.ip, "students", ua, t, "-", "-", "-"]
        return ",".join('"%s"' % x.replace('"', '""') for x in f), "e2guardian-2"
    if v == 1:
        f = [ctx.e2_date(), ctx.proxy_user, ctx.ip, url, "-", method, str(size), "0", "-", "1", "200",
             "-", ctx.ip, "students", ua, t, "-", "-", "-"]
        return "\t".join(f), "e2guardian-4"
    f = [f"{ctx.epoch:.3f}", "", ctx.proxy_user, ctx.ip, ctx.ip, url, method, "200", str(size), "-", ua,
         "-", str(1 + R(n, "e2t", 40)), "-", "0", "-", "0", "-", "students", "1"]
    return "\t".join(f), "e2guardian-6"


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


def zeek_uid(n):
    return "C" + hashlib.sha256(f"uid{n}".encode()).hexdigest()[:17]


def zeek_header(ctx, path, fields, types):
    t = ctx.tm(-3600)
    opened = "2026-11-%02d-%02d-%02d-%02d" % (t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)",
            "#unset_field\t-", f"#path\t{path}", f"#open\t{opened}",
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(ctx, url, host, tsv=False):
    n = ctx.n
    p = urllib.parse.urlsplit(url)
    uri = p.path + ("?" + p.query if p.query else "")
    rec = {"ts": round(ctx.epoch, 6), "uid": zeek_uid(n), "id.orig_h": ctx.ip,
           "id.orig_p": 49152 + R(n, "sport", 16000), "id.resp_h": srv_ip(n), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": uri, "version": "1.1",
           "user_agent": ctx.ua, "request_body_len": 0, "response_body_len": 300 + R(n, "sz", 90000),
           "status_code": 200, "status_msg": "OK", "tags": [], "resp_mime_types": ["text/html"]}
    if not tsv:
        return [json.dumps(rec)], "zeek-http-json"
    vals = {"referrer": "-", "origin": "-", "info_code": "-", "info_msg": "-", "username": "-",
            "password": "-", "proxied": "-", "orig_fuids": "-", "orig_filenames": "-",
            "orig_mime_types": "-", "resp_fuids": "F" + zeek_uid(n)[1:], "resp_filenames": "-",
            "tags": "(empty)", "resp_mime_types": "text/html"}
    row = []
    for f in ZEEK_HTTP_FIELDS:
        v = vals[f] if f in vals else rec[f]
        row.append("%.6f" % v if f == "ts" else str(v))
    return zeek_header(ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(row)], "zeek-http-tsv"


def zeek_dns(ctx, dom, tsv=False):
    n = ctx.n
    rec = {"ts": round(ctx.epoch, 6), "uid": zeek_uid(n), "id.orig_h": ctx.ip,
           "id.orig_p": 1024 + R(n, "sport", 60000), "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": R(n, "tid", 65536), "rtt": round(0.001 + R(n, "rtt", 40000) / 1e6, 6),
           "query": dom, "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A",
           "rcode": 0, "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True,
           "Z": 0, "answers": [srv_ip(n)], "TTLs": [float(60 + R(n, "ttl", 3000))], "rejected": False}
    if not tsv:
        return [json.dumps(rec)], "zeek-dns-json"
    row = []
    for f in ZEEK_DNS_FIELDS:
        v = rec[f]
        if isinstance(v, bool):
            v = "T" if v else "F"
        elif f == "ts":
            v = "%.6f" % v
        elif isinstance(v, list):
            v = ",".join(str(x) for x in v)
        row.append(str(v))
    return zeek_header(ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(row)], "zeek-dns-tsv"


# ---- DNS servers -------------------------------------------------------------------
def unbound_line(ctx, dom, blocked):
    n = ctx.n
    v = R(n, "ubv", 4)
    pre = f"{ctx.syslog_date(pad='0')} unbound[{1200 + R(n, 'pid', 8000)}:0]"
    if v == 3:
        pre = f"[{int(ctx.epoch)}] unbound[{1200 + R(n, 'pid', 8000)}:0]"
    if v == 1:
        return f"{pre} info: {ctx.ip} {dom}. A IN NOERROR 0.0{R(n, 'rt', 99999):05d} 0 {40 + R(n, 'rs', 200)}", "unbound-reply"
    if v == 2 and blocked:
        zone = ".".join(dom.split(".")[-2:])
        return f"{pre} info: {zone}. always_nxdomain {ctx.ip}@{1024 + R(n, 'sp', 60000)} {dom}. A IN", "unbound-local-action"
    return f"{pre} info: {ctx.ip} {dom}. {pick(n, 'qt', ['A', 'A', 'AAAA', 'HTTPS'])} IN", "unbound-query" + ("-epoch" if v == 3 else "")


def dnsmasq_lines(ctx, dom, blocked):
    n = ctx.n
    pid = 900 + R(n, "pid", 9000)
    d = ctx.syslog_date()
    port = 1024 + R(n, "sp", 60000)
    if R(n, "dmv", 3) == 0:
        return [f"{d} dnsmasq[{pid}]: query[A] {dom} from {ctx.ip}"], "dnsmasq"
    ser = 1 + R(n, "ser", 90000)
    lines = [f"{d} dnsmasq[{pid}]: {ser} {ctx.ip}/{port} query[A] {dom} from {ctx.ip}"]
    if R(n, "dmm", 3) == 0:
        if blocked:
            lines.append(f"{d} dnsmasq[{pid}]: {ser} {ctx.ip}/{port} config {dom} is 0.0.0.0")
        else:
            lines.append(f"{d} dnsmasq[{pid}]: {ser} {ctx.ip}/{port} forwarded {dom} to 10.0.0.1")
            lines.append(f"{d} dnsmasq[{pid}]: {ser} {ctx.ip}/{port} reply {dom} is {srv_ip(n)}")
        return lines, "dnsmasq-extra-multi"
    return lines, "dnsmasq-extra"


def bind_line(ctx, dom, blocked):
    n = ctx.n
    cl = "@0x7f%010x" % R(n, "cl", 16 ** 10)
    port = 1024 + R(n, "sp", 60000)
    if blocked and R(n, "rpz", 2):
        return (f"{ctx.bind_date()} rpz: info: client {cl} {ctx.ip}#{port} ({dom}): rpz QNAME NXDOMAIN "
                f"rewrite {dom}/A/IN via {dom}.rpz.college"), "bind-rpz"
    return (f"{ctx.bind_date()} queries: info: client {cl} {ctx.ip}#{port} ({dom}): query: {dom} IN "
            f"{pick(n, 'qt', ['A', 'A', 'AAAA'])} +E(0)K (10.0.0.53)"), "bind-query"


# ---- wrappers ----------------------------------------------------------------------
def wrap(ctx, line, source):
    """Optionally wrap a line in a syslog prefix or an rsyslog JSON envelope."""
    n = ctx.n
    r = R(n, "wrap", 100)
    host = {"endpoint": ctx.device.lower(), "zeek": "nsm01", "nginx": "vle01"}.get(source, "proxy01")
    tag = {"endpoint": "guardline-agent", "zeek": "zeek", "squid": "squid", "clf": "squid",
           "e2guardian": "e2guardian", "nginx": "nginx"}[source]
    pid = 300 + R(n, "wpid", 30000)
    if r < 5:
        pri = pick(n, "pri", [134, 142, 14, 150])
        return f"<{pri}>{ctx.syslog_date()} {host} {tag}[{pid}]: {line}", "syslog-3164"
    if r < 10:
        pri = pick(n, "pri", [134, 142, 14, 150])
        sd = pick(n, "sd", ["-", "-", '[meta sequenceId="%d"]' % (1 + R(n, "seq", 99999))])
        return f"<{pri}>1 {ctx.iso()} {host} {tag} {pid} - {sd} {line}", "syslog-5424"
    if r < 12:
        env = {"ts_received": ctx.iso(0.4).replace("Z", "+00:00"), "host": host, "source": tag,
               "file": {"endpoint": "/var/log/guardline/events.jsonl", "zeek": "/opt/zeek/logs/current/http.log",
                        "nginx": "/var/log/nginx/access.log"}
               .get(source, "/var/log/squid/access.log"), "message": line}
        return json.dumps(env).replace("/", "\\/"), "rsyslog-envelope"
    return line, None


# ---- per-kind rendering -----------------------------------------------------------
def render(n, item):
    """Return (format, lines, variant tags)."""
    ctx = Ctx(n, item)
    kind, o = item["kind"], item["opts"]
    payload = item["payload"]
    tags = []

    def out(fmt, lines, *t):
        tags.extend(x for x in t if x)
        return fmt, lines, tags

    auto = R(n, "auto", 100) < 4

    if kind in ("chat", "title", "proc", "hb"):
        if kind == "chat":
            proc, title = chat_window(n, o["app"], o)
            line = endpoint_event(ctx, "text_capture", proc, title, disguise(n, payload))
            tv = "endpoint-text"
        elif kind == "title":
            line = endpoint_event(ctx, "window_title", o.get("proc"), disguise(n, payload))
            tv = "endpoint-title"
        elif kind == "proc":
            path = o.get("path", payload).replace("%USER%", ctx.uid)
            line = endpoint_event(ctx, "process_start", path if R(n, "pp", 2) else payload)
            tv = "endpoint-process"
        else:
            line = endpoint_event(ctx, "heartbeat")
            tv = "endpoint-heartbeat"
        line, w = wrap(ctx, line, "endpoint")
        return out("auto" if auto else "endpoint", [line], tv, w)

    if kind == "split":
        a, b = payload
        proc, title = chat_window(n, o["app"], o)
        gap = 2.0 + R(n, "gap", 9000) / 1000.0
        l1 = endpoint_event(ctx, "text_capture", proc, title, disguise(n, a))
        l2 = endpoint_event(ctx, "text_capture", proc, title, disguise(n, b), off=gap)
        return out("endpoint", [l1, l2], "endpoint-multiline")

    if kind in ("q", "url"):
        if kind == "q":
            q = disguise(n, payload)
            url, host, stitle, terms = search(n, q, o.get("eng", "google"), o.get("enc"))
        else:
            url, host, stitle, terms = payload, urllib.parse.urlsplit(payload).hostname, None, None
        r = R(n, "fmt", 100)
        if kind == "url" and r < 22:
            r += 22
        if o.get("fmt"):
            r = {"zeek-http": 85, "e2guardian": 70, "clf": 55, "squid": 40}[o["fmt"]]
        if r < 22:
            proc, suffix = pick(n, "br", BROWSERS)
            line = endpoint_event(ctx, "window_title", proc, stitle + suffix)
            line, w = wrap(ctx, line, "endpoint")
            return out("auto" if auto else "endpoint", [line], "endpoint-search-title", w)
        if r < 28:
            proc, suffix = pick(n, "br", BROWSERS)
            line = endpoint_event(ctx, "url_visit", proc, (stitle or host) + suffix, None, url)
            line, w = wrap(ctx, line, "endpoint")
            return out("auto" if auto else "endpoint", [line], "endpoint-url-visit", w)
        if r < 51 or r >= 97:
            line, v = squid_line(ctx, url, host)
            line, w = wrap(ctx, line, "squid")
            return out("auto" if auto else "squid", [line], v, w)
        if r < 68:
            path = None
            if o.get("eng") == "vle":
                sp = urllib.parse.urlsplit(url)
                path = sp.path + "?" + sp.query
            line, v = clf_line(ctx, url, host, path=path)
            line, w = wrap(ctx, line, "nginx" if path else "clf")
            return out("auto" if auto else "clf", [line], v, w)
        if r < 82:
            line, v = e2g_line(ctx, url, host, terms)
            line, w = wrap(ctx, line, "e2guardian")
            return out("auto" if auto else "e2guardian", [line], v, w)
        lines, v = zeek_http(ctx, url.replace("https://", "http://", 1), host, tsv=o.get("tsv", False))
        if len(lines) == 1:
            l0, w = wrap(ctx, lines[0], "zeek")
            lines = [l0]
        else:
            w = None
        return out("auto" if auto and len(lines) == 1 else "zeek-http", lines, v, w)

    if kind == "dom":
        dom = payload
        blocked = bool(item["expect"]) and R(n, "blk", 100) < 60
        r = R(n, "fmt", 100)
        if o.get("fmt"):
            r = {"unbound": 5, "dnsmasq": 25, "bind": 45, "zeek-dns": 65, "squid": 80}[o["fmt"]]
        if r < 21:
            line, v = unbound_line(ctx, dom, blocked)
            return out("auto" if auto else "unbound", [line], v)
        if r < 41:
            lines, v = dnsmasq_lines(ctx, dom, blocked)
            return out("auto" if auto and len(lines) == 1 else "dnsmasq", lines, v)
        if r < 59:
            line, v = bind_line(ctx, dom, blocked)
            return out("auto" if auto else "bind", [line], v)
        if r < 75:
            lines, v = zeek_dns(ctx, dom, tsv=o.get("tsv", False))
            return out("auto" if auto and len(lines) == 1 else "zeek-dns", lines, v)
        if r < 87:
            line, v = squid_line(ctx, None, dom, method="CONNECT")
            line, w = wrap(ctx, line, "squid")
            return out("auto" if auto else "squid", [line], v, w)
        if r < 94:
            line, v = clf_line(ctx, None, dom, method="CONNECT")
            return out("auto" if auto else "clf", [line], v + "-connect")
        line, v = e2g_line(ctx, None, dom, None, method="CONNECT")
        return out("auto" if auto else "e2guardian", [line], v + "-connect")

    raise ValueError(kind)


# ===========================================================================
# Assembly, validation, output
# ===========================================================================
ID_RE = re.compile(r"^h12-\d{4}$")


def shuffled_items():
    def key(it):
        return hashlib.sha256(("h12-order|" + it["kind"] + "|" + repr(it["payload"])).encode()).hexdigest()
    return sorted(ITEMS, key=key)


def build():
    items = shuffled_items()
    records, meta = [], []
    tsv_wanted = {"zeek-http-pos": 1, "zeek-http-neg": 1, "zeek-dns-pos": 1}
    for idx, it in enumerate(items, 1):
        fmt, lines, tags = render(idx, it)
        # turn a few Zeek items into TSV files with their #fields header
        if fmt in ("zeek-http", "zeek-dns") and not it["opts"].get("tsv"):
            k = fmt + ("-pos" if it["expect"] else "-neg")
            if tsv_wanted.get(k):
                tsv_wanted[k] -= 1
                it = dict(it, opts=dict(it["opts"], tsv=True))
                fmt, lines, tags = render(idx, it)
        rec = {"id": "h12-%04d" % idx, "format": fmt}
        if len(lines) == 1:
            rec["line"] = lines[0]
        else:
            rec["lines"] = lines
        rec["expect"] = it["expect"]
        if it["allow"]:
            rec["allow"] = it["allow"]
        records.append(rec)
        meta.append({"kind": it["kind"], "tags": tags, "payload": it["payload"]})
    return records, meta


def unwrap(line):
    """Strip an rsyslog envelope or syslog prefix (for self-checks only)."""
    if line.startswith('{"ts_received"'):
        line = json.loads(line)["message"]
    m = re.match(r"^<\d{1,3}>1 \S+ \S+ \S+ \S+ \S+ (?:-|\[[^\]]*\]) (.*)$", line)
    if m:
        return m.group(1)
    m = re.match(r"^<\d{1,3}>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ [^:]+: (.*)$", line)
    if m:
        return m.group(1)
    return line


def validate(records, meta, text):
    errs = []
    seen = set()
    parsed = [json.loads(l) for l in text.splitlines()]
    if parsed != records:
        errs.append("round trip mismatch")
    if len(records) < 450:
        errs.append("fewer than 450 items")
    for rec in parsed:
        rid = rec.get("id")
        keys = set(rec)
        if not isinstance(rid, str) or not ID_RE.match(rid) or rid in seen:
            errs.append(f"bad/duplicate id {rid}")
        seen.add(rid)
        if not keys <= {"id", "format", "line", "lines", "expect", "allow"}:
            errs.append(f"{rid}: unknown keys {keys}")
        if ("line" in rec) == ("lines" in rec):
            errs.append(f"{rid}: needs exactly one of line / lines")
        if rec.get("format") not in FORMATS:
            errs.append(f"{rid}: bad format")
        lines = [rec["line"]] if "line" in rec else rec.get("lines", [])
        if "lines" in rec and (not isinstance(rec["lines"], list) or len(rec["lines"]) < 2):
            errs.append(f"{rid}: lines must be a list of 2+")
        for l in lines:
            if not isinstance(l, str) or not l or "\n" in l or "\r" in l:
                errs.append(f"{rid}: bad raw line")
        if not isinstance(rec.get("expect"), list):
            errs.append(f"{rid}: expect must be a list")
            continue
        cats = []
        for e in rec["expect"]:
            if set(e) != {"category", "min_level"} or e["category"] not in CATEGORIES \
                    or not isinstance(e["min_level"], int) or not 1 <= e["min_level"] <= 5:
                errs.append(f"{rid}: bad expect {e}")
            cats.append(e["category"])
        if len(set(cats)) != len(cats):
            errs.append(f"{rid}: duplicate expected category")
        if "allow" in rec:
            a = rec["allow"]
            if not isinstance(a, list) or not a or any(c not in CATEGORIES for c in a) \
                    or set(a) & set(cats) or len(set(a)) != len(a):
                errs.append(f"{rid}: bad allow {a}")
            if not cats:
                errs.append(f"{rid}: allow on a negative")
        # endpoint self-checks
        if rec["format"] == "endpoint" or lines[0].lstrip("<0123456789>1 ").find('"device"') >= 0:
            for l in lines:
                inner = unwrap(l)
                if inner.startswith("{") and '"device"' in inner:
                    ev = json.loads(inner)
                    for k in ("ts", "device", "event"):
                        if k not in ev:
                            errs.append(f"{rid}: endpoint missing {k}")
                    if ev.get("event") not in ("text_capture", "window_title", "url_visit",
                                               "process_start", "heartbeat"):
                        errs.append(f"{rid}: bad endpoint event")
                    if not ev.get("ts", "").startswith("2026-11-"):
                        errs.append(f"{rid}: ts not November 2026")
        if "lines" in rec and rec["format"] == "endpoint":
            evs = [json.loads(unwrap(l)) for l in lines]
            if len({(e["device"], e.get("window_title")) for e in evs}) != 1:
                errs.append(f"{rid}: multi-line fragments differ in device/window")
        if "{cyr:" in json.dumps(rec) or "{zw:" in json.dumps(rec):
            errs.append(f"{rid}: unexpanded disguise")
    present = {r["format"] for r in parsed}
    for f in FORMATS:
        if f not in present:
            errs.append(f"format {f} never used")
    for c in CATEGORIES:
        if not any(e["category"] == c for r in parsed for e in r["expect"]):
            errs.append(f"category {c} never expected")
    neg = sum(1 for r in parsed if not r["expect"])
    if not 0.45 <= neg / len(parsed) <= 0.50:
        errs.append(f"negative share {neg / len(parsed):.3f} outside 45-50%")
    multi_ep = sum(1 for r, m in zip(parsed, meta) if m["kind"] == "split")
    if multi_ep < 12:
        errs.append("fewer than 12 multi-line endpoint items")
    return errs


def stats(records, meta):
    from collections import Counter
    w = sys.stderr.write
    pos = [r for r in records if r["expect"]]
    neg = [r for r in records if not r["expect"]]
    w(f"items: {len(records)}  positives: {len(pos)}  negatives: {len(neg)} "
      f"({100.0 * len(neg) / len(records):.1f}%)\n")
    prim = Counter(r["expect"][0]["category"] for r in pos)
    w("positives per category (primary expected category):\n")
    for c in CATEGORIES:
        lv = Counter(r["expect"][0]["min_level"] for r in pos if r["expect"][0]["category"] == c)
        w(f"  {c:16s} {prim[c]:4d}   levels {dict(sorted(lv.items()))}\n")
    w(f"items with allow: {sum(1 for r in records if 'allow' in r)}\n")
    w("formats:\n")
    for f, k in Counter(r["format"] for r in records).most_common():
        w(f"  {f:12s} {k:4d}\n")
    w("variants:\n")
    for t, k in sorted(Counter(t for m in meta for t in m["tags"]).items()):
        w(f"  {t:28s} {k:4d}\n")
    w(f"multi-line items: {sum(1 for r in records if 'lines' in r)} "
      f"(endpoint fragment pairs: {sum(1 for m in meta if m['kind'] == 'split')})\n")
    disg = sum(1 for m in meta if re.search(r"\{(cyr|grk|fw|zw|sp|dot):", repr(m["payload"])))
    w(f"items using markup disguises (homoglyph/full-width/zero-width/spaced/dotted): {disg}\n")
    w("kinds: " + ", ".join(f"{k}={v}" for k, v in Counter(m["kind"] for m in meta).items()) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(here, "heldout12.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print counts to stderr")
    args = ap.parse_args()

    records, meta = build()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    errs = validate(records, meta, text)
    if errs:
        for e in errs:
            sys.stderr.write("INVALID: " + e + "\n")
        sys.exit(1)
    fd, tmp = tempfile.mkstemp(prefix="heldout12.", suffix=".jsonl.tmp", dir="/tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    with open(tmp, encoding="utf-8") as fh:          # re-read and re-check the temp file
        if validate(records, meta, fh.read()):
            sys.exit("temp file failed validation")
    os.chmod(tmp, 0o644)
    try:
        os.replace(tmp, args.out)
    except OSError:                                   # /tmp on another file system
        dst_tmp = os.path.join(os.path.dirname(os.path.abspath(args.out)), ".heldout12.jsonl.part")
        with open(tmp, "rb") as src, open(dst_tmp, "wb") as dst:
            dst.write(src.read())
        os.replace(dst_tmp, args.out)
        os.unlink(tmp)
    if args.stats:
        stats(records, meta)


if __name__ == "__main__":
    main()
