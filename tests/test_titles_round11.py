"""Round 11, HI207 precision by class (each test of a silenced phrase fails on main 43e6f17):

- a public body's Hindi name translates its field and its kind of body (:mod:`audit.rules.title_bodies`);
- a Hindi adjective or participle that only looks like a place name opens no team's name, nor does a
  phrase after a determiner (:func:`audit.rules.title_teams.hindi_morphology`).
"""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules.title_bodies import body_name_words, body_word, field_word
from audit.rules.title_source import source_calques
from audit.rules.title_teams import hindi_morphology, is_place, team_calques

needs_dictionary = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


@needs_dictionary
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The Inspection Directorate visited the plant.", "निरीक्षण निदेशालय ने संयंत्र का दौरा किया।"),
        ("The Examination Board declared the results.", "परीक्षा बोर्ड ने नतीजे घोषित किए।"),
        ("The Census Commission released data.", "जनगणना आयोग ने आंकड़े जारी किए।"),
        (
            "The Pollution Control Committee fined the factory.",
            "प्रदूषण नियंत्रण समिति ने कारख़ाने पर जुर्माना लगाया।",
        ),
    ],
)
def test_public_body_names_are_translated(src, mt):
    assert source_calques(mt, src) == ()


@needs_dictionary
@pytest.mark.parametrize(
    ("src", "mt", "english"),
    [
        ("The Privy Council heard the appeal.", "शौचालय परिषद ने अपील सुनी।", "Privy Council"),  # a room
        ("The Met Office issued a warning.", "मिले कार्यालय ने चेतावनी जारी की।", "Met Office"),  # office: a room
        (
            "The House Ways and Means Committee approved the tax bill.",
            "सदन की तरीके और साधन समिति ने कर विधेयक को मंज़ूरी दी।",
            "House Ways",  # a plural is English idiom, no field
        ),
    ],
)
def test_calques_of_body_names_stay(src, mt, english):
    assert [f[2] for f in source_calques(mt, src)] == [english]


@needs_dictionary
def test_body_and_field_words_are_wordnet_classes():
    assert all(body_word(w) for w in ("directorate", "bureau", "commission", "committee", "department"))
    assert not any(body_word(w) for w in ("office", "army", "bank", "survey"))
    assert all(field_word(w) for w in ("enforcement", "selection", "control", "census"))
    assert not any(field_word(w) for w in ("privy", "homeland", "ways", "bar"))
    assert body_name_words(["narcotics", "control", "bureau"]) == {"control", "bureau"}
    assert body_name_words(["enforcement", "case"]) == frozenset()  # no body: no exemption


@needs_dictionary
@pytest.mark.parametrize(
    "mt",
    [
        "मुश्किल में घिरे बल्लेबाज़ों ने जूझते हुए वापसी की।",  # घिरे: like Gary; घिरा, घिरी
        "झांसी के एक दृष्टिहीन गायक ने प्रतिभा प्रतियोगिता जीती।",  # दृष्टि + हीन; after एक
    ],
)
def test_hindi_adjectives_open_no_team(mt):
    assert team_calques(mt) == ()


@needs_dictionary
def test_hindi_morphology():
    assert all(hindi_morphology(w) for w in ("घिरे", "थके", "दृष्टिहीन", "ऊर्जावान", "अनुभवहीन"))
    assert not any(hindi_morphology(w) for w in ("मुंबई", "शेफ़ील्ड", "टोरंटो", "तैवान", "सिवान"))
    assert not is_place("घिरे") and not is_place("दृष्टिहीन")
    assert is_place("मुंबई")  # a listed spelling stays a place whatever its form


@needs_dictionary
def test_team_frame_still_finds_a_club():
    assert [f[2] for f in team_calques("मैनचेस्टर शहर ने मैच जीता।")] == ["मैनचेस्टर शहर"]


@needs_dictionary
def test_spelled_english_plural_is_no_translated_word():
    """रेंजर्स is in no dictionary and common in Hindi text (team names): its halant + स ending
    says English spelled, so टेक्सस रेंजर्स is the team's name kept, not a calque."""
    assert team_calques("टेक्सस रेंजर्स ने वर्ल्ड सीरीज़ जीती।") == ()


@needs_dictionary
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("सिएटल के बाज़ों ने मैच जीता।", "सिएटल के बाज़ों"),  # place + के + an animal, oblique plural
        ("बोस्टन के भालुओं को फ़ाइनल में हार मिली।", "बोस्टन के भालुओं"),
        ("बोस्टन जलसैनिकों ने मैच जीता।", "बोस्टन जलसैनिकों"),  # a compound: जल + सैनिक
    ],
)
def test_team_frame_reads_genitive_animals_and_compounds(mt, span):
    assert [mt[s:e] for s, e, _n in team_calques(mt)] == [span]


@needs_dictionary
@pytest.mark.parametrize(
    "mt",
    [
        "पंजाब के खिलाड़ियों ने मैच जीता।",  # people of a place, not animals
        "मुंबई के प्रशंसकों ने मैच देखा।",
        "लंदन के हाथियों ने मैच देखा।",
        "टेक्सस के वनरक्षकों ने आग बुझाई।",  # no sport
    ],
)
def test_team_frame_leaves_people_and_plain_sentences(mt):
    assert team_calques(mt) == ()


@needs_dictionary
def test_compounds_and_variants_are_hindi_words_but_spelled_english_is_not():
    from audit.rules.team_words import is_hindi_compound, is_variant_word
    from audit.rules.title_teams import translated

    assert is_variant_word("कौवों")  # कौआ, crow
    assert is_hindi_compound("वनरक्षकों") and is_hindi_compound("झीलवालों")
    assert translated("वनरक्षकों") and translated("कौवों")
    assert not any(translated(w) for w in ("नेटवर्क", "पासवर्ड", "कारपेट", "ओल्डमैन"))  # English spelled


@needs_dictionary
def test_renderings_read_kind_glosses_and_spelling_variants():
    """FreeDict glosses a plant or flower as "X का पेड़/फूल" (rose → गुलाब का फूल या पौधा, pine →
    चीड का पेड): X alone renders the word; the glide व before a vowel is the vowel (कुंवारी = कुँआरी)."""
    from audit.rules.title_words import loose_key, renders

    assert renders("गुलाब", "rose") and renders("चीड़", "pine")
    assert not renders("फूल", "rose")  # the kind word itself is no rendering
    assert loose_key("कुंवारी") == loose_key("कुँआरी") and renders("कुंवारी", "virgin")
