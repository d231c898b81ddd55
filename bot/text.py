"""Text normalisation, done once per message before safety rules and matching.

`fold` lower-cases, strips accents and punctuation and expands contractions.
A `Normaliser` adds what depends on the intents: synonyms from settings,
spelling correction against the words the assistant knows, and stemming.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from pathlib import Path
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .arrays import Numbering, ranges
from .question_frames import frames_of

_APOSTROPHES = ("\u2019", "\u2018", "`", "\u00b4")     # read as "'"
# Accents are stripped from each run of non-ASCII characters alone: the same as from the whole text, as
# decomposing never reorders or changes an ASCII character.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CONTRACTIONS = [      # (each with the letters it cannot match without, so a text without them skips its search)
    # (r"\bcan't\b", written so that the search starts from the letters, many times faster on a long text)
    ("can't", re.compile(r"can't(?<!\wcan't)\b"), "can not"), ("won't", re.compile(r"won't(?<!\wwon't)\b"), "will not"),
    ("n't", re.compile(r"n't\b"), " not"), ("'m", re.compile(r"'m\b"), " am"), ("'re", re.compile(r"'re\b"), " are"),
    ("'ve", re.compile(r"'ve\b"), " have"), ("'ll", re.compile(r"'ll\b"), " will"), ("'d", re.compile(r"'d\b"), " would"),
    # "'s" after a pronoun or a question word is "is" ("there's no point", "she's confused"; "has" where a past
    # participle follows: see _HAS); after a name it is dropped ("mum's arm"), and after "it" too: the rules read
    # "it is" as something said of now, and "it's dangerous" in a question is not.
    ("'s", re.compile(r"(?<![a-z])(that|there|here|what|where|who|how|she|he|everything|nothing|something|someone)'s\b"), r"\1 is"),
    ("'s", re.compile(r"'s\b"), ""),
]
# "'s" read as "is" where it was "has": "he's ever had", "she's been" (never English with "is").
_HAS = re.compile(r"\b(that|there|here|what|where|who|how|she|he|everything|nothing|something|someone) is (?=(been|had|got|gotten|ever (had|been|felt|seen)|never (had|been|felt|seen))\b)")
_SPACE_BUT_WORD = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_REPEATS = re.compile(r"([a-z])\1+")

# Contractions written without an apostrophe, and chat shorthand.
SHORTHAND = {
    "cant": "can not", "dont": "do not", "doesnt": "does not", "dosent": "does not", "doesn": "does not",
    "didnt": "did not", "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "wont": "will not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not", "aint": "is not",
    "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are", "whats": "what is",
    "wats": "what is", "thats": "that is", "hows": "how is", "wheres": "where is", "whos": "who is",
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "thx": "thanks",
    "thnx": "thanks", "ty": "thank you", "wat": "what", "wut": "what", "hw": "how", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "ppl": "people", "til": "until",
    "w": "with", "b4": "before", "gonna": "going to", "wanna": "want to", "gotta": "got to",
    "kinda": "kind of", "sorta": "sort of", "lemme": "let me", "y": "why", "n": "and",
    "cya": "see you", "bye bye": "bye", "tbh": "to be honest", "idk": "i do not know", "imo": "in my opinion",
    "dunno": "do not know", "becuase": "because", "thru": "through", "tho": "though", "rn": "right now",
    "lng": "long", "smth": "something", "sth": "something", "cud": "could", "wud": "would", "shud": "should",
    "arnt": "are not", "didint": "did not", "wasent": "was not", "isent": "is not", "evr": "ever", "wrk": "work",
    "yrs": "years", "hrs": "hours", "wks": "weeks", "mths": "months", "wk": "week",
}
# A number run into its unit: "10yrs ago" is "10 years ago", "3wks" is "3 weeks".
_NUMBER_AND_UNIT = re.compile(r"^(\d+)(yrs|years?|yr|hrs|hours?|mins|minutes?|wks|weeks?|days?|mths|months?)$")


def _shorthand(word: str) -> str:
    """The word `word` stands for in chat shorthand (SHORTHAND), a number and its unit apart; else `word`."""
    if word[0].isdigit() and (run := _NUMBER_AND_UNIT.match(word)):
        return f"{run.group(1)} {SHORTHAND.get(run.group(2), run.group(2))}"
    return SHORTHAND.get(word, word)

# Words that carry no topic: they are ignored when comparing a message with
# phrasings (but kept for the safety rules, which read the whole message).
# Negations and the words "other", "where", "why", "more" are left out on purpose:
# "other injections" or "muscles that were not injected" mean something else
# without them.
QUESTION_WORDS = frozenset("why how what when where who whom whose which".split())
STOPWORDS = frozenset("""
a about above actually after again ah all also am an and any anybody anyone anything are around as at
basically be been being but by can could did do does doing done dont each either else even ever
exactly for from get gets getting give go going got had has have having he hello her hers him his how
however i if im in into is it its itself ive just kind know let like lol lot lots ma may me might
mine most much must my myself nor now of off oh ok okay on once one only or our out
over own please pretty probably quite rather really right said say says she should so some someone
something sort still such sure tell than that the their them then there these they thing things think
this those though thru to too totally truly u uh um understand very want wanted wants was way we well
were what whats when whether which while who whom will with would yeah yes yet you your
yours yourself hey honestly seriously literally anyway guess mean means okay ok wondering wonder
question questions ask asking heard hear read someone somebody people person guys everyone
sorry maybe perhaps stupid dumb silly stuff eventually afterwards afterward completely totally entirely fully
sometime sometimes usually normally generally simply anymore already almost especially certainly definitely
""".split())


def content_words(text: str) -> set[str]:
    """The words of a folded text that are neither stop words nor question words."""
    return {word for word in text.split() if word not in STOPWORDS and word not in QUESTION_WORDS}


def fold(text: str) -> str:
    """Lower-case, strip accents, expand contractions, keep only letters and digits."""
    if len(text) > WHOLE_TEXT_ABOVE:        # (many texts at once: their tokens would only crowd the cache)
        return _fold_uncached(text)
    folded = " ".join(filter(None, map(_fold_token, text.split())))
    return _HAS.sub(r"\1 has ", folded) if " is " in folded else folded


def _fold_uncached(text: str) -> str:
    """`fold`, worked out on the whole text (`fold` works it out once per distinct token: the same result,
    as nothing in it reaches across white space)."""
    if not text.isascii():      # (plain ASCII has no accents to strip: the common case, done fast)
        text = _NON_ASCII.sub(_without_accents, text)
    text = text.lower()
    for apostrophe in _APOSTROPHES:          # (str.replace is far faster than str.translate on long texts)
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    if "'" in text:
        for literal, pattern, replacement in _CONTRACTIONS:
            if literal in text:
                text = pattern.sub(replacement, text)
    # Every character but a-z and 0-9 is a space (a non-ASCII one through "?"): bytes.translate is far faster than a regex.
    words = text.encode("ascii", "replace").translate(_SPACE_BUT_WORD).decode("ascii").split()
    folded = " ".join(map(_shorthand, words))
    return _HAS.sub(r"\1 has ", folded) if " is " in folded else folded


def distinct_tokens(texts: Sequence[str]) -> dict[str, None]:
    """Every distinct white-space-separated token of many texts, in order of appearance (a thousand texts
    joined and split at a time: one split instead of one per text, and bounded scratch memory)."""
    distinct: dict[str, None] = {}
    for first in range(0, len(texts), 1000):
        distinct.update(dict.fromkeys(" ".join(texts[first:first + 1000]).split()))
    return distinct


def folded_words(texts: Sequence[str]) -> set[str]:
    """The words of many texts once folded: each distinct token folded once (folding works token by token,
    so this is the set of words of `fold` of each text, without folding every text)."""
    words: set[str] = set()
    for token in distinct_tokens(texts):
        words.update(_fold_uncached(token).split())     # (not through the cache: each is read once)
    return words


def token_numbers(texts: Sequence[str]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Every distinct white-space-separated token of many texts, numbered in order of appearance; all the texts'
    tokens as those numbers, end to end; and how many tokens each text has (a chunk of texts joined and split at
    a time: one split instead of one per text, and bounded scratch memory)."""
    numbers = Numbering()
    tokens, counts = [], []
    for first in range(0, len(texts), TOKEN_CHUNK):
        chunk = texts[first:first + TOKEN_CHUNK]
        counts.append(np.fromiter(map(len, map(str.split, chunk)), dtype=np.int64, count=len(chunk)))
        words = " ".join(chunk).split()
        tokens.append(np.fromiter(map(numbers.__getitem__, words), dtype=np.int64, count=len(words)))
    empty = np.zeros(0, dtype=np.int64)
    return numbers, np.concatenate(tokens) if tokens else empty, np.concatenate(counts) if counts else empty


