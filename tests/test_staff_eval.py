"""`headache-bot eval`: cross-validation figures and the HTML report."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.staff.evaluate import cross_validate, evaluate
from bot.staff.report_html import render


def test_every_phrasing_is_held_out_once_by_a_matcher_that_never_saw_it(minimal):
    predictions = cross_validate(minimal, folds=2)
    phrasings = [(i.id, p) for i in minimal.knowledge.intents for p in i.phrasings if p != i.title]
    assert sorted((p.intent, p.phrasing) for p in predictions) == sorted(phrasings)


def test_figures_are_consistent(shipped):
    e = evaluate(shipped)
    assert 0.5 < e.accuracy <= 1.0
    assert e.curve[0].answered == 1.0 and abs(e.curve[0].accuracy - e.accuracy) < 1e-9
    answered = [p.answered for p in e.curve]
    assert answered == sorted(answered, reverse=True)
    assert e.suggested_threshold in [p.threshold for p in e.curve]
    precision, recall, count = e.per_intent["what_is_botox"]
    assert 0 <= precision <= 1 and 0 <= recall <= 1 and count > 10
    assert all(a != b for a, b, _ in e.confused)


def test_html_report_is_self_contained_with_pictures(shipped):
    html = render(evaluate(shipped))
    assert html.count("<svg") == 2 and "confusion matrix" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "<script" not in html


def test_eval_command_prints_a_table_and_writes_the_report(tmp_path):
    report = tmp_path / "report.html"
    result = subprocess.run([sys.executable, "-m", "bot", "eval", "--html", str(report)], capture_output=True, text=True,
                            timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    assert "Cross-validated accuracy:" in result.stdout and "Suggested threshold:" in result.stdout
    assert report.read_text().startswith("<!doctype html>")
