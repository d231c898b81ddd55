"""Clinic settings: names, links, messages, matching thresholds and synonyms.

They live in `settings.yaml` beside the intent files so staff can change them
without touching code. `parse_settings` turns the YAML into a frozen
`Settings` value, or problems.
"""
from __future__ import annotations

import dataclasses
import re
import string
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ._yaml import YamlMap
from .problems import Problem
from .schema import BOOL, MAP, NUMBER, TEXT, TEXT_LIST, WHOLE, Field, check_fields, did_you_mean

SETTINGS_FILE = "settings.yaml"


@dataclass(frozen=True)
class Clinic:
    name: str
    booking_url: str
    phone: str
    emergency_number: str
    crisis_line: str


@dataclass(frozen=True)
class Messages:
    disclaimer: str
    emergency: str
    crisis: str
    urgent_today: str
    fallback: str
    booking_offer: str
    clarify: str
    empty: str
    # Added to the fallback when a message names symptoms the assistant does not recognise.
    safety_net: str = ("If these symptoms are sudden, severe or new, don't wait: call {emergency_number} or go to the "
                       "nearest emergency department. If you are thinking of harming yourself, call or text {crisis_line}.")
    # Added to a reply when the learned red-flag model hears some despair, not enough for the crisis reply.
    crisis_note: str = ("If you are having thoughts of harming yourself, please call or text {crisis_line} now: "
                        "you deserve support from a person.")
    # Added to the crisis reply when the message also tells of an emergency (a red flag of that tier).
    emergency_note: str = ("What you describe may also need emergency care: call {emergency_number} or go to the nearest "
                           "emergency department now.")


@dataclass(frozen=True)
class Matching:
    threshold: float = 0.5
    ambiguity_margin: float = 0.04
    booking_offer_every: int = 3
    semantic_weight: float = 0.5        # share of a score from meaning (bot/semantic.py), the rest from words
    red_flag_model_threshold: float = 0.5   # the learned red-flag model escalates at this probability; 1 turns it off
    crisis_model_threshold: float = 0.35    # and gives the crisis reply at this probability of self-harm; 1 turns it off
    crisis_note_threshold: float = 0.15     # under that, from this probability on, a reply ends with the crisis line


@dataclass(frozen=True)
class ReviewLog:
    enabled: bool = False
    path: str = ""
    max_entries: int = 5000


@dataclass(frozen=True)
class Web:
    allowed_origins: tuple[str, ...] = ()   # origins whose pages may call the API from a browser
    rate_limit: int = 60                    # requests per minute per client; 0 turns it off
    log_messages: bool = False              # write message text to the server log (redacted)


@dataclass(frozen=True)
class Check:
    accepted_confusions: tuple[str, ...] = ()   # "intent_a ~ intent_b" pairs staff reviewed and accept
    max_answer_words: int = 120


@dataclass(frozen=True)
class Settings:
    clinic: Clinic
    messages: Messages
    matching: Matching = Matching()
    article_title: str = ""
    sections: tuple[str, ...] = ()
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    review_log: ReviewLog = ReviewLog()
    web: Web = Web()
    check: Check = Check()
    max_message_chars: int = 1000
    fallback_topics: tuple[str, ...] = ()   # intents suggested when the assistant cannot answer
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # top-level key -> line

    def fill(self, text: str) -> str:
        """`text` with the clinic's {placeholders} filled in."""
        return text.format_map(self.placeholders())

    def placeholders(self) -> dict[str, str]:
        """Values that answers and messages may use as {name}."""
        c = self.clinic
        return {"clinic_name": c.name, "booking_url": c.booking_url, "phone": c.phone,
                "emergency_number": c.emergency_number, "crisis_line": c.crisis_line}


_TOP = {
    "clinic": Field(MAP, required=True),
    "article": Field(MAP, required=True),
    "messages": Field(MAP, required=True),
    "matching": Field(MAP),
    "synonyms": Field(MAP),
    "review_log": Field(MAP),
    "web": Field(MAP),
    "check": Field(MAP),
    "max_message_chars": Field(WHOLE, minimum=10, maximum=100_000),
    "fallback_topics": Field(TEXT_LIST, required=True),
}
_CLINIC = {name: Field(TEXT, required=True) for name in ("name", "booking_url", "phone", "emergency_number", "crisis_line")}
_ARTICLE = {"title": Field(TEXT, required=True), "url": Field(TEXT), "sections": Field(TEXT_LIST, required=True)}
_MESSAGES = {name: Field(TEXT, required=f.default is dataclasses.MISSING) for name, f in Messages.__dataclass_fields__.items()}
_MATCHING = {
    "threshold": Field(NUMBER, minimum=0, maximum=1),
    "ambiguity_margin": Field(NUMBER, minimum=0, maximum=1),
    "booking_offer_every": Field(WHOLE, minimum=1, maximum=100),
    "semantic_weight": Field(NUMBER, minimum=0, maximum=1),
    "red_flag_model_threshold": Field(NUMBER, minimum=0.5, maximum=1),
    "crisis_model_threshold": Field(NUMBER, minimum=0.2, maximum=1),
    "crisis_note_threshold": Field(NUMBER, minimum=0.05, maximum=1),
}
_WEB = {"allowed_origins": Field(TEXT_LIST, allow_empty_list=True), "rate_limit": Field(WHOLE, minimum=0, maximum=1_000_000),
        "log_messages": Field(BOOL)}
