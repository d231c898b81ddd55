"""A self-contained HTML report of an `Evaluation`: confusion matrix and threshold curve as inline SVG."""
from __future__ import annotations

from collections import Counter
from html import escape

from .evaluate import IN_SCOPE_ONLY, RED_FLAGS_FIRST, WRONG_COST, Evaluation

_STYLE = """body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:70rem}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:right}
td:first-child,th:first-child{text-align:left}h2{margin-top:2rem}.note{color:#555}
small.id{color:#666;font-size:.75em;font-family:ui-monospace,monospace}tr.mark td{font-weight:bold;background:#f3f7ff}"""


def render(evaluation: Evaluation, title: str = "How well the assistant tells its intents apart") -> str:
    e = evaluation
    rows = "".join(f"<tr><td>{_name(e, i)}{'*' if i in e.urgent else ''}</td><td>{p:.0%}</td><td>{r:.0%}</td><td>{n}</td></tr>"
                   for i, (p, r, n) in sorted(e.per_intent.items(), key=lambda kv: kv[1][1]))
    confused = "".join(f"<tr><td>{_name(e, a)}</td><td style='text-align:left'>{_name(e, b)}</td><td>{n}</td></tr>"
                       for a, b, n in e.confused[:15])
    risk = "".join(f"<tr{' class=mark' if _marks(e, p) else ''}><td>{p.threshold:.2f}</td><td>{p.answered:.1%}</td>"
                   f"<td>{p.risk:.1%}</td><td>{p.wrong:.1%}</td><td style='text-align:left'>{_marks(e, p)}</td></tr>"
                   for p in e.curve)
    changes = "".join(f"<tr><td>{escape(what.strip())}</td><td>{now}</td><td>{after}</td><td style='text-align:left'>{escape(change)}</td></tr>"
                      for what, now, after, change in e.switch_changes())
    switch = (f"<p>It is the threshold in settings.yaml already.</p>" if abs(e.suggested_threshold - e.threshold) < 1e-9 else
              f"<p>Moving the threshold in settings.yaml from {e.threshold:.2f} to {e.suggested_threshold:.2f} would change, "
              f"on these {len(e.predictions)} held-out phrasings:</p><table><tr><th></th><th>now</th><th>after</th>"
              f"<th style='text-align:left'>change</th></tr>{changes}</table>")
    red_flags = f'<p class="note">* {escape(RED_FLAGS_FIRST.format(urgent=", ".join(e.urgent)))}</p>' if e.urgent else ""
    return f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>{escape(title)}</title><style>{_STYLE}</style>
