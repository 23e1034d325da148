"""Round 14's precision guards for HI207/HI208 (Hindi only), each a class of ordinary Hindi the
title rules misread. Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules.title_halves import half_translated_places
from audit.rules.title_readback import readback_calques
from audit.rules.title_teams import team_calques

needs_dict = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="dict-freedict-eng-hin or wordnet not installed"
)


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "दीवार बड़ी थी।",  # Great Wall read backwards: a noun, then what is said of it
        "रात को शहर हवादार रहा।",  # Windy City, reversed: a clause
        "मुंबई में सड़क तेज़ी से बनी।",  # Fleet Street, reversed
    ],
)
def test_a_noun_then_its_predicate_is_no_name(mt: str) -> None:
    assert readback_calques(mt) == ()


@needs_dict
def test_the_name_in_its_own_order_is_still_found() -> None:
    assert [e for _s, _e, e in readback_calques("हवादार शहर में रात भर बर्फ़ गिरी।")] == ["Windy City"]


@needs_dict
@pytest.mark.parametrize("mt", ["वह मक्का भूनकर घर ले आया।", "माँ मसाले पीसकर घर में रख गई।"])
def test_a_conjunctive_participle_is_no_transliterated_name(mt: str) -> None:
    assert half_translated_places(mt) == []


@needs_dict
def test_a_given_name_that_is_a_place_then_a_surname_is_no_team() -> None:
    assert team_calques("जॉर्जिया बेकाला ने फ़ाइनल मैच जीता।") == ()
    # a plural after it is a team's members, not a surname
    assert team_calques("जॉर्जिया बाघों ने फ़ाइनल मैच जीता।") != ()


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("उसकी फ़िल्म ने कान में सोने का जूता जीता।", "सोने का जूता"),  # a metal noun with का
        ("गायक को एक सुनहरी लोमड़ी के लिए नामांकित किया गया।", "सुनहरी लोमड़ी"),  # nominated: an award
    ],
)
def test_a_metal_or_coloured_award_is_found(mt: str, span: str) -> None:
    from audit.rules.title_awards import award_calques

    assert [mt[s:e] for s, e, _n in award_calques(mt)] == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "उसने तैराकी में चांदी का पदक जीता।",  # a medal is an award: its Hindi is right
        "फ़िल्म ने स्वर्ण कमल जीता।",  # स्वर्ण is the award word, no metal noun
        "बच्चे ने मेले में एक लाल गेंद जीती।",  # won, after एक: a thing
    ],
)
def test_awards_hindi_names_and_things_stay_silent(mt: str) -> None:
    from audit.rules.title_awards import award_calques

    assert award_calques(mt) == ()
