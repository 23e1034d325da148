"""Unit tests of the HTML report: escaping, CSP, JSON embedding, diff, decisions round trip."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_records import HOSTILE, hostile_records, meta_for, seed_records

from audit.outputs.report import (
    Decisions,
    DecisionsError,
    apply_decisions,
    finding_key,
    load_decisions,
    render_report,
    write_report,
)
from audit.outputs.report.decisions import record_finding_keys
from audit.outputs.report.render import char_diff, embed_json

DATA_RE = re.compile(r'<script type="application/json" id="report-data">(.*?)</script>', re.S)


class TagCollector(HTMLParser):
    """Every start tag with its attributes, plus the raw text of <script>/<style> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in][-1] += data


def parse(html: str) -> TagCollector:
    parser = TagCollector()
    parser.feed(html)
    parser.close()
    return parser


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@pytest.fixture(scope="module")
def hostile_html() -> str:
    records = hostile_records()
    meta = meta_for(records)
    meta["roundtrip_note"] = "neural round trip skipped: <b>no model</b>"
    meta["inputs"] = ["<script>alert(3)</script>.txt"]
    return render_report(records, meta)


@pytest.fixture(scope="module")
def seed_html() -> str:
    records = seed_records()
    return render_report(records, meta_for(records))


def test_hostile_markup_never_becomes_markup(hostile_html: str) -> None:
    doc = parse(hostile_html)
    scripts = [attrs for tag, attrs in doc.tags if tag == "script"]
    assert len(scripts) == 2  # the JSON block and the page's own script, nothing else
    assert not [t for t, _ in doc.tags if t == "img"]
    assert not any(k.startswith("on") for _, attrs in doc.tags for k in attrs)
    outside = DATA_RE.sub("", hostile_html)
    for payload in HOSTILE:
        assert payload not in outside
    # server-rendered names (documents, categories) are escaped, not dropped
    assert "doc&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_html
    assert "cat&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in hostile_html
    assert "neural round trip skipped: &lt;b&gt;no model&lt;/b&gt;" in hostile_html
    assert "<code>&lt;script&gt;alert(3)&lt;/script&gt;.txt</code>" in hostile_html


def test_json_block_cannot_be_closed_and_round_trips(hostile_html: str) -> None:
    blocks = DATA_RE.findall(hostile_html)
    assert len(blocks) == 1
    body = blocks[0]
    assert "<" not in body and ">" not in body
    data = json.loads(body)
    assert [r["mt"] for r in data["records"]] == [r["mt"] for r in hostile_records()]
    assert data["records"][0]["findings"][0]["key"] == finding_key(
        data["records"][0]["mt"],
        "HI403",
        data["records"][0]["findings"][0]["start"],
        data["records"][0]["findings"][0]["end"],
    )


@given(st.text())
def test_embed_json_is_inert_and_lossless(text: str) -> None:
    embedded = str(embed_json({"t": text}))
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert "\u2028" not in embedded and "\u2029" not in embedded
    assert json.loads(embedded) == {"t": text}


