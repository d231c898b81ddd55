"""How the assistant scales with the number of phrasings: prints figures, asserts nothing.

    python tests/benchmarks/scale.py                    # shipped, 10,000 and 100,000 phrasings
    python tests/benchmarks/scale.py 50000 --repeat 3   # other sizes; each size measured 3 times
    OPENBLAS_NUM_THREADS=1 python tests/benchmarks/scale.py   # steadier on a busy machine (see below)

numpy's OpenBLAS runs even a 2,000 x 256 matrix-vector product (the semantic
signal on the shipped intents) on every core; when other processes hold
them, a reply waits for the BLAS threads: on a shared 2-core machine the
shipped reply median jumps from about 0.9 ms to 3 to 11 ms. One BLAS thread
gives the steady figure. (Above 4,096 phrasings the semantic index works its
product out in blocks that OpenBLAS keeps on the calling thread: see
`SemanticIndex.similarities`.)

For each size a fresh Python process loads an intents folder and prints the
time to read the YAML files (`bot.load_folder`) and to build the Bot from them
(normaliser, matcher, semantic index; wall clock and CPU time; what every Bot
in a process shares, the modules, word list and semantic model, is read before:
a hot reload builds a Bot without them), the median and
99th-percentile time of a warm reply over a fixed list of messages (wall clock
and CPU time: on a busy shared machine the CPU time is the steadier figure),
the same for `Matcher.rank` alone, the reply's median and 99th-percentile CPU
time over fixed questions about other things ("other": `out_of_scope_messages`,
where the matcher has the least to prune with), and the process's peak memory
(max RSS, imports included). Above its size threshold the semantic index looks only
where a message's nearest phrasings are likely to be (bot/semantic.py): the
last columns count the messages whose top intent, and whose reply, differ
from working out every cosine, and, above its own threshold, the messages
whose matcher ranking (bounded fuzzy scores, bot/matcher.py) differs from
scoring every phrasing (none, by design).

The folders beyond the shipped one keep the shipped intents and add synthetic
ones, made deterministically (fixed seed) from the shipped phrasings: each
synthetic intent has a few topic words of its own (so the vocabulary grows as
a real clinic group's would) and phrasings recombined from two shipped
phrasings, with topic words swapped in, words dropped and the odd typo.
Synthetic intent `i` is the same whatever the size, so the message list,
which asks about the first synthetic intents, means the same at every size.

`measure(bot)` returns the figures as a dict: a new part of the Bot (such as a
semantic signal) is measured as soon as `bot.load` builds it; add its own
timings there.

A change meant to make the assistant faster must leave its replies as they
were: `--dump FOLDER` also writes, for each size, every reply (with its
explanation: candidates and their exact scores) to the fixed messages, the
questions about other things and the compared messages, as FOLDER/<size>.json.
Dump before and after the change and compare the files (`cmp`): they should be
the same byte for byte.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from reply_speed import MESSAGES  # noqa: E402

SHIPPED = ROOT / "intents"
SEED = 20261125
INTENTS_PER_FILE = 500
SIZES = ["shipped", "10000", "100000"]

# The engine benchmark's everyday messages, and a wholly unrelated and a long one.
REPLY_MESSAGES = MESSAGES + [
    "is the capital of france paris", "i had botox three times and now my neck feels weak and my forehead droops, "
    "is that the muscle damage the article talks about and will it come back if i stop",
]
SYNTHETIC_MESSAGES = 20      # messages made from the first synthetic intents' phrasings
OUT_OF_SCOPE_MESSAGES = 100  # everyday questions about other things, timed apart (see `out_of_scope_messages`)
OUT_OF_SCOPE_ROUNDS = 3
COMPARED_MESSAGES = 300      # messages about synthetic intents across the whole folder, for the coarse index's differences


def _shipped_phrasings() -> tuple[list[str], list[dict]]:
    """Every shipped phrasing, and the shipped article intents (for their sections and answers)."""
    phrasings, articles = [], []
    for path in sorted(SHIPPED.glob("*.yaml")):
        if path.name in ("settings.yaml", "red_flags.yaml"):
            continue
        for intent in yaml.safe_load(path.read_text(encoding="utf-8"))["intents"]:
            phrasings.extend([intent["title"], *intent["phrasings"]])
            if intent.get("kind") == "article":
                articles.append(intent)
    return phrasings, articles


def _invented_word(rng: random.Random) -> str:
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(2, 4))) + rng.choice("lnrsx")


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _phrasing(rng: random.Random, pool: list[str], topic: list[str]) -> str:
    first, second = rng.choice(pool).split(), rng.choice(pool).split()
    words = first[: max(1, len(first) // 2 + rng.randint(-1, 1))] + second[len(second) // 2:]
    for _ in range(rng.randint(1, 2)):
        words.insert(rng.randrange(len(words) + 1), rng.choice(topic))
    if len(words) > 4 and rng.random() < 0.3:
        del words[rng.randrange(len(words))]
    if rng.random() < 0.15:
        i = rng.randrange(len(words))
        words[i] = _typo(words[i], rng)
    return " ".join(words)


def synthetic_intent(index: int, pool: list[str], articles: list[dict]) -> dict:
    """Synthetic intent `index`: the same for a given seed whatever the folder's size."""
    rng = random.Random(SEED * 1_000_003 + index)
    topic = [_invented_word(rng) for _ in range(rng.randint(1, 3))]
    like = rng.choice(articles)
    phrasings = list(dict.fromkeys(_phrasing(rng, pool, topic) for _ in range(rng.randint(8, 16))))
    return {"id": f"synthetic_{index:06d}", "kind": "article", "title": f"{phrasings[0]}?",
            "section": like["section"], "phrasings": phrasings[1:], "answer": like["answer"]}


