#!/usr/bin/env python3
"""Risk on pseudo-paragraphs: Kendall τ with MQM when segments are audited five at a time.

    python scripts/risk_paragraphs.py ../shared/data/indicmt_eval_hin_val.clean.jsonl [--src]

Five shuffles of the rows, cut into groups of five; each group's translations (and sources,
with --src) are joined into one text whose human score is the mean of its rows'. A stand-in
for held-out document-level data (WMT24 paragraphs): long texts where most carry a finding,
so any weakness of the finding-first risk ordering or of length-blind features shows here.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from wordfreq import zipf_frequency

from audit import Auditor
from audit.core.io import read_jsonl_records
from audit.dev.calibrate import _tau
from audit.scoring.risk import FEATURES, hindi_words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--src", action="store_true", help="audit with the joined English sources")
    args = ap.parse_args()
    rows = [row for _, row in read_jsonl_records(Path(args.gold))]
    paras = []
    for rep in range(5):
        idx = list(range(len(rows)))
        random.Random(rep).shuffle(idx)
        for k in range(0, len(idx) - 4, 5):
            group = [rows[i] for i in idx[k : k + 5]]
            mt = " ".join(r["translation"] for r in group)
            src = " ".join(r["src"] for r in group)
            paras.append((mt, src, sum(float(r["mqm_norm_score"]) for r in group) / 5))
    auditor = Auditor()
    results = auditor.check([p[0] for p in paras], sources=[p[1] for p in paras] if args.src else None)
    model = auditor.risk_model(args.src)
    human = [p[2] for p in paras]
    signals = {
        "risk": [r.risk for r in results],
        "risk before scaling no-finding texts": [model.probability(model.features(r)) for r in results],
        "number of findings": [len(r.findings) for r in results],
        "rare-word count, words": [
            sum(zipf_frequency(w, "hi") < 1.5 for w in hindi_words(p[0])) for p in paras
        ],
        "rare-word count, whitespace tokens": [
            sum(zipf_frequency(w, "hi") < 1.5 for w in p[0].split()) for p in paras
        ],
    }
    for name, func in FEATURES.items():  # every text feature the risk may be built from
        if not name.startswith(("findings_", "family_")):
            signals[f"feature {name}"] = [func(r) for r in results]
    print(f"{len(paras)} texts, {sum(bool(r.findings) for r in results)} with findings")
    for name, vals in signals.items():
        print(f"  {name:38} {_tau([-v for v in vals], human):+.3f}")


if __name__ == "__main__":
    main()
