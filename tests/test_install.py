"""`pip install .` (not editable) ships the intents and works from any folder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_installed_script_answers_from_any_folder(tmp_path):
    source = tmp_path / "source"
    # Copy the checkout without build leftovers so the wheel is built from what git would hold.
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", ".build-venv", "*.egg-info", "build", "dist",
                                                                   "__pycache__", ".pytest_cache", ".hypothesis", "artifacts"))
    for log in ("review-log.sqlite3", "review-log.sqlite3-wal", "review-log.jsonl"):   # a log staff left in intents/
        (source / "intents" / log).write_text("my name is Maria Lopez")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(source)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]
    shutil.rmtree(source)   # the installed package must not need the checkout
    script = env_dir / "bin" / "headache-bot"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([str(script), "ask", "--json", "what is botox"], capture_output=True, text=True,
                            cwd=elsewhere, timeout=60, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert result.returncode == 0, result.stderr
    reply = json.loads(result.stdout)
    assert reply["intent"] == "what_is_botox" and "toxin" in reply["text"].lower()
    module = subprocess.run([str(python), "-m", "bot", "ask", "hi"], capture_output=True, text=True, cwd=elsewhere, timeout=60)
    assert module.returncode == 0 and module.stdout.strip()
    shipped = subprocess.run([str(python), "-c", "import bot.web.app as a, bot.intents as i, bot.semantic as s; "
                              "print((a.STATIC / 'widget.js').is_file(), (i.default_folder() / 'tests').is_dir(), "
                              "s.Encoder.load().encode(['botox']).shape)"],
                             capture_output=True, text=True, cwd=elsewhere, timeout=60)
    # The widget, the conversation tests and the semantic model are package data.
    assert shipped.stdout.split() == ["True", "True", "(1,", "256)"], shipped.stderr
    installed = subprocess.run([str(python), "-c", "import bot.intents as i; print(sorted(p.name for p in i.default_folder().iterdir()))"],
                               capture_output=True, text=True, cwd=elsewhere, timeout=60)
    assert "settings.yaml" in installed.stdout and "review-log" not in installed.stdout    # patients' messages are never packaged
