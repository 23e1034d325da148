"""HI502: a date in the source missing from the MT."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.core.model import Finding, Segment
from audit.core.text import WORD_RUN_RE, nfc_view
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import lexicon, nfc, whole_span

# ------------------------------------------------------------------ dates (HI502)

_MONTH_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(\.?)"
)
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")


@dataclass(frozen=True)
class DateItem:
    english: str
    canonical: str
    hindi: tuple[str, ...]


def source_dates(src: str) -> list[DateItem]:
    """Months and weekdays named in the English source (ambiguous *May*/*March* need a number)."""
    lex = lexicon()
    out: list[DateItem] = []
    for m in _MONTH_RE.finditer(src):
        word = m.group(1)
        canon = lex["month_abbreviations"].get(word.lower(), word.lower())
        after = src[m.end() : m.end() + 6]
        before = src[max(0, m.start() - 6) : m.start()]
        near_digit = bool(re.match(r"\s*\d", after) or re.search(r"\d(st|nd|rd|th)?\s*(of\s*)?$", before))
        if word in ("May", "March") or len(word) <= 4:
            if not near_digit:
                continue
        out.append(DateItem(word, canon, tuple(lex["months"][canon])))
    for m in _WEEKDAY_RE.finditer(src):
        canon = m.group(1).lower()
        out.append(DateItem(m.group(1), canon, tuple(lex["weekdays"][canon])))
    return out


def missing_dates(src: str, mt: str) -> list[DateItem]:
    """The source's dates whose Hindi the MT lacks and that it does not spell out either: a
    weekday or month kept as a word of a name (*Black Friday* → ब्लैक फ्राइडे, *Super Sunday* → सुपर
    संडे) is rendered, as any source word the translation transliterates is."""
    text = nfc(mt)
    missing = [d for d in source_dates(src) if not any(nfc(h) in text for h in d.hindi)]
    if missing:
        from audit.lang.transcription import spells

        words = [m.group() for m in WORD_RUN_RE.finditer(text)]
        missing = [d for d in missing if not any(spells(w, d.english.lower()) > 0 for w in words)]
        missing = [d for d in missing if not _name_run_rendered(src, d, words)]
    return missing


#: capitalised words before a weekday or month that make it a date, not part of a name
_DATE_LEADERS = frozenset("on by last next every this each that from until till since before after".split())


def _name_run_rendered(src: str, d: DateItem, mt_words: list[str]) -> bool:
    """Whether the date word continues a name run of the source (*Sheffield Wednesday*, *Good
    Friday*: a capitalised word other than *On*, *Last*, a month or a weekday right before it) and
    the MT spells the run's previous word with another content word after it (शेफ़ील्ड वेन्ज़डे): the date word
    is part of a name, transliterated with it however it is spelt, not a date that is missing."""
    from audit.lang.function_words import HINDI_GLUE_WORDS
    from audit.lang.transcription import spells

    lex = lexicon()
    calendar = {h for table in ("months", "weekdays") for hs in lex[table].values() for h in hs}
    glue = HINDI_GLUE_WORDS | {"ने"}
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(d.english)}\b", src):
        prev = m.group(1)
        if prev.lower() in _DATE_LEADERS or _MONTH_RE.fullmatch(prev) or _WEEKDAY_RE.fullmatch(prev):
            continue
        for i, w in enumerate(mt_words[:-1]):
            nxt = mt_words[i + 1]
            if spells(w, prev.lower()) > 0 and nxt not in calendar and nxt not in glue:
                return True
    return False


@register(
    code="HI502",
    name="date-mismatch",
    category="date",
    severity="major",
    summary="A month or weekday of the source is missing or different in the MT",
    needs_source=True,
    examples=[
        ("वार्ता 14 मई, गुरुवार को फिर शुरू होगी।", "वार्ता 14 मार्च, मंगलवार को फिर शुरू होगी।"),
    ],
)
def check_dates(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Months and weekdays of the source that the MT lacks.

    A source month (*14 March*, *Sept. 3*) or weekday (*on Tuesday*) must appear in the Hindi
    (मार्च, मंगलवार, with spelling variants such as सितंबर/सितम्बर), or be spelled out as a word of a
    name (*Black Friday* → ब्लैक फ्राइडे), or continue a name run whose previous word the MT spells
    with another content word after it (*Sheffield Wednesday* → शेफ़ील्ड वेन्ज़डे, however the
    weekday is spelt). When the MT names a different month or weekday instead, that word is
    flagged; otherwise the segment is.
    """
    src, mt = segment.src or "", segment.text
    missing = missing_dates(src, mt)
    if not missing:
        return
    lex = lexicon()
    expected = {h for d in source_dates(src) for h in d.hindi}
    others = [
        h for table in ("months", "weekdays") for hs in lex[table].values() for h in hs if h not in expected
    ]
    view = nfc_view(mt)
    wrong = [(m.start(), m.end(), m.group()) for m in WORD_RUN_RE.finditer(view.text) if m.group() in others]
    for d in missing:
        hint = " / ".join(d.hindi)
        if wrong:
            s, e, w = wrong.pop(0)
            start, end = view.span(s, e)
            yield make_finding(
                "HI502",
                mt,
                start,
                end,
                f"तारीख़ बदल गई: स्रोत में “{d.english}” ({hint}) है, अनुवाद में “{w}”।",
                suggestion=d.hindi[0],
                english=d.english,
            )
        else:
            start, end = whole_span(mt)
            yield make_finding(
                "HI502",
                mt,
                start,
                end,
                f"स्रोत का “{d.english}” ({hint}) अनुवाद में नहीं है।",
                suggestion=d.hindi[0],
                english=d.english,
            )
