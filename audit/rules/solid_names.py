"""Foreign names written solid that HI402 reads as two glued Hindi words (जोआना as जो + आना,
तनाका as तना + का).

A transliterated name often starts or ends with a syllable that is also a Hindi function word
(जो-, के-, -का). When the whole word spells, letter for letter, a given name or surname of the
32,000 Latin-script names of many origins (``data/name_class_latin.tsv`` through
:func:`audit.rules.name_data.foreign_name_similarity`: Joana, Canan, Yamada, Tanaka), it is that
name written out, not two words that lost their space; a real glue of two Hindi words spells no
name (संधिरूसी, सरकारजल्द, अदालतके), and a near match (करनेऔर ~ Karner) is chance.

:func:`written_solid` is the one test HI402 calls on a word it would split.
"""

from __future__ import annotations

from audit.rules.name_data import foreign_name_similarity

#: how closely the word must spell the listed name: exactly
EXACT = 1.0


def written_solid(word: str) -> bool:
    """Whether ``word`` spells a listed foreign name exactly (जोआना: Joana)."""
    return foreign_name_similarity(word) >= EXACT
