#!/usr/bin/env python3
"""Per-category span recall, finding precision and clean-flag rate of an `audit check --format jsonl`
output against a span-gold file whose rows carry `errors[].category` (flawed rows) or `category`
(clean rows), such as tests/data/challenge_src/challenge.jsonl. Pairs rows by `id`, else by text.

    python scripts/score_by_category.py GOLD PRED [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.core.files import InputError  # noqa: E402
from audit.core.io import read_jsonl_records  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path, help="span-gold JSONL (errors[].category / category)")
    parser.add_argument("pred", type=Path, help="`audit check --format jsonl` output")
    parser.add_argument(
        "--show", action="store_true", help="list misses, wrong findings and flagged clean rows"
    )
    ns = parser.parse_args()
    show = ns.show
    try:
        gold = [row for _, row in read_jsonl_records(ns.gold)]
        pred = [row for _, row in read_jsonl_records(ns.pred)]
    except InputError as exc:
        parser.exit(2, f"score_by_category: {exc}\n")
    by_id = {p.get("id"): p for p in pred if p.get("id") is not None}
    by_text = {p["mt"]: p for p in pred}
    stat: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in gold:
        p = by_id.get(g.get("id")) or by_text.get(g["mt"])
        if p is None:
            continue
        finds = [(f["start"], f["end"], f["code"]) for f in p.get("findings", [])]
        if g.get("flawed"):
            for err in g["errors"]:
                cat = err["category"]
                s = g["mt"].find(err["span"])
                hit = any(a < s + len(err["span"]) and s < b for a, b, _ in finds)
                stat[cat]["spans"] += 1
                stat[cat]["found"] += hit
                stat[cat]["findings"] += len(finds)
                stat[cat]["right"] += sum(a < s + len(err["span"]) and s < b for a, b, _ in finds)
                if show and not hit:
                    print(f"MISS {g['id']} {cat}: {err['span']} | {g['src']}")
        else:
            cat = g.get("category", "clean")
            stat["clean:" + cat]["segments"] += 1
            stat["clean:" + cat]["flagged"] += bool(p.get("flagged"))
            stat["clean:" + cat]["with_finding"] += bool(finds)
            if show and finds:
                print(
                    f"FP   {g['id']} {[c for *_, c in finds]} {[g['mt'][a:b] for a, b, _ in finds]} | {g['src']}"
                )
    print(f"{'category':28} {'recall':>12} {'precision':>12} {'clean flagged':>14} {'any finding':>12}")
    for cat in sorted(stat):
        s = stat[cat]
        if s["spans"]:
            print(
                f"{cat:28} {s['found']:>4}/{s['spans']:<4} {s['found'] / s['spans']:.2f} "
                f"{s['right']:>4}/{s['findings']:<4}{(s['right'] / s['findings'] if s['findings'] else 1):.2f}"
            )
        else:
            print(
                f"{cat:28} {'':>12} {'':>12} {s['flagged']:>5}/{s['segments']:<4} {s['flagged'] / s['segments']:.3f}"
                f" {s['with_finding']:>5}/{s['segments']}"
            )


if __name__ == "__main__":
    main()
