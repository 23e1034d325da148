"""HI207's source path with one gap: a capitalised run of the source whose words the MT renders but
one the dictionary cannot link, filled by a Hindi word in its slot (audit/rules/title_source.py,
``unlinked_words``). Sentences here are not the held-out sets' nor the own set's."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.rules import title_source as ts
from audit.rules.title_works import gap_word
from tests.rule_run import run

needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def _spans(mt: str, src: str) -> list[str]:
    return [mt[s:e] for s, e, _n, _h in ts.source_calques(mt, src, gap_word)]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        ("Fans binge-watched Money Heist again.", "प्रशंसकों ने पैसों की डकैती फिर से देखी।", "पैसों की डकैती"),
        ("Silver Heist played in Goa.", "चांदी की डकैती ने गोवा में गाया।", "चांदी की डकैती"),
    ],
)
def test_a_run_rendered_but_for_one_word_the_dictionary_cannot_link(src: str, mt: str, span: str) -> None:
    assert _spans(mt, src) == [span]


@needs_dict
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a name written as one word: its parts are no words of a run
        ("Fieldhouse said the forest range was shrinking.", "फ़ील्डहाउस ने कहा कि विचरण क्षेत्र घट रहा है।"),
        # a given name is no gap (Hugh), nor is a verb form
        ("The member Hugh Lightfoot voted five to one.", "सदस्य ह्यू लाइटफ़ुट ने पांच के मुक़ाबले एक मत दिया।"),
        ("OpenAI has opened an office in Pune.", "ओपनएआई ने पुणे में दफ़्तर खोला है।"),
    ],
)
def test_names_one_word_names_and_verbs_fill_no_gap(src: str, mt: str) -> None:
    assert _spans(mt, src) == []


@needs_dict
def test_a_description_after_the_article_and_a_compound_postposition_fill_no_gap() -> None:
    src = "The Economic Offences Wing questioned the dealer."
    assert _spans("आर्थिक अपराध शाखा ने डीलर से पूछताछ की।", src) == []
    assert not gap_word("रूप") and not gap_word("बारे") and not gap_word("खोला")
    assert gap_word("डकैती")


@needs_dict
def test_a_gap_beside_a_word_the_mt_writes_twice_is_no_slot() -> None:
    # IndicMT val: *named storm* (नामित तूफान) stands before *Subtropical Storm* (उपोष्णकटिबंधीय
    # तूफान); तूफान three times in the line, so नामित is no gap of the name
    src = (
        "The tenth named storm of the Atlantic Hurricane season, Subtropical Storm Jerry, "
        "formed in the Atlantic Ocean today."
    )
    mt = "अटलांटिक तूफान मौसम का दसवां नामित तूफान, उपोष्णकटिबंधीय तूफान जेरी, आज अटलांटिक महासागर में बना।"
    assert run("HI207", mt, src) == []
