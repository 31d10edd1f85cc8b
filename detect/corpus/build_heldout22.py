#!/usr/bin/env python3
"""Guardline held-out evaluation corpus 22: younger learners (Years 4-9).

Written independently and by hand, without reference to the detector's rules, code or other
corpora. Inputs read while writing it: CONTRACTS.md sections 2-4, the worked example
shared/eval/dev.jsonl, and the real log lines in shared/samples/ (for log formats only).

Perspective
-----------
The Designated Safeguarding Lead of an all-through academy trust (a primary phase and a
secondary phase) reviewing web-monitoring alerts for its YOUNGER learners: Years 4-9, ages
8-14, including pupils with SEND and pupils with English as an additional language (EAL), on
school Chromebooks and iPads (plus a few library PCs), at school and on devices taken home.
The text is written the way children of that age type: phonetic spelling ("sooside",
"sewerside", "hurtin myself", "comit"), no punctuation, "is it normal if", questions put to
Google as if it were a person, game and YouTuber vocabulary (Roblox, Minecraft, Fortnite, Among
Us, Skibidi, brainrot, "oof", "ded", "unalive", "kms"), EAL grammar and home languages (Polish,
Ukrainian, Portuguese) including Google Translate input, and a little deliberate obfuscation
(spaced letters, leetspeak, emoji, Cyrillic look-alike letters, algospeak). Most items are not
obfuscated.

Labelling decisions
-------------------
* Levels follow CONTRACTS.md section 3. min_level is what this DSL would want: 5 only for
  imminent serious risk (a suicide plan, method or timing; a groomer's meeting or visit being
  arranged, sextortion threats, ongoing contact sexual abuse; a weapon being brought to school
  or violence happening now; a request for an attacker's manifesto template).
* suicide: ideation ("i wish i was never born", wanting to be with a dead relative, "kms" when
  meant) is 4; method, plan, note or timing is 5; exposure or morbid interest is 3. "kms",
  "ded", "dying of laughter", "unalive this boss" said as a joke about homework or a game are
  negatives, as are questions about what the words mean.
* self_harm covers cutting, burning, hitting oneself, hair-pulling and eating-disorder
  behaviour. Acts, concealment and purging/starving are 4; body-image worry and "what I eat in
  a day" exposure are 3. Asking how to remove a sharpener blade "without mum knowing" is 4.
* grooming: a child's disclosure of a stranger's sexual requests, gifts (Robux, V-Bucks, gift
  cards) for pictures, secrecy demands, moving to private apps or asking if the child is home
  alone is a positive at 4 even when phrased as a question. A child's disclosure of ongoing
  contact sexual abuse at home is filed under grooming at 5 (violence allowed).
* violence includes abuse at home. Disclosures of physical abuse or domestic violence are 4,
  violence happening now or a threat to kill is 5; neglect ("no food at home", a parent who
  will not wake up) is filed under violence because no other category fits: 3 for ongoing
  neglect, 4 where a younger sibling is left without care. Weapons sought are 4, bringing one to
  school 5; fight and gore exposure 3.
* radicalisation via memes and games: exposure/curiosity (1488, Tate, great replacement,
  "Skibidi Hitler") is 3 with discrimination allowed; seeking attack footage, proscribed-group
  material or recruiting others is 4; asking how to write a manifesto like an attacker is 5.
* bullying messages and disclosures of being bullied are 3; racist bullying expects both
  bullying and discrimination.
* Sharing or receiving sexual images of children is illegal_content at 4; dark-web and fake-ID
  seeking is 3.
* Hard negatives (about half): games (ender dragon, TNT, MM2 knives, bedwars bombs), idiom ("my
  mum is going to kill me", "dying of laughter", shooting in netball), history homework (WW2,
  the Nazis, the Holocaust, Tudor executions), RE on death, funerals and jihad, science on drugs
  and medicines, PSHE lessons on grooming, radicalisation and knife crime, pet deaths and grief,
  fairy tales and set texts with killing, innocent news curiosity about wars and attacks,
  friends' secrets and pick-ups, and Scunthorpe-style domains. Help-seeking with no disclosed
  content (Childline's number, Kooth, "how to block someone") is negative.
* "allow" is used only for a genuinely ambiguous second category, never for level-1 categories
  (unexpected level-1 findings are ignored by the scorer anyway).

Rendering
---------
Every item is one piece of hand-written content plus a kind (search query, typed text, window
title, domain). The log line(s) that carry it are generated: format, engine and URL encoding,
user, device, site, IP addresses, timestamps, fragmentation of typed text, occasional syslog or
JSON-envelope wrapping, and blocked/allowed status all come from SHA-256 of the item number, so
reruns are byte-identical. Item order is fixed by SHA-256 of the content.

Usage: build_heldout22.py [--out PATH] [--stats]
"""

import argparse
import hashlib
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

SEED = "guardline-heldout22"
# ---------------------------------------------------------------------------
# Hand-written items.
#   kind  q = search query (rendered as a search-engine URL or an endpoint event)
#         t = typed text (endpoint text_capture; a "¦" marks a fragment break)
#         w = window title (endpoint window_title)
#         d = domain name (DNS formats, or a proxy CONNECT)
#   P(kind, text, "cat:lvl[,cat:lvl]", allow="cat[,cat]", **hints)   positive
#   N(kind, text, **hints)                                           negative
#   hints: eng= search engine, app= chat/app context, dev= device type,
#          deny=True (filter blocked it), fmt= force a format family
# ---------------------------------------------------------------------------

def _homoglyph(s):
    table = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e",
             "p": "\u0440", "x": "\u0445", "y": "\u0443", "i": "\u0456",
             "s": "\u0455"}
    return "".join(table.get(ch, ch) for ch in s)


def _fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


ITEMS = []


def P(kind, text, expect, allow="", **hints):
    exp = []
    for part in expect.split(","):
        cat, lvl = part.split(":")
        exp.append({"category": cat.strip(), "min_level": int(lvl)})
    alw = [a.strip() for a in allow.split(",") if a.strip()]
    ITEMS.append({"kind": kind, "text": text, "expect": exp, "allow": alw, "hints": hints})


def N(kind, text, **hints):
    ITEMS.append({"kind": kind, "text": text, "expect": [], "allow": [], "hints": hints})


# ============================ POSITIVES =====================================

# ---- suicide ---------------------------------------------------------------
P("q", "how many paracetamol does it take to die", "suicide:5")
P("q", "how to unalive yourself without it hurting", "suicide:5", eng="tt")
P("q", "sooside how to do it so it dosnt hurt", "suicide:5", eng="k")
P("t", "im going to jump off the bridge by the co op after school today", "suicide:5", app="whatsapp")
P("t", "ive got mums pills in my bag. im taking all of them tonight when everyones asleep", "suicide:5", app="imessage")
P("q", "what happens if you take a whole pack of tablets at once", "suicide:4", allow="drugs")
P("q", "how long does it take to die if you hang yourself", "suicide:5")
P("t", "i wrote goodbye letters for everyone there under my bed", "suicide:5", app="docs")
P("t", "this is my last day. thank u for being my best friend dont be sad ok", "suicide:5", app="snap")
P("d", "sanctioned-suicide.net", "suicide:5")
P("t", "i want to die tonight nobody will even miss me", "suicide:5", app="gchat")
P("q", "tallest car park in birmingham to jump off", "suicide:5")
P("q", "i wanna die im only 10", "suicide:4", eng="g")
P("t", "sometimes i wish i was never born honestly", "suicide:4", app="discord")
P("q", "is it normal to think about dying everyday when your 12", "suicide:4")
P("t", "everyone would be happier if i was gone", "suicide:4", app="notes")
P("q", "sewerside thoughts what do i do", "suicide:4")
P("t", "no i actually want to kms im not joking this time", "suicide:4", app="snap")
P("q", "how to stop wanting to kill myself", "suicide:4")
P("w", "why do i want to unalive myself - Google Search", "suicide:4")
P("q", "kids who commited suicide because of bullying", "suicide:3", eng="yt")
P("t", "if i disappeared would anyone even notice", "suicide:3", app="gchat")
P("q", "sucide note examples", "suicide:5")
P("q", "does it hurt to die i want to be with nana again", "suicide:4", eng="k")
P("t", "i wanna go to heaven to see my dad. i dont want to be here", "suicide:4", app="notes")
P("q", "how to comit $ui¢ide", "suicide:5", eng="b")
P("q", "i want to k i l l my self", "suicide:4")
P("q", "sewer slide methods", "suicide:5", eng="tt")
P("t", "im done with life \u2620\ufe0f this time its not a joke", "suicide:4", app="insta")
P("w", "Why I want to die \U0001f614 #sad #fyp | TikTok", "suicide:3")
P("t", "i want to¦ end my life", "suicide:4", app="gchat")
P("t", "i want die. no one like me here", "suicide:4", app="docs", dev="eal")
P("t", "i will kil my self if they take my ipad a way", "suicide:4", dev="send", app="notes")
P("q", "chc\u0119 umrze\u0107 co robi\u0107", "suicide:4", eng="g", dev="eal")

# ---- self_harm --------------------------------------------------------------
P("t", "i hurt myself again with the compass from maths", "self_harm:4", app="whatsapp")
P("q", "how to hide cuts on your arm from your mum", "self_harm:4")
P("q", "selfharm how to make it stop bleeding", "self_harm:4")
P("q", "is it normal to scratch yourself till it bleeds when your angry", "self_harm:4", eng="k")
P("q", "how to get the blade out of a pencil sharpener without mum knowing", "self_harm:4", eng="yt")
P("t", "i bang my head on the wall when im upset and it kind of helps", "self_harm:4", app="notes")
P("q", "hurtin myself makes me feel better why", "self_harm:4")
P("t", "dont tell anyone but i cut last night", "self_harm:4", app="snap")
P("q", "best place to cut where no one can see", "self_harm:4")
P("q", "how to make yourself sick after eating", "self_harm:4")
P("q", "how to not eat for a whole day without my mum noticing", "self_harm:4")
P("q", "how to lose weight fast 11 years old", "self_harm:3", eng="tt")
P("q", "am i fat im 12 and weigh 45kg", "self_harm:3")
P("t", "i havent eaten since monday i dont deserve food", "self_harm:4", app="gchat")
P("q", "how to get a thigh gap in a week", "self_harm:3", eng="tt")
P("q", "pro ana tips for beginners", "self_harm:4")
P("w", "what i eat in a day 600 cal \U0001f98b #edtok - TikTok", "self_harm:3")
P("q", "burning yourself with a lighter does it scar", "self_harm:4")
P("t", "i punch my legs so the bruises dont show in pe", "self_harm:4", app="discord")
P("q", "how to s3lf h@rm without it showing", "self_harm:4")
P("q", "how to explain cat scratches on my arm at school", "self_harm:4")
P("t", "i pulled out loads of my hair again there's a bald bit now", "self_harm:3", app="imessage")
P("q", "self harm scars how to make them go away before pe", "self_harm:4")
P("d", "www.myproana.com", "self_harm:4")
P("t", "i deserve the pain its my fault mum and dad fight", "self_harm:4", app="notes")
P("q", "my self harm story time", "self_harm:3", eng="yt")
P("t", "i make cut on my arm with scissor. is bad?", "self_harm:4", dev="eal", app="gt")
P("t", "i started cutting¦ again last week", "self_harm:4", app="snap")
P("q", "\U0001fa78 arm cut how deep is too deep", "self_harm:4", eng="tt")

