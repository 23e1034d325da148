"""HI512's figurative WordNet lemmas (audit/rules/source/figurative.py): a multiword noun whose
definitions do not need an image word, rendered by that word's literal Hindi."""

from __future__ import annotations

import pytest

from audit.lang import wordnet
from audit.rules.source import figurative as F
from audit.rules.source.common import dictionary
from audit.rules.source.idioms import _transcribed, idiom_findings

pytestmark = pytest.mark.skipif(
    not wordnet.available() or dictionary() is None, reason="needs WordNet and the FreeDict dictionary"
)


def spans(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, *_ in F.renderings(src, mt, _transcribed)]


def test_image_word_the_meaning_does_not_need():
    assert F.unneeded_images(("poison", "pill"), "noun") == ("poison", "pill")
    src = "The board adopted a poison pill to block the takeover."
    assert any("गोली" in s for s in spans(src, "बोर्ड ने अधिग्रहण रोकने के लिए एक ज़हर की गोली अपनाई।"))
    assert any(e == "poison pill" for *_, e, _i, _s in idiom_findings(src, "बोर्ड ने एक ज़हर की गोली अपनाई।"))


def test_idiomatic_translation_is_silent():
    src = "The board adopted a poison pill to block the takeover."
    assert spans(src, "बोर्ड ने अधिग्रहण रोकने के लिए शेयरों को महंगा करने की रणनीति अपनाई।") == []


@pytest.mark.parametrize(
    "words",
    [
        ("fishing", "boat"),  # a kind of boat (WordNet hypernyms)
        ("nest", "egg"),  # one sense is a real egg in a nest
        ("fire", "sale"),  # "damaged by fire": the definition says it
        ("snow", "leopard"),  # an animal like a leopard: no category jump
    ],
)
def test_literal_compounds_have_no_unneeded_image(words):
    assert F.unneeded_images(words, "noun") == ()


def test_adjective_compounds_and_names_are_not_searched():
    assert F.find_lemmas("A white horse led the wedding procession.") == ()
    assert all(w != ("poison", "pill") for *_, w, _p in F.find_lemmas("Shares of Poison Pill Ltd rose."))


def test_wordnet_term_borrowed_whole_is_no_calque():
    src = "A traffic jam stretched for ten kilometres."
    assert not [f for f in idiom_findings(src, "दस किलोमीटर तक ट्रैफ़िक जाम लगा रहा।") if f[2] == "traffic jam"]


@pytest.mark.parametrize(
    ("src", "mt", "english"),
    [
        (
            "The new law brought about a change in hiring.",
            "नए क़ानून ने भर्ती में बदलाव के बारे में लाया।",
            "brought about",
        ),
        ("The actor laughed off the rumours.", "अभिनेता ने अफ़वाहों को दूर हंस दिया।", "laughed off"),
    ],
)
def test_listed_particle_rendered_by_its_spatial_hindi(src, mt, english):
    assert any(f[2] == english for f in idiom_findings(src, mt))


def test_particle_the_definition_says_keeps_its_hindi():
    assert F.particle_meant("write", "about") and not F.particle_meant("bring", "about")
    assert not idiom_findings("She wrote about the floods.", "उसने बाढ़ के बारे में लिखा।")


def test_hindi_idiom_with_the_same_image_is_no_calque():
    """sit on one's hands: Hindi's हाथ पर हाथ धरे बैठना (the sense column of idioms_en.tsv) is the
    idiom; the same nouns without the phrase (हाथों पर बैठे) are a calque."""
    src = "The regulators sat on their hands for a year."
    assert not idiom_findings(src, "नियामक साल भर हाथ पर हाथ धरे बैठे रहे।")
    assert any(f[2] == "sat on their hands" for f in idiom_findings(src, "नियामक साल भर अपने हाथों पर बैठे रहे।"))
