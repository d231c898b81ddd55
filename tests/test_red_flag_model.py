"""The learned red-flag model under the rules (bot/red_flag_model.py): shipped up to date, only ever adding
an escalation the rules missed, explained by /why, and turned off by its setting."""
from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pytest

import bot
from bot import understanding
from bot.explanation import explain_text
from bot.intents import CRISIS, URGENT
from bot.text import clean, fold
from bot.red_flag_model import MODEL_FILE, NONE, RULE, ModelReading, RedFlagModel, features
from script_loading import load_script

PROJECT = Path(__file__).resolve().parents[1]
# Wordings the rules of red_flags.yaml do not list; the model, which reads the whole message, does.
UNLISTED = [
    "theres two of everything side by side since lunch",
    "Ever since the jabs in my neck 5 days ago, bread and meat stick halfway down and I have to wash everything down with water",
]


def build_script():
    return load_script("scripts/build_red_flag_model.py")


def test_the_shipped_model_was_built_from_the_labelled_sets_as_they_are():
    """Run scripts/build_red_flag_model.py after changing tests/benchmarks/{safety,lexicon,heldout}/ when this fails."""
    with np.load(MODEL_FILE, allow_pickle=False) as data:
        shipped = str(data["digest"])
    assert shipped == build_script().digest(), "the labelled sets changed since the model was built: run scripts/build_red_flag_model.py"


@pytest.fixture(scope="module")
def model() -> RedFlagModel:
    return RedFlagModel.load()


def test_the_model_reads_the_pieces_it_was_trained_on(model):
    """The run-time reading of a message counts exactly the known pieces `features` gives the trainer."""
    message = "My wife can't lift her left arm, and her words come out all jumbled since 20 minutes ago!"
    rows, values, weights = model._vector(fold(message).split())
    known = [model.index[p] for p in features(message) if p in model.index]
    assert sorted(set(known)) == sorted(rows.tolist())
    assert np.isclose(float(values @ values), 1.0)
    assert np.array_equal(weights, model.weights[rows])
    assert sum(model.probabilities(message).values()) == pytest.approx(1.0)
    assert set(model.tiers) == {"emergency", "urgent_today", "crisis", NONE}


@pytest.mark.parametrize("message", UNLISTED)
def test_a_red_flag_the_rules_miss_is_escalated_by_the_model_and_explained(shipped, message):
    reply = shipped.reply(message)
    assert reply.urgent and "emergency care now" in reply.text, reply
    assert reply.explanation["red_flag"]["rule"] == RULE and reply.explanation["red_flag"]["tier"] == "emergency"
    why = explain_text(reply)
    assert "the learned red-flag model" in why and "sure" in why


@pytest.fixture(scope="module")
def without_model(tmp_path_factory) -> bot.Bot:
    folder = tmp_path_factory.mktemp("intents") / "intents"
    shutil.copytree(PROJECT / "intents", folder)
    settings = folder / "settings.yaml"
    settings.write_text(settings.read_text().replace("red_flag_model_threshold: 0.5", "red_flag_model_threshold: 1")
                        .replace("crisis_model_threshold: 0.35", "crisis_model_threshold: 1")
                        .replace("crisis_note_threshold: 0.15", "crisis_note_threshold: 1"))
    return bot.load(folder)


@pytest.mark.parametrize("message", UNLISTED)
def test_a_threshold_of_1_turns_the_model_off(without_model, message):
    assert without_model.understander.red_flag_model is None
    assert not without_model.reply(message).urgent


def test_the_model_escalates_none_of_the_shipped_phrasings_of_ordinary_questions(shipped):
    """Every phrasing staff wrote for an article, conversation or decline intent is a look-alike at most."""
    model, matching = shipped.understander.red_flag_model, shipped.settings.matching
    escalated = [p for intent in shipped.knowledge.intents if intent.kind != URGENT for p in intent.phrasings
                 if model.sure(p, matching.red_flag_model_threshold, matching.crisis_model_threshold)]
    assert not escalated


