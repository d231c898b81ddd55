"""The scalable matcher scores exactly as the plain definition does, and pruning never changes a ranking.

`DenseReference` is the matcher as first written (dense phrasings x words
matrices, `cdist` over every phrasing): the definition the postings and the
pruned fuzzy scores must reproduce.
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from rapidfuzz import fuzz, process

import bot
from bot import matcher as matcher_module
from bot.matcher import (FUZZY_WEIGHT, IDF_SMOOTHING, INTENT_WEIGHT, RECALL_BETA, UNKNOWN_WORD_WEIGHT,
                         WORD_WEIGHT, Matcher)
from script_loading import load_script

MESSAGES = [
    "what is botox", "wat is botex", "how long til botex wears of", "does botox damage the muscles for good",
    "the muscles, does botox damage them", "why do my traps hurt all the time", "could my neck be the reason for my migranes",
    "is the effect reversable", "what should i do instead", "how much does it cost", "hi", "thanks", "yes please",
    "worst headache of my life", "can i book an appointment", "what dose should i take", "does botox affect bones",
    "my neurologist wants to give me shots in my head and neck for chronic migraine, what is that about",
    "asdf qwer", "is botox safe for my parrot's zoo enclosure", "what is the capital of france", "tell me a joke about penguins",
    "botox on one side hurt the other side?", "i had botox three times and now my neck feels weak, will it come back",
    "insurance", "pregnant botox", "neck", "headache", "muscle atrophy study rabbits", "who wrote the article",
]


class DenseReference:
    """The dense matcher: [(intent, score, phrasing, words, fuzzy, coverage)] best first."""

    def __init__(self, intents, normaliser):
        ids, texts, normalised, stems, owner = [], [], [], [], []
        for intent in intents:
            if not intent.phrasings:
                continue
            ids.append(intent.id)
            for phrasing in dict.fromkeys((intent.title, *intent.phrasings)):
                a = normaliser.analyse(phrasing)
                texts.append(phrasing), normalised.append(a.text), stems.append(a.stems), owner.append(len(ids) - 1)
        self.ids, self.texts, self.owner = ids, texts, np.array(owner)
        self.column = {s: i for i, s in enumerate(sorted({s for row in stems for s in row}))}
        self.phrasing_words = np.zeros((len(texts), len(self.column)), dtype=np.float32)
        self.intent_words = np.zeros((len(ids), len(self.column)), dtype=np.float32)
        for row, (words, i) in enumerate(zip(stems, owner)):
            for word in words:
                self.phrasing_words[row, self.column[word]] = self.intent_words[i, self.column[word]] = 1.0
        self.idf = (np.log((len(ids) + 1) / (self.intent_words.sum(axis=0) + 0.5)) + IDF_SMOOTHING).astype(np.float32)
        self.unknown_weight = (math.log(len(ids) + 1) + IDF_SMOOTHING) * UNKNOWN_WORD_WEIGHT
        self.targets = [" ".join(sorted(t.split())) for t in normalised]

    def rank(self, analysis, limit):
        if not analysis.stems:
            return []
        message = np.zeros(len(self.column), dtype=np.float32)
        unknown = 0.0
        for stem in analysis.stems:
            if stem in self.column:
                message[self.column[stem]] = self.idf[self.column[stem]]
            else:
                unknown += self.unknown_weight
        total = float(message.sum()) + unknown
        overlap = self.phrasing_words @ message
        recall, precision = overlap / total, overlap / np.maximum(self.phrasing_words @ self.idf, 1e-6)
        beta2 = RECALL_BETA ** 2
        words = (1 + beta2) * precision * recall / np.maximum(beta2 * precision + recall, 1e-6)
        query = " ".join(sorted(analysis.text.split()))
        fuzzy = process.cdist([query], self.targets, scorer=fuzz.ratio, dtype=np.float32)[0] / 100.0
        phrasing_score = (WORD_WEIGHT * words + FUZZY_WEIGHT * fuzzy) / (WORD_WEIGHT + FUZZY_WEIGHT)
        best = [int(np.flatnonzero(self.owner == i)[np.argmax(phrasing_score[self.owner == i])]) for i in range(len(self.ids))]
        coverage = (self.intent_words @ message) / total
        score = (1 - INTENT_WEIGHT) * phrasing_score[best] + INTENT_WEIGHT * coverage
        return [(self.ids[i], float(score[i]), self.texts[best[i]], float(words[best[i]]), float(fuzzy[best[i]]),
                 float(coverage[i])) for i in np.argsort(-score, kind="stable")[:limit]]


@pytest.fixture(scope="module")
def reference(shipped):
    return DenseReference(shipped.understander.matched_intents, shipped.normaliser)


def as_tuples(candidates):
    return [(c.intent, c.score, c.phrasing, c.words, c.fuzzy, c.coverage) for c in candidates]


def assert_same_ranking(got, expected):
    assert [g[0] for g in got] == [e[0] for e in expected]
    assert [g[2] for g in got] == [e[2] for e in expected]
    for g, e in zip(got, expected):
        assert g[1] == pytest.approx(e[1], abs=1e-6) and g[3:] == pytest.approx(e[3:], abs=1e-6)


@pytest.mark.parametrize("message", MESSAGES)
def test_shipped_rankings_match_the_dense_definition(shipped, reference, message):
    analysis = shipped.normaliser.analyse(message)
    expected = reference.rank(analysis, 10)
    assert_same_ranking(as_tuples(shipped.matcher.rank(analysis, limit=10)), expected)


def test_pruned_rankings_on_the_shipped_intents_match_the_dense_definition(shipped, reference, monkeypatch):
    monkeypatch.setattr(matcher_module, "PRUNE_ABOVE", 0)
    for message in MESSAGES:
        analysis = shipped.normaliser.analyse(message)
        for limit in (1, 5):
            expected = reference.rank(analysis, limit)
            assert_same_ranking(as_tuples(shipped.matcher.rank(analysis, limit=limit)), expected)


def _scale_benchmark():
    return load_script("tests/benchmarks/scale.py")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A generated folder of about 6,000 phrasings: above the size where the matcher prunes (the tests
    below set PRUNE_ABOVE to choose which pruning)."""
    scale = _scale_benchmark()
    folder = tmp_path_factory.mktemp("large")
    scale.make_folder(6000, folder)
    return bot.load(folder), scale.messages()


