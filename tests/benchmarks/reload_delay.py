"""Reload delay benchmark: how much does a hot reload of the shipped intents slow requests down? Prints figures.

    python tests/benchmarks/reload_delay.py [--reloads 5]

Starts `headache-bot serve` (one worker, rate limit off) on a free loopback
port with a copy of the shipped intents, and sends POST /api/chat back to back
on one keep-alive connection. Every 3 s it touches an intent file, which the
server reloads in its background thread. Prints the latency of requests away
from reloads and of those sent while one ran (in the second before the
server logs the reload and 0.2 s after), and the worst extra delay; the bar
is under 50 ms. The server shortens the GIL switch interval while it loads
(bot/reload.py), so the request thread waits at most about 0.5 ms a turn.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from web_helpers import free_port  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reloads", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp()) / "intents"
    shutil.copytree(ROOT / "intents", folder)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--rate-limit", "0",
                               "--intents", str(folder), "--log-level", "info"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    reloaded: list[float] = []

    def watch_log():
        for line in server.stdout:
            if "reloaded" in line:
                reloaded.append(time.monotonic())
    threading.Thread(target=watch_log, daemon=True).start()
    samples: list[tuple[float, float]] = []           # (sent at, seconds)
    touches: list[float] = []
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        deadline = time.monotonic() + 30
        while True:
            try:
                connection.request("GET", "/healthz")
                connection.getresponse().read()
                break
            except OSError:
                connection.close()
                if time.monotonic() > deadline:
                    sys.exit("the server did not start")
                time.sleep(0.2)
        # (a short question and a message long enough for the learned red-flag model's bound, which a new Bot
        # builds before it is swapped in: not the first request after a reload)
        bodies = [json.dumps({"message": m}) for m in ("how long does botox last",
                                                       "my neck has ached for weeks and the botox did not help at all")]
        headers = {"Content-Type": "application/json"}
        end = time.monotonic() + 3 * (args.reloads + 1)
        next_touch = time.monotonic() + 3
        while time.monotonic() < end:
            if time.monotonic() >= next_touch and len(touches) < args.reloads:
                touches.append(time.monotonic())
                os.utime(folder / "botox.yaml")
                next_touch += 3
            started = time.monotonic()
            connection.request("POST", "/api/chat", bodies[len(samples) % 2], headers)
            response = connection.getresponse()
            response.read()
            assert response.status == 200, response.status
            samples.append((started, time.monotonic() - started))
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder.parent)
    # a reload runs in the second before the server logs it (polling is every second, a load takes
    # 0.2 to 0.8 s here); count requests sent from then until 0.2 s after the log line
    windows = [(max(t, r - 1.0), r + 0.2) for t in touches if (r := next((r for r in reloaded if r >= t), None))]
    during = [s for at, s in samples if any(a <= at <= b for a, b in windows)]
    away = [s for at, s in samples if not any(a - 0.5 <= at <= b + 0.5 for a, b in windows)]
    reload_times = [next((r for r in reloaded if r >= t), float("nan")) - t for t in touches]
    print(f"{len(touches)} reloads of the shipped intents (touch to reloaded: "
          f"{min(reload_times):.2f} to {max(reload_times):.2f} s, including the 1 s polling)")
    for name, times in (("away from reloads", away), ("during reloads", during)):
        times = sorted(times)
        print(f"requests {name}: {len(times)}, p50 {statistics.median(times) * 1000:.1f} ms, "
              f"p99 {times[int(len(times) * 0.99)] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
    print(f"worst delay during a reload: {(max(during) - statistics.median(away)) * 1000:.1f} ms over the p50 away "
          "(the machine's own noise shows in the max away from reloads)")


if __name__ == "__main__":
    main()
