"""What ``audit regress`` reports: the changed segments, finding changes, metric comparisons and
gate results (:class:`RegressionReport`), rendered by :mod:`audit.regress.render`."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from audit.core.model import SEVERITIES, Finding


@dataclass
class FindingChange:
    code: str
    category: str
    severity: str
    span: str
    start: int
    end: int
    message: str
    suggestion: str | None

    @classmethod
    def of(cls, f: Finding) -> FindingChange:
        return cls(f.code, f.category, f.severity, f.span, f.start, f.end, f.message, f.suggestion)


@dataclass
class SegmentDelta:
    """One paired segment whose findings or risk changed."""

    key: str
    baseline_id: str
    candidate_id: str
    baseline_mt: str
    candidate_mt: str
    src: str | None
    baseline_risk: float
    candidate_risk: float
    new: list[FindingChange] = field(default_factory=list)
    resolved: list[FindingChange] = field(default_factory=list)
    baseline_findings: list[FindingChange] = field(default_factory=list)
    candidate_findings: list[FindingChange] = field(default_factory=list)
    risk_regressed: bool = False
    gate_failures: list[str] = field(default_factory=list)

    @property
    def risk_delta(self) -> float:
        return self.candidate_risk - self.baseline_risk

    @property
    def regressed(self) -> bool:
        return bool(self.new) or self.risk_regressed


@dataclass
class MetricComparison:
    """A corpus metric of both systems against the references, with paired significance."""

    name: str
    baseline: float
    candidate: float
    p_value: float | None
    higher_is_better: bool
    signature: str
    significant_drop: bool = False

    @property
    def delta(self) -> float:
        return self.candidate - self.baseline


@dataclass
class GateResult:
    name: str
    passed: bool
    observed: str
    limit: str
    detail: str = ""


@dataclass
class RegressionReport:
    pairing: str
    n_pairs: int
    baseline_name: str = "baseline"
    candidate_name: str = "candidate"
    segments: list[SegmentDelta] = field(default_factory=list)
    baseline_findings: int = 0
    candidate_findings: int = 0
    baseline_mean_risk: float = 0.0
    candidate_mean_risk: float = 0.0
    baseline_flagged: int = 0
    candidate_flagged: int = 0
    new_by_rule: dict[str, dict[str, int]] = field(default_factory=dict)
    resolved_by_rule: dict[str, dict[str, int]] = field(default_factory=dict)
    metrics: list[MetricComparison] = field(default_factory=list)
    metrics_note: str = ""
    score_means: dict[str, tuple[float, float]] = field(default_factory=dict)
    gates: list[GateResult] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.gates)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    @property
    def new_by_severity(self) -> dict[str, int]:
        return _by_severity(self.new_by_rule)

    @property
    def resolved_by_severity(self) -> dict[str, int]:
        return _by_severity(self.resolved_by_rule)

    @property
    def regressed_segments(self) -> list[SegmentDelta]:
        return [s for s in self.segments if s.regressed]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["passed"] = self.passed
        data["exit_code"] = self.exit_code
        data["new_by_severity"] = self.new_by_severity
        data["resolved_by_severity"] = self.resolved_by_severity
        for seg, raw in zip(self.segments, data["segments"]):
            raw["risk_delta"] = round(seg.risk_delta, 4)
            raw["regressed"] = seg.regressed
        for m, raw in zip(self.metrics, data["metrics"]):
            raw["delta"] = m.delta
        data["score_means"] = {k: {"baseline": b, "candidate": c} for k, (b, c) in self.score_means.items()}
        return data


def _by_severity(by_rule: dict[str, dict[str, int]]) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for counts in by_rule.values():
        totals.update(counts)
    return {s: totals[s] for s in SEVERITIES if totals[s]}
