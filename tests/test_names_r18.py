"""Round 18, names without the source (HI104): the introduced-name frame.

A person word, a word Hindi text and the dictionary never use (a foreign given name no list
holds) and a Hindi noun or adjective closed by ने, को or a conjunction: the noun stands in the
surname's place (:mod:`audit.rules.name_unknown`). Silent before a genitive, after a listed given
name, for a romanised East Asian syllable, a word that spells a listed name, an Indian surname.
"""

from __future__ import annotations

import unicodedata

import pytest

from audit.lang import engdict
from audit.rules.name_slots import all_name_calques
from audit.rules.name_unknown import find_unknown_given_calques, unknown_given
from audit.rules.names import units

pytestmark = pytest.mark.skipif(not engdict.available(), reason="needs dict-freedict-eng-hin")


def _words(text: str, finder=find_unknown_given_calques) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    us = units(text)
    return [us[h.word].surface for h in finder(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("वॉलीबॉल खिलाड़ी मेलिस तड़ित और कोच अहमत की तारीफ़ हुई।", "तड़ित"),
        ("ब्राज़ीली कोच पाउलो चूज़ा को हार के बाद बर्ख़ास्त कर दिया गया।", "चूज़ा"),
        ("अभिनेत्री ज़ुलेमा कुल्हाड़ी ने पुरस्कार जीता।", "कुल्हाड़ी"),
        ("नर्तकी ओलुवाकेमी मोमबत्ती ने मंच संभाला।", "मोमबत्ती"),
    ],
)
def test_introduced_name_frame_flags(text, word):
    assert _words(text) == [word]
    assert word in _words(text, all_name_calques)


@pytest.mark.parametrize(
    "text",
    [
        "इंस्पेक्टर योनास बंदरगाह का निरीक्षण करने गए।",  # a genitive: name and its object
        "थाई मुक्केबाज़ सोमबत नोक ने संन्यास ले लिया।",  # one romanised syllable
        "इंडोनेशियाई गायिका सिती सारी ने गाया।",  # spells the listed name Sari
        "फ़्लैंकर सैम अंडरहिल टखने की चोट से उबर गए हैं।",  # a listed given name before
        "पहलवान गुरप्रीत मोर ने कांस्य जीता।",  # an Indian surname that is a word
        "कोच ओलुवाकेमी मैदान में उतरे।",  # no ने/को/conjunction after the noun
    ],
)
def test_introduced_name_frame_silent(text):
    assert _words(text) == []


def test_unknown_given_is_no_hindi_word():
    us = units(unicodedata.normalize("NFC", "खिलाड़ी मेलिस और पहलवान गुरप्रीत और किसान"))
    assert unknown_given(us[1])
    assert not unknown_given(us[5])  # किसान: Hindi text writes it


# ---------------------------------------------------------------- with the source (HI503)


def _calques(src: str, mt: str) -> list[str]:
    from audit.rules.source.names import compare_names

    mt = unicodedata.normalize("NFC", mt)
    return [mt[i.start : i.end] for i in compare_names(src, mt) if i.kind == "calque"]


@pytest.mark.parametrize(
    ("src", "mt", "word"),
    [
        # a dictionary word sharing only the coarse consonant key (NKRNC ~ NKN) is no reading
        ("Singer Lindiwe Mokoena opened the show.", "गायिका लिंडिवे मगरमच्छ ने शो की शुरुआत की।", "मगरमच्छ"),
        # a short word whose letters occur in a long name (chir in pinheiro) is no reading
        ("Winger Rui Pinheiro scored the winner.", "विंगर रुई चीड़ ने विजयी गोल किया।", "चीड़"),
        # a one-consonant given name anchors when its Hindi is an Indian given name (Mina → मीना)
        (
            "The producer hired Mina Setareh for the film.",
            "निर्माता ने फ़िल्म के लिए मीना तारिका को लिया।",
            "तारिका",
        ),
    ],
)
def test_source_slot_calques(src, mt, word):
    assert word in _calques(src, mt)


def test_source_reading_kept():
    # रिच्ची covers most of Ricci's sound spelling: a reading, no calque
    assert _calques("Samuele Ricci was called up.", "सामुएले रिच्ची को टीम में बुलाया गया।") == []
