"""Contexts that excuse a HI513 finding whatever selected the sense: the ambiguous word used as an
adjective before a noun its selecting pattern leaves out (*a fast* ball, *a firm* reply), a
Hindi word that spells a name of the source (*Tara* Sutaria → तारा, not *star*), and WordNet senses
defined through the word's own other sense (:func:`defined_by_itself`: *a business firm that
publishes magazines*, *spread butter on*) — a metonymy or a verb made of a noun, which the Hindi of
that other sense renders right."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.phonetic import romanise
from audit.rules.source.common import dictionary


def adjective_before_noun(src: str, sel: tuple[int, int], cues: set[str], hindi: str) -> bool:
    """Whether the selecting match ends with the ambiguous word (its first three letters in
    ``cues``) and is a WordNet adjective, the next source word is a noun the match leaves out, and
    the MT's ``hindi`` is one word the dictionary gives for some adjective (*a fast* ball → तेज़, *a
    firm* reply → दृढ़): then the word modifies the noun as an adjective, whatever the words
    before it select. A noun modifier rendered by a noun (*foreign capital* flows → राजधानी) is
    not excused."""
    d = dictionary()
    toks = E.tokens(src)
    k = next((j for j, (ts, _, _) in enumerate(toks) if ts >= sel[1]), None)
    if d is None or not k or toks[k - 1][1] != sel[1] or toks[k - 1][2].lower()[:3] not in cues:
        return False
    word, nxt = toks[k - 1][2].lower(), toks[k][2].lower()
    if not E.is_content(nxt) or nxt.endswith("ed") or nxt in E.NUMBER_WORDS:
        return False
    nouns, adverbs = (wordnet.index(p) or {} for p in ("noun", "adv"))
    if nxt in adverbs or not any(x in nouns for x in (nxt, *E.lemmas(nxt))):
        return False
    if word not in (wordnet.index("adj") or {}) or len(hindi.split()) != 1:
        return False
    return any(s.pos.lower().startswith("adj") for s in engdict.dictionary().translates_as_word(hindi))


def spells_source_name(src: str, hindi: str) -> bool:
    """Whether the one-word Hindi ``hindi`` spells a capitalised source word the dictionary does not
    know, a name: one of its romanisations is that word (*Tara* Sutaria → तारा, not *star* → तारा;
    *Jammu* is not जमा)."""
    d = dictionary()
    if d is None or len(hindi.split()) != 1:
        return False
    readings = set(romanise(hindi))
    return any(
        tok[:1].isupper() and E.is_content(tok) and not d.senses(tok) and tok.lower() in readings
        for _, _, tok in E.tokens(src)
    )


@lru_cache(maxsize=8192)
def defined_by_itself(pos: str, offset: int, word: str) -> bool:
    """Whether the WordNet synset's definition (its gloss before the first ``;``, examples left
    out) names ``word`` itself or its plural: the sense is defined through the word's other sense,
    a metonymy (*magazine*: "a business firm that publishes magazines") or a verb made of a noun
    (*butter*: "spread butter on"; *bolt*: "secure or lock with a bolt")."""
    definition = wordnet.synset_at(pos, offset).gloss.split(";")[0]
    return re.search(rf"\b{re.escape(word)}(?:e?s)?\b", definition, re.I) is not None
