"""Per-document result cache (like ruff's): an unchanged document under unchanged settings is
not audited again.

The key hashes the tool version, the selected rules, the threshold, the risk weights, the
reference corpus and every segment's text, source, reference and language — everything a
document's findings and scores depend on — so a hit is exactly what a fresh run would give.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audit import __version__
from audit.core import store
from audit.core.data import data_bytes
from audit.core.model import Finding, Segment, SegmentResult

DB_NAME = "results.sqlite3"


def _weights_digest() -> str:
    data = data_bytes("risk_weights.json")
    return hashlib.sha256(data).hexdigest()


class ResultCache:
    def __init__(self, cache_dir: Path | None = None) -> None:
        self.path = store.cache_dir(cache_dir) / DB_NAME
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.hits = 0
        self._weights = _weights_digest()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = store.open_cache_db(
                self.path, "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
        return self._db

    def key(self, segments: Sequence[Segment], settings: dict[str, Any]) -> str:
        payload = {
            "version": __version__,
            "weights": self._weights,
            "settings": settings,
            "segments": [[s.text, s.src, s.ref, s.lang] for s in segments],
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()

    def get(self, key: str, segments: Sequence[Segment]) -> list[SegmentResult] | None:
        with self._lock:
            row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        stored = json.loads(row[0])
        if len(stored) != len(segments):
            return None
        self.hits += 1
        results = []
        for seg, item in zip(segments, stored):
            seg.warnings.extend(w for w in item["rule_warnings"] if w not in seg.warnings)
            results.append(SegmentResult(
                segment=seg,
                findings=[Finding(**f) for f in item["findings"]],
                risk=item["risk"],
                flagged=item["flagged"],
                scores=item["scores"],
            ))
        return results

    def put(self, key: str, results: Sequence[SegmentResult], input_warnings: Sequence[int]) -> None:
        """Store ``results``; ``input_warnings[i]`` is how many of segment i's warnings came from
        reading the input (those are recomputed on every run and not stored)."""
        value = json.dumps([
            {
                "findings": [f.to_dict() for f in r.findings],
                "risk": r.risk,
                "flagged": r.flagged,
                "scores": r.scores,
                "rule_warnings": r.segment.warnings[n:],
            }
            for r, n in zip(results, input_warnings)
        ], ensure_ascii=False)
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, value))
            self.db.commit()

    def clear(self) -> int:
        if not self.path.exists():
            return 0
        with self._lock:
            n = self.db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
            self.db.execute("DELETE FROM results")
            self.db.commit()
        return int(n)
