"""The JSON API through an HTTP client: replies, bad input, CORS, rate limit, headers, health."""
from __future__ import annotations

import json
import shutil
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from bot.web import limits
from bot.web.limits import ROWS, RateLimiter
from web_helpers import MINIMAL, make_app

ALLOWED = "https://clinic.example"


@pytest.fixture
def client():
    return TestClient(make_app(allowed_origins=(ALLOWED,), rate_limit=0))


def test_chat_returns_the_reply_and_the_state_to_send_back(client):
    first = client.post("/api/chat", json={"message": "how long does botox last"})
    assert first.status_code == 200
    body = first.json()
    assert body["intent"] == "short_term_relief" and body["text"] and body["conversation"]["turn"] == 1
    more = client.post("/api/chat", json={"message": "tell me more", "conversation": body["conversation"]}).json()
    assert more["intent"] == "what_is_botox" and more["conversation"]["turn"] == 2


def test_no_memory_on_the_server_any_app_can_continue_a_conversation(client):
    state = client.post("/api/chat", json={"message": "how long does botox last"}).json()["conversation"]
    other_worker = TestClient(make_app(rate_limit=0))
    assert other_worker.post("/api/chat", json={"message": "tell me more", "conversation": state}).json()["intent"] == "what_is_botox"


@pytest.mark.parametrize("body,status,code", [
    (b"{not json", 400, "invalid_json"),
    (b"\xff\xfe", 400, "invalid_json"),
    (b"[1, 2]", 400, "invalid_request"),
    (b'{"message": "hi", "admin": true}', 400, "invalid_request"),
    (b'{"message": 42}', 422, "invalid_message"),
    (b'{"conversation": {}}', 422, "invalid_message"),
    (b'{"message": "hi", "conversation": {"topic": "not_an_intent"}}', 422, "invalid_conversation"),
    (b'{"message": "hi", "conversation": {"turn": -5}}', 422, "invalid_conversation"),
    (b'{"message": "hi", "conversation": "tampered"}', 422, "invalid_conversation"),
    (('{"message": "' + "a" * 1001 + '"}').encode(), 413, "message_too_long"),
    (('{"message": "hi", "pad": "' + "a" * 10_000 + '"}').encode(), 413, "body_too_large"),
])
def test_bad_input_gets_a_clear_4xx_json_error(client, body, status, code):
    response = client.post("/api/chat", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    assert response.json()["error"]["code"] == code and response.json()["error"]["message"]


def test_cors_preflight_allows_listed_origins_only(client):
    ok = client.options("/api/chat", headers={"Origin": ALLOWED, "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type"})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ALLOWED
    other = client.options("/api/chat", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
    assert other.json()["error"]["code"] == "cors_refused"
    simple = client.post("/api/chat", json={"message": "hi"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_rate_limit_answers_429_with_retry_after():
    limited = TestClient(make_app(rate_limit=3))
    responses = [limited.post("/api/chat", json={"message": "hi"}) for _ in range(5)]
    assert [r.status_code for r in responses] == [200, 200, 200, 429, 429]
    response = responses[-1]        # (not a sixth request: on a busy machine the bucket may refill before it)
    assert 1 <= int(response.headers["retry-after"]) <= 60 and response.json()["error"]["code"] == "rate_limited"


def test_pages_have_security_headers_and_the_widget_loads_anywhere(client):
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    widget = client.get("/widget.js")
    assert widget.headers["content-type"].startswith("text/javascript")
    assert '"bookingUrl": "https://clinic.example/book"' in widget.text and "/*CONFIG*/null" not in widget.text
    assert len(widget.content) < 30_000


def _health_when(client, status: str) -> dict:
    deadline = time.monotonic() + 10
    while (health := client.get("/healthz").json())["status"] != status:
        assert time.monotonic() < deadline, f"/healthz never said {status}: {health}"
        time.sleep(0.05)
    return health


def test_health_reports_a_failed_background_reload_while_the_last_good_intents_keep_serving(tmp_path, caplog):
    folder = tmp_path / "intents"
    shutil.copytree(MINIMAL, folder)
    with TestClient(make_app(folder, rate_limit=0)) as client:      # the app's lifespan starts the reload thread
        assert client.get("/healthz").json()["status"] == "ok"
        (folder / "intents.yaml").write_text((folder / "intents.yaml").read_text() + "\n  - id: [broken secret text\n")
        health = _health_when(client, "degraded")
        assert health["reload_error"] == [{"file": "intents.yaml", "line": 84, "field": ""}]
        assert "secret text" not in json.dumps(health) and str(tmp_path) not in json.dumps(health)
        assert "still serving the last good version" in caplog.text and "intents.yaml" in caplog.text
        assert client.post("/api/chat", json={"message": "what is botox"}).json()["intent"] == "what_is_botox"
        shutil.copy(MINIMAL / "intents.yaml", folder / "intents.yaml")
        assert "reload_error" not in _health_when(client, "ok")


@pytest.mark.parametrize("method,path,status,code", [
    ("GET", "/nowhere", 404, "not_found"),
    ("GET", "/api/chat", 405, "method_not_allowed"),
    ("DELETE", "/healthz", 405, "method_not_allowed"),
])
def test_http_errors_are_json(client, method, path, status, code):
    response = client.request(method, path)
    assert response.status_code == status and response.json()["error"]["code"] == code
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded", "application/jsonp"])
def test_chat_requires_a_json_content_type(client, content_type):
    """415 also refuses the cross-origin text/plain POST a page can send without a CORS preflight."""
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/chat", content=b'{"message": "hi"}', headers={**headers, "Origin": "https://evil.example"})
    assert response.status_code == 415 and response.json()["error"]["code"] == "unsupported_media_type"
    ok = client.post("/api/chat", content=b'{"message": "hi"}', headers={"Content-Type": "Application/JSON; charset=utf-8"})
    assert ok.status_code == 200 and ok.headers["x-content-type-options"] == "nosniff"


def _nested(depth: int) -> bytes:
    return b'{"message": "hi", "conversation": ' + b'{"t":' * depth + b"null" + b"}" * depth + b"}"


@pytest.mark.parametrize("body", [b"[" * 4000, b'{"message": ' + b"9" * 5000 + b"}", _nested(1300)],
                         ids=["4000 brackets", "5000-digit number", "conversation 1300 deep"])
def test_hostile_json_gets_a_400_json_error_not_a_500(client, body):
    response = client.post("/api/chat", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["code"] in ("invalid_json", "invalid_request")


def test_an_unexpected_failure_is_a_json_500_without_a_traceback(caplog):
    app = make_app(rate_limit=0)
    client = TestClient(app, raise_server_exceptions=False)
    route = next(r for r in app.routes if r.path == "/healthz")
    route.app = route.endpoint = None          # the health route now fails inside the app
    response = client.get("/healthz")
    assert response.status_code == 500 and response.json()["error"]["code"] == "server_error"
    assert "Traceback" not in response.text and "NoneType" not in response.text


def test_clinic_text_is_escaped_on_the_demo_page(tmp_path):
    folder = tmp_path / "intents"
    shutil.copytree(MINIMAL, folder)
    settings = folder / "settings.yaml"
    settings.write_text(settings.read_text().replace("name: Centeno-Schultz Clinic", "name: \"Dr <b>Bad</b> & Co\"", 1))
    page = TestClient(make_app(folder, rate_limit=0)).get("/").text
    assert "Dr &lt;b&gt;Bad&lt;/b&gt; &amp; Co" in page and "<b>Bad" not in page


def test_rate_limit_counts_a_client_across_workers_sharing_a_store(tmp_path):
    store = str(tmp_path / "rate")
    now = [600.0]
    workers = [RateLimiter(3, store, clock=lambda: now[0]) for _ in range(2)]
    waits = [workers[i % 2].retry_after("203.0.113.7") for i in range(5)]
    assert waits[:3] == [0, 0, 0] and all(1 <= w <= 60 for w in waits[3:])
    assert workers[1].retry_after("203.0.113.8") == 0           # another client has its own allowance
    now[0] += 60                                                 # the next minute starts afresh
    assert workers[0].retry_after("203.0.113.7") == 0


def test_rate_limit_memory_is_fixed_however_many_clients_call(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "SLOTS", 64)
    store = tmp_path / "rate"
    limiter = RateLimiter(100, str(store), clock=lambda: 0.0)
    size = store.stat().st_size
    for i in range(5_000):
        limiter.retry_after(f"2001:db8::{i:x}")
    assert store.stat().st_size == size <= 16 + 16 * ROWS * 64
    assert limiter.retry_after("198.51.100.1") == 0              # a newcomer is not blocked by the crowd


def test_openapi_document(client):
    assert "/api/chat" in client.get("/openapi.json").json()["paths"]


def test_message_text_is_not_logged_by_default(client, caplog):
    caplog.set_level("INFO", logger="headache_bot.web")
    client.post("/api/chat", json={"message": "my number is 555 123 4567 and my head hurts"})
    assert "intent=" in caplog.text and "555" not in caplog.text and "head hurts" not in caplog.text


_json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                            max_leaves=30)
_conversations = st.dictionaries(st.sampled_from(["v", "turn", "topic", "offer", "options", "booking_turn", "x"]),
                                 _json_values, max_size=6) | _json_values


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=200) | st.builds(lambda m, c: json.dumps({"message": m, "conversation": c}).encode(),
                                                 st.text(max_size=50) | _json_values, _conversations))
def test_any_body_gets_a_json_reply_or_a_json_4xx_never_a_500(client, body):
    response = client.post("/api/chat", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code < 500
    assert response.status_code == 200 or response.json()["error"]["code"]
