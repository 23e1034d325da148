"""Every developer script answers ``--help`` with its usage: exit 0, no traceback, and no file
of the repository touched (a build script once emptied the data file it rebuilds on ``--help``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(p for p in (ROOT / "scripts").glob("*.py") if "__main__" in p.read_text(encoding="utf-8"))


def _tree_state() -> dict[Path, tuple[int, int]]:
    folders = (ROOT / "audit" / "data", ROOT / "docs", ROOT / "tests" / "data")
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for d in folders for p in d.rglob("*") if p.is_file()}


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_script_help(script: Path) -> None:
    before = _tree_state()
    proc = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert "usage" in proc.stdout.lower() or "python scripts/" in proc.stdout
    assert _tree_state() == before
