"""HI506/HI507 (length ratio) and HI510/HI511 (clause-level e5 similarity): omissions and additions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.core.model import Finding, Segment
from audit.lang.embeddings import cosine_rows, get_embedder
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import whole_span

if TYPE_CHECKING:  # pragma: no cover
    from audit.lang.embeddings import Embedder


# The defaults of the rules' settings (HI506 min_ratio, HI507 max_ratio, HI510/HI511 min_gain;
# [tool.audit.rules.CODE] overrides them).
# Median (non-space chars of human Hindi) / (non-space chars of English) on IndicMT refs.
TYPICAL_LEN_RATIO = 0.96
# Below/above these length ratios a whole clause has almost surely been dropped/added
# (about the 0.5th / 99.5th percentile on human translations).
LOW_LEN_RATIO = 0.5
HIGH_LEN_RATIO = 1.7
# A length's spread grows with the square root of the length: a short source (*Burna Boy thanked
# his fans*) reaches HIGH_LEN_RATIO with a few Hindi postpositions and a light verb. An addition
# also needs MT characters beyond the typical TYPICAL_LEN_RATIO share this many square roots of the
# source's characters (about the 99th percentile of the 1,100 IndicMT human translations).
ADDITION_MIN_EXCESS_Z = 5.0
# Similarity gain (e5 cosine) from dropping one clause above which it is an omission/addition.
OMISSION_GAIN = 0.005
ADDITION_GAIN = 0.012
MIN_CLAUSE_WORDS = 4


# ------------------------------------------------------------------ omissions / additions (HI506/7)

_EN_CLAUSE_SPLIT = re.compile(
    r"\s*[,;:—–]\s*|\s+(?=(?:and|but|while|whereas|which|who|because|although|though|after|before|"
    r"when|where|as well as|so that)\s)"
)
_HI_CLAUSE_SPLIT = re.compile(
    r"\s*[,;:—–।|]\s*|\s+(?=(?:और|लेकिन|परंतु|परन्तु|किंतु|जबकि|क्योंकि|जब|जहां|जहाँ|जो|ताकि|तथा)\s)"
)


def _clauses(text: str, splitter: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in splitter.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _n_words(text: str) -> int:
    return len(text.split())


def clause_variants(src: str, mt: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[str]]:
    """Source clauses, MT clauses (spans of at least MIN_CLAUSE_WORDS words, only when there are
    two or more) and the texts to embed: src, mt, src minus each clause, mt minus each clause."""
    sc = _clauses(src, _EN_CLAUSE_SPLIT)
    mc = _clauses(mt, _HI_CLAUSE_SPLIT)
    sc = [c for c in sc if _n_words(src[c[0] : c[1]]) >= MIN_CLAUSE_WORDS] if len(sc) > 1 else []
    mc = [c for c in mc if _n_words(mt[c[0] : c[1]]) >= MIN_CLAUSE_WORDS] if len(mc) > 1 else []
    texts = [src, mt]
    texts += [(src[:s] + " " + src[e:]).strip() for s, e in sc]
    texts += [(mt[:s] + " " + mt[e:]).strip() for s, e in mc]
    return sc, mc, texts


@dataclass
class ClauseGains:
    base: float  # cos(src, mt)
    omissions: list[tuple[str, float]]  # (source clause, cos(src - clause, mt) - base)
    additions: list[tuple[tuple[int, int], float]]  # (MT clause span, cos(src, mt - clause) - base)


def clause_gains(src: str, mt: str, embedder: Embedder | None = None) -> ClauseGains:
    """How much the e5 similarity of source and MT rises when one clause is dropped from either.

    A clear rise for a source clause means the MT lacks it (omission); for an MT clause, that the
    source lacks it (addition).
    """
    sc, mc, texts = clause_variants(src, mt)
    emb = embedder or get_embedder()
    if not sc and not mc:
        v = emb.embed(texts[:2])
        return ClauseGains(float(cosine_rows(v[:1], v[1:2])[0]), [], [])
    v = emb.embed(texts)
    base = float(cosine_rows(v[:1], v[1:2])[0])
    omissions = []
    for k, (s, e) in enumerate(sc):
        cos = float(cosine_rows(v[2 + k : 3 + k], v[1:2])[0])
        omissions.append((src[s:e], cos - base))
    additions = []
    off = 2 + len(sc)
    for k, span in enumerate(mc):
        cos = float(cosine_rows(v[0:1], v[off + k : off + k + 1])[0])
        additions.append((span, cos - base))
    return ClauseGains(base, omissions, additions)


def excess_z(src: str, mt: str) -> float:
    """MT characters beyond the typical share of the source's (non-space), per square root of the
    source's: how unusual the MT's length is for a source of that length."""
    s = len(re.sub(r"\s", "", src))
    m = len(re.sub(r"\s", "", mt))
    return (m - TYPICAL_LEN_RATIO * s) / s**0.5 if s else 0.0


def length_ratio(src: str, mt: str) -> float:
    """Non-space characters of the MT per non-space character of the source."""
    s = len(re.sub(r"\s", "", src))
    m = len(re.sub(r"\s", "", mt))
    return m / s if s else 0.0


def prefetch(segments: Iterable[Segment], embedder: Embedder | None = None) -> int:
    """Embed, in one batch, every text the HI506/HI507 checks will need (fills the cache).

    Call before running checks on many segments; returns the number of texts embedded.
    """
    texts: list[str] = []
    for seg in segments:
        if seg.src and seg.text:
            texts += clause_variants(seg.src, seg.text)[2]
    if texts:
        (embedder or get_embedder()).embed(texts)
    return len(texts)


_BRACKETED_RE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def _without_glosses(src: str, mt: str) -> str:
    """The MT without bracketed text when the source has no brackets: a translator's gloss
    (जस्टिस ऑफ द पीस (स्थानीय न्यायिक अधिकारी)) explains a term, it adds nothing to the content."""
    return mt if re.search(r"[(\[]", src) else _BRACKETED_RE.sub("", mt)


def _length_ratio_finding(code: str, segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """HI506 (MT far shorter than the source warrants) or HI507 (far longer), on the whole MT."""
    src, mt = segment.src or "", segment.text
    if not mt.strip():
        return
    text = _without_glosses(src, mt) if code == "HI507" else mt
    ratio = length_ratio(src, text)
    cfg = ctx.config(code)
    if code == "HI506" and ratio < cfg["min_ratio"] and len(src.split()) >= 6:
        message = f"अनुवाद स्रोत की तुलना में बहुत छोटा है (लंबाई-अनुपात {ratio:.2f}); स्रोत का कुछ भाग छूटा लगता है।"
    elif (
        code == "HI507"
        and ratio > cfg["max_ratio"]
        and len(src.split()) >= 3
        and excess_z(src, text) >= cfg["min_excess_z"]
    ):
        message = f"अनुवाद स्रोत की तुलना में बहुत लंबा है (लंबाई-अनुपात {ratio:.2f}); कुछ जोड़ा गया लगता है।"
    else:
        return
    start, end = whole_span(mt)
    yield make_finding(code, mt, start, end, message, length_ratio=round(ratio, 3))


@register(
    code="HI506",
    name="omission",
    category="omission",
    severity="major",
    summary="The MT is far shorter than a translation of the source would be: part of it is missing",
    needs_source=True,
    examples=[
        (
            "समिति ने बजट पास किया।",
            "समिति ने शुक्रवार को लंबी बहस के बाद स्कूलों, अस्पतालों और सड़कों के लिए नया बजट पास किया।",
        ),
    ],
    config={"min_ratio": LOW_LEN_RATIO},
)
def check_omission(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Part of the source left out of the MT, by length.

    The MT is far shorter than a Hindi translation of the source would be: the length ratio is
    below {min_ratio} (non-space characters of the MT per character of the source; about the
    lowest ratio of 1,100 human translations). The clause-level embedding test,
    which also catches subtler omissions, is HI510 (opt-in: it embeds every clause variant and
    is the slowest check).
    """
    yield from _length_ratio_finding("HI506", segment, ctx)


