"""Start-up of `headache-bot ask --json` with no input: prints figures, asserts nothing.

    python tests/benchmarks/ask_startup.py            # this checkout
    python tests/benchmarks/ask_startup.py OTHER_DIR  # a copy of the package elsewhere (e.g. `git archive` of an older commit)

Each run is a real process (`python -m bot ask --json < /dev/null`); the
machine is shared and noisy, so it prints the best and the median of the
runs, and which heavy modules the process imported.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15
WATCHED = ("prompt_toolkit", "bot.repl", "numpy", "rapidfuzz", "yaml")
PROBE = ("import runpy, sys; sys.argv = ['bot', 'ask', '--json']\n"
         "try:\n    runpy.run_module('bot', run_name='__main__')\nexcept SystemExit:\n    pass\n"
         "print(' '.join(m for m in %r if m in sys.modules), file=sys.stderr)" % (WATCHED,))


def main() -> None:
    root = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], cwd=root, stdin=subprocess.DEVNULL,
                       capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    imported = subprocess.run([sys.executable, "-c", PROBE], cwd=root, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True).stderr.split()
    print(f"ask --json, no input, {root}: best {min(times):.3f} s, median {statistics.median(times):.3f} s "
          f"over {RUNS} runs; imports {', '.join(imported) or 'none of ' + ', '.join(WATCHED)}")


if __name__ == "__main__":
    main()