# Despair the rules miss and the model reads as a crisis, less sure than crisis_model_threshold (each retraining
# moves a message's reading: the tests take the first of these in that band that asks nothing the assistant
# answers, for a reading under red_flag_model_threshold gives way to an answer: understanding.py).
MISSED_CRISES = ["i feel so empty these days",
                 "most days nothing feels worth the bother",
                 "i feel empty most of the time",
                 "nobody would really miss me at work if I never came back",
                 "nobody at work would really miss me if I never came back",
                 "nothing much seems worth it these days",
                 "i feel so flat and empty lately",
                 "i dont really care about much these days",
                 "i am just tired of everything",
                 "everything feels a bit pointless these days",
                 "i feel hollow most days",
                 "some days i feel really low",
                 "i feel so low these days",
                 "i've been feeling pretty worthless",
                 "everything feels really heavy these days"]
LOWER_CRISIS_THRESHOLD = 0.21


@pytest.fixture(scope="module")
def lower_crisis_threshold(tmp_path_factory) -> bot.Bot:
    """The shipped intents with crisis_model_threshold lowered from 0.35 to LOWER_CRISIS_THRESHOLD."""
    folder = tmp_path_factory.mktemp("lower") / "intents"
    shutil.copytree(PROJECT / "intents", folder)
    settings = folder / "settings.yaml"
    settings.write_text(settings.read_text().replace("crisis_model_threshold: 0.35",
                                                     f"crisis_model_threshold: {LOWER_CRISIS_THRESHOLD}"))
    return bot.load(folder)


@pytest.fixture(scope="module")
def missed_crisis(shipped, lower_crisis_threshold):
    model, threshold = shipped.understander.red_flag_model, shipped.settings.matching.crisis_model_threshold
    in_band = [m for m in MISSED_CRISES if LOWER_CRISIS_THRESHOLD <= model.probabilities(m)["crisis"] < threshold
               and not shipped.reply(m).urgent and lower_crisis_threshold.understand(m).red_flag is not None]
    assert in_band, "retrained: add a message the model reads as crisis between 0.21 and crisis_model_threshold"
    return in_band[0]


def test_the_crisis_reply_has_its_own_lower_threshold(shipped, lower_crisis_threshold, missed_crisis):
    """settings.yaml's crisis_model_threshold, not red_flag_model_threshold, decides the model's crisis replies."""
    assert not shipped.reply(missed_crisis).urgent
    reply = lower_crisis_threshold.reply(missed_crisis)
    assert reply.urgent and reply.explanation["red_flag"] == {**reply.explanation["red_flag"], "rule": RULE, "tier": "crisis"}


def test_under_the_crisis_threshold_some_despair_still_gets_the_crisis_line(shipped, tmp_path, missed_crisis):
    """From crisis_note_threshold on, any reply ends with the crisis note (once: not where it gives the line)."""
    note = shipped.fill(shipped.settings.messages.crisis_note)
    reply = shipped.reply(missed_crisis)
    assert not reply.urgent and reply.text.endswith(note) and reply.text.count(shipped.settings.clinic.crisis_line) == 1
    assert "Crisis line added" in explain_text(reply)
    ordinary = shipped.reply("how long does the relief from botox last for most people")
    assert note not in ordinary.text and ordinary.explanation["crisis_note"] is None
    folder = tmp_path / "intents"
    shutil.copytree(PROJECT / "intents", folder)
    settings = folder / "settings.yaml"
    settings.write_text(settings.read_text().replace("crisis_note_threshold: 0.15", "crisis_note_threshold: 1"))
    assert note not in bot.load(folder).reply(missed_crisis).text


