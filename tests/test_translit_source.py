"""HI408/HI409 with the English source: the source confirms (HI408) or names (HI409) the English
word a Devanagari word spells out (audit.lang.transcription)."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.lang.transcription import source_words, spells
from audit.rules.registry import load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def test_source_words_are_ordinary_words():
    words = source_words("Farmers met Prime Minister Modi in the village, said NASA.")
    assert "farmers" in words and "village" in words  # a common word opening the sentence counts
    assert "modi" not in words and "nasa" not in words and "prime" not in words  # names, acronyms, titles


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("विलेज", "village"), ("सिक्योरिटी", "security"), ("ट्रिप", "trip"), ("प्रोटोन्स", "protons")],
)
def test_spells(hindi, english):
    assert spells(hindi, english) > 0


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("दौरान", "during"), ("स्थान", "sitting"), ("ब्लॉगिंग", "learning"), ("पर्दे", "provide"), ("घर", "car")],
)
def test_does_not_spell(hindi, english):
    assert spells(hindi, english) == 0


@needs_dict
def test_hi408_source_confirms_only():
    text = "प्रधानमंत्री ने पार्लियामेंट में भाषण दिया।"
    assert run("HI408", text, "The prime minister spoke in parliament.")
    # the source shows the word is not one of its English words: no finding
    assert run("HI408", text, "The prime minister spoke in the assembly.") == []


@needs_dict
def test_hi409_source_names_the_word():
    src = "The committee went on a field trip to the coast."
    (f,) = run("HI409", "समिति तट की ट्रिप पर गई।", src)
    assert f.evidence["english"] == "trip" and f.suggestion == "यात्रा"
    assert run("HI409", "समिति तट की यात्रा पर गई।", src) == []
    # a loan with no common Hindi word stays silent even with its English in the source
    assert run("HI409", "उसने मोबाइल फोन खरीदा।", "He bought a mobile phone.") == []


@needs_dict
def test_source_transliteration_feature():
    from audit.rules.source.alignment import evidence_features

    src = "The committee went on a field trip to the coast."
    assert evidence_features(src, "समिति तट की ट्रिप पर गई।")["translit_src"] == 1.0
    assert evidence_features(src, "समिति तट की यात्रा पर गई।")["translit_src"] == 0.0
    assert evidence_features("", "समिति तट की ट्रिप पर गई।")["translit_src"] == 0.0  # neutral without a source
