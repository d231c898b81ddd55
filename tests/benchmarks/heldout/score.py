#!/usr/bin/env python3
"""Score the assistant on the project's own blind sets, the way ../shared/eval/bench.py does.

    .venv/bin/python tests/benchmarks/heldout/score.py                    # every *.yaml beside this script
    .venv/bin/python tests/benchmarks/heldout/score.py SET.yaml --show-misses

Each set is a YAML list of {q, topics, source?, note?}, written by people who saw only the
article and the topic catalogue (never the intents). Every message goes through one
`python -m bot ask --json` process; topics map onto intent ids with tests/benchmark_topics.yaml.
Figures: in-scope (article and conversation messages given an acceptable intent), rejected
(out-of-scope messages that fell back or were declined), urgent (red flags given an urgent
reply), wrong (all messages given a confident answer that is not acceptable, urgent aside),
overall.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[2]


def topic_map() -> dict[str, set]:
    raw = yaml.safe_load((PROJECT / "tests" / "benchmark_topics.yaml").read_text()) or {}
    return {topic: set(ids if isinstance(ids, list) else [ids]) for topic, ids in raw.items()}


def acceptable(topics: list[str], mapping: dict[str, set]) -> set:
    ok: set = set()
    for topic in topics:
        ok |= ({None} | mapping.get(topic, set())) if topic == "out_of_scope" else mapping.get(topic, {topic})
    return ok


def ask(messages: list[str]) -> tuple[list[dict], float]:
    payload = "".join(m.replace("\n", " ") + "\n" for m in messages)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], cwd=PROJECT, input=payload,
                          capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()], time.perf_counter() - start


def score(path: Path, show_misses: bool) -> dict[str, float]:
    items = yaml.safe_load(path.read_text())
    mapping = topic_map()
    urgent_ids = mapping.get("urgent", {"urgent"})
    replies, elapsed = ask([item["q"] for item in items])
    groups: Counter = Counter()
    wrong = 0
    misses = []
    for item, reply in zip(items, replies):
        got = reply["intent"]
        ok = got in acceptable(item["topics"], mapping)
        group = "urgent" if "urgent" in item["topics"] else "rejected" if "out_of_scope" in item["topics"] else "in-scope"
        groups[group, ok] += 1
        if not ok:
            wrong += got is not None and got not in urgent_ids
            misses.append((item["q"], item["topics"], got, reply["confidence"]))
    if show_misses:
        for q, topics, got, confidence in misses:
            print(f"  {q[:200]!r}\n      -> {topics} | got {got} @ {confidence}")
    figures = {g: 100.0 * groups[g, True] / max(1, groups[g, True] + groups[g, False]) for g in ("in-scope", "rejected", "urgent")}
    figures["wrong"] = 100.0 * wrong / len(items)
    figures["overall"] = 100.0 * sum(groups[g, True] for g in ("in-scope", "rejected", "urgent")) / len(items)
    print(f"{path.name}: {len(items)} messages in {elapsed:.2f} s | "
          + " | ".join(f"{name} {value:.1f}%" for name, value in figures.items()))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=sorted(HERE.glob("*.yaml")))
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    for path in args.sets:
        score(path, args.show_misses)


if __name__ == "__main__":
    main()
