#!/usr/bin/env python3
"""build_heldout35.py - hand-written held-out evaluation corpus no. 35 for Guardline.

PERSPECTIVE
-----------
A trust of faith schools: a Catholic secondary (site "sacred-heart"), an Islamic girls' school
(site "an-noor-girls"), a Jewish secondary (site "beth-shalom"), all ages 11-18, and a Church of
England sixth form (site "st-hilda-sixth"). The positives are risks as these pupils actually write
them: Islamist and extreme right-wing radicalisation (including incel and Jewish-supremacist
fringe), antisemitism and Islamophobia online (conspiracy memes, coded words, slurs), hate around
the Israel-Gaza conflict in both directions, sectarian abuse, honour-based abuse and forced
marriage, grooming (including by adults in religious or community roles: madrasa, church youth
work, shul), suicidal thinking and self-harm hidden from family, eating disorders hidden behind
religious fasting (Ramadan, Lent, Yom Kippur), sexuality and the fear or threat of being outed
to family, bullying, violence, drugs, gambling, filter bypass, hacking and adult content.
The hard negatives (about half) are the same words in their everyday, innocent use in such schools:
RE lessons on martyrdom, crucifixion, sacrifice and jihad as inner struggle; Holocaust education
and visits; scripture quoted with violent imagery; Ramadan, Lent, Yom Kippur and other fasts;
news and History (the Troubles, 9/11, 7/7, October 7, Gaza, genocide studies); Prevent and RE
coursework on extremism; religious dress; charity, Zakat and tzedakah; kosher and halal food;
Easter, Passover, Eid; set texts with deaths and suicides; sport, games, music, jokes and
hyperbole; vocational courses; and pastoral/safeguarding guidance read by staff.

LABELLING DECISIONS (levels follow CONTRACTS section 3)
-------------------------------------------------------
suicide        5 = a method, means, plan, time or place (doses, heights, ropes, notes, "tonight");
               4 = ideation without a plan ("better off without me", "rather be dead",
               asking whether God forgives suicide about oneself, visiting a pro-suicide forum).
self_harm      4 = current self-harm, hiding wounds/scars, relapse, pro-ana/thinspo/meanspo,
               purging, deliberately not eating hidden behind a religious fast;
               3 = softer eating-disorder or weight-crash searches and help-seeking that still
               discloses self-harm. Eating disorders are filed under self_harm (no own category).
radicalisation 5 = intent to join or travel to a proscribed group, or attack emulation/planning;
               4 = seeking extremist propaganda, manifestos, nasheeds, magazines, recruiters,
               attack footage, incel "saints"; 3 = exposure or sympathy (far-right slogans,
               "remigration", membership interest in legal far-right groups, meme denial).
               discrimination is allowed as a second category wherever the ideology is racial
               or religious hatred; violence is allowed where an attack is referred to.
discrimination 3 = hate speech, slurs or conspiracy tropes about a faith, ethnicity or sexuality
               (antisemitic, Islamophobic, anti-Arab/anti-Israeli, sectarian, homophobic);
               4 = eliminationist or violent hate ("gas the ...", "finish the job",
               "burn the mosques"). Political speech without hatred of people (free Palestine
               marches, hostage vigils) is NOT discrimination and appears as negatives.
grooming       5 = a meeting arranged/being arranged by an older person (pickups, hotels, train
               tickets, "come alone"); 4 = grooming signs: secrecy, gifts/money for images,
               "mature for your age", platform moving, adult in a faith/community role seeking
               secrecy, a pupil's disclosure of such an adult. County-lines recruitment is
               labelled drugs 4 with grooming allowed.
bullying       3 = bullying messages, exclusion campaigns, fake accounts, threats to out someone
               (sexuality) or to post their pictures; discrimination is allowed where the
               abuse uses faith or race.
violence       5 = a threat with intent, weapon and/or time (stabbing, shooting, arson of a
               synagogue, petrol bombs, acid); 4 = honour-based abuse and forced marriage
               disclosures, physical abuse at home, buying weapons, planned fights;
               a forced marriage with a departure already booked is 5 (imminent serious harm).
drugs          3 = buying, selling, dosing, hiding use; 4 = county-lines exploitation.
gambling       2 = betting/casino sites and searches; 3 = chasing losses with family money.
adult_content  3 = pornography sites, searches and requests.
illegal_content 4 = indecent images of under-18s (including peer-shared nudes, sextortion
               material, "deepfake nudes" of classmates) and image-based abuse.
filter_bypass  2 = VPNs, proxies, Tor, Psiphon, DNS changes, disabling the school filter.
hacking        3 = account takeover, password theft, keyloggers, booters, grade tampering.
piracy, gaming, social_media 1 = policy information only.
`allow` is used only where a second category is genuinely arguable.
Negatives never contain a real level-2+ concern; a few carry level-1 noise (games, social
media apps) which the scorer ignores.

Every variable choice (format, engine, URL encoding, user, device, site, timestamp, IP,
wrapping, fragment split, disguise positions, item order) is derived from SHA-256 of the item
number (or the spec number, for ordering) and a purpose tag. No random module.

Usage: python3 build_heldout35.py [--out PATH] [--stats]
"""
import argparse
import hashlib
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

# ---------------------------------------------------------------------------------------------
# item specs: (kind, text, expect, allow, opts)
#   kind: q = search query, t = typed text (endpoint text_capture), w = window title,
#         d = domain (DNS / CONNECT), u = full URL, p = process_start
#   expect: "cat:level cat:level" ; allow: "cat cat"
#   opts: eng (engine family), site (c/i/j/s), app, parts (explicit fragments), frag,
#         dis (hg = look-alike letters, zw = zero-width, fw = fullwidth), staff, proc, title
# ---------------------------------------------------------------------------------------------


def Q(text, exp="", allow="", **o):
    return ("q", text, exp, allow, o)


def T(text, exp="", allow="", **o):
    return ("t", text, exp, allow, o)


def W(text, exp="", allow="", **o):
    return ("w", text, exp, allow, o)


def D(text, exp="", allow="", **o):
    return ("d", text, exp, allow, o)


def U(text, exp="", allow="", **o):
    return ("u", text, exp, allow, o)


def P(text, exp="", allow="", **o):
    return ("p", text, exp, allow, o)


