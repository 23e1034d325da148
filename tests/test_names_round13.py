"""Round-13 name class (issue 14): HI105 on East Asian hyphenated given names whose every part has
the shape of one romanised syllable (हा-नल, दे-जंग) — a Hindi word of that shape is as likely the
syllable transliterated as translated — with translated syllables of other shapes still found."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.rules.name_hyphen import romanised_syllables
from audit.rules.names import norm
from audit.rules.registry import load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@pytest.mark.parametrize("parts", [("हा", "नल"), ("दे", "जंग"), ("मेई", "लिंग"), ("ताए", "ह्युन"), ("इन", "सू")])
def test_romanised_syllable_shapes(parts):
    assert romanised_syllables([norm(p) for p in parts])


@pytest.mark.parametrize(
    "parts", [("गीत", "ही"), ("सूरज", "मी"), ("जी", "चांद"), ("करो", "यून"), ("मिन", "युवा"), ("जाओ", "उन")]
)
def test_translations_of_other_shapes(parts):
    assert not romanised_syllables([norm(p) for p in parts])


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "अभिनेता ली जी-मन ने नई फ़िल्म साइन की।",  # मन: a syllable Min/Man, also "mind"
        "तैराक किम सो-जल ने स्वर्ण जीता।",  # जल: Jeol/Jal, also "water"
        "गायिका पार्क दा-कल ने कॉन्सर्ट रद्द किया।",  # कल: Kal, also "tomorrow"
    ],
)
def test_hi105_silent_on_syllable_shaped_names(text):
    assert run("HI105", text) == []


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("महासचिव बान की-चंद्रमा ने भाषण दिया।", "बान की-चंद्रमा"),  # a longer word
        ("राष्ट्रपति मून जे-में ने कहा।", "मून जे-में"),  # a case marker in the hyphen
        ("अभिनेत्री किम गीत-ही ने पुरस्कार जीता।", "किम गीत-ही"),  # -t ends no such syllable
    ],
)
def test_hi105_still_finds_other_shapes(text, span):
    assert [f.span for f in run("HI105", text)] == [span]
