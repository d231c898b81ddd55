"""A linear classifier of short texts over their character and word n-grams, read fast.

The shape both learned readers of the project share (`red_flag_model.py`: which red-flag tier a message is;
`answer_model.py`: which intent it asks for). A message is read as `features` says: folded (text.fold), each
word padded with a space either side and cut into its 2- to 5-character pieces, and its runs of one to three
whole words. The score of a class is `bias + weights · x`, where x is each known piece's (1 + log count) x idf,
scaled to unit length (scikit-learn's TfidfVectorizer(sublinear_tf=True) with this analyser, which is what the
build scripts train with), and the probabilities are the scores' softmax (multinomial logistic regression).

How a reading looks the pieces up, fast: each word's known character pieces, and the row of the word alone as a
run, are remembered per word (a bounded cache); a run of two or three words is a number made of its words' rows,
looked up in a sorted table of the known runs (`RunTable`), all the message's runs at once. A run's words are
known runs themselves (the trainers keep a piece found in at least two (or three) messages, and a word is in every message
its runs are in), so a run with an unknown word is not looked up; `save` checks it.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from itertools import chain
from operator import add
from pathlib import Path

import numpy as np

from .text import CACHE_SIZE, fold

SHORTEST, LONGEST = 2, 5             # the lengths of the character pieces read
WORD_RUN = 3                         # and runs of up to this many whole words


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


class NgramClassifier:
    """A trained classifier: `probabilities(text)` -> each class's probability. Subclasses name their file."""

    MODEL_FILE: Path
    STORED_WEIGHTS = np.float32          # how `save` stores the weights (`load` reads them back as float32)

    def __init__(self, pieces: list[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray, classes: list[str],
                 runs: RunTable | None = None):
        """`runs`: the table of runs `RunTable.of` would make of the pieces (the model file holds it)."""
        self.index = {piece: i for i, piece in enumerate(pieces)}
        # Each piece's idf and weights side by side, so that a reading fetches one short row of memory per piece
        # (in a reply, after the matcher has run, each is a cache miss); idf and weights are views of it.
        self._table = np.empty((len(idf), 1 + weights.shape[1]), dtype=np.result_type(idf, weights))
        self._table[:, 0], self._table[:, 1:] = idf, weights
        self.idf = self._table[:, 0]
        self.weights = self._table[:, 1:]          # pieces x classes
        self.bias = bias
        self.classes = classes
        self.runs = runs if runs is not None else RunTable.of(self.index)
        # What each word adds, remembered for the words most recently read (a bounded cache).
        self._word = functools.lru_cache(maxsize=CACHE_SIZE)(self._word_uncached)

    @classmethod
    def load(cls, path: str | Path | None = None):
        with np.load(path or cls.MODEL_FILE, allow_pickle=False) as data:
            pieces = bytes(data["pieces"]).decode().split("\n")
            runs = RunTable(len(pieces), data["pairs"], data["pair_rows"], data["triples"], data["triple_rows"])
            return cls(pieces, data["idf"], data["weights"], data["bias"], str(data["classes"]).split(), runs)

    def save(self, path: str | Path, **extra: str) -> None:
        """Write the model as `load` reads it (a build script's last step); `extra`: strings kept beside it."""
        pieces = "\n".join(sorted(self.index, key=self.index.__getitem__)).encode()
        runs = RunTable.of(self.index)
        np.savez(path, pieces=np.frombuffer(pieces, dtype=np.uint8), idf=np.ascontiguousarray(self.idf),
                 weights=np.ascontiguousarray(self.weights, dtype=self.STORED_WEIGHTS), bias=self.bias,
                 classes=np.array(" ".join(self.classes)), pairs=runs.pairs, pair_rows=runs.pair_rows,
                 triples=runs.triples, triple_rows=runs.triple_rows, **{k: np.array(v) for k, v in extra.items()})

    def probabilities(self, text: str) -> dict[str, float]:
        """Every class's probability for `text`."""
        return self._probabilities(fold(text).split())

    def _probabilities(self, words: list[str]) -> dict[str, float]:
        _rows, values, weights = self._vector(words)
        scores = (self.bias + values @ weights).tolist()
        top = max(scores)
        exp = [math.exp(score - top) for score in scores]
        total = sum(exp)
        return {name: e / total for name, e in zip(self.classes, exp)}

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
