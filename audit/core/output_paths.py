"""Checks on output paths before anything is opened for writing.

An output that resolves to an input (the same path, a symbolic link to it, a hard link, or
``-o data.html`` whose derived ``data.jsonl`` is the input) would destroy the user's data, so
it is an error; so are an output that is a directory or lies under a regular file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from audit.core.io import InputError


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def check_output_paths(outputs: Iterable[tuple[str, Path]], inputs: Iterable[Path]) -> None:
    """Raise InputError when an output (``(option, path)``) is an input file or cannot be a file.

    ``inputs`` are the input files (directories already expanded). Paths are compared by real
    path and by device/inode, so symbolic and hard links are caught.
    """
    by_id: dict[tuple[int, int], Path] = {}
    by_real: dict[str, Path] = {}
    for p in inputs:
        if str(p) == "-":
            continue
        ident = _identity(p)
        if ident is not None:
            by_id[ident] = p
        by_real[os.path.realpath(p)] = p
    for option, out in outputs:
        real = os.path.realpath(out)
        ident = _identity(out)
        hit = by_real.get(real) or (by_id.get(ident) if ident is not None else None)
        if hit is not None:
            raise InputError(
                f"{out}: is the input {hit} ({option}); choose an output path that is not an input "
                "(your input was not touched)"
            )
        if out.is_dir():
            raise InputError(f"{out}: is a directory ({option} names the file to write)")
        for parent in Path(real).parents:
            if parent.exists():
                if not parent.is_dir():
                    raise InputError(f"{out}: cannot write under {parent}, which is a file ({option})")
                break
