"""Streaming batch audits: many segments in, JSONL (+ Parquet, + one HTML) out, bounded memory.

:func:`run_streaming` reads the inputs file by file, packs whole documents into chunks (a
document is never split, so document-level checks see exactly what a single-process run
sees), audits the chunks in this process, in ``jobs`` worker processes, or on a Dask cluster,
and appends each chunk's records to the output JSONL in input order as soon as it is done.
At most ``2 × jobs`` chunks are in flight, so memory does not grow with the number of
segments (the inputs of one file are read at a time).

Records go to ``RESULTS.partial`` first; the previous results, report and Parquet file stay as
they were until the new set is whole, then each part is renamed into place (a failed or
interrupted run never leaves a cut-down results file beside an old report). The settings'
fingerprint is stored beside the results (``RESULTS.settings.json``). ``resume=True`` continues
the ``.partial`` file of an interrupted run — only if its fingerprint matches — reading the
(doc, segment, id) keys already there (dropping a half-written last line left by a killed run)
and auditing only the documents that still have missing segments. After the audit one pass
over the JSONL computes the summary, writes the Parquet file and the HTML (the full editor
report for small runs, a summary page otherwise). An advisory lock on the results path makes
a second run on the same output refuse instead of interleaving its writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from audit.core.gctune import fewer_collections
from audit.core.io import (
    TABLE_SUFFIXES,
    Columns,
    InputError,
    atomic_write,
    expand_inputs,
    iter_jsonl_table,
    json_line,
    read_table,
    read_text_document,
)
from audit.core.lock import OutputLock
from audit.core.model import Segment, SegmentResult
from audit.core.output_paths import check_output_paths
from audit.core.progress import Progress
from audit.outputs.messages import localize_records
from audit.outputs.report.decisions import apply_decisions, load_decisions
from audit.outputs.summary import finish_outputs, iter_jsonl, write_summary_html
from audit.pipeline.auditor import files_fingerprint
from audit.pipeline.engines import audit_chunk, make_engine
from audit.pipeline.result_cache import data_digest
from audit.pipeline.resume import Resume, completed_keys

CHUNK_SEGMENTS = 64
# ``finish`` (the round trip) sees this many segments at a time, not one chunk: the MT model
# then sorts and batches the selected segments of ~32 chunks together (a GPU batch of 128 needs
# more flagged segments than one chunk of 64 has); records wait in memory until then.
FINISH_WINDOW = 2048
FULL_REPORT_LIMIT = 20_000


# ---- reading and chunking -------------------------------------------------------------------


def iter_file_segments(
    paths: Sequence[str | Path], columns: Columns | None = None
) -> Iterator[tuple[Segment, float]]:
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


def iter_chunks(
    documents: Iterable[tuple[list[Segment], float]], size: int = CHUNK_SEGMENTS
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


# ---- the results file while a run writes it ------------------------------------------------


class RunInterrupted(Exception):
    """The run was stopped (Ctrl-C, SIGTERM); the records so far are kept for ``--resume``."""


def partial_path(results: Path) -> Path:
    """Where a run writes its results until they are whole (then renamed onto ``results``)."""
    return results.with_name(results.name + ".partial")


def settings_path(results: Path) -> Path:
    """The settings fingerprint stored beside a results file (``--resume`` compares it)."""
    return results.with_name(results.name + ".settings.json")


def run_fingerprint(
    auditor_kwargs: dict[str, Any], columns: Columns, extra: dict[str, Any] | None
) -> dict[str, Any]:
    """Everything that changes the records: version, data files, rules, threshold, columns, options."""
    from audit import __version__

    kwargs = {k: v for k, v in auditor_kwargs.items() if k not in ("cache", "cache_dir")}
    settings = {
        "version": __version__,
        "data": data_digest(),
        "auditor": kwargs,
        "reference_files": files_fingerprint(auditor_kwargs.get("reference_corpus") or []),
        "columns": [columns.mt, columns.src, columns.ref, columns.id, columns.doc],
        "options": extra or {},
    }
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False, default=str)
    return {"fingerprint": hashlib.sha256(text.encode("utf-8")).hexdigest(), "settings": json.loads(text)}


def _read_fingerprint(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("fingerprint") if isinstance(data, dict) else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    with atomic_write(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


def _prepare_resume(results: Path, partial: Path, fingerprint: dict[str, Any]) -> None:
    """Continue the partial results of an interrupted run, or a finished run, if their settings match."""
    source = partial if partial.exists() else results if results.exists() else None
    if source is None:
        return
    stored = _read_fingerprint(settings_path(source))
    if stored != fingerprint["fingerprint"]:
        why = "were written with other settings" if stored else "have no settings record"
        raise InputError(
            f"{source}: --resume refused: these results {why} (rules, threshold, columns, options or "
            "version differ); run without --resume, or with the same options as before"
        )
    if source is results:
        import shutil

        shutil.copyfile(results, partial)


def _remove(*paths: Path | None) -> None:
    for p in paths:
        if p is not None:
            Path(p).unlink(missing_ok=True)


# ---- the run -----------------------------------------------------------------------------------


def write_report(
    records: list[dict[str, Any]], out_path: Path, meta: dict[str, Any], lang: str | None = None
) -> None:
    """:func:`audit.outputs.report.render.write_report`, imported when a report is written: the
    renderer and jinja2 are ~20 ms of a start that a run to JSONL does not need."""
    from audit.outputs.report.render import write_report as render

    render(records, out_path, meta, lang=lang)


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
    settings: dict[str, Any] | None = None,
    finish_window: int = FINISH_WINDOW,
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
    output_jsonl = Path(output_jsonl)
    partial = partial_path(output_jsonl)
    if report_html is not None and os.path.realpath(report_html) == os.path.realpath(output_jsonl):
        raise InputError(
            f"{report_html}: the report and the results would be the same file; give -o an .html name"
        )
    check_output_paths(
        [("results", output_jsonl), ("results", partial)]
        + ([("--output", Path(report_html))] if report_html is not None else [])
        + ([("--parquet", Path(parquet_path))] if parquet_path is not None else []),
        files,
    )
    with OutputLock(output_jsonl), fewer_collections():  # (one raise for the whole run)
        return _run_locked(
            files,
            paths,
            columns,
            auditor_kwargs,
            output_jsonl,
            partial,
            jobs,
            resume,
            engine,
            parquet_path,
            progress,
            report_html,
            meta,
            finish,
            decisions,
            dask_address,
            dask_processes,
            chunk_segments,
            full_report_limit,
            settings,
            lang,
            finish_window,
        )


def _run_locked(
    files: list[Path],
    paths: Sequence[str | Path],
    columns: Columns,
    auditor_kwargs: dict[str, Any],
    output_jsonl: Path,
    partial: Path,
    jobs: int,
    resume: bool,
    engine: str,
    parquet_path: Path | None,
    progress: bool,
    report_html: Path | None,
    meta: dict[str, Any] | None,
    finish: Callable[[list[SegmentResult]], None] | None,
    decisions: Path | None,
    dask_address: str | None,
    dask_processes: bool,
    chunk_segments: int,
    full_report_limit: int,
    settings: dict[str, Any] | None,
    lang: str | None,
    finish_window: int = FINISH_WINDOW,
) -> dict[str, Any]:
    """The run under the output lock: records go to ``partial``; the previous results, report and
    Parquet file stay untouched until the new set is whole, then each is renamed into place."""
    total_bytes = float(sum(_size(p) for p in files))
    fingerprint = run_fingerprint(auditor_kwargs, columns, settings)
    try:
        output_jsonl.parent.mkdir(parents=True, exist_ok=True)
        if resume:
            _prepare_resume(output_jsonl, partial, fingerprint)
        else:
            _remove(partial, settings_path(partial))
        _write_json(settings_path(partial), fingerprint)
    except OSError as exc:
        raise InputError(f"{output_jsonl}: cannot write ({exc.strerror or exc})") from None
    done = completed_keys(partial) if resume else []
    skipped = len(done)
    resumer = Resume(done, output_jsonl)
    decided = None
    if decisions is not None:
        decided = load_decisions(decisions)
    started = time.monotonic()
    bar = Progress(progress, total_bytes)
    applied = 0
    audited = 0
    keep_partial = False
    parquet_new = parquet_path.with_name(f".{parquet_path.name}.new") if parquet_path is not None else None
    html_new = (
        Path(report_html).with_name(f".{Path(report_html).name}.new") if report_html is not None else None
    )
    try:
        eng = make_engine(engine, jobs, auditor_kwargs, dask_address, dask_processes)
        interrupted = False
        try:
            with partial.open("a" if resume else "w", encoding="utf-8") as out:
                queue: deque[tuple[Any, float, int]] = deque()
                waiting: list[dict[str, Any]] = []  # records held for ``finish`` (in input order)
                waiting_weight = 0.0

                def drain_one() -> None:
                    nonlocal waiting_weight
                    fut, weight, n = queue.popleft()
                    records = fut.result()
                    if resumer.skip_first:
                        records = records[resumer.skip_first :]
                        resumer.skip_first = 0
                    if finish is None:
                        write(records, weight)
                        return
                    waiting.extend(records)
                    waiting_weight += weight
                    if len(waiting) >= finish_window:
                        flush()

                def flush() -> None:
                    """Run ``finish`` (e.g. Auditor.apply_roundtrip, in the main process) over the
                    held records, one call for the window (length-sorted MT batches), then write them."""
                    nonlocal waiting_weight
                    records = list(waiting)
                    if records and finish is not None:
                        results = [SegmentResult.from_record(r) for r in records]
                        finish(results)
                        records = [r.to_record() for r in results]
                    weight, waiting_weight = waiting_weight, 0.0
                    waiting.clear()
                    write(records, weight)

                def write(records: list[dict[str, Any]], weight: float) -> None:
                    nonlocal audited, applied
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
                flush()
                os.fsync(out.fileno())
        except KeyboardInterrupt:
            interrupted = keep_partial = True
            raise RunInterrupted(
                f"interrupted: {audited + skipped} segments are saved in {partial}; run the same command with "
                "--resume to continue"
            ) from None
        finally:
            eng.close(cancel=interrupted)
            bar.stop()
        elapsed = time.monotonic() - started
        summary = finish_outputs(partial, parquet_new)
        meta = dict(meta or {})
        meta.setdefault("inputs", [str(p) for p in paths])
        meta["results"] = str(output_jsonl)
        if parquet_path is not None:
            meta["parquet"] = str(parquet_path)
        if html_new is not None:
            if summary.segments <= full_report_limit:
                write_report(list(iter_jsonl(partial)), html_new, meta, lang=lang)
            else:
                write_summary_html(summary, html_new, meta)
        # the new set is whole: rename each part into place
        os.replace(partial, output_jsonl)
        os.replace(settings_path(partial), settings_path(output_jsonl))
        if parquet_new is not None:
            os.replace(parquet_new, parquet_path)  # type: ignore[arg-type]
        if html_new is not None:
            os.replace(html_new, report_html)  # type: ignore[arg-type]
    except KeyboardInterrupt:  # after the records were written (the outputs were being finished)
        keep_partial = True
        saved = partial if partial.exists() else output_jsonl
        raise RunInterrupted(
            f"interrupted: {audited + skipped} segments are saved in {saved}; run the same command with "
            "--resume to continue"
        ) from None
    except OSError as exc:
        raise InputError(
            f"{exc.filename or output_jsonl}: cannot write ({exc.strerror or exc}); the previous "
            "results were kept"
        ) from None
    finally:
        _remove(parquet_new, html_new)
        if not keep_partial:
            _remove(partial, settings_path(partial))
    result = summary.as_dict()
    result.update(
        {
            "audited": audited,
            "resumed_skipped": skipped,
            "seconds": round(elapsed, 3),
            "segments_per_second": round(audited / elapsed, 1) if elapsed > 0 else None,
            "jobs": jobs,
            "engine": engine,
            "results": str(output_jsonl),
            "decisions_applied": applied if decided is not None else None,
            "decisions_read": len(decided) if decided is not None else None,
            "parquet": str(parquet_path) if parquet_path else None,
            "report": str(report_html) if report_html else None,
        }
    )
    return result
