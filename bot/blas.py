"""numpy's BLAS on one thread, for the command-line and web adapters.

The semantic signal (semantic.py) multiplies one small matrix by one vector
per reply: 2,300 x 256 on the shipped intents, 45 µs on one core. OpenBLAS
spreads even that over every core, and when other processes hold them a reply
waits for its threads: on a busy 2-core machine the median reply went from
1.0 ms to 7.9 ms (tests/benchmarks/reply_speed.py). One thread is the steady
figure, and a web server gets its parallelism from `serve --workers`.

The variables only act when set before numpy is first imported, so the
adapters call `use_one_blas_thread()` first thing; a value the operator set
wins, and processes they start (serve's workers) inherit it. A program that
embeds the engine sets OPENBLAS_NUM_THREADS=1 itself (docs/web.md).
"""
from __future__ import annotations

import os

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")   # numpy's wheels use OpenBLAS; conda's may use MKL


def use_one_blas_thread() -> None:
    for variable in THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
