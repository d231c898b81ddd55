"""Missed questions: what the review log holds, grouped for staff, and adding one as a phrasing.

The log (bot/review_log.py) holds fallbacks and unsure replies, redacted,
each with a lasting number and a done mark.
`group_misses` groups them by the nearest intent, most frequent first;
`add_phrasing` writes a message into the right intent file with ruamel.yaml's
round-trip mode, so the file's comments and layout stay as staff left them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from ..intents import KnowledgeBase


@dataclass
class MissGroup:
    nearest: str | None                     # the best-scoring intent, or None when nothing came close
    entries: list[tuple[int, dict]] = field(default_factory=list)   # (number in the log, entry)


def group_misses(entries: list[dict]) -> list[MissGroup]:
    """Entries grouped by their best candidate, biggest group first; each keeps its number in the log."""
    groups: dict[str | None, MissGroup] = {}
    for index, entry in enumerate(entries, 1):
        number = entry.get("number", index)
        candidates = entry.get("candidates") or []
        nearest = candidates[0]["intent"] if candidates else None
        groups.setdefault(nearest, MissGroup(nearest)).entries.append((number, entry))
    return sorted(groups.values(), key=lambda g: (-len(g.entries), g.nearest or ""))


class ReviewError(Exception):
    """Something staff asked for that cannot be done; the message says why and what to do."""


def add_phrasing(knowledge: KnowledgeBase, intent_id: str, phrasing: str) -> Path:
    """Append `phrasing` to the intent's phrasings in its own file; returns the file written."""
    intent = knowledge.get(intent_id)
    if intent is None:
        from ..schema import did_you_mean
        suggestion = did_you_mean(intent_id, knowledge.by_id)
        raise ReviewError(f"there is no intent '{intent_id}'" + (f"; {suggestion}" if suggestion else "."))
    phrasing = " ".join(phrasing.split())
    if not phrasing:
        raise ReviewError("the message is empty.")
    if phrasing.lower() in (p.lower() for p in intent.phrasings):
        raise ReviewError(f"'{intent_id}' already has the phrasing \"{phrasing}\".")
    path = Path(intent.origin.path)
    if not path.is_absolute() and knowledge.folder is not None and not path.exists():
        path = Path(knowledge.folder) / path.name
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)   # the layout of the shipped files: "  - id:" and "      - phrasing"
    document = yaml.load(path.read_text(encoding="utf-8"))
    for entry in document["intents"]:
        if entry.get("id") == intent_id:
            entry["phrasings"].append(phrasing)
            break
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(document, f)
    return path
