"""HI513 by FreeDict's sense examples (audit/rules/source/sense_examples.py) and the examples'
reader (audit/lang/engdict.py: sense_examples)."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules.source.common import dictionary


def _needs() -> None:
    if dictionary() is None or not wordnet.available():
        pytest.skip("needs FreeDict and WordNet")


def _spans(src: str, mt: str) -> list[str]:
    from audit.rules.source.sense_examples import example_clashes

    return [mt[c.start : c.end] for c in example_clashes(src, mt)]


def test_sense_examples_keep_each_sense_with_its_example():
    _needs()
    senses = engdict.sense_examples("palm")
    nouns = [s for s in senses if s.pos == "N"]
    assert [s.rank for s in nouns] == [1, 2]
    assert all(s.example and s.example_hindi for s in nouns)
    assert "tree" in nouns[1].example.lower()
    assert engdict.sense_examples("no-such-headword") == ()


def test_collocate_of_another_sense_flags_the_mt_sense():
    _needs()
    assert _spans("The gate needs a fresh coat of paint.", "गेट को पेंट के एक नए कोट की ज़रूरत है।") == ["कोट"]
    # a WordNet compound's definition ("palm tree") is the context
    assert _spans("A coconut palm fell on the hut.", "झोपड़ी पर एक नारियल की हथेली गिर गई।") == ["हथेली"]


def test_a_collocate_across_the_clause_counts():
    """*walls* is seven words from *lime*: within the window (a clause's worth), FreeDict's "Use
    lime to paint the walls" sense (चूना) is the one selected; the fruit's Hindi is the clash."""
    _needs()
    src = "The old walls of the village school were painted with lime."
    assert _spans(src, "गांव के स्कूल की पुरानी दीवारों को नींबू से रंगा गया था।") == ["नींबू"]
    assert _spans(src, "गांव के स्कूल की पुरानी दीवारों को चूने से रंगा गया था।") == []
    assert _spans("She added a slice of lime to the cold drink.", "उसने ठंडे पेय में नींबू का एक टुकड़ा डाला।") == []


def test_right_sense_loan_and_plain_use_are_not_flagged():
    _needs()
    assert _spans("The gate needs a fresh coat of paint.", "गेट पर पेंट का एक नया लेप चाहिए।") == []
    assert _spans("A coconut palm fell on the hut.", "झोपड़ी पर नारियल का एक ताड़ का पेड़ गिर गया।") == []
    assert _spans("He wore a warm coat in winter.", "उसने सर्दियों में गर्म कोट पहना।") == []
    # the English word spelled out carries every sense
    assert _spans("The cabinet approved the new railway line.", "मंत्रिमंडल ने नई रेलवे लाइन को मंज़ूरी दी।") == []
    # an everyday collocate (last) says nothing about the sense
    assert _spans("A fire broke out in a factory last night.", "कल रात एक फ़ैक्टरी में आग लग गई।") == []


def test_part_sense_rendered_by_the_translation_whose_example_names_the_partner():
    _needs()
    from audit.rules.source.sense_parts import part_clashes

    src = "The nurse looked at the pupil of her eye."
    assert [c.english for c in part_clashes(src, "नर्स ने उसकी आंख के छात्र को देखा।")] == ["pupil"]
    assert part_clashes(src, "नर्स ने उसकी आंख की पुतली को देखा।") == ()


def test_a_natural_kind_is_read_with_the_kinds_above_it():
    """*goats* are animals: FreeDict's *pen* example ("a pen for my animals") selects the enclosure;
    a quantity's or an act's hypernyms are not climbed."""
    _needs()
    from audit.rules.source.sense_examples import kinds_above

    assert "animal" in kinds_above("goat") and "mammal" in kinds_above("goat")
    assert kinds_above("kilometre") == frozenset() and kinds_above("meeting") == frozenset()
    src = "At night the farmer shuts the goats in a pen."
    assert _spans(src, "रात को किसान बकरियों को एक कलम में बंद कर देता है।") == ["कलम"]
    assert _spans(src, "रात को किसान बकरियों को एक बाड़े में बंद कर देता है।") == []
    assert _spans("He signed the cheque with a red pen.", "उसने लाल कलम से चेक पर हस्ताक्षर किए।") == []
