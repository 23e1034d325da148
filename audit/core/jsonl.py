"""JSON Lines: the one reader (:func:`read_jsonl_records`, streamed, one-line errors naming the
file and line) and the one line writer (:func:`json_line`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from audit.core.files import (
    InputError,
    decode_bytes,
    looks_utf16_without_bom,
    read_bytes,
    require_regular_file,
)


def parse_jsonl_line(path: Path, lineno: int, line: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{lineno}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{path}:{lineno}: invalid JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise InputError(f"{path}:{lineno}: invalid JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(row, dict):
        raise InputError(f"{path}:{lineno}: expected a JSON object per line, got {type(row).__name__}")
    return row


#: JSON Lines are split at these only (str.splitlines also splits at U+2028, U+0085, …,
#: which may stand raw inside a JSON string).
_JSONL_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def jsonl_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for lineno, line in enumerate(_JSONL_LINE_BREAK.split(text), start=1):
        if line.strip():
            yield lineno, parse_jsonl_line(path, lineno, line)


def jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) of the non-blank lines of a JSONL file, read line by line.

    UTF-8 files (with or without a BOM) are streamed; standard input and UTF-16 files are
    decoded whole by the strict reader, and undecodable bytes raise its one-line error (with
    the byte offset).
    """
    if str(path) != "-":
        require_regular_file(path)
        try:
            with path.open("rb") as raw:
                head = raw.read(4096)
        except OSError:
            head = b""  # the whole-file reader below says why
    if str(path) == "-" or head.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_utf16_without_bom(head):
        text = decode_bytes(path, read_bytes(path))
        for lineno, line in enumerate(_JSONL_LINE_BREAK.split(text), start=1):
            if line.strip():
                yield lineno, line
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for lineno, line in enumerate(fh, start=1):
                if line.strip():
                    yield lineno, line
    except UnicodeDecodeError:
        decode_bytes(path, read_bytes(path))  # raises the one-line error with the byte offset
        raise


def read_jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSONL file, streamed; errors are one
    line naming the file and line (invalid JSON, not an object, undecodable bytes).

    The one JSONL reader: audit results (``audit report``, ``regress``, batch summaries), data
    sets of the dev tools and scripts. Input tables go through :func:`iter_jsonl_table`, which
    reads the same lines.
    """
    for lineno, line in jsonl_lines(path):
        yield lineno, parse_jsonl_line(path, lineno, line)


#: Line separators that JSON allows raw inside strings but line-based readers split at.
_JSON_UNSAFE = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}
_JSON_UNSAFE_RE = re.compile("[\u2028\u2029\x85]")


def json_line(record: Any) -> str:
    """One JSONL line (with its newline): UTF-8 text, U+2028/U+2029/U+0085 escaped."""
    text = json.dumps(record, ensure_ascii=False)
    if _JSON_UNSAFE_RE.search(text):
        text = _JSON_UNSAFE_RE.sub(lambda m: _JSON_UNSAFE[m.group()], text)
    return text + "\n"
