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

    test = commands.add_parser(
        "test", help="run the conversation tests written in YAML",
        description="Play each conversation test (what the patient says, and the intent, fallback or urgent reply "
                    "expected) against the intents. With no FILE, runs every file in the intents folder's tests/.")
    test.add_argument("files", nargs="*", type=Path, metavar="FILE", help="test files (default: <intents>/tests/*.yaml)")
    intents_option(test)
    test.set_defaults(handler=run_tests)


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


def run_tests(args: argparse.Namespace) -> int:
    from ..engine import load
    from .conversation_tests import default_test_files, load_tests, run_test
    from ..cli import intents_folder
    bot = load(intents_folder(args))
    files = args.files or default_test_files(bot.knowledge.folder)
    if not files:
        print(f"No test files: write some in {bot.knowledge.folder / 'tests'}/ or name them on the command line.")
        return 2
    tests, problems = load_tests(files, bot.knowledge.by_id)
    for problem in problems:
        print(problem)
    failures = [f for f in (run_test(bot, t) for t in tests) if f]
    for failure in failures:
        print(failure)
    print(f"\n{len(tests) - len(failures)} passed, {len(failures)} failed"
          + (f", {len(problems)} problem(s) in the test files" if problems else ""))
    return 1 if failures or problems else 0
