"""Missed questions: logged (redacted) by the chat, listed by `review`, and added as phrasings without losing comments."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.review_log import ReviewLog, redact
from bot.staff.review import ReviewError, add_phrasing, group_misses

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "intents"
    shutil.copytree(MINIMAL, copy)
    settings = copy / "settings.yaml"
    settings.write_text(settings.read_text().replace("  enabled: false", "  enabled: true")
                        .replace("  # path: review-log.jsonl", "  path: review-log.jsonl"))
    return copy


def test_redaction():
    assert redact("call 555-123-4567 or +44 20 7946 0958, mail a.b@c.org, card 4111111111111111") == \
        "call [phone] or [phone], mail [email], card [phone]"
    assert redact("a 103 fever for 3 days") == "a 103 fever for 3 days"


def test_log_is_capped(tmp_path):
    log = ReviewLog(tmp_path / "log.jsonl", max_entries=10)
    minimal = bot.load(MINIMAL)
    for i in range(30):
        log.record(f"unknown thing number {i}", minimal.reply("parking permits please"), 0.45)
    entries = log.entries()
    assert len(entries) <= 11 and entries[-1]["message"] == "unknown thing number 29"


def test_a_write_failure_never_breaks_a_chat(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    log = ReviewLog(blocked / "log.jsonl")                # a path under a file cannot be created
    assert log.record("parking?", bot.load(MINIMAL).reply("parking permits please"), 0.45) is False


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


def test_review_command_end_to_end(folder):
    chat = subprocess.run([sys.executable, "-m", "bot", "chat", "--intents", str(folder)], cwd=ROOT, timeout=60,
                          input="what is botox\nis there parking for my car, call me on 555 123 4567\n", capture_output=True, text=True)
    assert chat.returncode == 0
    listing = subprocess.run([sys.executable, "-m", "bot", "review", "--intents", str(folder)], cwd=ROOT, timeout=60,
                             capture_output=True, text=True)
    assert "1 missed or unsure question(s)" in listing.stdout
    assert "[1] is there parking for my car, call me on [phone]" in listing.stdout and "4567" not in listing.stdout
    added = subprocess.run([sys.executable, "-m", "bot", "review", "--intents", str(folder), "--add", "1", "--to", "book_appointment"],
                           cwd=ROOT, timeout=60, capture_output=True, text=True)
    assert added.returncode == 0 and "Added" in added.stdout
    assert "is there parking for my car, call me on [phone]" in (folder / "intents.yaml").read_text()
