"""A thing said of what is no thing (audit/rules/source/copular.py, HI512). The sentences here are
new (none is in a dev set or in tests/data/idiomsS_r20)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules.source import copular
from audit.rules.source.common import dictionary

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _find(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, _en, _thing in copular.find(src, mt, dictionary())]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # an abstraction said to be a thing
        (
            "The new pension rule is a banana skin for the party.",
            "नया पेंशन नियम पार्टी के लिए केले का छिलका है।",
            "केले",
        ),
        # across a raising verb, an adjective skipped
        (
            "The promised inquiry proved to be a damp squib.",
            "वादा की गई जांच एक सीली फुलझड़ी साबित हुई।",
            "फुलझड़ी",
        ),
        # a naming verb predicates of its object; *turned into* as *became*
        ("Critics called the tax a poison apple.", "आलोचकों ने कर को ज़हरीला सेब कहा।", "सेब"),
        ("The debate turned into a pillow fight.", "बहस तकिये की लड़ाई में बदल गई।", "तकिये"),
        # a person said to be a thing
        ("Her new deputy is a wet sponge.", "उसका नया उपाध्यक्ष एक गीला स्पंज है।", "स्पंज"),
    ],
)
def test_a_thing_predicated_of_no_thing(src: str, mt: str, span: str) -> None:
    assert _find(src, mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a thing said to be a thing: literal
        ("The old jar was a honey pot.", "पुराना मर्तबान शहद का बर्तन था।"),
        ("The parrot is a bird of the forest.", "तोता जंगल का पक्षी है।"),
        # a kind or a part (of)
        ("Tourism is a pillar of the economy.", "पर्यटन अर्थव्यवस्था का स्तंभ है।"),
        # an animal after adjectives alone: Hindi's own (चालाक लोमड़ी)
        ("His partner turned out to be a sly fox.", "उसका साथी चालाक लोमड़ी निकला।"),
        # Hindi's own idiom with the image
        ("The stadium became a white elephant.", "स्टेडियम सफ़ेद हाथी बन गया।"),
        # a lone noun is as often Hindi's own figure (जाल)
        ("The new pension rule is a trap for the party.", "नया पेंशन नियम पार्टी के लिए जाल है।"),
        # a compound Hindi borrowed whole: the MT spells its other noun (टाइम)
        ("Unemployment is a time bomb for the state.", "बेरोज़गारी राज्य के लिए एक टाइम बम है।"),
        # *into* after any other verb is a place (ran into a brick wall)
        ("The plan ran into a brick wall.", "योजना एक ईंट की दीवार से टकरा गई।"),
        # a name may be anything
        ("Mumbai is a magnet for migrants.", "मुंबई प्रवासियों के लिए चुंबक है।"),
    ],
)
def test_silent(src: str, mt: str) -> None:
    assert _find(src, mt) == []


@needs_dict
def test_hindis_own_phrases_are_no_things() -> None:
    # source_evidence.toml [idioms] established, hyphens read as spaces: दोधारी तलवार, जादू की छड़ी
    assert copular._things(["double", "edged", "sword"]) == []
    assert copular._things(["magic", "wand"]) == []
    assert copular._things(["banana", "skin"]) == ["banana", "skin"]
