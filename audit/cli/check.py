"""`audit check`: audit and print or save the findings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from audit.cli.options import (
    INPUT_ERRORS,
    AuditOptions,
    BeamOpt,
    CacheDirOpt,
    ConfigOpt,
    DeviceOpt,
    FailOn,
    Format,
    GlossaryOpt,
    IdColOpt,
    IgnoreOpt,
    MtBackendOpt,
    MtColOpt,
    MtModelOpt,
    MtThreadsOpt,
    NoCacheOpt,
    PathsArg,
    RefColOpt,
    RefCorpusOpt,
    RoundtripMode,
    RoundtripOpt,
    SelectOpt,
    SrcColOpt,
    ThresholdOpt,
    build_auditor,
    err,
    exit_code,
    run_checks,
    run_meta,
)
from audit.core.io import Columns
from audit.outputs.formats import write_results


def check(
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    config: ConfigOpt = None,
    threshold: ThresholdOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 if a finding at or above this severity is found."),
    ] = None,
    reference_corpus: RefCorpusOpt = None,
    mt_col: MtColOpt = "mt",
    src_col: SrcColOpt = "src",
    ref_col: RefColOpt = "ref",
    id_col: IdColOpt = "id",
    mt_model: MtModelOpt = None,
    mt_backend: MtBackendOpt = "auto",
    roundtrip: RoundtripOpt = RoundtripMode.none,
    device: DeviceOpt = "auto",
    cache_dir: CacheDirOpt = None,
    mt_threads: MtThreadsOpt = None,
    beam: BeamOpt = 1,
    no_cache: NoCacheOpt = False,
    glossary: GlossaryOpt = None,
) -> None:
    """Audit Hindi MT and print or save the findings.

    One JSON object per segment with --format jsonl (the machine-readable contract: id, doc,
    segment, mt, src, risk, flagged, findings[code, category, severity, start, end, span,
    message, suggestion]).

    Examples:

      audit check seeds/000_b5cbbbd206f6dfd5.txt

      audit check seeds/ --format jsonl -o results.jsonl

      audit check outputs.csv --mt-col hindi --src-col english --fail-on major

      audit check gold.jsonl --mt-col text --select HI1,HI2 --ignore HI203
    """
    try:
        auditor, settings = build_auditor(
            AuditOptions(
                select=select,
                ignore=ignore,
                config=config,
                threshold=threshold,
                reference_corpus=reference_corpus,
                mt_model=mt_model,
                mt_backend=mt_backend,
                roundtrip=roundtrip,
                device=device,
                cache_dir=cache_dir,
                mt_threads=mt_threads,
                beam=beam,
                no_cache=no_cache,
                glossary=glossary,
            )
        )
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        results = run_checks(paths, columns, auditor)
        write_results(results, fmt.value, output, meta=run_meta(paths, auditor, results))
    except INPUT_ERRORS as exc:
        raise err(str(exc)) from None
    severity = fail_on.value if fail_on else settings.fail_on
    raise typer.Exit(exit_code(results, severity))
