"""Princeton WordNet's database files, read at run time (Debian ``wordnet``, BSD-style licence,
see audit/data/WORDNET_LICENSE; :func:`wordnet_dir` decides the folder: ``$AUDIT_WORDNET_DIR``,
else ``$WNHOME``, else the first of ``/usr/share/wordnet``, ``/usr/local/share/wordnet`` that
holds ``index.noun``).

The one reader of WordNet's ``index.<pos>``, of its ``<pos>.exc`` irregular forms and of the lexicographer files in ``data.<pos>``;
each file is parsed once per process and shared by every user (concrete and person/place nouns,
closed compounds, verbs of motion and contact, phrasal verbs). ``pos`` is ``noun``, ``verb``,
``adj`` or ``adv``.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from pathlib import Path

#: where WordNet is looked for when neither environment variable is set (Debian first)
DEFAULT_DIRS = (Path("/usr/share/wordnet"), Path("/usr/local/share/wordnet"))


def wordnet_dir() -> Path:
    """The one place WordNet's folder is decided. ``$AUDIT_WORDNET_DIR`` (this project's
    variable) wins over ``$WNHOME`` (WordNet's own); a folder named by either is used as given.
    Without them: the first of :data:`DEFAULT_DIRS` that holds ``index.noun``, else the first."""
    for var in ("AUDIT_WORDNET_DIR", "WNHOME"):
        env = os.environ.get(var)
        if env:
            return Path(env)
    return next((d for d in DEFAULT_DIRS if (d / "index.noun").is_file()), DEFAULT_DIRS[0])


#: WordNet's database files (:func:`wordnet_dir`, read once at import)
WORDNET_DIR = wordnet_dir()


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether every index and data file of the four parts of speech is there."""
    return all(
        (WORDNET_DIR / f"{kind}.{pos}").is_file()
        for pos in ("noun", "verb", "adj", "adv")
        for kind in ("index", "data")
    )


@cache
def index(pos: str) -> dict[str, tuple[int, ...]] | None:
    """Lemma (lower case, ``_`` between words) → its synsets' offsets in ``data.<pos>``, most
    frequent sense first, from ``index.<pos>``; None when ``index.<pos>`` or ``data.<pos>`` is
    missing."""
    path = WORDNET_DIR / f"index.{pos}"
    if not (path.is_file() and (WORDNET_DIR / f"data.{pos}").is_file()):
        return None
    out: dict[str, tuple[int, ...]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):  # the licence header
            continue
        parts = line.split()
        n_synsets = int(parts[2])
        out[parts[0]] = tuple(int(o) for o in parts[-n_synsets:])
    return out


@cache
def lexfiles(pos: str) -> dict[int, str]:
    """Synset offset → its lexicographer file number (``"06"`` noun.artifact, ``"18"``
    noun.person), from ``data.<pos>``; {} when it is missing."""
    path = WORDNET_DIR / f"data.{pos}"
    if not path.is_file():
        return {}
    out: dict[int, str] = {}
    with path.open("rb") as fh:
        for raw in fh:
            if raw[:1] != b" ":
                head = raw.split(b" ", 2)
                out[int(head[0])] = head[1].decode()
    return out


@cache
def exceptions(pos: str) -> dict[str, tuple[str, ...]]:
    """Irregular form → its base forms, from WordNet's ``<pos>.exc`` (blew → blow; mice → mouse);
    {} when the file is missing. ``pos`` is ``noun``, ``verb``, ``adj`` or ``adv``."""
    path = WORDNET_DIR / f"{pos}.exc"
    if not path.is_file():
        return {}
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out.setdefault(parts[0], []).extend(parts[1:])
    return {k: tuple(v) for k, v in out.items()}


def synset(data: bytes, offset: int) -> tuple[list[str], list[int], str]:
    """(lemmas, hypernym offsets, definition) of the synset at ``offset`` of a ``data.<pos>``
    file's bytes (:func:`data_bytes`); the definition is lower case, its quoted examples dropped."""
    end = data.find(b"\n", offset)
    rec = data[offset:end].decode("latin-1")
    head, _, gloss = rec.partition("|")
    f = head.split()
    n_words = int(f[3], 16)
    lemmas = [f[4 + 2 * k].lower() for k in range(n_words)]
    k = 4 + 2 * n_words
    n_ptr = int(f[k])
    hyper = [int(f[k + 1 + 4 * j + 1]) for j in range(n_ptr) if f[k + 1 + 4 * j] in {"@", "@i"}]
    definition = re.sub(r'"[^"]*"', " ", gloss.split('; "')[0]).lower()
    return lemmas, hyper, definition


def data_bytes(pos: str) -> bytes:
    """``data.<pos>`` as bytes, for :func:`synset` (read on each call: callers build a table once)."""
    return (WORDNET_DIR / f"data.{pos}").read_bytes()
