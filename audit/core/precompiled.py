"""Regexes of the package's lexicons compiled once per machine.

The lexicons (calques, titles) expand into a few hundred large regexes; ``re.compile`` parses
each and generates its matching code every time the package starts (~0.15 s of CPU, most of
the regex work of a start). :func:`precompiled` runs a loader once with a compiler that records
what ``re`` generates — the pattern's flags, code, groups and group names — and keeps that as a
derived table (:mod:`audit.core.derived`, keyed on the package and the Python version, whose
``re`` generated it); later processes hand the recorded code straight to ``_sre.compile``, the
step ``re.compile`` ends with, so every pattern is the one ``re.compile`` would build (equal as
``re.Pattern`` objects, which compares the code). Any pattern the table lacks, or an
interpreter whose ``_sre`` refuses the code, is compiled the ordinary way.

A loader's pure text steps before compiling (the lexicons' pattern language expanded into a
regex, :func:`audit.lang.inflection.expand`: ~20 ms of a start) are recorded in the same table:
``compile.memo(step, text)`` is ``step(text)``, read back at later starts (:func:`memo_step`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from typing import Any, TypeVar, cast

from audit.core.derived import derived_object, fingerprint

try:  # Python >= 3.11
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

T = TypeVar("T")
Compile = Callable[..., "re.Pattern[str]"]
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_CODE_TYPE = "I" if array("I").itemsize == 4 else "L"  # an SRE code word is 32 bits


def precompiled(name: str, make: Callable[[Compile], T]) -> T:
    """``make(compile)``, where ``compile(pattern, flags=0)`` (``re.compile``'s signature) reads the
    code of each regex from the derived table ``regex-<name>``; the first run on a machine (or
    after the package changed) calls ``make`` once more to record it. ``make`` must build the
    same regexes every time (from the package's own data and code, not from user input)."""
    table, steps = derived_object(f"regex-{name}", fingerprint(), lambda: _record(make), accept=_is_table)
    return make(_reader(table, steps))


def memo_step(compile: Compile, step: Callable[[str], str], text: str) -> str:
    """``step(text)`` — a pure text step of a loader before it compiles (pattern expansion) —,
    recorded with the regexes when ``compile`` is :func:`precompiled`'s (``re.compile``: worked out)."""
    memo = getattr(compile, "memo", None)
    return step(text) if memo is None else cast(str, memo(step, text))


def _step_key(step: Callable[[str], str], text: str) -> tuple[str, str]:
    return f"{step.__module__}.{step.__qualname__}", text


def _record(
    make: Callable[[Compile], Any],
) -> tuple[dict[tuple[str, int], Entry], dict[tuple[str, str], str]]:
    table: dict[tuple[str, int], Entry] = {}
    steps: dict[tuple[str, str], str] = {}

    def memo_recording(step: Callable[[str], str], text: str) -> str:
        out = steps[_step_key(step, text)] = step(text)
        return out

    def compile_recording(pattern: str, flags: int = 0) -> re.Pattern[str]:
        flags = int(flags)
        try:
            parsed = _parser.parse(pattern, flags)
            code = _compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for k, i in groupindex.items():
                indexgroup[i] = k
            entry: Entry = (
                flags | parsed.state.flags,
                array(_CODE_TYPE, code).tobytes(),
                parsed.state.groups - 1,
                groupindex,
                tuple(indexgroup),
            )
            compiled = _from_entry(pattern, entry)
        except Exception:  # noqa: BLE001 - a bad pattern raises re.error from re.compile below
            return re.compile(pattern, flags)
        if compiled != re.compile(pattern, flags):  # pragma: no cover - another re: don't record
            return re.compile(pattern, flags)
        table[(pattern, flags)] = entry
        return compiled

    compile_recording.memo = memo_recording  # type: ignore[attr-defined]
    make(compile_recording)
    return table, steps


def _reader(table: dict[tuple[str, int], Entry], steps: dict[tuple[str, str], str]) -> Compile:
    def memo_reading(step: Callable[[str], str], text: str) -> str:
        out = steps.get(_step_key(step, text))
        return step(text) if out is None else out

    def compile_from_table(pattern: str, flags: int = 0) -> re.Pattern[str]:
        entry = table.get((pattern, int(flags)))
        if entry is not None:
            try:
                return _from_entry(pattern, entry)
            except Exception:  # noqa: BLE001  # pragma: no cover - an _sre that refuses the code
                pass
        return re.compile(pattern, flags)

    compile_from_table.memo = memo_reading  # type: ignore[attr-defined]
    return compile_from_table


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    import _sre

    flags, raw, groups, groupindex, indexgroup = entry
    code = array(_CODE_TYPE)
    code.frombytes(raw)
    return _sre.compile(pattern, flags, code.tolist(), groups, dict(groupindex), indexgroup)  # type: ignore[no-any-return]


def _is_table(obj: object) -> bool:
    return isinstance(obj, tuple) and len(obj) == 2 and all(isinstance(x, dict) for x in obj)
