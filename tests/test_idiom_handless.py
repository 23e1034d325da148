"""HI205 (Hindi only): a physical act done to a thing by an abstraction as the clause's actor
(audit/rules/idiom_handless.py) — an English idiom's verb-and-object image rendered word for word.
The sentences here are new (none is in a dev set or in tests/data/idioms_r21)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import idiom_handless

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _actor in idiom_handless.find(text)]


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        # cut no ice: a promise cuts nothing
        ("सरकार के वादे ने मतदाताओं के साथ कोई बर्फ़ नहीं काटी।", "बर्फ़ नहीं काटी"),
        # throw down the gauntlet: a statement throws no glove
        ("उसके बयान ने प्रतिद्वंद्वियों के सामने दस्ताना फेंक दिया।", "दस्ताना फेंक"),
        # pull the rug: a decision pulls no carpet
        ("अदालत के फ़ैसले ने ठेकेदारों के नीचे से क़ालीन खींच लिया।", "क़ालीन खींच"),
        # rope in: an instrument's से and a particle between the thing and its verb
        ("पार्टी के प्रचार ने कई फ़िल्मी सितारों को रस्सी से अंदर खींच लिया।", "रस्सी से अंदर खींच"),
    ],
)
def test_a_thing_moved_by_an_abstraction(mt: str, span: str) -> None:
    assert _found(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        # people, institutions and forces do move things
        "मज़दूरों ने सुबह दस्ताने पहनकर ईंटें उठाईं।",
        "रेलवे ने त्योहार के लिए ट्रेन में एक डिब्बा जोड़ा।",
        "विस्फोट ने आसपास के घरों की खिड़कियाँ तोड़ दीं।",
        # a force by any of its readings: a pressure, a sound, a speed
        "पानी के दबाव ने पुराना पाइप तोड़ दिया।",
        "धमाके की आवाज़ ने आसपास के घरों की खिड़कियाँ हिला दीं।",
        "तेज़ गति ने गाड़ी पलट दी।",
        # a scheme, a drive or an order acting through its people: a structure, a vehicle or a
        # fluid as the thing, or the programme's reach (हर, तक, हज़ारों) before it
        "अदालत के आदेश ने नदी किनारे की अवैध इमारतें गिरा दीं।",
        "राज्य की योजना ने पहाड़ी गाँवों के लिए नई बसें चलाईं।",
        "सिंचाई परियोजना ने सूखे खेतों में पानी पहुँचाया।",
        "वन अभियान ने ज़िले में हज़ारों पेड़ लगाए।",
        # a listed given name is no abstraction (किरण: a ray)
        "किरण ने रसोई में चाय का बर्तन उठाया।",
        # Hindi's own idioms of a thing (data/hindi_idioms.toml)
        "नेता के बयान ने आग में घी डाल दिया।",
        "जाँच रिपोर्ट ने ठेकेदारों की पोल खोल दी।",
        # a genitive is no object: the thing is not what the verb acts on
        "योजना ने गाँव की सड़क का नक्शा बदल दिया।",
    ],
)
def test_people_forces_names_and_hindi_idioms_stay_silent(mt: str) -> None:
    assert _found(mt) == []


def test_hindi_idioms_read_any_inflection() -> None:
    assert idiom_handless.hindi_own("पर्दे", "डालने")
    assert idiom_handless.hindi_own("तोते", "उड़ा")
    assert not idiom_handless.hindi_own("दस्ताना", "फेंक")
