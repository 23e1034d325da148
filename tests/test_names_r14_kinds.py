"""Round-14 HI104 class (issues 13, 14): a noun of a kind that is no surname reading in a surname's
place after a given name — a place or a body of people (शहर, नगर: WordNet noun.location/noun.group),
an activity, a quantity or a time (तैराकी, खेती, दौड़, दोपहर: noun.act/quantity/time, and Hindi
verbal nouns in -आई of a dictionary verb: बुनाई, चढ़ाई) — unless its English is a listed name part.
The other side: before ने or a genitive an activity or a day is read as a name (हांसी झटका ने:
Hansi Flick; क्रिस्टोफ़ शुक्रवार ने: Christoph Freitag), and listed name words stay flagged."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict, wordnet
from audit.rules.name_kinds import kind_noun
from audit.rules.names import units
from audit.rules.registry import load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


def _key(word: str) -> str:
    return units(word)[0].key


@needs_dict
@pytest.mark.parametrize(
    ("word", "before", "after", "expected"),
    [
        ("शहर", "इलाना", "ने", True),  # a place, also before ने
        ("बुनाई", "मार्गरेट", "बच्चों", True),  # a verbal noun in -आई of बुनना
        ("खेती", "एमिली", "अपने", True),  # an activity
        ("खेती", "एमिली", "ने", False),  # … before ने the pair is a name
        ("दोपहर", "पीटर", "को", True),  # a time word before को
        ("शुक्रवार", "क्रिस्टोफ़", "ने", False),  # a day before ने: Freitag
        ("मैदान", "जॉन", None, False),  # Field: a listed name part
        ("लोहार", "जेम्स", None, False),  # Smith: a person noun, no kind
    ],
)
def test_kind_noun(word, before, after, expected):
    assert kind_noun(_key(word), before, _key(after) if after else None) is expected


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "राजनयिक इलाना शहर ने हैदराबाद का दौरा किया।",
        "मार्गरेट बुनाई बच्चों को सिखाती थीं।",
        "एमिली खेती अपने पिता से सीख रही थीं।",
        "धाविका ग्रेटा दौड़ पूरी नहीं कर सकीं।",
        "अधिकारी मार्गरेट नगर पालिका पहुँचीं।",
        "थॉमस चढ़ाई पूरी करके लौटे।",
        "वैज्ञानिक ग्रेटा रात को प्रयोगशाला पहुँचीं।",
    ],
)
def test_hi104_silent_on_kind_nouns_after_a_given_name(text):
    assert run("HI104", text) == []


@needs_dict
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("कोच हांसी झटका ने युवा खिलाड़ियों की तारीफ़ की।", "झटका"),
        ("क्रिस्टोफ़ शुक्रवार ने गोल किया।", "शुक्रवार"),
        ("अभिनेता ब्रैड गड्ढा ने पुरस्कार जीता।", "गड्ढा"),
        ("शेफ़ टिम रसोइया ने खाना बनाया।", "रसोइया"),
    ],
)
def test_hi104_still_flags_other_calques(text, word):
    assert any(word in f.span for f in run("HI104", text))