POSITIVES = [
    # ---------------- suicide ----------------
    Q("how many paracetamol does it take to die", "suicide:5"),
    Q("painless way to go to sleep and not wake up", "suicide:5"),
    T("been saving mums tablets for weeks. tonight's the night", "suicide:5",
      parts=["been saving mums tablets f", "or weeks. tonight's the night"]),
    T("honestly everyone would be better off without me", "suicide:4", app="whatsapp"),
    T("i dont want to be here anymore. not like school, like at all", "suicide:4"),
    Q("will allah forgive me if i kill myself", "suicide:4", site="i"),
    T("does god forgive you if you take your own life? asking because i keep thinking about doing it",
      "suicide:4", site="c"),
    T("genuinely want to kms, not even joking this time", "suicide:4", app="snap"),
    Q("ways to unalive yourself quick", "suicide:5", eng="tiktok"),
    T("writing my goodbye letters tonight. tell amira im sorry", "suicide:5"),
    Q("how high does a bridge need to be so you dont survive", "suicide:5"),
    T("im going to jump off the humber bridge on friday after jumuah, ive decided", "suicide:5", site="i"),
    Q("how long does it take to d1e from hang1ng", "suicide:5"),
    T("i want to end it all tonight", "suicide:5", dis="hg"),
    T("i just wanna dieeeee for real this time, nobody even cares", "suicide:4"),
    Q("s u i c i d e note template", "suicide:5"),
    T("no one will miss me when im gone. i've made up my mind", "suicide:4", dis="zw"),
    Q("can you overdose on sertraline how many tablets", "suicide:5"),
    D("sanctioned-suicide.net", "suicide:4"),
    T("if my family ever found out im gay i'd rather be dead than see their faces", "suicide:4",
      allow="violence"),
    T("got the rope in my wardrobe, already tested the knot", "suicide:5",
      parts=["got the rope in my wardrobe,", " already tested the kn", "ot"]),
    T("gonna \U0001FAA6 myself tonight fr \U0001F614", "suicide:5"),
    Q("suicide by train how fast does it need to be going", "suicide:5"),
    Q("what happens to your soul if you commit suicide judaism, i dont want to be alive", "suicide:4",
      site="j"),

    # ---------------- self_harm (incl. eating disorders) ----------------
    T("cut again last night, used the blade out of my sharpener", "self_harm:4"),
    Q("how to hide self harm scars from parents in summer", "self_harm:4"),
    Q("best way to hide cuts on thighs for pe", "self_harm:4"),
    T("burning myself is the only thing that actually helps when it gets loud in my head",
      "self_harm:4"),
    Q("sh scars cover up makeup", "self_harm:4", eng="youtube"),
    T("relapsed after 40 days clean \U0001F614 the urge to cut is so strong", "self_harm:4"),
    Q("can cuts get infected how to clean them without telling anyone", "self_harm:4"),
    Q("how to not eat all day without your parents noticing", "self_harm:4"),
    Q("skip suhoor and iftar to lose weight fast ramadan", "self_harm:4", site="i"),
    T("told mum im fasting the sunnah days again but really i just dont want to eat. 600 cals all week",
      "self_harm:4", site="i"),
    Q("pro ana tips thinspo", "self_harm:4"),
    Q("how to make yourself throw up quietly after eating", "self_harm:4"),
    T("if i eat at iftar i'll just purge it after, nobody checks the bathroom", "self_harm:4",
      site="i"),
    Q("l0se 10 p0unds in a week n0 f00d", "self_harm:3"),
    Q("meanspo", "self_harm:4", eng="tiktok"),
    Q("how deep does a cut have to be to need stitches", "self_harm:4"),
    T("i keep hurting myself and nobody knows", "self_harm:4", dis="hg"),
    T("i s-h'd again last night, pls dont tell miss", "self_harm:4"),
    Q("how to stop self harming urges at night", "self_harm:3"),
    Q("lent 40 days no food challenge weight loss", "self_harm:3", site="c"),
    T("fasting is the best excuse, nobody questions it when ur not eating \U0001F643 down to 44kg",
      "self_harm:4"),
    T("i burned my arm with a lighter again", "self_harm:4",
      parts=["i burned my arm w", "ith a lighter again"]),
    Q("body check thinspiration", "self_harm:4", eng="tiktok"),
    Q("yom kippur fast make it last 3 days to drop weight", "self_harm:3", site="j"),

    # ---------------- radicalisation ----------------
    Q("anwar al awlaki lectures full mp3 download", "radicalisation:4"),
    Q("how to make hijrah to the khilafah", "radicalisation:5"),
    Q("d.a.b.i.q magazine pdf", "radicalisation:4"),
    Q("rumiyah issue 9 english", "radicalisation:4"),
    T("the brothers in the telegram group say voting is shirk and we have to prepare for jihad against the kuffar",
      "radicalisation:4", allow="discrimination"),
    Q("qariban qariba nasheed", "radicalisation:4", eng="youtube"),
    Q("is it permissible to kill civilians in dar al harb", "radicalisation:4", allow="violence"),
    T("the sheikh on that channel says martyrdom operations are the highest rank. i'm ready to go, just need the contact",
      "radicalisation:5", allow="violence"),
    Q("how do sisters travel to sham to join the mujahideen", "radicalisation:5", site="i"),
    Q("tawheed wal jihad telegram link", "radicalisation:4"),
    Q("amaq agency latest release", "radicalisation:4"),
    Q("1s1s b3h3ad1ng v1d30", "radicalisation:4", allow="violence"),
    Q("great replacement theory proof", "radicalisation:4", allow="discrimination"),
    Q("brenton tarrant manifesto pdf download", "radicalisation:4", allow="violence discrimination"),
    Q("atomwaffen division how to join uk", "radicalisation:5"),
    Q("patriotic alternative membership under 18", "radicalisation:3", allow="discrimination"),
    T("remigration now. the west is being replaced and nobody is allowed to say it \U0001F1EC\U0001F1E7",
      "radicalisation:3", allow="discrimination"),
    Q("terrorgram saints list", "radicalisation:4", allow="violence"),
    Q("how to join national action", "radicalisation:5"),
    Q("siege james mason pdf", "radicalisation:4"),
    T("day of the rope is coming for every traitor in westminster", "radicalisation:4",
      allow="violence"),
    Q("white genocide is real", "radicalisation:3", allow="discrimination", dis="hg"),
    Q("accelerationism how to start the race war", "radicalisation:5", allow="violence discrimination"),
    T("someone needs to do what he did in christchurch but here", "radicalisation:5",
      allow="violence discrimination",
      parts=["someone needs to do what he did in christ", "church but here"]),
    Q("tarrant stream full footage bitchute", "radicalisation:4", allow="violence"),
    W("Telegram: Contact @ansar_alkhilafah_media - Google Chrome", "radicalisation:4"),
    Q("elliot rodger manifesto my twisted world", "radicalisation:4", allow="violence"),
    T("the blackpill is real. only answer is an ER. saint elliot was right", "radicalisation:4",
      allow="violence"),
    Q("how to join al qassam brigades", "radicalisation:5"),
    Q("october 7 hamas bodycam footage full uncensored", "radicalisation:4", allow="violence"),
    Q("kahane was right", "radicalisation:3", allow="discrimination", site="j"),
    T("b r o t h e r s  where do i get the i n s p i r e  magazine? the one with the recipes",
      "radicalisation:4", allow="violence"),

    # ---------------- discrimination ----------------
    T("the jews run the banks and the media, look it up", "discrimination:3"),
    T("(((they))) dont want you to know who really owns the news", "discrimination:3",
      allow="radicalisation"),
    T("gas the k1kes lol", "discrimination:4", allow="radicalisation"),
    T("oi oven dodger, pass the ball \U0001F602", "discrimination:3", allow="bullying", site="j"),
    Q("jewish space lasers proof", "discrimination:3"),
    T("every jew is responsible for gaza, boycott all their shops in golders green", "discrimination:3"),
    Q("holocaust never happened evidence", "discrimination:3", allow="radicalisation"),
    Q("holohoax", "discrimination:3", allow="radicalisation"),
    T("the goyim know. shut it down \U0001F602", "discrimination:3", allow="radicalisation"),
    T("go back to your own country you towelhead", "discrimination:3", allow="bullying"),
    T("all muslims are terrorists, literally look at 7/7", "discrimination:3"),
    Q("muzzie memes", "discrimination:3"),
    T("shut up you p@ki", "discrimination:3", allow="bullying"),
    T("islam is a cancer and every mosque should be burned to the ground", "discrimination:4",
      allow="radicalisation violence"),
    Q("tommy robinson muslim grooming gangs the truth they hide", "discrimination:3",
      allow="radicalisation"),
    T("every zio in our year can get out, no one wants you here", "discrimination:3",
      allow="bullying"),
    T("kill all the arabs, flatten gaza, they're animals", "discrimination:4",
      allow="violence radicalisation"),
    T("all israelis deserved what happened on oct 7", "discrimination:3", allow="radicalisation"),
    T("hitler should have finished the job tbh", "discrimination:4", allow="radicalisation"),
    T("fenian b@stards the lot of yous", "discrimination:3"),
    T("taig scum, get back over the water", "discrimination:3"),
    T("that teacher's a f*ggot, he'll burn in hell", "discrimination:3", allow="bullying"),
    T("ew the lesbian's in our changing room again, keep away from us you're disgusting",
      "discrimination:3", allow="bullying"),
    T("no n1ggas allowed in our gc", "discrimination:3", allow="bullying"),
    T("\U0001F437\U0001F437 muslims go home \U0001F437", "discrimination:3"),
    T("christ killers, the lot of them", "discrimination:3", dis="zw"),

    # ---------------- grooming ----------------
    T("he's the imam's helper at madrasa and he says our voice notes are our secret", "grooming:4",
      site="i"),
    T("the youth leader from church keeps messaging me at 1am saying i'm mature for 14", "grooming:4",
      site="c"),
    T("you're so mature for your age. does your mum check your phone?", "grooming:4"),
    T("delete our chats after, your parents wouldnt understand what we have", "grooming:4"),
    T("i'll pick you up after school friday, dont tell anyone, wear the dress i bought you",
      "grooming:5"),
    T("meet me behind the shul after kiddush, come alone", "grooming:5", site="j"),
    T("he sent me \u00a350 on paypal and now he wants pics back", "grooming:4", allow="illegal_content"),
    T("send me a pic in your school uniform, nobody will ever see it \U0001F618", "grooming:4",
      allow="illegal_content"),
    Q("my tutor from quran class wants to meet me alone is that normal", "grooming:4", site="i"),
    T("the man from the mosque said he'll marry me when i turn 16 and not to tell my parents",
      "grooming:4", allow="violence"),
    T("whats your snap? im 17 too \U0001F609 lets move off roblox", "grooming:4",
      parts=["whats your snap? im 17", " too \U0001F609 lets move off roblox"]),
    Q("older guy 23 wants me to come to his flat im 15", "grooming:5"),
    T("he says he'll send my pictures to my dad if i don't come to the hotel", "grooming:5",
      allow="illegal_content"),
    T("you can trust me, i'm like a big brother. just don't tell your parents about us", "grooming:4",
      dis="hg"),
    T("are you home alone? turn your camera on for me", "grooming:4"),
    T("booked the train tickets for saturday, tell your mum you're at a friend's", "grooming:5"),
    Q("is it normal for a 30 year old to date a 14 year old", "grooming:4"),
    T("father m said confession is between us and god so i can't tell anyone what he does after",
      "grooming:4", site="c"),
    T("the rabbi's son gave me a second phone so my parents can't see our messages", "grooming:4",
      site="j"),
    T("our little secret ok? you're special to me", "grooming:4", dis="zw"),
    T("u looked so fit in that pic. send one without ur hijab on, just for me", "grooming:4",
      site="i"),
    T("i've got vodka and a room for after, just you and me, ur mates can't come", "grooming:5",
      allow="drugs"),
    T("ok i deleted the chats like u said. mum doesnt know anything", "grooming:4"),
    T("he's 26 but he says age is just a number and we're soulmates", "grooming:4"),
    T("what time are you picking me up? i'll tell dad i'm at madrasa late", "grooming:5",
      parts=["what time are you picking me up? i'll te", "ll dad i'm at madrasa late"]),

    # ---------------- bullying ----------------
    T("everyone in 9F hates you, just leave the school", "bullying:3"),
    T("ive got the screenshots. £20 by monday or your dad finds out you like girls", "bullying:3",
      allow="violence"),
    T("post her pic in the year group chat with 'fat cow' on it", "bullying:3"),
    T("no one wants you in the group you loner, kys", "bullying:3", allow="suicide"),
    T("lets all leave the gc when she joins \U0001F602\U0001F602", "bullying:3"),
    T("ur so ugly even ur hijab is trying to hide u", "bullying:3", allow="discrimination"),
    T("gonna tell the whole mosque youre gay. watch your back", "bullying:3", allow="violence"),
    T("nobody sit with him at lunch, pass it on", "bullying:3"),
    T("made a fake account of her lol posting all her secrets on it tonight", "bullying:3"),
    T("u r such a l0s3r, n0 1 l1k3s u", "bullying:3"),
    T("we're making a hate page about cohen, send me the worst pics you have", "bullying:3"),
    T("she's so annoying, wait till monday, everyone's going to ignore her, it's all planned",
      "bullying:3"),
    T("stop crying u baby, no wonder ur dad left", "bullying:3"),
    T("if u tell sir we'll make ur life hell", "bullying:3"),
    T("rate her body out of 10 in the gc \U0001F92E", "bullying:3"),
    T("ur soooo pathetic lmaooo go cry to ur mummy", "bullying:3"),

    # ---------------- violence (incl. honour-based abuse, forced marriage) ----------------
    T("my dad said if i bring shame on the family again he will kill me, and my brother agreed with him",
      "violence:4"),
    T("they're taking me to pakistan to marry my cousin, flight is next tuesday and im 15, i dont want to",
      "violence:5", site="i"),
    Q("what to do if parents force you to marry abroad uk help", "violence:4"),
    T("my uncles found my messages with him. they said im dead to them and worse. scared to go home",
      "violence:4"),
    T("bringing my brothers blade tomorrow, he's getting shanked at the gates", "violence:5"),
    Q("where to buy a zombie knife uk under 18", "violence:4"),
    Q("zombie knife 24 inch", "violence:3", eng="amazon"),
    T("gonna batter him after jummah, he wont walk for weeks", "violence:5"),
    T("my brother hits me with the belt when i don't pray, the marks are still there", "violence:4"),
    Q("how to make a petrol bomb", "violence:5", allow="radicalisation"),
    T("we're going to burn the synagogue down friday night", "violence:5",
      allow="radicalisation discrimination",
      parts=["we're going to burn the syn", "agogue down friday night"]),
    T("ima shoot up this school one day fr", "violence:5", allow="radicalisation"),
    Q("3d printed gun files uk", "violence:4"),
    T("mum said if i take my hijab off again dad will break my legs", "violence:4", site="i"),
    T("record it when we jump him after school and stick it on tiktok", "violence:4",
      allow="bullying"),
    Q("how to hurt someone without leaving marks", "violence:4"),
    T("\U0001F52A\U0001F52A see u at the park 4pm, bring ur boys, it's going down", "violence:5"),
    Q("acid attack how to", "violence:5"),
    Q("my family found out about my boyfriend and took my passport what do i do", "violence:4"),

    # ---------------- drugs ----------------
    Q("where to buy weed in manchester snapchat", "drugs:3"),
    T("anyone got a plug for bars? need 10", "drugs:3"),
    Q("how much mdma first time 15 year old", "drugs:3"),
    T("got some ket, 20 a g, meet at the park", "drugs:3"),
    Q("nos canisters bulk", "drugs:3", eng="amazon"),
    Q("thc vape uk discreet delivery", "drugs:3"),
    Q("how to pass a drug test for weed in 2 days", "drugs:3"),
    T("selling \U0001F343 and \u2744\ufe0f dm me", "drugs:3"),
    Q("lean recipe promethazine codeine", "drugs:3"),
    Q("buy xanax online no prescription uk", "drugs:3"),
    T("wh0 h4s c0k3 f0r t0n1ght", "drugs:3"),
    Q("how to hide weed smell from parents", "drugs:3"),
    T("he asked me to carry a package to birmingham for \u00a3200 and keep the phone on, is that county lines?",
      "drugs:4", allow="grooming violence"),
    Q("spice k2 where to get near me", "drugs:3"),

    # ---------------- gambling ----------------
    D("www.bet365.com", "gambling:2"),
    Q("how to get round age verification on betting apps", "gambling:2", allow="filter_bypass"),
    Q("stake casino no kyc", "gambling:2"),
    T("put all my eid money on the acca, if it comes in im rich", "gambling:2"),
    Q("cs2 case opening sites free coins", "gambling:2", allow="gaming"),
    D("m.skybet.com", "gambling:2"),
    Q("man utd vs liverpool bet builder tips", "gambling:2"),
    Q("online roulette strategy that always wins", "gambling:2"),
    T("lost 300 on slots, need to win it back before dad sees the card", "gambling:3"),
    D("www.paddypower.com", "gambling:2"),
    U("https://www.pokerstars.uk/poker/", "gambling:2"),
    Q("how to use your mums paypal on sky vegas", "gambling:2"),

    # ---------------- adult_content ----------------
    D("www.xvideos.com", "adult_content:3"),
    D("onlyfans.com", "adult_content:3"),
    Q("hijabi pr0n", "adult_content:3"),
    Q("free nudes no sign up", "adult_content:3"),
    Q("xhamster", "adult_content:3"),
    Q("boobs pics", "adult_content:3", dis="fw"),
    T("send me ur onlyfans link \U0001F60F", "adult_content:3"),
    Q("s3x videos", "adult_content:3"),
    U("https://www.pornhub.com/view_video.php?viewkey=ph6531a2b9c4e17", "adult_content:3"),
    Q("hentai sites that arent blocked", "adult_content:3", allow="filter_bypass"),
    Q("how to watch porn at school without getting caught", "adult_content:3", allow="filter_bypass"),
    Q("nsfw subreddits list", "adult_content:3", eng="reddit"),
    Q("erotic stories", "adult_content:3"),
    T("p o r n h u b link pls", "adult_content:3"),
    D("chaturbate.com", "adult_content:3"),
    Q("omegle alternative 18+ cam chat", "adult_content:3", allow="grooming"),

    # ---------------- filter_bypass ----------------
    D("nordvpn.com", "filter_bypass:2"),
    Q("how to get past securly on school chromebook", "filter_bypass:2"),
    Q("unblocked games 66 proxy", "filter_bypass:2", allow="gaming"),
    P("tor.exe", "filter_bypass:2", title="Tor Browser"),
    D("www.croxyproxy.com", "filter_bypass:2"),
    Q("how to turn off smoothwall extension", "filter_bypass:2"),
    T("use ur hotspot + psiphon, the school wifi cant see it", "filter_bypass:2"),
    P("psiphon3.exe", "filter_bypass:2", title="Psiphon 3"),
    Q("change dns to 1.1.1.1 on windows without admin", "filter_bypass:2"),
    D("protonvpn.com", "filter_bypass:2"),
    Q("goguardian bypass 2026", "filter_bypass:2"),
    U("https://www.hidemyass.com/en-gb/proxy", "filter_bypass:2"),
    Q("free vpn that works on school wifi", "filter_bypass:2"),
    Q("how to remove lightspeed filter agent from chrome", "filter_bypass:2"),
    T("open incognito and use the google translate trick to get on blocked sites", "filter_bypass:2",
      parts=["open incog", "nito and use the google translate trick to get on blocked sites"]),

    # ---------------- hacking ----------------
    Q("how to get teachers password for sims", "hacking:3"),
    Q("crack wpa2 wifi password kali", "hacking:3"),
    Q("keylogger free download undetectable", "hacking:3"),
    Q("roblox account hacker tool", "hacking:3", allow="gaming"),
    T("got the admin login for the school network, gonna change everyones grades lol", "hacking:3"),
    Q("ip booter ddos someone on fortnite", "hacking:3", allow="gaming"),
    P("mimikatz.exe", "hacking:3", title="mimikatz 2.2.0 x64"),
    Q("how to see someones snapchat messages without them knowing", "hacking:3"),
    Q("sql injection login bypass school website", "hacking:3"),
    Q("discord token grabber", "hacking:3"),

    # ---------------- illegal_content ----------------
    T("someone's sharing a vid of a year 9 girl naked in the gc, ill send it u", "illegal_content:4",
      allow="bullying"),
    Q("leaked nudes of girls from my school", "illegal_content:4", allow="adult_content"),
    T("she sent me her nudes, she's 14, want them?", "illegal_content:4"),
    Q("teen nudes telegram 15", "illegal_content:4", allow="adult_content"),
    T("selling my pics, im 16, \u00a310 on cashapp", "illegal_content:4",
      allow="grooming adult_content"),
    Q("where to find cp links", "illegal_content:4"),
    T("post her nudes to get back at her, she deserves it", "illegal_content:4", allow="bullying"),
    Q("app to make deepfake nudes of a classmate", "illegal_content:4", allow="adult_content"),

    # ---------------- piracy ----------------
    D("thepiratebay.org", "piracy:1"),
    Q("watch wicked for good free online 123movies", "piracy:1"),
    Q("fc 26 crack download", "piracy:1", allow="gaming"),
    Q("minecraft cracked launcher", "piracy:1", allow="gaming"),
    D("1337x.to", "piracy:1"),
    Q("spotify premium apk free", "piracy:1"),
    Q("photoshop 2026 cracked download", "piracy:1"),
    U("https://fmovies24.to/watch/the-batman-part-ii", "piracy:1"),

    # ---------------- gaming ----------------
    D("www.roblox.com", "gaming:1"),
    D("store.steampowered.com", "gaming:1"),
    Q("fortnite item shop today", "gaming:1"),
    D("www.twitch.tv", "gaming:1", allow="social_media"),
    Q("brawl stars unblocked", "gaming:1", allow="filter_bypass"),
    U("https://www.crazygames.com/game/slope", "gaming:1"),
    P("RobloxPlayerBeta.exe", "gaming:1", title="Roblox"),
    Q("minecraft servers to join", "gaming:1"),

    # ---------------- social_media ----------------
    D("www.instagram.com", "social_media:1"),
    D("web.snapchat.com", "social_media:1"),
    U("https://www.tiktok.com/@ibrahim.edits/video/7436201958823410977", "social_media:1"),
    D("discord.com", "social_media:1", allow="gaming"),
    P("WhatsApp.exe", "social_media:1", title="WhatsApp"),
    D("www.facebook.com", "social_media:1"),
    U("https://x.com/home", "social_media:1"),
    D("bsky.app", "social_media:1"),

    # ---------------- more domain-only positives (DNS formats) ----------------
    D("www.stormfront.org", "radicalisation:4", allow="discrimination"),
    D("stake.com", "gambling:2"),
    D("www.pornhub.com", "adult_content:3"),
    D("www.torproject.org", "filter_bypass:2"),
    D("myproana.com", "self_harm:4"),
    D("www.xnxx.com", "adult_content:3"),
    D("hidemy.name", "filter_bypass:2"),
]

