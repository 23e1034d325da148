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
    glossary: list[str] = field(default_factory=list)  # HI8xx; paths relative to the settings file
    mt_model: str | None = None
    roundtrip: str = "flagged"
    lang: str = "en"  # language of messages and of the report (en, hi)
    # [tool.audit.rules.CODE] tables: overrides of a rule's declared settings (checked against the
    # registry by audit.rules.registry.validate_rule_config when the Auditor is built)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
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
        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{config}: invalid TOML ({exc})") from None
        except OSError as exc:
            raise InputError(f"{config}: cannot read ({exc.strerror})") from None
        tool = data.get("tool")
        table = tool.get("audit", data) if isinstance(tool, dict) else data
        found: tuple[Path, dict[str, Any]] | None = (config, table)
    else:
        found = find_config(start)
    if found is None:
        return Settings()
    path, table = found
    if not isinstance(table, dict):
        raise InputError(f"{path}: [tool.audit] must be a table of settings")
    unknown = set(table) - KNOWN_KEYS
    if unknown:
        raise InputError(
            f"{path}: unknown [tool.audit] setting(s): {', '.join(sorted(unknown))}; "
            f"known: {', '.join(sorted(KNOWN_KEYS))}"
        )
    settings = Settings(source=path)
    for key, value in table.items():
        attr = key.replace("-", "_")
        if attr in ("select", "ignore", "reference_corpus", "glossary") and isinstance(value, str):
            value = [value]
        _check_type(path, key, attr, value)
        if attr == "glossary":
            value = [str(path.parent / g) for g in value]
        setattr(settings, attr, value)
    return settings


_CHOICES = {
    "fail_on": ("minor", "major", "critical"),
    "roundtrip": ("flagged", "all", "none"),
    "lang": ("en", "hi"),
}


def _check_type(path: Path, key: str, attr: str, value: Any) -> None:
    """A wrongly typed setting is one line naming the file and the key, not a crash later."""
    if attr in ("select", "ignore", "reference_corpus", "glossary"):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        want = "a list of strings"
    elif attr == "threshold":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= 1.0
        want = "a number between 0 and 1"
    elif attr == "rules":
        ok = isinstance(value, dict) and all(isinstance(t, dict) for t in value.values())
        want = "a table of [rules.CODE] tables, e.g. [tool.audit.rules.HI401]"
    elif attr in _CHOICES:
        ok = value in _CHOICES[attr]
        want = "one of " + ", ".join(_CHOICES[attr])
    else:
        ok = isinstance(value, str)
        want = "a string"
    if not ok:
        raise InputError(f"{path}: setting '{key}' must be {want}, got {value!r:.60}")
