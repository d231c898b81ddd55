"""Red-flag rules: symptoms that need emergency care now, checked before any answer.

The rules read the message folded and with misspellings corrected, but
before the synonyms of settings.yaml are applied (`Analysis.corrected`): no
edit of the synonyms can silence a rule, so the rules name the variants
themselves ("headache|migraine", "botox|injection|shot|jab"). A rule fires on any of its patterns, and on one of its `also`
patterns as well where it has them (fever *and* stiff neck). Rules read one
sentence at a time, and a match only counts when `context.py` (ConText) finds
it asserted now: not negated ("no fever", "never had a seizure or passed
out"), not long past or resolved ("hit my head years ago", "it went away"),
not hypothetical or a question about risk ("what if i can not swallow",
"can botox cause double vision?"). Symptoms told of someone else ("my son",
"my mom") count like one's own.

`find_red_flag` returns the first rule that fires, crisis first, then
emergency, then urgent-today: the tier, whose reply text is in settings.yaml
(messages: crisis, emergency, urgent_today).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .context import NEGATORS, RECENT, Sentence, historical, hypothetical, negated

from .intents import CRISIS as URGENT_CRISIS, EMERGENCY as URGENT, URGENT_TODAY

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
""".split()

_SYMPTOM_WORDS = frozenset(VOCABULARY) - frozenset("""
see head pain face arm arms leg legs hand body side left right words take get feel move touch live life ever
eye eyes red full deep catch wake lift bend control strong
""".split())


