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
  a plural is a thing (जिम बैंकों, बिल फाटकों for Jim Banks, Bill Gates) and stays flagged;
* **occupation** — a compound of two members, a noun and an agent noun of a trade (फल-विक्रेता,
  ट्रक-चालक, जहाज़-मालिक: the dictionary's English for the head is a person noun made from a
  verb, *seller*, *driver*, *owner*, :func:`audit.rules.source.roles.agent_noun`), with no given
  name right before it, or with one right after it (a role before a name: यूनानी जहाज़-मालिक
  निकोस): Hindi's name for a trade. After a given name it is the slot of an
  occupational surname calqued (निकोस पादरी-का-बेटा) and stays flagged, and so do a head that is
  no agent noun (रैपर चिड़िया-आदमी: *Birdman*), an adjective before the head (काले-पादरी:
  *Blackfriars*) and a chain of three or more words (सारा हिरन-घास-जंगल-रक्षक);
* **participle** — a pair whose first word is a given name only by its spelling but is a
  participle of a Hindi verb in use (मरी of मरना, जली of जलना: Zipf ≥ :data:`PARTICIPLE_ZIPF`,
  the stem + ना a verb of the dictionary; no listed spelling, no Indian given name, no person
  word before it): the participle describes the noun after it (मरी गाय को: *the dead cow*);
  names do not inflect;
* **place classifier** — a given name's spelling followed by a noun of water or land in the sea,
  singular (every noun the dictionary gives for it lies under WordNet's *body of water* or
  *island*: नदी, द्वीप, झील, खाड़ी), with no person word right before it: Hindi writes a place
  abroad by its name and its kind (सीन नदी, सोलोमन द्वीप ने समझौते पर हस्ताक्षर किए, रोन नदी). After a
  person word (नोबेल विजेता हान नदी, स्ट्राइकर पाब्लो नदी, गायक फ्रैंक महासागर) it is a surname
  translated and stays flagged, and so does a plural (एम्मा नदियों).

:func:`ordinary` is the one test the rules call on a finding's span.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual.concrete import is_person
from audit.lang.frequency import zipf_hi
from audit.rules import name_frames
from audit.rules.name_class import all_given_names, is_given, native_word
from audit.rules.name_data import indian_name
from audit.rules.names import Unit, norm, units
from audit.rules.source.roles import agent_noun

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


def singulars(word: str) -> tuple[str, ...]:
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
    return plural_oblique(word) and any(person_noun(form) for form in singulars(word))


@lru_cache(maxsize=4096)
def common_noun(word: str) -> bool:
    """Whether ``word`` is a common Hindi word (Zipf ≥ :data:`COMMON_ZIPF`) the dictionary has."""
    return zipf_hi(word) >= COMMON_ZIPF and bool(engdict.dictionary().english_for(word))


def noun_compound(first: str, second: str) -> bool:
    """Whether ``first second`` is a Hindi compound of a common noun and a plural noun of people
    (वन रक्षकों)."""
    return "-" not in first + second and common_noun(first) and person_plural(second)


@lru_cache(maxsize=4096)
def agent_head(word: str) -> bool:
    """Whether the dictionary reads the Hindi noun ``word`` as an agent noun of a trade: one of
    the English nouns it translates as a whole word is a person noun made from a verb (विक्रेता:
    *seller*, चालक: *driver*, मालिक: *owner*; not बेटा, आदमी, लोहार)."""
    senses = engdict.dictionary().translates_as_word(word)
    return any(s.pos.startswith("N") and agent_noun(s.english.lower()) for s in senses)


def occupation_compound(unit: str) -> bool:
    """Whether the hyphenated ``unit`` is a noun and an agent noun of a trade (फल-विक्रेता,
    जहाज़-मालिक)."""
    parts = unit.split("-")
    if len(parts) != 2 or parts[0] == parts[1] or not agent_head(parts[1]):
        return False
    first = native_word(norm(parts[0]))
    return first is None or first[1] != "Adj"


