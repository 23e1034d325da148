"""HI408/HI409 with the English source: a word Hindi text (nearly) never writes that spells an
ordinary word of the source, when Hindi has a word for it.

The source names the English word a Devanagari word stands for, so no exact spelling, rival test or
grammatical slot is needed to know it (the Hindi-only paths need them: :mod:`audit.rules.translit_unwritten`
wants an exact spelling in an ordinary word's slot). What is left to weigh is the Hindi side:

* Hindi text does not write the spelling: wordfreq's Hindi list knows it (and its stems) at most at
  Zipf :data:`SPELLED_MAX_TRANSLIT_ZIPF` — loans Hindi news writes (पॉडकास्ट, जीन्स, सैलरी) are
  commoner than that, a word left in English (टॉरटॉइज़, ब्लंट, स्नोर) is not written at all;
* it spells the source word, or the base form of an inflected one (*sniffed* → स्निफ़ किया), by
  letters or by sound (:func:`audit.rules.translit_source.spells_source`, similarity ≥
  :data:`SPELLED_MIN_SIMILARITY`); a word of two consonants (नाइफ़) only as the transliterator or
  the ear spells it exactly;
* the dictionary knows the source word itself (a loan the dictionary lacks — *router*, *webinar* —
  is not read through another word's entry, *rout*) and gives a Hindi word for it, or WordNet a
  synonym's (:func:`audit.rules.translit_unwritten.synonym_equivalent`), that Hindi text writes in
  some inflected form (Zipf ≥ :data:`SPELLED_MIN_HINDI_ZIPF`).

A source verb in a past or irregular form (*sank*, *begged*, *rode*: WordNet's exception list
gives the base form) standing before a Hindi light verb (सिंक हो गई, बेग किया) is read through the
verb's own Hindi — a Hindi verb or a conjunct's noun (डूबना, प्रार्थना करना), standing mainly for it
— and may be a spelling Hindi text writes now and then (up to :data:`WRITTEN_MAX_TRANSLIT_ZIPF`:
as a noun, or as another word it spells — the basin, *byte*, *steel*) when the transliterator or
the ear spells the source word exactly and the verb's Hindi is commoner by the borrowing gap
(:data:`WRITTEN_MIN_MARGIN`). A noun in that band stays silent: it is as often a loan Hindi writes.

The guards of the Hindi-only classes apply as they are: learned derivations (*-tion*, *-ment*:
Hindi borrows such terms), words the glossary says news uses, listed loans and names
(:func:`audit.rules.translit_levels.silenced`), Hindi words of the dictionary, Hindi letters
(छ, ठ, ड़), forms of Hindi verbs, and a spelling variant of a loan Hindi writes (चॉकलेट). The
sentence-level guards of HI408 (names of the source, name runs, English compounds) apply to what
this path finds too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang.bilingual import english as E
from audit.lang.transcription import SENT_START, source_words, spells
from audit.rules.script import max_stem_zipf, word_stems
from audit.rules.translit_equiv import (
    LIGHT_XLIT_MAX_TRANSLIT_ZIPF,
    RARE_MAX_TRANSLIT_ZIPF,
    common_equivalent,
    known_variant,
    learned,
)
from audit.rules.translit_levels import (
    DICTIONARY_BORROWING_GAP,
    LEVELS,
    Candidate,
    Strictness,
    hindi_oblique,
    hindi_word,
    silenced,
    variant_zipf,
)
from audit.rules.translit_places import joined
from audit.rules.translit_reading import hindi_verb_form
from audit.rules.translit_source import (
    SHORT_KEY_LEN,
    closest_source_word,
    heard,
    source_lemmas,
    spells_source,
)
from audit.rules.translit_unwritten import (
    HINDI_ONLY,
    UNWRITTEN_MIN_HINDI_ZIPF,
    exact_readings,
    synonym_equivalent,
)

#: the transliteration: at most this common in Hindi text (its stems too)
SPELLED_MAX_TRANSLIT_ZIPF = RARE_MAX_TRANSLIT_ZIPF
#: how closely it must spell the source word (letters or sound); a longer consonant skeleton is
#: spelled by chance far more rarely, so a looser spelling of it will do (वॉशरमैन *washerman*,
#: टर्मरिक *turmeric*, स्ट्रेनर *strainer* 0.80; चिज़ल *chisel* 0.83)
SPELLED_MIN_SIMILARITY = 0.85
SPELLED_MIN_SIMILARITY_BY_KEY = {3: 0.8, 4: 0.75}
#: the Hindi word: this common in Hindi text in some inflected form; a thing's name (a noun) as
#: common as the Hindi-only class of unwritten words asks (कुटी, पाड़ are rarer: the loan names it;
#: at Zipf 3.0-3.3 the dictionary's word for a thing is as often another sense of it — झरोखा for
#: *ventilator*, पाड़ for *scaffold* — as the everyday word — ककड़ी, तरबूज: measured round 17)
SPELLED_MIN_HINDI_ZIPF = 3.0
SPELLED_MIN_NOUN_ZIPF = UNWRITTEN_MIN_HINDI_ZIPF
#: a source verb before a Hindi light verb (सिंक हो गई for *sank*) whose spelling Hindi text writes
#: now and then (above :data:`SPELLED_MAX_TRANSLIT_ZIPF`, up to this: स्लिप 3.4, बाइट 3.35, सिंक 3.3)
#: — as a noun or as another word it spells (the basin, *byte*, *steel*) — is read when the
#: transliterator or the ear spells the source word exactly and the verb's Hindi is commoner by the
#: dictionary's borrowing gap (सिंक 3.3, डूबना 4.7; not हैक 3.65 for *hacked*, टुकड़े करना 4.5: Hindi
#: writes that loan nearly as often as its Hindi). A noun in this band is as often a loan Hindi
#: writes (प्रोडक्ट, ऐक्शन, कंटेनर, लैंप: clean IndicMT references and dev rows, measured round 18) as a
#: word left in English (विंडो): it stays silent
WRITTEN_MAX_TRANSLIT_ZIPF = LIGHT_XLIT_MAX_TRANSLIT_ZIPF
WRITTEN_MIN_MARGIN = DICTIONARY_BORROWING_GAP
#: the Hindi word means the source word: no English word the dictionary translates by it is more
#: than this much commoner in English text (रोक is *check*, not *barricade*; देश is not *grime*)
BACK_MARGIN = 0.7
#: a thing's name: Hindi writes its word about as often as English writes the source word; a Hindi
#: word this much rarer (Zipf) leaves the thing to the loan (पेंच for *screw*, ठप्पा for *stamp*,
#: कुटी for *cottage*). Adjectives and verbs are not things Hindi borrows names for (क्रुएल, लोनली)
MAX_HINDI_DEFICIT = 0.5


def means(hindi: str, lemma: str) -> bool:
    """The dictionary's Hindi word stands mainly for ``lemma``: of the one-word English content
    words it translates, none is more than :data:`BACK_MARGIN` commoner in English text."""
    others = [
        s.english
        for s in engdict.dictionary().translates_as_word(hindi)
        if " " not in s.english and E.is_content(s.english)
    ]
    top = max((res.zipf_en(en) for en in others), default=0.0)
    return res.zipf_en(lemma) >= top - BACK_MARGIN


def stands_for(c: Candidate | None) -> Candidate | None:
    """A Hindi-only guess whose Hindi word stands mainly for the English word guessed (:func:`means`,
    for the word or a base form of it), or None: the source can confirm the guess's English word,
    never a Hindi word that is another word's (भाग for *division*: *part*)."""
    if c is None or any(means(c.hindi, lemma) for lemma in E.lemmas(c.english)):
        return c
    return None


