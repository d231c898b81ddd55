"""The HTTP connection guard: uvicorn's httptools protocol plus the limits uvicorn lacks.

uvicorn bounds keep-alive idle time (`timeout_keep_alive`) but not how long a
client may take to send a request's head or body, nor the head's size (llhttp
buffers any header line), and it keeps every connection it accepts until the
process runs out of file descriptors; its `limit_concurrency` answers 503 once
that many connections are open, so slow clients holding connections starve
everyone else. This protocol adds:

- a head size limit (`HEAD_LIMIT`, request line and headers), answered 431;
- a head read timeout from a connection's opening (or a keep-alive request's
  first byte) and a body read timeout from the end of the head, answered 408;
- a cap on open connections below the open-file limit: a new connection over
  the cap closes the oldest one that has no complete request (still sending
  its head or body, or idle between keep-alive requests), so a client that
  sends its request promptly is always served.

Errors are the API's JSON errors. Pass the class as uvicorn's `http=`.
"""
from __future__ import annotations

import json
import resource
import weakref

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

HEAD_LIMIT = 16 * 1024          # bytes of request line and headers (nginx allows 4 x 8 KB, Node 16 KB)
HEAD_TIMEOUT = 10.0             # seconds to send the request line and headers
BODY_TIMEOUT = 10.0             # seconds to send the body once the head is in (the body is at most 8 KB)
MAX_CONNECTIONS = 10_000        # per worker, whatever the open-file limit allows
RESERVED_FILES = 64             # descriptors kept for the listening socket, intent files, the rate-limit file, logs


def connection_cap() -> int:
    """Open connections allowed per process: MAX_CONNECTIONS, or fewer to stay under the open-file limit."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return MAX_CONNECTIONS
    return max(1, min(MAX_CONNECTIONS, soft - RESERVED_FILES))


class HeadTooLarge(Exception):
    pass


def error_response(status: int, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 response carrying the API's JSON error, closing the connection."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    return b"".join([STATUS_LINE[status], b"content-type: application/json\r\n",
                     b"x-content-type-options: nosniff\r\n",
                     b"content-length: ", str(len(body)).encode(), b"\r\n", b"connection: close\r\n\r\n", body])


# connections of each server (by its uvicorn ServerState) without a complete request, oldest first
_waiting: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class GuardedHttpProtocol(HttpToolsProtocol):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._timer = None
        self._head_bytes = 0
        self._in_head = True
        self._head_too_large = False
        self._cap = connection_cap()

    # -- connection bookkeeping
    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        waiting = _waiting.setdefault(self.server_state, {})
        waiting[self] = None
        self._arm(HEAD_TIMEOUT)
        if len(self.connections) > self._cap:
            self._make_room(waiting)

    def _make_room(self, waiting: dict) -> None:
        victim = next((c for c in waiting if c is not self), None)
        if victim is None:                  # every other connection has a request in progress
            self._refuse(503, "busy", "The server is busy; try again shortly.")
            return
        self.logger.debug("connection limit (%d) reached: closing the oldest unfinished connection", self._cap)
        victim._close()

    def _close(self) -> None:
        _waiting.get(self.server_state, {}).pop(self, None)
        self.connections.discard(self)
        self._disarm()
        self.transport.close()

    def connection_lost(self, exc) -> None:
        _waiting.get(self.server_state, {}).pop(self, None)
        self._disarm()
        super().connection_lost(exc)

    # -- timeouts
    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._timer = self.loop.call_later(seconds, self._timed_out)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _timed_out(self) -> None:
        self._timer = None
        if self._in_head or self.cycle is None or not self.cycle.response_started:
            self._refuse(408, "request_timeout", "The request was not sent in time.")
        else:
            self._close()

    def _refuse(self, status: int, code: str, message: str) -> None:
        if not self.transport.is_closing():
            self.transport.write(error_response(status, code, message))
        self._close()

    # -- parsing
    def data_received(self, data: bytes) -> None:
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)
        if self._in_head and self._head_bytes > HEAD_LIMIT and not self.transport.is_closing():
            self._head_too_large = True
            self.send_400_response("")

    def send_400_response(self, msg: str) -> None:
        if self._head_too_large:
            self._refuse(431, "headers_too_large", f"The request's headers are over {HEAD_LIMIT // 1024} KB.")
        else:
            self._refuse(400, "bad_request", "The HTTP request is malformed.")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._timer is None:             # the first request's clock started with the connection
            self._arm(HEAD_TIMEOUT)

    def on_headers_complete(self) -> None:
        size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > HEAD_LIMIT:
            self._head_too_large = True
            raise HeadTooLarge()            # httptools raises HttpParserCallbackError: send_400_response answers 431
        self._in_head = False
        self._arm(BODY_TIMEOUT)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._disarm()
        _waiting.get(self.server_state, {}).pop(self, None)
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._in_head, self._head_bytes = True, 0   # the next bytes are the next request's head
        if not self.transport.is_closing():   # idle between keep-alive requests: may make room for others
            _waiting.setdefault(self.server_state, {})[self] = None

