"""Opening the on-disk caches (sqlite): a corrupt file is rebuilt, an unusable folder is one line.

The translation, embedding and result caches are all rebuildable, so a file that is not a
sqlite database (a crash mid-write on another tool, a hand edit, garbage) is moved aside and
recreated with a warning. A cache folder that cannot be used at all (it is a file, it is
read-only, the disk is full) is an :class:`InputError`: one line, exit 2, naming the folder
and the ways out (``--cache-dir`` elsewhere, ``--no-cache``).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import platformdirs

from audit.core.io import InputError


def cache_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The cache folder: ``--cache-dir``, else ``$AUDIT_CACHE_DIR``, else the platform cache folder.

    The translation, embedding and result caches all live here (`audit cache info|clear`).
    """
    if explicit:
        return Path(explicit)
    env = os.environ.get("AUDIT_CACHE_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir("hindi-mt-audit"))


def _unusable(path: Path, why: str) -> InputError:
    return InputError(
        f"{path.parent}: cache folder not usable ({why}); give another --cache-dir, set "
        "AUDIT_CACHE_DIR, or pass --no-cache"
    )


def open_cache_db(path: Path, schema: str, warn: bool = True) -> sqlite3.Connection:
    """A connection to the sqlite cache at ``path`` with ``schema`` (CREATE TABLE IF NOT EXISTS …)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise _unusable(path, "it is a file") from None
    except NotADirectoryError:
        raise _unusable(path, "a part of the path is a file") from None
    except OSError as exc:
        raise _unusable(path, exc.strerror or str(exc)) from None
    if not path.parent.is_dir():
        raise _unusable(path, "it is a file")
    for attempt in (1, 2):
        try:
            db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            db.execute(schema)
            db.commit()
            return db
        except sqlite3.DatabaseError as exc:
            corrupt = not isinstance(exc, sqlite3.OperationalError) or "not a database" in str(exc)
            if not corrupt or attempt == 2:
                raise _unusable(path, str(exc)) from None
            try:
                db.close()
                path.unlink()
            except OSError as unlink_exc:
                raise _unusable(
                    path, f"{path.name} is corrupt and cannot be removed: {unlink_exc.strerror}"
                ) from None
            if warn:
                print(
                    f"warning: {path} was not a valid cache database ({exc}); it was removed and rebuilt",
                    file=sys.stderr,
                )
    raise AssertionError("unreachable")  # pragma: no cover


def remove_cache_file(path: Path) -> bool:
    """Delete a cache file whatever its state (corrupt included); True if there was one."""
    path = Path(path)
    if not path.exists():
        return False
    if not path.is_file():
        raise InputError(f"{path}: not a cache file (a folder?); remove it by hand")
    try:
        path.unlink()
    except OSError as exc:
        raise InputError(f"{path}: cannot remove ({exc.strerror})") from None
    return True
