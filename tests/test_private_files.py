"""The terminal chat history and the review log hold patients' words: 0600 files in 0700 folders, whatever the umask."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def history_file(data_home: Path) -> str:
    result = subprocess.run([sys.executable, "-c", "import os; os.umask(0o022); from bot.cli import _history_file; print(_history_file())"],
                            cwd=ROOT, timeout=60, capture_output=True, text=True, env={**os.environ, "XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_chat_history_is_created_private(tmp_path):
    path = Path(history_file(tmp_path / "data"))
    assert path == tmp_path / "data" / "headache-bot" / "history"
    assert mode(path) == 0o600 and mode(path.parent) == 0o700 and mode(tmp_path / "data") == 0o700


def test_an_older_readable_history_is_made_private(tmp_path):
    folder = tmp_path / "headache-bot"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    old = folder / "history"
    old.write_text("\n# 2026-11-01 10:00:00\n+my neck hurts since the car crash\n")
    os.chmod(old, 0o644)
    assert history_file(tmp_path) == str(old)
    assert mode(old) == 0o600 and mode(folder) == 0o700
    assert "car crash" in old.read_text()                     # kept, only its permissions change


def test_a_history_that_is_a_link_is_not_followed(tmp_path):
    folder = tmp_path / "headache-bot"
    folder.mkdir()
    elsewhere = tmp_path / "shared.txt"
    elsewhere.write_text("")
    (folder / "history").symlink_to(elsewhere)
    assert history_file(tmp_path) == "None"                  # the chat falls back to history in memory
    assert elsewhere.read_text() == ""
