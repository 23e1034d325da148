"""Ordinary Hindi in the shape of a name calque: classes of clean phrases HI104 and HI105 read as a
name with a translated part.

The name rules look for a Hindi word in a name's slot (after a given name, inside a hyphenated
name). Hindi has its own phrases of the same shape, told apart by grammar, never by a list of the
words:

* **distributive** — a hyphenated pair of one word twice (अपना-अपना, अपने-अपने, एक-एक, घर-घर):
  Hindi's distributive or intensive reduplication, no name's two syllables;
* **plural compound** — a hyphenated compound whose last member is a plural oblique noun of
  people (मिल-मालिकों, जैतून-उत्पादकों ने: *mill owners*, *olive growers*): a plural never names
  one person, and a plural of people is the head of a Hindi compound; a surname rendered as a
  plural is a thing (छोटे-घरों for Casillas, सोने-के-पहाड़ों for Goldberg) and stays flagged;
* **noun compound** — a common Hindi noun (Zipf ≥ :data:`COMMON_ZIPF`, a headword of the
  dictionary's Hindi) before a plural oblique noun of people (वन रक्षकों, वन कर्मियों: *forest
  guards*): the first word modifies the second as in any Hindi compound; a surname rendered as
  a plural is a thing (जिम बैंकों, बिल फाटकों for Jim Banks, Bill Gates) and stays flagged.

:func:`ordinary` is the one test the rules call on a finding's span.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual.concrete import is_person
from audit.lang.frequency import zipf_hi

#: how common (wordfreq Zipf) the first word of a noun compound must be in Hindi text
COMMON_ZIPF = 4.5
#: plural oblique endings of Hindi nouns (रक्षकों, कर्मियों, महिलाओं)
PLURAL_OBLIQUE = ("ियों", "ों", "ओं")


def distributive(unit: str) -> bool:
    """Whether the hyphenated ``unit`` is one word twice (अपना-अपना)."""
    parts = unit.split("-")
    return len(parts) == 2 and parts[0] == parts[1] and bool(parts[0])


def plural_oblique(word: str) -> bool:
    """Whether ``word`` ends in a plural oblique ending with a stem before it."""
    return any(word.endswith(e) and len(word) > len(e) + 1 for e in PLURAL_OBLIQUE)


def plural_compound(unit: str) -> bool:
    """Whether the hyphenated ``unit``'s last member is a plural oblique noun of people
    (मिल-मालिकों)."""
    parts = unit.split("-")
    return len(parts) >= 2 and person_plural(parts[-1])


def _singulars(word: str) -> tuple[str, ...]:
    """The singular forms a plural oblique noun may come from (रक्षकों → रक्षक; कर्मियों → कर्मी;
    कुत्तों → कुत्ता)."""
    out: list[str] = []
    for ending in PLURAL_OBLIQUE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            out += [stem, stem + "ी", stem + "ा"] if ending == "ियों" else [stem, stem + "ा"]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def person_noun(word: str) -> bool:
    """Whether the dictionary reads the Hindi noun ``word`` as people: at least half of the
    English nouns it translates as a whole word name persons (रक्षक: defender, keeper,
    protector; not घर, तल)."""
    nouns = {s.english for s in engdict.dictionary().translates_as_word(word) if s.pos.startswith("N")}
    return bool(nouns) and 2 * sum(map(is_person, nouns)) >= len(nouns)


def person_plural(word: str) -> bool:
    """Whether ``word`` is a plural oblique noun of people (रक्षकों: guards)."""
    return plural_oblique(word) and any(person_noun(form) for form in _singulars(word))


@lru_cache(maxsize=4096)
def common_noun(word: str) -> bool:
    """Whether ``word`` is a common Hindi word (Zipf ≥ :data:`COMMON_ZIPF`) the dictionary has."""
    return zipf_hi(word) >= COMMON_ZIPF and bool(engdict.dictionary().english_for(word))


def noun_compound(first: str, second: str) -> bool:
    """Whether ``first second`` is a Hindi compound of a common noun and a plural noun of people
    (वन रक्षकों)."""
    return "-" not in first + second and common_noun(first) and person_plural(second)


def ordinary(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` a name rule found is ordinary Hindi of one of the
    module's classes."""
    words = text[start:end].split()
    if any(distributive(w) or plural_compound(w) for w in words if "-" in w):
        return True
    return len(words) == 2 and noun_compound(words[0], words[1])
