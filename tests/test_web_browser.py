"""The widget in a real headless Chromium (Debian's chromium, driven by Playwright) against a real server.

A failing test leaves a screenshot in tests/artifacts/.
"""
from __future__ import annotations

import functools
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import bot
from bot.intents import default_folder
from web_helpers import make_app, running_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"
AXE_VERSION = "4.14.1"
AXE_FOLDER = Path(__file__).parent.parent / ".cache" / "axe"
AXE = AXE_FOLDER / "node_modules" / "axe-core" / "axe.min.js"


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
    booking = bot_messages(page).nth(1).locator(".booking a")
    assert booking.nth(0).get_attribute("href") == "https://clinic.example/book"   # the booking sentence's address
    assert booking.nth(1).get_attribute("href") == "tel:+15550100100"              # and its phone number
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


def focused(page) -> str:
    """What has the keyboard focus inside the widget: 'tag.class' or 'tag[href]' (page.evaluate runs through
    the DevTools protocol, which the page's Content-Security-Policy does not restrict)."""
    return page.evaluate("""() => {
        const e = document.querySelector('headache-bot-widget').shadowRoot.activeElement;
        return !e ? '' : e.tagName.toLowerCase() + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '.' + e.className);
    }""")


def test_keyboard_only(page, base_url):
    page.goto(base_url + "/")
    page.locator(W).wait_for(state="attached")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.tagName") == "HEADACHE-BOT-WIDGET":
            break
    page.keyboard.press("Enter")
    assert page.locator(f"{W} .panel").is_visible()
    assert focused(page) == "textarea."
    page.keyboard.type("how do i book")
    page.keyboard.press("Enter")
    wait_for_replies(page, 2)
    # Backwards from the text box: the reply's links, the conversation (scrollable by arrow keys), the folded disclaimer
    reached = []
    for _ in range(12):
        page.keyboard.press("Shift+Tab")
        reached.append(focused(page))
        if reached[-1] == "button.notice-toggle":
            break
    assert "a[https://clinic.example/book]" in reached and "a[tel:+15550100100]" in reached
    assert "div.log" in reached and reached[-1] == "button.notice-toggle", reached
    toggle = page.locator(f"{W} .notice-toggle")
    assert toggle.get_attribute("aria-expanded") == "false" and not page.locator(f"{W} .disclaimer").is_visible()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and page.locator(f"{W} .disclaimer").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator(f"{W} .panel").is_visible()
    assert focused(page) == "button.launcher"


def test_the_page_asks_for_nothing_but_the_script_and_the_chat(page, base_url):
    page.goto(base_url + "/")
    page.locator(W).wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    before = list(page.requests)
    page.locator(f"{W} .launcher").click()
    page.wait_for_timeout(300)
    assert page.requests == before                 # opening the panel makes no request
    send(page, "how long does botox last")
    wait_for_replies(page, 2)
    page.wait_for_load_state("networkidle")
    paths = [urlsplit(url).path for url in page.requests]
    assert set(paths) <= {"/", "/widget.js", "/favicon.ico", "/api/chat"} and paths.count("/api/chat") == 1, paths
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


# --- Reading the replies: with the shipped intents, in the sizes patients use -------------------------------------

SHIPPED_INTENTS = default_folder()
ANSWER, CLARIFY, URGENT = "how long til botex wears of", "botox studies", "my arm went numb and i have a terrible headache"
LONG_QUESTIONS = ["what is botox", "does botox damage muscles", "can headaches come from the neck", "is the effect reversible"]
BOOKING = "https://clinic.example/book"


@pytest.fixture(scope="module")
def shipped_url():
    with running_server(make_app(SHIPPED_INTENTS, rate_limit=0)) as url:
        yield url


def open_widget(browser, url, width=1280, height=900, scale=1):
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale)
    page = context.new_page()
    page.goto(url + "/")
    page.locator(f"{W} .launcher").click()
    page.locator(f"{W} .msg.bot").first.wait_for()
    return context, page


