"""Round-13 literal-scene class of the idiom rules (scene.concrete: HI205, HI209): a sentence whose
other nouns are things of the kind the idiom's own words name, with no abstraction or institution in
it, is a real action; a figurative sentence has no such thing, an abstract word, or says the idiom's
noun phrase of a subject (X … केतली है).

The sentences here are new; the held-out measurement is tests/data/idioms_r13 (written before this
work; see docs/quality.md, "Idioms, round 13")."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.lang.bilingual import scene

needs_both = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin and WordNet needed"
)


def concrete(text: str, span: str) -> bool:
    start = text.index(span)
    return scene.concrete(text, start, start + len(span))


@needs_both
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("धोबी ने घाट की सीढ़ी पर अपना तौलिया फेंक दिया।", "तौलिया फेंक"),
        ("रसोइये ने चूल्हे के पास मटर की फलियां गिरा दीं।", "फलियां गिरा"),
        ("गाय ने नांद के पास बाल्टी को लात मारी।", "बाल्टी को लात"),
    ],
)
def test_things_of_the_idioms_kind_make_a_literal_scene(text: str, span: str) -> None:
    assert concrete(text, span)
    assert scene.literal_scene(text, text.index(span), text.index(span) + len(span), "x y z") != ""


@needs_both
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("मंत्री ने आख़िरकार तौलिया फेंक दिया।", "तौलिया फेंक"),  # no thing besides the idiom's
        ("बजट पर बहस के बाद नेता ने मंच पर तौलिया फेंक दिया।", "तौलिया फेंक"),  # abstractions
        ("पुराने बाज़ार में यह दुकान मछलियों की एक अलग केतली है।", "मछलियों की एक अलग केतली"),  # a predicate
    ],
)
def test_a_figurative_sentence_is_no_literal_scene(text: str, span: str) -> None:
    assert not concrete(text, span)