def test_despair_beside_another_red_flag_adds_the_crisis_line(shipped):
    """A crisis told in words a rule reads as another red flag ("drowning": trouble breathing) gets that red flag's
    reply, ending with the crisis line where the model hears self-harm as surely as its crisis reply needs (and the
    crisis reply, ending with the emergency note, where it is all but certain: understanding.CRISIS_OVER_EMERGENCY);
    a red flag told without despair does not (guideline-crisis-CI)."""
    note = shipped.fill(shipped.settings.messages.crisis_note)
    reply = shipped.reply("i feel like i'm drowning lately, everything is so heavy")
    assert reply.intent == "urgent" and reply.text.endswith(note)
    certain = shipped.reply("i feel like i'm drowning and no one can pull me out, everything is pointless")
    assert certain.intent == "urgent_crisis"
    assert certain.text.endswith(shipped.fill(shipped.settings.messages.emergency_note))
    assert reply.explanation["crisis_note"] >= shipped.settings.matching.crisis_model_threshold
    assert "beside the red flag above" in explain_text(reply)
    plain = shipped.reply("my face is drooping on one side and my arm is weak")
    assert plain.intent == "urgent" and shipped.settings.clinic.crisis_line not in plain.text


def test_despair_now_after_a_crisis_long_past_is_a_crisis(shipped, without_model):
    """An attempt years ago is set aside as long past by the rules; told with despair now that no rule lists, the
    model hears it, in the whole message and in what the message says besides the past, and gives the crisis reply
    (guideline-crisis-CV). Words saying it is over keep it aside, and without the model the rules alone do."""
    message = "after my overdose in 2018 i spent a week in hospital. everything feels pointless and i am so tired of all of it"
    reply = shipped.reply(message)
    assert reply.intent == "urgent_crisis"
    assert reply.explanation["red_flag"]["rule"] == RULE
    assert "a crisis long past, with despair heard now" in explain_text(reply)
    # (in one sentence too: the model then reads it without the words set aside)
    assert shipped.reply("i overdosed in 2018 and everything feels pointless, i am so tired of it all").intent == "urgent_crisis"
    assert shipped.reply("i attempted suicide years ago. not anymore, i am so tired of migraines though").intent != "urgent_crisis"
    assert without_model.reply(message).intent != "urgent_crisis"


@pytest.mark.parametrize("message", ["not right now", "the second one", "i don't understand", "and?", "peace out"])
def test_short_turns_are_left_to_the_rules(shipped, message):
    """Under six words the model does not read a message: it misread such turns ("not right now": 95% emergency)."""
    assert model_reading(shipped, message) == 0.0
    assert not shipped.reply(message).urgent


def model_reading(assistant: bot.Bot, message: str) -> float:
    return assistant.understander.red_flag_model.read(message).probability


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.95])
def test_sure_is_the_reading_at_a_threshold_and_the_bound_rules_out_ordinary_messages(shipped, threshold):
    """`sure` answers as `read` does at any threshold (the bound only skips readings that cannot reach it), and
    the bound does rule out ordinary questions (it would be no use otherwise)."""
    model = shipped.understander.red_flag_model
    ordinary = [p for intent in shipped.knowledge.intents if intent.kind != URGENT for p in intent.phrasings
                if len(p.split()) >= 6]
    for message in [*UNLISTED, *ordinary, *(e for c in shipped.knowledge.red_flags for e in c.examples)]:
        reading = model.read(message)
        assert model.sure(message, threshold) == (reading if reading.probability >= threshold else None), message
        crisis = model.probabilities(message)["crisis"] if reading.probability else 0.0
        expected = (reading if reading.probability >= threshold else
                    ModelReading("crisis", crisis) if crisis >= threshold - 0.2 else None)
        assert model.sure(message, threshold, threshold - 0.2) == expected, message
    ruled_out = sum(not model._bound.may_reach(fold(m).split(), math.log(threshold / (1 - threshold))) for m in ordinary)
    assert ruled_out >= 0.9 * len(ordinary)