def first_line_in_view(page, message) -> bool:
    """Whether the message's first line (its top 30 px) shows inside the conversation's scrolled view and the window."""
    box, view = message.bounding_box(), page.locator(f"{W} .log").bounding_box()
    return view["y"] <= box["y"] and box["y"] + 30 <= min(view["y"] + view["height"], page.viewport_size["height"])


@pytest.mark.parametrize("width, height, scale", [(640, 450, 2), (1280, 900, 1)], ids=["200%-zoom", "desktop"])
def test_each_new_reply_shows_from_its_first_line_and_a_reload_shows_the_latest(browser, shipped_url, width, height, scale):
    context, page = open_widget(browser, shipped_url, width, height, scale)
    log = page.locator(f"{W} .log")
    for turn, question in enumerate(LONG_QUESTIONS, start=2):
        send(page, question)
        wait_for_replies(page, turn)
        reply = bot_messages(page).nth(turn - 1)
        assert first_line_in_view(page, reply), question
        at_end = log.evaluate("e => e.scrollTop + e.clientHeight >= e.scrollHeight - 1")
        assert reply.bounding_box()["y"] - log.bounding_box()["y"] < 20 or at_end, question   # at the top of the view
    # A reply taller than the view (longer than any real one): shown from its top, not scrolled to its end
    longest = " ".join(ask_json(question)["text"] for question in LONG_QUESTIONS)
    page.route("**/api/chat", lambda route: route.fulfill(json={**ask_json("what is botox"), "text": longest}))
    send(page, "tell me everything")
    wait_for_replies(page, len(LONG_QUESTIONS) + 2)
    reply = bot_messages(page).last
    assert reply.bounding_box()["height"] > log.bounding_box()["height"]
    assert first_line_in_view(page, reply) and reply.bounding_box()["y"] - log.bounding_box()["y"] < 20
    page.reload()
    reply.wait_for()
    assert reply.inner_text().startswith(longest[:40]) and first_line_in_view(page, reply)
    context.close()


def ask_json(question) -> dict:
    """The reply the shipped intents give, as the API sends it."""
    return shipped_bot().reply(question).to_dict(explain=False)


@functools.cache
def shipped_bot():
    return bot.load(SHIPPED_INTENTS)


def test_the_disclaimer_shows_in_full_then_folds_into_one_line(browser, shipped_url):
    context, page = open_widget(browser, shipped_url)
    toggle, disclaimer = page.locator(f"{W} .notice-toggle"), page.locator(f"{W} .disclaimer")
    assert disclaimer.is_visible() and "not medical advice" in disclaimer.inner_text()
    assert toggle.get_attribute("aria-expanded") == "true" and toggle.get_attribute("aria-controls") == "hb-disclaimer"
    send(page, ANSWER)
    wait_for_replies(page, 2)
    assert not disclaimer.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert toggle.inner_text() == "Not medical advice. Emergency? Call 911." and toggle.bounding_box()["height"] < 40
    toggle.click()
    assert disclaimer.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    page.reload()                                      # a conversation under way keeps it folded
    page.locator(f"{W} .msg.user").wait_for()
    assert not disclaimer.is_visible()
    context.close()


def test_small_print_is_readable_and_the_input_does_not_make_phones_zoom(browser, shipped_url):
    context, page = open_widget(browser, shipped_url)
    send(page, ANSWER)
    wait_for_replies(page, 2)
    size = lambda selector: float(page.locator(f"{W} {selector}").first.evaluate("e => getComputedStyle(e).fontSize")[:-2])
    assert min(size(".booking"), size(".source"), size(".notice-toggle"), size(".chips button")) >= 13
    assert size("textarea") == 16                      # below 16 px iOS Safari zooms the page on focus
    context.close()


