"""Round 19, names without the source (HI104).

The name slot after a given name (:mod:`audit.rules.name_slots`): a Hindi word there is a surname
transliterated only when it spells a listed surname closely — a loose match of the consonants
(पैसे ~ Pace, तितली ~ Tali, हरे ~ Hare) leaves the word a translation.
"""

from __future__ import annotations

import unicodedata

import pytest

from audit.lang import engdict
from audit.rules.name_slots import all_name_calques
from audit.rules.names import units

pytestmark = pytest.mark.skipif(not engdict.available(), reason="needs dict-freedict-eng-hin")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    us = units(text)
    return [us[h.word].surface for h in all_name_calques(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("फ़्लाई-हाफ़ डैन बड़े ने टचलाइन से किक लगाई।", "बड़े"),
        ("गवर्नर जोश हरे ने बजट पेश किया।", "हरे"),
        ("सीनेटर माइक पैसे ने भाषण दिया।", "पैसे"),
        ("गायिका सारा तितली ने गीत गाया।", "तितली"),
    ],
)
def test_loose_surname_match_leaves_the_word(text, word):
    assert word in _words(text)


@pytest.mark.parametrize(
    "text",
    [
        "फ़ॉरवर्ड गैरेथ बेल ने गोल किया।",  # बेल spells the listed surname Bale closely
        "पहलवान गुरप्रीत मोर ने कांस्य जीता।",  # an Indian given name before
        "मिडफ़ील्डर डैन ने बड़े अंतर से मैच जीता।",  # no word between the name and ने
    ],
)
def test_slot_silent(text):
    assert _words(text) == []
