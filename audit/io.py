"""Readers (txt files and directories, JSONL, CSV/TSV) and atomic writers.

Every reader problem becomes an :class:`InputError` naming the file (and line or byte
offset) and what to do; problems that concern a single segment become per-segment warnings
so nothing is silently dropped.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from audit.model import Segment
from audit.segment import detect_language, segment_document

TEXT_SUFFIXES = {".txt"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".tsv"}
MAX_SEGMENT_CHARS = 20_000  # longer segments are audited but carry a warning
_ZERO_WIDTH_OR_BIDI = set("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


class InputError(Exception):
    """A problem with the user's input: printed as one line, exit code 2."""


@dataclass(frozen=True)
class Columns:
    mt: str = "mt"
    src: str = "src"
    ref: str = "ref"
    id: str = "id"
    doc: str = "doc"


def _decode(path: Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 at byte offset {exc.start} "
            f"(byte 0x{data[exc.start]:02x}); re-save the file as UTF-8"
        ) from None
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def text_warnings(text: str) -> list[str]:
    """Per-segment warnings about characters an editor cannot see."""
    warnings = []
    if "\x00" in text:
        warnings.append("contains NUL bytes (U+0000); they were kept but the file may be binary or corrupt")
    hidden = sorted({f"U+{ord(c):04X}" for c in text if c in _ZERO_WIDTH_OR_BIDI})
    if hidden:
        warnings.append(f"contains invisible zero-width/bidirectional control characters: {', '.join(hidden)}")
    if len(text) > MAX_SEGMENT_CHARS:
        warnings.append(
            f"very long segment ({len(text):,} characters, no sentence boundary found); audited as one segment"
        )
    if not unicodedata.is_normalized("NFC", text):
        warnings.append("text is not in Unicode NFC; matched in NFC, offsets refer to the text as written")
    return warnings


def _with_warnings(segments: list[Segment]) -> list[Segment]:
    for seg in segments:
        seg.warnings.extend(text_warnings(seg.text))
    return segments


def read_text_document(path: Path, doc: str | None = None) -> list[Segment]:
    text = _decode(path, _read_bytes(path))
    segments = segment_document(text, doc or str(path))
    if not segments:
        raise InputError(f"{path}: file is empty (no text to audit)")
    return _with_warnings(segments)


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    text = str(value)
    return text if text.strip() else None


def _parse_jsonl_line(path: Path, lineno: int, line: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{lineno}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise InputError(f"{path}:{lineno}: expected a JSON object per line, got {type(row).__name__}")
    return row


def _rows_jsonl(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield lineno, _parse_jsonl_line(path, lineno, line)


def row_segment(path: Path, lineno: int, index: int, row: dict[str, Any], columns: Columns) -> Segment:
    """The segment of one table row (its warnings included); a row without the MT column is an error."""
    if columns.mt not in row:
        have = ", ".join(sorted(map(str, row))) or "none"
        raise InputError(
            f"{path}:{lineno}: no '{columns.mt}' column (columns found: {have}); name the MT column with --mt-col"
        )
    mt = row.get(columns.mt)
    mt_text = "" if mt is None or (isinstance(mt, float) and mt != mt) else str(mt)
    seg = Segment(
        doc=_cell(row.get(columns.doc)) or str(path),
        index=index,
        text=mt_text,
        start=0,
        end=len(mt_text),
        src=_cell(row.get(columns.src)),
        ref=_cell(row.get(columns.ref)),
        id=_cell(row.get(columns.id)),
        lang=detect_language(mt_text) if mt_text.strip() else "und",
        line=lineno,
        col=1,
    )
    if not mt_text.strip():
        seg.warnings.append(f"{path}:{lineno}: empty '{columns.mt}' value; nothing to audit in this row")
    seg.warnings.extend(text_warnings(mt_text))
    return seg


def _rows_delimited(path: Path, text: str, sep: str) -> Iterator[tuple[int, dict[str, Any]]]:
    import pandas as pd

    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                            quoting=csv.QUOTE_MINIMAL, engine="python")
    except pd.errors.EmptyDataError:
        raise InputError(f"{path}: file is empty (expected a header row with an 'mt' column)") from None
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputError(f"{path}: cannot parse as {'TSV' if sep == chr(9) else 'CSV'}: {exc}") from None
    for i, row in enumerate(frame.to_dict(orient="records")):
        yield i + 2, row  # line 1 is the header


def read_table(path: Path, columns: Columns = Columns()) -> list[Segment]:
    """One segment per row of a .jsonl/.csv/.tsv file."""
    text = _decode(path, _read_bytes(path))
    if not text.strip():
        raise InputError(f"{path}: file is empty (expected rows with an '{columns.mt}' column)")
    suffix = path.suffix.lower()
    rows = (_rows_jsonl(path, text) if suffix == ".jsonl"
            else _rows_delimited(path, text, "\t" if suffix == ".tsv" else ","))
    segments = [row_segment(path, lineno, n, row, columns) for n, (lineno, row) in enumerate(rows, start=1)]
    if not segments:
        raise InputError(f"{path}: no rows (expected rows with an '{columns.mt}' column)")
    return segments


def iter_jsonl_table(path: Path, columns: Columns) -> Iterator[tuple[Segment, int]]:
    """The segments of :func:`read_table` for a JSONL file, streamed: (segment, bytes of its line).

    Errors are :func:`read_table`'s (an undecodable or empty file is handed to it for its message).
    """
    n = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                n += 1
                row = _parse_jsonl_line(path, lineno, line)
                yield row_segment(path, lineno, n, row, columns), len(line.encode("utf-8"))
    except UnicodeDecodeError:
        read_table(path, columns)  # raises the reader's InputError with the byte offset
        raise
    if n == 0:
        read_table(path, columns)  # empty file / no rows: the reader's message
        raise InputError(f"{path}: no rows (expected rows with an '{columns.mt}' column)")


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly plus the .txt/.jsonl/.csv/.tsv files inside named directories."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES
                           and not p.name.startswith("."))
            found = [p for p in found if p.name.lower() != "readme.md"]
            if not found:
                raise InputError(f"{path}: directory has no .txt, .jsonl, .csv or .tsv files to audit")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def read_inputs(paths: Iterable[str | Path], columns: Columns = Columns()) -> list[Segment]:
    """Read every input into segments, in order. Text files are segmented here."""
    segments: list[Segment] = []
    for path in expand_inputs(paths):
        suffix = path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            segments.extend(read_table(path, columns))
        else:
            segments.extend(read_text_document(path))
    return segments


@contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the file the usual permissions
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
