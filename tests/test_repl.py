"""The terminal chat, driven through prompt-toolkit's pipe input, and its plain line mode."""
from __future__ import annotations

import io
from pathlib import Path

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot.repl import ChatSession, run_lines, run_terminal


class Recorder:
    def __init__(self):
        self.lines: list[tuple[str, str]] = []

    def __call__(self, text, style):
        self.lines.append((text, style))

    @property
    def text(self):
        return "\n".join(t for t, _ in self.lines)


def test_terminal_chat_answers_and_leaves_on_ctrl_d(minimal, tmp_path):
    history = tmp_path / "history"
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("what is botox\r")
        pipe.send_text("/why\r")
        pipe.send_bytes(b"\x04")   # Ctrl-D
        assert run_terminal(minimal, history, input=pipe, output=DummyOutput()) == 0
    assert "what is botox" in history.read_text()


def test_terminal_chat_survives_ctrl_c_then_quits(minimal, tmp_path):
    with create_pipe_input() as pipe:
        pipe.send_text("half a line")
        pipe.send_bytes(b"\x03")   # Ctrl-C clears the line
        pipe.send_text("/quit\r")
        assert run_terminal(minimal, tmp_path / "h", input=pipe, output=DummyOutput()) == 0




def test_chat_session_keeps_context_and_handles_commands(minimal):
    out = Recorder()
    chat = ChatSession(minimal, out)
    chat.welcome()
    assert "not medical advice" in out.text and "911" in out.text
    assert chat.handle("how long does botox last")
    assert "two to three months" in out.lines[-1][0]
    assert chat.handle("tell me more")
    assert "botulinum toxin" in out.lines[-1][0]
    chat.handle("/why")
    assert "Decided by: more about 'short_term_relief'" in out.lines[-1][0]
    chat.handle("/topics")
    assert "What is Botox?" in out.lines[-1][0]
    chat.handle("/nonsense")
    assert "Unknown command /nonsense" in out.lines[-1][0]
    chat.handle("worst headache of my life")
    assert out.lines[-1][1] == "urgent"
    assert chat.handle("/quit") is False


def test_quit_or_exit_typed_alone_leaves_but_not_inside_a_question(minimal):
    out = Recorder()
    chat = ChatSession(minimal, out)
    assert chat.handle("quit") is False
    assert chat.handle(" Exit ") is False
    assert out.lines == []
    assert chat.handle("should i quit botox") is True
    assert len(out.lines) == 1 and out.lines[0][1] == "bot"     # a question, answered


def test_why_before_any_question(minimal):
    out = Recorder()
    ChatSession(minimal, out).handle("/why")
    assert "Ask me something first" in out.text


def test_piped_lines_get_one_reply_each_with_context(minimal):
    stdout = io.StringIO()
    run_lines(minimal, io.StringIO("how long does botox last\ntell me more\n/quit\nnever read\n"), stdout)
    text = stdout.getvalue()
    assert "two to three months" in text and "botulinum toxin" in text
    assert "never read" not in text


def _copy_fixture(tmp_path):
    import shutil
    from pathlib import Path
    folder = tmp_path / "intents"
    shutil.copytree(Path(__file__).parent / "fixtures" / "minimal", folder)
    return folder


def test_chat_reloads_edited_intents_and_tells_staff_not_the_patient(tmp_path):
    from bot.reload import LiveBot
    folder = _copy_fixture(tmp_path)
    out, notices = Recorder(), []
    chat = ChatSession(LiveBot(folder), out, notify=notices.append)
    intents = folder / "intents.yaml"
    intents.write_text(intents.read_text().replace("About two to three months.", "Two or three months, says the article."))
    chat.handle("how long does botox last")
    assert notices == ["the intent files changed: reloaded them."]
    assert len(out.lines) == 1 and "Two or three months" in out.text
    intents.write_text(intents.read_text() + "\n  - id: broken\n    title: [oops\n")
    chat.handle("how long does botox last")
    assert "have errors; still using the last good version" in notices[-1] and "intents.yaml:" in notices[-1]
    assert len(out.lines) == 2 and "Two or three months" in out.lines[-1][0]
    assert "reloaded" not in out.text and "error" not in out.text and "intents.yaml" not in out.text


def test_a_reload_shares_the_learned_models_and_serves_a_bot_already_prepared(tmp_path):
    # The models ship with the package, so a reload neither loads them again nor leaves the first message after
    # the swap to build the red-flag model's bound (about 0.1 s, and a server's other requests would wait with it).
    import shutil
    from bot.intents import default_folder
    from bot.reload import RELOADED, LiveBot
    folder = tmp_path / "intents"
    shutil.copytree(default_folder(), folder)
    live = LiveBot(folder)
    first = live.bot
    assert "_bound" in vars(first.understander.red_flag_model)      # (prepared before it serves)
    answers = folder / "botox.yaml"
    answers.write_text(answers.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert live.refresh() == RELOADED and live.bot is not first
    assert live.bot.understander.red_flag_model is first.understander.red_flag_model
    assert live.bot.understander.answer_model is first.understander.answer_model
    assert live.bot.understander.semantic.encoder is first.understander.semantic.encoder
    assert live.bot.reply("i have been thinking about ending my life").intent == "urgent_crisis"


def test_piped_chat_process_keeps_reload_notices_and_staff_errors_out_of_its_output(tmp_path):
    """A real `headache-bot chat` process: the intent files change between two messages."""
    import subprocess
    import sys
    folder = _copy_fixture(tmp_path)
    intents = folder / "intents.yaml"
    chat = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--intents", str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    try:
        chat.stdin.write("how long does botox last\n")
        chat.stdin.flush()
        seen = ""
        while "two to three months" not in seen:      # the first reply: files untouched so far
            line = chat.stdout.readline()
            assert line, chat.stderr.read()
            seen += line
        intents.write_text(intents.read_text() + "\n  - id: broken\n    title: [oops\n")
        stdout, stderr = chat.communicate("how long does botox last\n", timeout=60)
    finally:
        chat.kill()
    assert chat.returncode == 0
    assert "About two to three months." in stdout            # the last good intents still answer
    assert "error" not in stdout and "intents.yaml" not in stdout and "last good version" not in stdout
    assert "headache-bot: the intent files changed but have errors; still using the last good version." in stderr
    assert "intents.yaml:" in stderr and "how to fix:" in stderr


def test_chat_writes_misses_to_the_review_log_when_enabled(minimal, tmp_path):
    from bot.review_log import ReviewLog
    log = ReviewLog(tmp_path / "review.sqlite3")
    chat = ChatSession(minimal, Recorder(), log)
    chat.handle("what is botox")                                   # a confident answer: not logged
    chat.handle("can i park at the clinic? call me on 555-123-4567")
    entries = ReviewLog(tmp_path / "review.sqlite3").entries()
    assert len(entries) == 1
    assert entries[0]["kind"] == "fallback" and "[phone]" in entries[0]["message"] and "555" not in entries[0]["message"]
