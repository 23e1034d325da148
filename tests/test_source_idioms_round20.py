"""Round 20's HI512 classes with the source (docs/quality.md, "Idioms with the source, round 20").
The sentences here are new (none is in a dev set or in tests/data/idiomsS_r20)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules.source import idioms

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _spans(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, *_ in idioms.idiom_findings(src, mt)]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # Hindi's own idiom with the English image: मक्खन लगाना is flattery in Hindi too
        ("The trainee kept buttering up the editor.", "प्रशिक्षु संपादक को मक्खन लगाता रहा।"),
        ("The envoy buttered up the king.", "दूत ने राजा को मक्खन लगाया।"),
        # अंगूर खट्टे हैं, चूहे-बिल्ली का खेल, लाल कालीन बिछाना
        ("His complaints about the prize are sour grapes.", "पुरस्कार पर उसकी शिकायतें अंगूर खट्टे होने वाली बात है।"),
        (
            "The two rebels played cat and mouse with the army.",
            "दोनों विद्रोही सेना के साथ चूहे-बिल्ली का खेल खेलते रहे।",
        ),
        ("The town rolled out the red carpet for the champion.", "शहर ने विजेता के लिए लाल कालीन बिछा दिया।"),
    ],
)
def test_hindis_own_idiom_is_no_calque(src: str, mt: str) -> None:
    assert _spans(src, mt) == []


def test_established_phrase_reads_the_first_word_as_a_lemma() -> None:
    assert idioms._established_phrase("buttering up")
    assert idioms._established_phrase("Buttered up")
    assert idioms._established_phrase("red carpet")
    assert not idioms._established_phrase("buttered bread")
    assert not idioms._established_phrase("")
