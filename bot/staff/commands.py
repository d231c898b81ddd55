"""The staff commands, registered on the command line by `bot.cli`.

Each handler formats what a library function of `bot.staff` returns and
gives the exit code; none of the library functions print.
"""
from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path


def add_staff_commands(commands, intents_option) -> None:
    from ..cli import existing_file, existing_folder, file_to_write, whole_number
    check = commands.add_parser(
        "check", help="check the intent files for errors and for what will confuse patients",
        description="Check every intent file and settings.yaml: errors (the assistant cannot use the folder) and warnings "
                    "(intents the matcher confuses, too few phrasings, placeholder settings, long answers, overdue reviews). "
                    "A phrasing under two intents is an error. Exit status 1 on errors, or on warnings with --strict.")
    check.add_argument("folder", nargs="?", type=existing_folder, metavar="DIR", help="the intents folder (default: --intents, else the shipped intents)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.add_argument("--verbose", "-v", action="store_true",
                       help="also list the confusions that settings.yaml accepts (check: accepted_confusions)")
    intents_option(check)
    check.set_defaults(handler=run_check)

    test = commands.add_parser(
        "test", help="run the conversation tests written in YAML",
        description="Play each conversation test (what the patient says, and the intent, fallback or urgent reply "
                    "expected) against the intents. With no FILE, runs every file in the intents folder's tests/.")
    test.add_argument("files", nargs="*", type=existing_file, metavar="FILE", help="test files (default: <intents>/tests/*.yaml)")
    intents_option(test)
    test.set_defaults(handler=run_tests)

    evaluation = commands.add_parser(
        "eval", help="cross-validate the phrasings: accuracy, confusions, and the best threshold",
        description="Hold out each fold of every intent's phrasings, match them against the rest, and report accuracy, "
                    "per-intent precision and recall, the most confused pairs, and answered share and accuracy by threshold.")
    evaluation.add_argument("folder", nargs="?", type=existing_folder, metavar="DIR", help="the intents folder (default: --intents, else the shipped intents)")
    evaluation.add_argument("--folds", type=whole_number(2), default=5, metavar="N", help="number of folds, 2 or more (default 5)")
    evaluation.add_argument("--html", type=file_to_write, metavar="FILE", help="also write a self-contained HTML report with pictures")
    intents_option(evaluation)
    evaluation.set_defaults(handler=run_eval)

    review = commands.add_parser(
        "review", help="list the questions the assistant could not answer, add them as phrasings, mark them done",
        description="List the open entries of the missed-questions log (turn it on in settings.yaml: review_log: enabled: true) "
                    "grouped by the nearest intent, most frequent first. With --add N --to INTENT, add logged message N as a new "
                    "phrasing of INTENT, keeping the file's comments and layout, show how it is answered now, and mark it done. "
                    "With --done N, mark entry N done without adding it; done entries are listed only with --all.")
    review.add_argument("--log", type=Path, metavar="FILE", help="the log file (default: the one settings.yaml names)")
    review.add_argument("--add", type=whole_number(1), metavar="N", help="the number of the logged message to add")
    review.add_argument("--to", metavar="INTENT", help="the intent to add it to")
    review.add_argument("--done", type=whole_number(1), metavar="N", nargs="+", help="mark these entries done (reviewed, nothing to add)")
    review.add_argument("--all", action="store_true", help="list done entries too")
    intents_option(review)
    review.set_defaults(handler=run_review, review_parser=review)


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
    if report.accepted:
        print(f"note: {len(report.accepted)} confusion(s) accepted in settings.yaml (check: accepted_confusions)"
              + ("; 'a -> b (n)' means n phrasings of a match b better:" if args.verbose else "; --verbose lists them."))
        if args.verbose:
            for confusion in report.accepted:
                print(f"      {confusion.intent} -> {confusion.other} ({len(confusion.phrasings)})")
    errors, warnings = len(report.errors), len(report.warnings)
    if errors:
        print(f"\n{errors} error(s): " + ("the assistant cannot use these files until they are fixed." if not report.loaded else
                                         "the assistant would load these files, but patients would get wrong answers: fix them first."))
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
        print(f"No test files: write some in {bot.knowledge.folder / 'tests'}/ or name them on the command line.", file=sys.stderr)
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