def make_folder(phrasings: int, folder: Path) -> int:
    """Write the shipped intents plus synthetic ones up to about `phrasings` phrasings; return the count."""
    pool, articles = _shipped_phrasings()
    shutil.copytree(SHIPPED, folder, dirs_exist_ok=True)
    shutil.rmtree(folder / "tests", ignore_errors=True)
    count, index, batch = len(pool), 0, []
    while count < phrasings:
        intent = synthetic_intent(index, pool, articles)
        batch.append(intent)
        count += 1 + len(intent["phrasings"])
        index += 1
        if len(batch) == INTENTS_PER_FILE or count >= phrasings:
            text = yaml.safe_dump({"intents": batch}, sort_keys=False, width=1000, allow_unicode=True)
            (folder / f"synthetic_{index:06d}.yaml").write_text(text, encoding="utf-8")
            batch = []
    return count


def messages(count: int = SYNTHETIC_MESSAGES, step: int = 7) -> list[str]:
    """The fixed messages: everyday questions, and reworded questions about synthetic intents 0, step, 2 x step..."""
    pool, articles = _shipped_phrasings()
    rng = random.Random(SEED)
    made = []
    for index in range(count):
        intent = synthetic_intent(index * step, pool, articles)
        words = rng.choice(intent["phrasings"]).split()
        rng.shuffle(words)
        made.append(" ".join(_typo(w, rng) if rng.random() < 0.2 else w for w in words))
    return REPLY_MESSAGES + made


def out_of_scope_messages(count: int = OUT_OF_SCOPE_MESSAGES) -> list[str]:
    """Fixed questions about other things, of English words ("where is the naturalist", "why does my scooter
    coniferous"): few of their words are in any phrasing, so the matcher cannot prune by words and bounds
    each phrasing's fuzzy score by its letters (bot/matcher.py), its dearest case."""
    from bot.text import common_english_words

    words = sorted(w for w in common_english_words() if len(w) > 3)
    openings = ["what about", "how do i", "is it", "can you", "where is the", "why does my", "tell me", ""]
    rng = random.Random(SEED + 1)
    return [" ".join([rng.choice(openings), *rng.sample(words, rng.randint(1, 5))]).strip() for _ in range(count)]


