"""The policy: what to reply, given what a message says and the conversation so far.

`decide(understanding, conversation, knowledge)` is a pure function: no
matching, no state, no I/O. The order of decisions:

1. an empty message asks for a question;
2. a red flag wins over everything: the reply of its tier (emergency,
   urgent today, crisis), from settings.yaml;
3. "the second one" picks an offered option;
4. below the threshold, an honest fallback: what the assistant can answer and
   an offer to book, and, when the message names symptoms, what to do if they
   are sudden, severe or new;
5. the best intent is urgent (a red-flag phrasing the rules missed): its tier;
6. "tell me more" or "huh?" with no topic yet: the next best answer, if any;
   in context: an offered option, a yes to what the last reply offered, "tell
   me more" (or "why?") about the last topic, "huh?" for the last answer in
   plain words;
7. two intents too close to call: ask which one is meant;
8. otherwise the intent's answer, its source section, follow-up suggestions
   and, now and then, a suggestion to book.

The intents it gives a meaning of their own are found by their `role`
(`intents.ROLES`), never by id, and every intent kind has a reply, so no
intent folder the loader accepts and no conversation value that
`Conversation.from_dict` accepts can make it raise.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .conversation import BOOKING, MAX_TURN, Conversation
from .intents import (AFFIRM, ARTICLE, BOOK, CONVERSATION, CRISIS, DECLINE, MORE, REPHRASE, URGENT, URGENT_TODAY, Intent,
                      KnowledgeBase)
from . import reply as kinds
from .reply import Booking, Reply, Suggestion
from .text import content_words, fold
from .understanding import Understanding

# The kind of reply each kind of intent gives (urgent intents: see _urgent).
_REPLY_KIND = {ARTICLE: kinds.ANSWER, DECLINE: kinds.DECLINE, CONVERSATION: kinds.CONVERSATION}


def decide(understanding: Understanding, conversation: Conversation, knowledge: KnowledgeBase) -> Reply:
    """The reply to an understood message, given the conversation so far."""
    return _Turn(understanding, conversation, knowledge).decide()


class _Turn:
    """One decision: the inputs, and the reply builders that share them."""

    def __init__(self, understanding: Understanding, conversation: Conversation, knowledge: KnowledgeBase):
        self.understanding = understanding
        self.conversation = conversation
        self.knowledge = knowledge
        self.settings = knowledge.settings
        self.turn = min(conversation.turn + 1, MAX_TURN)    # (what the reply returns, the next reply must take back)

    def decide(self) -> Reply:
        """The reply, ending with the crisis line when the learned model heard some despair in the message (not
        enough for the crisis reply, or beside a red flag of another tier: the understanding's `crisis_note`) and the
        reply does not give the line yet."""
        reply = self._decide()
        if self.understanding.crisis_note is None or self.settings.clinic.crisis_line in reply.text:
            return reply
        return replace(reply, text=f"{reply.text} {self.fill(self.settings.messages.crisis_note)}")

    def _decide(self) -> Reply:
        u, conversation, get = self.understanding, self.conversation, self.knowledge.get
        if u.empty:
            return Reply(kinds.EMPTY, self.fill(self.settings.messages.empty),
                         conversation=Conversation(turn=self.turn, topic=conversation.topic, booking_turn=conversation.booking_turn))
        if u.red_flag is not None:
            reply = self._urgent(u.red_flag.tier, 1.0, f"red flag: {u.red_flag.rule} ({u.red_flag.title})")
            if u.emergency_beside is None:
                return reply
            return replace(reply, text=f"{reply.text} {self.fill(self.settings.messages.emergency_note)}")
        if u.pick is not None and u.pick < len(conversation.options) and get(conversation.options[u.pick]):
            return self._respond(get(conversation.options[u.pick]), 1.0, "picked an offered option")
        top = u.top
        if top is None or top.score < self.settings.matching.threshold:
            return self._fallback(top.score if top else 0.0)
        best = get(top.intent)
        if best.kind == URGENT:
            return self._urgent(best.role, top.score, "matched a red-flag phrasing")
        if best.role in (MORE, REPHRASE) and get(conversation.topic) is None:
            # "how does that work?" with nothing said yet to go on about: the best answer instead, if there is one
            # (not for a lone "why?" or "how?": with no word of its own, the next best is chance)
            # (and a request to put it more simply names a topic only in words beyond the request: "explain like
            # i'm 5 how botox works" does, "can you say it more simply" does not: its "more" matched "any more")
            second = u.runner_up
            if second is not None and second.score >= self.settings.matching.threshold and \
                    get(second.intent).kind in (ARTICLE, DECLINE) and u.analysis is not None and u.analysis.has_content \
                    and (best.role == MORE or content_words(u.analysis.text) - set(fold(top.phrasing).split())):
                return self._respond(get(second.intent), second.score, "a follow-up with nothing to follow: the next best")
        resolved = self._in_context(best)
        if resolved is not None:
            intent, reason = resolved
            return self._respond(intent, top.score, reason, plain=best.role == REPHRASE)
        second = u.runner_up
        if second is not None and self._too_close(best, get(second.intent), top.score, second.score):
            return self._clarify(best, get(second.intent), top.score)
        return self._respond(best, top.score, "best match")

    # -- decisions -------------------------------------------------------------------
    def _in_context(self, best: Intent) -> tuple[Intent, str] | None:
        """What the message means given the conversation: an offered option, a yes, 'tell me more', 'huh?'."""
        conversation, get, role = self.conversation, self.knowledge.get, best.role
        if conversation.options:
            offered = [c for c in self.understanding.candidates[:2] if c.intent in conversation.options]
            if offered:
                return get(offered[0].intent), "matched an offered option"
        topic = get(conversation.topic)
        if role == AFFIRM:
            if conversation.offer == BOOKING and self.knowledge.role(BOOK):
                return self.knowledge.role(BOOK), "yes to the booking suggestion"
            if get(conversation.offer):
                return get(conversation.offer), "yes to the suggested follow-up"
        if role == MORE and topic is not None:
            follow = next((get(f) for f in topic.follow_ups if get(f)), None)
            if follow is not None:
                return follow, f"more about '{topic.id}'"
        if role == REPHRASE and topic is not None and topic.kind in (ARTICLE, DECLINE):
            return topic, f"'{topic.id}' again, in plain words"
        return None

    def _too_close(self, top: Intent, second: Intent, top_score: float, second_score: float) -> bool:
        """Worth asking which one? Two article answers, or an answer and a refusal, scoring nearly alike."""
        intent_kinds = {top.kind, second.kind}
        matching = self.settings.matching
        return (ARTICLE in intent_kinds and intent_kinds <= {ARTICLE, DECLINE}
                and second_score >= matching.threshold and top_score - second_score < matching.ambiguity_margin)

    # -- reply builders --------------------------------------------------------------
    def fill(self, text: str) -> str:
        return self.settings.fill(text)

    def _explained(self, reason: str) -> Callable[[], dict]:
        """The reply's explanation, worked out when asked for (the understanding is immutable)."""
        understanding, threshold = self.understanding, self.settings.matching.threshold
        return lambda: {**understanding.explanation(threshold), "decided_by": reason}

    def _booking(self, text: str) -> Booking:
        clinic = self.settings.clinic
        return Booking(self.fill(text), clinic.booking_url, clinic.phone)

    def _suggest(self, ids, exclude: str | None = None) -> tuple[Suggestion, ...]:
        found = (self.knowledge.get(i) for i in ids if i != exclude)
        return tuple(Suggestion(i.id, i.title) for i in found if i is not None and i.kind != URGENT)

    def _respond(self, intent: Intent, confidence: float, reason: str, plain: bool = False) -> Reply:
        """The reply an intent gives, whatever its kind (`plain`: its answer in plain words, where it has one)."""
        if intent.kind == URGENT:
            return self._urgent(intent.role, confidence, reason)
        conversation, turn = self.conversation, self.turn
        kind = _REPLY_KIND[intent.kind]
        suggestions = self._suggest(intent.follow_ups, exclude=intent.id)
        booking, booking_turn = None, conversation.booking_turn
        is_booking = intent is self.knowledge.role(BOOK)
        if is_booking or kind == kinds.DECLINE:
            booking = self._booking("")
            booking_turn = turn if is_booking else booking_turn
        elif (kind == kinds.ANSWER and self.settings.clinic.booking_url not in self.fill(intent.answer)
              and (booking_turn is None or turn - booking_turn >= self.settings.matching.booking_offer_every)):
            booking, booking_turn = self._booking(self.settings.messages.booking_offer), turn
        offer = BOOKING if booking and booking.text else (suggestions[0].intent if suggestions else None)
        topic = intent.id if intent.kind in (ARTICLE, DECLINE) else conversation.topic
        new = Conversation(turn=turn, topic=topic, offer=offer, options=(), booking_turn=booking_turn)
        return Reply(kind=kind, text=self.fill((plain and intent.plain) or intent.answer), intent=intent.id, confidence=_clip(confidence),
                     source=intent.section, suggestions=suggestions, booking=booking, conversation=new,
                     explain=self._explained(reason))

    def _urgent(self, tier: str, confidence: float, reason: str) -> Reply:
        messages = self.settings.messages
        text = {CRISIS: messages.crisis, URGENT_TODAY: messages.urgent_today}.get(tier, messages.emergency)
        intent = self.knowledge.role(tier)
        new = Conversation(turn=self.turn, topic=self.conversation.topic, booking_turn=self.conversation.booking_turn)
        return Reply(kind=kinds.URGENT, text=self.fill(text), intent=intent.id if intent else tier, confidence=_clip(confidence),
                     emergency_number=self.settings.clinic.emergency_number, conversation=new,
                     explain=self._explained(reason))

    def _fallback(self, confidence: float) -> Reply:
        messages = self.settings.messages
        text = self.fill(messages.fallback)
        u = self.understanding
        if u.symptoms_named or u.current_symptom or u.red_flags_set_aside:   # "what if i get double vision?" too
            text += " " + self.fill(messages.safety_net)
        new = Conversation(turn=self.turn, topic=self.conversation.topic, offer=BOOKING, booking_turn=self.turn)
        return Reply(kind=kinds.FALLBACK, text=text, confidence=_clip(confidence),
                     suggestions=self._suggest(self.settings.fallback_topics), booking=self._booking(messages.booking_offer),
                     conversation=new, explain=self._explained("no intent reached the threshold"))

    def _clarify(self, top: Intent, second: Intent, confidence: float) -> Reply:
        conversation = self.conversation
        new = Conversation(turn=self.turn, topic=conversation.topic, options=(top.id, second.id),
                           booking_turn=conversation.booking_turn)
        return Reply(kind=kinds.CLARIFY, text=self.fill(self.settings.messages.clarify), intent=top.id,
                     confidence=_clip(confidence), suggestions=self._suggest([top.id, second.id]), conversation=new,
                     explain=self._explained("the two best intents are too close"))


def _clip(value: float) -> float:
    return max(0.0, min(1.0, float(value)))
