"""Round 21, names: the clause frames without the source (HI104, :mod:`audit.rules.name_clause`), and with
the source the slot after an unlisted given name (HI503, :mod:`audit.rules.source.part_places`).

A bare foreign given name followed by a common noun is ordinary Hindi while the given name is the
clause's subject and the noun its object. A list of persons, an apposition, a passive or dative
clause after को, and a clause whose subject came before with ने leave the given name no such role:
the pair is one name, and the common word a translated surname.
"""

from __future__ import annotations

import unicodedata

import pytest

from audit.lang import engdict
from audit.rules.name_clause import find_clause_calques
from audit.rules.name_slots import all_name_calques
from audit.rules.names import units
from audit.rules.source.names import compare_names

pytestmark = pytest.mark.skipif(not engdict.available(), reason="needs dict-freedict-eng-hin")


def _words(text: str, finder=all_name_calques) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    us = units(text)
    return [us[h.word].surface for h in finder(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a list whose next item is a person
        ("टीम में थॉमस दीवार और लुकास मेयर शामिल हैं।", "दीवार"),
        ("समारोह में निर्देशक पीटर घंटी और अभिनेत्री मारिया श्मिट पहुंचीं।", "घंटी"),
        # an adverbial of time or place after the word
        ("पियानोवादक हेलेना पत्थर कल शाम पुणे में गाएंगी।", "पत्थर"),
        ("गायक मार्को पेड़ जर्मनी का दौरा कर रहे हैं।", "पेड़"),
        # a passive or dative clause after को
        ("मैच के बाद थॉमस दीवार को सर्वश्रेष्ठ खिलाड़ी चुना गया।", "दीवार"),
        ("इस साल का पुरस्कार क्लारा पत्ती को मिला।", "पत्ती"),
        # the clause's subject came before with ने
        ("प्रधानमंत्री ने राजदूत पीटर खिड़की से मुलाक़ात की।", "खिड़की"),
        ("दर्शकों ने मार्टिन सीढ़ी के लिए तालियां बजाईं।", "सीढ़ी"),
    ],
)
def test_clause_binds_the_name(text, word):
    assert word in _words(text, find_clause_calques)
    assert word in _words(text)


@pytest.mark.parametrize(
    "text",
    [
        "मार्को दर्ज़ी को बुलाने गए।",  # a purpose, no passive: Marco went to call the tailor
        "थॉमस किताब को मेज़ पर छोड़कर चला गया।",  # a compound of motion, no passive
        "पीटर बच्चे को लेकर स्कूल गए।",  # no passive, no मिलना
        "कोच ने कहा कि थॉमस मैदान से बाहर गए।",  # the ergative is another clause's
        "अध्यापिका ने क्लारा प्यार से समझाया।",  # से of manner
        "पर्यटकों ने राइन नदी के किनारे डेरा डाला।",  # a river after a place's name (name_kinds)
        "गायक जॉन लेनन और पॉल मेकार्टनी ने गीत लिखे।",  # names written out
        "तोमास अगले हफ़्ते लौटेंगे।",  # an adjective of the time word
    ],
)
def test_clause_frames_silent(text):
    assert _words(text) == []


def test_list_of_things_is_no_list_of_persons():
    # (the open frame of name_frames reads a word before और on its own: जैक काला और)
    assert _words("मारिया किताब और कलम लाईं।", find_clause_calques) == []
    # a place set off by a comma before a quoted name is no list of persons
    assert _words("गीज़ा पठार, “गीज़ा नेक्रोपोलिस” में कई पिरामिड हैं।", find_clause_calques) == []


# ---------------------------------------------------------------- with the source (HI503)


@pytest.mark.parametrize(
    ("src", "mt", "calqued"),
    [
        # the first of two parts, a given name no list holds, spelled out: its slot is the surname's
        ("Goalkeeper Itumeleng Stone saved a penalty.", "गोलकीपर इतुमेलेंग पत्थर ने पेनल्टी बचाई।", ["Stone"]),
        ("Goalkeeper Itumeleng Stone saved a penalty.", "गोलकीपर इतुमेलेंग स्टोन ने पेनल्टी बचाई।", []),
        # an acronym after a model's name is no surname (Scorpio SUVs)
        ("Mahindra sold 5,000 Scorpio SUVs.", "महिंद्रा ने 5,000 स्कॉर्पियो एसयूवी बेचीं।", []),
    ],
)
def test_slot_after_an_unlisted_given_name(src, mt, calqued):
    issues = compare_names(src, unicodedata.normalize("NFC", mt))
    assert [t for x in issues if x.kind == "calque" for t in x.tokens] == calqued