_CHECK = {"accepted_confusions": Field(TEXT_LIST, allow_empty_list=True), "max_answer_words": Field(WHOLE, minimum=10, maximum=10_000)}
_REVIEW_LOG = {"enabled": Field(BOOL), "path": Field(TEXT), "max_entries": Field(WHOLE, minimum=1, maximum=10_000_000)}


_DIALABLE = re.compile(r"\+?[0-9][0-9 ().-]*")
_PHONE_FIELDS = ("phone", "emergency_number", "crisis_line")


def _clinic_problems(clinic: YamlMap, path: str) -> list[Problem]:
    """The booking link must open a web page and the numbers must dial: the widget makes them links."""
    problems = []
    url = clinic.get("booking_url")
    if isinstance(url, str) and url.strip():
        parts = urlsplit(url.strip()) if not any(c.isspace() or ord(c) < 32 for c in url.strip()) else None
        if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            problems.append(Problem(path, *clinic.value_positions["booking_url"], "clinic, field 'booking_url'",
                                    "must be a web address starting with https:// (or http://), with no spaces",
                                    "write the full address of the booking page, for example https://clinic.org/book"))
    for name in _PHONE_FIELDS:
        number = clinic.get(name)
        if isinstance(number, str) and number.strip():
            digits = sum(c.isdigit() for c in number)
            if not _DIALABLE.fullmatch(number.strip()) or not 2 <= digits <= 20:
                problems.append(Problem(path, *clinic.value_positions[name], f"clinic, field '{name}'",
                                        "must be a phone number: digits, spaces, brackets, dots and dashes, with an optional + in front",
                                        "write only the number, for example \"+1 303 555 0100\"; it becomes a link that dials it"))
    return problems


def _section(data: YamlMap, key: str) -> YamlMap:
    value = data.get(key)
    return value if isinstance(value, YamlMap) else YamlMap()


def parse_settings(data: Any, path: str) -> tuple[Settings | None, list[Problem]]:
    if not isinstance(data, YamlMap):
        return None, [Problem(path, 1, 1, "", "must be a block of settings (clinic:, article:, messages:, ...)",
                              "start from the settings.yaml shipped with the assistant")]
    problems = check_fields(data, _TOP, path, "")
    parts = {"clinic": _CLINIC, "article": _ARTICLE, "messages": _MESSAGES, "matching": _MATCHING, "review_log": _REVIEW_LOG,
             "web": _WEB, "check": _CHECK}
    for key, fields in parts.items():
        if isinstance(data.get(key), YamlMap):
            problems += check_fields(data[key], fields, path, key)
    if isinstance(data.get("clinic"), YamlMap):
        problems += _clinic_problems(data["clinic"], path)
    synonyms: dict[str, tuple[str, ...]] = {}
    raw_synonyms = _section(data, "synonyms")
    for word, variants in raw_synonyms.items():
        line, column = raw_synonyms.value_positions[word]
        if not isinstance(word, str) or not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            problems.append(Problem(path, line, column, f"synonyms, field '{word}'", "must be a list of words or phrases",
                                    f"write it as  {word}: [variant one, variant two]"))
            continue
        synonyms[word] = tuple(variants)
    if problems:
        return None, problems

    messages = _section(data, "messages")
    settings = Settings(
        clinic=Clinic(**{k: str(v) for k, v in _section(data, "clinic").items()}),
        messages=Messages(**{k: str(v) for k, v in messages.items()}),
        matching=Matching(**{k: v for k, v in _section(data, "matching").items()}),
        article_title=_section(data, "article")["title"],
        sections=tuple(_section(data, "article")["sections"]),
        synonyms=synonyms,
        review_log=ReviewLog(**{k: v for k, v in _section(data, "review_log").items()}),
        web=Web(**{k: tuple(v) if isinstance(v, list) else v for k, v in _section(data, "web").items()}),
        check=Check(**{k: tuple(v) if isinstance(v, list) else v for k, v in _section(data, "check").items()}),
        max_message_chars=int(data.get("max_message_chars", 1000)),
        fallback_topics=tuple(data["fallback_topics"]),
        lines={key: line for key, (line, _) in data.key_positions.items()},
    )
    placeholder_names = settings.placeholders()
    for name in messages:
        problems += check_placeholders(getattr(settings.messages, name), placeholder_names, path,
                                       messages.value_positions[name], f"messages, field '{name}'",
                                       extra={"topics", "first", "second"})
    return (None, problems) if problems else (settings, [])


def check_placeholders(text: str, names, path: str, position: tuple[int, int], field_name: str,
                       extra: set[str] = frozenset()) -> list[Problem]:
    """Problems for {placeholders} in `text` that are not known names."""
    known = set(names) | set(extra)
    problems = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return [Problem(path, *position, field_name, "has an unmatched { or }",
                        "write placeholders as {phone}; remove a lone { or }")]
    for _, name, _, _ in parsed:
        if name is not None and name not in known:
            suggestion = did_you_mean(name, known)
            problems.append(Problem(path, *position, field_name, f"uses the unknown placeholder {{{name}}}{'; ' + suggestion if suggestion else ''}",
                                    f"use one of: {', '.join('{' + n + '}' for n in sorted(known))}"))
    return problems
