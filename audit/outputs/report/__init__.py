"""Self-contained HTML report for editors (see docs/report.md).

``write_report(records, out_path, meta)`` renders JSONL result records (the contract of
``SegmentResult.to_record()``) into one HTML file that opens from disk with no network.
``load_decisions`` / ``apply_decisions`` carry editors' accept/dismiss decisions into the next run.
"""

from audit.outputs.report.decisions import (
    Decision,
    Decisions,
    DecisionsError,
    apply_decisions,
    finding_key,
    load_decisions,
)
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
