"""Round-15 transliteration classes (issues 13, 14), each with its other side checked. Words here are
not from any test set.

With the source, HI408 reads a word Hindi text never writes that spells an ordinary word of the
source (:mod:`audit.rules.source.spelled`): no exact spelling or grammatical slot is needed, only a
Hindi word the dictionary gives for that very source word, which stands mainly for it and which
Hindi text writes (a thing's name about as often as English writes the thing's).
"""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules.translit_levels import LEVELS, Candidate

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)
NEWS = LEVELS["newsroom"]


def spelled(word: str, src_words: tuple[str, ...], slot: bool = False) -> Candidate | None:
    from audit.rules.source.spelled import spelled_candidate

    return spelled_candidate(word, src_words, NEWS, slot)


@needs_resources
@pytest.mark.parametrize(
    ("word", "english", "hindi"),
    [
        ("स्वैम्प", "swamp", "दलदल"),
        ("क्रोकोडाइल", "crocodile", "मगरमच्छ"),
        ("बार्बर्स", "barbers", "नाई"),  # an inflected source word: its base form's entry
        ("ऑनेस्टी", "honesty", "ईमानदारी"),
    ],
)
def test_an_unwritten_spelling_of_a_source_word_with_a_hindi_word_is_read(word, english, hindi):
    c = spelled(word, ("the", english, "river"))
    assert c is not None and c.english == english and c.hindi == hindi


@needs_resources
@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("मेडल", "medal"),  # a loan Hindi text writes
        ("गिटार", "guitar"),
        ("हंटर", "hunter"),
    ],
)
def test_loans_hindi_writes_stay_silent(word, english):
    assert spelled(word, (english,)) is None


@needs_resources
def test_the_word_must_spell_the_source_word():
    assert spelled("स्वैम्प", ("marsh", "river")) is None


@needs_resources
def test_another_word_spelled_exactly_is_that_word():
    from audit.rules.source.spelled import _other_word

    # रेलिंग is *railing*, a word of its own, not an inflection of the source's *rail*; सोंग *song*
    assert _other_word("रेलिंग", "rail") and _other_word("सोंग", "sang")
    assert not _other_word("बार्बर्स", "barbers") and not _other_word("स्वैम्प", "swamp")


@needs_resources
def test_the_hindi_word_must_stand_mainly_for_the_source_word():
    from audit.rules.source.spelled import means

    # FreeDict's first word for *barricade* is रोक, which is mainly *check*, *stop*; दलदल is *swamp*
    assert means("दलदल", "swamp")
    assert not means("रोक", "barricade") and not means("सुनना", "strain")


@needs_resources
def test_a_two_consonant_word_needs_an_ordinary_slot():
    # याट (*yacht*) also names the loan; only its exact spelling in an ordinary word's slot counts
    assert spelled("याट", ("yacht",)) is None
    assert spelled("लेमन", ("lemon",)) is not None  # three consonants: no slot needed


# HI408 with the source, end to end: the path runs after every other one, and the sentence guards
# (names, English terms) apply to what it finds


@needs_resources
@pytest.mark.parametrize(
    ("text", "src", "span"),
    [
        ("गांव के पास एक स्वैम्प है।", "There is a swamp near the village.", "स्वैम्प"),
        ("नदी में एक क्रोकोडाइल दिखा।", "A crocodile was seen in the river.", "क्रोकोडाइल"),
        # a Hindi neighbour FreeDict lacks (पुरानी) makes no English term with it
        ("हमने पुरानी क्रोकोडाइल देखी।", "We saw an old crocodile.", "क्रोकोडाइल"),
    ],
)
def test_hi408_flags_an_unwritten_spelling_of_a_source_word(text, src, span):
    from rule_run import run

    assert [f.span for f in run("HI408", text, src)] == [span]


@needs_resources
@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("उसने नया मेडल जीता।", "He won a new medal."),  # a loan Hindi text writes
        ("बस चलते समय रेलिंग पकड़े रहो।", "Hold on to the rail when the bus moves."),  # *railing*
        ("झीलों में याट की ज़रूरत नहीं होती।", "On the lakes you do not need a yacht."),  # two consonants
        ("क्रोकोडाइल डंडी फिर लौटा।", "Crocodile Dundee returned."),  # a name of the source
    ],
)
def test_hi408_leaves_loans_other_words_and_names_alone(text, src):
    from rule_run import run

    assert run("HI408", text, src) == []
