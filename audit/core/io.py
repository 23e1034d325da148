"""Readers of the inputs: txt files and directories, JSONL, CSV/TSV tables, line-aligned cells.

The file layer (:class:`InputError`, decoding, :func:`atomic_write`) is :mod:`audit.core.files`,
JSON Lines :mod:`audit.core.jsonl`; both are importable from here too.

Every reader problem becomes an :class:`InputError` naming the file (and line or byte
offset) and what to do; problems that concern a single segment become per-segment warnings
so nothing is silently dropped.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.core.files import (  # noqa: F401  (InputError and atomic_write are imported from here too)
    InputError,
    atomic_write,
    decode_bytes,
    read_bytes,
    require_regular_file,
)
from audit.core.jsonl import (  # noqa: F401  (read_jsonl_records and json_line are imported from here too)
    json_line,
    jsonl_lines,
    jsonl_rows,
    parse_jsonl_line,
    read_jsonl_records,
)
from audit.core.model import Segment
from audit.core.segment import detect_language, segment_document

TEXT_SUFFIXES = {".txt"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".tsv"}
MAX_SEGMENT_CHARS = 20_000  # longer segments are audited but carry a warning
_ZERO_WIDTH_OR_BIDI = set("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_ZERO_WIDTH_OR_BIDI_RE = re.compile(f"[{''.join(sorted(_ZERO_WIDTH_OR_BIDI))}]")


@dataclass(frozen=True)
class Columns:
    mt: str = "mt"
    src: str = "src"
    ref: str = "ref"
    id: str = "id"
    doc: str = "doc"


def text_warnings(text: str) -> list[str]:
    """Per-segment warnings about characters an editor cannot see."""
    warnings = []
    if "\x00" in text:
        warnings.append("contains NUL bytes (U+0000); they were kept but the file may be binary or corrupt")
    hidden: list[str] = []
    if _ZERO_WIDTH_OR_BIDI_RE.search(text):  # (a regex scan: no object per character; most have none)
        hidden = sorted({f"U+{ord(c):04X}" for c in text if c in _ZERO_WIDTH_OR_BIDI})
    if hidden:
        warnings.append(
            f"contains invisible zero-width/bidirectional control characters: {', '.join(hidden)}; "
            "audited without them, offsets refer to the text as written"
        )
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
    text = decode_bytes(path, read_bytes(path))
    segments = segment_document(text, doc or ("<stdin>" if str(path) == "-" else str(path)))
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


def _scalar(path: Path, lineno: int, column: str, value: Any) -> Any:
    """A table cell must be text, a number or empty: a list or object would be audited as its repr."""
    if isinstance(value, (list, dict, bool)):
        kind = {list: "a list", dict: "an object", bool: "true/false"}[type(value)]
        raise InputError(f"{path}:{lineno}: '{column}' is {kind}; expected text")
    if isinstance(value, str) and _SURROGATE_RE.search(value):
        raise InputError(
            f"{path}:{lineno}: '{column}' holds an unpaired surrogate escape (\\ud800-\\udfff); "
            "not valid Unicode text"
        )
    return value


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def row_segment(path: Path, lineno: int, index: int, row: dict[str, Any], columns: Columns) -> Segment:
    """The segment of one table row (its warnings included); a row without the MT column is an error."""
    if columns.mt not in row:
        have = ", ".join(sorted(map(str, row))) or "none"
        raise InputError(
            f"{path}:{lineno}: no '{columns.mt}' column (columns found: {have}); name the MT column with --mt-col"
        )
    for column in (columns.mt, columns.src, columns.ref, columns.id, columns.doc):
        _scalar(path, lineno, column, row.get(column))
    mt = row.get(columns.mt)
    mt_text = "" if mt is None or (isinstance(mt, float) and mt != mt) else str(mt)
    return whole_segment(
        doc=_cell(row.get(columns.doc)) or str(path),
        index=index,
        text=mt_text,
        src=_cell(row.get(columns.src)),
        ref=_cell(row.get(columns.ref)),
        id=_cell(row.get(columns.id)),
        line=lineno,
        empty_note=f"{path}:{lineno}: empty '{columns.mt}' value; nothing to audit in this row",
    )


def whole_segment(
    *,
    doc: str,
    index: int,
    text: str,
    src: str | None,
    ref: str | None,
    id: str | None,
    line: int,
    empty_note: str,
) -> Segment:
    """A segment that is a whole cell or line (a table row, a line of a line-aligned file), with
    its language and text warnings; ``empty_note`` is the warning for an empty one."""
    seg = Segment(
        doc=doc,
        index=index,
        text=text,
        start=0,
        end=len(text),
        src=src,
        ref=ref,
        id=id,
        lang=detect_language(text) if text.strip() else "und",
        line=line,
        col=1,
    )
    if not text.strip():
        seg.warnings.append(empty_note)
    seg.warnings.extend(text_warnings(text))
    return seg


def _rows_delimited(path: Path, text: str, sep: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a CSV (RFC 4180 quoting) or TSV (no quoting: a cell is everything between tabs).

    Every row must have as many cells as the header: a ragged row (one trailing tab too many)
    would otherwise shift its cells into the wrong columns. Line numbers are those of the
    row's first line in the file, also after cells with quoted line breaks.
    """
    kind = "TSV" if sep == "\t" else "CSV"
    header: list[str] | None = None
    for lineno, cells in _tsv_lines(text) if sep == "\t" else _csv_lines(path, text):
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = cells
            dupes = sorted({c for c in header if c and header.count(c) > 1})
            if dupes:
                raise InputError(
                    f"{path}:{lineno}: duplicate column name(s) in the header: {', '.join(dupes)}"
                )
            continue
        if len(cells) != len(header):
            raise InputError(
                f"{path}:{lineno}: {len(cells)} cells but the header has {len(header)}; every {kind} row needs "
                f"one cell per column (a stray {'tab' if sep == chr(9) else 'comma'}?)"
            )
        yield lineno, dict(zip(header, cells))
    if header is None:
        raise InputError(f"{path}: file is empty (expected a header row with an 'mt' column)")


