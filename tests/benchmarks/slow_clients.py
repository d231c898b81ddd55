"""Slow clients benchmark: are normal requests answered while 1,100 slow connections are open? Prints figures.

    python tests/benchmarks/slow_clients.py [--slow 1100] [--seconds 30] [--open-files 1024]

Starts `headache-bot serve` (one worker, rate limit off) on a free loopback
port with its open-file limit set to `--open-files`, then keeps `--slow`
connections open against it, each sending an unfinished request head one
header line a second (slowloris) and reconnecting at once when the server
closes it. Meanwhile a normal client sends POST /api/chat on a new connection
every half second. Prints how many normal requests were answered, their
latency (p50, max) and the failures; the bar is every one answered within 5 s.
Loopback only; at most `--slow` + 1 connections, for `--seconds` seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from web_helpers import free_port  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def start_server(port: int, open_files: int) -> subprocess.Popen:
    def limit_files():
        resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--rate-limit", "0",
                               "--log-level", "warning"], cwd=ROOT, preexec_fn=limit_files,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                sys.exit("the server did not start")
            time.sleep(0.2)


async def slow_client(port: int, stop: float, counts: dict) -> None:
    """One slowloris connection at a time: an unfinished head, a header line a second; reconnect when closed."""
    while time.monotonic() < stop:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            counts["refused"] += 1
            await asyncio.sleep(0.5)
            continue
        counts["opened"] += 1
        try:
            writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            while time.monotonic() < stop and not reader.at_eof():
                writer.write(b"X-Slow: 1\r\n")
                await writer.drain()
                try:
                    if await asyncio.wait_for(reader.read(4096), 1.0) == b"":
                        break
                except asyncio.TimeoutError:
                    pass
        except OSError:
            pass
        finally:
            writer.close()
        counts["closed_by_server"] += time.monotonic() < stop


def normal_client(port: int, stop: float, latencies: list, failures: list) -> None:
    body = json.dumps({"message": "how long does botox last"}).encode()
    while time.monotonic() < stop:
        started = time.monotonic()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/chat", data=body,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                json.load(response)
            latencies.append(time.monotonic() - started)
        except OSError as error:
            failures.append(f"{type(error).__name__}: {error}")
        time.sleep(max(0.0, 0.5 - (time.monotonic() - started)))


async def attack(port: int, slow: int, seconds: float, latencies: list, failures: list) -> dict:
    counts = {"opened": 0, "refused": 0, "closed_by_server": 0}
    stop = time.monotonic() + seconds
    tasks = [asyncio.create_task(slow_client(port, stop, counts)) for _ in range(slow)]
    await asyncio.sleep(3)                          # let the slow connections pile up first
    normal = threading.Thread(target=normal_client, args=(port, stop, latencies, failures))
    normal.start()
    await asyncio.gather(*tasks)
    normal.join()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--slow", type=int, default=1100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--open-files", type=int, default=1024)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < args.slow + 100:                      # this process holds the slow connections' other ends
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, args.slow + 1000), hard))
    port = free_port()
    server = start_server(port, args.open_files)
    latencies: list[float] = []
    failures: list[str] = []
    try:
        counts = asyncio.run(attack(port, args.slow, args.seconds, latencies, failures))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{args.slow} slow connections for {args.seconds:.0f} s against one worker with {args.open_files} open files: "
          f"{counts['opened']} slow connections opened, {counts['closed_by_server']} closed by the server, "
          f"{counts['refused']} refused")
    if latencies:
        print(f"normal requests: {len(latencies)} answered, p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms, {sum(t > 5 for t in latencies)} over 5 s, {len(failures)} failed")
    else:
        print(f"normal requests: none answered, {len(failures)} failed")
    for failure in sorted(set(failures))[:5]:
        print("  failure:", failure)


if __name__ == "__main__":
    main()
