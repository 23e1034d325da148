"""--glossary through the command line: check, run (report filters), regress gates, config, errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
GLOSSARY = Path(__file__).resolve().parent / "data" / "glossary" / "news.csv"
ROWS = [
    {"id": "a", "src": "The fund will support farmers.", "mt": "यह फंड किसानों की मदद करेगा।"},
    {
        "id": "b",
        "src": "The Health Ministry issued new guidelines.",
        "mt": "स्वास्थ्य विभाग ने नए दिशानिर्देश जारी किए।",
    },
    {"id": "c", "src": "The ceasefire held overnight.", "mt": "रात भर युद्धविराम कायम रहा।"},
]


def table(tmp_path: Path, rows=ROWS, name="mt.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def hi8(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for f in rec["findings"]:
            if f["code"].startswith("HI8"):
                assert rec["mt"][f["start"] : f["end"]] == f["span"]
                out.append((rec["id"], f["code"], f["span"]))
    return out


def test_check_with_glossary_and_fail_on(tmp_path):
    data, out = table(tmp_path), tmp_path / "out.jsonl"
    result = invoke("check", data, "--glossary", GLOSSARY, "--format", "jsonl", "-o", out, "--no-cache")
    assert result.exit_code == 0, result.output
    assert hi8(out) == [("a", "HI802", "फंड"), ("b", "HI801", "स्वास्थ्य विभाग")]
    gated = invoke(
        "check", data, "--glossary", GLOSSARY, "--select", "HI8", "--fail-on", "major", "--no-cache"
    )
    assert gated.exit_code == 1, gated.output
    plain = invoke("check", data, "--select", "HI3,HI8", "--fail-on", "minor", "--no-cache")
    assert plain.exit_code == 0, plain.output


def test_glossary_is_repeatable(tmp_path):
    extra = tmp_path / "extra.tsv"
    extra.write_text("english\thindi\tforbidden\novernight\tरातोंरात\tरात भर\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke(
        "check",
        table(tmp_path),
        "--glossary",
        GLOSSARY,
        "--glossary",
        extra,
        "--select",
        "HI8",
        "--format",
        "jsonl",
        "-o",
        out,
        "--no-cache",
    )
    assert result.exit_code == 0, result.output
    assert ("c", "HI802", "रात भर") in hi8(out)


def test_bad_glossary_is_exit_2_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("english,hindi\nfund,निधि\nPrime Minist(er|ry),प्रधानमंत्री\n", encoding="utf-8")
    result = invoke("check", table(tmp_path), "--glossary", bad, "--no-cache")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and f"{bad}:3:" in lines[0] and "Traceback" not in result.output
    missing = invoke("check", table(tmp_path), "--glossary", tmp_path / "nope.csv", "--no-cache")
    assert missing.exit_code == 2 and "nope.csv" in missing.output


def test_config_glossary_relative_to_the_config_file(tmp_path):
    project = tmp_path / "project"
    (project / "terms").mkdir(parents=True)
    (project / "terms" / "g.csv").write_text(GLOSSARY.read_text(encoding="utf-8"), encoding="utf-8")
    config = project / "audit.toml"
    config.write_text('glossary = ["terms/g.csv"]\nselect = ["HI8"]\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke(
        "check", table(tmp_path), "--config", config, "--format", "jsonl", "-o", out, "--no-cache"
    )
    assert result.exit_code == 0, result.output
    assert [c for _, c, _ in hi8(out)] == ["HI802", "HI801"]
    config.write_text('glossary = "terms/none.csv"\n', encoding="utf-8")
    result = invoke("check", table(tmp_path), "--config", config, "--no-cache")
    assert result.exit_code == 2 and "none.csv" in result.output


def test_run_report_lists_terminology_in_its_filters(tmp_path):
    html = tmp_path / "report.html"
    result = invoke(
        "run", table(tmp_path), "--glossary", GLOSSARY, "-o", html, "--no-roundtrip", "--no-cache"
    )
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert 'data-value="terminology"' in page
    assert '<option value="HI802">' in page and '<option value="HI801">' in page
    assert [c for _, c, _ in hi8(html.with_suffix(".jsonl"))] == ["HI802", "HI801"]


def test_run_with_jobs_passes_the_glossary_to_workers(tmp_path):
    html = tmp_path / "report.html"
    rows = [dict(r, id=f"{r['id']}{k}", doc=f"d{k}") for k in range(3) for r in ROWS]
    result = invoke(
        "run",
        table(tmp_path, rows),
        "--glossary",
        GLOSSARY,
        "-o",
        html,
        "--no-roundtrip",
        "--no-cache",
        "--jobs",
        "2",
    )
    assert result.exit_code == 0, result.output
    assert len(hi8(html.with_suffix(".jsonl"))) == 6


def test_regress_counts_new_glossary_findings(tmp_path):
    base = table(tmp_path, [dict(ROWS[0], mt="यह निधि किसानों की मदद करेगी।")], "base.jsonl")
    cand = table(tmp_path, [ROWS[0]], "cand.jsonl")
    args = ("regress", base, cand, "--max-new", "major=0", "--max-risk-increase", "1")
    assert invoke(*args).exit_code == 0
    result = invoke(*args, "--glossary", GLOSSARY, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["new_by_rule"].get("HI802") == {"major": 1}


def test_rules_lists_the_family():
    result = invoke("rules", "HI801")
    assert result.exit_code == 0 and "glossary" in result.output.lower()
    listing = invoke("rules").output
    assert all(code in listing for code in ("HI801", "HI802", "HI803"))


def test_glossary_note_is_escaped_in_the_report(tmp_path):
    g = tmp_path / "g.csv"
    g.write_text(
        'english,hindi,forbidden,note\nfund,निधि,फंड,"</script><script>alert(1)</script> <b>x</b>"\n',
        encoding="utf-8",
    )
    html = tmp_path / "report.html"
    result = invoke("run", table(tmp_path), "--glossary", g, "-o", html, "--no-roundtrip", "--no-cache")
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<b>x</b>" not in page
    assert [c for _, c, _ in hi8(html.with_suffix(".jsonl"))] == ["HI802"]


def test_selecting_only_glossary_rules_without_a_glossary_says_so(tmp_path):
    result = invoke("check", table(tmp_path), "--select", "HI8", "--no-cache")
    assert result.exit_code == 2 and "--glossary" in result.output
