#!/usr/bin/env python3
"""Build the Guardline labelled evaluation corpus (guardline.jsonl).

Run from this folder:  python3 build_corpus.py
Deterministic (fixed seed), no network.  Writes guardline.jsonl beside this file
and prints a summary.

The content lives in the hand-written phrase lists below; the code only wraps each
phrase in a realistic log line of one of the supported formats.

Phrase-list mini syntax (one phrase per line):
    @amazon / @wiki / @yt / @tiktok / @reddit   optional engine hint (search lists)
    ~                                            phrase is already disguised (algospeak,
                                                 leetspeak written by hand)
    [word]                                       the key word: the one a disguise
                                                 (leet, spacing, homoglyphs...) is applied to
    | cat1,cat2                                  extra categories to allow for this phrase
"""

import datetime as dt
import json
import os
import random
from collections import Counter
from urllib.parse import quote, quote_plus

SEED = 20261021
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guardline.jsonl")

# ---------------------------------------------------------------------------
# 1. Positive search phrases: (category, min_level, default allow, block)
# ---------------------------------------------------------------------------

SEARCH_POS = [
    ("suicide", 5, ["self_harm"], """
how to [kill] myself without it hurting
painless ways to [die] at home
~how to unalive myself painlessly
how many paracetamol to [overdose] and not wake up
how many [sertraline] would it take to die
whats the quickest way to end my [life]
how to tie a [noose] that wont snap
how high do you have to jump from to [die] instantly
does getting hit by a train hurt or is it instant
how long does it take to [die] from carbon monoxide
most painless [suicide] method uk
lethal dose of [ibuprofen] for a 15 year old
can u [die] from taking 30 co-codamol
how to [die] in my sleep tonight
where to get a helium tank to [end] it
how deep do u have to cut to [bleed] out
how to make my [suicide] look like an accident
highest bridge near me to [jump] off
what to write in a [suicide] note
how to say goodbye to my family before i [kill] myself
~sewerslide methods that actually work
~best way to kms tonight
~how to commit toaster bath
~ways to unalive urself quick no pain
how much insulin to [overdose]
how many [amitriptyline] is fatal
is drowning a peaceful way to [die]
how long does [hanging] take to work
which pills [kill] you fastest
how to buy enough paracetamol to [overdose] without pharmacist asking
"""),
    ("suicide", 4, ["self_harm"], """
why do i want to [die] all the time
i have no reason to [live] anymore honestly
whats the point in [living] when nobody cares
i wish i was never [born]
everyone would be better off without me
i dont want to be [alive] anymore
i feel like [killing] myself every day
is it normal to think about [suicide] all the time at 14
~wanna unalive myself but im scared
~sewerslide thoughts every night
~i want to kms fr
~thinking about unaliving rn what do i do
how to stop wanting to [die]
life isnt worth [living] when ur ugly
do you go to hell for [suicide]
i keep thinking about [ending] it all
so tired of being [alive]
will anyone care if im [gone]
i want to [disappear] forever and never come back
~is it bad that i want to de-life myself
"""),
    ("self_harm", 4, ["suicide"], """
how to [self harm] without anyone noticing
how to hide [cuts] from my parents
best places to [cut] where no one will see
how to hide sh [scars] in pe
burning myself with a [lighter] to feel something
how to make [cuts] heal faster before summer
what can i use to [cut] myself with
pro [ana] tips for beginners
[thinspo] pics
how to stop [eating] without parents noticing
how to make yourself [throw up] after eating
pro [mia] purging tips
how to survive on 300 [calories] a day
how to lose 10kg in 2 weeks by not [eating]
[meanspo] for when you want to eat
how to hide [weight loss] from the school nurse
@amazon [laxatives] to lose weight fast
~how to hide my sh from my mum
~barcode wrist aesthetic
~ana coach discord | grooming,social_media
how to hide [bruises] from hitting myself
is it normal to [cut] when stressed
how to [starve] yourself and not feel hungry
@tiktok [skinny] check challenge pro ana
do [razor] blades from sharpeners work
how to stop [cuts] from scarring so nobody asks
"""),
    ("radicalisation", 5, ["violence"], """
how to join [isis] from the uk
how to become a [mujahid]
how to get to syria to [fight] with the brothers
how to join [national action]
how to join the base [militia]
how to join [atomwaffen] uk
how to pledge allegiance to the [caliphate]
how to start a [terrorist] cell
how to become a white [nationalist] soldier
how to do [hijrah] to the khilafah
"""),
    ("radicalisation", 4, ["violence", "discrimination"], """
[christchurch] shooter manifesto pdf
great replacement [manifesto] download
isis [nasheed] download
[dabiq] magazine pdf
[rumiyah] magazine english
anwar al [awlaki] lectures mp3
[atomwaffen] propaganda videos
[siege] james mason pdf
[sonnenkrieg] division telegram
[national action] uk telegram channel
[terrorgram] collective
buffalo shooter [livestream]
christchurch mosque shooting full [video]
[amaq] news latest
isis [recruitment] telegram link
the turner [diaries] pdf
[tarrant] manifesto read online
the base [recruitment] contact
~saint tarrant edits
"""),
    ("radicalisation", 3, ["discrimination"], """
what does [1488] mean
why do [nazis] use 88
[sonnenrad] wallpaper
black sun symbol [aesthetic]
[fashwave] playlist
is the great [replacement] real
[remigration] now meaning
its okay to be white [stickers]
hitler did nothing wrong [meme]
remove [kebab] song
[white pride] worldwide
[totenkopf] patch buy
[national socialism] explained is it actually good
[white power] skinhead bands
"""),
    ("grooming", 4, ["adult_content", "social_media"], """
someone is threatening to share my [nudes]
older man online told me to keep our [chats] a secret
man online keeps asking for [pics] of me
is it ok for a 25 year old to [date] a 14 year old
my online [boyfriend] wants to meet up should i go
guy on discord keeps sending me [gifts] and wants photos
how to get back [pics] i sent to someone online
stranger on roblox asked for my [snapchat] | gaming
he said he'll send my [pics] to my friends if i dont pay
someone i met on insta wants me to send [nudes]
[sextortion] what to do im 15
is it normal for my coach to [message] me at night
adult on fortnite wants to [meet] me irl | gaming
he sent me money and now wants [photos] back
"""),
    ("bullying", 3, ["suicide"], """
everyone at school [hates] me what do i do
people keep posting mean stuff about me on [tiktok]
someone made a fake account to [bully] me
my group chat keeps [mocking] me and kicking me out
"""),
    ("discrimination", 3, ["bullying"], """
racist [jokes] about pakis
[homophobic] jokes that are actually funny
why are [immigrants] vermin | radicalisation
women are property tate [quote] | radicalisation
funny [jokes] about gypsies
"""),
    ("adult_content", 3, [], """
free [porn] videos
[pornhub] premium free
[xxx] videos hd
[hentai] sites
[rule 34] fortnite | gaming
[onlyfans] leaks free | piracy
[nudes] of celebrities
[big boobs] pics
~seggs videos
[milf] videos
[sexy] cam girls live
[xvideos] app download
[nsfw] subreddits
[porn] on twitter how to find | social_media
[strip] club videos
@reddit [gonewild]
"""),
    ("drugs", 3, [], """
buy [weed] near me uk
where to get [mdma] in manchester
[plug] on snap for bud | social_media
how to buy [xanax] without prescription
[ket] prices uk
~w33d delivery london
how to grow [cannabis] in a cupboard
buy [thc] vape carts uk
where to buy [nitrous] oxide balloons
how much is a gram of [coke] in leeds
~snow plug telegram
how to hide [weed] smell from parents
[spice] for sale
how to make [lean] with codeine
dark web [drug] market link | illegal_content
"""),
    ("gambling", 2, [], """
best online [casino] uk no verification
[free spins] no deposit 2026
[bet365] promo code
football [acca] tips today
how to [bet] online under 18
[stake] casino crypto
[roulette] strategy that actually works
[slots] with best payout
paddy power sign up [offer]
cs2 skin [gambling] sites | gaming
best [odds] grand national
how to get round [gamstop] | filter_bypass
[blackjack] online real money
"""),
    ("violence", 5, ["radicalisation"], """
how to make a [bomb] with household stuff
how to make [napalm] at home
how to make a [molotov]
how to [3d print] a gun | illegal_content
best place to [stab] someone so they die
how to [shoot] up my school
how to get a [gun] in the uk illegally | illegal_content
[pipe bomb] instructions step by step
how to [poison] someone without getting caught
how many stab wounds to [kill] someone
"""),
    ("violence", 3, [], """
[zombie knife] for sale uk
where to buy a [machete] uk
[knuckle dusters] for sale
[flick knife] cheap
[knife] for self defence uk
[rambo knife] cheap
buy [pepper spray] uk
@amazon [bb gun] that looks real
@amazon [butterfly knife] buy under 18
[taser] for sale uk
[crossbow] for sale no id
"""),
    ("filter_bypass", 2, [], """
[unblocked games] 66
how to get past school wifi [filter]
free [vpn] for chromebook
[proxy] site for tiktok at school
how to use [tor] browser
how to turn on dns over [https] in chrome
[croxyproxy]
how to bypass [securly]
how to get round [smoothwall]
[lightspeed] filter bypass
~vpn fr33 no sign up
[ultrasurf] download
how to [unblock] youtube on school laptop
[hotspot] to bypass school wifi
best [vpn] extension for school
[unblocked] retro bowl
[slope] game unblocked | gaming
"""),
    ("hacking", 3, [], """
how to [hack] my exs snapchat
how to get into someones tiktok account without the [password]
[hack] someones discord account
find out someones instagram [password]
how to [hack] roblox accounts with just username | gaming
"""),
    ("hacking", 2, [], """
free [keylogger] download
how to [ddos] someone on xbox | gaming
wifi password [cracker]
[ip stresser] free
[roblox] cookie logger | gaming
how to make a [rat] virus
[aircrack] school wifi | filter_bypass
how to [grab] someones ip from discord
how to send a [phishing] link
"""),
    ("piracy", 1, [], """
[123movies]
watch deadpool and wolverine free [online]
[fmovies] new site
the [pirate bay] proxy | filter_bypass
[torrent] fifa 26
[yts] movies download
minecraft [cracked] download | gaming
premier league free [stream] reddit
[soap2day] alternative
[crackstreams]
photoshop [crack] free | hacking
[putlocker] squid game
"""),
    ("gaming", 1, [], """
[roblox] codes november 2026
[fortnite] item shop today
coolmath games [run 3]
[minecraft] servers cracked | piracy
[twitch] xqc
8 ball pool [miniclip]
[steam] autumn sale
[poki] games
"""),
    ("social_media", 1, [], """
[snapchat] login
[instagram] web
tiktok trending [sounds]
[discord] nitro free
[facebook] login
"""),
    ("illegal_content", 5, ["adult_content", "grooming"], """
[cp] links telegram
[jailbait] pics
underage [nudes] discord server
[pthc]
"""),
    ("illegal_content", 4, [], """
buy [fake id] uk
fake provisional [licence] for sale
where to buy [counterfeit] 20 notes
buy a gun on the [dark web] | violence
[fake passport] online
[fake id] for clubs at 17
dark web [gun] shop link | violence
[cloned] cards for sale
fake [student id] for nightclub
"""),
]

