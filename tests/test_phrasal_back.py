"""Phrasal verbs read back into English (audit/lang/bilingual/phrasal_back.py): HI205 (Hindi only)
and HI512 (with the source). The sentences here are new; the held-out measurement is
tests/data/idioms_r8 (see its README)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.lang.bilingual import phrasal_back

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


@needs_dict
def test_table_holds_non_spatial_phrasal_verbs_only() -> None:
    t = phrasal_back.tables()
    assert "down" in t.phrasal.get("boil", ())  # boil down: "be the essential element"
    assert "out" in t.phrasal.get("flesh", ())  # flesh out: "add details"


@needs_dict
@pytest.mark.parametrize(
    ("text", "span", "what"),
    [
        ("पूरी बहस आख़िर में इसी सवाल पर नीचे उबलती है कि पैसा कौन देगा।", "नीचे उबलती", "boil down"),
        ("आयोग अगले साल अपनी सिफ़ारिशों को बाहर मांस करेगा।", "बाहर मांस", "flesh out"),
        # a converb before the particle, करना/होना after it
        ("चैंपियन को पहले ही दौर में खटखटाकर बाहर कर दिया गया।", "खटखटाकर बाहर कर", "knock out"),
    ],
)
def test_hindi_only_finds_the_calque(text: str, span: str, what: str) -> None:
    hits = phrasal_back.find(text)
    assert [(text[s:e], w) for s, e, w in hits][:1] == [(span, what)]


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "मज़दूरों ने सीमेंट की बोरियां ट्रक से नीचे उतारीं।",  # a place (से नीचे), a verb of moving
        "दादी ने चश्मा उतारकर मेज़ पर नीचे रख दिया।",  # रख: placing
        "बिल्ली सीढ़ियों पर ऊपर चढ़ गई।",  # चढ़: climbing
        "उसने खिड़की से बाहर देखा और मुस्कुराई।",  # a place (से बाहर)
        "नीचे दिए गए नियमों का पालन करें।",  # a passive: "given below"
        "भीड़ ने चोर को धक्का देकर बाहर कर दिया।",  # देकर: a light verb's converb
        "बच्चा दौड़कर बाहर गया और गेंद ले आया।",  # a verb of motion, then जाना
    ],
)
def test_hindi_only_literal_scenes_stay_silent(text: str) -> None:
    assert phrasal_back.find(text) == []


@needs_dict
def test_with_source_the_source_names_the_phrasal_verb() -> None:
    src = "The club ran up debts of 50 crore rupees in two seasons."
    mt = "क्लब ने दो सीज़न में 50 करोड़ रुपये का कर्ज़ ऊपर दौड़ाया।"
    assert [(mt[s:e], w) for s, e, w in phrasal_back.with_source(src, mt)] == [("ऊपर दौड़ाया", "run up")]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the particle moves a thing (a concrete object) or a person (a direction after a motion verb)
        ("The shopkeeper pulled down the shutter at nine.", "दुकानदार ने नौ बजे शटर नीचे खींचा।"),
        ("The goat ran back up the hill.", "बकरी वापस पहाड़ी पर ऊपर दौड़ी।"),
        # no phrasal verb in the source
        ("The minister looked at the report.", "मंत्री ने रिपोर्ट को ऊपर देखा।"),
    ],
)
def test_with_source_literal_uses_stay_silent(src: str, mt: str) -> None:
    assert phrasal_back.with_source(src, mt) == []


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "शोर से परेशान होकर पड़ोसी ने ऊपर लटका दिया।",  # hung up: nothing hung
        "झूले से उतरते ही बच्ची ने ऊपर फेंक दिया।",  # threw up: nothing thrown
    ],
)
def test_hindi_only_a_verb_of_moving_things_with_no_thing_is_the_calque(text: str) -> None:
    assert phrasal_back.find(text)


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "पड़ोसी ने बरामदे की लालटेन ऊपर लटका दी।",  # the thing hung is named
        "बच्ची ने गेंद को ऊपर फेंक दिया।",
        "गेंद को बच्ची ने ऊपर फेंक दिया।",  # named before the agent
        "बच्ची ने ऊपर देखा।",  # a gaze has a direction and no object
    ],
)
def test_hindi_only_a_named_thing_or_a_gaze_stays_silent(text: str) -> None:
    assert not phrasal_back.find(text)


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "वकील ने नए तर्क बाहर दौड़ाए।",  # trotted out arguments: nothing that runs
        "कंपनी ने अपने घाटे बाहर लिख दिए।",  # wrote off its losses
    ],
)
def test_hindi_only_an_abstraction_moved_by_an_agent_is_the_calque(text: str) -> None:
    assert phrasal_back.find(text)


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "बच्चों ने पतंग ऊपर उड़ाई।",  # a kite: a bad cheque first, but a toy too
        "किसान ने बैलों को बाहर दौड़ाया।",  # animals run
        "बच्चों की पतंग ऊपर उड़ गई।",  # no agent: the subject of a verb of going is left alone
    ],
)
def test_hindi_only_a_thing_moved_stays_silent(text: str) -> None:
    assert not phrasal_back.find(text)


@needs_dict
@pytest.mark.parametrize(
    ("text", "span", "what"),
    [
        # a noun + a light converb (लगाकर/करके) + particle + करना: the noun is the phrasal verb's image
        ("परीक्षा से पहले सभी छात्रों ने बकसुआ लगाकर नीचे किया।", "बकसुआ लगाकर नीचे किया", "buckle down"),
        ("सरकारी मदद ने डूबते बैंक को टेक लगाकर ऊपर कर दिया।", "टेक लगाकर ऊपर कर", "prop up"),
        # a thing's noun + से + particle + करना/होना: the instrument is the image
        ("किसी ने पत्रकारों को छापे के बारे में नोक से बंद कर दिया।", "नोक से बंद कर", "tip off"),
        ("समिति बैठक की तारीख़ को पिन से नीचे नहीं कर पाई।", "पिन से नीचे नहीं कर", "pin down"),
    ],
)
def test_hindi_only_a_light_converb_or_an_instrument_makes_the_calque(
    text: str, span: str, what: str
) -> None:
    hits = phrasal_back.find(text)
    assert [(text[s:e], w) for s, e, w in hits][:1] == [(span, what)]


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "चोट के कारण कप्तान पूरी सीरीज़ से बाहर हो गया और कोच भी चोट से बाहर हो गया।",  # out of: Hindi's own
        "बाढ़ का पानी अब सिर से ऊपर हो गया है।",  # above: Hindi's own (and its idiom)
        "वह कुछ दिनों के लिए काम से दूर हो गया।",  # away from: Hindi's own
        "नाव किनारे से दूर हो गई।",  # (किनारा reads *lip*: lip off)
        "पतझड़ में पत्ते पेड़ से दूर हो गए।",  # (पेड़ reads *palm*: palm off)
        "बोतल को ढक्कन से बंद कर दिया।",  # a made thing one closes with: an instrument of closing
        "लिफ़ाफ़ा मोहर से बंद कर दिया गया।",
        "उसने पर्दा करके अंदर कर दिया।",  # करके is no noun (FreeDict reads it as *usher*)
        "गार्ड ताला लगाकर बाहर निकल गया।",  # a converb before a verb of going: a plain sequence
        "जवानों ने हर यात्री को चेक करके अंदर आने दिया।",
    ],
)
def test_hindi_only_an_ablative_or_a_sequence_stays_silent(text: str) -> None:
    assert phrasal_back.find(text) == []


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "सेंसेक्स 300 अंक ऊपर बंद हुआ।",  # closed 300 points higher
        "निफ्टी 1.5 प्रतिशत नीचे बंद हुआ।",
        "बाज़ार तीन सौ अंक नीचे बंद हुआ।",
    ],
)
def test_hindi_only_a_quantity_before_the_particle_says_by_how_much(text: str) -> None:
    assert phrasal_back.find(text) == []


@needs_dict
def test_hindi_only_without_a_quantity_the_particle_still_makes_the_calque() -> None:
    assert [w for *_, w in phrasal_back.find("गैस रिसाव के बाद कारखाने को नीचे बंद कर दिया गया।")] == [
        "close down"
    ]
