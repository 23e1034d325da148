"""HI207: the title/institution inventory (audit/data/title_inventory.toml)."""

from __future__ import annotations

import pytest

from audit.rules import title_inventory as ti


def _spans(text: str, src: str | None = None) -> list[str]:
    return [text[s:e] for s, e, _ in ti.title_calques(text, src)]


@pytest.mark.parametrize("title", ti.inventory(), ids=lambda t: t.english)
def test_every_entry_fires_on_its_example(title: ti.Title) -> None:
    # Hindi only unless the entry needs the source; then a source holding the title licenses it
    src = None if title.context != "source" else f"They said {title.phrases[0].title()} met."
    assert _spans(title.example, src), title.example


@pytest.mark.parametrize("title", ti.inventory(), ids=lambda t: t.english)
def test_standard_hindi_is_never_a_calque(title: ti.Title) -> None:
    for hindi in title.hindi.split("/"):
        hindi = hindi.split("(")[0].strip()
        assert not title.regex.search(hindi + " ने"), hindi


def test_derived_calques_follow_the_hindi_order_of_x_of_the_y() -> None:
    literal = {"chancellor": ["{N:कुलपति}"]}
    plain = {"exchequer": ["राजकोष"]}
    assert ti.derive("chancellor of the exchequer", literal, plain) == [
        "(?:राजकोष) (?:के|का|की) (?:{N:कुलपति})"
    ]
    # no word with an everyday (wrong) sense: nothing to derive
    assert ti.derive("exchequer", literal, plain) == []
    # a word without Hindi in the table: nothing to derive
    assert ti.derive("chancellor of the duchy", literal, plain) == []


@pytest.mark.parametrize(
    "text",
    [
        "उसने घोड़े को चाबुक से मारा।",
        "सचिव पर दबाव बढ़ गया।",
        "कार्यालय के बीच में एक अंडाकार मेज़ रखी थी।",
        "संगोष्ठी में मुख्य वक्ता जॉन ने कहा कि इतिहास बदल रहा है।",
        "बच्चे घर की ऊपरी मंजिल पर खेलते हैं।",
        "नीले घर के सामने एक पेड़ है।",
        "नक्शे पर एक लाल क्रॉस का निशान लगाया गया था।",
        "अल्पसंख्यक नेताओं ने मुख्यमंत्री से मुलाकात की।",
        "राष्ट्रपति चुनाव ने देश को बांट दिया।",
        "भारत की पहली महिला आईपीएस किरण बेदी आईं।",
        "पंचभुज की पांच भुजाएं होती हैं।",
        "जिला कोषागार के अधिकारी ने पेंशन जारी की।",
        "व्हाइट हाउस ने रिपोर्ट को खारिज कर दिया।",
    ],
)
def test_ordinary_hindi_stays_silent(text: str) -> None:
    assert _spans(text) == []


def test_source_licenses_the_calque_only_when_it_holds_the_title() -> None:
    mt = "अल्पसंख्यक नेता हकीम जेफ्रीज़ ने योजना की आलोचना की।"
    assert _spans(mt) == []
    assert _spans(mt, "Minority Leader Hakeem Jeffries criticised the plan.") == ["अल्पसंख्यक नेता"]
    # a lower-case common noun is not the institution
    assert _spans("नक्शे पर लाल क्रॉस था।", "There was a red cross on the map.") == []
    assert _spans("नक्शे पर लाल क्रॉस था।", "The Red Cross was there.") == ["लाल क्रॉस"]
    # a one-word title at the start of a sentence only before a name (Speaker Nancy Pelosi)
    assert _spans("संगोष्ठी में वक्ता एक इतिहासकार थे।", "Speaker at the seminar was a historian.") == []
    assert _spans("वक्ता ने सभा को संबोधित किया।", "Speaker Johnson addressed the House.") == ["वक्ता"]


def test_source_titles_outside_the_inventory_are_derived_from_the_word_table() -> None:
    src = "The Cabinet Committee considered the proposal."
    assert _spans("अलमारी समिति ने प्रस्ताव पर विचार किया।", src) == ["अलमारी समिति"]
    assert _spans("कैबिनेट समिति ने प्रस्ताव पर विचार किया।", src) == []
    # only the senses listed as wrong in any title: राज्य परिषद is the Hindi of State Council
    assert _spans("राज्य परिषद ने योजना को मंजूरी दी।", "The State Council approved the plan.") == []
    # the words must stand together in the MT as the title's calque
    assert _spans("उसके घर के बाहर रक्षक खड़े थे।", "Guards stood outside the Home Guard office.") == []
