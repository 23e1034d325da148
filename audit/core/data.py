"""The package's data files (``audit/data/``): the one way to find and read them."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

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
    """``audit/data/<name>`` parsed as TOML, once per process and read back as a derived table
    (:mod:`audit.core.derived`, keyed on the package's files: tomllib parses the lexicons in
    ~10x the time a pickle of the parsed mapping reads in). The mapping is shared by every
    caller: read it, never change it."""
    from audit.core.derived import derived_object, fingerprint

    return cast(
        "dict[str, Any]",
        derived_object(
            f"toml-{name}",
            fingerprint(),
            lambda: tomllib.loads(data_text(name)),
            accept=lambda obj: isinstance(obj, dict),
        ),
    )
