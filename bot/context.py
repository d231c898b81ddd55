"""Is a symptom asserted, now? ConText for the red-flag rules.

ConText (Harkema, Dowling, Thornblade and Chapman, J Biomed Inform 2009;
NegEx, Chapman et al. 2001, before it) decides whether a finding in clinical
text is negated, historical or hypothetical, and who experiences it, from
trigger terms whose scope runs to the end of the sentence or to a
termination term. This is a compact version for patients' chat messages,
applied one sentence at a time (the sentences are folded and corrected, see
`split_sentences` and `Understander`):

- negated: a negation trigger shortly before the symptom, or before a list
  leading up to it ("no fever", "never had a seizure or passed out"), its
  scope ended by "but", "unless" or a new subject ("not better, i won't be
  here"); or a form's item answered no in the next sentence ("suicidal
  thoughts - none");
- historical: a long-ago or resolution term in the same sentence ("years
  ago", "as a kid", "back in 2015", "it went away", "recovered fully", "fine
  since"), unless a word of now stands between them or the sentence says it
  is recent;
- a question about their history: what a form or a nurse asks of the past
  ("the form asks if i've ever lost consciousness"), for every tier but
  crisis, unless an answer or something recent follows;
- hypothetical: the symptom lies in the scope of "if", "what if", "imagine",
  "in case"..., or the sentence is a question about risk ("can botox make it
  hard to swallow?", "is slurred speech a side effect?") that asserts
  nothing now;
- feared, or a general risk: "she is nervous about her face drooping",
  "he read that botox can cause double vision", unless what follows says
  it is happening now (thoughts of self-harm always count);
- in a story: told of a character in a film, show or book ("in a tv drama a
  character had meningitis with a purple rash"), for every tier but crisis
  (a story's suicide is read by the crisis concept's own other senses);
- experiencer: symptoms told of someone else ("my dad is confused") count
  like one's own, so there is no trigger for it; but a symptom only reported
  or feared ("my friend said her eyelid drooped once", "she is worried about
  choking") in a message that asks about risk ("should i worry?", "how often
  does that happen?") asserts nothing now.

Pseudo-triggers, as in ConText, are words that contain a trigger but are
not one: "sorry if this is strange" is an apology, not a hypothetical, and
"can not feel my arm" is the symptom itself, not its denial.

When unsure, the symptom counts: every rule errs towards escalating.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .prefilter import ScreenedPattern

NEGATORS = frozenset("no not never without nor neither denies denied zero none".split())
# Negators only of a list right after them: "nothing sudden or explosive", but not "nothing works, my arm is numb".
LIST_NEGATORS = NEGATORS | {"nothing"}
# Pseudo-triggers: a negator that negates no symptom ("makes no sense, my words come out wrong", "no idea why"), or is one
# ("my right side has no power, hand can not grip the cup"), or denies only the doing after it ("stepping into traffic
# without looking hoping a car finishes it", guideline-crisis-HQ).
PSEUDO_NEGATIONS = frozenset("""no sense|no idea|no doubt|no wonder|no matter|no clue|not sure|not only|not just|no longer|not long|
not helping|not worked|not working|never mind|not notice|not realise|not realize|no drama|no rush|no worries|
no offence|no offense|no pressure|no joke|no kidding|no lie|no power|no strength|no grip|not bother|no hope|no reason|no future|
no helmet|no seatbelt|no warning|without helmet|without warning|no lights|without lights|no belt|without belt|not answer|not reply|not respond|not judge|
not stop|not help|not shake|not shift|not worry|not work|not last|no help|no use|no good|no better|no change|no difference|no luck|no relief|no improvement|
without looking|without thinking|without checking|without stopping|without telling|without asking|without knowing|without waiting""".replace("\n", "").split("|"))
# What was missing, not a symptom denied: "fell off my bike, no helmet, banged head" (guideline-DN), "drove at 180
# without belt hoping for a tree", "out on the bike with no lights, hoping to hit a wall" (guideline-crisis-IB). In
# PSEUDO_NEGATIONS above, and read by safety.py's denial inside a match.
MISSING_NOT_DENIED = ("helmet", "seatbelt", "seat belt", "warning", "lights", "belt")
# Not being able to feel or move is the symptom, not its denial: "can not feel the right side of my face".
INABILITY = frozenset(f"{can} not {verb}" for can in ("can", "could")
                      for verb in ("feel", "move", "lift", "use", "grip", "work", "sleep", "eat", "cope", "think", "function",
                                   "concentrate", "focus", "walk"))
# ... nor "nothing" in "from nothing to": "maybe 30 seconds from nothing to the worst pain i've ever had" (guideline-EF)
FROM_NOTHING_TO = frozenset({"from nothing to", "from zero to", "from none to"})   # (guideline-EY: "went from zero to the worst pain")
# ... nor is the "no" of "any more" said as "no more": "cant do this no more gonna end it tonite" (guideline-crisis-FZ)
NO_MORE_FOR_ANY_MORE = frozenset(f"{thing} no more" for thing in ("this", "it", "that", "anything", "life", "them"))
# ... nor the "not" of a face or a limb that "does not feel like it's mine": that is the symptom, not its denial
NOT_ONES_OWN = re.compile(r"feel like (it is |it s |its |it |they are |they re )?(mine|my own|his|hers|his own|her own|part of)\b")
# ... nor the "without" of what cannot be done without it: "she can't get her tea down without choking" (guideline-ER)
CANNOT_WITHOUT = re.compile(r"\b(can not|cannot|could not|unable to|not able to|struggl\w* to|hard to|impossible to)( \w+){1,6}$")
# ... nor the "neither" of "the pain won't stop and neither will the thoughts of ending it": what won't stop goes on too
# (guideline-crisis-HQ)
NOR_WILL_THEY_STOP = re.compile(r"\b(not|never) (stop|stops|end|ends|go away|goes away|let up|lets up|ease|eases|quit|quits|leave me alone|die down|calm down) "
                                r"(\w+ ){0,3}?(and |but )?(neither|nor)$")
# Words that may stand between a negator and the symptom it negates in a list.
# Headaches in a denied list, before "or": "haven't had any headaches or swelling" (guideline-ER); not elsewhere, where
# they are what a sign is compared with: "not like my migraines, they're worse when i cough" (guideline-AR).
LISTED_BEFORE_OR = frozenset("headache headaches migraine migraines".split())
LIST_GLUE = frozenset("""
a an the any or and nor had have has got get ever either my his her their of with signs sign symptoms symptom
like such as trouble problems problem issues real really even feel felt feeling out thoughts thought urges self
want to die seeing having getting noticing noticed
once about hurting harming killing cutting
""".split())
# Help got since: "thankfully they got treatment" (in the sentence, PAST; as the next one, LONG_AGO_NEXT).
_GOT_HELP = (r"((thankfully|luckily|fortunately) (they|he|she|i|we) (got|found|had|received|sought) (treatment|help|support|better)"
             r"|(he|she|they) (got|received|had) (treatment|help|support) and (recovered|got better|is fine|is well|is doing well))\b")
# Long ago, or over: "hit my head years ago", "a seizure as a child", "back in 2015", "it sorted itself out".
# A date long ago, after "was": "... was 2018", "was in 2015", "was many years ago" (context.PAST, safety.LAST_TIME).
LONG_AGO_DATE = (r"(in |back in |around |about )?((19|20)\d\d|back in (the )?(\d\d|\d0s|sixties|seventies|eighties|nineties)|(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years ago"
                 r"|years ago|ages ago|a long time ago)\b")
PAST = ScreenedPattern(re.compile(
    r"\b(\d+|a|few|a couple( of)?|couple( of)?|several|many|two|three|four|five|six|seven|eight|nine|ten|some) (years?|yrs|decades?|months) (ago|back)\b"
    # ... said as other languages say it: "before 15 years i want to die, but now i have family" (guideline-crisis-DR);
    # or of someone who lived long after: "had a head injury in her 80s and lived to 97"
    r"|\bbefore (\d+|a few|few|some|many|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (years?|yrs|decades?)\b(?! (old|of age))"
    r"|\blived (to|until|till) (be )?\d\d\b"
    # ... or the decade before this one: "there was a point last decade when i wrote goodbye letters" (guideline-crisis-GY)
    r"|(?<!the )(?<!past )(?<!this )\blast decade\b"
    # ... or the years since the last time: "8 years since i last hurt myself" (guideline-crisis-HE)
    r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|some) (years?|yrs) since (i|he|she|they) (last )?(hurt|harmed|cut|burned|tried|attempted|felt|did|thought)\b"
    # ... or dated within the sentence: "i thought about ending it, but that was 2012 and i got help" (guideline-crisis-DU)
    r"|\b(that|this|it|all that) (was|were) (in |back in )?(19|20)\d\d\b"
    r"|\bas a (kid|child|teen|teenager|baby|toddler|student)\b|\bwhen (i|he|she|they|we) (was|were) (young|little|small|tiny|a baby|a kid|a child|kids|children|teenagers|teens|students|younger|a teen|a teenager|a student|at (school|uni|university|college)|in (school|college)|\d+)\b"
    rf"|\b{_GOT_HELP}"
    # "the year before last my dad was sectioned after he tried to take his own life. he recovered" (guideline-crisis-FD);
    # "i took an overdose in my early twenties, long before any of this started"
    r"|\bthe year before last\b|\blong before (any of )?(this|that|the (headaches?|migraines?|pain|neck pain)|my (headaches?|migraines?|pain|neck pain))( (started|began|came))?\b"
    r"|\bwhen (he|she|they) (was|were) (still )?alive\b|\bbefore (he|she|they) (died|passed|passed away)\b"
    r"|\bwhen (i|he|she|they) (was|were) in (my|his|her|their) (\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\b(a couple of|a few|several|two|three|some) (hospital stays|hospital admissions|occasions|episodes|admissions) (where|when)\b"
    r"|\b(\d+|a|few|couple of|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|some) (summers?|winters?|springs?|autumns?|christmases|holidays|seasons|terms) ago\b"
    # "had a self-harm phase at 14, i'm 38" (guideline-crisis-IK)
    r"|\b(phase|period|spell|patch|stage) (at|aged|when i was|in my) (1[0-9]|[5-9]|teens|a teenager|school|high school|uni|university|college|early twenties)\b"
    r"|\bi (read|saw|heard) (it|that|this|about (it|that)) (on|in) (facebook|twitter|instagram|tiktok|reddit|a forum|the internet|online|the news|social media|a group|a blog)\b"
    r"|\bonce (and |but )?(he|she|they|it|i) (is|s|are|re|am|m) (absolutely |totally |completely |perfectly )?(fine|ok|okay|well|all good|back to normal) now\b"
    r"|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|some) (years?|decades?) since (my|his|her|their|the|that)\b"
    # a diary's dated entry: "diary 2017: didn't want to be here anymore" (guideline-crisis-GM)
    r"|^(diary|journal|entry|note|notes|log|diary entry|journal entry) (from |in |of )?(19|20)\d\d\b"
    # years clean: "had a rough patch with self harm at uni, 8 years clean now" (guideline-crisis-GK)
    # (not a relapse "after 3 years clean")
    r"|(?<!after )(?<!following )(?<!relapsed )\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|many|several|a few|a couple of) (years?|yrs) (clean|free|self ?harm free|sober|well)( now)?\b(?! (until|till|but|and then)\b)"
    # the last time it was felt, dated long ago: "the last time i felt that hopeless was 2018" (guideline-crisis-GE)
    rf"|\bthe (last|only|one) time (i|he|she|they|we) (\w+ ){{1,4}}?(was|were) {LONG_AGO_DATE}"
    r"|\bthe (last|only|one) time (i|he|she|they|we) (\w+ ){1,4}?(was|were) when (i|he|she|they) (was|were) (young|little|a (kid|child|teenager|student)|at (school|uni|university|college))\b"
    # a soreness told in the past for a time that ended: "it stung a little going in and my scalp was a bit sore for a day"
    # (guideline-EC; "has been sore for a day" is now)
    r"|\b(was|were|felt) (a bit |a little |slightly |quite |really |very |pretty |so )?(sore|tender|achy|red|swollen|bruised|itchy|stiff|tingly) (\w+ ){0,4}?(for (a|one|half a|a couple of|two|a few|the) (hours?|days?|evening|night|morning|afternoon|rest of the day)|that (night|evening|day|afternoon)|the (next|following) (day|morning))\b"
    r"|\b(it|they|that) never came back\b|\b\d+ now and (well|fine|healthy)\b|\b(changed|saved|turned around) my life\b|\bturned my life around\b|\b(well|fully|totally|completely) controlled\b|\bunder control\b|\ball cleared\b|\bcleared (now|since)\b|\b(fainted|passed out|blacked out|collapsed|keeled over|choked|spluttered) (\w+ ){0,5}once\b(?! (more|again|or twice a|a (day|week|month)))"
    r"|\bwhen (i|he|she|they) (was|were) first (diagnosed|told|ill|sick|injured)\b|\b((we|i|he|she|they) )?(worked|got|came|pulled) (through|thru) (it|that|them|this)\b"
    r"|\bbut (she|he|they|i) (was|were|felt) (fine|ok|okay|all right|alright)\b"
    # "long time back, in my student years, i was cutting myself"; "my teenage years was difficult, i was hurting myself"
    # (guideline-crisis-IB)
    r"|\b(a )?long time back\b|\bin (my|her|his|their) (student|school|uni|university|college|teenage|teen|younger) (years|days)\b"
    r"|\b(my|her|his|their) (student|school|uni|university|college|teenage|teen|younger) (years|days) (was|were)\b"
    # "got hit in the head with a softball when i was 14. mild concussion, sat out two weeks, no issues after" (everyday-BJ)
    r"|\bno (further |lasting |more |other |real )?(issues|problems|symptoms|trouble|effects|after ?effects|complications) (after|afterwards|since|since then|after that|ever since)\b"
    r"|\b(she|he|they|i) (was|were|felt) (fine|ok|okay|all right|alright) (after|afterwards|straight after|within)\b|\b(long )?before (i|we) (was|were) born\b"
    r"|\ba (long |good )?while (ago|back)\b|\bin the (spring|summer|autumn|fall|winter)\b|\b(was|were|got|been) checked( out)? (then|at the time)\b"
    r"|\b(long (time )?|ages )ago\b|(?<!turned \d\d )(?<!retired )\blast (year|season|summer|winter|spring|autumn|fall|christmas|xmas|easter|new year|thanksgiving|halloween)\b|\b(in|back in|since|from) (19|20)\d\d\b|\b(was|were) (in |back in )?(19|20)\d\d\b|\b(ideation|attempt|attempts|overdose|episode|admission|diagnosis|breakdown|crisis|self harm|suicidal) (in )?(19|20)\d\d\b|\b(decades|years|ages) back\b|\bancient history\b|\b(an |my |her |his )?old (school |teenage |childhood )?(diary|diaries|journals?|notebooks?|poems?)\b|\b(years|decades) ago\b"
    r"|(?<!i am )(?<!i m )(?<!im )(?<!he is )(?<!she is )(?<!he s )(?<!she s )(?<!they are )(?<!we are )(?<!now )(?<!still )(?<!currently )\bin (high school|college|(my|his|her|their) (early |mid |late )?(teens|twenties|thirties|forties|fifties|sixties|\d0s)|(my|his|her|their) (youth|younger days|young days))\b|\bonce in (my|his|her|their) (\d0s|teens|twenties|thirties|forties)\b|\bin the past\b(?! (\d+ |one |two |three |four |five |six |few |couple of )?(days?|hours?|weeks?|fortnight|month))|\bin the ((19|20)?\d0s|sixties|seventies|eighties|nineties)\b|\bwhen (i|she) was pregnant\b|\b(in|during|with) (my|her) (last|previous|first|second|earlier|other) pregnancy\b|\bback in (uni|university|college|school|high school|my teens|the day|my (\d0s|twenties|thirties|forties|fifties|sixties))\b|\bback at (uni|university|college|school|high school) (i|he|she|they|we) (had|was|were|used|got|went|did|tried|took|thought)\b|\b(my|his|her|their) (past|previous|former|old) (self ?harm\w*|suicide attempts?|overdoses?|suicidal (thoughts|feelings|ideation)|cutting)\b|\bat (age )?(1?\d|[2-9]\d)\b(?= (i am|i m|im) (1?\d|[2-9]\d) now\b)"
    # (old self-harm scars; an accident dated by its year alone, "car accident 2018"; what someone could not do "for weeks";
    # a year or "many years ago" in Spanish, Portuguese or Tagalog, "noong 2012", "hace muchos anos")
    r"|\b(old|faded|healed|white) (self ?harm|cutting|self ?injury) scars\b|\b(accident|crash|collision|injury|fall|whiplash|surgery|operation|concussion) (back )?(in )?(19|20)\d\d\b"
    r"|\b(could not|couldn t) (\w+ ){1,5}for (weeks|months|a (week|month|few weeks|couple of weeks))\b(?!.{0,30}\b(still|now|and (i|he|she) (can|cannot|can not)))"
    r"|\b(noong|en|em|en el|no ano de) (19|20)\d\d\b|\b(ha|hace|hacer|faz) (muitos|muchos|muchas|varios|alguns|algunos|\d+) anos\b"
    # (an eyelid that drooped, or was droopy, for a while: "her eyelid drooped for a month", "had a droopy eyelid for
    # weeks"; not "has drooped", which goes on)
    r"|(?<!have )(?<!has )(?<! ve )\b(had|got) (a |an )?(\w+ )?(droopy|drooping|dropped|heavy|lazy) (eyelid|eye|lid|brow)s? for (a|one|two|three|four|a couple of|a few|\d+) (days?|weeks?|months?)\b"
    r"|(?<!have )(?<!has )(?<! ve )\bhad\b.{0,60}\b(droopy|drooping|dropped|heavy) (eyelid|eye|lid|brow)s? for (a few |a couple of |some |several )?(days|weeks|months)\b"
    r"|(?<!have )(?<!has )(?<! ve )\b(eyelid|eye|lid|brow)s? (drooped|dropped|sagged) for ((a|one|two|three|four|a couple of|a few|\d+) (days?|weeks?|months?)|days|weeks|months)\b"
    r"|\b(have not|has not|not) (had|felt|been) (\w+ ){0,2}(in|for) (\d+|many|several|a few|two|three|four|five|ten) years\b"
    # (a reaction had once: "i had a reaction to the contrast dye in a ct scan once, hives")
    r"|\b(i|he|she|they) had (a|an) (bad |mild |slight |allergic |nasty )?reaction to (\w+ ){1,8}once\b"
    # (nothing since: "old self-harm scars on my arms, nothing in fifteen years")
    r"|\bnothing (in|for) (the (last|past) )?(\d+|many|several|a few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty) years\b"
    # (not a person who passed: "since my wife passed i can't see any point in carrying on")
    r"|\b(it |that |which )?(went away|sorted itself out|cleared up|resolved(?! to)|settled down|(?<!wife )(?<!husband )(?<!partner )(?<!mum )(?<!mom )(?<!mother )(?<!dad )(?<!father )(?<!son )(?<!daughter )(?<!brother )(?<!sister )(?<!friend )(?<!he )(?<!she )passed|came right|got better on its own)\b(?! out)"
    r"|\b(recovered|has recovered|had recovered) (fully|completely|totally|in full)\b|\b(fully|completely|totally) recovered\b"
    r"|\bback in (january|february|march|april|may|june|july|august|september|october|november|december)\b|\bwent through a (\w+ ){0,2}(patch|phase|period|spell|stage)\b"
    # ... or a phase of one's school or college years: "had a suicidal phase in first year, genuinely over it" (guideline-crisis-EN)
    r"|\b(phase|patch|period|spell|stage) (in|during) (my |the )?(first|second|third|final|freshman|sophomore|junior|senior) year\b"
    r"|\b(got|had|sought|found|went for) (treatment|help|therapy|counselling|counseling|support)\b.{0,40}\b(i am|i m|and i am|and i m|now i am|now i m|(and |now )?(she|he|they) (is|s|are|re)( now)?) (much |so much |a lot |far )?(stable|well|better|fine|okay|ok|thriving|flourishing|doing (well|fine|better|ok|okay|great|brilliantly))\b"
    r"|\bwhen (my|his|her|the|their) (\w+ ){0,2}first (started|began|came on|appeared)\b|(?<!since )\bat (my|his|her|the) (last|previous|first) (\w+ )?(appointment|visit|session|injections?|treatment|round|jabs?)\b"
    r"|\bwhen (my|his|her|the) (\w+ )?(migraines?|headaches?|pain) (were|was) (at (their|its) worst|really bad|so bad|bad)\b"
    r"|\b(been in|been having|had|started|going to) (counselling|counseling|therapy|treatment)\b.{0,30}\b(doing|feeling|feel) (much |so much |a lot |far )?better\b"
    r"|\b(an|my|the|this|that) old (\w+ )?(whiplash|injury|accident|crash|fall|concussion)\b|\b(could|can|would|might|does|did) old (whiplash|injuries|injury|accidents?|crash(es)?|falls?|concussions?)\b"
    r"|\b(been|went|gone|come) through (a|an|the) (\w+ ){0,2}(crisis|phase|patch|period|spell|time) (before|in the past|years ago)\b|\bcame out (of it|the other side)\b"
    r"|\bduring (my|his|her|their|the) (very )?(worst|darkest|lowest|hardest|toughest|bad|dark) (year|years|time|times|period|patch|phase|months|days|spell)\b|(?<!did )(?<!felt )(?<! as )(?<!like )\bback then\b|\bthere was a time\b|\b(from|since|during) my (teens|teenage years|twenties|school days|student days)\b|\blong (since )?healed\b|^(and |but |so |way )?back when (my|his|her|the|i|he|she)\b|\blong before (my|his|her|the)\b"
    r"|\bbefore (i|he|she|they) (found|met|started|got|had|began|came to) (a |my |the |his |her |some |this |your )?(good |new |right |proper )?(neurologist|doctor|gp|therapist|counsellor|counselor|psychologist|treatment|meds|medication|help|support|therapy|clinic|practice|team|you|you guys)\b"
    r"|\b(got|helped|pulled|saw) (me|him|her|them|us) through (it|that|the worst)\b"
    r"|(?<!for everything )(?<!for all of it )(?<!for it all )\bover the years\b|\bsorted (it|that|them|this) out\b|\bat (the age of |age )?(1\d|[2-4]\d)\b(?! ?(pm|am|p m|a m|o clock|oclock|hours?|hrs?|mins?|minutes?|degrees|percent|weeks?|days?)\b)(?=.{0,40}\b(had|was|were|went|got|tried|attempted|took|did|thought|felt|wanted|considered)\b)|\b(fine|ok|okay|good|well|clear) for (years|months|ages|decades|a long time)\b|\byears before\b|\bas a young (woman|man|girl|boy|adult|mum|mother|father|dad)\b"
    r"|\b(symptoms?|it|that|they|which|this|all) (all |completely |fully |totally |soon |quickly )?(settled|wore off|faded|calmed down)\b"
    r"|\b(stroke|tia|accident|injury|fall|crash|illness) (that |which )?left (him|her|them|me)\b"
    r"|(?<!\bup )(?<!\bas )\b(fine|well|ok|okay|free|clear|stable|happy|happily|normal|normally) (ever )?since\b"
    # (back to one's usual self, not a deed done to oneself: "he has been thinking about killing himself since ...")
    r"|\b(been|felt|feeling|back to|seemed|seems|is|was|s) (\w+ )?(herself|himself|themselves) (ever )?since\b"
    r"|\b(they|it|these|those) (are|is|re|s|have been|has been) (always |all )?(exactly )?the same\b|\b(all |been )?(fine|ok|okay|good|well) for (\d+|a few|few|several|two|three|many) (weeks|months|years)\b|\byears back\b|(?<!since )(?<!since the )(?<!than )(?<!than the )(?<!from )(?<!from the )(?<!one )(?<!is the )(?<!be the )(?<!probably the )(?<!likely the )(?<!maybe the )(?<!possibly the )(?<!like it was the )(?<!like it is the )(?<!as if it was the )(?<!as if it were the )(?<!though it was the )\blast time\b|\b(was|were|felt) (fine|ok|okay|normal|back to normal) (\d+|a few|few|five|ten|two) (min|mins|minutes|seconds|secs) later\b|\ball clear\b|\bnever since\b|\bback to normal\b"
    r"|\b(seizure|fit|attack) free\b|\bdoing (much |so much |a lot |far )?(well|fine|great|better) now\b|(?<!this )(?<!the )(?<!since )(?<!started )(?<!began )(?<!from )(?<!start of )(?<!end of )(?<!beginning of )(?<!middle of )(?<!mid )\blast month\b"
    r"|\b(next|other|later|following|subsequent) (\w+ )?(rounds?|times?|sessions?|treatments?|injections?|ones) (were|have been|went|all went) (fine|ok|okay|normal|smooth\w*|well)\b|\b(got|was|been) checked (out )?and (is|was|am|were) (fine|ok|okay|well|normal)\b|\bsince (birth|i was born|childhood)\b"))
# Said after the symptom, inside the match: "my scalp is not tender", "eyes are fine", "my migraines have not changed".
POST_NEGATION = ScreenedPattern(re.compile(r"^(eyelids?|lids?|swallowing|breathing|vision|eyesight|speech|neck|arms?|legs?) (totally |completely |perfectly |absolutely |all )?(fine|normal|ok|okay|good)\b|\b(is|are|was|were|feels?|looks?|seems?) (totally |completely |perfectly |absolutely |all |quite )?(not(?! (working|doing|moving|responding|obeying|making|right|normal|able|lifting|listening|holding|gripping|himself|herself|themselves|his|hers|mine|theirs|my own|his own|her own|there|here|even|symmetrical|symmetric|straight|level|like (my|his|her|their|the|our) (usual|normal|old|regular))\b)|fine|normal|ok|okay|clear)\b|\b(looks?|is|are) the same\b"
                           r"|\b(comes?|came) out fine\b|\b(does|do|did) not (hurt|ache|droop|feel)\b|\b(have|has|had) not (really |at all |yet )?(drooped|dropped|sagged|fallen|ached|hurt)\b"
                           r"|\b(have|has|had|did|do|does) not (really |at all )?(changed?|altered)\b|\b(is|are|was|were) (well |fully )?(controlled|under control)\b|\bnot (any |at all )?different\b|\bnot (tender|sore|painful|stiff|swollen|red|droopy|drooping|weak|numb|blurry|blurred)\b|\bnothing (has |is )?(changed|different|new)\b"))
# A question put to the person, answered no in the same sentence: "the nurse asked if i ever hurt myself on purpose and
# i said no" (before the match: ASKED_IF; after it: ANSWERED_NO_AFTER), unless a "but" or a lie follows.
# A "not" said of how one is, which denies nothing asked: "... and i'm not okay", "i'm not coping", "not sure"
# (read after "i am", in ANSWERED_NO_AFTER and safety.ANSWERED_NO_NEXT)
NOT_HOW_ONE_IS = (r"(?! (sure|ok|okay|fine|well|good|coping|safe|alright|all right|going|gonna|lying|joking|kidding|certain|able|doing"
                  r"|eating|sleeping|myself|herself|himself)\b)")
ASKED_IF = re.compile(r"\b(asked|asks|asking|ask) (me |him |her |them |us )?((straight out|straight|outright|directly|point blank|bluntly|gently|again) )?((at )?(every|each) (session|time|visit|appointment|week|month|review) |(at|after|before|during) (every|each|my|the|our|his|her) (session|visit|appointment|review|check ?up|injections?|treatment|consultation|consult) )?(if|whether)\b|\b(screened|screens|checked|checks) (me|him|her|them|us) for\b")
# ... or a question about one's history, on a form or asked by a nurse: "the form asks if i've ever lost consciousness"
# (everyday-BJ; told for the emergency and urgent tiers, whose history is no sign now)
ASKED_EVER = re.compile(r"\b(asks?|asked|asking|ask) (me |him |her |them |us |you )?(if|whether) (i|he|she|they|you|we) (have |has |ve |had |s |d )?(ever|previously|at any (time|point)|in the past)\b")
ANSWERED_NO_AFTER = re.compile(r".{0,40}?\b((the )?(honest |truthful |true |short )?answer (is|was) (no|never|not really)|(i|he|she|they|we) (honestly |truthfully |truly |just )?(said|answered|replied|told (her|him|them|the \w+)|ticked|put) (no|never|not)|(i|he|she|they|we) (have|has|had) none|(and )?(honestly |truthfully )?(no|nope) never)\b"
                               r"(?!.{0,40}\b(but|though|although|lied|lying|was not true|was a lie)\b)"
                               # "my gp screened me for depression and suicidal thoughts and i scored zero on both" (guideline-crisis-DL)
                               r"|.{0,40}?\b(i|he|she|they|we) scored (zero|0|nil|nothing|none)\b(?!.{0,40}\b(but|though|although|lied|lying|was not true|was a lie)\b)"
                               # "my therapist asked if i felt hopeless and honestly no, i'm hopeful" (guideline-crisis-CS)
                               r"|.{0,40}?\b(and )?(honestly|truthfully|truly),? (no|nope)\b(?!.{0,40}\b(but|though|although|lied|lying|was not true|was a lie)\b)"
                               # "... and honestly i haven't, but the headaches make me irritable"
                               # (or "... and i honestly don't, but the headaches get me down": guideline-crisis-CV)
                               r"|.{0,40}?\b(and )?((honestly|truthfully|truly),? (i|he|she|they)|(i|he|she|they) (honestly|truthfully|truly)) (have not|has not|had not|did not|do not|does not)( ever)?\b"
                               r"(?!.{0,40}\b(lied|lying|was not true|was a lie)\b)"
                               # (or right after it: "asked if i was having suicidal thoughts and i'm not, but ...": guideline-crisis-DJ)
                               r"|.{0,12}?\b(and|but) (i|he|she|they) (am|is|are|was|were) (honestly |truly |really |definitely )?not\b" + NOT_HOW_ONE_IS +
                               r"(?!.{0,40}\b(lied|lying|was not true|was a lie)\b)")
# A worry told, then said never to have come true: "she was worried about double vision but it never happened" (guideline-DQ)
WORRIED_BEFORE = re.compile(r"\b(was|were|had been) (so |very |really |a bit |quite |a little )?(worried|concerned|nervous|anxious|scared|afraid) (about|of)\b")
NEVER_CAME_AFTER = re.compile(r".{0,40}?\b(but|and) ((it|that|they|this|none of (it|that|them)) (never|did not|didn t) (happened|happen|came|come|showed up|show up|materiali[sz]ed|appeared)\b(?! (until|till|before)\b)"
                              # "she was worried about droopy eyelids but she's had none at all" (guideline-EH)
                              r"|(she|he|they|i) (has|have|s|ve) (had|got) (none|no trouble|no problems?|nothing)( at all| whatsoever| so far)?\b)")
# A form's item answered no in the next sentence: "suicidal thoughts - none", "better off dead - i ticked not at all".
ANSWERED_NO = re.compile(r"((none|never|no|nope|not at all|nil|zero)$|(no|nope),? (never|not at all|none|not ever|definitely not)$|(no )?(i|he|she|they) (do not|does not|did not|have not|has not)( and)? (i |he |she |they )?never (have|has|did|had|will)$|(i|he|she|they) never (have|has|did|had)$|(i )?(ticked|answered|said|put|wrote|circled|chose) (no|never|none|not at all)\b"
                         r"|(no|nope|never)( way)? (absolutely |definitely |certainly |of course |really )?not\b|(absolutely|definitely|certainly) not\b"
                         r"|(no |nope )?(nothing|none) (like that|of that|of the sort|of that sort|of the kind)\b"
                         # a worry answered: "my daughter frets i'll do something silly. i won't, i have five grandchildren to
                         # live for" (guideline-crisis-EI)
                         r"|(but )?(i|he|she) (will not|won t|wont|would not|wouldn t|never would)( ever)? (i|he|she) (have|has|ve got|have got) (\w+ ){0,4}to live for$"
                         # "my husband worries i'll do something drastic ... i won't, i'm fine, just grumpy" (guideline-crisis-GO)
                         r"|(but )?(i|he|she) (will not|won t|wont|would not|wouldn t|never would)( though| honestly| really| obviously| of course| promise| i promise)? (i am|i m|he is|she is|he s|she s) (fine|ok|okay|safe|alright|all right)\b(?!.{0,40}\b(but|though|although|lied|lying)\b))")

# A word of now between a symptom and a long-ago marker keeps the symptom current.
AGAIN = r"(?<!try )(?<!trying )(?<!happen )(?<!occur )(?<!recur )(?<!never )(?<!never happened )(?<!not happened )(?<!not been )(?<!lifted )(?<!normal )(?<!itself )(?<!better )(?<!fine )(?<!myself )(?<!himself )(?<!herself )(?<!themselves )again"
# ("it never happened again" and "it lifted again" are over)
# (not an age given now: "when i was pregnant with my son (he's 5 now) i had bad headaches")
NOW = ScreenedPattern(re.compile(rf"\b((?<!\d )now|today|tonight|currently|this (morning|afternoon|evening|week|headache|migraine|attack|episode)|yesterday|last night|{AGAIN}|just now|right now)\b"))
# Something had once, told as one event: "my mum once had a funny turn", "my cousin got hives from a different
# injection once" (guideline-DC). It dates only what it tells, up to the next clause ("... and she is slurring her
# words" is not dated by it).
_CLAUSE_WORD = r"(?:(?!(and|but|now|then|so|because|while|when|since|after|until|today|yesterday)\b)\w+ ?)"
ONCE_DATED = ScreenedPattern(re.compile(
    rf"\b(i|he|she|they|we|my \w+) once (had|got|suffered|went through|experienced) {_CLAUSE_WORD}{{1,6}}"
    # (a faint told as one event: "i once passed out giving blood": everyday-W)
    rf"|\b(i|he|she|they|we|my \w+) once (passed out|fainted|blacked out|keeled over|collapsed) ?{_CLAUSE_WORD}{{0,6}}"
    # (or dated in the same clause: "i had a blackout once after standing up too fast at a party in my 20s": everyday-W)
    rf"|\b(i|he|she|they|we|my \w+) (had|got|suffered|experienced) {_CLAUSE_WORD}{{1,6}}?once\b.{{0,60}}\bin (my|his|her|their) (early |late |mid )?(teens|twenties|\d0s)\b"
    # (someone else's thoughts once: "i read about a woman whose migraines were so bad she once thought of suicide")
    rf"|\b(he|she|they|my \w+) once (thought (of|about)|considered|attempted|tried|wanted|talked about) {_CLAUSE_WORD}{{1,6}}"
    # (someone else's, once, after something: "a colleague says she got breathless after botox once at another clinic")
    rf"|\b(he|she|they|my \w+) (had|got|felt|went|became) {_CLAUSE_WORD}{{1,3}}(after|following|during) {_CLAUSE_WORD}{{1,3}}?once\b(?! (since|again|more|already|or twice)\b)"
    rf"|\b(i|he|she|they|we|my \w+) (had|got|suffered|went through|experienced) {_CLAUSE_WORD}{{1,6}}?(?<!at )once\b"
    r"(?! (since|after|before|when|while|i|he|she|they|we|it|you|more|again|already|or twice)\b)"))
ONCE_RECENT = re.compile(r"\b(again|today|tonight|this (morning|week)|right now|just now|since)\b")
RECENT = ScreenedPattern(re.compile(rf"\b(today|tonight|this (morning|afternoon|evening|week)|yesterday|last night|last week|{AGAIN}|(?<!take )(?<!taking )(?<!then )(?<!pop )another (one|attack|episode|seizure|fit|bout|turn|blackout|of (these|those|them))|just now|right now"
                    r"|(an|\d+|few|couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|(twenty|thirty|forty|fifty) five) (minutes?|mins?|hours?|hrs?|days?) ago|half an hour ago|(i|he|she|they|we) (have |has )?just (had|got over|came out of|come out of|came round|come round|woke up)|getting worse|keeps? getting|this (last|past) (month|week|wk|few weeks|few wks)"
                    r"|(since|over) (the )?(last |past )?(\d+|a|one|two|three|four|five|six|few|couple of) (days?|hours?|weeks?)"
                    r"|((for|in|over|during) )?the (last|past) (\d+ |one |two |three |four |five |six |few |couple of )?(days?|hours?|weeks?|fortnight)|(in|over|during) the (last|past) month"
                    r"|(have|has) (had|been|got)\b.{0,60}\bfor (\d+|a|one|two|three|four|five|six|few|couple of) (days?|hours?|weeks?))\b"))
# "used to", "history of": only what follows them is past ("my migraines have changed, they used to be one-sided").
# (not "be used to", "get used to": a passive or being accustomed, not the past)
PAST_BEFORE = re.compile(r"(?<!be )(?<!been )(?<!being )(?<!is )(?<!are )(?<!was )(?<!were )(?<!get )(?<!got )(?<!getting )\bused to\b|\bhistory of\b")
# ... up to a turn: "they used to come once a month but now they wake me every night".
PAST_BEFORE_ENDS = re.compile(r"\b(but|now|these days|lately|recently|since then)\b")
# "it's fine now", "it is back to normal now": only what comes before them is over ("my eyelid dropped, it's fine now").
PAST_AFTER = ScreenedPattern(re.compile(r"\b(it|that|they|which) (is |are |s )?(fine|ok|okay|better|gone|normal|back to normal|all good) now\b"
                        # someone else's, told over: "a friend had double vision after botox, she's fine now" (guideline-EA)
                        r"|\b(she|he) (is|s) (totally |completely |perfectly )?(fine|ok|okay|better|all good|back to normal) now$"
                        # "... wanted to die from the pain before her neck treatment, but now she's back at the gym" (guideline-crisis-GP)
                        # a scan that found nothing: "i fell skiing in february, hit my head, had a ct scan that was normal" (everyday-BA)
                        r"|\b(ct|cat|mri|brain|head)( scan)? (that |which )?(was|came back|showed|were) (completely |totally |all )?(normal|clear|fine|nothing)\b"
                        r"|\bbut now (she|he|they) (is|s|are|re) (back (at|to|on|in) (the |her |his |their )?\w+|(totally |completely )?(fine|well|better)|doing (well|great|fine|brilliantly))\b"
                        r"|\bfor a (while|bit|few (days|weeks|months))( and| but)? (he|she|they) (is|are|s|re) (fine|ok|okay|better|well|all good|back to normal) now\b"
                        # "tender to touch for a day after the injections, fine now"
                        r"|\bfor (a|one|two|three|a couple of|a few|\d+) (hours?|days?|weeks?|months?)\b.{0,40}\b(?<!not )(?<!never )(?<!nowhere near )(fine|ok|okay|better|normal|back to normal|all good|gone|settled) now$"
                        r"|\b(nothing|no problems?|no trouble|not a thing|never again)( in the( \w+){1,3})? since\b"
                        # "the suicidal thoughts i had after my divorce are gone and i'm fine now" (guideline-crisis-FQ)
                        r"|\b(thoughts|feelings|urges) (\w+ ){0,6}?(are|have) (all |completely |long |since )?(gone|passed|stopped|lifted)( and (i am|i m|im) (\w+ )?(fine|ok|okay|well|better) now)?$"
                        # a time it belonged to, told after it: "wrote down suicidal ideation back when the pain was uncontrolled"
                        # (guideline-crisis-GF; not a likeness: "i feel like i did back when ...")
                        # (in the past tense: "it comes back when i get up" is no date)
                        r"|(?<!like )(?<!as )(?<!same as )\bback when ((i|he|she|they|we) (was|were|had|used|lived|worked|first)|(the|my|his|her|their) (\w+ ){1,2}?(was|were|had|started|began))\b"
                        # swelling that went down: "a bit of swelling at the injection spots that went down by the evening" (guideline-EC)
                        r"|\b(that|it|which|they|the swelling|the redness|the bruising|the bump|the lump) (\w+ )?(went down|has gone down|subsided|has subsided|died down|calmed down)\b"
                        r"|\ball (fine|good|ok|okay|better|normal) now\b|\b(it|that|they|which) (is |are |s |has |have )?(all )?gone( away)?\b(?! (numb|dead|weak|red|blurry|black|dark|funny|floppy|stiff|limp|heavy|blue|white|grey|gray|when|whenever|while|if)\b)"))
# Words that say a crisis long past is over: "... way back in school. not anymore, i have a family i love", "i feel like
# myself again". Beside a crisis set aside as long past, the learned model is not asked whether despair is heard now.
OVER_NOW = re.compile(r"\b(not any ?more|no longer|(love|loving|enjoy|enjoying) (my )?life|(i|he|she|they) (am|is|are) (\w+ ){0,2}?(fine|ok|okay|good|well|happy|better|thriving|doing (well|great|good|fine|ok|okay)) now"
                      r"|in a (good|better|great) place|(have|has) not (done|felt|thought|had|tried) (it|that|anything like)|recovered|(years|months) (clean|free|well)"
                      r"|(feel|feels|feeling) like (myself|me|himself|herself) again|turned (things|it|my life|her life|his life) around|never looked back|behind (me|him|her|us)"
                      # "... handed them in, and i've been in recovery twelve years" (guideline-crisis-EU)
                      r"|in recovery (for )?(\w+ ){1,2}?(years|decades)"
                      # "now its 2 a month and im chill" (guideline-crisis-FC)
                      r"|(now|these days|nowadays) (\w+ ){0,6}?(i am|i m|im) (chill|fine|ok|okay|good|well|happy|stable)"
                      # "i'm 29 now and doing well" (guideline-crisis-FJ)
                      r"|(i am|i m|im) \d+ now (and|but) (i am |i m |im )?(doing )?(well|fine|ok|okay|good|great|happy|stable)"
                      # "worked through my past self-harm and i'm stable on my meds now" (guideline-crisis-FL)
                      r"|(i am|i m|im) (\w+ ){0,2}?stable( on (my|the) (meds|medication|tablets))? now"
                      # "i shredded them, so glad i'm still here" (guideline-crisis-FM)
                      r"|(so |really |very |just )?(glad|grateful|thankful|happy|relieved) (that )?(i am|i m|im|to be) (still )?(here|alive|around))\b")
# Someone else's crisis told long past, and the next sentence says they are well now: "my daughter self-harmed in
# middle school. she's 25 now and thriving." (guideline-crisis-CV). Never one's own ("i took 30 pills. i'm fine now" is
# still a crisis), nor without a word that dates it, nor with a "but" or a "still" after it.
DATED_LONG_AGO = re.compile(r"\b(once|in (middle|high|primary|secondary|elementary|junior|grammar) school|in (college|uni|university|sixth form)"
                            r"|at (school|uni|university|college)|as a (kid|child|teen|teenager|student)|when (she|he|they) (was|were) (\w+ ){0,2}?(young|little|\d+|a kid|a child|a teen|a teenager|a student)"
                            r"|(years|decades) ago|back then|in (19|20)\d\d)\b")
THEY_ARE_WELL_NOW = re.compile(r"^(but |and )?((we|they|i) got (her|him|them) (help|support|treatment) (and |so )?)?(she|he|they) (is|are) (\d+ )?(now )?(and )?(\w+ ){0,2}?"
                               r"(well|fine|thriving|happy|okay|ok|great|doing (well|great|fine|ok|okay|brilliantly|really well|so well)|in a (good|better|great) place)\b"
                               r"(?!.*\b(but|though|although|still|again|keeps?|says|said|wants?|talks?|threaten\w*)\b)")
# One's own crisis dated by an age, and the next sentence gives today's, years later, with nothing said to go on: "i was
# in hospital after an overdose at 22. i'm 40 now, married, two kids, happy." (guideline-crisis-FS)
AGE_THEN = re.compile(r"\b(?:at|aged|age|when (?:i|he|she|they) (?:was|were)) (?:age )?(\d{1,2})\b")
_AGE_NOW = r"(?:i am|i m|im|he is|he s|she is|she s|they are|they re) (\d{1,2}) now\b(?!.*\b(?:but|still|again|though|same|lately|recently)\b)"
AGE_NOW_NEXT = re.compile(r"^(?:but |and )?" + _AGE_NOW)
# ... or later in the same sentence: "history: one suicide attempt age 19, none since, i'm 52 now and stable" (guideline-crisis-HU)
AGE_NOW_AFTER = re.compile(r"\b" + _AGE_NOW)
# ... or a next sentence that says one recovered, after an age then: "i had concussion playing football at 17.
# recovered fine." (everyday-BI)
RECOVERED_NEXT = re.compile(r"^(and |but )?(i |he |she |they )?(recovered|healed|got better|was fine|were fine|was ok|was okay)"
                            r"( fine| fully| completely| well| quickly| totally| ok| okay)?\b(?!.*\b(but|now|still|again|though|except|since|until|till)\b).{0,30}$")
# A next sentence that dates the one before it long ago: "I thought about ending it. That was five years ago."
LONG_AGO_NEXT = re.compile(r"^(but |and )?(that|this|it|all that|all of that|all this) (was|happened|is) ((\w+ ){0,2}?(years|decades)|(such |a very |a really )?(a )?long (time|while)|ages|a lifetime) ago\b"
                           # ... or that it passed long ago: "that passed long ago, thank goodness" (guideline-crisis-ET)
                           r"|^(but |and )?(that|this|it|all that|all of that|all this) (passed|lifted|faded|ended|went) (\w+ )?(long|years|ages|decades) ago\b"
                           # ... or not felt since: "i got help and haven't felt like that in years" (guideline-crisis-EX)
                           r"|^.{0,40}\b(have not|haven t|has not|hasn t|not) (felt|been|thought) (like that|that way|like this) (in|for) (years|ages|decades|a long time|a very long time)\b"
                           # ... or that one has been well for years since: "she's 12 now and i've been well a long time", "all good for
                           # decades now" (guideline-crisis-HI)
                           r"|^.{0,40}\b((have|has|ve|s) been|all) (well|fine|ok|okay|good|stable|great|happy|better) (for )?(a (very )?long time|years|ages|decades|many years)\b"
                           # ... or a bad time, over, and one is well now: "that was a dark year after my divorce but i'm remarried and
                           # doing great" (guideline-crisis-HM)
                           r"|^(but |and )?(that|this|it) was (a|the|such a|one) (\w+ ){0,2}(year|years|time|period|patch|phase|chapter|spell)\b.{0,60}\b(i am|i m|im|i have been|i ve been) (\w+ ){0,3}(well|fine|good|great|happy|better|doing (well|great|fine|ok|okay))\b"
                           # ... or that it went away: "her eyelid drooped for a couple of weeks. it went away on its own."
                           r"|^(but |and )?(it|that|this|they|those|these) (went away|cleared up|wore off|settled down|resolved|disappeared|went back to normal)( (on its own|by itself|on their own|by themselves|completely|eventually|in the end|after (a|one|two|three|a few|a couple of) (days?|weeks?|months?)))?$"
                           r"|^(but |and )?(that|this|it) was (back )?(in \d{4}|(19|20)\d\d\b|when i was (a )?(teenager|kid|child|student|at school|in (school|college|university)))\b"
                           # ... or says it is how it has always been: "she has had them for 15 years and they are always the same"
                           r"|^.{0,60}\b(they|it|these|those) (are|is) (always|all|exactly) (\w+ )?the same\b"
                           # ... or that it is long behind: "in my 20s i self-harmed for a while. that's long behind me",
                           # "that's two decades behind me" (guideline-crisis-EE)
                           r"|^(but |and )?(that|this|it|all that|all of that|all this|those days) (is|s|are|re|was|were) (long|well|way|far|all|now|firmly|all long|(\w+ )?(years|decades)) behind (me|us|him|her|them)\b"
                           # ... or that it was dealt with long ago: "treatment and therapy sorted that out long ago"
                           r"|^.{0,60}\b(sorted|fixed|cured|dealt with|resolved|settled|cleared) (that|it|this|those|all that)( out| up)? (long|years|ages|decades) ago\b"
                           # ... or who helped them through it: "my pain team and my counsellor got me through it"
                           r"|^.{0,60}\b(got|helped|pulled|saw) (me|him|her|them|us) through (it|that|this|those|the worst)\b"
                           # ... or that they are doing well now: "i'm 45 now and doing really well"
                           r"|^.{0,30}\b(now|these days|nowadays)\b.{0,30}\bdoing (really |very |so |pretty |much )?(well|fine|great|good|better|ok|okay)\b"
                           # ... or in a good place now: "i'm in a good place now"
                           r"|^.{0,80}\b(i am|i m|im|he is|she is|they are|we are) (now )?in a (good|better|much better|great|really good|far better|way better|happier|much happier) place( now| these days)?\b"
                           r"|^(now|these days|nowadays)\b.{0,30}\b(i am|i m|im) (mostly |much |a lot |generally |largely |pretty much )?(ok|okay|fine|better|good|well|stable|alright|all right)\b"
                           # ... or that the other person is much better: "she's much better" (not "much better today")
                           r"|^(and |but )?(she|he|they) (is|s|are|re) (now )?(much|so much|a lot|far|doing (much|so much|a lot|far)) better$"
                           r"|^(and |but )?(she|he|they) (is|s|are|re) (absolutely |totally |completely )?(fine|ok|okay|well|doing (well|fine|great)) now$"
                           # ... or that they have died since: "he passed peacefully in hospice last year"
                           r"|^(and |but |sadly )?(he|she|they) (passed|passed away|died)\b"
                           # ... or that one has been well for years since: "been fine for over a decade" (guideline-crisis-FG)
                           r"|^(but |and )?(i have |i ve |ive |i |he has |she has |they have )?been (totally |completely |absolutely |perfectly |really )?(fine|well|ok|okay|good|stable|great|healthy) (ever )?(for|since) (well )?(over |more than |nearly |almost |about |around )?(a decade|decades|years|ages|a long time|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d+) years|then)\b"
                           # ... or that they got help: "thankfully they got treatment"
                           rf"|^(and |but )?{_GOT_HELP}"
                           # ... or says it is known of old: "... depending on whether i'm standing or sitting? known issue for me" (everyday-AG)
                           r"|^(a |it s a |its a |it is a )?(known|old|long standing|longstanding) (issue|thing|problem)( for me| with me)?\b|^(that is |that s |it s |its )?nothing new( for me)?\b"
                           # ... or asks whether something so old counts: "i fell off a horse at 12. does something that old count?" (everyday-AF)
                           r"|^.{0,40}\b(something|anything|one|an injury|an accident|a fall|a thing|things|stuff|injuries|accidents) (that|this|so) (old|long ago|far back)\b"
                           # ... or how long ago: "it's been 15 years, i'm married and well"
                           r"|^(but |and )?(it is|it s|its|it has|it) been (\d+|many|a few|several|ten|fifteen|twenty|\w+ty) years\b")
PAST_WINDOW = 120   # characters either side of a symptom in which a long-ago marker places it in the past
# A hypothetical's scope starts at its trigger and ends at a termination term or the end of the sentence.
# ("keep asking if i am drunk": an embedded question, 'whether', not a condition; "as if a door slammed": a likeness)
_WHETHER = "".join(rf"(?<!\b{verb} )" for verb in ("ask", "asks", "asked", "asking"))
# An 'if' that only hedges what is told, a pseudo-trigger (NegEx's term): "oh and i had the baby 6 days ago if that
# matters, this is the worst headache i've had" (guideline-EC), "if i'm honest", "if you must know", "if it helps"
# (not "curious if it helps", a whether-clause about a treatment, which stays a trigger)
_WHETHER_BEFORE = "".join(rf"(?<!{verb} if)" for verb in ("curious", "wondering", "wonder", "know", "sure", "see", "unsure", "tell me"))
_HEDGING_IF = (rf"(?!{_WHETHER_BEFORE} (that|it|this) (matters|helps|is relevant|s relevant|is important|s important|makes (a |any )?difference|counts)\b)"
               r"(?! (i am|i m|im) (being )?(honest|truthful)\b)(?! (you|u) (must|need to|want to|have to) know\b)(?! (i|we) (may|might|can) (say|add|ask)\b)")
HYPOTHETICAL = re.compile(rf"\b({_WHETHER}(?<!\bas )(?<!\bas though )if{_HEDGING_IF}|what if|(when|once) (i am|i m|i get|i turn|i reach|i hit) (over |past |older than )?\d+|imagine|suppose|supposing|lets say|let say|let us say|in case|hypothetically|(watch|look|keep an eye) (out )?for|warning signs? (like|such as))\b|^say\b")   # "he say like thunder" tells
TERMINATION = ScreenedPattern(re.compile(r"\b(but|however|although|though|yet|except|because|right now|at the moment|currently|today|since then)\b"))
# Asks about the odds, so a question even without a question mark: "what are the chances of droopy eyelids after botox".
_ODDS = r"what are the (chances|odds|risks?)|what (is )?the (chance|risk|likelihood)|how (likely|common|rare)|is there (a|any) (risk|chance)"
ODDS_OPENER = re.compile(rf"^({_ODDS})\b")
# Asks what would happen: "what would a drooping face look like after the injections?"
_WOULD = r"(what|how) would"
WOULD_OPENER = re.compile(rf"^{_WOULD}\b")
# How long a symptom in general lasts: "how long does double vision from botox last?" (not "how long will my eyelid droop").
_HOW_LONG = r"how long (does|do|will|would|can|could|might|may) (?!(the|my|his|her|their|your|our|this|that|these|those|it|i|he|she|they|we)\b)"
HOW_LONG_OPENER = re.compile(rf"^{_HOW_LONG}")
# Whether a change is still to come: "will my neck muscles get weak after the injections?" (not "will my eyelid
# get better", which says it droops now).
FUTURE_ONSET = re.compile(r"^(will|would|could|might|may|can|am i going to|is (my|his|her|the) (\w+ ){0,2}going to) (i |my |his |her |the |your |their )?(\w+ ){0,3}?"
                          r"(get|become|go|turn|start|begin|end up)\b(?! (better|worse|away|back|easier|harder|on|off|through|out|down|up|over|to|into|in|from|rid|used|any)\b)")
# A question about people in general: "the article says botox relaxes muscles, is that why some people get droopy eyelids?"
PEOPLE_IN_GENERAL = re.compile(r"\b((why|how come|do|does|can|will|would) |is (that|this|it) why )(some|many|most|other|so many|lots of|a lot of|the) "
                               r"(people|patients|women|men|folks|users|sufferers)\b"
                               # the people of a study: "did those patients end up with leg weakness?" (guideline-EB)
                               r"|\b(did|do|were|was|are|have|had) (those|these|the|its|the study s|the trial s) (patients|people|subjects|participants|volunteers)\b|\b(where|when|in which) (people|patients|victims|sufferers) (can not|cannot|could not|stop|get|have)\b")
# What a study or the page means for oneself, asked: "the article says ..., does that mean the other side of my face could droop?"
MEANS_RISK = re.compile(r"\b(does|do|would|could) (that|this|it) mean (that )?(\w+ ){0,6}?(could|might|will|would|may|can) "
                        r"|\b(article|study|studies|page|research|leaflet|website|paper|author)( \w+){0,2} (mentions?|mentioned|says?|said|shows?|showed|found|finds|claims?|states?|talks about)\b.{0,120}\b((does|do|would|could) (that|this|it) mean|so (are|is|do|does|can|could|would|will))\b"
                        r"|\b(does|do|will|would|could|can) (the |this |that |it |botox )?(\w+ ){0,3}(change|affect|alter) (how|what|the way) (my|his|her) \w+ (looks?|feels?)\b")
# A question about risk: it opens the sentence and nothing in the sentence says the symptom is happening.
RISK_OPENER = re.compile(
    # (not a request to pass something on: "can you pass a message to my doctor: tell her it wasn't her fault")
    rf"^has (anyone|anybody|someone|any patient|a patient|a person|one of your patients) (ever )?(\w+ )?(overdosed|died|had|got|been)\b|^(can|could|does|do|did|will|would|might|may|is|are|should)\b(?! not\b)(?! rather\b)(?! you (please |kindly )?(pass|send|forward|give|tell|let (her|him|them|my \w+) know)\b)|^am i (going to|gonna|likely to)\b|^when (would|does|do|should|is|can|could)\b|^{_WOULD}\b"
    rf"|^{_HOW_LONG}"
    # a comparison asked about: "how does the lethal dose of botulinum toxin compare with what's used for headaches?"
    r"|^how (does|do|would) (the |a )?(\w+ ){0,6}compare\b"
    # how a weakness can spread: "how can weakness spread to the other side like that?" (guideline-EF)
    r"|^how (can|could|does|do|did|would|might) (the |a |that |this |such )?(weakness|numbness|paralysis|botox|the toxin|toxin|it|the (effect|effects|injections?)) (even )?(spread|travel|move|reach|get|pass)\b"
    r"|^(how|what) (to|do i|do you|can i|can you|could i|should i|does one|is the best way to) (avoid|prevent|lower the (risk|chance|odds) of|reduce the (risk|chance|odds) of|minimi[sz]e the (risk|chance) of)\b"
    rf"|^({_ODDS}|how often|(whats|what is) the (\w+ )?(chance|risk)s?|whats the worst|what is the worst|any (risk|chance)|chances? of|risk of|how (dangerous|safe))\b"
    r"|^(what is|whats) (the|a) (lethal|fatal|deadly|toxic|maximum|max|safe) (dose|amount) of (botox|botulinum|the toxin|the injections?)\b"
    r"|^how (is|are|does|do) (a |an |the )?(\w+ ){1,3}(different|differ)\b|^(what is|whats|what s) the difference between\b"
    r"|^(what|how) (does|do|would|will) (a |an |the )?(\w+ ){1,5}(feel|look|sound) like\b"
    # a term asked to be defined: "what is a head injury?", "what is post concussion syndrome?"
    r"|^(what is|what are|whats|what s|define|definition of|meaning of|how (do|would|does) (you|one|a doctor|doctors) define|what counts as|what is meant by)( a| an| the)? (?!.*\b(my|his|her|i|me|our|their|this|that|these|those|it|happening|wrong|lethal|fatal|deadly|dose|amount|overdose|way|ways|point|use|sense)\b)(\w+ ){0,3}\w+$"
    # a question without its auxiliary, as learners write it: "botex make neck weak and unprotected?"
    r"|^(botox|botex|botux|it|the (injections?|jabs?|shots?|toxin)) (make|makes|cause|causes|give|gives) (\w+ ){0,3}(weak|droop\w*|numb|paraly\w*|swallow\w*|double vision)\b"
    # a question asked in the negative: "isn't that the same as botulism poisoning that makes you unable to swallow?"
    r"|^(is|does|would|could|was|can) not (that|this|it) (the same|like|similar|what|a|an|just)\b"
    # why a leaflet or a doctor names a risk: "why does the leaflet mention difficulty swallowing?"
    r"|^(why|how come) (does|do|did|would) (the|your|this|that|my) (leaflet|label|insert|package insert|information sheet|info sheet|website|article|page|consent form|form|paperwork|warning|list|doctor|nurse|pharmacist|injector)s? (\w+ ){0,2}?(mention|say|list|warn|talk|bring up|ask)\b"
    # how the injector avoids a risk: "how do they avoid a droopy eye with botox"
    r"|^how (do|does|can|could|would|will) (they|you|doctors|injectors|clinics|the (doctor|nurse|clinic|injector)) (avoid|prevent|stop|reduce|minimi[sz]e|lower|manage)\b"
    # what a dose someone else gives would do: "what happens if they give you an overdose of botox"
    r"|^what (happens|would happen|will happen) if (they|the (doctor|nurse|clinic|injector)|a (doctor|nurse)|someone) (give|gives|gave|inject|injects|injected|accidentally)\b")
# A risk question reported inside a sentence: "my husband keeps asking whether botox could make him choke".
EMBEDDED_RISK = re.compile(r"^(\w+ ){0,4}?(asking|asks|asked|wondering|wonders|wondered|wants to know|want to know|wanted to know) (me )?"
                           r"(whether|if) (?P<asked>(botox|bot[oe]x|it|they|the (injections?|shots?|jabs?|treatment|toxin)) (could|can|will|would|might|may))\b")
# Or it closes on the odds: "eyelid droop after botox possible?", "double vision from the injections, is that a thing?"
RISK_CLOSER = re.compile(r"\b((is (that|it|this) )?(possible|common|rare|likely|a (risk|thing|known side effect|side effect|possibility))"
                         # "my aunty had a brain bleed that started as a thunderclap headache, does that make me more at risk?"
                         r"|(does|would|could|will|might) (that|this|it) (make|put) me (more |any more |at )?(at (higher |greater |more )?risk|likely|prone)( (of|to|for) (it|that|one|them))?)$")
# Who one is, said before a question about risk: "im epileptic, does botox make seizures more likely" (guideline-EU, typed
# without the question mark). Only lasting facts about oneself: "i have a fever, can botox cause that?" stays a symptom.
WHO_ONE_IS_BEFORE = re.compile(r"^(i am|i m|im) (an? )?(epileptic|epilepsy|diabetic|asthmatic|autistic|vegan|vegetarian|nurse|doctor|student|teacher|carer|pensioner|\d\d|in my \d0s|over \d0|on (warfarin|blood thinners|the pill|insulin))( myself| too)? (?=(does|do|can|could|will|would|is|are|might|may) )")
# A source cited after "since", which then gives a reason, not a date: "... since the article says it poisons the connection"
_SOURCE_SAYS = r"(article|page|leaflet|study|website|site|paper|label|fda|warning|doctor|research) (says|said|mentions|mentioned|calls|called|warns|warned)\b"
# An event one has coming up is no symptom: "whats the chance of a droopy eyelid from botox, ive got a wedding in 3 wks"
# (guideline-EO)
_AN_EVENT = (r"(a|an|my|our|the) (big |important |work |family |school )?(wedding|holiday|trip|party|event|interview|exam|meeting|flight|birthday"
             r"|funeral|christening|graduation|presentation|conference|gig|concert|match|race|competition|audition|deadline|test|photoshoot)\b")
ASSERTED_NOW = re.compile(
    r"\b(now|today|tonight|currently|right now|at the moment|since(?! (the|your|this|that) " + _SOURCE_SAYS + r")|started|starting|(?<!if i )(?<!if you )(?<!if we )keeps?|this (morning|afternoon|evening|week)"
    r"|yesterday|last night|(?<!time )(?<!if )i have(?! (got )?" + _AN_EVENT + r")|if i have(?! (botox|bot[oe]x|the (botox|injections?|treatment|jabs?|shots?|procedure)|injections?|treatment|it done|them done|another (round|session|injection)))|(?<!time )i have got(?! " + _AN_EVENT + r")|i am|i feel|i felt|(?<!if )i keep|(?<!that )(?<!weak )(?<!badly )(?<!bad )(?<!much )(?<!stiff )(?<!droopy )i can not|(?<!that )i cannot|(?<!that )i could not|(?<!so )(?<!that )(he|she|they) (has|have|is|are|can not)"
    r"|(my|his|her|their) \w+ (is|are|has|have|feels?|went|got|keeps?)(?! (that|this|it) (common|normal|usual|typical|possible|rare|likely|a (risk|thing|side effect|known side effect|possibility))\b)|this is|it is(?! (the|a) (\w+ ){0,2}(dose|doses|amount|limit|maximum|level)\b)|after my|since my|after the|since the(?! " + _SOURCE_SAYS + r")"
    r"|(help|do|done|treat|fix|sort|anything) (with |about |for )?(my|his|her|their)"     # "can you help with my ..." has it
    r"|stop (with |about |for )?(my|his|her|their)(?! (breathing|heart|heartbeat)\b))\b")     # (not "could it stop my breathing?")
# (not "it is the migraine dose": "is there a lethal dose of botox, and how far below it is the migraine dose?")


# Words that end a negator's scope, as ConText's termination terms do: "the pain will never stop unless i stop it myself".
SCOPE_ENDS = frozenset("but unless however although though yet except because".split())
# A subject after the negator starts a clause of its own: "if it's not better i won't be here", "no, i have a fever".
NEW_SUBJECTS = frozenset("i he she they we hes shes theyre im ive ill id".split())   # (and as texted, without the apostrophe:
# "the headache wont win, ill kill myself first")
# Negating phrases of several words: "nowhere near the worst", "far from sudden".
NEGATING_PHRASES = re.compile(r"\b(nowhere near|far from|not at all|not even close to)( the| my| as bad as)?$"
                              # "on your intake form i ticked no for thoughts of self-harm" (guideline-crisis-GU)
                              r"|\b(ticked|answered|said|put|circled|checked|marked|clicked|selected|wrote) (no|never|none|not at all) (for|to|on|next to|beside|against)( \w+){0,3}$"
                              # "i don't have any headache or swelling" (guideline-ED)
                              r"|\b(no|not have any|not have a|never had any|not got any|without any|without) (bad |severe )?(headaches?|migraines?|head pain) (or|nor|and no)( any)?$"
                              # "nothing is slurred", "nothing feels numb"
                              r"|\bnothing (is|was|seems|seemed|feels|felt|looks|looked|sounds|sounded|went|has gone|got)( at all)?$"
                              # "i'm not at risk of harming myself"
                              r"|\b(not|no|never) (at |in )?(any |much )?(risk|danger) (of|for)( me)?$"
                              # "i don't have a plan to hurt myself"
                              r"|\b(no|not have (a|any)|never had (a|any)|not got (a|any)) (plan|plans|intention|intentions|urge|urges|wish) (of|to|about)$"
                              # "nobody here is thinking of killing themselves" (guideline-crisis-EX)
                              r"|\b(nobody|no one|noone|none of us) (here )?(is |s |was |are )?(thinking|talking|planning) (of|about)$"
                              # "i have no thoughts whatever of ending my life" (guideline-crisis-EW)
                              r"|\b(no|not have any|never had any|not got any) (thoughts?|plans?|intentions?|urges?|wish|desire) (whatever|whatsoever|at all) (of|to|about)$"
                              # "it builds slowly, never anything like the worst ever" (guideline-DU)
                              r"|\b(never|not) (anything|ever anything) like( the| my)?$"
                              # "i've never wanted to die or hurt myself" (guideline-crisis-FY)
                              r"|\bnever (wanted|want|thought about|tried|meant) to (die|end it|kill myself|end my life)( or| and| nor)$"
                              # "i would never take extra pills to hurt myself" (guideline-crisis-FV)
                              r"|\b(would|d|will|ll) never (\w+ ){1,3}to$"
                              # "never had a single thought of killing myself" (guideline-crisis-FE)
                              r"|\b(never|not|no) (had|have|ever had|once had|even had) (a single|one single|one|any|a|the slightest|the least) (thought|urge|wish|intention|plan|desire|idea)s? (of|about|to)$"
                              # "i have never once thought about hurting myself"
                              r"|\b(never|not) (once|ever|really|even|yet) (thought|considered|felt|had|wanted|tried|planned)( about| of| like)?$"
                              # a simile denied: "the headache didn't come on like a thunderclap"
                              r"|\b(not|never) (?!just |only |merely )(\w+ )?(on |in |up )?like( a| an)?$")


# A denial that lasted only until lately: "never had a single thought of killing myself until this week",
# "no numbness till this morning".
UNTIL_LATELY = re.compile(r"\b(until|till|up until|up till|up to) (now|today|tonight|this|last|lately|recently|yesterday|a (few|couple of) (days|weeks) ago)\b")


def negated(sentence: str, start: int, listed=frozenset()) -> bool:
    """A negator just before `start`, or before a list of `listed` words and glue that leads up to it
    ("no fever or stiff neck", "never had a seizure or passed out"); not when the denial lasted only until lately."""
    if UNTIL_LATELY.search(sentence, start):
        return False
    before = sentence[:start].split()
    if NEGATING_PHRASES.search(" ".join(before[-6:])):
        return True
    words = sentence.split()        # (what a negator denies may go on past `start`: "... does not | feel like it's mine")
    if any(word in NEGATORS and " ".join(before[i:i + 2]) not in PSEUDO_NEGATIONS and not _denies_nothing(words, i)
           and SCOPE_ENDS.isdisjoint(before[i + 1:]) and NEW_SUBJECTS.isdisjoint(before[i + 1:])
           for i, word in enumerate(before[-3:], start=max(0, len(before) - 3))):
        return True
    for i in range(len(before) - 1, max(-1, len(before) - 9), -1):
        word = before[i]
        if word in LIST_NEGATORS and not _denies_nothing(words, i):
            return True
        if word not in LIST_GLUE and word not in listed and not (word in LISTED_BEFORE_OR and before[i + 1:i + 2] in (["or"], ["nor"])):
            return False
    return False


def _denies_nothing(words: list[str], i: int) -> bool:
    """words[i] is a negator that denies nothing: the 'not' of "can not feel", "could not move" (a symptom, not a
    denial), the 'no' of "do this no more", the 'nothing' of "from nothing to", the 'not' of "does not feel like it's
    mine", the 'neither' of "won't stop and neither will", the 'without' of "can't swallow without choking". `words`: the whole sentence's, so that what follows the
    negator is seen even past the match's start."""
    said = " ".join(words[i - 1:i + 2])
    return i > 0 and (said in INABILITY or said in NO_MORE_FOR_ANY_MORE or said in FROM_NOTHING_TO
                      or NOT_ONES_OWN.match(" ".join(words[i + 1:i + 7])) is not None
                      or NOR_WILL_THEY_STOP.search(" ".join(words[max(0, i - 8):i + 1])) is not None
                      or (words[i] == "without" and CANNOT_WITHOUT.search(" ".join(words[max(0, i - 8):i])) is not None))


