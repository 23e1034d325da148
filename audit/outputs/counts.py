"""Counting audit results: the one summary of result records (segments, Hindi segments, flagged,
findings by severity, category and rule, warnings) that every output shows.

``audit check``'s summary line and ``--format json`` summary (:func:`summarize`), a batch run's
streaming summary (:class:`audit.outputs.summary.Summary` adds the risk histogram and the top
findings) and the HTML report's overview (:mod:`audit.outputs.report.render` adds documents and
category × severity) all count with :class:`RecordCounts`, so their numbers agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def is_hindi_record(rec: dict[str, Any]) -> bool:
    """A record is a Hindi segment unless its ``lang`` says otherwise (absent: Hindi)."""
    return (rec.get("lang") or "hi") == "hi"


@dataclass
class RecordCounts:
    segments: int = 0
    hindi: int = 0
    flagged: int = 0
    findings: int = 0
    warnings: int = 0
    # in order of first appearance
    by_severity: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_code: Counter[str] = field(default_factory=Counter)

    def add(self, rec: dict[str, Any]) -> None:
        self.segments += 1
        self.hindi += is_hindi_record(rec)
        self.flagged += bool(rec.get("flagged"))
        self.warnings += len(rec.get("warnings") or [])
        for f in rec.get("findings") or []:
            self.findings += 1
            self.by_severity[f["severity"]] += 1
            self.by_category[f["category"]] += 1
            self.by_code[f["code"]] += 1

    def as_dict(self) -> dict[str, Any]:
        """The summary of ``audit check`` (``--format json``, the summary line)."""
        return {
            "segments": self.segments,
            "hindi_segments": self.hindi,
            "flagged": self.flagged,
            "findings": self.findings,
            "by_severity": dict(self.by_severity),
            "by_category": dict(self.by_category),
            "by_code": dict(sorted(self.by_code.items())),
            "warnings": self.warnings,
        }


def summarize(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """:meth:`RecordCounts.as_dict` of ``records``."""
    counts = RecordCounts()
    for rec in records:
        counts.add(rec)
    return counts.as_dict()
