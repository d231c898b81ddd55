"""The engine's decisions, on the small fixture intents: answers, fallback, booking, context, clarifying."""
from __future__ import annotations

import json

import pytest

from bot import Conversation, Reply


def test_answer_carries_text_source_suggestions_and_a_booking_offer(minimal):
    reply = minimal.reply("what is botox")
    assert reply.kind == "answer" and reply.intent == "what_is_botox"
    assert reply.text == "Botox is a drug made from botulinum toxin."
    assert reply.source == "What Is Botox?"
    assert [s.intent for s in reply.suggestions] == ["short_term_relief"]
    assert reply.booking.url == "https://clinic.example/book" and "book an appointment" in reply.booking.text
    assert 0.0 <= reply.confidence <= 1.0


def test_reply_is_plain_json(minimal):
    data = minimal.reply("how long does botox last").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert {"intent", "confidence", "text", "kind", "source", "suggestions", "booking", "conversation", "explanation"} <= set(data)


def test_booking_is_not_offered_on_every_turn(minimal):
    first = minimal.reply("what is botox")
    second = minimal.reply("how long does botox last", first.conversation)
    assert first.booking is not None and second.booking is None
    third = minimal.reply("does botox damage muscles", second.conversation)
    fourth = minimal.reply("what is botox made of", third.conversation)
    assert third.booking is None and fourth.booking is not None   # every third reply at most


def test_yes_after_a_booking_offer_gives_the_booking_details(minimal):
    offer = minimal.reply("what is botox")
    yes = minimal.reply("yes please", offer.conversation)
    assert yes.intent == "book_appointment"
    assert "https://clinic.example/book" in yes.text and "+1 555 010 0100" in yes.text


def test_yes_without_an_offer_is_a_plain_acknowledgement(minimal):
    assert minimal.reply("yes").intent == "affirm"


def test_yes_after_an_answer_without_booking_takes_the_suggested_follow_up(minimal):
    first = minimal.reply("what is botox")
    second = minimal.reply("how long does botox last", first.conversation)   # no booking offer this turn
    assert minimal.reply("sure", second.conversation).intent == "what_is_botox"


def test_tell_me_more_follows_the_topic(minimal):
    first = minimal.reply("how long does botox last")
    more = minimal.reply("tell me more", first.conversation)
    assert more.intent == "what_is_botox"
    assert minimal.reply("tell me more").intent == "more"


def test_out_of_scope_falls_back_honestly_with_topics_and_booking(minimal):
    reply = minimal.reply("does my insurance cover parking at the hospital")
    assert reply.kind == "fallback" and reply.intent is None
    assert "can't answer" in reply.text
    assert [s.intent for s in reply.suggestions] == ["what_is_botox", "short_term_relief"]
    assert reply.booking is not None
    assert minimal.reply("yes", reply.conversation).intent == "book_appointment"


def test_two_close_intents_get_a_clarifying_question_and_a_pick_resolves_it(minimal):
    reply = minimal.reply("what does botox do to the muscles")
    assert reply.kind == "clarify"
    assert reply.intent in {"muscle_damage", "muscle_atrophy"}
    options = [s.intent for s in reply.suggestions]
    assert set(options) == {"muscle_damage", "muscle_atrophy"}
    picked = minimal.reply("the second one", reply.conversation)
    assert picked.intent == options[1] and picked.kind == "answer"


def test_decline_offers_a_person(minimal):
    reply = minimal.reply("how many units of botox should i get")
    assert reply.kind == "decline" and reply.intent == "decline_dose"
    assert reply.booking is not None and "+1 555 010 0100" in reply.text


