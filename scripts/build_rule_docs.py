#!/usr/bin/env python3
"""Rebuild docs/rules/codes/<CODE>.md (one page per rule, fixed sections) and the snapshot of the
spans each rule reports on its own examples (tests/data/rule_example_spans.json).

    python scripts/build_rule_docs.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.dev.rule_docs import write_all  # noqa: E402

if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None).parse_args()
    pages = write_all(ROOT)
    print(f"wrote {len(pages)} rule pages to docs/rules/codes/ and tests/data/rule_example_spans.json")
