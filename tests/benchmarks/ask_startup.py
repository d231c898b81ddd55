"""Start-up of `headache-bot ask --json` with no input: prints figures, asserts nothing.

    python tests/benchmarks/ask_startup.py            # this checkout
    python tests/benchmarks/ask_startup.py OTHER_DIR  # a copy of the package elsewhere (e.g. `git archive` of an older commit)

Each run is a real process (`python -m bot ask --json < /dev/null`); the
machine is shared and noisy, so it prints the best and the median of the
runs, in wall-clock time and in the process's own CPU time (user + system,
which other sessions' load disturbs less), and which heavy modules it imported.
"""
from __future__ import annotations

import os
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


def run_once(root: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one `ask --json` process with no input."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json"], cwd=root, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"ask --json failed in {root} (exit status {process.returncode})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    root = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT
    walls, cpus = zip(*(run_once(root) for _ in range(RUNS)))
    imported = subprocess.run([sys.executable, "-c", PROBE], cwd=root, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True).stderr.split()
    print(f"ask --json, no input, {root} ({RUNS} runs): wall best {min(walls):.3f} s, median {statistics.median(walls):.3f} s; "
          f"CPU best {min(cpus):.3f} s, median {statistics.median(cpus):.3f} s; "
          f"imports {', '.join(imported) or 'none of ' + ', '.join(WATCHED)}")


if __name__ == "__main__":
    main()