def _other_word(word: str, english: str) -> bool:
    """``word`` spells another ordinary English word exactly and the source word not (सोंग *song*
    for *sang*; रेलिंग *railing*, a word of its own, for *rail*): it transliterates that word."""
    exact = exact_readings(word)
    # the source's word in its other national spelling is the same word (नेबर: *neighbor*, *neighbour*)
    own = {v for form in (english, *E.lemmas(english)) for v in glossary.spelling_variants(form)}
    if not exact or exact & own:
        return False
    return any(not own & set(E.lemmas(en)) or _lexical(en) for en in exact)


def _lexical(english: str) -> bool:
    """WordNet lists the word as a lemma of its own (*railing*, not *rails*)."""
    return wordnet.available() and any(english in (wordnet.lemmas(pos) or ()) for pos in ("noun", "adj"))


def _noun(english: str) -> bool:
    return wordnet.available() and english in (wordnet.lemmas("noun") or ())


def _verb_lemmas(english: str) -> tuple[str, ...]:
    """The verbs WordNet lists that the source word is an inflected form of: a past or participle
    in *-ed* or an irregular form of its exception list (*slipped* → slip, *sank* → sink, *bit* →
    bite); none for a base form, which may be a noun (*drum*, *soak*)."""
    if not wordnet.available():
        return ()
    verbs = wordnet.lemmas("verb") or frozenset()
    forms = E.irregular("verb").get(english) or (E.lemmas(english)[1:] if english.endswith("ed") else ())
    return tuple(f for f in forms if f in verbs)


