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

from collections.abc import Iterable, Iterator

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang.transcription import source_words, spells
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.script import hindi_tokens
from audit.rules.source.spelled import spelled_candidate, spelled_source_words, stands_for
from audit.rules.translit_candidates import (
    STANDALONE_SIMILARITY,
    candidate,
    code_candidate,
    common_in_hindi,
    light_verb_only,
    standalone_candidate,
)
from audit.rules.translit_context import (
    standalone,
)
from audit.rules.translit_equiv import (
    LIGHT_VERB_FORMS,
    before_light_verb,
    light_verb_candidate,
)
from audit.rules.translit_guards import kept
from audit.rules.translit_levels import (
    LEVELS,
    NEWS,
    STRICT,
    Candidate,
    Strictness,
    variant_zipf,
)
from audit.rules.translit_source import (
    confirmed,
    initial_word,
    reads_as_capitalised,
    source_candidate,
    source_glossary_candidate,
    source_transliterations,
)
from audit.rules.translit_unwritten import (
    may_be_unwritten,
    may_be_written,
    ordinary_slot,
    unwritten_in_slot,
    written_in_slot,
)

__all__ = ["LEVELS", "NEWS", "STRICT", "Candidate", "candidate", "source_transliterations", "variant_zipf"]


def _run(segment: Segment, level: Strictness, code: str) -> Iterator[Finding]:
    view = nfc_view(segment.text)
    toks = list(hindi_tokens(view.text))
    src_words = source_words(segment.src) if segment.src else ()
    # the spelled path reads possessives and bare openings too (*the priest's*, *Ants had*); a
    # capitalised first word of the source that WordNet knows (*Monkeys have damaged*) confirms a
    # Hindi-only guess, never guesses itself
    spelled_words = spelled_source_words(segment.src) if segment.src else ()
    confirming = spelled_words + initial_word(segment.src) if segment.src else ()
    todo: Iterable[int] = range(len(toks))
    if not src_words and not spelled_words:
        # (most tokens) a word for which every test below leaves c None, unless a light verb follows
        lights = {i - 1 for i, t in enumerate(toks) if t[2] in LIGHT_VERB_FORMS}
        todo = [
            i
            for i, t in enumerate(toks)
            if not light_verb_only(t[2], level.code)
            or may_be_written(t[2])
            or (i in lights and before_light_verb(view.text, toks, i))
        ]
    for i in todo:
        s0, e0, w = toks[i]
        if not src_words:
            c = code_candidate(w, level.code)
        else:
            # the source names the English word: a glossary word of it spelled out is flagged at
            # every strictness; another word when the dictionary is sure of its Hindi word, or
            # when it confirms the Hindi-only guess
            c = source_glossary_candidate(w, src_words, level)
            if c is None and level.extend_with_source:
                c = stands_for(source_candidate(w, src_words, level))
            if c is not None and reads_as_capitalised(segment.src or "", w, c.english):
                c = None  # part of a name or title of the source
            if c is None:  # the source only confirms: the word must spell the English word guessed,
                # and the guess's Hindi word stand mainly for it (भाग is *part*, not *division*)
                c = confirmed(w, stands_for(code_candidate(w, level.code)), confirming)
        # (the word's own tests first: they are memoised per word, the slot tests run per token)
        if c is None and may_be_unwritten(w):
            # a word Hindi text never writes, spelling one English word exactly, in an ordinary
            # word's slot or an adjective's (रॉटन फल, राइप नहीं), or read by its slot's part of speech
            c = confirmed(w, unwritten_in_slot(view.text, toks, i, level.code), confirming)
        elif c is None and may_be_written(w):
            # a word Hindi text writes rarely, spelling one English word exactly, in an ordinary
            # word's slot (उसकी वॉइस, बहुत लाउड था), where its Hindi word is common
            # and its Hindi word stands mainly for it (आश्रय is *shelter*, not *resort*)
            c = confirmed(w, stands_for(written_in_slot(view.text, toks, i, level.code)), confirming)
        light = before_light_verb(view.text, toks, i)
        if c is None and light:
            c = confirmed(w, light_verb_candidate(w, level), confirming)
        if c is None and common_in_hindi(w) and standalone(view.text, toks, i):
            c = standalone_candidate(w, level.code)
            if c is not None and spells(w, c.english) < STANDALONE_SIMILARITY:
                c = None
            c = confirmed(w, c, confirming)
        if c is not None and not kept(segment, view.text, toks, i, c, light, spelled=False):
            c = None
        # last, with the source: a word Hindi text never writes that spells an ordinary source word
        # (also where a guess above was taken for part of a name or term: the source settles that)
        if c is None and spelled_words and level.extend_with_source:
            c = spelled_candidate(w, spelled_words, level, ordinary_slot(view.text, toks, i), light)
            if c is not None and not kept(segment, view.text, toks, i, c, light, spelled=True):
                c = None
        if c is None:
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
    (``data/translit_glossary.tsv``, our own, ~500 everyday words of government, law, war,
    economy, health, family, weather and places, and verbs news writes as Hindi conjuncts, with
    the Hindi news uses: election → चुनाव, compensation → मुआवज़ा, announce → घोषणा): a word is
    flagged when it spells a glossary word or its plural (consonant skeleton plus spellings by
    sound — एजुकेशन, सिचुएशन, क्वेश्चन, स्टेट, प्राइस, रिज़ाइन — with Hindi case endings off:
    इलेक्शनों), no other English word or English name reads as closely (ब्रेड is *bread*, not
    *bird*; ग्रीस *Greece*), and the transliteration is rarer in Hindi text than the Hindi word by
    ≥ 0.6 Zipf and itself rare (Zipf ≤ 4.6). **The dictionary** (FreeDict, when installed): a word
    that reads as an ordinary English word by letters or by sound (Zipf ≥ 4.0, similarity ≥ 0.75)
    whose Hindi equivalent — a single word, or the noun of a conjunct verb (अप्रूव → मंज़ूरी) — is
    common (Zipf ≥ 4.8), ≥ 1.2 Zipf commoner, and the transliteration is rare (Zipf ≤ 4.0).

    Which English word a Devanagari word spells is read by the letter and sound rules and, more
    exactly, from the spellings the IndicXlit transliterator gives for ~5,100 everyday English words
    (``data/translit_xlit.tsv``, shipped: डॉटर *daughter*, रिक्वेस्ट *request*, वर्कर्स
    *workers*); a beam the rules do not read as the word at all (को for *cow*) is no reading. Before
    a Hindi light verb (किया, करने, हुई) the transliterator's spelling of an English verb with a
    common Hindi word (डिस्कवर किया) is flagged too. A word Hindi text never writes (Zipf 0) that
    spells exactly one ordinary English word (by the transliterator or by sound) is flagged in an
    ordinary word's slot — after a determiner, possessive, number or intensifier, or before a
    copula or light verb (एक टर्टल, उसकी नोज़, डेफ़ था, कंडेम किया; not ईगल्स ने, आख़िरी लैप में) or,
    when that word is an adjective and nothing else in WordNet (so no name WordNet knows either),
    before the Hindi word it qualifies, a copula, light verb or negation (रॉटन फल, राइप नहीं हुए; not
    मेसी को, लोनली प्लैनेट) — when the dictionary, or its translation of a WordNet synonym of the word's first sense, gives
    a Hindi word used in Hindi text (Zipf ≥ 3.3: :mod:`audit.rules.translit_unwritten`); read by its
    slot's part of speech — a verb before a light verb, not after a Hindi adjective (साफ़ टैकल किया);
    an adjective first in WordNet before a copula, negation or its Hindi noun —, also when the
    dictionary's Hindi for that part of speech is rare (स्लीपी थे: उनींदा), not a paraphrase (रीसेट).
    Where such a word has no exact reading, it is read as spelled by the English word's letters: an
    unstressed vowel written as English writes it (पोलाइट *polite*, क्यूमिन *cumin*), a stressed one
    with ै or ॉ for its a or o (स्वैलो *swallow*), व्ह for *wh* and a final ब after म for *mb*
    (व्हिस्पर, क्लाइंब) — not a word with an aspirate English never has (रूखी) nor a loan Hindi
    writes without its nukta (क्वालिफ़ाई).
    A word Hindi text writes but rarely (Zipf ≤ 4.0) that spells exactly one ordinary English word
    (Zipf ≥ 4.0) is flagged in an ordinary word's slot other than a light verb's (उसकी क्लॉक, बहुत डीप
    है) when it is no loan Hindi writes nearly as often as English writes the word (the borrowing
    gap), no place by WordNet's first sense (रिज़ॉर्ट), and the dictionary's Hindi for it — an
    adjective's for a word first an adjective (गहरा) — is Zipf ≥ 4.0 and 0.5 commoner.

    An English function word (फ़्रॉम in वर्क फ़्रॉम होम) is a word of an English phrase Hindi keeps
    whole, never one Hindi would translate alone: it stays silent. Established loans stay silent
    as a class: a loan as common in Hindi text as its Hindi word
    (स्कूल, पुलिस, बजट, टीम), anything in ``data/script_loanwords.tsv`` (पैकेज, ऑक्सीजन, आर्मी),
    a loan Hindi text writes nearly as often as English text writes the word (the *borrowing gap*:
    less than 1.0 Zipf rarer outside the glossary — चैरिटी, स्ट्रोक —, 0.4 for a glossary word —
    वोटर), glossary words marked ``strict`` (लीडर, मीटिंग, प्लान, सीज़न: news uses the loan too) or
    ``source`` (पीपल is also the peepal tree: only the source says *people*), Hindi words (सतह,
    नाकामी, झरने, forms of its verbs in -ाना: मनाई; words with त/द for English t/d or with ड़, ण:
    तीर्थ is not *truth*), names of the gazetteer, places of the place table (WordNet's and Faker's
    cities and countries) that the word spells clearly better than the English word (हनोई is Hanoi,
    not *honey*), the English plural that closes a team name after such a place or an English word,
    a short one read by sound too (मुंबई इंडियंस, ब्लू माउंटेन्स; not पांच कैंडिडेट्स) or opens a name
    before one (लायन्स हेड), English titles around a written-out *the*, *of* or *and* (द
    इकॉनमिस्ट, हाउस ऑफ कॉमन्स), and words beside a name or another loan — part of a name or of a multiword English
    term (नॉर्थ कोरिया, वर्ल्ड कप); not a Hindi verb's form after a word in a noun's slot (एक आउल
    बैठा: बैठना reads *beta*) nor a Hindi adjective's feminine before it (हल्की ड्रिज़ल). A neighbour that is itself a glossary transliteration makes no
    term: both words are English left in place (ऑपोजिशन लीडर, एजुकेशन डिपार्टमेंट) — unless the
    two spell an English compound or name WordNet lists as one noun (गोल्ड कोस्ट, लेक डिस्ट्रिक्ट).
    Loans Hindi writes stay silent as classes too (:mod:`audit.rules.translit_loans`): a word the
    dictionary itself gives as the English word's Hindi (पिचर for *pitcher*, स्टेपल for *staple*); a
    person's word whose Hindi word names no person (intern → कैद, *captivity*; not an agent noun of
    a word the dictionary knows, swimmer → तैराकी: Hindi derives तैराक) standing as a noun; a word hyphened to another English word (पार्ट-टाइम); and a name by its
    frame — after or before a kind of organisation (फ़ोन निर्माता ऑनर, बैंड ओएसिस, अर्बन कंपनी), with
    a genitive that takes a band's, a firm's or a team's head (सेवनटीन के कॉन्सर्ट, के प्रशंसक, के
    शेयर), with a number (ड्रीम11, ब्लिंक-182), in quotation marks with a few words at most
    (फ़िल्म 'क्वीन'), or, no English plural, before the kind of its place (फ़ारस की खाड़ी, लॉयर नदी).

    With the English source, a glossary word of the source spelled out in the MT (वेदर for
    *weather*, पीस for *peace*, अनाउंस की for *announced*) is flagged whatever its frequency (up
    to Zipf 5.5); another source word when the dictionary's first senses give one common Hindi
    word for it (*historical* → ऐतिहासिक, *childhood* → बचपन) and the bars above hold. The source
    also settles the neighbours: a word it names apart is no part of the term (प्लास्टिक
    एनवायरनमेंट for *plastic is harming the environment*), a capitalised name is (Oyapock River
    Bridge), and a compound it holds with a Hindi head is kept (*economy fare* → इकॉनमी भाड़े; not
    *the economy grew*). Last, a word Hindi text never writes (Zipf ≤ 2.5) that spells an ordinary
    source word or its base form (similarity ≥ 0.85; a two-consonant word only exactly, in an
    ordinary word's slot) is flagged when the dictionary's own entry for it gives a Hindi word Hindi
    text writes (Zipf ≥ 3.0; a thing's name ≥ 3.3 and at most 0.5 Zipf rarer than the English word:
    पेंच for *screw*, कुटी for *cottage* leave the thing to the loan; a thing of nature — an animal, a feeling, a natural
    object or phenomenon by WordNet's first sense — spelled as Hindi text never writes it has its Hindi word however
    rare wordfreq finds it: रिग्रेट for *regret*, स्नेल्स for *snails*; not प्लंबर) that stands mainly for it (no
    English word it translates is > 0.7 Zipf commoner: रोक is *check*, not *barricade*) and the
    word spells no other English word exactly (रेलिंग is *railing*, not *rail*; the source word's
    other national spelling is the same word: नेबर, *neighbor*, for *neighbour*): सोर्ड for *sword*,
    स्कोल्ड किया for *scolded* (:mod:`audit.rules.source.spelled`). It reads the source's possessives
    and bare openings too (*the priest's*, *Ants had*, *Boil the water*), a *-ness* noun through its
    adjective's Hindi word, a skeleton of three consonants at similarity ≥ 0.8 and of four or more at
    ≥ 0.75 (चिज़ल, टर्मरिक), never a Hindi oblique plural (ऑडिटरों) nor a thing whose own Hindi word is
    too rare (पेंच); it also runs where another path's guess was taken for part of a name or term.
    A source verb in a past or irregular form (*sank*, *rode*) before a Hindi light verb reads the
    verb's own Hindi (सिंक हो गई: डूबना), also where Hindi text writes the spelling (Zipf ≤ 4.0, as a
    noun or another word: *byte*, *steel*) if it spells the verb exactly and the verb's Hindi stands
    mainly for it and is ≥ 1.0 Zipf commoner (not हैक for *hacked*: टुकड़े करना). A word whose Hindi
    word already translates the source word elsewhere in the line is something else (रसोइए beside
    चावल is not *rice*).
    Such a word is part of a name or English term only beside a word that spells a source word too
    (बेगर बैठा, क्विल्ट सिली: Hindi words FreeDict lacks). A gerund spelled whole (वायरिंग, फ़ेंसिंग)
    is a noun Hindi borrows. The source confirms a Hindi-only guess only when the guess's Hindi word
    stands mainly for the English word (भाग for *division* is *part*: डिवीज़न stays silent), and the
    source path's own dictionary word must too (तना for *trunk* is *stem*: ट्रंक stays silent). The strictness is a setting: ``strictness = "annotator"`` applies HI409's
    bars (the ``strict`` glossary words too, and loans somewhat less common than the Hindi word:
    फंड, मीटिंग), as IndicMT's annotators mark them; many newsrooms do not. Runs without FreeDict
    on the glossary alone.
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
