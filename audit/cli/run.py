"""`audit run`: audit, round-trip, write the HTML report and the JSONL results (batch engine)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from audit.cli.options import (
    INPUT_ERRORS,
    AuditOptions,
    BeamOpt,
    BtColOpt,
    CacheDirOpt,
    ConfigOpt,
    DecisionsOpt,
    DeviceOpt,
    EmbeddingsOpt,
    Engine,
    GlossaryOpt,
    IdColOpt,
    IgnoreOpt,
    LangOpt,
    MetricsOpt,
    MtApi,
    MtApiOpt,
    MtBackendOpt,
    MtBatchOpt,
    MtColOpt,
    MtCommandOpt,
    MtConcurrencyOpt,
    MtModelOpt,
    MtRetriesOpt,
    MtThreadsOpt,
    MtTimeoutOpt,
    MtUrlOpt,
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
    file_digest,
    glossary_paths,
    message_lang,
    run_meta,
    sigterm_as_interrupt,
)
from audit.core.io import Columns
from audit.core.terminal import printable
from audit.outputs.formats import summary_line
from audit.pipeline.batch import RunInterrupted, run_streaming
from audit.scoring.metrics import DEFAULT_REF_METRICS


def run(
    paths: PathsArg,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="HTML report to write; results go beside it (.jsonl).")
    ] = Path("reports/audit.html"),
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    config: ConfigOpt = None,
    threshold: ThresholdOpt = None,
    reference_corpus: RefCorpusOpt = None,
    mt_col: MtColOpt = "mt",
    src_col: SrcColOpt = "src",
    ref_col: RefColOpt = "ref",
    id_col: IdColOpt = "id",
    mt_model: MtModelOpt = None,
    mt_backend: MtBackendOpt = "auto",
    roundtrip: RoundtripOpt = RoundtripMode.flagged,
    no_roundtrip: Annotated[bool, typer.Option("--no-roundtrip", help="Same as --roundtrip none.")] = False,
    device: DeviceOpt = "auto",
    cache_dir: CacheDirOpt = None,
    mt_threads: MtThreadsOpt = None,
    beam: BeamOpt = 1,
    decisions: DecisionsOpt = None,
    no_cache: NoCacheOpt = False,
    embeddings: EmbeddingsOpt = False,
    metrics: MetricsOpt = None,
    batch_size: MtBatchOpt = None,
    glossary: GlossaryOpt = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the checks.")] = 1,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="Continue an interrupted run: skip segments already in the results JSONL."
        ),
    ] = False,
    engine: Annotated[Engine, typer.Option("--engine", help="local (processes) or dask.")] = Engine.local,
    dask_address: Annotated[
        str | None,
        typer.Option(
            "--dask-address",
            help="Scheduler of an existing Dask cluster (default: a local cluster of --jobs workers).",
        ),
    ] = None,
    parquet: Annotated[
        Path | None, typer.Option("--parquet", help="Also write the results as Parquet.")
    ] = None,
    lang: LangOpt = None,
    mt_command: MtCommandOpt = None,
    mt_url: MtUrlOpt = None,
    mt_api: MtApiOpt = MtApi.auto,
    mt_timeout: MtTimeoutOpt = None,
    mt_retries: MtRetriesOpt = 3,
    mt_concurrency: MtConcurrencyOpt = 4,
    bt_col: BtColOpt = None,
) -> None:
    """Audit, round-trip the flagged segments and write the HTML report plus JSONL results.

    Results stream to disk as they are audited (large inputs are never held in memory);
    --jobs N audits documents in N worker processes, --resume continues an interrupted run.

    Examples:

      audit run seeds/ -o reports/seeds.html

      audit run batch.csv --src-col english -o reports/batch.html --roundtrip all

      audit run big.jsonl -o reports/big.html --jobs 2 --parquet reports/big.parquet

      audit run seeds/ --decisions reviewed.json -o reports/seeds-v2.html

      audit run seeds/ --lang hi -o reports/seeds-hi.html

      audit run batch.csv --src-col english --mt-url http://localhost:5000 -o reports/batch.html
    """
    try:
        mode = RoundtripMode.none if no_roundtrip else roundtrip
        auditor, settings = build_auditor(AuditOptions.of(locals(), roundtrip=mode))
        language = message_lang(lang, settings)
        meta = run_meta(paths, auditor, [])
        meta["lang"] = language
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        glossary_files = glossary_paths(AuditOptions(glossary=glossary), settings)
        auditor_kwargs: dict[str, Any] = {
            "select": [r.code for r in auditor.rules],
            "reference_corpus": [str(p) for p in reference_corpus or []] or settings.reference_corpus,
            "threshold": auditor.threshold,
            "cache": not no_cache,
            "cache_dir": str(cache_dir) if cache_dir else None,
            "embeddings": embeddings,
            "glossary": glossary_files,
        }
        if auditor.ref_metrics != DEFAULT_REF_METRICS:  # --metrics (absent: fingerprints stay as they were)
            auditor_kwargs["ref_metrics"] = list(auditor.ref_metrics)
        if auditor.rule_config:  # [tool.audit.rules.CODE] overrides (absent: fingerprints stay as they were)
            auditor_kwargs["rule_config"] = auditor.rule_config
        options = {  # what else changes the records: stored with them, compared by --resume
            "roundtrip": mode.value,
            "mt_model": mt_model,
            "mt_backend": mt_backend,
            "beam": beam,
            "roundtrip_model": auditor.roundtripper.label if auditor.roundtripper is not None else None,
            "decisions": file_digest(decisions),
            "lang": language,
            "mt_command": mt_command,
            "mt_url": mt_url,
            "mt_api": mt_api.value,
            "bt_col": bt_col,
            "glossary_files": [file_digest(Path(p)) for p in glossary_files],
        }
        with sigterm_as_interrupt():
            summary = run_streaming(
                paths,
                columns,
                auditor_kwargs,
                output.with_suffix(".jsonl"),
                jobs=jobs,
                resume=resume,
                engine=engine.value,
                parquet_path=parquet,
                progress=True,
                report_html=output,
                meta=meta,
                # no round trip: nothing to do per window, so records are written chunk by chunk
                finish=auditor.apply_roundtrip if auditor.roundtrip_mode != "none" else None,
                decisions=decisions,
                lang=language,
                dask_address=dask_address,
                settings=options,
            )
    except RunInterrupted as exc:
        raise err(str(exc), 130) from None
    except INPUT_ERRORS as exc:
        raise err(str(exc)) from None
    typer.echo(
        summary_line(summary, language)
        + (
            f", {summary['resumed_skipped']} already done (--resume)"
            if summary.get("resumed_skipped")
            else ""
        )
    )
    if summary.get("decisions_read") is not None:
        typer.echo(
            f"decisions: {summary['decisions_applied']} of {summary['decisions_read']} applied from {decisions}"
        )
    if auditor.roundtrip_note:
        typer.echo(auditor.roundtrip_note)
    typer.echo(f"report:  {printable(summary['report'])}")
    typer.echo(
        f"results: {printable(summary['results'])}"
        + (f"  (+ {printable(summary['parquet'])})" if summary.get("parquet") else "")
    )
