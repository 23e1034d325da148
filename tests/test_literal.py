"""HI2xx literal translations and calques: lexicon validity, every entry's examples, offsets, precision."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from conftest import shared_data

from audit.core.model import Segment
from audit.lang.inflection import compile_pattern, expand, noun_forms, verb_forms
from audit.rules import literal
from audit.rules.literal import (
    CODES,
    LexiconError,
    load_lexicon,
    match_text,
    parse_lexicon,
)
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks

load_all_checks()
LEXICON = load_lexicon()
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEST_DATA = Path(__file__).resolve().parent / "data"
HI2_RULES = [REGISTRY[c] for c in sorted(REGISTRY) if c.startswith("HI2")]


def run_hi2(text: str) -> list:
    seg = Segment(doc="t", index=0, text=text)
    ctx = CheckContext(document=[seg])
    return [f for rule in HI2_RULES for f in rule.run(seg, ctx)]


# --------------------------------------------------------------------------- lexicon validity


def test_lexicon_size_and_codes_registered() -> None:
    assert len(LEXICON) >= 100
    for code in CODES:
        assert code in REGISTRY, code
        assert REGISTRY[code].examples, f"{code} has no examples"
    assert {e.code for e in LEXICON} == set(CODES)


def test_lexicon_ids_unique_and_fields_present() -> None:
    ids = [e.id for e in LEXICON]
    assert len(ids) == len(set(ids))
    for e in LEXICON:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e.id), e.id
        for field in ("english", "pattern", "correct", "message", "example_bad", "example_good"):
            assert getattr(e, field).strip(), (e.id, field)
        assert e.severity in ("minor", "major", "critical")
        assert e.category in ("literal", "title-calque", "sense")
        assert e.regex.pattern  # compiled
        msg = e.render_message()
        assert re.search("[\u0900-\u097f]", msg), f"{e.id}: message must be readable by a Hindi editor"
        assert "{" not in msg, e.id


def test_lexicon_rejects_bad_entries() -> None:
    good = """