#: how common in Hindi text a participle must be to be read as one (मरी 3.6, जली 3.8)
PARTICIPLE_ZIPF = 3.0
#: the endings of Hindi's participles: perfective (मरा, मरी, मरे, मरीं) and imperfective (बहता)
PARTICIPLE_ENDINGS = ("ता", "ती", "ते", "ीं", "ा", "ी", "े", "ई", "ए")


@lru_cache(maxsize=4096)
def participle(word: str) -> bool:
    """Whether ``word`` is a participle of a Hindi verb in use: common in Hindi text (Zipf ≥
    :data:`PARTICIPLE_ZIPF`) and its stem + ना a verb of the dictionary (मरी: मरना, पकी: पकना)."""
    return zipf_hi(word) >= PARTICIPLE_ZIPF and engdict.verb_form(word, PARTICIPLE_ENDINGS)


def _given(unit: Unit) -> bool:
    return is_given(unit) or unit.key in all_given_names()


def _neighbours(text: str, start: int, end: int) -> tuple[list[Unit], Unit | None, Unit | None]:
    """The word units inside ``text[start:end]``, the unit right before it and the one right
    after it (each when whitespace alone separates them)."""
    us = units(text)
    inside = [i for i, u in enumerate(us) if u.start >= start and u.end <= end]
    if not inside:
        return [], None, None
    a, b = inside[0], inside[-1]
    before = us[a - 1] if a > 0 and us[a].joined_before else None
    after = us[b + 1] if b + 1 < len(us) and us[b + 1].joined_before else None
    return [us[i] for i in inside], before, after


def _occupation(inside: list[Unit], before: Unit | None, after: Unit | None) -> bool:
    """A trade's compound with no given name right before it, or a role before a given name
    (see the module's docstring)."""
    for k, u in enumerate(inside):
        if len(u.parts) > 1 and occupation_compound(u.surface):
            prev = inside[k - 1] if k > 0 else before
            nxt = inside[k + 1] if k + 1 < len(inside) else after
            return prev is None or not _given(prev) or (nxt is not None and _given(nxt))
    return False


def _participle_pair(inside: list[Unit], before: Unit | None) -> bool:
    """A participle read as a given name before a noun (see the module's docstring)."""
    if len(inside) != 2 or len(inside[0].parts) != 1:
        return False
    first = inside[0]
    if first.key in all_given_names() or indian_name(first.key, "given"):
        return False
    if before is not None and name_frames.person_word(before.key):
        return False
    return participle(first.surface)


def ordinary(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` a name rule found is ordinary Hindi of one of the
    module's classes."""
    words = text[start:end].split()
    if any(distributive(w) or plural_compound(w) for w in words if "-" in w):
        return True
    if len(words) == 2 and noun_compound(words[0], words[1]):
        return True
    inside, before, after = _neighbours(text, start, end)
    return (
        _occupation(inside, before, after) or _participle_pair(inside, before) or _place_kind(inside, before)
    )


#: WordNet nouns a place's kind is under: a Hindi noun all of whose dictionary nouns lie under
#: one of them names the kind of a place written after its name (सीन नदी)
PLACE_KINDS = frozenset({"body_of_water", "island"})


@lru_cache(maxsize=4096)
def place_kind(word: str) -> bool:
    """Whether every noun the dictionary gives for the Hindi ``word`` names water or an island
    (नदी: river; द्वीप: island; झील: lake, loch)."""
    index = wordnet.index("noun") or {}
    nouns = [
        s.english
        for s in engdict.dictionary().translates_as_word(word)
        if s.pos.upper().startswith("N") and s.english in index
    ]
    return bool(nouns) and all(wordnet.noun_under(index[n][0], PLACE_KINDS) for n in nouns)


def _place_kind(inside: list[Unit], before: Unit | None) -> bool:
    """A name and the kind of its place, with no person word before it (see the module's docstring)."""
    if len(inside) != 2 or any(len(u.parts) != 1 for u in inside) or plural_oblique(inside[1].surface):
        return False
    if before is not None and name_frames.person_word(before.key):
        return False
    return wordnet.available() and place_kind(inside[1].surface)
