"""Where the package keeps its caches, and how it opens them (one sqlite file per cache).

Three caches share the folder: translations (round trip), e5 embeddings and per-document
results. `audit cache info|clear` covers all three.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import platformdirs


def cache_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--cache-dir``, else ``$AUDIT_CACHE_DIR``, else the platform cache folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("AUDIT_CACHE_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir("hindi-mt-audit"))


def open_cache_db(path: Path, schema: str) -> sqlite3.Connection:
    """The sqlite cache at ``path`` (folder created), its table made by ``schema`` if missing.

    Shared between threads (callers hold their own lock) and processes (30 s lock timeout).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    db.execute(schema)
    db.commit()
    return db