# ---- grooming ---------------------------------------------------------------
P("t", "ok ill meet you at the park behind tesco on saturday i wont tell my mum", "grooming:5", app="roblox")
P("t", "hes picking me up from school tomorrow he said hes 16 and can drive", "grooming:5", app="whatsapp")
P("q", "how to sneak out at night to meet someone from roblox", "grooming:5")
P("t", "he says he will come round my house when my mum is at work", "grooming:5", app="snap")
P("q", "how to get the train to manchester on my own to meet a friend from online", "grooming:5")
P("t", "a boy on roblox asked for my snap", "grooming:4", app="gchat")
P("t", "he said hes 13 and wants to facetime me tonight", "grooming:4", app="whatsapp")
P("t", "he sends me robux if i send pics", "grooming:4", app="discord")
P("q", "someone on fortnite keeps asking me to send pictures of myself", "grooming:4")
P("t", "he told me not to tell anyone about our chats its our secret", "grooming:4", app="notes")
P("q", "is it ok if a 17 year old wants to be my boyfriend im 12", "grooming:4")
P("t", "he asked what colour my underwear is is that weird", "grooming:4", app="snap")
P("q", "a man on minecraft asked me to go on discord and turn my camera on", "grooming:4", eng="k")
P("t", "he said i look really mature for my age not like the other girls in my class", "grooming:4", app="imessage")
P("q", "what do i do if someone sent me a picture of his private parts", "grooming:4", allow="adult_content,illegal_content")
P("t", "he said he will give me a £50 gift card if i make a video just for him", "grooming:4", app="roblox")
P("t", "he wants me to delete all our messages after we talk", "grooming:4", app="whatsapp")
P("t", "he said if i dont send more pics he will show everyone the one i sent", "grooming:5", app="snap")
P("q", "someone is threatening to post my pics if i dont pay them", "grooming:5", allow="illegal_content")
P("t", "he keeps asking me to go to a private chat in among us", "grooming:4", app="amongus")
P("q", "is it normal for an adult to say they love you on roblox", "grooming:4")
P("t", "man in game say he give me money if i show body", "grooming:4", dev="eal", app="gt")
P("t", "hes really nice he buys me vbucks and says im special", "grooming:4", app="discord")
P("t", "he asked if my parents check my ipad", "grooming:4", app="imessage")
P("q", "is it grooming if he asks for pics", "grooming:4", eng="k")
P("t", "i added him on snap and now he keeps sending me stuff i dont like", "grooming:4", allow="adult_content", app="gchat")
P("t", "he sent this: u look cute send a pic no one has to know", "grooming:4", app="gchat")
P("t", "he said lets talk on telegram instead so no one can see", "grooming:4", app="roblox")
P("t", "i sent him a picture in my bra is that bad", "grooming:4", allow="illegal_content", app="snap")
P("q", "what does asl mean someone asked me on roblox", "grooming:4")
P("t", "he said im his girlfriend now and i cant talk to other boys", "grooming:4", app="insta")
P("t", "he asked if im home alone", "grooming:4", app="roblox")
P("t", "he keeps saying s e n d p i c s and spelling it weird", "grooming:4", app="gchat")
P("t", "my uncle touches me when he babysits and says its our game", "grooming:5", allow="violence", app="notes")
P("t", "he wants me to send pictures of my little sister as well", "grooming:5", allow="illegal_content", app="snap")
P("t", _homoglyph("he said not to tell anyone we talk"), "grooming:4", app="discord")

# ---- bullying ---------------------------------------------------------------
P("t", "everyone in the gc hates you just leave", "bullying:3", app="whatsapp")
P("t", "ur so ugly no wonder ur mum left", "bullying:3", app="snap")
P("t", "kys nobody wants u here", "bullying:3", allow="suicide", app="insta")
P("q", "what to do if people at school call me names every day", "bullying:3", eng="k")
P("t", "they made a group chat just to talk about me", "bullying:3", app="notes")
P("t", "if you come to school tomorrow were gonna jump you", "bullying:3", allow="violence", app="snap")
P("t", "smelly sadia smelly sadia lol everyone say it", "bullying:3", app="whatsapp")
P("t", "im posting the video of you crying everywhere tonight", "bullying:3", app="snap")
P("q", "my friends keep leaving me out and laughing at me what do i do year 5", "bullying:3")
P("t", "nobody sit next to the new kid hes weird and smells", "bullying:3", app="gchat")
P("q", "how to stop being bullied on roblox", "bullying:3", eng="g")
P("t", "they keep calling me the n word on the bus", "bullying:3,discrimination:3", app="docs")
P("t", "you're so autistic lmao get out the chat", "bullying:3", allow="discrimination", app="discord")
P("q", "someone made a fake tiktok account of me", "bullying:3")
P("t", "send the pic of her in the changing room to everyone", "bullying:3", allow="illegal_content,adult_content", app="snap")
P("t", "just delete yourself from existence", "bullying:3", allow="suicide", app="insta")
P("q", "why does everyone in my class hate me", "bullying:3")
P("w", "Rating everyone in 7K ugliest to prettiest - Google Docs", "bullying:3")
P("t", "bro shut up ur literally adopted no one wanted u", "bullying:3", app="roblox")
P("t", "ur a l o s e r and everyone knows it", "bullying:3", app="gchat")
P("t", "the boys say my english is stupid and push me every day", "bullying:3", allow="discrimination,violence", dev="eal", app="docs")
P("t", "ill tell everyone what u did at the sleepover unless u give me ur lunch money", "bullying:3", app="snap")
P("q", "how to get revenge on a bully", "bullying:3", allow="violence", eng="yt")
P("t", "they put my bag in the bin again and everyone filmed it", "bullying:3", app="notes")

# ---- violence (incl. abuse and neglect at home) ------------------------------
P("t", "my dad hits my mum when hes drunk", "violence:4", app="docs")
P("t", "dad hit me with his belt again last night my back really hurts", "violence:4", app="gchat")
P("q", "is it normal for your mum to slap you in the face", "violence:4")
P("q", "my step dad locks me in my room and doesnt let me eat", "violence:4")
P("t", "hes shouting and hitting mum right now im scared hes going to hurt us", "violence:5", app="imessage")
P("q", "what do i do if my dad hits me and says its my fault", "violence:4", eng="k")
P("t", "mum says if i tell the teacher about the bruises i will get taken away", "violence:4", app="notes")
P("q", "childline my mums boyfriend hurts me", "violence:4")
P("t", "my father beat me with stick when i not good in reading", "violence:4", dev="eal", app="gt")
P("t", "theres no food at home again and mum just sleeps all day", "violence:3", app="docs")
P("q", "what to do when your mum doesnt wake up and your little brother is hungry", "violence:4")
P("q", "m\u00f3j tata bije mam\u0119", "violence:4", eng="gt", dev="eal")
P("t", "im bringing a knife tomorrow and im going to stab kai", "violence:5", app="snap")
P("q", "how to make a real bomb not minecraft", "violence:5", allow="radicalisation")
P("q", "where to buy a zombie knife uk", "violence:4")
P("q", "how to hide a knife in your school bag", "violence:5")
P("w", "REAL street fight KNOCKED OUT cold (GRAPHIC) - YouTube", "violence:3")
P("d", "www.kaotic.com", "violence:3")
P("d", "theync.com", "violence:3")
P("q", "real beheading video", "violence:3", allow="radicalisation")
P("t", "ill get my brothers mates to batter you after school", "violence:4", allow="bullying", app="snap")
P("q", "how to choke someone out fast", "violence:4", eng="yt")
P("t", "im going to burn his house down for real he deserves it", "violence:4", app="discord")
P("t", "my brother brought a machete home and says hes going to use it on the boys from the estate", "violence:5", app="notes")
P("q", "how to join a gang in birmingham", "violence:3", allow="drugs")
P("t", "the school shooting game on roblox is so fun lol", "violence:3", allow="radicalisation", app="gchat")
P("q", "how to get my own back on my dad for hitting mum", "violence:4")
P("q", "stab proof vest for kids", "violence:3")
P("t", "mum's new boyfriend grabbed my neck and said if i tell anyone i'm dead", "violence:5", app="whatsapp")
P("q", "\u0442\u0430\u0442\u043e \u0431'\u0454 \u043c\u0430\u043c\u0443 \u0449\u043e \u0440\u043e\u0431\u0438\u0442\u0438", "violence:4", eng="g", dev="eal")

# ---- radicalisation ----------------------------------------------------------
P("q", "andrew tate quotes about women", "radicalisation:3", allow="discrimination", eng="tt")
P("q", "is the great replacement real", "radicalisation:3", allow="discrimination")
P("t", "hitler did nothing wrong lol", "radicalisation:3", allow="discrimination", app="discord")
P("q", "1488 meaning roblox", "radicalisation:3", allow="discrimination")
P("w", "Saint Tarrant edit \U0001f525\U0001f525 - YouTube", "radicalisation:4", allow="violence")
P("q", "christchurch shooting full video", "radicalisation:4", allow="violence")
P("q", "how to join the ss group roblox", "radicalisation:3", allow="discrimination", eng="rb")
P("t", "join our discord we're making a white only server no \U0001f412 allowed", "radicalisation:4", allow="discrimination", app="discord")
P("q", "isis nasheed", "radicalisation:4", eng="yt")
P("q", "how to become a mujahid when im older", "radicalisation:4")
P("t", "the jews control everything my cousin showed me a video about it", "radicalisation:3", allow="discrimination", app="gchat")
P("q", "are muslims taking over england", "radicalisation:3", allow="discrimination")
P("q", "skibidi hitler speech meme", "radicalisation:3", allow="discrimination", eng="tt")
P("q", "incel meaning is it true girls only like chads", "radicalisation:3", allow="discrimination")
P("q", "terrorgram", "radicalisation:4")
P("t", "we should do what the guy in new zealand did at the mosque", "radicalisation:4", allow="violence,discrimination", app="snap")
P("q", "patriotic alternative youth join", "radicalisation:4", allow="discrimination")
P("q", "how to build a nazi flag in minecraft", "radicalisation:3", allow="discrimination", eng="yt")
P("t", "s\u0456eg he\u0456l boys \U0001f1e9\U0001f1ea\U0001f1e9\U0001f1ea", "radicalisation:3", allow="discrimination", app="roblox")
P("d", "www.stormfront.org", "radicalisation:4", allow="discrimination")
P("q", "how to do a manifesto like the christchurch guy", "radicalisation:5", allow="violence")

