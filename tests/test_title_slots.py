"""HI207's slot path (audit/rules/title_slots.py): a capitalised name word spelled nowhere in the MT
whose slot — after its spelled left neighbour, before its spelled right one — holds Hindi of its own.
Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_slots as tsl

needs = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


def _spans(mt: str, src: str) -> list[str]:
    return [mt[s:e] for s, e, _en in tsl.slot_calques(mt, src)]


@needs
@pytest.mark.parametrize(
    ("src", "mt", "spans"),
    [
        # a city + a team noun the dictionary does not link (hornets → ततैयों)
        (
            "The Charlotte Hornets lost to Miami on Friday.",
            "शार्लट ततैयों को शुक्रवार को मियामी से हार मिली।",
            ["ततैयों"],
        ),
        (
            "The Charlotte Hornets lost to Miami on Friday.",
            "शार्लट हॉर्नेट्स को शुक्रवार को मियामी से हार मिली।",
            [],
        ),
        # a lower-case kind before a brand: the app's name in the app's slot
        (
            "Customers of the payments app Paytm and the grocery app Swiggy Instamart complained.",
            "पेमेंट्स ऐप पेटीएम और ग्रोसरी ऐप स्विगी इंस्टामार्ट के ग्राहकों ने शिकायत की।",
            [],
        ),
        # a right-hand neighbour anchors the word before it (Elephant beer → हाथी बियर)
        ("Sales of Elephant beer fell in Goa.", "गोवा में हाथी बियर की बिक्री घटी।", ["हाथी"]),
        ("Sales of Elephant beer fell in Goa.", "गोवा में एलिफ़ेंट बियर की बिक्री घटी।", []),
        # Hindi's own names of institutions and occasions: a group or time noun heads the run
        ("The Patna High Court granted bail.", "पटना उच्च न्यायालय ने ज़मानत दे दी।", []),
        ("The Lychee Festival in Muzaffarpur began.", "मुज़फ़्फ़रपुर का लीची उत्सव शुरू हुआ।", []),
        # a person's name is the name rules' (a role before it)
        ("Actor Vicky Kaushal met fans.", "अभिनेता विक्की कौशल ने प्रशंसकों से मुलाकात की।", []),
        # a sentence's first word is no name unless its frame says so
        ("Water supply was cut in Pune.", "पुणे में पानी सप्लाई बंद रही।", []),
        # a plural capitalised after an opening The, a side's act after it: the words before ने
        ("The Bantams beat Swansea 1-0.", "मुर्गियों ने स्वानसी को 1-0 से हराया।", ["मुर्गियों"]),
        ("The Bantams beat Swansea 1-0.", "बैंटम्स ने स्वानसी को 1-0 से हराया।", []),
        ("Doctors published a report on dengue.", "डॉक्टरों ने डेंगू पर एक रिपोर्ट प्रकाशित की।", []),
    ],
)
def test_slot_calques(src: str, mt: str, spans: list[str]) -> None:
    assert _spans(mt, src) == spans


@needs
def test_oblique_plural_in_a_plural_slot() -> None:
    """A Hindi noun in the oblique plural stands for an English plural name word even when no
    dictionary knows it: names do not inflect."""
    assert tsl._hindi_word("उड़ाकों", plural=True)
    assert not tsl._hindi_word("उड़ाकों", plural=False)
    assert not tsl._hindi_word("हॉर्नेट्स", plural=True)  # English spelled


@needs
def test_kind_heads() -> None:
    assert tsl._kind_noun("court") and tsl._kind_noun("festival") and tsl._kind_noun("ministry")
    assert not tsl._kind_noun("road") and not tsl._kind_noun("lions") and not tsl._kind_noun("oval")
