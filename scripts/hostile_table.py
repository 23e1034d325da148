"""Run the hostile-input suite and print its table (family, cases, passed) as Markdown.

    python scripts/hostile_table.py            # all families, the slow ones included
    python scripts/hostile_table.py -m "not slow"

Each test function of tests/test_hostile_inputs.py is a family; its parameters are the cases.
The table in docs/reliability.md is this script's output.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={xml}",
                str(ROOT / "tests" / "test_hostile_inputs.py"),
                *argv,
            ],
            cwd=ROOT,
        )
        tree = ET.parse(xml)
    rows: dict[str, dict[str, int]] = defaultdict(
        lambda: {"cases": 0, "passed": 0, "skipped": 0, "failed": 0}
    )
    for case in tree.iter("testcase"):
        family = case.get("name", "").split("[")[0].removeprefix("test_").replace("_", " ")
        row = rows[family]
        row["cases"] += 1
        if case.find("skipped") is not None:
            row["skipped"] += 1
        elif case.find("failure") is not None or case.find("error") is not None:
            row["failed"] += 1
        else:
            row["passed"] += 1
    print("| family | cases | passed | skipped | failed |")
    print("|---|---:|---:|---:|---:|")
    for family, r in rows.items():
        print(f"| {family} | {r['cases']} | {r['passed']} | {r['skipped']} | {r['failed']} |")
    total = {k: sum(r[k] for r in rows.values()) for k in ("cases", "passed", "skipped", "failed")}
    print(f"| **total** | {total['cases']} | {total['passed']} | {total['skipped']} | {total['failed']} |")
    return 1 if total["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
