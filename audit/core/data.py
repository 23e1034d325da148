"""The package's data files (``audit/data/``): the one way to find and read them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DATA_PACKAGE = "audit.data"


def data_path(name: str) -> Path:
    """Filesystem path of ``audit/data/<name>`` (the package is installed unzipped)."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def data_text(name: str) -> str:
    """Text of ``audit/data/<name>`` (UTF-8)."""
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
