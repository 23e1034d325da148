"""Round 19 precision classes (issues 13, 14), each shown on words of its class that no dev set holds,
with the flawed twin that must still be caught:

* HI505: a नहीं that asks *or not* (कि पुल सुरक्षित है या नहीं: *whether*) or ends a litotes after
  किसी (किसी ख़ज़ाने से कम नहीं: *a treasure*) adds no negation, nor does a negated indefinite that
  says a zero (कोई गोल नहीं खाया: *a clean sheet*); a bare *X से कम नहीं* still may, and so does a
  negated indefinite against a universal quantifier (*Every shepherd was paid*).
* HI401, HI402 with the source: a word whose guessed English the source lacks, and that writes out a
  capitalised word of the source (डैलस: *Dallas*, not *delays*; भजनलाल: *Bhajanlal*), is that name.
* HI208: an opening word after the indefinite एक (एक नए गोलकीपर पर) is an adjective, no place's name.
* HI408: a loan named by its frame — before a kind of organisation, with a number glued on, in
  quotation marks with a few words (फ़्यूचर ग्रुप, ड्रीम11, फ़िल्म 'क्वीन'), before the kind of its
  place (फ़ारस की खाड़ी) — is a name or a title; HI401 reads the same frames and English *the* (द किंक्स).
"""

from __future__ import annotations

import pytest

from tests.rule_run import run


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The mason checked whether the wall was straight.", "राजमिस्त्री ने जांचा कि दीवार सीधी है या नहीं।"),
        ("Nobody knew if the ferry would sail.", "किसी को पता नहीं था कि फ़ेरी चलेगी या नहीं।"),
        ("For the shepherds the new pasture is a gift.", "चरवाहों के लिए नया चरागाह किसी तोहफ़े से कम नहीं है।"),
        ("The rookie bowled like a veteran.", "नया गेंदबाज़ किसी अनुभवी गेंदबाज़ से कम नहीं था।"),
        ("The keeper kept a clean sheet in the final.", "गोलकीपर ने फ़ाइनल में कोई गोल नहीं खाया।"),
        ("The bribe slipped under the radar.", "रिश्वत पर किसी का ध्यान नहीं गया।"),
    ],
)
def test_or_not_and_litotes_add_no_negation(src: str, mt: str) -> None:
    assert run("HI505", mt, src) == []


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The rent is less than the loan.", "किराया क़र्ज़ से कम नहीं है।"),
        ("The mason said the wall was straight.", "राजमिस्त्री ने कहा कि दीवार सीधी नहीं है।"),
        ("The shepherds will go to the pasture or the river.", "चरवाहे चरागाह नहीं जाएंगे।"),
        ("Every shepherd was paid.", "किसी चरवाहे को पैसे नहीं मिले।"),
    ],
)
def test_a_plain_added_negation_is_still_flagged(src: str, mt: str) -> None:
    assert run("HI505", mt, src)


def test_a_plural_look_alike_that_writes_out_a_source_name_is_silent() -> None:
    # डैलस reads as *delays*, the source says *Dallas*: a name written out, with the source only
    mt = "डैलस स्टार्स फिर हारे।"
    assert run("HI401", mt)
    assert run("HI401", mt, "The Dallas Stars lost again.") == []
    assert run("HI401", "गांव के फार्मर्स ने मदद मांगी।", "The village's farmers asked for help.")


def test_a_glued_look_alike_that_writes_out_a_source_name_is_silent() -> None:
    mt = "जंगकुक और जिमिन ने अपनी सैन्य सेवा पूरी की।"  # जंग + कुक, Hindi only
    assert run("HI402", mt)
    assert run("HI402", mt, "Jungkook and Jimin completed their military service.") == []
    # an Indian name written solid (one half a listed given name) is silent without the source
    # too since round 21: भजनलाल is how Hindi writes it
    mt = "मुख्यमंत्री भजनलाल शर्मा ने अस्पताल का उद्घाटन किया।"
    assert run("HI402", mt) == []
    assert run("HI402", mt, "Chief Minister Bhajanlal Sharma opened the hospital.") == []


@pytest.mark.parametrize(
    "mt",
    [
        "निवेशकों ने ड्रीम11 में पैसा लगाया।",  # a number: a brand
        "समारोह में बैंड सम44 और ब्लिंक-182 बजे।",
        "मैंने फ़िल्म 'क्वीन' दोबारा देखी।",  # in quotation marks: a title
        "फ़्यूचर ग्रुप ने दुकानें बेच दीं।",  # before a kind of organisation
    ],
)
def test_a_loan_named_by_its_frame_is_silent(mt: str) -> None:
    assert run("HI408", mt) == []


@pytest.mark.parametrize("mt", ["निवेशकों ने ड्रीम में पैसा लगाया।", "बूढ़ी क्वीन ने भाषण दिया।", "फ़्यूचर ने दुकानें बेच दीं।"])
def test_the_same_loans_without_the_frame_are_still_flagged(mt: str) -> None:
    assert run("HI408", mt)


def test_an_opening_word_after_the_indefinite_is_no_place_name() -> None:
    assert run("HI208", "मुकदमा पुरानी बेली में चला।")
    assert run("HI208", "वह एक पुरानी बेली में रहता है।") == []
    assert run("HI208", "क्लब ने एक नए गोलकीपर पर दांव लगाया।") == []


def test_a_word_before_the_kind_of_its_place_is_its_name() -> None:
    assert run("HI408", "उसने विंटर में तेल देखा।")
    assert run("HI408", "विंटर की खाड़ी में तेल का रिसाव हुआ।") == []  # in the genitive
    assert run("HI408", "विंटर नदी पर नया बांध बना।") == []


def test_a_plural_before_water_is_still_flagged() -> None:
    assert run("HI408", "हर सर्दी हज़ारों बर्ड्स झील पर आते हैं।")


def test_a_plural_look_alike_in_an_organisation_or_english_title_frame_is_silent() -> None:
    assert run("HI401", "गांव के फार्मर्स ने सरकार से मदद मांगी।")
    assert run("HI401", "भुगतान कंपनी स्लाइस को लाइसेंस मिला।") == []
    assert run("HI401", "उसने द किंक्स के गाने गाए।") == []
