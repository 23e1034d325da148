"""audit regress: pairing, finding diffs, gates, JUnit/JSON/HTML, and the seed demonstration."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from audit.cli.regress import regress_command
from audit.core.io import InputError
from audit.core.model import Finding, Segment, SegmentResult
from audit.regress.compare import diff_findings, pair_results, regress
from audit.regress.render import junit_xml, render_html, render_text
from audit.regress.stats import Gates, parse_max_new

app = typer.Typer()
app.command("regress")(regress_command)


@app.callback()
def _root() -> None:
    """Test app with the regress command mounted as the lead mounts it."""


runner = CliRunner()


def result(
    text: str,
    findings: list[Finding] = (),
    risk: float = 0.1,
    id: str | None = None,
    src: str | None = None,
    ref: str | None = None,
    index: int = 1,
) -> SegmentResult:
    seg = Segment(doc="d", index=index, text=text, id=id, src=src, ref=ref)
    return SegmentResult(segment=seg, findings=list(findings), risk=risk, flagged=risk >= 0.5)


def finding(text: str, span: str, code: str = "HI301", severity: str = "major") -> Finding:
    start = text.index(span)
    return Finding(code, "repetition", severity, start, start + len(span), span, f"{span} repeated")


# ---- unit ------------------------------------------------------------------------------------


def test_parse_max_new() -> None:
    assert parse_max_new("major=0, minor=5") == {"major": 0, "minor": 5}
    for bad in ("major", "huge=1", "minor=x", "minor=-1"):
        with pytest.raises(ValueError):
            parse_max_new(bad)


def test_diff_findings_matches_by_code_and_span_as_multisets() -> None:
    a = "निराशा और निराशा, निराशा और निराशा"
    f1 = finding(a, "निराशा और निराशा")
    moved = Finding("HI301", "repetition", "major", 5, 21, "निराशा और निराशा", "")
    new, resolved = diff_findings([f1], [moved, f1])
    assert len(new) == 1 and resolved == []
    new, resolved = diff_findings([f1, f1], [f1])
    assert new == [] and len(resolved) == 1


def test_pairing_by_id_order_and_errors() -> None:
    b = [result("क", id="x"), result("ख", id="y")]
    c = [result("ख2", id="y"), result("क2", id="x")]
    pairs, how = pair_results(b, c)
    assert how == "id" and [(p.segment.text, q.segment.text) for p, q in pairs] == [("क", "क2"), ("ख", "ख2")]
    pairs, how = pair_results(b, [result("1", id="p"), result("2", id="q")])
    assert how == "order"
    with pytest.raises(InputError, match="mismatched segment sets.*2 segments.*3"):
        pair_results(b, [result("1", id="p"), result("2", id="q"), result("3", id="r")])
    with pytest.raises(InputError, match="cannot pair by id"):
        pair_results(b, [result("1", id="p"), result("2", id="q")], by="id")
    with pytest.raises(InputError, match="English sources differ"):
        pair_results([result("क", id="x", src="He came.")], [result("क", id="x", src="She left.")])


def test_gates_new_findings_and_risk() -> None:
    text = "वह घर घर घर गया।"
    base = [result(text, [], risk=0.2, id="a"), result("ठीक है।", [], risk=0.1, id="b")]
    cand = [
        result(text, [finding(text, "घर घर घर")], risk=0.7, id="a"),
        result("ठीक है।", [finding("ठीक है।", "ठीक", "HI999", "minor")], risk=0.12, id="b"),
    ]
    report = regress(base, cand, Gates(max_new={"major": 0, "minor": 5}, max_risk_increase=0.05))
    assert report.new_by_rule == {"HI301": {"major": 1}, "HI999": {"minor": 1}}
    gates = {g.name: g.passed for g in report.gates}
    assert gates == {"max-new minor": True, "max-new major": False, "max-risk-increase": False}
    assert report.exit_code == 1
    assert [s.key for s in report.regressed_segments] == ["a", "b"]
    assert report.regressed_segments[0].gate_failures == ["max-new major", "max-risk-increase"]
    # the same comparison with generous gates passes
    loose = regress(base, cand, Gates(max_new={"major": 1}, max_risk_increase=0.6))
    assert loose.passed and loose.exit_code == 0


def test_junit_has_a_case_per_gate_and_regressed_segment() -> None:
    text = "वह घर घर घर गया।"
    report = regress([result(text, id="a")], [result(text, [finding(text, "घर घर घर")], risk=0.8, id="a")])
    root = ET.fromstring(junit_xml(report))
    cases = root.findall(".//testcase")
    names = [(c.get("classname"), c.get("name")) for c in cases]
    assert ("audit.regress.gates", "max-new major") in names and ("audit.regress.segments", "a") in names
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    assert failed == {"max-new major", "max-risk-increase", "a"}
    assert root.get("failures") == "3" and "घर घर घर" in junit_xml(report)


def test_corpus_metrics_and_significant_drop() -> None:
    refs = [f"यह वाक्य संख्या {i} है और इसमें कुछ शब्द हैं।" for i in range(30)]
    good = list(refs)
    bad = [f"वाक्य {i} कुछ।" for i in range(30)]
    base = [result(g, id=str(i), ref=r) for i, (g, r) in enumerate(zip(good, refs))]
    cand = [result(b, id=str(i), ref=r) for i, (b, r) in enumerate(zip(bad, refs))]
    report = regress(base, cand, Gates(fail_on_significant_drop=True), n_samples=200)
    names = {m.name for m in report.metrics}
    assert {"BLEU", "TER"} <= names and any(n.startswith("chrF") for n in names)
    assert all(m.significant_drop for m in report.metrics)
    assert all("nrefs:1" in m.signature for m in report.metrics)
    assert next(m for m in report.metrics if m.name == "BLEU").signature.count("tok:intl") == 1
    assert not next(g for g in report.gates if g.name == "significant-drop").passed
    back = regress(cand, base, Gates(fail_on_significant_drop=True), significance="ar", n_samples=200)
    assert next(g for g in back.gates if g.name == "significant-drop").passed
    assert "chrF" in render_text(report) and "SIGNIFICANT DROP" in render_text(report)


def test_score_means_from_embedding_and_roundtrip_scores() -> None:
    b = result("क", id="a")
    b.scores, b.roundtrip = {"e5_cos": 0.9}, {"chrf": 70.0, "text": "x"}
    c = result("क", id="a")
    c.scores, c.roundtrip = {"e5_cos": 0.7}, {"chrf": 50.0}
    report = regress([b], [c])
    assert report.score_means == {"e5_cos": (0.9, 0.7), "roundtrip.chrf": (70.0, 50.0)}


def test_html_escapes_untrusted_text() -> None:
    text = "<script>alert(1)</script> घर घर घर"
    report = regress([result(text, id="a")], [result(text, [finding(text, "घर घर घर")], id="a", risk=0.9)])
    page = render_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page and "Content-Security-Policy" in page


# ---- the seed demonstration (integration) -------------------------------------------------------


def corrected_text(original: str, gold: list[dict]) -> str:
    """Apply the gold fixes to the seed: each error span replaced by its fix in its sentence.

    Fixes that are placeholders (containing “...”) or whose span an earlier fix already rewrote
    are skipped.
    """
    out = original
    for row in gold:
        sentence = row["text"]
        for err in row["errors"]:
            fix = err.get("fix")
            if fix and "..." not in fix and "…" not in fix and err["span"] in sentence:
                sentence = sentence.replace(err["span"], fix, 1)
        out = out.replace(row["text"], sentence, 1)
    return out


@pytest.fixture(scope="module")
def seed_pair(tmp_path_factory, seed000: Path, seed_gold: list[dict]) -> tuple[Path, Path, str, str]:
    folder = tmp_path_factory.mktemp("seedpair")
    original = seed000.read_text(encoding="utf-8")
    fixed = corrected_text(original, seed_gold)
    assert fixed != original
    (folder / "original.txt").write_text(original, encoding="utf-8")
    (folder / "corrected.txt").write_text(fixed, encoding="utf-8")
    return folder / "original.txt", folder / "corrected.txt", original, fixed


def _run(*args: str):
    return runner.invoke(app, ["regress", *args])


def test_seed_original_to_corrected_passes_with_improvements(seed_pair, tmp_path: Path) -> None:
    original, corrected, orig_text, fixed_text = seed_pair
    res = _run(
        str(original),
        str(corrected),
        "--format",
        "json",
        "--junit",
        str(tmp_path / "j.xml"),
        "-o",
        str(tmp_path / "r.html"),
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["passed"] and data["pairing"] == "order"
    resolved = [f for s in data["segments"] for f in s["resolved"]]
    assert resolved, "the corrections should resolve findings"
    # every resolved finding's span is text the correction removed
    for f in resolved:
        assert f["span"] in orig_text
    assert sum(data["resolved_by_severity"].values()) == len(resolved)
    assert data["candidate_mean_risk"] < data["baseline_mean_risk"]
    assert ET.parse(tmp_path / "j.xml").getroot().get("failures") == "0"
    assert "PASS" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_seed_corrected_to_original_fails_with_reintroduced_errors(seed_pair, tmp_path: Path) -> None:
    original, corrected, orig_text, fixed_text = seed_pair
    res = _run(str(corrected), str(original), "--format", "json", "--junit", str(tmp_path / "j.xml"))
    assert res.exit_code == 1, res.output
    data = json.loads(res.output)
    new = [(s, f) for s in data["segments"] for f in s["new"]]
    assert new and not data["passed"]
    for seg, f in new:  # the reintroduced errors: spans of the original that the correction removed
        assert f["span"] in seg["candidate_mt"] and f["span"] not in seg["baseline_mt"]
    assert any(f["severity"] in ("major", "critical") for _, f in new)
    failed = [
        c for c in ET.parse(tmp_path / "j.xml").getroot().iter("testcase") if c.find("failure") is not None
    ]
    assert any(c.get("classname") == "audit.regress.segments" for c in failed)
    text = _run(str(corrected), str(original))
    assert text.exit_code == 1 and "FAIL" in text.output
    assert any(f"+ {f['code']}" in text.output for _, f in new)


def test_update_baseline_then_compare(seed_pair, tmp_path: Path) -> None:
    original, corrected, *_ = seed_pair
    baseline = tmp_path / "mt_baseline.jsonl"
    res = _run(str(baseline), str(corrected), "--update-baseline")
    assert res.exit_code == 0 and baseline.exists(), res.output
    assert _run(str(baseline), str(corrected)).exit_code == 0
    assert _run(str(baseline), str(original)).exit_code == 1
    # MT inputs are never overwritten as baselines
    res = _run(str(original), str(corrected), "--update-baseline")
    assert res.exit_code == 2 and "never overwritten" in res.output


def test_usage_errors_exit_2(tmp_path: Path, seed_pair) -> None:
    original, corrected, *_ = seed_pair
    assert _run(str(original), str(tmp_path / "missing.txt")).exit_code == 2
    assert _run(str(original), str(corrected), "--max-new", "huge=3").exit_code == 2
    short = tmp_path / "short.txt"
    short.write_text("यह एक वाक्य है।\n", encoding="utf-8")
    res = _run(str(original), str(short))
    assert res.exit_code == 2 and "mismatched segment sets" in res.output
