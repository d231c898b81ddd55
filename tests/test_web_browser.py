"""The widget in a real headless Chromium (Debian's chromium, driven by Playwright) against a real server.

A failing test leaves a screenshot in tests/artifacts/.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from web_helpers import make_app, running_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def base_url():
    with running_server(make_app(rate_limit=0)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed for the browser tests: apt-get install chromium (scripts/test does this)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url, request):
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    if getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"))
    context.close()


W = "headache-bot-widget"


def send(page, text):
    page.locator(f"{W} textarea").fill(text)
    page.keyboard.press("Enter")


def bot_messages(page):
    return page.locator(f"{W} .msg.bot")


def wait_for_replies(page, count):
    """Wait until the widget shows `count` assistant messages (locators pierce the shadow root; no eval,
    which the demo page's Content-Security-Policy forbids)."""
    bot_messages(page).nth(count - 1).wait_for()


def test_ask_see_answer_click_suggestion_and_urgent(page, base_url):
    page.goto(base_url + "/")
    page.locator(f"{W} .launcher").click()
    assert "not medical advice" in page.locator(f"{W} .disclaimer").inner_text()
    send(page, "hw long does botox last")
    wait_for_replies(page, 2)
    assert "two to three months" in bot_messages(page).nth(1).inner_text()
    assert page.locator(f"{W} a.book").first.get_attribute("href") == "https://clinic.example/book"
    page.locator(f"{W} .chips button", has_text="What is Botox?").click()
    wait_for_replies(page, 3)
    assert "botulinum toxin" in bot_messages(page).nth(2).inner_text()
    send(page, "worst headache of my life, and how long does botox last?")
    urgent = page.locator(f"{W} .msg.urgent")
    urgent.wait_for()
    assert "emergency" in urgent.inner_text() and urgent.get_attribute("role") == "alert"
    assert page.locator(f"{W} .msg.urgent a").get_attribute("href") == "tel:911"
    assert urgent.evaluate("e => getComputedStyle(e).borderTopColor") == "rgb(200, 30, 30)"


def test_conversation_survives_a_reload(page, base_url):
    page.goto(base_url + "/")
    page.locator(f"{W} .launcher").click()
    send(page, "what is botox")
    wait_for_replies(page, 2)
    page.reload()
    page.locator(f"{W} .msg.user", has_text="what is botox").wait_for()
    send(page, "tell me more")
    wait_for_replies(page, 3)
    assert "two to three months" in bot_messages(page).nth(2).inner_text()   # the follow-up of the topic kept in the state


def test_html_in_messages_is_shown_as_text(page, base_url):
    page.goto(base_url + "/")
    page.locator(f"{W} .launcher").click()
    send(page, "<img src=x onerror=alert(1)>")
    page.locator(f"{W} .msg.user").wait_for()
    wait_for_replies(page, 2)
    assert page.locator(f"{W} .msg.user").inner_text() == "<img src=x onerror=alert(1)>"
    assert page.locator(f"{W} img").count() == 0 and page.dialogs == []


def test_keyboard_only(page, base_url):
    page.goto(base_url + "/")
    page.locator(W).wait_for(state="attached")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.tagName") == "HEADACHE-BOT-WIDGET":
            break
    page.keyboard.press("Enter")
    assert page.locator(f"{W} .panel").is_visible()
    page.keyboard.type("what is botox")
    page.keyboard.press("Enter")
    wait_for_replies(page, 2)
    page.keyboard.press("Escape")
    assert not page.locator(f"{W} .panel").is_visible()
    assert page.evaluate("document.querySelector('headache-bot-widget').shadowRoot.activeElement.className") == "launcher"


def test_opening_the_panel_makes_no_request_and_styles_do_not_leak(page, base_url):
    page.goto(base_url + "/")
    page.locator(W).wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    before = list(page.requests)
    page.locator(f"{W} .launcher").click()
    page.wait_for_timeout(300)
    assert page.requests == before
    assert page.evaluate("getComputedStyle(document.querySelector('main p')).fontFamily").startswith("Georgia")
    assert page.evaluate("document.querySelectorAll('.msg, .panel').length") == 0   # nothing outside the shadow root


def test_phone_sized_screen(browser, base_url):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(base_url + "/")
    page.locator(f"{W} .launcher").click()
    box = page.locator(f"{W} .panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    context.close()


def _host_page_app(widget_url: str):
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse
    from starlette.routing import Route
    page = (f"<!doctype html><html><head><style>button {{ background: hotpink !important; }}</style></head>"
            f"<body><h1>Another clinic page</h1><script src='{widget_url}' async data-color='#aa3300'></script></body></html>")
    return Starlette(routes=[Route("/", lambda request: HTMLResponse(page))])


def test_embedded_on_another_site_with_one_script_tag(browser):
    from web_helpers import free_port
    host_port = free_port()
    allowed = f"http://127.0.0.1:{host_port}"
    with running_server(make_app(rate_limit=0, allowed_origins=(allowed,))) as api, \
            running_server(_host_page_app(api + "/widget.js"), port=host_port):
        context = browser.new_context()
        page = context.new_page()
        page.goto(allowed + "/")
        page.locator(f"{W} .launcher").click()
        # data-color themes it; the host page's own !important button style does not reach inside
        assert page.locator(f"{W} .launcher").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(170, 51, 0)"
        send(page, "what is botox")
        wait_for_replies(page, 2)
        assert "botulinum toxin" in bot_messages(page).nth(1).inner_text()
        context.close()


def test_a_site_not_allowed_cannot_call_the_api(browser):
    with running_server(make_app(rate_limit=0)) as api:
        with running_server(_host_page_app(api + "/widget.js")) as host:
            context = browser.new_context()
            page = context.new_page()
            page.goto(host + "/")
            page.locator(f"{W} .launcher").click()
            send(page, "what is botox")
            wait_for_replies(page, 2)
            assert "can't reach the clinic's assistant" in bot_messages(page).nth(1).inner_text()
            context.close()
