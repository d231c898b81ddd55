"""The missed-questions log: fallbacks and unsure replies, for staff to review.

Off unless staff turn it on in settings.yaml (review_log: enabled: true).
Messages are health information, so names, dates, street addresses,
postcodes, phone numbers, e-mail addresses and long digit runs are redacted
(`bot.redaction`) before anything is written, and the log is capped at
`max_entries` (the oldest go first). A failed write never breaks a chat.

The log is an SQLite database in WAL mode, so several server processes can
write it at once (each thread keeps its connection open: about 0.5 ms a
write, see tests/benchmarks/review_log.py); each entry keeps its number for good, so `review --done N`
and `review --add N` mean the same entry however the log grows or is trimmed.
The file is created 0600 in a 0700 folder, by default in the user's data
folder, outside the intents folder (which git and the wheel would take along).

An old JSON-lines log (review-log.jsonl, before 0.2) beside the database is
imported once, redacted again with today's rules, and then deleted: it held
names and addresses that the old rules kept.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

from .private_files import data_folder, private_file, user_data_folder
from .problems import Problem
from .redaction import redact
from .reply import CLARIFY, FALLBACK, Reply
from .settings import Settings

log = logging.getLogger(__name__)

__all__ = ["ReviewLog", "open_review_log", "review_log_path", "redact", "should_record", "log_path_warning"]

WRITE_ATTEMPTS = 3    # tries to write one entry before it is given up
UNSURE_MARGIN = 0.1   # answers this close above the threshold are logged too
FILE_NAME = "review-log.sqlite3"
MAX_MESSAGE_CHARS = 1000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    message TEXT NOT NULL,
    kind TEXT NOT NULL,
    intent TEXT,
    confidence REAL NOT NULL,
    candidates TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
)"""


def should_record(reply: Reply, threshold: float) -> bool:
    if reply.kind in (FALLBACK, CLARIFY):
        return True
    return reply.kind in ("answer", "decline") and reply.confidence < threshold + UNSURE_MARGIN


