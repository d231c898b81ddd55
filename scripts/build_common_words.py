#!/usr/bin/env python3
"""Write bot/data/common-words.txt: the everyday English words that spelling correction leaves alone.

    .venv/bin/pip install pyspellchecker && .venv/bin/python scripts/build_common_words.py

Source: pyspellchecker's English word-frequency list (MIT licence), every word seen at least
MIN_FREQUENCY times. Shipping the result saves each start of the assistant reading and filtering
that list (about 0.3 s); rerun this when the threshold or pyspellchecker changes.
"""
from pathlib import Path

from spellchecker import SpellChecker

MIN_FREQUENCY = 100
# Everyday words the list lacks that patients use, so that they are not "corrected" into a symptom ("a killer hiit
# class yesterday and now my neck is sore" read as "hit", guideline-crisis-CJ).
EXTRA_WORDS = ("hiit", "zumba", "crossfit", "bootcamp", "spinning", "parkrun", "peloton", "netball", "padel")
OUT = Path(__file__).resolve().parents[1] / "bot" / "data" / "common-words.txt"


def main() -> None:
    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    words = sorted({word for word, count in counts.items() if count >= MIN_FREQUENCY} | set(EXTRA_WORDS))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("".join(word + "\n" for word in words), encoding="utf-8")
    print(f"{len(words):,} words written to {OUT}")


if __name__ == "__main__":
    main()
