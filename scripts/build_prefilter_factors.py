#!/usr/bin/env python3
"""Write bot/data/prefilter-factors.json: the strings each shipped red-flag pattern's matches must contain.

    .venv/bin/python scripts/build_prefilter_factors.py

bot/prefilter.py reads these factors from each pattern's parse tree; for the 1,000 patterns of the
shipped intents/red_flags.yaml that is about 0.3 s of every start. Shipping the result saves it.
A pattern that is not in the table (staff edited or added it) is read at load as before, so a stale
table only costs start-up time; tests/test_red_flag_prefilter.py fails when it is stale. Rerun this
after editing the shipped red_flags.yaml.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import context  # noqa: E402
from bot.prefilter import SHIPPED_FACTORS_FILE, ScreenedPattern, read_factors, table_key  # noqa: E402
from bot.red_flags import load_red_flags  # noqa: E402


def shipped_patterns() -> list:
    """Every shipped pattern: the concepts' patterns, requirements and other senses (a pattern in the table
    is compiled on first use, not at load: red_flags.DeferredPattern) and the alternatives of context.py's
    screened ones."""
    flags, problems = load_red_flags(ROOT / "intents" / "red_flags.yaml", "intents/red_flags.yaml")
    if problems:
        sys.exit("\n".join(map(str, problems)))
    screened = [branch for p in vars(context).values() if isinstance(p, ScreenedPattern) for branch in p.branches]
    return [pattern for concept in flags for key in ("patterns", "requires", "other_senses")
            for pattern in getattr(concept, key)] + screened


def main() -> None:
    table = {table_key(p.pattern, p.flags): [sorted(factor) for factor in read_factors(p)] for p in shipped_patterns()}
    SHIPPED_FACTORS_FILE.write_text(json.dumps(table, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"factors of {len(table):,} patterns written to {SHIPPED_FACTORS_FILE}")


if __name__ == "__main__":
    main()