# ---------------------------------------------------------------------------
# 2. Positive chat / typed text (endpoint text_capture in chat apps)
# ---------------------------------------------------------------------------

CHAT_POS = [
    ("suicide", 5, ["self_harm"], """
im going to end it tonight, got the [pills] ready
ive written my [note], tell mum im sorry
this is my last message. [goodbye] everyone, love you all
been saving my [tablets] up, friday is the day
gonna [jump] off the multi storey after college, dont try stop me
im going to [kill] myself this weekend when everyones out
ive decided tonights the [night], im done
i took the whole [packet], dont tell anyone
got the rope in my wardrobe, its [ready]
~gonna unalive myself tonight for real this time
i wont be in tomorrow or ever again, im [ending] it
"""),
    ("suicide", 4, ["self_harm"], """
honestly i just want to [die]
i cant do this anymore, i wanna [die]
no one would even notice if i was [gone]
wish i could go to sleep and never wake [up]
i hate my life so much i want it to [end]
~i wanna unalive fr
~ngl i want to sewerslide
whats even the point of me being [here] anymore
everyone would be happier if i just [disappeared]
i think about [suicide] every single day
~ngl ive been feeling real unalive-y lately
"""),
    ("self_harm", 4, ["suicide"], """
i [cut] again last night
my arms are a mess, long [sleeves] in summer again
only had an apple today and i still feel [massive]
just threw my dinner [up] again, feels better
i burnt my arm with the [lighter], it actually helps
dont tell miss but ive started [cutting] again
~relapsed on sh last night, 6 months clean gone
new [scars], hope no one sees in pe
day 3 of [fasting], my ana buddies check on me
i punch the wall till my [knuckles] bleed when im like this
i deserve the [pain] honestly, thats why i do it
~gonna do sh tonight, need to feel something
"""),
    ("radicalisation", 5, ["violence", "grooming"], """
they said they can get me to the [caliphate] if i keep it quiet
me and the lads are starting a [cell], we need to get weapons
brother you need to make [hijrah], the brothers in sham are waiting
"""),
    ("radicalisation", 4, ["violence", "discrimination"], """
watch the sheikhs videos bro, the [kuffar] are the enemy
join our [telegram] if you want the truth about whats happening to the white race
ill send you the [manifesto], read it before friday
the great [replacement] is real and someone has to do something about it
tarrant is a [saint], read his stuff
"""),
    ("radicalisation", 3, ["discrimination"], """
[1488] lads, proud of our race
got a [sonnenrad] patch for my bag lol
"""),
    ("grooming", 4, ["adult_content", "social_media"], """
dont tell your [parents] about me ok, they wouldnt get it
how old are you [really]? you seem way older
add me on [snap], easier to talk there
[delete] our chats after you read them yeah
ill send you 50 quid on paypal if you send a [pic]
send me a [pic] of you in your uniform
youre so [mature] for your age, not like the girls in your year
you can [trust] me more than your friends
do you have your own room? is anyone else [home]
lets move to [telegram], this app reads our messages
ill buy you the new [iphone] if you do something for me
are you [alone] rn? turn your camera on
youre my special girl, nobody needs to [know] about us
ill top up your [robux] if you send me a photo | gaming
what are you [wearing] right now
your mum doesnt need to know we [talk]
~add me on $nap, dont tell ur mum
"""),
    ("grooming", 5, ["adult_content", "social_media"], """
meet me after school by the park gates, dont bring [anyone]
ill pick you up at the bus station at 7, dont tell your [mum]
come to mine saturday, ive got vodka, just [you]
send 200 quid or i send your [pics] to everyone in your school
i have your [nudes], pay in gift cards or your family sees them
if you dont send more ill [post] the ones i already have
ive booked the [hotel], get the train friday and delete this chat
get in the [car] when i text, im outside your school at 3:30
he wants me to get in his [car] tonight and not tell anyone
my bf from insta is picking me up from school tmrw, hes 24 and says dont tell [anyone]
"""),
    ("bullying", 3, ["suicide"], """
everyone in our year [hates] you, just leave
nobody wants you at the party [loser]
kys nobody would [care]
go kill yourself you fat [freak]
ur so [ugly] even ur mum cant look at u
we made a new gc without you cos ur so [annoying]
youre such a waste of [space]
imagine being this much of a [loser], literally no friends
everyones [laughing] at your pic, we screenshotted it
dont bother coming in tomorrow, no one will [talk] to you
you [stink], go sit somewhere else
delete your account nobody [likes] your posts
ur a [joke], crying in class again lmao
we're posting that [video] of you everywhere
~k y s loser
~kill urs3lf nobody likes u
ur literally [worthless], do us all a favour and disappear
[freak], no wonder your dad left
no one will ever fancy you, look in a [mirror]
shut up [fatty] nobody asked
ur so [pathetic], even the teachers laugh at you
hope you have a [horrible] birthday, nobodys coming
everyone voted you [ugliest] in the year lol
"""),
    ("bullying", 3, ["violence"], """
we're all gonna [jump] you after school
watch your [back] tomorrow, everyone knows what you did
"""),
    ("discrimination", 3, ["bullying"], """
go back to your own country you dirty [paki]
no [fags] allowed in our changing room
stop being such a [faggot] bro
the new kid is a [chink] lol
[gypsies] are all thieves, dont let him in
women are too thick to be [engineers], stick to the kitchen
[muslims] are all terrorists | radicalisation
[jews] run all the banks everyone knows | radicalisation
[trannies] shouldnt be allowed in our school
we dont want any [blacks] on our team
he walks like a [retard] lol
~g0 b4ck 2 ur c0untry p4ki
"""),
    ("drugs", 3, [], """
got any [bud] for friday?
my plug has [pingers] 5 for 20
can u sort me a q of [green]
anyone got [ket] for after school
link me with your [plug] on snap | social_media
bring the [lean] to mandys party
"""),
    ("gambling", 2, [], """
put a tenner on the [acca] for me on your bet365
"""),
    ("violence", 5, ["bullying"], """
im gonna [stab] him after school
bringing my dads [knife] tomorrow, hes getting it
im going to [shoot] everyone in my class
we're gonna do him in at the park tonight, bring the [blades]
ill smash his head in with a [brick] when i see him
if she says one more thing im going to [hurt] her bad
~im gonna sh00t up the school, wait and see
on friday im bringing the [gun] to college
ill [kill] him i swear down, hes dead tonight
gonna [burn] his house down with him in it
"""),
]

