"""The statistics and gates of ``audit regress``: corpus chrF / BLEU (intl) / TER of both sides
against the references with sacrebleu's paired significance tests, means of embedding and
round-trip scores, and the gates (:class:`Gates`) evaluated on a :class:`RegressionReport`."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from audit.core.io import InputError
from audit.core.model import SEVERITIES, SegmentResult
from audit.regress.report import GateResult, MetricComparison, RegressionReport
from audit.scoring.metrics import metric

DEFAULT_MAX_NEW = "critical=0,major=0,minor=5"


@dataclass
class Gates:
    """Thresholds that make a comparison a regression.

    ``max_new``: the most new findings allowed per MQM severity (a severity not named is not
    limited). ``max_risk_increase``: a segment whose risk rose by more than this is a
    regression (``None`` turns the gate off). ``fail_on_significant_drop``: fail when a corpus
    metric against the references got significantly worse (p < ``alpha``).
    """

    max_new: dict[str, int] = field(default_factory=lambda: parse_max_new(DEFAULT_MAX_NEW))
    max_risk_increase: float | None = 0.05
    fail_on_significant_drop: bool = False
    alpha: float = 0.05


def parse_max_new(text: str) -> dict[str, int]:
    """``"major=0,minor=5"`` → ``{"major": 0, "minor": 5}``; ValueError with a clear message."""
    limits: dict[str, int] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, value = part.partition("=")
        name = name.strip().lower()
        if not sep or name not in SEVERITIES:
            raise ValueError(
                f"--max-new: expected SEVERITY=N with SEVERITY one of {', '.join(SEVERITIES)}, got {part!r}"
            )
        try:
            limit = int(value)
        except ValueError:
            raise ValueError(
                f"--max-new: {name} limit must be a whole number, got {value.strip()!r}"
            ) from None
        if limit < 0:
            raise ValueError(f"--max-new: {name} limit must be ≥ 0, got {limit}")
        limits[name] = limit
    return limits


def evaluate_gates(report: RegressionReport, gates: Gates) -> list[GateResult]:
    results: list[GateResult] = []
    new_by_sev = report.new_by_severity
    for severity in SEVERITIES:
        if severity not in gates.max_new:
            continue
        limit = gates.max_new[severity]
        observed = new_by_sev.get(severity, 0)
        passed = observed <= limit
        codes = {code: n[severity] for code, n in report.new_by_rule.items() if n.get(severity)}
        detail = ", ".join(f"{code}×{n}" for code, n in codes.items())
        results.append(
            GateResult(
                f"max-new {severity}", passed, f"{observed} new {severity} finding(s)", f"≤ {limit}", detail
            )
        )
        if not passed:
            for seg in report.segments:
                if any(f.severity == severity for f in seg.new):
                    seg.gate_failures.append(f"max-new {severity}")
    if gates.max_risk_increase is not None:
        rose = [s for s in report.segments if s.risk_regressed]
        detail = ", ".join(f"{s.key} {s.baseline_risk:.2f}→{s.candidate_risk:.2f}" for s in rose[:10])
        results.append(
            GateResult(
                "max-risk-increase",
                not rose,
                f"{len(rose)} segment(s) rose by more than {gates.max_risk_increase:g}",
                f"rise ≤ {gates.max_risk_increase:g} per segment",
                detail,
            )
        )
        for seg in rose:
            seg.gate_failures.append("max-risk-increase")
    if gates.fail_on_significant_drop:
        if not report.metrics:
            results.append(
                GateResult(
                    "significant-drop",
                    True,
                    "not evaluated",
                    f"p ≥ {gates.alpha:g}",
                    report.metrics_note or "no references",
                )
            )
        else:
            drops = [m for m in report.metrics if m.significant_drop]
            detail = ", ".join(
                f"{m.name} {m.baseline:.2f}→{m.candidate:.2f} (p={m.p_value:.4f})" for m in drops
            )
            results.append(
                GateResult(
                    "significant-drop",
                    not drops,
                    f"{len(drops)} metric(s) significantly worse",
                    f"p ≥ {gates.alpha:g} for every drop",
                    detail,
                )
            )
    return results


def compare_metrics(
    pairs: Sequence[tuple[SegmentResult, SegmentResult]],
    significance: str = "bootstrap",
    n_samples: int | None = None,
    alpha: float = 0.05,
) -> tuple[list[MetricComparison], str]:
    """chrF, BLEU (tokenize=intl) and TER of both sides vs the references, with paired significance."""
    refs = [c.segment.ref or b.segment.ref for b, c in pairs]
    have = [i for i, r in enumerate(refs) if r]
    if not have:
        return [], "no references: corpus chrF/BLEU/TER skipped (give a ref column)"
    if significance not in ("bootstrap", "ar"):
        raise InputError(f"--significance must be bootstrap or ar, got {significance!r}")
    from sacrebleu.significance import PairedTest

    hyp_b = [pairs[i][0].segment.text for i in have]
    hyp_c = [pairs[i][1].segment.text for i in have]
    ref = [str(refs[i]) for i in have]
    test_type = "bs" if significance == "bootstrap" else "ar"
    samples = n_samples if n_samples is not None else (1000 if test_type == "bs" else 10000)
    metrics = {
        "chrF": metric("chrf", "corpus"),
        "BLEU": metric("bleu", "corpus"),
        "TER": metric("ter", "corpus"),
    }
    test = PairedTest(
        [("baseline", hyp_b), ("candidate", hyp_c)], metrics, [ref], test_type=test_type, n_samples=samples
    )
    signatures, results = test()
    out = []
    for name, values in results.items():
        if name == "System":
            continue
        base, cand = cast(Any, values[0]), cast(Any, values[1])  # sacrebleu's Result objects
        higher = not name.upper().startswith("TER")
        p = None if cand.p_value is None or math.isnan(cand.p_value) else float(cand.p_value)
        worse = cand.score < base.score if higher else cand.score > base.score
        out.append(
            MetricComparison(
                name=name,
                baseline=float(base.score),
                candidate=float(cand.score),
                p_value=p,
                higher_is_better=higher,
                signature=str(signatures.get(name, "")),
                significant_drop=bool(worse and p is not None and p < alpha),
            )
        )
    note = f"{len(have)} of {len(pairs)} segments have a reference; paired {significance} ({samples} samples)"
    return out, note


def score_means(pairs: Sequence[tuple[SegmentResult, SegmentResult]]) -> dict[str, tuple[float, float]]:
    """Mean of every numeric embedding/round-trip score present on both sides of a pair."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for b, c in pairs:
        bs, cs = _numeric_scores(b), _numeric_scores(c)
        for key in bs.keys() & cs.keys():
            acc = sums[key]
            acc[0] += bs[key]
            acc[1] += cs[key]
            acc[2] += 1
    return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sorted(sums.items()) if v[2]}


def _numeric_scores(result: SegmentResult) -> dict[str, float]:
    out = {
        k: float(v)
        for k, v in (result.scores or {}).items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    }
    for k, v in (result.roundtrip or {}).items():
        if isinstance(v, int | float) and not isinstance(v, bool):
            out[f"roundtrip.{k}"] = float(v)
    return out
