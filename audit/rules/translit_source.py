"""HI408/HI409 with the English source: the source names the English word a Devanagari word spells
(:mod:`audit.lang.transcription`), so the glossary word or the dictionary word for it is known
instead of guessed. A glossary word of the source spelled out is flagged at its levels; another
word when the dictionary is sure of a common Hindi word for it (one first sense) and the
transliteration is much rarer in Hindi text; a verb in its base form before a Hindi light verb
(अनाउंस की for *announced*) reads the noun of the dictionary's conjunct verb (घोषणा कर)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from audit.core.text import nfc_view
from audit.lang import engdict, translit_xlit, wordnet
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang.bilingual import english as E
from audit.lang.transcription import source_words, spells
from audit.rules.script import hindi_tokens, max_stem_zipf
from audit.rules.translit_equiv import EXACT_MIN_ENGLISH_ZIPF, RARE_MAX_TRANSLIT_ZIPF, learned, rare_candidate
from audit.rules.translit_levels import (
    DICTIONARY_BORROWING_GAP,
    GLOSSARY_BORROWING_GAP,
    LEVELS,
    SOURCE_GLOSSARY_MAX_TRANSLIT_ZIPF,
    STRICT,
    Candidate,
    Strictness,
    borrowed,
    hindi_word,
    silenced,
    variant_zipf,
)

#: how closely a glossary word of the source must be spelled (डिसीजन ~ *decision* 0.67)
SOURCE_GLOSSARY_MIN_SIMILARITY = 0.6


def same_word(source_word: str, english: str) -> bool:
    """The source word is the English word guessed, or an inflection of it (stages ~ stage)."""
    if source_word == english:
        return True
    return bool({source_word, *E.lemmas(source_word)} & {english, *E.lemmas(english)})


#: the light verb of a Hindi conjunct verb (घोषणा करना, इस्तीफा देना): its noun is the Hindi word
#: a transliterated English verb stands for (अनाउंस की for घोषणा की)
_LIGHT_VERBS = frozenset("करना कर करनी देना दे होना हो लेना ले".split())


def _equivalent_word(hindi: str, pos: str) -> str | None:
    """The single Hindi word of a dictionary translation that a transliteration replaces: the
    translation itself (a noun or adjective), or the noun of a conjunct verb (घोषणा कर → घोषणा)."""
    parts = hindi.split()
    if len(parts) == 1 and pos.startswith(("N", "Adj")):
        return hindi
    if len(parts) == 2 and pos.startswith("V") and parts[1] in _LIGHT_VERBS:
        return parts[0]
    return None


@lru_cache(maxsize=20_000)
def source_lemmas(english: str) -> tuple[str, ...]:
    """The source word, and for an inflection (-s, -ed, -ing) or an irregular form (*sank*, *wove*,
    *froze*: WordNet's exception lists) its base forms that the dictionary or the glossary knows
    (*cities* → city, not *cit*)."""
    forms = E.lemmas(english)[1:] if english.endswith(("s", "ed", "ing")) else E.irregular_lemmas(english)
    if not forms:
        return (english,)
    d = engdict.dictionary()
    known = [lemma for lemma in forms if lemma in d.senses or lemma in glossary.entries()]
    return tuple(dict.fromkeys((english, *known)))


@lru_cache(maxsize=4096)
def source_equivalent(english: str, sure: bool = False) -> tuple[str, float] | None:
    """The most frequent Hindi noun or adjective the dictionary gives as a first sense of the source
    word or of its lemma (a transliterated loan stands for a noun: *document* → दस्तावेज़, not
    लिखना), or the noun of a first-sense conjunct verb (*announce* → घोषणा कर: अनाउंस की).

    ``sure``: only a word whose first senses all give that one Hindi word (*childhood* → बचपन;
    not *event* → घटना, स्थिति), a plain word (no hyphen: मत-पत्र) that is no transliteration
    itself (फ़ोटो) — FreeDict's first senses are often another sense (*virtual* → लगभग)."""
    d = engdict.dictionary()
    for lemma in source_lemmas(english):
        senses = d.senses.get(lemma, [])
        if not senses:
            continue
        # a verb's conjunct noun only for a word the dictionary has no noun for (*permits* is a noun)
        verb = not any(s.pos.startswith("N") for s in senses)
        found: dict[str, float] = {}
        for s in senses:
            ok = s.rank == 1 and (verb or not s.pos.startswith("V"))
            hindi = _equivalent_word(s.hindi, s.pos) if ok else None
            if hindi is None or engdict.is_transliteration(hindi, english=lemma, common=sure):
                continue  # the dictionary spells the English word out (टेलीफोन)
            found[hindi] = variant_zipf(hindi)
        if sure and (len(found) != 1 or any("-" in h for h in found)):
            return None
        if found:
            return max(found.items(), key=lambda kv: kv[1])
    return None


@lru_cache(maxsize=100_000)
def spells_source(word: str, english: str) -> float:
    """How closely ``word`` spells the source word or, for an inflected one, its base form (a verb is
    transliterated in its base form: *announced* → अनाउंस की, *resigned* → रिज़ाइन किया)."""
    forms = source_lemmas(english)
    # a base form's initial and final vowels must agree with the word too (प्रिवी is not *approve*)
    return max(
        heard(word, english), *(spells(word, f) for f in (english, *res.vowels_agree(word, forms[1:])))
    )


#: a word with fewer consonants than this sounds like too many English words to be read by ear alone
SHORT_KEY_LEN = 3


def _spelled(word: str, english: str) -> bool:
    return any(sim == 1.0 and same_word(english, en) for en, sim, _p in translit_xlit.readings(word))


def heard(word: str, english: str) -> float:
    """How closely ``word`` is the transliterator's or the ear's spelling of ``english`` or of an
    inflection of it (:func:`audit.lang.translit_xlit.all_readings`: फियर *fear*, गेस्ट्स *guests*);
    0.0 when it is neither."""
    return max(
        (sim for en, sim, _p in translit_xlit.all_readings(word) if same_word(english, en)), default=0.0
    )


@lru_cache(maxsize=4096)
def _capitalised(src: str) -> tuple[str, ...]:
    """The capitalised words of the source that are no ordinary words of it (names, titles), lower case."""
    ordinary = set(source_words(src))
    return tuple(
        dict.fromkeys(
            t.lower() for _s, _e, t in E.tokens(src) if t[:1].isupper() and t.lower() not in ordinary
        )
    )


def reads_as_capitalised(src: str, word: str, english: str) -> bool:
    """``word`` spells a name or title word of the source more closely than the ordinary word it was
    read as (प्रिवी काउंसिल is *Privy Council*)."""
    own = spells_source(word, english)
    return any(spells(word, t) > own for t in _capitalised(src))


def gerund_spelled(word: str, english: str) -> bool:
    """``word`` spells the source's *-ing* noun whole (वायरिंग *wiring*, फ़ेंसिंग *fencing*): a learned
    derivation of an English verb WordNet lists, a noun Hindi borrows as it is — its verb's Hindi word
    (तार, बाड़) names something else. An English verb left in Devanagari is written in its base form
    (शाउट किया for *shouting*)."""
    return (
        english.endswith("ing")
        and word.endswith("िंग")
        and learned(english)
        and wordnet.available()
        and any(lemma in (wordnet.lemmas("verb") or ()) for lemma in E.lemmas(english)[1:])
    )


@lru_cache(maxsize=100_000)
def _source_candidate(word: str, english: str, code: str) -> Candidate | None:
    """``word`` spells the source word ``english``, and Hindi has a common word for it. At
    newsroom strictness the dictionary must be sure of that word (:func:`_source_equivalent`) and
    the glossary must not call the loan Hindi news uses (लीडर)."""
    level = LEVELS[code]
    if len(word) < 2 or gerund_spelled(word, english):
        return None
    tz = max_stem_zipf(word)
    if tz > level.max_translit_zipf or not spells_source(word, english):
        return None
    if borrowed(tz, english, level, DICTIONARY_BORROWING_GAP):
        return None  # a loan Hindi writes about as often as English writes the word (स्ट्रोक)
    entry = glossary.lookup(english)
    if entry is not None and entry.level not in level.source_glossary_levels:
        return None
    if silenced(word, level, source=True) or hindi_word(word, english):
        return None  # a listed loan, a name, a Hindi word the dictionary gives for something
    # (a word of two consonants, याट, needs the transliterator's own spelling, as without the source)
    short = len(res.dev_key(word)) < SHORT_KEY_LEN
    if (
        tz <= RARE_MAX_TRANSLIT_ZIPF
        and (heard(word, english) == 1.0)
        and not (short and not _spelled(word, english))
    ):
        # the exact spelling of the source word, which Hindi text (nearly) never writes: the Hindi
        # word the dictionary gives for it, common in some form, as without the source
        for lemma in source_lemmas(english):
            if res.zipf_en(lemma) < EXACT_MIN_ENGLISH_ZIPF:
                continue
            c = rare_candidate(word, lemma, 1.0, [], level, tz, exact=True, source=True)
            if c is not None:
                return Candidate(english, c.hindi, tz, c.hindi_zipf)
    best = source_equivalent(english, sure=level.allow_listed_loans)
    if best is None:
        return None
    hindi, hz = best
    if hz >= level.src_min_hindi_zipf and hz - tz >= level.min_margin and res.zipf_hi(word) < hz:
        return Candidate(english, hindi, tz, hz)
    return None


@lru_cache(maxsize=100_000)
def _source_glossary_candidate(word: str, english: str, code: str) -> Candidate | None:
    """``word`` spells the source word ``english``, a glossary word of the strictness's levels."""
    level = LEVELS[code]
    entry = glossary.lookup(english)
    if entry is None or entry.level not in level.source_glossary_levels or len(word) < 2:
        return None
    if glossary.is_glossary_hindi(word):
        return None  # the Hindi itself, inflected too: कोयले for *coal* is Hindi
    tz = max_stem_zipf(word)
    if tz > max(SOURCE_GLOSSARY_MAX_TRANSLIT_ZIPF, level.glossary_max_translit_zipf):
        return None
    sim = max(spells(word, english), spells_source(word, english) if entry.verb else 0.0)
    if sim < SOURCE_GLOSSARY_MIN_SIMILARITY:
        return None  # अफसर is Hindi for *officer*, only loosely its spelling (0.46)
    if silenced(word, level, source=True) or hindi_word(word, english):
        return None
    hz = max(variant_zipf(h) for h in entry.hindi)
    # a loan news also uses must be rarer than the Hindi word; a ``news`` word is flagged whatever
    # else its spelling means in Hindi (पीस is also *grind*: the source says *peace*)
    if entry.level == "strict" and hz - tz < level.glossary_margin:
        return None
    if tz <= level.glossary_max_translit_zipf and borrowed(tz, english, level, GLOSSARY_BORROWING_GAP):
        # a loan Hindi writes about as often as English writes the word (वोटर); a spelling commoner
        # than the glossary's bar owes it to a Hindi homograph (पीस, *grind*), no measure of the loan
        return None
    return Candidate(english, entry.hindi[0], tz, hz, glossary=True)


def closest_source_word(
    word: str, src_words: tuple[str, ...], code: str, find: Callable[[str, str, str], Candidate | None]
) -> Candidate | None:
    """``find``'s candidate for the source word ``word`` spells most closely (the first on a tie)."""
    best: tuple[float, Candidate] | None = None
    for en in src_words:
        c = find(word, en, code)
        if c is None:
            continue
        score = spells_source(word, en)
        if best is None or score > best[0]:
            best = (score, c)
    return best[1] if best else None


def source_glossary_candidate(word: str, src_words: tuple[str, ...], level: Strictness) -> Candidate | None:
    """The glossary word of the source that ``word`` spells out, or None."""
    return closest_source_word(word, src_words, level.code, _source_glossary_candidate)


def source_candidate(word: str, src_words: tuple[str, ...], level: Strictness) -> Candidate | None:
    """The source word ``word`` transliterates, when Hindi has a common word for it, or None."""
    return closest_source_word(word, src_words, level.code, _source_candidate)


@lru_cache(maxsize=4096)
def source_transliterations(src: str, mt: str) -> int:
    """How many words of ``mt`` spell out an ordinary word of ``src`` that Hindi has a common word
    for, at annotator strictness (HI409's source test): a feature for the risk model, which
    IndicMT's annotators mark as errors (साइट for *site*) though human references use them too."""
    words = source_words(src)
    if not words or not engdict.available():
        return 0
    return sum(1 for _s, _e, w in hindi_tokens(nfc_view(mt).text) if source_candidate(w, words, STRICT))


@lru_cache(maxsize=4096)
def initial_word(src: str) -> tuple[str, ...]:
    """The source's first word, lower case, when it is capitalised, a lower-case word follows it and
    WordNet lists it (or its lemma) as a common word: *Monkeys* of *Monkeys have damaged …*."""
    toks = E.tokens(src)
    if len(toks) < 2 or not toks[0][2][:1].isupper() or not toks[1][2].islower():
        return ()
    first = toks[0][2].lower()
    if not first.isalpha() or not E.is_content(first) or not wordnet.available():
        return ()
    listed = [wordnet.lemmas(pos) or frozenset() for pos in ("noun", "verb", "adj")]
    forms = {first, *E.lemmas(first)}
    return (first,) if any(f in ix for ix in listed for f in forms) else ()


def confirmed(word: str, c: Candidate | None, src_words: tuple[str, ...]) -> Candidate | None:
    """A Hindi-only guess kept with the source only when a source word is the English word guessed
    or an inflection of it (*vegetable* for वेजिटेबल्स, *reached* for रीच कर) and the word spells
    it or the guess by letters or by sound; without the source, the guess as it is."""
    if c is None or not src_words:
        return c
    for en in src_words:
        if same_word(en, c.english) and (
            spells(word, en) or heard(word, en) or spells(word, c.english) or heard(word, c.english)
        ):
            return c
    return None