class ReviewLog:
    """The log at `path` (an SQLite file; a `.jsonl` path means the `.sqlite3` beside it)."""

    def __init__(self, path: Path, max_entries: int = 5000):
        path = Path(path)
        self.path = path.with_suffix(".sqlite3") if path.suffix == ".jsonl" else path
        self.max_entries = max_entries
        self._ready = False
        self._writer = threading.local()     # one open connection per thread and process: closing one costs a checkpoint

    def record(self, message: str, reply: Reply, threshold: float) -> bool:
        """Add the reply if it is a miss; True if written. Never raises."""
        if not should_record(reply, threshold):
            return False
        candidates = [{"intent": c["intent"], "score": c["score"]} for c in reply.explanation.get("candidates", [])]
        row = (time.strftime("%Y-%m-%dT%H:%M:%S%z"), redact(_clean(message)[:MAX_MESSAGE_CHARS]), reply.kind, reply.intent,
               round(float(reply.confidence), 4), json.dumps(candidates))
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self._writing() as db:
                    db.execute("INSERT INTO entries (time, message, kind, intent, confidence, candidates) VALUES (?, ?, ?, ?, ?, ?)", row)
                    db.execute("DELETE FROM entries WHERE number <= (SELECT MAX(number) FROM entries) - ?", (self.max_entries,))
                return True
            except sqlite3.OperationalError as error:
                # (busy or locked past the timeout: seen once in CI as four processes set up one new log at the same
                # moment; the next attempt opens a fresh connection)
                self._close_writer()
                failure = error
                if attempt < WRITE_ATTEMPTS:
                    time.sleep(0.01 * attempt)
            except (OSError, sqlite3.Error) as error:
                failure = error
                break
        log.warning("could not write to the review log %s: %s", self.path, failure)
        return False

    def entries(self, include_done: bool = False) -> list[dict]:
        """The logged entries, oldest first, each with its `number`; done ones only with `include_done`."""
        if not self.path.exists() and not self._old_log().is_file():
            return []
        where = "" if include_done else "WHERE done = 0"
        with closing(self._connect(create=True)) as db:
            rows = db.execute(f"SELECT number, time, message, kind, intent, confidence, candidates, done FROM entries {where} "
                              "ORDER BY number").fetchall()
        return [{"number": n, "time": t, "message": m, "kind": k, "intent": i, "confidence": c,
                 "candidates": json.loads(cands), "done": bool(d)} for n, t, m, k, i, c, cands, d in rows]

    def entry(self, number: int) -> dict | None:
        """Entry `number`, done or not, or None when there is none."""
        return next((e for e in self.entries(include_done=True) if e["number"] == number), None)

    def mark_done(self, number: int) -> bool:
        """Mark entry `number` done (hidden from the default listing); False if there is no such entry."""
        if not self.path.exists():
            return False
        with closing(self._connect(create=False)) as db, db:
            return db.execute("UPDATE entries SET done = 1 WHERE number = ?", (number,)).rowcount == 1

    def _writing(self) -> sqlite3.Connection:
        """This thread's open connection, as a transaction."""
        if getattr(self._writer, "pid", None) != os.getpid():
            self._writer.db, self._writer.pid = self._connect(create=True), os.getpid()
        return self._writer.db

    def _close_writer(self) -> None:
        """Close this thread's connection; the next write opens a new one."""
        db, self._writer.pid = getattr(self._writer, "db", None), None
        if db is not None:
            db.close()

    def _connect(self, create: bool) -> sqlite3.Connection:
        if create and not self.path.exists():
            if self.path.parent == data_folder():
                user_data_folder()                     # the assistant's own folder: made 0700 even if an older version made it 0755
            private_file(self.path)                    # 0600 in a 0700 folder; SQLite gives its -wal and -shm files the same mode
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.execute("PRAGMA synchronous=NORMAL")      # in WAL mode: no sync per entry; a power cut may lose the last few
            if not self._ready:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
                self._import_old_log(db)
                self._ready = True
        except BaseException:
            db.close()
            raise
        return db

    def _old_log(self) -> Path:
        return self.path.with_suffix(".jsonl")

    def _import_old_log(self, db: sqlite3.Connection) -> None:
        """Bring in a JSON-lines log from before the database, redacted again, then delete it."""
        old = self._old_log()
        if not old.is_file() or old.is_symlink():
            return
        rows = []
        for line in old.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                rows.append((str(entry.get("time", "")), redact(_clean(str(entry.get("message", "")))[:MAX_MESSAGE_CHARS]),
                             str(entry.get("kind", "")), entry.get("intent") if isinstance(entry.get("intent"), str) else None,
                             float(entry.get("confidence", 0.0)), json.dumps(entry.get("candidates") or [])))
            except (ValueError, TypeError, AttributeError):
                continue
        with db:
            db.executemany("INSERT INTO entries (time, message, kind, intent, confidence, candidates) VALUES (?, ?, ?, ?, ?, ?)",
                           rows[-self.max_entries:])
        old.unlink()


def _clean(message: str) -> str:
    """The message without lone surrogates, which no file encoding can hold."""
    return message.encode("utf-8", "replace").decode("utf-8")


def review_log_path(settings: Settings, folder: Path | None) -> Path:
    """Where the log lives: settings' path (relative to the intents folder), or the user's data folder."""
    configured = settings.review_log.path
    if configured:
        path = Path(configured).expanduser()
        path = path if path.is_absolute() or folder is None else folder / path
        return path.with_suffix(".sqlite3") if path.suffix == ".jsonl" else path
    return data_folder() / FILE_NAME


def open_review_log(settings: Settings, folder: Path | None) -> ReviewLog | None:
    """The review log if staff turned it on, else None."""
    if not settings.review_log.enabled:
        return None
    return ReviewLog(review_log_path(settings, folder), settings.review_log.max_entries)


def log_path_warning(settings: Settings, folder: Path, settings_path: str) -> Problem | None:
    """A warning when the configured log path lies inside the intents folder (shared with git and packaging)."""
    if not settings.review_log.path:
        return None
    path = review_log_path(settings, folder)
    try:
        path.resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return None
    return Problem(settings_path, settings.lines.get("review_log"), None, "review_log, field 'path'",
                   "puts the log of patients' messages inside the intents folder, where it can be shared, committed or "
                   "shipped with the intent files",
                   "delete the path: line to keep the log in the user's data folder, or give a folder outside the intents "
                   "folder, e.g. /var/lib/headache-bot/review-log.sqlite3", level="warning")
