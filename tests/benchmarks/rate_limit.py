"""Rate limit cost benchmark: time per request of the count, in one process and shared by workers. Prints figures.

    python tests/benchmarks/rate_limit.py [--calls 20000]

Times `RateLimiter.retry_after` with a new client address on every call:
with the counts in memory (one worker), in the memory-mapped file that
`serve --workers N` shares, and in that file with 2 and 4 processes counting
at once. Prints microseconds per call (median of 3 rounds); the shipped
engine takes about 300 us to reply, so this is the limit's share of a request.
"""
from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bot.web.limits import RateLimiter  # noqa: E402


def time_calls(store: str | None, calls: int, offset: int = 0) -> float:
    limiter = RateLimiter(1_000_000, store)
    rounds = []
    for r in range(3):
        started = time.perf_counter()
        for i in range(calls):
            limiter.retry_after(f"10.{offset}.{r}.{i}")
        rounds.append((time.perf_counter() - started) / calls * 1e6)
    limiter.close()
    return statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args()
    print(f"in memory (one worker): {time_calls(None, args.calls):.0f} us per request")
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "rate.sqlite")
        print(f"shared file, one process: {time_calls(store, args.calls):.0f} us per request")
        for processes in (2, 4):
            with multiprocessing.Pool(processes) as pool:
                each = pool.starmap(time_calls, [(store, args.calls // processes, p) for p in range(processes)])
            print(f"shared file, {processes} processes at once: "
                  f"{statistics.median(each):.0f} us per request in each (range {min(each):.0f} to {max(each):.0f})")


if __name__ == "__main__":
    main()
