"""HI516: a noun the MT writes twice where the source says it once (rules/source/said_once.py)."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks
from audit.rules.source import common

load_all_checks()
pytestmark = pytest.mark.skipif(common.dictionary() is None, reason="FreeDict eng-hin not installed")


def spans(src: str, mt: str) -> list[str]:
    seg = Segment("t", 0, mt, src=src)
    out = list(REGISTRY["HI516"].run(seg, CheckContext(document=[seg])))
    for f in out:
        assert f.span == mt[f.start : f.end]
        assert f.category == "repetition"
    return [f.span for f in out]


@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # back to back: Hindi could reduplicate these nouns, the source says each once
        ("Heavy snow fell in Shimla.", "शिमला में भारी बर्फ़ बर्फ़ गिरी।", "बर्फ़ बर्फ़"),
        ("The cat slept on the roof.", "बिल्ली छत छत पर सो गई।", "छत छत"),
        # a few words between, a compound postposition among them
        ("The farmer sold his cow at the fair.", "किसान ने अपनी गाय मेले में गाय बेच दी।", "गाय मेले में गाय"),
    ],
)
def test_a_noun_the_source_names_once(src: str, mt: str, span: str) -> None:
    assert spans(src, mt) == [span]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the source says it distributively: the doubling is the translation
        ("Volunteers went to every house.", "स्वयंसेवक घर घर गए।"),
        ("Police were deployed at many places.", "जगह जगह पुलिस तैनात थी।"),
        # the source says it twice
        ("Day after day the rain continued.", "दिन पर दिन बारिश जारी रही।"),
        # a hyphenated pair is one word
        ("Volunteers went door to door.", "स्वयंसेवक घर-घर गए।"),
        # a second thing: its own possessor between the mentions
        ("The river's tributary was polluted.", "नदी की सहायक नदी प्रदूषित थी।"),
        # a Hindi word that spells a source name is the name
        ("The president lives at Rashtrapati Bhavan.", "राष्ट्रपति राष्ट्रपति भवन में रहते हैं।"),
        # an agent noun with वाला is a word of its own (the seller, the vegetables)
        ("The seller washed the vegetables.", "सब्ज़ी वाली ने सब्ज़ी धोई।"),
        # an adjective reduplicates as Hindi does
        ("He sold his old bicycle.", "उसने अपनी पुरानी पुरानी साइकिल बेच दी।"),
        # no source: the rule does not run
        ("", "बिल्ली छत छत पर सो गई।"),
    ],
)
def test_silent(src: str, mt: str) -> None:
    assert spans(src, mt) == []


def test_repeats_hi301_reports_are_left_to_it() -> None:
    # HI301 flags a noun counted by a number and closed by a postposition; HI516 adds nothing
    assert spans("The meeting lasted six hours.", "बैठक छह घंटे घंटे तक चली।") == []
