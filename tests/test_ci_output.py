"""CI formats: GitHub annotations line by line, SARIF against the 2.1.0 schema, JUnit parsed."""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from audit.core.model import Finding, Segment, SegmentResult
from audit.outputs.ci import dump_github, dump_junit, dump_sarif, finding_region, github_lines, sarif_log

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-2.1.0-subset.schema.json"


def records() -> list[dict]:
    """Three segments of one file: a one-line one, one running over a newline, a clean one."""
    one = Segment(doc="news/a.txt", index=1, text="नेता किम जोंग संयुक्त राष्ट्र ने कहा।", start=0)
    one_rec = SegmentResult(
        segment=one,
        findings=[
            Finding(
                "HI101",
                "name-calque",
                "major",
                5,
                29,
                one.text[5:29],
                "Name calqued: “Un” became संयुक्त राष्ट्र.",
                "किम जोंग उन",
            ),
        ],
        risk=0.9,
        flagged=True,
    ).to_record()
    one_rec.update(line=3, col=5)
    text = "पहली पंक्ति,\nदूसरी पंक्ति में budget है।"
    two = Segment(doc="news/a.txt", index=2, text=text)
    at = text.index("budget")
    two_rec = SegmentResult(
        segment=two,
        findings=[
            Finding(
                "HI403",
                "untranslated",
                "minor",
                at,
                at + 6,
                "budget",
                "English word left: 100%, a, b\nnext line",
            ),
            Finding("HI301", "repetition", "critical", 0, len(text), text, "whole segment"),
        ],
        risk=0.6,
        flagged=True,
    ).to_record()
    two_rec.update(line=4, col=1)
    three = SegmentResult(segment=Segment(doc="news/a.txt", index=3, text="ठीक वाक्य।")).to_record()
    three_rec = dict(three, line=6, col=1)
    odd = SegmentResult(
        segment=Segment(doc="we,ird:name%.txt", index=1, text="x\x01y"),
        findings=[
            Finding("HI403", "untranslated", "minor", 0, 1, "x", "ctl \x01 char"),
        ],
        flagged=True,
    ).to_record()
    return [one_rec, two_rec, three_rec, odd]


def test_regions_walk_newlines_in_code_points() -> None:
    recs = records()
    assert finding_region(recs[0], recs[0]["findings"][0]) == (3, 10, 3, 34)
    budget = recs[1]["findings"][0]
    assert finding_region(recs[1], budget) == (5, len("दूसरी पंक्ति में ") + 1, 5, len("दूसरी पंक्ति में budget") + 1)
    whole = recs[1]["findings"][1]
    assert finding_region(recs[1], whole)[:2] == (4, 1) and finding_region(recs[1], whole)[2] == 5
    no_line = {k: v for k, v in recs[0].items() if k not in ("line", "col")}
    assert finding_region(no_line, recs[0]["findings"][0])[:2] == (1, 6)


GH = re.compile(
    r"^::(?P<level>error|warning) file=(?P<file>[^,:]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=(?P<eline>\d+),endColumn=(?P<ecol>\d+),title=(?P<title>[^,:]+)::(?P<body>[^\r\n]*)$"
)


def test_github_annotations_line_by_line() -> None:
    recs = records()
    out = io.StringIO()
    dump_github(recs, out)
    lines = out.getvalue().splitlines()
    expected = [(r, f) for r in recs for f in r["findings"]]
    assert len(lines) == len(expected) == 4
    for line, (rec, f) in zip(lines, expected, strict=True):
        m = GH.match(line)
        assert m, line
        region = finding_region(rec, f)
        assert (int(m["line"]), int(m["col"]), int(m["eline"]), int(m["ecol"])) == region
        assert m["level"] == ("warning" if f["severity"] == "minor" else "error")
        assert m["title"].startswith(f["code"] + " (")
        decoded = m["body"].replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        assert decoded.startswith(f"{rec['doc']}:{region[0]}:{region[1]}: {f['code']} ")
    # escaping: a comma/colon in a file name and a % / newline in a message cannot break the command
    assert lines[3].split("::")[1].startswith("warning file=we%2Cird%3Aname%25.txt,")
    assert "100%25, a, b next line" in lines[1]
    assert github_lines([recs[2]]) == []  # a clean segment: no annotation


def test_sarif_validates_against_the_2_1_0_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    out = io.StringIO()
    dump_sarif(records(), out, meta={"threshold": 0.5, "lang": "en"})
    log = json.loads(out.getvalue())
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=str)
    assert errors == [], errors[:3]
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert len(results) == 4
    rules = run["tool"]["driver"]["rules"]
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert re.fullmatch(r"[0-9a-f]{24}", res["partialFingerprints"]["findingKey/v1"])
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 10, 34)
    assert region["snippet"]["text"] == "किम जोंग संयुक्त राष्ट्र"
    assert {r["level"] for r in results} == {"error", "warning"}
    # the schema is strict enough to catch a malformed log
    for mutate in (
        lambda d: d.pop("version"),
        lambda d: d["runs"][0]["results"][0].update(level="major"),
        lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].update(
            startLine=0
        ),
        lambda d: d["runs"][0]["results"][0].update(mesage={"text": "typo"}),
        lambda d: d["runs"][0]["tool"]["driver"].pop("name"),
    ):
        bad = copy.deepcopy(log)
        mutate(bad)
        assert list(validator.iter_errors(bad)), "the schema accepted a broken log"


def test_sarif_without_rule_list_uses_the_registry() -> None:
    log = sarif_log(records())
    ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert ids == ["HI101", "HI301", "HI403"]
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["properties"]["category"] == "name-calque"


def test_junit_parses_and_counts() -> None:
    out = io.StringIO()
    dump_junit(records(), out)
    root = ET.fromstring(out.getvalue().encode("utf-8"))
    assert root.tag == "testsuites" and root.get("tests") == "4" and root.get("failures") == "3"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["news/a.txt", "we,ird:name%.txt"]
    cases = suites[0].findall("testcase")
    assert [c.get("line") for c in cases] == ["3", "4", "6"]
    assert cases[2].find("failure") is None
    failure = cases[1].find("failure")
    assert failure.get("type") == "HI403" and failure.get("message").startswith("2 findings: HI403 minor")
    lines = failure.text.splitlines()
    assert lines[0].startswith("news/a.txt:5:") and "HI403 [minor]" in lines[0]
    assert "\\u0001" in suites[1].find("testcase/failure").text  # control characters survive as text
