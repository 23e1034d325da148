from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    # Tests never read or fill the user's real caches (translations, embeddings, results).
    os.environ["AUDIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="audit-test-cache-")


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
    path = SHARED / "data" / "seed000_gold.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/seed000_gold.jsonl not present beside the repo")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
