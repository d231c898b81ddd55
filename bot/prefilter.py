"""What every match of a regular expression must contain: a screen that skips the patterns a text cannot match.

As in RE2's prefilter and Russ Cox's trigram index ("Regular Expression
Matching with a Trigram Index", 2012), a pattern is reduced to the literal
strings its matches must contain. `required_factors` reads the pattern's
parse tree (the `re` module's own parser) and gives *factors*: sets of
strings such that every match contains at least one string of each factor.
`\\bworst (headache|pain)\\b` gives [{"worst headache", "worst pain"}];
`\\bhit my head\\b.{0,30}\\bago\\b` gives [{"hit my head"}, {"ago"}]. A text
in which some factor has none of its strings cannot match the pattern.

What the analysis cannot read adds no factor: `.`, `\\w`, a class of many
characters, a part that may be left out, a group that ignores case, any
construct it does not know. A pattern with no factor is always run. So the
screen can only let too much through, never too little: it changes how fast
patterns are matched, never what they match.

`Prefilter` finds the factors' strings of a list of patterns in one scan of
a text (an Aho-Corasick automaton, pyahocorasick) and tells which patterns
may match it.

Reading 700 parse trees takes about 0.3 s, most of a start-up; so the factors
of the shipped red_flags.yaml ship too, in bot/data/prefilter-factors.json
(scripts/build_prefilter_factors.py writes it), looked up by each pattern's
text and flags. A pattern staff add or edit is not in it and is read as above:
the table changes how fast the assistant starts, never what the screen lets through.
"""
from __future__ import annotations

import functools
import json
import re
import sys
from itertools import chain
from operator import itemgetter
from pathlib import Path
from dataclasses import dataclass
from typing import Iterator, Sequence

import ahocorasick

try:                                            # Python 3.11 and later
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:                             # pragma: no cover - Python 3.10
    import sre_constants as _sre                # type: ignore[no-redef]
    import sre_parse as _sre_parse              # type: ignore[no-redef]

MOST_ALTERNATIVES = 64      # a set of strings a part may match is followed up to this size
SHORTEST = 3                # a factor with a shorter string is too common to be worth looking for
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op is not None)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)

Factor = frozenset[str]


@dataclass(frozen=True)
class _Part:
    """What one part of a pattern tells: every string it can match, when there are few; and its factors."""

    exact: Factor | None = None
    factors: tuple[Factor, ...] = ()

    def required(self) -> tuple[Factor, ...]:
        return (self.exact,) if _useful(self.exact) else self.factors


_UNKNOWN = _Part()
_NOTHING_CONSUMED = _Part(frozenset({""}))
_EMPTY_RUN = frozenset({""})


def _useful(factor: Factor | None) -> bool:
    return bool(factor) and min(map(len, factor)) >= SHORTEST


def _best(factors: Sequence[Factor]) -> Factor | None:
    """The factor most worth looking for: the longest shortest string, then the fewest strings."""
    return max(factors, key=lambda f: (min(map(len, f)), -len(f)), default=None)


SHIPPED_FACTORS_FILE = Path(__file__).resolve().parent / "data" / "prefilter-factors.json"


def table_key(text: str, flags: int) -> str:
    return f"{flags} {text}"


@functools.cache
def _shipped_factors() -> dict[str, tuple[Factor, ...]]:
    """The factors of the shipped patterns (read-only, loaded once), by `table_key`; {} when the file is missing."""
    try:
        table = json.loads(SHIPPED_FACTORS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: tuple(frozenset(strings) for strings in factors) for key, factors in table.items()}


def is_shipped_pattern(text: str, flags: int = int(re.UNICODE)) -> bool:
    """Whether the shipped table has the pattern: it compiled when the table was built."""
    return table_key(text, flags) in _shipped_factors()


def required_factors(pattern: re.Pattern) -> tuple[Factor, ...]:
    """Sets of strings; every match of `pattern` contains a string of each. () when nothing can be told."""
    if not isinstance(pattern.pattern, str):
        return ()
    shipped = _shipped_factors().get(table_key(pattern.pattern, pattern.flags))
    return shipped if shipped is not None else read_factors(pattern)


def read_factors(pattern: re.Pattern) -> tuple[Factor, ...]:
    """`required_factors` read from the pattern's parse tree, whatever the shipped table says."""
    return _required_factors(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=4096)          # a pure function of the pattern: a reload reads only what changed
def _required_factors(text: str, flags: int) -> tuple[Factor, ...]:
    if flags & re.IGNORECASE:
        return ()
    try:
        tree = _sre_parse.parse(text, flags)
        if tree.state.flags & re.IGNORECASE:
            return ()
        return tuple(dict.fromkeys(f for f in _sequence(tree).required() if _useful(f)))
    except Exception:               # a parse tree this reading does not know: run the pattern every time
        return ()


