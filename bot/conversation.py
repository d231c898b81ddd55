"""The conversation so far, as a small value that travels with each message.

The engine keeps no memory between calls: each reply returns the new
`Conversation`, and the caller (the REPL, a web client) passes it back with
the next message. `to_dict`/`from_dict` give a plain JSON form; `from_dict`
validates what a client sends and raises `ValueError` on anything odd.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = 1
BOOKING = "booking"
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_TURN = 1_000_000


@dataclass(frozen=True)
class Conversation:
    turn: int = 0                       # replies given so far
    topic: str | None = None            # the last intent answered from the article
    offer: str | None = None            # what a "yes" accepts: "booking" or an intent id
    options: tuple[str, ...] = ()       # the intents a clarifying question offered
    booking_turn: int | None = None     # the turn booking was last suggested

    def to_dict(self) -> dict:
        return {"v": VERSION, "turn": self.turn, "topic": self.topic, "offer": self.offer,
                "options": list(self.options), "booking_turn": self.booking_turn}

    @classmethod
    def from_dict(cls, data: object, known_intents=None) -> "Conversation":
        """Rebuild a conversation sent by a client; `ValueError` if it is malformed or names unknown intents."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValueError("conversation must be an object")
        unknown = set(data) - {"v", "turn", "topic", "offer", "options", "booking_turn"}
        if unknown:
            raise ValueError(f"conversation has unknown fields: {', '.join(sorted(map(str, unknown)))}")
        if data.get("v", VERSION) != VERSION:
            raise ValueError(f"conversation version must be {VERSION}")

        def whole(name: str, value: object, optional: bool) -> int | None:
            if value is None and optional:
                return None
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_TURN:
                raise ValueError(f"conversation.{name} must be a whole number from 0 to {MAX_TURN}")
            return value

        def intent_id(name: str, value: object) -> str | None:
            if value is None:
                return None
            if not isinstance(value, str) or not _ID.match(value):
                raise ValueError(f"conversation.{name} must be an intent id or null")
            if known_intents is not None and value != BOOKING and value not in known_intents:
                raise ValueError(f"conversation.{name} names an unknown intent")
            return value

        options = data.get("options", [])
        if not isinstance(options, list) or len(options) > 5:
            raise ValueError("conversation.options must be a list of at most 5 intent ids")
        turn = whole("turn", data.get("turn", 0), optional=False)
        booking_turn = whole("booking_turn", data.get("booking_turn"), optional=True)
        if booking_turn is not None and booking_turn > turn:
            raise ValueError("conversation.booking_turn cannot be after conversation.turn")
        return cls(turn=turn, topic=intent_id("topic", data.get("topic")), offer=intent_id("offer", data.get("offer")),
                   options=tuple(intent_id("options", o) for o in options), booking_turn=booking_turn)