def test_the_bound_finds_the_runs_of_words_the_reading_finds(shipped):
    """The bound looks a message's runs of two and three words up its own way (a run of three only after a run of
    two that begins one): it finds the very runs a reading finds, each occurrence once, with repeated, unknown and
    misspelt words among them."""
    model = shipped.understander.red_flag_model
    messages = ["i feel like i feel like i cant go on any more, i feel like giving up",
                "my neck is weak since the botox and my neck is weak when i lift my head",
                "qzxv blorf my head hurts so bad qzxv blorf my head hurts",
                "the worst headache of my life came on suddenly while lifting the worst headache of my life",
                *(e for c in shipped.knowledge.red_flags for e in c.examples)]
    found_some = False
    for message in messages:
        words = fold(message).split()
        singles = [model._word(word)[1] for word in words]
        found = model._bound._run_rows(singles)
        expected = model.runs.rows_of(np.array(singles, dtype=np.int64)).tolist()
        assert sorted(found) == sorted(expected), message
        found_some = found_some or len(found) > 0
    assert found_some


@pytest.mark.parametrize("threshold", [0.15, 0.35, 0.7])
def test_crisis_at_least_is_the_reading_of_self_harm_at_a_threshold(shipped, threshold):
    """`crisis_at_least` gives the reading's probability of self-harm wherever it reaches the threshold (its bound on
    that tier alone only skips readings that cannot), and its bound rules out the red flags of the other tiers."""
    model = shipped.understander.red_flag_model
    examples = {tier: [e for c in shipped.knowledge.red_flags if c.tier == tier for e in c.examples if len(e.split()) >= 6]
                for tier in ("crisis", "emergency")}
    for message in [*UNLISTED, *examples["crisis"], *examples["emergency"]]:
        crisis = model.probabilities(message)["crisis"] if len(message.split()) >= 6 else 0.0
        assert model.crisis_at_least(message, threshold) == (crisis if crisis >= threshold else None), message
    logit = math.log(threshold / (1 - threshold))
    ruled_out = sum(not model._bound.may_reach(fold(m).split(), logit, only="crisis") for m in examples["emergency"])
    assert ruled_out >= 0.6 * len(examples["emergency"])


# Despair said with a question the assistant answers; the model reads each as crisis at about 35 to 50%, and a
# retraining moves them, so the test takes the first in that band.
ASKS_AS_WELL = ["i dont know what to say to anyone anymore, what is botox",
                "i dont know what to tell anyone anymore, what is botox",
                "honestly i dont see much point these days, what is botox",
                "i dont know what to say to my husband anymore, what is botox",
                "i dont know what to tell my husband anymore, what is botox",
                "i dont see much point anymore, what is botox",
                "i dont know what to tell my wife anymore, what is botox",
                "i dont really care about much anymore, what is botox",
                "nothing really matters to me these days, what is botox",
                "i dont know what to do anymore, what is botox"]


def test_a_model_only_crisis_reading_under_the_other_tiers_threshold_gives_way_to_an_answer(shipped, tmp_path):
    """Between crisis_model_threshold and red_flag_model_threshold, a crisis reading the model alone found gives way
    to a question the assistant answers (its best intent reaches the matching threshold): the answer, with the
    crisis note. Without such an answer it is still the crisis reply."""
    matching, model = shipped.settings.matching, shipped.understander.red_flag_model
    in_band = [m for m in ASKS_AS_WELL
               if matching.crisis_model_threshold <= model.probabilities(m)["crisis"] < matching.red_flag_model_threshold]
    assert in_band, "retrained: add a message the model reads as crisis between the two thresholds"
    message = in_band[0]
    probability = model.probabilities(message)["crisis"]
    reply = shipped.reply(message)
    assert not reply.urgent and reply.intent == "what_is_botox" and reply.explanation["crisis_note"] == probability
    assert reply.text.endswith(shipped.fill(shipped.settings.messages.crisis_note))
    folder = tmp_path / "intents"
    shutil.copytree(PROJECT / "intents", folder)
    settings = folder / "settings.yaml"
    settings.write_text(settings.read_text().replace("  threshold: 0.5\n", "  threshold: 0.9\n"))
    strict = bot.load(folder)
    assert strict.settings.matching.threshold == 0.9
    reply = strict.reply(message)
    assert reply.urgent and reply.explanation["red_flag"]["tier"] == "crisis"