def _verb_equivalent(english: str) -> tuple[str, float] | None:
    """For a source verb standing before a Hindi light verb (सिंक हो गई for *sank*, बेग किया for
    *begged*): the Hindi the dictionary gives for the verb itself, a Hindi verb or a conjunct's noun
    (डूबना, प्रार्थना करना; not the noun *sink*'s हौदी), common enough and standing mainly for it
    (:func:`means`: मिलाना is *mix*, not *fuse*; टुकड़े करना is *piece*, not *hack*)."""
    for lemma in _verb_lemmas(english):
        eq = common_equivalent(lemma, verb=True)
        if eq is not None and eq[1] >= SPELLED_MIN_HINDI_ZIPF and means(eq[0], lemma):
            return eq
    return None


#: WordNet's lexicographer files of things of nature: animals, feelings, natural objects, natural
#: phenomena (noun.animal, noun.feeling, noun.object, noun.phenomenon)
NATURE_FILES = frozenset({"05", "12", "17", "19"})


def unborrowed(lemma: str) -> bool:
    """Hindi has its own word for ``lemma`` whatever wordfreq's Hindi list knows of it: a thing of
    nature by its first WordNet sense — an animal, a feeling, a natural object or phenomenon (*snail*,
    *sorrow*, *rainbow*, *snowfall*); loans name made things, trades, terms and acts (*plumber*,
    *ventilator*, *quiz*: clean dev rows, round 20). A noun first, by its senses, not an adjective's
    one noun sense (*steep*)."""
    if not wordnet.available():
        return False
    files = wordnet.sense_files("noun", lemma)
    # (a noun first: *steep* is an adjective, though its one noun sense is a natural object)
    return bool(files) and files[0] in NATURE_FILES and len(files) >= len(wordnet.senses("adj", lemma))


def _equivalent(english: str, unwritten: bool = False) -> tuple[str, float] | None:
    """The Hindi word for the source word or its base form, common enough: from the dictionary's
    entry of that word itself, else WordNet's synonym; None when the dictionary has no entry for it.
    ``unwritten``: Hindi text never writes the spelling and Hindi has its own word for the word
    (:func:`unborrowed`) — the dictionary's word that stands mainly for it will do however rare it is
    in wordfreq's Hindi list (घोंघा *snail*, इंद्रधनुष *rainbow*)."""
    d = engdict.dictionary()
    base = _quality_of(english)
    if base is not None and not d.senses.get(english):
        return _adjective_equivalent(base)
    for lemma in source_lemmas(english):
        if not d.senses.get(lemma):
            continue
        if unwritten and unborrowed(lemma):
            eq = common_equivalent(lemma)
            if eq is not None and means(eq[0], lemma):
                return eq
        # the dictionary's own word first; a synonym's where the dictionary's is rare (*stubborn*)
        for eq in (common_equivalent(lemma), synonym_equivalent(lemma)):
            if eq is None or eq[1] < SPELLED_MIN_HINDI_ZIPF:
                continue
            if not means(eq[0], lemma):
                continue
            # (Zipf values come at two decimals: a deficit of exactly the bar is within it)
            if _noun(lemma) and (
                eq[1] < SPELLED_MIN_NOUN_ZIPF or round(res.zipf_en(lemma) - eq[1], 2) > MAX_HINDI_DEFICIT
            ):
                if eq[1] >= SPELLED_MIN_NOUN_ZIPF:
                    return None  # the thing's own word, too rare: the thing is left to the loan
                    # (पेंच for *screw*; no synonym speaks for it: *screw* is a jailer in WordNet)
                continue
            return eq
    return None


#: the Hindi oblique plural (-ों: ऑडिटरों): what the spelled path finds carries no such ending
_HINDI_OBLIQUE_PLURAL = "ों"


