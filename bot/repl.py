"""The terminal chat: a prompt-toolkit REPL around `Bot.reply`.

`ChatSession` holds the conversation and handles one line at a time (slash
commands included); `run_terminal` drives it with a prompt-toolkit session
(history, wrapping, Ctrl-C / Ctrl-D), `run_lines` with plain lines when
standard input is not a terminal.

The chat's output is the patient's: hot-reload notices and errors in the
intent files go to a separate staff channel (`notify`; standard error from the
command line), never into the conversation.
"""
from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path
from typing import Callable, TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.shortcuts import print_formatted_text

from .conversation import Conversation
from .engine import Bot
from .explanation import explain_text
from .reload import FAILED, RELOADED, LiveBot
from .reply import Reply
from .review_log import ReviewLog

HELP = """Type your question in your own words and press Enter. Commands:
  /topics   what I can answer
  /why      how I chose my last reply
  /reset    start a new conversation
  /help     this help
  /quit     leave (so do "quit" or "exit" typed alone, and Ctrl-D)"""

Write = Callable[[str, str], None]   # (text, style) -> None; style "" / "bot" / "urgent" / "dim"
Notify = Callable[[str], None]       # a notice for staff, not for the patient


def notify_stderr(text: str) -> None:
    """The command line's staff channel: standard error, apart from the chat's output."""
    print(f"headache-bot: {text}", file=sys.stderr, flush=True)


def reload_notice(status: str, live: LiveBot) -> str | None:
    """What to tell staff after `LiveBot.refresh()` returned `status`, or None."""
    if status == RELOADED:
        return "the intent files changed: reloaded them."
    if status == FAILED:
        problems = "\n".join(str(p) for p in live.error.problems)
        return f"the intent files changed but have errors; still using the last good version.\n{problems}"
    return None


class ChatSession:
    """One patient's chat: the conversation so far and the slash commands.

    Given a `LiveBot`, it reloads changed intent files before each message and
    tells staff through `notify` (the errors too, keeping the last good
    intents); the patient sees only replies. Given a `ReviewLog`, it records
    fallbacks and unsure replies there.
    """

    def __init__(self, bot: Bot | LiveBot, write: Write, review_log: ReviewLog | None = None,
                 notify: Notify = notify_stderr):
        self.live = bot if isinstance(bot, LiveBot) else None
        self._bot = bot if isinstance(bot, Bot) else None
        self.write = write
        self.notify = notify
        self.review_log = review_log
        self.conversation = Conversation()
        self.last_reply: Reply | None = None

    @property
    def bot(self) -> Bot:
        return self.live.bot if self.live else self._bot

    def _reload(self) -> None:
        if self.live is None:
            return
        status = self.live.refresh()
        notice = reload_notice(status, self.live)
        if notice:
            self.notify(notice)
        if status == RELOADED and self.conversation.topic and not self.bot.knowledge.get(self.conversation.topic):
            self.conversation = Conversation()

    def welcome(self) -> None:
        settings = self.bot.settings
        self.write(f"{settings.clinic.name}: questions about Botox for headaches", "bot")
        self.write(self.bot.fill(settings.messages.disclaimer), "dim")
        self.write("Type /help for commands, /quit to leave.", "dim")

    def handle(self, line: str) -> bool:
        """Handle one line; False when the patient wants to leave."""
        command = line.strip().lower()
        if command in ("/quit", "/exit", "/q", "quit", "exit"):     # (typed alone, as in other terminal programs)
            return False
        if command == "/help":
            self.write(HELP, "dim")
        elif command == "/topics":
            self.write(self.topics(), "dim")
        elif command == "/why":
            self.write(self.why(), "dim")
        elif command == "/reset":
            self.conversation, self.last_reply = Conversation(), None
            self.write("Started a new conversation.", "dim")
        elif command.startswith("/"):
            self.write(f"Unknown command {command.split()[0]}. Type /help for the list.", "dim")
        elif line.strip():
            self._reload()
            bot = self.bot
            reply = bot.reply(line, self.conversation)
            self.conversation, self.last_reply = reply.conversation, reply
            if self.review_log is not None:
                self.review_log.record(line, reply, bot.settings.matching.threshold)
            self.write(reply.as_text(), "urgent" if reply.urgent else "bot")
        return True

    def topics(self) -> str:
        intents = [i for i in self.bot.knowledge.intents if i.kind == "article"]
        return "I can answer questions like:\n" + "\n".join(f"  - {i.title}" for i in intents)

    def why(self) -> str:
        if self.last_reply is None:
            return "Ask me something first; then /why shows how I chose the reply."
        return explain_text(self.last_reply)


_STYLES = {"bot": "", "urgent": "bold fg:ansired", "dim": "fg:ansibrightblack", "": ""}


def _wrap(text: str, width: int) -> str:
    out = []
    for paragraph in text.split("\n"):
        indent = len(paragraph) - len(paragraph.lstrip(" "))
        bullet = "    " if paragraph.lstrip().startswith("- ") else ""
        out.append(textwrap.fill(paragraph, width=width, subsequent_indent=" " * indent + bullet) if paragraph.strip() else "")
    return "\n".join(out)


def run_terminal(bot: Bot | LiveBot, history_file: Path | None, input=None, output=None,
                 review_log: ReviewLog | None = None, notify: Notify = notify_stderr) -> int:
    """Chat in a terminal with prompt-toolkit. `input`/`output` let tests drive it."""
    try:
        history = FileHistory(str(history_file)) if history_file else InMemoryHistory()
    except OSError:
        history = InMemoryHistory()
    session: PromptSession = PromptSession(history=history, input=input, output=output)

    def write(text: str, style: str) -> None:
        width = max(40, min(100, shutil.get_terminal_size((80, 24)).columns - 2))
        print_formatted_text(FormattedText([(_STYLES.get(style, ""), _wrap(text, width))]), output=session.output)
        print_formatted_text("", output=session.output)

    chat = ChatSession(bot, write, review_log, notify)
    chat.welcome()
    while True:
        try:
            line = session.prompt("you> ")
        except KeyboardInterrupt:
            continue          # Ctrl-C clears the line
        except EOFError:
            break             # Ctrl-D leaves
        if not chat.handle(line):
            break
    write("Goodbye, and take care.", "dim")
    return 0


def run_lines(bot: Bot | LiveBot, stdin: TextIO, stdout: TextIO, review_log: ReviewLog | None = None,
              notify: Notify = notify_stderr) -> int:
    """Chat line by line without a terminal (piped input): one reply per line, context kept."""

    def write(text: str, style: str) -> None:
        stdout.write(text + "\n\n")
        stdout.flush()

    chat = ChatSession(bot, write, review_log, notify)
    chat.welcome()
    for line in stdin:
        if not chat.handle(line.rstrip("\n")):
            break
    return 0
