#!/usr/bin/env python3
"""Shared build and scoring logic of the blind held-out sets (tests/data/heldout_r4/, heldout_r5/).

Each set's folder holds hand-written items (`items_*.py`: NAMES, TITLES, IDIOMS, TRANSLIT, SENSES,
REPETITIONS, OMISSIONS, their *_LOOKALIKES and STORY) and two thin scripts, `build.py` and
`score.py`, that call this module with their folder:

    python tests/data/heldout_rN/build.py [--check]          # rows(folder) -> gold/input files
    python tests/data/heldout_rN/score.py PRED.jsonl [--hindi-only] [--show] [--json]

stdlib only; see tests/data/heldout_r4/README.md for the file formats and the scoring rules.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]


class F(NamedTuple):
    """A flawed MT: gold spans [(span, english[, occurrence])]; `fix` is a correct MT of the same source."""

    category: str
    src: str
    mt: str
    spans: list[tuple]
    fix: str | None = None


class C(NamedTuple):
    """A clean look-alike translation."""

    category: str
    src: str
    mt: str


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
FLAWED = ("NAMES", "TITLES", "IDIOMS", "TRANSLIT", "SENSES", "REPETITIONS", "OMISSIONS")
LOOKALIKES = (
    "NAME_LOOKALIKES",
    "TITLE_LOOKALIKES",
    "IDIOM_LOOKALIKES",
    "TRANSLIT_LOOKALIKES",
    "SENSE_LOOKALIKES",
    "REPETITION_LOOKALIKES",
)


# ---------------------------------------------------------------- build


def load_items(folder: Path) -> dict[str, list]:
    """The upper-case lists of the folder's items_*.py. The sets use the same module names, so
    they are imported fresh and taken out of sys.modules again (two sets can load in one process)."""
    names = sorted(p.stem for p in folder.glob("items_*.py"))
    saved = {n: sys.modules.pop(n) for n in list(sys.modules) if n.startswith("items_")}
    sys.path.insert(0, str(folder))
    try:
        mods = [importlib.import_module(n) for n in names]
    finally:
        sys.path.remove(str(folder))
        for n in [n for n in sys.modules if n.startswith("items_")]:
            del sys.modules[n]
        sys.modules.update(saved)
    items: dict[str, list] = {}
    for mod in mods:
        items.update({k: v for k, v in vars(mod).items() if k.isupper() and isinstance(v, list)})
    return items


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc")


def _locate(mt: str, span: str, occurrence: int) -> tuple[int, int, str]:
    """The ``occurrence``-th match of ``span`` that is not part of a longer word (दिल in दिल्ली)."""
    if not span:  # an omission: the whole line
        return 0, len(mt), mt
    start, seen = -1, -1
    while seen < occurrence:
        start = mt.find(span, start + 1)
        if start < 0:
            raise ValueError(f"span {span!r} (occurrence {occurrence}) not in {mt!r}")
        end = start + len(span)
        inside = (start > 0 and _is_word_char(mt[start - 1]) and _is_word_char(span[0])) or (
            end < len(mt) and _is_word_char(mt[end]) and _is_word_char(span[-1])
        )
        if not inside:
            seen += 1
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


def rows(folder: Path) -> list[dict]:
    """Every row of the set: f-/c- rows per flawed group, l- rows per look-alike group, the story."""
    items = load_items(folder)
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

    for group in FLAWED:
        for n, item in enumerate(items[group], 1):
            short = SHORT[item.category]
            errors = [_error(item.mt, s[0], item.category, s[1], *s[2:]) for s in item.spans]
            add(f"f-{short}-{n:02d}", item.category, item.src, item.mt, errors)
            if item.fix:
                add(f"c-{short}-{n:02d}", short, item.src, item.fix, [])
    for group in LOOKALIKES:
        for n, item in enumerate(items[group], 1):
            add(f"l-{item.category}-{n:02d}", item.category, item.src, item.mt, [])
    for n, (src, mt, spans, _clean) in enumerate(items["STORY"], 1):
        errors = [_error(mt, s[0], "story:" + s[1], s[2], *s[3:]) for s in spans]
        add(f"s-mt-{n:02d}", "story-mt", src, mt, errors, doc="story-mt")
    for n, (src, _mt, _spans, clean) in enumerate(items["STORY"], 1):
        add(f"s-clean-{n:02d}", "story-twin", src, clean, [], doc="story-clean")
    return out


def _dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def outputs(folder: Path) -> dict[str, str]:
    """gold.jsonl, input_src.jsonl and input_hindi.jsonl (no src column) as text."""
    gold = rows(folder)
    return {
        "gold.jsonl": _dump(gold),
        "input_src.jsonl": _dump([{k: r[k] for k in ("id", "doc", "src", "mt")} for r in gold]),
        "input_hindi.jsonl": _dump([{k: r[k] for k in ("id", "doc", "mt")} for r in gold]),
    }


def build_main(folder: Path, argv: list[str]) -> int:
    """Write the set's files, or with --check exit 1 if the committed files differ from the items."""
    ap = argparse.ArgumentParser(description=f"Write {folder.name}'s JSONL files from its items.")
    ap.add_argument(
        "--check", action="store_true", help="exit 1 if the committed files differ from the items"
    )
    check = ap.parse_args(argv[1:]).check  # argv is sys.argv, the script's name first
    stale = []
    for name, text in outputs(folder).items():
        path = folder / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)  # atomic: a reader never sees a half-written file
    if stale:
        script = (
            (folder / "build.py").relative_to(ROOT) if folder.is_relative_to(ROOT) else folder / "build.py"
        )
        print("stale: " + ", ".join(stale) + f" (run python {script})", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------- score


def _load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: list[dict], pred: list[dict], hindi_only: bool) -> tuple[dict, list[str]]:
    """Recall per error kind, precision of findings on flawed rows, clean rows flagged, the story."""
    by_id = {p.get("id"): p for p in pred}
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    clean: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total = defaultdict(int)
    notes: list[str] = []
    missing = 0
    for g in gold:
        p = by_id.get(g["id"])
        if p is None:
            missing += 1
            continue
        finds = [(f["start"], f["end"], f.get("code", "?")) for f in p.get("findings", [])]
        spans = [(e["start"], e["end"]) for e in g["errors"]]
        right = sum(any(_overlap((a, b), s) for s in spans) for a, b, _ in finds)
        total["findings"] += len(finds)
        total["right"] += right
        if g["flawed"]:
            for key in (g["category"], "ALL"):
                kinds[key]["findings"] += len(finds)
                kinds[key]["right"] += right
            for e in g["errors"]:
                if hindi_only and e["needs_source"]:
                    continue
                hit = any(_overlap((a, b), (e["start"], e["end"])) for a, b, _ in finds)
                for key in (e["category"], "ALL"):
                    kinds[key]["spans"] += 1
                    kinds[key]["found"] += hit
                if not hit:
                    notes.append(f"MISS  {g['id']:14} {e['category']:22} {e['span']!r} | {g['src']}")
            for a, b, code in finds:
                if not any(_overlap((a, b), s) for s in spans):
                    notes.append(f"WRONG {g['id']:14} {code:8} {g['mt'][a:b]!r} | {g['mt']}")
        else:
            for key in (g["category"], "ALL"):
                clean[key]["rows"] += 1
                clean[key]["flagged"] += bool(p.get("flagged"))
                clean[key]["with_finding"] += bool(finds)
            if finds or p.get("flagged"):
                shown = [f"{code}:{g['mt'][a:b]}" for a, b, code in finds]
                notes.append(f"CLEAN {g['id']:14} flagged={bool(p.get('flagged'))} {shown} | {g['mt']}")
    story = {k: v for k, v in kinds.items() if k.startswith("story:")}
    s_spans = sum(v["spans"] for v in story.values())
    s_found = sum(v["found"] for v in story.values())
    table = {
        "mode": "hindi-only" if hindi_only else "with-source",
        "unmatched_rows": missing,
        "kinds": {
            k: {
                "recall": round(v["found"] / v["spans"], 3) if v["spans"] else None,
                "found": v["found"],
                "spans": v["spans"],
                "precision_on_rows": round(v["right"] / v["findings"], 3) if v["findings"] else None,
                "findings": v["findings"],
            }
            for k, v in sorted(kinds.items())
        },
        "clean": {k: dict(v) for k, v in sorted(clean.items())},
        "story": {
            "recall": round(s_found / s_spans, 3) if s_spans else None,
            "found": s_found,
            "spans": s_spans,
            "twin_lines_flagged": clean["story-twin"]["flagged"],
            "twin_lines_with_finding": clean["story-twin"]["with_finding"],
            "twin_lines": clean["story-twin"]["rows"],
        },
        "precision_all_rows": round(total["right"] / total["findings"], 3) if total["findings"] else None,
        "findings": total["findings"],
    }
    return table, notes