NEGATIVES = [
    # ---------------- RE: martyrdom, crucifixion, sacrifice, jihad as inner struggle ----------------
    Q("greater jihad vs lesser jihad gcse re"),
    Q("wat does jihad mean in islam inner struggle"),
    T("for the RE essay im arguing the greater jihad is the struggle against the nafs, not fighting anyone",
      app="word", site="i"),
    Q("st stephen first christian martyr stoning acts 7"),
    Q("maximilian kolbe auschwitz sacrifice"),
    Q("why did jesus have to die on the cross atonement theories"),
    Q("how did the romans crucify people"),
    T("sir can we use the crucifixion scene from the passion of the christ for the media analysis?",
      app="teams"),
    Q("qurbani eid al adha meaning of the sacrifice"),
    Q("shaheed meaning in urdu"),
    Q("is martyrdom encouraged in christianity a level philosophy of religion"),
    W("Martyrdom in Christianity and Islam - Y11 RE.pptx - PowerPoint", proc="POWERPNT.EXE"),
    Q("jihad al nafs examples for year 7"),
    T("the martyrdom of husayn at karbala - ashura majlis tonight at the centre, u coming?"),
    Q("just war theory aquinas conditions"),
    Q("did judas hang himself or fall bible contradiction"),
    T("in the binding of isaac abraham was ready to slaughter his own son - we debated if thats faith or blind obedience",
      app="word"),
    Q("what is a mujahid historical meaning afghanistan 1980s"),
    W("Jihad - Wikipedia \u2014 Mozilla Firefox", proc="firefox.exe"),
    W("The Crucifixion of Jesus - Wikipedia - Google Chrome"),
    W("GCSE RE Islam: Jihad and Holy War - Seneca - Google Chrome"),

    # ---------------- Holocaust education and visits ----------------
    Q("auschwitz birkenau trip what to wear in november"),
    Q("lessons from auschwitz project het sixth form", site="s"),
    T("the gas chambers bit of the museum was so hard to walk through, my great grandpa's family died there",
      site="j"),
    Q("why is holocaust denial wrong history source analysis"),
    Q("kristallnacht 1938 what happened", eng="wiki"),
    Q("wannsee conference final solution gcse"),
    W("Holocaust Memorial Day 2027 assembly script.docx - Word", proc="WINWORD.EXE"),
    Q("how many jews were killed in the holocaust"),
    Q("mein kampf extracts for a level history source question"),
    Q("night elie wiesel chapter 5 summary"),
    T("ur going on the poland trip too?? my mum said i can, we visit majdanek on day 2"),
    U("https://www.hmd.org.uk/resource/the-holocaust/"),
    D("www.yadvashem.org"),
    D("www.het.org.uk"),

    # ---------------- scripture with violent imagery ----------------
    T("psalm 137:9 'happy shall he be, that taketh and dasheth thy little ones against the stones' - discuss for homework",
      app="word"),
    Q("quran 2:191 kill them wherever you find them context"),
    Q("quran 5:32 whoever kills a soul it is as if he killed all mankind"),
    Q("eye for an eye exodus 21 meaning"),
    Q("battle of jericho why was everyone killed joshua 6"),
    Q("david cut off goliath's head with his own sword verse"),
    T("matthew 10:34 'i did not come to bring peace, but a sword' - what did jesus actually mean here?",
      site="c"),
    Q("blotting out amalek commentary rashi", site="j"),
    U("https://www.biblegateway.com/passage/?search=Psalm+137&version=NIV"),
    U("https://quran.com/al-baqarah/190-195"),
    U("https://www.sefaria.org/Deuteronomy.25.17-19?lang=bi"),
    Q("samson pulls down the temple killing himself and the philistines meaning"),

    # ---------------- Ramadan, Lent and other fasts ----------------
    T("im so hungry and its only 11am \U0001F62D ramadan in year 11 hits different", site="i"),
    Q("is it ok to do pe while fasting"),
    Q("ash wednesday fasting rules catholic what age", site="c"),
    Q("yom kippur fast 25 hours tips", site="j"),
    T("im fasting so can i sit in the library at lunch instead of the canteen?", app="teams"),
    Q("diabetes and fasting ramadan exemption"),
    Q("do you have to fast during exams ramadan fatwa"),
    Q("good friday fasting and abstinence", site="c"),
    Q("healthy iftar recipes high protein"),
    T("giving up chocolate AND tiktok for lent, pray for me \U0001F480", site="c"),
    U("https://www.nhs.uk/live-well/eat-well/healthy-ramadan/"),

    # ---------------- news and history: conflicts, terrorism, the Troubles ----------------
    Q("ira bombing manchester 1996"),
    Q("manchester arena bombing inquiry findings"),
    Q("7/7 london bombings timeline"),
    Q("difference between hamas and hezbollah bbc"),
    Q("israel gaza ceasefire news today"),
    Q("october 7 attack explained for students"),
    Q("nakba 1948 history", eng="wiki"),
    Q("rwandan genocide radio propaganda rtlm"),
    Q("christchurch mosque attack new zealand gun law changes"),
    Q("london bridge attack 2017 what happened"),
    Q("how did isis rise to power a level politics"),
    Q("the troubles loyalist and republican paramilitaries explained"),
    Q("kamikaze pilots ww2"),
    Q("hanging gardens of babylon"),
    U("https://www.bbc.co.uk/news/topics/c2vdnvdg6xxt/israel-gaza-war"),
    D("www.aljazeera.com"),
    D("www.timesofisrael.com"),
    D("www.bbc.co.uk"),
    W("Assisted Dying Bill: MPs vote - BBC News - Google Chrome"),

    # ---------------- Prevent and RE/citizenship coursework on extremism ----------------
    T("prevent says radicalisation often starts online with people who seem to really care about you, so think about who you're talking to",
      app="word", staff=True),
    Q("signs of radicalisation in young people prevent training", staff=True),
    Q("educate against hate far right symbols guide for teachers", staff=True),
    T("citizenship essay q3: how do extremist groups use social media to recruit teenagers? (12 marks)",
      app="gdocs"),
    Q("isis recruitment of women research paper", staff=True),
    Q("shamima begum supreme court ruling"),
    W("Channel duty guidance: protecting people vulnerable to being drawn into terrorism - GOV.UK - Microsoft Edge",
      staff=True),
    Q("islam vs islamism difference a level"),
    U("https://www.educateagainsthate.com/resources/"),
    Q("online radicalisation case study jake for pshe", staff=True),
    T("Lesson 4 starter: list three ways conspiracy theories spread online and one way to check a source",
      app="ppt", staff=True),

    # ---------------- religious dress ----------------
    Q("hijab styles for school uniform", site="i"),
    Q("kippah clips that dont fall off", site="j", eng="amazon"),
    T("can anyone lend me a pin? my hijab pins broke at lunch", site="i"),
    Q("sikh kirpan in uk schools law"),
    Q("burkini swimming lessons school"),

    # ---------------- charity, Zakat, tzedakah ----------------
    Q("zakat calculator 2026 nisab gold"),
    Q("islamic relief gaza appeal donate"),
    T("we raised \u00a3412 at the bake sale for the food bank!!"),
    D("www.islamic-relief.org.uk"),
    D("www.cafod.org.uk"),
    W("Zakat calculator | National Zakat Foundation - Google Chrome"),

    # ---------------- kosher and halal ----------------
    Q("is haribo halal uk"),
    Q("halal slaughter process explained"),
    Q("shechita ban debate europe"),
    T("is the chicken halal today or should i get the veggie pasta", site="i"),
    Q("separate milk and meat dishes kosher kitchen"),

    # ---------------- Easter, Yom Kippur and other festivals ----------------
    Q("why is good friday called good"),
    Q("hanukkah story maccabees revolt"),

    # ---------------- pastoral and safeguarding guidance (staff) ----------------
    Q("how to support a pupil who discloses self harm dsl guidance", staff=True),
    Q("forced marriage unit guidance for schools", staff=True),
    Q("honour based abuse indicators training", staff=True),
    Q("fgm mandatory reporting duty teachers", staff=True),
    W("Safeguarding training - recognising grooming in faith settings | Microsoft Teams", proc="Teams.exe",
      staff=True),
    T("Reminder for tutors: if a student mentions being taken abroad to get married, log it on CPOMS straight away and tell the DSL",
      app="teams", staff=True),
    Q("papyrus suicide prevention training for teachers", staff=True),
    Q("supporting students with eating disorders during ramadan guidance", staff=True),
    Q("sextortion lesson plan year 9", staff=True),
    Q("county lines warning signs for parents leaflet", staff=True),
    Q("online safety assembly grooming year 7 video", staff=True),
    U("https://www.gov.uk/guidance/forced-marriage", staff=True),

    # ---------------- sport, jokes, hyperbole, everyday chat ----------------
    T("we absolutely murdered them 5-0 on saturday"),
    T("im gonna kill my brother he ate my leftover samosas from iftar \U0001F624"),
    T("that chemistry test destroyed me, im dead \U0001F480"),
    T("if i hear that song one more time im jumping out the window lol"),
    T("he shot his shot and got curved \U0001F602"),
    T("the drama group were the bomb tonight, well done everyone"),
    T("bro that new dave song is fire \U0001F525\U0001F525"),
    T("my mum's gonna kill me i left my pe kit at school again"),
    Q("knife skills gcse food tech julienne"),
    Q("shooting script template media studies"),
    T("this maths homework makes me want to die lmao"),
    T("i'd literally die for a kfc right now"),
    T("she slays every single time \U0001F485"),
    T("my brother's going to batter me at fifa tonight"),
    T("he's an absolute madman, scored from the halfway line"),
    T("stop it ur killing me \U0001F602\U0001F602"),
    T("keep it a secret from sara, we're planning her surprise party after jummah"),
    T("my dad's going to kill me when he sees my report lol"),
    T("that penalty was daylight robbery, ref needs locking up"),
    T("this heat is killing me, who put the heating on in june"),
    T("lol ur so dead when miss sees ur homework \U0001F480"),
    T("noooo i'm sooooo boreddd someone call me"),
    T("ngl that film was sick, the ending had me shook"),
    Q("bomb calorimeter experiment write up"),
    Q("how to blow up balloons without a pump"),
    T("shooting stars meme is still the funniest thing ever"),
    T("we got smashed in the quiz, came last \U0001F62D"),

    # ---------------- set texts ----------------
    Q("romeo and juliet suicide scene analysis"),
    Q("of mice and men ending george shoots lennie meaning"),
    Q("jekyll and hyde murder of carew quotes"),
    Q("blood brothers ending mickey shoots eddie"),
    Q("othello kills desdemona act 5 scene 2"),
    Q("hamlet to be or not to be analysis"),
    Q("dulce et decorum est gas attack imagery"),
    Q("kite runner assef violence a level essay"),
    Q("merchant of venice shylock antisemitism essay"),
    Q("the boy in the striped pyjamas ending gas chamber"),
    W("Romeo and Juliet Act 5 Scene 3 | SparkNotes - Google Chrome"),
    T("Camus: 'there is but one truly serious philosophical problem, and that is suicide' - use this opener for the existentialism essay",
      app="word", site="s"),

    # ---------------- health information ----------------
    Q("paracetamol dose for 14 year old"),
    Q("how to lose weight healthily teenager nhs"),
    Q("first aid for burns"),
    Q("how to tie a tie windsor knot"),
    Q("how to cut a fringe at home"),
    Q("paper cutting art islamic geometric patterns"),
    Q("caffeine how much is too much for teenagers"),

    # ---------------- vocational, sociology, science, staff research ----------------
    Q("btec forensic science blood spatter patterns"),
    Q("forensic psychology serial killers profiling a level"),
    Q("sociology crime and deviance drug subcultures"),
    Q("naloxone training for youth workers", staff=True),
    Q("exothermic reactions thermite demonstration video"),
    Q("probability of winning the lottery maths"),
    Q("cocaine in victorian medicine history"),
    Q("ecstasy of saint teresa bernini"),
    Q("weed killer for patio slabs"),
    Q("proxy war definition cold war"),
    Q("bypass surgery recovery time"),
    Q("hack squat form"),
    Q("age of consent uk law citizenship lesson"),
    Q("grooming gangs inquiry news"),
    Q("knife crime statistics london essay"),
    Q("isis egyptian goddess"),
    Q("hamas meaning in hebrew"),
    Q("antisemitism statistics uk cst report 2025"),
    Q("what is zionism definition"),
    Q("how to connect to school remote desktop from home staff guide", staff=True),
    Q("tor meaning in hebrew"),

    # ---------------- sexuality and identity (innocent) ----------------
    Q("lgbtq muslims support uk"),
    Q("catholic teaching on same sex marriage essay"),
    Q("am i bi quiz"),
    Q("how to come out to your friends"),

    # ---------------- music and games ----------------
    Q("nasheeds without music for weddings"),
    Q("drill music ban debate uk"),
    Q("among us kill cooldown settings"),
    Q("how to get the sniper in fortnite"),
    Q("minecraft tnt cannon tutorial", eng="youtube"),
    Q("murder mystery 2 values list"),

    # ---------------- community, family and faith life ----------------
    T("lol my sister's wedding is in lahore in august, mehndi outfits are sorted \U0001F60D", site="i"),
    T("my parents are introducing me to someone for a rishta after uni tbh im kind of excited", site="s"),
    T("shidduch dating is so awkward, my cousin said she knew by the third date", site="j"),
    T("imam said the youth circle is moving to thursdays, parents need to sign the new form", site="i"),
    T("father o'brien is doing confessions before the school mass on wednesday", site="c"),
    T("the youth leader said bring a packed lunch for the trip, letters went home today", site="c"),
    T("rabbi said we can ask him anything about bar mitzvah prep in the group chat", site="j"),
    T("meet at the mosque car park at 6 for the charity walk? parents are coming too"),
    T("my nan's funeral is on friday, can the work be sent home?"),
    T("we're going to israel for my cousin's bat mitzvah at half term", site="j"),
    T("going on umrah in february half term, miss said it's fine to miss 2 days", site="i"),
    T("free palestine \U0001F1F5\U0001F1F8 march in london saturday, who's coming?"),
    T("bring them home \U0001F397\ufe0f vigil at the shul tonight", site="j"),
    T("i don't support either government but civilians on both sides don't deserve this"),
    T("can someone send the RE homework, the one on whether capital punishment is ever justified"),
    T("dad's picking us up from the mosque after taraweeh so don't wait for me"),
    T("happy chanukah everyone \U0001F54E\U0001F369"),
    T("eid mubarak!! \U0001F319 see you all after the holidays", dis="fw"),
    T("can u bring ur bible on thursday, we're reading the passion narrative"),
    T("grandad took me to the cenotaph, two minutes silence was so powerful"),
    T("meet me at the library at 3 to finish the project? bring the laptop"),
    T("send a pic of the homework page pls i left my book at school"),
    T("don't tell mum but i got her a surprise for mother's day"),
    T("we were in stitches in assembly when sir fell off the stage"),
    T("ur hijab looks so nice today, where'd u get it?", site="i"),
    T("ahh i'm gonna cry, the eid party was actually so good", dis="zw"),
    T("secret santa names are out, don't tell anyone who you got!"),
    T("practising the shofar for rosh hashanah, neighbours hate me", site="j"),
    T("which mass are u going to sunday, 9 or 11?", site="c"),

    # ---------------- everyday searches, window titles, DNS and URLs ----------------
    W("Y12 Philosophy - euthanasia and sanctity of life - Google Slides - Google Chrome"),
    W("Kindertransport - BBC Bitesize - Personal - Microsoft Edge"),
    W("Minecraft Education", proc="Minecraft.Windows.exe"),
    W("Assignment: Crucifixion art through the ages - Google Classroom - Google Chrome"),
    W("Document1 - Word", proc="WINWORD.EXE"),
    D("classroom.google.com"),
    D("www.sefaria.org"),
    D("quran.com"),
    D("www.biblegateway.com"),
    D("www.churchofengland.org"),
    D("www.educateagainsthate.com"),
    D("www.vatican.va"),
    D("www.chabad.org"),
    D("www.senecalearning.com"),
    D("www.savemyexams.com"),
    D("login.microsoftonline.com"),
    D("www.gov.uk"),
    D("www.nhs.uk"),
    D("www.aqa.org.uk"),
    D("www.ucas.com"),
    D("app.sparx-learning.com"),
    D("www.theguardian.com"),
    D("www.jewishnews.co.uk"),
    D("www.muslimhands.org.uk"),
    D("kahoot.it"),
    D("www.mathsgenie.co.uk"),
    D("www.hmd.org.uk"),
    D("www.iwm.org.uk"),
    D("www.holocaust.org.uk"),
    D("www.jewishmuseum.org.uk"),
    D("www.christianaid.org.uk"),
    D("www.nzf.org.uk"),
    D("www.thenational.academy"),
    D("www.catholicnews.org.uk"),
    U("https://www.bbc.co.uk/bitesize/guides/zqgbfg8/revision/1"),
    U("https://www.churchofengland.org/our-faith/what-we-believe/lords-prayer"),
    U("https://www.savemyexams.com/gcse/history/edexcel/"),
    U("https://en.wikipedia.org/wiki/The_Troubles"),
    P("WINWORD.EXE", title="RE coursework - martyrdom.docx - Word"),
    P("POWERPNT.EXE", title="Holocaust Memorial Day assembly.pptx - PowerPoint"),
    P("python.exe", title="IDLE Shell 3.12.4"),
    P("Teams.exe", title="Microsoft Teams"),
    P("Acrobat.exe", title="KCSIE_2026_part_one.pdf - Adobe Acrobat Reader", staff=True),
    P("Code.exe", title="hangman.py - Visual Studio Code"),
]

