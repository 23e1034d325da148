"""Per-document result cache (like ruff's): an unchanged document under unchanged settings is
not audited again.

The key hashes the tool version, the package's own source code (so an edited rule in a
development checkout never serves a stale result), the selected rules, the threshold, every shipped data file
(lexicons, word lists, risk weights), the reference corpus and every segment's text, source, reference and language — everything a
document's findings and scores depend on — so a hit is exactly what a fresh run would give.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from audit import __version__
from audit.core.data import DATA_PACKAGE
from audit.core.derived import package_fingerprint
from audit.core.model import Finding, Segment, SegmentResult
from audit.core.sqlite_cache import cache_dir as default_cache_dir
from audit.core.sqlite_cache import open_cache_db, remove_cache_file

DB_NAME = "results.sqlite3"
SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


@lru_cache(maxsize=1)
def data_digest() -> str:
    """One hash over every shipped data file (lexicons, word lists, risk weights): an edited calque
    or a refitted risk model changes the key, so no stale finding is served."""
    h = hashlib.sha256()
    root = resources.files(DATA_PACKAGE)
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            h.update(entry.name.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    return h.hexdigest()


class ResultCache:
    def __init__(self, cache_dir: Path | None = None) -> None:
        self.path = Path(cache_dir or default_cache_dir()) / DB_NAME
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.hits = 0
        self._disabled = False
        self._data = data_digest()
        self._code = package_fingerprint()  # the package's code (and data): an edited rule misses

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = open_cache_db(self.path, SCHEMA)
        return self._db

    def key(self, segments: Sequence[Segment], settings: dict[str, Any]) -> str:
        payload = {
            "version": __version__,
            "data": self._data,
            "code": self._code,
            "settings": settings,
            "segments": [[s.text, s.src, s.ref, s.lang] for s in segments],
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()

    def get(self, key: str, segments: Sequence[Segment]) -> list[SegmentResult] | None:
        with self._lock:
            row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            stored = json.loads(row[0])
        except ValueError:
            return None  # a damaged entry is a miss; the fresh result replaces it
        if not isinstance(stored, list) or len(stored) != len(segments):
            return None
        self.hits += 1
        results = []
        for seg, item in zip(segments, stored):
            seg.warnings.extend(w for w in item["rule_warnings"] if w not in seg.warnings)
            results.append(
                SegmentResult(
                    segment=seg,
                    findings=[Finding(**f) for f in item["findings"]],
                    risk=item["risk"],
                    flagged=item["flagged"],
                    scores=item["scores"],
                )
            )
        return results

    def put(self, key: str, results: Sequence[SegmentResult], input_warnings: Sequence[int]) -> None:
        """Store ``results``; ``input_warnings[i]`` is how many of segment i's warnings came from
        reading the input (those are recomputed on every run and not stored)."""
        value = json.dumps(
            [
                {
                    "findings": [f.to_dict() for f in r.findings],
                    "risk": r.risk,
                    "flagged": r.flagged,
                    "scores": r.scores,
                    "rule_warnings": r.segment.warnings[n:],
                }
                for r, n in zip(results, input_warnings)
            ],
            ensure_ascii=False,
        )
        if self._disabled:
            return
        try:
            with self._lock:
                self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, value))
                self.db.commit()
        except sqlite3.Error as exc:  # a full disk must not stop the audit: the cache is only a speed-up
            self._disabled = True
            import sys

            print(
                f"warning: result cache {self.path} cannot be written ({exc}); continuing without it",
                file=sys.stderr,
            )

    def clear(self) -> int:
        """Delete every cached result (a corrupt cache file is simply removed); returns how many."""
        if not self.path.exists():
            return 0
        n = 0
        try:
            with self._lock:
                n = int(self.db.execute("SELECT COUNT(*) FROM results").fetchone()[0])
        except sqlite3.DatabaseError:
            pass
        if self._db is not None:
            self._db.close()
            self._db = None
        remove_cache_file(self.path)
        return n
