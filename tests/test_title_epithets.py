"""HI207's epithet frame: a side's or a player's nickname translated word for word in the slot
Hindi gives a nickname, in a sentence about sport (audit/rules/title_epithets.py). Sentences
here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import title_epithets as te

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str) -> list[str]:
    return [mt[s:e] for s, e, _n in te.epithet_calques(mt)]


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("सौदागरों के नाम से मशहूर क्लब ने लीग का ख़िताब जीता।", "सौदागरों"),  # one plural before के नाम से
        ("प्रशंसक उस विकेटकीपर को बूढ़ा लोमड़ी कहते हैं।", "बूढ़ा लोमड़ी"),  # को … कहते हैं
        ("सफ़ेद तलवार कहे जाने वाले गेंदबाज़ ने चार विकेट लिए।", "सफ़ेद तलवार"),  # कहे जाने वाले
        ("पिछले सीज़न के बाद लीड्स, यानी मोरों, की टीम लीग में लौटी।", "मोरों"),  # यानी …,
        ("क्लब यानी लाल हिरनों ने फ़ाइनल में गोल किया।", "लाल हिरनों"),  # यानी … ने
    ],
)
def test_a_nickname_translated_in_its_slot_is_found(mt: str, span: str) -> None:
    assert _spans(mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "जयपुर को गुलाबी नगरी कहा जाता है।",  # no sport: Hindi's own epithet
        "झीलों की नगरी के नाम से मशहूर उदयपुर में पर्यटक बढ़े।",  # no sport; a genitive epithet
        "प्रशंसक उस बल्लेबाज़ को 'स्विंग का सुल्तान' कहते हैं।",  # a word spelled from English
        "क्रिकेट के भगवान कहे जाने वाले बल्लेबाज़ ने आख़िरी मैच खेला।",  # English word, genitive
        "दुनिया के सबसे तेज़ गेंदबाज़ कहे जाने वाले खिलाड़ी ने मैच खेला।",  # a description
        "कंगारुओं के नाम से मशहूर टीम ने मैच जीता।",  # Hindi's own name of a national side
        "कोच ने मैच के बाद खिलाड़ियों को कड़े शब्द कहे।",  # no nickname's verb form
        "प्रशंसक उसे ठंडा कप्तान कहते हैं और टीम जीतती है।",  # the head is a sport's own person
    ],
)
def test_ordinary_hindi_and_transliterated_nicknames_stay_silent(mt: str) -> None:
    assert _spans(mt) == []
