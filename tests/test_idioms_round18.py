"""Round 18's HI512 classes (docs/quality.md, "Idioms, round 18"): the image modifier of a
WordNet noun compound that is a kind of its head (horse sense, swan song, seed money). The
sentences here are new (none is in a dev set or in tests/data/idioms_r18)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules.source import figurative, idioms

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _spans(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, *_ in idioms.idiom_findings(src, mt)]


def _modifiers(lemma: str) -> tuple[str, ...]:
    words = tuple(lemma.split("_"))
    return figurative.unneeded_images(words, "noun")


@needs_dict
@pytest.mark.parametrize(
    ("lemma", "image"),
    [("horse_sense", "horse"), ("swan_song", "swan"), ("primrose_path", "primrose"), ("seed_money", "seed")],
)
def test_an_image_modifier_of_an_abstract_compound(lemma: str, image: str) -> None:
    assert _modifiers(lemma) == (image,)


@needs_dict
@pytest.mark.parametrize(
    "lemma",
    [
        "sea_lion",  # an animal: a name for the thing
        "dog_food",  # "food prepared for dogs": the definition says the modifier
        "rock_music",  # "a genre of popular music": the head is the meaning
        "entrance_examination",  # an act's argument, not an animal, food, plant or natural object
        "queen_consort",  # a queen is a person too: the compound shares the modifier's class
        "bank_line",  # bank: a sum of money as well
    ],
)
def test_a_compositional_compound_has_no_image_modifier(lemma: str) -> None:
    assert _modifiers(lemma) == ()


@needs_dict
def test_an_image_modifier_rendered_literally() -> None:
    src = "The old farmer showed plenty of horse sense in the talks."
    assert any("घोड़े" in s for s in _spans(src, "बूढ़े किसान ने बातचीत में घोड़े की काफ़ी समझ दिखाई।"))
    assert _spans(src, "बूढ़े किसान ने बातचीत में काफ़ी व्यावहारिक समझ दिखाई।") == []


def test_a_person_noun_after_a_determiner_is_the_subject() -> None:
    from audit.lang.bilingual import english as E
    from audit.lang.bilingual.phrasal_objects import noun_reading

    toks = E.tokens("Our cousins put us up for a week.")
    assert not noun_reading(toks, 2)  # put: the verb after its subject
    toks = E.tokens("The storm left the tin roof open.")
    assert noun_reading(toks, 5)  # roof: the noun after its modifier


@needs_dict
def test_a_phrasal_verb_after_its_subject() -> None:
    src = "Our cousins put us up for a week."
    assert _spans(src, "हमारे चचेरे भाइयों ने हमें एक हफ़्ते के लिए ऊपर रखा।")
    assert _spans(src, "हमारे चचेरे भाइयों ने एक हफ़्ते तक हमें अपने घर ठहराया।") == []


@needs_dict
def test_a_particle_that_ends_the_clause_after_a_person() -> None:
    src = "The villagers egged the wrestler on."
    assert any("अंडे" in s for s in _spans(src, "गांव वालों ने पहलवान पर अंडे फेंके।"))
    assert _spans(src, "गांव वालों ने पहलवान का हौसला बढ़ाया।") == []
