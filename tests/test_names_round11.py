"""Round-11 name classes (issues 13, 14): the precision of HI104/HI105/HI514 on clean Hindi —
Hindi adjectives made from nouns before a noun (त्योहारी मांग), a person noun after a modifier
before a name (नोबेल विजेता हान कांग), Indian surnames no list holds (अमन सहरावत), English
loans as syllables of hyphenated names (बोंग जून-हो), weekdays in the plural (on Saturdays) —
with the calques of the same frames still found."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import engdict
from audit.rules.name_adjectives import denominal_adjective
from audit.rules.name_data import indian_surname_shape
from audit.rules.names import norm
from audit.rules.registry import load_all_checks
from audit.rules.source.name_translation import respellings

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@needs_dict
@pytest.mark.parametrize("word", ["त्योहारी", "किसानी", "मैदानी", "जिस्मानी", "इलाक़ाई", "बर्फ़ानी"])
def test_denominal_adjectives(word):
    assert denominal_adjective(norm(word))


@needs_dict
@pytest.mark.parametrize("word", ["स्टीवी", "जेनी", "हैरी", "टोनी", "एमी"])
def test_given_names_ending_in_i_are_no_adjectives(word):
    assert not denominal_adjective(norm(word))


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "किसानी मांग के सहारे बिक्री बढ़ी।",  # an adjective of a noun, not a given name
        "मैदानी मेला ने सबको खुश किया।",
        "पूर्व विजेता हान ने खिताब लौटाया।",  # a person noun after a modifier: a role
        "नोबेल विजेता मो यान ने भाषण दिया।",
        "निशानेबाज़ अमन रानावत ने रिकॉर्ड बनाया।",  # an Indian surname of the -आवत class
    ],
)
def test_hi104_silent_on_role_adjective_and_indian_name(text):
    assert run("HI104", text) == []


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("स्टीवी अजूबा ने उद्घाटन समारोह में प्रस्तुति दी।", "स्टीवी अजूबा"),  # Stevie Wonder
        ("नापोली सही कीमत मिलने पर विजेता ओसिमेन को बेचने के लिए तैयार है।", "विजेता ओसिमेन"),
        ("धाविका आशीर्वाद ओकागबारे पर दस साल का प्रतिबंध लगा।", "आशीर्वाद ओकागबारे"),
    ],
)
def test_hi104_still_finds_the_calques_of_those_frames(text, span):
    assert [f.span for f in run("HI104", text)] == [span]


def test_indian_surname_shape():
    assert indian_surname_shape(norm("सहरावत")) and indian_surname_shape(norm("खंडेलवाल"))
    assert not indian_surname_shape(norm("ओकागबारे")) and not indian_surname_shape(norm("वाल"))


@needs_dict
def test_hi105_loan_syllable_is_a_transliteration():
    assert run("HI105", "निर्देशक पार्क जून-सू ने फ़िल्म बनाई।") == []
    assert run("HI105", "अभिनेता ली मई-ह्वा ने पुरस्कार जीता।") == []
    # a hyphenated case marker still proves the name, and the loan part is reported
    assert [f.span for f in run("HI105", "हज़ारों लोग हसन अल्लाह-की-जीत के अंतिम संस्कार में आए।")] == [
        "हसन अल्लाह-की-जीत"
    ]


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "उसे हर दिन कुछ-न-कुछ नया सीखने को मिलता है।",
        "वह कभी-न-कभी गांव लौटेगा।",
        "बाज़ार में कोई-न-कोई दुकान खुली मिल जाती है।",
        "पढ़ाई के साथ-ही-साथ उसने नौकरी भी की।",
    ],
)
def test_hi105_particle_reduplication_is_hindi(text):
    # the same word on both sides of न/ही is Hindi's reduplication, not a hyphenated name
    assert run("HI105", text) == []


@needs_dict
def test_hi514_plural_weekday_is_a_date():
    assert run("HI514", "दुकान सोमवार को बंद रहती है।", "The shop is closed on Mondays.") == []
    mt = "सीनेटर लिंडसे ग्राहम ने सोमवार को वॉशिंगटन में पंचभुज के अधिकारियों से मुलाकात की।"
    src = "Senator Lindsey Graham met Pentagon officials in Washington on Mondays."
    assert [f.span for f in run("HI514", mt, src)] == ["पंचभुज"]


def test_respellings_of_english_words():
    assert respellings("Kane") == ("cane",) and respellings("Webb") == ("web",)
    assert respellings("Betts") == ("bets",)
    assert respellings("Kurt") == () and respellings("Ross") == () and respellings("Hill") == ()


@needs_dict
def test_hi514_respelled_surname():
    # Kane respells cane (बेंत); the transliterated name stays silent
    src = "Captain Harry Kane scored twice."
    assert [f.span for f in run("HI514", "कप्तान हैरी बेंत ने दो गोल किए।", src)] == ["बेंत"]
    assert run("HI514", "कप्तान हैरी केन ने दो गोल किए।", src) == []


@needs_dict
def test_hi104_object_marker_after_an_ergative_subject():
    # the clause has its subject (… ने) already: given name + noun + को is one noun phrase
    assert [f.span for f in run("HI104", "समिति ने पुरस्कार मारिया पहाड़ को दिया।")] == ["मारिया पहाड़"]
    assert [f.span for f in run("HI104", "टीम ने कप्तान मार्टिन पत्थर को चुना।")] == ["मार्टिन पत्थर"]
    # no ergative before: the given name is the subject and the noun its object
    assert run("HI104", "लैरी चिड़िया को दाना डालता था।") == []
    assert run("HI104", "मां ने कहा कि जॉन खाना को छोड़ दो।") == []
