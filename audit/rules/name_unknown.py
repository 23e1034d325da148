"""HI104's introduced-name frame: a person word, a given name no list holds, and a Hindi word.

The other name frames need a given name they can recognise — a listed spelling, or a word that
spells one of Faker's names. Names of many origins are in no list (लेराटो, चैयापोर्न, मेलिस,
मोहसेन), and round 17's Hindi-only misses were mostly those. What still marks the slot is the
grammar around it: a person word (a role noun — धावक, कोच, अभिनेत्री, बल्लेबाज़, or a role noun borrowed
from English that the dictionary lacks: स्कीयर, सर्फ़र, साइक्लिस्ट, :func:`~audit.rules.name_roles.agent_loan`) and right after it
a word that Hindi text never writes (wordfreq knows neither its spelling nor its key), that no
dictionary translates and that is no Indian name, is a foreign name's first word. A common noun
or adjective of the dictionary right after it, closed by ने or को or a conjunction, stands where
the surname belongs (वॉलीबॉल खिलाड़ी मेलिस तड़ित और …, ब्राज़ीली कोच पाउलो चूज़ा को): the
person takes ने as one name, and a bare given name takes no noun before ने.

A hyphenated compound there is HI105's (:mod:`audit.rules.name_hyphen`).

Silent:

* a genitive after the word: name and noun are often a name and its object there (इंस्पेक्टर
  योनास बंदरगाह का निरीक्षण करने गए);
* a listed given name before the unknown word (फ़्लैंकर सैम अंडरहिल टखने की …): the unknown word
  is the surname and the noun follows a full name;
* a word of the shape of one romanised East Asian syllable (सोमबत नोक, थेरेसा मे): as often the
  surname transliterated as translated;
* a word that spells a listed name or name word (गैरेथ बेल; सारी for the Indonesian Sari), an
  Indian name (सरिता मोर), and a place, group, activity or time noun
  (:mod:`audit.rules.name_kinds`, applied by the caller).
"""

from __future__ import annotations

from audit.lang import engdict
from audit.rules import name_data
from audit.rules.name_class import Hit
from audit.rules.name_frames import (
    CLOSERS,
    ERGATIVE_MARKER,
    OBJECT_MARKER,
    frame_word,
    is_clear_given,
    name_starts,
    person_word,
    spells_name_word,
)
from audit.rules.name_roles import agent_loan
from audit.rules.names import Unit, key_zipf, units

#: what may close the frame: ने, को, or a conjunction/determiner opening the next phrase
_CLOSING = CLOSERS | {ERGATIVE_MARKER, OBJECT_MARKER}
#: a Hindi word that spells a listed foreign name this closely is that name written out
SPELT_NAME_SIM = 0.95
#: an unlisted given name must be this long to count as a name unknown to Hindi (ब्राम, मैड्स)
UNKNOWN_GIVEN_MIN_LEN = 3


def unknown_given(u: Unit) -> bool:
    """A word Hindi text never writes (wordfreq knows neither its spelling nor its key), no
    dictionary word and no Indian name: after a person word, a foreign given name no list holds."""
    if len(u.parts) != 1 or len(u.key) < UNKNOWN_GIVEN_MIN_LEN:
        return False
    if key_zipf(u.key) > 0 or key_zipf(u.surface) > 0:
        return False
    if name_data.indian_name(u.key, "given") or name_data.indian_name(u.key, "surname"):
        return False
    if name_data.indian_surname_shape(u.key):
        return False
    return not engdict.dictionary().translates_as_word(u.key)


def surname_slot_english(x: Unit) -> str | None:
    """The English of a Hindi word in the surname's place: a common noun or adjective of the
    dictionary, not a name written out (hyphenated compounds are HI105's)."""
    if len(x.parts) != 1 or name_data.romanised_syllable(x.key):
        return None
    if name_data.indian_name(x.key, "surname") or name_data.indian_name(x.key, "given"):
        return None
    if name_data.widespread_name(x.key) or spells_name_word(x.key):
        return None
    if name_data.foreign_name_similarity(x.key) >= SPELT_NAME_SIM:
        return None  # the surname written out (मुतियारा सारी: Sari), whatever Hindi word it also is
    return frame_word(x.key)


def find_unknown_given_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Hindi words in the surname's place after a person word and an unlisted foreign given name
    (see the module doc); ``taken``: unit indices already reported."""
    rare = name_starts(text)[1]  # the words rare enough for a name unknown to Hindi
    if not rare:
        return []
    us = units(text)
    given = name_data.given_names()
    hits: list[Hit] = []
    for g in sorted(rare):
        if g == 0 or g + 1 >= len(us) or g + 1 in taken:
            continue
        p, u, x = us[g - 1], us[g], us[g + 1]
        if not (u.joined_before and x.joined_before):
            continue
        nxt = us[g + 2] if g + 2 < len(us) and us[g + 2].joined_before else None
        if nxt is not None and nxt.key not in _CLOSING:
            continue
        if not unknown_given(u):
            continue
        if p.key in given or not (person_word(p.key) or agent_loan(p.key)) or is_clear_given(p):
            continue
        english = surname_slot_english(x)
        if english:
            hits.append(Hit(g, g + 2, g + 1, english))
    return hits
