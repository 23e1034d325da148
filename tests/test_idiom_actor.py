"""HI205: an idiom often meant literally (marked ``literal`` in audit/data/idioms_en.tsv) is a
calque in Hindi alone after an abstraction or an institution as its actor
(audit/lang/bilingual/abstract.py). The sentences here are new; the held-out measurement is
tests/data/idioms_r8 and heldout_r7 (see docs/quality.md)."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict
from audit.lang.bilingual import abstract
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def spans(text: str) -> list[str]:
    seg = Segment("t", 0, text)
    return [f.span for f in REGISTRY["HI205"].run(seg, CheckContext(document=[seg]))]


def test_listed_institutions_are_actors_without_the_dictionary() -> None:
    words = "कंपनी ने तीसरी तिमाही में".split()
    assert abstract.actor_before(words, len(words), abstract.institution_keys())


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("तीसरी तिमाही में कंपनी ने अपने प्रतिद्वंद्वियों पर मेज़ें पलट दीं।", "मेज़ें पलट"),
    ],
)
def test_literal_prone_idiom_after_an_institution(text: str, span: str) -> None:
    assert any(span in s for s in spans(text))


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "मज़दूरों ने गोदाम में पुरानी मेज़ें पलट दीं।",  # people can turn tables over
        "शादी के बाद सफ़ाई के लिए मेज़ें पलट दी गईं।",  # an abstraction of purpose, not an actor
        "नगर निगम ने गोदाम में पुरानी मेज़ें पलट दीं।",  # an institution's workers, at a place (गोदाम में)
        "धावकों ने सुबह बीस मील की दौड़ लगाई।",  # a number is no actor
    ],
)
def test_literal_prone_idiom_after_people_or_a_purpose_stays_silent(text: str) -> None:
    assert spans(text) == []


@needs_dict
@pytest.mark.parametrize(
    ("word", "hindi", "calque"),
    [
        ("shovel", ["बेलचा"], True),  # a thing, in a rare Hindi word: a calque by itself
        ("rain", ["बारिश"], False),  # a common word: as likely the sentence's own
        ("hand", ["हथेली"], False),  # a body part: Hindi's own idioms have them too
    ],
)
def test_lone_image_word(word: str, hindi: list[str], calque: bool) -> None:
    from audit.lang.bilingual.concrete import lone_image

    assert lone_image(word, hindi) is calque
