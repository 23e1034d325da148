"""Write heldout_e_hi.jsonl (Hindi only; the format of tests/data/challenge/gold.jsonl) from items_e.py.

python tests/data/idiom_heldout/build_d.py
python scripts/score_challenge.py --gold tests/data/idiom_heldout/heldout_e_hi.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from items_e import FLAWED, LITERAL  # type: ignore[import-not-found]  # noqa: E402


def main() -> None:
    rows: list[dict] = []
    for n, (_src, mt, span, english, good) in enumerate(FLAWED, 1):
        assert span in mt, (span, mt)
        err = {"span": span, "category": "idiom", "severity": "major", "english": english}
        rows.append({"id": f"ef{n:03d}", "text": mt, "flawed": True, "group": "idiom", "errors": [err]})
        rows.append({"id": f"ec{n:03d}", "text": good, "flawed": False, "group": "idiom", "errors": []})
    for n, (_src, mt) in enumerate(LITERAL, 1):
        rows.append(
            {"id": f"el{n:03d}", "text": mt, "flawed": False, "group": "literal-lookalike", "errors": []}
        )
    out = HERE / "heldout_e_hi.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{out.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
