"""Cross-validation over the intents' own phrasings, for `headache-bot eval` and `check`.

Each intent's phrasings are dealt into `folds` groups; each group is held out
in turn, a matcher is built from the rest, and every held-out phrasing is
matched. The predictions give accuracy, per-intent precision and recall, the
most confused pairs, the risk-coverage curve (at each confidence threshold,
the share answered and the share of those answered wrongly) and what moving
the threshold in settings.yaml to the suggested one would change.
"""
from __future__ import annotations

import dataclasses

from collections import Counter
from dataclasses import dataclass, field

from ..engine import Bot
from ..intents import DECLINE, URGENT, Intent
from ..understanding import Understander

FOLDS = 5
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 20))
WRONG_COST = 2   # for the suggested threshold, a wrong answer costs as much as two fallbacks
RED_FLAGS_FIRST = ("Red flags are decided by the safety rules before the matcher sees a message; the urgent intents' "
                   "phrasings are only a second net for wordings the rules miss. So a low recall here for {urgent} is "
                   "expected: it does not mean emergencies are missed (the conversation tests in intents/tests/ check those).")
IN_SCOPE_ONLY = ("These phrasings are all questions the assistant should answer, so here a fallback is a miss; the "
                 "out-of-scope messages that a higher threshold turns away are not among them. Try real messages "
                 "(headache-bot review, headache-bot test) before changing matching: threshold in settings.yaml.")


@dataclass(frozen=True)
class Prediction:
    intent: str            # the intent the phrasing belongs to
    phrasing: str
    predicted: str | None  # the best intent of a matcher that never saw the phrasing
    score: float


@dataclass(frozen=True)
class Tally:
    """What a threshold does to the held-out phrasings: each is answered right, answered wrong, or falls back."""

    right: int = 0
    wrong: int = 0
    refusals: int = 0      # of the right answers, those by a decline intent (a polite refusal)
    fallbacks: int = 0     # below the threshold: "I can't answer that"

    @property
    def answered(self) -> int:
        return self.right + self.wrong


def tally(predictions: list[Prediction], threshold: float, kinds: dict[str, str]) -> Tally:
    answered = [p for p in predictions if p.score >= threshold]
    right = [p for p in answered if p.predicted == p.intent]
    return Tally(len(right), len(answered) - len(right), sum(kinds.get(p.intent) == DECLINE for p in right),
                 len(predictions) - len(answered))


@dataclass(frozen=True)
class ThresholdPoint:
    threshold: float
    answered: float        # coverage: share of phrasings answered (score >= threshold)
    accuracy: float        # share of the answered that went to the right intent
    wrong: float           # share of all phrasings answered wrongly
    counts: Tally = Tally()

    @property
    def risk(self) -> float:
        """Share of the answered phrasings that were answered wrongly."""
        return 1.0 - self.accuracy


@dataclass
class Evaluation:
    predictions: list[Prediction]
    threshold: float                                   # the threshold in settings.yaml
    accuracy: float = 0.0                              # right / all, ignoring the threshold
    per_intent: dict[str, tuple[float, float, int]] = field(default_factory=dict)  # id -> (precision, recall, count)
    confused: list[tuple[str, str, int]] = field(default_factory=list)             # (intent, predicted, count)
    curve: list[ThresholdPoint] = field(default_factory=list)
    suggested_threshold: float = 0.0
    labels: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)                            # id -> title (the question)
    kinds: dict[str, str] = field(default_factory=dict)                             # id -> kind
    current: Tally = Tally()                           # at the threshold in settings.yaml
    suggested: Tally = Tally()                         # at the suggested threshold

    @property
    def urgent(self) -> list[str]:
        return [i for i in self.labels if self.kinds.get(i) == URGENT]

    def switch_changes(self) -> list[tuple[str, int, int, str]]:
        """What moving settings.yaml's threshold to the suggested one changes on the held-out
        phrasings: (what, now, after the switch, the change in words)."""
        now, then = self.current, self.suggested
        return [("right answers", now.right, then.right, _change(now.right, then.right, "gained", "lost")),
                ("  of them polite refusals (decline intents)", now.refusals, then.refusals, _change(now.refusals, then.refusals, "gained", "lost")),
                ("wrong answers", now.wrong, then.wrong, _change(now.wrong, then.wrong, "added", "removed")),
                ("fallbacks (\"I can't answer that\")", now.fallbacks, then.fallbacks, _change(now.fallbacks, then.fallbacks, "more", "fewer"))]


def _change(before: int, after: int, more: str, fewer: str) -> str:
    delta = after - before
    return "no change" if delta == 0 else f"{abs(delta)} {more if delta > 0 else fewer}"


def cross_validate(bot: Bot, folds: int = FOLDS) -> list[Prediction]:
    """Each phrasing understood by an assistant built without it: words, meaning and not_phrasings, as in the chat."""
    predictions = []
    for fold in range(folds):
        kept, held = [], []
        for intent in bot.knowledge.intents:
            train = tuple(p for i, p in enumerate(intent.phrasings) if i % folds != fold)
            held += [(intent, p) for i, p in enumerate(intent.phrasings) if i % folds == fold and p != intent.title]
            kept.append(dataclasses.replace(intent, phrasings=train or intent.phrasings[:1]))
        understander = Understander(dataclasses.replace(bot.knowledge, intents=tuple(kept)))
        for intent, phrasing in held:
            top = understander.understand(phrasing).top
            predictions.append(Prediction(intent.id, phrasing, top.intent if top else None, top.score if top else 0.0))
    return predictions


def evaluate(bot: Bot, folds: int = FOLDS) -> Evaluation:
    predictions = cross_validate(bot, folds)
    result = Evaluation(predictions, bot.settings.matching.threshold)
    result.labels = [i.id for i in bot.knowledge.intents]
    result.titles = {i.id: i.title for i in bot.knowledge.intents}
    result.kinds = {i.id: i.kind for i in bot.knowledge.intents}
    total = len(predictions) or 1
    result.accuracy = sum(p.predicted == p.intent for p in predictions) / total
    truth = Counter(p.intent for p in predictions)
    guessed = Counter(p.predicted for p in predictions)
    right = Counter(p.intent for p in predictions if p.predicted == p.intent)
    for intent_id in result.labels:
        precision = right[intent_id] / guessed[intent_id] if guessed[intent_id] else 0.0
        recall = right[intent_id] / truth[intent_id] if truth[intent_id] else 0.0
        result.per_intent[intent_id] = (precision, recall, truth[intent_id])
    pairs = Counter((p.intent, p.predicted) for p in predictions if p.predicted != p.intent)
    result.confused = [(a, b, n) for (a, b), n in pairs.most_common()]
    best_value = None
    for threshold in THRESHOLDS:
        counts = tally(predictions, threshold, result.kinds)
        result.curve.append(ThresholdPoint(threshold, counts.answered / total,
                                           counts.right / counts.answered if counts.answered else 1.0,
                                           counts.wrong / total, counts))
        value = counts.right - WRONG_COST * counts.wrong
        if best_value is None or value > best_value:
            best_value, result.suggested_threshold = value, threshold
    result.current = tally(predictions, result.threshold, result.kinds)
    result.suggested = tally(predictions, result.suggested_threshold, result.kinds)
    return result
