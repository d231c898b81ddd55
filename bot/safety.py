"""Finding red flags in a message: the concepts of red_flags.yaml, matched in context.

The concepts (`red_flags.py` reads them) are matched against the message's
sentences folded and with misspellings corrected, but before the synonyms of
settings.yaml are applied: no edit of the synonyms can silence a red flag, so
the patterns name the variants themselves. A concept fires on any of its
patterns, and on one of its `requires` patterns as well where it has them
(fever *and* a stiff neck). A match only counts when `context.py` (ConText)
finds it asserted now: not negated ("no fever", "never had a seizure or
passed out"), not long past or resolved ("hit my head years ago", "it went
away"), not hypothetical or a question about risk ("what if i can not
swallow", "can botox cause double vision?"), not only reported in a message
asking about risk ("my friend said her eyelid drooped once, should i
worry?"), and not one of the concept's `other_senses` ("hard to swallow the
price"). Symptoms told of someone else ("my son", "my mom") count like one's
own.

`find_red_flag` returns the first concept that fires, in the file's order
(crisis first, then emergencies, then urgent-today); its tier's reply text is
in settings.yaml (messages: crisis, emergency, urgent_today).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, NamedTuple, Sequence

from .context import (AGE_NOW_AFTER, AGE_NOW_NEXT, AGE_THEN, ANSWERED_NO, ANSWERED_NO_AFTER, ASKED_EVER, ASKED_IF, DATED_LONG_AGO, EXAMPLES_ASKED, LONG_AGO_DATE, LONG_AGO_NEXT,
                      MISSING_NOT_DENIED, NEGATORS, NEVER_CAME_AFTER, NOT_HOW_ONE_IS, NOW, PLANNING_AHEAD, POST_NEGATION, RECENT, RECOVERED_NEXT, THEY_ARE_WELL_NOW,
                      WORRIED_BEFORE, Sentence, anticipated, asks_about_risk, conditional, denied_after,
                      general_question, historical, hypothetical, in_a_story, negated, reported, risk_clause,
                      risk_question, unmarked_question)
from .intents import CRISIS, EMERGENCY
from .prefilter import Prefilter, ScreenedPattern
from .red_flags import RedFlag, RedFlags

# The whole words the rules look for, so that spelling correction can correct
# a patient's "wrost" or "siezure" towards them.
VOCABULARY = """
worst thunderclap sudden suddenly explosive excruciating severe intense unbearable agony agonizing
nowhere seconds fever feverish temperature stiff chin rash fade glass purple numb numbness weak weakness
tingling tingly droop drooping droopy face arm arms leg legs hand body side left right slurred slurring
slur speak speaking talk talking words jumbled garbled confused confusion disoriented recognise recognize
passed pass faint fainted fainting blacked unconscious consciousness wake unresponsive seizure seizures
convulsion convulsions convulsing fit fitting see vision sight blind double blurry blurred blurring
hit head injury trauma bang banged bump bumped smacked knocked concussion fell fall elbow kick punch puck
ladder pregnant pregnancy birth postpartum swelling swollen swallow swallowing choke choking breathe
breathing breath breathless wheezing wheeze hoarse eyelid eyelids bladder control hives throat tongue lips
anaphylaxis suicide suicidal kill myself harm hurt die alive dead jaw chewing chew scalp temple tender red
bloodshot eye eyes spreading everywhere vomiting vomit throwing threw full deep catch take lift move feel
touch bend wake rouse live life ever head pain smile mouth lopsided crooked speech gibberish limp cut
lightning explosion exploded exploding bomb gunshot jerking shaking twitching responding instantly
doubled crash accident collision whiplash ending trouble difficulty sleepy drowsy herself himself
texted texting messaged
""".split()

_SYMPTOM_WORDS = frozenset(VOCABULARY) - frozenset("""
see head pain face arm arms leg legs hand body side left right words take get feel move touch live life ever
eye eyes red full deep catch wake lift bend control strong
himself herself
""".split())     # ("herself", "himself": a phrasing's object, not its symptom: "does he have to book it himself?")


def symptom_words(text: str) -> frozenset[str]:
    """The red-flag symptom words of a folded, corrected text ("short of breath" -> {"breath"})."""
    return _SYMPTOM_WORDS.intersection(text.split())


@dataclass(frozen=True)
class Finding:
    """A red flag found in a message: which concept, its tier (emergency, urgent_today, crisis), what words."""

    rule: str
    tier: str
    words: str
    title: str = ""
    context: str = "asserted now"       # how the words were read (the model's findings say what it weighed)


@dataclass(frozen=True)
class SetAside:
    """Words that name a red flag but were not taken as one, and why: 'negated', 'long past'..."""

    rule: str
    words: str
    context: str


ANOTHER_SENSE = "another sense"
LONG_PAST = "long past"
RISK_QUESTION = "a question about risk"

# A denial inside a match, after its first word: "arms strong, no tingling or numbness", "injections, no drooping".
# (not what was missing: context.MISSING_NOT_DENIED)
_NEGATED_INSIDE = re.compile(r"\b(no|without)\b (?!(air|more|longer|idea|reason|point|one|matter|sense|power|strength|feeling|sensation|control|grip"
                             rf"|(a )?({'|'.join(MISSING_NOT_DENIED)}))\b)")

# The next sentence says that what was asked about is happening now: "can botox make it hard to swallow?
# because that is happening to me now", "what if it's a thunderclap headache? i think i'm having one".
HAPPENING_NOW = re.compile(
    r"\b((i|he|she|they|my \w+) (think|believe|guess|reckon) ((i|he|she|they) )?(am|m|is|s|are|re) having (one|it|that|this)"
    r"|(i|he|she|they|my \w+) (am|m|is|s|are|re) having (one|it|that|this|them|those|these)( thoughts)? (now|right now|at the moment|as we speak|tonight|today)"
    r"|i (think i |believe i )?(have|ve got|have got|got) (one|it|that|this|them|exactly that) (now|right now|at the moment|already)"
    r"|i think i (have|ve got|have got) (it|that|this|one)"
    r"|(i|he|she|they|my \w+) (has |have )?(just|literally just) (had|got|did|started|begun) (one|it|that|this|them)"
    r"|mine (started|began|came on|went|keeps?|dropped|drooped|feels?)"
    # "does botox cause seizures? i had one this morning" (found in session 50)
    r"|(i|he|she|they|my \w+) (had|got|have had|has had|ve had|s had) (one|it|them|that|this|a few|two|three|several)( again)? (this (morning|afternoon|evening)|today|tonight|last night|yesterday|earlier( today)?|just now|an hour ago|(a few|\w+) (minutes|hours) ago)"
    r"|(it|this|that|they) (\w+ ){1,4}?(today|tonight|yesterday|this (morning|afternoon|evening|week)|last night|\w+ (hours?|days?|minutes?) ago)"
    r"|(it|this|that|they|mine) (feels?|is|are|looks?|seems?|has been|have been|keeps?|went|got|started|began)"
    r"( (?!fine|ok|okay|normal|better|good|great|alright|all|not|never|no|gone|over)\w+){0,2} (now|right now|at the moment|already|as we speak)"
    r"|(that|this|it)( is)? (exactly )?(happening|what is happening) (to me|to him|to her|now|right now)"
    r"|happening to (me|him|her|us)|(that|this)( is)? (exactly )?what (i have|i ve got|i am having))\b")

# A question someone asked, answered no in the next sentence: "the intake form asked if i want to die. i don't, i just ..."
ANSWERED_NO_NEXT = re.compile(r"^(no,? |honestly,? )?(i|he|she|they) (do not|does not|did not|have not|has not|never did|never have)\b"
                              r"(?! (know|care|want to (live|be here|go on|wake up)|think i can|see (a|the) point))"
                              # "she asked me straight out if i was thinking of ending my life. i wasn't and i'm not." (guideline-crisis-IK)
                              r"|^(no,? )?(i|he|she|they) (was|were) not( then)?,? (and|nor) (i|he|she|they) (am|is|are) (not|still not)( now)?$"
                              # "my doctor ask me if i have thoughts to hurt myself. i say no, never." (guideline-crisis-ET)
                              r"|^(and )?(i|he|she|they) (say|says|said|answered|answer|told (her|him|them)) (no|never)\b(?!.{0,40}\b(but|though|although|lied|lying|was not true|was a lie)\b)"
                              # "the answer is no, i love my life" (guideline-crisis-EP)
                              r"|^(and |but )?(the )?(honest |truthful |true |short )?answer (is|was) (no|never|not really)\b(?!.{0,40}\b(but|though|although|lied|lying|was not true|was a lie)\b)"
                              # "my therapist asked me if i feel hopeless about the headaches. honestly, no - annoyed, yes" and "... asked
                              # whether i was having thoughts of ending my life. i'm really not, but she wanted me to check ..." (guideline-crisis-HY, HW)
                              r"|^(honestly|truthfully|truly|to be honest|tbh),? (no|nope|not really|not at all)$"
                              r"|^(no,? |honestly,? )?(i|he|she|they) (am|is|are|was|were) (really |honestly |truly |definitely |genuinely )?not\b"
                              + NOT_HOW_ONE_IS +
                              r"(?!.{0,40}\b(lied|lying|was not true|was a lie|but (sometimes|lately|some days|recently|i (do|did|have|think|wonder|feel|worry)))\b)")

# A general question answered for oneself in the next sentence: "is it normal to want to die? because i do."
SAME_FOR_ME = re.compile(r"((i am )?asking )?(because |cause |cos |coz |cuz |well |honestly |and |but )?(i do|i really do|i sure do|so do i|me too|i (have|get|feel) (them|those|these|it|that)|i am having (them|those|these|it|that)"
                         r"|that is (where i am|me|how i feel|what i feel|what i am feeling)( at)?( right now| now| at the moment| these days)?$)\b"
                         r"(?! (not|hope|wonder|know|think|believe|worry|want|mind|like|love|understand|appreciate|remember|agree|feel fine|have (a|an|another|some|other|more|asthma|allergies)))")

# A question about risk that says the symptom is already there: "will botox make my eyelid droop more?"
ALREADY = re.compile(r" (\w+ )?(even )?(more|worse|further|any more|any worse|any further)\b(?! (likely|common|often|frequent|probable|prone)\b)")

# Puzzlement said alone right after one's own question: "so does it paralyse you or just relax things? confused".
PUZZLED = re.compile(r"^(i am |i m |i |im |me )?(so |very |a bit |bit |really |totally |still |kind of |now |just |more |even more )?"
                     r"(confused|confusing|lost)( now| lol| haha| sorry| tbh| honestly)?$")

# A question said to be asked for oneself: "does a botox overdose kill you? ... asking for me."
# Whether one's own supply would be enough: "... i'd like to know whether what i have at home would be enough for me"
# (guideline-crisis-HF; ASKING_FOR_MYSELF anywhere in the message, INTENT_SAID after the question)
_WHAT_I_HAVE_IS_ENOUGH = r"(whether|if) what i (have got|have|ve got|keep) (at home |here |saved |in the drawer |in the cupboard )?(would be|is|will be) enough( for me)?"
ASKING_FOR_MYSELF = re.compile(r"^(i am |i m |just )?((asking|asked|ask) (for|about) (me|myself)|asking for real|(asking|i am asking|i m asking) (seriously|in earnest|genuinely|for real)|(seriously|genuinely) asking|not asking for a friend|(it is |its |it s |it )?for (me|myself))"
                               r"( really| honestly| tbh| to be honest)?( not ((for|as) )?(a |an |my |some )?(quiz|friend|joke|story|project|essay|research|homework|school|class|assignment|novel|book|game|trivia|child|kid|baby|dog|cat|pet|patient|relative))?$"
                               # or said first, then more: "asking for me, i want it over" (not "asking for me and my mum")
                               r"|^(i am |i m |just )?(asking|asked) (for|about) (me|myself)\b(?! (and|or|as well|too|also)\b)"
                               # "is a tylenol overdose painful or peaceful? i need to know for myself" (guideline-crisis-DD)
                               r"|^(i )?(really )?(need|want|have|wanna|gotta) (to )?know( this| it| that)? for (me|myself)( really| honestly)?$"
                               # "what is the clinic's policy if a patient says they don't want to live anymore? ... because i'm that
                               # patient." (guideline-crisis-GS)
                               r"|^(because |cause |cos |well )?(i am|i m|im) (that|this|the|one) (patient|person|one|guy|girl|woman|man|user|people)( by the way| btw| honestly| right now)?$"
                               r"|^(because |cause |cos )?(that|this) (patient|person) (is|s) me\b"
                               # "... i'm asking because i'd like to know whether what i have at home would be enough for me" (guideline-crisis-HF)
                               r"|^(i am |i m )?asking because (i d|i would|i want to|i need to) (like to )?know " + _WHAT_I_HAVE_IS_ENOUGH + "$")

# ... or said at the end of the question itself: "is it painful to die from an overdose of paracetamol, asking for me"
# (guideline-crisis-IS); not someone asking on one's behalf ("my sister rang up asking for me")
ASKING_FOR_MYSELF_AFTER = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\brang )(?<!\bcalled )(?<!\bcame )(?<!\bphoned )"
                                     r"\b(asking|asked) (for|about) (me|myself)( really| honestly| tbh| seriously| not (for )?a friend)?$")

# An attempt or thoughts told as past, then said to go on: "i took an overdose last month. i still feel the same."
# An intention to try again is never long past: "i tried to kill myself last year and i want to try again".
PRESENT_INTENT = re.compile(r"(want|wanting|going|planning|plan|thinking about|tempted|ready|about) to (try|do it|do that|attempt)( it)? again\b"
                            # (wanting to join someone who died: "i just want to go be with my mom. she passed last year")
                            r"|(just )?want to (go and |go )?(be with|join)\b"
                            # (a decision made now, whatever else is long: "i have decided to end my life before christmas and wished
                            # to thank the staff for their kindness over the years": guideline-crisis-EB)
                            r"|decided to (end|kill|take)\b"
                            # (nor a hope that stopped then and has not come back: "i stopped seeing any future for myself
                            # a while ago": guideline-crisis-DL)
                            r"|(stopped|stop|stopping) (seeing|believing in) (a|any) (future|point)\b"
                            # (nor having given up inside, long ago: "i smile at every appointment but inside i gave up a long
                            # time ago": guideline-crisis-ER)
                            r"|(inside|deep down|on the inside|secretly) (i )?(gave up|have given up|ve given up|already gave up)\b")
LATELY = re.compile(r"\b(lately|recently|these days|nowadays|now)\b( i| he| she| they)?\s*$"
                    # (or said in the present: "tried to kill myself two years ago and i'm starting to feel exactly like i did")
                    r"|\b(i am|i m|im|he is|he s|she is|she s|they are|they re)( (starting|beginning) to)?\s*$"
                    # (or going on since then: "been hoarding my mum's old oxycodone since she passed": guideline-crisis-DC)
                    r"|(^|\b(i|he|she|they) )(have been|has been|ve been|s been|been|keep|keeps|still)\s*$")
LATELY_REACH = 20       # characters before the match: "and lately i | feel exactly like i did then"
# ... or nothing changed since, or one is tired of everything now: "i overdosed in 2018 and nothing has changed since,
# so tired of everything" (not "nothing has changed since, i'm happy and well")
NOTHING_CHANGED = re.compile(r"\b(nothing (has |s |really |has really )?(changed|got better|improved|is different)( since| since then| at all)?"
                             r"|(so |really |just |completely )?(tired|sick|exhausted|worn out) of (everything|it all|all of it|all of this))\b"
                             r"(?!.{0,40}\b(happy|well|fine|great|good|healthy|thriving|content|settled)\b)")
STILL_THE_SAME = re.compile(r"^(and |but )?(i|he|she|they) (still|do still|continue to) (feel|think|want|have) (\w+ )?(the same|that way|like (that|this|it|before)|those thoughts|these thoughts|the thoughts)\b"
                            r"|\b(i am|i m|im|i have been|i ve been|been) (thinking|thought) about (it|that|doing it) again\b"
                            r"|\b(the )?(feelings?|thoughts?|urges?) (have|has|had) not (gone|left|stopped|changed|gone away|eased|lifted)\b"
                            # "i tried to end it two years ago ... it's getting that bad again" (guideline-crisis-CJ)
                            r"|\b(it|it is|things|things are|everything|everything is) (getting|got|gotten|become|becoming|going) (that|as|just as|so|this) bad again\b"
                            # "... it's getting like that again and i don't see it getting better" (guideline-crisis-ER)
                            r"|\b(it|it is|things|things are|everything|everything is) (getting|got|gotten|becoming|going) (like that|like this|back to that|that way) again\b"
                            r"|\b(i am|i m|im) (back )?(on the edge|at the edge|at that point|in that place|in that dark place|there) again\b"
                            # "i used to have reasons to get up in the morning. now i can't think of one"; "i overdosed last
                            # year and they saved me. honestly i'm not sure i'm glad they did" (guideline-crisis-CM)
                            r"|^now (i|he|she) (can not|cannot|can t|do not|don t|does not|doesn t) (think of|find|see|have) (one|any)\b"
                            r"|\b(i have|i ve|i) (got )?nothing left\b"
                            # "i took an overdose 2 years ago ... it's getting as bad as then again and i'm losing hope"
                            r"|\b(as bad|as low|as dark|as hopeless) as (back )?then\b|\b(i am|i m|im) losing (all )?hope\b"
                            r"|\b(not sure|do not know if|don t know if|not) (i am |i m )?(glad|happy|grateful|thankful) ((they|you|he|she|someone) (did|saved me|found me|stopped me)|i (did|survived|made it|lived|woke up))\b")

# An attempt or thoughts weeks or months ago are recent for the crisis tier (crisis-line guidance: a recent attempt is
# among the strongest warning signs): only a marker of longer ago, or of it being over, makes them long past.
# (not "for the last week", up to now: "finished treatment for lung cancer last year, and for the last week i've had a new
# headache", guideline-EH)
WEEKS_OR_MONTHS_AGO = re.compile(r"\b((?<!the )(?<!past )last (month|week|spring|summer|autumn|fall|winter)|(a|one|two|three|four|five|six|few|couple of|\d+) (weeks?|months?) ago"
                                 # (a season, which may be the next one: "i intend to take my own life before the next cycle
                                 # starts in the spring", guideline-crisis-IA)
                                 r"|earlier this (month|year)|(?<!back )in the (spring|summer|autumn|fall|winter))\b")


# (unless dated long ago in the same breath: "the last time i felt that hopeless was 2018", guideline-crisis-GE)
LAST_TIME = re.compile(rf"\blast time\b(?! (\w+ ){{1,5}}?(was|were) {LONG_AGO_DATE})")


# The concept whose sign is a headache that began lately: a date weeks or months back is when it began, not the past.
NEW_SINCE_WEEKS_OR_MONTHS = frozenset({"new_headache_risk"})


# The feeling now compared with a crisis before: "last time i felt this hopeless i ended up in hospital" (this, now).
FELT_THIS_BEFORE = re.compile(r"\b(the )?last time i (felt|was|got|have felt|ve felt) (this|as|so) (\w+ )?(hopeless|low|bad|down|dark|desperate|empty|numb|lost|alone|trapped|done)\b")


# The years of an insurance policy are no past event: "does life insurance still pay out for suicide after 2 years?
# it's been 2 years" (guideline-crisis-ED)
POLICY_YEARS = re.compile(r"\binsurance\b")
THEY_ARE_AFTER = re.compile(r"\b(she|he|they) (is|are)\b")


def _long_past(rule: RedFlag, text: str, match: re.Match, following: str) -> bool:
    """Whether the match is long past (context.historical, or the next sentence says so); for the crisis tier, not
    for a date weeks or months back alone, nor when the next sentence says the feelings go on."""
    if ANCIENT_HISTORY_NEXT.match(following) and not RECENT.search(text) and not WEEKS_OR_MONTHS_AGO.search(text):
        return True
    if rule.tier == CRISIS:
        # (or says so itself: "i tried to end it two years ago and i feel exactly the same way now"; "... and lately i
        # feel exactly like i did then")
        if STILL_THE_SAME.search(following) or NOW.search(text, match.start(), match.end()) or PRESENT_INTENT.match(match.group(0)) \
                or POLICY_YEARS.search(match.group(0)) \
                or LATELY.search(text, max(0, match.start() - LATELY_REACH), match.start()) or FELT_THIS_BEFORE.search(text) \
                or NOTHING_CHANGED.search(text, match.end()) or NOTHING_CHANGED.match(following):
            return False
        # (or the same sentence goes on to say so: "my sister self-harmed at school, she's 35 now and a teacher, doing
        # great", guideline-crisis-HH)
        rest = text[match.end():]
        clause = THEY_ARE_AFTER.search(rest)
        if (THEY_ARE_WELL_NOW.match(following) or (clause is not None and THEY_ARE_WELL_NOW.match(rest[clause.start():]) is not None)) \
                and DATED_LONG_AGO.search(text) and not RECENT.search(text):
            return True
    # (an age then and now years apart: "i had a concussion playing rugby at 19. i'm 34 now.", everyday-AY)
    then, now = AGE_THEN.search(text), AGE_NOW_NEXT.match(following) or AGE_NOW_AFTER.search(text, match.end())
    if then and now and int(now.group(1)) - int(then.group(1)) >= 5 and not RECENT.search(text):
        return True
    if rule.tier != CRISIS and then and int(then.group(1)) >= 5 and RECOVERED_NEXT.match(following) and not RECENT.search(text) \
            and not NOW.search(text):
        return True
    if rule.tier == CRISIS or rule.id in NEW_SINCE_WEEKS_OR_MONTHS:
        # (a headache new since last month is still new: "my mum is 66 and started getting headaches for the first
        # time ever last month", guideline-CZ)
        text = WEEKS_OR_MONTHS_AGO.sub(lambda date: " " * len(date.group()), text)    # (the same length: offsets hold)
    if rule.tier == CRISIS:
        # (nor "last time" alone: "last time i sat in the bath with a razor for an hour" is the last round, guideline-crisis-EV)
        text = LAST_TIME.sub(lambda date: " " * len(date.group()), text)
    return historical(text, match.start(), match.end()) or bool(LONG_AGO_NEXT.match(following) and not CAUSE_DATED_AFTER.search(text, match.end())) \
        or bool(NOT_SINCE_NEXT.match(following) and YEAR_LONG_AGO.search(text, 0, match.start()) and not RECENT.search(text))


# Called ancient history in the next sentence, with no recent date for it: "my old notes from the 90s might mention a
# suicide attempt. its ancient history." (guideline-crisis-IW); not "an attempt last month. it's ancient history now".
ANCIENT_HISTORY_NEXT = re.compile(r"^(but |and )?((that|this|it|all that|all of that|all this) (is|s|was) |its |it )?(all )?(ancient|old) history\b")


# Not felt since, the year named in the sentence before: "there was one winter, 2008 i think, when i believed the world
# would be better without me ... i've not felt that way since." (guideline-crisis-IK); never with a recent date ("last
# week ... not felt that way since" is no long past).
NOT_SINCE_NEXT = re.compile(r"^.{0,40}\b(have not|haven t|has not|hasn t|not|never) (felt|been|thought) (like that|that way|like this)( ever)? since\b")
YEAR_LONG_AGO = re.compile(r"\b(19\d\d|20[01]\d)\b")


# A cause dated after the sign, which a "that's ages ago" in the next sentence dates instead of the sign: "the left side
# of my face has dropped ... is this to do with the botox i had in january? thats ages ago" (guideline-EO)
CAUSE_DATED_AFTER = re.compile(r"\b(the|my|those|these|that|his|her) (botox|injections?|shots?|jabs?|treatment|appointment|procedure|session|round|fall|accident|crash)"
                               r" (i|we|he|she|they) (had|got|did|went for)\b")


# Crisis words in a question about oneself ("would anyone miss me if i disappeared?"), whether one survives a means,
# a painless way to go, or whether life insurance pays out: a warning sign, not a question about a treatment's risk.
# (or where a railway has no fence: "when do the fast trains pass the bit with no fence?", guideline-crisis-HE)
ONES_OWN_QUESTION = re.compile(r"\b(me|myself|no fence|not fenced|unfenced|gap in the fence|if i (just |simply )?(disappeared|vanished|was gone|were gone|died|was not here|were not here)"
                               r"|(stop|quit) (showing up|turning up|being around|existing|being here) (for good|permanently|forever)"
                               # "could someone feed my cat if i stop answering?" (guideline-crisis-HX)
                               r"|if i (do not|don t|dont|stop|never) (reply|replying|answer|answering|respond|responding|pick up|picking up)"
                               # "would anyone even notice if i just stopped showing up?" (guideline-crisis-EU)
                               r"|if i (just |simply )?(never|stopped|did not|didn t) (turned|turn|showed|show|came|come|turning|showing|coming) (up|back)"
                               r"|jump\w*|falling|hang\w*|drown\w*|bleed\w* out|painless|way to go|pays? out|payout|on purpose|deliberately|intentionally|of my|to die"
                               r"|worth (staying|sticking|hanging) (around|alive|here)|(everything|it all|all of it) (just )?stop|(so|enough) (that )?i"
                               r"|(sleep|asleep) and (not|never) wake up|(just )?(fall|falls|drift|drifts) (asleep|off)|(be made|be used|made) to|take to (work|kick in|act)|(look|seem|appear) like an accident"
                               r"|post ?mortem|autopsy|toxicology|coroner|undetectable|untraceable|be (detected|traced)"
                               # "it" done with a count of pills: "is 40 sumatriptan enough to do it?" (guideline-crisis-HS)
                               r"|enough to (do it|do the job|finish (it|me|me off|the job|things))"
                               # a lot of a medicine bought where no one asks (guideline-crisis-GG)
                               r"|(no|not|without|never) (\w+ ){0,2}(ask|asking|asks|asked) (any |many |too many |awkward |a lot of )?questions"
                               r"|without (anyone|them|the pharmacist|people) (noticing|asking|knowing)|(different|several|separate|multiple) (pharmacies|chemists)"
                               # a beam asked about: "do you reckon the beam in my garage would hold my weight?" (guideline-crisis-EO)
                               r"|(hold|take|support|bear) my (full )?weight"
                               # a prescription filled early at several places: "will the pharmacy notice if i fill my prescription
                               # early at two different places?" (guideline-crisis-ES)
                               r"|fill\w* (my |a |the )?(prescriptions?|scripts?) early"
                               # a medicine stopped so that it ends sooner: "should i stop taking my pills so it's over sooner?"
                               r"|so (that )?(it|everything|it all) (is |s |will be |ll be |would be )?(over|done|finished) (sooner|quicker|faster)"
                               r"|(stops?|stop) (your|my|a|the|someone s|someone|a person s|a person|his|her) heart"
                               r"|better off without (you|me)"
                               # an aside on one's own future: "is it covered by student insurance, not that ill need insurance for
                               # long" (guideline-crisis-FC)
                               r"|not that (i|ill|i ll|i will|i d|id|i would) (will |would )?need"
                               # not being around for the next round: "does botox still work if you won't be around for the second round?"
                               r"|be (around|here|alive) (for|to)|final (way|exit|sleep|escape)|suicide (note|notes|letter|letters)|my estate"
                               # leave asked to give up: "can you just tell me it's okay to give up?" (guideline-crisis-CW)
                               r"|(ok|okay|alright|all right|fine) (for me )?to (just )?give up"
                               # whether it is a reasonable choice: "is suicide a reasonable choice when migraine ruins everything?"
                               r"|(reasonable|sane|valid|rational|understandable|acceptable|sensible) (choice|option|decision|answer|way out))\b")

# ... or a dose for one's own body: "what's the lethal dose for an adult my weight?"
FOR_ONES_OWN_BODY = re.compile(r"\bfor (someone|somebody|a person|an adult|a woman|a man|a girl|a guy|a lady|a bloke|people) (of |at )?my (weight|size|build|age|height)\b"
                               # "could you tell me, for my own use, what quantity of amitriptyline would be fatal?" (guideline-crisis-EA)
                               r"|\bfor my own (use|purposes)\b"
                               r"|\bfor my (weight|size|build|body weight|body)\b")

# A question about how one feels oneself: "is it normal to feel there's no point carrying on after 6 months of this?"
OWN_FEELING_ASKED = re.compile(r"\b(is it|is that|is this|it is) (normal|common|usual|ok|okay|weird|bad|wrong|strange|natural|selfish|terrible|awful|crazy) (to|that i|that i am|if i)"
                               r" ((just |really |simply )?not )?(feel|think|want|wish|keep (feeling|thinking|wanting))\b"
                               # ... or whether there is a point if one won't be there: "is there any point booking the
                               # follow-up in 12 weeks if i won't be around?" (guideline-crisis-DC)
                               r"|\b(any|a|no|the) point (in |of )?(\w+ ){0,8}?if i\b"
                               # ... or whether what one does counts as it: "i've been pressing on my neck ... to see how long until i
                               # pass out. does that count as self harm?" (guideline-crisis-GU)
                               r"|\b(does|would|is) (that|this|it|what i do|what i am doing|what i m doing) (count|counts|classed|considered|class) as\b"
                               # ... or whether it would be easier not to be: "lately i've been wondering whether it'd be easier not to exist"
                               # (guideline-crisis-GZ)
                               r"|\b(wondering|asking myself|thinking) (whether|if) (it d|it would|it will|things would|things d|everyone would|everyone d|they d|they would|my family would|i d|i would) (just )?(be )?(easier|better|simpler|kinder)\b")

# A count of one's own medicine in the question: "would 40 of my amitriptyline be enough to not wake up?", "if i took
# all my triptans at once would my heart stop?"
OWN_SUPPLY = re.compile(r"\b((\d+|all|enough|the rest|a whole (box|bottle|pack|packet|strip)|(a|the|what|which) (dose|amount)) of (my|these|those|mine)|all my) \w+")

# Thoughts of self-harm count even in an "if" ("if this doesn't work i'm going to end it"), but not in an "if" about
# anyone at all: "if someone typed into this chat that they were suicidal, would a person see it?"
SOMEONE_IF = re.compile(r"\bif (someone|somebody|anyone|anybody|a (patient|person|member|user|client|reader)|people|patients|users)"
                        # (where they are may come between: "if a patient in the waiting room says ...", guideline-crisis-IW)
                        r"( (in|at|on) (the|a|my|our|your) (\w+ )?\w+)? (ever )?(typed|types|told|tells|said|says|wrote|writes|mentioned|mentions|messaged|messages|felt|feels|were feeling|was feeling|is feeling|are feeling|seemed|seems"
                        r"|(gets|get|is given|are given|receives|receive) (an |too much|too many))\b")

# ... unless what someone would tell is told to the one writing, who answers it in the first person: "if someone told
# me i'd have this headache forever i'd rather not be here"
TOLD_ME = re.compile(r"\bif (someone|somebody|anyone|anybody|a doctor|the doctor|my doctor|they) (ever )?(told|tells|said|says) me\b")


# A sentence, or the next, that says its words are not meant literally: "fainted when i saw the bill. figuratively."
# "not literally" only where it closes a sentence: inside one it may take back a single word ("my arm is not
# literally numb, just weak since this morning"). (Never for a crisis: "i want to die, not literally" still gets the
# crisis line.)
# ... and a crisis sign said in earnest is no figure of speech: "if one more doctor tells me to try yoga i'm going to end
# my life, i'm not even joking this time" (guideline-crisis-CI)
SAID_IN_EARNEST = re.compile(r"\b(not|no) (even |really |actually )?(joking|kidding)\b|\bi (really |honestly )?mean it\b"
                             # "... i laughed and said no. the real answer is yes, most nights." (guideline-crisis-FP)
                             r"|\b(the )?(real|honest|true|actual) answer (is|was|would be) yes\b"
                             r"|\b(i am|i m|im) (being )?(dead |deadly |completely |totally |very )?serious\b"
                             # ... or with the means known: "i'll just make it stop myself. permanently. i know how." (guideline-crisis-DF)
                             r"|\bi (already )?know (how|exactly how)( to do it| i would do it| i d do it)?$|\bpermanently$"
                             # ... or said of oneself after a general question: "... for people who want to die? because that's me"
                             # (guideline-crisis-FA)
                             r"|\b(because |cause |cos )?(that is|that s|thats) (me|how i feel|where i am)( right now| now| at the moment| honestly)?$")
SAID_FIGURATIVELY = re.compile(r"\b(figuratively|metaphorically|(just |only )?(a )?figure of speech)\b|\bnot literally( of course| obviously| lol| haha)?$"
                               # "i die of pain today haha, it is an expression in my language" (guideline-crisis-GP)
                               r"|\b(it is|it s|its|that is|that s|thats) (just |only )?(an? )?(expression|saying|idiom)( we use)? in (my|our) (language|country)\b")


# The words a denial may list before a sign it also denies: "no jaw pain or sore scalp" (guideline-ED). (Not "headache":
# "not like my migraines, they're worse when i cough" denies no sign; context.NEGATING_PHRASES reads "no headache or".)
_LISTED_IN_A_DENIAL = _SYMPTOM_WORDS | frozenset("pain pains ache aches sore".split())


# A "not" that only spares someone what they will find: "i'd like it to be peaceful when the time comes, not a mess for
# whoever finds me" (guideline-crisis-GT).
SPARING_BEFORE = re.compile(r"\b(not|no|without) (a |any |too much )?(mess|messy|fuss|hassle|shock|scene)( for| to| on)? ?$")
# ... unless the wish for it is itself denied: "i'm not hoping to not wake up or anything dark like that" (guideline-crisis-GP)
WISH_DENIED_BEFORE = re.compile(r"\b(not|never|no longer) (hoping|wishing|wanting|planning|trying|looking|aiming)( at all| really)? ?$")


def _set_aside(rule: RedFlag, sentence: Sentence, match: re.Match, required: bool = False, asks_risk: bool = False,
               following: str = "", after_question: bool = False, for_myself: bool = False,
               senses: _OtherSenses | None = None) -> str | None:
    """Why a match is not asserted now (see context.py): 'another sense', 'negated', 'long past', 'a question
    about risk', 'a question about their history', 'hypothetical', 'feared, or a general risk', 'in a story', 'reported';
    None when it is. Thoughts of
    self-harm count even in an 'if' ("if this doesn't work i'm going to end it"). What a concept `requires` may lie in the past: "had cancer 3 years
    ago, now a new headache". `asks_risk`: the message asks about risk ("should i worry?"). `following`: the
    next sentence, which an other sense may reach into ("am i seeing double? i got two reminder texts");
    `after_question`: the sentence before asked something (then "confused" alone is puzzlement); `for_myself`: the
    message says a question is asked for oneself ("asking for me"), so a crisis sign in it is no question about risk.
    `senses`: the other senses that may match the message (`RedFlags.other_senses_that_may_match`); None: all."""
    text = sentence.text
    if after_question and PUZZLED.match(text):
        return ANOTHER_SENSE
    window = f"{text} {following}" if following else text
    if any(other.start() <= match.start() and match.end() <= other.end()
           for pattern in (rule.other_senses if senses is None else senses.of(rule)) for other in pattern.finditer(window)) \
            and not (rule.tier == CRISIS and SAID_IN_EARNEST.search(window)):
        return ANOTHER_SENSE
    if rule.tier != CRISIS and (SAID_FIGURATIVELY.search(text) or SAID_FIGURATIVELY.search(following)):
        return ANOTHER_SENSE
    # (a crisis sign that is itself said in the negative, "not planning on being around", "better i am not here", is
    # not undone by a "not" before it: "doesnt really matter, not planning on being around for the follow up")
    said_in_the_negative = rule.tier == CRISIS and not NEGATORS.isdisjoint(match.group(0).split()) \
        and not WISH_DENIED_BEFORE.search(text, 0, match.start())
    # (nor by a "none" after it, which only echoes it: "no way out of this. none.")
    if (not said_in_the_negative and ((negated(text, match.start(), _LISTED_IN_A_DENIAL) and not SPARING_BEFORE.search(text, 0, match.start()))
                                       or ANSWERED_NO.match(following))) \
            or (ASKED_IF.search(text, 0, match.start()) and (ANSWERED_NO_NEXT.match(following) or ANSWERED_NO_AFTER.match(text, match.end()))) \
            or (rule.tier != CRISIS and (
            POST_NEGATION.search(match.group(0))
            or (WORRIED_BEFORE.search(text, 0, match.start()) and NEVER_CAME_AFTER.match(text, match.end()))
            or _NEGATED_INSIDE.search(match.group(0), match.group(0).find(" ") + 1 or len(match.group(0))))):
        return "negated"
    if rule.tier != CRISIS and _asked_of_their_history(text, match, following):
        return ASKED_HISTORY
    if not required and _long_past(rule, text, match, following):
        return LONG_PAST
    # (what a crisis concept requires is its setting, asked about or not: "can i have 3 months of sleeping tablets?")
    if not (required and rule.tier == CRISIS) and risk_question(text, sentence.question) and not HAPPENING_NOW.search(following) \
            and not SAME_FOR_ME.match(following) and not ALREADY.match(text, match.end()) \
            and not (rule.tier == CRISIS and (for_myself or ONES_OWN_QUESTION.search(match.group(0))
                                              or OWN_FEELING_ASKED.search(text, 0, match.end()) or OWN_SUPPLY.search(text, 0, match.end()) or FOR_ONES_OWN_BODY.search(text)
                                              or INTENT_SAID.match(following))):
        return RISK_QUESTION
    if rule.tier != CRISIS and not required and risk_clause(text, match.start(), sentence.question) and not HAPPENING_NOW.search(following):
        return RISK_QUESTION
    if (rule.tier != CRISIS or (SOMEONE_IF.search(text) and not (TOLD_ME.search(text, 0, match.start()) and match.group(0).startswith("i "))))\
            and conditional(text, match.start(), planning_ahead=PLANNING_AHEAD.match(following) is not None) \
            and not HAPPENING_NOW.search(following) and not HAPPENING_NOW.search(text, match.end()) \
            and not (rule.tier == CRISIS and (INTENT_SAID.match(following) or for_myself)):
        return "hypothetical"
    if rule.tier != CRISIS and anticipated(text, match.start()) and not HAPPENING_NOW.search(following):
        return "feared, or a general risk"
    if rule.tier != CRISIS and in_a_story(text, match.start()):
        return "in a story"
    if rule.tier != CRISIS and not required and asks_risk and reported(text, match.start()):
        return "reported, with a question about risk"
    if rule.tier == CRISIS and sentence.question and _botox_lethality_feared(text, match, following):
        return RISK_QUESTION
    return None


ASKED_HISTORY = "a question about their history"
# What ends the question about one's history before the match: an answer ("... and i said yes, i fainted this morning").
_HISTORY_ANSWERED = re.compile(r"\b(and|but|so|then|which|because) (i|he|she|they|we)\b|\byes\b")


def _asked_of_their_history(text: str, match: re.Match, following: str) -> bool:
    """Whether the match is what a question about the person's history asks ("the form asks if i've ever lost
    consciousness", context.ASKED_EVER), not answered before it, with nothing recent after it nor in the next sentence."""
    asked = None
    for asked in ASKED_EVER.finditer(text, 0, match.start()):
        pass
    return asked is not None and not _HISTORY_ANSWERED.search(text, asked.end(), match.start()) \
        and not RECENT.search(text, match.end()) and not RECENT.search(following) and not HAPPENING_NOW.search(following) \
        and not following.startswith("yes")


