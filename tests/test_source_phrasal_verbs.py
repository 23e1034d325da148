"""Phrasal verbs rendered by their verb's own Hindi (audit/rules/source/phrasal_verbs.py, HI512).
The sentences here are new; the dev measurement is in docs/quality.md ("Idioms, round 16")."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules.source import idioms, phrasal_verbs
from audit.rules.source.common import dictionary

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _find(src: str, mt: str) -> list[str]:
    return [mt[s:e] for s, e, _en, _v in phrasal_verbs.find(src, mt, dictionary(), idioms._transcribed)]


@needs_dict
def test_definitions_decide_the_image() -> None:
    # cough up: "give reluctantly" / "discharge (phlegm …)": no definition says cough
    assert phrasal_verbs.verb_unneeded("cough", "up")
    # wash up: "wash dishes" says wash itself
    assert not phrasal_verbs.verb_unneeded("wash", "up")
    # light verbs are never images
    assert "get" not in phrasal_verbs.phrasal_verbs()


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        (
            "After the court order the builder finally coughed up.",
            "अदालत के आदेश के बाद बिल्डर ने आख़िरकार खांसकर पैसे दिए।",
            "खांसकर",
        ),
        # the dictionary's two-word gloss written solid (गो मांस → गोमांस)
        ("The club beefed up its defence.", "क्लब ने अपनी रक्षापंक्ति को गोमांस से भर दिया।", "गोमांस"),
        # a pronoun object is no thing
        ("The hotel ripped them off.", "होटल ने उन्हें फाड़कर रख दिया।", "फाड़कर"),
        # a transcription the consonant keys miss (पिच)
        ("The neighbours pitched in after the flood.", "बाढ़ के बाद पड़ोसियों ने अंदर पिच किया।", "पिच"),
        ("The strike petered out within a week.", "हड़ताल एक हफ़्ते में पीटर होकर ख़त्म हो गई।", "पीटर"),
    ],
)
def test_the_verbs_own_hindi_is_found(src: str, mt: str, span: str) -> None:
    assert _find(src, mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the meaning, not the verb
        (
            "After the court order the builder finally coughed up.",
            "अदालत के आदेश के बाद बिल्डर ने आख़िरकार भुगतान कर दिया।",
        ),
        # an object that is a thing: the verb meant as it stands
        ("The patient coughed up blood.", "मरीज़ ने खांसकर ख़ून निकाला।"),
        # a passive: the thing acted on stands before the verb
        ("The forms must be filled in by Monday.", "फ़ॉर्म सोमवार तक भरने होंगे।"),
        # a verb of motion ending its clause: a body may move so
        ("The porter tripped up on the stairs.", "कुली सीढ़ियों पर लड़खड़ा गया।"),
        # verb and particle both transcribed: the phrasal verb borrowed whole
        ("The guests checked out at noon.", "मेहमानों ने दोपहर को चेक आउट किया।"),
        # a verb of motion before an adverb of place
        ("The goats ran around here all day.", "बकरियां दिन भर यहां दौड़ती रहीं।"),
        # a preposition's phrase between verb and particle: the particle is not the verb's
        ("Someone knocked on the back door.", "किसी ने पिछला दरवाज़ा खटखटाया।"),
        # a particle followed by *of*: a movement
        ("The cat jumped out of the basket.", "बिल्ली टोकरी से कूदकर बाहर आ गई।"),
    ],
)
def test_silent(src: str, mt: str) -> None:
    assert _find(src, mt) == []


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "found"),
    [
        # forward / behind rendered by Hindi's direction word beside the verb's own Hindi
        ("The hearing was brought forward to Tuesday.", "सुनवाई को मंगलवार तक आगे लाया गया।", True),
        # a movement: the verb of motion with no object moves the body
        ("The soldiers marched forward in silence.", "सैनिक चुपचाप आगे बढ़े।", False),
    ],
)
def test_more_particles(src: str, mt: str, found: bool) -> None:
    from audit.lang.bilingual.phrasal import literal_phrasals

    assert bool(literal_phrasals(src, mt, dictionary())) is found


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # a short stem's converb (मथकर, of मथना) is the verb's own Hindi though its stem key keeps कर
        ("The press churns out a pamphlet every week.", "प्रेस हर हफ़्ते एक पर्चा मथकर निकालता है।", "मथकर"),
        # a thing before a noun of another kind modifies it: the object is a business, no thing
        (
            "The family spun off its steel business.",
            "परिवार ने अपने इस्पात कारोबार को घुमाकर अलग कर दिया।",
            "घुमाकर",
        ),
    ],
)
def test_round20_found(src: str, mt: str, span: str) -> None:
    assert _find(src, mt) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the thing is the head: a phrase after a determiner is another phrase (every morning)
        ("The factory churns out bicycles every day.", "कारख़ाना हर दिन साइकिलें मथकर निकालता है।"),
        # a participle after the thing starts a clause: the wheel is the object
        ("The boys spun off a wheel spinning on the road.", "लड़कों ने सड़क पर घूमता एक पहिया घुमाकर अलग कर दिया।"),
    ],
)
def test_round20_silent(src: str, mt: str) -> None:
    assert _find(src, mt) == []


def test_literal_object_reads_the_head() -> None:
    assert phrasal_verbs._literal_object(["cement", "business"]) is False
    assert phrasal_verbs._literal_object(["hostel", "warden"]) is False
    assert phrasal_verbs._literal_object(["car"]) is True
    assert phrasal_verbs._literal_object(["vegetable", "market"]) is True  # a marketplace
    assert phrasal_verbs._literal_object(["truck", "carrying"]) is True
