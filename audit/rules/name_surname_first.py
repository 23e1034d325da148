"""HI104's surname-first slot: an East Asian surname, then a Hindi word where its given name belongs.

Chinese, Korean and Vietnamese names put the surname first (Li Ming, Park Ba-da, Wang Fang). After
a person word (a descriptor, a title, any Hindi word whose English is a person noun) and a surname
of the names gazetteer (ली, वांग, पार्क, झाओ), the next word is the given name; when it is a Hindi
word of the dictionary and a case marker closes the name, MT translated the given name: बैडमिंटन
स्टार ली उजाला ने (Li Ming: bright), इंजीनियर वांग सुगंधा ने (Wang Fang: fragrance), तीरंदाज़ पार्क
समंदर ने (Park Ba-da: sea). The gazetteer, the dictionary and WordNet's person nouns cover names
and words no list of cases holds.

Silent: a given name of the shape of one romanised syllable (लिन दान, ली ना: the syllable as likely
transliterated as translated), a word that spells a listed name (the name written out), a
person word (ली कप्तान ने), and the weak gazetteer entries that are Hindi words themselves (मा).
"""

from __future__ import annotations

from audit.lang import resources as res
from audit.rules import name_data
from audit.rules.name_class import (
    CASE_MARKERS,
    LOAN_SIM,
    Hit,
    dictionary_word_key,
    is_given,
    native_word,
)
from audit.rules.name_data import FUNCTION_WORDS, romanised_syllable
from audit.rules.name_frames import person_word
from audit.rules.names import Unit, key_zipf, lexicon, norm, unit_keys, units

#: a word that spells a listed foreign name this closely is that name written out
NAME_SPELLING_SIM = 0.85
#: a word of Hindi text this common is a Hindi word, whether the dictionary has it or not
COMMON_HINDI_ZIPF = 3.0
#: agent-noun endings as unit keys write them (तीरंदाज़ → तीरंदाज, निशानेबाज़ → निशानेबाज)
AGENT_ENDINGS = (norm("दाज"), norm("बाज"))


def find_surname_first_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Translated given names after an East Asian surname in ``text`` (NFC); ``taken``: unit
    indices already reported."""
    gaz, weak = lexicon().gazetteer, lexicon().weak
    if gaz.isdisjoint(unit_keys(text)):
        return []  # no surname of the gazetteer: most segments
    us = list(units(text))
    hits: list[Hit] = []
    for i in range(2, len(us) - 1):
        u, surname, person, marker = us[i], us[i - 1], us[i - 2], us[i + 1]
        if i in taken or not (u.joined_before and surname.joined_before and person.joined_before):
            continue
        if not marker.joined_before or marker.key not in CASE_MARKERS:
            continue
        if len(surname.parts) != 1 or surname.key not in gaz or surname.key in weak:
            continue
        if not romanised_syllable(surname.key):
            continue  # the gazetteer's other names (सामंथा, डेनियल) come first in their own order
        english = _given_word(u)
        if english is None or not (person_word(person.key) or person.key.endswith(AGENT_ENDINGS)):
            continue
        hits.append(Hit(i - 1, i + 1, i, english))
    return hits


def _given_word(u: Unit) -> str | None:
    """The English of ``u`` when it is a Hindi word of the dictionary in a given name's place: no
    syllable-shaped word, name, gazetteer syllable or person word."""
    if len(u.parts) != 1 or len(u.key) < 3 or u.key in FUNCTION_WORDS or romanised_syllable(u.key):
        return None
    if u.key in lexicon().gazetteer or is_given(u) or person_word(u.key):
        return None
    if name_data.foreign_name_similarity(u.key) >= NAME_SPELLING_SIM:
        return None
    native = native_word(u.key)
    if native is not None:
        return native[0]
    english = dictionary_word_key(u.key)
    if english is not None:
        return english
    # a common word of Hindi text the dictionary lacks (उजाला, समंदर), no Indian given name
    if (
        key_zipf(u.key) >= COMMON_HINDI_ZIPF
        and not name_data.indian_name(u.key, "given")
        and not name_data.is_loan(u.key)
        and not any(sim >= LOAN_SIM for _en, _z, sim in res.english_lookalikes(u.key, min_key_len=2)[:1])
    ):
        return ""
    return None
