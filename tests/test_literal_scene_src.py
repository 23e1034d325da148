"""HI512 (source side): an English idiom whose image word is tied by WordNet's glosses to another
thing of the sentence, in a sentence with no abstraction, is meant literally
(:func:`audit.lang.bilingual.literal_use.concrete_scene`). Cases are new sentences, not dev rows."""

import pytest

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.literal_use import concrete_scene

pytestmark = pytest.mark.skipif(not wordnet.available(), reason="WordNet (Debian wordnet) not installed")


def _scene(src: str, idiom: str) -> bool:
    toks = E.tokens(src)
    words = tuple(idiom.split())
    low = [t[2].lower() for t in toks]
    i = next(k for k in range(len(low)) if low[k : k + len(words)] == list(words))
    return concrete_scene(words, toks, i, i + len(words))


def test_a_thing_named_in_the_image_words_gloss_is_its_scene():
    # nail: "a thin pointed piece of metal that is hammered into materials"
    assert _scene("The roofer hit the nail on the head with a heavy hammer.", "the nail on the head")


def test_an_abstraction_in_the_sentence_keeps_the_idiom():
    assert not _scene(
        "The roofer hit the nail on the head about the budget and the hammer.", "the nail on the head"
    )


def test_no_tied_thing_keeps_the_idiom():
    assert not _scene("The new coach hit the nail on the head.", "the nail on the head")


def test_the_idioms_own_word_again_is_no_scene():
    assert not _scene("In these homes the fathers bring home the bacon.", "home the bacon")


def test_a_whole_the_image_word_is_part_of_is_its_scene():
    # WordNet: a pocket is part of a garment, and a jacket is a kind of garment (a compound head
    # after a noun modifier counts: his *leather* jacket)
    assert _scene("His leather jacket has deep pockets.", "deep pockets")


def test_a_whole_of_another_kind_is_no_scene():
    assert not _scene("The new investor has deep pockets.", "deep pockets")
    # a barrel is part of a gun; a lender is no gun
    assert not _scene("The lender had the borrower over a barrel.", "over a barrel")


def _at_rest(src: str, idiom: str) -> bool:
    from audit.lang.bilingual.literal_use import animal_at_rest

    toks = E.tokens(src)
    words = tuple(idiom.split())
    low = [t[2].lower() for t in toks]
    i = next(k for k in range(len(low)) if low[k : k + len(words)] == list(words))
    return animal_at_rest(words, toks, i + len(words))


def test_an_animal_idiom_doing_what_bodies_do_is_the_animal():
    assert _at_rest("A dark horse was snoring in the last stall.", "dark horse")
    assert _at_rest("The black sheep yawned at the gate.", "black sheep")


def test_an_animal_idiom_doing_what_people_do_is_figurative():
    assert not _at_rest("A dark horse won the mayoral race.", "dark horse")
    assert not _at_rest("The black sheep of the family opened a bakery.", "black sheep")
