"""HI408/HI409 transliterated English where Hindi has a common word (इलेक्शन for चुनाव).

HI401 flags English written in Devanagari with its English inflection (ट्रूप्स); HI407 (opt-in)
any rare English look-alike. These rules weigh the two things an editor weighs: *is there a
common Hindi word for it* and *is the transliteration much rarer than that word*. The Hindi
equivalents come from the English–Hindi dictionary read at run time (:mod:`audit.lang.engdict`);
frequencies from wordfreq. Loanwords Hindi news really uses are silent because they are as
common as (or commoner than) any Hindi equivalent — स्कूल, पुलिस, बजट, ऑक्सीजन, पैकेज — or
listed in ``data/script_loanwords.tsv``.

The strictness is an option: HI408 (on by default) keeps to what newsrooms avoid; HI409
(opt-in: ``--select HI409``) also flags loans that are common but less common than the Hindi
word, as IndicMT's annotators do (फंड for निधि, मीटिंग for बैठक).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from audit.core.model import Finding, Segment
from audit.core.text import NUKTA, nfc_view
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang.bilingual import english as E
from audit.lang.transcription import source_words, spells
from audit.rules.name_data import foreign_name
from audit.rules.names import lexicon, norm
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.script import _hindi_tokens, _is_loanword, _stems, max_stem_zipf, stem_zipf_above
from audit.rules.script_translit import _next_to_name
from audit.rules.translit_context import MIN_ENGLISH_ZIPF, MIN_SIMILARITY, beside_foreign, source_compound


@dataclass(frozen=True)
class Strictness:
    code: str
    max_translit_zipf: float  # a transliteration more frequent than this is established Hindi
    min_margin: float  # the Hindi word must be this much more frequent (Zipf) than the transliteration
    min_hindi_zipf: float  # and at least this frequent itself: a *common* Hindi word
    min_translit_zipf: float  # 0 admits words unknown to wordfreq (rare spellings, names)
    allow_listed_loans: bool = True  # data/script_loanwords.tsv silences a word
    #: with the source, also flag what the source shows to be a transliteration of one of its words
    #: (else the source only confirms the Hindi-only finding)
    extend_with_source: bool = False
    src_min_hindi_zipf: float = 4.5  # ... and then the Hindi word's floor
    #: the glossary (data/translit_glossary.tsv): its levels this strictness uses, and the bars a
    #: glossary word's transliteration must pass — rarer than this in Hindi text, and rarer than
    #: the Hindi word by this margin (a loan as common as the Hindi word is established Hindi)
    glossary_levels: tuple[str, ...] = ("news",)
    glossary_max_translit_zipf: float = 4.6
    glossary_margin: float = 0.6


NEWS = Strictness(
    "newsroom", max_translit_zipf=4.2, min_margin=1.2, min_hindi_zipf=4.8, min_translit_zipf=0.5
)
STRICT = Strictness(
    "annotator",
    max_translit_zipf=5.0,
    min_margin=0.3,
    min_hindi_zipf=4.5,
    min_translit_zipf=0.0,
    allow_listed_loans=False,
    extend_with_source=True,
    src_min_hindi_zipf=4.5,
    glossary_levels=("news", "strict"),
    glossary_max_translit_zipf=5.0,
    glossary_margin=0.3,
)
#: HI408's ``strictness`` setting → its bars (HI409 is HI408 at "annotator")
LEVELS = {NEWS.code: NEWS, STRICT.code: STRICT}
#: a lone skeleton match may be this far from the English spelling if the word is this common
LONE_SIMILARITY = 0.4
LONE_ENGLISH_ZIPF = 4.5
#: consonants in the word's phonetic key (audit.lang.resources.dev_key)
MIN_KEY_LEN = 3
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
#: another English word this close to the glossary word's similarity wins (ब्रेड: bread, not bird)
OTHER_ENGLISH_MARGIN = 0.05
#: with the source: a glossary word of the source spelled out in the MT needs no more than this
#: (the source shows what the word is), and a transliteration this rare in Hindi text
SOURCE_GLOSSARY_MAX_TRANSLIT_ZIPF = 5.5


@dataclass(frozen=True)
class Candidate:
    english: str
    hindi: str  # the common Hindi word
    translit_zipf: float
    hindi_zipf: float
    glossary: bool = False  # read from data/translit_glossary.tsv (else from the dictionary)


def variant_zipf(hindi: str) -> float:
    """Zipf of a Hindi word over its spelling variants (मुनाफ़ा/मुनाफा, भूकम्प/भूकंप, गाँव/गांव):
    dictionaries spell with nukta, chandrabindu and half nasals that news text often drops."""
    return max(res.zipf_hi(hindi), res.zipf_hi(engdict.hindi_key(hindi)))


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
    return _candidate(word, level.code)


@lru_cache(maxsize=100_000)
def _candidate(word: str, code: str) -> Candidate | None:
    if code == NEWS.code:  # the default strictness: an ordinary word's answer is read from a table
        known = _newsroom_table(engdict.available()).get(word, _UNKNOWN)
        if known is not _UNKNOWN:
            return cast("Candidate | None", known)
    return _dictionary_candidate(word, code) or _glossary_candidate(word, code)


_UNKNOWN = object()


@lru_cache(maxsize=2)
def _newsroom_table(with_dictionary: bool) -> dict[str, Candidate | None]:
    """:func:`_candidate` at newsroom strictness for every word of wordfreq's Hindi list (three
    quarters of the distinct words of a news text), worked out once per machine and dictionary
    (:func:`audit.lang.resources.vocabulary_table`; in the user's cache, never shipped: it is
    derived from the GPL dictionary). Keyed on whether the dictionary is there, so a process that
    switches it off (``AUDIT_FREEDICT_DIR=none``) reads the other table."""
    index = engdict._index_path() if with_dictionary else None
    return res.vocabulary_table("hi408-newsroom", _newsroom_answer, str(index or "none"))


def _newsroom_answer(word: str) -> Candidate | None:
    return _dictionary_candidate(word, NEWS.code) or _glossary_candidate(word, NEWS.code)


def _hindi_word(word: str, english: str | None = None) -> bool:
    """A Hindi word the dictionary gives for something (सतह, धूल), not a transliteration."""
    d = engdict.dictionary()
    return any(d.translates_as_word(st) for st in _stems(word)) and not engdict.is_transliteration(
        word, english=english, common=False
    )


def _silenced(word: str, level: Strictness) -> bool:
    """A listed loan (at newsroom strictness) or a name of the gazetteer."""
    return (level.allow_listed_loans and _is_loanword(word)) or norm(word) in lexicon().gazetteer


@lru_cache(maxsize=100_000)
def _glossary_candidate(word: str, code: str) -> Candidate | None:
    """``word`` spells a word of the transliteration glossary (or its plural) whose Hindi news
    word is clearly commoner in Hindi text than the transliteration (a loan as common as the
    Hindi word is established Hindi, whatever the glossary says)."""
    level = LEVELS[code]
    tz = max_stem_zipf(word)
    if len(word) < 3 or tz > level.glossary_max_translit_zipf:
        return None
    for st in _stems(word):
        if NUKTA in word and NUKTA not in st:
            continue  # घोड़ों → घोड is a spelling key, not a stem: read as written (no *god*)
        if glossary.is_glossary_hindi(st):
            return None  # the Hindi side of the glossary (नाकामी): Hindi, whatever it resembles
        key_len = len(res.dev_key(st))
        # a Hindi case ending stripped (इलेक्शनों → इलेक्शन): not from a word Hindi text knows as
        # written, nor down to two consonants (स्थितियाँ → स्थिती is not *city*)
        if st != word and (res.zipf_hi(word) >= GLOSSARY_LOOSE_MAX_ZIPF or key_len < MIN_KEY_LEN):
            continue
        for entry, form, sim in glossary.matches(st):
            if entry.level not in level.glossary_levels:
                break  # the best match is a loan this strictness accepts (आइलैंड: island, not land)
            # two consonants (डैम, लाइफ) match many words: a close spelling, rare in Hindi text
            if key_len < MIN_KEY_LEN and (sim < GLOSSARY_SHORT_SIMILARITY or tz > GLOSSARY_SHORT_MAX_ZIPF):
                continue
            # a looser spelling only for a word rare in Hindi text (Hindi words resemble English
            # ones loosely: परोसी ~ price, रोज़ाना ~ reason)
            # ... and a long skeleton (a loose match of three consonants: टर्राते ~ *treaty*)
            if sim < GLOSSARY_MIN_SIMILARITY or (
                sim < GLOSSARY_CLOSE_SIMILARITY
                and (tz >= GLOSSARY_LOOSE_MAX_ZIPF or key_len < UNKNOWN_MIN_KEY_LEN)
            ):
                continue
            if _reads_as_other_english(st, entry.english, form, sim):
                continue
            hz = max(variant_zipf(h) for h in entry.hindi)
            if hz - tz < level.glossary_margin:
                continue
            if _silenced(word, level) or _hindi_word(word):  # the costlier tests last
                return None
            return Candidate(form, entry.hindi[0], tz, hz, glossary=True)
    return None


def _reads_as_other_english(word: str, lemma: str, form: str, sim: float) -> bool:
    """Another English word of the word list spells ``word`` about as closely as the glossary
    word does (ब्रेड is *bread*, not *bird*; रूट्स *roots*, not *riots*)."""
    own = {lemma, form, lemma + "s", lemma + "es"}
    # like with like: the other word's spelling by sound too (क्रीम: cream ~ kreem as crime ~ krim)
    if any(
        en not in own
        and ez >= MIN_ENGLISH_ZIPF - 1
        and max(osim, spells(word, en)) >= sim - OTHER_ENGLISH_MARGIN
        for en, ez, osim in res.english_lookalikes(word, min_key_len=2)
    ):
        return True
    # a listed foreign name that spells it more closely (पेरिस is *Paris*, not *price*)
    name = foreign_name(word)
    return name is not None and name[0] not in own and spells(word, name[0]) > sim


def _dictionary_candidate(word: str, code: str) -> Candidate | None:
    level = LEVELS[code]
    if len(word) < 3 or not engdict.available():
        return None
    if stem_zipf_above(word, level.max_translit_zipf):  # cheapest test first: most words are common Hindi
        return None
    tz = max_stem_zipf(word)
    key_len = len(res.dev_key(word))
    if key_len < MIN_KEY_LEN:
        return None  # two consonants (बूट, फ़र) match too many English words to be evidence
    # a spelling unknown to wordfreq is often a name or an odd spelling: admitted only when it
    # spells a long skeleton of a common English word closely (इन्वेस्टिगेशन, सॉल्यूशन)
    unknown = tz < level.min_translit_zipf
    if unknown and key_len < UNKNOWN_MIN_KEY_LEN:
        return None
    if _silenced(word, level) or _hindi_word(word):
        return None  # a listed loan, a name, a Hindi word of the dictionary (सतह, धूल)
    looks = res.english_lookalikes(word, min_key_len=2)
    top = max((sim for _en, _ez, sim in looks), default=0.0)
    # romanisation blurs vowels (विंटर ~ "vintar"): a lone consonant-skeleton match with a very
    # common English word is accepted at a lower spelling similarity
    lone = len([1 for _en, _ez, sim in looks if sim >= LONE_SIMILARITY]) == 1
    for english, ez, sim in looks:
        if sim < top or ez < MIN_ENGLISH_ZIPF:
            continue  # only the closest English spelling counts (टूल is *tool*, never *tale*)
        if sim < MIN_SIMILARITY and not (lone and sim >= LONE_SIMILARITY and ez >= LONE_ENGLISH_ZIPF):
            continue
        if unknown and (sim < UNKNOWN_MIN_SIMILARITY or ez < UNKNOWN_MIN_ENGLISH_ZIPF):
            continue
        eq = _hindi_equivalent(english)
        if eq is None:
            continue
        hindi, hz = eq
        if hz >= level.min_hindi_zipf and hz - tz >= level.min_margin and res.zipf_hi(word) < hz:
            return Candidate(english, hindi, tz, hz)
    return None


def _same_word(source_word: str, english: str) -> bool:
    """The source word is the English word guessed, or an inflection of it (stages ~ stage)."""
    if source_word == english:
        return True
    return bool({source_word, *E.lemmas(source_word)} & {english, *E.lemmas(english)})


@lru_cache(maxsize=4096)
def _source_equivalent(english: str) -> tuple[str, float] | None:
    """The most frequent Hindi noun or adjective the dictionary gives as a first sense of the source
    word or of its lemma (a transliterated loan stands for a noun: *document* → दस्तावेज़, not लिखना)."""
    d = engdict.dictionary()
    best: tuple[str, float] | None = None
    for lemma in dict.fromkeys((english, *E.lemmas(english))):
        for s in d.senses.get(lemma, []):
            if s.rank != 1 or len(s.hindi.split()) != 1 or not s.pos.startswith(("N", "Adj")):
                continue
            if engdict.is_transliteration(s.hindi, english=lemma, common=False):
                continue  # the dictionary spells the English word out (टेलीफोन)
            z = variant_zipf(s.hindi)
            if best is None or z > best[1]:
                best = (s.hindi, z)
    return best


@lru_cache(maxsize=100_000)
def _source_candidate(word: str, english: str, code: str) -> Candidate | None:
    """``word`` spells the source word ``english``, and Hindi has a common word for it."""
    level = LEVELS[code]
    if len(word) < 2:
        return None
    tz = max_stem_zipf(word)
    if tz > level.max_translit_zipf or not spells(word, english):
        return None
    if _silenced(word, level) or _hindi_word(word, english):
        return None  # a listed loan, a name, a Hindi word the dictionary gives for something
    best = _source_equivalent(english)
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
    if entry is None or entry.level not in level.glossary_levels or len(word) < 2:
        return None
    if glossary.is_glossary_hindi(word):
        return None  # the Hindi itself, inflected too: कोयले for *coal* is Hindi
    tz = max_stem_zipf(word)
    if tz > max(SOURCE_GLOSSARY_MAX_TRANSLIT_ZIPF, level.glossary_max_translit_zipf) or not spells(
        word, english
    ):
        return None
    if _silenced(word, level) or _hindi_word(word, english):
        return None
    hz = max(variant_zipf(h) for h in entry.hindi)
    # a loan news also uses must be rarer than the Hindi word; a ``news`` word is flagged whatever
    # else its spelling means in Hindi (पीस is also *grind*: the source says *peace*)
    if entry.level != "news" and hz - tz < level.glossary_margin:
        return None
    return Candidate(english, entry.hindi[0], tz, hz, glossary=True)


def _closest_source_word(
    word: str, src_words: tuple[str, ...], code: str, find: Callable[[str, str, str], Candidate | None]
) -> Candidate | None:
    """``find``'s candidate for the source word ``word`` spells most closely (the first on a tie)."""
    best: tuple[float, Candidate] | None = None
    for en in src_words:
        c = find(word, en, code)
        if c is None:
            continue
        score = spells(word, en)
        if best is None or score > best[0]:
            best = (score, c)
    return best[1] if best else None


