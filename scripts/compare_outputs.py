#!/usr/bin/env python3
"""Byte-for-byte comparison of `audit` outputs between a git revision and the working tree.

A refactoring that claims "behaviour unchanged" runs this: the same inputs go through
`audit check --format jsonl` (and `audit run --no-roundtrip`, whose results JSONL comes from the
batch engine) once with the code of REV (exported with `git archive` into a temporary folder)
and once with the working tree; every output must be identical, byte for byte.

Inputs (the shared data is optional; a missing file is reported and skipped):
  seeds        seeds/ (the five sample documents)
  <data>.jsonl each JSONL file of ../shared/data (IndicMT-Eval rows: --mt-col translation
               --src-col src --ref-col ref; the seed gold: --mt-col text)
  batch1000    a 1,000-segment Hindi-only batch (the first 1,000 rows of IndicMT train clean,
               translation only), through `audit check` and through `audit run` (batch engine)
  heldout_r4   tests/data/heldout_r4 (487 rows): input_hindi.jsonl Hindi-only, and
               heldout_r4-src: input_src.jsonl with its English sources
  heldout_r5   the same for tests/data/heldout_r5 (649 rows), and heldout_r5-src
  heldout_r6   the same for tests/data/heldout_r6 (752 rows), and heldout_r6-src
  heldout_r7   the same for tests/data/heldout_r7 (750 rows), and heldout_r7-src
  heldout_r8   the same for tests/data/heldout_r8 (767 rows), and heldout_r8-src
  heldout_r9   the same for tests/data/heldout_r9 (773 rows), and heldout_r9-src
  heldout_r10  the same for tests/data/heldout_r10 (835 rows), and heldout_r10-src
  heldout_r11  the same for tests/data/heldout_r11 (824 rows), and heldout_r11-src

Every run uses --no-cache and a fresh AUDIT_CACHE_DIR so no cached result hides a change.

Usage:
  python scripts/compare_outputs.py --rev 71e17b4              # compare REV with the working tree
  python scripts/compare_outputs.py --rev main --only seeds    # one input only (quick)
  python scripts/compare_outputs.py --save DIR                 # only write the working tree's outputs
  python scripts/compare_outputs.py --rev REV --save DIR       # only write REV's outputs
  python scripts/compare_outputs.py --against DIR              # compare the tree with outputs saved earlier

Exit status: 0 identical, 1 a difference (the first differing line is printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AUDIT_SHARED_DIR", ROOT.parent / "shared")) / "data"
INDICMT_COLS = ["--mt-col", "translation", "--src-col", "src", "--ref-col", "ref"]
# `python -c` so that the code under PYTHONPATH (not an installed entry point) runs.
LAUNCH = "import sys; sys.argv[0] = 'audit'; from audit.cli import main; main()"


def _cases(workdir: Path) -> list[tuple[str, list[str]]]:
    """(name, audit arguments) pairs; `{out}` is replaced by the output path."""
    cases: list[tuple[str, list[str]]] = [("seeds", ["check", str(ROOT / "seeds"), "--format", "jsonl"])]
    for path in sorted(SHARED.glob("*.jsonl")):
        cols = ["--mt-col", "text"] if "gold" in path.name else INDICMT_COLS
        cases.append((path.stem, ["check", str(path), "--format", "jsonl", *cols]))
    train = SHARED / "indicmt_eval_hin_train.clean.jsonl"
    if train.is_file():
        # a fixed path: the input's path is the `doc` of every record, so it must not vary per run
        batch = Path(tempfile.gettempdir()) / "audit-compare-inputs" / "batch1000.jsonl"
        batch.parent.mkdir(exist_ok=True)
        if not batch.exists():  # read here, not with audit's reader: this script imports no audit code
            with train.open(encoding="utf-8") as fh, batch.open("w", encoding="utf-8") as out:
                for i, line in enumerate(fh):
                    if i >= 1000:
                        break
                    row = json.loads(line)
                    out.write(
                        json.dumps({"id": f"b{i:04d}", "mt": row["translation"]}, ensure_ascii=False) + "\n"
                    )
        cases.append(("batch1000", ["check", str(batch), "--format", "jsonl"]))
        cases.append(("batch1000-run", ["run", str(batch), "--no-roundtrip", "-o", "{out}.html"]))
    else:
        print(f"note: {train} not found; the shared-data cases are skipped", file=sys.stderr)
    # the round-4 to round-10 held-out sets (in the repository), Hindi-only and with their sources
    for rnd in (f"heldout_r{n}" for n in range(4, 12)):
        heldout = ROOT / "tests" / "data" / rnd
        if not (heldout / "input_src.jsonl").is_file():
            continue
        cases.append(
            (rnd, ["check", str(heldout / "input_hindi.jsonl"), "--format", "jsonl", "--mt-col", "mt"])
        )
        cases.append(
            (
                f"{rnd}-src",
                [
                    "check",
                    str(heldout / "input_src.jsonl"),
                    "--format",
                    "jsonl",
                    "--mt-col",
                    "mt",
                    "--src-col",
                    "src",
                ],
            )
        )
    return cases


def _run_case(code_dir: Path, name: str, args: list[str], out_dir: Path) -> Path:
    out = out_dir / name
    env = dict(os.environ, PYTHONPATH=str(code_dir), PYTHONHASHSEED="0", COLUMNS="140")
    with tempfile.TemporaryDirectory(prefix="audit-cmp-cache-") as cache:
        env["AUDIT_CACHE_DIR"] = cache
        argv = [a.replace("{out}", str(out)) for a in args] + ["--no-cache"]
        proc = subprocess.run(
            [sys.executable, "-c", LAUNCH, *argv], env=env, cwd=code_dir, capture_output=True
        )
    if args[0] == "run":
        jsonl = out.with_suffix(".jsonl")  # the run writes {out}.jsonl beside {out}.html
        (out_dir / f"{name}.stdout").write_bytes(jsonl.read_bytes() if jsonl.exists() else b"")
    else:
        (out_dir / f"{name}.stdout").write_bytes(proc.stdout)
    (out_dir / f"{name}.rc").write_text(f"{proc.returncode}\n")
    (out_dir / f"{name}.stderr").write_bytes(proc.stderr)  # kept for reading, not compared
    if proc.returncode != 0:
        sys.stderr.write(
            f"  {name}: exit {proc.returncode}\n" + proc.stderr.decode("utf-8", "replace")[-3000:]
        )
    return out_dir / f"{name}.stdout"


def produce(code_dir: Path, out_dir: Path, only: set[str] | None, workdir: Path) -> list[str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    names = []
    for name, args in _cases(workdir):
        if only and name not in only:
            continue
        print(f"  {code_dir.name}: {name} ...", file=sys.stderr, flush=True)
        _run_case(code_dir, name, args, out_dir)
        names.append(name)
    return names


def export_rev(rev: str, dest: Path) -> None:
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)


def compare(a: Path, b: Path, names: list[str]) -> int:
    bad = 0
    for name in names:
        for suffix in (".stdout", ".rc"):
            x, y = (a / f"{name}{suffix}").read_bytes(), (b / f"{name}{suffix}").read_bytes()
            if x == y:
                continue
            bad += 1
            xl, yl = x.splitlines(), y.splitlines()
            first = next((i for i, (p, q) in enumerate(zip(xl, yl)) if p != q), min(len(xl), len(yl)))
            print(f"DIFF {name}{suffix}: {len(xl)} vs {len(yl)} lines, first difference at line {first + 1}")
            print("  rev :", (xl[first] if first < len(xl) else b"<eof>")[:300].decode("utf-8", "replace"))
            print("  tree:", (yl[first] if first < len(yl) else b"<eof>")[:300].decode("utf-8", "replace"))
        if (a / f"{name}.stdout").read_bytes() == (b / f"{name}.stdout").read_bytes():
            n = (a / f"{name}.stdout").read_bytes().count(b"\n")
            print(f"same {name}: {n} lines")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rev", help="git revision to compare the working tree against")
    ap.add_argument("--save", type=Path, help="write the working tree's outputs here (no comparison)")
    ap.add_argument("--against", type=Path, help="compare with outputs saved earlier by --save")
    ap.add_argument("--keep", type=Path, help="keep both output folders under this folder")
    ap.add_argument("--only", help="comma-separated case names (seeds, batch1000, <data file stem>, ...)")
    ns = ap.parse_args()
    if not (ns.rev or ns.save or ns.against):
        ap.error("give --rev REV, --save DIR or --against DIR")
    only = set(ns.only.split(",")) if ns.only else None
    with tempfile.TemporaryDirectory(prefix="audit-cmp-") as tmp:
        work = Path(tmp)
        if ns.save:
            code = ROOT
            if ns.rev:
                export_rev(ns.rev, work / "rev")
                code = work / "rev"
            produce(code, ns.save, only, work)
            return 0
        if ns.against:
            names = produce(ROOT, work / "out-tree", only, work)
            bad = compare(ns.against, work / "out-tree", names)
            print(f"{'identical' if not bad else f'{bad} difference(s)'}: {ns.against} vs working tree")
            return 1 if bad else 0
        export_rev(ns.rev, work / "rev")
        base = ns.keep or work
        names = produce(work / "rev", base / "out-rev", only, work)
        produce(ROOT, base / "out-tree", only, work)
        bad = compare(base / "out-rev", base / "out-tree", names)
        print(
            f"{'identical' if not bad else f'{bad} difference(s)'}: {ns.rev} vs working tree, {len(names)} case(s)"
        )
        if ns.keep is None:
            shutil.rmtree(base / "out-rev", ignore_errors=True)
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
