"""Cost of a glossary: the same audit with and without a large glossary (HI8xx), as a ratio.

    python scripts/bench_glossary.py                      # 500 terms, 1,000 segments, both modes
    python scripts/bench_glossary.py --terms 2000 --mode hindi --repeat 5 -o bench-glossary.json

The glossary is the 41 real news terms of ``tests/data/glossary/news.csv`` plus synthetic
entries (deterministic, ``--seed``): English terms of one or two mid-frequency English words,
one or two Hindi forms drawn from wordfreq's Hindi list (Zipf 3–5), and for half of them a
forbidden form, so terms do occur in the sources and in the MT. The segments are IndicMT-Eval
rows (English ``src``, Hindi MT ``translation``) in documents of 20.

Each timed run (CPU time of the process, the median of ``--repeat``; wall time beside it, noisier
on a shared machine) builds an :class:`audit.Auditor` (default rules, no round-trip, no result
cache; with the glossary: reading and compiling it) and audits every segment. Runs alternate
without/with so machine noise hits both.
Mode ``hindi`` audits the MT alone (only HI802/HI803 can use the glossary there), mode ``src``
gives the rules the English source (HI801 too). A benchmark, not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import Auditor  # noqa: E402
from audit.core.io import read_jsonl_records  # noqa: E402
from audit.core.model import Segment  # noqa: E402
from audit.core.segment import detect_language  # noqa: E402
from audit.lang.resources import english_vocabulary, hindi_vocabulary, zipf_hi  # noqa: E402

REAL = ROOT / "tests" / "data" / "glossary" / "news.csv"
DATA = ROOT.parent / "shared" / "data" / "indicmt_eval_hin_train.jsonl"


def synthetic_glossary(n_terms: int, seed: int, path: Path) -> int:
    """Write a CSV glossary of ``n_terms`` entries (the real ones first); returns the count."""
    rng = random.Random(seed)
    with REAL.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    seen = {r["english"].casefold() for r in rows}
    english = [w for w in english_vocabulary()[300:6000] if w.isalpha() and len(w) > 3]
    hindi = sorted(
        w
        for w in hindi_vocabulary()
        if re.fullmatch("[\u0900-\u0963\u0966-\u097f]{3,}", w) and 3.0 <= zipf_hi(w) <= 5.0
    )
    while len(rows) < n_terms:
        term = " ".join(rng.sample(english, rng.choice((1, 1, 2))))
        if term.casefold() in seen:
            continue
        seen.add(term.casefold())
        allowed = rng.sample(hindi, rng.choice((1, 2)))
        forbidden = [w for w in rng.sample(hindi, 1) if w not in allowed] if rng.random() < 0.5 else []
        rows.append(
            {
                "english": term,
                "hindi": "|".join(allowed),
                "forbidden": "|".join(forbidden),
                "case": "",
                "note": "",
            }
        )
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["english", "hindi", "forbidden", "case", "note"])
        writer.writeheader()
        writer.writerows(rows[:n_terms])
    return min(len(rows), n_terms)


def load_segments(path: Path, n: int, with_source: bool) -> list[Segment]:
    rows = [row for _, row in read_jsonl_records(path)]
    segments = []
    for i in range(n):
        row = rows[i % len(rows)]
        mt = row["translation"]
        segments.append(
            Segment(
                doc=f"doc{i // 20:04d}",
                index=i % 20 + 1,
                text=mt,
                src=row["src"] if with_source else None,
                lang=detect_language(mt),
            )
        )
    return segments


def timed_run(segments: list[Segment], glossary: Path | None) -> tuple[float, float, int, int]:
    """(CPU seconds of this process, wall seconds, findings, HI8xx findings) of one audit."""
    fresh = [Segment(**vars(s)) for s in segments]
    c0, t0 = time.process_time(), time.perf_counter()
    auditor = Auditor(glossary=[glossary] if glossary else None)
    results = auditor.check_segments(fresh)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    findings = sum(len(r.findings) for r in results)
    hi8 = sum(1 for r in results for f in r.findings if f.code.startswith("HI8"))
    return cpu, wall, findings, hi8


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--terms", type=int, default=500)
    ap.add_argument("--segments", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--mode", choices=("hindi", "src", "both"), default="both")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args()
    if not args.data.is_file():
        print(f"error: {args.data}: not found (IndicMT-Eval JSONL with src/translation)", file=sys.stderr)
        return 2
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        gpath = Path(tmp) / "glossary.csv"
        n_terms = synthetic_glossary(args.terms, args.seed, gpath)
        for mode in ("hindi", "src") if args.mode == "both" else (args.mode,):
            segments = load_segments(args.data, args.segments, mode == "src")
            timed_run(segments[:40], gpath)  # warm-up: models, word lists, caches of the data
            timed_run(segments[:40], None)
            base, withg = [], []
            for _ in range(args.repeat):
                base.append(timed_run(segments, None))
                withg.append(timed_run(segments, gpath))
            b = statistics.median(r[0] for r in base)
            g = statistics.median(r[0] for r in withg)
            bw = statistics.median(r[1] for r in base)
            gw = statistics.median(r[1] for r in withg)
            row = {
                "mode": mode,
                "segments": len(segments),
                "terms": n_terms,
                "repeat": args.repeat,
                "cpu_without": round(b, 3),
                "cpu_with": round(g, 3),
                "ratio": round(g / b, 3),
                "wall_without": round(bw, 3),
                "wall_with": round(gw, 3),
                "wall_ratio": round(gw / bw, 3),
                "findings_without": base[0][2],
                "findings_with": withg[0][2],
                "hi8_findings": withg[0][3],
            }
            out.append(row)
            print(
                f"{mode:5s} {len(segments)} segments, {n_terms} terms: CPU without {b:.2f}s, with {g:.2f}s, "
                f"ratio {g / b:.3f} (wall {bw:.2f}s / {gw:.2f}s = {gw / bw:.3f}; {withg[0][3]} HI8xx findings)"
            )
    if args.output:
        args.output.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