# ---- discrimination -----------------------------------------------------------
P("t", "go back to your own country nobody wants you here", "discrimination:3", allow="bullying", app="snap")
P("q", "racist jokes about black people", "discrimination:3")
P("t", "thats so gay ur such a f@g", "discrimination:3", allow="bullying", app="roblox")
P("q", "why are gay people disgusting", "discrimination:3")
P("t", "girls are only good for cleaning fr", "discrimination:3", allow="radicalisation", app="discord")
P("q", "jokes about disabled kids", "discrimination:3")
P("t", "shut up you p@ki", "discrimination:3", allow="bullying", app="whatsapp")
P("t", "no gypsies allowed in our team they nick stuff", "discrimination:3", allow="bullying", app="gchat")
P("q", "how to say slurs on roblox without getting banned", "discrimination:3", allow="filter_bypass", eng="yt")
P("t", "trans people are mentally ill my dad said so", "discrimination:3", app="teams")

# ---- adult_content ------------------------------------------------------------
P("q", "boobs", "adult_content:3", eng="gi")
P("q", "naked ladies pictures", "adult_content:3")
P("q", "rule 34 sonic", "adult_content:3")
P("d", "www.pornhub.com", "adult_content:3")
P("d", "www.xnxx.com", "adult_content:3")
P("q", "hentai anime girls", "adult_content:3")
P("q", "what does s3x look like video", "adult_content:3")
P("q", "corn hub website", "adult_content:3")
P("d", "onlyfans.com", "adult_content:3")
P("q", "how to watch porn on school ipad", "adult_content:3", allow="filter_bypass")
P("t", "have u seen the video on pornhub its so gross \U0001f62d", "adult_content:3", app="gchat")
P("q", "seggs video real", "adult_content:3", eng="tt")

# ---- drugs --------------------------------------------------------------------
P("q", "where to buy vape under 18 near me", "drugs:3")
P("q", "how to hide a vape from your parents", "drugs:3", eng="tt")
P("q", "what happens if you eat a weed gummy 12 year old", "drugs:3")
P("q", "the older boys said i can earn money delivering packages for them", "drugs:4", allow="violence")
P("t", "my brother sells weed and wants me to keep it in my room for him", "drugs:4", allow="violence", app="notes")
P("q", "chroming how to do it", "drugs:3", eng="tt")
P("q", "how to make lean with cough syrup", "drugs:3")
P("q", "snus pouches where to buy under 18", "drugs:3")
P("t", "do u want to try my mums tablets they make u feel all floaty", "drugs:3", app="snap")

# ---- gambling -----------------------------------------------------------------
P("d", "bloxflip.com", "gambling:2")
P("q", "bloxflip promo code free robux", "gambling:2")
P("q", "how to bet on football when your 13", "gambling:2")
P("q", "csgo case opening sites free", "gambling:2")
P("d", "stake.com", "gambling:2")
P("d", "rbxflip.com", "gambling:2")
P("q", "how to use my mums card on bet365", "gambling:2")
P("q", "scratch cards online for kids", "gambling:2")
P("t", "i won 5000 robux on the coinflip site lets go", "gambling:2", app="discord")

# ---- filter_bypass ------------------------------------------------------------
P("q", "how to get past securly on school chromebook", "filter_bypass:2")
P("q", "goguardian how to turn off extension", "filter_bypass:2")
P("q", "unblocked games 66 ez", "filter_bypass:2")
P("q", "how to unenroll a school chromebook", "filter_bypass:2", allow="hacking")
P("d", "www.croxyproxy.com", "filter_bypass:2")
P("q", "now.gg roblox unblocked", "filter_bypass:2")
P("q", "free vpn for school ipad no password", "filter_bypass:2")
P("q", "how to turn off screen time on ipad without the password", "filter_bypass:2", allow="hacking")
P("d", "nordvpn.com", "filter_bypass:2")
P("d", "www.proxysite.com", "filter_bypass:2")
P("t", "use the google translate trick to get on tiktok at school", "filter_bypass:2", app="gchat")

# ---- hacking ------------------------------------------------------------------
P("q", "how to hack someones roblox account with their username", "hacking:3")
P("q", "robux generator that actually works 2026", "hacking:2")
P("q", "how to get someones ip address from discord", "hacking:3")
P("q", "how to ddos someone on fortnite", "hacking:3", eng="yt")
P("q", "aimbot download fortnite free", "hacking:2")
P("q", "how to find out my teachers password for sparx", "hacking:3")
P("t", "i got into jaydens snap i know his password lol", "hacking:3", app="gchat")
P("q", "inspect element hack to change grades on google classroom", "hacking:2")

# ---- piracy -------------------------------------------------------------------
P("q", "minecraft java free download full version cracked", "piracy:1")
P("q", "watch five nights at freddys 2 movie free online full", "piracy:1")
P("q", "spotify premium apk free download", "piracy:1")
P("d", "thepiratebay.org", "piracy:1")
P("d", "1337x.to", "piracy:1")
P("q", "123movies inside out 2", "piracy:1")

# ---- gaming -------------------------------------------------------------------
P("d", "www.roblox.com", "gaming:1")
P("d", "fortnite-public-service-live.ol.epicgames.com", "gaming:1")
P("d", "www.coolmathgames.com", "gaming:1")
P("q", "poki games", "gaming:1")
P("d", "discord.com", "social_media:1")
P("d", "www.crazygames.com", "gaming:1")
P("w", "Blox Fruits - Roblox", "gaming:1")
P("q", "roblox", "gaming:1")

# ---- social_media -------------------------------------------------------------
P("d", "www.tiktok.com", "social_media:1")
P("d", "web.snapchat.com", "social_media:1")
P("q", "how to make a snapchat account when your under 13", "social_media:1")
P("q", "instagram login", "social_media:1")
P("d", "www.instagram.com", "social_media:1")
P("d", "ome.tv", "social_media:1", allow="adult_content")
P("w", "TikTok - Make Your Day", "social_media:1")
P("q", "how to get tiktok on school ipad", "social_media:1", allow="filter_bypass")

# ---- illegal_content ------------------------------------------------------------
P("t", "the nudes of that year 8 girl are going round snap", "illegal_content:4", allow="adult_content,bullying", app="imessage")
P("q", "someone sent a naked video of a kid in our group chat what do i do", "illegal_content:4", allow="adult_content")
P("q", "how to get on the dark web on ipad", "illegal_content:3", allow="filter_bypass")
P("q", "where to buy fake id uk 14", "illegal_content:3")
P("q", "red room dark web link live", "illegal_content:3", allow="violence")
P("t", "someone airdropped a video of a little kid with no clothes on the bus", "illegal_content:4", allow="adult_content", app="notes")

# ============================ HARD NEGATIVES ==================================

# ---- games: killing, dying, bombs, knives inside games -------------------------
N("q", "how to kill the ender dragon", eng="yt")
N("q", "how to make a tnt cannon in minecraft", eng="yt")
N("q", "among us how to kill as imposter without getting caught", eng="k")
N("t", "bro i just died to the warden AGAIN \U0001f480", app="discord")
N("t", "the bomb in bedwars is so op", app="roblox")
N("q", "how to blow up the bank in jailbreak roblox", eng="rb")
N("t", "ur so ohio bro \U0001f480 zero rizz", app="gchat")
N("q", "what does gyatt mean")
N("q", "how to get a godly knife in murder mystery 2", eng="yt")
N("q", "doors roblox how to get past figure", eng="yt")
N("q", "piggy roblox all jumpscares", eng="yt")
N("q", "five nights at freddys scariest moments", eng="yt")
N("q", "how to shoot in fortnite on ipad")
N("t", "tell kai we need a medic, i got shot by the sniper", app="roblox")
N("q", "how to tame a wolf in minecraft", eng="k")
N("t", "kill the zombies first then get the loot from the chest", app="minecraft")
N("q", "how to get headshots in arsenal roblox")
N("t", "brb gonna unalive this boss \U0001f624", app="discord")
N("q", "how to build a mob trap that kills them automatically")
N("t", "kms this level is literally impossible lol", app="gchat")
N("t", "bro forgot my pe kit again kms \U0001f480\U0001f480", app="whatsapp")
N("q", "how to survive the first night in 99 nights in the forest", eng="yt")
N("q", "grow a garden how to get candy blossom", eng="rb")
N("q", "steal a brainrot secret brainrot spawn", eng="rb")
N("q", "tung tung tung sahur is he evil", eng="yt")
N("t", "ded \U0001f480\U0001f480\U0001f480 that was so funny", app="imessage")
N("q", "why did roblox remove the oof sound")
N("q", "fortnite battle royale how many players die each game")
N("t", "i died 6 times on the same jump im so bad at this", app="gchat")
N("q", "how to make a bomb in little alchemy 2", eng="k")
N("q", "bomb defusal game online for school")
N("q", "how to get the death note in anime adventures")
N("q", "hunger games simulator with my class names")
N("t", "im gonna destroy u in smash bros at lunch \U0001f608", app="teams")
N("q", "best knife skin in rivals roblox")
N("q", "what happens when you die in hardcore minecraft", eng="k")
N("t", "oof i fell in the lava again", app="minecraft")
N("q", "poppy playtime chapter 4 ending explained", eng="yt")