# "fine" right after a symptom word, its verb folded away: "my vision's fine" -> "my vision fine".
FINE_RIGHT_AFTER = re.compile(r"(fine|normal|unaffected)\b(?! (print|line|lines|detail|details|motor|now|until|till|then|before|at first|yesterday|this morning))")


def denied_after(sentence: str, end: int, listed=frozenset()) -> bool:
    """A denial just after sentence[:end], past a list of `listed` words and glue ("breathing and
    swallowing are fine", "my vision is normal"), or right after it ("my vision's fine", folded "my vision fine")."""
    rest = sentence[end:].split()
    if FINE_RIGHT_AFTER.match(" ".join(rest[:3])):
        return True
    for i, word in enumerate(rest[:6]):
        if POST_NEGATION.match(" ".join(rest[i:i + 3])):
            return True
        if word not in LIST_GLUE and word not in listed:
            return False
    return False


# A symptom told in the present progressive, in its match or just before it: "face is drooping", "he is slurring".
PROGRESSIVE = re.compile(r"\b(is|are|am) (still |now |really |just |currently |all |starting to |beginning to )?(?!going\b|being\b)\w+ing\b")
PROGRESSIVE_REACH = 12   # characters before a match in which its "is ...ing" may start


# A question that only gives examples of the one before it: "can you be allergic to botox? like hives or swelling?"
EXAMPLES_ASKED = re.compile(r"^(like|such as|e g|eg|say|for example|for instance|as in|things like|stuff like)\b")


