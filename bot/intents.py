"""Intents (what patients ask, and the answer) and the loader for a folder of them.

A folder holds `settings.yaml` plus any number of `*.yaml` intent files, each
of the form

    intents:
      - id: what_is_botox
        title: What is Botox?
        section: What Is Botox?
        phrasings: [what is botox, ...]
        answer: ...
        follow_ups: [how_botox_works]

`load_folder` validates every file and raises `LoadError` with one problem per
mistake (file, line, field, how to fix); otherwise it returns a
`KnowledgeBase`: the settings and the intents, frozen.
"""
from __future__ import annotations

import contextlib
import datetime
import gc
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ._yaml import YamlList, YamlMap, read_yaml
from .problems import LoadError, Problem
from .red_flags import RED_FLAGS_FILE, RedFlag, load_red_flags
from .schema import DATE, TEXT, TEXT_LIST, Field, check_fields, did_you_mean, misspelt_fields
from .settings import SETTINGS_FILE, Settings, check_placeholders, parse_settings
from .text import distinct_tokens

ARTICLE, CONVERSATION, DECLINE, URGENT = "article", "conversation", "decline", "urgent"
KINDS = (ARTICLE, CONVERSATION, DECLINE, URGENT)

# Roles: what the engine's policy gives a meaning of its own, declared with `role:` on one
# intent each, so ids can be renamed freely. The urgent tiers are the roles of urgent intents.
AFFIRM, DENY, MORE, REPHRASE, BOOK = "affirm", "deny", "more", "rephrase", "book"
EMERGENCY, URGENT_TODAY, CRISIS = "emergency", "urgent_today", "crisis"
URGENT_ROLES = (EMERGENCY, URGENT_TODAY, CRISIS)
ROLES = {
    AFFIRM: "a yes: accepts what the last reply offered",
    DENY: "a no",
    MORE: "'tell me more', 'why?', 'how?', 'and then?': goes on from the last topic",
    REPHRASE: "'huh?', 'say it in simpler words': the last answer again, in plain words",
    BOOK: "booking an appointment",
    EMERGENCY: "urgent: get emergency care now (reply: messages: emergency)",
    URGENT_TODAY: "urgent: be seen by a doctor today (reply: messages: urgent_today)",
    CRISIS: "urgent: thoughts of self-harm (reply: messages: crisis)",
}

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_WORD = re.compile(r"\w+")

INTENT_FIELDS = {
    "id": Field(TEXT, required=True),
    "kind": Field(TEXT),
    "title": Field(TEXT, required=True),
    "section": Field(TEXT),
    "phrasings": Field(TEXT_LIST, required=True),
    "answer": Field(TEXT),
    "follow_ups": Field(TEXT_LIST, allow_empty_list=True),
    "role": Field(TEXT),
    "plain": Field(TEXT),
    "not_phrasings": Field(TEXT_LIST, allow_empty_list=True),
    "owner": Field(TEXT),
    "reviewed_by": Field(TEXT),
    "reviewed_on": Field(DATE),
    "review_due": Field(DATE),
}


@dataclass(frozen=True)
class Origin:
    """Where an intent was written: for staff tools that point back at the file."""

    path: str
    line: int
    phrasing_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Intent:
    id: str
    title: str
    phrasings: tuple[str, ...]
    answer: str = ""
    kind: str = ARTICLE
    section: str | None = None
    follow_ups: tuple[str, ...] = ()
    role: str | None = None             # see ROLES
    plain: str | None = None            # the answer again in plainer words, for "huh?"
    not_phrasings: tuple[str, ...] = () # near misses that must not reach this intent
    owner: str | None = None
    reviewed_by: str | None = None
    reviewed_on: datetime.date | None = None
    review_due: datetime.date | None = None
    origin: Origin | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class KnowledgeBase:
    """The settings and the intents of one folder."""

    settings: Settings
    intents: tuple[Intent, ...]
    folder: Path | None = None
    red_flags: tuple[RedFlag, ...] = ()
    by_id: dict[str, Intent] = field(init=False, repr=False, compare=False)
    by_role: dict[str, Intent] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {i.id: i for i in self.intents})
        object.__setattr__(self, "by_role", {i.role: i for i in reversed(self.intents) if i.role})

    def get(self, intent_id: str | None) -> Intent | None:
        return self.by_id.get(intent_id) if intent_id else None

    def role(self, name: str) -> Intent | None:
        """The intent that declares `role: name`, or None (the policy then does without it)."""
        return self.by_role.get(name)


