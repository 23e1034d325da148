"""`audit bench check` (throughput of the rules) and `audit bench roundtrip` (MT backends)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from audit.cli.models import bench_roundtrip
from audit.cli.options import err
from audit.core.io import atomic_write


def bench_command(
    sizes: Annotated[str, typer.Option("--sizes", help="Comma-separated segment counts.")] = "1000,10000",
    modes: Annotated[
        str,
        typer.Option(
            "--modes",
            help="chrf (sacrebleu sentence chrF, the yardstick), hindi (MT only), src (+ English source), "
            "srcref (+ source and reference).",
        ),
    ] = "chrf,hindi,src,srcref",
    jobs: Annotated[str, typer.Option("--jobs", help="Comma-separated worker counts to compare.")] = "1",
    engine: Annotated[
        str, typer.Option("--engine", help="local (processes) or dask (a LocalCluster of --jobs).")
    ] = "local",
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="JSONL with translation (or mt), src, ref (default: ../shared/data/"
            "indicmt_eval_hin_train.clean.jsonl beside the checkout; else the seeds, Hindi only).",
        ),
    ] = None,
    repeat: Annotated[
        int, typer.Option("--repeat", min=1, help="Runs per row (interleaved); medians shown.")
    ] = 1,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the numbers as JSON.")
    ] = None,
    seed: Annotated[
        int, typer.Option("--seed", help="Random seed of the joined segments beyond the data.")
    ] = 13,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select", help="Only these rules (e.g. a cheap subset to measure memory scaling quickly)."
        ),
    ] = None,
) -> None:
    """Sentence-chrF and `audit check` side by side: segments/s, start-up and peak RSS.

    Every row audits the same segments (the dev data's first N rows, then rows joined in
    pairs), in a fresh process, --repeat times interleaved; the table shows medians and the
    time relative to sentence chrF on the same segments. Developer tool: the default data is
    the IndicMT-Eval dev set beside the checkout (not shipped).

    Examples:

      audit bench check --sizes 1000,10000 --repeat 3 -o bench.json

      audit bench check --sizes 10000 --modes hindi --jobs 1,2

      audit bench check --sizes 10000 --modes hindi --jobs 2 --engine dask
    """
    from audit.dev.bench import MODES, BenchError, format_table, run_bench

    try:
        size_list = [int(s) for s in sizes.split(",") if s.strip()]
        job_list = [int(j) for j in jobs.split(",") if j.strip()]
    except ValueError:
        raise err("--sizes and --jobs take comma-separated whole numbers") from None
    mode_list = [m.strip() for m in modes.split(",") if m.strip()]
    if not size_list or not job_list or any(n < 1 for n in size_list + job_list):
        raise err("--sizes and --jobs need at least one positive number each")
    if not mode_list or any(m not in MODES for m in mode_list):
        raise err(f"--modes takes {', '.join(MODES)}")
    if engine not in ("local", "dask"):
        raise err("--engine takes local or dask")
    if data is not None and not data.is_file():
        raise err(f"{data}: not found (--data)")
    try:
        codes = [c.strip() for v in select or [] for c in v.split(",") if c.strip()]
        table, header = run_bench(
            size_list,
            job_list,
            mode_list,
            data=data,
            repeat=repeat,
            seed=seed,
            engine=engine,
            select=codes,
            progress=lambda line: typer.echo(line, err=True),
        )
    except BenchError as exc:
        raise err(str(exc)) from None
    typer.echo(format_table(table, header))
    if output is not None:
        with atomic_write(output) as fh:
            json.dump({"header": header, "rows": table}, fh, indent=2)
            fh.write("\n")
        typer.echo(f"wrote {output}")


bench_app = typer.Typer(
    help="Benchmarks: `audit bench check` (rules) and `audit bench roundtrip` (MT backends).",
    no_args_is_help=True,
)
bench_app.command("check")(bench_command)


bench_app.command("roundtrip")(bench_roundtrip)
