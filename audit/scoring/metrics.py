"""Reference metrics (sacrebleu) with their signatures.

* :func:`segment_ref_scores` / :func:`corpus_ref_scores` (both: :func:`ref_metrics`) — chrF, chrF++,
  BLEU (``tokenize="intl"``) and TER, per segment and per corpus, with the sacrebleu signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

REF_METRICS = ("chrf", "chrf++", "bleu", "ter")


def _metrics() -> dict[str, Any]:
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {
        "chrf": CHRF(),
        "chrf++": CHRF(word_order=2),
        "bleu": BLEU(tokenize="intl", effective_order=True),
        "ter": TER(),
    }


def segment_ref_scores(hyps: Sequence[str], refs: Sequence[str]) -> list[dict[str, float]]:
    """chrF, chrF++, BLEU (intl, effective order) and TER of each segment against its reference."""
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    metrics = _metrics()
    return [
        {name: float(m.sentence_score(h or "", [r or ""]).score) for name, m in metrics.items()}
        for h, r in zip(hyps, refs)
    ]


def corpus_ref_scores(hyps: Sequence[str], refs: Sequence[str]) -> tuple[dict[str, float], dict[str, str]]:
    """Corpus-level chrF, chrF++, BLEU (intl) and TER, and each metric's sacrebleu signature."""
    from sacrebleu.metrics import BLEU

    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    hyps = [h or "" for h in hyps]
    refs = [r or "" for r in refs]
    metrics = _metrics()
    metrics["bleu"] = BLEU(tokenize="intl")  # standard corpus BLEU, no effective order
    corpus: dict[str, float] = {}
    signatures: dict[str, str] = {}
    for name, m in metrics.items():
        corpus[name] = float(m.corpus_score(hyps, [refs]).score) if hyps else 0.0
        signatures[name] = str(m.get_signature())
    return corpus, signatures


def ref_metrics(
    hyps: Sequence[str], refs: Sequence[str]
) -> tuple[list[dict[str, float]], dict[str, float], dict[str, str]]:
    """``(per_segment, corpus, signatures)``: :func:`segment_ref_scores` and :func:`corpus_ref_scores`."""
    corpus, signatures = corpus_ref_scores(hyps, refs)
    return segment_ref_scores(hyps, refs), corpus, signatures