def test_words_the_crisis_rules_read_in_another_sense_are_not_the_models_to_read(shipped):
    """A death by suicide told in grief ("his brother took his own life") or an idiom ("dying to know") is, for the
    rules, another sense: the model reads the message without those words, and must then be as sure of a crisis as of
    any other tier (red_flag_model_threshold) to give the crisis reply."""
    understander = shipped.understander
    grief = understander.sentences("my husband found out his brother took his own life in may, now his migraines are awful")
    plain = understander.sentences("my husband's migraines are awful and he has given up")
    assert understander._crisis_other_senses(grief) and not understander._crisis_other_senses(plain)
    # ("die" is the model's strongest crisis word in it: read with it, the model is sure of a crisis)
    assert not shipped.reply("if i'm put on hold by the clinic one more time i'll die of boredom").urgent


def test_the_model_reads_a_message_without_any_concepts_other_senses():
    """Words a rule reads in another sense are not the model's to read, for every concept: here "will my eyebrows
    look different" (how Botox changes one's looks, a question the assistant declines: another concept's other
    sense) is left out of what the model reads, and what is left says the crisis (guideline-crisis-T)."""
    assistant = bot.load()
    understander = assistant.understander
    readings = ReadingsKept(understander.red_flag_model)
    understander.red_flag_model = readings
    message = ("Ok so weird question about the botox forehead injections, will my eyebrows look different in photos? "
               "My sister's wedding is in June. Not that I'll be there, probably, but my family wants photos anyway "
               "and I'd like to look normal in the last ones they have of me.")
    text = clean(message, assistant.settings.max_message_chars)
    sentences = understander.sentences(text)
    assert understander._other_senses(sentences)
    finding, _note, _probability = understander._model_finding(text, sentences)
    assert readings.texts[0] == text and len(readings.texts) == 2
    assert "eyebrows look different" in text and "eyebrows look different" not in readings.texts[1]
    assert finding is not None and finding.tier == CRISIS


class ReadingsKept:
    """The shipped model, keeping the texts it is asked to read."""

    def __init__(self, model: RedFlagModel):
        self.model, self.texts = model, []

    def sure(self, text: str, *thresholds: float) -> ModelReading | None:
        self.texts.append(text)
        return self.model.sure(text, *thresholds)

    def __getattr__(self, name: str):
        return getattr(self.model, name)

def test_a_long_message_is_also_read_a_part_at_a_time(shipped):
    # A sign told in one sentence among many practical ones: read whole, the practical ones drown it.
    message = ("Hello, I have a question about booking. My GP has referred me to your clinic for the neck assessment. Do you "
               "have anything on a Saturday morning? I work shifts during the week. To be honest I have stopped seeing the "
               "point in carrying on with any of it. Do I need to bring my scans?")
    model = shipped.understander.red_flag_model
    assert model.crisis_at_least(message, understanding.CRISIS_IN_A_PART) is None
    reply = shipped.reply(message)
    assert reply.intent == "urgent_crisis"
    assert "one part of a long message" in reply.explanation["red_flag"]["context"]


@pytest.mark.parametrize("message", [
    # a short sentence is not read alone (a worry about one's muscles, not a crisis)
    "I had three rounds of Botox. The first was brilliant. The last did nothing. My neck feels stiff all the time. "
    "I cannot stop thinking about it. What do you offer instead?",
    # nor one the next sentence dates long ago
    "Years ago I said goodbye to everyone because I could not go on any more. That was in 2009. I am married with two "
    "children now. I would like to book a first visit.",
])
def test_the_parts_of_a_long_message_keep_what_the_next_sentence_says(shipped, message):
    assert shipped.reply(message).intent != "urgent_crisis"
