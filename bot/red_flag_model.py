"""A learned second reader of red flags, under the rules of red_flags.yaml.

The rules (`safety.py`) name each red flag's wordings; a patient can always
find one they do not list ("there's two of everything since lunch", "bread
sticks halfway down since the jabs"). This model reads the whole message
instead: a linear classifier (multinomial logistic regression) over the
message's character n-grams, trained on the labelled messages the project
keeps in tests/benchmarks/ (red flags in many voices and their look-alikes:
negated, long past, hypothetical, questions about risk, another sense) and
shipped in bot/data/red-flag-model.npz. `scripts/build_red_flag_model.py`
rebuilds it, and a test fails when the training files have changed since.

It only ever adds: when the rules found no red flag, and set aside no red-flag
words as negated, long past, hypothetical or meant in another sense (their
judgement of the words they know stands: leaving one set out at a time, this
halved the model's false alarms for one red flag lost), and the model gives a
red-flag tier at least `red_flag_model_threshold` probability (settings.yaml,
matching), the message gets that tier's reply; the crisis tier needs only
`crisis_model_threshold` (0.35: leaving one set out at a time, 0.5 -> 0.35
caught 33 more of 682 crisis messages, 82% -> 87%, for 8 more of 360 crisis
look-alikes, 6 of 4,738 guideline ones and 11 of 4,591 patients' messages
escalated; a fresh crisis set, guideline-crisis-G, then went from 86 to 90 of
100 caught and from 5 to 6 of 70 look-alikes escalated). Under
`red_flag_model_threshold`, a message that also asks what the assistant answers
gets that answer with the crisis line instead (understanding.py). Under that, from
`crisis_note_threshold`, it only adds the crisis line to the reply
(policy.py). It never lowers or silences what the rules found (nor raises
their urgent-today to emergency: that cost three over-triaged urgent-today
messages for one caught, leaving one set out at a time). Messages under six
words are left to the rules. How its threshold was chosen, and what it catches
and costs on sets it never saw, is in the README's "Red flags" section.

How a message is read (its character and word n-grams, tf-idf, a linear score per tier) is
`ngram_classifier.py`'s, which the answer model shares.

Most messages are no red flag, and a reply needs the reading only when a tier
reaches the threshold: `sure` first bounds, at about half the cost of a
reading, how far any tier can outscore NONE (`ReadingBound`), and reads only
the messages the bound cannot rule out (3% of the held-out and safety sets'
messages that reach the model); its answer is always the reading's.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .intents import CRISIS, EMERGENCY
from .ngram_classifier import NgramClassifier, features  # noqa: F401  (features: what the build script trains on)
from .text import CACHE_SIZE, fold

RULE, TITLE = "red_flag_model", "the learned red-flag model"   # how its findings are named (/why)
MODEL_FILE = Path(__file__).resolve().parent / "data" / "red-flag-model.npz"
NONE = "none"                        # the tier of a message that is no red flag
# Shorter messages are left to the rules: the labelled sets hold almost no short red flags (13 of 1,390 under
# eight words), every catch and false alarm leaving one set out was nine words or more, and short turns such
# as "not right now" or "the second one" were misread.
MIN_WORDS = 6
WORDS_SHOWN = 4                      # the words an explanation names
# How far under a threshold's logit the screen's bound must stay (`ReadingBound`), for the float32 rounding of a
# reading: a sum of n terms rounded at each step is off by at most n x 2^-24 x the sum of their sizes, which is at
# most the norm of a tier's weights (the values have norm 1); each of two scores is off by that twice (through the
# values' norm and through the weights), and SLACK covers the rest (the bias, the log, the bound's float64 sums).
SLACK = 0.01


@dataclass(frozen=True)
class ModelReading:
    """What the model makes of a message: its likeliest red-flag tier and that tier's probability."""

    tier: str
    probability: float


