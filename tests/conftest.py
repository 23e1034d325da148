from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
TEST_DATA = Path(__file__).resolve().parent / "data"
SHARED_SKIP = "needs ../shared/data/"


def pytest_configure(config: pytest.Config) -> None:
    # Tests never read or fill the user's real caches (translations, embeddings, results).
    os.environ["AUDIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="audit-test-cache-")
    config.addinivalue_line("markers", "shared_data: reads ../shared/data (IndicMT-Eval, not vendored)")


def shared_data(name: str) -> Path:
    """``../shared/data/<name>``; skipped (counted at the end of the run) when absent, a failure
    with ``AUDIT_REQUIRE_SHARED=1``. The IndicMT-Eval files are not vendored: no stated licence."""
    path = SHARED / "data" / name
    if not path.exists():
        if os.environ.get("AUDIT_REQUIRE_SHARED"):
            pytest.fail(f"{path} is missing and AUDIT_REQUIRE_SHARED is set")
        pytest.skip(f"{SHARED_SKIP}{name} not present beside the repo")
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many precision/recall guards did not run for lack of ../shared (never silently)."""
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if SHARED_SKIP in str(r.longrepr)]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} test(s) need ../shared/data (IndicMT-Eval) and were skipped: "
            "put the project's shared folder beside the repo to run them",
            yellow=True,
            bold=True,
        )


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seed000() -> Path:
    return seed_path("000")


@pytest.fixture(scope="session")
def clean_seeds() -> list[Path]:
    return [seed_path(p) for p in ("001", "002", "003", "004")]


@pytest.fixture(scope="session")
def seed_gold() -> list[dict]:
    path = TEST_DATA / "seed000_gold.jsonl"  # vendored copy (tests/data/README.md)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
