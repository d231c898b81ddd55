"""How well the semantic signal alone tells the shipped intents apart: prints figures, asserts nothing.

    python tests/benchmarks/semantic_accuracy.py [--model DIR]   # default: the shipped model

1. Leave one phrasing out: each phrasing (titles included, as the matcher
   holds them) is compared with every other phrasing; it counts as right when
   the closest other phrasing belongs to its own intent. Once on the raw text,
   once on the normaliser's text (folded, spelling corrected, synonyms applied).
2. The 5 folds of `headache-bot eval` (each intent's i-th phrasing held out in
   fold i % 5, titles always kept): top-1 accuracy of today's matcher, of the
   semantic signal, and of `w x matcher + (1 - w) x semantic` for a few w.
   These are accuracies on the phrasings only, not a choice of fusion weight:
   the engine must pick its weights by cross-validation over held-out sets too.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

import bot  # noqa: E402
from bot.intents import Intent  # noqa: E402
from bot.matcher import Matcher  # noqa: E402
from bot.semantic import Encoder, SemanticIndex  # noqa: E402

FOLDS = 5
WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)


def leave_one_out(encoder: Encoder, texts: list[str], owners: np.ndarray) -> tuple[float, Counter, int]:
    vectors = encoder.encode(texts)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = owners[np.argmax(similarity, axis=1)]
    right = nearest == owners
    confusions = Counter((int(a), int(b)) for a, b, ok in zip(owners, nearest, right) if not ok)
    return float(right.mean()), confusions, int((~vectors.any(axis=1)).sum())


def folds(assistant: bot.Bot, encoder: Encoder, intents: list[Intent]) -> dict[str, float]:
    right: Counter = Counter()
    total = 0
    for fold in range(FOLDS):
        kept, held = [], []
        for group, intent in enumerate(intents):
            train = tuple(p for i, p in enumerate(intent.phrasings) if i % FOLDS != fold) or intent.phrasings[:1]
            held += [(group, p) for i, p in enumerate(intent.phrasings) if i % FOLDS == fold and p != intent.title]
            kept.append(Intent(intent.id, intent.title, train, intent.answer, intent.kind))
        matcher = Matcher(kept, assistant.normaliser)
        texts, owners = [], []
        for group, intent in enumerate(kept):
            for text in dict.fromkeys((intent.title, *intent.phrasings)):
                texts.append(assistant.normaliser.analyse(text).text)
                owners.append(group)
        index = SemanticIndex(encoder, texts, owners, len(kept))
        position = {intent.id: group for group, intent in enumerate(kept)}
        for group, phrasing in held:
            analysis = assistant.normaliser.analyse(phrasing)
            lexical = np.zeros(len(kept), dtype=np.float32)
            for candidate in matcher.rank(analysis, limit=len(kept)):
                lexical[position[candidate.intent]] = candidate.score
            semantic = index.best_per_group(analysis.text)
            for weight in WEIGHTS:
                right[weight] += int(np.argmax(weight * lexical + (1 - weight) * semantic)) == group
            total += 1
    return {f"{w:.1f} x matcher + {1 - w:.1f} x semantic": right[w] / total for w in WEIGHTS} | {"held out": total}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", help="a model folder written by scripts/build_semantic_model.py --out")
    args = parser.parse_args()
    assistant = bot.load()
    encoder = Encoder.load(args.model)
    intents = [intent for intent in assistant.knowledge.intents if intent.phrasings]
    texts, owners = [], []
    for group, intent in enumerate(intents):
        for text in dict.fromkeys((intent.title, *intent.phrasings)):
            texts.append(text)
            owners.append(group)
    owners = np.array(owners)
    print(f"{len(texts)} phrasings of {len(intents)} intents (titles included)")
    for name, variant in [("raw text", texts), ("normalised text", [assistant.normaliser.analyse(t).text for t in texts])]:
        accuracy, confusions, empty = leave_one_out(encoder, variant, owners)
        print(f"leave-one-phrasing-out nearest-intent accuracy, semantic alone, {name}: {accuracy:.1%}"
              f" ({empty} phrasings with no known word piece)")
    print("most confused (intent -> nearest other phrasing's intent, normalised text):")
    for (a, b), count in confusions.most_common(8):
        print(f"  {intents[a].id} -> {intents[b].id}: {count}")
    print(f"{FOLDS}-fold top-1 accuracy on held-out phrasings (the folds of `headache-bot eval`):")
    results = folds(assistant, encoder, intents)
    held = results.pop("held out")
    for name, accuracy in results.items():
        print(f"  {name}: {accuracy:.1%}")
    print(f"  ({held} held-out phrasings; 1.0 x matcher is today's matcher alone, 0.0 the semantic signal alone)")


if __name__ == "__main__":
    main()
