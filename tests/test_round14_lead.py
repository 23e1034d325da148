"""Round-14 source-check classes (issue 13), each with its other side checked:

* HI505 reads no negation in a Hindi negator that is how a capitalised word of the source sounds
  (*Li Na* → ली ना, *Matt* → मत): a part of a name;
* HI505 lets *be out of* (*the pumps were out of diesel*) license a Hindi negation: a state of
  lacking, said in Hindi as डीज़ल नहीं था (a motion *out of* a place licenses none);
* HI501 reads the words Hindi makes of a number as that number: the boundaries of cricket
  (*a six* → छक्का, *fours* → चौके) and दुविधा (*in two minds*).
"""

from __future__ import annotations

import pytest
from rule_run import run

from audit.rules.registry import load_all_checks

load_all_checks()


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("Winger Na Seong-min crossed for the winner.", "विंगर ना सियोंग-मिन ने विजयी गोल के लिए क्रॉस दिया।"),
        ("Matt Dawson will coach the side.", "मत डॉसन टीम को प्रशिक्षित करेंगे।"),
    ],
)
def test_negator_that_spells_a_source_name_is_no_negation(src, mt):
    assert not run("HI505", mt, src)


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("Winger Seong-min crossed for the winner.", "विंगर सियोंग-मिन ने विजयी गोल के लिए क्रॉस नहीं दिया।"),
        ("Na Seong-min scored twice.", "ना सियोंग-मिन ने दो गोल नहीं किए।"),
    ],
)
def test_added_negation_beside_a_name_is_still_flagged(src, mt):
    assert [f.span for f in run("HI505", mt, src)] == ["नहीं"]


def test_being_out_of_something_licenses_a_negation():
    assert not run("HI505", "पेट्रोल पंपों पर डीज़ल नहीं था।", "The petrol pumps were out of diesel.")
    assert not run("HI505", "क्लिनिक में टीके नहीं हैं।", "The clinic is out of vaccines.")


def test_moving_out_of_a_place_licenses_no_negation():
    assert run("HI505", "बच्चे कक्षा से बाहर नहीं आए।", "The children came out of the classroom.")


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The opener hit a six off the first ball.", "सलामी बल्लेबाज़ ने पहली गेंद पर छक्का मारा।"),
        ("She struck three fours in the over.", "उसने उस ओवर में तीन चौके लगाए।"),
        ("The council is in two minds about the flyover.", "परिषद फ़्लाईओवर को लेकर दुविधा में है।"),
    ],
)
def test_words_made_of_a_number_keep_it(src, mt):
    assert not run("HI501", mt, src)


def test_a_count_of_sixes_still_needs_its_number():
    assert run("HI501", "उसने आख़िरी ओवर में छक्के लगाए।", "He hit four sixes in the last over.")