class RedFlagModel(NgramClassifier):
    """The shipped classifier: `read(message)` -> the likeliest red-flag tier and its probability."""

    MODEL_FILE = MODEL_FILE
    # Stored as half-precision floats, as the answer model is, so that the wheel stays under 25 MB once the blind sets of
    # 2026-11-28 joined (275k pieces): read back that way, no probability over 75,000 messages of the committed,
    # pending and everyday sets moved by more than 0.0003, and none crossed a threshold.
    STORED_WEIGHTS = np.float16

    @property
    def tiers(self) -> list[str]:
        """The classes: the red-flag tiers and NONE."""
        return self.classes

    def read(self, text: str) -> ModelReading:
        """The likeliest red-flag tier (never NONE) and its probability (0 for a message under MIN_WORDS words)."""
        words = fold(text).split()
        if len(words) < MIN_WORDS:
            return ModelReading(EMERGENCY, 0.0)
        return self._likeliest(self._probabilities(words))

    def _likeliest(self, probabilities: dict[str, float]) -> ModelReading:
        """The likeliest red-flag tier of a reading (never NONE) and its probability."""
        tier = max((t for t in self.tiers if t != NONE), key=probabilities.__getitem__)
        return ModelReading(tier, probabilities[tier])

    def sure(self, text: str, threshold: float, crisis_threshold: float | None = None) -> ModelReading | None:
        """`read(text)` when its probability reaches `threshold` (0 < threshold < 1); else the crisis tier when
        its probability reaches `crisis_threshold` (settings.yaml explains why lower); else None. Most messages are
        told apart from a red flag by a bound (`ReadingBound`) that costs a fraction of a reading, and are not
        read; the others are, so the answer is always the reading's."""
        lowest = threshold if crisis_threshold is None else min(threshold, crisis_threshold)
        words = fold(text).split()
        if len(words) < MIN_WORDS or not self._bound.may_reach(words, math.log(lowest / (1 - lowest))):
            return None
        probabilities = self._probabilities(words)
        likeliest = self._likeliest(probabilities)
        if likeliest.probability >= threshold:
            return likeliest
        if crisis_threshold is not None and probabilities.get(CRISIS, 0.0) >= crisis_threshold:
            return ModelReading(CRISIS, probabilities[CRISIS])
        return None

    def crisis_at_least(self, text: str, threshold: float) -> float | None:
        """The reading's probability of self-harm when it reaches `threshold` (0 < threshold < 1), else None (also
        under MIN_WORDS words). Most messages are told apart by the bound on that tier alone, and are not read."""
        words = fold(text).split()
        if len(words) < MIN_WORDS or not self._bound.may_reach(words, math.log(threshold / (1 - threshold)), only=CRISIS):
            return None
        probability = self._probabilities(words)[CRISIS]
        return probability if probability >= threshold else None

    def prepare(self) -> None:
        """Build the bound `sure` and `crisis_at_least` use (about 0.1 s) now rather than on the first message
        that needs it, which would wait for it (and a server's other requests with it)."""
        self._bound  # noqa: B018 - built and remembered on first use

    @functools.cached_property
    def _bound(self) -> ReadingBound:
        """Built by `prepare` or the first `sure` (about 0.1 s): `read` and the build script do not need it."""
        return ReadingBound(self)

    def weightiest_words(self, text: str, tier: str) -> tuple[str, ...]:
        """The words whose pieces pushed the message most towards `tier` rather than NONE (for /why)."""
        column = self.weights[:, self.tiers.index(tier)] - self.weights[:, self.tiers.index(NONE)]
        weight = {}
        for word in dict.fromkeys(fold(text).split()):
            rows = self._word_rows(word)
            weight[word] = float(column[rows] @ self.idf[rows]) if rows else 0.0
        best = sorted((w for w in weight if weight[w] > 0), key=lambda w: -weight[w])
        return tuple(best[:WORDS_SHOWN])

