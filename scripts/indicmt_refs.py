#!/usr/bin/env python3
"""Write the distinct (English source, human Hindi reference) pairs of IndicMT-Eval JSONL files
as `audit check` input ({"id", "src", "mt"}), for measuring how often rules fire on clean
human translations. Pairs whose reference does not resemble the row's MT (chrF < MIN_CHRF:
the dataset sometimes pairs a source with the reference of another sentence) are left out.

    python scripts/indicmt_refs.py ../shared/data/indicmt_eval_hin_{train,val}.clean.jsonl > refs.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sacrebleu.metrics import CHRF

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.core.files import InputError  # noqa: E402
from audit.core.io import read_jsonl_records  # noqa: E402

MIN_CHRF = 30.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "files", nargs="+", type=Path, help="IndicMT-Eval JSONL files (src, ref, translation)"
    )
    args = parser.parse_args()
    chrf = CHRF()
    seen: set[str] = set()
    n = 0
    for path in args.files:
        try:
            rows = list(read_jsonl_records(path))
        except InputError as exc:
            parser.exit(2, f"indicmt_refs: {exc}\n")
        for _, row in rows:
            src, ref, mt = row.get("src", ""), row.get("ref", ""), row.get("translation", "")
            if not src or not ref or ref in seen:
                continue
            seen.add(ref)
            if chrf.sentence_score(mt, [ref]).score < MIN_CHRF:
                continue
            n += 1
            print(json.dumps({"id": f"ref{n:04d}", "src": src, "mt": ref}, ensure_ascii=False))


if __name__ == "__main__":
    main()
