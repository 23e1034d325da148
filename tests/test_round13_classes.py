"""Round-13 name and transliteration classes (issue 14), each with its other side checked:

* HI105 on East Asian hyphenated given names whose every part has the shape of one romanised
  syllable (हा-नल, दे-जंग) — a Hindi word of that shape is as likely the syllable transliterated;
* HI408 on the English plural that closes a team or company name after a place (मुंबई इंडियंस),
  not after a Hindi word that only sounds English (पांच कैंडिडेट्स);
* HI105 on a compound surname calqued part by part after an honorific (श्री पत्थर-पुल से), which
  stands only before names, with any case marker after it (other person words: the ergative only);
* HI505 reads no negation in a hyphenated word (ना-रा, हा-ना: a name's syllables; कुछ-न-कुछ);
* HI402 reads a verb stem in -ा with its perfective ending (जुटाया, थमाया) as one verb, and
  HI408 a form of a Hindi verb in -ाना the dictionary gives (मनाई: मनाना) as Hindi;
* HI501 reads a mixed number before a scale word as one value (*two and a half lakh* = ढाई लाख)
  and a fraction word alone before a scale as that fraction of one (सवा लाख = 125,000).
"""

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


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "मुंबई इंडियंस ने चार खिलाड़ियों को रिलीज़ किया।",  # a place, then the plural: a team
        "राजस्थान रॉयल्स ने नया कप्तान चुना।",
    ],
)
def test_hi408_silent_on_a_plural_after_a_place(text):
    assert run("HI408", text) == []


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("पांच कैंडिडेट्स ने अपने नामांकन दाखिल किए हैं।", "कैंडिडेट्स"),  # पांच sounds like punch: Hindi
        ("पुलिस को उसके ख़िलाफ़ कोई एविडेंस नहीं मिला।", "एविडेंस"),  # -ंस of evidence: no plural
    ],
)
def test_hi408_still_flags_plurals_after_hindi_words(text, span):
    assert [f.span for f in run("HI408", text)] == [span]


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("पुलिस ने श्रीमती पत्थर-पुल को बुलाया।", "श्रीमती पत्थर-पुल"),  # an honorific, any case marker
        ("हमने मिस्टर लोहा-पुल से बात की।", "मिस्टर लोहा-पुल"),
    ],
)
def test_hi105_compound_surname_after_an_honorific(text, span):
    assert [f.span for f in run("HI105", text)] == [span]


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "किसान खाद-बीज की कमी से परेशान हैं।",  # a person word (not an honorific) and की: Hindi
        "श्री राम-कृष्ण की पूजा हुई।",  # names of the gazetteer
    ],
)
def test_hi105_silent_on_compounds_after_other_person_words(text):
    assert run("HI105", text) == []


@pytest.mark.parametrize(
    ("text", "negators"),
    [
        ("गायिका जांग ना-रा ने नया एल्बम जारी किया।", []),  # a name's syllable
        ("वह कुछ-न-कुछ करता रहता है।", []),
        ("उसने खाना नहीं खाया।", ["नहीं"]),
    ],
)
def test_hi505_reads_no_negation_inside_a_hyphenated_word(text, negators):
    from audit.rules.source.negation import _hindi_negators

    assert [w for _s, _e, w in _hindi_negators(text)] == negators


@pytest.mark.parametrize("word", ["जुटाया", "थमाया", "सुखाया", "भड़काया", "सजाई"])
def test_hi402_perfective_of_a_verb_in_a_is_one_word(word):
    from audit.rules.script_glue import glued_split

    assert glued_split(norm(word)) is None


def test_hi402_still_splits_a_word_and_or():
    from audit.rules.script_glue import glued_split

    assert glued_split(norm("सरकारया")) == (norm("सरकार"), norm("या"))


@needs_dict
@pytest.mark.parametrize("text", ["हमने लॉन पर पिकनिक मनाई।", "लोग त्योहार धूमधाम से मनाते हैं।"])
def test_hi408_silent_on_forms_of_a_hindi_verb(text):
    assert run("HI408", text) == []  # मनाई is मनाना's, not *money*


@pytest.mark.parametrize(
    ("english", "value"),
    [("two and a half lakh pilgrims", 250000.0), ("one and a half million people", 1500000.0)],
)
def test_hi501_mixed_number_with_a_scale_is_one_value(english, value):
    from audit.rules.source.numbers import english_numbers

    assert [m.value for m in english_numbers(english)] == [value]


@pytest.mark.parametrize(
    ("hindi", "value"), [("सवा लाख", 125000.0), ("पौने करोड़", 7500000.0), ("ढाई लाख", 250000.0)]
)
def test_hi501_fraction_word_alone_before_a_scale(hindi, value):
    from audit.rules.source.numbers import hindi_numbers

    assert [m.value for m in hindi_numbers(hindi)] == [value]
