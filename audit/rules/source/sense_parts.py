"""HI513, parts and groups: a noun followed by an *of*-phrase whose head WordNet links to one of
the noun's senses as its whole, its member or its substance — *a pride of lions* (pride "a group
of lions": lions are its members), *cloves of garlic* (a clove is part of a garlic bulb), *the
foot of the hill*, *a flight of stairs*, *the eye of the needle* — rendered by a translation of the
noun's other sense (गर्व, पांव, उड़ान, आंख).

The *of*-phrase selects the sense through WordNet's part, member and substance pointers (``#p``
``#m`` ``#s`` and their inverses), read from the noun's sense and its hypernyms to the synsets
of the phrase's head noun and their hypernyms (three levels up): a resource that covers words no
rule lists. The MT word must be a one-word FreeDict translation of the noun (not a
transliteration, which carries every sense), the noun must have more than one WordNet sense, and
the MT word must stand for a sense of another lexicographer file than the selected one: the file
its other English readings reach among the noun's senses (its synonyms or their hypernyms), or,
with no such reading, the noun's first (most frequent) sense. An MT word whose readings name the
selected sense (a lemma of it or of its hypernyms, a word of its definition) renders it and is
left alone; so is one whose FreeDict sense has an example sentence naming the partner (*pupil*
2. पुतली "The pupil of the eye …": *the pupil of his eye* → पुतली is that sense).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.lang.bilingual.hindi import words as hindi_words
from audit.rules.source.common import dictionary
from audit.rules.source.sense_examples import example_mentions

#: WordNet pointers from a noun sense to what it is a part / member / substance of, and back
PART_POINTERS = frozenset({"#p", "#m", "#s", "%p", "%m", "%s"})
HEAD_LEVELS = 3  # hypernym levels above the of-phrase's head noun that the link may reach
_MAX_HEAD_WORDS = 4  # words after *of* read for its noun phrase


@dataclass(frozen=True)
class PartClash:
    start: int
    end: int
    english: str  # the source noun as written
    definition: str  # WordNet's definition of the sense the of-phrase selects
    head: str  # the of-phrase's head noun


def _nouns() -> dict[str, tuple[int, ...]]:
    return wordnet.index("noun") or {}


def _noun_like(word: str) -> bool:
    """A word that may continue a noun phrase: a WordNet noun as written or a plural of one, not
    a past / -ing form or an adverb (*lions* rested, *stairs* slowly)."""
    w = word.lower()
    if w.endswith(("ed", "ing", "ly")):
        return False
    return w in _nouns() or w.endswith("s") and any(x in _nouns() for x in E.lemmas(w)[1:])


def of_head(src: str, toks: list[tuple[int, int, str]], j: int) -> str | None:
    """The head noun of the noun phrase that starts at token ``j`` (after *of*): determiners
    skipped, then the last of the content words that run on without punctuation and that may
    continue a noun phrase (*of the Indian flag* → flag, *of lions rested* → lions)."""
    k = of_head_index(src, toks, j)
    return None if k is None else toks[k][2]


def of_head_index(src: str, toks: list[tuple[int, int, str]], j: int) -> int | None:
    """The token index of :func:`of_head`'s noun."""
    last: int | None = None
    for k in range(j, min(len(toks), j + _MAX_HEAD_WORDS + 1)):
        word = toks[k][2]
        if last is None and word.lower() in E.DETERMINERS:
            continue
        if last is not None and src[toks[k - 1][1] : toks[k][0]].strip():
            break  # punctuation between
        if not E.is_content(word) or last is not None and not _noun_like(word):
            break
        last = k
    return last


@lru_cache(maxsize=20_000)
def _up(offset: int, levels: int) -> frozenset[int]:
    """The noun synset at ``offset`` and its hypernyms up to ``levels`` levels."""
    out = {offset}
    if levels:
        for h in wordnet.synset_at("noun", offset).hypernyms:
            out |= _up(h, levels - 1)
    return frozenset(out)


@lru_cache(maxsize=20_000)
def _linked(offset: int) -> frozenset[int]:
    """Synsets the noun sense at ``offset`` (or a direct hypernym of it) is a part, member or
    substance of, or has as parts, members or substances."""
    out = set(wordnet.part_links(offset, PART_POINTERS))
    for h in wordnet.synset_at("noun", offset).hypernyms:
        out.update(wordnet.part_links(h, PART_POINTERS))
    return frozenset(out)


