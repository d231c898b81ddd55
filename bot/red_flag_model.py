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

It only ever adds: when the rules found no red flag, and set aside no
red-flag words as negated, long past, hypothetical or meant in another sense
(their judgement of the words they know stands: leaving one set out at a
time, this halved the model's false alarms for one red flag lost), and the
model gives a
red-flag tier at least `red_flag_model_threshold` probability (settings.yaml,
matching), the message gets that tier's reply. It never lowers or silences
what the rules found (nor raises their urgent-today to emergency: that cost
three over-triaged urgent-today messages for one caught, leaving one set out
at a time). Messages under six words are left to the rules. How its threshold was
chosen, and what it catches and costs on sets it never saw, is in the
README's "Red flags" section.

A message is read as `features` says: folded (text.fold), each word padded
with a space either side and cut into its 2- to 5-character pieces, and its
runs of one to three whole words. The
score of a tier is `bias + weights · x`, where x is each known piece's
(1 + log count) x idf, scaled to unit length (scikit-learn's
TfidfVectorizer(sublinear_tf=True) with this analyser, which is what the
build script trains with).

How a reading looks the pieces up, fast: each word's known character pieces,
and the row of the word alone as a run, are remembered per word (a bounded
cache); a run of two or three words is a number made of its words' rows,
looked up in a sorted table of the known runs (`RunTable`), all the message's
runs at once. A run's words are known runs themselves (the trainer keeps a
piece found in at least two messages, and a word is in every message its
runs are in), so a run with an unknown word is not looked up; `save` checks it.

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
from itertools import chain
from operator import add
from pathlib import Path

import numpy as np

from .intents import EMERGENCY
from .text import CACHE_SIZE, fold

RULE, TITLE = "red_flag_model", "the learned red-flag model"   # how its findings are named (/why)
MODEL_FILE = Path(__file__).resolve().parent / "data" / "red-flag-model.npz"
NONE = "none"                        # the tier of a message that is no red flag
SHORTEST, LONGEST = 2, 5             # the lengths of the character pieces read
# Shorter messages are left to the rules: the labelled sets hold almost no short red flags (13 of 1,390 under
# eight words), every catch and false alarm leaving one set out was nine words or more, and short turns such
# as "not right now" or "the second one" were misread.
MIN_WORDS = 6
WORD_RUN = 3                         # and runs of up to this many whole words
WORDS_SHOWN = 4                      # the words an explanation names
# How far under a threshold's logit the screen's bound must stay (`ReadingBound`), for the float32 rounding of a
# reading: a sum of n terms rounded at each step is off by at most n x 2^-24 x the sum of their sizes, which is at
# most the norm of a tier's weights (the values have norm 1); each of two scores is off by that twice (through the
# values' norm and through the weights), and SLACK covers the rest (the bias, the log, the bound's float64 sums).
SLACK = 0.01


def features(text: str) -> list[str]:
    """The pieces of a message the model reads (one entry per occurrence): each word's character pieces, and
    runs of one to three whole words (joined by '_', which folding never leaves in a word)."""
    words = fold(text).split()
    return [*chain.from_iterable(map(_word_pieces, words)), *_word_runs(words)]


def _word_pieces(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i:i + n] for n in range(SHORTEST, LONGEST + 1) for i in range(len(padded) - n + 1)]


def _word_runs(words: list[str]) -> list[str]:
    """'_a', '_b', '_c', '_a_b', '_b_c', '_a_b_c': each run of n words is the run of n - 1 words before its last
    word, joined to that word (built by `map`, without a step of Python per run)."""
    ones = ["_" + word for word in words]
    runs, level = list(ones), ones
    for n in range(2, WORD_RUN + 1):
        level = list(map(add, level, ones[n - 1:]))
        runs += level
    return runs


@dataclass(frozen=True)
class ModelReading:
    """What the model makes of a message: its likeliest red-flag tier and that tier's probability."""

    tier: str
    probability: float


