"""`audit bench check`: throughput (segments/s) and peak RSS of the batch audit at several sizes.

Corpora are synthesised by mixing sentences of the seed documents and the IndicMT dev data
(each synthetic segment joins two random sentences, so segments are unique and caches do not
flatter the numbers; documents of 20 segments). Each (size, jobs, mode) runs
:func:`audit.batch.run_streaming` in a fresh Python process, so each peak RSS is its own:
``rss_main_mb`` is the driving process, ``rss_worker_mb`` the largest worker.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from audit.core.io import Columns
from audit.core.segment import split_sentences
from audit.pipeline.batch import run_streaming

DOC_SEGMENTS = 20


class BenchError(Exception):
    """The benchmark cannot run (missing data): one line, exit 2."""


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def sentence_pool(seeds: Path | None = None, data: Path | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """(Hindi sentences, (Hindi MT, English source) pairs) from the seeds and the dev data."""
    root = _repo_root()
    seeds = seeds or root / "seeds"
    data = data or root.parent / "shared" / "data"
    hindi: list[str] = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        hindi.extend(text[s:e] for s, e in split_sentences(text))
    pairs: list[tuple[str, str]] = []
    for path in sorted(data.glob("indicmt_eval_hin_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("translation") and row.get("src"):
                    pairs.append((row["translation"], row["src"]))
                    hindi.append(row["translation"])
                if row.get("ref"):
                    hindi.append(row["ref"])
    if not hindi or not pairs:  # a fresh clone or an installed wheel: the rules' own examples
        ex_hindi, ex_pairs = example_pool()
        hindi = hindi or ex_hindi
        pairs = pairs or ex_pairs
    if not hindi or not pairs:
        raise BenchError(f"no sentences to mix: need seeds in {seeds} and indicmt_eval_hin_*.jsonl in {data}")
    return hindi, pairs


def example_pool() -> tuple[list[str], list[tuple[str, str]]]:
    """Hindi sentences and (Hindi, English source) pairs from the rules' documented examples.

    They ship with the package, so ``audit bench check`` runs from a fresh clone or a wheel
    without the IndicMT data; the numbers then come from fewer distinct sentences (each synthetic
    segment still joins two random ones, so documents do not repeat).
    """
    from audit.rules.registry import iter_rules
    from audit.rules.source.common import EXAMPLE_SOURCES

    hindi: list[str] = []
    pairs: list[tuple[str, str]] = []
    for rule in iter_rules():
        sources = EXAMPLE_SOURCES.get(rule.code, ())
        for i, (bad, good) in enumerate(rule.examples):
            hindi += [bad, good]
            if i < len(sources):
                pairs += [(bad, sources[i]), (good, sources[i])]
    return hindi, pairs


def synthesise(path: Path, n: int, mode: str, seed: int = 13) -> Path:
    """Write ``n`` synthetic segments (JSONL: id, doc, mt[, src]) to ``path``."""
    hindi, pairs = sentence_pool()
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            row: dict[str, Any] = {"id": f"s{i:07d}", "doc": f"synth/d{i // DOC_SEGMENTS:06d}"}
            if mode == "src":
                (h1, s1), (h2, s2) = rng.choice(pairs), rng.choice(pairs)
                row["mt"], row["src"] = f"{h1} {h2}", f"{s1} {s2}"
            else:
                row["mt"] = f"{rng.choice(hindi)} {rng.choice(hindi)}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _child(input_path: str, jobs: int, select: str = "") -> None:
    """Runs in a fresh process: audit ``input_path`` and print the measurements as JSON."""
    kwargs = {"select": select.split(",")} if select else {}
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        started = time.perf_counter()
        summary = run_streaming([input_path], Columns(), kwargs, Path(tmp) / "out.jsonl", jobs=jobs)
        seconds = time.perf_counter() - started
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"segments": summary["segments"], "seconds": seconds,
                      "rss_main_mb": round(self_kb / 1024, 1), "rss_worker_mb": round(child_kb / 1024, 1) if jobs > 1
                      else None, "findings": summary["findings"]}))


def run_one(input_path: Path, jobs: int, cache_dir: Path, select: Sequence[str] = ()) -> dict[str, Any]:
    env = dict(os.environ, AUDIT_CACHE_DIR=str(cache_dir))
    proc = subprocess.run([sys.executable, "-m", "audit.dev.bench", "--child", str(input_path), str(jobs), ",".join(select)],
                          capture_output=True, text=True, env=env, cwd=_repo_root())
    if proc.returncode != 0:
        raise BenchError(f"benchmark run failed (jobs={jobs}, {input_path}): {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_bench(sizes: Sequence[int], jobs: Sequence[int], modes: Sequence[str], seed: int = 13,
              progress: Callable[[dict[str, Any]], None] | None = None, select: Sequence[str] = ()
              ) -> list[dict[str, Any]]:
    """One row per (mode, size, jobs): segments/s and peak RSS; ``progress`` sees each row.

    ``select`` limits the rules (e.g. a cheap subset to measure memory scaling quickly).
    """
    rows = []
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        for mode in modes:
            for n in sizes:
                data = synthesise(Path(tmp) / f"{mode}-{n}.jsonl", n, mode, seed)
                for j in jobs:
                    m = run_one(data, j, Path(tmp) / f"cache-{mode}-{n}-{j}", select)
                    row = {"mode": mode, "rules": ",".join(select) or "all", "segments": n, "jobs": j, "seconds": round(m["seconds"], 2),
                           "segments_per_s": round(n / m["seconds"], 1), "rss_main_mb": m["rss_main_mb"],
                           "rss_worker_mb": m["rss_worker_mb"], "findings": m["findings"],
                           "input_mb": round(data.stat().st_size / 2**20, 1),
                           "load_avg_1m": round(os.getloadavg()[0], 1), "cpus": os.cpu_count()}
                    rows.append(row)
                    if progress:
                        progress(row)
    return rows


_HEADER = False


def print_bench(row: dict[str, Any]) -> None:
    """Print one row of the side-by-side table (header first)."""
    global _HEADER
    if not _HEADER:
        print(f"{'mode':<6} {'segments':>9} {'jobs':>4} {'seconds':>9} {'seg/s':>8} {'RSS main MB':>12} "
              f"{'RSS worker MB':>14} {'input MB':>9} {'load':>5}", flush=True)
        _HEADER = True
    worker = "-" if row["rss_worker_mb"] is None else f"{row['rss_worker_mb']:.0f}"
    print(f"{row['mode']:<6} {row['segments']:>9,} {row['jobs']:>4} {row['seconds']:>9.1f} {row['segments_per_s']:>8.1f} "
          f"{row['rss_main_mb']:>12.0f} {worker:>14} {row['input_mb']:>9.1f} {row['load_avg_1m']:>5.1f}", flush=True)


if __name__ == "__main__":  # pragma: no cover - the child process of run_one
    if len(sys.argv) in (4, 5) and sys.argv[1] == "--child":
        _child(sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) == 5 else "")
    else:
        sys.exit("usage: python -m audit.bench --child INPUT JOBS")
