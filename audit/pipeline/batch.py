"""Streaming batch audits: many segments in, JSONL (+ Parquet, + one HTML) out, bounded memory.

:func:`run_streaming` reads the inputs file by file, packs whole documents into chunks (a
document is never split, so document-level checks see exactly what a single-process run
sees), audits the chunks in this process, in ``jobs`` worker processes, or on a Dask cluster,
and appends each chunk's records to the output JSONL in input order as soon as it is done.
At most ``2 × jobs`` chunks are in flight, so memory does not grow with the number of
segments (the inputs of one file are read at a time).

``resume=True`` reads the (doc, segment, id) keys already in the output JSONL (dropping a
half-written last line left by a killed run) and audits only the documents that still have
missing segments. After the audit one pass over the JSONL computes the summary, writes the
Parquet file and the HTML (the full editor report for small runs, a summary page otherwise).
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from audit.core.io import (
    TABLE_SUFFIXES,
    Columns,
    InputError,
    expand_inputs,
    iter_jsonl_table,
    json_line,
    read_table,
    read_text_document,
)
from audit.core.model import Segment, SegmentResult
from audit.core.progress import Progress
from audit.outputs.messages import localize_records
from audit.outputs.report import write_report
from audit.outputs.report.decisions import apply_decisions, load_decisions
from audit.outputs.summary import finish_outputs, iter_jsonl, write_summary_html
from audit.pipeline.auditor import Auditor

CHUNK_SEGMENTS = 64
FULL_REPORT_LIMIT = 20_000
Key = tuple[str, int, str]


# ---- reading and chunking -------------------------------------------------------------------

def iter_file_segments(paths: Sequence[str | Path], columns: Columns | None = None) -> Iterator[tuple[Segment, float]]:
    """(segment, progress weight in input bytes) for every input, in the order of read_inputs.

    JSONL tables are read line by line (:func:`iter_jsonl_table`); other files one at a time
    with the readers of :mod:`audit.io`, so the segments are those of ``read_inputs``.
    """
    columns = columns or Columns()
    for path in expand_inputs(paths):
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from iter_jsonl_table(path, columns)
            continue
        segments = read_table(path, columns) if suffix in TABLE_SUFFIXES else read_text_document(path)
        weight = _size(path) / max(len(segments), 1)
        for seg in segments:
            yield seg, weight
        del segments


def _size(path: Path) -> int:
    """Bytes of an input file (0 for ``-``, standard input): the progress bar's weight."""
    return 0 if str(path) == "-" else path.stat().st_size


def iter_documents(items: Iterable[tuple[Segment, float]]) -> Iterator[tuple[list[Segment], float]]:
    """Consecutive segments of the same doc (as :meth:`Auditor.iter_check` groups them)."""
    group: list[Segment] = []
    weight = 0.0
    for seg, w in items:
        if group and seg.doc != group[0].doc:
            yield group, weight
            group, weight = [], 0.0
        group.append(seg)
        weight += w
    if group:
        yield group, weight


def iter_chunks(documents: Iterable[tuple[list[Segment], float]], size: int = CHUNK_SEGMENTS
                ) -> Iterator[tuple[list[Segment], float]]:
    """Whole documents packed into chunks of about ``size`` segments."""
    chunk: list[Segment] = []
    weight = 0.0
    for doc, w in documents:
        chunk.extend(doc)
        weight += w
        if len(chunk) >= size:
            yield chunk, weight
            chunk, weight = [], 0.0
    if chunk:
        yield chunk, weight


def record_key(record: dict[str, Any]) -> Key:
    return (str(record.get("doc")), int(record.get("segment", 0)), str(record.get("id")))


def segment_key(seg: Segment) -> Key:
    return (str(seg.doc), int(seg.index), str(seg.id))


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


def _init_worker(auditor_kwargs: dict[str, Any]) -> None:
    _auditor_for(auditor_kwargs)


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
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_init_worker, initargs=(auditor_kwargs,))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.pool.submit(fn, *args)

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)


class _DaskEngine(_Engine):
    def __init__(self, jobs: int, address: str | None, processes: bool) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - dask is in the [scale] extra
            raise InputError("--engine dask needs dask[distributed]: pip install 'hindi-mt-audit[scale]'") from None
        self.cluster = None
        if address:
            self.client = Client(address)
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=processes,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        workers = len(self.client.scheduler_info().get("workers", {})) or jobs
        self.slots = max(workers, 1)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str, jobs: int, auditor_kwargs: dict[str, Any], dask_address: str | None = None,
                dask_processes: bool = True) -> _Engine:
    if engine == "dask":
        return _DaskEngine(jobs, dask_address, dask_processes)
    if engine != "local":
        raise InputError(f"--engine must be local or dask, got {engine!r}")
    return _ProcessEngine(jobs, auditor_kwargs) if jobs > 1 else _Engine()


# ---- resume --------------------------------------------------------------------------------

