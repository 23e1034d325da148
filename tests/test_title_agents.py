"""HI207's agent frame: a thing named as the agent of a firm's, a team's or a paper's act
(audit/rules/title_agents.py). Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_agents as ta

needs_dict = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="dict-freedict-eng-hin or wordnet not installed"
)


def _spans(mt: str) -> list[str]:
    return [mt[s:e] for s, e, _n in ta.agent_calques(mt)]


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("नीली बाल्टी ने चेन्नई में अपना पहला शोरूम खोला।", "नीली बाल्टी"),  # a tool as a firm (two words)
        ("हरे जूतों ने फ़ाइनल में मेज़बान टीम को हराया।", "हरे जूतों"),  # a garment's plural as a team
        ("लोहे की कुल्हाड़ी ने एक छोटी कंपनी में हिस्सेदारी ख़रीदी।", "लोहे की कुल्हाड़ी"),  # X की Y
        ("नीली बाल्टी ने अपना तीसरा एल्बम जारी किया।", "नीली बाल्टी"),  # a band's act: an album
        ("लकड़ी के चम्मच ने दिल्ली में प्रस्तुति दी।", "लकड़ी के चम्मच"),  # a band's act: performing
    ],
)
def test_a_thing_acting_as_a_firm_or_a_team_is_found(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "चाबी ने ताला खोला और दरवाज़ा खुल गया।",  # one singular thing may act
        "उनकी नई फ़िल्म ने तीन पुरस्कार जीते।",  # a possessive opens the phrase; a film is a work
        "शहर के बड़े अस्पताल ने एक नया वार्ड खोला।",  # a building stands for its people
        "नाराज़ प्रशंसकों ने स्टेडियम के बाहर प्रदर्शन किया।",  # people
        "स्कूल के छोटे बच्चों ने मंच पर प्रस्तुति दी।",  # people perform a band's act too
        "भारी बारिश ने कई उड़ानें रद्द करवा दीं।",  # weather: a happening, not a thing
        "बड़े सितारे ने नई फ़िल्म साइन की।",  # a star is also a person
        "काले पत्थर से बना मंदिर लोगों ने देखा।",  # no thing before ने
    ],
)
def test_ordinary_agents_stay_silent(mt: str) -> None:
    assert _spans(mt) == []


@needs_dict
def test_no_act_of_a_firm_no_finding() -> None:
    """A thing may do other things: a loose stone blocked the road."""
    assert _spans("ढीले पत्थर ने रास्ता रोक दिया।") == []


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        # animals that WordNet also gives a figurative person sense (bull, hawk), as a side in a
        # team's act: a nickname translated
        ("सांडों ने घरेलू मैदान पर मेहमान टीम को हराया।", "सांडों"),
        ("भेड़ियों ने नए मैनेजर से करार किया।", "भेड़ियों"),
    ],
)
def test_animals_in_a_teams_act_are_found(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "भेड़ियों ने गाँव में भेड़ों पर हमला किया।",  # no team's act
        "बंदरों ने स्टोर से फल चुरा लिए।",  # a firm's word (स्टोर) is no team's act for animals
        "बच्चों ने मैच जीत लिया।",  # children: people more often than animals (kid, cub)
        "कंगारुओं ने भारत को छह विकेट से हराया।",  # Hindi's own name for Australia's side
    ],
)
def test_animals_outside_a_teams_act_stay_silent(mt: str) -> None:
    assert _spans(mt) == []
