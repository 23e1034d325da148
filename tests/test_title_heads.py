"""HI207's round-10 source paths: a place + plural noun of people (audit/rules/title_heads.py) and the
word-level facts of audit/rules/title_words.py (names spelled by their own language, WordNet
instance-only compounds, two-word dictionary glosses, kinds of people). Sentences here are not the
held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import title_heads as th
from audit.rules import title_source as ts
from audit.rules import title_words as tw

needs = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)

LIONS = "The Detroit Lions beat the visitors by ten points on Sunday."


@needs
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        (LIONS, "डेट्रॉइट शेरों ने रविवार को मेहमान टीम को दस अंकों से हराया।", "शेरों"),
        (LIONS, "डेट्रॉइट लायंस ने रविवार को मेहमान टीम को दस अंकों से हराया।", None),  # transliterated
        (  # a loanword in the slot (पेंगुइन spells penguin)
            "The Pittsburgh Penguins won a second straight cup on Sunday.",
            "पिट्सबर्ग पेंगुइनों ने रविवार को लगातार दूसरा कप जीता।",
            None,
        ),
        (  # the MT left the plural out: the next word is another's
            "The Denver Nuggets won a second straight title on Sunday.",
            "डेनवर ने रविवार को लगातार दूसरा ख़िताब जीता।",
            None,
        ),
    ],
)
def test_plural_heads_of_team_names(src: str, mt: str, span: str | None) -> None:
    assert [mt[s:e] for s, e, _en in th.head_calques(mt, src)] == ([span] if span else [])


@needs
def test_group_heads_are_people_or_animals() -> None:
    assert th.group_head("lions") and th.group_head("brothers")
    assert not th.group_head("games") and not th.group_head("nations") and not th.group_head("police")


@needs
def test_word_facts() -> None:
    assert tw.spells_word("अहमदाबाद", "ahmedabad")  # a name no dictionary knows: dentals are its own
    assert ts._compound("portland") == ("port", "land")  # WordNet has it only with a capital
    assert tw.renders("तट", "coast") and tw.renders("कुटिया", "cottage")  # समुद्र तट, कुटी
    assert tw.renders("घुमक्कड़", "wanderer")  # vagrant, a kind of wanderer


@needs
def test_one_word_names_and_quantities() -> None:
    got = ts.source_calques("बंदरगाह भूमि में पूरे दिन बारिश होती रही।", "It rained all day in Portland.")
    assert [e for _s, _e, e, _w in got] == ["Portland"]  # one word: पुल, भूमि are no excuse
    assert not ts.source_calques(
        "हज़ारों ब्रिटिश नागरिक रविवार को सड़कों पर उतरे।", "Thousands of Britons took to the streets on Sunday."
    )


@needs
def test_quoted_nicknames_and_kinds_of_people() -> None:
    from audit.rules import title_brands as tb

    assert ("sniper", False) in tb._candidates("Fans called the bowler 'Sniper' for his accuracy.")
    assert tw.renders("निशानेबाज़", "sniper")  # a sniper is a kind of marksman (निशानेबाज़)
