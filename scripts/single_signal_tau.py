#!/usr/bin/env python3
"""Kendall tau-b with human MQM of the risk and of every single signal it is built from.

    audit check VAL --mt-col translation --src-col src --format jsonl -o pred.jsonl
    python scripts/single_signal_tau.py VAL pred.jsonl

Signals: the risk, each numeric key of the records' `scores`, the number of findings, and the
plain rare-word count (Devanagari words with wordfreq zipf < 2, as `audit.scoring.risk`
computes it). Each signal is oriented so that larger = worse; a tau below 0 means the signal
points the wrong way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from audit.core.io import read_jsonl_records
from audit.core.text import WORD_RE
from audit.dev.calibrate import _tau


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
            sum(zipf_frequency(w, "hi") < 2.0 for w in WORD_RE.findall(p["mt"])) for _, p in pairs
        ],
    }
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
