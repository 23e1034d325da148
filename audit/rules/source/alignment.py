"""Dictionary + transliteration alignment of source and MT content words: the coverage features of
the risk model (:func:`evidence_features`) and the opt-in omission candidates of HI515."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import content_words, stem_key
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import dictionary
from audit.rules.source.idioms import idiom_findings
from audit.rules.source.name_translation import name_translations
from audit.rules.source.names import (
    devanagari_key,
    keys_match,
    phonetic_key,
)
from audit.rules.source.senses import sense_findings
from audit.rules.translit_common import source_transliterations

FEATURE_NAMES = (
    "src_coverage",
    "mt_coverage",
    "uncovered_src",
    "idiom_literal",
    "sense_wrong",
    "name_translated",
    "translit_src",
)


@dataclass(frozen=True)
class Coverage:
    src_words: int  # content words of the source the dictionary knows
    src_covered: int  # ... of which a translation or transcription is in the MT
    mt_words: int  # content words of the MT
    mt_covered: int  # ... explained by some source word
    uncovered: tuple[str, ...]  # source words without a counterpart
    runs: tuple[tuple[int, int], ...]  # source spans of 3+ consecutive uncovered content words


#: one content word of the source: (start, end, word, covered) — covered is None when the
#: dictionary does not know the word and it is no name
WordStatus = tuple[int, int, str, bool | None]


def source_word_status(src: str, mt: str) -> tuple[WordStatus, ...]:
    """Whether each content word of ``src`` has a counterpart in ``mt`` (a dictionary translation in
    any inflection, or a transcription); () without the dictionary."""
    aligned = _align(src, mt)
    return aligned[0] if aligned else ()


@lru_cache(maxsize=8192)
def _align(src: str, mt: str) -> tuple[tuple[WordStatus, ...], frozenset[int], int] | None:
    """The source words' status (:func:`source_word_status`), the MT content words some source
    word explains, and how many content words the MT has."""
    d = dictionary()
    if d is None or not src.strip():
        return None
    mt_words = content_words(mt)
    keys = [stem_key(w) for _, _, w in mt_words]
    pkeys = [devanagari_key(w) for _, _, w in mt_words]
    covered_mt: set[int] = set()
    status: list[WordStatus] = []
    at: dict[str, list[int]] = {}
    for j, k in enumerate(keys):
        at.setdefault(k, []).append(j)
    for s, e, t in E.tokens(src):
        if not E.is_content(t):
            continue
        pos: set[int] = set()
        for lemma in E.lemmas(t):
            for gloss in d.keys(lemma):
                pos.update(at.get(gloss[0], ()))
        pk = phonetic_key(t)
        if len(pk) >= 2 and not pos:
            pos |= {j for j, k in enumerate(pkeys) if keys_match(pk, k)}
        known = any(d.keys(lemma) for lemma in E.lemmas(t)) or t[:1].isupper()
        covered_mt |= pos
        status.append((s, e, t, bool(pos) if known else None))
    # Latin words and digits in the MT are copied, not translated: neither covered nor counted
    return tuple(status), frozenset(covered_mt), len(mt_words)


@lru_cache(maxsize=8192)
def coverage(src: str, mt: str) -> Coverage | None:
    """Dictionary + transcription alignment of the content words of ``src`` and ``mt``."""
    aligned = _align(src, mt)
    if aligned is None:
        return None
    status, covered_mt, mt_total = aligned
    known_src = [x for x in status if x[3] is not None]
    runs: list[tuple[int, int]] = []
    streak: list[WordStatus] = []
    for x in (*status, (0, 0, "", True)):
        if x[3] is False:
            streak.append(x)
            continue
        if x[3] is True or x[2] == "":
            if len(streak) >= 3:
                runs.append((streak[0][0], streak[-1][1]))
            streak = []
    return Coverage(
        src_words=len(known_src),
        src_covered=sum(1 for x in known_src if x[3]),
        mt_words=mt_total,
        mt_covered=len(covered_mt),
        uncovered=tuple(x[2] for x in known_src if not x[3]),
        runs=tuple(runs),
    )


def evidence_features(src: str, mt: str) -> dict[str, float]:
    """Risk-model features from this module (neutral values when there is no source/dictionary)."""
    feats = {k: 0.0 for k in FEATURE_NAMES}
    feats["src_coverage"] = feats["mt_coverage"] = 1.0
    if not src.strip():
        return feats
    cov = coverage(src, mt)
    if cov is not None:
        feats["src_coverage"] = cov.src_covered / cov.src_words if cov.src_words else 1.0
        feats["mt_coverage"] = cov.mt_covered / cov.mt_words if cov.mt_words else 1.0
        feats["uncovered_src"] = math.log1p(cov.src_words - cov.src_covered)
    feats["idiom_literal"] = float(len(idiom_findings(src, mt)))
    feats["sense_wrong"] = float(len(sense_findings(src, mt)))
    feats["name_translated"] = float(len(name_translations(src, mt)))
    feats["translit_src"] = float(source_transliterations(src, mt))
    return feats


@register(
    code="HI515",
    name="source-uncovered",
    category="omission",
    severity="minor",
    summary="Three or more consecutive content words of the source have no counterpart in the MT",
    needs_source=True,
    needs={"dictionary"},
    default=False,
    examples=[
        ("समिति ने बजट को मंज़ूरी दी।", "समिति ने स्कूलों, अस्पतालों और सड़कों के बजट को मंज़ूरी दी।"),
    ],
)
def check_uncovered(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Omission candidates from a dictionary + transliteration alignment (opt-in).

    Every content word of the source is looked up in the dictionary; it is covered when one of
    its translations (any inflection) or a transcription of it is in the MT. A run of three or
    more consecutive uncovered source words that the dictionary knows is reported on the whole
    segment with the English words. Opt-in: the dictionary is incomplete, so single uncovered
    words are common in good translations; the coverage ratios feed the risk model instead.
    """
    cov = coverage(segment.src or "", segment.text)
    if cov is None or not cov.runs:
        return
    src = segment.src or ""
    text = segment.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip(" \t\n।॥.!?|\"'”’"))
    for s, e in cov.runs:
        yield make_finding(
            "HI515",
            text,
            start,
            max(end, start + 1),
            f"स्रोत के इन शब्दों का अनुवाद में कोई समकक्ष नहीं मिला: “{src[s:e]}”।",
            english=src[s:e],
        )
