"""HI4xx script & orthography rules and the lexical resources behind them."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.core.model import Segment
from audit.lang import engdict
from audit.lang import resources as res
from audit.rules import script
from audit.rules.registry import CheckContext, iter_rules

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# HI409 is the opt-in annotator-strict level of HI408: by design it flags loans careful
# newsrooms use (वेस्ट for "the West" in seed 004), so it is not held to silence on the seeds.
HI4_RULES = [r for r in iter_rules() if r.family == "HI4" and r.code != "HI409"]


def run(text: str, code: str | None = None) -> list:
    seg = Segment(doc="t", index=0, text=text)
    out = []
    for rule in HI4_RULES:
        if code is None or rule.code == code:
            for f in rule.run(seg, CheckContext(document=[seg])):
                assert text[f.start : f.end] == f.span
                out.append(f)
    return out


def test_family_registered() -> None:
    codes = {r.code for r in HI4_RULES}
    assert {"HI401", "HI402", "HI403", "HI404", "HI405", "HI406"} <= codes
    for rule in HI4_RULES:
        assert rule.examples, rule.code
        assert rule.doc, rule.code


@pytest.mark.parametrize(
    "rule,incorrect,correct",
    [(r, bad, good) for r in HI4_RULES for bad, good in r.examples],
    ids=lambda v: getattr(v, "code", None) or str(v)[:20],
)
def test_rule_examples(rule, incorrect: str, correct: str) -> None:
    assert [f.code for f in run(incorrect, rule.code)], f"{rule.code} silent on {incorrect}"
    assert run(correct, rule.code) == [], f"{rule.code} fired on {correct}"
    # the correct sentence must be clean for the whole family, not only for this rule
    assert run(correct) == []


@pytest.mark.parametrize("path", sorted(SEEDS.glob("00[1-4]_*.txt")), ids=lambda p: p.name[:3])
def test_clean_seeds_have_no_findings(path: Path) -> None:
    findings = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            findings += [(f.code, f.span) for f in run(line.strip())]
    assert findings == []


# ----------------------------------------------------------------------------- HI401


def test_transliterated_english_word_flagged_with_english_guess() -> None:
    (f,) = run("खिलाड़ियों ने कई स्टेडियम्स और एरेनास में मैच खेले।", "HI401")
    assert f.span == "एरेनास"
    assert f.evidence["english"] == "arenas"
    assert "arenas" in f.message


def test_established_loanwords_and_names_are_silent() -> None:
    text = "पुलिस ने टीवी और इंटरनेट पर बताया कि सर्गेई लावरोव प्योंगयांग पहुंचे और एपी ने कंप्यूटर से फोटो भेजी।"
    assert run(text, "HI401") == []


def test_inflected_loanword_uses_stem() -> None:
    # कंटेनरों is unknown to wordfreq but its stem कंटेनर is a common Hindi loanword
    assert run("बंदरगाह पर कंटेनरों की जांच हुई।", "HI401") == []


# ----------------------------------------------------------------------------- HI402


def test_glued_content_words() -> None:
    (f,) = run("दोनों देशों ने व्यापारसमझौते पर हस्ताक्षर किए।", "HI402")
    assert f.suggestion == "व्यापार समझौते"
    assert f.category == "merge"


def test_glued_postposition() -> None:
    (f,) = run("मामला अदालतके सामने है।", "HI402")
    assert f.suggestion == "अदालत के"


def test_compounds_and_verb_forms_not_glued() -> None:
    # solid compounds with a usual second element, and verb infinitives in -ने
    assert run("उसने मुट्ठीभर चावल लिए और कपड़ा लपेटने लगा।", "HI402") == []


def test_causative_verbs_not_glued() -> None:
    # a causative verb cut at its -वा- is one verb, not root + वाई or stem + या (or)
    from audit.rules.script_glue import causative_verb

    assert run("उसने कपड़े धुलवाई और किताबें मंगवाया।", "HI402") == []
    assert causative_verb("धुलवाई", "धुल") and causative_verb("मंगवाया", "मंगवा")
    # the cut must fall at the morpheme, and the root must be a Hindi stem
    assert not causative_verb("धुलवाई", "धु")
    assert not causative_verb("क्षज्ञवाया", "क्षज्ञ")
    # a real glued pair still fires
    assert run("मामला अदालतके सामने है।", "HI402")


# ----------------------------------------------------------------------------- HI403


def test_latin_acronyms_names_and_glosses_are_silent() -> None:
    text = "AP और KCNA के अनुसार iPhone की बिक्री (sales) बढ़ी, Reuters ने बताया।"
    assert run(text, "HI403") == []


def test_latin_word_flagged() -> None:
    (f,) = run("सरकार ने नई policy की घोषणा की।", "HI403")
    assert f.span == "policy"


# ----------------------------------------------------------------------------- HI404


def test_mixed_digits_flags_minority() -> None:
    fs = run("2024 में 15 देशों के १२ प्रतिनिधि आए।", "HI404")
    assert [(f.span, f.suggestion) for f in fs] == [("१२", "12")]


def test_single_digit_system_silent() -> None:
    assert run("२०२४ में १५ देशों के १२ प्रतिनिधि आए।", "HI404") == []
    assert run("2024 में 15 देशों के 12 प्रतिनिधि आए।", "HI404") == []


# ----------------------------------------------------------------------------- HI405


@pytest.mark.parametrize(
    "bad",
    ["वह ाघर गया।", "वह घरोे गया।", "वह अाज आया।", "यह क्ा है।", "वह कंा है।", "वह क््ष है।"],
)
def test_broken_matras(bad: str) -> None:
    assert [f.code for f in run(bad, "HI405")] == ["HI405"]


def test_valid_signs_silent() -> None:
    assert run("उन्होंने कहा कि आज क्षेत्र में ज़्यादा लोग हैं और अंग्रेज़ी में बातें कीं।", "HI405") == []


def test_decomposed_input_offsets_index_original_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "ज़मीन पर अाज बारिश हुई।")
    (f,) = run(text, "HI405")
    assert text[f.start : f.end] == f.span


# ----------------------------------------------------------------------------- HI406


def test_caption_position_only_as_aside() -> None:
    assert run("इस तस्वीर में मंत्री, राइट, किसान से बात कर रहे हैं।", "HI406")
    assert run("राइट बंधुओं ने पहला विमान उड़ाया।", "HI406") == []


def test_caption_entries_complete() -> None:
    for p in script.caption_positions():
        assert {"word", "english", "fix", "incorrect", "correct"} <= set(p)
        assert p["word"] in p["incorrect"] and p["fix"] in p["correct"]


# ----------------------------------------------------------------------------- resources


def test_zipf_glue_signal() -> None:
    assert res.zipf_hi("संधि") > 3.5 and res.zipf_hi("रूसी") > 3.5
    assert res.zipf_hi("संधिरूसी") == 0.0
    assert res.split_glued("संधिरूसी") == ("संधि", "रूसी")
    assert res.is_known_hindi("सरकार") and not res.is_known_hindi("संधिरूसी")


def test_romanise_gives_vowel_variants() -> None:
    cands = res.romanise("एरेनास")
    assert cands[0] == "erenas"
    assert "aranas" in cands
    assert any(c.startswith("erenA") or c == "erenasa" for c in cands)  # ITRANS form


def test_phonetic_keys_agree_across_scripts() -> None:
    assert res.dev_key("एरेनास") in res.en_keys("arenas")
    assert res.dev_key("सर्विसमैन") in res.en_keys("servicemen")
    assert res.dev_key("कंप्यूटर") in res.en_keys("computer")
    assert res.dev_key("स्टेशन") in res.en_keys("station")


def test_english_lookalikes_exclude_names() -> None:
    assert res.english_lookalikes("लावरोव") == ()  # Lavrov is capitalised in the dictionary
    assert res.english_lookalikes("एरेनास")[0][0] == "arenas"


def test_english_word_list_is_lowercase_dictionary_words() -> None:
    vocab = res.english_vocabulary()
    assert len(vocab) > 20000
    assert all(w.islower() and w.isalpha() for w in vocab)
    assert "lavrov" not in vocab and "pyongyang" not in vocab


def test_resources_are_memoised() -> None:
    """Repeated look-ups hit the caches (speed itself is measured by `audit bench`, not asserted)."""
    res.english_lookalikes("एरेनास")  # warm
    res.zipf_hi("संधि")
    before = (res._lookalikes.cache_info().hits, res.zipf_hi.cache_info().hits)
    for _ in range(10):
        res.english_lookalikes("एरेनास")
        res.zipf_hi("संधि")
    after = (res._lookalikes.cache_info().hits, res.zipf_hi.cache_info().hits)
    assert after[0] - before[0] == 10 and after[1] - before[1] == 10


def test_loanword_list_loaded() -> None:
    lw = script.loanwords()
    assert {"पुलिस", "टीवी", "इंटरनेट", "फोन", "मीडिया", "बस", "ट्रेन", "कंप्यूटर", "होटल"} <= lw


def test_attested_compounds_are_not_split():
    from audit.rules.script_glue import glued_split

    for compound in ("युद्धविराम", "रात्रिभोज"):
        assert glued_split(compound) is None, compound
        assert glued_split(compound, use_attested=False) is not None  # the list is what keeps it silent
    assert glued_split("महाशक्तियों") is None
    assert glued_split("संधिरूसी") == ("संधि", "रूसी")


def test_prefix_compounds_are_not_split():
    """A Sanskrit first member that is a word of its own too (महा, प्रति, अति, बहु, सर्व …) starts
    a solid compound, attested or not: महावाणिज्य दूत (consul general), प्रतिव्यक्ति."""
    from audit.rules.script_glue import glued_split

    for compound in ("महावाणिज्य", "प्रतिव्यक्ति", "बहुराष्ट्रीय", "सर्वदलीय", "अर्धसैनिक"):
        assert glued_split(compound, use_attested=False) is None, compound
    assert glued_split("सरकारजल्द") is not None


def test_a_name_beside_a_known_foreign_name_is_not_english():
    from audit import Auditor

    (result,) = Auditor(select=["HI401"]).check(["संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने अपील की।"])
    assert result.findings == []


@pytest.mark.skipif(not engdict.available(), reason="FreeDict eng-hin not installed")
def test_dictionary_words_not_glued() -> None:
    # words of the dictionary's Hindi: a compound written solid (मिश्रधातु, *alloy*), a word that only
    # looks like a postposition glued to a word (कीमिया is no की + मिया)
    assert run("प्रयोगशाला में मिश्रधातु बनाई गई।", "HI402") == []
    assert run("पुरानी किताबों में कीमिया का ज़िक्र है।", "HI402") == []
    assert run("मामला अदालतके सामने है।", "HI402")
