"""Round-10 precision classes of the idiom rules: a scene of things of one WordNet kind
(scene.company: HI205, HI209, HI512 for idioms of one thing), a doubled word (scene "twin"), an MT
that renders an idiom by its own sense (HI512), the verbs of going with बाहर/अंदर, and the
dictionary's abstractions governing a particle as a marked object (HI205's phrasal verbs).

The sentences here are new; the held-out measurement is tests/data/idioms_r10 (written before this
work; see docs/quality.md, "Idioms, round 10")."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict, wordnet
from audit.lang.bilingual import phrasal_hindi, scene
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks

load_all_checks()
needs_both = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict eng-hin and WordNet needed"
)


def why(text: str, span: str, english: str, verb_first: bool = False) -> str:
    start = text.index(span)
    return scene.literal_scene(text, start, start + len(span), english, verb_first)


def codes(rule: str, mt: str, src: str | None = None) -> list[str]:
    seg = Segment("t", 0, mt, src=src)
    return [f.span for f in REGISTRY[rule].run(seg, CheckContext(document=[seg]))]


def test_a_doubled_word_is_hindis_own_adverb() -> None:
    assert why("तूफ़ान में पुराना छप्पर टुकड़े-टुकड़े हो गया।", "पुराना छप्पर टुकड़े", "a chip off the old block") == "twin"


@needs_both
def test_things_of_one_kind_make_a_scene() -> None:
    # two natural places: a lake and its bank
    assert why("मछुआरे झील के किनारे बैठे जाल सुखा रहे थे।", "किनारे बैठे", "sit on the sidelines", True) == "company"
    # an institution before the words: no scene, whatever the other nouns
    assert scene.company("नगर निगम ने झील के किनारे बैठे रहना चुना।", 21, 36) is False


@needs_both
def test_company_leaves_calques_alone() -> None:
    # no other thing of the same kind in the sentence
    assert why("संसद ने आख़िरकार तौलिया फेंक दिया।", "तौलिया फेंक", "throw in the towel", True) == ""
    assert "तौलिया फेंक" in codes("HI205", "संसद ने आख़िरकार तौलिया फेंक दिया।")
    # a verb form the dictionary also reads as a thing (पाने: spanner) is no company
    assert not scene._verb_form("झील") and scene._verb_form("पाने")


@needs_both
def test_hi512_an_idiom_rendered_by_its_own_sense_is_no_calque() -> None:
    assert not codes(
        "HI512",
        "डॉक्टर की सलाह पर पिता ने शराब की आदत छोड़ दी।",
        "Father kicked the habit on the doctor's advice.",
    )
    # the image kept (पलट is turn's plain Hindi, a table a thing): still a calque
    assert codes(
        "HI512", "चुनाव से पहले विपक्ष ने मेज़ें पलट दीं।", "The opposition turned the tables before the election."
    )


def test_verbs_of_going_with_out_are_hindis_own() -> None:
    assert phrasal_hindi.natural_phrase("बाहर", "चली")
    assert not phrasal_hindi.find("सभा का बहिष्कार करके सांसद बाहर चले गए।")


@needs_both
def test_an_abstraction_as_the_marked_object_governs_the_particle() -> None:
    found = [w for _s, _e, w in phrasal_hindi.find("पुलिस ने हड़ताल को नीचे रख दिया।")]
    assert found and found[0].startswith("नीचे")
