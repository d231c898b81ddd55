"""Red-flag concepts: the file staff read and review (`red_flags.yaml`), and its loader.

Each concept is one red flag (thunderclap headache, fever with a stiff neck,
trouble swallowing after Botox...) with its tier, the patterns that describe
it in patients' words, optional `requires` patterns that must be met as well,
optional `other_senses` (the same words meaning something else: "hard to
swallow the price", "my phone had a fit"), and plain `examples`. `words:` names lists of alternatives that patterns use
as <name>. How a message is matched against the concepts, in context, is
`safety.py`'s job; this module only reads and checks the file.

An intents folder without its own red_flags.yaml uses the shipped one: no
folder can turn the red flags off by leaving the file out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ._yaml import YamlList, YamlMap, read_yaml
from .prefilter import Prefilter, is_shipped_pattern
from .problems import Problem
from .schema import MAP, TEXT, TEXT_LIST, BLOCK_LIST, Field, check_fields, did_you_mean

RED_FLAGS_FILE = "red_flags.yaml"
TIERS = ("crisis", "emergency", "urgent_today")
_WORD_NAME = re.compile(r"<([a-z_]+)>")

CONCEPT_FIELDS = {
    "id": Field(TEXT, required=True),
    "tier": Field(TEXT, required=True),
    "title": Field(TEXT, required=True),
    "patterns": Field(TEXT_LIST, required=True),
    "requires": Field(TEXT_LIST),
    "other_senses": Field(TEXT_LIST),
    "examples": Field(TEXT_LIST, allow_empty_list=True),
}


class DeferredPattern:
    """A regular expression compiled on its first use, not at load: `re` compiles the 700 shipped patterns in
    about 0.15 s, most of a start-up, and a reply tries only the few that its screen lets through. Only a
    pattern of the shipped table (`prefilter.is_shipped_pattern`) is deferred: it compiled when the table
    was built; any other is compiled at load, so that `check` names the line of an invalid one.
    `pattern` and `flags` are read without compiling (the screen needs only them); anything else compiles."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, text: str, flags: int = int(re.UNICODE)):      # (the flags `re.compile(text)` gives)
        self.pattern, self.flags, self._compiled = text, flags, None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def finditer(self, string: str, *span: int):      # (what a reply calls, without the detour of __getattr__)
        return self.compiled().finditer(string, *span)

    def search(self, string: str, *span: int):
        return self.compiled().search(string, *span)

    def __getattr__(self, name: str):          # (only for what the slots and methods do not hold: sub, match...)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeferredPattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"DeferredPattern({self.pattern!r})"


@dataclass(frozen=True)
class RedFlag:
    id: str
    tier: str                                   # crisis, emergency or urgent_today
    title: str
    patterns: tuple[re.Pattern, ...]
    requires: tuple[re.Pattern, ...] = ()
    other_senses: tuple[re.Pattern, ...] = ()     # a match inside one of these means something else
    examples: tuple[str, ...] = ()
    line: int = 0                               # where the concept starts in its file


class RedFlags(tuple):
    """The concepts of one red_flags.yaml, in order, with a screen over all their patterns (prefilter.py):
    built from the patterns themselves when the file is read, so no edit of the file can leave it stale."""

    def __new__(cls, concepts=()):
        self = super().__new__(cls, concepts)
        self._owners = [(index, local) for index, concept in enumerate(self) for local in range(len(concept.patterns))]
        self._screen = Prefilter([pattern for concept in self for pattern in concept.patterns])
        self.other_senses = tuple(pattern for concept in self for pattern in concept.other_senses)
        self.sense_owners = tuple(concept.id for concept in self for _ in concept.other_senses)   # (each one's concept)
        self._senses_screen = Prefilter(self.other_senses)
        return self

    def may_match(self, text: str) -> dict[int, list[int]]:
        """Which patterns may match `text`: {concept index: its pattern indices, in order}; the others cannot."""
        found: dict[int, list[int]] = {}
        for flat in sorted(self._screen.may_match(text)):
            concept, local = self._owners[flat]
            found.setdefault(concept, []).append(local)
        return found

    def other_senses_that_may_match(self, text: str, after: int = -1) -> list[int]:
        """Which of `other_senses` (every concept's, in the file's order) may match `text`: their indices, in
        order, past `after`; the others cannot."""
        return sorted(i for i in self._senses_screen.may_match(text) if i > after)

    def other_senses_in(self, text: str) -> list:
        """The `other_senses` patterns that may match `text`, in the file's order."""
        return [self.other_senses[i] for i in self.other_senses_that_may_match(text)]


