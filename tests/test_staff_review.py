"""Missed questions: logged (redacted) by the chat, listed by `review`, and added as phrasings without losing comments."""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import bot
from bot.review_log import ReviewLog, redact
from bot.staff.review import ReviewError, add_phrasing, group_misses

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def folder(tmp_path):
    """A copy of the minimal intents with the log on, kept outside the intents folder."""
    copy = tmp_path / "intents"
    shutil.copytree(MINIMAL, copy)
    settings = copy / "settings.yaml"
    settings.write_text(settings.read_text().replace("  enabled: false", "  enabled: true")
                        .replace("  # path: /var/lib/headache-bot/review-log.sqlite3", f"  path: {tmp_path / 'logs' / 'review-log.sqlite3'}"))
    return copy


def headache_bot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, timeout=60, input=stdin, capture_output=True, text=True)


def test_redaction():
    assert redact("call 555-123-4567 or +44 20 7946 0958, mail a.b@c.org, card 4111111111111111") == \
        "call [phone] or [phone], mail [email], card [phone]"
    assert redact("a 103 fever for 3 days") == "a 103 fever for 3 days"


def test_log_is_capped(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite3", max_entries=10)
    minimal = bot.load(MINIMAL)
    for i in range(30):
        log.record(f"unknown thing number {i}", minimal.reply("parking permits please"), 0.45)
    entries = log.entries()
    assert len(entries) == 10 and entries[-1]["message"] == "unknown thing number 29"
    assert [e["number"] for e in entries] == list(range(21, 31))      # numbers stay with their entries


def test_a_write_failure_never_breaks_a_chat(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("")
    log = ReviewLog(blocked / "log.sqlite3")                # a path under a file cannot be created
    assert log.record("parking?", bot.load(MINIMAL).reply("parking permits please"), 0.45) is False
    # staff see why in the server's log, without the message
    assert [r.levelname for r in caplog.records] == ["WARNING"] and "could not write to the review log" in caplog.text
    assert "parking" not in caplog.text


def test_a_lone_surrogate_is_logged_without_breaking(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite3")
    assert log.record("parking \ud800 please", bot.load(MINIMAL).reply("parking permits please"), 0.45)
    assert log.entries()[0]["message"] == "parking ? please"


def test_the_log_and_its_folders_are_private(tmp_path):
    before = stat.S_IMODE(tmp_path.stat().st_mode)
    old_umask = os.umask(0o022)
    try:
        log = ReviewLog(tmp_path / "new" / "logs" / "review-log.sqlite3")
        assert log.record("can i park there", bot.load(MINIMAL).reply("parking permits please"), 0.45)
    finally:
        os.umask(old_umask)
    for path in (log.path, *log.path.parent.glob("review-log.sqlite3-*")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (tmp_path / "new", tmp_path / "new" / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == before            # a folder that existed is left as it was


def _write_entries(path: str, writer: int, count: int) -> None:
    import bot as package
    from bot.review_log import ReviewLog as Log
    log, reply = Log(Path(path), max_entries=10_000), package.load(MINIMAL).reply("parking permits please")
    for i in range(count):
        assert log.record(f"writer {writer} message {i}", reply, 0.45)


def test_several_processes_write_the_log_at_once(tmp_path):
    path = tmp_path / "shared.sqlite3"
    with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_write_entries, [str(path)] * 4, range(4), [50] * 4))
    entries = ReviewLog(path).entries()
    assert len(entries) == 200 and len({e["number"] for e in entries}) == 200
    assert {e["message"] for e in entries} == {f"writer {w} message {i}" for w in range(4) for i in range(50)}
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_old_jsonl_log_is_imported_redacted_again_and_deleted(tmp_path):
    old = tmp_path / "review-log.jsonl"
    old.write_text("\n".join(json.dumps(e) for e in [
        {"time": "2026-11-01T10:00:00+0000", "message": "hi my name is Maria Lopez, is botox vegan", "kind": "fallback",
         "intent": None, "confidence": 0.3, "candidates": [{"intent": "what_is_botox", "score": 0.3}]},
        {"time": "2026-11-01T10:05:00+0000", "message": "I live at 42 Elm Street, parking?", "kind": "fallback",
         "intent": None, "confidence": 0.2, "candidates": []},
    ]) + "\nnot json\n")
    log = ReviewLog(tmp_path / "review-log.jsonl")          # an old setting naming the .jsonl file
    assert log.path == tmp_path / "review-log.sqlite3"
    entries = log.entries()
    assert [e["message"] for e in entries] == ["hi my name is [name], is botox vegan", "I live at [address], parking?"]
    assert entries[0]["candidates"] == [{"intent": "what_is_botox", "score": 0.3}]
    assert not old.exists()


def test_misses_are_grouped_by_nearest_intent_most_frequent_first():
    entries = [{"message": m, "candidates": [{"intent": i, "score": 0.3}]} for m, i in
               [("a", "x"), ("b", "y"), ("c", "y"), ("d", "x"), ("e", "y")]] + [{"message": "f", "candidates": []}]
    groups = group_misses(entries)
    assert [(g.nearest, [n for n, _ in g.entries]) for g in groups] == [("y", [2, 3, 5]), ("x", [1, 4]), (None, [6])]


def test_adding_a_phrasing_keeps_comments_and_layout(folder):
    knowledge = bot.load_folder(folder)
    before = (folder / "intents.yaml").read_text()
    add_phrasing(knowledge, "what_is_botox", "is botox vegan")
    after = (folder / "intents.yaml").read_text()
    assert "# A small set of intents for the engine's tests." in after
    assert "# also under muscle_atrophy: the tests' ambiguous question" in after
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["      - is botox vegan"]
    assert bot.load(folder).reply("is botox vegan").intent == "what_is_botox"
    with pytest.raises(ReviewError, match="already has"):
        add_phrasing(bot.load_folder(folder), "what_is_botox", "is botox vegan")
    with pytest.raises(ReviewError, match="did you mean 'what_is_botox'"):
        add_phrasing(knowledge, "what_is_botx", "hello")


def test_review_command_end_to_end(folder, tmp_path):
    chat = headache_bot("chat", "--intents", str(folder),
                        stdin="what is botox\nis there parking for my car, call me on 555 123 4567\n"
                              "Hi, this is Maria Lopez, born 04/02/1961. Do you validate parking at 1200 N Main St?\n"
                              "can i bring my dog along\n")
    assert chat.returncode == 0
    log_file = tmp_path / "logs" / "review-log.sqlite3"
    assert log_file.exists() and not list(folder.glob("review-log*"))
    listing = headache_bot("review", "--intents", str(folder))
    assert "3 open missed or unsure question(s)" in listing.stdout
    assert "[1] is there parking for my car, call me on [phone]" in listing.stdout and "4567" not in listing.stdout
    assert "[2] Hi, this is [name], born [date]. Do you validate parking at [address]?" in listing.stdout
    assert "Maria" not in listing.stdout and "1961" not in listing.stdout and "Main" not in listing.stdout

    done = headache_bot("review", "--intents", str(folder), "--done", "3")
    assert done.returncode == 0 and "Marked done: 3." in done.stdout
    listing = headache_bot("review", "--intents", str(folder))
    assert "2 open missed" in listing.stdout and "[3]" not in listing.stdout
    everything = headache_bot("review", "--intents", str(folder), "--all")
    assert "3 missed or unsure question(s)" in everything.stdout and "[3] can i bring my dog along  (fallback" in everything.stdout
    assert everything.stdout.count("  done") == 1

    missing = headache_bot("review", "--intents", str(folder), "--done", "99")
    assert missing.returncode == 2 and "No entry 99 in" in missing.stderr

    added = headache_bot("review", "--intents", str(folder), "--add", "1", "--to", "book_appointment")
    assert added.returncode == 0 and "Added" in added.stdout and "marked entry 1 done" in added.stdout
    assert "is there parking for my car, call me on [phone]" in (folder / "intents.yaml").read_text()
    listing = headache_bot("review", "--intents", str(folder))
    assert "1 open missed" in listing.stdout and "[2] Hi, this is [name]" in listing.stdout

    no_target = headache_bot("review", "--intents", str(folder), "--add", "2")
    assert no_target.returncode == 2 and "usage:" in no_target.stderr and "--add needs --to INTENT_ID" in no_target.stderr


def test_check_warns_when_the_log_is_inside_the_intents_folder(folder):
    settings = folder / "settings.yaml"
    text = settings.read_text()
    settings.write_text(text[:text.index("  path: ")] + "  path: review-log.sqlite3\n" + text[text.index("  max_entries"):])
    result = headache_bot("check", str(folder))
    assert "settings.yaml:" in result.stdout and "warning: review_log, field 'path': puts the log of patients' messages inside the intents folder" in result.stdout
    assert "delete the path: line to keep the log in the user's data folder" in result.stdout
