"""HI401/HI407 — English words transliterated into Devanagari instead of translated.

Part of the HI4xx family (:mod:`audit.rules.script` holds the family's thresholds, shared
token helpers and HI403–HI406; :mod:`audit.rules.script_glue` holds HI402).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict, translit_xlit
from audit.lang import resources as res
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import is_stop
from audit.lang.transcription import spells
from audit.rules.contest_sides import contest_side
from audit.rules.names import lexicon, norm
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.script import (
    GLUE_MIN_PART_ZIPF,
    MAX_WORD_CHARS,
    TRANSLIT_MAX_ZIPF_HI,
    TRANSLIT_MIN_SIMILARITY,
    TRANSLIT_MIN_SIMILARITY_GLUED,
    TRANSLIT_MIN_ZIPF_EN,
    hindi_tokens,
    is_loanword,
    max_stem_zipf,
    ordinary_english_words,
    stem_zipf_above,
)
from audit.rules.source.common import named_in_source
from audit.rules.source.veto import name_written_out
from audit.rules.translit_context import in_english_title, in_name_run, spelled_acronym
from audit.rules.translit_equiv import common_equivalent, plural
from audit.rules.translit_levels import hindi_word
from audit.rules.translit_loans import named_by_frame
from audit.rules.translit_places import place_names
from audit.rules.translit_reading import RUN_READING_MAX_HINDI_ZIPF, reads_english

# ----------------------------------------------------------------------------- HI401


#: HI401/HI407's settings (``[tool.audit.rules.HI401]``; the defaults are the family's thresholds)
TRANSLIT_CONFIG = {
    "max_zipf_hi": TRANSLIT_MAX_ZIPF_HI,
    "min_zipf_en": TRANSLIT_MIN_ZIPF_EN,
    "min_similarity": TRANSLIT_MIN_SIMILARITY,
    "min_similarity_glued": TRANSLIT_MIN_SIMILARITY_GLUED,
}


def transliteration_candidate(
    word: str,
    max_zipf_hi: float = TRANSLIT_MAX_ZIPF_HI,
    min_zipf_en: float = TRANSLIT_MIN_ZIPF_EN,
    min_similarity: float = TRANSLIT_MIN_SIMILARITY,
    min_similarity_glued: float = TRANSLIT_MIN_SIMILARITY_GLUED,
) -> tuple[str, float, float] | None:
    """The English word a rare Devanagari word transliterates, or None.

    Returns ``(english, zipf_en, similarity)`` when every condition of HI401 holds (the
    thresholds are HI401's settings, :data:`TRANSLIT_CONFIG`).
    """
    if len(word) < 4:  # (most tokens: के, में, है; the memoised test's first answer, without its look-up)
        return None
    return _transliteration_candidate(word, max_zipf_hi, min_zipf_en, min_similarity, min_similarity_glued)


@res.vocabulary_memo(
    "translit-candidate",
    defaults=(
        TRANSLIT_MAX_ZIPF_HI,
        TRANSLIT_MIN_ZIPF_EN,
        TRANSLIT_MIN_SIMILARITY,
        TRANSLIT_MIN_SIMILARITY_GLUED,
    ),
)
def _transliteration_candidate(
    word: str, max_zipf_hi: float, min_zipf_en: float, min_similarity: float, min_similarity_glued: float
) -> tuple[str, float, float] | None:
    if len(word) < 4 or len(word) > MAX_WORD_CHARS or is_loanword(word):
        return None
    if stem_zipf_above(word, max_zipf_hi):
        return None
    looks = res.english_lookalikes(word)
    plain = _first_admitted(looks, min_similarity, min_zipf_en)
    glued = _first_admitted(looks, min_similarity_glued, min_zipf_en)
    if glued == plain:
        return plain  # (the same answer at either bar: the word's split, the costlier test, is not asked)
    # an English compound glued from two established loanwords (सर्विस + मैन) is matched
    # more leniently: its halves already prove it is English
    parts = res.split_glued(word, GLUE_MIN_PART_ZIPF)
    glued_loans = parts is not None and all(res.english_lookalikes(part, min_key_len=2) for part in parts)
    return glued if glued_loans else plain


def _first_admitted(
    looks: tuple[tuple[str, float, float], ...], min_similarity: float, min_zipf_en: float
) -> tuple[str, float, float] | None:
    """The best look-alike this close and this common (they come best first), or None."""
    for en, zen, sim in looks:
        if sim >= min_similarity and zen >= min_zipf_en:
            return en, zen, sim
    return None


def _name_like(word: str) -> bool:
    """Unknown to Hindi and not an English look-alike either: probably a foreign name."""
    return (
        len(word) >= 3
        and max_stem_zipf(word) == 0
        and not is_loanword(word)
        and transliteration_candidate(word) is None
    )


def is_next_to_name(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """True when a directly adjacent word (space or hyphen between) looks like a name.

    Foreign names come in runs (सर्गेई लावरोव, मार्को रुबियो); a word in such a run that
    happens to look like an English word is part of the name.
    """
    s, e, _ = toks[i]
    if i > 0:
        ps, pe, pw = toks[i - 1]
        if text[pe:s] in (" ", "-") and (_name_like(pw) or _known_name_or_title(pw)):
            return True
    if i + 1 < len(toks):
        ns, ne, nw = toks[i + 1]
        if text[e:ns] in (" ", "-") and (_name_like(nw) or _known_name_or_title(nw)):
            return True
    return False


def _known_name_or_title(word: str) -> bool:
    """A foreign-name spelling from the names gazetteer (एंटोनियो) or a title (महासचिव, राष्ट्रपति):
    the word beside it is then part of a name (एंटोनियो गुटेरेस), whatever English it resembles."""
    names = lexicon()
    key = norm(word)
    return key in names.gazetteer or key in names.titles


@register(
    code="HI401",
    name="transliterated-english",
    category="transliteration",
    severity="major",
    summary="An English word written in Devanagari instead of translated.",
    examples=[
        (
            "सीमा पर और ट्रूप्स भेजे गए हैं।",
            "सीमा पर और सैनिक भेजे गए हैं।",
        ),
        (
            "गांव के फार्मर्स ने सरकार से मदद मांगी।",
            "गांव के किसानों ने सरकार से मदद मांगी।",
        ),
    ],
    config=TRANSLIT_CONFIG,
)
def check_transliterated_english(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Transliterated English word with its English inflection (HI401).

    Hindi takes English loanwords with *Hindi* inflection (मीटिंगों, इलेक्ट्रॉनों, सैनिक); a
    word that carries the English plural (-s, -es, -men) in Devanagari — एरेनास, सर्विसमैन,
    ट्रूप्स — was transliterated whole instead of translated. This rule fires only on such
    inflected look-alikes; the broader look-alike test below without the inflection
    condition is HI407, opt-in because careful human Hindi writes many technical loans.

    Machine translation often writes an English word it could not translate in Devanagari
    letters: *arenas* → एरेनास, *servicemen* → सर्विसमैन. Hindi news uses many English
    loanwords too (पुलिस, टीवी, इंटरनेट), so a word is flagged only when all hold:

    * it is rare in Hindi: wordfreq Zipf ≤ {max_zipf_hi} for the word and for its stem without a
      plural/oblique ending (कंटेनरों → कंटेनर, which is common, so silent);
    * it is not in the allow-list of established loanwords (``data/script_loanwords.tsv``)
      and does not split into two frequent Hindi words (that is HI402);
    * its consonant skeleton equals that of an *ordinary* English word — a lower-case
      dictionary word (SCOWL), so transliterated names such as लावरोव (Lavrov) or
      प्योंगयांग (Pyongyang) never match — with English Zipf ≥ {min_zipf_en};
    * one of its romanisations is close to that English spelling (similarity ≥ {min_similarity},
      ≥ {min_similarity_glued} for a word glued from two Hindi-known English loans; romanisation
      blurs vowels, ए ↔ a/e, so several spellings are tried) and a word-initial vowel agrees
      (एरेनास/arenas, not डोरबेल/adorable);
    * it does not follow another English word or a place with only a space between (मेपल
      लीफ़्स, सिल्वर फ़र्न्स, ब्लू जैकेट्स: a short English word read by sound), nor come before
      one inside a clause (शॉपर्स स्टॉप ने): English puts no plural before its head noun, so such
      a plural closes or opens a team, band, company or place name;
    * it is no name by its frame: before or after a kind of organisation, with a number, in
      quotation marks (HI408's frames: भुगतान कंपनी स्लाइस), or after English *the* written out (द
      किंक्स);
    * it is no side of a contest — no verb of competition follows it in its sentence (a Hindi verb
      whose English verbs are mostly WordNet's verb.competition: जीतना *win*, हराना *beat*): a
      plural that wins or beats is a team's name (पेंगुइन्स ने कोयोट्स को हराया,
      :mod:`audit.rules.contest_sides`);
    * with the source, the source does not write the English word only as a name (capitalised
      where no sentence begins and never in lower case: *The Jaguars beat the Falcons*), nor lacks
      it while the word writes out a capitalised word of the source (डैलस for *Dallas*, not
      *delays*; टेम्स for the singer *Tems*);
    * Hindi has a word for it: where the English–Hindi dictionary (when installed) knows the
      English word (or another close reading of the Devanagari), it gives a Hindi word for it that
      Hindi text uses (Zipf ≥ 3.0 in some inflected form: *troops* → सैनिक). An English plural of
      a thing Hindi has no word for is a loan with the English plural or a name (इलेक्ट्रॉन्स,
      स्केट्स; the band बीटल्स), not English left untranslated.

    Fix: use the Hindi word for the English one (arenas → मंचों, servicemen → सैनिकों).
    Limits: established loanwords missing from the allow-list and rare enough in wordfreq
    can be flagged; transliterations of short words (two consonants, e.g. राइट) are too
    ambiguous and are left to HI406.
    """
    yield from _transliterated(segment, "HI401", inflected_only=True, ctx=ctx)


@register(
    code="HI407",
    name="english-lookalike",
    category="transliteration",
    severity="minor",
    summary="A rare Devanagari word that reads as an ordinary English word.",
    examples=[
        ("बच्चों के लिए नया प्लेग्राउंड बना।", "बच्चों के लिए नया खेल का मैदान बना।"),
    ],
    default=False,
    config=TRANSLIT_CONFIG,
)
def check_english_lookalike(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """English look-alike in Devanagari (HI407, opt-in).

    The conditions of HI401 without the English-inflection one (the same settings, here set
    under ``[tool.audit.rules.HI407]``). It finds transliterated
    English that MT left untranslated (प्लेग्राउंड for *playground*), but careful human
    Hindi — science, sport and technology writing — uses many such loans (इलेक्ट्रॉन,
    होलोकास्ट, कैंपिंग): on 300 human reference sentences it fired on 16%. Select it
    explicitly (``--select HI407``) for text where loans should be rare.
    """
    yield from _transliterated(segment, "HI407", inflected_only=False, ctx=ctx)


#: HI401: a Hindi word the dictionary gives for the English word (any inflected form) this common
#: says Hindi would translate it; a reading this close counts
PLURAL_MIN_HINDI_ZIPF = 3.0
PLURAL_READING_SIMILARITY = 0.85


def hindi_has_word(word: str, english: str) -> bool:
    """Whether Hindi has a word for the English word ``word`` spells: the English–Hindi dictionary
    gives, for ``english`` or another close reading of ``word`` (the transliterator's spellings or
    by sound: पीनट्स *peanuts*), a Hindi word Hindi text uses (Zipf ≥ 3.0 in some inflected form,
    :func:`audit.rules.translit_equiv.common_equivalent`: *troops* → सैनिक). False only when the
    dictionary knows a reading and has no such word for any (*electrons*, *skates*, *beetles*): an
    English plural of a thing Hindi has no word for is a loan with the English plural or a name
    (इलेक्ट्रॉन्स, स्केट्स; the band बीटल्स). Without the dictionary, or for words it does not know:
    no evidence, True."""
    if not engdict.available():
        return True
    readings = dict.fromkeys(
        [english]
        + [en for en, sim, _p in translit_xlit.all_readings(word) if sim >= PLURAL_READING_SIMILARITY]
    )
    senses = engdict.dictionary().senses
    known = False
    for en in readings:
        eq = common_equivalent(en)
        if eq is not None and eq[1] >= PLURAL_MIN_HINDI_ZIPF:
            return True
        known = known or any(senses.get(lemma) for lemma in E.lemmas(en))
    return not known


_PLURAL_ENDINGS = ("्स", "स", "ज़", "ज", "मैन", "मेन")


def english_inflected(word: str, english: str) -> bool:
    """True when ``english`` is an English plural (-s, -es, -men) that ``word`` spells out."""
    if not word.endswith(_PLURAL_ENDINGS):
        return False
    if english.endswith("men") and len(english) > 5:
        return True
    if english.endswith("s") and not english.endswith("ss") and len(english) > 4:
        stem = english[:-2] if english.endswith("es") else english[:-1]
        vocab = ordinary_english_words()  # one frozen set (building a set here cost ~50 µs a call)
        return stem in vocab or english[:-1] in vocab
    return False


#: a word spelling an English word this closely is English left in Devanagari (मेपल: maple)
NAME_HEAD_SIMILARITY = 0.8


def _english_before(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Word ``k`` is English left in Devanagari, by its letters (मेपल) or its reading; a reading that
    is also a common Hindi spelling (बी, बे) counts only after another English word (ग्रीन बे, हनी बी)."""
    prev = toks[k][2]
    if transliteration_candidate(prev) is not None or any(
        sim >= NAME_HEAD_SIMILARITY for _, _, sim in res.english_lookalikes(prev)
    ):
        return True
    if not reads_english(prev):
        return False
    if res.zipf_hi(prev) < RUN_READING_MAX_HINDI_ZIPF:
        return True
    return k > 0 and not text[toks[k - 1][1] : toks[k][0]].strip() and _english_before(text, toks, k - 1)


def plural_ends_a_name(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """An English plural right after another English word or a place, with only a space between
    (मेपल लीफ़्स, सिल्वर फ़र्न्स, शिकागो बुल्स, ब्लू माउंटेन्स, ग्रीन बे पैकर्स): English puts no plural
    before its head noun, so the plural closes the run — a team, band, company or place name
    (Maple Leafs, Chicago Bulls, Blue Mountains). A short English word (ब्लू, बे) is read as English
    beside the plural, by the transliterator's spellings or by sound."""
    if i == 0 or text[toks[i - 1][1] : toks[i][0]].strip():
        return False
    return toks[i - 1][2] in place_names() or _english_before(text, toks, i - 1)


#: the English -s (or possessive 's) a name's first word keeps, written out: लायन्स, शॉपर्स, कलर्स
_S_PLURAL = ("स", "ज़", "ज")


def plural_opens_a_name(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """An English plural right before another English word, with only a space between (लायन्स हेड,
    कलर्स टीवी, शॉपर्स स्टॉप): English puts no plural before its head noun, so the run is a name
    (Lion's Head, Colors TV, Shoppers Stop), not two words left untranslated. The English word
    is no clause's last word (Hindi puts its verb there: क्लोथ्स बिके।)."""
    if i + 2 >= len(toks) or text[toks[i][1] : toks[i + 1][0]] != " ":
        return False
    if not toks[i][2].endswith(_S_PLURAL):
        return False  # an irregular plural (पीपल परेड: *people*) is no name's -s, which a name keeps
    if text[toks[i + 1][1] : toks[i + 2][0]] != " ":
        return False  # the clause's last word is its verb's slot (क्लोथ्स बिके।), not a name's
    nxt = toks[i + 1][2]
    return reads_english(nxt) and res.zipf_hi(nxt) < RUN_READING_MAX_HINDI_ZIPF


def plural_closes_a_name(text: str, toks: list[tuple[int, int, str]], i: int, english: str) -> bool:
    """Word ``i`` spells the English plural of ``english`` (इंडियंस: *indians*, even where the
    word guessed is the singular) and closes a name after a place or an English word
    (:func:`plural_ends_a_name`: मुंबई इंडियंस, गुजरात लायंस) — not after a Hindi word that only
    sounds English (पांच कैंडिडेट्स: *punch*) or a function word (कोई एविडेंस)."""
    w = toks[i][2]
    if not (plural(english) or spells(w, english + "s") > spells(w, english)):
        return False
    if plural_opens_a_name(text, toks, i):
        return True  # (लायन्स हेड: *Lion's Head*)
    if not plural_ends_a_name(text, toks, i):
        return False
    prev = toks[i - 1][2]
    return prev in place_names() or not (is_stop(prev) or hindi_word(prev))


@lru_cache(maxsize=1024)  # HI401 and HI407 walk the same tokens with the same settings
def token_candidates(
    text: str, limits: tuple[float, float, float, float]
) -> tuple[tuple[int, tuple[str, float, float]], ...]:
    """(token index, :func:`transliteration_candidate`) of the Hindi tokens of ``text`` (NFC) that
    have one under ``limits`` (HI401's settings, in :data:`TRANSLIT_CONFIG`'s order)."""
    out = []
    for i, (_s, _e, w) in enumerate(hindi_tokens(text)):
        hit = transliteration_candidate(w, *limits)
        if hit is not None:
            out.append((i, hit))
    return tuple(out)


def _transliterated(
    segment: Segment, code: str, inflected_only: bool, ctx: CheckContext
) -> Iterator[Finding]:
    cfg = ctx.config(code)
    limits = (cfg["max_zipf_hi"], cfg["min_zipf_en"], cfg["min_similarity"], cfg["min_similarity_glued"])
    view = nfc_view(segment.text)
    toks = list(hindi_tokens(view.text))
    for i, hit in token_candidates(view.text, limits):
        s, e, w = toks[i]
        en, zen, sim = hit
        if inflected_only != english_inflected(w, en):
            continue  # (the cheapest test first: HI401 weighs English plurals only)
        if is_next_to_name(view.text, toks, i):
            continue
        if spelled_acronym(w) or in_name_run(view.text, toks, i, en, segment.src):
            continue  # a surname after a given name (बेन फोक्स), a team's word (केरला ब्लास्टर्स)
        if inflected_only and (
            plural_ends_a_name(view.text, toks, i) or plural_opens_a_name(view.text, toks, i)
        ):
            continue  # the plural word of a team, band, company or place name (मेपल लीफ़्स, शॉपर्स स्टॉप)
        if inflected_only and contest_side(view.text, toks, i):
            continue  # a side of a contest: a team's name (पेंगुइन्स ने कोयोट्स को हराया)
        if inflected_only and (named_by_frame(view.text, toks, i) or in_english_title(view.text, toks, i)):
            continue  # a name by its frame (भुगतान कंपनी स्लाइस) or an English title (द किंक्स)
        if segment.src and named_in_source(en, segment.src):
            continue  # the source writes it as a name only (*The Jaguars*, *the Coyotes*)
        if segment.src and name_written_out(en, w, segment.src, names_only=True):
            continue  # the source has no *delays*: डैलस writes out its *Dallas*, a name
        if inflected_only and not hindi_has_word(w, en):
            continue  # nothing Hindi would say instead: a loan's plural or a name (इलेक्ट्रॉन्स, बीटल्स)
        alts = [a for a, za, sa in res.english_lookalikes(w) if a != en and sa >= sim - 0.1 and za >= 3.0][:2]
        guess = f"“{en}”" + (f" (or {', '.join(alts)})" if alts else "")
        os, oe = view.span(s, e)
        yield make_finding(
            code,
            segment.text,
            os,
            oe,
            f"“{w}” looks like the English word {guess} written in Devanagari; it is rare in "
            f"Hindi. Translate it with the Hindi word for “{en}”.",
            english=en,
            english_alternatives=alts,
            zipf_en=zen,
            zipf_hi=max_stem_zipf(w),
            similarity=sim,
            romanisation=res.romanise(w)[0],
        )
