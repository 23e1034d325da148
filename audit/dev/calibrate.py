"""Fit the risk model on IndicMT-Eval (train) and pick the flag threshold (val).

Three stages, all plain numpy and fitted on train only: the features are chosen by grouped
cross-validation (:mod:`audit.dev.risk_selection`: finding features and the core text features
always, the others by forward selection, every weight keeping the sign of its feature's own
correlation; the with-source model nested on the MT-side choice); a ridge regression (penalty chosen
on the same folds) of
the human MQM penalty (1 − mqm_norm) on the standardised chosen features gives the ranking; Platt
scaling of that score on "has a High / Very High error" turns it into a probability. The threshold maximises F1 for severe
segments on val (the lowest cut within ``F1_TOLERANCE`` of the best, so a refit does not swing it). The result is written to ``audit/data/risk_weights.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from audit.core.io import Columns, read_jsonl_records, read_table
from audit.core.model import SegmentResult
from audit.dev.risk_selection import (
    ALWAYS_PREFIXES,
    CORE_FEATURES,
    cv_fold_taus,
    cv_single_taus,
    forward_select,
    sign_constrained_ridge,
    tau_b,
)
from audit.pipeline.auditor import Auditor
from audit.scoring.metrics import metric
from audit.scoring.risk import FEATURES, RiskModel

SEVERE = ("High", "Very High")
F1_TOLERANCE = 0.01  # F1 points: cuts this close to the best F1 on val count as tied (the lowest wins)
# IndicMT-Eval's annotation tool glued words around the spans it marked ("महानतरीका"): in its
# MT texts a glued word mostly means "an annotator marked an error here", a leak that HI402
# would turn into risk weight. The model is fitted without HI402 so it learns no artifact;
# at run time HI402 findings still count through the generic finding features.
CALIBRATION_IGNORE = ("HI402",)


def _labels(path: Path) -> tuple[list[float], list[bool]]:
    penalties, severe = [], []
    for _, row in read_jsonl_records(path):
        penalties.append(1.0 - float(row["mqm_norm_score"]))
        severe.append(any(c.get("span_severity") in SEVERE for c in row.get("completion", [])))
    return penalties, severe


def audit_split(path: Path, with_source: bool) -> list[SegmentResult]:
    columns = Columns(mt="translation", src="src" if with_source else "\0none", ref="\0none")
    segments = read_table(path, columns)
    for seg in segments:  # calibration data is Hindi MT by construction; keep every row
        seg.lang = "hi"
    auditor = Auditor(ignore=CALIBRATION_IGNORE)
    return list(auditor.iter_check(segments))


def audit_references(paths: Sequence[Path], with_source: bool) -> list[SegmentResult]:
    """The distinct human references of the calibration files, audited as clean controls.

    With the source, only pairs whose MT resembles the reference (chrF ≥ 20) are kept: about
    one IndicMT row in twelve pairs a source with a reference of a different sentence.
    """

    chrf = metric("chrf")
    refs: dict[str, str | None] = {}
    for path in paths:
        for _, row in read_jsonl_records(path):
            if not row.get("ref"):
                continue
            if not with_source:
                refs.setdefault(row["ref"], None)
            elif chrf.sentence_score(row["translation"], [row["ref"]]).score >= 20:
                refs[row["ref"]] = row["src"]
    texts = sorted(refs)
    return Auditor(ignore=CALIBRATION_IGNORE).check(
        texts, sources=[refs[t] for t in texts] if with_source else None
    )


def feature_names(results: Sequence[SegmentResult], with_source: bool) -> list[str]:
    names = list(FEATURES)
    keys: dict[str, int] = {}  # upstream scores: the source features; mt_disagreement in both modes
    for r in results:
        for k in r.scores:
            keys[k] = keys.get(k, 0) + 1
    names += sorted(k for k, n in keys.items() if n >= len(results) // 2)
    return names


def matrix(
    results: Sequence[SegmentResult], names: Sequence[str], fill: np.ndarray | None = None
) -> np.ndarray:
    """Feature values, one row per result. A score absent from a result (``mt_disagreement``
    where the source has no other translation) takes the mean of the rows that have it — or
    ``fill`` (the training means) — as the fitted model reads its stored mean for it at run time.
    """
    probe = RiskModel(weights=dict.fromkeys(names, 0.0), bias=0.0)
    x = np.array(
        [
            [probe.features(r)[n] if n in FEATURES or n in r.scores else np.nan for n in names]
            for r in results
        ],
        dtype=float,
    ).reshape(len(results), len(names))
    means = fill if fill is not None else np.nanmean(np.where(np.isnan(x).all(axis=0), 0.0, x), axis=0)
    return np.where(np.isnan(x), means, x)


def _prior_for_unseen_families(
    w: np.ndarray, names: Sequence[str], scales: np.ndarray, x: np.ndarray
) -> np.ndarray:
    """Rule families that never fire in the training data (names, source, round trip on
    IndicMT) get the mean per-finding effect of the families that do, instead of zero: a
    finding is evidence even where the dev data cannot say how much.
    """
    fam = [i for i, n in enumerate(names) if n.startswith("family_")]
    seen = [i for i in fam if x[:, i].std() > 0 and w[i] > 0]
    if not seen:
        return w
    effect = float(np.mean([w[i] / scales[i] for i in seen]))  # logit units per firing family
    out = w.copy()
    for i in fam:
        if x[:, i].std() == 0:
            out[i] = effect * scales[i]  # scale is 1 for a constant column
    return out


def lowest_near_best(curve: list[tuple[float, float]], tol: float = F1_TOLERANCE) -> tuple[float, float]:
    """(cut, F1) with the lowest cut whose F1 is within ``tol`` of the curve's best."""
    top = max(f1 for _, f1 in curve)
    return min((cut, f1) for cut, f1 in curve if f1 >= top - tol)


