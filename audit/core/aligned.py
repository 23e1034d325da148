"""Line-aligned plain-text inputs, as sacrebleu and comet-score read them.

``audit check -t mt.txt -s src.txt [-r ref.txt]``: line *n* of each file is one segment (no
sentence splitting); the files must have the same number of lines, or the command stops with
one line naming both counts. ``-`` reads the MT from standard input. An empty line is kept as an
(empty) segment with a warning, so the numbering stays aligned; a final newline does not start
an extra line. Each segment's id is ``FILE:LINE`` and its location ``FILE:LINE:1``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from audit.core.io import InputError, decode_bytes, read_bytes, whole_segment
from audit.core.model import Segment

STDIN = "-"


def read_lines(path: str | Path, what: str) -> tuple[str, list[str]]:
    """(display name, lines) of a line-aligned file, or of stdin for ``-``."""
    name = str(path)
    if name == STDIN:
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        data = read_bytes(Path(path))
    text = decode_bytes(Path(name), data)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if not lines:
        raise InputError(f"{name}: file is empty (expected one {what} per line)")
    return name, lines


def read_aligned(
    mt: str | Path, src: str | Path | None = None, ref: str | Path | None = None
) -> list[Segment]:
    """One segment per line of ``mt``, with the same line of ``src`` and ``ref`` beside it."""
    mt_name, mt_lines = read_lines(mt, "translation")
    others: dict[str, list[str]] = {}
    for flag, path, what in (("-s", src, "source sentence"), ("-r", ref, "reference")):
        if path is None:
            continue
        if str(path) == STDIN and str(mt) == STDIN:
            raise InputError(f"{flag} -: only one input can come from standard input")
        name, lines = read_lines(path, what)
        if len(lines) != len(mt_lines):
            raise InputError(
                f"{name} has {len(lines):,} lines but {mt_name} has {len(mt_lines):,}: line-aligned files need "
                f"one segment per line in each ({flag})"
            )
        others[flag] = lines
    segments = []
    for i, text in enumerate(mt_lines, start=1):
        segments.append(
            whole_segment(
                doc=mt_name,
                index=i,
                text=text,
                src=(others["-s"][i - 1] or None) if "-s" in others else None,
                ref=(others["-r"][i - 1] or None) if "-r" in others else None,
                id=f"{mt_name}:{i}",
                line=i,
                empty_note=f"{mt_name}:{i}: empty line; nothing to audit",
            )
        )
    return segments