# ---------------------------------------------------------------------------
# 3. Hard negatives
# ---------------------------------------------------------------------------

SEARCH_NEG = """
@wiki scunthorpe
scunthorpe united fixtures
essex weather this weekend
university of sussex open day
middlesex university nursing degree
kill -9 process linux
how to kill the python process on windows
bath bomb recipe without citric acid
@amazon bath bomb gift set
photo bomb funny pictures
this exam is killing me memes
i could murder a pizza meaning
shoot hoops after school near me
@wiki shooting stars
history of the ira gcse
romeo and juliet suicide scene essay
install kali linux for my cyber security apprenticeship
penetration testing course level 4 apprenticeship
sex education lesson plan year 9
breast cancer awareness month
drug awareness week assembly ideas
suicide prevention training for staff
samaritans phone number
@amazon cocktail sticks for canapes
hack squat vs leg press
life hacks for revision
pipe fitting apprenticeship
@wiki dick turpin
cockermouth floods 2009
penistone grammar school
shitterton dorset sign
data analysis python pandas
how to become a therapist uk
grape juice benefits
assassin's creed mirage walkthrough | gaming
kill bill film soundtrack
self harm support for teenagers nhs
eating disorder recovery charity
bbc news terror attack manchester arena
how to report online grooming
ceop report button
knife crime statistics london 2026
@wiki isis egyptian goddess
jihad meaning re gcse
prevent duty training for apprentices
how to spot signs of radicalisation in young people
hitler rise to power gcse revision
@wiki swastika hinduism origin
nazi germany propaganda posters history lesson
anne frank diary summary
the boy in the striped pyjamas essay
holocaust memorial day assembly
shih tzu grooming tips
dog grooming level 2 course
@amazon horse grooming kit
how to groom a beard properly
@amazon moisturiser for teenage boys
pussy willow tree care
blue tits nesting box
@wiki great tit
blue footed booby facts
spotted dick recipe
faggots and peas recipe
cock and bull story meaning
cumberland sausage recipe
sussex police jobs
middlesex cricket fixtures
die hard christmas film
@amazon die cast cars
dye my hair blue without bleach
dead poets society quotes
deadline extension email to tutor
how to hang a picture frame
hanging baskets winter flowers
@amazon chopping board
how to cut a mango
haircut for round face men
why do paper cuts hurt so much
self harm awareness week poster
starving student recipes cheap
diet coke vs coke zero
healthy meal prep for athletes
bmi calculator nhs
crack the code puzzle answers
how to crack an egg with one hand
@amazon weed killer for patio
grass seed when to plant
indoor pot plants low light
afternoon high tea london
snowboarding lessons milton keynes
mushroom risotto recipe
molly mae new clothing brand
charlie and the chocolate factory characters
@amazon pill organiser for grandma
plug socket covers uk
@amazon plug in air freshener
betty crocker cake mix
probability of rolling a six gcse
proxy war cold war definition
dartmoor tors walk
firewall definition computer science
hackney council tax
@amazon hacksaw blade
hackathon for students 2026
photoshoot ideas for friends
bamboo shoots recipe
troubleshooting printer offline windows 11
shooting guard basketball position
bombay mix
@amazon bomber jacket men
killer sudoku tips
killing eve season 4
to kill a mockingbird essay themes
killer whale facts for kids
reign of terror french revolution
suicide squad film cast
papyrus prevention of young suicide charity
clitheroe castle
wetwang village
twatt orkney
rapeseed oil vs olive oil
tallest skyscraper in london
sextant navigation
sexism in the workplace essay
essex county cricket
ladbroke grove carnival
poker face lady gaga lyrics
casino royale cast
slot canyon arizona
coral reef bleaching
drugs used in chemotherapy
paracetamol dose for adults with a fever
how many ibuprofen can i take for period pain
cannabis legalisation debate essay
the opium wars summary
tobacco and alcohol gcse biology
gunpowder plot year 7 homework
@wiki guy fawkes
nerf gun party ideas
@amazon glue gun
nail gun safety training
gunmetal grey paint
fight club book vs film
boxing club near me for teenagers
macbeth murder of duncan analysis
murder mystery party game
slaughter and may training contract
@wiki killarney national park
execute sql query python
terminate process task manager
cyber attack nhs news
heart attack symptoms women
panic attack how to calm down
shark attack statistics uk
how to shoot a free kick
shooting photography course
clay pigeon shooting near me
archery club for teens
fencing club london
martial arts self defence classes
knife skills chef apprenticeship
@amazon kitchen knife set
stab vest for security guard job
how to blow up a balloon without a pump
explosive reactions gcse chemistry
fireworks night bonfire near me
how to hook up xbox to a monitor | gaming
meet the parents film
secret santa ideas under 10 pounds
surprise birthday party ideas for mum
how to send photos from iphone to pc
@amazon webcam for laptop
naked eye astronomy tonight
nudibranch facts
@amazon led strip lights for bedroom
how to strip wallpaper
xxl hoodie cheap
adult education courses near me
adult learning grant apprenticeship
teen mental health first aid course
the white rose resistance group nazi germany
what was national socialism gcse history
1984 george orwell summary
base rate fallacy
uk national action plan climate
halal food near me
mosque open day
synagogue visit year 8 re
lgbt history month gay rights timeline
pride month assembly ideas
women in engineering apprenticeships
black history month uk
gypsy roma traveller history month
flame retardant fabric
chink in the armour meaning
spick and span meaning
welsh slag heaps history
how to use a garden hoe
gamstop self exclusion how to
gambling addiction help for young people
talk to frank drugs advice
drug and alcohol counselling service
esports btec level 3 | gaming
tryhackme beginner path
comptia security plus exam tips
cyber security apprenticeship gchq
school wifi not working on my laptop
how to connect to eduroam
netflix student discount
bbc iplayer login
how to apply for a provisional driving licence
citizencard proof of age
how to spot a fake 20 pound note
dark web explained bbc bitesize
passport renewal uk
childline number
how to support a friend who self harms
mind charity helpline
what to do if someone is being groomed online
revenge porn helpline for adults | adult_content
online safety talk for parents
anti bullying week 2026 theme
how to report a hate crime
gcse english language paper 1 tips
photosynthesis equation
how to cite sources harvard style
level 3 electrical apprenticeship wage
hairdressing nvq level 2 colour theory
arsenal vs spurs highlights
ucas personal statement examples
how to revise for mocks
bbc bitesize osmosis
year 11 work experience ideas
how to make a cv for first job
pythagoras theorem questions
shakespeare sonnet 18 analysis
@wiki battle of hastings
@wiki world war 2 blitz london
how to kill time at the airport
skin cancer signs moles nhs
volunteering at a food bank
apprenticeship levy explained
ww1 trench warfare conditions
cold war arms race gcse
hiroshima atomic bomb history essay
nuclear fission gcse physics
dna replication a level biology
brake pad replacement motor vehicle level 2
how to plaster a wall
cake decorating piping bag techniques
skinny jeans vs straight leg
how to cut your own fringe
shortcut to cut a clip in capcut
dead sea scrolls
breaking bad cast
contraceptive pill side effects nhs
free condoms c card scheme
how to deal with exam stress
how to say no to peer pressure
jack the ripper victims history
the hunger games mockingjay summary
burn injury first aid
how to treat a cut finger
first aid course st john ambulance
rope access technician apprenticeship
bowline knot for scouts
bridge design project year 9 dt
train times london to leeds
carbon monoxide alarm beeping
helium balloon delivery
insulin pump type 1 diabetes
how to get rid of weeds between paving slabs
"""

