"""HI207's one-word source names (audit/rules/title_brands.py): a capitalised word of the source
that names a club, a company or a building, rendered by the dictionary Hindi of the common word.
Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_brands as tb

needs = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


def _spans(mt: str, src: str) -> list[str]:
    return [mt[s:e] for s, e, _en in tb.brand_calques(mt, src)]


@needs
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        (
            "Thousands queued outside the Gherkin on Sunday.",
            "रविवार को हज़ारों लोग खीरे के बाहर कतार में थे।",
            "खीरे",
        ),
        ("Tesla shares jumped after the results.", "नतीजों के बाद टेस्ला के शेयर उछले।", None),  # transliterated
        ("Apple shares fell on Monday.", "सोमवार को सेब के शेयर गिर गए।", "सेब"),  # a company's stock
    ],
)
def test_one_word_names_rendered_as_the_common_word(src: str, mt: str, span: str | None) -> None:
    assert _spans(mt, src) == ([span] if span else [])


@needs
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("Apples fell from the tree.", "पेड़ से सेब गिरे।"),  # a sentence's first word, no company noun
        ("She wrote a book about Partition.", "उन्होंने विभाजन पर एक किताब लिखी।"),  # an event: translated
        ("The Articles were signed in 1781.", "लेख 1781 में हस्ताक्षरित हुए।"),  # opening The: as the first word
        ("He thanked God for the win.", "उसने जीत के लिए भगवान का शुक्रिया अदा किया।"),  # WordNet writes God
        ("The team will play on Sundays.", "टीम रविवार को खेलेगी।"),  # weekdays
        ("The Rose Garden was full.", "गुलाब उद्यान भरा हुआ था।"),  # a longer run: title_source's
    ],
)
def test_sentence_openers_events_and_common_capitals_stay_silent(src: str, mt: str) -> None:
    assert _spans(mt, src) == []


@needs
def test_wordnet_capitals_but_places() -> None:
    assert tb.capitalised_in_wordnet("earth") and tb.capitalised_in_wordnet("christmas")
    assert not tb.capitalised_in_wordnet("bath")  # a place (Bath): its name is transliterated
    assert tb.abstract("partition") and not tb.abstract("shard")
