"""Argument errors of every command: standard error, the command's usage, exit status 2, nothing on standard output."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = str(Path(__file__).parent / "fixtures" / "minimal")


@pytest.mark.parametrize("args,usage,message", [
    (["eval", "--folds", "1"], "headache-bot eval", "argument --folds: must be a whole number of 2 or more, not '1'"),
    (["eval", "--folds", "two"], "headache-bot eval", "argument --folds: must be a whole number of 2 or more, not 'two'"),
    (["eval", "nowhere"], "headache-bot eval", "argument DIR: 'nowhere' is not a folder"),
    (["eval", "--html", "no/such/folder/report.html"], "headache-bot eval", "argument --html: there is no folder 'no/such/folder'"),
    (["check", "nowhere"], "headache-bot check", "argument DIR: 'nowhere' is not a folder"),
    (["check", "README.md"], "headache-bot check", "argument DIR: 'README.md' is not a folder (it is a file)"),
    (["test", "nowhere.yaml"], "headache-bot test", "argument FILE: there is no file 'nowhere.yaml'"),
    (["review", "--add", "1"], "headache-bot review", "--add needs --to INTENT_ID"),
    (["review", "--add", "0", "--to", "what_is_botox"], "headache-bot review", "argument --add: must be a whole number of 1 or more, not '0'"),
    (["review", "--to", "what_is_botox"], "headache-bot review", "--to needs --add N"),
    (["serve", "--rate-limit", "-1"], "headache-bot serve", "argument --rate-limit: must be a whole number of 0 or more, not '-1'"),
    (["serve", "--port", "70000"], "headache-bot serve", "argument --port: must be a whole number from 0 to 65535, not '70000'"),
    (["ask", "--intents", "nowhere", "hi"], "headache-bot ask", "argument --intents: 'nowhere' is not a folder"),
    (["--intents", "nowhere"], "headache-bot [-h]", "argument --intents: 'nowhere' is not a folder"),
    (["bogus"], "headache-bot [-h]", "invalid choice: 'bogus'"),
])
def test_argument_errors_go_to_standard_error_with_usage_and_exit_2(args, usage, message, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    with pytest.raises(SystemExit) as leaving:
        main([*args, "--intents", MINIMAL] if args[0] == "review" else args)
    out, err = capsys.readouterr()
    assert leaving.value.code == 2
    assert out == ""
    assert err.startswith(f"usage: {usage}"), err
    assert message in err


def test_a_real_process_reports_a_bad_fold_count_before_any_work():
    result = subprocess.run([sys.executable, "-m", "bot", "eval", "--folds", "1"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines()[0].startswith("usage: headache-bot eval")
    assert result.stderr.splitlines()[-1] == "headache-bot eval: error: argument --folds: must be a whole number of 2 or more, not '1'"


def test_review_without_to_in_a_real_process(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "review", "--intents", MINIMAL, "--log", str(tmp_path / "log.jsonl"), "--add", "1"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert "usage: headache-bot review" in result.stderr and "error: --add needs --to INTENT_ID" in result.stderr
