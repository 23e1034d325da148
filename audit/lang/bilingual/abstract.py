"""Hindi nouns that name an abstraction or an institution — an actor that cannot do a physical
thing (HI205, HI209).

An idiom whose words are often meant literally (*turn the tables*, *green light*, *out of the
woods*: marked ``literal`` in ``audit/data/idioms_en.tsv``) is a calque in Hindi alone only when
its actor could not do the literal thing: प्रस्ताव, अर्थव्यवस्था, बातचीत (an abstraction) or
सरकार, कंपनी, विपक्ष (an institution) cannot turn tables, walk out of woods or get a green lamp; a
waiter, a duck or a band can.

A Hindi word is such a noun when more of the English nouns the dictionary reads it as (FreeDict
read backwards, :mod:`audit.lang.bilingual.backdict`) have as their most frequent WordNet sense an
abstraction (lexicographer files act, attribute, cognition, communication, feeling, possession,
quantity, relation) or, for :func:`institution_keys`, an organisation (noun.group, under
WordNet's *organization* and not a military or musical unit, whose people do physical things)
than a thing, a person, an animal, a plant, food or a place (बातचीत: talk, dialogue … against
jaw). The dictionary is thin on the institutions of news (सरकार, पार्टी), so the
``abstract_nouns`` and ``institutions`` of ``audit/data/phrasal_literal.toml`` are read too.
Built once per dictionary/WordNet version in the cache folder; without them nothing is abstract.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple

from audit.core.data import data_text
from audit.core.derived import derived_object, fingerprint
from audit.lang import engdict, wordnet
from audit.lang.bilingual import backdict
from audit.lang.bilingual.concrete import SCENE_KIND
from audit.lang.bilingual.hindi import fold, is_stop
from audit.lang.bilingual.idioms import glossary as idiom_glossary
from audit.lang.bilingual.particles import data
from audit.lang.inflection import noun_forms

#: WordNet noun lexicographer files of abstractions a thing cannot be: act, attribute, cognition,
#: communication, feeling, possession, relation (price, plan, talks — not time or state:
#: सर्दी is winter and a cold)
ABSTRACT_LEX = frozenset({4, 7, 9, 10, 12, 21, 24})  # (not 23 quantity: दस, ten, is no actor)
GROUP_LEX = 14
ANIMAL_LEX = 5
#: things, people, animals, plants, bodies, food, places: a reading of one of these makes the word
#: a possible physical actor or object (05 animal, 06 artifact, 08 body, 13 food, 15 location,
#: 17 object, 18 person, 20 plant, 27 substance)
PHYSICAL_LEX = frozenset({5, 6, 8, 13, 15, 17, 18, 20, 27})
#: WordNet's organization.n.01 (an institution) and the units under it whose members act
#: physically (military unit, musical organization: an army burns bridges, a band blows trumpets)
_ORGANIZATION = frozenset({"organization", "organisation"})
_PHYSICAL_UNITS = frozenset({"military_unit", "musical_organization", "team", "crew", "crowd"})

_CACHE_VERSION = 14
#: content words before an idiom searched for its actor (an adjective or adverb may stand between)
SUBJECT_REACH = 3


class Tables(NamedTuple):
    abstract: frozenset[str]  #: Hindi keys every English noun reading of which is an abstraction
    institution: frozenset[str]  #: … an abstraction or an institution
    things: frozenset[str]  #: … mostly things, people, animals, places (खंभा, pole)
    animals: frozenset[str] = frozenset()  #: … mostly animals (बिल्ली, cat; बत्तख, duck)
    #: Hindi key → the kind of scene (:data:`concrete.SCENE_KIND`) more than half of its English
    #: noun readings have first (तालाब, pond/lake: the land; सांचा, die/mould: a made thing)
    scene_lex: dict[str, frozenset[int]] = {}
    #: Hindi keys every English noun reading of which is an abstraction (क़र्ज़, बयान, विद्रोह; not
    #: पतंग, a kite, or बलगम, phlegm, which have a thing among their readings)
    pure_abstract: frozenset[str] = frozenset()
    #: Hindi key → its scene kind as in ``scene_lex``, for words read as one English noun too
    #: (तौलिया, towel; बाल्टी, bucket): the literal-scene test counts them, the company test does not
    scene_any: dict[str, frozenset[int]] = {}


def _noun_lexfiles() -> dict[str, int]:
    """English single-word noun → the lexicographer file of its first WordNet sense."""
    if not engdict.wordnet_available():
        return {}
    lexfile = wordnet.lexfiles("noun")
    return {
        lemma: int(lexfile[offsets[0]])
        for lemma, offsets in (wordnet.index("noun") or {}).items()
        if "_" not in lemma
    }


def _noun_classes(lexfiles: dict[str, int]) -> dict[str, str]:
    """English single-word noun → "a" (abstraction), "i" (institution), "n" (an animal), "c" (a
    thing, person, place or a group that is no institution: a crowd) or "" (anything else: time,
    state, event), by its first WordNet sense."""
    index = wordnet.index("noun") or {}
    out: dict[str, str] = {}
    for lemma, lex in lexfiles.items():
        offsets = index[lemma]
        if lex in ABSTRACT_LEX:
            out[lemma] = "a"
        elif lex == GROUP_LEX:
            out[lemma] = "i" if _institution(offsets[0]) else "c"  # a crowd, a band, an army act
        elif lex == ANIMAL_LEX:
            out[lemma] = "n"
        elif lex in PHYSICAL_LEX:
            out[lemma] = "c"
        else:
            out[lemma] = ""
    return out


def _institution(offset: int) -> bool:
    """Whether the noun synset at ``offset`` lies under *organization* and under none of the units
    whose members act physically."""
    return wordnet.noun_under(offset, _ORGANIZATION, _PHYSICAL_UNITS, depth=12)


def _build() -> Tables:
    lexfiles = _noun_lexfiles()
    classes = _noun_classes(lexfiles)
    verdict: dict[str, Counter[str]] = defaultdict(Counter)
    lex_votes: dict[str, Counter[int]] = defaultdict(Counter)
    readers: dict[str, set[str]] = defaultdict(set)
    for en, key in backdict.noun_keys(classes):
        verdict[key][classes[en]] += 1
        lex_votes[key][lexfiles[en]] += 1
        readers[key].add(en)
    for en, hs in idiom_glossary().items():  # the concrete words idioms are made of (सांचा, mould)
        if en in lexfiles:
            for key in {fold(f) for pos, h in hs if pos == "n" for f in noun_forms(h)}:
                lex_votes[key][lexfiles[en]] += 1
                readers[key].add(en)
    scene_lex, scene_any = {}, {}
    for key, votes in lex_votes.items():
        kinds: Counter[int] = Counter()
        for lex, n in votes.items():
            kinds[SCENE_KIND.get(lex, -lex)] += n
        kind, n = kinds.most_common(1)[0]
        if kind > 0 and 2 * n > sum(votes.values()):
            scene_any[key] = frozenset({kind})
            if len(readers[key]) > 1:
                scene_lex[key] = scene_any[key]
    # the concrete words idioms are made of (मेज़ is a table, whatever else "table" is)
    glossary_things = {
        fold(f) for hs in idiom_glossary().values() for pos, h in hs if pos == "n" for f in noun_forms(h)
    }
    verdict = {k: v for k, v in verdict.items() if k not in glossary_things}
    listed_abstract = {fold(f) for n in data()["hindi"]["abstract_nouns"] for f in noun_forms(n)}
    listed_inst = {fold(f) for n in data()["hindi"]["institutions"] for f in noun_forms(n)}
    abstract = {k for k, v in verdict.items() if v["a"] > v["c"] + v["n"]} | listed_abstract
    inst = {k for k, v in verdict.items() if v["a"] + v["i"] > v["c"] + v["n"]} | abstract | listed_inst
    things = {k for k, v in verdict.items() if v["c"] + v["n"] > v["a"] + v["i"]} | glossary_things
    animals = {k for k, v in verdict.items() if v["n"] > v["a"] + v["i"] + v["c"]} | {
        fold(f)
        for en, hs in idiom_glossary().items()
        if classes.get(en) == "n"
        for pos, h in hs
        if pos == "n"
        for f in noun_forms(h)
    }
    pure = {k for k, v in verdict.items() if v["a"] and not (v["c"] + v["n"] + v["i"])} - glossary_things
    return Tables(
        frozenset(abstract),
        frozenset(inst),
        frozenset(things),
        frozenset(animals),
        scene_lex,
        frozenset(pure),
        scene_any,
    )


@lru_cache(maxsize=1)
def tables() -> Tables:
    index = engdict._index_path()
    if index is None or not engdict.wordnet_available():
        return Tables(frozenset(), frozenset(), frozenset(), frozenset(), {}, frozenset())
    key = f"{_CACHE_VERSION}-{fingerprint(wordnet.WORDNET_DIR / 'index.noun')}-{engdict.cache_key(index)}"
    return derived_object("abstractnouns", key, _build, accept=lambda obj: isinstance(obj, Tables))


def scene_lexfiles(token: str) -> frozenset[int]:
    """The kind of scene (:data:`concrete.SCENE_KIND`) more than half of the token's dictionary noun
    readings have first, as a set (empty: an abstraction, a person, a word the dictionary lacks or
    reads as one English word only — बैंक, whose *bank* is first a slope —, a word read as a thing
    and as a person alike — प्रशंसक, fan); a place name of the project's place
    table (``data/place_names_hi.tsv``: WordNet's and Faker's places) is the land (*बंगाल* की खाड़ी)."""
    return _scene_kind(token, tables().scene_lex)


_LAND = frozenset({SCENE_KIND[15]})


def scene_kinds_any(token: str) -> frozenset[int]:
    """:func:`scene_lexfiles`, counting also a word the dictionary reads as one English noun only
    (तौलिया, towel): for a test that asks whether a sentence is made of things at all."""
    return _scene_kind(token, tables().scene_any)


def _scene_kind(token: str, table: dict[str, frozenset[int]]) -> frozenset[int]:
    """The token's kind in ``table``, or the land for a place name of the place table."""
    key = backdict.token_key(token)
    found = table.get(key)
    if found is None and key in _place_keys():
        return _LAND
    return found or frozenset()


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The one-word Devanagari spellings of the place table, folded."""
    out: set[str] = set()
    for line in data_text("place_names_hi.tsv").splitlines():
        if line and not line.startswith("#"):
            hindi = (line.split("\t") + [""])[1]
            out.update(fold(h) for h in hindi.split("|") if h and " " not in h)
    return frozenset(out)


def pure_abstract_keys() -> frozenset[str]:
    """Hindi keys the dictionary reads only as abstractions (no thing, person, animal or
    institution among their WordNet classes)."""
    return tables().pure_abstract


def abstract_keys() -> frozenset[str]:
    return tables().abstract


def institution_keys() -> frozenset[str]:
    return tables().institution


def animal_keys() -> frozenset[str]:
    """Hindi keys the dictionary reads mostly as animals (बिल्ली, बत्तख, कुत्ता): an actor that does
    an idiom's physical image for real."""
    return tables().animals


