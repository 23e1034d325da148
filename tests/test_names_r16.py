"""Round 16, names with the source (HI503): the classes built this round, each with clean members.

* a name after a role noun read nowhere in the MT, the role's rendering (गायिका, रैपर) naming the
  slot and a Hindi word filling it, whether or not a dictionary knows the name
  (:mod:`audit.rules.source.mononyms`, :mod:`audit.rules.source.part_places`);
* a particle translated (*ten* → दस) and a particle the MT dropped (*dos*: the next part's slot
  moves up one);
* Al- hyphened inside a name is a particle, not a given name;
* an East-Asian family name spelled by a word Hindi text hardly uses anchors the name;
* a hyphened Hindi compound in a slot is judged by its first content word;
* a lower-case *ten* between two capitalised words is a name's particle, not a count (HI501).
"""

from __future__ import annotations

import pytest

from audit.core.text import words
from audit.rules.source import numbers
from audit.rules.source.names import compare_names, source_names
from audit.rules.source.part_places import role_position


def _calques(src: str, mt: str) -> list[str]:
    return [w for i in compare_names(src, mt) if i.kind == "calque" for w in i.mt_words]


@pytest.mark.parametrize(
    ("src", "mt", "word"),
    [
        # a role noun names the slot; the word in it is Hindi, no MT word reads the name
        ("The singer Opal sang two songs.", "गायिका ओपल ने दो गीत गाए।", None),
        ("The rapper Gravel performed in Delhi.", "रैपर बजरी ने दिल्ली में प्रस्तुति दी।", "बजरी"),
        ("Singer Kamal sang at the fair.", "गायक कमल ने मेले में गाया।", None),  # a reading wins
        ("The singer Pooja sang a bhajan.", "गायिका पूजा ने एक भजन गाया।", None),
        # a particle translated, and one the MT dropped
        ("Coach Bart ten Cate left the club.", "कोच बार्ट दस केट ने क्लब छोड़ दिया।", "दस"),
        ("Coach Bart ten Cate left the club.", "कोच बार्ट टेन काटे ने क्लब छोड़ दिया।", None),
        ("Poet Maria das Dores read a poem.", "कवयित्री मारिया दुख ने एक कविता पढ़ी।", "दुख"),
        ("Poet Maria das Dores read a poem.", "कवयित्री मारिया दास डोरेस ने एक कविता पढ़ी।", None),
        # an East-Asian family name anchors the name
        ("The novel is by Zhou Xueqin.", "यह उपन्यास झोउ बर्फ़-वीणा का है।", "बर्फ़"),
        ("The novel is by Zhou Xueqin.", "यह उपन्यास झोउ श्वेचिन का है।", None),
    ],
)
def test_round16_slots(src: str, mt: str, word: str | None) -> None:
    found = _calques(src, mt)
    assert (word in found) if word else not found, found


def test_role_rendered_by_a_read_back_synonym() -> None:
    """A role the dictionary renders only the other way round (पर्वतारोही → *mountaineer*, a kind of
    *climber*) still names the slot; an artist is no kind of singer."""
    assert role_position("Climber", words("पर्वतारोही केन चट्टान चोटी पर पहुँचे।"), set()) == 0
    assert role_position("singer", words("कलाकार केन मंच पर आए।"), set()) is None


def test_arabic_al_is_a_particle() -> None:
    run = source_names("Winger Salem Al-Harbi scored.")[0]
    al = next(t for t in run if t.text == "Al")
    assert al.optional
    assert not next(t for t in run if t.text == "Salem").optional


def test_ten_between_capitals_is_no_count() -> None:
    src = "Dirk ten Brink won the stage."
    assert not [x for x in numbers.english_numbers(src) if numbers._counted_word(x, src)]
    src = "He won ten stages."
    assert [x for x in numbers.english_numbers(src) if numbers._counted_word(x, src)]
