"""Request limits for the web API: a per-client rate limit and a capped body read."""
from __future__ import annotations

import math
import threading
import time

MAX_BODY_BYTES = 8_192


class RateLimiter:
    """At most `per_minute` requests per client in each fixed one-minute window; 0 turns it off.

    In-process only: behind several workers each counts its own share, which
    is enough to stop one client flooding the service."""

    def __init__(self, per_minute: int, clock=time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._windows: dict[str, tuple[int, int]] = {}   # client -> (window number, count)
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """0 if the request may go ahead, else the seconds to wait."""
        if self.per_minute <= 0:
            return 0
        now = self._clock()
        window = int(now // 60)
        with self._lock:
            if len(self._windows) > 100_000:          # forget old windows now and then
                self._windows = {k: v for k, v in self._windows.items() if v[0] == window}
            start, count = self._windows.get(client, (window, 0))
            if start != window:
                start, count = window, 0
            if count >= self.per_minute:
                return max(1, math.ceil((window + 1) * 60 - now))
            self._windows[client] = (start, count + 1)
            return 0


class BodyTooLarge(Exception):
    pass


async def read_body(request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The request body, refusing more than `limit` bytes whatever Content-Length claims."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
    return b"".join(chunks)
