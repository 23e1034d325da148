"""Where the chunks of a batch run are audited: in this process, in worker processes, or on Dask.

:func:`audit_chunk` is the unit of work of every engine (whole documents in, JSONL records out);
:func:`make_engine` picks the engine for ``--engine``/``--jobs``. Worker processes build their
:class:`~audit.pipeline.auditor.Auditor` once and exit with their parent. Used by
:mod:`audit.pipeline.batch`.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from audit.core.gctune import raise_threshold_for_process
from audit.core.io import InputError
from audit.core.model import Segment
from audit.pipeline.auditor import Auditor

CONNECT_TIMEOUT_S = 10  # --dask-address: give up on an unreachable scheduler after this

# ---- the per-chunk audit (runs in workers) -----------------------------------------------------

_AUDITORS: dict[str, Any] = {}


def _auditor_for(auditor_kwargs: dict[str, Any]) -> Any:
    key = json.dumps(auditor_kwargs, sort_keys=True, default=str)
    auditor = _AUDITORS.get(key)
    if auditor is None:
        auditor = _AUDITORS[key] = Auditor(**auditor_kwargs)
    return auditor


def audit_chunk(auditor_kwargs: dict[str, Any], segments: list[Segment]) -> list[dict[str, Any]]:
    """Audit whole documents and return their JSONL records (the unit of work of every engine)."""
    auditor = _auditor_for(auditor_kwargs)
    return [r.to_record() for r in auditor.iter_check(segments)]


def _init_worker(auditor_kwargs: dict[str, Any], parent: int | None = None) -> None:
    _exit_with_parent(parent if parent is not None else os.getppid())
    raise_threshold_for_process()
    _auditor_for(auditor_kwargs)


def _exit_with_parent(parent: int, poll_seconds: float = 0.5) -> None:
    """A worker ends when its parent (pid ``parent``) dies: SIGKILL leaves no one to shut the pool down.

    On Linux the kernel sends SIGTERM at the parent's death (``PR_SET_PDEATHSIG``); everywhere a
    daemon thread also polls the parent id and exits when the worker has been re-parented (also
    when that happened before this worker got here).
    """
    import threading

    if os.getppid() != parent:
        os._exit(1)
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


# ---- engines -----------------------------------------------------------------------------------


class _InlineFuture:
    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


class _Engine:
    """submit(fn, *args) -> future with .result(); close()."""

    slots: int = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return _InlineFuture(fn(*args))

    def close(self, cancel: bool = False) -> None:
        return None


class _ProcessEngine(_Engine):
    def __init__(self, jobs: int, auditor_kwargs: dict[str, Any]) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.slots = jobs
        self.pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(auditor_kwargs, os.getpid()),
        )

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.pool.submit(fn, *args)

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)


class _DaskEngine(_Engine):
    def __init__(self, jobs: int, address: str | None, processes: bool) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - dask is in the [scale] extra
            raise InputError(
                "--engine dask needs dask[distributed]: pip install 'hindi-mt-audit[scale]'"
            ) from None
        self.cluster = None
        if address:
            try:
                self.client = Client(address, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError) as exc:
                raise InputError(
                    f"--dask-address {address}: cannot reach the scheduler ({exc}); is the cluster running?"
                ) from None
        else:
            self.cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=processes, dashboard_address=None
            )
            self.client = Client(self.cluster)
        workers = len(self.client.scheduler_info().get("workers", {})) or jobs
        self.slots = max(workers, 1)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(
    engine: str,
    jobs: int,
    auditor_kwargs: dict[str, Any],
    dask_address: str | None = None,
    dask_processes: bool = True,
) -> _Engine:
    if engine == "dask":
        return _DaskEngine(jobs, dask_address, dask_processes)
    if engine != "local":
        raise InputError(f"--engine must be local or dask, got {engine!r}")
    return _ProcessEngine(jobs, auditor_kwargs) if jobs > 1 else _Engine()
