"""audit.rules.plain_hindi: ordinary Hindi in the shape of a name calque (HI104, HI105)."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
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


needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


@needs_dictionary
@needs_wordnet
def test_occupation_compound_needs_a_noun_and_an_agent_head():
    assert P.occupation_compound("फल-विक्रेता") and P.occupation_compound("ट्रक-चालक")
    assert not P.occupation_compound("चिड़िया-आदमी")  # Birdman: आदमी is no agent noun
    assert not P.occupation_compound("काले-पादरी")  # Blackfriars: an adjective before the head
    assert not P.occupation_compound("हिरन-घास-जंगल-रक्षक")  # a chain of words: a calqued surname


@needs_dictionary
@needs_wordnet
def test_occupation_compound_in_and_out_of_a_name_slot():
    text = "सब्ज़ी-विक्रेता और ऑटो-चालक ने दाम बढ़ाए।"
    assert P.ordinary(text, 0, len("सब्ज़ी-विक्रेता"))
    start = text.index("और")
    assert P.ordinary(text, start, start + len("और ऑटो-चालक"))
    # a role before a given name: यूनानी जहाज़-मालिक निकोस …
    text = "यूनानी जहाज़-मालिक निकोस पापाडोपूलोस ने तीन टैंकर ख़रीदे।"
    assert P.ordinary(text, 0, len("यूनानी जहाज़-मालिक"))
    # after a given name it is an occupational surname's slot (Nikos Sellers → निकोस फल-विक्रेता)
    text = "निकोस फल-विक्रेता ने तीन टैंकर ख़रीदे।"
    assert not P.ordinary(text, 0, len("निकोस फल-विक्रेता"))


@needs_dictionary
def test_participle_before_a_noun_is_no_given_name():
    assert P.participle("मरी") and P.participle("जली")
    assert not P.participle("मारिया") and not P.participle("साने")  # no verb; too rare
    text = "ग्रामीणों ने मरी गाय को खेत के पास दफ़नाया।"
    start = text.index("मरी")
    assert P.ordinary(text, start, start + len("मरी गाय"))
    # a listed given name stays a name (टिम रसोइया)
    text = "कल टिम रसोइया को पुरस्कार मिला।"
    start = text.index("टिम")
    assert not P.ordinary(text, start, start + len("टिम रसोइया"))


@needs_dictionary
@needs_wordnet
def test_a_place_abroad_written_with_its_kind():
    assert (
        P.place_kind("नदी") and P.place_kind("द्वीप") and not P.place_kind("पहाड़")
    )  # a mountain: a surname's
    text = "मालवाहक जहाज़ मोज़ेल नदी में फंस गया।"  # the Moselle river
    i = text.index("मोज़ेल नदी")
    assert P.ordinary(text, i, i + len("मोज़ेल नदी"))
    text = "फ़ुटबॉलर पाब्लो नदी ने गोल किया।"  # a person word before: the surname translated
    i = text.index("पाब्लो नदी")
    assert not P.ordinary(text, i, i + len("पाब्लो नदी"))
