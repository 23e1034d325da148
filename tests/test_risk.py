from __future__ import annotations

import json

from conftest import shared_data

from audit.core.model import Finding, Segment, SegmentResult
from audit.dev.calibrate import fit, write_models
from audit.scoring.risk import RiskModel, load_risk_model


def result(text: str, findings: int = 0) -> SegmentResult:
    fs = [Finding("HI301", "repetition", "major", 0, 1, text[0], "m") for _ in range(findings)]
    return SegmentResult(segment=Segment("d", 1, text), findings=fs)


def test_packaged_models_load_and_score():
    for name in ("hindi_only", "with_source"):
        model = load_risk_model(name)
        assert 0.0 < model.threshold < 1.0 and model.weights and model.meta.get("val_kendall_tau") is not None
    model = load_risk_model("hindi_only")
    clean, bad = result("यह एक साधारण वाक्य है।"), result("यह एक साधारण वाक्य है।", findings=2)
    model.score(clean)
    model.score(bad)
    assert 0.0 <= clean.risk < model.threshold and not clean.flagged
    assert bad.risk > clean.risk and bad.flagged


def test_a_segment_without_findings_is_never_flagged():
    model = RiskModel(weights={"words": 5.0}, bias=5.0, threshold=0.5)
    r = result("बहुत " * 200)
    model.score(r)
    assert not r.flagged and r.risk < 0.5


def test_round_trip_json():
    model = load_risk_model("hindi_only")
    again = RiskModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model


def test_fit_on_a_sample(tmp_path):
    lines = shared_data("indicmt_eval_hin_train.jsonl").read_text(encoding="utf-8").splitlines()
    train, val = tmp_path / "train.jsonl", tmp_path / "val.jsonl"
    train.write_text("\n".join(lines[:120]) + "\n", encoding="utf-8")
    val.write_text("\n".join(lines[120:180]) + "\n", encoding="utf-8")
    model, metrics = fit(train, val, with_source=False)
    assert set(metrics["features"]) == set(model.weights) and -1.0 <= metrics["val_kendall_tau"] <= 1.0
    write_models({"hindi_only": model}, tmp_path / "w.json")
    assert RiskModel.from_json(json.loads((tmp_path / "w.json").read_text())["hindi_only"]) == model


def test_text_features_ignore_spacing_before_punctuation():
    # IndicMT-Eval's clean copy spaces the closing danda after annotated spans: no feature may see it
    from audit.scoring.risk import FEATURES

    glued = result("श्रृंखला का अंतिम मैच 12 जुलाई को होगा, जब टीमें खेलेंगी।")
    spaced = result("श्रृंखला का अंतिम मैच 12 जुलाई को होगा , जब टीमें खेलेंगी ।")
    assert {n: f(glued) for n, f in FEATURES.items()} == {n: f(spaced) for n, f in FEATURES.items()}


def test_transliterated_english_words_are_counted_and_hindi_words_are_not():
    from audit.scoring.risk import looks_transliterated

    assert looks_transliterated("स्ट्रेक") and looks_transliterated("स्कोर")
    assert not any(looks_transliterated(w) for w in ("सरकार", "जीत", "खेल", "है"))


def test_transliterations_of_rare_english_words_count_and_common_hindi_look_alikes_do_not():
    from audit.lang.frequency import zipf_en, zipf_hi
    from audit.scoring.risk import TRANSLIT_ENGLISH_ZIPF, looks_transliterated

    # rare English words spelled out in Devanagari, unknown to Hindi text
    for word, english in (("फ्लैमिंगो", "flamingo"), ("थर्मोस्टेट", "thermostat")):
        assert zipf_en(english) < TRANSLIT_ENGLISH_ZIPF and zipf_hi(word) < 4.0
        assert looks_transliterated(word)
    # everyday Hindi words that read like a rare English word (barf, nave, shiver) are Hindi
    assert not any(looks_transliterated(w) for w in ("बर्फ", "नाव", "शिविर"))


def test_source_ambiguity_counts_words_with_many_translations():
    from audit.core.model import Segment
    from audit.rules.source.common import dictionary
    from audit.scoring.features import source_ambiguity, source_features

    ambiguous = "The union called a strike over the charge and the poll."
    plain = "The elephant ate bananas in Kerala."
    if dictionary() is None:  # FreeDict absent: no value, and no key (the model reads its mean)
        assert source_ambiguity(ambiguous) is None
        assert "src_ambiguity" not in source_features(Segment("d", 1, "हाथी ने केले खाए।", src=plain))
        return
    assert source_ambiguity(ambiguous) > source_ambiguity(plain) > 0.0 == source_ambiguity("")
    assert source_ambiguity("Kerala and Delhi.") == 0.0  # names are not ambiguous words
    feats = source_features(Segment("d", 1, "हाथी ने केले खाए।", src=plain))
    assert feats["src_ambiguity"] == source_ambiguity(plain)


def test_source_word_classes_tell_names_from_transliterated_words():
    from audit.scoring.features import word_class_features

    f = word_class_features("Smith ended the winning streak.", "स्मिथ ने जीत की स्ट्रेक खत्म की।")
    g = word_class_features("Smith ended the winning streak.", "स्मिथ ने जीत का सिलसिला खत्म किया।")
    assert f["spelled_src"] > 0 and g["spelled_src"] == 0  # the name स्मिथ never counts
    assert f["src_words"] == g["src_words"] > 0 and f["src_rare_words"] == g["src_rare_words"]


def test_odd_share_is_a_rate_and_uncommon_words_a_count():
    from audit.scoring.risk import FEATURES

    plain = result("सरकार ने आज नई योजना की घोषणा की।")
    latin = result("सरकार ने आज नई scheme की घोषणा की।")
    twice = result("सरकार ने आज नई scheme की घोषणा की। सरकार ने आज नई scheme की घोषणा की।")
    assert FEATURES["odd_share"](plain) == 0.0 < FEATURES["odd_share"](latin)
    assert abs(FEATURES["odd_share"](twice) - FEATURES["odd_share"](latin)) < 1e-12  # length-free
    assert FEATURES["uncommon_words"](plain) == 0.0  # every word here is everyday Hindi
    rare = result("पक्षी के पंखों में कैरोटीनॉइड रंग होता है।")
    rare2 = result("पक्षी के पंखों में कैरोटीनॉइड रंग होता है। पक्षी के पंखों में कैरोटीनॉइड रंग होता है।")
    assert 0.0 < FEATURES["uncommon_words"](rare) < FEATURES["uncommon_words"](rare2)


def test_both_packaged_models_keep_the_generic_text_signals():
    # The core MT error classes stay in both models with a weight that never lowers risk
    from audit.dev.risk_selection import CORE_FEATURES

    for name in ("hindi_only", "with_source"):
        model = load_risk_model(name)
        for feat in CORE_FEATURES:
            assert model.weights.get(feat, 0.0) >= 0.0 and feat in model.weights


def test_a_critical_finding_never_weighs_less_than_a_major_one():
    # IndicMT has no critical finding; the packaged models still rank one above a major finding
    for name in ("hindi_only", "with_source"):
        model = load_risk_model(name)
        text = "यह एक साधारण वाक्य है।"
        major = result(text, findings=1)
        critical = SegmentResult(
            segment=Segment("d", 1, text),
            findings=[Finding("HI301", "repetition", "critical", 0, 1, text[0], "m")],
        )
        assert model.probability(model.features(critical)) >= model.probability(model.features(major))
        per_major = model.weights["findings_major"] / model.scales["findings_major"]
        assert model.weights["findings_critical"] / model.scales["findings_critical"] >= per_major - 1e-9