CHAT_NEG = """
im dead lol that video
this exam is killing me fr
i could murder a pizza rn
we're shooting hoops after school u in?
my phones dying, text you later
the teachers gonna kill me, forgot my coursework
dying to see the new spiderman
omg i want to die of embarrassment, i fell over in front of everyone
can you send me the chem notes pls
lets meet at the library at 3 to revise, bring ellie too
keep it a secret, its a surprise party for jess
dont tell mum, im getting her a necklace for her birthday
add me on teams for the group project
send me a pic of the homework sheet, i left mine at school
can someone send a photo of the board i missed it
we killed it at the match today
that goal from saka was the bomb
she slayed that presentation
im literally starving, canteen queue is massive
i cut my finger making toast lol
shoot me a message when youre outside
the pipe burst at home so im running late
leg day today, hack squats are brutal
bring cash for the bake sale tomorrow
that rollercoaster nearly made me throw up
kill the python process, its hogging the cpu
just ran kill -9 on the server and it came back up
essex trip to southend on saturday?
this heat is killing me
im so dead tired after football
my nan had a fall, shes in hospital
sir said the essay on romeo and juliets suicide is due friday
we're doing the terrorism unit in citizenship, pretty interesting
the prevent training was actually useful
did anyone get the link for the sex ed quiz
lol youre such a nerd, love you tho
we lost 5-0, got absolutely battered
my hair appointment got moved to 4, gonna be late
the therapist said im doing loads better
my dog got groomed today she looks so fluffy
how old is your sister now? shes got so tall
ill kill you if you spoil the finale lol
its so cold im gonna freeze to death waiting for the bus
what did you get for question 4
does anyone have a charger i can borrow
practice exam is on tuesday, revise the cell diagrams
that film was sick
my mum says we're having faggots for tea, gross
the science teacher let us blow up hydrogen balloons
we're learning about the ira in history, proper interesting
dropped my phone, the screens cracked
got a new puppy, shes a shih tzu
meet you at the bus stop after college with jade and kai
dont forget pe kit tomorrow
happy birthday!! hope you have the best day
wanna get food after work?
the boss said i can finish at 3 on friday
my team at work are doing a charity bake off
the samaritans came in to talk to our form today, was good
can u cover my shift sat, ill do your sunday
im gonna smash this exam tomorrow
we nuked the old vm and started again
that tiktok killed me
mum says the bbq is at 5, bring a drink
ngl that scene in the film made me cry
our football coach said training is cancelled
can u bring the rope for tug of war on sports day
the bridge on the way to college is closed, get the 42 bus
my train is delayed again, gonna be late
bro the carbon monoxide alarm at home keeps beeping
got my first pay slip today!!
our nans funeral is on thursday so im off
whos got the powerpoint for the group project
im off sick today, got a migraine
are we still on for cinema friday? me, sam and liv
can you check my cv before i send it
the fire drill was so long, froze outside
coach says we need to cut 2 players from the squad
i need to cut my hair, its so long
ugh my skin is breaking out before prom
shall we get a pizza to share after the gym
miss said the mock results come out monday
i hung the washing out for mum, she owes me
my little brother took my charger again
lmao the smoke alarm went off when i made toast
we need to pick the party theme, bring ideas
"""

# ---------------------------------------------------------------------------
# 4. Domains (DNS items and CONNECT / SNI / url_visit items)
# ---------------------------------------------------------------------------

DOMAIN_POS = [
    ("adult_content", 3, [], [
        "www.pornhub.com", "xvideos.com", "xhamster.com", "onlyfans.com",
        "youporn.com", "www.redtube.com", "www.xnxx.com", "chaturbate.com", "spankbang.com", "www.brazzers.com",
        "stripchat.com", "www.eporner.com", "fansly.com", "www.tube8.com", "de.xhamster.com",
        "cdn.onlyfans.com", "ci.phncdn.com",
    ]),
    ("gambling", 2, [], [
        "www.bet365.com", "sports.williamhill.com", "www.paddypower.com", "m.skybet.com",
        "www.betfair.com", "sports.ladbrokes.com", "www.coral.co.uk", "betway.com",
        "www.888casino.com", "stake.com", "www.unibet.co.uk", "www.betfred.com",
        "www.pokerstars.uk", "www.grosvenorcasinos.com",
    ]),
    ("filter_bypass", 2, [], [
        "nordvpn.com", "www.expressvpn.com", "protonvpn.com", "surfshark.com", "windscribe.com",
        "hide.me", "www.hidemyass.com", "www.proxysite.com", "www.croxyproxy.com",
        "www.torproject.org", "dist.torproject.org", "psiphon.ca", "ultrasurf.us",
        "www.hola.org", "www.tunnelbear.com", "dns.google", "cloudflare-dns.com",
        "mozilla.cloudflare-dns.com", "dns.quad9.net", "doh.opendns.com", "blockaway.net",
        "www.4everproxy.com",
    ]),
    ("piracy", 1, [], [
        "thepiratebay.org", "1337x.to", "fmovies.to", "ww1.123moviesfree.net", "putlocker.vip",
        "yts.mx", "nyaa.si", "www.limetorrents.lol", "torrentgalaxy.to", "soap2day.rs",
        "crackstreams.biz", "rarbg.to",
    ]),
    ("gaming", 1, [], [
        "www.twitch.tv", "www.roblox.com", "store.steampowered.com", "www.epicgames.com",
        "www.fortnite.com", "www.miniclip.com", "www.coolmathgames.com", "poki.com",
        "www.crazygames.com", "www.minecraft.net", "rbxcdn.com", "steamcommunity.com",
    ]),
    ("social_media", 1, [], [
        "www.snapchat.com", "www.tiktok.com", "www.instagram.com", "www.facebook.com",
        "discord.com", "discord.gg", "x.com", "twitter.com", "web.whatsapp.com",
        "www.threads.net", "bsky.app", "gateway.discord.gg", "v16-webapp.tiktok.com",
    ]),
    ("radicalisation", 4, ["discrimination"], [
        "www.stormfront.org", "dailystormer.name", "ironmarch.org", "natall.com",
    ]),
    ("hacking", 2, ["piracy"], [
        "hackforums.net", "cracked.io", "nulled.to",
    ]),
]

DOMAIN_NEG = [
    "www.bbc.co.uk", "www.gov.uk", "outlook.office365.com", "login.microsoftonline.com",
    "classroom.google.com", "docs.google.com", "drive.google.com", "en.wikipedia.org",
    "www.senecalearning.com", "www.savemyexams.com", "quizlet.com", "www.tes.com",
    "www.ucas.com", "www.apprenticeships.gov.uk", "www.nhs.uk", "www.samaritans.org",
    "www.childline.org.uk", "www.papyrus-uk.org", "www.mind.org.uk",
    "www.beateatingdisorders.org.uk", "www.ceop.police.uk", "www.thinkuknow.co.uk",
    "www.youngminds.org.uk", "www.kooth.com", "giveusashout.org", "www.brook.org.uk",
    "www.talktofrank.com", "www.begambleaware.org", "www.gamstop.co.uk",
    "www.gamblingcommission.gov.uk", "www.actearly.uk", "www.kidscape.org.uk",
    "www.anti-bullyingalliance.org.uk", "www.internetmatters.org", "www.stopitnow.org.uk",
    "www.sussex.ac.uk", "www.essex.ac.uk", "www.middlesexccc.com", "www.sussex.police.uk",
    "www.essex.police.uk", "www.scunthorpe-united.co.uk", "www.cockermouthschool.org",
    "www.experts-exchange.com", "www.hackney.gov.uk", "www.therapistaid.com",
    "www.sky.com", "www.skysports.com", "www.theguardian.com", "www.metoffice.gov.uk",
    "tfl.gov.uk", "www.nationalrail.co.uk", "www.tesco.com", "www.argos.co.uk",
    "www.boots.com", "www.duolingo.com", "www.canva.com", "github.com", "pypi.org",
    "www.python.org", "stackoverflow.com", "ocsp.digicert.com", "ctldl.windowsupdate.com",
    "time.windows.com", "www.msftconnecttest.com", "fonts.gstatic.com",
    "safebrowsing.googleapis.com", "teams.microsoft.com", "www.office.com",
    "fantasy.premierleague.com", "www.bbc.com", "www.lush.com", "www.kahoot.it",
    "www.oxfordlearnersdictionaries.com", "www.met.police.uk", "www.ncsc.gov.uk",
    "www.shakespeare.org.uk", "www.iwm.org.uk", "www.hmd.org.uk", "www.bathspa.ac.uk",
    "www.dickinson.co.uk", "www.penistone-gs.uk", "www.middlesex.gov.uk",
    "www.educake.co.uk", "www.mathsgenie.co.uk", "corbettmaths.com", "www.physicsandmathstutor.com",
    "www.bbcgoodfood.com", "www.citizensadvice.org.uk", "www.rspca.org.uk", "www.scouts.org.uk",
    "www.sja.org.uk", "www.halfords.com", "www.screwfix.com", "www.toolstation.com",
    "www.cityandguilds.com", "qualifications.pearson.com", "www.aqa.org.uk", "www.ocr.org.uk",
    "www.jisc.ac.uk", "www.eduroam.org",
]