SEVERITY_ORDER = ("findings_minor", "findings_major", "findings_critical")


def _prior_for_unseen_severities(
    w: np.ndarray, names: Sequence[str], scales: np.ndarray, x: np.ndarray
) -> np.ndarray:
    """A severity that never occurs in the training data (IndicMT has no critical finding: the
    whole-segment checks HI508/HI509 never fire on it) weighs at least as much per finding as the
    next lower one, instead of nothing: a critical finding must never count less than a major.
    """
    out = w.copy()
    for lower, higher in zip(SEVERITY_ORDER, SEVERITY_ORDER[1:]):
        if lower in names and higher in names:
            lo, hi = names.index(lower), names.index(higher)
            per_lower = out[lo] / scales[lo]
            if x[:, hi].std() == 0 and out[hi] / scales[hi] < per_lower:
                out[hi] = per_lower * scales[hi]  # scale is 1 for a constant column
    return out


def _platt(score: np.ndarray, label: np.ndarray, iters: int = 2000) -> tuple[float, float]:
    a, b = 1.0, 0.0
    lr = 0.5
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(a * score + b)))
        ga = float(np.mean((p - label) * score))
        gb = float(np.mean(p - label))
        a -= lr * ga
        b -= lr * gb
    return a, b


def _tau(x: Sequence[float], y: Sequence[float]) -> float:
    return tau_b(x, y)


def _auroc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    pos = np.array([s for s, lab in zip(scores, labels) if lab])
    neg = np.array([s for s, lab in zip(scores, labels) if not lab])
    if not len(pos) or not len(neg):
        return None
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def _groups(path: Path) -> list[str]:
    """The English source of each row: the folds of the feature selection keep them together."""
    rows = [row for _, row in read_jsonl_records(path)]
    return [str(r.get("src") or i) for i, r in enumerate(rows)]


