"""Where a Hindi-only pass spends its CPU: per-text work, first-time work on new words, the rest.

    python scripts/bench_first_time.py [--data ../shared/data/indicmt_eval_hin_train.clean.jsonl] [-n 1000]

The same N segments as ``audit bench check`` (the dev data's first rows, documents of 20), audited
Hindi-only with the streaming engine (the result cache off) in fresh processes, each after the
same warm-up as the bench (every rule's own examples), in four ways:

* ``cold``: the rows alone — what ``audit bench check`` times;
* ``others warm``: first 100 rows of other data (``--others``: IndicMT-Eval val), then the rows:
  what is built once per process on first use beyond the warm-up (lazy tables), and the
  commonest words;
* ``words warm``: first a pass over the same words in other texts (each segment's words in
  reverse order), then the rows: every per-word memo is filled, no per-text one is;
* ``unknown warm`` / ``known warm``: the same with only the words outside / inside wordfreq's
  Hindi list (:func:`audit.lang.resources.hindi_vocabulary`) primed;
* ``all warm``: the rows twice; the second pass is the per-text logic no memo reaches.

Each line gives the CPU seconds of the timed pass and of each rule (the six costliest). The
differences say how much of a cold pass is first-time work on words (split by known and unknown
words) and on texts: what a cheaper per-word or per-text computation could save at most.
Developer tool (docs/performance.md, round 12); medians of ``--repeat`` processes.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("cold", "others warm", "words warm", "unknown warm", "known warm", "all warm")
_DEVANAGARI_WORD = re.compile("[\u0900-\u0963\u0966-\u097f]+")


def _child(mode: str, data: Path, n: int, others: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from audit.core.io import Columns
    from audit.dev.bench import corpus, load_rows, warm_up, write_corpus
    from audit.lang.resources import hindi_vocabulary
    from audit.pipeline.auditor import Auditor
    from audit.pipeline.batch import run_streaming
    from audit.rules import registry

    rows, _ = load_rows(data)
    segments = corpus(rows, n)
    vocabulary = hindi_vocabulary()

    def primer(keep: str) -> list[dict[str, str]]:
        out = []
        for row in segments:
            words = row["mt"].split()
            if keep != "all":
                known = [_DEVANAGARI_WORD.fullmatch(w) is not None and w in vocabulary for w in words]
                words = [w for w, k in zip(words, known) if k == (keep == "known")]
            out.append({**row, "mt": " ".join(reversed(words)) + " ।"})
        return out

    tmp = Path(tempfile.mkdtemp(prefix="bench-first-"))
    rows_path = write_corpus(tmp / "rows.jsonl", segments)
    first = {
        "others warm": [{"mt": r["mt"]} for r in load_rows(others)[0][:100]],
        "words warm": primer("all"),
        "unknown warm": primer("unknown"),
        "known warm": primer("known"),
        "all warm": segments,
    }.get(mode)
    warm_up(Auditor(), with_source=False)
    columns = Columns(mt="mt", src="\0none", ref="\0none")
    if first is not None:
        run_streaming([str(write_corpus(tmp / "first.jsonl", first))], columns, {}, tmp / "o.jsonl", jobs=1)
    spent: Counter[str] = Counter()
    run = registry.Rule.run

    def timed(self: registry.Rule, segment: object, ctx: object) -> object:
        t = time.process_time()
        try:
            return run(self, segment, ctx)  # type: ignore[arg-type]
        finally:
            spent[self.code] += time.process_time() - t

    registry.Rule.run = timed  # type: ignore[assignment,method-assign]
    t0 = time.process_time()
    run_streaming([str(rows_path)], columns, {}, tmp / "out.jsonl", jobs=1)
    return {"cpu": time.process_time() - t0, "rules": dict(spent)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data" / "indicmt_eval_hin_train.clean.jsonl"
    )
    ap.add_argument(
        "--others", type=Path, default=ROOT.parent / "shared" / "data" / "indicmt_eval_hin_val.clean.jsonl"
    )
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.data, args.n, args.others)))
        return
    results: dict[str, list[dict[str, object]]] = {m: [] for m in MODES}
    for _ in range(args.repeat):  # interleaved, so machine load touches every mode alike
        for mode in MODES:
            cmd = [sys.executable, __file__, "--child", mode, "--data", str(args.data), "-n", str(args.n)]
            cmd += ["--others", str(args.others)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
            results[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    for mode in MODES:
        runs = results[mode]
        cpu = statistics.median(float(r["cpu"]) for r in runs)  # type: ignore[arg-type]
        per_rule: Counter[str] = Counter()
        for r in runs:
            per_rule.update(r["rules"])  # type: ignore[arg-type]
        top = " ".join(f"{c} {s / len(runs):.3f}" for c, s in per_rule.most_common(6))
        print(f"{mode:>13}: {cpu:.3f} CPU s   rules: {top}")


if __name__ == "__main__":
    main()
