"""HI207's frozen-name frame: an -आ adjective Hindi inflects, left in its direct form before its
translated noun and a postposition, marks a name translated word for word
(audit/rules/title_frozen.py). Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import title_frozen as tf

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str) -> list[str]:
    return [mt[s:e] for s, e, _n in tf.frozen_calques(mt)]


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("हरा पत्ता ने अपने शेयर बेच दिए।", "हरा पत्ता"),  # a firm's name, before ने
        ("पुराना जहाज़ को इस साल दो पुरस्कार मिले।", "पुराना जहाज़"),  # before को
        ("यह सामान काला घोड़ा से मँगाया गया।", "काला घोड़ा"),  # before से
    ],
)
def test_an_uninflected_adjective_before_a_postposition_marks_a_name(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "हरे पत्ते ने हवा का रुख़ बताया।",  # inflected: ordinary Hindi
        "पुराने जहाज़ को तोड़ दिया गया।",  # inflected
        "ताज़ा ख़बरों में बाढ़ का हाल बताया गया।",  # an invariant -आ adjective
        "वह सीधा घर को लौट गया।",  # an adverb
        "आंधी में एक पुराना पेड़ का तना टूट गया।",  # not before a postposition
        "हमने फ़िल्म काला पत्थर में उनका अभिनय देखा।",  # a work's title after its kind noun
        "पानी का टीका अभियान में बच्चों को दवा दी गई।",  # a noun, not an adjective
        "उसका भाई दफ़्तर में है।",  # a pronoun's genitive
    ],
)
def test_inflected_invariant_and_adverbial_uses_stay_silent(mt: str) -> None:
    assert _spans(mt) == []