def default_folder() -> Path:
    """The intents shipped with the package (installed), or the checkout's intents/."""
    here = Path(__file__).resolve().parent
    installed = here / "_intents"
    return installed if installed.is_dir() else here.parent / "intents"


MAX_INTENT_FILES = 1_000
MAX_PHRASINGS = 250_000        # over all intents; the scale benchmark runs 100,000
MAX_VOCABULARY = 200_000       # distinct words over all phrasings


def intent_files(folder: Path) -> list[Path]:
    """The folder's intent files: `*.yaml` and `*.yml` besides settings.yaml and red_flags.yaml, hidden files left out.

    Names only: `read_yaml` refuses what is not a regular file inside the folder
    (named pipes, devices, links leading out), so staff hear which file and why."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix in (".yaml", ".yml") and p.name not in (SETTINGS_FILE, RED_FLAGS_FILE) and not p.name.startswith("."))


def red_flags_file(folder: Path) -> Path:
    """The folder's red_flags.yaml, or the shipped one when it has none."""
    own = folder / RED_FLAGS_FILE
    return own if own.exists() or own.is_symlink() else default_folder() / RED_FLAGS_FILE


def load_folder(folder: str | Path | None = None) -> KnowledgeBase:
    """Load and validate settings.yaml and every intent file of `folder`."""
    with collector_paused():
        return _load_folder(folder)


