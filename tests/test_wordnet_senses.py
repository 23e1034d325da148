"""wordnet.senses / first_sense / sense_files: one reader of "the senses of a word" for every rule."""

from __future__ import annotations

import pytest

from audit.lang import wordnet

pytestmark = pytest.mark.skipif(not wordnet.available(), reason="WordNet (Debian wordnet) not installed")


def test_senses_are_the_index_offsets_most_frequent_first() -> None:
    offsets = wordnet.senses("noun", "bank")
    assert len(offsets) >= 2
    assert offsets == (wordnet.index("noun") or {})["bank"]
    assert wordnet.first_sense("noun", "bank") == offsets[0]


def test_unknown_word_has_no_senses() -> None:
    assert wordnet.senses("noun", "qzxwv") == ()
    assert wordnet.first_sense("noun", "qzxwv") is None
    assert wordnet.sense_files("noun", "qzxwv") == []


def test_sense_files_follow_the_senses() -> None:
    # batsman: one sense, a person (noun.person is lexicographer file 18)
    assert wordnet.sense_files("noun", "batsman") == ["18"]
    files = wordnet.sense_files("noun", "bank")
    assert len(files) == len(wordnet.senses("noun", "bank"))
    assert wordnet.synset_at("noun", wordnet.senses("noun", "bank")[0]).lexfile == files[0]
