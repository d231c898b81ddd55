"""Settings that would quietly break behaviour are errors with file:line: NaN, infinities,
fractional counts, a booking link that is not a web page, phone numbers that cannot be dialled."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import bot
from bot.problems import LoadError

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def settings(tmp_path):
    copy = tmp_path / "intents"
    shutil.copytree(MINIMAL, copy)
    return copy / "settings.yaml"


def edit(settings: Path, old: str, new: str) -> None:
    text = settings.read_text()
    assert old in text
    settings.write_text(text.replace(old, new))


def problems(settings: Path) -> list[str]:
    with pytest.raises(LoadError) as caught:
        bot.load_folder(settings.parent)
    return [str(p) for p in caught.value.problems]


def line_of(settings: Path, text: str) -> int:
    return next(n for n, line in enumerate(settings.read_text().splitlines(), 1) if line.strip().startswith(text))


@pytest.mark.parametrize("old, new, expected", [
    ("threshold: 0.45", "threshold: .nan", "matching, field 'threshold': is .nan, which is not a number"),
    ("threshold: 0.45", "threshold: .inf", "matching, field 'threshold': is infinite (.inf), which is not allowed here"),
    ("rate_limit: 60", "rate_limit: .NaN", "web, field 'rate_limit': is .nan, which is not a number"),
    ("rate_limit: 60", "rate_limit: -.inf", "web, field 'rate_limit': is infinite (.inf)"),
    ("max_entries: 5000", "max_entries: 1.5", "review_log, field 'max_entries': must be a whole number, not 1.5"),
    ("booking_offer_every: 3", "booking_offer_every: 2.5", "matching, field 'booking_offer_every': must be a whole number, not 2.5"),
    ("max_message_chars: 1000", "max_message_chars: 1.0e+400", "field 'max_message_chars': is infinite"),
    ("max_entries: 5000", "max_entries: " + "9" * 100, "review_log, field 'max_entries': is a very large number, outside the range 1 to 10000000"),
    ("max_entries: 5000", "max_entries: " + "9" * 5000, "error: this value is a number too long to read"),
])
def test_numbers_that_would_break_behaviour_are_errors_with_file_and_line(settings, old, new, expected):
    edit(settings, old, new)
    found = problems(settings)
    where = f"settings.yaml:{line_of(settings, new.split(':')[0] + ':')}:"
    assert any(expected in p and where in p for p in found), found
    assert all("9999999999" not in p for p in found)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "data:text/html,<b>hi</b>", "clinic.org/book",
                                 "https:///book", "ftp://clinic.org/book", "https://clinic.org/book now"])
def test_the_booking_link_must_be_a_web_address(settings, url):
    edit(settings, 'booking_url: "https://clinic.example/book"', f'booking_url: "{url}"')
    found = problems(settings)
    assert any(f"settings.yaml:{line_of(settings, 'booking_url')}:" in p and "clinic, field 'booking_url': must be a web address starting with https://" in p
               for p in found), found


@pytest.mark.parametrize("field, value", [("phone", "call us!"), ("phone", "javascript:alert(1)"), ("phone", "555-CLINIC"),
                                          ("emergency_number", "9"), ("crisis_line", "988 or text HOME to 741741")])
def test_phone_numbers_must_be_dialable(settings, field, value):
    old = next(line.strip() for line in settings.read_text().splitlines() if line.strip().startswith(f"{field}:"))
    edit(settings, old, f'{field}: "{value}"')
    found = problems(settings)
    assert any(f"clinic, field '{field}': must be a phone number" in p and "it becomes a link that dials it" in p for p in found), found


@pytest.mark.parametrize("phone", ["+1 (303) 555-0100", "303.555.0100", "+44 20 7946 0958", "112"])
def test_ordinary_phone_numbers_and_https_links_load(settings, phone):
    edit(settings, 'phone: "+1 555 010 0100"', f'phone: "{phone}"')
    edit(settings, 'booking_url: "https://clinic.example/book"', 'booking_url: "http://clinic.org/book?from=chat"')
    knowledge = bot.load_folder(settings.parent)
    assert knowledge.settings.clinic.phone == phone


def test_whole_numbers_still_load(settings):
    edit(settings, "max_entries: 5000", "max_entries: 200")
    assert bot.load_folder(settings.parent).settings.review_log.max_entries == 200
