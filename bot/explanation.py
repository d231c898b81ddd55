"""A readable account of how a reply was chosen: the chat's /why and `ask --explain`.

Kept apart from the terminal chat so that `ask` needs neither the REPL nor prompt-toolkit.
"""
from __future__ import annotations

from .reply import Reply


def explain_text(reply: Reply) -> str:
    """A readable account of how a reply was chosen."""
    e = reply.explanation
    lines = [f"Reply: {reply.kind}" + (f", intent '{reply.intent}'" if reply.intent else "") + f", confidence {reply.confidence:.2f}",
             f"Decided by: {e.get('decided_by', '-')}",
             f"Your words as I read them: {e.get('normalised', '')}"]
    if e.get("corrections"):
        lines.append("Spelling corrected: " + ", ".join(f"{a} -> {b}" for a, b in e["corrections"].items()))
    if e.get("synonyms"):
        lines.append("Synonyms applied: " + ", ".join(f"{a} -> {b}" for a, b in e["synonyms"].items()))
    if e.get("red_flag"):
        flag = e["red_flag"]
        lines.append(f"Red flag: {flag['rule']} ({flag.get('title', '')}), tier {flag.get('tier', '')}: \"{flag['words']}\", {flag.get('context', 'asserted now')}")
    if e.get("emergency_beside"):
        beside = e["emergency_beside"]
        lines.append(f"Emergency note added: {beside['rule']} ({beside['title']}): \"{beside['words']}\", beside the crisis above")
    for aside in e.get("red_flags_set_aside", []):
        lines.append(f"Red-flag words set aside: {aside['rule']}: \"{aside['words']}\" ({aside['context']})")
    if e.get("pushed_away"):
        lines.append("Pushed away by their not_phrasings: " + ", ".join(e["pushed_away"]))
    if e.get("second_opinion"):
        lines.append("Second opinion: " + e["second_opinion"])
    if e.get("crisis_note") is not None:
        beside = "beside the red flag above" if e.get("red_flag") else "too unsure for the crisis reply here"
        lines.append(f"Crisis line added: the learned red-flag model gives self-harm {e['crisis_note']:.0%}, {beside}")
    for i, c in enumerate(e.get("candidates", []), 1):
        s = c["scores"]
        model = f", answer model {s['model']:.2f}" if "model" in s else ""
        lines.append(f"  {i}. {c['intent']:<26} {c['score']:.3f}  (words {s['words']:.2f}, fuzzy {s['fuzzy']:.2f}, coverage {s['coverage']:.2f}{model})"
                     f"  via \"{c['phrasing']}\"")
    if e.get("margin") is not None:
        lines.append(f"Margin to the runner-up ({e['runner_up']}): {e['margin']:.3f}; threshold {e['threshold']:.2f}")
    return "\n".join(lines)
