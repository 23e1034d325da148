"""The package's data files (``audit/data/``): the one way to find and read them."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_PACKAGE = "audit.data"


def data_path(name: str) -> Path:
    """Filesystem path of ``audit/data/<name>`` (the package is installed unzipped)."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def data_text(name: str) -> str:
    """Text of ``audit/data/<name>`` (UTF-8)."""
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@cache
def data_toml(name: str) -> dict[str, Any]:
    """``audit/data/<name>`` parsed as TOML, once per process. The mapping is shared by every
    caller: read it, never change it."""
    return tomllib.loads(data_text(name))
