"""An advisory lock on an output, so two runs never write the same files at once.

The lock is ``flock`` on a small hidden file beside the output (``.NAME.lock``); it is released
when the run ends or dies (the kernel drops it with the process), and a second run that finds
it held refuses in one line instead of interleaving its writes with the first.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from audit.core.io import InputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, runs are not serialised
    fcntl = None  # type: ignore[assignment]


def lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.lock")


class OutputLock:
    """``with OutputLock(path):`` holds an exclusive, non-blocking lock for ``path``."""

    def __init__(self, output: Path) -> None:
        self.output = Path(output)
        self.path = lock_path(self.output)
        self._fd: int | None = None

    def acquire(self) -> None:
        if fcntl is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise InputError(
                f"{self.output}: cannot create the lock file {self.path} ({exc.strerror})"
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise InputError(
                f"{self.output}: another audit is writing this output now (lock {self.path}); "
                "wait for it to finish or choose another -o"
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
