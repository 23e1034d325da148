"""HI207's read-back of closed compounds: an English one-word name rendered part by part as a
hyphenated pair of Hindi words (audit/rules/title_compounds.py). Sentences here are not the
held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_compounds as tc

needs_dict = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="dict-freedict-eng-hin or wordnet not installed"
)


def _spans(mt: str, src: str | None = None) -> list[str]:
    return [mt[s:e] for s, e, _n in tc.compound_calques(mt, src)]


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("काला-तालाब में इस हफ़्ते रोशनी का मेला लगा।", "काला-तालाब"),  # Blackpool
        ("लाल-पहाड़ी स्टेशन पर ट्रेनें रुकी रहीं।", "लाल-पहाड़ी"),  # Redhill
    ],
)
def test_a_name_rendered_part_by_part_is_found(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "समाचार-पत्रों ने यह ख़बर पहले पन्ने पर छापी।",  # a compound the dictionary gives (newspaper)
        "नदी-किनारे बसे गांव बाढ़ में डूब गए।",  # riverside: the dictionary's, any inflection
        "गाँव के बाहर एक पुरानी हवा-चक्की खड़ी है।",  # windmill: a common noun of WordNet
        "देखा-देखी सबने वही किया।",  # a verb form in the pair
        "धीरे-धीरे भीड़ छँट गई।",  # a repeated word
        "माता-पिता ने बच्चों को समझाया।",  # a pair that reads back to no English word
    ],
)
def test_hindi_compounds_stay_silent(mt: str) -> None:
    assert _spans(mt) == []


@needs_dict
def test_a_common_compound_counts_as_a_name_in_a_name_position() -> None:
    """riverside is a common word, but before a plural noun and ने it names a club."""
    assert _spans("नदी-किनारा शिकारियों ने लगातार तीसरा मैच जीता।") == ["नदी-किनारा"]


@needs_dict
def test_with_the_source_the_compound_must_be_a_word_of_it() -> None:
    mt = "काला-तालाब में इस हफ़्ते रोशनी का मेला लगा।"
    assert _spans(mt, "The Blackpool illuminations were switched on this week.") == ["काला-तालाब"]
    assert _spans(mt, "A fair of lights was held near a dark pond this week.") == []