# A turn between a word that says all is well now and a symptom after it: "he is doing well now but says the thoughts are
# back" (not after a date: "as a teenager, but that head injury healed fine").
TURN = re.compile(r"\b(but|yet|except)\b")


# A turn to a sign now after a long-ago or resolution term: "... was fine, but now he is vomiting" (not "... but now i'm
# fine", "... but now i want to try botox").
BUT_NOW_AFTER = re.compile(r"\bbut (now|today|tonight|this (morning|afternoon|evening)|since (yesterday|this morning|last night))\b"
                           r" (\w+ ){0,4}?(vomit\w*|being sick|throwing up|sick|confused|drowsy|sleepy|numb|weak|dizzy|worse|slurr\w*|blurr\w*"
                           r"|double|can not|cannot|fit|fits|seizures?|stiff|fever|rash|faint\w*|collapsed|unconscious|bleeding|drooping|droopy)\b")
# A clause in the present tense between a long-ago term and the symptom after it: "... in college and is really drowsy".
PRESENT_TENSE_AFTER = re.compile(r"\b(and|but) (she |he |they |i )?(is|are|am|keeps?|has been|have been) (\w+ )?$"
                                 # ... or the present perfect: "i had breast cancer 2 yrs ago, but i've had a new headache
                                 # for a week" (guideline-EQ)
                                 r"|\bbut (she |he |they |i )?(have had|has had|ve had|s had|have got|ve got|have been having|ve been having|has been having|s been having) (a |an |this |these )?$")
