"""HI207's Hindi-only read-back: WordNet proper names rendered word for word through the dictionary
(audit/rules/title_readback.py). Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_readback as tr

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str) -> list[str]:
    return [mt[s:e] for s, e, _n in tr.readback_calques(mt)]


@needs_dict
def test_the_table_holds_proper_names_of_places_events_and_bodies() -> None:
    t = tr.tables()
    by_name = {n.english: n for n in t.names}
    assert {"Salt Lake City", "Good Friday", "Salvation Army", "Pearl River"} <= set(by_name)
    assert by_name["Salt Lake City"].tier == tr.TRANSLITERATED  # a city
    assert by_name["Good Friday"].tier == tr.TRANSLITERATED  # a weekday holiday
    assert by_name["Red Sea"].tier == tr.TRANSLATED  # a sea: लाल सागर
    assert by_name["Cape of Good Hope"].head == 0 and by_name["Cape of Good Hope"].tail == {1, 2}
    # triggers are the everyday Hindi of a word other than the head (नमक for salt, not शहर for city)
    assert any(t.names[n].english == "Salt Lake City" for n, _k in t.triggers.get("नमक", ()))
    assert not any(t.names[n].english == "Salt Lake City" for n, _k in t.triggers.get("शहर", ()))


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("नमक झील शहर में शीतकालीन खेल होंगे।", "नमक झील शहर"),  # Salt Lake City
        ("समय चौक पर लोग जमा हुए।", "समय चौक"),  # Times Square
        ("मुक्ति सेना ने कंबल बांटे।", "मुक्ति सेना"),  # Salvation Army
        ("अच्छे शुक्रवार को छुट्टी रहेगी।", "अच्छे शुक्रवार"),  # Good Friday: a weekday holiday
        ("शिकागो यानी हवादार शहर में बर्फ गिरी।", "हवादार शहर"),  # the Windy City
    ],
)
def test_proper_names_rendered_word_for_word(mt: str, span: str) -> None:
    if not wordnet.available():
        pytest.skip("WordNet not installed")
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "लाल सागर में जहाज़ फंसे हैं।",  # Hindi translates the names of seas
        "उत्तर कोरिया ने मिसाइल दागी।",  # compass words
        "नई दिल्ली में बैठक हुई।",  # new
        "मध्य पूर्व में तनाव है।",
        "वे एक सफ़ेद घर में रहते हैं।",  # after एक: a common noun, not the White House
        "चीन की महान दीवार देखने लोग आते हैं।",  # "X की": a Hindi description
        "येलोस्टोन राष्ट्रीय उद्यान में भालू हैं।",  # the head alone translated (National Park)
        "शहर में पानी भर गया।",  # common Hindi words spell no name (भर is not bearer)
        "अमेरिका में रिपब्लिकन पार्टी जीती।",  # transliterated words are no everyday words
        "औद्योगिक क्रांति इंग्लैंड में शुरू हुई।",  # an era Hindi names in translation
        "फंसे यात्री रात भर इंतज़ार करते रहे।",  # no French name (Tour de France) is read back
    ],
)
def test_hindi_names_and_ordinary_phrases_stay_silent(mt: str) -> None:
    assert _spans(mt) == []


def test_in_source_needs_the_name_written_as_a_name() -> None:
    assert tr.in_source("Salt Lake City", "The Games will be held in Salt Lake City.")
    assert tr.in_source("Cape of Good Hope", "They rounded the Cape of Good Hope.")
    assert not tr.in_source("Red Cross", "There was a red cross on the map.")


@needs_dict
def test_a_verb_stem_before_its_auxiliary_is_no_name_word() -> None:
    # सरकार (state) + गिर (गिरि, mountain) would read back to "Mountain State"; गिर गई is a verb
    assert _spans("दल बदलने से सरकार गिर गई।") == []
    assert tr._verb_stem("गिर") and not tr._verb_stem("शहर")


@needs_dict
def test_a_determiner_renders_no_name_word() -> None:
    """हर (every) is not हरा (green): हर पार्टी is every party, not the Green Party."""
    assert _spans("हर पार्टी के अपने राज़ होते हैं।") == []
