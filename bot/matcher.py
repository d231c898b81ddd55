"""The matcher: which intent a message is about, how sure, and why.

Every phrasing of every intent is normalised once (`text.Normaliser`) into
content-word stems. A message is compared with all phrasings at once:

- word overlap weighted by rarity (IDF over intents): how much of the message
  the phrasing explains (recall) and how much of the phrasing the message
  contains (precision). Words no phrasing knows ("insurance", "pregnant")
  count against every intent: the cheapest sign of an out-of-scope question;
- rapidfuzz's token-sort ratio of the whole normalised sentences (`fuzz.ratio` over words sorted once, in
  advance, which gives the same score as `token_sort_ratio` at an eighth of
  the cost) through `process.cdist`, for word order and the spelling slips
  that correction left;
- the intent's vocabulary as a whole, so a long message whose words are spread
  over several phrasings of one intent still finds it.

The scores are numpy vectors over all phrasings; an intent's score is its best
phrasing's. `Matcher.rank` returns intents best first, each with the phrasing
that matched and every component, so a reply can explain itself.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from .intents import Intent
from .text import Analysis, Normaliser

# How the components are weighed. Tuned on the intents' own phrasings
# (see `headache-bot eval`) and the development messages.
WORD_WEIGHT = 0.55
FUZZY_WEIGHT = 0.25
INTENT_WEIGHT = 0.20
RECALL_BETA = 1.0           # > 1 favours recall (explaining the whole message)
UNKNOWN_WORD_WEIGHT = 0.9   # an unknown word weighs this share of the rarest known word
IDF_SMOOTHING = 2.0         # added to every word's weight, so common words still count


@dataclass(frozen=True)
class Candidate:
    """One intent's score for a message, with the evidence behind it."""

    intent: str
    score: float
    phrasing: str
    words: float       # rarity-weighted F-measure of word overlap with the best phrasing
    fuzzy: float       # token_sort_ratio of the stems, 0..1
    coverage: float    # share of the message's word weight the intent's vocabulary knows
    lexical: float | None = None    # the matcher's own score, when `score` fuses in meaning (understanding.py)
    semantic: float | None = None   # the best cosine with the intent's phrasings (semantic.py)

    def to_dict(self) -> dict:
        scores = {"words": round(self.words, 4), "fuzzy": round(self.fuzzy, 4), "coverage": round(self.coverage, 4)}
        if self.semantic is not None:
            scores.update(lexical=round(self.lexical, 4), semantic=round(self.semantic, 4))
        return {"intent": self.intent, "score": round(self.score, 4), "phrasing": self.phrasing, "scores": scores}


class Matcher:
    def __init__(self, intents: Sequence[Intent], normaliser: Normaliser):
        self.normaliser = normaliser
        self.intent_ids: list[str] = []
        texts: list[str] = []
        normalised: list[str] = []
        stems: list[tuple[str, ...]] = []
        owner: list[int] = []
        for intent in intents:
            if not intent.phrasings:
                continue
            index = len(self.intent_ids)
            self.intent_ids.append(intent.id)
            for phrasing in dict.fromkeys((intent.title, *intent.phrasings)):
                analysis = normaliser.analyse(phrasing)
                texts.append(phrasing)
                normalised.append(analysis.text)
                stems.append(analysis.stems)
                owner.append(index)
        self.phrasings = texts
        self._owner = np.array(owner, dtype=np.int64)
        vocabulary = sorted({s for row in stems for s in row})
        self._column = {s: i for i, s in enumerate(vocabulary)}
        n_intents, n_words = len(self.intent_ids), len(vocabulary)
        phrasing_words = np.zeros((len(texts), n_words), dtype=np.float32)
        intent_words = np.zeros((n_intents, n_words), dtype=np.float32)
        for row, (words, intent_index) in enumerate(zip(stems, owner)):
            for word in words:
                phrasing_words[row, self._column[word]] = 1.0
                intent_words[intent_index, self._column[word]] = 1.0
        document_frequency = intent_words.sum(axis=0)
        self._idf = (np.log((n_intents + 1) / (document_frequency + 0.5)) + IDF_SMOOTHING).astype(np.float32)
        self._unknown_weight = float((math.log(n_intents + 1) + IDF_SMOOTHING) * UNKNOWN_WORD_WEIGHT) if n_intents else 1.0
        # Word-major copies: a message has a handful of words, so its overlap with every phrasing
        # (or intent) is the sum of those words' rows, not a product with the whole matrix.
        self._word_phrasings = np.ascontiguousarray(phrasing_words.T)
        self._word_intents = np.ascontiguousarray(intent_words.T)
        self._phrasing_weight = phrasing_words @ self._idf
        # Whole normalised sentences, stop words included: "what can you help me with" is not "that helped".
        self._fuzzy_targets = [_sorted_words(text) for text in normalised]
        # Where each intent's phrasings start in the phrasing arrays (they are contiguous).
        self._starts = np.searchsorted(self._owner, np.arange(n_intents))

    def weight(self, stem: str) -> float:
        column = self._column.get(stem)
        return float(self._idf[column]) if column is not None else self._unknown_weight

    def rank(self, analysis: Analysis, limit: int = 5) -> list[Candidate]:
        """The best `limit` intents for a message, best first (empty if it has no content words)."""
        if not analysis.stems or not self.intent_ids:
            return []
        columns, weights = [], []
        unknown = 0.0
        for stem in analysis.stems:
            column = self._column.get(stem)
            if column is None:
                unknown += self._unknown_weight
            else:
                columns.append(column)
                weights.append(self._idf[column])
        weights = np.array(weights, dtype=np.float32)
        total = float(weights.sum()) + unknown
        overlap = weights @ self._word_phrasings[columns]
        recall = overlap / total
        precision = overlap / np.maximum(self._phrasing_weight, 1e-6)
        beta2 = RECALL_BETA ** 2
        words = (1 + beta2) * precision * recall / np.maximum(beta2 * precision + recall, 1e-6)
        fuzzy = process.cdist([_sorted_words(analysis.text)], self._fuzzy_targets, scorer=fuzz.ratio,
                              dtype=np.float32, workers=1)[0] / 100.0
        phrasing_score = (WORD_WEIGHT * words + FUZZY_WEIGHT * fuzzy) / (WORD_WEIGHT + FUZZY_WEIGHT)
        best_per_intent = np.maximum.reduceat(phrasing_score, self._starts)
        coverage = (weights @ self._word_intents[columns]) / total
        score = (1 - INTENT_WEIGHT) * best_per_intent + INTENT_WEIGHT * coverage
        order = np.argsort(-score, kind="stable")[:limit]
        result = []
        for i in order:
            start = self._starts[i]
            end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.phrasings)
            best = start + int(np.argmax(phrasing_score[start:end]))
            result.append(Candidate(self.intent_ids[i], float(score[i]), self.phrasings[best],
                                    float(words[best]), float(fuzzy[best]), float(coverage[i])))
        return result


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))
