"""The YAML mistakes staff make most, on real files: the line where the mistake is, and the fix."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.problems import LoadError

ROOT = Path(__file__).resolve().parent.parent
BROKEN = Path(__file__).parent / "fixtures" / "loader"


def only_problem(case: str) -> str:
    with pytest.raises(LoadError) as caught:
        bot.load_folder(BROKEN / case)
    assert len(caught.value.problems) == 1, caught.value.problems
    return str(caught.value.problems[0])


def test_a_colon_inside_a_phrasing_asks_for_quotes():
    message = only_problem("colon_in_phrasing")
    assert "colon_in_phrasing/intents.yaml:7:9: error: intent 'what_is_botox', field 'phrasings', item 2: " \
           "was read as 'key: value' because of the colon in it, not as text" in message
    assert 'how to fix: put the whole text in double quotes: "botox: what is it exactly"' in message
    assert "block of keys" not in message


def test_an_unclosed_quote_is_reported_where_it_opens_not_at_the_end_of_the_file():
    message = only_problem("unclosed_quote")                       # the quote never closes
    assert "unclosed_quote/intents.yaml:3:12: error: the file is not valid YAML: the double quote (\") opened here is not closed" in message
    assert "add the closing \" at the end of the text on line 3" in message


def test_an_unclosed_quote_that_a_later_quote_closes_is_reported_where_it_opens():
    message = only_problem("unclosed_quote_closed_later")          # YAML reads on to the quote on line 7
    assert "unclosed_quote_closed_later/intents.yaml:4:14: error:" in message
    assert "not closed on this line; YAML reads on to the next \" on line 7" in message
    assert "add the closing \" at the end of the text on line 4" in message


def test_a_missing_dash_is_reported_at_its_own_line():
    message = only_problem("missing_dash")
    assert "missing_dash/intents.yaml:7:7: error: the file is not valid YAML: this line is neither an item of the list above" in message
    assert "how to fix: start the line with '- ' at column 7, like the item above it" in message


def test_an_apostrophe_inside_single_quotes():
    message = only_problem("apostrophe_in_quotes")
    assert "apostrophe_in_quotes/intents.yaml:7:9: error: the file is not valid YAML: the text in single quotes ends early" in message
    assert "write the apostrophe twice inside single quotes (what''s), or put the whole text in double quotes" in message


def test_a_key_without_its_colon_is_reported_at_its_line(tmp_path):
    (tmp_path / "settings.yaml").write_text((BROKEN / "missing_dash" / "settings.yaml").read_text())
    (tmp_path / "intents.yaml").write_text("intents:\n  - id: what_is_botox\n    title What is Botox?\n    answer: x\n")
    with pytest.raises(LoadError) as caught:
        bot.load_folder(tmp_path)
    assert [p.line for p in caught.value.problems] == [3]
    assert "this line has no 'key:' and is not a list item" in str(caught.value.problems[0])


def test_check_prints_the_hints_with_file_and_line():
    result = subprocess.run([sys.executable, "-m", "bot", "check", str(BROKEN / "missing_dash")], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "missing_dash/intents.yaml:7:7: error:" in result.stdout and "how to fix: start the line with '- '" in result.stdout
