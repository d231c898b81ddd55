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
import importlib

# The public names and the modules they live in. They are imported on first use
# (PEP 562), so `python -m bot` can start, and find the project's own virtual
# environment, even in a Python that lacks the packages (see __main__.py).
_EXPORTS = {
    "Conversation": ".conversation", "Bot": ".engine", "load": ".engine", "Intent": ".intents",
    "KnowledgeBase": ".intents", "default_folder": ".intents", "load_folder": ".intents",
    "LoadError": ".problems", "Problem": ".problems", "Booking": ".reply", "Reply": ".reply", "Suggestion": ".reply",
}
__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bot' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