def source_glossary_candidate(word: str, src_words: tuple[str, ...], level: Strictness) -> Candidate | None:
    """The glossary word of the source that ``word`` spells out, or None."""
    return _closest_source_word(word, src_words, level.code, _source_glossary_candidate)


def source_candidate(word: str, src_words: tuple[str, ...], level: Strictness) -> Candidate | None:
    """The source word ``word`` transliterates, when Hindi has a common word for it, or None."""
    return _closest_source_word(word, src_words, level.code, _source_candidate)


@lru_cache(maxsize=4096)
def source_transliterations(src: str, mt: str) -> int:
    """How many words of ``mt`` spell out an ordinary word of ``src`` that Hindi has a common word
    for, at annotator strictness (HI409's source test): a feature for the risk model, which
    IndicMT's annotators mark as errors (साइट for *site*) though human references use them too."""
    words = source_words(src)
    if not words or not engdict.available():
        return 0
    return sum(1 for _s, _e, w in _hindi_tokens(nfc_view(mt).text) if source_candidate(w, words, STRICT))


def _run(segment: Segment, level: Strictness, code: str) -> Iterator[Finding]:
    view = nfc_view(segment.text)
    toks = list(_hindi_tokens(view.text))
    src_words = source_words(segment.src) if segment.src else ()
    for i, (s0, e0, w) in enumerate(toks):
        if not src_words:
            c = _candidate(w, level.code)
        else:
            # the source names the English word: a glossary word of it spelled out is flagged
            # at every strictness; other words need the Hindi-only test (newsroom) or the
            # dictionary's first sense (annotator)
            c = source_glossary_candidate(w, src_words, level)
            if c is None and level.extend_with_source:
                c = source_candidate(w, src_words, level)
            elif c is None:  # the source only confirms: the word must spell the English word guessed
                c = _candidate(w, level.code)
                if c is not None and not any(_same_word(en, c.english) and spells(w, en) for en in src_words):
                    c = None
        if c is None or _next_to_name(view.text, toks, i) or beside_foreign(view.text, toks, i, c.glossary):
            continue
        if segment.src and source_compound(segment.src, c.english, view.text, toks, i):
            continue
        s, e = view.span(s0, e0)
        yield make_finding(
            code,
            segment.text,
            s,
            e,
            f"“{segment.text[s:e]}” is the English “{c.english}” written in Devanagari; Hindi has a "
            f"common word for it: “{c.hindi}”.",
            suggestion=c.hindi,
            english=c.english,
            hindi=c.hindi,
            translit_zipf=round(c.translit_zipf, 2),
            hindi_zipf=round(c.hindi_zipf, 2),
        )