#: postpositions that place something on, in or at a thing (खंभों *पर*, गोदाम *में*)
_PLACING = frozenset(fold(w) for w in "पर में से".split())


def physical_setting(words: list[str]) -> bool:
    """Whether ``words`` (between an actor and an idiom) place the action at a physical thing — a
    noun that reads as a thing followed by पर, में or से (बिजली विभाग ने *खंभों पर* नए तार खींचे: a
    department's workers strung wires, no strings were pulled)."""
    things = tables().things
    return any(
        backdict.token_key(w) in things and fold(nxt) in _PLACING
        for w, nxt in zip(words, words[1:], strict=False)
    )


#: postpositions after a noun that make it no actor of the clause (सफ़ाई *के लिए*, जांच *के* बाद, बाज़ार *में*)
_OBLIQUE = frozenset(fold(w) for w in "के की का से में पर तक लिए द्वारा".split())


def actor_before(words: list[str], lo: int, keys: frozenset[str], reach: int = SUBJECT_REACH) -> bool:
    """Whether one of the ``reach`` nearest content words before ``lo`` (of ``words``, raw
    tokens of one sentence) is in ``keys`` (:func:`abstract_keys`, :func:`institution_keys`) and
    is the clause's actor or topic: followed by ने, को or no postposition (यूनियन ने, अर्थव्यवस्था
    अभी, दावों को), not by one that makes it a place, a time or a purpose (सफ़ाई के लिए)."""
    seen = 0
    for i in range(lo - 1, -1, -1):
        tok = words[i]
        if is_stop(tok):
            continue
        if backdict.token_key(tok) in keys and (i + 1 >= len(words) or fold(words[i + 1]) not in _OBLIQUE):
            return True
        seen += 1
        if seen >= reach:
            break
    return False
