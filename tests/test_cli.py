"""`python -m bot ask` as scripts and staff use it: a real subprocess."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = str(Path(__file__).parent / "fixtures" / "minimal")


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


def test_ask_json_prints_one_object_per_line():
    result = run("ask", "--json", "--intents", MINIMAL, stdin="what is botox\n\nworst headache ever\ncan i pay by card\n")
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["intent"] for r in replies] == ["what_is_botox", None, "urgent", None]
    assert [r["kind"] for r in replies] == ["answer", "empty", "urgent", "fallback"]
    first = replies[0]
    assert first["text"] and first["source"] == "What Is Botox?" and 0 <= first["confidence"] <= 1
    assert first["suggestions"] == [{"intent": "short_term_relief", "text": "How long does Botox help?"}]
    assert first["booking"]["url"] == "https://clinic.example/book"
    assert "explanation" not in first


def test_lines_are_independent_unless_conversation_is_given():
    alone = run("ask", "--json", "--intents", MINIMAL, stdin="how long does botox last\ntell me more\n")
    together = run("ask", "--json", "--conversation", "--intents", MINIMAL, stdin="how long does botox last\ntell me more\n")
    assert [json.loads(line)["intent"] for line in alone.stdout.splitlines()] == ["short_term_relief", "more"]
    assert [json.loads(line)["intent"] for line in together.stdout.splitlines()] == ["short_term_relief", "what_is_botox"]


def test_ask_explain_shows_the_matched_phrasing():
    result = run("ask", "--explain", "--intents", MINIMAL, "how long does botox last")
    assert "two to three months" in result.stdout
    assert 'via "how long does botox last"' in result.stdout
    as_json = json.loads(run("ask", "--json", "--explain", "--intents", MINIMAL, "hw long does botox last").stdout)
    assert as_json["explanation"]["matched_phrasing"] == "how long does botox last"


def test_broken_intents_folder_gives_clear_errors_and_exit_2(tmp_path):
    (tmp_path / "settings.yaml").write_text((Path(MINIMAL) / "settings.yaml").read_text())
    (tmp_path / "bad.yaml").write_text("intents:\n  - id: x\n    title: X\n    phrasings: []\n    answr: hi\n")
    result = run("ask", "--intents", str(tmp_path), "hi")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad.yaml:5:5: error: intent 'x', field 'answr': is not a known field; did you mean 'answer'?" in result.stderr
    assert "field 'phrasings': is an empty list" in result.stderr
    assert "problems in the intent files" in result.stderr


def test_missing_folder_is_a_clear_error(tmp_path):
    result = run("ask", "--intents", str(tmp_path / "nowhere"), "hi")
    assert result.returncode == 2 and "is not a folder" in result.stderr and "Traceback" not in result.stderr


def test_chat_reads_piped_lines_when_not_a_terminal():
    result = run("chat", "--intents", MINIMAL, stdin="what is botox\n/quit\n")
    assert result.returncode == 0
    assert "not medical advice" in result.stdout and "botulinum toxin" in result.stdout


def _without_site_packages(cwd: Path, stdin: str) -> subprocess.CompletedProcess:
    # -S: a Python that sees none of the installed packages, like the system python3 next to a checkout.
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(cwd)}
    return subprocess.run([sys.executable, "-S", "-m", "bot", "ask", "--json"], input=stdin, capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=60)


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "python").exists(), reason="needs the checkout's .venv (scripts/test makes it)")
def test_a_python_without_the_packages_hands_over_to_the_checkouts_venv():
    result = _without_site_packages(ROOT, "hello\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["intent"] == "greeting"


def test_without_the_packages_or_a_venv_it_says_how_to_set_up(tmp_path):
    shutil.copytree(ROOT / "bot", tmp_path / "bot")
    result = _without_site_packages(tmp_path, "hello\n")
    assert result.returncode == 1
    assert "not installed" in result.stderr and "pip install -e ." in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_imports_neither_the_chat_nor_prompt_toolkit():
    probe = ("import sys\nfrom bot.cli import main\ncode = main(['ask', '--json', '--explain', '--intents', sys.argv[1], 'what is botox'])\n"
             "print(code, *sorted(m for m in sys.modules if m == 'bot.repl' or m.split('.')[0] == 'prompt_toolkit'))")
    result = subprocess.run([sys.executable, "-c", probe, MINIMAL], capture_output=True, text=True, cwd=ROOT, timeout=60)
    reply, modules = result.stdout.splitlines()
    assert json.loads(reply)["intent"] == "what_is_botox"
    assert modules == "0", f"ask imported: {modules}"


@pytest.mark.parametrize("operator_value, expected", [(None, "1"), ("2", "2")])
def test_the_commands_run_numpy_on_one_blas_thread_unless_the_operator_says(operator_value, expected):
    import os
    from bot.blas import THREAD_VARIABLES
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    if operator_value is not None:
        env["OPENBLAS_NUM_THREADS"] = operator_value
    probe = ("import os, sys\nfrom bot.cli import main\nbefore = 'numpy' in sys.modules\n"
             "main(['ask', '--json', '--intents', sys.argv[1], 'what is botox'])\n"
             "print(before, 'numpy' in sys.modules, os.environ['OPENBLAS_NUM_THREADS'])")
    result = subprocess.run([sys.executable, "-c", probe, MINIMAL], capture_output=True, text=True, cwd=ROOT, timeout=60, env=env)
    # numpy is first imported after the variable is set: OpenBLAS reads it once, when it loads
    assert result.stdout.splitlines()[-1] == f"False True {expected}", result.stderr
