"""Reference metrics (sacrebleu) with their signatures: the one place metrics are configured.

* :func:`metric` — the registry: ``chrf``, ``chrf++``, ``bleu`` (``tokenize="intl"``; effective
  order at sentence level only, standard corpus BLEU otherwise), ``ter``. Reference scores, the
  round trip, ``audit regress`` and the benchmarks all build their metrics here, so the
  signatures they print agree.
* :func:`segment_ref_scores` / :func:`corpus_ref_scores` (both: :func:`ref_metrics`) — chrF, chrF++,
  BLEU (``tokenize="intl"``) and TER, per segment and per corpus, with the sacrebleu signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

REF_METRICS = ("chrf", "chrf++", "bleu", "ter")


def metric(name: str, level: str = "sentence") -> Any:
    """A configured sacrebleu metric by name (:data:`REF_METRICS`); ``level`` sentence or corpus."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    if level not in ("sentence", "corpus"):
        raise ValueError(f"level must be sentence or corpus, not {level!r}")
    if name == "chrf":
        return CHRF()
    if name == "chrf++":
        return CHRF(word_order=2)
    if name == "bleu":
        return BLEU(tokenize="intl", effective_order=level == "sentence")
    if name == "ter":
        return TER()
    raise ValueError(f"unknown metric {name!r}; choose from {', '.join(REF_METRICS)}")


def _metrics(level: str = "sentence") -> dict[str, Any]:
    return {name: metric(name, level) for name in REF_METRICS}


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
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    hyps = [h or "" for h in hyps]
    refs = [r or "" for r in refs]
    metrics = _metrics("corpus")  # standard corpus BLEU, no effective order
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