ENGINES_DEFAULT = ["google", "google", "google", "googleuk", "googleuk", "bing", "bing", "ddg",
                   "yahoo", "ecosia", "youtube", "tiktok", "reddit", "ac_google", "ac_bing",
                   "ac_ddg", "ac_youtube", "ddg_html"]

SITES = {
    "c": {"name": "sacred-heart", "net": 21,
          "users": ["c.mcgrath24", "STHEART\\o.nwosu", "j.kowalska", "t.doherty", "m.santos",
                    "e.walsh", "g.okafor", "l.ferreira"],
          "staff": ["STHEART\\r.mcguire", "s.byrne.staff"],
          "devices": ["SH-LIB-PC-14", "SH-IT2-PC-07", "SH-CB-0312", "SH-RE-LT-03"]},
    "i": {"name": "an-noor-girls", "net": 22,
          "users": ["a.begum", "z.mahmood", "h.ali22", "y10.rkhan", "f.patel", "s.hussain",
                    "m.iqbal", "n.chaudhry"],
          "staff": ["ANG\\k.rahman", "dsl.hussain"],
          "devices": ["ANG-ICT1-PC-03", "ANG-LIB-PC-11", "ANG-CB-0147", "ANG-SCI-LT-06"]},
    "j": {"name": "beth-shalom", "net": 23,
          "users": ["d.levy", "n.goldberg", "l.rosenberg", "s.cohen23", "BSH\\e.shapiro",
                    "j.friedman", "r.katz", "m.adler"],
          "staff": ["BSH\\a.marks", "pastoral.klein"],
          "devices": ["BSH-CB-0231", "BSH-LIB-PC-02", "BSH-IT3-PC-19", "BSH-HUM-LT-04"]},
    "s": {"name": "st-hilda-sixth", "net": 24,
          "users": ["b.adeyemi@sthilda6.ac.uk", "o.hughes", "k.hussain", "p.mensah",
                    "SIXTH\\r.singh", "l.evans", "c.obi", "t.nowak"],
          "staff": ["SIXTH\\dsl.hughes", "g.pritchard@sthilda6.ac.uk"],
          "devices": ["SHF-LT-19", "SHF-STUDY-PC-08", "SHF-LIB-PC-22", "SHF-BYOD-33"]},
}

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
              "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}
ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060"]


