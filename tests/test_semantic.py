"""The semantic signal: the shipped static embedding model and the index over phrasings."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from bot.semantic import MODEL_DIR, Encoder, SemanticIndex


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder.load()


def cosine(encoder: Encoder, a: str, b: str) -> float:
    return float(encoder.encode_one(a) @ encoder.encode_one(b))


def test_the_shipped_model_loads_offline_with_numpy_and_tokenizers_only():
    code = ("import sys, bot.semantic as s; e = s.Encoder.load(); v = e.encode(['how long does botox last']); "
            "print(v.shape[1], round(float(v[0] @ v[0]), 4), 'torch' in sys.modules, 'model2vec' in sys.modules)")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HOME": "/nonexistent"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["256", "1.0", "False", "False"]


def test_the_shipped_model_names_its_sources_and_licence():
    config = json.loads((MODEL_DIR / "config.json").read_text())
    assert config["base_model"] == "sentence-transformers/all-MiniLM-L6-v2" and config["dimensions"] == 256
    readme = (MODEL_DIR / "README.md").read_text()
    assert "Apache License 2.0" in readme and "scripts/build_semantic_model.py" in readme
    assert "Apache License" in (MODEL_DIR / "LICENSE").read_text()


def test_load_is_shared(encoder):
    assert Encoder.load() is encoder
    assert Encoder.load(MODEL_DIR) is encoder


def test_a_missing_model_says_how_to_get_it_back(tmp_path):
    (tmp_path / "tokenizer.json").write_bytes((MODEL_DIR / "tokenizer.json").read_bytes())
    with pytest.raises(FileNotFoundError, match="vectors.npy.*build_semantic_model"):
        Encoder.load(tmp_path)


@pytest.mark.parametrize("text, related, unrelated", [
    ("when does botox stop working", "how long until botox wears off", "can i park at the clinic"),
    ("does botox make the muscles weak", "muscle atrophy from botox", "what is the phone number"),
    ("will my neck muscles shrink", "neck muscle atrophy", "is it covered by insurance"),
    ("my head hurts", "i have a headache", "thank you very much"),
])
def test_related_phrases_score_higher_than_unrelated_ones(encoder, text, related, unrelated):
    assert cosine(encoder, text, related) > cosine(encoder, text, unrelated) + 0.1


@pytest.mark.parametrize("word, near, far", [
    ("weak", "atrophy", "parking"), ("shrink", "atrophy", "telephone"), ("stops working", "wears off", "hello"),
])
def test_related_words_score_higher_than_unrelated_ones(encoder, word, near, far):
    assert cosine(encoder, word, near) > cosine(encoder, word, far)


def test_encode_is_deterministic_and_unit_length(encoder):
    texts = ["How long does Botox last?", "botox", "neck pain after a car accident"]
    first, second = encoder.encode(texts), encoder.encode(texts)
    assert first.shape == (3, 256) and first.dtype == np.float32
    assert np.array_equal(first, second)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    for row, text in zip(first, texts):          # one text or many: the same vector
        assert np.allclose(row, encoder.encode_one(text), atol=1e-6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab#xyz09.,'?-[]PADUNKCLS"), max_size=12)
                | st.sampled_from(["[PAD]", "[UNK]", "x[PAD]y", "##ing", "a" * 150, "botox", "unbelievably"]), max_size=30))
def test_words_tokenised_together_get_the_pieces_each_gets_alone(encoder, words):
    ids, counts = encoder._pieces_of_words(words)
    alone = [encoder._tokenizer.encode(word, add_special_tokens=False).ids for word in words]
    assert counts.tolist() == [len(pieces) for pieces in alone]
    assert ids.tolist() == [i for pieces in alone for i in pieces]


def test_case_and_accents_do_not_matter(encoder):
    assert np.allclose(encoder.encode_one("BOTOX Café"), encoder.encode_one("botox cafe"), atol=1e-6)


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂🙂", "\x00\x01", "[CLS] [SEP] [PAD]", "мигрень", "😀" * 10_000,
                                  "botox " * 2_000, "a" * 10_000, "what about botox 🤔??"])
def test_empty_and_odd_input_do_not_crash(encoder, text):
    one = encoder.encode_one(text)
    many = encoder.encode([text, "botox", text])
    assert one.shape == (256,) and np.all(np.isfinite(one)) and np.all(np.isfinite(many))
    assert np.linalg.norm(one) == pytest.approx(0.0) or np.linalg.norm(one) == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(many[0], one, atol=1e-5) and np.allclose(many[2], one, atol=1e-5)


def test_text_without_known_word_pieces_is_the_zero_vector(encoder):
    assert not encoder.encode_one("🙂🙂").any()
    assert not encoder.encode([]).size


def test_index_gives_each_group_its_best_phrasing(encoder):
    texts = ["how long does botox last", "when does it wear off", "does botox damage muscles",
             "can it cause atrophy", "hello there"]
    owners = [0, 0, 1, 1, 2]
    index = SemanticIndex(encoder, texts, owners, n_groups=4)      # group 3 has no phrasing
    best = index.best_per_group("my botox stopped working after two months")
    assert best.shape == (4,) and best.dtype == np.float32
    assert best[3] == 0.0 and int(np.argmax(best)) == 0
    vectors = encoder.encode(texts)
    message = encoder.encode_one("my botox stopped working after two months")
    assert best[0] == pytest.approx(max(vectors[0] @ message, vectors[1] @ message), abs=1e-5)
    assert np.allclose(index.best_per_group(message), best)      # a text or its vector
    text, score = index.best_phrasing("is atrophy a risk", 1)
    assert text == "can it cause atrophy"
    assert score == pytest.approx(cosine(encoder, text, "is atrophy a risk"), abs=1e-5)
    assert score > cosine(encoder, "does botox damage muscles", "is atrophy a risk")
    assert index.best_phrasing("anything", 3) is None


def test_compare_gives_what_best_per_group_and_best_phrasing_give(encoder):
    texts = ["how long does botox last", "when does it wear off", "does botox damage muscles",
             "can it cause atrophy", "hello there"]
    index = SemanticIndex(encoder, texts, [2, 0, 1, 1, 0], n_groups=4)      # group 3 has no phrasing
    for message in ("my botox stopped working after two months", "is atrophy a risk", "hi"):
        closeness = index.compare(message)
        assert np.array_equal(closeness.best_per_group, index.best_per_group(message))
        assert closeness.best_phrasing(3) is None and index.best_phrasing(message, 3) is None
        for group in range(3):
            (text, score), (alone, score_alone) = closeness.best_phrasing(group), index.best_phrasing(message, group)
            # (a product over a group's rows alone may round its last bit otherwise than over every row)
            assert text == alone and score == closeness.best_per_group[group] == pytest.approx(score_alone, abs=1e-6)
    assert not SemanticIndex(encoder, [], [], n_groups=2).compare("botox").best_per_group.any()


def test_index_accepts_owners_in_any_order(encoder):
    texts = ["hello", "how long does botox last", "hi there", "when does it wear off"]
    shuffled = SemanticIndex(encoder, texts, [1, 0, 1, 0], n_groups=2)
    grouped = SemanticIndex(encoder, [texts[1], texts[3], texts[0], texts[2]], [0, 0, 1, 1], n_groups=2)
    message = "does the effect wear off"
    assert np.allclose(shuffled.best_per_group(message), grouped.best_per_group(message))
    assert shuffled.best_phrasing(message, 0) == grouped.best_phrasing(message, 0)


def test_index_with_no_texts_or_bad_owners(encoder):
    assert not SemanticIndex(encoder, [], [], n_groups=3).best_per_group("botox").any()
    with pytest.raises(ValueError):
        SemanticIndex(encoder, ["a", "b"], [0], n_groups=1)
    with pytest.raises(ValueError):
        SemanticIndex(encoder, ["a"], [2], n_groups=2)


def test_the_shipped_intents_phrasings_find_their_own_intent(encoder, shipped):
    intents = [intent for intent in shipped.knowledge.intents if intent.phrasings]
    texts, owners = [], []
    for group, intent in enumerate(intents):
        texts += intent.phrasings
        owners += [group] * len(intent.phrasings)
    index = SemanticIndex(encoder, texts, owners, len(intents))
    for text, owner in zip(texts, owners):      # every phrasing is found in its own intent, at cosine 1
        assert index.best_per_group(text)[owner] == pytest.approx(1.0, abs=1e-4), text


def test_a_large_index_compares_a_message_block_by_block_with_the_same_cosines(encoder, monkeypatch):
    texts = [f"how long does botox last {word}" for word in ("now", "then", "really", "again", "here", "today", "at all")]
    texts += ["does botox damage muscles", "can it cause atrophy", "hello there", "is it safe", "what does it cost"]
    index = SemanticIndex(encoder, texts, list(range(len(texts))), n_groups=len(texts))
    message = encoder.encode_one("is muscle atrophy a risk")
    whole = index.similarities(message)
    monkeypatch.setattr("bot.semantic.ONE_PRODUCT_ROWS", 4)
    monkeypatch.setattr("bot.semantic.PRODUCT_BLOCK_ROWS", 5)
    blocked = index.similarities(message)
    assert blocked.shape == whole.shape == (len(texts),)
    assert np.allclose(blocked, whole, atol=1e-6)
    assert int(np.argmax(blocked)) == texts.index("can it cause atrophy")