def _botox_lethality_feared(text: str, match: re.Match, following: str) -> bool:
    """A question about Botox's own lethal dose, the fear or the reading behind it in the `following` sentence, and
    nothing there that says it is asked for oneself."""
    return bool(LETHAL_OPENING.match(match.group(0)) and BOTOX_NAMED.search(text) and FEAR_OF_THE_TREATMENT.search(following)
                and not INTENT_SAID.match(following) and not FOR_ONESELF_AFTER.search(following))


# A question about Botox's own lethal dose, then the fear or the reading behind it in the next sentence: "How much Botox
# would be a lethal dose? The article says large doses cause paralysis and I'm nervous about my appointment."
# (guideline-crisis-FJ, FK, FL). Asked alone ("how many units of botox would be fatal") it stays a crisis sign.
FOR_ONESELF_AFTER = re.compile(r"\b(myself|for me|end it|end things|kill|die|dying|dead)\b")
LETHAL_OPENING = re.compile(r"(lethal|fatal|deadly)\b")
BOTOX_NAMED = re.compile(r"\b(botox|botulinum|the toxin)\b")
FEAR_OF_THE_TREATMENT = re.compile(r"(?<!not )(?<!never )(?<!no )\b(safety margin|curious|nervous|scared|worried|anxious|frightened|afraid|freaking out|panicking|worries me|scared me|frightened me)\b"
                                   r"|\b(article|leaflet|page|website|study|paper) (says|said|mentions|mentioned|talks about)\b")


