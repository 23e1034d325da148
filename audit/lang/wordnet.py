"""Princeton WordNet's database files, read at run time (Debian ``wordnet``, BSD-style licence,
see audit/data/WORDNET_LICENSE; ``$WNHOME`` overrides the folder).

The one reader of WordNet's ``index.<pos>`` and of the lexicographer files in ``data.<pos>``;
each file is parsed once per process and shared by every user (concrete and person/place nouns,
closed compounds, verbs of motion and contact, phrasal verbs). ``pos`` is ``noun``, ``verb``,
``adj`` or ``adv``.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path

#: WordNet's database files (Debian ``wordnet``; ``$WNHOME`` overrides)
WORDNET_DIR = Path(os.environ.get("WNHOME", "/usr/share/wordnet"))


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
