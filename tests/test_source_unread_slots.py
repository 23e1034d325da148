"""HI503's unread slot (rules/source/unread_slots.py): a name part no MT word reads, whose slot
right after the name's spelled part holds a Hindi word. Names here are not those of the held-out
sets (made up for the test: the class needs no dictionary of the name's language)."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.core.text import words
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks
from audit.rules.source import common, name_translation, unread_slots

load_all_checks()


def spans(mt: str, src: str) -> list[str]:
    seg = Segment("t", 0, mt, src=src)
    return [f.span for f in REGISTRY["HI503"].run(seg, CheckContext(document=[seg]))]


def test_a_hindi_word_no_dictionary_links_to_the_part() -> None:
    # Portuguese Pereira (pear tree), Russian Sokolov (falcon): words wordfreq does not list
    src = "Goalkeeper Tiago Pereira saved two penalties."
    assert spans("गोलकीपर तियागो नाशपाती ने दो पेनल्टी बचाईं।", src) == ["नाशपाती"]
    assert spans("गोलकीपर तियागो पेरेरा ने दो पेनल्टी बचाईं।", src) == []
    src = "Cellist Yevgeny Sokolov toured Japan."
    assert spans("चेलो वादक येवगेनी बाज़ ने जापान का दौरा किया।", src) == ["बाज़"]
    assert spans("चेलो वादक येवगेनी सोकोलोव ने जापान का दौरा किया।", src) == []


def test_a_reading_wins() -> None:
    # an Indian name whose part is a Hindi word reads the part (Kamal → कमल)
    assert spans("अभिनेता राजीव कमल ने पुरस्कार लिया।", "Actor Rajiv Kamal received the award.") == []
    # letters English writes and does not say
    assert unread_slots.reads_part("Wainwright", "वेनराइट")
    assert unread_slots.reads_part("Kamal", "कमल")
    assert not unread_slots.reads_part("Pereira", "नाशपाती")


def test_the_part_written_elsewhere_or_the_slot_holding_something_else() -> None:
    # the surname found elsewhere in the MT (Hindi order, an apposition): the slot is no name's
    src = "Tiago Pereira, the goalkeeper, saved two penalties."
    assert spans("तियागो, गोलकीपर पेरेरा, ने दो पेनल्टी बचाईं।", src) == []
    # the word after the given name spells another word of the source, or translates one
    src = "Tiago Pereira saved the penalties."
    mt = "तियागो पेनल्टी बचाईं।"
    assert not unread_slots.unread_slot_word("Pereira", "पेनल्टी", words(mt), src, frozenset())
    assert spans("तियागो सफल रहे।", "Tiago Pereira was successful.") == []
    # an honorific, kin or a collective after the given name: ordinary Hindi after a name
    src = "Tiago Pereira saved two penalties."
    for word in ("जी", "भाई", "परिवार"):
        mt = f"तियागो {word} ने दो पेनल्टी बचाईं।"
        assert not unread_slots.unread_slot_word("Pereira", word, words(mt), src, frozenset())


def test_a_short_given_name_anchors_the_slot() -> None:
    # a given name of one consonant (Ivo, Una) spelled by a word Hindi text hardly uses places
    # the name; a common Hindi word of that key (आना for Ana) does not
    src = "Sculptor Ivo Zlatar unveiled the statue."
    assert spans("मूर्तिकार इवो सुनार ने प्रतिमा का अनावरण किया।", src) == ["सुनार"]
    assert spans("मूर्तिकार इवो ज़्लातार ने प्रतिमा का अनावरण किया।", src) == []


@pytest.mark.skipif(common.dictionary() is None, reason="FreeDict eng-hin not installed")
def test_hi514_reads_a_doubled_consonant_spelled_single() -> None:
    # FreeDict writes बतख, Hindi text mostly बत्तख: the same word
    seg = Segment("t", 0, "ब्रिस्टल बत्तखों ने लीड्स को हराया।", src="The Bristol Ducks beat Leeds.")
    assert [t.hindi for t in name_translation.name_translations(seg.src or "", seg.text)] == ["बत्तखों"]


@pytest.mark.skipif(common.dictionary() is None, reason="FreeDict eng-hin not installed")
def test_the_slot_after_a_role_noun() -> None:
    # a whole name read nowhere, right after the translation of the role before it
    src = "The painter Hei Shan exhibited in Delhi."
    assert spans("चित्रकार काला पहाड़ ने दिल्ली में प्रदर्शनी लगाई।", src) == ["काला", "पहाड़"]
    assert spans("चित्रकार हेई शान ने दिल्ली में प्रदर्शनी लगाई।", src) == []


@pytest.mark.skipif(common.dictionary() is None, reason="FreeDict eng-hin not installed")
def test_hi514_leaves_a_public_bodys_kind_and_field_translated() -> None:
    # a body word (WordNet: an administrative unit) is Hindi's when translated (title_bodies)
    src = "The Directorate of Fisheries issued a notice on Monday."
    mt = "मत्स्य निदेशालय ने सोमवार को एक नोटिस जारी किया।"
    assert name_translation.name_translations(src, mt) == ()
