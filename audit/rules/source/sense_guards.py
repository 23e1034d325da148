"""Contexts that excuse a HI513 finding whatever selected the sense: the ambiguous word used as an
adjective before a noun its selecting pattern leaves out (*a fast* ball, *a firm* reply), a
Hindi word that spells a name of the source (*Tara* Sutaria → तारा, not *star*), and WordNet senses
defined through the word's own other sense (:func:`defined_by_itself`: *a business firm that
publishes magazines*, *spread butter on*) — a metonymy or a verb made of a noun, which the Hindi of
that other sense renders right; and a Hindi verb form that reads as the English verb itself
(:func:`verb_renders`: मूल्य *आंकने* for *to value*, बादल *फटने* for *burst*), which makes the word
before it a conjunct verb's noun or the subject of an event said as a clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.lang.phonetic import romanise
from audit.rules.source.common import dictionary
from audit.rules.source.idioms import source_idioms


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


#: Hindi's light verbs: they make verbs of nouns (शिकार करना is the noun शिकार) and read as any verb
LIGHT_VERBS = frozenset({"करना", "होना", "देना", "लेना"})

#: endings of Hindi verb forms, replaced by ना to give the infinitive (फटने, फटता, फटेगा → फटना)
_FORM_ENDINGS = ("ेंगे", "ेंगी", "ेगा", "ेगी", "ने", "नी", "ना", "ता", "ती", "ते")


def hindi_infinitive(word: str) -> str | None:
    """The infinitive of a Hindi verb form by its ending (आंकने → आंकना), or None."""
    for ending in _FORM_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + "ना"
    return None


@lru_cache(maxsize=8192)
def verb_renders(hindi: str, english: str) -> bool:
    """Whether the Hindi word is a verb form whose infinitive the dictionary reads (Hindi→English)
    as a verb sharing a WordNet verb synset with ``english`` (आंकने → आंकना "assess", a synonym of
    *value* "evaluate or estimate …"; फटने → फटना "burst"): the Hindi verb renders that English
    verb itself. A light verb (करेगा → करना, which FreeDict also reads as *face*) renders none:
    चेहरा करेगा for *will face* stays a calque."""
    inf = hindi_infinitive(hindi)
    if inf is None or inf in LIGHT_VERBS:
        return False
    readings = {s.english.lower() for s in engdict.dictionary().translates_as_word(inf) if s.pos[:1] == "V"}
    if not readings:
        return False
    words: set[str] = set()
    for lemma in dict.fromkeys((english.lower(), *E.lemmas(english.lower()))):
        for offset in wordnet.senses("verb", lemma):
            words.update(wordnet.synset_at("verb", offset).lemmas)
    return bool(readings & words)


def licensed_elsewhere(src: str, hindi: str, cues: set[str], inside: tuple[int, int]) -> bool:
    """True when another content word of the source translates to ``hindi`` in the dictionary
    (*the party's birthday feast* → दावत): then the MT word may render that word, not the
    ambiguous one. The words of the selecting English (``inside``, its span) never license: they
    are what the calque renders word for word. Without the dictionary nothing is licensed."""
    d = dictionary()
    if d is None:
        return False
    keys = {stem_key(w) for w in hindi.split()}
    for ts, te, tok in E.tokens(src):
        if inside[0] <= ts and te <= inside[1] or tok.lower()[:3] in cues or not E.is_content(tok):
            continue
        for lemma in E.lemmas(tok):
            if any(len(g) == 1 and g[0] in keys for g in d.keys(lemma)):
                return True
    return False


def in_idiom(src: str) -> Callable[[str], bool]:
    """A test whether a source word lies inside an English idiom of ``src`` (the inventory HI512
    reads: *bit her tongue*, *spill the beans*): there the word is figurative, its Hindi need
    render none of its senses, and HI512 judges the phrase. The idioms are read on first use."""
    spans: list[tuple[int, int]] | None = None

    def test(word: str) -> bool:
        nonlocal spans
        if spans is None:
            spans = [(m.start, m.end) for m in source_idioms(src)]
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        return any(pattern.search(src, a, b) is not None for a, b in spans)

    return test
