"""What makes a word-for-word Hindi rendering of a source name right, told by the source and WordNet
(HI207's source paths, :mod:`audit.rules.title_source` and :mod:`audit.rules.title_brands`).

Three kinds of evidence, each about words not seen before:

- **another word's Hindi**: the Hindi word translates a content word of the source outside the
  name (Actress Han Sun-mi → अभिनेत्री: actress; the coins struck at the Mint → सिक्के: coins). It
  is that word's translation, read as a word of the name only through a loose link (a star is a
  sun, an actress a star): it renders no word of the name;
- **a person's or a people's name heading an epithet**: the name ends in a word that WordNet knows
  as a person or a people only (Sikh, Gandhi, Nehru) and that Hindi text writes commonly (Zipf
  ≥ :data:`COMMON_ZIPF`): the epithet is India's own, which Hindi had first and translates back
  (उड़न सिख, सीमांत गांधी); a word WordNet also gives as a thing, a place or a verb (Lincoln,
  Trump) names a building or a firm after the person, and a people's word before the head
  (British Airways, Super Bowl) names no person: both are written out;
- **a description of what a place or an event holds**: a singular head that is a landform, a
  region or a time by its first WordNet sense, "of", and a plural common noun (the Valley of the
  Kings, the Valley of Flowers, the Festival of Colours) rendered in Hindi's genitive order, the
  plural first (राजाओं की घाटी, फूलों की घाटी, रंगों का त्योहार): Hindi says what the place or
  event is of in its own words. A club, a band, a show or a body of this shape has a person, a
  group, a building or a plural as its head (Queen of the South, Kings of Leon, House of Lords)
  and stays a calque.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang.bilingual import english
from audit.lang.function_words import ENGLISH_STOP_WORDS, HINDI_GENITIVES
from audit.lang.wordnet import PERSON_FILE

#: a spelled word of an epithet is this common in Hindi text (सिख 4.6, गांधी 5.6, not जेम्स 4.0)
COMMON_ZIPF = 4.5

_WORD_RE = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def outside_words(src: str, name: tuple[str, ...]) -> tuple[str, ...]:
    """The content words of ``src`` (lower case) outside the name's words."""
    out = []
    for w in _WORD_RE.findall(src):
        low = w.lower()
        if len(low) > 2 and low not in ENGLISH_STOP_WORDS and low not in name and low not in out:
            out.append(low)
    return tuple(out)


@lru_cache(maxsize=65536)
def _dictionary_english(hindi: str) -> frozenset[str]:
    """The English headwords whose whole translation is the Hindi word (a base form of it)."""
    from audit.lang import engdict
    from audit.rules.title_words import base_forms

    d = engdict.dictionary()
    return frozenset(s.english for form in base_forms(hindi) for s in d.translates_as_word(form))


@lru_cache(maxsize=65536)
def renders_outside(hindi: str, word: str, outside: tuple[str, ...]) -> bool:
    """The dictionary gives the Hindi word, whole, as the translation of a source word outside the
    name that shares no lemma with ``word`` (अभिनेत्री: actress; सिक्के: coins)."""
    heads = _dictionary_english(hindi)
    if not heads:
        return False
    mine = set(english.lemmas(word))
    return any(heads.intersection(english.lemmas(w)) and mine.isdisjoint(english.lemmas(w)) for w in outside)


@lru_cache(maxsize=8192)
def people_word(word: str) -> bool:
    """Every WordNet noun sense of the word (lower case) is a person or a people (Sikh, Gandhi; an
    adjective of the people too), and it is no verb (trump)."""
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    senses = wordnet.senses("noun", word)
    if not senses or wordnet.senses("verb", word):
        return False
    return all(wordnet.synset_at("noun", o).lexfile == PERSON_FILE for o in senses)


def people_epithet(head: str, got: list[tuple[str, str, bool]]) -> bool:
    """The name's head ``head`` (its last word) is spelled in the MT and names a people or a person
    Hindi writes commonly: an epithet of a person (see the module)."""
    from audit.lang.frequency import zipf_hi

    return people_word(head) and any(e == head and not tr and zipf_hi(h) >= COMMON_ZIPF for e, h, tr in got)


def epithet_head(head: str, hindi: str) -> bool:
    """A name's last part ``head`` (lower case), spelled in the MT as ``hindi``, heads an epithet of
    a person (:func:`people_epithet`) and is no part of a listed name (Sikh, not Jung): the Flying
    Sikh → उड़न सिख, whose other words Hindi translates (HI503 and HI514 read it)."""
    from audit.rules.name_data import latin_names

    return people_epithet(head, [(head, hindi, False)]) and not latin_names().get(head)


#: WordNet noun files of heads no description has: people, groups, made things (Queen of the
#: South, Sons of Anarchy, Church of the Saints, House of Lords — names of clubs, shows, bodies)
NAMED_HEAD_FILES = frozenset({PERSON_FILE, "14", "06"})


@lru_cache(maxsize=8192)
def _named_head(word: str) -> bool:
    """The word's first WordNet noun sense is a person, a group or a made thing (or WordNet lacks it)."""
    from audit.lang import wordnet

    if not wordnet.available():
        return True
    for lemma in english.lemmas(word):
        senses = wordnet.senses("noun", lemma)
        if senses:
            return wordnet.synset_at("noun", senses[0]).lexfile in NAMED_HEAD_FILES
    return True


def _plural(word: str) -> bool:
    return word.endswith("s") and any(x != word for x in english.lemmas(word))


def description(surface: str, got: list[tuple[str, str, bool]], span: str) -> bool:
    """The name ``surface`` (as the source writes it) is "HEAD of (the) PLURALS" and the MT ``span``
    gives it as PLURALS + का/की/के + HEAD, both translated (see the module)."""
    if HINDI_GENITIVES.isdisjoint(span.split()):
        return False
    m = re.fullmatch(r"([A-Za-z]+)\s+of\s+(?:the\s+)?([A-Za-z]+)", surface.strip(), re.IGNORECASE)
    if m is None or len(got) != 2:
        return False
    head, plural = m.group(1).lower(), m.group(2).lower()
    if _plural(head) or not _plural(plural) or _named_head(head):
        return False
    (e1, _h1, t1), (e2, _h2, t2) = got
    return t1 and t2 and e1 == plural and e2 == head