def _sequence(items) -> _Part:
    """Parts one after the other: runs of parts with few strings are joined ("worst" + " " + "headache")."""
    run, exact, factors = _EMPTY_RUN, True, []
    for op, value in _literals_joined(items):
        part = _Part(frozenset({value})) if op is None else _node(op, value)
        if part.exact is not None:
            joined = frozenset(a + b for a in run for b in part.exact)
            if len(joined) <= MOST_ALTERNATIVES:
                run = joined
                continue
            factors.append(run)
            run = part.exact
        else:
            factors += [run, *part.factors]
            run = _EMPTY_RUN
        exact = False
    factors.append(run)
    return _Part(run if exact else None, tuple(f for f in factors if _useful(f)))


def _literals_joined(items):
    """The parse tree's items, with each run of single characters as one (None, string)."""
    text = ""
    for op, value in getattr(items, "data", items):     # (a parse tree's list itself: indexing it is slow)
        if op is _sre.LITERAL:
            text += chr(value)
            continue
        if text:
            yield None, text
            text = ""
        yield op, value
    if text:
        yield None, text


def _node(op, value) -> _Part:
    if op is _sre.LITERAL:
        return _Part(frozenset({chr(value)}))
    if op is _sre.IN:
        return _Part(_class_characters(value))
    if op in _ZERO_WIDTH:
        return _NOTHING_CONSUMED
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = value
        return _UNKNOWN if add_flags & re.IGNORECASE else _sequence(items)
    if op is _sre.BRANCH:
        branches = [_sequence(items) for items in value[1]]
        if all(b.exact is not None for b in branches):
            exact = frozenset().union(*(b.exact for b in branches))
            if len(exact) <= MOST_ALTERNATIVES:
                return _Part(exact)
        best = [_best(b.required()) for b in branches]
        return _Part(None, (frozenset().union(*best),) if all(best) else ())
    if op in _REPEATS:
        least, most, items = value
        part = _sequence(items)
        if least == most == 1:
            return part
        if least == 0:
            return _Part(part.exact | _EMPTY_RUN) if most == 1 and part.exact is not None else _UNKNOWN
        return _Part(None, part.required())
    return _UNKNOWN


def _class_characters(items) -> Factor | None:
    """The characters of a class like [sz] or [a-e], when few; None for \\w, [^...] and the like."""
    characters: set[str] = set()
    for op, value in items:
        if op is _sre.LITERAL:
            characters.add(chr(value))
        elif op is _sre.RANGE and value[1] - value[0] < MOST_ALTERNATIVES:
            characters.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return frozenset(characters) if len(characters) <= MOST_ALTERNATIVES else None


class Prefilter:
    """Which of a list of patterns may match a text, from one scan for their factors' strings.

    The scan gives the strings met, each as a number, without a step of Python per string found. Only the
    patterns whose most telling factor (`_best`) has a string met are then looked at, and each is checked for
    its other factors against the strings met. (The factors met are not gathered first: a message meets about
    three times as many factors as strings, "headache" alone is in thirty, and only a dozen patterns are
    looked at.)"""

    def __init__(self, patterns: Sequence[re.Pattern]):
        factors = [required_factors(p) for p in patterns]
        self.always = frozenset(i for i, f in enumerate(factors) if not f)     # run whatever the text
        numbers: dict[str, int] = {}                    # each string met, by its number

        def numbered(factor: Factor) -> frozenset[int]:
            return frozenset(numbers.setdefault(string, len(numbers)) for string in sorted(factor))

        # per distinct most telling factor: the patterns it tells of, each with its other factors
        told: dict[Factor, list[tuple[int, tuple[frozenset[int], ...]]]] = {}
        for index, required in enumerate(factors):
            if required:
                best = _best(required)
                told.setdefault(best, []).append((index, tuple(numbered(f) for f in required if f != best)))
        self._told = [tuple(patterns_told) for patterns_told in told.values()]
        telling: dict[int, list[int]] = {}              # per string's number: the most telling factors that hold it
        for factor_id, factor in enumerate(told):
            for number in numbered(factor):
                telling.setdefault(number, []).append(factor_id)
        self._telling = [tuple(telling.get(number, ())) for number in range(len(numbers))]
        self._automaton = ahocorasick.Automaton()
        for string, number in numbers.items():
            self._automaton.add_word(string, number)
        if numbers:
            self._automaton.make_automaton()

    def may_match(self, text: str) -> set[int]:
        """The indices of the patterns that may match `text`: every factor met, or none to meet."""
        found = set(self.always)
        if not self._told:
            return found
        met = set(map(itemgetter(1), self._automaton.iter(text)))
        # (a factor held by two strings met is looked at twice: cheaper than gathering the factors first)
        for factor_id in chain.from_iterable(map(self._telling.__getitem__, met)):
            for index, others in self._told[factor_id]:
                for factor in others:
                    if factor.isdisjoint(met):
                        break
                else:
                    found.add(index)
        return found


