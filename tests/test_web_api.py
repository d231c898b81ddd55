"""The JSON API through an HTTP client: replies, bad input, CORS, rate limit, headers, health."""
from __future__ import annotations

import shutil

import pytest
from starlette.testclient import TestClient

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
    simple = client.post("/api/chat", json={"message": "hi"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_rate_limit_answers_429_with_retry_after():
    limited = TestClient(make_app(rate_limit=3))
    codes = [limited.post("/api/chat", json={"message": "hi"}).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    response = limited.post("/api/chat", json={"message": "hi"})
    assert 1 <= int(response.headers["retry-after"]) <= 60 and response.json()["error"]["code"] == "rate_limited"


def test_pages_have_security_headers_and_the_widget_loads_anywhere(client):
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    widget = client.get("/widget.js")
    assert widget.headers["content-type"].startswith("text/javascript")
    assert '"bookingUrl": "https://clinic.example/book"' in widget.text and "/*CONFIG*/null" not in widget.text
    assert len(widget.content) < 30_000


def test_health_reports_a_failed_reload_while_the_last_good_intents_keep_serving(tmp_path, caplog):
    folder = tmp_path / "intents"
    shutil.copytree(MINIMAL, folder)
    client = TestClient(make_app(folder, rate_limit=0))
    assert client.get("/healthz").json()["status"] == "ok"
    (folder / "intents.yaml").write_text((folder / "intents.yaml").read_text() + "\n  - id: [broken\n")
    health = client.get("/healthz").json()
    assert health["status"] == "degraded" and "intents.yaml" in health["reload_error"][0]
    assert "still serving the last good version" in caplog.text and "intents.yaml" in caplog.text
    assert client.post("/api/chat", json={"message": "what is botox"}).json()["intent"] == "what_is_botox"


def test_openapi_document(client):
    assert "/api/chat" in client.get("/openapi.json").json()["paths"]


def test_message_text_is_not_logged_by_default(client, caplog):
    caplog.set_level("INFO", logger="headache_bot.web")
    client.post("/api/chat", json={"message": "my number is 555 123 4567 and my head hurts"})
    assert "intent=" in caplog.text and "555" not in caplog.text and "head hurts" not in caplog.text
