"""The screen in front of the red-flag patterns (bot/prefilter.py): it may let through too much, never too little."""
from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import bot
from bot.context import Sentence, split_sentences
from bot import context
from bot.prefilter import Prefilter, ScreenedPattern, required_factors, top_level_branches
from bot.red_flags import RedFlags
from bot.safety import find_red_flag

FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED_PATTERNS = [p for concept in bot.load().knowledge.red_flags for p in concept.patterns]
SHIPPED_SCREEN = Prefilter(SHIPPED_PATTERNS)


def sentences_of(assistant: bot.Bot, message: str) -> list[Sentence]:
    return [Sentence(assistant.normaliser.correct_text(s), s.endswith("?")) for s in split_sentences(message)]


def unscreened(concepts) -> RedFlags:
    """The same concepts with a screen that lets every pattern through: what find_red_flag did before it had one."""
    flags = RedFlags(concepts)
    flags.may_match = lambda text: {i: list(range(len(c.patterns))) for i, c in enumerate(flags)}
    return flags


@pytest.mark.parametrize("pattern, factors", [
    (r"\bworst (headache|pain)\b", [{"worst headache", "worst pain"}]),
    (r"\bhit my head\b.{0,30}\bago\b", [{"hit my head"}, {"ago"}]),
    (r"\bsuicid\w*", [{"suicid"}]),
    (r"\bmigranes?\b", [{"migrane", "migranes"}]),
    (r"\bparaly[sz]ed\b", [{"paralysed", "paralyzed"}]),
    (r"\b(numb|weak)\b|\bcan not feel\b", [{"numb", "weak", "can not feel"}]),
    (r"(stiff )?neck", [{"neck", "stiff neck"}]),
])
def test_the_strings_every_match_must_contain(pattern, factors):
    assert [set(f) for f in required_factors(re.compile(pattern))] == factors


@pytest.mark.parametrize("pattern", [
    r".{0,30}", r"\w+", r"(a|b)c", r"(?i)worst headache", r"(?i:worst) headache", r"[^x]+", r"(fever)?", r"(\w+) \1",
    r"(numb|.)",
])
def test_what_cannot_be_told_gives_no_factor_or_a_safe_one(pattern):
    """Nothing, or only what lies outside the part that cannot be read: '(?i:worst) headache' still needs ' headache'."""
    factors = required_factors(re.compile(pattern))
    assert all(f == frozenset({" headache"}) for f in factors), factors


def test_a_pattern_without_factors_is_always_tried():
    screen = Prefilter([re.compile(r"\bworst headache\b"), re.compile(r"\w+ \w+")])
    assert screen.may_match("a mild pain") == {1}
    assert screen.may_match("the worst headache") == {0, 1}


def test_every_factor_must_be_met_in_the_same_text():
    screen = Prefilter([re.compile(r"\bhit my head\b.{0,30}\bago\b")])
    assert screen.may_match("i hit my head") == set()
    assert screen.may_match("i hit my head two years ago") == {0}


SCREENED_CONTEXT = [p for p in vars(context).values() if isinstance(p, ScreenedPattern)]


def test_a_screened_pattern_skips_only_texts_it_cannot_match():
    past = ScreenedPattern(re.compile(r"\b(two|three) years ago\b|\bwent away\b"))
    assert not past.may_match("my arm is numb since this morning")
    assert past.search("it went away") and past.match("two years ago i fell", 0, 13)
    assert [m.group() for m in past.finditer("three years ago it went away", 4)] == ["went away"]
    assert past.search("two years ago", 0, 9) is None      # pos and endpos as re's own
    assert len(SCREENED_CONTEXT) >= 3                        # context.py's slow alternations are screened


@pytest.mark.parametrize("pattern, branches", [
    (r"a|b(c|d)", ["a", "b(c|d)"]),
    (r"[|]x|y", ["[|]x", "y"]),
    (r"[]|]|[^]|]|z", ["[]|]", "[^]|]", "z"]),
    (r"\||\(|w", [r"\|", r"\(", "w"]),
    (r"(?i)a|b", [r"(?i)a|b"]),              # inline flags, a back reference: kept whole
    (r"(a)\1|c", [r"(a)\1|c"]),
])
def test_an_alternation_is_read_alternative_by_alternative(pattern, branches):
    assert top_level_branches(pattern) == branches


def test_only_the_alternatives_whose_strings_a_text_holds_are_tried_in_their_order():
    screened = ScreenedPattern(re.compile(r"\bfine now\b|\bwent\b|\bwent away\b|\bgone\b"))
    assert [len(b.pattern) for b in screened.branches] == [12, 8, 13, 8]
    assert [m.group() for m in screened.finditer("it went away, fine now")] == ["went", "fine now"]
    assert screened.screened("it went away").pattern == r"\bwent\b|\bwent away\b"
    assert screened.screened("it is gone") is screened.branches[3]
    assert screened.screened("nothing here") is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.sampled_from(range(len(SCREENED_CONTEXT))).flatmap(
    lambda i: st.tuples(st.just(i), st.lists(st.from_regex(SCREENED_CONTEXT[i].pattern).map(lambda s: s.lower()),
                                             min_size=1, max_size=3).map(" ".join))))
