"""Load benchmark: the real server on loopback, driven by wrk. Prints figures, asserts nothing.

    python tests/benchmarks/load.py [--clients 50] [--seconds 10] [--workers 1] [--rate-limit 0]

Starts `headache-bot serve` (one worker and the rate limit off unless asked:
`--rate-limit 1000000` counts every request without refusing any, to measure
the limit's cost; uvicorn with httptools on Python's asyncio loop) on a free loopback port, and drives POST /api/chat with
wrk (Debian's package `wrk`; apt-get install wrk) from one thread with
`--clients` keep-alive connections for `--seconds` seconds, cycling through
a few different questions. wrk is used because a Python client would take
more of this 2-core machine than the server under test. Prints replies per
second, p50 and p99 latency and the error count (socket errors and non-2xx),
and the server's CPU time per reply, which other work on the machine does not
inflate as much as it does the latency.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ["how long does botox last", "what is botox", "does botox damage muscles", "hi",
             "worst headache of my life", "how much does it cost", "why are my traps so tight"]


def lua_script() -> str:
    bodies = ", ".join(json.dumps(json.dumps({"message": q})) for q in QUESTIONS)
    return f"""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {{{bodies}}}
local i = 0
request = function()
  i = i + 1
  return wrk.format(nil, "/api/chat", nil, bodies[(i % #bodies) + 1])
end
"""


def server_cpu_seconds(pid: int) -> float:
    """User and system CPU time of the server process and its worker processes (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:      # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / ticks       # utime, stime
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rate-limit", type=int, default=0)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--rate-limit", str(args.rate_limit),
                               "--workers", str(args.workers), "--log-level", "warning"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("the server did not start")
                time.sleep(0.2)
        time.sleep(3 if args.workers > 1 else 0)        # the other workers start too
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
            f.write(lua_script())
        cpu_before = server_cpu_seconds(server.pid)
        out = subprocess.run(["wrk", "-t1", f"-c{args.clients}", f"-d{args.seconds}s", "--latency", "-s", f.name,
                              f"http://127.0.0.1:{port}/"], capture_output=True, text=True).stdout
        cpu = server_cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=10)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"\s50%\s+([\d.]+\w+)", out).group(1)
    p99 = re.search(r"\s99%\s+([\d.]+\w+)", out).group(1)
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    limit = f"rate limit {args.rate_limit}/min" if args.rate_limit else "no rate limit"
    print(f"{args.clients} clients for {args.seconds} s, {args.workers} worker(s), {limit}: {rate:,.0f} replies/s, p50 {p50}, p99 {p99}, "
          f"errors {socket_errors + non_2xx}")
    replies = int(re.search(r"(\d+) requests in", out).group(1))
    print(f"server CPU per reply: {cpu / replies * 1e6:.0f} us (so at most {replies / cpu:,.0f} replies/s per core it has "
          "to itself; on a shared machine the rate above is lower)")


if __name__ == "__main__":
    main()
