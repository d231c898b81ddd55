"""Normalisation: folding, contractions, synonyms, spelling correction, stems."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from bot import text
from bot.text import Normaliser, clean, fold


def test_fold_lowercases_strips_accents_punctuation_and_expands_contractions():
    assert fold("Can’t SLEEP — it’s the CAFÉ’s headaches!!") == "can not sleep it the cafe headaches"
    assert fold("i dont know, ur doc said wat?") == "i do not know your doc said what"


def test_an_s_after_a_pronoun_is_is_or_has_and_after_a_name_is_dropped():
    # the red-flag rules read "there is no point", "she is confused", "he has ever had"
    assert fold("There's no point anymore. She's confused") == "there is no point anymore she is confused"
    assert fold("the worst pain he's ever had, she's been sick") == "the worst pain he has ever had she has been sick"
    assert fold("Mum's arm, and it's sore") == "mum arm and it sore"


def test_clean_removes_control_characters_and_caps_length():
    assert clean("hi\x00\x1b[31m there\u200b\n", 100) == "hi [31m there"
    assert len(clean("a" * 10_000, 1000)) == 1000
    assert clean(" \t\n ", 100) == ""


def _normaliser():
    return Normaliser({"botox": ("botex", "botulinum toxin"), "headache": ("migraine", "migraines")},
                      ["muscles", "reversible", "effect", "worst", "most"])


def test_misspellings_are_corrected_towards_known_words():
    analysis = _normaliser().analyse("is the efect reversable on muscels")
    assert analysis.corrections == {"efect": "effect", "reversable": "reversible", "muscels": "muscles"}
    assert analysis.text == "is the effect reversible on muscles"


def test_short_unknown_words_are_not_corrected():
    # "cost" is one letter from "most", but short words are too easily confused.
    assert _normaliser().analyse("cost").corrections == {}


def test_a_short_word_with_two_letters_swapped_is_corrected():
    # ... but a four-letter word with two letters swapped is ("msot" is "most", "waht" is "what")
    assert _normaliser().analyse("msot").corrections == {"msot": "most"}
    assert _normaliser().analyse("csot").corrections == {}         # not "most": a letter changed, and one swapped


def test_synonyms_replace_words_and_phrases():
    analysis = _normaliser().analyse("Botulinum toxin for my migraines, or botex?")
    assert analysis.text == "botox for my headache or botox"
    assert analysis.synonyms == {"botulinum toxin": "botox", "migraines": "headache", "botex": "botox"}


def test_stems_drop_stop_words_but_keep_them_when_nothing_else_is_left():
    n = _normaliser()
    assert n.analyse("what are the effects of botox").stems == ("effect", "botox")
    assert n.analyse("yes please").stems == ("yes", "pleas")


def test_safety_words_win_over_a_misspelling_that_a_phrasing_contains():
    # A phrasing written "wurst headache" makes "wurst" a known word; the red-flag rules still need "worst".
    n = Normaliser({}, ["wurst", "headache", "muscles"], preferred_words=["worst"])
    assert n.analyse("wurst headache").corrected == "worst headache"
    assert n.analyse("muscles").corrected == "muscles"


def test_stretched_words_read_as_the_word():
    n = Normaliser({}, ["hey", "please", "muscles", "off"])
    assert n.analyse("heyyy pleeease muscless").corrected == "hey please muscles"
    assert n.analyse("off").corrected == "off"


def test_an_everyday_word_with_a_double_letter_is_no_stretched_word():
    n = Normaliser({}, ["shot", "bot", "fel"], common_words=frozenset({"shoot", "boot", "feel"}))
    assert n.analyse("shoot boot feel shooot").corrected == "shoot boot feel shot"


def test_caches_keep_only_the_most_recent_words_and_still_correct(monkeypatch):
    monkeypatch.setattr("bot.text.CACHE_SIZE", 50)
    normaliser = _normaliser()
    normaliser.analyse("is the efect reversable")
    normaliser.analyse(" ".join(f"zqxw{n:03d}kj" for n in range(400)))    # 400 words never seen before
    # (as many as the words the intents know, plus the 50 most recent new ones)
    assert normaliser.correct.cache_info().currsize == 50 + len(normaliser.known)
    assert normaliser.stem.cache_info().currsize <= 50 + len(normaliser.known)
    assert normaliser.analyse("is the efect reversable").corrections == {"efect": "effect", "reversable": "reversible"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aB c\u00e9'\u2019!?\t\n\u00a0\u00a8\ufb01n't sIm1\u2028"), max_size=40) | st.text(max_size=40))
def test_fold_token_by_token_is_fold_of_the_whole_text(message):
    # `fold` works out each distinct token once; nothing in folding reaches across white space.
    assert fold(message) == " ".join(text._fold_uncached(message).split())


def test_the_fold_cache_is_bounded_and_gives_the_same_folds():
    text._fold_token.cache_clear()
    tokens = [f"Zq{n}x's" for n in range(text.CACHE_SIZE + 500)]
    folded = [fold(" ".join(tokens[n:n + 10])) for n in range(0, len(tokens), 10)]     # (short texts: token by token)
    assert text._fold_token.cache_info().currsize == text.CACHE_SIZE
    assert " ".join(folded) == text._fold_uncached(" ".join(tokens))
    text._fold_token.cache_clear()
    assert fold(" ".join(tokens)) == " ".join(folded)         # (a long text is folded whole, past the cache)
    assert text._fold_token.cache_info().currsize == 0
    assert fold("Can’t SLEEP — it’s the CAFÉ’s headaches!!") == "can not sleep it the cafe headaches"


def test_an_analysis_is_the_same_whatever_the_caches_hold(monkeypatch):
    messages = ["is the efect reversable on muscels", "botex for migraines?", "i cant sleep, botulinum toxin wurst",
                "heyyy is the effect the most", "how long does it take for botox to work"]
    fresh = [_normaliser().analyse(m) for m in messages]
    monkeypatch.setattr("bot.text.CACHE_SIZE", 1)
    busy = _normaliser()
    for _ in range(3):
        for message, expected in zip(messages, fresh):
            busy.analyse(" ".join(f"qzv{n}k" for n in range(40)))      # new words push the others out
            assert busy.analyse(message) == expected


def test_reading_many_messages_at_once_gives_what_analyse_gives():
    n = Normaliser({"botox": ("botex", "botulinum toxin", "bo tox jab"), "headache": ("migraine", "migraines"),
                    "side effect": ("adverse effect",)},
                   ["muscles", "reversible", "effect", "worst", "most", "side"], preferred_words=["worst"])
    messages = ["is the efect reversable on muscels", "Botulinum toxin for my migraines, or botex?", "", "  ",
                "yes please", "the the", "any adverse effect from bo tox jab", "botulinum", "how long does it last?",
                "Can’t SLEEP — it’s the CAFÉ’s headaches!!", "wurst\theadache\nheyyy", "caf\u00e9 \u6771\u4eac \u00df"]
    texts, stems = n.read_all(messages)
    assert [(a.text, a.stems) for a in map(n.analyse, messages)] == list(zip(texts, stems))


@given(st.lists(st.text(alphabet=st.sampled_from("ab ce'\u2019!?\t\nhowlngdsit\u00e9"), max_size=30), max_size=6))
def test_reading_many_messages_at_once_is_analyse_for_any_text(messages):
    n = _normaliser()
    texts, stems = n.read_all(messages)
    assert [(a.text, a.stems) for a in map(n.analyse, messages)] == list(zip(texts, stems))


def test_a_misspelling_is_corrected_to_a_real_word_before_a_phrasing_s_misspelling(shipped):
    # "efect" is one letter from "effect" and from "efects" (a phrasing's "side efects"): the real word wins
    assert shipped.normaliser.correct("efect") == "effect"
