"""A body's symptom given to a thing is a figure of speech (bot/figures.py); given to a person or a body, a red flag."""
import pytest


@pytest.mark.parametrize("message", [
    "my calendar has double vision this week, two bookings at nine. which one is real?",
    "my spreadsheet has gone blind to the new column, can you email the price list instead?",
    "my savings went numb down one side after that quote lol, do you do payment plans?",
    "my printer is choking on the consent form, can i sign it when i arrive?",
    "the booking page blacked out on me when i hit pay, did it take the money?",
])
def test_a_thing_given_a_body_symptom_is_no_red_flag(shipped, message):
    reply = shipped.reply(message)
    assert not reply.urgent, message
    assert any(s.context == "another sense" for s in shipped.understand(message).red_flags_set_aside)


@pytest.mark.parametrize("message", [
    "my builder had a seizure on the scaffolding",
    "my stepson went numb down one side",
    "my fce went numb",                                   # a misspelt body part is no known thing
    "my manager had a seizure at work",                   # a person, though bosses also throw fits
    "the print in the paper looks double since my botox",  # what is seen, not who sees it
    "the world went black for a second and i fell",
    "my husband is choking on his food",
    "my gp fainted in the waiting room",
    "my dad blacked out in the kitchen ten minutes ago",
])
def test_a_person_or_a_body_with_the_symptom_is_a_red_flag(shipped, message):
    assert shipped.reply(message).urgent, message


def test_the_figure_needs_a_subject_and_a_verb_of_having_or_becoming(shipped):
    figures = shipped.understander.figures
    sentence = "my wallet went numb down one side"
    assert figures.figurative(sentence, sentence.index("numb"), "numb down one side")
    assert not figures.figurative("numb down one side", 0, "numb down one side")     # no subject
    sentence = "my arm went numb"
    assert not figures.figurative(sentence, sentence.index("numb"), "numb")          # a body part
    sentence = "the screen went black"
    assert not figures.figurative(sentence, sentence.index("black"), "black")        # a perception, not a body's state
