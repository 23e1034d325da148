"""HI408 round 5: the class mechanisms behind transliterations outside the glossary's exact forms —
verbs before a Hindi light verb, spellings by sound (magic e, silent g, -ment after dg), English
words found by sound or rivalled by a name, the letters English never gives (dental stops, flaps),
multiword transliterations, English titles, the source's compounds and names, homographs only the
source can settle. Sentences here are not from any test set."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import translit_glossary as G
from audit.lang.transcription import dental_mismatch, name_lookalikes, sound_lookalikes, source_words, spells
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config

load_all_checks()


def run(text: str, src: str | None = None) -> list:
    seg = Segment("t", 0, text, src=src)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config({}))
    return list(REGISTRY["HI408"].run(seg, ctx))


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("स्टेट", "state"), ("प्राइस", "price"), ("रिज़ाइन", "resign"), ("अनाउंस", "announce"), ("जजमेंट", "judgment")],
)
def test_sound_rules_spell_the_class(hindi, english):
    assert spells(hindi, english) >= 0.8


def test_dental_stops_and_flaps_are_hindi():
    assert dental_mismatch("तीर्थ", "truth")  # two dentals, one *th*
    assert not dental_mismatch("वेदर", "weather")
    assert dental_mismatch("सिकुड़", "secure")  # a flap never spells English
    assert spells("तीर्थ", "truth") == 0.0


def test_sound_and_name_indexes():
    assert "resign" in sound_lookalikes("रिज़ाइन")  # not found by letters (silent g)
    assert "greece" in name_lookalikes("ग्रीस")


def test_glossary_lookup_reads_verbs_and_national_spellings():
    assert G.lookup("announced").english == "announce"
    assert G.lookup("resigning").english == "resign"
    assert G.lookup("judgement").english == "judgment"
    assert G.lookup("landing") is None  # a noun stands for itself and its plural only


def test_source_words_skip_name_syllables_and_title_starts():
    assert "moon" not in source_words("Ban Ki-moon met the delegates.")
    assert "big" not in source_words("Big Ben fell silent.")
    assert "leader" in source_words("Opposition leader Ravi Kumar spoke.")


@pytest.mark.parametrize(
    ("text", "src", "suggestion"),
    [
        ("मंत्री ने नई नीति अनाउंस की।", None, "घोषणा"),  # a verb before a light verb, Hindi only
        ("सचिव ने मंगलवार को रिज़ाइन किया।", "The secretary resigned on Tuesday.", "इस्तीफ़ा"),
        ("पिछले साल इकॉनमी तेज़ी से बढ़ी।", "The economy grew fast last year.", "अर्थव्यवस्था"),  # grew: no compound
        ("गांव में कुछ पीपल आए।", "Some people came to the village.", "लोग"),  # homograph: the source settles it
    ],
)
def test_flags_the_class(text, src, suggestion):
    found = run(text, src)
    assert [f.suggestion for f in found] == [suggestion]


def test_homograph_silent_without_the_source():
    assert run("गांव में पीपल का पेड़ है।") == []  # the peepal tree
    assert run("गांव में पीपल का पेड़ है।", src="There is a peepal tree in the village.") == []


def test_multiword_transliteration_is_no_term():
    found = run("हेल्थ डिपार्टमेंट ने चेतावनी जारी की।")
    assert {f.span for f in found} == {"हेल्थ", "डिपार्टमेंट"}


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("उसने द इकॉनमी पत्रिका पढ़ी।", None),  # after English *the*: a title
        ("हाउस ऑफ कॉमन्स में बहस हुई।", None),  # around English *of*
        ("ओयापॉक रिवर ब्रिज खुल गया।", "The Oyapock River Bridge has opened."),  # a name of the source
        ("यह सामान्य इकॉनमी भाड़े से महंगा है।", "It costs more than the normal economy fare."),  # a term
    ],
)
def test_titles_names_and_terms_stay_silent(text, src):
    assert run(text, src) == []
