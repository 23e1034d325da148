"""Score Hindi-only `audit check` output on the challenge set, per error category.

    python scripts/score_challenge.py [--gold tests/data/challenge/gold.jsonl] [--pred PRED.jsonl]
                                      [-- extra audit check arguments]

Without --pred it runs `audit check GOLD --mt-col text --format jsonl` first. Prints one line
per category: span recall and precision on the flawed rows (a gold span counts as found when
a finding overlaps it; a finding is right when it overlaps a gold span of its row) and the
share of clean look-alike rows of that category that were flagged, then the totals.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.core.io import read_jsonl_records  # noqa: E402


def _load(path: Path) -> list[dict]:
    return [row for _, row in read_jsonl_records(path)]


def _occ(text: str, span: str) -> list[tuple[int, int]]:
    out, i = [], text.find(span)
    while i >= 0 and span:
        out.append((i, i + len(span)))
        i = text.find(span, i + 1)
    return out


def score(gold: list[dict], pred: list[dict]) -> dict[str, dict[str, float]]:
    by_id = {p.get("id"): p for p in pred}
    by_text = {p.get("mt", "").strip(): p for p in pred}
    acc: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in gold:
        p = by_id.get(g["id"]) or by_text.get(g["text"].strip())
        if p is None:
            continue
        spans = [(f["start"], f["end"]) for f in p.get("findings", [])]
        for cat in (g["group"], "ALL"):
            a = acc[cat]
            if g["flawed"]:
                golds = [o for e in g["errors"] for o in _occ(g["text"], e["span"])]
                a["spans"] += 1
                a["found"] += any(s[0] < o[1] and o[0] < s[1] for o in golds for s in spans)
                a["findings"] += len(spans)
                a["right"] += sum(any(s[0] < o[1] and o[0] < s[1] for o in golds) for s in spans)
            else:
                a["clean"] += 1
                a["clean_flagged"] += bool(p.get("flagged")) or bool(spans)
    out = {}
    for cat, a in acc.items():
        out[cat] = {
            "recall": round(a["found"] / max(1, a["spans"]), 3),
            "precision": round(a["right"] / max(1, a["findings"]), 3),
            "flawed": a["spans"],
            "findings": a["findings"],
            "clean": a["clean"],
            "clean_flagged": a["clean_flagged"],
            "clean_flag_rate": round(a["clean_flagged"] / max(1, a["clean"]), 3),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=Path("tests/data/challenge/gold.jsonl"))
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    ap.add_argument("extra", nargs="*", help="extra `audit check` arguments (after --)")
    args = ap.parse_args(argv)
    pred_path = args.pred
    if pred_path is None:
        pred_path = Path(tempfile.mkdtemp()) / "pred.jsonl"
        # the `audit` on PATH, else this interpreter's own (a venv used without activating it)
        launcher = (
            [exe]
            if (exe := shutil.which("audit"))
            else [sys.executable, "-c", "from audit.cli import main; main()"]
        )
        cmd = [
            *launcher,
            "check",
            str(args.gold),
            "--mt-col",
            "text",
            "--format",
            "jsonl",
            "-o",
            str(pred_path),
            "--no-cache",
            *args.extra,
        ]
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
    table = score(_load(args.gold), _load(pred_path))
    if args.json:
        print(json.dumps(table, ensure_ascii=False))
        return 0
    print(f"{'category':16} {'recall':>6} {'prec':>6} {'flawed':>6} {'clean':>5} {'flagged':>7}")
    for cat in sorted(table, key=lambda c: (c == "ALL", c)):
        r = table[cat]
        print(
            f"{cat:16} {r['recall']:6.3f} {r['precision']:6.3f} {r['flawed']:6d} {r['clean']:5d} "
            f"{r['clean_flagged']:3d} ({r['clean_flag_rate']:.1%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