def load_red_flags(path: Path, display: str, inside: Path | None = None) -> tuple[RedFlags, list[Problem]]:
    """The concepts of one red_flags.yaml, or the problems that stop it loading (`inside`: the folder it must stay in)."""
    data, problems = read_yaml(path, display, inside=inside)
    if problems:
        return (), problems
    if not isinstance(data, YamlMap):
        return (), [Problem(display, 1, 1, "", "the file must hold 'words:' and 'concepts:'", "start from the shipped red_flags.yaml")]
    problems = check_fields(data, {"words": Field(MAP), "concepts": Field(BLOCK_LIST, required=True)}, display, "")
    if problems:
        return (), problems
    words = data.get("words") or YamlMap()
    for name, value in words.items():
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(display, *words.value_positions[name], f"words, field '{name}'", "must be a list of alternatives",
                                    f"write it as  {name}: 'word|other word|third'"))
    concepts: list[RedFlag] = []
    seen: dict[str, int] = {}
    raw_list: YamlList = data["concepts"]
    for index, raw in enumerate(raw_list):
        position = raw_list.item_positions[index]
        if not isinstance(raw, YamlMap):
            problems.append(Problem(display, *position, f"concept {index + 1}", "must be a block of fields (id:, tier:, title:, patterns:)",
                                    "start each concept with '- id: ...' and indent its other fields to line up with 'id'"))
            continue
        concept, concept_problems = _parse_concept(raw, index, display, words)
        problems += concept_problems
        if concept is None:
            continue
        if concept.id in seen:
            problems.append(Problem(display, *raw.value_positions["id"], f"concept '{concept.id}', field 'id'",
                                    f"the id is used twice (first at line {seen[concept.id]})", "give one of them another id, or merge them"))
        seen.setdefault(concept.id, concept.line)
        concepts.append(concept)
    return (RedFlags(concepts), []) if not problems else ((), problems)


def _parse_concept(raw: YamlMap, index: int, path: str, words: dict) -> tuple[RedFlag | None, list[Problem]]:
    concept_id = raw.get("id")
    label = f"concept '{concept_id}'" if isinstance(concept_id, str) else f"concept {index + 1}"
    problems = check_fields(raw, CONCEPT_FIELDS, path, label)
    tier = raw.get("tier")
    if isinstance(tier, str) and tier not in TIERS:
        suggestion = did_you_mean(tier, TIERS)
        problems.append(Problem(path, *raw.value_positions["tier"], f"{label}, field 'tier'",
                                f"'{tier}' is not a tier{'; ' + suggestion if suggestion else ''}", "use one of: " + ", ".join(TIERS)))
    compiled: dict[str, tuple[re.Pattern, ...]] = {}
    for key in ("patterns", "requires", "other_senses"):
        items = raw.get(key)
        if not isinstance(items, YamlList):
            continue
        found = []
        for pattern, position in zip(items, items.item_positions):
            if not isinstance(pattern, str):
                continue
            unknown = [name for name in _WORD_NAME.findall(pattern) if name not in words]
            if unknown:
                suggestion = did_you_mean(unknown[0], words)
                problems.append(Problem(path, *position, f"{label}, field '{key}'",
                                        f"<{unknown[0]}> is not a list under 'words:'{'; ' + suggestion if suggestion else ''}",
                                        "add it under 'words:' at the top of the file, or fix the name"))
                continue
            expanded = _WORD_NAME.sub(lambda m: words[m.group(1)], pattern)
            if is_shipped_pattern(expanded):
                found.append(DeferredPattern(expanded))
                continue
            try:
                found.append(re.compile(expanded))
            except re.error as error:
                problems.append(Problem(path, *position, f"{label}, field '{key}'", f"is not a valid pattern: {error.msg}",
                                        "check the brackets ( ) [ ] and backslashes; write a plain word if in doubt"))
        compiled[key] = tuple(found)
    if problems:
        return None, problems
    return RedFlag(id=concept_id, tier=tier, title=raw["title"].strip(), patterns=compiled["patterns"],
                   requires=compiled.get("requires", ()), other_senses=compiled.get("other_senses", ()), examples=tuple(raw.get("examples") or ()),
                   line=raw.position[0]), []
