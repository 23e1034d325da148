"""Text for the terminal: control characters from untrusted input shown, never obeyed.

Ids, document and file names, spans and messages come from the user's files. An ESC byte in
one of them would let the file drive the terminal (CSI cursor moves, OSC title or hyperlink
sequences, clearing the screen), and a bidi override (U+202E) would reorder what is shown.
:func:`printable` writes every such character as a visible escape (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidi marks/embeddings/overrides/isolates,
# line and paragraph separators.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_LINE_RE = re.compile("[\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, one_line: bool = False) -> str:
    """``str(text)`` with control characters written as escapes; ``one_line`` escapes tabs and
    line breaks too (an error message stays one line whatever a file name holds)."""
    s = _CONTROL_RE.sub(_escape, str(text))
    return _LINE_RE.sub(_escape, s) if one_line else s