def top_level_branches(text: str, flags: int = 0) -> list[str]:
    """A pattern's alternatives at its top level, as written: 'a|b(c|d)' -> ['a', 'b(c|d)']. The pattern alone
    when it has none, or when its alternatives could not stand alone: a back reference, a conditional group,
    inline flags, verbose mode (the text is then not read, only kept whole)."""
    if flags & re.VERBOSE or _NOT_SPLIT.search(text):
        return [text]
    branches, depth, start, i = [], 0, 0, 0
    while i < len(text):
        character = text[i]
        if character == "\\":                      # an escaped character
            i += 2
            continue
        if character == "[":                        # a class, up to its closing bracket (which may also come first)
            i += 1 + text.startswith("^", i + 1)
            i += text.startswith("]", i)
            while i < len(text) and text[i] != "]":
                i += 2 if text[i] == "\\" else 1
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            branches.append(text[start:i])
            start = i + 1
        i += 1
    branches.append(text[start:])
    return branches


_NOT_SPLIT = re.compile(r"\\\d|\(\?P=|\(\?\(|\(\?[a-zA-Z]+\)")     # back references, conditionals, inline flags


SENTENCES_REMEMBERED = 8       # per ScreenedPattern: the screens of the sentences it last read


class ScreenedPattern:
    """A compiled pattern that first looks for the strings its matches must contain and skips the
    regular-expression engine when a text has none of them: a large alternation such as context.py's PAST
    is tried at every position of every sentence otherwise. An alternation is screened alternative by
    alternative: only the alternatives whose strings the text holds are tried, in their order (one of the
    others cannot match anywhere in the text, so at every position the first alternative that matches is
    the same). Matches exactly as the pattern does (`search`, `match`, `finditer`), only faster."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        sources = top_level_branches(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else [pattern.pattern]
        try:
            branches = [re.compile(source, pattern.flags) for source in sources] if len(sources) > 1 else [pattern]
        except re.error:                            # pragma: no cover - an alternative that cannot stand alone
            branches = [pattern]
        self.branches = tuple(branches)
        factors = [_best(required_factors(branch)) for branch in branches]
        self._always = frozenset(i for i, factor in enumerate(factors) if not factor)
        self._automaton = None
        if len(self._always) < len(branches):
            met_by: dict[str, list[int]] = {}
            for index, factor in enumerate(factors):
                for string in factor or ():
                    met_by.setdefault(string, []).append(index)
            self._automaton = ahocorasick.Automaton()
            for string, indices in met_by.items():
                self._automaton.add_word(string, tuple(indices))
            self._automaton.make_automaton()
        self._alternation = functools.lru_cache(maxsize=256)(self._alternation_of)
        # (the context of each symptom word of a sentence is read in turn, each time through the same patterns:
        # the last few sentences' screens are remembered)
        self.screened = functools.lru_cache(maxsize=SENTENCES_REMEMBERED)(self._screened)

    def _screened(self, text: str) -> re.Pattern | None:
        """The pattern to try on `text`: the alternatives whose strings it holds, in order; None when none does."""
        if self._automaton is None:
            return self.pattern
        if len(self.branches) == 1:
            return self.pattern if next(self._automaton.iter(text), None) is not None else None
        met = self._always.union(chain.from_iterable(map(itemgetter(1), self._automaton.iter(text))))
        if len(met) < 2:
            return self.branches[next(iter(met))] if met else None
        return self._alternation(tuple(sorted(met)))

    def _alternation_of(self, indices: tuple[int, ...]) -> re.Pattern:
        if len(indices) == len(self.branches):
            return self.pattern
        return re.compile("|".join(self.branches[i].pattern for i in indices), self.pattern.flags)

    def may_match(self, text: str) -> bool:
        return self.screened(text) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        pattern = self.screened(text)
        return pattern.search(text, pos, endpos) if pattern is not None else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        pattern = self.screened(text)
        return pattern.match(text, pos, endpos) if pattern is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        pattern = self.screened(text)
        return pattern.finditer(text, pos, endpos) if pattern is not None else iter(())
