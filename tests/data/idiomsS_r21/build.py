#!/usr/bin/env python3
"""Build the round-11 blind held-out set from the hand-written items (items_*.py).

    python tests/data/heldout_r11/build.py          # (re)writes gold.jsonl, input_src.jsonl, input_hindi.jsonl
    python tests/data/heldout_r11/build.py --check  # exit 1 if the committed files differ from the items

gold.jsonl        -- every row: id, doc, category, src, mt, flawed, errors[{span, start, end, category,
                     severity, english, needs_source}] (the span format of seed000_gold.jsonl /
                     challenge_src; an omission's span is the whole MT line).
input_src.jsonl   -- what the auditor reads in a run with the source: id, doc, src, mt.
input_hindi.jsonl -- what the auditor reads in a Hindi-only run: id, doc, mt (no src column, so
                     `audit check` cannot pick one up by its default --src-col).
Every row is its own document (doc = id) except the story lines (doc story-mt / story-clean).
The logic is shared with the other held-out sets: scripts/heldout_set.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "scripts"))

import heldout_set  # type: ignore[import-not-found]  # noqa: E402


def rows() -> list[dict]:
    return heldout_set.rows(HERE)


def outputs() -> dict[str, str]:
    return heldout_set.outputs(HERE)


if __name__ == "__main__":
    raise SystemExit(heldout_set.build_main(HERE, sys.argv))
