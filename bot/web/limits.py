"""Request limits for the web API: a per-client rate limit shared by all workers, and a capped body read."""
from __future__ import annotations

import hashlib
import math
import secrets
import sqlite3
import threading
import time
from array import array

MAX_BODY_BYTES = 8_192
ROWS, SLOTS = 2, 1 << 16        # count-min sketch: 2 x 65,536 counters, whatever the number of clients

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (slot INTEGER PRIMARY KEY, window INTEGER NOT NULL, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS secret (id INTEGER PRIMARY KEY CHECK (id = 0), key BLOB NOT NULL);
INSERT OR IGNORE INTO secret VALUES (0, randomblob(16));
"""
_COUNT = """
INSERT INTO counts (slot, window, n) VALUES (?, ?, 1), (?, ?, 1)
ON CONFLICT (slot) DO UPDATE SET n = CASE WHEN window = excluded.window THEN n + 1 ELSE 1 END, window = excluded.window
RETURNING n
"""


class RateLimiter:
    """At most `per_minute` requests per client in each one-minute window; 0 turns it off.

    The counts are a count-min sketch: each client adds one to a counter in
    each of two rows of 65,536, chosen by a keyed hash (the key is random per
    store, so nobody can pick addresses that share a victim's counters), and
    its count is the smaller of the two. Time per request is constant and
    memory fixed however many addresses call; a client is only slowed by
    others when both its counters are shared by busy clients. `store` is a
    SQLite file shared by all workers (WAL mode), or None for one process
    (plain arrays in memory)."""

    def __init__(self, per_minute: int, store: str | None = None, clock=time.time):
        self.per_minute = per_minute
        self._clock = clock
        self._counts = SharedCounts(store) if store else MemoryCounts()

    def retry_after(self, client: str) -> int:
        """0 if the request may go ahead, else the seconds to wait."""
        if self.per_minute <= 0:
            return 0
        now = self._clock()
        window = int(now // 60)
        digest = hashlib.blake2b(client.encode("utf-8", "surrogatepass"), key=self._counts.key, digest_size=8).digest()
        slots = (int.from_bytes(digest[:4], "little") % SLOTS, SLOTS + int.from_bytes(digest[4:], "little") % SLOTS)
        if self._counts.add(slots, window) > self.per_minute:
            return max(1, math.ceil((window + 1) * 60 - now))
        return 0

    def close(self) -> None:
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
    """The sketch's counters in a SQLite file (WAL mode) shared by the workers; one statement a request.
    When another worker holds the file for over 50 ms the request goes ahead: a rate limit should
    not become an outage."""

    def __init__(self, path: str):
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=0.05)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=OFF")       # the counts are disposable
        self._db.executescript(_SCHEMA)
        self.key = self._db.execute("SELECT key FROM secret").fetchone()[0]
        self._lock = threading.Lock()

    def add(self, slots: tuple[int, ...], window: int) -> int:
        try:
            with self._lock:
                rows = self._db.execute(_COUNT, (slots[0], window, slots[1], window)).fetchall()
        except sqlite3.OperationalError:
            return 0
        return min(n for (n,) in rows)

    def close(self) -> None:
        self._db.close()


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
