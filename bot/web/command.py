"""`headache-bot serve`: the web API, widget and demo page on uvicorn. Registered by `bot.cli`."""
from __future__ import annotations

import argparse
import os
import sys


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
    serve.add_argument("--workers", type=whole_number(1), default=1, metavar="N",
                       help="worker processes (default 1; about one per core); the rate limit counts a client across all of them")
    serve.add_argument("--forwarded-allow-ips", metavar="IPS", default="",
                       help="comma-separated addresses or networks of reverse proxies whose X-Forwarded-For is trusted for the "
                            "client address (default: none; the address is the connection's)")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    intents_option(serve)
    serve.set_defaults(handler=run_serve)


def uvicorn_options(trusted_proxies: str) -> dict:
    """uvicorn settings for the guarded server: our HTTP protocol (limits, timeouts, connection cap),
    the client address from X-Forwarded-For only when sent by a named proxy, and Python's own event loop.

    (Not uvloop: on a busy worker it served some connections several rounds late. With 50 clients
    keeping one worker busy, the same app gave p99 200-220 ms and a slowest reply of 650 ms on
    uvloop, against p99 28-35 ms and a slowest of 42-48 ms on asyncio, at about the same rate:
    tests/benchmarks/load.py. A bare ASGI app that only spins 0.45 ms a request showed the same.)"""
    from .protocol import HEAD_LIMIT, GuardedHttpProtocol
    return {"http": GuardedHttpProtocol, "loop": "asyncio", "timeout_keep_alive": 5, "h11_max_incomplete_event_size": HEAD_LIMIT,
            "proxy_headers": bool(trusted_proxies), "forwarded_allow_ips": trusted_proxies or None,
            "access_log": False, "server_header": False}


def _bad_addresses(addresses: str) -> str | None:
    """The first entry of a comma-separated list that is not an IP address or network, if any."""
    import ipaddress
    for entry in filter(None, (e.strip() for e in addresses.split(","))):
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            return entry
    return None


def run_serve(args: argparse.Namespace) -> int:
    import logging
    import tempfile

    import uvicorn

    from ..cli import intents_folder
    from ..reload import LiveBot
    from .app import WebOptions, create_app

    if bad := _bad_addresses(args.forwarded_allow_ips):
        print(f"--forwarded-allow-ips: {bad!r} is not an IP address or network (like 10.0.0.5 or 10.0.0.0/24)", file=sys.stderr)
        return 2
    live = LiveBot(intents_folder(args))   # raises LoadError on invalid intents: printed by bot.cli
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    print(f"Headache assistant on http://{args.host}:{args.port}/  (widget: http://{args.host}:{args.port}/widget.js)", flush=True)
    options = dict(host=args.host, port=args.port, log_level=args.log_level, **uvicorn_options(args.forwarded_allow_ips))
    if args.workers == 1:
        uvicorn.run(create_app(live, WebOptions(tuple(args.allow_origin), args.rate_limit)), **options)
        return 0
    with tempfile.TemporaryDirectory(prefix="headache-bot-") as shared:   # 0700: the workers' shared rate-limit counts
        os.environ.update(HEADACHE_BOT_INTENTS=str(live.folder.resolve()), HEADACHE_BOT_ORIGINS=" ".join(args.allow_origin),
                          HEADACHE_BOT_RATE_STORE=os.path.join(shared, "rate-limit-counts"),
                          HEADACHE_BOT_LOG_LEVEL=args.log_level)
        if args.rate_limit is not None:
            os.environ["HEADACHE_BOT_RATE_LIMIT"] = str(args.rate_limit)
        uvicorn.run("bot.web.app:app_from_environment", factory=True, workers=args.workers, **options)
    return 0
