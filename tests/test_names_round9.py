"""Round-9 name classes (issues 13, 14): agent phrases in a surname's place (HI104), names read by
their own languages' orthographies (HI504 precision, HI503 anchors), dictionary words in a name
slot beyond doubt (HI503), feminine adjectives, given names with a final e said."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.lang.name_readings import readings
from audit.rules import name_data
from audit.rules.registry import load_all_checks
from audit.rules.source.names import compare_names, own_language_keys

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


# ----------------------------------------------------------------------------- agent phrases


@needs_dict
@pytest.mark.parametrize(
    "text,phrase",
    [
        # Fisher: noun + oblique infinitive + वाली before ने
        ("अभिनेत्री केटी मछली पकड़ने वाली ने पुरस्कार जीता।", "मछली पकड़ने वाली"),
        # before a number: no noun the phrase could describe
        ("जॉर्डन पत्थर तोड़ने वाले दो गोल कर चुके हैं।", "पत्थर तोड़ने वाले"),
        # a genitive once the clause has its subject (हड़ताल ने …)
        ("बाढ़ ने मार्गरेट ताले बनाने वाली की सरकार को हिला दिया।", "ताले बनाने वाली"),
    ],
)
def test_hi104_agent_phrase(text, phrase):
    found = run("HI104", text)
    assert any(phrase.split()[0] in f.span for f in found), found  # (another frame may take the noun)


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "लिसा दूध बेचने वाले से दूध लेती हैं।",  # a postposition: an object
        "जॉन खाना खाने वाले थे।",  # about to
        "डेविड आने वाले मैच में खेलेंगे।",  # no noun: upcoming
        "पीटर चाय बेचने वाले लड़के को पैसे दे रहे थे।",  # the phrase describes a noun
        "मारिया दूध बेचने वाली और सब्ज़ी वाले से मिलीं।",  # two people
        "एमा दूध वाले की दुकान पर गईं।",  # a genitive with the given name as subject
        "मारिया घर जाने वाली थीं कि बारिश शुरू हो गई।",
    ],
)
def test_hi104_agent_phrase_leaves_ordinary_hindi(text):
    assert run("HI104", text) == []


# ----------------------------------------------------------------------------- orthographies


def test_readings_follow_each_orthography():
    assert "takach" in readings("Takács")  # Hungarian cs
    assert "sabo" in readings("Szabó")  # Hungarian sz
    assert "shchesny" in readings("Szczęsny")  # Polish szcz
    assert "ernandes" in readings("Hernández")  # Spanish silent h, z as s
    assert "desshan" in readings("Deschamps")  # French ch, nasal, silent final consonants
    assert readings("Smith")[0] == "smith"
    assert own_language_keys("Smith") == ()  # nothing but its English reading


def test_hi504_name_spelled_as_its_language_says_it():
    """A name the MT writes by its own language's sounds is there, not missing."""
    assert compare_names("Mayor Zsuzsanna Szabó opened the bridge.", "मेयर ज़ूज़साना साबो ने पुल खोला।") == []
    (issue,) = compare_names("Mayor Zsuzsanna Szabó opened the bridge.", "मेयर ने पुल खोला।")
    assert issue.kind == "missing"


@needs_dict
def test_hi503_dictionary_word_in_a_name_slot():
    """A rare Hindi word the dictionary knows, right after the found given name (Pekař: baker)."""
    src = "The prize went to the Czech writer Bohumil Pekař."
    issues = compare_names(src, "पुरस्कार चेक लेखक बोहुमिल नानबाई को मिला।")
    assert [(i.kind, i.mt_words) for i in issues] == [("calque", ["नानबाई"])]
    assert compare_names(src, "पुरस्कार चेक लेखक बोहुमिल पेकार्श को मिला।") == []


# ----------------------------------------------------------------------------- name lists


def test_given_names_with_a_final_e_said():
    assert name_data.foreign_name("वीबके")[0] == "wibke"
    assert name_data.foreign_name("फ़्राउके")[0] == "frauke"


@needs_dict
def test_feminine_adjective_reads_as_its_masculine():
    from audit.rules.name_class import native_word

    assert native_word("काली") == ("black", "Adj")
    assert native_word("नदी") == ("river", "N")


# ----------------------------------------------------------------------------- one-word names


@needs_dict
def test_hi503_one_word_name_after_a_role_noun_or_saying():
    """A mononym after a role noun, or a sentence-initial subject of *said*, rendered by its
    dictionary translation (Lemon → नींबू, Stone → पत्थर); its transliteration is silent."""
    src = "Veteran striker Lemon scored twice on Sunday."
    assert [i.mt_words for i in compare_names(src, "अनुभवी स्ट्राइकर नींबू ने रविवार को दो गोल किए।")] == [["नींबू"]]
    assert compare_names(src, "अनुभवी स्ट्राइकर लेमन ने रविवार को दो गोल किए।") == []
    said = "Stone said the team would recover."
    assert [i.mt_words for i in compare_names(said, "पत्थर ने कहा कि टीम वापसी करेगी।")] == [["पत्थर"]]
    assert compare_names("Officials said the road was closed.", "अधिकारियों ने कहा कि सड़क बंद थी।") == []
