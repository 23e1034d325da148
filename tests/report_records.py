"""Result records for the report tests, built with audit.model (no pipeline needed).

The seed document is segmented here on danda and newlines; findings are attached wherever a few
generic patterns occur. The spans are fixtures for the *report*, not detections.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from audit.core.model import Finding, Segment, SegmentResult

ROOT = Path(__file__).resolve().parent.parent
SEED000 = next((ROOT / "seeds").glob("000_*.txt"))

# (regex, code, category, severity, message, suggestion)
PATTERNS: list[tuple[str, str, str, str, str, str | None]] = [
    (
        r"राज्य मीडिया",
        "HI201",
        "title-calque",
        "minor",
        "“state media” rendered word for word.",
        "सरकारी मीडिया",
    ),
    (
        r"राज्य सचिव",
        "HI202",
        "title-calque",
        "major",
        "“Secretary of State” rendered word for word.",
        "विदेश मंत्री",
    ),
    (r"उत्तर कोरिया", "HI301", "repetition", "minor", "Place name repeated in the same sentence.", None),
    (
        r"किम जोंग",
        "HI101",
        "name-calque",
        "major",
        "Name written differently elsewhere in the document.",
        "किम जोंग-उन",
    ),
    (r"[A-Za-z]+", "HI403", "script", "minor", "Latin-script text left in the Hindi.", None),
]


def split_document(text: str, doc: str) -> list[Segment]:
    """Sentences on । and newlines, with offsets into ``text``."""
    segments: list[Segment] = []
    for m in re.finditer(r"[^।\n]+।?", text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        segments.append(
            Segment(doc=doc, index=len(segments) + 1, text=stripped, start=start, end=start + len(stripped))
        )
    return segments


def findings_for(text: str) -> list[Finding]:
    out = []
    for pattern, code, category, severity, message, suggestion in PATTERNS:
        for m in re.finditer(pattern, text):
            out.append(
                Finding(
                    code=code,
                    category=category,
                    severity=severity,
                    start=m.start(),
                    end=m.end(),
                    span=m.group(0),
                    message=message,
                    suggestion=suggestion,
                    evidence={"pattern": pattern},
                )
            )
    return out


def seed_records() -> list[dict[str, Any]]:
    """Every segment of seed 000 as a JSONL record; some carry source, round trip and scores."""
    text = SEED000.read_text(encoding="utf-8")
    records = []
    for seg in split_document(text, SEED000.name):
        findings = findings_for(seg.text)
        risk = min(0.95, 0.1 + 0.3 * len(findings))
        result = SegmentResult(segment=seg, findings=findings, risk=risk, flagged=risk >= 0.5)
        if seg.index % 3 == 1:
            seg.src = f"English source sentence number {seg.index}."
            result.scores = {"xsim": 0.8}
            words = seg.text.split()
            result.roundtrip = {
                "model": "tiny-test-model",
                "kind": "translation",
                "backtranslation": f"Back translation of sentence {seg.index}.",
                "roundtrip": " ".join(words[:-2] + words[-1:]),  # one word dropped: a visible diff
                "scores": {"chrF": 71.5},
            }
        records.append(result.to_record())
    return records


def meta_for(records: list[dict[str, Any]]) -> dict[str, Any]:
    rules = {(f["code"], f["category"]) for r in records for f in r["findings"]}
    return {
        "inputs": [f"seeds/{SEED000.name}"],
        "created": "2026-01-01T00:00:00+00:00",
        "version": "0.1.0",
        "rules": [{"code": c, "name": f"rule-{c.lower()}", "category": cat} for c, cat in sorted(rules)],
        "models": {"roundtrip": "tiny-test-model"},
        "signatures": {"chrF": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.2"},
        "roundtrip_note": None,
        "threshold": 0.5,
    }


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>",
    "<!--<script>",
]


def hostile_records() -> list[dict[str, Any]]:
    """Segments whose every field carries markup meant to break out of the page."""
    records = []
    for i, payload in enumerate(HOSTILE, start=1):
        text = f"यह {payload} पाठ है।"
        start = text.index(payload)
        seg = Segment(
            doc=f"doc{payload}",
            index=i,
            text=text,
            src=f"source {payload}",
            ref=f"ref {payload}",
            id=f"id{i}{payload}",
            warnings=[f"warning {payload}"],
        )
        finding = Finding(
            code="HI403",
            category=f"cat{payload}",
            severity="major",
            start=start,
            end=start + len(payload),
            span=payload,
            message=f"message {payload}",
            suggestion=f"suggestion {payload}",
            evidence={f"key{payload}": payload},
        )
        rt = {
            "model": f"model{payload}",
            "kind": "translation",
            "backtranslation": f"bt {payload}",
            "roundtrip": f"यह {payload}",
            "scores": {"chrF": 10.0},
        }
        records.append(
            SegmentResult(segment=seg, findings=[finding], risk=0.9, flagged=True, roundtrip=rt).to_record()
        )
    return records


def many_records(n: int) -> list[dict[str, Any]]:
    """``n`` records cycling over the seed's segments, 50 per document."""
    base = seed_records()
    out = []
    for i in range(n):
        rec = dict(base[i % len(base)])
        rec["doc"] = f"doc{i // 50:04d}.txt"
        rec["segment"] = i % 50 + 1
        rec["id"] = f"{rec['doc']}#{rec['segment']}"
        out.append(rec)
    return out