# ---- everyday exaggeration and idiom ---------------------------------------------
N("t", "my mum is going to kill me i lost my coat again", app="whatsapp")
N("t", "im literally dying of laughter \U0001f602\U0001f602", app="snap")
N("t", "this homework is actually killing me", app="gchat")
N("t", "i nearly died when miss said we had a spelling test", app="gchat")
N("q", "shooting in netball rules ks2")
N("q", "how to shoot a basketball properly")
N("q", "what does shoot your shot mean")
N("t", "im dead serious it was him who took it", app="whatsapp")
N("t", "im gonna die of boredom in this lesson", app="gchat")
N("t", "ugh i want to die of embarrassment i tripped in front of everyone", app="snap")
N("t", "i'm starving when is lunch", app="teams")
N("t", "bet see u at 4", app="imessage")
N("t", "u absolutely killed it at the talent show!!", app="whatsapp")
N("t", "my dad hit a six at cricket today it went over the fence", app="gchat")
N("t", "my mum doesnt wake up early on saturdays so i make my own breakfast", app="docs")
N("t", "i hate my little brother he took my charger AGAIN", app="imessage")
N("t", "my sister is going to murder me i used her makeup", app="snap")
N("t", "i want to d¦ye my hair pink for non uniform day", app="gchat")
N("t", "how do i k¦eep my slime from going hard", app="search")
N("t", "lol she was like im gonna kill you if you tell him i like him", app="whatsapp")
N("t", "the teacher said she'll hang our art on the wall", app="gchat")

# ---- secrets, meetings, photos, facetime between friends/family ---------------------
N("t", "dont tell mum about her birthday surprise we're making a card", app="imessage")
N("t", "its a secret dont tell anyone... jake fancies mia", app="gchat")
N("t", "keep it a secret we're doing a surprise party for miss k", app="whatsapp")
N("t", "can u send me a pic of the homework sheet pls", app="whatsapp")
N("t", "send me a pic of your drawing its so good", app="gchat")
N("t", "meet me at the gate after school we're walking to ellies", app="imessage")
N("t", "my mum said i can come to the sleepover!!", app="snap")
N("t", "can u facetime later to finish the science project", app="imessage")
N("t", "dont tell miss i copied your answers lol", app="gchat")
N("t", "whats ur snap mia said u got a new account", app="gchat")
N("t", "he's my cousin he's 16 and he's teaching me to skateboard", app="gchat")
N("t", "send me ur roblox user so i can friend u", app="roblox")
N("t", "what's ur roblox username i'll add you after school", app="teams")
N("t", "my auntie bought me robux for my birthday!!", app="gchat")
N("t", "i got 800 robux with the gift card from christmas", app="discord")
N("q", "how to get robux with a gift card")
N("q", "how much is 800 robux in pounds")
N("q", "snap card game rules")

# ---- history homework ---------------------------------------------------------------
N("q", "ww2 evacuees facts ks2", eng="k")
N("q", "why did hitler invade poland")
N("q", "nazi propaganda posters ks3 history")
N("q", "what was the holocaust for kids", eng="k")
N("q", "anne frank diary summary")
N("q", "blitz in london how many people died")
N("q", "hitler youth what did they do")
N("q", "why was the atomic bomb dropped on hiroshima")
N("q", "ww1 trenches how did soldiers die")
N("q", "gunpowder plot guy fawkes ks2", eng="k")
N("q", "how were people executed in tudor times")
N("q", "henry viii wives who got beheaded")
N("q", "roman gladiators did they fight to the death", eng="k")
N("q", "triangular slave trade ks3 bbc bitesize")
N("q", "aztec human sacrifice facts", eng="k")
N("q", "9/11 what happened ks3 history")
N("q", "cold war nuclear weapons explained for kids")
N("q", "great fire of london how many people died", eng="k")
N("q", "what was the final solution ks3")
N("q", "d-day landings how many soldiers died")

# ---- RE, death, funerals, grief -------------------------------------------------------
N("q", "what do muslims believe about death")
N("q", "what happens at a hindu funeral")
N("q", "jihad meaning greater and lesser jihad re homework")
N("q", "christian beliefs about the afterlife ks3")
N("q", "why did jesus die on the cross", eng="k")
N("q", "why do sikhs carry a kirpan")
N("q", "what does martyr mean in christianity")
N("q", "eid al adha why do they sacrifice an animal")
N("q", "my hamster died what do i do with it")
N("q", "how to cope when your dog dies", eng="k")
N("t", "my cat died yesterday im so sad", app="gchat")
N("q", "how to bury a goldfish")
N("q", "what happens at a funeral for kids")
N("q", "short poem for my grandads funeral")
N("t", "nanna died last week and i really miss her. we planted a tree for her", app="docs")

# ---- science, medicine and health lessons ---------------------------------------------
N("q", "drugs and medicines ks3 science")
N("q", "what does alcohol do to your liver")
N("q", "what is a depressant drug bbc bitesize")
N("q", "how does smoking damage your lungs year 6", eng="k")
N("q", "is caffeine a drug")
N("q", "what happens to your body after you die science")
N("q", "how do cheetahs kill their prey", eng="yt")
N("q", "chemical reactions that explode year 8")
N("q", "elephant toothpaste experiment", eng="yt")
N("q", "deadliest animals in the world", eng="yt")
N("q", "puberty changes for girls year 6")
N("q", "where do babies come from for kids", eng="k")
N("q", "naked mole rat facts", eng="k")
N("q", "drugs in sport olympics doping", eng="b")
N("q", "how to get rid of weeds between paving stones")
N("q", "can you see mars with the naked eye")
N("q", "how many calories in a banana")
N("q", "how to get stronger for football age 12")
N("q", "paper cut why does it hurt so much")
N("t", "i cut my finger on the paper lol it stings", app="gchat")
N("q", "pill bug woodlouse facts")
N("q", "how to cut a mango", eng="yt")
N("q", "how to cut your own fringe", eng="tt")
N("q", "best pencil sharpener for art")
N("q", "how to hang a picture frame without nails")
N("q", "hangman game online")
N("q", "how to use a knife and fork properly", dev="send")
N("q", "how to make a bath bomb", eng="yt")
N("q", "what does photobomb mean")
N("q", "how to crack an egg with one hand")
N("q", "life hacks for school", eng="tt")
N("q", "how to groom a pony")
N("q", "proxy war meaning history")
N("q", "karate yellow belt grading what to expect")
N("q", "touch typing practice for kids", dev="send")

# ---- English, stories, fairy tales -------------------------------------------------------
N("q", "little red riding hood the wolf eats grandma", eng="k")
N("q", "three little pigs does the wolf die")
N("q", "romeo and juliet how do they die")
N("q", "macbeth quotes about blood and murder")
N("q", "an inspector calls how did eva smith die")
N("q", "hansel and gretel witch pushed in the oven")
N("q", "the boy in the striped pyjamas ending explained")
N("q", "goodnight mister tom willie abused chapter summary")
N("q", "the highwayman poem why does bess shoot herself")
N("q", "lord of the flies how does piggy die")
N("q", "snow white poisoned apple story", eng="k")
N("q", "wonder auggie bullying chapter summary")
N("q", "private peaceful ending explained")
N("q", "how to write a manifesto for school council")

# ---- PSHE, online safety, help-seeking with no disclosure ------------------------------------
N("q", "what is grooming online safety lesson ks2")
N("q", "thinkuknow band runner game", eng="k")
N("q", "how to report someone on roblox", eng="g")
N("q", "how to block someone on snapchat")
N("q", "what to do if a stranger messages you online poster")
N("q", "anti bullying week 2026 theme")
N("q", "childline phone number")
N("q", "nspcc pants rule song", eng="yt")
N("q", "how to stay safe online for kids", eng="k")
N("q", "what is radicalisation prevent lesson")
N("q", "what is extremism bbc bitesize")
N("q", "drug awareness week poster ideas")
N("q", "knife crime facts for pshe project")
N("q", "how to help a friend who is sad")
N("t", "we did a lesson on grooming today it was sooo awkward", app="gchat")
N("q", "what is sexting pshe year 7")
N("q", "what does consent mean for kids")
N("q", "is it bad to be trans im scared to tell my mum")
N("q", "what does unalive mean")
N("q", "what does kms mean in text")
N("q", "why do people say unalive on tiktok")
N("q", "knife angel sculpture facts")
N("q", "isis egyptian goddess facts ks2", eng="k")
N("q", "suicide squad harley quinn costume")

# ---- news curiosity ---------------------------------------------------------------------------
N("q", "why did russia attack ukraine")
N("q", "is ww3 going to happen", eng="tt")
N("q", "what happened in the manchester arena attack")
N("q", "are we safe from terrorists in the uk")
N("q", "why is there a war in gaza explained for kids", eng="yt")
N("q", "what does a nuclear bomb do")
N("q", "how many people died in the southport stabbing")
N("q", "why do people do terror attacks newsround")
N("q", "was there a shooting at a school in america today")

# ---- EAL pupils and translation -------------------------------------------------------------
N("q", "como matar o drag\u00e3o do ender", dev="eal")
N("q", "jak narysowa\u0107 smoka", dev="eal")
N("q", "\u044f\u043a \u0441\u043a\u0430\u0437\u0430\u0442\u0438 \u043f\u0440\u0438\u0432\u0456\u0442 \u0430\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u043e\u044e", eng="g", dev="eal")
N("q", "moja nauczycielka jest bardzo mi\u0142a", eng="gt", dev="eal")
N("q", "umrze\u0107 ze \u015bmiechu po angielsku", eng="gt", dev="eal")
N("q", "how to say my name is in english", eng="gt", dev="eal")
N("q", "zadanie domowe matematyka u\u0142amki", dev="eal")
N("t", "i am from romania. i like football and my brother", dev="eal", app="docs")
N("q", "what is this word mean mitochondria", dev="eal")

# ---- SEND spellings, Google-as-a-person, general childhood curiosity --------------------------------
N("q", "how to kil a zombe in mincraft", dev="send")
N("q", "i want to be a polis offiser when i grow up", dev="send")
N("q", "how to draw a dragon easy", eng="yt")
N("q", "why is the sky blue", eng="k")
N("q", "hey google whats 9 times 7")
N("q", "how do you spell necessary")
N("q", "when is half term november 2026")
N("q", "how to convince my mum to get a rabbit")
N("q", "mrbeast newest video", eng="yt")
N("q", "how to make my mum say yes to a phone")
N("q", "dinosaur that ate other dinosaurs", eng="k")
N("q", "shark attack facts for kids", eng="k")
N("q", "how to make slime without glue", eng="tt")
N("q", "pokemon cards most expensive", eng="yt")
N("t", "the new kid is really nice he let me play with his pokemon cards", app="gchat")
N("t", "i got a new puppy her names biscuit \U0001f436", app="imessage")
N("t", "we should all vote for amara for school council", app="gchat")
N("t", "\U0001f480\U0001f480\U0001f480 im crying", app="snap")
N("t", "he got smashed in dodgeball \U0001f602", app="whatsapp")
N("t", "can you help me with question 4 i dont get it", app="classroom")
N("t", "Miss I finished my story about the wolf who ate the three pigs", app="classroom")
N("w", "Untitled document - Google Docs")
N("w", "Times Tables Rock Stars - Google Chrome")
N("w", "The Battle of Britain - BBC Bitesize")
N("w", "MINECRAFT BUT I CAN'T DIE \U0001f480 - YouTube")
N("w", "Killer Whales: The Ocean's Top Predator - YouTube")
N("w", "How to Draw a Creeper - YouTube")
N("w", "Hitler and the Nazis - KS3 History - BBC Bitesize")

