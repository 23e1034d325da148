"""HI401/HI408's place-name frame: English words that name a street, square, building or town.

Hindi writes the names of places built from English words in Devanagari, word for word, and
keeps them untranslated: दलाल स्ट्रीट, पार्लियामेंट स्क्वायर, बर्ड्स नेस्ट स्टेडियम, न्यू ऑर्लियंस.
A transliterated English word in such a name is correct Hindi, in a sentence about sport or not.
The frame is structural: a KIND word (the English head nouns of place names: *street*, *square*,
*road*, *bridge*, *stadium* …, found by how the Devanagari word spells them) closing a short run
of words, or an English place prefix (*New*, *Saint*, *Port*, *Fort*, *Mount*) opening one. With
the source, the kind word or the prefix must also stand capitalised there (*Dalal Street*, not
*the street*). And a word the place table spells as a city or country (हनोई: Hanoi) is that
place, not the English word it sounds like (*honey*): ``names_other_place``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import resources as res
from audit.lang.transcription import spells
from audit.rules.title_words import place_rows

#: the English head nouns of place names (a street, a square, a building, a town's part)
PLACE_KINDS = frozenset(
    """street square road avenue lane drive boulevard park bridge palace stadium arena tower gate arch
    hall garden gardens circle market station valley city""".split()
)
#: English words that open place names (New Orleans, Saint Louis, Port Blair, Fort Worth)
PLACE_PREFIXES = frozenset("new saint port fort mount".split())
#: the sounds of the prefixes the spelling test misses (न्यू is *nyu*, the sound of *new*)
PREFIX_SOUNDS = {"nyu": "new", "nyoo": "new"}
#: how closely the Devanagari word must spell the kind word (स्ट्रीट street 1.0, रोड road 0.86)
MIN_SPELLING = 0.8
#: how closely a look-alike must match when the spelling test fails (स्क्वायर ~ square 0.46)
MIN_LOOKALIKE = 0.45
#: words between the English word and the kind word that close its name (बर्ड्स नेस्ट स्टेडियम)
MAX_RUN = 2


@lru_cache(maxsize=20_000)
def _spelled(word: str, kinds: frozenset[str]) -> str | None:
    """The word of ``kinds`` that the Devanagari ``word`` writes out, or None."""
    for en in sorted(kinds):
        if (en[0] in "aeiou") != ("\u0905" <= word[0] <= "\u0914"):
            continue  # a word-initial vowel must agree (रेन is no *arena*)
        if spells(word, en) >= MIN_SPELLING:
            return en
    looks = res.english_lookalikes(word)
    if looks and looks[0][0] in kinds and looks[0][2] >= MIN_LOOKALIKE:
        return looks[0][0]
    return None


def place_kind(word: str) -> str | None:
    """The English place-kind noun the Devanagari word writes out (स्ट्रीट → street), or None."""
    return _spelled(word, PLACE_KINDS)


def _in_source(src: str | None, english: str) -> bool:
    """No source, or ``english`` stands capitalised in it (Dalal Street, not the street)."""
    if src is None:
        return True
    return re.search(rf"\b{re.escape(english.capitalize())}\b", src) is not None


def joined(text: str, toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Tokens ``a`` and ``b = a + 1`` exist and stand with a space or hyphen between them."""
    return 0 <= a and b < len(toks) and text[toks[a][1] : toks[b][0]] in (" ", "-")


def in_place_name(text: str, toks: list[tuple[int, int, str]], i: int, src: str | None) -> bool:
    """Word ``i`` is part of a place name built from English words: a kind word closes the run it
    opens within :data:`MAX_RUN` more words (पार्लियामेंट स्क्वायर, बर्ड्स नेस्ट स्टेडियम), it is a kind
    word after a word of the name (दलाल स्ट्रीट, not इस स्ट्रीट), or an English place prefix stands
    before it (न्यू ऑर्लियंस). Hindi function words (इस, की, में …) break the run."""
    from audit.lang.bilingual.hindi import is_stop

    if is_stop(toks[i][2]):
        return False
    j = i
    while j + 1 < len(toks) and j - i < MAX_RUN + 1 and joined(text, toks, j, j + 1):
        j += 1
        if is_stop(toks[j][2]):
            break
        kind = place_kind(toks[j][2])
        if kind is not None:
            return _in_source(src, kind)
    if joined(text, toks, i - 1, i) and not is_stop(toks[i - 1][2]):
        kind = place_kind(toks[i][2])
        if kind is not None and _in_source(src, kind):
            return True
        prev = toks[i - 1][2]
        sounds = [PREFIX_SOUNDS[r] for r in res.romanise(prev) if r in PREFIX_SOUNDS]
        prefix = sounds[0] if sounds else _spelled(prev, PLACE_PREFIXES)
        if prefix is not None and _in_source(src, prefix):
            return True
    return False


@lru_cache(maxsize=1)
def place_names() -> dict[str, frozenset[str]]:
    """Devanagari spelling → the English names of the places it writes (``data/place_names_hi.tsv``:
    WordNet's cities, countries and regions and Faker's, transliterated; हनोई → hanoi)."""
    out: dict[str, set[str]] = {}
    for english, hindi in place_rows():
        for h in hindi:
            out.setdefault(h, set()).add(english.lower())
    return {h: frozenset(names) for h, names in out.items()}


#: how much better the word must spell the place than the English word to be the place (चिली
#: spells *chile* 1.0 and *chilli* 0.91: still a spelled-out chilli; हनोई: *hanoi* 1.0, *honey* 0)
PLACE_SPELLING_MARGIN = 0.1


def names_other_place(word: str, english: str) -> bool:
    """Whether ``word`` is the table's spelling of a place other than ``english`` and spells that
    place clearly better (हनोई is Hanoi, not *honey*): a city or country written in Devanagari is
    no English word spelled out."""
    places = place_names().get(word, frozenset()) - {"-"}
    if not places or english.lower() in places:
        return False
    return max(spells(word, p) for p in places) > spells(word, english) + PLACE_SPELLING_MARGIN
