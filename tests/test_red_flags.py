"""The red-flag concepts of intents/red_flags.yaml: each example fires at its tier, and the file's mistakes are reported."""
from __future__ import annotations

from pathlib import Path

import pytest

import bot
from bot.problems import LoadError

RANK = {"urgent_today": 1, "emergency": 2}


def _examples():
    return [(concept, example) for concept in bot.load().knowledge.red_flags for example in concept.examples]


@pytest.mark.parametrize("concept, example", _examples(), ids=lambda v: getattr(v, "id", v))
def test_every_example_escalates_at_its_tier_or_higher(shipped, concept, example):
    finding = shipped.understand(example).red_flag
    assert finding is not None, f"{concept.id}: {example!r} did not escalate"
    if concept.tier == "crisis":
        assert finding.tier == "crisis"
    else:
        assert RANK.get(finding.tier, 0) >= RANK[concept.tier], (concept.id, finding)


def test_every_concept_has_examples(shipped):
    assert all(concept.examples for concept in shipped.knowledge.red_flags)


def test_a_folder_without_red_flags_uses_the_shipped_ones(minimal, shipped):
    assert [c.id for c in minimal.knowledge.red_flags] == [c.id for c in shipped.knowledge.red_flags]


def test_mistakes_in_the_concept_file_name_the_line_and_the_fix():
    with pytest.raises(LoadError) as caught:
        bot.load_folder(Path(__file__).parent / "fixtures" / "loader" / "bad_red_flags")
    found = "\n".join(str(p) for p in caught.value.problems)
    assert "red_flags.yaml:5:11: error: concept 'thunderclap', field 'tier': 'emergancy' is not a tier; did you mean 'emergency'?" in found
    assert "red_flags.yaml:9:9: error: concept 'thunderclap', field 'patterns': <headach> is not a list under 'words:'; did you mean 'headache'?" in found
    assert "red_flags.yaml:10:9: error: concept 'thunderclap', field 'patterns': is not a valid pattern: missing ), unterminated subpattern" in found


def test_shipped_patterns_compile_on_first_use_and_match_as_compiled_patterns_do(shipped):
    """The shipped patterns are compiled when first tried, not at load (bot/red_flags.py, DeferredPattern):
    every one of them compiles, and matches as the pattern compiled at once does."""
    from bot.red_flags import DeferredPattern
    import re
    patterns = [p for concept in shipped.knowledge.red_flags for p in concept.patterns]
    assert all(isinstance(p, DeferredPattern) for p in patterns)
    text = "worst headache of my life, sudden, my arm is numb and i can not speak properly since this morning"
    for pattern in patterns:
        compiled = re.compile(pattern.pattern, pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert pattern == DeferredPattern(pattern.pattern) and hash(pattern) == hash(DeferredPattern(pattern.pattern))


def test_medicine_being_collected_up_counts_when_the_medicine_is_named_in_a_question(shipped):
    # what a crisis concept requires is its setting, even inside a question (self_harm_stockpile)
    finding = shipped.understander.understand("can i have three months of sleeping tablets in one go? i'm collecting them").red_flag
    assert (finding.rule, finding.tier) == ("self_harm_stockpile", "crisis")
    assert shipped.reply("can i have three months of sleeping tablets in one go? i'm away travelling").intent != "urgent_crisis"


@pytest.mark.parametrize("message, rule", [
    # guideline-crisis-AS and guideline-BO kinds, in other words: read by the rules, not left to the learned model
    ("my dad seemed calm, way too calm, after weeks of low mood", "self_harm"),
    ("i told my sister sorry for everything last night. i wanted her to hear it before", "self_harm"),
    ("my family would be better off without someone like me", "self_harm"),
    ("i overdosed in 2020. i've been holding on to my sleeping pills again", "self_harm_stockpile"),
    ("headaches only at home, never at the office, and the gas fire is old", "carbon_monoxide"),
    ("i looked up how many paracetamol is too many. not for a headache.", "named_then_intended"),
    ("since my last attempt i'm off the antidepressants and i feel as low as back then", "self_harm_again"),
    ("if i'm not there on friday you'll know why. thank you for everything", "self_harm"),
    ("cant work, cant sleep, i can't see a way out of this except not being here", "self_harm"),
    ("i tried to end things last spring. i'm feeling the same as i did then", "self_harm_again"),
    ("tell the receptionist thanks for everything. i won't see you again. take care", "self_harm"),
    # guideline-crisis-DM, DV and DX kinds: a warning sign hinted at, then made plain
    ("bet the afterlife has no migraines. i'll know before long", "hinted_then_made_plain"),
    ("got myself a one way ticket. i'm not travelling though", "hinted_then_made_plain"),
    ("i tell everyone the cuts are from gardening. they're not", "hinted_then_made_plain"),
    ("i've made a will this week. i don't expect to need my review in may", "hinted_then_made_plain"),
    ("what happens to my prepaid sessions in the event of my death? it may become relevant soon", "hinted_then_made_plain"),
    ("i'm going away for good. and i don't mean emigrating", "hinted_then_made_plain"),
    # guideline-crisis-ED, EE and EF kinds (2026-11-28): read by the rules, not left to the model
    ("will the life insurance pay out for suicide once the policy is two years old? it's been two years", "self_harm"),
    ("i'm so sick of being still here", "self_harm"),
    ("nothing but a burden to my family, i'm worthless to everyone", "self_harm"),
    ("there's a gun out on his desk, loaded, and he says he can't do this any more", "self_harm"),
])
def test_warning_signs_told_in_other_words_are_read_by_the_rules(shipped, message, rule):
    finding = shipped.understander.understand(message).red_flag
    assert finding is not None and finding.rule == rule, message


@pytest.mark.parametrize("message", [
    # a goodbye text explained by a journey is no warning sign to the rules (the learned model may still hear one)
    "my sister texted me goodbye before her flight and isn't answering",
    "my brother messaged 'bye, boarding now' and now he's not replying",
])
def test_a_goodbye_text_with_an_everyday_reason_is_not_read_by_the_rules(shipped, message):
    finding = shipped.understander.understand(message).red_flag
    assert finding is None or finding.rule == "red_flag_model", message