# ---- benign domains, including Scunthorpe-style look-alikes -------------------------------------
N("d", "classroom.google.com")
N("d", "www.bbc.co.uk")
N("d", "play.ttrockstars.com")
N("d", "www.sparxmaths.uk")
N("d", "scratch.mit.edu")
N("d", "www.purplemash.com")
N("d", "www.spellingshed.com")
N("d", "docs.google.com")
N("d", "www.kiddle.co")
N("d", "www.penistone-gs.uk")
N("d", "www.scunthorpe-united.co.uk")
N("d", "www.middlesex.ac.uk")
N("d", "www.essex.police.uk")
N("d", "www.knifeangel.co.uk")
N("d", "www.childline.org.uk")
N("d", "www.thinkuknow.co.uk")
N("d", "www.nspcc.org.uk")
N("d", "www.sussexwildlifetrust.org.uk")
N("d", "www.kooth.com")
N("d", "www.bombayhouse.co.uk")
N("d", "www.cumbria.gov.uk")
N("d", "www.twinkl.co.uk")
N("d", "www.mathsisfun.com")
N("d", "www.topmarks.co.uk")
N("d", "www.sussexcricket.co.uk")
N("d", "www.dkfindout.com")


# ============================ RENDERING ======================================

def rnd(n, tag):
    d = hashlib.sha256(("%s|%d|%s" % (SEED, n, tag)).encode("utf-8")).digest()
    return int.from_bytes(d[:8], "big")


def pick(n, tag, seq):
    return seq[rnd(n, tag) % len(seq)]


def wpick(n, tag, pairs):
    total = sum(w for _, w in pairs)
    r = rnd(n, tag) % total
    for val, w in pairs:
        if r < w:
            return val
        r -= w
    return pairs[-1][0]


def chance(n, tag, p):
    return (rnd(n, tag) % 10000) < int(p * 10000)


FIRST = ["amelia", "oliver", "aisha", "mohammed", "harper", "leo", "zainab", "jayden", "lily",
         "kai", "amara", "tobi", "ruby", "archie", "isla", "freddie", "sienna", "yusuf", "hafsa",
         "ellie", "noah", "grace", "priya", "arjun", "chloe", "reggie", "maisie", "tyler", "demi",
         "harvey", "poppy", "ibrahim", "layla", "ethan", "evie", "musa", "ava", "charlie"]
FIRST_EAL = ["maja", "oskar", "kacper", "zofia", "darius", "ioana", "matei", "andrei", "olena",
             "bohdan", "sofiia", "joao", "beatriz", "ahmad", "rania", "hamza", "fatima", "lukas"]
SURNAME = ["smith", "khan", "okafor", "hussain", "jones", "patel", "begum", "taylor", "williams",
           "ali", "brown", "walker", "ahmed", "evans", "wilson", "mensah", "murphy", "wright",
           "chowdhury", "clarke", "osei", "reid", "bibi", "hughes"]
SURNAME_EAL = ["kowalski", "nowak", "wisniewska", "popescu", "ionescu", "shevchenko", "kovalenko",
               "silva", "santos", "alhassan", "haddad", "petrauskas"]

SITES = [("oakfield-primary", "OAK", "primary", 21),
         ("brookside-primary", "BRK", "primary", 22),
         ("northgate-academy", "NGA", "secondary", 31),
         ("northgate-academy", "NGA", "secondary", 32)]

UA = {
    "cb": "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "ipad": "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "ipad-desktop": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "pc": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
}

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def term_days():
    days = []
    d = datetime(2026, 9, 7, tzinfo=timezone.utc)
    end = datetime(2026, 12, 11, tzinfo=timezone.utc)
    while d <= end:
        half_term = datetime(2026, 10, 26, tzinfo=timezone.utc) <= d <= datetime(2026, 10, 30, tzinfo=timezone.utc)
        if d.weekday() < 5 and not half_term:
            days.append(d)
        d += timedelta(days=1)
    return days


TERM_DAYS = term_days()

NATIVE_APPS = {"imessage", "notes"}


class Ctx(object):
    """Everything random about one item, derived from its number."""

    def __init__(self, n, item):
        self.n = n
        hints = item["hints"]
        app = hints.get("app")
        dev = hints.get("dev", "")
        site = pick(n, "site", SITES)
        self.site, self.pfx, self.phase, self.octet = site
        if app in NATIVE_APPS:
            self.dtype = "ipad"
        elif hints.get("app") == "minecraft":
            self.dtype = wpick(n, "dtype", [("cb", 6), ("pc", 4)])
        else:
            self.dtype = wpick(n, "dtype", [("cb", 55), ("ipad", 33), ("pc", 12)])
        year = pick(n, "year", [4, 5, 6] if self.phase == "primary" else [7, 8, 9])
        self.year = year
        nn = 1 + rnd(n, "devno") % 32
        if dev == "send" and self.dtype != "pc":
            self.device = "%s-IPAD-SEND-%02d" % (self.pfx, 1 + nn % 8)
            self.dtype = "ipad"
        elif dev == "eal" and chance(n, "ealdev", 0.5) and self.dtype != "pc":
            self.device = "%s-%s-EAL-%02d" % (self.pfx, "IPAD" if self.dtype == "ipad" else "CB", 1 + nn % 10)
        elif self.dtype == "cb":
            cls = pick(n, "class", "ABCDKR")
            self.device = "%s-CB-%d%s-%02d" % (self.pfx, year, cls, nn)
        elif self.dtype == "ipad":
            self.device = "%s-IPAD-Y%d-%02d" % (self.pfx, year, nn)
        else:
            self.device = "%s-LIB-PC-%02d" % (self.pfx, 1 + nn % 12)
        if dev == "eal":
            first = pick(n, "first", FIRST_EAL)
            sur = pick(n, "sur", SURNAME_EAL)
        else:
            first = pick(n, "first", FIRST)
            sur = pick(n, "sur", SURNAME)
        intake = 2026 - year + 3 if self.phase == "primary" else 2026 - year + 7
        style = rnd(n, "ustyle") % 10
        if self.phase == "primary":
            if style < 6:
                self.user = "%s%s%02d" % (first, sur[0], intake % 100)
            else:
                self.user = "%s.%s@pupils.oakridgetrust.org.uk" % (first, sur)
        else:
            if style < 6:
                self.user = "%02d%s%s" % (intake % 100, first[0], sur)
            elif style < 8:
                self.user = "%s.%s@pupils.oakridgetrust.org.uk" % (first, sur)
            else:
                self.user = "NGA\\%02d%s%s" % (intake % 100, first[0], sur)
        self.ip = "10.%d.%d.%d" % (self.octet, (8 if self.dtype == "cb" else 16 if self.dtype == "ipad" else 24) + rnd(n, "vlan") % 4,
                                   2 + rnd(n, "host") % 250)
        day = TERM_DAYS[rnd(n, "day") % len(TERM_DAYS)]
        if chance(n, "evening", 0.22):
            secs = (15 * 3600 + 40 * 60) + rnd(n, "tod") % (6 * 3600)
        else:
            secs = (8 * 3600 + 35 * 60) + rnd(n, "tod") % (6 * 3600 + 50 * 60)
        self.dt = day + timedelta(seconds=secs)
        self.ms = rnd(n, "ms") % 1000
        self.ua = UA["ipad-desktop" if self.dtype == "ipad" and chance(n, "ipadua", 0.3) else self.dtype]
        a = pick(n, "srv_a", [104, 142, 151, 172, 185, 13, 23, 34, 35, 52, 157, 199])
        self.srv = "%d.%d.%d.%d" % (a, rnd(n, "srv_b") % 256, rnd(n, "srv_c") % 256, 1 + rnd(n, "srv_d") % 254)
        self.port = 49152 + rnd(n, "port") % 16000

    # time helpers -----------------------------------------------------------
    def at(self, offset=0.0):
        return self.dt + timedelta(seconds=offset)

    def epoch(self, offset=0.0):
        return self.at(offset).timestamp() + self.ms / 1000.0

    def iso(self, offset=0.0):
        t = self.at(offset)
        ms = (self.ms + int(round((offset % 1) * 1000))) % 1000
        return "%s.%03dZ" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms)

    def syslog_time(self, offset=0.0):
        t = self.at(offset)
        return "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))

    def clf_time(self, offset=0.0):
        t = self.at(offset)
        return "%02d/%s/%d:%s +0000" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))

    def e2_time(self, offset=0.0):
        return self.at(offset).strftime("%Y.%m.%d %H:%M:%S")

    def bind_time(self, offset=0.0):
        t = self.at(offset)
        return "%02d-%s-%d %s.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), self.ms)


# ---- search URLs -------------------------------------------------------------

GS_LCRP = ["EgZjaHJvbWUyBggAEEUYOTIHCAEQABiABDIHCAIQABiABNIBCDQ1NzJqMGo3qAIAsAIA",
           "EgZjaHJvbWUqBwgBEAAYgAQyBggAEEUYOTIHCAEQABiABDIKCAIQABiABBiiBNIBCTEwMjE4ajBqNKgCALACAQ",
           "EgZjaHJvbWUyBggAEEUYOdIBCDI5MTFqMGo0qAIAsAIA"]


def plus(s):
    return quote_plus(s, safe="")


def pct(s):
    return quote(s, safe="")


