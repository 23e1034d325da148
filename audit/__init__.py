"""hindi-mt-audit: a quality auditor for machine-translated Hindi."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Auditor", "Finding", "Segment", "SegmentResult", "__version__"]

if TYPE_CHECKING:
    from audit.core.model import Finding, Segment, SegmentResult
    from audit.pipeline.auditor import Auditor


def __getattr__(name: str) -> Any:
    if name == "Auditor":
        from audit.pipeline.auditor import Auditor

        return Auditor
    if name in ("Finding", "Segment", "SegmentResult"):
        from audit.core import model

        return getattr(model, name)
    raise AttributeError(name)
