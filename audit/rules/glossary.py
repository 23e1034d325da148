"""HI8xx terminology: the user's glossary (``--glossary``) enforced on the MT.

The glossary is read and compiled by :mod:`audit.glossary`; the Auditor hands it to the rules
through ``CheckContext.glossary`` (no glossary: these rules find nothing). One pass over the
document computes every segment's terms — English terms in ``src``, allowed and forbidden
Hindi forms in ``mt`` — and the document's renderings; the three rules read that pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from audit.core.model import Finding, Segment
from audit.glossary.match import CompiledGlossary, SourceHit, TargetHit, rendering_key
from audit.glossary.read import Term, display
from audit.rules.registry import CheckContext, make_finding, register

CATEGORY = "terminology"
_TRAILING = " \t\n।॥.!?|\"'”’"


def _whole_span(text: str) -> tuple[int, int]:
    stripped = text.rstrip(_TRAILING)
    start = len(text) - len(text.lstrip())
    return (start, len(stripped)) if len(stripped) > start else (0, len(text))


def _note(term: Term) -> str:
    return f" (शब्दावली की टिप्पणी: {term.note})" if term.note else ""


@dataclass
class _Issue:
    code: str
    start: int
    end: int
    message: str
    suggestion: str
    evidence: dict = field(default_factory=dict)


def _evidence(term: Term, **extra: object) -> dict:
    return {
        "english": term.label,
        "glossary": term.origin,
        **({"note": term.note} if term.note else {}),
        **extra,
    }


def _segment_issues(
    cg: CompiledGlossary,
    seg: Segment,
    src_hits: list[SourceHit],
    allowed: list[TargetHit],
    forbidden: list[TargetHit],
) -> list[_Issue]:
    issues = []
    for h in forbidden:
        term = cg.terms[h.term]
        span = seg.text[h.start : h.end]
        issues.append(
            _Issue(
                "HI802",
                h.start,
                h.end,
                f"शब्दावली: “{span}” वर्जित रूप है; “{term.label}” के लिए “{display(term.hindi[0])}” लिखें।{_note(term)}",
                display(term.hindi[0]),
                _evidence(term, forbidden=display(cg.form(h))),
            )
        )
    first: dict[int, SourceHit] = {}
    for hit in src_hits:
        if not hit.in_name:
            first.setdefault(hit.term, hit)
    for t, hit in first.items():
        if any(h.term == t for h in allowed) or any(h.term == t for h in forbidden):
            continue
        term = cg.terms[t]
        where = cg.locate(seg.text, t, hit.text)
        preferred = display(term.hindi[0])
        if where is None:
            start, end = _whole_span(seg.text)
            message = (
                f"शब्दावली: स्रोत में “{hit.text}” है, पर अनुवाद में उसका तय रूप “{preferred}” नहीं मिला।{_note(term)}"
            )
            evidence = _evidence(term, source=hit.text, unlocated=True)
        else:
            start, end = where
            message = (
                f"शब्दावली: स्रोत के “{hit.text}” के लिए तय रूप “{preferred}” है; यहाँ "
                f"“{seg.text[start:end]}” लिखा गया है।{_note(term)}"
            )
            evidence = _evidence(term, source=hit.text)
        issues.append(_Issue("HI801", start, end, message, preferred, evidence))
    return issues


def _dedupe_hits(hits: list[TargetHit]) -> list[TargetHit]:
    """One hit per term and stretch (the first alternative that matched it)."""
    out: list[TargetHit] = []
    for h in sorted(hits, key=lambda h: (h.term, h.start, -(h.end - h.start), h.alt)):
        if out and out[-1].term == h.term and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def analyse_document(cg: CompiledGlossary, segments: list[Segment]) -> dict[int, list[_Issue]]:
    """Issues of every segment of one document, keyed by ``id(segment)``."""
    issues: dict[int, list[_Issue]] = {}
    # term → [(segment, hit)] of allowed renderings where the segment is about that term
    uses: dict[int, list[tuple[Segment, TargetHit]]] = {}
    for seg in segments:
        if not seg.is_hindi or not seg.text.strip():
            continue
        src_hits = cg.source_hits(seg.src) if seg.src else []
        src_terms = {h.term for h in src_hits if not h.in_name}
        in_names = {h.term for h in src_hits if h.in_name} - src_terms
        hits = cg.target_hits(seg.text)
        allowed = _dedupe_hits([h for h in hits if not h.forbidden])
        forbidden = [
            h
            for h in _dedupe_hits([h for h in hits if h.forbidden])
            if not any(a.start <= h.start and h.end <= a.end for a in allowed) and h.term not in in_names
        ]
        issues[id(seg)] = _segment_issues(cg, seg, src_hits, allowed, forbidden)
        for h in allowed:
            if seg.src is None or h.term in src_terms:
                uses.setdefault(h.term, []).append((seg, h))
    for t, found in uses.items():
        for seg, _hit, issue in _inconsistent(cg, cg.terms[t], found):
            issues[id(seg)].append(issue)
    return issues


def _inconsistent(
    cg: CompiledGlossary, term: Term, found: list[tuple[Segment, TargetHit]]
) -> Iterator[tuple[Segment, TargetHit, _Issue]]:
    keys = [rendering_key(cg.form(h)) for _, h in found]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    if len(counts) < 2:
        return
    major = max(counts, key=lambda k: (counts[k], -keys.index(k)))
    usual = display(cg.form(found[keys.index(major)][1]))
    for (seg, h), k in zip(found, keys):
        if k == major:
            continue
        span = seg.text[h.start : h.end]
        yield (
            seg,
            h,
            _Issue(
                "HI803",
                h.start,
                h.end,
                f"शब्दावली असंगत: इस दस्तावेज़ में “{term.label}” के लिए {counts[major]} बार “{usual}” लिखा गया है, "
                f"यहाँ “{span}”; एक ही रूप रखें।{_note(term)}",
                usual,
                _evidence(term, usual=usual, usual_count=counts[major]),
            ),
        )


def _issues_for(segment: Segment, ctx: CheckContext) -> list[_Issue]:
    cg = ctx.glossary
    if cg is None:
        return []
    memo = ctx.cache.get("glossary")
    if memo is None or memo[0] is not cg:
        document = ctx.document if any(s is segment for s in ctx.document) else [segment]
        memo = ctx.cache["glossary"] = (cg, analyse_document(cg, document))
    if id(segment) not in memo[1] and segment.is_hindi and segment.text.strip():
        memo[1].update(analyse_document(cg, [segment]))
    return memo[1].get(id(segment), [])


def _findings(code: str, segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    for issue in _issues_for(segment, ctx):
        if issue.code == code:
            yield make_finding(
                code,
                segment.text,
                issue.start,
                issue.end,
                issue.message,
                suggestion=issue.suggestion,
                **issue.evidence,
            )


@register(
    code="HI801",
    name="glossary-term-missing",
    category=CATEGORY,
    severity="major",
    summary="A glossary term in the source without its required Hindi form in the MT",
    needs={"src", "glossary"},
)
def check_term_missing(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Glossary term missing (HI801).

    A term of the user's glossary (``--glossary``) occurs in the English source — on word
    boundaries, with its plural, -ed and -ing forms, case-insensitively unless the entry says
    otherwise (acronyms such as WHO are case-sensitive by default) — and none of its Hindi
    forms, in any inflection or spelling variant, is in the MT. The span is where the MT put
    its own rendering when that can be told (the English copied, a transliteration, a phrase
    sharing a word with the required form), else the whole segment (``evidence.unlocated``).
    The suggestion is the entry's first Hindi form; the entry's note is added to the message.
    A forbidden variant of the same entry is reported by HI802 instead.

    Example (glossary ``Health Ministry,स्वास्थ्य मंत्रालय``): src *The Health Ministry issued
    new guidelines.* — ✗ स्वास्थ्य विभाग ने नए दिशानिर्देश जारी किए। — ✓ स्वास्थ्य मंत्रालय ने …
    """
    if not segment.is_hindi:
        return ()
    return _findings("HI801", segment, ctx)