def _percentiles(timings: list[float]) -> tuple[float, float]:
    timings = sorted(timings)
    return statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.99))]


def measure(assistant, rounds: int = 30) -> dict:
    """Warm reply and rank times over the fixed messages (milliseconds): wall clock, and the reply's CPU time
    (which a busy shared machine inflates less)."""
    texts = messages()
    analyses = [assistant.normaliser.analyse(m) for m in texts]
    for message in texts:                  # warm the caches once, as a running server would be
        assistant.reply(message)
    replies, reply_cpu, ranks = [], [], []
    for _ in range(rounds):
        for message, analysis in zip(texts, analyses):
            t, cpu = time.perf_counter(), time.thread_time()
            assistant.reply(message)
            replies.append((time.perf_counter() - t) * 1000)
            reply_cpu.append((time.thread_time() - cpu) * 1000)
            t = time.perf_counter()
            assistant.matcher.rank(analysis)
            ranks.append((time.perf_counter() - t) * 1000)
    others = out_of_scope_messages()
    for message in others:
        assistant.reply(message)
    other_cpu = []
    for _ in range(OUT_OF_SCOPE_ROUNDS):
        for message in others:
            cpu = time.thread_time()
            assistant.reply(message)
            other_cpu.append((time.thread_time() - cpu) * 1000)
    figures = {}
    for name, timings in (("reply", replies), ("reply_cpu", reply_cpu), ("rank", ranks), ("other_cpu", other_cpu)):
        figures[f"{name}_p50_ms"], figures[f"{name}_p99_ms"] = _percentiles(timings)
    compared = messages(COMPARED_MESSAGES, step=max(1, (len(assistant.matcher.intent_ids) - 100) // COMPARED_MESSAGES))
    figures["messages"] = len(compared)
    figures["top_differs"], figures["reply_differs"] = differences_from_exact(assistant, compared)
    figures["pruned_differs"] = pruned_rankings_that_differ(assistant, compared)
    return figures


def pruned_rankings_that_differ(assistant, texts: list[str]) -> int:
    """Above its size threshold the matcher works out fuzzy scores only where its bounds say they can matter
    (bot/matcher.py): how many of the messages get another ranking (intents, phrasings or scores) than
    scoring every phrasing. It should be none: the bounds are upper bounds."""
    from bot import matcher as matcher_module

    if len(assistant.matcher.phrasings) <= matcher_module.PRUNE_ABOVE:
        return 0
    limit, differ = matcher_module.PRUNE_ABOVE, 0
    for text in texts:
        analysis = assistant.normaliser.analyse(text)
        pruned = assistant.matcher.rank(analysis, limit=10)
        matcher_module.PRUNE_ABOVE = len(assistant.matcher.phrasings)
        try:
            full = assistant.matcher.rank(analysis, limit=10)
        finally:
            matcher_module.PRUNE_ABOVE = limit
        differ += [(c.intent, c.phrasing, round(c.score, 6)) for c in pruned] != [(c.intent, c.phrasing, round(c.score, 6)) for c in full]
    return differ


def differences_from_exact(assistant, texts: list[str]) -> tuple[int, int]:
    """Above its size threshold the semantic index is coarse (bot/semantic.py): how many of the messages
    get another top intent, and another reply, than with every cosine worked out (0, 0 below it)."""
    index = assistant.understander.semantic
    if not index.coarse:
        return 0, 0
    understand = assistant.understander.understand
    coarse = [(understand(m).top, assistant.reply(m).to_dict(explain=False)) for m in texts]
    index.best_per_group = lambda message, top=None, also=(): type(index).best_per_group(index, message)
    try:
        exact = [(understand(m).top, assistant.reply(m).to_dict(explain=False)) for m in texts]
    finally:
        del index.best_per_group
    tops = sum((a[0] and a[0].intent) != (b[0] and b[0].intent) for a, b in zip(coarse, exact))
    return tops, sum(a[1] != b[1] for a, b in zip(coarse, exact))


def replies(assistant) -> dict[str, dict]:
    """Every reply, explanation included, to the messages `measure` times and compares, by message."""
    step = max(1, (len(assistant.matcher.intent_ids) - 100) // COMPARED_MESSAGES)
    texts = dict.fromkeys(messages() + out_of_scope_messages() + messages(COMPARED_MESSAGES, step=step))
    return {text: assistant.reply(text).to_dict(explain=True) for text in texts}


def run_one(folder: str, dump: str | None = None) -> dict:
    """In this process: build the Bot from `folder` and measure it (and write its replies to `dump`)."""
    import bot
    import bot.engine  # noqa: F401  (the modules a Bot needs, imported once per process)
    from bot.semantic import Encoder
    from bot.text import common_english_words

    common_english_words()                 # the word list every Bot shares, read once per process
    Encoder.load()                         # the semantic model every Bot shares, read once per process
    start = time.perf_counter()
    knowledge = bot.load_folder(folder)
    loaded, cpu = time.perf_counter(), time.thread_time()
    assistant = bot.Bot(knowledge)
    figures = {"load_s": loaded - start, "build_s": time.perf_counter() - loaded, "build_cpu_s": time.thread_time() - cpu,
               "intents": len(knowledge.intents), "phrasings": len(assistant.matcher.phrasings)}
    figures.update(measure(assistant))
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if dump:
        Path(dump).write_text(json.dumps(replies(assistant), indent=1, sort_keys=True), encoding="utf-8")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", default=SIZES, help="'shipped' or a number of phrasings")
    parser.add_argument("--repeat", type=int, default=1, help="measure each size this many times")
    parser.add_argument("--dump", metavar="FOLDER", help="also write each size's replies to FOLDER/<size>.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-dump", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.child_dump)))
        return
    if args.dump:
        Path(args.dump).mkdir(parents=True, exist_ok=True)
    print("times in ms unless marked; cpu: the thread's CPU time, less inflated than the wall clock on a busy machine")
    print(f"{'phrasings':>10} {'intents':>8} {'load s':>7} {'build s':>8} {'(cpu s)':>8} {'reply p50':>10} {'p99':>6} "
          f"{'(cpu p50':>9} {'p99)':>6} {'rank p50':>9} {'p99':>6} {'other cpu p50':>13} {'p99':>6} {'peak MB':>8}  "
          f"top/reply differs from exact semantic; "
          f"rankings differ from unpruned matcher")
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        for size in args.sizes:
            folder = SHIPPED if size == "shipped" else Path(tmp) / size
            if size != "shipped":
                make_folder(int(size), folder)
            for _ in range(args.repeat):
                dump = ["--child-dump", str(Path(args.dump) / f"{size}.json")] if args.dump else []
                out = subprocess.run([sys.executable, __file__, "--child", str(folder), *dump], capture_output=True,
                                     text=True, check=True).stdout
                f = json.loads(out.splitlines()[-1])
                print(f"{f['phrasings']:>10,} {f['intents']:>8,} {f['load_s']:>7.2f} {f['build_s']:>8.2f} "
                      f"{f['build_cpu_s']:>8.2f} {f['reply_p50_ms']:>10.2f} {f['reply_p99_ms']:>6.1f} "
                      f"{f['reply_cpu_p50_ms']:>9.2f} {f['reply_cpu_p99_ms']:>6.1f} {f['rank_p50_ms']:>9.2f} "
                      f"{f['rank_p99_ms']:>6.1f} {f['other_cpu_p50_ms']:>13.2f} {f['other_cpu_p99_ms']:>6.1f} {f['peak_rss_mb']:>8.0f}  {f['top_differs']}/{f['reply_differs']} of {f['messages']}; "
                      f"{f['pruned_differs']} of {f['messages']}",
                      flush=True)


if __name__ == "__main__":
    main()
