"""An idiom ending in its own preposition, read from its object (audit/lang/bilingual/literal_use.py,
physical_complement; HI512's inventory search). The sentences here are new."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.lang.bilingual import english as E
from audit.lang.bilingual.literal_use import physical_complement

needs_wordnet = pytest.mark.skipif(not engdict.wordnet_available(), reason="WordNet not installed")

WORDS = ("pour", "cold", "water", "on")


def _after(src: str, last: str) -> bool:
    toks = E.tokens(src)
    j = next(k for k, t in enumerate(toks) if t[2] == last) + 1
    return physical_complement(WORDS, src, toks, j)


@needs_wordnet
@pytest.mark.parametrize(
    ("src", "literal"),
    [
        ("The cook poured cold water on the rice to stop it boiling.", True),  # a thing
        ("The auditors poured cold water on the merger plan.", False),  # an abstraction
        ("The coach poured cold water on the striker.", False),  # a person: either reading
    ],
)
def test_object_of_the_idioms_own_preposition(src: str, literal: bool) -> None:
    assert _after(src, "on") is literal
