"""`headache-bot check`: what in the intent files will hurt patients.

`check_folder` returns a `CheckReport`: errors (the load errors, which leave
the folder unusable, and a phrasing under two intents), warnings (patients
will notice), notes (answers due for review soon) and the confusions that
settings.yaml accepts. It never prints.
"""
from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..engine import Bot
from ..intents import ARTICLE, DECLINE, URGENT, Intent, KnowledgeBase, display_path, load_folder
from .evaluate import FOLDS, cross_validate
from ..problems import LoadError, Problem
from ..settings import SETTINGS_FILE

MIN_ARTICLE_PHRASINGS = 10
REVIEW_SOON_DAYS = 30
MIN_CONFUSED = 3   # a pair is confusable when at least this many phrasings of one go to the other
_PLACEHOLDER_URL = re.compile(r"(^|[/.@])(example\.(com|org|net)|[a-z0-9-]+\.example)(/|$)", re.I)
_PLACEHOLDER_PHONE = re.compile(r"\b555[\s.-]?01\d\d\b|\b555[\s.-]?0100\b|\(555\)|^\+?1? ?555\b")


@dataclass
class Confusion:
    """Phrasings of `intent` that the matcher, not knowing them, gives to `other`."""

    intent: str
    other: str
    phrasings: list[str] = field(default_factory=list)

    @property
    def pair(self) -> str:
        return " ~ ".join(sorted((self.intent, self.other)))


@dataclass
class CheckReport:
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    accepted: list[Confusion] = field(default_factory=list)   # confusions settings.yaml accepts (check: accepted_confusions)
    loaded: bool = True                                        # False: the assistant cannot load the files at all

    @property
    def ok(self) -> bool:
        return not self.errors


def check_folder(folder: str | Path | None, today: datetime.date) -> CheckReport:
    report = CheckReport()
    try:
        knowledge = load_folder(folder)
    except LoadError as error:
        report.errors, report.loaded = error.problems, False
        return report
    bot = Bot(knowledge)
    settings_path = display_path(Path(knowledge.folder) / SETTINGS_FILE)
    report.warnings += _settings_warnings(knowledge, settings_path)
    report.warnings += _review_log_warnings(knowledge, settings_path)
    report.warnings += _intent_warnings(knowledge)
    report.errors += _phrasings_under_two_intents(bot)
    accepted = set(knowledge.settings.check.accepted_confusions)
    accepted = {" ~ ".join(sorted(part.strip() for part in pair.split("~"))) for pair in accepted}
    for confusion in find_confusions(bot):
        if len(confusion.phrasings) < MIN_CONFUSED:
            continue
        first = knowledge.get(confusion.intent)
        examples = "; ".join(f'"{p}"' for p in confusion.phrasings[:3])
        more = f" and {len(confusion.phrasings) - 3} more" if len(confusion.phrasings) > 3 else ""
        if confusion.pair in accepted:
            report.accepted.append(confusion)
            continue
        report.warnings.append(Problem(
            first.origin.path, first.origin.line, None, f"intent '{confusion.intent}'",
            f"{len(confusion.phrasings)} phrasing(s) match '{confusion.other}' better than their own intent: {examples}{more}",
            f"reword them or add phrasings that tell the two apart; if the overlap is fine, add \"{confusion.pair}\" "
            f"to check: accepted_confusions in settings.yaml", level="warning"))
    report.warnings += _review_dates(knowledge, today, report.notes)
    return report


def _warn(intent: Intent, field_name: str, message: str, hint: str) -> Problem:
    return Problem(intent.origin.path, intent.origin.line, None, f"intent '{intent.id}', field '{field_name}'", message, hint,
                   level="warning")


def _settings_warnings(knowledge: KnowledgeBase, path: str) -> list[Problem]:
    clinic = knowledge.settings.clinic
    lines = knowledge.settings.lines
    found = []
    if _PLACEHOLDER_URL.search(clinic.booking_url) or not clinic.booking_url.startswith(("https://", "http://")):
        found.append(Problem(path, lines.get("clinic"), None, "clinic, field 'booking_url'",
                             f"'{clinic.booking_url}' looks like a placeholder, not the clinic's booking page",
                             "write the full address of the real booking page, starting with https://", level="warning"))
    if _PLACEHOLDER_PHONE.search(clinic.phone):
        found.append(Problem(path, lines.get("clinic"), None, "clinic, field 'phone'",
                             f"'{clinic.phone}' looks like a placeholder number", "write the clinic's real phone number", level="warning"))
    if not any(ch.isdigit() for ch in clinic.emergency_number):
        found.append(Problem(path, lines.get("clinic"), None, "clinic, field 'emergency_number'",
                             f"'{clinic.emergency_number}' is not a phone number", "write the local emergency number, e.g. 911", level="warning"))
    return found


