"""How fast and how big the semantic signal is: prints figures, asserts nothing.

    python tests/benchmarks/semantic_speed.py [--scale 100000] [--model DIR]

Prints the time to import bot.semantic and load the shipped model (in a fresh
process), the median time to encode one message, to build the index over the
shipped intents' phrasings (titles included, as the matcher does) and to score
a message against it (`best_per_group`, with and without encoding), then the
same index at `--scale` phrasings (the shipped ones repeated with a running
number) with the process's resident memory before and after.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

import bot  # noqa: E402
from bot.semantic import Encoder, SemanticIndex  # noqa: E402
from reply_speed import MESSAGES  # noqa: E402

LOAD_CODE = """
import sys, time
start = time.perf_counter()
import bot.semantic
imported = time.perf_counter()
bot.semantic.Encoder.load(sys.argv[1] if len(sys.argv) > 1 else None)
print((imported - start) * 1000, (time.perf_counter() - imported) * 1000)
"""


def median_ms(function, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        for message in MESSAGES:
            start = time.perf_counter()
            function(message)
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def phrasings(assistant: bot.Bot) -> tuple[list[str], list[int], int]:
    texts, owners = [], []
    intents = [intent for intent in assistant.knowledge.intents if intent.phrasings]
    for group, intent in enumerate(intents):
        for text in dict.fromkeys((intent.title, *intent.phrasings)):
            texts.append(text)
            owners.append(group)
    return texts, owners, len(intents)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000, help="phrasings in the large index (0: skip it)")
    parser.add_argument("--model", help="a model folder written by scripts/build_semantic_model.py --out")
    args = parser.parse_args()

    runs = [subprocess.run([sys.executable, "-c", LOAD_CODE, *([args.model] if args.model else [])], capture_output=True, text=True, cwd=ROOT, check=True)
            for _ in range(3)]
    imports, loads = zip(*([float(x) for x in run.stdout.split()] for run in runs))
    print(f"fresh process: import bot.semantic {min(imports):.0f}-{max(imports):.0f} ms (numpy, tokenizers), "
          f"Encoder.load() {min(loads):.0f}-{max(loads):.0f} ms (3 runs)")

    encoder = Encoder.load(args.model)
    assistant = bot.load()
    texts, owners, n_groups = phrasings(assistant)
    print(f"encode one message: median {median_ms(encoder.encode_one, 200) * 1000:.0f} us "
          f"over {200 * len(MESSAGES)} encodings of {len(MESSAGES)} messages")

    start = time.perf_counter()
    index = SemanticIndex(encoder, texts, owners, n_groups)
    build_ms = (time.perf_counter() - start) * 1000
    vectors = {message: encoder.encode_one(message) for message in MESSAGES}
    print(f"index over the shipped intents: {len(texts)} phrasings, {n_groups} intents, built in {build_ms:.0f} ms, "
          f"{index.matrix.nbytes / 1e6:.1f} MB")
    print(f"  best_per_group(vector): median {median_ms(lambda m: index.best_per_group(vectors[m]), 200) * 1000:.0f} us; "
          f"best_per_group(text), encoding included: median {median_ms(index.best_per_group, 200) * 1000:.0f} us; "
          f"best_phrasing(vector, group): median {median_ms(lambda m: index.best_phrasing(vectors[m], 0), 200) * 1000:.0f} us")

    if args.scale:
        copies = -(-args.scale // len(texts))
        big_texts = [f"{text} {copy}" for copy in range(copies) for text in texts][: args.scale]
        big_owners = (owners * copies)[: args.scale]
        before = rss_mb()
        start = time.perf_counter()
        big = SemanticIndex(encoder, big_texts, big_owners, n_groups)
        build_s = time.perf_counter() - start
        after = rss_mb()
        del big_texts
        print(f"index at {args.scale:,} phrasings: built in {build_s:.1f} s, matrix {big.matrix.nbytes / 1e6:.0f} MB, "
              f"process RSS {before:.0f} -> {after:.0f} MB (the whole bot and the model included)")
        print(f"  best_per_group(vector): median {median_ms(lambda m: big.best_per_group(vectors[m]), 5):.2f} ms")
    print(f"(numpy {np.__version__}; this machine is shared, so run two or three times and quote the range)")


if __name__ == "__main__":
    main()
