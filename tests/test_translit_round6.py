"""Round 6: transliterations outside the glossary as a class (a word Hindi text never writes that
spells one common English word the dictionary has a Hindi word for), verbs before a Hindi light
verb, loan compounds and sport loans left alone; repetitions Hindi does not make (a name doubled,
a phrase echoed after the verb). Sentences here are not from any test set."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config
from audit.rules.translit_equiv import common_equivalent, known_variant

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")


def spans(code: str, text: str) -> list[str]:
    seg = Segment("t", 0, text)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config({}))
    return [f.span for f in REGISTRY[code].run(seg, ctx)]


@needs_dict
def test_equivalent_weighed_by_its_inflected_forms():
    hindi, z = common_equivalent("cheap") or ("", 0.0)
    assert hindi == "सस्ता" and z > 4.2  # सस्ते/सस्ती are commoner than the dictionary's सस्ता
    assert (common_equivalent("forgive") or ("",))[0] == "क्षमा"  # the noun of क्षमा करना
    assert common_equivalent("qwertyuiop") is None


def test_known_spelling_variant():
    assert known_variant("ईवेंट")  # इवेंट is known to Hindi text
    assert not known_variant("अफ्रेड")


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("बच्चे अंधेरे से अफ्रेड थे।", "अफ्रेड"),  # afraid → डर
        ("बोतल पूरी तरह एम्प्टी थी।", "एम्प्टी"),  # empty → खाली
    ],
)
def test_rare_transliteration_outside_the_glossary(text, span):
    assert spans("HI408", text) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("पुलिस ने मामला सॉल्व किया।", "सॉल्व"),
        ("लोगों ने मेहमानों का वेलकम किया।", "वेलकम"),
        ("अदालत ने ज़मानत देने से रिफ्यूज़ किया।", "रिफ्यूज़"),
    ],
)
def test_verb_before_a_light_verb(text, span):
    assert spans("HI408", text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "गाड़ी पार्किंग स्पेस में खड़ी थी।",  # a gerund before a loan: a compound
        "एक सिक्योरिटी गार्ड ने दरवाज़ा खोला।",  # गार्ड is no glossary transliteration
        "अंपायर ने उसे कैच आउट दिया।",  # sport loans
        "मैच के आखिरी मिनट में पेनल्टी मिली।",
        "उसने बाज़ार से सब्ज़ी खरीदी।",
    ],
)
def test_loans_and_compounds_stay_silent(text):
    assert spans("HI408", text) == []


@needs_dict
def test_doubled_name_is_a_loop_reduplication_is_not():
    assert spans("HI301", "विधायक मंगलवार को जयपुर जयपुर पहुंचे।") == ["जयपुर जयपुर"]
    assert spans("HI301", "शहर शहर में प्रदर्शन हुए।") == []
    assert spans("HI301", "वह हंसते हंसते गिर पड़ा।") == []
    assert spans("HI301", "पागो पागो के पास सुनामी आई।") == []  # Pago Pago is one name


def test_phrase_echoed_after_the_verb():
    assert spans("HI302", "सरकार ने संसद में बजट पेश किया बजट।") == ["बजट पेश किया बजट"]
    assert spans("HI302", "प्रधानमंत्री ने किसानों से बात की, किसानों से।") == ["किसानों से बात की, किसानों से"]
    assert spans("HI302", "बैठक में विकास पर चर्चा हुई और विकास का वादा किया गया।") == []
    assert spans("HI302", "अदालत ने सुनवाई सोमवार तक के लिए सुनवाई स्थगित की।") != []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("शादी के बाद वह अपने हाउस में रहने लगी।", ["हाउस"]),  # a noun of the sentence
        ("उस सिटी की सड़कें चौड़ी हैं।", ["सिटी"]),
        ("व्हाइट हाउस ने नया बयान जारी किया।", []),  # a name
        ("शहर में नई सिटी बस सेवा शुरू हुई।", []),  # an English term
        ("जस्टिस चंद्रचूड़ ने फैसला पढ़ा।", []),  # a title before a name
    ],
)
def test_common_transliteration_standing_alone(text, flagged):
    assert spans("HI408", text) == flagged
