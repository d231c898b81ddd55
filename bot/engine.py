"""The engine: a message and the conversation so far in, a `Reply` out.

`Bot.reply` is two steps, kept apart so each can be read and tested alone:

- `understanding.Understander.understand(message)`: what the message says
  (normalised words, any red flag, the intents ranked with every signal);
  built once from the intents, it knows nothing of the conversation;
- `policy.decide(understanding, conversation, knowledge)`: what to reply,
  a pure function of its inputs.

A `Bot` never prints, reads files or remembers anything of a conversation
between calls (its only memory is bounded caches of single words: spelling
corrections, stems, word pieces, and which nouns name things, bot/figures.py),
so one `Bot` can serve any number of conversations, in any thread.
"""
from __future__ import annotations

from pathlib import Path

from .conversation import Conversation
from .intents import KnowledgeBase, load_folder
from .policy import decide
from .reply import Reply
from .understanding import Understander, Understanding


class Bot:
    """The assistant for one set of intents and settings."""

    def __init__(self, knowledge: KnowledgeBase, like: Bot | None = None):
        """`like`: a Bot whose learned models to share rather than load again (see `load`)."""
        self.knowledge = knowledge
        self.settings = knowledge.settings
        self.understander = Understander(knowledge, like.understander if like else None)
        self.normaliser = self.understander.normaliser
        self.matcher = self.understander.matcher

    def understand(self, message: str) -> Understanding:
        """What `message` says, before any decision (see `understanding.py`)."""
        return self.understander.understand(message)

    def reply(self, message: str, conversation: Conversation | dict | None = None) -> Reply:
        """Reply to `message`, given the conversation so far (a `Conversation`, its dict form, or None).

        Raises `ValueError` only when `conversation` is a malformed dict."""
        if not isinstance(conversation, Conversation):
            conversation = Conversation.from_dict(conversation, self.knowledge.by_id)
        return decide(self.understand(message), conversation, self.knowledge)

    def prepare(self) -> Bot:
        """Build now the parts built on first use that take long enough to hold up a reply (a server prepares
        each `Bot` before it serves it, bot/reload.py). Returns the bot."""
        self.understander.prepare()
        return self

    def fill(self, text: str) -> str:
        """`text` with the clinic's {placeholders} filled in."""
        return self.settings.fill(text)


def load(folder: str | Path | None = None, like: Bot | None = None) -> Bot:
    """A `Bot` for the intents in `folder` (the shipped intents when None). Raises `LoadError`.

    `like`: a Bot already loaded (a hot reload passes the one it replaces), whose learned models and word
    vectors the new one shares: they ship with the package and do not change with the intents."""
    return Bot(load_folder(folder), like)
