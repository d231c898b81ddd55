"""`headache-bot serve` as a real process on a free loopback port."""
from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from web_helpers import free_port

ROOT = Path(__file__).resolve().parent.parent


def test_serve_starts_answers_and_stops():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--rate-limit", "0"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    assert json.load(response)["status"] == "ok"
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        request = urllib.request.Request(base + "/api/chat", data=json.dumps({"message": "what is botox"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.load(response)["intent"] == "what_is_botox"
        with urllib.request.urlopen(base + "/", timeout=5) as response:
            assert "widget.js" in response.read().decode()
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in output
    assert "what is botox" not in output          # no message text in the server's log


def test_serve_refuses_invalid_intents_with_a_clear_message(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--intents", str(tmp_path), "--port", str(free_port())],
                            cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "settings.yaml" in result.stderr and "Traceback" not in result.stderr
