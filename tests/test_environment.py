"""Environment variables are checked before use: a bad value is one clear message, not a traceback or a silent default."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import environment
from bot.problems import LoadError

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, timeout=60, capture_output=True, text=True,
                          env={**os.environ, **env})


def test_an_intents_folder_that_does_not_exist_is_named_with_a_fix(tmp_path):
    result = run({"HEADACHE_BOT_INTENTS": str(tmp_path / "intnets")}, "ask", "what is botox")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"$HEADACHE_BOT_INTENTS: error: is set to '{tmp_path / 'intnets'}', which is not a folder" in result.stderr
    assert "unset HEADACHE_BOT_INTENTS" in result.stderr


def test_an_intents_folder_from_the_environment_is_used():
    result = run({"HEADACHE_BOT_INTENTS": str(MINIMAL)}, "ask", "--json", "how long does botox last")
    assert result.returncode == 0 and '"intent": "short_term_relief"' in result.stdout


def test_the_intents_option_wins_over_a_bad_environment_value():
    result = run({"HEADACHE_BOT_INTENTS": "/nowhere"}, "ask", "--intents", str(MINIMAL), "what is botox")
    assert result.returncode == 0


@pytest.mark.parametrize("value", ["sixty", "-5", "1.5", "nan", "99999999999", "٣"])
def test_a_bad_rate_limit_is_an_error(value):
    with pytest.raises(LoadError) as caught:
        environment.rate_limit({"HEADACHE_BOT_RATE_LIMIT": value})
    assert "which is not a whole number from 0 to 1,000,000" in str(caught.value)


def test_rate_limits_that_are_fine():
    assert environment.rate_limit({"HEADACHE_BOT_RATE_LIMIT": " 120 "}) == 120
    assert environment.rate_limit({"HEADACHE_BOT_RATE_LIMIT": "0"}) == 0
    assert environment.rate_limit({}) is None


@pytest.mark.parametrize("value", ["*", "clinic.org", "https://clinic.org/chat", "javascript:alert(1)", "https://:80",
                                   "https://clinic.org:99999", "https://user@clinic.org"])
def test_a_bad_origin_is_an_error(value):
    with pytest.raises(LoadError) as caught:
        environment.allowed_origins({"HEADACHE_BOT_ORIGINS": f"https://ok.org {value}"})
    assert "which is not a web origin" in str(caught.value) and "scheme://host" in str(caught.value)


def test_origins_that_are_fine():
    assert environment.allowed_origins({"HEADACHE_BOT_ORIGINS": "https://clinic.org  http://localhost:8080/"}) == \
        ("https://clinic.org", "http://localhost:8080")


def test_the_web_app_factory_checks_the_environment(monkeypatch):
    from bot.web.app import app_from_environment
    monkeypatch.setenv("HEADACHE_BOT_INTENTS", str(MINIMAL))
    monkeypatch.setenv("HEADACHE_BOT_RATE_LIMIT", "lots")
    with pytest.raises(LoadError, match="HEADACHE_BOT_RATE_LIMIT"):
        app_from_environment()
