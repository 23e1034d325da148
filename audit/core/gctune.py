"""Fewer passes of Python's cyclic garbage collector while audits run.

The checks allocate many small objects and keep tens of thousands of memoised ones (tokens,
units, look-ups); with CPython's default first-generation threshold (700) the collector ran
every few segments and a full pass over the whole heap (every lexicon, index and cache) every
few documents: ~15% of a Hindi-only run (docs/performance.md). Nothing the checks make needs the
cycle collector sooner, so while an audit runs the threshold is raised; reference counting
still frees everything else at once. Nested and interleaved audits share one raise: the first
to start saves the setting, the last to finish restores it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: first-generation threshold while an audit runs (CPython's default is 700)
GEN0_THRESHOLD = 1_000_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's first-generation threshold for the duration (never lower it, and
    leave a disabled collector, threshold 0, alone)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if 0 < _saved[0] < GEN0_THRESHOLD:
                gc.set_threshold(GEN0_THRESHOLD, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                _settle()
                gc.set_threshold(*_saved)
                _saved = None


def _settle() -> None:
    """Move what the audit left alive (memoised tables, results) into the oldest generation
    without a pass over it: restoring the default threshold would otherwise start one at the
    next allocation, over up to ``GEN0_THRESHOLD`` objects (~0.1 s at the end of a short run).
    They are examined with the rest of the heap at the next full collection. Skipped when the
    process froze objects of its own (``gc.freeze``), which ``gc.unfreeze`` would release."""
    if gc.isenabled() and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def raise_threshold_for_process() -> None:
    """In a worker process that only audits: keep the raised threshold for its lifetime."""
    threshold = gc.get_threshold()
    if 0 < threshold[0] < GEN0_THRESHOLD:
        gc.set_threshold(GEN0_THRESHOLD, *threshold[1:])
