"""Round-14 transliteration classes (issue 14), each with its other side checked. Words here are not
from any test set.

* HI402 reads a word whose two halves both spell English words as an English compound or place
  name written solid (*Silverwater*), not two Hindi words that lost their space;
* HI401 flags an English plural only where Hindi has a word for it (the dictionary gives one Hindi
  text uses): the plural of a thing Hindi has no word for is a loan with the English plural.
"""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict, wordnet
from audit.rules.script_glue import english_halves, glued_split

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def test_an_english_compound_written_solid_is_no_glued_pair():
    assert glued_split("सिल्वरवाटर") == ("सिल्वर", "वाटर")
    assert english_halves("सिल्वर", "वाटर")
    assert run("HI402", "हम सिल्वरवाटर में रुके।") == []


@pytest.mark.parametrize(
    ("left", "right"),
    [("सरकार", "जल्द"), ("संधि", "रूसी"), ("को", "हिमा"), ("का", "वर्ड"), ("धान", "खेत")],
)
def test_hindi_halves_or_a_function_word_are_no_english_compound(left, right):
    # a function word's sounds spell short English words (को *co*, का *ka*): no compound
    assert not english_halves(left, right)


def test_glued_hindi_words_are_still_flagged():
    assert [f.span for f in run("HI402", "उन्होंने कहा कि सरकारजल्द फ़ैसला करेगी।")] == ["सरकारजल्द"]


@needs_dict
@pytest.mark.parametrize("text", ["उसने नए स्नीकर्स ख़रीदे।", "पिंजरे में हैम्स्टर्स थे।"])
def test_a_plural_of_a_thing_hindi_has_no_word_for_is_silent(text):
    assert run("HI401", text) == []


@needs_dict
@pytest.mark.parametrize(("text", "span"), [("उसने क्लोथ्स धोए।", "क्लोथ्स"), ("मैदान में पैरट्स उड़े।", "पैरट्स")])
def test_a_plural_hindi_has_a_word_for_stays_flagged(text, span):
    assert [f.span for f in run("HI401", text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "ब्लू जैकेट्स ने मैच जीता।",  # a short English word before the plural, read by sound
        "रेड विंग्स घर पर हारे।",
        "ड्रैगन्स डेन फिर से दिखाया गया।",  # the plural opens the name
    ],
)
def test_an_english_plural_in_a_run_of_english_words_is_a_name(text):
    assert run("HI401", text) == [] and run("HI408", text) == []


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("पैरट्स पेड़ पर बैठे थे।", "पैरट्स"),  # a Hindi word after it
        ("बाज़ार में क्लोथ्स बिके।", "क्लोथ्स"),  # the clause's verb slot after it, whatever it sounds like
        ("उसने पैरट्स को दाना दिया।", "पैरट्स"),
    ],
)
def test_an_english_plural_beside_hindi_words_stays_flagged(text, span):
    assert [f.span for f in run("HI401", text)] == [span]


# HI408: a word Hindi text never writes, spelling exactly one everyday English word, in an ordinary
# word's slot (after a determiner, possessive, number or intensifier; before a copula or light verb)
needs_wordnet = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


@needs_wordnet
def test_an_unwritten_english_word_in_an_ordinary_slot_is_flagged():
    assert [f.span for f in run("HI408", "रास्ता मडी था।")] == ["मडी"]


@needs_wordnet
@pytest.mark.parametrize("text", ["मडी ग्रुप ने मैच जीता।", "आख़िरी रन में मडी दौड़ा।"])
def test_the_same_word_outside_an_ordinary_slot_stays_silent(text):
    # a subject or a word after a Hindi noun can be a name (ईगल्स ने, ब्राइटन के)
    assert run("HI408", text) == []


@needs_wordnet
def test_a_synonym_counts_only_where_its_own_first_sense_is_the_word_s():
    from audit.rules.translit_unwritten import synonym_equivalent

    got = synonym_equivalent("stubborn")  # obstinate → ज़िद्दी
    assert got is not None and "द्दी" in got[0]
    eq = synonym_equivalent("survive")  # not *go* (its first sense is another synset): जाना
    assert eq is None or eq[0] != "जाना"


def test_the_ordinary_slot():
    from audit.rules.script import hindi_tokens
    from audit.rules.translit_unwritten import ordinary_slot

    def slot(text: str, word: str) -> bool:
        toks = list(hindi_tokens(text))
        return ordinary_slot(text, toks, next(k for k, t in enumerate(toks) if t[2] == word))

    assert slot("उसकी मडी चप्पल", "मडी") and slot("सब कंडेम किया", "कंडेम")
    assert slot("नेताओं ने कंडेम की थी।", "कंडेम")  # की before an auxiliary: the conjunct's की
    assert not slot("उसे मडी की ज़रूरत है।", "मडी")  # की before a noun: the genitive
    assert not slot("मडी ने कहा", "मडी") and not slot("भारत के मडी खिलाड़ी", "मडी")


def test_a_neighbour_read_as_english_by_its_spelling_or_sound_makes_a_term():
    # शुगर (*sugar*, the transliterator's spelling) beside a loan is part of an English term;
    # Hindi words that sound like English ones (दो *though*, कई *key*) and Hindi verb forms are not
    from audit.rules.translit_context import _english_or_name
    from audit.rules.translit_reading import hindi_verb_form, reads_english

    assert _english_or_name("शुगर") and reads_english("शुगर")
    assert not reads_english("दो") and not reads_english("कई") and not _english_or_name("बात")
    assert hindi_verb_form("खिले") or not engdict.available()  # खिलना


def test_an_irregular_plural_before_an_english_word_opens_no_name():
    # a name's first word keeps the English -s (लायन्स हेड); *people* before *parade* is two words
    # left in English, which the source shows
    text, src = "बहुत से पीपल परेड देखने आए।", "Many people came to see the crowded parade."
    assert [f.span for f in run("HI408", text, src)] == ["पीपल"]
