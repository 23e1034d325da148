"""Round-10 name classes (issues 13, 14): the precision of HI104/HI105/HI504/HI514 on clean Hindi
(flap letters read as written, noun phrases after a determiner, learned prefix compounds, place
epithets), compound surnames calqued part by part (HI105), and name parts read back from the
Hindi through the dictionary (HI503)."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict, wordnet
from audit.lang.phonetic import phonetic_key
from audit.rules.name_class import prefixed_word
from audit.rules.names import key_zipf
from audit.rules.registry import load_all_checks
from audit.rules.source import part_slots

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


def test_key_zipf_reads_the_flaps():
    # the unit key drops the nukta; ड़/ढ़ are Hindi's own letters, so the word is looked up with them
    assert key_zipf("पहाड") > 3.0  # पहाड़
    assert key_zipf("सडक") > 3.0  # सड़क
    assert key_zipf("गोल्डबर्ग") < 1.0  # a name stays rare
    assert key_zipf("ठंडा") == pytest.approx(key_zipf("ठंडा"))  # a ड after a nasal is no flap


@needs_dict
def test_prefixed_words_are_no_foreign_names():
    assert prefixed_word("उपसचिव")  # उप + सचिव
    assert prefixed_word("महानिदेशक")
    assert not prefixed_word("अतिला")  # Attila: the rest is no Hindi word


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        # a Hindi noun and a place name at a sentence start (the flap made both look rare)
        "बुढ़िया पहाड़गंज से लौटी।",
        "लड़का दरियागंज में रहता है।",
        # a person word after a determiner is a noun phrase, not a title before a name
        "इस बैठक में कई मंत्री आख़िरी फ़ैसले पर सहमत हुए।",
        # a common Hindi word after a person word, read as a name only before a case marker
        "मैच में गोलकीपर कमज़ोर कड़ी साबित हुआ।",
        # a learned compound with a Sanskrit prefix
        "अपर मुख्य सचिव एवं उपमहा निरीक्षक ने बैठक ली।",
        # Hindi's coordinate compounds after a given name
        "पीटर माता-पिता के साथ आए।",
        "सोफ़ी रात-दिन मेहनत करती हैं।",
    ],
)
def test_clean_lookalikes_stay_silent(text):
    assert not run("HI104", text) and not run("HI105", text)


@needs_dict
@needs_wordnet
@pytest.mark.parametrize(
    "text,word",
    [
        # Silverstein, Rosenberg, Blackburn calqued part by part after a given name
        ("गायक नील चांदी-पत्थर ने नया गीत गाया।", "चांदी-पत्थर"),
        ("लेखक मैथियास गुलाब-पहाड़ की नई किताब आई।", "गुलाब-पहाड़"),
        ("टोनी काला-नाला ने गोल किया।", "काला-नाला"),
    ],
)
def test_hi105_compound_surname_calque(text, word):
    found = run("HI105", text) + run("HI104", text)
    assert any(word in f.span for f in found), found


@needs_dict
@pytest.mark.parametrize(
    "part,hindi,expected",
    [
        ("Smith", "लोहार", True),
        ("Golding", "सोना", True),  # gold + an English ending
        ("Mills", "पत्थर", False),
        ("Kaplan", "पुरोहित", False),  # Hebrew: nothing in the dictionary says so
    ],
)
def test_reads_back(part, hindi, expected):
    assert part_slots.reads_back(part, hindi) is expected


@needs_dict
def test_hi503_reads_the_slot_back_through_the_dictionary():
    # Hope Stroller-like: a part that English spells with an ending the dictionary's word lacks
    found = run(
        "HI503",
        "धावक जेसिका सैर ने दौड़ जीती।",
        src="Runner Jessica Stroll won the race.",
    )
    assert any("सैर" in f.span for f in found), found


@needs_dict
@needs_wordnet
def test_hi514_place_epithet_is_translated():
    # an adjective or participle before a class word describes a place: Hindi translates it
    assert not run("HI514", "पर्यटक नीली मस्जिद देखने गए।", src="Tourists went to see the Blue Mosque.")


def test_english_chr_is_k():
    assert phonetic_key("Christine") == phonetic_key("Kristine")
    assert phonetic_key("Church") != phonetic_key("Kurch")


@needs_dict
def test_compound_name_parts_split_into_english_words():
    assert ("fleet", "wood") in part_slots.compound_parts("Fleetwood")
    assert part_slots.compound_parts("Hamilton") == ()
    assert part_slots.compound_parts("Smith") == ()  # a dictionary word is read whole
    assert part_slots._compound_part("Goodchild", "अच्छे")  # good


def test_hi514_compound_descriptor_is_no_name_run():
    from audit.rules.source.name_translation import _name_runs

    runs = [[w for _, _, w in r] for r in _name_runs("Oscar-winning actor Tom Hanks and Ban Ki-moon met.")]
    assert ["Oscar"] in runs and ["Tom", "Hanks"] in runs and ["Ban", "Ki", "moon"] in runs
