"""Kinds of names Hindi translates, told by the source (audit/rules/source/title_kinds.py): the
veto of HI207's findings and HI514's guard. Sentences here are not the held-out sets'."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, wordnet
from audit.rules.source import title_kinds as tk
from audit.rules.source.veto import vetoed

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


@needs_wordnet
@pytest.mark.parametrize(
    ("english", "src"),
    [
        # a public body of the Indian state: a mark of the state and a body head (any sense) or a
        # field of work
        ("Tea Board", "The Tea Board of India fixed new prices."),
        ("Geological Survey", "The Geological Survey of India mapped the fault."),
        ("Indian Council", "The Indian Council of Historical Research funded the dig."),
        # a landmark or festival placed in India outside its name
        ("City Palace", "The City Palace in Udaipur was lit up."),
        ("Elephant Festival", "The Elephant Festival at Jaipur was cancelled."),
        ("Jakhoo Temple", "Shimla's Jakhoo Temple drew big crowds."),
        # an epithet after a name
        ("Bold", "Philip the Bold founded the abbey."),
        # a body named for its field: a group noun of administration, then "of"
        ("Mines", "The Ministry of Mines cancelled two leases."),
        ("Department of Fisheries", "The Department of Fisheries banned trawling in June."),
    ],
)
def test_kinds_hindi_translates(english: str, src: str) -> None:
    assert tk.translated_kind(english, src)


@needs_wordnet
@pytest.mark.parametrize(
    ("english", "src"),
    [
        # a firm, a league, a team of the same words: no body head
        ("Indian Oil", "Indian Oil raised fuel prices."),
        ("Premier League", "The Indian Premier League starts in March."),
        # a landmark abroad, or one the source does not place in India
        ("Space Needle", "The Space Needle in Seattle was closed."),
        ("Golden Gate Bridge", "Fog covered the Golden Gate Bridge."),
        # a place inside the name makes a show's, a firm's or a team's name
        ("Pune Factory", "Pune Factory follows three engineers."),
        # a firm that works in an Indian town: not tied to it
        ("Pizza Hut", "Pizza Hut opened a new outlet in Nagpur."),
        # not after a name and "the"
        ("Bold", "Bold moves paid off for the firm."),
        # "of" after a head that is no body, or a building first (the House of Lords)
        ("House of Lords", "The House of Lords delayed the bill."),
        ("Queen of the South", "Queen of the South won the derby."),
    ],
)
def test_kinds_hindi_writes_out(english: str, src: str) -> None:
    assert not tk.translated_kind(english, src)


@needs_wordnet
def test_indian_places() -> None:
    assert tk.indian_place("udaipur") and tk.indian_place("india")
    assert not tk.indian_place("seattle") and not tk.indian_place("tree")


@needs_wordnet
def test_the_title_veto_reads_the_kind() -> None:
    assert vetoed("title", "Tea Board", "The Tea Board of India fixed new prices.", "चाय बोर्ड")
    assert not vetoed("title", "Space Needle", "The Space Needle in Seattle was closed.", "अंतरिक्ष सुई")


@needs_dict
@needs_wordnet
def test_hi514_leaves_a_body_of_india_alone() -> None:
    from audit.rules.registry import CheckContext
    from audit.rules.source.name_translation import check_name_translated

    seg = Segment(
        doc="t",
        index=0,
        text="भारतीय मसाला बोर्ड ने नई प्रयोगशाला खोली।",
        src="The Spices Board of India opened a new laboratory.",
    )
    assert not [f for f in check_name_translated(seg, CheckContext()) if f.span == "मसाला"]


@needs_wordnet
@pytest.mark.parametrize(
    ("english", "src", "translated"),
    [
        ("Moon Temple", "Pilgrims climbed to the Moon Temple at dawn.", True),  # a shrine named after a thing
        ("Tiger", "Monks live at the Tiger Shrine near the river.", True),  # a part of such a name
        (
            "Inner Temple",
            "Lawyers of the Inner Temple met on Monday.",
            False,
        ),  # an adjective: an Inn of Court
        ("Temple Street", "The market on Temple Street is busy.", False),  # a street, not a shrine
    ],
)
def test_shrines_named_after_things(english: str, src: str, translated: bool) -> None:
    assert tk.translated_kind(english, src) is translated
