"""Round-16 transliteration classes (issues 13, 14), each with its other side checked. Words here are
not from any test set.

With the source, HI408's spelled path (:mod:`audit.rules.source.spelled`) reads more of the source's
ordinary words (possessives, bare sentence openings), a *-ness* noun through its adjective, a longer
consonant skeleton spelled a little more loosely; it leaves a Hindi-inflected loan and a thing whose
own Hindi word is too rare alone; and a neighbour makes a name or English term with what it finds only
when the source holds that neighbour too.
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
    ("src", "word"),
    [
        ("The cook's apron was dirty.", "cook"),  # a possessive's noun
        ("Otters swam in the river.", "otters"),  # a bare plural opening the sentence
        ("Peel the onions first.", "peel"),  # an imperative before a determiner
    ],
)
def test_the_spelled_path_reads_possessives_and_bare_openings(src, word):
    from audit.lang.transcription import source_words
    from audit.rules.source.spelled import spelled_source_words

    assert word not in source_words(src)
    assert word in spelled_source_words(src)


@needs_resources
@pytest.mark.parametrize(
    "src",
    [
        "Falcon unveiled a new rocket.",  # a singular noun opening without an article: a name
        "Modi's speech was long.",  # a capitalised possessive: a name
    ],
)
def test_a_name_opening_the_sentence_stays_out(src):
    from audit.rules.source.spelled import spelled_source_words

    assert not {"falcon", "modi"} & set(spelled_source_words(src))


@needs_resources
def test_a_ness_noun_reads_through_its_adjective():
    c = spelled("लेज़ीनेस", ("child", "laziness", "annoyed"))
    assert c is not None and c.english == "laziness" and c.hindi == "आलसी"


@needs_resources
def test_a_hindi_inflected_loan_is_no_transliteration():
    assert spelled("क्रोकोडाइल", ("crocodiles", "river")) is not None
    assert spelled("क्रोकोडाइलों", ("crocodiles", "river")) is None  # Hindi's own oblique plural


@needs_resources
@pytest.mark.parametrize(
    ("text", "src", "span"),
    [
        # a bare plural opening the source
        ("छत के नीचे स्वैलोज़ ने घोंसले बनाए।", "Swallows nested under the roof.", "स्वैलोज़"),
        # a possessive's noun
        ("क्रोकोडाइल के जबड़े खुले थे।", "The crocodile's jaws were open.", "क्रोकोडाइल"),
        # a Hindi word FreeDict lacks beside it (नाचा) makes no English term: the source lacks it
        ("बारिश में एक पीकॉक नाचा।", "A peacock danced in the rain.", "पीकॉक"),
    ],
)
def test_hi408_reads_what_the_source_settles(text, src, span):
    from rule_run import run

    assert [f.span for f in run("HI408", text, src=src)] == [span]


@needs_resources
@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("हमने कपकेक खाए।", "We ate cupcakes."),  # no Hindi word in the dictionary
        ("टीम ने सर्वेयरों से बात की।", "The team spoke to the surveyors."),  # Hindi's own plural
    ],
)
def test_hi408_leaves_loans_alone(text, src):
    from rule_run import run

    assert run("HI408", text, src=src) == []


@needs_resources
@pytest.mark.parametrize(("word", "english"), [("फ़ेंसिंग", "fencing"), ("स्टिचिंग", "stitching")])
def test_a_gerund_spelled_whole_is_a_borrowed_noun(word, english):
    from audit.rules.translit_source import gerund_spelled, source_candidate

    assert gerund_spelled(word, english)
    assert source_candidate(word, (english,), NEWS) is None
    assert not gerund_spelled("स्टिच", "stitching")  # the verb's base form is English left in place


@needs_resources
def test_the_source_confirms_a_guess_only_through_a_hindi_word_that_stands_for_it():
    from audit.rules.source.spelled import stands_for

    guess = Candidate("division", "भाग", 0.0, 5.4)  # भाग stands for *part* first
    assert stands_for(guess) is None
    own = Candidate("crocodile", "मगरमच्छ", 0.0, 3.7)
    assert stands_for(own) is own