def _intent_warnings(knowledge: KnowledgeBase) -> list[Problem]:
    found = []
    limit = knowledge.settings.check.max_answer_words
    for intent in knowledge.intents:
        if intent.kind == ARTICLE and len(intent.phrasings) < MIN_ARTICLE_PHRASINGS:
            found.append(_warn(intent, "phrasings", f"has only {len(intent.phrasings)} phrasings; patients word things in many ways",
                               f"add phrasings until there are at least {MIN_ARTICLE_PHRASINGS}: short, long, with lay words and typos"))
        words = len(intent.answer.split())
        if words > limit:
            found.append(_warn(intent, "answer", f"is {words} words long, more than the {limit} that read well in a chat",
                               "shorten it, or split it into two intents and link them with follow_ups"))
        if intent.id in intent.follow_ups:
            found.append(_warn(intent, "follow_ups", "suggests the intent itself", "remove its own id from follow_ups"))
    return found


def _phrasings_under_two_intents(bot: Bot) -> list[Problem]:
    """A phrasing that, read as the engine reads it, belongs to two intents: the matcher cannot
    tell which to answer, and whichever wins, patients who ask it may get the wrong reply."""
    first: dict[str, tuple[Intent, str, int | None]] = {}
    found = []
    for intent in bot.knowledge.intents:
        lines = intent.origin.phrasing_lines if intent.origin else ()
        for index, phrasing in enumerate(intent.phrasings):
            line = lines[index] if index < len(lines) else None
            key = bot.normaliser.analyse(phrasing).text
            owner = first.setdefault(key, (intent, phrasing, line))
            other, other_phrasing, other_line = owner
            if other.id == intent.id:
                continue
            there = f"intent '{other.id}' at {_place(other, other_line)}"
            found.append(Problem(
                intent.origin.path, line, None, f"intent '{intent.id}', field 'phrasings'",
                (f"the phrasing \"{phrasing}\" is also under {there}" if other_phrasing == phrasing else
                 f"the phrasing \"{phrasing}\" reads the same as \"{other_phrasing}\" under {there}")
                + "; the assistant cannot tell which of the two to answer",
                f"keep it under the one intent it asks about, and delete it here or at {_place(other, other_line)}"))
    return found


def _place(intent: Intent, line: int | None) -> str:
    return f"{intent.origin.path}:{line}" if line is not None else intent.origin.path


def find_confusions(bot: Bot, folds: int = FOLDS) -> list[Confusion]:
    """Phrasings that a matcher built without them gives to another intent, grouped by pair."""
    knowledge = bot.knowledge
    groups: dict[tuple[str, str], Confusion] = {}
    for p in cross_validate(bot, folds):
        if p.predicted is None or p.predicted == p.intent:
            continue
        if {knowledge.get(p.intent).kind, knowledge.get(p.predicted).kind} in ({URGENT}, {DECLINE}):
            continue   # harmless: urgent tiers share symptoms (the rules decide), two refusals both refuse
        groups.setdefault((p.intent, p.predicted), Confusion(p.intent, p.predicted)).phrasings.append(p.phrasing)
    return sorted(groups.values(), key=lambda c: (-len(c.phrasings), c.intent, c.other))


def _review_dates(knowledge: KnowledgeBase, today: datetime.date, notes: list[str]) -> list[Problem]:
    found = []
    soon = today + datetime.timedelta(days=REVIEW_SOON_DAYS)
    for intent in knowledge.intents:
        due = intent.review_due
        if due is None:
            continue
        owner = f" (owner: {intent.owner})" if intent.owner else ""
        if due < today:
            found.append(_warn(intent, "review_due", f"the answer was due for review on {due.isoformat()}{owner}",
                               "have the answer reviewed, then set reviewed_by, reviewed_on and a new review_due"))
        elif due <= soon:
            notes.append(f"intent '{intent.id}' is due for review on {due.isoformat()}{owner}")
    return found


def _review_log_warnings(knowledge: KnowledgeBase, settings_path: str) -> list[Problem]:
    """A log of patients' messages inside the intents folder would travel with it (bot/review_log.py)."""
    from ..review_log import log_path_warning
    warning = log_path_warning(knowledge.settings, Path(knowledge.folder), settings_path)
    return [warning] if warning else []
