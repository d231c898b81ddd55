"""Field-by-field validation of the mappings read from staff YAML.

Each check returns `Problem` values instead of raising, so a file with five
mistakes gets five messages in one go.
"""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ._yaml import YamlList, YamlMap
from .problems import Problem

# Kinds of field value.
TEXT, NUMBER, BOOL, TEXT_LIST, MAP, DATE = "text", "number", "yes/no", "list of texts", "block of keys", "date"
WHOLE = "whole number"   # counts and limits: 3, 5000
BLOCK_LIST = "list of blocks"


@dataclass(frozen=True)
class Field:
    kind: str
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    allow_empty_list: bool = False


def closest(word: str, choices) -> str | None:
    """The choice `word` is most likely a slip for: one or two typing edits away, or else fuzzily close."""
    word, choices = str(word), list(choices)
    near = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=max(1, len(word) // 4))
    if near:
        return near[0]
    match = process.extractOne(word, choices, score_cutoff=70)
    return match[0] if match else None


def did_you_mean(word: str, choices) -> str:
    """'did you mean X?' for the closest choice, or '' when none is close."""
    match = closest(word, choices)
    return f"did you mean '{match}'?" if match else ""


def _type_problem(value: Any, kind: str) -> tuple[str, str] | None:
    """(what is wrong, how to fix) for a value of the wrong kind, or None."""
    quote = "put the value in double quotes"
    if kind == TEXT:
        if isinstance(value, str):
            return None if value.strip() else ("is empty", "write the text after the colon")
        if value is None:
            return "is empty", "write the text after the colon"
        if isinstance(value, bool):
            return f"was read as the yes/no value {str(value).lower()}, not as text", quote
        if isinstance(value, (int, float)):
            return "was read as a number, not as text (leading zeros and + signs would be lost)", quote
        if isinstance(value, (datetime.date, datetime.datetime)):
            return "was read as a date, not as text", quote
        if isinstance(value, dict) and len(value) == 1 and not isinstance(next(iter(value.values())), (dict, list)):
            key, rest = next(iter(value.items()))     # "- botox: how long" is read as the pair botox -> how long
            text = f"{key}:" + ("" if rest is None else f" {rest}")
            return "was read as 'key: value' because of the colon in it, not as text", f'put the whole text in double quotes: "{text}"'
        return f"must be one piece of text, not a {_describe(value)}", "write the text on the same line after the colon"
    if kind in (NUMBER, WHOLE):
        example = "a whole number such as 5000" if kind == WHOLE else "a number such as 0.5"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"must be a number, not {_describe(value)}", f"write {example}"
        if isinstance(value, float) and math.isnan(value):
            return "is .nan, which is not a number", f"write {example}"
        if isinstance(value, float) and math.isinf(value):
            return "is infinite (.inf), which is not allowed here", f"write {example}"
        if kind == WHOLE and isinstance(value, float):
            return f"must be a whole number, not {value}", f"write {example}, without a decimal point"
        return None
    if kind == BOOL:
        return None if isinstance(value, bool) else (f"must be true or false, not {_describe(value)}", "write true or false")
    if kind == DATE:
        if isinstance(value, datetime.date):
            return None
        return f"must be a date, not {_describe(value)}", "write the date as YYYY-MM-DD, e.g. 2027-03-31"
    if kind == MAP:
        return None if isinstance(value, dict) else (f"must be a block of 'key: value' lines, not {_describe(value)}", "indent the keys under this one")
    if kind in (TEXT_LIST, BLOCK_LIST):
        return None if isinstance(value, list) else (f"must be a list, not {_describe(value)}", "write each item on its own line starting with '- '")
    raise ValueError(f"unknown field kind {kind!r}")


def _describe(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, float)):
        return f"the number {value}" if not isinstance(value, int) or abs(value) < 10 ** 15 else "a very long number"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    if isinstance(value, dict):
        return "a block of keys"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def misspelt_fields(data: YamlMap, fields) -> set[str]:
    """Known field names that an unknown key of `data` looks like a misspelling of."""
    return {closest(key, fields) for key in data if key not in fields} - {None}


def check_fields(data: YamlMap, fields: dict[str, Field], path: str, label: str) -> list[Problem]:
    """Check keys and value kinds of one mapping. `label` names it in messages ("intent 'x'").

    A missing field that an unknown key looks like ("anwser") is not reported
    twice: the did-you-mean on the unknown key says it all."""
    problems: list[Problem] = []
    prefix = f"{label}, " if label else ""
    misspelt = misspelt_fields(data, fields)
    for key in data:
        if key not in fields:
            line, column = data.key_positions[key]
            suggestion = did_you_mean(key, fields)
            problems.append(Problem(path, line, column, f"{prefix}field '{key}'", f"is not a known field{'; ' + suggestion if suggestion else ''}",
                                    f"use one of: {', '.join(fields)}"))
    for name, spec in fields.items():
        if name not in data:
            if spec.required and name not in misspelt:
                line, column = data.position
                problems.append(Problem(path, line, column, f"{prefix}field '{name}'", "is missing", f"add a line '{name}: ...' to this block"))
            continue
        value = data[name]
        line, column = data.value_positions[name]
        wrong = _type_problem(value, spec.kind)
        if wrong:
            problems.append(Problem(path, line, column, f"{prefix}field '{name}'", *wrong))
            continue
        if spec.kind in (NUMBER, WHOLE) and ((spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum)):
            shown = value if abs(value) < 10 ** 15 else ("a very large number" if value > 0 else "a very large negative number")
            problems.append(Problem(path, line, column, f"{prefix}field '{name}'", f"is {shown}, outside the range {spec.minimum} to {spec.maximum}",
                                    f"write a number between {spec.minimum} and {spec.maximum}"))
        if spec.kind in (TEXT_LIST, BLOCK_LIST) and not value and not spec.allow_empty_list:
            problems.append(Problem(path, line, column, f"{prefix}field '{name}'", "is an empty list", "add at least one item, each on its own line starting with '- '"))
        if spec.kind == TEXT_LIST:
            positions = value.item_positions if isinstance(value, YamlList) else [(line, column)] * len(value)
            for i, item in enumerate(value):
                wrong = _type_problem(item, TEXT)
                if wrong:
                    problems.append(Problem(path, *positions[i], f"{prefix}field '{name}', item {i + 1}", *wrong))
    return problems
