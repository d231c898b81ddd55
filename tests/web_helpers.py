"""Helpers for the web tests: an app on the fixture intents, and a real uvicorn server on a free loopback port."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from bot.reload import LiveBot
from bot.web.app import WebOptions, create_app
from bot.web.command import uvicorn_options

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_app(folder: Path = MINIMAL, **options):
    return create_app(LiveBot(folder, min_interval=0), WebOptions(**options))


@contextmanager
def running_server(app, port: int | None = None, trusted_proxies: str = ""):
    """Serve `app` as `serve` does (uvicorn with the guarded protocol) in a thread on a loopback port
    (a free one by default); yields the base URL."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           **uvicorn_options(trusted_proxies)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
