"""HI6xx: round-trip evidence.

These rules need a machine-translation model, so they do not run per segment like the other
checks: ``audit.roundtrip.apply.RoundTripper`` translates the selected segments hi→en (and back
en→hi) after the checks have run, scores them, and hands the translations and scores to
:func:`roundtrip_findings` below, which holds the rules' logic (thresholds, spans, messages).
The check functions registered here yield nothing per segment; the registration is what
``audit rules``, ``--select`` and ``--ignore`` know them by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from audit.core.model import Finding, Segment, SegmentResult
from audit.core.text import DEVANAGARI_RE
from audit.lang.function_words import ENGLISH_SPAN_STOP_WORDS
from audit.rules.registry import CheckContext, make_finding, register

HI6_CODES = ("HI601", "HI602", "HI603")
_EN_WORD = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")
_DEVA = DEVANAGARI_RE
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_STOP = ENGLISH_SPAN_STOP_WORDS  # what it holds and why: audit/lang/function_words.py


def _content_words(text: str) -> set[str]:
    return {
        w.lower() for w in _EN_WORD.findall(text) if not w.isdigit() and len(w) > 2 and w.lower() not in _STOP
    }


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def span_contradicts(span_bt: str, src: str) -> tuple[bool, list[str]]:
    """Does a span's back-translation say something the source does not? Returns (verdict, the words)."""
    src_words = {_stem(w.lower()) for w in _EN_WORD.findall(src)}
    src_numbers = {n.replace(",", "") for n in _DIGITS.findall(src)}
    numbers = [n for n in _DIGITS.findall(span_bt) if n.replace(",", "") not in src_numbers]
    if numbers:
        return True, numbers
    words = _content_words(span_bt)
    if words and not any(_stem(w) in src_words for w in words):
        return True, sorted(words)
    return False, []


def spans_to_backtranslate(chosen: Iterable[SegmentResult]) -> list[str]:
    """HI602's input: the Hindi spans other rules flagged in segments with a source, sorted, once each."""
    return sorted(
        {
            f.span.strip()
            for r in chosen
            if r.segment.src
            for f in r.findings
            if not f.code.startswith("HI6") and _DEVA.search(f.span)
        }
    )


def roundtrip_findings(
    r: SegmentResult,
    bt: str,
    rt: str | None,
    scores: Mapping[str, float],
    span_bt: Mapping[str, str],
    *,
    model: str,
    enabled: set[str],
    ctx: CheckContext,
) -> list[Finding]:
    """HI601–HI603 for one round-tripped segment.

    ``bt`` is its back-translation (hi→en), ``rt`` the round trip (hi→en→hi) or None,
    ``scores`` the round-trip layer's chrF scores (``bt_chrf`` against the source,
    ``roundtrip_chrf`` against the Hindi), ``span_bt`` the back-translations of the spans of
    :func:`spans_to_backtranslate`, ``model`` the translator's label; the chrF thresholds
    (0–100) are the rules' ``min_chrf`` settings from ``ctx.config``.
    """
    seg = r.segment
    text = seg.text
    lead = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    out: list[Finding] = []
    bt_min = ctx.config("HI601")["min_chrf"]
    rt_min = ctx.config("HI603")["min_chrf"]
    if "HI601" in enabled and seg.src and scores.get("bt_chrf", 100.0) < bt_min:
        out.append(
            make_finding(
                "HI601",
                text,
                lead,
                end,
                f"उलटा अनुवाद (back-translation) स्रोत से बहुत अलग है: “{bt}” — source: “{seg.src}” "
                f"(chrF {scores['bt_chrf']:.0f} < {bt_min:.0f}). वाक्य का अर्थ जाँचें।",
                backtranslation=bt,
                chrf=scores["bt_chrf"],
                model=model,
            )
        )
    if "HI603" in enabled and rt is not None and scores["roundtrip_chrf"] < rt_min:
        out.append(
            make_finding(
                "HI603",
                text,
                lead,
                end,
                f"हिंदी→अंग्रेज़ी→हिंदी राउंड-ट्रिप मूल से बहुत अलग निकला: “{rt}” (English: “{bt}”, "
                f"chrF {scores['roundtrip_chrf']:.0f} < {rt_min:.0f}). वाक्य अस्पष्ट या टूटा हो सकता है।",
                backtranslation=bt,
                roundtrip=rt,
                chrf=scores["roundtrip_chrf"],
                model=model,
            )
        )
    if "HI602" in enabled and seg.src:
        seen: set[tuple[int, int]] = set()
        for f in list(r.findings):
            key = (f.start, f.end)
            if f.code.startswith("HI6") or key in seen or f.span.strip() not in span_bt:
                continue
            seen.add(key)
            sbt = span_bt[f.span.strip()]
            bad, words = span_contradicts(sbt, seg.src)
            if bad:
                out.append(
                    make_finding(
                        "HI602",
                        text,
                        f.start,
                        f.end,
                        f"चिह्नित अंश “{f.span}” का उलटा अनुवाद “{sbt}” है, पर स्रोत में "
                        f"“{', '.join(words)}” जैसा कुछ नहीं है (source: “{seg.src}”).",
                        suggestion=f.suggestion,
                        span_backtranslation=sbt,
                        unsupported=words,
                        flagged_by=f.code,
                        model=model,
                    )
                )
    return out


@register(
    code="HI601",
    name="low-backtranslation-agreement",
    category="mistranslation",
    severity="major",
    summary="the Hindi, translated back to English, says something quite different from the English source",
    needs_source=True,
    needs={"roundtrip"},
    scope="roundtrip",
    config={"min_chrf": 25.0},
)
def low_backtranslation_agreement(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """The segment's back-translation (hi→en by an MT model) agrees poorly with the English
    source (chrF below {min_chrf}). The editor should compare the back-translation, shown
    beside the source, with what the source says. Added by the round-trip stage, not per segment."""
    return ()


@register(
    code="HI602",
    name="span-backtranslation-not-in-source",
    category="mistranslation",
    severity="major",
    summary="a flagged span back-translates to words (or numbers) the English source does not contain",
    needs_source=True,
    needs={"roundtrip"},
    scope="roundtrip",
)
def span_backtranslation_not_in_source(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """A span already flagged by another rule is translated back to English on its own; when
    none of its content words — or a number in it — appear in the English source, the span
    very likely says something the source does not. Added by the round-trip stage."""
    return ()


@register(
    code="HI603",
    name="roundtrip-divergence",
    category="mistranslation",
    severity="minor",
    summary="translating the Hindi to English and back gives Hindi that diverges sharply from the original",
    needs={"roundtrip"},
    scope="roundtrip",
    config={"min_chrf": 20.0},
)
def roundtrip_divergence(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """hi→en→hi round trip whose result shares little with the original (chrF below
    {min_chrf}): the sentence is probably garbled or ambiguous. Weak evidence on its own; it
    raises the risk of a segment other rules flagged. Added by the round-trip stage."""
    return ()
