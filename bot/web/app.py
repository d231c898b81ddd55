"""The web app: JSON chat API, the embeddable widget script, a demo page, health and OpenAPI.

`create_app` builds a Starlette app around a `LiveBot` (hot reload, last good
intents kept). The server keeps no conversation memory: each request carries
the conversation state the previous reply returned, validated before use, so
any worker can answer any request.
"""
from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..reload import LiveBot
from ..review_log import ReviewLog, open_review_log, redact
from .limits import BodyTooLarge, RateLimiter, read_body

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("headache_bot.web")

_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class WebOptions:
    allowed_origins: tuple[str, ...] = ()
    rate_limit: int | None = None     # per minute per client; None: from settings.yaml
    log_messages: bool | None = None  # None: from settings.yaml


def _error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _log_reload(status: str, error) -> None:
    if error is not None:
        log.error("intent files changed but have errors; still serving the last good version:\n%s",
                  "\n".join(str(p) for p in error.problems))
    else:
        log.info("intent files changed: reloaded")


def create_app(live: LiveBot, options: WebOptions = WebOptions()) -> Starlette:
    live.on_change = live.on_change or _log_reload
    settings = live.bot.settings
    limiter = RateLimiter(settings.web.rate_limit if options.rate_limit is None else options.rate_limit)
    log_messages = settings.web.log_messages if options.log_messages is None else options.log_messages
    review_log: ReviewLog | None = open_review_log(settings, live.folder)
    widget_source = (STATIC / "widget.js").read_text(encoding="utf-8")
    demo_page = (STATIC / "demo.html").read_text(encoding="utf-8")
    origins = list(dict.fromkeys((*settings.web.allowed_origins, *options.allowed_origins)))

    def widget_config() -> str:
        bot = live.bot
        clinic = bot.settings.clinic
        config = {"clinic": clinic.name, "disclaimer": bot.fill(bot.settings.messages.disclaimer),
                  "bookingUrl": clinic.booking_url, "phone": clinic.phone, "emergencyNumber": clinic.emergency_number,
                  "maxLength": bot.settings.max_message_chars}
        return json.dumps(config).replace("<", "\\u003c")

    async def chat(request: Request) -> Response:
        client = request.client.host if request.client else "unknown"
        wait = limiter.retry_after(client)
        if wait:
            return _error(429, "rate_limited", f"Too many messages; try again in {wait} seconds.", {"Retry-After": str(wait)})
        try:
            body = await read_body(request)
        except BodyTooLarge:
            return _error(413, "body_too_large", "The request body is too large.")
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error(400, "invalid_json", "The body must be JSON: {\"message\": \"...\", \"conversation\": {...}}.")
        if not isinstance(data, dict) or set(data) - {"message", "conversation"}:
            return _error(400, "invalid_request", "Send an object with 'message' and optionally 'conversation'.")
        message = data.get("message")
        if not isinstance(message, str):
            return _error(422, "invalid_message", "'message' must be text.")
        bot = live.current()
        if len(message) > bot.settings.max_message_chars:
            return _error(413, "message_too_long", f"Messages are limited to {bot.settings.max_message_chars} characters.")
        try:
            reply = bot.reply(message, data.get("conversation"))
        except ValueError as problem:
            return _error(422, "invalid_conversation", f"The conversation state is not valid: {problem}. Start a new conversation.")
        request_id = secrets.token_hex(4)
        log.info("reply %s intent=%s kind=%s confidence=%.2f%s", request_id, reply.intent, reply.kind, reply.confidence,
                 f" message={redact(message)!r}" if log_messages else "")
        if review_log is not None:
            review_log.record(message, reply, bot.settings.matching.threshold)
        return JSONResponse(reply.to_dict(explain=False))

    async def health(request: Request) -> Response:
        live.current()
        body = {"status": "ok", "intents": len(live.bot.knowledge.intents)}
        if live.error is not None:
            body.update(status="degraded", reload_error=[str(p) for p in live.error.problems])
        return JSONResponse(body)

    async def widget(request: Request) -> Response:
        source = widget_source.replace("/*CONFIG*/null", widget_config())
        return Response(source, media_type="text/javascript", headers={"X-Content-Type-Options": "nosniff",
                                                                       "Cache-Control": "no-cache"})

    async def demo(request: Request) -> Response:
        return Response(demo_page.replace("{clinic}", live.bot.settings.clinic.name), media_type="text/html",
                        headers=_PAGE_HEADERS)

    async def openapi(request: Request) -> Response:
        return JSONResponse(json.loads((STATIC / "openapi.json").read_text(encoding="utf-8")))

    routes = [
        Route("/", demo),
        Route("/widget.js", widget),
        Route("/api/chat", chat, methods=["POST"]),
        Route("/healthz", health),
        Route("/openapi.json", openapi),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=origins, allow_methods=["POST"], allow_headers=["Content-Type"],
                             max_age=600)]
    return Starlette(routes=routes, middleware=middleware)


def app_from_environment() -> Starlette:
    """An app factory for `uvicorn --factory bot.web.app:app_from_environment --workers N`.

    Reads HEADACHE_BOT_INTENTS (a folder; default: the shipped intents),
    HEADACHE_BOT_ORIGINS (space-separated extra allowed origins) and
    HEADACHE_BOT_RATE_LIMIT (requests per minute per client)."""
    from .. import environment
    return create_app(LiveBot(environment.intents_folder()),
                      WebOptions(environment.allowed_origins(), environment.rate_limit()))