@pytest.mark.parametrize("message", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_message_asks_for_a_question(minimal, message):
    reply = minimal.reply(message)
    assert reply.kind == "empty" and reply.intent is None


def test_conversation_state_accepts_the_dict_form_and_counts_turns(minimal):
    first = minimal.reply("hi")
    second = minimal.reply("what is botox", first.conversation.to_dict())
    assert second.conversation.turn == 2 and isinstance(second, Reply)


def test_tampered_conversation_is_refused(minimal):
    with pytest.raises(ValueError):
        minimal.reply("hi", {"topic": "not_an_intent"})


def test_explanation_names_the_matched_phrasing_and_runner_up(minimal):
    reply = minimal.reply("how long dose botox last")
    e = reply.explanation
    assert e["matched_phrasing"] == "how long does botox last"
    assert e["runner_up"] and e["margin"] > 0
    assert e["candidates"][0]["intent"] == "short_term_relief"
    scores = e["candidates"][0]["scores"]
    assert set(scores) == {"words", "fuzzy", "coverage", "lexical", "semantic"}
    assert 0 < scores["semantic"] <= 1 and 0 < scores["lexical"] <= 1


def test_meaning_brings_in_what_words_alone_miss(shipped):
    """The semantic signal: "feeble" is not a word of the phrasings, but it means what "weak" does."""
    message = "my neck muscles got feeble after the crash"
    weight = shipped.understander.semantic_weight
    try:
        shipped.understander.semantic_weight = 0.0
        words_only = shipped.understand(message).top
    finally:
        shipped.understander.semantic_weight = weight
    assert words_only.semantic is None and words_only.score < shipped.settings.matching.threshold
    reply = shipped.reply(message)
    assert reply.intent == "neck_muscle_atrophy" and reply.explanation["candidates"][0]["scores"]["semantic"] > 0.5


def test_the_engine_does_not_change_the_conversation_it_was_given(minimal):
    conversation = Conversation(turn=1, topic="what_is_botox")
    minimal.reply("tell me more", conversation)
    assert conversation == Conversation(turn=1, topic="what_is_botox")


@pytest.mark.parametrize("state", [{"offer": "urgent"}, {"options": ["urgent_today", "what_is_botox"]},
                                   {"topic": "urgent_crisis"}, {"topic": "greeting", "offer": "greeting"}])
@pytest.mark.parametrize("message", ["yes", "the first one", "tell me more", "huh?", "what is botox"])
def test_no_conversation_value_makes_reply_raise(minimal, state, message):
    reply = minimal.reply(message, {"turn": 3, **state})
    assert reply.text and reply.kind in {"answer", "conversation", "urgent", "fallback", "clarify", "decline"}


def test_yes_to_an_offered_urgent_intent_gets_its_tier_reply(minimal):
    reply = minimal.reply("yes", {"turn": 1, "offer": "urgent_today"})
    assert reply.urgent and reply.intent == "urgent_today" and "today" in reply.text


def test_roles_not_ids_give_yes_its_meaning(tmp_path):
    from pathlib import Path
    import shutil
    folder = tmp_path / "intents"
    shutil.copytree(Path(__file__).parent / "fixtures" / "minimal", folder)
    text = (folder / "intents.yaml").read_text().replace("id: affirm", "id: patient_says_yes")
    (folder / "intents.yaml").write_text(text)
    renamed = __import__("bot").load(folder)
    offered = renamed.reply("what is botox")
    assert offered.conversation.offer == "booking"
    assert renamed.reply("yes please", offered.conversation).intent == "book_appointment"


def test_a_long_story_is_read_by_its_question_and_a_short_question_by_the_sentence_before_it():
    from bot.understanding import question_focus
    story = ("I was rear-ended at a red light last week and felt fine at first. "
             "The next morning I woke up with a headache and a stiff, sore neck. Why is that?")
    assert question_focus(story) == ("The next morning I woke up with a headache and a stiff, sore neck. Why is that?",)
    longer = "I have had migraines for years. My neurologist wants me to try Botox. How long does Botox keep working for?"
    assert question_focus(longer) == ("How long does Botox keep working for?",)
    # a question that names its subject only as "this" or "here" points back, even past six words
    pointing = ("Botox helped for two rounds and now it does nothing, and the headaches are worse than before. "
                "Is this something you see in other patients?")
    assert question_focus(pointing) == (pointing, "Is this something you see in other patients?")
    # questions that say enough by themselves are read alone too, past a long back-story they point back to
    worried = ("I read your page about it damaging muscles and bones and now I cannot stop worrying. "
               "Did you really say it damages the bone? Was that in people?")
    assert question_focus(worried)[-1] == "Did you really say it damages the bone? Was that in people?"


def test_a_follow_up_with_nothing_to_follow_is_read_as_a_question(shipped):
    # "how does that work?" is a request for more after an answer; as an opening message it asks how Botox works
    assert shipped.reply("How does it work?").intent == "how_botox_works"
    first = shipped.reply("how long does botox last")
    assert shipped.reply("how does that work?", first.conversation).explanation["decided_by"].startswith("more about")
    assert shipped.reply("tell me more").intent == "more"          # nothing better to answer: ask which topic
    for bare in ("why?", "how?", "why is that"):                    # no word of its own: any next best is chance
        assert shipped.reply(bare).intent == "more", bare
    assert shipped.reply("why?", first.conversation).explanation["decided_by"].startswith("more about")
    # a request to put it more simply, with nothing said yet, asks about a topic only in words of its own
    assert shipped.reply("I don't understand, can you say it more simply?").intent == "rephrase"
    assert shipped.reply("huh? what does botox do").intent == "how_botox_works"



def test_muscles_that_take_over_are_not_a_medicine_taken(shipped):
    assert shipped.reply("so which muscles take over then").intent == "overworked_muscles"


def test_late_or_missing_a_visit_gets_the_booking_details(shipped):
    for message in ("sorry i can't make it today", "i'll be a bit late today, sorry", "i won't make it tomorrow"):
        assert shipped.reply(message).intent == "book_appointment", message


def test_asking_what_to_do_or_which_doctor_again_gets_the_article_s_advice(shipped):
    first = shipped.reply("is it permanent?")
    assert shipped.reply("ok so what should i do", first.conversation).intent == "treat_the_cause"
    assert shipped.reply("which doctor was that again").intent == "treat_the_cause"


def test_a_story_ending_in_why_is_that_is_not_a_request_for_more(shipped):
    story = ("Last month someone drove into the back of my car at low speed. I felt completely fine that day, "
             "but the next morning I woke up with a headache and neck pain that still has not gone away. Why is that?")
    assert shipped.reply(story).intent not in ("more", "rephrase")


@pytest.mark.parametrize("message, intent", [
    ("thanks, that makes sense. and does it actually damage the muscle though?", "muscle_damage"),
    ("great thanks! how long does it last?", "short_term_relief"),
    ("ok thanks, explain the bone study", "study_bone"),
    ("hello. i'd like to book please", "book_appointment"),
])
def test_a_pleasantry_before_a_question_is_read_as_the_question(shipped, message, intent):
    assert shipped.reply(message).intent == intent


@pytest.mark.parametrize("message, intent", [
    ("hi there, i have a question", "greeting"),               # nothing asked after the greeting
    ("Hi there, first time using this", "greeting"),           # not a question
    ("I want to schedule a consult, what's the next step?", "book_appointment"),   # booking is no pleasantry
    ("thanks so much", "thanks"),
])
def test_a_pleasantry_alone_or_before_no_question_stays_a_pleasantry(shipped, message, intent):
    assert shipped.reply(message).intent == intent


def test_the_first_clause_is_split_off_only_when_short_and_followed_by_enough():
    from bot.understanding import split_first_clause
    assert split_first_clause("thanks, does it hurt?") == ("thanks", "does it hurt?")
    assert split_first_clause("Thank you so much. What is botox?") == ("Thank you so much.", "What is botox?")
    assert split_first_clause("thanks, bye") is None
    assert split_first_clause("I was in a crash last year and have had neck pain ever since. Why?") is None


def test_a_tension_headache_is_a_kind_of_headache_not_tight_muscles(shipped):
    # ("tension" alone is a synonym of "tight"; "tension headache" is a synonym of its own)
    analysis = shipped.normaliser.analyse("How effective is Botox for tension headaches?")
    assert "tight" not in analysis.text
    assert shipped.reply("How effective is Botox for tension headaches?").intent == "decline_headache_types"
    assert "tight" in shipped.normaliser.analyse("so much tension in my neck").text


@pytest.mark.parametrize("message, intent", [("wait whats actually IN botox", "what_is_botox"),
                                             ("hmm, how long does the relief last", "short_term_relief")])
def test_a_word_of_surprise_before_a_question_is_not_what_it_asks_about(shipped, message, intent):
    assert shipped.reply(message).intent == intent          # ("wait" had matched "how long do i have to wait ...")


@pytest.mark.parametrize("message, intent", [("what sort of damage are we talking about?", "muscle_damage"),
                                             ("how much money are we talking about here", "decline_cost"),
                                             ("who am i talking to?", "capabilities")])
def test_are_we_talking_about_points_back_at_the_question(shipped, message, intent):
    assert shipped.reply(message).intent == intent          # ("talking" had matched "who am i talking to")


@pytest.mark.parametrize("message, intent", [
    ("could i arrange an evaluation with one of your doctors", "book_appointment"),   # an evaluation is a visit
    ("will there be lasting damage if i quit the injections", "reversibility"),       # "lasting damage" keeps "damage"
    ("kindly explain how botox-induced relaxation of the neck musculature may compromise stability",
     "botox_removes_stability"),                                                       # musculature: the muscles
])
def test_everyday_words_for_a_visit_and_for_lasting_damage(shipped, message, intent):
    assert shipped.reply(message).intent == intent


@pytest.mark.parametrize("message, intent", [
    ("hw lng does the relief last", "short_term_relief"),             # texting: "lng" is "long"
    ("does botox help a sore neck?", "botox_removes_stability"),      # not cervical dystonia
    # what a message says it is not asking, read past
    ("i'm not asking you to decide for me, i just want to know what the concern is with botox and the muscles",
     "muscle_damage"),
])
def test_texting_shorthand_and_a_sore_neck(shipped, message, intent):
    assert shipped.reply(message).intent == intent


@pytest.mark.parametrize("message, intent", [
    ("what actually is a knot in a muscle?", "decline_neck_conditions"),        # the article never explains knots
    ("could pain at the back of my neck mean brain cancer?", "decline_diagnosis"),
    # neck pain itself, with no headache in the question: not the article's "headaches come from the neck"
    ("is popping your neck bad for it?", "decline_neck_pain"),
    ("what usually gives people a stiff neck?", "decline_neck_pain"),
    ("could worry and stress be why my neck hurts?", "decline_neck_pain"),
    ("can neck trouble cause dizziness?", "decline_neck_pain"),
    ("my neck is stiff and sore since the accident, could that be why i get headaches?", "neck_causes_headaches"),
])
def test_what_the_article_does_not_explain_is_declined(shipped, message, intent):
    assert shipped.reply(message).intent == intent


def test_to_stem_from_is_to_come_from_not_a_stem_cell(shipped):
    assert shipped.reply("could my migraines stem from my neck?").intent == "neck_causes_headaches"
    assert shipped.reply("do you offer stem cell injections?").intent == "decline_other_treatments"


@pytest.mark.parametrize("message", ["do beta blockers damage the muscles the way botox does?",
                                     "does nurtec damage muscles like botox",
                                     "what about propranolol, does that weaken muscles too?",
                                     "do cgrp injections damage muscles like botox does?"])   # (any medicine named)
def test_a_question_about_another_medicine_s_harm_is_declined(shipped, message):
    # the article speaks of Botox only: another medicine compared with it gets the other-treatments decline
    assert shipped.reply(message).intent == "decline_other_treatments"


@pytest.mark.parametrize("message", ["Can numbness in your face be an emergency?", "When should I worry about blurry vision?",
                                     "when should i be concerned about a concussion?",
                                     "when should a child be seen by a doctor after bumping their head?"])
def test_asking_when_a_symptom_is_an_emergency_lists_the_warning_signs(shipped, message):
    assert shipped.reply(message).intent == "warning_signs"


def test_how_long_botox_for_headaches_lasts_is_not_pushed_away_by_the_botox_headache_question(shipped):
    # short_term_relief's not_phrasings keep "how long does a botox headache last" (the injections' own headache) away,
    # but not the question it is most asked: how long Botox for headaches lasts
    assert shipped.reply("botox for headache, how long it last?").intent == "short_term_relief"
