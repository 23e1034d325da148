"""Audit results read back from JSONL (``audit report``, ``audit regress``): checked, not trusted.

Results files get hand-edited, truncated and merged. :func:`result_record` checks one record —
the keys a reader needs, their types, finite numbers, finding offsets inside the text — and
fills the optional keys a writer always sets, so a bad record is one line naming the file and
line instead of a traceback deep inside the report renderer.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from audit.core.io import InputError
from audit.core.model import SEVERITIES


def _bad(path: Path, lineno: int, what: str) -> InputError:
    return InputError(f"{path}:{lineno}: not a valid audit results record: {what}")


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_numbers(path: Path, lineno: int, name: str, value: Any) -> None:
    """NaN/Infinity anywhere in a nested score or evidence structure is an error."""
    if isinstance(value, float) and not math.isfinite(value):
        raise _bad(path, lineno, f"'{name}' holds a NaN or infinite number")
    if isinstance(value, dict):
        for k, v in value.items():
            _check_numbers(path, lineno, f"{name}.{k}", v)
    elif isinstance(value, list):
        for v in value:
            _check_numbers(path, lineno, name, v)


def result_record(path: Path, lineno: int, rec: dict[str, Any]) -> dict[str, Any]:
    """``rec`` checked and completed (a new dict); raises InputError naming ``path:lineno``."""
    mt = rec.get("mt")
    if not isinstance(mt, str):
        raise _bad(path, lineno, "'mt' must be the segment text (needs 'mt' and 'findings')")
    findings = rec.get("findings")
    if not isinstance(findings, list):
        raise _bad(path, lineno, "'findings' must be a list (needs 'mt' and 'findings')")
    out = dict(rec)
    checked = []
    for i, f in enumerate(findings, start=1):
        if not isinstance(f, dict):
            raise _bad(path, lineno, f"finding {i} is not an object")
        for key in ("code", "category", "span", "message"):
            if not isinstance(f.get(key, "" if key in ("message", "category") else None), str):
                raise _bad(path, lineno, f"finding {i} needs a text '{key}'")
        if f.get("severity") not in SEVERITIES:
            raise _bad(
                path,
                lineno,
                f"finding {i} has severity {f.get('severity')!r}; one of {', '.join(SEVERITIES)}",
            )
        start, end = f.get("start"), f.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(mt)):
            raise _bad(path, lineno, f"finding {i} has offsets {start!r}..{end!r} outside the text")
        if f.get("suggestion") is not None and not isinstance(f["suggestion"], str):
            raise _bad(path, lineno, f"finding {i} has a 'suggestion' that is not text")
        if not isinstance(f.get("evidence", {}) or {}, dict):
            raise _bad(path, lineno, f"finding {i} has 'evidence' that is not an object")
        _check_numbers(path, lineno, f"finding {i}", f.get("evidence"))
        checked.append({"category": "", "message": "", "suggestion": None, "evidence": {}, **f})
    out["findings"] = checked
    risk = rec.get("risk", 0.0)
    if not _finite(risk):
        raise _bad(path, lineno, f"'risk' must be a number, got {risk!r}")
    out["risk"] = float(risk)
    if not isinstance(rec.get("flagged", False), bool):
        raise _bad(path, lineno, "'flagged' must be true or false")
    out.setdefault("flagged", False)
    for key in ("src", "ref"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise _bad(path, lineno, f"'{key}' must be text or null")
    segment = rec.get("segment", lineno)
    if not isinstance(segment, int) or isinstance(segment, bool):
        raise _bad(path, lineno, f"'segment' must be a whole number, got {segment!r}")
    out["segment"] = segment
    out["doc"] = str(rec.get("doc", path))
    out["id"] = str(rec["id"]) if rec.get("id") is not None else f"{out['doc']}#{segment}"
    warnings = rec.get("warnings", [])
    if not (isinstance(warnings, list) and all(isinstance(w, str) for w in warnings)):
        raise _bad(path, lineno, "'warnings' must be a list of text")
    out["warnings"] = warnings
    for key in ("scores", "roundtrip"):
        value = rec.get(key)
        if value is not None and not isinstance(value, dict):
            raise _bad(path, lineno, f"'{key}' must be an object or null")
        _check_numbers(path, lineno, key, value)
    return out
