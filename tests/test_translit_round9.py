"""Round 9: Devanagari spellings read by sound (``data/translit_sound.tsv``, CMU pronunciations),
the ear over letter look-alikes, exact spellings of everyday words with rarer English and Hindi
words, and the repetition classes (case markers and learned adjectives doubled, an agent restarted,
a call repeated). Sentences here are not from any test set."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, translit_sound, translit_xlit, wordnet
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config
from audit.rules.repetition import find_loops
from audit.rules.repetition_around import find_gapped_repeats
from audit.rules.translit_levels import variant_zipf

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


def spans(code: str, text: str) -> list[str]:
    seg = Segment("t", 0, text)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config({}))
    return [f.span for f in REGISTRY[code].run(seg, ctx)]


def heard(word: str) -> set[str]:
    return {en for en, sim, _p in translit_sound.readings(word) if sim == 1.0}


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("मदर", "mother"),  # schwa for the strut vowel, द for the voiced th
        ("चेयर", "chair"),  # the glide य after a vowel
        ("कुशन", "cushion"),
        ("पिलर", "pillar"),
        ("प्राइज़", "prize"),  # ज़ as z ...
        ("प्राइज़", "price"),  # ... or s
    ],
)
def test_sound_readings(word, english):
    assert english in heard(word)


def test_sound_readings_plural_and_glide():
    assert any(en == "turtle" and plural for en, _s, plural in translit_sound.readings("टर्टल्स"))
    assert any(en == "tower" for en, _s, _p in translit_sound.readings("टावर"))  # a v before the r


def test_sound_readings_need_the_vowels_and_consonants():
    assert "align" not in heard("लाइन")  # an English word that begins with a vowel is written with one
    assert "mad" not in heard("मड")  # AE is ै/ा, never the inherent vowel
    assert "hit" not in heard("हीट")  # ी is the long vowel
    assert translit_sound.readings("किताब") == ()  # no English word has that skeleton and vowels


def test_transliterator_spelling_first():
    # हंग्री is the transliterator's own *hungry*; the ear's *Hungary* is no reading then
    assert [en for en, _s, _p in translit_xlit.all_readings("हंग्री")] == ["hungry"]
    # the transliterator alone does not read केइर (the ear hears *care*: a name, too short to tell)
    assert translit_xlit.readings("केइर") == ()


def test_flap_variant_of_dictionary_hindi():
    assert variant_zipf("सीढी") == variant_zipf("सीढ़ी") > 3.0


@needs_dict
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("उसने सोफे पर कुशन रखा।", "कुशन"),  # rarer English word, Hindi word common in some form
        ("बच्चे ने अपनी मदर को फोन किया।", "मदर"),  # read by ear only (the transliterator: मोथर)
    ],
)
def test_flagged(text, span):
    assert spans("HI408", text) == [span]


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "कंपनी ने अपना नया एप्पल स्टोर खोला।",  # a loan Hindi text writes often
        "ऐपल ने नया फोन लॉन्च किया।",  # ... also in a rarer spelling of the same word
        "चेयरमैन ने बैठक बुलाई।",
    ],
)
def test_not_flagged(text):
    assert spans("HI408", text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("मंत्री ने ने बयान दिया।", "ने"),  # a case marker doubled
        ("उसे उसे कुछ नहीं पता था।", "उसे"),  # an object pronoun doubled
        ("सरकार ने आर्थिक आर्थिक पैकेज घोषित किया।", "आर्थिक"),  # a learned -िक adjective
    ],
)
def test_never_doubled_words(text, phrase):
    assert [lp.phrase for lp in find_loops(text)] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "रुको, रुको, उसने आवाज़ दी।",  # a call repeated after a comma
        "चलो चलो, देर हो रही है।",
        "उसने धीरे धीरे दरवाज़ा खोला।",
        "लोग अलग अलग रास्तों से आए।",
    ],
)
def test_calls_and_reduplication_stay_silent(text):
    assert find_loops(text) == []


def test_agent_restarted_further_on():
    found = find_gapped_repeats("मुख्य सचिव ने गांव के लोगों से मुख्य सचिव ने बात की।")
    assert [p for _s, _e, p in found] == ["मुख्य सचिव ने"]
    # a clause of its own between: no loop
    assert find_gapped_repeats("मुख्य सचिव ने बताया कि गांव के लोगों से मुख्य सचिव ने बात की।") == []
