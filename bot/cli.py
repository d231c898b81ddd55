"""The command line: `headache-bot` and `python -m bot`.

The only place that parses arguments and exits. Exit codes: 0 fine, 1 checks
or tests failed, 2 unusable input such as invalid intent files or arguments.
Each command is a thin adapter: chat and ask are here; `serve` registers itself
from `bot/web/command.py`, the staff commands from `bot/staff/commands.py`.
Arguments are checked by argparse (`type=` validators below), so every
argument error goes to standard error with the command's usage and exit
status 2; a rule that spans arguments raises `UsageError` from the handler,
which `main` reports the same way. A handler returns its exit code and may
raise `LoadError`, which `main` prints as one line per problem.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .blas import use_one_blas_thread
from .problems import LoadError

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """Arguments that argparse accepts one by one but not together (`review --add 3` without `--to`)."""


def whole_number(minimum: int, maximum: int | None = None):
    """An argparse `type=` for a whole number from `minimum` (to `maximum`)."""
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or number < minimum or (maximum is not None and number > maximum):
            limits = f"from {minimum} to {maximum}" if maximum is not None else f"of {minimum} or more"
            raise argparse.ArgumentTypeError(f"must be a whole number {limits}, not '{text}'")
        return number
    return parse


def existing_folder(text: str) -> Path:
    """An argparse `type=` for a folder that exists."""
    if not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"'{text}' is not a folder" + (" (it is a file)" if Path(text).exists() else ""))
    return Path(text)


def existing_file(text: str) -> Path:
    """An argparse `type=` for a file that exists."""
    if not Path(text).is_file():
        raise argparse.ArgumentTypeError(f"there is no file '{text}'" + (" (it is a folder)" if Path(text).is_dir() else ""))
    return Path(text)


def file_to_write(text: str) -> Path:
    """An argparse `type=` for a file to write, in a folder that exists."""
    path = Path(text)
    if path.is_dir() or not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"'{text}' is a folder, not a file" if path.is_dir() else f"there is no folder '{path.parent}' to write '{path.name}' in")
    return path


def _intents_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Sub-commands suppress the default so `headache-bot --intents DIR chat` keeps DIR.
    parser.add_argument("--intents", metavar="DIR", type=existing_folder, default=None if top else argparse.SUPPRESS,
                        help="folder of intent files and settings.yaml (default: $HEADACHE_BOT_INTENTS, else the shipped intents)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="headache-bot",
        description="A patient assistant that answers questions about Botox for headaches from the clinic's article. "
                    "Not medical advice. With no command, starts the chat.")
    _intents_option(parser, top=True)
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
    ask.set_defaults(handler=_ask)
    chat.set_defaults(handler=_chat)

    from .staff.commands import add_staff_commands
    from .web.command import add_serve_command
    add_serve_command(commands, _intents_option)
    add_staff_commands(commands, _intents_option)
    parser.set_defaults(command_parsers=commands.choices)
    return parser


def main(argv: list[str] | None = None) -> int:
    use_one_blas_thread()           # before numpy is imported (blas.py)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", _chat)
    try:
        return handler(args)
    except UsageError as error:       # like argparse's own errors: usage and message on standard error, exit status 2
        args.command_parsers.get(args.command, parser).error(str(error))
    except LoadError as error:
        print_problems(error)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:          # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK


def print_problems(error: LoadError) -> None:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(f"\n{count} problem{'s' if count != 1 else ''} in the intent files; nothing was loaded. "
          "Fix the lines above and try again.", file=sys.stderr)


def intents_folder(args) -> Path | None:
    """--intents, else $HEADACHE_BOT_INTENTS, else None (the shipped intents)."""
    from .environment import intents_folder as from_environment
    folder = getattr(args, "intents", None)
    return Path(folder) if folder else from_environment()


def _load(args):
    from .engine import load
    return load(intents_folder(args))


def _chat(args) -> int:
    from . import repl
    from .reload import LiveBot
    from .review_log import open_review_log
    live = LiveBot(intents_folder(args))
    review_log = open_review_log(live.bot.settings, live.folder)
    if not sys.stdin.isatty():
        return repl.run_lines(live, sys.stdin, sys.stdout, review_log)
    return repl.run_terminal(live, _history_file(), review_log=review_log)


def _history_file() -> Path | None:
    from .private_files import private_file, user_data_folder
    try:
        return private_file(user_data_folder() / "history")     # 0600 in a 0700 folder: the patient's own words
    except OSError:
        return None


def _ask(args) -> int:
    from .conversation import Conversation
    from .explanation import explain_text
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
