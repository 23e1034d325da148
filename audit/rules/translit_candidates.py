"""HI408/HI409's Hindi-only candidates: for one Devanagari word, the English word it transliterates
and the common Hindi word for it (:class:`audit.rules.translit_levels.Candidate`), by the paths the
rule tries in turn — the transliteration glossary, a word standing alone, the dictionary (FreeDict
read at run time), a light verb's noun — and the per-machine table of the newsroom strictness.
The rule that walks a segment's tokens and asks these is :mod:`audit.rules.translit_common`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import cast

from audit.core.text import NUKTA
from audit.lang import engdict, translit_xlit, wordnet
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.rules.script import max_stem_zipf, stem_zipf_above, word_stems
from audit.rules.translit_context import (
    MIN_ENGLISH_ZIPF,
    MIN_SIMILARITY,
)
from audit.rules.translit_equiv import (
    EXACT_MIN_ENGLISH_ZIPF,
    RARE_MAX_TRANSLIT_ZIPF,
    RARE_MIN_ENGLISH_ZIPF,
    RARE_MIN_SIMILARITY,
    may_have_equivalent,
    rare_candidate,
    scored_lookalikes,
)
from audit.rules.translit_levels import (
    DICTIONARY_BORROWING_GAP,
    GLOSSARY_BORROWING_GAP,
    LEVELS,
    NEWS,
    Candidate,
    Strictness,
    borrowed,
    hindi_oblique,
    hindi_word,
    silenced,
    variant_zipf,
)
from audit.rules.translit_rivals import reads_as_name, reads_as_other_english
from audit.rules.translit_source import (
    source_equivalent,
)
from audit.rules.translit_unwritten import (
    may_be_unwritten,
)

#: a lone skeleton match may be this far from the English spelling if the word is this common
LONE_SIMILARITY = 0.4
LONE_ENGLISH_ZIPF = 4.5
#: consonants in the word's phonetic key (audit.lang.resources.dev_key)
MIN_KEY_LEN = 3
#: the spelling similarity a three-consonant word needs on the dictionary path
SHORT_SIMILARITY = 0.8
#: a word unknown to wordfreq: skeleton length, spelling similarity, English Zipf it needs
UNKNOWN_MIN_KEY_LEN = 4
UNKNOWN_MIN_SIMILARITY = 0.7
UNKNOWN_MIN_ENGLISH_ZIPF = 4.5
#: a glossary word: spelling similarity (:func:`audit.lang.transcription.spells`) it needs, and
#: for a two-consonant skeleton (डैम, लाइफ) a closer one and a transliteration rare in Hindi text
GLOSSARY_MIN_SIMILARITY = 0.6
GLOSSARY_SHORT_SIMILARITY = 0.8
GLOSSARY_SHORT_MAX_ZIPF = 4.0
GLOSSARY_CLOSE_SIMILARITY = 0.75
GLOSSARY_LOOSE_MAX_ZIPF = 3.0
#: a glossary word standing alone between Hindi words (इस सिटी में, उसका हाउस, भी जस्टिस का):
#: this common a transliteration, only somewhat rarer than the Hindi word, and spelled this closely
STANDALONE_MAX_TRANSLIT_ZIPF = 5.0
STANDALONE_MARGIN = 0.3
STANDALONE_SIMILARITY = 0.85
#: ... a path only for transliterations this common (a rarer one had the ordinary bars)
STANDALONE_MIN_TRANSLIT_ZIPF = 4.0
#: English look-alikes rarer than this do not hide a commoner one (एंग्री: *angry*, not *angora*)
RIVAL_MIN_ENGLISH_ZIPF = 3.5


@lru_cache(maxsize=4096)
def _hindi_equivalent(english: str) -> tuple[str, float] | None:
    """The most frequent single-word Hindi translation of ``english`` that is not itself a loan."""
    d = engdict.dictionary()
    best: tuple[str, float] | None = None
    forms = [english] + ([english[:-1]] if english.endswith("s") else [])
    for form in forms:
        for s in d.senses.get(form, []):
            if s.rank > 2 or len(s.hindi.split()) != 1:
                continue
            z = variant_zipf(s.hindi)
            if any(
                sim >= MIN_SIMILARITY
                for _en, _z, sim in res.english_lookalikes(s.hindi, min_key_len=2)
                if _en == form
            ):
                continue  # the dictionary spells the English word out (टेलीफोन): not an equivalent
            if best is None or z > best[1]:
                best = (s.hindi, z)
    return best


def candidate(word: str, level: Strictness) -> Candidate | None:
    """Why ``word`` is a transliteration with a common Hindi equivalent, or None."""
    return code_candidate(word, level.code)


@lru_cache(maxsize=100_000)
def code_candidate(word: str, code: str) -> Candidate | None:
    if code == NEWS.code:  # the default strictness: an ordinary word's answer is read from a table
        known = _newsroom_table(engdict.available()).get(word, _UNKNOWN)
        if known is not _UNKNOWN:
            return cast("Candidate | None", known)
    return _answer(word, code)


def _answer(word: str, code: str) -> Candidate | None:
    # the glossary first: it knows the word news uses, and asks for clearer evidence of a term
    return _glossary_candidate(word, code) or _dictionary_candidate(word, code)


_UNKNOWN = object()


@lru_cache(maxsize=2)
def _newsroom_table(with_dictionary: bool) -> Mapping[str, Candidate | None]:
    """:func:`code_candidate` at newsroom strictness for every word of wordfreq's Hindi list (three
    quarters of the distinct words of a news text), worked out once per machine and dictionary
    (:func:`audit.lang.resources.vocabulary_table`; in the user's cache, never shipped: it is
    derived from the GPL dictionary). Keyed on whether the dictionary is there, so a process that
    switches it off (``AUDIT_FREEDICT_DIR=none``) reads the other table."""
    index = engdict._index_path() if with_dictionary else None
    return res.vocabulary_table("hi408-newsroom", _newsroom_answer, str(index or "none"))


def _newsroom_answer(word: str) -> Candidate | None:
    return _answer(word, NEWS.code)


@lru_cache(maxsize=100_000)
def _glossary_candidate(word: str, code: str, standalone: bool = False) -> Candidate | None:
    """``word`` spells a word of the transliteration glossary (or its plural) whose Hindi news
    word is clearly commoner in Hindi text than the transliteration (a loan as common as the
    Hindi word is established Hindi, whatever the glossary says). ``standalone``: the word stands
    alone as a Hindi noun (:func:`audit.rules.translit_context.standalone`), where a common
    transliteration (सिटी, हाउस, जस्टिस: frequent in names and titles) is still English."""
    level = LEVELS[code]
    tz = max_stem_zipf(word)
    ceiling = STANDALONE_MAX_TRANSLIT_ZIPF if standalone else level.glossary_max_translit_zipf
    margin = STANDALONE_MARGIN if standalone else level.glossary_margin
    if len(word) < 3 or tz > ceiling or hindi_oblique(word):
        return None
    for st in word_stems(word):
        if NUKTA in word and NUKTA not in st:
            continue  # घोड़ों → घोड is a spelling key, not a stem: read as written (no *god*)
        if glossary.is_glossary_hindi(st):
            return None  # the Hindi side of the glossary (नाकामी): Hindi, whatever it resembles
        key_len = len(res.dev_key(st))
        # a Hindi case ending stripped (इलेक्शनों → इलेक्शन): not from a word Hindi text knows as
        # written, nor down to two consonants (स्थितियाँ → स्थिती is not *city*)
        if st != word and (res.zipf_hi(word) >= GLOSSARY_LOOSE_MAX_ZIPF or key_len < MIN_KEY_LEN):
            continue
        for entry, form, sim in glossary.matches(st, xlit=st == word, sound=st == word):
            if entry.level not in level.glossary_levels:
                break  # the best match is a loan this strictness accepts (आइलैंड: island, not land)
            # two consonants (डैम, लाइफ) match many words: a close spelling, rare in Hindi text
            short_ceiling = ceiling if standalone else GLOSSARY_SHORT_MAX_ZIPF
            if key_len < MIN_KEY_LEN and (sim < GLOSSARY_SHORT_SIMILARITY or tz > short_ceiling):
                continue
            # a looser spelling only for a word rare in Hindi text (Hindi words resemble English
            # ones loosely: परोसी ~ price, रोज़ाना ~ reason)
            # ... and a long skeleton (a loose match of three consonants: टर्राते ~ *treaty*)
            if sim < GLOSSARY_MIN_SIMILARITY or (
                sim < GLOSSARY_CLOSE_SIMILARITY
                and (tz >= GLOSSARY_LOOSE_MAX_ZIPF or key_len < UNKNOWN_MIN_KEY_LEN)
            ):
                continue
            if reads_as_other_english(st, entry.english, form, sim):
                continue
            if not standalone and borrowed(tz, form, level, GLOSSARY_BORROWING_GAP):
                return None  # (its own reading: no looser reading of another word after it)
            hz = max(variant_zipf(h) for h in entry.hindi)
            if hz - tz < margin:
                continue
            if silenced(word, level) or hindi_word(word):  # the costlier tests last
                return None
            return Candidate(form, entry.hindi[0], tz, hz, glossary=True)
    return None


@res.vocabulary_memo(
    "hi408-standalone", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}", defaults=(NEWS.code,)
)
def standalone_candidate(word: str, code: str = NEWS.code) -> Candidate | None:
    """:func:`_glossary_candidate` of a word standing alone as a Hindi noun: the words it is asked
    of are common in Hindi text, so their answers are read from a table worked out once per machine
    (:func:`audit.lang.resources.vocabulary_memo`)."""
    return _glossary_candidate(word, code, standalone=True)


def common_in_hindi(word: str) -> bool:
    return STANDALONE_MIN_TRANSLIT_ZIPF <= max_stem_zipf(word) <= STANDALONE_MAX_TRANSLIT_ZIPF


@res.vocabulary_memo(
    "hi408-light-verb-only", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}", defaults=(NEWS.code,)
)
def light_verb_only(word: str, code: str = NEWS.code) -> bool:
    """Without the source, nothing but the light-verb path can answer for ``word``: no guess of
    its own, not a word Hindi text never writes, not common enough for the standalone path (the
    per-word tests of :func:`_run`'s loop, asked once per word instead of once per token; asked of
    every word of every segment, so an ordinary word's answer is read from a table worked out once
    per machine, :func:`audit.lang.resources.vocabulary_memo`)."""
    return code_candidate(word, code) is None and not may_be_unwritten(word) and not common_in_hindi(word)


def _dictionary_candidate(word: str, code: str) -> Candidate | None:
    level = LEVELS[code]
    if len(word) < 3 or not engdict.available():
        return None
    if stem_zipf_above(word, level.max_translit_zipf):  # cheapest test first: most words are common Hindi
        return None
    tz = max_stem_zipf(word)
    key_len = len(res.dev_key(word))
    # two consonants (बूट, फ़र) match too many English words to be evidence — unless the word is
    # the transliterator's own spelling of one and Hindi text (nearly) never writes it (हेवी)
    if key_len < MIN_KEY_LEN and not (
        tz <= RARE_MAX_TRANSLIT_ZIPF and any(sim == 1.0 for _en, sim, _p in translit_xlit.readings(word))
    ):
        return None  # (its first spelling: लैप is the second of *lap*, a racing term)
    if not may_have_equivalent(word):
        return None  # (no English word it may spell has a Hindi word to give: nothing to weigh)
    # a spelling unknown to wordfreq is often a name or an odd spelling: admitted only when it
    # spells a long skeleton of a common English word closely (इन्वेस्टिगेशन, सॉल्यूशन)
    unknown = tz < level.min_translit_zipf
    if silenced(word, level) or hindi_word(word) or hindi_oblique(word):
        return None  # a listed loan, a name, a Hindi word of the dictionary (सतह, धूल, झरने)
    looks = scored_lookalikes(word)
    top = max((sim for _en, ez, sim in looks if ez >= RIVAL_MIN_ENGLISH_ZIPF), default=0.0)
    if reads_as_name(word, top):
        return None
    rare = tz <= RARE_MAX_TRANSLIT_ZIPF
    # romanisation blurs vowels (विंटर ~ "vintar"): a lone consonant-skeleton match with a very
    # common English word is accepted at a lower spelling similarity
    lone = len([1 for _en, _ez, sim in looks if sim >= LONE_SIMILARITY]) == 1
    exact = {en for en, s, _p in translit_xlit.all_readings(word) if s == 1.0}
    for english, ez, sim in looks:
        # an exact spelling of an everyday word (by the transliterator or by sound) needs a less
        # common English word: words of the home and the field (*frog*, *needle*) are rare in text
        floor = EXACT_MIN_ENGLISH_ZIPF if english in exact else MIN_ENGLISH_ZIPF
        if sim < top or ez < floor:
            continue  # only the closest English spelling counts (टूल is *tool*, never *tale*)
        if rare and sim >= RARE_MIN_SIMILARITY and ez >= min(floor, RARE_MIN_ENGLISH_ZIPF):
            c = rare_candidate(word, english, sim, looks, level, tz, exact=english in exact)
            if c is not None:
                return c
        if sim < MIN_SIMILARITY and not (lone and sim >= LONE_SIMILARITY and ez >= LONE_ENGLISH_ZIPF):
            continue
        if key_len == MIN_KEY_LEN and sim < SHORT_SIMILARITY:
            continue  # three consonants and a vowel off (ग्रीस ~ *grace*): too loose
        if unknown and (
            sim < UNKNOWN_MIN_SIMILARITY or ez < UNKNOWN_MIN_ENGLISH_ZIPF or key_len < UNKNOWN_MIN_KEY_LEN
        ):
            continue
        entry = glossary.lookup(english)
        if entry is not None and entry.level not in level.glossary_levels:
            continue  # a loan the glossary says news uses (लीडर), or a homograph (पीपल)
        if entry is None and borrowed(tz, english, level, DICTIONARY_BORROWING_GAP):
            continue  # a loan Hindi text writes about as often as English writes the word
        # the dictionary's word; for a verb the noun of its conjunct (अप्रूव → मंज़ूरी कर)
        eq = _hindi_equivalent(english) or source_equivalent(english, sure=True)
        if eq is None:
            continue
        hindi, hz = eq
        if hz >= level.min_hindi_zipf and hz - tz >= level.min_margin and res.zipf_hi(word) < hz:
            return Candidate(english, hindi, tz, hz)
    return None