def run_eval(args: argparse.Namespace) -> int:
    from ..engine import load
    from .evaluate import IN_SCOPE_ONLY, RED_FLAGS_FIRST, WRONG_COST, evaluate
    e = evaluate(load(_folder(args)), folds=args.folds)
    print(f"Cross-validated accuracy: {e.accuracy:.1%} of {len(e.predictions)} phrasings went to the right intent "
          f"({args.folds} folds; each phrasing matched by an assistant that never saw it).\n")
    print("Risk and coverage by threshold (a reply below the threshold falls back to \"I can't answer that\"):")
    print("  threshold  answered  wrong among answered  wrong of all")
    nearest = min(e.curve, key=lambda p: abs(p.threshold - e.threshold))
    for p in e.curve:
        marks = "" if p is not nearest else " <- settings.yaml" + (f" ({e.threshold:.2f})" if abs(p.threshold - e.threshold) > 1e-9 else "")
        marks += " <- suggested" if abs(p.threshold - e.suggested_threshold) < 1e-9 else ""
        print(f"    {p.threshold:4.2f}     {p.answered:6.1%}         {p.risk:6.1%}             {p.wrong:6.1%}{marks}")
    print(f"\nSuggested threshold: {e.suggested_threshold:.2f} (the most right answers, counting each wrong one as {WRONG_COST} misses).")
    changes = e.switch_changes()
    if abs(e.suggested_threshold - e.threshold) < 1e-9:
        print("It is the threshold in settings.yaml already.")
    else:
        width = max(len(what) for what, *_ in changes)
        print(f"Moving the threshold in settings.yaml from {e.threshold:.2f} to {e.suggested_threshold:.2f} would change, "
              f"on these {len(e.predictions)} held-out phrasings:")
        print(f"  {'':<{width}}   now  after  change")
        for what, now, after, change in changes:
            print(f"  {what:<{width}} {now:5d}  {after:5d}  {change}")
    print(IN_SCOPE_ONLY)
    print("\nMost confused (phrasings of -> went to: count):")
    for a, b, n in e.confused[:10]:
        print(f"  {a:<26} -> {str(b):<26} {n}")
    print("\nLowest recall (intent: precision, recall, phrasings; * urgent, see below):")
    for intent, (precision, recall, n) in sorted(e.per_intent.items(), key=lambda kv: kv[1][1])[:8]:
        mark = "*" if intent in e.urgent else " "
        print(f"  {intent:<26}{mark} {precision:6.1%} {recall:6.1%} {n:4d}")
    if e.urgent:
        print("* " + RED_FLAGS_FIRST.format(urgent=", ".join(e.urgent)))
    if args.html:
        from .report_html import render
        args.html.write_text(render(e), encoding="utf-8")
        print(f"\nReport written to {args.html}")
    return 0


def run_review(args: argparse.Namespace) -> int:
    from ..cli import intents_folder
    from ..engine import load
    from ..review_log import ReviewLog, review_log_path
    from .review import ReviewError, add_phrasing, group_misses
    if args.to and args.add is None:
        args.review_parser.error("--to needs --add N: the number of the logged message to add")
    if args.add is not None and not args.to:
        args.review_parser.error("--add needs --to INTENT_ID: the intent the message should have matched")
    if args.done and args.add is not None:
        args.review_parser.error("--done goes on its own, without --add")
    bot = load(intents_folder(args))
    path = args.log or review_log_path(bot.settings, bot.knowledge.folder)
    log = ReviewLog(path)
    if args.done:
        missing = [n for n in args.done if not log.mark_done(n)]
        marked = [n for n in args.done if n not in missing]
        if marked:
            print(f"Marked done: {', '.join(map(str, marked))}. `headache-bot review --all` still lists them.")
        if missing:
            print(f"No entry {', '.join(map(str, missing))} in {log.path}.", file=sys.stderr)
            return 2
        return 0
    if args.add is None:
        entries = log.entries(include_done=args.all)
        if not entries:
            state = "on" if bot.settings.review_log.enabled else "off (review_log: enabled: false in settings.yaml)"
            print(f"No {'' if args.all else 'open '}missed questions in {log.path}. The log is {state}.")
            return 0
        print(f"{len(entries)} {'' if args.all else 'open '}missed or unsure question(s) in {log.path}, grouped by the nearest intent:")
        for group in group_misses(entries):
            print(f"\n{group.nearest or '(nothing close)'}: {len(group.entries)}")
            for number, entry in group.entries:
                done = "  done" if entry.get("done") else ""
                print(f"  [{number}] {entry.get('message', '')}  ({entry.get('kind')}, {entry.get('confidence', 0):.2f}){done}")
        print("\nTo add message N as a phrasing: headache-bot review --add N --to INTENT_ID\n"
              "To mark messages done without adding them: headache-bot review --done N [N ...]")
        return 0
    entry = log.entry(args.add)
    if entry is None:
        print(f"There is no message {args.add} in {log.path}; `headache-bot review --all` lists them with their numbers.", file=sys.stderr)
        return 2
    message = entry["message"]
    try:
        written = add_phrasing(bot.knowledge, args.to, message)
    except ReviewError as error:
        print(f"Not added: {error}", file=sys.stderr)
        return 2
    log.mark_done(args.add)
    reply = load(bot.knowledge.folder).reply(message)
    verdict = "now matches" if reply.intent == args.to else f"still goes to {reply.intent or 'the fallback'} (confidence {reply.confidence:.2f}); add more phrasings like it"
    print(f"Added \"{message}\" to '{args.to}' in {written} and marked entry {args.add} done. The message {verdict}.")
    return 0
