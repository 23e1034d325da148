from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
CONTRACT_KEYS = ["id", "doc", "segment", "mt", "src", "risk", "flagged", "findings"]
FINDING_KEYS = {"code", "category", "severity", "start", "end", "span", "message", "suggestion"}


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_help_lists_commands_and_examples():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("check", "run", "report", "rules"):
        assert command in result.output
    for command, options in (("check", ("--format", "--output")), ("run", ("--output", "--jobs"))):
        out = invoke(command, "--help").output
        assert "Example" in out
        assert all(option in out for option in options), (command, options)


def test_check_jsonl_contract(tmp_path, seed000):
    out = tmp_path / "out.jsonl"
    result = invoke(
        "check",
        str(seed000.relative_to(seed000.parent.parent)) if False else str(seed000),
        "--format",
        "jsonl",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 19
    text = seed000.read_text(encoding="utf-8")
    for i, rec in enumerate(records, start=1):
        assert list(rec)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
        assert rec["doc"] == str(seed000) and rec["segment"] == i and rec["id"] == f"{seed000}#{i}"
        assert text[rec["doc_start"] : rec["doc_end"]] == rec["mt"]
        assert 0.0 <= rec["risk"] <= 1.0
        for f in rec["findings"]:
            assert FINDING_KEYS <= set(f)
            assert rec["mt"][f["start"] : f["end"]] == f["span"]
            assert f["severity"] in ("minor", "major", "critical")
    assert sum(len(r["findings"]) for r in records) > 0


def test_doc_is_path_as_given(tmp_path, monkeypatch, seed000):
    monkeypatch.chdir(seed000.parent.parent)
    out = tmp_path / "o.jsonl"
    invoke("check", f"seeds/{seed000.name}", "--format", "jsonl", "-o", str(out))
    rec = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert rec["doc"] == f"seeds/{seed000.name}" and rec["id"] == f"seeds/{seed000.name}#1"


def test_formats_json_csv_table(tmp_path, seed000):
    r = invoke("check", str(seed000), "--format", "json")
    data = json.loads(r.output)
    assert data["summary"]["segments"] == 19 and len(data["results"]) == 19
    r = invoke("check", str(seed000), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {"id", "code", "span", "risk"} <= set(rows[0])
    assert len({row["id"] for row in rows}) == 19
    r = invoke("check", str(seed000), "--format", "table")
    assert r.exit_code == 0 and "19 segments" in r.output


def test_fail_on_exit_codes(seed000, tmp_path):
    assert invoke("check", str(seed000), "--fail-on", "minor").exit_code == 1
    clean = tmp_path / "clean.txt"
    clean.write_text("यह एक साफ़ वाक्य है।", encoding="utf-8")
    assert invoke("check", str(clean), "--fail-on", "minor").exit_code == 0


def test_usage_and_input_errors_exit_2(tmp_path):
    r = runner.invoke(app, ["check", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and "no such file" in r.output and "Traceback" not in r.output
    bad = tmp_path / "t.csv"
    bad.write_text("hindi\nनमस्ते\n", encoding="utf-8")
    r = runner.invoke(app, ["check", str(bad)])
    assert r.exit_code == 2 and "columns found: hindi" in r.output
    r = runner.invoke(app, ["check", str(bad), "--mt-col", "hindi", "--format", "jsonl"])
    assert r.exit_code == 0
    r = runner.invoke(app, ["check", str(bad), "--format", "xml"])
    assert r.exit_code == 2


def test_no_partial_output_on_failure(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("नमस्ते।", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff")
    out = tmp_path / "out" / "r.jsonl"
    r = runner.invoke(app, ["check", str(good), str(bad), "--format", "jsonl", "-o", str(out)])
    assert r.exit_code == 2 and "byte offset 0" in r.output
    assert not out.exists()


def test_select_ignore_and_config(tmp_path, seed000, monkeypatch):
    def codes(*extra):
        r = invoke("check", str(seed000), "--format", "jsonl", *extra)
        return {f["code"] for line in r.output.splitlines() for f in json.loads(line)["findings"]}

    all_codes = codes()
    assert len({c[:3] for c in all_codes}) >= 2
    family = sorted(all_codes)[0][:3]
    assert codes("--select", family) and all(c.startswith(family) for c in codes("--select", family))
    assert not any(c.startswith(family) for c in codes("--ignore", family))
    (tmp_path / "audit.toml").write_text(f'ignore = ["{family}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert not any(c.startswith(family) for c in codes())
    (tmp_path / "audit.toml").write_text("bogus = 1\n", encoding="utf-8")
    r = runner.invoke(app, ["check", str(seed000)])
    assert r.exit_code == 2 and "unknown [tool.audit] setting" in r.output


def test_rules_list_and_doc():
    r = invoke("rules")
    assert r.exit_code == 0 and "HI1" in r.output
    from audit.rules.registry import iter_rules

    rule = next(iter_rules())
    r = invoke("rules", rule.code)
    assert r.exit_code == 0 and rule.code in r.output and "Examples" in r.output
    assert runner.invoke(app, ["rules", "HI999"]).exit_code == 2


def test_console_script_runs():
    r = subprocess.run(
        [sys.executable, "-m", "audit.cli", "--version"], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0 and "hindi-mt-audit" in r.stdout


@pytest.mark.parametrize("payload", ["नमस्ते <script>alert(1)</script> दुनिया।"])
def test_untrusted_text_round_trips_verbatim_in_jsonl(tmp_path, payload):
    p = tmp_path / "x.txt"
    p.write_text(payload, encoding="utf-8")
    r = invoke("check", str(p), "--format", "jsonl")
    assert json.loads(r.output.splitlines()[0])["mt"] == payload
