"""`headache-bot eval`: cross-validation figures and the HTML report."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bot.staff.evaluate import Tally, cross_validate, evaluate, tally
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


def test_risk_coverage_points_count_every_held_out_phrasing(shipped):
    e = evaluate(shipped)
    total = len(e.predictions)
    for point in e.curve:
        c = point.counts
        assert c.right + c.wrong + c.fallbacks == total
        assert abs(point.answered - c.answered / total) < 1e-9
        assert abs(point.risk - (c.wrong / c.answered if c.answered else 0.0)) < 1e-9
    risks = [p.risk for p in e.curve if p.counts.answered]
    assert risks[0] > risks[-1]                       # answering less, the bot is wrong less often


def test_switching_counts_what_changes_between_the_two_thresholds(minimal):
    e = evaluate(minimal, folds=2)
    kinds = {i.id: i.kind for i in minimal.knowledge.intents}
    for threshold, counted in ((e.threshold, e.current), (e.suggested_threshold, e.suggested)):
        answered = [p for p in e.predictions if p.score >= threshold]
        right = [p for p in answered if p.predicted == p.intent]
        assert counted == Tally(len(right), len(answered) - len(right), sum(kinds[p.intent] == "decline" for p in right),
                                len(e.predictions) - len(answered))
    rows = {what.strip(): (now, after, change) for what, now, after, change in e.switch_changes()}
    now, after, change = rows["wrong answers"]
    assert (now, after) == (e.current.wrong, e.suggested.wrong)
    assert change == ("no change" if now == after else f"{abs(after - now)} {'added' if after > now else 'removed'}")


def test_tally_of_a_made_up_set():
    from bot.staff.evaluate import Prediction
    predictions = [Prediction("a", "x", "a", 0.9), Prediction("a", "y", "b", 0.6), Prediction("d", "z", "d", 0.5),
                   Prediction("b", "w", "b", 0.2)]
    assert tally(predictions, 0.55, {"d": "decline"}) == Tally(right=1, wrong=1, refusals=0, fallbacks=2)
    assert tally(predictions, 0.45, {"d": "decline"}) == Tally(right=2, wrong=1, refusals=1, fallbacks=1)


def test_html_report_is_self_contained_with_pictures(shipped):
    html = render(evaluate(shipped))
    assert html.count("<svg") == 2 and "confusion matrix" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "<script" not in html


def test_html_report_names_intents_by_their_question(shipped):
    html = render(evaluate(shipped))
    assert 'What is Botox? <small class="id">what_is_botox</small>' in html
    assert 'What is Botox? <tspan font-size="8" fill="#666">what_is_botox</tspan>' in html       # the matrix's labels
    assert "<h2>Risk and coverage by threshold</h2>" in html and "wrong among answered" in html
    assert "Red flags are decided by the safety rules before the matcher" in html


def run_eval(*args):
    return subprocess.run([sys.executable, "-m", "bot", "eval", *args], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parent.parent)


def test_eval_command_prints_a_table_and_writes_the_report(tmp_path, shipped):
    report = tmp_path / "report.html"
    result = run_eval("--html", str(report))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Cross-validated accuracy:" in out and "Suggested threshold:" in out
    assert report.read_text().startswith("<!doctype html>")
    assert "Risk and coverage by threshold" in out
    rows = re.findall(r"^ +(\d\.\d\d) +(\d+\.\d)% +(\d+\.\d)% +(\d+\.\d)%", out, re.M)
    assert [float(t) for t, *_ in rows] == [round(0.05 * i, 2) for i in range(20)]
    threshold = f"{shipped.settings.matching.threshold:.2f}"
    assert len(re.findall(r"<- settings\.yaml", out)) == 1 and len(re.findall(r"<- suggested", out)) == 1
    if "It is the threshold in settings.yaml already." not in out:
        assert re.search(rf"Moving the threshold in settings.yaml from {threshold} to \d\.\d\d would change, on these \d+ held-out phrasings:", out)
        for what in ("right answers", "of them polite refusals (decline intents)", "wrong answers", "fallbacks (\"I can't answer that\")"):
            assert re.search(rf"^ +{re.escape(what)} +\d+ +\d+  (no change|\d+ \w+)$", out, re.M), what
    assert "Red flags are decided by the safety rules before the matcher sees a message" in out
    urgent = [i.id for i in shipped.knowledge.intents if i.kind == "urgent"]
    assert f"So a low recall here for {', '.join(urgent)} is expected" in out
