"""Round 20, names without the source (HI104): the ergative frames for what no list holds
(:mod:`audit.rules.name_unlisted`).

A Hindi word no dictionary entry holds (परिंदा, सूरमा, तरंग) after a foreign given name beyond
doubt and before ने; and any noun of the dictionary after a given name no list holds (टायसन,
इल्काय) before ने, with no person word introducing it. Silent: loans and English names written out
(पावर, जज, जीसस), a verb's stem (झुक), a name's -े with no Hindi -ा beside it (फ़ाल्के), an Indian
compound name (गोपीचंद), a plural or oblique after a rare modifier (हंसमुख स्वयंसेवकों ने).
"""

from __future__ import annotations

import unicodedata

import pytest

from audit.lang import engdict
from audit.rules.name_unlisted import find_unlisted_calques, spells_english_or_name, unlisted_hindi_word
from audit.rules.names import units

pytestmark = pytest.mark.skipif(not engdict.available(), reason="needs dict-freedict-eng-hin")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    us = units(text)
    return [us[h.word].surface for h in find_unlisted_calques(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("फ़ोटोग्राफ़र हेलेन परिंदा ने प्रदर्शनी लगाई।", "परिंदा"),
        ("कप्तान डेविड सूरमा ने टॉस जीता।", "सूरमा"),
        ("कोच सेबास्टियन तरंग ने टीम चुनी।", "तरंग"),
    ],
)
def test_unlisted_hindi_word_after_a_clear_given_name(text, word):
    assert _words(text) == [word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("टायसन क्रोध ने संन्यास ले लिया।", "क्रोध"),
        ("इल्काय सूर्योदय ने कप्तानी की।", "सूर्योदय"),
    ],
)
def test_dictionary_word_after_an_unlisted_given_name(text, word):
    assert _words(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "कोच पुलेला गोपीचंद ने टीम चुनी।",  # an Indian compound name: गोपी + चंद
        "कोच युर्गन फ़ाल्के ने खिलाड़ियों को बुलाया।",  # -े with no Hindi फ़ाल्का: a name's ending
        "राजदूत सामंथा पावर ने भाषण दिया।",  # a loan: power
        "एंड्रियास झुक ने गोल किया।",  # a verb's stem (झुकना)
        "हंसमुख स्वयंसेवकों ने चाय परोसी।",  # a plural after a rare adjective
        "उनींदे बच्चे ने जम्हाई ली।",  # an oblique after a rare adjective
        "स्क्वॉश खिलाड़ियों ने दो पदक जीते।",  # a loan before a plural
        "वॉशिंग मशीन ने कपड़े धोए।",  # a loan modifies the noun
        "जॉन ने परिंदा देखा।",  # no word between the name and ने
    ],
)
def test_silent(text):
    assert _words(text) == []


@pytest.mark.parametrize("word", ["परिंदा", "महापौर", "सूरमा", "तरंग"])
def test_unlisted_hindi_words(word):
    assert unlisted_hindi_word(units(word)[0])


@pytest.mark.parametrize("word", ["पावर", "राजा", "झुक", "फ़ाल्के", "गोपीचंद", "भाई", "लील"])
def test_not_unlisted_hindi_words(word):
    assert not unlisted_hindi_word(units(unicodedata.normalize("NFC", word))[0])


@pytest.mark.parametrize(
    ("word", "english"), [("पावर", True), ("जज", True), ("जीसस", True), ("परिंदा", False)]
)
def test_spells_english_or_name(word, english):
    assert spells_english_or_name(word) is english


# ---------------------------------------------------------------- with the source (HI503's name slot)


@pytest.mark.parametrize(
    ("src", "mt", "word"),
    [
        ("The board sacked coach Greta Kaiser.", "बोर्ड ने कोच ग्रेटा सम्राज्ञी को बर्ख़ास्त कर दिया।", "सम्राज्ञी"),
        ("Quarterback Joe Burrow threw two touchdowns.", "क्वार्टरबैक जो मांद ने दो टचडाउन किए।", "मांद"),
        ("Singer Olivia Dean won the award.", "गायिका ओलिविया अधिष्ठाता ने पुरस्कार जीता।", "अधिष्ठाता"),
    ],
)
def test_source_name_slot_after_a_given_name(src, mt, word):
    from audit.rules.source.names import compare_names

    assert [i.mt_words for i in compare_names(src, mt) if i.kind == "calque"] == [[word]]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("Singer Olivia Dean won the award.", "गायिका ओलिविया डीन ने पुरस्कार जीता।"),  # spelled out
        ("The board sacked coach Greta Kaiser.", "बोर्ड ने कोच ग्रेटा काइज़र को बर्ख़ास्त कर दिया।"),
    ],
)
def test_source_name_slot_silent(src, mt):
    from audit.rules.source.names import compare_names

    assert [i for i in compare_names(src, mt) if i.kind == "calque"] == []
