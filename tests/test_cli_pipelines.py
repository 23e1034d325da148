"""The command line for pipelines (issue 15): CI formats with file:line:col, stdin, line-aligned
inputs, one message language, readable summary and progress lines, tables that keep names
whole, rule docs and severity ranges, decisions files, and the user's own MT end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from mt_fakes import FakeMTServer, command_for, write_line_program
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
DEVA = re.compile(r"[\u0900-\u097F]")
QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»")

MT = [
    "सरकार ने इस योजना के लिए नया budget तय किया है।",
    "दोनों कंपनियों ने पिछले महीने एक बड़े विलय समझौते पर स्याही दी।",
    "हमने कल शाम को पार्क में लंबी सैर की।",
]
SRC = [
    "The government set a new budget for this scheme.",
    "The two companies inked a big merger deal last month.",
    "We took a long walk in the park yesterday evening.",
]


def invoke(*args: str, input: str | None = None, env: dict | None = None):
    return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture
def aligned(tmp_path: Path) -> tuple[Path, Path]:
    mt, src = tmp_path / "mt.txt", tmp_path / "src.txt"
    mt.write_text("\n".join(MT) + "\n", encoding="utf-8")
    src.write_text("\n".join(SRC) + "\n", encoding="utf-8")
    return mt, src


# ----------------------------------------------------------------------------- CI formats
def test_github_format_points_at_file_line_col(seed000: Path) -> None:
    result = invoke("check", str(seed000), "--format", "github")
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("::")]
    assert lines, result.output
    text = seed000.read_text(encoding="utf-8-sig").split("\n")
    for line in lines:
        m = re.match(
            r"::(error|warning) file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=(\d+),title=", line
        )
        assert m, line
        assert m[2] == str(seed000).replace(":", "%3A").replace(",", "%2C")
        row, col = int(m[3]), int(m[4])
        body = line.split("::", 2)[2]
        # the span quoted in the message starts at that line and column of the file
        assert body.startswith(f"{seed000}:{row}:{col}: HI")
        assert 1 <= col <= len(text[row - 1]) + 1


def test_sarif_and_junit_from_the_cli(tmp_path: Path, seed000: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "audit.sarif"
    assert invoke("check", str(seed000), "--format", "sarif", "-o", str(out)).exit_code == 0
    log = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json").read_text())
    assert list(jsonschema.Draft7Validator(schema).iter_errors(log)) == []
    results = log["runs"][0]["results"]
    assert results and all(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == str(seed000) for r in results
    )
    junit = tmp_path / "audit.xml"
    assert invoke("check", str(seed000), "--format", "junit", "-o", str(junit)).exit_code == 0
    root = ET.parse(junit).getroot()
    assert (
        int(root.get("failures"))
        == sum(1 for c in root.iter("testcase") if c.find("failure") is not None)
        > 0
    )
    assert int(root.get("tests")) == 19


def test_stdin_dash_is_read_and_located(seed000: Path) -> None:
    text = seed000.read_text(encoding="utf-8")
    result = invoke("check", "-", "--format", "github", input=text)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("::")]
    assert lines and all(re.search(r"file=(-|%3Cstdin%3E|<stdin>),line=\d+,col=\d+", ln) for ln in lines)


# ----------------------------------------------------------------------------- line-aligned inputs
def test_line_aligned_files(aligned: tuple[Path, Path], tmp_path: Path) -> None:
    mt, src = aligned
    out = tmp_path / "r.jsonl"
    result = invoke("check", "-t", str(mt), "-s", str(src), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["mt"] for r in records] == MT and [r["src"] for r in records] == SRC
    assert [r["line"] for r in records] == [1, 2, 3]
    assert any(f["code"] == "HI201" for f in records[1]["findings"])


def test_line_aligned_length_mismatch_is_exit_2(aligned: tuple[Path, Path], tmp_path: Path) -> None:
    mt, _ = aligned
    ref = tmp_path / "ref.txt"
    ref.write_text("एक।\nदो।\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "-t", str(mt), "-r", str(ref)])
    assert result.exit_code == 2
    assert (
        "has 2 lines but" in result.output and "has 3" in result.output and "Traceback" not in result.output
    )


def test_reference_metrics_only_as_asked(aligned: tuple[Path, Path], tmp_path: Path) -> None:
    """With a reference: chrF, chrF++ and BLEU by default; TER only with --metrics (round 15)."""
    mt, _ = aligned
    ref = tmp_path / "ref.txt"
    ref.write_text("\n".join(MT[:2] + ["हम कल पार्क में घूमे।"]) + "\n", encoding="utf-8")
    metas = {}
    for label, extra in (("default", []), ("ter", ["--metrics", "chrf,ter"])):
        out = tmp_path / f"{label}.json"
        args = ["check", "-t", str(mt), "-r", str(ref), "--format", "json", "--no-cache", "-o", str(out)]
        result = runner.invoke(app, args + extra)
        assert result.exit_code == 0, result.output
        metas[label] = json.loads(out.read_text(encoding="utf-8"))
    default, ter = metas["default"], metas["ter"]
    assert set(default["meta"]["corpus_scores"]) == {"chrf", "chrf++", "bleu"}
    assert set(ter["meta"]["corpus_scores"]) == {"chrf", "ter"}
    assert "ter" not in default["results"][2]["scores"] and ter["results"][2]["scores"]["ter"] > 0
    assert ter["results"][2]["scores"]["chrf"] == default["results"][2]["scores"]["chrf"]
    assert [r["risk"] for r in ter["results"]] == [r["risk"] for r in default["results"]]
    bad = runner.invoke(app, ["check", "-t", str(mt), "-r", str(ref), "--metrics", "meteor"])
    assert bad.exit_code == 2 and "unknown metric 'meteor'" in bad.output and "Traceback" not in bad.output


# ----------------------------------------------------------------------------- language
def _messages(records: list[dict]) -> list[str]:
    return [f["message"] for r in records for f in r["findings"]]


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_one_message_language(aligned: tuple[Path, Path], tmp_path: Path, lang: str) -> None:
    mt, src = aligned
    out = tmp_path / "r.jsonl"
    assert (
        invoke(
            "check", "-t", str(mt), "-s", str(src), "--lang", lang, "--format", "jsonl", "-o", str(out)
        ).exit_code
        == 0
    )
    messages = _messages([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()])
    assert len(messages) >= 2
    for m in messages:
        outside = QUOTED.sub("", m)
        if lang == "en":
            assert len(DEVA.findall(outside)) <= 4, m
        else:
            assert len(DEVA.findall(outside)) > len(re.findall(r"[A-Za-z]", outside)), m


def test_default_language_is_english_and_stated(aligned: tuple[Path, Path]) -> None:
    mt, src = aligned
    help_text = " ".join(invoke("check", "--help", env={"COLUMNS": "200"}).output.split())
    assert "--lang" in help_text and "default: en" in help_text
    table = invoke("check", "-t", str(mt), "-s", str(src), env={"COLUMNS": "200"})
    assert "The English word “budget” is left in Latin script" in " ".join(table.stdout.split())


def test_report_interface_follows_lang(tmp_path: Path, seed000: Path) -> None:
    out = tmp_path / "r.html"
    result = invoke("run", str(seed000), "-o", str(out), "--roundtrip", "none", "--lang", "hi")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert '<html lang="hi">' in html and "हिंदी मशीनी अनुवाद जाँच रिपोर्ट" in html


# ----------------------------------------------------------------------------- summary, progress, tables, rules
def test_summary_line_is_readable(seed000: Path) -> None:
    result = invoke("check", str(seed000))
    last = [ln for ln in result.stdout.splitlines() if ln.strip()][-1]
    assert re.fullmatch(
        r"\d+ findings?: (\d+ (critical|major|minor)(, )?)+ in \d+ segments \(\d+ Hindi\), \d+ flagged"
        r"(, .*)?",
        last,
    ), last
    assert "{" not in last


def test_progress_lines_when_stderr_is_not_a_terminal(tmp_path: Path, seed000: Path) -> None:
    result = invoke(
        "run",
        str(seed000),
        "-o",
        str(tmp_path / "r.html"),
        "--roundtrip",
        "none",
        "--no-cache",
        env={"AUDIT_PROGRESS_INTERVAL": "0"},
    )
    assert result.exit_code == 0
    assert re.search(r"auditing: [\d,]+ (of [\d,]+ )?segments", result.stderr), result.stderr


def test_rules_show_severity_ranges_and_markdown_docs() -> None:
    table = invoke("rules", env={"COLUMNS": "60"}).stdout
    assert re.search(r"HI201 .*minor–major", table) and re.search(r"HI508 .*major–critical", table)
    for code in ("HI101", "HI511", "HI702"):
        assert code in table
    doc = invoke("rules", "HI101").stdout
    assert "HI101" in doc and "**" not in doc and "```" not in doc  # Markdown rendered, not printed raw


def test_models_list_keeps_names_whole_when_piped() -> None:
    out = invoke("models", "list", env={"COLUMNS": "40"}).stdout
    for name in ("opus-mt-hi-en", "Helsinki-NLP/opus-mt-en-hi", "nllb-200-distilled-600M"):
        assert name in out
    assert "…" not in out


# ----------------------------------------------------------------------------- decisions
def test_decisions_of_the_wrong_shape_are_refused_and_applied_ones_counted(
    tmp_path: Path, seed000: Path
) -> None:
    results = tmp_path / "r.jsonl"
    assert invoke("check", str(seed000), "--format", "jsonl", "-o", str(results)).exit_code == 0
    bad = runner.invoke(
        app, ["report", str(results), "-o", str(tmp_path / "x.html"), "--decisions", str(results)]
    )
    assert bad.exit_code == 2 and ("not a decisions file" in bad.output or "not valid JSON" in bad.output)
    records = [json.loads(x) for x in results.read_text(encoding="utf-8").splitlines()]
    from audit.outputs.report.decisions import record_finding_keys

    keys = [k for r in records for _, k in record_finding_keys(r)][:2]
    dec = tmp_path / "d.json"
    dec.write_text(
        json.dumps(
            {
                "format": "hindi-mt-audit-decisions",
                "decisions": [
                    {"key": keys[0], "status": "dismissed"},
                    {"key": keys[1], "status": "accepted"},
                    {"key": "f" * 24, "status": "dismissed"},
                ],
            }
        ),
        encoding="utf-8",
    )
    ok = invoke("report", str(results), "-o", str(tmp_path / "y.html"), "--decisions", str(dec))
    assert ok.exit_code == 0 and "decisions: 2 of 3 applied" in ok.output


# ----------------------------------------------------------------------------- the user's MT, end to end
def test_run_with_mt_command(tmp_path: Path, aligned: tuple[Path, Path]) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text(
        "".join(json.dumps({"mt": m, "src": s}, ensure_ascii=False) + "\n" for m, s in zip(MT, SRC)),
        encoding="utf-8",
    )
    prog = write_line_program(tmp_path)
    out = tmp_path / "r.html"
    result = invoke(
        "run",
        str(table),
        "-o",
        str(out),
        "--roundtrip",
        "all",
        "--mt-command",
        command_for(prog, "{src}", "{tgt}"),
        "--cache-dir",
        str(tmp_path / "c"),
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in out.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[0]["roundtrip"]["backtranslation"] == "government इस योजना के लिए new budget तय did is"
    assert "roundtrip" in records[0]["roundtrip"] and records[0]["roundtrip"]["model"].startswith("command: ")


def test_check_with_mt_url_libretranslate(tmp_path: Path, aligned: tuple[Path, Path]) -> None:
    mt, src = aligned
    out = tmp_path / "r.jsonl"
    with FakeMTServer() as server:
        result = invoke(
            "check",
            "-t",
            str(mt),
            "-s",
            str(src),
            "--roundtrip",
            "all",
            "--mt-url",
            server.url,
            "--mt-concurrency",
            "2",
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--cache-dir",
            str(tmp_path),
        )
        assert result.exit_code == 0, result.output
        assert server.requests and server.max_active <= 2
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all(r["roundtrip"]["backtranslation"] for r in records)


def test_check_with_mt_url_chat_completions(tmp_path: Path, aligned: tuple[Path, Path]) -> None:
    mt, src = aligned
    out = tmp_path / "r.jsonl"
    with FakeMTServer() as server:
        result = invoke(
            "check",
            "-t",
            str(mt),
            "-s",
            str(src),
            "--roundtrip",
            "flagged",
            "--mt-url",
            server.url + "/v1",
            "--mt-model",
            "qwen2.5-7b",
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--cache-dir",
            str(tmp_path),
        )
        assert result.exit_code == 0, result.output
        assert {r["body"]["model"] for r in server.requests} == {"qwen2.5-7b"}
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert any(r.get("roundtrip", {}).get("backtranslation") for r in records)


def test_check_with_bt_col(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "mt,src,bt\n" + "".join(f'"{m}","{s}","{s}"\n' for m, s in zip(MT, SRC)), encoding="utf-8"
    )
    out = tmp_path / "r.jsonl"
    result = invoke("check", str(table), "--bt-col", "bt", "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["roundtrip"]["backtranslation"] for r in records] == SRC
    missing = runner.invoke(app, ["check", str(table), "--bt-col", "english_bt"])
    assert missing.exit_code == 2 and "no 'english_bt' column" in missing.output


def test_named_absent_model_is_exit_2_with_fetch_command(
    tmp_path: Path, seed000: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("AUDIT_MODELS_DIR", str(tmp_path / "models"))
    result = runner.invoke(
        app, ["run", str(seed000), "-o", str(tmp_path / "r.html"), "--mt-model", "opus-mt-hi-en"]
    )
    assert result.exit_code == 2
    assert (
        "audit models fetch opus-mt-hi-en" in result.output
        and "audit models fetch opus-mt-en-hi" in result.output
    )


def test_calibrate_is_a_developer_command() -> None:
    top = invoke("--help", env={"COLUMNS": "200"}).output
    assert "calibrate" not in top and "bench" in top  # hidden: it needs the IndicMT data (docs/quality.md)
    assert invoke("calibrate", "--help").exit_code == 0  # still there for developers


def test_table_speaks_hindi_too(seed000: Path) -> None:
    out = invoke("check", str(seed000), "--lang", "hi").stdout
    last = [ln for ln in out.splitlines() if ln.strip()][-1]
    assert re.fullmatch(r"\d+ त्रुटियाँ: \d+ गंभीर, \d+ मामूली — \d+ खंड \(\d+ हिंदी\), \d+ चिह्नित", last), last
    assert "चिह्नित खंड" in out and "Flagged segments" not in out
