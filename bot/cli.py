"""The command line: `headache-bot` and `python -m bot`.

The only place that parses arguments, prints load errors and picks exit
codes (0 fine, 1 checks or tests failed, 2 unusable input such as invalid
intent files). Each command is a thin adapter around the engine or the
staff and web modules.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .problems import LoadError

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


def _intents_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--intents", metavar="DIR", type=Path, default=None,
                        help="folder of intent files and settings.yaml (default: the shipped intents)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="headache-bot",
        description="A patient assistant that answers questions about Botox for headaches from the clinic's article. "
                    "Not medical advice. With no command, starts the chat.")
    _intents_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = commands.add_parser("chat", help="chat in the terminal (the default)",
                               description="Chat with the assistant in the terminal. Type /help inside for commands.")
    _intents_option(chat)

    ask = commands.add_parser("ask", help="answer messages from the command line or standard input, one reply each",
                              description="Answer each MESSAGE, or each line of standard input, with one reply. "
                                          "Lines are independent unless --conversation is given.")
    ask.add_argument("messages", nargs="*", metavar="MESSAGE", help="messages to answer (default: read lines from standard input)")
    ask.add_argument("--json", action="store_true", help="print one JSON object a line")
    ask.add_argument("--explain", action="store_true", help="also show how each reply was chosen")
    ask.add_argument("--conversation", action="store_true", help="treat the messages as one conversation")
    _intents_option(ask)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "chat"
    try:
        if command == "chat":
            return _chat(args)
        if command == "ask":
            return _ask(args)
    except LoadError as error:
        _print_problems(error)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {command}")
    return EXIT_UNUSABLE


def _print_problems(error: LoadError) -> None:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(f"\n{count} problem{'s' if count != 1 else ''} in the intent files; nothing was loaded. "
          "Fix the lines above and try again.", file=sys.stderr)


def _load(args):
    from .engine import load
    return load(args.intents)


def _chat(args) -> int:
    from . import repl
    bot = _load(args)
    if not sys.stdin.isatty():
        return repl.run_lines(bot, sys.stdin, sys.stdout)
    return repl.run_terminal(bot, _history_file())


def _history_file() -> Path | None:
    import platformdirs
    try:
        folder = Path(platformdirs.user_data_dir("headache-bot", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "history"
    except OSError:
        return None


def _ask(args) -> int:
    from .conversation import Conversation
    from .repl import explain_text
    bot = _load(args)
    lines = args.messages if args.messages else (line.rstrip("\n") for line in sys.stdin)
    conversation = Conversation()
    out = sys.stdout
    for line in lines:
        reply = bot.reply(line, conversation if args.conversation else None)
        conversation = reply.conversation
        if args.json:
            out.write(json.dumps(reply.to_dict(explain=args.explain), ensure_ascii=False) + "\n")
        else:
            out.write(reply.as_text() + "\n")
            if args.explain:
                out.write(explain_text(reply) + "\n")
            out.write("\n")
        out.flush()
    return EXIT_OK
