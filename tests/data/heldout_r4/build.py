#!/usr/bin/env python3
"""Build the round-4 blind held-out set from the hand-written items (items_*.py).

    python tests/data/heldout_r4/build.py          # (re)writes gold.jsonl, input_src.jsonl, input_hindi.jsonl
    python tests/data/heldout_r4/build.py --check  # exit 1 if the committed files differ from the items

gold.jsonl        -- every row: id, doc, category, src, mt, flawed, errors[{span, start, end, category,
                     severity, english, needs_source}] (the span format of seed000_gold.jsonl /
                     challenge_src; an omission's span is the whole MT line).
input_src.jsonl   -- what the auditor reads in a run with the source: id, doc, src, mt.
input_hindi.jsonl -- what the auditor reads in a Hindi-only run: id, doc, mt (no src column, so
                     `audit check` cannot pick one up by its default --src-col).
Every row is its own document (doc = id) except the story lines (doc story-mt / story-clean).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from items_idioms import IDIOM_LOOKALIKES, IDIOMS  # type: ignore[import-not-found]  # noqa: E402
from items_names import NAME_LOOKALIKES, NAMES, TITLE_LOOKALIKES, TITLES  # type: ignore[import-not-found]  # noqa: E402
from items_other import (  # type: ignore[import-not-found]  # noqa: E402
    OMISSIONS,
    REPETITION_LOOKALIKES,
    REPETITIONS,
    SENSE_LOOKALIKES,
    SENSES,
    TRANSLIT,
    TRANSLIT_LOOKALIKES,
)
from items_story import STORY  # type: ignore[import-not-found]  # noqa: E402

SEVERITY = {
    "name-calque": "major",
    "title-calque": "major",
    "idiom-literal": "major",
    "sense": "major",
    "omission": "major",
    "translit": "minor",
    "repetition": "minor",
}
NEEDS_SOURCE = {"sense", "omission"}  # not visible from the Hindi alone
SHORT = {
    "name-calque": "name",
    "title-calque": "title",
    "idiom-literal": "idiom",
    "translit": "translit",
    "sense": "sense",
    "repetition": "repetition",
    "omission": "omission",
}


def _locate(mt: str, span: str, occurrence: int) -> tuple[int, int, str]:
    if not span:  # an omission: the whole line
        return 0, len(mt), mt
    start = -1
    for _ in range(occurrence + 1):
        start = mt.find(span, start + 1)
        if start < 0:
            raise ValueError(f"span {span!r} (occurrence {occurrence}) not in {mt!r}")
    return start, start + len(span), span


def _error(mt: str, span: str, category: str, english: str, occurrence: int = 0) -> dict:
    start, end, text = _locate(mt, span, occurrence)
    kind = category.split(":")[-1]
    return {
        "span": text,
        "start": start,
        "end": end,
        "category": category,
        "severity": SEVERITY[kind],
        "english": english,
        "needs_source": kind in NEEDS_SOURCE,
    }


def rows() -> list[dict]:
    out: list[dict] = []

    def add(rid: str, category: str, src: str, mt: str, errors: list[dict], doc: str | None = None) -> None:
        out.append(
            {
                "id": rid,
                "doc": doc or rid,
                "category": category,
                "src": src,
                "mt": mt,
                "flawed": bool(errors),
                "errors": errors,
            }
        )

    for group in (NAMES, TITLES, IDIOMS, TRANSLIT, SENSES, REPETITIONS, OMISSIONS):
        for n, item in enumerate(group, 1):
            short = SHORT[item.category]
            errors = [_error(item.mt, s[0], item.category, s[1], *s[2:]) for s in item.spans]
            add(f"f-{short}-{n:02d}", item.category, item.src, item.mt, errors)
            if item.fix:
                add(f"c-{short}-{n:02d}", short, item.src, item.fix, [])
    for group in (
        NAME_LOOKALIKES,
        TITLE_LOOKALIKES,
        IDIOM_LOOKALIKES,
        TRANSLIT_LOOKALIKES,
        SENSE_LOOKALIKES,
        REPETITION_LOOKALIKES,
    ):
        for n, item in enumerate(group, 1):
            add(f"l-{item.category}-{n:02d}", item.category, item.src, item.mt, [])
    for n, (src, mt, spans, _clean) in enumerate(STORY, 1):
        errors = [_error(mt, s[0], "story:" + s[1], s[2], *s[3:]) for s in spans]
        add(f"s-mt-{n:02d}", "story-mt", src, mt, errors, doc="story-mt")
    for n, (src, _mt, _spans, clean) in enumerate(STORY, 1):
        add(f"s-clean-{n:02d}", "story-twin", src, clean, [], doc="story-clean")
    return out


def _dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def outputs() -> dict[str, str]:
    gold = rows()
    return {
        "gold.jsonl": _dump(gold),
        "input_src.jsonl": _dump([{k: r[k] for k in ("id", "doc", "src", "mt")} for r in gold]),
        "input_hindi.jsonl": _dump([{k: r[k] for k in ("id", "doc", "mt")} for r in gold]),
    }


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for name, text in outputs().items():
        path = HERE / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale: " + ", ".join(stale) + " (run python tests/data/heldout_r4/build.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