def test_csp_is_strict_and_hashes_match_inline_code(seed_html: str) -> None:
    doc = parse(seed_html)
    metas = [
        a
        for t, a in doc.tags
        if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    assert len(metas) == 1
    policy = dict(
        (part.split()[0], part.split()[1:]) for part in metas[0]["content"].split(";") if part.strip()
    )
    assert policy["default-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert "'unsafe-inline'" not in metas[0]["content"] and "'unsafe-eval'" not in metas[0]["content"]
    executable = [a for t, a in doc.tags if t == "script" and a.get("type") != "application/json"]
    assert len(executable) == 1 and "src" not in executable[0]
    js = [
        body
        for (t, a), body in zip([x for x in doc.tags if x[0] == "script"], doc.raw["script"])
        if a.get("type") != "application/json"
    ][0]
    assert policy["script-src"] == [sha256_source(js)]
    assert policy["style-src"] == [sha256_source(doc.raw["style"][0])]
    # the CSP meta must come before any script or style to apply to them
    assert seed_html.index("Content-Security-Policy") < seed_html.index("<style")


def test_self_contained_no_external_assets_no_inline_handlers(seed_html: str) -> None:
    doc = parse(seed_html)
    for tag, attrs in doc.tags:
        for name in ("src", "href", "action", "xlink:href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
        assert "style" not in attrs, tag  # style attributes would need 'unsafe-inline'
        assert not any(k.startswith("on") for k in attrs), tag
    assert tuple(t for t, _ in doc.tags if t == "link") == ()
    assert "innerHTML" not in seed_html and "insertAdjacentHTML" not in seed_html
    assert "document.write" not in seed_html and "eval(" not in seed_html


def test_report_content_summary_and_hindi(seed_html: str, tmp_path: Path) -> None:
    records = seed_records()
    data = json.loads(DATA_RE.search(seed_html).group(1))
    assert len(data["records"]) == len(records)
    assert [r["mt"] for r in data["records"]] == [r["mt"] for r in records]
    assert "Noto Sans Devanagari" in seed_html
    # histogram: one bar per decile, heights add up to the number of segments
    counts = [int(n) for n in re.findall(r"<title>risk [0-9.]+–[0-9.]+: (\d+) segments</title>", seed_html)]
    assert len(counts) == 10 and sum(counts) == len(records)
    assert "<svg" in seed_html
    total = sum(len(r["findings"]) for r in records)
    assert f'<span id="count-open">{total}</span>' in seed_html
    for sig in meta_for(records)["signatures"].values():
        assert sig in seed_html
    out = write_report(records, tmp_path / "sub" / "r.html", meta_for(records))
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_document_table_sorted_by_risk() -> None:
    records = seed_records()
    for i, rec in enumerate(records):
        rec["doc"] = f"d{i % 3}.txt"
        rec["risk"] = {0: 0.2, 1: 0.9, 2: 0.5}[i % 3]
    html = render_report(records, meta_for(records))
    order = re.findall(r'<a href="#d=(d\d\.txt)">', html)
    assert order == ["d1.txt", "d2.txt", "d0.txt"]


@given(st.text(alphabet="कखगघ अआइ।ab ", max_size=40), st.text(alphabet="कखगघ अआइ।ab ", max_size=40))
def test_char_diff_reconstructs_both_sides(a: str, b: str) -> None:
    ops = char_diff(a, b)
    assert "".join(t for op, t in ops if op <= 0) == a
    assert "".join(t for op, t in ops if op >= 0) == b


def test_char_diff_is_character_level_inside_words() -> None:
    ops = char_diff("उत्तर कोरिया ने कहा", "उत्तरी कोरिया ने कहा")
    assert [1, "ी"] in ops


# ---- decisions ---------------------------------------------------------------------------


def test_finding_key_is_stable_and_specific() -> None:
    k = finding_key("राज्य मीडिया ने कहा", "HI201", 0, 12)
    assert k == finding_key("राज्य मीडिया ने कहा", "HI201", 0, 12)
    assert len(k) == 24 and int(k, 16) >= 0
    assert k != finding_key("राज्य मीडिया ने कहा।", "HI201", 0, 12)
    assert k != finding_key("राज्य मीडिया ने कहा", "HI202", 0, 12)
    assert k != finding_key("राज्य मीडिया ने कहा", "HI201", 1, 12)
    payload = json.dumps(["x", "HI1", 1, 2], ensure_ascii=False, separators=(",", ":"))
    assert finding_key("x", "HI1", 1, 2) == hashlib.sha256(payload.encode()).hexdigest()[:24]


def _export_like_browser(records: list[dict], statuses: dict[int, tuple[str, str]]) -> dict:
    """The JSON the report's Export button writes (same fields as report.js exportRows)."""
    rows = []
    flat = [(r, f) for r in records for f in r["findings"]]
    for i, (status, note) in statuses.items():
        r, f = flat[i]
        rows.append(
            {
                "key": finding_key(r["mt"], f["code"], f["start"], f["end"]),
                "status": status,
                "note": note,
                "id": r["id"],
                "doc": r["doc"],
                "segment": r["segment"],
                "code": f["code"],
                "start": f["start"],
                "end": f["end"],
                "span": f["span"],
            }
        )
    return {"format": "hindi-mt-audit-decisions", "version": 1, "decisions": rows}


def test_decisions_json_round_trip_marks_only_unchanged_findings(tmp_path: Path) -> None:
    records = seed_records()
    flat = [(r, f) for r in records for f in r["findings"]]
    other = next(i for i, (r, _) in enumerate(flat) if r is not flat[0][0])
    path = tmp_path / "decisions.json"
    path.write_text(
        json.dumps(_export_like_browser(records, {0: ("dismissed", "false alarm"), other: ("accepted", "")})),
        encoding="utf-8",
    )
    decisions = load_decisions(path)
    assert len(decisions) == 2
    # next run: same texts, except the segment of the accepted finding was edited
    flat[other][0]["mt"] += " "
    apply_decisions(records, decisions)
    marked = [f.get("decision") for r in records for f in r["findings"]]
    assert marked[0] == {"status": "dismissed", "note": "false alarm"}
    assert sum(1 for m in marked if m) == 1
    html = render_report(records, meta_for(records))
    data = json.loads(DATA_RE.search(html).group(1))
    assert data["records"][0]["findings"][0]["decision"]["status"] == "dismissed"


def test_decisions_csv_round_trip(tmp_path: Path) -> None:
    records = seed_records()
    exported = _export_like_browser(records, {2: ("dismissed", "=not a formula, a note")})
    path = tmp_path / "decisions.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(exported["decisions"][0]))
        writer.writeheader()
        writer.writerows(exported["decisions"])
    decisions = load_decisions(path)
    apply_decisions(records, decisions)
    marked = [f.get("decision") for r in records for f in r["findings"]]
    assert marked[2] == {"status": "dismissed", "note": "=not a formula, a note"}


def test_csv_formula_guard_from_browser_export_is_undone(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('\ufeff"key","status","note"\r\n"abc","dismissed","\'=SUM(A1)"\r\n', encoding="utf-8")
    assert load_decisions(path).get("abc").note == "=SUM(A1)"


def test_apply_decisions_clears_stale_marks() -> None:
    records = seed_records()
    records[0]["findings"][0]["decision"] = {"status": "accepted", "note": ""}
    apply_decisions(records, Decisions())
    assert "decision" not in records[0]["findings"][0]


@pytest.mark.parametrize(
    "content, message",
    [("{not json", "not valid JSON"), ('"just a string"', "expected a list")],
)
def test_bad_decisions_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "d.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DecisionsError, match=message):
        load_decisions(path)


def test_decisions_accept_simple_mapping_and_skip_unknown_status(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"k1": "dismissed", "k2": {"status": "accepted", "note": "ok"}, "k3": "open"}))
    d = load_decisions(path)
    assert d.get("k1").status == "dismissed" and d.get("k2").note == "ok" and "k3" not in d


@pytest.mark.parametrize(
    "name, content",
    [
        (
            "results.json",
            json.dumps({"meta": {}, "summary": {}, "results": [{"id": "a", "mt": "x", "findings": []}]}),
        ),
        ("other.json", json.dumps([{"id": "a#1", "mt": "x", "findings": []}])),
        ("wrong.json", json.dumps({"format": "something-else", "decisions": []})),
        ("table.csv", "id,mt,src\na,x,y\n"),
    ],
)
def test_decisions_file_of_the_wrong_shape_is_rejected(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DecisionsError, match="not a decisions file"):
        load_decisions(path)


def test_apply_decisions_counts_and_keeps_notes_without_decision(tmp_path: Path) -> None:
    records = seed_records()
    keys = [key for r in records for _, key in record_finding_keys(r)]
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps(
            {
                "format": "hindi-mt-audit-decisions",
                "decisions": [
                    {"key": keys[0], "status": "dismissed", "note": ""},
                    {"key": keys[1], "status": "open", "note": "check with the desk"},
                    {"key": keys[2], "status": "open", "note": ""},  # nothing to keep
                    {"key": "0" * 24, "status": "accepted", "note": ""},  # a finding that no longer exists
                ],
            }
        ),
        encoding="utf-8",
    )
    decisions = load_decisions(path)
    assert len(decisions) == 3
    assert apply_decisions(records, decisions) == 2
    found = {key: f.get("decision") for r in records for f, key in record_finding_keys(r)}
    assert found[keys[1]] == {"status": "open", "note": "check with the desk"}
    assert found[keys[2]] is None
