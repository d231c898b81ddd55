"""How much red-flag detection costs a reply on the shipped intents: prints figures, asserts nothing.

    python tests/benchmarks/red_flag_speed.py [--rounds 3] [--clock cpu]

Over every message of the committed held-out and safety sets (warm, each
message's sentences folded and corrected beforehand, as `Understander` does),
prints the median and 99th-percentile time per message of:

- `find_red_flag`: the concepts of red_flags.yaml matched in context;
- `symptoms_now`: whether a symptom is described now (red-flag words, and any words of how someone feels);
- `RedFlagModel.sure`: the learned model under the rules (bot/red_flag_model.py), on the cleaned message, at
  the shipped threshold (most messages are told apart from a red flag by a bound, without a reading), over the
  messages where the rules found no red flag and set none aside (the others are not read);
- all three together, as a reply runs them: the red-flag layer;

then the median reply with the layer and without it: the same replies, with
every call a reply makes to the layer swapped for a lookup of the result it
gave, so that the rest of the reply does exactly the same work. The layer is
all that `Understander.understand` asks of safety.py, figures.py and the
model: find_red_flag (again after a figure of speech is set aside), the
figures' reading, the model's `sure` and `weightiest_words`, symptoms_now
(again without the words read in another sense), without_other_senses and
current_symptom_words (the urgent phrasings' screen). Reading the message
without the symptoms it denies (without_negated_symptoms) is the matcher's
input, not detection, and is run in both.

`--clock cpu` times by the thread's CPU time (about 1 us a reading) instead
of the wall clock: on a machine shared by more processes than it has cores,
a wall-clock time counts the time the process waited for a core too.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from itertools import chain
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import bot  # noqa: E402
from bot.blas import use_one_blas_thread  # noqa: E402

use_one_blas_thread()             # before numpy is imported, as the adapters do
from bot import understanding  # noqa: E402
from bot.context import Sentence  # noqa: E402
from bot.safety import find_red_flag, symptoms_now  # noqa: E402
from bot.text import clean  # noqa: E402

HERE = Path(__file__).resolve().parent
CLOCKS = {"wall": time.perf_counter, "cpu": time.thread_time}
clock = CLOCKS["wall"]


def messages() -> list[str]:
    return [item["q"] for folder in ("heldout", "safety") for path in sorted((HERE / folder).glob("*.yaml"))
            for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


def sentences_of(assistant: bot.Bot, message: str) -> tuple[Sentence, ...]:
    text = clean(message, assistant.settings.max_message_chars)
    return tuple(assistant.understander.sentences(text))


def timed(function, items, rounds: int) -> list[float]:
    """Milliseconds per call of function(item), every item `rounds` times (after one warm-up pass)."""
    for item in items:
        function(item)
    timings = []
    for _ in range(rounds):
        for item in items:
            start = clock()
            function(item)
            timings.append((clock() - start) * 1000)
    return sorted(timings)


def summary(label: str, timings: list[float]) -> str:
    return f"{label}: median {statistics.median(timings):.3f} ms, p99 {timings[int(len(timings) * 0.99)]:.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the messages (default 3)")
    parser.add_argument("--clock", choices=CLOCKS, default="wall", help="wall time (default) or the thread's CPU time")
    arguments = parser.parse_args()
    rounds = arguments.rounds
    global clock
    clock = CLOCKS[arguments.clock]
    assistant = bot.load()
    concepts = assistant.knowledge.red_flags
    texts = messages()
    sentences = [sentences_of(assistant, m) for m in texts]
    print(f"{len(texts)} messages (held-out and safety sets), {len(concepts)} red-flag concepts, "
          f"{sum(len(c.patterns) for c in concepts)} patterns, {rounds} rounds")

    model = assistant.understander.red_flag_model
    threshold = assistant.understander.red_flag_threshold
    cleaned = [clean(m, assistant.settings.max_message_chars) for m in texts]

    def layer(i):
        finding, set_aside = find_red_flag(concepts, sentences[i])
        reading = model.sure(cleaned[i], threshold) if finding is None and not set_aside else None   # (as Understander)
        return finding, symptoms_now(sentences[i]), reading

    print(summary("find_red_flag", timed(lambda s: find_red_flag(concepts, s), sentences, rounds)))
    print(summary("symptoms_now", timed(symptoms_now, sentences, rounds)))
    reaching = [cleaned[i] for i, s in enumerate(sentences) if find_red_flag(concepts, s) == (None, ())]
    print(summary("RedFlagModel.sure", timed(lambda text: model.sure(text, threshold), reaching, rounds))
          + f" (on the {len(reaching)} messages the rules leave to it)")
    print(summary("red-flag layer", timed(layer, range(len(texts)), rounds)))

    # The reply without the layer: every call a reply makes to it recorded once, then looked up.
    understander = assistant.understander
    layer_calls = {"find_red_flag": understanding.find_red_flag, "symptoms_now": understanding.symptoms_now,
                   "without_other_senses": understanding.without_other_senses,
                   "current_symptom_words": understanding.current_symptom_words}
    methods = {"sure": (model, "sure"), "weightiest_words": (model, "weightiest_words"),
               "figurative": (understander.figures, "figurative")}
    originals = {**layer_calls, **{name: getattr(owner, attribute) for name, (owner, attribute) in methods.items()}}
    results: dict[tuple, object] = {}

    def key(arguments) -> tuple:        # (the concepts, always the same, by name: hashing them reads every pattern)
        return tuple("concepts" if a is concepts else tuple(a) if isinstance(a, list) else a for a in arguments)

    def recording(name, function):
        def call(*arguments):
            result = results[name, key(arguments)] = function(*arguments)
            return result
        return call

    def looked_up(name, function):
        def call(*arguments):
            found = results.get((name, key(arguments)), results)
            return function(*arguments) if found is results else found      # (never seen: computed)
        return call

    def install(wrap) -> None:
        for name, function in originals.items():
            if name in layer_calls:
                setattr(understanding, name, wrap(name, function) if wrap else function)
            else:
                owner, attribute = methods[name]
                if wrap:
                    setattr(owner, attribute, wrap(name, function))
                else:
                    vars(owner).pop(attribute, None)        # (the class's method again)

    # Each mode reads all the messages in a pass of its own: a reply never follows the same message's reply in the
    # other mode, whose words it would find in every cache (the spelling corrections, the pieces' rows, the
    # processor's), as no real reply does. (Replying to each message in both modes back to back favoured whichever
    # came second: the layer "added" 0.27 ms when the looked-up reply came second, 0.15 ms when it came first.)
    # The passes alternate which mode goes first, so that the machine's load drifting hits both alike.
    with_layer, without_layer = [0.0] * len(texts), [0.0] * len(texts)
    modes = ((None, with_layer), (looked_up, without_layer))
    try:
        install(recording)
        for text in texts:
            assistant.reply(text)
        passes = [modes[::-1] if round_ % 2 else modes for round_ in range(rounds)]
        for index, (wrap, timings) in enumerate(chain.from_iterable([modes, *passes])):    # the first two passes warm up
            install(wrap)
            for i, text in enumerate(texts):
                start = clock()
                assistant.reply(text)
                if index >= 2:
                    timings[i] += (clock() - start) * 1000 / rounds       # (each message's mean over the rounds)
    finally:
        install(None)
    with_median, without_median = statistics.median(with_layer), statistics.median(without_layer)
    print(f"reply: median {with_median:.3f} ms with the red-flag layer, {without_median:.3f} ms with its results looked up "
          f"(the layer adds {with_median - without_median:.3f} ms to the median; "
          f"median of the paired differences {statistics.median(w - o for w, o in zip(with_layer, without_layer)):.3f} ms)")


if __name__ == "__main__":
    main()
