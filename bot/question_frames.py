"""Question frames: what kind of answer a question asks for, read from its question words.

Content words alone cannot tell "how does botox work?" (how it acts) from
"does botox work?" (how well it helps), nor "how long does it last?" from
"how long does it take to work?" (how soon it starts): the words that differ
are "how", "well", "take", which are stop words or everywhere. A frame is a
small closed set of English question shapes, read from the folded and
corrected text (before synonyms), and added to a text's content words as a
pseudo-word that no real word can equal (it starts with "?"). Phrasings and
messages are read the same way, so an intent whose phrasings ask "how soon"
shares that pseudo-word with a message that asks "how soon", and the matcher's
word overlap (bot/matcher.py) rewards the agreement and penalises the clash,
weighted by rarity like any word. Staff need do nothing: the frames come from
the phrasings they write.

    frames_of("how long does it take for botox to work")   # ("?onset",)
    frames_of("how does botox work for migraines")         # ("?mechanism",)
    frames_of("does botox work for migraines")             # ("?efficacy",)
    frames_of("what should i do now botox has stopped")    # ("?action",)
    frames_of("who should not have botox")                 # ("?who",)
    frames_of("what kind of headaches does botox help")    # ("?kind",)
    frames_of("what even is botox")                        # ("?definition",)
    frames_of("what is it like to get the injections")     # ("?experience",)
"""
from __future__ import annotations

import re

_AUX = r"(?:does|do|did|will|would|can|could|is|are|should|might)"
_HOW_LONG = r"\b(?:how long|how many (?:minutes|hours|days|weeks|months|years)|how much time)\b"
_START = (r"\b(?:start|starts|started|starting|begin|begins|kick in|kicks in|take effect|takes effect|notice|see results"
          r"|feel (?:any |a )?(?:change|difference))\b"
          r"|\b(?:work|works|help|helps) (?:straight away|right away|immediately|at once|from the first)\b"
          r"|\b(?:until|till|til|before) (?:\w+ ){0,3}?(?:work|works|help|helps|working|helping)\b"
          r"|\btake (?:\w+ ){0,3}?to (?:work|help)\b"
          r"|\b(?:know|tell|see) (?:if|whether)\b|\b(?:be|become|becomes|get|gets) effective\b")
_END = r"\b(?:wear off|wears off|come back|comes back|return|returns|fade|fades|last|lasts|keep|keeps|hold)\b"

# Each frame: the question shapes that ask it, on folded text (lower case, single spaces, no punctuation).
_FEEL_BETTER = r"\b(?:until|till|til|before|when) (?:\w+ ){0,3}?feel (?:any )?better\b"   # "how long will i feel better" is how long it lasts
ONSET = re.compile(rf"{_FEEL_BETTER}|(?:{_HOW_LONG}|\bhow (?:soon|quick|quickly|fast)\b|\bwhen\b).*(?:{_START})"
                   rf"|\bhow (?:soon|quick|quickly|fast) (?:\w+ ){{0,4}}?(?:work|works|help|helps)\b")
DURATION = re.compile(rf"{_HOW_LONG}|\bhow (?:soon|quick|quickly|fast)\b.*{_END}")
MECHANISM = re.compile(
    rf"\bhow {_AUX} (?!(?:you|u|ya|i|we) )(?!(?:\w+ ){{0,2}}?(?:discover|discovered|find|found|learn|learned|realise|realize|realised|realized|know|knew)\b)"
    r"(?:\w+ ){0,4}?(?:work|works|act|acts|help|helps|relieve|relieves)\b"
    r"|^how (?!long |well |soon |often |much |many |quick|fast |effective |good |far |come )(?:\w+ ){1,4}?works?$"
    r"|\bwhy (?:does|do|would|is) (?:\w+ ){1,3}?(?:help|helps|work|works|effective)\b|\bwhat (?:exactly |actually |really )?(?:does|do) (?!i |we |you )(?:\w+ ){1,3}?do\b(?! for\b)|\bwhat (?:it|botox|the \w+) (?:actually |really )?does\b(?! for\b)|\bwhat (?:is|are) (?!i |we |you )(?:\w+ ){1,3}?doing (?:to|in|inside)\b|\bwhat makes (?:\w+ ){1,4}?work\b|\bhow (?:does|do|can) (?:\w+ ){1,4}?do anything\b|\bmechanism\b|\bhow it works\b"
    r"|\b(?:explain|tell me|know|understand|describe|show me) how (?:\w+ ){1,3}?(?:work|works|help|helps|act|acts)\b")
_LEAD_IN = r"(?:(?:ok|okay|right|alright|hmm|yeah|fine) )?(?:so |and |but |well )?"    # "ok but does it help at all"
_AUX_FIRST = re.compile(rf"{_LEAD_IN}{_AUX} ")     # how EFFICACY's first shape starts
EFFICACY = re.compile(
    rf"^{_LEAD_IN}{_AUX} (?:(?!how |why |what )\w+ ){{1,4}}?(?:work|works|help|helps|effective|good for|any good|worth)\b"
    r"|\bhow (?:well|effective|good)\b|\bsuccess rate\b")