def fit(
    train: Path, val: Path, with_source: bool = False, alpha: float = 10.0
) -> tuple[RiskModel, dict[str, Any]]:
    tr_results = audit_split(train, with_source)
    va_results = audit_split(val, with_source)
    candidates = feature_names(tr_results, with_source)
    x_all = matrix(tr_results, candidates)
    pen_tr, sev_tr = _labels(train)
    pen_va, sev_va = _labels(val)
    groups = _groups(train)
    pen = np.array(pen_tr)
    # Feature choice by grouped cross-validation on train only; val is for the report.
    forced = [n for n in CORE_FEATURES if n in candidates]
    if with_source:
        # Nested: the MT-side features that the Hindi-only selection takes (on these rows) stay in,
        # and the source features are chosen on top of them — the source adds evidence, it never
        # makes the model blind to what the MT text itself shows.
        text = [i for i, n in enumerate(candidates) if n in FEATURES]
        mt_side = forward_select(x_all[:, text], pen, groups, [candidates[i] for i in text], alpha, forced)
        forced = [n for n in mt_side.names if not n.startswith(ALWAYS_PREFIXES)]
    selection = forward_select(x_all, pen, groups, candidates, alpha, forced=forced)
    names = selection.names
    x_va_all = matrix(va_results, candidates, fill=x_all.mean(axis=0))
    varying = [i for i in range(len(candidates)) if x_all[:, i].std() > 0]
    single_folds = {candidates[i]: cv_single_taus(x_all[:, i], pen, groups) for i in varying}
    single = {
        candidates[i]: {
            "cv_train": round(float(np.mean(single_folds[candidates[i]])), 4),
            "val": round(_tau(list(-x_va_all[:, i]), [1 - p for p in pen_va]), 4),
        }
        for i in varying
    }
    # The model against the best single signal of each held-out fold (chosen after the fact).
    cols = [candidates.index(n) for n in names]
    alpha = selection.alpha  # chosen on the same folds (risk_selection.ALPHAS)
    model_folds = cv_fold_taus(x_all[:, cols], pen, groups, names, alpha)
    best_single = [max(t[k] for t in single_folds.values()) for k in range(len(model_folds))]
    folds_won = sum(m > b for m, b in zip(model_folds, best_single))
    x_tr = x_all[:, [candidates.index(n) for n in names]]
    means = x_tr.mean(axis=0)
    scales = x_tr.std(axis=0)
    scales[scales == 0] = 1.0
    z_tr = (x_tr - means) / scales
    w, b = sign_constrained_ridge(z_tr, pen, alpha, names)
    a, c = _platt(z_tr @ w + b, np.array(sev_tr, dtype=float))
    w = _prior_for_unseen_families(w, names, scales, x_tr)
    w = _prior_for_unseen_severities(w, names, scales, x_tr)
    model = RiskModel(
        weights={n: float(a * wi) for n, wi in zip(names, w)},
        bias=float(a * b + c),
        means={n: float(m) for n, m in zip(names, means)},
        scales={n: float(s) for n, s in zip(names, scales)},
    )
    # Threshold on val: best F1 for severe segments among those that can be flagged.
    for r in va_results:
        model.score(r, threshold=1.0)
    raw = [model.probability(model.features(r)) for r in va_results]
    # The F1 curve is flat over wide ranges of cuts (200 val segments): the lowest cut within
    # F1_TOLERANCE of the best is taken, so that a refit does not swing the threshold (and which
    # segments with findings are shown) on a difference of one val segment.
    curve = []
    for cut in np.linspace(0.05, 0.95, 91):
        flagged = [p >= cut and bool(r.findings) for p, r in zip(raw, va_results)]
        tp = sum(f and s for f, s in zip(flagged, sev_va))
        prec = tp / max(1, sum(flagged))
        rec = tp / max(1, sum(sev_va))
        curve.append((float(cut), 2 * prec * rec / max(1e-9, prec + rec)))
    best = lowest_near_best(curve)
    model.threshold = round(best[0], 4)
    # Human references are clean Hindi: how many of them the fitted model flags (a measurement,
    # reported with the fit; precision is the checks' job, not the threshold's).
    clean = audit_references([train, val], with_source)
    for r in clean:
        model.score(r)
    for r in va_results:
        model.score(r)
    metrics = {
        "features": names,
        "train_segments": len(tr_results),
        "val_segments": len(va_results),
        "cv_kendall_tau": round(selection.cv_tau, 4),
        "ridge_alpha": alpha,
        "cv_by_alpha": selection.cv_by_alpha,
        "cv_folds_beating_best_single": f"{folds_won}/{len(model_folds)}",
        "val_kendall_tau": round(_tau([-r.risk for r in va_results], [1 - p for p in pen_va]), 4),
        "val_auroc_severe": round(_auroc([r.risk for r in va_results], sev_va) or 0.0, 4),
        "selection": selection.steps,
        "single_signal_tau": single,
        "val_f1_severe": round(best[1], 4),
        "threshold": model.threshold,
        "clean_reference_segments": len(clean),
        "clean_reference_flagged": sum(1 for r in clean if r.flagged),
    }
    model.meta = {"fitted_on": str(train.name), "threshold_on": str(val.name), **metrics}
    return model, metrics


def write_models(models: dict[str, RiskModel], path: Path) -> None:
    data = {name: m.to_json() for name, m in models.items()}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