@register(
    code="HI802",
    name="glossary-forbidden-variant",
    category=CATEGORY,
    severity="major",
    summary="A rendering the glossary forbids (फंड where the house form is निधि), with or without src",
    needs={"glossary"},
)
def check_forbidden_variant(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Forbidden variant (HI802).

    A form listed in the glossary's ``forbidden`` column (TBX: a Hindi term with status
    deprecated or superseded) occurs in the MT, in any inflection or spelling variant. Needs
    no source. A forbidden form inside a longer allowed form of any entry is not reported
    (फंड inside हेज फंड when *hedge fund* is an entry). The suggestion is the entry's
    preferred form.

    Example (glossary ``fund,निधि|कोष,फंड``): ✗ यह फंड किसानों की मदद करेगा। — ✓ यह निधि
    किसानों की मदद करेगी।
    """
    return _findings("HI802", segment, ctx)


@register(
    code="HI803",
    name="glossary-inconsistent",
    category=CATEGORY,
    severity="minor",
    summary="One glossary term rendered by two of its allowed forms in one document",
    needs={"glossary"},
    scope="document",
)
def check_inconsistent(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Inconsistent rendering (HI803).

    An entry allows several forms (``युद्धविराम|संघर्ष विराम``) and one document uses more than
    one of them for the same source term: segments whose ``src`` has the term, or every
    segment when there is no source. The form used most often (ties: the first used) is the
    document's rendering; each other use is reported with it as the suggestion. Inflections
    and spelling variants of one form (जन स्वास्थ्य, जनस्वास्थ्य) count as the same rendering.

    Example (glossary ``ceasefire,युद्धविराम|संघर्ष विराम``): two segments with युद्धविराम and a
    third with ✗ रविवार को संघर्ष विराम का उल्लंघन हुआ। — ✓ रविवार को युद्धविराम का उल्लंघन हुआ।
    """
    return _findings("HI803", segment, ctx)