def completed_keys(path: Path) -> list[Key]:
    """Keys of the records already in ``path``, in order; a half-written last line is cut off.

    Results are written strictly in input order, so after an interruption they are a prefix of
    the inputs: a resumed run skips that many segments (checking that the keys match).
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
                    raise InputError(f"{path}: --resume expects audit results (JSONL records), found something else")
                done.append(record_key(rec))
            good_end += len(raw)
    if good_end < path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return done


# ---- the run -----------------------------------------------------------------------------------

def run_streaming(
    paths: Sequence[str | Path],
    columns: Columns,
    auditor_kwargs: dict[str, Any],
    output_jsonl: Path,
    jobs: int = 1,
    resume: bool = False,
    engine: str = "local",
    parquet_path: Path | None = None,
    progress: bool = False,
    *,
    report_html: Path | None = None,
    meta: dict[str, Any] | None = None,
    finish: Callable[[list[SegmentResult]], None] | None = None,
    decisions: Path | None = None,
    lang: str | None = None,
    dask_address: str | None = None,
    dask_processes: bool = True,
    chunk_segments: int = CHUNK_SEGMENTS,
    full_report_limit: int = FULL_REPORT_LIMIT,
) -> dict[str, Any]:
    """Audit ``paths`` into ``output_jsonl`` (plus Parquet and HTML); returns the summary dict.

    ``auditor_kwargs`` are the keyword arguments of :class:`audit.auditor.Auditor` (plain,
    picklable values: each worker builds its own). ``jobs`` worker processes (``engine="local"``)
    or Dask workers (``engine="dask"``: a LocalCluster of ``jobs`` workers, or the scheduler at
    ``dask_address``). The records are those of a single-process ``Auditor.iter_check`` run.
    ``lang`` (``en``/``hi``) is the language of the messages written and of the report; the
    summary's ``decisions_applied`` counts the findings that got a decision from ``decisions``.
    """
    if jobs < 1:
        raise InputError(f"--jobs must be ≥ 1, got {jobs}")
    files = expand_inputs(paths)
    total_bytes = float(sum(_size(p) for p in files))
    output_jsonl = Path(output_jsonl)
    output_jsonl.parent.mkdir(parents=True, exist_ok=True)
    done = completed_keys(output_jsonl) if resume else []
    skipped = len(done)
    resumer = _Resume(done, output_jsonl)
    decided = None
    if decisions is not None:
        decided = load_decisions(decisions)
    started = time.monotonic()
    bar = Progress(progress, total_bytes)
    applied = 0
    eng = make_engine(engine, jobs, auditor_kwargs, dask_address, dask_processes)
    audited = 0
    interrupted = False
    mode = "a" if resume else "w"
    try:
        with output_jsonl.open(mode, encoding="utf-8") as out:
            queue: deque[tuple[Any, float, int]] = deque()

            def drain_one() -> None:
                nonlocal audited, applied
                fut, weight, n = queue.popleft()
                records = fut.result()
                if resumer.skip_first:
                    records = records[resumer.skip_first:]
                    resumer.skip_first = 0
                if finish is not None and records:  # e.g. Auditor.apply_roundtrip, in the main process
                    results = [SegmentResult.from_record(r) for r in records]
                    finish(results)
                    records = [r.to_record() for r in results]
                if decided is not None:
                    applied += apply_decisions(records, decided)
                if lang:
                    localize_records(records, lang)
                for rec in records:
                    out.write(json_line(rec))
                out.flush()
                audited += len(records)
                bar.advance(weight, audited + skipped)

            documents = iter_documents(iter_file_segments(files, columns))
            if done:
                documents = resumer.pending(documents, bar)
            for chunk, weight in iter_chunks(documents, chunk_segments):
                queue.append((eng.submit(audit_chunk, auditor_kwargs, chunk), weight, len(chunk)))
                while len(queue) >= 2 * eng.slots:
                    drain_one()
            while queue:
                drain_one()
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        eng.close(cancel=interrupted)
        bar.stop()
    elapsed = time.monotonic() - started
    summary = finish_outputs(output_jsonl, parquet_path)
    meta = dict(meta or {})
    meta.setdefault("inputs", [str(p) for p in paths])
    meta["results"] = str(output_jsonl)
    if parquet_path is not None:
        meta["parquet"] = str(parquet_path)
    if report_html is not None:
        if summary.segments <= full_report_limit:
            write_report(list(iter_jsonl(output_jsonl)), report_html, meta, lang=lang)
        else:
            write_summary_html(summary, report_html, meta)
    result = summary.as_dict()
    result.update({"audited": audited, "resumed_skipped": skipped, "seconds": round(elapsed, 3),
                   "segments_per_second": round(audited / elapsed, 1) if elapsed > 0 else None,
                   "jobs": jobs, "engine": engine, "results": str(output_jsonl),
                   "decisions_applied": applied if decided is not None else None,
                   "decisions_read": len(decided) if decided is not None else None,
                   "parquet": str(parquet_path) if parquet_path else None,
                   "report": str(report_html) if report_html else None})
    return result


class _Resume:
    """Skips the documents whose results are already written and checks they are the same inputs."""

    def __init__(self, done: list[Key], path: Path) -> None:
        self.done = done
        self.path = path
        self.skip_first = 0  # records of the first pending chunk that were already written

    def _check(self, seg: Segment, pos: int) -> None:
        if segment_key(seg) != self.done[pos]:
            doc, index, sid = self.done[pos]
            raise InputError(f"{self.path}: record {pos + 1} is {sid} (doc {doc}, segment {index}) but input segment "
                             f"{pos + 1} is {seg.id}; these results are from other inputs: run without --resume or "
                             "choose another output")

    def pending(self, documents: Iterable[tuple[list[Segment], float]], bar: Progress
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
            raise InputError(f"{self.path}: has {n} records but the inputs have only {pos} segments; these results "
                             "are from other inputs: run without --resume or choose another output")