def _min_similarity(word: str) -> float:
    """The spelling similarity :func:`_spelled_candidate` asks of ``word``, by its skeleton's length."""
    key = len(res.dev_key(word))
    return min(
        (v for k, v in SPELLED_MIN_SIMILARITY_BY_KEY.items() if key >= k), default=SPELLED_MIN_SIMILARITY
    )


def _quality_of(english: str) -> str | None:
    """The adjective a *-ness* noun names the quality of (*loneliness* → lonely, *kindness* → kind),
    when the dictionary knows it: Hindi names the quality from its own word (अकेलापन, दयालुता),
    so a Hindi word for the adjective is one for the noun too."""
    if not english.endswith("ness") or len(english) < 7:
        return None
    stem = english[:-4]
    for base in (stem[:-1] + "y" if stem.endswith("i") else stem, stem):
        if engdict.dictionary().senses.get(base):
            return base
    return None


def _adjective_equivalent(adjective: str) -> tuple[str, float] | None:
    """The commonest one-word Hindi adjective the dictionary gives for ``adjective`` (*kind* →
    दयालु, not the noun's प्रकार), common enough and standing mainly for it, or None."""
    best: tuple[str, float] | None = None
    for s in engdict.dictionary().senses.get(adjective, ()):
        if not s.pos.startswith("Adj") or " " in s.hindi or "-" in s.hindi:
            continue
        if engdict.is_transliteration(s.hindi, english=adjective, common=False):
            continue
        z = variant_zipf(s.hindi)
        if best is None or z > best[1]:
            best = (s.hindi, z)
    if best is None or best[1] < SPELLED_MIN_HINDI_ZIPF or not means(best[0], adjective):
        return None
    return best


@lru_cache(maxsize=100_000)
def _spelled_candidate(
    word: str, english: str, code: str, slot: bool, light: bool = False
) -> Candidate | None:
    level = LEVELS[code]
    if len(word) < 3 or HINDI_ONLY.search(word) or hindi_verb_form(word):
        return None
    if word.endswith(_HINDI_OBLIQUE_PLURAL):
        return None  # a loan Hindi has taken in: it inflects it as its own noun (ऑडिटरों)
    tz = max_stem_zipf(word)
    band = tz > SPELLED_MAX_TRANSLIT_ZIPF  # a spelling Hindi writes now and then
    if band and (tz > WRITTEN_MAX_TRANSLIT_ZIPF or heard(word, english) < 1.0):
        return None
    sim = spells_source(word, english)
    if sim < _min_similarity(word):
        return None
    if len(res.dev_key(word)) < SHORT_KEY_LEN and not (slot and heard(word, english) == 1.0):
        # two consonants match too many words (याट: *yacht*, a loan too): only the exact spelling in
        # an ordinary word's slot (एक विडो, राइप थे)
        return None
    if _other_word(word, english):
        return None
    if any(learned(lemma) for lemma in source_lemmas(english)):
        return None  # a learned derivation: Hindi borrows such terms
    entry = glossary.lookup(english)
    if entry is not None and entry.level not in level.source_glossary_levels:
        return None  # a loan the glossary says news uses
    if silenced(word, level, source=True) or hindi_word(word, english) or hindi_oblique(word):
        return None
    if known_variant(word):
        return None  # a loan Hindi writes in another spelling
    # a source verb before a Hindi light verb reads the verb's Hindi (सिंक हो गई: डूब गई); a
    # spelling Hindi writes, only so (:data:`WRITTEN_MAX_TRANSLIT_ZIPF`)
    verb = light and bool(_verb_lemmas(english))
    if band and not verb:
        return None
    # Hindi text never writes the spelling and Hindi has its own word for the thing: the dictionary's
    # word will do however rare wordfreq finds it (घोंघा *snail*)
    unwritten = tz <= 0 and any(unborrowed(lemma) for lemma in source_lemmas(english))
    eq = (_verb_equivalent(english) if verb else None) or (None if band else _equivalent(english, unwritten))
    if eq is None:
        return None
    if not unwritten and (
        eq[1] < SPELLED_MIN_HINDI_ZIPF or eq[1] - tz < (WRITTEN_MIN_MARGIN if band else level.min_margin)
    ):
        return None
    if res.dev_key(eq[0]) in {res.dev_key(st) for st in word_stems(word)}:
        return None  # the Hindi word itself, inflected (समोसों: समोसा, the source's *samosas*)
    return Candidate(english, eq[0], tz, eq[1])


