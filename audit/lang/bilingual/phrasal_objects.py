"""The source side of English phrasal verbs: particles, the noun phrase after a particle and what
its head names (HI512 with the source, :mod:`audit.lang.bilingual.phrasal`).

A word after a determiner or a number is a noun (*the talks*, *two sides*), and so is an uninflected
word after a determiner and a noun that names no person or group (*the tin roof*; the minister *hit*
back, many people *look* down on: the person or group is the verb's subject). The head of a noun
phrase is its last content word before a preposition, a particle or punctuation (*bus fares*). A
thing or a person after a phrasal verb makes it a movement (brought *the boxes* up, came up *with his
friends*); the object of a verb that is no verb of motion is read in its commonest WordNet sense
(*bumped up the rent*: a payment before a tear). WordNet's lexicographer files:
:mod:`audit.lang.bilingual.concrete`.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import (
    CONCRETE_FILES,
    GROUP_FILE,
    commonest_file,
    is_concrete,
    is_person,
    is_place,
)
from audit.lang.bilingual.hindi import fold
from audit.lang.bilingual.particles import data, particles

#: prepositions that end a noun phrase (E.is_content counts them as content words)
_PREPOSITIONS = frozenset(
    "within during after before since until till near despite without among amid against between "
    "behind beside beyond inside outside along across toward towards upon via per".split()
)


def head_after(toks: list[tuple[int, int, str]], j: int, src: str) -> tuple[str, int]:
    """The head noun of the noun phrase starting at token ``j`` (determiners, possessives and
    modifiers skipped; punctuation ends it) and the index past it."""
    head, k = "", j
    while k < len(toks) and k < j + 5:
        if k > j and src[toks[k - 1][1] : toks[k][0]].strip():
            break
        low = toks[k][2].lower()
        if low in E.DETERMINERS or low.endswith(("'s", "’s")):
            k += 1
            continue
        if not E.is_content(low) or is_particle(low) or low in _PREPOSITIONS:
            break  # a preposition ends the phrase (ran into trouble *within* weeks)
        head = low
        k += 1
    return head, k


_NUMBERS = frozenset("one two three four five six seven eight nine ten both many several few".split())


@lru_cache(maxsize=1)
def _irregular_verbs() -> frozenset[str]:
    """Irregular verb forms of WordNet's verb.exc (blew, threw, fell)."""
    return frozenset(wordnet.exceptions("verb"))


def noun_reading(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` reads as a noun: after a determiner, possessive or number (the
    talks, his socks, two sides), or after one and an uninflected word that names no person (a
    minor row, the tin roof; not the minister *hit* back: a person is the verb's subject)."""

    def det(k: int) -> bool:
        w = toks[k][2].lower() if k >= 0 else ""
        return w in E.DETERMINERS or w in _NUMBERS or w.endswith(("'s", "’s"))

    if det(i - 1):
        return True
    low = toks[i][2].lower()
    inflected = low.endswith(("ed", "ing")) or low in _irregular_verbs()  # blew, threw, fell
    before = toks[i - 1][2].lower()
    return det(i - 2) and not inflected and not (is_person(before) or _group(before))


def _group(word: str) -> bool:
    """Whether the noun's commonest WordNet sense is a group (people, the airline, the public): a
    subject as a person is (many people *look* down on, the airline *let* down)."""
    return commonest_file(word) == GROUP_FILE


#: prepositions of a destination or an origin (ran out *of* the house, came *to* the city)
DIRECTIONAL = frozenset("of to from into onto across over through".split())


def moves_to(prep: str, head: str) -> bool:
    """Whether a phrase after the particle makes it a movement: a thing or a place it goes to or
    comes from (out *of the house*, up *to the roof*), a thing it stands on (*on the table*), a
    person it goes with (up *with his friends*)."""
    if not head:
        return False
    if prep == "with":
        return is_person(head)
    if prep in DIRECTIONAL:
        return is_concrete(head) or is_place(head) or is_person(head)
    return is_concrete(head)


@lru_cache(maxsize=1)
def all_particles() -> dict[str, tuple[str, ...]]:
    """:func:`particles` and the ``listed_particles`` (in, across, off) of phrasal verbs WordNet
    lists, folded."""
    listed = {p: tuple(fold(h) for h in hs) for p, hs in data()["listed_particles"].items()}
    return {**particles(), **listed}


def is_particle(word: str) -> bool:
    return word in all_particles()


def is_thing(word: str, commonest: bool = False) -> bool:
    """A physical thing or a person: a phrasal verb with it moves something in space
    (``commonest``: a thing in the noun's commonest sense — the object of a verb that is no verb
    of motion is read in it)."""
    if word in {"themselves", "himself", "herself", "itself", "ourselves"}:
        return True
    thing = is_concrete(word) and (not commonest or _first_concrete(word))
    return bool(word) and (thing or is_person(word) or is_place(word))


def _first_concrete(word: str) -> bool:
    """Whether the noun's commonest WordNet sense is a physical thing (a rent is a payment before
    it is a tear, a quarrel a dispute before it is a bolt): the sense an object is read in; True
    for a word WordNet does not list as a noun."""
    first = commonest_file(word)
    return first is None or first in CONCRETE_FILES