# ---------------------------------------------------------------------------
# 5. Split keystrokes (endpoint, same device/window, 1-20 s apart)
# ---------------------------------------------------------------------------

SPLIT_POS = [
    ("suicide", 4, ["self_harm"], ["i want to k", "ill myself"]),
    ("suicide", 5, ["self_harm"], ["im going to e", "nd it tonight"]),
    ("suicide", 5, ["self_harm"], ["how many parac", "etamol to overd", "ose"]),
    ("suicide", 4, ["self_harm"], ["i hate my life, i just wanna di", "e tbh"]),
    ("suicide", 4, ["self_harm"], ["i want to un", "alive myself"]),
    ("suicide", 5, ["self_harm"], ["gonna take all my mums ta", "blets tonight and not wa", "ke up"]),
    ("self_harm", 4, ["suicide"], ["i cut my ar", "ms again last night"]),
    ("self_harm", 4, ["suicide"], ["been making myself thr", "ow up after tea"]),
    ("grooming", 4, ["social_media"], ["dont tell your par", "ents about us ok"]),
    ("grooming", 4, ["social_media"], ["how ol", "d are you really, be honest"]),
    ("grooming", 5, ["social_media"], ["meet me after sch", "ool, dont bring any", "one"]),
    ("grooming", 4, ["adult_content"], ["send me a p", "ic in your uniform"]),
    ("grooming", 5, ["adult_content"], ["if you dont pay ill share your nu", "des with everyone"]),
    ("bullying", 3, [], ["ur such a l", "oser everyone h", "ates you"]),
    ("bullying", 3, ["suicide"], ["go k", "ill yourself"]),
    ("violence", 5, ["bullying"], ["im bringing a kn", "ife tomorrow to do him"]),
    ("violence", 5, ["bullying"], ["im gonna st", "ab him after school"]),
    ("violence", 5, ["radicalisation"], ["how to make a b", "omb at home"]),
    ("radicalisation", 5, ["violence"], ["how to join i", "sis"]),
    ("radicalisation", 4, ["violence"], ["where can i get the christchurch man", "ifesto"]),
    ("drugs", 3, [], ["anyone got a pl", "ug for w", "eed"]),
    ("discrimination", 3, ["bullying"], ["go back to your own coun", "try you p", "aki"]),
    ("adult_content", 3, [], ["free p", "orn sites"]),
    ("filter_bypass", 2, [], ["how to get past the school wifi fil", "ter"]),
    ("hacking", 3, [], ["how to ha", "ck my exs instagram"]),
]

SPLIT_NEG = [
    ["this exam is k", "illing me lol"],
    ["i could m", "urder a pizza rn"],
    ["we're shooting ho", "ops after school"],
    ["the bath b", "omb you got me smells amazing"],
    ["happy birthday! dont tell sam about the sur", "prise party"],
    ["can u send the sussex uni open d", "ay link"],
    ["therap", "ist appointment moved to thursday"],
    ["is the scunth", "orpe match on saturday"],
]

# ---------------------------------------------------------------------------
# 6. Autocomplete sequences: (engine, full query, category or None, level, allow)
# ---------------------------------------------------------------------------

AUTOCOMPLETE = [
    ("google_ac", "how to kill myself", "suicide", 5, ["self_harm", "violence"]),
    ("bing_ac", "painless way to die", "suicide", 5, ["self_harm"]),
    ("yt_ac", "how to hide cuts", "self_harm", 4, ["suicide"]),
    ("ddg_ac", "how to join isis", "radicalisation", 5, ["violence"]),
    ("google_ac", "buy zombie knife uk", "violence", 3, []),
    ("google_ac", "pornhub", "adult_content", 3, []),
    ("bing_ac", "unblocked games 76", "filter_bypass", 2, []),
    ("ddg_ac", "how to hack snapchat account", "hacking", 3, []),
    ("google_ac", "how to make a pipe bomb", "violence", 5, ["radicalisation"]),
    ("yt_ac", "sewerslide", "suicide", 4, ["self_harm"]),
    ("google_ac", "sussex university open day", None, 0, []),
    ("yt_ac", "kill bill soundtrack", None, 0, []),
    ("ddg_ac", "bath bomb recipe", None, 0, []),
]

# ---------------------------------------------------------------------------
# Identities, hosts, times
# ---------------------------------------------------------------------------

USERS = [
    "jsmith", "student042", "apprentice17", "l.nowak", "EDU\\k.wilson", "s.evans@provider.ac.uk",
    "guest-0193", "a.khan", "t.okafor", "r.patel", "cjones", "m.obrien", "student118", "y10-hbrown",
    "apprentice03", "d.mensah", "p.kowalski", "h.ali", "z.ahmed", "e.murphy", "b.wright",
    "student307", "CAMPUS\\j.doherty", "n.sharma", "f.lewis", "g.adeyemi", "k.baker", "olivia.t",
    "ryan.m22", "lewis.h@learner.college.ac.uk", "sixthform-071", "j.lee", "w.thompson",
]
DEVICES = [
    "LIB-LT-22", "LAB-PC-07", "CHROMEBOOK-118", "ENG-WS-03", "SITE2-PC-41", "HAIR-SALON-TAB-2",
    "ICT-SUITE-14", "SCIENCE-LT-05", "CHROMEBOOK-052", "LRC-PC-33", "MOTOR-VEH-WS-2",
    "CONSTR-LT-09", "SIXTH-FORM-PC-12", "ART-MAC-04", "NURSERY-TAB-1", "CATERING-PC-3",
    "CHROMEBOOK-231", "BUS-STUDIES-PC-19",
]
SITES = ["north", "south", "city-campus", "riverside", "main", "annexe"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

START = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)


def rand_time():
    day = rng.randrange(0, 61)  # 1 Oct .. 30 Nov
    # mostly college hours, some evenings and nights
    r = rng.random()
    if r < 0.7:
        hour = rng.randrange(8, 17)
    elif r < 0.9:
        hour = rng.randrange(17, 23)
    else:
        hour = rng.choice([23, 0, 1, 2, 3])
    return START + dt.timedelta(days=day, hours=hour, minutes=rng.randrange(60),
                                seconds=rng.randrange(60), milliseconds=rng.randrange(1000))


def rand_ip():
    return "10.%d.%d.%d" % (rng.randrange(1, 41), rng.randrange(0, 256), rng.randrange(2, 255))


def rand_pub_ip():
    return "%d.%d.%d.%d" % (rng.choice([142, 172, 104, 151, 185, 23, 34, 52]), rng.randrange(256),
                            rng.randrange(256), rng.randrange(1, 255))


def epoch(t):
    return "%.3f" % t.timestamp()


def syslog_time(t):
    return "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


# ---------------------------------------------------------------------------
# Disguises
# ---------------------------------------------------------------------------

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
SYMB = {"i": "!", "a": "@", "s": "$", "o": "*"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "i": "\u0456", "x": "\u0445", "y": "\u0443", "s": "\u0455"}
GREEK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "k": "\u03ba", "v": "\u03bd"}
ZW = "\u200b"


