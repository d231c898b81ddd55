"""Files that hold a patient's words: created readable by their owner only.

The review log and the terminal chat history are created 0600 inside folders
created 0700, whatever the umask. The assistant's own data folder is kept 0700;
folders that already existed elsewhere (a configured log path) are left as
they are, and the file inside them is still 0600.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "headache-bot"


def private_folder(path: Path) -> Path:
    """Create `path` and any missing parents 0700; existing folders are left alone."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)        # the umask may have taken bits off; never adds to them otherwise
    return path


def private_file(path: Path) -> Path:
    """Create `path` 0600 (its missing folders 0700) if it is not there; make an existing one 0600."""
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return path


def data_folder() -> Path:
    """Where the assistant keeps its files in the user's data folder (e.g. ~/.local/share/headache-bot); not created."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def user_data_folder() -> Path:
    """`data_folder()`, created if needed and kept 0700 (an older version made it 0755)."""
    folder = private_folder(data_folder())
    os.chmod(folder, 0o700)
    return folder