[[calque]]
id = "x"
code = "HI201"
english = "x"
pattern = 'स्याही {दे}'
correct = "y"
severity = "major"
category = "literal"
example_bad = "a"
example_good = "b"
"""
    assert len(parse_lexicon(good)) == 1
    with pytest.raises(LexiconError, match="missing"):
        parse_lexicon(good.replace('correct = "y"\n', ""))
    with pytest.raises(LexiconError, match="code"):
        parse_lexicon(good.replace("HI201", "HI299"))
    with pytest.raises(LexiconError, match="bad pattern"):
        parse_lexicon(good.replace("स्याही {दे}", "स्याही ((दे"))
    with pytest.raises(LexiconError, match="duplicate"):
        parse_lexicon(good + good)
    with pytest.raises(LexiconError, match="unknown field"):
        parse_lexicon(good.replace('correct = "y"', 'correct = "y"\ncolour = "red"'))


# --------------------------------------------------------------------------- every entry's examples


@pytest.mark.parametrize("entry", LEXICON, ids=lambda e: e.id)
def test_entry_examples(entry: literal.CalqueEntry) -> None:
    bad = [f for f in run_hi2(entry.example_bad) if f.evidence.get("entry") == entry.id]
    assert bad, f"{entry.id}: example_bad gives no finding from this entry"
    for f in bad:
        assert f.code == entry.code and f.category == entry.category and f.severity == entry.severity
        assert f.span == entry.example_bad[f.start : f.end]
        assert f.span and f.span in entry.example_bad
        assert f.suggestion == entry.correct
    good = run_hi2(entry.example_good)
    assert not good, f"{entry.id}: example_good flagged: {[(f.evidence.get('entry'), f.span) for f in good]}"


# --------------------------------------------------------------------------- macros and offsets


def test_verb_macro_covers_inflections() -> None:
    rx = compile_pattern("स्याही {दे|लगा}")
    for form in ("स्याही दी", "स्याही दिया", "स्याही दिए", "स्याही देंगे", "स्याही लगाई", "स्याही लगाएंगे"):
        assert rx.search(form), form
    assert not rx.search("स्याहीदार")
    assert "रखेंगे" in verb_forms("रख") and "बनाया" in verb_forms("बना") and "किया" in verb_forms("कर")
    assert "मुनियों" in noun_forms("मुनि")


def test_pattern_does_not_match_inside_words() -> None:
    rx = compile_pattern("राज्य {N:सचिव}")
    assert rx.search("राज्य सचिव ने")
    assert not rx.search("राज्य सचिवालय में")  # the word goes on
    assert not rx.search("उपराज्य सचिव")  # …and starts earlier


def test_spelling_variants_nukta_and_chandrabindu() -> None:
    rx = compile_pattern("पर आंख {रख}")
    assert rx.search("पर आँख रखी")  # chandrabindu for anusvara
    rx2 = compile_pattern("जमीन पर")
    assert rx2.search(unicodedata.normalize("NFC", "ज़मीन पर"))  # optional nukta
    assert "\\s+" in expand("एक दो")


def test_offsets_on_non_nfc_input() -> None:
    # ड़ written as the precomposed code point U+095C (NFC decomposes it); offsets must index the input
    text = "सेना ने आक्रमण की तैयारी की। दूसरे हाथ पर, \u095cर के बावजूद राज्य सचिव ने स्याही दी।"
    assert not unicodedata.is_normalized("NFC", text)
    findings = run_hi2(text)
    assert {f.evidence["entry"] for f in findings} >= {
        "secretary-of-state",
        "inked-signed",
        "on-the-other-hand",
    }
    for f in findings:
        assert f.span == text[f.start : f.end]
    prefix = "पहले \u095cा\u095cा "  # two non-NFC letters before the calque
    t2 = prefix + "उन्होंने एक समझौते पर स्याही दी।"
    (f,) = [f for f in run_hi2(t2) if f.evidence["entry"] == "inked-signed"]
    assert f.span == "स्याही दी" and t2[f.start : f.end] == "स्याही दी"


def test_unless_and_requires_context() -> None:
    assert not run_hi2("मतदान के बाद उंगली पर स्याही लगाई गई।")  # voting ink is literal
    assert not run_hi2("माकपा के राज्य सचिव ने प्रेस वार्ता की।")  # a party's state secretary
    assert not run_hi2("जीत के लिए उन्होंने कप्तान को बधाई दी।")  # real congratulations
    assert not run_hi2("संतों और मुनियों ने आश्रम में प्रवचन दिया।")  # real sages
    assert run_hi2("सेना को मिसाइलें और मुनियों की खेप मिली।")


def test_overlapping_entries_report_one_finding() -> None:
    text = "यूक्रेन ने रूस में एक आक्रामक माउंट किया था।"
    findings = run_hi2(text)
    assert len(findings) == 1
    assert findings[0].span == "एक आक्रामक माउंट किया था"


def test_findings_are_json_serialisable() -> None:
    (f,) = run_hi2("अमेरिकी राज्य सचिव आज आएंगे।")
    assert json.loads(json.dumps(f.to_dict()))["code"] == "HI202"


# --------------------------------------------------------------------------- precision and recall

# Legitimate Hindi that shares words with a calque (literal ink, a party's state secretary,
# real congratulations, real sages …): each entry's unless/requires/lookaround must keep it quiet.
LEGITIMATE = """मतदान के बाद अधिकारी ने मेरी उंगली पर स्याही लगाई।
प्रिंटर में नई स्याही लगाई गई।
उसने झूठ कहना बंद कर दिया है।
हम दो दिन से कम रुके थे।
सर्दी में ठंडे पैर गर्म पानी में रखें।
बच्चे झील पर जमी बर्फ तोड़ रहे थे।
किसान अपनी जमीन पर खड़े होकर फसल देख रहे थे।
नई सड़क ने पुराने पुल की जगह ली।
राजमार्ग पर टोल प्लाजा पर वाहनों से टोल लिया जाता है।
राष्ट्रपति पद की दौड़ में तीन उम्मीदवार हैं।
उसने दूसरे हाथ में थैला पकड़ रखा था।
बैंक खाते में पैसे जमा किए गए।
उसने सिर पर ठंडा पानी डाला।
जैन मुनियों ने अहिंसा का संदेश दिया।
भाजपा के राज्य मीडिया प्रभारी ने बयान जारी किया।
मुख्यमंत्री ने राज्य सचिवालय में बैठक की।
वे एक ही पृष्ठ पर छपे दो लेख पढ़ रहे थे।
ट्रैफिक सिग्नल की हरी बत्ती देखकर गाड़ियां चल पड़ीं।
उसने सफेद कॉलर वाली कमीज खरीदी।
गर्म पानी में नमक डालकर गरारे करें।
पेड़ से नीचे लटकते फल तोड़ो।
दिल्ली में बड़े पैमाने पर निर्माण कार्य चल रहा है।
कैमरा ट्राइपॉड पर माउंट किया गया।
मैंने उसे जन्मदिन की बधाई दी।
विजेता टीम को सभी ने बधाई दी।
बैठक के बाद मंत्री ने टीम को बधाई दी।
प्रधानमंत्री ने मुलाकात के दौरान राष्ट्रपति को दोबारा चुने जाने पर बधाई दी।
इस भाग में कई प्राचीन मंदिर हैं।
बच्चे के जागने पर मां ने दूध दिया।
मैच का आखिरी हिस्सा खेला गया।
शेयर उम्मीदों से कम गिरे।
उसके चेहरे में सूजन थी।
उन्होंने विपक्ष को बातचीत के लिए बुलाया।
जमीन पर जूते पड़े थे।
दवा का परीक्षण चल रहा है।
वे बाएं से दूसरे खड़े हैं।
उसके दूसरे दाएं हाथ की उंगली कटी है।
देश की पहली महिला पायलट ने उड़ान भरी।
नाविक ने नाव की पतवार संभाली।
यहां आप खुद को स्वतंत्र महसूस करेंगे।
कानून के अनुसार, जो नियमों के अनुसार, अपराध है उसकी सज़ा मिलेगी।""".splitlines()


@pytest.mark.parametrize("text", LEGITIMATE)
def test_legitimate_uses_are_not_flagged(text: str) -> None:
    assert [(f.evidence["entry"], f.span) for f in run_hi2(text)] == []


def _seed_lines(name: str) -> list[str]:
    return [ln for ln in (SEEDS / name).read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_no_findings_on_clean_seeds(prefix: str) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    hits = [(f.evidence["entry"], f.span) for line in _seed_lines(path.name) for f in run_hi2(line)]
    assert hits == []


def test_seed000_recall_on_gold_calques() -> None:
    gold_path = TEST_DATA / "seed000_gold.jsonl"
    total = found = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec["text"]
        findings = run_hi2(text)
        for err in rec["errors"]:
            if err["category"] not in {"literal", "title-calque", "sense"}:
                continue
            total += 1
            i = text.find(err["span"])
            found += any(f.start < i + len(err["span"]) and i < f.end for f in findings)
    assert total >= 10
    assert found / total >= 0.9, f"recall {found}/{total}"


def test_few_findings_on_human_references() -> None:
    refs: list[str] = []
    for split in ("train", "val"):
        path = shared_data(f"indicmt_eval_hin_{split}.jsonl")
        refs += [json.loads(x)["ref"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    flagged = sum(1 for r in refs if match_text(r))
    assert flagged / len(refs) < 0.01, f"{flagged} of {len(refs)} human references flagged"
