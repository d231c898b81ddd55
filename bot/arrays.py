"""Small helpers for building and indexing arrays, shared by the normaliser, the word matcher and the semantic index."""
from __future__ import annotations

import numpy as np


def ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The integers of every [start, end) range, end to end."""
    lengths = ends - starts
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))


class Numbering(dict):
    """Numbers for keys in order of first appearance: a new key looked up gets the next one."""

    def __missing__(self, key) -> int:
        self[key] = number = len(self)
        return number
