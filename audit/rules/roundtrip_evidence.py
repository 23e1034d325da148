"""HI6xx: round-trip evidence.

These rules need a machine-translation model, so they do not run per segment like the other
checks: ``audit.roundtrip.apply.RoundTripper`` translates the selected segments hi→en (and back
en→hi) after the checks have run and adds HI6xx findings with ``make_finding``. They are
registered here so that ``audit rules``, ``--select`` and ``--ignore`` know them; the check
functions themselves yield nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from audit.core.model import Finding, Segment
from audit.rules.registry import CheckContext, register


@register(
    code="HI601",
    name="low-backtranslation-agreement",
    category="mistranslation",
    severity="major",
    summary="the Hindi, translated back to English, says something quite different from the English source",
    needs_source=True,
    needs={"roundtrip"},
    scope="roundtrip",
)
def low_backtranslation_agreement(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """The segment's back-translation (hi→en by an MT model) agrees poorly with the English
    source (chrF below the threshold). The editor should compare the back-translation, shown
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
)
def roundtrip_divergence(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """hi→en→hi round trip whose result shares little with the original (chrF below the
    threshold): the sentence is probably garbled or ambiguous. Weak evidence on its own; it
    raises the risk of a segment other rules flagged. Added by the round-trip stage."""
    return ()
