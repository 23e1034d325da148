"""audit.rules.plain_hindi: ordinary Hindi in the shape of a name calque (HI104, HI105)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import plain_hindi as P

needs_dictionary = pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")


def test_distributive_pairs():
    assert P.distributive("अपना-अपना") and P.distributive("एक-एक")
    assert not P.distributive("की-मून") and not P.distributive("माता-पिता")


@needs_dictionary
def test_plural_compound_of_people_is_plain_hindi():
    assert P.plural_compound("मिल-मालिकों")
    # a surname rendered as a plural thing stays a name calque
    assert not P.plural_compound("छोटे-घरों")
    assert not P.plural_compound("जहाज़-मालिक")  # singular: the name rules decide


@needs_dictionary
def test_noun_compound_before_plural_people():
    assert P.noun_compound("वन", "रक्षकों")
    assert not P.noun_compound("बिल", "फाटकों")  # Bill Gates: gates are things
    assert not P.noun_compound("वन", "रक्षक")  # no plural


@needs_dictionary
def test_ordinary_on_spans():
    text = "सबने अपना-अपना थैला उठाया।"
    assert P.ordinary(text, 0, len("सबने अपना-अपना"))
    text = "वन रक्षकों ने उद्यान में चालीस हिरन गिने।"
    assert P.ordinary(text, 0, len("वन रक्षकों"))
    text = "जिम बैंकों ने इस्तीफ़ा दिया।"
    assert not P.ordinary(text, 0, len("जिम बैंकों"))
