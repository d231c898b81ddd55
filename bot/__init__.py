"""Headache assistant: answers patients' questions about Botox for headaches from a clinic's article.

The public API::

    import bot
    assistant = bot.load()                      # the shipped intents, or bot.load("path/to/intents")
    reply = assistant.reply("how long does botox last?")
    reply.text, reply.intent, reply.confidence  # what to show, and why
    reply.to_dict()                             # plain JSON, conversation state included
    later = assistant.reply("tell me more", reply.conversation)

`load` raises `LoadError` (with `.problems`: file, line, field, how to fix)
when the intent files are invalid.
"""
from .conversation import Conversation
from .engine import Bot, load
from .intents import Intent, KnowledgeBase, default_folder, load_folder
from .problems import LoadError, Problem
from .reply import Booking, Reply, Suggestion

__all__ = ["Bot", "Booking", "Conversation", "Intent", "KnowledgeBase", "LoadError", "Problem", "Reply",
           "Suggestion", "default_folder", "load", "load_folder"]
__version__ = "0.1.0"
