"""The conversation state a client sends back is validated before use."""
from __future__ import annotations

import json

import pytest

from bot.conversation import Conversation


def test_round_trip_through_json():
    conversation = Conversation(turn=3, topic="what_is_botox", offer="booking", options=("a", "b"), booking_turn=2)
    assert Conversation.from_dict(json.loads(json.dumps(conversation.to_dict()))) == conversation


def test_none_is_a_new_conversation():
    assert Conversation.from_dict(None) == Conversation()


@pytest.mark.parametrize("data", [
    "not an object", [1, 2], {"turn": -1}, {"turn": "3"}, {"turn": True}, {"turn": 10**9},
    {"topic": "<script>"}, {"topic": 5}, {"offer": "Robert'); DROP"}, {"options": "a"},
    {"options": ["a"] * 6}, {"v": 2}, {"admin": True}, {"turn": 1, "booking_turn": 5},
])
def test_malformed_state_is_refused(data):
    with pytest.raises(ValueError):
        Conversation.from_dict(data)


def test_state_naming_unknown_intents_is_refused():
    with pytest.raises(ValueError, match="unknown intent"):
        Conversation.from_dict({"topic": "made_up"}, known_intents={"what_is_botox"})
    assert Conversation.from_dict({"offer": "booking"}, known_intents={"what_is_botox"}).offer == "booking"