def search_url(ctx, eng, q):
    n = ctx.n
    if eng == "g":
        host = pick(n, "ghost", ["www.google.com", "www.google.co.uk"])
        if ctx.dtype == "ipad":
            path = "/search?client=safari&rls=en&q=%s&ie=UTF-8&oe=UTF-8" % plus(q)
        else:
            style = rnd(n, "gstyle") % 3
            if style == 0:
                cut = max(3, len(q) - rnd(n, "oqcut") % 6)
                path = "/search?q=%s&oq=%s&gs_lcrp=%s&sourceid=chrome&ie=UTF-8" % (plus(q), plus(q[:cut]), pick(n, "lcrp", GS_LCRP))
            elif style == 1:
                path = "/search?q=%s&sourceid=chrome&ie=UTF-8" % plus(q)
            else:
                path = "/search?q=%s&hl=en-GB&source=hp" % plus(q)
    elif eng == "gi":
        host = "www.google.com"
        path = "/search?q=%s&%s" % (plus(q), pick(n, "gimg", ["udm=2", "tbm=isch&hl=en-GB"]))
    elif eng == "b":
        host = "www.bing.com"
        if chance(n, "bstyle", 0.5):
            path = "/search?q=%s&form=QBLH" % plus(q)
        else:
            path = "/search?q=%s&qs=n&form=QBRE&sp=-1&lq=0&pq=%s&sc=10-%d&sk=&cvid=%s" % (
                plus(q), plus(q.lower()), len(q), hashlib.sha256(("cvid%d" % n).encode()).hexdigest()[:32].upper())
    elif eng == "ddg":
        host = "duckduckgo.com"
        path = "/?q=%s&%s" % (plus(q) if chance(n, "ddgenc", 0.5) else pct(q), pick(n, "ddgt", ["ia=web", "t=h_&ia=web"]))
    elif eng == "y":
        host = "uk.search.yahoo.com"
        path = "/search?p=%s&fr=yfp-t&fr2=p%%3Afp%%2Cm%%3Asb&ei=UTF-8&fp=1" % plus(q)
    elif eng == "e":
        host = "www.ecosia.org"
        path = "/search?method=index&q=%s" % plus(q)
    elif eng == "yt":
        host = "www.youtube.com"
        path = "/results?search_query=%s" % plus(q)
    elif eng == "tt":
        host = "www.tiktok.com"
        path = "/search?q=%s&t=%d" % (pct(q), int(ctx.epoch() * 1000))
    elif eng == "rb":
        host = "www.roblox.com"
        path = "/discover/?Keyword=%s" % pct(q)
    elif eng == "k":
        host = "www.kiddle.co"
        path = "/s.php?q=%s" % plus(q)
    elif eng == "gt":
        host = "translate.google.com"
        path = "/?sl=auto&tl=en&text=%s&op=translate" % pct(q)
    else:
        raise ValueError(eng)
    return host, path, "https://" + host + path


def engine_for(ctx, item):
    eng = item["hints"].get("eng")
    if eng:
        return eng
    pool = [("g", 40), ("yt", 12), ("tt", 8), ("b", 10), ("ddg", 6), ("y", 3), ("e", 4), ("gi", 2)]
    if ctx.phase == "primary":
        pool.append(("k", 10))
    return wpick(ctx.n, "engine", pool)


SEARCH_TERM_ENGINES = {"g", "gi", "b", "ddg", "y", "yt"}


def title_for_search(eng, q):
    return {
        "g": "%s - Google Search" % q,
        "gi": "%s - Google Search" % q,
        "b": "%s - Search" % q,
        "ddg": "%s at DuckDuckGo" % q,
        "y": "%s - Yahoo Search Results" % q,
        "e": "%s - Ecosia" % q,
        "yt": "%s - YouTube" % q,
        "tt": "Find '%s' on TikTok | TikTok Search" % q,
    }.get(eng)


# ---- proxy lines ---------------------------------------------------------------

def proxy_user(ctx):
    if ctx.dtype == "ipad" and chance(ctx.n, "ipad_noauth", 0.45):
        return "-"
    return ctx.user


def squid_variant(ctx):
    return wpick(ctx.n, "sqvar", [("native", 6), ("sni", 3), ("custom", 1)])


def mime_of(url):
    if url.endswith(".js"):
        return "text/javascript"
    if url.endswith(".ico"):
        return "image/x-icon"
    if "css2?" in url:
        return "text/css"
    return "application/json"


def squid_line(ctx, method, url, host, blocked, off=0.0, variant=None, tag="", mime=None):
    n = ctx.n
    dur = 20 + rnd(n, "dur" + tag) % 900
    size = 3000 + rnd(n, "size" + tag) % 90000
    user = proxy_user(ctx)
    if method == "CONNECT":
        code = "TCP_DENIED/403" if blocked else "TCP_TUNNEL/200"
        mime = "text/html" if blocked else "-"
    else:
        code = "TCP_DENIED/403" if blocked else pick(n, "sqcode" + tag, ["TCP_MISS/200"] * 6 + ["TCP_MISS_ABORTED/200", "TCP_REFRESH_MODIFIED/200"])
        mime = mime or "text/html"
    if blocked:
        size = 3900 + rnd(n, "dsize" + tag) % 200
        hier = "HIER_NONE/-"
        srv = "-"
    else:
        hier = "HIER_DIRECT/" + ctx.srv
        srv = ctx.srv
    ts = "%.3f" % ctx.epoch(off)
    if variant is None:
        variant = squid_variant(ctx)
    if variant == "native":
        return "%s %6d %s %s %d %s %s %s %s %s" % (ts, dur, ctx.ip, code, size, method, url, user, hier, mime)
    ref = "-" if method == "CONNECT" else pick(n, "ref" + tag, ["-", "-", "https://" + host + "/"])
    ua = ctx.ua
    if variant == "sni":
        bump = "splice" if method == "CONNECT" else "bump"
        return '%s %6d %s %s %s %d %s %s %s %s "%s" "%s" %s sni=%s bump=%s' % (
            ts, dur, ctx.ip, user, code, size, method, url, srv, mime, ref, ua, host, host, bump)
    return '%s %6d %s %s %s %d %s %s %s %s "%s" "%s" %s' % (
        ts, dur, ctx.ip, user, code, size, method, url, srv, mime, ref, ua, host)


def clf_line(ctx, method, url, host, blocked, off=0.0, tag=""):
    n = ctx.n
    user = proxy_user(ctx)
    status = 403 if blocked else 200
    size = (3900 + rnd(n, "csize" + tag) % 200) if blocked else 3000 + rnd(n, "csize" + tag) % 90000
    sq = "TCP_DENIED:HIER_NONE" if blocked else ("TCP_TUNNEL:HIER_DIRECT" if method == "CONNECT" else "TCP_MISS:HIER_DIRECT")
    req = "%s %s HTTP/1.1" % (method, url)
    variant = wpick(n, "clfvar", [("common", 3), ("combined", 5), ("apache", 2)])
    head = '%s - %s [%s] "%s" %d %d' % (ctx.ip, user, ctx.clf_time(off), req, status, size)
    if variant == "common":
        return "%s %s" % (head, sq)
    ref = "-" if method == "CONNECT" else pick(n, "cref" + tag, ["-", "-", "https://" + host + "/"])
    if variant == "combined":
        return '%s "%s" "%s" %s' % (head, ref, ctx.ua, sq)
    return '%s "%s" "%s"' % (head, ref, ctx.ua)


E2_DENY = ["*DENIED* Banned search term found: %s",
           "*DENIED-PARAMS* Weighted search term limit of 30 : 45 ((%s))",
           "*DENIED* Blocked site (local): %s"]


def e2_line(ctx, method, url, host, blocked, terms, off=0.0, tag="", query=""):
    n = ctx.n
    user = ctx.user if not ctx.user.startswith("NGA\\") else ctx.user.split("\\", 1)[1]
    group = "pupils-primary" if ctx.phase == "primary" else "pupils-secondary"
    groupno = "2" if ctx.phase == "primary" else "3"
    status = "403" if blocked else "200"
    size = "0" if blocked else str(1500 + rnd(n, "esize" + tag) % 90000)
    weight = str(45 + rnd(n, "ew") % 40) if blocked else "0"
    if blocked:
        words = terms or query
        kind = rnd(n, "edeny") % 2 if words else 2
        what = E2_DENY[kind] % (words if kind < 2 else host)
        cat = pick(n, "ecat", ["Banned", "Blocked"])
    else:
        what = "-"
        cat = "-"
    st = ("0=%s;" % terms) if terms else "-"
    variant = wpick(n, "e2var", [("2", 4), ("4", 3), ("6", 3)])
    if variant in ("2", "4"):
        fields = [ctx.e2_time(off), user, ctx.ip, url, what, method, size, weight, cat, groupno, status,
                  "-" if blocked else "text/html", ctx.ip, group, ctx.ua, st, "-", "-", "-"]
        if variant == "2":
            return ",".join('"%s"' % f.replace('"', '""') for f in fields)
        return "\t".join(fields)
    dur = str(1 + rnd(n, "edur") % 900)
    code = str(400 + rnd(n, "ecode") % 200) if blocked else "0"
    fields = ["%.3f" % ctx.epoch(off), "", user, ctx.ip, ctx.ip, url, method, status, size, "-", ctx.ua, "-",
              dur, "-", code, what, weight, cat, group, groupno]
    return "\t".join(fields)


ZEEK_HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
                    "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
                    "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
                    "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
ZEEK_HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
                   "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
                   "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
                   "vector[string]", "vector[string]", "vector[string]"]
ZEEK_DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id", "rtt", "query",
                   "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name", "AA", "TC", "RD", "RA", "Z",
                   "answers", "TTLs", "rejected"]
ZEEK_DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string", "count",
                  "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool", "count",
                  "vector[string]", "vector[interval]", "bool"]


def zeek_uid(ctx, tag):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = rnd(ctx.n, "uid" + tag)
    s = "C"
    for _ in range(17):
        s += alphabet[v % 62]
        v //= 62
        if v == 0:
            v = rnd(ctx.n, "uid2" + tag + s)
    return s


