"""`audit bench check` (throughput of the rules) and `audit bench roundtrip` (MT backends)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from audit.cli.models import bench_roundtrip
from audit.cli.options import err
from audit.core.io import atomic_write
from audit.dev.bench import BenchError, print_bench, run_bench


def bench_command(
    sizes: Annotated[
        str, typer.Option("--sizes", help="Comma-separated segment counts.")
    ] = "1000,10000,100000",
    jobs: Annotated[str, typer.Option("--jobs", help="Comma-separated worker counts to compare.")] = "1,2",
    modes: Annotated[
        str, typer.Option("--modes", help="hindi (Hindi only) and/or src (with English source).")
    ] = "hindi,src",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the numbers as JSON.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the synthetic corpus.")] = 13,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select", help="Only these rules (e.g. a cheap subset to measure memory scaling quickly)."
        ),
    ] = None,
) -> None:
    """Throughput of the checks (segments/s) and peak memory at several input sizes.

    Synthesises corpora by mixing the seed and dev sentences, runs the streaming batch audit
    on each size with each --jobs value in a fresh process, and prints segments/s and peak RSS
    side by side.

    Examples:

      audit bench check --sizes 1000,10000,100000 --jobs 1,2

      audit bench check --sizes 1000 --modes hindi -o bench.json
    """
    try:
        size_list = [int(s) for s in sizes.split(",") if s.strip()]
        job_list = [int(j) for j in jobs.split(",") if j.strip()]
    except ValueError:
        raise err("--sizes and --jobs take comma-separated whole numbers") from None
    mode_list = [m.strip() for m in modes.split(",") if m.strip()]
    if not size_list or not job_list or any(n < 1 for n in size_list + job_list):
        raise err("--sizes and --jobs need at least one positive number each")
    if any(m not in ("hindi", "src") for m in mode_list) or not mode_list:
        raise err("--modes takes hindi and/or src")
    try:
        codes = [c.strip() for v in select or [] for c in v.split(",") if c.strip()]
        rows = run_bench(size_list, job_list, mode_list, seed=seed, progress=print_bench, select=codes)
    except BenchError as exc:
        raise err(str(exc)) from None
    if output is not None:
        with atomic_write(output) as fh:
            json.dump(rows, fh, indent=2)
            fh.write("\n")
        typer.echo(f"wrote {output}")


bench_app = typer.Typer(
    help="Benchmarks: `audit bench check` (rules) and `audit bench roundtrip` (MT backends).",
    no_args_is_help=True,
)
bench_app.command("check")(bench_command)


bench_app.command("roundtrip")(bench_roundtrip)