class _CollectorPause:
    """Python's cyclic garbage collector paused while any folder loads (or a matcher is built from it), in any
    thread, and left as it was found once the last of them ends.

    Why: what a load builds stays alive, so the collector's passes over it find nothing; at 100,000 phrasings
    they took a third of the load (load_folder 3.9 -> 2.4-2.9 s CPU). Reference counting goes on freeing
    everything that is not in a cycle, in every thread; only cycles (a few in a web request's handling) wait
    for the end of the load, a matter of seconds, and are collected then.

    Why not gc.freeze() after loading instead: it does not stop the passes during the load, which are the
    cost; and frozen objects are never collected, so each hot reload (bot/reload.py) would leak the replaced
    Bot's cycles (a Normaliser's caches hold its own bound methods) for good.

    Loads may overlap (a reload thread, a staff command, tests), so the pause is counted: the collector is
    switched back on only when the last one ends, and only if it was on when the first began (a program that
    turned it off itself keeps it off)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._resume = False

    @contextlib.contextmanager
    def __call__(self):
        with self._lock:
            if self._depth == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._resume:
                    gc.enable()


collector_paused = _CollectorPause()


def _load_folder(folder: str | Path | None) -> KnowledgeBase:
    folder = Path(folder) if folder is not None else default_folder()
    if not folder.is_dir():
        raise LoadError([Problem(str(folder), None, None, "", "is not a folder", "give the folder that holds settings.yaml and the intent files")])
    settings_path = folder / SETTINGS_FILE
    if not (settings_path.exists() or settings_path.is_symlink()):
        raise LoadError([Problem(str(settings_path), None, None, "", "is missing",
                                 "copy settings.yaml from the assistant's shipped intents folder into this folder")])
    data, problems = read_yaml(settings_path, display_path(settings_path), inside=folder)
    settings = None
    if data is not None and not problems:
        settings, problems = parse_settings(data, display_path(settings_path))
    files = intent_files(folder)
    if not files:
        problems.append(Problem(str(folder), None, None, "", "has no intent files (*.yaml besides settings.yaml)", "add at least one intent file"))
    if len(files) > MAX_INTENT_FILES:
        raise LoadError([Problem(display_path(folder), None, None, "", f"has {len(files):,} intent files, more than the {MAX_INTENT_FILES:,} allowed",
                                 "merge related intents into fewer files, or check that the right folder was given")])
    intents: list[Intent] = []
    for path in files:
        found, file_problems = parse_intent_file(path, settings)
        intents += found
        problems += file_problems
    # References to other intents are only checked when every intent parsed:
    # otherwise the missing id is usually in the intent that failed.
    problems += _cross_checks(intents, settings, display_path(settings_path), check_references=not problems)
    problems += _size_problems(intents, display_path(folder))
    flags_path = red_flags_file(folder)
    red_flags, flag_problems = load_red_flags(flags_path, display_path(flags_path), inside=flags_path.parent)
    problems += flag_problems
    if problems or settings is None:
        raise LoadError(problems)
    return KnowledgeBase(settings=settings, intents=tuple(intents), folder=folder, red_flags=red_flags)


def display_path(path: Path) -> str:
    """`path` relative to the working folder when it is inside it, as staff would type it.

    A link is named as itself, never by the file it leads to."""
    where = path.parent.resolve() / path.name
    try:
        return str(where.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _size_problems(intents: list[Intent], folder: str) -> list[Problem]:
    """Caps that keep a huge or generated folder from taking all the memory when matched."""
    phrasings = sum(len(i.phrasings) for i in intents)
    if phrasings > MAX_PHRASINGS:
        return [Problem(folder, None, None, "", f"the intents hold {phrasings:,} phrasings, more than the {MAX_PHRASINGS:,} allowed",
                        "keep the phrasings that differ; near-copies and misspellings are matched without being listed")]
    vocabulary: set[str] = set()
    for token in distinct_tokens([p for intent in intents for p in intent.phrasings]):   # (no word spans white space)
        vocabulary.update(_WORD.findall(token.lower()))
    if len(vocabulary) > MAX_VOCABULARY:
        return [Problem(folder, None, None, "", f"the phrasings use {len(vocabulary):,} different words, more than the {MAX_VOCABULARY:,} allowed",
                        "check for generated or pasted text (codes, numbers, other languages) and remove it")]
    return []


def parse_intent_file(path: Path, settings: Settings | None) -> tuple[list[Intent], list[Problem]]:
    name = display_path(path)
    data, problems = read_yaml(path, name, inside=path.parent)
    if data is None:
        if not problems:
            problems = [Problem(name, 1, 1, "", "the file is empty", "write 'intents:' followed by a list of intents, or delete the file")]
        return [], problems
    if not isinstance(data, YamlMap) or "intents" not in data:
        return [], problems + [Problem(name, 1, 1, "intents", "the file must start with 'intents:' followed by a list of intents",
                                       "see any shipped intent file for the layout")]
    problems += check_fields(data, {"intents": Field(TEXT_LIST, required=True)}, name, "") if not isinstance(data["intents"], list) else []
    extra = [k for k in data if k != "intents"]
    for key in extra:
        problems.append(Problem(name, *data.key_positions[key], f"field '{key}'", "is not known at the top of an intent file",
                                "the file holds only 'intents:'; put other settings in settings.yaml"))
    raw_list = data["intents"] if isinstance(data["intents"], YamlList) else YamlList()
    intents = []
    for index, raw in enumerate(raw_list):
        position = raw_list.item_positions[index]
        if not isinstance(raw, YamlMap):
            problems.append(Problem(name, *position, f"intent {index + 1}", "must be a block of fields (id:, title:, phrasings:, answer: ...)",
                                    "start each intent with '- id: ...' and indent its other fields to line up with 'id'"))
            continue
        intent, intent_problems = _parse_intent(raw, name, index, settings)
        problems += intent_problems
        if intent is not None:
            intents.append(intent)
    return intents, problems


def _parse_intent(raw: YamlMap, path: str, index: int, settings: Settings | None) -> tuple[Intent | None, list[Problem]]:
    intent_id = raw.get("id")
    label = f"intent '{intent_id}'" if isinstance(intent_id, str) else f"intent {index + 1}"
    problems = check_fields(raw, INTENT_FIELDS, path, label)

    def at(key: str) -> tuple[int, int]:
        return raw.value_positions.get(key, raw.position)

    if isinstance(intent_id, str) and not _ID.match(intent_id):
        problems.append(Problem(path, *at("id"), f"{label}, field 'id'", "must be lower-case letters, digits and underscores, starting with a letter",
                                "for example: neck_pain_causes"))
    kind = raw.get("kind", ARTICLE)
    if isinstance(kind, str) and kind not in KINDS:
        suggestion = did_you_mean(kind, KINDS)
        problems.append(Problem(path, *at("kind"), f"{label}, field 'kind'", f"'{kind}' is not a kind of intent{'; ' + suggestion if suggestion else ''}",
                                f"use one of: {', '.join(KINDS)}"))
    role = raw.get("role")
    if isinstance(role, str) and role not in ROLES:
        suggestion = did_you_mean(role, ROLES)
        problems.append(Problem(path, *at("role"), f"{label}, field 'role'", f"'{role}' is not a role{'; ' + suggestion if suggestion else ''}",
                                "use one of: " + ", ".join(ROLES) + "; or delete the line"))
    elif kind == URGENT and role not in URGENT_ROLES:
        problems.append(Problem(path, *at("role" if "role" in raw else "kind"), f"{label}, field 'role'",
                                "an urgent intent needs its tier as its role",
                                "add 'role: emergency', 'role: urgent_today' or 'role: crisis'"))
    elif kind != URGENT and role in URGENT_ROLES:
        problems.append(Problem(path, *at("role"), f"{label}, field 'role'", f"the role '{role}' belongs to urgent intents",
                                "add 'kind: urgent', or use another role"))
    if kind == URGENT:
        if "answer" in raw:
            problems.append(Problem(path, *at("answer"), f"{label}, field 'answer'", "urgent intents take their reply from settings.yaml (messages: emergency, crisis, urgent_today)",
                                    "delete the answer here and edit the message in settings.yaml"))
    elif "answer" not in raw and "answer" not in misspelt_fields(raw, INTENT_FIELDS):
        problems.append(Problem(path, *raw.position, f"{label}, field 'answer'", "is missing", "add 'answer: >-' followed by the answer text, indented"))
    if kind == ARTICLE and "section" not in raw:
        problems.append(Problem(path, *raw.position, f"{label}, field 'section'", "is missing: every article answer names the article section it comes from",
                                "add 'section: ' with one of the section titles listed in settings.yaml"))
    if settings is not None:
        section = raw.get("section")
        if isinstance(section, str) and section not in settings.sections:
            suggestion = did_you_mean(section, settings.sections)
            problems.append(Problem(path, *at("section"), f"{label}, field 'section'", f"'{section}' is not a section of the article{'; ' + suggestion if suggestion else ''}",
                                    "use one of the section titles listed under article: sections: in settings.yaml"))
        if isinstance(raw.get("answer"), str):
            problems += check_placeholders(raw["answer"], settings.placeholders(), path, at("answer"), f"{label}, field 'answer'")
    if problems:
        return None, problems
    phrasings = raw["phrasings"]
    intent = Intent(
        id=intent_id, kind=kind, title=raw["title"].strip(),
        phrasings=tuple(p.strip() for p in phrasings),
        answer=raw.get("answer", "").strip(),
        section=raw.get("section"), follow_ups=tuple(raw.get("follow_ups", ())),
        role=role, plain=raw["plain"].strip() if "plain" in raw else None,
        not_phrasings=tuple(p.strip() for p in raw.get("not_phrasings", ())),
        owner=raw.get("owner"), reviewed_by=raw.get("reviewed_by"),
        reviewed_on=raw.get("reviewed_on"), review_due=raw.get("review_due"),
        origin=Origin(path, raw.position[0], tuple(line for line, _ in phrasings.item_positions)),
    )
    return intent, []


def _cross_checks(intents: list[Intent], settings: Settings | None, settings_path: str,
                  check_references: bool = True) -> list[Problem]:
    """Problems that span files: duplicate ids, follow-ups and fallback topics naming unknown intents."""
    problems = []
    seen: dict[str, Intent] = {}
    for intent in intents:
        if intent.id in seen:
            first = seen[intent.id].origin
            problems.append(Problem(intent.origin.path, intent.origin.line, None, f"intent '{intent.id}', field 'id'",
                                    f"the id '{intent.id}' is used twice (first in {first.path} line {first.line})",
                                    "give one of the two a different id, or merge their phrasings into one intent"))
        else:
            seen[intent.id] = intent
    declared: dict[str, Intent] = {}
    for intent in intents:
        if intent.role is None:
            continue
        first = declared.setdefault(intent.role, intent)
        if first is not intent:
            problems.append(Problem(intent.origin.path, intent.origin.line, None, f"intent '{intent.id}', field 'role'",
                                    f"the role '{intent.role}' is already declared by intent '{first.id}' ({first.origin.path} line {first.origin.line})",
                                    "a role belongs to one intent: delete this 'role:' line, or move these phrasings into that intent"))
    if not check_references:
        return problems
    for intent in intents:
        for target in intent.follow_ups:
            if target not in seen:
                suggestion = did_you_mean(target, seen)
                problems.append(Problem(intent.origin.path, intent.origin.line, None, f"intent '{intent.id}', field 'follow_ups'",
                                        f"names '{target}', which is not an intent id{'; ' + suggestion if suggestion else ''}",
                                        "use the id of an existing intent"))
    if settings is not None:
        for target in settings.fallback_topics:
            if target not in seen:
                suggestion = did_you_mean(target, seen)
                problems.append(Problem(settings_path, settings.lines.get("fallback_topics"), None, "field 'fallback_topics'",
                                        f"names '{target}', which is not an intent id{'; ' + suggestion if suggestion else ''}",
                                        "use the id of an existing intent"))
    return problems
