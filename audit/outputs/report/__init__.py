"""Self-contained HTML report for editors (see docs/report.md).

``write_report(records, out_path, meta)`` renders JSONL result records (the contract of
``SegmentResult.to_record()``) into one HTML file that opens from disk with no network.
``load_decisions`` / ``apply_decisions`` carry editors' accept/dismiss decisions into the next run.
"""

from typing import TYPE_CHECKING, Any

from audit.outputs.report.decisions import (
    Decision,
    Decisions,
    DecisionsError,
    apply_decisions,
    finding_key,
    load_decisions,
)

if TYPE_CHECKING:  # pragma: no cover
    from audit.outputs.report.render import render_report, write_report

__all__ = [
    "Decision",
    "Decisions",
    "DecisionsError",
    "apply_decisions",
    "finding_key",
    "load_decisions",
    "render_report",
    "write_report",
]


def __getattr__(name: str) -> Any:
    """The renderer (and jinja2, ~20 ms of a start) is imported when a report is written, not
    by every run that reads or applies decisions (``audit check`` to JSONL never renders)."""
    if name in ("render_report", "write_report"):
        from audit.outputs.report import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
