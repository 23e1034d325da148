"""Hindi nouns of kinds that are no surname reading after a given name (HI104's frames).

HI104's frames take any noun of the dictionary in a surname's place, since any English word can
be a surname (Banks, Swift, Sugar). Some kinds of noun stand after a given name in ordinary Hindi
as often as a name part would, and are rarely a name part unless the name lists hold them:

* a place or a body of people — a city, a district, a village, a university (याएल शहर ने आगरा की
  यात्रा की, मार्गरेट नगर पालिका पहुँचीं): WordNet's noun.location and noun.group;
* an activity (व्हेल्स तैराकी टीम, एमिली खेती सीख रही थीं): noun.act, and a Hindi verbal noun in -आई
  of a verb of the dictionary (बुनाई of बुनना, चढ़ाई of चढ़ना);
* a quantity or a time (a number before its noun; ग्रेटा रात को): noun.quantity,
  noun.time and the frames' time words.

The kind is read from the lexicographer file of the first WordNet sense of each first-ranked
English the dictionary gives for the word (WordNet and FreeDict at run time, so words no list
names are covered). A word any of whose English is a listed name part — ``data/name_class_words.tsv``
or the name glossary: Field (मैदान), Church (गिरजाघर), Day (दिन), Winter, Hunt (शिकार) — keeps its
surname reading and stays in the frames.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.rules import name_data
from audit.rules.name_frames import TIME_WORDS
from audit.rules.names import norm, spelling_key
from audit.rules.title_words import place_rows

#: WordNet noun files of places and bodies of people, no surname reading anywhere: 14 group,
#: 15 location
PLACE_FILES = frozenset({"14", "15"})
#: … of activities, quantities and times (04 act, 23 quantity, 28 time): no surname reading
#: unless a case marker binds the pair into one noun phrase (क्रिस्टोफ़ शुक्रवार ने, गेरगेली
#: चुंबन ने: an activity or a day takes no ने; दोपहर को, खेती करने लगीं are the clause's own)
ACT_FILES = frozenset({"04", "23", "28"})
#: the ending of Hindi verbal nouns (सिलाई, बुनाई, पढ़ाई, लड़ाई)
VERBAL_NOUN_ENDING = norm("ाई")
#: markers after which the given name and the noun are one noun phrase: a name
BINDING_MARKERS = frozenset(norm(w) for w in ("ने", "का", "की", "के"))


def kind_noun(key: str, prev_word: str | None, next_key: str | None) -> bool:
    """Whether the Hindi word ``key`` (a unit key) between the word ``prev_word`` (as written) and
    the unit ``next_key`` is a place or group noun, or (not before ने/का/की/के) an activity,
    quantity or time noun, with no listed name part among its English (see the module doc). After
    a place's spelling a place or group noun is that place's name half translated (ब्रुकलिन जाल
    for Brooklyn Nets): no excuse there."""
    kind = _kind(key)
    if kind == "place":
        return prev_word is None or prev_word not in _place_spellings()
    return kind == "act" and next_key not in BINDING_MARKERS


@lru_cache(maxsize=1)
def _place_spellings() -> frozenset[str]:
    """The one-word Devanagari spellings of the place table (``data/place_names_hi.tsv``)."""
    return frozenset(h for _en, hindi in place_rows() for h in hindi if " " not in h)


@lru_cache(maxsize=65536)
def _kind(key: str) -> str | None:
    if key in TIME_WORDS:
        # the frames' nouns of time (दोपहर, whose first English is *meridian*), listed names too
        # (रात: Night): before ने or a genitive they are still read as a name (डोरिस दिन ने)
        return "act"
    if not engdict.available() or name_data.glossary_word(key) is not None:
        return None
    d = engdict.dictionary()
    names, gloss = name_data.name_words(), name_data.glossary()
    senses = [
        s
        for k in name_data.stem_keys(spelling_key(key))
        for s in d.translates_as_word(k)
        if s.rank <= name_data.MAX_RANK
    ]
    if any(s.english in names or s.english in gloss for s in senses):
        return None  # a listed name part (मैदान: Field, दिन: Day)
    if senses:
        best = min(senses, key=lambda s: (s.rank, res.english_rank(s.english)))
        files = (
            wordnet.sense_files("noun", best.english.replace(" ", "_")) if best.pos.startswith("N") else []
        )
        if files and files[0] in PLACE_FILES:
            return "place"
        if files and files[0] in ACT_FILES:
            return "act"
    return "act" if _verbal_noun(key) else None


def _verbal_noun(key: str) -> bool:
    """A verbal noun in -आई whose stem + ना is a verb of the dictionary (सिलाई, बुनाई, पढ़ाई)."""
    if not key.endswith(VERBAL_NOUN_ENDING) or len(key) < 4:
        return False
    verb = spelling_key(key[: -len(VERBAL_NOUN_ENDING)] + norm("ना"))
    return engdict.translated_as(verb, "V")