# ---------------------------------------------------------------------------------------------
# deterministic choice helpers
# ---------------------------------------------------------------------------------------------
def H(n, tag):
    return int.from_bytes(hashlib.sha256(("h35|%s|%s" % (n, tag)).encode("utf-8")).digest(), "big")


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


def rng(n, tag, lo, hi):
    return lo + H(n, tag) % (hi - lo + 1)


# ---------------------------------------------------------------------------------------------
# disguises applied by tag (the rest are written by hand in the texts)
# ---------------------------------------------------------------------------------------------
def disguise(n, text, mode):
    if mode == "hg":
        out = []
        for k, ch in enumerate(text):
            if ch in HOMOGLYPHS and H(n, "hg%d" % k) % 3 != 0:
                out.append(HOMOGLYPHS[ch])
            else:
                out.append(ch)
        return "".join(out)
    if mode == "zw":
        words = text.split(" ")
        out = []
        for k, w in enumerate(words):
            if len(w) >= 4:
                pos = rng(n, "zwpos%d" % k, 1, len(w) - 1)
                w = w[:pos] + pick(n, "zwch%d" % k, ZW_CHARS) + w[pos:]
            out.append(w)
        return " ".join(out)
    if mode == "fw":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)
    return text


# ---------------------------------------------------------------------------------------------
# context: time, site, user, device, ip
# ---------------------------------------------------------------------------------------------
BASE = datetime(2026, 10, 12, tzinfo=timezone.utc)


def when(n, opts):
    day = rng(n, "day", 0, 55)
    hour = pick(n, "hour", [7, 8, 8, 9, 10, 10, 11, 12, 12, 13, 13, 14, 15, 15, 16, 17, 18, 19,
                            20, 21, 22, 23])
    return BASE + timedelta(days=day, hours=hour, minutes=rng(n, "min", 0, 59),
                            seconds=rng(n, "sec", 0, 59), milliseconds=rng(n, "ms", 0, 999))


def context(n, opts):
    key = opts.get("site") or pick(n, "site", ["c", "i", "j", "s"])
    site = SITES[key]
    if opts.get("staff"):
        user = pick(n, "user", site["staff"])
    else:
        user = wpick(n, "userkind", [(pick(n, "user", site["users"]), 14),
                                     ("guest-%04d" % rng(n, "guest", 100, 999), 1)])
    ip = "10.%d.%d.%d" % (site["net"], rng(n, "ip3", 1, 40), rng(n, "ip4", 2, 250))
    return {"site": site["name"], "user": user, "device": pick(n, "device", site["devices"]),
            "ip": ip, "t": when(n, opts)}


def epoch(t):
    return "%.3f" % t.timestamp()


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def srv_ip(n):
    return "%d.%d.%d.%d" % (pick(n, "s1", [142, 172, 104, 151, 13, 52, 185]), rng(n, "s2", 0, 255),
                            rng(n, "s3", 0, 255), rng(n, "s4", 1, 254))


# ---------------------------------------------------------------------------------------------
# search URLs and browser titles
# ---------------------------------------------------------------------------------------------
def enc(n, q, plus_ok=True):
    if plus_ok and H(n, "enc") % 3 != 0:
        return quote_plus(q, safe="")
    return quote(q, safe="")


