"""Question frames tell apart questions whose content words are the same."""
import pytest

import bot
from bot.question_frames import frames_of
from bot.text import fold


@pytest.mark.parametrize("question, frames", [
    ("How long does it take for Botox to work?", ("?onset",)),
    ("how soon will i notice a difference", ("?onset",)),
    ("how many days until botox works for migraine", ("?onset",)),
    ("How long does Botox last?", ("?duration",)),
    ("how long til the botox wears off", ("?duration",)),
    ("how soon do the headaches come back after the jabs", ("?duration",)),
    ("How does Botox work for migraines?", ("?mechanism",)),
    ("what makes botox work", ("?mechanism",)),
    ("how can botulinum toxin help?", ("?mechanism",)),
    ("how can you help me", ()),                     # what the assistant can do, not how a thing acts
    ("Does Botox work for migraines?", ("?efficacy",)),
    ("is botox good for headaches", ("?efficacy",)),
    ("what should i do now that botox has stopped working", ("?action",)),
    ("what are my options", ("?action",)),
    ("what does botox do to a muscle", ("?mechanism",)),
    ("what are the jabs doing inside my neck", ("?mechanism",)),
    ("why do the injections help with head pain", ("?mechanism",)),
    ("how the toxin for migraine works", ("?mechanism",)),          # no auxiliary verb: still how it acts
    ("how well botox works", ("?efficacy",)),
    ("how long before you can tell if the shots help", ("?onset",)),
    ("how soon is it supposed to be effective", ("?onset",)),
    ("What exactly does Botox do?", ("?mechanism",)),
    ("can u explain in simple words what botox does once its in there", ("?mechanism",)),
    ("what does botox do for headaches", ()),                       # what it is good for, not how it acts
    ("how did they discover that botox helps", ()),                # history, not how it acts
    ("how long will i feel better after the injections", ("?duration",)),
    ("how long until i feel better", ("?onset",)),
    ("what am i doing to my neck", ()),
    ("botox and the neck muscles", ()),
    ("can you explain how botox works", ("?mechanism",)),          # how it acts, though it opens like "can it work"
    ("could you tell me how the shots help", ("?mechanism",)),
    ("if not botox then what am i supposed to do", ("?action",)),
    ("botox stopped helping now what", ("?action",)),
    ("whats next", ("?action",)),
    ("Who should not use Botox for migraines?", ("?who",)),
    ("am i a good candidate for botox", ("?who",)),
    ("who is botox for", ("?who",)),
    ("who makes botox", ()),                                       # who makes it: not which people it suits
    ("who would i ring if my eyelid dropped", ()),
    ("What kind of headaches is Botox good for?", ("?kind",)),
    ("is botox for other headaches too", ("?kind",)),
    ("Does BOTOX work for all headaches?", ("?efficacy", "?kind")),
    ("is that just botox? what even is it", ("?definition",)),
    ("could you explain what botox is in plain language", ("?definition",)),
    ("whats botox exactly", ("?definition",)),
    ("what is botox used for", ()),                                # what it is for, not what it is
    ("what is it like getting botox", ("?experience",)),           # what it feels like, not what it is
    ("What Are Botox Injections?", ("?definition",)),
    ("what exactly are these migraine shots", ("?definition",)),
    ("what are the injections made of", ()),
    ("what does it feel like, does it hurt", ("?experience",)),
    ("what should i expect at my first session", ("?experience",)),
    ("how does the shot actually do anything to the muscle", ("?mechanism",)),
])
def test_frames_of_a_question(question, frames):
    assert frames_of(fold(question)) == frames


def test_frames_join_the_content_words_that_the_matcher_compares():
    stems = bot.load().understander.normaliser.analyse("How long does it take for Botox to kick in?").stems
    assert "?onset" in stems and "botox" in stems


@pytest.mark.parametrize("question, intent", [
    ("How does Botox work for migraines?", "how_botox_works"),
    ("Does Botox work for migraines?", "short_term_relief"),
    ("How long does it take Botox to start working?", "decline_onset"),
    ("How long does Botox last for headaches?", "short_term_relief"),
    ("what should I do now that botox has stopped helping", "treat_the_cause"),
    ("Who shouldn't use Botox for headaches?", "decline_eligibility"),
    ("What kind of headaches is Botox good for?", "decline_headache_types"),
])
def test_same_words_different_frames_reach_different_intents(question, intent):
    assert bot.load().reply(question).intent == intent


def test_frames_are_found_in_texts_of_question_words_in_any_order():
    # frames_of skips a pattern whose indispensable words are missing: the same frames as searching them all.
    import itertools
    import random

    from bot import question_frames as q

    def searched(text):
        onset = bool(q.ONSET.search(text))
        found = ["?onset"] if onset else []
        found += ["?duration"] if not onset and q.DURATION.search(text) else []
        found += ["?mechanism"] if q.MECHANISM.search(text) and not onset else []
        found += ["?efficacy"] if q.EFFICACY.search(text) else []
        found += ["?action"] if q.ACTION.search(text) else []
        found += ["?who"] if q.WHO.search(text) else []
        found += ["?kind"] if q.KIND.search(text) else []
        found += ["?definition"] if q.DEFINITION.search(text) else []
        found += ["?experience"] if q.EXPERIENCE.search(text) else []
        return tuple(found)

    words = ("so and but well does do will can is how long soon when start work help what should i why success "
             "rate mechanism the botox it take to last wear off makes doing options feel better any a until till til "
             "before act acts relieve relieves works helps effective good for worth kick in kicks effect takes notice "
             "see results change difference straight away tell know if whether be become get many much time minutes "
             "days quick quickly fast try now my next steps step option are we you to inside discover found come "
             "back return fade keep hold working helping who not have use candidate qualifies kind kinds type sort of "
             "which all every other headaches migraine even exactly actually stuff whats made like used anything expect "
             "injections shot jabs toxin these was getting having they procedure does").split()
    rng = random.Random(7)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    texts += [" ".join(pair) for pair in itertools.product(words, repeat=2)]
    # and every phrasing and title of the shipped intents, as the matcher reads them
    assistant = bot.load()
    texts += [assistant.normaliser.correct_text(p) for p in assistant.matcher.phrasings]
    assert [frames_of(t) for t in texts] == [searched(t) for t in texts]
