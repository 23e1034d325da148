"""Person words: the role nouns that introduce a name (HI104's frames read them before a name).

A word names a person when it is a listed descriptor, title or honorific; a Hindi word (or loan)
whose first dictionary sense is a WordNet person noun (धावक → runner, स्केटर → skater); an agent
noun by its Hindi suffix (मुक्केबाज़, पियानोवादक, तीरंदाज़); or a Sanskrit prefix before a listed one
(उपराष्ट्रपति, उपकप्तान). :func:`agent_loan` reads English role nouns borrowed as they are spoken
(स्कीयर, सर्फ़र, साइक्लिस्ट), more loosely, for the word right before a given name no list holds.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual import concrete
from audit.lang.bilingual import english as E
from audit.rules.name_class import (
    DESCRIPTORS,
    HINDI_TITLES,
    HONORIFICS,
    LOAN_SIM,
    PREFIXES,
    native_word,
)
from audit.rules.name_data import FUNCTION_WORDS, stem_keys
from audit.rules.names import lexicon, norm, spelling_key

#: Hindi suffixes of agent nouns (person words the dictionary often lacks): मुक्केबाज़, निशानेबाज़,
#: पियानोवादक, पर्वतारोही, कार्यकर्ता, तीरंदाज़, गोलंदाज़ (not -कार: सरकार, प्रकार, पुरस्कार)
AGENT_SUFFIXES = tuple(norm(w) for w in ("बाज़", "बाज", "वादक", "रोही", "कर्ता", "शास्त्री", "विद्", "ंदाज़"))
#: English agent-noun endings a loan role noun keeps (skier, jumper, surfer, cyclist, biathlete)
#: and the Devanagari endings that write them (-र, -स्ट, -ट)
LOAN_AGENT_ENDINGS = ("er", "or", "ist", "ete")
LOAN_AGENT_HINDI = tuple(norm(w) for w in ("र", "स्ट", "ट"))
#: an agent loan's English look-alike may be this loose (स्कीयर: skier 0.73, सर्फ़र: surfer 0.67,
#: साइक्लिस्ट: cyclist 0.57): the ending and WordNet's person sense carry the rest
LOAN_AGENT_SIM = 0.55
#: WordNet's lexicographer file of person nouns (noun.person)
PERSON_FILE = "18"


def named_person(key: str) -> bool:
    """A listed person word: a descriptor, title or honorific."""
    return key in DESCRIPTORS or key in HONORIFICS or key in HINDI_TITLES or key in lexicon().titles


@lru_cache(maxsize=65536)
def person_word(key: str) -> bool:
    """A word that names a person: a descriptor, title or honorific, or a Hindi word (or loan)
    whose first English sense is a person noun in WordNet (धावक → runner, लेखिका → writer,
    स्केटर → skater), or a Sanskrit prefix before a listed one (उपराष्ट्रपति, उपकप्तान)."""
    if named_person(key):
        return True
    if key in FUNCTION_WORDS or len(key) < 2:
        return False
    if len(key) >= 5 and any(key.endswith(s) and len(key) - len(s) >= 2 for s in AGENT_SUFFIXES):
        return True  # an agent noun by its suffix (मुक्केबाज़, पियानोवादक, पर्वतारोही, तीरंदाज़)
    d = engdict.dictionary()
    for k in stem_keys(spelling_key(key)):
        senses = [s for s in d.translates_as_word(k) if s.pos.startswith("N")]
        if senses:
            return concrete.is_person(min(senses, key=lambda s: s.rank).english)
    looks = res.english_lookalikes(key, min_key_len=2)
    if any(sim >= LOAN_SIM and concrete.is_person(en) for en, _z, sim in looks[:1]):
        return True
    return _prefixed_person(key)


@lru_cache(maxsize=65536)
def agent_loan(key: str) -> bool:
    """A role noun borrowed from English that :func:`person_word` reads too strictly (स्कीयर,
    सर्फ़र, साइक्लिस्ट, स्की जंपर's जंपर): a word no dictionary translates (सुंदर is no *sender*),
    spelled with the Devanagari of an English agent ending, whose closest look-alike has that
    ending and a person as its most frequent WordNet sense (not *computer*, *poster*). Loose
    (बटर reads *batter*): for the word right before a given name no list holds."""
    if len(key) < 3 or not key.endswith(LOAN_AGENT_HINDI) or native_word(key) is not None:
        return False
    looks = res.english_lookalikes(key, min_key_len=2)
    if not looks:
        return False
    en, _z, sim = looks[0]
    return sim >= LOAN_AGENT_SIM and en.endswith(LOAN_AGENT_ENDINGS) and person_first(en)


@lru_cache(maxsize=8192)
def person_first(english: str) -> bool:
    """The most frequent WordNet sense of the noun ``english`` (any inflection: officials) names a
    person (skier, surfer; not fox, whose person sense comes late)."""
    for lemma in E.lemmas(english.lower()):
        files = wordnet.sense_files("noun", lemma)
        if files:
            return files[0] == PERSON_FILE
    return False


def _prefixed_person(key: str) -> bool:
    """A Sanskrit prefix before a listed person word (उपराष्ट्रपति, सहनिदेशक, उपकप्तान)."""
    return any(key.startswith(p) and len(key) - len(p) >= 3 and named_person(key[len(p) :]) for p in PREFIXES)
