"""Hot reload: the current `Bot` for a folder, rebuilt when its files change.

An edit that breaks the files never takes the assistant down: the last good
`Bot` keeps serving, and `error` holds the problems until the files are fixed.
The REPL asks `LiveBot.refresh()` before each message; the web server calls
`watch()`, which reloads in a background thread and swaps the new `Bot` in
only once it is valid, so requests never wait for a reload.
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Callable

from .engine import Bot, load
from .intents import default_folder
from .problems import LoadError

UNCHANGED, RELOADED, FAILED = "unchanged", "reloaded", "failed"
RELOAD_SWITCH_INTERVAL = 0.0005     # seconds; sys.getswitchinterval() is 0.005 by default


def _stamp(folder: Path) -> tuple:
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                            for p in folder.iterdir() if p.suffix in (".yaml", ".yml")))
    except OSError:
        return ()


class LiveBot:
    """Serves the last good `Bot` of `folder`; `refresh` reloads it when files changed."""

    def __init__(self, folder: str | Path | None = None, min_interval: float = 1.0,
                 on_change: Callable[[str, LoadError | None], None] | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()
        self.on_change = on_change      # called with RELOADED or FAILED (and the error), e.g. to log it
        self.min_interval = min_interval
        self._stamp = _stamp(self.folder)
        self._bot = load(self.folder).prepare()        # the first load must succeed: raises LoadError
        self._checked = time.monotonic()
        self._lock = threading.Lock()
        self.error: LoadError | None = None
        self.loaded_at = time.time()
        self._watcher: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def bot(self) -> Bot:
        return self._bot

    def current(self) -> Bot:
        """The bot to use now. Unless `watch()` reloads in the background, this first checks cheaply
        for changed files (at most every `min_interval` s) and reloads them here."""
        if self._watcher is None and time.monotonic() - self._checked >= self.min_interval:
            self.refresh()
        return self._bot

    def watch(self) -> None:
        """Check for changed files every `min_interval` s (at least 0.05 s) in a background thread,
        reloading them there; `current()` then never waits. `stop()` ends it."""
        if self._watcher is not None:
            return
        self._stop.clear()
        self._watcher = threading.Thread(target=self._watch, name="intent-reload", daemon=True)
        self._watcher.start()

    def _watch(self) -> None:
        while not self._stop.wait(max(self.min_interval, 0.05)):
            if _stamp(self.folder) == self._stamp:
                continue
            # Loading is Python work that holds the GIL; other threads (the server's event loop) get
            # it back after at most the switch interval, so shorten that from 5 ms while loading.
            previous = sys.getswitchinterval()
            sys.setswitchinterval(RELOAD_SWITCH_INTERVAL)
            try:
                self.refresh()
            finally:
                sys.setswitchinterval(previous)

    def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            self._stop.set()
            watcher.join()

    def refresh(self) -> str:
        """Reload if the files changed: RELOADED, FAILED (last good kept, see `error`) or UNCHANGED."""
        status = self._refresh()
        if status != UNCHANGED and self.on_change is not None:
            self.on_change(status, self.error)
        return status

    def _refresh(self) -> str:
        with self._lock:
            self._checked = time.monotonic()
            stamp = _stamp(self.folder)
            if stamp == self._stamp:
                return UNCHANGED
            self._stamp = stamp
            try:
                bot = load(self.folder, like=self._bot).prepare()      # (not by the first request after the swap)
            except LoadError as error:
                self.error = error
                return FAILED
            except Exception as error:  # noqa: BLE001 - nothing a staff edit does may stop the service
                self.error = LoadError([_unexpected(self.folder, error)])
                return FAILED
            self._bot, self.error, self.loaded_at = bot, None, time.time()
            return RELOADED


def _unexpected(folder: Path, error: Exception):
    from .problems import Problem
    return Problem(str(folder), None, None, "", f"could not be loaded: {error}", "check the files you changed last")