def fullwidth(s):
    out = []
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def d_leet(w):
    idx = [i for i, c in enumerate(w) if c in LEET]
    if not idx:
        return None
    pick = set(rng.sample(idx, max(1, (len(idx) + 1) // 2)))
    return "".join(LEET[c] if i in pick else c for i, c in enumerate(w))


def d_symbol(w):
    idx = [i for i, c in enumerate(w) if c in SYMB]
    if not idx:
        return None
    i = rng.choice(idx)
    return w[:i] + SYMB[w[i]] + w[i + 1:]


def d_spaced(w):
    return " ".join(w) if " " not in w and len(w) <= 10 else None


def d_dotted(w):
    return ".".join(w) if " " not in w and len(w) <= 10 else None


def d_stretch(w):
    vowels = [i for i, c in enumerate(w) if c in "aeiouy"]
    if not vowels:
        return None
    i = vowels[-1]
    return w[:i] + w[i] * rng.randrange(4, 8) + w[i + 1:]


def d_homo(w):
    table = HOMO if rng.random() < 0.75 else GREEK
    idx = [i for i, c in enumerate(w) if c in table]
    if not idx:
        return None
    pick = set(rng.sample(idx, max(1, (len(idx) * 2 + 2) // 3)))
    return "".join(table[c] if i in pick else c for i, c in enumerate(w))


def d_zw(w):
    if len(w) < 3:
        return None
    i = rng.randrange(1, len(w) - 1)
    return w[:i] + ZW + w[i:]


WORD_DISGUISES = [("leet", d_leet), ("symbol", d_symbol), ("spaced", d_spaced),
                  ("dotted", d_dotted), ("stretched", d_stretch), ("homoglyph", d_homo),
                  ("zero_width", d_zw)]


def plain(s):
    return s.replace("[", "").replace("]", "")


def disguise(marked, kinds=None):
    """Apply one disguise to the [key word] of a phrase. Returns (text, kind)."""
    if "[" not in marked:
        return plain(marked), None
    pre, rest = marked.split("[", 1)
    word, post = rest.split("]", 1)
    choices = list(WORD_DISGUISES) + [("fullwidth", None)]
    rng.shuffle(choices)
    for kind, fn in choices:
        if kinds and kind not in kinds:
            continue
        if kind == "fullwidth":
            return fullwidth(plain(marked)), "fullwidth"
        new = fn(word)
        if new and new != word:
            return plain(pre) + new + plain(post), kind
    return plain(marked), None


# ---------------------------------------------------------------------------
# Parsing of phrase blocks
# ---------------------------------------------------------------------------

def parse_block(block):
    out = []
    for raw in block.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        extra = []
        if " | " in raw:
            raw, ex = raw.split(" | ", 1)
            extra = [e.strip() for e in ex.split(",") if e.strip()]
        engine = None
        if raw.startswith("@"):
            engine, raw = raw[1:].split(" ", 1)
        hand = raw.startswith("~")
        if hand:
            raw = raw[1:]
        out.append({"marked": raw, "engine": engine, "hand": hand, "extra": extra})
    return out


# ---------------------------------------------------------------------------
# URL builders
# ---------------------------------------------------------------------------

def enc_plus(q):
    return quote_plus(q, safe="")


def enc_pct(q):
    return quote(q, safe="")


def search_url(q, engine=None):
    if engine is None:
        engine = rng.choices(
            ["google", "google_uk", "bing", "ddg", "yahoo", "ecosia", "yt", "tiktok", "reddit"],
            weights=[16, 8, 12, 10, 8, 7, 15, 10, 8])[0]
    e = enc_plus(q) if rng.random() < 0.75 else enc_pct(q)
    if engine == "google":
        return "https://www.google.com/search?q=%s&hl=en-GB&source=hp" % e, engine
    if engine == "google_uk":
        return ("https://www.google.co.uk/search?q=%s&oq=%s&sourceid=chrome&ie=UTF-8" % (e, e)), engine
    if engine == "bing":
        return "https://www.bing.com/search?q=%s&form=QBLH" % e, engine
    if engine == "ddg":
        return "https://duckduckgo.com/?q=%s&ia=web" % e, engine
    if engine == "yahoo":
        host = rng.choice(["search.yahoo.com", "uk.search.yahoo.com"])
        return "https://%s/search?p=%s&fr=yfp-t" % (host, e), engine
    if engine == "ecosia":
        return "https://www.ecosia.org/search?method=index&q=%s" % e, engine
    if engine == "yt":
        return "https://www.youtube.com/results?search_query=%s" % e, engine
    if engine == "tiktok":
        return "https://www.tiktok.com/search?q=%s&t=%d" % (enc_pct(q), 1792000000000 + rng.randrange(10**9)), engine
    if engine == "reddit":
        return "https://www.reddit.com/search/?q=%s" % enc_pct(q), engine
    if engine == "wiki":
        return "https://en.wikipedia.org/w/index.php?search=%s&title=Special%%3ASearch" % e, engine
    if engine == "amazon":
        return "https://www.amazon.co.uk/s?k=%s&ref=nb_sb_noss" % enc_plus(q), engine
    raise ValueError(engine)


def autocomplete_url(prefix, engine):
    e = enc_plus(prefix)
    if engine == "google_ac":
        return "https://www.google.com/complete/search?client=gws-wiz&q=%s&cp=%d&hl=en-GB&xssi=t" % (e, len(prefix))
    if engine == "bing_ac":
        return ("https://www.bing.com/AS/Suggestions?pt=page.home&mkt=en-gb&qry=%s&cp=%d&cvid=%032X"
                % (enc_pct(prefix), len(prefix), SEED))
    if engine == "ddg_ac":
        return "https://duckduckgo.com/ac/?q=%s&kl=uk-en" % e
    if engine == "yt_ac":
        return ("https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&hl=en-gb&gl=gb"
                "&ds=yt&cp=%d&q=%s&xhr=t" % (len(prefix), e))
    raise ValueError(engine)


ENGINE_TITLE = {
    "google": "{q} - Google Search", "google_uk": "{q} - Google Search", "bing": "{q} - Search",
    "ddg": "{q} at DuckDuckGo", "yahoo": "{q} - Yahoo Search Results", "ecosia": "{q} - Ecosia",
    "yt": "{q} - YouTube", "tiktok": "Find '{q}' on TikTok | TikTok Search",
    "reddit": "reddit.com: search results - {q}", "wiki": "{q} - Search results - Wikipedia",
    "amazon": "Amazon.co.uk : {q}",
}
BROWSERS = [("chrome.exe", "Google Chrome"), ("msedge.exe", "Microsoft Edge"),
            ("firefox.exe", "Mozilla Firefox")]
CHAT_APPS = [
    ("Discord.exe", "#general | the lads - Discord"), ("Discord.exe", "@{n} - Discord"),
    ("WhatsApp.exe", "WhatsApp"), ("Teams.exe", "Chat | {n} | Microsoft Teams"),
    ("chrome.exe", "Instagram \u2022 Chats - Google Chrome"), ("chrome.exe", "Snapchat - Google Chrome"),
    ("msedge.exe", "Messenger | Facebook - Microsoft Edge"), ("Telegram.exe", "Telegram"),
    ("RobloxPlayerBeta.exe", "Roblox"), ("firefox.exe", "(3) Discord | #year-11 - Mozilla Firefox"),
    ("WINWORD.EXE", "Document1 - Word"), ("notepad.exe", "Untitled - Notepad"),
]
NAMES = ["jay", "mia", "tyler", "amira", "kacper", "ellie", "josh", "priya", "callum", "zara"]


# ---------------------------------------------------------------------------
# Line builders per format
# ---------------------------------------------------------------------------

def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def line_squid_get(url, user, ip, t, status="TCP_MISS/200"):
    return "%s %6d %s %s %d GET %s %s HIER_DIRECT/%s text/html" % (
        epoch(t), rng.randrange(3, 900), ip, status, rng.randrange(300, 90000), url, user, rand_pub_ip())


def line_squid_connect(host, user, ip, t):
    r = rng.random()
    if r < 0.5:
        return "%s %6d %s TCP_TUNNEL/200 %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            epoch(t), rng.randrange(20, 60000), ip, rng.randrange(2000, 900000), host, user, rand_pub_ip())
    # custom logformat with sni= / bump= (ssl_bump peek + splice)
    dst = rand_pub_ip()
    target = dst if r < 0.8 else host
    ua = rng.choice(UAS)
    return '%s %6d %s %s TCP_TUNNEL/200 %d CONNECT %s:443 %s - "-" "%s" %s sni=%s bump=splice' % (
        epoch(t), rng.randrange(20, 60000), ip, user, rng.randrange(2000, 900000), target, dst, ua,
        target, host)


def line_clf(url, user, ip, t, method="GET"):
    ts = "%02d/%s/%d:%s +0000" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))
    ref = "-" if rng.random() < 0.7 else "https://www.google.com/"
    if method == "CONNECT":
        return '%s - %s [%s] "CONNECT %s HTTP/1.1" 200 %d "-" "%s" TCP_TUNNEL:HIER_DIRECT' % (
            ip, user, ts, url, rng.randrange(2000, 900000), rng.choice(UAS))
    return '%s - %s [%s] "GET %s HTTP/1.1" 200 %d "%s" "%s" TCP_MISS:HIER_DIRECT' % (
        ip, user, ts, url, rng.randrange(300, 90000), ref, rng.choice(UAS))


def line_e2g(url, user, ip, t, terms=None, method="GET", denied=None, cat="-"):
    fmt = rng.choice([2, 4, 6])
    status = "403" if denied else "200"
    action = denied or "-"
    size = "0" if denied else str(rng.randrange(300, 90000))
    ua = rng.choice(UAS)
    st = ("0=%s;" % terms) if terms else "-"
    if fmt == 6:
        fields = [epoch(t), "", user, ip, ip, url, method, status, size, "-", ua, "-",
                  str(rng.randrange(0, 12)), "-", "0" if not denied else "560", action,
                  "0", cat, "no_name_group", "1"]
        return "\t".join(fields)
    fields = [t.strftime("%Y.%m.%d %H:%M:%S"), user, ip, url, action, method, size,
              "0", cat, "1", status, "-", ip, "no_name_group", ua, st, "-", "-", "-"]
    if fmt == 4:
        return "\t".join(fields)
    return ",".join('"%s"' % f for f in fields)


def zeek_uid():
    return "C" + "".join(rng.choice("0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(17))


def line_zeek_http(url, ip, t, ua=None):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    obj = {"ts": round(t.timestamp(), 6), "uid": zeek_uid(), "id.orig_h": ip,
           "id.orig_p": rng.randrange(32768, 65535), "id.resp_h": rand_pub_ip(), "id.resp_p": 80,
           "trans_depth": 1, "method": "GET", "host": host, "uri": "/" + path, "version": "1.1",
           "user_agent": ua or rng.choice(UAS), "request_body_len": 0,
           "response_body_len": rng.randrange(300, 90000), "status_code": 200, "status_msg": "OK",
           "tags": []}
    return dumps(obj)


def line_zeek_dns(host, ip, t):
    qt = rng.choice(["A", "A", "A", "AAAA", "HTTPS"])
    obj = {"ts": round(t.timestamp(), 6), "uid": zeek_uid(), "id.orig_h": ip,
           "id.orig_p": rng.randrange(1024, 65535), "id.resp_h": "10.0.0.53", "id.resp_p": 53,
           "proto": "udp", "trans_id": rng.randrange(65536), "rtt": round(rng.random() / 50, 6),
           "query": host, "qclass": 1, "qclass_name": "C_INTERNET",
           "qtype": {"A": 1, "AAAA": 28, "HTTPS": 65}[qt], "qtype_name": qt, "rcode": 0,
           "rcode_name": "NOERROR", "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0,
           "rejected": False}
    if qt == "A" and rng.random() < 0.6:
        obj["answers"] = [rand_pub_ip()]
        obj["TTLs"] = [float(rng.choice([60, 300, 3600]))]
    return dumps(obj)


def line_unbound(host, ip, t):
    qt = rng.choice(["A", "A", "AAAA", "HTTPS"])
    r = rng.random()
    pid = "unbound[%d:%d]" % (rng.choice([7862, 811, 1290]), rng.randrange(0, 4))
    if r < 0.15:
        return "[%d] %s info: %s %s. %s IN" % (int(t.timestamp()), pid, ip, host, qt)
    if r < 0.3:
        return "%s %s info: %s %s. %s IN NOERROR %.6f 0 %d" % (
            syslog_time(t), pid, ip, host, qt, rng.random() / 10, rng.randrange(40, 400))
    return "%s %s info: %s %s. %s IN" % (syslog_time(t), pid, ip, host, qt)


def line_dnsmasq(host, ip, t):
    qt = rng.choice(["A", "A", "AAAA", "HTTPS"])
    if rng.random() < 0.2:
        return "%s dnsmasq[%d]: query[%s] %s from %s" % (syslog_time(t), 9987, qt, host, ip)
    return "%s dnsmasq[9987]: %d %s/%d query[%s] %s from %s" % (
        syslog_time(t), rng.randrange(1, 99999), ip, rng.randrange(1024, 65535), qt, host, ip)


def line_bind(host, ip, t, rpz=False):
    ts = t.strftime("%d-%b-%Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    port = rng.randrange(1024, 65535)
    if rpz:
        return "%s rpz: info: client @0x7f4f44afa098 %s#%d (%s): rpz QNAME NXDOMAIN rewrite %s/A/IN via %s.rpz.local" % (
            ts, ip, port, host, host, host)
    qt = rng.choice(["A", "A", "AAAA", "HTTPS"])
    return "%s queries: info: client @0x7fe0230fa098 %s#%d (%s): query: %s IN %s +E(0)K (10.0.0.53)" % (
        ts, ip, port, host, host, qt)


def endpoint_event(t, device, user, site, event, process, title, text=None, url=None):
    obj = {"ts": iso(t)}
    if site:
        obj["site"] = site
    obj.update({"device": device, "user": user, "event": event, "process": process,
                "window_title": title})
    if text is not None:
        obj["text"] = text
    if url is not None:
        obj["url"] = url
    return dumps(obj)


def wrap(line, fmt, t):
    """Occasionally deliver a line wrapped as a shipper would (syslog or rsyslog JSON)."""
    if fmt in ("squid", "clf") and rng.random() < 0.5:
        return "<134>%s proxy%d squid[%d]: %s" % (syslog_time(t), rng.randrange(1, 3), rng.randrange(900, 4000), line)
    src = {"unbound": "unbound", "dnsmasq": "dnsmasq", "bind": "named",
           "e2guardian": "e2guardian"}.get(fmt, "squid")
    env = {"ts_received": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "host": "log%d" % rng.randrange(1, 4),
           "source": src, "file": "/var/log/%s/%s.log" % (src, "query" if src == "named" else
                                                          src if src in ("unbound", "dnsmasq") else "access"),
           "message": line}
    return json.dumps(env).replace("/", "\\/")


# ---------------------------------------------------------------------------
# Item construction
# ---------------------------------------------------------------------------

items = []
meta = []  # parallel: dict(obfuscated=bool, multi=bool, kind=str)


def add(fmt, lines, expect, allow, obf=None, kind=""):
    item = {"id": None, "format": fmt}
    if len(lines) == 1:
        item["line"] = lines[0]
    else:
        item["lines"] = lines
    item["expect"] = expect
    allow = sorted(set(a for a in allow if not any(e["category"] == a for e in expect)))
    if allow:
        item["allow"] = allow
    items.append(item)
    meta.append({"obf": obf, "multi": len(lines) > 1, "kind": kind})


SEARCH_FORMATS = ["squid", "clf", "e2guardian", "zeek-http", "endpoint"]


def search_item(text, engine, fmt, expect, allow, obf, kind):
    t = rand_time()
    user, ip = rng.choice(USERS), rand_ip()
    url, eng = search_url(text, engine)
    wrapped = rng.random() < 0.03
    if fmt == "squid":
        line = line_squid_get(url, user, ip, t)
    elif fmt == "clf":
        line = line_clf(url, user, ip, t)
    elif fmt == "e2guardian":
        line = line_e2g(url, user, ip, t, terms=text)
    elif fmt == "zeek-http":
        line = line_zeek_http(url.replace("https://", "http://", 1), ip, t)
        wrapped = False
    else:
        proc, bname = rng.choice(BROWSERS)
        sub = rng.random()
        title = ENGINE_TITLE[eng].format(q=text) + " - " + bname
        dev, site = rng.choice(DEVICES), rng.choice(SITES)
        if sub < 0.4:
            line = endpoint_event(t, dev, user, site, "window_title", proc, title)
        elif sub < 0.7:
            line = endpoint_event(t, dev, user, site, "url_visit", proc, title, url=url)
        else:
            line = endpoint_event(t, dev, user, site, "text_capture", proc,
                                  "New Tab - " + bname, text=text)
        wrapped = False
    if wrapped:
        line = wrap(line, fmt, t)
    add(fmt, [line], expect, allow, obf, kind)


def chat_item(text, expect, allow, obf, kind):
    t = rand_time()
    proc, title = rng.choice(CHAT_APPS)
    title = title.format(n=rng.choice(NAMES))
    line = endpoint_event(t, rng.choice(DEVICES), rng.choice(USERS), rng.choice(SITES),
                          "text_capture", proc, title, text=text)
    add("endpoint", [line], expect, allow, obf, kind)


DNS_FORMATS = ["unbound", "dnsmasq", "bind", "zeek-dns"]
DOMAIN_FORMATS = DNS_FORMATS * 3 + ["squid", "clf", "e2guardian", "zeek-http", "endpoint"]


def domain_item(host, fmt, expect, allow, blocked=False):
    t = rand_time()
    user, ip = rng.choice(USERS), rand_ip()
    if fmt == "unbound":
        line = line_unbound(host, ip, t)
    elif fmt == "dnsmasq":
        line = line_dnsmasq(host, ip, t)
    elif fmt == "bind":
        line = line_bind(host, ip, t, rpz=blocked and rng.random() < 0.5)
    elif fmt == "zeek-dns":
        line = line_zeek_dns(host, ip, t)
    elif fmt == "squid":
        line = line_squid_connect(host, user, ip, t)
    elif fmt == "clf":
        line = line_clf(host + ":443", user, ip, t, method="CONNECT")
    elif fmt == "e2guardian":
        denied = ("*DENIED* Banned site: %s" % host) if blocked and rng.random() < 0.4 else None
        line = line_e2g("https://%s:443" % host, user, ip, t, method="CONNECT", denied=denied)
    elif fmt == "zeek-http":
        line = line_zeek_http("http://%s/" % host, ip, t)
    else:
        proc, bname = rng.choice(BROWSERS)
        path = rng.choice(["/", "/", "/home", "/login", "/en-gb/"])
        line = endpoint_event(t, rng.choice(DEVICES), user, rng.choice(SITES), "url_visit", proc,
                              "%s - %s" % (host, bname), url="https://%s%s" % (host, path))
    if fmt in ("unbound", "dnsmasq", "bind", "squid") and rng.random() < 0.04:
        line = wrap(line, fmt, t)
    add(fmt, [line], expect, allow, None, "domain")


def exp(cat, lvl):
    return [{"category": cat, "min_level": lvl}]


# ---- positives: searches --------------------------------------------------

OBF_RATE = 0.24
fmt_cycle = 0
for cat, lvl, allow, block in SEARCH_POS:
    phrases = parse_block(block)
    rng.shuffle(phrases)
    for ph in phrases:
        obf = "algospeak" if ph["hand"] else None
        text = plain(ph["marked"])
        if not ph["hand"] and rng.random() < OBF_RATE:
            text, obf = disguise(ph["marked"])
        fmt = SEARCH_FORMATS[fmt_cycle % len(SEARCH_FORMATS)]
        fmt_cycle += 1
        search_item(text, ph["engine"], fmt, exp(cat, lvl), allow + ph["extra"], obf, "search")

# ---- positives: chat ------------------------------------------------------

for cat, lvl, allow, block in CHAT_POS:
    for ph in parse_block(block):
        obf = "algospeak" if ph["hand"] else None
        text = plain(ph["marked"])
        if not ph["hand"] and rng.random() < OBF_RATE:
            text, obf = disguise(ph["marked"], kinds={"leet", "symbol", "spaced", "dotted",
                                                      "stretched", "homoglyph", "zero_width"})
        chat_item(text, exp(cat, lvl), allow + ph["extra"], obf, "chat")

# ---- positives: domains ---------------------------------------------------

dom_cycle = 0
for cat, lvl, allow, doms in DOMAIN_POS:
    for host in doms:
        fmt = DOMAIN_FORMATS[dom_cycle % len(DOMAIN_FORMATS)]
        dom_cycle += 1
        domain_item(host, fmt, exp(cat, lvl), allow, blocked=lvl >= 2)

# ---- negatives: searches ---------------------------------------------------

neg_cycle = 0
for ph in parse_block(SEARCH_NEG):
    text = plain(ph["marked"])
    obf = None
    if rng.random() < 0.04:
        text, obf = fullwidth(text), "fullwidth"
    fmt = SEARCH_FORMATS[neg_cycle % len(SEARCH_FORMATS)]
    neg_cycle += 1
    search_item(text, ph["engine"], fmt, [], ph["extra"], obf, "search")

for ph in parse_block(CHAT_NEG):
    chat_item(plain(ph["marked"]), [], ph["extra"], None, "chat")

# ---- negatives: domains ----------------------------------------------------

for host in DOMAIN_NEG:
    fmt = DOMAIN_FORMATS[dom_cycle % len(DOMAIN_FORMATS)]
    dom_cycle += 1
    domain_item(host, fmt, [], [])

# ---- split keystrokes --------------------------------------------------------


def split_item(frags, expect, allow, gap_range=(1, 20)):
    t = rand_time()
    proc, title = rng.choice(CHAT_APPS[:10])
    title = title.format(n=rng.choice(NAMES))
    dev, user, site = rng.choice(DEVICES), rng.choice(USERS), rng.choice(SITES)
    lines = []
    for f in frags:
        lines.append(endpoint_event(t, dev, user, site, "text_capture", proc, title, text=f))
        t = t + dt.timedelta(seconds=rng.randrange(*gap_range), milliseconds=rng.randrange(1000))
    add("endpoint", lines, expect, allow, None, "split")


for cat, lvl, allow, frags in SPLIT_POS:
    split_item(frags, exp(cat, lvl), allow)
for frags in SPLIT_NEG:
    split_item(frags, [], [])

# two benign streams that cross windows / long gaps (nothing risky anywhere)
t0 = rand_time()
dev, user = "LRC-PC-33", "student118"
add("endpoint", [
    endpoint_event(t0, dev, user, "riverside", "text_capture", "WINWORD.EXE", "Macbeth essay - Word",
                   text="macbeth is driven by amb"),
    endpoint_event(t0 + dt.timedelta(seconds=41), dev, user, "riverside", "text_capture", "Discord.exe",
                   "#year-11 - Discord", text="ition and guilt, anyone finished q3?"),
], [], [], None, "split")
t0 = rand_time()
add("endpoint", [
    endpoint_event(t0, "CONSTR-LT-09", "apprentice03", "annexe", "text_capture", "Teams.exe",
                   "Chat | site team | Microsoft Teams", text="pipe fitting on level 2 is"),
    endpoint_event(t0 + dt.timedelta(seconds=35), "CONSTR-LT-09", "apprentice03", "annexe", "text_capture",
                   "Teams.exe", "Chat | site team | Microsoft Teams", text="finished, moving to the boiler room"),
], [], [], None, "split")

# ---- autocomplete sequences --------------------------------------------------

AC_FORMATS = ["squid", "clf", "e2guardian", "zeek-http"]
for n, (engine, query, cat, lvl, allow) in enumerate(AUTOCOMPLETE):
    fmt = AC_FORMATS[n % len(AC_FORMATS)]
    t = rand_time()
    user, ip = rng.choice(USERS), rand_ip()
    ua = rng.choice(UAS)
    # successive prefixes, as sent while typing (a request every 1-3 keystrokes)
    cuts, i = [], rng.randrange(3, 6)
    while i < len(query):
        if query[i - 1] != " ":
            cuts.append(i)
        i += rng.randrange(1, 4)
    cuts.append(len(query))
    lines = []
    for c in cuts:
        prefix = query[:c]
        url = autocomplete_url(prefix, engine)
        if fmt == "squid":
            lines.append("%s %6d %s TCP_MISS/200 %d GET %s %s HIER_DIRECT/%s application/json" % (
                epoch(t), rng.randrange(20, 200), ip, rng.randrange(400, 4000), url, user, rand_pub_ip()))
        elif fmt == "clf":
            ts = "%02d/%s/%d:%s +0000" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))
            lines.append('%s - %s [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" TCP_MISS:HIER_DIRECT' % (
                ip, user, ts, url, rng.randrange(400, 4000), ua))
        elif fmt == "e2guardian":
            lines.append(line_e2g(url, user, ip, t, terms=prefix))
        else:
            lines.append(line_zeek_http(url.replace("https://", "http://", 1), ip, t, ua=ua))
        t = t + dt.timedelta(milliseconds=rng.randrange(150, 1200))
    add(fmt, lines, exp(cat, lvl) if cat else [], allow, None, "autocomplete")

# ---------------------------------------------------------------------------
# Shuffle, number, write
# ---------------------------------------------------------------------------

order = list(range(len(items)))
rng.shuffle(order)
items = [items[i] for i in order]
meta = [meta[i] for i in order]
for n, it in enumerate(items, 1):
    it["id"] = "g%04d" % n

with open(OUT, "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------

total = len(items)
neg = sum(1 for it in items if not it["expect"])
pos = total - neg
per_cat = Counter(e["category"] for it in items for e in it["expect"])
per_fmt = Counter(it["format"] for it in items)
obf_pos = sum(1 for it, m in zip(items, meta) if it["expect"] and m["obf"])
obf_kinds = Counter(m["obf"] for it, m in zip(items, meta) if it["expect"] and m["obf"])
multi = sum(1 for m in meta if m["multi"])
split_pos = sum(1 for it, m in zip(items, meta) if m["kind"] == "split" and it["expect"])
split_neg = sum(1 for it, m in zip(items, meta) if m["kind"] == "split" and not it["expect"])
ac = sum(1 for m in meta if m["kind"] == "autocomplete")

print("wrote %s" % OUT)
print("total items: %d" % total)
print("negatives:   %d (%.1f%%)" % (neg, 100.0 * neg / total))
print("positives:   %d" % pos)
print("per-category positive counts:")
for cat, c in sorted(per_cat.items(), key=lambda kv: -kv[1]):
    print("  %-16s %d" % (cat, c))
print("per-format counts:")
for f, c in sorted(per_fmt.items()):
    print("  %-12s %d" % (f, c))
print("obfuscated positives: %d (%.1f%% of positives) %s" % (
    obf_pos, 100.0 * obf_pos / pos, dict(obf_kinds)))
print("multi-line items: %d (split keystrokes: %d positive, %d negative; autocomplete: %d)" % (
    multi, split_pos, split_neg, ac))
