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

import json
import sys

from audit.core.model import Segment, SegmentResult
from audit.dev.calibrate import _tau
from audit.scoring.risk import FEATURES, hindi_words


def main() -> None:
    from wordfreq import zipf_frequency

    gold = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8") if x.strip()]
    pred = [json.loads(x) for x in open(sys.argv[2], encoding="utf-8") if x.strip()]
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
    print(f"{len(pairs)} segments; Kendall tau-b of -signal with MQM (higher = signal ranks like humans)")
    rows = []
    for name, vals in signals.items():
        t = _tau([-v for v in vals], human)
        rows.append((abs(t), name, t))
    for _, name, t in sorted(rows, reverse=True):
        print(f"  {name:24} {t:+.3f}")


if __name__ == "__main__":
    main()
