"""Shared fixtures: the shipped assistant and the small fixture assistant."""
from __future__ import annotations

from pathlib import Path

import pytest

import bot

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shipped() -> bot.Bot:
    """The assistant with the intents shipped in intents/."""
    return bot.load()


@pytest.fixture(scope="session")
def minimal() -> bot.Bot:
    """The assistant with the few intents in tests/fixtures/minimal/."""
    return bot.load(FIXTURES / "minimal")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's result on the test item, so fixtures can save screenshots of failures."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
