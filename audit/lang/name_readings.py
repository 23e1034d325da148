"""Readings of a Latin-script name by the spelling rules of the languages it may come from.

A Hindi transcription follows how a name is said in its own language, not how English would read
its letters: Szczęsny → श्चेस्नी (Polish *szcz*), Takács → ताकाच (Hungarian *cs*), Deschamps → देशां
(French *ch*, silent final consonants), Hernández → एर्नांदेज़ (Spanish silent *h*), Xavi → शावी
(Catalan *x*). :func:`readings` rewrites a name by each language's orthography (one rule list per
language, applied in order) into English-like spellings that :func:`audit.lang.phonetic.phonetic_key`
then reduces to a consonant key. The rules are the standard letter-to-sound correspondences of
each orthography (Polish, Czech/Slovak, Hungarian, Spanish/Catalan, Portuguese, French, Italian,
German/Dutch/Scandinavian, Turkish), not a list of names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_Rules = tuple[tuple[re.Pattern[str], str], ...]


def _rules(*pairs: tuple[str, str]) -> _Rules:
    return tuple((re.compile(p), r) for p, r in pairs)


#: one rule list per orthography, applied in order to the lower-case name (diacritics kept, so a
#: rule can read them; they are folded away after)
_ORTHOGRAPHIES: tuple[_Rules, ...] = (
    # Polish
    _rules(
        ("ch", "h"),
        ("szcz", "shch"),
        ("ci(?=[aeiouy])", "ch"),
        ("cz", "ch"),
        ("sz", "sh"),
        ("rz", "zh"),
        ("[ćś]", "sh"),
        ("[żź]", "zh"),
        ("ą", "on"),
        ("ę", "e"),
        ("ł", "w"),
        ("w", "v"),
        ("j", "y"),
        ("c(?!h)", "ts"),
    ),
    # Czech and Slovak
    _rules(("č", "ch"), ("š", "sh"), ("ž", "zh"), ("ř", "rzh"), ("ch", "kh"), ("j", "y"), ("c(?![h])", "ts")),
    # Hungarian (sz is s; a plain s is sh)
    _rules(
        ("cs", "\1"),
        ("zs", "\2"),
        ("sz", "\0"),
        ("s", "sh"),
        ("\0", "s"),
        ("c", "ts"),
        ("\1", "ch"),
        ("\2", "zh"),
        ("gy", "dy"),
        ("ly", "y"),
    ),
    # Spanish and Catalan
    _rules(("^h", ""), ("ll", "y"), ("ñ", "ny"), ("qu", "k"), ("j", "h"), ("x", "sh"), ("z", "s")),
    # Portuguese
    _rules(("lh", "ly"), ("nh", "ny"), ("x", "sh"), ("ç", "s"), ("qu", "k")),
    # French: ch as sh, silent final consonants, nasal vowels, eau/ou/oi
    _rules(
        ("ch", "sh"),
        ("qu", "k"),
        ("gn", "ny"),
        ("eau", "o"),
        ("oi", "wa"),
        ("ou", "u"),
        ("(?<=[aeiou])(?:mp|m|n)(?=[^aeiou]|$)", "n"),
        ("(?:s|t|d|x|z|ps|ts|ds)$", ""),
        ("(?<=[ie])r$", ""),
    ),
    # Italian
    _rules(
        ("gli", "li"), ("gn", "ny"), ("ch", "k"), ("c(?=[ei])", "ch"), ("sc(?=[ei])", "sh"), ("zz?", "ts")
    ),
    # German, Dutch and the Scandinavian languages
    _rules(
        ("sch", "sh"),
        ("sj", "sh"),
        ("tsch", "ch"),
        ("ei", "ai"),
        ("eu", "oy"),
        ("ie", "i"),
        ("w", "v"),
        ("j", "y"),
        ("z", "ts"),
        ("aa", "a"),
        ("[øö]", "o"),
        ("å", "o"),
    ),
    # Turkish
    _rules(("ç", "ch"), ("ş", "sh"), ("c", "j"), ("ğ", ""), ("ı", "i")),
)


def _fold(word: str) -> str:
    """Latin letters only, diacritics dropped (ł, ø and dotless ı by hand: NFKD keeps them)."""
    word = word.replace("ł", "l").replace("ø", "o").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii() and c.isalpha())


@lru_cache(maxsize=8192)
def readings(name: str) -> tuple[str, ...]:
    """``name`` folded to plain Latin letters and its reading by each orthography of
    :data:`_ORTHOGRAPHIES` (lower case, distinct, the plain fold first)."""
    low = name.lower()
    out = [_fold(low)]
    for rules in _ORTHOGRAPHIES:
        w = low
        for pat, rep in rules:
            w = pat.sub(rep, w)
        w = _fold(w)
        if w and w not in out:
            out.append(w)
    return tuple(out)
