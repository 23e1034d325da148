"""HI501's spelled-out numbers kept in English: a source number the MT writes out in Devanagari
(*a perfect ten* → परफ़ेक्ट टेन, *Twenty One Pilots* → ट्वेंटी वन पायलट्स) is there, not lost — the
transliterator's spellings and readings say which English word a Devanagari word writes."""

from __future__ import annotations

import re

from audit.lang import translit_xlit
from audit.lang.transcription import spells

_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]+")
#: how closely a Devanagari word must spell an English number word (टेन *ten*, सेवन *seven*)
NUMBER_SPELLING = 0.8


def spelled_in(number: str, count_words: frozenset[str], mt: str) -> bool:
    """Whether the MT writes each count word (``count_words``) of the spelled-out source number
    ``number`` in Devanagari (टेन, ट्वेंटी, नाइन): the number is there, kept in English (a score, a
    name), not lost."""
    counts = [t for t in re.findall(r"[a-z]+", number.lower()) if t in count_words]
    hindi = _DEVANAGARI_WORD.findall(mt)
    return bool(counts) and all(
        any(
            spells(w, t) >= NUMBER_SPELLING or any(r[0] == t for r in translit_xlit.all_readings(w))
            for w in hindi
        )
        for t in counts
    )
