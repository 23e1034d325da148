"""Round 19, names without the source (HI104).

The name slot after a given name (:mod:`audit.rules.name_slots`): a Hindi word there is a surname
transliterated only when it spells a listed surname closely — a loose match of the consonants
(पैसे ~ Pace, तितली ~ Tali, हरे ~ Hare) leaves the word a translation. Person words
(:mod:`audit.rules.name_roles`): a Sanskrit prefix before a listed one (उपराष्ट्रपति), the agent
suffix -ंदाज़ (तीरंदाज़), and English role nouns borrowed as spoken (स्कीयर, सर्फ़र) before a given
name no list holds. A thing does not own a work (:mod:`audit.rules.name_frames`): a given name, a
concrete noun and a genitive before a report, a novel or a song that is no object of the name.
"""

from __future__ import annotations

import unicodedata

import pytest

from audit.lang import engdict
from audit.rules.name_roles import agent_loan, person_word
from audit.rules.name_slots import all_name_calques
from audit.rules.names import norm, units

pytestmark = pytest.mark.skipif(not engdict.available(), reason="needs dict-freedict-eng-hin")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    us = units(text)
    return [us[h.word].surface for h in all_name_calques(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("फ़्लाई-हाफ़ डैन बड़े ने टचलाइन से किक लगाई।", "बड़े"),
        ("गवर्नर जोश हरे ने बजट पेश किया।", "हरे"),
        ("सीनेटर माइक पैसे ने भाषण दिया।", "पैसे"),
        ("गायिका सारा तितली ने गीत गाया।", "तितली"),
    ],
)
def test_loose_surname_match_leaves_the_word(text, word):
    assert word in _words(text)


@pytest.mark.parametrize(
    "text",
    [
        "फ़ॉरवर्ड गैरेथ बेल ने गोल किया।",  # बेल spells the listed surname Bale closely
        "पहलवान गुरप्रीत मोर ने कांस्य जीता।",  # an Indian given name before
        "मिडफ़ील्डर डैन ने बड़े अंतर से मैच जीता।",  # no word between the name and ने
    ],
)
def test_slot_silent(text):
    assert _words(text) == []


# ---------------------------------------------------------------- person words (name_roles)


@pytest.mark.parametrize("word", ["उपराष्ट्रपति", "उपकप्तान", "तीरंदाज़", "गोलंदाज़"])
def test_person_word_by_prefix_and_suffix(word):
    assert person_word(norm(word))


@pytest.mark.parametrize("word", ["अंदाज़", "सुंदर", "उपयोग"])
def test_no_person_word(word):
    assert not person_word(norm(word))


@pytest.mark.parametrize("word", ["स्कीयर", "सर्फ़र", "साइक्लिस्ट", "जंपर"])
def test_agent_loan(word):
    assert agent_loan(norm(word))


@pytest.mark.parametrize("word", ["सुंदर", "मोटर", "थिएटर", "बॉर्डर", "दफ़्तर", "कप"])
def test_no_agent_loan(word):
    assert not agent_loan(norm(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("फ़िनिश स्कीयर आइनो भालू ने स्प्रिंट जीती।", "भालू"),
        ("हवाई की सर्फ़र कैलानी मछली ने प्रतियोगिता जीती।", "मछली"),
        ("उपराष्ट्रपति माइक पैसे ने भाषण दिया।", "पैसे"),
        ("तीरंदाज़ ली तितली ने लगातार तीन बार दस अंक बनाए।", "तितली"),
    ],
)
def test_role_loans_introduce_a_name(text, word):
    assert word in _words(text)


def test_role_loan_needs_a_name_unknown_to_hindi():
    assert _words("स्कीयर ने बर्फ़ पर स्की की और मछली खाई।") == []


# ---------------------------------------------------------------- a thing does not own a work (name_frames)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("लेव अखरोट के एक उपन्यास ने पुरस्कार जीता।", "अखरोट"),
        ("मारियो अजगर की रिपोर्ट में कई आंकड़े हैं।", "अजगर"),
    ],
)
def test_a_thing_owns_no_work(text, word):
    assert word in _words(text)


@pytest.mark.parametrize(
    "text",
    [
        "माइकल कपास की खेती के बारे में पढ़ रहा था।",  # no work: an activity
        "मारिया फूलों के गीत गाती है।",  # the work is the given name's object
        "जॉन पेड़ों की किताब को पढ़ रहा था।",  # को: an object too
    ],
)
def test_a_things_genitive_stays_silent(text):
    assert _words(text) == []


# ---------------------------------------------------------------- with the source: a speaker (HI503)


def _calques(src: str, mt: str) -> list[str]:
    from audit.rules.source.names import compare_names

    mt = unicodedata.normalize("NFC", mt)
    return [mt[i.start : i.end] for i in compare_names(src, mt) if i.kind == "calque"]


@pytest.mark.parametrize(
    ("src", "mt", "word"),
    [
        ("Fox said the factory was only the beginning.", "लोमड़ी ने कहा कि फ़ैक्टरी तो बस शुरुआत है।", "लोमड़ी"),
        (
            "Lamb said it was too early to celebrate.",
            "मेमने ने कहा कि जश्न मनाना अभी जल्दबाज़ी होगी।",
            "मेमने",
        ),
        (
            "Fox, who founded the company in 2009, flew in from Seattle.",
            "लोमड़ी, जिन्होंने 2009 में कंपनी की स्थापना की थी, सिएटल से आए।",
            "लोमड़ी",
        ),
    ],
)
def test_speaker_translated(src, mt, word):
    assert word in _calques(src, mt)


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("Officials said the road would reopen.", "अधिकारियों ने कहा कि सड़क फिर खुलेगी।"),
        ("Fox said the factory was only the beginning.", "फ़ॉक्स ने कहा कि फ़ैक्टरी तो बस शुरुआत है।"),
        ("Police said the fox was caught.", "पुलिस ने कहा कि लोमड़ी पकड़ी गई।"),
    ],
)
def test_speaker_silent(src, mt):
    assert _calques(src, mt) == []
