"""Round 7: the transliterator's own spellings of everyday English words (``data/translit_xlit.tsv``)
read where the letter rules are loose; loans Hindi writes about as often as English writes the word
left alone (the borrowing gap); English compounds WordNet lists kept as terms; English verbs before
a Hindi light verb outside the glossary. Sentences here are not from any test set."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, translit_xlit, wordnet
from audit.lang import translit_glossary as glossary
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config
from audit.rules.translit_context import _english_or_name, english_compound
from audit.rules.translit_levels import DICTIONARY_BORROWING_GAP, NEWS, STRICT, borrowed

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


def spans(code: str, text: str) -> list[str]:
    seg = Segment("t", 0, text)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config({}))
    return [f.span for f in REGISTRY[code].run(seg, ctx)]


def test_xlit_readings_exact_and_normalised():
    assert ("inquiry", 1.0, False) in translit_xlit.readings("इंक्वायरी")
    # a half letter or a full one, nukta or none: one spelling
    assert translit_xlit.key("वेल्फेयर") == translit_xlit.key("वेलफेयर")
    # a Hindi plural ending off: read as the English plural
    assert any(en == "worker" and plural for en, _s, plural in translit_xlit.readings("वर्कर्स"))


def test_xlit_slips_are_no_readings():
    # the transliterator's beams include Hindi words the rules never read as the English word
    assert not any(en == "cow" for en, _s, _p in translit_xlit.readings("को"))
    assert not any(en == "dust" for en, _s, _p in translit_xlit.readings("दुष्ट"))


def test_glossary_reads_xlit_spelling_but_not_for_a_cut_stem():
    assert any(e.english == "inquiry" and s == 1.0 for e, _f, s in glossary.matches("इंक्वायरी"))
    # बरत is a beam of *birth*; cut from बरतें it is a Hindi verb, read by the loose letter rules only
    assert any(e.english == "birth" and s >= 0.9 for e, _f, s in glossary.matches("बरत"))
    assert not any(e.english == "birth" and s >= 0.9 for e, _f, s in glossary.matches("बरत", xlit=False))


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("सरकार ने मामले की इंक्वायरी के आदेश दिए।", "इंक्वायरी"),  # glossary word, loose letters
        ("वैज्ञानिकों ने नया तारा डिस्कवर किया।", "डिस्कवर"),  # a verb outside the glossary
        ("मंत्री ने बैठक अटेंड की।", "अटेंड"),
    ],
)
def test_flagged(text, span):
    assert spans("HI408", text) == [span]


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "सभी पक्षों से संयम बरतें।",  # a Hindi verb whose stem is a beam of *birth*
        "अभिनेता ने चैरिटी के लिए पैसे जुटाए।",  # a loan Hindi writes nearly as often as English
        "यह इलाका गोल्ड माइन के लिए जाना जाता है।",  # an English compound WordNet lists
    ],
)
def test_silent(text):
    assert spans("HI408", text) == []


def test_borrowing_gap_only_at_newsroom_strictness():
    assert borrowed(3.5, "charity", NEWS, DICTIONARY_BORROWING_GAP)  # 4.5 in English
    assert not borrowed(3.6, "nature", NEWS, DICTIONARY_BORROWING_GAP)  # 5.0 in English
    assert not borrowed(0.0, "charity", NEWS, DICTIONARY_BORROWING_GAP)  # unknown to Hindi text
    assert not borrowed(3.5, "charity", STRICT, DICTIONARY_BORROWING_GAP)


@needs_wordnet
def test_english_compound():
    assert english_compound("गोल्ड", "माइन")  # gold mine
    assert not english_compound("ऑपोजिशन", "लीडर")  # two words left in English, no term


@needs_dict
def test_hindi_title_word_is_no_foreign_neighbour():
    assert not _english_or_name("आयोग")  # listed among titles, but Hindi for *commission*
    assert _english_or_name("पुलिस")  # a loan
