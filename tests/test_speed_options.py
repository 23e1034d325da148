"""Options of the fast paths: embeddings off by default, device resolution, batch size per device."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.core.model import Segment, SegmentResult
from audit.pipeline.auditor import Auditor
from audit.roundtrip.device import DeviceUnavailableError, cuda_available, default_batch_size, resolve_device
from audit.scoring.features import add_source_scores

SRC = "The minister said the tax would never rise."
HI = "मंत्री ने कहा कि कर कभी नहीं बढ़ेगा।"


def test_source_scores_without_embeddings_are_the_cheap_features(monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.scoring.features as features

    def boom() -> None:
        raise AssertionError("no embedder may be built when embeddings are off")

    monkeypatch.setattr(features, "get_embedder", boom)
    r = SegmentResult(Segment("t", 1, HI, src=SRC, ref=HI))
    add_source_scores([r], embeddings=False)
    assert "e5_cos" not in r.scores and "e5_cos_ref" not in r.scores
    assert r.scores["neg_src"] == 1.0 and r.scores["chrf"] == pytest.approx(100)


def test_auditor_embeddings_off_by_default_and_part_of_the_cache_key() -> None:
    assert Auditor().embeddings is False
    assert Auditor(embeddings=True)._cache_settings()["embeddings"] is True


def test_device_resolution() -> None:
    assert resolve_device("cpu") == "cpu"
    assert default_batch_size("cpu") == 16
    with pytest.raises(DeviceUnavailableError, match="--device must be"):
        resolve_device("tpu")
    if not cuda_available():
        assert resolve_device("auto") == "cpu"
        with pytest.raises(DeviceUnavailableError, match="no CUDA device"):
            resolve_device("cuda")
        with pytest.raises(DeviceUnavailableError, match="ctranslate2 sees no CUDA"):
            resolve_device("cuda", library="ctranslate2")


@pytest.mark.skipif(cuda_available(), reason="this machine has CUDA")
def test_device_cuda_without_cuda_is_one_line_exit_2(tmp_path: Path) -> None:
    from audit.dev.tiny import build_tiny_marian

    model = build_tiny_marian(tmp_path / "m", d_model=32, layers=1, ffn=64, heads=2)
    doc = tmp_path / "a.txt"
    doc.write_text("यह एक वाक्य है।\n", encoding="utf-8")
    res = CliRunner().invoke(
        app,
        [
            "check",
            str(doc),
            "--roundtrip",
            "all",
            "--mt-model",
            str(model),
            "--device",
            "cuda",
            "--cache-dir",
            str(tmp_path / "c"),
        ],
    )
    assert res.exit_code == 2, res.output
    lines = [x for x in res.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "no CUDA device" in lines[0] and "Traceback" not in res.output


def test_cli_embeddings_flag_adds_e5_scores(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text(json.dumps({"mt": HI, "src": SRC}, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    out = {}
    for flag in ([], ["--embeddings"]):
        dest = tmp_path / f"o{len(flag)}.jsonl"
        res = runner.invoke(
            app,
            [
                "check",
                str(table),
                "-f",
                "jsonl",
                "-o",
                str(dest),
                "--no-cache",
                "--cache-dir",
                str(tmp_path / "c"),
                *flag,
            ],
        )
        assert res.exit_code == 0, res.output
        out[bool(flag)] = json.loads(dest.read_text(encoding="utf-8").splitlines()[0])
    assert "e5_cos" not in out[False]["scores"] and out[True]["scores"]["e5_cos"] > 0.5
    assert out[False]["findings"] == out[True]["findings"]


def test_batch_round_trip_sees_windows_of_chunks_and_writes_the_same(tmp_path: Path) -> None:
    from audit.core.io import Columns
    from audit.pipeline.batch import run_streaming

    table = tmp_path / "t.jsonl"
    rows = [{"mt": f"यह वाक्य संख्या {i} है।", "doc": f"d{i // 5}"} for i in range(60)]
    table.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    outputs = {}
    for window in (1, 40):
        calls: list[int] = []

        def finish(results: list, calls: list[int] = calls) -> None:
            calls.append(len(results))
            for r in results:
                r.roundtrip = {"model": "fake", "n": len(results) > 0}

        out = tmp_path / f"o{window}.jsonl"
        run_streaming(
            [table],
            Columns(),
            {"select": ["HI3"]},
            out,
            finish=finish,
            chunk_segments=10,
            finish_window=window,
        )
        outputs[window] = out.read_text(encoding="utf-8")
        assert sum(calls) == 60
        assert calls == ([10] * 6 if window == 1 else [40, 20])
    assert outputs[1] == outputs[40]


def test_profile_rules_times_each_selected_rule_and_changes_no_result() -> None:
    texts = ["मंत्री ने कहा कि कर कभी नहीं बढ़ेगा।", "यह ठीक वाक्य है।"]
    plain = Auditor(select=["HI3", "HI4"])
    timed = Auditor(select=["HI3", "HI4"])
    seconds = timed.profile_rules()
    assert plain.rule_seconds is None  # off unless asked
    assert [r.to_record() for r in timed.check(texts)] == [r.to_record() for r in plain.check(texts)]
    assert set(seconds) == {r.code for r in timed.rules}
    assert all(s >= 0.0 for s in seconds.values())


def test_cli_profile_prints_each_rule_to_stderr_only(tmp_path: Path) -> None:
    from audit.cli.check import profile_table

    table = profile_table({"HI401": 0.5, "HI101": 1.5}, 1000, 0.2, 2.5)
    lines = table.splitlines()
    assert "1,000 segments" in lines[0] and "400 segments/CPU-s" in lines[0] and "the rest" in lines[0]
    assert lines[2].split()[:2] == ["HI101", "1.500"] and lines[3].split()[:2] == ["HI401", "0.500"]
    assert "60.0%" in lines[2] and "1.500" in lines[2].split()[-1]
    path = tmp_path / "in.txt"
    path.write_text("मंत्री ने कहा कि कर कभी नहीं बढ़ेगा।\n", encoding="utf-8")
    args = ["check", str(path), "--select", "HI3", "--no-cache", "--format", "jsonl"]
    profiled = CliRunner().invoke(app, [*args, "--profile"])
    plain = CliRunner().invoke(app, args)
    assert profiled.exit_code == 0 and plain.exit_code == 0
    assert profiled.stdout == plain.stdout  # the results are untouched
    assert "profile: 1 segments" in profiled.stderr and "HI301" in profiled.stderr
    assert "profile:" not in plain.stderr
