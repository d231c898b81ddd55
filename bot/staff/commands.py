"""The staff commands (check, test, eval, review): registered on the command line by `bot.cli`."""
from __future__ import annotations


def add_staff_commands(commands, intents_option) -> None:
    pass
