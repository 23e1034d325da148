"""pytest plugin for translation pipelines: the ``mt_audit`` fixture (entry point ``pytest11``).

::

    def test_mt(mt_audit):
        outputs = my_pipeline.translate(sources)
        mt_audit.check(outputs, sources=sources, max_severity="minor")

    @pytest.mark.mt_audit(ignore=["HI4"])
    def test_against_approved(mt_audit):
        mt_audit.check_baseline(my_pipeline.translate(sources), "mt_baseline.jsonl", sources=sources)

``check`` fails with a message listing every offending span (rule, severity, the span in
context, the explanation and the suggestion). ``check_baseline`` compares the outputs with an
approved baseline file kept in the repository (``audit regress`` semantics and gates); run
``pytest --mt-audit-update-baseline`` to (re)write it deliberately.

Settings, most specific first: arguments of ``check``; the ``mt_audit`` marker (``select``,
``ignore``, ``threshold``, ``reference_corpus``, ``glossary``, ``max_severity``); ini options
``mt_audit_select`` / ``mt_audit_ignore`` / ``mt_audit_glossary`` / ``mt_audit_max_severity``.
A marker's glossary paths are relative to the test file, the ini option's to the ini file. The module imports
nothing heavy until a test uses the fixture.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from audit.core.model import Finding, SegmentResult
    from audit.regress.report import RegressionReport

_UNSET: Any = object()
_AUDITORS: dict[tuple[Any, ...], Any] = {}
MARKER_DOC = (
    "mt_audit(select=None, ignore=None, threshold=None, reference_corpus=None, glossary=None, "
    "max_severity=None): "
    "settings of the mt_audit fixture for this test"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mt_audit", "Hindi MT audit (hindi-mt-audit)")
    group.addoption(
        "--mt-audit-update-baseline",
        action="store_true",
        default=False,
        help="Rewrite the baseline files of mt_audit.check_baseline from the current outputs.",
    )
    parser.addini(
        "mt_audit_select", "Rule codes or prefixes the mt_audit fixture runs (comma-separated).", default=""
    )
    parser.addini(
        "mt_audit_ignore", "Rule codes or prefixes the mt_audit fixture skips (comma-separated).", default=""
    )
    parser.addini(
        "mt_audit_glossary",
        "Glossaries (CSV/TSV/TBX) the mt_audit fixture enforces (HI8xx).",
        type="paths",
        default=[],
    )
    parser.addini(
        "mt_audit_max_severity",
        "Highest severity mt_audit.check tolerates (minor, major, critical; 'none' tolerates no finding).",
        default="minor",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER_DOC)


def _codes(value: Any) -> list[str] | None:
    if value is None or value == "":
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return [c.strip() for c in items if c and c.strip()] or None


class MTAudit:
    """What the ``mt_audit`` fixture gives a test."""

    def __init__(
        self,
        *,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        threshold: float | None = None,
        reference_corpus: Sequence[str | Path] | None = None,
        glossary: Sequence[str | Path] | None = None,
        max_severity: str | None = "minor",
        update_baseline: bool = False,
        base_dir: Path | None = None,
    ) -> None:
        from audit.rules.registry import validate_selectors

        # a typo (HI1O1) would run zero rules and every test would pass: fail at once instead
        validate_selectors([s.strip().upper() for s in select or [] if s.strip()], "select")
        validate_selectors([s.strip().upper() for s in ignore or [] if s.strip()], "ignore")
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be a number between 0 and 1, got {threshold!r}")
        self.select = select
        self.ignore = ignore
        self.threshold = threshold
        self.reference_corpus = [str(p) for p in reference_corpus or []]
        self.glossary = [str(p) for p in glossary or []]
        self.max_severity = max_severity
        self.update_baseline = update_baseline
        self.base_dir = base_dir or Path.cwd()

    @property
    def auditor(self) -> Any:
        key = (
            tuple(self.select or ()),
            tuple(self.ignore or ()),
            self.threshold,
            tuple(self.reference_corpus),
            tuple(self.glossary),
        )
        if key not in _AUDITORS:
            from audit.pipeline.auditor import Auditor

            _AUDITORS[key] = Auditor(
                select=self.select,
                ignore=self.ignore,
                threshold=self.threshold,
                reference_corpus=self.reference_corpus or None,
                glossary=self.glossary or None,
            )
        return _AUDITORS[key]

    def audit(
        self,
        outputs: str | Sequence[str],
        sources: Sequence[str | None] | None = None,
        refs: Sequence[str | None] | None = None,
        ids: Sequence[str | None] | None = None,
    ) -> list[SegmentResult]:
        """Audit each output as one segment; no assertion."""
        texts = [outputs] if isinstance(outputs, str) else list(outputs)
        if isinstance(sources, str):
            sources = [sources]
        if isinstance(refs, str):
            refs = [refs]
        return self.auditor.check(texts, sources=sources, refs=refs, ids=ids, doc="mt_audit")

    def check(
        self,
        outputs: str | Sequence[str],
        sources: Sequence[str | None] | None = None,
        refs: Sequence[str | None] | None = None,
        ids: Sequence[str | None] | None = None,
        *,
        max_severity: str | None = _UNSET,
        max_risk: float | None = None,
    ) -> list[SegmentResult]:
        """Audit and fail the test if a finding is above ``max_severity`` or a risk above ``max_risk``.

        ``max_severity`` is the highest MQM severity tolerated (``"minor"``: minor findings pass,
        major and critical fail); ``None`` or ``"none"`` tolerates no finding at all.
        Returns the results when the outputs pass.
        """
        from audit.core.model import SEVERITIES, severity_rank

        limit = self.max_severity if max_severity is _UNSET else max_severity
        if limit is not None and str(limit).lower() == "none":
            limit = None
        if limit is not None and limit not in SEVERITIES:
            raise ValueError(f"max_severity must be one of {', '.join(SEVERITIES)} or None, got {limit!r}")
        texts = [outputs] if isinstance(outputs, str) else list(outputs)
        # outputs are numbered from 1, as in check_baseline: [2] is the second output (id "2")
        ids = list(ids) if ids is not None else [str(i + 1) for i in range(len(texts))]
        results = self.audit(texts, sources=sources, refs=refs, ids=ids)
        bad: list[tuple[int, SegmentResult, list[Finding], bool]] = []
        for i, r in enumerate(results, start=1):
            over = [
                f for f in r.findings if limit is None or severity_rank(f.severity) > severity_rank(limit)
            ]
            risky = max_risk is not None and r.risk > max_risk
            if over or risky:
                bad.append((i, r, over, risky))
        if bad:
            allowed = "no findings" if limit is None else f"findings up to '{limit}'"
            lines = [
                f"mt_audit: {len(bad)} of {len(results)} output(s) fail ({allowed} allowed"
                f"{f', risk ≤ {max_risk:g}' if max_risk is not None else ''}):"
            ]
            for i, r, over, risky in bad:
                lines.extend(format_segment(i, r, over, risky))
            pytest.fail("\n".join(lines), pytrace=False)
        return results

    def check_baseline(
        self,
        outputs: Sequence[str],
        baseline: str | Path,
        sources: Sequence[str | None] | None = None,
        refs: Sequence[str | None] | None = None,
        ids: Sequence[str | None] | None = None,
        *,
        max_new: str | dict[str, int] = "critical=0,major=0,minor=5",
        max_risk_increase: float | None = 0.05,
        fail_on_significant_drop: bool = False,
    ) -> RegressionReport | None:
        """Compare with the approved ``baseline`` JSONL (relative to the test file's folder).

        With ``--mt-audit-update-baseline`` the file is (re)written from these outputs instead.
        Fails with the gates that broke and the new findings' spans; returns the report.
        """
        from audit.regress.compare import regress
        from audit.regress.io import read_results_segments, write_baseline
        from audit.regress.stats import Gates, parse_max_new

        path = Path(baseline)
        if not path.is_absolute():
            path = self.base_dir / path
        texts = list(outputs)
        ids = list(ids) if ids is not None else [f"{i + 1}" for i in range(len(texts))]
        candidate = self.audit(texts, sources=sources, refs=refs, ids=ids)
        if self.update_baseline:
            write_baseline(candidate, path)
            return None
        if not path.exists():
            pytest.fail(
                f"mt_audit: baseline {path} does not exist; review these outputs and run "
                "`pytest --mt-audit-update-baseline` to approve them as the baseline",
                pytrace=False,
            )
        base = self.auditor.check_segments(read_results_segments(path))
        gates = Gates(
            max_new=parse_max_new(max_new) if isinstance(max_new, str) else dict(max_new),
            max_risk_increase=max_risk_increase,
            fail_on_significant_drop=fail_on_significant_drop,
        )
        report = regress(base, candidate, gates, names=(str(path), "outputs"))
        if not report.passed:
            lines = [f"mt_audit: regression against {path}:"]
            lines += [f"  ✗ {g.name}: {g.observed} (limit {g.limit})" for g in report.gates if not g.passed]
            for seg in report.regressed_segments:
                if not seg.gate_failures:
                    continue
                lines.append(f"  [{seg.key}] risk {seg.baseline_risk:.2f} → {seg.candidate_risk:.2f}")
                lines.append(f"      was: {seg.baseline_mt}")
                lines.append(f"      now: {seg.candidate_mt}")
                for f in seg.new:
                    fix = f" → {f.suggestion}" if f.suggestion else ""
                    lines.append(f"      + {f.code} {f.severity} «{f.span}»{fix}: {f.message}")
            lines.append("  (if the change is intended: pytest --mt-audit-update-baseline)")
            pytest.fail("\n".join(lines), pytrace=False)
        return report


def in_context(text: str, start: int, end: int, width: int = 30) -> str:
    """``…left ⟦span⟧ right…`` around one finding."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"{'…' if start > width else ''}{left}⟦{text[start:end]}⟧{right}{'…' if end + width < len(text) else ''}"


def format_segment(i: int, result: SegmentResult, findings: list[Finding], risky: bool) -> list[str]:
    seg = result.segment
    label = f"[{i}]" if str(seg.id) == str(i) else f"[{i}] id={seg.id}"
    head = f"  {label} risk={result.risk:.2f}" + ("  (risk above max_risk)" if risky else "")
    lines = [head]
    for f in findings:
        fix = f" → {f.suggestion}" if f.suggestion else ""
        lines.append(f"      {f.code} {f.severity} «{f.span}»{fix} at {f.start}–{f.end}")
        lines.append(f"        {in_context(seg.text, f.start, f.end)}")
        lines.append(f"        {f.message}")
    if not findings:
        lines.append(f"      {seg.text}")
    return lines


@pytest.fixture
def mt_audit(request: pytest.FixtureRequest) -> MTAudit:
    """Audit MT outputs inside a test: ``mt_audit.check(outputs, sources=..., max_severity="minor")``."""
    config = request.config
    marker = request.node.get_closest_marker("mt_audit")
    opts = dict(marker.kwargs) if marker else {}
    path = getattr(request.node, "path", None)
    base_dir = Path(path).parent if path is not None else Path.cwd()
    marked = opts.get("glossary")
    if isinstance(marked, (str, Path)):
        marked = [marked]
    glossary = [base_dir / p for p in marked] if marked else list(config.getini("mt_audit_glossary"))
    return MTAudit(
        select=_codes(opts.get("select", config.getini("mt_audit_select"))),
        ignore=_codes(opts.get("ignore", config.getini("mt_audit_ignore"))),
        threshold=opts.get("threshold"),
        reference_corpus=opts.get("reference_corpus"),
        glossary=glossary,
        max_severity=opts.get("max_severity", config.getini("mt_audit_max_severity") or "minor"),
        update_baseline=bool(config.getoption("mt_audit_update_baseline", False)),
        base_dir=base_dir,
    )
