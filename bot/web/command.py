"""`headache-bot serve`: registered on the command line by `bot.cli`."""
from __future__ import annotations


def add_serve_command(commands, intents_option) -> None:
    serve = commands.add_parser("serve", help="serve the web API and chat widget (not yet available)")
    intents_option(serve)
    serve.set_defaults(handler=lambda args: print("serve is not built yet") or 2)