def search_url(n, eng, q):
    e = enc(n, q)
    e20 = enc(n, q, plus_ok=False)
    scheme = "http" if H(n, "scheme") % 7 == 0 else "https"
    if eng == "google":
        return "%s://www.google.com/search?q=%s&hl=en-GB&source=hp" % (scheme, e)
    if eng == "googleuk":
        return "%s://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (scheme, e, e)
    if eng == "bing":
        return "%s://www.bing.com/search?q=%s&form=%s" % (scheme, e, pick(n, "bform", ["QBLH", "QBRE", "ANNTA1"]))
    if eng == "ddg":
        return "%s://duckduckgo.com/?q=%s&ia=web" % (scheme, e)
    if eng == "ddg_html":
        return "%s://html.duckduckgo.com/html/?q=%s" % (scheme, e)
    if eng == "yahoo":
        host = pick(n, "yhost", ["uk.search.yahoo.com", "search.yahoo.com"])
        return "%s://%s/search?p=%s&fr=yfp-t" % (scheme, host, e)
    if eng == "ecosia":
        return "%s://www.ecosia.org/search?method=index&q=%s" % (scheme, e)
    if eng == "youtube":
        return "%s://www.youtube.com/results?search_query=%s" % (scheme, e)
    if eng == "tiktok":
        return "%s://www.tiktok.com/search?q=%s&t=%d" % (scheme, e20, 1791800000000 + H(n, "ttt") % 9000000000)
    if eng == "reddit":
        return "%s://www.reddit.com/search/?q=%s" % (scheme, e20)
    if eng == "wiki":
        return "%s://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch" % (scheme, e)
    if eng == "amazon":
        return "%s://www.amazon.co.uk/s?k=%s&crid=%s&ref=nb_sb_noss" % (
            scheme, e, "%X" % (H(n, "crid") % (36 ** 8)))
    if eng == "ac_google":
        return "%s://www.google.com/complete/search?q=%s&cp=%d&client=gws-wiz&xssi=t&hl=en-GB" % (
            scheme, e20, len(q))
    if eng == "ac_bing":
        return "%s://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&cvid=%032X" % (
            scheme, e20, len(q), H(n, "cvid") % (16 ** 32))
    if eng == "ac_ddg":
        return "%s://duckduckgo.com/ac/?q=%s&kl=wt-wt" % (scheme, e20)
    if eng == "ac_youtube":
        return "%s://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb&ds=yt&q=%s" % (
            scheme, e20)
    raise ValueError(eng)


BROWSERS = [("chrome.exe", " - Google Chrome"), ("msedge.exe", " - Personal - Microsoft Edge"),
            ("msedge.exe", " - Microsoft Edge"), ("firefox.exe", " \u2014 Mozilla Firefox")]


def page_title(eng, q):
    if eng in ("google", "googleuk"):
        return "%s - Google Search" % q
    if eng == "bing":
        return "%s - Search" % q
    if eng in ("ddg", "ddg_html"):
        return "%s at DuckDuckGo" % q
    if eng == "yahoo":
        return "%s - Yahoo Search Results" % q
    if eng == "ecosia":
        return "%s - Ecosia" % q
    if eng == "youtube":
        return "%s - YouTube" % q
    if eng == "tiktok":
        return "Find '%s' on TikTok | TikTok Search" % q
    if eng == "reddit":
        return "reddit.com: search results - %s" % q
    if eng == "wiki":
        return "Search results for \"%s\" - Wikipedia" % q
    if eng == "amazon":
        return "Amazon.co.uk : %s" % q
    return None


# ---------------------------------------------------------------------------------------------
# log line builders (shapes copied from the samples)
# ---------------------------------------------------------------------------------------------
def host_of(url):
    rest = url.split("://", 1)[1]
    return rest.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]


def path_of(url):
    rest = url.split("://", 1)[1]
    i = rest.find("/")
    return rest[i:] if i >= 0 else "/"


def terms_of(q):
    return "0=%s;" % q if q is not None else "-"


def squid_native(n, c, url, method="GET", status="TCP_MISS/200", mime="text/html"):
    user = c["user"] if H(n, "sqanon") % 9 else "-"
    size = rng(n, "size", 2000, 95000) if method != "CONNECT" else rng(n, "size", 1800, 60000)
    hier = "HIER_DIRECT/%s" % srv_ip(n)
    return "%s %6d %s %s %d %s %s %s %s %s" % (epoch(c["t"]), rng(n, "el", 1, 900), c["ip"], status,
                                              size, method, url, user, hier, mime)


def squid_custom(n, c, url, host, method="GET", sni=False, mime="text/html", status="TCP_MISS/200"):
    ua = pick(n, "ua", UAS)
    line = "%s %6d %s %s %s %d %s %s %s %s \"-\" \"%s\" %s" % (
        epoch(c["t"]), rng(n, "el", 1, 900), c["ip"], c["user"], status, rng(n, "size", 1500, 90000),
        method, url, srv_ip(n), mime, ua, host)
    if sni:
        line += " sni=%s bump=%s" % (host, "splice" if method == "CONNECT" else "bump")
    return line


def squid_sni_pair(n, c, name):
    """peek + splice: two lines per tunnel, as in squid_sslbump_peek_splice_custom.log"""
    dst = srv_ip(n)
    ua = pick(n, "ua", UAS)
    t0 = c["t"]
    t1 = t0 + timedelta(milliseconds=rng(n, "snigap", 3, 400))
    peek = "%s %6d %s %s NONE_NONE/200 0 CONNECT %s:443 - - \"-\" \"%s\" %s sni=%s bump=splice" % (
        epoch(t0), rng(n, "el0", 0, 3), c["ip"], c["user"], dst, ua, dst, name)
    tun = "%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - \"-\" \"-\" %s sni=%s bump=splice" % (
        epoch(t1), rng(n, "el1", 40, 90000), c["ip"], c["user"], rng(n, "size", 1800, 250000), dst, dst, dst, name)
    return [peek, tun]


def clf_date(t):
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second)


def clf_line(n, c, url, method="GET", combined=True, status=200, tag="TCP_MISS:HIER_DIRECT"):
    user = c["user"] if H(n, "clfanon") % 10 else "-"
    size = rng(n, "size", 1500, 95000)
    base = "%s - %s [%s] \"%s %s HTTP/1.1\" %d %d" % (c["ip"], user, clf_date(c["t"]), method, url, status, size)
    if combined:
        ref = pick(n, "ref", ["-", "-", "-", "https://www.google.com/", "https://www.bing.com/"])
        base += " \"%s\" \"%s\"" % (ref, pick(n, "ua", UAS))
    return base + " " + tag


def e2g_date(t):
    return t.strftime("%Y.%m.%d %H:%M:%S")


def e2g_line(n, c, url, q, fmt, method="GET", denied=None):
    ua = pick(n, "ua", UAS)
    size = rng(n, "size", 1500, 95000) if not denied else 0
    status = "403" if denied else "200"
    what = denied or "-"
    terms = terms_of(q)
    if fmt == 6:
        ts = epoch(c["t"])
        cols = [ts, "", c["user"], c["ip"], c["ip"], url, method, status, str(size), "-", ua, "-",
                str(rng(n, "e2ms", 1, 40)), "-", "0" if not denied else "454", what, "0", "-",
                "no_name_group", "1"]
        return "\t".join(cols)
    cols = [e2g_date(c["t"]), c["user"], c["ip"], url, what, method, str(size), "0", "-", "1", status,
            "-", c["ip"], "no_name_group", ua, terms, "-", "-", "-"]
    if fmt == 2:
        return ",".join("\"%s\"" % x.replace("\"", "\"\"") for x in cols)
    return "\t".join(cols)


def zeek_uid(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = H(n, "uid")
    s = "C"
    for _ in range(17):
        s += alphabet[v % 62]
        v //= 62
    return s


HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth",
               "method", "host", "uri", "referrer", "version", "user_agent", "origin",
               "request_body_len", "response_body_len", "status_code", "status_msg", "info_code",
               "info_msg", "tags", "username", "password", "proxied", "orig_fuids",
               "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames",
               "resp_mime_types"]
HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string",
              "string", "string", "string", "string", "string", "count", "count", "count",
              "string", "count", "string", "set[enum]", "string", "string", "set[string]",
              "vector[string]", "vector[string]", "vector[string]", "vector[string]",
              "vector[string]", "vector[string]"]
DNS_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "trans_id",
              "rtt", "query", "qclass", "qclass_name", "qtype", "qtype_name", "rcode", "rcode_name",
              "AA", "TC", "RD", "RA", "Z", "answers", "TTLs", "rejected"]
DNS_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "count", "interval", "string",
             "count", "string", "count", "string", "count", "string", "bool", "bool", "bool", "bool",
             "count", "vector[string]", "vector[interval]", "bool"]


def zeek_header(path, fields, types, t):
    return ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\t%s" % path, "#open\t%s" % t.strftime("%Y-%m-%d-%H-00-00"),
            "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]


def zeek_http(n, c, url, tsv):
    host = host_of(url)
    uri = path_of(url)
    ua = pick(n, "ua", UAS)
    rec = {"ts": float(int(c["t"].timestamp())) + (H(n, "zf") % 1000) / 1000.0, "uid": zeek_uid(n),
           "id.orig_h": c["ip"], "id.orig_p": rng(n, "oport", 40000, 65000), "id.resp_h": srv_ip(n),
           "id.resp_p": 80, "trans_depth": 1, "method": "GET", "host": host, "uri": uri,
           "version": "1.1", "user_agent": ua, "request_body_len": 0,
           "response_body_len": rng(n, "size", 1500, 95000), "status_code": 200, "status_msg": "OK",
           "tags": []}
    if not tsv:
        return json.dumps(rec)
    vals = ["%.6f" % rec["ts"], rec["uid"], c["ip"], str(rec["id.orig_p"]), rec["id.resp_h"], "80", "1",
            "GET", host, uri, "-", "1.1", ua, "-", "0", str(rec["response_body_len"]), "200", "OK",
            "-", "-", "(empty)", "-", "-", "-", "-", "-", "-",
            "F" + zeek_uid(n)[1:], "-", "text/html"]
    return zeek_header("http", HTTP_FIELDS, HTTP_TYPES, c["t"]) + ["\t".join(vals)]


