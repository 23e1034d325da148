"""Writers for results: JSONL (the contract), JSON, CSV, a terminal table, and the CI formats
(GitHub annotations, SARIF, JUnit: :mod:`audit.outputs.ci`)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from audit.core.io import atomic_write, json_line
from audit.core.model import SegmentResult

FORMATS = ("jsonl", "json", "csv", "table", "github", "sarif", "junit")
CSV_COLUMNS = [
    "id", "doc", "segment", "risk", "flagged", "code", "category", "severity",
    "start", "end", "span", "message", "suggestion", "mt", "src",
]


def dump_jsonl(records: Iterable[dict[str, Any]], fh: IO[str]) -> None:
    for record in records:
        fh.write(json_line(record))


def dump_json(records: Sequence[dict[str, Any]], fh: IO[str], meta: dict[str, Any] | None = None) -> None:
    json.dump({"meta": meta or {}, "summary": summarize(records), "results": list(records)}, fh,
              ensure_ascii=False, indent=2)
    fh.write("\n")


def dump_csv(records: Iterable[dict[str, Any]], fh: IO[str]) -> None:
    """One row per finding; a segment without findings still gets one row (finding fields empty)."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for rec in records:
        base = {k: rec.get(k) for k in ("id", "doc", "segment", "risk", "flagged", "mt", "src")}
        for finding in rec["findings"] or [{}]:
            writer.writerow({**base, **{k: finding.get(k) for k in CSV_COLUMNS if k in finding}})


def summarize(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    findings = [f for r in records for f in r["findings"]]
    return {
        "segments": len(records),
        "hindi_segments": sum(1 for r in records if r.get("lang", "hi") == "hi"),
        "flagged": sum(1 for r in records if r["flagged"]),
        "findings": len(findings),
        "by_severity": dict(Counter(f["severity"] for f in findings)),
        "by_category": dict(Counter(f["category"] for f in findings)),
        "by_code": dict(sorted(Counter(f["code"] for f in findings).items())),
        "warnings": sum(len(r.get("warnings", [])) for r in records),
    }


def summary_line(summary: dict[str, Any], lang: str = "en") -> str:
    """``27 findings: 19 major, 8 minor in 113 segments (98 Hindi), 13 flagged`` (from :func:`summarize`);
    in Hindi with ``lang="hi"``."""
    from audit.core.model import SEVERITIES
    from audit.outputs.report.render import ui_strings

    t = ui_strings(lang)
    n = int(summary.get("findings") or 0)
    by = summary.get("by_severity") or {}
    parts = [f"{by[s]} {t.get('sev_' + s, s)}" for s in reversed(SEVERITIES) if by.get(s)]
    parts += [f"{v} {k}" for k, v in sorted(by.items()) if k not in SEVERITIES and v]
    text = t["s_finding" if n == 1 else "s_findings"].format(n=n) + (f": {', '.join(parts)}" if parts else "")
    text += t["s_in"].format(segments=summary.get("segments", 0), hindi=summary.get("hindi_segments", 0),
                             flagged=summary.get("flagged", 0))
    warnings = int(summary.get("warnings") or 0)
    if warnings:
        text += t["s_warning" if warnings == 1 else "s_warnings"].format(n=warnings)
    return text


def write_results(results: Sequence[SegmentResult], fmt: str, out: Path | None, meta: dict[str, Any] | None = None,
                  stdout: IO[str] | None = None, lang: str | None = None) -> None:
    """Write ``results`` in ``fmt`` to ``out`` (atomically) or to ``stdout``."""
    records = [r.to_record() for r in results]
    if lang:
        from audit.outputs.messages import localize_records

        localize_records(records, lang)
    if fmt == "table":
        print_table(records, meta, lang or "en")
        if out is None:
            return
        fmt = {".csv": "csv", ".json": "json", ".sarif": "sarif", ".xml": "junit"}.get(out.suffix.lower(), "jsonl")
    from audit.outputs import ci

    writer = {"jsonl": lambda fh: dump_jsonl(records, fh), "json": lambda fh: dump_json(records, fh, meta),
              "csv": lambda fh: dump_csv(records, fh), "github": lambda fh: ci.dump_github(records, fh),
              "sarif": lambda fh: ci.dump_sarif(records, fh, meta), "junit": lambda fh: ci.dump_junit(records, fh)}[fmt]
    if out is None:
        import sys

        writer(stdout or sys.stdout)
    else:
        with atomic_write(out) as fh:
            writer(fh)


def print_table(records: Sequence[dict[str, Any]], meta: dict[str, Any] | None = None, lang: str = "en") -> None:
    """A rich table of flagged segments and their findings, then a summary line (headers in ``lang``)."""
    from rich.markup import escape
    from rich.table import Table

    from audit.outputs.ci import location
    from audit.outputs.report.render import ui_strings
    from audit.outputs.tables import console as table_console

    t = ui_strings(lang)
    console = table_console()  # piped or captured: as wide as the table, nothing cut
    table = Table(title=t["t_title"], show_lines=True, expand=console.is_terminal)
    labels = {id(rec): _label(rec, location) for rec in records if rec["flagged"]}
    longest = max((len(v) for v in labels.values()), default=10)
    table.add_column(t["t_segment"], style="cyan", overflow="fold", ratio=1, min_width=min(max(10, longest), 40))
    table.add_column(t["risk"], justify="right", no_wrap=True)
    table.add_column(t["t_rule"], style="magenta", no_wrap=True)
    table.add_column(t["t_span"], ratio=2)
    table.add_column(t["t_message"], ratio=4)
    shown = 0
    for rec in records:
        if not rec["flagged"]:
            continue
        shown += 1
        for i, f in enumerate(rec["findings"]):
            fix = f" → {escape(f['suggestion'])}" if f.get("suggestion") else ""
            label = labels[id(rec)]
            table.add_row(escape(label) if i == 0 else "", f"{rec['risk']:.2f}" if i == 0 else "",
                          f"{f['code']} {t.get('sev_' + f['severity'], f['severity'])}", f"[bold]{escape(f['span'])}[/bold]{fix}", escape(f["message"]))
    if shown:
        console.print(table)
    console.print(escape(summary_line(summarize(records), lang)))
    for rec in records:
        for w in rec.get("warnings", []):
            console.print(f"[yellow]{t['t_warning']}[/yellow] {escape(str(rec['id']))}: {escape(w)}")


def _label(rec: dict[str, Any], location: Any) -> str:
    """``file:line:col`` where the segment starts, and the user's own id when they gave one."""
    where = location(rec) if rec.get("line") else (f"{rec.get('doc')}#{rec.get('segment')}" if rec.get("doc")
                                                   else str(rec.get("id")))
    uid = str(rec.get("id") or "")
    made_up = {f"{rec.get('doc')}#{rec.get('segment')}", f"{rec.get('doc')}:{rec.get('line')}"}
    return where if not uid or uid in made_up else f"{where} {uid}"