@dataclass(frozen=True)
class RunTable:
    """The known runs of two and of three words, for looking up many at once: each run as a number made of
    its words' rows (the rows of '_a', '_b', '_c' for '_a_b_c', in base `base`), sorted, with the run's row."""

    base: int
    pairs: np.ndarray          # (int64, ascending) row('_a') x base + row('_b')
    pair_rows: np.ndarray
    triples: np.ndarray        # (int64, ascending) (row('_a') x base + row('_b')) x base + row('_c')
    triple_rows: np.ndarray

    @classmethod
    def of(cls, index: dict[str, int]) -> RunTable:
        """The table of a model's pieces (`index`: piece -> row). Raises ValueError when a run's word is not a
        known run itself (see the module's docstring)."""
        base = len(index)
        found: dict[int, list[tuple[int, int]]] = {2: [], 3: []}
        for piece, row in index.items():
            words = piece[1:].split("_") if piece.startswith("_") else ()
            if len(words) in found:
                rows = [index.get("_" + word) for word in words]
                if None in rows:
                    raise ValueError(f"the run {piece!r} has a word that is not a known run itself")
                found[len(words)].append((functools.reduce(lambda number, r: number * base + r, rows), row))
        pairs, triples = (np.array(sorted(found[n]), dtype=np.int64).reshape(-1, 2) for n in (2, 3))
        return cls(base, pairs[:, 0].copy(), pairs[:, 1].astype(np.int32), triples[:, 0].copy(), triples[:, 1].astype(np.int32))

    def rows_of(self, singles: np.ndarray) -> np.ndarray:
        """The rows of the known runs of two and three words in a message, given each word's row as a run
        alone (-1: unknown)."""
        known = singles >= 0
        pairs = singles[:-1] * self.base + singles[1:]
        pair_known = known[:-1] & known[1:]
        triples = pairs[:-1] * self.base + singles[2:]
        triple_known = pair_known[:-1] & known[2:]
        return np.concatenate((_looked_up(pairs[pair_known], self.pairs, self.pair_rows),
                               _looked_up(triples[triple_known], self.triples, self.triple_rows)))


