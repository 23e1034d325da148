"""Writers for results: JSONL (the contract), JSON, CSV, a terminal table, and the CI formats
(GitHub annotations, SARIF, JUnit: :mod:`audit.outputs.ci`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from audit.core.io import InputError, atomic_write, json_line
from audit.core.model import SegmentResult
from audit.core.terminal import printable
from audit.outputs.counts import summarize

FORMATS = ("jsonl", "json", "csv", "table", "github", "sarif", "junit")
CSV_COLUMNS = [
    "id",
    "doc",
    "segment",
    "risk",
    "flagged",
    "code",
    "category",
    "severity",
    "start",
    "end",
    "span",
    "message",
    "suggestion",
    "mt",
    "src",
]


def dump_jsonl(records: Iterable[dict[str, Any]], fh: IO[str]) -> None:
    for record in records:
        fh.write(json_line(record))


def dump_json(records: Sequence[dict[str, Any]], fh: IO[str], meta: dict[str, Any] | None = None) -> None:
    json.dump(
        {"meta": meta or {}, "summary": summarize(records), "results": list(records)},
        fh,
        ensure_ascii=False,
        indent=2,
    )
    fh.write("\n")


#: A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def dump_csv(records: Iterable[dict[str, Any]], fh: IO[str]) -> None:
    """One row per finding; a segment without findings still gets one row (finding fields empty).

    Text cells starting with ``= + - @``, a tab or a carriage return (and their full-width
    forms) are prefixed with ``'`` so that a spreadsheet shows them instead of running them.
    """
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for rec in records:
        base = {k: rec.get(k) for k in ("id", "doc", "segment", "risk", "flagged", "mt", "src")}
        for finding in rec["findings"] or [{}]:
            row = {**base, **{k: finding.get(k) for k in CSV_COLUMNS if k in finding}}
            writer.writerow({k: csv_safe(v) for k, v in row.items()})


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
    text += t["s_in"].format(
        segments=summary.get("segments", 0),
        hindi=summary.get("hindi_segments", 0),
        flagged=summary.get("flagged", 0),
    )
    warnings = int(summary.get("warnings") or 0)
    if warnings:
        text += t["s_warning" if warnings == 1 else "s_warnings"].format(n=warnings)
    return text


def write_results(
    results: Sequence[SegmentResult],
    fmt: str,
    out: Path | None,
    meta: dict[str, Any] | None = None,
    stdout: IO[str] | None = None,
    lang: str | None = None,
) -> None:
    """Write ``results`` in ``fmt`` to ``out`` (atomically) or to ``stdout``."""
    records = [r.to_record() for r in results]
    if lang:
        from audit.outputs.messages import localize_records

        localize_records(records, lang)
    requested = fmt
    fmt = output_format(fmt, out)
    if requested == "table":
        print_table(records, meta, lang or "en")
    if fmt == "table":
        return
    if fmt == "html":
        from audit.outputs.report import write_report

        write_report(records, out, meta or {}, lang=lang)  # type: ignore[arg-type]
        return
    from audit.outputs import ci

    writer = {
        "jsonl": lambda fh: dump_jsonl(records, fh),
        "json": lambda fh: dump_json(records, fh, meta),
        "csv": lambda fh: dump_csv(records, fh),
        "github": lambda fh: ci.dump_github(records, fh),
        "sarif": lambda fh: ci.dump_sarif(records, fh, meta),
        "junit": lambda fh: ci.dump_junit(records, fh),
    }[fmt]
    if out is None:
        import sys

        writer(stdout or sys.stdout)
    else:
        with atomic_write(out) as fh:
            writer(fh)


SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".sarif": "sarif",
    ".xml": "junit",
    ".html": "html",
    ".htm": "html",
}


def output_format(fmt: str, out: Path | None) -> str:
    """The format to write: ``--format``, or with the default (table) and ``-o`` the file's extension.

    A format that contradicts the extension (``--format jsonl -o out.html``) is refused rather
    than writing JSONL into a file a browser will open.
    """
    if out is None:
        return fmt
    by_suffix = SUFFIX_FORMATS.get(out.suffix.lower())
    if fmt == "table":
        if by_suffix is None:
            raise InputError(
                f"{out}: cannot tell the format from the extension; use .jsonl, .json, .csv, "
                ".sarif, .xml or .html, or pass --format"
            )
        return by_suffix
    if by_suffix is not None and by_suffix != fmt and {fmt, by_suffix} != {"json", "jsonl"}:
        raise InputError(
            f"{out}: --format {fmt} does not match the extension {out.suffix}; "
            f"use a .{fmt} file name or --format {by_suffix}"
        )
    return fmt


def print_table(
    records: Sequence[dict[str, Any]], meta: dict[str, Any] | None = None, lang: str = "en"
) -> None:
    """A rich table of flagged segments and their findings, then a summary line (headers in ``lang``)."""
    from rich.table import Table

    from audit.outputs.ci import location
    from audit.outputs.report.render import ui_strings
    from audit.outputs.tables import console as table_console

    t = ui_strings(lang)
    console = table_console()  # piped or captured: as wide as the table, nothing cut
    table = Table(title=t["t_title"], show_lines=True, expand=console.is_terminal)
    labels = {id(rec): _label(rec, location) for rec in records if rec["flagged"]}
    longest = max((len(v) for v in labels.values()), default=10)
    table.add_column(
        t["t_segment"], style="cyan", overflow="fold", ratio=1, min_width=min(max(10, longest), 40)
    )
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
            fix = f" → {shown_text(f['suggestion'])}" if f.get("suggestion") else ""
            label = labels[id(rec)]
            severity = t.get("sev_" + f["severity"], f["severity"])
            table.add_row(
                shown_text(label) if i == 0 else "",
                f"{rec['risk']:.2f}" if i == 0 else "",
                shown_text(f"{f['code']} {severity}"),
                f"[bold]{shown_text(f['span'])}[/bold]{fix}",
                shown_text(f["message"]),
            )
    if shown:
        console.print(table)
    console.print(shown_text(summary_line(summarize(records), lang)))
    for rec in records:
        for w in rec.get("warnings", []):
            console.print(f"[yellow]{t['t_warning']}[/yellow] {shown_text(rec['id'])}: {shown_text(w)}")


def shown_text(value: object) -> str:
    """Untrusted text for the rich table: control characters escaped, markup escaped."""
    from rich.markup import escape

    return escape(printable(value))


def _label(rec: dict[str, Any], location: Any) -> str:
    """``file:line:col`` where the segment starts, and the user's own id when they gave one."""
    where = (
        location(rec)
        if rec.get("line")
        else (f"{rec.get('doc')}#{rec.get('segment')}" if rec.get("doc") else str(rec.get("id")))
    )
    uid = str(rec.get("id") or "")
    made_up = {f"{rec.get('doc')}#{rec.get('segment')}", f"{rec.get('doc')}:{rec.get('line')}"}
    return where if not uid or uid in made_up else f"{where} {uid}"
