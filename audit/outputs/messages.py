"""Finding messages in the user's language (``--lang en|hi``), from ``audit/data/messages.toml``.

Detectors write one message each, in whichever language suits the rule; this module renders
every finding's message in English or Hindi from the catalogue (see the file's header for the
format), so a report, table or JSONL speaks one language. English is the default
(:data:`DEFAULT_LANG`). A rule without a catalogue entry keeps its detector's message.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from audit.core.data import data_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGS: tuple[str, ...] = ("en", "hi")
DEFAULT_LANG = "en"
_FORMATTER = string.Formatter()


@lru_cache(maxsize=1)
def catalogue() -> dict[str, list[dict[str, Any]]]:
    """Rule code → its message variants."""
    raw = data_text("messages.toml")
    data = tomllib.loads(raw)
    return {code: list(entry.get("variants", [])) for code, entry in data.items()}


def _value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v == v else ""
    if isinstance(v, (list, tuple)):
        return ", ".join(_value(x) for x in v if x is not None and _value(x))
    return str(v)


def _fields(finding: Mapping[str, Any]) -> dict[str, str]:
    evidence = finding.get("evidence") or {}
    fields = {str(k): _value(v) for k, v in evidence.items()} if isinstance(evidence, Mapping) else {}
    for key in ("span", "suggestion", "code", "category", "severity"):
        fields[key] = _value(finding.get(key))
    fields["message"] = _value(finding.get("message_src") or finding.get("message"))  # the detector's own
    return fields


def _applies(
    variant: Mapping[str, Any], finding: Mapping[str, Any], fields: Mapping[str, str], lang: str
) -> bool:
    evidence = finding.get("evidence") or {}
    for key, want in (variant.get("when") or {}).items():
        if not isinstance(evidence, Mapping) or str(evidence.get(key)) != str(want):
            return False
    if any(not isinstance(evidence, Mapping) or key not in evidence for key in variant.get("has") or []):
        return False
    template = variant.get(lang)
    if not isinstance(template, str):
        return False
    names = [name for _, name, _, _ in _FORMATTER.parse(template) if name]
    return all(fields.get(name) for name in names)


def render_message(finding: Mapping[str, Any], lang: str = DEFAULT_LANG) -> str:
    """The finding's message in ``lang``; the detector's own message when nothing fits."""
    if lang not in LANGS:
        raise ValueError(f"message language must be one of {', '.join(LANGS)}, not {lang!r}")
    own = str(finding.get("message_src") or finding.get("message") or "")
    variants = catalogue().get(str(finding.get("code")), [])
    fields = _fields(finding)
    for variant in variants:
        if _applies(variant, finding, fields, lang):
            return str(variant[lang]).format_map(fields)
    return own


def localize_records(records: Iterable[dict[str, Any]], lang: str = DEFAULT_LANG) -> None:
    """Set every finding's ``message`` of JSONL records to ``lang``, in place (kept: ``message_src``)."""
    for record in records:
        for finding in record.get("findings") or []:
            text = render_message(finding, lang)
            if text != finding.get("message"):
                finding.setdefault("message_src", finding.get("message"))
                finding["message"] = text
            if finding.get("message_src") == finding.get("message"):
                finding.pop("message_src")
