"""Round-14 HI105 class (issues 13, 14): a compound surname calqued part by part into a hyphenated
chain of Hindi words in a name run — after a person word and a given name before a case marker
(शेफ़ पियरे हरी-लकड़ी ने: Boisvert), after a listed given name, or opening a sentence or a list
before ने (हल्के-पाँव ने: Lightfoot). Hindi's coordinate compounds (माता-पिता, रात-दिन), a genitive
before a compound postposition and units of romanised East Asian syllables stay silent."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.rules.registry import load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@needs_dict
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("अंकारा की रसायनशास्त्री आयशे शुद्ध-तुर्क ने पुरस्कार जीता।", "शुद्ध-तुर्क"),
        ("न्यायाधीश रोज़मेरी लोमड़ी-कुआं-उजला-पानी ने अपील ख़ारिज कर दी।", "लोमड़ी-कुआं-उजला-पानी"),
        ("ईरानी निर्देशक नीलोफ़र गुलाब-बाग़ ने जूरी पुरस्कार जीता।", "गुलाब-बाग़"),
        ("बारिश-चिड़िया और गौरैया-बाज़ दोनों ने दूसरे हाफ़ में गोल किए।", "बारिश-चिड़िया"),
        ("मंत्री ने फ़्रांसीसी दूत अमेली छोटा-ज्यां से मुलाक़ात की।", "छोटा-ज्यां"),
    ],
)
def test_hi105_flags_compound_surname_calques_in_a_name_run(text, word):
    assert any(word in f.span for f in run("HI105", text))


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "छात्र जॉन माता-पिता के साथ आया।",
        "किसान रामू रात-दिन मेहनत करता है।",
        "अभिनेत्री हान सन-मी ने पुरस्कार जीता।",
        "राष्ट्रपति किम दे-जंग ने भाषण दिया।",
        "भारत-पाकिस्तान मैच ने रिकॉर्ड तोड़े।",
        "गायिका लेना मायर-लांड्रुट ने एक दौरे की घोषणा की।",
    ],
)
def test_hi105_silent_on_hindi_compounds_and_names(text):
    assert run("HI105", text) == []
