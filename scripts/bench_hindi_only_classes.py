"""Hindi-only throughput with and without issue 14's class rules, on the same 1,000 segments.

    python scripts/bench_hindi_only_classes.py [--data ../shared/data/indicmt_eval_hin_train.clean.jsonl] [--repeat 3]

Each timing audits the 1,000 MT translations (Hindi only) in one process after a warm-up run
(resources such as wordfreq, the dictionary and the idiom index are loaded once in the warm-up),
alternating the two rule sets so machine load affects both alike; the best of --repeat runs is
reported as segments/second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import Auditor  # noqa: E402
from audit.core.io import read_jsonl_records  # noqa: E402
from audit.core.model import Segment  # noqa: E402

NEW_RULES = ["HI104", "HI105", "HI205", "HI206", "HI302", "HI408"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data" / "indicmt_eval_hin_train.clean.jsonl"
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("-n", type=int, default=1000)
    args = ap.parse_args()
    rows = [row for _, row in read_jsonl_records(args.data)][: args.n]
    segs = [Segment(f"b{i}", 0, r["translation"]) for i, r in enumerate(rows)]
    auditors = {"without": Auditor(ignore=NEW_RULES), "with": Auditor()}
    for a in auditors.values():
        a.check_segments(segs[:50])  # warm-up: load resources
    best = {k: float("inf") for k in auditors}
    for _ in range(args.repeat):
        for name, a in auditors.items():
            t = time.perf_counter()
            a.check_segments(segs)
            best[name] = min(best[name], time.perf_counter() - t)
    out = {k: round(len(segs) / v, 1) for k, v in best.items()}
    out["slowdown"] = round(best["with"] / best["without"], 3)
    print(json.dumps({"segments": len(segs), "seg_per_s": out}))


if __name__ == "__main__":
    main()
