"""HI408/HI409's own glossary (data/translit_glossary.tsv): the file itself, how Devanagari words
are matched to it (spellings by sound, plurals, Hindi case endings), the loans and look-alikes that
stay silent, the source path and the strictness setting. Sentences here are not from any test set."""

from __future__ import annotations

import pytest
from rule_run import run

from audit.lang import translit_glossary as G
from audit.lang.transcription import sound_spellings, spells
from audit.pipeline.auditor import Auditor
from audit.rules.registry import REGISTRY, load_all_checks, validate_rule_config
from audit.rules.translit_common import variant_zipf

load_all_checks()


def test_every_line_is_an_entry_with_a_common_hindi_word():
    entries = G.entries()
    assert len(entries) >= 300
    assert sum(e.level == "news" for e in entries.values()) >= 250
    for en, e in entries.items():
        assert en.isalpha() and en.islower(), en
        # the suggestion is a word Hindi text uses (Zipf over its spelling variants)
        assert max(variant_zipf(h) for h in e.hindi) >= 3.0, (en, e.hindi)


def test_listed_loans_are_not_newsroom_errors():
    """A loan of data/script_loanwords.tsv is established Hindi: its glossary word is ``strict``."""
    from audit.core.data import data_text

    for line in data_text("script_loanwords.tsv").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 2:
            continue
        en = parts[1].strip().lower()
        e = G.lookup(en)
        if e is not None and parts[0] not in e.hindi and spells(parts[0], en):  # not the Hindi (अस्पताल)
            assert e.level == "strict", (parts[0], e)


@pytest.mark.parametrize(
    ("english", "spelled"),
    [("education", "ejucation"), ("question", "queshchan"), ("weather", "weader"), ("desert", "dezert")],
)
def test_sound_spellings(english, spelled):
    assert spelled in sound_spellings(english)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("नगर निगम के इलेक्शनों में भारी मतदान हुआ।", "चुनाव"),  # Hindi case ending on the loan
        ("गवर्नमेंट ने नई योजना शुरू की।", "सरकार"),
        ("आग में कई शॉप्स पूरी तरह जल गईं।", "दुकान"),  # English plural
        ("पुलिस ने आरोपी की अरेस्ट के बाद पूछताछ की।", "गिरफ्तारी"),
        ("मज़दूरों ने कंपनसेशन की मांग की।", "मुआवज़ा"),
        ("गांव में पानी की सिचुएशन गंभीर है।", "स्थिति"),  # sound spelling: tu → चु
    ],
)
def test_hindi_only_flags_glossary_words(text, suggestion):
    (f,) = run("HI408", text)
    assert f.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "बच्चों ने नाश्ते में ब्रेड और क्रीम खाई।",  # bread, cream: other English words, not bird/crime
        "मेले में घोड़ों की दौड़ हुई।",  # Hindi; its nukta-free key is not *god*
        "आइसलैंड के पास एक आइलैंड है।",  # island is a loan news uses (strict), not *land*
        "परियोजना की नाकामी पर चर्चा हुई।",  # the glossary's own Hindi
        "सरकार ने राहत पैकेज और ऑक्सीजन प्लांट की घोषणा की।",  # listed loans
        "विपक्ष के लीडर ने मीटिंग बुलाई।",  # strict-level loans
        "वर्ल्ड कप में टीम ने अच्छा खेल दिखाया।",  # beside another loan: a multiword English term
    ],
)
def test_hindi_only_silent_on_loans_and_lookalikes(text):
    assert run("HI408", text) == []


def test_source_glossary_word_spelled_out():
    (f,) = run("HI408", "दोनों देश सीमा पर पीस चाहते हैं।", src="Both countries want peace on the border.")
    assert f.suggestion == "शांति"  # पीस is also Hindi (grind): Hindi-only it stays silent
    assert run("HI408", "दोनों देश सीमा पर पीस चाहते हैं।") == []
    # the source shows a different word: grind, not peace
    assert run("HI408", "वह मसाले पीस रही है।", src="She is grinding the spices.") == []


def test_source_confirms_only_the_word_read():
    """A Hindi-only candidate survives the source only when the source has that very word."""
    assert run("HI408", "गवर्नमेंट ने घोषणा की।", src="The government announced it.")
    assert run("HI408", "गवर्नमेंट ने घोषणा की।", src="The administration announced it.") == []


def test_strictness_setting():
    text = "विपक्ष के लीडर ने सदन में भाषण दिया।"
    assert run("HI408", text) == []
    (f,) = run("HI408", text, config={"HI408": {"strictness": "annotator"}})
    assert f.code == "HI408" and f.suggestion == "नेता"
    assert REGISTRY["HI408"].config["strictness"] == "newsroom"
    with pytest.raises(ValueError, match="strictness must be one of"):
        validate_rule_config({"HI408": {"strictness": "lenient"}})
    with pytest.raises(ValueError):
        Auditor(rule_config={"HI408": {"strictness": "lenient"}})
