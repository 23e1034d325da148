"""audit.rules.source.negation_paraphrase: a Hindi negation whose predicate renders no source
word says an English figure by its sense, no flip (HI505)."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules.source.negation import negation_mismatch
from audit.rules.source.negation_paraphrase import paraphrased, predicate_words, renders_source

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


def _start(mt: str, negator: str = "नहीं") -> int:
    return mt.index(negator)


def test_predicate_is_the_verb_after_or_the_noun_before_a_light_verb():
    mt = "सरकार कभी कर नहीं बढ़ाएगी।"
    assert predicate_words(mt, _start(mt)) == ("बढ़ाएगी",)
    mt = "पुलिस ने संदिग्ध को गिरफ़्तार नहीं किया।"
    assert predicate_words(mt, _start(mt)) == ("गिरफ़्तार",)
    mt = "वित्त मंत्री अपनी योजना का खुलासा नहीं कर रहे हैं।"
    assert predicate_words(mt, _start(mt)) == ("खुलासा",)
    mt = "उसे चाय पसंद नहीं है।"
    assert predicate_words(mt, _start(mt)) == ("पसंद",)


@needs_resources
def test_a_predicate_that_renders_a_source_word():
    assert renders_source("बढ़ाएगी", "The government will raise taxes.")  # बढ़ाना: raise
    assert renders_source("गिरफ़्तार", "The police arrested the suspect.")  # गिरफ्तार करना
    assert renders_source("मंज़ूरी", "The bank approved the loan.")  # sanction, a synonym of approve
    assert renders_source("गए", "The minister attended the meeting.")  # attend: go to
    assert not renders_source("चुका", "Many tenants fell behind on their rent.")
    assert not renders_source("खुलासा", "The finance minister is keeping his cards close to his chest.")


@needs_resources
def test_a_figure_said_by_its_sense_is_no_added_negation():
    cases = [
        ("The old landlord is pushing up daisies now.", "बूढ़ा मकान-मालिक अब इस दुनिया में नहीं है।"),
        (
            "Many tenants fell behind on their rent during the lockdown.",
            "कई किरायेदार समय पर किराया नहीं चुका पाए।",
        ),
        (
            "The widow put on a brave face for her children.",
            "विधवा ने बच्चों के सामने अपना दुख ज़ाहिर नहीं होने दिया।",
        ),
        ("The new tax rules are as clear as mud.", "नए कर नियम बिलकुल समझ में नहीं आते।"),
    ]
    for src, mt in cases:
        assert paraphrased(src, mt, _start(mt)), mt
        assert negation_mismatch(src, mt) is None, mt


@needs_resources
def test_a_flip_of_the_source_verb_is_still_caught():
    cases = [
        ("The minister said the government will raise taxes.", "मंत्री ने कहा कि सरकार कभी कर नहीं बढ़ाएगी।"),
        ("The minister attended the meeting on Monday.", "मंत्री सोमवार को बैठक में नहीं गए।"),
        ("The shop stays open on Sundays.", "दुकान रविवार को नहीं खुलती।"),
        ("The court accepted the petition.", "अदालत ने याचिका स्वीकार नहीं की।"),
        ("The team won the match.", "टीम ने मैच नहीं जीता।"),
    ]
    for src, mt in cases:
        assert not paraphrased(src, mt, _start(mt)), mt
        assert negation_mismatch(src, mt) == "added", mt


@needs_resources
def test_a_clause_that_renders_the_source_verb_by_a_noun_or_only_a_number_is_a_flip():
    """*were paid* → वेतन नहीं मिला renders the verb by a noun; दो of *twice* and तीन of *three*
    show no clause renders the source; *rent* and *during* are no verb forms."""
    cases = [
        ("The workers were paid.", "मज़दूरों को वेतन नहीं मिला।"),
        ("Na Seong-min scored twice.", "ना सियोंग-मिन ने दो गोल नहीं किए।"),
        ("The airline has been profitable for three years.", "एयरलाइन तीन साल से मुनाफ़ा नहीं कमा पाई है।"),
    ]
    for src, mt in cases:
        assert not paraphrased(src, mt, _start(mt)), mt
    assert renders_source("वेतन", "The workers were paid.", verb_forms=True)
    assert not renders_source(
        "किराया", "They fell behind on their rent during the lockdown.", verb_forms=True
    )


@needs_resources
def test_a_synonym_less_its_prefix_renders_the_source_verb():
    # *resume*: restart → start → शुरू करना; the flip stays flagged
    assert renders_source("शुरू", "Work has resumed at the plant.")
    assert negation_mismatch("Work has resumed at the plant.", "संयंत्र में काम शुरू नहीं हुआ है।") == "added"
