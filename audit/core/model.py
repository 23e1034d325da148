"""Data model shared by every stage: segments in, findings and results out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["minor", "major", "critical"]
SEVERITIES: tuple[str, ...] = ("minor", "major", "critical")


def severity_rank(severity: str) -> int:
    """Order of MQM severities: minor < major < critical."""
    return SEVERITIES.index(severity)


@dataclass
class Segment:
    """One unit of audited Hindi. ``start``/``end`` index the original document text."""

    doc: str
    index: int
    text: str
    start: int = 0
    end: int = 0
    src: str | None = None
    ref: str | None = None
    id: str | None = None
    lang: str = "hi"
    warnings: list[str] = field(default_factory=list)
    line: int | None = None  # 1-based line of the input file where the segment starts (a table: its row)
    col: int | None = None  # 1-based column there, in code points (a table: 1, the start of the MT cell)

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = f"{self.doc}#{self.index}"
        if not self.end and self.text:
            self.end = self.start + len(self.text)

    @property
    def is_hindi(self) -> bool:
        return self.lang == "hi"


@dataclass
class Finding:
    """A flagged span. ``start``/``end`` index ``Segment.text``; ``span == text[start:end]``."""

    code: str
    category: str
    severity: str
    start: int
    end: int
    span: str
    message: str
    suggestion: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SegmentResult:
    segment: Segment
    findings: list[Finding] = field(default_factory=list)
    risk: float = 0.0
    flagged: bool = False
    roundtrip: dict[str, Any] | None = None
    scores: dict[str, float] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The JSONL contract of DESIGN.md (plus optional extras after the required keys)."""
        seg = self.segment
        record: dict[str, Any] = {
            "id": seg.id,
            "doc": seg.doc,
            "segment": seg.index,
            "mt": seg.text,
            "src": seg.src,
            "risk": round(float(self.risk), 4),
            "flagged": bool(self.flagged),
            "findings": [
                {
                    "code": f.code,
                    "category": f.category,
                    "severity": f.severity,
                    "start": f.start,
                    "end": f.end,
                    "span": f.span,
                    "message": f.message,
                    "suggestion": f.suggestion,
                    "evidence": f.evidence,
                }
                for f in self.findings
            ],
        }
        if seg.ref is not None:
            record["ref"] = seg.ref
        record["lang"] = seg.lang
        record["doc_start"] = seg.start
        record["doc_end"] = seg.end
        if seg.line is not None:
            record["line"] = seg.line
            record["col"] = seg.col or 1
        if self.scores:
            record["scores"] = {k: round(float(v), 4) for k, v in self.scores.items()}
        if self.roundtrip is not None:
            record["roundtrip"] = self.roundtrip
        if seg.warnings:
            record["warnings"] = list(seg.warnings)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> SegmentResult:
        seg = Segment(
            doc=record.get("doc", ""),
            index=int(record.get("segment", 0)),
            text=record["mt"],
            start=int(record.get("doc_start", 0)),
            end=int(record.get("doc_end", 0)),
            src=record.get("src"),
            ref=record.get("ref"),
            id=record.get("id"),
            lang=record.get("lang", "hi"),
            warnings=list(record.get("warnings", [])),
            line=record.get("line"),
            col=record.get("col"),
        )
        findings = [
            Finding(
                code=f["code"],
                category=f["category"],
                severity=f["severity"],
                start=int(f["start"]),
                end=int(f["end"]),
                span=f["span"],
                message=f.get("message", ""),
                suggestion=f.get("suggestion"),
                evidence=f.get("evidence") or {},
            )
            for f in record.get("findings", [])
        ]
        return cls(
            segment=seg,
            findings=findings,
            risk=float(record.get("risk", 0.0)),
            flagged=bool(record.get("flagged", False)),
            roundtrip=record.get("roundtrip"),
            scores=dict(record.get("scores", {})),
        )