_ANY_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _tsv_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    for lineno, line in enumerate(_ANY_LINE_BREAK.split(text), start=1):
        yield lineno, line.split("\t")


def _csv_lines(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{path}:{last + 1}: cannot parse as CSV ({exc})") from None
        first, last = last + 1, reader.line_num
        yield first, cells


def table_rows(path: Path, empty: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) of a .jsonl/.csv/.tsv file, decoded whole. With ``empty`` (what was
    expected) an empty file is an error; without, it has no rows."""
    text = decode_bytes(path, read_bytes(path))
    if empty is not None and not text.strip():
        raise InputError(f"{path}: file is empty ({empty})")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return jsonl_rows(path, text)
    return _rows_delimited(path, text, "\t" if suffix == ".tsv" else ",")


def read_table(path: Path, columns: Columns = Columns()) -> list[Segment]:
    """One segment per row of a .jsonl/.csv/.tsv file."""
    rows = table_rows(path, empty=f"expected rows with an '{columns.mt}' column")
    segments = [row_segment(path, lineno, n, row, columns) for n, (lineno, row) in enumerate(rows, start=1)]
    if not segments:
        raise InputError(f"{path}: no rows (expected rows with an '{columns.mt}' column)")
    return segments


def iter_jsonl_table(path: Path, columns: Columns) -> Iterator[tuple[Segment, int]]:
    """The segments of :func:`read_table` for a JSONL file, streamed: (segment, bytes of its line).

    Errors are :func:`read_table`'s (an empty file is handed to it for its message).
    """
    n = 0
    for lineno, line in jsonl_lines(path):
        n += 1
        row = parse_jsonl_line(path, lineno, line)
        yield row_segment(path, lineno, n, row, columns), len(line.encode("utf-8"))
    if n == 0:
        read_table(path, columns)  # empty file / no rows: the reader's message
        raise InputError(f"{path}: no rows (expected rows with an '{columns.mt}' column)")


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly plus the .txt/.jsonl/.csv/.tsv files inside named directories.

    Each file may come in once: the same file named twice (or through a directory, a symbolic
    or a hard link) would duplicate every id, so it is an error. Non-regular files (FIFOs,
    devices) are refused; ``-`` is standard input.
    """
    files: list[Path] = []
    seen: dict[tuple[int, int], Path] = {}

    def add(path: Path) -> None:
        if str(path) == "-":
            if any(str(f) == "-" for f in files):
                raise InputError("-: standard input named twice")
            files.append(path)
            return
        require_regular_file(path)
        st = path.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            raise InputError(f"{path}: the same file as {seen[key]} (named twice); each input is read once")
        seen[key] = path
        files.append(path)

    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir():
            found = sorted(
                p
                for p in _walk_files(path)
                if p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES and not p.name.startswith(".")
            )
            found = [p for p in found if p.name.lower() != "readme.md"]
            if not found:
                raise InputError(f"{path}: directory has no .txt, .jsonl, .csv or .tsv files to audit")
            for p in found:
                add(p)
        else:
            add(path)
    return files


def _walk_files(root: Path) -> Iterator[Path]:
    """Regular files under ``root``; symbolic links to directories are not followed (no loops)."""
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in names:
            p = Path(folder) / name
            try:
                if stat.S_ISREG(p.stat().st_mode):
                    yield p
            except OSError:
                continue  # a broken link or a link loop inside a directory is skipped


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
