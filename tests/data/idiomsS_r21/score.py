#!/usr/bin/env python3
"""Score `audit check --format jsonl` output on the round-11 blind held-out set (stdlib only).

    python tests/data/heldout_r11/score.py PRED.jsonl [--hindi-only] [--show] [--json]
        [--gold tests/data/heldout_r11/gold.jsonl]

Rows are paired by `id`. A gold span counts as found when a finding overlaps it (the offsets
`start`/`end` of gold.jsonl, so a repeated phrase is the copy that is marked). A finding is right
when it overlaps a gold span of its row (source-only spans included). --hindi-only leaves the
spans marked `needs_source` (senses, omissions) out of recall, for runs without the source.

Prints one line per error kind (recall, precision of the findings on that kind's flawed rows),
one per clean-row category (rows flagged, rows with any finding), the 14-line story (recall,
its clean twin's flagged lines) and the totals (precision over all findings on all rows).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "scripts"))

from heldout_set import score, score_main  # type: ignore[import-not-found]  # noqa: E402

__all__ = ["score"]

if __name__ == "__main__":
    raise SystemExit(score_main(HERE, __doc__))
