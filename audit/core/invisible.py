"""Invisible characters (zero-width, bidi controls, soft hyphen) removed for auditing, with
offsets mapped back to the text as written.

A zero-width joiner or space inside a name (किम\u200b जोंग) makes the words differ from every
lexicon entry while looking identical on screen, so a finding would silently disappear. The
checks therefore see :attr:`CleanView.text`; their offsets are mapped back with
:meth:`CleanView.span`, so ``finding.span == original[start:end]`` still holds (the span then
includes the invisible characters inside it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Soft hyphen, zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides, word
#: joiner and invisible operators, bidi isolates, BOM / zero-width no-break space.
INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


@dataclass(frozen=True)
class CleanView:
    original: str
    text: str
    _keep: tuple[int, ...]  # original offset of each character of ``text``

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of ``text[start:end]`` (an empty span maps to an empty span)."""
        if not self._keep:
            return start, end
        n = len(self._keep)
        s = self._keep[start] if start < n else len(self.original)
        e = self._keep[end - 1] + 1 if end > start else s
        return s, e


def has_invisible(text: str) -> bool:
    return _INVISIBLE_RE.search(text) is not None


def invisible_codes(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in _INVISIBLE_RE.findall(text)})


def clean_view(text: str) -> CleanView:
    """``text`` without invisible characters, and the map back to ``text``."""
    if not has_invisible(text):
        return CleanView(text, text, ())
    keep = tuple(i for i, c in enumerate(text) if not _INVISIBLE_RE.match(c))
    return CleanView(text, "".join(text[i] for i in keep), keep)


def strip_invisible(text: str | None) -> str | None:
    return None if text is None else _INVISIBLE_RE.sub("", text)
