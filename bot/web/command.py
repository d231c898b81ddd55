"""`headache-bot serve`: the web API, widget and demo page on uvicorn. Registered by `bot.cli`."""
from __future__ import annotations

import argparse


def add_serve_command(commands, intents_option) -> None:
    from ..cli import whole_number
    serve = commands.add_parser(
        "serve", help="serve the chat API, the embeddable widget and a demo page",
        description="Start the web server. Open the printed address for a demo page with the widget; "
                    "embed it elsewhere with <script src=\"http://HOST:PORT/widget.js\" async></script>.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this computer only)")
    serve.add_argument("--port", type=whole_number(0, 65535), default=8000, help="port (default 8000)")
    serve.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                       help="a web origin (https://clinic.example) whose pages may call the API; repeatable; adds to settings.yaml")
    serve.add_argument("--rate-limit", type=whole_number(0), metavar="N", help="requests per minute per client (0: no limit; default from settings.yaml)")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    intents_option(serve)
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    from ..cli import intents_folder
    from ..reload import LiveBot
    from .app import WebOptions, create_app

    live = LiveBot(intents_folder(args))   # raises LoadError on invalid intents: printed by bot.cli
    app = create_app(live, WebOptions(tuple(args.allow_origin), args.rate_limit))
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    print(f"Headache assistant on http://{args.host}:{args.port}/  (widget: http://{args.host}:{args.port}/widget.js)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0
