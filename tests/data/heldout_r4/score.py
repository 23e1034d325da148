#!/usr/bin/env python3
"""Score `audit check --format jsonl` output on the round-4 blind held-out set (stdlib only).

    python tests/data/heldout_r4/score.py PRED.jsonl [--hindi-only] [--show] [--json]
        [--gold tests/data/heldout_r4/gold.jsonl]

Rows are paired by `id`. A gold span counts as found when a finding overlaps it (the offsets
`start`/`end` of gold.jsonl, so a repeated phrase is the copy that is marked). A finding is right
when it overlaps a gold span of its row (source-only spans included). --hindi-only leaves the
spans marked `needs_source` (senses, omissions) out of recall, for runs without the source.

Prints one line per error kind (recall, precision of the findings on that kind's flawed rows),
one per clean-row category (rows flagged, rows with any finding), the 14-line story (recall,
its clean twin's flagged lines) and the totals (precision over all findings on all rows).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: list[dict], pred: list[dict], hindi_only: bool) -> tuple[dict, list[str]]:
    by_id = {p.get("id"): p for p in pred}
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    clean: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total = defaultdict(int)
    notes: list[str] = []
    missing = 0
    for g in gold:
        p = by_id.get(g["id"])
        if p is None:
            missing += 1
            continue
        finds = [(f["start"], f["end"], f.get("code", "?")) for f in p.get("findings", [])]
        spans = [(e["start"], e["end"]) for e in g["errors"]]
        right = sum(any(_overlap((a, b), s) for s in spans) for a, b, _ in finds)
        total["findings"] += len(finds)
        total["right"] += right
        if g["flawed"]:
            for key in (g["category"], "ALL"):
                kinds[key]["findings"] += len(finds)
                kinds[key]["right"] += right
            for e in g["errors"]:
                if hindi_only and e["needs_source"]:
                    continue
                hit = any(_overlap((a, b), (e["start"], e["end"])) for a, b, _ in finds)
                for key in (e["category"], "ALL"):
                    kinds[key]["spans"] += 1
                    kinds[key]["found"] += hit
                if not hit:
                    notes.append(f"MISS  {g['id']:14} {e['category']:22} {e['span']!r} | {g['src']}")
            for a, b, code in finds:
                if not any(_overlap((a, b), s) for s in spans):
                    notes.append(f"WRONG {g['id']:14} {code:8} {g['mt'][a:b]!r} | {g['mt']}")
        else:
            for key in (g["category"], "ALL"):
                clean[key]["rows"] += 1
                clean[key]["flagged"] += bool(p.get("flagged"))
                clean[key]["with_finding"] += bool(finds)
            if finds or p.get("flagged"):
                shown = [f"{code}:{g['mt'][a:b]}" for a, b, code in finds]
                notes.append(f"CLEAN {g['id']:14} flagged={bool(p.get('flagged'))} {shown} | {g['mt']}")
    story = {k: v for k, v in kinds.items() if k.startswith("story:")}
    s_spans = sum(v["spans"] for v in story.values())
    s_found = sum(v["found"] for v in story.values())
    table = {
        "mode": "hindi-only" if hindi_only else "with-source",
        "unmatched_rows": missing,
        "kinds": {
            k: {
                "recall": round(v["found"] / v["spans"], 3) if v["spans"] else None,
                "found": v["found"],
                "spans": v["spans"],
                "precision_on_rows": round(v["right"] / v["findings"], 3) if v["findings"] else None,
                "findings": v["findings"],
            }
            for k, v in sorted(kinds.items())
        },
        "clean": {k: dict(v) for k, v in sorted(clean.items())},
        "story": {
            "recall": round(s_found / s_spans, 3) if s_spans else None,
            "found": s_found,
            "spans": s_spans,
            "twin_lines_flagged": clean["story-twin"]["flagged"],
            "twin_lines_with_finding": clean["story-twin"]["with_finding"],
            "twin_lines": clean["story-twin"]["rows"],
        },
        "precision_all_rows": round(total["right"] / total["findings"], 3) if total["findings"] else None,
        "findings": total["findings"],
    }
    return table, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    ap.add_argument("--hindi-only", action="store_true")
    ap.add_argument(
        "--show", action="store_true", help="list misses, wrong findings and clean rows with findings"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    table, notes = score(_load(args.gold), _load(args.pred), args.hindi_only)
    if args.json:
        print(json.dumps(table, ensure_ascii=False))
    else:
        print(f"mode: {table['mode']}  unmatched rows: {table['unmatched_rows']}")
        print(f"{'error kind':24} {'recall':>14} {'precision(rows)':>18}")
        for k, v in table["kinds"].items():
            rec = f"{v['found']}/{v['spans']} {v['recall']:.2f}" if v["spans"] else "-"
            prec = f"{v['precision_on_rows']:.2f} ({v['findings']})" if v["findings"] else "- (0)"
            print(f"{k:24} {rec:>14} {prec:>18}")
        print(f"{'clean rows':24} {'flagged':>14} {'any finding':>18}")
        for k, v in table["clean"].items():
            print(
                f"{k:24} {v['flagged']:>6}/{v['rows']:<4} {v['flagged'] / v['rows']:.3f} {v['with_finding']:>10}/{v['rows']}"
            )
        s = table["story"]
        print(
            f"story: recall {s['found']}/{s['spans']} = {s['recall']}; clean twin lines flagged "
            f"{s['twin_lines_flagged']}/{s['twin_lines']} (with a finding {s['twin_lines_with_finding']})"
        )
        print(f"precision over all findings: {table['precision_all_rows']} ({table['findings']} findings)")
    if args.show:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