# ... or a word that says what follows is new, or has gone on since: "had a kidney transplant last year, got a new bad
# headache and a temp of 38.5" (the transplant is long past; the headache and fever are not)
# (a new one had: "a new headache", "got a new bad headache"; not "when the headaches were new", nor "every new headache
# scares me", a fear)
NEW_AFTER = re.compile(r"\b(a|an|this|my|some|got|have|has|had) (\w+ )?new\b|\b(ever )?since (then|that|it)\b")
NEW_RIGHT_AFTER = re.compile(r" ?(and |but |now |then )?(a )?new\b")    # (typed without one: "transplant last year new bad headache")
# ... or a clause of its own whose verb, in the present, opens the sign: "my husband passed in the autumn and i see no
# purpose in continuing" (guideline-crisis-FL)
NEW_CLAUSE_BEFORE = re.compile(r"\b(and|but|so) (now )?(i|she|he|they) $")
PRESENT_VERB = re.compile(r"(see|sees|feel|feels|want|wants|wish|wishes|find|finds|think|thinks|am|is|are|can not|cannot|do not|does not|have no|has no)\b")


def historical(sentence: str, start: int, end: int) -> bool:
    """A long-ago or resolution term near sentence[start:end], with no word of now between them nor a recent time.
    A symptom told in the present progressive ("her face is drooping") is not dated by a time after it, which
    dates something else ("... she had botox last month"). An "again" asked of the future is not recent ("my eyelid
    drooped 2 yrs ago then went back to normal, whats the chance it happens again", guideline-EO)."""
    if RECENT.search(FUTURE_AGAIN.sub("", sentence)):
        return False
    if "once" in sentence and any(marker.start() <= start and end <= marker.end() and not ONCE_RECENT.search(sentence, marker.end())
                                  for marker in ONCE_DATED.finditer(sentence)):
        return True
    window = max(0, start - PAST_WINDOW), min(len(sentence), end + PAST_WINDOW)
    progressive = PROGRESSIVE.search(sentence, max(0, start - PROGRESSIVE_REACH), end) is not None
    for marker in (*PAST.finditer(sentence, *window), *(m for m in PAST_BEFORE.finditer(sentence, *window)
                                                                    if m.end() <= start and not PAST_BEFORE_ENDS.search(sentence, m.end(), start)),
                   *(m for m in PAST_AFTER.finditer(sentence, *window) if m.start() >= end)):
        if progressive and marker.start() >= end:
            continue
        if marker.start() >= end and BUT_NOW_AFTER.search(sentence, marker.end()):
            continue        # ("he hit his head, got checked out and was fine, but now he is vomiting")
        between = sentence[end:marker.start()] if marker.start() >= end else sentence[marker.end():start]
        if marker.end() <= start and PRESENT_TENSE_AFTER.search(between):
            continue        # ("my daughter got a concussion in college and is really drowsy")
        if marker.end() <= start and NEW_CLAUSE_BEFORE.search(between) and PRESENT_VERB.match(sentence, start):
            continue
        if marker.end() <= start and (NEW_AFTER.search(sentence, marker.end(), end) or NEW_RIGHT_AFTER.match(sentence, marker.end())):
            continue        # ("had a kidney transplant last year, got a new bad headache")
        if not NOW.search(between) and not (marker.start() < start and marker.group(0).endswith("now") and TURN.search(between)):
            return True
    return False


