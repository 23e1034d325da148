"""Round 17: HI408's loans Hindi writes (audit/rules/translit_loans.py). Every silent sentence was
flagged before the guard; the flagged ones are errors of the same shapes that stay flagged. The
sentences are from no test set."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, wordnet
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config
from audit.rules.translit_loans import dictionary_writes, person_without_hindi

load_all_checks()
needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


def spans(text: str) -> list[str]:
    seg = Segment("t", 0, text)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config({}))
    return [f.span for f in REGISTRY["HI408"].run(seg, ctx)]


@needs_resources
@pytest.mark.parametrize(
    "text",
    [
        "टेनिस में एडवांटेज के बाद उसने अंक जीता।",  # FreeDict's Hindi for *advantage* is एडवांटेज too
        "अस्पताल के इंटर्न ने मरीज़ की जांच की।",  # intern → कैद (captivity): no person
        "वह पार्ट-टाइम नौकरी करती है।",  # an English hyphenated compound
        "स्टॉर्म के कॉन्सर्ट के टिकट बिक गए।",  # a band: its genitive takes a concert
        "ड्रोन निर्माता स्काई ने नया मॉडल उतारा।",  # a maker's name after the kind of maker
    ],
)
def test_loans_hindi_writes_are_silent(text):
    assert spans(text) == [], text


@needs_resources
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("तूफ़ान के बाद स्टॉर्म का असर दिखा।", "स्टॉर्म"),  # no band's head after the genitive
        ("पेड़ पर मंकी-बंदर बैठे थे।", "मंकी"),  # hyphened to a Hindi word: no English compound
        ("फ़ार्मर ने खेत जोता।", "फ़ार्मर"),  # farmer → किसान (peasant): a person
        ("प्रीस्ट ने पूजा कराई।", "प्रीस्ट"),
        ("नए ड्रमर ने रियाज़ शुरू किया।", "ड्रमर"),  # an agent noun of *drum*: Hindi derives one
        ("स्विमर ने नदी पार की।", "स्विमर"),  # swimmer → तैराकी (swimming): Hindi's doer is तैराक
    ],
)
def test_same_shapes_still_flagged(text, span):
    assert spans(text) == [span], text


@needs_resources
def test_the_classes_read_the_resources():
    assert dictionary_writes("पिचर", "pitcher") and not dictionary_writes("मिरर", "mirror")
    assert person_without_hindi("intern", "कैद")
    assert not person_without_hindi("farmer", "किसान")  # the Hindi word names a person
    assert not person_without_hindi("padlock", "ताला")  # no person
    assert not person_without_hindi("brave", "मौसम")  # an adjective first
