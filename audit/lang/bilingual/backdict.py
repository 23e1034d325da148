"""Hindi → English: the English–Hindi dictionary and the project's glossaries read backwards.

A Hindi content word (any inflection) maps to the English headwords whose translation uses it:
छत → roof, चांद → moon, रक्षकों → guard, अंगूठे → toe. HI209 reads a literal idiom back into
English with it (:mod:`audit.rules.idiom_back`).

Sources, all read at run time: the FreeDict eng-hin dictionary (:mod:`audit.lang.engdict`, GPL:
neither it nor this index is ever written into the repository; the index is kept in the user's
cache folder only), this project's idiom glossary (``data/idiom_glossary.tsv``), name-word
glossary (``data/name_word_glossary.toml``, ``[words]``) and transliteration glossary
(``data/translit_glossary.tsv``), all Apache-2.0. Only the English words a caller asks for are
indexed (:func:`build`), so the index stays small and each look-up is one dict access per key.

Keys are :func:`audit.lang.bilingual.hindi.stem_key` of each content word of a short translation
(at most three words: longer ones are definitions); a token is looked up under its stem key and
under the stem of its verb forms (बुलाया → बुला), see :func:`token_keys`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict, translit_glossary
from audit.lang import resources as res
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import fold, is_stop
from audit.lang.bilingual.idioms import glossary as idiom_glossary
from audit.lang.inflection import adjective_forms, noun_forms, verb_forms

MAX_WORDS = 3  # a longer translation is a definition
MAX_RANK = 2  # the dictionary's later senses are rarer uses (roll: 3. लपेटना) or periphrases
#: light verbs of Hindi verb phrases (लात *मारना* keeps लात; छुटकारा *पाना* must not make पानी a kick)
LIGHT_VERBS_HI = frozenset(
    fold(w)
    for w in """करना होना देना लेना जाना आना रखना पाना लगना लगाना डालना बनाना बनना पड़ना उठना
    चलना रहना""".split()
)
MAX_ZIPF = 5.4  # a Hindi word this common (wordfreq Zipf: पास, दिन) is no evidence of an English word
_SPLIT = re.compile(r"[\s\-~/]+")
_DEVA = re.compile(r"^[\u0900-\u097F\u200c\u200d]+$")


def translations(word: str) -> list[tuple[str, str]]:
    """(pos, Hindi) translations of the English ``word`` as written, from every source.
    pos: n / v / a / r / "" (unknown)."""
    out = [(_pos(s.pos), s.hindi) for s in engdict.dictionary().senses.get(word, []) if s.rank <= MAX_RANK]
    out.extend(idiom_glossary().get(word, ()))
    out.extend(("n", h) for h in _name_words().get(word, ()))
    out.extend(("", h) for h in _translit().get(word, ()))
    return out


def english_words() -> set[str]:
    """Every English headword of the sources."""
    return set(engdict.dictionary().senses) | set(idiom_glossary()) | set(_name_words()) | set(_translit())


def noun_keys(english: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(English word, Hindi key) for each one-word noun translation of each of the ``english``
    words that the sources hold: the inflected forms (:func:`hindi_keys_of`) of its Hindi noun."""
    known = english_words()
    for en in english:
        if en not in known:
            continue
        for pos, hindi in translations(en):
            if pos not in ("n", ""):
                continue
            words = hindi_keys_of(hindi, "n")
            if len(words) == 1:
                for key in words[0]:
                    yield en, key


def _hindi_of(word: str) -> list[tuple[str, str]]:
    """:func:`translations` of the word and of its base forms (threw → throw)."""
    return [t for lemma in dict.fromkeys((word, *E.lemmas(word))) for t in translations(lemma)]


def _pos(freedict_pos: str) -> str:
    p = freedict_pos.lower()
    return "n" if p.startswith("n") else "v" if p.startswith("v") else "a" if p.startswith("adj") else "r"


@lru_cache(maxsize=1)
def _name_words() -> dict[str, tuple[str, ...]]:
    raw = data_toml("name_word_glossary.toml").get("words", {})
    return {str(k).lower(): tuple(v) for k, v in raw.items() if v}