# Without a question mark, a risk question must name what would cause the symptom: "can botox kill you".
CAUSE_NAMED = re.compile(r"^\w+ (botox|bot[oe]x|the (injections?|shots?|jabs?|treatment|toxin)|injections?|it|they|people|you|anyone|someone|(the|your|this) (article|page|leaflet|website|clinic))\b"
                         r"|^(is|are) (\w+ ){1,4}(a |an )?(common |known |possible |rare |usual )?(side effects?|risks?|complications?) (of|from|with)\b")


# Asking whether to seek care is never hypothetical: "should i go to hospital if i hit my head?"
SEEKING_CARE = ScreenedPattern(re.compile(r"\b(go|going|get|take (him|her|them|me)|head) (to )?(the )?(hospital|er|a and e|a e|emergency|urgent care|casualty)\b"
                          r"|\bcall (911|999|112|000|an ambulance|for help)\b|\b(is this|is it) an emergency\b"
                          r"|\b(am i|is (this|it)|could (this|it) be) (having )?(an? )?((migraine|headache) or (a )?)?(mini )?(stroke|tia)\b"))


def hypothetical(sentence: str, start: int, question: bool = False) -> bool:
    """In the scope of an 'if'-like trigger, or in a question about risk that asserts nothing now
    (`question`: the sentence ended with a question mark). Asking whether to seek care is not."""
    return conditional(sentence, start) or risk_question(sentence, question)


