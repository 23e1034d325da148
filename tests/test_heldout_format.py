"""Format and consistency of the blind held-out sets (tests/data/heldout_r4/ ... heldout_r21/).

Checks the files only (offsets, ids, counts, the inputs match the gold, the scorer's arithmetic
on a synthetic prediction); it never runs the auditor and asserts no detection numbers.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
# the least each set holds: gold spans per error kind, clean look-alike rows outside the story
MINIMUM = {
    "heldout_r4": (
        {
            "name-calque": 30,
            "title-calque": 15,
            "idiom-literal": 40,
            "translit": 20,
            "sense": 20,
            "repetition": 8,
            "omission": 8,
        },
        120,
    ),
    "heldout_r5": (
        {
            "name-calque": 40,
            "title-calque": 20,
            "idiom-literal": 60,
            "translit": 30,
            "sense": 25,
            "repetition": 12,
            "omission": 12,
        },
        280,
    ),
    "heldout_r6": (
        {
            "name-calque": 50,
            "title-calque": 20,
            "idiom-literal": 60,
            "translit": 30,
            "sense": 25,
            "repetition": 12,
            "omission": 12,
        },
        400,
    ),
    "heldout_r7": (
        {
            "name-calque": 60,
            "title-calque": 25,
            "idiom-literal": 65,
            "translit": 35,
            "sense": 30,
            "repetition": 12,
            "omission": 12,
        },
        450,
    ),
    "heldout_r8": (
        {
            "name-calque": 60,
            "title-calque": 25,
            "idiom-literal": 65,
            "translit": 35,
            "sense": 30,
            "repetition": 12,
            "omission": 12,
        },
        450,
    ),
    "heldout_r9": (
        {
            "name-calque": 60,
            "title-calque": 25,
            "idiom-literal": 65,
            "translit": 35,
            "sense": 30,
            "repetition": 12,
            "omission": 12,
        },
        450,
    ),
    "heldout_r10": (
        {
            "name-calque": 60,
            "title-calque": 25,
            "idiom-literal": 65,
            "translit": 35,
            "sense": 30,
            "repetition": 12,
            "omission": 12,
        },
        450,
    ),
    "heldout_r11": (
        {
            "name-calque": 60,
            "title-calque": 30,
            "idiom-literal": 70,
            "translit": 40,
            "sense": 30,
            "repetition": 12,
            "omission": 10,
        },
        520,
    ),
    "heldout_r13": (
        {
            "name-calque": 50,
            "title-calque": 25,
            "idiom-literal": 80,
            "translit": 35,
            "sense": 30,
            "repetition": 10,
            "omission": 10,
        },
        400,
    ),
    "heldout_r14": (
        {
            "name-calque": 68,
            "title-calque": 38,
            "idiom-literal": 73,
            "translit": 42,
            "sense": 28,
            "repetition": 11,
            "omission": 10,
        },
        493,
    ),
    "heldout_r15": (
        {
            "name-calque": 93,
            "title-calque": 57,
            "idiom-literal": 78,
            "translit": 47,
            "sense": 30,
            "repetition": 11,
            "omission": 10,
        },
        543,
    ),
    "heldout_r16": (
        {
            "name-calque": 52,
            "title-calque": 27,
            "idiom-literal": 67,
            "translit": 35,
            "sense": 29,
            "repetition": 11,
            "omission": 10,
        },
        445,
    ),
    "heldout_r17": (
        {
            "name-calque": 73,
            "title-calque": 39,
            "idiom-literal": 86,
            "translit": 58,
            "sense": 28,
            "repetition": 12,
            "omission": 10,
        },
        549,
    ),
    "heldout_r18": (
        {
            "name-calque": 66,
            "title-calque": 40,
            "idiom-literal": 94,
            "translit": 57,
            "sense": 35,
            "repetition": 11,
            "omission": 10,
        },
        530,
    ),
    "heldout_r19": (
        {
            "name-calque": 63,
            "title-calque": 33,
            "idiom-literal": 99,
            "translit": 65,
            "sense": 38,
            "repetition": 11,
            "omission": 10,
        },
        550,
    ),
    "heldout_r20": (
        {
            "name-calque": 51,
            "title-calque": 26,
            "idiom-literal": 79,
            "translit": 46,
            "sense": 32,
            "repetition": 11,
            "omission": 10,
        },
        532,
    ),
    "heldout_r21": (
        {
            "name-calque": 57,
            "title-calque": 24,
            "idiom-literal": 78,
            "translit": 41,
            "sense": 35,
            "repetition": 11,
            "omission": 10,
        },
        489,
    ),
}
#: the error kind each clean category stands beside (a set holds the clean rows of its kinds)
CLEAN_OF = {
    "name": "name-calque",
    "title": "title-calque",
    "idiom": "idiom-literal",
    "translit": "translit",
    "sense": "sense",
    "repetition": "repetition",
    "omission": "omission",
}


@pytest.fixture(params=sorted(MINIMUM), scope="module")
def heldout(request) -> str:
    return request.param


def _module(folder: str, name: str):
    path = DATA / folder
    sys.path.insert(0, str(path))
    try:
        spec = importlib.util.spec_from_file_location(f"{folder}_{name}", path / f"{name}.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(path))


@functools.lru_cache(maxsize=1)
def _builder():
    """scripts/heldout_set.py, the builder every set's build.py uses."""
    path = DATA.parent.parent / "scripts" / "heldout_set.py"
    spec = importlib.util.spec_from_file_location("heldout_set_for_tests", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _load(folder: str, name: str) -> list[dict]:
    text = (DATA / folder / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold(heldout) -> list[dict]:
    return _load(heldout, "gold.jsonl")


def test_files_match_the_items(heldout):
    build = _module(heldout, "build")
    for name, text in build.outputs().items():
        assert (DATA / heldout / name).read_text(encoding="utf-8") == text, f"{name} is stale: run build.py"


def test_spans_match_the_text(gold):
    for row in gold:
        assert row["flawed"] == bool(row["errors"]) or row["category"] == "story-mt"
        for err in row["errors"]:
            assert row["mt"][err["start"] : err["end"]] == err["span"], row["id"]
            assert err["span"].strip() == err["span"] and err["span"], row["id"]
            kind = err["category"].split(":")[-1]
            if kind == "omission":
                assert err["span"] == row["mt"] and err["needs_source"]
            elif kind == "repetition":
                assert row["mt"].count(err["span"]) >= 2, row["id"]
            else:  # the first occurrence that is a whole word (not दिल inside दिल्ली)
                assert _builder()._locate(row["mt"], err["span"], 0)[0] == err["start"], row["id"]
            assert err["severity"] in {"minor", "major", "critical"}
            assert err["english"]


def test_ids_unique_and_inputs_match(heldout, gold):
    ids = [r["id"] for r in gold]
    assert len(ids) == len(set(ids))
    src_in, hi_in = _load(heldout, "input_src.jsonl"), _load(heldout, "input_hindi.jsonl")
    assert [r["id"] for r in src_in] == ids == [r["id"] for r in hi_in]
    assert [r["mt"] for r in src_in] == [r["mt"] for r in gold] == [r["mt"] for r in hi_in]
    assert all(r["src"] for r in src_in)
    assert all(set(r) == {"id", "doc", "mt"} for r in hi_in)  # no src column for the Hindi-only run


def test_every_category_has_its_rows(heldout, gold):
    spans = Counter(e["category"] for r in gold for e in r["errors"])
    minimum, clean_rows = MINIMUM[heldout]
    for kind, n in minimum.items():
        assert spans[kind] >= n, kind
    clean = Counter(r["category"] for r in gold if not r["flawed"] and not r["category"].startswith("story"))
    assert sum(clean.values()) >= clean_rows
    for kind, error_kind in CLEAN_OF.items():
        if error_kind in minimum:
            assert clean[kind] >= 8, kind
    story = [r for r in gold if r["doc"] == "story-mt"]
    twin = [r for r in gold if r["doc"] == "story-clean"]
    if len(minimum) < len(CLEAN_OF):  # a partial set (heldout_r13) holds no story
        assert not story and not twin
        return
    assert len(story) == len(twin) == 14
    assert [r["src"] for r in story] == [r["src"] for r in twin]
    assert all(not r["errors"] for r in twin)
    assert sum(bool(r["errors"]) for r in story) >= 12


def test_scorer_arithmetic_on_a_synthetic_prediction(heldout, gold):
    score = _module(heldout, "score")
    # a prediction that marks exactly the Hindi-visible gold spans and nothing else
    pred = [
        {
            "id": r["id"],
            "mt": r["mt"],
            "flagged": any(not e["needs_source"] for e in r["errors"]),
            "findings": [
                {"start": e["start"], "end": e["end"], "code": "X"}
                for e in r["errors"]
                if not e["needs_source"]
            ],
        }
        for r in gold
    ]
    table, notes = score.score(gold, pred, hindi_only=True)
    assert table["kinds"]["ALL"]["recall"] == 1.0
    assert table["precision_all_rows"] == 1.0
    assert table["story"]["twin_lines_flagged"] == 0
    assert table["clean"]["ALL"]["flagged"] == 0
    table, notes = score.score(gold, pred, hindi_only=False)
    assert table["kinds"]["sense"]["recall"] == 0.0
    assert any(n.startswith("MISS") for n in notes)


# the helpers' own generalisation checks built with scripts/heldout_set.py (names_r6, titles_r8 ...)
OWN_SETS = sorted(
    p.parent.name
    for p in DATA.glob("*/build.py")
    if not p.parent.name.startswith("heldout_") and "def outputs" in p.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("own", OWN_SETS)
def test_own_sets_are_fresh_and_consistent(own):
    test_files_match_the_items(own)
    gold = _load(own, "gold.jsonl")
    test_spans_match_the_text(gold)
    test_ids_unique_and_inputs_match(own, gold)
    assert any(r["flawed"] for r in gold) and any(not r["flawed"] for r in gold)


def test_own_sets_found():
    assert {
        "names_r8",
        "titles_r8",
        "idioms_r8",
        "names_r11",
        "idioms_r11",
        "idioms_r13",
        "idioms_r14",
        "srcidioms_r15",
        "idioms_r16",
        "idioms_r17",
        "idioms_r18",
        "names_r13",
        "translit_r14",
        "translit_r15",
        "translit_r16",
        "translit_r17",
        "translit_r18",
        "names_r14",
        "senses_r14",
        "senses_r15",
        "senses_r16",
        "senses_r17",
        "senses_r18",
        "senses_r19",
        "precision_r15",
        "precision_r16",
        "precision_r17",
        "precision_r18",
        "srcnames_r15",
        "names_r16",
        "names_r17",
        "names_r18",
        "titles_r16",
        "titles_r17",
        "titles_r18",
    } <= set(OWN_SETS)


@pytest.mark.parametrize("name", ["senses_r8", "senses_r9", "senses_r10", "senses_r11", "senses_r13"])
def test_source_sets_are_fresh_and_consistent(name):
    """senses_r8 (issue 13's own check, built by its build.py): the committed file is its build's
    output, every span sits in its MT, ids are unique, and both flawed and clean rows exist."""
    folder = DATA / name
    out = subprocess.run(
        [sys.executable, str(folder / "build.py")], capture_output=True, text=True, check=True
    ).stdout
    assert out == (folder / f"{name}.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert all(e["span"] in r["mt"] for e in r["errors"]), r["id"]
        assert r["flawed"] == bool(r["errors"]), r["id"]
    assert {r["category"] for r in rows if not r["flawed"]} == {"sense", "free", "omission"}


def test_titles_r11_is_an_own_set():
    """The titles helper's round-11 and round-14 checks (tests/data/titles_r11/, titles_r14/) are built
    and checked like titles_r10."""
    assert {"titles_r10", "titles_r11", "titles_r14"} <= set(OWN_SETS)


@pytest.mark.parametrize("name", ["translit_r10", "translit_r11", "translit_r12", "translit_r13"])
def test_translit_sets_are_fresh_and_consistent(name):
    """The translit helper's own checks: heldout.jsonl is its build.py's output, every span sits in
    its MT, ids are unique, and flawed, twin, look-alike and reduplication rows all exist."""
    folder = DATA / name
    out = subprocess.run(
        [sys.executable, str(folder / "build.py")], capture_output=True, text=True, check=True
    ).stdout
    assert out == (folder / "heldout.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert all(e["span"] in r["mt"] for e in r["errors"]), r["id"]
        assert r["flawed"] == bool(r["errors"]), r["id"]
    clean = {r["category"] for r in rows if not r["flawed"]}
    assert clean == {"translit-twin", "translit-lookalike", "reduplication"}
    assert {e["category"] for r in rows for e in r["errors"]} == {"translit", "repetition"}


def test_translit2_r11_is_an_own_set():
    """The translit2 helper's round-11 check (tests/data/translit2_r11/) is built and checked like the other own sets."""
    assert "translit2_r11" in set(OWN_SETS)
