"""HI104's verb slot: a surname that is an English verb, translated as a Hindi infinitive.

Surnames are verbs too (Fry, Peel, Wake, Pierce, Hurt, Swing): MT writes the infinitive for them
(स्टीफ़न तलना ने, हैरियट छीलना ने, यूअन जागना विजयी गोल दागा). Hindi grammar tells the infinitive
in a name's place from the infinitive of a clause, for any verb of the dictionary:

* a postposition takes the oblique infinitive (तैरने से, जागने को, छीलने के लिए), never the
  direct one: a direct infinitive in -ना before ने/को/का/की/के/से/में/पर after a foreign given name
  is a name part;
* with no postposition, a bare given name is followed by an infinitive only as its object or
  complement, and then a verb follows (जॉन तैरना सीख रहे हैं, एलिस दौड़ना पसंद करती हैं): an
  infinitive after a given name with no verb in the next two words is a name part (यूअन जागना
  विजयी गोल दागा).

A word that is also a noun or adjective in the dictionary (खाना food, गाना song, सोना gold, रोना
cry) is left to the noun frames (:mod:`audit.rules.name_frames`); the given name must open a name
beyond doubt (:func:`audit.rules.name_frames._open_given`).
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict
from audit.rules.name_class import Hit, _units
from audit.rules.name_data import FUNCTION_WORDS
from audit.rules.name_frames import AUXILIARIES, CLOSERS, _light_verb, _open_given, _verbal
from audit.rules.names import Unit, norm

#: postpositions that take an oblique infinitive (जागने से), never the direct one (जागना से)
OBLIQUE_TAKERS = frozenset(norm(w) for w in ("ने", "को", "का", "की", "के", "से", "में", "पर", "तक"))
INFINITIVE = norm("ना")
#: an infinitive this short (ना, जाना, आना) is too often a light verb or a particle to read as a name
MIN_INFINITIVE_LEN = 4


@lru_cache(maxsize=65536)
def infinitive_english(key: str) -> str | None:
    """The English (first verb sense) of a direct infinitive that is only a verb in the dictionary
    (छीलना → scrape, तलना → fry); None for any other word and for infinitives that are also nouns
    or adjectives (खाना, गाना, सोना)."""
    if len(key) < MIN_INFINITIVE_LEN or not key.endswith(INFINITIVE) or key in FUNCTION_WORDS:
        return None
    senses = engdict.dictionary().translates_as_word(key)
    if not senses or any(not s.pos.startswith("V") for s in senses):
        return None
    return min(senses, key=lambda s: s.rank).english


def _blocks(u: Unit | None) -> bool:
    """A word after the infinitive that makes it a clause's object or complement."""
    return u is not None and (
        u.key in AUXILIARIES or u.key in CLOSERS or u.key in FUNCTION_WORDS or _verbal(u)
    )


def find_verb_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Direct infinitives in a surname's place after a foreign given name (see the module doc)."""
    us = list(_units(text))
    hits: list[Hit] = []

    def joined(i: int) -> Unit | None:
        return us[i] if 0 <= i < len(us) and us[i].joined_before else None

    for i in range(1, len(us)):
        x = us[i]
        if i in taken or not x.joined_before or len(x.parts) != 1:
            continue
        english = infinitive_english(x.key)
        if english is None or not _open_given(us, i - 1):
            continue
        nxt = joined(i + 1)
        if nxt is None:
            continue  # the clause ends: मारिया को तैरना (an object before the verb elsewhere)
        if nxt.key not in OBLIQUE_TAKERS:
            if _blocks(nxt) or _blocks(joined(i + 2)) or _light_verb(us, i + 2):
                continue  # जॉन तैरना सीख रहे हैं, एलिस दौड़ना पसंद करती हैं
        hits.append(Hit(i - 1, i + 1, i, english))
    return hits
