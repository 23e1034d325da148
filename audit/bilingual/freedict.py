"""The FreeDict English→Hindi dictionary, read in place at run time.

Debian's ``dict-freedict-eng-hin`` installs ``freedict-eng-hin.index`` and
``freedict-eng-hin.dict.dz`` under ``/usr/share/dictd`` (25,642 headwords, IIIT Hyderabad's
Shabdanjali, GPL-2.0+). The GPL data is never copied into this repository, nor is anything
derived from it: it is parsed into memory when a rule first needs it. Another directory can be
given with ``$AUDIT_FREEDICT_DIR``. When the files are absent, :func:`load` returns ``None`` and
the rules that need it say so (see :data:`MISSING_MESSAGE`).
"""

from __future__ import annotations

import gzip
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.bilingual.hindi import phrase_keys

NAME = "freedict-eng-hin"
DEFAULT_DIRS = ("/usr/share/dictd",)
MISSING_MESSAGE = (
    "English→Hindi dictionary not found (FreeDict eng-hin): the dictionary parts of HI512 "
    "(idioms), HI514 (translated names) and HI515 (coverage) were skipped. Install it with "
    "`apt-get install dict-freedict-eng-hin` or set AUDIT_FREEDICT_DIR to a folder holding "
    "freedict-eng-hin.index and freedict-eng-hin.dict.dz."
)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_GLOSS_RE = re.compile(r"^\s*\d+\.\s+(.+?)\s*$")
_HEAD_RE = re.compile(r"^(.+?)\s+(?:/[^/]*/\s*)?(?:<([^>]*)>)?\s*$")
MAX_GLOSS_WORDS = 3  # longer glosses are definitions, not translations


def _b64(s: str) -> int:
    n = 0
    for c in s:
        n = n * 64 + _B64.index(c)
    return n


@dataclass(frozen=True)
class Sense:
    pos: str  # FreeDict part of speech (N, V, Adj, Adv …) or ""
    hindi: str  # the gloss as written (words joined by ~ in FreeDict become spaces)
    keys: tuple[str, ...]  # stem keys of its content words


class Dictionary:
    """English headword (lower case) → Hindi senses."""

    def __init__(self, entries: dict[str, list[Sense]], source: str) -> None:
        self.entries = entries
        self.source = source

    def senses(self, word: str) -> list[Sense]:
        return self.entries.get(word.lower(), [])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.entries

    def keys(self, word: str) -> set[tuple[str, ...]]:
        """The stem-key tuples of the word's short glosses (translations, not definitions)."""
        return {s.keys for s in self.senses(word) if s.keys and len(s.keys) <= MAX_GLOSS_WORDS}


def find_dir() -> Path | None:
    env = os.environ.get("AUDIT_FREEDICT_DIR")
    for d in ([env] if env else []) + list(DEFAULT_DIRS):
        p = Path(d)
        if (p / f"{NAME}.index").is_file() and (p / f"{NAME}.dict.dz").is_file():
            return p
    return None


def parse(index_text: str, data: bytes, source: str = NAME) -> Dictionary:
    """Parse a dictd index and its (decompressed) data into a :class:`Dictionary`."""
    entries: dict[str, list[Sense]] = {}
    for line in index_text.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        head, off, length = parts
        try:
            body = data[_b64(off) : _b64(off) + _b64(length)].decode("utf-8", "replace")
        except ValueError:
            continue
        lines = body.splitlines()
        m = _HEAD_RE.match(lines[0]) if lines else None
        pos = (m.group(2) or "") if m else ""
        out = entries.setdefault(head.lower(), [])
        for ln in lines[1:]:
            g = _GLOSS_RE.match(ln)
            if not g:
                continue
            for alt in re.split(r"[,;/]", g.group(1)):
                hindi = re.sub(r"\{[^}]*\}", "", alt).replace("~", " ").strip()
                if hindi and re.search("[\u0900-\u097f]", hindi):
                    out.append(Sense(pos, hindi, phrase_keys(hindi)))
    return Dictionary(entries, source)


@lru_cache(maxsize=1)
def load() -> Dictionary | None:
    """The installed dictionary, parsed once per process; ``None`` when not installed."""
    d = find_dir()
    if d is None:
        return None
    index = (d / f"{NAME}.index").read_text(encoding="utf-8", errors="replace")
    with gzip.open(d / f"{NAME}.dict.dz") as fh:
        data = fh.read()
    return parse(index, data, str(d))
