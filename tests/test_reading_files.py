"""Reading an intents folder safely: only regular files inside it, sizes checked on what is read, caps on phrasings and words.

Each test builds a real folder in tmp_path with a real named pipe, device link,
socket or symlink, loads it with `bot.load_folder` and runs `headache-bot check`
on it, and reads the problems staff would see."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot import intents as intents_module
from bot._yaml import MAX_DEPTH, read_yaml
from bot.problems import LoadError

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = Path(__file__).parent / "fixtures" / "minimal"
SECRET = "Patient Jane Roe, DOB 1961-04-02, chronic migraine"


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "intents"
    shutil.copytree(MINIMAL, copy)
    return copy


def problems_of(folder: Path) -> str:
    with pytest.raises(LoadError) as caught:
        bot.load_folder(folder)
    return str(caught.value)


def check(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "check", str(folder)], cwd=ROOT, timeout=60,
                          capture_output=True, text=True)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(folder):
    os.mkfifo(folder / "pipe.yaml")
    text = problems_of(folder)
    assert "pipe.yaml: error: is a named pipe, not a text file" in text
    assert "keep only YAML text files in this folder" in text
    result = check(folder)                       # a hang here would hit the timeout
    assert result.returncode == 1 and "pipe.yaml: error: is a named pipe" in result.stdout


def test_a_link_to_dev_zero_is_refused_before_reading(folder):
    (folder / "zero.yaml").symlink_to("/dev/zero")
    text = problems_of(folder)
    assert "zero.yaml: error: is a link to a file outside the intents folder" in text
    assert "/dev/zero" not in text


def test_a_device_inside_the_folder_is_refused(tmp_path):
    # read_yaml without `inside`: the kind of file still decides
    data, found = read_yaml(Path("/dev/zero"), "zero.yaml")
    assert data is None and found[0].message == "is a device, not a text file"


def test_a_socket_and_a_folder_are_refused(folder):
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(folder / "sock.yaml"))
        (folder / "drafts.yaml").mkdir()
        text = problems_of(folder)
    finally:
        server.close()
    assert "sock.yaml: error: is a socket, not a text file" in text
    assert "drafts.yaml: error: is a folder, not a text file" in text


def test_a_symlink_out_of_the_folder_names_neither_the_target_nor_its_text(folder, tmp_path):
    outside = tmp_path / "private" / "notes.yaml"
    outside.parent.mkdir()
    outside.write_text(f"intents:\n  - id: leak\n    title: {SECRET}\n")
    (folder / "more.yaml").symlink_to(outside)
    (folder / "settings.yaml").rename(tmp_path / "real-settings.yaml")
    (folder / "settings.yaml").symlink_to(tmp_path / "real-settings.yaml")
    text = problems_of(folder)
    assert "more.yaml: error: is a link to a file outside the intents folder, which is not read" in text
    assert "settings.yaml: error: is a link to a file outside the intents folder" in text
    assert "Jane" not in text and "private" not in text and "real-settings" not in text
    result = check(folder)
    assert result.returncode == 1 and "Jane" not in result.stdout + result.stderr
    assert "more.yaml: error: is a link to a file outside" in result.stdout


def test_a_symlink_inside_the_folder_is_read(folder):
    (folder / "drafts").mkdir()
    (folder / "intents.yaml").rename(folder / "drafts" / "intents.yaml")
    (folder / "intents.yaml").symlink_to(folder / "drafts" / "intents.yaml")
    assert bot.load(folder).reply("what is botox").intent == "what_is_botox"


def test_a_link_loop_is_refused(folder):
    (folder / "a.yaml").symlink_to("b.yaml")
    (folder / "b.yaml").symlink_to("a.yaml")
    result = check(folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "a.yaml: error:" in result.stdout and "b.yaml: error:" in result.stdout


def test_a_file_growing_past_the_limit_is_caught_on_the_bytes_read(folder, monkeypatch):
    # the size the file system reports is not trusted: only what is read counts
    monkeypatch.setattr("bot._yaml.MAX_FILE_BYTES", 200)
    text = problems_of(folder)
    assert "intents.yaml: error: the file is larger than the 200 bytes allowed" in text


def test_deep_nesting_is_a_clear_error_not_a_traceback(folder):
    for depth in (990, 5000):                         # 5,000 passes libyaml's own limit of 1,000
        (folder / "deep.yaml").write_text("intents:\n  - id: x\n    title: " + "[" * depth + "]" * depth + "\n")
        result = check(folder)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "deep.yaml:3:" in result.stdout
        assert f"error: the file is not valid here: lists and blocks are nested more than {MAX_DEPTH} deep" in result.stdout


def test_block_nesting_past_the_limit_is_a_clear_error(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "end\n")
    data, found = read_yaml(deep)
    assert data is None and f"nested more than {MAX_DEPTH} deep" in found[0].message and found[0].line == MAX_DEPTH + 1


def test_too_many_phrasings_is_a_clear_error(folder, monkeypatch):
    monkeypatch.setattr(intents_module, "MAX_PHRASINGS", 5)
    text = problems_of(folder)
    assert "intents: error: the intents hold 34 phrasings, more than the 5 allowed" in text


def test_too_large_a_vocabulary_is_a_clear_error(folder, monkeypatch):
    monkeypatch.setattr(intents_module, "MAX_VOCABULARY", 30)
    text = problems_of(folder)
    assert "different words, more than the 30 allowed" in text
    assert "check for generated or pasted text" in text


def test_too_many_files_is_a_clear_error(folder, monkeypatch):
    monkeypatch.setattr(intents_module, "MAX_INTENT_FILES", 2)
    for n in range(3):
        shutil.copy(folder / "intents.yaml", folder / f"copy{n}.yaml")
    assert "intent files, more than the 2 allowed" in problems_of(folder)


def test_values_read_as_yaml_safe_load_reads_them(tmp_path):
    # The reader takes a short cut for plain text and strings: every other kind of value must still be typed as
    # SafeLoader types it (booleans, nulls, numbers, dates, explicit tags, block text).
    import yaml

    text = ("a: [yes, no, on, Off, y, n, true, ~, null, '', \"\", 1.5, .nan, -.inf, 0x10, 0o7, +3, 1_000, 2001-01-01,\n"
            "    '2001-01-01', \"12\", how long, what is botox, 12 weeks, ok]\n"
            "b: {c: !!str 12, d: !!int \"13\", e: !!binary aGk=, f: !!float 1, g: 2001-12-14t21:59:43.10-05:00}\n"
            "c:\n  - |\n    block text\n  - >\n    folded\n    text\n  - plain: with a key\n")
    (tmp_path / "values.yaml").write_text(text, encoding="utf-8")
    data, problems = read_yaml(tmp_path / "values.yaml")
    expected = yaml.safe_load(text)
    assert problems == [] and json_like(data) == json_like(expected)
    assert [type(v) for v in data["a"]] == [type(v) for v in expected["a"]]


def json_like(value):
    if isinstance(value, dict):
        return {k: json_like(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_like(v) for v in value]
    return repr(value)
