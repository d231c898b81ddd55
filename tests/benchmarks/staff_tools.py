"""How long the staff commands take on the shipped intents: prints figures, asserts nothing.

    python tests/benchmarks/staff_tools.py

Each command runs as a real process (start-up included), three times; the
best time is printed, since the machine is shared and noisy.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def best_of(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        report = str(Path(folder) / "report.html")
        for label, args in [("check", ["check"]), ("test", ["test"]), ("eval", ["eval"]), ("eval --html", ["eval", "--html", report])]:
            print(f"headache-bot {label:<12} {best_of(args):5.2f} s")


if __name__ == "__main__":
    main()
