#!/usr/bin/env python3
"""Choose the matching weights: a grid of semantic_weight x threshold, scored two ways.

    .venv/bin/python scripts/tune_matching.py [--folds 5] [--sets tests/benchmarks/heldout/*.yaml]

1. Cross-validation over the intents' own phrasings: each fold's phrasings are held out, the
   assistant is built on the rest, and each held-out phrasing counts as right when the best
   intent is its own and scores at or above the threshold.
2. The blind sets (written without seeing the intents): in-scope right, out-of-scope refused,
   wrong answers, as tests/benchmarks/heldout/score.py counts them (without conversation context).
Weights are chosen where both agree; never on one set alone (see the README's benchmarks).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks" / "heldout"))

import bot  # noqa: E402
from bot.engine import Bot  # noqa: E402
from score import acceptable, topic_map  # noqa: E402

WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
THRESHOLDS = (0.40, 0.45, 0.50, 0.55, 0.60, 0.65)


def top_scores(assistant: Bot, messages: list[str], weight: float) -> list[tuple[str | None, float, bool]]:
    """(best intent, its score, red flag?) for each message at one semantic weight."""
    assistant.understander.semantic_weight = weight
    out = []
    for message in messages:
        u = assistant.understand(message)
        out.append((u.top.intent if u.top else None, u.top.score if u.top else 0.0, u.red_flag is not None))
    return out


def cross_validation(knowledge, folds: int) -> dict[float, list[tuple[str, str | None, float]]]:
    """For each weight: (true intent, best intent, score) of every held-out phrasing."""
    results: dict[float, list] = {w: [] for w in WEIGHTS}
    for fold in range(folds):
        kept, held = [], []
        for intent in knowledge.intents:
            keep = [p for i, p in enumerate(intent.phrasings) if i % folds != fold or len(intent.phrasings) < 3]
            held += [(intent.id, p) for i, p in enumerate(intent.phrasings) if i % folds == fold and len(intent.phrasings) >= 3]
            kept.append(dataclasses.replace(intent, phrasings=tuple(keep)))
        assistant = Bot(dataclasses.replace(knowledge, intents=tuple(kept)))
        for weight in WEIGHTS:
            for (truth, _), (got, score, _) in zip(held, top_scores(assistant, [p for _, p in held], weight)):
                results[weight].append((truth, got, score))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sets", nargs="*", type=Path, default=sorted((ROOT / "tests" / "benchmarks" / "heldout").glob("*.yaml")))
    args = parser.parse_args()
    assistant = bot.load()
    knowledge = assistant.knowledge
    urgent = {i.id for i in knowledge.intents if i.kind == "urgent"}
    cv = cross_validation(knowledge, args.folds)
    mapping = topic_map()
    items = [item for path in args.sets for item in yaml.safe_load(path.read_text())]
    print(f"{len(cv[WEIGHTS[0]])} held-out phrasings ({args.folds} folds); {len(items)} blind messages from "
          + ", ".join(p.name for p in args.sets))
    print(f"{'weight':>6} {'threshold':>9} | {'cv right':>8} {'cv wrong':>8} | {'in-scope':>8} {'refused':>8} {'wrong':>6} {'overall':>7}")
    for weight in WEIGHTS:
        blind = top_scores(assistant, [item["q"] for item in items], weight)
        for threshold in THRESHOLDS:
            right = np.mean([got == truth and score >= threshold for truth, got, score in cv[weight]])
            cv_wrong = np.mean([got != truth and score >= threshold and got not in urgent for truth, got, score in cv[weight]])
            groups = {"in": [0, 0], "out": [0, 0], "urgent": [0, 0]}
            wrong = 0
            for item, (got, score, flag) in zip(items, blind):
                answer = "urgent" if flag else (got if score >= threshold else None)
                ok = answer in acceptable(item["topics"], mapping) or (flag and "urgent" in item["topics"])
                group = "urgent" if "urgent" in item["topics"] else "out" if "out_of_scope" in item["topics"] else "in"
                groups[group][0] += ok
                groups[group][1] += 1
                wrong += not ok and answer is not None and answer != "urgent" and answer not in urgent
            share = {g: 100 * a / max(1, b) for g, (a, b) in groups.items()}
            overall = 100 * sum(a for a, _ in groups.values()) / len(items)
            print(f"{weight:6.2f} {threshold:9.2f} | {100 * right:7.1f}% {100 * cv_wrong:7.1f}% | {share['in']:7.1f}% "
                  f"{share['out']:7.1f}% {100 * wrong / len(items):5.1f}% {overall:6.1f}%")


if __name__ == "__main__":
    main()