STRONG_HYPOTHETICAL = ScreenedPattern(re.compile(r"\b((if|in case|just in case) (i|he|she|they|you|we|(my|his|her|their|your|the) \w+) ever|if (\w+ ){1,7}?ever (came|comes|come|got|gets|happened|happens|hit|hits|started|starts|struck|strikes|showed|shows)|what if|(just )?in case (i|he|she|they|you|we|my \w+)"
                                                 r" (get|gets|have|has|start|starts|develop|develops|feel|feels|notice|notices)|imagine|suppose|supposing|hypothetically"
                                                 r"|if (i|he|she|they|you|we|(my|his|her|their|your) \w+( \w+)?) (start|starts|started|begin|begins|began) (to|having|getting|feeling|noticing|\w+ing)"
                                                 r"|^say (my|i|he|she|they|someone|it)|lets say|let s say|let us say)\b"))
# An 'if' about some day: "if i got a sudden worst headache one day, should i come to you or go to hospital?"
SOMEDAY = ScreenedPattern(re.compile(r"\b(one day(?! ago)|some day|someday|in the future|down the line|in years to come)\b"))
# An 'if' in the past tense answered by 'would': "if i got a stiff neck after the injections, would i ring you or go to a e?"
COUNTERFACTUAL = ScreenedPattern(re.compile(r"\bif (i|he|she|they|you|we|my \w+) (ever )?(got|became|developed|started|began|were|was to)\b.*\bwould\b"))


