"""The grammar of a literal scene (audit/lang/bilingual/scene.py) for HI205 and HI209, and the
source-side classes of HI512 added with it (numerals, adverbs of place, "back" as वापस).

The sentences here are new; the held-out measurement is tests/data/idioms_r7 (written before
this work; see docs/quality.md, "Idioms, round 7")."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, wordnet
from audit.lang.bilingual import scene
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="wordnet not installed")


def why(text: str, span: str, english: str, verb_first: bool = False) -> str:
    start = text.index(span)
    return scene.literal_scene(text, start, start + len(span), english, verb_first)


@pytest.mark.parametrize(
    ("text", "span", "english", "verb_first", "reason"),
    [
        # two clauses: a conjunction between the words
        ("बच्चे ने कील ठोंकी और फिर दीवार पर टोपी टांग दी।", "ठोंकी और फिर दीवार", "hit the wall", True, "clause"),
        # a postposition that renders none of the idiom's prepositions: a place, not the object
        ("मछुआरे नदी में जाल डालकर मछली पकड़ते हैं।", "नदी में जाल", "cast a net", True, "place"),
        ("उसने बकरी के लिए एक छोटा बाड़ा बनाया।", "बकरी के लिए एक छोटा बाड़ा", "goat pen", False, "place"),
        # the idiom's noun opens an active sentence: the thing itself is the topic
        ("पतंग उड़कर पेड़ पर अटक गई।", "पतंग उड़कर", "go fly a kite", True, "subject"),
        # a state idiom's adjective with करना is a verb of action
        ("मज़दूरों ने सुबह रास्ता साफ़ किया।", "रास्ता साफ़", "the road is clear", False, "verb"),
        # a binomial idiom whose halves are not joined
        ("दादी ने रोटी पर घी लगाया।", "रोटी पर घी", "bread and butter", False, "pair"),
        # an animal is the clause's actor of a verb idiom: it does the thing for real
        (
            "खेत में एक कुत्ता चुपचाप मुर्गियों के पीछे गया।",
            "कुत्ता चुपचाप मुर्गियों",
            "let the dog see the rabbit",
            True,
            "animal",
        ),
        # any idiom: an animal opening the words with its own अपना
        (
            "घाट पर एक बकरी अपने मेमनों को पानी पिला रही थी।",
            "बकरी अपने मेमनों",
            "like a lamb to the slaughter",
            False,
            "animal",
        ),
    ],
)
def test_literal_scenes(text: str, span: str, english: str, verb_first: bool, reason: str) -> None:
    assert why(text, span, english, verb_first) == reason


@pytest.mark.parametrize(
    ("text", "span", "english", "verb_first"),
    [
        ("बुज़ुर्ग नेता ने आखिरकार बाल्टी को लात मार दी।", "बाल्टी को लात मार", "kick the bucket", True),
        ("सरकार ने सुधारों की गेंद लुढ़का दी।", "गेंद लुढ़का", "get the ball rolling", True),
        ("आलोचना सार्वजनिक जीवन का हिस्सा और पार्सल है।", "हिस्सा और पार्सल", "part and parcel", False),
        ("मंत्री ने घोटाले को कालीन के नीचे दबा दिया।", "कालीन के नीचे", "sweep under the carpet", True),
        ("व्यापारी जानते हैं कि तट साफ़ है।", "तट साफ़", "the coast is clear", False),
        # the animal is the object (को): the idiom's own role
        (
            "मंत्री ने आख़िरकार बिल्ली को थैले से बाहर निकाल दिया।",
            "बिल्ली को थैले से बाहर",
            "let the cat out of the bag",
            True,
        ),
    ],
)
def test_calques_stay(text: str, span: str, english: str, verb_first: bool) -> None:
    assert why(text, span, english, verb_first) == ""


@needs_dict
def test_lexical_collocation_needs_an_abstract_actor() -> None:
    # सीटी बजाना is the dictionary's *whistle*: a train whistling is a scene …
    assert why("रेलगाड़ी ने लंबी सीटी बजाई।", "सीटी बजाई", "blow the whistle", True) == "lexical"
    # … a government shuffling its feet is the idiom (जांच reads as an abstraction)
    assert why("राज्य सरकार जांच पर अपने पैर घसीट रही है।", "पैर घसीट", "drag one's feet", True) == ""


def hi205(text: str) -> list:
    seg = Segment("t", 0, text)
    return list(REGISTRY["HI205"].run(seg, CheckContext(document=[seg])))


def hi512(src: str, mt: str) -> list:
    seg = Segment("t", 0, mt, src=src)
    return list(REGISTRY["HI512"].run(seg, CheckContext(document=[seg])))


@needs_dict
@needs_wordnet
def test_hindi_only_scenes_silent_and_calques_found() -> None:
    assert not hi205("लड़के ने गेंद दीवार पर मारी और वह उछलकर वापस उसके पास आ गई।")
    assert not hi205("माली ने पेड़ की सूखी शाखाएं काट दीं।")
    # a verb's causative twin fills its slot (मिलना/मिलाना)
    assert [f.span for f in hi205("कई मज़दूर परिवार सिरों को मिलाने में जूझते हैं।")] == ["सिरों को मिलाने"]


@needs_dict
@needs_wordnet
def test_source_classes() -> None:
    assert not hi512("The village planted ten thousand trees.", "गांव ने दस हज़ार पेड़ लगाए।")
    assert not hi512("The bells could be heard far away.", "घंटियों की आवाज़ दूर तक सुनाई दी।")
    assert not hi512("He gave the money back.", "उसने पैसे वापस दे दिए।")
    assert not hi512("The ball bounced back to her.", "गेंद उछलकर वापस उसके पास आई।")
    assert [
        f.span
        for f in hi512(
            "The chief minister hit back at her critics on Monday.",
            "मुख्यमंत्री ने सोमवार को अपने आलोचकों पर वापस मारा।",
        )
    ] == ["वापस मारा"]


def _scene_of(text: str, span: str, english: str) -> str:
    i = text.index(span)
    return scene.literal_scene(text, i, i + len(span), english)


@needs_dict
@needs_wordnet
def test_an_animal_acting_in_the_clause_of_any_idiom_is_a_literal_scene() -> None:
    assert _scene_of("बंदर केक का टुकड़ा उठाकर पेड़ पर चढ़ गया।", "केक का टुकड़ा", "a piece of cake") == "animal"
    assert _scene_of("कबूतर आख़िरी तिनका लेकर छज्जे पर बैठ गया।", "आख़िरी तिनका", "the last straw") == "animal"


@needs_dict
@needs_wordnet
def test_an_idiom_said_of_a_subject_or_about_animals_keeps_its_reading() -> None:
    assert _scene_of("बिल्ली के लिए यह केक का टुकड़ा है।", "केक का टुकड़ा", "a piece of cake") == ""
    assert _scene_of("मंत्री का बयान आख़िरी तिनका साबित हुआ।", "आख़िरी तिनका", "the last straw") == ""