@lru_cache(maxsize=1)
def _translit() -> dict[str, tuple[str, ...]]:
    return {en.lower(): e.hindi for en, e in translit_glossary.entries().items()}


def hindi_keys_of(hindi: str, pos: str = "") -> list[frozenset[str]]:
    """For each word of one short Devanagari translation that carries its meaning ([] for a
    definition), the folded forms it takes in a sentence (:mod:`audit.lang.inflection`: छत,
    छतों; रक्षक, रक्षकों; बुलाना, बुलाया).

    Hindi is head-final: of a noun phrase only its last word stands for the English word (पाँव
    का *अंगूठा* is a toe, बैंड *वैगन* a bandwagon, not बैंड); of a verb phrase every word but a
    light verb (*लात* मारना, *नज़र* आना). Function words and the commonest Hindi words (Zipf
    ≥ :data:`MAX_ZIPF`: पास, दिन) are no evidence and are left out."""
    words = [w for w in _SPLIT.split(re.sub(r"\[[^\]]*\]?|\.", " ", hindi)) if w]
    if not words or len(words) > MAX_WORDS or not all(_DEVA.match(w) for w in words):
        return []
    content = [w for w in words if not is_stop(w) and fold(w) not in LIGHT_VERBS_HI]
    if len(words) > 1 and not words[-1].endswith("ना"):
        content = content[-1:]  # a noun phrase: its head
    elif len(words) > 2 and len(content) < len(words) - 1:
        return []  # a verb phrase with a case marker is a paraphrase (land: परेशानी में डालना)
    out = []
    for w in content:
        if len(fold(w)) < 2 or res.zipf_hi(w) >= MAX_ZIPF:
            continue
        out.append(frozenset(fold(f) for f in _forms(w, pos)))
    return out


def _forms(word: str, pos: str) -> tuple[str, ...]:
    if word.endswith("ना") and len(word) > 3 and pos in ("v", ""):
        stem = word[:-2]
        forms = verb_forms(stem) + (word,)
        # the intransitive of a causative (गिराना → गिरना: spilt milk = गिरा हुआ दूध) when Hindi has it
        if stem.endswith("ा") and len(stem) > 2 and res.zipf_hi(stem[:-1] + "ना") >= 3.0:
            forms += verb_forms(stem[:-1])
        return forms
    if pos == "a":
        return adjective_forms(word)
    if pos == "n":
        return noun_forms(word)
    return noun_forms(word) + adjective_forms(word)


def hindi_keys(word: str) -> dict[str, set[str]]:
    """Folded Hindi form → parts of speech, for every Hindi word that translates the English ``word``."""
    out: dict[str, set[str]] = defaultdict(set)
    for pos, hindi in _hindi_of(word):
        for forms in hindi_keys_of(hindi, pos):
            for key in forms:
                out[key].add(pos or "n")
    return out


def build(words: Iterable[str]) -> dict[str, dict[str, str]]:
    """The backward index for ``words``: folded Hindi form → {English word: its parts of speech}."""
    index: dict[str, dict[str, str]] = defaultdict(dict)
    for w in sorted(set(words)):
        for key, poss in hindi_keys(w).items():
            index[key][w] = "".join(sorted(poss))
    return dict(index)


def token_key(token: str) -> str:
    """The key a Hindi token is looked up under: its folded spelling (:func:`fold`)."""
    return fold(token)


def available() -> bool:
    return engdict.available()


#: a transliterated word (शॉट्स → shots, ऑर्डर → order, प्रोफ़ाइल → profile): the English look-alike
#: must be this close in spelling and this common in English (बोर्ड is board, not bard)
TRANSLIT_SIMILARITY = 0.85
TRANSLIT_ZIPF_EN = 3.5


def translit_readings(tok: str, wanted: Container[str]) -> dict[str, str]:
    """The words of ``wanted`` that ``tok`` spells out in Devanagari, as nouns: MT transliterates
    an idiom's image words as often as it translates them (दादी शॉट्स बुलाती हैं for calls the
    shots)."""
    return {
        en: "n"
        for en, zipf, sim in res.english_lookalikes(tok)
        if sim >= TRANSLIT_SIMILARITY and zipf >= TRANSLIT_ZIPF_EN and en in wanted
    }
