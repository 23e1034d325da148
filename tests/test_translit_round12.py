"""Round 12: a city or country written in Devanagari is no English word spelled out (HI408/HI409
ask the place table, data/place_names_hi.tsv). Words here are not from any test set."""

from __future__ import annotations

from audit.rules.translit_places import _place_names, names_other_place


def test_a_place_spelled_better_than_the_english_word_is_the_place():
    assert "लीमा" in _place_names()
    assert names_other_place("लीमा", "lemma")


def test_a_word_as_close_to_the_english_word_stays_a_candidate():
    # चिली spells *chile* and *chilli* almost equally: a spelled-out chilli is still flagged
    assert not names_other_place("चिली", "chilli")
    # the place itself, and a word in no place table
    assert not names_other_place("लीमा", "lima")
    assert not names_other_place("किचन", "kitchen")