# Pseudo-triggers: an 'if' that opens an apology, not a hypothetical ("sorry if this message is strange").
APOLOGY = ScreenedPattern(re.compile(r"\b(sorry|apologies|apologise|apologize|excuse me|forgive me|pardon me) $"))


# The next sentence says all is well now, or that the question plans ahead: "... should he call an ambulance or the
# clinic? i'm fine, we just like to know." (guideline-EQ)
PLANNING_AHEAD = re.compile(r"^(but )?((i am|i m|he is|he s|she is|she s|we are|we re|everyone is|everything is|all is)( totally| perfectly| completely| absolutely| all)?"
                            r" (fine|ok|okay|well|good|alright|all right)( now| at the moment| right now| for now| though)?"
                            r"( (we|i) (just )?(like|want|wanted|would like|d like|need) to (know|be prepared|have a plan|plan ahead))?$"
                            r"|(we|i) (just )?(like|want|wanted|would like|d like) to (know|be prepared|have a plan|plan ahead)( just in case| in advance| beforehand)?$"
                            r"|(just )?(asking|planning|preparing) (ahead|in advance|just in case|in case)$|nothing (has |s )?happened( yet)?$)")


def conditional(sentence: str, start: int, planning_ahead: bool = False) -> bool:
    """In the scope of 'if', 'what if', 'imagine'... up to a termination term ("if i ever choke, who do i call").
    Asking whether to seek care keeps a plain 'if' asserted ("should i go to hospital if i hit my head"),
    not an 'if ... ever', an 'if ... one day' or a 'what if', nor when the message says it is `planning_ahead`
    (PLANNING_AHEAD); an apology's 'if' is no trigger."""
    triggers = list(HYPOTHETICAL.finditer(sentence, 0, start))
    if not triggers:                    # (most sentences: nothing more to read)
        return False
    # (a strong hypothetical starts before the symptom, and may go on past it: "if the worst headache ever came on")
    if not planning_ahead and SEEKING_CARE.search(sentence) and not SOMEDAY.search(sentence) \
            and not any(m.start() < start for m in STRONG_HYPOTHETICAL.finditer(sentence)):
        counterfactual = COUNTERFACTUAL.search(sentence)
        if counterfactual is None or counterfactual.start() > start:
            return False
    return any(not TERMINATION.search(sentence, trigger.end(), start) and not APOLOGY.search(sentence, 0, trigger.start())
               for trigger in triggers)


# A character in a story, not a person now: "in a tv drama a character had meningitis with a purple rash".
STORY = ScreenedPattern(re.compile(r"\b(in|on) (a|an|the|this|that) (\w+ ){0,2}(drama|show|series|soap|film|movie|book|novel|episode|documentary|sitcom|cartoon|play)\b"
                                   r"(?! (theatre|theater|cinema|set|studio|night|club|queue|rehearsal))"
                                   r".{0,30}\b(a|the|one|this|that|her|his|main)( whole)? (character|actor|actress|heroine|hero|protagonist|patient|doctor|woman|man|girl|boy|guy|lady|kid|mum|mom|dad|family|couple|household|teenager|nurse|husband|wife)\b"
                                   # or the character first: "a character in a show i watched had the worst headache of her life"
                                   r"|\b(watched|saw|seen|watching) (a|an|the|this|that) (\w+ ){0,2}(drama|show|series|soap|film|movie|episode|documentary|sitcom|cartoon) (where|in which|about)\b"
                                   # ... or read: "reading a victorian novel where the heroine has 'unbearable headaches'" (guideline-crisis-ID)
                                   r"|\b(read|reading|listened to|listening to) (a|an|the|this|that) (\w+ ){0,2}(novel|book|story|play|podcast|poem) (where|in which|about)\b"
                                   # or on the television: "on tv they showed a man whose face drooped from a stroke"
                                   r"|\bon (tv|the tv|television|the telly|telly|the news|youtube|tiktok|the radio) (they |there )?(showed|show|shows|had|has|featured|was|were|talked about)\b"
                                   # or a character of one's own story: "a character in my book has a seizure", "i'm writing a novel where ..."
                                   r"|\b(a|the|one|my|main) (\w+ )?character (in|of) (my|a|an|the|this|our|her|his) (\w+ ){0,2}(book|novel|story|script|screenplay|film|movie|play|game|essay|comic|show|series)\b"
                                   r"|\b(i am|i m|im|we are|we re) (writing|drafting|working on) (a|an|my|our) (\w+ ){0,2}(story|novel|book|script|screenplay|play|essay|poem|short story) (where|in which|about)\b"
                                   # or a story read: "i read a story online about a woman who had the worst headache of her life"
                                   r"|\b(read|saw|seen|came across|found) (a|an|this|that) (story|post|article|thread|blog|news story) (\w+ ){0,3}?about (a|an|some|this|that) (woman|man|girl|boy|guy|lady|person|patient|mother|father|mum|mom|dad|teenager|celebrity|actress|actor)\b"
                                   r"|\b(a|the|one|main) (character|actor|actress|heroine|hero|protagonist) (in|on|from) (a|an|the|this|that) (\w+ ){0,2}"
                                   r"(drama|show|series|soap|film|movie|book|novel|episode|documentary|sitcom|cartoon|play)\b"))


def in_a_story(sentence: str, start: int) -> bool:
    """Told of a character in a film, show or book before `start` in the sentence."""
    return STORY.search(sentence, 0, start) is not None


# Someone else's experience reported or feared, not happening now: "my colleague said her eyelid drooped after botox once".
REPORTED = ScreenedPattern(re.compile(r"\b(said|says|saying|claims|reckons|swears|swore|insists|told (me|us|him|her|them)|read|heard|mentioned|mentions|lists|states|describes|warns( of| about)?|warned (me|us|him|her)|(worried|worries|scared|afraid|nervous|frightened) (about|of))\b"))
# The message asks about risk, so a reported symptom is a question, not news: "should i worry?", "how often does that happen?".
ASKS_ABOUT_RISK = ScreenedPattern(re.compile(
    r"\b(what (does|do|would|will) (that|this|it|they) (look|feel) like|how (often|common|likely|rare|many people)|is (that|this|it) (common|rare|likely|usual|a common|a known)|(does|can|could|would) (that|this|it) (actually |really |ever |even )?happen"
    r"|should i (be )?(worry|worried|be concerned|concerned)|do (people|patients|others|you) ever|what are the (chances|odds)|(any|what) (chance|risk)"
    r"|is (that|this|it) (a|even a|a real|really a|an actual|a genuine) thing|is (he|she|that|this|it) (actually |really |even )?(right|true|correct|real)|(a |just a )?(scare story|myth)"
    r"|(can|could|does|do|will|would|might) (botox|it|that|this|the (\w+ )?(injections?|shots?|jabs?|treatment)) (make|cause|give|leave|lead to|weaken|paralyse|paralyze|damage)"
    r"|will (my|his|her|the) \w+ (be|stay|remain|get) (weak|weaker|damaged|droopy|paraly[sz]ed)"
    r"|how (safe|dangerous|risky) (is|are)|the (dangers|risks) of"
    # "... should she be checked anyway?", "is that something your clinic has seen?" (guideline-ED)
    r"|should (i|she|he|they|we|my \w+) (still |also )?(be|get) (checked|tested|screened|seen|looked at)( anyway| too| just in case| as well)?"
    # a precaution asked: "... mum's fine, we don't have gas. should we get an alarm anyway?" (guideline-ER)
    r"|(should|do) (i|we|she|he|they) (get|buy|have|fit|install|need) (a|an|one) (\w+ )?(alarm|detector)( anyway| too| just in case| as well)?"
    r"|is (that|this|it) something (you|your clinic|the clinic|your team|your doctors|doctors|you guys) (have|has|ve) (ever )?seen|have you (ever )?seen (that|this) (before|happen)"
    r"|is (that|this) (the|what) (\w+ ){0,3}(the article|you|the page|your article|the clinic) (mentions?|talks? about|describes?|means?|warns? about|calls?)"
    # "do your doctors see that often?" (guideline-EF)
    r"|(do|does) (you|you guys|your (doctors?|clinic|team|staff|nurses?)|the (doctors?|clinic)) (\w+ )?see (that|this|it) (often|a lot|much|commonly|regularly|very often))\b"))


def asks_about_risk(sentences: Sequence[Sentence]) -> bool:
    """The message asks about risk somewhere (ASKS_ABOUT_RISK): its reported symptoms are questions, not news."""
    return any(ASKS_ABOUT_RISK.search(s.text) for s in sentences)


# What the report says is happening now: "she said her arm is weak", "he told me he still can not swallow".
REPORTED_NOW = re.compile(
    r"\b(now|currently|right now|at the moment|since|started|starting|still|keeps?|i have|i am(?! (nervous|worried|scared|anxious|afraid|frightened|concerned)\b)|i feel|i can not"
    r"|(he|she|they|i) (has|have|is|are|can not|feels?)(?! (been )?(fine|ok|okay|well|normal|no|never|not (had|tried|started|begun|got))\b)"
    r"|(?<!made )(?<!makes )(?<!make )(my|his|her|their) \w+ (is|are|has|have|feels?|keeps?)(?! (been )?(fine|ok|okay|well|normal|no|never|that|this|it|there)\b))\b")


def reported(sentence: str, start: int) -> bool:
    """A symptom someone reported or fears ("she said her eyelid drooped once"), with nothing after the report saying
    it is happening now. Only counts in a message that asks about risk (see ASKS_ABOUT_RISK)."""
    return _told_not_happening(REPORTED, sentence, start)


# ... nor past the next event of a story: "we were talking about the weekend, then mid-sentence her speech went all
# garbled" (guideline-DJ; not in a conditional, where "if ... then" leads to what would happen)
NEXT_EVENT = ScreenedPattern(re.compile(r"(?<!since )(?<!back )(?<!by )(?<!until )(?<!till )\bthen\b"))


def _told_not_happening(triggers: ScreenedPattern, sentence: str, start: int) -> bool:
    """One of the `triggers` before `start`, its scope not ended by a termination term ("i could get up but my
    arm went numb"), and nothing after it says it is happening now."""
    trigger = None
    for trigger in triggers.finditer(sentence, 0, start):
        pass
    if trigger is None or TERMINATION.search(sentence, trigger.end(), start) or NEXT_EVENT.search(sentence, trigger.end(), start):
        return False
    told = sentence[trigger.end():]
    return not (RECENT.search(told) or NOW.search(told) or REPORTED_NOW.search(told))


