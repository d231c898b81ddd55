"""The matcher on the shipped intents: typos, word order, synonyms, unknown words, the threshold."""
from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize("message,intent", [
    ("wat is botex", "what_is_botox"),
    ("is the efect reversable", "reversibility"),
    ("hw long does botox last", "short_term_relief"),
    ("does botox damage muscels", "muscle_damage"),
    ("can botox afect the bone", "study_bone"),
    ("helo", "greeting"),
])
def test_misspellings(shipped, message, intent):
    assert shipped.reply(message).intent == intent


def test_reordered_words_score_like_the_original(shipped):
    a = shipped.matcher.rank(shipped.normaliser.analyse("does botox damage the muscles"))[0]
    b = shipped.matcher.rank(shipped.normaliser.analyse("the muscles, does botox damage them"))[0]
    assert a.intent == b.intent == "muscle_damage"
    assert abs(a.score - b.score) < 0.1


@pytest.mark.parametrize("message,intent", [
    ("how long do the jabs last", "short_term_relief"),             # jabs -> injection
    ("what is onabotulinumtoxinA", "what_is_botox"),
    ("why are my traps so knotted", "overworked_muscles"),           # traps -> trapezius, knotted -> tight
])
def test_synonyms(shipped, message, intent):
    assert shipped.reply(message).intent == intent


@pytest.mark.parametrize("message", [
    "what is the capital of france", "tell me a joke about penguins", "qwerty zxcvb asdfg", "which hiking trail has the best view",
])
def test_unrelated_messages_fall_below_the_threshold(shipped, message):
    reply = shipped.reply(message)
    assert reply.intent is None and reply.kind == "fallback"
    assert reply.confidence < shipped.settings.matching.threshold


def test_unknown_words_lower_the_score(shipped):
    plain = shipped.matcher.rank(shipped.normaliser.analyse("is botox safe"))[0]
    odd = shipped.matcher.rank(shipped.normaliser.analyse("is botox safe for my parrot's zoo enclosure"))[0]
    assert odd.score < plain.score


def test_scores_are_between_zero_and_one_and_sorted(shipped):
    ranked = shipped.matcher.rank(shipped.normaliser.analyse("botox neck muscles headaches"), limit=10)
    scores = [c.score for c in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_a_matcher_over_a_subset_only_knows_that_subset(shipped):
    subset = [i for i in shipped.knowledge.intents if i.id in ("what_is_botox", "study_bone")]
    matcher = Matcher(subset, shipped.normaliser)
    assert {c.intent for c in matcher.rank(shipped.normaliser.analyse("botox bones"))} == {"what_is_botox", "study_bone"}


def test_empty_content_gives_no_candidates(shipped):
    assert shipped.matcher.rank(shipped.normaliser.analyse("")) == []
