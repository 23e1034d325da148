"""audit.rules.contest_sides: a plural that wins or beats is a team's name (HI401)."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules.contest_sides import contest_noun, contest_side, contest_verb
from audit.rules.script import hindi_tokens

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


def _side(text: str, word: str) -> bool:
    toks = list(hindi_tokens(text))
    return contest_side(text, toks, next(i for i, t in enumerate(toks) if t[2] == word))


@needs_resources
def test_verbs_of_competition_by_the_dictionary_and_wordnet():
    assert contest_verb("जीती") and contest_verb("हराया")  # जीतना: win; हराना: beat, defeat
    assert not contest_verb("किया") and not contest_verb("बनाया") and not contest_verb("पहुंचे")


@needs_resources
def test_nouns_of_contest_by_the_dictionary_and_wordnet():
    assert contest_noun("मुक़ाबला") and contest_noun("प्रतियोगिता")  # match, competition
    assert not contest_noun("बाज़ार") and not contest_noun("मैदान")


@needs_resources
def test_a_plural_that_wins_or_beats_is_a_side():
    assert _side("ग्लेडिएटर्स और स्पार्टन्स का मुक़ाबला कल होगा।", "ग्लेडिएटर्स")
    assert _side("रेंजर्स ने सेल्टिक को हराया।", "रेंजर्स")
    assert _side("सेल्टिक ने रेंजर्स को दो गोल से हराया।", "रेंजर्स")
    assert not _side("बाज़ार में फ्रूट्स महंगे हुए।", "फ्रूट्स")  # no contest: English left untranslated
    assert not _side("फार्मर्स नाराज़ हैं। भारत ने मैच जीता।", "फार्मर्स")  # the verb is another sentence's


@needs_resources
def test_hi401_leaves_a_contest_side_alone():
    from audit.core.model import Segment
    from audit.rules.registry import CheckContext
    from audit.rules.script_translit import check_transliterated_english

    def spans(text: str) -> list[str]:
        return [
            f.span for f in check_transliterated_english(Segment(doc="d", index=0, text=text), CheckContext())
        ]

    assert spans("गांव में बुचर्स आए।") == ["बुचर्स"]  # English left untranslated (*butchers*: क़साई)
    assert spans("बुचर्स ने फ़ाइनल जीता।") == []  # the side that won: a team named Butchers
