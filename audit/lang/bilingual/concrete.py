"""Concrete English nouns: things one can touch, eat or stand in (a pot, a pond, bread, water).

An idiom whose words are followed by a place or thing of this kind is meant literally (*broke
the ice on the frozen pond*, *turned the tables in the dining room*). A noun is concrete when
one of its two most frequent WordNet senses is an artifact, object, animal, body part, food,
plant or substance (WordNet's lexicographer files, read at run time from Debian ``wordnet`` —
BSD-style licence, see audit/data/WORDNET_LICENSE); without WordNet the nouns of the project's
idiom glossary (``audit/data/idiom_glossary.tsv``: household objects, animals, body parts)
stand in.
"""

from __future__ import annotations

from functools import lru_cache

from audit.core.data import data_text
from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.frequency import zipf_hi

#: WordNet lexicographer files of physical things: 05 animal, 06 artifact, 08 body, 13 food,
#: 17 object, 20 plant, 27 substance
CONCRETE_FILES = frozenset({"05", "06", "08", "13", "17", "20", "27"})
#: WordNet's noun file of animals (05): a concrete file the rules also ask of alone
ANIMAL_FILE = "05"
#: WordNet's noun file of groups (14: people, the airline, the public)
GROUP_FILE = "14"
SENSES = 2  # how many of a noun's most frequent senses are looked at


#: the classes read from WordNet: lexicographer files of a noun's first senses (05 animal, …, 18
#: noun.person, 15 noun.location)
_CLASSES = {
    "concrete": CONCRETE_FILES,
    "person": frozenset({"18"}),
    "place": frozenset({"15"}),
    "body": frozenset({"08"}),
}


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]] | None:
    """Nouns one of whose :data:`SENSES` most frequent WordNet senses is in each class's
    lexicographer files (None without WordNet). One pass over WordNet's 15 MB ``data.noun`` and its
    index, done once per machine and kept as a derived table keyed on the two files
    (:mod:`audit.core.derived`; a later process reads it in milliseconds, where the three passes of
    each run cost about a second)."""
    from audit.core.derived import derived, fingerprint

    index, data = wordnet.WORDNET_DIR / "index.noun", wordnet.WORDNET_DIR / "data.noun"
    if not (index.is_file() and data.is_file()):
        return None
    raw = derived("wordnet-noun-classes-2", fingerprint(str(index), str(data)), _read_classes)
    return {name: frozenset(words) for name, words in raw.items()}


def _read_classes() -> dict[str, list[str]]:
    index = wordnet.index("noun") or {}
    files = wordnet.lexfiles("noun")
    out: dict[str, list[str]] = {name: [] for name in _CLASSES}
    for noun, offsets in index.items():
        lexfiles = {files.get(o) for o in offsets[:SENSES]}
        for name, wanted in _CLASSES.items():
            if not lexfiles.isdisjoint(wanted):
                out[name].append(noun)
    return out


@lru_cache(maxsize=1)
def _glossary_nouns() -> frozenset[str]:
    """The nouns of ``audit/data/idiom_glossary.tsv`` (English, part of speech, Hindi)."""
    out = set()
    for line in data_text("idiom_glossary.tsv").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) == 3 and parts[1].strip() == "n":
            out.add(parts[0].strip().lower())
    return frozenset(out)


@lru_cache(maxsize=8192)
def is_concrete(word: str) -> bool:
    """Whether the English noun (any inflection) names a physical thing."""
    classes = _classes()
    for lemma in E.lemmas(word):
        if classes is not None and lemma in classes["concrete"]:
            return True
        if classes is None and lemma in _glossary_nouns():
            return True
    return False


def image_thing(word: str) -> bool:
    """Whether the English noun names a physical thing that is no part of the body: an idiom's
    image word of this kind (*spade*, *bar*, *molehill*) rendered as its plain Hindi is a calque by
    itself, where a body part (हाथ, पैर, आंख) is in Hindi's own idioms too."""
    return is_concrete(word) and not any(lemma in _nouns_in("body") for lemma in E.lemmas(word))


#: how rare (wordfreq Zipf) the Hindi of an idiom's lone rendered image word must be
ONE_ZIPF = 4.0


def lone_image(word: str, hindi: list[str]) -> bool:
    """Whether an idiom's image ``word``, the only one the MT renders, rendered as the Hindi words
    ``hindi``, is a calque by itself: a thing that is no body part (:func:`image_thing`) in a
    rare Hindi word (कुदाल for *spade*, छड़ for *bar*; not बारिश or तार: a common thing is as
    likely the sentence's own)."""
    return image_thing(word) and max(zipf_hi(h) for h in hindi) < ONE_ZIPF


def _nouns_in(name: str) -> frozenset[str]:
    """The nouns of a class of :data:`_CLASSES` (``person``, ``place``); empty without WordNet."""
    classes = _classes()
    return classes[name] if classes is not None else frozenset()


@lru_cache(maxsize=8192)
def is_person(word: str) -> bool:
    """Whether the English noun (any inflection) names a person (friends, rebels, the injured)."""
    if word.lower() in {"him", "her", "them", "us", "me"}:
        return True
    return any(lemma in _nouns_in("person") for lemma in E.lemmas(word))


@lru_cache(maxsize=8192)
def is_place(word: str) -> bool:
    """Whether the English noun (any inflection) names a place (city, country, region)."""
    return any(lemma in _nouns_in("place") for lemma in E.lemmas(word))


#: the kinds of scene WordNet's noun files make (by a noun's most frequent sense): made things and
#: materials (06 artifact, 27 substance: a mould and an idol, glass and a vase), food (13), the land
#: (15 location, 17 natural object: a pond and its bank, a bay and a depression), the weather (19
#: phenomenon), plants (20), animals (05); people, bodies, groups and abstractions make none
SCENE_KIND = {6: 6, 27: 6, 13: 13, 15: 15, 17: 15, 19: 19, 20: 20, 5: 5}


#: WordNet noun files of things and places: :data:`CONCRETE_FILES` and 15 noun.location
THING_FILES = CONCRETE_FILES | {"15"}


def names_thing(words: tuple[str, ...]) -> bool:
    """Whether the multiword noun ``words`` names a physical thing or a place in one of its
    WordNet senses (*piece of ground* a location, *walking stick* an artifact, *red herring* a
    food): its literal Hindi (ज़मीन का टुकड़ा) is plain Hindi for that thing, not a calque."""
    index = wordnet.index("noun") or {}
    offsets = index.get("_".join(words), ())
    if not offsets:
        return False
    files = wordnet.lexfiles("noun")
    return any(files.get(o) in THING_FILES for o in offsets)


def commonest_file(word: str) -> str | None:
    """The lexicographer file of the English noun's commonest WordNet sense (any inflection; None
    when WordNet lists no noun of it)."""
    for lemma in E.lemmas(word):
        files = wordnet.sense_files("noun", lemma)
        if files:
            return files[0]
    return None
