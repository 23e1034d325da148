"""The English frame that makes a sentence's first word a name (HI207's one-word source path,
:mod:`audit.rules.title_brands`).

English capitalises every sentence's first word, so a capitalised word there is a name only when
the sentence says so. Two frames do:

- the word is the subject of an act only a firm, a team, a paper or a band performs —
  cutting jobs, raising funds or prices, hiring engineers, publishing or carrying a report,
  releasing an album, headlining, beating or drawing with a side, signing a player
  (:data:`ORG_ACT_RE`) — and it names no person nor group of people in WordNet (*Doctors
  published a report*, *Police signed the deal* stay common nouns): *Reading beat Luton 2-0*,
  *Whirlpool raised prices*;
- a noun of a kind of organisation follows it and it is no adjective (*Time magazine*, *Outlook
  magazine*; not *Smaller airlines*, *Local newspapers*).

Anywhere in the sentence, a capitalised word right before a noun of a made thing — an artifact or
a food by its first WordNet sense and no building or road, a modifier between allowed (*Splendor
bikes*, *Comet electric car*, *Sunfeast biscuits*; not *the Partition museum*) — names the product (:func:`product_frame`): a model's or a brand's
name, whatever its own sense (splendour is a quality, but Splendor bikes are motorcycles); so
does one right after a lower-case noun of a kind of organisation (*the phone maker Honor*, *the
Swiss club Grasshoppers*: :func:`kind_frame`).

A word so framed is read as a name even when WordNet gives it an abstract sense (Reading,
Prestige): an act, a quality or an event does not cut jobs or beat a side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang.bilingual import english

#: up to four words between an act's verb and its object (raised $50 million in new funds)
_GAP = r"(?:\s+[\w$₹,.'’-]+){0,4}?"
#: acts only a firm, a team, a paper or a band performs, right after the subject (auxiliaries and
#: "plans to" between)
ORG_ACT_RE = re.compile(
    r"^\s+(?:(?:is|are|was|were|will|would|has|have|had|also|now|plans\s+to|is\s+to)\s+)*(?:"
    rf"(?:cut|cuts|cutting|shed|sheds|shedding|slash\w*){_GAP}\s+(?:jobs|staff|workers|employees|posts)\b"
    rf"|rais\w*{_GAP}\s+(?:funds|funding|capital|million|billion|crore|lakh|prices?|stakes?)\b"
    rf"|hir\w*{_GAP}\s+(?:engineers|staff|workers|people|employees|graduates)\b"
    rf"|(?:publish\w*|carried|carries|ran){_GAP}\s+(?:reports?|story|stories|articles?|editorials?"
    r"|interviews?|photographs?|columns?|letters?|cover)\b"
    rf"|(?:releas\w*|record\w*){_GAP}\s+(?:albums?|singles?|songs?|records?|EP)\b"
    r"|headlin\w*"
    r"|(?:beat|beats|defeated|thrashed|drew\s+with|lost\s+to|drew\s+\d)"
    rf"|signed{_GAP}\s+(?:striker|player|goalkeeper|forward|midfielder|defender|pitcher|coach|deal"
    r"|contract)s?\b"
    r")"
)
#: nouns of kinds of organisation: a capitalised word before one names it (Time magazine)
ORG_KINDS = frozenset("magazine newspaper daily weekly journal channel band airline airlines".split())
#: WordNet noun files of groups and people: *Doctors*, *Police* do such acts as common nouns
PEOPLE_FILES = frozenset({"14", "18"})

_NEXT_RE = re.compile(r"\s+([A-Za-z]+)")


@lru_cache(maxsize=65536)
def people(word: str) -> bool:
    """One of the word's WordNet noun senses (any lemma) is a person or a group of people."""
    from audit.lang import wordnet

    if not wordnet.available():
        return True  # without WordNet no frame is read
    return any(
        f in PEOPLE_FILES for lemma in english.lemmas(word) for f in wordnet.sense_files("noun", lemma)
    )


@lru_cache(maxsize=65536)
def adjective(word: str) -> bool:
    """The word (any lemma: smaller → small) is an adjective in WordNet."""
    from audit.lang import wordnet

    if not wordnet.available():
        return True
    return any(wordnet.senses("adj", lemma) for lemma in (word, *english.lemmas(word)))


#: WordNet noun files of made things: artifacts and foods
PRODUCT_FILES = frozenset({"06", "13"})
#: made things that are places — buildings, facilities, roads (the Partition museum, the Metro
#: station): a word before one names the place, which Hindi may translate, not a product
_PLACES = frozenset({"structure", "facility", "establishment", "way"})
_PRODUCT_RE = re.compile(r"\s+(?:([a-z]+)\s+)?([a-z]+)\b")


@lru_cache(maxsize=65536)
def _product_noun(word: str) -> bool:
    """The word (a plural too) is a noun whose first WordNet sense is an artifact or a food, and no
    building, facility or road."""
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    for lemma in english.lemmas(word):
        senses = wordnet.senses("noun", lemma)
        if senses:
            first = senses[0]
            return wordnet.synset_at("noun", first).lexfile in PRODUCT_FILES and not wordnet.noun_under(
                first, _PLACES
            )
    return False


def _noun_form(word: str) -> bool:
    """No verb's participle or past (launched, selling): a product's noun."""
    return not word.endswith(("ed", "ing"))


def product_frame(after: str) -> bool:
    """A noun of a made thing follows (a modifier between allowed: electric car, water purifiers):
    the word before names the product (see the module)."""
    m = _PRODUCT_RE.match(after)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if first is None:
        return _noun_form(second) and _product_noun(second)
    if not _noun_form(first):
        return False
    return _product_noun(first) or (_noun_form(second) and _product_noun(second))  # (water purifiers)


#: WordNet synsets (by lemma) over the nouns of kinds of organisation (maker: a manufacturer, bank,
#: club, band, airline)
_ORGANISATION = frozenset({"organization"})
_KIND_BEFORE_RE = re.compile(r"\b([a-z]+)\s+$")


@lru_cache(maxsize=65536)
def _organisation_noun(word: str) -> bool:
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    for lemma in english.lemmas(word):
        senses = wordnet.senses("noun", lemma)  # (maker: a manufacturer in its third sense)
        if senses:
            return any(wordnet.noun_under(o, _ORGANISATION) for o in senses)
    return False


def kind_frame(before: str) -> bool:
    """A lower-case noun of a kind of organisation stands right before the word (the phone maker
    Honor, the Swiss club Grasshoppers, the digital bank Jupiter): the word is that body's name."""
    m = _KIND_BEFORE_RE.search(before)
    return m is not None and _organisation_noun(m.group(1))


def named_by_frame(word: str, after: str) -> bool:
    """The sentence's first word ``word`` (lower case), followed by ``after``, is a name by its
    frame (see the module)."""
    nxt = _NEXT_RE.match(after)
    if nxt and nxt.group(1).lower() in ORG_KINDS and not adjective(word):
        return True
    return ORG_ACT_RE.match(after) is not None and not people(word)