def test_the_generated_folder_is_large_enough_to_prune(large):
    assistant, _ = large
    assert len(assistant.matcher.phrasings) > matcher_module.BOUND_BY_LENGTH_ABOVE


@pytest.mark.parametrize("common_phrasings", [matcher_module.COMMON_PHRASINGS, 50])
def test_pruning_gives_the_same_rankings_as_scoring_every_phrasing(large, monkeypatch, common_phrasings):
    # (at 50, most messages have words bounded by intent, as "botox" is at 100,000 phrasings: see _common_words)
    assistant, messages = large
    monkeypatch.setattr(matcher_module, "COMMON_PHRASINGS", common_phrasings)
    split = []
    real_common_words = Matcher._common_words
    monkeypatch.setattr(Matcher, "_common_words", lambda *a: split.append(real_common_words(*a)) or split[-1])
    scored = []
    real_fuzzy = Matcher._fuzzy

    def counting_fuzzy(self, query, rows):
        scored.append(len(self.phrasings) if rows is None else len(rows))
        return real_fuzzy(self, query, rows)

    monkeypatch.setattr(Matcher, "_fuzzy", counting_fuzzy)
    monkeypatch.setattr(matcher_module, "PRUNE_ABOVE", 0)
    phrasings = assistant.matcher.phrasings
    pruned_counts = []
    for message in messages + MESSAGES + phrasings[::400]:
        analysis = assistant.normaliser.analyse(message)
        for limit in (1, 5):
            scored.clear()
            pruned = as_tuples(assistant.matcher.rank(analysis, limit=limit))
            pruned_counts.append(sum(scored))
            monkeypatch.setattr(matcher_module, "PRUNE_ABOVE", len(phrasings))
            full = as_tuples(assistant.matcher.rank(analysis, limit=limit))
            monkeypatch.setattr(matcher_module, "PRUNE_ABOVE", 0)
            assert_same_ranking(pruned, full)
    # Most messages got fuzzy scores for a small share of the phrasings (gibberish still needs them all).
    assert np.median(pruned_counts) < len(phrasings) / 10
    if common_phrasings == 50:
        assert sum(bool(common) and bool(rare) for common, rare in split) > len(split) / 4


def test_a_generated_phrasing_finds_its_own_intent(large):
    assistant, _ = large
    for intent in assistant.knowledge.intents[-40::7]:
        ranked = assistant.matcher.rank(assistant.normaliser.analyse(intent.phrasings[-1]), limit=5)
        assert (intent.id, pytest.approx(1.0, abs=1e-5)) in [(c.intent, c.score) for c in ranked]


def test_the_letter_bound_is_never_below_the_fuzzy_score(large):
    assistant, messages = large
    matcher = assistant.matcher
    for message in messages + MESSAGES + ["a" * 300 + " botox", "zzzz qqqq xxxx", "e e e e e e e e e e e e e e"]:
        query = " ".join(sorted(assistant.normaliser.analyse(message).text.split()))
        exact = process.cdist([query], matcher._fuzzy_target_list, scorer=fuzz.ratio, dtype=np.float32)[0] / 100
        assert (matcher._letter_bound(query) >= exact).all()


def test_messages_of_no_known_word_get_fuzzy_scores_for_part_of_the_phrasings(large, monkeypatch):
    assistant, _ = large
    monkeypatch.setattr(matcher_module, "PRUNE_ABOVE", 0)     # (the letter bounds of `_worth_scoring`)
    scored = []
    real_fuzzy = Matcher._fuzzy
    monkeypatch.setattr(Matcher, "_fuzzy", lambda self, query, rows: scored.append(len(rows)) or real_fuzzy(self, query, rows))
    for message in ("asdf qwer", "zxcv bnm"):
        scored.clear()
        assistant.matcher.rank(assistant.normaliser.analyse(message), limit=10)
        assert sum(scored) < len(assistant.matcher.phrasings) / 2


def test_letter_counts_are_the_same_a_chunk_at_a_time(monkeypatch):
    texts = ["botox last how long", "", "aaa " * 100, "neck pain 2024", "zz"] * 3
    whole, rows = matcher_module._letter_counts(texts)
    monkeypatch.setattr(matcher_module, "LETTER_CHUNK", 4)
    assert np.array_equal(matcher_module._letter_counts(texts)[0], whole)
    for i, text in enumerate(texts):
        assert all(whole[rows[ord(c)], i] == min(text.count(c), 255) for c in set(text))
    assert matcher_module._letter_counts(["café"])[0] is None
