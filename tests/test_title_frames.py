"""The English frame that makes a sentence's first word a name (audit/rules/title_frames.py) and
HI207's one-word source path that reads it (audit/rules/title_brands.py). Sentences here are not
the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_brands as tb
from audit.rules import title_frames as tf

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@needs_wordnet
@pytest.mark.parametrize(
    ("word", "after"),
    [
        ("pebble", " is cutting 400 jobs in Europe."),
        ("lantern", " raised $20 million from investors."),
        ("harbour", " beat Cardiff 3-1 on Sunday."),
        ("compass", " will hire 2,000 engineers next year."),
        ("mirror", " published a long interview with the coach."),
        ("thunder", " released their third album in May."),
        ("kettle", " magazine named her editor."),
    ],
)
def test_framed_first_words(word: str, after: str) -> None:
    assert tf.named_by_frame(word, after)


@needs_wordnet
@pytest.mark.parametrize(
    ("word", "after"),
    [
        # people and groups do such acts as common nouns
        ("doctors", " published a report on the outbreak."),
        ("police", " signed the deal with the union."),
        ("farmers", " raised prices at the market."),
        # an adjective before a kind of organisation is an ordinary modifier
        ("smaller", " airlines want a share of the market."),
        ("local", " newspapers carried the story."),
        # no act of a firm, a team or a paper
        ("rain", " cut power to the village."),
        ("sugar", " prices rose this week."),
    ],
)
def test_unframed_first_words(word: str, after: str) -> None:
    assert not tf.named_by_frame(word, after)


@needs_dict
@needs_wordnet
def test_one_word_names_in_lists_and_after_a_capital_the() -> None:
    # "and" separates two names (each its own one-word name); a capital The inside a sentence
    # opens a paper's or a band's name
    src = "The report was first carried by The Mirror and Mint."
    assert ("mint", False) in tb._candidates(src)
    assert ("mirror", False) in tb._candidates(src)
    # a name joined by "of" stays one run (title_source's)
    assert not [w for w, _ in tb._candidates("He works at the Bank of England.") if w == "bank"]
