"""On-disk translation cache (sqlite) keyed by backend + model + revision + direction + decoding + text."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from audit.core.sqlite_cache import cache_dir, open_cache_db, remove_cache_file
from audit.roundtrip.base import Translator

DB_NAME = "translations.sqlite3"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS translation (key TEXT PRIMARY KEY, backend TEXT, model TEXT,"
    " revision TEXT, direction TEXT, source TEXT, output TEXT)"
)


class TranslationCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = cache_dir(directory)
        self.path = self.directory / DB_NAME
        self._db: sqlite3.Connection | None = None
        self._disabled = False

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = open_cache_db(self.path, SCHEMA)
        return self._db

    @staticmethod
    def key(backend: str, model: str, revision: str, direction: str, decoding: str, text: str) -> str:
        raw = "\x1f".join((backend, model, revision, direction, decoding, text))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for k, v in self.db.execute(f"SELECT key, output FROM translation WHERE key IN ({marks})", chunk):
                found[k] = v
        return found

    def put_many(self, rows: list[tuple[str, str, str, str, str, str, str]]) -> None:
        if self._disabled:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO translation VALUES (?,?,?,?,?,?,?)", rows)
        except sqlite3.Error as exc:  # a full disk must not stop the audit: the cache is only a speed-up
            self._disabled = True
            import sys

            print(
                f"warning: translation cache {self.path} cannot be written ({exc}); continuing without it",
                file=sys.stderr,
            )

    def info(self) -> dict[str, object]:
        if not self.path.is_file():
            return {"path": str(self.path), "entries": 0, "bytes": 0}
        (n,) = self.db.execute("SELECT COUNT(*) FROM translation").fetchone()
        return {"path": str(self.path), "entries": int(n), "bytes": self.path.stat().st_size}

    def clear(self) -> int:
        """Delete every cached translation; returns how many there were."""
        if not self.path.exists():
            return 0
        try:
            entries = self.info()["entries"]
        except sqlite3.DatabaseError:
            entries = 0  # a corrupt cache file: removed all the same
        n = entries if isinstance(entries, int) else 0
        self.close()
        remove_cache_file(self.path)
        return n

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class CachedTranslator:
    """Wrap a translator: only texts not in the cache reach the model."""

    def __init__(self, inner: Translator, cache: TranslationCache) -> None:
        self.inner = inner
        self.cache = cache
        self.backend = inner.backend
        self.model_id = inner.model_id
        self.revision = inner.revision
        self.decoding = inner.decoding
        self.translated = 0  # texts the model actually translated (cache misses)
        self.hits = 0

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        direction = f"{src_lang}-{tgt_lang}"
        keys = [
            TranslationCache.key(self.backend, self.model_id, self.revision, direction, self.decoding, t)
            for t in texts
        ]
        found = self.cache.get_many(sorted(set(keys)))
        missing: dict[str, str] = {}
        for k, t in zip(keys, texts, strict=True):
            if k not in found:
                missing[k] = t
        if missing:
            outputs = self.inner.translate(list(missing.values()), src_lang, tgt_lang)
            rows = []
            for (k, t), o in zip(missing.items(), outputs, strict=True):
                found[k] = o
                rows.append((k, self.backend, self.model_id, self.revision, direction, t, o))
            self.cache.put_many(rows)
            self.translated += len(missing)
        self.hits += len(texts) - len(missing)
        return [found[k] for k in keys]
