"""Text helpers shared by checks: NFC views with offsets back into the text as written."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Character classes (for [...] in a regex) and the Devanagari token patterns built from them:
# every module matches Devanagari words with one of these, so their variants are named here.
DEVANAGARI = "\u0900-\u097f"  # the whole block: letters, signs, dandas (।॥), digits (०–९), ॰
#: letters and signs only: no dandas, digits or abbreviation sign (॰)
DEVANAGARI_LETTERS = "\u0900-\u0963\u0971-\u097f"
#: letters, signs and digits: no dandas
DEVANAGARI_ALNUM = "\u0900-\u0963\u0966-\u097f"
JOINERS = "\u200c\u200d"  # ZWNJ/ZWJ, which may sit inside conjuncts
NUKTA = "\u093c"  # the dot below (ज़, फ़): spelled with or without it
#: any Devanagari character (is there Hindi in this text?)
DEVANAGARI_RE = re.compile(f"[{DEVANAGARI}]")
#: a run of Devanagari characters (joiners end it)
WORD_RUN_RE = re.compile(f"[{DEVANAGARI}]+")
# A Devanagari word: letters, signs and nukta; ZWJ/ZWNJ may sit inside conjuncts.
WORD_RE = re.compile(rf"[{DEVANAGARI}{JOINERS}]+")
#: a Devanagari word that stops at dandas and digits (name, dictionary and idiom tokens)
LETTER_WORD_RE = re.compile(f"[{DEVANAGARI_LETTERS}{JOINERS}]+")
#: a Devanagari word that may hold Devanagari digits and stops at dandas (glosses, glossary forms)
ALNUM_WORD_RE = re.compile(f"[{DEVANAGARI_ALNUM}{JOINERS}]+")
LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
INVISIBLE_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class TextView:
    """``text`` is the NFC form of ``original``; ``to_original`` maps its offsets back."""

    original: str
    text: str
    _map: Sequence[int]  # a range when the text is already NFC (offsets map to themselves)

    def to_original(self, offset: int) -> int:
        return self._map[offset]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._map[start], self._map[end]


@lru_cache(maxsize=4096)
def nfc_view(original: str) -> TextView:
    """NFC-normalise ``original`` keeping a map from normalised offsets to original ones.

    Normalisation is done per grapheme-ish chunk (a base character and its combining marks),
    so each normalised character maps to the start of the chunk it came from.
    """
    if unicodedata.is_normalized("NFC", original):
        return TextView(original, original, range(len(original) + 1))
    out: list[str] = []
    mapping: list[int] = []
    i = 0
    n = len(original)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", original[i:j])
        out.append(chunk)
        mapping.extend([i] * len(chunk))
        i = j
    mapping.append(n)
    return TextView(original, "".join(out), tuple(mapping))


def words(text: str) -> list[tuple[int, int, str]]:
    """Devanagari words of ``text`` as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
