"""How fast the engine replies on the shipped intents: prints figures, asserts nothing.

    python tests/benchmarks/reply_speed.py

Prints the time to load the intents and build the matcher, the median and
99th-percentile time of a single reply (warm), and the wall time of one
`python -m bot ask --json` process answering 130 messages, start-up included.
numpy's BLAS runs on one thread, as in the adapters (bot/blas.py).
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import bot  # noqa: E402
from bot.blas import use_one_blas_thread  # noqa: E402

use_one_blas_thread()             # before numpy is imported, as the adapters do

MESSAGES = [
    "what is botox", "how long does the relief last", "does botox damage the muscles for good",
    "why do my traps hurt all the time", "could my neck be the reason for my migranes",
    "is the effect reversable", "what should i do instead", "how much does it cost", "hi", "thanks",
    "worst headache of my life", "can i book an appointment", "what dose should i take",
    "my neurologist wants to give me shots in my head and neck for chronic migraine, what is that about",
    "asdf qwer", "", "tell me more", "does botox affect bones", "botox on one side hurt the other side?",
]


def main() -> None:
    start = time.perf_counter()
    assistant = bot.load()
    load_ms = (time.perf_counter() - start) * 1000
    for message in MESSAGES:          # warm the caches once, as a running server would be
        assistant.reply(message)
    timings = []
    for _ in range(50):
        for message in MESSAGES:
            t = time.perf_counter()
            assistant.reply(message)
            timings.append((time.perf_counter() - t) * 1000)
    timings.sort()
    print(f"load + build: {load_ms:.0f} ms for {len(assistant.knowledge.intents)} intents, "
          f"{len(assistant.matcher.phrasings)} phrasings")
    print(f"single reply: median {statistics.median(timings):.3f} ms, p99 {timings[int(len(timings) * 0.99)]:.3f} ms "
          f"over {len(timings)} replies")
    batch = "\n".join((MESSAGES * 7)[:130]) + "\n"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], input=batch, capture_output=True, text=True,
                   cwd=ROOT, check=True)
    print(f"one `ask --json` process, 130 messages, start-up included: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
