"""Round 12: a city or country written in Devanagari is no English word spelled out (HI408/HI409
ask the place table, data/place_names_hi.tsv). Words here are not from any test set."""

from __future__ import annotations

from audit.rules.translit_places import names_other_place, place_names


def test_a_place_spelled_better_than_the_english_word_is_the_place():
    assert "लीमा" in place_names()
    assert names_other_place("लीमा", "lemma")


def test_a_word_as_close_to_the_english_word_stays_a_candidate():
    # चिली spells *chile* and *chilli* almost equally: a spelled-out chilli is still flagged
    assert not names_other_place("चिली", "chilli")
    # the place itself, and a word in no place table
    assert not names_other_place("लीमा", "lima")
    assert not names_other_place("किचन", "kitchen")


def _ends(text: str, word: str) -> bool:
    from audit.rules.script import hindi_tokens
    from audit.rules.script_translit import plural_ends_a_name

    toks = list(hindi_tokens(text))
    i = next(k for k, t in enumerate(toks) if t[2] == word)
    return plural_ends_a_name(text, toks, i)


def test_an_english_plural_after_an_english_word_or_place_ends_a_name():
    assert _ends("ग्रीन सीनेटर्स ने मैच जीता।", "सीनेटर्स")
    assert _ends("सिल्वर सॉक्स हार गए।", "सॉक्स")


def test_a_plural_after_a_hindi_word_or_a_comma_stays_a_candidate():
    assert not _ends("उसने सीनेटर्स से बात की।", "सीनेटर्स")
    assert not _ends("ग्रीन, सीनेटर्स से मिला।", "सीनेटर्स")
