"""Settings from ``[tool.audit]`` in pyproject.toml or an ``audit.toml`` (ruff-style).

The nearest ``audit.toml`` or ``pyproject.toml`` with a ``[tool.audit]`` table, searching from
the working directory upwards, supplies defaults; command-line options override them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from audit.core.io import InputError


@dataclass
class Settings:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    threshold: float | None = None
    fail_on: str | None = None
    reference_corpus: list[str] = field(default_factory=list)
    mt_model: str | None = None
    roundtrip: str = "flagged"
    source: Path | None = None  # the file the settings came from


KNOWN_KEYS = {f.name.replace("_", "-") for f in fields(Settings) if f.name != "source"}


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("audit.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: invalid TOML ({exc})") from None
            table = data if name == "audit.toml" else data.get("tool", {}).get("audit")
            if name == "audit.toml" and "tool" in data:
                table = data["tool"].get("audit", table)
            if table is not None:
                return path, table
    return None


def load_settings(config: Path | None = None, start: Path | None = None) -> Settings:
    """Settings from an explicit ``config`` file or the nearest one found from ``start``."""
    if config is not None:
        if not config.is_file():
            raise InputError(f"{config}: config file not found")
        data = tomllib.loads(config.read_text(encoding="utf-8"))
        table = data.get("tool", {}).get("audit", data)
        found: tuple[Path, dict[str, Any]] | None = (config, table)
    else:
        found = find_config(start)
    if found is None:
        return Settings()
    path, table = found
    unknown = set(table) - KNOWN_KEYS
    if unknown:
        raise InputError(f"{path}: unknown [tool.audit] setting(s): {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(sorted(KNOWN_KEYS))}")
    settings = Settings(source=path)
    for key, value in table.items():
        attr = key.replace("-", "_")
        if attr in ("select", "ignore", "reference_corpus") and isinstance(value, str):
            value = [value]
        setattr(settings, attr, value)
    return settings
