"""Foreign names written solid that HI402 reads as two glued Hindi words (जोआना as जो + आना,
तनाका as तना + का).

A transliterated name often starts or ends with a syllable that is also a Hindi function word
(जो-, के-, -का). When the whole word spells, letter for letter, a given name or surname of the
32,000 Latin-script names of many origins (``data/name_class_latin.tsv`` through
:func:`audit.rules.name_data.foreign_name_similarity`: Joana, Canan, Yamada, Tanaka), it is that
name written out, not two words that lost their space; a real glue of two Hindi words spells no
name (संधिरूसी, सरकारजल्द, अदालतके), and a near match (करनेऔर ~ Karner) is chance.

An Indian name is written solid too (रमेशबाबू, भजनलाल, रामप्रसाद): two halves, neither a function
word, one a listed Indian given name (``data/name_class_indian.tsv``), are :func:`indian_name_solid`;
a given name before a case marker (विजयके) is a glue.

:func:`written_solid` is the test HI402 calls on a word it would split; :func:`impossible_split`
the one it calls on the split with the words around it: a case marker where Hindi grammar has
none (opening the sentence, after or before another case marker: केइको दस …, की सेलगी, हाइके ने)
says the word is a name written solid, whatever list it is missing from.
"""

from __future__ import annotations

from audit.rules.name_data import foreign_name_similarity, indian_name
from audit.rules.names import norm

#: how closely the word must spell the listed name: exactly
EXACT = 1.0


def written_solid(word: str) -> bool:
    """Whether ``word`` spells a listed foreign name exactly (जोआना: Joana)."""
    return foreign_name_similarity(word) >= EXACT


def indian_name_solid(left: str, right: str, function_words: frozenset[str]) -> bool:
    """Whether ``left`` + ``right`` is an Indian name written solid (रमेश + बाबू, भजन + लाल): one half
    a listed Indian given name, neither half a function word (``function_words``)."""
    if left in function_words or right in function_words:
        return False
    return indian_name(norm(left), "given") or indian_name(norm(right), "given")


#: the case markers that close a noun phrase: each follows a noun, never another case marker
#: (की से, के ने are no Hindi), and none opens a sentence
CLOSING_MARKERS = frozenset("का की के को ने से".split())
#: what may not follow a closing marker directly: another case marker (में and पर too: के में)
MARKERS_AFTER = CLOSING_MARKERS | frozenset({"में", "पर"})


def impossible_split(left: str, right: str, before: str | None, after: str | None) -> bool:
    """Whether reading a word as ``left`` + ``right`` puts a case marker where Hindi grammar has
    none, given the words ``before`` and ``after`` it in the clause (None: none there): the left
    half a case marker opening the sentence or right after another case marker (केइको दस साल बाद:
    *के इको*; रेड वेलवेट की सेलगी: *की से लगी*), or the right half a case marker right before
    another (हाइके ने: *हाइ के ने*). A name written solid, not two words glued (अदालतके फ़ैसले stays
    *अदालत के*)."""
    if left in CLOSING_MARKERS and (before is None or before in CLOSING_MARKERS):
        return True
    return right in CLOSING_MARKERS and after in MARKERS_AFTER
