"""audit.rules.scene_frames: literal scenes in the shape of an idiom's calque (HI205)."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.rules import scene_frames as S

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin or WordNet not installed"
)


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


@needs_resources
def test_missing_frame_is_a_literal_scene():
    text = "शाम को ठंडी हवा चली।"
    assert S.literal(text, *_span(text, "हवा चली"), "walk on air")
    text = "पदोन्नति के बाद वह हवा पर चल रहा था।"  # the calque keeps the postposition
    assert not S.literal(text, *_span(text, "हवा पर चल"), "walk on air")
    text = "नतीजों के बाद विपक्ष ने तौलिया फेंक दिया।"  # throw in: a particle, not a frame
    assert not S.literal(text, *_span(text, "तौलिया फेंक"), "throw in the towel")


@needs_resources
def test_unrendered_qualifier_is_a_literal_scene():
    text = "लड़का स्कूल के समारोहों में वायलिन बजाता है।"
    assert S.literal(text, *_span(text, "वायलिन बजाता"), "play second fiddle")
    text = "मेयर को अपनी तुरही ख़ुद बजाना पसंद है।"
    assert not S.literal(text, *_span(text, "तुरही ख़ुद बजाना"), "blow one's own trumpet")
    text = "सौदा ग्यारहवें घंटे में बच गया।"  # the ordinal is the image itself, rendered
    assert not S.literal(text, *_span(text, "ग्यारहवें घंटे"), "at the eleventh hour")
    # *last* is no ordinal number: the dictionary's Hindi for it (अन्तिम) is not the word MT writes
    text = "कीमतों में यह बढ़ोतरी ग्राहकों के लिए आख़िरी तिनका साबित हुई।"
    assert not S.literal(text, *_span(text, "आख़िरी तिनका"), "the last straw")


@needs_resources
def test_one_of_a_pair_is_a_literal_scene():
    text = "स्वयंसेवक हर शाम आवारा कुत्तों को खाना खिलाते थे।"
    assert S.literal(text, *_span(text, "कुत्तों को खाना"), "dog eat dog")
    text = "विज्ञापन एक कुत्ता-कुत्ते-को-खाए वाला धंधा है।"  # both copies: the calque
    assert not S.literal(text, *_span(text, "कुत्ते-को-खाए"), "dog eat dog")


@needs_resources
def test_a_part_owned_by_a_thing_is_a_literal_scene():
    text = "पतंग के धागे का ढीला सिरा हवा में लहरा रहा था।"  # the kite thread's loose end
    assert S.literal(text, *_span(text, "ढीला सिरा"), "at a loose end")
    text = "नई योजना का ढीला सिरा अब भी बाक़ी है।"  # a plan owns no physical end: the idiom stays
    assert not S.literal(text, *_span(text, "ढीला सिरा"), "at a loose end")
    text = "बर्फ़ीली हवा ने मकड़ी के जाले उड़ा दिए।"  # मकड़ी के जाले is the dictionary's cobweb itself
    assert not S.owned_thing(text, *_span(text, "जाले उड़ा"), "blow away the cobwebs")
    text = "टीम अब भी घोड़े के मुंह से सुनना चाहती है।"  # the idiom's own possessive
    assert not S.owned_thing(text, *_span(text, "मुंह से सुनना"), "straight from the horse's mouth")


@needs_resources
def test_a_word_doubled_around_a_postposition_is_hindi_s_own_idiom():
    text = "दुकानदार पूरे हफ़्ते हाथ पर हाथ धरे बैठे रहे।"
    i = text.rindex("हाथ")
    assert S.literal(text, i, i + len("हाथ धरे बैठे"), "sit on one's hands")
    text = "दोनों दल हाथ में हाथ डालकर चले।"  # the English says the word twice: the calque keeps both
    i = text.rindex("हाथ")
    assert not S.doubled(text, i, i + len("हाथ डालकर"), "hand in hand")
