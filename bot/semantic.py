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
    closeness = index.compare(vector)                        # both at once: each cosine worked out once
    closeness.best_per_group, closeness.best_phrasing(3)
    index.best_per_group(vector, top=10, also=[3, 7])       # above COARSE_ABOVE texts: only the best 10 and
                                                            # groups 3 and 7 are scored, from the nearest clusters

Run time needs numpy and the `tokenizers` package only (no torch, no network).
Everything here is immutable once built: share one Encoder and one index
between threads and conversations.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from pathlib import Path
from typing import Sequence

import numpy as np
from tokenizers import Tokenizer

from .arrays import Numbering, ranges

MODEL_DIR = Path(__file__).resolve().parent / "models" / "minilm-static"
MAX_TOKENS = 512          # word pieces read from one text (a 300-word story is about 400)
CHARS_PER_TOKEN = 10      # text beyond MAX_TOKENS * this many characters is not even tokenised
_PLAIN = re.compile(r"[ -~]*")          # printable ASCII: the only white space in it is the space
COARSE_ABOVE = 20_000     # texts: above this many, `best_per_group(..., top=k)` looks only at the clusters nearest a message
CLUSTER_SIZE = 200        # texts per cluster, on average
SAMPLE_PER_CENTROID = 32  # k-means learns its centroids from this many evenly spaced rows per centroid
KMEANS_ROUNDS = 3
PROBED_TEXTS = 10_000     # a message is compared with the nearest clusters holding about this many texts,
PROJECTED_DIMENSIONS = 64 # first in this many dimensions (the principal ones),
RESCORED = 256            # then the best this many of them in full
PROJECTION_SAMPLE = 20_000
BATCH = 2048              # texts summed at a time by `encode` (bounds its scratch memory to BATCH x dim floats)
ONE_PRODUCT_ROWS = 4096   # texts: above this many, a message is compared with them PRODUCT_BLOCK_ROWS at a time
PRODUCT_BLOCK_ROWS = 1024
WORDS_REMEMBERED = 20_000 # `encode_one` remembers the word pieces of up to this many words (then starts afresh)


