"""Render JSONL result records into one self-contained HTML report.

Everything from the input is untrusted. The server-rendered parts go through jinja2 autoescape;
the records travel as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
escaped as ``\\u003c`` etc., so no input can close the block; the page's own script only builds
DOM with ``textContent``. The inline script and style are allowed by SHA-256 hash in a strict
Content-Security-Policy meta tag; nothing is loaded from the network.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from audit import __version__
from audit.core.io import atomic_write
from audit.core.model import SEVERITIES
from audit.outputs.counts import RecordCounts
from audit.outputs.report.decisions import record_finding_keys

HIST_BINS = 10
CHAR_DIFF_LIMIT = 250_000  # len(a) * len(b) of a changed run above which its diff stays word-level
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_TOKEN_RE = re.compile(r"\s*\S+\s*|\s+")


UI_LANGS: tuple[str, ...] = ("en", "hi")
DEFAULT_LANG = "en"


def _package_text(*parts: str) -> str:
    return resources.files("audit.outputs.report").joinpath(*parts).read_text(encoding="utf-8")


def _package_json(name: str) -> Any:
    return json.loads(_package_text("static", name))


def ui_strings(lang: str = DEFAULT_LANG) -> dict[str, str]:
    """The report interface's strings in ``lang`` (``en`` or ``hi``), from ``static/i18n.json``."""
    if lang not in UI_LANGS:
        raise ValueError(f"report language must be one of {', '.join(UI_LANGS)}, not {lang!r}")
    strings = _package_json("i18n.json")
    return {**strings["en"], **strings[lang]}


def score_labels(lang: str = DEFAULT_LANG) -> dict[str, str]:
    """Plain-language labels of score keys (``len_ratio`` → "length ratio Hindi/English")."""
    table = _package_json("i18n.json")["scores"]
    return {k: v.get(lang) or v["en"] for k, v in table.items() if isinstance(v, dict)}


