"""Conversation tests: the shipped suite (one pytest case per test) and the runner's messages."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.staff.conversation_tests import default_test_files, load_tests, run_test

FIXTURES = Path(__file__).parent / "fixtures" / "staff" / "conversation_tests"
_shipped = bot.load()
SHIPPED_TESTS, SHIPPED_PROBLEMS = load_tests(default_test_files(_shipped.knowledge.folder), _shipped.knowledge.by_id)


def test_shipped_suite_is_valid_and_covers_every_intent():
    assert SHIPPED_PROBLEMS == []
    covered = {turn.expect for test in SHIPPED_TESTS for turn in test.turns}
    ids = {i.id for i in _shipped.knowledge.intents if i.kind != "urgent"}
    assert ids <= covered
    assert {"urgent", "fallback"} <= covered


@pytest.mark.parametrize("case", SHIPPED_TESTS, ids=lambda t: t.name)
def test_shipped_conversation(case):
    failure = run_test(_shipped, case)
    assert failure is None, str(failure)


def test_failures_name_the_turn_and_show_the_best_phrasings(minimal):
    tests, problems = load_tests([FIXTURES / "failing.yaml"], minimal.knowledge.by_id)
    assert problems == []
    first = str(run_test(minimal, tests[0]))
    assert "failing.yaml:6: FAILED 'expects the wrong intent on the second turn', turn 2: \"how long does botox last\"" in first
    assert "expected what_is_botox, got short_term_relief" in first
    assert 'short_term_relief' in first and 'via "how long does botox last"' in first
    assert "the reply does not contain 'penguins'" in str(run_test(minimal, tests[1]))


def test_broken_test_files_get_file_line_and_field(minimal):
    _, problems = load_tests([FIXTURES / "broken.yaml"], minimal.knowledge.by_id)
    text = "\n".join(map(str, problems))
    assert "broken.yaml:5:17: error: test 'typo in an id and a field', turn 1, field 'expect': 'what_is_botx' is not an intent id; did you mean 'what_is_botox'?" in text
    assert "turn 2, field 'sya': is not a known field; did you mean 'say'?" in text


def test_test_command(tmp_path):
    root = Path(__file__).resolve().parent.parent
    ok = subprocess.run([sys.executable, "-m", "bot", "test"], capture_output=True, text=True, cwd=root, timeout=120)
    assert ok.returncode == 0 and " passed, 0 failed" in ok.stdout
    failing = subprocess.run([sys.executable, "-m", "bot", "test", "--intents", str(Path(__file__).parent / "fixtures" / "minimal"),
                              str(FIXTURES / "failing.yaml")], capture_output=True, text=True, cwd=root, timeout=120)
    assert failing.returncode == 1 and "0 passed, 2 failed" in failing.stdout
