"""Baseline vs candidate: which findings are new or resolved, whose risk rose, did the metrics drop.

``regress(baseline_results, candidate_results, gates)`` pairs the two audits segment by
segment (by id when both sides carry the same ids, else by order), diffs the findings of each
pair by ``(rule code, span)``, compares risks, and hands the pairs to :mod:`audit.regress.stats`
(corpus chrF / BLEU (intl) / TER against the references with paired significance, means of
embedding / round-trip scores, the gates) to fill a :class:`~audit.regress.report.RegressionReport`.
Reading the sides is :mod:`audit.regress.io`; rendering (terminal, JSON, JUnit XML, HTML) is
:mod:`audit.regress.render`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from audit.core.io import InputError
from audit.core.model import Finding, SegmentResult
from audit.regress.report import FindingChange, RegressionReport, SegmentDelta
from audit.regress.stats import Gates, compare_metrics, evaluate_gates, score_means

# ---- pairing ------------------------------------------------------------------------------


def pair_results(
    baseline: Sequence[SegmentResult], candidate: Sequence[SegmentResult], by: str = "auto"
) -> tuple[list[tuple[SegmentResult, SegmentResult]], str]:
    """Pair the two sides by id (same id set, no duplicates) or by order (same length).

    ``by`` is ``auto``, ``id`` or ``order``. Raises :class:`InputError` when the sets cannot be
    paired or when a pair's English sources differ (the outputs translate different texts).
    """
    if by not in ("auto", "id", "order"):
        raise InputError(f"--pair-by must be auto, id or order, got {by!r}")
    if not baseline or not candidate:
        empty = "baseline" if not baseline else "candidate"
        raise InputError(f"the {empty} has no segments to compare")
    b_ids = [str(r.segment.id) for r in baseline]
    c_ids = [str(r.segment.id) for r in candidate]
    unique = len(set(b_ids)) == len(b_ids) and len(set(c_ids)) == len(c_ids)
    pairs: list[tuple[SegmentResult, SegmentResult]]
    if by in ("auto", "id") and unique and set(b_ids) == set(c_ids):
        index = {str(r.segment.id): r for r in candidate}
        pairs, how = [(r, index[str(r.segment.id)]) for r in baseline], "id"
    elif by == "id":
        missing = [i for i in b_ids if i not in set(c_ids)][:3]
        extra = [i for i in c_ids if i not in set(b_ids)][:3]
        dup = "" if unique else "; ids are not unique"
        raise InputError(
            f"cannot pair by id: baseline has {len(b_ids)} segments, candidate {len(c_ids)}; "
            f"missing from candidate: {missing or 'none'}; only in candidate: {extra or 'none'}{dup}"
        )
    elif len(baseline) == len(candidate):
        pairs, how = list(zip(baseline, candidate)), "order"
    else:
        raise InputError(
            f"mismatched segment sets: baseline has {len(baseline)} segments, candidate has {len(candidate)}, "
            "and their ids differ, so they can be paired neither by id nor by order; "
            "give both the same id column (--id-col) or the same number of segments"
        )
    for b, c in pairs:
        bs, cs = (b.segment.src or "").strip(), (c.segment.src or "").strip()
        if bs and cs and bs != cs:
            raise InputError(
                f"segment {b.segment.id} (paired by {how} with {c.segment.id}): the English sources differ "
                f"({_clip(bs)!r} vs {_clip(cs)!r}); baseline and candidate must translate the same sources"
            )
    return pairs, how


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ---- comparison ---------------------------------------------------------------------------


def _finding_key(f: Finding) -> tuple[str, str]:
    return (f.code, f.span)


def diff_findings(
    baseline: Sequence[Finding], candidate: Sequence[Finding]
) -> tuple[list[Finding], list[Finding]]:
    """(new, resolved): findings matched by (rule code, span text) as multisets.

    A finding whose span moved because of an unrelated edit elsewhere in the segment is the
    same finding; one whose span text changed is a new finding (and the old one resolved).
    """
    return _unmatched(candidate, baseline), _unmatched(baseline, candidate)


def _unmatched(findings: Sequence[Finding], other: Sequence[Finding]) -> list[Finding]:
    """The findings of one side that the other side's findings, each used once, do not match."""
    remaining = Counter(_finding_key(f) for f in other)
    out = []
    for f in findings:
        key = _finding_key(f)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            out.append(f)
    return out


def regress(
    baseline_results: Sequence[SegmentResult],
    candidate_results: Sequence[SegmentResult],
    gates: Gates | None = None,
    *,
    pair_by: str = "auto",
    significance: str = "bootstrap",
    n_samples: int | None = None,
    names: tuple[str, str] = ("baseline", "candidate"),
) -> RegressionReport:
    """Compare two audits of outputs for the same sources and evaluate the gates."""
    gates = gates or Gates()
    pairs, how = pair_results(baseline_results, candidate_results, pair_by)
    report = RegressionReport(
        pairing=how, n_pairs=len(pairs), baseline_name=names[0], candidate_name=names[1]
    )
    new_by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    resolved_by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for b, c in pairs:
        new, resolved = diff_findings(b.findings, c.findings)
        for f in new:
            new_by_rule[f.code][f.severity] += 1
        for f in resolved:
            resolved_by_rule[f.code][f.severity] += 1
        risk_up = gates.max_risk_increase is not None and c.risk - b.risk > gates.max_risk_increase + 1e-9
        if new or resolved or risk_up or abs(c.risk - b.risk) > 1e-9:
            report.segments.append(
                SegmentDelta(
                    key=_pair_key(b, c),
                    baseline_id=str(b.segment.id),
                    candidate_id=str(c.segment.id),
                    baseline_mt=b.segment.text,
                    candidate_mt=c.segment.text,
                    src=c.segment.src or b.segment.src,
                    baseline_risk=float(b.risk),
                    candidate_risk=float(c.risk),
                    new=[FindingChange.of(f) for f in new],
                    resolved=[FindingChange.of(f) for f in resolved],
                    baseline_findings=[FindingChange.of(f) for f in b.findings],
                    candidate_findings=[FindingChange.of(f) for f in c.findings],
                    risk_regressed=risk_up,
                )
            )
    report.new_by_rule = {k: dict(v) for k, v in sorted(new_by_rule.items())}
    report.resolved_by_rule = {k: dict(v) for k, v in sorted(resolved_by_rule.items())}
    report.baseline_findings = sum(len(b.findings) for b, _ in pairs)
    report.candidate_findings = sum(len(c.findings) for _, c in pairs)
    report.baseline_mean_risk = sum(b.risk for b, _ in pairs) / len(pairs)
    report.candidate_mean_risk = sum(c.risk for _, c in pairs) / len(pairs)
    report.baseline_flagged = sum(1 for b, _ in pairs if b.flagged)
    report.candidate_flagged = sum(1 for _, c in pairs if c.flagged)
    report.metrics, report.metrics_note = compare_metrics(pairs, significance, n_samples, gates.alpha)
    report.score_means = score_means(pairs)
    report.gates = evaluate_gates(report, gates)
    return report


def _pair_key(b: SegmentResult, c: SegmentResult) -> str:
    bid, cid = str(b.segment.id), str(c.segment.id)
    return bid if bid == cid else f"{bid} ↔ {cid}"
