"""Which Devanagari words spell out which English words of a source sentence (transcription
evidence for the transliteration rules: with the source, the English word is known instead of
guessed from an English word list)."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from audit.lang import resources as res
from audit.lang.bilingual import english as E
from audit.lang.distance import edit_distance
from audit.lang.frequency import zipf_en

#: a Devanagari word spells a source word when their consonant skeletons are this close (1 − edit
#: distance / length) and one romanisation of it this close to the English spelling (difflib)
SRC_KEY_SIMILARITY = 0.75
SRC_SPELLING_SIMILARITY = 0.7
SRC_SPELLING_SIMILARITY_SAME_KEY = 0.45
_SENT_START = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")


def source_words(src: str) -> tuple[str, ...]:
    """Ordinary English words of the source, lower case: content words written in lower case, and a
    capitalised sentence-initial word that is a common English word (not names or acronyms)."""
    out: dict[str, None] = {}
    for s, _e, t in E.tokens(src):
        if not E.is_content(t) or not t.isalpha():
            continue
        if t.islower() or (t[1:].islower() and _SENT_START.search(src[:s]) and zipf_en(t.lower()) >= 4.0):
            out.setdefault(t.lower(), None)
    return tuple(out)


@lru_cache(maxsize=100_000)
def spells(word: str, english: str) -> float:
    """How closely the Devanagari ``word`` spells the English ``english`` (0 when it does not)."""
    dk = res.dev_key(word)
    if len(dk) < 2:
        return 0.0
    key_sim = max(1 - edit_distance(dk, k) / max(len(dk), len(k)) for k in res.en_keys(english))
    if key_sim < SRC_KEY_SIMILARITY:
        return 0.0
    sim = max(difflib.SequenceMatcher(None, r, english).ratio() for r in res.romanise(word))
    # English spelling is far from its sound (security ~ "sikyoriti"): the same skeleton needs less
    floor = SRC_SPELLING_SIMILARITY_SAME_KEY if key_sim == 1.0 and len(dk) >= 3 else SRC_SPELLING_SIMILARITY
    return sim if sim >= floor else 0.0
