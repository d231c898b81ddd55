"""The terminal chat: a prompt-toolkit REPL around `Bot.reply`.

`ChatSession` holds the conversation and handles one line at a time (slash
commands included); `run_terminal` drives it with a prompt-toolkit session
(history, wrapping, Ctrl-C / Ctrl-D), `run_lines` with plain lines when
standard input is not a terminal.
"""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Callable, TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.shortcuts import print_formatted_text

from .conversation import Conversation
from .engine import Bot
from .reload import FAILED, RELOADED, LiveBot
from .reply import Reply
from .review_log import ReviewLog

HELP = """Type your question in your own words and press Enter. Commands:
  /topics   what I can answer
  /why      how I chose my last reply
  /reset    start a new conversation
  /help     this help
  /quit     leave (Ctrl-D works too)"""

Write = Callable[[str, str], None]   # (text, style) -> None; style "" / "bot" / "urgent" / "dim"


class ChatSession:
    """One patient's chat: the conversation so far and the slash commands.

    Given a `LiveBot`, it reloads changed intent files before each message and
    says so (or shows the errors, keeping the last good intents). Given a
    `ReviewLog`, it records fallbacks and unsure replies there.
    """

    def __init__(self, bot: Bot | LiveBot, write: Write, review_log: ReviewLog | None = None):
        self.live = bot if isinstance(bot, LiveBot) else None
        self._bot = bot if isinstance(bot, Bot) else None
        self.write = write
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
        if status == RELOADED:
            self.write("(The intent files changed: reloaded them.)", "dim")
            if self.conversation.topic and not self.bot.knowledge.get(self.conversation.topic):
                self.conversation = Conversation()
        elif status == FAILED:
            problems = "\n".join(str(p) for p in self.live.error.problems)
            self.write(f"(The intent files changed but have errors; still using the last good version.)\n{problems}", "dim")

    def welcome(self) -> None:
        settings = self.bot.settings
        self.write(f"{settings.clinic.name}: questions about Botox for headaches", "bot")
        self.write(self.bot.fill(settings.messages.disclaimer), "dim")
        self.write("Type /help for commands, /quit to leave.", "dim")

    def handle(self, line: str) -> bool:
        """Handle one line; False when the patient wants to leave."""
        command = line.strip().lower()
        if command in ("/quit", "/exit", "/q"):
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


def explain_text(reply: Reply) -> str:
    """A readable account of how a reply was chosen."""
    e = reply.explanation
    lines = [f"Reply: {reply.kind}" + (f", intent '{reply.intent}'" if reply.intent else "") + f", confidence {reply.confidence:.2f}",
             f"Decided by: {e.get('decided_by', '-')}",
             f"Your words as I read them: {e.get('normalised', '')}"]
    if e.get("corrections"):
        lines.append("Spelling corrected: " + ", ".join(f"{a} -> {b}" for a, b in e["corrections"].items()))
    if e.get("synonyms"):
        lines.append("Synonyms applied: " + ", ".join(f"{a} -> {b}" for a, b in e["synonyms"].items()))
    if e.get("red_flag"):
        lines.append(f"Red flag: {e['red_flag']['rule']} (\"{e['red_flag']['words']}\")")
    for i, c in enumerate(e.get("candidates", []), 1):
        s = c["scores"]
        lines.append(f"  {i}. {c['intent']:<26} {c['score']:.3f}  (words {s['words']:.2f}, fuzzy {s['fuzzy']:.2f}, coverage {s['coverage']:.2f})"
                     f"  via \"{c['phrasing']}\"")
    if e.get("margin") is not None:
        lines.append(f"Margin to the runner-up ({e['runner_up']}): {e['margin']:.3f}; threshold {e['threshold']:.2f}")
    return "\n".join(lines)


_STYLES = {"bot": "", "urgent": "bold fg:ansired", "dim": "fg:ansibrightblack", "": ""}


def _wrap(text: str, width: int) -> str:
    out = []
    for paragraph in text.split("\n"):
        indent = len(paragraph) - len(paragraph.lstrip(" "))
        bullet = "    " if paragraph.lstrip().startswith("- ") else ""
        out.append(textwrap.fill(paragraph, width=width, subsequent_indent=" " * indent + bullet) if paragraph.strip() else "")
    return "\n".join(out)


def run_terminal(bot: Bot | LiveBot, history_file: Path | None, input=None, output=None,
                 review_log: ReviewLog | None = None) -> int:
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

    chat = ChatSession(bot, write, review_log)
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


def run_lines(bot: Bot | LiveBot, stdin: TextIO, stdout: TextIO, review_log: ReviewLog | None = None) -> int:
    """Chat line by line without a terminal (piped input): one reply per line, context kept."""

    def write(text: str, style: str) -> None:
        stdout.write(text + "\n\n")
        stdout.flush()

    chat = ChatSession(bot, write, review_log)
    chat.welcome()
    for line in stdin:
        if not chat.handle(line.rstrip("\n")):
            break
    return 0
