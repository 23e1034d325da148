"""Build heldout.jsonl (the span-gold shape of tests/data/challenge_src) from items.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    # ``build.py`` builds heldout.jsonl from items.py; ``build.py c`` builds heldout_c.jsonl from
    # items_c.py (round 4, written before that round's tuning)
    suffix = sys.argv[1] if len(sys.argv) > 1 else ""
    mod = __import__(f"items_{suffix}" if suffix else "items")
    FLAWED, LITERAL = mod.FLAWED, mod.LITERAL  # noqa: N806
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
    with open(HERE / (f"heldout_{suffix}.jsonl" if suffix else "heldout.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(FLAWED)} flawed, {len(FLAWED) + len(LITERAL)} clean", file=sys.stderr)


if __name__ == "__main__":
    main()
