"""The missed-questions log: fallbacks and unsure replies, for staff to review.

Off unless staff turn it on in settings.yaml (review_log: enabled: true).
Messages are health information, so phone numbers, e-mail addresses and long
digit runs are redacted before anything is written, and the log is capped at
`max_entries` lines (the oldest go first). A failed write never breaks a chat.
"""
from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

import platformdirs

from .reply import CLARIFY, FALLBACK, Reply
from .settings import Settings

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().-]{6,}\d")
_DIGITS = re.compile(r"\d{5,}")
UNSURE_MARGIN = 0.1   # answers this close above the threshold are logged too


def redact(text: str) -> str:
    """`text` with e-mail addresses, phone numbers and runs of 5+ digits replaced."""
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub("[phone]", text)
    return _DIGITS.sub("[number]", text)


def should_record(reply: Reply, threshold: float) -> bool:
    if reply.kind in (FALLBACK, CLARIFY):
        return True
    return reply.kind in ("answer", "decline") and reply.confidence < threshold + UNSURE_MARGIN


class ReviewLog:
    def __init__(self, path: Path, max_entries: int = 5000):
        self.path = path
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._count: int | None = None

    def record(self, message: str, reply: Reply, threshold: float) -> bool:
        """Append the reply if it is a miss; True if written. Never raises."""
        if not should_record(reply, threshold):
            return False
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "message": redact(message[:1000]),
            "kind": reply.kind,
            "intent": reply.intent,
            "confidence": round(reply.confidence, 4),
            "candidates": [{"intent": c["intent"], "score": c["score"]} for c in reply.explanation.get("candidates", [])],
        }
        try:
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(entry, ensure_ascii=False) + "\n")
                self._count = (self._count if self._count is not None else self._lines()) + 1
                if self._count > self.max_entries * 1.1:
                    self._trim()
            return True
        except OSError:
            return False

    def entries(self) -> list[dict]:
        """The logged entries, oldest first; unreadable lines are skipped."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        out = []
        for line in lines:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return out

    def _lines(self) -> int:
        with self.path.open("rb") as f:
            return sum(1 for _ in f)

    def _trim(self) -> None:
        lines = self.path.read_text(encoding="utf-8").splitlines(keepends=True)[-self.max_entries:]
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text("".join(lines), encoding="utf-8")
        temporary.replace(self.path)
        self._count = len(lines)


def review_log_path(settings: Settings, folder: Path | None) -> Path:
    """Where the log lives: settings' path (relative to the intents folder), or the user's data folder."""
    configured = settings.review_log.path
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_absolute() or folder is None else folder / path
    return Path(platformdirs.user_data_dir("headache-bot", appauthor=False)) / "review-log.jsonl"


def open_review_log(settings: Settings, folder: Path | None) -> ReviewLog | None:
    """The review log if staff turned it on, else None."""
    if not settings.review_log.enabled:
        return None
    return ReviewLog(review_log_path(settings, folder), settings.review_log.max_entries)
