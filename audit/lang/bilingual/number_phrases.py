"""Multiword expressions with a number word inside that count nothing: *forty winks*, *cloud
nine*, *dressed to the nines*, *all fours*, *second to none*, *six figure*.

Read at run time from WordNet's multiword lemmas (every part of speech) and FreeDict's multiword
headwords (GPL: read in place, nothing written anywhere), on the first call only. An expression
whose words besides its numbers are all units of measure, or whose WordNet synset is a quantity or
a time (*two weeks*, *ten percent*, *two dozen*), is a quantity and left out. HI501 does not
require a spelled-out count that sits inside one of them (:func:`in_number_expression`).
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E

#: words after which a number still counts (*two weeks*, *ten percent*, *two year old*)
UNITS = frozenset(
    """percent per cent dollar dollars bill bills pound pounds rupee rupees year years old week weeks
    day days hour hours minute minutes second seconds month months time times o'clock fold iron
    metre metres meter meters mile miles kilometre kilometres foot feet inch inches dozen cents
    pence""".split()
)
#: the words a phrase is looked up by: the number words and the ordinals HI501 counts (*second
#: nature*, *third degree*, *second thoughts*)
COUNTED = E.NUMBER_WORDS | frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
#: WordNet lexicographer files of quantities and times (noun.quantity 23, noun.time 28)
QUANTITY_LEXFILES = frozenset({"23", "28"})


def _words(expr: str) -> tuple[str, ...]:
    return tuple(w for w in expr.lower().replace("_", " ").replace("-", " ").split() if w)


def _is_quantity(words: tuple[str, ...], pos: str = "", offset: int = 0) -> bool:
    rest = [w for w in words if w not in COUNTED and w not in {"a", "an", "and", "the"}]
    if not rest or set(rest) <= UNITS:
        return True
    return pos == "noun" and wordnet.synset_at("noun", offset).lexfile in QUANTITY_LEXFILES


@lru_cache(maxsize=1)
def number_expressions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Count word → the expressions (word tuples, lower case) that hold it and count nothing."""
    found: set[tuple[str, ...]] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for lemma, offsets in (wordnet.index(pos) or {}).items():
            if "_" not in lemma:
                continue
            words = _words(lemma)
            if COUNTED.isdisjoint(words) or words[0] == "score" or _is_quantity(words, pos, offsets[0]):
                continue
            found.add(words)
    if engdict.available():
        for head in engdict.dictionary().senses:
            if " " in head:
                words = _words(head)
                if not COUNTED.isdisjoint(words) and not _is_quantity(words):
                    found.add(words)
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in found:
        for w in set(words) & COUNTED:
            out.setdefault(w, []).append(words)
    return {w: tuple(sorted(v)) for w, v in out.items()}


def in_number_expression(src: str, start: int, end: int) -> bool:
    """Whether the number word at ``src[start:end]`` is inside one of :func:`number_expressions`
    (each word in any inflection: *took forty winks*, *is on cloud nine*)."""
    toks = E.tokens(src)
    at = [i for i, (s, e, _) in enumerate(toks) if s >= start and e <= end]
    if not at:
        return False
    forms = [set(E.lemmas(t)) for _, _, t in toks]
    table = number_expressions()
    for i in at:
        for expr in table.get(toks[i][2].lower(), ()):
            for p, w in enumerate(expr):
                if w != toks[i][2].lower():
                    continue
                first = i - p
                if first < 0 or first + len(expr) > len(toks):
                    continue
                if all(expr[k] in forms[first + k] for k in range(len(expr))):
                    return True
    return False
