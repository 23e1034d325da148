"""English closed compounds (deadline, manhunt, bottleneck) and whether their meaning is built
from their parts.

A compound is *transparent* when it means "a <head> of/by/for the <modifier>": sunlight is light
of the sun, rainwater is water from rain. It is *opaque* when it does not: a deadline is no line,
a manhunt is no hunt of men, a bottleneck no neck. Two readings decide, both read at run time:

* WordNet (Debian ``wordnet``, BSD-style licence, see audit/data/WORDNET_LICENSE): the head is a
  word of the compound's most frequent sense or of its hypernyms two levels up (sunlight is a kind
  of light, seawater of water; a deadline is a point in time, a bottleneck a narrowing); a person
  noun with a doer for head (lawmaker, peacekeeper) counts as transparent; kingpin, figurehead do not.
* FreeDict eng-hin (GPL, read in place, nothing derived is stored): the compound's own Hindi holds
  the Hindi of one of its parts (rainwater → वर्षा का जल, firewood → जलाने की लकड़ी).

Without WordNet only the dictionary decides; without the dictionary nothing is a compound here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.frequency import zipf_en

MIN_PART = 3  # letters of each part (man, hunt; not a, in)
MIN_PART_ZIPF = 3.0  # each part an everyday English word
HYPERNYM_DEPTH = 2
#: heads that name a doer: a person compound with one says who does what (lawmaker, peacekeeper,
#: chairman); a person named by a thing (kingpin, figurehead, turncoat) is judged like any noun
AGENT_RE = re.compile(r"(?:er|or|ist|man|men|woman|women|person|people)$")


def _lemma_words(lemmas: tuple[str, ...]) -> set[str]:
    return {w for lemma in lemmas for w in lemma.split("_")}


def _wordnet_transparent(compound: str, modifier: str, head: str) -> bool | None:
    """True / False from the compound's most frequent WordNet sense; None when WordNet lacks it."""
    index = wordnet.index("noun")
    if index is None or compound not in index:
        return None
    sense = wordnet.synset_at("noun", index[compound][0])
    if sense.lexfile == wordnet.PERSON_FILE and AGENT_RE.search(head):
        return True
    words = _lemma_words(sense.lemmas)
    frontier = list(sense.hypernyms)
    for _ in range(HYPERNYM_DEPTH):
        nxt: list[int] = []
        for o in frontier:
            hyper = wordnet.synset_at("noun", o)
            words |= _lemma_words(hyper.lemmas)
            nxt.extend(hyper.hypernyms)
        frontier = nxt
    return head in words


def is_noun(d, word: str) -> bool:  # type: ignore[no-untyped-def]
    """A noun of WordNet (when installed) or of the dictionary (announced, tornadoes are no
    compounds: only nouns are read as modifier + head)."""
    index = wordnet.index("noun")
    if index is not None:
        return word in index
    return any(s.pos.upper().startswith("N") for s in d.senses(word))


def splits(word: str) -> list[tuple[str, str]]:
    """(modifier, head) readings of a closed compound: both parts everyday English words."""
    w = word.lower()
    if not w.isalpha() or len(w) < 2 * MIN_PART + 1:
        return []
    index = wordnet.index("noun")
    return [
        (w[:k], w[k:])
        for k in range(MIN_PART, len(w) - MIN_PART + 1)
        if zipf_en(w[:k]) >= MIN_PART_ZIPF
        and zipf_en(w[k:]) >= MIN_PART_ZIPF
        # each part a word of WordNet's nouns (must + ard is no reading of mustard)
        and (index is None or (w[:k] in index or _adjective(w[:k])) and w[k:] in index)
    ]


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """Adjectives of WordNet's index.adj (a compound's modifier may be one: dead-line, blue-print)."""
    return frozenset(wordnet.index("adj") or ())


def _adjective(word: str) -> bool:
    return word in _adjectives()


def _dict_transparent(d, compound: str, modifier: str, head: str) -> bool | None:  # type: ignore[no-untyped-def]
    """True when the compound's FreeDict Hindi holds a part's Hindi; None when FreeDict lacks it."""
    own = {k for s in d.senses(compound) for k in s.keys}
    if not own:
        return None
    parts = {k for p in (modifier, head) for lemma in E.lemmas(p) for g in d.keys(lemma) for k in g}
    return any(p == o or (len(p) >= 3 and p in o) for p in parts for o in own)


def opaque(d, compound: str, modifier: str, head: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the compound's meaning is not built from ``modifier`` + ``head`` (see the module
    docstring); a compound that neither WordNet nor the dictionary knows is not judged opaque."""
    by_dict = _dict_transparent(d, compound, modifier, head)
    if by_dict:
        return False
    by_wordnet = _wordnet_transparent(compound, modifier, head)
    if by_wordnet is None:
        return by_dict is False
    return not by_wordnet