class Encoder:
    """Texts to unit vectors with a static embedding model."""

    def __init__(self, vectors: np.ndarray, tokenizer: Tokenizer, ignored_ids: Sequence[int] = ()):
        """`vectors`: one row per token id of `tokenizer`; `ignored_ids` (unknown, padding) add nothing."""
        if vectors.ndim != 2 or vectors.shape[0] != tokenizer.get_vocab_size():
            raise ValueError(f"{vectors.shape[0]} vectors for a vocabulary of {tokenizer.get_vocab_size()} tokens")
        # A private copy, kept as the shipped model stores it (float16: half the memory, and nothing to convert at
        # start-up) or as float32; sums are worked out in float32, to which float16 converts exactly.
        vectors = np.array(vectors, dtype=np.float16 if vectors.dtype == np.float16 else np.float32)
        vectors[list(ignored_ids)] = 0.0
        vectors.flags.writeable = False
        self._vectors = vectors
        self._tokenizer = tokenizer
        self._max_chars = MAX_TOKENS * CHARS_PER_TOKEN
        self._words_read: dict[str, list[int]] = {}     # `encode_one`'s words and their pieces (see `_ids`)

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Encoder:
        """The model in `folder` (default: the shipped one), read once per process and shared."""
        return _load(str(Path(folder).resolve()) if folder is not None else str(MODEL_DIR))

    @property
    def dim(self) -> int:
        return self._vectors.shape[1]

    def encode_one(self, text: str) -> np.ndarray:
        """`text`'s unit vector (float32, `dim` long); all zeros when it has no known word piece."""
        if len(self._words_read) > WORDS_REMEMBERED:
            self._words_read.clear()
        ids = self._ids(text, self._words_read)       # (a word's pieces looked up: many times faster than tokenising)
        vector = np.asarray(self._vectors[ids], dtype=np.float32).sum(axis=0) if ids else np.zeros(self.dim, dtype=np.float32)
        norm = float(np.sqrt(vector @ vector))
        return vector / norm if norm > 0 else vector

    def _ids(self, text: str, known: dict[str, list[int]]) -> list[int]:
        """`text`'s word pieces, as `encode_one` reads them. Plain ASCII text is split into words at spaces
        (as the tokenizer does first) and each word is tokenised once per `known` (the same pieces: the
        tokenizer's normalising and splitting work within words); anything else goes to the tokenizer whole."""
        if len(text) > self._max_chars or not _PLAIN.fullmatch(text):
            return self._tokenizer.encode(text[: self._max_chars], add_special_tokens=False).ids[:MAX_TOKENS]
        ids: list[int] = []
        for word in text.split(" "):
            pieces = known.get(word)
            if pieces is None:
                pieces = known[word] = self._tokenizer.encode(word, add_special_tokens=False).ids
            ids += pieces
        return ids[:MAX_TOKENS]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text (float32, len(texts) x `dim`); all-zero rows for texts with no known word piece.

        Plain ASCII texts are read word by word: each distinct word is tokenised once and its pieces summed
        into one word vector, and a text's vector is the sum of its words' (the same pieces: see `_ids`).
        Texts of other characters, or of more than MAX_TOKENS pieces, are read piece by piece."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        plain = self._plain(texts)
        word_counts = np.fromiter(map(str.count, map(texts.__getitem__, plain.tolist()), itertools.repeat(" ")),
                                  dtype=np.int64, count=len(plain)) + 1
        index = Numbering()                   # each distinct word's number, in order of appearance
        word_ids = []
        for first in range(0, len(plain), BATCH):     # (a batch at a time bounds the scratch memory)
            words = " ".join(map(texts.__getitem__, plain[first:first + BATCH].tolist())).split(" ")
            word_ids.append(np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words)))
        word_ids = np.concatenate(word_ids) if word_ids else np.zeros(0, dtype=np.int64)
        # One call on all the words: the tokenizer's batch methods start a thread pool, and a web server that forks
        # workers after that gets a warning from the tokenizers library and loses the pool anyway.
        ids, piece_counts = self._pieces_of_words(list(index))
        word_vectors = _sums_of_runs(self._vectors, ids, _run_starts(piece_counts), piece_counts)
        starts = np.concatenate(([0], np.cumsum(word_counts)[:-1])).astype(np.int64)
        text_pieces = np.add.reduceat(piece_counts[word_ids], starts) if len(word_ids) else word_counts
        short = np.flatnonzero(text_pieces <= MAX_TOKENS)
        for first in range(0, len(short), BATCH):     # (bounds the scratch memory to BATCH texts)
            rows = short[first:first + BATCH]
            out[plain[rows]] = _unit(_sums_of_runs(word_vectors, word_ids, starts[rows], word_counts[rows]))
        rest = np.ones(len(texts), dtype=bool)
        rest[plain[short]] = False
        rest = np.flatnonzero(rest)
        if len(rest):
            out[rest] = _unit(self._sums([self._ids(texts[i], {}) for i in rest])[0])
        return out

    def _plain(self, texts: Sequence[str]) -> np.ndarray:
        """The indices of the texts read word by word: plain ASCII (printable), at most `_max_chars` long."""
        short = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) <= self._max_chars
        for first in range(0, len(texts), BATCH):     # (printable ASCII texts joined by spaces are printable ASCII)
            joined = " ".join(texts[first:first + BATCH])
            if not (joined.isascii() and joined.isprintable()):
                short[first:first + BATCH] &= [bool(_PLAIN.fullmatch(text)) for text in texts[first:first + BATCH]]
        return np.flatnonzero(short)

    def _pieces_of_words(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The word pieces of each word (words of printable ASCII without spaces), end to end, and how many each
        has: the same as tokenising each word alone (`_ids`), from one call to the tokenizer on them all,
        each piece given to the word its characters start in."""
        if not words:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        encoding = self._tokenizer.encode(" ".join(words), add_special_tokens=False)
        ids = np.array(encoding.ids, dtype=np.int64)
        joined = "".join(words)
        if joined.isascii() and joined.isalnum() and all(words):
            # Words of ASCII letters and digits (none empty) are split by nothing but the spaces between them: a
            # piece's word is its pre-token, `word_ids` (integers, read ten times faster than the offsets' tuples).
            owner = np.array(encoding.word_ids, dtype=np.int64)
            return ids, np.bincount(owner, minlength=len(words)).astype(np.int64)
        piece_starts = np.fromiter((start for start, _ in encoding.offsets), dtype=np.int64, count=len(ids))
        word_starts = _run_starts(np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 1)
        owner = np.searchsorted(word_starts, piece_starts, side="right") - 1
        return ids, np.bincount(owner, minlength=len(words)).astype(np.int64)

    def _sums(self, pieces: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """For each list of word pieces, the sum of their vectors (zeros when empty), and how many there are."""
        counts = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        flat = np.fromiter((i for row in pieces for i in row), dtype=np.int64, count=int(counts.sum()))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        return _sums_of_runs(self._vectors, flat, starts, counts), counts


def _unit(rows: np.ndarray) -> np.ndarray:
    """The rows scaled to unit length in place (all-zero rows left so), a batch at a time while in the cache."""
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    np.divide(rows, norms, out=rows, where=norms > 0)
    return rows


def _run_starts(counts: np.ndarray) -> np.ndarray:
    """Where each run starts when runs of these lengths are laid end to end."""
    starts = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    return starts


def _sums_of_runs(vectors: np.ndarray, ids: np.ndarray, starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """For each run `ids[starts[k]:starts[k] + counts[k]]`, the sum of those rows of `vectors` (zeros when empty).
    Summed position by position (every run's first rows, then second rows...): whole rows at a time, where
    `np.add.reduceat` along rows is several times slower. The runs are taken longest first, so that those still
    going at a position are a leading slice, added to in place (a third faster than picking them out); each
    run's rows are still added in order, so the sums are the same."""
    order = np.argsort(-counts, kind="stable")
    starts, counts = starts[order], counts[order]
    total = np.zeros((len(counts), vectors.shape[1]), dtype=np.float32)
    going = np.searchsorted(-counts, -np.arange(int(counts.max(initial=0))), side="left").tolist()   # runs longer than each position
    for position, longer in enumerate(going):
        total[:longer] += vectors[ids[starts[:longer] + position]]
    out = np.empty_like(total)
    out[order] = total
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

    Above COARSE_ABOVE texts that product costs more than the rest of a reply
    (100,000 x 256 floats: about 8 ms), so the rows are also grouped in clusters
    of similar texts (`_clusters`) and `best_per_group(..., top=k)` compares
    the message only with the clusters nearest it (first in their principal
    dimensions, then the best few in full), then works out exactly the best
    cosine of the `k` groups found best and of the groups the caller names.
    That is approximate: a group whose nearest text lies in a cluster not looked
    at can be missed (tests/benchmarks/scale.py counts how often the top intent
    and the reply differ from working out every cosine: none of 321 messages
    at 100,000 phrasings). Below the threshold every cosine is worked out.
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
        self.owners = owners[order]
        self.matrix = encoder.encode(list(map(texts.__getitem__, order.tolist())))
        self._centroids = self._cluster_starts = None
        if len(owners) > COARSE_ABOVE:
            # The rows stay in group order; the clusters are a list of rows, and their rows' projections lie
            # cluster by cluster (what a message is compared with first, a cluster at a time).
            self._centroids, cluster = _clusters(self.matrix, max(1, round(len(owners) / CLUSTER_SIZE)))
            self._cluster_rows = np.argsort(cluster, kind="stable")       # (each cluster's rows in group order)
            self._cluster_starts = np.searchsorted(cluster[self._cluster_rows], np.arange(len(self._centroids) + 1))
            self._projection = _projection(self.matrix, PROJECTED_DIMENSIONS)
            self._projected = (self.matrix @ self._projection)[self._cluster_rows]
        self.texts: tuple[str, ...] = tuple(map(texts.__getitem__, order.tolist()))
        self.matrix.flags.writeable = False
        # The rows are in group order: each group's rows are `_starts[g]:_ends[g]`.
        bounds = np.searchsorted(self.owners, np.arange(n_groups + 1))
        self._starts, self._ends = bounds[:-1], bounds[1:]
        self._filled = np.flatnonzero(self._ends > self._starts)
        self._all_filled = len(self._filled) == n_groups

    @property
    def coarse(self) -> bool:
        """Whether `best_per_group(..., top=k)` looks only at the clusters nearest the message."""
        return self._centroids is not None

    def vector(self, message: str | np.ndarray) -> np.ndarray:
        return message if isinstance(message, np.ndarray) else self.encoder.encode_one(message)

    def similarities(self, message: str | np.ndarray) -> np.ndarray:
        """The cosine between the message (text, or its vector from `encoder.encode_one`) and every text, in `texts` order."""
        vector = self.vector(message)
        if len(self.matrix) <= ONE_PRODUCT_ROWS:
            return self.matrix @ vector
        # (In blocks small enough that OpenBLAS works each out on the calling thread: on a larger product it wakes
        # its threads, and on a busy machine waits for them: at 10,000 phrasings 1 to 4 ms of CPU and 4 to 8 ms
        # of wall clock for what one thread does in 0.3 ms.)
        return np.concatenate([self.matrix[first:first + PRODUCT_BLOCK_ROWS] @ vector
                               for first in range(0, len(self.matrix), PRODUCT_BLOCK_ROWS)])

    def best_per_group(self, message: str | np.ndarray, top: int | None = None, also: Sequence[int] = ()) -> np.ndarray:
        """For each group, the best cosine between the message and that group's texts (float32, n_groups long).

        With `top` on a coarse index, only the `top` groups found best in the
        clusters nearest the message and the groups in `also` get their cosine;
        the others get -1 (below any cosine). Otherwise every group gets its own.
        """
        if not len(self._filled):
            return np.zeros(self.n_groups, dtype=np.float32)
        vector = self.vector(message)
        if top is not None and self.coarse:
            return self._best_of_nearest(vector, top, also)
        return self._best_per_group_of(self.similarities(vector))

    def _best_per_group_of(self, similarities: np.ndarray) -> np.ndarray:
        """`best_per_group` from the cosines of every text (`similarities`, in group order, as the rows are)."""
        best = np.maximum.reduceat(similarities, self._starts[self._filled])
        if self._all_filled:
            return best
        out = np.zeros(self.n_groups, dtype=np.float32)
        out[self._filled] = best
        return out

    def best_phrasing(self, message: str | np.ndarray, group: int,
                      similarities: np.ndarray | None = None) -> tuple[str, float] | None:
        """The group's text closest to the message and its cosine, or None if the group owns no text
        (`similarities`: the message's cosine with every text, when already worked out)."""
        start, end = int(self._starts[group]), int(self._ends[group])
        if start == end:
            return None
        scores = self.matrix[start:end] @ self.vector(message) if similarities is None else similarities[start:end]
        best = int(np.argmax(scores))
        return self.texts[start + best], float(scores[best])

    def compare(self, message: str | np.ndarray, top: int | None = None, also: Sequence[int] = ()) -> Closeness:
        """`best_per_group(message, top, also)`, with the cosines worked out for it kept for `best_phrasing`
        (on a coarse index with `top`, where not every cosine is worked out, `best_phrasing` works out its own)."""
        vector = self.vector(message)
        if (top is not None and self.coarse) or not len(self._filled):
            return Closeness(self, vector, self.best_per_group(vector, top, also))
        similarities = self.similarities(vector)
        return Closeness(self, vector, self._best_per_group_of(similarities), similarities)

    def _best_of_nearest(self, vector: np.ndarray, top: int, also: Sequence[int]) -> np.ndarray:
        """`best_per_group` on a coarse index. The nearest clusters holding about PROBED_TEXTS texts are
        compared with the message in the projection (a quarter of the numbers to read); the RESCORED best
        of those are compared in full, and their best `top` groups and the groups in `also` scored in full."""
        nearest = np.argsort(-(self._centroids @ vector), kind="stable")
        sizes = np.diff(self._cluster_starts)[nearest]
        probed = np.sort(nearest[:int(np.searchsorted(np.cumsum(sizes), PROBED_TEXTS)) + 1])
        starts, ends = self._cluster_starts[probed], self._cluster_starts[probed + 1]
        projected = vector @ self._projection
        near = np.concatenate([self._projected[a:b] @ projected for a, b in zip(starts.tolist(), ends.tolist())])
        # The best RESCORED positions in `near`, each found in its cluster (rather than numbering all the probed rows).
        picked = _top(near, RESCORED)
        offsets = np.cumsum(ends - starts) - (ends - starts)       # where each probed cluster's rows start in `near`
        cluster = np.searchsorted(offsets, picked, side="right") - 1
        rows = self._cluster_rows[starts[cluster] + picked - offsets[cluster]]
        found = np.full(self.n_groups, -1.0, dtype=np.float32)
        np.maximum.at(found, self.owners[rows], self.matrix[rows] @ vector)
        groups = np.unique(np.concatenate((_top(found, top), np.asarray(also, dtype=np.int64))))
        groups = groups[self._ends[groups] > self._starts[groups]]
        out = np.full(self.n_groups, -1.0, dtype=np.float32)
        if len(groups):
            lengths = self._ends[groups] - self._starts[groups]
            rows = ranges(self._starts[groups], self._ends[groups])
            first = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            out[groups] = np.maximum.reduceat(self.matrix[rows] @ vector, first)
        return out


class Closeness:
    """How close one message is to an index's texts (`SemanticIndex.compare`): the best cosine of each
    group, and each group's closest text, read from the cosines already worked out where there are."""

    def __init__(self, index: SemanticIndex, vector: np.ndarray, best_per_group: np.ndarray,
                 similarities: np.ndarray | None = None):
        self._index, self._vector, self._similarities = index, vector, similarities
        self.best_per_group = best_per_group

    def best_phrasing(self, group: int) -> tuple[str, float] | None:
        return self._index.best_phrasing(self._vector, group, self._similarities)


def _projection(vectors: np.ndarray, dimensions: int) -> np.ndarray:
    """The `dimensions` directions that keep most of the rows' dot products (principal axes of an evenly
    spaced sample, uncentred), as a (dim x dimensions) float32 matrix with orthonormal columns."""
    sample = _every_nth(vectors, PROJECTION_SAMPLE)
    _, axes = np.linalg.eigh((sample.T @ sample).astype(np.float64))
    return np.ascontiguousarray(axes[:, ::-1][:, :dimensions], dtype=np.float32)


def _clusters(vectors: np.ndarray, n_clusters: int) -> tuple[np.ndarray, np.ndarray]:
    """About `n_clusters` clusters of similar unit rows: their unit centroids, and each row's cluster.

    Two levels of spherical k-means (about sqrt(n_clusters) clusters, then each
    split in proportion to its size), so each row is compared with some
    2 x sqrt(n_clusters) centroids rather than all. Deterministic: the first
    centroids are evenly spaced rows.
    """
    wide = max(1, round(math.sqrt(n_clusters)))
    coarse = _kmeans(_every_nth(vectors, SAMPLE_PER_CENTROID * wide), _spaced(vectors, wide))
    first = _nearest(vectors, coarse)
    centroids, cluster = [], np.empty(len(vectors), dtype=np.int64)
    for c in range(len(coarse)):
        members = np.flatnonzero(first == c)
        if not len(members):
            continue
        rows = vectors[members]
        k = max(1, round(len(rows) / CLUSTER_SIZE))
        fine = _kmeans(_every_nth(rows, SAMPLE_PER_CENTROID * k), _spaced(rows, k))
        cluster[members] = sum(map(len, centroids)) + _nearest(rows, fine)
        centroids.append(fine)
    return np.vstack(centroids), cluster


def _every_nth(rows: np.ndarray, most: int) -> np.ndarray:
    """About `most` evenly spaced rows, as a contiguous array (matrix products on strided views skip BLAS)."""
    return np.ascontiguousarray(rows[:: max(1, len(rows) // most)])


def _spaced(rows: np.ndarray, k: int) -> np.ndarray:
    return rows[np.linspace(0, len(rows) - 1, min(k, len(rows))).astype(np.int64)].copy()


def _nearest(rows: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    return np.argmax(rows @ centroids.T, axis=1)


def _kmeans(rows: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Spherical k-means from `centroids`, KMEANS_ROUNDS rounds: each centroid moves to its rows' mean direction."""
    for _ in range(KMEANS_ROUNDS):
        nearest = _nearest(rows, centroids)
        sums = (nearest[None, :] == np.arange(len(centroids))[:, None]).astype(np.float32) @ rows
        norms = np.linalg.norm(sums, axis=1)
        moved = norms > 0
        centroids[moved] = sums[moved] / norms[moved, None]
    return centroids


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """The indices of the `k` highest scores (any order)."""
    if k >= len(scores):
        return np.arange(len(scores))
    return np.argpartition(-scores, k - 1)[:k]
