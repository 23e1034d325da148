"""`audit regress`: compare a candidate MT output against a baseline and fail on regressions."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from audit.cli.options import AuditOptions, build_auditor, err
from audit.core.io import Columns, InputError, atomic_write, expand_inputs
from audit.core.output_paths import check_output_paths
from audit.regress.compare import regress
from audit.regress.io import audit_side, is_results_file, write_baseline
from audit.regress.render import print_text, render_json, write_html, write_junit
from audit.regress.stats import Gates, parse_max_new


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


def regress_command(
    baseline: Annotated[
        Path,
        typer.Argument(
            help="Baseline MT output (.txt, directory, .jsonl/.csv/.tsv table) "
            "or an approved baseline saved by --update-baseline.",
            show_default=False,
        ),
    ],
    candidate: Annotated[
        Path, typer.Argument(help="Candidate MT output for the same sources.", show_default=False)
    ],
    max_new: Annotated[
        str,
        typer.Option(
            "--max-new",
            help="Most new findings allowed per severity, e.g. "
            "major=0,minor=5 (severities not named are not limited).",
        ),
    ] = "critical=0,major=0,minor=5",
    max_risk_increase: Annotated[
        float | None,
        typer.Option(
            "--max-risk-increase",
            min=0.0,
            max=1.0,
            help="Fail when a segment's risk rises by more than this.",
        ),
    ] = 0.05,
    fail_on_significant_drop: Annotated[
        bool,
        typer.Option(
            "--fail-on-significant-drop",
            help="Fail when chrF, BLEU or TER vs the reference is significantly worse.",
        ),
    ] = False,
    significance: Annotated[
        Significance,
        typer.Option(
            "--significance", help="sacrebleu paired test: bootstrap resampling or approximate randomisation."
        ),
    ] = Significance.bootstrap,
    samples: Annotated[
        int | None, typer.Option("--samples", min=10, help="Resamples (default 1000 bootstrap, 10000 ar).")
    ] = None,
    alpha: Annotated[float, typer.Option("--alpha", min=0.0, max=1.0, help="Significance level.")] = 0.05,
    pair_by: Annotated[
        PairBy,
        typer.Option(
            "--pair-by", help="Pair segments by id, by order, or auto (id when both sides have the same ids)."
        ),
    ] = PairBy.auto,
    fmt: Annotated[
        OutFormat, typer.Option("--format", "-f", help="Terminal summary (text) or JSON on stdout.")
    ] = OutFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Also write the report: .html side by side, or .json."),
    ] = None,
    junit: Annotated[
        Path | None,
        typer.Option("--junit", help="Write JUnit XML (one test case per gate and per regressed segment)."),
    ] = None,
    update_baseline: Annotated[
        bool,
        typer.Option(
            "--update-baseline", help="Approve the candidate: save its audit to BASELINE (.jsonl) and exit 0."
        ),
    ] = False,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Rule codes or prefixes to run.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Rule codes or prefixes to skip.")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file.")] = None,
    threshold: Annotated[
        float | None, typer.Option("--threshold", min=0.0, max=1.0, help="Flag threshold.")
    ] = None,
    reference_corpus: Annotated[
        list[Path] | None, typer.Option("--reference-corpus", help="Trusted Hindi text for name spellings.")
    ] = None,
    mt_col: Annotated[str, typer.Option("--mt-col", help="Column with the Hindi MT (tables).")] = "mt",
    src_col: Annotated[str, typer.Option("--src-col", help="Column with the English source.")] = "src",
    ref_col: Annotated[str, typer.Option("--ref-col", help="Column with a human reference.")] = "ref",
    id_col: Annotated[str, typer.Option("--id-col", help="Column with a segment id.")] = "id",
    glossary: Annotated[
        list[Path] | None,
        typer.Option(
            "--glossary", help="Glossary to enforce (HI8xx), repeatable; its findings count in the gates."
        ),
    ] = None,
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
    try:
        gates = Gates(
            max_new=parse_max_new(max_new),
            max_risk_increase=max_risk_increase,
            fail_on_significant_drop=fail_on_significant_drop,
            alpha=alpha,
        )
    except ValueError as exc:
        raise err(str(exc)) from None
    if output is not None and output.suffix.lower() not in (".html", ".htm", ".json"):
        raise err(f"--output {output}: use a .html or .json file name")
    try:
        inputs = expand_inputs(
            [candidate] if update_baseline else [baseline, candidate]
        )  # fail fast if missing
        check_output_paths(
            [(opt, p) for opt, p in (("-o", output), ("--junit", junit)) if p is not None], inputs
        )
        auditor, _ = build_auditor(
            AuditOptions(
                select=select,
                ignore=ignore,
                config=config,
                threshold=threshold,
                reference_corpus=reference_corpus,
                glossary=glossary,
            )
        )
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        if update_baseline:
            if baseline.suffix.lower() != ".jsonl" or (baseline.exists() and not is_results_file(baseline)):
                raise InputError(
                    f"{baseline}: --update-baseline writes audit results; give a .jsonl path that "
                    "does not exist yet or was written by --update-baseline (your MT files are never "
                    "overwritten)"
                )
            cand = audit_side(auditor, candidate, columns)
            if baseline.exists():
                report = regress(
                    audit_side(auditor, baseline, columns),
                    cand,
                    gates,
                    pair_by=pair_by.value,
                    significance=significance.value,
                    n_samples=samples,
                    names=(str(baseline), str(candidate)),
                )
                print_text(report)
            n = write_baseline(cand, baseline)
            typer.echo(f"baseline updated: {baseline} ({n} segments approved from {candidate})")
            raise typer.Exit(0)
        base = audit_side(auditor, baseline, columns)
        cand = audit_side(auditor, candidate, columns)
        report = regress(
            base,
            cand,
            gates,
            pair_by=pair_by.value,
            significance=significance.value,
            n_samples=samples,
            names=(str(baseline), str(candidate)),
        )
        if fmt is OutFormat.json:
            typer.echo(render_json(report), nl=False)
        else:
            print_text(report)
        if junit is not None:
            write_junit(report, junit)
        if output is not None:
            if output.suffix.lower() == ".json":
                with atomic_write(output) as fh:
                    fh.write(render_json(report))
            else:
                write_html(report, output)
    except InputError as exc:
        raise err(str(exc)) from None
    raise typer.Exit(report.exit_code)
