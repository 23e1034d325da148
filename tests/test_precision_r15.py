"""Round 15's precision guards as the rules apply them: a clean member of each class is silent, the
flawed sentence of the same shape still fires (HI104, HI105, HI205, HI209, HI402, HI408)."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict, wordnet

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


@needs_resources
def test_hi104_noun_compound_of_people():
    assert run("HI104", "वन रक्षकों ने उद्यान में चालीस हिरन गिने।") == []
    assert run("HI104", "अभिनेता टिम रसोइया ने पुरस्कार जीता।")


@needs_resources
def test_hi105_distributive_pair_and_plural_compound():
    assert run("HI105", "सबने अपना-अपना थैला उठाया।") == []
    assert run("HI105", "मिल-मालिकों ने मज़दूरी बढ़ाई।") == []
    assert run("HI105", "महासचिव बान की-चंद्रमा ने भाषण दिया।")


@needs_resources
def test_hi205_hi209_literal_scenes_by_grammar():
    assert run("HI205", "शाम को ठंडी हवा चली।") == []
    assert run("HI205", "स्वयंसेवक हर शाम आवारा कुत्तों को खाना खिलाते थे।") == []
    assert run("HI205", "लड़का स्कूल के समारोहों में वायलिन बजाता है।") == []
    assert run("HI205", "पदोन्नति के बाद वह हवा पर चल रहा था।")
    assert run("HI209", "ट्रक ड्राइवर ने चौराहे पर हॉर्न बजाया।") == []


def test_hi402_name_written_solid():
    assert run("HI402", "जोआना ने सुबह बुलबुल की आवाज़ सुनी।") == []
    assert run("HI402", "बैठक में व्यापार और सुरक्षासमझौते पर चर्चा हुई।")


def test_hi408_english_function_word_is_part_of_a_phrase():
    assert not [f for f in run("HI408", "कर्मचारी शुक्रवार को वर्क फ़्रॉम होम कर सकते हैं।") if f.span == "फ़्रॉम"]
    assert run("HI408", "प्रधानमंत्री ने पार्लियामेंट में भाषण दिया।")
