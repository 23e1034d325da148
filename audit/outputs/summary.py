"""Outputs of a batch run, from one streaming pass over its results JSONL: the summary counts,
the top findings, the Parquet table and the one-page summary for runs too large for the report."""

from __future__ import annotations

import heapq
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.core.io import atomic_write, read_jsonl_records
from audit.core.model import SEVERITIES
from audit.outputs.counts import RecordCounts

TOP_K = 200


@dataclass
class Summary(RecordCounts):
    """The counts of :class:`RecordCounts`, the risk histogram and the top findings."""

    histogram: list[int] = field(default_factory=lambda: [0] * 20)
    top: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)

    def add(self, rec: dict[str, Any]) -> None:
        super().add(rec)
        risk = float(rec.get("risk", 0.0))
        self.histogram[min(int(risk * 20), 19)] += 1
        if rec.get("findings"):
            item = (
                risk,
                -self.segments,
                {k: rec.get(k) for k in ("id", "doc", "segment", "mt", "risk", "findings")},
            )
            if len(self.top) < TOP_K:
                heapq.heappush(self.top, item)
            elif item[:2] > self.top[0][:2]:
                heapq.heapreplace(self.top, item)

    def as_dict(self) -> dict[str, Any]:
        """The batch run's summary (``RESULTS.summary.json``): severities in severity order."""
        return {
            **super().as_dict(),
            "by_severity": {s: self.by_severity[s] for s in SEVERITIES if self.by_severity[s]},
            "risk_histogram": list(self.histogram),
        }


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a results JSONL, streamed (:func:`audit.core.io.read_jsonl_records`)."""
    for _, rec in read_jsonl_records(path):
        yield rec


def _parquet_schema() -> Any:
    import pyarrow as pa

    finding = pa.struct(
        [
            ("code", pa.string()),
            ("category", pa.string()),
            ("severity", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("span", pa.string()),
            ("message", pa.string()),
            ("suggestion", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("doc", pa.string()),
            ("segment", pa.int64()),
            ("mt", pa.string()),
            ("src", pa.string()),
            ("ref", pa.string()),
            ("lang", pa.string()),
            ("risk", pa.float64()),
            ("flagged", pa.bool_()),
            ("n_findings", pa.int64()),
            ("codes", pa.string()),
            ("max_severity", pa.string()),
            ("findings", pa.list_(finding)),
            ("scores_json", pa.string()),
            ("roundtrip_json", pa.string()),
            ("warnings", pa.list_(pa.string())),
        ]
    )


def parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    """A flat row of the Parquet table (findings nested without evidence; scores as JSON text)."""
    findings = rec.get("findings", [])
    sev = max(
        (SEVERITIES.index(f["severity"]) for f in findings if f.get("severity") in SEVERITIES), default=None
    )
    return {
        "id": rec.get("id"),
        "doc": rec.get("doc"),
        "segment": int(rec.get("segment", 0)),
        "mt": rec.get("mt"),
        "src": rec.get("src"),
        "ref": rec.get("ref"),
        "lang": rec.get("lang"),
        "risk": float(rec.get("risk", 0.0)),
        "flagged": bool(rec.get("flagged")),
        "n_findings": len(findings),
        "codes": ",".join(f["code"] for f in findings),
        "max_severity": None if sev is None else SEVERITIES[sev],
        "findings": [
            {
                k: f.get(k)
                for k in ("code", "category", "severity", "start", "end", "span", "message", "suggestion")
            }
            for f in findings
        ],
        "scores_json": json.dumps(rec["scores"], ensure_ascii=False) if rec.get("scores") else None,
        "roundtrip_json": json.dumps(rec["roundtrip"], ensure_ascii=False) if rec.get("roundtrip") else None,
        "warnings": list(rec.get("warnings", [])),
    }


def finish_outputs(output_jsonl: Path, parquet_path: Path | None, batch_rows: int = 5000) -> Summary:
    """One streaming pass over the results: summary, top findings, Parquet row groups."""
    summary = Summary()
    writer = None
    schema = None
    tmp = None
    rows: list[dict[str, Any]] = []
    if parquet_path is not None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _parquet_schema()
        parquet_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = parquet_path.with_name(f".{parquet_path.name}.tmp")
        writer = pq.ParquetWriter(tmp, schema)
    try:
        for rec in iter_jsonl(output_jsonl):
            summary.add(rec)
            if writer is not None:
                rows.append(parquet_row(rec))
                if len(rows) >= batch_rows:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
        if writer is not None:
            if rows or summary.segments == 0:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            writer.close()
            writer = None
            os.replace(tmp, parquet_path)  # type: ignore[arg-type]
    finally:
        if writer is not None:
            writer.close()
            Path(tmp).unlink(missing_ok=True)  # type: ignore[arg-type]
    return summary


def write_summary_html(summary: Summary, path: Path, meta: dict[str, Any]) -> None:
    """A one-page summary for runs too large for the interactive report."""
    import html

    from audit.outputs.formats import summary_line

    e = html.escape
    s = summary.as_dict()
    peak = max(summary.histogram) or 1
    bars = "".join(
        f'<rect x="{i * 16}" y="{100 - 100 * n / peak:.1f}" width="14" height="{100 * n / peak:.1f}" fill="#4062bb">'
        f"<title>risk {i / 20:.2f}–{(i + 1) / 20:.2f}: {n}</title></rect>"
        for i, n in enumerate(summary.histogram)
    )
    rows = "".join(f"<tr><td>{e(k)}</td><td class=n>{v}</td></tr>" for k, v in s["by_code"].items())
    top = sorted(summary.top, reverse=True)
    items = []
    for risk, _, rec in top:
        spans = "; ".join(
            f"{f['code']} {f['severity']} «{f['span']}»"
            + (f" → {f['suggestion']}" if f.get("suggestion") else "")
            for f in rec["findings"]
        )
        items.append(
            f"<tr><td>{e(str(rec['id']))}</td><td class=n>{risk:.2f}</td><td>{e(rec['mt'])}</td>"
            f"<td>{e(spans)}</td></tr>"
        )
    body = (
        '<!doctype html><html lang="hi"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>audit summary</title><style>body{font-family:'Noto Sans Devanagari',system-ui,sans-serif;margin:1.5rem}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}"
        ".n{text-align:right}</style></head><body>"
        f"<h1>Audit summary</h1><p>{e(summary_line(s, meta.get('lang') or 'en'))}.</p>"
        f"<p>Inputs: {e(', '.join(map(str, meta.get('inputs', []))))}. Results: {e(str(meta.get('results', '')))}"
        f"{(' and ' + e(str(meta['parquet']))) if meta.get('parquet') else ''}. This run is too large for the "
        "interactive report; open a slice of the results with <code>audit report</code>.</p>"
        f'<h2>Risk histogram</h2><svg width="330" height="110" role="img" aria-label="risk histogram">{bars}</svg>'
        f"<h2>Findings by rule</h2><table><tr><th>rule</th><th>findings</th></tr>{rows}</table>"
        f"<h2>The {len(top)} riskiest segments with findings</h2><table><tr><th>id</th><th>risk</th><th>MT</th>"
        f"<th>findings</th></tr>{''.join(items)}</table></body></html>\n"
    )
    with atomic_write(path) as fh:
        fh.write(body)
