"""The web app: JSON chat API, the embeddable widget script, a demo page, health and OpenAPI.

`create_app` builds a Starlette app around a `LiveBot` (hot reload, last good
intents kept). The server keeps no conversation memory: each request carries
the conversation state the previous reply returned, validated before use, so
any worker can answer any request.
"""
from __future__ import annotations

import html
import json
import logging
import secrets
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..problems import Problem
from ..reload import LiveBot
from ..review_log import ReviewLog, open_review_log, redact
from .limits import BodyTooLarge, RateLimiter, read_body

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("headache_bot.web")

_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class WebOptions:
    allowed_origins: tuple[str, ...] = ()
    rate_limit: int | None = None     # per minute per client; None: from settings.yaml
    log_messages: bool | None = None  # None: from settings.yaml
    rate_store: str | None = None     # a file several workers share for the rate limit; None: in memory


def _error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


_STATUS_CODES = {404: ("not_found", "There is nothing at this address."),
                 405: ("method_not_allowed", "This address does not take that method.")}


async def _http_error(request: Request, error: HTTPException) -> Response:
    code, message = _STATUS_CODES.get(error.status_code, ("http_error", str(error.detail)))
    return _error(error.status_code, code, message, error.headers)


async def _server_error(request: Request, error: Exception) -> Response:
    return _error(500, "server_error", "Something went wrong on the server; the error was logged.")


class NoSniff:
    """ASGI middleware: `X-Content-Type-Options: nosniff` on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_header(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), (b"x-content-type-options", b"nosniff")]
            await send(message)
        await self.app(scope, receive, send_with_header)


class CORS(CORSMiddleware):
    """Starlette's CORS middleware, with a refused preflight answered as a JSON error."""

    def preflight_response(self, request_headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")}
        return _error(400, "cors_refused", f"{response.body.decode()}: ask the clinic to allow your site's origin.", headers)


def _is_json(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/json"


def reload_error_summary(problem: Problem, folder: Path) -> dict:
    """Where a reload failed, for /healthz: the file relative to the intents folder (its name
    alone when outside it), line and field; never file contents or absolute paths."""
    path = Path(problem.path)
    try:
        name = path.resolve().relative_to(folder.resolve()).as_posix()
    except (ValueError, OSError):
        name = path.name
    return {"file": name, "line": problem.line, "field": problem.field}


def _log_reload(status: str, error) -> None:
    if error is not None:
        log.error("intent files changed but have errors; still serving the last good version:\n%s",
                  "\n".join(str(p) for p in error.problems))
    else:
        log.info("intent files changed: reloaded")


def create_app(live: LiveBot, options: WebOptions = WebOptions()) -> Starlette:
    live.on_change = live.on_change or _log_reload
    settings = live.bot.settings
    limiter = RateLimiter(settings.web.rate_limit if options.rate_limit is None else options.rate_limit,
                          options.rate_store)
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
        if not _is_json(request):
            return _error(415, "unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'.")
        try:
            body = await read_body(request)
        except BodyTooLarge:
            return _error(413, "body_too_large", "The request body is too large.")
        except ClientDisconnect:
            return Response(status_code=400)      # nobody is listening
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):      # bad JSON or encoding, a number too long, nesting too deep
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
        except RecursionError:
            return _error(400, "invalid_request", "The request is nested too deeply.")
        request_id = secrets.token_hex(4)
        log.info("reply %s intent=%s kind=%s confidence=%.2f%s", request_id, reply.intent, reply.kind, reply.confidence,
                 f" message={redact(message)!r}" if log_messages else "")
        if review_log is not None:
            review_log.record(message, reply, bot.settings.matching.threshold)
        return JSONResponse(reply.to_dict(explain=False))

    async def health(request: Request) -> Response:
        bot, error = live.current(), live.error
        body = {"status": "ok", "intents": len(bot.knowledge.intents)}
        if error is not None:
            body.update(status="degraded", reload_error=[reload_error_summary(p, live.folder) for p in error.problems],
                        how_to_fix="Run 'headache-bot check' on the intents folder; the last good intents keep serving.")
        return JSONResponse(body)

    async def widget(request: Request) -> Response:
        source = widget_source.replace("/*CONFIG*/null", widget_config())
        return Response(source, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    async def demo(request: Request) -> Response:
        return Response(demo_page.replace("{clinic}", html.escape(live.bot.settings.clinic.name)), media_type="text/html",
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
    middleware = [Middleware(NoSniff),
                  Middleware(CORS, allow_origins=origins, allow_methods=["POST"], allow_headers=["Content-Type"],
                             max_age=600)]

    @asynccontextmanager
    async def lifespan(app):
        live.watch()                        # reload changed intents off the request path
        try:
            yield
        finally:
            live.stop()
            limiter.close()

    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                     exception_handlers={HTTPException: _http_error, Exception: _server_error})


def app_from_environment() -> Starlette:
    """An app factory for uvicorn's workers (`headache-bot serve --workers N` uses it).

    Reads HEADACHE_BOT_INTENTS (a folder; default: the shipped intents),
    HEADACHE_BOT_ORIGINS (space-separated extra allowed origins),
    HEADACHE_BOT_RATE_LIMIT (requests per minute per client), all checked by `bot.environment`;
    HEADACHE_BOT_RATE_STORE (a file the workers share for the rate limit) and HEADACHE_BOT_LOG_LEVEL,
    both set by `serve --workers`."""
    import os
    from .. import environment
    level = os.environ.get("HEADACHE_BOT_LOG_LEVEL", "info").upper()
    if level not in ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"):
        raise ValueError(f"HEADACHE_BOT_LOG_LEVEL must be critical, error, warning, info or debug, not {level.lower()!r}")
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    return create_app(LiveBot(environment.intents_folder()),
                      WebOptions(environment.allowed_origins(), environment.rate_limit(),
                                 rate_store=os.environ.get("HEADACHE_BOT_RATE_STORE") or None))
