"""Round 17's HI512 classes (docs/quality.md, "Idioms, round 17"): a phrasal verb's Hindi that
says a WordNet synonym or spells another source word stays silent; a verb made from a thing's
noun before an adverb particle is a phrasal verb WordNet need not list; similes. The sentences
here are new (none is in a dev set or in tests/data/idioms_r17)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.lang.bilingual import phrasal_image
from audit.rules.source import idioms, phrasal_verbs, similes

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _spans(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, *_ in idioms.idiom_findings(src, mt)]


@needs_dict
def test_synonyms_of_a_phrasal_verb() -> None:
    # nod off = doze off, drowse off: doze and drowse, not nod itself
    assert {"doze", "drowse"} <= phrasal_verbs.synonym_verbs("nod", "off")
    assert "nod" not in phrasal_verbs.synonym_verbs("nod", "off")
    # cough up = cough out (expectorate): the own verb with another particle is no synonym
    assert "cough" not in phrasal_verbs.synonym_verbs("cough", "up")


@needs_dict
def test_a_synonyms_hindi_is_the_meaning() -> None:
    src = "The old guard nodded off during the night shift."
    assert _spans(src, "बूढ़ा पहरेदार रात की पाली में ऊंघ गया।") == []


@needs_dict
def test_a_word_spelling_another_source_word_is_that_word() -> None:
    src = "The council farmed out the cleaning to a private firm."
    assert _spans(src, "परिषद ने सफ़ाई का काम एक निजी फ़र्म को सौंप दिया।") == []


@needs_dict
def test_denominal_verbs_are_read_from_wordnet() -> None:
    verbs = phrasal_image.denominal_verbs()
    assert {"tail", "notch", "elbow"} <= verbs
    assert not {"fill", "work", "go"} & verbs


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        ("Profits tailed off after the strike.", "हड़ताल के बाद मुनाफ़े की पूंछ ढीली पड़ गई।", "पूंछ"),
        (
            "The chairman was elbowed out by the shareholders.",
            "शेयरधारकों ने अध्यक्ष को कोहनी से बाहर कर दिया।",
            "कोहनी",
        ),
    ],
)
def test_a_denominal_verb_before_an_adverb_particle(src: str, mt: str, span: str) -> None:
    assert any(span in found for found in _spans(src, mt))


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the noun, no verb form: a tail hanging off a sofa
        ("The cat's tail hung off the sofa.", "बिल्ली की पूंछ सोफ़े से लटक रही थी।"),
        # the meaning, no image
        ("Profits tailed off after the strike.", "हड़ताल के बाद मुनाफ़ा घट गया।"),
    ],
)
def test_denominal_silent(src: str, mt: str) -> None:
    assert _spans(src, mt) == []


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        ("The new intern was as keen as mustard.", "नया प्रशिक्षु सरसों जितना उत्सुक था।", "सरसों"),
        ("The old lawyer is still as sharp as a razor.", "बूढ़ा वकील अब भी उस्तरे की तरह तेज़ है।", "उस्तरे"),
        ("After the defeat the coach looked sick as a parrot.", "हार के बाद कोच तोते जैसा बीमार दिखा।", "तोते"),
    ],
)
def test_similes_rendered_word_for_word(src: str, mt: str, span: str) -> None:
    assert any(span in found for found in _spans(src, mt))


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the meaning in Hindi's own words
        ("The new intern was as keen as mustard.", "नया प्रशिक्षु बेहद उत्साहित था।"),
        # the thing's own quality (honey: "a sweet yellow liquid"): Hindi compares so too
        ("Her voice was as sweet as honey.", "उसकी आवाज़ शहद जैसी मीठी थी।"),
        # a role, no simile
        ("He worked as a cook in the army.", "उसने सेना में रसोइये के रूप में काम किया।"),
        # the thing named, but in no comparison
        ("The field was as keen as mustard.", "खेत में सरसों उगी थी।"),
    ],
)
def test_similes_silent(src: str, mt: str) -> None:
    assert _spans(src, mt) == []


def test_simile_shapes() -> None:
    assert [s[2:] for s in similes._similes("He was as daft as a brush.")] == [(3, 6)]
    assert [s[2:] for s in similes._similes("The goalkeeper stayed cool as a cucumber.")] == [(3, 6)]
    assert similes._similes("She was seen as a safe pair of hands.") == []
    assert similes._similes("The water rose as high as ten feet.") == []
    assert similes._similes("The water rose as high as 20 feet.") == []


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        ("The police rounded up the protesters.", "पुलिस ने प्रदर्शनकारियों को गोल कर दिया।", "गोल"),
        ("The annual report glossed over the losses.", "सालाना रिपोर्ट ने घाटे पर चमक फेर दी।", "चमक"),
    ],
)
def test_a_verb_rendered_by_its_nouns_or_adjectives_hindi(src: str, mt: str, span: str) -> None:
    # गोल (4.7) and चमक (4.5) are common Hindi words, but the dictionary gives them for *round*
    # and *gloss* only as an adjective and a noun: no Hindi verb with figurative senses of its own
    assert any(span in found for found in _spans(src, mt))
    assert _spans(src, "पुलिस ने प्रदर्शनकारियों को हिरासत में ले लिया।") == []


@needs_dict
def test_like_a_set_image() -> None:
    src = "The new coach blundered around like a bull in a china shop."
    assert any("बैल" in f for f in _spans(src, "नया कोच चीनी मिट्टी की दुकान में बैल की तरह इधर-उधर भटका।"))
    assert _spans(src, "नया कोच बिना सोचे-समझे सब कुछ बिगाड़ता रहा।") == []


def test_like_shapes() -> None:
    # a modifier or a phrase after the thing makes a set image
    assert [s[2:] for s in similes._similes("The plan went down like a lead balloon.")] == [(-1, 7)]
    assert [s[2:] for s in similes._similes("They get on like a house on fire.")] == [(-1, 5)]
    # a bare thing is a plain comparison; looks like / felt like compare appearances
    assert similes._similes("The hail stung like a needle.") == []
    assert similes._similes("The tower looks like a rocket on its pad.") == []
    assert similes._similes("He felt like a fish out of water.") == []


@needs_dict
def test_a_three_word_verb_is_no_movement_towards() -> None:
    from audit.lang.bilingual.particles import towards

    # look_up_to is WordNet's verb ("have a high opinion of"): its *to* is no movement
    assert not towards("look", "up", "to")
    assert towards("bounce", "back", "to")
    src = "The young umpires look up to him."
    assert any("ऊपर" in f for f in _spans(src, "युवा अंपायर उसकी ओर ऊपर देखते हैं।"))
    assert _spans(src, "युवा अंपायर उसे अपना आदर्श मानते हैं।") == []