def zeek_header(ctx, path, fields, types):
    t = ctx.at(-600)
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % t.strftime("%Y-%m-%d-%H-%M-%S"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(ctx, host, uri, ref="-"):
    n = ctx.n
    rec = {"ts": round(ctx.epoch(), 6), "uid": zeek_uid(ctx, "h"), "id.orig_h": ctx.ip, "id.orig_p": ctx.port,
           "id.resp_h": ctx.srv, "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
           "version": "1.1", "user_agent": ctx.ua, "request_body_len": 0,
           "response_body_len": 2000 + rnd(n, "zlen") % 90000, "status_code": 200, "status_msg": "OK", "tags": []}
    if chance(n, "zeektsv", 0.35):
        vals = ["%.6f" % rec["ts"], rec["uid"], ctx.ip, str(ctx.port), ctx.srv, "80", "1", "GET", host, uri, ref, "1.1",
                ctx.ua, "-", "0", str(rec["response_body_len"]), "200", "OK", "-", "-", "(empty)", "-", "-", "-",
                "-", "-", "-", "F" + zeek_uid(ctx, "f")[1:], "-", "text/html"]
        return zeek_header(ctx, "http", ZEEK_HTTP_FIELDS, ZEEK_HTTP_TYPES) + ["\t".join(vals)]
    if ref != "-":
        rec["referrer"] = ref
    return [json.dumps(rec, ensure_ascii=False)]


# ---- DNS lines ------------------------------------------------------------------

def answer_ip(ctx):
    return ctx.srv


def zone_of(domain):
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "org", "ac", "police", "gov") and parts[-1] == "uk":
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def unbound_lines(ctx, domain, blocked):
    n = ctx.n
    epoch_prefix = chance(n, "ubepoch", 0.35)
    pid = "%d:0" % (700 + rnd(n, "ubpid") % 9000)

    def pre(off):
        if epoch_prefix:
            return "[%d] unbound[%s] info: " % (int(ctx.epoch(off)), pid)
        return "%s unbound[%s] info: " % (ctx.syslog_time(off), pid)

    qtype = pick(n, "ubq", ["A", "A", "A", "AAAA", "HTTPS"])
    q = "%s %s. %s IN" % (ctx.ip, domain, qtype)
    style = rnd(n, "ubstyle") % 3
    out = [pre(0) + q]
    if blocked:
        out.append(pre(0) + "%s. always_nxdomain %s@%d %s. %s IN" % (zone_of(domain), ctx.ip, ctx.port, domain, qtype))
        out.append(pre(0) + "%s NXDOMAIN 0.000000 1 %d" % (q, 30 + len(domain)))
        return out
    if style == 0:
        return out
    if style == 2:
        out.append(pre(0) + ". transparent %s@%d %s. %s IN" % (ctx.ip, ctx.port, domain, qtype))
    out.append(pre(0.04) + "%s NOERROR 0.0%05d 0 %d" % (q, rnd(n, "ubrtt") % 90000, 40 + len(domain) + rnd(n, "ubsz") % 40))
    return out


def dnsmasq_lines(ctx, domain, blocked):
    n = ctx.n
    pid = 900 + rnd(n, "dmpid") % 9000
    pre = "%s dnsmasq[%d]: " % (ctx.syslog_time(), pid)
    qtype = pick(n, "dmq", ["A", "A", "A", "AAAA"])
    extra = chance(n, "dmextra", 0.6)
    serial = 1 + rnd(n, "dmserial") % 99999
    mid = ("%d %s/%d " % (serial, ctx.ip, ctx.port)) if extra else ""
    out = [pre + "%squery[%s] %s from %s" % (mid, qtype, domain, ctx.ip)]
    if blocked:
        if chance(n, "pihole", 0.5):
            out.append(pre + "%sgravity blocked %s is %s" % (mid, domain, "0.0.0.0" if qtype == "A" else "::"))
        else:
            out.append(pre + "%sconfig %s is %s" % (mid, domain, "0.0.0.0" if qtype == "A" else "::"))
        return out
    if chance(n, "dmmore", 0.5):
        out.append(pre + "%sforwarded %s to %s" % (mid, domain, pick(n, "dmup", ["1.1.1.1", "8.8.8.8", "10.0.0.53"])))
        if qtype == "A":
            out.append(pre + "%sreply %s is %s" % (mid, domain, answer_ip(ctx)))
        else:
            out.append(pre + "%sreply %s is NODATA-IPv6" % (mid, domain))
    return out


def bind_lines(ctx, domain, blocked):
    n = ctx.n
    client = "@0x7f%010x" % (rnd(n, "bindptr") % (16 ** 10))
    qtype = pick(n, "bq", ["A", "A", "AAAA", "HTTPS"])
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+ET", "+"])
    out = ["%s queries: info: client %s %s#%d (%s): query: %s IN %s %s (10.0.0.53)" % (
        ctx.bind_time(), client, ctx.ip, ctx.port, domain, domain, qtype, flags)]
    if blocked:
        out.append("%s rpz: info: client %s %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (
            ctx.bind_time(), client, ctx.ip, ctx.port, domain, domain, qtype, domain))
    return out


def zeek_dns(ctx, domain, blocked):
    n = ctx.n
    qtype, qn = pick(n, "zq", [("A", 1), ("A", 1), ("AAAA", 28)])
    rcode, rname = (3, "NXDOMAIN") if blocked else (0, "NOERROR")
    answers = [] if blocked else [answer_ip(ctx)] if qtype == "A" else []
    rec = {"ts": round(ctx.epoch(), 6), "uid": zeek_uid(ctx, "d"), "id.orig_h": ctx.ip, "id.orig_p": ctx.port,
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": rnd(n, "ztid") % 65536,
           "rtt": round((rnd(n, "zrtt") % 90000) / 1e6, 6), "query": domain, "qclass": 1, "qclass_name": "C_INTERNET",
           "qtype": qn, "qtype_name": qtype, "rcode": rcode, "rcode_name": rname, "AA": False, "TC": False,
           "RD": True, "RA": True, "Z": 0}
    if answers:
        rec["answers"] = answers
        rec["TTLs"] = [float(60 + rnd(n, "zttl") % 3000)]
    rec["rejected"] = False
    if chance(n, "zdnstsv", 0.35):
        vals = ["%.6f" % rec["ts"], rec["uid"], ctx.ip, str(ctx.port), "10.0.0.53", "53", "udp", str(rec["trans_id"]),
                "%.6f" % rec["rtt"], domain, "1", "C_INTERNET", str(qn), qtype, str(rcode), rname, "F", "F", "T", "T",
                "0", ",".join(answers) if answers else "-", ",".join("%.6f" % t for t in rec.get("TTLs", [])) or "-", "F"]
        return zeek_header(ctx, "dns", ZEEK_DNS_FIELDS, ZEEK_DNS_TYPES) + ["\t".join(vals)]
    return [json.dumps(rec, ensure_ascii=False)]


# ---- endpoint events ---------------------------------------------------------------

DOC_NAMES = ["Untitled document", "my diary", "Worry box", "English - diary entry", "PSHE reflection", "stuff"]


def app_window(ctx, app):
    """(process, window_title) for typed text in an app on this device."""
    n = ctx.n
    dt = ctx.dtype
    browser = {"cb": "chrome", "pc": "chrome.exe", "ipad": "Safari"}[dt]
    sfx = "" if dt == "ipad" else " - Google Chrome"
    if app == "imessage":
        return "MobileSMS", "Messages"
    if app == "notes":
        return "MobileNotes", "Notes"
    if app == "roblox":
        return {"cb": "com.roblox.client", "pc": "RobloxPlayerBeta.exe", "ipad": "Roblox"}[dt], "Roblox"
    if app == "minecraft":
        return {"cb": "com.mojang.minecraftedu", "pc": "Minecraft.Windows.exe", "ipad": "Minecraft Education"}[dt], "Minecraft Education"
    if app == "amongus":
        return {"cb": "com.innersloth.spacemafia", "pc": "Among Us.exe", "ipad": "Among Us"}[dt], "Among Us"
    if app == "discord":
        if dt == "pc":
            return "Discord.exe", pick(n, "dtitle", ["#general | Blox Squad - Discord", "Friends - Discord", "@kxng_z - Discord"])
        if dt == "ipad":
            return "Discord", "Discord"
        return browser, "Discord" + sfx
    if app == "whatsapp":
        return ("WhatsApp", "WhatsApp") if dt == "ipad" else (browser, "WhatsApp" + sfx)
    if app == "snap":
        return ("Snapchat", "Snapchat") if dt == "ipad" else (browser, "Snapchat" + sfx)
    if app == "insta":
        return ("Instagram", "Instagram") if dt == "ipad" else (browser, "Instagram \u2022 Chats" + sfx)
    if app == "teams":
        return ("Teams.exe", "Chat | Microsoft Teams") if dt == "pc" else (browser, "Chat | Microsoft Teams" + sfx)
    if app == "gchat":
        return browser, "Google Chat" + sfx
    if app == "docs":
        return browser, pick(n, "docname", DOC_NAMES) + " - Google Docs" + sfx
    if app == "classroom":
        return browser, "Stream - %d%s - Google Classroom%s" % (ctx.year, pick(n, "cls2", "ABKR"), sfx)
    if app == "gt":
        return browser, "Google Translate" + sfx
    if app == "search":
        return browser, pick(n, "stitle", ["Google", "New Tab"]) + sfx
    raise ValueError(app)


def endpoint_event(ctx, off, event, process, title, text=None, url=None, with_site=True):
    rec = {"ts": ctx.iso(off)}
    if with_site:
        rec["site"] = ctx.site
    rec["device"] = ctx.device
    rec["user"] = ctx.user
    rec["event"] = event
    if process is not None:
        rec["process"] = process
    if title is not None:
        rec["window_title"] = title
    if text is not None:
        rec["text"] = text
    if event in ("text_capture", "url_visit"):
        rec["url"] = url
    return json.dumps(rec, ensure_ascii=False)


def split_text(ctx, text):
    if "\u00a6" in text:
        return text.split("\u00a6")
    if len(text) > 12 and chance(ctx.n, "frag", 0.16):
        cut = 4 + rnd(ctx.n, "fragcut") % (len(text) - 8)
        return [text[:cut], text[cut:]]
    return [text]


def render_typed(ctx, item, app):
    n = ctx.n
    process, title = app_window(ctx, app)
    site = chance(n, "epsite", 0.7)
    frags = split_text(ctx, item["text"])
    lines = []
    off = 0.0
    if chance(n, "procstart", 0.1) and app in ("roblox", "minecraft", "amongus", "discord", "teams") and ctx.dtype == "pc":
        lines.append(endpoint_event(ctx, -40 - rnd(n, "psoff") % 200, "process_start", process, None, with_site=site))
    for i, f in enumerate(frags):
        if i:
            off += 1.5 + (rnd(n, "fgap%d" % i) % 1200) / 100.0
        lines.append(endpoint_event(ctx, off, "text_capture", process, title, text=f, with_site=site))
    return lines


