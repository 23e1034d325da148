"""Round-13 HI104 class (issue 14): a one-syllable East Asian surname and given name (लिन दान), each
of the shape of one romanised syllable, is transliterated — a Hindi word of that shape is as likely
the syllable as a translation. The other side: a listed Western given name before a one-syllable
Hindi word (जैक जोंक: Jack Leach) and longer calques (हॉली शिकारी) are still flagged."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.rules.name_class import all_given_names
from audit.rules.name_data import east_asian_pair
from audit.rules.names import units
from audit.rules.registry import load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@pytest.mark.parametrize(
    ("pair", "expected"), [("वू दाम", True), ("लिन दान", True), ("जैक जोंक", False), ("हॉली शिकारी", False)]
)
def test_east_asian_pair_shape(pair, expected):
    a, b = units(pair)
    assert (a.key not in all_given_names() and east_asian_pair(a, b)) is expected


@needs_dict
@pytest.mark.parametrize("text", ["धावक वू दाम ने दौड़ जीती।", "बैडमिंटन खिलाड़ी लिन दान ने संन्यास लिया।"])
def test_hi104_silent_on_east_asian_syllable_pair(text):
    assert run("HI104", text) == []


@needs_dict
@pytest.mark.parametrize(
    ("text", "word"),
    [("गेंदबाज़ जैक जोंक ने पांच विकेट लिए।", "जोंक"), ("अभिनेत्री हॉली शिकारी ने एक पुरस्कार जीता।", "शिकारी")],
)
def test_hi104_still_flags_western_given_name_calques(text, word):
    assert any(word in f.span for f in run("HI104", text))
