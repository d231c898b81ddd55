"""Every command is documented where its users look."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"headache-bot {command}" in (ROOT / "README.md").read_text()


@pytest.mark.parametrize("command", ["check", "test", "eval", "review"])
def test_every_staff_command_is_in_the_staff_guide(command):
    assert f"headache-bot {command}" in (ROOT / "docs" / "staff-guide.md").read_text()
