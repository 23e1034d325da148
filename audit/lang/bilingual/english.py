"""English tokens and lemma candidates for matching sources against dictionaries and idioms.

Lemmas come from WordNet's exception lists (:func:`audit.lang.wordnet.exceptions`,
read at run time when present: threw → throw, geese → goose) and regular suffix rules (spilled → spill, beating →
beat, stopping → stop, parties → party). :func:`lemmas` returns every candidate; callers keep
the ones their dictionary knows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.function_words import ENGLISH_STOP_WORDS

TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")

STOP = ENGLISH_STOP_WORDS  # what it holds and why: audit/lang/function_words.py
#: number words: a phrase of them (ten thousand, two hundred) is a numeral, never an idiom
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion lakh crore dozen score""".split()
)


def is_numeral(words: tuple[str, ...]) -> bool:
    """Whether ``words`` are number words only (ten thousand, a hundred and one)."""
    return set(words) <= NUMBER_WORDS | {"and", "a"}


# Verbs too general to count as the image of an idiom (take part ≠ a calque of "take").
LIGHT_VERBS = frozenset("be have do make take give get go come put set let keep".split())
#: articles, demonstratives, possessives and quantifiers that open a noun phrase (read past them)
DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some all each every".split()
)


@lru_cache(maxsize=4)
def irregular(pos: str) -> dict[str, tuple[str, ...]]:
    """WordNet's exception list of ``pos`` (:func:`audit.lang.wordnet.exceptions`), read once."""
    return wordnet.exceptions(pos)


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for pos in ("verb", "noun", "adj"):
        for form, bases in irregular(pos).items():
            out.setdefault(form, []).extend(bases)
    return {k: tuple(v) for k, v in out.items()}


def irregular_lemmas(word: str) -> tuple[str, ...]:
    """The base forms WordNet's exception lists give for an irregular form (*sank* → sink, *wove*
    → weave, *geese* → goose); none for a regular one."""
    return _exceptions().get(word.lower(), ())


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> tuple[str, ...]:
    """The word (lower-cased) and its possible base forms, most likely first."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    out = [w]
    out += _exceptions().get(w, ())
    rules = (
        ("ies", "y"),
        ("ied", "y"),
        ("men", "man"),  # fishermen -> fisherman (WordNet's exception list lacks compounds)
        ("ves", "f"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("er", ""),
        ("est", ""),
    )
    for suf, rep in rules:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            base = w[: -len(suf)] + rep
            out.append(base)
            if (
                suf in ("ed", "ing", "er", "est")
                and len(base) >= 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                out.append(base[:-1])  # stopped -> stop, running -> run
    return tuple(dict.fromkeys(out))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of the English words of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def is_content(word: str) -> bool:
    return word.lower() not in STOP and len(word) > 1