class ReadingBound:
    """An upper bound, cheap to compute, of how far a message's red-flag tiers can outscore NONE in a reading.

    A tier's probability is at most σ(s - s_none) (s: its score, s_none: NONE's), so it reaches a threshold only
    when s - s_none >= logit(threshold). And s - s_none = bias lift + Σ value x lift over the message's known
    pieces, where a piece's lift is idf x (its weight for the tier - its weight for NONE) and its value is
    (1 + log count) / norm (`RedFlagModel._vector`). That sum is at most:
    - each piece whose lift is a gain, once per occurrence (1 + log count <= count): a sum over the words,
      remembered per word, and over the runs of two and three words;
    - plus each piece whose lift is a loss, once (1 + log count >= 1): a sum over the message's distinct pieces;
    - over a norm no larger than the true one (each distinct piece's idf² once), when that is positive; when it
      is not, the bias lift alone is the bound.
    The per-word parts are remembered per word (its distinct pieces' losses and idf², its gains); a message then
    only finds the pieces that more than one of its words (or runs) share, and takes those off again.
    """

    def __init__(self, model: RedFlagModel):
        none = model.tiers.index(NONE)
        raised = [i for i, tier in enumerate(model.tiers) if tier != NONE]
        # (the tiers a bound is asked about: all of them, or one by name)
        self._asked = {None: range(len(raised)), **{model.tiers[i]: (k,) for k, i in enumerate(raised)}}
        idf = model.idf.astype(np.float64)
        lift = idf[:, None] * (model.weights[:, raised].astype(np.float64) - model.weights[:, [none]])
        # Per piece, side by side (one fetch): its gains, its losses and its idf².
        self._table = np.ascontiguousarray(np.column_stack((np.maximum(lift, 0), np.minimum(lift, 0), idf ** 2)))
        self._tiers = len(raised)
        self._ones = np.ones(len(idf))
        self._least_idf2 = float(self._table[:, -1].min())     # (a message with a known piece has at least that norm²)
        self._bias_lift = [float(model.bias[i]) - float(model.bias[none]) for i in raised]
        self._slack_per_piece = 4 * 2.0 ** -24 * float(np.sqrt(np.square(model.weights, dtype=np.float64).sum(axis=0)).max())
        self._index = model.index
        self._word_rows = model._word_rows
        # The runs of two and three words, by their words' rows as digits in base (pieces + 1): a run with an unknown
        # word (-1) then has a number no known run has (its digit -1 borrows from the next, leaving a digit no row has).
        runs = model.runs
        self._base = runs.base + 1
        pairs, self._triples = (dict(zip(_rebased(numbers, runs.base, self._base, digits).tolist(), rows.tolist()))
                                for numbers, rows, digits in ((runs.pairs, runs.pair_rows, 2), (runs.triples, runs.triple_rows, 3)))
        # Per run of two words that is known, or that begins a known run of three: its row (-1: none), and whether
        # some run of three begins with it (a message's runs of three are then looked up only after those).
        begins = {triple // self._base for triple in self._triples}
        self._pairs = {pair: (pairs.get(pair, -1), pair in begins) for pair in pairs.keys() | begins}
        # What each word adds, remembered for as many words as a reading remembers (about 0.5 kB each).
        self._word = functools.lru_cache(maxsize=CACHE_SIZE)(self._word_uncached)

    def may_reach(self, words: list[str], logit: float, only: str | None = None) -> bool:
        """Whether some red-flag tier (or the tier `only`) may outscore NONE by `logit` in the reading of a folded
        message's words."""
        tiers = self._tiers
        entries = list(map(self._word, words))
        distinct = {id(entry): entry for entry in entries}.values()
        runs = self._run_rows([alone for _rows, alone, _gains, _once in entries])
        rows = np.concatenate([*(rows for rows, _alone, _gains, _once in distinct), np.array(runs, dtype=np.int64)])
        rows.sort()
        shared = rows[1:][rows[1:] == rows[:-1]]        # a piece once more for each word or run beyond the first it is in
        tiers_asked = self._asked[only]
        if not len(rows):
            return max(self._bias_lift[i] for i in tiers_asked) >= logit - SLACK
        run_values = (self._ones[:len(runs)] @ self._table[runs]).tolist()
        shared_values = (self._ones[:len(shared)] @ self._table[shared, tiers:]).tolist()
        gains = [sum(column) for column in zip(*(gains for _rows, _alone, gains, _once in entries))]
        once = [sum(column) for column in zip(*(once for _rows, _alone, _gains, once in distinct))]
        norm = math.sqrt(max(once[tiers] + run_values[2 * tiers] - shared_values[tiers], self._least_idf2))
        slack = SLACK + self._slack_per_piece * (len(rows) - len(shared))
        for tier in tiers_asked:
            bias = self._bias_lift[tier]
            total = gains[tier] + run_values[tier] + once[tier] + run_values[tiers + tier] - shared_values[tier]
            if bias + max(total, 0.0) / norm >= logit - slack:
                return True
        return False

    def _word_uncached(self, word: str) -> tuple[np.ndarray, int, tuple[float, ...], tuple[float, ...]]:
        """A word's known pieces and its row as a run alone, each once; that row (-1: unknown); the gains of
        their every occurrence in the word, per tier; and their losses and idf², each piece once."""
        rows = self._word_rows(word)
        alone = self._index.get("_" + word, -1)
        distinct = np.unique(np.array(rows, dtype=np.int32))
        gains = (self._ones[:len(rows)] @ self._table[rows, :self._tiers]).tolist()
        once = (self._ones[:len(distinct)] @ self._table[distinct, self._tiers:]).tolist()
        return distinct, alone, tuple(gains), tuple(once)

    def _run_rows(self, singles: list[int]) -> list[int]:
        """The rows of the known runs of two and three words (one per occurrence), given each word's row as a
        run alone (-1: unknown)."""
        base, pairs, triples = self._base, self._pairs, self._triples
        found = []
        last = len(singles) - 2
        for i in range(len(singles) - 1):
            pair = singles[i] * base + singles[i + 1]
            known = pairs.get(pair)
            if known is None:
                continue
            row, begins = known
            if row >= 0:
                found.append(row)
            if begins and i < last:
                row = triples.get(pair * base + singles[i + 2])
                if row is not None:
                    found.append(row)
        return found


def _rebased(numbers: np.ndarray, base: int, new_base: int, digits: int) -> np.ndarray:
    """Numbers of `digits` digits in `base` (int64, none negative), with the same digits in `new_base`."""
    rebased, scale = np.zeros_like(numbers), 1
    for _ in range(digits):
        numbers, digit = np.divmod(numbers, base)
        rebased += digit * scale
        scale *= new_base
    return rebased
