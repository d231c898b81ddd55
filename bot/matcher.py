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

An intent's score is its best phrasing's. `Matcher.rank` returns intents best
first, each with the phrasing that matched and every component, so a reply
can explain itself.

It scales to 100,000 phrasings: each phrasing is normalised once, at build
time; words are kept as postings (for each stem, the phrasings and intents
that have it), so a message's overlap is the sum of its few words' postings
(`np.bincount`), never a phrasings x vocabulary matrix. Above `PRUNE_ABOVE`
phrasings the fuzzy score, the costly part, is worked out only for the
phrasings that can still change the best intents (see `_worth_scoring`;
from BOUND_BY_LENGTH_ABOVE, a simpler form of it, `_bounded_by_lengths`):
bounded by the texts' lengths, or, for a message that lengths cannot prune
(words found everywhere, or nowhere), by the letters each phrasing shares
with it. The bounds are upper bounds, so the ranking is the same as scoring
them all.
"""
from __future__ import annotations

import math
from typing import NamedTuple, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from .arrays import ranges
from .intents import Intent, collector_paused
from .text import Analysis, Normaliser

# How the components are weighed. Tuned on the intents' own phrasings
# (see `headache-bot eval`) and the development messages.
WORD_WEIGHT = 0.55
FUZZY_WEIGHT = 0.25
INTENT_WEIGHT = 0.20
RECALL_BETA = 1.0           # > 1 favours recall (explaining the whole message)
UNKNOWN_WORD_WEIGHT = 0.7   # an unknown word weighs this share of the rarest known word
IDF_SMOOTHING = 1.0         # added to every word's weight, so common words still count
# (1.0 and 0.7 against 2.0 and 0.9 before: on the eight benchmark sets no more wrong answers and no lower
#  overall score on any, 5.2 points fewer wrong summed over them; cross-validated accuracy 72.8 -> 72.5%)

# Above this many phrasings the fuzzy score is only worked out where it can still change the
# best intents, bounded intent by intent (below it, the simpler pruning below is faster). Measured with
# tests/benchmarks/scale.py, reply CPU median with this pruning against the simpler one: 0.73 against 0.49 ms
# at 3,200 phrasings, 1.48 against 1.10 at 20,000, 1.03 against 0.96 at 30,000; at 40,000 the simpler one
# is slower on messages about other things (2.4 against 1.8 ms).
PRUNE_ABOVE = 20000
# From this many phrasings up to PRUNE_ABOVE, a simpler pruning pays (`_bounded_by_lengths`): every phrasing
# bounded by its length, the floor from the FLOOR_FIRST best-bounded ones scored first. On the shipped 3,000
# phrasings it scores about a fifth of them, and the matcher's part of a reply went from 171 to 118 µs.
BOUND_BY_LENGTH_ABOVE = 1000
FLOOR_FIRST = 200
# When the bounds are worked out from letters, the floor is taken from this many best-bounded phrasings.
FLOOR_PHRASINGS = 2000
FLOOR_SAMPLE = 5000         # bounds read to find about that many best-bounded ones
SCORE_ALL_ABOVE = 0.5       # share of the phrasings: fuzzy scores for more are worked out for all (see `_fuzzy`)
LETTER_CHUNK = 4096        # texts whose letters are counted at a time
# A message word in more than this many phrasings, while such words weigh at most this share of the message,
# bounds its phrasings by their intent rather than one by one (see `_worth_scoring`).
COMMON_PHRASINGS = 2000
COMMON_SHARE = 0.35
BOUND_SLACK = 1e-4          # bounds are widened by this much against float rounding


class Candidate(NamedTuple):
    """One intent's score for a message, with the evidence behind it. (An immutable named tuple rather than a
    frozen dataclass: a reply makes a few dozen, and a tuple is made three times as fast.)"""

    intent: str
    score: float
    phrasing: str
    words: float       # rarity-weighted F-measure of word overlap with the best phrasing
    fuzzy: float       # token_sort_ratio of the stems, 0..1
    coverage: float    # share of the message's word weight the intent's vocabulary knows
    lexical: float | None = None    # the matcher's own score, when `score` fuses in meaning (understanding.py)
    semantic: float | None = None   # the best cosine with the intent's phrasings (semantic.py)
    model: float | None = None      # the answer model's probability, when a share of `score` is it (answer_model.py)

    def to_dict(self) -> dict:
        scores = {"words": round(self.words, 4), "fuzzy": round(self.fuzzy, 4), "coverage": round(self.coverage, 4)}
        if self.semantic is not None:
            scores.update(lexical=round(self.lexical, 4), semantic=round(self.semantic, 4))
        if self.model is not None:
            scores.update(model=round(self.model, 4))
        return {"intent": self.intent, "score": round(self.score, 4), "phrasing": self.phrasing, "scores": scores}


class Matcher:
    def __init__(self, intents: Sequence[Intent], normaliser: Normaliser):
        with collector_paused():
            self._build(intents, normaliser)

    def _build(self, intents: Sequence[Intent], normaliser: Normaliser) -> None:
        self.normaliser = normaliser
        self.intent_ids: list[str] = []
        texts: list[str] = []
        owner: list[int] = []
        for intent in intents:
            if not intent.phrasings:
                continue
            index = len(self.intent_ids)
            self.intent_ids.append(intent.id)
            texts += dict.fromkeys((intent.title, *intent.phrasings))
            owner += [index] * (len(texts) - len(owner))
        reading = normaliser.read_many(texts)
        normalised, counts, column = reading.texts, reading.counts, reading.stems   # (every phrasing's stems, end to end)
        # Whole normalised sentences, stop words included: "what can you help me with" is not "that helped".
        targets = [" ".join(sorted(text.split())) for text in normalised]
        self._column: dict[str, int] = {stem: c for c, stem in enumerate(reading.vocabulary)}   # (in order of appearance)
        self.phrasings = texts
        self.normalised = normalised             # each phrasing as the normaliser reads it (for other signals)
        targets = _packed(targets)
        self._fuzzy_target_list = targets                        # (cdist reads a list fastest)
        self._fuzzy_targets = np.array(targets, dtype=object)   # (and picks subsets fastest from an array)
        n_intents, n_phrasings, n_words = len(self.intent_ids), len(texts), len(self._column)
        self._owner = np.array(owner, dtype=np.int32)
        self.owners = self._owner                # the index in `intent_ids` of each phrasing's intent
        # Where each intent's phrasings start in the phrasing arrays (they are contiguous).
        self._starts = np.searchsorted(self._owner, np.arange(n_intents)).astype(np.int64)
        self._ends = np.append(self._starts[1:], n_phrasings)
        # Postings, word-major: the phrasings (and intents) that have word `c` are
        # `_rows[_row_start[c]:_row_start[c + 1]]` (and `_intents[_intent_start[c]:...]`), ascending.
        row = np.repeat(np.arange(n_phrasings, dtype=np.int32), counts)
        order = np.argsort(column, kind="stable")
        self._rows, self._row_start = row[order], _starts_of(column, n_words)
        # Sorted by word, then by phrasing, and so by intent: a word's intents are its phrasings' owners, once each.
        word, holder = column[order], self._owner[self._rows]
        first = np.ones(len(word), dtype=bool)
        first[1:] = (word[1:] != word[:-1]) | (holder[1:] != holder[:-1])
        self._intents, self._intent_start = holder[first], _starts_of(word[first], n_words)
        document_frequency = np.diff(self._intent_start).astype(np.float32)
        self._idf = (np.log((n_intents + 1) / (document_frequency + 0.5)) + IDF_SMOOTHING).astype(np.float32)
        self._unknown_weight = float((math.log(n_intents + 1) + IDF_SMOOTHING) * UNKNOWN_WORD_WEIGHT) if n_intents else 1.0
        self._phrasing_weight = np.bincount(self._rows, weights=np.repeat(self._idf, np.diff(self._row_start)),
                                            minlength=n_phrasings).astype(np.float32)
        self._weight_divisor = np.maximum(self._phrasing_weight, 1e-6)      # (what precision divides by)
        self._target_length = np.fromiter(map(len, targets), dtype=np.float32, count=len(targets))
        self._letters, self._letter_row = _letter_counts(targets)
        self._shortest = np.minimum.reduceat(self._target_length, self._starts) if n_intents else self._target_length
        self._longest = np.maximum.reduceat(self._target_length, self._starts) if n_intents else self._target_length
        self._lightest = np.maximum(np.minimum.reduceat(self._phrasing_weight, self._starts) if n_intents
                                    else self._phrasing_weight, np.float32(1e-6))      # each intent's lightest phrasing

    def weight(self, stem: str) -> float:
        column = self._column.get(stem)
        return float(self._idf[column]) if column is not None else self._unknown_weight

    def rank(self, analysis: Analysis, limit: int = 5) -> list[Candidate]:
        """The best `limit` intents for a message, best first (empty if it has no content words)."""
        if not analysis.stems or not self.intent_ids or limit <= 0:
            return []
        columns = [c for c in map(self._column.get, analysis.stems) if c is not None]
        unknown = self._unknown_weight * (len(analysis.stems) - len(columns))
        weights = self._idf[columns]
        total = float(weights.sum(dtype=np.float32)) + unknown
        overlap = self._sum_postings(self._rows, self._row_start, columns, weights, len(self.phrasings))
        coverage = self._sum_postings(self._intents, self._intent_start, columns, weights, len(self.intent_ids)) / total
        query = _sorted_words(analysis.text)
        if len(self.phrasings) > PRUNE_ABOVE:
            rows, words = self._worth_scoring(query, overlap, total, coverage, limit, columns, weights)
            return self._best(query, rows, overlap, total, coverage, limit, words)
        if len(self.phrasings) > BOUND_BY_LENGTH_ABOVE:
            rows, words, fuzzy = self._bounded_by_lengths(query, overlap, total, coverage, limit)
            return self._best(query, rows, overlap, total, coverage, limit, words, fuzzy=fuzzy)
        return self._best(query, None, overlap, total, coverage, limit)

    def _best(self, query: str, rows: np.ndarray | None, overlap: np.ndarray, total: float, coverage: np.ndarray,
              limit: int, words: np.ndarray | None = None, scores_only: bool = False,
              fuzzy: np.ndarray | None = None) -> list[Candidate] | list[float]:
        """The best `limit` intents, scored on their phrasings `rows` (ascending; None: all), every one
        given its fuzzy score (`scores_only`: their scores alone, best first). `words`, `fuzzy`: the rows'
        word and fuzzy scores, when already worked out.

        An intent is scored on its phrasings among `rows` only: when pruning, they are all the phrasings
        whose bound reaches the floor, so an intent left out, or a phrasing of it left out, is bound to
        score below the best `limit` intents, and an intent among them gets the score, the phrasing and
        the components it gets with every phrasing scored.
        """
        if rows is not None and not len(rows):
            return []
        if rows is None:
            owners, first = self._owner, self._starts
        else:
            owners = self._owner[rows]
            first = _run_starts(owners)      # where each intent's phrasings start in `rows`
        if words is None:
            words = self._word_scores(overlap if rows is None else overlap[rows], rows, total)
        if fuzzy is None:
            fuzzy = self._fuzzy(query, rows)
        phrasing_score = (WORD_WEIGHT * words + FUZZY_WEIGHT * fuzzy) / (WORD_WEIGHT + FUZZY_WEIGHT)
        intents = owners[first]
        score = (1 - INTENT_WEIGHT) * np.maximum.reduceat(phrasing_score, first) + INTENT_WEIGHT * coverage[intents]
        if scores_only:
            return np.sort(score)[::-1][:limit].tolist()
        ends = np.append(first[1:], len(phrasing_score))
        result = []
        for k in _top(score, limit):
            i, start = int(intents[k]), int(first[k])
            best = start + int(phrasing_score[start:ends[k]].argmax())
            result.append(Candidate(self.intent_ids[i], float(score[k]), self.phrasings[best if rows is None else rows[best]],
                                    float(words[best]), float(fuzzy[best]), float(coverage[i])))
        return result

    def _word_scores(self, overlap: np.ndarray, rows: np.ndarray | None, total: float) -> np.ndarray:
        """The phrasings' (`rows`; None: all) rarity-weighted F-measure of word overlap with the message."""
        recall = overlap / total
        precision = overlap / (self._weight_divisor if rows is None else self._weight_divisor[rows])
        beta2 = RECALL_BETA ** 2
        return (1 + beta2) * precision * recall / np.maximum(beta2 * precision + recall, 1e-6)

    @staticmethod
    def _sum_postings(rows: np.ndarray, row_start: np.ndarray, columns: list[int], weights: np.ndarray,
                      size: int) -> np.ndarray:
        """For every row, the summed weights of the message's words it holds (float32)."""
        if not columns:
            return np.zeros(size, dtype=np.float32)
        lengths = row_start[np.add(columns, 1)] - row_start[columns]
        ids = np.concatenate([rows[row_start[c]:row_start[c + 1]] for c in columns])
        return np.bincount(ids, weights=np.repeat(weights, lengths), minlength=size).astype(np.float32)

    def _fuzzy(self, query: str, rows: np.ndarray | None) -> np.ndarray:
        """fuzz.ratio of the message with the phrasings `rows` (None: all), 0..1. (cdist reads texts one after the
        other in memory about twice as fast as texts picked here and there: past SCORE_ALL_ABOVE of them, it
        scores them all and the scores of `rows` are picked, the same as scored alone.)"""
        every = rows is None or len(rows) > SCORE_ALL_ABOVE * len(self.phrasings)
        targets = self._fuzzy_target_list if every else self._fuzzy_targets[rows]
        scores = process.cdist([query], targets, scorer=fuzz.ratio, dtype=np.float32, workers=1)[0] / np.float32(100.0)
        return scores[rows] if every and rows is not None else scores

    @staticmethod
    def _length_bound(query: str, lengths: np.ndarray) -> np.ndarray:
        """The most fuzz.ratio (0..1) can give the message and texts of these lengths (a little more)."""
        length = np.float32(len(query))
        return 2 * np.minimum(lengths, length) / np.maximum(lengths + length, 1) + BOUND_SLACK

    def _fuzzy_bound(self, query: str, rows: np.ndarray) -> np.ndarray:
        return self._length_bound(query, self._target_length[rows])

    def _letter_bound(self, query: str) -> np.ndarray:
        """For every phrasing, the most fuzz.ratio (0..1) can give it and the message, from the letters
        they share (a little more): 2 x (matching characters) can be no more than 2 x the sum, over each
        letter, of the fewer times either has it. Tighter than the lengths, and dearer to work out.
        (Counts are kept up to 255, which is exact for a message of at most 255 characters: longer ones are
        bounded by their lengths.)"""
        lengths = self._target_length
        if self._letters is None or not query.isascii() or len(query) > 255:
            return self._length_bound(query, lengths)
        counts = np.bincount(np.frombuffer(query.encode("ascii"), dtype=np.uint8), minlength=128)
        shared = np.zeros(len(lengths), dtype=np.uint8)     # (at most len(query))
        fewer = np.empty(len(lengths), dtype=np.uint8)
        for letter in np.flatnonzero(counts):
            row = self._letter_row[letter]
            if row >= 0:
                np.add(shared, np.minimum(self._letters[row], np.uint8(counts[letter]), out=fewer), out=shared)
        return 2 * shared.astype(np.float32) / np.maximum(lengths + np.float32(len(query)), 1) + BOUND_SLACK

    def _worth_scoring(self, query: str, overlap: np.ndarray, total: float, coverage: np.ndarray, limit: int,
                       columns: list[int], weights: np.ndarray) -> tuple[np.ndarray | None, np.ndarray | None]:
        """The phrasings that can still make their intent one of the best `limit` (ascending; None: all),
        and their word scores (None: not worked out).

        fuzz.ratio is 2 * (matching characters) / (both lengths), so at most
        2 * min(l1, l2) / (l1 + l2): with the word scores known, that bounds each
        phrasing's score, and so each intent's. A phrasing that shares no word
        with the message scores its fuzzy part only, bounded by its intent's
        phrasing lengths nearest the message's. The intents with the highest
        bounds are scored in full; their `limit`-th best score is a floor that
        any other intent's bound, and then each of its phrasings' bound, must
        reach. When that leaves most phrasings (a message of words found
        everywhere, or of none found anywhere), each phrasing's fuzzy score is
        bounded by the letters it shares with the message instead
        (`_bounded_by_letters`).

        The message's commonest words (`_common_words`) are found in so many
        phrasings that bounding each of those phrasings costs more than the
        rest of the reply: a phrasing that has none of the other words is
        bounded by its intent alone (it explains at most the common words'
        weight, and weighs at least the intent's lightest phrasing).
        """
        nearest = np.minimum(np.maximum(self._shortest, np.float32(len(query))), self._longest)
        length_part = FUZZY_WEIGHT * self._length_bound(query, nearest) / (WORD_WEIGHT + FUZZY_WEIGHT)
        bound = length_part.copy()
        common, rare = self._common_words(columns, weights, total)
        if common:
            touched = np.zeros(len(self.phrasings), dtype=bool)     # (a mask is faster than np.unique)
            for k in rare:
                touched[self._postings(columns[k])] = True
            touched = np.flatnonzero(touched)
        else:
            touched = np.flatnonzero(overlap > 0)     # (a boolean mask is ten times faster to search than floats)
        self._raise_to_phrasings(bound, query, overlap, total, touched)
        chosen, floor = self._above_floor(query, (1 - INTENT_WEIGHT) * bound + INTENT_WEIGHT * coverage, overlap, total,
                                          coverage, limit)
        if common:
            # The intents whose phrasings of common words only might still reach the floor get those bounded too.
            common_weight = np.float32(sum(float(weights[k]) for k in common))
            precision = np.minimum(common_weight / self._lightest, np.float32(1))
            recall = common_weight / np.float32(total)
            beta2 = RECALL_BETA ** 2
            words = (1 + beta2) * precision * recall / np.maximum(beta2 * precision + recall, 1e-6)
            loose = ((1 - INTENT_WEIGHT) * (length_part + WORD_WEIGHT * words / (WORD_WEIGHT + FUZZY_WEIGHT) + BOUND_SLACK)
                     + INTENT_WEIGHT * coverage)
            unsure = np.zeros(len(self.intent_ids), dtype=bool)     # (the intents that have a common word)
            for k in common:
                unsure[self._intents[self._intent_start[columns[k]]:self._intent_start[columns[k] + 1]]] = True
            unsure = np.flatnonzero(unsure & (loose >= floor))
            if (self._ends[unsure] - self._starts[unsure]).sum() < len(self.phrasings) // 8:
                rows = ranges(self._starts[unsure], self._ends[unsure])
                self._raise_to_phrasings(bound, query, overlap, total, rows[overlap[rows] > 0])
            else:       # (many phrasings: cheaper picked out from those that share a word with the message)
                picked = np.zeros(len(self.intent_ids), dtype=bool)
                picked[unsure] = True
                rows = np.flatnonzero(overlap > 0)
                self._raise_to_phrasings(bound, query, overlap, total, rows[picked[self._owner[rows]]])
            chosen = np.flatnonzero((1 - INTENT_WEIGHT) * bound + INTENT_WEIGHT * coverage >= floor)
        if (self._ends[chosen] - self._starts[chosen]).sum() > len(self.phrasings) // 2:
            return self._bounded_by_letters(query, overlap, total, coverage, limit, floor)
        rows = ranges(self._starts[chosen], self._ends[chosen])
        words = self._word_scores(overlap[rows], rows, total)
        reach = _reach(words, self._fuzzy_bound(query, rows), coverage[self._owner[rows]])
        worth = np.flatnonzero(reach >= floor)
        return rows[worth], words[worth]

    def _bounded_by_lengths(self, query: str, overlap: np.ndarray, total: float, coverage: np.ndarray,
                            limit: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`_worth_scoring` for a few thousand phrasings: each phrasing's fuzzy score bounded by the lengths,
        cheap to work out for them all; the floor is the `limit`-th best intent score with only the FLOOR_FIRST
        best-bounded phrasings scored (an intent's best phrasing can only do better). Returns the phrasings
        that reach it with their word and fuzzy scores (those of the first ones are not worked out twice)."""
        words = self._word_scores(overlap, None, total)
        reach = _reach(words, self._length_bound(query, self._target_length), coverage[self._owner])
        first = np.sort(np.argpartition(reach, len(reach) - FLOOR_FIRST)[len(reach) - FLOOR_FIRST:])
        fuzzy = np.full(len(reach), -1.0, dtype=np.float32)        # (-1: not worked out)
        fuzzy[first] = self._fuzzy(query, first)
        scores = self._best(query, first, overlap, total, coverage, limit, words[first], scores_only=True, fuzzy=fuzzy[first])
        floor = scores[-1] - BOUND_SLACK if len(scores) == limit else -np.inf
        worth = np.flatnonzero(reach >= floor)
        unscored = worth[fuzzy[worth] < 0]
        if len(unscored):
            fuzzy[unscored] = self._fuzzy(query, unscored)
        return worth, words[worth], fuzzy[worth]

    def _bounded_by_letters(self, query: str, overlap: np.ndarray, total: float, coverage: np.ndarray, limit: int,
                            floor: float) -> tuple[np.ndarray | None, np.ndarray | None]:
        """`_worth_scoring` with each phrasing's fuzzy score bounded by the letters it shares with the message
        (`_letter_bound`), from `floor`, raised with those bounds (`_floor_from_phrasings`)."""
        words = self._word_scores(overlap, None, total)
        reach = _reach(words, self._letter_bound(query), coverage[self._owner])
        floor = max(floor, self._floor_from_phrasings(query, reach, overlap, total, coverage, limit))
        if floor == -np.inf:
            return None, words
        worth = np.flatnonzero(reach >= floor)
        return worth, words[worth]

    def _postings(self, column: int) -> np.ndarray:
        """The phrasings that have word `column`, ascending."""
        return self._rows[self._row_start[column]:self._row_start[column + 1]]

    def _raise_to_phrasings(self, bound: np.ndarray, query: str, overlap: np.ndarray, total: float,
                            rows: np.ndarray) -> None:
        """Raise each intent's `bound` to its phrasings' `rows` (ascending) bounds: word scores and lengths."""
        if len(rows):
            with_words = (WORD_WEIGHT * self._word_scores(overlap[rows], rows, total)
                          + FUZZY_WEIGHT * self._fuzzy_bound(query, rows)) / (WORD_WEIGHT + FUZZY_WEIGHT)
            owners = self._owner[rows]
            first = _run_starts(owners)
            intents = owners[first]
            bound[intents] = np.maximum(bound[intents], np.maximum.reduceat(with_words, first))

    def _common_words(self, columns: list[int], weights: np.ndarray, total: float) -> tuple[list[int], list[int]]:
        """The message's known words (positions in `columns`) split into the common ones, bounded by intent, and
        the others: the words in the most phrasings, while each is in more than COMMON_PHRASINGS and together
        they weigh at most COMMON_SHARE of the message."""
        order = sorted(range(len(columns)), key=lambda k: self._row_start[columns[k]] - self._row_start[columns[k] + 1])
        common, weight = [], 0.0
        for k in order:
            if (self._row_start[columns[k] + 1] - self._row_start[columns[k]] <= COMMON_PHRASINGS
                    or weight + float(weights[k]) > COMMON_SHARE * total):
                break
            common.append(k)
            weight += float(weights[k])
        return common, [k for k in order if k not in common]

    def _floor_from_phrasings(self, query: str, reach: np.ndarray, overlap: np.ndarray, total: float,
                              coverage: np.ndarray, limit: int) -> float:
        """A score at least `limit` intents reach: the `limit`-th best of the intents' scores with only their
        phrasings among about FLOOR_PHRASINGS of the best-bounded ones (`reach`: every phrasing's bound; an
        intent's best phrasing can only do better)."""
        rows = None
        if len(reach) > 2 * FLOOR_PHRASINGS:
            # (Any phrasings' intents make a floor: those whose bound reaches a level that an evenly spaced sample
            # puts near the FLOOR_PHRASINGS-th best are as good as the best ones, and found without a partition.)
            sample = reach[::max(1, len(reach) // FLOOR_SAMPLE)]
            above = max(1, round(len(sample) * FLOOR_PHRASINGS / len(reach)))
            level = np.partition(sample, len(sample) - above)[len(sample) - above]
            rows = np.flatnonzero(reach >= level)
            if len(rows) > 2 * FLOOR_PHRASINGS:      # (many equal bounds)
                rows = np.sort(np.argpartition(reach, len(reach) - FLOOR_PHRASINGS)[-FLOOR_PHRASINGS:])
        scores = self._best(query, rows, overlap, total, coverage, limit, scores_only=True)
        return scores[-1] - BOUND_SLACK if len(scores) == limit else -np.inf

    def _above_floor(self, query: str, bound: np.ndarray, overlap: np.ndarray, total: float,
                     coverage: np.ndarray, limit: int) -> tuple[np.ndarray, float]:
        """The intents whose `bound` reaches the `limit`-th best score of the `limit` best-bounded ones
        (scored in full), and that score."""
        first = np.sort(np.argpartition(bound, len(bound) - limit)[len(bound) - limit:]) if len(bound) > limit \
            else np.arange(len(bound))     # (any `limit` best-bounded ones: which of equal bounds does not matter)
        scores = self._best(query, ranges(self._starts[first], self._ends[first]), overlap, total, coverage, limit,
                            scores_only=True)
        floor = scores[-1] - BOUND_SLACK if len(scores) == limit else -np.inf
        return np.flatnonzero(bound >= floor), floor


def _reach(words: np.ndarray, fuzzy_bound: np.ndarray, coverage: np.ndarray) -> np.ndarray:
    """The most each phrasing can score: its word score, its fuzzy score's bound, its intent's coverage."""
    return ((1 - INTENT_WEIGHT) * (WORD_WEIGHT * words + FUZZY_WEIGHT * fuzzy_bound) / (WORD_WEIGHT + FUZZY_WEIGHT)
            + INTENT_WEIGHT * coverage)


def _starts_of(groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Where each group starts once `groups` is sorted, with the total at the end."""
    starts = np.zeros(n_groups + 1, dtype=np.int64)
    np.cumsum(np.bincount(groups, minlength=n_groups), out=starts[1:])
    return starts


def _letter_counts(texts: list[str]) -> tuple[np.ndarray | None, np.ndarray]:
    """How many times (up to 255) each text has each character (one row per character that occurs, one
    column per text), and each ASCII code's row (-1: in no text). (None, ...) unless every text is ASCII."""
    row_of = np.full(128, -1, dtype=np.int64)
    if not all(map(str.isascii, texts)):
        return None, row_of
    present = np.zeros(128, dtype=bool)
    for first in range(0, len(texts), LETTER_CHUNK):
        present[np.frombuffer("".join(texts[first:first + LETTER_CHUNK]).encode("ascii"), dtype=np.uint8)] = True
    letters = np.flatnonzero(present)
    row_of[letters] = np.arange(len(letters))
    counts = np.zeros((len(letters), len(texts)), dtype=np.uint8)
    for first in range(0, len(texts), LETTER_CHUNK):      # (a chunk at a time bounds the scratch memory)
        chunk = texts[first:first + LETTER_CHUNK]
        row = row_of[np.frombuffer("".join(chunk).encode("ascii"), dtype=np.uint8)]
        lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
        text = np.repeat(np.arange(len(chunk), dtype=np.int64), lengths)
        found = np.bincount(row * len(chunk) + text, minlength=len(letters) * len(chunk)).reshape(len(letters), len(chunk))
        counts[:, first:first + len(chunk)] = np.minimum(found, 255)
    return counts, row_of


def _run_starts(values: np.ndarray) -> np.ndarray:
    """Where each run of equal values starts in `values` (not empty)."""
    starts = np.empty(len(values), dtype=np.int64)
    starts[0] = 0
    found = np.flatnonzero(values[1:] != values[:-1])
    starts[1:len(found) + 1] = found + 1
    return starts[:len(found) + 1]


def _packed(texts: list[str]) -> list[str]:
    """The same texts, made afresh one after the other: `cdist` reads texts that lie together in memory
    twice as fast as texts scattered among everything else built with them (at 100,000 phrasings)."""
    joined = "\n".join(texts)
    return joined.split("\n") if joined.count("\n") == len(texts) - 1 else list(texts)


def _top(score: np.ndarray, limit: int) -> np.ndarray:
    """The indices of the `limit` highest scores, best first, ties in index order (as a stable sort)."""
    if len(score) > max(256, 4 * limit):      # (a partial sort pays only on long lists)
        kth = np.partition(score, len(score) - limit)[len(score) - limit]
        chosen = np.flatnonzero(score >= kth)
        return chosen[np.argsort(-score[chosen], kind="stable")][:limit]
    return np.argsort(-score, kind="stable")[:limit]


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))
