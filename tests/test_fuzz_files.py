"""Fuzzing what comes from outside: settings files staff edit and conversation values clients send.

Whatever the value, the answer is a problem list (`LoadError`) or a `ValueError`
with a message, never a traceback of another kind."""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import bot
from bot._yaml import read_yaml
from bot.conversation import Conversation
from bot.problems import LoadError
from bot.reply import Reply

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"
SETTINGS_LINES = (MINIMAL / "settings.yaml").read_text().splitlines()
VALUE_LINES = [i for i, line in enumerate(SETTINGS_LINES) if re.match(r"^\s*[\w]+: \S", line) and not line.lstrip().startswith("#")]

YAML_SCALARS = st.one_of(
    st.sampled_from([".nan", ".NaN", ".inf", "-.inf", "1.5", "0", "-1", "1.0e+400", "9" * 5000, "~", "null", "[]", "{}", "yes", "no",
                     "2026-13-45", "2026-01-01", "0x1F", "0o17", "!!binary aGVsbG8=", "!!python/object:os.system x", "&a x", "*a",
                     "[[[[", "{a: b}", '"unclosed', "'", "- a", "a: b: c", "|", ">-", "@x", "`x`", "\t", "%x", "!x y",
                     "javascript:alert(1)", "https://clinic.org/book", "\"+1 555 010 0100\"", "'{phone}'", "'{nope}'", "'{'"]),
    st.text(max_size=60).map(lambda t: t.replace("\n", " ")),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


@settings(max_examples=250, deadline=None)
@given(line=st.sampled_from(VALUE_LINES), value=YAML_SCALARS)
@example(line=next(i for i in VALUE_LINES if "threshold:" in SETTINGS_LINES[i]), value=".nan")
@example(line=next(i for i in VALUE_LINES if "max_entries:" in SETTINGS_LINES[i]), value="1.5")
def test_any_value_in_settings_is_loaded_or_reported(line, value):
    lines = list(SETTINGS_LINES)
    key = lines[line].split(":", 1)[0]
    lines[line] = f"{key}: {value}"
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(MINIMAL / "intents.yaml", folder)
        Path(folder, "settings.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        try:
            knowledge = bot.load_folder(folder)
        except LoadError as error:
            assert error.problems and all(p.path.endswith(".yaml") and p.message for p in error.problems)
            return
        bot.Bot(knowledge).reply("how long does botox last")   # what loads also works


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("latin-1"))))
def test_any_file_content_is_read_or_reported(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "any.yaml")
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        data, problems = read_yaml(path, "any.yaml")
        assert all(p.path == "any.yaml" and p.message for p in problems)


JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20), st.floats(), st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=6), st.dictionaries(st.text(max_size=12), children, max_size=6)),
    max_leaves=20,
)
FIELDS = st.sampled_from(["v", "turn", "topic", "offer", "options", "booking_turn"])
INTENT_IDS = st.sampled_from(["what_is_botox", "short_term_relief", "muscle_damage", "booking", "nope", "", "WHAT", "a" * 80])
CONVERSATION_LIKE = st.one_of(
    JSON,
    st.dictionaries(FIELDS, st.one_of(JSON, INTENT_IDS, st.lists(INTENT_IDS, max_size=7), st.integers(-5, 2_000_000)), max_size=6),
)


@settings(max_examples=500, deadline=None)
@given(value=CONVERSATION_LIKE)
def test_a_conversation_value_is_accepted_or_a_value_error(value):
    try:
        conversation = Conversation.from_dict(value, {"what_is_botox", "short_term_relief", "muscle_damage"})
    except ValueError as error:
        assert str(error).startswith("conversation")
        return
    assert Conversation.from_dict(conversation.to_dict()) == conversation


@pytest.fixture(scope="module")
def minimal_bot():
    return bot.load(MINIMAL)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(message=st.text(max_size=200), value=CONVERSATION_LIKE)
def test_bot_reply_answers_or_refuses_the_conversation(minimal_bot, message, value):
    try:
        reply = minimal_bot.reply(message, value)
    except ValueError as error:
        assert str(error).startswith("conversation")
        return
    assert isinstance(reply, Reply) and reply.text
    minimal_bot.reply(message, reply.to_dict()["conversation"])        # what it returns, it takes back


def test_a_conversation_at_the_last_turn_is_taken_back(minimal_bot):
    """The turn stops at its maximum, so that the conversation a reply returns is one the next reply accepts
    (hypothesis found a turn of 1,000,000 returned as 1,000,001 and then refused)."""
    reply = minimal_bot.reply("hello", {"turn": 1_000_000})
    again = minimal_bot.reply("hello", reply.to_dict()["conversation"])
    assert again.to_dict()["conversation"]["turn"] == 1_000_000
