"""The engine: a message and the conversation so far in, a `Reply` out.

`Bot` holds the intents, the settings and the matcher built from them; it
never prints, reads files or remembers anything of a conversation between
calls (its only memory is a cache of spelling corrections and stems), so one
`Bot` can serve any number of conversations, in any thread. The order of decisions in
`Bot.reply`:

1. an empty message asks for a question;
2. red-flag rules (`safety.py`) win over everything: get emergency care now;
3. the matcher ranks intents, on the message without the symptoms it denies
   (its red-flag phrasings are a backstop for what the rules miss, for
   messages naming a current symptom); below the threshold, an honest fallback;
4. "yes", "tell me more" and a pick between offered options are resolved
   against the conversation;
5. two intents too close to call: ask which one is meant;
6. otherwise the intent's answer, its source section, follow-up suggestions
   and, now and then, a suggestion to book.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .conversation import BOOKING, Conversation
from .intents import ARTICLE, CONVERSATION, DECLINE, Intent, KnowledgeBase, load_folder
from .matcher import Candidate, Matcher
from . import reply as kinds
from .reply import Booking, Reply, Suggestion
from .safety import (URGENT_CRISIS, URGENT_INTENTS, URGENT_TODAY, VOCABULARY, Finding, find_red_flag, has_current_symptom,
                     without_negated_symptoms)
from .text import Analysis, Normaliser, clean, common_english_words, fold

# The kind of reply each kind of intent gives.
_REPLY_KIND = {ARTICLE: kinds.ANSWER, DECLINE: kinds.DECLINE, CONVERSATION: kinds.CONVERSATION}

# Conversation intents the engine gives a meaning in context.
AFFIRM, DENY, MORE, BOOK = "affirm", "deny", "more", "book_appointment"
_ORDINALS = {"1": 0, "one": 0, "first": 0, "the first": 0, "first one": 0, "the first one": 0, "a": 0,
             "2": 1, "two": 1, "second": 1, "the second": 1, "second one": 1, "the second one": 1, "b": 1,
             "the other": 1, "the other one": 1, "last": 1, "the last one": 1}


class Bot:
    """The assistant for one set of intents and settings."""

    def __init__(self, knowledge: KnowledgeBase):
        self.knowledge = knowledge
        self.settings = knowledge.settings
        words = set(VOCABULARY)
        for intent in knowledge.intents:
            for text in (intent.title, intent.answer, *intent.phrasings):
                words.update(fold(text).split())
        self.normaliser = Normaliser(self.settings.synonyms, words, common_english_words(), VOCABULARY)
        self.matcher = Matcher(knowledge.intents, self.normaliser)
        self._placeholders = self.settings.placeholders()

    # -- the one public operation -------------------------------------------------
    def reply(self, message: str, conversation: Conversation | dict | None = None) -> Reply:
        """Reply to `message`, given the conversation so far (a `Conversation`, its dict form, or None)."""
        if not isinstance(conversation, Conversation):
            conversation = Conversation.from_dict(conversation, self.knowledge.by_id)
        turn = conversation.turn + 1
        text = clean(message if isinstance(message, str) else "", self.settings.max_message_chars)
        if not text:
            return Reply(kinds.EMPTY, self.fill(self.settings.messages.empty), conversation=replace(conversation, turn=turn))
        analysis = self.normaliser.analyse(text)
        finding = find_red_flag(analysis.corrected)
        if finding is None:
            question = without_negated_symptoms(analysis.corrected)
            if question != analysis.corrected:     # "no fever or stiff neck, how long does botox last"
                analysis = replace(self.normaliser.analyse(question), original=analysis.original)
        candidates = self.matcher.rank(analysis)
        if finding is None and not has_current_symptom(analysis.corrected):
            candidates = [c for c in candidates if c.intent not in URGENT_INTENTS]
        explanation = self._explain(analysis, candidates, finding)
        if finding is not None:
            return self._urgent(finding.intent, 1.0, conversation, turn, explanation, "red-flag rule: " + finding.rule)
        picked = self._picked_option(analysis, conversation)
        if picked is not None:
            return self._answer(picked, 1.0, conversation, turn, explanation, "picked an offered option")
        threshold = self.settings.matching.threshold
        top = candidates[0] if candidates else None
        if top is None or top.score < threshold:
            return self._fallback(conversation, turn, top.score if top else 0.0, explanation)
        if top.intent in URGENT_INTENTS:
            return self._urgent(top.intent, top.score, conversation, turn, explanation, "matched a red-flag phrasing")
        resolved = self._in_context(analysis, candidates, conversation)
        if resolved is not None:
            intent, reason = resolved
            return self._answer(intent, top.score, conversation, turn, explanation, reason)
        second = candidates[1] if len(candidates) > 1 else None
        if second is not None and self._too_close(top, second):
            return self._clarify(top, second, conversation, turn, explanation)
        return self._answer(self.knowledge.get(top.intent), top.score, conversation, turn, explanation, "best match")

    # -- decisions -----------------------------------------------------------------
    def _picked_option(self, analysis: Analysis, conversation: Conversation) -> Intent | None:
        """'the second one' after a clarifying question."""
        pick = _ORDINALS.get(fold(analysis.original))
        if conversation.options and pick is not None and pick < len(conversation.options):
            return self.knowledge.get(conversation.options[pick])
        return None

    def _in_context(self, analysis: Analysis, candidates: list[Candidate], conversation: Conversation) -> tuple[Intent, str] | None:
        """What a message means given the conversation: an offered option, a yes, a 'tell me more'."""
        get = self.knowledge.get
        if conversation.options:
            offered = [c for c in candidates[:2] if c.intent in conversation.options]
            if offered:
                return get(offered[0].intent), "matched an offered option"
        top = candidates[0].intent
        if top == AFFIRM:
            if conversation.offer == BOOKING and get(BOOK):
                return get(BOOK), "yes to the booking suggestion"
            if conversation.offer and get(conversation.offer):
                return get(conversation.offer), "yes to the suggested follow-up"
        if top == MORE and conversation.topic and get(conversation.topic):
            follow = next((f for f in get(conversation.topic).follow_ups if get(f)), None)
            if follow:
                return get(follow), f"more about '{conversation.topic}'"
        return None

    def _too_close(self, top: Candidate, second: Candidate) -> bool:
        """Worth asking which one? Two article answers, or an answer and a refusal, scoring nearly alike."""
        intent_kinds = {self.knowledge.get(top.intent).kind, self.knowledge.get(second.intent).kind}
        return (ARTICLE in intent_kinds and intent_kinds <= {ARTICLE, DECLINE}
                and second.score >= self.settings.matching.threshold
                and top.score - second.score < self.settings.matching.ambiguity_margin)

    # -- reply builders --------------------------------------------------------------
    def fill(self, text: str) -> str:
        """`text` with the clinic's {placeholders} filled in."""
        return text.format_map(self._placeholders)

    def _booking(self, text: str) -> Booking:
        clinic = self.settings.clinic
        return Booking(self.fill(text), clinic.booking_url, clinic.phone)

    def _suggest(self, ids, exclude: str | None = None) -> tuple[Suggestion, ...]:
        found = (self.knowledge.get(i) for i in ids if i != exclude)
        return tuple(Suggestion(i.id, i.title) for i in found if i is not None)

    def _answer(self, intent: Intent, confidence: float, conversation: Conversation, turn: int,
                explanation: dict, reason: str) -> Reply:
        kind = _REPLY_KIND[intent.kind]
        suggestions = self._suggest(intent.follow_ups, exclude=intent.id)
        booking = None
        booking_turn = conversation.booking_turn
        if intent.id == BOOK or kind == kinds.DECLINE:
            booking = self._booking("")
            booking_turn = turn if intent.id == BOOK else booking_turn
        elif kind == kinds.ANSWER and (booking_turn is None or turn - booking_turn >= self.settings.matching.booking_offer_every):
            booking, booking_turn = self._booking(self.settings.messages.booking_offer), turn
        offer = BOOKING if booking and booking.text else (suggestions[0].intent if suggestions else None)
        topic = intent.id if intent.kind in (ARTICLE, DECLINE) else conversation.topic
        new = Conversation(turn=turn, topic=topic, offer=offer, options=(), booking_turn=booking_turn)
        return Reply(kind, self.fill(intent.answer), intent.id, _clip(confidence), intent.section, suggestions,
                     booking, None, new, {**explanation, "decided_by": reason})

    def _urgent(self, intent_id: str, confidence: float, conversation: Conversation, turn: int,
                explanation: dict, reason: str) -> Reply:
        messages = self.settings.messages
        text = {URGENT_CRISIS: messages.crisis, URGENT_TODAY: messages.urgent_today}.get(intent_id, messages.emergency)
        new = Conversation(turn=turn, topic=conversation.topic, booking_turn=conversation.booking_turn)
        return Reply(kinds.URGENT, self.fill(text), intent_id, _clip(confidence), None, (), None,
                     self.settings.clinic.emergency_number, new, {**explanation, "decided_by": reason})

    def _fallback(self, conversation: Conversation, turn: int, confidence: float, explanation: dict) -> Reply:
        new = Conversation(turn=turn, topic=conversation.topic, offer=BOOKING, booking_turn=turn)
        return Reply(kinds.FALLBACK, self.fill(self.settings.messages.fallback), None, _clip(confidence), None,
                     self._suggest(self.settings.fallback_topics), self._booking(self.settings.messages.booking_offer),
                     None, new, {**explanation, "decided_by": "no intent reached the threshold"})

    def _clarify(self, top: Candidate, second: Candidate, conversation: Conversation, turn: int, explanation: dict) -> Reply:
        new = Conversation(turn=turn, topic=conversation.topic, options=(top.intent, second.intent),
                           booking_turn=conversation.booking_turn)
        return Reply(kinds.CLARIFY, self.fill(self.settings.messages.clarify), top.intent, _clip(top.score), None,
                     self._suggest([top.intent, second.intent]), None, None, new,
                     {**explanation, "decided_by": "the two best intents are too close"})

    def _explain(self, analysis: Analysis, candidates: list[Candidate], finding: Finding | None) -> dict:
        top = candidates[0] if candidates else None
        second = candidates[1] if len(candidates) > 1 else None
        return {
            "normalised": analysis.text,
            "content_words": list(analysis.stems),
            "corrections": analysis.corrections,
            "synonyms": analysis.synonyms,
            "red_flag": {"rule": finding.rule, "words": finding.words} if finding else None,
            "threshold": self.settings.matching.threshold,
            "matched_phrasing": top.phrasing if top else None,
            "runner_up": second.intent if second else None,
            "margin": round(top.score - second.score, 4) if top and second else None,
            "candidates": [c.to_dict() for c in candidates[:3]],
        }


def _clip(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


def load(folder: str | Path | None = None) -> Bot:
    """A `Bot` for the intents in `folder` (the shipped intents when None). Raises `LoadError`."""
    return Bot(load_folder(folder))
