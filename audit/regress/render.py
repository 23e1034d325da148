"""Renderings of a :class:`~audit.regress.RegressionReport`: terminal diff, JSON, JUnit XML, HTML."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from audit.core.io import atomic_write
from audit.regress.report import FindingChange, RegressionReport, SegmentDelta

# ---- terminal -----------------------------------------------------------------------------


def _finding_line(f: FindingChange) -> str:
    fix = f" → {f.suggestion}" if f.suggestion else ""
    return f"{f.code} {f.severity} «{f.span}»{fix} — {f.message}"


def _counts(by_rule: dict[str, dict[str, int]]) -> str:
    return (
        ", ".join(f"{code} {sev}×{n}" for code, sevs in by_rule.items() for sev, n in sevs.items()) or "none"
    )


def text_lines(report: RegressionReport) -> list[tuple[str, str]]:
    """(style, line) pairs of the diff-style summary; style is '', '+', '-', '~', 'ok', 'fail'."""
    r = report
    out: list[tuple[str, str]] = [
        (
            "",
            f"audit regress: {r.baseline_name} → {r.candidate_name}: {r.n_pairs} segments paired by {r.pairing}",
        ),
        (
            "",
            f"  findings   {r.baseline_findings} → {r.candidate_findings}   "
            f"(+{sum(r.new_by_severity.values())} new, -{sum(r.resolved_by_severity.values())} resolved)",
        ),
        (
            "",
            f"  mean risk  {r.baseline_mean_risk:.3f} → {r.candidate_mean_risk:.3f}   "
            f"flagged {r.baseline_flagged} → {r.candidate_flagged}",
        ),
        ("", f"  new by rule:      {_counts(r.new_by_rule)}"),
        ("", f"  resolved by rule: {_counts(r.resolved_by_rule)}"),
    ]
    changed = [s for s in r.segments if s.new or s.resolved or s.risk_regressed]
    if changed:
        out.append(("", ""))
    for seg in changed:
        mark = "!" if seg.regressed else " "
        out.append(
            (
                "~" if seg.regressed else "",
                f"{mark} {seg.key}  risk {seg.baseline_risk:.2f} → "
                f"{seg.candidate_risk:.2f} ({seg.risk_delta:+.2f})",
            )
        )
        for f in seg.resolved:
            out.append(("-", f"    - {_finding_line(f)}"))
        for f in seg.new:
            out.append(("+", f"    + {_finding_line(f)}"))
    if r.metrics:
        out.append(("", ""))
        out.append(("", f"  corpus vs reference ({r.metrics_note}):"))
        for m in r.metrics:
            p = "n/a" if m.p_value is None else f"{m.p_value:.4f}"
            flag = "  SIGNIFICANT DROP" if m.significant_drop else ""
            out.append(
                (
                    "fail" if m.significant_drop else "",
                    f"    {m.name:<6} {m.baseline:6.2f} → {m.candidate:6.2f} ({m.delta:+.2f}, p={p}){flag}",
                )
            )
        for m in r.metrics:
            out.append(("", f"    {m.name} signature: {m.signature}"))
    elif r.metrics_note:
        out.append(("", f"  {r.metrics_note}"))
    if r.score_means:
        out.append(
            (
                "",
                "  scores (mean): "
                + ", ".join(f"{k} {b:.3f} → {c:.3f}" for k, (b, c) in r.score_means.items()),
            )
        )
    out.append(("", ""))
    out.append(("", "gates:"))
    for g in r.gates:
        detail = f"  [{g.detail}]" if g.detail else ""
        out.append(
            (
                "ok" if g.passed else "fail",
                f"  {'✓' if g.passed else '✗'} {g.name}: {g.observed} (limit {g.limit}){detail}",
            )
        )
    out.append(
        (
            "ok" if r.passed else "fail",
            "PASS" if r.passed else f"FAIL: regression ({sum(not g.passed for g in r.gates)} gate(s) failed)",
        )
    )
    return out


def render_text(report: RegressionReport) -> str:
    return "\n".join(line for _, line in text_lines(report)) + "\n"


def print_text(report: RegressionReport) -> None:
    """The diff-style summary on the terminal, coloured when it is one."""
    from rich.console import Console
    from rich.markup import escape

    styles = {"+": "red", "-": "green", "~": "yellow", "ok": "green", "fail": "bold red", "": ""}
    console = Console(highlight=False, soft_wrap=True)
    for style, line in text_lines(report):
        console.print(f"[{styles[style]}]{escape(line)}[/]" if styles[style] else escape(line))


def render_json(report: RegressionReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


# ---- JUnit XML ----------------------------------------------------------------------------

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: Any) -> str:
    return _XML_BAD.sub("\ufffd", str(text))


def junit_xml(report: RegressionReport) -> str:
    """One test case per gate and per regressed segment (failed when it broke a gate)."""
    suite = ET.Element("testsuite", name="audit.regress")
    failures = 0
    cases = 0
    for g in report.gates:
        cases += 1
        case = ET.SubElement(suite, "testcase", classname="audit.regress.gates", name=_x(g.name))
        if not g.passed:
            failures += 1
            fail = ET.SubElement(case, "failure", message=_x(f"{g.observed} (limit {g.limit})"), type="gate")
            fail.text = _x(g.detail or g.observed)
        else:
            ET.SubElement(case, "system-out").text = _x(f"{g.observed} (limit {g.limit})")
    for seg in report.regressed_segments:
        cases += 1
        case = ET.SubElement(suite, "testcase", classname="audit.regress.segments", name=_x(seg.key))
        body = _segment_text(seg)
        if seg.gate_failures:
            failures += 1
            msg = f"{len(seg.new)} new finding(s), risk {seg.baseline_risk:.2f} → {seg.candidate_risk:.2f}"
            fail = ET.SubElement(
                case, "failure", message=_x(msg), type=_x(",".join(sorted(set(seg.gate_failures))))
            )
            fail.text = _x(body)
        else:
            ET.SubElement(case, "system-out").text = _x(body + "\n(within the gates' allowance)")
    suite.set("tests", str(cases))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    root = ET.Element("testsuites", name="audit regress", tests=str(cases), failures=str(failures))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _segment_text(seg: SegmentDelta) -> str:
    lines = [f"baseline:  {seg.baseline_mt}", f"candidate: {seg.candidate_mt}"]
    if seg.src:
        lines.append(f"source:    {seg.src}")
    lines.append(f"risk {seg.baseline_risk:.3f} → {seg.candidate_risk:.3f} ({seg.risk_delta:+.3f})")
    lines += [f"+ {_finding_line(f)}" for f in seg.new]
    lines += [f"- {_finding_line(f)}" for f in seg.resolved]
    return "\n".join(lines)


def write_junit(report: RegressionReport, path: Path) -> None:
    with atomic_write(path) as fh:
        fh.write(junit_xml(report))


# ---- HTML ---------------------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans Devanagari","Noto Sans",system-ui,sans-serif;margin:1.5rem;color:#222;line-height:1.5}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2rem} table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f4f4} .pass{color:#126b12;font-weight:bold} .fail{color:#b00020;font-weight:bold}
mark.new{background:#ffd3d3} mark.old{background:#fff1b8} mark.gone{background:#d6f5d6}
.side{width:42%} .num{text-align:right;white-space:nowrap} ul{margin:.2rem 0;padding-left:1.2rem}
li.new{color:#8a0015} li.resolved{color:#126b12} .src{color:#555;font-size:.9em}
"""


