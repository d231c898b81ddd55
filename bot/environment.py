"""The environment variables the assistant reads, each checked before use.

- HEADACHE_BOT_INTENTS: the intents folder (the CLI and `app_from_environment`);
- HEADACHE_BOT_ORIGINS: extra origins allowed to call the web API, separated by spaces;
- HEADACHE_BOT_RATE_LIMIT: requests per minute per client (0 turns the limit off).

A bad value raises `LoadError` with one problem naming the variable, what is
wrong and how to fix it, so the command line prints it like any staff error.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

from .problems import LoadError, Problem

INTENTS, ORIGINS, RATE_LIMIT = "HEADACHE_BOT_INTENTS", "HEADACHE_BOT_ORIGINS", "HEADACHE_BOT_RATE_LIMIT"
MAX_RATE_LIMIT = 1_000_000


def _fail(name: str, value: str, message: str, hint: str) -> LoadError:
    shown = value if len(value) <= 80 and value.isprintable() else repr(value[:80]) + ("..." if len(value) > 80 else "")
    return LoadError([Problem(f"${name}", None, None, "", f"is set to '{shown}', {message}", hint)])


def intents_folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    """$HEADACHE_BOT_INTENTS as a folder, or None when unset or empty."""
    value = environ.get(INTENTS, "")
    if not value:
        return None
    if "\0" in value or not Path(value).expanduser().is_dir():
        raise _fail(INTENTS, value, "which is not a folder",
                    f"set it to the folder that holds settings.yaml and the intent files, or unset it (unset {INTENTS}) "
                    "to use the shipped intents")
    return Path(value).expanduser()


def allowed_origins(environ: Mapping[str, str] = os.environ) -> tuple[str, ...]:
    """$HEADACHE_BOT_ORIGINS: web origins such as https://clinic.org, separated by spaces."""
    origins = tuple(environ.get(ORIGINS, "").split())
    for origin in origins:
        parts = urlsplit(origin)
        try:
            port_ok = parts.port is None or 0 < parts.port < 65536
        except ValueError:
            port_ok = False
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") \
                or parts.query or parts.fragment or parts.username or not port_ok:
            raise _fail(ORIGINS, origin, "which is not a web origin",
                        "write origins as scheme://host or scheme://host:port (e.g. https://clinic.org), "
                        "separated by spaces, with no path and no *")
    return tuple(o.rstrip("/") for o in origins)


def rate_limit(environ: Mapping[str, str] = os.environ) -> int | None:
    """$HEADACHE_BOT_RATE_LIMIT as a whole number of requests per minute, or None when unset or empty."""
    value = environ.get(RATE_LIMIT, "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or int(value) > MAX_RATE_LIMIT:
        raise _fail(RATE_LIMIT, value, f"which is not a whole number from 0 to {MAX_RATE_LIMIT:,}",
                    "set it to the requests allowed per minute per client, e.g. 60 (0 turns the limit off), "
                    "or unset it to use web: rate_limit in settings.yaml")
    return int(value)