def score_main(folder: Path, doc: str | None, argv: list[str] | None = None) -> int:
    """The command line of a set's score.py (`doc` is its --help text; the gold defaults to the folder's)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--gold", type=Path, default=folder / "gold.jsonl")
    ap.add_argument("--hindi-only", action="store_true")
    ap.add_argument(
        "--show", action="store_true", help="list misses, wrong findings and clean rows with findings"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    table, notes = score(_load(args.gold), _load(args.pred), args.hindi_only)
    if args.json:
        print(json.dumps(table, ensure_ascii=False))
    else:
        print(f"mode: {table['mode']}  unmatched rows: {table['unmatched_rows']}")
        print(f"{'error kind':24} {'recall':>14} {'precision(rows)':>18}")
        for k, v in table["kinds"].items():
            rec = f"{v['found']}/{v['spans']} {v['recall']:.2f}" if v["spans"] else "-"
            prec = f"{v['precision_on_rows']:.2f} ({v['findings']})" if v["findings"] else "- (0)"
            print(f"{k:24} {rec:>14} {prec:>18}")
        print(f"{'clean rows':24} {'flagged':>14} {'any finding':>18}")
        for k, v in table["clean"].items():
            print(
                f"{k:24} {v['flagged']:>6}/{v['rows']:<4} {v['flagged'] / v['rows']:.3f} {v['with_finding']:>10}/{v['rows']}"
            )
        s = table["story"]
        print(
            f"story: recall {s['found']}/{s['spans']} = {s['recall']}; clean twin lines flagged "
            f"{s['twin_lines_flagged']}/{s['twin_lines']} (with a finding {s['twin_lines_with_finding']})"
        )
        print(f"precision over all findings: {table['precision_all_rows']} ({table['findings']} findings)")
    if args.show:
        print("\n".join(notes))
    return 0
