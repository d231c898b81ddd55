"""Request limits for the web API: a per-client rate limit shared by all workers, and a capped body read."""
from __future__ import annotations

import hashlib
import math
import mmap
import os
import secrets
import threading
import time
from array import array
from contextlib import contextmanager

MAX_BODY_BYTES = 8_192
ROWS, SLOTS = 2, 1 << 16        # count-min sketch: 2 x 65,536 counters, whatever the number of clients


class RateLimiter:
    """At most `per_minute` requests per client in each one-minute window; 0 turns it off.

    The counts are a count-min sketch: each client adds one to a counter in
    each of two rows of 65,536, chosen by a keyed hash (the key is random per
    store, so nobody can pick addresses that share a victim's counters), and
    its count is the smaller of the two. Time per request is constant and
    memory fixed however many addresses call; a client is only slowed by
    others when both its counters are shared by busy clients. `store` is a
    file the workers share (see `SharedCounts`), or None for one process
    (plain arrays in memory)."""

    def __init__(self, per_minute: int, store: str | None = None, clock=time.time):
        self.per_minute = per_minute
        self._clock = clock
        self._counts = None if per_minute <= 0 else SharedCounts(store) if store else MemoryCounts()

    def retry_after(self, client: str) -> int:
        """0 if the request may go ahead, else the seconds to wait."""
        if self._counts is None:
            return 0
        now = self._clock()
        window = int(now // 60)
        digest = hashlib.blake2b(client.encode("utf-8", "surrogatepass"), key=self._counts.key, digest_size=8).digest()
        slots = (int.from_bytes(digest[:4], "little") % SLOTS, SLOTS + int.from_bytes(digest[4:], "little") % SLOTS)
        if self._counts.add(slots, window) > self.per_minute:
            return max(1, math.ceil((window + 1) * 60 - now))
        return 0

    def close(self) -> None:
        if self._counts is not None:
            self._counts.close()


class MemoryCounts:
    """The sketch's counters in this process."""

    def __init__(self):
        self.key = secrets.token_bytes(16)
        self._windows = array("q", bytes(8 * ROWS * SLOTS))
        self._counts = array("q", bytes(8 * ROWS * SLOTS))
        self._lock = threading.Lock()

    def add(self, slots: tuple[int, ...], window: int) -> int:
        """Add one to each slot's count in `window` (older windows count as 0); the smallest count."""
        with self._lock:
            for slot in slots:
                if self._windows[slot] != window:
                    self._windows[slot], self._counts[slot] = window, 0
                self._counts[slot] += 1
            return min(self._counts[slot] for slot in slots)

    def close(self) -> None:
        pass


class SharedCounts:
    """The sketch's counters in a file every worker maps into memory, updated under an exclusive
    `flock`: a fixed 2 MB, one lock and two reads and writes a request. (SQLite in WAL mode, tried
    first, cost 130 to 550 us a request against about 10 us here: its journal is wasted on counts
    that only live a minute.)"""

    _KEY = 16                                   # bytes of hash key at the start of the file

    def __init__(self, path: str):
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        size = self._KEY + 8 * 2 * ROWS * SLOTS   # then (window, count) for each counter
        with self._locked():
            if os.fstat(self._fd).st_size < size:   # the first worker sets the file up
                os.ftruncate(self._fd, size)
                os.pwrite(self._fd, secrets.token_bytes(self._KEY), 0)
            self._map = mmap.mmap(self._fd, size)
        self.key = bytes(self._map[:self._KEY])
        self._cells = memoryview(self._map)[self._KEY:].cast("q")
        self._lock = threading.Lock()

    @contextmanager
    def _locked(self):
        import fcntl                            # POSIX only; one worker (MemoryCounts) works everywhere
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def add(self, slots: tuple[int, ...], window: int) -> int:
        cells = self._cells
        with self._lock, self._locked():
            for slot in slots:
                if cells[2 * slot] != window:
                    cells[2 * slot], cells[2 * slot + 1] = window, 0
                cells[2 * slot + 1] += 1
            return min(cells[2 * slot + 1] for slot in slots)

    def close(self) -> None:
        self._cells.release()
        self._map.close()
        os.close(self._fd)


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