# A fear, a topic of talk, stories, what happens to anyone who..., what a clinic treats, or what a treatment can do in
# general, says nothing is happening: "she is nervous about her face drooping", "he is always going on about stiff necks",
# "he read that botox can cause double vision", "any kid who takes a knock to the head should be checked", "do you treat
# blurred vision?" (not "can you help with my ...") (unless what follows says it is: "... and my arm has been numb
# since", "talking about how her neck is stiff").
_AFRAID = "nervous|anxious|scared|afraid|frightened|terrified|petrified"
ANTICIPATION = ScreenedPattern(re.compile(
    rf"\b(({_AFRAID}) (about|of|that)"
    rf"|({_AFRAID}|worried) (that )?(the (injections?|shots?|jabs?|botox|treatment|toxin)|botox|it|they) (will|would|could|might|may)"
    r"|(going on|banging on|goes on|went on|talks|talking|talked|lectures|lecturing) about"
    r"|(can|could|may|might) (cause|give you|give people|lead to|result in|trigger|bring on|end up|develop)"
    r"|(will|would|could|can|might|may) (the (\w+ )?(injections?|shots?|jabs?|botox|treatment)|botox|it|they) make (my|your|the|someone s)"
    # what a treatment would do, told: "my chiropractor told my wife that botox would make her neck weaker" (patients-DF)
    r"|(the (\w+ )?(injections?|shots?|jabs?|botox|treatment|toxin)|botox) (will|would|could|can|might|may) (make|leave) (my|your|his|her|their|the|someone s|people s|everyone s)"
    r"|(horror )?(stories|story|articles?|posts?|videos?|documentar(y|ies)|stuff|things|claims|reviews|comments|warnings) about|people (with|who (have|get|had))"
    r"|(anyone|anybody|any \w+|everyone|everybody) who|whoever"
    r"|(do|does|can|could|would|will) (you|they|the clinic|your clinic|the doctors?|doctors|physicians|the physicians?) (also |ever )?"
    r"(treat|look at|deal with|help with|handle|check for|test for|see patients with)(?! (my|his|her|their|our|me|him|them|this|these|it)\b))\b"))


def anticipated(sentence: str, start: int) -> bool:
    """A symptom feared or named as a general risk ("nervous about her face drooping", "botox can cause double
    vision"), with nothing after the trigger saying it is happening now."""
    return _told_not_happening(ANTICIPATION, sentence, start)


GENERAL_QUESTION = re.compile(r"^(what|whats|which|when|where|why|how|who|is|are|can|could|does|do|did|will|would|should|might|may)\b")


def general_question(sentence: str, question: bool) -> bool:
    """A question that asserts nothing now ("what time of day are headaches usually worst?")."""
    return question and bool(GENERAL_QUESTION.match(sentence)) and not ASSERTED_NOW.search(sentence) \
        and not SEEKING_CARE.search(sentence)


_DATES_THE_RISK = ("after ", "since the", "since my")
# Whether something is safe to do, "after the injection": "is it safe to drive home after the injection, or could i
# pass out?" (guideline-crisis-DT)
SAFE_TO_OPENER = re.compile(r"^(is it|would it be|will it be|will i be|would i be|am i) (safe|ok|okay|alright|all right|fine) to\b")
# Asks what the article or a leaflet says about a symptom: "does the article say anything about eyelids drooping after the injections?"
ABOUT_THE_TEXT = re.compile(r"^(does|did|do|is there anything in) (the|your|this|that) (article|leaflet|website|page|clinic|study|studies|research) "
                            r"(say|says|mention|talk|cover|discuss|tell)")


# Asking what a symptom one has means asserts it: "is it normal that my left hand went numb an hour ago?",
# "should i be worried that i suddenly can not see", "could the botox be why my headache has changed?".
ASKS_ABOUT_OWN_SYMPTOM = re.compile(
    r"^(is (it|this|that) (normal|ok|okay|common|usual|expected|possible) (that|for (my|me|him|her|his)|to (have|be|get) (my|this|these))"
    r"|is (it|this|that) (normal|ok|okay|common|usual|expected) to\b.*\b(my|me|mine|i am|i have|i ve)\b"
    r"|is (it|this|that) (bad|wrong|weird|strange|selfish|terrible|awful|crazy|mad) (that|if) (i|my|he|she|his|her)\b"
    r"|should i be (worried|concerned|scared) (that|about (my|this|these|how))|could (the botox|botox|it|this|the injections?) be (why|the reason|what is causing|causing))")


# Whether it would happen again asks about the future: "would the breathlessness happen again?" is not "again today".
FUTURE_AGAIN = re.compile(r"\b(would|will|could|might|may|can|does|do) (\w+ ){0,4}?(happen|come back|occur|recur|return)s? again\b"
                          # ... or its odds asked: "whats the chance it happens again" (guideline-EO)
                          r"|\b(chances?|odds|likelihood|risk) (that |of )?(it|that|this|the same( thing)?)( will| would| could| might)? "
                          r"(happens?|happening|comes? back|coming back|occurs?|recurs?|returns?) again\b")


# A question by its words, in a message that never uses a question mark: "whats the chance of a droopy eyelid from botox
# ive got a wedding in 3 wks lol", "the article says botox damages muscles could that make my neck too weak"
# (guideline-EO). Read as a question for the symptoms of the emergency and urgent tiers only (safety._first_match).
UNMARKED_QUESTION = re.compile(
    r"^(what is the (chance|chances|risk|odds|likelihood)|what are the (chances|odds|risks)"
    r"|(can|could|does|do|will|would|might|may|is|are|should) (it|this|that|they|botox|the (injections?|toxin|treatment|shots?|jabs?)|people|anyone|someone)\b)"
    r"|\b(can|could|does|do|will|would|might|may) (it|this|that|botox|the (injections?|toxin|treatment|shots?|jabs?)) (\w+ ){0,2}?"
    r"(make|cause|give|leave|lead to|trigger|bring on|mean|affect|damage|weaken)\b"
    r"|\b(does|do|did) (that|this|it|those|these) (\w+ ){0,2}?(mean|trials?|studies|study|research)\b|\bis (that|this|it) the same (thing )?as\b")


def unmarked_question(sentence: Sentence, marks_questions: bool) -> Sentence:
    """The sentence, read as a question when its words ask one and the message (`marks_questions`: any of its
    sentences ends with a question mark) never marks its questions."""
    if sentence.question or marks_questions or not UNMARKED_QUESTION.search(sentence.text):
        return sentence
    return Sentence(sentence.text, True)


# A question about risk asked mid-sentence, after what the writer read: "what does the article mean by neck
# instability, can it make you dizzy or faint?" (the folded sentence has no comma left to split it at).
RISK_CLAUSE = re.compile(r"\b(can|could|does|do|will|would|might|may) (it|this|that|they|botox|instability|weakness|the (injections?|toxin|treatment|shots?|jabs?|instability|weakness)) "
                         # ("... as they pass tight muscles, could that also cause numbness down the arm?": guideline-EE)
                         r"(also |ever |really |actually |sometimes |even )?((make|cause|give|leave|lead to|trigger) (you|someone|somebody|people|a person|patients|me)\b|(cause|lead to|trigger|bring on) ?$|make (a|an|any) $"
                         # ... or what it would leave of a part: "could that make my neck too weak to hold my head up eventually"
                         r"|(make|leave) (my|your|the|someone s|a person s|people s) ((neck|head|face|eyelids?|eyes?|arms?|legs?|hands?|muscles?|shoulders?) )?$)"
                         # ... or with the subject first, inside a longer question: "does the article's point mean botox could make
                         # a head injury worse if i had a fall?" (guideline-EE)
                         r"|\b(botox|it|this|that|they|the (injections?|toxin|treatment|shots?|jabs?)) (can|could|might|may|will|would) (also |ever |really )?"
                         r"(make (a|an|any)|cause|lead to|trigger|bring on|give (you|someone|people|a person) (a|an)?) ?$")
# ($: the verb right before the symptom: "... it made me wonder, can botox cause seizures?"; not "make double vision worse",
# but "could make a head injury worse if i had a fall?", an indefinite one: guideline-EE)


def risk_clause(sentence: str, start: int, question: bool) -> bool:
    """Whether a question asks, in a clause just before `start`, whether something can cause the symptom, and asserts
    nothing now."""
    return question and RISK_CLAUSE.search(sentence, max(0, start - 40), start) is not None \
        and not ASSERTED_NOW.search(sentence)


def risk_question(sentence: str, question: bool = False) -> bool:
    """A question about risk that asserts nothing now ("can botox cause double vision?")."""
    closes_on_odds = question and RISK_CLOSER.search(sentence) is not None
    if who := WHO_ONE_IS_BEFORE.match(sentence):         # the question starts after who one is
        sentence = sentence[who.end():]
    if embedded := EMBEDDED_RISK.match(sentence):        # what is asked about starts after the reporting words
        sentence, question = sentence[embedded.start("asked"):], True
    elif not (RISK_OPENER.match(sentence) or closes_on_odds or (question and (PEOPLE_IN_GENERAL.search(sentence) or MEANS_RISK.search(sentence)))):
        return False
    if SEEKING_CARE.search(sentence) or ASKS_ABOUT_OWN_SYMPTOM.search(sentence) \
            or RECENT.search(FUTURE_AGAIN.sub("", sentence)):
        return False
    # Asking the odds, or what would happen, "after the injections" dates the risk; it does not say the symptom is here.
    dates_the_risk = bool(ODDS_OPENER.match(sentence) or WOULD_OPENER.match(sentence) or HOW_LONG_OPENER.match(sentence) or SAFE_TO_OPENER.match(sentence)
                          or closes_on_odds or ABOUT_THE_TEXT.match(sentence) or FUTURE_ONSET.match(sentence))
    if not (question or CAUSE_NAMED.match(sentence) or dates_the_risk):
        return False
    return not any(not (dates_the_risk and now.group().startswith(_DATES_THE_RISK)) for now in ASSERTED_NOW.finditer(sentence))


# (not after a title: "please tell Dr. R I'm sorry" is one sentence; a word that ends like one does end a sentence:
# "my 14-year-old has been cutting his arms. he's had daily headaches ...", guideline-crisis-GR)
# (not at a question mark inside brackets or quotes: "years ago (2015?) i had one migraine with numbness ..." is one sentence)
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\b[DdMm]r\.)(?<!\b[Mm]rs\.)(?<!\b[Mm]s\.)(?<!\b[Dd]rs\.)(?<!\b[Pp]rof\.)\s+|(?<=[!?])(?=[^\s)\]\"'])|\n+|\s+[-\u2013\u2014]+\s+"
                           r"|\s*[\u2022\u00b7\u25aa\u25e6\u2023\u2043]\s*")      # (and a list's bullets: "• pain daily • botox x3, no help")


@dataclass(frozen=True)
class Sentence:
    text: str              # folded and corrected, as the rules read it
    question: bool         # written with a question mark


def split_sentences(text: str) -> list[str]:
    """The sentences of a cleaned message (on . ! ? ; line breaks and dashes), as written."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


# A short sentence that only dates the one before it: "It came on this afternoon.", "It's been like this for 3 hours tonight."
TIME_ANCHOR = re.compile(r"^(and |but |so )?((it|this|that|these|they|all this|all of this|she|he)( \w+){0,2}? )?(been|come|came|started|begun|began|happened)\b")
TIME_ANCHOR_WORDS = 12


# A fragment that finishes the sentence before it: "if this doesn't work it's my last try. At anything."
FRAGMENT = re.compile(r"^(and |or )?(at|with|from|of|to) (anything|everything|it all|all of it|life|living|everyone|everybody)$"
                      r"|^(permanent|final|lasting)( ones?)?$|^(like |i mean )?(permanently|forever|for ever|for good|properly)( this time| i mean| really)?$"
                      # "i won't be using it. or anything, really." (guideline-crisis-DZ)
                      r"|^or anything( else)?( really| at all)?$")


def join_continuations(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, each one that only says when the one before happened joined to it, so that the symptom
    it dates reads as now ("Gran is all muddled, her husband died years ago. It came on this afternoon."); and
    each fragment that finishes the one before ("it's my last try. At anything.")."""
    joined: list[Sentence] = []
    for sentence in sentences:
        text = sentence.text
        if joined and (FRAGMENT.match(text) or (len(text.split()) <= TIME_ANCHOR_WORDS and TIME_ANCHOR.match(text)
                                                 and (RECENT.search(text) or NOW.search(text)))):
            before = joined.pop()
            sentence = Sentence(f"{before.text} {text}", before.question or sentence.question)
        joined.append(sentence)
    return joined