ACTION = re.compile(
    r"\bwhat (?:should|can|could|do|would|shall) (?:i|we|you|one|he|she|they) (?:do|try)\b|\bwhat to do\b|\bwhat now\b"
    r"|\bwhat (?:are|is) (?:my|the|our) (?:options?|next steps?)\b|\bwhat (?:else )?(?:can|could|should) (?:i|we) (?:do|try)\b"
    r"|\bwhat (?:am|are|is) (?:i|we|one|he|she|they) (?:supposed|meant|going|expected) to (?:do|try)\b"
    r"|\bnow what\b|\bwhat(?:s| is)? next\b")

# "who should not have botox", "who is it for", "am i a candidate": a question about which people, not what it does.
WHO = re.compile(r"\bwho (?:should|shouldn t|can|could|cannot|can not|must|would|is|are) (?:not |never )?"
                 r"(?:have|get|use|take|receive|try|be (?:given|treated|offered))\b"
                 r"|\bwho (?:is|are) (?:\w+ ){0,3}?for\b|\bwho (?:qualifies|benefits)\b|\bcandidates?\b")
# "what kind of headaches is botox good for", "does it work for all headaches": which kinds, not whether it works.
KIND = re.compile(r"\b(?:what|which) (?:\w+ )?(?:kinds?|types?|sorts?|forms?) of\b"
                  r"|\b(?:all|every|any|other|some|different) (?:\w+ )?(?:kinds?|types?|sorts?|forms?)\b"
                  r"|\bfor (?:all|every|any|other) (?:\w+ )?(?:headaches?|migraines?|head pain)\b")
# "what even is it", "explain what botox is": what the thing is, not what it does or is for.
DEFINITION = re.compile(r"\bwhat(?:s|(?: exactly| even| actually| really)? (?:is|s)) (?:it|botox|bottox|this|that|the stuff|this stuff|that stuff)"
                        r"(?: (?:exactly|actually|really|even))?\b(?! (?:like|for|used|doing|going|about|supposed|meant|good|to|in the)\b)"
                        r"|\bwhat (?:botox|it|this stuff|the stuff) (?:actually |really |exactly )?is\b"
                        r"|\bwhat(?:s|(?: exactly| even| actually| really)? (?:is|s|are)) (?:(?:a|an|the|these|those|this|that) )?"
                        r"(?:(?:botox|bottox|botulinum|migraine|headache|neck|medical) )?(?:injections?|shots?|jabs?|toxin)\b"
                        r"(?! (?:like|for|used|doing|going|about|supposed|meant|good|to|in the|made|done)\b)")
# "what is it like to get the injections", "what does it feel like", "what should i expect": the experience of it.
EXPERIENCE = re.compile(r"\bwhat (?:is|s|was|are) (?:it|botox|the \w+|getting \w+|having \w+) (?:\w+ ){0,3}?like\b"
                        r"|\bwhat (?:does|do|did) (?:it|they|the \w+|botox|the procedure) (?:\w+ )?feel like\b"
                        r"|\bwhat (?:can|should|do|will|would) (?:i|we|you|he|she) (?:\w+ )?expect\b|\bwhat to expect\b")

# The words (substrings of folded text) each pattern cannot match without (see `frames_of`).
_TIMING = ("how long", "how many", "how much time", "how soon", "how quick", "how fast")     # DURATION, and ONSET's openers
_STARTING = ("start", "begin", "kick", "effect", "notice", "see", "feel", "work", "help", "know", "tell")   # _START's words
_ACTING = ("work", "act", "help", "relieve")       # what "how ..." asks of MECHANISM
_WHY_ACTING = ("help", "work", "effective")
_EFFECTIVE = ("work", "help", "effective", "good", "worth")
_HOW_EFFECTIVE = ("how well", "how effective", "how good", "success rate")
_ACTION_WORDS = ("do", "try", "what now", "now what", "option", "next")
_KINDS = ("kind", "type", "sort", "form", "all ", "every", "any ", "other")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


def frames_of(text: str) -> tuple[str, ...]:
    """The frames (pseudo-words such as "?onset") that folded `text` asks."""
    # Each pattern is searched only when the words it cannot do without are in the text (plain substring tests,
    # far cheaper than the search): most texts need none of the five searches.
    how, what = "how" in text, "what" in text
    onset = ((("feel" in text and "better" in text)
              or (("when" in text or (how and _has_any(text, _TIMING))) and _has_any(text, _STARTING)))
             and bool(ONSET.search(text)))
    found = ["?onset"] if onset else []
    if not onset and how and _has_any(text, _TIMING) and DURATION.search(text):
        found.append("?duration")
    if not onset and ((how and _has_any(text, _ACTING)) or ("why" in text and _has_any(text, _WHY_ACTING))
                      or (what and ("do" in text or "what makes" in text))
                      or "mechanism" in text) and MECHANISM.search(text):
        found.append("?mechanism")
    if ((_AUX_FIRST.match(text) and _has_any(text, _EFFECTIVE)) or (how and _has_any(text, _HOW_EFFECTIVE))
            or "success rate" in text) and EFFICACY.search(text):
        found.append("?efficacy")
    if what and _has_any(text, _ACTION_WORDS) and ACTION.search(text):
        found.append("?action")
    if ("who" in text or "candidate" in text) and WHO.search(text):
        found.append("?who")
    if _has_any(text, _KINDS) and KIND.search(text):
        found.append("?kind")
    if what and DEFINITION.search(text):
        found.append("?definition")
    if what and ("like" in text or "expect" in text) and EXPERIENCE.search(text):
        found.append("?experience")
    return tuple(found)
