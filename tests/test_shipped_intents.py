"""The shipped intents: complete, sourced, and each recognisable by its own words."""
from __future__ import annotations

import re

import pytest

import bot

ARTICLE_TOPICS = [
    "what_is_botox", "how_botox_works", "botox_for_headaches", "short_term_relief", "long_term_worse",
    "neck_causes_headaches", "neck_muscle_atrophy", "overworked_muscles", "nerve_irritation",
    "botox_removes_stability", "reversibility", "study_muscle_atrophy", "study_muscle_sensors",
    "study_opposite_muscle", "study_bone", "muscle_damage", "treat_the_cause",
]
CONVERSATION = ["greeting", "thanks", "goodbye", "capabilities", "book_appointment", "affirm", "deny", "more"]
DECLINES = ["decline_dose", "decline_diagnosis", "decline_prescription", "decline_cost",
            "decline_other_treatments", "decline_cosmetic"]


def test_every_catalogue_topic_has_an_intent(shipped):
    ids = {i.id for i in shipped.knowledge.intents}
    assert set(ARTICLE_TOPICS + CONVERSATION + DECLINES) <= ids


@pytest.mark.parametrize("intent_id", ARTICLE_TOPICS)
def test_article_answers_are_sourced_and_have_many_phrasings(shipped, intent_id):
    intent = shipped.knowledge.get(intent_id)
    assert intent.section in shipped.settings.sections
    assert len(intent.phrasings) >= 10
    assert 15 <= len(intent.answer.split()) <= shipped.settings.check.max_answer_words


@pytest.mark.parametrize("intent_id", DECLINES)
def test_declines_offer_a_person_and_give_no_numbers(shipped, intent_id):
    answer = shipped.fill(shipped.knowledge.get(intent_id).answer)
    assert shipped.settings.clinic.phone in answer or shipped.settings.clinic.booking_url in answer
    assert not re.search(r"\b\d+\s*(mg|units?|ml|tablets?)\b", answer, re.I)


def test_each_intent_title_is_answered_by_that_intent(shipped):
    wrong = {}
    for intent in shipped.knowledge.intents:
        if intent.kind == "urgent":
            continue
        reply = shipped.reply(intent.title)
        if reply.intent != intent.id:
            wrong[intent.id] = (intent.title, reply.intent)
    assert not wrong


def test_answers_use_only_known_placeholders(shipped):
    for intent in shipped.knowledge.intents:
        assert "{" not in shipped.fill(intent.answer)


def test_shipped_folder_is_the_default():
    assert bot.default_folder().name in ("intents", "_intents")


# Non-urgent phrasings that a red flag answers instead, on purpose: a pregnant woman's bad headaches, and a neck
# that gives way since the injections, are for a doctor today whatever else the message asks.
ESCALATED_ON_PURPOSE = {
    "my wife is pregnant and has bad migraines, can she have botox": "urgent",
    "my neck feels wobbly since the injections loosened everything": "urgent_today",
    "botox makes the neck muscles weak, is that bad": "urgent_today",
}


def test_a_question_staff_wrote_for_an_answer_gets_that_answer_not_a_red_flag(shipped):
    # A dose question ("how many pills can i take in a day") once got the crisis reply: every non-urgent phrasing
    # is replied to, and only the ones listed above may escalate.
    replies = {p: shipped.reply(p) for i in shipped.knowledge.intents if i.kind != "urgent" for p in i.phrasings}
    escalated = {p: reply.intent for p, reply in replies.items() if reply.urgent}
    assert escalated == ESCALATED_ON_PURPOSE
