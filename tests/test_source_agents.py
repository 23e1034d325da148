"""A hand laid on a thing by what has no hands (audit/rules/source/agents.py, HI512). The sentences
here are new (none is in a dev set or in tests/data/idiomsS_r21)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules.source import agents
from audit.rules.source.common import dictionary

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _find(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, _en, _thing in agents.find(src, mt, dictionary())]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # an organisation pulls a thing
        (
            "The ministry pulled the rug from under the pension scheme.",
            "मंत्रालय ने पेंशन योजना के नीचे से कालीन खींच लिया।",
            "कालीन",
        ),
        # an abstraction throws an animal's bone; across an auxiliary
        (
            "The new policy has thrown the farmers a bone.",
            "नई नीति ने किसानों की ओर एक हड्डी फेंकी है।",
            "हड्डी",
        ),
        # the subject of the verb an infinitive hangs on
        (
            "The union refused to bite the hand that feeds it.",
            "यूनियन ने उसे खिलाने वाले हाथ को काटने से इनकार कर दिया।",
            "हाथ",
        ),
    ],
)
def test_a_physical_act_of_no_agent(src: str, mt: str, span: str) -> None:
    assert _find(src, mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a person's act: literal
        ("The cook threw the dog a bone.", "रसोइये ने कुत्ते की ओर एक हड्डी फेंकी।"),
        # a natural force acts on things
        ("The storm pulled the tin sheets off the roof.", "तूफ़ान ने छत से टीन की चादरें खींच लीं।"),
        # an organisation's own work on a place it runs (no hand-held thing)
        ("The council cleaned the station before the fair.", "परिषद ने मेले से पहले स्टेशन साफ़ किया।"),
        # a community or a force of people acts with its hands
        ("The village fed the stray cattle all winter.", "गांव ने पूरी सर्दी आवारा मवेशियों को चारा खिलाया।"),
        ("The police threw tear gas shells at the crowd.", "पुलिस ने भीड़ पर आंसू गैस के गोले फेंके।"),
        # the head of the subject stands before *of*
        ("The pupils of the school planted trees.", "स्कूल के छात्रों ने पेड़ लगाए।"),
        # a thing or a place in the scene makes it literal
        ("The army carried rice to the flooded villages by boat.", "सेना नाव से बाढ़ग्रस्त गांवों तक चावल ले गई।"),
        # the object's modifier not rendered: Hindi's own idiom keeps the noun alone (पानी फेरना)
        ("The board poured cold water on the merger.", "बोर्ड ने विलय पर पानी फेर दिया।"),
    ],
)
def test_literal_acts_and_hindi_idioms_stay_silent(src: str, mt: str) -> None:
    assert _find(src, mt) == []


@needs_dict
def test_idiomatic_translation_is_silent() -> None:
    src = "The ministry pulled the rug from under the pension scheme."
    assert _find(src, "मंत्रालय ने पेंशन योजना बंद कर दी।") == []
