"""`headache-bot check`: errors and the warnings that protect patients, on real files."""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path

import yaml

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


ACCEPTED_IN_SETTINGS = {tuple(sorted(entry.split(" ~ "))) for entry in
                        yaml.safe_load((Path(__file__).resolve().parent.parent / "intents" / "settings.yaml").read_text())
                        ["check"]["accepted_confusions"]}


def test_shipped_intents_have_no_errors_and_no_unexplained_confusions():
    report = check_folder(None, TODAY)
    assert report.ok
    confusions = [w for w in messages(report) if "better than their own intent" in w]
    assert confusions == []
    accepted = {(c.intent, c.other) for c in report.accepted}
    assert len(accepted) >= 3 and all(tuple(sorted(pair)) in ACCEPTED_IN_SETTINGS for pair in accepted)
    assert not any("accepted" in n for n in report.notes)


def run(*args):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)


def test_check_command_exit_codes():
    broken = run("check", str(FIXTURES / "loader" / "tabs"))
    assert broken.returncode == 1 and "replace the tab with spaces" in broken.stdout and "Traceback" not in broken.stderr
    assert "1 error(s): the assistant cannot use these files until they are fixed." in broken.stdout
    warned = run("check", str(FIXTURES / "staff" / "warnings"))
    assert warned.returncode == 0 and "warning:" in warned.stdout
    strict = run("check", "--strict", str(FIXTURES / "staff" / "warnings"))
    assert strict.returncode == 1 and "failing because of --strict" in strict.stdout


def test_a_phrasing_under_two_intents_is_an_error_naming_both_places():
    report = check_folder(FIXTURES / "staff" / "duplicate_phrasing", TODAY)
    assert not report.ok
    found = [str(p) for p in report.errors]
    assert len(found) == 1, found
    assert ("duplicate_phrasing/declines.yaml:9: error: intent 'decline_prescription', field 'phrasings': "
            "the phrasing \"What is Botox?\" reads the same as \"what is botox\" under intent 'what_is_botox' at ") in found[0]
    assert "duplicate_phrasing/botox.yaml:7; the assistant cannot tell which of the two to answer" in found[0]
    assert "delete it here or at " in found[0]


def test_the_same_words_in_one_file_are_an_error_too(tmp_path):
    folder = tmp_path / "intents"
    folder.mkdir()
    (folder / "settings.yaml").write_text((FIXTURES / "staff" / "warnings" / "settings.yaml").read_text())
    botox = (FIXTURES / "staff" / "duplicate_phrasing" / "botox.yaml").read_text()
    (folder / "botox.yaml").write_text(botox.replace("      - how many months of relief\n", "      - how many months of relief\n      - is botox a toxin\n"))
    found = [str(p) for p in check_folder(folder, TODAY).errors]
    assert len(found) == 1 and "botox.yaml:19: error: intent 'short_term_relief', field 'phrasings': " \
        "the phrasing \"is botox a toxin\" is also under intent 'what_is_botox' at " in found[0] and "botox.yaml:9;" in found[0]


def test_accepted_confusions_are_listed_only_with_verbose():
    quiet = run("check")
    assert quiet.returncode == 0, quiet.stdout
    assert re.search(r"^note: \d+ confusion\(s\) accepted in settings.yaml \(check: accepted_confusions\); --verbose lists them\.$",
                     quiet.stdout, re.M)
    assert " -> " not in quiet.stdout
    verbose = run("check", "--verbose")
    assert re.search(r"^ +\w+ -> \w+ \(\d+\)$", verbose.stdout, re.M)   # one direction a line: "intent -> other (n)"
    assert len(verbose.stdout.splitlines()) > len(quiet.stdout.splitlines()) + 2


def test_check_command_fails_on_a_phrasing_under_two_intents():
    result = run("check", str(FIXTURES / "staff" / "duplicate_phrasing"))
    assert result.returncode == 1
    assert "declines.yaml:9: error:" in result.stdout
    assert "1 error(s): the assistant would load these files, but patients would get wrong answers" in result.stdout
