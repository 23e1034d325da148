"""Hindi adjectives made from nouns (त्योहारी, मैदानी, जिस्मानी): words rare in Hindi text as
written, which the name rules would otherwise take for foreign given names they spell by chance
(Teohari). Used by :mod:`audit.rules.name_class`."""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict
from audit.rules import name_data
from audit.rules.name_data import all_given_names, surnames
from audit.rules.names import key_zipf, norm

#: adjective suffixes on a Hindi noun: -ी (त्योहार → त्योहारी, मानसून → मानसूनी, किसान → किसानी),
#: -ई after a vowel (दरिया → दरियाई, इलाक़ा → इलाक़ाई), -आनी (जिस्म → जिस्मानी, बर्फ़ → बर्फ़ानी);
#: the longest first
ADJECTIVE_SUFFIXES = tuple(norm(w) for w in ("ानी", "ी", "ई"))
#: … whose noun is at least this frequent in Hindi text and this long
DENOMINAL_STEM_MIN_ZIPF = 3.5
DENOMINAL_STEM_MIN_LEN = 3
#: a stem that spells a listed given name this closely is that name (स्टीव: Steve)
GIVEN_SPELLING_SIM = 0.85


@lru_cache(maxsize=65536)
def denominal_adjective(key: str) -> bool:
    """A Hindi adjective made from a common noun (त्योहारी मांग, मैदानी इलाक़ा, जिस्मानी ताक़त):
    rare in text as written (the dictionary lacks most), but no foreign given name that merely
    spells one by chance (Teohari); the noun must be no transliterated name itself."""
    for suffix in ADJECTIVE_SUFFIXES:
        stem = key[: -len(suffix)]
        if not key.endswith(suffix) or len(stem) < DENOMINAL_STEM_MIN_LEN:
            continue
        if key_zipf(stem) < DENOMINAL_STEM_MIN_ZIPF or stem in all_given_names() or stem in surnames():
            continue
        if engdict.is_transliteration(stem) or _spelled_given(stem):
            continue
        return True
    return False


def _spelled_given(key: str) -> bool:
    """``key`` spells a listed given name closely and is no word of the dictionary (स्टीव: Steve,
    so स्टीवी is Stevie, not an adjective)."""
    hit = name_data.foreign_name(key)
    if hit is None or "given" not in hit[1] or name_data.foreign_name_similarity(key) < GIVEN_SPELLING_SIM:
        return False
    return not engdict.dictionary().translates_as_word(key)
