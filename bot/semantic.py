"""The semantic signal: how close in meaning a message is to each intent's phrasings.

A static embedding model ships inside the package (bot/models/minilm-static/,
built by scripts/build_semantic_model.py from all-MiniLM-L6-v2 with model2vec):
one 256-dimension vector per word piece. A text's vector is the sum of its
word pieces' vectors, unit-normalised, so the cosine of two texts is the dot
product of their vectors. It knows that "stops working" is near "wears off"
and "weak" near "atrophy", which word overlap and edit distance cannot.

    encoder = Encoder.load()                        # the shipped model, loaded once per process
    index = SemanticIndex(encoder, texts, owners, n_groups)
    index.best_per_group("when do the jabs stop working")   # one cosine per group (intent)
    index.best_phrasing("when do the jabs stop working", 3) # ("how long does botox last", 0.81)

Run time needs numpy and the `tokenizers` package only (no torch, no network).
Everything here is immutable once built: share one Encoder and one index
between threads and conversations.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Sequence

import numpy as np
from tokenizers import Tokenizer

MODEL_DIR = Path(__file__).resolve().parent / "models" / "minilm-static"
MAX_TOKENS = 512          # word pieces read from one text (a 300-word story is about 400)
CHARS_PER_TOKEN = 10      # text beyond MAX_TOKENS * this many characters is not even tokenised
BATCH = 256               # texts encoded at a time by `encode` (bounds its scratch memory to BATCH x MAX_TOKENS rows)


class Encoder:
    """Texts to unit vectors with a static embedding model."""

    def __init__(self, vectors: np.ndarray, tokenizer: Tokenizer, ignored_ids: Sequence[int] = ()):
        """`vectors`: one row per token id of `tokenizer`; `ignored_ids` (unknown, padding) add nothing."""
        if vectors.ndim != 2 or vectors.shape[0] != tokenizer.get_vocab_size():
            raise ValueError(f"{vectors.shape[0]} vectors for a vocabulary of {tokenizer.get_vocab_size()} tokens")
        vectors = np.array(vectors, dtype=np.float32)        # a private copy: float32 sums are fast and exact enough
        vectors[list(ignored_ids)] = 0.0
        vectors.flags.writeable = False
        self._vectors = vectors
        self._tokenizer = tokenizer
        self._max_chars = MAX_TOKENS * CHARS_PER_TOKEN

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Encoder:
        """The model in `folder` (default: the shipped one), read once per process and shared."""
        return _load(str(Path(folder).resolve()) if folder is not None else str(MODEL_DIR))

    @property
    def dim(self) -> int:
        return self._vectors.shape[1]

    def encode_one(self, text: str) -> np.ndarray:
        """`text`'s unit vector (float32, `dim` long); all zeros when it has no known word piece."""
        ids = self._tokenizer.encode(text[: self._max_chars], add_special_tokens=False).ids[:MAX_TOKENS]
        vector = self._vectors[ids].sum(axis=0) if ids else np.zeros(self.dim, dtype=np.float32)
        norm = float(np.sqrt(vector @ vector))
        return vector / norm if norm > 0 else vector

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text (float32, len(texts) x `dim`); all-zero rows for texts with no known word piece."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # One text at a time: the tokenizer's batch methods start a thread pool, and a web server that forks
        # workers after that gets a warning from the tokenizers library and loses the pool anyway.
        encode = self._tokenizer.encode
        for first in range(0, len(texts), BATCH):
            ids = [encode(text[: self._max_chars], add_special_tokens=False).ids[:MAX_TOKENS]
                   for text in texts[first:first + BATCH]]
            lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
            if not lengths.any():
                continue
            flat = np.fromiter((i for row in ids for i in row), dtype=np.int64, count=int(lengths.sum()))
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            filled = lengths > 0
            out[first + np.flatnonzero(filled)] = np.add.reduceat(self._vectors[flat], starts[filled], axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


@functools.lru_cache(maxsize=4)
def _load(folder: str) -> Encoder:
    path = Path(folder)
    missing = [name for name in ("tokenizer.json", "vectors.npy") if not (path / name).is_file()]
    if missing:
        raise FileNotFoundError(f"The semantic model in {path} lacks {', '.join(missing)}: reinstall headache-bot, "
                                f"or rebuild the model with `python3 scripts/build_semantic_model.py`.")
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    # The unknown token (emoji, other scripts) and the special tokens ("[CLS]" typed in a message) carry no meaning.
    special = [i for i, token in tokenizer.get_added_tokens_decoder().items() if token.special]
    vectors = np.load(path / "vectors.npy", allow_pickle=False)
    return Encoder(vectors, tokenizer, special)


class SemanticIndex:
    """Texts (phrasings) that belong to groups (intents), ready to compare with a message.

    `owners[i]` is the group of `texts[i]`, an integer in range(n_groups); a
    group may own any number of texts, or none (it then scores 0). The texts'
    vectors are kept as one float32 matrix with each group's rows together, so
    scoring a message is one matrix-vector product and one max per group.
    """

    def __init__(self, encoder: Encoder, texts: Sequence[str], owners: Sequence[int], n_groups: int):
        owners = np.asarray(owners, dtype=np.int64).reshape(-1)
        if len(owners) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(owners)} owners")
        if len(owners) and (owners.min() < 0 or owners.max() >= n_groups):
            raise ValueError(f"owners must lie in range({n_groups})")
        order = np.argsort(owners, kind="stable")
        self.encoder = encoder
        self.n_groups = n_groups
        self.texts: tuple[str, ...] = tuple(texts[i] for i in order)
        self.owners = owners[order]
        self.matrix = encoder.encode(self.texts)
        self.matrix.flags.writeable = False
        bounds = np.searchsorted(self.owners, np.arange(n_groups + 1))
        self._starts, self._ends = bounds[:-1], bounds[1:]
        self._filled = np.flatnonzero(self._ends > self._starts)
        self._all_filled = len(self._filled) == n_groups

    def vector(self, message: str | np.ndarray) -> np.ndarray:
        return message if isinstance(message, np.ndarray) else self.encoder.encode_one(message)

    def similarities(self, message: str | np.ndarray) -> np.ndarray:
        """The cosine between the message (text, or its vector from `encoder.encode_one`) and every text, in `texts` order."""
        return self.matrix @ self.vector(message)

    def best_per_group(self, message: str | np.ndarray) -> np.ndarray:
        """For each group, the best cosine between the message and that group's texts (float32, n_groups long)."""
        if not len(self._filled):
            return np.zeros(self.n_groups, dtype=np.float32)
        best = np.maximum.reduceat(self.similarities(message), self._starts[self._filled])
        if self._all_filled:
            return best
        out = np.zeros(self.n_groups, dtype=np.float32)
        out[self._filled] = best
        return out

    def best_phrasing(self, message: str | np.ndarray, group: int) -> tuple[str, float] | None:
        """The group's text closest to the message and its cosine, or None if the group owns no text."""
        start, end = int(self._starts[group]), int(self._ends[group])
        if start == end:
            return None
        scores = self.matrix[start:end] @ self.vector(message)
        best = int(np.argmax(scores))
        return self.texts[start + best], float(scores[best])