@register(
    code="HI510",
    name="clause-omission",
    category="omission",
    severity="major",
    summary="Dropping one source clause makes the source clearly closer to the MT: the MT lacks it",
    needs_source=True,
    default=False,
    examples=[
        (
            "पुल को सोमवार को मरम्मत के लिए बंद कर दिया गया और उसके बाद पुल पर काम जल्दी पूरा हुआ।",
            "पुल को सोमवार को मरम्मत के लिए बंद कर दिया गया, और यातायात को तीन दिनों तक पुराने शहर से होकर मोड़ा गया।",
        ),
    ],
    needs={"embeddings"},
    config={"min_gain": OMISSION_GAIN},
)
def check_clause_omission(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A source clause with no counterpart in the MT, by clause-level e5 similarity (opt-in).

    Dropping one clause of the source *raises* its e5 similarity with the MT by a clear margin
    (a cosine gain ≥ {min_gain}): the MT does not say what that clause says. The segment is flagged with the missing English
    clause. Opt-in (``--select HI510``): it embeds every clause variant of every segment, about
    six embeddings a segment, which makes a source-aware run several times slower.
    """
    src, mt = segment.src or "", segment.text
    if not mt.strip() or any(_length_ratio_finding("HI506", segment, ctx)):
        return
    gains = clause_gains(src, mt)
    worst = max(gains.omissions, key=lambda cg: cg[1], default=None)
    if worst is not None and worst[1] >= ctx.config("HI510")["min_gain"]:
        start, end = whole_span(mt)
        yield make_finding(
            "HI510",
            mt,
            start,
            end,
            f"स्रोत का यह अंश अनुवाद में नहीं लगता: “{worst[0].strip()}”।",
            clause=worst[0].strip(),
            gain=round(worst[1], 4),
            similarity=round(gains.base, 4),
        )


@register(
    code="HI507",
    name="addition",
    category="addition",
    severity="major",
    summary="The MT is far longer than a translation of the source would be: something was added",
    needs_source=True,
    examples=[
        (
            "बारिश के बाद किसानों ने फसल बेच दी, और फिर उन्होंने फसल बेच दी, और फिर उन्होंने बाज़ार में फसल बेच दी, "
            "जबकि सरकार ने नई योजना की घोषणा की और मंत्री ने कहा कि सब ठीक है।",
            "बारिश के बाद किसानों ने फसल बेच दी।",
        ),
    ],
    config={"max_ratio": HIGH_LEN_RATIO, "min_excess_z": ADDITION_MIN_EXCESS_Z},
)
def check_addition(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Text in the MT that the source does not contain (hallucination, a repeated sentence), by
    length: the MT has more than {max_ratio} non-space characters per character of the source (a
    typical Hindi translation has about as many; this is about the highest ratio of human
    translations), and its characters beyond the typical share number at least {min_excess_z}
    square roots of the source's (a length's spread grows with its square root: a short source
    such as *Burna Boy thanked his fans* reaches the ratio with a few postpositions and a light
    verb; about the 99th percentile of human translations). The clause-level embedding test is
    HI511 (opt-in).
    """
    yield from _length_ratio_finding("HI507", segment, ctx)


@register(
    code="HI511",
    name="clause-addition",
    category="addition",
    severity="major",
    summary="Dropping one MT clause makes the MT clearly closer to the source: the clause was added",
    needs_source=True,
    default=False,
    examples=[
        (
            "सोमवार की भारी बारिश के बाद जिले के किसानों ने अपनी पूरी गेहूं की फसल स्थानीय बाज़ार में बेच दी, "
            "जबकि प्रधानमंत्री ने आज नई दिल्ली में एक नए हवाई अड्डे का उद्घाटन किया।",
            "सोमवार की भारी बारिश के बाद जिले के किसानों ने अपनी पूरी गेहूं की फसल स्थानीय बाज़ार में बेच दी।",
        ),
    ],
    needs={"embeddings"},
    config={"min_gain": ADDITION_GAIN},
)
def check_clause_addition(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """An MT clause whose removal clearly raises the e5 similarity of MT and source (a cosine gain
    ≥ {min_gain}; opt-in, ``--select HI511``; the span is the added clause). Slow for the same reason as HI510.
    """
    src, mt = segment.src or "", segment.text
    if not mt.strip() or any(_length_ratio_finding("HI507", segment, ctx)):
        return
    gains = clause_gains(src, mt)
    worst = max(gains.additions, key=lambda cg: cg[1], default=None)
    if worst is not None and worst[1] >= ctx.config("HI511")["min_gain"]:
        (s, e), gain = worst
        yield make_finding(
            "HI511",
            mt,
            s,
            e,
            "यह अंश स्रोत में नहीं लगता — अनुवाद में जोड़ा गया है।",
            gain=round(gain, 4),
            similarity=round(gains.base, 4),
        )
