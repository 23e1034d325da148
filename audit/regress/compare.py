"""Baseline vs candidate: which findings are new or resolved, whose risk rose, did the metrics drop.

``regress(baseline_results, candidate_results, gates)`` pairs the two audits segment by
segment (by id when both sides carry the same ids, else by order), diffs the findings of each
pair by ``(rule code, span)``, compares risks, compares corpus chrF / BLEU (intl) / TER
against the references when present (sacrebleu paired bootstrap or approximate
randomisation), averages any embedding / round-trip scores, and evaluates the gates into a
:class:`RegressionReport`. Rendering (terminal, JSON, JUnit XML, HTML) is in
:mod:`audit.regress_render`.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

from audit.core.io import Columns, InputError, atomic_write, expand_inputs, read_inputs, read_jsonl_records
from audit.core.model import SEVERITIES, Finding, Segment, SegmentResult
from audit.outputs.formats import dump_jsonl
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


# ---- report data ------------------------------------------------------------------------


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
    remaining = Counter(_finding_key(f) for f in baseline)
    new = []
    for f in candidate:
        key = _finding_key(f)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(f)
    kept = Counter(_finding_key(f) for f in candidate)
    resolved = []
    for f in baseline:
        key = _finding_key(f)
        if kept[key] > 0:
            kept[key] -= 1
        else:
            resolved.append(f)
    return new, resolved


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


# ---- scores -------------------------------------------------------------------------------


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


# ---- loading the two sides ---------------------------------------------------------------


def is_results_file(path: Path) -> bool:
    """True for a JSONL of audit results (records with 'mt' and 'findings'), e.g. a saved baseline."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(rec, dict) and "mt" in rec and isinstance(rec.get("findings"), list)
    return False


def read_results_segments(path: Path) -> list[Segment]:
    """The segments (text, src, ref, id, doc) stored in an audit results JSONL."""
    segments = []
    for lineno, rec in read_jsonl_records(path):
        if "mt" not in rec or not isinstance(rec["mt"], str):
            raise InputError(f"{path}:{lineno}: not an audit results record (needs 'mt' and 'findings')")
        segments.append(SegmentResult.from_record(rec).segment)
    if not segments:
        raise InputError(f"{path}: no records")
    return segments


def read_side(path: Path, columns: Columns | None = None) -> list[Segment]:
    """Segments of one side: an audit results JSONL, a table, a .txt file or a directory.

    Auto-generated ids (``doc#index``) are made relative to ``path`` so that two directories
    with the same file names pair by id.
    """
    if is_results_file(path):
        return read_results_segments(path)
    segments = read_inputs([path], columns or Columns())
    root = path if path.is_dir() else path.parent
    for seg in segments:
        if seg.id == f"{seg.doc}#{seg.index}":
            try:
                rel = Path(seg.doc).resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                rel = Path(seg.doc).name
            seg.id = f"{rel}#{seg.index}"
    return segments


def audit_side(auditor: Any, path: Path, columns: Columns | None = None) -> list[SegmentResult]:
    expand_inputs([path])  # a clear error for a missing path or an empty directory
    return auditor.check_segments(read_side(path, columns))


def write_baseline(results: Iterable[SegmentResult], path: Path) -> int:
    """Save approved results as the baseline JSONL (atomically); returns the segment count."""
    records = [r.to_record() for r in results]
    with atomic_write(path) as fh:
        dump_jsonl(records, fh)
    return len(records)
