"""The learned answer model's second opinion (bot/answer_model.py): shipped up to date, overruling the ranking
only when it is sure and the ranking's best is unlikely, never for an intent it was not trained on nor over a
red flag, and explained by /why."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import bot
from bot.answer_model import DOUBT, ELSEWHERE, MODEL_FILE, SHARE, SURE, AnswerModel
from bot.explanation import explain_text
from script_loading import load_script

PROJECT = Path(__file__).resolve().parents[1]
# A question near the article that it does not answer: the ranking's best is an article answer
# ("headaches get worse over time"), the model reads it as a question for elsewhere.
NEAR_DOMAIN = "can botox make my depression worse"


def test_the_shipped_model_was_built_from_the_blind_sets_as_they_are():
    """Run scripts/build_answer_model.py after changing tests/benchmarks/heldout/ when this fails."""
    with np.load(MODEL_FILE, allow_pickle=False) as data:
        shipped = str(data["digest"])
    assert shipped == load_script("scripts/build_answer_model.py").digest(), "the blind sets changed since the model was built: run scripts/build_answer_model.py"


def test_the_weights_are_stored_in_half_precision_and_read_in_single(tmp_path, model):
    """Half-precision floats keep the wheel under 25 MB; a reading computes in float32 all the same."""
    with np.load(MODEL_FILE, allow_pickle=False) as data:
        assert data["weights"].dtype == np.float16
    assert model.weights.dtype == np.float32
    model.save(tmp_path / "again.npz")
    again = AnswerModel.load(tmp_path / "again.npz")
    message = "how long does the botox last before the headaches come back"
    assert again.probabilities(message) == model.probabilities(message)


@pytest.fixture(scope="module")
def model() -> AnswerModel:
    return AnswerModel.load()


def test_a_question_the_article_does_not_answer_gets_no_article_answer(shipped, model):
    ranked = shipped.understander.rank(shipped.normaliser.analyse(NEAR_DOMAIN))[0].intent
    assert shipped.knowledge.get(ranked).kind == "article"          # what the ranking alone would answer
    probabilities = model.probabilities(NEAR_DOMAIN)
    assert probabilities[ELSEWHERE] >= SURE and probabilities[ranked] <= DOUBT
    reply = shipped.reply(NEAR_DOMAIN)
    assert reply.intent != ranked and reply.kind in ("decline", "fallback")
    assert "the learned answer model read it as a question the article does not answer" in explain_text(reply)


def test_an_intent_the_model_was_not_trained_on_is_never_overruled(model):
    assert "vegan_botox" not in model.known
    assert model.second_opinion(model.probabilities(NEAR_DOMAIN), "vegan_botox", frozenset({"vegan_botox"})) is None


def test_when_it_does_not_overrule_it_takes_a_share_of_each_candidates_score(shipped, model):
    """Its probability of each candidate (ELSEWHERE's for a decline) is SHARE of the score, and /why shows it."""
    message = "how long does the relief from the injections last"
    understanding = shipped.understand(message)
    assert understanding.second_opinion is None and understanding.top.intent == "short_term_relief"
    probabilities = model.probabilities(message)
    ranked = {c.intent: c.score for c in shipped.understander.rank(shipped.normaliser.analyse(message))}
    for candidate in understanding.candidates:
        kind = shipped.knowledge.get(candidate.intent).kind
        p = probabilities[ELSEWHERE if kind == "decline" else candidate.intent]
        assert candidate.model == pytest.approx(p)
        assert candidate.score == pytest.approx((1 - SHARE) * ranked[candidate.intent] + SHARE * p)
    assert "answer model" in explain_text(shipped.reply(message))


def test_an_intent_staff_add_keeps_its_messages(tmp_path):
    folder = tmp_path / "intents"
    shutil.copytree(PROJECT / "intents", folder, ignore=shutil.ignore_patterns("tests"))
    (folder / "mood.yaml").write_text(
        "intents:\n"
        "  - id: botox_and_mood\n"
        "    kind: article\n"
        "    title: Botox and mood\n"
        "    section: What Is Botox?\n"
        "    phrasings:\n"
        "      - can botox make my depression worse\n"
        "      - does botox affect mood\n"
        "    answer: The article does not say how Botox affects mood; the doctor who treats you can.\n")
    assert bot.load(folder).reply(NEAR_DOMAIN).intent == "botox_and_mood"


def test_a_red_flag_is_never_second_guessed(shipped):
    reply = shipped.reply("can botox make my depression worse? i have the worst headache of my life, it came on suddenly a minute ago")
    assert reply.kind == "urgent"


def test_a_phrasing_staff_add_to_an_intent_counts_at_once(tmp_path):
    """The model was not trained on it, and would read the message as elsewhere; the phrasing stands."""
    folder = tmp_path / "intents"
    shutil.copytree(PROJECT / "intents", folder, ignore=shutil.ignore_patterns("tests"))
    botox_file = folder / "botox.yaml"
    text = botox_file.read_text()
    anchor = "  - id: long_term_worse\n"
    start = text.index(anchor)
    at = text.index("    phrasings:\n", start) + len("    phrasings:\n")
    botox_file.write_text(text[:at] + f"      - {NEAR_DOMAIN}\n" + text[at:])
    assert bot.load(folder).reply(NEAR_DOMAIN).intent == "long_term_worse"