@pytest.mark.parametrize("question", ["what should I do instead?", "how long does botox last", "does botox injection hurt"])
def test_one_booking_link_per_reply(browser, shipped_url, question):
    # "what should I do instead?" answers with the booking address in its text, and the engine adds its booking
    # offer as well (text and button used to show both): the widget leaves out an offer the answer already makes.
    context, page = open_widget(browser, shipped_url)
    send(page, question)
    wait_for_replies(page, 2)
    assert page.locator(f"{W} .log a[href^='{BOOKING}']").count() == 1
    context.close()


def test_addresses_and_phone_numbers_in_replies_become_safe_links(page, base_url):
    hostile = {"kind": "answer", "urgent": False, "suggestions": [], "booking": None, "source": None, "conversation": None,
               "text": "See https://example.org/a?b=1&c=\"x\"<b>. Or call +1 (555) 010-0199, not 2019, 2008-2012, 1,000,000 or 12.5 mg. "
                       "javascript:alert(1) data:text/html,<script>alert(2)</script> ftp://files.example "
                       "<a href='javascript:alert(3)'>click</a> <img src=x onerror=alert(4)>"}
    page.route("**/api/chat", lambda route: route.fulfill(json=hostile))   # a reply no real intent gives
    page.goto(base_url + "/")
    page.locator(f"{W} .launcher").click()
    send(page, "anything")
    wait_for_replies(page, 2)
    reply = bot_messages(page).nth(1)
    links = reply.locator("a")
    assert links.count() == 2
    assert links.nth(0).get_attribute("href") == "https://example.org/a?b=1&c="   # quotes and < end an address
    assert links.nth(0).get_attribute("rel") == "noopener noreferrer" and links.nth(0).get_attribute("target") == "_blank"
    assert links.nth(1).get_attribute("href") == "tel:+15550100199" and links.nth(1).inner_text() == "+1 (555) 010-0199"
    assert reply.inner_text() == hostile["text"]       # everything else is shown as it was written
    assert reply.locator("img, script, b").count() == 0 and page.dialogs == []


def axe_source() -> str:
    """axe-core from the npm registry, installed once into the git-ignored .cache/axe."""
    installed = AXE_FOLDER / "node_modules" / "axe-core" / "package.json"
    if not installed.exists() or json.loads(installed.read_text(encoding="utf-8"))["version"] != AXE_VERSION:
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is needed once to install axe-core for the accessibility test (apt-get install npm)")
        subprocess.run([npm, "install", "--prefix", str(AXE_FOLDER), "--no-audit", "--no-fund", "--silent",
                        f"axe-core@{AXE_VERSION}"], check=True, timeout=300)
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("width, height", [(1280, 900), (375, 700)])
def test_axe_finds_no_serious_accessibility_problems(browser, shipped_url, width, height):
    context, page = open_widget(browser, shipped_url, width, height)
    send(page, ANSWER)
    wait_for_replies(page, 2)
    send(page, URGENT)
    page.locator(f"{W} .msg.urgent").wait_for()
    page.locator(f"{W} .notice-toggle").click()         # the disclaimer open too
    # The demo page's Content-Security-Policy (script-src 'self') blocks add_script_tag's inline script;
    # page.evaluate runs through the DevTools protocol, outside the page's CSP.
    page.evaluate(axe_source())
    violations = page.evaluate("""() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' > ')).join(', ')))""")
    assert violations == []
    context.close()


@pytest.mark.parametrize("width, height", [(375, 700), (1280, 900)])
@pytest.mark.parametrize("kind, question", [("answer", ANSWER), ("clarify", CLARIFY), ("urgent", URGENT)])
def test_screenshots_of_each_kind_of_reply(browser, shipped_url, kind, question, width, height):
    context, page = open_widget(browser, shipped_url, width, height)
    send(page, question)
    wait_for_replies(page, 2)
    reply = bot_messages(page).nth(1)
    assert first_line_in_view(page, reply)
    assert {"answer": "two to three months", "clarify": "which of these", "urgent": "emergency"}[kind] in reply.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"widget-{kind}-{width}.png"))
    context.close()
