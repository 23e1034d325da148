"""Build heldout.jsonl (the span-gold shape of tests/data/challenge_src) from items.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from items import FLAWED, LITERAL  # noqa: E402


def main() -> None:
    rows = []
    for n, (cat, src, bad, span, english, good) in enumerate(FLAWED, 1):
        assert span in bad, (span, bad)
        err = {"span": span, "category": cat, "severity": "major", "english": english}
        rows.append({"id": f"f{n:03}", "src": src, "mt": bad, "flawed": True, "errors": [err]})
        rows.append(
            {"id": f"c{n:03}", "src": src, "mt": good, "flawed": False, "errors": [], "category": cat}
        )
    for n, (cat, src, mt) in enumerate(LITERAL, 1):
        rows.append({"id": f"l{n:03}", "src": src, "mt": mt, "flawed": False, "errors": [], "category": cat})
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(FLAWED)} flawed, {len(FLAWED) + len(LITERAL)} clean", file=sys.stderr)


if __name__ == "__main__":
    main()
