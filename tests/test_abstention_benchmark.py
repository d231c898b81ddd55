"""tests/benchmarks/abstention.py, the leave-one-set-out study of a learned abstention, keeps working:
its features read a real understanding, its model learns, and its figures count as score.py does."""
from __future__ import annotations

import math
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import abstention  # noqa: E402


def test_features_read_the_evidence_of_a_real_understanding(shipped):
    u = shipped.understand("how long does botox last for migraines?")
    row = dict(zip(abstention.FEATURES, abstention.features(u, shipped.knowledge)))
    assert len(row) == len(abstention.FEATURES) and all(math.isfinite(v) for v in row.values())
    assert row["score"] == u.top.score
    assert math.isclose(row["lead"], u.top.score - u.runner_up.score)
    assert row["question_mark"] == 1.0 and row["question_start"] == 1.0


def _message(set_name: str, value: float, right: bool, group: str = "in-scope") -> abstention.Message:
    return abstention.Message(set_name, group, {"a"} if group == "in-scope" else {None}, "a" if right else "b",
                              [value] * len(abstention.FEATURES))


def test_the_model_gives_the_evidence_of_right_answers_the_higher_probability():
    messages = [_message(s, v, v > 0.5) for s in "xyz" for v in (0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9)]
    probabilities = abstention.held_out_probabilities(messages)
    assert probabilities[id(messages[0])] < 0.5 < probabilities[id(messages[-1])]


def test_a_wrong_answer_that_falls_back_is_a_rejection_and_a_right_one_is_lost():
    wrong_out_of_scope, right = _message("x", 0.1, False, "rejected"), _message("x", 0.9, True)
    messages = [wrong_out_of_scope, right]
    assert abstention.figures(messages, {}) == {"in-scope": 100.0, "rejected": 0.0, "urgent": 0.0, "wrong": 50.0,
                                                "overall": 50.0}
    low = {id(wrong_out_of_scope): 0.2, id(right): 0.4}
    assert abstention.figures(messages, low, cut=0.3)["rejected"] == 100.0
    assert abstention.figures(messages, low, cut=0.5) == {"in-scope": 0.0, "rejected": 100.0, "urgent": 0.0, "wrong": 0.0,
                                                          "overall": 50.0}
