"""Reference metrics (sacrebleu) with their signatures: the one place metrics are configured.

* :func:`metric` — the registry: ``chrf``, ``chrf++``, ``bleu`` (``tokenize="intl"``; effective
  order at sentence level only, standard corpus BLEU otherwise), ``ter``. Reference scores, the
  round trip, ``audit regress`` and the benchmarks all build their metrics here, so the
  signatures they print agree.
* :func:`segment_ref_scores` / :func:`corpus_ref_scores` (both: :func:`ref_metrics`) — the
  reference metrics asked for (:data:`DEFAULT_REF_METRICS`: chrF, chrF++ and BLEU; TER only when
  asked, ``audit check --metrics chrf,chrf++,bleu,ter``), per segment and per corpus, with the
  sacrebleu signatures. sacrebleu's TER (shift search in pure Python) costs ~8.7 CPU s per 1,000
  segments at both levels against ~1.5 s for the other three together (docs/performance.md,
  round 15): as sacrebleu's own CLI does, a metric is computed only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

REF_METRICS = ("chrf", "chrf++", "bleu", "ter")
#: the reference metrics of a run that names none (TER is opt-in: see the module's text)
DEFAULT_REF_METRICS = ("chrf", "chrf++", "bleu")


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


def ref_metric_names(names: str | Iterable[str] | None) -> tuple[str, ...]:
    """The reference metrics to compute, in :data:`REF_METRICS` order: ``names`` as a comma list
    (``"chrf,ter"``) or a sequence; ``None`` or empty: :data:`DEFAULT_REF_METRICS`. ValueError
    for an unknown name."""
    if names is None:
        return DEFAULT_REF_METRICS
    wanted = [n.strip().lower() for n in (names.split(",") if isinstance(names, str) else names)]
    wanted = [n for n in wanted if n]
    unknown = [n for n in wanted if n not in REF_METRICS]
    if unknown:
        raise ValueError(f"unknown metric {unknown[0]!r}; choose from {', '.join(REF_METRICS)}")
    return tuple(n for n in REF_METRICS if n in wanted) or DEFAULT_REF_METRICS


def _metrics(level: str, names: Sequence[str]) -> dict[str, Any]:
    return {name: metric(name, level) for name in names}


def segment_ref_scores(
    hyps: Sequence[str], refs: Sequence[str], names: Sequence[str] = DEFAULT_REF_METRICS
) -> list[dict[str, float]]:
    """The metrics ``names`` (chrF, chrF++, BLEU — intl, effective order —, TER) of each segment
    against its reference."""
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    metrics = _metrics("sentence", names)
    return [
        {name: float(m.sentence_score(h or "", [r or ""]).score) for name, m in metrics.items()}
        for h, r in zip(hyps, refs)
    ]


def corpus_ref_scores(
    hyps: Sequence[str], refs: Sequence[str], names: Sequence[str] = DEFAULT_REF_METRICS
) -> tuple[dict[str, float], dict[str, str]]:
    """Corpus-level scores of the metrics ``names`` (BLEU intl) and each one's sacrebleu signature."""
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    hyps = [h or "" for h in hyps]
    refs = [r or "" for r in refs]
    metrics = _metrics("corpus", names)  # standard corpus BLEU, no effective order
    corpus: dict[str, float] = {}
    signatures: dict[str, str] = {}
    for name, m in metrics.items():
        corpus[name] = float(m.corpus_score(hyps, [refs]).score) if hyps else 0.0
        signatures[name] = str(m.get_signature())
    return corpus, signatures


def ref_metrics(
    hyps: Sequence[str], refs: Sequence[str], names: Sequence[str] = DEFAULT_REF_METRICS
) -> tuple[list[dict[str, float]], dict[str, float], dict[str, str]]:
    """``(per_segment, corpus, signatures)``: :func:`segment_ref_scores` and :func:`corpus_ref_scores`."""
    corpus, signatures = corpus_ref_scores(hyps, refs, names)
    return segment_ref_scores(hyps, refs, names), corpus, signatures