@register(
    code="HI408",
    config={"strictness": NEWS.code},
    choices={"strictness": tuple(LEVELS)},
    name="transliteration-has-hindi-word",
    category="transliteration",
    severity="minor",
    summary="English written in Devanagari where Hindi has a much more common word (पार्लियामेंट → संसद).",
    examples=[
        ("प्रधानमंत्री ने पार्लियामेंट में भाषण दिया।", "प्रधानमंत्री ने संसद में भाषण दिया।"),
    ],
)
def check_transliteration_has_hindi_word(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Transliterated English where Hindi has a common word (newsroom strictness by default).

    Two sources say which English words Hindi news writes in Hindi. **The glossary**
    (``data/translit_glossary.tsv``, our own, ~340 everyday words of government, law, war,
    economy, health, family, weather and places, with the Hindi news uses: election → चुनाव,
    compensation → मुआवज़ा, winter → सर्दी): a word is flagged when it spells a glossary word or
    its plural (consonant skeleton plus spellings by sound — एजुकेशन, सिचुएशन, क्वेश्चन, शॉप्स —
    with Hindi case endings off: इलेक्शनों), no other English word of the word list reads as
    closely (ब्रेड is *bread*, not *bird*), and the transliteration is rarer in Hindi text than
    the Hindi word by ≥ 0.6 Zipf and itself rare (Zipf ≤ 4.6). **The dictionary** (FreeDict,
    when installed): a word that reads as an ordinary English word (Zipf ≥ 4.0, similarity ≥
    0.75) whose single-word Hindi equivalent is common (Zipf ≥ 4.8) and ≥ 1.2 Zipf commoner.

    Established loans stay silent as a class: a loan as common in Hindi text as its Hindi word
    (स्कूल, पुलिस, बजट, टीम), anything in ``data/script_loanwords.tsv`` (पैकेज, ऑक्सीजन, आर्मी),
    glossary words marked ``strict`` (लीडर, मीटिंग, प्लान, सीज़न: news uses the loan too), Hindi
    words (सतह, नाकामी), names of the gazetteer, and words beside a name or another loan — part
    of a name or of a multiword English term (नॉर्थ कोरिया, सुप्रीम लीडर, वर्ल्ड कप).

    With the English source, a glossary word of the source spelled out in the MT (वेदर for
    *weather*, पीस for *peace*) is flagged whatever its frequency (up to Zipf 4.8): the source
    shows what the word is. A dictionary candidate must spell the very source word it was read
    as. The strictness is a setting: ``strictness = "annotator"`` applies HI409's bars (the
    ``strict`` glossary words too, and loans somewhat less common than the Hindi word: फंड,
    मीटिंग), as IndicMT's annotators mark them; many newsrooms do not. Runs without FreeDict on
    the glossary alone.
    """
    yield from _run(segment, LEVELS[str(ctx.config("HI408")["strictness"])], "HI408")


@register(
    code="HI409",
    name="transliteration-has-hindi-word-strict",
    category="transliteration",
    severity="minor",
    summary="HI408 at annotator strictness: any loan less common than its Hindi word (मीटिंग → बैठक).",
    examples=[
        ("दोनों नेताओं की मीटिंग दिल्ली में हुई।", "दोनों नेताओं की बैठक दिल्ली में हुई।"),
    ],
    default=False,
)
def check_transliteration_has_hindi_word_strict(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Transliterated English where Hindi has a common word (annotator strictness, opt-in).

    HI408 with lower bars: the Hindi word need only be somewhat more common (≥ 0.3 Zipf, Zipf
    ≥ 4.5 itself) and the transliteration may itself be fairly common (Zipf ≤ 5.0). This matches MQM annotators
    who mark फंड, मीटिंग or टीम-like loans as errors; many newsrooms accept them. The allow-list
    of established loans (``data/script_loanwords.tsv``) does not apply at this level, and the
    glossary's ``strict`` words (लीडर, मीटिंग, सीज़न) count (Zipf ≤ 5.0, ≥ 0.3 below the Hindi
    word). The same as HI408 with ``strictness = "annotator"``, under its own code.

    With the English source the English word is read from it instead of guessed from a word list
    (:mod:`audit.lang.transcription`): a word that spells an ordinary word of the source (ट्रिप for
    *trip*, even when wordfreq does not know the spelling) is flagged when the dictionary's first
    noun/adjective sense of that word is a Hindi word of Zipf ≥ 4.5 and by the margin above more
    common than the transliteration.
    """
    yield from _run(segment, STRICT, "HI409")
