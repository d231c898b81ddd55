"""How long writing one missed question to the review log takes: prints figures, asserts nothing.

    python tests/benchmarks/review_log.py

Redaction of a 1,000-character message, one `record` in one process, and 4
processes writing one log at once (SQLite WAL), on a temporary folder.
"""
from __future__ import annotations

import multiprocessing
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import bot  # noqa: E402
from bot.redaction import redact  # noqa: E402
from bot.review_log import ReviewLog  # noqa: E402

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal"
MESSAGE = ("Hi, this is Maria Lopez, born 04/02/1961. Do you validate parking at 1200 N Main St? "
           "Call me on 555 123 4567 or maria@mail.com. ") * 8


def write(path: str, count: int) -> list[float]:
    log, reply = ReviewLog(Path(path)), bot.load(MINIMAL).reply("parking permits please")
    times = []
    for i in range(count):
        start = time.perf_counter()
        log.record(f"{MESSAGE} {i}", reply, 0.45)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    start = time.perf_counter()
    for _ in range(1000):
        redact(MESSAGE[:1000])
    print(f"redact, 1,000 characters: {(time.perf_counter() - start):.3f} ms each")
    with tempfile.TemporaryDirectory() as folder:
        times = write(str(Path(folder) / "one.sqlite3"), 1000)
        print(f"record, one process: median {statistics.median(times) * 1000:.2f} ms, "
              f"p99 {sorted(times)[989] * 1000:.2f} ms")
        with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(write, [str(Path(folder) / "shared.sqlite3")] * 4, [500] * 4))
        times = sorted(t for result in results for t in result)
        print(f"record, 4 processes at once: median {statistics.median(times) * 1000:.2f} ms, "
              f"p99 {times[int(len(times) * 0.99)] * 1000:.2f} ms, {len(ReviewLog(Path(folder) / 'shared.sqlite3').entries())} entries")


if __name__ == "__main__":
    main()