def _marked(text: str, findings: list[FindingChange], changed: list[FindingChange], cls: str) -> str:
    """``text`` escaped, with finding spans wrapped in <mark> (changed ones get ``cls``)."""
    changed_keys = {(f.start, f.end, f.code) for f in changed}
    spans = sorted(
        {
            (f.start, f.end, "x" if (f.start, f.end, f.code) in changed_keys else "")
            for f in findings
            if 0 <= f.start < f.end <= len(text)
        }
    )
    out, pos = [], 0
    for start, end, flag in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{cls if flag else "old"}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def render_html(report: RegressionReport) -> str:
    e = html.escape
    r = report
    status = '<span class="pass">PASS</span>' if r.passed else '<span class="fail">FAIL (regression)</span>'
    parts = [
        '<!doctype html><html lang="hi"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>audit regress: {e(r.baseline_name)} → {e(r.candidate_name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Regression: {e(r.baseline_name)} → {e(r.candidate_name)} — {status}</h1>",
        f"<p>{r.n_pairs} segments paired by {e(r.pairing)}. Findings {r.baseline_findings} → {r.candidate_findings}; "
        f"mean risk {r.baseline_mean_risk:.3f} → {r.candidate_mean_risk:.3f}; flagged {r.baseline_flagged} → "
        f"{r.candidate_flagged}.</p>",
        "<h2>Gates</h2><table><tr><th>gate</th><th>result</th><th>observed</th><th>limit</th><th>detail</th></tr>",
    ]
    for g in r.gates:
        res = '<span class="pass">pass</span>' if g.passed else '<span class="fail">fail</span>'
        parts.append(
            f"<tr><td>{e(g.name)}</td><td>{res}</td><td>{e(g.observed)}</td><td>{e(g.limit)}</td>"
            f"<td>{e(g.detail)}</td></tr>"
        )
    parts.append(
        "</table><h2>Findings by rule</h2><table><tr><th>rule</th><th>severity</th><th class=num>new</th>"
        "<th class=num>resolved</th></tr>"
    )
    rows = sorted(
        {(code, sev) for by in (r.new_by_rule, r.resolved_by_rule) for code, d in by.items() for sev in d}
    )
    for code, sev in rows:
        parts.append(
            f"<tr><td>{e(code)}</td><td>{e(sev)}</td><td class=num>{r.new_by_rule.get(code, {}).get(sev, 0)}"
            f"</td><td class=num>{r.resolved_by_rule.get(code, {}).get(sev, 0)}</td></tr>"
        )
    parts.append("</table>")
    if r.metrics:
        parts.append(
            f"<h2>Corpus scores vs reference</h2><p>{e(r.metrics_note)}</p><table><tr><th>metric</th>"
            "<th class=num>baseline</th><th class=num>candidate</th><th class=num>Δ</th><th class=num>p</th>"
            "<th>signature</th></tr>"
        )
        for m in r.metrics:
            p = "n/a" if m.p_value is None else f"{m.p_value:.4f}"
            cls = ' class="fail"' if m.significant_drop else ""
            parts.append(
                f"<tr><td{cls}>{e(m.name)}</td><td class=num>{m.baseline:.2f}</td><td class=num>"
                f"{m.candidate:.2f}</td><td class=num>{m.delta:+.2f}</td><td class=num>{p}</td>"
                f"<td><code>{e(m.signature)}</code></td></tr>"
            )
        parts.append("</table>")
    elif r.metrics_note:
        parts.append(f"<p>{e(r.metrics_note)}</p>")
    if r.score_means:
        parts.append(
            "<h2>Scores (mean)</h2><table><tr><th>score</th><th class=num>baseline</th>"
            "<th class=num>candidate</th></tr>"
        )
        for k, (b, c) in r.score_means.items():
            parts.append(f"<tr><td>{e(k)}</td><td class=num>{b:.3f}</td><td class=num>{c:.3f}</td></tr>")
        parts.append("</table>")
    parts.append(
        "<h2>Changed segments</h2><table><tr><th>segment</th><th class=side>baseline</th>"
        "<th class=side>candidate</th><th class=num>risk</th></tr>"
    )
    for seg in sorted(r.segments, key=lambda s: (not s.regressed, -abs(s.risk_delta))):
        items = "".join(f'<li class="new">+ {e(_finding_line(f))}</li>' for f in seg.new)
        items += "".join(f'<li class="resolved">− {e(_finding_line(f))}</li>' for f in seg.resolved)
        src = f'<div class="src">{e(seg.src)}</div>' if seg.src else ""
        flag = ' class="fail"' if seg.gate_failures else ""
        parts.append(
            f"<tr><td{flag}>{e(seg.key)}</td>"
            f"<td>{_marked(seg.baseline_mt, seg.baseline_findings, seg.resolved, 'gone')}{src}</td>"
            f"<td>{_marked(seg.candidate_mt, seg.candidate_findings, seg.new, 'new')}<ul>{items}</ul></td>"
            f"<td class=num>{seg.baseline_risk:.2f} → {seg.candidate_risk:.2f}<br>({seg.risk_delta:+.2f})</td></tr>"
        )
    parts.append("</table></body></html>\n")
    return "".join(parts)


def write_html(report: RegressionReport, path: Path) -> None:
    with atomic_write(path) as fh:
        fh.write(render_html(report))