@dataclass(frozen=True)
class RedFlag:
    name: str
    tier: str           # emergency, urgent_today or crisis
    patterns: tuple[re.Pattern, ...]
    also: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A red flag found in a message: which rule, which tier (emergency, urgent_today, crisis), what words."""

    rule: str
    tier: str
    words: str


def _rule(name: str, tier: str, patterns: list[str], also: list[str] = ()) -> RedFlag:
    return RedFlag(name, tier, tuple(re.compile(p) for p in patterns), tuple(re.compile(p) for p in also))


_BODY = r"(arm|arms|leg|legs|hand|hands|foot|face|body|side)"
_HEADACHE = r"(headaches?|head ?aches?|migraines?|migranes?|head pain)"
_PARALYSED = r"paraly[sz]\w*|parali[sz]\w*"
_TROUBLE = r"(tr(o|u|ou)bb?le|difficulty|difficult|hard|problems?|struggling|struggle|can not|cannot|unable)"
_BOTOX = [r"\b(bot[oeau]x|btx|botulinum|injections?|injected|shots?|jabs?|needles?)\b"]

RULES: tuple[RedFlag, ...] = (
    _rule("self-harm", URGENT_CRISIS, [
        r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (my ?self|myself|herself|himself|themselves|themself)\b", r"\bsuicid\w*",
        r"\bend(ing)? (my|it) (life|all)\b", r"\bend(ing)? it all\b", r"\btake my (own )?life\b", r"\bself ?harm\w*", r"\bwant to die\b", r"\bwish i (was|were) dead\b",
        r"\bnobody would (miss|care about) me\b", r"\bbetter off without me\b", r"\bcan not go on\b",
        r"\bdo not want to (live|be alive|be here|wake up)\b", r"\bbetter off dead\b", r"\bno (reason|point) (to|in) (live|living|go on)\b",
    ]),
    _rule("thunderclap headache", URGENT, [
        rf"\bworst ({_HEADACHE}|pain|head)", r"\bworst\b.{0,30}\b(life|ever)\b", r"\bthunderclap\b", r"\bexplosive\b",
        r"\b(sudden|suddenly|out of nowhere|out of the blue|within seconds|in seconds|in a second)\b.{0,40}\b(excruciating|severe|worst|intense|unbearable|agony|agonizing|blinding)\b",
        r"\b(excruciating|severe|worst|intense|unbearable|agony|agonizing|blinding)\b.{0,40}\b(sudden|suddenly|out of nowhere|out of the blue|within seconds|in seconds)\b",
        r"\b(hit|struck|smacked) (with|by) a (bat|hammer|brick)\b", r"\blike (being|getting|i got|i was) (hit|struck|smacked)\b",
        r"\b(hit|struck|smacked|whacked) me\b.{0,40}\b(bat|hammer|brick)\b",
        r"\blike (a |an )?(lightning|explosion|bomb|gunshot|thunder\w*|bolt)\b", r"\b(head|headache|pain)\b.{0,20}\b(exploded|exploding)\b",
        r"\bcame on (instantly|all at once|in an instant|in a flash)\b",
        rf"\bnever (had|felt|experienced) (such|this|that|a) .{{0,20}}\b(pain|{_HEADACHE})",
        rf"\b(sudden|suddenly)\b.{{0,20}}\b(strong|terrible|horrible|awful|bad)\b.{{0,15}}\b{_HEADACHE}",
        rf"\b{_HEADACHE}.{{0,20}}\b(strong|terrible|horrible|awful)\b.{{0,20}}\b(sudden|suddenly)\b",
    ]),
    _rule("fever with stiff neck", URGENT, [r"\bfever\w*", r"\bhigh temp\w*", r"\btemp\w* (of|is|was|at) (10[0-6]|3[89])\b", r"\b10[0-6](\.\d)? ?(f|degrees)\b"],
          also=[r"\bstiff\w* neck\b", r"\bneck\b.{0,25}\bstiff\w*", r"\bcan not (put|touch|bend|get|move) (my |his |her )?(chin|head)\b", r"\brash\b"]),
    _rule("rash that does not fade", URGENT, [r"\brash\b.{0,40}\b(not fade|not go away when|glass|purple|dark spots)\b",
                                              r"\b(purple|dark red)\b.{0,15}\b(blotch\w*|spots?|rash|marks?|patches)\b"]),
    _rule("weakness or numbness", URGENT, [
        rf"\b(one|left|right) side\b.{{0,40}}\b(weak|weakness|numb|numbness|tingl\w*|{_PARALYSED}|droop\w*|dead)\b",
        rf"\b(weak|weakness|numb|numbness|{_PARALYSED})\b.{{0,25}}\b(in|on|down) (my|his|her|their|the|one) .{{0,12}}\b{_BODY}\b",
        rf"\b{_BODY}\b(?:(?!\bmuscles?\b).){{0,25}}\b(weak|numb|numbness|weakness|went dead|gone dead|{_PARALYSED}|limp)\b",
        rf"\b(can not|cannot|could not|unable to) (move|feel|lift|use|raise) (my|his|her|their) (left |right )?{_BODY}\b",
        r"\bweak\w*\b.{0,25}\b(spread\w*|all over|everywhere|whole body)\b", r"\b(all over|whole body)\b.{0,20}\bweak\w*",
    ]),
    _rule("face drooping", URGENT, [r"\bface\b.{0,25}\bdroop\w*", r"\bdroop\w*\b.{0,10}\bface\b", r"\b(mouth|smile)\b.{0,15}\b(droop\w*|crooked|lopsided)\b"]),
    _rule("slurred speech", URGENT, [
        r"\bslur\w*", r"\b(can not|cannot|trouble|hard to|difficulty|struggling to) (speak|speaking|talk|talking|get (my |his |her )?words out)\b",
        r"\bwords\b.{0,25}\b(wrong|jumbled|garbled|slur\w*|gibberish|make no sense)\b", r"\bspeech\b.{0,15}\b(slur\w*|garbled|strange|weird)\b",
    ]),
    _rule("confusion", URGENT, [
        r"\bconfus(ed|ion)\b(?! (about|by|why|how|if|whether|as to|with|on|over|because))", r"\bdisorient\w*",
        r"\b(very|really|so|extremely|unusually|abnormally|strangely) (sleepy|drowsy)\b",
        r"\b(does not|do not|did not|can not) (know|recogni[sz]e) (what day|what year|where (she|he|i|they) (is|am|are|was)|me|us|her|him)\b",
    ]),
    _rule("fainting", URGENT, [
        r"\b(passed|pass|passing) out\b", r"\bfaint(ed|ing)?\b", r"\bblack(ed)? out\b", r"\blost consciousness\b", r"\bunconscious\b",
        r"\bcan not (wake|rouse) (him|her|them|my)\b", r"\bwill not wake\b", r"\bunresponsive\b", r"\bcollapsed?\b",
        r"\b(not|stopped) responding\b(?! to (the |my |his |her |any )?(botox|treatment|injections?|shots?|jabs?|medications?|meds|drugs?|pills?|anything|tablets?|painkillers?))",
    ]),
    _rule("seizure", URGENT, [r"\bseizure\w*", r"\bconvuls\w*", r"\bhad a fit\b", r"\bfitting\b",
                              r"\b(jerking|shaking|twitching)\b.{0,15}\b(all over|whole body|uncontrollabl\w*)\b"]),
    _rule("vision loss", URGENT, [
        r"\b(can not|cannot|could not|unable to) see\b", r"\blost (my |his |her |the )?(sight|vision)\b", r"\b(vision|sight) (loss|went|gone|is gone|blacked)\b",
        r"\b(went|gone|going) blind\b", r"\bblind in\b", r"\bdouble vision\b", r"\b(seeing|see) double\b", r"\bsudden\w* blind\w*",
        r"\beverything\b.{0,15}\bdoubled?\b", r"\bdoubled?\b.{0,20}\b(when i look|vision|sight)\b",
    ]),
    _rule("head injury", URGENT, [
        r"\bhit (my|his|her|their|your|the) head\b", r"\b(bang|banged|bump|bumped|smack|smacked|knock|knocked|hurt|injured|whacked) (my|his|her|their) head\b",
        r"\bhead (injury|trauma|knock|blow)\b", r"\b(blow|hit|elbow|knee|kick|punch|ball|puck|bat) (to|on|in) (the|my|his|her) head\b",
        r"\bconcussion\b", r"\bknocked (out|unconscious)\b",  r"\bfell\b.{0,40}\bhead\b", r"\bhead\b.{0,20}\b(hit|struck) (the|a)\b",
    ]),
    # Neck trauma is part of the article's story: an accident is an emergency when it is recent.
    _rule("recent accident", URGENT, [
        r"\b(whiplash|(car|road|traffic|bike|bicycle|motorcycle|motorbike|ski|skiing|sports?|bus) (crash|accident|collision|wreck))\b",
        r"\b(crashed|rear ended|got hit by a car)\b",
    ], also=[RECENT.pattern, r"\b(just|now)\b"]),
    _rule("pregnancy with severe headache", URGENT, [r"\b(pregnant|pregnancy|gave birth|had a baby|postpartum|post partum)\b"],
          also=[rf"\b(severe|terrible|worst|awful|pounding|blinding|really bad|very bad|bad)\b.{{0,20}}\b{_HEADACHE}",
                rf"\b{_HEADACHE}.{{0,30}}\b(severe|terrible|awful|will not go away|swelling|swollen|blurr\w*|vision)\b", r"\bswelling\b", r"\bswollen\b"]),
    _rule("trouble swallowing", URGENT, [
        rf"\b{_TROUBLE} (to )?(swallow\w*)", r"\bswallow\w* (is|feels|has been) (hard|difficult|weird|strange)\b",
        r"\bchok(e|es|ing|ed)\b",
    ]),
    _rule("trouble breathing", URGENT, [
        rf"\b{_TROUBLE} (to )?(breath\w*)", r"\bcan not (get|catch|take) (a )?(full |deep )?breath\b",
        r"\bshort(ness)? of breath\b", r"\bbreathless\w*", r"\bwheez\w*", r"\bgasping\b",
    ]),
    _rule("allergic reaction", URGENT, [
        r"\bhives\b", r"\b(throat|tongue|lip|lips|face) (is |are |feels |feel |has |have )?(swell\w*|swollen|closing|tight)\b", r"\bswell\w* (of|in) (my |the )?(throat|tongue|lips|face)\b",
        r"\banaphyla\w*",
    ]),
    _rule("after Botox: hoarse voice or drooping eyelids", URGENT, [
        r"\bhoarse\w*", r"\b(eyelid|eyelids|eye lid|eye lids|eye|eyes)\b.{0,20}\b(droop\w*|hanging|sagging|falling)", r"\bdroop\w*\b.{0,15}\b(eyelid|eyelids|eye|eyes)\b",
        r"\b(bladder|pee|urine|wet myself)\b.{0,30}\b(control|leak\w*)\b", r"\b(can not|could not|unable to|lost|losing|lose) control (of )?(my |his |her )?(bladder|pee|urine)\b",
    ], also=_BOTOX),
    _rule("jaw pain when chewing or a tender scalp", URGENT_TODAY, [
        r"\bjaw\b.{0,40}\bchew\w*", r"\bchew\w*.{0,40}\bjaw\b", r"\b(scalp|temple|temples)\b.{0,25}\b(tender|sore|hurts? to touch|painful to touch)\b",
    ]),
    _rule("painful red eye", URGENT_TODAY, [r"\b(red|bloodshot)\b.{0,15}\beyes?\b.{0,30}\b(pain\w*|hurt\w*|sore|ache\w*)", r"\bpainful (red|bloodshot) eyes?\b",
                                           r"\beyes?\b.{0,20}\b(red|bloodshot)\b.{0,20}\b(pain\w*|hurt\w*)"]),
    _rule("blurred vision", URGENT_TODAY, [r"\bblur\w*\b.{0,15}\b(vision|sight|eyes?)\b", r"\b(vision|sight)\b.{0,15}\bblur\w*", r"\beverything (is |looks )?blur\w*"]),
)


def _asserted(rule: RedFlag, sentence: Sentence, match: re.Match) -> bool:
    """The symptom is said to be happening now: not negated, not long past, not hypothetical (see context.py).
    Thoughts of self-harm count even in an 'if' ("if this doesn't work i'm going to end it")."""
    text = sentence.text
    if negated(text, match.start(), _SYMPTOM_WORDS) or historical(text, match.start(), match.end()):
        return False
    return rule.tier == URGENT_CRISIS or not hypothetical(text, match.start(), sentence.question)


def _first_match(rule: RedFlag, patterns: tuple[re.Pattern, ...], sentences: Sequence[Sentence]) -> re.Match | None:
    for sentence in sentences:
        for pattern in patterns:
            for match in pattern.finditer(sentence.text):
                if _asserted(rule, sentence, match):
                    return match
    return None


def has_current_symptom(sentences: Sequence[Sentence]) -> bool:
    """True when a message (its folded, corrected sentences) names a symptom word that is
    asserted now: not negated ("no fever"), long past ("hit my head years ago") or
    hypothetical ("what if i can not swallow"). The matcher's red-flag phrasings only count
    for such messages, and the fallback adds what to do in an emergency."""
    return any(word.group() in _SYMPTOM_WORDS and not negated(s.text, word.start(), _SYMPTOM_WORDS)
               and not historical(s.text, word.start(), word.end()) and not hypothetical(s.text, word.start(), s.question)
               for s in sentences for word in re.finditer(r"\S+", s.text))


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


def find_red_flag(sentences: Sequence[Sentence]) -> Finding | None:
    """The first red flag asserted in a message, given its folded, corrected sentences, or None.
    A rule's `also` patterns may be met anywhere in the message ("fever. my neck is stiff")."""
    for rule in RULES:
        match = _first_match(rule, rule.patterns, sentences)
        if match is None:
            continue
        if rule.also and _first_match(rule, rule.also, sentences) is None:
            continue
        return Finding(rule.name, rule.tier, match.group(0))
    return None
