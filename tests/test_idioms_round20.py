"""Round 20's Hindi-only idiom classes (docs/quality.md, "Idioms Hindi only, round 20"): a bare
लेना after a marked object and ऊपर/नीचे/बाहर, दूर before a verb that moves nothing
(:mod:`audit.lang.bilingual.phrasal_hindi`), and the glossary's दफ़न करना and गड़ाना (HI205).
The sentences here are new (none is in a dev set or in tests/data/idioms_r20)."""

from __future__ import annotations

import pytest

from audit.lang import engdict
from audit.lang.bilingual import phrasal_hindi
from tests.rule_run import run

needs_dict = pytest.mark.skipif(
    not (engdict.available() and engdict.wordnet_available()),
    reason="FreeDict eng-hin or WordNet not installed",
)


def _phrasal(text: str) -> list[str]:
    return [text[s:e] for s, e, _what in phrasal_hindi.find(text)]


@pytest.mark.parametrize(
    ("mt", "span"),
    [
        # took over: a firm taken "up" with no verb of going after ले
        ("रिलायंस ने पिछले साल उस चैनल को ऊपर ले लिया।", "ऊपर ले"),
        # take on: staff taken "up"
        ("कारख़ाना दिवाली से पहले सौ मज़दूरों को ऊपर लेगा।", "ऊपर लेगा"),
        # gave away: दूर with a verb that moves nothing
        ("सेठ ने अपनी आधी जायदाद दूर दे दी।", "दूर दे"),
    ],
)
def test_a_particle_with_a_verb_that_moves_nothing(mt: str, span: str) -> None:
    assert _phrasal(mt) == [span]


@pytest.mark.parametrize(
    "mt",
    [
        "कुली मेहमानों का सामान ऊपर ले गए।",  # ले with a verb of going: carried up
        "उसने अलमारी से अपना बैग नीचे ले लिया।",  # a thing lifted down, no marked object
        "बारिश से पहले कपड़े अंदर ले लो।",  # अंदर ले लेना is Hindi's own
        "आंधी पत्तों को बहुत दूर ले गई।",  # a distance after बहुत
        "दोनों देश अपने मतभेद दूर करने पर राज़ी हुए।",  # दूर करना: Hindi's own idiom
        "किसान धुआं करके मच्छरों को दूर भगाते हैं।",  # driven away: Hindi's own
        "बच्चे ने ग़ुस्से में खिलौना दूर फेंक दिया।",  # a thing thrown away
        "उसका गांव शहर से बहुत दूर है।",  # a place far away
    ],
)
def test_a_thing_moved_or_hindis_own_phrase_stays_silent(mt: str) -> None:
    assert _phrasal(mt) == []


@needs_dict
@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("लंबी बातचीत के बाद दोनों पड़ोसी देशों ने कुल्हाड़ी दफ़न कर दी।", "कुल्हाड़ी दफ़न"),
        ("पेंशन के सवाल पर कर्मचारी संघ ने अपनी एड़ियां गड़ा दी हैं।", "एड़ियां गड़ा"),
    ],
)
def test_the_glossary_reads_the_verbs_mt_uses(mt: str, span: str) -> None:
    assert [f.span for f in run("HI205", mt)] == [span]


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "पुरातत्वविदों को खेत में दफ़न एक पुरानी कुल्हाड़ी मिली।",
        "लड़की ने गीली रेत में अपनी एड़ियां गड़ा दीं।",
    ],
)
def test_the_same_verbs_in_a_literal_scene_stay_silent(mt: str) -> None:
    assert run("HI205", mt) == []


@needs_dict
@pytest.mark.parametrize(
    "mt",
    [
        "बच्चे रात को छत पर लेटकर ऊपर तारों की ओर देखते रहे।",  # की after a plural: a genitive
        "हड़ताल के कारण मालिक ने कारख़ाना जल्दी बंद कर दिया।",  # an adverb before बंद
        "घाटे के बाद चैनल ने अपना सबसे पुराना शो बंद कर दिया।",  # a show closed: *show* is a noun
        "मरीज़ ने खांसकर बलगम बाहर थूक दिया।",  # a thing expelled from the mouth
    ],
)
def test_a_genitive_a_closed_thing_and_a_thing_spat_out_stay_silent(mt: str) -> None:
    from audit.lang.bilingual import phrasal_back

    assert phrasal_back.find(mt) == []


@needs_dict
def test_a_verbs_own_hindi_before_band_is_still_read() -> None:
    from audit.lang.bilingual import phrasal_back

    mt = "निदेशक ने आख़िरकार बजट पर हस्ताक्षर बंद कर दिए।"  # signed off
    assert [mt[s:e] for s, e, _ in phrasal_back.find(mt)] == ["हस्ताक्षर बंद कर"]
