"""Conversation tests that staff write in YAML, and running them against a `Bot`.

    tests:
      - name: booking after an answer
        turns:
          - say: how long does botox last
            expect: short_term_relief          # an intent id, or: fallback, urgent, clarify
          - say: yes please
            expect: book_appointment
            contains: [book]                   # optional: text the reply must contain

Files are read with the same strict YAML reader as the intents, so mistakes
get file, line and field.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .._yaml import YamlList, YamlMap, read_yaml
from ..conversation import Conversation
from ..engine import Bot
from ..problems import Problem
from ..reply import Reply
from ..schema import BLOCK_LIST, TEXT, TEXT_LIST, Field, check_fields, did_you_mean

SPECIAL_EXPECTATIONS = ("fallback", "urgent", "clarify")
TESTS_FOLDER = "tests"
_TEST_FIELDS = {"name": Field(TEXT, required=True), "turns": Field(BLOCK_LIST, required=True)}
_TURN_FIELDS = {"say": Field(TEXT, required=True), "expect": Field(TEXT, required=True), "contains": Field(TEXT_LIST)}


@dataclass(frozen=True)
class Turn:
    say: str
    expect: str
    contains: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class ConversationTest:
    name: str
    turns: tuple[Turn, ...]
    path: str
    line: int


@dataclass(frozen=True)
class Failure:
    test: ConversationTest
    turn_number: int          # 1-based
    turn: Turn
    reply: Reply
    why: str

    def __str__(self) -> str:
        got = self.reply.intent if self.reply.kind not in ("fallback", "urgent", "clarify") else self.reply.kind
        lines = [f"{self.test.path}:{self.turn.line}: FAILED '{self.test.name}', turn {self.turn_number}: \"{self.turn.say}\"",
                 f"    expected {self.turn.expect}, got {got} (confidence {self.reply.confidence:.2f}): {self.why}"]
        for candidate in self.reply.explanation.get("candidates", [])[:3]:
            lines.append(f"    {candidate['intent']:<26} {candidate['score']:.3f} via \"{candidate['phrasing']}\"")
        return "\n".join(lines)


def default_test_files(intents_folder: Path) -> list[Path]:
    folder = intents_folder / TESTS_FOLDER
    return sorted(p for p in folder.glob("*.y*ml")) if folder.is_dir() else []


def load_tests(paths: list[Path], known_intents) -> tuple[list[ConversationTest], list[Problem]]:
    tests: list[ConversationTest] = []
    problems: list[Problem] = []
    for path in paths:
        found, file_problems = _load_file(path, set(known_intents))
        tests += found
        problems += file_problems
    return tests, problems


def _load_file(path: Path, known: set[str]) -> tuple[list[ConversationTest], list[Problem]]:
    name = str(path)
    data, problems = read_yaml(path, name)
    if problems:
        return [], problems
    if not isinstance(data, YamlMap) or not isinstance(data.get("tests"), YamlList):
        return [], [Problem(name, 1, 1, "tests", "the file must start with 'tests:' followed by a list of tests",
                            "see intents/tests/ for examples")]
    tests = []
    for index, raw in enumerate(data["tests"]):
        position = data["tests"].item_positions[index]
        if not isinstance(raw, YamlMap):
            problems.append(Problem(name, *position, f"test {index + 1}", "must be a block with name: and turns:", "start each test with '- name: ...'"))
            continue
        label = f"test '{raw.get('name', index + 1)}'"
        test_problems = check_fields(raw, _TEST_FIELDS, name, label)
        turns = []
        for number, turn in enumerate(raw.get("turns") or [], 1):
            if not isinstance(turn, YamlMap):
                test_problems.append(Problem(name, *raw["turns"].item_positions[number - 1], f"{label}, turn {number}",
                                             "must be a block with say: and expect:", "write '- say: ...' and under it 'expect: ...'"))
                continue
            turn_problems = check_fields(turn, _TURN_FIELDS, name, f"{label}, turn {number}")
            expect = turn.get("expect")
            if isinstance(expect, str) and expect not in known and expect not in SPECIAL_EXPECTATIONS:
                suggestion = did_you_mean(expect, sorted(known) + list(SPECIAL_EXPECTATIONS))
                turn_problems.append(Problem(name, *turn.value_positions["expect"], f"{label}, turn {number}, field 'expect'",
                                             f"'{expect}' is not an intent id{'; ' + suggestion if suggestion else ''}",
                                             f"use an intent id or one of: {', '.join(SPECIAL_EXPECTATIONS)}"))
            test_problems += turn_problems
            if not turn_problems:
                turns.append(Turn(turn["say"], expect, tuple(turn.get("contains", ())), turn.position[0]))
        problems += test_problems
        if not test_problems:
            tests.append(ConversationTest(raw["name"], tuple(turns), name, position[0]))
    return tests, problems


def _why_not(turn: Turn, reply: Reply) -> str | None:
    if turn.expect in SPECIAL_EXPECTATIONS:
        if reply.kind != turn.expect:
            return f"the reply was a{'n' if reply.kind[0] in 'aeiou' else ''} {reply.kind}"
    elif reply.intent != turn.expect or reply.kind == "clarify":
        return "another intent answered" if reply.kind != "clarify" else "the assistant asked which one was meant"
    text = reply.as_text().lower()
    missing = [c for c in turn.contains if c.lower() not in text]
    return f"the reply does not contain {', '.join(repr(m) for m in missing)}" if missing else None


def run_test(bot: Bot, test: ConversationTest) -> Failure | None:
    """Play one test's turns in one conversation; the first failing turn, or None."""
    conversation = Conversation()
    for number, turn in enumerate(test.turns, 1):
        reply = bot.reply(turn.say, conversation)
        conversation = reply.conversation
        why = _why_not(turn, reply)
        if why:
            return Failure(test, number, turn, reply, why)
    return None
