"""Resuming a batch run: which records an interrupted run already wrote, and which documents remain.

Results are written strictly in input order, so the records of an interrupted run are a prefix
of the inputs, keyed by (doc, segment, id). Used by :mod:`audit.pipeline.batch` (``--resume``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from audit.core.io import InputError
from audit.core.model import Segment
from audit.core.progress import Progress

Key = tuple[str, int, str]


def record_key(record: dict[str, Any]) -> Key:
    return (str(record.get("doc")), int(record.get("segment", 0)), str(record.get("id")))


def segment_key(seg: Segment) -> Key:
    return (str(seg.doc), int(seg.index), str(seg.id))


def completed_keys(path: Path) -> list[Key]:
    """Keys of the records already in ``path``, in order; a half-written last line is cut off.

    Results are written strictly in input order, so after an interruption they are a prefix of
    the inputs: a resumed run skips that many segments (checking that the keys match).

    Not :func:`audit.core.io.read_jsonl_records`: this reader works on bytes, stops quietly at a
    half-written line (the normal state of an interrupted run, not an error) and cuts it off.
    """
    done: list[Key] = []
    if not path.exists():
        return done
    good_end = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            if raw.strip():
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError:
                    break
                if not isinstance(rec, dict) or "mt" not in rec:
                    raise InputError(
                        f"{path}: --resume expects audit results (JSONL records), found something else"
                    )
                done.append(record_key(rec))
            good_end += len(raw)
    if good_end < path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return done


class Resume:
    """Skips the documents whose results are already written and checks they are the same inputs."""

    def __init__(self, done: list[Key], path: Path) -> None:
        self.done = done
        self.path = path
        self.skip_first = 0  # records of the first pending chunk that were already written

    def _check(self, seg: Segment, pos: int) -> None:
        if segment_key(seg) != self.done[pos]:
            doc, index, sid = self.done[pos]
            raise InputError(
                f"{self.path}: record {pos + 1} is {sid} (doc {doc}, segment {index}) but input segment "
                f"{pos + 1} is {seg.id}; these results are from other inputs: run without --resume or "
                "choose another output"
            )

    def pending(
        self, documents: Iterable[tuple[list[Segment], float]], bar: Progress
    ) -> Iterator[tuple[list[Segment], float]]:
        """Documents that still have unaudited segments (whole, so document checks see all of it)."""
        pos, n = 0, len(self.done)
        for doc, weight in documents:
            if pos >= n:
                yield doc, weight
                continue
            for i, seg in enumerate(doc[: n - pos]):
                self._check(seg, pos + i)
            if pos + len(doc) <= n:
                bar.advance(weight)
            else:
                self.skip_first = n - pos
                yield doc, weight
            pos += len(doc)
        if pos < n:
            raise InputError(
                f"{self.path}: has {n} records but the inputs have only {pos} segments; these results "
                "are from other inputs: run without --resume or choose another output"
            )
