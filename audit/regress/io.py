"""Reading and writing the two sides of ``audit regress``: an audit results JSONL (a saved
baseline), a table, a .txt file or a directory; the approved baseline written back."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from audit.core.io import Columns, InputError, atomic_write, expand_inputs, read_inputs, read_jsonl_records
from audit.core.model import Segment, SegmentResult
from audit.outputs.formats import dump_jsonl


def is_results_file(path: Path) -> bool:
    """True for a JSONL of audit results (records with 'mt' and 'findings'), e.g. a saved baseline."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    try:
        _, rec = next(read_jsonl_records(path), (0, {}))
    except InputError:  # not JSON objects, undecodable: an input table's reader will say what is wrong
        return False
    return "mt" in rec and isinstance(rec.get("findings"), list)


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
