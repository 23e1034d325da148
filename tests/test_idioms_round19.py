"""Round 19's HI512 classes with the source (docs/quality.md, "Idioms with the source, round 19").
The sentences here are new (none is in a dev set or in tests/data/idiomsS_r19)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules.source import idioms

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _spans(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, *_ in idioms.idiom_findings(src, mt)]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # a rent is a payment before it is a tear: the object read in its commonest sense
        (
            "The council bumped up the rent for shops.",
            "परिषद ने दुकानों का किराया टक्कर मारकर ऊपर कर दिया।",
            "टक्कर मारकर ऊपर",
        ),
        # an article is prose before it is a thing
        (
            "The newspaper took down the article after the protest.",
            "अख़बार ने विरोध के बाद लेख को नीचे ले लिया।",
            "नीचे ले लिया",
        ),
    ],
)
def test_an_object_read_in_its_commonest_sense(src: str, mt: str, span: str) -> None:
    assert _spans(src, mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a verb of motion goes up a path in either sense of *path*
        ("The porter walked up the path with the luggage.", "कुली सामान लेकर रास्ते पर ऊपर की ओर चला।"),
        # weeds are plants in their commonest sense: a thing pulled up
        ("The farmer pulled up the weeds.", "किसान ने खरपतवार ऊपर खींच ली।"),
    ],
)
def test_a_thing_moved_stays_silent(src: str, mt: str) -> None:
    assert _spans(src, mt) == []


def test_gloss_heads() -> None:
    from audit.lang.bilingual.phrasal_image import gloss_heads

    assert gloss_heads("मधुमक्खियों का छत्ता") == ["छत्ता"]  # the noun after the genitive
    assert gloss_heads("कोई मोटी छड़ी या डंडा") == ["डंडा"]  # a one-word alternative
    assert gloss_heads("भारी बोझा ऊपर उठाने वाला यन्त्र") == []  # no genitive, no alternative
    assert gloss_heads("कुल्हाड़ी") == []  # one word: the gloss itself


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # a thing's noun glossed by a phrase (मधुमक्खियों का छत्ता) is rendered by its head alone
        (
            "The bank will hive off its leasing business next year.",
            "बैंक अगले साल अपने लीज़िंग कारोबार को छत्ते से बाहर करेगा।",
            "छत्ते",
        ),
        # the head of the object (fares), not its modifier (bus), is what is acted on
        (
            "The council plans to stave off a rise in bus fares.",
            "परिषद बस किरायों में बढ़ोतरी को डंडे से दूर रखने की योजना बना रही है।",
            "डंडे",
        ),
    ],
)
def test_a_noun_made_verb_rendered_by_its_thing(src: str, mt: str, span: str) -> None:
    assert _spans(src, mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # an adjective before the word makes it a noun: a plank laid over a drain
        ("The workers laid a wooden plank over the ditch.", "मज़दूरों ने खाई के ऊपर लकड़ी का एक तख़्ता रखा।"),
        # the head of the object is a thing in its commonest sense: a truck hosed down
        ("The driver hosed down the old truck.", "ड्राइवर ने पुराने ट्रक को पाइप से धोया।"),
    ],
)
def test_a_thing_acted_on_stays_silent(src: str, mt: str) -> None:
    assert _spans(src, mt) == []


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # a group before the verb is its subject, as a person is (many people *look*)
        (
            "Many voters look down on career politicians.",
            "कई मतदाता पेशेवर नेताओं पर नीचे की ओर देखते हैं।",
            "नीचे की ओर देखते",
        ),
        # WordNet's three-word verb with *on*: the people after it are its object, no ground
        (
            "The old families looked down on the newcomers of the town.",
            "पुराने परिवार शहर के नए लोगों पर नीचे देखते थे।",
            "नीचे देखते",
        ),
    ],
)
def test_look_down_on_its_object(src: str, mt: str, span: str) -> None:
    assert _spans(src, mt) == [span]


@needs_dict
def test_a_look_down_onto_a_place_stays_silent() -> None:
    src = "The climbers looked down onto the valley."
    assert _spans(src, "पर्वतारोहियों ने नीचे घाटी की ओर देखा।") == []


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # the verb spelled beside the particle's Hindi (जैक … ऊपर for jacked up)
        (
            "Cab firms jacked up fares during the rain.",
            "बारिश के दौरान कैब कंपनियों ने किराए जैक से ऊपर कर दिए।",
            "जैक से ऊपर",
        ),
        ("The city is gearing up for the marathon.", "शहर मैराथन के लिए गियर ऊपर कर रहा है।", "गियर ऊपर"),
    ],
)
def test_a_phrasal_verb_spelled_beside_its_particle(src: str, mt: str, span: str) -> None:
    assert _spans(src, mt) == [span]


@needs_dict
def test_another_word_spelled_beside_a_particle_stays_silent() -> None:
    # टीम spells *team*, not the verb *knock*: no transcription of the phrasal verb
    src = "The home side knocked out the visitors in the first round."
    assert _spans(src, "घरेलू टीम ने पहले दौर में मेहमान टीम को टूर्नामेंट से हटा दिया।") == []


@needs_dict
def test_a_word_after_a_number_is_a_noun() -> None:
    # *two punches in the last round*: punches after a number are blows, no phrasal verb *punch in*
    src = "The champion landed two punches in the last round."
    assert _spans(src, "चैंपियन ने आख़िरी राउंड में दो मुक्के जड़े।") == []
