#!/usr/bin/env python3
"""Kendall tau-b with human MQM of the risk and of every single signal it is built from.

    audit check VAL --mt-col translation --src-col src --format jsonl -o pred.jsonl
    python scripts/single_signal_tau.py VAL pred.jsonl [--bootstrap 1000]

Signals: the risk, each numeric key of the records' `scores`, the number of findings, every
text feature of the risk model (`audit.scoring.risk.FEATURES`, recomputed from the MT), and two
plain rare-word counts: Devanagari words (no punctuation) with wordfreq zipf < 1.5, and the same
count over whitespace tokens — the data README's baseline, which counts a spaced "।" as a rare
word and so sees the clean copy's annotation trace (docs/quality.md). Each signal is oriented so that larger = worse; a tau below 0 means the signal
points the wrong way.

Columns: τ on all rows, on the two source-disjoint halves, and "within src": τ-b over the pairs
of translations of the same English sentence only (IndicMT has up to six MT outputs of each), the
system-comparison view where sentence length and difficulty are held fixed. With
``--bootstrap N``: 95 % intervals from resampling whole source sentences (N draws, fixed seed),
for each signal's τ and for the paired difference τ(risk) − τ(signal).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from audit.core.io import read_jsonl_records
from audit.core.model import Segment, SegmentResult
from audit.dev.calibrate import _tau
from audit.dev.risk_selection import tau_b
from audit.scoring.risk import FEATURES, hindi_words


def within_tau(values: np.ndarray, human: np.ndarray, groups: np.ndarray) -> float:
    """Kendall τ-b pooled over the pairs inside each group (translations of one source)."""
    num = nx = ny = 0.0
    for g in np.unique(groups):
        idx = groups == g
        if idx.sum() < 2:
            continue
        dx = np.sign(values[idx][:, None] - values[idx][None, :])
        dy = np.sign(human[idx][:, None] - human[idx][None, :])
        num += float((dx * dy).sum())
        nx += float((dx != 0).sum())
        ny += float((dy != 0).sum())
    return num / np.sqrt(nx * ny) if nx and ny else 0.0


def bootstrap(signals: dict[str, list[float]], human: list[float], groups: list[str], n: int) -> None:
    """95 % intervals of τ and of τ(risk) − τ(signal), resampling whole source sentences."""
    names = sorted(set(groups))
    rows_of = {g: [i for i, x in enumerate(groups) if x == g] for g in names}
    rng = np.random.RandomState(0)
    h = np.array(human)
    vals = {k: -np.array(v, dtype=float) for k, v in signals.items()}
    draws: dict[str, list[float]] = {k: [] for k in vals}
    for _ in range(n):
        idx = [i for j in rng.randint(0, len(names), len(names)) for i in rows_of[names[j]]]
        for k, v in vals.items():
            draws[k].append(tau_b(v[idx], h[idx]))
    risk = np.array(draws["risk"])
    print(f"\nsource-grouped bootstrap ({n} draws): 95 % interval of τ, and of τ(risk) − τ(signal)")
    print(f"  {'signal':28}{'τ interval':>18}{'risk − signal':>22}{'P(risk > signal)':>18}")
    for k, d in sorted(draws.items(), key=lambda kv: -float(np.mean(kv[1]))):
        arr = np.array(d)
        lo, hi = np.percentile(arr, [2.5, 97.5])
        diff = risk - arr
        dlo, dhi = np.percentile(diff, [2.5, 97.5])
        print(
            f"  {k:28}{f'[{lo:+.3f}, {hi:+.3f}]':>18}{f'[{dlo:+.3f}, {dhi:+.3f}]':>22}{(diff > 0).mean():>18.2f}"
        )


def main() -> None:
    from wordfreq import zipf_frequency

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N", help="source-grouped bootstrap draws")
    args = ap.parse_args()
    gold = [row for _, row in read_jsonl_records(Path(args.gold))]
    pred = [row for _, row in read_jsonl_records(Path(args.pred))]
    by_text = {p["mt"].strip(): p for p in pred}
    pairs = [(g, by_text[g["translation"].strip()]) for g in gold if g["translation"].strip() in by_text]
    human = [float(g["mqm_norm_score"]) for g, _ in pairs]
    signals: dict[str, list[float]] = {
        "risk": [p["risk"] for _, p in pairs],
        "findings": [len(p["findings"]) for _, p in pairs],
        "rare_word_count": [
            sum(zipf_frequency(w, "hi") < 1.5 for w in hindi_words(p["mt"])) for _, p in pairs
        ],
        "rare_token_count (split)": [
            sum(zipf_frequency(w, "hi") < 1.5 for w in p["mt"].split()) for _, p in pairs
        ],
    }
    results = [SegmentResult(segment=Segment("d", 1, p["mt"])) for _, p in pairs]
    for name, func in FEATURES.items():
        if not name.startswith(("findings_", "family_")):
            signals[f"feature {name}"] = [func(r) for r in results]
    keys = sorted(
        {k for _, p in pairs for k, v in (p.get("scores") or {}).items() if isinstance(v, (int, float))}
    )
    for k in keys:
        signals[k] = [float((p.get("scores") or {}).get(k, 0.0)) for _, p in pairs]
    # Two halves of the rows by English source (every other distinct source, sorted): a second
    # split that never puts two translations of one sentence on different sides.
    sources = sorted({g.get("src", "") for g, _ in pairs})
    half = {s: i % 2 for i, s in enumerate(sources)}
    parts = {"all": list(range(len(pairs)))}
    if len(sources) > 1:
        for h in (0, 1):
            parts[f"half {h + 1}"] = [i for i, (g, _) in enumerate(pairs) if half[g.get("src", "")] == h]
    print(f"{len(pairs)} segments, {len(sources)} sources; Kendall tau-b of -signal with MQM")
    print("(higher = the signal ranks like the annotators; halves split the rows by source)")
    print(
        f"  {'signal':28}"
        + "".join(f"{k + f' ({len(v)})':>14}" for k, v in parts.items())
        + f"{'within src':>14}"
    )
    groups = np.array([str(g.get("src", "")) for g, _ in pairs])
    rows = []
    for name, vals in signals.items():
        taus = [_tau([-vals[i] for i in idx], [human[i] for i in idx]) for idx in parts.values()]
        taus.append(within_tau(-np.array(vals, dtype=float), np.array(human), groups))
        rows.append((abs(taus[0]), name, taus))
    for _, name, taus in sorted(rows, reverse=True):
        print(f"  {name:28}" + "".join(f"{t:+14.3f}" for t in taus))
    if args.bootstrap:
        bootstrap(signals, human, [str(g.get("src", "")) for g, _ in pairs], args.bootstrap)


if __name__ == "__main__":
    main()
