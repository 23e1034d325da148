"""Agreement between several translations of one source in the same document (a risk feature).

When a document holds more than one MT output of the same English source (a system comparison,
an evaluation file such as IndicMT-Eval with up to six systems a sentence), the translations
vouch for each other: a translation far from every other system's rendering of the same sentence
is more often wrong — the "consensus" or MBR signal of quality estimation. ``mt_disagreement`` is
1 − chrF/100 of the MT against the closest other distinct translation of the same source (the
nearest neighbour: two systems that agree are evidence; one outlier among them is not).

The feature is absent (the risk model then reads its training mean, i.e. no evidence either way)
when the source has no other distinct translation in the document: a single system's output, a
source-less run, exact duplicate rows. Round 6 (docs/quality.md, Risk model): with source CV τ on
train +0.065 (10 of 10 folds) over the round-5 features.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sacrebleu.metrics.helpers import extract_all_char_ngrams

if TYPE_CHECKING:  # pragma: no cover
    from audit.core.model import SegmentResult

FEATURE = "mt_disagreement"
# At most this many other translations are compared with each one (a bound on the cost of a
# source repeated many times in one document: n × MAX_OTHERS chrF comparisons).
MAX_OTHERS = 8
CHAR_ORDER, BETA = 6, 2.0  # sacrebleu's chrF defaults (audit.scoring.metrics: ``CHRF()``)


def _matches(a: list[Counter[str]], b: list[Counter[str]]) -> list[int]:
    """Matched character n-grams of each order (symmetric: one count serves both directions)."""
    out = []
    for x, y in zip(a, b):
        small, large = (x, y) if len(x) <= len(y) else (y, x)
        out.append(sum(min(c, large[g]) for g, c in small.items() if g in large))
    return out


def chrf_from(n_hyp: Sequence[int], n_ref: Sequence[int], match: Sequence[int]) -> float:
    """Sentence chrF (0–100) from per-order n-gram totals and matches — sacrebleu's formula
    (``CHRF()``: β = 2, effective-order averaging), which its ``sentence_score`` recomputes from
    both texts for every pair; here each text is read once and each pair's matches counted once."""
    factor = BETA**2
    prec_sum = rec_sum = 0.0
    order = 0
    for h, r, m in zip(n_hyp, n_ref, match):
        if h and r:
            prec_sum += m / h
            rec_sum += m / r
            order += 1
    if not order or not prec_sum + rec_sum:
        return 0.0
    prec, rec = prec_sum / order, rec_sum / order
    return 100.0 * (1 + factor) * prec * rec / (factor * prec + rec)


def chrf(hyp: str, ref: str) -> float:
    """Sentence chrF of two texts (equal to sacrebleu's ``CHRF().sentence_score``; tested)."""
    a, b = extract_all_char_ngrams(hyp, CHAR_ORDER), extract_all_char_ngrams(ref, CHAR_ORDER)
    return chrf_from([c.total() for c in a], [c.total() for c in b], _matches(a, b))


def _key(text: str) -> str:
    return " ".join(text.split())


def disagreements(sources: Sequence[str], translations: Sequence[str]) -> list[float | None]:
    """``mt_disagreement`` of each (source, translation) pair among the others given: 1 − the
    best sentence chrF (:func:`chrf`, this translation as hypothesis) against another distinct
    translation of the same source (whitespace-normalised); ``None`` where there is none."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for src, mt in zip(sources, translations):
        if src.strip() and mt.strip():
            group = by_source[_key(src)]
            if _key(mt) not in group:
                group.append(_key(mt))
    grams: dict[str, tuple[list[Counter[str]], list[int]]] = {}
    matched: dict[tuple[str, str], list[int]] = {}

    def ngrams(text: str) -> tuple[list[Counter[str]], list[int]]:
        if text not in grams:
            counts = extract_all_char_ngrams(text, CHAR_ORDER)
            grams[text] = counts, [c.total() for c in counts]
        return grams[text]

    def similarity(hyp: str, ref: str) -> float:
        pair = (hyp, ref) if hyp <= ref else (ref, hyp)
        if pair not in matched:
            matched[pair] = _matches(ngrams(hyp)[0], ngrams(ref)[0])
        return chrf_from(ngrams(hyp)[1], ngrams(ref)[1], matched[pair])

    scores: dict[tuple[str, str], float | None] = {}
    out: list[float | None] = []
    for src, mt in zip(sources, translations):
        key = (_key(src), _key(mt))
        if key not in scores:
            others = [o for o in by_source.get(key[0], []) if o != key[1]][:MAX_OTHERS]
            best = max((similarity(key[1], o) for o in others), default=None)
            scores[key] = None if best is None or not key[1] else round(1.0 - best / 100.0, 6)
        out.append(scores[key])
    return out


def add_disagreement(results: Sequence[SegmentResult]) -> None:
    """Set ``scores["mt_disagreement"]`` on the results (with a source) that have a sibling."""
    with_src = [r for r in results if r.segment.src and r.segment.text]
    values = disagreements([r.segment.src or "" for r in with_src], [r.segment.text for r in with_src])
    for r, value in zip(with_src, values):
        if value is not None:
            r.scores[FEATURE] = value