def _looked_up(numbers: np.ndarray, table: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The rows of those of `numbers` that are in the sorted `table`."""
    if not len(table):
        return rows[:0]
    at = np.minimum(np.searchsorted(table, numbers), len(table) - 1)
    return rows[at[table[at] == numbers]]


class RedFlagModel:
    """The shipped classifier: `read(message)` -> the likeliest red-flag tier and its probability."""

    def __init__(self, pieces: list[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray, tiers: list[str],
                 runs: RunTable | None = None):
        """`runs`: the table of runs `RunTable.of` would make of the pieces (the model file holds it)."""
        self.index = {piece: i for i, piece in enumerate(pieces)}
        # Each piece's idf and weights side by side, so that a reading fetches one short row of memory per piece
        # (in a reply, after the matcher has run, each is a cache miss); idf and weights are views of it.
        self._table = np.empty((len(idf), 1 + weights.shape[1]), dtype=np.result_type(idf, weights))
        self._table[:, 0], self._table[:, 1:] = idf, weights
        self.idf = self._table[:, 0]
        self.weights = self._table[:, 1:]          # pieces x tiers
        self.bias = bias
        self.tiers = tiers              # NONE among them
        self.runs = runs if runs is not None else RunTable.of(self.index)
        # What each word adds, remembered for the words most recently read (a bounded cache).
        self._word = functools.lru_cache(maxsize=CACHE_SIZE)(self._word_uncached)

    @classmethod
    def load(cls, path: str | Path = MODEL_FILE) -> RedFlagModel:
        with np.load(path, allow_pickle=False) as data:
            pieces = bytes(data["pieces"]).decode().split("\n")
            runs = RunTable(len(pieces), data["pairs"], data["pair_rows"], data["triples"], data["triple_rows"])
            return cls(pieces, data["idf"], data["weights"], data["bias"], str(data["tiers"]).split(), runs)

    def save(self, path: str | Path, **extra: str) -> None:
        """Write the model as `load` reads it (the build script's last step)."""
        pieces = "\n".join(sorted(self.index, key=self.index.__getitem__)).encode()
        runs = RunTable.of(self.index)
        np.savez(path, pieces=np.frombuffer(pieces, dtype=np.uint8), idf=np.ascontiguousarray(self.idf),
                 weights=np.ascontiguousarray(self.weights), bias=self.bias,
                 tiers=np.array(" ".join(self.tiers)), pairs=runs.pairs, pair_rows=runs.pair_rows,
                 triples=runs.triples, triple_rows=runs.triple_rows, **{k: np.array(v) for k, v in extra.items()})

    def probabilities(self, text: str) -> dict[str, float]:
        """Every tier's probability for `text` (NONE included)."""
        return self._probabilities(fold(text).split())

    def _probabilities(self, words: list[str]) -> dict[str, float]:
        _rows, values, weights = self._vector(words)
        scores = (self.bias + values @ weights).tolist()
        top = max(scores)
        exp = [math.exp(score - top) for score in scores]
        total = sum(exp)
        return {tier: e / total for tier, e in zip(self.tiers, exp)}

    def read(self, text: str) -> ModelReading:
        """The likeliest red-flag tier (never NONE) and its probability (0 for a message under MIN_WORDS words)."""
        words = fold(text).split()
        if len(words) < MIN_WORDS:
            return ModelReading(EMERGENCY, 0.0)
        return self._read(words)

    def _read(self, words: list[str]) -> ModelReading:
        probabilities = self._probabilities(words)
        tier = max((t for t in self.tiers if t != NONE), key=probabilities.__getitem__)
        return ModelReading(tier, probabilities[tier])

    def sure(self, text: str, threshold: float) -> ModelReading | None:
        """`read(text)` when its probability reaches `threshold` (0 < threshold < 1), else None. Most messages
        are told apart from a red flag by a bound (`ReadingBound`) that costs a fraction of a reading, and are
        not read; the others are, so the answer is always the reading's."""
        words = fold(text).split()
        if len(words) < MIN_WORDS or not self._bound.may_reach(words, math.log(threshold / (1 - threshold))):
            return None
        reading = self._read(words)
        return reading if reading.probability >= threshold else None

    @functools.cached_property
    def _bound(self) -> ReadingBound:
        """Built on the first `sure` (a few tens of milliseconds): `read` and the build script do not need it."""
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

    def _vector(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The known pieces of a folded message's words (rows of the weights, ascending), their tf-idf values,
        scaled to unit length, and their weights: `features`, looked up."""
        pieces, singles = zip(*map(self._word, words)) if words else ((), ())
        singles = np.array(singles, dtype=np.int64)
        rows = np.concatenate((*pieces, singles[singles >= 0], self.runs.rows_of(singles)))
        if not len(rows):
            return rows, np.zeros(0, dtype=np.float32), self.weights[:0]
        rows, counts = np.unique(rows, return_counts=True)
        table = self._table[rows]
        values = (1.0 + np.log(counts.astype(np.float32))) * table[:, 0]
        return rows, values / np.sqrt(values @ values), table[:, 1:]

    def _word_rows(self, word: str) -> list[int]:
        """Every row a word adds on its own: its known character pieces (each occurrence), then itself as a run."""
        pieces, alone = self._word(word)
        return [*pieces.tolist(), alone] if alone >= 0 else pieces.tolist()

    def _word_uncached(self, word: str) -> tuple[np.ndarray, int]:
        """A word's known character pieces (rows) and its row as a run alone (-1: unknown)."""
        index = self.index
        pieces = [row for piece in _word_pieces(word) if (row := index.get(piece)) is not None]
        return np.array(pieces, dtype=np.int64), index.get("_" + word, -1)


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
        idf = model.idf.astype(np.float64)
        lift = idf[:, None] * (model.weights[:, raised].astype(np.float64) - model.weights[:, [none]])
        # Per piece, side by side (one fetch): its gains, its losses and its idf².
        self._table = np.column_stack((np.maximum(lift, 0), np.minimum(lift, 0), idf ** 2))
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
        self._pairs, self._triples = ({_rebased(number, runs.base, self._base, digits): row
                                       for number, row in zip(numbers.tolist(), rows.tolist())}
                                      for numbers, rows, digits in ((runs.pairs, runs.pair_rows, 2), (runs.triples, runs.triple_rows, 3)))
        # What each word adds, remembered for as many words as a reading remembers (about 0.5 kB each).
        self._word = functools.lru_cache(maxsize=CACHE_SIZE)(self._word_uncached)

    def may_reach(self, words: list[str], logit: float) -> bool:
        """Whether some red-flag tier may outscore NONE by `logit` in the reading of a folded message's words."""
        tiers = self._tiers
        entries = list(map(self._word, words))
        distinct = {id(entry): entry for entry in entries}.values()
        runs = self._run_rows([alone for _rows, alone, _gains, _once in entries])
        rows = np.concatenate([*(rows for rows, _alone, _gains, _once in distinct), np.array(runs, dtype=np.int64)])
        rows.sort()
        shared = rows[1:][rows[1:] == rows[:-1]]        # a piece once more for each word or run beyond the first it is in
        if not len(rows):
            return max(self._bias_lift) >= logit - SLACK
        run_values = (self._ones[:len(runs)] @ self._table[runs]).tolist()
        shared_values = (self._ones[:len(shared)] @ self._table[shared, tiers:]).tolist()
        gains = [sum(column) for column in zip(*(gains for _rows, _alone, gains, _once in entries))]
        once = [sum(column) for column in zip(*(once for _rows, _alone, _gains, once in distinct))]
        norm = math.sqrt(max(once[tiers] + run_values[2 * tiers] - shared_values[tiers], self._least_idf2))
        slack = SLACK + self._slack_per_piece * (len(rows) - len(shared))
        for tier, bias in enumerate(self._bias_lift):
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
        base = self._base
        pairs = [a * base + b for a, b in zip(singles, singles[1:])]
        triples = [pair * base + c for pair, c in zip(pairs, singles[2:])]
        found = [*map(self._pairs.get, pairs), *map(self._triples.get, triples)]
        return [row for row in found if row is not None]


def _rebased(number: int, base: int, new_base: int, digits: int) -> int:
    """A number of `digits` digits in `base`, with the same digits in `new_base`."""
    rebased, scale = 0, 1
    for _ in range(digits):
        number, digit = divmod(number, base)
        rebased += digit * scale
        scale *= new_base
    return rebased
