"""Editors' accept/dismiss decisions: stable finding keys, loading exported files, applying them.

A decision belongs to a *finding key*: the first 24 hex digits of the SHA-256 of the JSON array
``[segment text, rule code, start, end]`` (``json.dumps(..., ensure_ascii=False,
separators=(",", ":"))``, UTF-8). The text is the segment exactly as audited (``record["mt"]``),
so a decision survives re-runs, re-ordering and new documents as long as that segment's text,
the rule and the span offsets are unchanged, and lapses as soon as any of them changes.
The report embeds each finding's key (``finding["key"]``); its JavaScript stores and exports
decisions under that same key.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATUSES: tuple[str, ...] = ("accepted", "dismissed")
NOTE_ONLY = "open"  # a finding with a note but no decision yet: the note is kept
EXPORT_FORMAT = "hindi-mt-audit-decisions"
_FORMULA_CHARS = "=+-@\t\r"  # the report's CSV export prefixes cells starting so with "'"


def finding_key(text: str, code: str, start: int, end: int) -> str:
    """Stable key of one finding on one segment text (see module docstring)."""
    payload = json.dumps([text, code, int(start), int(end)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


def record_finding_keys(record: Mapping[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Yield ``(finding, key)`` for every finding of a JSONL result record."""
    text = record.get("mt") or ""
    for finding in record.get("findings") or []:
        yield finding, finding_key(text, finding["code"], finding["start"], finding["end"])


@dataclass(frozen=True)
class Decision:
    status: str  # "accepted" | "dismissed"
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"status": self.status, "note": self.note}


@dataclass
class Decisions:
    """Decisions by finding key."""

    by_key: dict[str, Decision] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.by_key)

    def __contains__(self, key: object) -> bool:
        return key in self.by_key

    def get(self, key: str) -> Decision | None:
        return self.by_key.get(key)

    def add(self, key: str, status: str, note: str = "") -> None:
        status = (status or "").strip().lower()
        if status not in STATUSES and not (status == NOTE_ONLY and note):
            raise ValueError(
                f"decision status must be one of {STATUSES} (or open with a note), got {status!r}"
            )
        self.by_key[str(key)] = Decision(status=status, note=str(note or ""))


class DecisionsError(ValueError):
    """A decisions file that cannot be read; the message says why in one line."""


def _rows_from_json(data: Any) -> Iterable[Mapping[str, Any]]:
    if isinstance(data, Mapping) and "format" in data and data.get("format") != EXPORT_FORMAT:
        raise DecisionsError(
            f"format is {data.get('format')!r}, not {EXPORT_FORMAT!r}: not a decisions file "
            "exported from a report"
        )
    if isinstance(data, Mapping) and "decisions" in data:
        data = data["decisions"]
    if isinstance(data, Mapping):  # {key: {"status":…, "note":…}} or {key: "dismissed"}
        rows = []
        for key, value in data.items():
            if isinstance(value, str):
                rows.append({"key": key, "status": value})
            elif isinstance(value, Mapping):
                rows.append({"key": key, **value})
        return rows
    if isinstance(data, list):
        return [row for row in data if isinstance(row, Mapping)]
    raise DecisionsError("expected a list of decisions or an object with a 'decisions' list")


def load_decisions(path: str | Path) -> Decisions:
    """Read decisions exported from a report (``.json`` or ``.csv``).

    Rows need ``key`` and ``status``; ``note`` is optional. Rows without a key can be keyed from
    ``mt`` + ``code`` + ``start`` + ``end`` when those are present. ``open`` rows keep their note;
    other unknown statuses are skipped. A file none of whose rows has a key (or mt/code/start/end)
    and a status — results JSONL, a table of something else — is rejected with
    :class:`DecisionsError`, so a wrong file is never applied as "no decisions".
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(f"cannot read decisions file {path}: {exc}") from exc
    is_csv = path.suffix.lower() in {".csv", ".tsv"}
    if is_csv:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        rows: Iterable[Mapping[str, Any]] = list(csv.DictReader(raw.splitlines(), delimiter=delimiter))
    else:
        try:
            rows = _rows_from_json(json.loads(raw))
        except json.JSONDecodeError as exc:
            raise DecisionsError(f"{path} is not valid JSON: {exc}") from exc
    rows = list(rows)
    shaped = [
        row
        for row in rows
        if isinstance(row, Mapping)
        and "status" in row
        and ("key" in row or {"mt", "code", "start", "end"} <= set(row))
    ]
    if rows and not shaped:
        have = (
            ", ".join(sorted(map(str, rows[0])))[:120]
            if isinstance(rows[0], Mapping)
            else type(rows[0]).__name__
        )
        raise DecisionsError(
            f"{path}: not a decisions file: no row has 'key' and 'status' (first row has: {have}); "
            "export decisions from the report with its Export buttons"
        )
    decisions = Decisions()
    for row in rows:
        key = (row.get("key") or "").strip()
        if not key and row.get("mt") is not None and row.get("code"):
            try:
                key = finding_key(row["mt"], row["code"], int(row["start"]), int(row["end"]))
            except (KeyError, TypeError, ValueError):
                key = ""
        status = str(row.get("status") or "").strip().lower()
        note = str(row.get("note") or "")
        if is_csv and len(note) > 1 and note[0] == "'" and note[1] in _FORMULA_CHARS:
            note = note[1:]  # undo the report's spreadsheet-formula guard
        if key and (status in STATUSES or (status == NOTE_ONLY and note.strip())):
            decisions.add(key, status, note)
    return decisions


def apply_decisions(records: list[dict[str, Any]], decisions: Decisions) -> int:
    """Mark matching findings in place: ``finding["decision"] = {"status": …, "note": …}``.

    Returns how many findings got a decision (the CLI reports it: "3 of 5 decisions applied").
    """
    applied = 0
    for record in records:
        for finding, key in record_finding_keys(record):
            decision = decisions.get(key)
            if decision is not None:
                finding["decision"] = decision.to_dict()
                applied += 1
            else:
                finding.pop("decision", None)
    return applied