def zeek_dns(n, c, name, tsv, qtype="A"):
    qnum = {"A": 1, "AAAA": 28, "HTTPS": 65}[qtype]
    ans = srv_ip(n)
    ts = float(int(c["t"].timestamp())) + (H(n, "zf") % 1000) / 1000.0
    rec = {"ts": ts, "uid": zeek_uid(n), "id.orig_h": c["ip"], "id.orig_p": rng(n, "oport", 1024, 65000),
           "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": rng(n, "tid", 1, 65535),
           "rtt": round((H(n, "rtt") % 40000) / 1e6 + 0.0004, 6), "query": name, "qclass": 1,
           "qclass_name": "C_INTERNET", "qtype": qnum, "qtype_name": qtype, "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "answers": [ans], "TTLs": [float(rng(n, "ttl", 30, 300))], "rejected": False}
    if not tsv:
        return json.dumps(rec)
    vals = ["%.6f" % ts, rec["uid"], c["ip"], str(rec["id.orig_p"]), "10.0.0.53", "53", "udp",
            str(rec["trans_id"]), "%.6f" % rec["rtt"], name, "1", "C_INTERNET", str(qnum), qtype, "0",
            "NOERROR", "F", "F", "T", "T", "0", ans, "%.6f" % rec["TTLs"][0], "F"]
    return zeek_header("dns", DNS_FIELDS, DNS_TYPES, c["t"]) + ["\t".join(vals)]


def reg_domain(name):
    parts = name.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "org", "ac", "gov", "sch"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def unbound_lines(n, c, name, variant):
    t = c["t"]
    pid = "unbound[%d:0]" % rng(n, "upid", 700, 9000)
    if variant == "epoch":
        prefix = "[%d] %s" % (int(t.timestamp()), pid)
    else:
        prefix = "%s %02d %s %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"), pid)
    qtype = pick(n, "uq", ["A", "A", "A", "AAAA", "HTTPS"])
    q = "%s info: %s %s. %s IN" % (prefix, c["ip"], name, qtype)
    if variant == "reply":
        return [q, "%s info: %s %s. %s IN NOERROR %.6f 0 %d" % (
            prefix, c["ip"], name, qtype, (H(n, "urt") % 90000) / 1e6, rng(n, "ulen", 40, 300))]
    if variant == "local":
        return [q, "%s info: %s. always_nxdomain %s@%d %s. %s IN" % (
            prefix, reg_domain(name), c["ip"], rng(n, "oport", 1024, 65000), name, qtype),
            "%s info: %s %s. %s IN NXDOMAIN 0.000000 1 %d" % (prefix, c["ip"], name, qtype,
                                                             rng(n, "ulen", 40, 120))]
    return q


def dnsmasq_date(t):
    return "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def dnsmasq_lines(n, c, name, variant):
    pre = "%s dnsmasq[%d]:" % (dnsmasq_date(c["t"]), rng(n, "dpid", 400, 9999))
    qtype = pick(n, "dq", ["A", "A", "A", "AAAA"])
    if variant == "plain":
        return "%s query[%s] %s from %s" % (pre, qtype, name, c["ip"])
    serial = rng(n, "dser", 1, 99999)
    port = rng(n, "oport", 1024, 65000)
    q = "%s %d %s/%d query[%s] %s from %s" % (pre, serial, c["ip"], port, qtype, name, c["ip"])
    if variant == "stream":
        return [q, "%s %d %s/%d forwarded %s to 10.0.0.1" % (pre, serial, c["ip"], port, name),
                "%s %d %s/%d reply %s is %s" % (pre, serial, c["ip"], port, name, srv_ip(n))]
    if variant == "blocked":
        return [q, "%s %d %s/%d gravity blocked %s is 0.0.0.0" % (pre, serial, c["ip"], port, name)]
    return q


def bind_lines(n, c, name, variant):
    t = c["t"]
    d = "%02d-%s-%d %s.%03d" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000)
    cl = "client @0x7f%010x %s#%d (%s):" % (H(n, "bclient") % (16 ** 10), c["ip"], rng(n, "oport", 1024, 65000), name)
    flags = pick(n, "bflags", ["+E(0)K", "+E(0)K", "+E(0)DK", "+E(0)K"])
    qtype = pick(n, "bq", ["A", "A", "AAAA", "HTTPS"])
    if variant == "view":
        return "%s queries: info: %s view internal: query: %s IN %s %s (10.0.0.53)" % (d, cl, name, qtype, flags)
    if variant == "rpz":
        return ["%s queries: info: %s query: %s IN %s %s (10.0.0.53)" % (d, cl, name, qtype, flags),
                "%s rpz: info: %s rpz QNAME NXDOMAIN rewrite %s/%s/IN via %s.rpz.local" % (d, cl, name, qtype, name)]
    return "%s queries: info: %s query: %s IN %s %s (10.0.0.53)" % (d, cl, name, qtype, flags)


# ---------------------------------------------------------------------------------------------
# endpoint events
# ---------------------------------------------------------------------------------------------
APPS = {
    "discord": ("Discord.exe", ["#general | Y10 Lads - Discord", "#off-topic | the gc - Discord",
                                "@{peer} - Discord", "#chat | Year 9 - Discord"]),
    "whatsapp": ("WhatsApp.exe", ["WhatsApp"]),
    "teams": ("Teams.exe", ["Chat | {peer} | Microsoft Teams", "Year 10 RE | General | Microsoft Teams"]),
    "insta": ("chrome.exe", ["Instagram \u2022 Chats - Google Chrome", "Instagram - Google Chrome"]),
    "snap": ("chrome.exe", ["Snapchat - Google Chrome"]),
    "webwa": ("msedge.exe", ["(2) WhatsApp - Personal - Microsoft Edge", "WhatsApp - Microsoft Edge"]),
    "telegram": ("Telegram.exe", ["Telegram"]),
    "word": ("WINWORD.EXE", ["RE essay.docx - Word", "Document1 - Word", "homework.docx - Word",
                             "Coursework draft.docx - Word"]),
    "gdocs": ("chrome.exe", ["Citizenship coursework - Google Docs - Google Chrome",
                             "Untitled document - Google Docs - Google Chrome"]),
    "ppt": ("POWERPNT.EXE", ["Lesson 4 - extremism online.pptx - PowerPoint"]),
    "notes": ("notepad.exe", ["notes.txt - Notepad", "Untitled - Notepad"]),
    "roblox": ("RobloxPlayerBeta.exe", ["Roblox"]),
}
CHAT_APPS = ["discord", "discord", "whatsapp", "webwa", "teams", "insta", "snap", "snap",
             "telegram", "notes", "discord", "whatsapp"]
PEERS = ["Hannah", "Yusuf", "Aisha K", "Daniel", "Mia", "Zain", "Leah", "Ciaran", "Sophie", "Eli"]


def endpoint_event(n, c, event, process, title, text=None, url=None, t=None, with_site=None):
    rec = {"ts": iso(t or c["t"])}
    if with_site is None:
        with_site = H(n, "epsite") % 2 == 0
    if with_site:
        rec["site"] = c["site"]
    rec["device"] = c["device"]
    rec["user"] = c["user"]
    rec["event"] = event
    rec["process"] = process
    rec["window_title"] = title
    if event == "text_capture":
        rec["text"] = text
    if event == "url_visit":
        rec["url"] = url
    if event in ("text_capture", "window_title", "process_start") and H(n, "epurl") % 4 == 0:
        rec["url"] = None
    return json.dumps(rec, ensure_ascii=(H(n, "epascii") % 5 == 0))


