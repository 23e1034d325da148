"""Benchmark guard: hostile inputs of up to 1 MB must be audited in seconds, not minutes.

    python scripts/hostile_bench.py            # prints the timings, exit 1 if one takes > 10 s
    python scripts/hostile_bench.py --limit 30 # another limit (a slower machine)

Builds the 26-row hostile file of issue 11 (long lines full of full stops, 16k-character words,
runs of combining marks and vowel signs, zero-width and bidi characters, ...) and three ~1 MB
inputs, and times `audit check` on each in a fresh process. A guard for the linear-time
promises of docs/reliability.md, measured here and not asserted in a unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
H = "उत्तर कोरिया के नेता किम जोंग उन ने कल भाषण दिया।"


def hostile_rows() -> list[str]:
    return [
        "a. " * 20_000,  # 60 KB of full stops: quadratic splitting took 11 s (120 KB: 57 s)
        "a. " * 40_000,
        "क" * 16_000,  # one 16k-character word: 64 s in HI4
        "कि" * 8_000,
        "ग" + "\u0301" * 16_000,  # 16k combining marks: 18 s
        "क" + "\u093f" * 16_000,
        "क ने " * 4_000,
        "!" * 16_000,
        "." * 16_000,
        "\u200b".join(H.split()),
        "\u202e" + H,
        H.replace("किम", "कि\u200dम") * 200,
        ("ab " * 5_000) + H,
        H * 1_000,
        "\x00" * 1_000 + H,
        "\x1b[2J" * 1_000 + H,
        "- " * 10_000,
        "= " * 10_000,
        "।" * 10_000,
        "(" * 5_000 + H + ")" * 5_000,
        "“" * 5_000 + H,
        "१२३" * 5_000,
        "1२" * 5_000,
        "क्" * 8_000,
        "\u0901" * 16_000,
        H.replace(" ", "\t") * 500,
    ]


def write_inputs(folder: Path) -> list[Path]:
    rows = hostile_rows()
    hostile = folder / "hostile26.jsonl"
    hostile.write_text(
        "".join(json.dumps({"id": f"h{i}", "mt": t}, ensure_ascii=False) + "\n" for i, t in enumerate(rows)),
        encoding="utf-8",
    )
    one_line = folder / "one-line-1mb.txt"
    one_line.write_text(("कोई वाक्य. " * 60_000)[:340_000], encoding="utf-8")  # ~1 MB of UTF-8
    many = folder / "many-rows-1mb.jsonl"
    many.write_text(
        "".join(
            json.dumps({"id": f"r{i}", "mt": f"{H} {i}"}, ensure_ascii=False) + "\n" for i in range(7_000)
        ),
        encoding="utf-8",
    )
    word = folder / "one-word-1mb.txt"
    word.write_text("क" * 340_000, encoding="utf-8")
    return [hostile, one_line, many, word]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=10.0, help="seconds allowed per input (default 10)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for path in write_inputs(Path(tmp)):
            t0 = time.perf_counter()
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "audit.cli",
                    "check",
                    str(path),
                    "--format",
                    "jsonl",
                    "--no-cache",
                    "-o",
                    str(Path(tmp) / "out.jsonl"),
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            seconds = time.perf_counter() - t0
            worst = max(worst, seconds)
            size = path.stat().st_size / 1e6
            print(f"{path.name:24} {size:5.2f} MB  exit {proc.returncode}  {seconds:6.1f} s")
            if proc.returncode not in (0, 1):
                print(proc.stderr.strip()[-300:])
                return 1
    print(f"slowest: {worst:.1f} s (limit {args.limit:g} s)")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    raise SystemExit(main())
