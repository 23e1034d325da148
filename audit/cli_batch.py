"""Command functions for `audit regress` and `audit bench` (mounted by :mod:`audit.cli`).

The lead mounts them with::

    from audit.cli_batch import bench_app, regress_command
    app.command("regress")(regress_command)
    app.add_typer(bench_app, name="bench")   # `audit bench check`, `audit bench roundtrip`
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from audit.io import Columns, InputError


class OutFormat(str, Enum):
    text = "text"
    json = "json"


class PairBy(str, Enum):
    auto = "auto"
    id = "id"
    order = "order"


class Significance(str, Enum):
    bootstrap = "bootstrap"
    ar = "ar"


def _err(message: str, code: int = 2) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def regress_command(
    baseline: Annotated[Path, typer.Argument(help="Baseline MT output (.txt, directory, .jsonl/.csv/.tsv table) "
                                             "or an approved baseline saved by --update-baseline.",
                                             show_default=False)],
    candidate: Annotated[Path, typer.Argument(help="Candidate MT output for the same sources.", show_default=False)],
    max_new: Annotated[str, typer.Option("--max-new", help="Most new findings allowed per severity, e.g. "
                                         "major=0,minor=5 (severities not named are not limited).")]
    = "critical=0,major=0,minor=5",
    max_risk_increase: Annotated[float | None, typer.Option("--max-risk-increase", min=0.0, max=1.0,
                                                            help="Fail when a segment's risk rises by more than "
                                                            "this.")] = 0.05,
    fail_on_significant_drop: Annotated[bool, typer.Option("--fail-on-significant-drop",
                                                           help="Fail when chrF, BLEU or TER vs the reference is "
                                                           "significantly worse.")] = False,
    significance: Annotated[Significance, typer.Option("--significance", help="sacrebleu paired test: bootstrap "
                                                       "resampling or approximate randomisation.")]
    = Significance.bootstrap,
    samples: Annotated[int | None, typer.Option("--samples", min=10, help="Resamples (default 1000 bootstrap, "
                                                "10000 ar).")] = None,
    alpha: Annotated[float, typer.Option("--alpha", min=0.0, max=1.0, help="Significance level.")] = 0.05,
    pair_by: Annotated[PairBy, typer.Option("--pair-by", help="Pair segments by id, by order, or auto (id when "
                                            "both sides have the same ids).")] = PairBy.auto,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Terminal summary (text) or JSON on stdout.")]
    = OutFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the report: .html side by "
                                                "side, or .json.")] = None,
    junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML (one test case per gate and "
                                               "per regressed segment).")] = None,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Approve the candidate: save its "
                                                  "audit to BASELINE (.jsonl) and exit 0.")] = False,
    select: Annotated[list[str] | None, typer.Option("--select", help="Rule codes or prefixes to run.")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Rule codes or prefixes to skip.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file.")] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0, help="Flag threshold.")]
    = None,
    reference_corpus: Annotated[list[Path] | None, typer.Option("--reference-corpus", help="Trusted Hindi text "
                                                                "for name spellings.")] = None,
    mt_col: Annotated[str, typer.Option("--mt-col", help="Column with the Hindi MT (tables).")] = "mt",
    src_col: Annotated[str, typer.Option("--src-col", help="Column with the English source.")] = "src",
    ref_col: Annotated[str, typer.Option("--ref-col", help="Column with a human reference.")] = "ref",
    id_col: Annotated[str, typer.Option("--id-col", help="Column with a segment id.")] = "id",
    glossary: Annotated[list[Path] | None, typer.Option("--glossary", help="Glossary to enforce (HI8xx), "
                                                        "repeatable; its findings count in the gates.")] = None,
) -> None:
    """Compare a candidate MT output against a baseline and fail on regressions.

    Both are audited; the report lists new and resolved findings by rule and severity, segments
    whose risk rose, corpus chrF/BLEU/TER vs the reference with paired significance, and the
    gates. Exit 0 pass, 1 regression, 2 usage error.

    Examples:

      audit regress old.txt new.txt

      audit regress base.csv cand.csv --max-new major=0,minor=5 --junit regress.xml -o regress.html

      audit regress tests/mt_baseline.jsonl outputs.jsonl --fail-on-significant-drop

      audit regress tests/mt_baseline.jsonl outputs.jsonl --update-baseline
    """
    from audit.regress import Gates, audit_side, is_results_file, parse_max_new, regress, write_baseline
    from audit.regress_render import print_text, render_json, write_html, write_junit

    try:
        gates = Gates(max_new=parse_max_new(max_new), max_risk_increase=max_risk_increase,
                      fail_on_significant_drop=fail_on_significant_drop, alpha=alpha)
    except ValueError as exc:
        raise _err(str(exc)) from None
    if output is not None and output.suffix.lower() not in (".html", ".htm", ".json"):
        raise _err(f"--output {output}: use a .html or .json file name")
    try:
        from audit.io import expand_inputs

        expand_inputs([candidate] if update_baseline else [baseline, candidate])  # fail fast on a missing path
        from audit.cli import RoundtripMode, _build

        auditor, _ = _build(select, ignore, config, threshold, reference_corpus, None, "auto", RoundtripMode.none,
                            "auto", None, glossary=glossary)
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        if update_baseline:
            if baseline.suffix.lower() != ".jsonl" or (baseline.exists() and not is_results_file(baseline)):
                raise InputError(f"{baseline}: --update-baseline writes audit results; give a .jsonl path that "
                                 "does not exist yet or was written by --update-baseline (your MT files are never "
                                 "overwritten)")
            cand = audit_side(auditor, candidate, columns)
            if baseline.exists():
                report = regress(audit_side(auditor, baseline, columns), cand, gates, pair_by=pair_by.value,
                                 significance=significance.value, n_samples=samples,
                                 names=(str(baseline), str(candidate)))
                print_text(report)
            n = write_baseline(cand, baseline)
            typer.echo(f"baseline updated: {baseline} ({n} segments approved from {candidate})")
            raise typer.Exit(0)
        base = audit_side(auditor, baseline, columns)
        cand = audit_side(auditor, candidate, columns)
        report = regress(base, cand, gates, pair_by=pair_by.value, significance=significance.value,
                         n_samples=samples, names=(str(baseline), str(candidate)))
        if fmt is OutFormat.json:
            typer.echo(render_json(report), nl=False)
        else:
            print_text(report)
        if junit is not None:
            write_junit(report, junit)
        if output is not None:
            if output.suffix.lower() == ".json":
                from audit.io import atomic_write

                with atomic_write(output) as fh:
                    fh.write(render_json(report))
            else:
                write_html(report, output)
    except InputError as exc:
        raise _err(str(exc)) from None
    raise typer.Exit(report.exit_code)


def bench_command(
    sizes: Annotated[str, typer.Option("--sizes", help="Comma-separated segment counts.")] = "1000,10000,100000",
    jobs: Annotated[str, typer.Option("--jobs", help="Comma-separated worker counts to compare.")] = "1,2",
    modes: Annotated[str, typer.Option("--modes", help="hindi (Hindi only) and/or src (with English source).")]
    = "hindi,src",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the numbers as JSON.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the synthetic corpus.")] = 13,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rules (e.g. a cheap subset to "
                                                     "measure memory scaling quickly).")] = None,
) -> None:
    """Throughput of the checks (segments/s) and peak memory at several input sizes.

    Synthesises corpora by mixing the seed and dev sentences, runs the streaming batch audit
    on each size with each --jobs value in a fresh process, and prints segments/s and peak RSS
    side by side.

    Examples:

      audit bench check --sizes 1000,10000,100000 --jobs 1,2

      audit bench check --sizes 1000 --modes hindi -o bench.json
    """
    from audit.bench import BenchError, print_bench, run_bench

    try:
        size_list = [int(s) for s in sizes.split(",") if s.strip()]
        job_list = [int(j) for j in jobs.split(",") if j.strip()]
    except ValueError:
        raise _err("--sizes and --jobs take comma-separated whole numbers") from None
    mode_list = [m.strip() for m in modes.split(",") if m.strip()]
    if not size_list or not job_list or any(n < 1 for n in size_list + job_list):
        raise _err("--sizes and --jobs need at least one positive number each")
    if any(m not in ("hindi", "src") for m in mode_list) or not mode_list:
        raise _err("--modes takes hindi and/or src")
    try:
        codes = [c.strip() for v in select or [] for c in v.split(",") if c.strip()]
        rows = run_bench(size_list, job_list, mode_list, seed=seed, progress=print_bench, select=codes)
    except BenchError as exc:
        raise _err(str(exc)) from None
    if output is not None:
        import json

        from audit.io import atomic_write

        with atomic_write(output) as fh:
            json.dump(rows, fh, indent=2)
            fh.write("\n")
        typer.echo(f"wrote {output}")


bench_app = typer.Typer(help="Benchmarks: `audit bench check` (rules) and `audit bench roundtrip` (MT backends).",
                        no_args_is_help=True)
bench_app.command("check")(bench_command)


def _mount_bench_roundtrip() -> None:
    """`audit bench roundtrip` is the round-trip helper's command, imported here only."""
    try:
        from audit.roundtrip.cli import bench_roundtrip
    except ImportError:  # pragma: no cover - the round-trip package is part of the install
        return
    bench_app.command("roundtrip")(bench_roundtrip)


_mount_bench_roundtrip()

