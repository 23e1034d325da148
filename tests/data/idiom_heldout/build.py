"""Write heldout_src.jsonl / heldout_b_src.jsonl (with sources; the format of tests/data/challenge_src/challenge.jsonl) and
heldout_hi.jsonl / heldout_b_hi.jsonl (Hindi only; the format of tests/data/challenge/gold.jsonl) from items.py.

    python tests/data/idiom_heldout/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

from items import FLAWED, LITERAL  # type: ignore[import-not-found]
from items_b import FLAWED as FLAWED_B  # type: ignore[import-not-found]
from items_c import FLAWED as FLAWED_C  # type: ignore[import-not-found]
from items_c import LITERAL as LITERAL_C  # type: ignore[import-not-found]
from items_d import FLAWED as FLAWED_D  # type: ignore[import-not-found]
from items_d import LITERAL as LITERAL_D  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent


def main() -> None:
    src_rows: list[dict] = []
    hi_rows: list[dict] = []
    for n, (src, mt, span, english, good) in enumerate(FLAWED, 1):
        assert span in mt, (span, mt)
        err = {"span": span, "category": "idiom", "severity": "major", "english": english}
        src_rows.append({"id": f"f{n:03d}", "src": src, "mt": mt, "flawed": True, "errors": [err]})
        src_rows.append(
            {"id": f"c{n:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "idiom"}
        )
        hi_rows.append({"id": f"f{n:03d}", "text": mt, "flawed": True, "group": "idiom", "errors": [err]})
        hi_rows.append({"id": f"c{n:03d}", "text": good, "flawed": False, "group": "idiom", "errors": []})
    for n, (src, mt) in enumerate(LITERAL, 1):
        row = {
            "id": f"l{n:03d}",
            "src": src,
            "mt": mt,
            "flawed": False,
            "errors": [],
            "category": "literal-lookalike",
        }
        src_rows.append(row)
        hi_rows.append(
            {"id": f"l{n:03d}", "text": mt, "flawed": False, "group": "literal-lookalike", "errors": []}
        )
    b_src: list[dict] = []
    b_hi: list[dict] = []
    for n, (src, mt, span, english, good) in enumerate(FLAWED_B, 1):
        assert span in mt, (span, mt)
        err = {"span": span, "category": "idiom", "severity": "major", "english": english}
        b_src.append({"id": f"bf{n:03d}", "src": src, "mt": mt, "flawed": True, "errors": [err]})
        b_src.append(
            {"id": f"bc{n:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "idiom"}
        )
        b_hi.append({"id": f"bf{n:03d}", "text": mt, "flawed": True, "group": "idiom", "errors": [err]})
        b_hi.append({"id": f"bc{n:03d}", "text": good, "flawed": False, "group": "idiom", "errors": []})
    c_src: list[dict] = []
    c_hi: list[dict] = []
    for n, (src, mt, span, english, good) in enumerate(FLAWED_C, 1):
        assert span in mt, (span, mt)
        err = {"span": span, "category": "idiom", "severity": "major", "english": english}
        c_src.append({"id": f"cf{n:03d}", "src": src, "mt": mt, "flawed": True, "errors": [err]})
        c_src.append(
            {"id": f"cc{n:03d}", "src": src, "mt": good, "flawed": False, "errors": [], "category": "idiom"}
        )
        c_hi.append({"id": f"cf{n:03d}", "text": mt, "flawed": True, "group": "idiom", "errors": [err]})
        c_hi.append({"id": f"cc{n:03d}", "text": good, "flawed": False, "group": "idiom", "errors": []})
    for n, (src, mt) in enumerate(LITERAL_C, 1):
        c_src.append(
            {
                "id": f"cl{n:03d}",
                "src": src,
                "mt": mt,
                "flawed": False,
                "errors": [],
                "category": "literal-lookalike",
            }
        )
        c_hi.append(
            {"id": f"cl{n:03d}", "text": mt, "flawed": False, "group": "literal-lookalike", "errors": []}
        )
    d_src, d_hi = _rows("d", FLAWED_D, LITERAL_D)
    for name, rows in (
        ("heldout_d_src.jsonl", d_src),
        ("heldout_d_hi.jsonl", d_hi),
        ("heldout_src.jsonl", src_rows),
        ("heldout_hi.jsonl", hi_rows),
        ("heldout_b_src.jsonl", b_src),
        ("heldout_b_hi.jsonl", b_hi),
        ("heldout_c_src.jsonl", c_src),
        ("heldout_c_hi.jsonl", c_hi),
    ):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(FLAWED)} flawed, {len(FLAWED) + len(LITERAL)} clean")


def _rows(prefix: str, flawed: list, literal: list) -> tuple[list[dict], list[dict]]:
    """The with-source and Hindi-only rows of one set: ``<prefix>f###`` flawed, ``<prefix>c###``
    their correct MT, ``<prefix>l###`` the clean look-alikes."""
    src: list[dict] = []
    hi: list[dict] = []
    for n, (s, mt, span, english, good) in enumerate(flawed, 1):
        assert span in mt, (span, mt)
        err = {"span": span, "category": "idiom", "severity": "major", "english": english}
        src.append({"id": f"{prefix}f{n:03d}", "src": s, "mt": mt, "flawed": True, "errors": [err]})
        src.append(
            {
                "id": f"{prefix}c{n:03d}",
                "src": s,
                "mt": good,
                "flawed": False,
                "errors": [],
                "category": "idiom",
            }
        )
        hi.append({"id": f"{prefix}f{n:03d}", "text": mt, "flawed": True, "group": "idiom", "errors": [err]})
        hi.append({"id": f"{prefix}c{n:03d}", "text": good, "flawed": False, "group": "idiom", "errors": []})
    for n, (s, mt) in enumerate(literal, 1):
        rid = f"{prefix}l{n:03d}"
        src.append(
            {"id": rid, "src": s, "mt": mt, "flawed": False, "errors": [], "category": "literal-lookalike"}
        )
        hi.append({"id": rid, "text": mt, "flawed": False, "group": "literal-lookalike", "errors": []})
    return src, hi


if __name__ == "__main__":
    main()
