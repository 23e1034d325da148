"""Every shipped data file is described in audit/data/README.md (source, licence, rebuild), and every
file the README names exists: the table stays true as data files come and go."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "audit" / "data"


def _named() -> set[str]:
    text = (DATA / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([^`]+)`", text, flags=re.MULTILINE))


def test_every_data_file_has_a_readme_row() -> None:
    shipped = {p.name for p in DATA.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc", ".md")}
    shipped.discard("WORDNET_LICENSE")  # the licence text itself, named by the WordNet rows
    assert shipped - _named() == set()


def test_every_readme_row_names_a_file() -> None:
    assert {name for name in _named() if not (DATA / name).is_file()} == set()
