"""The file layer under every reader and writer: the one input error, strict decoding (UTF-8,
UTF-16 with a byte-order mark; UTF-16 without one refused), regular files only, and atomic
writes. :mod:`audit.core.io` (tables, text files) and :mod:`audit.core.jsonl` build on it.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


class InputError(Exception):
    """A problem with the user's input: printed as one line, exit code 2."""


def looks_utf16_without_bom(data: bytes) -> bool:
    """True when every other byte is NUL or 0x09 (ASCII or Devanagari in UTF-16) and the others are not.

    UTF-16 Hindi without a byte-order mark is valid UTF-8 byte by byte ("(\\t.\\t…"), so the
    decoder alone would turn it into garbage segments; this catches it.
    """
    sample = data[:4096]
    if len(sample) < 4:
        return False
    halves = (sample[0::2], sample[1::2])
    share = [sum(b in (0, 9) for b in h) / len(h) for h in halves]
    zeros = sample.count(0)
    return zeros > 0 and max(share) >= 0.9 and min(share) < 0.5


def decode_bytes(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}: UTF-16 file with an invalid character at byte offset {exc.start}; "
                "re-save the file as UTF-8"
            ) from None
    if looks_utf16_without_bom(data):
        raise InputError(f"{path}: looks like UTF-16 without a byte-order mark; re-save the file as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 at byte offset {exc.start} "
            f"(byte 0x{data[exc.start]:02x}); re-save the file as UTF-8"
        ) from None
    return text


def read_bytes(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    require_regular_file(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def require_regular_file(path: Path) -> None:
    """Refuse FIFOs, devices and sockets (reading a FIFO waits forever); ``-`` is stdin."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{path}: broken symbolic link (or a link loop)") from None
        raise InputError(f"{path}: no such file or directory") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise InputError(f"{path}: symbolic link loop") from None
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(mode):
        raise InputError(
            f"{path}: not a regular file (a FIFO, device or socket); give a file, or - for stdin"
        )


@contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place on success.

    A disk or permission error (full or read-only disk, ``path`` a directory or under a file)
    becomes an :class:`InputError` naming ``path``; the previous file, if any, is untouched and
    no temporary file is left behind.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _write_error(target, exc) from None
    try:
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the file the usual permissions
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise _write_error(target, exc) from None
        raise


def _write_error(target: Path, exc: OSError) -> InputError:
    if target.is_dir():
        why = "is a directory"
    elif any(p.exists() and not p.is_dir() for p in target.parents):
        why = "a folder in the path is a file"
    else:
        why = exc.strerror or str(exc)
    kept = "; the previous file was kept" if target.is_file() else ""
    return InputError(f"{target}: cannot write ({why}){kept}")
