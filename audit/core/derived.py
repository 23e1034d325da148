"""Derived tables computed once per machine: a JSON file per table in the cache directory.

Some tables are derived from shipped data by code that takes a noticeable part of start-up
(the English phonetic index: 33,000 words keyed one by one; the literal anchors of the calque
lexicon's regexes; the dictionary words that translate name parts). :func:`derived` builds
such a table once and keeps it as JSON under ``<cache dir>/derived/``; later processes read it
back in a few milliseconds. The file name carries a fingerprint of everything the table could
be derived from — every source and data file of the package (:func:`package_fingerprint`, a
few milliseconds), the Python version (regex parse trees differ between versions) and any
outside file the caller names (the FreeDict dictionary, by path, size and mtime) — so a
change to any of them builds a new table: a stale one is never read. Without a writable cache
directory the table is simply built in memory every time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from audit.core.gctune import fewer_collections

VERSION = "1"  # bump to invalidate every derived table


def cache_root() -> Path:
    """The cache folder (:func:`audit.core.sqlite_cache.cache_dir`: ``$AUDIT_CACHE_DIR`` or the platform's)."""
    from audit.core.sqlite_cache import cache_dir

    return cache_dir()


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """sha256 over every ``.py`` and data file of the installed ``audit`` package and the Python version."""
    root = package_root()
    h = hashlib.sha256(f"{VERSION}\0{sys.version}\0".encode())
    for path in fingerprinted_files():
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def package_root() -> Path:
    """The ``audit`` package folder (this module lives in ``audit/core/``)."""
    return Path(__file__).resolve().parents[1]


def fingerprinted_files() -> list[Path]:
    """Every file of the package but compiled bytecode: the rules, the language code and the data
    a table may be derived from (about 160 files, a few milliseconds to hash)."""
    return sorted(p for p in package_root().rglob("*") if p.is_file() and p.suffix not in (".pyc",))


def fingerprint(*outside: str | Path) -> str:
    """:func:`package_fingerprint` plus path, size and mtime of ``outside`` files (absent: "-")."""
    h = hashlib.sha256(package_fingerprint().encode())
    for f in outside:
        try:
            st = Path(f).stat()
            h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
        except OSError:
            h.update(f"{f}\0-\0".encode())
    return h.hexdigest()[:24]


def derived(name: str, key: str, build: Callable[[], Any]) -> Any:
    """The JSON value ``build()`` returns, read from ``derived/<name>-<key>.json`` when present.

    ``build`` must return JSON-serialisable data (dicts with string keys, lists, strings,
    numbers); callers convert to tuples/sets themselves.
    """
    path = cache_root() / "derived" / f"{name}-{key}.json"
    try:
        with fewer_collections():  # (a table is many new objects, none of them garbage)
            return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = build()
    _store(
        path, name, lambda fh: fh.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
    )
    return value


def derived_object(name: str, key: str, build: Callable[[], Any], accept: Callable[[Any], bool]) -> Any:
    """Like :func:`derived`, for Python objects that JSON cannot hold: a pickle in
    ``derived/<name>-<key>.pickle``, used when ``accept(obj)`` holds (a stale class layout — a
    moved module, another checkout — raises on load or fails ``accept``, and is built again).

    Only for tables this package writes itself into the user's own cache folder.
    """
    path = cache_root() / "derived" / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh, fewer_collections():
            # (hundreds of thousands of new objects, none of them garbage: with the collector's
            # default threshold they cost full collections, ~0.05 s of a start)
            obj = pickle.load(fh)  # noqa: S301 - our own cache file, never user input
        if accept(obj):
            return obj
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # absent, stale or unreadable: build again
    value = build()
    _store(path, name, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def _store(path: Path, name: str, write: Callable[[Any], Any]) -> None:
    """Write ``path`` atomically (temp file + rename) through ``write(binary file)``, then remove
    the tables of the same ``name`` made from earlier code or data. A read-only or full cache
    folder is not an error: the caller keeps the value in memory only."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{name}-*{path.suffix}"):  # tables of earlier code or data
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def clear_derived(root: Path | None = None) -> int:
    """Remove the derived tables (and half-written temporary files) under ``<root>/derived/``
    (``root``: the cache folder); returns how many files were removed. ``audit cache clear``."""
    folder = (root if root is not None else cache_root()) / "derived"
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and (path.suffix in (".json", ".pickle") or path.name.endswith(".tmp")):
            path.unlink(missing_ok=True)
            removed += 1
    try:
        folder.rmdir()  # only when nothing else is left in it
    except OSError:
        pass
    return removed
