"""HI402 — two words written together without a space (glued words).

Part of the HI4xx family (:mod:`audit.rules.script` holds the family's thresholds, shared
token helpers and HI403–HI406; :mod:`audit.rules.script_translit` holds HI401/HI407).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from audit.core.data import data_text
from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.bilingual import english as E
from audit.lang.bilingual import freedict
from audit.lang.bilingual.hindi import stem_key
from audit.lang.function_words import HINDI_GLUE_WORDS
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.script import (
    GLUE_MIN_CONTENT_ZIPF,
    GLUE_MIN_PART_ZIPF,
    MAX_WORD_CHARS,
    TRANSLIT_MIN_SIMILARITY_GLUED,
    hindi_tokens,
    is_loanword,
    stem_zipf_above,
)
from audit.rules.script_translit import is_next_to_name, transliteration_candidate
from audit.rules.solid_names import impossible_split, indian_name_solid, written_solid
from audit.rules.source.veto import writes_out_a_name
from audit.rules.translit_reading import english_reading

# ----------------------------------------------------------------------------- HI402


FUNCTION_WORDS = HINDI_GLUE_WORDS  # what it holds and why: audit/lang/function_words.py
#: Second halves of legitimate solid compounds (मुट्ठीभर, मछलीघर, नियतिवाद, रक्षापंक्ति).
COMPOUND_ENDINGS = frozenset(
    "भर घर वाद वादी वासी युक्त कर्मी पूर्व पंक्ति समूह रूपी वृद्धि जन्य कारी कार पति पत्र "
    "शाला गृह मय हीन रहित पूर्ण मान वान दार नामा वादियों वादियां वादियाँ वासियों कर्मियों".split()
)
#: The agent suffixes of Hindi nouns, inflected: written solid with a noun (चक्कीवाला, सरायवाले,
#: चुनौतीबाज़, धोखेबाज़ी) or apart, never two words that lost their space.
AGENT_SUFFIXES = frozenset("वाला वाले वाली वालों वालियां वालियों बाज़ बाज़ों बाज़ी बाज बाजों बाजी".split())
#: First halves of legitimate solid compounds: the Sanskrit prefixes and first members that
#: are words of their own too (महा+वाणिज्य दूत = consul general, प्रति+व्यक्ति, अति+सक्रिय,
#: अंतर+राज्यीय, बहु+राष्ट्रीय, सर्व+दलीय, अर्ध+सैनिक, स्व+रोज़गार, पूर्व+नियोजित, उप+महाद्वीप).
COMPOUND_STARTS = frozenset(
    "महा प्रति अति अंतर अन्तर बहु सर्व अर्ध स्व पूर्व नव उप अनु अधि पुनर सह "
    # Sanskrit first members of position and level (मध्यक्रम, मध्यवर्ग, उच्चशिक्षा, निम्नवर्ग)
    "मध्य उच्च निम्न".split()
)
#: A content half this close to an English word makes the whole an English compound or a
#: name (ग्रीन+लैंड, डाउन+हिल, राम+प्रो), not two Hindi words that lost their space.
GLUE_MAX_PART_ENGLISH_SIMILARITY = 0.85
#: The endings of a Hindi causative verb after its -वा- (बनवाया, सिलवाए, धुलवाई, मंगवाना, लिखवाकर).
CAUSATIVE_ENDINGS = tuple(
    sorted("या ए ई एं ईं ना ने नी ता ते ती कर ओ इए एगा एगी एंगे येगा ये यी".split(), key=len, reverse=True)
)
#: Forms by which a verb root shows up in a word-frequency list (धुल, मांगना, गिनती, मंगा, सिलाई).
ROOT_FORMS = ("", "ना", "ने", "ता", "ती", "कर", "ा", "ाई", "ाया", "े")


def causative_verb(word: str, left: str) -> bool:
    """Whether ``word`` is a Hindi causative verb form (root + वा + ending: धुलवाई, मंगवाया, सिलवाए)
    and ``left`` cuts it at the causative morpheme (धुल + वाई, मंगवा + या): one verb, not two words
    that lost their space. The root must be a Hindi word stem — some form of it (the root, +ना, +ने,
    +ती, +ा, +ाई ...) is in the word-frequency list."""
    for end in CAUSATIVE_ENDINGS:
        if not word.endswith("वा" + end):
            continue
        root = word[: -len(end) - 2]
        if len(root) >= 2 and len(left) in (len(root), len(root) + 2):
            return any(res.zipf_hi(root + form) > 0 for form in ROOT_FORMS)
    return False


#: the perfective endings after a verb stem in -ा (बनाया, जुटाई, थमाए, सुखाईं)
PERFECTIVE_ENDINGS = frozenset("या ये यी ई ए ईं".split())


#: the vowel signs a Hindi verb stem ends in before a perfective -या (जुटा, थमा; डुबो, भिगो, पिरो)
PERFECTIVE_STEM_VOWELS = ("\u093e", "\u094b")


def perfective_verb(left: str, right: str) -> bool:
    """Whether the cut ``left`` + ``right`` is a Hindi verb stem in -ा or -ो and its perfective
    ending (जुटा + या, थमा + या, सजा + ई; डुबो + या, भिगो + ए): the -ाया/-ाई forms of Hindi's
    transitive and causative verbs and the -ोया forms of its verbs in -ोना, one word — not a word
    and या (*or*) that lost their space."""
    return (
        right in PERFECTIVE_ENDINGS
        and left.endswith(PERFECTIVE_STEM_VOWELS)
        and len(left) >= 3
        and left not in FUNCTION_WORDS
    )


#: a half read as an English word (:func:`audit.rules.translit_reading.english_reading`) of this
#: many letters (आयरन *iron*, ब्रिज *bridge*, वाटर *water*)
ENGLISH_HALF_MIN_LETTERS = 3


@lru_cache(maxsize=20_000)
def _english_half(part: str) -> bool:
    """A half of a glued word that spells an everyday English word (not a Hindi function word,
    whose sounds spell short English ones: को *co*, के *quay*)."""
    return part not in FUNCTION_WORDS and english_reading(part, ENGLISH_HALF_MIN_LETTERS)


def english_halves(left: str, right: str) -> bool:
    """Both halves spell English words (आयरन+ब्रिज, चीज़+ग्रेटर, ब्रिज+वाटर): an English compound
    or place name written solid in Devanagari (*Ironbridge*, *Cheesegrater*, *Bridgewater*), not
    two Hindi words that lost their space — if it is wrong, it is wrong as a transliteration."""
    return _english_half(left) and _english_half(right)


def _english_part(part: str) -> bool:
    return any(
        sim >= GLUE_MAX_PART_ENGLISH_SIMILARITY for _, _, sim in res.english_lookalikes(part, min_key_len=2)
    )


@lru_cache(maxsize=1)
def attested_compounds() -> frozenset[str]:
    """Compounds a large Hindi word list attests in several inflected forms (data file)."""
    text = data_text("script_attested_compounds.txt")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def dictionary_word(word: str) -> bool:
    """Whether the English–Hindi dictionary (FreeDict, read at run time) has ``word`` as one of its
    translations or a word of one (or, for a verb form, its stem + ना): a real Hindi lexicon of
    compounds written solid (मृत्युलेख, मिश्रधातु, केतली, चिपकाया: चिपकाना). False without it."""
    d = engdict.dictionary()
    return bool(d) and any(d.english_for(form) for form in (word, stem_key(word) + "ना"))


def renders_one_source_word(src: str, left: str, right: str) -> bool:
    """Whether one word of the English source has a dictionary translation made of ``left`` and
    ``right`` (*ivory* → हाथी दाँत, *ambulance* → अस्पताल गाड़ी): the glued word is that one word's
    Hindi written solid, a compound, not two words that lost their space."""
    d = freedict.load()
    if d is None:
        return False
    pair = (stem_key(left), stem_key(right))
    for _s, _e, tok in E.tokens(src):
        if E.is_content(tok) and any(keys[:2] == pair for lemma in E.lemmas(tok) for keys in d.keys(lemma)):
            return True
    return False


@lru_cache(maxsize=1)
def _two_word_translations() -> frozenset[tuple[str, str]]:
    """The stem keys of every two-word Hindi translation of one English word in the dictionary
    (*ivory* → हाथी दाँत, *ambulance* → अस्पताल गाड़ी): Hindi compounds, whatever the source says.
    Built once, the first time a word splits; empty without the dictionary."""
    d = freedict.load()
    if d is None:
        return frozenset()
    return d.two_word_keys()


@lru_cache(maxsize=100_000)  # asked for every token HI402 reads
def may_be_glued(word: str) -> bool:
    """The test :func:`glued_split` asks first, whatever its settings: a word of 5–48 letters
    unknown to Hindi (Zipf 0, also for its stems) and no listed loanword."""
    return not (len(word) < 5 or len(word) > MAX_WORD_CHARS or stem_zipf_above(word, 0) or is_loanword(word))


def glued_split(
    word: str,
    use_attested: bool = True,
    min_part_zipf: float = GLUE_MIN_PART_ZIPF,
    min_content_zipf: float = GLUE_MIN_CONTENT_ZIPF,
) -> tuple[str, str] | None:
    """Where an unknown word splits into two words that lost their space, or None.

    Either one half is a function word (FUNCTION_WORDS) and the other a known word (Zipf
    ≥ ``min_content_zipf``, 3+ characters), or both halves are frequent content words (Zipf ≥
    ``min_part_zipf``, 3+ characters) and the right half is not a usual compound ending
    (COMPOUND_ENDINGS). The thresholds are HI402's settings.
    """
    if not may_be_glued(word):
        return None
    best: tuple[float, str, str] | None = None
    for left, right in res.syllable_splits(word):
        if right in AGENT_SUFFIXES:
            continue
        lf, rf = left in FUNCTION_WORDS, right in FUNCTION_WORDS
        zl, zr = res.zipf_hi(left), res.zipf_hi(right)
        if lf != rf:
            content, zc = (right, zr) if lf else (left, zl)
            ok = len(content) >= 3 and zc >= min_content_zipf
        elif not lf:
            ok = (
                min(len(left), len(right)) >= 3
                and min(zl, zr) >= min_part_zipf
                and right not in COMPOUND_ENDINGS
                and left not in COMPOUND_STARTS
            )
        else:
            ok = False
        if ok and any(_english_part(p) for p in (left, right) if p not in FUNCTION_WORDS):
            ok = False
        if ok and not (lf or rf) and use_attested and word in attested_compounds():
            ok = False  # a compound written solid (युद्धविराम), attested in several forms
        if ok and causative_verb(word, left):
            ok = False  # a causative verb (धुलवाई: धुल + वा + ई), not धुल + वाई
        if ok and perfective_verb(left, right):
            ok = False  # a verb's perfective (जुटाया: जुटा + या), not जुटा + या (*or*)
        if ok and use_attested and dictionary_word(word):
            ok = False  # a word of the dictionary's Hindi (मिश्रधातु, केतली: not के + तली)
        if ok and (best is None or min(zl, zr) > best[0]):
            best = (min(zl, zr), left, right)
    return (best[1], best[2]) if best else None


def _english_compound(word: str) -> bool:
    """True when the whole word reads as one English word (downhill → डाउनहिल)."""
    return any(sim >= TRANSLIT_MIN_SIMILARITY_GLUED for _, _, sim in res.english_lookalikes(word))


def _clause_neighbours(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[str | None, str | None]:
    """The Hindi words right before and after ``toks[i]`` when only spaces separate them (None at
    a sentence's or clause's edge: punctuation, a digit, Latin script)."""
    s, e, _w = toks[i]
    before = toks[i - 1][2] if i > 0 and text[toks[i - 1][1] : s].isspace() else None
    after = toks[i + 1][2] if i + 1 < len(toks) and text[e : toks[i + 1][0]].isspace() else None
    return before, after


@register(
    code="HI402",
    name="glued-words",
    category="merge",
    severity="minor",
    summary="Two words written together without a space.",
    examples=[
        (
            "बैठक में व्यापार और सुरक्षासमझौते पर चर्चा हुई।",
            "बैठक में व्यापार और सुरक्षा समझौते पर चर्चा हुई।",
        ),
        (
            "उन्होंने कहा कि सरकारजल्द ही फैसला करेगी।",
            "उन्होंने कहा कि सरकार जल्द ही फैसला करेगी।",
        ),
    ],
    config={"min_part_zipf": GLUE_MIN_PART_ZIPF, "min_content_zipf": GLUE_MIN_CONTENT_ZIPF},
)
def check_glued_words(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Glued words (HI402).

    A word unknown to Hindi word frequency lists (Zipf 0, also for its stem) that splits into
    two frequent Hindi words (each Zipf ≥ {min_part_zipf}) was probably two words that lost the space
    between them — the decoder or a detokeniser joined them (संधि + रूसी). The split must
    fall between syllables (the right half may not start with a vowel sign, halant or nasal
    sign; the left may not end in a halant).

    Legitimate solid compounds (राष्ट्रपति, जलवायु) are in the frequency list and so never
    flagged; nor is a word the English–Hindi dictionary (when installed) has as one word, in any
    inflection (मिश्रधातु, मृत्युलेख, केतली — not के + तली), nor one whose two halves are the
    dictionary's two-word translation of one English word (*ivory* → हाथी दाँत: हाथीदांत; with the
    source, of one source word), nor a noun with an agent suffix (चक्कीवाला, चुनौतीबाज़), a Sanskrit
    first member of position (मध्यक्रम), a word of a foreign name run (केनान यिल्दिज़) or a Hindi
    causative verb cut at its -वा- (धुलवाई, मंगवाया: a root with some form in the frequency list),
    nor a verb stem in -ा or -ो before its perfective ending (जुटाया, थमाया, सुखाई, डुबोया: not जुटा +
    या, *or*), nor an Indian name written solid (रमेशबाबू, भजनलाल: one half a listed Indian given name,
    neither a function word),
    nor a word whose two halves both spell English words (by the transliterator's spellings or by
    sound: आयरन+ब्रिज, चीज़+ग्रेटर) — an English compound or place name written solid (*Ironbridge*),
    nor a word that spells a listed foreign name exactly (जोआना: Joana, तनाका: Tanaka;
    :mod:`audit.rules.solid_names`) — that name written out —, nor one whose split puts a case
    marker where Hindi grammar has none: opening the sentence or after another case marker
    (केइको दस साल बाद: के इको; की सेलगी: की से लगी), or before another (हाइके ने: हाइ के ने).
    With the source, a word that writes out a capitalised word of the source (जंगकुक for *Jung
    Kook*, भजनलाल for *Bhajanlal*) is that name written solid.
    Rarer compounds written solid can still be, which is why the part threshold is high.
    A content word glued to a function word (अदालतके, करनेऔर) needs Zipf ≥ {min_content_zipf}.
    Fix: insert the space (or the punctuation that was lost).
    """
    cfg = ctx.config("HI402")
    view = nfc_view(segment.text)
    toks = list(hindi_tokens(view.text))
    for i, (s, e, w) in enumerate(toks):
        if not may_be_glued(w):
            continue  # (glued_split's first test, memoised per word: most tokens stop here)
        split = glued_split(w, True, cfg["min_part_zipf"], cfg["min_content_zipf"])
        if (
            split is None
            or transliteration_candidate(w) is not None
            or _english_compound(w)
            or written_solid(w)
        ):
            continue  # an English word in Devanagari (सर्विसमैन, डाउनहिल) is not two Hindi words
        left, right = split
        if english_halves(left, right):
            continue  # an English compound written solid (आयरनब्रिज *Ironbridge*), not two Hindi words
        if not segment.src and (stem_key(left), stem_key(right)) in _two_word_translations():
            continue  # the dictionary's two-word Hindi for one English word (हाथीदांत: ivory); with
            # the source, only for a word of the source (below)
        if segment.src and renders_one_source_word(segment.src, left, right):
            continue  # one source word the dictionary translates with both halves: a compound
        if segment.src and writes_out_a_name(w, segment.src, names_only=True):
            continue  # a name of the source written solid (जंगकुक: *Jung Kook*, भजनलाल: *Bhajanlal*)
        if is_next_to_name(view.text, toks, i):
            continue  # a word of a foreign name run (केनान यिल्दिज़), not के + नान
        if impossible_split(left, right, *_clause_neighbours(view.text, toks, i)):
            continue  # a case marker where grammar has none (केइको दस …, हाइके ने): a name written solid
        if indian_name_solid(left, right, FUNCTION_WORDS):
            continue  # an Indian given name and the word after it written solid (रमेशबाबू, भजनलाल)
        os, oe = view.span(s, e)
        yield make_finding(
            "HI402",
            segment.text,
            os,
            oe,
            f"“{w}” is not a Hindi word; it looks like “{left}” and “{right}” written together.",
            suggestion=f"{left} {right}",
            parts=[left, right],
            zipf_parts=[res.zipf_hi(left), res.zipf_hi(right)],
        )