<h1>{escape(title)}</h1>
<p>Each intent's phrasings were split into folds; each phrasing was matched by an assistant that had never seen it.
<b>{e.accuracy:.1%}</b> went to the right intent. Threshold in settings.yaml: <b>{e.threshold:.2f}</b>;
suggested by these phrasings alone: <b>{e.suggested_threshold:.2f}</b> (the most right answers, a wrong answer counted as bad as
{WRONG_COST} fallbacks).</p>{switch}<p class="note">{escape(IN_SCOPE_ONLY)}</p>
<h2>Risk and coverage by threshold</h2>
<p class="note">A reply below the threshold falls back to "I can't answer that". Answered: the share of held-out phrasings
answered; wrong among answered: the share of those that went to another intent.</p>
<table><tr><th>threshold</th><th>answered</th><th>wrong among answered</th><th>wrong of all</th><th></th></tr>{risk}</table>
{_curve_svg(e)}
<h2>Confusion matrix</h2><p class="note">Rows: the intent a phrasing belongs to. Columns: where it went. Darker is more.</p>{_matrix_svg(e)}
<h2>Most confused pairs</h2><table><tr><th>phrasings of</th><th style="text-align:left">went to</th><th>count</th></tr>{confused}</table>
<h2>Per intent (worst recall first)</h2><table><tr><th>intent</th><th>precision</th><th>recall</th><th>phrasings</th></tr>{rows}</table>
{red_flags}
</html>"""


def _name(e: Evaluation, intent_id: str | None) -> str:
    """An intent as staff know it: its title (the patient's question), with the id small beside it."""
    if intent_id is None:
        return "(nothing)"
    return f'{escape(e.titles.get(intent_id, intent_id))} <small class="id">{escape(intent_id)}</small>'


def _marks(e: Evaluation, point) -> str:
    nearest = min(e.curve, key=lambda p: abs(p.threshold - e.threshold))
    marks = ["settings.yaml"] if point is nearest else []
    marks += ["suggested"] if abs(point.threshold - e.suggested_threshold) < 1e-9 else []
    return " and ".join(marks)


def _curve_svg(e: Evaluation, width: int = 560, height: int = 260, pad: int = 40) -> str:
    def x(t: float) -> float:
        return pad + t * (width - 2 * pad)

    def y(v: float) -> float:
        return height - pad - v * (height - 2 * pad)

    def line(values, colour: str) -> str:
        points = " ".join(f"{x(p.threshold):.1f},{y(v):.1f}" for p, v in zip(e.curve, values))
        return f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>'

    ticks = "".join(f'<text x="{x(t):.0f}" y="{height - pad + 16}" font-size="11" text-anchor="middle">{t:.1f}</text>'
                    for t in (0, 0.2, 0.4, 0.6, 0.8, 1.0))
    ticks += "".join(f'<text x="{pad - 4}" y="{y(v) + 4:.0f}" font-size="11" text-anchor="end">{v:.0%}</text>' for v in (0, 0.5, 1.0))
    ticks += f'<text x="{width / 2:.0f}" y="{height - 4}" font-size="11" text-anchor="middle">confidence threshold</text>'
    marks = "".join(f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{pad}" y2="{height - pad}" stroke="{c}" stroke-dasharray="4"/>'
                    for t, c in ((e.threshold, "#888"), (e.suggested_threshold, "#2a7")))
    return (f'<svg role="img" aria-label="answered share and accuracy by threshold" width="{width}" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg"><rect x="{pad}" y="{pad}" width="{width - 2 * pad}" height="{height - 2 * pad}" '
            f'fill="none" stroke="#ccc"/>{ticks}{marks}'
            f'{line([p.answered for p in e.curve], "#36c")}{line([p.accuracy for p in e.curve], "#c63")}'
            f'<text x="{pad}" y="{pad - 10}" font-size="12"><tspan fill="#36c">answered share</tspan> · '
            f'<tspan fill="#c63">accuracy of the answered</tspan> · <tspan fill="#888">current</tspan> · '
            f'<tspan fill="#2a7">suggested</tspan></text></svg>')


def _matrix_svg(e: Evaluation, cell: int = 14) -> str:
    labels = e.labels
    index = {label: i for i, label in enumerate(labels)}
    counts = Counter((p.intent, p.predicted) for p in e.predictions if p.predicted in index)
    totals = Counter(p.intent for p in e.predictions)
    widest = max((5.6 * len(e.titles.get(l, l)) + 4.8 * len(l) + 8 for l in labels), default=100)   # px at 10 and 8 px fonts
    left, top = int(widest) + 10, int(widest * 0.87) + 10
    size = len(labels) * cell
    cells = []
    for (truth, guess), n in counts.items():
        share = n / totals[truth]
        colour = f"rgba(40,80,{160 if truth == guess else 40},{0.15 + 0.85 * share:.2f})" if truth == guess else f"rgba(200,60,30,{0.15 + 0.85 * share:.2f})"
        cells.append(f'<rect x="{left + index[guess] * cell}" y="{top + index[truth] * cell}" width="{cell}" height="{cell}" '
                     f'fill="{colour}"><title>{escape(e.titles.get(truth, truth))} → {escape(e.titles.get(guess, guess))}: {n}</title></rect>')

    def label(intent_id: str) -> str:
        return f'{escape(e.titles.get(intent_id, intent_id))} <tspan font-size="8" fill="#666">{escape(intent_id)}</tspan>'

    names = "".join(f'<text x="{left - 4}" y="{top + i * cell + cell - 3}" font-size="10" text-anchor="end">{label(l)}</text>'
                    f'<text transform="translate({left + i * cell + cell - 3},{top - 4}) rotate(-60)" font-size="10">{label(l)}</text>'
                    for i, l in enumerate(labels))
    return (f'<svg role="img" aria-label="confusion matrix" width="{left + size + int(widest * 0.5) + 10}" height="{top + size + 20}" '
            f'xmlns="http://www.w3.org/2000/svg"><rect x="{left}" y="{top}" width="{size}" height="{size}" fill="#fafafa" '
            f'stroke="#ccc"/>{"".join(cells)}{names}</svg>')
