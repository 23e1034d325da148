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
from audit.lang.bilingual import english as E

#: WordNet lexicographer files of physical things: 05 animal, 06 artifact, 08 body, 13 food,
#: 17 object, 20 plant, 27 substance
CONCRETE_FILES = frozenset({"05", "06", "08", "13", "17", "20", "27"})
SENSES = 2  # how many of a noun's most frequent senses are looked at


@lru_cache(maxsize=1)
def _wordnet() -> dict[str, bool] | None:
    """Noun → concrete, from WordNet's index.noun and data.noun (None without WordNet)."""
    from audit.lang.engdict import WORDNET_DIR

    index, data = WORDNET_DIR / "index.noun", WORDNET_DIR / "data.noun"
    if not (index.is_file() and data.is_file()):
        return None
    files: dict[str, str] = {}
    with data.open("rb") as fh:
        for raw in fh:
            if raw[:1] != b" ":
                head = raw.split(b" ", 2)
                files[head[0].decode()] = head[1].decode()
    out: dict[str, bool] = {}
    for line in index.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        n_synsets = int(parts[2])
        offsets = parts[-n_synsets:][:SENSES]
        out[parts[0]] = any(files.get(o) in CONCRETE_FILES for o in offsets)
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
    wn = _wordnet()
    for lemma in E.lemmas(word):
        if wn is not None and wn.get(lemma):
            return True
        if wn is None and lemma in _glossary_nouns():
            return True
    return False


@lru_cache(maxsize=4)
def _nouns_in(lexfile: bytes) -> frozenset[str]:
    """Nouns one of whose two most frequent WordNet senses is in the lexicographer file
    (b"18" noun.person, b"15" noun.location); empty without WordNet."""
    from audit.lang.engdict import WORDNET_DIR

    index, data = WORDNET_DIR / "index.noun", WORDNET_DIR / "data.noun"
    if not (index.is_file() and data.is_file()):
        return frozenset()
    offsets: set[str] = set()
    with data.open("rb") as fh:
        for raw in fh:
            if raw[:1] != b" ":
                head = raw.split(b" ", 2)
                if head[1] == lexfile:
                    offsets.add(head[0].decode())
    out = set()
    for line in index.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        if any(o in offsets for o in parts[-int(parts[2]) :][:SENSES]):
            out.add(parts[0])
    return frozenset(out)


@lru_cache(maxsize=8192)
def is_person(word: str) -> bool:
    """Whether the English noun (any inflection) names a person (friends, rebels, the injured)."""
    if word.lower() in {"him", "her", "them", "us", "me"}:
        return True
    return any(lemma in _nouns_in(b"18") for lemma in E.lemmas(word))


@lru_cache(maxsize=8192)
def is_place(word: str) -> bool:
    """Whether the English noun (any inflection) names a place (city, country, region)."""
    return any(lemma in _nouns_in(b"15") for lemma in E.lemmas(word))
