"""HI207's work frame: a foreign work, ship, restaurant, brand or band named after its kind noun or
its maker's genitive, its title in Hindi dictionary words (audit/rules/title_works.py). Sentences
here are not the held-out sets' nor the own set's."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import title_works as tw

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str) -> list[str]:
    return [mt[s:e] for s, e, _t in tw.work_calques(mt)]


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("अमेरिकी फ़िल्म लाल पत्थर को तीन पुरस्कार मिले।", "लाल पत्थर"),  # a nationality, को
        ("हॉलीवुड फ़िल्म टूटा दर्पण में वह खलनायक बना।", "टूटा दर्पण"),  # the film industry, में
        ("ब्रिटिश रॉक बैंड नीली मछली ने दिल्ली में गाया।", "नीली मछली"),  # a modifier skipped
        ('जॉर्ज का उपन्यास "हरा दरवाज़ा" बहुत बिका।', "हरा दरवाज़ा"),  # a foreign maker, quoted
        ("कोरियाई सीरीज़ चाँदी का पेड़ ने दो एमी जीते।", "चाँदी का पेड़"),  # a genitive inside
    ],
)
def test_a_foreign_title_in_dictionary_words_after_its_kind_noun(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "फ़िल्म लाल पत्थर को तीन पुरस्कार मिले।",  # no foreign mark: a Hindi film's title
        'प्रेमचंद का उपन्यास "हरा दरवाज़ा" बहुत बिका।',  # an Indian maker
        "अमेरिकी फ़िल्म निर्माता ने दिल्ली में शूटिंग की।",  # a compound of the kind noun
        "अमेरिकी फ़िल्म शुक्रवार को रिलीज़ होगी।",  # a time after the kind noun
        "हॉलीवुड फ़िल्म देखने के लिए भीड़ लगी।",  # a verb after the kind noun
        "ब्रिटिश बैंड कोल्डप्ले ने मुंबई में गाया।",  # transliterated
        "अमेरिकी फ़िल्म लंबी थी।",  # a predicate adjective, no postposition after it
        "ब्रिटिश फ़िल्म सिनेमाघरों में लगी।",  # an oblique plural: Hindi inflecting its noun
    ],
)
def test_hindi_titles_compounds_and_transliterations_stay_silent(mt: str) -> None:
    assert _spans(mt) == []


def test_time_words_and_foreign_makers() -> None:
    if not engdict.available():
        pytest.skip("dict-freedict-eng-hin not installed")
    assert tw.time_word("शुक्रवार") and not tw.time_word("पत्थर")
    assert tw.foreign_maker("नोलन") and not tw.foreign_maker("चोपड़ा")