def split_text(n, text, parts_hint):
    if parts_hint:
        return parts_hint
    k = 2 if H(n, "nparts") % 3 else 3
    L = len(text)
    if k == 2:
        p = rng(n, "cut1", max(2, L // 4), max(3, (3 * L) // 4))
        return [text[:p], text[p:]]
    p1 = rng(n, "cut1", max(2, L // 5), max(3, L // 2 - 1))
    p2 = rng(n, "cut2", p1 + 1, max(p1 + 2, (4 * L) // 5))
    return [text[:p1], text[p1:p2], text[p2:]]


# ---------------------------------------------------------------------------------------------
# wrappers for auto
# ---------------------------------------------------------------------------------------------
def syslog3164(n, t, host, tag, msg):
    pri = pick(n, "pri", [134, 150, 30, 14, 166])
    return "<%d>%s %2d %s %s %s[%d]: %s" % (pri, MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"),
                                           host, tag, rng(n, "pid", 300, 30000), msg)


def syslog5424(n, t, host, tag, msg):
    pri = pick(n, "pri", [134, 150, 30, 14, 166])
    return "<%d>1 %s %s %s %d - - %s" % (pri, iso(t), host, tag, rng(n, "pid", 300, 30000), msg)


def envelope(n, t, host, tag, path, msg):
    t = t + timedelta(microseconds=rng(n, "envus", 2000, 900000))
    rec = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond,
           "host": host, "source": tag, "file": path, "message": msg}
    return json.dumps(rec, ensure_ascii=False).replace("/", "\\/")


def wrap(n, c, inner_kind, msg, full=None):
    """Wrap one log line for the auto format.
    inner_kind: squid, clf, e2g, bind, zeek, endpoint, unbound, dnsmasq.
    msg is the message as a syslog daemon would receive it; full is the line as written to its
    own file (what an imfile/JSON shipper would carry), when it differs from msg."""
    hosts = {"squid": ("proxy01", "squid", "/var/log/squid/access.log"),
             "clf": ("proxy02", "squid-access", "/var/log/squid/access.log"),
             "e2g": ("filter01", "e2guardian", "/var/log/e2guardian/access.log"),
             "bind": ("ns1", "named", "/var/log/named/query.log"),
             "zeek": ("sensor01", "zeek", "/opt/zeek/logs/current/http.log"),
             "endpoint": (c["device"], "guardline-agent", "C:/ProgramData/Guardline/events.jsonl"),
             "unbound": ("dns01", "unbound", "/var/log/unbound/unbound.log"),
             "dnsmasq": ("pihole", "dnsmasq", "/var/log/pihole/pihole.log")}
    host, tag, path = hosts[inner_kind]
    w = pick(n, "wrapper", ["3164", "5424", "env", "3164", "env", "none"])
    if inner_kind in ("unbound", "dnsmasq"):
        w = pick(n, "wrapper2", ["3164", "env", "5424", "env"])
    if w == "3164":
        if inner_kind == "unbound":
            # unbound logs through syslog as "unbound: [pid:thread] info: ..."
            pri = pick(n, "pri", [30, 30, 134])
            t = c["t"]
            return "<%d>%s %2d %s %s unbound: %s" % (pri, MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"),
                                                    host, msg), w
        return syslog3164(n, c["t"], host, tag, msg), w
    if w == "5424":
        return syslog5424(n, c["t"], host, tag, msg), w
    if w == "env":
        return envelope(n, c["t"], host, tag, path, full if full is not None else msg), w
    return (full if full is not None else msg), w


# ---------------------------------------------------------------------------------------------
# rendering one item
# ---------------------------------------------------------------------------------------------
def engine_for(n, text, opts):
    eng = opts.get("eng")
    if eng:
        return eng
    return pick(n, "engine", ENGINES_DEFAULT)


def render_url_proxy(n, c, url, q):
    """place a URL (search or plain) in a proxy format; returns (format, line_or_lines)"""
    fmt = wpick(n, "ufmt", [("squid", 20), ("squid_custom", 6), ("clf_comb", 12), ("clf_common", 5),
                            ("e2g2", 5), ("e2g4", 4), ("e2g6", 4), ("zeek_json", 7), ("zeek_tsv", 3),
                            ("auto", 9)])
    if fmt == "squid":
        return "squid", squid_native(n, c, url)
    if fmt == "squid_custom":
        return "squid", squid_custom(n, c, url, host_of(url), sni=url.startswith("https") and H(n, "sni") % 2 == 0)
    if fmt == "clf_comb":
        return "clf", clf_line(n, c, url, combined=True)
    if fmt == "clf_common":
        return "clf", clf_line(n, c, url, combined=False)
    if fmt in ("e2g2", "e2g4", "e2g6"):
        return "e2guardian", e2g_line(n, c, url, q, int(fmt[-1]))
    if fmt == "zeek_json":
        return "zeek-http", zeek_http(n, c, url, tsv=False)
    if fmt == "zeek_tsv":
        return "zeek-http", zeek_http(n, c, url, tsv=True)
    inner = pick(n, "autoinner", ["squid", "clf", "e2g", "zeek", "squid"])
    if inner == "squid":
        msg = squid_native(n, c, url)
    elif inner == "clf":
        msg = clf_line(n, c, url, combined=True)
    elif inner == "e2g":
        msg = e2g_line(n, c, url, q, 2)
    else:
        msg = zeek_http(n, c, url, tsv=False)
    line, _ = wrap(n, c, inner, msg)
    return "auto", line


def render_q(n, text, opts, c):
    eng = engine_for(n, text, opts)
    q = text
    if opts.get("dis"):
        q = disguise(n, q, opts["dis"])
    where = wpick(n, "qwhere", [("proxy", 72), ("title", 18), ("visit", 10)])
    if eng.startswith("ac_"):
        where = "proxy"
    url = search_url(n, eng, q)
    if where == "proxy":
        return render_url_proxy(n, c, url, q)
    proc, suffix = pick(n, "browser", BROWSERS)
    title = page_title(eng, q) + suffix
    if where == "title":
        ev = endpoint_event(n, c, "window_title", proc, title)
        if H(n, "qtauto") % 6 == 0:
            line, _ = wrap(n, c, "endpoint", ev)
            return "auto", line
        return "endpoint", ev
    return "endpoint", endpoint_event(n, c, "url_visit", proc, title, url=url)


def chat_window(n, opts):
    app = opts.get("app") or pick(n, "app", CHAT_APPS)
    proc, titles = APPS[app]
    title = pick(n, "apptitle", titles).replace("{peer}", pick(n, "peer", PEERS))
    return proc, title


def render_t(n, text, opts, c):
    proc, title = chat_window(n, opts)
    dis = opts.get("dis")
    frag = opts.get("parts") is not None or opts.get("frag") or (
        len(text) > 24 and opts.get("frag") is None and H(n, "frag") % 5 == 0)
    if frag:
        parts = split_text(n, text, opts.get("parts"))
        if dis:
            parts = [disguise(n, p, dis) for p in parts]
        lines = []
        t = c["t"]
        site_flag = H(n, "epsite") % 2 == 0
        for k, p in enumerate(parts):
            if k:
                t = t + timedelta(seconds=rng(n, "gap%d" % k, 1, 12), milliseconds=rng(n, "gapms%d" % k, 0, 999))
            lines.append(endpoint_event(n, c, "text_capture", proc, title, text=p, t=t, with_site=site_flag))
        return "endpoint", lines
    body = disguise(n, text, dis) if dis else text
    ev = endpoint_event(n, c, "text_capture", proc, title, text=body)
    if H(n, "tauto") % 7 == 0:
        line, _ = wrap(n, c, "endpoint", ev)
        return "auto", line
    return "endpoint", ev


def render_w(n, text, opts, c):
    proc = opts.get("proc")
    if not proc:
        if "Google Chrome" in text:
            proc = "chrome.exe"
        elif "Edge" in text:
            proc = "msedge.exe"
        elif "Firefox" in text:
            proc = "firefox.exe"
        else:
            proc = "chrome.exe"
    ev = endpoint_event(n, c, "window_title", proc, text)
    if H(n, "wauto") % 8 == 0:
        line, _ = wrap(n, c, "endpoint", ev)
        return "auto", line
    return "endpoint", ev


def render_p(n, text, opts, c):
    return "endpoint", endpoint_event(n, c, "process_start", text, opts.get("title", text))


def render_u(n, text, opts, c):
    where = wpick(n, "uwhere", [("proxy", 75), ("visit", 25)])
    if where == "visit":
        proc, suffix = pick(n, "browser", BROWSERS)
        title = opts.get("title") or (host_of(text) + suffix)
        return "endpoint", endpoint_event(n, c, "url_visit", proc, title, url=text)
    return render_url_proxy(n, c, text, None)


def render_d(n, name, opts, c, positive):
    fmt = wpick(n, "dfmt", [("unbound", 9), ("unbound_epoch", 4), ("unbound_reply", 4), ("unbound_local", 3),
                            ("dnsmasq", 8), ("dnsmasq_plain", 4), ("dnsmasq_stream", 3), ("dnsmasq_blocked", 2),
                            ("bind", 9), ("bind_view", 4), ("bind_rpz", 3), ("zeek_json", 9), ("zeek_tsv", 3),
                            ("squid_connect", 6), ("squid_sni", 5), ("clf_connect", 3), ("e2g_connect", 3),
                            ("auto", 8)])
    if not positive and fmt in ("unbound_local", "dnsmasq_blocked", "bind_rpz"):
        fmt = {"unbound_local": "unbound_reply", "dnsmasq_blocked": "dnsmasq_stream", "bind_rpz": "bind"}[fmt]
    if fmt.startswith("unbound"):
        v = {"unbound": "ascii", "unbound_epoch": "epoch", "unbound_reply": "reply", "unbound_local": "local"}[fmt]
        return "unbound", unbound_lines(n, c, name, v)
    if fmt.startswith("dnsmasq"):
        v = {"dnsmasq": "extra", "dnsmasq_plain": "plain", "dnsmasq_stream": "stream", "dnsmasq_blocked": "blocked"}[fmt]
        return "dnsmasq", dnsmasq_lines(n, c, name, v)
    if fmt.startswith("bind"):
        v = {"bind": "query", "bind_view": "view", "bind_rpz": "rpz"}[fmt]
        return "bind", bind_lines(n, c, name, v)
    if fmt == "zeek_json":
        return "zeek-dns", zeek_dns(n, c, name, tsv=False, qtype=pick(n, "zq", ["A", "A", "AAAA"]))
    if fmt == "zeek_tsv":
        return "zeek-dns", zeek_dns(n, c, name, tsv=True)
    if fmt == "squid_connect":
        return "squid", squid_native(n, c, "%s:443" % name, method="CONNECT", status="TCP_TUNNEL/200", mime="-")
    if fmt == "squid_sni":
        return "squid", squid_sni_pair(n, c, name)
    if fmt == "clf_connect":
        return "clf", clf_line(n, c, "%s:443" % name, method="CONNECT", combined=H(n, "cc") % 2 == 0,
                               tag="TCP_TUNNEL:HIER_DIRECT")
    if fmt == "e2g_connect":
        denied = None
        if positive and H(n, "e2deny") % 2 == 0:
            denied = "*DENIED* Blocked site (local): %s" % name
        return "e2guardian", e2g_line(n, c, "https://%s:443" % name, None, pick(n, "e2f", [2, 4, 6]),
                                      method="CONNECT", denied=denied)
    inner = pick(n, "dauto", ["unbound", "dnsmasq", "bind", "bind", "squid"])
    if inner == "unbound":
        full = unbound_lines(n, c, name, "ascii")
        msg = "[" + full.split(" unbound[", 1)[1]
        line, _ = wrap(n, c, "unbound", msg, full=full)
        return "auto", line
    if inner == "dnsmasq":
        full = dnsmasq_lines(n, c, name, "extra")
        msg = full.split(": ", 1)[1]
        line, _ = wrap(n, c, "dnsmasq", msg, full=full)
        return "auto", line
    if inner == "bind":
        full = bind_lines(n, c, name, "query")
        if H(n, "bindraw") % 3 == 0:
            return "auto", full
        msg = full.split(" ", 2)[2]
        line, _ = wrap(n, c, "bind", msg, full=full)
        return "auto", line
    line, _ = wrap(n, c, "squid", squid_native(n, c, "%s:443" % name, method="CONNECT",
                                                status="TCP_TUNNEL/200", mime="-"))
    return "auto", line


def parse_expect(exp):
    out = []
    for tok in exp.split():
        cat, lvl = tok.split(":")
        out.append({"category": cat, "min_level": int(lvl)})
    return out


def build():
    specs = POSITIVES + NEGATIVES
    order = sorted(range(len(specs)), key=lambda k: hashlib.sha256(("h35-order|%d" % k).encode()).hexdigest())
    items = []
    for pos, k in enumerate(order):
        n = pos + 1
        kind, text, exp, allow, opts = specs[k]
        c = context(n, opts)
        if kind == "q":
            fmt, payload = render_q(n, text, opts, c)
        elif kind == "t":
            fmt, payload = render_t(n, text, opts, c)
        elif kind == "w":
            fmt, payload = render_w(n, text, opts, c)
        elif kind == "p":
            fmt, payload = render_p(n, text, opts, c)
        elif kind == "u":
            fmt, payload = render_u(n, text, opts, c)
        else:
            fmt, payload = render_d(n, text, opts, c, positive=bool(exp))
        item = {"id": "h35-%04d" % n, "format": fmt}
        if isinstance(payload, list):
            item["lines"] = payload
        else:
            item["line"] = payload
        item["expect"] = parse_expect(exp)
        if allow:
            item["allow"] = allow.split()
        items.append(item)
    return items


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout35.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    items = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    if a.stats:
        cats, fmts = {}, {}
        pos = neg = 0
        for it in items:
            fmts[it["format"]] = fmts.get(it["format"], 0) + 1
            if it["expect"]:
                pos += 1
            else:
                neg += 1
            for e in it["expect"]:
                cats[e["category"]] = cats.get(e["category"], 0) + 1
        print("items: %d  positives: %d  negatives: %d" % (len(items), pos, neg))
        print("per category (expected):")
        for k in sorted(cats):
            print("  %-16s %d" % (k, cats[k]))
        print("per format:")
        for k in sorted(fmts):
            print("  %-12s %d" % (k, fmts[k]))
        multi = sum(1 for it in items if "lines" in it)
        print("multi-line streams: %d" % multi)
    return 0


if __name__ == "__main__":
    sys.exit(main())