def test_a_screened_context_pattern_finds_what_its_pattern_finds(case):
    """Texts holding one or more of a pattern's matches (so several of its alternatives' strings): the same matches."""
    index, text = case
    screened = SCREENED_CONTEXT[index]
    assert [m.span() for m in screened.finditer(text)] == [m.span() for m in screened.pattern.finditer(text)]
    for pos in (0, len(text) // 3):
        for method in ("search", "match"):
            found, expected = getattr(screened, method)(text, pos), getattr(screened.pattern, method)(text, pos)
            assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.sampled_from(range(len(SHIPPED_PATTERNS))).flatmap(
    lambda i: st.tuples(st.just(i), st.from_regex(SHIPPED_PATTERNS[i].pattern).map(lambda s: s.lower()))))   # (its text: hypothesis compiles it)
def test_a_text_a_shipped_pattern_matches_passes_its_screen(case):
    index, text = case
    if SHIPPED_PATTERNS[index].search(text):
        assert index in SHIPPED_SCREEN.may_match(text)


def test_every_example_is_found_alike_with_and_without_the_screen(shipped):
    concepts = shipped.knowledge.red_flags
    plain = unscreened(concepts)
    for concept in concepts:
        for example in concept.examples:
            sentences = sentences_of(shipped, example)
            assert find_red_flag(concepts, sentences) == find_red_flag(plain, sentences), example
            for sentence in sentences:
                may = concepts.may_match(sentence.text)
                for index, each in enumerate(concepts):
                    for local, pattern in enumerate(each.patterns):
                        if pattern.search(sentence.text):
                            assert local in may.get(index, ()), (each.id, pattern.pattern, sentence.text)


def test_words_in_another_sense_are_removed_alike_with_and_without_the_screen(shipped):
    from bot.safety import without_other_senses

    def removed_by_every_pattern(concepts, sentences):
        cleaned = []
        for sentence in sentences:
            text = sentence.text
            for pattern in concepts.other_senses:
                text = pattern.sub(" ", text)
            cleaned.append(Sentence(" ".join(text.split()), sentence.question))
        return cleaned

    concepts = shipped.knowledge.red_flags
    for message in ["your prices gave me the worst headache of my life lol", "sorry my typing is all slurred",
                    "my kids will be the death of me", "i am dying to know if botox works", "my neck is fine"]:
        sentences = sentences_of(shipped, message)
        assert without_other_senses(concepts, sentences) == removed_by_every_pattern(concepts, sentences), message


def test_words_left_together_by_another_sense_are_screened_again(tmp_path):
    """Removing one other sense can bring words together that a later one needs ("dying lol to know" -> "dying
    to know"): what is left is screened again."""
    from bot.safety import without_other_senses
    shutil.copytree(FIXTURES / "minimal", tmp_path, dirs_exist_ok=True)
    (tmp_path / "red_flags.yaml").write_text(textwrap.dedent(r"""
        concepts:
          - id: dying
            tier: emergency
            title: Dying
            patterns: ['\bdying\b']
            other_senses: [' lol ', '\bdying to know\b']
            examples: [i am dying]
        """), encoding="utf-8")
    concepts = bot.load(tmp_path).knowledge.red_flags
    cleaned = without_other_senses(concepts, [Sentence("i am dying lol to know", False)])
    assert cleaned == [Sentence("i am", False)]


def test_a_freshly_written_concept_is_screened_from_its_own_patterns(tmp_path):
    shutil.copytree(FIXTURES / "minimal", tmp_path, dirs_exist_ok=True)
    (tmp_path / "red_flags.yaml").write_text(textwrap.dedent(r"""
        words:
          limb: 'arm|leg'
        concepts:
          - id: glowing_limb
            tier: emergency
            title: A limb that glows
            patterns:
              - '\b(my|his) (<limb>)s? (is|are) glow\w*\b'
              - '\bglow(s|ing)? in the dark\b.{0,20}\b(skin|limb)\b'
              - '(?i)\bGREEN SKIN\b'
              - '\b([a-z]+) \1 \1\b'
            examples:
              - my arm is glowing
        """), encoding="utf-8")
    assistant = bot.load(tmp_path)
    concepts = assistant.knowledge.red_flags
    assert [c.id for c in concepts] == ["glowing_limb"]
    for message in ["my arm is glowing", "his legs are glowing", "it glows in the dark, my skin", "suddenly green skin",
                    "help help help"]:
        finding = assistant.understand(message).red_flag
        assert finding is not None and finding.rule == "glowing_limb", message
        sentences = sentences_of(assistant, message)
        assert find_red_flag(concepts, sentences) == find_red_flag(unscreened(concepts), sentences)
    assert assistant.understand("my arm is fine").red_flag is None


def test_the_shipped_factor_table_is_what_the_parse_trees_say():
    """bot/data/prefilter-factors.json saves reading 700 parse trees at each start; rerun
    scripts/build_prefilter_factors.py after editing intents/red_flags.yaml when this fails."""
    from bot.prefilter import _shipped_factors, read_factors, table_key
    table = _shipped_factors()
    screened = [branch for p in SCREENED_CONTEXT for branch in p.branches]
    other = [p for concept in bot.load().knowledge.red_flags for p in (*concept.requires, *concept.other_senses)]
    stale = [p.pattern for p in [*SHIPPED_PATTERNS, *other, *screened]
             if table.get(table_key(p.pattern, p.flags)) != read_factors(p)]
    assert not stale, f"{len(stale)} patterns not in the table or different: run scripts/build_prefilter_factors.py"


def test_a_pattern_staff_write_is_read_from_its_parse_tree():
    pattern = re.compile(r"\bsomething no table has heard of (yet|so far)\b")
    assert required_factors(pattern) == ({"something no table has heard of yet", "something no table has heard of so far"},)