def render_endpoint_query(ctx, item, eng):
    n = ctx.n
    q = item["text"]
    host, path, url = search_url(ctx, eng, q)
    browser = {"cb": "chrome", "pc": "chrome.exe", "ipad": "Safari"}[ctx.dtype]
    sfx = "" if ctx.dtype == "ipad" else " - Google Chrome"
    title = title_for_search(eng, q)
    site = chance(n, "epsite", 0.7)
    mode = wpick(n, "epmode", [("title", 4), ("url", 3), ("typed", 3)])
    if title is None and mode == "title":
        mode = "url"
    if mode == "title":
        return [endpoint_event(ctx, 0, "window_title", browser, title + sfx, with_site=site)]
    if mode == "url":
        page_title = title if title else {"rb": "Discover - Roblox", "k": "Kiddle - visual search engine for kids",
                                          "gt": "Google Translate"}[eng]
        return [endpoint_event(ctx, 0, "url_visit", browser, page_title + sfx, url=url, with_site=site)]
    box = {"g": "Google", "gi": "Google Images", "b": "Bing", "ddg": "DuckDuckGo - Protection. Privacy. Peace of mind.",
           "y": "Yahoo Search", "e": "Ecosia - the search engine that plants trees", "yt": "YouTube",
           "tt": "TikTok - Make Your Day", "rb": "Home - Roblox", "k": "Kiddle - visual search engine for kids",
           "gt": "Google Translate"}[eng]
    lines = []
    off = 0.0
    for i, f in enumerate(split_text(ctx, item["text"])):
        if i:
            off += 1.5 + (rnd(n, "qgap%d" % i) % 900) / 100.0
        lines.append(endpoint_event(ctx, off, "text_capture", browser, box + sfx, text=f, with_site=site))
    return lines


# ---- wrappers --------------------------------------------------------------------

def wrap_syslog(ctx, line, app):
    n = ctx.n
    host = pick(n, "loghost", ["proxy01", "filter-nga", "fw-oakfield"])
    pid = 1000 + rnd(n, "wpid") % 30000
    if chance(n, "rfc5424", 0.5):
        return "<%d>1 %s %s %s %d - - %s" % (134 + 56, ctx.iso(), host, app, pid, line)
    return "<%d>%s %s %s[%d]: %s" % (134 + 56, ctx.syslog_time(), host, app, pid, line)


def wrap_envelope(ctx, line, source, path):
    t = ctx.at(2)
    env = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % (rnd(ctx.n, "envus") % 1000000),
           "host": pick(ctx.n, "envhost", ["nga-log01", "oak-log01", "trust-collector"]),
           "source": source, "file": path, "message": line}
    return json.dumps(env, ensure_ascii=False).replace("/", "\\/")


# ---- item → (format, lines) ----------------------------------------------------------

BLOCKABLE = {"adult_content": 0.45, "gambling": 0.4, "filter_bypass": 0.35, "piracy": 0.3,
             "illegal_content": 0.2, "radicalisation": 0.15, "self_harm": 0.1, "suicide": 0.1, "violence": 0.1}


def is_blocked(ctx, item):
    if item["hints"].get("deny"):
        return True
    p = 0.0
    for e in item["expect"]:
        p = max(p, BLOCKABLE.get(e["category"], 0.0))
    return p > 0 and chance(ctx.n, "blocked", p)


def benign_preamble(ctx, fmt, host):
    """An unremarkable request from the same client just before the interesting one."""
    url = pick(ctx.n, "pre_url", ["https://www.gstatic.com/og/_/js/k=og.qtm.en_US.js",
                                  "https://fonts.googleapis.com/css2?family=Google+Sans",
                                  "https://" + host + "/favicon.ico",
                                  "https://www.google.com/complete/search?client=chrome-omni&gs_ri=chrome-ext-ansg"])
    h = url.split("/")[2]
    if fmt == "squid":
        return squid_line(ctx, "GET", url, h, False, off=-3.2, tag="pre", mime=mime_of(url))
    if fmt == "clf":
        return clf_line(ctx, "GET", url, h, False, off=-3.2, tag="pre")
    return e2_line(ctx, "GET", url, h, False, "", off=-3.2, tag="pre")


def render(n, item):
    ctx = Ctx(n, item)
    kind = item["kind"]
    hints = item["hints"]
    blocked = is_blocked(ctx, item)
    lines = []
    wrap = None
    if kind == "t":
        fmt = "endpoint"
        app = hints.get("app") or pick(n, "defapp", ["gchat", "whatsapp", "snap", "discord", "docs", "teams"])
        lines = render_typed(ctx, item, app)
    elif kind == "w":
        fmt = "endpoint"
        title = item["text"]
        if hints.get("app") == "roblox" or title.endswith("- Roblox"):
            process = {"cb": "com.roblox.client", "pc": "RobloxPlayerBeta.exe", "ipad": "Roblox"}[ctx.dtype]
        else:
            process = {"cb": "chrome", "pc": "chrome.exe", "ipad": "Safari"}[ctx.dtype]
            if ctx.dtype != "ipad":
                title += " - Google Chrome"
        lines = [endpoint_event(ctx, 0, "window_title", process, title, with_site=chance(n, "epsite", 0.7))]
    elif kind == "q":
        eng = engine_for(ctx, item)
        fmt = hints.get("fmt") or ("endpoint" if eng == "gt" else None) or wpick(n, "qfmt", [("squid", 27), ("clf", 20), ("e2guardian", 18), ("zeek-http", 12), ("endpoint", 23)])
        host, path, url = search_url(ctx, eng, item["text"])
        terms = item["text"] if eng in SEARCH_TERM_ENGINES else ""
        if fmt == "endpoint":
            lines = render_endpoint_query(ctx, item, eng)
        elif fmt == "zeek-http":
            ref = pick(n, "zref", ["-", "-", "https://%s/" % host])
            lines = zeek_http(ctx, host, path, ref)
        else:
            if fmt == "squid":
                main = squid_line(ctx, "GET", url, host, blocked)
            elif fmt == "clf":
                main = clf_line(ctx, "GET", url, host, blocked)
            else:
                main = e2_line(ctx, "GET", url, host, blocked, terms, query=item["text"])
            lines = [main]
            if chance(n, "preamble", 0.18):
                lines.insert(0, benign_preamble(ctx, fmt, host))
            wrap = "syslog" if chance(n, "wrap", 0.11) else None
    elif kind == "d":
        domain = item["text"]
        fmt = wpick(n, "dfmt", [("unbound", 22), ("dnsmasq", 22), ("bind", 18), ("zeek-dns", 16),
                                ("squid", 10), ("clf", 6), ("e2guardian", 6)])
        if fmt == "unbound":
            lines = unbound_lines(ctx, domain, blocked)
        elif fmt == "dnsmasq":
            lines = dnsmasq_lines(ctx, domain, blocked)
        elif fmt == "bind":
            lines = bind_lines(ctx, domain, blocked)
        elif fmt == "zeek-dns":
            lines = zeek_dns(ctx, domain, blocked)
        elif fmt == "squid":
            variant = pick(n, "dsqvar", ["sni", "sni", "native"])
            if variant == "sni" and not blocked:
                peek = squid_line(ctx, "CONNECT", domain + ":443", domain, False, off=0, variant="sni", tag="peek")
                peek = peek.replace(" TCP_TUNNEL/200 ", " NONE_NONE/200 ", 1)
                lines = [peek, squid_line(ctx, "CONNECT", domain + ":443", domain, False, off=0.4, variant="sni", tag="tun")]
            else:
                lines = [squid_line(ctx, "CONNECT", domain + ":443", domain, blocked, variant=variant)]
        elif fmt == "clf":
            lines = [clf_line(ctx, "CONNECT", domain + ":443", domain, blocked)]
        else:
            lines = [e2_line(ctx, "CONNECT", "https://%s:443" % domain, domain, blocked, "")]
        if fmt in ("unbound", "dnsmasq") and chance(n, "wrap", 0.14):
            wrap = "envelope"
        elif fmt in ("squid", "clf", "e2guardian") and chance(n, "wrap", 0.11):
            wrap = "syslog"
    else:
        raise ValueError(kind)

    if wrap == "syslog":
        app = {"squid": "squid", "clf": "squid", "e2guardian": "e2guardian"}[fmt]
        lines = [wrap_syslog(ctx, l, app) for l in lines]
    elif wrap == "envelope":
        src, path = {"unbound": ("unbound", "/var/log/unbound/unbound.log"),
                     "dnsmasq": ("dnsmasq", "/var/log/pihole/pihole.log")}[fmt]
        lines = [wrap_envelope(ctx, l, src, path) for l in lines]

    if chance(n, "auto", 0.08):
        fmt = "auto"
    out = {"id": "h22-%04d" % n, "format": fmt}
    if len(lines) == 1:
        out["line"] = lines[0]
    else:
        out["lines"] = lines
    out["expect"] = item["expect"]
    if item["allow"]:
        out["allow"] = item["allow"]
    return out


def build():
    seen = set()
    for it in ITEMS:
        key = (it["kind"], it["text"])
        if key in seen:
            raise SystemExit("duplicate item: %r" % (key,))
        seen.add(key)
    ordered = sorted(ITEMS, key=lambda it: hashlib.sha256(
        (SEED + "|" + it["kind"] + "|" + it["text"]).encode("utf-8")).hexdigest())
    return [render(i + 1, it) for i, it in enumerate(ordered)]


def stats(records):
    from collections import Counter
    pos = [r for r in records if r["expect"]]
    cats = Counter(e["category"] for r in pos for e in r["expect"])
    levels = Counter((e["category"], e["min_level"]) for r in pos for e in r["expect"])
    fmts = Counter(r["format"] for r in records)
    print("items: %d  positives: %d  negatives: %d (%.1f%%)" % (
        len(records), len(pos), len(records) - len(pos), 100.0 * (len(records) - len(pos)) / len(records)))
    print("positive expectations by category:")
    for c, k in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        lv = ", ".join("L%d:%d" % (l, levels[(c, l)]) for l in range(1, 6) if levels[(c, l)])
        print("  %-16s %3d   (%s)" % (c, k, lv))
    print("formats:")
    for f, k in sorted(fmts.items(), key=lambda x: (-x[1], x[0])):
        print("  %-12s %3d" % (f, k))
    print("multi-line items: %d" % sum(1 for r in records if "lines" in r))
    print("items with allow: %d" % sum(1 for r in records if r.get("allow")))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Build the Guardline held-out corpus 22 (Years 4-9).")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout22.jsonl"),
                    help="output path (default: heldout22.jsonl beside this script)")
    ap.add_argument("--stats", action="store_true", help="print counts by category, level and format")
    args = ap.parse_args(argv)
    records = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        stats(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
