"""The semantic index above its size threshold (coarse: clusters, then exact cosines where they matter),
and the encoder's word-by-word tokenising, which must give the tokenizer's own word pieces."""
from __future__ import annotations

import numpy as np
import pytest

import bot
import bot.semantic as semantic
from bot.semantic import MAX_TOKENS, Encoder, SemanticIndex
from bot.understanding import FUSION_POOL


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder.load()


@pytest.fixture(scope="module")
def phrasings(shipped) -> tuple[list[str], list[int], int]:
    """Every shipped phrasing as the matcher reads it, and its intent."""
    matcher = shipped.understander.matcher
    return list(matcher.normalised), list(matcher.owners), len(matcher.intent_ids)


def coarse_index(encoder, phrasings, monkeypatch, **settings) -> SemanticIndex:
    """The index of the shipped phrasings, forced above the size threshold (small clusters)."""
    monkeypatch.setattr(semantic, "COARSE_ABOVE", 100)
    monkeypatch.setattr(semantic, "CLUSTER_SIZE", 20)
    for name, value in settings.items():
        monkeypatch.setattr(semantic, name, value)
    index = SemanticIndex(encoder, *phrasings)
    assert index.coarse
    return index


MESSAGES = ["when does botox stop working", "does botox make the muscles weak", "how much does it cost",
            "can i drive home after the injections", "my head hurts", "is it safe when pregnant",
            "what are the side effects", "how many injections will i get", "can i book an appointment",
            "is the capital of france paris"]


def test_a_small_index_stays_exact(encoder, phrasings):
    index = SemanticIndex(encoder, *phrasings)
    assert not index.coarse
    for message in MESSAGES:
        assert np.array_equal(index.best_per_group(message, top=FUSION_POOL, also=[0]), index.best_per_group(message))


def test_looking_at_every_cluster_gives_the_exact_best_groups(encoder, phrasings, monkeypatch):
    index = coarse_index(encoder, phrasings, monkeypatch, PROBED_TEXTS=10**9, RESCORED=10**9)
    for message in MESSAGES:
        exact = index.best_per_group(message)
        coarse = index.best_per_group(message, top=FUSION_POOL)
        # The same best groups; groups tied at the boundary (within float rounding) may swap.
        boundary = np.sort(exact)[::-1][FUSION_POOL - 1]
        chosen = np.argsort(-coarse, kind="stable")[:FUSION_POOL]
        assert (exact[chosen] >= boundary - 1e-6).all()
        assert set(np.flatnonzero(exact > boundary + 1e-6)) <= set(chosen)
        scored = coarse > -1
        assert scored.sum() == FUSION_POOL
        assert np.allclose(coarse[scored], exact[scored], atol=1e-6)


def test_the_coarse_index_finds_the_same_best_group_as_the_exact_one(encoder, phrasings, monkeypatch):
    # Probing a quarter of the texts (a proportion, so that staff adding phrasings does not change what is tested).
    index = coarse_index(encoder, phrasings, monkeypatch, PROBED_TEXTS=len(phrasings[0]) // 4, RESCORED=64)
    also = [3, 7]
    for message in MESSAGES:
        exact = index.best_per_group(message)
        coarse = index.best_per_group(message, top=FUSION_POOL, also=also)
        assert int(np.argmax(coarse)) == int(np.argmax(exact)), message
        scored = np.flatnonzero(coarse > -1)
        assert set(also) <= set(scored) and len(scored) <= FUSION_POOL + len(also)
        assert np.allclose(coarse[scored], exact[scored], atol=1e-6)     # the groups it names get their exact cosine
        assert np.all(coarse[coarse <= -1] == -1)


def test_each_phrasing_finds_itself_through_the_coarse_index(encoder, phrasings, monkeypatch):
    index = coarse_index(encoder, phrasings, monkeypatch, PROBED_TEXTS=200, RESCORED=32)
    texts, owners, _ = phrasings
    missed = [t for t, owner in zip(texts, owners)
              if index.best_per_group(t, top=FUSION_POOL)[owner] < 1 - 1e-4 and encoder.encode_one(t).any()]
    assert len(missed) <= len(texts) // 100, missed[:10]


def test_coarse_and_exact_indexes_agree_on_phrasings_and_order(encoder, phrasings, monkeypatch):
    exact = SemanticIndex(encoder, *phrasings)
    coarse = coarse_index(encoder, phrasings, monkeypatch)
    assert sorted(coarse.texts) == sorted(exact.texts)
    for message in MESSAGES:
        assert np.allclose(coarse.best_per_group(message), exact.best_per_group(message), atol=1e-6)
        for group in (0, 5, phrasings[2] - 1):
            (text, score), (text2, score2) = coarse.best_phrasing(message, group), exact.best_phrasing(message, group)
            assert text == text2 and score == pytest.approx(score2, abs=1e-6)


def test_replies_through_a_coarse_index_match_the_exact_ones(shipped, monkeypatch):
    monkeypatch.setattr(semantic, "COARSE_ABOVE", 100)
    monkeypatch.setattr(semantic, "CLUSTER_SIZE", 20)
    monkeypatch.setattr(semantic, "PROBED_TEXTS", 600)
    forced = bot.Bot(shipped.knowledge)
    assert forced.understander.semantic.coarse and not shipped.understander.semantic.coarse
    for message in MESSAGES:
        assert forced.reply(message).intent == shipped.reply(message).intent, message


@pytest.mark.parametrize("text", [
    "how long does botox last", "don't  stop,now!", "  leading and trailing  ", "Café crème brûlée", "a\x1cb c",
    "tab\there", "[CLS] botox [SEP]", "x" * 300, "botox " * 700, "supercalifragilisticexpialidocious botox", "",
])
def test_words_tokenised_one_by_one_give_the_tokenizers_word_pieces(encoder, text):
    expected = encoder._tokenizer.encode(text[: MAX_TOKENS * semantic.CHARS_PER_TOKEN], add_special_tokens=False).ids
    assert encoder._ids(text, {}) == expected[:MAX_TOKENS]


def test_encoding_many_texts_equals_encoding_each_alone(encoder, phrasings):
    # (plain texts are summed word by word; texts of more than MAX_TOKENS word pieces, or not plain, piece by piece)
    texts = phrasings[0][:300] + ["botox botox botox", "Don't stop", "émigré", "🙂 botox", "botox " * 700, "",
                                  "a  b", " lead", "supercalifragilisticexpialidocious botox " * 30]
    together = encoder.encode(texts)
    assert np.array_equal(together, np.vstack([encoder.encode([t]) for t in texts]))
    assert np.allclose(together, np.vstack([encoder.encode_one(t) for t in texts]), atol=1e-6)