@lru_cache(maxsize=20_000)
def _head_synsets(word: str) -> frozenset[int]:
    out: set[int] = set()
    for lemma in E.lemmas(word):
        for o in _nouns().get(lemma, ()):
            out |= _up(o, HEAD_LEVELS)
    return frozenset(out)


def _definition(offset: int) -> str:
    gloss = wordnet.synset_at("noun", offset).gloss
    return re.sub(r'"[^"]*"', " ", gloss.split('; "')[0]).strip()


@lru_cache(maxsize=20_000)
def _names(offset: int) -> frozenset[str]:
    """The words that name the noun sense at ``offset``: its lemmas, its direct hypernyms'
    lemmas and the words of its definition."""
    syn = wordnet.synset_at("noun", offset)
    out = set(syn.lemmas)
    for h in syn.hypernyms:
        out.update(wordnet.synset_at("noun", h).lemmas)
    out.update(re.findall(r"[a-z]+", _definition(offset).lower()))
    return frozenset(out)


def _stands_for(lemma: str, readings: frozenset[str]) -> frozenset[str]:
    """The lexicographer files of the noun's senses that the MT word's other English readings
    reach (a reading among a sense's lemmas or its direct hypernyms' lemmas); with none, the
    file of the noun's first sense."""
    offsets = _nouns().get(lemma, ())
    reached = set()
    for o in offsets:
        syn = wordnet.synset_at("noun", o)
        near = set(syn.lemmas).union(*(wordnet.synset_at("noun", h).lemmas for h in syn.hypernyms))
        if readings & near:
            reached.add(syn.lexfile)
    if not reached and offsets:
        reached.add(wordnet.synset_at("noun", offsets[0]).lexfile)
    return frozenset(reached)


@lru_cache(maxsize=4096)
def part_clashes(src: str, mt: str) -> tuple[PartClash, ...]:
    """MT words that render a source noun, whose *of*-phrase selects a part / member / substance
    sense, by a translation standing for another kind of sense."""
    d = dictionary()
    if d is None or not src or not mt or not wordnet.available():
        return ()
    toks = E.tokens(src)
    hws = hindi_words(mt)
    keys = [stem_key(w) for _, _, w in hws]
    out: list[PartClash] = []
    for i, (_, _, tok) in enumerate(toks[:-2]):
        if toks[i + 1][2].lower() != "of" or not E.is_content(tok) or i and tok[:1].isupper():
            continue
        h = of_head_index(src, toks, i + 2)
        if h is None:
            continue
        found = _clash(d, hws, keys, tok, toks[h][2])
        if found is not None:
            out.append(found)
    return tuple(out)


def _clash(
    d: Any, hws: list[tuple[int, int, str]], keys: list[str], tok: str, partner: str
) -> PartClash | None:
    """The MT word that renders the source noun ``tok`` by a translation of another kind of sense
    than the one its link to ``partner`` (the other noun of the *of*-phrase) selects, or None."""
    lemma = next((x for x in E.lemmas(tok) if d.senses(x) and len(_nouns().get(x, ())) > 1), None)
    if lemma is None:
        return None
    partners = _head_synsets(partner.lower())
    selected = [o for o in _nouns()[lemma] if _linked(o) & partners]
    if not selected:
        return None
    nouns = {s.keys[0]: s.hindi for s in d.senses(lemma) if len(s.keys) == 1}
    # the partner's own translations render the partner (*a flight of stairs* → सीढ़ियों)
    partner_keys = {s.keys[-1] for x in E.lemmas(partner) for s in d.senses(x) if s.keys}
    for k, (start, end, word) in enumerate(hws):
        if keys[k] not in nouns or keys[k] in partner_keys or engdict.is_transliteration(word, tok):
            continue
        if example_mentions(lemma, keys[k], partner):
            return None  # FreeDict's own example of that translation's sense names the partner
        readings = frozenset(s.english for s in engdict.dictionary().translates_as_word(nouns[keys[k]]))
        readings -= {lemma}
        files = _stands_for(lemma, readings)
        if len(files) != 1:
            return None
        sense = next(
            (
                o
                for o in selected
                if wordnet.synset_at("noun", o).lexfile not in files and not readings & _names(o)
            ),
            None,
        )
        return None if sense is None else PartClash(start, end, tok, _definition(sense), partner)
    return None
