#!/usr/bin/env python3
"""Kendall tau-b with human MQM of the risk and of every single signal it is built from.

    audit check VAL --mt-col translation --src-col src --format jsonl -o pred.jsonl
    python scripts/single_signal_tau.py VAL pred.jsonl

Signals: the risk, each numeric key of the records' `scores`, the number of findings, every
text feature of the risk model (`audit.scoring.risk.FEATURES`, recomputed from the MT), and two
plain rare-word counts: Devanagari words (no punctuation) with wordfreq zipf < 1.5, and the same
count over whitespace tokens — the data README's baseline, which counts a spaced "।" as a rare
word and so sees the clean copy's annotation trace (docs/quality.md). Each signal is oriented so that larger = worse; a tau below 0 means the signal
points the wrong way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from audit.core.io import read_jsonl_records
from audit.core.model import Segment, SegmentResult
from audit.dev.calibrate import _tau
from audit.scoring.risk import FEATURES, hindi_words


def main() -> None:
    from wordfreq import zipf_frequency

    gold = [row for _, row in read_jsonl_records(Path(sys.argv[1]))]
    pred = [row for _, row in read_jsonl_records(Path(sys.argv[2]))]
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
    print(f"  {'signal':28}" + "".join(f"{k + f' ({len(v)})':>14}" for k, v in parts.items()))
    rows = []
    for name, vals in signals.items():
        taus = [_tau([-vals[i] for i in idx], [human[i] for i in idx]) for idx in parts.values()]
        rows.append((abs(taus[0]), name, taus))
    for _, name, taus in sorted(rows, reverse=True):
        print(f"  {name:28}" + "".join(f"{t:+14.3f}" for t in taus))


if __name__ == "__main__":
    main()
