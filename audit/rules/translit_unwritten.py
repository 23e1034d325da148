"""HI408/HI409: a word Hindi text never writes that spells exactly one everyday English word.

A transliteration Hindi text uses (स्कूल, पैकेज) has a frequency in wordfreq's Hindi list; a
word with none (Zipf 0, for its stems too) that spells an everyday English word *exactly* — as the
IndicXlit transliterator spells it, or by sound (:mod:`audit.lang.translit_sound`: ब्रूम *broom*,
सेल्फ़िश *selfish*, ग्रेटफुल *grateful*) — and no other English word, is English left in
Devanagari whenever Hindi has a word for it. Which Hindi word: the English–Hindi dictionary's for
the word (:func:`audit.rules.translit_equiv.common_equivalent`) or, where FreeDict's own
translation is rare or missing (*stubborn* → हठीला, *hide* → none), its translation of a WordNet
synonym of the word's first sense (*obstinate* → ज़िद्दी, *conceal* → छिपाना), used in Hindi text
in some inflected form.

The other paths of HI408 (:mod:`audit.rules.translit_common`) weigh rivals by letter similarity
(a foreign name, a commoner English word spelled almost as closely); an exact spelling of one
English word needs none of that, and the sentence-level guards (names, name runs, English terms)
still apply to what this path finds. Learned derivations (*-tion*, *-ment*, *-ing*: Hindi borrows
them as terms), words the glossary says news uses, listed loans, Hindi words of the dictionary and
known spelling variants of a loan Hindi writes stay silent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.core.text import NUKTA
from audit.lang import engdict, translit_sound, translit_xlit, wordnet
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang.bilingual import english as E
from audit.rules.names import norm
from audit.rules.script import max_stem_zipf, ordinary_english_words
from audit.rules.translit_context import DETERMINERS, POSTPOSITIONS, adjective_only
from audit.rules.translit_equiv import (
    LIGHT_VERB_FORMS,
    before_light_verb,
    common_equivalent,
    known_variant,
    learned,
)
from audit.rules.translit_levels import (
    DICTIONARY_BORROWING_GAP,
    LEVELS,
    Candidate,
    borrowed,
    hindi_oblique,
    hindi_word,
    silenced,
    variant_zipf,
)
from audit.rules.translit_places import joined
from audit.rules.translit_reading import english_reading, hindi_verb_form

#: the English word: this common in English text, this many letters
UNWRITTEN_MIN_ENGLISH_ZIPF = 3.0
UNWRITTEN_MIN_LETTERS = 3
#: the Hindi word: this common in Hindi text in some inflected form
UNWRITTEN_MIN_HINDI_ZIPF = 3.3
#: the words that put the next one in an ordinary noun's or adjective's slot: determiners and
#: possessives (translit_context's), numbers and intensifiers
_BEFORE = (
    frozenset(
        norm(w)
        for w in """एक दो तीन चार पांच कोई कुछ बहुत काफ़ी काफी बेहद ज़्यादा ज्यादा अधिक सबसे इतना इतनी इतने
    कितना कितनी कितने थोड़ा थोड़ी थोड़े बिल्कुल""".split()
    )
    | DETERMINERS
)
#: the words after it that make it a predicate or a conjunct verb's noun: copulas and light verbs
#: (की only where it ends the clause or an auxiliary follows: else it is the genitive, याट की ज़रूरत)
_AFTER = frozenset(norm(w) for w in (LIGHT_VERB_FORMS - {"की", "कीं"}) | set("था थी थे थीं है हैं हूं".split()))
_AFTER_KI = frozenset(norm(w) for w in "की कीं".split())
_AUXILIARIES = frozenset(norm(w) for w in "है हैं था थी थे गई गए गया जा जाती जाता जाते जाएगी जाएगा".split())
#: the parts of speech whose first synset's other lemmas count as synonyms
_POS = ("noun", "adj", "verb", "adv")


@lru_cache(maxsize=20_000)
def synonym_equivalent(english: str, only: str = "") -> tuple[str, float] | None:
    """The commonest Hindi word the dictionary gives for another one-word lemma of the first WordNet
    synset of ``english`` in any part of speech (``only`` that one, WordNet's name of it) whose own
    first sense that synset is too (*stubborn* → obstinate → ज़िद्दी, *hide* → conceal → छिपाना; not
    *survive* → go; the adjective *brave* not through the verb's *weather*), or None."""
    if not wordnet.available():
        return None
    best: tuple[str, float] | None = None
    for pos in (only,) if only else _POS:
        for offset in (wordnet.index(pos) or {}).get(english, ())[:1]:
            for lemma in wordnet.synset_at(pos, offset).lemmas:
                lemma = lemma.split("(")[0]
                if lemma == english or "_" in lemma or wordnet.first_sense(pos, lemma) != offset:
                    continue  # (a synonym only in a later sense of its own: *go* for *survive*)
                eq = common_equivalent(lemma)
                if eq is not None and (best is None or eq[1] > best[1]):
                    best = eq
    return best


def ordinary_slot(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Hindi grammar puts word ``i`` in an ordinary word's slot: after a determiner, possessive,
    number or intensifier (एक टर्टल, उसकी टंग, बहुत शाई), or before a copula or light verb (डेफ़ था,
    कंडेम किया) — where names do not stand (ईगल्स ने, ब्राइटन के, आख़िरी लैप में)."""
    if i > 0 and joined(text, toks, i - 1, i) and norm(toks[i - 1][2]) in _BEFORE:
        return True
    if i + 1 >= len(toks) or not joined(text, toks, i, i + 1):
        return False
    nxt = norm(toks[i + 1][2])
    if nxt in _AFTER:
        return True
    if nxt in _AFTER_KI:
        return (
            i + 2 >= len(toks) or not joined(text, toks, i + 1, i + 2) or norm(toks[i + 2][2]) in _AUXILIARIES
        )
    return False


#: a negation between a predicate and its copula or light verb (राइप नहीं हुए)
_NEGATIONS = frozenset(norm(w) for w in "नहीं न".split())


def adjective_slot(text: str, toks: list[tuple[int, int, str]], i: int, english: str) -> bool:
    """Word ``i`` reads as an English adjective and nothing else (WordNet lists no noun of it, so no
    name WordNet knows either: not *young*, *hardy*) and stands where Hindi puts an adjective: before
    a Hindi word of the dictionary (its noun: रॉटन फल), a copula or light verb, or a negation
    (राइप नहीं हुए) — never before a postposition, where a name stands (मेसी को), nor before another
    transliteration (लोनली प्लैनेट: a title)."""
    if not adjective_only(english) or i + 1 >= len(toks) or not joined(text, toks, i, i + 1):
        return False
    nxt = toks[i + 1][2]
    if norm(nxt) in _AFTER or norm(nxt) in _NEGATIONS:
        return True
    return norm(nxt) not in POSTPOSITIONS and hindi_word(nxt)


def exact_readings(word: str) -> frozenset[str]:
    """The ordinary (lower-case dictionary) English words ``word`` spells exactly, by the
    transliterator or by sound: not *ohio*, *underwood*, *scottish*."""
    out = {en for en, sim, _p in translit_xlit.all_readings(word) if sim == 1.0}
    out.update(en for en, sim, _p in translit_sound.readings(word) if sim == 1.0)
    vocabulary = ordinary_english_words()
    return frozenset(en for en in out if en in vocabulary)


def spelled_readings(word: str) -> frozenset[str]:
    """:func:`exact_readings`, or where there are none the ordinary English words ``word`` spells
    exactly with its unstressed vowels written as the English letters are (पोलाइट *polite*, क्यूमिन
    *cumin*, मैट्रेस *mattress*: :func:`audit.lang.translit_sound.readings`)."""
    exact = exact_readings(word)
    if exact or ASPIRATES.search(word) or known_variant(word.replace(NUKTA, "")):
        return exact  # (an aspirate English never has: रूखी; a loan Hindi writes without the nukta
        # and with one vowel's length changed: क्वालिफ़ाई, क्वालीफाई)
    vocabulary = ordinary_english_words()
    return frozenset(
        en for en, sim, _p in translit_sound.readings(word, spelled=True) if sim == 1.0 and en in vocabulary
    )


#: letters English spelled in Devanagari never uses (English *ch* is च, *t*/*d* are ट/ड): a Hindi
#: word (बिछ, छक्कों, ठहर), whatever English it sounds like
HINDI_ONLY = re.compile("[छठढणञङऋृ]|ड़|ढ़")


#: aspirated letters English spelled in Devanagari does not use (ख़, फ़ with their nukta are English)
ASPIRATES = re.compile("[खघझधभ](?!़)")


def may_be_unwritten(word: str) -> bool:
    """:func:`unwritten_candidate`'s first test: three letters or more, and Hindi text never writes
    the word nor its stems. A word that fails it has no answer there, whatever its slot (HI408 asks
    this before the slot tests, which run per token)."""
    return len(word) >= 3 and max_stem_zipf(word) <= 0


@lru_cache(maxsize=50_000)
def unwritten_candidate(word: str, code: str) -> Candidate | None:
    """``word`` is unknown to Hindi text and spells exactly one everyday English word that Hindi
    has a word for (see the module's text), or None."""
    english = _unwritten_reading(word, code, "")
    if english is None:
        return None
    found = [eq for eq in (common_equivalent(english), synonym_equivalent(english)) if eq is not None]
    if not found:
        return None
    hindi, hz = max(found, key=lambda eq: eq[1])
    if hz < UNWRITTEN_MIN_HINDI_ZIPF:
        return None
    return Candidate(english, hindi, 0.0, hz)


def _unwritten_reading(word: str, code: str, kind: str, written: bool = False) -> str | None:
    """The one everyday English word (of the part of speech ``kind``, any when empty: see
    :func:`slot_reading`) that ``word``, unknown to Hindi text (``written``: rare in it, see
    :func:`may_be_written`), spells exactly and that is no learned derivation, loan news uses,
    listed loan, name, Hindi word or known loan spelling; else None."""
    level = LEVELS[code]
    if not (may_be_written(word) if written else may_be_unwritten(word)) or not engdict.available():
        return None
    if HINDI_ONLY.search(word) or hindi_verb_form(word):
        return None  # a Hindi word by its letters, or a form of a Hindi verb (टटोल, रुकीं)
    readings = {
        en
        for en in spelled_readings(word)
        if len(en) >= UNWRITTEN_MIN_LETTERS
        and E.is_content(en)
        and res.zipf_en(en) >= UNWRITTEN_MIN_ENGLISH_ZIPF
        and (not kind or _of_kind(en, kind))
    }
    if not readings or len({E.lemmas(en)[-1] for en in readings}) != 1:
        return None  # no everyday English word, or two (सन: *son* and *sun*)
    english = max(readings, key=res.zipf_en)
    if any(learned(lemma) for lemma in E.lemmas(english)):
        return None  # a learned derivation: Hindi borrows such terms
    entry = glossary.lookup(english)
    if entry is not None and entry.level not in level.glossary_levels:
        return None  # a loan the glossary says news uses
    if silenced(word, level) or hindi_word(word) or hindi_oblique(word):
        return None  # a listed loan or a name, a Hindi word
    if not written and known_variant(word):
        return None  # a loan Hindi writes in another spelling (a written word: its own frequency)
    return english


# ----------------------------------------------------------------------------- a slot's part of speech

#: the slot kinds of :func:`slot_kind`: a verb before a light verb, an adjective as a predicate or
#: before the Hindi noun it qualifies
VERB, ADJECTIVE = "verb", "adj"
#: FreeDict's parts of speech of each kind (V, VT, VI; Adj)
_DICT_POS = {VERB: "V", ADJECTIVE: "Adj"}
#: a translation of more words than this is a paraphrase, no Hindi word (*reset*: फिर से जोड़ना या
#: बनाना); a verb's object and verb or a conjunct is one (साँस खींचना *inhale*, काना फूसी करना)
SLOT_MAX_HINDI_WORDS = 3
_COPULAS = frozenset(norm(w) for w in "था थी थे थीं है हैं हूं हो रहा रही रहे रहता रहती रहते".split())


def _of_kind(english: str, kind: str) -> bool:
    """WordNet knows ``english`` (or a base form) as a verb (``kind`` VERB) or as an adjective first
    (ADJECTIVE: more adjective senses than noun senses, a thing's or a name's — *sleepy*, *narrow*,
    *bitter*, *brave*, *blunt*; not *gold*, *usher*)."""
    lemmas = (english, *E.lemmas(english))
    if kind == VERB:
        return any(wordnet.senses("verb", lemma) for lemma in lemmas)
    for lemma in lemmas:
        if len(wordnet.senses("adj", lemma)) > len(wordnet.senses("noun", lemma)):
            return True
    return False


def slot_kind(text: str, toks: list[tuple[int, int, str]], i: int) -> str:
    """The part of speech Hindi grammar gives word ``i``: VERB before a Hindi light verb (बार्क किया,
    मेल्ट हो गई) unless a Hindi adjective qualifies it as a noun (साफ़ टैकल किया: *a clean tackle*);
    ADJECTIVE before a copula or negation (स्लीपी थे, ब्लंट है) or before a Hindi word of the
    dictionary that is no postposition (its noun: ह्यूज भीड़); else "" (a noun's slot, or a name's)."""
    if i + 1 >= len(toks) or not joined(text, toks, i, i + 1):
        return ""
    if before_light_verb(text, toks, i):
        if norm(toks[i + 1][2]) in _AFTER_KI and not (
            i + 2 >= len(toks) or not joined(text, toks, i + 1, i + 2) or norm(toks[i + 2][2]) in _AUXILIARIES
        ):
            return ""  # the genitive की before its noun (शिफ़्ट की ड्यूटी), no light verb
        if i > 0 and joined(text, toks, i - 1, i) and engdict.translated_as(toks[i - 1][2], "Adj"):
            return ""
        return VERB
    nxt = toks[i + 1][2]
    if norm(nxt) in _COPULAS or norm(nxt) in _NEGATIONS:
        return ADJECTIVE
    if norm(nxt) not in POSTPOSITIONS and hindi_word(nxt) and not english_reading(nxt):
        return ADJECTIVE  # (not before a word that spells English too: लूज़ पेट कैट्स, *loose pet cats*)
    return ""


@lru_cache(maxsize=50_000)
def slot_candidate(word: str, code: str, kind: str) -> Candidate | None:
    """``word`` is unknown to Hindi text and spells exactly one everyday English word of the part of
    speech its slot gives it (:func:`slot_kind`), and the dictionary has a Hindi word for that
    word as such a part of speech, however rare the dictionary's spelling is in Hindi text (FreeDict
    writes उनींदा *sleepy*, भौंथरा *blunt*, छलकना *spill*): a verb or adjective is no thing Hindi lacks
    a word for, and the slot settles which English word a spelling of two is (ह्यूज भीड़ is *huge*, not
    *hue*). The suggestion is the commonest Hindi word found for it (:func:`unwritten_candidate`'s),
    else the dictionary's first."""
    english = _unwritten_reading(word, code, kind)
    if english is None:
        return None
    pos = _DICT_POS[kind]
    senses = engdict.dictionary().senses
    given = [
        sense.hindi
        for lemma in dict.fromkeys((english, *E.lemmas(english)))
        for sense in senses.get(lemma, ())
        if sense.pos.startswith(pos) and len(sense.hindi.split()) <= SLOT_MAX_HINDI_WORDS
    ]
    if not given:
        return None  # no Hindi word for it as this part of speech, only a paraphrase (*reset*)
    found = [
        eq
        for eq in (common_equivalent(english, verb=kind == VERB), synonym_equivalent(english, kind))
        if eq is not None
    ]
    hindi, hz = max(found, key=lambda eq: eq[1]) if found else (given[0], 0.0)
    return Candidate(english, hindi, 0.0, hz)


def unwritten_in_slot(text: str, toks: list[tuple[int, int, str]], i: int, code: str) -> Candidate | None:
    """Word ``i``, unknown to Hindi text, as HI408 reads it by its slot: :func:`unwritten_candidate`
    in an ordinary word's slot or an adjective's, else :func:`slot_candidate` in the part of speech
    its slot gives it."""
    word = toks[i][2]
    u = unwritten_candidate(word, code)
    if u is not None and (ordinary_slot(text, toks, i) or adjective_slot(text, toks, i, u.english)):
        return u
    kind = slot_kind(text, toks, i)
    return slot_candidate(word, code, kind) if kind else None


# ----------------------------------------------------------------------------- the written band

#: a word Hindi text writes this rarely (Zipf, its stems too) that spells an everyday English word
#: exactly may be English left in Devanagari in an ordinary word's slot (उसकी वॉइस, बहुत लाउड था)
WRITTEN_MAX_ZIPF = 4.0
#: ... an English word this common, and a Hindi word for it this common and this much commoner
WRITTEN_MIN_ENGLISH_ZIPF = 4.0
WRITTEN_MIN_HINDI_ZIPF = 4.0
WRITTEN_MARGIN = 0.5


@lru_cache(maxsize=65_536)
def may_be_written(word: str) -> bool:
    """:func:`written_in_slot`'s first test: three letters or more, and Hindi text writes the word
    (or a stem) but rarely (0 < Zipf ≤ :data:`WRITTEN_MAX_ZIPF`)."""
    return len(word) >= 3 and 0 < max_stem_zipf(word) <= WRITTEN_MAX_ZIPF


@lru_cache(maxsize=50_000)
def written_candidate(word: str, code: str) -> Candidate | None:
    """``word``, rare in Hindi text, spells exactly one everyday English word (as
    :func:`unwritten_candidate` reads it) that is no loan Hindi writes nearly as often as English
    writes the word (the borrowing gap) nor a place by WordNet's first sense (*resort*), and the
    dictionary gives a Hindi word for it that is common and commoner than the transliteration
    (*voice* → आवाज़ for वॉइस; not *cake*: केक)."""
    english = _unwritten_reading(word, code, "", written=True)
    if english is None or res.zipf_en(english) < WRITTEN_MIN_ENGLISH_ZIPF:
        return None
    if wordnet.sense_files("noun", english)[:1] == [wordnet.LOCATION_FILE]:
        return None  # a place by its first sense: Hindi writes such loans (रिज़ॉर्ट, पार्क, मॉल)
    tz = max_stem_zipf(word)
    if borrowed(tz, english, LEVELS[code], DICTIONARY_BORROWING_GAP):
        return None
    eq = _adjective_equivalent(english) if _of_kind(english, ADJECTIVE) else None
    eq = eq or common_equivalent(english)
    if eq is None or eq[1] < WRITTEN_MIN_HINDI_ZIPF or eq[1] - tz < WRITTEN_MARGIN:
        return None
    return Candidate(english, eq[0], tz, eq[1])


def _adjective_equivalent(english: str) -> tuple[str, float] | None:
    """The one-word Hindi adjective of the dictionary's best-ranked adjective sense of ``english``
    (the commonest of that rank: *deep* → गहरा, not the noun's समुद्र), with its Zipf over spelling
    variants; None if it gives none."""
    given = [
        (s.rank, s.hindi)
        for s in engdict.dictionary().senses.get(english, ())
        if s.pos.startswith("Adj") and len(s.hindi.split()) == 1
    ]
    if not given:
        return None
    first = min(rank for rank, _h in given)
    best = max((h for rank, h in given if rank == first), key=variant_zipf)
    return best, variant_zipf(best)


def written_in_slot(text: str, toks: list[tuple[int, int, str]], i: int, code: str) -> Candidate | None:
    """Word ``i``, rare in Hindi text, in an ordinary word's slot (:func:`ordinary_slot`: after a
    determiner, possessive, number or intensifier, or before a copula — where names and terms do
    not stand), read as :func:`written_candidate` reads it. Not before a light verb: loans Hindi
    writes stand there as verbs (सेव की, प्रमोट हो गए; the light-verb path weighs those)."""
    if not ordinary_slot(text, toks, i) or before_light_verb(text, toks, i):
        return None
    return written_candidate(toks[i][2], code)