def spelled_candidate(
    word: str, src_words: tuple[str, ...], level: Strictness, slot: bool = False, light: bool = False
) -> Candidate | None:
    """The ordinary source word ``word`` spells out (see the module's text), or None; the closest
    spelled when several qualify. ``slot``: the word stands in an ordinary word's slot
    (:func:`audit.rules.translit_unwritten.ordinary_slot`); ``light``: before a Hindi light verb."""
    return closest_source_word(
        word, src_words, level.code, lambda w, en, code: _spelled_candidate(w, en, code, slot, light)
    )


def source_neighbour(text: str, toks: list[tuple[int, int, str]], i: int, src: str) -> bool:
    """A neighbour of word ``i`` (space or hyphen between) spells a word of the source: only then
    can a word this path found be part of an English term or name kept on purpose (the source
    would hold the term); a Hindi neighbour FreeDict lacks (पुरानी, मछुआरे) makes none."""
    words = _source_tokens(src)
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(toks) and joined(text, toks, min(i, j), max(i, j))]
    return any(spells(toks[j][2], en) for j in near for en in words)


@lru_cache(maxsize=4096)
def _source_tokens(src: str) -> tuple[str, ...]:
    """Every word of the source, names too, lower case."""
    return tuple(dict.fromkeys(t.lower() for _s, _e, t in E.tokens(src) if t.isalpha()))


#: an English possessive ending (*the priest's house*)
_POSSESSIVE = re.compile("['\u2019]s$")


@lru_cache(maxsize=4096)
def spelled_source_words(src: str) -> tuple[str, ...]:
    """The ordinary words of the source this path reads: :func:`source_words` and two kinds it
    leaves out — the noun of a possessive (*the priest's house*), and a capitalised first word that
    English writes without an article before a lower-case word: a bare plural (*Ants had got in*,
    *Frogs croaked*), an adjective (*Cheerful volunteers*) or an imperative verb (*Boil the water*)
    WordNet lists. A singular noun opening a sentence without an article is a name (*Puma signed*),
    and stays out."""
    out = dict.fromkeys(source_words(src))
    toks = E.tokens(src)
    for k, (s, _e, t) in enumerate(toks):
        m = _POSSESSIVE.search(t)
        stem = t[: m.start()] if m else t
        if m and stem.isalpha() and stem.islower() and E.is_content(stem):
            out.setdefault(stem, None)
        elif (
            t.isalpha()
            and t[:1].isupper()
            and t[1:].islower()
            and SENT_START.search(src[:s])
            and k + 1 < len(toks)
            and toks[k + 1][2][:1].islower()
            and E.is_content(t.lower())
            and _unnamed_opening(t.lower(), toks[k + 1][2])
        ):
            out.setdefault(t.lower(), None)
    return tuple(out)


#: determiners after an imperative verb (*Boil the water*, *Shell your peas*)
_DETERMINERS = frozenset("the a an your this that these those some all".split())


def _unnamed_opening(word: str, nxt: str) -> bool:
    """``word`` may open an English sentence without an article before the word ``nxt``: the
    plural of a noun WordNet lists (not the noun itself), an adjective or a verb's base form WordNet
    lists that is no noun, or a verb before a determiner (an imperative: *Boil the water*)."""
    if not wordnet.available():
        return False
    if nxt.lower() in _DETERMINERS and word in (wordnet.lemmas("verb") or ()):
        return True
    nouns = wordnet.lemmas("noun") or frozenset()
    if word in nouns:
        return False
    if any(lemma in nouns for lemma in E.lemmas(word)[1:]) and word.endswith("s"):
        return True
    return any(word in (wordnet.lemmas(pos) or ()) for pos in ("adj", "verb"))


def name_or_term_beside(text: str, toks: list[tuple[int, int, str]], i: int, src: str | None) -> bool:
    """With the source, a neighbour of word ``i`` can make a name or an English term with it only
    when it spells a word of the source (:func:`source_neighbour`): a name or term kept in English
    is written in the source too, so a neighbour it does not hold is a Hindi word FreeDict lacks
    (सूख, बैठा, सिली) or another word, whatever it looks like; without the source, always True (the
    Hindi-only guards decide)."""
    return not src or source_neighbour(text, toks, i, src)