def _messages_with(flags: list[bool], tokens: np.ndarray, message_of: np.ndarray, n: int) -> np.ndarray:
    """Which of `n` messages hold a token whose flag is set (`tokens[k]` is in message `message_of[k]`)."""
    found = np.zeros(n, dtype=bool)
    found[message_of[np.array(flags, dtype=bool)[tokens]]] = True
    return found


def _joined(strings: list[str], tokens: np.ndarray, message_of: np.ndarray, n: int) -> list[str]:
    """For each of `n` messages, its tokens' `strings` joined by spaces, empty ones left out (`tokens[k]` is in
    message `message_of[k]`, in order; "" for a message without tokens). All the messages are made in one join,
    each token's string followed by a space, or by a line break where its message ends, and one split at the
    line breaks (the strings hold none: they are folded words)."""
    out = np.full(n, "", dtype=object)
    kept = np.array(list(map(bool, strings)), dtype=bool)[tokens]
    tokens, message_of = tokens[kept], message_of[kept]
    if len(tokens):
        last = np.flatnonzero(np.diff(message_of, append=n))        # each message's last token
        pieces = np.array([s + " " for s in strings], dtype=object)[tokens]
        pieces[last] = np.array([s + "\n" for s in strings], dtype=object)[tokens[last]]
        made = np.empty(len(last), dtype=object)
        made[:] = "".join(pieces.tolist()).split("\n")[:-1]
        out[message_of[last]] = made
    return out.tolist()


