"""`headache-bot check`: errors and the warnings that protect patients, on real files."""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path

from bot.staff.check import check_folder

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = datetime.date(2026, 11, 24)


def messages(report):
    return [str(p) for p in report.warnings]


def test_warnings_on_a_folder_with_known_flaws():
    report = check_folder(FIXTURES / "staff" / "warnings", TODAY)
    assert report.ok
    found = "\n".join(messages(report))
    assert "field 'booking_url': 'https://clinic.example/book' looks like a placeholder" in found
    assert "field 'phone': '+1 555 010 0100' looks like a placeholder number" in found
    assert "intent 'what_is_botox', field 'phrasings': has only 3 phrasings" in found
    assert "field 'answer'" not in found                  # under the 120 words of settings.yaml
    assert "the phrasing \"what is botox made of\" is also under 'what_is_botox'" in found
    assert "intent 'what_is_botox', field 'follow_ups': suggests the intent itself" in found
    assert "the answer was due for review on 2026-01-31 (owner: Dr Example)" in found
    assert any("'short_term_relief' is due for review on 2026-12-10" in n for n in report.notes)


def test_long_answers_are_flagged(tmp_path):
    folder = tmp_path / "intents"
    folder.mkdir()
    settings = (FIXTURES / "staff" / "warnings" / "settings.yaml").read_text().replace("max_answer_words: 120", "max_answer_words: 50")
    (folder / "settings.yaml").write_text(settings)
    (folder / "intents.yaml").write_text((FIXTURES / "staff" / "warnings" / "intents.yaml").read_text())
    found = "\n".join(messages(check_folder(folder, TODAY)))
    assert re.search(r"intent 'short_term_relief', field 'answer': is \d+ words long, more than the 50 that read well in a chat", found)


def test_errors_come_from_the_loader():
    report = check_folder(FIXTURES / "loader" / "unknown_key", TODAY)
    assert not report.ok
    assert "field 'anwser': is not a known field; did you mean 'answer'?" in str(report.errors[0])


def test_shipped_intents_have_no_errors_and_no_unexplained_confusions():
    report = check_folder(None, TODAY)
    assert report.ok
    confusions = [w for w in messages(report) if "better than their own intent" in w]
    assert confusions == []
    accepted = next(n for n in report.notes if "accepted in settings.yaml" in n)
    assert re.search(r"^ +decline_prescription -> what_is_botox \(\d+\)$", accepted, re.M)   # one direction a line


def run(*args):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)


def test_check_command_exit_codes():
    broken = run("check", str(FIXTURES / "loader" / "tabs"))
    assert broken.returncode == 1 and "replace the tab with spaces" in broken.stdout and "Traceback" not in broken.stderr
    warned = run("check", str(FIXTURES / "staff" / "warnings"))
    assert warned.returncode == 0 and "warning:" in warned.stdout
    strict = run("check", "--strict", str(FIXTURES / "staff" / "warnings"))
    assert strict.returncode == 1 and "failing because of --strict" in strict.stdout