def category_styles(categories: list[str], lang: str = DEFAULT_LANG) -> dict[str, dict[str, Any]]:
    """Each category's fixed colour slot (Okabe–Ito index), pattern and label: the same in every report.

    Categories listed in ``static/categories.json`` keep their slot; any other gets one from a hash
    of its name, so it too is stable from report to report.
    """
    data = _package_json("categories.json")
    known = data["categories"]
    patterns = data["patterns"]
    out: dict[str, dict[str, Any]] = {}
    for cat in categories:
        entry = known.get(cat)
        if entry is not None:
            colour, pattern = int(entry["colour"]), str(entry["pattern"])
            label = entry.get(lang) or cat if lang != "en" else cat
        else:
            h = int(hashlib.sha256(cat.encode("utf-8")).hexdigest()[:8], 16)
            colour, pattern, label = h % 8, patterns[(h // 8) % len(patterns)], cat
        out[cat] = {
            "colour": colour,
            "pattern": pattern,
            "label": label,
            "cls": f"cat-{colour} pat-{pattern}",
        }
    return out


def csp_hash(text: str) -> str:
    """CSP source expression allowing exactly this inline script/style body."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def embed_json(data: Any) -> Markup:
    """JSON safe to place verbatim inside ``<script type="application/json">``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return Markup(text)


def char_diff(a: str, b: str) -> list[list[Any]]:
    """Diff ``a`` → ``b`` as ``[[op, text], …]`` with op 0 equal, -1 deleted, 1 inserted.

    Words are aligned first (fast), then each replaced run of words is diffed character by
    character, so small spelling changes show at character level. Runs too long for a character
    diff (``CHAR_DIFF_LIMIT``) stay word-level.
    """
    ops: list[list[Any]] = []

    def push(op: int, text: str) -> None:
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1][1] += text
        else:
            ops.append([op, text])

    words_a = _TOKEN_RE.findall(a)
    words_b = _TOKEN_RE.findall(b)
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        chunk_a, chunk_b = "".join(words_a[i1:i2]), "".join(words_b[j1:j2])
        if tag == "equal":
            push(0, chunk_a)
        elif tag == "replace" and len(chunk_a) * len(chunk_b) <= CHAR_DIFF_LIMIT:
            inner = difflib.SequenceMatcher(None, chunk_a, chunk_b, autojunk=False)
            for t2, x1, x2, y1, y2 in inner.get_opcodes():
                if t2 == "equal":
                    push(0, chunk_a[x1:x2])
                else:
                    push(-1, chunk_a[x1:x2])
                    push(1, chunk_b[y1:y2])
        else:
            push(-1, chunk_a)
            push(1, chunk_b)
    return ops


def _risk(record: dict[str, Any]) -> float:
    try:
        value = float(record.get("risk") or 0.0)
    except (TypeError, ValueError):
        return 0.0
    return value if math.isfinite(value) else 0.0


def report_id(records: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    """Identifies the audited input (segment ids and texts), for the browser's localStorage key."""
    h = hashlib.sha256()
    h.update(json.dumps(meta.get("inputs"), ensure_ascii=False, default=str).encode("utf-8"))
    for record in records:
        h.update(json.dumps([record.get("id"), record.get("mt")], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


def _histogram(
    risks: list[float], threshold: float | None, words: tuple[str, str] = ("risk", "segments")
) -> dict[str, Any]:
    counts = [0] * HIST_BINS
    for r in risks:
        counts[min(HIST_BINS - 1, max(0, int(r * HIST_BINS)))] += 1
    width, height, pad_left, pad_bottom, pad_top = 420, 160, 40, 30, 12
    plot_w, plot_h = width - pad_left - 10, height - pad_bottom - pad_top
    top = max(counts) or 1
    bar_w = plot_w / HIST_BINS
    bars = []
    for i, c in enumerate(counts):
        h = plot_h * c / top
        lo = i / HIST_BINS
        bars.append(
            {
                "x": round(pad_left + i * bar_w + 2, 1),
                "y": round(pad_top + plot_h - h, 1),
                "w": round(bar_w - 4, 1),
                "h": round(h, 1),
                "count": c,
                "edge_x": round(pad_left + i * bar_w, 1),
                "label": f"{lo:.1f}",
                "title": f"{words[0]} {lo:.1f}–{lo + 1 / HIST_BINS:.1f}: {c} {words[1]}",
                "above": threshold is not None and lo + 1e-9 >= threshold,
            }
        )
    thr_x = None
    if threshold is not None and 0 <= threshold <= 1:
        thr_x = round(pad_left + threshold * plot_w, 1)
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "max": top,
        "pad_left": pad_left,
        "base_y": pad_top + plot_h,
        "top_y": pad_top,
        "right_x": pad_left + plot_w,
        "threshold_x": thr_x,
        "end_label": "1.0",
    }


def _summary(
    records: list[dict[str, Any]], meta: dict[str, Any], words: tuple[str, str] = ("risk", "segments")
) -> dict[str, Any]:
    counts = RecordCounts()
    cat_sev: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, dict[str, Any]] = {}
    for record in records:
        counts.add(record)
        doc = str(record.get("doc") or "")
        d = docs.setdefault(doc, {"doc": doc, "segments": 0, "flagged": 0, "findings": 0, "risks": []})
        d["segments"] += 1
        d["flagged"] += 1 if record.get("flagged") else 0
        d["findings"] += len(record.get("findings") or [])
        d["risks"].append(_risk(record))
        for f in record.get("findings") or []:
            cat_sev[f["category"]][f["severity"]] += 1
    by_severity = counts.by_severity
    doc_rows = []
    for d in docs.values():
        risks = d.pop("risks")
        d["max_risk"] = max(risks) if risks else 0.0
        d["mean_risk"] = sum(risks) / len(risks) if risks else 0.0
        doc_rows.append(d)
    doc_rows.sort(key=lambda d: (-d["max_risk"], -d["mean_risk"], d["doc"]))
    severities = [s for s in SEVERITIES if by_severity[s]] + sorted(
        s for s in by_severity if s not in SEVERITIES
    )
    threshold = meta.get("threshold")
    try:
        threshold = float(threshold) if threshold is not None else None
    except (TypeError, ValueError):
        threshold = None
    return {
        "segments": counts.segments,
        "hindi": counts.hindi,
        "not_checked": counts.segments - counts.hindi,
        "flagged": counts.flagged,
        "findings": counts.findings,
        "documents": len(docs),
        "by_category": counts.by_category.most_common(),
        "by_severity": [(s, by_severity[s]) for s in severities],
        "by_rule": sorted(counts.by_code.items()),
        "cat_sev": {c: dict(v) for c, v in cat_sev.items()},
        "severities": severities,
        "docs": doc_rows,
        "threshold": threshold,
        "histogram": _histogram([_risk(r) for r in records], threshold, words),
    }


def _client_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records as the page's script needs them: finding keys and round-trip diffs added."""
    out = []
    for record in records:
        rec = dict(record)
        rec["risk"] = _risk(record)
        rec["findings"] = []
        for finding, key in record_finding_keys(record):
            rec["findings"].append({**finding, "key": key})
        rt = record.get("roundtrip")
        if isinstance(rt, dict) and isinstance(rt.get("roundtrip"), str) and rt.get("roundtrip"):
            rt = dict(rt)
            rt["diff"] = char_diff(record.get("mt") or "", rt["roundtrip"])
            rec["roundtrip"] = rt
        out.append(rec)
    return out


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _package_text("templates", name)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    env.filters["fmt"] = lambda v, spec=".2f": format(v, spec)
    # a UI string with {placeholders}: the string is escaped, then filled (Markup arguments stay markup)
    env.filters["fill"] = lambda template, **kw: escape(str(template)).format(**kw)
    env.globals["kbd"] = lambda key: Markup("<kbd>{}</kbd>").format(key)
    return env


def render_report(
    records: list[dict[str, Any]], meta: dict[str, Any] | None = None, lang: str | None = None
) -> str:
    """The report as one HTML string (see module docstring for the security model).

    ``lang`` (``en``/``hi``; default ``meta["lang"]``, else English) is the interface language.
    """
    meta = dict(meta or {})
    lang = lang or meta.get("lang") or DEFAULT_LANG
    ui = ui_strings(lang)
    meta["lang"] = lang
    meta.setdefault("created", datetime.now(timezone.utc).replace(microsecond=0).isoformat())
    if "version" not in meta:
        meta["version"] = __version__
    script = _package_text("static", "report.js")
    style = _package_text("static", "report.css")
    if "</script" in script.lower() or "</style" in style.lower():
        raise ValueError("report assets must not contain closing tags")
    summary = _summary(records, meta, (ui["risk"], ui["segments"]))
    categories = [c for c, _ in summary["by_category"]]
    for rule in meta.get("rules") or []:
        if isinstance(rule, dict) and rule.get("category") and rule["category"] not in categories:
            categories.append(rule["category"])
    rid = report_id(records, meta)
    styles = category_styles(categories, lang)
    payload = {
        "report_id": rid,
        "meta": meta,
        "categories": categories,
        "category_styles": styles,
        "severities": list(SEVERITIES),
        "ui": ui,
        "score_labels": score_labels(lang),
        "records": _client_records(records),
    }
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {csp_hash(script)}",
            f"style-src {csp_hash(style)}",
            "img-src data:",
            "font-src 'none'",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    template = _environment().get_template("report.html.j2")
    return template.render(
        meta=meta,
        summary=summary,
        categories=categories,
        styles=styles,
        t=ui,
        report_id=rid,
        csp=csp,
        script=Markup(script),
        style=Markup(style),
        data_json=embed_json(payload),
    )


def write_report(
    records: list[dict[str, Any]], out_path: Path, meta: dict[str, Any] | None = None, lang: str | None = None
) -> Path:
    """Write the self-contained HTML report to ``out_path`` (parents created); return the path."""
    out_path = Path(out_path)
    html = render_report(records, meta, lang)
    with atomic_write(out_path) as fh:
        fh.write(html)
    return out_path
