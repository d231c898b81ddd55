"""The reply value: everything a front end needs to show one answer.

`Reply.to_dict()` is plain JSON (the web API and `ask --json` print it);
`Reply.as_text()` is the plain-text form the terminal shows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .conversation import Conversation

# Kinds of reply.
ANSWER, DECLINE, CONVERSATION, URGENT, FALLBACK, CLARIFY, EMPTY = (
    "answer", "decline", "conversation", "urgent", "fallback", "clarify", "empty")


@dataclass(frozen=True)
class Suggestion:
    intent: str
    text: str       # what the patient would ask; sending it back asks for that intent

    def to_dict(self) -> dict:
        return {"intent": self.intent, "text": self.text}


@dataclass(frozen=True)
class Booking:
    """How to book: a front end shows a button or link; `text` is a sentence to show too, or ''."""

    text: str
    url: str
    phone: str

    def to_dict(self) -> dict:
        return {"text": self.text, "url": self.url, "phone": self.phone}


@dataclass(frozen=True)
class Reply:
    kind: str
    text: str
    intent: str | None = None
    confidence: float = 0.0
    source: str | None = None                  # the article section the answer comes from
    suggestions: tuple[Suggestion, ...] = ()
    booking: Booking | None = None
    emergency_number: str | None = None        # set on urgent replies
    conversation: Conversation = field(default_factory=Conversation)
    # Works out `explanation` when it is asked for (most replies never are: it took a few % of a web reply's CPU).
    explain: Callable[[], dict] = field(default=dict, compare=False, repr=False)

    @property
    def explanation(self) -> dict:
        """How the message was read and why this reply (plain JSON: `/why`, `--explain`, the review log)."""
        return self.explain()

    @property
    def urgent(self) -> bool:
        return self.kind == URGENT

    def to_dict(self, explain: bool = True) -> dict:
        data = {
            "intent": self.intent,
            "confidence": round(self.confidence, 4),
            "kind": self.kind,
            "urgent": self.urgent,
            "text": self.text,
            "source": self.source,
            "suggestions": [s.to_dict() for s in self.suggestions],
            "booking": self.booking.to_dict() if self.booking else None,
            "emergency_number": self.emergency_number,
            "conversation": self.conversation.to_dict(),
        }
        if explain:
            data["explanation"] = self.explanation
        return data

    def as_text(self) -> str:
        """The reply as the terminal shows it: text, source, suggestions, booking."""
        parts = [self.text]
        if self.source:
            parts.append(f"(From the article, section \"{self.source}\".)")
        if self.suggestions:
            label = "Which one?" if self.kind == CLARIFY else "You could ask:" if self.kind != FALLBACK else "I can tell you about:"
            parts.append(label + "\n" + "\n".join(f"  - {s.text}" for s in self.suggestions))
        if self.booking and self.booking.text:
            parts.append(self.booking.text)
        return "\n\n".join(parts)
