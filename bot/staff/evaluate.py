"""Cross-validation over the intents' own phrasings, for `headache-bot eval` and `check`.

Each intent's phrasings are dealt into `folds` groups; each group is held out
in turn, a matcher is built from the rest, and every held-out phrasing is
matched. The predictions give accuracy, per-intent precision and recall, the
most confused pairs, and how answered-share and accuracy move with the
confidence threshold.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..engine import Bot
from ..intents import Intent
from ..matcher import Matcher

FOLDS = 5
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 20))
WRONG_COST = 2   # for the suggested threshold, a wrong answer costs as much as two fallbacks


@dataclass(frozen=True)
class Prediction:
    intent: str            # the intent the phrasing belongs to
    phrasing: str
    predicted: str | None  # the best intent of a matcher that never saw the phrasing
    score: float


@dataclass(frozen=True)
class ThresholdPoint:
    threshold: float
    answered: float        # share of phrasings answered (score >= threshold)
    accuracy: float        # share of the answered that went to the right intent
    wrong: float           # share of all phrasings answered wrongly


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


def cross_validate(bot: Bot, folds: int = FOLDS) -> list[Prediction]:
    predictions = []
    for fold in range(folds):
        kept, held = [], []
        for intent in bot.knowledge.intents:
            train = tuple(p for i, p in enumerate(intent.phrasings) if i % folds != fold)
            held += [(intent, p) for i, p in enumerate(intent.phrasings) if i % folds == fold and p != intent.title]
            kept.append(Intent(intent.id, intent.title, train or intent.phrasings[:1], intent.answer, intent.kind))
        matcher = Matcher(kept, bot.normaliser)
        for intent, phrasing in held:
            ranked = matcher.rank(bot.normaliser.analyse(phrasing), limit=1)
            predictions.append(Prediction(intent.id, phrasing, ranked[0].intent if ranked else None,
                                          ranked[0].score if ranked else 0.0))
    return predictions


def evaluate(bot: Bot, folds: int = FOLDS) -> Evaluation:
    predictions = cross_validate(bot, folds)
    result = Evaluation(predictions, bot.settings.matching.threshold)
    result.labels = [i.id for i in bot.knowledge.intents]
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
        answered = [p for p in predictions if p.score >= threshold]
        correct = sum(p.predicted == p.intent for p in answered)
        wrong = len(answered) - correct
        result.curve.append(ThresholdPoint(threshold, len(answered) / total, correct / len(answered) if answered else 1.0,
                                           wrong / total))
        value = correct - WRONG_COST * wrong
        if best_value is None or value > best_value:
            best_value, result.suggested_threshold = value, threshold
    return result
