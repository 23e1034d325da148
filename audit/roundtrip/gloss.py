"""Offline word/phrase gloss Hindi → English from FreeDict's English–Hindi dictionary.

Used only when no neural model is present, and always shown as a *gloss*, never as a
translation. The dictionary (FreeDict eng-hin, IIIT Hyderabad, GPL-2.0-or-later) is NOT shipped
with this Apache-2.0 project: it is read at run time from where Debian's ``dict-freedict-eng-hin``
package installs it (``/usr/share/dictd``), or from ``$AUDIT_FREEDICT_DIR``.
"""

from __future__ import annotations

import gzip
import os
import re
from functools import lru_cache
from pathlib import Path

from audit.roundtrip.base import ModelNotAvailableError, check_direction, register_backend

DICT_NAME = "freedict-eng-hin"
DEFAULT_DIRS = (Path("/usr/share/dictd"), Path("/usr/local/share/dictd"))
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_SENSE = re.compile(r"^\s*\d+\.\s+(.+)$")
_HEAD = re.compile(r"^(?P<head>[^/<]+?)\s*(?:/[^/]*/)?\s*(?:<[^>]*>)?\s*$")
_DEVA_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F\u200c\u200d]+")
# Inflectional endings tried (longest first) when a word is not in the dictionary as written.
_SUFFIXES = ("ियों", "ाओं", "ाएं", "ाएँ", "ियां", "ियाँ", "ों", "ें", "ीं", "ाँ", "ां", "े", "ी", "ा")
_SPECIAL = {"00databasealphabet", "00databasedictfmt1130", "00databaseinfo", "00databaseshort",
            "00databaseurl", "00databaseutf8"}


def _b64(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 64 + _B64.index(ch)
    return n


def find_dictionary(folder: Path | None = None) -> Path | None:
    """The folder holding ``freedict-eng-hin.index`` and ``.dict.dz``/``.dict``, or None."""
    env = os.environ.get("AUDIT_FREEDICT_DIR")
    for d in ([folder] if folder else []) + ([Path(env)] if env else []) + list(DEFAULT_DIRS):
        if d and (d / f"{DICT_NAME}.index").is_file() and (
            (d / f"{DICT_NAME}.dict.dz").is_file() or (d / f"{DICT_NAME}.dict").is_file()
        ):
            return d
    return None


def _clean_hindi(term: str) -> str:
    term = re.sub(r"\{[^}]*\}|\([^)]*\)", "", term)
    return " ".join(term.replace("~", " ").split())


@lru_cache(maxsize=4)
def load_inverted(folder: Path) -> dict[str, list[str]]:
    """Hindi word/phrase → English headwords, in dictionary order (sense 1 first)."""
    data_file = folder / f"{DICT_NAME}.dict.dz"
    raw = gzip.open(data_file).read() if data_file.is_file() else (folder / f"{DICT_NAME}.dict").read_bytes()
    inverted: dict[str, list[str]] = {}
    for line in (folder / f"{DICT_NAME}.index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] in _SPECIAL:
            continue
        entry = raw[_b64(parts[1]) : _b64(parts[1]) + _b64(parts[2])].decode("utf-8", "replace")
        lines = entry.splitlines()
        m = _HEAD.match(lines[0]) if lines else None
        head = (m.group("head") if m else parts[0]).strip()
        for rank, ln in enumerate(lines[1:]):
            sense = _SENSE.match(ln)
            if not sense:
                continue
            for term in re.split(r"[,;]", sense.group(1)):
                hindi = _clean_hindi(term)
                if hindi and _DEVA_WORD.search(hindi):
                    inverted.setdefault(hindi, [])
                    if head not in inverted[hindi]:
                        inverted[hindi].append(head)
            del rank
    for heads in inverted.values():  # prefer single words, then shorter headwords
        heads.sort(key=lambda h: (" " in h, len(h)))
    return inverted


class GlossTranslator:
    """Word-by-word (longest phrase first) Hindi → English gloss. Not a translation."""

    backend = "gloss"
    decoding = "gloss"
    direction = ("hi", "en")
    is_gloss = True

    def __init__(self, folder: Path | None = None, max_phrase: int = 3, **_: object) -> None:
        found = find_dictionary(folder)
        if found is None:
            raise ModelNotAvailableError(
                "no gloss dictionary: install Debian's dict-freedict-eng-hin or set AUDIT_FREEDICT_DIR"
            )
        self.folder = found
        self.model_id = f"{DICT_NAME} (word gloss)"
        idx = found / f"{DICT_NAME}.index"
        self.revision = f"{idx.stat().st_size}-{int(idx.stat().st_mtime)}"
        self.max_phrase = max_phrase

    @property
    def table(self) -> dict[str, list[str]]:
        """Loaded on first use (about a second), so a cached run never parses the dictionary."""
        return load_inverted(self.folder)

    def lookup(self, word: str) -> str | None:
        heads = self.table.get(word)
        if heads:
            return heads[0]
        for suf in _SUFFIXES:
            if word.endswith(suf) and len(word) > len(suf) + 1:
                stem = word[: -len(suf)]
                for cand in (stem, stem + "ा", stem + "ी", stem + "ना"):
                    if cand in self.table:
                        return self.table[cand][0]
        return None

    def gloss_one(self, text: str) -> str:
        words = _DEVA_WORD.findall(text) if _DEVA_WORD.search(text) else text.split()
        out: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(self.max_phrase, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + n])
                eng = self.table[phrase][0] if phrase in self.table else (self.lookup(phrase) if n == 1 else None)
                if eng:
                    out.append(eng)
                    i += n
                    break
            else:
                out.append(f"[{words[i]}]")
                i += 1
        return " ".join(out)

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        return [self.gloss_one(t) for t in texts]


@register_backend("gloss")
def make_gloss(model: object = None, **options: object) -> GlossTranslator:
    folder = options.pop("folder", None)
    return GlossTranslator(folder if isinstance(folder, Path) else None)
