"""Round 11: HI401/HI408's place-name frame (audit.rules.translit_places) — an English word in a
place named in English words (a kind word closing the run, an English prefix opening it) is part
of the name, in any sentence. Sentences here are not from any test set."""

from __future__ import annotations

import pytest

from audit.rules.script import hindi_tokens
from audit.rules.translit_places import in_place_name, place_kind


def placed(text: str, word: str, src: str | None = None) -> bool:
    toks = list(hindi_tokens(text))
    i = next(k for k, t in enumerate(toks) if t[2] == word)
    return in_place_name(text, toks, i, src)


@pytest.mark.parametrize(
    ("word", "english"),
    [("स्ट्रीट", "street"), ("रोड", "road"), ("ब्रिज", "bridge"), ("स्क्वायर", "square"), ("लेन", "lane")],
)
def test_kind_words_are_found_by_spelling(word, english):
    assert place_kind(word) == english


@pytest.mark.parametrize("word", ["किताब", "पर", "स्किन", "पानी"])
def test_other_words_are_no_kind(word):
    assert place_kind(word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("प्रदर्शन ऑक्सफ़ोर्ड स्ट्रीट से शुरू हुआ।", "स्ट्रीट"),  # a kind word after a word of the name
        ("मेले में रेडियो स्क्वायर तक भीड़ थी।", "रेडियो"),  # a word before a kind word
        ("यात्री पेंगुइन आइलैंड ब्रिज पर रुके।", "पेंगुइन"),  # two words before the kind word
        ("वह न्यू हैम्पशायर में पढ़ता है।", "हैम्पशायर"),  # after an English place prefix
    ],
)
def test_words_in_place_names(text, word):
    assert placed(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("इस स्ट्रीट में अंधेरा था।", "स्ट्रीट"),  # a Hindi function word before the kind word
        ("उसकी स्किन धूप में जल गई।", "स्किन"),  # no kind word, no prefix
        ("किसान की रोड पर ट्रैक्टर खड़ा था।", "रोड"),
    ],
)
def test_words_outside_place_names(text, word):
    assert not placed(text, word)


def test_the_source_must_capitalise_the_kind_word():
    text = "प्रदर्शन ऑक्सफ़ोर्ड स्ट्रीट से शुरू हुआ।"
    assert placed(text, "स्ट्रीट", "The march began on Oxford Street.")
    assert not placed(text, "स्ट्रीट", "The march began on the street by the college.")


def test_a_word_initial_vowel_must_agree():
    """रेन (*rain*) spells the end of *arena*: no kind word, and हल्की रेन stays a transliteration."""
    assert place_kind("रेन") is None
    assert not placed("कल हल्की रेन होगी।", "रेन")