def _first_of_each(values_of: list[list[int]], tokens: np.ndarray, message_of: np.ndarray,
                   n_values: int) -> tuple[np.ndarray, np.ndarray]:
    """Each message's tokens' `values_of` end to end, in order, without repeats within a message (the first of
    each kept), and the message of each (`tokens[k]` is in message `message_of[k]`, messages ascending)."""
    lengths = np.fromiter(map(len, values_of), dtype=np.int64, count=len(values_of))
    starts = np.zeros(len(lengths), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    flat = np.fromiter(itertools.chain.from_iterable(values_of), dtype=np.int64, count=int(lengths.sum()))
    values = flat[ranges(starts[tokens], starts[tokens] + lengths[tokens])]
    owner = np.repeat(message_of, lengths[tokens])
    first = np.sort(np.unique(owner * max(n_values, 1) + values, return_index=True)[1])
    return values[first], owner[first]


# Faces that laugh read as the word a patient would type for them: "i'll shoot myself 😂" is "i'll shoot myself lol"
# (guideline-crisis-DU). Only laughter: an upside-down or a sad face says nothing of a joke.
_LAUGHING_FACES = dict.fromkeys("\U0001F602\U0001F923\U0001F606\U0001F639", " lol ")


def _without_accents(run: re.Match) -> str:
    return "".join(_LAUGHING_FACES.get(ch, ch) for ch in unicodedata.normalize("NFKD", run.group()) if not unicodedata.combining(ch))


TOKEN_CHUNK = 1000       # texts joined and split at a time by `token_numbers`
CORRECTION_BATCH = 4096  # known words compared with the preferred words at a time (bounds the scratch memory)
WHOLE_TEXT_ABOVE = 2000  # characters: `fold` works out a longer text whole rather than token by token
CACHE_SIZE = 20_000      # how many new words a Normaliser remembers the correction (and the stem) of
# `fold` remembers this many distinct tokens (as typed: "Botox?" and "botox" are two), in every process.
_fold_token = functools.lru_cache(maxsize=CACHE_SIZE)(_fold_uncached)
COMMON_WORDS_FILE = Path(__file__).resolve().parent / "data" / "common-words.txt"


@functools.cache
def common_english_words() -> frozenset[str]:
    """Everyday English words (read-only, loaded once): pyspellchecker's words seen 100 times or more,
    shipped in bot/data/common-words.txt by scripts/build_common_words.py.

    Spelling correction leaves these alone: "expensive" is not a misspelt
    "explosive", nor "billing" a misspelt "killing". Rare entries ("wurst")
    stay correctable.
    """
    return frozenset(COMMON_WORDS_FILE.read_text(encoding="utf-8").split())


@dataclass(frozen=True)
class Analysis:
    """A message as the safety rules and the matcher see it."""

    original: str
    text: str                       # folded, corrected, synonyms applied: words joined by spaces
    corrected: str                  # folded and corrected, before synonyms (what safety rules read)
    stems: tuple[str, ...]          # stemmed content words (all words if none), in order, without repeats; then question frames
    corrections: dict[str, str] = field(default_factory=dict)   # misspelt -> corrected
    synonyms: dict[str, str] = field(default_factory=dict)      # variant -> word it became

    @property
    def has_content(self) -> bool:
        """Whether it has a word that is neither a stop word nor a question word: "how does that work?" has,
        "why?", "how?" and "why is that" have not."""
        return bool(content_words(self.text))


@dataclass(frozen=True)
class Reading:
    """Many messages read at once (`Normaliser.read_many`): each one's `text`, and its `stems` as numbers into
    `vocabulary`, message after message, `counts[i]` of them for message i."""

    texts: list[str]
    vocabulary: list[str]       # every stem (and question frame), in order of first appearance
    stems: np.ndarray           # int64
    counts: np.ndarray          # int64, one per message


class Normaliser:
    """Folding + synonyms + spelling correction + stemming, for one set of intents.

    `known_words` are the words spelling correction may correct towards (the
    phrasings' words, the safety rules' words); `common_words` are real words
    that are never corrected. `preferred_words` (the safety rules' words) win
    over a misspelling that a phrasing happens to contain: a phrasing written
    "wurst headache" must not stop "wurst" reading as "worst" for the rules.
    Corrections and stems are memoised per instance: the most recently used
    words of each, as many as the known words plus `CACHE_SIZE` (so building
    the matcher reads each of its words once, and a stream of new words cannot
    grow memory).
    """

    def __init__(self, synonyms: dict[str, tuple[str, ...]], known_words, common_words=frozenset(),
                 preferred_words=frozenset()):
        self._common = common_words
        self._preferred = frozenset(preferred_words)
        self._preferred_list = sorted(self._preferred)
        self._single: dict[str, str] = {}
        phrases: dict[str, str] = {}
        for word, variants in synonyms.items():
            target = fold(word)
            for variant in variants:
                folded = fold(variant)
                if " " in folded:
                    phrases[folded] = target
                elif folded and folded != target:
                    self._single[folded] = target
        ordered = sorted(phrases, key=len, reverse=True)
        self._phrases = phrases
        self._phrase_re = re.compile(r"\b(" + "|".join(map(re.escape, ordered)) + r")\b") if ordered else None
        known = {w for w in known_words if w} | set(STOPWORDS) | set(self._single) | set(self._single.values())
        known |= {w for phrase in phrases for w in phrase.split()} | set(SHORTHAND.values())
        self.known = frozenset(w for entry in known for w in entry.split())
        self._known_list = sorted(self.known)
        self._stemmer = snowballstemmer.stemmer("english")
        self._phrase_starts = frozenset(phrase.split()[0] for phrase in phrases)
        # A phrase can only be found where its first two words stand side by side.
        self._phrase_openings = frozenset(tuple(phrase.split()[:2]) for phrase in phrases)
        self._by_length: dict[tuple[int, int], list[str]] = {}    # known words within a length range, sorted
        size = CACHE_SIZE + len(self.known)
        self.correct = functools.lru_cache(maxsize=size)(self._correct)
        self.stem = functools.lru_cache(maxsize=size)(self._stemmer.stemWord)

    def _correct(self, word: str) -> str:
        """The known word `word` is most likely a misspelling of, or `word` itself (`correct`, uncached)."""
        result = word
        if word in self.known and word not in self._preferred and word not in self._common and len(word) >= 5:
            near = process.extract(word, self._preferred_list, scorer=OSA.distance, score_cutoff=1, limit=2)
            if len(near) == 1:
                result = near[0][0]
        elif word not in self.known and word not in self._common and (stretched := self._stretched(word)):
            result = stretched
        elif word not in self.known and word not in self._common and len(word) >= 4 and not word.isdigit():
            limit = 1 if len(word) <= 7 else 2
            found = process.extract(word, self._known_near(len(word), limit), scorer=OSA.distance, score_cutoff=limit,
                                    limit=20)
            if len(word) == 4:   # too short to guess a changed letter ("cost" is not "most"): only a missing one,
                # or two letters swapped ("waht" is "what", "wnat" is "want")
                found = [f for f in found if len(f[0]) == 5 or sorted(f[0]) == sorted(word)]
            if found:
                best = min(d for _, d, _ in found)
                tied = [w for w, d, _ in found if d == best]
                # Prefer a candidate sharing the first letter, then a real word over a misspelling that a phrasing
                # contains ("efect" is "effect", not a phrasing's "efects"), then the longer one.
                result = min(tied, key=lambda w: (w[0] != word[0], w not in self._common and w not in self._preferred, -len(w), w))
        return result

    def _corrections(self, words: Sequence[str]) -> dict[str, str]:
        """`correct` of each of many distinct words. A known word's nearness to the preferred words (the one
        costly case) is worked out for all of them at once, with the same result as one by one."""
        result = {}
        checked = [w for w in words if w in self.known and w not in self._preferred and w not in self._common and len(w) >= 5]
        for first in range(0, len(checked) if self._preferred_list else 0, CORRECTION_BATCH):
            batch = checked[first:first + CORRECTION_BATCH]
            near = process.cdist(batch, self._preferred_list, scorer=OSA.distance, score_cutoff=1, dtype=np.int32,
                                 workers=1) <= 1
            result.update(zip(batch, batch))
            for row in np.flatnonzero(near.sum(axis=1) == 1):      # (`_correct`: exactly one preferred word that near)
                result[batch[row]] = self._preferred_list[int(near[row].argmax())]
        return {word: result[word] if word in result else self.correct(word) for word in words}

    def _known_near(self, length: int, distance: int) -> list[str]:
        """The known words (sorted) at most `distance` letters longer or shorter than `length`: the only ones
        within that edit distance, in the same order, so `process.extract` finds the same words among them."""
        key = (length, distance)
        near = self._by_length.get(key)
        if near is None:
            if len(self._by_length) > 256:
                self._by_length.clear()
            near = self._by_length[key] = [w for w in self._known_list if abs(len(w) - length) <= distance]
        return near

    def _stretched(self, word: str) -> str | None:
        """The known word that `word` stretches with repeated letters ("heyyy", "pleeease", "byee"), or None."""
        if not _REPEATS.search(word):
            return None
        for candidate in (_REPEATS.sub(r"\1\1", word), _REPEATS.sub(r"\1", word)):
            if candidate in self.known:
                return candidate
        return None

    def correct_text(self, text: str) -> str:
        """`text` folded and corrected, before synonyms: what the safety rules read."""
        return " ".join(self.correct(word) for word in fold(text).split())

    def read_all(self, messages: Sequence[str]) -> tuple[list[str], list[tuple[str, ...]]]:
        """Each message's `text` and `stems`, exactly as `analyse` gives them (`read_many`, stems as tuples)."""
        reading = self.read_many(messages)
        ends = np.cumsum(reading.counts).tolist()
        return reading.texts, [tuple(reading.vocabulary[c] for c in reading.stems[start:end].tolist())
                               for start, end in zip([0, *ends[:-1]], ends)]

    def read_many(self, messages: Sequence[str]) -> Reading:
        """Each message's `text` and `stems`, exactly as `analyse` gives them, for many messages at once (the
        matcher's phrasings). Each distinct token is folded, corrected, mapped to its synonym and stemmed once;
        the messages are then put together from their tokens' readings by whole-array operations, not one by
        one (at 100,000 phrasings the one-by-one assembly was most of the matcher's build). Only the few
        messages in which a synonym phrase may stand, or that have stop words only, are read on their own."""
        numbers, tokens, counts = token_numbers(messages)
        n = len(messages)
        message_of = np.repeat(np.arange(n, dtype=np.int64), counts)     # each token's message
        stem_numbers = Numbering()         # every stem and question frame, numbered as first met
        corrected_of, text_of, content_of, every_of, may_phrase, replaced = [], [], [], [], [], []
        folded = list(map(_fold_uncached, numbers))       # (each read once: not through the cache)
        correction = self._corrections(dict.fromkeys(" ".join(folded).split()))
        for words in folded:
            fixed = [correction[word] for word in words.split()]
            out = [self._single.get(word, word) for word in fixed]
            corrected_of.append(" ".join(fixed))
            text_of.append(" ".join(out))
            content_of.append([stem_numbers[self.stem(word)] for word in out if word not in STOPWORDS])
            every_of.append([stem_numbers[self.stem(word)] for word in out])
            may_phrase.append(not self._phrase_starts.isdisjoint(fixed))
            replaced.append(out != fixed)
        corrected = _joined(corrected_of, tokens, message_of, n)
        texts = list(corrected)
        with_synonym = _messages_with(replaced, tokens, message_of, n)
        if with_synonym.any():       # (most messages have no word a synonym replaces: their text is the corrected one)
            picked = with_synonym[message_of]
            replaced_texts = _joined(text_of, tokens[picked], message_of[picked], n)
            texts = [r if w else c for c, r, w in zip(texts, replaced_texts, with_synonym.tolist())]
        frames = list(map(frames_of, corrected))
        stems, owner = _first_of_each(content_of, tokens, message_of, len(stem_numbers))
        alone: dict[int, list[int]] = {}      # the messages read on their own, and their stems
        for i in np.flatnonzero(_messages_with(may_phrase, tokens, message_of, n)).tolist():
            fixed = corrected[i].split()
            if not self._phrase_openings.isdisjoint(zip(fixed, fixed[1:])):
                texts[i], read, _ = self._read_corrected(fixed)
                alone[i] = [stem_numbers[stem] for stem in read]
        has_content = np.zeros(n, dtype=bool)
        has_content[owner] = True
        for i in np.flatnonzero(~has_content).tolist():      # (a message of stop words only keeps them all, as in `analyse`)
            if i not in alone:
                every = itertools.chain.from_iterable(every_of[numbers[token]] for token in messages[i].split())
                alone[i] = [*dict.fromkeys(every), *map(stem_numbers.__getitem__, frames[i])]
        keep = np.ones(n, dtype=bool)
        keep[list(alone)] = False
        kept = keep[owner]
        framed = [(i, stem_numbers[frame]) for i in np.flatnonzero(keep).tolist() for frame in frames[i]]
        others = framed + [(i, stem) for i, read in alone.items() for stem in read]
        # Content stems first, then the question frames (or all of a message read alone), message by message.
        owner = np.concatenate([owner[kept], np.array([i for i, _ in others], dtype=np.int64)])
        stems = np.concatenate([stems[kept], np.array([stem for _, stem in others], dtype=np.int64)])
        stems = stems[np.argsort(owner, kind="stable")]
        # Renumbered in order of first appearance.
        appearance = np.unique(stems, return_index=True)
        appearance = appearance[0][np.argsort(appearance[1])]
        renumber = np.zeros(len(stem_numbers), dtype=np.int64)
        renumber[appearance] = np.arange(len(appearance))
        names = list(stem_numbers)
        return Reading(texts, [names[i] for i in appearance.tolist()], renumber[stems], np.bincount(owner, minlength=n))

    def analyse(self, message: str) -> Analysis:
        words = fold(message).split()
        fixed = list(map(self.correct, words))
        corrections = {word: right for word, right in zip(words, fixed) if right != word}
        text, stems, applied = self._read_corrected(fixed)
        return Analysis(message, text, " ".join(fixed), stems, corrections, applied)

    def _read_corrected(self, fixed: list[str]) -> tuple[str, tuple[str, ...], dict[str, str]]:
        """A message's `text` and `stems` from its corrected words, and the synonyms applied (`analyse`)."""
        corrected = text = " ".join(fixed)
        applied: dict[str, str] = {}
        if self._phrase_re is not None and not self._phrase_starts.isdisjoint(fixed):
            def swap(match: re.Match) -> str:
                applied[match.group(0)] = self._phrases[match.group(0)]
                return self._phrases[match.group(0)]
            text = self._phrase_re.sub(swap, text)
        out = text.split()
        if not self._single.keys().isdisjoint(out):
            for i, word in enumerate(out):
                target = self._single.get(word)
                if target is not None:
                    applied[word] = out[i] = target
        text = " ".join(out)
        # A message of stop words only ("yes please", "hi there") keeps them all.
        content = [w for w in out if w not in STOPWORDS] or out
        stems = tuple(dict.fromkeys(map(self.stem, content))) + frames_of(corrected)
        return text, stems, applied


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def clean(message: str, limit: int) -> str:
    """A message with control characters removed, white space collapsed, cut to `limit` characters."""
    return " ".join(_CONTROL.sub(" ", message[: limit * 2]).split())[:limit]
