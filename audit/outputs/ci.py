"""CI formats for ``audit check --format github|sarif|junit`` (the formats ruff offers).

Every finding is placed at ``file:line:col`` in the user's input: a record carries the line and
column (1-based, in Unicode code points) where its segment starts (``line``/``col``, filled by
the readers), and the finding's ``start``/``end`` offsets are walked from there through the
segment's own newlines. Table rows (CSV/TSV/JSONL) have the row's line and the column inside the
MT cell. A record without ``line`` counts from line 1, column 1 of its document.

* ``github``: GitHub Actions workflow commands, one line per finding
  (``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=HI101 (name-calque)::…``);
  critical and major are ``error``, minor is ``warning``. Values are escaped as the runner
  expects (``%``, CR, LF; in properties also ``:`` and ``,``).
* ``sarif``: SARIF 2.1.0 (one run; the rules that ran as ``tool.driver.rules``; columns in
  Unicode code points, ``columnKind: unicodeCodePoints``; a stable ``partialFingerprints``
  entry per finding — the report's finding key — so code-scanning tools track it across runs).
* ``junit``: one ``<testsuite>`` per document, one ``<testcase>`` per segment; a segment with
  findings fails, its ``<failure>`` lists them one per line as ``file:line:col: CODE message``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import IO, Any
from xml.etree import ElementTree as ET

CI_FORMATS = ("github", "sarif", "junit")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFO_URI = "https://github.com/hindi-mt-audit/hindi-mt-audit"
_LEVELS = {"critical": "error", "major": "error", "minor": "warning"}


# ----------------------------------------------------------------------------- locations
def _walk(text: str, offset: int, line: int, col: int) -> tuple[int, int]:
    """(line, col) of ``text[offset]`` when ``text`` starts at (line, col)."""
    head = text[: max(0, min(offset, len(text)))]
    newlines = head.count("\n")
    if not newlines:
        return line, col + len(head)
    return line + newlines, len(head) - head.rfind("\n")


def segment_start(record: dict[str, Any]) -> tuple[int, int]:
    line, col = record.get("line"), record.get("col")
    return (
        int(line) if isinstance(line, int) and line > 0 else 1,
        int(col) if isinstance(col, int) and col > 0 else 1,
    )


def finding_region(record: dict[str, Any], finding: dict[str, Any]) -> tuple[int, int, int, int]:
    """``(line, col, end_line, end_col)`` of a finding, 1-based; the end column is exclusive."""
    text = record.get("mt") or ""
    line, col = segment_start(record)
    start = int(finding.get("start") or 0)
    end = max(start, int(finding.get("end") or start))
    sl, sc = _walk(text, start, line, col)
    el, ec = _walk(text, end, line, col)
    return sl, sc, el, ec


def location(record: dict[str, Any], finding: dict[str, Any] | None = None) -> str:
    """``file:line:col`` of a finding (or of the segment)."""
    if finding is None:
        line, col = segment_start(record)
    else:
        line, col, _, _ = finding_region(record, finding)
    return f"{record.get('doc') or '-'}:{line}:{col}"


def _findings(records: Iterable[dict[str, Any]]) -> Iterable[tuple[dict[str, Any], dict[str, Any]]]:
    for record in records:
        for finding in record.get("findings") or []:
            yield record, finding


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


def _text(finding: dict[str, Any]) -> str:
    message = _one_line(finding.get("message"))
    if finding.get("suggestion"):
        message += f" (suggestion: {_one_line(finding['suggestion'])})"
    return message


# ----------------------------------------------------------------------------- github
def _gh_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def github_lines(records: Iterable[dict[str, Any]]) -> list[str]:
    """One GitHub Actions annotation command per finding."""
    lines = []
    for record, f in _findings(records):
        line, col, end_line, end_col = finding_region(record, f)
        props = [
            f"file={_gh_prop(str(record.get('doc') or '-'))}",
            f"line={line}",
            f"col={col}",
            f"endLine={end_line}",
            f"endColumn={end_col}",
            "title=" + _gh_prop(f"{f['code']} ({f['category']}, {f['severity']})"),
        ]
        body = f"{location(record, f)}: {f['code']} {_text(f)}"
        lines.append(f"::{_LEVELS.get(f['severity'], 'warning')} {','.join(props)}::{_gh_data(body)}")
    return lines


def dump_github(records: Sequence[dict[str, Any]], fh: IO[str]) -> None:
    for line in github_lines(records):
        fh.write(line + "\n")


# ----------------------------------------------------------------------------- sarif
def _rules_meta(records: Sequence[dict[str, Any]], rules: Sequence[Any] | None) -> list[dict[str, Any]]:
    """Rule descriptors for the rules that ran (or, without that list, the codes that fired)."""
    if rules is None or (rules and isinstance(rules[0], dict)):
        from audit.rules.registry import REGISTRY, load_all_checks

        load_all_checks()
        fired = {f["code"] for _, f in _findings(records)}
        ran = {
            str(r.get("code")) for r in rules or [] if isinstance(r, dict)
        }  # meta["rules"]: the rules that ran
        codes = sorted(fired | ran)
        rules = [REGISTRY[c] for c in codes if c in REGISTRY]
        known = {r.code for r in rules}
        extra = [c for c in codes if c not in known]
    else:
        extra = []
    out = []
    for rule in rules:
        out.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": _one_line(rule.doc) or rule.summary},
                "helpUri": f"{INFO_URI}/blob/main/docs/rules/README.md",
                "defaultConfiguration": {"level": _LEVELS.get(rule.severity, "warning")},
                "properties": {
                    "category": rule.category,
                    "severity": rule.severity,
                    "tags": [rule.category] + (["needs-source"] if rule.needs_source else []),
                },
            }
        )
    for code in extra:
        out.append({"id": code, "shortDescription": {"text": code}})
    return out


def sarif_log(
    records: Sequence[dict[str, Any]], meta: dict[str, Any] | None = None, rules: Sequence[Any] | None = None
) -> dict[str, Any]:
    """The SARIF 2.1.0 log of ``records`` as a dict."""
    from audit import __version__
    from audit.outputs.report.decisions import finding_key

    if rules is None and meta and isinstance(meta.get("rules"), list):
        rules = meta["rules"]
    descriptors = _rules_meta(records, rules)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    artifacts: dict[str, int] = {}
    results = []
    for record, f in _findings(records):
        doc = str(record.get("doc") or "-")
        artifacts.setdefault(doc, len(artifacts))
        line, col, end_line, end_col = finding_region(record, f)
        result: dict[str, Any] = {
            "ruleId": f["code"],
            "level": _LEVELS.get(f["severity"], "warning"),
            "message": {"text": _text(f)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": doc, "index": artifacts[doc]},
                        "region": {
                            "startLine": line,
                            "startColumn": col,
                            "endLine": end_line,
                            "endColumn": end_col,
                            "snippet": {"text": str(f.get("span") or "")},
                        },
                    },
                    "logicalLocations": [{"name": str(record.get("id")), "kind": "segment"}],
                }
            ],
            "partialFingerprints": {
                "findingKey/v1": finding_key(record.get("mt") or "", f["code"], f["start"], f["end"]),
            },
            "properties": {
                "category": f["category"],
                "severity": f["severity"],
                "segment": record.get("id"),
                "risk": record.get("risk"),
            },
        }
        if f["code"] in index:
            result["ruleIndex"] = index[f["code"]]
        if f.get("suggestion"):
            result["properties"]["suggestion"] = f["suggestion"]
        results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "hindi-mt-audit",
                "version": __version__,
                "informationUri": INFO_URI,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": uri}} for uri in artifacts],
        "results": results,
    }
    if meta:
        run["properties"] = {
            k: meta[k] for k in ("threshold", "roundtrip_note", "lang") if meta.get(k) is not None
        }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def dump_sarif(
    records: Sequence[dict[str, Any]],
    fh: IO[str],
    meta: dict[str, Any] | None = None,
    rules: Sequence[Any] | None = None,
) -> None:
    json.dump(sarif_log(records, meta, rules), fh, ensure_ascii=False, indent=2)
    fh.write("\n")


# ----------------------------------------------------------------------------- junit
def _xml_safe(text: Any) -> str:
    """XML 1.0 cannot carry most control characters, even escaped: show them as \\uXXXX."""
    out = []
    for ch in str(text if text is not None else ""):
        o = ord(ch)
        if (o < 0x20 and ch not in "\t\n\r") or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF):
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    return "".join(out)


def junit_tree(records: Sequence[dict[str, Any]]) -> ET.Element:
    root = ET.Element("testsuites", name="hindi-mt-audit")
    suites: dict[str, ET.Element] = {}
    totals = {"tests": 0, "failures": 0}
    counts: dict[str, dict[str, int]] = {}
    for record in records:
        doc = str(record.get("doc") or "-")
        if doc not in suites:
            suites[doc] = ET.SubElement(root, "testsuite", name=_xml_safe(doc))
            counts[doc] = {"tests": 0, "failures": 0}
        name = location(record) + (f" {record['id']}" if record.get("id") else "")
        case = ET.SubElement(
            suites[doc],
            "testcase",
            name=_xml_safe(name),
            classname=_xml_safe(doc),
            file=_xml_safe(doc),
            line=str(segment_start(record)[0]),
        )
        counts[doc]["tests"] += 1
        findings = record.get("findings") or []
        if findings:
            counts[doc]["failures"] += 1
            first = findings[0]
            failure = ET.SubElement(
                case,
                "failure",
                type=_xml_safe(first["code"]),
                message=_xml_safe(
                    f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: "
                    + ", ".join(f"{f['code']} {f['severity']}" for f in findings)
                ),
            )
            failure.text = _xml_safe(
                "\n".join(
                    f"{location(record, f)}: {f['code']} [{f['severity']}] {_text(f)}" for f in findings
                )
            )
    for doc, suite in suites.items():
        suite.set("tests", str(counts[doc]["tests"]))
        suite.set("failures", str(counts[doc]["failures"]))
        suite.set("errors", "0")
        totals["tests"] += counts[doc]["tests"]
        totals["failures"] += counts[doc]["failures"]
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    root.set("errors", "0")
    return root


def dump_junit(records: Sequence[dict[str, Any]], fh: IO[str]) -> None:
    tree = junit_tree(records)
    ET.indent(tree)
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    fh.write(ET.tostring(tree, encoding="unicode"))
    fh.write("\n")