# The last sentence, its example asked by its words without a question mark: "can botox affect your eyesight at all? like
# would i struggle to read small print or see double afterwards" (guideline-EP)
EXAMPLE_ASKED_UNMARKED = re.compile(r"^(like|say|for example|for instance|as in) (would|will|could|can|does|do|is|are|might|may) ")


def _examples_of_the_question_before(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentences[i] only gives examples of the question about risk before it: "can you be allergic to botox?
    like hives or swelling?"; as the last sentence, asked by its words alone: "... like would i see double afterwards"."""
    sentence = sentences[i]
    return i > 0 and EXAMPLES_ASKED.match(sentence.text) is not None \
        and (sentence.question or (i == len(sentences) - 1 and EXAMPLE_ASKED_UNMARKED.match(sentence.text) is not None)) \
        and risk_question(sentences[i - 1].text, sentences[i - 1].question)


# A denial taken back in the next sentences: "i don't want to hurt myself. well. maybe i do. i don't know anymore."
TAKEN_BACK = re.compile(r"^(well |but |and |ok |okay |or )?(maybe|perhaps|actually|honestly|to be honest|truthfully) (i do|i might|i still do)\b(?! not\b)"
                        r"|^(i do not|i don t|i dont) (even )?know any ?more$"
                        # "my therapist asked if i had a plan and i said no. i lied." (guideline-crisis-DN)
                        r"|^(but |and )?(i lied|i was lying|that was a lie|it was a lie)( lol| haha| tbh| honestly)?$"
                        # "... i laughed and said no. the real answer is yes, most nights." (guideline-crisis-FP)
                        r"|^(but )?(the )?(real|honest|true|actual) answer (is|was|would be) yes\b")
# ... or later in the same sentence: "i promised i wouldn't feel this way again but here i am" (guideline-crisis-DC)
TAKEN_BACK_AFTER = re.compile(r"\b(but|yet|and yet) (here i am|here we are|(now )?i (still )?do( now| again| though)?$|(it is|it s|they are|they re) back)\b")


# A means said to be at hand, in a sentence after a crisis sign asked about: "can botox be used to kill yourself if you
# inject a lot of it? the article says large doses cause paralysis. i have some vials left" (guideline-crisis-IS)
SUPPLY_AT_HAND = re.compile(r"^(and |but |also |plus |well |because |cause |cos )?(i|we) (still )?(have|ve got|have got|got|kept|keep|saved|stored)"
                            r" (some|a few|a couple of|loads of|lots of|plenty of|enough|spare|extra|leftover|a stash of|a box of|a bottle of|a pack of|a packet of)"
                            r" (\w+ )?(vials?|pills|tablets|units|syringes|bottles|boxes|packets|meds|medication|medicines|doses|ampoules)"
                            r"( of (it|them|that|those|these))?( left( over)?| at home| saved| stored| here| in the (fridge|drawer|cupboard|house))?$"
                            # ... or as many as the question asked about: "what would happen if someone took all 30 of their
                            # sleeping tablets at once? i have 30" (guideline-crisis-IV)
                            r"|^(and |but |well |because |cause |cos )?(i|we) (still )?(have|ve got|have got|got) (\d+|that many|exactly that many|that amount|exactly that|about that many|more than that)"
                            r"( of (them|those|these|it))?( left| at home| here| saved| in the (drawer|cupboard|house))?$")


def _first_match(rule: RedFlag, patterns: Sequence[re.Pattern], sentences: Sequence[Sentence],
                 required: bool = False, set_aside: list | None = None, senses: _OtherSenses | None = None) -> re.Match | None:
    """The first match asserted now, trying the `patterns` in order on each sentence in turn;
    the matches set aside by their context are added to `set_aside`. `senses`: as for `_set_aside`."""
    asks_risk = for_myself = None
    # (an emergency or urgent sign in a question by its words, when the message marks none: see unmarked_question)
    marks_questions = rule.tier == CRISIS or any(s.question for s in sentences)
    for i, written in enumerate(sentences):
        for pattern in patterns:
            for match in pattern.finditer(written.text):
                if asks_risk is None:
                    asks_risk = asks_about_risk(sentences)
                    for_myself = any(ASKING_FOR_MYSELF.match(s.text) or ASKING_FOR_MYSELF_AFTER.search(s.text) for s in sentences)
                sentence = unmarked_question(written, marks_questions)
                following = sentences[i + 1].text if i + 1 < len(sentences) else ""
                reason = _set_aside(rule, sentence, match, required, asks_risk, following, i > 0 and sentences[i - 1].question,
                                    for_myself, senses)
                if reason == "negated" and rule.tier == CRISIS and (any(TAKEN_BACK.match(s.text) for s in sentences[i + 1:i + 4])
                                                                     or TAKEN_BACK_AFTER.search(sentence.text, match.end())):
                    reason = None           # "i don't want to hurt myself. well. maybe i do." (guideline-crisis-CQ)
                if reason == RISK_QUESTION and rule.tier == CRISIS and any(SUPPLY_AT_HAND.match(s.text) for s in sentences[i + 1:]):
                    reason = None           # "can botox be used to kill yourself ...? ... i have some vials left" (guideline-crisis-IS)
                if reason is None and rule.tier != CRISIS and _examples_of_the_question_before(sentences, i) \
                        and not HAPPENING_NOW.search(following):
                    reason = RISK_QUESTION   # "can you be allergic to botox? like hives or swelling?" (guideline-DF)
                if reason is None:
                    return match
                if set_aside is not None:
                    set_aside.append(SetAside(rule.id, match.group(0), reason))
    return None


# Broader: words that describe how someone feels. A fallback to a message naming one of these, asserted
# now, adds what to do if the symptoms are sudden, severe or new (it never escalates by itself).
SAFETY_NET_WORDS = _SYMPTOM_WORDS | frozenset("""
pain pains painful hurts hurting hurt ache aches aching sore sick vomited dizzy dizziness faint numb tingling
swollen bleeding blood burning shaking shivering trembling tired exhausted sleepy weird strange scared
cannot unable worse worst terrible awful horrible agony spinning collapsed fell fall temp hot roasting freezing
head neck eye eyes face arm arms leg legs hand hands foot feet mouth throat chest voice vision muddled
""".split())


class SymptomsNow(NamedTuple):
    """What a message says of how someone feels now (`symptoms_now`)."""

    red_flag_word: bool     # a symptom word of the red-flag rules: the matcher's red-flag phrasings count
    described: bool         # any word of how someone feels (SAFETY_NET_WORDS): the fallback adds what to do


# "worst" of something that is no symptom: "even on the worst days", "the worst case"
_WORST_OF_ANOTHER_THING = re.compile(r"worst (days?|times?|nights?|moments?|weeks?|months?|years?|case|part|thing|bit|decision|mistake|of it)\b"
                                     # ... or the worst of a spell: "my neck is killing me, worst it's been all month"
                                     r"|worst (it|they|this|that) (has |have |s |is |was )?(been|got|gotten|felt) (all (day|week|month|year)"
                                     r"|this (week|month|year)|for (days|weeks|months|ages|a while)|in (days|weeks|months|ages|a while)|since)\b")
# ... or said of how bad a thing is, a clause ending there: "ugh this migraine is the worst, i'm dead on my feet"
# (guideline-crisis-DR; "the worst ever", "the worst of my life" stay symptoms)
_IS_THE_WORST = re.compile(r"(?:(?<=\bis the )|(?<=\bare the )|(?<=\bwas the ))worst(?= ((i am|i m) (so |totally |completely )?(dead|tired|exhausted|knackered|shattered|wiped)|but|so|honestly|lol|ugh|haha|to be honest)\b)")
# "dead" of being tired: "dead on my feet"
_DEAD_TIRED = re.compile(r"dead (on (my|his|her|their|our) feet|tired|beat)\b")


# ... or of a time in one's life: "even at my worst"
_AT_ONES_WORST = re.compile(r"\bat (my|his|her|their|its|our|your|the) (very )?$")


# Puzzled, as the rules read it (intents/red_flags.yaml, confusion_drowsiness): "that confused me", "confused
# about the cost", and "i'm confused" as a sentence of its own (said of an answer; confusion as a sign is told of
# someone, or with more: "i'm confused and can't find my words")
_PUZZLED = re.compile(r"confused (me|us|about|by|as to|with|over|why|how|what|whether|if)\b"
                      r"|(?<![^ ])confused( now| right now| lol| sorry| haha)?$")
_PUZZLED_ALONE_AFTER = re.compile(r"^((sorry|ok|okay|um|hmm|so|now|but|and|lol|that|this|it) )*(i am|im|i m)"
                                  r"( so| a bit| a little| really| very| kind of| still| totally| completely| bit)? $"
                                  r"|^(sorry )?(that|this|it|that answer) $")


def _puzzled(s: Sentence, word: re.Match) -> bool:
    """Whether the word is a "confused" that means puzzled (`_PUZZLED`)."""
    after = word.group() == "confused" and _PUZZLED.match(s.text, word.start())
    return bool(after) and (after.group(1) is not None or _PUZZLED_ALONE_AFTER.match(s.text[:word.start()]) is not None)


def _symptom_word(s: Sentence, word: re.Match) -> bool:
    """Whether a word of sentence `s` is a red-flag symptom word here ("worst" of a day is not, nor a "confused"
    that means puzzled)."""
    return word.group() in _SYMPTOM_WORDS and not (word.group() == "worst" and (
        _WORST_OF_ANOTHER_THING.match(s.text, word.start()) or _IS_THE_WORST.match(s.text, word.start())
        or _AT_ONES_WORST.search(s.text, max(0, word.start() - 20), word.start()))) \
        and not (word.group() == "dead" and _DEAD_TIRED.match(s.text, word.start())) \
        and not _puzzled(s, word)


def symptoms_now(sentences: Sequence[Sentence]) -> SymptomsNow:
    """Whether a message (its folded, corrected sentences) names a symptom asserted now: not negated
    ("no fever"), long past ("hit my head years ago") or hypothetical ("what if i can not swallow"),
    nor only reported in a message asking about risk ("my husband says botox can affect swallowing,
    is he right?"). One pass for both kinds of word: a red-flag symptom word is also a word of how
    someone feels, and once one of those is found only red-flag words are still worth checking."""
    described = False
    for s in sentences:
        if SAFETY_NET_WORDS.isdisjoint(s.text.split()) or general_question(s.text, s.question):
            continue
        for word in re.finditer(r"\S+", s.text):
            red_flag_word = _symptom_word(s, word)
            if not (red_flag_word or (not described and word.group() in SAFETY_NET_WORDS
                                      and not _puzzled(s, word))):
                continue
            if not _asserted_now(s, word, sentences):
                continue
            if red_flag_word:
                return SymptomsNow(True, True)
            described = True
    return SymptomsNow(False, described)


def current_symptom_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Every red-flag symptom word a message asserts now (as `symptoms_now` reads them): "if my smile went crooked
    ... i need to understand the worst case" asserts none of "smile", "crooked"."""
    return frozenset(word.group() for s in sentences if not general_question(s.text, s.question)
                     for word in re.finditer(r"\S+", s.text)
                     if _symptom_word(s, word) and _asserted_now(s, word, sentences))


def _answered_no_or_dated(s: Sentence, sentences: Sequence[Sentence], start: int) -> bool:
    """The sentence after `s` answers it no, as a form's item ("suicidal thoughts - none") or a question put to the
    person before `start` ("the nurse asked whether i had any weakness in my arms. i don't"), or dates it long ago
    or as how it has always been (LONG_AGO_NEXT: "they are always the same"), as the rules read it."""
    following = next((sentences[i + 1] for i, other in enumerate(sentences[:-1]) if other is s), None)
    return following is not None and (ANSWERED_NO.match(following.text) is not None
                                      or LONG_AGO_NEXT.match(following.text) is not None
                                      or (ANSWERED_NO_NEXT.match(following.text) is not None
                                          and ASKED_IF.search(s.text, 0, start) is not None))


def _asserted_now(s: Sentence, word: re.Match, sentences: Sequence[Sentence]) -> bool:
    """Whether a word of sentence `s` is asserted now: not negated (or answered no), long past, hypothetical, in a
    story, or only reported in a message that asks about risk."""
    return not (negated(s.text, word.start(), _LISTED_IN_A_DENIAL) or denied_after(s.text, word.end(), _SYMPTOM_WORDS)
                or _answered_no_or_dated(s, sentences, word.start())
                or historical(s.text, word.start(), word.end()) or hypothetical(s.text, word.start(), s.question)
                or anticipated(s.text, word.start()) or in_a_story(s.text, word.start())
                or (reported(s.text, word.start()) and asks_about_risk(sentences))
                or (EXAMPLES_ASKED.match(s.text) is not None
                    and any(_examples_of_the_question_before(sentences, i) for i, other in enumerate(sentences) if other is s)))


_BODY_WORDS = frozenset("neck head arm arms leg legs hand hands face body side eye eyes chest throat".split())
_DENIABLE = _SYMPTOM_WORDS | frozenset("emergency emergencies urgent serious symptoms symptom warning signs".split())


def without_negated_symptoms(text: str) -> str:
    """A normalised message without the symptoms it denies: "no fever or stiff neck, how long does
    botox last" is matched as "how long does botox last", so denied symptoms cannot pull it
    towards an answer that mentions them."""
    matches = list(re.finditer(r"\S+", text))
    words = [m.group() for m in matches]
    drop: set[int] = set()
    for i, match in enumerate(matches):
        if words[i] not in _DENIABLE or not negated(text, match.start(), _SYMPTOM_WORDS):
            continue
        negator = next((j for j in range(i - 1, max(-1, i - 9), -1) if words[j] in NEGATORS), None)
        if negator is not None:
            drop.update(range(negator, i + 1))
        if i + 1 < len(words) and words[i + 1] in _BODY_WORDS:
            drop.add(i + 1)
    return " ".join(w for i, w in enumerate(words) if i not in drop) if drop else text


def without_other_senses(concepts: RedFlags, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences without the words any concept's `other_senses` match ("your prices gave me the worst
    headache of my life lol" keeps "your lol"): symptom words used in another sense are no symptom."""
    cleaned = []
    for sentence in sentences:
        text = sentence.text
        indices = concepts.other_senses_that_may_match(text)
        while indices:
            index, *indices = indices
            blanked = concepts.other_senses[index].sub(" ", text)
            if blanked != text:         # (what is left may meet a later pattern that the whole text did not)
                text, indices = blanked, concepts.other_senses_that_may_match(blanked, after=index)
        cleaned.append(Sentence(" ".join(text.split()), sentence.question))
    return cleaned


class _OtherSenses:
    """The other senses that may match a message (`RedFlags.other_senses_in`), as `_set_aside`'s `senses`: screened
    when first asked, since most messages have no pattern match to set aside, and kept per concept, so that a match
    set aside tries only its own concept's few (a concept may have hundreds)."""

    __slots__ = ("_flags", "_text", "_by_concept")

    def __init__(self, flags: RedFlags, text: str):
        self._flags, self._text, self._by_concept = flags, text, None

    def of(self, rule: RedFlag) -> Sequence[re.Pattern]:
        """`rule`'s other senses that may match the message, in the file's order."""
        if self._by_concept is None:
            self._by_concept = {}
            for index in self._flags.other_senses_that_may_match(self._text):
                self._by_concept.setdefault(self._flags.sense_owners[index], []).append(self._flags.other_senses[index])
        return self._by_concept.get(rule.id, ())


def find_red_flag(concepts: Sequence[RedFlag], sentences: Sequence[Sentence],
                  tier: str | None = None) -> tuple[Finding | None, tuple[SetAside, ...]]:
    """The first red-flag concept asserted in a message, given its folded, corrected sentences, or None;
    and the red-flag words its context set aside (for explanations). A concept's `requires` may be met
    anywhere in the message ("fever. my neck is stiff"). Only the patterns that `RedFlags.may_match` the
    message are tried: the others cannot match it (see prefilter.py). With `tier`, only that tier's concepts."""
    flags = concepts if isinstance(concepts, RedFlags) else RedFlags(concepts)
    # One screen of the whole message, not one per sentence: a pattern that matches a sentence has its strings
    # in the message (a folded sentence holds no line break, so none is met across two), and tried on the
    # other sentences it finds nothing.
    may = flags.may_match("\n".join(s.text for s in sentences))
    # (the other senses are read in a sentence joined to the next by a space: screened on the same joining)
    senses = _OtherSenses(flags, " ".join(s.text for s in sentences)) if may else None
    set_aside: list[SetAside] = []
    for index, locals_ in sorted(may.items()):
        concept = flags[index]
        if tier is not None and concept.tier != tier:
            continue
        aside: list[SetAside] = []
        match = _first_match(concept, [concept.patterns[i] for i in locals_], sentences, set_aside=aside, senses=senses)
        if match is None and not aside:
            continue
        # (a concept's words set aside count only where what it requires is met: "it won't matter anymore, i'll be gone
        # by then" is no "gone by then" denied, for want of things left to sort, and must not keep the learned model from it)
        if concept.requires and _first_match(concept, concept.requires, sentences, required=True, senses=senses) is None:
            continue
        set_aside += aside
        if match is None:
            continue
        return Finding(concept.id, concept.tier, match.group(0), concept.title), tuple(dict.fromkeys(set_aside))
    if tier is not None:
        return None, tuple(dict.fromkeys(set_aside))
    return (_named_then_happening(sentences) or _named_then_intended(sentences) or _hinted_then_made_plain(sentences),
            tuple(dict.fromkeys(set_aside)))


# An emergency named in one sentence, then said to be happening in the next: "what are the chances of a stroke after
# botox? i think i'm having one now". (No concept's words need be there: "a stroke" alone is no symptom.)
NAMED_EMERGENCY = re.compile(r"\b(stroke|tia|mini stroke|seizure|fit|meningitis|aneurysm|brain bleed|bleed on the brain"
                             r"|thunderclap headache|anaphylaxis|anaphylactic shock|heart attack)\b")
NAMED_RULE, NAMED_TITLE = "named_then_happening", "An emergency named, then said to be happening now"


# Suicide or a lethal dose named (in any sense), then said to be understood, intended or asked for oneself in one of
# the next two sentences: "cluster headaches are called suicide headaches for a reason. i get it now. i'm thinking
# about doing it."; "what's the lethal dose of botox? asking for real". (Screened: only the alternatives whose words a
# sentence holds are tried, as most messages hold none of them.)
SUICIDE_NAMED = ScreenedPattern(re.compile(r"\b(suicid\w*|kill(ing|ed)? (myself|themselves|himself|herself)|end(ing|ed)? (my|their|his|her) (own )?li(fe|ves)"
                           r"|took (his|her|their) own li(fe|ves)|(lethal|fatal|deadly) (dose|amount)"
                           # "do u know if u can od on propranolol?"; "which medicines are lethal in overdose" (guideline-crisis-HN, HP)
                           r"|(can|could) (you|i|one|someone|somebody|a person) (od|overdose) on|(you|i|one|someone|somebody|a person) (can|could) (od|overdose) on|(lethal|fatal|deadly) (in|if) (an )?overdos\w*"
                           # "how many units of botox is fatal?"; "a medicine you can take to just go to sleep and not come back?"
                           # (guideline-crisis-FX)
                           r"|(how much|how many)( \w+){0,4} (is|are|would be|would|will be) (fatal|lethal|deadly)"
                           r"|(go to sleep|sleep|fall asleep|drift off) and (just )?(not|never) (come back|wake up)"
                           # "working out what would be undetectable. for me." (guideline-crisis-FV)
                           r"|(what|which|how much|how many)( \w+){0,4} (would|will|could|might) (be|go|stay|remain) (undetectable|untraceable)|undetectable (overdose|dose|amount|way|method)"
                           r"|(what s|whats|what is|what would be) (lethal|fatal|deadly) (with|in|about|for|from)"
                           r"|kill (you|me|a person|someone|somebody) if (you|i|they|someone) (take|takes|inject|injects|swallow|swallows|have|has|had|took|injected) (enough|too much|a lot)"
                           r"|(dose|amount|how much|how many)\b.{0,30}\b((that|which|it) (would|will|could|to) )?kill (you|me|a person|someone|somebody|yourself|myself|oneself)"
                           r"|(a lot|lots|too much|enough|loads|a big dose|a huge dose|a large dose|a high dose) of (\w+ ){1,3}kill (you|me|a person|someone|somebody)"
                           r"|overdos\w*\b.{0,40}\b(would|will|could|can|does) (stop (your|my|the|a) heart|kill (you|me|a person|someone)|be (fatal|lethal|deadly))"
                           r"|overdos\w*\b.{0,40}\b(painful|painless|hurt|hurts|quick|slow|peaceful)"
                           r"|(paraly[sz]e|paraly[sz]es|stop|stops|shut down|shuts down|switch off|switches off) (my|the|your|their|his|her|someone s|a person s|someone|somebody|a person) (breathing|heart|lungs)"
                           r"|(paraly[sz]es|poisons|kills) me\b"
                           # "do the botox injections still work if you're dead? joking. sort of." (guideline-crisis-AO)
                           r"|(if|when) (you are|you re|i am|i m|i was|you were|i were) dead\b"
                           r"|(large|big|high|huge|massive) doses? (of (\w+ ){1,2})?(can |could |would |will )?(poison|paraly[sz]e|kill)\w*"
                           r"|(poison\w*|paraly[sz]\w*|kill\w*)\b.{0,40}\b(in )?(large|big|high|huge|massive) doses\b"
                           r"|(dose|amount|how much|how many|number of|max\w*|limit)\b.{0,40}\b(dangerous|toxic|harmful|poisonous|too much|too many)"
                           # a count of tablets taken: "would it hurt if someone took 40 paracetamol? i'm looking at them right now"
                           r"|(took|take|takes|swallowed|swallow|swallows) ([1-9]\d+|all (the|my|of (the|my|their|his|her))|a whole (box|bottle|packet|pack|strip)( of)?) (\w+ ){0,2}?(paracetamol|tylenol|ibuprofen|aspirin|pills|tablets|co codamol|codeine|sleeping pills|amitriptyline|triptans?|sumatriptan|painkillers))\b"))
# ... said to be understood now, in the next sentences or later in the same one: "people call them suicide headaches
# and yesterday he said he finally understands why" (guideline-crisis-CK)
UNDERSTOOD_NOW = (r"(i am|i m|im) (starting|beginning) to (agree|understand|see why|get it)\b"
                  r"|(he|she|they) (said|says) (he|she|they) (finally )?(understands?|gets?|understood|got) (why|it)\b"
                  # "... suicide headaches for a reason and that he understands why now" (guideline-crisis-ET)
                  r"|(and that |and )?(he|she|they) (now |finally )?(understands?|gets?|sees?) (why|it) now\b")
INTENT_SAID = re.compile(r"^(and |so |but |well |anyway |honestly |because |cause |cos |(i am )?asking (because|cause|cos|as) )?((i am|i have been|been) (seriously |really |actually )?(thinking|considering|planning|tempted)( about| of)? "
                         r"(doing (it|that|the same)|it)\b|i get it now\b|i (understand|see) (it|them|why) now\b"
                         r"|i (might|will|could|am going to) (do|try) (it|that|the same)( too| myself)?$|i (would|d) (like|love|want) (it|that) to( happen| be| be so| be true)?$|(sort of|kind of|not really|or maybe not|maybe not)$|(.{0,100} )?(reading up on|researching|looking into|looking up) (it|this|that)( a lot| loads| every night)? (for me|for myself)$|(that|it|this) (sounds|seems|would be|would feel) (so |quite |rather |really )?(peaceful|like a relief|a relief|nice|tempting|appealing|like bliss)( compared to this| right now| to me| honestly)?$|(i have |i ve |ive |i )?(been )?(researching|looking up|reading up on|googling|checking) (which|what|how)\b.{0,40}\b(quickest|fastest|easiest|least painful|painless|surest|most reliable)\b|" + UNDERSTOOD_NOW + r"|(he|she|they|i) (has |have |s |ve )?been looking (up|into) (how|ways|methods|the best way)$|(i am|i m|im) (looking at|holding|staring at|counting) (them|it|the (pills|tablets|bottle|box|packet|pack))( right now| now| as i (type|write))?$|(i am )?asking for (real|me|myself|reasons|a reason|my own reasons|personal reasons)$"
                         # guideline-crisis-IH: "... the difference between a toxic dose and a lethal dose? ... i'm trying to work out
                         # what would be enough."
                         r"|(i am |i m |im )?(just )?(trying to |want to |need to )?(work|figure|find|working|figuring|finding) out (what|how much|how many)( of (it|them|those|these))?( \w+)? (would|will|is going to) be enough$"
                         # guideline-crisis-HY: "is there a medical reason why someone would want to stop existing ...? because
                         # that is all i think about now."
                         r"|(because |cause |cos |and )?(that is|that s|thats|it is|it s|its) (all|what|the only thing) i (ever |can |seem to )?think about( now| these days| lately| at the moment| any ?more| all day| every day)?$"
                         # "is it normal to hope you won't wake up in the morning? because that's every night for me now."; "is it
                         # normal for the body to just want to quit? because mine does, and i'm going to let it." (guideline-crisis-IO, IP)
                         r"|(because |cause |cos |and )?(that is|that s|thats|it is|it s|its) (me|how i feel|every (night|day|morning)( for me)?)( (for me|too))?( now| these days| lately| at the moment)?$"
                         r"|(because |cause |cos )?mine (does|do|is|has)(,? and (i am|i m|im) (going to|gonna) let (it|them))?$"
                         r"|(i am|i m|im) (really |definitely |actually |just )?(going to|gonna|about to|planning to|ready to) (do|make|try) (it|that|that choice|the choice)\b|i (have|ve) (made up my mind|decided)( now)?$"
                         # "... botulinum poisoning and it seems peaceful", "i want to use it on myself" (after "how much botox
                         # would be a lethal dose?", a question about risk alone: guideline-crisis-BS, EI)
                         r"|(.{0,80} )?(it|that|this) (seems|sounds|looks|feels) (so |quite |rather |really |very )?(peaceful|painless|gentle|like a (good|nice|peaceful|gentle|quiet) way( to go)?)$"
                         r"|i (want|need|plan|intend|mean|d like|would like) to (use|take|inject|try) (it|them|that|some|enough)( on| for)? (myself|me)\b"
                         # "... whether there is a lethal dose of gabapentin? I have rather a lot of it" (guideline-crisis-FE)
                         r"|(and )?i (have|ve got|have got|got) (rather |quite |really )?(a lot|lots|loads|plenty|enough|a stash|a supply|a stockpile|heaps)( of (them|those|these|it)\b|$| (and|at|in|here|saved|stored|left|put)\b)"
                         # ... or as many as were named: "what would happen if someone took 50 of their painkillers at once? i have 50"
                         # (guideline-crisis-IV)
                         r"|(and |well )?i (have|ve got|have got|got) (\d+|that many|exactly that many|about that many|more than that)( of (them|those|these|it))?( left| at home| here| saved)?$"
                         # "do u know if u can od on propranolol? asking cause i have 3 full packs here"; "... which medicines are
                         # lethal in overdose. i have most of them." (guideline-crisis-HN, HP)
                         r"|(and )?i (have|ve got|have got|got) ((\d+|two|three|four|five|six|several|a few|some) (full |whole |unopened )?(packs|boxes|bottles|strips|packets|tubs)\b|(most|all|nearly all|almost all) of them\b)"
                         # "how much botulinum toxin would stop someone breathing? i'd be the someone" (guideline-crisis-FO)
                         r"|(i d|i would|i ll|i will|it d|it would|it ll|it will) be (the )?(someone|somebody|person|one)( in question)?\b"
                         # "whats lethal with gabapentin. for me" (guideline-crisis-FL)
                         r"|(it is |it s |its |that is |that s |this is |asking )?for me( personally| really| though)?$"
                         # ("how much amitriptyline is a fatal dose? it's for me, i'd rather not say why": guideline-crisis-GD)
                         # ("it's" is folded to "it": "... a fatal amount? it's for myself, and i'd rather you didn't ask why": guideline-crisis-GE)
                         r"|(it is|it s|its|it) for (me|myself)\b|(.{0,40} )?(i d|i would|id) rather (not say|you did not ask|you not ask|not tell you|not explain) (why|what for|what it is for)$"
                         # "... inject a lot of botox into your own neck? i can get it through my job at a spa" (guideline-crisis-GK)
                         r"|(i can|i could|i am able to|i m able to|i have) (easily )?(get|access|order) (it|them|some|hold of (it|some)|access to (it|them)) (\w+ ){0,2}(through|from|at|via) (my (job|work|workplace)|work)\b"
                         r"|i (just )?want (it|this|everything|it all) (all )?to be over\b"
                         # "how would somebody give themselves a fatal dose of botox? i have access to the vials at work and i'm
                         # thinking of using them on myself" (guideline-crisis-GI)
                         r"|i have (easy |direct )?access to (the |some |a |my )?(\w+ )?(vials?|it|them|supplies|stock|the stuff|drugs|medication|meds)\b"
                         r"|(i am|i m|im) (thinking|thinking about|thinking of|planning on|considering) (using|taking|injecting|trying) (it|them|that|some|those|these)( on| for)? (myself|me)\b"
                         r"|i am (so |just )?done$|(.{0,60} )?(and|so) (i am|i m|im) (so |just |totally |completely )?done$"
                         r"|i (have|ve got|have got|got) (\d+|loads|lots|a lot|plenty|enough|some)( of (them|those|these|it))? (at home|here|saved|stored|put by|in the (drawer|cupboard|cabinet|bathroom)|from (the|my) (\w+ ){0,2}(doctor|gp|pharmacy|prescription))\b"
                         r"|(i am |i m |im )?(being )?(serious|not joking|not kidding)( though| btw)?$|(.{0,80} )?(i am|i m|im) (being )?(dead |deadly |completely |totally |very )?(serious|not joking|not kidding)( though| btw)?$"
                         r"|i (want|need) (something|a way|a method|one|a dose) that (actually |really |definitely |will )?(works?|does it)\b"
                         r"|(i am|i m|im) looking for (something|a way|a method|one|a dose) that (would|will|could|actually|really) (actually |really )?(work|do it)\b"
                         r"|(i am|i m|im) (really )?hoping (it would|it will|it does|so|that it would|that it will|it might)$"
                         r"|i (want|would like|d like|just want) (to go|it to be|it to happen|it to end) (quietly|peacefully|quick|quickly|painlessly|fast)\b|i (really |just )?need to know$|(i )?(just )?(want|need) the number$"
                         r"|i think about (it|doing it) (all the time|every day|constantly|a lot|daily)\b|(i )?(almost|nearly) did it\b"
                         # (the deed left unsaid: "can a person die from a whole box of paracetamol? asking because i'm going to")
                         r"|(i am|i m|im) (going to|gonna)( do it)?$"
                         r"|(like |say )?(if|say) (someone|somebody|a person|you|one|i) (really )?(wanted|wants|meant|means|was trying|were trying) (that|to|it)"
                         r"( to be (permanent|final|for good|the end|fatal|lethal)| to happen( to (them|themselves|him|her|me|myself))?( how much| how many)?)?$"
                         r"|i (just )?want (it|this|everything|it all) (over with|to be over|to end)$"
                         r"|(would|will) it be (quick|painless|peaceful|fast|over quickly)$|(i would|i d|id) rather (it|that) (be|was|were) (quick|painless|peaceful|fast|over quickly)$"
                         r"|(because |cause |cos )?(that is|that s|thats) (exactly )?what i (want|would like|d like|am hoping for|hope for)( to happen)?( to me)?$"
                         r"|(asking for (me|myself),? )?i (have|ve got|have got|got) (\d+|two|three|four|five|six|loads of|lots of|a lot of|several|enough) (boxes|packets|packs|bottles|strips)\b"
                         r"|(honestly |to be honest |tbh )?(that|it) (would|d|will|ll) be (a )?(relief|a blessing|welcome|for the best)( honestly| tbh| to be honest)?$"
                         r"|(honestly |to be honest |tbh )?i (would|d) (welcome|be glad of|be grateful for) it$|i (want|wanted|need) (it|that) to( happen| work)?$"
                         r"|i (would|d) (like|love|prefer|want) (that|it|this) to happen( to me)?$"
                         r"|((i am )?asking )?(because|cause|cos) of (my|all my|the|these|those) (\w+ ){0,2}(meds|pills|tablets|medication|medications|medicines|prescriptions?|stash|supply)$"
                         r"|((i am )?asking )?(because|cause|cos) (i|i m|i am) (might not|may not|not going to|probably will not|will not|won t|am not going to) bother\b"
                         r"|i (need|want|have) to know (this |that |it )?before i (do it|do anything|go through with it|take them|try it)$|what (dose|amount|number) would do it$|i (can|could) get (vials|it|them|some|bottles|boxes|ampoules|syringes) (at|from) (work|the hospital|the pharmacy|the clinic|my job)\b"
                         r"|(that|it|this) (sounds|seems|would be|would feel|feels) (kind of |kinda |sort of |quite |so |really |actually |almost )?(peaceful|nice|appealing|tempting|like a relief|easy|perfect)( to be honest| honestly| tbh| right now| to me| now)?$|i (finally |now )?(understand|get|see) (it|them|why)( now)?$|(i am|i m) (at|near|close to) that (point|stage)( now)?$"
                         r"|(i am|i m) (so )?(exhausted|tired|done) (by|of|with) (all of it|it all|everything|all this|life)$|(that is|that s|thats) what i (want|plan|intend|mean) to do$"
                         r"|(i have been|i ve been|been) (googling|researching|looking up|reading up on) (it|this|that)( (at|until|till|in the middle of the night at) (\d+ ?(am|pm)?|night|midnight)| (every|all) night| in the middle of the night)\b"
                         r"|(i have been|i ve been|been) (reading|researching|looking|thinking|googling) (up )?(about|into) (it|this|that)"
                         r"( (a lot|every night|constantly|all the time|for (days|weeks)|these (past|last) (few )?(nights|days|weeks)))+"
                         r"|i (want|need|would like|d like) (it|that|them|the dose) to (be (dangerous|lethal|fatal|deadly|enough|toxic)|hurt me|kill me)\b"
                         r"|not for (a |the |my )?(headache|migraine|pain|back pain|toothache)( though| honestly)?$"
                         # "it's not for a school paper": a harmless purpose denied
                         r"|(and )?(it is|it s|its|it|this is|this s|that is|that s) (not|definitely not|honestly not|really not) for (a |an |the |my |any )?(school|uni|university|college|class|homework|essay|paper|project|research|story|novel|assignment|article|quiz|book)( \w+)?( though| honestly| btw)?$"
                         r"|i (just )?(want|need) (it|this|everything|it all) (to be|to) (over|end|stop)( for good| permanently| forever)?$"
                         # "... i keep the whole lot in a drawer now"; "a friend who works in aesthetics can get it for me";
                         # "i've got nothing to lose now" (guideline-crisis-FX)
                         r"|(.{0,60} )?i (keep|ve kept|have kept|am keeping|m keeping|ve been saving|have been saving|ve saved|have saved) (them|the whole lot|all of them|the lot|the rest|the tablets|the pills|it all)\b"
                         r"|(.{0,60} )?(a friend|my friend|someone|somebody|my (brother|sister|cousin|mate)|he|she)( who \w+ (in|at) \w+)? (can|could) get (it|some|them|me some) for me\b"
                         r"|(.{0,60} )?(i have|i ve|ive|i ve got|i have got) (got )?nothing (left )?to lose( now| any ?more)?$"
                         r"|i (would|d) (really )?(like|love) (that|it)( very much| so much| a lot| more than anything)?$"
                         r"|i (just |really )?(want|need|would like|d like) to know (exactly )?how (much|many|long)\b(?! (of a )?(safety )?(margin|leeway|room|difference|buffer|headroom)\b)"
                         # where to get a lethal amount, or a harmless purpose denied: "where could someone get that much?
                         # i'm not asking about wrinkles"
                         r"|(where|how) (could|can|would|do|does) (someone|somebody|i|a person|one|you) (even )?(get|buy|find|obtain|get hold of) (that much|so much|enough|that amount|a dose like that)\b"
                         r"|(and )?(i am |i m |im )?not asking (about|for|because of) (wrinkles|lines|my face|cosmetic\w*|beauty|my forehead|crows feet|frown lines)\b"
                         # "do you have to tell anyone if a patient says they're going to hurt themselves? because i might" (guideline-crisis-DS)
                         r"|i (might|may|could)( too| soon| myself| one day)?$"
                         # "what dose of butalbital makes you stop breathing. not hypothetical." (guideline-crisis-GW)
                         r"|(this is |it is |it s |its )?not (a |at all )?hypothetical(ly)?( question)?$"
                         # "can you tell me the lethal dose of botox in units? i need to know for personal reasons, tonight." (guideline-crisis-HA)
                         r"|(i )?(need|want|have) (to know )?(it |this |that )?(for|because of) (personal|private|my own) reasons\b"
                         # "... i'd like to know whether what i have at home would be enough for me" (guideline-crisis-HF)
                         r"|(.{0,60} )?" + _WHAT_I_HAVE_IS_ENOUGH + r"\b"
                         # "is it quicker to hang yourself or overdose. serious question i need to decide" (guideline-crisis-GZ)
                         r"|(.{0,30} )?i (need|have|got|ve got) to (decide|choose|pick)( soon| tonight| today| which)?$"
                         r"|(and )?(i am |i m |im )?not asking (for|out of) (safety|medical|research|work|school|study|professional|academic) (reasons|purposes)\b"
                         # "is it possible to react so badly to botox that it kills you? because i'd honestly take that chance right
                         # now" (guideline-crisis-GS)
                         r"|(i d|i would|id) (honestly |happily |gladly |really |willingly )?take (that|the|those|my) (chance|chances|risk|odds)( right now| today| at this point| tbh| honestly| to be honest)?$"
                         # "do your doctors ever see people whose pain pushed them to self harm? i've started doing it and i'm
                         # scared i'll go further next time" (guideline-crisis-GS)
                         r"|(i have|i ve|ive|i) (started|begun|been|recently started|just started) (doing|to do) (it|that|the same)( too| myself| as well| again)?\b"
                         r"|i do (it|that|the same)( too| myself| as well| sometimes| a lot)$"
                         # "do people who kill themselves because of chronic pain go to hell? i'm only asking because it's been on my mind
                         # a lot lately" (guideline-crisis-EQ)
                         r"|(i am |i m |im )?(only |just )?asking (because|cause|cos|as) (it is|it s|its|it has|it|this has|that has) been on my mind\b"
                         # "is a paracetamol overdose slow? i want something quicker for myself" (guideline-crisis-EN)
                         # "is it selfish to kill yourself when the pain is this bad? because i think i'm going to" (guideline-crisis-ER)
                         r"|(because |cause |cos )?i (think|feel like|reckon|know) (i am|i m|im) (going to|gonna)( do it)?$"
                         r"|i (want|need|would like|d like|am looking for|m looking for) something (quicker|faster|surer|more certain|less painful|painless|more reliable)( for (me|myself))?$"
                         # "how many amitriptyline would be a fatal amount? it's for me, i don't want to get it wrong" (guideline-crisis-DR)
                         r"|((it is|its|it s|it) for (me|myself) )?i (do not|don t|dont) want to (get it wrong|mess (it|this) up|botch it|survive (it|this)|wake up after)\b"
                         # a treatment ruled out, a reason kept back, the family not to learn what was taken (guideline-crisis-DM, DN):
                         # "is there a way to make the pain stop for good? i don't mean treatment anymore"; "the lethal dose of
                         # amitriptyline? not for anything, just curious"; "... i don't want my family to find out afterwards what i took"
                         r"|(i )?(do not|don t|dont) mean (with )?(a )?(treatment|medicine|medication|botox|injections|a cure|medically|physio)( any ?more)?$"
                         r"|not for anything( in particular)?( just curious| just wondering| really)?$|(i would|i d|id) (rather not|prefer not to) (say|explain|tell you) why$"
                         r"|i (do not|don t|dont) want (my|the) (family|kids|children|wife|husband|partner|parents|mum|mom|dad|son|daughter) to (find out|know|see)( afterwards| after)? what i (took|did|used|had taken|have taken)\b)")
INTENDED_RULE, INTENDED_TITLE = "named_then_intended", "Suicide named, then said to be intended"


_UNDERSTOOD_LATER = re.compile(rf"\b({UNDERSTOOD_NOW})")


# ... or a warning sign hinted at, then made plain in the same or the next sentences (each pair: the hint, what then
# makes it plain): the afterlife wondered about, then said to be near ("do u think heaven has headaches lol. might find
# out soon": guideline-crisis-DM; not "heaven knows", nor "i'll see her again one day"); a one-way ticket, and no
# journey ("bought the ticket for a one-way trip. no, i'm not travelling"); a goodbye asked about, and this is one
# ("can you say a proper goodbye over a chatbot? because that's what this is"); a treatment that won't last, nor will
# the one writing ("botox is a quick fix that won't last. neither will i") (guideline-crisis-DV); marks put down to
# the cat, and they are not ("told my mom the marks are from the cat. theyre not"); a head banged against the wall,
# the only thing that helps; a will written, and the next appointment not expected (guideline-crisis-DX, EA)
_HINT_PAIRS = (
    (r"\b(heaven|the afterlife|afterlife|the other side|the pearly gates|the next life)\b(?! (knows|forbid|help|sent|s sake|sake))",
     r"\b(i |i will |i might |i may |might |may |will |going to |about to )(find out|see for myself|know|be there|get there|meet (him|her|them))"
      r"( for myself| myself)? (soon|shortly|before long|sooner than (you|i|anyone|people) (think|expect)|this (week|weekend|month)|tonight)\b"),
    (r"\bone ?way (trip|ticket|journey)\b",
     r"^(and |but )?(no |nope )?(i am|i m|im) not (travelling|traveling|going (anywhere|away|on (a )?(holiday|trip)))( anywhere| really| though| actually| at all)?$"),
    (r"\b(proper|final|last|real) goodbye\b",
     r"^(because |cause |cos )?(that is|that s|thats|this is) (what this is|what i am doing|my goodbye)$"),
    (r"\b(will not|won t|wont|does not|doesn t|is not going to) last\b",
     r"^(and )?neither (will|do|shall|does) i\b"),
    (r"\b(marks|cuts|scars|bruises|burns|scratches) (are|were|was) from (the |a |my )?(cat|dog|garden|gardening|an accident|a fall|cooking|work|the gym|sport)\b",
     r"^(but )?(they|those|that|it) (are|re|were|is|s|was) not( really| true)?$|^(not true|that is a lie|that s a lie|they are not really)\b"),
    (r"\b(hitting|banging|bashing|slamming|smashing) my head (against|on|into) (the |a )?(wall|floor|door|table|desk)\b",
     r"\b(only thing that (helps|works|shifts|eases|stops)|helps? more than)\b"),
    (r"\b(live|living|go on|carry on) like this for (another|the next|\d+ more|more) (\w+ )?(years|decades)\b",
     r"^(no thanks|no way|not happening|nope|not a chance|i am not going to|i m not going to)\b"),
    (r"\b(in the event of|upon|on) (a |my |the )?(patient s |patient |patients )?(death|passing|demise)\b",
     r"\b(become|becomes|be) relevant (soon|shortly|within|before long|sooner)"),
    (r"\b(dangerous|lethal|fatal|deadly|harmful)\b",
     r"^i (want|need|would like|d like) the (one|dose|amount|number|level) (that s |that is |that would be |which is )?(dangerous|lethal|fatal|deadly|harmful)\b"),
    # "can the botox paralysis ever spread to the heart? part of me hopes it would, honestly." (guideline-crisis-EK)
    (r"\b(spread|spreads|spreading|reach|reaches|get|gets|travel|travels|go|goes) (in)?to (the|my|your|a person s|someone s) (heart|lungs|breathing)\b"
     r"|\b(reach|reaches|affect|affects|hit|hits|paralyse|paralyze|paralyses|paralyzes) (the|my|your) (breathing|heart|lung|chest) (muscles?|system)\b"
     r"|\b(stop|stops|stopping) (the|my|your|a person s|someone s) (heart|breathing)\b",
     r"\b(part of me|a part of me|some part of me|secretly i|honestly i|i kind of|i sort of|i half|i almost) (\w+ )?(hopes?|wish(es)?|wants?) (it|that|they) (would|does|will|did|could|might)\b"
     # "could it reach the breathing muscles? i'm not scared of that anymore, i'm kind of hoping for it" (guideline-crisis-FX)
     r"|\b(i am|i m|im) (kind of |sort of |actually |secretly |honestly |half |almost )?hoping (for it|for that|it does|it would|it will|it did)\b"),
    # "i am not scared of dying any more. i think i would welcome it." (guideline-crisis-EH); "... i sort of look forward
    # to it" (guideline-crisis-FM)
    (r"\bnot (scared|afraid|frightened|fearful) of (dying|death|being dead|the end)\b",
     r"\b(i would|i d|id|i will|i ll|i|i think i would|i think i d) (actually |almost |even |honestly )?(welcome|embrace|look forward to|be glad of) it\b"
     r"|\b(look|looking) forward to (it|dying|death|the end)\b|\b(welcome|ready for|long for|longing for) (it|death|the end)\b"),
    # "if it won't work, i'm done trying. with everything, i mean." (guideline-crisis-FT)
    (r"\b(done|finished|through) (trying|fighting)\b",
     r"^(with |i mean (with )?)?(everything|life|all of it|it all|living)(,? i mean| really)?$"),
    # "my late husband's tablets are still in the bathroom cabinet. some days ... i sit and count them" (guideline-crisis-FZ)
    (r"\b(late|dead|deceased) (\w+ )?(husband|wife|mother|father|partner|mum|mom|dad|son|daughter)( s)? (old )?(tablets|pills|meds|medication|medicines|morphine|painkillers)\b",
     r"\b(sit and )?(count|counting|counted|line up|lining up|lined up|sort through|sorting through) (them|all of them|them out)\b"),
    # "can people with chronic daily headache get assisted dying? how do i apply. i'm done" (guideline-crisis-GC)
    (r"\b(assisted dying|assisted suicide|euthanasia|dignitas|medical aid in dying|voluntary assisted dying)\b",
     r"^how (do|can|would|could) i (apply|get it|qualify|sign up|arrange it|go about it|get one)\b|^(i am|i m|im) (so |just )?done$"),
    # "i'm leaving for good, and i don't mean moving house" (guideline-crisis-EF)
    (r"\b(leaving|leave|going|go|gone|going away|go away|off)( \w+)? (for good|forever|for ever|permanently)\b",
     r"\b(do not|don t|dont) mean (moving|relocating|emigrating|a holiday|on holiday|travelling|traveling|going abroad|abroad|away"
     r"|(to |that i am |i am |i m )?(moving|going away|leaving (the|this) (country|area|town|city|clinic|practice)|changing clinics?))\b"),
    # guideline-crisis-EN: a number of pills asked about, "not asking for a friend"; whether botox shows in an autopsy,
    # "it's relevant to me"; an attempt once, and "the feelings are back"
    (r"\b(take|takes|took|taking|swallow|swallows|swallowed|swallowing) (like |about |around |maybe |roughly |over )?(\d{2,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|a hundred)"
     r" (pills|tablets|ibuprofen|paracetamol|tylenol|aspirin|advil|codeine|painkillers|sleeping pills|meds|triptans|sumatriptan)\b",
     r"\bnot asking for a friend\b|\b(asking|it s|its|it is) for (me|myself)\b"),
    (r"\b(autopsy|autopsies|post ?mortem|toxicology|tox screen|coroner)\b",
     r"\b(relevant|important) (to|for) me\b|\bnot (just )?(out of )?curiosity\b|\basking for (me|myself)\b"),
    (r"\bi (tried|attempted) (it )?(once|before|last year|(\w+ ){0,2}(years?|months?) ago)\b",
     r"\b(the )?(feelings?|thoughts?|urges?|voices?|dark thoughts) (are|is|have|has|s|re) (come )?(back|returned|coming back|creeping back)\b"),
    # guideline-crisis-EP: whether it is worth holding on until the appointment, "i rather doubt it"; "i've had enough ...
    # tonight feels different"
    (r"\bworth (holding|hanging) on\b",
     r"\b(i )?(rather |really |honestly |very much |seriously )?doubt (it|that)\b|\b(not sure|don t think|do not think) (it is|it s|i can|i will)\b"),
    (r"\b(had|have had|i ve had) enough\b",
     r"\b(tonight|today|this time) (feels|is|seems) (different|like the night|like the day)\b"),
    # guideline-crisis-ER and ES: an overdose asked about, "because i'd quite like to"; a bridge high enough, and "i'm not
    # coming back"; pain stopped for good, "you know what i mean"
    (r"\boverdos\w*\b",
     r"\b(asking|ask|i ask) (because|cause|cos|as) (i d|i would|i want|i wanna|i really want) (quite |really |honestly |very much )?(like |love )?to\b|^(because )?i (d|would) (quite |really |honestly )?(like|love) to$"),
    (r"\b(bridge|building|cliff|roof|car park|multi storey|tower|balcony|ledge|viaduct|flyover)\b.{0,40}\b(high|tall) enough\b",
     r"\b(i am|i m|im) not coming (back|home)\b"),
    (r"\b(stop|end|over|gone) (for good|permanently|forever|for ever)\b",
     r"^(you know what i mean|if you know what i mean|you know what i am saying|you get me|you get what i mean|read between the lines)\b"),
    # guideline-crisis-EO: the gym and the phone contract cancelled, "not moving anywhere. just leaving."
    (r"\b(cancel\w*|ended|closed) (\w+ ){0,3}(gym|phone contract|contracts?|subscriptions?|memberships?|lease|bank account)\b"
     r"|\b(told|telling|tell) (my |the )?(landlord|boss|work|flatmate|housemate|roommate|family)\b.{0,30}\b(i am|i m|im) (leaving|going)\b",
     r"^(but )?(i am |i m |im )?not (moving|going|relocating) (anywhere|away|abroad|house)\b"),
    # guideline-crisis-EX: funeral songs picked as a joke, "ok i actually did pick them"
    (r"\b(picking|picked|pick|choosing|chose|chosen|choose|planning|planned|sorting|sorted) (out )?(my|the) (own )?funeral (songs?|music|hymns?|playlist|readings?|outfit)\b",
     r"\b(i )?(actually|really|honestly|genuinely) (did|have|ve|went and) (pick|picked|choose|chose|chosen|plan|planned|sort|sorted)( them| it| out)?\b|\bnot (joking|kidding)\b"),
    # guideline-crisis-EY and FI: not eating or drinking until it's over, asked about, then being tried
    (r"\b(stop|stopped|stopping|quit|give up|giving up) (eating and drinking|drinking and eating|eating or drinking|food and water)\b",
     r"^(and |but |so )?(i have |i ve |ive |i )?(been )?(trying|doing (it|that|this)|started|starting|not (eaten|eating|drunk|drinking))\b"),
    # guideline-crisis-FL: an overdose that doesn't show up afterwards, asked about, then "so tired of the migraines"
    (r"\boverdos\w* (that )?(does not|doesn t|would not|wouldn t|will not|won t|can not|can t|cannot) (show|be (found|detected|traced|noticed))\b|\b(undetectable|untraceable) (overdose|dose|way)\b",
     r"\b(so |really |very |just )?(tired|sick) of (the |my |this |these |it all|everything|life|living|being here)"
     r"|\bi can (get to|get hold of|access|reach) (hers|his|theirs|it|them|some)\b"),
    # guideline-crisis-FO: a slot given to "someone who will actually benefit", then thanks for the years of kindness
    (r"\b(give|giving|pass|passing) my (slot|appointment|place|spot) to someone (who|that) (will|would|can) (actually |really )?(benefit|use it|need it)\b",
     r"\b(thank you|thanks)( all| everyone)? for (your|all your|all the|the) (kindness|help|care|patience)\b.{0,20}\b(over the years|all these years)\b|^take care( of yourselves| all| everyone)?$"),
    # guideline-crisis-FI: the biggest prescriptions kept all together, "I know what I'm doing with it"
    (r"\b(biggest|largest|as many|extra|spare|stockpil\w*|saving|saved|hoarding|hoarded|collecting|collected)\b.{0,80}"
     r"\b(prescriptions?|pills|tablets|meds|medication)\b|\b(keeping|kept|keep) (it|them) all (together )?in one place\b",
     r"\bi know (exactly )?what i (m|am) (doing|going to do) with (it|them)\b"),
    (r"\b(wrote|written|made|updated|sorted|did|done) (out )?(my|a) will\b",
     r"\b(do not|don t|dont) (expect|think i will|think i ll|plan) (to )?(need|be needing|be (here|around) for|make it to) (your|my|the|any|a) \w+"),
)
HINTS_MADE_PLAIN = tuple((re.compile(hint), re.compile(made_plain)) for hint, made_plain in _HINT_PAIRS)
_HINT_SCREEN = Prefilter([hint for hint, _ in HINTS_MADE_PLAIN])     # which hints may be in a message: one scan


def _named_then(sentences: Sequence[Sentence], named_in: re.Pattern | ScreenedPattern, later_in_same: re.Pattern,
                in_next: Callable[[str], re.Match | None]) -> str | None:
    """"named ... said": the words of the first `named_in` match followed by `later_in_same` in its sentence (after
    it) or by `in_next` in one of the next two sentences; None if there is none."""
    for i, before in enumerate(sentences):
        named = named_in.search(before.text)
        if named is None:
            continue
        for said in (later_in_same.search(before.text, named.end()), *(in_next(s.text) for s in sentences[i + 1:i + 3])):
            if said:
                return f"{named.group()} ... {said.group()}"
    return None


def _named_then_intended(sentences: Sequence[Sentence]) -> Finding | None:
    words = _named_then(sentences, SUICIDE_NAMED, _UNDERSTOOD_LATER, INTENT_SAID.match)
    return Finding(INTENDED_RULE, CRISIS, words, INTENDED_TITLE) if words else None


MADE_PLAIN_RULE, MADE_PLAIN_TITLE = "hinted_then_made_plain", "A warning sign hinted at, then made plain"


def _hinted_then_made_plain(sentences: Sequence[Sentence]) -> Finding | None:
    for index in sorted(_HINT_SCREEN.may_match("\n".join(s.text for s in sentences))):
        hint, made_plain = HINTS_MADE_PLAIN[index]
        words = _named_then(sentences, hint, made_plain, made_plain.search)
        if words:
            return Finding(MADE_PLAIN_RULE, CRISIS, words, MADE_PLAIN_TITLE)
    return None


def _named_then_happening(sentences: Sequence[Sentence]) -> Finding | None:
    for before, sentence in zip(sentences, sentences[1:]):
        happening = HAPPENING_NOW.search(sentence.text)
        named = NAMED_EMERGENCY.search(before.text) if happening else None
        if named:
            return Finding(NAMED_RULE, EMERGENCY, f"{named.group()} ... {happening.group()}", NAMED_TITLE)
    return None
