"""The staff commands, registered on the command line by `bot.cli`.

Each handler formats what a library function of `bot.staff` returns and
gives the exit code; none of the library functions print.
"""
from __future__ import annotations

import argparse
import datetime
from pathlib import Path


def add_staff_commands(commands, intents_option) -> None:
    check = commands.add_parser(
        "check", help="check the intent files for errors and for what will confuse patients",
        description="Check every intent file and settings.yaml: errors (the assistant cannot use the folder) and warnings "
                    "(phrasings under two intents, intents the matcher confuses, too few phrasings, placeholder settings, "
                    "long answers, overdue reviews). Exit status 1 on errors, or on warnings with --strict.")
    check.add_argument("folder", nargs="?", type=Path, metavar="DIR", help="the intents folder (default: --intents, else the shipped intents)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    intents_option(check)
    check.set_defaults(handler=run_check)


def _folder(args: argparse.Namespace) -> Path | None:
    from ..cli import intents_folder
    return args.folder or intents_folder(args)


def run_check(args: argparse.Namespace) -> int:
    from .check import check_folder
    report = check_folder(_folder(args), datetime.date.today())
    for problem in report.errors + report.warnings:
        print(problem)
    for note in report.notes:
        print(f"note: {note}")
    errors, warnings = len(report.errors), len(report.warnings)
    if errors:
        print(f"\n{errors} error(s): the assistant cannot use these files until they are fixed.")
        return 1
    print(f"\nNo errors. {warnings} warning(s)" + (" (failing because of --strict)." if warnings and args.strict else "."))
    return 1 if warnings and args.strict else 0
