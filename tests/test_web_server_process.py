"""`headache-bot serve` as a real process, and the guarded server in a thread, on free loopback ports."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.web import protocol
from bot.web.protocol import HEAD_LIMIT
from web_helpers import free_port, make_app, running_server

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


# --- the guarded protocol on a real uvicorn server (in a thread) on loopback


def _raw(url: str, request: bytes, wait: float = 5.0) -> bytes:
    """Send raw bytes to the server and read until it closes the connection or `wait` passes."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(request)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
    return b"".join(chunks)


def _status_and_json(response: bytes) -> tuple[int, dict]:
    head, _, body = response.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def _chat(url: str, message: str, headers: dict | None = None) -> int:
    request = urllib.request.Request(url + "/api/chat", data=json.dumps({"message": message}).encode(),
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def server():
    with running_server(make_app(rate_limit=0)) as url:
        yield url


def test_headers_over_the_limit_get_a_431_json_error(server):
    big = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (HEAD_LIMIT + 10) + b"\r\n\r\n"
    status, body = _status_and_json(_raw(server, big))
    assert status == 431 and body["error"]["code"] == "headers_too_large"
    many = b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: %s\r\n" % (i, b"b" * 100) for i in range(200)) + b"\r\n"
    assert _status_and_json(_raw(server, many))[0] == 431
    endless = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (4 * HEAD_LIMIT)    # never finished
    assert _status_and_json(_raw(server, endless))[0] == 431
    assert _chat(server, "what is botox") == 200


def test_a_malformed_request_gets_a_json_400(server):
    status, body = _status_and_json(_raw(server, b"NOT HTTP AT ALL\r\n\r\n"))
    assert status == 400 and body["error"]["code"] == "bad_request"


def test_slow_heads_and_bodies_time_out_with_408(monkeypatch):
    monkeypatch.setattr(protocol, "HEAD_TIMEOUT", 0.5)
    monkeypatch.setattr(protocol, "BODY_TIMEOUT", 0.5)
    with running_server(make_app(rate_limit=0)) as url:
        started = time.monotonic()
        status, body = _status_and_json(_raw(url, b"GET /healthz HTTP/1.1\r\nHost: x\r\n"))   # head never finished
        assert status == 408 and body["error"]["code"] == "request_timeout" and time.monotonic() - started < 3
        slow_body = (b"POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"message\": ")
        assert _status_and_json(_raw(url, slow_body))[0] == 408
        started = time.monotonic()
        assert _status_and_json(_raw(url, b"", wait=5))[0] == 408    # a connection that says nothing is closed
        assert time.monotonic() - started < 3
        assert _chat(url, "what is botox") == 200


def test_over_the_connection_cap_the_oldest_unfinished_connection_makes_room(monkeypatch):
    monkeypatch.setattr(protocol, "MAX_CONNECTIONS", 5)
    with running_server(make_app(rate_limit=0)) as url:
        host, port = url.removeprefix("http://").split(":")
        idle = [socket.create_connection((host, int(port))) for _ in range(8)]
        try:
            for sock in idle:
                sock.sendall(b"GET /healthz HTTP/1.1\r\n")       # heads never finished
            assert _chat(url, "what is botox") == 200           # served, not starved
            idle[0].settimeout(5)
            try:                                                # the oldest was closed to make room: an end of
                closed = idle[0].recv(100) == b""               # file, or a reset when the server closed it with
            except ConnectionResetError:                        # its bytes still unread (which way is timing)
                closed = True
            assert closed
        finally:
            for sock in idle:
                sock.close()


def test_x_forwarded_for_is_only_trusted_from_named_proxies():
    headers = {"X-Forwarded-For": "198.51.100.9"}
    with running_server(make_app(rate_limit=2)) as url:          # default: the socket's address, even from loopback
        codes = [_chat(url, "hi", {"X-Forwarded-For": f"198.51.100.{i}"}) for i in range(4)]
        assert codes == [200, 200, 429, 429]
    with running_server(make_app(rate_limit=2), trusted_proxies="127.0.0.1") as url:
        assert [_chat(url, "hi", headers) for _ in range(3)] == [200, 200, 429]
        assert _chat(url, "hi", {"X-Forwarded-For": "198.51.100.10"}) == 200


def test_serve_with_two_workers_counts_the_rate_limit_across_them():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--rate-limit", "4",
                                "--workers", "2", "--log-level", "warning"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2).read()
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
                time.sleep(0.2)
        codes = [_chat(url, "hi") for _ in range(8)]             # a new connection each: the kernel spreads them
        assert codes == [200] * 4 + [429] * 4
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=20)
    assert "Traceback" not in output


def _read_response(sock: socket.socket) -> bytes:
    """One whole HTTP response from the socket: its head, then as many body bytes as its Content-Length says
    (the head and the body may come in separate reads)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536) or b"\r\n\r\n"
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length and (more := sock.recv(65536)):
        body += more
    return head + b"\r\n\r\n" + body


def test_the_head_limit_and_timeout_hold_for_each_keep_alive_request(monkeypatch):
    monkeypatch.setattr(protocol, "HEAD_TIMEOUT", 0.5)
    first = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
    big = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (HEAD_LIMIT + 10) + b"\r\n\r\n"
    with running_server(make_app(rate_limit=0)) as url:
        host, port = url.removeprefix("http://").split(":")
        for second, status in ((big, b"431"), (b"GET /healthz HTTP/1.1\r\n", b"408")):   # too big; never finished
            with socket.create_connection((host, int(port)), timeout=5) as sock:
                sock.sendall(first)
                assert _read_response(sock).startswith(b"HTTP/1.1 200")
                sock.sendall(second)
                assert _read_response(sock).startswith(b"HTTP/1.1 " + status)


def test_serve_refuses_a_proxy_list_that_is_not_addresses():
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--forwarded-allow-ips", "10.0.0.5,proxy.example",
                             "--port", str(free_port())], cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "'proxy.example' is not an IP address" in result.stderr
