"""Round-13 idiom classes (issue 14), each with its literal look-alikes silent:

* a denominal phrasal verb rendered word for word — the noun or adjective of its verb, a light
  converb that makes it a verb (होकर, बनकर, मारकर), the particle and a verb of becoming or going
  (काला होकर बाहर हो गया: blacked out); an adjective, होकर and a motion is a plain sequence;
* WordNet's figurative two-word compounds (गीला कंबल: wet blanket; ठंडा कंधा: cold shoulder), a
  person-compound only as a predicate; terms whose head keeps its kind (भूख हड़ताल) stay silent.
"""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang.bilingual import phrasal_back
from audit.rules.idiom_patterns import compound_patterns
from audit.rules.registry import load_all_checks

load_all_checks()
needs_tables = pytest.mark.skipif(
    not phrasal_back.tables().phrasal, reason="WordNet or dict-freedict-eng-hin not installed"
)


@needs_tables
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("खिलाड़ी मैच के दौरान काला होकर बाहर हो गया।", "काला होकर बाहर हो"),  # blacked out
        ("दो सांसद आख़िरी दिन मुर्ग़ी बनकर बाहर निकल गए।", "मुर्ग़ी बनकर बाहर निकल"),  # chickened out
        ("विपक्ष ने सरकार पर कोड़ा मारकर बाहर निकाला।", "कोड़ा मारकर बाहर निकाला"),  # lashed out
    ],
)
def test_hi205_finds_denominal_phrasal_verbs(text, span):
    assert span in [f.span for f in run("HI205", text)]


@needs_tables
@pytest.mark.parametrize(
    "text",
    [
        "वह साफ़ होकर बाहर आया।",  # came out clean: an adjective, होकर, then a motion
        "गर्म हवा गर्म होकर ऊपर जाती है।",
        "वह नाराज़ होकर बाहर चला गया।",
        "वह खड़े होकर बाहर देखने लगा।",  # खड़े is a posture (stand), no image
        "कमरा साफ़ करके वह बाहर आया।",
    ],
)
def test_hi205_silent_on_plain_sequences(text):
    assert run("HI205", text) == []


needs_compounds = pytest.mark.skipif(
    not compound_patterns(), reason="WordNet or dict-freedict-eng-hin not installed"
)


@needs_compounds
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("पार्टी में वह हमेशा गीला कंबल बन जाता है।", "गीला कंबल"),  # wet blanket: a person, as a predicate
        ("विपक्ष ने नए मंत्री को ठंडा कंधा दिखाया।", "ठंडा कंधा"),  # the cold shoulder
        ("चुनाव हारने के बाद वह लंगड़ी बत्तख बन गए।", "लंगड़ी बत्तख"),  # lame duck
    ],
)
def test_hi205_finds_figurative_compounds(text, span):
    assert span in [f.span for f in run("HI205", text)]


@needs_compounds
@pytest.mark.parametrize(
    "text",
    [
        "मां ने गीला कंबल धूप में सुखाया।",  # a person-compound that is no predicate: a blanket
        "कार्यकर्ताओं की भूख हड़ताल दस दिन चली।",  # a hunger strike is a strike: the Hindi term
        "हिम युग में धरती ठंडी थी।",  # an age, the Hindi term
    ],
)
def test_hi205_silent_on_literal_compounds_and_terms(text):
    assert run("HI205", text) == []
