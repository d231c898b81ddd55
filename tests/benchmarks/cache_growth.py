"""Whether memory stays flat while patients keep typing new words: prints figures, asserts nothing.

    python tests/benchmarks/cache_growth.py            # 20,000 replies, 15 new words each
    python tests/benchmarks/cache_growth.py 50000 30   # 50,000 replies, 30 new words each

Sends replies to the shipped assistant, each message holding words never seen
before (made-up words, as misspellings and names are), and prints the
process's resident memory as it goes and its growth from the first to the
last reply. The normaliser's spelling and stem caches are bounded
(`bot.text.CACHE_SIZE`), so the growth should level off once they are full.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import bot  # noqa: E402

SEED = 7
QUESTIONS = ["how long does botox last for my {}", "is botox safe {}", "{} after botox", "does my {} cause headaches"]


def rss_mb() -> float:
    """The process's resident memory now (not its peak), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def new_word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 10)))


def main() -> None:
    replies = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    words = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    rng = random.Random(SEED)
    assistant = bot.load()

    def message() -> str:
        return rng.choice(QUESTIONS).format(" ".join(new_word(rng) for _ in range(words)))

    for _ in range(200):        # warm up: imports, first allocations
        assistant.reply(message())
    start_mb, start = rss_mb(), time.perf_counter()
    print(f"after warm-up: {start_mb:.0f} MB")
    step = max(1, replies // 5)
    for n in range(1, replies + 1):
        assistant.reply(message())
        if n % step == 0:
            print(f"after {n:>6,} replies with new words: {rss_mb():.0f} MB", flush=True)
    print(f"growth over {replies:,} replies of {words} new words: {rss_mb() - start_mb:+.1f} MB "
          f"in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
