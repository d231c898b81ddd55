"""A learned second opinion on which intent a message asks for.

The matcher and the meaning signal (`understanding.Understander.rank`) compare a message with each intent's
phrasings, one phrasing at a time. They are easily drawn to an article answer that shares a word or two with a
question the article does not answer ("how long do the side effects last?" -> how long Botox lasts), or to the
wrong one of two close article topics. This model reads the whole message instead: a linear classifier of its
character and word n-grams (`ngram_classifier.py`) trained on every phrasing of the shipped intents and on the
project's blind sets of patients' messages and real questions (tests/benchmarks/heldout/, labelled with the
topics they may be answered by), shipped in bot/data/answer-model.npz and rebuilt by
`scripts/build_answer_model.py`.

Its classes are the intents that answer (the article's and the conversation's), ELSEWHERE (what the article
does not answer: every decline intent's phrasings and the blind sets' out-of-scope messages) and URGENT (the
urgent intents' phrasings). It never decides a red flag.

`second_opinion` only overrules the ranking when both are true: the model gives another class at least SURE,
and the ranking's best intent, an article answer the model knows, at most DOUBT. Then the message is given that
class's intent, or, for ELSEWHERE, no article answer. An intent the model was not trained on (one staff added
since) is never overruled, nor a message that says what one of the best intent's phrasings says. When it does
not overrule, it still takes a share (SHARE, 0.1) of each candidate's score: its probability of that intent (of
ELSEWHERE for a decline), which re-ranks close calls; leaving one set out at a time over 34 sets (5,419
messages), wrong 6.6% -> 6.0%, declined 92.6% -> 93.8%, in-scope 87.0% -> 86.9%. On two fresh sets it was even:
patients-V wrong 4.5% -> 3.5%, in-scope 92.0 -> 93.3; real-T wrong 17.3% -> 19.1%, in-scope 55.8 -> 48.8 (three
questions about Botox in the trapezius read as cosmetic). Where the ranking's best intent is a decline that reaches
the threshold, the model takes the same share and nothing more (2026-11-29, session 47; under the threshold it would
lift a decline over it, since it reads anything it does not know, a lone "x", as ELSEWHERE): over the 18 blind sets it
has never learned from (patients-DM to EB, real-BB and BC) and a fresh one (patients-EC), wrong answers fell in 10 of
19 sets and rose in none, declines and in-scope answers never fell (patients-DV wrong 3.0% -> 1.5%, DP 3.0% -> 2.0%,
EC 3.0% -> 2.0%). SURE and DOUBT
were chosen leaving one blind set out at a time, before any fresh set was scored. `scripts/build_answer_model.py
--cross-validate` (each set read by a model trained without it) over the 32 sets of 2026-11-26, 5,119 messages:
confident wrong answers 7.9% -> 6.4%, out-of-scope questions declined 90.1% -> 93.0%, in-scope questions answered
86.5% -> 87.2%. Fresh sets scored untouched: patients-U wrong 9.0% -> 6.5%, real-S 21.0% -> 14.0%.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .ngram_classifier import NgramClassifier

MODEL_FILE = Path(__file__).resolve().parent / "data" / "answer-model.npz"
ELSEWHERE = "elsewhere"      # the class of a message the article does not answer
URGENT = "urgent"            # the class of the urgent intents' phrasings: never given by a second opinion
SURE = 0.4                   # the model's class must reach this probability to overrule the ranking
DOUBT = 0.1                  # and the ranking's best intent must be at most this probable
SHARE = 0.1                  # otherwise, the share of each candidate's score that is the model's probability of it


@dataclass(frozen=True)
class SecondOpinion:
    """The model overruling the ranking: the intent it gives instead (ELSEWHERE: none of the article's)."""

    instead_of: str
    intent: str
    probability: float          # the model's probability of `intent`
    doubted: float              # and of `instead_of`

    def describe(self) -> str:
        """For /why: what the model read, in a line."""
        given = "a question the article does not answer" if self.intent == ELSEWHERE else self.intent
        return (f"the learned answer model read it as {given} ({self.probability:.0%}), "
                f"not {self.instead_of} ({self.doubted:.0%})")


class AnswerModel(NgramClassifier):
    """The shipped classifier of intents (see the module's docstring)."""

    MODEL_FILE = MODEL_FILE
    # Stored as half-precision floats: its weights (pieces x some 30 intents) were most of the wheel's size. Read back
    # and rounded that way, no reply over the committed, pending and everyday sets changed (2026-11-28).
    STORED_WEIGHTS = np.float16

    def second_opinion(self, probabilities: dict[str, float], best: str, answers: frozenset[str]) -> SecondOpinion | None:
        """The model's answer instead of `best` (an article intent, the ranking's best), when it overrules the
        ranking; `probabilities`: its reading of the message (`probabilities(text)`); `answers`: the intents it
        may give (those of the loaded intents that answer)."""
        if best not in self.known:
            return None
        doubted = probabilities[best]
        if doubted > DOUBT:
            return None
        intent = max(probabilities, key=probabilities.__getitem__)
        probability = probabilities[intent]
        if probability < SURE or intent == URGENT or (intent != ELSEWHERE and intent not in answers):
            return None
        return SecondOpinion(best, intent, probability, doubted)

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """The classes: the intents it was trained on, ELSEWHERE and URGENT."""
        return frozenset(self.classes)
