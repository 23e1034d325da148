"""Phrasal verbs made from a thing's noun, rendered by that noun (audit/lang/bilingual/phrasal_image.py,
HI512). The sentences here are new; the held-out measurement is tests/data/idioms_r9 (see its README)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.lang.bilingual import phrasal_image
from audit.rules.source.common import dictionary

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


@needs_dict
def test_pairs_are_verbs_made_from_things() -> None:
    pairs = phrasal_image.phrasal_pairs()
    assert ("rope", "in") in pairs and ("drum", "up") in pairs
    # a verb far more frequent than its noun is no denominal verb (fill in, work out, sink in)
    assert not {("fill", "in"), ("work", "out"), ("sink", "in")} & pairs


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        ("The club roped in a coach as its mentor.", "क्लब ने एक कोच को रस्सी से अंदर बाँधा।", "रस्सी"),
        (
            "The union is trying to drum up support for the march.",
            "यूनियन मार्च के लिए समर्थन ढोल पीटकर जुटा रही है।",
            "ढोल",
        ),
    ],
)
def test_the_thing_named_for_the_verb_is_found(src: str, mt: str, span: str) -> None:
    hits = phrasal_image.find(src, mt, dictionary())
    assert [mt[s:e] for s, e, _en, _n in hits] == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a noun, not a verb (a determiner before it; a verb between it and the particle)
        ("The cook took the rope out of the box.", "रसोइए ने डिब्बे से रस्सी बाहर निकाली।"),
        ("The old rope broke in the storm.", "पुरानी रस्सी आंधी में टूट गई।"),
        # the verb used literally: its object is a thing
        ("The sailors roped in the boat before the storm.", "नाविकों ने तूफ़ान से पहले नाव को रस्सी से खींच लिया।"),
        # the Hindi is the meaning, not the thing (a correct rendering)
        ("The club roped in a coach as its mentor.", "क्लब ने एक कोच को अपना मार्गदर्शक बनाया।"),
    ],
)
def test_literal_and_correct_renderings_stay_silent(src: str, mt: str) -> None:
    assert phrasal_image.find(src, mt, dictionary()) == []
