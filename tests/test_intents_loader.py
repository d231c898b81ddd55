"""Loader errors on real broken files: one message per problem, naming file, line, field and the fix."""
from __future__ import annotations

from pathlib import Path

import pytest

import bot
from bot.problems import LoadError

BROKEN = Path(__file__).parent / "fixtures" / "loader"


def problems(case: str) -> list[str]:
    with pytest.raises(LoadError) as caught:
        bot.load_folder(BROKEN / case)
    return [str(p) for p in caught.value.problems]


def only(case: str) -> str:
    found = problems(case)
    assert len(found) == 1, found
    return found[0]


def test_unknown_field_says_did_you_mean_and_nothing_else():
    message = only("unknown_key")
    assert "unknown_key/intents.yaml:6:5: error: intent 'what_is_botox', field 'anwser': is not a known field; did you mean 'answer'?" in message
    assert "how to fix: use one of: id, kind, title" in message


def test_missing_answer():
    assert "intents.yaml:2:5: error: intent 'what_is_botox', field 'answer': is missing" in only("missing_answer")


def test_empty_phrasings():
    assert "intents.yaml:5:16: error: intent 'what_is_botox', field 'phrasings': is an empty list" in only("empty_phrasings")


def test_duplicate_intent_id_names_both_files():
    message = only("duplicate_id")
    assert "b.yaml:3: error: intent 'what_is_botox', field 'id'" in message
    assert "first in" in message and "a.yaml line 2" in message


def test_duplicate_yaml_key_is_refused():
    message = only("duplicate_key")
    assert "intents.yaml:7:5: error: phrasings: the key 'phrasings' appears twice in the same block (first on line 5)" in message


def test_wrong_types_are_explained():
    found = problems("wrong_type")
    assert any("intents.yaml:3:12: error: intent 'what_is_botox', field 'title': was read as the yes/no value false" in p for p in found)
    assert any("field 'phrasings', item 2: was read as a number" in p and "double quotes" in p for p in found)


@pytest.mark.parametrize("case,where,hint", [
    ("tabs", "intents.yaml:3:1:", "replace the tab with spaces"),
    ("unclosed_quote", "intents.yaml:3:12:", "add the closing \" at the end of the text on line 3"),
    ("alias", "intents.yaml:8:5:", "write the value out in full"),
    ("latin1", "intents.yaml:3:", "save the file with the UTF-8 encoding"),
])
def test_unreadable_files(case, where, hint):
    message = only(case)
    assert where in message and hint in message


def test_settings_errors():
    found = problems("bad_settings")
    assert any("settings.yaml:9:16: error: clinic, field 'booking_url': was read as the yes/no value false" in p for p in found)
    assert any("settings.yaml:58:3: error: matching, field 'threshhold': is not a known field; did you mean 'threshold'?" in p for p in found)


def test_section_and_placeholder_typos_get_suggestions():
    found = problems("unknown_section")
    assert any("'What is botox' is not a section of the article; did you mean 'What Is Botox?'?" in p for p in found)
    assert any("unknown placeholder {phone_number}; did you mean 'phone'?" in p for p in found)
    assert not any("not an intent id" in p for p in found)   # no knock-on errors from the broken intent


def test_follow_up_typo_gets_a_suggestion():
    assert "names 'what_is_botx', which is not an intent id; did you mean 'what_is_botox'?" in only("bad_follow_up")


def test_a_huge_file_is_refused_without_reading_it(tmp_path):
    for name in ("settings.yaml", "intents.yaml"):
        (tmp_path / name).write_text((Path(__file__).parent / "fixtures" / "minimal" / name).read_text())
    with (tmp_path / "huge.yaml").open("wb") as f:
        f.truncate(50 * 1024 * 1024)                      # a 50 MB file (sparse: nothing is written)
    with pytest.raises(LoadError) as caught:
        bot.load_folder(tmp_path)
    assert "huge.yaml: error: the file is" in str(caught.value) and "larger than the 1,000,000 bytes allowed" in str(caught.value)


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path):
    from bot._yaml import read_yaml
    rows = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level, name in enumerate("bcdefgh"):
        previous = "abcdefgh"[level]
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(rows) + "\n")
    data, found = read_yaml(bomb)
    assert data is None and "an alias (*name) is not allowed" in found[0].message and found[0].line == 2


def test_a_utf16_file_is_named_with_a_fix(tmp_path):
    for name in ("settings.yaml", "intents.yaml"):
        (tmp_path / name).write_text((Path(__file__).parent / "fixtures" / "minimal" / name).read_text())
    (tmp_path / "windows.yaml").write_text("intents: []\n", encoding="utf-16")
    with pytest.raises(LoadError) as caught:
        bot.load_folder(tmp_path)
    assert "windows.yaml:1: error: the file is not UTF-8 text" in str(caught.value)
    assert "save the file with the UTF-8 encoding" in str(caught.value)


def test_misspelt_role_says_did_you_mean():
    message = only("bad_role")
    assert "bad_role/intents.yaml:4:11: error: intent 'yes_please', field 'role': 'afirm' is not a role; did you mean 'affirm'?" in message


def test_a_role_belongs_to_one_intent():
    message = only("duplicate_role")
    assert "duplicate_role/intents.yaml:7: error: intent 'urgent_stroke', field 'role'" in message
    assert "already declared by intent 'urgent'" in message and "line 2" in message


def test_an_urgent_intent_needs_its_tier():
    message = only("urgent_without_role")
    assert "intents.yaml:3:11: error: intent 'urgent_stroke', field 'role': an urgent intent needs its tier as its role" in message
    assert "role: emergency" in message


def test_overlapping_loads_pause_the_collector_until_the_last_ends_and_leave_it_as_found():
    import gc
    import threading

    from bot.intents import collector_paused

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = []

    def second_load():
        first_in.wait()
        with collector_paused():
            second_in.set()
            first_out.wait()
            seen.append(gc.isenabled())       # the first load has ended; this one still runs paused

    thread = threading.Thread(target=second_load)
    thread.start()
    assert gc.isenabled()
    with collector_paused():
        first_in.set()
        second_in.wait()
    first_out.set()
    thread.join()
    assert seen == [False] and gc.isenabled()
    gc.disable()                               # a program that turned the collector off keeps it off
    try:
        bot.load_folder()
        assert not gc.isenabled()
    finally:
        gc.enable()
